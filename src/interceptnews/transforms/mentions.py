"""Person mentions (noun phrases, pronouns, names) with offsets, and sentence boundaries.

Rule-based on purpose: it runs hundreds of articles a second and needs no model download.
Mentions are found in a *masked* text where quoted words are blanked out, so a word inside a
quotation is never taken for the reporter's subject.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress, count, repeat
from operator import itemgetter, methodcaller
from typing import NamedTuple

from .lexicon import (ABBREVIATED_RANK_QUALIFIERS, AGENCY_WORDS, PORTFOLIOS, RANK_QUALIFIERS, SINGULAR_OF, BETWEEN_SUBJECT_AND_CUE, CUE_VERBS, DEMONYM_NOUNS, DETERMINERS, FRAGMENT_VERBS, FUNCTION_WORDS, HEADS,
                      INDEFINITE, INSTITUTION_HEADS, MODIFIER_SUFFIXES, MODIFIERS, MULTIWORD_HEADS, NOT_NAMES, PLACE_SPEAKERS, PRONOUNS, TITLES)

# A word: "U.S." and "S.B.U." are one word; Latin letters with accents too. Written to begin with its
# first character's class (the acronym branch checks that character after it) rather than as
# "(?:[A-Z]\.){2,}(?![A-Za-z])|[...][...]*": the regex engine skips ahead to a character of a
# pattern's leading class, but tries an alternation of repeats at every position (the same matches).
_TOKEN = re.compile(r"[A-Za-z0-9À-ÖØ-öø-ɏ](?:(?<=[A-Z])\.(?:[A-Z]\.)+(?![A-Za-z])|[A-Za-z0-9À-ÖØ-öø-ɏ'’\-]*)")
# The same pattern as one group, for re.split: the words and the gaps between them, with no match object
# per word (tokenize). (A word's match never depends on the text before the search position: the
# look-behind only reads the word's own first character.)
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# Abbreviations whose full stop does not end a sentence when a capital or a digit follows.
_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms",
                  "dr", "st", "lt", "col", "gen", "sgt", "maj", "capt", "cpl", "pte", "prof", "rev", "gov", "sen", "rep",
                  "vs", "u.s", "u.k", "e.g", "i.e"}
_WORD_BEFORE = re.compile(r"(?<![\w.])[A-Za-z](?:[A-Za-z.]*[A-Za-z])?$")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’']?(?=\s+[\"“‘(\[]?[A-Z0-9])")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str


class Mention(NamedTuple):
    """Immutable, compared and hashed by its fields (a named tuple: built three times faster than a
    frozen dataclass, and annotation builds tens of thousands)."""
    start: int
    end: int
    text: str
    head: str          # lowercase head noun ("soldier"), pronoun ("he") or "<name>"
    role: str
    gender: str | None
    plural: bool
    kind: str          # pronoun | definite | indefinite | possessive | name | bare


# tuple.__new__(Mention, fields) is Mention(*fields) without the Python frame of a named tuple's
# __new__ (a lambda): the hot paths build tokens and mentions this way, the same tuples
_new_tuple = tuple.__new__
_TOKEN_START, _TOKEN_TEXT, _TOKEN_LOWER = itemgetter(0), itemgetter(2), itemgetter(3)
# r"\b\d{1,3}-year-old\b", begun by its first digit with the \b as a look-behind (the same matches): the
# regex engine skips ahead to a pattern's leading class, but tries one begun by \b at every position
_YEAR_OLD = re.compile(r"\d(?<!\w\d)\d{0,2}-year-old\b")


def tokenize(text: str, start: int = 0, end: int | None = None, limit: int | None = None) -> list[Token]:
    """The words of text[start:end]; only the first `limit` (>= 1) of them when given (the same tokens,
    as each match depends only on the text from where the one before ended)."""
    # the hot path of annotation. One split of the span gives [gap, word, gap, word, ..., gap]: the
    # same words as _TOKEN.finditer(text, start, end) (slicing is what `end` does to the look-ahead;
    # negative bounds are clamped as the regex engine clamps them), their offsets are running sums of
    # the pieces' lengths, and no match object is made per word (finditer's were a fifth of the
    # annotation's tokenizing). Tuples are built by C-level maps without Token.__new__, and each word
    # is lowered on its own, which gives the same lower case as slicing a lowered span and stays exact
    # where lowering changes a length ('İ').
    if limit is not None and limit < 1:
        return []  # (split's maxsplit 0 would mean every word)
    if start < 0:
        start = 0
    if end is not None and end < 0:
        end = 0
    pieces = _TOKEN_SPLIT.split(text[start:end], limit or 0)  # (maxsplit: only the first `limit` words)
    offsets = list(accumulate(map(len, pieces), initial=start))
    words = pieces[1::2]
    return list(map(_new_tuple, repeat(Token), zip(offsets[1::2], offsets[2::2], words, map(str.lower, words))))


def token_starts(tokens: list[Token]) -> list[int]:
    return list(map(_TOKEN_START, tokens))


class Words:
    """A text's tokens, which give the tokens of its spans (Words.span) without tokenizing them
    again: annotation reads the words around thousands of positions of one masked article."""
    __slots__ = ("text", "tokens", "starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.starts = token_starts(self.tokens)

    def span(self, text: str, lo: int, hi: int, limit: int | None = None) -> list[Token]:
        """tokenize(text, lo, hi, limit), exactly, from the kept tokens when `text` is this text.

        The scan of [lo, hi) finds the kept words that lie inside the span, because a word's match
        depends only on the text from where the word before ended up to the word's end, except in
        three places, which are tokenized again: the rest of a word that `lo` cuts (its pieces end
        by the word's end, where the kept scan goes on, unless a full stop follows it: "SU.S." cut
        after the S has the acronym "U.S."), a word that `hi` cuts, and an acronym that ends at
        `hi` ("U.S." before "A": the look-ahead after it sees the span's end, not the letter, so
        "U.S." is one word of the span where the whole text has "U", "S", "A")."""
        if text is not self.text or lo < 0 or hi > len(text):
            return tokenize(text, lo, hi, limit)
        if hi <= lo:
            return []
        tokens = self.tokens
        i = bisect.bisect_left(self.starts, lo)
        head = None
        if i and tokens[i - 1].end > lo:  # lo cuts a word
            b = tokens[i - 1].end
            if b >= hi or text[b] == ".":
                return tokenize(text, lo, hi, limit)
            # mostly the rest is one word: the scan's first match, if it starts at lo
            rest = _TOKEN.match(text, lo, b)
            if rest is not None and rest.end() == b:
                word = rest.group()
                head = [_new_tuple(Token, (lo, b, word, word.lower()))]
            else:
                head = tokenize(text, lo, b)
        j = bisect.bisect_left(self.starts, hi, i)  # tokens[i:j] start in the span
        if hi - lo >= 4 and text[hi - 1] == "." and text[hi - 3] == "." and "A" <= text[hi - 2] <= "Z" \
                and "A" <= text[hi - 4] <= "Z":
            return tokenize(text, lo, hi, limit)  # a possible acronym at the span's end (rare)
        if j > i and tokens[j - 1].end > hi:  # hi cuts a word
            found = tokens[i:j - 1]
            found += tokenize(text, tokens[j - 1].start, hi)
        else:
            found = tokens[i:j]
        if head is not None:
            found = head + found
        return found if limit is None else found[:limit]


def sentence_starts(masked: str, paragraphs: list[tuple[int, int]]) -> list[int]:
    """Sorted sentence start offsets; every paragraph starts a sentence."""
    starts = set()
    for p_start, p_end in paragraphs:
        starts.add(p_start)
        for m in _SENTENCE_END.finditer(masked, p_start, p_end):
            word = _WORD_BEFORE.search(masked, max(p_start, m.start() - 12), m.start())
            if masked[m.start()] == "." and word and (word.group(0).lower() in _ABBREVIATIONS or len(word.group(0)) == 1
                                                       and word.group(0).isupper()
                                                       or word.group(0).lower() == "no" and masked[m.end():m.end() + 3].strip()[:1].isdigit()):
                continue  # "on Oct. 9", "Lt. Col. Orlov", "John F. Kennedy": not a sentence end
            nxt = m.end()
            while nxt < p_end and masked[nxt].isspace():
                nxt += 1
            starts.add(nxt)
    return sorted(starts)


def _contiguous(text: str, left: Token, right: Token) -> bool:
    """Only spaces between two tokens (no comma, no line break)."""
    gap = text[left.end:right.start]
    # (mostly one space; isspace() is the old test 'gap != "" and gap.strip() == ""', without the copy)
    return gap == " " or gap.isspace() and "\n" not in gap


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
# _is_possessive as a C-level callable, for map() over many words
_ENDS_POSSESSIVE = methodcaller("endswith", _POSSESSIVE_ENDS)


def _is_possessive(word: str) -> bool:
    return word.endswith(_POSSESSIVE_ENDS)


def _is_modifier(tok: Token) -> bool:
    low = tok.lower
    if low in FUNCTION_WORDS or low in CUE_VERBS:
        return False  # (a Title Case headline's verb, "Russian Father Begs Soldier", is no modifier)
    if tok.text[0].isupper() or tok.text[0].isdigit() or _is_possessive(tok.text):
        return True
    return low in MODIFIERS or low.endswith(MODIFIER_SUFFIXES) or ("-" in low and low.replace("-", "").isalpha())


def _agency_context(tokens: list[Token], k: int) -> bool:
    """Lowercase 'intelligence' names the service after "Ukraine's", "military", "Ukrainian":
    "Ukraine's military intelligence", not "artificial intelligence"."""
    if k == 0:
        return False
    prev = tokens[k - 1]
    return _is_possessive(prev.text) or prev.lower in ("military", "defence", "defense") or prev.text[0].isupper()


_MULTIWORD_FIRST = {key[0] for key in MULTIWORD_HEADS}


def _head_at(tokens: list[Token], k: int) -> tuple[int, str, str, bool] | None:
    """(last token index, head key, role, plural) for a head starting at token k."""
    low = tokens[k].lower
    if low in _MULTIWORD_FIRST:  # (no key of MULTIWORD_HEADS starts with any other word)
        if k + 1 < len(tokens) and (low, tokens[k + 1].lower) in MULTIWORD_HEADS:
            role, plural = MULTIWORD_HEADS[(low, tokens[k + 1].lower)]
            return k + 1, f"{low} {tokens[k + 1].lower}", role, plural
        if (low,) in MULTIWORD_HEADS and (tokens[k].text[0].isupper() or _agency_context(tokens, k)):
            role, plural = MULTIWORD_HEADS[(low,)]
            return k, low, role, plural
    if low in HEADS:
        # A capitalised common noun ("Army", "Unit") still counts; "May" or "Mark" are not in HEADS.
        role, _, plural = HEADS[low]
        return k, low, role, plural
    return None


def find_mentions(text: str, start: int = 0, end: int | None = None, tokens: list[Token] | None = None) -> list[Mention]:
    """Noun-phrase mentions of people and organisations, and the pronouns he/she/they/it.
    `tokens`: tokenize(text) when the caller already has it (whole text only)."""
    tokens = tokenize(text, start, end) if tokens is None else tokens
    mentions: list[Mention] = []
    # "the 36-year-old": found once by a pattern, only in texts that have one
    year_old = {m.start() for m in _YEAR_OLD.finditer(text, start, len(text) if end is None else end)} \
        if "-year-old" in text else set()
    # Only the words that can start a mention are visited (most words cannot, and the checks below
    # would all fail on them), found by C-level maps; `k` is the first word not yet consumed.
    candidates = list(compress(count(), map(_MENTION_STARTS.__contains__, map(_TOKEN_LOWER, tokens))))
    if year_old:
        starts = token_starts(tokens)
        candidates = sorted(set(candidates) | {i for i in (bisect.bisect_left(starts, pos) for pos in year_old)
                                               if i < len(starts) and starts[i] in year_old})
    k = 0
    for candidate in candidates:
        if candidate < k:
            continue  # inside a mention already taken
        k = candidate
        tok = tokens[k]
        if tok.lower in PRONOUNS:
            gender, plural = PRONOUNS[tok.lower]
            mentions.append(_new_tuple(Mention, (tok.start, tok.end, tok.text, tok.lower, "unknown", gender, plural, "pronoun")))
            k += 1
            continue
        if tok.lower in DEMONYM_NOUNS and k > 0 and tokens[k - 1].lower == "the" and _contiguous(text, tokens[k - 1], tok) \
                and (k + 1 == len(tokens) or text[tok.end:tokens[k + 1].start].strip() in (",", "")
                     and tokens[k + 1].lower in CUE_VERBS | BETWEEN_SUBJECT_AND_CUE):
            # "the Russian says": a demonym used as a noun for the soldier in the call
            s0 = tokens[k - 1].start
            mentions.append(Mention(s0, tok.end, text[s0:tok.end], tok.lower, "soldier", None, False, "definite"))
            k += 1
            continue
        if tok.start in year_old and k > 0 and tokens[k - 1].lower in ("the", "this") and _contiguous(text, tokens[k - 1], tok) \
                and not (k + 1 < len(tokens) and _contiguous(text, tok, tokens[k + 1]) and _head_at(tokens, k + 1)):
            # "the 36-year-old said": a person named by age, resolved like "the man"
            s0 = tokens[k - 1].start
            mentions.append(Mention(s0, tok.end, text[s0:tok.end], "year-old", "unknown", None, False, "definite"))
            k += 1
            continue
        head = _head_at(tokens, k)
        if head is None and tok.lower in ("head", "chief") and k > 0 and tokens[k - 1].lower in ("the", "a") \
                and k + 2 < len(tokens) and tokens[k + 1].lower == "of" and _contiguous(text, tokens[k - 1], tok) \
                and _contiguous(text, tok, tokens[k + 1]) and (tokens[k + 2].text[0].isupper() or tokens[k + 2].lower in ("the", "staff")):
            # "the head of the State Duma's defence committee": an official, up to the body's name
            end = k + 2
            while end + 1 < len(tokens) and end - k < 8 and _contiguous(text, tokens[end], tokens[end + 1]) \
                    and (tokens[end + 1].text[0].isupper() or _is_possessive(tokens[end].text) or tokens[end + 1].lower in MODIFIERS
                         or tokens[end + 1].lower in ("committee", "commission", "council", "administration", "service", "office")
                         or tokens[end + 1].lower in _PLACE_NOUNS and tokens[end].text[0].isupper()):  # "Russia's Chechen republic"
                end += 1
            s0 = tokens[k - 1].start
            body_role = "intelligence_agency" if {t.lower for t in tokens[k + 2:end + 1]} & AGENCY_WORDS else "official"
            if tokens[k + 2].lower == "staff":
                body_role = "soldier"  # "the chief of staff" of a unit
            mentions.append(Mention(s0, tokens[end].end, text[s0:tokens[end].end], tok.lower, body_role, None, False,
                                    "definite" if tokens[k - 1].lower == "the" else "indefinite"))
            k = end + 1
            continue
        if head is None:
            k += 1
            continue
        last, key, role, plural = head
        if key in ("general", "generals") and not _general_as_noun(text, tokens, k):
            k += 1
            continue
        if key in _ADJECTIVAL_HEADS and (_used_as_adjective(text, tokens, last) or key in ("major", "majors") and not (
                k > 0 and tokens[k - 1].lower in DETERMINERS and _contiguous(text, tokens[k - 1], tok))):
            # "promises of civilian work", "a major offensive", "a private military company": adjectives;
            # "Major Ivan Petrov" is a title, left to the name
            k += 1
            continue
        # A head followed by another head-like noun is a modifier ("army officer", "intelligence official"),
        # also across one noun: "the local enlistment office", "the military enlistment office".
        if last + 1 < len(tokens) and _contiguous(text, tokens[last], tokens[last + 1]) and not (
                role == "intelligence_agency" and tokens[last + 1].text.isupper() and not tokens[last].text.isupper()) and (
                _head_at(tokens, last + 1) or not tokens[last].text.isupper() and _noun_then_head(text, tokens, last + 1)):
            k += 1
            continue
        if last + 2 < len(tokens) and _is_possessive(tokens[last + 1].text) and _contiguous(text, tokens[last], tokens[last + 1]) \
                and _contiguous(text, tokens[last + 1], tokens[last + 2]) and tokens[last + 2].lower in INSTITUTION_HEADS:
            k += 1  # "Prosecutor General's Office": the office is the head
            continue
        first = k
        while first > 0 and k - first < 6 and _contiguous(text, tokens[first - 1], tokens[first]):
            prev = tokens[first - 1]
            if prev.lower in DETERMINERS:
                first -= 1
                break
            if not _is_modifier(prev):
                # a noun used as a modifier, "a mobilised tractor driver": accepted only when a
                # determiner follows on the left through known modifiers
                j = first - 2
                while j >= 0 and first - j <= 3 and _contiguous(text, tokens[j], tokens[j + 1]) and tokens[j].lower not in DETERMINERS \
                        and (_is_modifier(tokens[j]) or j == first - 2 and tokens[j].text.isalpha() and tokens[j].text.islower()
                             and tokens[j].lower not in FUNCTION_WORDS and tokens[j].lower not in CUE_VERBS
                             and not tokens[j].lower.endswith(("ed", "ing", "ly"))
                             and not prev.lower.endswith(("ed", "ing", "ly", "s"))):  # not "The firm lured men"
                    j -= 1  # ("a quad bike driver": a second noun may modify the first)
                # ("A desperate Russian soldier": a demonym may follow the adjective)
                if not (prev.text.isalpha() and prev.text.islower() and prev.lower not in FUNCTION_WORDS
                        and (tokens[first].text.islower() or tokens[first].lower.endswith(("ian", "ese", "ish")))
                        and prev.lower not in CUE_VERBS and j >= 0 and j <= first - 2
                        and (tokens[j].lower in DETERMINERS or _is_possessive(tokens[j].text))  # "Ukraine's prosecutor general's office"
                        and _contiguous(text, tokens[j], tokens[j + 1])):
                    start = _compound_start(text, tokens, first) if role in ("official", "intelligence_agency", "military_unit") \
                        and tokens[first].text[0].islower() else None
                    if start is not None:
                        first = start  # "The UN human rights monitoring mission", "Ukraine's prosecutor general's office"
                    break
            first -= 1
        first_low = tokens[first].lower
        if any(map(_ENDS_POSSESSIVE, map(_TOKEN_TEXT, tokens[first:last]))) and not (
                tokens[first].lower == "the" and _is_possessive(tokens[last - 1].text) and key in INSTITUTION_HEADS
                and not any(map(_ENDS_POSSESSIVE, map(_TOKEN_TEXT, tokens[first:last - 1])))):
            # "the soldier's mother": informative on its own ("the Prosecutor General's Office" is "the office")
            kind = "possessive"
        elif first_low in INDEFINITE:
            kind = "indefinite"
        elif first_low in ("the", "this", "these", "those"):
            kind = "definite"
        elif first_low in ("his", "her", "their", "its", "our", "my", "your") or _is_possessive(tokens[first].text):
            kind = "possessive"
        else:
            kind = "bare"
        gender = HEADS.get(key, (None, None, None))[1]
        # "Main Directorate of Intelligence", "Ministry of Defence": a capitalised head takes its "of" phrase.
        if tokens[last].text[0].isupper() and last + 2 < len(tokens) and tokens[last + 1].text == "of" \
                and _contiguous(text, tokens[last], tokens[last + 1]) and _contiguous(text, tokens[last + 1], tokens[last + 2]):
            j = last + 2
            if tokens[j].lower == "the" and j + 1 < len(tokens) and _contiguous(text, tokens[j], tokens[j + 1]):
                j += 1
            while j < len(tokens) and tokens[j].text[0].isupper() and tokens[j].lower not in FUNCTION_WORDS:
                last = j
                if not (j + 1 < len(tokens) and _contiguous(text, tokens[j], tokens[j + 1])):
                    break
                j += 1
        # the same in lower case: "Russia's ministry of defence", "the ministry of foreign affairs"
        elif key == "ministry" and last + 2 < len(tokens) and tokens[last + 1].text == "of" \
                and _contiguous(text, tokens[last], tokens[last + 1]) and _contiguous(text, tokens[last + 1], tokens[last + 2]) \
                and tokens[last + 2].lower in PORTFOLIOS:
            last += 2
            if last + 1 < len(tokens) and _contiguous(text, tokens[last], tokens[last + 1]) and tokens[last + 1].lower == "affairs":
                last += 1
        # an acronym with a description after it: "Ukraine's SBU spy agency", "the HUR military intelligence service"
        if role == "intelligence_agency" and tokens[last].text.isupper():
            j = last + 1
            while j < len(tokens) and j - last <= 3 and _contiguous(text, tokens[j - 1], tokens[j]) and tokens[j].lower in _AGENCY_DESCRIPTORS:
                j += 1
            if j < len(tokens) and j > last + 1 and tokens[j].lower in ("agency", "service") and _contiguous(text, tokens[j - 1], tokens[j]):
                last = j
        # the acronym after the service's name: "Ukraine's security service SBU"
        if role == "intelligence_agency" and last + 1 < len(tokens) and tokens[last + 1].text.isupper() \
                and tokens[last + 1].lower in AGENCY_WORDS and _contiguous(text, tokens[last], tokens[last + 1]) \
                and not tokens[last].text.isupper():
            last += 1
        # kin of someone: "The mother of a Russian paratrooper", "the wife of a captured officer"
        resume = None  # the person inside a kin phrase is a mention of its own
        if role == "relative" and last + 3 < len(tokens) and tokens[last + 1].lower == "of" \
                and tokens[last + 2].lower in DETERMINERS and _contiguous(text, tokens[last], tokens[last + 1]):
            j = last + 3
            while j < len(tokens) and j - last < 8 and _contiguous(text, tokens[j - 1], tokens[j]):
                if tokens[j].lower in HEADS and HEADS[tokens[j].lower][0] == "soldier":
                    resume = last + 2
                    last = j
                    break
                if not _is_modifier(tokens[j]):
                    break
                j += 1
        if resume is None and kind == "indefinite" and key in _RELATIONAL_HEADS and last + 2 < len(tokens) \
                and tokens[last + 1].lower == "of" and _contiguous(text, tokens[last], tokens[last + 1]) \
                and _contiguous(text, tokens[last + 1], tokens[last + 2]):
            # whose relative or peer: "a relative of the brothers", "a former classmate of Avdonin's"
            j = last + 2
            if tokens[j].text[0].isupper() and _is_possessive(tokens[j].text):
                last = j
            elif tokens[j].lower in ("the", "his", "her", "their") and j + 1 < len(tokens) \
                    and _contiguous(text, tokens[j], tokens[j + 1]) and tokens[j + 1].lower in HEADS:
                resume, last = j, j + 1  # (the person inside is a mention of its own)
        # an audience: "a pro-war military blogger with more than 500,000 subscribers"
        if last + 3 < len(tokens) and tokens[last + 1].lower == "with" and _contiguous(text, tokens[last], tokens[last + 1]) \
                and (audience := _AUDIENCE.match(text, tokens[last].end)) is not None:
            while tokens[last].end < audience.end():  # the audience's last word
                last += 1
        # origin: "a mobilised soldier from Samara", "a man from the Kursk region",
        # "a former inmate from a penal colony in the Urals"
        if last + 2 < len(tokens) and tokens[last + 1].lower in ("from", "near") and _contiguous(text, tokens[last], tokens[last + 1]) \
                and role not in ("intelligence_agency", "military_unit"):
            last = _origin_end(text, tokens, last + 2, last) if tokens[last + 1].lower == "from" \
                else _near_place_end(text, tokens, last)  # "a soldier near Vovchansk", "near Chasiv Yar"
        # where a person is, by a named place: "a paratrooper on the Dnipro river", "a conscript in the Kursk
        # region", "a soldier on the Zaporizhzhia front" (only "the" + a capitalised name + a place word:
        # "the brigade on Tuesday" or "a soldier in a trench" add nothing to who is meant)
        elif role in ("soldier", "civilian", "relative") and not plural and last + 4 < len(tokens) \
                and tokens[last + 1].lower in ("on", "in") and tokens[last + 2].lower == "the" \
                and tokens[last + 3].text[0].isupper() and tokens[last + 3].lower not in NOT_NAMES \
                and _contiguous(text, tokens[last], tokens[last + 1]) and _contiguous(text, tokens[last + 1], tokens[last + 2]) \
                and _contiguous(text, tokens[last + 2], tokens[last + 3]):
            end = last + 3
            while end + 1 < len(tokens) and end - last < 6 and tokens[end + 1].text[0].isupper() \
                    and _contiguous(text, tokens[end], tokens[end + 1]):
                end += 1
            if end + 1 < len(tokens) and _contiguous(text, tokens[end], tokens[end + 1]) \
                    and tokens[end + 1].lower in _LOCATED_AT_NOUNS:
                last = end + 1
        # service: "a contract soldier serving in an artillery battery", "a marine fighting near Krynky"
        if role == "soldier" and last + 3 < len(tokens) and tokens[last + 1].lower in _SERVICE_VERBS \
                and tokens[last + 2].lower in ("in", "with", "near", "on") and _contiguous(text, tokens[last], tokens[last + 1]):
            end = _origin_end(text, tokens, last + 3, last) if _contiguous(text, tokens[last + 2], tokens[last + 3]) else last
            if end != last:
                last = end
        # a participle phrase: "an EU diplomat involved in the sanctions talks", "an officer based near Kharkiv"
        elif role not in ("intelligence_agency", "military_unit") and last + 3 < len(tokens) \
                and tokens[last + 1].lower in _POSTMODIFIER_PARTICIPLES and tokens[last + 2].lower in _POSTMODIFIER_PREPOSITIONS \
                and _contiguous(text, tokens[last], tokens[last + 1]) and _contiguous(text, tokens[last + 1], tokens[last + 2]):
            end = _origin_end(text, tokens, last + 3, last) if _contiguous(text, tokens[last + 2], tokens[last + 3]) else last
            if end == last:
                end = _plain_np_end(text, tokens, last + 3, last)
            last = end
        # unit: "another soldier of the battalion", "a sergeant of the 3rd Assault Brigade"
        if (role == "soldier" or HEADS.get(tokens[last].lower, ("",))[0] == "soldier") and not plural and last + 3 < len(tokens) \
                and tokens[last + 1].lower == "of" \
                and tokens[last + 2].lower in ("the", "a", "an", "his", "their") and _contiguous(text, tokens[last], tokens[last + 1]):
            end = _origin_end(text, tokens, last + 2, last)
            if end != last and (HEADS.get(tokens[end].lower, ("",))[0] == "military_unit" or tokens[end].text[0].isupper()):
                last = end
        # a body's full proper name: "the Coordination Headquarters for the Treatment of Prisoners of War"
        # ("for"/"of" only: "the brigade on Tuesday" is no part of a name)
        if role in ("official", "intelligence_agency", "military_unit") and tokens[last].text[0].isupper() \
                and last + 2 < len(tokens) and tokens[last + 1].lower in ("for", "of") \
                and _contiguous(text, tokens[last], tokens[last + 1]):
            j, end = last + 2, last
            while j < len(tokens) and j - last < 10 and _contiguous(text, tokens[j - 1], tokens[j]) \
                    and (tokens[j].text[0].isupper() and tokens[j].text.isalpha() or tokens[j].lower in ("the", "of", "and", "for")):
                if tokens[j].text[0].isupper():
                    end = j
                j += 1
            last = end
        # the body a person speaks for: "a representative of the agency", "a spokesman for the brigade"
        if role in ("official", "intelligence_agency", "soldier", "other") and key not in INSTITUTION_HEADS and not plural \
                and last + 3 < len(tokens) and tokens[last + 1].lower in ("of", "for") \
                and (tokens[last + 2].lower in ("the", "its", "their", "a", "an") or _is_possessive(tokens[last + 2].text)) \
                and _contiguous(text, tokens[last], tokens[last + 1]) and _contiguous(text, tokens[last + 1], tokens[last + 2]):
            j = last + 3
            while j < len(tokens) and j - last < 6 and _contiguous(text, tokens[j - 1], tokens[j]) and tokens[j].lower not in INSTITUTION_HEADS \
                    and tokens[j].lower not in _BODY_NOUNS and _is_modifier(tokens[j]):
                j += 1
            if j + 1 < len(tokens) and tokens[j].text.isalpha() and tokens[j].text.islower() and tokens[j].lower not in FUNCTION_WORDS \
                    and tokens[j + 1].lower in _BODY_NOUNS and _contiguous(text, tokens[j], tokens[j + 1]):
                j += 1  # a noun modifying the body's noun: "for Ukraine's coordination headquarters"
            if j < len(tokens) and _contiguous(text, tokens[j - 1], tokens[j]) and (tokens[j].lower in INSTITUTION_HEADS or tokens[j].lower in _BODY_NOUNS) \
                    and not (j + 1 < len(tokens) and _contiguous(text, tokens[j], tokens[j + 1]) and _head_at(tokens, j + 1)):
                while j + 1 < len(tokens) and _contiguous(text, tokens[j], tokens[j + 1]) and tokens[j + 1].lower in _BODY_NOUNS:
                    j += 1  # "the regional military administration": the body's own noun ends it
                last = j
                if key in _SPOKES_HEADS:  # a spokesperson speaks for the body: its role
                    body = HEADS.get(tokens[j].lower, ("intelligence_agency" if tokens[j].lower in INSTITUTION_HEADS
                                                         or tokens[j].lower == "service" else role,))[0]
                    role = body if body in ("intelligence_agency", "military_unit") else role
        # affiliation: "a senior officer in Ukraine's military intelligence", "an analyst at the Kyiv School of Economics"
        if role not in ("intelligence_agency", "military_unit") and last + 2 < len(tokens) \
                and tokens[last + 1].lower in ("in", "at", "with") and _contiguous(text, tokens[last], tokens[last + 1]):
            end = _affiliation_end(text, tokens, last + 2, last)
            if end != last and end + 2 < len(tokens) and tokens[end + 1].lower in ("near", "outside") \
                    and _contiguous(text, tokens[end], tokens[end + 1]) and _contiguous(text, tokens[end + 1], tokens[end + 2]) \
                    and tokens[end + 2].text[0].isupper() and tokens[end + 2].lower not in NOT_NAMES:
                end += 2  # "an officer in an artillery battalion near Toretsk"
            last = end
        # the person of a named body: "the author of Okopnaya Pravda", "the head of Vostok", "a spokeswoman for Exit Path"
        elif key in _OF_NAME_HEADS and last + 2 < len(tokens) \
                and (tokens[last + 1].lower == "of" or tokens[last + 1].lower == "for" and key in _SPOKES_HEADS
                     and not _is_possessive(tokens[last + 2].text)) \
                and _contiguous(text, tokens[last], tokens[last + 1]) and _contiguous(text, tokens[last + 1], tokens[last + 2]) \
                and tokens[last + 2].text[0].isupper() and tokens[last + 2].lower not in FUNCTION_WORDS:
            end = last + 2
            while end + 1 < len(tokens) and end - last < 5 and _contiguous(text, tokens[end], tokens[end + 1]) \
                    and tokens[end + 1].text[0].isupper():
                end += 1
            if end + 1 < len(tokens) and _contiguous(text, tokens[end], tokens[end + 1]) and tokens[end + 1].lower in _PLACE_NOUNS:
                end += 1  # "... of Russia's Chechen republic"
            last = end
        # a restrictive relative clause closed by a comma belongs to the description: "A lawyer who
        # works with soldiers' families in the Irkutsk region, who asked not to be named, told ..."
        if kind == "indefinite" and last > k and last + 2 < len(tokens) and tokens[last + 1].lower == "near" \
                and role not in ("intelligence_agency", "military_unit") and _contiguous(text, tokens[last], tokens[last + 1]):
            # a second place after a postmodifier: "a soldier in an artillery unit near the town of Huliaipole"
            j = last + 3 if tokens[last + 2].lower == "the" else last + 2
            end = _place_phrase_end(text, tokens, j, last) if j < len(tokens) else last
            last = end if end != last else _near_place_end(text, tokens, last)
        if kind == "indefinite" and not plural and last + 2 < len(tokens) and tokens[last + 1].lower == "who" \
                and _contiguous(text, tokens[last], tokens[last + 1]):
            clause = _RESTRICTIVE_WHO.match(text, tokens[last + 1].start)
            if clause:
                end = bisect.bisect_left([t.start for t in tokens[last + 1:last + 25]], clause.end()) + last
                if end > last + 1:
                    last = end
        if plural and key in SINGULAR_OF and first >= 2 and tokens[first - 1].lower == "of" and tokens[first - 2].lower == "one" \
                and tokens[first].lower in ("the", "his", "her", "their") \
                and _contiguous(text, tokens[first - 2], tokens[first - 1]) and _contiguous(text, tokens[first - 1], tokens[first]):
            # "one of the soldiers tells his father": one person of the group, introduced like "a soldier"
            first, kind, plural, key = first - 2, "indefinite", False, SINGULAR_OF[key]
        # where a voice is heard: "The woman on the line", "the man on the recording"
        if key in ("man", "woman", "voice") and not plural and last + 3 < len(tokens) and tokens[last + 1].lower in ("on", "in") \
                and tokens[last + 2].lower == "the" and tokens[last + 3].lower in CALL_PLACES \
                and all(_contiguous(text, tokens[i], tokens[i + 1]) for i in range(last, last + 3)):
            last += 3
        # a unit's number: "military unit 71592"
        if key == "unit" and last + 1 < len(tokens) and tokens[last + 1].text.isdigit() and _contiguous(text, tokens[last], tokens[last + 1]):
            last += 1
        if role in ("soldier", "civilian", "official"):  # (the words can change only these roles)
            words = set(map(_TOKEN_LOWER, tokens[first:last + 1]))
            if role == "soldier" and "police" in words:
                role = "official"  # "the police officer"
            if role == "civilian" and (words & _DRAFTED or words & _UNIT_WORDS):
                role = "soldier"  # "a mobilised man from Bryansk", "a friend from a neighbouring battalion"
            if role in ("official", "soldier") and words & AGENCY_WORDS:
                role = "intelligence_agency"  # "an SBU spokesman" speaks for the service
        s, e = tokens[first].start, tokens[last].end
        mentions.append(_new_tuple(Mention, (s, e, text[s:e], key, role, gender, plural, kind)))
        k = resume if resume is not None else last + 1
    return mentions


_NOT_AFTER_GENERAL = {"public", "secretary", "assembly", "election", "elections", "prosecutor", "rule", "idea", "sense",
                      "consensus", "director", "manager", "population", "strike", "mobilisation", "mobilization",
                      "practice", "knowledge", "hospital", "direction", "trend", "level", "impression", "amnesty"}


def _compound_start(text: str, tokens: list[Token], first: int) -> int | None:
    """Start of an institution's noun compound left of token `first`: up to four lowercase nouns
    (or possessives, or capitalised words) back to a determiner or a possessive, else None."""
    j = first - 1
    while j >= 0 and first - j <= 5 and _contiguous(text, tokens[j], tokens[j + 1]):
        tok = tokens[j]
        if tok.lower in DETERMINERS:
            return j
        if _is_possessive(tok.text) and tok.text[0].isupper():
            return j  # "Ukraine's"
        if not (tok.text.replace("-", "").replace("’", "").replace("'", "").isalpha()) or tok.lower in FUNCTION_WORDS \
                or tok.lower in CUE_VERBS or tok.lower in BETWEEN_SUBJECT_AND_CUE or tok.lower in PRONOUNS:
            return None
        j -= 1
    return None


def _noun_then_head(text: str, tokens: list[Token], j: int) -> bool:
    """Token j is a lowercase noun-like word joined to a head right after it ("enlistment office")."""
    tok = tokens[j]
    return j + 1 < len(tokens) and tok.text.isalpha() and tok.text.islower() and tok.lower not in FUNCTION_WORDS \
        and tok.lower not in CUE_VERBS and tok.lower not in BETWEEN_SUBJECT_AND_CUE and tok.lower not in DETERMINERS \
        and not tok.lower.endswith(("ed", "ing", "ly")) and _contiguous(text, tok, tokens[j + 1]) \
        and tokens[j + 1].lower in HEADS and HEADS[tokens[j + 1].lower][0] in ("official", "military_unit", "intelligence_agency") \
        and tokens[j + 1].lower in INSTITUTION_HEADS


# Words that can start a mention: pronouns, demonyms used as nouns, heads (and the first word of
# multi-word heads), and "head"/"chief" of an office
_AUDIENCE = re.compile(r" with (?:more than |over |about |some |nearly |almost |around )?(?:a |half a )?[\d,.]*\d?"
                       r"(?: ?(?:million|thousand|m|k))? (?:followers|subscribers|readers|members|viewers)\b")
_AUXILIARIES_BEFORE_CUE = frozenset({"has", "had", "have", "also", "later", "then", "previously", "earlier", "repeatedly"})
# Nouns that end the name of a body a spokesperson speaks for, besides the institution heads:
# "a spokesman for the regional military administration", "for Ukraine's coordination headquarters"
_BODY_NOUNS = frozenset({"service", "administration", "headquarters", "council", "commission", "department", "command",
                         "bureau", "centre", "center", "court", "administrations", "councils", "departments"})
_MENTION_STARTS = frozenset(PRONOUNS) | frozenset(DEMONYM_NOUNS) | frozenset(HEADS) | _MULTIWORD_FIRST | {"head", "chief"}


# Heads that are also adjectives: a noun only when no lowercase word (other than a verb) follows
_ADJECTIVAL_HEADS = {"civilian", "major", "majors", "private", "military", "volunteer", "veteran", "mercenary"}


def _used_as_adjective(text: str, tokens: list[Token], last: int) -> bool:
    """"civilian work", "a major offensive": the next word is a noun the head modifies. A following
    verb ("a civilian says", "the major laughed", "the military claims") or function word keeps the noun."""
    if last + 1 >= len(tokens) or not _contiguous(text, tokens[last], tokens[last + 1]):
        return False
    nxt = tokens[last + 1]
    low = nxt.lower
    return nxt.text.isalpha() and nxt.text.islower() and low not in FUNCTION_WORDS and low not in CUE_VERBS \
        and low not in BETWEEN_SUBJECT_AND_CUE and not low.endswith(("s", "ed"))


def _general_as_noun(text: str, tokens: list[Token], k: int) -> bool:
    """"a general", "the generals" are officers; "in general", "the general public", "General Staff" are not."""
    if k == 0 or tokens[k - 1].lower not in DETERMINERS or not _contiguous(text, tokens[k - 1], tokens[k]):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return not (nxt and _contiguous(text, tokens[k], nxt) and nxt.lower in _NOT_AFTER_GENERAL)


_CALL_SIGN_BEFORE = re.compile(r"\bcall[\s-]?sign,?\s+[\"“‘']?$", re.IGNORECASE)
_AGE_APPOSITIVE = re.compile(r",\s+\d{1,2},\s")  # "Halyna, 41, was in the courtroom": a person's age
CALL_PLACES = {"call", "line", "phone", "recording", "recordings", "tape", "video", "audio"}
_PLACE_NOUNS = {"region", "oblast", "province", "republic", "colony", "village", "town", "city", "district", "prison", "hospital"}
# Bodies a person comes from, after modifiers: "a man from the enlistment office", "from the assault group"
_ORIGIN_BODIES = {"group", "office", "administration", "commissariat"}
# Nouns after a proper name that end a unit or front name: "the Karatau battalion", "the Kupiansk direction"
_NAMED_AREA_NOUNS = {"battalion", "brigade", "regiment", "division", "corps", "detachment", "direction", "sector", "front",
                     "axis", "area"}

# The last word of a named place a person is at: "on the Dnipro river", "in the Kursk region"
_LOCATED_AT_NOUNS = frozenset(_PLACE_NOUNS | _NAMED_AREA_NOUNS | {"river", "front", "line", "bridgehead"})


def _origin_end(text: str, tokens: list[Token], j: int, last: int) -> int:
    """Last token of an origin phrase starting at token j (after "from"), or `last` if there is none."""
    def joined(a: int, b: int) -> bool:
        return b < len(tokens) and _contiguous(text, tokens[a], tokens[b])
    if tokens[j].lower == "home" and _contiguous(text, tokens[j - 1], tokens[j]):
        return j  # "a friend from home"
    if tokens[j].lower in ("his", "her", "their") and joined(j, j + 1) and tokens[j + 1].lower in ("hometown", "home", "native"):
        # "a friend from his hometown of Syzran", "a man from his home village"
        end = j + 1
        if joined(end, end + 1) and tokens[end + 1].lower in _PLACE_NOUNS:
            end += 1
        if joined(end, end + 1) and tokens[end + 1].lower == "of" and joined(end + 1, end + 2) and tokens[end + 2].text[0].isupper():
            end += 2
            while joined(end, end + 1) and tokens[end + 1].text[0].isupper() and end - j < 7:
                end += 1
        return end
    from_phrase = tokens[j - 1].lower == "from"
    if tokens[j].lower in ("the", "a", "an") and joined(j, j + 1):
        j += 1
    if (tokens[j].text[0].isupper() or tokens[j].text[0].isdigit()) and tokens[j].lower not in FUNCTION_WORDS \
            and _contiguous(text, tokens[j - 1], tokens[j]) and not (tokens[j].lower in MODIFIERS or tokens[j].lower.endswith("ian")):
        # a proper name: "Samara", "the Kursk region", "the 1502nd Motor Rifle Regiment"
        end = j
        while joined(end, end + 1) and end - j < 5 and (tokens[end + 1].text[0].isupper() or tokens[end + 1].lower in _PLACE_NOUNS):
            end += 1
        if joined(end, end + 1) and tokens[end + 1].lower in _NAMED_AREA_NOUNS:
            end += 1  # "the Karatau battalion", "the Kupiansk direction"
        elif tokens[end].lower in _PLACE_NOUNS and joined(end, end + 1) and tokens[end + 1].lower == "of" \
                and joined(end + 1, end + 2) and tokens[end + 2].text[0].isupper() and tokens[end + 2].lower not in NOT_NAMES:
            end += 2  # "the Republic of Buryatia"
            while joined(end, end + 1) and end - j < 7 and tokens[end + 1].text[0].isupper():
                end += 1
        return end
    # "a Russian supply unit": modifiers and a unit head
    k = j
    while k < len(tokens) and k - j < 4 and joined(k - 1, k) \
            and (tokens[k].lower not in HEADS or tokens[k].lower in _ADJECTIVAL_HEADS and _used_as_adjective(text, tokens, k)) \
            and (_is_modifier(tokens[k]) or tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].lower not in FUNCTION_WORDS):
        k += 1
    if k < len(tokens) and joined(k - 1, k) and tokens[k].lower in HEADS \
            and (HEADS[tokens[k].lower][0] == "military_unit" or tokens[k].lower in _ORIGIN_BODIES and k > j) \
            and not (tokens[k].lower in _ADJECTIVAL_HEADS and _used_as_adjective(text, tokens, k)):  # not "a military hospital"
        return k
    # "called his sister from a hospital": where he was, not who he is
    return _place_phrase_end(text, tokens, j, last, hospital=not from_phrase)


def _near_place_end(text: str, tokens: list[Token], last: int) -> int:
    """Last token of the place name after "near" at token last + 1 ("near Chasiv Yar"), or `last`."""
    end = last + 1
    while end + 1 < len(tokens) and end - last < 4 and tokens[end + 1].text[0].isupper() \
            and _contiguous(text, tokens[end], tokens[end + 1]) and tokens[end + 1].lower not in NOT_NAMES:
        end += 1
    return last if end == last + 1 else end


def _place_phrase_end(text: str, tokens: list[Token], j: int, last: int, hospital: bool = True) -> int:
    """Last token of a place phrase at token j (after its determiner), else `last`: up to two modifiers,
    a place noun and an optional "in/of <Place>" ("a penal colony in the Urals", "a field hospital in
    the Donetsk region", "the town of Siversk")."""
    def joined(a: int, b: int) -> bool:
        return b < len(tokens) and _contiguous(text, tokens[a], tokens[b])
    for size in (0, 1, 2):
        k = j + size
        if k < len(tokens) and all(joined(i, i + 1) for i in range(j - 1, k)) and tokens[k].lower in _PLACE_NOUNS \
                and (hospital or tokens[k].lower != "hospital"):
            end = k
            if joined(k, k + 1) and tokens[k + 1].lower in ("in", "of") and joined(k + 1, k + 2):
                n = k + 2
                if tokens[n].lower == "the" and joined(n, n + 1):
                    n += 1
                if tokens[n].text[0].isupper():
                    end = n
                    if joined(n, n + 1) and tokens[n + 1].lower in _PLACE_NOUNS:
                        end = n + 1  # "... in the Donetsk region"
            return end
    return last


def _plain_np_end(text: str, tokens: list[Token], j: int, last: int) -> int:
    """Last token of a short noun phrase starting at token j ("the sanctions talks", "a hospital in
    Crimea"), stopping before a verb, a function word or punctuation; `last` if there is none."""
    def joined(a: int, b: int) -> bool:
        return b < len(tokens) and _contiguous(text, tokens[a], tokens[b])
    if not joined(j - 1, j):
        return last
    k = j + 1 if tokens[j].lower in DETERMINERS and joined(j, j + 1) else j
    end = None
    while k < len(tokens) and k - j < 6 and joined(k - 1, k):
        low = tokens[k].lower
        if low in ("in", "of") and end is not None and joined(k, k + 1) and tokens[k + 1].text[0].isupper():
            k += 1  # "a hospital in Crimea"
            continue
        if low in DETERMINERS and end is not None and tokens[end].lower.endswith("ing") and tokens[end].lower not in CUE_VERBS \
                and k - j < 5:
            k += 1  # a gerund's object: "involved in drafting the next sanctions package"
            continue
        if low in FUNCTION_WORDS or low in CUE_VERBS or low in BETWEEN_SUBJECT_AND_CUE or low in PRONOUNS or low in DETERMINERS:
            break
        end = k
        k += 1
    return last if end is None else end


# Heads that name a person by a tie to someone else: "a relative of the brothers"
_RELATIONAL_HEADS = {"relative", "friend", "classmate", "neighbour", "neighbor", "colleague", "acquaintance", "comrade",
                     "cousin"}
_PEERS = {"friend", "acquaintance", "neighbour", "neighbor", "cousin", "lawyer", "priest", "volunteer", "recruiter"}
_DIRECTIONS = ("southern", "northern", "eastern", "western", "central", "occupied", "south-eastern", "north-eastern",
               "south-western", "north-western", "southeastern", "northeastern")


def _affiliation_end(text: str, tokens: list[Token], j: int, last: int) -> int:
    """Last token of an organisation after "in/at/with" that ends in an agency or unit head, or is a
    capitalised name ("the Center for Eurasian Conflict Studies"), else `last`."""
    n = j + 1 if tokens[j].lower in ("the", *_DIRECTIONS) and j + 1 < len(tokens) else j
    if n < len(tokens) and tokens[n].text[0].isupper() and tokens[n].lower not in MODIFIERS and tokens[n].lower not in NOT_NAMES \
            and _contiguous(text, tokens[n - 1], tokens[n]):  # (not "the Kremlin in September")
        end = n
        while end + 1 < len(tokens) and end - n < 7 and _contiguous(text, tokens[end], tokens[end + 1]):
            nxt = tokens[end + 1]
            if nxt.text[0].isupper():
                end += 1
            elif nxt.lower in ("for", "of", "and", "on") and end + 2 < len(tokens) and tokens[end + 2].text[0].isupper() \
                    and _contiguous(text, nxt, tokens[end + 2]):
                end += 2
            else:
                break
        if end + 1 < len(tokens) and tokens[end + 1].lower in _PLACE_NOUNS and _contiguous(text, tokens[end], tokens[end + 1]):
            return end + 1  # "a contract soldier in the Zaporizhzhia region"
        if end > n or tokens[n].lower in HEADS or tokens[last].lower in INSTITUTION_HEADS:  # "the Russian embassy in London"
            return end
        if tokens[j - 1].lower == "in" and (HEADS.get(tokens[last].lower, ("",))[0] == "soldier" or tokens[last].lower in _PEERS) \
                and tokens[n].lower not in NOT_NAMES \
                and not tokens[n].lower.endswith(("ian", "ese", "ish")) and not _is_possessive(tokens[end].text):
            return end  # where the soldier is: "a Russian soldier in southern Ukraine", "a friend in Kemerovo"
    k = j
    while k < len(tokens) and k - j < 6 and _contiguous(text, tokens[k - 1], tokens[k]):
        head = _head_at(tokens, k)
        if head is not None and head[1] in _ADJECTIVAL_HEADS and _used_as_adjective(text, tokens, head[0]):
            head = None  # "at a military hospital": an adjective
        if head is not None and (head[2] in ("intelligence_agency", "military_unit") or tokens[head[0]].lower in INSTITUTION_HEADS):
            end = head[0]
            if end + 1 < len(tokens) and _contiguous(text, tokens[end], tokens[end + 1]) and _head_at(tokens, end + 1):
                k = end + 1  # "military intelligence": the first head is a modifier
                continue
            if end + 2 < len(tokens) and _contiguous(text, tokens[end], tokens[end + 1]) and _noun_then_head(text, tokens, end + 1):
                return end + 2  # "the local military enlistment office"
            return end
        low = tokens[k].lower
        if not (low in ("the", "his", "her", "their", "its", "a", "an") or _is_possessive(tokens[k].text) or _is_modifier(tokens[k])
                or k > j and tokens[k].text.isalpha() and tokens[k].text.islower() and low not in FUNCTION_WORDS
                and low not in CUE_VERBS and low not in BETWEEN_SUBJECT_AND_CUE):  # "a self-propelled howitzer unit"
            break
        k += 1
    # a place: "a nurse at a field hospital in the Donetsk region" (not "a marine in hospital": his state)
    if tokens[j].lower in ("a", "an", "the") and j + 1 < len(tokens):
        return _place_phrase_end(text, tokens, j + 1, last)
    return last


def name_before(text: str, pos: int, lo: int, words: Words | None = None) -> Mention | None:
    """A capitalised name (optionally with a title) ending right before `pos`: '... Andriy Yusov said'.
    `words`: the text's tokens when the caller has them (Words.span)."""
    tokens = tokenize(text, lo, pos) if words is None else words.span(text, lo, pos)
    if not tokens or text[tokens[-1].end:pos].strip():
        return None
    return _name_from(text, tokens, len(tokens) - 1, backwards=True)


def name_after(text: str, pos: int, hi: int, words: Words | None = None) -> Mention | None:
    """A capitalised name starting right after `pos`: 'said Andriy Yusov'. `words`: the text's tokens
    when the caller has them (Words.span)."""
    # only the first words are read (three titles, then a name of up to four tokens: at most
    # tokens[6]), so only the first 8 are built, not every word up to `hi` (often a paragraph's end):
    # the scan's matches are the same, and a token is the same however it is found (tokenize)
    tokens = tokenize(text, pos, hi, limit=8) if words is None else words.span(text, pos, hi, limit=8)
    if not tokens or text[pos:tokens[0].start].strip():
        return None
    k = 0
    while k + 1 < len(tokens) and k < 3 and _title_joined(text, tokens[k], tokens[k + 1]) and _capitalised(tokens[k + 1]):
        k += 1  # "says Dr Olga Brandt", "Major General Leonid Ryabov": the name without the titles
    if k:
        name = _name_from(text, tokens, k, backwards=False)
        return name and Mention(name.start, name.end, name.text, name.head, TITLES[tokens[0].lower], name.gender, False, "name")
    return _name_from(text, tokens, 0, backwards=False)


# First names that end like demonyms ("Ian", not "Russian")
_IAN_FIRST_NAMES = {"ian", "brian", "julian", "adrian", "christian", "damian", "vivian", "florian", "sebastian", "marian",
                    "lillian", "gillian", "jillian", "killian", "kilian", "fabian", "maximilian", "emilian", "dorian"}
# Slavic and English male first names that end in -a (diminutives mostly); other -a first names are female.
_MALE_A_NAMES = {"nikita", "ilya", "foma", "sasha", "misha", "lyokha", "kolya", "vanya", "petya", "dima", "zhenya",
                 "seryozha", "grisha", "vova", "volodya", "tolya", "yura", "andrea", "luca", "joshua", "kostya",
                 "slava", "borya", "pasha", "lyosha", "alyosha", "styopa", "fedya", "vitya", "danila", "savva",
                 "mykola", "mykyta", "kuzma", "luka", "sava", "yeremia", "illia", "ilia", "zhora", "senya", "tolia"}


_FEMALE_FIRST_NAMES = {"karen", "helen", "ellen", "susan", "jennifer", "margaret", "elizabeth", "rachel", "sarah", "deborah",
                       "carol", "ann", "anne", "kate", "catherine", "kathryn", "megan", "lauren", "alison", "allison",
                       "jane", "janet", "joan", "judith", "ruth", "sharon", "caroline", "charlotte", "emily", "hannah",
                       "imogen", "claire", "rebecca", "harriet", "frances", "mary", "sue", "beth", "meghan", "kimberly",
                       "ashley", "alice", "grace", "lucy", "sophie", "chloe", "olivia", "isabel", "natalie", "nicole",
                       "michelle", "stephanie", "katherine", "elaine", "irene", "jean", "joanne", "heather", "lynn",
                       "dawn", "gwen", "bridget", "siobhan", "niamh", "aoife", "sinead", "maire", "máire", "orla",
                       "kathleen", "eileen", "colleen", "maureen", "doreen", "noreen", "nadezhda", "lyubov", "inna",
                       "lisa", "laura", "emma", "sophia", "amy", "jessica", "amanda", "melissa", "linda", "patricia",
                       "barbara", "nancy", "karin", "ingrid", "birgit", "greta", "astrid", "sabine", "monika", "agnieszka",
                       "katarzyna", "magdalena", "ewa", "marta", "paula", "marie", "camille", "élise", "elise", "claudia"}


# Common Russian and Ukrainian first names, in the usual English spellings: the people of these
# stories. A single first name ("Pavel tells his wife", "his wife, Oksana") says the gender.
_SLAVIC_MALE_FIRST_NAMES = frozenset("""
    aleksandr alexander alexandr oleksandr sergei sergey serhiy serhii sergiy dmitry dmitri dmitriy dmytro andrei andrey
    andriy andrii alexei alexey aleksei oleksiy oleksii ivan mikhail mykhailo nikolai nikolay vladimir volodymyr pavel pavlo
    yegor egor igor ihor oleg oleh maxim maksim maksym artyom artem artyem denis denys roman yevgeny evgeny yevgeniy
    yevhen viktor victor vadim vadym ruslan kirill kyrylo anton vitaly vitaliy vitalii yuri yury yuriy yurii konstantin
    kostiantyn kostyantyn stanislav vyacheslav viacheslav timur ilnur rustam ilya illia danil danylo daniil bogdan bohdan
    taras petro pyotr vasily vasiliy vasyl gennady gennadiy anatoly anatoliy valery valeriy valerii boris borys
    grigory hryhoriy fyodor fedor leonid arkady arkadiy gleb semyon stepan matvei matvey yaroslav rostyslav rostislav
    mikhailo nazar zakhar savely yakov eduard edward arseny arsenii vsevolod georgy heorhiy lev efim yefim
    rinat ramil marat ilshat azat aidar damir rafail ildar radik airat ilgiz renat rashid tagir magomed akhmed
    """.split())
_SLAVIC_FEMALE_FIRST_NAMES = frozenset("""
    oksana natalia natalya nataliya natalie olga olha irina iryna yulia yuliya julia anna hanna maria mariya elena olena
    yelena tatiana tatyana tetiana tetyana svetlana svitlana ekaterina yekaterina kateryna galina halyna lyudmila liudmyla
    ludmila valentina valentyna tamara larisa larysa marina maryna alina daria darya dariya viktoria viktoriya victoria
    anastasia anastasiya ksenia kseniya lyubov liubov nadezhda nadiya vera zoya inna alla nina raisa polina sofia sofiya
    veronika yana kristina khrystyna alyona alena olesya lesya ulyana uliana zhanna elvira diana karina vasilisa evgenia
    yevgenia yevheniia antonina lidia lidiya nonna lilia liliya snizhana mila milana yevgeniya evgeniya
    gulnara aigul alsu dinara zarina leysan guzel elmira albina regina
    """.split())


def name_gender(name: str) -> str | None:
    """'f' for a first name ending in -a or -ya (Olena, Tamara, Iryna), except male diminutives
    (Sasha, Nikita); from a Slavic surname's ending otherwise (Shestakova 'f', Shestakov 'm');
    None when neither says: a name alone does not say 'he'."""
    words = name.split()
    first = words[0].lower().rstrip(".")
    if first in ("mrs", "ms", "mr"):
        return {"mrs": "f", "ms": "f", "mr": "m"}[first]
    if first in _FEMALE_FIRST_NAMES or first in _SLAVIC_FEMALE_FIRST_NAMES:
        return "f"  # "Karen Whitlock": a woman's name that does not end in -a; "Oksana" alone
    if first in _SLAVIC_MALE_FIRST_NAMES:
        return "m"
    if len(words) >= 2 and first not in _MALE_A_NAMES and first not in TITLES and first.endswith("a") and len(first) > 2:
        return "f"
    last = words[-1].lower()
    if len(words) == 1 or first in _MALE_A_NAMES or not first.endswith("a"):
        if last.endswith(("ova", "eva", "yova", "ina", "skaya", "ska", "tska", "aya")):
            return "f"
        if last.endswith(("ov", "ev", "yov", "in", "sky", "skiy", "skyi", "ko", "uk", "yuk", "enko")) and len(words) == 1:
            return "m" if last.endswith(("ov", "ev", "yov", "in", "sky", "skiy", "skyi")) else None
    return None


def _capitalised(tok: Token) -> bool:
    return tok.text[0].isupper() and tok.lower not in FUNCTION_WORDS and tok.lower not in DETERMINERS


# The last word of a capitalised place name, never of a person's: "Oskil River", "Red Square"
_PLACE_AFTER = re.compile(r"\s(?:region|oblast|province|krai|district|republic|governorate)\b", re.IGNORECASE)
_GEOGRAPHIC_WORDS = frozenset({"river", "region", "oblast", "street", "square", "lake", "sea", "bridge", "island", "islands",
                               "mountains", "district", "village", "city", "town", "airport", "station", "forest", "bay",
                               "reservoir", "canal", "valley", "hills", "peninsula", "avenue", "park", "prospekt", "highway"})


def _name_from(text: str, tokens: list[Token], k: int, backwards: bool) -> Mention | None:
    if not _capitalised(tokens[k]) or tokens[k].lower in HEADS or tokens[k].lower in PRONOUNS or tokens[k].lower in NOT_NAMES:
        return None
    if tokens[k].lower.endswith(("ian", "ese", "ish")) and tokens[k].lower not in _IAN_FIRST_NAMES or tokens[k].lower in MODIFIERS:
        return None  # "the Russian", "Ukrainian": a demonym, not a name
    i = j = k
    step = -1 if backwards else 1
    while 0 <= (i if backwards else j) + step < len(tokens) and (j - i) < 3:
        nxt = tokens[(i if backwards else j) + step]
        pair = (nxt, tokens[i]) if backwards else (tokens[j], nxt)
        if not _capitalised(nxt) or not _contiguous(text, *pair) or _is_possessive(pair[0].text) or nxt.lower in NOT_NAMES:
            break
        if backwards and (nxt.lower in TITLES or nxt.lower in HEADS):
            break  # "Colonel Richard Hale": the title gives the role, the name is "Richard Hale"
        if backwards:
            i -= 1
        else:
            j += 1
    title = tokens[i - 1] if i > 0 and _title_joined(text, tokens[i - 1], tokens[i]) else None
    role = TITLES.get(title.lower, "unknown") if title is not None else "unknown"
    s, e = tokens[i].start, tokens[j].end
    if _place_before(text, s) or j > i and tokens[j].lower in _GEOGRAPHIC_WORDS:
        return None  # "near Chasiv Yar", "the Oskil River": a place, not a person
    return _named(text[s:e], s, e, role)


def _named(words: str, s: int, e: int, role: str) -> Mention:
    """A name mention; a state or capital ("Moscow", "Hungary's") is a government: head "<place>",
    an institution that "it" can refer to, role official."""
    if words.lower().removesuffix("'s").removesuffix("’s") in PLACE_SPEAKERS:
        return _new_tuple(Mention, (s, e, words, "<place>", "official", None, False, "name"))
    return _new_tuple(Mention, (s, e, words, "<name>", role, name_gender(words), False, "name"))


def _title_joined(text: str, title: Token, name: Token) -> bool:
    """'Colonel Hale', 'Col. Hale', 'Dr Brandt': a title right before a name."""
    return title.lower in TITLES and text[title.end:name.start] in (" ", ". ")


_SERVICE_VERBS = {"serving", "fighting", "stationed", "based", "deployed"}
_POSTMODIFIER_PARTICIPLES = {"involved", "based", "stationed", "working", "serving", "deployed", "recovering", "familiar",
                             "responsible", "posted", "living", "hiding", "held", "wounded", "injured", "trapped"}
_AGENCY_DESCRIPTORS = {"spy", "security", "intelligence", "counterintelligence", "counter-intelligence", "military", "secret",
                       "domestic", "foreign", "defence", "defense"}
_RESTRICTIVE_WHO = re.compile(r"who\s+(?:works|worked|oversees|oversaw|studies|studied|runs|ran|heads|headed|advises|advised|"
                              r"represents|represented|helps|helped|lives|lived|serves|served|teaches|taught)\b[^,.;:!?\n\"“”]{1,80}(?=,)")
_OF_NAME_HEADS = {"author", "editor", "founder", "head", "chief", "director", "commander", "spokesman", "spokeswoman",
                  "spokesperson", "administrator", "owner", "creator", "host"}
_POSTMODIFIER_PREPOSITIONS = {"in", "with", "near", "on", "at", "for", "to", "outside"}
_PLACE_BEFORE = re.compile(r"\b(?:near|in|at|outside|around|towards|toward|into|from)\s+$")
_DRAFTED = {"mobilised", "mobilized", "conscripted", "drafted", "recruited"}
_SCHOLAR_VERBS = re.compile(r"\b(?:stud(?:y|ies|ied)|research(?:es|ed)?|teach(?:es)?|taught|analy[sz]es|tracks|monitors|catalogu?e[sd]?)\b")
_AFTER_HEAD = {"at", "in", "of", "for", "with", "from", "to", "who", "which", "that", "on", "and"}


_NAMED_AS_BEFORE = re.compile(r"((?:[\w’'-]+\s+){1,4}?)(?:identified as|named|called|known as)\s+$")
_NAMED_ENDS = ("identified as", "named", "called", "known as")


def name_role(text: str, m: Mention, words: Words | None = None) -> str:
    """Role of a named person from a title or noun before the name ('spokesman Vitaliy Marchenko')
    or an appositive after it ('Michael Hartley, an analyst at ...'). `words`: the text's tokens when
    the caller has them (Words.span)."""
    window = text[max(0, m.start - 80):m.start]
    # a string test first: a match ends with an introduction and whitespace, and the unanchored
    # search is slow (tried at every position of the window)
    named = window.rstrip().endswith(_NAMED_ENDS) and _NAMED_AS_BEFORE.search(window)
    if named:
        # "a Russian soldier identified as Oleg Kuzmin": the role of the noun before
        for w in reversed(named.group(1).lower().split()):
            if w in HEADS:
                return HEADS[w][0]
    spoken_for = description_role(text, m)
    if spoken_for is not None:
        return spoken_for
    if _CALL_SIGN_BEFORE.search(text, max(0, m.start - 40), m.start):
        return "soldier"  # "an operator who goes by the call sign Vesna": call signs are military
    before = (tokenize(text, max(0, m.start - 80), m.start) if words is None else words.span(text, max(0, m.start - 80), m.start))[-3:]
    if before and not text[before[-1].end:m.start].strip(". "):  # "spokesman Vitaliy ...", "Sen. Mark ..."
        low = before[-1].lower
        if low in HEADS or low in TITLES:
            role = HEADS[low][0] if low in HEADS else TITLES[low]
            if role == "official" and {t.lower for t in before} & AGENCY_WORDS:
                role = "intelligence_agency"
            return role
    if m.role != "unknown":
        return m.role
    if m.text.lower().removesuffix("'s").removesuffix("’s") in PLACE_SPEAKERS:
        return "official"  # "Moscow has dismissed ...": the government speaks
    if text[m.end:m.end + 2] == ", ":
        # appositive: the first role noun among its first words, "a senior fellow at ..." (the full
        # stops of acronyms do not end it: "a former U.S. Army officer")
        clause = re.split(r"[,.;:!?()]", _ACRONYM_STOP.sub(r"\1", text[m.end + 2:m.end + 120]), maxsplit=1)[0]
        words = [w.lower().removesuffix("'s").removesuffix("’s") for w in _TOKEN.findall(clause)][:7]  # "the parliament's"
        if words[:1] == ["who"] and len(words) > 1 and words[1] in ("heads", "runs", "leads", "directs") \
                and (set(_TOKEN.findall(clause.lower())) & INSTITUTION_HEADS):
            # "who heads the war crimes department at Ukraine's Office of the Prosecutor General"
            return "intelligence_agency" if set(_TOKEN.findall(clause.lower())) & AGENCY_WORDS else "official"
        if words[:1] == ["who"]:
            # "who works as an analyst at ...", "who studies Russian military communications"
            as_head = re.search(r"\bas an? ((?:[\w-]+ ){0,2}[\w-]+)", clause)
            if as_head:
                heads = [w for w in as_head.group(1).lower().split() if w in HEADS]
                if heads:
                    return HEADS[heads[-1]][0]
            return "other" if _SCHOLAR_VERBS.search(clause) else "unknown"
        # the head is the last noun before a preposition: "a Kyiv-based military analyst" is an analyst
        cut = next((i for i, w in enumerate(words) if w in _AFTER_HEAD), len(words))
        heads = [w for w in words[:cut] if w in HEADS] or [w for w in words if w in HEADS][:1]
        if heads:
            role = HEADS[heads[-1]][0]
            if role in ("official", "soldier") and set(words) & AGENCY_WORDS:
                role = "intelligence_agency"
            return role
    return "unknown"


_SPOKES_HEADS = {"spokesman", "spokeswoman", "spokesperson", "representative", "press", "spokespeople"}
_UNIT_WORDS = {"brigade", "battalion", "regiment", "forces", "army", "command", "corps", "division", "unit", "troops",
               "grouping", "guard"}
_EXPERT_HEADS = {w for w, (role, _, _) in HEADS.items() if role == "other" and w not in ("group", "groups", "organisation",
                 "organization", "organisations", "organizations", "fellow", "fellows")}
_ACRONYM_STOP = re.compile(r"\b([A-Z])\.(?=[A-Z]\.|\s[A-Z])")
# A former officer or official who now comments: an expert, not a party ("a former lorry driver" in a call is not).
_EX_COMMENTATOR = re.compile(r",\s+(?:\d{1,3},\s+)?an?\s+(?:former|retired)\b[^;:\n]{0,80}?\b(?:officer|official|general|colonel|"
                             r"diplomat|minister|ambassador|commander|adviser|advisor)\b[^;:\n]{0,30}?\b(?:who\s+(?:now\s+)?"
                             r"(?:teaches|studies|advises|works|runs|heads|lectures|researches|writes|consults)|now\s+(?:at|with|teaches|advises|works|runs|heads)"
                             r"|and\s+(?:now\s+)?an?\s+(?:senior\s+|non-resident\s+|visiting\s+)?(?:fellow|analyst|researcher|professor|lecturer|adviser|advisor)"
                             r")\b")


def description_role(text: str, m: Mention) -> str | None:
    """The role a named person's description gives, before any title: a spokesperson speaks for
    their body ('Lt Col Yaroslav Holub, a spokesman for the agency' -> intelligence_agency, 'the
    brigade's press officer' -> military_unit); an analyst or a former officer comments ('Military
    analyst Major Keith Danvers', 'a former British Army officer who now advises Nato' -> other)."""
    lead = re.split(r"[,.;:!?()\"“”\n]", text[max(0, m.start - 70):m.start])[-1]
    lead_words = [w.lower() for w in _TOKEN.findall(lead)]
    appositive = ""
    if text[m.end:m.end + 2] == ", ":
        appositive = re.split(r"[,.;:!?()\n]", text[m.end + 2:m.end + 120], maxsplit=1)[0]
        if re.match(r"\d{1,3}$", appositive.strip()):  # "Ruslan Zhdanov, 26, a ...": past the age
            rest = text[m.end + 2 + len(appositive):m.end + 160]
            appositive = re.split(r"[,.;:!?()\n]", rest.removeprefix(", "), maxsplit=1)[0] if rest.startswith(", ") else ""
    words = [w.removesuffix("'s").removesuffix("’s") for w in lead_words + [w.lower() for w in _TOKEN.findall(appositive)][:12]]
    if not words:
        return None
    tail = text[m.end:m.end + 40]
    if any(w in _SPOKES_HEADS for w in words) or re.match(r",\s+(?:the|its)\s+[\w’'-]+['’]s\s+press\s+officer", tail):
        # "a spokesman for the agency": the service that released the call, not "the agency that oversees ..."
        if set(words) & AGENCY_WORDS or re.search(r"\bthe\s+(?:agency|service)\s*$", appositive):
            return "intelligence_agency"
        if set(words) & _UNIT_WORDS:
            return "military_unit"
        return "official"
    if any(w in _EXPERT_HEADS for w in words):
        return "other"
    if _EX_COMMENTATOR.match(text, m.end):
        return "other"  # 'a former Russian central bank official now at ...', 'a former U.S. Army officer who now teaches'
    return None


def full_name_before(text: str, surname: str, pos: int) -> tuple[int, int] | None:
    """The first earlier occurrence of a longer name ending with `surname` ('Michael Hartley' for
    'Hartley'), a title dropped. The definition that Attributor's one-pass name index must match
    (a unit test compares them); annotation uses the index."""
    pattern = re.compile(r"\b((?:[A-Z][\w’'-]+\s|[A-Z]\.\s){1,2})" + re.escape(surname) + r"\b")
    for m in pattern.finditer(text):
        if m.end() > pos:
            return None
        words = m.group(1).split()
        first = words[0].lower().rstrip(".")
        before = words[-1].lower().rstrip(".")
        if before.endswith(("'s", "’s")):
            continue  # "Radio Svoboda's Donbas": an owner, then what it owns, not a person's name
        if (first in TITLES or first in FUNCTION_WORDS or first in DETERMINERS or first in HEADS) and len(words) == 2 and before not in NOT_NAMES:
            # "Major Stanislav Orekhov" -> "Stanislav Orekhov", "For Marta Ilnytska" -> "Marta Ilnytska",
            # "Lawyer Irina Galkina" -> "Irina Galkina" (a role noun before the name, as find_names drops it)
            return m.start() + m.group(1).index(words[1]), m.end()
        if first not in FUNCTION_WORDS and first not in DETERMINERS and first not in TITLES and first not in HEADS and before not in NOT_NAMES:
            return m.start(), m.end()  # (not "In February Irina": a month)
    return None


# Titles included (stripped below); name particles ("Hamish de Burgh", "Ursula von Stein") and an initial
# for the surname, as German courts give it ("Maxim K."), belong to the name.
_NAME_WORD_REST = r"[a-zà-ž’']+(?:-[A-Za-zà-ž’']+)*-?"  # "Reyes-Hart", "Al-Khatib"
_NAME_WORD = r"[A-Z]" + _NAME_WORD_REST
# (the first word's capital before its \b, as a look-behind: a pattern that begins with a character
# class lets the regex engine skip to the capitals; one that begins with \b is tried at every position)
_NAME_SEQ = re.compile(rf"[A-Z](?<!\w[A-Z]){_NAME_WORD_REST}(?:[ \t]+(?:(?:de|van|von|der|den|da|di|del|du|la|le)[ \t]+)?{_NAME_WORD}){{0,4}}\b"
                       r"(?:[ \t][A-Z]\.(?![ \t]*[A-Z][a-z]))?")
# Phrases that introduce a name for a person described just before: "identified by the SBU as",
# "named in the recording as", "gives his name only as", "by the call sign", "whom Zhenya calls".
_INTRO_PHRASES = (r"(?:named|identified|known)(?:\s+(?:by|in)\s+[^,.;:\n]{1,60}?)?(?:\s+only)?\s+as|named"
                  r"|(?:gives|gave|giving)\s+(?:only\s+)?(?:his|her)\s+(?:(?:first\s+)?name|call\s*sign|nickname)(?:\s+only)?(?:\s+as|,)"
                  r"|(?:by|as)\s+(?:his|her)\s+first\s+name,?"
                  r"|(?:by|under)\s+the\s+(?:call\s*sign|nickname|nom\s+de\s+guerre)"
                  r"|identif(?:y|ies|ied)\s+(?:himself|herself)(?:\s+only)?\s+as|(?:whom|who)\s+(?:(?:the|his|her|their)\s+)?\w+\s+calls"
                  r"|call(?:s|ed|ing)?\s+(?:himself|herself)")
# "identified the soldier as", "named him as": the described person is the object in between ("the man in
# the first call", "the first man, the one with the plan,")
# "identified the soldier as ...", "identified the man by name: ..."
_OBJECT_INTRO = (r"(?:identif(?:y|ied|ies)|named|names)\s+(him|her|the\s+[\w-]+(?:\s+[\w-]+)?"
                 r"(?:\s+(?:on|in)\s+the\s+(?:(?:first|second|third|other|earlier|later|last|latest)\s+)?"
                 r"(?:call|calls|recording|recordings|tape|video|audio))?)(?:,\s+[^,.;:!?\n\"“”]{1,50},)?\s+(?:as|by\s+name:)")
NAMED_AS = re.compile(rf"\b(?:{_INTRO_PHRASES})\s+")
IDENTIFIED_AS = re.compile(rf"\b{_OBJECT_INTRO}\s+")
# "what the agency said was the officer's name: Capt. Gennady Lapin"
# "... along with the name of the man it says is speaking: Sgt. Denis Arkhipov"
POSSESSOR_NAME = re.compile(r"\b(?:((?:the|his|her|a|an)\s+[\w-]+)['’]s\s+name(?:\s+(?:is|was|as)|:)"
                            r"|\bthe\s+name\s+of\s+((?:the|this|that)\s+[\w-]+)[^:.;\n\"“”]{0,50}:)\s+")
# the same introductions, ending right before a capitalised word: it is a name (a title may come between)
_NAMED_BEFORE = re.compile(rf"(?:\b(?:{_INTRO_PHRASES})|\b{_OBJECT_INTRO}|['’]s\s+name(?:\s+(?:is|was|as)|:)"
                           rf"|\bthe\s+name\s+of\s+(?:the|this|that)\s+[\w-]+[^:.;\n]{{0,50}}:)"
                           rf"(?:\s+[A-Z][a-z]*\.)?(?:\s+\d{{1,3}}-year-old)?\s+$")  # a title or an age may come between
_NAMED_KEYS = ("name", "identif", "known", "call", "himself", "herself", "guerre")  # one of them is in every introduction


# What a match of _NAMED_BEFORE ends with, before its final spaces: an introduction's last word or
# mark ("as", "named", "calls", "name:", ...), a title's full stop ("Sgt.") or an age
_NAMED_BEFORE_ENDS = ("as", "named", ",", "name", "sign", "guerre", "calls", "himself", "herself", "is", "was", ":", ".",
                      "-year-old")


def _named_before(text: str, pos: int) -> bool:
    """An introduction ends right before `pos`; substring tests first, as most words have none near
    (the unanchored search is tried at every position of the window)."""
    lo = max(0, pos - 90)
    window = text[lo:pos]
    return any(map(window.__contains__, _NAMED_KEYS)) and window.rstrip().endswith(_NAMED_BEFORE_ENDS) \
        and bool(_NAMED_BEFORE.search(text, lo, pos))


# The person a call is about, as the reporter names him before identifying him: "the man on the recording is ..."
_CALL_PERSON = r"[Tt]he\s+(?:man|woman|soldier|speaker|caller|serviceman|voice|suspect|accused|defendant)(?:\s+(?:on|in)\s+the\s+(?:call|recording|recordings|tape|video))?"
DESCRIBED_IS = re.compile(rf"\b({_CALL_PERSON})\s+(?:is|was)\s+")
_COPULA_BEFORE = re.compile(rf"\b{_CALL_PERSON}\s+(?:is|was)(?:\s+[A-Z][a-z]*\.?)?\s+$")
# A parenthesis right after a name or noun phrase: "(R-Idaho)", "(MoD)"
PAREN_AFTER = re.compile(r"\s*\([^()\n]{1,25}\)")
# Kin words that name a relative of the person before them ("his mother, Tamara", "Samsonov's mother asks")
KIN_WORDS = (r"(?:mother|mum|mom|father|dad|wife|husband|son|daughter|brother|sister|girlfriend|boyfriend|fiancée|fiancee|"
             r"grandmother|grandfather|uncle|aunt|cousin)")
_KIN_AS_BEFORE = re.compile(rf"\b(?:his|her|their)\s+{KIN_WORDS}\s+as\s+$")  # "identified ... and his son as Kirill"
_KIN_BEFORE = re.compile(rf"\b(?:his|her|their)\s+{KIN_WORDS},?\s+$")

# Cheap necessary conditions before the look-behind patterns (each tried on every name
# candidate): the word a pattern must end with, found by a string test first.
_PLACE_WORDS = ("near", "in", "at", "outside", "around", "towards", "toward", "into", "from")
_KIN_WORD_ENDS = tuple(KIN_WORDS[3:-1].split("|"))  # the alternatives of KIN_WORDS, "(?:mother|mum|...)"


def _place_before(text: str, pos: int) -> bool:
    lo = max(0, pos - 12)
    return text[lo:pos].rstrip().endswith(_PLACE_WORDS) and bool(_PLACE_BEFORE.search(text, lo, pos))


def _kin_as_before(text: str, pos: int) -> bool:
    lo = max(0, pos - 40)
    return text[lo:pos].rstrip().endswith("as") and bool(_KIN_AS_BEFORE.search(text, lo, pos))


def _kin_before(text: str, pos: int) -> bool:
    lo = max(0, pos - 40)
    return text[lo:pos].rstrip().rstrip(",").endswith(_KIN_WORD_ENDS) and bool(_KIN_BEFORE.search(text, lo, pos))


def _copula_before(text: str, pos: int) -> bool:
    lo = max(0, pos - 60)
    window = text[lo:pos]
    return "he" in window and ("is" in window or "was" in window) and bool(_COPULA_BEFORE.search(text, lo, pos))

# "Dalia Haddad, reporting from Zaporizhzhia, said": an aside, then a reporting verb
_ASIDE_THEN_CUE = re.compile(r",\s+[^,.;:!?\n\"“”]{1,60},\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|wrote|writes|explained)\b")
_APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the|who|his|her)\b")
# One or two appositives between a subject and its verb: ", a Kyiv-based military analyst,",
# ", 41, who works at a care home,", ", Ukraine's deputy defence minister,".
APPOSITIVE = re.compile(r"(?:,\s+(?:\d{1,3}|(?:an?|one|from|the|who|whom|whose|which|his|her|[A-Z][a-z]+['’]s|deputy|chief|head|senior|"
                        r"spokesman|spokeswoman|spokesperson|commander|director|press\s+secretary)\b"
                        r"(?:[^,.;:!?\n\"“”]|(?<=\b[A-Z])\.|(?<=\d)[,.](?=\d)){1,150})){1,3},(?=\s)")  # "a former U.S. Army officer", "180,000"


