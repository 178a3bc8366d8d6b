"""English wire copy names its subject after a descriptor ("South Korean electric-car maker Sorin Motors
said on Wednesday it delivered …") or with an apposition between subject and verb ("Rival Donghae
Shipbuilding, which reports next week, won …"; "Haeun International Airport, 11 km north-west of the city
centre, opened in 1997 and handled …"). The name still owns the figure of its verb, and a year written
right after the figure's phrase ("… 4.1 million passengers in 2025") is the figure's, not an earlier
verb's ("opened in 1997"). Issue #14 (planted cross-language contradictions, fresh3 C3/C5, fresh4 C4);
every variant below is our own wording, other entities and measures than the blind sets."""

from __future__ import annotations

import pytest

from tests.test_owners import bound, ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of, owner_of

WIRE = "Quarterly results\nBy Ana Lee\n"


# --- a descriptor before the speaker's name: "it" in what it says is still the speaker ------------------------


@pytest.mark.parametrize("sentence, figure, owner", [
    ("BUSAN, March 4 (Reuters) - South Korean shipbuilder Daemyung Heavy Industries said on Tuesday it won orders "
     "worth $4.2 billion in 2025.", "$4.2 billion", "Daemyung Heavy Industries"),
    ("Dutch brewer Kraanhof Breweries said it sold 14.2 million hectolitres of beer in 2025.",
     "14.2 million", "Kraanhof Breweries"),
    ("TOKYO, May 9 (Reuters) - Japanese game developer Hoshimura Studio said on Monday that it shipped 3.1 million "
     "copies in 2024.", "3.1 million", "Hoshimura Studio"),
    ("Budget carrier Jeonju Air said it carried 7.4 million passengers in 2025.", "7.4 million", "Jeonju Air"),
    # the speaker's own figure: "it", "its" in what it says
    ("Daemyung Shipbuilding said its orders rose to $3.7bn in 2025.", "$3.7bn", "Daemyung Shipbuilding"),
])
def test_a_descriptor_before_the_speaker_s_name_keeps_it_the_owner(sentence: str, figure: str, owner: str,
                                                                   ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(WIRE + sentence + "\n", figure, ruleset) == owner


@pytest.mark.parametrize("sentence, figure, speaker", [
    # a preposition inside the words before the name: they are not a descriptor of it
    ("A spokesman for carmaker Daemyung Motors said it sold 40,000 vehicles in 2025.", "40,000", "Daemyung Motors"),
    ("Analysts at broker Hanul Securities said it sold 40,000 vehicles in 2025.", "40,000", "Hanul Securities"),
    # the speaker reports another subject's figure
    ("Seoul-based broker Hanul Securities said Daemyung Motors sold 40,000 vehicles in 2025.", "40,000",
     "Hanul Securities"),
    # a forecast is not the speaker's fact
    ("South Korean carmaker Daemyung Motors said it expects to sell 200,000 vehicles in 2026.", "200,000",
     "Daemyung Motors"),
    # what is said opens with the figure (past a day, "that"): the speaker is its source, not its owner
    ("Organizers said 45,000 spectators attended the final.", "45,000", "Organizers"),
    ("The Korea Disease Control and Prevention Agency said 41 people died of heat stroke between June and August.",
     "41", "Korea Disease Control and Prevention Agency"),
    ("Police said on Sunday 12 people were injured.", "12", "Police"),
    ("Daemyung Shipbuilding said that 2.3 million passengers used its ferries in 2025.", "2.3 million",
     "Daemyung Shipbuilding"),
])
def test_no_descriptor_makes_another_s_figure_the_speaker_s(sentence: str, figure: str, speaker: str,
                                                            ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(WIRE + sentence + "\n", figure, ruleset) != speaker


# --- an apposition between the subject and its verb ----------------------------------------------------------

# (the document writes each name inside a sentence too, as the binder asks of a subject read before its verb)
NAMES = ("Ports and yards\nAnalysts compared Mokpo Ferry Terminal with Daemyung Shipbuilding and "
         "Geoje Container Port last week.\n")


@pytest.mark.parametrize("sentence, figure, owner", [
    ("Mokpo Ferry Terminal, 4 km south of the old town, handled 2.3 million passengers in 2025.", "2.3 million",
     "Mokpo Ferry Terminal"),
    ("Daemyung Shipbuilding, which reports on Friday, won $3.7bn of orders in 2025.", "$3.7bn", "Daemyung Shipbuilding"),
    # a competitor's one-word descriptor opening the sentence is no part of the name
    ("Rival Daemyung Shipbuilding, which reports on Friday, won $3.7bn of orders in 2025.", "$3.7bn",
     "Daemyung Shipbuilding"),
    ("Rival Daemyung Shipbuilding said on Friday it won $3.7bn of orders in 2025.", "$3.7bn", "Daemyung Shipbuilding"),
    ("Geoje Container Port, the region's second-largest, handled 1.9 million containers in 2024.", "1.9 million",
     "Geoje Container Port"),
])
def test_a_name_owns_the_figure_of_its_verb_past_an_apposition(sentence: str, figure: str, owner: str,
                                                              ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(NAMES + sentence + "\n", figure, ruleset) == owner


@pytest.mark.parametrize("sentence, figure, owner", [
    # the figure inside the apposition: the apposition's rule decides, not this one
    ("Daemyung Shipbuilding, which Geoje Container Port served with 1.9 million containers, won orders.",
     "1.9 million", "Daemyung Shipbuilding"),
    # a clause with a subject of its own after the verb
    ("Mokpo Ferry Terminal, 4 km south of the old town, reopened in May, while Geoje Container Port handled "
     "1.9 million containers in 2024.", "1.9 million", "Mokpo Ferry Terminal"),
    # the same with no apposition (the subject before its verb read it as the first name's before)
    ("Mokpo Ferry Terminal reopened in May, while Geoje Container Port handled 1.9 million containers in 2024.",
     "1.9 million", "Mokpo Ferry Terminal"),
    # a figure after a comma that closes the verb's clause: another's expectation, not the name's figure
    ("Rival Daemyung Shipbuilding, which reports on Friday, put its own orders at $3.7bn, below the $4.1bn "
     "analysts had expected.", "$4.1bn", "Daemyung Shipbuilding"),
    # a comparison: the figure is of what is compared
    ("Mokpo Ferry Terminal, 4 km south of the old town, handled more passengers than the 2.3 million of Busan.",
     "2.3 million", "Mokpo Ferry Terminal"),
])
def test_an_apposition_gives_the_name_no_figure_of_another(sentence: str, figure: str, owner: str,
                                                           ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(NAMES + sentence + "\n", figure, ruleset) != owner


# --- a year right after the figure's phrase is the figure's ---------------------------------------------------


@pytest.mark.parametrize("sentence, figure, period", [
    ("Mokpo Ferry Terminal opened in 1987 and handled 2.3 million passengers in 2025.", "2.3 million", "2025"),
    ("Daemyung Shipbuilding was founded in 1974 and won $3.7bn of orders in 2025.", "$3.7bn", "2025"),
    ("Geoje Container Port, built in 1996, handled 1.9 million containers in 2024.", "1.9 million", "2024"),
    # no year after the figure: the one before it still is its year
    ("In 2024 Geoje Container Port handled 1.9 million containers.", "1.9 million", "2024"),
    # the year after belongs to another figure of its own ("from N in YEAR"): the year before stays
    ("In 2025 Mokpo Ferry Terminal handled 2.3 million passengers, up from 2.1 million in 2024.", "2.3 million", "2025"),
])
def test_the_year_after_a_figure_s_phrase_is_its_period(sentence: str, figure: str, period: str,
                                                        ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [b.claim for b in bound(NAMES + sentence + "\n", ruleset) if b.quantity.text == figure]
    assert found and found[0] is not None
    assert found[0].period == period

