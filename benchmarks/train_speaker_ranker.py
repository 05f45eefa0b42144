"""Learn the weights of the two speaker rankers of src/interceptnews/transforms/speaker_ranker.py.

  pronoun  the person a cue verb's pronoun subject refers to ('"...," he says')
  turn     the speaker of a quote paragraph with no cue (the last speaker going on, or another)

Training data: every such decision in the tuned gold sets of benchmarks/quotes.py (never the
never-tuned pool), annotated with both rankers off, so that the data do not depend on the weights
being learned. A candidate is a positive when its canonical name is the gold speaker; decisions whose
gold speaker no candidate carries teach nothing and are left out of the fit (not of the scores).

Model: a conditional logit (softmax over the candidates of one decision), L2-regularised, fitted by
full-batch gradient descent from zero for a fixed number of steps: no randomness. Weights are rounded
to four decimals so that floating-point noise between machines does not reach the release.

Each model learns from all its decisions but decides only where the cascade is weakest
(speaker_ranker.RANKED_STEPS, RANKED_TURN_METHODS). Prints a cross-validation over the tuned sets (five
folds of whole gold sets, so that no writer is in both training and test) for every kind of decision,
the cascade's figures on the same quotes, and the weights.
Run: uv run --locked python benchmarks/train_speaker_ranker.py [--write]
"""
from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from interceptnews.params import load_section
from interceptnews.transforms.annotate import attribute_quotes
from interceptnews.transforms.boilerplate import clean_article
from interceptnews.transforms.speaker_ranker import RANKED_STEPS, RANKED_TURN_METHODS

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS_FILE = ROOT / "src" / "interceptnews" / "transforms" / "speaker_ranker_weights.py"
_spec = importlib.util.spec_from_file_location("quotes_benchmark", ROOT / "benchmarks" / "quotes.py")
quotes_benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(quotes_benchmark)

L2, STEPS, LEARNING_RATE, FOLDS = 1.0, 800, 1.0, 5
MODELS = {"pronoun": ("WEIGHTS", RANKED_STEPS), "turn": ("TURN_WEIGHTS", RANKED_TURN_METHODS)}

# One decision: (features per candidate, candidate is the gold speaker, the cascade was right, the
# cascade's test or method that answered).
Decision = tuple[list[dict], list[bool], bool, "str | None"]


def decisions(docs, clean_params, annotate_params) -> dict[str, list[Decision]]:
    """The pronoun and turn decisions of some gold articles, with the rankers off."""
    params = quotes_benchmark.rules_alone(annotate_params)
    out: dict[str, list[Decision]] = {"pronoun": [], "turn": []}
    for _, raw, gold in docs:
        text, paragraphs, _ = clean_article(raw, clean_params)
        gold_speaker = {g["text"]: g["speaker"] for g in gold if not g["nested"]}
        pronouns: list = []
        turns: list = []
        quotes, attributor, _, _ = attribute_quotes(text, paragraphs, params, pronoun_decisions=pronouns,
                                                    turn_decisions=turns)
        canonical = [e.canonical.text for e in attributor.entities]
        logged = [("pronoun", idx, cands, cascade, step) for idx, _, cands, cascade, step in pronouns] \
            + [("turn", idx, cands, cascade, method) for idx, cands, cascade, method in turns]
        for kind, idx, cands, cascade, where in logged:
            speaker = gold_speaker.get(text[quotes[idx].start:quotes[idx].end])
            if speaker is None or not cands:
                continue
            out[kind].append(([f for _, f in cands], [canonical[e] == speaker for e, _ in cands],
                              cascade is not None and canonical[cascade] == speaker, where))
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


def fit(data: list[Decision], keys: list[str]) -> np.ndarray:
    """Weights in the order of `keys`."""
    data = [d for d in data if any(d[1])]
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


