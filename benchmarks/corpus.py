"""The fixture corpus (tests/fixtures/corpus/) built with the real `dvc repro` in a temporary
repository: reason codes with counts, the accounting line, and ingest throughput.

Throughput is measured in-process on the built repository's raw/ (ingest.run, median of
--repeat runs; per format, the readers alone), so that DVC and interpreter start-up are not in
the figure; the `dvc repro` wall time is printed apart.
Run: uv run --locked python benchmarks/corpus.py [--repeat 5] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from corpus_builder import load_cases, make_repo, outcomes, repro  # noqa: E402
from interceptnews.params import load_section  # noqa: E402
from interceptnews.stages import ingest  # noqa: E402
from interceptnews.transforms.formats import NotArticle, format_of  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", type=Path, default=None, help="build here and keep the repository")
    a = ap.parse_args()
    cases = load_cases()
    with tempfile.TemporaryDirectory() as tmp:
        repo = make_repo(a.keep or Path(tmp) / "repo", cases)
        t0 = time.perf_counter()
        repro(repo)
        repro_s = time.perf_counter() - t0
        reports = {s: json.loads((repo / "reports" / f"{s}.json").read_text())
                   for s in ("ingest", "clean", "dedup", "annotate", "publish")}
        got = outcomes(repo, cases)
        mismatches = [c.name for c in cases if got[c.name] != (c.spec["expect_kept"], c.spec["expect_rejections"])]

        print(f"{len(cases)} cases, dvc repro {repro_s:.1f} s\n")
        print(f"{'stage':<8} {'reason code':<34} {'count':>5}")
        for stage in ("ingest", "clean", "dedup", "annotate"):
            for reason, n in reports[stage]["rejected_by_reason"].items():
                print(f"{stage:<8} {reason:<34} {n:>5}")
        acc = reports["publish"]["accounting"]
        print(f"\nAccounting: {acc['raw_inputs']} raw inputs = {acc['kept']} kept + {acc['rejected']} rejected + "
              f"{acc['duplicates']} duplicates ({'reconciles' if acc['reconciles'] else 'DOES NOT RECONCILE'})")
        print(f"WARC records that are not inputs: {reports['ingest']['warc_records_not_articles']}")
        print(f"Cases not as expected: {mismatches or 'none'}\n")

        raw, params = repo / "raw", load_section("ingest", repo / "params.yaml")
        work = Path(tmp) / "bench"
        times = []
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            stats = ingest.run(raw, work / "o.parquet", work / "r.parquet", work / "s.json", params)
            times.append(time.perf_counter() - t0)
        files = [p for p in raw.rglob("*") if p.is_file() and p.name != params.manifest]
        mb = sum(p.stat().st_size for p in files) / 1e6
        med = statistics.median(times)
        print(f"ingest (whole stage, median of {a.repeat}): {med * 1000:.0f} ms for {stats['raw_inputs']} inputs, "
              f"{mb:.2f} MB -> {stats['raw_inputs'] / med:.0f} inputs/s, {mb / med:.1f} MB/s "
              f"(bytes include files rejected by size, which are hashed but never decoded)")
        print(f"readers alone, files within max_bytes:\n{'format':<7} {'files':>5} {'records':>7} {'MB':>6} {'ms/record':>9}")
        for fmt in params.formats:
            paths = [p for p in files if format_of(p.name) == fmt and p.stat().st_size <= params.max_bytes]
            if not paths:
                continue
            runs = []
            for _ in range(a.repeat):
                t0 = time.perf_counter()
                records = sum(not isinstance(item, NotArticle) for p in paths for item in ingest._read(p, fmt, params))
                runs.append(time.perf_counter() - t0)
            size = sum(p.stat().st_size for p in paths) / 1e6
            print(f"{fmt:<7} {len(paths):>5} {records:>7} {size:>6.2f} {statistics.median(runs) * 1000 / max(records, 1):>9.2f}")


if __name__ == "__main__":
    main()
