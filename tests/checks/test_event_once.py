"""Dates of one-off events across languages (issue #14 item 5): an entity's own founding, opening,
completion, written in Korean or English, is one claim that two articles can contradict.

Own paraphrases, none taken from a blind set: an airport, a museum, a bridge, a university, a company,
a subway line and a tower; each pair is a Korean and an English article (or two Korean ones), with hard
negatives (a second terminal, a re-opening, an anniversary, a plan, another entity's date in the
sentence, a repeated event, a year against a full date).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse

RULE = "event-date-contradiction"


@pytest.fixture(scope="module")
def repo_pack() -> RuleSet:
    root = Path(__file__).resolve().parents[2] / "rules"
    return load_rules(sorted(str(p) for p in root.iterdir() if p.name.endswith((".yaml", ".yml"))))


def _findings(a: str, b: str, pack: RuleSet) -> list[str]:
    """Two articles; a Korean one opens with a title naming its topic, as news does (TITLE\nBODY)."""
    docs = [parse(path, (text if "\n" in text else f"Article\n{text}").encode() + b"\n") for path, text in (("a.txt", a), ("b.txt", b))]
    return [f.message for f in lint_documents(docs, pack).findings if f.rule == RULE]


CONTRADICTIONS = [
    # the verb in both languages
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 1998년 개항했다.", "Cheonghae International Airport opened in 1997."),
    # the Korean event as a noun with 이후/이래, the English subject before an apposition
    ("청해국제공항 이용객 역대 최다\n청해국제공항의 지난해 이용객은 412만 명으로 1998년 개항 이후 가장 많았다.",
     "Cheonghae International Airport, 11 km north of the city, opened in 1997 and handled 4.1 million passengers in 2025."),
    ("청해국제공항 이용객 역대 최다\n청해국제공항 이용객은 1996년 개항 이래 처음으로 400만 명을 넘었다.", "Cheonghae International Airport opened in 1997."),
    # a museum: the adnominal event, against a passive
    ("한솔박물관, 특별전 개막\n2012년 개관한 한솔박물관은 유물 3만 점을 소장하고 있다.", "Hansol Museum was opened in 2013 by the city."),
    # a bridge, a month against a day, an adverb before the verb
    ("서포대교 통행량 늘어\n서포대교는 2016년 6월 개통됐다.", "Seopo Bridge finally opened on 28 June 2017."),
    # a university, founding in two words (설립, founded)
    ("한빛대학교 신입생 모집\n한빛대학교는 1946년 설립됐다.", "Hanbit University, founded in 1947, has 12,000 students."),
    # a company: 창립 and established are one event
    ("한결중공업 수주 호조\n한결중공업은 1974년 창립했다.", "Hangyeol Heavy Industries was established in 1973."),
    # the subject of an adnominal event in an article about something else
    ("한별전자 상장 추진\n2019년 설립된 한별전자의 직원은 약 420명이다.",
     "Hanbyeol Electronics plans listing\nHanbyeol Electronics, founded in 2018 and employing 418 people, plans a listing."),
    # two Korean articles: a subway line opened (개통했다 / 개통됐다), a tower completed (준공)
    ("청해선 이용객 늘어\n'청해선'은 2011년 9월 개통했다.", "청해선 이용객 늘어\n'청해선'은 2012년 9월 개통됐다."),
    ("한빛타워 전망대 개방\n'한빛타워'는 2020년 준공됐다.", "한빛타워 전망대 개방\n2019년 준공된 '한빛타워'는 높이 300m다."),
]

AGREEMENTS = [
    # a year and a day in it; a month and a day in it
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 1997년 개항했다.", "Cheonghae International Airport opened on 28 April 1997."),
    ("서포대교 통행량 늘어\n서포대교는 2016년 6월 개통됐다.", "Seopo Bridge opened on 28 June 2016."),
    ("청해국제공항 이용객 역대 최다\n청해국제공항의 지난해 이용객은 1997년 개항 이후 가장 많았다.", "Cheonghae International Airport, opened in 1997, lies north of the city."),
    # a second terminal, an expansion, a re-opening: other events
    ("청해국제공항 이용객 역대 최다\n청해국제공항 제2터미널은 2010년 개관했다.", "Cheonghae International Airport opened in 1997."),
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 1997년 개항했고 2010년 확장됐다.", "Cheonghae International Airport opened in 1997 and was expanded in 2012."),
    ("한솔박물관, 특별전 개막\n한솔박물관은 2020년 재개관했다.", "Hansol Museum opened in 2012."),
    ("한솔박물관, 특별전 개막\n한솔박물관은 2012년 개관했다.", "Hansol Museum reopened in 2020 after a renovation."),
    ("Cheonghae International Airport opened its second terminal in 2010.", "Cheonghae International Airport opened in 1997."),
    # an anniversary, a plan
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 2022년 개항 25주년을 맞았다.", "Cheonghae International Airport opened in 1997."),
    ("청해선 이용객 늘어\n'청해선' 2단계 구간은 2027년 개통 예정이다.", "청해선 이용객 늘어\n'청해선'은 2011년 개통했다."),
    ("청해선 이용객 늘어\n'청해선'은 2027년 개통할 예정이다.", "청해선 이용객 늘어\n'청해선'은 2011년 개통했다."),
    # a year that is another noun's, another entity's date in the same sentence
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 1997년 개항했다.", "Passengers still use the 1995 terminal of Cheonghae International Airport."),
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 1997년 개항했다.", "Cheonghae International Airport opened in 1997, two years after Seopo Bridge opened in 1995."),
    ("청해국제공항 이용객 역대 최다\n1995년 개통한 서포대교와 1997년 개항한 청해국제공항은 도시의 관문이다.", "Seopo Bridge opened in 1995."),
    ("청해국제공항 이용객 역대 최다\n1995년 개통한 서포대교와 1997년 개항한 청해국제공항은 도시의 관문이다.", "Cheonghae International Airport opened in 1997."),
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 1997년 개항했다.",
     "Cheonghae International Airport, opened in 1997, and Seopo Bridge, opened in 1995, link the city."),
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 서포대교가 1995년 개통된 뒤 1997년 개항했다.", "Cheonghae International Airport opened in 1997."),
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 2010년 제2터미널 개관 이후 이용객이 늘었다.", "Cheonghae International Airport opened in 1997."),
    # a treaty's year, not the verb's date; "since" with no event verb
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 1997년 개항했다.",
     "Cheonghae International Airport opened to foreign airlines under the air agreement of 1995."),
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 1997년 개항했다.", "Cheonghae International Airport has served the city since 1995."),
    # founding and opening are two events of one museum
    ("한솔박물관, 특별전 개막\n한솔박물관은 2010년 설립돼 2012년 개관했다.", "Hansol Museum opened in 2012."),
    # an event that recurs: not compared
    ("새벽밴드 공연\n'새벽밴드'는 2019년 6월 런던에서 공연했다.", "새벽밴드 공연\n'새벽밴드'는 2022년 4월 서울에서 공연했다."),
    # the opening of the airport another name of the clause stands for, not the subject's
    ("청해국제공항 이용객 역대 최다\nB항공은 1998년 개항 이후 청해국제공항에 취항했다.", "B Airlines opened in 1997."),
    # a company that opened something else: no date of its own opening
    ("한결중공업 수주 호조\n한결중공업은 1974년 창립했다.", "Hangyeol Heavy Industries opened its shipyard in 1994."),
]


# --- Two English frames (session 10): a complement between the verb and the date ("first opened to
# foreign trade in 1876") and a part the possessive pronoun gives to the sentence's subject ("… grew
# after its harbour was opened to foreign trade in 1878"). Own paraphrases, none from a blind set: a
# bridge, a port, a plant, a company, a rail line, with hard negatives (another notation, a part with no
# complement, another name before the pronoun, a plan, groundbreaking and completion, a recurring
# event, another entity's date in the sentence, an amount).

FRAME_CONTRADICTIONS = [
    # a complement and the adverb "first" between the subject and the date
    ("가람대교 통행량 늘어\n가람대교는 2005년 개통됐다.", "Garam Bridge, first opened to traffic in 2004, carries 40,000 cars a day."),
    ("Nuri Port was opened to foreign trade in 1883.", "Nuri Port first opened to foreign trade in 1881."),
    ("Hanul Power Plant was completed in 2009.", "Hanul Power Plant was completed for the regional grid in 2010."),
    ("Mirae Heavy Industries was first established in 1962.", "미래중공업 실적\n미래중공업은 1964년 창립했다."),
    # the possessive pronoun's part, of the name that opens the sentence
    ("Daeseong began as a fishing village and grew after its harbour was opened to foreign trade in 1880. "
     "Half the people of Daeseong work at sea.", "Daeseong, first opened to foreign trade in 1883, is a port city. Ferries leave Daeseong daily."),
    ("Hanbit Line carries 90,000 riders a day since its track was opened to passengers in 2012.",
     "Hanbit Line was opened to passengers in 2011."),
]

FRAME_AGREEMENTS = [
    # the same date in another notation
    ("가람대교 통행량 늘어\n가람대교는 2024년 3월 5일 개통됐다.", "Garam Bridge, first opened to traffic on 5 March 2024, carries 40,000 cars."),
    ("Nuri Port was opened to foreign trade on March 5, 2024.", "Nuri Port first opened to foreign trade in 2024."),
    # a part with no complement: which of its parts opened is said, not the entity's opening
    ("Cheonghae Airport grew after its terminal was opened in 2008.", "Cheonghae Airport opened in 1997."),
    ("Cheonghae Airport grew after its second terminal was opened to passengers in 2008.", "Cheonghae Airport opened in 1997."),
    # another name before the pronoun: whose part it is is not written
    ("Daeseong grew with Busan after its harbour was opened to foreign trade in 1880. "
     "Half the people of Daeseong work at sea.",
     "Daeseong, first opened to foreign trade in 1883, is a port city. Ferries leave Daeseong daily."),
    # a plan next to the actual date; groundbreaking and completion of one plant
    ("한울발전소 가동률\n한울발전소는 2009년 준공됐다. 2호기는 2030년 준공 예정이다.", "Hanul Power Plant was completed for the regional grid in 2009."),
    ("한울발전소 가동률\n한울발전소는 2005년 착공해 2009년 준공됐다.", "Hanul Power Plant was completed for the regional grid in 2009."),
    # a recurring event: a festival held each year, a product launched twice
    ("The Garam Festival was held for the first time in 2001.", "The Garam Festival was held for the crowds in 2019."),
    ("Mirae Foods launched to retailers in 2019 a new noodle.", "Mirae Foods launched to retailers in 2021 a new snack."),
    # a date of another entity in the same sentence
    ("Nuri Port was opened to foreign trade in 1883, after Daeseong was opened to foreign trade in 1880.",
     "Daeseong, first opened to foreign trade in 1880, is a port city. Ferries leave Daeseong daily."),
    # an amount, not an event: "grew to 4 million in 2020"
    ("Nuri Port grew to four million boxes in 2020.", "Nuri Port first opened to foreign trade in 1881."),
]


@pytest.mark.parametrize(("a", "b"), CONTRADICTIONS + FRAME_CONTRADICTIONS)
def test_a_one_off_event_dated_twice_is_reported(repo_pack: RuleSet, a: str, b: str) -> None:
    assert len(_findings(a, b, repo_pack)) == 1


@pytest.mark.parametrize(("a", "b"), AGREEMENTS + FRAME_AGREEMENTS)
def test_agreeing_dates_and_other_events_are_not(repo_pack: RuleSet, a: str, b: str) -> None:
    assert _findings(a, b, repo_pack) == []


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("청해국제공항 이용객 역대 최다\n청해국제공항은 1998년 개항했다.", "Cheonghae International Airport opened in 1997.", "1 year apart"),
    ("가람미술관 관람객 늘어\n가람미술관은 2011년 3월 개관했다.", "Garam Art Museum opened in May 2011.", "2 months apart"),
    ("누리대교 통행량 증가\n누리대교는 2015년 6월 4일 개통했다.", "Nuri Bridge opened on June 10, 2015.", "at least 6 days apart"),
])
def test_the_gap_is_said_in_the_unit_the_dates_are_written_in(repo_pack: RuleSet, a: str, b: str, apart: str) -> None:
    """1997 and 1998 are a year apart, not "at least 1 day" (the last day of one to the first of the other)."""
    (message,) = _findings(a, b, repo_pack)
    assert message.endswith(apart)

