"""Figure classes the sixth blind set (tests/gold/fresh6, spent) read wrong, issue #16.

Variants written for these tests, not the fresh6 sentences, each with hard negatives that keep their
reading (factlint/quantities/extract.py, units.py).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from tests.quantities.test_fresh2_classes import one, read

# --- a length symbol with a superscript power: an area or a volume -----------------------------------

POWERS = [
    ("Its mean depth gives a volume of roughly 0.4 km³.", "roughly 0.4 km³", F(2, 5), "kilometer ** 3"),
    ("The tank holds 250 cm³ of fuel.", "250 cm³", F(250), "centimeter ** 3"),
    ("A wire of 2.5 mm² cross-section.", "2.5 mm²", F(5, 2), "millimeter ** 2"),
    ("The reservoir stores 1.2km³ when full.", "1.2km³", F(6, 5), "kilometer ** 3"),
    ("The flat measures 850 ft² in all.", "850 ft²", F(850), "foot ** 2"),
]


@pytest.mark.parametrize("text, figure, value, unit", POWERS)
def test_a_superscript_power_makes_an_area_or_a_volume(text: str, figure: str, value: F, unit: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("quantity", value, unit)


@pytest.mark.parametrize("text, figure, unit", [
    ("The lake is 12 km long.", "12 km", "kilometer"),  # no power: a length
    ("It covers 48.6 km² of the valley.", "48.6 km²", "kilometer ** 2"),  # the written-out area is unchanged
    ("The tower is 300 m tall.", "300 m", "meter"),
])
def test_a_unit_without_a_power_keeps_its_reading(text: str, figure: str, unit: str) -> None:
    assert one(text, figure).unit == unit


# --- a counted noun right after a number, a plural ending in -s after it -------------------------------

COUNTED = [
    ("The vaccines cover three strains this season.", "three", "strains"),
    ("The firm opened 40 stores this year.", "40", "stores"),
    ("Seven hospitals this winter ran out of beds.", "Seven", "hospitals"),
    ("They hired 120 engineers this spring.", "120", "engineers"),
]


@pytest.mark.parametrize("text, figure, noun", COUNTED)
def test_a_plural_before_this_is_the_counted_noun(text: str, figure: str, noun: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.counter) == ("count", noun)


@pytest.mark.parametrize("text, figure, kind, counter", [
    ("It took 10 days this month.", "10 days", "quantity", None),  # a time unit stays a duration
    ("The 30 member countries agreed.", "30", "count", "countries"),  # a noun used as an adjective still reads
    ("The share rose 3 points this week.", "3", "count", "points"),
])
def test_other_nouns_after_a_number_keep_their_reading(text: str, figure: str, kind: str, counter: str | None) -> None:
    q = one(text, figure)
    assert (q.kind, q.counter) == (kind, counter), read(text)


# --- a tally's value after its change in percent: "Attendance rose 18% to 412,000" ------------------------

TALLIES = [
    ("Attendance rose 18% to 412,000 from 348,000 in 2023.", ("412,000", "348,000")),
    ("The population grew 3% to 86,000 from 83,500.", ("86,000", "83,500")),
    ("Turnout fell 4.5% to 61,200.", ("61,200",)),
    ("The museum's attendance climbed 12.5% to 90,000 last year.", ("90,000",)),
]


@pytest.mark.parametrize("text, figures", TALLIES)
def test_a_tally_after_its_change_in_percent_counts(text: str, figures: tuple[str, ...]) -> None:
    for figure in figures:
        assert one(text, figure).kind == "count", read(text)


@pytest.mark.parametrize("text, figure", [
    ("Revenue rose 18% to 412,000 from 348,000.", "412,000"),  # no tally named: an amount of something
    ("Attendance rose 18%, while the index rose 3% to 2,500.", "2,500"),  # another clause's subject
    ("The attendance rate rose 4% to 61.5 last year.", "61.5"),  # a rate is no tally
])
def test_no_tally_keeps_the_bare_number(text: str, figure: str) -> None:
    assert one(text, figure).kind == "number", read(text)


# --- "노바 7 프로": a model's name, when the text writes the name with its number again ------------------------

@pytest.mark.parametrize("text", [
    "효자는 '노바 7'이다. 상위 모델 '노바 7 프로'는 149만 6천 원으로 책정됐다.",
    "노바 7 시리즈가 잘 팔렸고, 노바 7 프로는 한 달 만에 매진됐다.",
    "갤럭시 21 출시 한 달 뒤 갤럭시 21 프로가 나왔다.",
])
def test_a_name_s_number_before_pro_is_no_percentage(text: str) -> None:
    assert [q for q in extract(text) if q.kind == "percent"] == [], read(text)


@pytest.mark.parametrize("text, figure", [
    ("점유율이 7 프로로 늘었다.", "7 프로"),  # no name written again: colloquial percent
    ("금리 3 프로 시대다. 금리 3 퍼센트는 높다.", "3 프로"),  # the same figure in another percent word
    ("금리 3 프로 시대다. 금리 3%는 높다.", "3 프로"),
])
def test_a_colloquial_percentage_stays(text: str, figure: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.unit) == ("percent", "%")
