"""Split page text into paragraphs and remove page chrome by general, configurable rules.

Rules work on whole paragraphs, never inside one, so no sentence of the article is cut. Each
removed paragraph goes to the audit with its reason code and its offsets in the raw text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..params import CleanParams

_WORD = re.compile(r"\w[\w'’\-]*")
_QUOTE_MARKS = re.compile(r"[\"“”„«»]")
_LINE = re.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True)
class Paragraph:
    raw_start: int
    raw_end: int
    text: str  # the line without surrounding whitespace


@dataclass(frozen=True)
class Removal:
    reason: str
    raw_start: int
    raw_end: int
    text: str


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def split_paragraphs(raw: str) -> list[Paragraph]:
    """Each non-blank line is a paragraph: scraped page text puts every block element (paragraph,
    heading, caption) on its own line. Offsets index the raw text; surrounding spaces are trimmed."""
    unified = raw.replace("\r\n", "\n").replace("\r", "\n")
    if len(unified) != len(raw):
        # Keep raw offsets exact: map CR-free positions back through a per-char index.
        index = [i for i, ch in enumerate(raw) if not (ch == "\r" and raw[i + 1:i + 2] == "\n")]
        remap = lambda k: index[k] if k < len(index) else len(raw)  # noqa: E731
    else:
        remap = lambda k: k  # noqa: E731
    paragraphs = []
    for m in _LINE.finditer(unified):
        line = m.group(0)
        start = m.start() + len(line) - len(line.lstrip())
        end = m.end() - (len(line) - len(line.rstrip()))
        paragraphs.append(Paragraph(remap(start), remap(end - 1) + 1, unified[start:end]))
    return paragraphs


@lru_cache(maxsize=64)
def _compile_full(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _is_title_like(text: str, max_words: int) -> bool:
    """A teaser headline: short, one line, no closing sentence punctuation, no quote marks."""
    return ("\n" not in text and word_count(text) <= max_words and not _QUOTE_MARKS.search(text)
            and not text.rstrip().endswith((".", "!", "?", ",", ";")))


def find_chrome(paragraphs: list[Paragraph], params: CleanParams) -> dict[int, str]:
    """Index of each chrome paragraph -> its reason code."""
    reasons: dict[int, str] = {}
    for reason, patterns in sorted(params.chrome_paragraphs.items()):
        pattern = _compile_full(tuple(patterns))
        for i, p in enumerate(paragraphs):
            if i not in reasons and word_count(p.text) <= params.chrome_max_words and pattern.fullmatch(p.text.strip()):
                reasons[i] = f"clean.{reason}"
    heading = _compile_full(params.teaser_headings)
    for i, p in enumerate(paragraphs):
        if i in reasons or not heading.fullmatch(p.text.strip().rstrip(":").strip()):
            continue
        # A heading alone is not enough: a teaser block shows at least one headline next to it.
        before = i - 1
        while before >= 0 and before not in reasons and _is_title_like(paragraphs[before].text, params.teaser_title_max_words):
            before -= 1
        after = i + 1
        while after < len(paragraphs) and after not in reasons and _is_title_like(paragraphs[after].text, params.teaser_title_max_words):
            after += 1
        titles = list(range(before + 1, i)) + list(range(i + 1, after))
        if not titles:
            continue
        block = [i, *titles]
        # The blurb under the last headline: one short paragraph without quotations, only
        # when a headline follows the heading (the card layout of teaser blocks).
        if after > i + 1 and after < len(paragraphs) and after not in reasons:
            blurb = paragraphs[after].text
            if word_count(blurb) <= params.teaser_blurb_max_words and not _QUOTE_MARKS.search(blurb):
                block.append(after)
        for j in block:
            reasons[j] = "clean.teaser_block"
    return reasons


def clean_article(raw: str, params: CleanParams) -> tuple[str, list[dict], list[Removal]]:
    """-> (clean text, paragraph offsets, removals). Paragraphs are joined by one blank line."""
    paragraphs = split_paragraphs(raw)
    chrome = find_chrome(paragraphs, params)
    parts: list[str] = []
    spans: list[dict] = []
    removals: list[Removal] = []
    pos = 0
    for i, p in enumerate(paragraphs):
        if i in chrome:
            removals.append(Removal(chrome[i], p.raw_start, p.raw_end, raw[p.raw_start:p.raw_end]))
            continue
        if parts:
            pos += 2
        spans.append({"start": pos, "end": pos + len(p.text), "raw_start": p.raw_start, "raw_end": p.raw_end})
        parts.append(p.text)
        pos += len(p.text)
    return "\n\n".join(parts), spans, removals
