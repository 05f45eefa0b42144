"""Typed view of params.yaml: one frozen dataclass per section; unknown or missing keys are errors.

Stages receive only their own section, so the keys a stage reads are exactly the fields of its
dataclass, and dvc.yaml lists those keys (a test keeps the two in step).
"""
from __future__ import annotations

import codecs
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class IngestParams:
    manifest: str
    max_bytes: int
    formats: tuple[str, ...]
    encodings: tuple[str, ...]

    def __post_init__(self) -> None:
        unknown = sorted(set(self.formats) - {"txt", "html", "jsonl", "warc"})
        if unknown:
            raise ValueError(f"ingest.formats: no reader for {unknown}")
        for name in self.encodings:
            codecs.lookup(name)  # LookupError names an unknown encoding


@dataclass(frozen=True)
class CleanParams:
    min_words: int
    teaser_headings: tuple[str, ...]
    teaser_title_max_words: int
    teaser_blurb_max_words: int
    chrome_paragraphs: dict[str, tuple[str, ...]]
    chrome_max_words: int
    keep_patterns: tuple[str, ...]
    caption_labels: tuple[str, ...]
    repeated_line_min_articles: int
    repeated_line_max_words: int
    trailing_tag_max_words: int
    languages: tuple[str, ...]
    min_language_probability: float

    def __post_init__(self) -> None:
        if not self.languages:
            raise ValueError("clean.languages must name at least one language")
        if not 0.0 <= self.min_language_probability <= 1.0:
            raise ValueError(f"clean.min_language_probability must be in [0, 1], got {self.min_language_probability}")
        if self.repeated_line_min_articles < 2:
            raise ValueError("clean.repeated_line_min_articles must be at least 2: one article cannot repeat a line")


@dataclass(frozen=True)
class DedupParams:
    normalize_quotes: bool
    shingle_words: int
    num_perm: int
    seed: int
    candidate_threshold: float
    near_duplicate_jaccard: float
    near_duplicate_action: str

    def __post_init__(self) -> None:
        if self.near_duplicate_action not in ("drop", "keep"):
            raise ValueError(f"dedup.near_duplicate_action must be drop or keep, got {self.near_duplicate_action!r}")
        for name in ("candidate_threshold", "near_duplicate_jaccard"):
            if not 0.0 < getattr(self, name) <= 1.0:
                raise ValueError(f"dedup.{name} must be in (0, 1], got {getattr(self, name)}")
        if self.shingle_words < 1 or self.num_perm < 1:
            raise ValueError("dedup.shingle_words and dedup.num_perm must be positive")


@dataclass(frozen=True)
class AnnotateParams:
    max_attribution_words: int
    previous_speaker_max_paragraphs: int
    rank_pronoun_speakers: bool
    rank_turn_speakers: bool
    slur_lexicon: tuple[str, ...]
    profanity_lexicon: tuple[str, ...]
    keep_without_intercept: bool


@dataclass(frozen=True)
class SplitFraction:
    name: str
    fraction: float


@dataclass(frozen=True)
class SplitParams:
    salt: str
    fractions: tuple[SplitFraction, ...]

    def __post_init__(self) -> None:
        total = sum(f.fraction for f in self.fractions)
        if abs(total - 1.0) > 1e-9:
            raise ValueError(f"split.fractions must sum to 1, got {total}")
        names = [f.name for f in self.fractions]
        if len(set(names)) != len(names):
            raise ValueError(f"split.fractions has repeated names: {names}")


@dataclass(frozen=True)
class ValidateParams:
    allow_synthetic: bool


@dataclass(frozen=True)
class PublishParams:
    dataset_name: str
    license: str


SECTIONS: dict[str, type] = {
    "ingest": IngestParams,
    "clean": CleanParams,
    "dedup": DedupParams,
    "annotate": AnnotateParams,
    "split": SplitParams,
    "validate": ValidateParams,
    "publish": PublishParams,
}


def _freeze(value: Any) -> Any:
    """Lists become tuples so that params objects are hashable and immutable."""
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict):
        return {k: _freeze(v) for k, v in value.items()}
    return value


def _build(cls: type, raw: Any, where: str) -> Any:
    if not isinstance(raw, dict):
        raise ValueError(f"params {where}: expected a mapping, got {type(raw).__name__}")
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - names)
    missing = sorted(names - set(raw))
    if unknown or missing:
        raise ValueError(f"params {where}: unknown keys {unknown}, missing keys {missing}")
    kwargs = {}
    for f in dataclasses.fields(cls):
        value = raw[f.name]
        if cls is SplitParams and f.name == "fractions":
            value = tuple(_build(SplitFraction, v, f"{where}.fractions[]") for v in value)
        kwargs[f.name] = _freeze(value)
    return cls(**kwargs)


def load_section(name: str, path: str | Path = "params.yaml") -> Any:
    """Read one section of params.yaml into its dataclass."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise ValueError(f"params: unknown sections {unknown}")
    if name not in data:
        raise ValueError(f"params: missing section {name!r}")
    return _build(SECTIONS[name], data[name], name)


def keys_of(name: str) -> list[str]:
    """The dotted params keys a stage reads: what its dvc.yaml entry must list."""
    return [f"{name}.{f.name}" for f in dataclasses.fields(SECTIONS[name])]
