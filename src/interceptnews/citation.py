"""CITATION.cff is the one source of the dataset's citation: validated with cffconvert, and
turned into the BibTeX the card shows, so the two can never disagree."""
from __future__ import annotations

from pathlib import Path

import yaml
from cffconvert import Citation


def read_cff(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    Citation(text).validate()  # raises on a CFF that does not follow the schema
    return yaml.safe_load(text)


def bibtex(cff: dict) -> str:
    version = str(cff["version"])
    year, month, _ = str(cff["date-released"]).split("-")
    authors = " and ".join(
        "{" + a["name"] + "}" if "name" in a else f"{a['family-names']}, {a['given-names']}" for a in cff["authors"])
    key = "interceptnews_v" + version.replace(".", "_")
    fields = [("title", "{" + cff["title"] + "}"), ("author", authors), ("year", year), ("month", month),
              ("version", version), ("howpublished", f"Dataset, version {version}, released {cff['date-released']}"),
              ("note", "Rebuild with dvc repro; see CARD.md")]
    return f"@misc{{{key},\n" + ",\n".join(f"  {k:<12} = {{{v}}}" for k, v in fields) + "\n}"
