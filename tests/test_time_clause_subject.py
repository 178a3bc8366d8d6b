"""A subject inside a subordinate clause of time (issue #14): "장마가 끝난 뒤 …", "공사가 시작된 후에
…" say when; their subject is that clause's, not the topic of the main clause the figure is in."""

from __future__ import annotations

import pytest

from tests.test_owners import owner_of, ruleset  # noqa: F401  (the fixture)

BODY = ("2025년 여름철 기후 분석: 전국 평균기온 25.7℃로 관측 이래 최고\n"
        "장마는 중부지방 기준 6월 19일 시작해 7월 21일 끝났으며, 장마 기간은 33일로 평년(31.5일)보다 1.5일 길었다.\n"
        "공사는 3월에 끝났으며, 공사 기간은 2년이었다. 태풍은 8월에 왔으며, 태풍 경로는 남해안이었다.\n{sentence}\n")


@pytest.mark.parametrize("sentence, figure", [
    ("반면 장마가 끝난 뒤 8월 한 달 강수량은 98.7㎜로 평년의 3분의 1 수준에 그쳤다.", "98.7㎜"),
    ("한결중공업이 인수한 뒤 매출은 2조 원으로 늘었다.", "2조 원"),
    ("공사가 시작된 후에 이용객은 120만 명으로 줄었다.", "120만 명"),
    ("태풍이 지나간 다음 피해액은 30억 원으로 집계됐다.", "30억 원"),
])
def test_the_subject_of_a_time_clause_owns_nothing_in_the_main_clause(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    owner = owner_of(BODY.format(sentence=sentence), figure, ruleset)
    assert owner not in ("장마", "한결중공업", "공사", "태풍")


@pytest.mark.parametrize("sentence, figure, owner", [
    # the main clause's own subject after the time clause still owns
    ("장마가 끝난 뒤 SK하이닉스는 매출이 2조 원으로 늘었다.", "2조 원", "SK하이닉스"),
    # a subject of the main clause before a relative clause that is no time clause ("끝난 공사")
    ("한결중공업이 끝낸 공사는 모두 30건이다.", "30건", None),
])
def test_a_subject_outside_a_time_clause_is_read_as_before(sentence: str, figure: str, owner: str | None, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = owner_of(BODY.format(sentence=sentence), figure, ruleset)
    if owner is not None:
        assert got == owner
