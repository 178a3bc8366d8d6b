"""English counts whose noun is written once, elsewhere in the sentence (issue #16, session 10).

The classes left on realworld and fresh..fresh5 after fresh5's fixes: a bare figure that counts the
noun of an earlier count in its sentence ("96 heat patients …, twice as many as the 47 it saw"), and a
figure that is the value of a tally named before it ("the number of entrants at 1,200", "the city's
population passed half a million"). Variants written for these tests, not the gold sentences: other
nouns, verbs and topics, each with hard negatives — a year, a score, a version, a rate per person, a
measured unit, a percentage, an average, a figure of another noun between — that keep their reading
(factlint/quantities/extract.py: ``_elided_noun``, ``_tally_value``).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from tests.quantities.test_fresh2_classes import one, read

# --- the noun of an earlier count, across a determiner, a possessive or an adverbial of time -------------

ELIDED = [
    # a possessive or "the" between the preposition and the figure
    ("The league sold 41,000 season tickets this year, down from last year's 45,500 total.", "45,500"),
    ("The clinic saw 212 flu patients in March, three times as many as the 70 it treated in February.", "70"),
    ("Exports reached 8,300 containers in May against the 9,100 shipped a year earlier.", "9,100"),
    # a goal after "for" across a year
    ("The maker built 48,000 tractors in 2022 and is aiming for 55,000 next year.", "55,000"),
    ("The shelter housed 350 dogs last winter and plans for 500 this winter.", "500"),
    # a time span inside a prepositional phrase stands between
    ("Of the 1,150 volunteers given the vaccine, 37 fell ill within 14 days, compared with 81 of 1,148 on placebo.", "81"),
    ("Of the 1,150 volunteers given the vaccine, 37 fell ill within 14 days, compared with 81 of 1,148 on placebo.", "1,148"),
    # a front partitive whose figure has a thousands separator
    ("Of the 12,500 who entered the race, 11,904 reached the finish.", "11,904"),
    ("Of the 2,300 applicants interviewed last spring, 410 were hired.", "410"),
]


@pytest.mark.parametrize("text, figure", ELIDED)
def test_a_bare_figure_counts_the_noun_written_once(text: str, figure: str) -> None:
    q = one(text, figure)
    assert q.kind == "count", read(text)


ELIDED_NEGATIVES = [
    # another noun's figure stands between: the bare figure is not the first noun's
    ("The club signed 12 players for 3 million euros, up from last year's 2.", "2", "number"),
    ("The team scored 31 goals in 2023, compared with the 2019 season.", "2019", "number"),  # a year
    ("The firm shipped 4,000 phones running version 2.1, compared with 3.", "3", "count"),  # the phones, still
    ("The plant employs 900 workers and is aiming for 5% growth.", "5%", "percent"),
    ("The park counted 600 visitors a day, compared with 2.5 km of trails.", "2.5 km", "quantity"),
    # a duration that is the verb's own object, not an adverbial, keeps the count off
    ("The 40 nurses waited 3 hours, compared with 2 for the doctors.", "2", "number"),
]


@pytest.mark.parametrize("text, figure, kind", ELIDED_NEGATIVES)
def test_a_figure_of_another_thing_keeps_its_reading(text: str, figure: str, kind: str) -> None:
    q = one(text, figure)
    assert q.kind == kind, read(text)


# --- the value of a tally named before it: "the number of X", population, membership -----------------------

TALLY = [
    ("Officials put the number of evacuees at 3,200 on Monday.", "3,200"),
    ("The number of registered voters passed 2 million last week.", "2 million"),
    ("The total number of subscribers in Asia has topped the 40 million mark.", "40 million"),
    ("The number of cyclists on the bridge rose by 8% to 14,000.", "14,000"),
    ("The town's population passed a quarter of a million in the 1980s.", "a quarter of a million"),
    ("The island's population shrank after the war and fell to 60,000 by 1970.", "60,000"),
    ("Union membership reached 1.2 million in 2019.", "1.2 million"),
]


@pytest.mark.parametrize("text, figure", TALLY)
def test_the_value_of_a_tally_is_a_count(text: str, figure: str) -> None:
    q = one(text, figure)
    assert q.kind == "count", read(text)


TALLY_NEGATIVES = [
    ("The average number of children per woman fell to 0.72.", "0.72", "number"),  # a rate, not a tally
    ("The number of the bus was 7.", "7", "number"),  # a number that names, no tally of things
    ("The population of the region peaked in 2015.", "2015", "number"),  # a year
    ("The number of cases rose to 3 per cent of all tests.", "3 per cent", "percent"),
    ("The population density reached 420 per square kilometre.", "420", "number"),  # a density
    ("The number of rooms in the hotel was given as 12 in the brochure.", "12", "number"),  # no verb of reaching
    # another clause's subject between the tally and the figure
    ("The number of visitors fell, and the KOSPI index reached 2,500.", "2,500", "number"),
    ("Attendance was low as the temperature hit 35.", "35", "number"),
    ("The number of times the KOSPI hit 3,000 this year was small.", "3,000", "number"),
    ("Membership grew while Apple stock topped 200.", "200", "number"),
]


@pytest.mark.parametrize("text, figure, kind", TALLY_NEGATIVES)
def test_a_figure_that_is_no_tally_keeps_its_reading(text: str, figure: str, kind: str) -> None:
    found = [q for q in extract(text) if q.text == figure]
    assert found and found[0].kind == kind, read(text)


def test_the_tally_values_read_as_before() -> None:
    """Tallies already read: a figure right after the tally noun's verb, a value that is a year."""
    assert one("A crowd of 8,012 watched the final.", "8,012").kind == "count"
    assert one("The population of 2020 was the highest.", "2020").kind == "number"
    assert one("Its population of 3,000 is ageing.", "3,000").value == F(3000)


@pytest.mark.parametrize("text, figure", [
    ("The number of people waiting for surgery has broken the 7 million mark.", "7 million"),
    ("The total number of Canadians abroad rose by 4% to 2.9 million.", "2.9 million"),
    ("The number of children in care reached 83,000.", "83,000"),
])
def test_a_tally_of_an_irregular_plural_or_a_name_of_people(text: str, figure: str) -> None:
    assert one(text, figure).kind == "count", read(text)



# --- "N more/fewer (than …)" after a count: the difference counts the same noun --------------------------

@pytest.mark.parametrize("text, figure", [
    ("The club won 14 games, three more than last season.", "three"),
    ("Kim scored 22 goals in 2024, four fewer than in 2023.", "four"),
    ("The ward has 40 beds and needs 12 more.", "12"),
])
def test_a_difference_after_a_count_counts_its_noun(text: str, figure: str) -> None:
    assert one(text, figure).kind == "count", read(text)


@pytest.mark.parametrize("text, figure, kind", [
    ("The ticket costs $5, two more than last year.", "two", "number"),  # money before: no counted noun
    ("Prices rose 5% in May, 2 more than in April.", "2", "number"),
])
def test_a_difference_after_no_count_keeps_its_reading(text: str, figure: str, kind: str) -> None:
    q = one(text, figure)
    assert q.kind == kind, read(text)


def test_a_noun_after_more_is_not_the_earlier_count_s() -> None:
    q = one("The firm has 300 staff and plans 20 more offices.", "20")  # its own noun after "more"
    assert q.counter != "staff", read("The firm has 300 staff and plans 20 more offices.")
