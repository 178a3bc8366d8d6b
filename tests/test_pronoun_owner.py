"""A personal pronoun in owner position stands for the entity the discourse is about (issue #14 item 2;
``binding._pronoun_owner``, ``binding/anaphora.py``): "Last year it welcomed …", "It covers an area of …" in an entry's
section, "X said on Thursday its … rose", "X told me he walks …", "… 자란 그는 … 27골을" after a person bound before.
Never for an empty "it", a comparison's object, a sentence naming another entity, a clause after another clause of
its sentence, a person's pronoun for a non-person (or the reverse), nor two entities of the kind in the sentence before."""

from __future__ import annotations

import pytest

from tests.test_owners import owner_of, ruleset  # noqa: F401  (the fixture)

ENTRY = ("Hwaseo Lake\n"
         "Hwaseo Lake (Korean: 화서호) is a reservoir in North Chungcheong Province, South Korea.\n"
         "== Geography ==\n"
         "{body}\n")


@pytest.mark.parametrize("body, figure", [
    ("It covers an area of 23.6 km² in the upper Namhan River basin.", "23.6 km²"),
    ("It holds about 412 million cubic metres of water.", "about 412 million cubic metres"),
    ("Last year it drew 1.2 million visitors.", "1.2 million"),
    ("Its mean depth is 8.4 m.", "8.4 m"),
])
def test_it_in_an_entry_section_is_the_entry(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(ENTRY.format(body=body), figure, ruleset) == "Hwaseo Lake"


WIRE = ("Dalmaru Foods posts record year\n"
        "SEOUL, Feb 6 (Reuters) - Dalmaru Foods, the country's third-largest snack maker, said on Thursday {body}\n")


@pytest.mark.parametrize("body, figure", [
    ("its fourth-quarter shipments rose 9% to 41,200 tonnes.", "41,200 tonnes"),
    ("its annual export volume reached 18,300 tonnes.", "18,300 tonnes"),
])
def test_its_after_a_verb_of_saying_is_the_speaker(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(WIRE.format(body=body), figure, ruleset) == "Dalmaru Foods"


FEATURE = ("A morning at the pool\n"
           "By Jo Lee\n\n"
           "The Sinpo Aquatic Centre sits beside the river. {body}\n")


@pytest.mark.parametrize("body, figure", [
    ("The centre opened in May. In its first month it logged 31,400 visits.", "31,400"),
    ("The centre opened in May. By the end of June it had sold 2,100 season passes.", "2,100"),
])
def test_it_after_a_definite_description_is_the_name_it_heads(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(FEATURE.format(body=body), figure, ruleset) == "Sinpo Aquatic Centre"


CITY = ("Gaeum\nGaeum (Korean: 가음시) is a city in South Gyeongsang Province, South Korea.\n"
        "== Climate ==\n"
        "{body}\n")


@pytest.mark.parametrize("body, figure", [
    ("The city's highest recorded temperature is 38.9 °C.", "38.9 °C"),
    ("Of the city's 41 schools, most are public.", "41"),
])
def test_a_definite_possessor_is_the_entity_the_text_calls_so(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(CITY.format(body=body), figure, ruleset) == "Gaeum"


@pytest.mark.parametrize("text, figure, owner", [
    ("On the ridge\nAt the top, a ranger named Kim Seo-jun told me he walks 40 km of trail a week.\n", "40 km", "Kim Seo-jun"),
    # a person the binder already binds (an apposed age), then 그는 as the topic of a later sentence
    ("묵령의 공격수\n박도현(27)은 묵령FC의 주장이다. 광부였던 아버지를 따라 묵령에서 자란 그는 지난 시즌 27골을 몰아쳤다.\n",
     "27골", "박도현"),
    ("청솔의 에이스\n최민준(31)은 청솔FC의 투수다. 그는 올 시즌 14승을 거뒀다.\n", "14승", "최민준"),
    # a person bound by an English apposed age ("Park Do-hyun, 27, said"), then "He" or 그는
    ("Mungnyeong striker\n\"We play for the town,\" Park Do-hyun, 27, said after the match. He scored 31 goals last season.\n",
     "31", "Park Do-hyun"),
    ("묵령 스트라이커\n\"마을을 위해 뛴다\" Park Do-hyun, 27, said after the match. 그는 지난 시즌 31골을 넣었다.\n", "31골",
     "Park Do-hyun"),
])
def test_a_persons_pronoun_is_the_person(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure", [
    # an empty "it"
    (ENTRY.format(body="It is expected that 2.1 million people will visit."), "2.1 million"),
    (ENTRY.format(body="It takes 3 hours to walk around."), "3 hours"),
    # a comparison's object, after a comma
    (ENTRY.format(body="Its depth averages 31 m, above the provincial average of 18 m."), "18 m"),
    # the sentence names another entity before the figure
    (ENTRY.format(body="Last year it and Chungju Lake drew 2.4 million visitors."), "2.4 million"),
    # a clause after another clause: its object may be what "it" stands for
    (ENTRY.format(body="In 2021 the province built a 3.2 km² park by the lake; by 2024 it hosted 27 festivals."), "27"),
    # "he" stands for no company, "it" for no person
    (WIRE.format(body="he expects shipments of 41,200 tonnes."), "41,200 tonnes"),
    ("On the ridge\nAt the top, a ranger named Kim Seo-jun told me it spans 40 km of trail.\n", "40 km"),
    # a percentage after a verb of change is the change's, not the level's
    (WIRE.format(body="its fourth-quarter shipments rose 9% to 41,200 tonnes."), "9%"),
    # "its" after a person speaking stands for no person ("chief executive Park said its sales …")
    ("Dalmaru results\nSEOUL, Feb 6 (Reuters) - Chief executive Park said on Thursday its annual export volume reached "
     "18,300 tonnes.\n", "18,300 tonnes"),
    # a pronoun is no speaker
    ("Dalmaru results\nAnalysts at Hanul Securities met on Monday. They said its margin was 8%.\n", "8%"),
    # the sentence before's verb took an object, which "its" may stand for (the phone)
    ("Dalmaru launches phone\nDalmaru Foods unveiled the Nova 7 on Monday. Its price is 1.2 million won.\n", "1.2 million won"),
    # a sentence before introduces a thing "it" may stand for
    (ENTRY.format(body="In 2019 the province built a new dam. It holds 412 million cubic metres of water."),
     "412 million cubic metres"),
    (ENTRY.format(body="The province built a new dam in 2019. It cost 30 billion won. Its crest is 1.2 km long."), "1.2 km"),
    # a forecast or a plan is no fact of the pronoun's entity
    (ENTRY.format(body="Last year it expected to draw 2.1 million visitors."), "2.1 million"),
    # a pronoun inside another clause (after "that", after a verb): its subject may be anyone
    (ENTRY.format(body="Analysts expect that it will draw 2.1 million visitors."), "2.1 million"),
    # a possessed part measured ("Its shoreline is 48 km long": the shoreline's length, not the lake's), a possessed
    # thing acting on what the figure counts ("the city's libraries lent 900,000 books": theirs)
    (ENTRY.format(body="Its shoreline is 48 km long."), "48 km"),
    (ENTRY.format(body="Its visitor centre hosts 27 exhibitions."), "27"),
    # another name between the person and "He": he may be that one
    ("Mungnyeong striker\n\"We play for the town,\" Park Do-hyun, 27, said. Coach Choi praised the team. He scored 31 goals "
     "as a player.\n", "31"),
    ("Mungnyeong striker\n\"We play for the town,\" Park Do-hyun, 27, said. The coach praised the team. He scored 31 goals "
     "as a player.\n", "31"),
    # a person named in another paragraph
    ("Mungnyeong striker\n\"We play for the town,\" Park Do-hyun, 27, said.\n\nHe scored 31 goals last season.\n", "31"),
    # two people in the sentence before: which one is not written
    ("청솔의 투수들\n최민준(31)과 박서진(29)은 청솔FC의 투수다. 그는 올 시즌 14승을 거뒀다.\n", "14승"),
    # "그 결과", "이는": no personal pronoun
    ("청솔의 에이스\n최민준(31)은 청솔FC의 투수다. 그 결과 구단은 올 시즌 14승을 거뒀다.\n", "14승"),
])
def test_no_pronoun_owner(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) not in ("Hwaseo Lake", "Dalmaru Foods", "Kim Seo-jun", "최민준", "박서진", "They", "Park Do-hyun", "Park", "Chief executive Park")


def test_a_comparisons_object_is_no_antecedent(ruleset) -> None:  # type: ignore[no-untyped-def]
    """"Its" after a sentence comparing two companies: never the compared one (Daon Motors)."""
    text = ("Hanbit results\nHanbit Motors sold 120,000 cars last year, more than the 90,000 sold by Daon Motors. "
            "Its operating margin was 8.1%.\n")
    assert owner_of(text, "8.1%", ruleset) != "Daon Motors"
