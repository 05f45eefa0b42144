"""`interceptnews release`: check that a release is consistent and rebuilt, then tag it.

Refuses when the version differs between the package, CITATION.cff, the card, Croissant and
CHANGELOG.md, when CHANGELOG's date differs from CITATION.cff's, when `dvc status` is not clean,
when the tree has uncommitted changes, or when the tag exists already.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DVC_NO_ANALYTICS": "1",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)


def release_problems(root: Path) -> tuple[str, list[str]]:
    """(version, problems); an empty list means the tree may be tagged."""
    problems: list[str] = []
    version = re.search(r'__version__ = "([^"]+)"', (root / "src/interceptnews/_version.py").read_text()).group(1)
    cff = yaml.safe_load((root / "CITATION.cff").read_text(encoding="utf-8"))
    found = {"CITATION.cff": str(cff.get("version"))}
    for card in ("CARD.md", "dataset/README.md"):
        m = re.search(r"^# InterceptNews (\S+)$", (root / card).read_text(encoding="utf-8"), re.MULTILINE)
        found[card] = m.group(1) if m else "(no title)"
    found["dataset/croissant.json"] = str(json.loads((root / "dataset/croissant.json").read_text())["version"])
    log = re.search(r"^## \[([^\]]+)\] - (\d{4}-\d{2}-\d{2})$", (root / "CHANGELOG.md").read_text(), re.MULTILINE)
    found["CHANGELOG.md"] = log.group(1) if log else "(no release entry)"
    for where, v in found.items():
        if v != version:
            problems.append(f"version {v} in {where} != {version} in src/interceptnews/_version.py")
    if log and log.group(2) != str(cff.get("date-released")):
        problems.append(f"CHANGELOG.md date {log.group(2)} != CITATION.cff date-released {cff.get('date-released')}")
    status = _run(["dvc", "status", "--json"], root)
    if status.returncode != 0 or json.loads(status.stdout or "{}") != {}:
        problems.append(f"dvc status is not clean: {status.stdout.strip() or status.stderr.strip()}")
    dirty = _run(["git", "status", "--porcelain"], root).stdout.strip()
    if dirty:
        problems.append(f"uncommitted changes: {dirty.splitlines()[:5]}")
    if _run(["git", "rev-parse", "-q", "--verify", f"refs/tags/v{version}"], root).returncode == 0:
        problems.append(f"tag v{version} exists already")
    return version, problems


def release(root: Path, dry_run: bool = False) -> str:
    version, problems = release_problems(root)
    if problems:
        raise SystemExit("release refused:\n- " + "\n- ".join(problems))
    tag = f"v{version}"
    if not dry_run:
        proc = _run(["git", "tag", "-a", tag, "-m", f"InterceptNews {version}"], root)
        if proc.returncode != 0:
            raise SystemExit(f"git tag failed: {proc.stderr}")
    return tag
