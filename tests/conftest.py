"""Shared test fixtures: where the repository, the seeds and ../shared are."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def shared_dir() -> Path | None:
    """``$FACTLINT_SHARED`` or ``../shared`` beside the checkout (CI puts it there)."""
    given = os.environ.get("FACTLINT_SHARED")
    path = Path(given) if given else REPO.parent / "shared"
    return path if path.is_dir() else None


@pytest.fixture(autouse=True)
def _not_in_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests expect text output by default; inside GitHub Actions factlint would switch to annotations."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def shared() -> Path:
    path = shared_dir()
    if path is None and os.environ.get("FACTLINT_REQUIRE_SHARED"):
        pytest.fail("FACTLINT_REQUIRE_SHARED is set but ../shared is missing")
    if path is None:
        pytest.skip("../shared (conformance data, SARIF schema) is not beside this checkout; set FACTLINT_SHARED")
    return path


def _generate(folder: Path, articles: int, stock: bool = False, syndicate: int = 0) -> dict[str, Any]:
    """``articles`` articles of benchmarks/gen_corpus.py in ``folder`` (``stock``, ``syndicate``: its
    modes); returns its manifest."""
    import importlib.util
    import json
    import sys

    script = REPO / "benchmarks" / "gen_corpus.py"
    spec = importlib.util.spec_from_file_location("gen_corpus", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = module
    spec.loader.exec_module(module)
    module.generate(folder, articles, stock=stock, syndicate=syndicate)
    manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return manifest


@pytest.fixture
def generate() -> Callable[..., dict[str, Any]]:
    """Writes a generated corpus (the benchmarks' generator, with its injected copies) into a folder."""
    return _generate
