"""ingest: every input is kept or rejected with a reason code; counts reconcile, also for files
that hold several articles."""
from __future__ import annotations

import hashlib
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import ROOT, SEED
from interceptnews.io import read_rows
from interceptnews.params import IngestParams, load_section
from interceptnews.stages import ingest

ENCODINGS = load_section("ingest", ROOT / "params.yaml").encodings
PARAMS = IngestParams(manifest="sources.jsonl", max_bytes=2000, formats=("txt", "html", "jsonl", "warc"), encodings=ENCODINGS)
GOOD = "A Russian soldier said in an intercepted call: “We are tired.”\n".encode()
NAV = (ROOT / "tests" / "fixtures" / "corpus" / "ingest_html_no_article" / "world.html").read_bytes()


def row(path: str, data: bytes, **extra) -> dict:
    return {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "publisher": "Synthetic Times",
            "synthetic": True, **extra}


def build(tmp_path, files: dict[str, bytes], manifest_lines: list[str] | None = None, unlisted=(), params=PARAMS):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in files.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_bytes(data)
    lines = [json.dumps(row(n, d)) for n, d in files.items() if n not in unlisted] + list(manifest_lines or [])
    (raw / "sources.jsonl").write_text("".join(line + "\n" for line in lines))
    stats = ingest.run(raw, tmp_path / "out.parquet", tmp_path / "rej.parquet", tmp_path / "report.json", params)
    return stats, read_rows(tmp_path / "out.parquet"), read_rows(tmp_path / "rej.parquet")


def page(text: str) -> bytes:
    return f'<!DOCTYPE html><html lang="en"><head><title>Synthetic</title></head><body><article><p>{text}</p>' \
           f"<p>A second synthetic paragraph about the call.</p></article></body></html>".encode()


def warc(*pages: tuple[str, bytes]) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    w.write_record(w.create_warc_record(None, "warcinfo", payload=io.BytesIO(b"software: test\r\n"),
                                        warc_content_type="application/warc-fields",
                                        warc_headers_dict={"WARC-Record-ID": "<urn:uuid:info>", "WARC-Date": "2023-07-20T00:00:00Z"}))
    for i, (uri, html) in enumerate(pages):
        for rtype, payload, http in (
                ("request", b"", StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)),
                ("response", html, StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"))):
            w.write_record(w.create_warc_record(uri, rtype, payload=io.BytesIO(payload), http_headers=http,
                                                warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:{rtype}-{i}>",
                                                                   "WARC-Date": "2023-07-21T10:00:00Z"}))
    return buf.getvalue()


def test_each_bad_input_gets_its_reason_and_counts_reconcile(tmp_path):
    files = {
        "good.txt": GOOD,
        "copy.txt": GOOD,
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "binary.txt": b"\x00\x01\x02abc",
        "cp1251.txt": "Солдат сказал матери, что хлеба нет уже четыре дня.".encode("cp1251"),
        "huge.txt": b"word " * 1000,
        "page.html": NAV,
        "slides.pdf": b"%PDF-1.4",
        "unlisted.txt": GOOD + b"x",
        "tampered.txt": GOOD + b"y",
    }
    extra = [json.dumps(row("tampered.txt", GOOD)), json.dumps(row("gone.txt", b"never written")),
             json.dumps(row("../outside.txt", GOOD)), "{not json"]
    stats, kept, rejected = build(tmp_path, files, extra, unlisted=("unlisted.txt", "tampered.txt"))
    assert {(r["raw_path"], r["reason"]) for r in rejected} == {
        ("good.txt", "ingest.duplicate_file"),  # inputs are read in path order: copy.txt came first
        ("empty.txt", "ingest.empty"), ("blank.txt", "ingest.empty"), ("binary.txt", "ingest.binary"),
        ("huge.txt", "ingest.too_large"), ("page.html", "ingest.html_no_article"), ("slides.pdf", "ingest.unsupported_format"),
        ("unlisted.txt", "ingest.not_in_manifest"), ("tampered.txt", "ingest.sha256_mismatch"),
        ("gone.txt", "ingest.missing_file"), ("../outside.txt", "ingest.path_outside_raw"),
        (None, "ingest.manifest_bad_row"),
    }
    assert [(k["raw_path"], k["encoding"]) for k in kept] == [("raw/copy.txt", "utf-8"), ("raw/cp1251.txt", "cp1251")]
    assert stats["raw_inputs"] == stats["rows_out"] + stats["rejected"] == 14
    assert json.loads((tmp_path / "report.json").read_text())["rejected_by_reason"]["ingest.empty"] == 2


def test_the_seed_is_read_exactly_as_before(tmp_path):
    data = SEED.read_bytes()
    _, (kept,), _ = build(tmp_path, {SEED.name: data}, params=load_section("ingest", ROOT / "params.yaml"))
    assert kept["article_id"] == "08ef06da523bc780" and kept["raw_record"] is None
    assert kept["raw_text"] == data.decode("utf-8")
    assert (kept["encoding"], kept["text_normalizations"]) == ("utf-8", [])