def _name_sequences(text: str):
    """Capitalised word sequences as (start, end, text), with a leading title dropped: "Colonel
    Richard Hale" -> "Richard Hale". Plain tuples: find_names reads them tens of thousands of times."""
    for m in _NAME_SEQ.finditer(text):
        whole = m.group(0)
        if " " not in whole and "\n" not in whole and "\t" not in whole:
            yield m.start(), m.end(), whole  # one word: most candidates ("The", "In", "Moscow")
            continue
        words = whole.split()
        start = m.start()
        while len(words) > 1 and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in DETERMINERS
                                  or words[0].lower() in NOT_NAMES):
            # a sentence-initial word before the name: "For Marta Ilnytska, who ...", "When Yulia Bortnikova began",
            # "In February Irina called the unit"
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        owner = next((i for i, w in enumerate(words[:-1]) if _is_possessive(w)), None) if "'" in whole or "’" in whole else None
        if owner is not None:  # "Al Jazeera's Dalia Haddad": the name after the owner
            start = text.index(words[owner + 1], start + sum(len(w) + 1 for w in words[:owner]))
            words = words[owner + 1:]
        office = next((k for k in range(1, len(words) - 1) if words[k].lower() in TITLES), None)
        name_words = [w.lower() for w in words[office + 1:]] if office is not None else []
        if office is not None and all(w.lower() in MODIFIERS or w.lower() in PORTFOLIOS for w in words[:office]) \
                and 1 <= len(name_words) <= 3 and not any(w in CUE_VERBS or w in FRAGMENT_VERBS or w in NOT_NAMES
                                                          or w in FUNCTION_WORDS or w in HEADS for w in name_words):
            # the office before a name: "Ukrainian President Volodymyr Zelenskiy", "Russian Defence Minister Andrei Belousov"
            start = text.index(words[office], start + sum(len(w) + 1 for w in words[:office - 1]) + len(words[office - 1]))
            words = words[office:]
        while len(words) > 1 and (words[0].lower() in TITLES or words[0].lower() in HEADS
                                  or words[0].lower() in RANK_QUALIFIERS and (words[1].lower().rstrip(".") in TITLES or words[1].lower() in RANK_QUALIFIERS)):
            # ("Senior Sergeant Artyom Khudyakov", "Lance Corporal Ian Moss")
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) <= 3:  # a person's name has at most three words
            yield start, m.end(), text[start:m.end()]


