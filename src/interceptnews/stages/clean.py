"""clean: raw text -> article text without page chrome, with an audit of every removed span, and
the language of what is left.

Two passes over the ingested rows, one record batch at a time:
1. count, per publisher, in how many distinct articles each short line occurs (exact copies of a
   page, also in another layout, count once, so that a syndicated copy cannot make its own
   sentences 'repeated'); lines in at least clean.repeated_line_min_articles articles are chrome
   of that publisher (clean.repeated_line). Articles with no publisher (null or blank) form no
   group: their lines are never 'repeated', because lines shared by different unknown sites are
   not one site's template.
2. clean each article with its publisher's repeated lines, identify the language of the clean
   text, and keep or reject it. Checks in order: clean.empty_after_boilerplate, clean.too_short,
   clean.language_not_allowed (short texts are rejected before the identifier sees them).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..stagecli import stage_main
from ..io import count_by, count_rows, iter_rows, write_json, write_table
from ..params import CleanParams
from ..progress import track
from ..records import CLEANED_FEATURES, REJECTION_FEATURES, arrow_schema, rejection
from ..transforms.boilerplate import clean_article, document_key, repeatable_lines, word_count
from ..transforms.language import decide, identify, known_languages, load_identifier

def publisher_group(publisher: str | None) -> str | None:
    """Articles are grouped by their publisher's name, case and spacing ignored; unknown: no group."""
    if publisher is None or not publisher.strip():
        return None
    return " ".join(publisher.split()).casefold()


def repeated_lines_by_publisher(rows, params: CleanParams) -> dict[str, frozenset[str]]:
    """Pass 1: publisher group -> line keys found in >= repeated_line_min_articles distinct articles."""
    counts: dict[str, Counter] = {}
    seen: dict[str, set[str]] = {}
    for row in rows:
        group = publisher_group(row["publisher"])
        if group is None:
            continue
        doc = document_key(row["raw_text"])
        if doc in seen.setdefault(group, set()):
            continue
        seen[group].add(doc)
        counts.setdefault(group, Counter()).update(repeatable_lines(row["raw_text"], params))
    return {group: frozenset(line for line, n in c.items() if n >= params.repeated_line_min_articles)
            for group, c in sorted(counts.items())}


def run(in_path: Path, out_path: Path, rejected_path: Path, report_path: Path, params: CleanParams) -> dict:
    unknown = sorted(set(params.languages) - known_languages())
    if unknown:
        raise ValueError(f"clean.languages: {unknown} are not languages of the py3langid model")
    identifier = load_identifier()
    repeated = repeated_lines_by_publisher(iter_rows(in_path, ["publisher", "raw_text"]), params)
    kept, rejected = [], []
    removed_by_reason: dict[str, int] = {}
    n_in = count_rows(in_path)
    for row in track(iter_rows(in_path), "clean", total=n_in):
        raw = row.pop("raw_text")
        text, paragraphs, removals = clean_article(raw, params, repeated.get(publisher_group(row["publisher"]), frozenset()))
        for r in removals:
            removed_by_reason[r.reason] = removed_by_reason.get(r.reason, 0) + 1
        words = word_count(text)
        where = (row["raw_path"], row["raw_sha256"], row["article_id"])
        if not text:
            rejected.append(rejection("clean", "clean.empty_after_boilerplate", f"{len(removals)} chrome paragraphs, nothing else", *where))
            continue
        if words < params.min_words:
            rejected.append(rejection("clean", "clean.too_short", f"{words} words < min_words {params.min_words}", *where))
            continue
        detected, probability = identify(text, identifier)
        lang = decide(row["language"], detected, probability, params.languages, params.min_language_probability)
        if lang.reject_detail is not None:
            rejected.append(rejection("clean", "clean.language_not_allowed", lang.reject_detail, *where))
            continue
        changed = text != raw or lang.language != row["language"]
        row.update(
            text=text, paragraphs=paragraphs, word_count=words, language=lang.language,
            language_detected=lang.detected, language_probability=lang.probability,
            boilerplate_removed=[{"reason": r.reason, "raw_start": r.raw_start, "raw_end": r.raw_end, "text": r.text}
                                 for r in removals],
            changed_by=["ingest", "clean"] if changed else ["ingest"],
        )
        kept.append(row)
    write_table(kept, arrow_schema(CLEANED_FEATURES), out_path)
    write_table(rejected, arrow_schema(REJECTION_FEATURES), rejected_path)
    stats = {"stage": "clean", "rows_in": n_in, "rows_out": len(kept), "rejected": len(rejected),
             "rejected_by_reason": count_by(r["reason"] for r in rejected),
             "removed_paragraphs_by_reason": dict(sorted(removed_by_reason.items())),
             "repeated_lines_by_publisher": {g: len(lines) for g, lines in repeated.items() if lines},
             "language_detected": count_by(r["language_detected"] for r in kept),
             "language_column": count_by(r["language"] for r in kept)}
    write_json(stats, report_path)
    return stats


def main(argv: list[str] | None = None) -> None:
    stage_main(run, "clean", __doc__, ('in', 'out', 'rejected', 'report'), argv)


if __name__ == "__main__":
    main()
