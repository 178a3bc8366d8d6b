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
