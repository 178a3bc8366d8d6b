"""Numbers that are no figures (issue #16, session 10; the spec's not-a-figure): a line's name ("3호선")
and a reference's locator ("p. 14", "pp. 112–118", "vol. 3",
"rev. 3.2", "table 2-1"). Variants of our own, with hard negatives: the rate's money, a count of
lines, a per-person rate, an ordinal 호 ("1호 공약", "2호점"), a time, a count of pages, a figure after a table's word
(factlint/quantities/extract.py: ``_no_figure``).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from tests.quantities.test_fresh2_classes import read


@pytest.mark.parametrize("text, digits", [
    ("부산 도시철도 4호선 연장 구간이 내년 개통한다.", "4"),
    ("| 2호선 | 2014년 9월 | 18.5km |", "2"),
    ("출근길 9호선 혼잡도는 최고 185%였다.", "9"),
    ("Source: Statistics Korea, Annual Report 2024, p. 23.", "23"),
    ("See Kim, History of Busan, vol. 2 (2011), pp. 45–61.", "2"),
    ("See Kim, History of Busan, vol. 2 (2011), pp. 45–61.", "45"),
    ("Encyclopedia of Korean Culture, \"Busan\", rev. 4.1.", "4.1"),
    ("Gyeonggi-do, 2024 Statistical Yearbook, table 3-2.", "3"),
    # a locator followed by "of the …" and a word read as its counted noun is still a locator
    ("Chapter 4 of the book covers the war.", "4"),
    ("Section 3 of the law sets the leave.", "3"),
    ("Page 12 of the filing lists the risks.", "12"),
])
def test_no_figure_in_a_name_a_rate_unit_or_a_locator(text: str, digits: str) -> None:
    same = [q for q in extract(text) if q.text.startswith(digits) and not q.text[len(digits) : len(digits) + 1].isdigit()]
    assert same == [], read(text)


@pytest.mark.parametrize("text, figure, kind, value", [
    ("참가자 1인당 3만 원의 참가비를 받는다.", "3만 원", "money", F(30000)),  # a per-person rate: money
    ("참가자 1인당 3만 원의 참가비를 받는다.", "1인", "count", F(1)),  # left read (gold sets disagree)
    ("도시철도는 노선 4개, 역 112곳을 운영한다.", "4개", "count", F(4)),  # a count of lines
    ("김 당선인은 청년 일자리를 1호 공약으로 내걸었다.", "1호", "number", F(1)),  # an ordinal 호, no line
    ("서진점은 이 브랜드의 2호점이다.", "2호", "number", F(2)),
    ("The report runs to 240 pages.", "240", "count", F(240)),  # a count of pages
    ("The table shows 45% of firms cut jobs.", "45%", "percent", F(45)),
    ("The table lists 12 firms.", "12", "count", F(12)),  # a count after the word, not its locator
    ("Chapter 4 of the book covers 12 cases.", "12", "count", F(12)),
    ("2인 가구는 전체의 28%였다.", "2인", "count", F(2)),  # persons counted, no rate
])
def test_the_figures_around_them_keep_their_reading(text: str, figure: str, kind: str, value: F) -> None:
    found = [q for q in extract(text) if q.text == figure]
    assert found and (found[0].kind, found[0].value) == (kind, value), read(text)


# --- "one" as a member of a kind or a pronoun: "one of the biggest", "one of Europe's largest", "one that" --

@pytest.mark.parametrize("text", [
    "The port, one of the busiest in Asia, handled more containers.",
    "Samsung, one of the world's largest chipmakers, said profits rose 12%.",
    "It agreed to buy one of Japan's oldest brewers for $2bn.",
    "Sales rose in a quarter that analysts called one that would test the firm.",
    "The KMA expects summers like this one to become the norm.",
])
def test_one_as_a_member_or_a_pronoun_is_no_figure(text: str) -> None:
    assert [q for q in extract(text) if q.text.lower() == "one"] == [], read(text)


@pytest.mark.parametrize("text, figure, value", [
    ("The club won one of its three away games.", "one", F(1)),  # one of a counted set: a count
    ("These may be too focused on one or two product lines.", "one or two", None),
    ("One in five adults smokes.", "One in five", F(1, 5)),
])
def test_one_that_counts_keeps_its_reading(text: str, figure: str, value: F | None) -> None:
    found = [q for q in extract(text) if q.text == figure]
    assert found and (value is None or found[0].value == value), read(text)


# --- Korean 한 that counts nothing: 한번 glued (an adverb), 한 번에 (at once), 한 명 한 명 (one by one),
# X의 한 N (a N of X) --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "정부는 원칙을 다시 한번 강조했다.",
    "언제 한번 찾아뵙겠습니다.",
    "모든 서류를 한 번에 제출할 수 있다.",
    "주민 한 명 한 명의 목소리를 듣겠다.",
    "학생 한 사람 한 사람에게 편지를 썼다.",
    "반도체는 한국 경제의 한 축이다.",
    "이 기법은 통계학의 한 갈래로 시작됐다.",
])
def test_han_that_counts_nothing_is_no_figure(text: str) -> None:
    assert [q for q in extract(text) if q.text.startswith("한")] == [], read(text)


@pytest.mark.parametrize("text, figure", [
    ("하루에 한 번 복용한다.", "한 번"),  # once a day: a count
    ("회의는 올해 한 번도 열리지 않았다.", "한 번"),
    ("태국에서 한 명, 캄보디아에서 두 명을 검거했다.", "한 명"),
    ("한 번 충전으로 500km를 달린다.", "한 번"),
])
def test_han_that_counts_keeps_its_reading(text: str, figure: str) -> None:
    found = [q for q in extract(text) if q.text == figure]
    assert found and found[0].value == 1, read(text)


def test_one_of_a_group_stays_a_fraction() -> None:
    found = [q for q in extract("감염자 3명 중 한 명이 중증이었다.") if q.text == "3명 중 한 명"]
    assert found and found[0].value == F(1, 3)
