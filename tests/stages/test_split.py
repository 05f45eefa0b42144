"""split: deterministic per duplicate cluster; a split with no rows is not written, and the rest loads."""
from __future__ import annotations

import json
import shutil

from datasets import load_dataset

from conftest import ROOT
from interceptnews.params import load_section
from interceptnews.stages import split


def test_empty_splits_are_not_written_and_the_others_load(tmp_path):
    params = load_section("split", ROOT / "params.yaml")
    articles, quotes = ROOT / "dataset" / "articles" / "train.parquet", ROOT / "dataset" / "quotes" / "train.parquet"
    stats = split.run(articles, quotes, tmp_path / "split", tmp_path / "split.json", params)
    written = sorted(p.relative_to(tmp_path / "split").as_posix() for p in (tmp_path / "split").rglob("*.parquet"))
    assert len(written) == 2  # one article: one split per config, never a zero-row file
    assert len(stats["empty_splits_not_written"]) == 2 * (len(params.fractions) - 1)
    assert json.loads((tmp_path / "split.json").read_text()) == stats
    # the written layout loads with datasets when the card lists only the written splits
    shutil.copy(ROOT / "dataset" / "README.md", tmp_path / "split" / "README.md")
    ds = load_dataset(str(tmp_path / "split"), "quotes", cache_dir=str(tmp_path / "cache"))
    assert list(ds) == [written[0].split("/")[1].removesuffix(".parquet")]


def test_split_assignment_is_stable_across_runs(tmp_path):
    params = load_section("split", ROOT / "params.yaml")
    articles, quotes = ROOT / "dataset" / "articles" / "train.parquet", ROOT / "dataset" / "quotes" / "train.parquet"
    split.run(articles, quotes, tmp_path / "a", tmp_path / "a.json", params)
    split.run(articles, quotes, tmp_path / "b", tmp_path / "b.json", params)
    for p in (tmp_path / "a").rglob("*.parquet"):
        assert p.read_bytes() == (tmp_path / "b" / p.relative_to(tmp_path / "a")).read_bytes()
