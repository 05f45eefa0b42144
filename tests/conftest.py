"""Shared fixtures. Tests never touch the network or the user's caches."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SYNTHETIC = ROOT / "tests" / "fixtures" / "synthetic"
SEED = ROOT / "raw" / "000_d4c8b5fb90b05146.txt"

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("DVC_NO_ANALYTICS", "1")


@pytest.fixture(scope="session")
def params():
    from interceptnews.params import load_section
    return {name: load_section(name, ROOT / "params.yaml") for name in ("ingest", "clean", "annotate", "split", "validate")}


def annotate_text(raw: str, params, article_id: str = "0123456789abcdef"):
    """Clean + annotate one raw text with the release parameters: (clean text, article fields, quotes)."""
    from interceptnews.transforms.annotate import annotate_article
    from interceptnews.transforms.boilerplate import clean_article
    text, paragraphs, _ = clean_article(raw, params["clean"])
    article, quotes = annotate_article(article_id, text, paragraphs, params["annotate"], "0.0.0")
    return text, article, quotes


def gold_articles():
    for path in sorted(SYNTHETIC.glob("*.txt")):
        yield path, json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
