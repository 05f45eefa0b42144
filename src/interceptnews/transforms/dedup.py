"""Exact-duplicate key of an article text and the rule that picks a cluster's representative."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
_SPACE = re.compile(r"\s+")


def duplicate_key(text: str, normalize_quotes: bool) -> str:
    """Same key for texts that differ only in case, Unicode form, whitespace (and quote glyphs)."""
    t = unicodedata.normalize("NFKC", text).casefold()
    if normalize_quotes:
        t = t.translate(_MARKS)
    t = _SPACE.sub(" ", t).strip()
    return hashlib.sha256(t.encode("utf-8")).hexdigest()


def representative_order(row: dict) -> tuple:
    """Keep the earliest published copy; unknown dates last; ties by raw path (stable, documented)."""
    date = row.get("published_date")
    return (date is None, date or "", row["raw_path"])
