"""Throughput and memory of the clean and dedup stages on a generated corpus.

Articles are built from the sentences of the synthetic gold articles (tests/fixtures/synthetic):
each has 15-25 sentences drawn with a fixed seed; 10% are near copies of an earlier article (first
and last sentence replaced) and 5% exact copies in another layout. Prints rows per second and the
peak of Python allocations (tracemalloc) per stage, and the process's peak RSS.
Run: uv run --locked python benchmarks/dedup.py [N]   (default N = 2000)
"""
from __future__ import annotations

import hashlib
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from interceptnews.io import write_table
from interceptnews.params import load_section
from interceptnews.records import INGESTED_FEATURES, arrow_schema
from interceptnews.stages import clean, dedup

ROOT = Path(__file__).resolve().parents[1]


def sentences() -> list[str]:
    pool = []
    for path in sorted((ROOT / "tests" / "fixtures" / "synthetic").glob("*.txt")):
        for para in path.read_text(encoding="utf-8").splitlines():
            pool += [s for s in re.split(r"(?<=[.!?])\s+", para.strip()) if len(s.split()) >= 6]
    return sorted(set(pool))


def corpus(n: int, seed: int = 20240601) -> list[dict]:
    rnd = random.Random(seed)
    pool = sentences()
    texts: list[str] = []
    for i in range(n):
        if i > 10 and rnd.random() < 0.10:
            base = rnd.choice(texts).split("\n")
            texts.append("\n".join([rnd.choice(pool)] + base[1:-1] + [rnd.choice(pool)]))
        elif i > 10 and rnd.random() < 0.05:
            texts.append(rnd.choice(texts).replace("\n", "\n\n") + "\n")
        else:
            texts.append("\n".join(rnd.choice(pool) for _ in range(rnd.randint(15, 25))))
    rows = []
    for i, text in enumerate(texts):
        sha = hashlib.sha256(f"{i}\x00{text}".encode()).hexdigest()
        rows.append({"article_id": sha[:16], "raw_path": f"raw/bench/{i:05d}.txt", "raw_sha256": sha, "raw_format": "txt",
                     "publisher": f"Synthetic publisher {i % 7}", "url": None, "title": None, "author": None,
                     "published_date": None, "retrieved_date": None, "rights": None, "source_notes": "generated",
                     "synthetic": True, "language": "en", "raw_text": text})
    return rows


def measure(label: str, n: int, fn) -> dict:
    """Timed without tracing (tracemalloc slows Python code several times), then run again traced."""
    start = time.perf_counter()
    stats = fn()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:6}: {n} rows in {seconds:.2f} s = {n / seconds:.0f} rows/s on one core; "
          f"peak Python allocations {peak / 2**20:.1f} MiB")
    return stats


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rows = corpus(n)
    words = sum(len(r["raw_text"].split()) for r in rows)
    print(f"corpus: {n} generated articles, {words / n:.0f} words on average")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        write_table(rows, arrow_schema(INGESTED_FEATURES), t / "ingested.parquet")
        del rows
        c = measure("clean", n, lambda: clean.run(t / "ingested.parquet", t / "cleaned.parquet", t / "rc.parquet",
                                                  t / "clean.json", load_section("clean", ROOT / "params.yaml")))
        d = measure("dedup", c["rows_out"], lambda: dedup.run(t / "cleaned.parquet", t / "deduped.parquet", t / "rd.parquet",
                                                              t / "dedup.json", load_section("dedup", ROOT / "params.yaml")))
    print(f"dedup : {d['candidate_pairs']} candidate pairs, {d['near_duplicate_pairs']} confirmed near-duplicate pairs, "
          f"{d['clusters_with_duplicates']} clusters with duplicates, {d['duplicates']} duplicates "
          f"({d['rejected_by_reason']})")
    print(f"peak RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
