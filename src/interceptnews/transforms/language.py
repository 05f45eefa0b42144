"""Language identification of the clean text (py3langid 0.4.0) and the rule that decides the
`language` column and whether the article's language is allowed in the release.

The identifier is py3langid's own model, shipped in its wheel (no download). Probabilities are
normalised (softmax over the 140 languages of the model, scaled by text length in py3langid 0.4)
and rounded to 4 decimals, so the recorded value does not depend on float noise.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

UNKNOWN = "und"


@dataclass(frozen=True)
class LanguageDecision:
    language: str           # the `language` column
    detected: str           # language_detected
    probability: float      # language_probability
    reject_detail: str | None  # why the article is not allowed in the release; None: allowed


@lru_cache(maxsize=1)
def load_identifier():
    """py3langid's model with normalised probabilities, read once from the installed package."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def known_languages() -> set[str]:
    return set(load_identifier().labels)


def identify(text: str, identifier=None) -> tuple[str, float]:
    """-> (ISO 639-1 code, normalised probability rounded to 4 decimals)."""
    lang, prob = (identifier or load_identifier()).classify(text)
    return lang, round(float(prob), 4)


def manifest_language(value: str | None) -> str | None:
    """The manifest's language as a primary subtag ('en-GB' -> 'en'); None when unknown (null or 'und')."""
    if not value or not value.strip():
        return None
    primary = value.strip().lower().replace("_", "-").split("-")[0]
    return None if primary == UNKNOWN else primary


def decide(manifest: str | None, detected: str, probability: float, allowed: tuple[str, ...],
           min_probability: float) -> LanguageDecision:
    """The text decides when the identifier is confident (probability >= min_probability), else the
    manifest does. An article is rejected when either confident evidence names a language outside
    `allowed`; with no confident evidence at all it is kept as 'und'.

    The column keeps the manifest's language when the manifest names one (it is the source's own
    statement) and records the identifier's view in language_detected/language_probability; a
    manifest that says 'en' for a text identified as Russian is still rejected, because the
    release promises English text.
    """
    stated = manifest_language(manifest)
    confident = probability >= min_probability
    reject = None
    if confident and detected not in allowed:
        reject = f"identified as {detected} (p={probability:.4f}), allowed: {', '.join(allowed)}"
    elif stated is not None and stated not in allowed:
        reject = f"manifest says {stated}, allowed: {', '.join(allowed)}"
    column = stated if stated is not None else (detected if confident else UNKNOWN)
    return LanguageDecision(column, detected, probability, reject)
