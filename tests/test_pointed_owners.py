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


# Session-20 review: the date must be the time adverbial of "문을 열다" with nothing between (its 에, or "처음");
# a concessive or additive 도 ("설 연휴에도", "확산 속에서도", "직후에도") is when the doors stayed open, no opening
@pytest.mark.parametrize("text", [
    "한빛서점은 2020년 코로나19 확산 속에서도 문을 열었다.\n한빛서점은 동네 서점이다.\n",  # the reviewer's
    "여림숲동물원은 2025년 설 연휴에도 문을 연 덕분에 관람객이 크게 늘었다.\n",
    "서하시장 상인들은 2020년 태풍 피해 직후에도 문을 열었다. 서하시장은 1962년 개설됐다.\n",
    "하람과학관은 2021년에도 휴관 없이 문을 열었다.\n하람과학관은 시립이다.\n",  # paraphrase: 에도 on the date
    "하람과학관은 2022년 폭설 때 문을 연 유일한 시설이었다.\n하람과학관은 시립이다.\n",  # a during-phrase between
])
def test_no_opening_from_a_door_kept_open(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert _opening(text, ruleset) == []


def test_an_opening_with_its_date_in_에(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "2013년에 문을 연 하람과학관은 관람객 40만 명을 넘었다.\n하람과학관은 시립이다.\n"
    assert ("하람과학관", "2013년") in _opening(text, ruleset)


def test_a_refurbishment_before_the_door_stays_the_refurbishment(ruleset) -> None:  # type: ignore[no-untyped-def]
    from tests.test_owners import bound
    text = "소리마루홀은 2023년 재단장해 문을 연 뒤 공연이 크게 늘었다. 소리마루홀은 1998년 개관했다.\n"
    read = {(b.claim.entity, b.claim.attribute, b.quantity.text)
            for b in bound("소리마루홀 재개관\n입력 2025.04.21\n" + text, ruleset) if b.claim}
    assert ("소리마루홀", "재단장", "2023년") in read and ("소리마루홀", "개관", "1998년") in read
    assert ("소리마루홀", "개관", "2023년") not in read


# Session-20 review: a name introduced as a product's or a brand's ("대표 제품인 X") is never the company "이 회사"
# points back to, though the text writes it twice as a topic
@pytest.mark.parametrize("text, figure", [
    ("녹담음료는 1987년 하송에서 출발했다. 녹담음료는 지역 최대 음료 기업이다.\n대표 제품인 하송녹차라떼는 지난해 1,200만 병이 "
     "팔렸다. 하송녹차라떼는 편의점 판매 1위에 올랐고, 이 회사는 지난해 매출 2,100억 원을 올렸다.\n", "2,100억 원"),  # the reviewer's
    ("녹담음료는 1987년 출발했다.\n신제품 하송라떼가 인기를 끌었다. 하송라떼는 품절됐고, 이 회사는 지난해 매출 2,100억 원을 "
     "올렸다.\n", "2,100억 원"),
    ("녹담음료는 1987년 출발했다.\n하송라떼는 녹담음료의 대표 브랜드다. 하송라떼는 1위에 올랐다. 이 회사의 지난해 매출은 "
     "2,100억 원이다.\n", "2,100억 원"),
])
def test_a_product_is_no_company_to_point_back_to(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(_TITLE + text, figure, ruleset) not in ("하송녹차라떼", "하송라떼")


# A name that ends as a building's or a body's might (교, 당: pointed.OTHER_ENDS) is the company where a kind of
# company stands right before it: the positive evidence wins over the ending
@pytest.mark.parametrize("text, figure, owner", [
    ("교육 시장의 맏형은 교육 기업 대교다. 이 회사의 지난해 매출은 6,800억 원이다.\n", "6,800억 원", "대교"),
    ("식품 기업 한빛제당은 성장했다. 이 회사의 지난해 매출은 9,000억 원이다.\n", "9,000억 원", "한빛제당"),
])
def test_a_kind_of_company_before_the_name_wins_over_its_ending(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(_TITLE + text, figure, ruleset) == owner
