"""speaker_confidence (transforms/speaker_confidence.py): how it orders quotes on short inline texts
written for the purpose (synthetic, new wording), its form in the rows, the schema's check of it,
and that the shipped weights are what the training script learns from the gold sets."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

from conftest import annotate_text
from interceptnews.schema import ATTRIBUTION_METHODS
from interceptnews.stages.validate import read_split_dir, validate_tables
from interceptnews.transforms.speaker_confidence import METHODS, Model, pair_name, probability
from interceptnews.transforms.speaker_confidence_weights import CONFIDENCE_WEIGHTS, PAIR_WEIGHTS

ROOT = Path(__file__).resolve().parents[2]

# A call between two men, reported with unattributed turns, and an official quoted by name with his
# own cue: the official's quote is the one to trust.
TWO_MEN = ("Kyiv, Ukraine — Ukraine's security service on Thursday released a call it said was intercepted "
           "between two Russian artillerymen stationed near Pokrovsk.\n\n"
           "“We have eleven shells left for the whole battery,” the first soldier says.\n\n"
           "“Eleven? Yesterday they promised a truck,” the second man answers.\n\n"
           "“The truck burned on the road.”\n\n"
           "“Then we sit and wait for the drones.”\n\n"
           "“They sit in Moscow and count medals.”\n\n"
           "“The shortages are visible in every call we intercept this month,” said Andriy Yusov, a spokesman "
           "for Ukraine's military intelligence agency.\n")


def quotes_of(raw: str, params) -> list[dict]:
    _, _, quotes = annotate_text(raw, params)
    return quotes


def test_a_named_official_with_his_own_cue_is_surer_than_unattributed_turns(params):
    quotes = quotes_of(TWO_MEN, params)
    assert quotes[-1]["speaker"] == "Andriy Yusov" and quotes[-1]["attribution_method"] == "cue_after"
    turns = [q for q in quotes if q["attribution_method"] in ("dialogue_turn", "previous_speaker")]
    assert turns, [q["attribution_method"] for q in quotes]
    assert all(q["speaker_confidence"] < quotes[-1]["speaker_confidence"] for q in turns)


def test_confidence_is_given_exactly_with_a_speaker_and_rounded(params):
    raw = ("A Russian soldier told his mother in an intercepted call that the unit had no water.\n\n"
           "“There is no water, Mum,” he said.\n\n"
           "Locals call the road “the road of life”.\n")
    quotes = quotes_of(raw, params)
    assert any(q["speaker"] is None for q in quotes) and any(q["speaker"] is not None for q in quotes)
    for q in quotes:
        c = q["speaker_confidence"]
        assert (c is None) == (q["speaker"] is None)
        if c is not None:
            assert 0.0 <= c <= 1.0 and round(c, 3) == c


def test_the_model_knows_every_method_the_schema_allows():
    # The transforms do not import the schema layer, so the two lists are kept by hand; a method
    # added to one only would score as no feature at all (now a KeyError) or never validate.
    assert list(METHODS) == ATTRIBUTION_METHODS


def test_probability_is_the_logistic_of_the_weighted_sum_and_pairs():
    model = Model({"bias": 1.0, "a": -2.0, "b": 0.5}, {})
    assert probability({"bias": 1.0, "a": 1.0}, model) == 0.269  # 1 / (1 + e^1)
    assert probability({"bias": 1.0, "b": 2.0}, model) == 0.881  # 1 / (1 + e^-2)
    assert probability({"bias": 1.0, "a": 0.0, "unknown": 3.0}, model) == 0.731  # unknown features weigh nothing
    assert probability({"bias": 1.0, "a": 100.0}, model) == 0.0  # (no overflow)
    # a pair of binary features weighs only when both are on, whichever order they were written in
    paired = Model({"bias": 0.0}, {pair_name("in_call", "mention_pronoun"): 2.0})
    assert probability({"bias": 1.0, "mention_pronoun": 1.0}, paired) == 0.5
    assert probability({"bias": 1.0, "in_call": 1.0, "mention_pronoun": 1.0}, paired) == 0.881
    assert probability({"mention_pronoun": 1.0, "bias": 1.0, "in_call": 1.0}, paired) == 0.881


def test_schema_refuses_confidence_without_speaker_and_out_of_range():
    tables = read_split_dir(ROOT / "dataset")
    quotes = tables["quotes"]["train"].copy()
    with_speaker = quotes.index[quotes["speaker"].notna()]
    quotes.loc[with_speaker[0], "speaker"] = pd.NA
    quotes.loc[with_speaker[1], "speaker_confidence"] = 1.5
    tables["quotes"]["train"] = quotes
    got = {(r.column, r.check) for r in validate_tables(tables, allow_synthetic=False).itertuples()}
    assert ("speaker_confidence", "speaker_confidence is given exactly when speaker is") in got, got
    assert any(col == "speaker_confidence" and "less_than_or_equal_to" in check for col, check in got), got


def test_shipped_weights_are_what_training_learns(params):
    """benchmarks/train_speaker_confidence.py, run on today's gold sets and code, gives the shipped
    weights (to the four decimals it writes, give or take one in the last place for floating-point noise)."""
    spec = importlib.util.spec_from_file_location("train_speaker_confidence",
                                                  ROOT / "benchmarks" / "train_speaker_confidence.py")
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    sets, keys, _ = trainer.training_data(params["clean"], params["annotate"])
    for learned, shipped in zip(trainer.learned_weights(sum(sets.values(), []), keys), (CONFIDENCE_WEIGHTS, PAIR_WEIGHTS)):
        assert sorted(learned) == sorted(shipped)
        off = {k: (learned[k], shipped[k]) for k in learned if abs(learned[k] - shipped[k]) > 1.5e-4}
        assert not off, off
