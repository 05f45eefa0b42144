"""split: write build/split/<config>/<split>.parquet; an empty split is not written at all,
because datasets 5.2 cannot load a config that has a zero-row split file."""
from __future__ import annotations

import shutil
from pathlib import Path

from ..stagecli import stage_main
from ..io import read_rows, write_json, write_table
from ..params import SplitParams
from ..records import ARTICLE_FEATURES, QUOTE_FEATURES, arrow_schema
from ..transforms.split import split_of


def run(articles_in: Path, quotes_in: Path, out_dir: Path, report_path: Path, params: SplitParams) -> dict:
    articles = read_rows(articles_in)
    quotes = read_rows(quotes_in)
    split_by_article = {a["article_id"]: split_of(a["duplicate_cluster_id"], params.salt, params.fractions) for a in articles}
    if out_dir.exists():
        shutil.rmtree(out_dir)
    counts: dict[str, dict[str, int]] = {}
    for config, rows, features in (("articles", articles, ARTICLE_FEATURES), ("quotes", quotes, QUOTE_FEATURES)):
        counts[config] = {}
        for f in params.fractions:
            part = [r for r in rows if split_by_article[r["article_id"]] == f.name]
            counts[config][f.name] = len(part)
            if part:
                write_table(part, arrow_schema(features), out_dir / config / f"{f.name}.parquet")
    stats = {"stage": "split", "rows_in": len(articles), "rows_out": len(articles), "rejected": 0, "counts": counts,
             "empty_splits_not_written": sorted(f"{c}/{s}" for c, by in counts.items() for s, n in by.items() if n == 0)}
    write_json(stats, report_path)
    return stats


def main(argv: list[str] | None = None) -> None:
    stage_main(run, "split", __doc__, ('articles', 'quotes', 'out', 'report'), argv)


if __name__ == "__main__":
    main()
