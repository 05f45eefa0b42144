"""The one command-line shape of a stage: named path arguments in run()'s order, then --params."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Callable

from .params import load_section


def stage_main(run: Callable[..., Any], section: str, description: str | None, paths: tuple[str, ...],
               argv: list[str] | None = None) -> Any:
    ap = argparse.ArgumentParser(description=description)
    for name in paths:
        ap.add_argument(f"--{name}", type=Path, required=True)
    ap.add_argument("--params", type=Path, default=Path("params.yaml"))
    args = vars(ap.parse_args(argv))
    return run(*(args[name.replace("-", "_")] for name in paths), load_section(section, args["params"]))
