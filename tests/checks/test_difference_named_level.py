"""A difference with two levels of one dimension before its base: "청람공항의 활주로는 길이 2,450m, 폭 45m로, 인근
서하비행장(1,800m)보다 650m 길지만" (fresh9, scored blind at the end of session 13: checked as 45m − 1,800m, a false
finding). The level compared is the one the adjective's noun names — a Korean adjective of measure makes its noun
with 이 (길다 → 길이, 높다 → 높이, 깊다 → 깊이; 크다 → 크기) — and with none so named which one is compared is not
written: silent. Paraphrases on other topics, right and wrong; hard negatives: the right difference, an adjective
whose noun names no level before it, two levels and no key."""

from __future__ import annotations

import pytest
from statement_helpers import verdicts

PARAPHRASES = [
    # (text with {} for the difference, right, wrong)
    ("청람공항의 활주로는 길이 2,450m, 폭 45m로, 인근 서하비행장(1,800m)보다 {} 길지만 짧다는 지적을 받아 왔다.\n", "650m", "550m"),
    ("새빛교는 폭 30m, 길이 1,200m로 옛 다리(900m)보다 {} 길다.\n", "300m", "200m"),
    ("전망대는 폭 12m, 높이 80m로 옛 전망대(60m)보다 {} 높다.\n", "20m", "10m"),
    ("저수지는 면적 2.1㎢, 깊이 18m로 인근 호수(12m)보다 {} 깊다.\n", "6m", "9m"),
]


def _differences(text: str) -> tuple[list[str], list[str]]:
    return verdicts(text, "arithmetic", ("difference",))


@pytest.mark.parametrize(("text", "right", "wrong"), PARAPHRASES)
def test_the_level_the_adjective_names_is_compared(text: str, right: str, wrong: str) -> None:
    held, found = _differences(text.format(right))
    assert held == ["holds"] and found == [], (held, found)
    failed, found = _differences(text.format(wrong))
    assert failed == ["fails"] and len(found) == 1, (failed, found)


@pytest.mark.parametrize("text", [
    # "넓다" names 넓이, written nowhere: which of 폭 and 길이 is compared is not said
    "새빛교는 폭 30m, 길이 1,200m로 옛 다리(25m)보다 15m 넓다.\n",
    # two levels with no key at all
    "새빛교는 30m, 1,200m로 옛 다리(900m)보다 200m 길다.\n",
])
def test_two_levels_and_none_named_is_silent(text: str) -> None:
    _, found = _differences(text)
    assert found == [], found


# session 14 review: "X는 B보다 N 많다" with no level of its own takes the level of the sentence before; a figure alone in
# brackets after that sentence's object ("리그 평균(4,900명)을 웃돌았다") is the compared thing's, no level of X
COMPARED_OBJECT = [
    "한솔호크스의 올 시즌 평균 관중은 리그 평균(4,900명)을 크게 웃돌았다. 한솔호크스의 평균 관중은 리그 평균인 4,900명보다 1,300명 많았다.\n",
    "가람항의 물동량은 전국 평균(120만 톤)을 넘어섰다. 가람항의 물동량은 전국 평균인 120만 톤보다 30만 톤 많다.\n",
    "서하병원의 병상 가동률은 지역 평균(71%)을 밑돌았다. 서하병원의 병상 수는 지역 평균인 300개보다 40개 적다.\n",
]


@pytest.mark.parametrize("text", COMPARED_OBJECT)
def test_the_compared_object_in_brackets_is_no_level_of_the_subject(text: str) -> None:
    _, found = _differences(text)
    assert found == [], found


@pytest.mark.parametrize(("text", "right", "wrong"), [
    # the level the sentence before states of the subject is still compared
    ("한솔호크스의 올 시즌 평균 관중은 6,200명이었다. 이는 리그 평균(4,900명)보다 {} 많은 수치다.\n", "1,300명", "1,500명"),
])
def test_the_subjects_own_level_is_still_compared(text: str, right: str, wrong: str) -> None:
    _, found = _differences(text.format(right))
    assert found == [], found
    _, found = _differences(text.format(wrong))
    assert len(found) == 1, found
