"""Money shipped or sold abroad is exports, and a name set off by commas after a definite subject and a descriptor
owns the verb's figure (issue #14; fresh8 "The county's best-known company, gochujang maker Haemil Foods, shipped
$18.7 million of goods abroad last year"). Paraphrases of our own and hard negatives (goods sent to a city, a
spokesman's name before "said", a count shipped abroad: a part of the shipments)."""

from __future__ import annotations

import pytest

from tests.test_owners import bound, ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of

HEAD = "Exports grow\n\nSEOUL, May 2 (Wire) - Officials spoke on Friday.\n\n"


@pytest.mark.parametrize("sentence, figure, owner, attribute", [
    ("The county's best-known company, gochujang maker Haemil Foods, shipped $18.7 million of goods abroad last year.",
     "$18.7 million", "Haemil Foods", "exports"),
    ("Seoha Kimchi sold $4.2 million worth of kimchi overseas in 2024.", "$4.2 million", "Seoha Kimchi", "exports"),
    ("The region's largest carrier, budget airline Jeonju Air, carried 2.1 million passengers in 2024.", "2.1 million",
     "Jeonju Air", "passengers"),
    ("The team's captain, striker Kang Tae-o, scored 19 goals this season.", "19", "Kang Tae-o", "goals"),
])
def test_exports_and_a_name_apposed_to_the_subject(sentence: str, figure: str, owner: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(HEAD + sentence + "\n", figure, ruleset) == (owner, attribute)


@pytest.mark.parametrize("sentence, figure", [
    ("Seoha Kimchi shipped $4.2 million of goods to Busan in 2024.", "$4.2 million"),
    ("A spokesman for the company, Kim Min-ho, said the firm shipped $3 million of goods abroad in 2024.", "$3 million"),
])
def test_no_exports_of_goods_sent_at_home_nor_of_a_speaker(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(HEAD + sentence + "\n", figure, ruleset)
    assert found is None or (found[1] != "exports" and found[0] != "Kim Min-ho")
