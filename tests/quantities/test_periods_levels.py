"""Periods, levels and scores the spent blind sets read wrong (issue #16, session 9 round 2).

Variants written for these tests, not the sentences of tests/gold/fresh*: other companies, months,
figures and sports, Korean and English, each class with hard negatives that keep their reading.

* a half-year or a quarter is one date label, an interval of months: "하반기", "the second half",
  "H2 2024" → 2 ``반기`` (months 7–12); "Q3" → 3 ``분기``; "October-December" → the months
  [10, 12] as "1~3월" is read (``factlint/quantities/labels.py``);
* 대 after a count or a percent names its level, as it does after money: "30만 명대" → [30만, 40만];
  "20%대" → [20, 30];
* a score ("2-1", "3:1" after a verb of a match) is no figure: nothing of it is read (before, the
  first number alone).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from factlint.quantities.labels import months_of
from tests.quantities.test_fresh2_classes import one, read

# --- half-years and quarters -----------------------------------------------------------------------

PERIODS = [
    ("회사는 2026년 하반기 출시를 목표로 한다.", "하반기", 2, "반기"),
    ("올해 상반기 영업이익은 340억 원이었다.", "상반기", 1, "반기"),
    ("정부는 하반기에 추경을 편성할 계획이다.", "하반기", 2, "반기"),
    ("The insurer expects approval in the second half of 2026.", "second half", 2, "반기"),
    ("Results for the first half were weaker than forecast.", "first half", 1, "반기"),
    ("Orders rose 5% in Q3 2024, the group said.", "Q3", 3, "분기"),
    ("Margins narrowed in Q1 as costs climbed.", "Q1", 1, "분기"),
    ("Revenue fell 2% in H2 2023.", "H2", 2, "반기"),
    ("Sales in the third quarter rose 3%.", "third quarter", 3, "분기"),
]


@pytest.mark.parametrize("text, figure, value, counter", PERIODS)
def test_a_half_year_or_quarter_is_one_label(text: str, figure: str, value: int, counter: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.counter) == ("number", value, counter)
    assert not [r for r in extract(text) if r.kind == "ratio"], read(text)  # no "half" as 1/2


@pytest.mark.parametrize("text, figure, low, high", [
    ("Operating profit for the October-December quarter was $5m.", "October-December", 10, 12),
    ("Exports from January to March rose 4%.", "January to March", 1, 3),
    ("Visitors in July–September topped 2 million.", "July–September", 7, 9),
    ("1~3월 수출은 20% 늘었다.", "1~3월", 1, 3),  # as before
])
def test_a_span_of_months_is_one_range_label(text: str, figure: str, low: int, high: int) -> None:
    q = one(text, figure)
    assert (q.kind, q.low, q.high, q.bound, q.counter) == ("number", low, high, "range", "월")


def test_months_of_a_label() -> None:
    got = {q.text: months_of(q) for q in extract("2025년 하반기와 3분기, 7월, 1~3월 그리고 상반기")}
    assert got["하반기"] == (7, 12) and got["3분기"] == (7, 9) and got["7월"] == (7, 7)
    assert got["1~3월"] == (1, 3) and got["상반기"] == (1, 6) and got["2025년"] is None


@pytest.mark.parametrize("text, want", [
    ("Half of the 40 seats went to the ruling party.", [("Half", "ratio", F(1, 2)), ("40", "count", 40)]),
    ("He spent half of his savings.", [("half", "ratio", F(1, 2))]),
    ("전체 의석의 절반을 차지했다.", [("절반", "ratio", F(1, 2))]),
])
def test_a_half_that_is_a_fraction_stays_one(text: str, want: list[tuple[str, str, F]]) -> None:
    assert [(q.text, q.kind, q.value) for q in extract(text)] == want


@pytest.mark.parametrize("text", [
    "She bought an Audi Q3 last year.",  # a car model
    "H2 fuel cells power the new buses.",  # hydrogen
    "The Q7 and the X5 are both SUVs.",  # not a quarter number
])
def test_model_names_are_no_quarters(text: str) -> None:
    assert not [q for q in extract(text) if q.counter in ("분기", "반기")], read(text)


@pytest.mark.parametrize("text, labels", [
    ("Prices rose in October and December.", [("October", 10), ("December", 12)]),  # two months, no span
    ("제2회 대회에서 2분위 가구 소득이 늘었다.", [("제2회", 2), ("2분위", 2)]),  # an edition, a quintile
    ("The ratio was 1:2 on 2024-10-12.", None),
])
def test_other_labels_keep_their_reading(text: str, labels: list[tuple[str, int]] | None) -> None:
    got = extract(text)
    assert all(q.bound != "range" for q in got), read(text)
    if labels is not None:
        assert [(q.text, q.value) for q in got] == labels


# --- 대: the level of a count or a percent ------------------------------------------------------------

@pytest.mark.parametrize("text, figure, kind, low, high", [
    ("취업자 증가 폭은 석 달째 30만 명대를 유지했다.", "30만 명대", "count", 300000, 400000),
    ("관객 수는 500만명대로 내려앉았다.", "500만명대", "count", 5000000, 6000000),
    ("대통령 지지율은 20%대에 머물렀다.", "20%대", "percent", 20, 30),
    ("주담대 금리가 3%대로 올랐다.", "3%대", "percent", 3, 4),
    ("청년 실업률은 7.5%대였다.", "7.5%대", "percent", F(15, 2), F(76, 10)),
    ("피해액은 800억대로 추정된다.", "800억대", "money", 80_000_000_000, 90_000_000_000),  # as before
])
def test_dae_after_a_count_or_percent_is_its_level(text: str, figure: str, kind: str, low: F, high: F) -> None:
    q = one(text, figure)
    assert (q.kind, q.low, q.high, q.bound) == (kind, low, high, "range")


@pytest.mark.parametrize("text, figure, value", [
    ("참석자 30명 대부분이 찬성했다.", "30명", 30),  # 대부분: a word after a space
    ("목표치 20% 대비 실적이 높았다.", "20%", 20),  # 대비 "against"
    ("학생 25명대표단이 방문했다.", "25명", 25),  # 대표단: a word glued on
])
def test_dae_that_is_another_word_is_no_level(text: str, figure: str, value: int) -> None:
    q = one(text, figure)
    assert (q.value, q.bound) == (value, None)


@pytest.mark.parametrize("text, figure, low, high", [
    ("2000년대 들어 인구가 늘었다.", "2000년대", 2000, 2009),  # a decade
    ("20대 남성 환자가 많았다.", "20대", 20, 29),  # an age decade
])
def test_decades_and_ages_keep_their_reading(text: str, figure: str, low: int, high: int) -> None:
    q = one(text, figure)
    assert (q.low, q.high) == (low, high)


def test_machines_counted_by_dae_stay_counts() -> None:
    assert [(q.text, q.value) for q in extract("스마트폰 1억대를 팔았다.")] == [("1억대", 100_000_000)]


# --- scores -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "청주FC는 부천을 2-1로 꺾었다.",
    "서울은 홈에서 수원과 1-1로 비겼다.",
    "대표팀이 일본에 0-3으로 졌다.",
    "울산, 종료 직전 골로 3-2 역전승",
    "2-1 승리를 거뒀다.",
    "Cheongju beat Bucheon 2-1 on Saturday.",
    "The visitors won 3:1 in Busan.",
    "Seoul lost 1-2 to Ulsan after extra time.",
    "It ended in a 2-2 draw.",
])
def test_a_score_is_no_figure(text: str) -> None:
    assert extract(text) == [] or all(q.counter is not None or q.unit for q in extract(text)), read(text)
    assert not [q for q in extract(text) if q.unit is None and q.counter is None], read(text)


@pytest.mark.parametrize("text, want", [
    ("The mix is 1:2 by weight.", 2),  # a ratio: its two numbers, as before
    ("Temperatures of 2-5C are expected.", 1),  # a range
    ("The meeting starts at 10:30.", 0),  # a time of day
    ("Version 2.1 was released.", 0),  # a version: no figure (tests/gold/README.md: version digits are none), no score either
    ("부상자는 2-3명으로 집계됐다.", 1),  # a range of people
])
def test_pairs_that_are_no_scores_keep_their_reading(text: str, want: int) -> None:
    assert len(extract(text)) == want, read(text)
