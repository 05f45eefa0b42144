"""`interceptnews add-article`: a file is copied and listed once, or refused with raw/ untouched."""
from __future__ import annotations

import hashlib
import json

import pytest

from conftest import ROOT
from interceptnews.add_article import Refused, add_article
from interceptnews.cli import main
from interceptnews.stages.ingest import MANIFEST_FIELDS

SEED_ROW = (ROOT / "raw" / "sources.jsonl").read_text(encoding="utf-8").splitlines()[0]
TEXT = "A synthetic article: a soldier said in an intercepted call that his unit had no food.\n".encode()


@pytest.fixture()
def raw(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "sources.jsonl").write_text(SEED_ROW + "\n", encoding="utf-8")
    return raw


@pytest.fixture()
def src(tmp_path):
    path = tmp_path / "incoming" / "new_article.txt"
    path.parent.mkdir()
    path.write_bytes(TEXT)
    return path


def snapshot(raw):
    return {p.relative_to(raw).as_posix(): p.read_bytes() for p in raw.rglob("*") if p.is_file()}


def test_adds_a_copy_and_a_row_in_the_existing_field_order(raw, src):
    row = add_article(src, raw, "sources.jsonl", {"publisher": "Synthetic Times", "published_date": "2023-07-18",
                                                  "language": "en", "synthetic": True})
    assert (raw / "new_article.txt").read_bytes() == TEXT
    lines = (raw / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines[0] == SEED_ROW and len(lines) == 2
    written = json.loads(lines[1])
    assert list(written) == list(json.loads(SEED_ROW)) == list(MANIFEST_FIELDS)
    assert written == row and row["sha256"] == hashlib.sha256(TEXT).hexdigest() and row["title"] is None
    assert row["synthetic"] is True


def test_the_command_line_adds_and_refuses(raw, src, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no params.yaml here: the default manifest name
    main(["add-article", str(src), "--raw", str(raw), "--publisher", "Synthetic Times", "--dest", "2023/new.txt",
          "--retrieved-date", "2023-07-20", "--synthetic"])
    assert "added" in capsys.readouterr().out and (raw / "2023" / "new.txt").exists()
    with pytest.raises(SystemExit, match="refused: .*already listed"):
        main(["add-article", str(src), "--raw", str(raw)])


@pytest.mark.parametrize("fields, dest, message", [
    ({}, "../outside.txt", "inside"),
    ({}, "/etc/new.txt", "inside"),
    ({}, "sources.jsonl", "manifest"),
    ({}, ".hidden.txt", "hidden"),
    ({}, "README.md", "README"),
    ({}, "slides.pdf", "unsupported extension"),
    ({"published_date": "18/07/2023"}, None, "published_date"),
    ({"retrieved_date": "2023-02-30"}, None, "retrieved_date"),
    ({"url": "www.example.org/a"}, None, "url"),
    ({"language": "English"}, None, "language"),
])
def test_refusals_leave_raw_untouched(raw, src, fields, dest, message):
    before = snapshot(raw)
    with pytest.raises(Refused, match=message):
        add_article(src, raw, "sources.jsonl", fields, dest)
    assert snapshot(raw) == before


def test_refuses_a_file_whose_sha256_is_already_listed(raw, src):
    add_article(src, raw, "sources.jsonl", {})
    before = snapshot(raw)
    with pytest.raises(Refused, match="already listed as 'new_article.txt'"):
        add_article(src, raw, "sources.jsonl", {}, "copy_of_it.txt")
    assert snapshot(raw) == before


def test_refuses_a_different_file_with_the_same_name(raw, src):
    (raw / "new_article.txt").write_bytes(b"another synthetic article\n")
    before = snapshot(raw)
    with pytest.raises(Refused, match="different file"):
        add_article(src, raw, "sources.jsonl", {})
    assert snapshot(raw) == before


def test_refuses_a_path_already_listed_with_another_hash(raw, src):
    with open(raw / "sources.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps({"path": "new_article.txt", "sha256": "0" * 64}) + "\n")
    with pytest.raises(Refused, match="already listed in sources.jsonl"):
        add_article(src, raw, "sources.jsonl", {})


def test_refuses_a_destination_through_a_symlink_out_of_raw(raw, src, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (raw / "link").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(Refused, match="outside"):
        add_article(src, raw, "sources.jsonl", {}, "link/new.txt")
    assert not (tmp_path / "elsewhere" / "new.txt").exists()


def test_refuses_a_missing_source(raw, tmp_path):
    with pytest.raises(Refused, match="no such file"):
        add_article(tmp_path / "nope.txt", raw, "sources.jsonl", {})


def test_a_manifest_without_a_final_newline_gets_one(raw, src):
    (raw / "sources.jsonl").write_text(SEED_ROW, encoding="utf-8")
    add_article(src, raw, "sources.jsonl", {})
    assert [json.loads(line)["path"] for line in (raw / "sources.jsonl").read_text().splitlines()] == [
        "000_d4c8b5fb90b05146.txt", "new_article.txt"]
