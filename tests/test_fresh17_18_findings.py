"""fresh17 and fresh18 (written blind by outside annotators in session 18, spent since): what zero-config
`factlint lint` reports on each, finding by finding against its INTENT.md. Scored blind at the session's start
(851e2bf) and after every branch of the session was merged (c93a36e). fresh17: five findings at the start, six at the
end — the planted contradiction C5 (the chief executive's age, 54 in March and 57 in October of one year) is found
since s18-ages; arithmetic A1 (growth), A2 (table total) and A4 (share) and both copies at both commits. fresh18: the
same six at both — the planted contradiction C1 (the drug maker's 2024 sales, 1조 2,400억 원 against 1.32 trillion
won), arithmetic A1 (growth), A2 (table total) and A3 (conversion), and both copies. No false finding at either
commit. Since s19-arith3 every planted arithmetic error of both sets: fresh17 A3 (a conversion whose source is two
paragraphs before), A5 ("12 more wins than losses" of a 21-7 record), fresh18 A4 ("격차를 4점으로 벌렸다" between 승점
41 and 35) and A5 ("or 38 percent of the collection" of 41 of 128 species). Since s19-kotopic2 fresh18's C3 (the zoo's
renovation cost, "총 185억 원이 투입됐다" against "리모델링에 215억 원이 들었는데") is found too. A rule that adds a false
finding here, or loses a planted one, fails."""

from __future__ import annotations

import pytest

from tests.blind_sets import zero_config_findings

PLANTED = {
    "fresh17": {
        ("age-contradiction", "en_local_nubiaero.txt", 11): "C5 한재욱(54) in March 2025 / Han Jae-wook, 57, in October",
        ("arithmetic-statements", "ko_econ_nubiaero.txt", 7): "A1 1,010억 → 1,240억 원 as 27.4% (22.8%)",
        ("arithmetic-statements", "ko_md_byeolnuri.md", 27): "A2 합계 252,863 for 250,863",
        ("arithmetic-statements", "ko_press_bidex.txt", 13): "A4 2,350만 of 5,800만 달러 as 48% (40.5%)",
        ("conversion-pairs", "en_wire_bidex.txt", 9): "A3 $38 million at 1,380 as about 55.1 billion won (52.44)",
        ("arithmetic-statements", "en_feature_falcons.txt", 12): "A5 21-7 as 12 more wins than losses (14)",
        ("repeated-paragraph", "ko_md_byeolnuri.md", 7): "the exact copy of ko_local_byeolnuri.txt:5",
        ("repeated-paragraph", "en_local_nubiaero.txt", 15): "the near copy of en_wire_bidex.txt:13",
    },
    "fresh18": {
        ("bilingual-figure-contradiction", "ko_econ_hangyeol.txt", 9): "C1 한결제약 2024 sales 1조 2,400억 / 1.32 trillion",
        ("measure-figure-contradiction", "ko_column_cluster.txt", 13):
            "C3 여림숲동물원 renovation cost 215억 / 185억 원 (since s19-kotopic2: a cost carried by a verb)",
        ("arithmetic-statements", "ko_econ_hangyeol.txt", 9): "A1 1조 1,050억 → 1조 2,400억 as 15.4% (12.2%)",
        ("arithmetic-statements", "ko_md_expo_results.md", 22): "A2 합계 432 for 412",
        ("conversion-pairs", "en_wire_expo.txt", 7): "A3 $312 million at 1,380 as 410.6 billion won (430.6)",
        ("arithmetic-statements", "ko_local_futsal.txt", 7): "A4 격차 4점 between 승점 41 and 35 (6)",
        ("arithmetic-statements", "en_feature_zoo.txt", 10): "A5 41 of 128 species as 38 percent (32.0%)",
        ("repeated-paragraph", "ko_column_cluster.txt", 7): "the exact copy of ko_econ_hangyeol.txt:19",
        ("repeated-paragraph", "en_local_futsal.txt", 14): "the near copy of en_wire_expo.txt:13",
    },
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_the_report_is_the_planted_findings_and_nothing_else(name: str) -> None:
    found = zero_config_findings(name)
    assert found == set(PLANTED[name]), {"false": found - set(PLANTED[name]), "lost": set(PLANTED[name]) - found}
