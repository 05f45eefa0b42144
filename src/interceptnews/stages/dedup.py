"""dedup: group articles with the same normalised text, keep one representative per cluster.

Runs before annotate so that duplicates never pay for annotation. Near-duplicate detection
(MinHash) is not in this release: see CARD.md, limitations.
"""
from __future__ import annotations

from pathlib import Path

from ..stagecli import stage_main
from ..io import count_by, read_rows, write_json, write_table
from ..params import DedupParams
from ..records import DEDUPED_FEATURES, REJECTION_FEATURES, arrow_schema, rejection
from ..transforms.dedup import duplicate_key, representative_order


def run(in_path: Path, out_path: Path, rejected_path: Path, report_path: Path, params: DedupParams) -> dict:
    rows = read_rows(in_path)
    clusters: dict[str, list[dict]] = {}
    for row in rows:
        clusters.setdefault(duplicate_key(row["text"], params.normalize_quotes), []).append(row)
    kept, rejected = [], []
    for key in sorted(clusters):
        members = sorted(clusters[key], key=representative_order)
        head = members[0]
        head.update(duplicate_cluster_id=key[:16], duplicate_cluster_size=len(members))
        kept.append(head)
        for dup in members[1:]:
            rejected.append(rejection("dedup", "dedup.exact_duplicate", f"same normalised text as {head['raw_path']}",
                                      dup["raw_path"], dup["raw_sha256"], dup["article_id"], head["article_id"]))
    kept.sort(key=lambda r: r["article_id"])
    write_table(kept, arrow_schema(DEDUPED_FEATURES), out_path)
    write_table(rejected, arrow_schema(REJECTION_FEATURES), rejected_path)
    stats = {"stage": "dedup", "rows_in": len(rows), "rows_out": len(kept), "duplicates": len(rejected),
             "clusters": len(clusters), "rejected_by_reason": count_by(r["reason"] for r in rejected)}
    write_json(stats, report_path)
    return stats


def main(argv: list[str] | None = None) -> None:
    stage_main(run, "dedup", __doc__, ('in', 'out', 'rejected', 'report'), argv)


if __name__ == "__main__":
    main()