# Titles and the abbreviated rank qualifiers ("Jr" of "Jr. Sgt."): a sequence of these alone is no name
# (not every qualifier: "Lance" and "Chief" can be a first name or a call sign)
_TITLE_WORDS = frozenset(TITLES) | frozenset(ABBREVIATED_RANK_QUALIFIERS)
_NEVER_A_NAME = frozenset(NOT_NAMES) | frozenset(FUNCTION_WORDS) | frozenset(DETERMINERS) | frozenset(HEADS) | frozenset(PRONOUNS)
_THE_OR_WHO_AFTER = re.compile(r",\s+(?:the|who)\b")
_WHOSE_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?whose\s")
_NOT_IN_A_NAME = frozenset(FUNCTION_WORDS) | frozenset(DETERMINERS) | frozenset(HEADS) | frozenset(PRONOUNS)
_NOT_IN_A_LONGER_NAME = frozenset(PLACE_SPEAKERS) | {"former", "late", "retired"}


def find_names(text: str, tokens: list[Token] | None = None, starts: list[int] | None = None) -> list[Mention]:
    """Full names of people: two or three capitalised words that the text marks as a person, by
    an appositive (', a spokesman'), a following cue verb, or a role word before them."""
    names = []
    tokens = tokenize(text) if tokens is None else tokens  # the words next to each candidate are looked up, not re-tokenised
    starts = token_starts(tokens) if starts is None else starts  # (the caller's, when it has them)
    sequences = list(_name_sequences(text))  # walked twice: candidates, then other occurrences of known names
    unmarked = []  # two-word candidates that passed the word checks but nothing marked as a person
    for m in sequences:
        whole = m[2]
        if " " not in whole and whole.lower() in _NEVER_A_NAME:
            continue  # the hot path: a sentence-initial "The", "In", "Soldiers" (the checks below would reject it)
        words = whole.split()
        lows = [w.lower() for w in words]
        # (set operations in C: "not X.isdisjoint(lows)" is some word in X, "_TITLE_WORDS >= set(lows)" every word a title)
        if not NOT_NAMES.isdisjoint(lows) or _is_possessive(words[-1]) or _TITLE_WORDS >= set(lows):
            continue  # "Alekseyev's mother" names the mother, not Alekseyev; "Jr" in "Jr. Sgt. Ruslan ..." is a rank
        # word checks first, the regular expressions after (most candidates are sentence-initial words)
        if not _NOT_IN_A_NAME.isdisjoint(lows):
            continue
        if len(lows) > 1 and not _NOT_IN_A_LONGER_NAME.isdisjoint(lows):
            continue  # "Former London builder", "East London": not a person's name
        if len(lows) > 1 and lows[-1] in _GEOGRAPHIC_WORDS:
            continue  # "Oskil River", "Red Square": a place
        if not MODIFIERS.isdisjoint(lows) or len(lows) == 1 and lows[0].endswith(("ian", "ese", "ish")) \
                and lows[0] not in _IAN_FIRST_NAMES:
            # "Russian", "British" are demonyms; "Hamish Tait" is a name
            continue
        if _place_before(text, m[0]):
            continue  # "near Chasiv Yar", "in Kherson": a place
        if _PLACE_AFTER.match(text, m[1]):
            continue  # "a colony in the Vladimir region": a place named after a person's name
        after = text[m[1]:m[1] + 12]
        paren = PAREN_AFTER.match(text, m[1])  # "Sen. Dale Pruitt (R-Idaho) said"
        i = bisect.bisect_left(starts, paren.end() if paren else m[1])
        nxt = [tokens[i]] if i < len(tokens) and tokens[i].start < m[1] + 30 and tokens[i].end <= m[1] + 30 else []
        j = bisect.bisect_left(starts, m[0]) - 1
        prev = [tokens[j]] if j >= 0 and tokens[j].start >= m[0] - 30 and tokens[j].end <= m[0] else []
        if len(words) > 1:
            # the cheap token checks first (the result is the same: a plain "or")
            marked = (nxt and nxt[0].lower in CUE_VERBS and not text[paren.end() if paren else m[1]:nxt[0].start].strip()) \
                or (prev and (prev[0].lower in HEADS or prev[0].lower in TITLES) and text[prev[0].end:m[0]] in (" ", ", ")
                    and (text[prev[0].end:m[0]] == " " or text[m[1]:m[1] + 1] in (",", "."))) \
                or bool(_APPOSITION_AFTER.match(after)) or bool(APPOSITIVE.match(text, m[1])) \
                or bool(_ASIDE_THEN_CUE.match(text, m[1])) \
                or _named_before(text, m[0]) or _kin_as_before(text, m[0])
            if not marked and _copula_before(text, m[0]):
                marked = True  # "the speaker is Private Ivan Chupin", "the man is Alexei Ignatyev"
            if not marked and len(words) == 2 and (lows[0] in _SLAVIC_MALE_FIRST_NAMES or lows[0] in _SLAVIC_FEMALE_FIRST_NAMES
                                                   or lows[0] in _FEMALE_FIRST_NAMES) \
                    and not text[text.rfind("\n", 0, m[0]) + 1:m[0]].lstrip().startswith(("By ", "by ")) \
                    and text[text.rfind("\n", 0, m[0]) + 1:m[0]].strip() + text[m[1]:m[1] + 2].strip() != "":
                # a common first name and a surname: "When reporters reached Rinat Galiullin, he ..." (not a byline's
                # "By Kateryna Lisovska and Mark Edelstein", nor a byline of the name alone on its line)
                marked = True
            if not marked and nxt and nxt[0].lower in _AUXILIARIES_BEFORE_CUE and not text[m[1]:nxt[0].start].strip() \
                    and i + 1 < len(tokens) and tokens[i + 1].lower in CUE_VERBS and tokens[i + 1].start - nxt[0].end == 1:
                marked = True  # "Volodymyr Zelensky has said", "Maria Zakharova also told"
            if not marked and nxt and nxt[0].lower in CUE_VERBS and text[m[0] - 2:m[0]] == ", " \
                    and text[paren.end() if paren else m[1]:nxt[0].start].strip() == ",":
                marked = True  # an appositive name before the verb: "A spokeswoman for the administration, Natalia Humeniuk, said"
        else:
            # a first name alone counts only mid-sentence with an appositive: "... that Maksym, a former teacher"
            before = text[max(0, m[0] - 2):m[0]]
            marked = bool(_APPOSITION_AFTER.match(after)) and before.strip() not in (".", "!", "?", "") \
                and not _THE_OR_WHO_AFTER.match(after) \
                or bool(_WHOSE_AFTER.match(after)) \
                or bool(_AGE_APPOSITIVE.match(text, m[1])) \
                or _named_before(text, m[0]) \
                or _kin_as_before(text, m[0])  # "gives his name only as Ilya", "and his son as Kirill"
            if text[m[1]:m[1] + 1] in (",", ".", " ") and _kin_before(text, m[0]):
                marked = True  # "she said she was his mother, Tamara.", "his wife Yulia"
            if not marked and (lows[0] in _SLAVIC_FEMALE_FIRST_NAMES or lows[0] in _SLAVIC_MALE_FIRST_NAMES) and nxt \
                    and not text[m[1]:nxt[0].start].strip() and nxt[0].text.islower() \
                    and (nxt[0].lower in CUE_VERBS or nxt[0].lower not in FUNCTION_WORDS
                         or nxt[0].lower in ("is", "was", "has", "had")):
                marked = True  # a common first name as a subject: "Tatiana has not slept since January", "Ilya tells a friend"
            if not marked and (lows[0] in _SLAVIC_FEMALE_FIRST_NAMES or lows[0] in _SLAVIC_MALE_FIRST_NAMES) \
                    and before.strip() not in (".", "!", "?", "", ":", "\"", "“", "‘", "«") and prev and prev[0].text.islower():
                marked = True  # a common first name mid-sentence: "Reporters spoke to Ruslan at a detention facility"
            if lows[0] in PLACE_SPEAKERS and nxt and not text[m[1]:nxt[0].start].strip() \
                    and (nxt[0].lower in FRAGMENT_VERBS or nxt[0].lower in BETWEEN_SUBJECT_AND_CUE):
                marked = True  # "Moscow insists", "Hungary has called": a government as a subject
        if marked:
            names.append(_named(m[2], m[0], m[1], "unknown"))
        elif len(words) == 2:
            unmarked.append(m)
    # a full name the text marks only by its surname later ("When Lyudmila Sorokina appeared on a talk
    # show ..." / "Sorokina, 58, a retired nurse"): the full name is the person too
    single = {n.text for n in names if " " not in n.text}
    # a name coordinated with a marked one is a person too: "identified the men as Andrei and Nikolai Volkov"
    marked_ends = {n.end for n in names}
    names += [_named(m[2], m[0], m[1], "unknown") for m in unmarked if m[2].split()[-1] in single
              or (m[0] >= 5 and text[m[0] - 5:m[0]] == " and " and m[0] - 5 in marked_ends)]
    # once the text has marked a name, its other occurrences are the person too: "Maksym takes off his headphones",
    # and so is the surname alone: "Arkhipov asks his mother" after "Sgt. Denis Arkhipov"
    # ... and the first name alone of a two-word name: "Hanna said" after "Hanna Kovalenko"
    known = {n.text for n in names} | {n.text.split()[-1] for n in names if len(n.text.split()) > 1} \
        | {n.text.split()[0] for n in names if len(n.text.split()) == 2 and n.head == "<name>"}
    seen = {(n.start, n.end) for n in names}
    for m in sequences:
        if m[2] in known and (m[0], m[1]) not in seen:
            names.append(_named(m[2], m[0], m[1], "unknown"))
    return sorted(names, key=lambda n: (n.start, n.end))
