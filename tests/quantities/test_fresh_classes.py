"""Figure phrases of the classes the fresh blind set (tests/gold/fresh, dev split) read wrong.

Variants written for these tests, not the fresh sentences themselves: paraphrases, the other
language, other numbers and units, and hard negatives that must keep their reading. The rules
are general readings of a figure phrase's structure (factlint/quantities/extract.py, timewords.py,
units.py).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract


def read(text: str) -> list[tuple[str, str, F | None, str | None, str | None]]:
    return [(q.text, q.kind, q.value, q.unit, q.counter) for q in extract(text)]


def one(text: str, figure: str):  # type: ignore[no-untyped-def]
    found = [q for q in extract(text) if q.text == figure]
    assert len(found) == 1, read(text)
    return found[0]


# --- counts whose noun is written once: ellipsis, fronted partitives, collective nouns --------------

COUNTS = [
    ("They won 20 games and tied 9.", "9", "games"),
    ("The club signed 12 players while releasing 7.", "7", "players"),
    ("The league has 14 teams, up from 13.", "13", "teams"),
    ("Of the 400 workers surveyed, 120 said they would strike.", "120", "workers"),
    ("Of the 602 patients given the drug, 61 (10.1%) were admitted, compared with 98 of 602.", "98", "patients"),
    ("Of the 602 patients given the drug, 61 (10.1%) were admitted, compared with 98 of 602.", "61", "patients"),
    ("The stadium is a 45,000-seat Arena in the north.", "45,000", "seat"),
    # fresh2 (tests/quantities/test_fresh2_classes.py): a parallel pair, dates standing between
    ("The port handled 2.1 million containers in 2023 and about 2.4 million in 2024.", "about 2.4 million", "containers"),
    ("The museum drew 480,000 visitors in 2019 and 310,000 in 2021.", "310,000", "visitors"),
    ("Officials said 14 workers were hurt between 3 June and 30 August, down from 19 a year earlier.", "19", "workers"),
    ("Police arrested 40 people between June 1 and June 9, compared with 12 last year.", "12", "people"),
]


@pytest.mark.parametrize(("text", "figure", "counter"), COUNTS)
def test_elided_counted_noun(text: str, figure: str, counter: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.counter) == ("count", counter)


PEOPLE = [
    ("The town has a population of about 12,000.", "about 12,000", F(12000)),
    ("A crowd of 8,012 watched the final.", "8,012", F(8012)),
    ("Attendances averaged 3,962 over the season.", "3,962", F(3962)),
    ("인구 85만 도시에 매년 5천 가구가 공급된다.", "85만", F(850000)),
    ("관중 1만 2천이 경기장을 채웠다.", "1만 2천", F(12000)),
]


@pytest.mark.parametrize(("text", "figure", "value"), PEOPLE)
def test_collective_noun_counts_people(text: str, figure: str, value: F) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("count", value, None)


NOT_COUNTS = [
    ("The population of 2020 was larger.", "2020", "number"),  # a year, not people
    ("Population growth of 3% was reported.", "3%", "percent"),
    ("Sales rose 5 to 120 pence.", "5", "number"),  # a change by 5, not a range
    ("Revenue climbed from $20 billion in 2019 to $80 billion in 2024.", "2019", "number"),  # a year
    ("The model uses Zero-init Attention.", None, None),
    ("He hired 40 people and opened in 2010.", "2010", "number"),
]


@pytest.mark.parametrize(("text", "figure", "kind"), NOT_COUNTS)
def test_hard_negatives_keep_their_reading(text: str, figure: str | None, kind: str | None) -> None:
    if figure is None:
        assert all(q.kind != "count" for q in extract(text)), read(text)
    else:
        assert one(text, figure).kind == kind


# --- English ranges whose unit or noun is written once, after the second end ------------------------

RANGES = [
    ("at an elevation of 50 to 100 metres", "50 to 100 metres", F(50), F(100), "meter", None),
    ("between 3 million and 5 million cases", "between 3 million and 5 million", F(3000000), F(5000000), None, "cases"),
    ("causes 3 million to 5 million cases a year", "3 million to 5 million", F(3000000), F(5000000), None, "cases"),
    ("a trip of 20 to 30 kilometres", "20 to 30 kilometres", F(20), F(30), "kilometer", None),
]


@pytest.mark.parametrize(("text", "figure", "low", "high", "unit", "counter"), RANGES)
def test_range_unit_written_once(text: str, figure: str, low: F, high: F, unit: str | None, counter: str | None) -> None:
    q = one(text, figure)
    assert (q.bound, q.low, q.high, q.unit, q.counter) == ("range", low, high, unit, counter)


# --- units: square miles, 도 that starts a word, days in decimals ---------------------------------

UNITS = [
    ("It covers 940 km² (363 sq mi).", "363 sq mi", "quantity", F(363), "mile ** 2"),
    ("a 12 sq km reserve", "12 sq km", "quantity", F(12), "kilometer ** 2"),
    ("증상은 평균 4.2일 만에 사라져 위약군(6.9일)보다 2.7일 빨랐다.", "6.9일", "quantity", F(69, 10), "day"),
    ("증상은 평균 4.2일 만에 사라져 위약군(6.9일)보다 2.7일 빨랐다.", "2.7일", "quantity", F(27, 10), "day"),
    ("치료 기간은 1.5주였다.", "1.5주", "quantity", F(3, 2), "week"),
    ("기온이 30 도였다.", "30 도", "quantity", F(30), "degree_Celsius"),  # 도 before the copula; 기온's (issue 16)
    ("영하 5도로 떨어졌다.", "영하 5도", "quantity", F(-5), "degree_Celsius"),  # 영하: below zero, Celsius
    ("3월 7일 개막했다.", "7일", "number", F(7), None),  # a whole day is a date label
]


@pytest.mark.parametrize(("text", "figure", "kind", "value", "unit"), UNITS)
def test_units(text: str, figure: str, kind: str, value: F, unit: str | None) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == (kind, value, unit)


@pytest.mark.parametrize("text", ["인구 85만 도시", "5 도시", "10만 도민"])
def test_do_starting_a_word_is_no_degree(text: str) -> None:
    assert all(q.unit != "degree" for q in extract(text)), read(text)


# --- ordinal words after a verb of ranking, or before the rank's place ----------------------------

RANKS = [
    ("The club finished sixth with 15 wins.", "sixth", 6),
    ("She ranked second in the world.", "second", 2),
    ("They ended eighth on 48 points.", "eighth", 8),
    ("a point behind fifth-placed Bucheon", "fifth", 5),
    ("He scored 11 goals, fourth in the league's chart.", "fourth", 4),
    ("The team took third place.", "third", 3),
]


@pytest.mark.parametrize(("text", "figure", "value"), RANKS)
def test_rank_words(text: str, figure: str, value: int) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.counter) == ("number", F(value), "번째")


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("Wait one second in the lobby.", "one second", "quantity"),  # a time, not a rank
        ("Costs were cut by a third in the year.", "a third", "number"),  # a fraction
    ],
)
def test_rank_hard_negatives(text: str, figure: str, kind: str) -> None:
    q = one(text, figure)
    assert q.kind == kind and q.counter != "번째"


def test_ordinal_without_rank_context_is_no_figure() -> None:
    assert extract("Second, the firm said it would wait.") == []
    assert extract("He bought it second-hand.") == []


def test_ambiguous_month_name_without_a_number_stays_a_word() -> None:
    # the rank rule must not change how "August" is read (a mean, not a date)
    assert all(q.counter != "월" for q in extract("an August mean of 25.9 degrees")), read("an August mean of 25.9 degrees")


# --- "Half" alone as the subject of a clause: a part of a group, a fraction like "a quarter of" ----

@pytest.mark.parametrize(
    "text", ["It enrolled 1,204 adults. Half received the drug.", "Half said they would leave.", "Half were older than 65."]
)
def test_half_as_subject_is_a_fraction(text: str) -> None:
    q = one(text, "Half")
    assert (q.kind, q.value, q.unit) == ("number", F(1, 2), None)


@pytest.mark.parametrize(
    ("text", "figure"),
    [("Half the price was paid.", "Half"), ("It costs half the price.", "half"), ("Half of BLOOM's 176 billion", "Half")],
)
def test_half_of_a_figure_stays_a_multiple(text: str, figure: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.unit) == ("ratio", "x")
