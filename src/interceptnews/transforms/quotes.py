"""Find direct quotations in an article text: spans, marks, multi-paragraph and nested quotes.

Offsets: `start`/`end` enclose the quoted words *without* the outer marks, so
text[start:end] is the quote; a quote continued over paragraphs includes the paragraph breaks
and the repeated opening marks between its pieces, and `segments` lists the pieces without
any marks. A quote whose closing mark is missing ends at the end of its paragraph (never
swallowing the rest of the article) and is flagged `unclosed`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

OPEN_ONLY = {"“", "„", "«"}
CLOSE_ONLY = {"”", "»"}
AMBIGUOUS = {'"'}
DOUBLE_MARKS = OPEN_ONLY | CLOSE_ONLY | AMBIGUOUS
_OPEN_CONTEXT = set(" \t\n([{—–-/") | OPEN_ONLY
_CLOSE_FOLLOW = set(" \t\n.,;:!?)]}—–-…") | CLOSE_ONLY | {'"', "'", "’"}


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


def _can_open(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev in _OPEN_CONTEXT or not prev.strip()) and nxt.strip() != ""


def _can_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return prev.strip() != "" and (nxt in _CLOSE_FOLLOW or not nxt.strip())


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    return [(i, text[i]) for i in range(start, end) if text[i] in DOUBLE_MARKS]


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Top-level (double-mark) quotes and the single-mark quotes nested inside them."""
    quotes: list[QuoteSpan] = []
    current: QuoteSpan | None = None  # a quote left open at the end of the previous paragraph
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        seg_start: int | None = None
        if current is not None:
            lead = p_start
            while lead < p_end and text[lead] in " \t":
                lead += 1
            if lead < p_end and text[lead] in (OPEN_ONLY | AMBIGUOUS) and _can_open(text, lead):
                seg_start = lead + 1  # the convention: opening mark repeated, closing only at the end
                skip = lead
            else:
                current.unclosed = True
                quotes.append(current)
                current = None
                skip = -1
        else:
            skip = -1
        for i, mark in _double_marks(text, p_start, p_end):
            if i == skip:
                continue
            if current is None or seg_start is None:
                opener = mark in OPEN_ONLY or (mark in AMBIGUOUS and _can_open(text, i))
                if opener:
                    current = QuoteSpan(i + 1, -1, mark, None, [], p_index, p_index)
                    seg_start = i + 1
                continue
            closer = mark in CLOSE_ONLY or (mark in AMBIGUOUS and _can_close(text, i))
            if closer:
                current.segments.append((seg_start, i))
                current.end, current.close_mark, current.paragraph_end_index = i, mark, p_index
                quotes.append(current)
                current, seg_start = None, None
            elif mark in OPEN_ONLY or (mark in AMBIGUOUS and _can_open(text, i)):
                # A new opening mark inside an open quote: the previous one lost its closing mark.
                end = i
                while end > seg_start and text[end - 1] in " \t":
                    end -= 1
                current.segments.append((seg_start, end))
                current.end, current.paragraph_end_index, current.unclosed = end, p_index, True
                quotes.append(current)
                current = QuoteSpan(i + 1, -1, mark, None, [], p_index, p_index)
                seg_start = i + 1
        if current is not None and seg_start is not None:
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
    return _with_nested(text, quotes, [p[0] for p in paragraphs])


def _single_open(text: str, i: int, lo: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return text[i] in "‘'" and (not prev.strip() or prev in "([{—–-\"“") and nxt.isalnum()


def _single_close(text: str, i: int, hi: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if text[i] not in "’'" or not prev.strip():
        return False
    if prev.isalpha() and nxt.isalpha():
        return False  # an apostrophe inside a word: don't, Putin's
    return not nxt.strip() or nxt in ".,;:!?)]}—–-…\"”"


def _with_nested(text: str, top: list[QuoteSpan], paragraph_starts: list[int]) -> list[QuoteSpan]:
    """Single-mark quotes inside each top-level quote, paired greedily with the first closer."""
    out: list[QuoteSpan] = []
    for q in top:
        out.append(q)
        parent = len(out) - 1
        for seg_start, seg_end in q.segments:
            i = seg_start
            while i < seg_end:
                if _single_open(text, i, seg_start):
                    j = i + 1
                    while j < seg_end and not (text[j] == ("’" if text[i] == "‘" else "'") and _single_close(text, j, seg_end)):
                        j += 1
                    if j < seg_end and j > i + 1:
                        p_index = bisect.bisect_right(paragraph_starts, i) - 1
                        out.append(QuoteSpan(i + 1, j, text[i], text[j], [(i + 1, j)], p_index, p_index,
                                             depth=1, parent=parent))
                        i = j + 1
                        continue
                i += 1
    return out
