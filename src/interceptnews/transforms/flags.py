"""Content flags with offsets: censored profanity, profanity, slurs, editorial insertions."""
from __future__ import annotations

import re
import string
from functools import lru_cache
from itertools import compress

# b*tch, f**ked, sh*t (letters on both sides) or f***, s** (one or two letters, then 2+ marks);
# a lone trailing asterisk (a footnote) or 5*3 is not a censored word.
_CENSORED = re.compile(r"(?<![\w*])(?:[A-Za-z]+[*#@]+[A-Za-z]+|[A-Za-z]{1,2}[*#@]{2,}[A-Za-z]*)(?![\w*])|(?<!\w)[A-Za-z]-{2,}(?!\w)")
_DIGIT_RUN = re.compile(r"\d(?:[\s().+-]*\d){8}")  # nine digits, separators allowed: as many as a phone number has
_INSERTION = re.compile(r"\[[^\[\]\n]{1,200}\]")
# International or long local phone numbers: +7 912 345-67-89, 8 (912) 345 67 89, 380-44-123-4567.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}(?!\w)")


_RUN_CHARACTERS = frozenset(string.ascii_letters + "*#@-")  # all that a match of _CENSORED holds


def _censored(text: str):
    """_CENSORED.finditer(text), tried only on the runs of letters, marks and hyphens around each
    "*", "#", "@" or "--" (every match lies in such a run and holds one): the pattern, begun by a
    look-behind, is otherwise tried at every position of the text. A run's look-behind sees the text
    before it, and its window takes one character more, so the look-ahead at its end sees it too."""
    positions = []
    for mark in ("*", "#", "@", "--"):
        i = text.find(mark)
        while i != -1:
            positions.append(i)
            i = text.find(mark, i + 1)
    hi = 0
    for pos in sorted(positions):
        if pos < hi:
            continue  # in the run already tried
        lo = pos
        while lo > 0 and text[lo - 1] in _RUN_CHARACTERS:
            lo -= 1
        hi = pos
        while hi < len(text) and text[hi] in _RUN_CHARACTERS:
            hi += 1
        yield from _CENSORED.finditer(text, lo, hi + 1)


@lru_cache(maxsize=256)  # keyed by the lexicon words an article contains
def _lexicon(words: tuple[str, ...]) -> re.Pattern | None:
    if not words:
        return None
    # matched against the lower-cased text (faster than IGNORECASE); the words are lower-cased too
    return re.compile(r"\b(?:" + "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=16)
def _substring_plan(words: tuple[str, ...]) -> tuple[tuple[int, str, int], ...]:
    """For each lexicon word, shortest first: (its index, its lower case, the index of the longest
    shorter word of the lexicon that its lower case contains, or -1): "fuck" in "fucking"."""
    lows = [w.lower() for w in words]
    plan = []
    for i in sorted(range(len(lows)), key=lambda i: len(lows[i])):
        inner = [j for j in range(len(lows)) if len(lows[j]) < len(lows[i]) and lows[j] in lows[i]]
        plan.append((i, lows[i], max(inner, key=lambda j: len(lows[j])) if inner else -1))
    return tuple(plan)


def _occurring(words: tuple[str, ...], lower: str) -> tuple[str, ...]:
    """tuple(w for w in words if w.lower() in lower), with fewer scans of the text: a word that holds
    a shorter word of the lexicon cannot occur where that one does not ("fucking" without "fuck"),
    and each scan of an article costs about a microsecond."""
    found = [False] * len(words)
    for i, low, inner in _substring_plan(words):  # (a word's inner word is tried before it)
        found[i] = (inner < 0 or found[inner]) and low in lower
    return tuple(compress(words, found))


def content_flags(text: str, slurs: tuple[str, ...], profanity: tuple[str, ...],
                  person_names: tuple[tuple[int, int], ...] = ()) -> list[dict]:
    """Flagged spans. `person_names` are spans of people named in the text (found by attribution)."""
    found = [{"kind": "person_name", "start": s, "end": e, "text": text[s:e]} for s, e in person_names]
    # a cheap guard: most articles have no long digit run, and the pattern for phone numbers is slow
    # (the censored words are looked for only around their marks, in _censored)
    phone = _PHONE if _DIGIT_RUN.search(text) else None
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer ('İ'): keep offsets exact
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    # A lexicon's pattern is built from the words that occur in the text at all (a substring test each):
    # an alternation of many words is slow to try at every word boundary, and absent words cannot match.
    slur_pattern = _lexicon(_occurring(slurs, lower))
    profanity_pattern = _lexicon(_occurring(profanity, lower))
    for kind, matches in (("censored_profanity", _censored(text)), ("editorial_insertion", _INSERTION.finditer(text)),
                          ("slur", slur_pattern.finditer(lower) if slur_pattern else ()),
                          ("profanity", profanity_pattern.finditer(lower) if profanity_pattern else ()),
                          ("phone_number", phone.finditer(text) if phone else ())):
        for m in matches:
            if kind == "phone_number" and sum(ch.isdigit() for ch in m.group(0)) < 9:
                continue  # dates and counts ("2022 2023 2024") are shorter than a phone number
            found.append({"kind": kind, "start": m.start(), "end": m.end(), "text": text[m.start():m.end()]})
    return sorted(found, key=lambda f: (f["start"], f["end"], f["kind"]))


def flags_within(flags: list[dict], start: int, end: int) -> list[str]:
    return sorted({f["kind"] for f in flags if f["start"] >= start and f["end"] <= end})
