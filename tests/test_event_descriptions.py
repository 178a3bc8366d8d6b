"""An English event date whose subject is a definite description with a relative clause (session 19,
factlint/binding/events.py ``_definite_name``): "The museum, which opened in 2009," after "the Seoha Museum of Natural
History" (fresh6: the whole name its head opens an "of" phrase of), "The four-day show, which opened on Oct. 8," after
"the Beoldam International Drone Expo" (fresh17 C2: a generic noun of events stands for the one event name before it).

Own paraphrases (a gallery of art, a fair, a festival). Hard negatives: two names of the head ("of Art" and "of
Science"), two event names before the description, a name of events only after it, a description of another kind
("The plant").
"""

from __future__ import annotations

import pytest

from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse
from tests.test_event_appositions import events, ruleset  # noqa: F401  (the fixture)

EN_DATELINE = "Published October 14, 2025\n\n"


@pytest.mark.parametrize("text, expected", [
    ("The Daon Gallery of Modern Art welcomed 412,000 visitors last year. The gallery, which opened in 2009, houses "
     "some 9,000 works.", ("Daon Gallery of Modern Art", "opened", "2009")),
    ("Makers came from 18 countries to the Haram International Robot Fair this week. The four-day show, which opened on "
     "Oct. 8, runs through Monday.", ("Haram International Robot Fair", "opened", "Oct. 8")),
    ("Crowds filled the Seoha Lantern Festival again. The event, which opened on 3 October 2025, ends on Sunday.",
     ("Seoha Lantern Festival", "opened", "3 October 2025")),
])
def test_a_definite_description_with_a_relative_clause_dates_the_name_it_stands_for(
        text: str, expected: tuple[str, str, str], ruleset: RuleSet) -> None:
    assert expected in events(EN_DATELINE + text + "\n", ruleset)


@pytest.mark.parametrize("text", [
    # two names the head opens an "of" phrase of: which gallery is not written
    "The Daon Gallery of Modern Art and the Daon Gallery of Science are both busy. The gallery, which opened in 2009, "
    "houses 9,000 works.",
    # two event names before the description
    "The Haram Robot Fair and the Haram Drone Expo share a hall. The four-day show, which opened on Oct. 8, runs on.",
    # the event's name only after the description
    "The four-day show, which opened on Oct. 8, runs through Monday. It is the Haram Robot Fair's seventh edition.",
    # a description of another kind
    "Makers came to the Haram International Robot Fair. The plant, which opened in 2009, makes its robots.",
])
def test_no_date_for_a_description_the_text_does_not_pin_down(text: str, ruleset: RuleSet) -> None:
    assert events(EN_DATELINE + text + "\n", ruleset) == []


KO_HEAD = "[해설] 하온, 숫자 너머를 봐야 할 때\n2025-11-05 | 윤석진 논설위원\n\n하온의 인구는 줄었다. 하온에 둥지를 튼 기업은 84곳이다.\n\n"


@pytest.mark.parametrize("sentence, expected", [
    # a place the text writes on its own and a transliterated name, described by a founding: a club's name
    ("2019년 창단한 하온 팰컨스는 올해 정규리그 2위에 올랐다.", ("하온 팰컨스", "창단", "2019년")),
    # a descriptor before it ("시민구단"), the place's possessive after it
    ("2020년 창단한 시민구단 하온 블랙베어스의 박도현은 가장 유명한 얼굴이다.", ("하온 블랙베어스", "창단", "2020년")),
])
def test_a_korean_founding_describes_a_placed_transliterated_name(sentence: str, expected: tuple[str, str, str],
                                                                  ruleset: RuleSet) -> None:
    assert expected in events(KO_HEAD + sentence + "\n", ruleset)


