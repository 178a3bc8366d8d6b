"""fresh9 (written blind by an outside annotator in session 13, spent since): what `factlint lint` with the
repository's rule pack reports on it, finding by finding against its INTENT.md. Session 13 ended with 6 true
findings; session 14's editions and series records (factlint/binding/editions.py) add C1 and C6, funding
rounds and first flights C3 and C5, sizes after a topic C2, English arithmetic A2 and A5: all 13 planted items. A rule that adds
a false finding here, or loses a planted one, fails this test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# (rule, file, line) of each finding, with what INTENT.md plants there
PLANTED = {
    ("event-date-contradiction", "en_feature_marathon_blog.txt", 4): "C1 the fifth edition: October 26 vs 10월 19일",
    ("bilingual-figure-contradiction", "en_feature_marathon_blog.txt", 9): "C6 men's course record 2:11:47 vs 2시간 9분 12초",
    ("bilingual-figure-contradiction", "ko_yonhap_airport.txt", 4): "C4 passengers 2024 68만 4천여 명 vs 746,000",
    ("arithmetic-statements", "ko_yonhap_airport.txt", 5): "A1 growth 25.4% for 33.6%",
    ("arithmetic-statements", "ko_md_marathon_guide.md", 29): "A3 계 6,000만 for 5,500만",
    ("conversion-pairs", "en_local_lumencell_plant.txt", 6): "A4 $41 million for $32.6 million",
    ("money-figure-contradiction", "ko_column_battery_city.txt", 5): "C3 Series B 620억 (이 회사) vs 450억",
    ("event-date-contradiction", "ko_column_battery_city.txt", 15): "C5 first flight 2021년 6월 11일 vs September 3, 2021",
    ("arithmetic-statements", "en_encyclopedia_cheongram.txt", 6): "A5 increase 36,600 for 26,600",
    ("bilingual-figure-contradiction", "ko_yonhap_airport.txt", 12): "C2 runway length 2,450m vs 2,650 metres",
    ("arithmetic-statements", "en_feature_marathon_blog.txt", 7): "A2 share 41% for 33% (4,120 of them)",
    ("repeated-paragraph", "ko_column_battery_city.txt", 8): "the exact copy of ko_econ_lumencell.txt:14",
    ("repeated-paragraph", "en_local_lumencell_plant.txt", 8): "the near copy of en_wire_haneulbit.txt:10",
}


def test_lint_of_fresh9_reports_the_planted_errors_and_nothing_else() -> None:
    # the repository's rules/ (not an installed pack): the measure `course record` is in rules/measures.yaml
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", str(REPO / "tests" / "gold" / "fresh9" / "articles"),
                          "--no-cache", "--no-default-rules", "--rules", str(REPO / "rules"), "--format", "json",
                          "--fail-on", "never"], capture_output=True, text=True, cwd=REPO, check=False)
    assert run.returncode == 0, run.stderr
    found = {(f["rule"], Path(f["path"]).name, f["line"]) for f in json.loads(run.stdout)["findings"]}
    assert found - PLANTED.keys() == set(), "not planted (false findings)"
    assert PLANTED.keys() - found == set(), "planted, not reported"
