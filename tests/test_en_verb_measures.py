"""English figures whose attribute is said by a verb or a fixed frame, not by a noun (issue #14, items 1 and 3):
"X, covering 1,849 km²" (area), "Its main auditorium seats 1,480" (seats), "priced at 45,000 won" (price), "recorded
40.1 °C" (a temperature: the unit decides for a vague verb), "X, a city of about 439,000 people" (population), "At 340
MW, X is …" (the size the unit's dimension names), "The bridge cost 115 billion won" (cost). The owner is the verb's
subject, the name a participle or relative clause hangs on, or the name a noun phrase is apposed to. Written on
topics of our own, each frame with hard negatives (a goal, another entity's figure, a frame with no name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_owners import bound, ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_cross_article_owners import _lint
from tests.test_owners_blind import claim_of


def _ctx(name: str, sentence: str) -> str:
    """A headline and a sentence that writes the name inside it (a name the binder can check), then ``sentence``."""
    return f"Briefing\nVisitors came to {name} on Sunday. {sentence}\n"


# --- a verb whose object is the figure: covers, seats, priced at, cost -------------------------------------------


@pytest.mark.parametrize(("name", "sentence", "figure", "attribute"), [
    ("Tamna Island", "Tamna Island is a volcanic island off the south coast, covering 1,849 square kilometres.",
     "1,849 square kilometres", "area"),
    ("Lake Bora", "Lake Bora, covering 48 km², is the largest lake in the province.", "48 km²", "area"),
    ("the Gaya Wetland", "The Gaya Wetland, which covers 8.6 km², was protected in 2008.", "8.6 km²", "area"),
    ("Namsan Stadium", "Namsan Stadium seats 32,000.", "32,000", "seats"),
    ("the Daerim Arena", "The Daerim Arena, which seats 8,500, opened in 2019.", "8,500", "seats"),
    # (the verb outranks the counted noun: places, not an attendance)
    ("Songdo Arena", "Songdo Arena seats about 6,200 spectators.", "about 6,200", "seats"),
    ("the Hanul Pass", "The Hanul Pass, priced at 45,000 won, went on sale in May.", "45,000 won", "price"),
    ("the Hwaseong Bridge", "The Hwaseong Bridge cost 115 billion won.", "115 billion won", "cost"),
])
def test_the_verb_names_the_measure_and_its_subject_or_host_owns_it(name: str, sentence: str, figure: str,
                                                                     attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    owner = name.removeprefix("the ")
    assert claim_of(_ctx(name, sentence), figure, ruleset) == (owner, attribute)


def test_its_hall_seats_is_the_measure_of_what_the_sentence_before_opened_with(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "Concerts\nThe orchestra plays at Gwangmyeong Hall. Gwangmyeong Hall opened in 2012. Its main auditorium seats 1,480.\n"
    assert claim_of(text, "1,480", ruleset) == ("Gwangmyeong Hall", "seats")
    # (past a gloss and an apposition: the subject the sentence before opened with)
    text = ("Culture\nThe Haneul Arts Centre (하늘아트센터), designed by the Busan firm Studio Ma, opened on 3 May 2019. "
            "Its main hall seats 1,200, and the building covers 9,800 m².\n")
    assert claim_of(text, "1,200", ruleset) == ("Haneul Arts Centre", "seats")


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The trip costs him two hours.", "two hours"),  # no money: no price
    # a participle right after a noun phrase measures that phrase, not the subject
    ("It plans a second phase off Seoha costing about 900 billion won.", "about 900 billion won"),
    ("Hanbit Mobility added a depot covering 12 km².", "12 km²"),
    # the verb's subject gapped in a relative clause: the project's, which no name says
    ("Hanbit Mobility broke ground on a depot, a project the company says will cost 31 billion won.", "31 billion won"),
    ("The new pass costs 2,000 won more than the old one.", "2,000 won"),  # a difference
    ("Hanbit Mobility employs a 3-step process.", "3"),  # a process, no staff
])
def test_a_verb_of_measure_with_a_figure_it_does_not_measure_makes_no_claim(sentence: str, figure: str,
                                                                           ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(_ctx("Hanbit Mobility", sentence), figure, ruleset) is None


def test_another_entity_s_figure_in_the_same_sentence_is_not_the_subject_s(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = _ctx("the Daerim Arena", "The Daerim Arena seats 8,500, more than Songdo Arena's 6,200.")
    assert claim_of(text, "8,500", ruleset) == ("Daerim Arena", "seats")
    found = claim_of(text, "6,200", ruleset)
    assert found is None or found[0] != "Daerim Arena"


def test_a_goal_to_employ_is_no_count_of_employees(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = _ctx("Hanbit Mobility", "Hanbit Mobility aims to employ 1,000 people by 2028.")
    found = [b for b in bound(text, ruleset) if b.quantity.text == "1,000"]
    assert found and (found[-1].claim is None or found[-1].claim.qualifiers.get("status") == "goal")


# --- a vague verb: the unit decides ------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "sentence", "figure"), [
    ("Daejin", "Daejin recorded 38.2 °C on 3 August.", "38.2 °C"),
    ("Miryang", "Miryang hit 39.8 °C on Monday.", "39.8 °C"),
    ("Yeongcheon", "Yeongcheon topped 40 °C for the first time.", "40 °C"),
    # (the subject noun is the city the name is, not a measure)
    ("Daejin", "The city of Daejin reached 39.1 °C on Sunday.", "39.1 °C"),
    ("Miryang", "At 39.8 °C, Miryang was the hottest place in the country.", "39.8 °C"),
])
def test_a_verb_of_reaching_with_a_temperature_is_a_temperature(name: str, sentence: str, figure: str,
                                                                ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(_ctx(name, sentence), figure, ruleset) == (name, "temperature")


def test_a_verb_of_reaching_with_a_count_is_no_temperature(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(_ctx("Daejin", "Daejin reached 1 million residents in 2020."), "1 million", ruleset)
    assert found is None or found[1] != "temperature"
    # a noun that names a temperature keeps its own words
    found = claim_of(_ctx("Daejin", "The average temperature in August was 26.9 °C."), "26.9 °C", ruleset)
    assert found is None or found[1] != "temperature"


# --- frames: "a city of N", "At N, X is …" ------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "sentence", "figure", "owner"), [
    ("Cheongram", "Cheongram, a city of about 439,000 people, lies south of Seoul.", "about 439,000", "Cheongram"),
    ("Gyeongsan", "Gyeongsan, a city of 270,000, is home to 12 universities.", "270,000", "Gyeongsan"),
    ("Sokcho", "Sokcho, a port city of roughly 83,000 people, relies on tourism.", "roughly 83,000", "Sokcho"),
    # a county is "X County" in English, as the apposition says (session 20: the gold writes it so)
    ("Danyang", "Danyang, a county of some 28,000 residents, sits on the river.", "some 28,000", "Danyang County"),
])
def test_a_place_of_n_people_apposed_to_a_name_is_its_population(name: str, sentence: str, figure: str, owner: str,
                                                                 ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(_ctx(name, sentence), figure, ruleset) == (owner, "population")


def test_a_city_of_n_with_no_name_is_no_claim(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of("Briefing\nInvestors visited a city of 300,000 this week.\n", "300,000", ruleset) is None


@pytest.mark.parametrize(("name", "sentence", "figure", "attribute"), [
    ("Seomun Wind", "At 340 MW, Seomun Wind is the largest farm in the region.", "340 MW", "capacity"),
    ("Tamna Island", "At 1,849 km², Tamna Island is the largest island in the country.", "1,849 km²", "area"),
    ("Dogye Tunnel", "At 6.4 km, Dogye Tunnel is the longest road tunnel in the province.", "6.4 km", "length"),
])
def test_a_measure_fronted_with_at_is_the_size_of_the_subject(name: str, sentence: str, figure: str, attribute: str,
                                                              ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(_ctx(name, sentence), figure, ruleset) == (name, attribute)


def test_a_time_fronted_with_at_sizes_nothing(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = _ctx("Seomun Wind", "At 9 am, Seomun Wind produced 40 MW.")
    found = claim_of(text, "40 MW", ruleset)
    assert found is None or found[1] != "capacity"


# --- the English side keys with the Korean one: one finding when the values differ, none when they agree ---------


# (Korean article, English article with {v}, the Korean value in English notation, another value, the measure)
PAIRS = [
    ("보라호\n보라호는 도내에서 가장 큰 호수다. 보라호의 면적은 48㎢이다.\n",
     "Lake Bora\nAnglers love Lake Bora. Lake Bora, covering {v} km², is the largest lake in the province.\n",
     "48", "52", "area"),
    ("아람누리\n아람누리는 2007년 문을 열었다. 아람누리는 객석 1,480석 규모다.\n",
     "Aramnuri\nThe orchestra plays at Aramnuri. Aramnuri opened in 2007. Its main auditorium seats {v}.\n",
     "1,480", "1,840", "seats"),
    ("서문풍력\n서문풍력은 2024년 상업운전을 시작했다. 서문풍력의 설비용량은 340㎿다.\n",
     "Seomun Wind\nEngineers finished Seomun Wind in 2024. At {v} MW, Seomun Wind is the largest farm in the region.\n",
     "340", "400", "installed capacity"),
    ("화성대교\n화성대교는 2020년 개통했다. 화성대교의 총사업비는 1,150억 원이다.\n",
     "Hwaseong Bridge\nCars crossed the Hwaseong Bridge in 2020. The Hwaseong Bridge cost {v} billion won.\n",
     "115", "125", "project cost"),
    ("가온\n가온은 내륙 도시다. 가온의 인구는 43만 9천 명이다.\n",
     "Gaon\nInvestors visited Gaon this week. Gaon, a city of {v} people, lies south of Seoul.\n",
     "439,000", "452,000", "population"),
]


@pytest.mark.parametrize(("ko", "en", "same", "other", "key"), PAIRS)
def test_a_korean_and_an_english_figure_of_one_measure_meet(tmp_path: Path, ko: str, en: str, same: str, other: str,
                                                            key: str) -> None:
    # (both of one year: a dateline under each headline)
    ko = ko.replace("\n", "\n입력 2026.03.03 10:00\n", 1)
    en = en.replace("\n", "\nBy Staff | March 4, 2026\n", 1)
    found = _lint(tmp_path, {"ko.txt": ko, "en.txt": en.format(v=other)})
    assert len(found) == 1 and f" · {key}" in found[0], found
    (tmp_path / "en.txt").unlink()
    assert _lint(tmp_path, {"en2.txt": en.format(v=same)}) == []


def test_two_days_temperatures_of_one_city_never_meet(tmp_path: Path) -> None:
    # (a day's maximum: no measure a claim's year or month could key; "recorded 39.9 °C" on another day is no clash)
    found = _lint(tmp_path, {"ko.txt": "대구 폭염\n2025년 8월 3일 대구의 낮 최고기온이 39.2℃를 기록했다.\n",
                             "ko2.txt": "대구 폭염\n2025년 8월 9일 대구의 낮 최고기온이 37.5℃를 기록했다.\n",
                             "en.txt": "Heat in Daegu\nResidents of Daegu stayed indoors. Daegu recorded 39.9 °C in August 2025.\n"})
    assert found == []
