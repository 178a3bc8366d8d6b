"""Event dates whose owner is the event verb's subject though the date does not follow a bare name (issue #14 item 5,
session 17): an English subject a name with "the" and its descriptors, a name in apposition to a common noun, a name
with a long aside, a definite common noun the text names once, "It"; a Korean subject with a figure in its relative
clause, a subject carried from the sentence before (a name the binder reads by structure only); and the event words
that key one event across languages (창단 and founded, 폐광 and closed, 개장 and opened).

Own paraphrases, none from a gold set: a colliery, a refinery, a bridge, a logistics centre, a pool, a station, a wind
farm, a team. Hard negatives: a noun a preposition or a verb governs ("the bridge to Seopo Island"), two names of one
head, a closing for a while ("closed to traffic"), a season's closing (an object), a demonstrative or a common noun in
the sentence before, another paragraph, another event of the entity (its opening against its closing).
"""

from __future__ import annotations

import pytest

from factlint.config.ruleset import RuleSet
from tests.test_event_appositions import _findings, events, ruleset  # noqa: F401  (the fixture)

EN_DATELINE = "Published October 14, 2025\n\n"
# a title the sentences do not name, then a Korean dateline
KO_HEAD = "지역 소식\n\n입력 2025.10.14 09:12\n\n"


@pytest.mark.parametrize("text, expected", [
    # a name in apposition to the common noun that opens the subject
    ("The last mine, Daeho Colliery, closed in 1994, and the town shrank by half.", ("Daeho Colliery", "closed", "1994")),
    # a name after "the" and its descriptors, a conjunction of time first
    ("After the state-owned Hanseo Refinery opened in 1972, the port grew quickly.", ("Hanseo Refinery", "opened", "1972")),
    ("Tolls were dropped; the 8.4-kilometre Garam Bridge finally opened on 3 May 2011.", ("Garam Bridge", "opened", "3 May 2011")),
    # a name with an aside that holds a figure's thousands
    ("The Seoha Logistics Centre, a sorting site with a floor area of 120,000 m², opened in March 2024.",
     ("Seoha Logistics Centre", "opened", "March 2024")),
    # a definite common noun the sentence before names, a day without its year read against the dateline
    ("The Daon Aquatic Centre has a 25-metre pool. The centre opened on 6 September, and crowds followed.",
     ("Daon Aquatic Centre", "opened", "6 September")),
    ("Cheongsol County lies on the south coast. The county was established in 1914 by decree.",
     ("Cheongsol County", "established", "1914")),
    # "It": the topic of the sentence before
    ("Gaon Station was founded in 2001 by the city. It opened in 2004 after three years of work.",
     ("Gaon Station", "opened", "2004")),
])
def test_an_english_event_of_its_whole_subject(text: str, expected: tuple[str, str, str], ruleset: RuleSet) -> None:
    assert expected in events(EN_DATELINE + text + "\n", ruleset)


@pytest.mark.parametrize("text", [
    "The bridge to Seopo Island opened in 2011.",  # the bridge's opening, not the island's
    "The tunnel linking Seopo Island opened in 2011.",  # a name a verb governs
    "The Daon Aquatic Centre and the Seoha Aquatic Centre are both busy. The centre opened on 6 September 2024.",
    "Garam Bridge was closed to traffic on 3 May 2024.",  # a closing for a while
    "Garam Bridge closed for repairs in March 2024.",
    "Hanbit Motors closed on 3 May 2024 at 52,000 won, up 2%.",  # a share's close
    "The Gaon Ski Resort closed its season on 16 March 2025.",  # the season's closing: an object
    "The centre opened on 6 September 2024.",  # no name of that head anywhere
])
def test_no_english_event_of_another_subject(text: str, ruleset: RuleSet) -> None:
    assert events(EN_DATELINE + text + "\n", ruleset) == []


