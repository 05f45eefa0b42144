"""Bytes of one raw text -> normalised text and a record of what was changed, or a rejection.

Decoding order: a UTF-16/32 byte order mark; strict UTF-8; an encoding the document declares
(HTML <meta charset>, an HTTP Content-Type header); charset-normalizer restricted to the candidate
encodings of params `ingest.encodings`; otherwise `ingest.undecodable`. Restricting the candidates
is deliberate: unrestricted detection names exotic codecs (cp932, utf_16) for short or mostly-ASCII
texts; a guess among the encodings this domain really uses (Windows-1252, Windows-1251, KOI8-R/U,
CP866, ISO-8859-5, Mac Cyrillic) is a recorded choice that a reader can check.

Broken text is rejected, never repaired (a repair, as ftfy does, is a guess we would have to
audit): a file mixing encodings -> `ingest.mixed_encoding`; text that was already mis-decoded
before it reached us (mojibake) -> `ingest.mojibake`. Both are heuristics, documented on the
functions below; their thresholds are constants here, not params, because they are part of the
definition of the reason code.

All functions are pure: no I/O, deterministic.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes


@dataclass(frozen=True)
class Reject:
    """A rejection before provenance is attached: the stage adds raw_path, sha and record."""
    reason: str
    detail: str


@dataclass(frozen=True)
class Decoded:
    text: str                          # normalised text
    encoding: str                      # Python codec name: utf-8, cp1251, koi8-r, utf-16-le ...
    normalizations: tuple[str, ...]    # sorted labels of what normalise_text changed


# --- decoding --------------------------------------------------------------------------------

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (  # binary formats researchers sometimes save with a text extension
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (docx, xlsx, epub ...)"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\xd0\xcf\x11\xe0", "an OLE2 document (doc, xls)"),
)
_TOKEN = re.compile(rb"\S+")


def codec_name(name: str) -> str:
    """Canonical Python codec name ('koi8_r' -> 'koi8-r', 'windows-1251' -> 'cp1251')."""
    return codecs.lookup(name).name


def sniff_binary(data: bytes) -> str | None:
    """Why the bytes are not text (magic number or NUL bytes), or None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"starts like {what}"
    if b"\x00" in data:
        return f"contains NUL bytes (first at byte {data.index(0)})"
    return None


def _plausible(ch: str) -> bool:
    """Characters real text is made of: Latin, Greek, basic Cyrillic, punctuation and symbols.
    Accidental UTF-8 sequences in single-byte Cyrillic text decode to combining marks, NKo,
    archaic or Central Asian Cyrillic letters, which this excludes."""
    o = ord(ch)
    return (0xA0 <= o <= 0x24F or 0x370 <= o <= 0x3FF or 0x400 <= o <= 0x45F or o in (0x490, 0x491)
            or 0x2000 <= o <= 0x206F or 0x20A0 <= o <= 0x20CF or 0x2100 <= o <= 0x21FF)


def mixed_encoding(data: bytes) -> str | None:
    """Heuristic for bytes that are not valid UTF-8 as a whole: part of them is UTF-8, part not.

    The bytes are split into whitespace-separated tokens; a token with non-ASCII bytes is
    'UTF-8' when it decodes strictly and every non-ASCII character is plausible (see _plausible),
    otherwise 'other'. Mixed = at least 2 UTF-8 tokens, at least 1 other token, and UTF-8 tokens
    make at least 5% of the non-ASCII tokens. Single-byte Cyrillic text produces a valid, plausible
    UTF-8 token only by rare accident (an upper-case letter before ё/і/«/»), far below 5%.
    """
    utf8 = other = 0
    first_other = None
    for m in _TOKEN.finditer(data):
        token = m.group()
        if token.isascii():
            continue
        try:
            chars = token.decode("utf-8")
        except UnicodeDecodeError:
            other += 1
            first_other = m.start() if first_other is None else first_other
            continue
        if all(_plausible(c) for c in chars if ord(c) > 127):
            utf8 += 1
        else:
            other += 1
            first_other = m.start() if first_other is None else first_other
    if utf8 >= 2 and other >= 1 and utf8 >= 0.05 * (utf8 + other):
        return f"{utf8} words are UTF-8 and {other} are not (first at byte {first_other})"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in its first 4096 bytes (<meta charset> or
    http-equiv Content-Type), as a Python codec name; None when absent or unknown."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", data[:4096], re.IGNORECASE)
    return charset_codec(m.group(1).decode("ascii")) if m else None


