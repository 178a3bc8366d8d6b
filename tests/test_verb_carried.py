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


# --- session 20 review (s20-verbs fix): hard negatives ---------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "figure"), [
    # a past time in the clause: the share of then, no share of now (review: share2/k9)
    ("서하중앙도서관은 10년 전만 해도 전체 대출의 60%를 차지했다.", "60%"),
    ("서하중앙도서관은 한때 전체 대출의 55%를 차지했다.", "55%"),
    ("서하중앙도서관은 개관 당시 전체 대출의 70%를 차지했다.", "70%"),
    # a relative clause: a comparison's standard, a time or another thing it modifies (review: share/k4)
    ("서하중앙도서관은 전체 대출의 40.1%를 차지했던 2019년보다 비중이 줄었다.", "40.1%"),
    ("서하중앙도서관은 전체 대출의 38%를 차지하던 5년 전과 비교해 비중이 낮아졌다.", "38%"),
    ("서하중앙도서관은 전체 대출의 30%를 차지하는 어린이 도서를 늘렸다.", "30%"),
])
def test_a_share_of_another_time_or_thing_is_no_share_of_the_subject(sentence: str, figure: str,
                                                                       ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(_LIBRARY.format(sentence), figure, ruleset)
    assert found is None or found[1] not in ("대출 비중", "비중")


def test_all_the_world_is_no_past_time(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "전 세계": all of it, the share is still the subject's
    text = _LIBRARY.format("서하중앙도서관은 지난해 전 세계 대출의 1%를 차지했다.")
    assert claim_of(text, "1%", ruleset) == ("서하중앙도서관", "대출 비중")


@pytest.mark.parametrize(("sentence", "figure"), [
    # the forecast is the second figure's: the first is an actual figure (review: verb2/w1, verb/w13)
    ("Revenue came to 348 billion won in 2025, compared with analysts' forecasts of 360 billion won.",
     "348 billion won"),
    ("Revenue last year came to 348 billion won, below the 400 billion won forecast.", "348 billion won"),
    ("Exports totaled $52 million, short of the $60 million the company had targeted.", "$52 million"),
    ("Revenue came to 348 billion won, beating forecasts.", "348 billion won"),
])
def test_a_forecast_of_another_figure_makes_no_goal(sentence: str, figure: str,
                                                    ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [b.claim for b in bound(_WIRE.format(sentence), ruleset) if b.quantity.text == figure]
    assert found and found[0] is not None and not found[0].goal


def test_a_goal_by_a_year_stays_a_goal(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [b.claim for b in bound(_WIRE.format("The company aims for revenue of 600 billion won by 2030."), ruleset)
             if b.quantity.text == "600 billion won"]
    assert not found or found[0] is None or found[0].goal


@pytest.mark.parametrize(("sentence", "figure"), [
    # a common-noun possessor the sentence does not name: another entity's measure (review: verb/w9)
    ("Its rival's revenue came to 510 billion won in 2025.", "510 billion won"),
    ("A competitor's exports reached $70 million in 2025.", "$70 million"),
    # a word naming another whole or a product narrows the measure: no claim on the company's revenue or exports
    # (review: verb/w10, w11)
    ("Industry revenue came to 2.1 trillion won in 2025.", "2.1 trillion won"),
    ("Kimchi exports reached $160 million in 2025, government data showed.", "$160 million"),
    ("Ramen exports totaled $90 million in 2025.", "$90 million"),
])
def test_another_owners_measure_is_not_the_companys(sentence: str, figure: str,
                                                    ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(_WIRE.format(sentence), figure, ruleset)
    assert found is None or found[0] != "SEOUL" and found[1] not in ("revenue", "exports")


def test_a_period_compound_still_opens_the_measure(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = _WIRE.format("Full-year revenue came to 412 billion won in 2025.")
    assert claim_of(text, "412 billion won", ruleset) == ("Hanbit Foods", "revenue")
