"""Learn the weights of the pronoun speaker ranker (src/interceptnews/transforms/speaker_ranker.py).

Training data: every cue-verb pronoun subject of a top-level quote in the tuned gold sets of
benchmarks/quotes.py (never the never-tuned pool), annotated with the ranker off, so the data do not
depend on the weights being learned. A candidate is a positive when its canonical name is the gold
speaker; quotes whose gold speaker no candidate carries teach nothing and are left out.

Model: a conditional logit (softmax over an article's candidates), L2-regularised, fitted by full-batch
gradient descent from zero for a fixed number of steps: no randomness. Weights are rounded to four
decimals so that floating-point noise between machines does not reach the release.

The model learns from every cue-verb pronoun speaker; it decides only where the cascade falls back
on salience (speaker_ranker.RANKED_STEPS). Prints a cross-validation over the tuned sets (five folds of
whole gold sets, so that no writer is in both training and test) on both, the cascade's figures on the
same quotes, and the weights.
Run: uv run --locked python benchmarks/train_speaker_ranker.py [--write]
"""
from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

import numpy as np

from interceptnews.params import load_section
from interceptnews.transforms.annotate import attribute_quotes
from interceptnews.transforms.boilerplate import clean_article
from interceptnews.transforms.speaker_ranker import RANKED_STEPS

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS_FILE = ROOT / "src" / "interceptnews" / "transforms" / "speaker_ranker_weights.py"
_spec = importlib.util.spec_from_file_location("quotes_benchmark", ROOT / "benchmarks" / "quotes.py")
quotes_benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(quotes_benchmark)

L2, STEPS, LEARNING_RATE, FOLDS = 1.0, 800, 1.0, 5


def decisions(docs, clean_params, annotate_params) -> list[tuple[list[dict], list[bool], bool, str | None]]:
    """(features per candidate, candidate is the gold speaker, the cascade was right, the cascade's test
    that answered) per cue-verb pronoun speaker."""
    params = dataclasses.replace(annotate_params, rank_pronoun_speakers=False)
    out = []
    for _, raw, gold in docs:
        text, paragraphs, _ = clean_article(raw, clean_params)
        gold_speaker = {g["text"]: g["speaker"] for g in gold if not g["nested"]}
        log: list = []
        quotes, attributor, _, _ = attribute_quotes(text, paragraphs, params, pronoun_decisions=log)
        for idx, _, candidates, cascade, step in log:
            speaker = gold_speaker.get(text[quotes[idx].start:quotes[idx].end])
            if speaker is None or not candidates:
                continue
            labels = [attributor.entities[e].canonical.text == speaker for e, _ in candidates]
            right = cascade is not None and attributor.entities[cascade].canonical.text == speaker
            out.append(([f for _, f in candidates], labels, right, step))
    return out


def _arrays(data, keys):
    width = max(len(c) for c, _, _, _ in data)
    x = np.zeros((len(data), width, len(keys)))
    mask = np.zeros((len(data), width), dtype=bool)
    y = np.zeros((len(data), width))
    for i, (cands, labels, _, _) in enumerate(data):
        for j, (feats, label) in enumerate(zip(cands, labels)):
            x[i, j] = [feats.get(k, 0.0) for k in keys]
            mask[i, j] = True
            y[i, j] = label
    return x, mask, y


def fit(data, keys) -> np.ndarray:
    """Weights in the order of `keys`; `data`: decisions, or decisions per gold set."""
    data = [d for d in (sum(data.values(), []) if isinstance(data, dict) else data) if any(d[1])]
    x, mask, y = _arrays(data, keys)
    target = y / y.sum(axis=1, keepdims=True)
    w = np.zeros(len(keys))
    for _ in range(STEPS):
        s = np.where(mask, x @ w, -np.inf)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        grad = np.einsum("ijk,ij->k", x, p - target) / len(data) + L2 * w / len(data)
        w -= LEARNING_RATE * grad
    return w


def right_choices(data, keys, w) -> int:
    """How many quotes the first best-scoring candidate gets right (the ranker's tie rule)."""
    return sum(labels[int(np.argmax([sum(w[k] * f.get(key, 0.0) for k, key in enumerate(keys)) for f in cands]))]
               for cands, labels, _, _ in data)


def training_data(clean_params, annotate_params) -> tuple[dict[str, list], list[str]]:
    """The decisions of each tuned gold set, and the feature names in sorted order."""
    tuned = [name for name in quotes_benchmark.SETS if name not in quotes_benchmark.NEVER_TUNED]
    per_set = {name: decisions(quotes_benchmark.load(quotes_benchmark.SETS[name]), clean_params, annotate_params)
               for name in tuned}
    keys = sorted({k for data in per_set.values() for cands, _, _, _ in data for f in cands for k in f})
    return per_set, keys


def main() -> None:
    clean_params = load_section("clean", ROOT / "params.yaml")
    annotate_params = load_section("annotate", ROOT / "params.yaml")
    per_set, keys = training_data(clean_params, annotate_params)
    tuned = list(per_set)
    data = [d for name in tuned for d in per_set[name]]
    # [ranker right, cascade right, quotes] on all pronoun speakers, and where the ranker decides
    everywhere, where_ranked = [0, 0, 0], [0, 0, 0]
    for fold in range(FOLDS):
        held = tuned[fold::FOLDS]
        w = fit([d for name in tuned if name not in held for d in per_set[name]], keys)
        for d in (d for name in held for d in per_set[name]):
            for counts in (everywhere, where_ranked) if d[3] in RANKED_STEPS else (everywhere,):
                counts[0] += right_choices([d], keys, w)
                counts[1] += d[2]
                counts[2] += 1
    print(f"{len(data)} cue-verb pronoun speakers in {len(tuned)} tuned gold sets; the gold speaker is a candidate "
          f"for {sum(any(d[1]) for d in data)}")
    print(f"{FOLDS}-fold cross-validation by gold set (the cascade was tuned on these sets):")
    for label, (model, cascade, n) in (("all pronoun speakers", everywhere),
                                       ("where the cascade falls back (the ranker decides)", where_ranked)):
        print(f"  {label}: ranker {model / n:.3f} ({model}), cascade {cascade / n:.3f} ({cascade}) of {n}")
    w = [round(float(v), 4) + 0.0 for v in fit(per_set, keys)]  # + 0.0: no "-0.0" in the file
    for k, v in sorted(zip(keys, w), key=lambda kv: (-abs(kv[1]), kv[0])):
        print(f"  {k:32s} {v:+.4f}")
    if "--write" in sys.argv:
        body = "".join(f"    {k!r}: {v!r},\n" for k, v in zip(keys, w))
        WEIGHTS_FILE.write_text('"""Generated by benchmarks/train_speaker_ranker.py --write from the tuned gold sets; do not edit\n'
                                f'by hand. {len(data)} ranked pronouns, L2 {L2}, {STEPS} steps of rate {LEARNING_RATE}."""\n'
                                f"WEIGHTS: dict[str, float] = {{\n{body}}}\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
