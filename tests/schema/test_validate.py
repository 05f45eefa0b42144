"""validate: broken frames fail with errors that name the column and the rule."""
from __future__ import annotations


import pandas as pd
import pytest

from conftest import ROOT
from interceptnews.stages.validate import read_split_dir, validate_tables


@pytest.fixture()
def release_tables():
    """The committed release, as validate reads it (dataset/ has the split layout of build/split)."""
    return read_split_dir(ROOT / "dataset")


def failures_for(tables, allow_synthetic=False):
    f = validate_tables(tables, allow_synthetic)
    return {(r.config, r.column, r.check) for r in f.itertuples()}


def test_the_committed_release_is_valid(release_tables):
    assert validate_tables(release_tables, allow_synthetic=False).empty


def test_bad_role_and_offsets_are_named(release_tables):
    quotes = release_tables["quotes"]["train"].copy()
    quotes.loc[0, "speaker_role"] = "general"
    quotes.loc[1, "start"] = quotes.loc[1, "start"] + 1
    release_tables["quotes"]["train"] = quotes
    got = failures_for(release_tables)
    assert any(c == "quotes" and col == "speaker_role" and "isin" in check for c, col, check in got)
    assert ("quotes", "text", "article.text[start:end] == text") in got


def test_orphan_quote_and_wrong_quote_count(release_tables):
    quotes = release_tables["quotes"]["train"].copy()
    quotes.loc[0, "article_id"] = "ffffffffffffffff"
    release_tables["quotes"]["train"] = quotes
    got = failures_for(release_tables)
    assert ("quotes", "article_id", "article exists in the same split") in got
    assert ("articles", "quote_count", "quote_count equals rows in quotes") in got


def test_missing_and_extra_columns_and_bad_hash(release_tables):
    articles = release_tables["articles"]["train"].copy()
    articles = articles.drop(columns=["publisher"]).assign(extra=1)
    articles.loc[0, "raw_sha256"] = "not-a-hash"
    release_tables["articles"]["train"] = articles
    got = failures_for(release_tables)
    checks = {check for _, _, check in got}
    assert any("column_in_dataframe" in c for c in checks)          # publisher missing
    assert any("column_in_schema" in c for c in checks)             # extra column
    assert any(col == "raw_sha256" and "str_matches" in check for _, col, check in got)


def test_synthetic_article_is_refused_unless_allowed(release_tables):
    articles = release_tables["articles"]["train"].copy()
    articles["synthetic"] = pd.array([True] * len(articles), dtype="boolean")
    release_tables["articles"]["train"] = articles
    assert ("articles", "synthetic", "no synthetic article in the release") in failures_for(release_tables)
    assert ("articles", "synthetic", "no synthetic article in the release") not in failures_for(release_tables, True)


def test_validate_stage_exits_nonzero_with_readable_report(tmp_path, release_tables):
    import shutil
    import subprocess
    import sys

    split_dir = tmp_path / "split"
    shutil.copytree(ROOT / "dataset", split_dir, ignore=shutil.ignore_patterns("README.md", "SHA256SUMS"))
    quotes = release_tables["quotes"]["train"].copy()
    quotes.loc[0, "quote_type"] = "paraphrase"
    import pyarrow as pa
    import pyarrow.parquet as pq
    from interceptnews.records import QUOTE_FEATURES, arrow_schema
    pq.write_table(pa.Table.from_pandas(quotes, schema=arrow_schema(QUOTE_FEATURES), preserve_index=False),
                   split_dir / "quotes" / "train.parquet")
    (tmp_path / "params.yaml").write_text((ROOT / "params.yaml").read_text())
    proc = subprocess.run([sys.executable, "-m", "interceptnews.stages.validate", "--in", str(split_dir),
                           "--report", str(tmp_path / "reports" / "validate.json"), "--params", str(tmp_path / "params.yaml")],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    report = (tmp_path / "reports" / "validate_failures.md").read_text()
    assert "quote_type" in report and "isin" in report and "paraphrase" in report