def right_choices(data: list[Decision], keys: list[str], w) -> int:
    """How many decisions the first best-scoring candidate gets right (the ranker's tie rule)."""
    return sum(labels[int(np.argmax([sum(w[k] * f.get(key, 0.0) for k, key in enumerate(keys)) for f in cands]))]
               for cands, labels, _, _ in data)


def training_data(clean_params, annotate_params) -> dict[str, tuple[dict[str, list[Decision]], list[str]]]:
    """Per model: its decisions in each tuned gold set, and its feature names in sorted order."""
    tuned = [name for name in quotes_benchmark.SETS if name not in quotes_benchmark.NEVER_TUNED]
    per_set = {name: decisions(quotes_benchmark.load(quotes_benchmark.SETS[name]), clean_params, annotate_params)
               for name in tuned}
    out = {}
    for kind in MODELS:
        sets = {name: per_set[name][kind] for name in tuned}
        keys = sorted({k for data in sets.values() for cands, _, _, _ in data for f in cands for k in f})
        out[kind] = (sets, keys)
    return out


def learned_weights(sets: dict[str, list[Decision]], keys: list[str]) -> dict[str, float]:
    """The shipped form: rounded to four decimals (+ 0.0: no "-0.0" in the file)."""
    return {k: round(float(v), 4) + 0.0 for k, v in zip(keys, fit(sum(sets.values(), []), keys))}


def cross_validate(sets: dict[str, list[Decision]], keys: list[str]) -> dict[str, list[int]]:
    """[ranker right, cascade right, decisions] per cascade test or method, by folds of whole gold sets."""
    names = list(sets)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for fold in range(FOLDS):
        held = names[fold::FOLDS]
        w = fit([d for name in names if name not in held for d in sets[name]], keys)
        for d in (d for name in held for d in sets[name]):
            c = counts[str(d[3])]
            c[0] += right_choices([d], keys, w)
            c[1] += d[2]
            c[2] += 1
    return counts


def main() -> None:
    clean_params = load_section("clean", ROOT / "params.yaml")
    annotate_params = load_section("annotate", ROOT / "params.yaml")
    written = []
    for kind, (sets, keys) in training_data(clean_params, annotate_params).items():
        variable, ranked_where = MODELS[kind]
        data = sum(sets.values(), [])
        print(f"== {kind}: {len(data)} decisions in {len(sets)} tuned gold sets; the gold speaker is a candidate "
              f"for {sum(any(d[1]) for d in data)}")
        print(f"{FOLDS}-fold cross-validation by gold set (the cascade was tuned on these sets), per cascade "
              "test or method; * where the ranker decides:")
        counts = cross_validate(sets, keys)
        ranked = [0, 0, 0]
        for where, (model, cascade, n) in sorted(counts.items(), key=lambda kv: -kv[1][2]):
            mark = "*" if where in ranked_where else " "
            print(f"  {mark} {where:32s} ranker {model:4d}  cascade {cascade:4d}  of {n:4d}")
            if where in ranked_where:
                ranked = [a + b for a, b in zip(ranked, (model, cascade, n))]
        print(f"  where the ranker decides: ranker {ranked[0] / ranked[2]:.3f} ({ranked[0]}), "
              f"cascade {ranked[1] / ranked[2]:.3f} ({ranked[1]}) of {ranked[2]}")
        weights = learned_weights(sets, keys)
        for k, v in sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0])):
            print(f"  {k:36s} {v:+.4f}")
        body = "".join(f"    {k!r}: {v!r},\n" for k, v in weights.items())
        written.append(f"# {kind}: {len(data)} decisions\n{variable}: dict[str, float] = {{\n{body}}}\n")
    if "--write" in sys.argv:
        WEIGHTS_FILE.write_text('"""Generated by benchmarks/train_speaker_ranker.py --write from the tuned gold sets; do not edit\n'
                                f'by hand. L2 {L2}, {STEPS} steps of rate {LEARNING_RATE}."""\n' + "".join(written),
                                encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
