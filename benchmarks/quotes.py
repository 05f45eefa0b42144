"""Quote extraction and attribution on the synthetic gold set (tests/fixtures/synthetic) and the seed.

Prints span precision/recall/F1 (exact, and loose: ignoring marks, whitespace and edge
punctuation), speaker accuracy on found quotes, role and call accuracy, and articles per second
on one core. Run: uv run --locked python benchmarks/quotes.py [--errors]
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from interceptnews.params import load_section
from interceptnews.transforms.annotate import annotate_article
from interceptnews.transforms.boilerplate import clean_article

ROOT = Path(__file__).resolve().parents[1]
_EDGE = re.compile(r"^[\s\"“”‘’'«».,;:!?—–-]+|[\s\"“”‘’'«».,;:!?—–-]+$")


def loose(text: str) -> str:
    return " ".join(_EDGE.sub("", re.sub(r"[\"“”„«»]", "", text)).split())


def main() -> None:
    show_errors = "--errors" in sys.argv
    clean_params, annotate_params = load_section("clean", ROOT / "params.yaml"), load_section("annotate", ROOT / "params.yaml")
    docs = []
    for path in sorted((ROOT / "tests" / "fixtures" / "synthetic").glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        docs.append((path.name, path.read_text(encoding="utf-8"), gold["quotes"]))
    counts = {"exact": [0, 0, 0], "loose": [0, 0, 0]}
    speaker = role = call = found = 0
    for name, raw, gold in docs:
        text, paragraphs, _ = clean_article(raw, clean_params)
        _, quotes = annotate_article("0" * 16, text, paragraphs, annotate_params, "0.0.0")
        for mode, key in (("exact", lambda s: s), ("loose", loose)):
            got = {key(q["text"]) for q in quotes}
            want = {key(q["text"]) for q in gold}
            counts[mode][0] += len(got & want)
            counts[mode][1] += len(got - want)
            counts[mode][2] += len(want - got)
        by_text = {q["text"]: q for q in quotes}
        for g in gold:
            q = by_text.get(g["text"])
            if q is None:
                continue
            found += 1
            n_call = int(q["call_id"].rsplit("call", 1)[1]) if q["call_id"] else None
            ok = (q["speaker"] == g["speaker"], q["speaker_role"] == g["role"], n_call == g["call"])
            speaker, role, call = speaker + ok[0], role + ok[1], call + ok[2]
            if show_errors and not all(ok):
                print(f"  {name[:24]:24} {g['text'][:32]!r:36} gold=({g['speaker']}, {g['role']}, {g['call']}) "
                      f"got=({q['speaker']}, {q['speaker_role']}, {n_call}, {q['attribution_method']})")
    for mode, (tp, fp, fn) in counts.items():
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(f"spans {mode:5}: precision {p:.3f} recall {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} (tp {tp}, fp {fp}, fn {fn})")
    print(f"speaker accuracy on found quotes: {speaker / found:.3f} ({speaker}/{found})")
    print(f"role accuracy: {role / found:.3f}; call accuracy: {call / found:.3f}")
    texts = [clean_article(raw, clean_params)[:2] for _, raw, _ in docs]
    rounds, start = 0, time.perf_counter()
    while time.perf_counter() - start < 2.0:
        for text, paragraphs in texts:
            annotate_article("0" * 16, text, paragraphs, annotate_params, "0.0.0")
        rounds += 1
    rate = rounds * len(texts) / (time.perf_counter() - start)
    print(f"throughput: {rate:.0f} articles/s on one core ({len(docs)} gold articles)")


if __name__ == "__main__":
    main()
