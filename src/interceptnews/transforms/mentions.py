"""Person mentions (noun phrases, pronouns, names) with offsets, and sentence boundaries.

Rule-based on purpose: it runs hundreds of articles a second and needs no model download.
Mentions are found in a *masked* text where quoted words are blanked out, so a word inside a
quotation is never taken for the reporter's subject.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (DETERMINERS, FUNCTION_WORDS, HEADS, INDEFINITE, MODIFIER_SUFFIXES, MODIFIERS,
                      MULTIWORD_HEADS, PRONOUNS, TITLES)

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’']?(?=\s+[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    head: str          # lowercase head noun ("soldier"), pronoun ("he") or "<name>"
    role: str
    gender: str | None
    plural: bool
    kind: str          # pronoun | definite | indefinite | possessive | name | bare


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


def sentence_starts(masked: str, paragraphs: list[tuple[int, int]]) -> list[int]:
    """Sorted sentence start offsets; every paragraph starts a sentence."""
    starts = set()
    for p_start, p_end in paragraphs:
        starts.add(p_start)
        for m in _SENTENCE_END.finditer(masked, p_start, p_end):
            nxt = m.end()
            while nxt < p_end and masked[nxt].isspace():
                nxt += 1
            starts.add(nxt)
    return sorted(starts)


def _contiguous(text: str, left: Token, right: Token) -> bool:
    """Only spaces between two tokens (no comma, no line break)."""
    gap = text[left.end:right.start]
    return gap != "" and gap.strip() == "" and "\n" not in gap


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _is_modifier(tok: Token) -> bool:
    low = tok.lower
    if low in FUNCTION_WORDS:
        return False
    if tok.text[0].isupper() or tok.text[0].isdigit() or _is_possessive(tok.text):
        return True
    return low in MODIFIERS or low.endswith(MODIFIER_SUFFIXES)


def _head_at(tokens: list[Token], k: int) -> tuple[int, str, str, bool] | None:
    """(last token index, head key, role, plural) for a head starting at token k."""
    for size in (2, 1):
        if k + size <= len(tokens):
            key = tuple(t.lower for t in tokens[k:k + size])
            if key in MULTIWORD_HEADS and (size > 1 or tokens[k].text[0].isupper()):
                role, plural = MULTIWORD_HEADS[key]
                return k + size - 1, " ".join(key), role, plural
    low = tokens[k].lower
    if low in HEADS:
        # A capitalised common noun ("Army", "Unit") still counts; "May" or "Mark" are not in HEADS.
        role, _, plural = HEADS[low]
        return k, low, role, plural
    return None


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Noun-phrase mentions of people and organisations, and the pronouns he/she/they."""
    tokens = tokenize(text, start, end)
    mentions: list[Mention] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.lower in PRONOUNS:
            gender, plural = PRONOUNS[tok.lower]
            mentions.append(Mention(tok.start, tok.end, tok.text, tok.lower, "unknown", gender, plural, "pronoun"))
            k += 1
            continue
        head = _head_at(tokens, k)
        if head is None:
            k += 1
            continue
        last, key, role, plural = head
        # A head followed by another head-like noun is a modifier ("army officer", "intelligence official").
        if last + 1 < len(tokens) and _contiguous(text, tokens[last], tokens[last + 1]) and _head_at(tokens, last + 1):
            k += 1
            continue
        first = k
        while first > 0 and k - first < 6 and _contiguous(text, tokens[first - 1], tokens[first]):
            prev = tokens[first - 1]
            if prev.lower in DETERMINERS:
                first -= 1
                break
            if not _is_modifier(prev):
                break
            first -= 1
        first_low = tokens[first].lower
        if any(_is_possessive(t.text) for t in tokens[first:last]):
            kind = "possessive"  # "the soldier's mother": informative on its own
        elif first_low in INDEFINITE:
            kind = "indefinite"
        elif first_low in ("the", "this", "that", "these", "those"):
            kind = "definite"
        elif first_low in ("his", "her", "their", "its", "our", "my", "your") or _is_possessive(tokens[first].text):
            kind = "possessive"
        else:
            kind = "bare"
        gender = HEADS.get(key, (None, None, None))[1]
        s, e = tokens[first].start, tokens[last].end
        mentions.append(Mention(s, e, text[s:e], key, role, gender, plural, kind))
        k = last + 1
    return mentions


def name_before(text: str, pos: int, lo: int) -> Mention | None:
    """A capitalised name (optionally with a title) ending right before `pos`: '... Andriy Yusov said'."""
    tokens = tokenize(text, lo, pos)
    if not tokens or text[tokens[-1].end:pos].strip():
        return None
    return _name_from(text, tokens, len(tokens) - 1, backwards=True)


def name_after(text: str, pos: int, hi: int) -> Mention | None:
    """A capitalised name starting right after `pos`: 'said Andriy Yusov'."""
    tokens = tokenize(text, pos, hi)
    if not tokens or text[pos:tokens[0].start].strip():
        return None
    return _name_from(text, tokens, 0, backwards=False)


def _capitalised(tok: Token) -> bool:
    return tok.text[0].isupper() and tok.lower not in FUNCTION_WORDS and tok.lower not in DETERMINERS


def _name_from(text: str, tokens: list[Token], k: int, backwards: bool) -> Mention | None:
    if not _capitalised(tokens[k]) or tokens[k].lower in HEADS or tokens[k].lower in PRONOUNS:
        return None
    i = j = k
    step = -1 if backwards else 1
    while 0 <= (i if backwards else j) + step < len(tokens) and (j - i) < 3:
        nxt = tokens[(i if backwards else j) + step]
        pair = (nxt, tokens[i]) if backwards else (tokens[j], nxt)
        if not _capitalised(nxt) or not _contiguous(text, *pair) or _is_possessive(pair[0].text):
            break
        if backwards:
            i -= 1
        else:
            j += 1
    role = TITLES.get(tokens[i].lower.rstrip("."), "unknown")
    s, e = tokens[i].start, tokens[j].end
    return Mention(s, e, text[s:e], "<name>", role, None, False, "name")
