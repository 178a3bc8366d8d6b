"""fresh21 and fresh22 (written blind by outside annotators in session 20, spent at its end): what zero-config
`factlint lint` reports on each, finding by finding against its INTENT.md. Scored blind at the session's start
(b1c5356) and once every helper branch was merged (s20-stage): contradictions 0 of 12 at both.
fresh21 (an island county's seaweed exporter, undersea tunnel, marathon, aquarium, handball team): arithmetic A1
(growth) and A2 (a table's 합계 row), the exact copy and the near copy. fresh22 (a Gangwon city's chip-test-equipment
maker, documentary festival, hospital, ski resort, ice-hockey team): arithmetic A1 (growth), A2 (a table's 합계 row),
A3 (a conversion at the sentence's rate), the exact copy and the near copy. At the start each report also held the
total row's growth rate checked against the wrong total ("6,350 / 5,800 − 1 = 9.48%; the text says 6.9%"), a
figure that is right for the rows' true sum: the total's error reported twice. Since s20-lead (bf9d537, written
after these reports were read) such a rate is left to the total's finding. A rule that adds a false finding here,
or loses a planted one, fails."""

from __future__ import annotations

import pytest

from tests.blind_sets import zero_config_findings

PLANTED = {
    "fresh21": {
        ("repeated-paragraph", "en_wire_badasup.txt", 8): "the near copy of en_feature_seaweed.txt:6",
        ("arithmetic-statements", "ko_econ_badasup.txt", 4): "A1 1,030억 → 1,240억 원 as 24.3% (20.4%)",
        ("repeated-paragraph", "ko_local_tunnel.txt", 7): "the exact copy of ko_press_haeon.txt:10",
        ("arithmetic-statements", "ko_md_haeon2025.md", 21): "A2 합계 6,350 for 6,200",
    },
    "fresh22": {
        ("repeated-paragraph", "en_local_gaon.txt", 8): "the exact copy of en_wire_solbit.txt:6",
        ("conversion-pairs", "en_wire_solbit.txt", 3): "A3 482 billion won at 1,380 as about $372 million (349)",
        ("arithmetic-statements", "ko_econ_solbit.txt", 4): "A1 480억 → 612억 원 as 34.2% (27.5%)",
        ("repeated-paragraph", "ko_local_gidf.txt", 11): "the near copy of ko_econ_solbit.txt:7",
        ("arithmetic-statements", "ko_md_gaon2025.md", 21): "A2 합계 89만 7,500명 for 87만 7,500명",
    },
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_the_report_is_the_planted_findings_and_nothing_else(name: str) -> None:
    found = zero_config_findings(name)
    assert found == set(PLANTED[name]), {"false": found - set(PLANTED[name]), "lost": set(PLANTED[name]) - found}
