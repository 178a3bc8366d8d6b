"""English prices (issue #14; fresh8 "A round trip costs 23,000 won", "a jar of its Haemil Red 3 costs 12,000 won",
fresh4 "The SV3 sells for …; the long-range SV3 LR … costs …"): a name in the subject of "costs" / "sells for" /
"is priced at" owns the price; a common-noun subject is the priced thing of the name the sentence before opened
with. Paraphrases of our own (a ferry, an airline, a stadium, a product) and hard negatives (a difference, the past
"cost" of a project, two names, no name before, a capitalised common noun opening the sentence before)."""

from __future__ import annotations

import pytest

from tests.test_owners import bound, ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of

HEAD = "Prices rise\n\nSEOUL, May 2 (Wire) - Officials spoke on Friday.\n\n"


@pytest.mark.parametrize("sentence, figure, owner", [
    ("Where to eat: Seoha Foods runs a shop by its plant; a jar of its Seoha Gold 2 costs 12,000 won.", "12,000 won",
     "Seoha Gold 2"),
    ("The Nova X2 sells for 1.2 million won in its base version.", "1.2 million won", "Nova X2"),
    ("The base model is cheaper; the long-range Nova X2 LR, with a bigger pack, costs 46.5 million won.",
     "46.5 million won", "Nova X2 LR"),
    ("Each Hanul Air Pass is priced at 300,000 won.", "300,000 won", "Hanul Air Pass"),
])
def test_a_name_in_the_subject_of_a_price_verb_owns_the_price(sentence: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(HEAD + sentence + "\n", figure, ruleset) == (owner, "price")


@pytest.mark.parametrize("sentences, figure, owner, attribute", [
    ("The Hanul Ferry crosses the bay in an hour. A return ticket costs 9,000 won for adults.", "9,000 won",
     "Hanul Ferry", "return ticket"),
    ("The 42,000-seat Cheongsol Stadium opened in 2019. Admission costs 15,000 won.", "15,000 won",
     "Cheongsol Stadium", "admission"),
])
def test_a_common_noun_subject_is_the_priced_thing_of_the_name_before(sentences: str, figure: str, owner: str,
                                                                      attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(HEAD + sentences + "\n", figure, ruleset) == (owner, attribute)


@pytest.mark.parametrize("sentences, figure", [
    # a difference, not a price
    ("The Hanul Ferry crosses the bay in an hour. A return ticket costs 4,000 won more than a single.", "4,000 won"),
    # the past "cost" of a project is no price
    ("The Seoha Bridge cost 1.2 trillion won to build.", "1.2 trillion won"),
    # two names in the subject: whose price is not written
    ("Seoha Gold and Seoha Red cost 9,000 won together; Seoha Gold and Seoha Red costs 9,000 won.", "9,000 won"),
    # a capitalised common noun opening the sentence before is no name
    ("Tickets are not cheap. A round trip costs 25,000 won.", "25,000 won"),
    # a name two sentences back: not the opener of the sentence before
    ("The Hanul Ferry crosses the bay. The views are fine. A return ticket costs 9,000 won.", "9,000 won"),
])
def test_no_price_where_the_text_does_not_decide(sentences: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(HEAD + sentences + "\n", figure, ruleset)
    assert found is None or found[1] not in ("price", "return ticket", "round trip")
