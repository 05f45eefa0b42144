"""dedup: cluster exact and near duplicates, keep one representative per cluster (with
dedup.near_duplicate_action: keep, also the near duplicates), record the others as rejections.

Runs before annotate so that duplicates never pay for annotation. The rules are in
transforms/dedup.py; the representative is the earliest published member (unknown dates last,
then raw path).

Cluster id: the first 16 hex digits of duplicate_key() of the cluster's representative. An article
without duplicates keeps its own text key, as before near-duplicate detection existed. The id
changes only when the representative changes (an earlier-published copy or near duplicate is added,
a date becomes known, the representative is removed), when the representative's clean text changes
(e.g. new clean rules) or with dedup.normalize_quotes; adding a later copy keeps it. The split is a
hash of the id, so a changed id can move a cluster to another split.

Three passes over build/cleaned.parquet, one record batch at a time, so only keys, sketches and the
shingles of candidate articles are held in memory:
1. exact key of every article; a MinHash per distinct text, queried against MinHashLSH and then
   inserted, gives the candidate pairs (the same pairs in any input order);
2. the exact shingle sets of candidate articles confirm pairs by Jaccard;
3. the rows that stay are written with duplicate_cluster_id, _size and _members.
"""
from __future__ import annotations

from pathlib import Path

from datasketch import MinHashLSH

from ..stagecli import stage_main
from ..io import count_by, iter_rows, write_json, write_table
from ..params import DedupParams
from ..records import DEDUPED_FEATURES, REJECTION_FEATURES, arrow_schema, rejection
from ..transforms.dedup import connected_components, duplicate_key, jaccard, minhash, resolve_cluster, shingles

_META = ["article_id", "raw_path", "raw_sha256", "published_date"]


def run(in_path: Path, out_path: Path, rejected_path: Path, report_path: Path, params: DedupParams) -> dict:
    # Pass 1: keys and candidate pairs (of keys: exact copies share one sketch).
    lsh = MinHashLSH(threshold=params.candidate_threshold, num_perm=params.num_perm)
    members_of: dict[str, list[dict]] = {}
    candidates: set[tuple[str, str]] = set()
    for row in iter_rows(in_path, [*_META, "text"]):
        text = row.pop("text")
        key = row["key"] = duplicate_key(text, params.normalize_quotes)
        if key in members_of:
            members_of[key].append(row)
            continue
        members_of[key] = [row]
        shingle_set = shingles(text, params.shingle_words)
        if not shingle_set:
            continue
        sketch = minhash(shingle_set, params.num_perm, params.seed)
        candidates.update(tuple(sorted((key, other))) for other in lsh.query(sketch))
        lsh.insert(key, sketch)
    # Pass 2: exact Jaccard of candidate pairs.
    needed = {k for pair in candidates for k in pair}
    key_of = {m["article_id"]: k for k in needed for m in members_of[k]}
    sets: dict[str, frozenset[str]] = {}
    for row in iter_rows(in_path, ["article_id", "text"]):
        key = key_of.get(row["article_id"])
        if key is not None and key not in sets:
            sets[key] = shingles(row["text"], params.shingle_words)
    near = sorted(p for p in candidates if jaccard(sets[p[0]], sets[p[1]]) >= params.near_duplicate_jaccard)
    # Clusters and decisions.
    stay: dict[str, dict] = {}
    rejected = []
    with_duplicates = 0
    clusters = connected_components(members_of, near)
    for keys in clusters:
        members = [m for k in keys for m in members_of[k]]
        resolved = resolve_cluster(members, params.near_duplicate_action)
        head = resolved[0][0]
        ids = sorted(m["article_id"] for m in members)
        with_duplicates += len(ids) > 1
        columns = {"duplicate_cluster_id": head["key"][:16], "duplicate_cluster_size": len(ids), "duplicate_cluster_members": ids}
        for row, reason, of in resolved:
            if reason is None:
                stay[row["article_id"]] = columns
                continue
            if reason == "dedup.exact_duplicate":
                detail = f"same normalised text as {of['raw_path']}"
            else:
                detail = (f"near duplicate of {of['raw_path']} in a cluster of {len(ids)} files: Jaccard "
                          f"{jaccard(sets[row['key']], sets[of['key']]):.3f} of {params.shingle_words}-word shingles "
                          f"(links need >= {params.near_duplicate_jaccard})")
            rejected.append(rejection("dedup", reason, detail, row["raw_path"], row["raw_sha256"], row["article_id"], of["article_id"]))
    # Pass 3: the rows that stay.
    kept = [{**row, **stay[row["article_id"]]} for row in iter_rows(in_path) if row["article_id"] in stay]
    kept.sort(key=lambda r: r["article_id"])
    rejected.sort(key=lambda r: (r["raw_path"], r["article_id"]))
    write_table(kept, arrow_schema(DEDUPED_FEATURES), out_path)
    write_table(rejected, arrow_schema(REJECTION_FEATURES), rejected_path)
    heads = {c["duplicate_cluster_id"] for c in stay.values()}
    stats = {"stage": "dedup", "rows_in": sum(len(v) for v in members_of.values()), "rows_out": len(kept),
             "duplicates": len(rejected), "clusters": len(clusters),
             "clusters_with_duplicates": with_duplicates,
             "candidate_pairs": len(candidates), "near_duplicate_pairs": len(near),
             "near_duplicate_action": params.near_duplicate_action, "near_duplicates_kept": len(kept) - len(heads),
             "rejected_by_reason": count_by(r["reason"] for r in rejected)}
    write_json(stats, report_path)
    return stats


def main(argv: list[str] | None = None) -> None:
    stage_main(run, "dedup", __doc__, ('in', 'out', 'rejected', 'report'), argv)


if __name__ == "__main__":
    main()
