"""Korean relative clauses and carried topics (issue #14, fresh8 C5, C6): "[공원을 찾은] 탐방객은 368만 명" counts
the visitors of the place the relative clause's object names (a bare noun standing for the one name just given, or
a name); "X 역시 양면이 있다. 사업비가 N에 이른다" states X's cost; "X는 총사업비 N 규모로, …" measures the bare
noun before the figure (규모 only says it is a size), and the goal after the comma is not the cost's."""

from __future__ import annotations

import pytest

from tests.test_compound_topics import owner_of  # (entity, attribute) of a figure, or None
from tests.test_own_phrase import bound, ruleset  # noqa: F401  (the pack's fixture and the figures of a text)

STADIUM = """가람군 관광 동향

입력 2026.03.02 09:00

가람종합운동장 관중도 늘었다. 지난해 운동장을 찾은 관람객은 52만 명으로 집계됐다.
"""
WARD = """서하시 의료 소식

입력 2026.03.02 09:00

서하시립병원이 새 병동을 열었다. 올해 병원을 이용한 환자는 12만 명이다.
"""
LIBRARY = """솔뫼군 문화 소식

입력 2026.03.02 09:00

솔뫼군은 올해 도서관 운영을 늘렸다. 지난해 솔뫼도서관을 방문한 인원이 8만 명이었다.
"""
MUSEUM = """청람군 문화 소식

입력 2026.03.02 09:00

청람역사박물관 관람객도 크게 늘었다. 지난해 박물관을 다녀간 관람객은 31만 명이다.
"""
# the relative clause's object is another entity than the topic: the staff are 누리전자's, no visitors of 가람시
OTHER = """가람군 관광 동향

입력 2026.03.02 09:00

가람시를 찾은 누리전자 직원은 300명이다.
"""
# two names headed by the noun before: which park is not written
TWO = """가람군 관광 동향

입력 2026.03.02 09:00

가람산국립공원과 청봉산국립공원 탐방객이 늘었다. 지난해 공원을 찾은 탐방객은 368만 명이다.
"""
# no name the noun stands for
NONE = """관광 동향

입력 2026.03.02 09:00

주말 나들이객이 늘었다. 지난해 공원을 찾은 탐방객은 368만 명이다.
"""
# a bug found, not a place visited
FOUND = """서하전자 보안 소식

입력 2026.03.02 09:00

서하전자가 보안 점검을 마쳤다. 오류를 찾아낸 연구원은 12명이다.
"""


@pytest.mark.parametrize("text, figure, expected", [
    (STADIUM, "52만 명", ("가람종합운동장", "관람객")),  # 운동장 stands for the one stadium just named
    (WARD, "12만 명", ("서하시립병원", "환자")),  # 이용한
    (LIBRARY, "8만 명", ("솔뫼도서관", "방문객")),  # 방문한, the object a name itself; 인원 of a visit: visitors
    (MUSEUM, "31만 명", ("청람역사박물관", "관람객")),  # 다녀간
])
def test_the_place_a_relative_clause_visits_owns_its_visitors(text: str, figure: str, expected: tuple[str, str],
                                                             ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == expected


@pytest.mark.parametrize("text, figure", [(TWO, "368만 명"), (NONE, "368만 명")])
def test_a_bare_place_with_no_one_name_behind_it_owns_nothing(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = owner_of(text, figure, ruleset)
    assert got is None or "국립공원" not in got[0] and got[0] != "공원"


def test_the_visited_place_is_not_the_owner_of_another_names_staff(ruleset) -> None:  # type: ignore[no-untyped-def]
    got = owner_of(OTHER, "300명", ruleset)
    assert got is None or got[0] != "가람시"


def test_a_verb_of_finding_is_no_visit(ruleset) -> None:  # type: ignore[no-untyped-def]
    got = owner_of(FOUND, "12명", ruleset)
    assert got is None or got[0] != "오류"


TUNNEL = """가람군 교통 소식

입력 2026.03.02 09:00

가람군은 교통망을 넓힌다. 가람터널 역시 양면이 있다. 사업비가 6,120억 원에 이른다. 터널이 뚫리면 시간이 준다.
"""
BRIDGE = """서하시 교통 소식

입력 2026.03.02 09:00

서하시는 다리를 새로 짓는다. 서하대교도 마찬가지다. 예산이 2,400억 원에 달한다. 대교가 놓이면 길이 짧아진다.
"""
# a sentence with an object: the next sentence's cost is the object's, not the topic's
OBJECT = """서하시 교통 소식

입력 2026.03.02 09:00

서하시는 도시철도 3호선을 추진 중이다. 사업비가 1조 원에 이른다.
"""
# a common noun with 도 carries nothing
COMMON = """교통 소식

입력 2026.03.02 09:00

관광객도 늘었다. 예산이 2,400억 원에 달한다.
"""


@pytest.mark.parametrize("text, figure, expected", [
    (TUNNEL, "6,120억 원", ("가람터널", "사업비")),  # X 역시
    (BRIDGE, "2,400억 원", ("서하대교", "예산")),  # X도
])
def test_a_bare_measured_subject_goes_on_about_the_sentence_befores_topic(text: str, figure: str, expected: tuple[str, str],
                                                                          ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == expected


def test_a_sentence_with_an_object_carries_no_topic(ruleset) -> None:  # type: ignore[no-untyped-def]
    c = bound(OBJECT, ruleset)["1조 원"].claim
    assert c is None or c.how != "previous sentence"  # (the title may still own it: another rule)


def test_a_common_noun_with_do_carries_nothing(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(COMMON, "2,400억 원", ruleset) is None


SIZE = """가람군 교통 소식

입력 2026.03.02 09:00

군 북부와 영서 지역을 잇는 가람터널은 총사업비 4,870억 원 규모로, 2027년 6월 개통이 목표다. 터널이 뚫리면 빨라진다.
"""


def test_a_size_measures_the_bare_noun_before_it_and_the_goal_after_the_comma_is_not_its(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = bound(SIZE, ruleset)
    c = found["4,870억 원"].claim
    assert c is not None and (c.entity, c.attribute) == ("가람터널", "총사업비")
    assert not c.goal and c.period is None


def test_a_price_per_unit_is_no_size_of_a_noun(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "한빛모빌리티 납품\n\n입력 2026.03.02 09:00\n\n계약 규모는 216억 원으로, 대당 4억 8천만 원 수준이다.\n"
    got = owner_of(text, "4억 8천만 원", ruleset)
    assert got is None or got[1] != "대당"
