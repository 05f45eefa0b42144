"""Find direct quotations in an article text: spans, marks, multi-paragraph and nested quotes.

Offsets: `start`/`end` enclose the quoted words *without* the outer marks, so
text[start:end] is the quote; a quote continued over paragraphs includes the paragraph breaks
and the repeated opening marks between its pieces, and `segments` lists the pieces without
any marks. A quote whose closing mark is missing ends at the end of its paragraph (never
swallowing the rest of the article) and is flagged `unclosed`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPEN_ONLY = {"“", "„", "«"}
CLOSE_ONLY = {"”", "»"}
_OPEN_CONTEXT = set(" \t\n([{—–-/") | OPEN_ONLY
_CLOSE_FOLLOW = set(" \t\n.,;:!?)]}—–-…[") | CLOSE_ONLY | {'"', "'", "’"}  # "[" : a footnote mark, '..."[1]' 


@dataclass
class QuoteSpan:
    start: int
    end: int
    open_mark: str
    close_mark: str | None
    segments: list[tuple[int, int]]
    paragraph_index: int
    paragraph_end_index: int
    depth: int = 0
    parent: int | None = None  # index of the enclosing quote in the returned list
    unclosed: bool = False

    @property
    def open_pos(self) -> int:
        """Offset of the opening mark (marks can be two characters: '')."""
        return self.start - len(self.open_mark)

    @property
    def close_end(self) -> int:
        """Offset just after the closing mark, or the quote's end when it has none."""
        return self.end + len(self.close_mark or "")


def _can_open(text: str, i: int, length: int = 1) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + length] if i + length < len(text) else " "
    return (prev in _OPEN_CONTEXT or not prev.strip()) and nxt.strip() != ""


def _can_close(text: str, i: int, length: int = 1) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + length] if i + length < len(text) else " "
    return prev.strip() != "" and (nxt in _CLOSE_FOLLOW or not nxt.strip())


@dataclass(frozen=True)
class Mark:
    pos: int
    length: int
    glyph: str
    can_open: bool
    can_close: bool


