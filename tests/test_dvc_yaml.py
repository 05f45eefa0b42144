"""dvc.yaml lists, for each stage, every package module it imports and exactly the params it reads,
so that DVC reruns exactly the affected stages."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from interceptnews.params import keys_of

SRC = ROOT / "src"
STAGES = yaml.safe_load((ROOT / "dvc.yaml").read_text())["stages"]
# Stages that read a key of another section, and why.
CROSS_SECTION = {"publish": ["split.fractions"]}  # the declared split names, for the card's counts table


def module_path(name: str) -> Path:
    base = SRC / Path(*name.split("."))
    return base.with_suffix(".py") if base.with_suffix(".py").exists() else base / "__init__.py"


def package_imports(path: Path, seen: set[Path]) -> set[Path]:
    """Modules of the package that `path` imports, transitively (package __init__ files excluded)."""
    if path in seen:
        return set()
    seen.add(path)
    tree = ast.parse(path.read_text())
    package = ".".join(path.relative_to(SRC).with_suffix("").parts)
    if path.name != "__init__.py":
        package = package.rsplit(".", 1)[0]
    found: set[Path] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            parts = package.split(".")
            base = ".".join(parts[: len(parts) - node.level + 1])
            targets = [f"{base}.{node.module}" if node.module else base]
            if not node.module:
                targets = [f"{base}.{alias.name}" for alias in node.names]
            for target in targets:
                mod = module_path(target)
                if mod.exists():
                    if not (mod.name == "__init__.py" and mod.parent.name in ("stages", "transforms", "interceptnews")):
                        found.add(mod)
                    found |= package_imports(mod, seen)
    return found


@pytest.mark.parametrize("stage", list(STAGES))
def test_stage_deps_list_every_imported_module(stage):
    module = SRC / "interceptnews" / "stages" / f"{stage}.py"
    deps = {ROOT / d for d in STAGES[stage]["deps"]}
    needed = {module} | package_imports(module, set())
    missing = sorted(str(p.relative_to(ROOT)) for p in needed - deps)
    assert not missing, f"{stage}: add to deps in dvc.yaml: {missing}"


@pytest.mark.parametrize("stage", list(STAGES))
def test_stage_params_are_exactly_its_section(stage):
    assert sorted(STAGES[stage].get("params", [])) == sorted(keys_of(stage) + CROSS_SECTION.get(stage, []))


def test_every_params_section_belongs_to_a_stage():
    sections = yaml.safe_load((ROOT / "params.yaml").read_text())
    assert list(sections) == list(STAGES)
