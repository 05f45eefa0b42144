"""Does an article report an intercepted communication, who released it, and where each call begins.

A call is opened by the first qualifying mention ("an intercepted phone call", "a leaked
conversation") and by each later one marked as new ("another intercepted call", "a second
call"). Plain later mentions ("the call also reveals") continue the current call.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .mentions import Mention

_NEW = r"another|second|third|fourth|fifth|separate|different|new|earlier|later|other|previous|latest|further|same"
# A call is a noun phrase: a determiner, up to three modifiers, a call noun ("the chilling call",
# "another intercepted phone call"). The determiner keeps the verb "call" out ("I call", "calls him").
# (The look-ahead for a determiner's first letter: under IGNORECASE the regex engine cannot skip an
# alternative by its first letter, and tried all 20 at each word boundary; the class is the same test
# of the same letters, so the matches are the same.)
CALL_MENTION = re.compile(
    r"\b(?=[adfhimost\d])(?P<det>an?|the|this|that|another|one|its|their|his|her|two|three|four|five|six|several|many|some|\d+|"
    r"(?:dozens|hundreds|thousands)\s+of)\s+"
    r"(?P<mods>(?:(?!(?:an?|the|this|that|another)\b)[\w’'-]+\s+){0,3}?)"
    r"(?P<noun>(?:phone\s+|telephone\s+|radio\s+)?(?:calls?|conversations?|intercepts?|recordings?|exchanges?|tapes?))\b",
    re.IGNORECASE,
)
# CALL_MENTION for the lower-cased text, case-sensitive and begun by the class of its determiners'
# first characters, the \b and each determiner's first letter as look-behinds (the same trick as
# BARE_PLURAL's): the regex engine skips ahead to a character of a pattern's leading class (which
# IGNORECASE prevents), where it tried CALL_MENTION at every position. (The determiners' order
# differs from CALL_MENTION's in nothing that matters: at most one of them is followed by a space.)
# Where the lower-cased text has the same length and none of _CASE_FOLDS, its matches have the
# spans of CALL_MENTION's in the text (an ASCII letter of the pattern matches a character under
# IGNORECASE exactly when the character's lower case is that letter); each is matched again by
# CALL_MENTION at its start, for the groups as written.
_CALL_MENTION_LOWER = re.compile(
    r"[adfhimost\d](?<!\w[adfhimost\d])(?:(?<=a)n?|(?<=t)he|(?<=t)his|(?<=t)hat|(?<=a)nother|(?<=o)ne|(?<=i)ts|(?<=t)heir|(?<=h)is|"
    r"(?<=h)er|(?<=t)wo|(?<=t)hree|(?<=f)our|(?<=f)ive|(?<=s)ix|(?<=s)everal|(?<=m)any|(?<=s)ome|(?<=\d)\d*|"
    r"(?<=d)ozens\s+of|(?<=h)undreds\s+of|(?<=t)housands\s+of)\s+"
    r"(?:(?!(?:an?|the|this|that|another)\b)[\w’'-]+\s+){0,3}?"
    r"(?:phone\s+|telephone\s+|radio\s+)?(?:calls?|conversations?|intercepts?|recordings?|exchanges?|tapes?)\b"
)
# The call nouns alone, looked for in the lower-cased text: a call mention ends with one, so
# CALL_MENTION is tried only just before them. A match is a whole word, "call(s)", "conversation(s)",
# "intercept(s)", "recording(s)", "exchange(s)" or "tape(s)", found by one pattern per noun begun
# by the whole word (the regex engine jumps to a pattern's literal prefix, but tries one begun by \b
# at every position, and one begun by a character class at every character of that class); the
# look-behind after the word is the \b before it. Whole words do not overlap, so the six patterns'
# matches, sorted, are those of the one pattern
# (?:c(?<!\wc)(?:all|onversation)|i(?<!\wi)ntercept|r(?<!\wr)ecording|e(?<!\we)xchange|t(?<!\wt)ape)s?\b.
# (The same look-behind trick in BARE_PLURAL and ELLIPTIC_ORDINAL.)
_CALL_NOUNS = tuple(re.compile(rf"{word}(?<!\w{word})s?\b")
                    for word in ("call", "conversation", "intercept", "recording", "exchange", "tape"))
# Each pattern's matches are found by str.find of its word (a C-level search many times faster than
# the regex engine's scan for a literal prefix) and a match at each place the word occurs: the scan
# would try the pattern exactly there, and no match holds a second occurrence of its word (none of
# the words holds its own first letter again, past the start), so no occurrence is skipped.
_CALL_NOUN_WORDS = tuple((pattern.pattern.split("(")[0], pattern) for pattern in _CALL_NOUNS)
# Characters that IGNORECASE matches to an ASCII letter of the call words ('ſ' is 's'): a text with one
# is scanned whole, so that the look-up on the lower-cased text cannot miss a mention.
_CASE_FOLDS = "\u017f\u0130\u0131\u212a"
# A call mention spans at most six whitespace-separated chunks before its noun: a two-word
# determiner ("dozens of"), three modifiers and "phone"; one more is kept as a margin.
_CHUNKS_BEFORE_NOUN = 7
QUALIFIER = re.compile(r"\b(intercept\w*|leak\w*|record\w*|tapp\w*|bugg\w*|phone|telephone|radio|audio)\b", re.IGNORECASE)
RELEASE_CONTEXT = re.compile(r"\b(intercept\w*|releas\w*|leak\w*|publish\w*|post(?:ed|s)\b|obtain\w*|caught on tape|record\w*)",
                             re.IGNORECASE)
NEW_CALL = re.compile(rf"\b(?:{_NEW})\b", re.IGNORECASE)
BARE_PLURAL = re.compile(r"[IiLlRrTtBb](?<!\w[IiLlRrTtBb])(?:(?<=[Ii])ntercepted|(?<=[Ll])eaked|(?<=[Rr])ecorded|(?<=[Tt])apped|(?<=[Bb])ugged)"
                         r"\s+(?:phone\s+|telephone\s+|radio\s+)?"
                         r"(?:calls|conversations|recordings)\b")
# Words that every match of BARE_PLURAL holds (it is case-sensitive after its first letter), looked
# for first: the pattern, begun by a class of common letters, is tried at most positions of the text
_BARE_PLURAL_NOUNS = ("calls", "conversations", "recordings")
_BARE_PLURAL_PARTICIPLES = ("ntercepted", "eaked", "ecorded", "apped", "ugged")
ELLIPTIC_ORDINAL = re.compile(r"(?:I(?<!\wI)n|D(?<!\wD)uring|O(?<!\wO)n)\s+the\s+(first|second|third|fourth|fifth|last|final|next|latter)(?:\s+one)?\s*,")
INTERCEPT_WORD = re.compile(r"\bintercept(?:ed|s|ion|ions)?\b", re.IGNORECASE)


def call_mentions(masked: str):
    """The matches of CALL_MENTION.finditer(masked), found by scanning only the words before each
    call noun: trying the determiner alternation at every word of the article was a tenth of the
    annotation time. A window reaches 60 characters back, or 200, or to the text's start, until it
    holds more words than a mention has (a masked quote is one long word); overlapping
    windows are merged, so the matches are exactly those of the full scan."""
    lower = masked.lower()
    if len(lower) != len(masked) or not masked.isascii() and any(ch in masked for ch in _CASE_FOLDS):
        yield from CALL_MENTION.finditer(masked)
        return
    windows: list[tuple[int, int]] = []
    nouns = []
    for word, pattern in _CALL_NOUN_WORDS:
        i = lower.find(word)
        while i != -1:
            m = pattern.match(lower, i)
            if m is not None:
                nouns.append(m.span())
            i = lower.find(word, i + 1)
    nouns.sort()
    for noun_start, noun_end in nouns:
        for reach in (60, 200, noun_start):
            start = max(0, noun_start - reach)
            if not start or len(masked[start:noun_start].split()) > _CHUNKS_BEFORE_NOUN:
                break  # the first chunk may be cut by start; the 7 after it are whole
        windows.append((start, noun_end))
        while len(windows) > 1 and windows[-1][0] <= windows[-2][1]:  # overlapping (one may reach back to 0)
            last = windows.pop()
            windows[-1] = (min(windows[-1][0], last[0]), max(windows[-1][1], last[1]))
    for lo, hi in windows:
        for m in _CALL_MENTION_LOWER.finditer(lower, lo, hi):
            yield CALL_MENTION.match(masked, m.start(), hi)


@dataclass(frozen=True)
class Call:
    number: int
    start: int     # start of the sentence that introduces the call
    mention: tuple[int, int]


def find_calls(masked: str, sentence_start_of, sentence_end_of, introductions: tuple[tuple[int, int], ...] = (),
               quote_starts: tuple[int, ...] = ()) -> list[Call]:
    """Calls in order. A singular call mention opens a call when it is qualified ("intercepted
    call", "phone call") or its sentence speaks of interception or release; later it opens a new
    call only when marked as new ("another call"). Plural mentions are generic ("the calls it
    publishes") and open a call only in an article with no singular mention.

    In an article that reports several calls (a qualified plural, or a call marked as new), a
    sentence that introduces a new caller ("In the first, a Russian soldier asks his father ...",
    "One paratrooper told his brother, ...") opens a call too: `introductions` are the spans of
    those callers (found by attribution), and the caller is the call's recorded mention."""
    openers: list[tuple[int, tuple[int, int], bool]] = []  # (sentence start, mention, marked as new)
    plural_candidates: list[re.Match] = []
    several = False
    speaks_of_intercepts = bool(INTERCEPT_WORD.search(masked))  # once, not per call mention
    for m in call_mentions(masked):
        noun = m.group("noun").lower().split()[-1]
        sentence = masked[sentence_start_of(m.start()):sentence_end_of(m.end())]
        # in an article that speaks of intercepts anywhere, "The call lasts four minutes" needs no qualifier
        # (the two flags first: most articles speak of intercepts, and then neither pattern is tried)
        qualified = speaks_of_intercepts or bool(plural_candidates) or bool(QUALIFIER.search(m.group("mods") + m.group("noun"))) \
            or bool(RELEASE_CONTEXT.search(sentence))
        if noun.endswith("s"):
            if qualified:
                plural_candidates.append(m)
                several = True
            continue
        is_new = m.group("det").lower() == "another" or bool(NEW_CALL.search(m.group("mods"))) and "same" not in m.group("mods").lower()
        # "Two days later the SBU posted a call from ...": in an article about several calls, a call
        # released with an indefinite article after the last call has been quoted is one more
        last_opened = max([o[0] for o in openers] + [span[0] for span in introductions if span[0] < m.start()], default=None)
        if not is_new and several and last_opened is not None and m.group("det").lower() in ("a", "an") \
                and RELEASE_CONTEXT.search(sentence) and any(last_opened < q < m.start() for q in quote_starts):
            is_new = True
            if not openers:  # the earlier call was opened by its caller; keep this one from becoming call 1
                openers.append((sentence_start_of(m.start()), (m.start(), m.end()), True))
                continue
        several = several or is_new
        if (not openers and qualified) or (openers and is_new):
            openers.append((sentence_start_of(m.start()), (m.start(), m.end()), is_new))
    # "has published intercepted calls of Russian soldiers": a plural without a determiner
    bare_plural = BARE_PLURAL.search(masked) if not plural_candidates and any(map(masked.__contains__, _BARE_PLURAL_NOUNS)) \
        and any(map(masked.__contains__, _BARE_PLURAL_PARTICIPLES)) else None
    if bare_plural and (not openers or bare_plural.start() < openers[0][1][0]):
        plural_candidates.append(bare_plural)
        several = True
    if not openers and plural_candidates:
        m = plural_candidates[0]
        openers.append((sentence_start_of(m.start()), (m.start(), m.end()), False))
    if several:
        # "In the second, a soldier the SBU identified as ...": an ordinal standing for the calls
        # just mentioned opens the next one
        for m in ELLIPTIC_ORDINAL.finditer(masked):
            start = sentence_start_of(m.start())
            if start != m.start() or any(o[0] == start for o in openers):
                continue
            if m.group(1).lower() == "first":
                if not any(o[0] < start for o in openers):
                    openers.append((start, (m.start(1), m.end(1)), False))
                continue
            openers.append((start, (m.start(1), m.end(1)), True))
        openers.sort()
    if not several:
        return [Call(n, start, mention) for n, (start, mention, _) in enumerate(openers, start=1)]
    # Merge explicit openers and callers in text order. A caller opens a new call only when the
    # current call already has one; an unmarked call mention after a caller ("the agency
    # intercepted the call") is that caller's call.
    events = sorted([(start, 0, span, new) for start, span, new in openers]
                    + [(sentence_start_of(span[0]), 1, span, False) for span in introductions])
    calls: list[Call] = []
    has_caller = False
    for start, is_caller, span, new in events:
        if is_caller:
            if calls and not has_caller:
                has_caller = True
                continue
            calls.append(Call(len(calls) + 1, start, span))
            has_caller = True
        elif not calls or new:
            calls.append(Call(len(calls) + 1, start, span))
            has_caller = False
    return calls


def reports_intercept(masked: str, calls: list[Call]) -> bool:
    return bool(calls) or bool(INTERCEPT_WORD.search(masked))


def released_by(mentions: list[Mention], masked: str, calls: list[Call]) -> Mention | None:
    """The first intelligence agency named outside the quotes of an article that reports an intercept."""
    if not reports_intercept(masked, calls):
        return None
    agencies = [m for m in mentions if m.role == "intelligence_agency"]
    # one named service ("Ukraine's military intelligence agency") before a generic plural
    # ("Ukraine's intelligence agencies") or a definite back-reference ("the agency")
    # "the Security Service of Ukraine" is a proper name despite its article
    named = [m for m in agencies if (m.kind != "definite" or sum(w[:1].isupper() for w in m.text.split()) >= 2)
             and not m.plural]
    return (named or [m for m in agencies if m.kind != "definite"] or agencies or [None])[0]


def call_at(calls: list[Call], pos: int) -> Call | None:
    current = None
    for c in calls:
        if c.start <= pos:
            current = c
    return current
