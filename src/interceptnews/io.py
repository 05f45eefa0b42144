"""Deterministic reading and writing of stage outputs: Parquet, JSON reports, rejections."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

# One fixed set of writer options: the bytes of every file depend only on the rows
# (and the pinned pyarrow version, which the file records in its footer).
_PARQUET_OPTIONS = dict(compression="zstd", compression_level=3, use_dictionary=True, write_statistics=True)


def write_table(rows: list[dict[str, Any]], schema: pa.Schema, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path, **_PARQUET_OPTIONS)


def read_rows(path: Path) -> list[dict[str, Any]]:
    return pq.read_table(path).to_pylist()


def iter_rows(path: Path, columns: list[str] | None = None, batch_rows: int = 256) -> Iterator[dict[str, Any]]:
    """Rows one record batch at a time (only `columns` if given): memory stays flat for stages that
    pass over their input more than once."""
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_rows, columns=columns):
        yield from batch.to_pylist()


def count_rows(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows


def write_json(data: Any, path: Path) -> None:
    """JSON with sorted keys and a final newline, so reports diff cleanly and never reorder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def count_by(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return dict(sorted(counts.items()))
