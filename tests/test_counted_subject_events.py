"""An English clause of time whose subject is "it", after a main clause whose subject is a count of things (issue #14
item 5, session 18): "About 1.2 million passengers have used Cheongram Airport since it opened in 1997" — a count of
plural things is never "it", so "it" stands for the one name of the main clause (its object, a place the things
went to), and the event's date is that name's. fresh16 C1's English side ("An average of 14,820 vehicles a day
crossed the Soha Grand Bridge in the ten days after it opened to traffic on Nov 21") is this shape.

And a day read without its year (against the dateline, or as a day of no written year) is no event date in a
sentence that writes another year: "… in 2019, after it opened on Nov 21" may be a day of 2018 or of 2019, the
dateline's year is not written for it.

Own paraphrases, none from a gold set: an airport, a museum, a bridge, a school, a rowing club, a ski lift. Hard
negatives: two names in the main clause, a subject that is no count (a singular noun phrase "it" may stand for), a
plan ("will use … after it opens"), a verb of no one-off event, a day of no written year beside another year.
"""

from __future__ import annotations

import pytest

from factlint.config.ruleset import RuleSet
from tests.test_event_appositions import _findings, events, ruleset  # noqa: F401  (the fixture)

EN_DATELINE = "Published December 4, 2025\n\n"


@pytest.mark.parametrize("text, expected", [
    ("About 1.2 million passengers have used Cheongram Airport since it opened in 1997.",
     ("Cheongram Airport", "opened", "1997")),
    ("More than 3,000 visitors toured the Haram Science Museum in the week after it opened on 3 March 2024.",
     ("Haram Science Museum", "opened", "3 March 2024")),
    ("Nearly 400 students have graduated from Dalbit High School since it was founded in 1987.",
     ("Dalbit High School", "founded", "1987")),
    ("Only 38 members had joined the Haeun Rowing Club when it was founded in 2002.",
     ("Haeun Rowing Club", "founded", "2002")),
    # a day without its year, read against the dateline
    (EN_DATELINE + "Some 52,000 cars a day have crossed Garam Bridge since it was opened to traffic on Nov. 21.",
     ("Garam Bridge", "opened", "Nov. 21")),
    # a day without its year in undated wire copy: a day of no written year, compared in the other date's year
    ("SEORIM, South Korea, Dec 3 (Hanbit News) - An average of 9,400 skiers a day rode the Baekdu Gondola in the "
     "week after it opened on Nov 21, the resort said.",
     ("Baekdu Gondola", "opened", "Nov 21")),
])
def test_it_after_a_counted_subject_is_the_one_name(text: str, expected: tuple[str, str, str], ruleset: RuleSet) -> None:
    assert expected in events(text + "\n", ruleset)


@pytest.mark.parametrize("text", [
    # two names in the main clause: which one "it" stands for is not written
    "About 1.2 million passengers flew Haneul Air from Cheongram Airport since it opened in 1997.",
    # a subject that is no count: "it" may stand for the ferry
    "The ferry lost 40,000 passengers to Garam Bridge after it opened in 2011.",
    "A ferry lost passengers to Garam Bridge after it opened in 2011.",
    # the name modifies the noun "it" stands for: a possessor, a noun of a compound
    "Over 100 patients were treated in Haram Hospital's new wing after it opened in 2019.",
    "About 9,000 visitors used the Haram Museum gift shop after it opened in 2019.",
    # a plan: no event that took place
    "About 2,000 cars a day will use Garam Bridge after it opens in 2027.",
    # a verb of no one-off event
    "About 3,000 people attended the Silmaru Fair after it moved in 2019.",
    # a day of no written year beside another year: 2019's, or the year before
    EN_DATELINE + "Some 52,000 cars a day crossed Garam Bridge in 2019, after it opened to traffic on Nov. 21.",
])
def test_no_event_date(text: str, ruleset: RuleSet) -> None:
    assert events(text + "\n", ruleset) == []


ENGLISH = ("SEORIM, South Korea, Dec 3 (Hanbit News) - An average of 14,000 vehicles a day crossed the Garam Bridge in "
           "the ten days after it opened to traffic on Nov 21, officials said.")


def test_a_day_by_the_dateline_beside_another_year(ruleset: RuleSet) -> None:
    """A day without its year beside a year the sentence writes is read only when a word places it by the dateline."""
    def opening(sentence: str) -> list[tuple[str, str, str]]:
        return [e for e in events("입력 2025.12.04 09:00\n\n" + sentence + "\n", ruleset) if e[1] == "개통"]

    assert opening("가람대교는 2019년 착공해 지난달 21일 개통했다.") == [("가람대교", "개통", "21일")]
    assert opening("가람대교는 2019년 착공해 11월 21일 개통했다.") == []  # 2019's, or the dateline's year?
    assert opening("가람대교는 11월 21일 개통했다.") == [("가람대교", "개통", "11월 21일")]
    assert opening("가람대교는 2025년 착공해 11월 21일 개통했다.") == [("가람대교", "개통", "11월 21일")]  # the one year


def test_the_counted_shape_meets_the_korean_opening(ruleset: RuleSet) -> None:
    """The English day of no written year against a Korean article's full date of the same bridge: one contradiction,
    the English day placed in the Korean date's year."""
    found = _findings("입력 2025.12.04 09:00\n\n지난달 28일 개통한 가람대교를 하루 평균 1만 4천 대가 건넜다.", ENGLISH, ruleset)
    assert len(found) == 1
    assert "2025-11-21" in found[0] and "2025-11-28" in found[0]


def test_a_grand_bridge_is_the_korean_daegyo(ruleset: RuleSet) -> None:
    """대교 is written "Grand Bridge" as often as "Bridge" ("서해대교" ~ "Seohae Grand Bridge"): the same bridge."""
    english = ENGLISH.replace("the Garam Bridge", "the Garam Grand Bridge")
    found = _findings("입력 2025.12.04 09:00\n\n지난달 28일 개통한 가람대교를 하루 평균 1만 4천 대가 건넜다.", english, ruleset)
    assert len(found) == 1 and "2025-11-21" in found[0]
    # another bridge of that place's name is not it
    assert _findings("입력 2025.12.04 09:00\n\n지난달 28일 개통한 가람2교를 하루 평균 1만 4천 대가 건넜다.", english, ruleset) == []


def test_the_same_day_agrees(ruleset: RuleSet) -> None:
    assert _findings("입력 2025.12.04 09:00\n\n지난달 21일 개통한 가람대교를 하루 평균 1만 4천 대가 건넜다.", ENGLISH, ruleset) == []