def test_provenance_comes_from_the_manifest_and_unknowns_stay_null(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_bytes(GOOD)
    (raw / "sources.jsonl").write_text(json.dumps(row("a.txt", GOOD, url="https://example.org/a", published_date=None)) + "\n")
    ingest.run(raw, tmp_path / "o.parquet", tmp_path / "r.parquet", tmp_path / "s.json", PARAMS)
    (kept,) = read_rows(tmp_path / "o.parquet")
    assert kept["url"] == "https://example.org/a" and kept["published_date"] is None and kept["title"] is None
    assert kept["article_id"] == hashlib.sha256(GOOD).hexdigest()[:16] and kept["synthetic"] is True
    assert kept["metadata_sources"] == [{"field": "publisher", "source": "manifest"}, {"field": "url", "source": "manifest"}]
    assert kept["language"] == "und"


def test_records_of_multi_record_files_are_inputs_with_their_own_ids(tmp_path):
    lines = [json.dumps({"url": "https://example.org/synthetic/1", "maintext": "First synthetic article about a call."}),
             "{broken",
             json.dumps({"url": "https://example.org/synthetic/2", "title": "No text"}),
             json.dumps({"url": "https://example.org/synthetic/3", "maintext": "Third synthetic article.", "language": "en-GB"})]
    jsonl = ("\n".join(lines) + "\n\n").encode()
    crawl = warc(("https://example.org/synthetic/w1", page("A soldier told his wife about the front in a call.")),
                 ("https://example.org/synthetic/w2", page("An officer complained about drones in a call.")))
    stats, kept, rejected = build(tmp_path, {"crawl.jsonl": jsonl, "crawl.warc.gz": crawl})
    assert [(k["raw_path"], k["raw_record"]) for k in kept] == [
        ("raw/crawl.jsonl", "line 1"), ("raw/crawl.jsonl", "line 4"),
        ("raw/crawl.warc.gz", "<urn:uuid:response-0>"), ("raw/crawl.warc.gz", "<urn:uuid:response-1>")]
    assert kept[0]["article_id"] == hashlib.sha256(lines[0].encode()).hexdigest()[:16]
    assert kept[1]["language"] == "en" and {"field": "language", "source": "jsonl"} in kept[1]["metadata_sources"]
    assert {k["raw_sha256"] for k in kept[:2]} == {hashlib.sha256(jsonl).hexdigest()}  # the file's hash
    assert kept[2]["url"] == "https://example.org/synthetic/w1" and kept[2]["retrieved_date"] == "2023-07-21"
    assert sorted((r["reason"], r["detail"].split(":")[0]) for r in rejected) == [
        ("ingest.jsonl_bad_line", "line 2"), ("ingest.jsonl_no_text", "line 3")]
    assert stats["raw_inputs"] == 6 and stats["rows_out"] == 4  # 4 JSONL lines (the blank one is no record) + 2 responses
    assert stats["warc_records_not_articles"] == {"request": 2, "warcinfo": 1}
    assert stats["records_read_by_format"] == {"jsonl": 4, "warc": 2}


def test_the_same_page_as_a_file_and_in_a_warc_is_one_article(tmp_path):
    html = page("A Russian soldier complained about shortages in an intercepted call.")
    _, kept, rejected = build(tmp_path, {"a_page.html": html, "b_crawl.warc.gz": warc(("https://example.org/synthetic/p", html))})
    assert [k["raw_path"] for k in kept] == ["raw/a_page.html"]
    ((reason, dup_of),) = [(r["reason"], r["duplicate_of"]) for r in rejected]
    assert reason == "ingest.duplicate_record" and dup_of == kept[0]["article_id"] == hashlib.sha256(html).hexdigest()[:16]


def test_a_multi_record_file_without_records_is_one_rejected_input(tmp_path):
    only_info = warc()
    stats, kept, rejected = build(tmp_path, {"blank.jsonl": b"\n\n", "info.warc.gz": only_info})
    assert kept == [] and [(r["raw_path"], r["reason"]) for r in rejected] == [
        ("blank.jsonl", "ingest.empty"), ("info.warc.gz", "ingest.empty")]
    assert stats["raw_inputs"] == 2 and "1 WARC records that are not articles" in rejected[1]["detail"]


def test_a_broken_manifest_row_stands_for_the_file_it_names(tmp_path):
    broken = '{"path": "listed.txt", "sha256": "ab'
    stats, kept, rejected = build(tmp_path, {"listed.txt": GOOD}, [broken], unlisted=("listed.txt",))
    assert [(r["raw_path"], r["reason"], r["raw_sha256"]) for r in rejected] == [
        ("listed.txt", "ingest.manifest_bad_row", hashlib.sha256(GOOD).hexdigest())]
    assert stats["raw_inputs"] == 1  # not also ingest.not_in_manifest for the same file


def test_manifest_fields_ingest_would_publish_wrongly_are_refused(tmp_path):
    bad = [json.dumps(row("a.txt", GOOD, published_date="18/07/2023")),
           json.dumps(row("b.txt", GOOD + b"b", url="www.example.org/b")),
           json.dumps(row("c.txt", GOOD + b"c", language="en-GB"))]
    _, kept, rejected = build(tmp_path, {"a.txt": GOOD, "b.txt": GOOD + b"b", "c.txt": GOOD + b"c"}, bad,
                              unlisted=("a.txt", "b.txt", "c.txt"))
    assert kept == [] and {r["reason"] for r in rejected} == {"ingest.manifest_bad_row"}
    details = sorted(r["detail"] for r in rejected)
    assert ["published_date" in details[0], "url" in details[1], "language" in details[2]] == [True] * 3


def test_outputs_are_byte_identical_on_a_rerun(tmp_path):
    files = {"a.txt": GOOD, "b.jsonl": json.dumps({"maintext": "Synthetic text."}).encode() + b"\n",
             "c.warc.gz": warc(("https://example.org/synthetic/c", page("A synthetic call report.")))}
    build(tmp_path, files)
    first = {p.name: p.read_bytes() for p in tmp_path.glob("*.*") if p.is_file()}
    ingest.run(tmp_path / "raw", tmp_path / "out.parquet", tmp_path / "rej.parquet", tmp_path / "report.json", PARAMS)
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.*") if p.is_file()} == first
