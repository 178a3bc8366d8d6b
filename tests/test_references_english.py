"""English references to an article's own things (issue #14, item 2: discourse; fresh8 C2 and C4): "the N" is the
document's one name headed by N, "it" opening a clause is the subject the sentence before opened with, and an
encyclopedia entry (a name for a title, a first sentence defining it) is about that name — "the company" and a
bare measure noun opening a clause ("exports reached …", "Revenue rose …") are its. Paraphrases of our own, each
with its hard negatives (two names of one head, a county's entry quoting companies, a person before "it", a
figure of another name in the same sentence, a headline over a news story)."""

from __future__ import annotations

import pytest

from factlint.binding import references
from factlint.model import Span
from tests.checks.test_bilingual import _findings
from tests.test_owners import bound, ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of, owner_of

HAEMIL = ("Haemil Foods\n\nHaemil Foods Co., Ltd. (Korean: 해밀식품) is a South Korean manufacturer of gochujang, "
          "headquartered in Danwol County.\n\n== Operations ==\n")
SEOHA = "Seoha Motors\n\nSeoha Motors Inc. is a South Korean carmaker based in Ulsan.\n\n"
DANWOL = "Danwol County\n\nDanwol County is a county in Gangwon Province. Haemil Foods and Daon Foods both run plants there.\n"


# --- an encyclopedia entry is about its title's name --------------------------------------------------------


