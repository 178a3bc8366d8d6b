"""fresh10 (written blind in session 14, spent since): its two English arithmetic errors, missed at the start of
session 15, are reported — A3, a share after "Of that 2,150," (860 / 2,150 = 40%, "48 percent"), and A4, a
conversion set off by a bare comma at the sentence's rate (30,000 won ÷ 1,380 = $21.7, "about $28"). Only the
arithmetic and conversion findings are asserted here: other helpers add the set's contradictions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# (rule, file, line) of each arithmetic or conversion finding, with what INTENT.md plants there
PLANTED = {
    ("arithmetic-statements", "ko_press_bike.txt", 6): "A1 growth 25.5% for 34.7%",
    ("arithmetic-statements", "ko_page_concerthall.md", 16): "A2 합계 1,150 for 1,170",
    ("arithmetic-statements", "en_feature_volleyball.txt", 6): "A3 share 48 percent for 40%",
    ("conversion-pairs", "en_local_bike.txt", 6): "A4 about $28 for $21.7",
    ("arithmetic-statements", "ko_local_volleyball.txt", 7): "A5 470명 for 370",
}


def test_lint_of_fresh10_reports_its_arithmetic_errors_and_no_other() -> None:
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", str(REPO / "tests" / "gold" / "fresh10" / "articles"),
                          "--no-cache", "--no-default-rules", "--rules", str(REPO / "rules"), "--format", "json",
                          "--fail-on", "never"], capture_output=True, text=True, cwd=REPO, check=False)
    assert run.returncode == 0, run.stderr
    found = {(f["rule"], Path(f["path"]).name, f["line"]) for f in json.loads(run.stdout)["findings"]
             if f["kind"] in ("arithmetic", "conversion")}
    assert found == set(PLANTED), (sorted(found - set(PLANTED)), sorted(set(PLANTED) - found))
