"""Where wrong speakers come from: the choice among the people the rules found, or the people themselves.

For every found gold quote with a speaker, on the never-tuned pool and on the tuned sets of
benchmarks/quotes.py, it prints the share of quotes
  right              whose resolved speaker is the gold one (speaker accuracy),
  wrong, choosable   whose gold speaker is the canonical name of some entity the rules built for the
                     article (a better choice among those entities, such as coreference, could fix it),
  wrong, not built   whose gold speaker no entity carries (the person is missed, split from another
                     description, or named differently from the gold),
so that "right + wrong, choosable" is the ceiling of any chooser over today's entities.

Every non-pronoun mention is resolved first, so that people who never speak have their entities too.
Run: uv run --locked python benchmarks/speaker_ceiling.py
"""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from interceptnews.params import load_section
from interceptnews.transforms.annotate import attribute_quotes
from interceptnews.transforms.boilerplate import clean_article

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("quotes_benchmark", ROOT / "benchmarks" / "quotes.py")
quotes_benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(quotes_benchmark)


def classify(docs, clean_params, annotate_params) -> Counter:
    counts: Counter = Counter()
    for _, raw, gold in docs:
        text, paragraphs, _ = clean_article(raw, clean_params)
        quotes, attributor, results, _ = attribute_quotes(text, paragraphs, annotate_params)
        speaker_of = {text[q.start:q.end]: (attributor.entities[a.entity].canonical.text if a.entity is not None else None)
                      for q, a in zip(quotes, results)}
        for m in attributor.mentions:
            if m.kind != "pronoun":
                attributor.resolve(m)
        built = {e.canonical.text for e in attributor.entities}
        for g in gold:
            if g["speaker"] is None or g["text"] not in speaker_of:
                continue
            if speaker_of[g["text"]] == g["speaker"]:
                counts["right"] += 1
            elif g["speaker"] in built:
                counts["wrong, choosable"] += 1
            else:
                counts["wrong, not built"] += 1
    return counts


def main() -> None:
    clean_params = load_section("clean", ROOT / "params.yaml")
    annotate_params = load_section("annotate", ROOT / "params.yaml")
    pools = {"never tuned": [], "tuned": []}
    for name, folder in quotes_benchmark.SETS.items():
        pools["never tuned" if name in quotes_benchmark.NEVER_TUNED else "tuned"] += quotes_benchmark.load(folder)
    for pool, docs in pools.items():
        counts = classify(docs, clean_params, annotate_params)
        total = sum(counts.values())
        shares = ", ".join(f"{k} {counts[k] / total:.3f} ({counts[k]})" for k in ("right", "wrong, choosable", "wrong, not built"))
        print(f"{pool} ({len(docs)} articles, {total} found quotes with a gold speaker): {shares}; "
              f"ceiling over today's entities {(counts['right'] + counts['wrong, choosable']) / total:.3f}")


if __name__ == "__main__":
    main()