# Words that follow a closing quote mark: its attribution or the reporter's sentence going on.
_AFTER_CLOSE = {"he", "she", "they", "it", "i", "we", "you", "the", "a", "an", "his", "her", "their", "its", "and", "or",
                "but", "as", "according", "in", "on", "at", "to", "for", "with", "from", "by", "that", "which", "who",
                "said", "says", "told", "tells", "asked", "asks", "added", "adds", "wrote", "writes", "is", "was", "are",
                "were", "has", "had", "have", "not", "than", "then", "when", "while", "after", "before", "because", "so",
                "of", "into", "about", "over", "under", "nor", "like", "among", "during", "since", "until", "if", "out",
                "up", "down", "off", "again", "too", "also", "now", "there", "here", "this", "these", "those", "be",
                "been", "will", "would", "could", "can", "may", "might", "must", "should", "did", "do", "does", "instead"}


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' inside a word (don't), before a decade ('90s), or a plural possessive before its
    noun ("My friends’ boyfriends": s’ then a word that does not follow a closing mark)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if (prev.isalpha() and nxt.isalpha()) or (nxt.isdigit() and text[i + 1:i + 4].rstrip("s").isdigit()):
        return True
    if prev == "s" and nxt == " ":
        word = re.match(r" ([a-z]+)\b", text[i + 1:i + 20])
        return bool(word) and word.group(1) not in _AFTER_CLOSE
    return False


def _is_inch(text: str, i: int) -> bool:
    """A straight double mark after a number that a noun follows: 12" barrel, 6'2" soldier, 12"-gun."""
    if i == 0 or not text[i - 1].isdigit():
        return False
    nxt = text[i + 1:i + 3]
    return nxt[:1] == "-" or (nxt[:1] == " " and nxt[1:2].islower())


# A quote opened by a guillemet closes only with one; the marks inside it are nested.
_PAIRED = {"«": {"«", "»"}}


# the characters of a double mark; "'" counts only doubled ("''like this''")
_DOUBLE_CHARACTERS = "".join(sorted(OPEN_ONLY | CLOSE_ONLY)) + '"' + "'"


def _occurrences(text: str, characters: str, start: int, end: int) -> list[int]:
    """The sorted offsets in [start, end) of each of `characters`, by str.find: a C-level search
    (memchr) that is many times faster than the regex engine's scan for a class of characters,
    which tests the class at every character of the text. (Bounds clamped as the engine clamps
    them; str.find would read a negative one from the end.)"""
    start, end = max(start, 0), max(end, 0)
    found = []
    for ch in characters:
        i = text.find(ch, start, end)
        while i != -1:
            found.append(i)
            i = text.find(ch, i + 1, end)
    found.sort()
    return found


def _double_candidates(text: str, start: int, end: int):
    """(offset, mark) for each double-mark candidate in text[start:end], left to right, from the
    offsets of _DOUBLE_CHARACTERS: a "'" is a candidate only doubled ("''", taken as one mark
    before a lone apostrophe is considered, and stepped over), any other character is one."""
    after = -1  # the end of the last "''": the scan goes on from there
    end = min(end, len(text))
    for i in _occurrences(text, _DOUBLE_CHARACTERS, start, end):
        if i < after:
            continue
        ch = text[i]
        if ch != "'":
            yield i, ch
        elif i + 1 < end and text[i + 1] == "'":
            yield i, "''"
            after = i + 2


def double_marks(text: str, start: int, end: int) -> list[Mark]:
    """Double quotation marks, with the doubled-apostrophe style (''like this'') and without
    inch marks (a 12" barrel, 6'2")."""
    marks = []
    for i, ch in _double_candidates(text, start, end):
        if ch == "''":
            marks.append(Mark(i, 2, "''", _can_open(text, i, 2), _can_close(text, i, 2)))
        elif ch in OPEN_ONLY:
            marks.append(Mark(i, 1, ch, True, False))
        elif ch in CLOSE_ONLY:
            marks.append(Mark(i, 1, ch, False, True))
        elif not _is_inch(text, i):
            marks.append(Mark(i, 1, ch, _can_open(text, i), _can_close(text, i)))
    return marks


def single_marks(text: str, start: int, end: int) -> list[Mark]:
    """Single quotation marks used as primary marks (‘like this,’ she said), apostrophes excluded."""
    marks = []
    for i in _occurrences(text, "‘’'", start, end):
        ch = text[i]
        if _is_apostrophe(text, i):
            continue
        opener = ch in "‘'" and _can_open(text, i) and text[i + 1:i + 2].isalnum()
        closer = ch in "’'" and _can_close(text, i)
        if opener or closer:
            marks.append(Mark(i, 1, ch, opener, closer))
    return marks


def primary_style(text: str, body_start: int = 0) -> str:
    """'single' for articles that quote ‘like this’ (some British papers), with “double” marks
    nested: the first quotation opens with a single mark and single openers are at least as many
    as double ones. Counted from `body_start`: a headline in single marks above a body in double
    marks (the usual headline style) stays 'double'."""
    return _style_of(double_marks(text, body_start, len(text)), single_marks(text, body_start, len(text)), body_start)


def _style_of(double: list[Mark], single: list[Mark], body_start: int) -> str:
    doubles = [m.pos for m in double if m.can_open and m.pos >= body_start]
    singles = [m.pos for m in single if m.can_open and m.pos >= body_start]
    if singles and (not doubles or (singles[0] < doubles[0] and len(singles) >= len(doubles))):
        return "single"
    return "double"


def _within(marks: list[Mark], positions: list[int], start: int, end: int) -> list[Mark]:
    """The marks of a whole-text scan that lie in [start, end): the same as scanning the paragraph,
    since a paragraph is bounded by line breaks and no mark spans one."""
    return marks[bisect.bisect_left(positions, start):bisect.bisect_left(positions, end)]


def _body_start(text: str, paragraphs: list[tuple[int, int]]) -> int:
    """Start of the second paragraph when the first is a headline (short, no final full stop)."""
    if len(paragraphs) < 2:
        return 0
    first = text[paragraphs[0][0]:paragraphs[0][1]].rstrip()
    return paragraphs[1][0] if len(first.split()) <= 25 and not first.endswith((".", "!", "?")) else 0


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Top-level quotes in the article's primary marks and the quotes nested inside them."""
    # each kind of mark is scanned once over the whole text, then taken paragraph by paragraph
    all_double, all_single = double_marks(text, 0, len(text)), single_marks(text, 0, len(text))
    double_pos, single_pos = [m.pos for m in all_double], [m.pos for m in all_single]
    style = _style_of(all_double, all_single, _body_start(text, paragraphs))
    primary, primary_pos = (all_double, double_pos) if style == "double" else (all_single, single_pos)
    quotes: list[QuoteSpan] = []
    current: QuoteSpan | None = None  # a quote left open at the end of the previous paragraph
    seg_start: int | None = None
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        marks = _within(primary, primary_pos, p_start, p_end)
        if style == "double" and current is None and not marks:
            # a paragraph with no double mark may still quote in single marks: tabloid headlines
            marks = _within(all_single, single_pos, p_start, p_end)
        if current is not None:
            lead = p_start
            while lead < p_end and text[lead] in " \t":
                lead += 1
            if marks and marks[0].pos == lead and marks[0].can_open:
                seg_start = lead + marks[0].length  # opening mark repeated, closing only at the end
                marks = marks[1:]
            else:
                current.unclosed = True
                quotes.append(current)
                current, seg_start = None, None
        for mark in marks:
            if current is not None and current.open_mark in _PAIRED and mark.glyph not in _PAIRED[current.open_mark]:
                continue  # «He says, „Nobody leaves.“ One ...»: marks of another kind inside guillemets are nested
            if current is not None and current.open_mark == "„" and mark.glyph == "“":
                mark = Mark(mark.pos, mark.length, mark.glyph, False, True)  # „German-style“ pairs close with “
            if current is None:
                if mark.can_open:
                    current = QuoteSpan(mark.pos + mark.length, -1, mark.glyph, None, [], p_index, p_index)
                    seg_start = mark.pos + mark.length
                continue
            if mark.can_close:
                current.segments.append((seg_start, mark.pos))
                current.end, current.close_mark, current.paragraph_end_index = mark.pos, mark.glyph, p_index
                quotes.append(current)
                current, seg_start = None, None
            elif mark.can_open:
                # A new opening mark inside an open quote: the previous one lost its closing mark.
                end = mark.pos
                while end > seg_start and text[end - 1] in " \t":
                    end -= 1
                current.segments.append((seg_start, end))
                current.end, current.paragraph_end_index, current.unclosed = end, p_index, True
                quotes.append(current)
                current = QuoteSpan(mark.pos + mark.length, -1, mark.glyph, None, [], p_index, p_index)
                seg_start = mark.pos + mark.length
        if current is not None:
            current.segments.append((seg_start, p_end))
            current.end, current.paragraph_end_index = p_end, p_index
    if current is not None:
        current.unclosed = True
        quotes.append(current)
    for q in quotes:  # trim the empty piece an unclosed quote can leave
        q.segments = [s for s in q.segments if s[1] > s[0]]
    quotes = [q for q in quotes if q.segments]
    for q in quotes:
        q.start, q.end = q.segments[0][0], q.segments[-1][1]
    if style == "double":
        def nested_marks(text: str, start: int, end: int) -> list[Mark]:
            # single_marks(text, start, end), taken from the whole-text scan: the candidate pattern is one
            # character with no look-around, and every test of a mark reads the whole text, not the span
            return _within(all_single, single_pos, start, end)
    else:
        nested_marks = double_marks  # (a double pair can straddle a span's end: scanned again)
    return _with_nested(text, quotes, [p[0] for p in paragraphs], nested_marks)


def _inside_guillemets(text: str, start: int, end: int) -> list[Mark]:
    """Nested marks inside a «quote»: „German-style“ or “English-style” double marks (a “ after an
    open „ closes it), else single marks."""
    marks, low_open = [], False
    for m in double_marks(text, start, end):
        if m.glyph in ("«", "»"):
            continue
        if m.glyph == "„":
            low_open = True
            marks.append(m)
        elif m.glyph == "“" and low_open:
            low_open = False
            marks.append(Mark(m.pos, m.length, m.glyph, False, True))
        else:
            marks.append(m)
    return marks or single_marks(text, start, end)


def _with_nested(text: str, top: list[QuoteSpan], paragraph_starts: list[int], marks_of) -> list[QuoteSpan]:
    """Quotes in the other kind of marks inside each top-level quote: an opener paired with the
    first closer after it."""
    out: list[QuoteSpan] = []
    for q in top:
        out.append(q)
        parent = len(out) - 1
        for seg_start, seg_end in q.segments:
            marks = (_inside_guillemets if q.open_mark == "«" else marks_of)(text, seg_start, seg_end)
            k = 0
            while k < len(marks):
                opener = marks[k]
                close = next((j for j in range(k + 1, len(marks)) if marks[j].can_close), None)
                if opener.can_open and close is not None and marks[close].pos > opener.pos + opener.length:
                    start, end = opener.pos + opener.length, marks[close].pos
                    p_index = bisect.bisect_right(paragraph_starts, opener.pos) - 1
                    out.append(QuoteSpan(start, end, opener.glyph, marks[close].glyph, [(start, end)], p_index, p_index,
                                         depth=1, parent=parent))
                    k = close + 1
                else:
                    k += 1
    return out
