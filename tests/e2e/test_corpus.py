"""Every bad-input case in tests/fixtures/corpus/ built into one corpus with the real `dvc repro`:
each case's articles and rejections come out exactly as its case.json says, and the counts
reconcile, per case and in total."""
from __future__ import annotations

import json

import pytest
from datasets import load_dataset

from corpus_builder import load_cases, make_repo, outcomes, repro, unattributed

pytestmark = pytest.mark.e2e
CASES = load_cases()


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    repo = make_repo(tmp_path_factory.mktemp("corpus"), CASES)
    repro(repo)
    return repo


@pytest.fixture(scope="module")
def got(repo):
    return outcomes(repo, CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_is_kept_and_rejected_as_expected(case, got):
    assert got[case.name] == (case.spec["expect_kept"], case.spec["expect_rejections"]), case.spec["description"]


def test_every_rejection_belongs_to_a_case(repo):
    assert unattributed(repo, CASES) == []


def test_accounting_reconciles_and_is_the_sum_over_cases(repo):
    acc = json.loads((repo / "reports" / "publish.json").read_text())["accounting"]
    assert acc["reconciles"]
    assert acc["raw_inputs"] == acc["kept"] + acc["rejected"] + acc["duplicates"] == sum(c.expected_inputs for c in CASES)
    assert acc["kept"] == sum(c.spec["expect_kept"] for c in CASES)
    ingest = json.loads((repo / "reports" / "ingest.json").read_text())
    # the two WARCs that have bookkeeping records report them apart, not as inputs
    assert ingest["warc_records_not_articles"] == {"request": 3, "warcinfo": 3}
    card = (repo / "CARD.md").read_text()
    assert "`ingest.warc_non_html`" in card and "request 3, warcinfo 3" in card


def test_release_loads_for_both_configs(repo, tmp_path):
    publish = json.loads((repo / "reports" / "publish.json").read_text())
    articles = load_dataset(str(repo / "dataset"), "articles", cache_dir=str(tmp_path))
    quotes = load_dataset(str(repo / "dataset"), "quotes", cache_dir=str(tmp_path))
    assert sum(len(s) for s in articles.values()) == publish["accounting"]["kept"]
    assert sum(len(s) for s in quotes.values()) == sum(sum(s["quote_count"]) for s in articles.values()) > 0


def test_provenance_of_multi_record_and_decoded_articles(repo, tmp_path):
    articles = load_dataset(str(repo / "dataset"), "articles", cache_dir=str(tmp_path))
    rows = {(a["raw_path"], a["raw_record"]): a for split in articles.values() for a in split}
    jsonl = rows[("raw/ingest_jsonl_news_please/crawl.jsonl", "line 2")]
    assert jsonl["published_date"] is None  # 'last Tuesday' is not a date: null, not an error
    assert jsonl["url"] == "https://example.org/synthetic/conscripts-refused"
    assert {"field": "url", "source": "jsonl"} in jsonl["metadata_sources"]
    warc = rows[("raw/ingest_warc_two_articles/crawl.warc", "<urn:uuid:00000000-0000-4000-8000-000000000003>")]
    assert (warc["url"], warc["retrieved_date"], warc["published_date"]) == (
        "https://example.org/synthetic/looted-washing-machine", "2023-07-20", "2023-06-02")
    bom = rows[("raw/ingest_bom_crlf_zero_width/windows_export.txt", None)]
    assert bom["text_normalizations"] == ["bom_stripped", "crlf_to_lf", "nfc", "zero_width_removed"]
    assert "\u200b" not in bom["text"] and "café" in bom["text"]
    cp1251 = rows[("raw/ingest_cp1251_english/quote_cp1251.txt", None)]
    assert cp1251["encoding"] == "cp1251" and "Мы здесь никому не нужны" in cp1251["text"]
    html = rows[("raw/ingest_html_news_page/shortages.html", None)]
    assert html["publisher"] == "Synthetic fixture (not a real outlet)"  # the manifest wins over the page's site name
    assert html["title"] == "Intercepted call: soldier tells mother of shortages (synthetic)"
    assert not any(w in html["text"] for w in ("cookies", "Most read", "All rights reserved"))
