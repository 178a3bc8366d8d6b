"""fresh8 (written blind by an outside annotator in session 12, spent since): what zero-config `factlint lint`
reports on it, finding by finding against its INTENT.md. Session 12 ended with 7 findings (A1, A3, A4, both copies
and two false, since mended); session 13's general rules (each with paraphrases of other topics in its own test
file: relative clauses of visiting, English references, Markdown sections, event dates, partitive shares,
subject-less changes, one measure in two articles of one language, short names across articles) brought the
planted errors it reports to 12 of 13 (C5 missed: its English side never names the park) and the false ones to
none. A rule that adds a false finding here, or loses a planted one, fails this test."""

from __future__ import annotations

from blind_sets import zero_config_findings

# (rule, file, line) of each finding, with what INTENT.md plants there
PLANTED = {
    ("event-date-contradiction", "ko_econ_danwol_cablecar.txt", 6): "C1 cable car opened 10월 12일 vs Oct. 19",
    ("bilingual-figure-contradiction", "ko_press_haemil.txt", 5): "C2 Haemil's 2024 exports 1,870만 달러 vs $21.4 million",
    ("measure-figure-contradiction", "ko_column_danwol.txt", 7): "C3 ice festival visitors 48만여 vs 62만 3천여 명",
    ("bilingual-figure-contradiction", "ko_md_danwol_status.md", 8): "C4 tunnel length 5.2㎞ vs 6.4 km",
    ("measure-figure-contradiction", "ko_column_danwol.txt", 9): "C6 tunnel cost 6,120억 vs 4,870억 원",
    ("arithmetic-statements", "ko_press_haemil.txt", 9): "A1 growth 18.2% for 13.7%",
    ("arithmetic-statements", "ko_column_danwol.txt", 11): "A2 share 35% for 27%",
    ("arithmetic-statements", "ko_md_danwol_status.md", 28): "A3 table total 5,388,000 for 5,188,000",
    ("conversion-pairs", "en_feature_danwolsan.txt", 8): "A4 about $21 for 23,000 won at 1,400",
    ("arithmetic-statements", "ko_local_festival.txt", 5): "A5 difference 9만 1천 for 7만 1천",
    ("repeated-paragraph", "ko_press_haemil.txt", 17): "the exact copy of ko_local_festival.txt:15",
    ("repeated-paragraph", "en_local_tunnel.txt", 12): "the near copy of en_wire_danwol_cablecar.txt:9",
}


def test_zero_config_lint_of_fresh8_reports_the_planted_errors_and_nothing_else() -> None:
    found = zero_config_findings("fresh8")
    assert found - PLANTED.keys() == set(), "not planted (false findings)"
    assert PLANTED.keys() - found == set(), "planted and no longer reported"
