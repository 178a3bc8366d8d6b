"""English owners written as descriptions (session 19, branch s19-endesc; issue #14 item 2).

(a) A definite description as the subject after a fronted phrase ("At the end of 2024 the company had 710
employees", "According to the city, the zoo drew 742,000 visitors"): past a fronted phrase the article is lowercase,
and an attribution before its comma is a fronted phrase (``anaphora._EN_DEFINITE``); the description stands for the
one name of the text headed by its noun ("the zoo" → "Haneul Forest Zoo", a copula's "is not a big zoo" being no
other zoo: ``structure._another``), or for a company the story's lead opens with and calls a maker or a company
(``references.lead_calls_company``). Never when two names have the head, or the lead names two companies.

(b) An age description standing for a person ("The 22-year-old from Seojin City Hall finished …" after the sentence
naming him; ``binding/agedesc.py``): the person's age, when the sentence before names one person (or a surname the
text wrote in full once). Never when it names two, or the figure's own sentence names a person first.

(c) Grammar the two need: "The Soha Grand Bridge (Korean: …) is a …" under the title "Soha Grand Bridge" is an
encyclopedia entry's topic; "No. 2" ends no sentence; a name with a capital inside a word ("NubiAero") is a name
though the text writes it only where a sentence opens.
"""

from __future__ import annotations

import pytest

from factlint import segment
from factlint.binding import references
from tests.test_owners import bound, claim_of, owner_of, ruleset  # noqa: F401  (the fixture)

# --- (a) a definite description after a fronted phrase ----------------------------------------------------------

_ZOO = ("A morning at the zoo\n\nHaneul Forest Zoo, which reopened in April, is not a big zoo by world standards. It "
        "keeps about 900 animals.\n\n{second}According to the county, the zoo drew 512,000 visitors in 2024.\n")
_MAKER = ("Daebit breaks ground on new plant\nBy Min Lee\n\nDaebit broke ground on Monday on a factory in the Nuri "
          "No. 3 Industrial Complex, a plant the battery maker says will open in 2027. It is the third plant of Daebit.\n\n"
          "At the end of 2024 the company had 1,240 employees, according to its annual report.\n")


@pytest.mark.parametrize("text, figure, owner", [
    (_ZOO.format(second=""), "512,000", "Haneul Forest Zoo"),
    (_ZOO.format(second="").replace("According to the county, the zoo", "In 2024 the zoo"), "512,000", "Haneul Forest Zoo"),
    (_MAKER, "1,240", "Daebit"),
    # a capital inside the word makes a name, though the text writes it only where sentences open
    (_MAKER.replace(" It is the third plant of Daebit.", "").replace("Daebit", "NuriAero"), "1,240", "NuriAero"),
    ("Soha Grand Bridge\n\nThe Soha Grand Bridge (Korean: 소하대교) is a cable-stayed road bridge in Soha County.\n\n"
     "History\n\nIt replaced the Dalpo Bridge and the Seoha Bridge on the route.\n\n"
     "In its first ten days the bridge carried 14,820 vehicles a day.\n", "14,820", "Soha Grand Bridge"),
    ("Gaon\n\nGaon (Korean: 가온시) is a city in South Korea. The mean temperature in July is 25.1 °C. On 2 August "
     "2024 the city recorded 39.2 °C, its highest temperature.\n", "39.2 °C", "Gaon"),
])
def test_a_fronted_definite_description_stands_for_its_one_name(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure", [
    # two zoos are named: which one "the zoo" is, is not written
    (_ZOO.format(second="Seoha Marine Zoo, on the coast, is older.\n\n"), "512,000"),
    # the lead names two companies: "the company" may be either
    (_MAKER.replace("Daebit broke ground", "Daebit and Seojin Chemical Co. broke ground"), "1,240"),
    # the lead calls the name no company: "the company" is no one the text named
    (_MAKER.replace(", a plant the battery maker says will open in 2027.", "."), "1,240"),
])
def test_a_description_with_two_candidates_or_none_owns_nothing(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) is None


def test_the_description_itself_is_no_measure_of_what_it_names(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Soha Grand Bridge\n\nThe Soha Grand Bridge (Korean: 소하대교) is a cable-stayed road bridge in Soha County.\n\n"
            "Design\n\nThe bridge is 7.24 km (4.50 mi) long and carries four lanes of traffic.\n")
    assert owner_of(text, "7.24 km", ruleset) is None  # ("bridge" is what the figure would measure)
    assert owner_of(text, "four", ruleset) == "Soha Grand Bridge"


