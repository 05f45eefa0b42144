"""How likely each quote's speaker is right: the `speaker_confidence` column.

Speaker attribution is right for about three quotes in four on news it was not tuned on (the card
gives the figures), and the wrong ones are not spread evenly: a quote whose own cue names the
speaker in full is almost always right, an unattributed turn in a call between two men often is
not. Quotebank gives a probability per speaker for the same reason. This module scores every
attributed quote with a logistic model over general features of how its speaker was found (the
method, the kind of mention, how many people of the speaker's gender speak in the article, ...) and
over pairs of them that are on together, so
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
from itertools import repeat
from operator import mul
from typing import TYPE_CHECKING

from .lexicon import ROLES
from .speaker_confidence_weights import CONFIDENCE_WEIGHTS, PAIR_WEIGHTS

if TYPE_CHECKING:
    from .attribution import Attribution, Attributor

METHODS = ("cue_after", "cue_before", "interrupted", "same_sentence", "sentence_subject", "dialogue_turn",
           "previous_speaker", "repeated_quote", "inherited", "none")
MENTION_KINDS = ("pronoun", "definite", "indefinite", "possessive", "name", "bare")
_METHOD_NAMES = {m: f"method_{m}" for m in METHODS}
_KIND_NAMES = {k: f"mention_{k}" for k in MENTION_KINDS}
_ROLE_NAMES = {r: f"role_{r}" for r in ROLES}
# the tests of the cascade that resolve a cue verb's pronoun (Attributor.pronoun_step)
PRONOUN_STEPS = ("answer", "call_introduction", "headline_lede", "latest_speaker", "latest_subject",
                 "name_in_previous_sentence", "nearest_mention", "none", "resolved_earlier", "subject_since_quote",
                 "ungendered_subject_in_sentence", "woman_in_call", "woman_in_narration", "woman_in_sentence")
_STEP_NAMES = {s: f"pronoun_by_{s}" for s in PRONOUN_STEPS}
# The features that are on or off. The model also weighs pairs of them that are on together (a
# pronoun in a call, a dialogue turn of a relative, ...): the same evidence is worth more in some
# places than others, and a linear model of single features cannot say so.
BINARY_FEATURES = (
    tuple(_METHOD_NAMES.values()) + ("chosen_by_ranker", "ranker_agrees_with_rules") + tuple(_STEP_NAMES.values())
    + ("pronoun_by_other", "mention_none") + tuple(_KIND_NAMES.values())
    + ("mention_is_speaker", "mention_in_speaker", "speaker_named", "unnamed_beside_named", "speaker_identified_later",
       "speaker_plural") + tuple(_ROLE_NAMES.values())
    + ("fragment", "nested", "in_headline", "in_call", "spans_paragraphs", "unclosed", "same_speaker_as_previous"))
# a binary feature's number: its place in BINARY_FEATURES, from 1 (never 0: filter(None, ...) keeps all)
_BINARY_NUMBER = {name: i for i, name in enumerate(BINARY_FEATURES, 1)}
_PAIR_SEPARATOR = " & "


_LOG1P = tuple(math.log1p(n) for n in range(256))


def _log1p(n: int) -> float:
    """math.log1p of a small count, from a table (the same float)."""
    return _LOG1P[n] if n < 256 else math.log1p(n)


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
    for e in quotes_of:
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
    # (features that are off are left out: the model reads a missing feature as 0)
    article_features = {"speakers_in_article": _log1p(len(quotes_of)), "entities_in_article": _log1p(len(entities))}
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
        canonical = entity.canonical
        call_id = row["call_id"]
        # Indexed, not .get(): a method the model was never told about is a KeyError, not a silent "none".
        f: dict[str, float] = {"bias": 1.0, _METHOD_NAMES[att.method]: 1.0}
        if att.ranked:
            f["chosen_by_ranker"] = 1.0
            if att.ranker_agrees:
                f["ranker_agrees_with_rules"] = 1.0
        if att.pronoun_step is not None:
            f[_STEP_NAMES.get(att.pronoun_step, "pronoun_by_other")] = 1.0
        if mention is None:
            f["mention_none"] = 1.0
        else:
            f[_KIND_NAMES.get(mention.kind, "mention_bare")] = 1.0
            # the quote's own attribution is the name the dataset gives ('"...," said Oleg Kuzmin')
            if mention.start == canonical.start and mention.end == canonical.end:
                f["mention_is_speaker"] = 1.0
            if mention.kind != "pronoun" and mention.text.lower() in canonical.text.lower():
                f["mention_in_speaker"] = 1.0
        if canonical.kind == "name":
            f["speaker_named"] = 1.0
        elif named_roles.get(entity.role, 0):
            # a description ("the soldier") where the article names someone of the same role: the name may be his
            f["unnamed_beside_named"] = 1.0
        if entity.name is not None and entity.name.start > entity.first.start:
            f["speaker_identified_later"] = 1.0
        if entity.plural:
            f["speaker_plural"] = 1.0
        f[_ROLE_NAMES.get(row["speaker_role"], "role_unknown")] = 1.0
        if row["quote_type"] == "fragment":
            f["fragment"] = 1.0
        if row["nesting_depth"]:
            f["nested"] = 1.0
        if row["start"] < headline_end:
            f["in_headline"] = 1.0
        if call_id is not None:
            f["in_call"] = 1.0
            f["speakers_in_call"] = _log1p(len(speakers_in_call[call_id]))
        if row["spans_paragraphs"]:
            f["spans_paragraphs"] = 1.0
        if row["unclosed"]:
            f["unclosed"] = 1.0
        if e == previous_speaker:
            f["same_speaker_as_previous"] = 1.0
        f["speaker_quotes"] = _log1p(quotes_of.get(e, 0))
        f.update(article_features)
        f["speakers_of_same_gender"] = _log1p(speaking_by_gender.get(entity.gender, 0) - (e in quotes_of))
        f["people_of_same_gender"] = _log1p(people_by_gender.get(entity.gender, 0) - (not entity.plural))
        f["words"] = _log1p(len(row["utterance"].split()))
        if mention is not None:
            gap = max(mention.start - row["end"], row["start"] - mention.end, 0)
            f["mention_characters_away"] = math.log1p(gap / 100)
        out.append(f)
        if not row["nesting_depth"]:
            previous_speaker = e
    return out


def pair_name(a: str, b: str) -> str:
    """The name of the pair of binary features a and b, in the fixed order of BINARY_FEATURES."""
    if _BINARY_NUMBER[a] > _BINARY_NUMBER[b]:
        a, b = b, a
    return a + _PAIR_SEPARATOR + b


def pairs_on(feats: dict[str, float]) -> list[str]:
    """The names of the pairs of binary features that are on together (for training)."""
    on = [BINARY_FEATURES[i - 1] for i in sorted(filter(None, map(_BINARY_NUMBER.get, feats)))]
    return [a + _PAIR_SEPARATOR + b for n, a in enumerate(on) for b in on[n + 1:]]


class Model:
    """Weights of single features, and of pairs of binary features kept as a table by the pair's
    indices (no names built per quote)."""

    def __init__(self, weights: dict[str, float], pair_weights: dict[str, float]):
        self.weights = weights
        self.pairs: dict[int, dict[int, float]] = {}  # by the numbers of the pair's features (_BINARY_NUMBER)
        for name, w in pair_weights.items():
            a, b = name.split(_PAIR_SEPARATOR)
            i, j = _BINARY_NUMBER[a], _BINARY_NUMBER[b]
            if i > j:
                raise ValueError(f"pair out of order: {name}")
            if w:
                self.pairs.setdefault(i, {})[j] = w
        self._pair_weights: dict[tuple[int, ...], tuple[float, ...]] = {}  # by the numbers of the features that are on

    def pair_weights(self, on: tuple[int, ...]) -> tuple[float, ...]:
        """The weights of the pairs of the features that are on (their numbers, sorted), in index
        order. Memoised: quotes repeat a few hundred combinations of features, and the nested
        look-up cost a third of the probability. (Bounded: a new combination past 4096 is not kept.)"""
        found = self._pair_weights.get(on)
        if found is None:
            pairs, weights = self.pairs, []
            for n, i in enumerate(on):
                row = pairs.get(i)
                if row is not None:
                    for j in on[n + 1:]:
                        w = row.get(j)
                        if w is not None:
                            weights.append(w)
            found = tuple(weights)
            if len(self._pair_weights) < 4096:
                self._pair_weights[on] = found
        return found

    def probability(self, feats: dict[str, float]) -> float:
        """The probability that the speaker is right, rounded to three decimals. The weighted sum runs
        in a fixed order (the features as written, then the pairs by index): the same float bytes on
        every run."""
        # The products by C-level maps, not a comprehension (a percent of annotation). A zero-valued
        # feature adds a zero: a float plus a zero is the same float, and the running sum, which
        # starts at +0.0, is never -0.0 (a sum is -0.0 only when both terms are).
        z = sum(map(mul, map(self.weights.get, feats, repeat(0.0)), feats.values()))
        # then each pair's weight in index order: sum() with a start adds float items to it one by one,
        # left to right, as `z += w` in a loop did (CPython 3.11, which the project pins; 3.12's sum
        # compensates its rounding and would not give the same float)
        z = sum(self.pair_weights(tuple(sorted(filter(None, map(_BINARY_NUMBER.get, feats))))), z)
        z = max(min(z, 30.0), -30.0)
        return round(1.0 / (1.0 + math.exp(-z)), 3)


SHIPPED = Model(CONFIDENCE_WEIGHTS, PAIR_WEIGHTS)


def probability(feats: dict[str, float], model: Model = SHIPPED) -> float:
    """The shipped model's probability that the speaker is right (see Model.probability)."""
    return model.probability(feats)
