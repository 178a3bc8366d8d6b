"""A percentage near a partitive's part that is no share of its whole (session 16 red-team, issue #15): the rate of a
coordinated clause with a subject of its own ("248,000 are eligible voters — and turnout was 61 percent"), a share of
the part's own members ("96 are foreign, 12 percent of them from Japan"), a dash that opens a phrase of its own and is
never closed ("96 are foreign — 12 percent from Japan"). s16-arith3's possessed whole ("Of the league's 640 players")
made these reachable in more phrasings; the paraphrases are on topics of their own. The shares still read are pinned
beside them."""

from __future__ import annotations

import pytest
from statement_helpers import verdicts

NEGATIVES = [
    "Of the city's 312,400 residents, 248,000 are eligible voters — and turnout was 61 percent.\n",
    "Of the 312,400 residents, 248,000 are eligible voters and turnout was 61 percent.\n",
    "Of the district's 5,600 households, 1,400 rent their homes, but the vacancy rate is 3 percent.\n",
    "Of the 850 schools, 170 have no gym while enrolment fell 4 percent.\n",
    "Of the league's 640 players, 96 are foreign — 12 percent of them from Japan.\n",
    "Of the 640 players, 96 are foreign, 12 percent of them from Japan.\n",
    "Of the hospital's 3,400 patients, 1,020 were children, 40 percent of those under five.\n",
    "Of the 640 players, 96 are foreign — 12 percent from Japan.\n",
    "Of Haram's 2,300 employees, 460 work remotely – 8 percent abroad.\n",
    # Korean: a word pointing back to the part before the percentage ("그중", "이 중", "이들의")
    "조합의 회원 농가 1,240곳 중 310곳 — 그중 12%는 청년 농가 — 이 쌀을 재배한다.\n",
    "하람군 인구 6만 명 가운데 65세 이상은 2만 1천 명으로, 이들의 40%가 홀로 산다.\n",
    "가람시 사업체 5,600곳 가운데 1,400곳이 음식점이며, 이 가운데 8%는 24시간 영업한다.\n",
    "응답자 1,200명 중 480명이 찬성했고 그들 중 30%는 20대였다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_share_of_the_whole_for_another_clause_or_subset(text: str) -> None:
    _, found = verdicts(text, "arithmetic", ("share",))
    assert found == [], found


SHARES = [
    # (text, verdict): the apposed and "or" shares are still read, right and wrong
    ("Of the league's 640 players, 96 — 15 percent — are foreign.\n", "holds"),
    ("Of the league's 640 players, 96 — 12 percent — are foreign.\n", "fails"),
    ("Of the 640 players, 96 are foreign, or 15 percent of them.\n", "holds"),
    ("Of the 640 players, 96 are foreign, or 12 percent.\n", "fails"),
    ("Of the 2,300 employees, 460 (20%) work remotely and 30 percent of them live abroad.\n", "holds"),
    ("조합의 회원 농가 1,240곳 중 310곳(25%)이 쌀을 재배한다.\n", "holds"),
    ("하람군 인구 6만 명 가운데 65세 이상은 2만 1천 명으로 전체의 40%다.\n", "fails"),
]


@pytest.mark.parametrize(("text", "verdict"), SHARES)
def test_an_apposed_share_is_still_read(text: str, verdict: str) -> None:
    found_verdicts, _ = verdicts(text, "arithmetic", ("share",))
    assert found_verdicts == [verdict], found_verdicts


GAPS_OF_OTHER_TERMS = [
    # a gap that names terms of its own after it: a change of something else, not the two figures' difference
    "Exports were $4.2 billion and imports $3.1 billion, a gap of $0.9 billion from last year's trade surplus.\n",
    "Line 1 carries 120,000 riders a day and Line 2 carries 80,000, a difference of 20,000 riders compared with a year "
    "ago.\n",
    "The winner polled 54,210 votes against 48,900 for the runner-up, a margin of 1,200 votes than in 2022.\n",
    "Haram has 312,400 residents and Gaon 280,000, a gap of 8,000 since the 2020 census.\n",
    "Revenue was 1.2 billion won and costs 0.9 billion won, a difference of 0.1 billion won on the previous quarter.\n",
]


@pytest.mark.parametrize("text", GAPS_OF_OTHER_TERMS)
def test_no_difference_for_a_gap_with_terms_of_its_own(text: str) -> None:
    _, found = verdicts(text, "arithmetic", ("difference",))
    assert found == [], found


@pytest.mark.parametrize(("text", "verdict"), [
    ("Exports were $4.2 billion and imports $3.1 billion, a gap of $1.1 billion.\n", "holds"),
    ("Exports were $4.2 billion and imports $3.1 billion, a gap of $0.9 billion.\n", "fails"),
    ("The winner polled 54,210 votes against 48,900 for the runner-up, a margin of 5,310 votes over Lee.\n", "holds"),
])
def test_a_named_gap_of_the_two_figures_is_still_read(text: str, verdict: str) -> None:
    found_verdicts, _ = verdicts(text, "arithmetic", ("difference",))
    assert found_verdicts == [verdict], found_verdicts
