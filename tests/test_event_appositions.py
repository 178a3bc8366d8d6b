"""Event dates where the owner is not the clause's first word (issue #14 item 5): a name with an apposition or a
relative clause of its event anywhere in an English sentence, a Korean name a figure's phrase stands between
(closed by a comma or a parenthesis), a quoted name after the bare nouns of its kind, and a past month without its
year ("지난 5월").

Own paraphrases, none from a gold set: a shipping line, a steelmaker, a phone, a sauce, a reservoir, a library, a
bridge; hard negatives (a noun a preposition governs, a common noun, another clause's date, a plan, the object of
the event, a date that situates a figure) and contradictions across languages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse
from factlint.model import Claim
from factlint.quantities.dates import read_dates

from tests import binding_helpers

REPO = Path(__file__).resolve().parent.parent
DATELINE = "입력 2024.11.07 10:00\n"
RULE = "event-date-contradiction"


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_rules(sorted(str(p) for p in (REPO / "rules").iterdir() if p.name.endswith((".yaml", ".yml"))))


def events(text: str, ruleset: RuleSet) -> list[tuple[str, str, str]]:
    """(entity, attribute, date as written) of every event date the binder reads as having taken place (no plan)."""
    return sorted((c.entity, c.attribute, c.quantity.text) for b in binding_helpers.bound(text, ruleset)
                  if isinstance(c := b.claim, Claim) and c.how.startswith(("date of its event", "date of the clause"))
                  and not c.goal)


@pytest.mark.parametrize("sentence, owner, attribute, date", [
    ("Video game developer Korvex, founded in 2011, has its headquarters in the city.", "Korvex", "founded", "2011"),
    ("Regional carrier Daon Air, founded in 2019, is based at the airport.", "Daon Air", "founded", "2019"),
    ("The biggest employer is Hansan Steel, established in 1968 and listed in 1989.", "Hansan Steel", "established", "1968"),
    ("The Garam Light Rail Transit, opened in September 2011, links the city with the port.",
     "Garam Light Rail Transit", "opened", "September 2011"),
    ("The Seoha Museum of Natural History, opened on the east shore in 2009, holds 120,000 specimens.",
     "Seoha Museum of Natural History", "opened", "2009"),
    ("The county's main source of water is Eunha Reservoir, completed in 1987, with a capacity of 14 million tonnes.",
     "Eunha Reservoir", "completed", "1987"),
    ("Shipping group Daerim Lines, which was founded in 1972, operates 40 vessels.", "Daerim Lines", "founded", "1972"),
    # a quoted title is a name, whatever the document writes elsewhere
    ('The original "Sea Gate", released in 2019, drew 6 million viewers.', "Sea Gate", "release date", "2019"),
])
def test_a_name_with_an_apposition_of_its_event(sentence: str, owner: str, attribute: str, date: str,
                                                  ruleset: RuleSet) -> None:
    assert (owner, attribute, date) in events(sentence + "\n", ruleset)


def test_two_names_each_with_its_apposition(ruleset: RuleSet) -> None:
    text = ("Hanbit's Garam Plant, opened in February 2013, makes cells, and Garam Plant 2, opened in July 2023, "
            "makes packs.\n")
    assert events(text, ruleset) == [("Garam Plant", "opened", "February 2013"), ("Garam Plant 2", "opened", "July 2023")]


@pytest.mark.parametrize("sentence", [
    "The club, founded in 2011, spent most of the 2010s near the bottom of the table.",  # a common noun
    "The museum of Seoha, which opened in 2009, holds 120,000 specimens.",  # the museum's, not Seoha's
    "Investors in Hansan Steel, founded in 1968, lost money.",  # a name a preposition governs
    "Hansan Steel, expected in 2027 to double output, employs 900 people.",  # a forecast
    "Hansan Steel, scheduled to open in 2027, will employ 900 people.",  # a plan
])
def test_no_event_date_of_a_name_by_apposition(sentence: str, ruleset: RuleSet) -> None:
    assert events(sentence + "\n", ruleset) == []


@pytest.mark.parametrize("sentence, expected", [
    # another clause's date is not the apposed name's
    ("Arden Foods, founded in 1990, bought Belmont Dairy in 2011.", [("Arden Foods", "founded", "1990")]),
    # a date that situates a figure stays the figure's
    ("The city had 3,400 bikes at the end of 2024, when Tarra Bikes, founded in 2015, ran the scheme.",
     [("Tarra Bikes", "founded", "2015")]),
])
def test_only_the_apposed_names_own_date(sentence: str, expected: list[tuple[str, str, str]], ruleset: RuleSet) -> None:
    assert events(sentence + "\n", ruleset) == expected


@pytest.mark.parametrize("text, owner, attribute, date", [
    # a figure's phrase closed by a comma, or a parenthesis glossing the name, before the date: the date is the event's
    ("'은하저수지'는 군의 식수원이다. 은하저수지는 총저수량이 1,450만t으로, 1987년 준공됐다.", "은하저수지", "준공", "1987년"),
    ("'한별전자'는 부품 업체다. 한별전자는 직원 1,200명 규모로, 1999년 설립됐다.", "한별전자", "설립", "1999년"),
    ("'청운도서관'은 시립이다. 청운도서관(장서 12만 권)은 2008년 개관했다.", "청운도서관", "개관", "2008년"),
    # a quoted name after the bare nouns of its kind, as the clause's head or as the predicate
    ("'해원 레드 2'는 고추장이다. 2023년 출시한 저당 고추장 '해원 레드 2'는 지난해에만 620톤이 수출됐다.",
     "해원 레드 2", "release date", "2023년"),
    ("'가온 7'은 스마트폰이다. 효자는 지난 8월 출시한 '가온 7'이다.", "가온 7", "release date", "8월"),
    ("'다온아트센터'는 미술관이다. 2011년 개관한 시립미술관 '다온아트센터'는 연간 관람객이 30만 명이다.", "다온아트센터", "개관", "2011년"),
])
def test_korean_event_dates_past_a_figure_or_a_kind(text: str, owner: str, attribute: str, date: str,
                                                     ruleset: RuleSet) -> None:
    assert (owner, attribute, date) in events(DATELINE + text + "\n", ruleset)


@pytest.mark.parametrize("text", [
    "'한별전자'는 부품 업체다. 한별전자는 2019년 매출 3조원을 기록했다.",  # the date situates a figure
    "'가람대교'는 다리다. 가람대교는 2027년 개통할 예정이다.",  # a plan (a goal's claim: below)
    "'가람대교'는 다리다. 가람대교는 길이 3.2km로 2027년 개통을 목표로 한다.",
    "'가온 7'은 스마트폰이다. 한빛전자는 2024년 8월 '가온 7'을 출시했다.",  # the object's release, not the maker's
    "'가온'은 지주사다. 2019년 출시한 스마트폰 '가온 7' 후속작은 인기다.",  # the clause describes the sequel, no name
])
def test_no_korean_event_date(text: str, ruleset: RuleSet) -> None:
    assert events(DATELINE + text + "\n", ruleset) == []


def test_a_past_month_without_its_year_is_the_latest_before_the_dateline() -> None:
    nov = read_dates("지난 8월 출시한", 0, dt.date(2024, 11, 7), past=True)
    mar = read_dates("지난 8월 출시한", 0, dt.date(2025, 3, 2), past=True)
    august = (dt.date(2024, 8, 1).toordinal(), dt.date(2024, 9, 1).toordinal())
    assert [(q.text, q.low, q.high) for q in nov + mar] == [("8월", *august)] * 2


def _findings(a: str, b: str, pack: RuleSet) -> list[str]:
    docs = [parse(path, text.encode() + b"\n") for path, text in (("a.txt", a), ("b.txt", b))]
    return [f.message for f in lint_documents(docs, pack).findings if f.rule == RULE]


@pytest.mark.parametrize("korean, english, contradicts", [
    ("가람대교 통행량 늘어\n가람대교는 길이가 3.2km로, 2022년 3월 개통됐다.",
     "Bridges of the coast\nThe coast's longest crossing is Garam Bridge, opened in May 2022, with four lanes.", True),
    ("가람대교 통행량 늘어\n가람대교는 길이가 3.2km로, 2022년 5월 개통됐다.",
     "Bridges of the coast\nThe coast's longest crossing is Garam Bridge, opened in May 2022, with four lanes.", False),
    ("한솔박물관 관람객 늘어\n한솔박물관(소장품 3만 점)은 2012년 개관했다.",
     "Museums of the city\nThe Hansol Museum, opened on the east shore in 2013, holds 30,000 objects.", True),
    # a plan never meets an actual date
    ("가람대교 통행량 늘어\n가람대교는 2022년 3월 개통됐다.",
     "Bridges of the coast\nGaram Bridge, scheduled to open in May 2022, will have four lanes.", False),
    # two events of one entity: its founding and its opening
    ("한솔박물관 관람객 늘어\n한솔박물관(소장품 3만 점)은 2010년 설립됐다.",
     "Museums of the city\nThe Hansol Museum, opened on the east shore in 2013, holds 30,000 objects.", False),
])
def test_event_dates_by_apposition_meet_the_korean_ones(korean: str, english: str, contradicts: bool,
                                                       ruleset: RuleSet) -> None:
    assert bool(_findings(korean, english, ruleset)) is contradicts


def planned(text: str, ruleset: RuleSet) -> list[tuple[str, str, str, bool]]:
    return sorted((c.entity, c.attribute, c.quantity.text, c.goal) for b in binding_helpers.bound(text, ruleset)
                  if isinstance(c := b.claim, Claim) and c.how.startswith("date of its event"))


@pytest.mark.parametrize("text, owner, attribute, date", [
    ("'청해선'은 도시철도다. 청해선은 2027년 개통 예정이다.", "청해선", "개통", "2027년"),
    ("'한빛타워'는 건물이다. 한빛타워는 높이 300m로, 2027년 5월 준공을 목표로 한다.", "한빛타워", "준공", "2027년 5월"),
    ("'가람터널'은 터널이다. 가람터널은 총사업비 4,870억 원 규모로, 2027년 6월 개통이 목표다.", "가람터널", "개통", "2027년 6월"),
    ("'가람대교'는 다리다. 가람대교는 2027년 개통할 예정이다.", "가람대교", "개통", "2027년"),
    # the object of the plan opens, not the city that plans it
    ("'청해선'은 도시철도다. 서진시는 도심을 잇는 청해선을 2027년 개통을 목표로 추진 중이다.", "청해선", "개통", "2027년"),
    # English: the name right before the plan, the event's participle (or the object of a verb of beginning)
    ("Garam Bridge is scheduled to open in May 2027.", "Garam Bridge", "opened", "May 2027"),
    ("Hanbit Tower, due to be completed in 2027, will be 300 m tall.", "Hanbit Tower", "completed", "2027"),
    ("The Cheonghae Line is now expected to open in March 2028, a year late.", "Cheonghae Line", "opened", "March 2028"),
    ("Cheongsol Wind Farm is set to begin commercial operation on March 25, 2027.",
     "Cheongsol Wind Farm", "commercial operation", "March 25, 2027"),
])
def test_a_planned_date_of_a_one_off_event_is_a_goal(text: str, owner: str, attribute: str, date: str,
                                                      ruleset: RuleSet) -> None:
    article = (DATELINE if any("가" <= c <= "힣" for c in text) else "") + text + "\n"
    assert planned(article, ruleset) == [(owner, attribute, date, True)]


def test_a_plan_and_the_event_are_two_claims(ruleset: RuleSet) -> None:
    text = "'한빛타워'는 건물이다. 한빛타워는 2027년 5월 준공을 목표로 했으나 2028년 준공됐다.\n"
    assert planned(DATELINE + text, ruleset) == [("한빛타워", "준공", "2027년 5월", True), ("한빛타워", "준공", "2028년", False)]


@pytest.mark.parametrize("text", [
    "'한빛타워'는 건물이다. 한빛타워 2단계는 2027년 준공 예정이다.",  # another entity, the second phase
    "'M15X'는 공장이다. 회사는 M15X에 15조 원을 투자할 계획이며, 2025년 11월 준공 후 활용할 예정이다.",  # no owner written
])
def test_no_planned_date(text: str, ruleset: RuleSet) -> None:
    assert planned(DATELINE + text + "\n", ruleset) == []


def test_a_planned_date_never_meets_the_actual_one(ruleset: RuleSet) -> None:
    plan = "청해선 공사 막바지\n입력 2026.01.05 10:00\n'청해선'은 도시철도다. 청해선은 2027년 개통 예정이다."
    actual = "청해선 이용객 늘어\n입력 2028.03.05 10:00\n'청해선'은 도시철도다. 청해선은 2028년 3월 개통됐다."
    assert _findings(plan, actual, ruleset) == []


@pytest.mark.parametrize("sentence", [
    "Hansan Steel is expected to double output in 2027.",  # no one-off event
    "A third plant is scheduled for completion in 2027.",  # a common noun
    "Investors in Garam Bridge are set to open in May 2027.",  # a name a preposition governs
])
def test_no_english_plan(sentence: str, ruleset: RuleSet) -> None:
    assert planned(sentence + "\n", ruleset) == []


def test_plans_meet_plans_across_languages(ruleset: RuleSet) -> None:
    korean = "가람대교 공사 막바지\n입력 2026.01.05 10:00\n'가람대교'는 다리다. 가람대교는 2027년 3월 개통 예정이다."
    english = "Bridges of the coast\nGaram Bridge is scheduled to open in May 2027."
    actual = "Bridges of the coast\nGaram Bridge opened in May 2027."
    assert _findings(korean, english, ruleset) != []
    assert _findings(korean, actual, ruleset) == []


def test_a_sentence_whose_only_name_is_an_events_gets_read(ruleset: RuleSet) -> None:
    """No known name in the sentence, only the one its adnominal event describes: still read."""
    text = "한별 백신 임상 결과\n입력 2025.03.02 10:00\n회사는 임상을 마쳤다. 2019년 설립된 셀로닉스의 직원은 약 420명이다.\n"
    assert ("셀로닉스", "설립", "2019년") in events(text, ruleset)


@pytest.mark.parametrize("sentence, expected", [
    # the subject of a passive after the words of its kind, and after a conjunction
    ("Its low-sugar paste Haeon Red 3 was launched in March 2025, two years after Haeon Red 2.",
     [("Haeon Red 3", "release date", "March 2025")]),
    ("The city's newest landmark Garam Bridge was opened in May 2022.", [("Garam Bridge", "opened", "May 2022")]),
    ("When Korvex Steel was founded in 1968, the town had 3,000 people.", [("Korvex Steel", "founded", "1968")]),
    # a name a preposition governs
    ("The deal with Hanbit Steel was completed in 2019.", []),
    ("A plant owned by Korvex Steel was opened in 2011.", []),
    ("The report describing Garam Bridge was completed in 2019.", []),  # a name a verb governs
])
def test_the_subject_of_a_passive_event_after_its_kind(sentence: str, expected: list[tuple[str, str, str]],
                                                       ruleset: RuleSet) -> None:
    assert events(sentence + "\n", ruleset) == expected