def charset_codec(label: str | None) -> str | None:
    """A charset label (HTML, HTTP) as a Python codec name. As the HTML standard says,
    iso-8859-1 / latin-1 / us-ascii labels mean windows-1252."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        label = "cp1252"
    try:
        return codec_name(label)
    except LookupError:
        return None


def decode_bytes(data: bytes, candidates: tuple[str, ...], declared: str | None = None) -> tuple[str, str] | Reject:
    """(text, encoding) of non-empty bytes, without any normalisation, or a rejection."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:  # the mark stays in the text, as U+FEFF, so that normalisation records its removal
                return data.decode(name), name
            except UnicodeDecodeError as e:
                return Reject("ingest.undecodable", f"{name} byte order mark, but invalid {name} at byte {e.start}")
    why = sniff_binary(data)
    if why:
        return Reject("ingest.binary", why)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        first_bad = e.start
    mixed = mixed_encoding(data)
    if mixed:
        return Reject("ingest.mixed_encoding", mixed)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; detection decides
    best = from_bytes(data, cp_isolation=list(candidates)).best()
    if best is None or best.encoding is None:
        return Reject("ingest.undecodable", f"invalid UTF-8 at byte {first_bad}, and none of {list(candidates)} fits")
    name = codec_name(best.encoding)
    text = data.decode(name)
    # Several candidates can give the very same text (English with curly quotes is identical in
    # cp1252 and cp1251): then the label is the first such candidate in params order.
    for candidate in candidates:
        try:
            if data.decode(candidate) == text:
                return text, codec_name(candidate)
        except UnicodeDecodeError:
            continue
    return text, name


# --- mojibake --------------------------------------------------------------------------------

def _decodings(byte_values: range, *codecs_: str) -> str:
    out = set()
    for b in byte_values:
        for c in codecs_:
            try:
                out.add(bytes([b]).decode(c))
            except UnicodeDecodeError:
                continue
    return "".join(sorted(out))


# UTF-8 continuation bytes (0x80-0xBF) as a Windows-1252 / Latin-1 or a Windows-1251 reader shows them.
_CONT_LATIN = _decodings(range(0x80, 0xC0), "cp1252", "latin-1")
# ...of those, the ones a correct Cyrillic text never has right after 'Р' or 'С' (no letters, no
# guillemets, no no-break space): '°' (а), 'µ' (е), '‚' (т), '…' (х), '№' (й), ...
_CONT_CYR = "".join(c for c in _decodings(range(0x80, 0xC0), "cp1251")
                    if c == "\u00b5" or not (c.isalpha() or c in "\u00ab\u00bb\u00a0\u00ad"))
_LATIN_SEQ = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONT_LATIN)}]{{1,3}}")
_CYR_PAIR = re.compile(f"[\u0420\u0421][{re.escape(_CONT_CYR)}]")
_LATIN1_WORD = re.compile(r"\b[\u00c0-\u00ff]{2,}\b")
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _to_bytes(s: str, codec: str) -> bytes | None:
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode(codec)
        except UnicodeEncodeError:
            if ord(ch) > 255:
                return None
            out.append(ord(ch))  # bytes a Windows codec leaves undefined show as Latin-1 controls
    return bytes(out)


def _utf8_char(seq: str, codec: str) -> str | None:
    """The one character `seq` is the mis-decoding of, or None."""
    raw = _to_bytes(seq, codec)
    if raw is None:
        return None
    lead = raw[0]
    size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    try:
        return raw[:size].decode("utf-8") if len(raw) >= size else None
    except UnicodeDecodeError:
        return None


