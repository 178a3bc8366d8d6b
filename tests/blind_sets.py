"""What zero-config `factlint lint` reports on a spent blind set, as (rule, file, line): the form in which
tests/test_fresh7_findings.py and tests/test_fresh8_findings.py hold each report against its INTENT.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def zero_config_findings(name: str) -> set[tuple[str, str, int]]:
    articles = REPO / "tests" / "gold" / name / "articles"
    # the checkout's own rule pack (what an installed factlint ships), not the pack of whichever checkout the
    # environment's editable install points at
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", str(articles), "--no-cache", "--format", "json",
                          "--fail-on", "never", "--no-default-rules", "--rules", str(REPO / "rules")],
                         capture_output=True, text=True, cwd=REPO, check=False)
    assert run.returncode == 0, run.stderr
    return {(f["rule"], Path(f["path"]).name, f["line"]) for f in json.loads(run.stdout)["findings"]}
