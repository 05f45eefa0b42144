"""Assign a split by hashing the duplicate cluster with a salt: no shuffling, no row-order effects,
and every copy of a text lands in the same split (no leakage between train and test)."""
from __future__ import annotations

import hashlib

from ..params import SplitFraction


def split_of(group_key: str, salt: str, fractions: tuple[SplitFraction, ...]) -> str:
    digest = hashlib.sha256(f"{salt}\x00{group_key}".encode("utf-8")).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    edge = 0.0
    for f in fractions:
        edge += f.fraction
        if u < edge:
            return f.name
    return fractions[-1].name  # float rounding at the top edge
