"""The real `dvc repro` on a corpus of synthetic articles in a temporary git repository, loaded
with the real `datasets.load_dataset` and `interceptnews.load`."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from datasets import load_dataset

from conftest import ROOT, SYNTHETIC
from interceptnews import load

pytestmark = pytest.mark.e2e
N_FIXTURES = len(list(SYNTHETIC.glob("*.txt")))
# fixtures whose gold says they report no intercepted call are rejected as annotate.no_intercept
N_OFF_TOPIC = sum(not json.loads(p.read_text(encoding="utf-8"))["reports_intercept"] for p in SYNTHETIC.glob("*.gold.json"))
N_KEPT = N_FIXTURES - N_OFF_TOPIC


def run(cmd: list[str], cwd: Path) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", "DVC_NO_ANALYTICS": "1"}
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, f"{cmd} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def add_raw(raw: Path, name: str, data: bytes, synthetic: bool = True) -> None:
    (raw / name).write_bytes(data)
    row = {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "publisher": "Synthetic fixture (not a real outlet)",
           "url": None, "title": None, "author": None, "published_date": None, "retrieved_date": None,
           "language": "en", "rights": "written by the InterceptNews maintainers as a test fixture",
           "notes": "synthetic article, not part of the release", "synthetic": synthetic}
    with open(raw / "sources.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")


def tree_digest(*dirs: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for d in dirs for p in sorted(d.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    repo = tmp_path_factory.mktemp("repo")
    for name in ("dvc.yaml", "CITATION.cff", "CHANGELOG.md"):
        shutil.copy(ROOT / name, repo)
    shutil.copytree(ROOT / "src", repo / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    params = yaml.safe_load((ROOT / "params.yaml").read_text())
    params["validate"]["allow_synthetic"] = True  # fixtures are synthetic by design
    params["split"]["fractions"].append({"name": "holdout", "fraction": 0.0})  # a split that is always empty
    (repo / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False))
    raw = repo / "raw"
    raw.mkdir()
    (raw / "sources.jsonl").write_text("")
    articles = sorted(SYNTHETIC.glob("*.txt"))
    for path in articles:
        add_raw(raw, path.name, path.read_bytes())
    first = articles[0].read_text(encoding="utf-8")
    add_raw(raw, "zz_syndicated_copy.txt", first.replace("\n\n", "\n").encode())   # same text, other layout
    add_raw(raw, "zz_empty.txt", b"")
    add_raw(raw, "zz_only_chrome.txt", b"Share this article\nPhoto: Reuters\n")
    run(["git", "init", "-q"], repo)
    run(["dvc", "init", "-q"], repo)
    run(["dvc", "config", "core.analytics", "false"], repo)
    run(["dvc", "repro"], repo)
    return repo


def test_release_loads_with_datasets(repo, tmp_path):
    publish = json.loads((repo / "reports" / "publish.json").read_text())
    articles = load_dataset(str(repo / "dataset"), "articles", cache_dir=str(tmp_path))
    quotes = load_dataset(str(repo / "dataset"), "quotes", cache_dir=str(tmp_path))
    assert sum(len(s) for s in articles.values()) == publish["accounting"]["kept"] == N_KEPT
    assert sum(len(s) for s in quotes.values()) == sum(sum(s["quote_count"]) for s in articles.values()) > 50
    for split, qs in quotes.items():
        text = {a["article_id"]: a["text"] for a in articles[split]}
        assert all(text[q["article_id"]][q["start"]:q["end"]] == q["text"] for q in qs)


def test_counts_reconcile_and_rejections_have_reasons(repo):
    import pyarrow.parquet as pq
    acc = json.loads((repo / "reports" / "publish.json").read_text())["accounting"]
    # every fixture article, plus a re-laid-out copy, an empty file and a chrome-only file
    assert N_OFF_TOPIC >= 1 and acc == {"raw_inputs": N_FIXTURES + 3, "kept": N_KEPT, "rejected": 2 + N_OFF_TOPIC,
                                        "duplicates": 1, "reconciles": True}
    reasons = sorted(r for stage in ("ingest", "clean", "dedup", "annotate")
                     for r in pq.read_table(repo / "build" / "rejected" / f"{stage}.parquet").column("reason").to_pylist())
    assert reasons == sorted(["clean.empty_after_boilerplate", "dedup.exact_duplicate", "ingest.empty"]
                             + ["annotate.no_intercept"] * N_OFF_TOPIC)


def test_empty_splits_are_not_published_and_card_says_so(repo):
    split_report = json.loads((repo / "reports" / "split.json").read_text())
    assert {"articles/holdout", "quotes/holdout"} <= set(split_report["empty_splits_not_written"])
    for name in split_report["empty_splits_not_written"]:
        assert not (repo / "dataset" / f"{name}.parquet").exists()
        assert f"`{name}`" in (repo / "CARD.md").read_text()
    published = {p.relative_to(repo / "dataset").with_suffix("").as_posix() for p in (repo / "dataset").rglob("*.parquet")}
    assert all(split_report["counts"][c][s] > 0 for c, s in (n.split("/") for n in published))


def test_no_op_repro_and_forced_rebuild_change_no_byte(repo):
    before = tree_digest(repo / "dataset", repo / "schema")
    assert "up to date" in run(["dvc", "status"], repo)
    run(["dvc", "repro", "--force"], repo)
    assert tree_digest(repo / "dataset", repo / "schema") == before


def test_loader_sees_a_rebuilt_release(repo, tmp_path):
    cache = tmp_path / "cache"
    before = load("articles", dataset_dir=repo / "dataset", cache_dir=cache)
    n_before = sum(len(s) for s in before.values())
    # a new article of its own (a variant of a fixture would be a near duplicate and be dropped)
    add_raw(repo / "raw", "zz_new_article.txt", (
        "A Ukrainian official said on Tuesday that a new intercepted call had been released by the intelligence service.\n"
        "In the call, a Russian soldier tells his wife that his unit has had no hot food for a week while the officers "
        "sleep in a house in the village and drive to the market every morning.\n"
        "“Send me socks and cigarettes, nothing else reaches us,” he says. “The boys are sick and nobody cares.”\n"
        "His wife promises to send a parcel through a volunteer in Belgorod.\n").encode())
    run(["dvc", "repro"], repo)
    after = load("articles", dataset_dir=repo / "dataset", cache_dir=cache)
    assert sum(len(s) for s in after.values()) == n_before + 1


def git_commit_all(repo: Path) -> None:
    env = ["-c", "user.name=InterceptNews test", "-c", "user.email=test@invalid"]
    run(["git", *env, "add", "-A"], repo)
    run(["git", *env, "commit", "-q", "-m", "release candidate"], repo)


def test_release_refuses_dirty_or_inconsistent_trees_and_tags_a_consistent_one(repo):
    from interceptnews.release import release, release_problems

    (repo / ".gitignore").write_text("/build/\n")
    git_commit_all(repo)
    version, problems = release_problems(repo)
    assert problems == []

    card = (repo / "CARD.md").read_text()
    (repo / "CARD.md").write_text(card + "\nedited by hand\n")
    _, problems = release_problems(repo)
    assert any("uncommitted" in p for p in problems) and any("dvc status" in p for p in problems)
    (repo / "CARD.md").write_text(card)

    cff = (repo / "CITATION.cff").read_text()
    (repo / "CITATION.cff").write_text(cff.replace(f"version: {version}", "version: 9.9.9"))
    with pytest.raises(SystemExit, match="version 9.9.9 in CITATION.cff"):
        release(repo)
    (repo / "CITATION.cff").write_text(cff)

    assert release(repo) == f"v{version}"
    assert run(["git", "tag", "-l", "-n1"], repo).startswith(f"v{version}")
    with pytest.raises(SystemExit, match="exists already"):
        release(repo)
