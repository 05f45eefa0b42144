"""clean on the fixture corpus cases: chrome goes with its reason, real sentences stay, lines a
publisher repeats are chrome of that publisher, and the language is identified after cleaning."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, corpus_ingested_rows
from interceptnews.io import read_rows, write_table
from interceptnews.params import load_section
from interceptnews.records import INGESTED_FEATURES, arrow_schema
from interceptnews.stages import clean

CASES = ("clean_lang_russian", "clean_lang_french", "clean_only_chrome", "clean_too_short_after_chrome",
         "dedup_exact_relayout", "dedup_syndicated_wire", "dedup_updated_story", "clean_repeated_footer",
         "clean_chrome_mid_article", "clean_chrome_lookalikes")
FOOTER = "The Synthetic Footer Gazette is an independent newsroom funded by its readers."


def run_clean(tmp_path, rows, params=None):
    params = params or load_section("clean", ROOT / "params.yaml")
    write_table(rows, arrow_schema(INGESTED_FEATURES), tmp_path / "in.parquet")
    stats = clean.run(tmp_path / "in.parquet", tmp_path / "out.parquet", tmp_path / "rej.parquet", tmp_path / "clean.json", params)
    kept = {r["raw_path"].split("/", 1)[1]: r for r in read_rows(tmp_path / "out.parquet")}
    rejected = {r["raw_path"].split("/", 1)[1]: r for r in read_rows(tmp_path / "rej.parquet")}
    return stats, kept, rejected


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return run_clean(tmp_path_factory.mktemp("clean"), corpus_ingested_rows(*CASES))


def test_report_counts_reconcile_and_name_every_reason(corpus, tmp_path):
    stats, kept, rejected = corpus
    assert stats["rows_in"] == stats["rows_out"] + stats["rejected"] == len(kept) + len(rejected)
    assert stats["rejected_by_reason"] == {"clean.empty_after_boilerplate": 1, "clean.language_not_allowed": 2,
                                           "clean.too_short": 2}
    assert stats["repeated_lines_by_publisher"] == {"synthetic footer gazette (fixture, not a real outlet)": 1}


def test_other_languages_are_rejected_after_cleaning(corpus):
    _, _, rejected = corpus
    for case, lang in (("clean_lang_russian", "ru"), ("clean_lang_french", "fr")):
        r = rejected[f"{case}/article.txt"]
        assert r["reason"] == "clean.language_not_allowed" and r["detail"].startswith(f"identified as {lang} (p=")


def test_language_column_is_filled_from_the_identifier_when_the_manifest_has_none(corpus):
    _, kept, _ = corpus
    for row in kept.values():
        assert (row["language"], row["language_detected"]) == ("en", "en") and row["language_probability"] >= 0.9
        assert row["changed_by"] == ["ingest", "clean"]


def test_manifest_language_stays_in_the_column_but_a_russian_text_is_rejected(tmp_path):
    rows = corpus_ingested_rows("clean_lang_russian", "clean_chrome_lookalikes")
    for r in rows:
        r["language"] = "en"
    _, kept, rejected = run_clean(tmp_path, rows)
    assert rejected["clean_lang_russian/article.txt"]["reason"] == "clean.language_not_allowed"
    assert kept["clean_chrome_lookalikes/article.txt"]["language"] == "en"


def test_repeated_footer_is_removed_from_every_article_of_its_publisher_and_nothing_else_is(corpus):
    _, kept, rejected = corpus
    for n in range(1, 6):
        row = kept[f"clean_repeated_footer/footer_{n}.txt"]
        assert [(b["reason"], b["text"]) for b in row["boilerplate_removed"]] == [("clean.repeated_line", FOOTER)]
        assert FOOTER not in row["text"]
        # the stock statement is in all six articles but is quoted speech; the disclaimer is in only two
        assert "“We publish every call we intercept that shows the truth about this war,” the agency said" in row["text"]
    assert "The recording could not be independently verified." in kept["clean_repeated_footer/footer_3.txt"]["text"]
    assert rejected["clean_repeated_footer/footer_6.txt"]["reason"] == "clean.too_short"


def test_articles_of_other_publishers_keep_the_same_line(tmp_path):
    rows = corpus_ingested_rows("clean_repeated_footer", "clean_chrome_lookalikes")
    other = next(r for r in rows if r["raw_path"].endswith("clean_chrome_lookalikes/article.txt"))
    other["raw_text"] += FOOTER + "\n"
    _, kept, _ = run_clean(tmp_path, rows)
    assert kept["clean_chrome_lookalikes/article.txt"]["text"].endswith(FOOTER)


def test_exact_copies_and_unknown_publishers_never_make_a_line_repeated(tmp_path):
    """Five copies of one page (other layouts) count once; articles without a publisher form no group."""
    base = next(r for r in corpus_ingested_rows("clean_repeated_footer") if r["raw_path"].endswith("footer_1.txt"))
    copies = []
    for n in range(5):
        raw = base["raw_text"].replace("\n", "\r\n" if n % 2 else "\n\n") + " " * n
        copies.append({**base, "article_id": f"{n:016x}", "raw_path": f"raw/copies/{n}.txt", "raw_text": raw})
    unknown = [{**r, "publisher": None} for r in corpus_ingested_rows("clean_repeated_footer")]
    stats, kept, _ = run_clean(tmp_path, copies + unknown)
    assert stats["removed_paragraphs_by_reason"] == {} and stats["repeated_lines_by_publisher"] == {}
    assert all(row["text"].endswith(FOOTER) for row in kept.values())


def test_chrome_in_the_middle_goes_and_the_article_stays_whole(corpus):
    _, kept, _ = corpus
    row = kept["clean_chrome_mid_article/article.txt"]
    assert [(b["reason"], b["text"]) for b in row["boilerplate_removed"]] == [
        ("clean.cookie_notice", "We use cookies to improve your experience on our site."),
        ("clean.photo_credit", "Photo: Synthetic Fixture Agency"),
        ("clean.advert", "Advertisement"),
        ("clean.teaser_block", "READ MORE: Russian deserters describe life on the run in occupied Crimea"),
        ("clean.teaser_block", "Related"),
        ("clean.teaser_block", "Ukraine's surrender hotline says calls doubled in the spring"),
        ("clean.teaser_block", "Operators of the hotline say most callers now ask how to surrender without being shot by their own side."),
        ("clean.share_line", "Follow us on Telegram"),
        ("clean.advert", "Story continues below advertisement"),
        ("clean.share_line", "Share on Facebook Twitter WhatsApp"),
        ("clean.newsletter_prompt", "Sign up to our newsletter for the latest updates from the front"),
    ]
    raw = (ROOT / "tests/fixtures/corpus/clean_chrome_mid_article/article.txt").read_text(encoding="utf-8")
    removed = {b["text"] for b in row["boilerplate_removed"]}
    assert row["text"] == "\n\n".join(line for line in raw.splitlines() if line not in removed)
    for b in row["boilerplate_removed"]:
        assert raw[b["raw_start"]:b["raw_end"]] == b["text"]


def test_real_sentences_that_look_like_chrome_are_kept_intact(corpus):
    _, kept, _ = corpus
    row = kept["clean_chrome_lookalikes/article.txt"]
    raw = (ROOT / "tests/fixtures/corpus/clean_chrome_lookalikes/article.txt").read_text(encoding="utf-8")
    assert row["boilerplate_removed"] == []
    assert row["text"] == raw.strip()


def test_only_chrome_and_too_short_pages_are_rejected(corpus):
    _, _, rejected = corpus
    assert rejected["clean_only_chrome/page.txt"]["reason"] == "clean.empty_after_boilerplate"
    assert rejected["clean_too_short_after_chrome/brief.txt"]["detail"] == "22 words < min_words 30"


def test_report_is_written_and_rerun_gives_the_same_bytes(tmp_path):
    rows = corpus_ingested_rows(*CASES)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    run_clean(a, rows)
    run_clean(b, rows)
    for name in ("out.parquet", "rej.parquet", "clean.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes()
    assert json.loads((a / "clean.json").read_text())["stage"] == "clean"
