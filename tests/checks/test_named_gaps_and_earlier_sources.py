"""Arithmetic the checks did not read before session 19 (branch s19-arith3, tests/gold/README.md "fresh17 and fresh18").

- a Korean gap named before its figure, both levels in its clause: "2위 충주 FS(승점 35)와의 격차를 4점으로 벌렸다"
  (fresh18 A4; right in fresh15 ko_regional_handball:7);
- a share after "or" whose own whole is a definite collective noun pointing back to the partitive opening the
  sentence: "Of the 128 species, 41 are listed as endangered, or 38 percent of the collection" (fresh18 A5);
- a currency conversion at its sentence's rate whose source amount is paragraphs before, named by the same thing or
  the same owner: "$38 million … ¶ NubiAero's orders are worth about 55.1 billion won at … 1,380 won to the dollar"
  (fresh17 A3; right in fresh15 en_wire_silmaru_fair:5 and fresh18 en_wire_expo:7), judged by its written rounding.

Paraphrases on other topics, each right and wrong, then hard negatives: a gap to a third party, a gap hoped for, a
gap's start, a whole of its own after "of", two source amounts of the thing, a source of another currency.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint, right_and_wrong, verdicts

GAPS = [
    ("이로써 9승 1무 3패(승점 28)가 된 가람은 2위 하람 FC(승점 22)와의 격차를 {}으로 벌렸다.\n", "6점", "4점"),
    ("선두 누리(승점 50)는 2위 다온(승점 47)과의 격차를 {}로 좁혔다.\n", "3점", "5점"),
    ("가람(승점 41)과 하람(승점 35)의 격차는 {}이다.\n", "6점", "8점"),
    ("김 후보(5만 2,100표)는 박 후보(4만 9,800표)와의 표 차를 {}로 벌렸다.\n", "2,300표", "3,300표"),
]
SHARES = [
    ("Conservation is the selling point. Of the 128 species, 41 are listed as endangered, or {} of the collection, the "
     "director said.\n",
     "32 percent", "38 percent"),
    ("Out of the club's 2,150 members, 540 were students, or {} of the total.\n", "25 percent", "36 percent"),
    ("Of the 640 starters, 96 came from abroad, or {} of the field.\n", "15%", "20%"),
]
SOURCES = [
    ("Exhibitors signed deals worth $52 million. Local maker Gaon Robotics accounted for $38 million of that, while "
     "rival Haram Air signed contracts worth $12 million.\n\nGaon Robotics's orders are worth about {} at the current "
     "exchange rate of 1,380 won to the dollar.\n", "52.4 billion won", "55.1 billion won"),
    ("The fair closed with $86 million in contracts signed on site.\n\nMore than 400 companies took part.\n\n"
     "The contracts are worth about {} at an exchange rate of 1,380 won per dollar.\n",
     "118.7 billion won", "121.7 billion won"),
]
# a Korean share whose whole is named by a noun before 의: the one value stated earlier with it, or after "전체" and a
# partitive the sentence before's one figure of the part's measure (fresh18 ko_econ_hangyeol:9, ko_press_zoo:12)
KO_SHARES = [
    ("가온제약의 지난해 매출은 8,000억 원으로 전년보다 10% 늘었다. 같은 기간 연구개발비는 960억 원으로 매출의 {}를 차지했다.\n",
     "12.0%", "14.0%"),
    ("하람동물원은 96종 2,400마리의 동물을 보유하고 있다. 이 가운데 멸종위기종은 30종 600마리로 전체 개체의 {}를 차지한다.\n",
     "25.0%", "30.0%"),
]
# "N more X than Y": the sentence's one count of each noun, or a won-lost record (fresh17 A5)
COUNTED = [
    ("The club had 21 wins and 7 losses, {} more wins than losses.\n", "14", "12"),
    ("This year the Falcons went 21-7 in the regular season, {} more wins than losses, for second place.\n", "14", "12"),
    ("They posted a 19-11 record, {} fewer losses than wins.\n", "8", "6"),
    ("320 women and 298 men enrolled this spring, {} more women than men.\n", "22", "32"),
]
RIGHT, WRONG = right_and_wrong(GAPS + SHARES + KO_SHARES + COUNTED)


@pytest.mark.parametrize("text", RIGHT)
def test_right_statements_hold(text: str) -> None:
    held, found = verdicts(text, "arithmetic", ("difference", "share"))
    assert held and all(v == "holds" for v in held) and found == [], (held, found)


@pytest.mark.parametrize("text", WRONG)
def test_wrong_statements_fail(text: str) -> None:
    held, found = verdicts(text, "arithmetic", ("difference", "share"))
    assert "fails" in held and len(found) == 1, (held, found)


@pytest.mark.parametrize("template,right,wrong", SOURCES)
def test_a_conversion_of_an_amount_stated_paragraphs_before(template: str, right: str, wrong: str) -> None:
    held, found = verdicts(template.format(right), "conversion", ("currency",))
    assert held == ["holds"] and found == [], (held, found)
    held, found = verdicts(template.format(wrong), "conversion", ("currency",))
    assert held == ["fails"] and len(found) == 1, (held, found)


NEGATIVES = [
    # a gap to a third party named as the object: not the two figures'
    "여림(승점 41)은 충주(승점 35)를 꺾고 3위 팀과의 격차를 8점으로 벌렸다.\n",
    # a gap hoped for, and where a change of the gap starts
    "여림(승점 41)은 충주(승점 35)와의 격차를 10점으로 벌리는 것이 목표다.\n",
    "여림(승점 41)은 충주(승점 35)와의 격차를 3점에서 6점으로 벌렸다.\n",
    # a multiple, no level of the measure
    "여림(승점 41)은 충주(승점 35)와의 격차를 2배로 벌렸다.\n",
    # a share whose own "of" names another whole: a place, a modifier, "all" with a phrase after it
    "Of the 2,150 members, 540 were students, or 36 percent of the city.\n",
    "Of that 2,150, about 540 were students, or 36 percent of all student members in the city.\n",
    "Of the 128 species, 41 are endangered, or 3 percent of the world's endangered species.\n",
    # a partitive after a sentence whose one figure is a comparison's base: no whole of the part (fresh7 ko_press_hanbit)
    "가온모빌리티는 지난해 전기버스 1,980대를 판매했다.\n\n이는 전년(1,520대) 대비 30.3% 증가한 수치다. 이 가운데 수출은 "
    "1,240대로 전체 판매의 62.6%를 차지했다.\n",
    # a noun that names two values stated earlier, or a whole of its own kind
    "가온제약의 매출은 2023년 7,200억 원, 지난해 8,000억 원이었다. 연구개발비는 960억 원으로 매출의 15%를 차지했다.\n",
    "소하군의 전복 생산량은 3,870t으로 전국 생산량의 26.4%를 차지했다.\n",
    # "N more X than Y" with two records, a three-number record, a base that is no count of the sentence
    "The Falcons went 21-7 and the Tides 18-10, 11 more wins than losses.\n",
    "The Falcons went 21-7-2, 12 more wins than losses.\n",
    "The Falcons had 21 wins, 12 more wins than last season.\n",
    "Kim scored 21 goals, 5 more goals than Park.\n",
    "The club had 21 wins and 7 losses at home and 9 losses away, 12 more wins than losses.\n",
    # review of s19-stage: the difference is another subject's, a goal, another period or a record split by place
    "Seoha County recorded 320 births and 298 deaths last year, while neighbouring Beoldam had 40 more births than "
    "deaths.\n",
    "The company hired 320 women and 298 men in 2024, and it plans to hire 50 more women than men next year.\n",
    "The Tides went 21-7 at home last season but finished with only 2 more wins than losses overall.\n",
    "The school admitted 320 women and 298 men this year, after enrolling 15 more women than men in 2023.\n",
    "The school admitted 320 women and 298 men this year, 15 more women than men in 2023.\n",
    "The Tides went 21-7 at home, 2 more wins than losses overall.\n",
    # a gain and a level of one party, no party the gap is to (review: gap3)
    "지난 라운드에서 승점 3을 보태 승점 41을 만든 청주 HC는 격차를 6점으로 벌렸다.\n",
    "승점 3을 더해 승점 38이 된 가람은 격차를 5점으로 벌렸다.\n",
    # a percentage of a whole of its own, not the partitive's (review: sh2)
    "Of the 40 engineers hired this year, 12 went to the battery unit, which now accounts for 15 percent of the "
    "workforce.\n",
    "Of the 40 engineers hired this year, 12 went to the battery unit, or 15 percent of the workforce.\n",
    # a Korean whole of another owner or another period (review: ko_sh2, ko_sh3)
    "소하전자의 지난해 매출은 1조 2,400억 원으로 집계됐다. 경쟁사 벌담전기의 연구개발비는 900억 원으로 매출의 10.1%를 "
    "차지했다.\n",
    "소하전자의 지난해 매출은 1조 2,400억 원으로 집계됐다. 같은 기간 벌담전기의 연구개발비는 900억 원으로 매출의 10.1%를 "
    "차지했다.\n",
    "소하전자의 올해 1분기 매출은 3,100억 원이었다. 회사의 연간 연구개발비는 1,488억 원으로 매출의 12.0%에 해당한다.\n",
    "소하전자의 2024년 매출은 1조 2,400억 원이었다. 2025년 상반기 연구개발비는 1,488억 원으로 매출의 12.0%에 해당한다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_for_another_gap_or_whole(text: str) -> None:
    _, found = verdicts(text, "arithmetic", ("share", "difference", "growth"))
    assert found == [], found


SOURCE_NEGATIVES = [
    # two amounts of the thing before it (last year's orders and this year's): which one is converted is not said
    "Gaon Robotics won orders worth $30 million last year. This year its orders reached $38 million.\n\n"
    "The orders are worth about 55.1 billion won at 1,380 won to the dollar.\n",
    # no amount of the thing or its owner before it: the group's total is another figure
    "Exhibitors signed deals worth $52 million.\n\nGaon Robotics's orders are worth about 55.1 billion won at 1,380 won "
    "to the dollar.\n",
    # the source in another currency than the rate's
    "Gaon Robotics won orders worth €38 million.\n\nThe orders are worth about 55.1 billion won at 1,380 won to the "
    "dollar.\n",
    # review of s19-stage: the whole of the show's orders read as one company's, a part ("the largest contract") read
    # as the whole, last year's orders read as this year's
    "Orders signed at the show totalled $86 million. NubiAero accounted for $40 million of that.\n\nNubiAero's orders "
    "are worth about 55.2 billion won at the current exchange rate of 1,380 won to the dollar.\n",
    "The four-day show closed on Friday with $86 million in contracts signed on site.\n\nSkyfold's largest contract is "
    "worth about 41.4 billion won at an exchange rate of 1,380 won per dollar.\n",
    "The fair closed with $86 million in contracts.\n\nThe largest contract is worth about 41.4 billion won at 1,380 "
    "won per dollar.\n",
    "Last year the show closed with $61 million in orders.\n\nThis year's orders are worth about 118.7 billion won at "
    "an exchange rate of 1,380 won per dollar, organisers said.\n",
    "Gaon Robotics won orders worth $30 million in 2024.\n\nIn 2025 the orders are worth about 55.1 billion won at "
    "1,380 won to the dollar.\n",
]


@pytest.mark.parametrize("text", SOURCE_NEGATIVES)
def test_no_conversion_without_one_named_source(text: str) -> None:
    statements, found = lint(text, "conversion")
    assert found == [], [f.message for f in found]


def test_earlier_paragraphs_are_cut_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """restated_from_earlier cuts each block into a paragraph once per document, not once per rate figure (review:
    800 paragraphs took 19.6 s against 9.3 s on main): twice the paragraphs, about twice the cuts, not four times."""
    from factlint.checks import conversion

    calls: list[int] = []
    real = conversion.paragraph

    def counting(m: object) -> object:
        calls.append(id(m))
        return real(m)  # type: ignore[arg-type]

    monkeypatch.setattr(conversion, "paragraph", counting)

    def cuts(pairs: int) -> int:
        calls.clear()
        lint("".join(f"Gaon Robotics won orders worth ${n} million.\n\nThe orders are worth about {n * 1.38:.1f} "
                     f"billion won at 1,380 won to the dollar.\n\n" for n in range(10, 10 + pairs)), "conversion")
        return len(calls)

    assert cuts(40) <= 2 * cuts(20) + 4
