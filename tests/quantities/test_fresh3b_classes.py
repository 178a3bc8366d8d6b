"""More figure classes the third blind set (tests/gold/fresh3, spent) read wrong.

Variants written for these tests, not the fresh3 sentences: other nouns, numbers and units, both
languages where it applies, and hard negatives — the same token where it is no such figure — that
keep their reading (factlint/quantities/timewords.py, extract.py, units.py).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from tests.quantities.test_fresh2_classes import one, read

# --- N주/N일 before a verb that moves a date: a span of time, not N shares or a day of the month ------

@pytest.mark.parametrize("text, figure, value, unit", [
    ("감시 기간을 5월 1일부터로 2주 앞당길 계획이다.", "2주", F(2), "week"),
    ("개장을 3주 늦추기로 했다.", "3주", F(3), "week"),
    ("출시가 2주 미뤄졌다.", "2주", F(2), "week"),
    ("일정을 10일 앞당겨 마무리했다.", "10일", F(10), "day"),
    ("완공 시점을 2년 앞당겼다.", "2년", F(2), "year"),
])
def test_time_before_a_verb_that_moves_a_date_is_a_duration(text: str, figure: str, value: F, unit: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("quantity", value, unit)


@pytest.mark.parametrize("text, figure, kind", [
    ("그는 100주를 매입했다.", "100주", "count"),  # shares
    ("자사주 2만주 매입 일정을 앞당겼다.", "2만주", "count"),  # the shares come before their noun, not the verb
    ("주가가 5% 올랐다.", "5%", "percent"),
    ("회의를 15일로 앞당겼다.", "15일", "number"),  # moved to the 15th: a day of the month
    ("개항을 2030년 앞당겨 추진한다.", "2030년", "number"),  # a year stays a year
])
def test_moving_verb_hard_negatives(text: str, figure: str, kind: str) -> None:
    q = one(text, figure)
    assert q.kind == kind, read(text)


# --- 한 해 동안: a native numeral and 해 before a duration word is a number of years --------------------

@pytest.mark.parametrize("text, figure, value", [
    ("2025년 한 해 동안 공항을 이용한 여객이 늘었다.", "한 해 동안", F(1)),
    ("두 해 동안 공사가 멈췄다.", "두 해 동안", F(2)),
    ("세 해 연속 적자를 냈다.", "세 해", F(3)),  # "세 해째": the third year, an ordinal (test_s10_ordinal_words)
    ("한 해 만에 흑자로 돌아섰다.", "한 해 만", F(1)),
])
def test_native_years_before_a_duration_word(text: str, figure: str, value: F) -> None:
    q = next(q for q in extract(text) if q.text.startswith(figure.split(" ")[0] + " 해"))
    assert (q.kind, q.value, q.unit) == ("quantity", value, "year"), read(text)


@pytest.mark.parametrize("text", [
    "한 해 평균 3만 명이 찾는다.",  # the period of a statistic, as 하루 평균 is
    "지난 한 해를 돌아봤다.",  # the year as a thing, no span counted
    "한 해외 기업이 인수했다.",  # 해외: overseas
    "세 해운사가 합병했다.",  # 해운사: shipping companies
    "영해 12해리 밖에서 조업했다.",
    "2해병사단이 배치됐다.",
])
def test_native_years_hard_negatives(text: str) -> None:
    assert not [q for q in extract(text) if q.counter == "해" or q.unit == "year"], read(text)


@pytest.mark.parametrize("text, figure", [("영해 12해리 밖에서 조업했다.", "12"), ("3해역에서 훈련했다.", "3")])
def test_digits_before_a_word_in_hae_keep_their_number(text: str, figure: str) -> None:
    assert one(text, figure).kind == "number"


# --- a unit of two words hyphened into an adjective: "a 174,000-cubic-metre carrier" ---------------------

@pytest.mark.parametrize("text, figure, value, unit", [
    ("six 174,000-cubic-metre LNG carriers", "174,000-cubic-metre", F(174000), "meter ** 3"),
    ("a 2,500-square-metre warehouse", "2,500-square-metre", F(2500), "meter ** 2"),
    ("a 3.3-square-kilometre yard", "3.3-square-kilometre", F(33, 10), "kilometer ** 2"),
    ("a 40-sq-km reserve", "40-sq-km", F(40), "kilometer ** 2"),
    ("tanks of 180,000 cubic metre capacity", "180,000 cubic metre", F(180000), "meter ** 3"),
    ("a 10-metre wall", "10-metre", F(10), "meter"),  # one word, as before
])
def test_hyphened_two_word_units(text: str, figure: str, value: F, unit: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("quantity", value, unit)


@pytest.mark.parametrize("text, figure", [
    ("a 3-square deal", "3"),  # "square" alone is no unit
    ("the 12-cubic puzzle", "12"),
])
def test_hyphened_half_units_stay_bare(text: str, figure: str) -> None:
    q = one(text, figure)
    assert q.kind in ("number", "count") and q.unit is None


# --- "in their 70s and 80s": the second decade of a pair is an age as the first is --------------------

@pytest.mark.parametrize("text, figure, low", [
    ("We saw farmers in their 70s and 80s working in greenhouses.", "80s", F(80)),
    ("Most patients were in their 20s or 30s.", "30s", F(30)),
    ("Most patients were in their 20s or 30s.", "20s", F(20)),
])
def test_second_age_decade_of_a_pair(text: str, figure: str, low: F) -> None:
    q = next(q for q in extract(text) if q.text.startswith(figure[:2]))
    assert (q.kind, q.unit, q.bound, q.low, q.high) == ("quantity", "year", "range", low, low + 9), read(text)


@pytest.mark.parametrize("text, figure", [
    ("Hits of the 70s and 80s filled the set.", "80"),  # music eras, no ages
    ("People in their 70s and 80 others came.", "80"),  # no s: a count
])
def test_decade_pairs_without_ages_stay_bare(text: str, figure: str) -> None:
    q = next(q for q in extract(text) if q.text.startswith(figure))
    assert q.unit is None, read(text)


# --- a word between a number and its time unit: "35 to 40 heatwave days", "10 working days" ---------------

@pytest.mark.parametrize("text, figure, low, high, unit", [
    ("it projects 35 to 40 heatwave days a year in the south", "35 to 40", F(35), F(40), "day"),
    ("Refunds take three to five business days.", "three to five", F(3), F(5), "day"),
])
def test_range_with_a_word_before_its_time_unit(text: str, figure: str, low: F, high: F, unit: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.bound, q.low, q.high, q.unit) == ("quantity", "range", low, high, unit)


WORD_BEFORE_TIME_UNIT = [
    ("The city logged 29 heatwave days this summer.", "29", F(29), "day"),
    ("Payment is due within 10 working days.", "10", F(10), "day"),
    ("It rained for 12 straight hours.", "12", F(12), "hour"),
]


@pytest.mark.parametrize("text, figure", [
    ("Shops sold 35 a day.", "35"),  # a rate's count, not 35 days
    ("He gained 3 points days after the vote.", "3"),  # a plural noun between: the days are another phrase
    ("In 2019 rainy days were rare.", "2019"),  # a year
    ("It had 20 tropical nights.", "20"),  # nights: no unit, a count as before
    ("About 40 more people arrived days later.", "About 40"),
])
def test_words_before_a_time_unit_that_do_not_make_a_duration(text: str, figure: str) -> None:
    q = one(text, figure)
    assert q.unit is None, read(text)


@pytest.mark.parametrize("text, figure, value, unit", WORD_BEFORE_TIME_UNIT)
def test_number_with_a_word_before_its_time_unit(text: str, figure: str, value: F, unit: str) -> None:
    test_time_before_a_verb_that_moves_a_date_is_a_duration(text, figure, value, unit)


# --- a noun of a tally before the figure: "the death toll at 27", "the final count is 29", "사망자 수는 29" ---

@pytest.mark.parametrize("text, figure, value", [
    ("Earlier reports put the death toll at 27.", "27", F(27)),
    ("The agency's final count is 29, most of them older people.", "29", F(29)),
    ("The death toll rose to 41 on Sunday.", "41", F(41)),
    ("The official tally stood at 1,204.", "1,204", F(1204)),
])
def test_tally_noun_before_a_figure_makes_a_count(text: str, figure: str, value: F) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("count", value, None)


@pytest.mark.parametrize("text, figure, kind", [
    ("The death toll rose 12% on the week.", "12%", "percent"),
    ("The count of 2020 was revised.", "2020", "number"),  # a year
    ("Toll roads cost 3 dollars.", "3 dollars", "money"),
    ("The count is 29 degrees below par.", "29 degrees", "quantity"),
])
def test_tally_noun_hard_negatives(text: str, figure: str, kind: str) -> None:
    assert one(text, figure).kind == kind, read(text)


# --- a measured adjective between a number and its noun: "six 174,000-cubic-metre LNG carriers" ----------

@pytest.mark.parametrize("text, figure, noun", [
    ("an order for six 174,000-cubic-metre LNG carriers", "six", "carriers"),
    ("The city built two 500-seat theatres.", "two", "theatres"),
    ("It bought 4 12-metre patrol boats.", "4", "boats"),
])
def test_count_past_a_measured_adjective(text: str, figure: str, noun: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.counter) == ("count", noun), read(text)


@pytest.mark.parametrize("text, figure", [
    ("They won 6 2-1 games.", "6"),  # a score between, no measured adjective
    ("Player 6 3-pointers were rare.", "6"),  # no noun after the adjective
])
def test_measured_adjective_hard_negatives(text: str, figure: str) -> None:
    assert one(text, figure).kind == "number", read(text)
