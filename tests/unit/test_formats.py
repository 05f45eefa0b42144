"""Readers of the raw formats: text one paragraph per line, metadata normalised, every record
an article or a reason, bookkeeping records apart."""
from __future__ import annotations

import hashlib
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import ROOT
from interceptnews.schema import METADATA_FIELDS, METADATA_SOURCES
from interceptnews.transforms.formats import (META_FIELDS, META_SOURCES, Article, NotArticle, Rejected, format_of,
                                              merge_metadata, normalise_date, normalise_language, normalise_url,
                                              read_html, read_jsonl, read_warc)

ENC = ("cp1252", "cp1251", "koi8_r")
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
PAGE = (CORPUS / "ingest_html_news_page" / "shortages.html").read_bytes()
PARAS = ["A Russian soldier said in an intercepted call that his unit had no food, the agency said on Tuesday.",
         "“We have nothing left,” he told his mother. “Nobody comes.”",
         "This is a synthetic paragraph for a unit test."]


def page(paras=PARAS, head="", lang="en", charset="utf-8", encoding="utf-8") -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}"><title>Synthetic test page</title>{head}'
            f"</head><body><article>{body}</article></body></html>").encode(encoding)


def test_format_by_extension():
    assert [format_of(p) for p in ("a.txt", "b.HTML", "c.htm", "d.jsonl", "e.warc", "f.warc.gz", "g.pdf", "h.gz", "noext")] == \
        ["txt", "html", "html", "jsonl", "warc", "warc", None, None, None]


def test_metadata_vocabularies_match_the_schema():
    assert list(META_FIELDS) == METADATA_FIELDS and list(META_SOURCES) == METADATA_SOURCES


@pytest.mark.parametrize("value, date", [("2023-07-18", "2023-07-18"), ("2023-07-18 10:00:00", "2023-07-18"),
                                         ("2023-07-18T10:00:00Z", "2023-07-18"), ("2023-02-30", None), ("18/07/2023", None),
                                         ("last Tuesday", None), ("", None), (None, None), (20230718, None)])
def test_dates_normalise_to_iso_or_null(value, date):
    assert normalise_date(value) == date


def test_languages_and_urls_normalise_or_are_dropped():
    assert [normalise_language(v) for v in ("en-GB", "EN", "en_US", "und", "english", "", None)] == ["en", "en", "en", None, None, None, None]
    assert [normalise_url(v) for v in ("https://example.org/a", "/relative", "ftp://x", "dns:example.org", None)] == \
        ["https://example.org/a", None, None, None, None]


def test_manifest_wins_and_extracted_values_fill_its_nulls():
    row = {"publisher": "Manifest Publisher", "url": None, "title": "", "language": "und"}
    extracted = {"publisher": ("Site Name", "html_meta"), "url": ("https://example.org/x", "html_meta"),
                 "title": ("Page title", "html_meta"), "language": ("en", "html_meta")}
    values, sources = merge_metadata(row, extracted)
    assert values == {"author": None, "language": "en", "published_date": None, "publisher": "Manifest Publisher",
                      "retrieved_date": None, "title": "Page title", "url": "https://example.org/x"}
    assert sources == [{"field": "language", "source": "html_meta"}, {"field": "publisher", "source": "manifest"},
                       {"field": "title", "source": "html_meta"}, {"field": "url", "source": "html_meta"}]


# --- html ---

def test_news_page_gives_article_paragraphs_one_per_line_without_chrome():
    got = read_html(PAGE, 10**6, ENC)
    lines = got.text.split("\n")
    assert lines[0] == "Intercepted call: soldier tells mother of shortages (synthetic)"
    assert lines[2].startswith("“We have not had bread for four days,”") and len(lines) == 6
    assert not any(w in got.text for w in ("cookies", "Most read", "Privacy policy", "World"))
    assert got.metadata == {
        "title": ("Intercepted call: soldier tells mother of shortages (synthetic)", "html_meta"),
        "author": ("Jane Fixture", "html_meta"), "published_date": ("2023-07-18", "html_meta"),
        "publisher": ("The Synthetic Gazette (fixture, not a real outlet)", "html_meta"),
        "url": ("https://example.org/synthetic/intercepted-call-shortages", "html_meta"), "language": ("en", "html_meta")}
    assert got.record is None and got.encoding == "utf-8"


