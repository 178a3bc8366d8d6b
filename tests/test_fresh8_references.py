"""fresh8 (spent, tests/gold/fresh8/INTENT.md): C2 — Haemil Foods' 2024 exports, 1,870만 달러 in the Korean press
release against the English encyclopedia entry's "$21.4 million" ("According to the company's annual report,
exports reached …": a bare measure noun in an entry about the company, ``binding/references.py``) — is reported by
zero-config lint, and its hard negatives are not: the wire's "$18.7 million" (= 1,870만 달러), Haemil's 2019
exports ($8.2 million), 2023 revenue, the 2027 export goal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "tests" / "gold" / "fresh8" / "articles"


def _findings() -> list[dict]:  # type: ignore[type-arg]
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", str(ARTICLES), "--no-cache", "--format", "json",
                          "--fail-on", "never"], capture_output=True, text=True, cwd=REPO, check=False)
    assert run.returncode == 0, run.stderr
    return list(json.loads(run.stdout)["findings"])


def test_c2_haemil_exports_is_reported_and_its_hard_negatives_are_not() -> None:
    found = _findings()
    places = {(Path(f["path"]).name, f["line"]) for f in found}
    related = {(Path(r["path"]).name, r["line"]) for f in found for r in f.get("related", [])}
    c2 = [f for f in found if f["rule"] == "bilingual-figure-contradiction" and Path(f["path"]).name == "ko_press_haemil.txt"
          and f["line"] == 5]
    assert c2 and ("en_encyclopedia_haemil.txt", 11) in {(Path(r["path"]).name, r["line"]) for r in c2[0]["related"]}
    for negative in [("en_wire_danwol_cablecar.txt", 11), ("en_wire_danwol_cablecar.txt", 13),
                     ("en_encyclopedia_haemil.txt", 12), ("ko_press_haemil.txt", 19)]:
        assert negative not in places | related, negative
