"""Mends from the reread of session 17's change, each held by what it broke.

- Known, not mended: a capitalised one-word subject with the ending of a derived noun ("Seating", "Attendance",
  "Ridership") is taken for a common noun unless the text writes it capitalised inside a sentence; "Boeing", "France",
  "Beijing" end alike and lose their claims when they only open sentences. Requiring the verb in lower case
  ("seats") kept these but lost "Attendance", "Ridership", "Enrolment", "Parking", whose verbs the texts do not write;
  the cases stay here as expected failures until a rule tells them apart.
- An age in brackets marks a Korean person whatever the name's syllables (최우식, 최연수 and 김영동 look like words).
- A pronoun clause after a long run of fronted phrases is read in linear time (the pattern of fronted phrases
  backtracked exponentially: one sentence of 600 characters took a second, 720 about a minute).
"""

from __future__ import annotations

import pytest

from factlint import segment
from factlint.binding import bind_document
from factlint.binding.names import persons
from factlint.config.rules import default_pack, load_rules
from factlint.loader import parse
from factlint.quantities import extract_blocks


def claims(text: str) -> list[tuple[str, str, str]]:
    doc = parse("a.txt", text.encode("utf-8"))
    blocks = segment.blocks(doc)
    return [(b.quantity.text, b.claim.entity, b.claim.attribute)
            for b in bind_document(doc, blocks, extract_blocks(doc.text, blocks), load_rules(default_pack()))
            if b.claim is not None]


@pytest.mark.xfail(strict=True, reason="a derived-noun ending read as a common noun: the session 17 guard (known)")
@pytest.mark.parametrize("text,owner", [
    ("# Aircraft\n\nBoeing has 171,000 employees.\n", "Boeing"),
    ("# Europe\n\nFrance has a population of 68 million.\n", "France"),
    ("# Cities\n\nBeijing has a population of 21.9 million.\n", "Beijing"),
])
def test_a_name_with_the_ending_of_a_derived_noun_keeps_its_claim(text: str, owner: str) -> None:
    assert [c for c in claims(text) if c[1] == owner], claims(text)


def test_a_derived_noun_whose_verb_the_text_writes_owns_nothing() -> None:
    text = "The arena opened in May with 1,200 seats.\n\nSeating is generous: 1,200 spectator seats.\n"
    assert not [c for c in claims(text) if c[1] == "Seating"], claims(text)


def test_an_age_in_brackets_marks_a_person_whatever_the_syllables() -> None:
    found = persons("최우식(34) 감독은 올해 팀을 맡았다. 김영동(41) 코치는 최우식 감독을 도왔다.")
    assert "최우식" in found and "김영동" in found, found


def test_a_long_run_of_fronted_phrases_before_a_pronoun_is_read() -> None:
    """Up to three fronted phrases still open the pronoun's sentence; a longer run does not (it was the run that
    backtracked), and a whole sentence with one is read (before the bound this call took minutes)."""
    from factlint.binding.anaphora import _EN_FRONT_ONLY

    assert _EN_FRONT_ONLY.fullmatch("Last year, in its first month, ") is not None
    run = "In the hills on the edge of the valley at the foot of the ridge by the river in the north " * 8
    assert _EN_FRONT_ONLY.fullmatch(run) is None
    text = "Gangwon Farms grows potatoes. " + run + "farmers; it welcomed 3.1 million visitors.\n"
    assert claims(text) == []  # "it" inside a long run of phrases opens nothing: no owner is written for 3.1 million
