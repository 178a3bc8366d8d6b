"""fresh8 C3 (issue #14): "단월군은 이번 축제 기간 방문객이 62만 3천여 명" and "군 내부 집계로는 축제장을 찾은 인원이
48만여 명": the festival's own period is no part of the measure, a bare noun of people after a relative clause of
visiting counts visitors, and a tally named after the county ("군 내부 집계") is the county's, no source of its own."""

from __future__ import annotations

import pytest

from tests.test_compound_topics import owner_of  # (entity, attribute) of a figure, or None
from tests.test_own_phrase import bound, ruleset  # noqa: F401  (the pack's fixture and the figures of a text)

# the visited place a name: its people are its visitors, whatever the bare noun
HALL = """솔뫼군 문화 소식

입력 2026.03.02 09:00

솔뫼군은 올해 문화관 운영을 늘렸다. 지난해 솔뫼문화관을 찾은 사람은 9만 명이었다.
"""
FAIR = """가람군 소식

입력 2026.03.02 09:00

가람군은 올해 축제 예산을 늘렸다. 올해 가람축제를 방문한 인파는 31만 명으로 집계됐다.
"""
# hard negatives: no visit (the people of a place are not its visitors), a count of staff, a clause of another verb
STAFF = """솔뫼군 문화 소식

입력 2026.03.02 09:00

솔뫼문화관은 지난해 직원을 늘렸다. 솔뫼문화관에서 일하는 인원은 45명이다.
"""
BUILT = """솔뫼군 문화 소식

입력 2026.03.02 09:00

솔뫼문화관을 지은 인원은 300명이다.
"""


@pytest.mark.parametrize("text, figure, expected", [
    (HALL, "9만 명", ("솔뫼문화관", "방문객")),
    (FAIR, "31만 명", ("가람축제", "방문객")),
])
def test_people_a_visiting_clause_describes_are_visitors(text: str, figure: str, expected: tuple[str, str],
                                                         ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == expected


@pytest.mark.parametrize("text, figure", [(STAFF, "45명"), (BUILT, "300명")])
def test_people_of_another_clause_are_no_visitors(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = owner_of(text, figure, ruleset)
    assert got is None or got[1] != "방문객"
