"""Command line: `interceptnews verify` checks a release against its SHA256SUMS;
`interceptnews release` checks a consistent, rebuilt, committed tree and tags it;
`interceptnews add-article` copies a raw file into raw/ and lists it in the sources manifest."""
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
    ad = sub.add_parser("add-article", help="copy a raw file into raw/ and append its row to the sources manifest")
    ad.add_argument("file", help="the raw file (txt, html, jsonl, warc, warc.gz)")
    for name in ("publisher", "url", "title", "author", "rights", "notes"):
        ad.add_argument(f"--{name}", default=None)
    ad.add_argument("--published-date", default=None, help="YYYY-MM-DD, only when confirmed (estimates go in --notes)")
    ad.add_argument("--retrieved-date", default=None, help="YYYY-MM-DD")
    ad.add_argument("--language", default=None, help="ISO 639 code, e.g. en")
    ad.add_argument("--synthetic", action="store_true", help="the file was written as a test fixture")
    ad.add_argument("--raw", default="raw", help="the raw folder (default: raw)")
    ad.add_argument("--dest", default=None, help="path inside raw/ (default: the file's name)")
    ad.add_argument("--params", default="params.yaml", help="params file naming the manifest (ingest.manifest)")
    a = ap.parse_args(argv)
    if a.command == "add-article":
        from pathlib import Path

        from .add_article import Refused, add_article
        from .params import load_section
        params = Path(a.params)
        manifest = load_section("ingest", params).manifest if params.exists() else "sources.jsonl"
        fields = {"publisher": a.publisher, "url": a.url, "title": a.title, "author": a.author,
                  "published_date": a.published_date, "retrieved_date": a.retrieved_date, "language": a.language,
                  "rights": a.rights, "notes": a.notes, "synthetic": a.synthetic}
        try:
            row = add_article(Path(a.file), Path(a.raw), manifest, fields, a.dest)
        except Refused as e:
            sys.exit(f"add-article: refused: {e}")
        print(f"added {Path(a.raw) / row['path']} (sha256 {row['sha256']}) to {Path(a.raw) / manifest}")
        return
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
