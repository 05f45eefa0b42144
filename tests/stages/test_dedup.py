"""dedup: exact and near duplicates form one cluster with one representative; the cluster is
recorded on the kept row; with near_duplicate_action keep, a whole cluster lands in one split."""
from __future__ import annotations

import dataclasses
import json
import random
from collections import Counter
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, corpus_ingested_rows
from interceptnews.io import read_rows, write_table
from interceptnews.params import SplitFraction, load_section
from interceptnews.records import CLEANED_FEATURES, INGESTED_FEATURES, arrow_schema
from interceptnews.stages import annotate, clean, dedup, split
from interceptnews.transforms.boilerplate import clean_article
from interceptnews.transforms.dedup import duplicate_key

MY_CASES = ("clean_lang_russian", "clean_lang_french", "clean_only_chrome", "clean_too_short_after_chrome",
            "dedup_exact_relayout", "dedup_syndicated_wire", "dedup_updated_story", "clean_repeated_footer",
            "clean_chrome_mid_article", "clean_chrome_lookalikes")
DEDUP = load_section("dedup", ROOT / "params.yaml")


def clean_then_dedup(tmp: Path, rows: list[dict], params=DEDUP):
    write_table(rows, arrow_schema(INGESTED_FEATURES), tmp / "ingested.parquet")
    clean.run(tmp / "ingested.parquet", tmp / "cleaned.parquet", tmp / "rej_clean.parquet", tmp / "clean.json",
              load_section("clean", ROOT / "params.yaml"))
    stats = dedup.run(tmp / "cleaned.parquet", tmp / "deduped.parquet", tmp / "rej_dedup.parquet", tmp / "dedup.json", params)
    return stats, read_rows(tmp / "deduped.parquet"), read_rows(tmp / "rej_clean.parquet") + read_rows(tmp / "rej_dedup.parquet")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return clean_then_dedup(tmp_path_factory.mktemp("dedup"), corpus_ingested_rows(*MY_CASES))


@pytest.mark.parametrize("case", MY_CASES)
def test_fixture_case_meets_its_expectations_after_clean_and_dedup(corpus, case):
    """The counts of case.json, as the e2e corpus test checks them after the whole pipeline; rows that
    annotate rejects later (annotate.*) are still kept after dedup."""
    _, kept, rejected = corpus
    spec = json.loads((CORPUS / case / "case.json").read_text(encoding="utf-8"))
    later = {r: n for r, n in spec["expect_rejections"].items() if r.startswith("annotate.")}
    prefix = f"raw/{case}/"
    assert sum(r["raw_path"].startswith(prefix) for r in kept) == spec["expect_kept"] + sum(later.values())
    assert dict(Counter(r["reason"] for r in rejected if r["raw_path"].startswith(prefix))) == \
        {r: n for r, n in spec["expect_rejections"].items() if r not in later}


def by_path(rows):
    return {r["raw_path"].split("/", 1)[1]: r for r in rows}


def test_near_duplicate_cluster_is_recorded_on_the_kept_row(corpus):
    stats, kept, rejected = corpus
    wire, copy = by_path(kept)["dedup_syndicated_wire/wire.txt"], by_path(rejected)["dedup_syndicated_wire/syndicated.txt"]
    assert copy["reason"] == "dedup.near_duplicate" and copy["duplicate_of"] == wire["article_id"]
    assert "Jaccard 0.5" in copy["detail"] and "dedup_syndicated_wire/wire.txt" in copy["detail"]
    assert wire["duplicate_cluster_size"] == 2
    assert wire["duplicate_cluster_members"] == sorted([wire["article_id"], copy["article_id"]])
    assert wire["duplicate_cluster_id"] == duplicate_key(wire["text"], True)[:16]


def test_updated_story_keeps_the_first_published_version(corpus):
    _, kept, rejected = corpus
    first = by_path(kept)["dedup_updated_story/first.txt"]
    assert by_path(rejected)["dedup_updated_story/update.txt"]["duplicate_of"] == first["article_id"]


def test_exact_copy_in_another_layout_is_an_exact_duplicate(corpus):
    _, kept, rejected = corpus
    original = by_path(kept)["dedup_exact_relayout/original.txt"]
    copy = by_path(rejected)["dedup_exact_relayout/relayout.txt"]
    assert (copy["reason"], copy["duplicate_of"]) == ("dedup.exact_duplicate", original["article_id"])


def test_report_duplicates_is_the_number_of_rejections_and_counts_reconcile(corpus):
    stats, kept, _ = corpus
    assert stats["duplicates"] == sum(stats["rejected_by_reason"].values()) == 3
    assert stats["rows_in"] == stats["rows_out"] + stats["duplicates"] == len(kept) + 3
    assert stats["rejected_by_reason"] == {"dedup.exact_duplicate": 1, "dedup.near_duplicate": 2}
    assert stats["near_duplicate_pairs"] == 2 and stats["clusters_with_duplicates"] == 3


def test_singletons_keep_their_text_key_as_cluster_id(corpus):
    _, kept, _ = corpus
    singles = [r for r in kept if r["duplicate_cluster_size"] == 1]
    assert singles and all(r["duplicate_cluster_id"] == duplicate_key(r["text"], True)[:16]
                           and r["duplicate_cluster_members"] == [r["article_id"]] for r in singles)


