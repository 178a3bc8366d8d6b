"""English subjects that point back (issue #14, item 2: discourse), from paraphrases of our own on other topics
than the set they were found on (fresh10): "It" whose figure is in a second verb phrase ("It lies …, and had a
population of …"), "it" after a fronted time phrase standing for a name the sentence before opened with past a
relative clause ("X, which launched in 2022 with …, has grown. At the end of last year it had …"), and "The … N"
whose head noun the sentence before introduced as "its … N" of a name (the plant → its company). Each with hard
negatives: an empty "It", a clause with its own subject, two names before, a definite noun of another thing,
"the city" after a sentence about a team, a common noun opening the sentence before."""

from __future__ import annotations

import pytest

from tests.test_owners import bound, ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of, owner_of

# --- a second verb phrase sharing "It", "it" after a fronted phrase, "The … N" of "its … N" ---------------


@pytest.mark.parametrize("text, figure, owner", [
    ("Daegwang\nDaegwang (Korean: 대광군) is a county in South Jeolla Province. It lies along the Seom River, a "
     "tributary of the Yeongsan, and had a population of 61,200 at the end of 2024.\n", "61,200", "Daegwang"),
    ("Biotech\nCellonix Therapeutics is a biotech firm based in Daejeon. It was founded in 2019, and employs 418 "
     "people.\n", "418", "Cellonix Therapeutics"),
    ("Airlines\nOrbis Air is a budget airline based in Cheongju. It flies to 12 cities in Asia, and carried "
     "2.1 million passengers in 2025.\n", "2.1 million", "Orbis Air"),
    # "it" after a fronted time phrase: the name the sentence before opened with, past a relative clause
    ("Bikes\nTashu, which launched in 2009 with 500 bikes, has grown every year. At the end of last year it had "
     "2,800 bikes.\n", "2,800", "Tashu"),
    ("Bikes\nSeoul Bike, which began in 2015 with 2,000 bikes, has expanded steadily. By the end of 2024 it had "
     "45,000 bikes.\n", "45,000", "Seoul Bike"),
    ("Airlines\nOrbis Air, which was founded in 2017, has grown quickly. Last year it carried 2.1 million "
     "passengers.\n", "2.1 million", "Orbis Air"),
    ("Books\nNuri Books, which opened its first shop in 2015, has expanded fast. At the end of 2025 it ran 48 "
     "stores.\n", "48", "Nuri Books"),
    # "The … N" whose N the sentence before gave as "its … N": that name's
    ("Batteries\nSorin Motors began production at its battery plant in Ochang on Monday. The 2 trillion won plant, "
     "built on a 30-hectare site, can make 300,000 packs a year.\n", "300,000", "Sorin Motors"),
    ("Metro\nSeoul Metro unveiled its new depot in Gangseo on Tuesday. The depot, which cost 80 billion won, houses "
     "120 trains.\n", "120", "Seoul Metro"),
    # across a line, past a wire dateline before the name
    ("Resin\nYEOSU, South Korea, May 4 (Hanbit News) - Daon Chemical opened its new resin plant in Yeosu on Monday, "
     "the company said.\nThe 800 billion won ($580 million) plant, built on a 12-hectare site, has an annual capacity "
     "of 90,000 tonnes.\n", "90,000 tonnes", "Daon Chemical"),
])
def test_the_subject_points_back_to_the_name_before(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("tail, figure", [
    # a second clause with a subject of its own: that subject's (or no one's), never the county's
    (", and Daesung Shipbuilding employs 4,000 people there.", "4,000"),
    (", and it is estimated that 40% of its farmland lies fallow.", "40%"),
])
def test_a_second_clause_with_its_own_subject_is_not_it_s(tail: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "Daegwang\nDaegwang (Korean: 대광군) is a county in South Jeolla Province. It lies along the Seom River" + tail + "\n"
    assert owner_of(text, figure, ruleset) != "Daegwang"


def test_the_end_of_a_year_after_the_figure_is_its_reference_time(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Daegwang\nDaegwang (Korean: 대광군) is a county in South Jeolla Province. It lies along the Seom River, a "
            "tributary of the Yeongsan, and had a population of 61,200 at the end of 2024.\n")
    found = [b.claim for b in bound(text, ruleset) if b.quantity.text == "61,200" and b.claim is not None]
    assert found and (found[0].period, found[0].reference) == ("2024", "2024-12-31")


# --- "it" after a fronted time phrase: the name the sentence before opened with, past a relative clause -----




@pytest.mark.parametrize("text, figure", [
    # an abstract noun with a relative clause is no name
    ("Prices\nInflation, which peaked at 6% in 2022, has eased. At the end of 2025 it was 2.3%.\n", "2.3%"),
    # two names before: "it" is neither
    ("Ships\nHanbit Marine and Daesung Shipbuilding signed a deal on Monday. Last year it delivered 40 ships.\n", "40"),
])
def test_it_with_no_one_name_before_owns_nothing(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) is None


def test_the_end_of_last_year_before_it_is_the_reference_time(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Bikes\nBy Jane Roe | Feb. 12, 2026\nTashu, which launched in 2009 with 500 bikes, has grown every year. "
            "At the end of last year it had 2,800 bikes.\n")
    found = [b.claim for b in bound(text, ruleset) if b.quantity.text == "2,800" and b.claim is not None]
    assert found and (found[0].entity, found[0].reference) == ("Tashu", "2025-12-31")


# --- "The … N" whose N the sentence before gave as "its … N": that name's ------------------------------------




@pytest.mark.parametrize("text, figure, not_owner", [
    # a definite noun no "its" introduced names a thing of its own
    ("Volleyball\nThe Bluehawks averaged 2,150 fans per home match. The league average was 1,900.\n", "1,900",
     "Bluehawks"),
    ("Retail\nNuri Mart opened its 100th store in Busan on Monday. The rival chain has 30 stores.\n", "30", "Nuri Mart"),
    # a capitalised common noun opening the sentence before is no name
    ("Office\nOfficials opened their new office in Busan on Monday. The office, which cost 3 billion won, houses "
     "120 staff.\n", "120", "Officials"),
    # the figure measures the definite noun itself: no attribute of the name
    ("Foods\nDaon Foods said its restructuring programme had saved 7.5 billion won. The programme is set to close "
     "20% of the group's plants.\n", "20%", "Daon Foods"),
])
def test_a_definite_noun_of_another_thing_is_not_the_name_s(text: str, figure: str, not_owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) != not_owner


# --- "The city" after a sentence about a team, when the text names a city -----------------------------------


def test_the_city_after_a_team_is_not_the_team(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Volleyball\nThe Haram Bluehawks won the title on Sunday in Haram, a city in the Gaon Basin. The city has "
            "300,000 residents.\n")
    assert owner_of(text, "300,000", ruleset) != "Haram Bluehawks"


def test_the_city_after_the_city_s_own_sentence_is_the_city(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Gimhae\nGimhae (Korean: 김해시) is a city west of Busan, built around the old town of Gimhae.\n"
            "The city covers 463 km2 (179 sq mi).\n")
    assert claim_of(text, "463 km2", ruleset) == ("Gimhae", "area")


# --- "The company" after a sentence a company opens: that company, unless the sentence names two -------------


@pytest.mark.parametrize("text, figure, owner", [
    ("Cars\nHanbit Motors has become the country's biggest electric-car maker. The company sold 120,000 cars last "
     "year.\n", "120,000", "Hanbit Motors"),
    ("Snacks\nDaon Foods is a Korean snack maker. The firm employs 5,200 people.\n", "5,200", "Daon Foods"),
    ("Chips\nHanbit Electronics said on Monday that it would build a plant. The company employs 5,200 people.\n",
     "5,200", "Hanbit Electronics"),
    # two companies before: neither
    ("Deals\nDaon Holdings bought Seoha Motors in 2019. The company employs 5,200 people.\n", "5,200", None),
    # a place is no company
    ("Danwol\nDanwol County is a county in Gangwon Province. The company employs 412 people.\n", "412", None),
])
def test_the_company_is_the_company_the_sentence_before_opened_with(text: str, figure: str, owner: str | None,
                                                                    ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


# --- "They" for a plural subject, and a personal pronoun is never a name ---------------------------------------


@pytest.mark.parametrize("text, figure, owner", [
    ("Football\nThe Seoul Raptors are the oldest club in the league. They have 12,000 members.\n", "12,000",
     "Seoul Raptors"),
    ("Baseball\nThe Daejeon Eagles have won two titles since 2010. In 2025 they drew 1.2 million fans.\n",
     "1.2 million", "Daejeon Eagles"),
    # "It" does not stand for a plural subject, nor "They" for a singular one
    ("Football\nThe Seoul Raptors are the oldest club in the league. It has 12,000 members.\n", "12,000", None),
    ("Football\nSeoul Raptors Club is the oldest club in the league. They have 12,000 members.\n", "12,000", None),
    # a pronoun with no name before is no one, never the entity "They" or "He"
    ("Football\nOfficials met on Monday. They have 12,000 members.\n", "12,000", None),
    ("Football\nOfficials met on Monday. He has 12,000 followers.\n", "12,000", None),
])
def test_they_is_a_plural_subject_before_and_no_pronoun_is_a_name(text: str, figure: str, owner: str | None,
                                                                  ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner
