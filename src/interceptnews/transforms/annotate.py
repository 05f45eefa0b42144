"""Annotate one clean article: quotes with speakers, calls, content flags."""
from __future__ import annotations

import bisect
import gc
import hashlib
import re
from contextlib import contextmanager

from ..params import AnnotateParams
from .attribution import Attributor
from .calls import call_at, find_calls, released_by, reports_intercept
from .flags import content_flags, flags_within
from .mentions import APPOSITIVE
from .quotes import QuoteSpan, find_quotes
from .speaker_confidence import confidence_features, probability

NOT_CALL_ROLES = {"official", "intelligence_agency", "journalist", "other"}
# The released intercepts are of the Russian side; a Ukrainian soldier or unit quoted in the story comments on them.
_UKRAINIAN_SIDE = re.compile(r"\bUkrain(?:ian|e['’]s)\b")


def quote_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


# The reporter's own conversation with a participant: outside the intercepted call.
_INTERVIEW = re.compile(r"\b(?:reached by (?:tele)?phone|in an interview|in a (?:telephone|phone) interview|"
                        r"(?:told|speaking to|spoke to|said to) (?:reporters|journalists|us|this (?:newspaper|reporter)|"
                        r"the [A-Z][\w.]+|[A-Z][\w.]+)|confirmed to (?:us|the [A-Z][\w.]+|[A-Z][\w.]+))")


# Words that every match of _INTERVIEW holds: looked for first, as the pattern, which begins with \b,
# is tried at every position of the quote's sentences
_INTERVIEW_WORDS = ("reached by ", "interview", "told ", "speaking to ", "spoke to ", "said to ", "confirmed to ")


def _interviewed(masked: str, lo: int, hi: int) -> bool:
    window = masked[lo:hi]
    return any(map(window.__contains__, _INTERVIEW_WORDS)) and _INTERVIEW.search(masked, lo, hi) is not None


# The reporter reaching a participant after the call; the call itself told again.
_INTERVIEW_INTRO = re.compile(r"\b(?:reached|spoke (?:by (?:tele)?phone )?(?:to|with)|(?:phone|telephone|brief) interview|interviewed|"
                              r"in an interview|confirmed to)\b", re.IGNORECASE)
_CALL_NARRATION = re.compile(r"(?:^|[.!?”\"]\s+|\n)(?:In|On|During|Later in|Elsewhere in|Back in) the (?:call|recording|conversation|intercept|tape)\b|"
                             r"\b[Ii]n the (?:first|second|third|next|last|other) call\b|\bthe (?:call|recording) (?:continues|ends)\b")
_PAST_CUES = {"said", "told", "added", "recalled", "explained", "wrote", "confirmed", "remembered", "insisted"}
# Words that every match of _INTERVIEW_INTRO holds, looked for first in the lower-cased window (the
# pattern begins with \b and is tried at every position); characters that IGNORECASE takes for an
# ASCII letter ('ſ' for s, 'K' for k, 'ı' and 'İ' for i) send a window to the pattern itself.
_INTERVIEW_INTRO_WORDS = ("reached", "spoke ", "interview", "confirmed to")
_CASE_FOLDS = "\u017f\u0130\u0131\u212a"


def _may_hold_interview_intro(window: str) -> bool:
    if not window.isascii() and any(ch in window for ch in _CASE_FOLDS):
        return True
    lower = window.lower()
    return any(map(lower.__contains__, _INTERVIEW_INTRO_WORDS))


def _after_interview(masked: str, q: QuoteSpan, att, attributor: Attributor, interviewed: set[int]) -> bool:
    """A quote in the past tense ("she said") within three paragraphs after the reporter reached the
    speaker ("BBC Russian spoke by phone to a woman who said she was the marine's mother"), with no
    return to the call in between. A continuation of such a quote shares its verdict."""
    if att.cue is None or att.method in ("interrupted", "previous_speaker", "same_sentence"):
        return att.entity in interviewed and att.method in ("interrupted", "previous_speaker", "same_sentence")
    if masked[att.cue[0]:att.cue[1]].lower() not in _PAST_CUES:
        return False
    p = attributor._paragraph_of(q.open_pos)
    lo = attributor.paragraphs[max(0, p - 3)][0]
    intro = None
    if _may_hold_interview_intro(masked[lo:q.open_pos]):
        for intro in _INTERVIEW_INTRO.finditer(masked, lo, q.open_pos):
            pass
    return intro is not None and not _CALL_NARRATION.search(masked, intro.end(), q.open_pos)


def _opens_later_call(calls, pos: int, entity: int, call_id: str, call_ids: dict, attributor: Attributor) -> bool:
    """The call at `pos` is a later one that this participant takes part in: the paragraph that
    opens it names him ("In the second call, made the same evening, Lozhkin tells his wife")."""
    c = call_at(calls, pos)
    if c is None or call_ids[c.number] == call_id:
        return False
    p_end = attributor.paragraphs[attributor._paragraph_of(c.start)][1]
    return any(m.kind != "pronoun" and attributor._entity_of_prior_mention(m) == entity
               for m in attributor.mentions[bisect.bisect_left(attributor.mention_starts, c.start):]
               if m.start < p_end)


def _in_call_sentence(calls, pos: int, attributor: Attributor) -> bool:
    return any(c.start <= pos < attributor._sentence_end(c.mention[1]) for c in calls)


# A call's two sides in the reporter's words: "Vadim tells his girlfriend", "Kostin tells Galina".
_TALK_VERBS = r"(?:tells|told|asks|asked|begs|begged|urges|urged|phones|phoned|rings|rang|calls|called|reassures|reassured|warns|warned|" \
              r"complains to|complained to|speaks to|spoke to|talks to|talked to|says to|said to|pleads with|pleaded with)"
_CALLER_AFTER = re.compile(rf"(?:,\s[^,.;:\n]{{1,60}}){{0,2}},?\s+(?:\w+ly\s+|also\s+|then\s+)?{_TALK_VERBS}\s+(?:his|her|their|[A-Z][a-z]+\b)")
_CALLED_BEFORE = re.compile(rf"\b{_TALK_VERBS}\s+(?:his\s+\w+\s+)?$")


def _descriptions(canonical, masked: str) -> str:
    """What the text says a speaker is: the canonical mention and, after a name, the first words of
    its appositive ("Natalia Humeniuk, spokeswoman for Ukraine's Southern Defence Forces,"); not
    places further on ("Artyom, a soldier fighting near the eastern Ukrainian town of ...")."""
    appositive = APPOSITIVE.match(masked, canonical.end) if canonical.kind == "name" else None
    return canonical.text + (" " + " ".join(appositive.group(0).split()[:4]) if appositive else "")


def _ukrainian_side(canonical, masked: str, memo: dict) -> bool:
    """_UKRAINIAN_SIDE in the speaker's description, once per canonical mention of an article (a speaker
    of many quotes is described by the same words; the appositive's pattern walks its characters).
    Keyed by the mention itself, not the entity, as an entity's canonical mention can change."""
    found = memo.get(canonical)
    if found is None:
        found = memo[canonical] = _UKRAINIAN_SIDE.search(_descriptions(canonical, masked)) is not None
    return found


