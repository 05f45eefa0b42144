"""annotate: clean, deduplicated articles -> article annotations + one row per direct quote."""
from __future__ import annotations

from pathlib import Path

from .._version import __version__
from ..stagecli import stage_main
from ..io import count_by, read_rows, write_json, write_table
from ..params import AnnotateParams
from ..progress import track
from ..records import ARTICLE_FEATURES, QUOTE_FEATURES, arrow_schema
from ..transforms.annotate import annotate_article


def run(in_path: Path, articles_out: Path, quotes_out: Path, report_path: Path, params: AnnotateParams) -> dict:
    rows = read_rows(in_path)
    articles, quotes = [], []
    for row in track(rows, "annotate", total=len(rows)):
        fields, article_quotes = annotate_article(row["article_id"], row["text"], row["paragraphs"], params, __version__)
        row.update(fields, changed_by=[*row["changed_by"], "annotate"], pipeline_version=__version__)
        articles.append(row)
        quotes.extend(article_quotes)
    write_table(articles, arrow_schema(ARTICLE_FEATURES), articles_out)
    write_table(quotes, arrow_schema(QUOTE_FEATURES), quotes_out)
    stats = {
        "stage": "annotate", "rows_in": len(rows), "rows_out": len(articles), "rejected": 0, "quotes": len(quotes),
        "quotes_by_role": count_by(q["speaker_role"] for q in quotes),
        "quotes_by_attribution_method": count_by(q["attribution_method"] for q in quotes),
        "quotes_with_speaker": sum(q["speaker"] is not None for q in quotes),
        "quotes_in_calls": sum(q["call_id"] is not None for q in quotes),
        "articles_reporting_intercept": sum(a["reports_intercept"] for a in articles),
    }
    write_json(stats, report_path)
    return stats


def main(argv: list[str] | None = None) -> None:
    stage_main(run, "annotate", __doc__, ('in', 'articles-out', 'quotes-out', 'report'), argv)


if __name__ == "__main__":
    main()
