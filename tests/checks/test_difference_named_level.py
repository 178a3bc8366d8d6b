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
