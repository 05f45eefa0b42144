"""ingest: every input is kept or rejected with a reason code; counts reconcile."""
from __future__ import annotations

import hashlib
import json

from interceptnews.io import read_rows
from interceptnews.params import IngestParams
from interceptnews.stages import ingest

PARAMS = IngestParams(manifest="sources.jsonl", max_bytes=2000, formats=("txt",))
GOOD = "A Russian soldier said in an intercepted call: “We are tired.”\n".encode()


def row(path: str, data: bytes, **extra) -> dict:
    return {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "publisher": "Synthetic Times",
            "synthetic": True, **extra}


def test_each_bad_input_gets_its_reason_and_counts_reconcile(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    files = {
        "good.txt": GOOD,
        "copy.txt": GOOD,
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "binary.txt": b"\x00\x01\x02abc",
        "cp1251.txt": "Солдат сказал".encode("cp1251"),
        "huge.txt": b"word " * 1000,
        "page.html": b"<html><body>x</body></html>",
        "unlisted.txt": GOOD + b"x",
        "tampered.txt": GOOD + b"y",
    }
    for name, data in files.items():
        (raw / name).write_bytes(data)
    manifest = [row(n, d) for n, d in files.items() if n not in ("unlisted.txt", "tampered.txt")]
    manifest.append({**row("tampered.txt", GOOD)})
    manifest.append(row("gone.txt", b"never written"))
    manifest.append(row("../outside.txt", GOOD))
    lines = [json.dumps(r) for r in manifest] + ["{not json"]
    (raw / "sources.jsonl").write_text("\n".join(lines) + "\n")

    stats = ingest.run(raw, tmp_path / "out.parquet", tmp_path / "rej.parquet", tmp_path / "report.json", PARAMS)

    rejected = {(r["raw_path"], r["reason"]) for r in read_rows(tmp_path / "rej.parquet")}
    assert rejected == {
        ("good.txt", "ingest.duplicate_file"),  # inputs are read in path order: copy.txt came first
        ("empty.txt", "ingest.empty"), ("blank.txt", "ingest.empty"), ("binary.txt", "ingest.binary"),
        ("cp1251.txt", "ingest.not_utf8"), ("huge.txt", "ingest.too_large"), ("page.html", "ingest.unsupported_format"),
        ("unlisted.txt", "ingest.not_in_manifest"), ("tampered.txt", "ingest.sha256_mismatch"),
        ("gone.txt", "ingest.missing_file"), ("../outside.txt", "ingest.path_outside_raw"),
        (None, "ingest.manifest_bad_row"),
    }
    kept = read_rows(tmp_path / "out.parquet")
    assert [k["raw_path"] for k in kept] == ["raw/copy.txt"]
    assert stats["raw_inputs"] == stats["rows_out"] + stats["rejected"] == 13
    assert json.loads((tmp_path / "report.json").read_text())["rejected_by_reason"]["ingest.empty"] == 2


def test_provenance_comes_from_the_manifest_and_unknowns_stay_null(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_bytes(GOOD)
    (raw / "sources.jsonl").write_text(json.dumps(row("a.txt", GOOD, url="https://example.org/a", published_date=None)) + "\n")
    ingest.run(raw, tmp_path / "o.parquet", tmp_path / "r.parquet", tmp_path / "s.json", PARAMS)
    (kept,) = read_rows(tmp_path / "o.parquet")
    assert kept["url"] == "https://example.org/a" and kept["published_date"] is None and kept["title"] is None
    assert kept["article_id"] == hashlib.sha256(GOOD).hexdigest()[:16] and kept["synthetic"] is True
