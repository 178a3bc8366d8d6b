"""English figures whose owner a reader takes from outside the figure's clause (issue #14 item 2; session 18):

- a count that opens its clause as the subject ("About 68,000 visitors came through the gates", "A total of 118 riders
  from 20 teams started", "Organisers said 1,146 swimmers took part"): the counted noun is the attribute, and the one
  event the article's title and lead name is what the count is of (``discourse.english_counted_subject``,
  ``binding._counted_event``), as a Korean clause with no subject goes on about the topic before;
- a definite description as the subject ("The island is roughly 74 km long", "The museum, which opened in 2009, houses
  some 120,000 specimens", "The library, which covers 11,200 m², …"): the one name headed by its noun owns the figure,
  as "it" would (``anaphora._definite``, ``binding._pronoun_owner``).

Never for a count in a rival or second event, a verb of living or working somewhere, a forecast, an article that names
no event or two, a person's lead; nor for "the city" when two cities are named, or the description itself measured
("The lake was formed in the 1830s")."""

from __future__ import annotations

import pytest

from tests.test_claim_classes import claim_of
from tests.test_owners import owner_of, ruleset  # noqa: F401  (the fixture)


FAIR = ("Record crowds at the Hanul Book Fair\n"
        "DAEGU, South Korea, May 4 (Book Wire) - Publishers at the Hanul Book Fair signed rights deals over three days, "
        "according to the organisers.\n\n"
        "{body}\n")


@pytest.mark.parametrize("body, figure, noun", [
    ("About 68,000 visitors came through the gates, up from some 59,000 last year.", "About 68,000", "visitors"),
    ("A total of 412 exhibitors from 23 countries took part.", "412", "exhibitors"),
    ("This year 387 publishers from 14 countries set up stands in the main hall.", "387", "publishers"),
    ("Organisers said 1,146 authors attended the readings.", "1,146", "authors"),
    ("Some 2,300 students registered for the writing workshops.", "Some 2,300", "students"),
    ("On Saturday alone, about 21,000 readers visited the stands, the organisers said.", "about 21,000", "readers"),
])
def test_a_count_opening_its_clause_is_the_titled_events(body: str, figure: str, noun: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(FAIR.format(body=body), figure, ruleset)
    assert claim is not None and claim.entity == "Hanul Book Fair" and claim.attribute == noun


RACE = ("Park Min-ho wins Tour de Gaon as island race grows\n"
        "By Jo Lee, Gaon Weekly\n\n"
        "GAON ISLAND — Park Min-ho crossed the line on Monday to win the fifth Tour de Gaon, the four-stage race that "
        "loops the island.\n\n"
        "{body}\n")


@pytest.mark.parametrize("body, figure", [
    ("A total of 104 riders from 18 teams started in Gaon town on Thursday.", "104"),
    ("Some 9,000 spectators lined up along the coastal road.", "Some 9,000"),
])
def test_a_count_in_a_winners_story_is_the_race_not_the_winner(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(RACE.format(body=body), figure, ruleset) == "Tour de Gaon"


@pytest.mark.parametrize("body, figure", [
    ("At a rival fair, about 200 exhibitors took part.", "about 200"),  # another event's count
    ("At the Busan Book Fair, about 200 exhibitors took part.", "about 200"),  # a name before the figure
    ("About 500 exhibitors are expected to take part next year.", "About 500"),  # a forecast
    ("About 500 exhibitors will take part next year.", "About 500"),
    ("Officials say 40,000 people live in the county.", "40,000"),  # no count of the event's
    ("About 70% of publishers took part.", "About 70%"),  # a part, not a count
    ("Hanbit Books said 300 editors attended.", "300"),  # a name says the count: its own, maybe
])
def test_no_count_of_the_titled_event(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(FAIR.format(body=body), figure, ruleset) != "Hanul Book Fair"


@pytest.mark.parametrize("text", [
    # no event in the title or lead: a general statement
    "Book fairs are busy\nPublishers say fairs still matter to them.\n\nAbout 68,000 visitors came through the gates.\n",
    # two events named: which one is not written
    ("Hanul Book Fair and Gaon Comic Fair open together\nThe Hanul Book Fair and the Gaon Comic Fair opened on "
     "Friday in Daegu.\n\nAbout 68,000 visitors came through the gates.\n"),
    # a person's story with no event named
    "Park Min-ho wins again\nPark Min-ho, 24, won on Monday in Gaon.\n\nAbout 68,000 visitors came through the gates.\n",
])
def test_a_count_with_no_one_event_stays_unbound(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, "About 68,000", ruleset) is None


LIBRARY = ("Seorim's central library marks record year\n"
           "By Jo Lee, Seorim Today | January 22, 2025\n\n"
           "SEORIM — Readers borrowed 468,300 books from the Seorim Central Library in 2024, according to the city.\n\n"
           "{body}\n")


@pytest.mark.parametrize("body, figure", [
    ("The library, which covers 11,200 square metres, now holds about 380,000 volumes.", "11,200 square metres"),
    ("The library, which covers 11,200 square metres, now holds about 380,000 volumes.", "about 380,000"),
    ("The library, one of the largest in the province, employs 64 librarians.", "64"),
    ("The library has 61,250 registered members.", "61,250"),
    ("The library, which opened in 2019, lent 5,400 e-books last year.", "5,400"),
])
def test_a_definite_description_subject_is_the_name_it_heads(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(LIBRARY.format(body=body), figure, ruleset) == "Seorim Central Library"


def test_the_description_itself_is_no_measure(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "Lake Nuri\nLake Nuri is a lake in Gaon County.\n\nThe lake was formed in the 1830s, when a landslide dammed the river.\n"
    claim = claim_of(text, "1830s", ruleset)
    assert claim is None or claim.attribute != "lake"


def test_the_city_when_two_cities_are_named_stays_unbound(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Two ports\nBy Jo Lee\n\nHaeun City and Seorim City signed a port agreement on Friday. "
            "The city employs 4,100 people at its port.\n")
    assert owner_of(text, "4,100", ruleset) is None


# --- a figure inside an indefinite apposition is the name's it describes --------------------------------------------


@pytest.mark.parametrize("text, figure, owner", [
    ("Batteries in Hwaryeong\nHanul Cells opened a plant in Hwaryeong in 2022.\n\n"
     "Hwaryeong, a city of about 212,000 people some 90 km south of Daejeon, has courted battery makers since 2019.\n",
     "some 90 km", "Hwaryeong"),
    ("Skiing in Dorim\nThe Dorim Ski Resort is run by Dorim.\n\n"
     "Dorim, a mountain town some 180 km east of Seoul, lost its last coal mine in 1994.\n", "some 180 km", "Dorim"),
    ("Port news\nShips call at Gaon.\n\n"
     "Gaon, an island county about 40 km off the south coast, now has a bridge to the mainland.\n",
     "about 40 km", "Gaon"),
])
def test_a_figure_in_an_apposition_is_the_named_subjects(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure", [
    # another name in the apposition before the figure: the figure may be that one's
    ("Batteries in Hwaryeong\nHanul Cells opened a plant in Hwaryeong in 2022.\n\n"
     "Hwaryeong, a suburb of Daejeon some 90 km from Seoul, has courted battery makers since 2019.\n", "some 90 km"),
    # a list, not an apposition: no verb after the second comma
    ("Cities\nWe visited Hwaryeong and Gaon.\n\nHwaryeong, a city some 90 km south of Daejeon, and Gaon.\n", "some 90 km"),
])
def test_no_apposition_owner(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) is None
