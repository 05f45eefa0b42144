"""Readers for the raw formats: the bytes of one file (or the stream of its records) -> article
candidates with their text, encoding, normalisations and the metadata found in the file.

- txt: scraped page text, one article per file.
- html: a saved page, one article per file; trafilatura extracts the main text and metadata.
- jsonl: crawler output in news-please style, one article per non-blank line.
- warc (.warc, .warc.gz): one article per `response` or `resource` record with an HTML payload.

Identifiers. A single-article file (txt, html) has no record id: its article_id is the file's
SHA-256. Every record of a multi-record file (jsonl, warc) carries `record` (raw_record: 'line 3',
or the WARC-Record-ID) and `record_sha256`, the SHA-256 of the record's own bytes, from which its
article_id comes: for a JSONL line the line's bytes without the line end; for a WARC record the
HTTP payload as warcio returns it (de-chunked, content-decoded): the bytes of the HTML document.
So the same page saved as .html and captured in a WARC gets the same id, and the second is a
duplicate, never a second article.

Readers are pure (no file opening, no network, no clock): the stage opens the file and passes
bytes or a binary stream. Metadata values are normalised here (dates to YYYY-MM-DD, languages to
ISO 639, URLs must be absolute http(s)); a value that does not normalise is dropped (null), which
is not an error: extracted metadata is a best effort, the manifest is the authority.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import BinaryIO, Iterable, Iterator

import trafilatura
from trafilatura.utils import load_html
from warcio.archiveiterator import ArchiveIterator

from .decode import Decoded, Reject, charset_codec, decode_bytes, decode_text, declared_charset, finish_text

# --- formats ---------------------------------------------------------------------------------

_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".warc": "warc", ".warc.gz": "warc"}
FORMATS = ("txt", "html", "jsonl", "warc")
MULTI_RECORD = ("jsonl", "warc")


def format_of(path: str) -> str | None:
    """Format by file name: .txt, .html/.htm, .jsonl, .warc/.warc.gz; None for anything else."""
    name = path.lower()
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return _SUFFIXES[suffix]
    return None


# --- results ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Article:
    text: str
    encoding: str
    normalizations: tuple[str, ...]
    metadata: dict[str, tuple[str, str]] = field(default_factory=dict)   # field -> (value, source)
    record: str | None = None
    record_sha256: str | None = None


@dataclass(frozen=True)
class Rejected:
    reason: str
    detail: str
    record: str | None = None
    record_sha256: str | None = None


@dataclass(frozen=True)
class NotArticle:
    """A WARC record that is not an article candidate (request, warcinfo, metadata, revisit,
    ...): counted in the report, not as an input (see read_warc)."""
    record_type: str


# --- metadata --------------------------------------------------------------------------------

META_FIELDS = ("author", "language", "published_date", "publisher", "retrieved_date", "title", "url")
META_SOURCES = ("manifest", "html_meta", "jsonl", "warc_header")


def _clean(value) -> str | None:
    """A string with its whitespace collapsed (a list, like news-please's authors, joined by '; ')."""
    if isinstance(value, list):
        value = "; ".join(v for v in (_clean(x) for x in value) if v)
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def normalise_date(value) -> str | None:
    """'2023-07-18', '2023-07-18 10:00:00', '2023-07-18T10:00:00Z' -> '2023-07-18'; else None."""
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", value.strip()) if isinstance(value, str) else None
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def normalise_language(value) -> str | None:
    """'en-GB', 'EN', 'en_US' -> 'en'; 'und', '', anything not ISO 639 -> None."""
    if not isinstance(value, str):
        return None
    primary = re.split(r"[-_]", value.strip().lower())[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) and primary != "und" else None


def normalise_url(value) -> str | None:
    value = _clean(value)
    return value if value and re.match(r"^https?://[^\s/]+", value) and " " not in value else None


_NORMALISE = {"author": _clean, "language": normalise_language, "published_date": normalise_date,
              "publisher": _clean, "retrieved_date": normalise_date, "title": _clean, "url": normalise_url}


def metadata(*candidates: tuple[str, object, str]) -> dict[str, tuple[str, str]]:
    """(field, raw value, source) in order of preference -> the first value that normalises."""
    out: dict[str, tuple[str, str]] = {}
    for name, value, source in candidates:
        norm = _NORMALISE[name](value)
        if norm is not None and name not in out:
            out[name] = (norm, source)
    return out


def merge_metadata(manifest_row: dict, extracted: dict[str, tuple[str, str]]) -> tuple[dict[str, str | None], list[dict]]:
    """The manifest's value wins; extracted values fill its nulls. Returns the values and
    `metadata_sources`: one {field, source} per non-null field, sorted by field."""
    values: dict[str, str | None] = {}
    sources: list[dict] = []
    for name in META_FIELDS:
        given = manifest_row.get(name)
        if name == "language" and given == "und":
            given = None  # the manifest says unknown: the file may know
        if given not in (None, ""):
            values[name] = given
            sources.append({"field": name, "source": "manifest"})
        elif name in extracted:
            values[name] = extracted[name][0]
            sources.append({"field": name, "source": extracted[name][1]})
        else:
            values[name] = None
    return values, sources


# --- txt -------------------------------------------------------------------------------------

def _finished(result: Decoded | Reject, meta: dict | None = None) -> Article | Rejected:
    if isinstance(result, Reject):
        return Rejected(result.reason, result.detail)
    return Article(result.text, result.encoding, result.normalizations, meta or {})


def read_txt(data: bytes, max_bytes: int, candidates: tuple[str, ...]) -> Article | Rejected:
    return _finished(decode_text(data, max_bytes, candidates))


# --- html ------------------------------------------------------------------------------------

# Deterministic extraction: no network (trafilatura only fetches in fetch_url), no cross-document
# cache (deduplicate=False), and htmldate's upper date bound fixed instead of today's date, which
# trafilatura would otherwise use. favor_precision drops navigation and teaser lists (a page that
# is only chrome yields nothing -> ingest.html_no_article); tables, images, links and comments are
# left out. Dates come from markup only (extensive_search=False: no guessing from free text).
TRAFILATURA_OPTIONS = dict(
    output_format="json", with_metadata=True, favor_precision=True, include_comments=False,
    include_tables=False, include_images=False, include_links=False, include_formatting=False,
    deduplicate=False,
    date_extraction_params={"original_date": True, "extensive_search": False, "max_date": "2099-12-31"},
)
_CLOSING = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


def read_html(data: bytes, max_bytes: int, candidates: tuple[str, ...], declared: str | None = None,
              url: str | None = None) -> Article | Rejected:
    """Main text (one paragraph per line) and metadata of one HTML document.

    - `ingest.html_unparseable`: lxml builds no <html> document (garbage, plain text or JSON
      saved as .html, a bare fragment such as '<div>...</div>').
    - `ingest.html_truncated`: neither </body> nor </html> anywhere: the file was cut off (e.g.
      inside <head>, or mid-article). Pages saved by browsers and crawlers always have them.
    - `ingest.html_no_article`: a complete document in which trafilatura finds no main text
      (navigation, cookie wall, index page).
    """
    if len(data) > max_bytes:
        return Rejected("ingest.too_large", f"{len(data)} bytes > max_bytes {max_bytes}")
    if not data.strip():
        return Rejected("ingest.empty", "empty or whitespace only")
    decoded = decode_bytes(data, candidates, declared or declared_charset(data))
    if isinstance(decoded, Reject):
        return Rejected(decoded.reason, decoded.detail)
    html, encoding = decoded
    bom = ("bom_stripped",) if html.startswith("\ufeff") else ()
    html = html.removeprefix("\ufeff")
    tree = load_html(html)
    if tree is None or tree.tag != "html":
        return Rejected("ingest.html_unparseable", "not an HTML document: no document tree, or only a fragment or plain text")
    if not _CLOSING.search(html):
        return Rejected("ingest.html_truncated", "no closing </body> or </html> tag: the file looks cut off")
    out = trafilatura.extract(tree, url=url, **TRAFILATURA_OPTIONS)
    doc = json.loads(out) if out else {}
    text = doc.get("text") or ""
    if not text.strip():
        return Rejected("ingest.html_no_article", "trafilatura found no main text (navigation, cookie or index page)")
    meta = metadata(("title", doc.get("title"), "html_meta"), ("author", doc.get("author"), "html_meta"),
                    ("published_date", doc.get("date"), "html_meta"), ("publisher", doc.get("source-hostname"), "html_meta"),
                    ("url", doc.get("source"), "html_meta"), ("language", tree.get("lang"), "html_meta"))
    return _finished(finish_text(text, encoding, bom), meta)


# --- jsonl -----------------------------------------------------------------------------------

TEXT_FIELDS = ("maintext", "text")  # news-please's field, then the usual name in other crawlers


def read_jsonl(lines: Iterable[bytes], max_bytes: int, candidates: tuple[str, ...]) -> Iterator[Article | Rejected]:
    """One article per non-blank line; a bad line is rejected and the others still go through.

    news-please fields used: maintext (else text), url, title, authors, date_publish (published
    date), date_download (retrieved date), source_domain (publisher), language. Blank lines are
    not records. A line that is not a JSON object -> `ingest.jsonl_bad_line`; an object without a
    non-empty text field -> `ingest.jsonl_no_text`.
    """
    for n, line in enumerate(lines, start=1):
        line = line.removesuffix(b"\n").removesuffix(b"\r")
        if not line.strip():
            continue
        record, sha = f"line {n}", hashlib.sha256(line).hexdigest()

        def reject(reason: str, detail: str) -> Rejected:
            return Rejected(reason, detail, record, sha)

        if len(line) > max_bytes:
            yield reject("ingest.too_large", f"{len(line)} bytes > max_bytes {max_bytes}")
            continue
        decoded = decode_bytes(line, candidates)
        if isinstance(decoded, Reject):
            yield reject(decoded.reason, decoded.detail)
            continue
        s, encoding = decoded
        bom = ("bom_stripped",) if s.startswith("\ufeff") else ()
        try:
            obj = json.loads(s.removeprefix("\ufeff"))
        except json.JSONDecodeError as e:
            yield reject("ingest.jsonl_bad_line", f"invalid JSON: {e.msg} (column {e.colno})")
            continue
        if not isinstance(obj, dict):
            yield reject("ingest.jsonl_bad_line", f"a JSON {type(obj).__name__}, not an object")
            continue
        text = next((obj[k] for k in TEXT_FIELDS if isinstance(obj.get(k), str) and obj[k].strip()), None)
        if text is None:
            yield reject("ingest.jsonl_no_text", f"no non-empty {' or '.join(TEXT_FIELDS)} field")
            continue
        result = finish_text(text, encoding, bom)
        if isinstance(result, Reject):
            yield reject(result.reason, result.detail)
            continue
        meta = metadata(("url", obj.get("url"), "jsonl"), ("title", obj.get("title"), "jsonl"),
                        ("author", obj.get("authors", obj.get("author")), "jsonl"),
                        ("published_date", obj.get("date_publish"), "jsonl"),
                        ("retrieved_date", obj.get("date_download"), "jsonl"),
                        ("publisher", obj.get("source_domain"), "jsonl"), ("language", obj.get("language"), "jsonl"))
        yield Article(result.text, result.encoding, result.normalizations, meta, record, sha)


# --- warc ------------------------------------------------------------------------------------

CANDIDATE_RECORDS = ("response", "resource")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _drained_short(rec) -> bool:
    """Read what is left of the record; True if the file ended before its Content-Length."""
    while rec.raw_stream.read(1 << 16):
        pass
    return getattr(rec.raw_stream, "limit", 0) > 0


def _mime(content_type: str | None) -> tuple[str | None, str | None]:
    if not content_type:
        return None, None
    m = re.search(r"charset\s*=\s*\"?([^\";\s]+)", content_type, re.IGNORECASE)
    return content_type.split(";")[0].strip().lower() or None, m.group(1) if m else None


def read_warc(stream: BinaryIO, max_bytes: int, candidates: tuple[str, ...]) -> Iterator[Article | Rejected | NotArticle]:
    """One article per `response` (or `resource`) record with an HTML payload.

    Inputs are the response/resource records: each becomes an article or a rejection
    (`ingest.warc_not_ok` for an HTTP status other than 2xx, e.g. a redirect or an error page;
    `ingest.warc_non_html` for an image, PDF, JSON ...; the HTML reasons otherwise). request,
    warcinfo, metadata, revisit and conversion records are the crawler's bookkeeping, not pages:
    they are yielded as NotArticle and counted in the ingest report under
    `warc_records_not_articles`, not as inputs. Counting them as rejected inputs would inflate
    the rejection table with records that never could have been articles (a crawl has about one
    request per response) and hide the real losses; leaving them out silently would make a
    WARC's record count impossible to reconcile.

    A record cut off by the end of the file, bytes after the last readable record, a bad digest,
    a header without Content-Length, or anything warcio cannot parse stops the file: the unread
    remainder is one rejected input, `ingest.warc_corrupt` (we cannot know how many pages it
    held); the records before it stand. `stream` must be seekable (its size is compared with
    what warcio read).
    """
    size = stream.seek(0, 2)
    stream.seek(0)
    n = 0
    it = ArchiveIterator(stream, check_digests=True)
    records = iter(it)

    def corrupt(detail: str, rid: str | None = None, sha: str | None = None) -> Rejected:
        return Rejected("ingest.warc_corrupt", detail, rid or f"after record {n}", sha)

    while True:
        # warcio reports malformed input with assorted exception types (ArchiveLoadFailed, but
        # also AttributeError or ValueError from half-parsed headers): all of them mean "corrupt".
        try:
            rec = next(records)
        except StopIteration:
            break
        except Exception as e:  # noqa: BLE001 - turned into a reason code with the error named
            yield corrupt(f"unreadable after {n} records: {type(e).__name__}: {' '.join(str(e).split())[:200]}")
            return
        n += 1
        rid = rec.rec_headers.get_header("WARC-Record-ID") or f"record {n}"
        if rec.format != "warc" or rec.length is None:
            yield corrupt(f"record {n}: not a WARC record with a Content-Length (format {rec.format!r})", rid)
            return
        try:
            payload = rec.content_stream().read(max_bytes + 1) if rec.rec_type in CANDIDATE_RECORDS else b""
            cut = _drained_short(rec)
        except Exception as e:  # noqa: BLE001 - as above: a broken chunked or gzip body
            yield corrupt(f"record {n}: unreadable payload: {type(e).__name__}: {e}", rid)
            return
        sha = hashlib.sha256(payload).hexdigest() if rec.rec_type in CANDIDATE_RECORDS else None
        if cut:
            yield corrupt(f"record {n} ({rec.rec_type}) is cut off by the end of the file", rid, sha)
            return
        if rec.digest_checker.passed is False:
            yield corrupt(f"record {n}: {'; '.join(rec.digest_checker.problems)}", rid, sha)
            return
        if rec.rec_type not in CANDIDATE_RECORDS:
            yield NotArticle(rec.rec_type)
            continue
        if len(payload) > max_bytes:
            yield Rejected("ingest.too_large", f"payload > max_bytes {max_bytes}", rid, sha)
            continue
        http = rec.http_headers if rec.rec_type == "response" else None
        status = http.get_statuscode() if http else None
        if status and not status.startswith("2"):
            yield Rejected("ingest.warc_not_ok", f"HTTP status {status}", rid, sha)
            continue
        mime, charset = _mime(http.get_header("Content-Type") if http else rec.rec_headers.get_header("Content-Type"))
        sniffed = re.match(rb"\s*<(!doctype html|html)", payload[:1024], re.IGNORECASE)
        if mime not in HTML_TYPES and not (mime is None and sniffed):
            yield Rejected("ingest.warc_non_html", f"payload is {mime or 'untyped and not HTML'}", rid, sha)
            continue
        target = rec.rec_headers.get_header("WARC-Target-URI")
        result = read_html(payload, max_bytes, candidates, charset_codec(charset), normalise_url(target))
        if isinstance(result, Rejected):
            yield Rejected(result.reason, result.detail, rid, sha)
            continue
        warc_meta = metadata(("url", target, "warc_header"),
                             ("retrieved_date", rec.rec_headers.get_header("WARC-Date"), "warc_header"))
        meta = {**result.metadata, **warc_meta}  # what the crawler fetched beats what the page claims
        yield Article(result.text, result.encoding, result.normalizations, meta, rid, sha)
    if n == 0:
        yield corrupt("no WARC record could be read", None)
    elif it.err_count:
        yield corrupt(f"{it.err_count} records with an invalid Content-Length")
    elif it.offset < size:
        yield corrupt(f"{size - it.offset} bytes after record {n} could not be read as WARC records")
