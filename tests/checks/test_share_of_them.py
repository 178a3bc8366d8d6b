"""A share in apposition to a part counted "of them", whose whole is the count the sentence before is about (fresh9
A2: "Organisers say 12,486 people have signed up, more than twice the 2021 field of 5,900. Women make up 4,120 of
them, or 41% of the field" is 4,120 / 12,486 = 33.0%). "Them" is the one count there that is no oblique (the
comparison's "the 2021 field of 5,900" is not), or the one whose counted noun the share names. Korean writes the
partitive after the part's topic: "여성은 그중 4,120명으로 전체의 41%". Paraphrases with other verbs and nouns, then
hard negatives: a share of a whole of its own, no whole stated, a goal, two counts with no way to choose.
"""

from __future__ import annotations

import pytest
from statement_helpers import right_and_wrong, verdicts

ROWS = [
    # (text with {} for the share, right share, wrong share)
    ("Organisers say 12,486 people have signed up, more than twice the 2021 field of 5,900. "
     "Women make up 4,120 of them, or {} of the field, a record for the race.\n", "33%", "41%"),
    ("Some 2,400 exhibitors registered this year. Foreign firms account for 600 of them, or {} of the total.\n", "25%", "30%"),
    ("The fair drew 2,400 exhibitors, up from 1,900 last year. Foreign firms were 600 of those ({}).\n", "25%", "30%"),
    ("The club has 8,000 members. Juniors number 2,000 of them — {} — the most ever.\n", "25%", "30%"),
    ("The fair drew 2,400 exhibitors and 51,000 visitors. Foreign firms were 600 of them, or {} of all exhibitors.\n", "25%", "30%"),
    # no "of them": the share names the counted noun of the one count before
    ("The fair drew 2,400 exhibitors. Foreign firms numbered 600, or {} of all exhibitors.\n", "25%", "30%"),
    ("올해 대회에는 12,486명이 참가 신청을 했다. 여성은 그중 4,120명으로 전체의 {}다.\n", "33%", "41%"),
    ("올해 박람회에는 업체 2,400곳이 참가했다. 해외 업체는 이 가운데 600곳으로 {}를 차지했다.\n", "25%", "30%"),
]
RIGHT, WRONG = right_and_wrong(ROWS)


def _shares(text: str) -> tuple[list[str], list[str]]:
    return verdicts(text, "arithmetic", ("share",))


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_share_of_them_is_reported(text: str) -> None:
    found_verdicts, found = _shares(text)
    assert found_verdicts == ["fails"] and len(found) == 1, (found_verdicts, found)


@pytest.mark.parametrize("text", RIGHT)
def test_a_right_share_of_them_holds(text: str) -> None:
    assert _shares(text) == (["holds"], []), _shares(text)


NEGATIVES = [
    # a whole of its own: another edition's field, women, a noun phrase with a year
    "Organisers say 12,486 people have signed up. Women make up 4,120 of them, or 41% of the 2021 field.\n",
    "Organisers say 12,486 people have signed up. Women make up 4,120 of them, or 41% of women.\n",
    "Organisers say 12,486 people have signed up. Women make up 4,120 of them, and 41% of women finished.\n",
    "올해 대회에는 12,486명이 참가 신청을 했다. 여성은 그중 4,120명으로 여성 참가자 전체의 41%다.\n",
    # the whole is not stated
    "Women make up 4,120 of them, or 41% of the field.\n",
    "The race has grown every year. Women make up 4,120 of them, or 41% of the field.\n",
    # a goal: in the sentence before, or the share itself
    "Organisers hope 12,486 people will sign up. Women make up 4,120 of them, or 41% of the field.\n",
    "Organisers say 12,486 people have signed up. Women make up 4,120 of them; the race aims for 41%.\n",
    # no "of them", and the share names no counted noun of the count before (or another one, or one of a place)
    "The fair drew 2,400 exhibitors. Foreign firms numbered 600, or 30% of the total.\n",
    "The fair drew 2,400 exhibitors. Foreign firms numbered 600, or 30% of all visitors.\n",
    "The fair drew 2,400 exhibitors. Foreign firms numbered 600, or 30% of all exhibitors in Asia.\n",
    "Organisers say 12,486 people have signed up. Women number 4,120, or 41% of the field.\n",
    # two counts in the sentence before with no way to choose
    "The fair drew 2,400 exhibitors and, in 2024, 2,000 exhibitors. Foreign firms numbered 600, or 30% of all exhibitors.\n",
    "Organisers say 12,486 people have signed up and 9,800 have paid. Women make up 4,120 of them, or 41% of the field.\n",
    "올해 대회에는 12,486명이 참가 신청을 했고 9,800명이 참가비를 냈다. 여성은 그중 4,120명으로 전체의 41%다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_for_a_share_of_another_or_unknown_whole(text: str) -> None:
    _, found = _shares(text)
    assert found == [], found


def test_fresh9_a2_on_its_own_lines_is_reported() -> None:
    text = ("The numbers are big for a city race. Organisers say 12,486 people have signed up, more than twice the 2021 "
            "field of 5,900.\nWomen make up 4,120 of them, or 41% of the field, a record for the race.\n")
    _, found = _shares(text)
    assert len(found) == 1 and "33%" in found[0], found