def test_output_does_not_depend_on_input_order(tmp_path):
    rows = corpus_ingested_rows(*MY_CASES)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    clean_then_dedup(a, rows)
    clean_then_dedup(b, list(reversed(rows)))
    for name in ("deduped.parquet", "rej_dedup.parquet", "dedup.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes()


# --- near_duplicate_action: keep -----------------------------------------------------------------------------------
WORDS = ("soldier mother wife brother commander unit battery trench drone shell ration water fuel village river "
         "border officer conscript medic sapper call recording intelligence front line retreat order pay bonus "
         "winter boots rifle tank convoy field forest night morning week month").split()


def story(rnd: random.Random, sentences: int) -> list[str]:
    return [" ".join(rnd.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(sentences)]


def cleaned_row(article_id: str, paragraphs: list[str], date: str | None = None) -> dict:
    raw = "\n".join(paragraphs)
    text, spans, _ = clean_article(raw, load_section("clean", ROOT / "params.yaml"))
    return {"article_id": article_id, "raw_path": f"raw/gen/{article_id}.txt", "raw_sha256": article_id * 4, "raw_format": "txt",
            "publisher": "Synthetic generator (test fixture)", "url": None, "title": None, "author": None,
            "published_date": date, "retrieved_date": None, "rights": None, "source_notes": "synthetic", "synthetic": True,
            "language": "en", "text": text, "paragraphs": spans, "boilerplate_removed": [], "word_count": len(text.split()),
            "language_detected": "en", "language_probability": 1.0, "changed_by": ["ingest"]}


def clusters_of_generated_stories(n_clusters: int, seed: int = 7) -> list[dict]:
    """n_clusters stories of 12 sentences, each with 1-2 near copies (another first sentence) and,
    for every third story, an exact copy: near duplicates at Jaccard ~0.85."""
    rnd = random.Random(seed)
    rows = []
    for c in range(n_clusters):
        body = story(rnd, 12)
        rows.append(cleaned_row(f"{c:02d}00000000000000", body, f"2023-05-{c + 1:02d}"))
        for v in range(1, 2 + c % 2):
            rows.append(cleaned_row(f"{c:02d}{v:02d}000000000000", story(rnd, 1) + body[1:]))
        if c % 3 == 0:
            rows.append(cleaned_row(f"{c:02d}99000000000000", [body[0].upper()] + body[1:]))
    return rows


def test_keep_action_keeps_near_duplicates_and_each_cluster_lands_in_one_split(tmp_path):
    rows = clusters_of_generated_stories(12)
    write_table(rows, arrow_schema(CLEANED_FEATURES), tmp_path / "cleaned.parquet")
    params = dataclasses.replace(DEDUP, near_duplicate_action="keep")
    stats = dedup.run(tmp_path / "cleaned.parquet", tmp_path / "deduped.parquet", tmp_path / "rej.parquet", tmp_path / "d.json", params)
    assert stats["clusters"] == 12 and stats["rejected_by_reason"] == {"dedup.exact_duplicate": 4}
    assert stats["rows_out"] == len(rows) - 4 and stats["near_duplicates_kept"] == len(rows) - 4 - 12
    # generated stories need not mention an intercept; keep them all, this test is about splits
    annotate_params = dataclasses.replace(load_section("annotate", ROOT / "params.yaml"), keep_without_intercept=True)
    annotate.run(tmp_path / "deduped.parquet", tmp_path / "articles.parquet", tmp_path / "quotes.parquet",
                 tmp_path / "a_rej.parquet", tmp_path / "a.json", annotate_params)
    split_params = dataclasses.replace(load_section("split", ROOT / "params.yaml"),
                                       fractions=(SplitFraction("train", 0.5), SplitFraction("test", 0.5)))
    split.run(tmp_path / "articles.parquet", tmp_path / "quotes.parquet", tmp_path / "split", tmp_path / "s.json", split_params)
    split_of_cluster: dict[str, set[str]] = {}
    members: dict[str, list[str]] = {}
    for path in (tmp_path / "split" / "articles").glob("*.parquet"):
        for r in read_rows(path):
            split_of_cluster.setdefault(r["duplicate_cluster_id"], set()).add(path.stem)
            members.setdefault(r["duplicate_cluster_id"], []).append(r["article_id"])
            assert r["article_id"] in r["duplicate_cluster_members"]
    assert len(split_of_cluster) == 12 and all(len(s) == 1 for s in split_of_cluster.values())
    assert {s for v in split_of_cluster.values() for s in v} == {"train", "test"}  # not trivially one split
    assert max(len(m) for m in members.values()) >= 3  # clusters of several released rows


def test_drop_action_releases_one_row_per_cluster(tmp_path):
    rows = clusters_of_generated_stories(6)
    write_table(rows, arrow_schema(CLEANED_FEATURES), tmp_path / "cleaned.parquet")
    stats = dedup.run(tmp_path / "cleaned.parquet", tmp_path / "out.parquet", tmp_path / "rej.parquet", tmp_path / "d.json", DEDUP)
    kept = read_rows(tmp_path / "out.parquet")
    assert stats["rows_out"] == 6 and sorted(r["article_id"][:2] for r in kept) == [f"{c:02d}" for c in range(6)]
    assert all(r["article_id"].endswith("00000000000000") and r["duplicate_cluster_size"] == len(r["duplicate_cluster_members"])
               for r in kept)  # the dated original is the representative
    assert stats["duplicates"] == len(rows) - 6 == len(read_rows(tmp_path / "rej.parquet"))
