from __future__ import annotations

import pytest

from interceptnews.params import SplitFraction, load_section
from interceptnews.transforms.dedup import duplicate_key
from interceptnews.transforms.flags import content_flags
from interceptnews.transforms.split import split_of


def test_content_flags_with_offsets():
    text = "He called them khokhols [a slur] and said f**k it, damn b*tch."
    flags = content_flags(text, ("khokhols",), ("damn",))
    assert [(f["kind"], f["text"]) for f in flags] == [
        ("slur", "khokhols"), ("editorial_insertion", "[a slur]"), ("censored_profanity", "f**k"),
        ("profanity", "damn"), ("censored_profanity", "b*tch")]
    assert all(text[f["start"]:f["end"]] == f["text"] for f in flags)


def test_arithmetic_and_footnote_stars_are_not_censored_words():
    assert content_flags("Losses rose 5*3 times; see note*.", (), ()) == []


FRACTIONS = (SplitFraction("train", 0.8), SplitFraction("validation", 0.1), SplitFraction("test", 0.1))


def test_split_depends_only_on_group_and_salt():
    keys = [f"{i:016x}" for i in range(2000)]
    first = [split_of(k, "s", FRACTIONS) for k in keys]
    assert first == [split_of(k, "s", FRACTIONS) for k in keys]
    share = first.count("train") / len(first)
    assert 0.76 < share < 0.84
    assert first != [split_of(k, "other salt", FRACTIONS) for k in keys]


def test_duplicate_key_ignores_case_space_and_quote_glyphs():
    assert duplicate_key("“Hello”  World", True) == duplicate_key('"hello" world', True)
    assert duplicate_key("“Hello”  World", False) != duplicate_key('"hello" world', False)


def test_params_unknown_key_is_an_error(tmp_path):
    (tmp_path / "p.yaml").write_text("dedup:\n  normalize_quotes: true\n  threshold: 0.8\n")
    with pytest.raises(ValueError, match="unknown keys \\['threshold'\\]"):
        load_section("dedup", tmp_path / "p.yaml")


def test_split_fractions_must_sum_to_one(tmp_path):
    (tmp_path / "p.yaml").write_text("split:\n  salt: x\n  fractions: [{name: train, fraction: 0.5}]\n")
    with pytest.raises(ValueError, match="sum to 1"):
        load_section("split", tmp_path / "p.yaml")


def test_phone_numbers_are_flagged_but_years_and_counts_are_not():
    text = "His number, +7 912 345-67-89, was read out. In 2022, 2023 and 2024 the unit lost 1 200 men."
    flags = content_flags(text, (), ())
    assert [(f["kind"], f["text"]) for f in flags] == [("phone_number", "+7 912 345-67-89")]


def test_named_speakers_are_flagged_as_personal_data(params):
    from conftest import annotate_text
    raw = "“We will find him,” said Vitaliy Marchenko, a spokesman for the border guard.\n"
    text, article, _ = annotate_text(raw, params)
    assert ("person_name", "Vitaliy Marchenko") in {(f["kind"], f["text"]) for f in article["content_flags"]}
    assert article["has_personal_data"]
