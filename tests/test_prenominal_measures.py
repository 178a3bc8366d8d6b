"""English measures written as a compound adjective before a noun (issue #14; fresh8 "The 3,480-metre Danwolsan
Cable Car", fresh7 "the 340 MW farm", "the 400 MW Seomun project"): the unit's dimension names the measure (length,
area, capacity) and the name in the noun phrase, or the one name "the N" stands for, owns it. Paraphrases of our own
(a bridge, a tunnel, a wind farm, a solar park) and hard negatives (a comparison's object, a rate, an indefinite
part of another subject, "the farm" with two farms written, a figure followed by "of")."""

from __future__ import annotations

import pytest

from tests.test_owners import bound, ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of

HEAD = "Bridge opens to traffic\n\nSEOUL, May 2 (Wire) - Officials marked the day on Friday.\n\n"


@pytest.mark.parametrize("sentence, figure, owner, attribute", [
    ("The 2,140-metre Hwanam Bridge carries four lanes across the river mouth.", "2,140-metre", "Hwanam Bridge", "length"),
    ("Officials said the 12.6-kilometre Seopo Bridge finally opened on 28 June 2016.", "12.6-kilometre", "Seopo Bridge", "length"),
    ("The builder's 3.5 km Hanul Tunnel opened in 2020.", "3.5 km", "Hanul Tunnel", "length"),
    ("At 340 MW, Cheongsol is second only to the 400 MW Seomun project, which began operating in 2024.", "400 MW",
     "Seomun project", "capacity"),
    ("The 85 MW Haenam Solar Park feeds the southern grid.", "85 MW", "Haenam Solar Park", "capacity"),
    ("The 120 km² Gyeongpo Reserve protects wetlands.", "120 km²", "Gyeongpo Reserve", "area"),
])
def test_a_measure_before_a_name_is_the_name_s(sentence: str, figure: str, owner: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(HEAD + sentence + "\n", figure, ruleset) == (owner, attribute)


FARM = "Gaon Wind starts up farm\n\nSEOUL, March 19 (Wire) - Gaon Wind said its Cheongsol Offshore Wind Farm began operating.\n\n"


@pytest.mark.parametrize("sentence, figure", [
    ("The 340 MW farm uses 40 turbines, the company said.", "340 MW"),
    ("The 340 MW farm's 40 turbines were built in Ulsan.", "340 MW"),  # the possessor's figure, not the turbines'
])
def test_the_n_after_a_measure_is_the_one_name_headed_by_n(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(FARM + sentence + "\n", figure, ruleset) == ("Cheongsol Offshore Wind Farm", "capacity")


@pytest.mark.parametrize("text, figure", [
    # two farms written: which one "the farm" is, is not written
    ("Wind farms\n\nSEOUL (Wire) - Gaon Wind runs the Cheongsol Offshore Wind Farm and the Seomun Offshore Wind Farm.\n\n"
     "The 340 MW farm uses 40 turbines.\n", "340 MW"),
    # a comparison's object: the figure is another thing's
    (HEAD + "The new span is twice the 1,412-metre Old Hwanam Bridge in reach.\n", "1,412-metre"),
    (HEAD + "It is longer than the 900-metre Seopo Bridge.\n", "900-metre"),
])
def test_no_claim_of_the_noun_phrase_where_the_text_does_not_decide(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(text, figure, ruleset)
    assert found is None or found[1] not in ("length", "capacity")


@pytest.mark.parametrize("text, figure", [
    # a rate before a noun measures no dimension: the change's own reading
    (HEAD + "The Hwanam Bridge saw a 5% rise in traffic.\n", "5%"),
    # a figure followed by "of": a noun of its own, not a compound adjective
    (HEAD + "The road climbs the 1,412 metres of Mount Dogye.\n", "1,412 metres"),
])
def test_a_rate_or_a_figure_before_of_is_no_measure_of_the_phrase(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(text, figure, ruleset)
    assert found is None or found[1] not in ("length", "capacity", "area")


@pytest.mark.parametrize("sentence, figure, owner", [
    ("I came for the Danwolsan Cable Car, the roughly 3.5 km line that opened last autumn.", "roughly 3.5 km",
     "Danwolsan Cable Car"),
    ("The link replaced the Seoha Ferry, the 12 km crossing it ran for decades.", "12 km", "Seoha Ferry"),
])
def test_a_measure_phrase_apposed_to_a_name_is_the_name_s(sentence: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(HEAD + sentence + "\n", figure, ruleset) == (owner, "length")


@pytest.mark.parametrize("sentence, figure", [
    ("In Danwol, the 6.4 km tunnel opened.", "6.4 km"),  # a fronted place is no apposition
    ("Near Seoha Port, the 2 km pier is busy.", "2 km"),
])
def test_a_fronted_place_before_the_phrase_owns_nothing(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(HEAD + sentence + "\n", figure, ruleset)
    assert found is None or found[0] not in ("In Danwol", "Danwol", "Near Seoha Port", "Seoha Port")
