"""English figures get their owner by structure (issue #14, the English half of cross-language
contradictions): the subject of a verb whose object is the figure, "it" / "the city" / "the film"
pointing back to the name the sentence (or paragraph) before opened with, "X said it …" (the speaker),
the noun before "worth", and the measure a verb names when no noun does ("covers" → area). Written
from variants of our own, each with its hard negatives."""

from __future__ import annotations

import pytest

from tests.test_owners import bound, ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of, owner_of

# (a one-word name is one where the document writes it inside a sentence: "the old town of Gimhae")
CITY = "Gimhae\nGimhae (Korean: 김해시) is a city west of Busan, built around the old town of Gimhae.\n"


# --- "it" after a fronted phrase, a gloss after the antecedent's name --------------------------------------


@pytest.mark.parametrize("sentence", [
    "As of December 2025 it had a population of 541,000.",
    "In 2025, it had a population of 541,000.",
    "As of December 2025 it had 541,000 residents.",
])
def test_it_after_a_fronted_phrase_is_the_sentence_before_s_subject(sentence: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(CITY + sentence + "\n", "541,000", ruleset) == "Gimhae"


@pytest.mark.parametrize("text", [
    # "It is estimated that …": an empty subject
    "Gimhae\nOfficials met in Busan on Monday. It is estimated that 541,000 residents lived in the region in 2025.\n",
    # "it" with no name before it: no one
    "Gimhae\nOfficials met on Monday. As of December 2025 it had 541,000 residents.\n",
])
def test_an_it_with_no_antecedent_name_owns_nothing(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, "541,000", ruleset) is None


# --- a definite noun ("The city", "The film") and the measure a verb names ----------------------------------


def test_the_city_covers_is_the_area_of_the_name_the_paragraph_before_opened_with(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = CITY.rstrip("\n") + " As of December 2025 it had a population of 541,000.\n" \
        "The city covers 463 km2 (179 sq mi), about a quarter of it farmland.\n"
    assert claim_of(text, "463 km2", ruleset) == ("Gimhae", "area")


def test_the_film_has_grossed_is_the_quoted_title_s_gross(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Drama sails past 8 million\nBy Mark Ellison | March 3, 2026\n"
            "\"Gate of the Sea\" (Korean title: \"Bada-ui Mun\"), Han's 1950s drama, had sold 8.12 million tickets.\n"
            "The film has grossed KRW78.6 billion since its release.\n")
    assert claim_of(text, "KRW78.6 billion", ruleset) == ("Gate of the Sea", "gross")


@pytest.mark.parametrize("before", [
    "Critics liked Gate of the Sea more than Exhuma.",  # "Critics" opens the sentence: no name
    "It rained in Seoul on Monday.",  # an anaphor with nothing before it
])
def test_the_film_with_no_named_subject_before_owns_nothing(before: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = f"Box office\n{before} The film has grossed KRW78.6 billion since its release.\n"
    assert owner_of(text, "KRW78.6 billion", ruleset) is None


def test_a_named_subject_covers_its_own_area_but_not_one_of_another_s(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(CITY + "Busan covers 770 km2.\n", "770 km2", ruleset) == ("Busan", "area")
    # "The port city of Busan": the name is inside the subject, not the subject: left unbound
    assert owner_of(CITY + "The port city of Busan covers 770 km2.\n", "770 km2", ruleset) != "Gimhae"


def test_a_conjunction_after_a_figure_ends_its_phrase(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Box office\n\"Gate of the Sea\" had sold 8.12 million tickets by Monday.\n"
            "The film runs 138 minutes and opened on 1,920 screens, about 58% of the nation's 3,300 screens.\n")
    assert claim_of(text, "138 minutes", ruleset) is None  # not an attribute "opened"
    assert owner_of(text, "3,300", ruleset) is None  # the nation's, not the film's


# --- "X said it …", "orders worth $N" ------------------------------------------------------------------------


HANGYEOL = "Hangyeol orders jump\nBy Jane Cho\n"


@pytest.mark.parametrize("sentence", [
    "SEOUL, Jan 8 (Reuters) - South Korea's Hangyeol Heavy Industries said on Thursday it won orders worth "
    "$11.8 billion in 2025, up from $8.6 billion a year earlier.",
    "Hangyeol Heavy Industries said it won orders worth $11.8 billion in 2025.",
])
def test_it_in_what_a_speaker_says_is_the_speaker(sentence: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(HANGYEOL + sentence + "\n", "$11.8 billion", ruleset) == ("Hangyeol Heavy Industries", "orders")


@pytest.mark.parametrize("sentence", [
    "Analysts said it won orders worth $11.8 billion in 2025.",  # "Analysts" is no name
    "Hangyeol Heavy Industries said Daesung won orders worth $11.8 billion in 2025.",  # another subject
    "Hangyeol Heavy Industries said it won more orders than Daesung, which booked orders worth $11.8 billion.",
    "Hangyeol Heavy Industries said it won orders worth $9 billion, while Daesung Shipbuilding won orders worth "
    "$11.8 billion.",  # a clause with a subject of its own
])
def test_a_figure_of_another_subject_is_not_the_speaker_s(sentence: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(HANGYEOL + sentence + "\n", "$11.8 billion", ruleset) != "Hangyeol Heavy Industries"


def test_a_possessor_before_the_figure_owns_it_unless_a_time_word(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = HANGYEOL + "Daesung Shipbuilding employs Hangyeol's 4,000 employees.\n"
    assert owner_of(text, "4,000", ruleset) == "Hangyeol"
    text = HANGYEOL + "Daesung Shipbuilding said jobs grew by 292,000, below January's 380,000 jobs.\n"
    assert owner_of(text, "380,000", ruleset) is None


# --- "… and about N in YEAR", "up from N a year earlier": the same measure in another period ---------------


AIRPORT = ("Gimhae\nGimhae International Airport, opened in 1976, lies in Busan's Gangseo District. "
           "It handled 15.3 million passengers in 2025 and {tail}.\n")


def test_a_figure_after_and_with_another_year_is_the_same_measure_then(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [b.claim for b in bound(AIRPORT.format(tail="about 15.7 million in 2019"), ruleset)
             if b.quantity.text == "about 15.7 million"]
    assert found and found[0] is not None
    assert (found[0].entity, found[0].attribute, found[0].period) == ("Gimhae International Airport", "passengers", "2019")


def test_up_from_a_year_earlier_counts_back_from_the_figure_before(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = HANGYEOL + ("SEOUL, Jan 8 (Reuters) - South Korea's Hangyeol Heavy Industries said on Thursday it won orders "
                       "worth $11.8 billion in 2025, up from $8.6 billion a year earlier.\n")
    found = [b.claim for b in bound(text, ruleset) if b.quantity.text == "$8.6 billion"]
    assert found and found[0] is not None and (found[0].attribute, found[0].period) == ("orders", "2024")


@pytest.mark.parametrize("tail", [
    "about 15.7 million at Busan in 2019",  # another place between: not the same measure
    "Busan about 15.7 million in 2019",  # another subject
    "about 15.7 million before the pandemic",  # no other period: not read as the same claim twice
])
def test_a_figure_after_and_of_another_entity_or_no_period_is_not_the_figure_before_s(tail: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(AIRPORT.format(tail=tail), "about 15.7 million", ruleset) is None


@pytest.mark.parametrize("sentence, figure, attribute", [
    # the verb names a measure only when the figure is of that measure's kind (found in review)
    ("Busan covers 770 km2.", "770 km2", "area"),
    ("Busan spans 87 km.", "87 km", "length"),
    ("Busan covers 2 million.", "2 million", None),
    ("Busan grossed 41.", "41", None),
    ("Busan employs $5 million.", "$5 million", None),
])
def test_a_verb_names_its_measure_only_for_a_figure_of_that_kind(sentence: str, figure: str, attribute: str | None,
                                                                 ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(CITY + sentence + "\n", figure, ruleset)
    assert (got[1] if got else None) == attribute
