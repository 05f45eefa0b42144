"""The articles schema's checks on ingest's provenance columns name what is wrong."""
from __future__ import annotations

import pandas as pd

from interceptnews.schema import ArticleModel

FIELDS = ("author", "published_date", "publisher", "retrieved_date", "title", "url")


def frame(**columns) -> pd.DataFrame:
    return pd.DataFrame(columns)


def test_raw_path_and_record_identify_an_article_and_records_belong_to_multi_record_formats():
    df = frame(raw_path=pd.array(["raw/a.jsonl", "raw/a.jsonl", "raw/a.jsonl", "raw/b.txt", "raw/c.html", "raw/d.warc.gz"], dtype="string"),
               raw_record=pd.array(["line 1", "line 2", "line 2", None, "line 1", None], dtype="string"),
               raw_format=pd.array(["jsonl", "jsonl", "jsonl", "txt", "html", "warc"], dtype="string"))
    assert ArticleModel.raw_record_consistent(df).tolist() == [True, False, False, True, False, False]


def test_normalizations_are_sorted_known_labels():
    df = frame(text_normalizations=[[], ["bom_stripped", "nfc"], ["nfc", "bom_stripped"], ["nfc", "nfc"], ["trimmed"]])
    assert ArticleModel.normalizations_known(df).tolist() == [True, True, False, False, False]


def row(sources, language="und", **values):
    return {"metadata_sources": [{"field": f, "source": s} for f, s in sources], "language": language,
            **{f: values.get(f) for f in FIELDS}}


def test_metadata_sources_list_exactly_the_non_null_fields_in_order():
    rows = [
        row([("publisher", "manifest"), ("url", "html_meta")], publisher="P", url="https://example.org/a"),
        row([("url", "html_meta"), ("publisher", "manifest")], publisher="P", url="https://example.org/a"),  # unsorted
        row([("publisher", "manifest")], publisher="P", url="https://example.org/a"),                          # url unlisted
        row([("publisher", "manifest"), ("title", "jsonl")], publisher="P"),                                    # title is null
        row([("publisher", "guess")], publisher="P"),                                                          # unknown source
        row([("language", "jsonl"), ("publisher", "manifest")], language="en", publisher="P"),
        row([("publisher", "manifest")], language="en", publisher="P"),   # language set later by identification
        row([("language", "manifest"), ("publisher", "manifest")], language="und", publisher="P"),
    ]
    df = pd.DataFrame(rows)
    assert ArticleModel.metadata_sources_match(df).tolist() == [True, False, False, False, False, True, True, False]
