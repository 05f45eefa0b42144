"""CITATION.cff validates with cffconvert and is the card's BibTeX; Croissant validates and loads offline."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from interceptnews import __version__
from interceptnews.citation import bibtex, read_cff

MLCROISSANT = str(Path(sys.executable).parent / "mlcroissant")


def test_citation_cff_is_valid_and_carries_the_package_version():
    cff = read_cff(ROOT / "CITATION.cff")
    assert str(cff["version"]) == __version__ and str(cff["date-released"])


def test_invalid_citation_cff_is_refused(tmp_path):
    (tmp_path / "CITATION.cff").write_text("cff-version: 1.2.0\ntitle: x\n")  # no authors, no message
    with pytest.raises(Exception):
        read_cff(tmp_path / "CITATION.cff")


def test_card_carries_the_bibtex_of_citation_cff():
    assert bibtex(read_cff(ROOT / "CITATION.cff")) in (ROOT / "CARD.md").read_text()


def test_croissant_validates_offline():
    proc = subprocess.run([MLCROISSANT, "validate", "--jsonld", str(ROOT / "dataset" / "croissant.json")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "error" not in (proc.stdout + proc.stderr).lower().replace("0 error", "")


def test_croissant_loads_records():
    proc = subprocess.run([MLCROISSANT, "load", "--jsonld", str(ROOT / "dataset" / "croissant.json"),
                           "--record_set", "quotes", "--num_records", "3"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    records = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert len(records) == 3 and "quotes/speaker_role" in records[0]


def test_croissant_version_and_files_match_the_release():
    data = json.loads((ROOT / "dataset" / "croissant.json").read_text())
    assert data["version"] == __version__
    assert {d["name"] for d in data["distribution"]} == {"articles-parquet", "quotes-parquet"}
