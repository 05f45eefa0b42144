"""`interceptnews add-article FILE ...`: copy a raw file into raw/ and list it in the sources manifest.

The one way to add an input by hand: the copy is byte for byte, the hash is computed, and the
manifest row is written in the field order of the existing rows, on one line. Everything is
checked before anything is written, so a refusal leaves raw/ untouched.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from .io import sha256_file
from .stages.ingest import MANIFEST_FIELDS, NOT_ARTICLES, path_is_inside, row_problems
from .transforms.formats import format_of


class Refused(ValueError):
    """The file cannot be added; the message says why."""


def _listed_rows(manifest: Path) -> list[dict]:
    rows = []
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a broken row is ingest's to report; it cannot block an addition
            if isinstance(row, dict):
                rows.append(row)
    return rows


def add_article(src: Path, raw_dir: Path, manifest_name: str, fields: dict, dest: str | None = None) -> dict:
    """Copy `src` to raw/<dest or its basename>, append its manifest row and return the row.

    Refuses (Refused) a missing source, a destination outside raw/ (absolute, '..', through a
    symlink), a name ingest would not read (hidden, README.md, the manifest, unknown extension),
    a different file already at that name, a path or a sha256 already in the manifest, and
    fields ingest would reject (dates not YYYY-MM-DD, URL not http(s), language not ISO 639).
    """
    src = Path(src)
    if not src.is_file():
        raise Refused(f"{src}: no such file")
    rel = dest if dest is not None else src.name
    if not path_is_inside(rel):
        raise Refused(f"{rel!r}: the destination must be a relative path inside {raw_dir}/ without '..'")
    target = raw_dir / rel
    try:
        target.resolve().relative_to(raw_dir.resolve())
    except ValueError:
        raise Refused(f"{rel!r} resolves to {target.resolve()}, outside {raw_dir}/") from None
    name = Path(rel).name
    if name.startswith(".") or name in NOT_ARTICLES or rel == manifest_name:
        raise Refused(f"{rel!r}: ingest does not read hidden files, README.md or the manifest")
    if format_of(rel) is None:
        raise Refused(f"{rel!r}: unsupported extension (txt, html, htm, jsonl, warc, warc.gz)")
    sha = sha256_file(src)
    manifest = raw_dir / manifest_name
    for row in _listed_rows(manifest):
        if row.get("sha256") == sha:
            raise Refused(f"{src} is already listed as {row.get('path')!r} (same sha256 {sha})")
        if row.get("path") == rel:
            raise Refused(f"{rel!r} is already listed in {manifest_name} (with another sha256)")
    if target.is_dir():
        raise Refused(f"{target} is a directory")
    if target.exists() and sha256_file(target) != sha:
        raise Refused(f"{target} exists and is a different file; choose another name with --dest")
    row = {"path": rel, "sha256": sha, **{k: fields.get(k) for k in MANIFEST_FIELDS[2:]}}
    row["synthetic"] = bool(fields.get("synthetic", False))
    problems = row_problems(row)
    if problems:
        raise Refused("; ".join(problems))
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        shutil.copyfile(src, target)
    text = manifest.read_text(encoding="utf-8") if manifest.exists() else ""
    with open(manifest, "a", encoding="utf-8") as f:
        if text and not text.endswith("\n"):
            f.write("\n")
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return row
