"""How likely each quote's speaker is right: the `speaker_confidence` column.

Speaker attribution is right for about three quotes in four on news it was not tuned on (the card
gives the figures), and the wrong ones are not spread evenly: a quote whose own cue names the
speaker in full is almost always right, an unattributed turn in a call between two men often is
not. Quotebank gives a probability per speaker for the same reason. This module scores every
attributed quote with a logistic model over general features of how its speaker was found (the
method, the kind of mention, how many people of the speaker's gender speak in the article, ...), so
that research can keep the quotes it needs at the accuracy it needs ("speaker_confidence >= 0.9")
and report what it kept.

The weights (speaker_confidence_weights.py) are fitted by benchmarks/train_speaker_confidence.py on
gold sets the rules were never tuned on (the rules are surest on the sets they were tuned on, so a
model fitted there would be overconfident on new text); the card reports the calibration on other
gold sets again.

Pure Python at annotation time, in a fixed order of features: same inputs, same bytes. The
probability is rounded to three decimals so that a last-bit difference of `math.exp` between C
libraries cannot reach the release.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .speaker_confidence_weights import CONFIDENCE_WEIGHTS

if TYPE_CHECKING:
    from .attribution import Attribution, Attributor

METHODS = ("cue_after", "cue_before", "interrupted", "same_sentence", "sentence_subject", "dialogue_turn",
           "previous_speaker", "repeated_quote", "inherited", "none")
MENTION_KINDS = ("pronoun", "definite", "indefinite", "possessive", "name", "bare")
ROLES = ("soldier", "relative", "official", "intelligence_agency", "military_unit", "journalist", "civilian", "other",
         "unknown")
_METHOD_NAMES = {m: f"method_{m}" for m in METHODS}
_KIND_NAMES = {k: f"mention_{k}" for k in MENTION_KINDS}
_ROLE_NAMES = {r: f"role_{r}" for r in ROLES}
# the tests of the cascade that resolve a cue verb's pronoun (Attributor.pronoun_step)
PRONOUN_STEPS = ("answer", "call_introduction", "headline_lede", "latest_speaker", "latest_subject",
                 "name_in_previous_sentence", "nearest_mention", "none", "resolved_earlier", "subject_since_quote",
                 "ungendered_subject_in_sentence", "woman_in_call", "woman_in_narration", "woman_in_sentence")
_STEP_NAMES = {s: f"pronoun_by_{s}" for s in PRONOUN_STEPS}


def confidence_features(rows: list[dict], results: list[Attribution], attributor: Attributor) -> list[dict[str, float] | None]:
    """Features of each quote row's speaker (None for a row with no speaker). `rows` are the finished
    quote rows of one article (roles and calls final), `results` their attributions, in text order."""
    entities = attributor.entities
    speakers = [att.entity if row["speaker"] is not None else None for row, att in zip(rows, results)]
    quotes_of: dict[int, int] = {}
    for row, e in zip(rows, speakers):
        if e is not None and not row["nesting_depth"]:
            quotes_of[e] = quotes_of.get(e, 0) + 1
    # people of each gender who speak in the article: the more there are, the easier a pronoun or a
    # turn goes to the wrong one
    speaking_by_gender: dict[str | None, int] = {}
    for e in sorted(quotes_of):
        gender = entities[e].gender
        speaking_by_gender[gender] = speaking_by_gender.get(gender, 0) + 1
    people_by_gender: dict[str | None, int] = {}
    named_roles: dict[str, int] = {}
    for entity in entities:
        if not entity.plural:
            people_by_gender[entity.gender] = people_by_gender.get(entity.gender, 0) + 1
        if entity.canonical.kind == "name":
            named_roles[entity.role] = named_roles.get(entity.role, 0) + 1
    speakers_in_call: dict[str, set[int]] = {}
    for row, e in zip(rows, speakers):
        if e is not None and row["call_id"] is not None:
            speakers_in_call.setdefault(row["call_id"], set()).add(e)
    headline_end = attributor.paragraphs[0][1] if attributor.paragraphs else 0
    out: list[dict[str, float] | None] = []
    previous_speaker = None
    for row, att, e in zip(rows, results, speakers):
        if e is None:
            out.append(None)
            if not row["nesting_depth"]:
                previous_speaker = None
            continue
        entity = entities[e]
        mention = att.mention
        f: dict[str, float] = {"bias": 1.0}
        f[_METHOD_NAMES.get(att.method, "method_none")] = 1.0
        f["chosen_by_ranker"] = float(att.ranked)
        f["ranker_agrees_with_rules"] = float(att.ranked and att.ranker_agrees)
        if att.pronoun_step is not None:
            f[_STEP_NAMES.get(att.pronoun_step, "pronoun_by_other")] = 1.0
        f[_KIND_NAMES.get(mention.kind, "mention_bare") if mention is not None else "mention_none"] = 1.0
        canonical = entity.canonical
        # the quote's own attribution is the name the dataset gives ('"...," said Oleg Kuzmin')
        f["mention_is_speaker"] = float(mention is not None and (mention.start, mention.end) == (canonical.start, canonical.end))
        f["mention_in_speaker"] = float(mention is not None and mention.kind != "pronoun"
                                        and mention.text.lower() in canonical.text.lower())
        f["speaker_named"] = float(canonical.kind == "name")
        f["speaker_identified_later"] = float(entity.name is not None and entity.name.start > entity.first.start)
        f["speaker_plural"] = float(entity.plural)
        f[_ROLE_NAMES.get(row["speaker_role"], "role_unknown")] = 1.0
        f["fragment"] = float(row["quote_type"] == "fragment")
        f["nested"] = float(row["nesting_depth"] > 0)
        f["in_headline"] = float(row["start"] < headline_end)
        f["in_call"] = float(row["call_id"] is not None)
        f["spans_paragraphs"] = float(row["spans_paragraphs"])
        f["unclosed"] = float(row["unclosed"])
        f["same_speaker_as_previous"] = float(e == previous_speaker)
        f["speaker_quotes"] = math.log1p(quotes_of.get(e, 0))
        f["speakers_in_article"] = math.log1p(len(quotes_of))
        f["speakers_of_same_gender"] = math.log1p(speaking_by_gender.get(entity.gender, 0) - (e in quotes_of))
        f["entities_in_article"] = math.log1p(len(entities))
        f["people_of_same_gender"] = math.log1p(people_by_gender.get(entity.gender, 0) - (not entity.plural))
        # a description ("the soldier") where the article names someone of the same role: the name may be his
        f["unnamed_beside_named"] = float(canonical.kind != "name" and named_roles.get(entity.role, 0) > 0)
        f["speakers_in_call"] = math.log1p(len(speakers_in_call.get(row["call_id"], ()))) if row["call_id"] else 0.0
        f["words"] = math.log1p(len(row["utterance"].split()))
        if mention is not None:
            gap = max(mention.start - row["end"], row["start"] - mention.end, 0)
            f["mention_characters_away"] = math.log1p(gap / 100)
        out.append(f)
        if not row["nesting_depth"]:
            previous_speaker = e
    return out


def probability(feats: dict[str, float], weights: dict[str, float] = CONFIDENCE_WEIGHTS) -> float:
    """The model's probability that the speaker is right, rounded to three decimals; the weighted sum
    runs in the order the features were written (the same float bytes on every run)."""
    z = sum([weights.get(k, 0.0) * v for k, v in feats.items() if v])
    z = max(min(z, 30.0), -30.0)
    return round(1.0 / (1.0 + math.exp(-z)), 3)
