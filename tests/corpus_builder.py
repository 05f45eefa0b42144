"""Build the fixture corpus (tests/fixtures/corpus/<case>/) into a temporary DVC repository, run
the real pipeline, and read back what happened to each case.

Shared by tests/e2e/test_corpus.py and benchmarks/corpus.py; it lives under tests/ so that test
code never ships in the package.

Case format (see the helpers' common notes): each case directory has a case.json and raw files.
Every file is copied to raw/<case>/<file> and gets one manifest row with the fixture defaults,
overridden per file by case.json "manifest"; files in "unlisted" get no row; "extra_rows" are
more rows (path relative to the case directory; a string entry is written verbatim as a manifest
line, with "{case}" replaced by the case name, for rows that are not valid JSON); "generate"
writes files too big to commit ("text" repeated "repeat" times).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
DEFAULT_ROW = {"publisher": "Synthetic fixture (not a real outlet)", "url": None, "title": None, "author": None,
               "published_date": None, "retrieved_date": None, "language": None,
               "rights": "written by the InterceptNews maintainers as a test fixture", "notes": "synthetic fixture",
               "synthetic": True}


@dataclass(frozen=True)
class Case:
    name: str
    spec: dict
    files: tuple[Path, ...]

    @property
    def expected_inputs(self) -> int:
        return self.spec["expect_kept"] + sum(self.spec["expect_rejections"].values())


def load_cases(corpus: Path = CORPUS) -> list[Case]:
    cases = []
    for d in sorted(p for p in corpus.iterdir() if p.is_dir()):
        spec = json.loads((d / "case.json").read_text(encoding="utf-8"))
        files = tuple(sorted(p for p in d.iterdir() if p.is_file() and p.name != "case.json"))
        cases.append(Case(d.name, spec, files))
    return cases


def write_raw(cases: list[Case], raw: Path, manifest_name: str = "sources.jsonl") -> None:
    """raw/<case>/<file> for every case, and the manifest rows the case asks for."""
    lines: list[str] = []
    for case in cases:
        dest = raw / case.name
        dest.mkdir(parents=True, exist_ok=True)
        for path in case.files:
            shutil.copyfile(path, dest / path.name)
        for name, gen in case.spec.get("generate", {}).items():
            (dest / name).write_text(gen["text"] * gen["repeat"], encoding="utf-8")
        unlisted = set(case.spec.get("unlisted", []))
        overrides = case.spec.get("manifest", {})
        for path in sorted(p for p in dest.iterdir() if p.is_file()):
            if path.name in unlisted:
                continue
            row = {"path": f"{case.name}/{path.name}", "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                   **DEFAULT_ROW, **overrides.get(path.name, {})}
            lines.append(json.dumps(row, ensure_ascii=False))
        for extra in case.spec.get("extra_rows", []):
            if isinstance(extra, str):
                lines.append(extra.replace("{case}", case.name))
            else:
                row = {"path": None, "sha256": None, **DEFAULT_ROW, **extra}
                row["path"] = f"{case.name}/{extra['path']}"
                lines.append(json.dumps(row, ensure_ascii=False))
    (raw / manifest_name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def run(cmd: list[str], cwd: Path) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", "DVC_NO_ANALYTICS": "1"}
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout


def make_repo(repo: Path, cases: list[Case]) -> Path:
    """A git + DVC repository with the project's code and params (synthetic articles allowed)."""
    repo.mkdir(parents=True, exist_ok=True)
    for name in ("dvc.yaml", "CITATION.cff", "CHANGELOG.md"):
        shutil.copy(ROOT / name, repo)
    shutil.copytree(ROOT / "src", repo / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    params = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))
    params["validate"]["allow_synthetic"] = True  # fixtures are synthetic by design
    (repo / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    write_raw(cases, repo / "raw", params["ingest"]["manifest"])
    run(["git", "init", "-q"], repo)
    run(["dvc", "init", "-q"], repo)
    run(["dvc", "config", "core.analytics", "false"], repo)
    return repo


def repro(repo: Path) -> str:
    return run(["dvc", "repro"], repo)


def outcomes(repo: Path, cases: list[Case]) -> dict[str, tuple[int, dict[str, int]]]:
    """Per case: (articles in the release, {reason: count} over every stage's rejections)."""
    kept_paths = [p for f in sorted((repo / "dataset" / "articles").glob("*.parquet"))
                  for p in pq.read_table(f, columns=["raw_path"]).column("raw_path").to_pylist()]
    rejections = [(r["raw_path"], r["reason"]) for f in sorted((repo / "build" / "rejected").glob("*.parquet"))
                  for r in pq.read_table(f, columns=["raw_path", "reason"]).to_pylist()]
    out: dict[str, tuple[int, dict[str, int]]] = {}
    for case in cases:
        prefix = f"{case.name}/"
        kept = sum(p.removeprefix("raw/").startswith(prefix) for p in kept_paths)
        reasons: dict[str, int] = {}
        for path, reason in rejections:
            if path is not None and path.removeprefix("raw/").startswith(prefix):
                reasons[reason] = reasons.get(reason, 0) + 1
        out[case.name] = (kept, dict(sorted(reasons.items())))
    return out


def unattributed(repo: Path, cases: list[Case]) -> list[tuple[str | None, str]]:
    """Rejections whose raw_path names no case: each is an input the per-case counts would miss."""
    names = {c.name for c in cases}
    return [(r["raw_path"], r["reason"]) for f in sorted((repo / "build" / "rejected").glob("*.parquet"))
            for r in pq.read_table(f, columns=["raw_path", "reason"]).to_pylist()
            if r["raw_path"] is None or r["raw_path"].removeprefix("raw/").split("/", 1)[0] not in names]
