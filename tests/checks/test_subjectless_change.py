"""A change stated with its base only, in a sentence with no subject, whose level is the sentence before's:
"단월군은 이번 축제 기간 방문객이 62만 3천여 명으로 집계됐다고 27일 밝혔다. 지난해(55만 2천 명)보다 9만 1천 명 늘어난
것으로, 역대 최다 기록이다." is 62만 3천 − 55만 2천 = 7만 1천 (fresh8 A5). Korean leaves the subject out when it is the
sentence before's; English says "That is" / "That was". The level is the one figure of the base's measure in the
sentence before. Paraphrases (differences and rates, both languages, other topics), then the hard negatives: an
approximate level whose difference is within its rounding, two candidate levels, a subject of its own, another
year, a goal before.
"""

from __future__ import annotations

import pytest
from statement_helpers import verdicts

PARAPHRASES = [
    # (text with {} for the change, right change, wrong change)
    ("서하시립미술관은 올해 관람객이 41만 2천 명으로 집계됐다고 밝혔다. 지난해(34만 8천 명)보다 {} 늘어난 것으로, 개관 이후 최다다.\n",
     "6만 4천 명", "8만 4천 명"),
    ("공사는 지난해 화물 412만 톤을 처리했다. 전년(392만 톤)보다 {} 늘었다.\n", "20만 톤", "30만 톤"),
    ("올해 등록 차량은 8만 2천 대로 집계됐다. 지난해(9만 대)보다 {} 줄어든 것이다.\n", "8천 대", "1만 2천 대"),
    ("해운시의 올해 관광객은 152만 3천 명이다. 전년(138만 명) 대비 {} 증가한 것이다.\n", "10.4%", "12.4%"),
    # the clause with no subject continues its own sentence, not the sentence before
    ("지난해 매출은 1,000억 원이었다. 올해 투자는 500억 원을 기록했고, 전년(400억 원)보다 {} 늘었다.\n", "25%", "40%"),
    ("지난해 매출은 1,000억 원이었다. 올해 투자는 500억 원을 기록했고, 전년(400억 원)보다 {} 늘었다.\n", "100억 원", "200억 원"),
    ("The museum drew 412,000 visitors this year. That is up {} from 348,000 last year.\n", "64,000", "84,000"),
    ("The museum drew 412,000 visitors this year. That is {} more than last year's 348,000.\n", "64,000", "84,000"),
    ("The port handled 4.12 million containers last year. That was an increase of {} on the 3.92 million of 2024.\n", "5.1%", "8.2%"),
]


def _changes(text: str) -> tuple[list[str], list[str]]:
    return verdicts(text, "arithmetic", ("growth", "difference"))


@pytest.mark.parametrize(("text", "right", "wrong"), PARAPHRASES)
def test_a_wrong_change_of_the_level_before_is_reported(text: str, right: str, wrong: str) -> None:
    verdicts, found = _changes(text.format(wrong))
    assert verdicts == ["fails"] and len(found) == 1, (verdicts, found)


@pytest.mark.parametrize(("text", "right", "wrong"), PARAPHRASES)
def test_a_right_change_of_the_level_before_holds(text: str, right: str, wrong: str) -> None:
    verdicts, found = _changes(text.format(right))
    assert verdicts == ["holds"] and found == [], (verdicts, found)


NEGATIVES = [
    # an approximate level: the difference is within what "62만 3천여" allows
    "단월군은 축제 방문객이 62만 3천여 명으로 집계됐다고 밝혔다. 지난해(55만 2천 명)보다 7만 1천 명 늘어난 것이다.\n",
    "단월군은 축제 방문객이 62만여 명으로 집계됐다고 밝혔다. 지난해(55만 2천 명)보다 7만 명 늘어난 것이다.\n",
    # two figures of the measure in the sentence before
    "축제 방문객은 62만 3천여 명, 체험관 방문객은 1만 2천 명이었다. 지난해(55만 2천 명)보다 9만 1천 명 늘어난 것이다.\n",
    "The festival drew 623,000 visitors and the fair 12,000. That is up 91,000 from 552,000 last year.\n",
    # two figures of the measure in the clauses before, in its own sentence (the sentence before is not read)
    "지난해 매출은 1,000억 원이었다. 투자가 500억 원, 인건비가 300억 원이었고, 전년(400억 원)보다 25% 늘었다.\n",
    "지난해 매출은 1,000억 원이었다. 투자가 500억 원, 인건비가 300억 원이었고, 전년(400억 원)보다 100억 원 늘었다.\n",
    # a subject of its own: another noun's change
    "축제 방문객은 62만 3천여 명이었다. 외지 관광객은 지난해(35만 명)보다 9만 1천 명 늘었다.\n",
    # another year in the clause than the sentence before's
    "올해 방문객은 62만 3천여 명이었다. 2023년에는 지난해(55만 2천 명)보다 9만 1천 명 늘었다.\n",
    # a goal before: the level was not reached
    "군은 내년 방문객 목표를 70만 명으로 잡았다. 올해(62만 3천 명)보다 9만 명 늘어난 것이다.\n",
    # another measure before
    "축제 경제효과는 487억 원으로 추산됐다. 지난해(55만 2천 명)보다 9만 1천 명 늘어난 것이다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_without_one_level_before(text: str) -> None:
    _, found = _changes(text)
    assert found == [], found


def test_fresh8_a5_is_reported() -> None:
    text = ("단월군은 이번 축제 기간 방문객이 62만 3천여 명으로 집계됐다고 27일 밝혔다. 지난해(55만 2천 명)보다 9만 1천 명 "
            "늘어난 것으로, 역대 최다 기록이다.\n")
    _, found = _changes(text)
    assert len(found) == 1 and "= 7.1만" in found[0], found
