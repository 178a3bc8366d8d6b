"""Figures of one dimension written in two units are computed in one (``arithmetic/figures._in_first_unit``).

fresh13 (written blind in session 16) states "연간 발전량은 약 1,150GWh로, … 전력(약 5,500만kWh)의 20배가 넘는다":
20.9×, right. factlint divided the values as written (1,150 / 5,500만) and reported "= 0×" — a false finding, at
the session's start and end. Paraphrases of my own, each written right and wrong, and hard negatives (an offset
scale, the same unit, a figure of another dimension).
"""

from __future__ import annotations

import pytest
from statement_helpers import lint, right_and_wrong

MIXED = [
    ("연간 발전량은 약 1,150GWh로, 도시 가구가 한 해 쓰는 전력(약 5,500만kWh)의 {}가 넘는다.", "20배", "30배"),
    ("새 서버의 저장 용량은 2.4TB로 기존 모델(600GB)의 {}다.", "4배", "6배"),
    ("The new reservoir holds 36 million m³, {} the 4,500,000 m³ of the old one.", "eight times", "five times"),
    ("The plant's output of 1.8 TWh a year is {} the 300 GWh the town uses.", "six times", "three times"),
    ("The line is 12 km long, {} longer than the old 8 km line.", "4,000 m", "3,000 m"),
    ("신설 구간은 21.4㎞로 기존 구간(9,200m)보다 {} 길다.", "12.2㎞", "15㎞"),
]
RIGHT, WRONG = right_and_wrong(MIXED)


@pytest.mark.parametrize("text", RIGHT)
def test_two_units_of_one_dimension_hold_when_right(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert statements and all(s.verdict == "holds" for s in statements), [s.recomputation for s in statements]
    assert findings == []


@pytest.mark.parametrize("text", WRONG)
def test_two_units_of_one_dimension_fail_when_wrong(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert [s.verdict for s in statements] == ["fails"], [s.recomputation for s in statements]
    assert len(findings) == 1


def test_the_message_keeps_the_figures_as_written() -> None:
    _, findings = lint("연간 발전량은 약 1,150GWh로, 도시 가구가 한 해 쓰는 전력(약 5,500만kWh)의 30배가 넘는다.", "arithmetic")
    assert len(findings) == 1
    assert "약 1,150GWh / 약 5,500만kWh = 20.9×" in findings[0].message


@pytest.mark.parametrize("text", [
    # an offset scale is computed as written: a difference of degrees Celsius, not of kelvins
    "올여름 평균기온은 25.7℃로 평년(23.7℃)보다 2.0℃ 높았다.",
    "The average was 26.3 °C, 2.1 °C above the normal of 24.2 °C.",
    # one unit throughout
    "발전량은 1,150GWh로 지난해(1,000GWh)보다 15% 늘었다.",
])
def test_hard_negatives(text: str) -> None:
    _, findings = lint(text, "arithmetic")
    assert findings == []
