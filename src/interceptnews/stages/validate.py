"""validate: pandera models per config (lazy: all failures at once) plus cross-table rules.

Writes reports/validate.json; on any failure also a readable table on stderr and in
reports/validate_failures.md, and exits non-zero so that nothing is published.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pyarrow.parquet as pq

from ..io import count_by, write_json
from ..params import ValidateParams, load_section
from ..schema import CONFIG_MODELS

FAILURE_COLUMNS = ["config", "split", "schema_context", "column", "check", "failure_case", "index"]

_TYPES = {pa_arrow.int64(): pd.Int64Dtype(), pa_arrow.bool_(): pd.BooleanDtype(), pa_arrow.string(): pd.StringDtype("pyarrow")}


def to_frame(table: pa_arrow.Table) -> pd.DataFrame:
    """Nullable pandas dtypes, so nulls stay nulls (no float ints, no 'None' strings)."""
    return table.to_pandas(types_mapper=_TYPES.get)


def read_split_dir(root: Path) -> dict[str, dict[str, pd.DataFrame]]:
    tables: dict[str, dict[str, pd.DataFrame]] = {}
    for config in CONFIG_MODELS:
        tables[config] = {p.stem: to_frame(pq.read_table(p)) for p in sorted((root / config).glob("*.parquet"))}
    return tables


def _fail(config: str, split: str, check: str, column: str, case, index) -> dict:
    return {"config": config, "split": split, "schema_context": "CrossTable", "column": column, "check": check,
            "failure_case": str(case), "index": index}


def cross_table_failures(articles: pd.DataFrame, quotes: pd.DataFrame, split: str) -> list[dict]:
    out: list[dict] = []
    by_id = {r.article_id: r for r in articles.itertuples(index=False)}
    counts = quotes.article_id.value_counts().to_dict() if len(quotes) else {}
    for r in articles.itertuples(index=True):
        if counts.get(r.article_id, 0) != r.quote_count:
            out.append(_fail("articles", split, "quote_count equals rows in quotes", "quote_count",
                             f"{r.quote_count} != {counts.get(r.article_id, 0)}", r.Index))
    for q in quotes.itertuples(index=True):
        art = by_id.get(q.article_id)
        if art is None:
            out.append(_fail("quotes", split, "article exists in the same split", "article_id", q.article_id, q.Index))
            continue
        text = art.text
        if text[q.start:q.end] != q.text:
            out.append(_fail("quotes", split, "article.text[start:end] == text", "text", q.text[:60], q.Index))
        if " ".join(text[s["start"]:s["end"]].strip() for s in q.segments) != q.utterance:
            out.append(_fail("quotes", split, "segments join to utterance", "utterance", q.utterance[:60], q.Index))
        for col in ("speaker_mention", "speaker", "cue"):
            value, s, e = getattr(q, col), getattr(q, f"{col}_start"), getattr(q, f"{col}_end")
            values = (value, s, e)
            if any(pd.isna(v) for v in values) and not all(pd.isna(v) for v in values):
                out.append(_fail("quotes", split, f"{col} and its offsets are null together", col, values, q.Index))
            elif not pd.isna(value) and text[s:e] != value:
                out.append(_fail("quotes", split, f"article.text[{col}_start:{col}_end] == {col}", col, value, q.Index))
        if not pd.isna(q.call_id) and q.call_id not in {c["call_id"] for c in art.calls}:
            out.append(_fail("quotes", split, "call_id is one of the article's calls", "call_id", q.call_id, q.Index))
        paragraphs = list(art.paragraphs)
        if not (q.paragraph_index <= q.paragraph_end_index < len(paragraphs)
                and paragraphs[q.paragraph_index]["start"] <= q.start <= paragraphs[q.paragraph_index]["end"]):
            out.append(_fail("quotes", split, "paragraph_index holds the quote start", "paragraph_index", q.paragraph_index, q.Index))
    return out


def validate_tables(tables: dict[str, dict[str, pd.DataFrame]], allow_synthetic: bool) -> pd.DataFrame:
    failures: list[dict] = []
    for config, splits in tables.items():
        for split, df in splits.items():
            if len(df) == 0:
                failures.append(_fail(config, split, "no empty split is published", "*", "0 rows", None))
            try:
                CONFIG_MODELS[config].validate(df, lazy=True)
            except pa.errors.SchemaErrors as e:
                fc = e.failure_cases
                for row in fc.itertuples(index=False):
                    failures.append({"config": config, "split": split, "schema_context": row.schema_context,
                                     "column": row.column, "check": str(row.check), "failure_case": str(row.failure_case),
                                     "index": None if pd.isna(row.index) else row.index})
    for split, articles in tables.get("articles", {}).items():
        quotes = tables.get("quotes", {}).get(split)
        if quotes is None:
            quotes = pd.DataFrame({c: pd.Series(dtype=object) for c in CONFIG_MODELS["quotes"].to_schema().columns})
        if not allow_synthetic and "synthetic" in articles and articles.synthetic.fillna(False).any():
            for i in articles.index[articles.synthetic.fillna(False)]:
                failures.append(_fail("articles", split, "no synthetic article in the release", "synthetic", True, i))
        if {"article_id", "text", "quote_count"} <= set(articles.columns):
            failures.extend(cross_table_failures(articles, quotes, split))
    for split in tables.get("quotes", {}):
        if split not in tables.get("articles", {}):
            failures.append(_fail("quotes", split, "article exists in the same split", "article_id", "no articles split", None))
    return pd.DataFrame(failures, columns=FAILURE_COLUMNS)


def failure_report(failures: pd.DataFrame) -> str:
    lines = ["# Validation failures", "", f"{len(failures)} failures.", "",
             "| config | split | context | column | check | failure case | row |", "|---|---|---|---|---|---|---|"]
    for f in failures.itertuples(index=False):
        case = str(f.failure_case).replace("|", "\\|").replace("\n", " ")[:80]
        lines.append(f"| {f.config} | {f.split} | {f.schema_context} | {f.column} | {f.check} | {case} | {f.index} |")
    return "\n".join(lines) + "\n"


def run(split_dir: Path, report_path: Path, params: ValidateParams) -> dict:
    tables = read_split_dir(split_dir)
    failures = validate_tables(tables, params.allow_synthetic)
    failures_path = report_path.with_name("validate_failures.md")
    stats = {"stage": "validate", "passed": failures.empty, "failures": len(failures),
             "rows_checked": {c: sum(len(df) for df in s.values()) for c, s in tables.items()},
             "failures_by_check": dict(sorted(count_by(f"{f.config} / {f.check}" for f in failures.itertuples()).items()))}
    write_json(stats, report_path)
    if failures.empty:
        failures_path.unlink(missing_ok=True)
    else:
        text = failure_report(failures)
        failures_path.write_text(text, encoding="utf-8")
        sys.stderr.write(text)
    return stats


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--in", dest="split_dir", type=Path, required=True)
    ap.add_argument("--report", type=Path, required=True)
    ap.add_argument("--params", type=Path, default=Path("params.yaml"))
    a = ap.parse_args(argv)
    stats = run(a.split_dir, a.report, load_section("validate", a.params))
    if not stats["passed"]:
        sys.exit(f"validate: {stats['failures']} failures; see reports/validate_failures.md")


if __name__ == "__main__":
    main()
