"""Turn the bytes of one raw file into text, or a rejection reason."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import rejection


@dataclass(frozen=True)
class Decoded:
    text: str


def decode_text(data: bytes, raw_path: str, sha: str, max_bytes: int) -> Decoded | dict:
    """Strict UTF-8 only: guessing an encoding is a choice that must be recorded (issue: formats)."""
    if len(data) > max_bytes:
        return rejection("ingest", "ingest.too_large", f"{len(data)} bytes > max_bytes {max_bytes}", raw_path, sha)
    if not data.strip():
        return rejection("ingest", "ingest.empty", "file is empty or whitespace only", raw_path, sha)
    if b"\x00" in data:
        return rejection("ingest", "ingest.binary", "file contains NUL bytes", raw_path, sha)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return rejection("ingest", "ingest.not_utf8", f"invalid UTF-8 at byte {e.start}", raw_path, sha)
    return Decoded(text=text.removeprefix("\ufeff"))