@pytest.mark.parametrize("text, figure, attribute", [
    (HAEMIL + "According to the company's annual report, exports reached $21.4 million in 2024.\n", "$21.4 million",
     "exports"),
    (HAEMIL + "Revenue rose 13.7% to 134.2 billion won in 2024, from 118.0 billion won in 2023.\n", "134.2 billion won",
     "revenue"),
    (SEOHA + "== Sales ==\nIn 2024, revenue reached 1.2 trillion won.\n", "1.2 trillion won", "revenue"),
    (SEOHA + "Net profit fell 4% to 81 billion won in 2024.\n", "81 billion won", "net profit"),
])
def test_a_bare_measure_noun_in_an_encyclopedia_entry_is_the_topic_s(text: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == (text.split("\n")[0], attribute)


@pytest.mark.parametrize("text, figure", [
    (HAEMIL + "The company employs 412 people, roughly two-thirds of them at its main plant.\n", "412"),
    (SEOHA + "The company employs 4,120 people.\n", "4,120"),
])
def test_the_company_in_a_company_s_entry_is_the_company(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == text.split("\n")[0]


@pytest.mark.parametrize("text, figure", [
    # a headline over a news story defines nothing: no topic owns a bare measure noun
    ("Gochujang makers ship more abroad\n\nExports reached $21.4 million in 2024, the ministry said.\n", "$21.4 million"),
    # a county's entry: "the company" is one of two companies it names, which one is not written
    (DANWOL + "The company employs 412 people.\n", "412"),
    # a county is no company: its entry's topic does not own what "the company" does
    ("Danwol County\n\nDanwol County is a county in Gangwon Province.\n\nThe company employs 412 people.\n", "412"),
])
def test_no_topic_or_no_company_topic_leaves_the_figure_unowned(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) is None


@pytest.mark.parametrize("sentences", [
    "Daon Foods' exports reached $30.2 million in 2024.",
    # the sentence before is about another name: a bare measure noun continues it, not the entry's topic
    "Daon Foods opened a plant in 2019. In 2024, exports reached $30.2 million.",
    "Daon Foods opened a plant in 2019. Revenue rose 4% to $30.2 million in 2024.",
])
def test_another_name_s_measure_in_an_entry_stays_its_own(sentences: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(HAEMIL + sentences + "\n", "$30.2 million", ruleset) != "Haemil Foods"


SEOJIN = "Seojin Trading Company\n\nSeojin Trading Company is a Korean trading firm founded in 1988.\n\n"


@pytest.mark.parametrize("sentences", [
    # "the company" after a sentence another company opens: that one, whatever the one name ending in
    # "Company" is (session 13 review)
    "Hanbit Electronics said on Monday that it would build a plant. The company employs 5,200 people.",
    "Daon Foods opened a plant in 2019. The company employs 5,200 people.",
    # ... or in its own sentence, before the clause
    "Hanbit Electronics said on Monday that the company employs 5,200 people.",
])
def test_the_company_after_another_company_is_not_the_one_named_company(sentences: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(SEOJIN + sentences + "\n", "5,200", ruleset) != "Seojin Trading Company"


def test_the_company_named_company_after_its_own_sentence_is_it(ruleset) -> None:  # type: ignore[no-untyped-def]
    """The guard needs another opener: after a sentence about the entry itself "the company" is still its."""
    text = SEOJIN + "Seojin Trading Company moved to Busan in 2001. The company employs 5,200 people.\n"
    assert owner_of(text, "5,200", ruleset) == "Seojin Trading Company"


PARK = ("Danwolsan draws crowds\nFeb. 3, 2025\n\nBy Mina Cho\n\nDanwolsan National Park lies in Danwol County. "
        "The Danwol Tunnel will link the county to the coast.\n\n")


@pytest.mark.parametrize("sentence, figure", [
    # "The N W V": W a noun of a compound, the service or the contractor is no name of the text (session 13 review)
    ("The park service employs 120 rangers.", "120"),
    ("The park authority expects 4 million visitors this year.", "4 million"),
    ("The tunnel contractor employs 800 people.", "800"),
    ("The tunnel builders hired 300 workers last year.", "300"),
    # "it" after such a sentence is the compound's thing too
    ("The park service was founded in 1987. It employs 120 rangers.", "120"),
    # a figure modifying an indefinite noun phrase is that phrase's ("a 2.3 km bypass"), not what "it" is
    ("The tunnel was approved in 2019. It runs past a 2.3 km bypass that opened in 2010.", "2.3 km"),
])
def test_a_compound_or_a_modified_noun_is_not_the_named_thing(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(PARK + sentence + "\n", figure, ruleset) not in ("Danwolsan National Park", "Danwol Tunnel")


@pytest.mark.parametrize("sentence, figure, owner", [
    ("The park received 3.68 million visitors last year.", "3.68 million", "Danwolsan National Park"),
    ("The park is popular with hikers. It has 86 km of trails.", "86 km", "Danwolsan National Park"),
])
def test_the_n_and_its_verb_still_name_the_thing(sentence: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    """The guards leave 'The N VERB' alone, and a byline above the name is no part of it ("Mina Cho\n\nDanwolsan
    National Park" was the owner's name on main)."""
    assert owner_of(PARK + sentence + "\n", figure, ruleset) == owner


@pytest.mark.parametrize("text, figure, wrong", [
    # another name of the kind written "N of X" stands between (session 13 review)
    ("Rates and loans\nFeb. 25, 2025\n\nHanbit Bank raised deposit rates on Monday. Later, the Bank of Korea cut its "
     "base rate to 3%. The bank said household loans rose to 1,100 trillion won.\n", "1,100 trillion won", "Hanbit Bank"),
    ("Ports\nFeb. 25, 2025\n\nDanwol Port opened in 2019. The Port of Busan handled more ships. The port handled "
     "2.1 million containers.\n", "2.1 million", "Danwol Port"),
    # "The N W, NAME, …": W is a noun with a name in apposition, no verb of the N
    ("Tunnel\nFeb. 25, 2025\n\nDaon Foods has a plant near Danwol Tunnel. The tunnel builder, Seoha Construction "
     "Company, said the company employs 900 people.\n", "900", "Danwol Tunnel"),
])
def test_another_name_of_the_kind_or_an_apposed_compound(text: str, figure: str, wrong: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) != wrong


def test_the_topic_is_read_only_from_a_name_title_and_a_defining_sentence() -> None:
    topic = references.encyclopedia_topic(HAEMIL)
    assert topic is not None and topic[0].text == "Haemil Foods" and topic[1]
    county = references.encyclopedia_topic(DANWOL)
    assert county is not None and county[0].text == "Danwol County" and not county[1]
    assert references.encyclopedia_topic("Haemil Foods ships more\n\nHaemil Foods said on Monday it shipped more.\n") is None


# --- "the N" is the one name headed by N ------------------------------------------------------------------------


@pytest.mark.parametrize("text, figure, owner, attribute", [
    ("Park visits climb\n\nA new cable car in Danwolsan National Park has drawn crowds.\n\n"
     "The park received 3.68 million visitors in 2024, according to the Korea National Park Service.\n",
     "3.68 million", "Danwolsan National Park", "visitors"),
    ("Museum reopens\n\nThe Gwangmyeong Cave Museum reopened on Monday after repairs.\n\n"
     "The museum drew 410,000 visitors in 2024.\n", "410,000", "Gwangmyeong Cave Museum", "visitors"),
    ("Bridge opens\n\nHallim Bridge opened to traffic in 2019.\n\nThe bridge spans 1.2 km across the bay.\n",
     "1.2 km", "Hallim Bridge", "length"),
])
def test_the_n_is_the_one_name_headed_by_n(text: str, figure: str, owner: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == (owner, attribute)


def test_the_n_whose_verb_takes_a_named_object_owns_nothing(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "Fund deal\n\nThe Hanbit Growth Fund was set up in 2019.\n\nThe fund gave Daon Foods revenue of 30 billion won.\n"
    assert owner_of(text, "30 billion won", ruleset) != "Hanbit Growth Fund"


@pytest.mark.parametrize("text, figure", [
    # two parks before "the park": which one is not written
    ("Park visits climb\n\nSeorak National Park and Danwolsan National Park both posted records.\n\n"
     "The park received 3.68 million visitors in 2024.\n", "3.68 million"),
    # another park introduced after the name: "the park" is that one
    ("Park visits climb\n\nA cable car in Danwolsan National Park opened. The county plans a second park near the lake.\n\n"
     "The park received 3.68 million visitors in 2024.\n", "3.68 million"),
])
def test_the_n_with_no_one_name_of_its_head_owns_nothing(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) is None


def test_another_name_s_figure_in_the_same_sentence_is_not_the_definite_subject_s(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Park visits climb\n\nA cable car in Danwolsan National Park opened in October.\n\n"
            "The park received 3.68 million visitors in 2024, while Seorak National Park drew 2.9 million visitors.\n")
    assert owner_of(text, "3.68 million", ruleset) == "Danwolsan National Park"
    assert owner_of(text, "2.9 million", ruleset) != "Danwolsan National Park"


# --- "it": the subject the sentence before opened with -----------------------------------------------------------


TUNNEL = "Tunnel crews pass halfway mark\n\nCrews on the Danwol Tunnel passed the halfway point last week.\n\n"
LARGEST = "The tunnel is the largest public works project in the county's history."


@pytest.mark.parametrize("sentences, expected", [
    (f"{LARGEST} When complete, it will run 6.4 km beneath Mount Dogye.", ("Danwol Tunnel", "length")),
    (f"{LARGEST} It will stretch 6.4 km beneath Mount Dogye.", ("Danwol Tunnel", "length")),
    (f"{LARGEST} It runs 6.4 km beneath Mount Dogye.", ("Danwol Tunnel", "length")),
    # the sentence before opens with a person's role: "it" is not the tunnel because a tunnel was named
    ("The engineer, Choi Eun-ji, joined the project in 2021. When complete, it will run 6.4 km beneath Mount Dogye.",
     None),
    # two tunnels: "the tunnel" is neither
    ("The tunnel is longer than Seorak Tunnel. When complete, it will run 6.4 km beneath Mount Dogye.", None),
])
def test_it_is_the_subject_before_and_the_n_the_one_name_headed_by_n(sentences: str, expected: tuple[str, str] | None,
                                                                     ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(f"{TUNNEL}{sentences}\n", "6.4 km", ruleset)
    assert found == expected or expected is None and (found is None or found[0] != "Danwol Tunnel")


def test_run_measures_no_length_of_a_time(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "Drama sails on\n\n\"Gate of the Sea\" had sold 8.12 million tickets. The film runs 138 minutes.\n"
    found = claim_of(text, "138 minutes", ruleset)
    assert found is None or found[1] != "length"


def test_a_goal_of_the_definite_subject_is_a_goal(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Park visits climb\n\nA new cable car in Danwolsan National Park has drawn crowds.\n\n"
            "The park hopes to draw 4 million visitors by 2027.\n")
    found = [b for b in bound(text, ruleset) if b.quantity.text == "4 million"]
    assert found and (found[0].claim is None or found[0].claim.goal)


# --- a length of the finished thing, across languages (fresh8 C4) -------------------------------------------------

TUNNEL_EN = ("Danwol Tunnel crews pass halfway mark\nPublished March 4, 2025\n\n"
             "Crews on the Danwol Tunnel passed the halfway point of excavation last week, county officials said.\n\n"
             "The tunnel is the largest public works project in the county's history. {}\n")


@pytest.mark.parametrize("sentence, design", [
    ("When complete, it will run 6.4 km beneath Mount Dogye.", True),
    ("Once finished, the bridge will span 1.2 km across the bay.", True),
    # a change of a thing that stands already, a hope, a count: no design
    ("Once finished, the runway will be extended to 3.2 km.", False),
    ("The county hopes it will run 6.4 km.", False),
])
def test_a_dimension_once_built_is_the_design(sentence: str, design: bool) -> None:
    figure = sentence.index(" km") - 3
    assert references.finished_dimension(sentence, Span(0, len(sentence)), Span(figure, figure + 6)) is design


@pytest.mark.parametrize("ko, found", [
    ("단월터널 공사 현황\n\n2025년 3월 5일\n\n단월터널의 연장은 5.2㎞다.\n", ["ko.txt 단월터널 · length 5.2㎞"]),
    ("단월터널 공사 현황\n\n2025년 3월 5일\n\n단월터널의 연장은 6.4㎞다.\n", []),  # the same length
    # a trail's length in the park is no length of the tunnel ("탐방로 총연장": a part's measure, another entity)
    ("단월산국립공원 현황\n\n2025년 3월 5일\n\n단월산국립공원의 탐방로 총연장은 86㎞다.\n", []),
])
def test_the_tunnel_s_length_meets_the_korean_연장(tmp_path, ko: str, found: list[str], ruleset) -> None:  # type: ignore[no-untyped-def]
    en = TUNNEL_EN.format("When complete, it will run 6.4 km beneath Mount Dogye.")
    assert _findings(tmp_path, ruleset, {"en.txt": en, "ko.txt": ko}) == found


def test_a_goal_length_is_not_compared_with_a_length(tmp_path, ruleset) -> None:  # type: ignore[no-untyped-def]
    en = TUNNEL_EN.format("The county hopes it will run 6.4 km beneath Mount Dogye.")
    assert _findings(tmp_path, ruleset, {"en.txt": en, "ko.txt": "단월터널 공사 현황\n\n2025년 3월 5일\n\n단월터널의 연장은 5.2㎞다.\n"}) == []


# --- a verb before a count of people names its measure ---------------------------------------------------------


@pytest.mark.parametrize("text, figure, attribute", [
    (SEOHA + "Seoha Motors employs 4,120 people at two plants.\n", "4,120", "employees"),
    (SEOHA + "Seoha Motors, founded in 1998 and employing 4,120 people, plans to list.\n", "4,120", "employees"),
    # a verb with no measure of its own stays the attribute: hiring is no headcount
    (SEOHA + "Seoha Motors hired 310 people in 2024.\n", "310", "hired"),
])
def test_employs_n_people_measures_employees(text: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(text, figure, ruleset)
    assert found is not None and found[1] == attribute


def test_the_company_after_a_sentence_about_another_company_is_not_the_entry_s(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = HAEMIL + "Daon Foods opened a plant in 2019. The company employs 310 people.\n"
    assert owner_of(text, "310", ruleset) != "Haemil Foods"


JEONJU = ("Jeonju Air\n\nJeonju Air (Korean: 전주항공) is a South Korean low-cost carrier based at Gunsan Airport.\n\n"
          "== Operations ==\nThe carrier flew 4.2 million passengers in 2024. It operates 14 aircraft.\n")


@pytest.mark.parametrize("text, owner", [
    (JEONJU, "Jeonju Air"),  # "It" after "The carrier", in an airline's entry: the airline
    # a news story naming two carriers: neither "the carrier" nor "it" is decided
    ("Budget airlines grow\n\nJeonju Air and Gunsan Air both added routes.\n\n"
     "The carrier flew 4.2 million passengers in 2024. It operates 14 aircraft.\n", None),
])
def test_it_after_the_carrier_in_an_airline_s_entry(text: str, owner: str | None, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, "4.2 million", ruleset) == owner
    assert owner_of(text, "14", ruleset) == owner


@pytest.mark.parametrize("sentence, figure", [
    # a difference past something, not the thing's length (session 13 review)
    ("The Danwol Bridge was finished in 2010. It extends 300 m beyond the old pier.", "300 m"),
    ("The Danwol Bridge was finished in 2010. It runs 2 km further than the old bridge.", "2 km"),
    ("The Danwol Bridge was finished in 2010. It stretches 400 m longer than planned.", "400 m"),
])
def test_a_length_past_something_is_no_length(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of("Bridges\n\n" + sentence + "\n", figure, ruleset)
    assert got is None or got[1] != "length", got


@pytest.mark.parametrize("sentence, figure", [
    ("The Danwol Bridge was finished in 2010. It extends 300 m into the bay.", "300 m"),
    ("The Danwol Bridge was finished in 2010. It runs 1.2 km from the station to the port.", "1.2 km"),
])
def test_a_length_of_running_or_extending_is_still_its_length(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of("Bridges\n\n" + sentence + "\n", figure, ruleset) == ("Danwol Bridge", "length")
