"""ingest: raw/ + sources manifest -> one row per readable raw file, with its provenance.

Every input is accounted for: a file without a manifest row, a manifest row without a file, a
hash mismatch, an unreadable or unsupported file each becomes a rejection with a reason code.
"""
from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

from ..stagecli import stage_main
from ..io import count_by, sha256_bytes, write_json, write_table
from ..params import IngestParams
from ..progress import track
from ..records import INGESTED_FEATURES, REJECTION_FEATURES, arrow_schema, rejection
from ..transforms.decode import Decoded, decode_text

MANIFEST_FIELDS = ("path", "sha256", "publisher", "url", "title", "author", "published_date",
                   "retrieved_date", "language", "rights", "notes", "synthetic")
NOT_ARTICLES = {"README.md"}  # documentation that lives beside the articles


def article_id_for(raw_sha256: str) -> str:
    """Content-derived: the same raw bytes always give the same id, whatever the row order."""
    return raw_sha256[:16]


def read_manifest(path: Path) -> tuple[dict[str, dict], list[dict]]:
    """Rows keyed by path, and rejections for malformed rows (never silently skipped)."""
    rows: dict[str, dict] = {}
    problems: list[dict] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(rejection("ingest", "ingest.manifest_bad_row", f"{where}: {e.msg}", None, None))
            continue
        unknown = sorted(set(row) - set(MANIFEST_FIELDS))
        rel = row.get("path")
        if unknown or not isinstance(rel, str) or not row.get("sha256"):
            problems.append(rejection("ingest", "ingest.manifest_bad_row",
                                      f"{where}: needs path and sha256; unknown fields {unknown}", rel, row.get("sha256")))
            continue
        pure = PurePosixPath(rel)
        if pure.is_absolute() or ".." in pure.parts:
            problems.append(rejection("ingest", "ingest.path_outside_raw", f"{where}: {rel}", rel, row["sha256"]))
            continue
        if rel in rows:
            problems.append(rejection("ingest", "ingest.manifest_duplicate_row", f"{where}: {rel} listed twice", rel, row["sha256"]))
            continue
        rows[rel] = row
    return rows, problems


def run(raw_dir: Path, out_path: Path, rejected_path: Path, report_path: Path, params: IngestParams) -> dict:
    manifest_path = raw_dir / params.manifest
    manifest, rejected = read_manifest(manifest_path)
    bad_manifest_rows = len(rejected)  # each is an input of its own: it never became a path
    files = sorted(
        p.relative_to(raw_dir).as_posix()
        for p in raw_dir.rglob("*")
        if p.is_file() and p != manifest_path and p.name not in NOT_ARTICLES and not p.name.startswith(".")
    )
    inputs = sorted(set(files) | set(manifest))
    kept: list[dict] = []
    seen_sha: dict[str, str] = {}
    for rel in track(inputs, "ingest", total=len(inputs)):
        row = manifest.get(rel)
        if rel not in files:
            rejected.append(rejection("ingest", "ingest.missing_file", "manifest row has no file", rel, row["sha256"]))
            continue
        data = (raw_dir / rel).read_bytes()
        sha = sha256_bytes(data)
        if row is None:
            rejected.append(rejection("ingest", "ingest.not_in_manifest", "file has no manifest row", rel, sha))
            continue
        if row["sha256"] != sha:
            rejected.append(rejection("ingest", "ingest.sha256_mismatch", f"manifest says {row['sha256']}", rel, sha))
            continue
        fmt = rel.rsplit(".", 1)[-1].lower() if "." in rel else ""
        if fmt not in params.formats:
            rejected.append(rejection("ingest", "ingest.unsupported_format", f"format {fmt!r} not in {list(params.formats)}", rel, sha))
            continue
        if sha in seen_sha:
            rejected.append(rejection("ingest", "ingest.duplicate_file", f"same bytes as {seen_sha[sha]}", rel, sha,
                                      duplicate_of=article_id_for(sha)))
            continue
        decoded = decode_text(data, rel, sha, params.max_bytes)
        if not isinstance(decoded, Decoded):
            rejected.append(decoded)
            continue
        seen_sha[sha] = rel
        kept.append({
            "article_id": article_id_for(sha), "raw_path": f"raw/{rel}", "raw_sha256": sha, "raw_format": fmt,
            "publisher": row.get("publisher"), "url": row.get("url"), "title": row.get("title"),
            "author": row.get("author"), "published_date": row.get("published_date"),
            "retrieved_date": row.get("retrieved_date"), "rights": row.get("rights"),
            "source_notes": row.get("notes"), "synthetic": bool(row.get("synthetic", False)),
            "language": row.get("language") or "und", "raw_text": decoded.text,
        })
    write_table(kept, arrow_schema(INGESTED_FEATURES), out_path)
    write_table(rejected, arrow_schema(REJECTION_FEATURES), rejected_path)
    stats = {"stage": "ingest", "raw_inputs": len(inputs) + bad_manifest_rows, "rows_out": len(kept), "rejected": len(rejected),
             "rejected_by_reason": count_by(r["reason"] for r in rejected)}
    write_json(stats, report_path)
    return stats


def main(argv: list[str] | None = None) -> None:
    stage_main(run, "ingest", __doc__, ('raw', 'out', 'rejected', 'report'), argv)


if __name__ == "__main__":
    main()