@pytest.mark.parametrize("sentence", [
    "2019년 설립된 하온 본사는 올해 2위에 올랐다.",  # a common noun after the place
    "2019년 개관한 하온 센터는 올해 2위에 올랐다.",  # a loanword of two syllables: a common noun (센터)
    "2019년 개관한 하온 아레나는 올해 2위에 올랐다.",  # no consonant written alone at its end
    "2019년 창단한 다온 팰컨스는 올해 정규리그 2위에 올랐다.",  # a first word the text writes nowhere else
])
def test_no_korean_founding_of_a_common_noun_or_an_unknown_place(sentence: str, ruleset: RuleSet) -> None:
    assert events(KO_HEAD + sentence + "\n", ruleset) == []


# Session 19 review (item 9): a head introduced again between the name and the description ("a small private
# museum") is the one the description stands for; a recurring event's opening is of one edition.
@pytest.mark.parametrize("text", [
    # the reviewer's case: the indefinite museum after the name is the one "The museum" stands for
    "Kim Ha-na, a former curator at the Seoha Museum of Natural History, now runs a small private museum in Beoldam. "
    "The museum, which opened in 2019, has 800 specimens.",
    # own paraphrases: another gallery introduced since; an event word introduced since a fair's name
    "Park Ji-o left the Daon Gallery of Modern Art in 2015 and set up another gallery in Seoha. The gallery, which "
    "opened in 2017, shows local painters.",
    "Exhibitors at the Haram International Robot Fair also went to a trade show in Busan. The show, which opened on "
    "Oct. 2, drew 9,000 visitors.",
])
def test_no_date_for_a_name_when_the_head_is_introduced_again_before_the_description(text: str,
                                                                                     ruleset: RuleSet) -> None:
    assert events(EN_DATELINE + text + "\n", ruleset) == []


def _contradictions(texts: dict[str, str], ruleset: RuleSet) -> list[str]:
    docs = [parse(path, text.encode()) for path, text in texts.items()]
    return [f.message for f in lint_documents(docs, ruleset).findings if f.rule == "event-date-contradiction"]


THIS_EDITION = ("The Beoldam International Drone Expo closed on Sunday with record orders. The four-day show, which "
                "opened on Oct. 8, drew 41,000 visitors.\n")


@pytest.mark.parametrize("other", [
    # the reviewer's case: last year's edition, its year written
    "Last year's Beoldam International Drone Expo was smaller. The show, which opened on Oct. 10, 2024, drew 32,000 "
    "visitors.\n",
    # own paraphrases: an edition of an earlier year; a dated article of another year
    "The 2023 Beoldam International Drone Expo drew 25,000 visitors. The event, which opened on 12 October 2023, "
    "ran for three days.\n",
    "Published October 20, 2024\n\nThe Beoldam International Drone Expo closed on Sunday. The four-day show, which "
    "opened on Oct. 10, drew 32,000 visitors.\n",
])
def test_a_yearless_opening_of_a_recurring_event_is_not_compared_with_another_editions(other: str,
                                                                                       ruleset: RuleSet) -> None:
    assert _contradictions({"this.txt": THIS_EDITION, "other.txt": other}, ruleset) == []


def test_one_edition_still_compares_with_itself(ruleset: RuleSet) -> None:
    a = "Published October 12, 2025\n\n" + THIS_EDITION
    b = ("Published October 14, 2025\n\nThe Beoldam International Drone Expo closed on Monday. The four-day show, "
         "which opened on Oct. 10, drew 118,000 visitors.\n")
    found = _contradictions({"a.txt": a, "b.txt": b}, ruleset)
    assert len(found) == 1 and "edition of 2025" in found[0]


def test_an_apposition_of_the_name_introduces_no_other_one(ruleset: RuleSet) -> None:
    text = ("Makers came to the Haram International Robot Fair, an annual event in the port city. The event, which "
            "opened on Oct. 8, runs through Monday.")
    assert ("Haram International Robot Fair", "opened", "Oct. 8") in events(EN_DATELINE + text + "\n", ruleset)
