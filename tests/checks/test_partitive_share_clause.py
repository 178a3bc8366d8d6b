"""A share of the whole stated in the clause before, in the same sentence: "해밀식품은 지난해 고추장 4,260톤을
수출했는데, 이 중 미국행이 1,150톤으로 35%를 차지했다" is 1,150 / 4,260 = 27.0% (fresh8 A2). The partitive ("이 중",
"이 가운데", "그중", ", of which", "of these") opens a clause after the whole's: the whole is the one figure of the
part's measure before the partitive in its sentence (never the sentence before, which may hold the whole of a whole).
Paraphrases in both languages on other topics, then the hard negatives: a part of a part, two candidate wholes, a
share of another whole named after the percentage, a whole of another measure.
"""

from __future__ import annotations

import pytest
from statement_helpers import verdicts

PARAPHRASES = [
    # (text with {} for the share, right share, wrong share)
    ("해밀식품은 지난해 고추장 4,260톤을 수출했는데, 이 중 미국행이 1,150톤으로 {}를 차지했다.\n", "27%", "35%"),
    ("서하시는 올해 나무 12만 그루를 심었고, 이 가운데 소나무가 3만 그루로 {}를 차지했다.\n", "25%", "30%"),
    ("지난해 항만 화물은 420만 톤이었는데, 그중 환적 화물이 168만 톤으로 전체의 {}에 달했다.\n", "40%", "45%"),
    ("도서관은 올해 책 5만 권을 새로 들였으며 이 중 어린이 책이 1만 2천 권으로 {}를 차지했다.\n", "24%", "30%"),
    ("해밀식품은 지난해 고추장 4,260톤을 수출했는데, 이 중 미국행이 1,150톤({})이었다.\n", "27%", "35%"),
    ("Haemil exported 4,260 tonnes last year; of these, 1,150 tonnes went to the US, accounting for {}.\n", "27%", "35%"),
    ("The county planted 120,000 trees this year, of which 30,000 were pines, accounting for {}.\n", "25%", "30%"),
    ("The festival drew 623,000 visitors, of whom 415,000 came from outside the county, making up {}.\n", "67%", "75%"),
    ("Haemil exported 4,260 tonnes of gochujang last year, of which 1,150 tonnes went to the US, or {} of the total.\n", "27%", "35%"),
]


def _shares(text: str) -> tuple[list[str], list[str]]:
    return verdicts(text, "arithmetic", ("share",))


@pytest.mark.parametrize(("text", "right", "wrong"), PARAPHRASES)
def test_a_wrong_share_of_the_clause_before_is_reported(text: str, right: str, wrong: str) -> None:
    verdicts, found = _shares(text.format(wrong))
    assert verdicts == ["fails"] and len(found) == 1, (verdicts, found)


@pytest.mark.parametrize(("text", "right", "wrong"), PARAPHRASES)
def test_a_right_share_of_the_clause_before_holds(text: str, right: str, wrong: str) -> None:
    verdicts, found = _shares(text.format(right))
    assert verdicts == ["holds"] and found == [], (verdicts, found)


NEGATIVES = [
    # a part of a part: the partitive in the second clause points to the US exports, not all exports
    "해밀식품은 지난해 고추장 4,260톤을 수출했다. 이 중 미국행이 1,150톤이었고, 그중 뉴욕행이 300톤으로 26%를 차지했다.\n",
    "Haemil exported 4,260 tonnes last year. Of these, 1,150 tonnes went to the US, of which 300 tonnes went to New York, or 26%.\n",
    # two candidate wholes before the partitive
    "해밀식품은 고추장 4,260톤과 된장 1,200톤을 수출했는데, 이 중 미국행이 1,150톤으로 35%를 차지했다.\n",
    "Haemil exported 4,260 tonnes of gochujang and 1,200 tonnes of doenjang, of which 1,150 tonnes went to the US, accounting for 35%.\n",
    # a share of another whole, named after the percentage
    "해밀식품은 지난해 고추장 4,260톤을 수출했는데, 이 중 미국행이 1,150톤으로 미국 수입 시장의 35%를 차지했다.\n",
    "해밀식품은 지난해 고추장 4,260톤을 수출했는데, 이 중 미국행이 1,150톤으로 시장 점유율 35%를 차지했다.\n",
    "Haemil exported 4,260 tonnes last year, of which 1,150 tonnes went to the US, accounting for 35% of US imports.\n",
    # ... a whole of its own after "of all"/"of the total" (session 13 review: was 1,150/4,260 against 42%)
    "Haemil exported 4,260 tonnes last year, of which 1,150 tonnes went to the US, 42% of all Korean gochujang shipments there.\n",
    "Haemil exported 4,260 tonnes last year, of which 1,150 tonnes went to the US, or 42% of total US gochujang imports.\n",
    "해밀식품은 지난해 고추장 4,260톤을 수출했는데, 이 중 미국행이 1,150톤으로 국내 업계 대미 수출의 42%를 차지했다.\n",
    # the part's percentage is its rate of change, not its share
    "해밀식품은 지난해 고추장 4,260톤을 수출했는데, 이 중 미국행이 1,150톤(12%) 늘었다.\n",
    "취업자 수는 2,804만 3천 명으로, 이 가운데 60세 이상이 29만 7천 명(4.5%) 늘었다.\n",
    # a whole of another measure
    "해밀식품은 지난해 4,260만 달러어치를 수출했는데, 이 중 미국행이 1,150톤으로 35%를 차지했다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_for_a_share_of_another_whole(text: str) -> None:
    _, found = _shares(text)
    assert found == [], found


def test_fresh8_a2_is_reported() -> None:
    text = "그래도 희망은 있다. 해밀식품은 지난해 고추장 4,260톤을 수출했는데, 이 중 미국행이 1,150톤으로 35%를 차지했다.\n"
    _, found = _shares(text)
    assert len(found) == 1 and "= 27%" in found[0], found


@pytest.mark.parametrize("text", [
    "Haemil exported 4,260 tonnes last year, of which 1,150 tonnes went to the US, 35% of the total.\n",
    "Haemil exported 4,260 tonnes last year, of which 1,150 tonnes went to the US, or 35% of all.\n",
])
def test_a_bare_whole_after_of_which_is_still_the_clause_before(text: str) -> None:
    """The guard is for a whole with a noun of its own: a bare "of the total" is the 4,260 tonnes (27%, not 35%)."""
    _, found = _shares(text)
    assert len(found) == 1 and "= 27%" in found[0], found