def test_html_extraction_is_deterministic():
    assert read_html(PAGE, 10**6, ENC) == read_html(PAGE, 10**6, ENC)


def test_declared_charset_decodes_a_windows_1251_page():
    paras = PARAS[:2] + ["Солдат сказал матери: «Мы здесь никому не нужны». Синтетический абзац для теста."]
    got = read_html(page(paras, charset="windows-1251", encoding="cp1251"), 10**6, ENC)
    assert got.encoding == "cp1251" and "«Мы здесь никому не нужны»" in got.text


def test_a_page_bom_and_an_unparseable_date_are_not_errors():
    got = read_html(b"\xef\xbb\xbf" + page(head='<meta property="article:published_time" content="sometime in July">'), 10**6, ENC)
    assert got.normalizations == ("bom_stripped",) and "published_date" not in got.metadata


@pytest.mark.parametrize("data, reason", [
    (b"<html><head><title>Soldier tells mother", "ingest.html_truncated"),
    (page()[:-30], "ingest.html_truncated"),
    (b'{"error": "not found"}', "ingest.html_unparseable"),
    (b"<div><p>a fragment</p><p>of a page</p></div>", "ingest.html_unparseable"),
    ((CORPUS / "ingest_html_no_article" / "world.html").read_bytes(), "ingest.html_no_article"),
    (b"", "ingest.empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "ingest.binary"),
])
def test_html_problems_have_their_reasons(data, reason):
    assert read_html(data, 10**6, ENC).reason == reason


# --- jsonl ---

def jsonl_line(**fields) -> bytes:
    return json.dumps({"url": "https://example.org/synthetic/a", "title": "Synthetic title", "maintext": "\n".join(PARAS),
                       "authors": ["Ann Fixture", "Bob Fixture"], "date_publish": "2023-07-18 09:00:00",
                       "date_download": "2023-07-20 10:00:00", "source_domain": "example.org", "language": "en", **fields}).encode()


def test_jsonl_lines_become_articles_and_bad_lines_reasons_with_their_line_numbers():
    good = jsonl_line()
    lines = [b"\xef\xbb\xbf" + good + b"\r\n", b"\n", b'{"maintext": "cut off\n', jsonl_line(maintext="  ") + b"\n",
             b"[1, 2]\n", jsonl_line(maintext=None, text="Only a text field here.", date_publish="not a date")]
    got = list(read_jsonl(lines, 10**6, ENC))
    assert [(g.record, getattr(g, "reason", "article")) for g in got] == [
        ("line 1", "article"), ("line 3", "ingest.jsonl_bad_line"), ("line 4", "ingest.jsonl_no_text"),
        ("line 5", "ingest.jsonl_bad_line"), ("line 6", "article")]
    first, last = got[0], got[-1]
    assert first.text == "\n".join(PARAS) and first.normalizations == ("bom_stripped",)
    assert first.record_sha256 == hashlib.sha256(b"\xef\xbb\xbf" + good).hexdigest()  # the line's bytes, no line end
    assert first.metadata == {"url": ("https://example.org/synthetic/a", "jsonl"), "title": ("Synthetic title", "jsonl"),
                              "author": ("Ann Fixture; Bob Fixture", "jsonl"), "published_date": ("2023-07-18", "jsonl"),
                              "retrieved_date": ("2023-07-20", "jsonl"), "publisher": ("example.org", "jsonl"),
                              "language": ("en", "jsonl")}
    assert last.text == "Only a text field here." and "published_date" not in last.metadata


def test_a_jsonl_line_in_another_encoding_is_decoded_on_its_own():
    line = json.dumps({"maintext": "Солдат сказал: «Хлеба нет». Синтетический текст для теста."}, ensure_ascii=False).encode("cp1251")
    (got,) = read_jsonl([line], 10**6, ENC)
    assert got.encoding == "cp1251" and got.text.startswith("Солдат")


# --- warc ---

def warc_bytes(records, gz=False) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for i, (rtype, uri, payload, http) in enumerate(records, start=1):
        headers = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{i:012d}>", "WARC-Date": f"2023-07-2{i}T08:00:00Z"}
        w.write_record(w.create_warc_record(uri, rtype, payload=io.BytesIO(payload), http_headers=http, warc_headers_dict=headers,
                                            warc_content_type={"warcinfo": "application/warc-fields", "resource": "text/html"}.get(rtype, "")))
    return buf.getvalue()


def http(ct: str, status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", ct)], protocol="HTTP/1.1")


def request(uri: str) -> StatusAndHeaders:
    return StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)


U = "https://example.org/synthetic/fetched"


def read(data: bytes):
    return list(read_warc(io.BytesIO(data), 10**6, ENC))


@pytest.mark.parametrize("gz", [False, True])
def test_warc_responses_are_articles_and_bookkeeping_records_are_apart(gz):
    canonical = '<link rel="canonical" href="https://example.org/synthetic/canonical">'
    data = warc_bytes([("warcinfo", None, b"software: test\r\n", None), ("request", U, b"", request(U)),
                       ("response", U, page(head=canonical), http("text/html; charset=utf-8")),
                       ("metadata", U, b"outlinks: none\r\n", None)], gz)
    got = read(data)
    assert [type(g).__name__ for g in got] == ["NotArticle", "NotArticle", "Article", "NotArticle"]
    assert [g.record_type for g in got if isinstance(g, NotArticle)] == ["warcinfo", "request", "metadata"]
    art = got[2]
    assert art.record == "<urn:uuid:00000000-0000-4000-8000-000000000003>"
    assert art.record_sha256 == hashlib.sha256(page(head=canonical)).hexdigest()  # the HTML document's bytes
    assert art.metadata["url"] == (U, "warc_header")  # what was fetched beats what the page claims
    assert art.metadata["retrieved_date"] == ("2023-07-23", "warc_header")
    assert art.text.split("\n") == PARAS


def test_warc_non_html_error_status_and_html_reasons():
    nav = (CORPUS / "ingest_html_no_article" / "world.html").read_bytes()
    got = read(warc_bytes([("response", U, b"\xff\xd8\xff\xe0 jpeg", http("image/jpeg")),
                           ("response", U, page(), http("text/html", "404 Not Found")),
                           ("response", U, nav, http("text/html")),
                           ("resource", U, page(), None)]))
    assert [(g.reason, g.record[-2:]) if isinstance(g, Rejected) else ("article", g.record[-2:]) for g in got] == [
        ("ingest.warc_non_html", "1>"), ("ingest.warc_not_ok", "2>"), ("ingest.html_no_article", "3>"), ("article", "4>")]


@pytest.mark.parametrize("gz", [False, True])
def test_a_truncated_warc_keeps_the_records_before_the_cut_and_rejects_the_rest(gz):
    records = [("response", U, page(), http("text/html")), ("response", U + "2", page(PARAS[::-1]), http("text/html"))]
    data = warc_bytes(records, gz)
    first_record = len(warc_bytes(records[:1], gz))
    got = read(data[: first_record + (len(data) - first_record) // 2])
    assert isinstance(got[0], Article) and len(got) == 2
    assert got[1].reason == "ingest.warc_corrupt" and ("cut off" in got[1].detail or "could not be read" in got[1].detail)


@pytest.mark.parametrize("data, detail", [
    (b"this is not a WARC file at all\n" * 3, "not a WARC record"),
    (b"WARC/1.0\r\nWARC-Type: response\r\n", "unreadable after 0 records"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "no WARC record"),
])
def test_things_that_are_not_warc_are_corrupt(data, detail):
    got = read(data)
    assert [g.reason for g in got] == ["ingest.warc_corrupt"] and detail in got[0].detail


def test_a_warc_record_with_a_wrong_digest_is_corrupt():
    data = bytearray(warc_bytes([("response", U, page(), http("text/html"))]))
    i = data.index(b"intercepted call")
    data[i] = ord("I")
    (got,) = read(bytes(data))
    assert got.reason == "ingest.warc_corrupt" and "digest" in got.detail
