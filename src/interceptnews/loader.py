"""The Python face of the release: load a config with types, never from a stale cache."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .io import sha256_file

CONFIGS = ("articles", "quotes")


def default_dataset_dir() -> Path:
    """INTERCEPTNEWS_DATASET, else the repository's dataset/ (an editable install), else ./dataset."""
    env = os.environ.get("INTERCEPTNEWS_DATASET")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2] / "dataset"
    return repo if (repo / "README.md").exists() else Path("dataset")


def release_digest(dataset_dir: Path) -> str:
    return hashlib.sha256((dataset_dir / "SHA256SUMS").read_bytes()).hexdigest()


def verify(dataset_dir: str | Path | None = None) -> list[str]:
    """Check every file against SHA256SUMS; raise ValueError naming the files that differ."""
    root = Path(dataset_dir) if dataset_dir else default_dataset_dir()
    bad = []
    listed = set()
    for line in (root / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, rel = line.split("  ", 1)
        listed.add(rel)
        path = root / rel
        if not path.exists() or sha256_file(path) != digest:
            bad.append(rel)
    unlisted = sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                      if p.is_file() and p.name != "SHA256SUMS" and p.relative_to(root).as_posix() not in listed)
    if bad or unlisted:
        raise ValueError(f"release does not match SHA256SUMS: changed or missing {bad}, unlisted {unlisted}")
    return sorted(listed)


def load(config: str = "articles", split: str | None = None, dataset_dir: str | Path | None = None,
         cache_dir: str | Path | None = None):
    """`datasets.load_dataset` on the release, with the Arrow cache keyed on the release's checksums.

    datasets keys a local folder's cache on its name and card metadata only, so a rebuilt release
    would load as the old rows; keying the cache directory on SHA256SUMS makes that impossible.
    """
    if config not in CONFIGS:
        raise ValueError(f"config must be one of {CONFIGS}, got {config!r}")
    import datasets  # heavy: imported on use, not at package import

    root = Path(dataset_dir) if dataset_dir else default_dataset_dir()
    base = Path(cache_dir) if cache_dir else Path(datasets.config.HF_DATASETS_CACHE) / "interceptnews"
    return datasets.load_dataset(str(root), config, split=split, cache_dir=str(base / release_digest(root)[:16]))
