"""A closed pipe (`factlint quantities FILE | head`) ends every command quietly, as Unix tools do.

The reader closes its end before factlint writes: every write fails with EPIPE. factlint stops
with the status a shell reports for a tool killed by SIGPIPE (141), says nothing on stderr, and
never exits 3 (issue #13: BrokenPipeError, exit 3).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.mark.parametrize(
    "args",
    [
        ("quantities", str(SEEDS / "001_44002c1806efbf2a.txt")),
        ("quantities", "--format", "json", str(SEEDS / "001_44002c1806efbf2a.txt")),
        ("lint", str(SEEDS), "--no-cache"),
        ("lint", str(SEEDS), "--no-cache", "--format", "sarif"),
        ("lint", str(SEEDS), "--no-cache", "--explain"),
        ("claims", str(SEEDS)),
        ("explain", "duplicate"),
        ("rules", "schema"),
        ("rules", "check"),
    ],
)
def test_a_closed_pipe_ends_quietly(tmp_path: Path, args: tuple[str, ...]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "factlint", *args], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `| head -0`: the reader is gone before the first write
    try:
        err = proc.stderr.read()
        code = proc.wait(timeout=120)
    finally:
        proc.kill()
    assert code == 141, err.decode("utf-8", "replace")
    assert err == b""