def _infer_call_roles(rows: list[dict], results: list, attributor: Attributor) -> None:
    """A participant of an intercepted call whom the text gives no role ('Vadim says', 'a man the SBU
    identified as Maxim Lopatin'): the one who talks to someone in the reporter's words ("Vadim
    tells his girlfriend") is the soldier, the one talked to ("Kostin tells Galina") his relative.
    The whole entity takes the role, in every row; without such a sentence the role stays."""
    masked = attributor.masked
    mentions_of: dict[int, list[tuple[int, int]]] = {}
    for key, entity in attributor.mention_entity.items():
        if entity is not None:
            mentions_of.setdefault(entity, []).append(key)
    inferred: dict[int, str] = {}
    for row, att in zip(rows, results):
        if row["call_id"] is None or att.entity is None or row["nesting_depth"] or att.entity in inferred:
            continue
        e = attributor.entities[att.entity]
        if not (e.role == "unknown" or e.role == "civilian" and e.first.head in ("man", "woman", "person")):
            continue
        spans = sorted(set(mentions_of.get(att.entity, [])) | {(e.first.start, e.first.end)}
                       | ({(e.name.start, e.name.end)} if e.name else set()))
        if e.canonical.kind == "name":  # every occurrence of the name: "Kostin ... tells Galina"
            last = e.canonical.text.split()[-1]
            word = re.escape(last)
            # rf"\b{word}\b", with the \b before a word character written as a look-behind after the
            # word (no word character before it): the regex engine searches for a pattern's literal
            # prefix, but tries one begun by \b at every position of the article (the same matches)
            pattern = rf"{word}(?<!\w{word})\b" if re.match(r"\w", last) else rf"\b{word}\b"
            spans += [(m.start(), m.end()) for m in re.finditer(pattern, masked)]
        if any(_CALLER_AFTER.match(masked, end) for _, end in spans):
            inferred[att.entity] = "soldier"
        elif any(_CALLED_BEFORE.search(masked, max(0, start - 40), start) for start, _ in spans):
            inferred[att.entity] = "relative"
    # Without such a sentence, the other side of a call says it: the unknown one talking with a relative
    # is the soldier; a woman talking with the soldier is his relative
    in_dialogue = {att.entity for att in results if att.method == "dialogue_turn"}
    by_call: dict[str, set[int]] = {}
    for row, att in zip(rows, results):
        if row["call_id"] is not None and att.entity is not None and not row["nesting_depth"]:
            by_call.setdefault(row["call_id"], set()).add(att.entity)
    for members in by_call.values():
        roles = {attributor.entities[x].role for x in members}
        for x in sorted(members):
            e = attributor.entities[x]
            if e.role == "relative" and e.first.head in ("son", "husband", "boyfriend", "fiancé", "fiance") \
                    and "soldier" not in roles and x not in inferred \
                    and any(attributor.entities[o].role == "relative" and attributor.entities[o].gender == "f"
                            for o in members if o != x):
                inferred[x] = "soldier"  # "her son" talking with his mother on the call is the soldier
                continue
            if x in inferred or e.role != "unknown" or e.plural or x not in in_dialogue:
                continue  # (only a participant the turns of the dialogue show)
            if "relative" in roles and "soldier" not in roles:
                inferred[x] = "soldier"
            elif "soldier" in roles and e.gender == "f":
                inferred[x] = "relative"
    for entity, role in inferred.items():
        attributor.entities[entity].role = role
    # Someone the text never ties to a call (no role word, no talk with a relative, never a turn of
    # a dialogue) is not taken for a participant: a named translator or intercept operator quoted
    # near the call's description speaks to the reporter.
    for row, att in zip(rows, results):
        if att.entity in inferred:
            row["speaker_role"] = inferred[att.entity]
        elif row["call_id"] is not None and not row["nesting_depth"] and att.entity is not None \
                and attributor.entities[att.entity].role == "unknown" and att.entity not in in_dialogue:
            row["call_id"] = None


def _quote_type(text: str, q: QuoteSpan, starts_sentence: bool) -> str:
    """'full': the quote is a clause of its own; 'fragment': words embedded in the reporter's sentence."""
    first = text[q.start:q.end].lstrip()[:1]
    if q.depth == 0 and (first.islower() or not starts_sentence and len(text[q.start:q.end].split()) <= 4):
        return "fragment"
    return "full"


