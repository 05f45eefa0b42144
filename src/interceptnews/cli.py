"""Command line: `interceptnews verify` checks a release against its SHA256SUMS;
`interceptnews release` checks a consistent, rebuilt, committed tree and tags it."""
from __future__ import annotations

import argparse
import sys

from .loader import default_dataset_dir, verify


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="interceptnews", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    v = sub.add_parser("verify", help="check every file of a release against SHA256SUMS")
    v.add_argument("--dataset", default=None, help="release folder (default: the repository's dataset/)")
    r = sub.add_parser("release", help="check versions, dvc status and git status, then create the annotated tag")
    r.add_argument("--repo", default=".", help="repository root")
    r.add_argument("--dry-run", action="store_true", help="check only, do not tag")
    a = ap.parse_args(argv)
    if a.command == "release":
        from pathlib import Path

        from .release import release
        print(release(Path(a.repo), a.dry_run))
        return
    if a.command == "verify":
        try:
            files = verify(a.dataset)
        except ValueError as e:
            sys.exit(str(e))
        print(f"{len(files)} files match SHA256SUMS in {a.dataset or default_dataset_dir()}")


if __name__ == "__main__":
    main()
