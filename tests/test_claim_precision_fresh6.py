"""Claim-table precision on the unseen set fresh6 (issue #14): the figure of a noun phrase that is
the clause's predicate ("인구 28만 명의 도시로") measures the bare noun before it, not the class noun after
"N의"; paraphrases of our own and hard negatives (the noun after "N의" that is an argument keeps its
figure)."""

from __future__ import annotations

import pytest

from tests.test_owners import ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import DATELINE, claim_of

TITLE = "서하시 소식\n"


@pytest.mark.parametrize("sentence, figure, attribute", [
    ("서하시는 서하호를 끼고 있는 인구 28만 6천 명의 도시로, 1995년 시로 승격했다.", "28만 6천 명", "인구"),
    ("서하시는 인구 28만 명의 도시다.", "28만 명", "인구"),
    ("서하시는 인구 28만 명의 중소 도시이며 호수를 끼고 있다.", "28만 명", "인구"),
    ("서하시는 면적 612㎢의 도시로, 서하호를 끼고 있다.", "612㎢", "면적"),
    ("서하시는 등록 인구 28만 명의 도시로, 1995년 시로 승격했다.", "28만 명", "등록 인구"),
])
def test_a_predicate_noun_after_n_ui_is_no_attribute(sentence: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(f"{TITLE}{DATELINE}{sentence}\n", figure, ruleset)
    assert found is not None and found[1] == attribute


@pytest.mark.parametrize("sentence, figure, attribute", [
    # hard negatives: the noun after "N의" is an argument of the verb (what N counts), not a predicate
    ("서하시는 올해 3,000명의 관광객을 맞았다.", "3,000명", "관광객"),
    ("서하시에는 지난해 12만 명의 관광객이 찾았다.", "12만 명", "관광객"),
    # a means marked 로 that a verb of its own follows is no predicate either
    ("서하시는 주민 1,740명의 인력으로 불을 껐다.", "1,740명", "인력"),
])
def test_an_argument_after_n_ui_keeps_the_figure(sentence: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(f"{TITLE}{DATELINE}{sentence}\n", figure, ruleset)
    assert found is None or found[1] == attribute
