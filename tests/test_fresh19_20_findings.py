"""fresh19 and fresh20 (written blind by outside annotators in session 19, spent since): what zero-config
`factlint lint` reports on each, finding by finding against its INTENT.md. Scored blind at the session's start
(102c1be) and after every helper branch of the session was merged (s19-stage): the same report at both.
fresh19: seven findings — arithmetic A1 (growth), A2 (table total), A3 (conversion), A4 (a difference of areas) and
its three planted copies (two exact, one near); none of its six contradictions. fresh20: five — the planted
contradiction C5 (the chief executive's age, 54 in February and 58 in March of one year, found by session 18's
age rule on text it had never seen), arithmetic A1 (growth), A2 (conversion), A4 (table total) and the exact
copy. No false finding on either set. Since s20-arith4 every planted arithmetic error and copy of both sets: fresh19
A5 ("12억 3천만 달러로, 온해 전체 수출의 35%": the owner's whole named in full, 41억 달러 two paragraphs before), fresh20
A3 ("방문객 가운데 외지 관광객은 12만 7,400명으로 전체의 80%": the part's own noun names 관광객 18만 2,000명; the subtitle's
"외지 관광객 80% 차지" repeats it), A5 ("88-79 … a 12-point margin") and the near copy of ko_econ_nokdam.txt:8 (a
two-sentence paragraph of 57 characters). A rule that adds a false finding here, or loses a planted one, fails."""

from __future__ import annotations

import pytest

from tests.blind_sets import zero_config_findings

PLANTED = {
    "fresh19": {
        ("arithmetic-statements", "ko_econ_cheongram.txt", 8): "A1 1조 500억 → 1조 3,500억 원 as 32.4% (28.6%)",
        ("arithmetic-statements", "ko_md_onhae2025.md", 20): "A2 합계 215,000 for 210,500",
        ("conversion-pairs", "en_local_expo2026.txt", 8): "A3 48 billion won at 1,350 as $41 million (35.6)",
        ("arithmetic-statements", "ko_local_museum.txt", 7): "A4 5,400㎡ − 1,900㎡ as 3,100㎡ (3,500)",
        ("repeated-paragraph", "ko_local_museum.txt", 19): "the exact copy of ko_econ_cheongram.txt:12",
        ("repeated-paragraph", "en_local_expo2026.txt", 12): "the exact copy of en_wire_cheongram.txt:13",
        ("repeated-paragraph", "ko_column_onhae.txt", 10): "the near copy of ko_econ_cheongram.txt:10",
        ("arithmetic-statements", "ko_column_onhae.txt", 6): "A5 12억 3천만 of 41억 달러 as 35% (30%)",
    },
    "fresh20": {
        ("age-contradiction", "en_local_greenwaves.txt", 10): "C5 Yoon Jae-hyuk 54 in February / 58-year-old in March",
        ("arithmetic-statements", "ko_econ_nokdam.txt", 4): "A1 3,200억 → 3,840억 원 as 25% (20%)",
        ("conversion-pairs", "en_wire_nokdam.txt", 5): "A2 115 billion won at 1,380 as $92 million (83.3)",
        ("arithmetic-statements", "ko_md_arboretum.md", 17): "A4 합계 321,000 for 312,000",
        ("repeated-paragraph", "ko_local_festival.txt", 4): "the exact copy of ko_press_festival.txt:10",
        ("arithmetic-statements", "ko_press_festival.txt", 7): "A3 12만 7,400 of 18만 2,000명 as 80% (70%)",
        ("arithmetic-statements", "ko_press_festival.txt", 4): "A3 repeated in the subtitle, 외지 관광객 80% 차지",
        ("arithmetic-statements", "en_local_greenwaves.txt", 4): "A5 88-79 as a 12-point margin (9)",
        ("repeated-paragraph", "ko_column_hasong.txt", 6): "the near copy of ko_econ_nokdam.txt:8",
    },
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_the_report_is_the_planted_findings_and_nothing_else(name: str) -> None:
    found = zero_config_findings(name)
    assert found == set(PLANTED[name]), {"false": found - set(PLANTED[name]), "lost": set(PLANTED[name]) - found}
