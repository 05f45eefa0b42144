"""Learned choices of who speaks, where the rule cascade of attribution.py is weakest.

Pronouns ('"...," he said'). The cascade resolves a pronoun by a fixed order of tests: first local
syntactic evidence (a reply to a question, a subject introduced since the last quote, a name of that
gender in the sentence before), then fallbacks on salience alone (the latest speaker, the latest
subject, the nearest mention). Where it falls back, this module decides instead: it scores every
person the pronoun agrees with, among those the article mentioned before it, with a linear model
over general features of salience (how recently and how prominently the person was mentioned,
whether the person spoke the previous quote, role) and takes the best.

Turns (a quote paragraph with no cue). Where the cascade lets the last speaker go on, a second model
scores the people who spoke the last few quotes or were mentioned in the last few paragraphs (who
spoke last and before, who is addressed in the quote, who asked a question, who the narration just
introduced).

The weights (speaker_ranker_weights.py) are learned by benchmarks/train_speaker_ranker.py from the
tuned gold sets only, with both rankers off, and rounded; a unit test retrains and compares. The
cascade's own answer is a feature, per test or method, so a model can learn where to trust it; it
was tuned on those same sets, so the models trust it more than new text deserves, which errs
towards the cascade.

Pure Python at annotation time: same inputs, same bytes, no numpy.
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import CUE_VERBS, PRONOUNS, ROLES
from .speaker_ranker_weights import TURN_WEIGHTS, WEIGHTS

if TYPE_CHECKING:
    from .attribution import Attributor
    from .mentions import Mention

MENTION_KINDS = ("name", "definite", "indefinite", "possessive", "bare")
# sentences between the person's last mention and the pronoun: 0, 1, 2, 3-5, 6 or more
_SENTENCE_BUCKETS = ((0, 0), (1, 1), (2, 2), (3, 5), (6, 10 ** 9))
_BUCKET_NAMES = tuple(f"sentences_back_{b}" for b in range(len(_SENTENCE_BUCKETS)))
# the methods whose pronoun subject the ranker resolves: a cue verb's subject next to the quote
RANKED_METHODS = ("cue_after", "cue_before", "interrupted")
# The tests of the cascade (Attributor.pronoun_step) whose answer the ranker replaces: its fallbacks on
# salience alone. Where the cascade has local syntactic evidence (a reply to a question, a subject
# introduced since the last quote, a name of that gender in the sentence before, the woman the call
# is with) it keeps its answer, which short texts written for each of those rules confirm. On the tuned
# sets, cross-validated by set, the ranker is right for 202 of the 259 fallbacks, the cascade for 187
# (benchmarks/train_speaker_ranker.py prints these figures).
RANKED_STEPS = frozenset({"latest_speaker", "latest_subject", "nearest_mention", "none"})


def candidates(att: Attributor, pronoun: Mention) -> list[tuple[int, list[Mention]]]:
    """Every entity with a non-pronoun mention that ends before the pronoun, with those mentions in
    text order, by entity index (creation order, deterministic)."""
    by_entity: dict[int, list[Mention]] = {}
    for m in att.mentions:
        if m.start >= pronoun.start:
            break
        if m.kind == "pronoun" or m.end > pronoun.start:
            continue
        entity = att.mention_entity.get((m.start, m.end), -1)
        if entity == -1:
            entity = att.resolve(m)
        if entity is not None:
            by_entity.setdefault(entity, []).append(m)
    return sorted(by_entity.items())


@dataclass(frozen=True)
class _Context:
    """What every candidate of one pronoun is compared with, computed once per pronoun."""
    sentence: int
    sentence_start: int
    paragraph: int
    call_start: int
    last_quote_end: int
    speakers: tuple[int, ...]  # entities of the earlier top-level quotes, in order


def _context(att: Attributor, idx: int, pronoun: Mention) -> _Context:
    speakers, last_quote_end = [], 0
    for q, a in zip(att.quotes[:idx], att.results[:idx]):
        if q.depth == 0 and q.close_end <= pronoun.start:
            last_quote_end = max(last_quote_end, q.close_end)
            if a.entity is not None:
                speakers.append(a.entity)
    return _Context(bisect.bisect_right(att.sentences, pronoun.start) - 1, att._sentence_start(pronoun.start),
                    att._paragraph_of(pronoun.start), max((c for c in att.call_starts if c <= pronoun.start), default=0),
                    last_quote_end, tuple(speakers))


_ROLE_NAMES = {head: tuple((role, f"role_{role}", f"role_{role}_{head}") for role in ROLES) for head in PRONOUNS}
_KIND_NAMES = tuple((kind, f"last_mention_{kind}") for kind in MENTION_KINDS)


def features(att: Attributor, ctx: _Context, pronoun: Mention, entity: int, mentions: list[Mention]) -> dict[str, float]:
    """Features of one candidate for a speaker pronoun (the quotes before it are attributed)."""
    e = att.entities[entity]
    last = mentions[-1]
    f: dict[str, float] = {}
    gender = e.gender or ("m" if e.role == "soldier" else None)  # the men in these calls are soldiers
    if pronoun.head in ("he", "she"):
        wanted = "m" if pronoun.head == "he" else "f"
        f["gender_match"] = float(gender == wanted)
        f["gender_unknown"] = float(gender is None)
        f["gender_mismatch"] = float(gender is not None and gender != wanted)
    f["pronoun_fits"] = float(_fits(att, pronoun, entity))
    sentence, paragraph, subject, after_preposition, addressed, in_headline = _facts(att, last)
    distance = ctx.sentence - sentence
    for b, (lo, hi) in enumerate(_SENTENCE_BUCKETS):
        f[_BUCKET_NAMES[b]] = float(lo <= distance <= hi)
    paragraphs_back = ctx.paragraph - paragraph
    f["same_paragraph"] = float(paragraphs_back == 0)
    f["previous_paragraph"] = float(paragraphs_back == 1)
    f["same_sentence"] = float(last.start >= ctx.sentence_start)
    f["characters_back"] = math.log1p(max(pronoun.start - last.end, 0) / 100)
    f["last_mention_subject"] = float(subject)
    # "told the audience that her son was happy": the subject of a subordinate clause is no topic
    f["last_mention_subordinate_subject"] = float(att._subordinate_subject(last))
    f["subject_since_last_quote"] = float(any(m.start >= ctx.last_quote_end and _facts(att, m)[2] for m in mentions))
    f["mentioned_since_last_quote"] = float(last.start >= ctx.last_quote_end)
    f["mentioned_in_this_call"] = float(last.start >= ctx.call_start)
    f["spoke_previous_quote"] = float(bool(ctx.speakers) and ctx.speakers[-1] == entity)
    f["spoke_quote_before_previous"] = float(len(ctx.speakers) > 1 and ctx.speakers[-2] == entity)
    # two people taking turns: A, B, then "he said" is A again
    f["turn_returns"] = float(len(ctx.speakers) > 1 and ctx.speakers[-2] == entity != ctx.speakers[-1])
    # "threatened to write to Vladimir Putin": someone only ever written or spoken about
    f["only_after_prepositions"] = float(entity not in ctx.speakers and all(_facts(att, m)[3] for m in mentions))
    f["quotes_spoken"] = math.log1p(ctx.speakers.count(entity))
    f["mentions"] = math.log1p(len(mentions))
    f["last_mention_after_preposition"] = float(after_preposition)
    f["named"] = float(e.name is not None or e.first.kind == "name")
    f["last_mention_addressed"] = float(addressed)
    f["in_headline"] = float(in_headline)
    f["plural"] = float(e.plural)
    for kind, name in _KIND_NAMES:
        f[name] = float(last.kind == kind)
    for role, name, with_pronoun in _ROLE_NAMES[pronoun.head]:
        f[name] = f[with_pronoun] = float(e.role == role)  # "she" is more often a relative than "he" is
    return f


def _fits(att: Attributor, pronoun: Mention, entity: int) -> bool:
    e = att.entities[entity]
    return att._pronoun_fits(pronoun, e.role, e.first.head, e.gender, e.plural)


def _facts(att: Attributor, m: Mention) -> tuple[int, int, bool, bool, bool, bool]:
    """What the features need to know of one mention, remembered (every later pronoun asks again):
    its sentence and paragraph, whether it is a subject, after a preposition, the one spoken to
    ("tells his mother", "asked a Ukrainian official"), in the headline."""
    key = (m.start, m.end)
    facts = att.mention_facts.get(key)
    if facts is None:
        verb = att._token_before(m.start, m.start - 20)
        facts = att.mention_facts[key] = (
            bisect.bisect_right(att.sentences, m.start) - 1, att._paragraph_of(m.start), att._is_subject(m),
            att._object_of_preposition(m),
            bool(verb) and verb[0].lower in CUE_VERBS and not att.masked[verb[0].end:m.start].strip(),
            m.end <= att._headline_end())
    return facts


def candidate_features(att: Attributor, idx: int, pronoun: Mention, cascade: int | None = None,
                       step: str | None = None) -> list[tuple[int, dict[str, float]]]:
    """Each candidate's own features, and how it compares with the others: the latest-mentioned and
    the latest speaker among those the pronoun fits, the other participant when answering a question,
    the soldier who opened this call."""
    ctx = _context(att, idx, pronoun)
    found = candidates(att, pronoun)
    # agreement is a hard constraint ("she" is not "the soldier", "it" is not a person) unless nobody agrees
    found = [(e, ms) for e, ms in found if _fits(att, pronoun, e)] or found
    rows = [(e, features(att, ctx, pronoun, e, ms)) for e, ms in found]
    fitting = [(ms[-1].start, e) for (e, ms), (_, f) in zip(found, rows) if f["pronoun_fits"]]
    latest = max(fitting)[1] if fitting else None
    subjects = [(ms[-1].start, e) for (e, ms), (_, f) in zip(found, rows) if f["pronoun_fits"] and f["last_mention_subject"]]
    latest_subject = max(subjects)[1] if subjects else None
    fits = {e for _, e in fitting}
    latest_speaker = next((a.entity for q, a in zip(reversed(att.quotes[:idx]), reversed(att.results[:idx]))
                           if q.depth == 0 and a.entity in fits), None)
    answerer = att._answerer(pronoun)
    protagonist = _protagonist(att, pronoun.start)
    for e, f in rows:
        f["latest_fitting"] = float(e == latest)
        f["latest_fitting_subject"] = float(e == latest_subject)
        f["latest_fitting_speaker"] = float(e == latest_speaker)
        f["answers_question"] = float(e == answerer)
        f["call_protagonist"] = float(e == protagonist)
        f["cascade"] = float(e == cascade)
        f[f"cascade_by_{step}"] = float(e == cascade)
    return rows


def _protagonist(att: Attributor, pos: int) -> int | None:
    """The entity of the soldier who opened the call that pos is in."""
    mention = att._call_protagonist(pos)
    return att.resolve(mention) if mention is not None else None


def score(feats: dict[str, float], weights: dict[str, float]) -> float:
    """The model's score: a weighted sum of the features that are on, in the fixed order features()
    writes them (the same float bytes on every run)."""
    return sum([weights.get(k, 0.0) * v for k, v in feats.items() if v])  # (a list: no generator resumed per term)


def rank(att: Attributor, idx: int, pronoun: Mention, fallback: int | None, step: str | None,
         weights: dict[str, float] = WEIGHTS) -> int | None:
    """The best-scoring candidate for the pronoun; the cascade's answer (`fallback`) when the
    article names nobody before it. Ties go to the earliest entity."""
    return best_candidate(candidate_features(att, idx, pronoun, fallback, step), fallback, weights)


def best_candidate(rows: list[tuple[int, dict[str, float]]], fallback: int | None,
                   weights: dict[str, float]) -> int | None:
    """The entity with the highest score, the first (earliest entity) on a tie; `fallback` when there
    are no candidates."""
    best, best_score = fallback, None
    for entity, feats in rows:
        s = score(feats, weights)
        if best_score is None or s > best_score:
            best, best_score = entity, s
    return best


# ---- unattributed turns ------------------------------------------------------------------------
# A quote paragraph with no cue: the cascade (Attributor._unattributed_paragraph) gives it to the last
# speaker going on ("previous_speaker") or to the other participant of a dialogue ("dialogue_turn").
TURN_METHODS = ("previous_speaker", "dialogue_turn")
# Where the ranker decides: the last speaker going on. Cross-validated by set on the tuned gold sets,
# it is right for 117 of 180 such quotes, the cascade for 99; on dialogue turns it is no better than
# the cascade (491 each of 596), which keeps them (benchmarks/train_speaker_ranker.py prints these).
RANKED_TURN_METHODS = frozenset({"previous_speaker"})
# people further back than this many paragraphs, who have not spoken in the last quotes, are not candidates
_TURN_PARAGRAPHS = 3
_TURN_QUOTES = 4


def turn_candidate_features(att: Attributor, idx: int, cascade: int | None,
                            method: str) -> list[tuple[int, dict[str, float]]]:
    """Features of each person who may speak the unattributed quote `idx`: those who spoke one of
    the last few quotes or were mentioned in the last few paragraphs of narration."""
    q = att.quotes[idx]
    anchor = _Anchor(q.open_pos)
    ctx = _context(att, idx, anchor)
    recent = set(ctx.speakers[-_TURN_QUOTES:])
    lo = att.paragraphs[max(ctx.paragraph - _TURN_PARAGRAPHS, 0)][0]
    found = [(e, ms) for e, ms in candidates(att, anchor) if e in recent or ms[-1].start >= lo]
    addressed = att._addressed(q)
    words = att.text[q.start:q.end].rstrip()
    previous = next((p for p in reversed(att.quotes[:idx]) if p.depth == 0 and p.close_end <= q.open_pos), None)
    previous_asks = previous is not None and att.text[previous.start:previous.end].rstrip().endswith("?")
    protagonist = _protagonist(att, q.open_pos)
    rows = []
    for e, ms in found:
        entity = att.entities[e]
        last = ms[-1]
        sentence, paragraph, subject, after_preposition, spoken_to, in_headline = _facts(att, last)
        f: dict[str, float] = {}
        f["spoke_previous_quote"] = float(bool(ctx.speakers) and ctx.speakers[-1] == e)
        f["spoke_quote_before_previous"] = float(len(ctx.speakers) > 1 and ctx.speakers[-2] == e)
        f["turn_returns"] = float(len(ctx.speakers) > 1 and ctx.speakers[-2] == e != ctx.speakers[-1])
        f["quotes_spoken"] = math.log1p(ctx.speakers.count(e))
        f["spoke_recently"] = float(e in recent)
        f["addressed_in_quote"] = float(e in addressed)  # "Mum, ...", "Vika, ...": not the speaker
        f["answers_question"] = float(previous_asks and bool(ctx.speakers) and ctx.speakers[-1] != e)
        f["asks_after_speaking"] = float(words.endswith("?") and bool(ctx.speakers) and ctx.speakers[-1] == e)
        f["subject_since_last_quote"] = float(any(m.start >= ctx.last_quote_end and _facts(att, m)[2] for m in ms))
        f["mentioned_since_last_quote"] = float(last.start >= ctx.last_quote_end)
        f["last_mention_addressed"] = float(spoken_to)
        f["last_mention_after_preposition"] = float(after_preposition)
        paragraphs_back = ctx.paragraph - paragraph
        f["same_paragraph"] = float(paragraphs_back == 0)
        f["previous_paragraph"] = float(paragraphs_back == 1)
        f["characters_back"] = math.log1p(max(q.open_pos - last.end, 0) / 100)
        f["mentioned_in_this_call"] = float(last.start >= ctx.call_start)
        f["call_protagonist"] = float(e == protagonist)
        f["private_person"] = float(att._private(e))
        f["named"] = float(entity.name is not None or entity.first.kind == "name")
        f["plural"] = float(entity.plural)
        for role, name, _ in _ROLE_NAMES["he"]:  # (the names without a pronoun)
            f[name] = float(entity.role == role)
        f["cascade"] = float(e == cascade)
        f[f"cascade_by_{method}"] = float(e == cascade)
        rows.append((e, f))
    return rows


@dataclass(frozen=True)
class _Anchor:
    """Where an unattributed quote opens, standing in for a pronoun's position."""
    start: int


def rank_turn(att: Attributor, idx: int, fallback: int | None, method: str,
              weights: dict[str, float] = TURN_WEIGHTS) -> int | None:
    """The best-scoring person for an unattributed quote; the cascade's answer when nobody is near."""
    return best_candidate(turn_candidate_features(att, idx, fallback, method), fallback, weights)