@pytest.mark.parametrize("text, expected", [
    # a figure in the relative clause of the subject: the date is the subject's event, not that figure's period
    ("해발 820m 고지에 들어선 가람풍력단지(Garam Wind Farm)가 5일 상업운전을 시작했다.", ("가람풍력단지", "상업운전", "5일")),
    ("길이 2.4㎞의 해저 구간을 품은 서하대교(Seoha Bridge)가 2025년 3월 2일 개통했다.", ("서하대교", "개통", "2025년 3월 2일")),
    # the subject of the sentence before, a name the binder reads by its gloss
    ("서하물류센터(Seoha Logistics Centre)는 택배 분류 거점이다. 2024년 3월 1일 정식 개관했으며, 하루 50만 상자를 처리한다.",
     ("서하물류센터", "개관", "2024년 3월 1일")),
    ("누리수영센터(Nuri Swim Centre)는 50m 경영 풀을 갖췄다. 지난달 6일 개장했다.", ("누리수영센터", "개장", "6일")),
    # a team's founding
    ("서하블루스(Seoha Blues)는 시민구단으로, 2019년 10월 창단했다.", ("서하블루스", "창단", "2019년 10월")),
])
def test_a_korean_event_of_its_subject(text: str, expected: tuple[str, str, str], ruleset: RuleSet) -> None:
    assert expected in events(KO_HEAD + text + "\n", ruleset)


@pytest.mark.parametrize("text", [
    # a demonstrative or a common noun as the topic before: no name to carry
    "이 시설은 택배 분류 거점이다. 2024년 3월 1일 개관했다.",
    "물류센터는 택배 분류 거점이다. 2024년 3월 1일 개관했다.",
    # the topic of another paragraph
    "서하물류센터(Seoha Logistics Centre)는 택배 분류 거점이다.\n\n2024년 3월 1일 개관했다.",
])
def test_no_korean_event_without_its_subject(text: str, ruleset: RuleSet) -> None:
    assert events(KO_HEAD + text + "\n", ruleset) == []


@pytest.mark.parametrize("korean, english, contradicts", [
    # a team's founding: 창단 and founded are one event
    ("서하블루스 새 시즌\n서하블루스(Seoha Blues)는 2019년 창단했다.",
     "Hockey in Seoha\nThe Seoha Blues were founded in 2020 and play at the city rink.", True),
    ("서하블루스 새 시즌\n서하블루스(Seoha Blues)는 2020년 창단했다.",
     "Hockey in Seoha\nThe Seoha Blues were founded in 2020 and play at the city rink.", False),
    # a closing for good: 폐광 and "closed"
    ("탄광 도시의 기억\n세원광업소(Sewon Colliery)는 1998년 폐광했다.",
     "Coal towns\nThe last pit, Sewon Colliery, closed in 1996, and the town shrank.", True),
    ("탄광 도시의 기억\n세원광업소(Sewon Colliery)는 1996년 폐광했다.",
     "Coal towns\nThe last pit, Sewon Colliery, closed in 1996, and the town shrank.", False),
    # its opening is another event than its closing
    ("탄광 도시의 기억\n세원광업소(Sewon Colliery)는 1957년 설립됐다.",
     "Coal towns\nThe last pit, Sewon Colliery, closed in 1996, and the town shrank.", False),
    # a day and its month against the dateline on one side, a written date on the other
    ("누리수영센터 개장\n입력 2025.10.14 09:12\n누리수영센터(Nuri Swim Centre)는 지난달 6일 개장했다.",
     "Pools\nThe Nuri Swim Centre opened on 15 September 2025 with a 50-metre pool.", True),
    ("누리수영센터 개장\n입력 2025.10.14 09:12\n누리수영센터(Nuri Swim Centre)는 지난달 6일 개장했다.",
     "Pools\nThe Nuri Swim Centre opened in September 2025 with a 50-metre pool.", False),
])
def test_one_event_across_languages(korean: str, english: str, contradicts: bool, ruleset: RuleSet) -> None:
    assert bool(_findings(korean, english, ruleset)) is contradicts
