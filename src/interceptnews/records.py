"""The record types that flow between stages, defined once as Hugging Face Features.

The published configs (`articles`, `quotes`) use ARTICLE_FEATURES and QUOTE_FEATURES; the
intermediate files in build/ use the prefixes of ARTICLE_FEATURES that exist at that stage, so a
column has one type from the stage that creates it to the release.
"""
from __future__ import annotations

from typing import Any

import pyarrow as pa
from datasets import Features, List, Value

STAGES = ("ingest", "clean", "dedup", "annotate", "split", "validate", "publish")

_span = {"start": Value("int64"), "end": Value("int64")}

PROVENANCE_FEATURES = {
    "article_id": Value("string"),
    "raw_path": Value("string"),
    "raw_sha256": Value("string"),
    "raw_record": Value("string"),
    "raw_format": Value("string"),
    "encoding": Value("string"),
    "text_normalizations": List(Value("string")),
    "publisher": Value("string"),
    "url": Value("string"),
    "title": Value("string"),
    "author": Value("string"),
    "published_date": Value("string"),
    "retrieved_date": Value("string"),
    "rights": Value("string"),
    "source_notes": Value("string"),
    "synthetic": Value("bool"),
    "language": Value("string"),
    "metadata_sources": List({"field": Value("string"), "source": Value("string")}),
}

CLEAN_FEATURES = {
    "text": Value("string"),
    "paragraphs": List({**_span, "raw_start": Value("int64"), "raw_end": Value("int64")}),
    "boilerplate_removed": List(
        {"reason": Value("string"), "raw_start": Value("int64"), "raw_end": Value("int64"), "text": Value("string")}
    ),
    "word_count": Value("int64"),
    "language_detected": Value("string"),
    "language_probability": Value("float64"),
}

DEDUP_FEATURES = {
    "duplicate_cluster_id": Value("string"),
    "duplicate_cluster_size": Value("int64"),
    "duplicate_cluster_members": List(Value("string")),
}

ANNOTATE_FEATURES = {
    "quote_count": Value("int64"),
    "content_flags": List({"kind": Value("string"), **_span, "text": Value("string")}),
    "has_censored_profanity": Value("bool"),
    "has_profanity": Value("bool"),
    "has_slur": Value("bool"),
    "has_editorial_insertion": Value("bool"),
    "has_personal_data": Value("bool"),
    "reports_intercept": Value("bool"),
    "intercept_released_by": Value("string"),
    "calls": List({"call_id": Value("string"), **_span, "mention": Value("string")}),
}

TAIL_FEATURES = {
    "changed_by": List(Value("string")),
    "pipeline_version": Value("string"),
}

ARTICLE_FEATURES = Features(
    {**PROVENANCE_FEATURES, **CLEAN_FEATURES, **DEDUP_FEATURES, **ANNOTATE_FEATURES, **TAIL_FEATURES}
)

QUOTE_FEATURES = Features(
    {
        "quote_id": Value("string"),
        "article_id": Value("string"),
        "start": Value("int64"),
        "end": Value("int64"),
        "text": Value("string"),
        "utterance": Value("string"),
        "open_mark": Value("string"),
        "close_mark": Value("string"),
        "segments": List(dict(_span)),
        "paragraph_index": Value("int64"),
        "paragraph_end_index": Value("int64"),
        "spans_paragraphs": Value("bool"),
        "unclosed": Value("bool"),
        "quote_type": Value("string"),
        "nesting_depth": Value("int64"),
        "parent_quote_id": Value("string"),
        "speaker_mention": Value("string"),
        "speaker_mention_start": Value("int64"),
        "speaker_mention_end": Value("int64"),
        "speaker": Value("string"),
        "speaker_start": Value("int64"),
        "speaker_end": Value("int64"),
        "speaker_role": Value("string"),
        "attribution_method": Value("string"),
        "speaker_chosen_by": Value("string"),
        "speaker_confidence": Value("float64"),
        "cue": Value("string"),
        "cue_start": Value("int64"),
        "cue_end": Value("int64"),
        "call_id": Value("string"),
        "flags": List(Value("string")),
        "pipeline_version": Value("string"),
    }
)

CONFIG_FEATURES = {"articles": ARTICLE_FEATURES, "quotes": QUOTE_FEATURES}

# Intermediate files: raw_text travels until clean has recorded the audit against it.
INGESTED_FEATURES = Features({**PROVENANCE_FEATURES, "raw_text": Value("string")})
CLEANED_FEATURES = Features({**PROVENANCE_FEATURES, **CLEAN_FEATURES, "changed_by": List(Value("string"))})
DEDUPED_FEATURES = Features({**PROVENANCE_FEATURES, **CLEAN_FEATURES, **DEDUP_FEATURES, "changed_by": List(Value("string"))})

REJECTION_FEATURES = Features(
    {
        "stage": Value("string"),
        "reason": Value("string"),
        "detail": Value("string"),
        "raw_path": Value("string"),
        "raw_sha256": Value("string"),
        "article_id": Value("string"),
        "duplicate_of": Value("string"),
    }
)


def arrow_schema(features: Features) -> pa.Schema:
    """Arrow schema carrying the `huggingface` metadata, so a bare Parquet read gets the Features too."""
    return features.arrow_schema


def rejection(stage: str, reason: str, detail: str, raw_path: str | None, raw_sha256: str | None,
              article_id: str | None = None, duplicate_of: str | None = None) -> dict[str, Any]:
    if not reason.startswith(stage + "."):
        raise ValueError(f"reason code {reason!r} must be prefixed by its stage {stage!r}")
    return {"stage": stage, "reason": reason, "detail": detail, "raw_path": raw_path,
            "raw_sha256": raw_sha256, "article_id": article_id, "duplicate_of": duplicate_of}
