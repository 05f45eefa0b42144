"""The learned speaker rankers (transforms/speaker_ranker.py): what they decide on short
inline texts written for the purpose (synthetic, new wording), that the params switches reach them,
and that their shipped weights are what the training script learns from the gold sets."""
from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

from conftest import annotate_text
from interceptnews.transforms.annotate import attribute_quotes
from interceptnews.transforms.boilerplate import clean_article
from interceptnews.transforms.speaker_ranker import RANKED_STEPS, RANKED_TURN_METHODS, score
from interceptnews.transforms.speaker_ranker_weights import TURN_WEIGHTS, WEIGHTS

ROOT = Path(__file__).resolve().parents[2]


def speakers(raw: str, params, ranked: bool = True) -> list[str | None]:
    annotate = dataclasses.replace(params["annotate"], rank_pronoun_speakers=ranked, rank_turn_speakers=ranked)
    _, _, quotes = annotate_text(raw, {**params, "annotate": annotate})
    return [q["speaker"] for q in quotes]


# Where the cascade has no local evidence it falls back on the latest speaker or subject; the ranker
# weighs a person just introduced, in whatever syntax, against them.

def test_pronoun_after_a_person_introduced_in_a_fronted_phrase_is_that_person(params):
    raw = ("In an intercepted call, a Russian soldier complains to his wife about leave.\n\n"
           "“We were promised leave in May,” the soldier said.\n\n"
           "For Vasyl Hnatyuk, a Kharkiv sociologist who has listened to more than 400 such calls, the complaints "
           "are familiar.\n\n"
           "“Every month it is the same promise,” he said.\n")
    assert speakers(raw, params) == ["a Russian soldier", "Vasyl Hnatyuk"]


def test_pronoun_after_a_passive_agent_with_an_appositive_is_that_person(params):
    raw = ("A Russian mortarman told his sister in an intercepted call that his commander sold the unit's fuel.\n\n"
           "“He sells it to the farmers, and we walk,” the mortarman said.\n\n"
           "The recording was verified by Dmytro Lysenko, an analyst at a Kyiv research centre, who compared the "
           "voice with earlier calls.\n\n"
           "“The voice matches, and so do the place names,” he said.\n")
    assert speakers(raw, params) == ["A Russian mortarman", "Dmytro Lysenko"]


def test_he_after_a_named_man_is_not_the_son_a_woman_spoke_about(params):
    raw = ("Last month a woman from Kursk told a studio audience on state television that her son was happy at "
           "the front.\n\n"
           "“My son has everything he needs,” she said on the programme, to applause.\n\n"
           "The host, Pavel Zorin, turned to the camera. “These are the mothers of Russia,” he said.\n")
    assert speakers(raw, params)[-1] == "Pavel Zorin"


def _best_logged(candidates, weights) -> int:
    """The logged candidate with the highest score, the earliest entity on a tie (computed here, not by
    the ranker's own loop, so the test checks it)."""
    return max(candidates, key=lambda c: (score(c[1], weights), -c[0]))[0]


def test_the_switch_chooses_between_ranker_and_cascade(params):
    """rank_pronoun_speakers true: where the cascade fell back on salience, the speaker is the
    best-scoring logged candidate; false: the cascade's answer, logged beside the candidates."""
    raw = ("In an intercepted call, a Russian soldier complains to his wife about leave.\n\n"
           "“We were promised leave in May,” the soldier said.\n\n"
           "For Vasyl Hnatyuk, a Kharkiv sociologist, the complaints are familiar.\n\n"
           "“Every month it is the same promise,” he said.\n")
    text, paragraphs, _ = clean_article(raw, params["clean"])
    for ranked in (True, False):
        log: list = []
        quotes, attributor, results, _ = attribute_quotes(
            text, paragraphs, dataclasses.replace(params["annotate"], rank_pronoun_speakers=ranked), pronoun_decisions=log)
        [(idx, pronoun, candidates, cascade, step)] = log
        assert pronoun.text == "he" and len(candidates) >= 2 and step in RANKED_STEPS
        assert results[idx].entity == (_best_logged(candidates, WEIGHTS) if ranked else cascade)


def test_bare_line_after_a_question_is_the_person_asked_though_he_has_not_spoken(params):
    # the cascade lets the last speaker go on when the other participant has not spoken yet
    raw = ("In a second intercept, a woman calls a sergeant from her son's platoon to ask whether her son is alive. "
           "The agency did not identify either speaker.\n\n"
           "“Tell me the truth, Kostya. Is he still out there?” the woman asks.\n\n"
           "“He is out there. Nobody can reach them, the whole field is mined.”\n")
    assert speakers(raw, params) == ["a woman", "a sergeant from her son's platoon"]


def test_the_turn_switch_chooses_between_ranker_and_cascade(params):
    raw = ("In a second intercept, a woman calls a sergeant from her son's platoon. "
           "The agency did not identify either speaker.\n\n"
           "“Is he still out there?” the woman asks.\n\n"
           "“He is out there. Nobody can reach them.”\n")
    text, paragraphs, _ = clean_article(raw, params["clean"])
    for ranked in (True, False):
        log: list = []
        quotes, attributor, results, _ = attribute_quotes(
            text, paragraphs, dataclasses.replace(params["annotate"], rank_turn_speakers=ranked), turn_decisions=log)
        [(idx, candidates, cascade, method)] = log
        assert method in RANKED_TURN_METHODS and len(candidates) >= 2
        assert results[idx].entity == (_best_logged(candidates, TURN_WEIGHTS) if ranked else cascade)


def test_rows_say_which_speakers_the_ranker_chose(params):
    """speaker_chosen_by: 'ranker' for the ranked pronoun and for the second piece of its interrupted
    quote, 'rules' elsewhere and everywhere with the rankers off."""
    raw = ("In an intercepted call, a Russian soldier complains to his wife about leave.\n\n"
           "“We were promised leave in May,” the soldier said.\n\n"
           "For Vasyl Hnatyuk, a Kharkiv sociologist who has listened to more than 400 such calls, the complaints "
           "are familiar.\n\n"
           "“Every month it is the same promise,” he said. “Nobody believes it any more.”\n")
    for ranked, chosen_by in ((True, ["rules", "ranker", "ranker"]), (False, ["rules", "rules", "rules"])):
        annotate = dataclasses.replace(params["annotate"], rank_pronoun_speakers=ranked, rank_turn_speakers=ranked)
        _, _, quotes = annotate_text(raw, {**params, "annotate": annotate})
        assert [q["attribution_method"] for q in quotes] == ["cue_after", "cue_after", "interrupted"]
        assert [q["speaker_chosen_by"] for q in quotes] == chosen_by


def test_shipped_weights_are_what_training_learns(params):
    """benchmarks/train_speaker_ranker.py, run on today's gold sets and code, gives the shipped weights of
    both rankers (to the four decimals it writes, give or take one in the last place for floating-point noise)."""
    spec = importlib.util.spec_from_file_location("train_speaker_ranker", ROOT / "benchmarks" / "train_speaker_ranker.py")
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    shipped = {"pronoun": WEIGHTS, "turn": TURN_WEIGHTS}
    for kind, (sets, keys) in trainer.training_data(params["clean"], params["annotate"]).items():
        learned = trainer.learned_weights(sets, keys)
        assert sorted(learned) == sorted(shipped[kind]), kind
        off = {k: (learned[k], shipped[kind][k]) for k in keys if abs(learned[k] - shipped[kind][k]) > 1.5e-4}
        assert not off, (kind, off)