@contextmanager
def _cyclic_gc_paused():
    """Annotating an article allocates tens of thousands of short-lived tuples (tokens, mentions),
    and the cyclic collector, run every 700 allocations, scans them and everything the process
    holds: a few percent of the time. It is paused for one article and resumed after (its
    allocation count keeps running, so the next allocation collects any cycles left), so memory
    stays bounded by one article. Annotations do not depend on it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def annotate_article(article_id: str, text: str, paragraphs: list[dict], params: AnnotateParams,
                     pipeline_version: str, confidence_rows: list | None = None) -> tuple[dict, list[dict]]:
    """The article's annotation columns and its quote rows. `confidence_rows`: a list that collects each
    quote's speaker-confidence features (benchmarks/train_speaker_confidence.py)."""
    with _cyclic_gc_paused():
        return _annotate_article(article_id, text, paragraphs, params, pipeline_version, confidence_rows)


def attribute_quotes(text: str, paragraphs: list[dict], params: AnnotateParams, pronoun_decisions: list | None = None,
                     turn_decisions: list | None = None):
    """The quotes of a cleaned article, the attributor that resolved their speakers (its entities
    included), one attribution per quote, and the calls: what the quote rows are built from, and
    what benchmarks/speaker_ceiling.py inspects. `pronoun_decisions`, `turn_decisions`: lists that
    collect the speaker rankers' decisions (benchmarks/train_speaker_ranker.py)."""
    spans = [(p["start"], p["end"]) for p in paragraphs]
    quotes = find_quotes(text, spans)
    attributor = Attributor(text, spans, quotes, params.max_attribution_words, params.previous_speaker_max_paragraphs,
                            params.rank_pronoun_speakers, params.rank_turn_speakers)
    attributor.pronoun_decisions = pronoun_decisions
    attributor.turn_decisions = turn_decisions
    calls = find_calls(attributor.masked, attributor._sentence_start, attributor._sentence_end,
                       attributor.caller_introductions(), tuple(q.open_pos for q in quotes if q.depth == 0))
    attributor.call_starts = [c.start for c in calls]
    return quotes, attributor, attributor.attribute_all(), calls


