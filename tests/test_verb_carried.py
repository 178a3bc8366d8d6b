"""English linking verbs whose subject noun is what the figure measures (issue #14; session 20, s20-verbs): "Revenue
for 2025 came to 348 billion won", "Exports totaled $47 million", "The city's exports reached US$4.1 billion", "The
team's prize money this season came to 350 million won". The subject is the noun phrase that opens the clause: a
capitalised first word is a common noun when the text writes it in lower case elsewhere, the pack declares it or it
is made of a verb; a possessor is the owner, never part of the measure; a preposition or a time word ends the head.
Paraphrases of fresh17, fresh19 and fresh20 on topics of our own, with hard negatives (a name opening the sentence,
another entity's figure after the first, a contrast naming its own measure, a description that places the measure,
a goal)."""

from __future__ import annotations

import pytest

from tests.test_owners import ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of
from tests.binding_helpers import bound

_WIRE = ("Hanbit Foods posts record year\n"
         "SEOUL, Feb 3 (Reuters) - Hanbit Foods said on Tuesday its revenue and exports grew for a fifth year. {}\n")


@pytest.mark.parametrize(("sentence", "figure", "attribute"), [
    ("Revenue for 2025 came to 412 billion won, the company said in a filing.", "412 billion won", "revenue"),
    ("Revenue amounted to 412 billion won, the company said.", "412 billion won", "revenue"),
    ("Exports totaled $52 million, the company said.", "$52 million", "exports"),
    ("Exports stood at $52 million last year.", "$52 million", "exports"),
    # a possessor is the owner, the words after it the measure
    ("Its exports totalled $52 million.", "$52 million", "exports"),
])
def test_the_subject_opening_a_linking_clause_is_the_measure(sentence: str, figure: str, attribute: str,
                                                             ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(_WIRE.format(sentence), figure, ruleset) == ("Hanbit Foods", attribute)


def test_a_period_after_the_subject_is_the_claims_period(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [b.claim for b in bound(_WIRE.format("Revenue for 2024 came to 380 billion won, the company said."), ruleset)
             if b.quantity.text == "380 billion won"]
    assert found and found[0] is not None and found[0].attribute == "revenue" and found[0].period == "2024"


@pytest.mark.parametrize(("text", "figure"), [
    # a name opening the sentence is no measure ("Haeun is governed by … a 21-member city council")
    ("Geography\nSeoha is a port city. Politics. Seoha is governed by a mayor and a 23-member city council.\n", "23"),
    # the verb's complement is its first figure: another entity's figure after it is not the subject's
    ("Market\nAccording to TechInsight Lab, Hanbit's share of the global tablet market was 7.4% in the third quarter, "
     "behind Samsung Electronics at 21.3% and Apple at 18.6%.\n", "21.3%"),
    # a description after the head places the measure at a thing the clause does not name
    ("Port\nSeoha lies on the south coast. Cargo throughput at the port rose to 24 million tonnes in 2025.\n",
     "24 million tonnes"),
])
def test_hard_negatives_bind_no_subject_measure(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(text, figure, ruleset)
    assert found is None or found[0] not in ("Seoha", "Hanbit") and found[1] != "seoha"


def test_a_contrast_naming_its_own_measure_is_no_second_value(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = _WIRE.format("Revenue for 2025 came to 412 billion won, the company said in a filing, while operating "
                        "profit climbed 28 percent to 39.5 billion won.")
    found = claim_of(text, "39.5 billion won", ruleset)
    assert found is None or found[1] != "revenue"
    first = [b.claim for b in bound(text, ruleset) if b.quantity.text == "412 billion won"]
    assert first and first[0] is not None and not first[0].disputed


def test_a_goal_after_a_linking_verb_is_a_goal(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = _WIRE.format("Revenue is expected to reach 600 billion won by 2030, the company said.")
    found = [b.claim for b in bound(text, ruleset) if b.quantity.text == "600 billion won"]
    assert not found or found[0] is None or found[0].goal


# --- a Korean percentage as the object of 차지하다: the share of the whole its possessor names ----------------------

_LIBRARY = "서하중앙도서관, 지난해 대출 가장 많아\n서하시 공공도서관 다섯 곳 가운데 '서하중앙도서관'의 이용이 가장 많았다. {}\n"


@pytest.mark.parametrize(("sentence", "figure", "attribute"), [
    ("지난해 서하중앙도서관은 전체 대출의 41.3%를 차지했다.", "41.3%", "대출 비중"),
    ("서하중앙도서관이 시 전체 대출의 41.3%를 차지했다.", "41.3%", "대출 비중"),
    # the whole as such: a share of everything
    ("서하중앙도서관은 전체의 41.3%를 차지했다.", "41.3%", "비중"),
])
def test_a_share_taken_up_is_of_the_whole_the_possessor_names(sentence: str, figure: str, attribute: str,
                                                              ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(_LIBRARY.format(sentence), figure, ruleset) == ("서하중앙도서관", attribute)


@pytest.mark.parametrize(("sentence", "figure"), [
    # the subject is measured by a figure before the share: the share of that count, not of the library
    ("방문객 가운데 외지 관광객은 12만 7,400명으로 전체의 81%를 차지했다.", "81%"),
    # a share that is no object of 차지하다
    ("서하중앙도서관의 대출은 전체의 41.3%로 집계됐다.", "41.3%"),
])
def test_hard_negatives_of_a_share_taken_up(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(_LIBRARY.format(sentence), figure, ruleset)
    assert found is None or found[1] != "비중"
