"""ingest: raw/ + sources manifest -> one row per article candidate, with its provenance.

Every input is accounted for. An input is an article candidate: a single-article file (txt,
html), one record of a multi-record file (a JSONL line, a WARC response/resource record), a
manifest row that names no readable file, or the unreadable remainder of a corrupt WARC. A file
rejected as a whole (not in the manifest, hash mismatch, unsupported format, a byte-identical
copy, a multi-record file with no records) is one input: its records were never read. Each input
is kept or rejected with a reason code, so raw_inputs = rows_out + rejected holds by construction.
WARC bookkeeping records (request, warcinfo, metadata ...) are not inputs; the report counts
them under `warc_records_not_articles` (see transforms.formats.read_warc for why).
"""
from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath
from typing import Iterator

from ..stagecli import stage_main
from ..io import count_by, sha256_file, write_json, write_table
from ..params import IngestParams
from ..progress import track
from ..records import INGESTED_FEATURES, REJECTION_FEATURES, arrow_schema, rejection
from ..transforms.formats import (Article, NotArticle, Rejected, format_of, merge_metadata, normalise_date,
                                  normalise_url, read_html, read_jsonl, read_txt, read_warc)

MANIFEST_FIELDS = ("path", "sha256", "publisher", "url", "title", "author", "published_date",
                   "retrieved_date", "language", "rights", "notes", "synthetic")
NOT_ARTICLES = {"README.md"}  # documentation that lives beside the articles
_PATH_IN_BROKEN_ROW = re.compile(r'"path"\s*:\s*("(?:[^"\\]|\\.)*")')


def article_id_for(sha256: str) -> str:
    """Content-derived: the SHA-256 of the file's bytes, or for a record of a multi-record file
    of the record's bytes (see transforms.formats); never row order."""
    return sha256[:16]


def path_is_inside(rel: str) -> bool:
    """A manifest path must stay inside raw/: relative, no '..', no empty name."""
    pure = PurePosixPath(rel)
    return bool(rel) and not pure.is_absolute() and ".." not in pure.parts and "\\" not in rel


def row_problems(row: dict) -> list[str]:
    """What is wrong with a manifest row's fields (path containment is checked separately)."""
    problems = []
    unknown = sorted(set(row) - set(MANIFEST_FIELDS))
    if unknown:
        problems.append(f"unknown fields {unknown}")
    if not isinstance(row.get("path"), str) or not row["path"]:
        problems.append("needs a path")
    if not isinstance(row.get("sha256"), str) or not re.fullmatch(r"[0-9a-f]{64}", row["sha256"]):
        problems.append("needs a sha256 of 64 lower-case hex digits")
    for name in ("published_date", "retrieved_date"):
        value = row.get(name)
        if value is not None and normalise_date(value) != value:
            problems.append(f"{name} {value!r} is not an ISO date YYYY-MM-DD")
    url = row.get("url")
    if url is not None and normalise_url(url) != url:
        problems.append(f"url {url!r} is not an absolute http(s) URL")
    language = row.get("language")
    if language is not None and not (isinstance(language, str) and re.fullmatch(r"[a-z]{2,3}", language)):
        problems.append(f"language {language!r} is not an ISO 639 code")
    for name in ("publisher", "title", "author", "rights", "notes"):
        if row.get(name) is not None and not isinstance(row[name], str):
            problems.append(f"{name} must be a string or null")
    if not isinstance(row.get("synthetic", False), bool):
        problems.append("synthetic must be true or false")
    return problems


def read_manifest(path: Path) -> tuple[dict[str, dict], list[dict]]:
    """Valid rows keyed by path, and rejections for the others (never silently skipped). A row
    that is not even JSON keeps the path written in it, when one can be read, to be found again."""
    rows: dict[str, dict] = {}
    problems: list[dict] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            m = _PATH_IN_BROKEN_ROW.search(line)
            rel = json.loads(m.group(1)) if m else None
            problems.append(rejection("ingest", "ingest.manifest_bad_row", f"{where}: invalid JSON: {e.msg}", rel, None))
            continue
        if not isinstance(row, dict):
            problems.append(rejection("ingest", "ingest.manifest_bad_row", f"{where}: not a JSON object", None, None))
            continue
        rel, sha = row.get("path"), row.get("sha256")
        rel = rel if isinstance(rel, str) else None
        sha = sha if isinstance(sha, str) else None
        if rel and not path_is_inside(rel):
            problems.append(rejection("ingest", "ingest.path_outside_raw", f"{where}: {rel}", rel, sha))
            continue
        bad = row_problems(row)
        if bad:
            problems.append(rejection("ingest", "ingest.manifest_bad_row", f"{where}: {'; '.join(bad)}", rel, sha))
            continue
        if rel in rows:
            problems.append(rejection("ingest", "ingest.manifest_duplicate_row", f"{where}: {rel} listed twice", rel, sha))
            continue
        rows[rel] = row
    return rows, problems


def _read(path: Path, fmt: str, params: IngestParams) -> Iterator[Article | Rejected | NotArticle]:
    if fmt == "txt":
        yield read_txt(path.read_bytes(), params.max_bytes, params.encodings)
    elif fmt == "html":
        yield read_html(path.read_bytes(), params.max_bytes, params.encodings)
    elif fmt == "jsonl":
        with open(path, "rb") as f:
            yield from read_jsonl(f, params.max_bytes, params.encodings)
    elif fmt == "warc":
        with open(path, "rb") as f:
            yield from read_warc(f, params.max_bytes, params.encodings)
    else:  # pragma: no cover - format_of knows no other format
        raise ValueError(f"no reader for {fmt!r}")


