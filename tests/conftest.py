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


HELDOUT = ROOT / "tests" / "fixtures" / "heldout"


def gold_articles(*folders: Path):
    """Gold-annotated synthetic articles: the development set by default, or the given folders."""
    for folder in folders or (SYNTHETIC,):
        for path in sorted(folder.glob("*.txt")):
            yield path, json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))


CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def corpus_ingested_rows(*cases: str) -> list[dict]:
    """The rows ingest gives for the .txt files of fixture corpus cases (default manifest row of the
    corpus format plus the case's "manifest" overrides), for stage tests that start after ingest."""
    import hashlib
    rows = []
    for case in cases:
        spec = json.loads((CORPUS / case / "case.json").read_text(encoding="utf-8"))
        for path in sorted((CORPUS / case).glob("*.txt")):
            data = path.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            m = {"publisher": "Synthetic fixture (not a real outlet)", "url": None, "title": None, "author": None,
                 "published_date": None, "retrieved_date": None, "language": None,
                 "rights": "written by the InterceptNews maintainers as a test fixture", "notes": "synthetic fixture",
                 "synthetic": True, **spec.get("manifest", {}).get(path.name, {})}
            rows.append({"article_id": sha[:16], "raw_path": f"raw/{case}/{path.name}", "raw_sha256": sha, "raw_format": "txt",
                         "publisher": m["publisher"], "url": m["url"], "title": m["title"], "author": m["author"],
                         "published_date": m["published_date"], "retrieved_date": m["retrieved_date"], "rights": m["rights"],
                         "source_notes": m["notes"], "synthetic": m["synthetic"], "language": m["language"],
                         "raw_text": data.decode("utf-8")})
    return rows
