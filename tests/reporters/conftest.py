"""Running the real command line on the fixed reporter corpus (tests/corpus/reporters/)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "reporters"

Factlint = Callable[..., "subprocess.CompletedProcess[str]"]


def run_factlint(*args: str, cwd: Path = CORPUS, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``factlint ARGS`` in a real process, outside GitHub Actions unless ``env`` says so."""
    base = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    base.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "factlint", *args], cwd=cwd, env=base, capture_output=True, text=True, encoding="utf-8",
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def factlint() -> Factlint:
    return run_factlint


@pytest.fixture
def corpus() -> Path:
    return CORPUS