def run(raw_dir: Path, out_path: Path, rejected_path: Path, report_path: Path, params: IngestParams) -> dict:
    manifest_path = raw_dir / params.manifest
    manifest, problems = read_manifest(manifest_path)
    files = sorted(
        p.relative_to(raw_dir).as_posix()
        for p in raw_dir.rglob("*")
        if p.is_file() and p != manifest_path and p.name not in NOT_ARTICLES and not p.name.startswith(".")
    )
    # A bad manifest row with a readable path inside raw/ that has no valid row stands for that
    # path (one input, whether the file exists or not); any other bad row is an input of its own.
    bad_row_for: dict[str, dict] = {}
    rejected: list[dict] = []
    for p in problems:
        rel = p["raw_path"]
        if p["reason"] == "ingest.manifest_bad_row" and rel and path_is_inside(rel) and rel not in manifest and rel not in bad_row_for:
            bad_row_for[rel] = p
        else:
            rejected.append(p)
    inputs = sorted(set(files) | set(manifest) | set(bad_row_for))
    kept: list[dict] = []
    seen_sha: dict[str, str] = {}       # file sha -> path, for files that gave articles
    seen_id: dict[str, str] = {}        # article_id -> where it came from
    not_articles: list[str] = []
    inputs_by_format: list[str] = []
    for rel in track(inputs, "ingest", total=len(inputs)):
        row = manifest.get(rel)
        sha = sha256_file(raw_dir / rel) if rel in files else None
        if rel in bad_row_for:
            rejected.append({**bad_row_for[rel], "raw_sha256": sha or bad_row_for[rel]["raw_sha256"]})
            continue
        if rel not in files:
            rejected.append(rejection("ingest", "ingest.missing_file", "manifest row has no file", rel, row["sha256"]))
            continue
        if row is None:
            rejected.append(rejection("ingest", "ingest.not_in_manifest", "file has no manifest row", rel, sha))
            continue
        if row["sha256"] != sha:
            rejected.append(rejection("ingest", "ingest.sha256_mismatch", f"manifest says {row['sha256']}", rel, sha))
            continue
        fmt = format_of(rel)
        if fmt not in params.formats:
            suffix = PurePosixPath(rel).suffix or "(none)"
            rejected.append(rejection("ingest", "ingest.unsupported_format",
                                      f"extension {suffix}: format {fmt!r} not in {list(params.formats)}", rel, sha))
            continue
        if sha in seen_sha:
            rejected.append(rejection("ingest", "ingest.duplicate_file", f"same bytes as {seen_sha[sha]}", rel, sha,
                                      duplicate_of=article_id_for(sha) if format_of(seen_sha[sha]) in ("txt", "html") else None))
            continue
        candidates = 0
        skipped_before = len(not_articles)
        for item in _read(raw_dir / rel, fmt, params):
            if isinstance(item, NotArticle):
                not_articles.append(item.record_type)
                continue
            candidates += 1
            inputs_by_format.append(fmt)
            prefix = f"{item.record}: " if item.record else ""
            item_id = article_id_for(item.record_sha256) if item.record_sha256 else None
            if isinstance(item, Rejected):
                rejected.append(rejection("ingest", item.reason, prefix + item.detail, rel, sha, item_id))
                continue
            article_id = item_id or article_id_for(sha)
            here = f"raw/{rel}" + (f" {item.record}" if item.record else "")
            if article_id in seen_id:
                reason = "ingest.duplicate_record" if item.record else "ingest.duplicate_file"
                rejected.append(rejection("ingest", reason, f"{prefix}same bytes as {seen_id[article_id]}", rel, sha,
                                          article_id, duplicate_of=article_id))
                continue
            seen_id[article_id] = here
            seen_sha[sha] = rel
            values, sources = merge_metadata(row, item.metadata)
            kept.append({
                "article_id": article_id, "raw_path": f"raw/{rel}", "raw_sha256": sha, "raw_record": item.record,
                "raw_format": fmt, "encoding": item.encoding, "text_normalizations": list(item.normalizations),
                **{k: values[k] for k in ("publisher", "url", "title", "author", "published_date", "retrieved_date")},
                "rights": row.get("rights"), "source_notes": row.get("notes"), "synthetic": bool(row.get("synthetic", False)),
                "language": values["language"] or "und", "metadata_sources": sources, "raw_text": item.text,
            })
        if candidates == 0:
            skipped = len(not_articles) - skipped_before
            inputs_by_format.append(fmt)
            rejected.append(rejection("ingest", "ingest.empty", "no article records in the file"
                                      + (f" ({skipped} WARC records that are not articles)" if skipped else ""), rel, sha))
    write_table(kept, arrow_schema(INGESTED_FEATURES), out_path)
    write_table(rejected, arrow_schema(REJECTION_FEATURES), rejected_path)
    stats = {
        "stage": "ingest", "raw_inputs": len(kept) + len(rejected), "rows_out": len(kept), "rejected": len(rejected),
        "rejected_by_reason": count_by(r["reason"] for r in rejected),
        "files": len(inputs),
        "records_read_by_format": count_by(inputs_by_format),
        "kept_by_format": count_by(k["raw_format"] for k in kept),
        "kept_by_encoding": count_by(k["encoding"] for k in kept),
        "text_normalizations": count_by(n for k in kept for n in k["text_normalizations"]),
        "metadata_sources": count_by(f"{s['field']}:{s['source']}" for k in kept for s in k["metadata_sources"]),
        "warc_records_not_articles": count_by(not_articles),
    }
    write_json(stats, report_path)
    return stats


def main(argv: list[str] | None = None) -> None:
    stage_main(run, "ingest", __doc__, ('raw', 'out', 'rejected', 'report'), argv)


if __name__ == "__main__":
    main()
