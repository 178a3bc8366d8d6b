"""A compound topic written without 의 (issue #14): "서하시 인구는 28만 명", "솔뫼군 식수원인 달빛저수지 저수율은
24.5%": the leading word owns the figure when it is a name by its build (a place the text writes again, a company's
or a loanword head, the name after an adnominal copula); a common noun before
the measure ("국내 영업이익", "반도체 매출", "대도시 인구") is a scope or a part, and the compound stays the attribute."""

from __future__ import annotations

import pytest

from tests.test_own_phrase import bound, ruleset  # noqa: F401  (the pack's fixture and the figures of a text)

DROUGHT = """솔뫼군 가뭄 심화

입력 2026.08.05 10:00

솔뫼군 식수원인 달빛저수지 저수율은 24.5%로 떨어졌다. 이웃 서하시의 식수원인 금빛댐 저수율은 40.2%다. 댐 방류량도 줄었다. 서하시 인구는 28만 명이다. 서하시 인구보다 많은 35만 명이 …
"""
HEAT = """가람군 폭염 장기화

입력 2026.07.21 09:00

가람군에 따르면 상수원인 청람댐 저수율은 18.3%까지 내려갔다. 댐 수위도 낮아졌다. 가람군 인구는 4만 2천 명이다.
"""
EARNINGS = """한빛전자, 지난해 실적 발표

입력 2026.02.01 10:00

한빛전자 영업이익은 지난해 3조 원이었다. 국내 영업이익은 1조 2천억 원이다. 반도체 매출은 12조 원이었다. 수출 물량은 12만 대였다.
"""
HEADS = """소린모터스 신차 출시

입력 2026.03.01 10:00

소린모터스 판매량은 지난해 12만 대였다. 누리제약 매출은 450억 원이다. 전기 요금도 올랐다. 전기자동차 판매량은 3만 대다. 해솔중공업은 선박 12척을 수주했다. 해솔중공업 수주액은 38억 달러다. 해상풍력 설비용량은 1GW다. 서문 해상풍력도 가동 중이다.
"""
ISSUE = """솔뫼군 가뭄 심화

입력 2026.08.05 10:00

솔뫼군 식수원인 달빛저수지 저수율은 24.5%로 떨어졌다. 한빛전자 영업이익은 지난해 3조 원이었다.
"""
COMMON = """도심 인구 변화

입력 2026.03.01 10:00

대도시 인구는 전체의 60%다. 도시 인구는 늘었다. 군의 식수원인 저수지 저수율은 22%다. 이 저수지는 오래됐다. 외국인 관광객 비중은 15.8%다. 기초과학 예산은 1조 2천억 원이다. 과학 분야 예산도 늘었다.
"""


def owner_of(text: str, figure: str, ruleset) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    found = bound(text, ruleset)
    assert figure in found, f"{figure!r} not read as a figure"
    c = found[figure].claim
    return None if c is None else (c.entity, c.attribute)


@pytest.mark.parametrize("text, figure, expected", [
    (DROUGHT, "24.5%", ("달빛저수지", "저수율")),  # the name after the copula, not the county before it
    (DROUGHT, "40.2%", ("금빛댐", "저수율")),  # not the possessor of the copula's noun (이웃 서하시)
    (DROUGHT, "28만 명", ("서하시", "인구")),  # a place the text writes again
    (HEAT, "18.3%", ("청람댐", "저수율")),  # a one-syllable kind the text writes alone
    (HEAT, "4만 2천 명", ("가람군", "인구")),  # the title's place, no longer "what the figure measures"
    (EARNINGS, "3조 원", ("한빛전자", "영업이익")),
    (HEADS, "12만 대", ("소린모터스", "판매량")),  # a transliterated company head
    (HEADS, "450억 원", ("누리제약", "매출")),
    (HEADS, "38억 달러", ("해솔중공업", "수주액")),  # a company head
    (ISSUE, "24.5%", ("달빛저수지", "저수율")),  # the issue's text: not the title's county
    (ISSUE, "3조 원", ("한빛전자", "영업이익")),  # a company head written once, under a title about another
])
def test_a_name_opening_the_compound_topic_owns_the_figure(text: str, figure: str, expected: tuple[str, str],
                                                          ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == expected


@pytest.mark.parametrize("text, figure, word", [
    (EARNINGS, "1조 2천억 원", "국내"),  # a scope of the company's figure
    (EARNINGS, "12조 원", "반도체"),  # a part of the company's sales
    (EARNINGS, "12만 대", "수출"),
    (DROUGHT, "35만 명", "서하시"),  # the comparison's object
    (COMMON, "60%", "대도시"),  # a common noun with a place head: the text writes 도시 alone
    (COMMON, "22%", "저수지"),  # the text points back to it as to a common noun
    (HEADS, "1GW", "해상풍력"),  # no company's head
    (HEADS, "3만 대", "전기자동차"),  # a company's head after a stem the text writes alone: a kind
    (COMMON, "15.8%", "관광객"),  # 외국인 is no copula: 객 is no word of its own
    (COMMON, "1조 2천억 원", "기초과학"),  # a field, though 과학 is written alone
])
def test_a_common_noun_opening_the_compound_owns_nothing(text: str, figure: str, word: str,
                                                        ruleset) -> None:  # type: ignore[no-untyped-def]
    c = owner_of(text, figure, ruleset)
    assert c is None or c[0] != word, c