def test_a_measure_noun_after_a_fronted_clause_stays_the_topics(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Dalseong\n\nDalseong (Korean: 달성시) is a city in South Korea.\n\nAfter the Dalseong Colliery opened in "
            "1957, the population grew rapidly, peaking at about 95,000 in the early 1980s.\n")
    assert owner_of(text, "about 95,000", ruleset) == "Dalseong"


def test_a_lead_calls_its_name_a_company() -> None:
    assert references.lead_calls_company("Battery-materials maker Lumen broke ground on a plant.", "Lumen")
    assert references.lead_calls_company("Lumen broke ground on a plant the drone maker says will open.", "Lumen")
    assert not references.lead_calls_company("Lumen broke ground on a plant near the city.", "Lumen")
    assert not references.lead_calls_company("Lumen and Seojin Chemical Co. broke ground, the maker says.", "Lumen")


# --- (b) an age description stands for the person the sentence before names -------------------------------------

_SWIM = ("Kim Ha-ram sets record\nSEOJIN, June 14 — Kim Ha-ram lowered the national record in the 200m freestyle on "
         "Friday.\n{own}The 22-year-old from Seojin City Hall finished well ahead of the field.\n")


@pytest.mark.parametrize("text, figure, person", [
    (_SWIM.format(own=""), "22-year", "Kim Ha-ram"),
    ("Former teacher wins mayoral race\nLee Do-hyun of the Reform Party won the mayoral race on Wednesday. Lee's party "
     "also took 13 of the 21 seats. The 61-year-old former teacher has promised a new library.\n", "61-year", "Lee Do-hyun"),
    ("Tak bags two\nYEORIM - Tak Hyun-woo scored twice as Yeorim Biostars beat Seoul Leopards 5-3. The brace "
     "lifted the 29-year-old's season tally to 19.\n", "29-year", "Tak Hyun-woo"),
])
def test_an_age_description_is_the_age_of_the_person_named_before(text: str, figure: str, person: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(text, figure, ruleset)
    assert claim is not None and claim.entity == person and claim.attribute == "age"


@pytest.mark.parametrize("text, figure", [
    # the sentence before names two persons
    (_SWIM.format(own="").replace("Kim Ha-ram lowered the national record", "Kim Ha-ram beat Park Do-yoon"), "22-year"),
    # the figure's own sentence names a person before the description
    (_SWIM.format(own="").replace("The 22-year-old", "Coach Choi Min-su said the 22-year-old"), "22-year"),
    # two persons of the surname were written in full: "Lee's" is either
    ("Mayor elected\nLee Do-hyun beat Lee Su-jin on Wednesday. Lee's party also took 13 of the 21 seats. The "
     "61-year-old former teacher has promised a new library.\n", "61-year"),
    # an age adjective of a thing, no person ("a 52-year-old company")
    ("Old firms\nKim Ha-ram runs a bakery in Seojin. The 52-year-old bakery employs nine people.\n", "52-year"),
])
def test_an_age_description_with_no_one_person_before_is_no_ones_age(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    claims = [b.claim for b in bound(text, ruleset) if b.quantity.text == figure and b.claim is not None]
    assert not any(c.attribute == "age" for c in claims)


# --- (c) the grammar under them -----------------------------------------------------------------------------------


def test_the_numero_sign_ends_no_sentence() -> None:
    text = "Daebit broke ground in the Nuri No. 3 Industrial Complex. It will open in 2027."
    assert [text[s.start : s.end] for s in segment.sentences(text)] == [
        "Daebit broke ground in the Nuri No. 3 Industrial Complex.", "It will open in 2027."]


@pytest.mark.parametrize("text, figure, owner", [
    # the number of a product's name ("e-City 12") counts nothing, whoever the sentence is about
    ("Gaon buses\nIn March 2026 the county took delivery of 30 e-City 12 electric buses.\n", "12", None),
    # hard negative: a count right after an ordinary word is a count
    ("Gaon\n\nGaon (Korean: 가온군) is a county in South Korea. In March 2026 the county bought 12 electric buses.\n",
     "12", "Gaon"),
])
def test_a_model_number_is_no_count(text: str, figure: str, owner: str | None, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


# --- session 19 review: another person's age, and another thing of the head -------------------------------------


@pytest.mark.parametrize("text, figure", [
    # the reviewer's cases: the head noun is someone else's role, a thing, or has an "of …" complement
    ("Pedestrian Kim Min-su was hit by a car on Seoha Road late on Tuesday. The 22-year-old driver was arrested at "
     "the scene, police said.\n", "22-year"),
    ("Park Ji-won bought the Seoha Theater in 2019. The 40-year-old theater reopened on Monday after a two-year "
     "renovation.\n", "40-year"),
    ("Lee Soo-jin was injured when the bus overturned. The 12-year-old daughter of her neighbour was also taken to "
     "hospital.\n", "12-year"),
    ("Striker Tak Hyun-woo scored twice against Beoldam. The 61-year-old coach of the visitors resigned after the "
     "match.\n", "61-year"),
    # paraphrases: a relative, an owner, a founder the text never calls the named person
    ("Mayor elected\nLee Do-hyun of the Reform Party won the mayoral race on Wednesday. Lee's party also took 13 of "
     "the 21 seats. The 61-year-old former teacher has promised a new library.\n", "61-year"),
    ("Choi Yu-na won the junior title in Seojin on Sunday. The 8-year-old son of her coach also played.\n", "8-year"),
    ("Kim Ha-ram ate at the Dalpo Bakery on Friday. The 63-year-old owner said he would close it in May.\n", "63-year"),
    ("Striker Tak Hyun-woo scored twice. The 44-year-old founder of the club watched from the stands.\n", "44-year"),
])
def test_an_age_description_of_someone_elses_role_is_not_the_named_persons_age(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    claims = [b.claim for b in bound(text, ruleset) if b.quantity.text == figure and b.claim is not None]
    assert not any(c.attribute == "age" for c in claims)


@pytest.mark.parametrize("text, figure, person", [
    # the head noun is the person's own role as the text gives it: a title, an apposition, the headline's subject
    ("Striker Tak Hyun-woo scored twice against Beoldam. The 29-year-old striker now has 19 goals.\n", "29-year",
     "Tak Hyun-woo"),
    ("Kim Do-yoon, a former shipyard engineer, won the race. The 54-year-old engineer promised a new airport.\n",
     "54-year", "Kim Do-yoon"),
    ("Shipyard engineer wins Haeun mayoralty\nHAEUN -- Kim Do-yoon won the mayoral race on Wednesday. Kim's party "
     "also took 13 of the 21 seats. The 54-year-old former shipyard engineer has promised a new airport.\n",
     "54-year", "Kim Do-yoon"),
])
def test_an_age_description_of_the_persons_own_role_is_their_age(text: str, figure: str, person: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(text, figure, ruleset)
    assert claim is not None and claim.entity == person and claim.attribute == "age"


@pytest.mark.parametrize("text, figure", [
    # the reviewer's cases: an indefinite mention of another thing of the head, after a copula or "There is"
    ("Yeorim Forest Zoo drew 742,000 visitors last year.\n\nThere is a second zoo in the county, run by a private "
     "foundation. The zoo drew 120,000 visitors, the foundation said.\n", "120,000"),
    ("Yeorim Forest Zoo drew 742,000 visitors last year.\n\nBeoldam, the neighbouring county, is another zoo town: its "
     "zoo opened in 2015. The zoo drew 120,000 visitors last year.\n", "120,000"),
    ("Gaeul Harbour handled 2.1 million tonnes of cargo in 2024.\n\nIn 2019 the old fishing port at Mokryeong became "
     "a second harbour for the city. The harbour handled 400,000 tonnes last year.\n", "400,000 tonnes"),
    # paraphrases: a plain predicate whose subject is another thing; "a new harbour"
    ("Gaeul Harbour handled 2.1 million tonnes of cargo in 2024.\n\nThe old fishing port at Mokryeong is a harbour "
     "too. The harbour handled 400,000 tonnes last year.\n", "400,000 tonnes"),
    ("Yeorim Forest Zoo drew 742,000 visitors last year.\n\nBeoldam opened a new zoo in 2015. The zoo drew 120,000 "
     "visitors last year.\n", "120,000"),
])
def test_another_thing_of_the_head_leaves_the_description_unbound(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) is None


def test_a_copulas_predicate_of_the_name_itself_is_no_other_one(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Yeorim Forest Zoo, which reopened in April, is not a big zoo by world standards.\n\nAccording to the "
            "county, the zoo drew 512,000 visitors in 2024.\n")
    assert owner_of(text, "512,000", ruleset) == "Yeorim Forest Zoo"


def test_a_parenthesis_before_the_copula_leaves_the_name_its_subject(ruleset) -> None:  # type: ignore[no-untyped-def]
    # (the ";" of a gloss is no sentence's end: fresh16 en_encyclopedia_soha_bridge)
    text = ("Soha Grand Bridge\n\nThe Soha Grand Bridge (Korean: 소하대교; RR: Soha Daegyo) is a cable-stayed road bridge "
            "in Soha County.\n\nDesign\n\nThe bridge is 7.24 km (4.50 mi) long and carries four lanes of traffic.\n")
    assert owner_of(text, "four", ruleset) == "Soha Grand Bridge"
