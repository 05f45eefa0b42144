"""Duplicate keys, word shingles and MinHash sketches of an article text, clustering, and the rule
that picks a cluster's representative and says what happens to the other members.

Exact duplicates share duplicate_key(). Near duplicates are pairs whose sets of word shingles have
an exact Jaccard similarity >= dedup.near_duplicate_jaccard; MinHash/LSH only proposes candidate
pairs, every pair is confirmed on the exact sets, so the sketch causes no false positives (it can
miss a pair, with the probability given in params.yaml). Clusters are the connected components of
exact and confirmed near-duplicate links (single linkage: A~B and B~C put A and C together).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from datasketch import MinHash

_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")
MINHASH_SCHEME = "affine32"  # datasketch 2.0's default, named so that an upgrade cannot change it silently


def duplicate_key(text: str, normalize_quotes: bool) -> str:
    """Same key for texts that differ only in case, Unicode form, whitespace (and quote glyphs)."""
    t = unicodedata.normalize("NFKC", text).casefold()
    if normalize_quotes:
        t = t.translate(_MARKS)
    t = _SPACE.sub(" ", t).strip()
    return hashlib.sha256(t.encode("utf-8")).hexdigest()


def shingles(text: str, size: int) -> frozenset[str]:
    """Word `size`-grams of the NFKC-casefolded words (punctuation and quote glyphs dropped); a text
    shorter than `size` words is one shingle."""
    words = _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    if not words:
        return frozenset()
    return frozenset(" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int):
    """The permutations a MinHash draws from its seed, drawn once instead of once per article."""
    return MinHash(num_perm=num_perm, seed=seed, scheme=MINHASH_SCHEME).permutations


def minhash(shingle_set: Iterable[str], num_perm: int, seed: int) -> MinHash:
    """Deterministic sketch: fixed seed and scheme, SHA-1 of each shingle (datasketch's default)."""
    m = MinHash(num_perm=num_perm, seed=seed, scheme=MINHASH_SCHEME, permutations=_permutations(num_perm, seed))
    m.update_batch([s.encode("utf-8") for s in sorted(shingle_set)])
    return m


def connected_components(nodes: Iterable[str], links: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Union-find: the groups of nodes joined by links, each sorted, groups sorted by first node."""
    parent = {n: n for n in nodes}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for n in parent:
        groups.setdefault(find(n), []).append(n)
    return sorted(sorted(g) for g in groups.values())


def representative_order(row: dict) -> tuple:
    """Keep the earliest published copy; unknown dates last; ties by raw path (stable, documented)."""
    date = row.get("published_date")
    return (date is None, date or "", row["raw_path"])


def resolve_cluster(members: list[dict], action: str) -> list[tuple[dict, str | None, dict | None]]:
    """What happens to each member of one cluster: (row, None, None) for a row that stays, or
    (row, reason, kept row it duplicates) for a dropped one. Members carry a "key" (duplicate_key).

    drop: only the cluster's representative stays; a member with the representative's exact text
      is dedup.exact_duplicate, any other dedup.near_duplicate, both pointing at the representative.
    keep: near duplicates stay; within each exact-text group only its own representative stays and
      the rest are dedup.exact_duplicate of it. `duplicate_of` always names a row that stays.
    """
    ordered = sorted(members, key=representative_order)
    head = ordered[0]
    out: list[tuple[dict, str | None, dict | None]] = [(head, None, None)]
    group_head: dict[str, dict] = {head["key"]: head}
    for row in ordered[1:]:
        if action == "drop":
            reason = "dedup.exact_duplicate" if row["key"] == head["key"] else "dedup.near_duplicate"
            out.append((row, reason, head))
        elif row["key"] in group_head:
            out.append((row, "dedup.exact_duplicate", group_head[row["key"]]))
        else:
            group_head[row["key"]] = row
            out.append((row, None, None))
    return out
