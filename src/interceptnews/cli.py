"""Command line: `interceptnews verify` checks a release against its SHA256SUMS."""
from __future__ import annotations

import argparse
import sys

from .loader import default_dataset_dir, verify


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="interceptnews", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    v = sub.add_parser("verify", help="check every file of a release against SHA256SUMS")
    v.add_argument("--dataset", default=None, help="release folder (default: the repository's dataset/)")
    a = ap.parse_args(argv)
    if a.command == "verify":
        try:
            files = verify(a.dataset)
        except ValueError as e:
            sys.exit(str(e))
        print(f"{len(files)} files match SHA256SUMS in {a.dataset or default_dataset_dir()}")


if __name__ == "__main__":
    main()
