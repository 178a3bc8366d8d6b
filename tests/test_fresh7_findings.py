"""fresh7 (written blind by an outside annotator in session 11, spent since): what zero-config `factlint lint`
reports on it, finding by finding against its INTENT.md. Session 11 ended with 5 findings (A2, A4, both copies and
one false: the wire's headline quoted in the encyclopedia's reference list); session 12's general rules (each
with paraphrases of other topics in its own test file) brought the planted errors it reports to 9 of 11 and the
false ones to none. A rule that adds a false finding here, or loses a planted one, fails this test: the set was
not written with the code, so it is the nearest thing to unseen text the suite holds."""

from __future__ import annotations

from blind_sets import zero_config_findings

# (rule, file, line) of each finding, with what INTENT.md plants there
PLANTED = {
    ("event-date-contradiction", "ko_econ_gaon_wind.txt", 5): "C1 상업운전 3월 18일 vs March 16",
    ("bilingual-figure-contradiction", "ko_econ_gaon_wind.txt", 7): "C2 Gaon Wind's forecast 1,050 GWh vs 1,210 GWh",
    ("dated-count-contradiction", "ko_md_drought.md", 9): "C4 저수율 31.2 vs 24.5% at 8월 4일 0시",
    # reported at the later article since the press release is dated by its "배포일:" line (2026-02-10, session 14)
    ("bilingual-figure-contradiction", "en_local_bus.txt", 11): "C5 exports 1,640 vs 1,240대",
    ("arithmetic-statements", "ko_press_hanbit.txt", 7): "A1 growth 36.2% for +30.3%",
    ("arithmetic-statements", "ko_md_drought.md", 12): "A2 table total 803 for 793",
    ("conversion-pairs", "en_feature_united.txt", 14): "A3 $1.8m for 2.1bn won at 1,350",
    ("arithmetic-statements", "ko_local_drought.txt", 9): "A4 difference 352㎜ for 372",
    ("arithmetic-statements", "ko_econ_gaon_wind.txt", 9): "A5 share 45% for 40%",
    ("repeated-paragraph", "ko_md_drought.md", 23): "the exact copy of ko_local_drought.txt:13",
    ("repeated-paragraph", "en_local_bus.txt", 17): "the near copy of en_wire_gaon_wind.txt:9",
}


def test_zero_config_lint_of_fresh7_reports_the_planted_errors_and_nothing_else() -> None:
    found = zero_config_findings("fresh7")
    assert found - PLANTED.keys() == set(), "not planted (false findings)"
    assert PLANTED.keys() - found == set(), "planted and no longer reported"
