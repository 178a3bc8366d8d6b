"""A part's share of a whole a partitive names (fresh10 A3: "The Bluehawks averaged 2,150 fans per home match, … Of that
2,150, season-ticket holders accounted for about 860, or 48 percent" is 860 / 2,150 = 40%).

Two structures: the whole repeated after a demonstrative ("Of that 2,150,", "Of those 920 members,", "Out of 640
flights") is an "of" whole as "Of the 2,150" is; and a bare percentage in apposition to the part (", or 48 percent",
closing its phrase) after a partitive that points back ("Of those, …") is the part's share of the one figure of the
sentence before. Paraphrases on other topics in both languages, then hard negatives: a share of another whole, a
change after the part, no partitive, two figures the partitive could point to, "about" within its margin.
"""

from __future__ import annotations

import pytest
from statement_helpers import right_and_wrong, verdicts

ROWS = [
    # fresh10 A3 itself, with the sentence before it
    ("The Bluehawks averaged 2,150 fans per home match, up from 1,780 a year earlier, while the league average was 1,900. "
     "Of that 2,150, season-ticket holders accounted for about 860, or {}.\n", "40 percent", "48 percent"),
    ("The festival drew 48,000 visitors over three days. Of that 48,000, foreign tourists made up about 9,600, or {}.\n",
     "20%", "25%"),
    ("Of those 920 members, 230 voted against the merger, or {}.\n", "25%", "32%"),
    ("Out of 640 flights scheduled on Monday, 96 were cancelled ({}).\n", "15%", "19%"),
    ("The port handled 2.4 million containers last year. Of those, exports comprised about 1.3 million, or {}.\n",
     "54%", "62%"),
    ("The hospital treated 3,400 patients in January. Of those, 1,020, or {}, were children.\n", "30%", "36%"),
    ("The library lent 82,000 books in 2025. Of these 82,000, children's titles accounted for 24,600, or {} of the total.\n",
     "30%", "36%"),
    ("The firm employs 1,800 people. Of those, 540 — or {} — work abroad.\n", "30%", "36%"),
    ("The club sold 5,200 memberships. Of that total, students bought 1,300, or {}.\n", "25%", "31%"),
    ("축제에는 사흘간 4만 8천 명이 찾았다. 이 가운데 외국인 관광객이 약 9,600명으로 {}를 차지했다.\n", "20%", "25%"),
    ("올해 신입생 1,250명 중 여학생은 575명({})이다.\n", "46%", "52%"),
    ("항만의 지난해 컨테이너 처리량은 240만 개였으며, 이 중 수출 물량이 130만 개로 전체의 {}였다.\n", "54%", "62%"),
]
RIGHT, WRONG = right_and_wrong(ROWS)


def _share(text: str) -> tuple[list[str], list[str]]:
    return verdicts(text, "arithmetic", ("share",))


@pytest.mark.parametrize("text", RIGHT)
def test_a_share_of_the_named_whole_holds(text: str) -> None:
    found_verdicts, found = _share(text)
    assert found_verdicts == ["holds"] and found == [], (found_verdicts, found)


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_share_of_the_named_whole_is_reported(text: str) -> None:
    found_verdicts, found = _share(text)
    assert found_verdicts == ["fails"] and len(found) == 1, (found_verdicts, found)


NEGATIVES = [
    # a share of another whole, named after it: 48% of the league's fans, not of the 2,150
    "Of that 2,150, about 860 held season tickets, while 48% of the league's fans did.\n",
    # a change after the part, not its share
    "The Bluehawks averaged 2,150 fans. Of those, about 860 held season tickets, or 48% more than last season.\n",
    # no partitive: the whole is not named, whatever the sentence before states
    "The Bluehawks averaged 2,150 fans per home match. Season-ticket holders accounted for about 860, or 48 percent.\n",
    # two figures of the measure the partitive could point back to
    "The Bluehawks averaged 2,150 fans and the Eagles 1,900. Of those, about 860, or 48%, held season tickets.\n",
    # a percentage with its own whole after it
    "The Bluehawks averaged 2,150 fans. Of those, about 860, or 48% of the league's season-ticket holders, came by bus.\n",
    # Korean: the share names a whole of its own (the nation's visitors), not the 4만 8천 before
    "축제에는 4만 8천 명이 찾았다. 이 가운데 외국인은 9,600명으로 전국 외국인 방문객의 25%였다.\n",
    # "about" within its margin: about 900 is 855–945, 39.8%–44.0% of 2,150
    "The Bluehawks averaged 2,150 fans. Of those, about 900, or 40%, held season tickets.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_for_another_whole_or_reading(text: str) -> None:
    _, found = _share(text)
    assert found == [], found
