"""The lead sentence's subject as the article's topic (issue #14): when a headline's word is no name
(a field, 조선업), the name the first sentence of the body makes its subject owns the figures of the
lead that have no owner of their own, when it is written as a name: a company head (중공업, 전자 …)
after a part the body also uses alone ("한빛중공업" … "한빛이", "한빛의")."""

from __future__ import annotations

import pytest

from tests.test_owners import bound, owner_of, ruleset  # noqa: F401  (the fixture)

COLUMN = (
    "[경제 칼럼] 조선업 '슈퍼사이클'의 그늘\n"
    "입력 2026.01.20 06:00 | 김정호 논설위원\n"
    "{subject} 지난해 146억 달러어치 배를 수주했다. 불과 2년 전만 해도 수주 가뭄을 걱정하던 회사다.\n"
    "실적도 좋다. 지난해 영업이익은 1조 2,340억 원이었고, 매출은 14조 8,200억 원이었다.\n"
    "{short} 직원은 1만 명이다.\n"
    "용접공 일당은 3년 새 27만 원이 됐다.\n"
)


@pytest.mark.parametrize("figure", ["1조 2,340억 원", "14조 8,200억 원"])
def test_the_lead_subject_written_as_a_name_owns_the_lead(figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = COLUMN.format(subject="한빛중공업이", short="한빛의")
    assert owner_of(text, figure, ruleset) == "한빛중공업"


@pytest.mark.parametrize("subject, short", [
    ("한빛중공업이", "우리"),   # the head's part never used alone: no evidence of a name
    ("연구진이", "연구"),        # no company head: a common noun however often its stem recurs
    ("민간항공이", "민간"),      # a head, but its part alone only modifies another noun, no particle of its own
    ("한빛중공업이", "한빛중공업의"),  # the whole word again: no short form
])
def test_a_lead_subject_not_written_as_a_name_owns_nothing(subject: str, short: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = COLUMN.format(subject=subject, short=short)
    assert owner_of(text, "1조 2,340억 원", ruleset) is None


def test_the_lead_subject_owns_nothing_past_the_lead(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = COLUMN.format(subject="한빛중공업이", short="한빛의") + "한빛의 수주잔고는 385억 달러다.\n"
    assert owner_of(text, "27만 원", ruleset) is None  # the welders' wage, a paragraph after the lead


def test_a_name_title_keeps_the_article(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "한빛중공업, 수주 호조\n동해조선이 지난해 배를 수주했다. 동해조선 직원은 늘었다.\n지난해 영업이익은 1조 원이었다.\n"
    assert owner_of(text, "1조 원", ruleset) != "동해조선"
