"""Owners written as a demonstrative before a company noun (issue #14, owners; session 20, binding/pointed.py).

"그 중심에는 단연 녹담음료가 있다. 지난달 발표된 실적에서 이 회사는 매출 3,840억 원 …": "이 회사" (this company), "그
기업", "이 업체" point back to the one company the nearest sentence that names anything named. Hard negatives: two
companies there, a paragraph about another kind of thing in between, the company as the subject of a clause that
describes the topic owning the figure ("이 회사가 … 짓고 있는 제2공장은 연산 4만 톤"), and a figure with a possessor
of its own ("제1공장의 연 3만 5,000톤").
"""

from __future__ import annotations

import pytest

from tests.test_owners import owner_of, ruleset  # noqa: F401  (the fixture)

_TITLE = "[해설] 지역 경제의 버팀목\n입력 2026.03.24\n"


@pytest.mark.parametrize("text, figure, owner", [
    # the company is the subject of the sentence before ("X가 있다")
    ("그 중심에는 단연 녹담음료가 있다. 지난달 발표된 실적에서 이 회사는 매출 3,840억 원, 영업이익 412억 원을 거뒀다.\n"
     "녹담음료는 1987년 하송읍에서 출발했다.\n", "3,840억 원", "녹담음료"),
    # a copula's predicate, a company's head (제약)
    ("클러스터의 맏형은 단연 한결제약이다. 이 회사의 지난해 매출은 4,210억 원이다.\n", "4,210억 원", "한결제약"),
    # a kind of company written before the name; "그 기업"
    ("청람이 주목받는 것은 배터리 소재 기업 루멘셀 덕분이다. 그 기업의 지난해 매출은 684억 원이다.\n", "684억 원", "루멘셀"),
    # the pointer's own sentence names no one; sentences with no name between
    ("가온물산은 지난해 최대 실적을 냈다. 영업이익률은 9%로 높아졌다. 이 회사의 수출 국가는 지난해 23개국으로 늘었다.\n"
     "가온물산은 올해도 성장을 자신했다.\n", "23개국", "가온물산"),
    # the subject of a clause that describes the measured noun itself: the company's
    ("성과의 중심에는 단연 청람소재가 있다. 이 회사가 지난해 올린 수출액은 12억 3천만 달러다.\n"
     "청람소재는 2016년 온해로 옮겼다.\n", "12억 3천만 달러", "청람소재"),
])
def test_a_company_noun_after_a_demonstrative_is_the_company_named_before(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(_TITLE + text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure", [
    # two companies in the sentence before: which one is not written
    ("한빛전자가 누리전자를 인수했다. 이 회사의 지난해 매출은 5조 원이다.\n", "5조 원"),
    ("업계에서는 녹담음료와 청솔식품이 경쟁한다. 이 회사는 매출 3,840억 원을 거뒀다.\n녹담음료는 성장했다. 청솔식품은 줄었다.\n",
     "3,840억 원"),
    # a paragraph about another kind of thing (a museum) after the company
    ("한빛전자는 지난해 최대 실적을 냈다.\n온해시립과학관은 2019년 문을 열었다. 이 회사의 매출은 5조 원이다.\n", "5조 원"),
    # the company describes the plant, the topic that owns the figure
    ("성과의 중심에는 단연 청람소재가 있다. 이 회사가 온해에 짓고 있는 제2공장은 연산 4만 톤 규모다.\n"
     "청람소재는 2016년 온해로 옮겼다.\n", "4만 톤"),
    # the figure's own possessor
    ("양극재 제조업체 청람소재가 제2공장을 짓는다. 제2공장이 들어서면 이 회사의 생산능력은 제1공장의 연 3만 5,000톤을 더해 "
     "9만 5,000톤으로 늘어난다.\n", "3만 5,000톤"),
    # "회사 측" is the company's side, no name for the next pointer
    ("회사 측은 수출이 늘었다고 설명했다. 이 회사의 수출 국가는 23개국이다.\n", "23개국"),
])
def test_no_company_to_point_back_to(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(_TITLE + text, figure, ruleset) in (None, "지역", "지역 경제")  # never a company named before


def test_the_same_figure_of_the_whole_after_the_part(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("양극재 제조업체 청람소재가 제2공장을 짓는다. 제2공장이 들어서면 이 회사의 생산능력은 제1공장의 연 3만 5,000톤을 더해 "
            "9만 5,000톤으로 늘어난다.\n")
    assert owner_of(_TITLE + text, "9만 5,000톤", ruleset) == "청람소재"


# --- "문을 열었다/연" (opened its doors) with its date is the opening, 개관 ----------------------------------------------

_DATED = "여림숲동물원 소식\n입력 2025.04.21\n"


def _opening(text: str, ruleset) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from tests.test_owners import bound
    return [(b.claim.entity, b.quantity.text) for b in bound(_DATED + text, ruleset)
            if b.claim is not None and b.claim.attribute == "개관"]


@pytest.mark.parametrize("text, owner, date", [
    ("□ 1991년 5월 5일 문을 연 여림숲동물원은 동물 1,450마리를 보유하고 있다.\n", "여림숲동물원", "1991년 5월 5일"),
    # (the finite "별누리천문대는 … 2019년 4월 5일 문을 열었다" is read in fresh17's article, where the name is known)
    ("2006년 문을 연 하람과학관은 관람객 40만 명을 넘었다.\n하람과학관은 시립이다.\n", "하람과학관", "2006년"),
])
def test_a_dated_door_opening_is_the_opening(text: str, owner: str, date: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert (owner, date) in _opening(text, ruleset)


@pytest.mark.parametrize("text", [
    "올봄 다시 문을 연 여림숲동물원이 좋은 예다. 2년에 걸친 리모델링에 215억 원이 들었다.\n",  # a reopening
    "2025년 3월 다시 문을 연 여림숲동물원은 주말마다 붐빈다.\n",  # again, with its date
    "과학관은 2025년 월요일을 제외하고 매일 문을 열며, 입장료는 어른 3,000원이다.\n",  # each day: no event
    "여림숲동물원은 2024년 3월 재개관했다.\n",  # another word: a reopening
])
def test_no_opening_from_another_door(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert _opening(text, ruleset) == []
