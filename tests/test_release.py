"""The committed release: loadable offline, typed, verified, its card and schema in step."""
from __future__ import annotations

import re

import pytest
from datasets import load_dataset

from conftest import ROOT
from interceptnews import load, verify
from interceptnews.card import check_card_body
from interceptnews.records import CONFIG_FEATURES
from interceptnews.schema_export import dumps, field_table, json_schema

DATASET = ROOT / "dataset"


@pytest.mark.parametrize("config", ["articles", "quotes"])
def test_load_dataset_reads_each_config_with_its_features(config, tmp_path):
    ds = load_dataset(str(DATASET), config, cache_dir=str(tmp_path))
    assert set(ds) and all(len(split) > 0 for split in ds.values())
    for split in ds.values():
        assert split.features == CONFIG_FEATURES[config]


def test_every_quote_offset_holds_in_the_release(tmp_path):
    articles = load("articles", cache_dir=tmp_path)
    quotes = load("quotes", cache_dir=tmp_path)
    for split, qs in quotes.items():
        text = {a["article_id"]: a["text"] for a in articles[split]}
        for q in qs:
            assert text[q["article_id"]][q["start"]:q["end"]] == q["text"]


def test_quotes_filter_by_speaker_confidence_as_the_card_shows(tmp_path):
    """The card's recipe: keep the quotes whose speaker is likelier right than a threshold."""
    quotes = load_dataset(str(DATASET), "quotes", split="train", cache_dir=str(tmp_path))
    sure = quotes.filter(lambda q: q["speaker_confidence"] is not None and q["speaker_confidence"] >= 0.8)
    assert 0 < len(sure) < len(quotes)  # the seed's quotes span the threshold
    assert all(q["speaker"] is not None and q["speaker_confidence"] >= 0.8 for q in sure)
    assert all((q["speaker"] is None) == (q["speaker_confidence"] is None) for q in quotes)


def test_sha256sums_cover_every_file():
    files = sorted(p.relative_to(DATASET).as_posix() for p in DATASET.rglob("*") if p.is_file() and p.name != "SHA256SUMS")
    assert "README.md" in files and any(f.endswith(".parquet") for f in files)
    assert verify(DATASET) == files


def test_verify_detects_a_changed_file(tmp_path):
    import shutil
    copy = tmp_path / "dataset"
    shutil.copytree(DATASET, copy)
    (copy / "README.md").write_text((copy / "README.md").read_text() + "\nedited\n")
    with pytest.raises(ValueError, match="README.md"):
        verify(copy)


def test_card_md_is_the_dataset_card():
    assert (ROOT / "CARD.md").read_bytes() == (DATASET / "README.md").read_bytes()


def test_schema_folder_is_generated_from_the_models():
    for config in CONFIG_FEATURES:
        assert (ROOT / "schema" / f"{config}.schema.json").read_text() == dumps(json_schema(config))
        assert (ROOT / "schema" / f"{config}.fields.md").read_text() == f"# `{config}` fields\n\n" + field_table(config)


def test_card_check_refuses_missing_section_and_placeholders():
    body = (ROOT / "CARD.md").read_text().split("\n---\n", 1)[1]
    check_card_body(body)
    with pytest.raises(ValueError, match="Takedown and errata"):
        check_card_body(body.replace("## Takedown and errata", "## Something else"))
    with pytest.raises(ValueError, match="placeholder"):
        check_card_body(body + "\nTODO: write this\n")
    emptied = re.sub(r"(### Intended uses\n).*?(\n### Out-of-scope uses)", r"\1\2", body, flags=re.DOTALL)
    with pytest.raises(ValueError, match="Intended uses.*empty"):
        check_card_body(emptied)
