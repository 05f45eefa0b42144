"""Split page text into paragraphs and remove page chrome by general, configurable rules.

Rules work on whole paragraphs, never inside one, so no sentence of the article is cut. Each
removed paragraph goes to the audit with its reason code and its offsets in the raw text.

Order of the rules (the first that matches gives the reason code):
1. single-paragraph rules: the chrome patterns of params (clean.<reason>), an inline teaser
   ("READ MORE: <headline>", clean.teaser_block), a line repeated across the publisher's
   articles (clean.repeated_line, the set is computed by the clean stage and passed in);
2. teaser blocks: a teaser heading with the headlines next to it and the blurb under the last
   one, looked for among the paragraphs that step 1 kept, so that a second run removes nothing.
A paragraph that contains quoted speech or a reporting clause (params clean.keep_patterns) is
never removed by step 1.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import AbstractSet

from ..params import CleanParams

_WORD = re.compile(r"\w[\w'’\-]*")
_QUOTE_MARKS = re.compile(r"[\"“”„«»]")
# How a paragraph of the article itself ends (a closing quote mark included)
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "’", "'", "»")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_SPACE = re.compile(r"\s+")


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


def line_key(text: str) -> str:
    """How repeated lines are compared: Unicode form, case and whitespace ignored."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def document_key(raw: str) -> str:
    """Same key for copies of a page that differ only in layout (blank lines, spaces, CRLF), so that
    an exact copy counts once when lines are counted across articles."""
    joined = "\n".join(line_key(p.text) for p in split_paragraphs(raw))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


@lru_cache(maxsize=64)
def _compile_full(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=16)
def _compile_inline_teaser(headings: tuple[str, ...]) -> re.Pattern:
    heads = "|".join(f"(?:{h})" for h in headings)
    return re.compile(rf"(?:{heads})\s*[:|–—-]\s*(?P<title>\S.*)", re.IGNORECASE)


def is_protected(text: str, params: CleanParams) -> bool:
    """Quoted speech or a reporting clause: a sentence of the article, never chrome."""
    return bool(params.keep_patterns) and _compile_full(params.keep_patterns).search(text) is not None


def _is_title_like(text: str, max_words: int, final: tuple[str, ...] = (".", "!", "?", ",", ";")) -> bool:
    """A teaser headline: short, one line, no closing sentence punctuation, no quote marks."""
    return ("\n" not in text and word_count(text) <= max_words and not _QUOTE_MARKS.search(text)
            and not text.rstrip().endswith(final))


def _is_teaser_title_with_quotes(text: str, max_words: int) -> bool:
    """A teaser headline that holds quote marks: one line, short, and not ending like a sentence
    (a closing mark after the final stop counts: '... "we are dying."')."""
    return "\n" not in text and word_count(text) <= max_words and bool(_QUOTE_MARKS.search(text) or "'" in text or "‘" in text) \
        and not text.rstrip().rstrip("\"”’'»").endswith((".", "!", "?", ",", ";"))


def repeatable_lines(raw: str, params: CleanParams) -> set[str]:
    """Keys of the paragraphs of `raw` that the repeated-line rule may remove: short, not protected.
    The clean stage counts these per publisher to build the set it passes to clean_article."""
    return {line_key(p.text) for p in split_paragraphs(raw)
            if word_count(p.text) <= params.repeated_line_max_words and not is_protected(p.text, params)}


def _single_paragraph_reason(text: str, params: CleanParams, repeated_lines: AbstractSet[str]) -> str | None:
    words = word_count(text)
    if params.caption_labels and words <= params.chrome_max_words \
            and _compile_full(params.caption_labels).match(text):
        return "clean.photo_caption"  # a page label no article sentence starts with: not protected
    if words <= params.chrome_max_words and (teaser := _compile_inline_teaser(params.teaser_headings).fullmatch(text)) \
            and _is_teaser_title_with_quotes(teaser.group("title"), params.teaser_title_max_words):
        # "READ MORE: Putin's 'meat grinder' tactics leave army short of officers, says UK intelligence": another
        # story's headline may quote and report ("says"), which would protect a sentence of the article
        return "clean.teaser_block"
    if is_protected(text, params):
        return None
    if words <= params.chrome_max_words:
        for reason, patterns in sorted(params.chrome_paragraphs.items()):
            if _compile_full(tuple(patterns)).fullmatch(text):
                return f"clean.{reason}"
        m = _compile_inline_teaser(params.teaser_headings).fullmatch(text)
        if m and _is_title_like(m.group("title"), params.teaser_title_max_words, final=(".", ",", ";", ":")):
            return "clean.teaser_block"
    if repeated_lines and words <= params.repeated_line_max_words and line_key(text) in repeated_lines:
        return "clean.repeated_line"
    return None


