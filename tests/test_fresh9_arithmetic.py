"""fresh9 (written blind by an outside annotator in session 13, spent since): the arithmetic and conversion errors
zero-config `factlint lint` reports on it, against its INTENT.md. Session 14 added A5 (a change "from 412,300 in 2015
to 438,900 in 2024": the year is no range's end) and A2 (a share of "them", the count of the sentence before). Other
kinds of finding are left to the tests of the rules that make them."""

from __future__ import annotations

from blind_sets import zero_config_findings

PLANTED = {
    ("arithmetic-statements", "ko_yonhap_airport.txt", 5): "A1 growth 25.4% for 33.6%",
    ("arithmetic-statements", "en_feature_marathon_blog.txt", 7): "A2 share 41% for 33.0%",
    ("arithmetic-statements", "ko_md_marathon_guide.md", 29): "A3 계 column 6,000만 for 5,500만",
    ("conversion-pairs", "en_local_lumencell_plant.txt", 6): "A4 $41 million for $32.6 million",
    ("arithmetic-statements", "en_encyclopedia_cheongram.txt", 6): "A5 difference 36,600 for 26,600",
}


def test_zero_config_lint_of_fresh9_reports_its_arithmetic_errors_and_no_other() -> None:
    found = {f for f in zero_config_findings("fresh9") if f[0] in ("arithmetic-statements", "conversion-pairs")}
    assert found - PLANTED.keys() == set(), "not planted (false findings)"
    assert PLANTED.keys() - found == set(), "planted and no longer reported"
