"""English ordinal words after "whose" or a copula (issue #16, session 10): "whose first line opened",
"was second in 2:08:50" (fresh4, fresh5). Variants of our own, with hard negatives: a second of time,
a compound word, an article with no noun after it (factlint/quantities/labels.py: ``ordinal_word``).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from tests.quantities.test_fresh2_classes import one, read


# --- an ordinal word after "whose" or a copula: "whose first line opened", "was second in 2:08:50" -------

ORDINALS = [
    ("The tram network, whose second line opened in 2015, carries 80,000 riders a day.", "second", 2),
    ("The carmaker, whose third plant is in Ulsan, hired 900 people.", "third", 3),
    ("Park was third in 4:12.55, behind two Kenyans.", "third", 3),
    ("The Dutch pair were second, 0.4 seconds behind.", "second", 2),
    ("Seoul is fifth on the list of the costliest cities.", "fifth", 5),
]


@pytest.mark.parametrize("text, figure, value", ORDINALS)
def test_an_ordinal_word_after_whose_or_a_copula(text: str, figure: str, value: int) -> None:
    q = one(text, figure)
    assert (q.kind, q.value) == ("number", F(value)), read(text)


@pytest.mark.parametrize("text", [
    "The gap was one second at the line.",  # a second of time, a number before it
    "The bike, whose second-hand price fell, sold fast.",  # a compound word
    "The margin was a second at most.",  # an article and no noun after it: a second of time
    "It was second nature to the crew.",
    "The winner was 2 seconds faster.",
])
def test_no_ordinal_in_a_second_of_time_or_a_compound(text: str) -> None:
    assert [q for q in extract(text) if q.counter == "번째"] == [], read(text)
