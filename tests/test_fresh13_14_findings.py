"""fresh13 and fresh14 (written blind by outside annotators in session 16, spent since): what zero-config
`factlint lint` reports on each, finding by finding against its INTENT.md. Scored blind at the session's start
(5f17583) and end: fresh13 found A1–A3, A5 and both copies at the start and added A4 (a share "147 of 350 …
52 percent", s16-arith3); its one false finding at both ("약 1,150GWh … 전력(약 5,500만kWh)의 20배가 넘는다" divided as
written, hard negative 11) is gone since figures of one dimension are computed in one unit. fresh14 found A3–A5
and both copies at the start and added A2 ("380 of 950 … or 48 per cent"); A1 (a forecast "2조 4천억 원에서 3조 원으로 30%
늘어날", 25 %) since session 17, when a rate that two roundings reach less than once in a hundred fails. No planted contradiction is found in
either. A rule that adds a false finding here, or loses a planted one, fails."""

from __future__ import annotations

import pytest

from tests.blind_sets import zero_config_findings

PLANTED = {
    "fresh13": {
        ("arithmetic-statements", "ko_md_05_tourism.md", 11): "A1 growth 18.2% for 14.4%",
        ("arithmetic-statements", "ko_md_05_tourism.md", 26): "A2 합계 169.1 for 166.1",
        ("conversion-pairs", "ko_press_03_onsen.txt", 8): "A3 340억 원 at 1,360원 as 약 3,100만 달러",
        ("arithmetic-statements", "en_local_09_plant.txt", 5): "A4 147 of 350 as 52 percent",
        ("arithmetic-statements", "ko_local_07_hockey.txt", 7): "A5 difference 560명 for 460",
        ("repeated-paragraph", "ko_press_03_onsen.txt", 13): "the exact copy of ko_md_05_tourism.md:5",
        ("repeated-paragraph", "en_local_09_plant.txt", 7): "the near copy of en_wire_02_ski.txt:10",
    },
    "fresh14": {
        ("arithmetic-statements", "ko_econ_sejin_fab.txt", 13): "A1 2조 4천억 → 3조 원 as 30% (25%)",
        ("arithmetic-statements", "en_local_nuribeol_hub.txt", 8): "A2 380 of 950 as 48 per cent",
        ("arithmetic-statements", "ko_md_nuribeol_hub.md", 23): "A3 합계 480 for 450",
        ("conversion-pairs", "en_feature_nuribeol_pool.txt", 10): "A4 58.5 billion won at 1,350 as about $48m",
        ("arithmetic-statements", "ko_press_daegyeong_housing.txt", 8): "A5 1,200가구 for 1,500",
        ("repeated-paragraph", "ko_column_nuribeol.txt", 7): "the exact copy of ko_press_daegyeong_housing.txt:14",
        ("repeated-paragraph", "en_local_nuribeol_hub.txt", 16): "the near copy of en_wire_sejin_fab.txt:15",
    },
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_the_report_is_the_planted_findings_and_nothing_else(name: str) -> None:
    found = zero_config_findings(name)
    assert found == set(PLANTED[name]), {"false": found - set(PLANTED[name]), "lost": set(PLANTED[name]) - found}