def _annotate_article(article_id: str, text: str, paragraphs: list[dict], params: AnnotateParams,
                      pipeline_version: str, confidence_rows: list | None) -> tuple[dict, list[dict]]:
    quotes, attributor, results, calls = attribute_quotes(text, paragraphs, params)
    masked = attributor.masked
    call_ids = {c.number: f"{article_id}-call{c.number}" for c in calls}
    # people named in the text, for the personal-data flags: every occurrence of a named speaker
    named = sorted({(e.canonical.start, e.canonical.end) for e in attributor.entities if e.canonical.kind == "name"}
                   | {(a.mention.start, a.mention.end) for a in results if a.mention and a.mention.kind == "name"})
    flags = content_flags(text, params.slur_lexicon, params.profanity_lexicon, tuple(named))
    ids = [quote_id(article_id, q.start, q.end) for q in quotes]

    rows: list[dict] = []
    call_of_entity: dict[int, str] = {}
    interviewed: set[int] = set()  # entities whose last quote was the reporter's interview
    ukrainian: dict = {}  # _ukrainian_side's memo, by canonical mention
    for i, (q, att) in enumerate(zip(quotes, results)):
        entity = attributor.entities[att.entity] if att.entity is not None else None
        role = entity.role if entity else "unknown"
        if q.depth:
            call = rows[q.parent]["call_id"]
        elif entity is None or role in NOT_CALL_ROLES or _ukrainian_side(entity.canonical, masked, ukrainian) \
                and not _in_call_sentence(calls, q.start, attributor):
            # nobody, an official or analyst, or the Ukrainian side commenting: not a call participant.
            # Words the call itself reports ("a soldier reveals Ukrainian troops are telling them: ...")
            # stay with the call whose sentence carries them.
            call = None
        elif _interviewed(masked, attributor._sentence_start(attributor._sentence_start(q.open_pos) - 1),
                          attributor._sentence_end(q.close_end)):
            call = None  # 'Reached by phone on Friday, his mother said ...': the reporter's interview, not the call
        elif att.entity is not None and _after_interview(masked, q, att, attributor, interviewed):
            call = None  # 'BBC Russian spoke by phone to a woman ... "...," she said.': the interview, not the call
            interviewed.add(att.entity)
        elif att.entity in call_of_entity and not _opens_later_call(calls, q.start, att.entity, call_of_entity[att.entity],
                                                                    call_ids, attributor):
            call = call_of_entity[att.entity]  # a participant stays in his call ("The soldier in the first call ... also told")
        else:
            c = call_at(calls, q.start) or (calls[0] if calls else None)  # the headline and lede quote the first call
            call = call_ids[c.number] if c else None
        if call is not None and att.entity is not None and not q.depth:
            call_of_entity.setdefault(att.entity, call)
        mention = att.mention
        opener_pos = q.open_pos
        before = masked[attributor._sentence_start(opener_pos):opener_pos].strip()
        rows.append({
            "quote_id": ids[i], "article_id": article_id, "start": q.start, "end": q.end,
            "text": text[q.start:q.end],
            "utterance": " ".join(text[s:e].strip() for s, e in q.segments),
            "open_mark": q.open_mark, "close_mark": q.close_mark,
            "segments": [{"start": s, "end": e} for s, e in q.segments],
            "paragraph_index": q.paragraph_index, "paragraph_end_index": q.paragraph_end_index,
            "spans_paragraphs": q.paragraph_end_index > q.paragraph_index, "unclosed": q.unclosed,
            "quote_type": _quote_type(text, q, before == "" or before.endswith(":")),
            "nesting_depth": q.depth, "parent_quote_id": ids[q.parent] if q.parent is not None else None,
            "speaker_mention": text[mention.start:mention.end] if mention else None,
            "speaker_mention_start": mention.start if mention else None,
            "speaker_mention_end": mention.end if mention else None,
            "speaker": text[entity.canonical.start:entity.canonical.end] if entity else None,
            "speaker_start": entity.canonical.start if entity else None,
            "speaker_end": entity.canonical.end if entity else None,
            "speaker_role": role, "attribution_method": att.method,
            "speaker_chosen_by": "ranker" if att.ranked else "rules",
            "speaker_confidence": None,  # (once roles and calls are final, below)
            "cue": text[att.cue[0]:att.cue[1]] if att.cue else None,
            "cue_start": att.cue[0] if att.cue else None, "cue_end": att.cue[1] if att.cue else None,
            "call_id": call, "flags": flags_within(flags, q.start, q.end), "pipeline_version": pipeline_version,
        })

    _infer_call_roles(rows, results, attributor)
    features = confidence_features(rows, results, attributor)
    for row, feats in zip(rows, features):
        row["speaker_confidence"] = probability(feats) if feats is not None else None
    if confidence_rows is not None:
        confidence_rows.extend(features)
    agency = released_by(attributor.mentions, masked, calls)
    kinds = {f["kind"] for f in flags}
    article = {
        "quote_count": len(rows), "content_flags": flags,
        "has_censored_profanity": "censored_profanity" in kinds, "has_profanity": "profanity" in kinds,
        "has_slur": "slur" in kinds, "has_editorial_insertion": "editorial_insertion" in kinds,
        "has_personal_data": bool(kinds & {"person_name", "phone_number"}),
        "reports_intercept": reports_intercept(masked, calls),
        "intercept_released_by": agency.text if agency else None,
        "calls": [{"call_id": call_ids[c.number], "start": c.mention[0], "end": c.mention[1],
                   "mention": text[c.mention[0]:c.mention[1]]} for c in calls],
    }
    return article, rows
