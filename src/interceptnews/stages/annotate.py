"""annotate: clean, deduplicated articles -> article annotations + one row per direct quote.

An article that reports no intercepted communication (no call found, no word of interception) is
off-topic for this dataset: with `annotate.keep_without_intercept: false` it is rejected as
`annotate.no_intercept` with its quotes; with `true` it stays, flagged by `reports_intercept`."""
from __future__ import annotations

from pathlib import Path

from .._version import __version__
from ..stagecli import stage_main
from ..io import count_by, read_rows, write_json, write_table
from ..params import AnnotateParams
from ..progress import track
from ..records import ARTICLE_FEATURES, QUOTE_FEATURES, REJECTION_FEATURES, arrow_schema, rejection
from ..transforms.annotate import annotate_article


def run(in_path: Path, articles_out: Path, quotes_out: Path, rejected_path: Path, report_path: Path,
        params: AnnotateParams) -> dict:
    rows = read_rows(in_path)
    articles, quotes, rejected = [], [], []
    for row in track(rows, "annotate", total=len(rows)):
        fields, article_quotes = annotate_article(row["article_id"], row["text"], row["paragraphs"], params, __version__)
        if not fields["reports_intercept"] and not params.keep_without_intercept:
            rejected.append(rejection("annotate", "annotate.no_intercept",
                                      f"no intercepted call or interception mentioned; {len(article_quotes)} quotes dropped",
                                      row["raw_path"], row["raw_sha256"], row["article_id"]))
            continue
        row.update(fields, changed_by=[*row["changed_by"], "annotate"], pipeline_version=__version__)
        articles.append(row)
        quotes.extend(article_quotes)
    write_table(articles, arrow_schema(ARTICLE_FEATURES), articles_out)
    write_table(quotes, arrow_schema(QUOTE_FEATURES), quotes_out)
    write_table(rejected, arrow_schema(REJECTION_FEATURES), rejected_path)
    stats = {
        "stage": "annotate", "rows_in": len(rows), "rows_out": len(articles), "rejected": len(rejected),
        "rejected_by_reason": count_by(r["reason"] for r in rejected), "quotes": len(quotes),
        "quotes_by_role": count_by(q["speaker_role"] for q in quotes),
        "quotes_by_attribution_method": count_by(q["attribution_method"] for q in quotes),
        "quotes_with_speaker": sum(q["speaker"] is not None for q in quotes),
        "quotes_in_calls": sum(q["call_id"] is not None for q in quotes),
        "articles_reporting_intercept": sum(a["reports_intercept"] for a in articles),
    }
    write_json(stats, report_path)
    return stats


def main(argv: list[str] | None = None) -> None:
    stage_main(run, "annotate", __doc__, ('in', 'articles-out', 'quotes-out', 'rejected', 'report'), argv)


if __name__ == "__main__":
    main()
