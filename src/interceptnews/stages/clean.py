"""clean: raw text -> article text without page chrome, with an audit of every removed span."""
from __future__ import annotations

from pathlib import Path

from ..stagecli import stage_main
from ..io import count_by, read_rows, write_json, write_table
from ..params import CleanParams
from ..progress import track
from ..records import CLEANED_FEATURES, REJECTION_FEATURES, arrow_schema, rejection
from ..transforms.boilerplate import clean_article, word_count


def run(in_path: Path, out_path: Path, rejected_path: Path, report_path: Path, params: CleanParams) -> dict:
    rows = read_rows(in_path)
    kept, rejected = [], []
    removed_by_reason: dict[str, int] = {}
    for row in track(rows, "clean", total=len(rows)):
        raw = row.pop("raw_text")
        text, paragraphs, removals = clean_article(raw, params)
        for r in removals:
            removed_by_reason[r.reason] = removed_by_reason.get(r.reason, 0) + 1
        words = word_count(text)
        if not text:
            rejected.append(rejection("clean", "clean.empty_after_boilerplate", f"{len(removals)} chrome paragraphs, nothing else",
                                      row["raw_path"], row["raw_sha256"], row["article_id"]))
            continue
        if words < params.min_words:
            rejected.append(rejection("clean", "clean.too_short", f"{words} words < min_words {params.min_words}",
                                      row["raw_path"], row["raw_sha256"], row["article_id"]))
            continue
        row.update(
            text=text, paragraphs=paragraphs, word_count=words,
            boilerplate_removed=[{"reason": r.reason, "raw_start": r.raw_start, "raw_end": r.raw_end, "text": r.text}
                                 for r in removals],
            changed_by=["ingest", "clean"] if text != raw else ["ingest"],
        )
        kept.append(row)
    write_table(kept, arrow_schema(CLEANED_FEATURES), out_path)
    write_table(rejected, arrow_schema(REJECTION_FEATURES), rejected_path)
    stats = {"stage": "clean", "rows_in": len(rows), "rows_out": len(kept), "rejected": len(rejected),
             "rejected_by_reason": count_by(r["reason"] for r in rejected),
             "removed_paragraphs_by_reason": dict(sorted(removed_by_reason.items()))}
    write_json(stats, report_path)
    return stats


def main(argv: list[str] | None = None) -> None:
    stage_main(run, "clean", __doc__, ('in', 'out', 'rejected', 'report'), argv)


if __name__ == "__main__":
    main()