def mojibake(text: str) -> str | None:
    """Heuristic for text that was mis-decoded before it reached us; a description or None.

    Three signatures, each a sequence no correctly decoded text contains in practice:
    - UTF-8 read as Windows-1252/Latin-1 ('â€™' for ’, 'Ã©' for é, 'Â£' for £): one sequence is
      enough; a single mangled quote mark already breaks quote extraction.
    - UTF-8 Cyrillic read as Windows-1251 ('РџСЂРёРІРµС‚' for Привет): at least 3 pairs of 'Р' or 'С'
      and a symbol ('Р°' for а, 'Рµ' for е, 'С‚' for т, 'С…' for х) that re-encode to a Cyrillic
      letter, at least 5% of the Cyrillic characters. Pairs with a letter second ('Рі' in Рівне)
      are ignored: correct Ukrainian has them.
    - Windows-1251 Cyrillic read as Windows-1252 ('Ïðèâåò' for Привет): at least 3 words made only
      of letters À-ÿ, and at least 20% of all words (French 'à' is one letter; accented words mix
      in ASCII letters).
    """
    latin = [(m.group(), c) for m in _LATIN_SEQ.finditer(text)
             if (c := _utf8_char(m.group(), "cp1252")) and ord(c) > 127]
    if latin:
        seq, ch = latin[0]
        return f"{len(latin)} UTF-8 sequences read as Windows-1252, e.g. {seq!r} for {ch!r}"
    pairs = [(m.group(), c) for m in _CYR_PAIR.finditer(text)
             if (c := _utf8_char(m.group(), "cp1251")) and ("\u0400" <= c <= "\u045f")]
    cyrillic = len(_CYRILLIC.findall(text))
    if len(pairs) >= 3 and len(pairs) >= 0.05 * cyrillic:
        return f"{len(pairs)} UTF-8 Cyrillic letters read as Windows-1251, e.g. {pairs[0][0]!r} for {pairs[0][1]!r}"
    words = _LATIN1_WORD.findall(text)
    if len(words) >= 3 and len(words) >= 0.2 * len(_WORD.findall(text)):
        fixed = _to_bytes(words[0], "cp1252")
        return f"{len(words)} Windows-1251 words read as Windows-1252, e.g. {words[0]!r} for {fixed.decode('cp1251', 'replace')!r}"
    return None


# --- normalisation ---------------------------------------------------------------------------

# U+200B zero width space, U+2060 word joiner, U+FEFF (a BOM inside the text): invisible, never
# part of a word, left behind by CMS editors and copy-paste; always removed.
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")
# U+200C zero width non-joiner and U+200D zero width joiner change how neighbouring characters
# render: ZWJ builds emoji sequences (👨‍👩‍👧), both shape Persian and Indic script. Between two
# non-ASCII, non-space characters they carry meaning and stay; next to ASCII or whitespace (an
# English word split by a stray joiner, 'inter\u200dcepted') they are debris and go.
_STRAY_JOINER = re.compile("(?<![^\\x00-\\x7f\\s])[\u200c\u200d]|[\u200c\u200d](?![^\\x00-\\x7f\\s])")
NORMALIZATIONS = ("bom_stripped", "cr_to_lf", "crlf_to_lf", "line_separator_to_lf", "nfc", "zero_width_removed")


def normalise_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Strip a leading BOM, unify line ends to \\n, drop zero-width debris, NFC; say what changed."""
    done = []
    if text.startswith("\ufeff"):
        text = text[1:]
        done.append("bom_stripped")
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
        done.append("crlf_to_lf")
    if "\r" in text:
        text = text.replace("\r", "\n")
        done.append("cr_to_lf")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
        done.append("line_separator_to_lf")
    stripped = _STRAY_JOINER.sub("", _ZERO_WIDTH.sub("", text))
    if stripped != text:
        text = stripped
        done.append("zero_width_removed")
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        text = nfc
        done.append("nfc")
    return text, tuple(sorted(done))


def finish_text(text: str, encoding: str, extra: tuple[str, ...] = ()) -> Decoded | Reject:
    """Mojibake check, normalisation and the empty check for text that came out of a decoder."""
    found = mojibake(text)
    if found:
        return Reject("ingest.mojibake", found)
    text, done = normalise_text(text)
    if not text.strip():
        return Reject("ingest.empty", "no text after decoding and normalisation")
    return Decoded(text, encoding, tuple(sorted(set(done) | set(extra))))


def decode_text(data: bytes, max_bytes: int, candidates: tuple[str, ...]) -> Decoded | Reject:
    """A plain-text file or record: size and emptiness checks, decoding, mojibake, normalisation."""
    if len(data) > max_bytes:
        return Reject("ingest.too_large", f"{len(data)} bytes > max_bytes {max_bytes}")
    if not data.strip():
        return Reject("ingest.empty", "empty or whitespace only")
    decoded = decode_bytes(data, candidates)
    if isinstance(decoded, Reject):
        return decoded
    return finish_text(*decoded)
