"""publish: validated split files -> dataset/ (Parquet, card, SHA256SUMS), schema/, CARD.md.

Only validated bytes are published: the Parquet files are copied from build/split unchanged.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import yaml

from .._version import __version__
from .. import card
from ..citation import bibtex, read_cff
from ..croissant import croissant_json
from ..io import sha256_file, write_json
from ..params import PublishParams, load_section
from ..schema_export import dumps, field_table, json_schema
from ..records import CONFIG_FEATURES

REPORT_STAGES = ("ingest", "clean", "dedup", "annotate", "split", "validate")


def _reports(reports_dir: Path) -> dict[str, dict]:
    return {s: json.loads((reports_dir / f"{s}.json").read_text(encoding="utf-8")) for s in REPORT_STAGES}


def accounting(reports: dict[str, dict]) -> dict[str, int]:
    """raw = kept + rejected + duplicates, from the stage reports.

    A raw input is an article candidate as ingest counts it: a txt/html file, one JSONL line, one
    WARC response record, a manifest row without a readable file (WARC bookkeeping records are
    not inputs; ingest reports them apart). It reconciles only if, besides the total, each stage
    passed on exactly what the previous one kept, so a row lost between stages cannot hide
    behind a compensating count.
    """
    ing, cln, ddp, ann = (reports[s] for s in ("ingest", "clean", "dedup", "annotate"))
    rejected = ing["rejected"] + cln["rejected"] + ann["rejected"]
    acc = {"raw_inputs": ing["raw_inputs"], "kept": ann["rows_out"], "rejected": rejected, "duplicates": ddp["duplicates"]}
    chain = (ing["raw_inputs"] == ing["rows_out"] + ing["rejected"] and cln["rows_in"] == ing["rows_out"]
             and ddp["rows_in"] == cln["rows_out"] and ann["rows_in"] == ddp["rows_out"])
    acc["reconciles"] = chain and acc["raw_inputs"] == acc["kept"] + acc["rejected"] + acc["duplicates"]
    return acc


def _rejection_table(reports: dict[str, dict], acc: dict) -> str:
    lines = ["| stage | reason code | count |", "|---|---|---|"]
    for stage in ("ingest", "clean", "dedup", "annotate"):
        for reason, n in reports[stage].get("rejected_by_reason", {}).items():
            lines.append(f"| {stage} | `{reason}` | {n} |")
    if len(lines) == 2:
        lines.append("| - | (none in this release) | 0 |")
    removed = reports["clean"]["removed_paragraphs_by_reason"]
    lines += ["", "Page chrome removed by `clean` (paragraphs, by reason code):", "",
              "| reason code | paragraphs |", "|---|---|"]
    lines += [f"| `{r}` | {n} |" for r, n in removed.items()] or ["| (none) | 0 |"]
    lines += ["", f"Accounting: {acc['raw_inputs']} raw inputs = {acc['kept']} kept + {acc['rejected']} rejected + "
                  f"{acc['duplicates']} duplicates ({'reconciles' if acc['reconciles'] else 'DOES NOT RECONCILE'}). "
                  "A raw input is an article candidate: a txt or html file, one line of a JSONL file, one response "
                  "record of a WARC file, or a manifest row without a readable file."]
    skipped = reports["ingest"].get("warc_records_not_articles", {})
    if skipped:
        lines += ["", "WARC records that are crawler bookkeeping, not pages, and so not inputs: "
                  + ", ".join(f"{t} {n}" for t, n in skipped.items()) + "."]
    return "\n".join(lines)


def _counts_table(split_rows: dict[str, dict[str, int]], declared: list[str], empty: list[str]) -> str:
    lines = ["| config | " + " | ".join(declared) + " |", "|---|" + "---|" * len(declared)]
    for config, by in split_rows.items():
        lines.append(f"| `{config}` | " + " | ".join(str(by.get(s, 0)) for s in declared) + " |")
    note = ("Splits with no rows are not published (datasets cannot load a zero-row Parquet split): "
            + ", ".join(f"`{e}`" for e in empty) + ".") if empty else "Every declared split has rows."
    return "\n".join(lines) + "\n\n" + note


def _lock_hashes(lock_path: Path) -> list[str]:
    """Hashes DVC recorded for the outputs of the stages before publish. DVC writes each stage's
    entry in dvc.lock as soon as the stage has run, so these are the hashes of this build."""
    if not lock_path.exists():
        return ["| (no dvc.lock yet) | - | - |"]
    stages = yaml.safe_load(lock_path.read_text(encoding="utf-8")).get("stages", {})
    rows = []
    for name in REPORT_STAGES:
        for out in stages.get(name, {}).get("outs", []):
            rows.append(f"| `{name}` | `{out['path']}` | `{out.get('md5', '-')}` |")
    return rows or ["| (no outputs recorded) | - | - |"]


def _provenance(articles: list[dict], lock_path: Path) -> str:  # noqa: D103
    lines = ["| raw file | record | sha256 | publisher | url | published | retrieved |", "|---|---|---|---|---|---|---|"]
    for a in sorted(articles, key=lambda r: (r["raw_path"], r["raw_record"] or "")):
        lines.append(f"| `{a['raw_path']}` | {a['raw_record'] or '-'} | `{a['raw_sha256']}` | {a['publisher'] or 'unknown'} | "
                     f"{a['url'] or 'unknown'} | {a['published_date'] or 'unknown'} | {a['retrieved_date'] or 'unknown'} |")
    lines += ["", f"- Code: `interceptnews` {__version__}; every record carries it in `pipeline_version`.",
              "- Stage inputs, parameters and outputs are pinned by hash in `dvc.lock`; the outputs of this build:",
              "", "| stage | output | md5 (DVC) |", "|---|---|---|", *_lock_hashes(lock_path)]
    return "\n".join(lines)


def _changelog_summary(changelog: str) -> str:
    """The release headings of CHANGELOG.md, newest first."""
    heads = [line[3:].strip() for line in changelog.splitlines() if line.startswith("## [")]
    return "\n".join(f"- {h}" for h in heads) + "\n\nThe full list of changes is in `CHANGELOG.md`."


def run(split_dir: Path, reports_dir: Path, dataset_dir: Path, schema_dir: Path, card_path: Path,
        dvc_yaml: Path, params: PublishParams, declared_splits: list[str], citation_cff: Path = Path("CITATION.cff"),
        changelog: Path = Path("CHANGELOG.md")) -> dict:
    for d in (dataset_dir, schema_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    split_rows: dict[str, dict[str, int]] = {}
    split_bytes: dict[str, dict[str, int]] = {}
    file_sizes: dict[str, dict[str, int]] = {}
    articles: list[dict] = []
    for config in CONFIG_FEATURES:
        split_rows[config], split_bytes[config], file_sizes[config] = {}, {}, {}
        for split in declared_splits:
            src = split_dir / config / f"{split}.parquet"
            if not src.exists():
                continue
            dst = dataset_dir / config / f"{split}.parquet"
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
            table = pq.read_table(dst)
            split_rows[config][split] = table.num_rows
            split_bytes[config][split] = table.nbytes
            file_sizes[config][split] = dst.stat().st_size
            if config == "articles":
                articles.extend(table.select(["raw_path", "raw_record", "raw_sha256", "publisher", "url", "published_date", "retrieved_date"]).to_pylist())
    reports = _reports(reports_dir)
    acc = accounting(reports)
    if not acc["reconciles"]:
        raise SystemExit(f"publish: counts do not reconcile: {acc}")
    if not reports["validate"]["passed"]:
        raise SystemExit("publish: validation did not pass")
    empty = reports["split"]["empty_splits_not_written"]
    cff = read_cff(citation_cff)
    if str(cff["version"]) != __version__:
        raise SystemExit(f"publish: CITATION.cff version {cff['version']} != package version {__version__}")
    citation = bibtex(cff)
    (dataset_dir / "croissant.json").write_text(croissant_json(
        params.dataset_name, str(cff["abstract"]).strip(), __version__, str(cff["date-released"]), citation,
        "Article texts: copyright of their publishers, no licence granted (see the card); annotations: cite the dataset.",
        [c for c in CONFIG_FEATURES if split_rows[c]]), encoding="utf-8")
    checksums = ["| file | sha256 |", "|---|---|"] + [
        f"| `{p.relative_to(dataset_dir).as_posix()}` | `{sha256_file(p)}` |"
        for p in sorted(dataset_dir.rglob("*")) if p.is_file() and p.name != "README.md"]
    sections = {
        "version": __version__,
        "release_date": str(cff["date-released"]),
        "release_year": str(cff["date-released"])[:4],
        "counts_table": _counts_table(split_rows, declared_splits, empty),
        "field_table_articles": field_table("articles"),
        "field_table_quotes": field_table("quotes"),
        "rejection_table": _rejection_table(reports, acc),
        "processing_steps": card.processing_steps(dvc_yaml.read_text(encoding="utf-8")),
        "provenance_table": _provenance(articles, Path("dvc.lock")),
        "quote_summary": _quote_summary(reports["annotate"]),
        "citation_bibtex": citation,
        "changelog": _changelog_summary(changelog.read_text(encoding="utf-8")),
        "release_checksums": "\n".join(checksums),
    }
    data = card.card_data(split_rows, split_bytes, file_sizes, params.license, params.dataset_name)
    text = card.render(data, sections)
    (dataset_dir / "README.md").write_text(text, encoding="utf-8")
    card_path.write_text(text, encoding="utf-8")
    for config in CONFIG_FEATURES:
        (schema_dir / f"{config}.schema.json").write_text(dumps(json_schema(config)), encoding="utf-8")
        (schema_dir / f"{config}.fields.md").write_text(f"# `{config}` fields\n\n" + field_table(config), encoding="utf-8")
    files = sorted(p for p in dataset_dir.rglob("*") if p.is_file() and p.name != "SHA256SUMS")
    sums = "".join(f"{sha256_file(p)}  {p.relative_to(dataset_dir).as_posix()}\n" for p in files)
    (dataset_dir / "SHA256SUMS").write_text(sums, encoding="utf-8")
    stats = {"stage": "publish", "version": __version__, "files": len(files) + 1, "rows": split_rows, "accounting": acc,
             "release_sha256": hashlib.sha256(sums.encode()).hexdigest()}
    write_json(stats, reports_dir / "publish.json")
    return stats


def _quote_summary(annotate: dict) -> str:
    lines = [f"- Quotes: {annotate['quotes']}; with a resolved speaker: {annotate['quotes_with_speaker']}; "
             f"from an intercepted call: {annotate['quotes_in_calls']}.",
             "- By speaker role: " + ", ".join(f"{k} {v}" for k, v in annotate["quotes_by_role"].items()) + ".",
             "- By attribution method: " + ", ".join(f"{k} {v}" for k, v in annotate["quotes_by_attribution_method"].items()) + "."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    for name in ("split", "reports", "dataset", "schema", "card", "dvc-yaml", "citation", "changelog"):
        ap.add_argument(f"--{name}", type=Path, required=True)
    ap.add_argument("--params", type=Path, default=Path("params.yaml"))
    a = ap.parse_args(argv)
    declared = [f.name for f in load_section("split", a.params).fractions]
    run(a.split, a.reports, a.dataset, a.schema, a.card, a.dvc_yaml, load_section("publish", a.params), declared,
        a.citation, a.changelog)


if __name__ == "__main__":
    main()
