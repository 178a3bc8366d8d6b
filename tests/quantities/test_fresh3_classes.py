"""Figure phrases of the classes the third blind set (tests/gold/fresh3, spent) read wrong.

Variants written for these tests, not the fresh3 sentences: other nouns, numbers and units, both
languages, and hard negatives — the same token where it is no such figure — that must keep their
reading (factlint/quantities/timewords.py, extract.py, labels.py).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from tests.quantities.test_fresh2_classes import one, read


# --- 하루 N시간: a rate per day, not one day plus N hours -------------------------------------------

PER_DAY = [
    ("공장 가동 시간을 하루 20시간에서 22시간으로 늘렸다.", "20시간", F(20), "hour"),
    ("주말에도 하루 8시간씩 일했다.", "8시간", F(8), "hour"),
    ("하루 여덟 시간 잠을 잔다.", "여덟 시간", F(8), "hour"),
    ("하루 1시간 30분 걷는다.", "1시간 30분", F(90), "minute"),
    ("근로시간은 일주일 52시간으로 제한된다.", "52시간", F(52), "hour"),
    ("하루 30분 운동이 권장된다.", "30분", F(30), "minute"),
]


STAY = [
    ("구조대는 이틀 12시간 동안 수색했다.", "이틀 12시간", F(60), "hour"),  # two days and 12 hours: one duration
    ("3일 하루 동안 11만 명이 찾았다.", "하루", F(1), "day"),  # the one day a figure covers
    ("정확히 하루 만에 복구됐다.", "하루", F(1), "day"),
]


@pytest.mark.parametrize("text, figure, value, unit", PER_DAY + STAY)
def test_one_day_before_a_smaller_time_is_the_rate_period(text: str, figure: str, value: F, unit: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("quantity", value, unit)
    if (text, figure, value, unit) in PER_DAY:
        assert not [p for p in extract(text) if p.text in ("하루", "일주일")]  # "per day" is no figure


# --- a scale letter glued to the digits, with no word of heat in the sentence ------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("Each 1C rise in the daily maximum was linked to more visits.", "1C", F(1)),
    ("Risk grew on days above 33C, the team said.", "above 33C", F(33)),
    ('"Farmers work in greenhouses at 45C," she said.', "45C", F(45)),
    ("The mercury hit 41C on Monday.", "41C", F(41)),
])
def test_glued_celsius_by_the_words_around_it(text: str, figure: str, value: F) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("quantity", value, "degree_Celsius")


@pytest.mark.parametrize("text, figure", [
    ("Meet at Gate 4C after lunch.", "4"),  # a name: a noun before it
    ("Room 12C is on the left.", "12"),
    ("She moved up to grade 2C this year.", "2"),
    ("It was 30C yesterday in Block 7.", "30"),  # nothing says temperature: left bare (precision)
])
def test_glued_letter_that_names_stays_bare(text: str, figure: str) -> None:
    q = one(text, figure)
    assert q.unit is None


# --- a range in number words with the unit written once, after the second ---------------------------

@pytest.mark.parametrize("text, figure, low, high, unit", [
    ("Symptoms can last two to three days after exposure.", "two to three days", F(2), F(3), "day"),
    ("Repairs will take four to six weeks.", "four to six weeks", F(4), F(6), "week"),
])
def test_word_range_with_its_unit_after(text: str, figure: str, low: F, high: F, unit: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.low, q.high, q.unit, q.bound) == ("quantity", low, high, unit, "range")


@pytest.mark.parametrize("text, first", [
    ("Prices fell from two to three dollars.", "two"),  # a change: two values
    ("Between one to two million people moved.", "one"),  # a scale on the second end only: as before
    ("It grows eight to 10 feet tall.", "eight"),  # a word then digits stays two
])
def test_word_pairs_that_stay_two(text: str, first: str) -> None:
    assert [q.text for q in extract(text)][0] == first