def _teaser_blocks(paragraphs: list[Paragraph], reasons: dict[int, str], params: CleanParams) -> dict[int, str]:
    """Teaser blocks among the paragraphs not yet removed: index -> reason."""
    rest = [i for i in range(len(paragraphs)) if i not in reasons]
    texts = [paragraphs[i].text for i in rest]
    block_member: set[int] = set()  # positions in `rest`
    heading = _compile_full(params.teaser_headings)
    is_heading = lambda k: bool(heading.fullmatch(texts[k].strip().rstrip(":").strip()))  # noqa: E731
    # a heading is never a headline of the block before it: "More on this story" ... "Related topics" ...
    title = lambda k: k not in block_member and not is_heading(k) and _is_title_like(texts[k], params.teaser_title_max_words)  # noqa: E731
    for k, text in enumerate(texts):
        if k in block_member or not is_heading(k):
            continue
        # A heading alone is not enough: a teaser block shows at least one headline next to it.
        before = k - 1
        while before >= 0 and title(before):
            before -= 1
        after = k + 1
        while after < len(texts) and title(after):
            after += 1
        titles = list(range(before + 1, k)) + list(range(k + 1, after))
        if not titles:
            continue
        block = [k, *titles]
        # The blurb under the headline: one short paragraph without quotations, only when a single
        # headline follows the heading (the card layout of a teaser). After a list of headlines the
        # next paragraph is the article going on, whatever its length.
        if after == k + 2 and after < len(texts) and after not in block_member and not is_heading(after) \
                and rest[after] == rest[after - 1] + 1:  # right under the headline, no other chrome between
            blurb = texts[after]
            if word_count(blurb) <= params.teaser_blurb_max_words and not _QUOTE_MARKS.search(blurb):
                block.append(after)
        block_member.update(block)
    return {rest[k]: "clean.teaser_block" for k in block_member}


def _trailing_tags(paragraphs: list[Paragraph], reasons: dict[int, str], params: CleanParams) -> dict[int, str]:
    """Short lines after the article's last sentence: topic tags ("Russia", "War in Ukraine"), agency
    initials ("id/phz"), "Updated at 14.31 GMT", one outlet's own labels. A line with quote marks or
    a reporting clause stays; so does everything when no paragraph ends like a sentence."""
    if params.trailing_tag_max_words <= 0:
        return {}
    kept = [i for i in range(len(paragraphs)) if i not in reasons]
    last = max((i for i in kept if paragraphs[i].text.rstrip().endswith(_SENTENCE_ENDS)), default=None)
    if last is None:
        return {}
    return {i: "clean.trailing_tags" for i in kept if i > last
            and word_count(paragraphs[i].text) <= params.trailing_tag_max_words
            and not _QUOTE_MARKS.search(paragraphs[i].text) and not is_protected(paragraphs[i].text, params)}


def find_chrome(paragraphs: list[Paragraph], params: CleanParams,
                repeated_lines: AbstractSet[str] = frozenset()) -> dict[int, str]:
    """Index of each chrome paragraph -> its reason code."""
    reasons: dict[int, str] = {}
    for i, p in enumerate(paragraphs):
        reason = _single_paragraph_reason(p.text.strip(), params, repeated_lines)
        if reason:
            reasons[i] = reason
    # Teaser blocks among the paragraphs still kept, repeated until nothing changes: a second run
    # of clean on its own output must find nothing more (idempotence).
    while True:
        found = _teaser_blocks(paragraphs, reasons, params)
        if not found:
            break
        reasons.update(found)
    reasons.update(_trailing_tags(paragraphs, reasons, params))
    return reasons


def clean_article(raw: str, params: CleanParams,
                  repeated_lines: AbstractSet[str] = frozenset()) -> tuple[str, list[dict], list[Removal]]:
    """-> (clean text, paragraph offsets, removals). Paragraphs are joined by one blank line.
    `repeated_lines`: line_key()s that are chrome for this article's publisher (clean stage)."""
    paragraphs = split_paragraphs(raw)
    chrome = find_chrome(paragraphs, params, repeated_lines)
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
