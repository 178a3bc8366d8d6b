"""Dates of one-off events the way news writes them (issue #14 item 5, fresh8 C1): "단월산케이블카는 지난해 10월
12일 정식 개통했다" (a word of manner between the date and the event, the year from the dateline) and "A new cable
car … has drawn crowds since it opened on Oct. 19" (the event in a clause whose subject is a pronoun)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from binding_helpers import bound

from factlint.binding.structure import named_by_head
from factlint.claimtools import show
from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse
from factlint.quantities.dates import RESOLVED, read_dates, show_date

KO_DATELINE = "입력 2025.01.14 06:00\n"
EN_DATELINE = "Published January 20, 2025\n"


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    root = Path(__file__).resolve().parents[1] / "rules"
    return load_rules(sorted(str(p) for p in root.iterdir() if p.name.endswith((".yaml", ".yml"))))


def _events(text: str, ruleset: RuleSet, dateline: str = KO_DATELINE) -> set[tuple[str, str, str]]:
    return {(b.claim.entity, b.claim.attribute, show(b.claim.quantity))
            for b in bound("기사\n" + dateline + text + "\n", ruleset)
            if b.claim is not None and b.claim.how.startswith("date of its event")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("'단월산케이블카'는 지난해 10월 12일 정식 개통했다.", {("단월산케이블카", "개통", "2024-10-12 (by the dateline)")}),
    ("'단월산케이블카'는 2024년 10월 12일 정식 개통했다.", {("단월산케이블카", "개통", "2024-10-12")}),
    ("'한빛대교'는 2023년 5월 3일 공식 개통됐다.", {("한빛대교", "개통", "2023-05-03")}),
    ("'청해국제공항'은 지난해 3월 2일 정식 개항했다.", {("청해국제공항", "개항", "2024-03-02 (by the dateline)")}),
    ("'서하박물관'은 작년 4월 5일 공식 개관했다.", {("서하박물관", "개관", "2024-04-05 (by the dateline)")}),
    ("지난해 10월 12일 정식 개통한 '단월산케이블카'는 주말마다 붐빈다.",
     {("단월산케이블카", "개통", "2024-10-12 (by the dateline)")}),
    # hard negatives: another kind of opening, a plan, an anniversary
    ("'단월산케이블카'는 지난해 10월 12일 부분 개통했다.", set()),
    ("'단월산케이블카'는 지난해 10월 12일 임시 개통했다.", set()),
    ("'단월산케이블카'는 지난해 10월 12일 개통 1주년을 맞았다.", set()),
    ("'단월터널'은 2027년 6월 정식 개통이 목표다.", set()),
    ("'단월터널'은 2027년 6월 정식 개통할 예정이다.", set()),
])
def test_a_word_of_manner_before_the_event(pack: RuleSet, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _events(sentence, pack) == expected


def test_an_event_of_another_kind_keeps_its_own_word(pack: RuleSet) -> None:
    # a re-opening is its own event, never the opening (개통) a once-comparison reads
    assert {a for _, a, _ in _events("'단월산케이블카'는 지난해 10월 12일 재개통했다.", pack)} <= {"재개통"}


@pytest.mark.parametrize(("text", "expected"), [
    ("A new cable car in Danwolsan National Park has drawn crowds to this inland county since it opened on Oct. 19, "
     "local officials said. The 3,480-metre Danwolsan Cable Car lifts passengers.",
     {("Danwolsan Cable Car", "opened", "2024-10-19 (by the dateline)")}),
    ("A new bridge over the river has cut travel times since it opened to traffic in March 2023. "
     "The Seoha Bridge is 2 km long.", {("Seoha Bridge", "opened", "2023-03")}),
    ("The museum has drawn 300,000 visitors since it opened on May 3, 2022. The Hanbit Museum is in the old town.",
     {("Hanbit Museum", "opened", "2022-05-03")}),
    ("Haeun Airport has handled 2 million passengers since it opened on Oct. 19, officials said.",
     {("Haeun Airport", "opened", "2024-10-19 (by the dateline)")}),
    # a wire dateline before the sentence's subject
    ("SEOHA, South Korea, Jan 20 (Korea Wire) - A new airport has drawn airlines since it opened on Oct. 2. "
     "Seoha Airport is small.", {("Seoha Airport", "opened", "2024-10-02 (by the dateline)")}),
    # hard negatives: two names of the kind, none, a plan, the place the thing is in
    ("A new cable car in Danwolsan National Park has drawn crowds since it opened on Oct. 19. "
     "The Danwolsan Cable Car and the Cheongbong Cable Car are busy.", set()),
    ("A new cable car in Danwolsan National Park has drawn crowds since it opened on Oct. 19.", set()),
    ("A new cable car has drawn bookings since it is set to open on Oct. 19. The Danwolsan Cable Car runs.", set()),
    ("Danwol County has drawn crowds since Danwolsan Cable Car opened on Oct. 19 and Danwol Tunnel works began.", set()),
])
def test_an_event_whose_subject_is_it(pack: RuleSet, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {c for c in _events(text, pack, EN_DATELINE) if c[1] == "opened"} == expected


def test_one_name_headed_by() -> None:
    def named(text: str, noun: str) -> tuple[int, str] | None:
        found = named_by_head(text, noun)
        return None if found is None else (found.span.start, found.text)

    text = "The Danwolsan Cable Car rises over Danwolsan National Park. The Danwol Tunnel opens in 2027."
    assert named(text, "new cable car") == (4, "Danwolsan Cable Car")
    assert named(text, "tunnel") == (text.index("Danwol Tunnel"), "Danwol Tunnel")
    assert named(text, "park") == (text.index("Danwolsan National"), "Danwolsan National Park")
    assert named(text + " Cheongbong Tunnel is shorter.", "tunnel") is None
    assert named(text, "bridge") is None


@pytest.mark.parametrize(("text", "shown"), [
    ("지난해 10월 개통했다", ["2024-10"]),
    ("작년 5월 개관했다", ["2024-05"]),
    ("올해 1월 개통했다", ["2025-01"]),
    ("재작년 3월 준공됐다", ["2023-03"]),
    ("지난해 10월 12일 개통했다", ["2024-10-12"]),  # the day, as before
    # no single month: a span of months
    ("지난해 10~12월 탑승객", []),
    ("지난해 1~10월 매출", []),
])
def test_a_month_a_year_word_places(text: str, shown: list[str]) -> None:
    got = read_dates(text, 0, dt.date(2025, 1, 14), past=True)
    assert [show_date(q) for q in got] == shown
    assert all(q.counter == RESOLVED for q in got)
    assert read_dates(text, 0, None) == []  # no dateline, no year


@pytest.mark.parametrize(("sentence", "expected"), [
    ("'단월산케이블카'는 지난해 10월 개통했다.", {("단월산케이블카", "개통", "2024-10 (by the dateline)")}),
    ("'한빛대교'는 작년 5월 정식 개통했다.", {("한빛대교", "개통", "2024-05 (by the dateline)")}),
    ("'한빛대교'는 작년 5월 개통 이후 하루 2만 대가 지난다.", {("한빛대교", "개통", "2024-05 (by the dateline)")}),
    # hard negatives: a plan, a month that situates a figure
    ("'단월터널'은 올해 6월 개통할 예정이다.", set()),
    ("'단월산케이블카'의 지난해 10월 탑승객은 3만 명이다.", set()),
])
def test_an_event_in_a_month_a_year_word_places(pack: RuleSet, sentence: str,
                                                expected: set[tuple[str, str, str]]) -> None:
    assert _events(sentence, pack) == expected


def _lint(a: str, b: str, ruleset: RuleSet) -> list[str]:
    docs = [parse(path, text.encode() + b"\n") for path, text in (("a.txt", a), ("b.txt", b))]
    return [f.message for f in lint_documents(docs, ruleset).findings if f.rule == "event-date-contradiction"]


KO = "단월 관광 들썩\n입력 2025.01.14 06:00\n"
WIRE = "County bets on cable car\n\nDANWOL, South Korea, Jan 20 (Korea Wire) - "
EN = "Bridge news\nPublished January 20, 2025\n"

PAIRS_CONTRADICTING = [
    # fresh8 C1's shape: a day of last year by the dateline, against a day of no written year in undated wire copy
    ("단월산케이블카 개통 석 달…관광 들썩\n입력 2025.01.14 06:00\n단월산케이블카는 지난해 10월 12일 정식 개통했다.",
     WIRE + "A new cable car in Danwolsan National Park has drawn crowds since it opened on Oct. 19, officials said.\n\n"
     "The 3,480-metre Danwolsan Cable Car lifts passengers to a summit station."),
    (KO + "'한빛대교'는 작년 5월 3일 공식 개통됐다.",
     EN + "A new bridge over the river has cut travel times since it opened to traffic on May 9, 2024. "
     "The Hanbit Bridge is 2 km long."),
    (KO + "'서하박물관'은 지난해 4월 공식 개관했다.",
     EN + "The museum has drawn 300,000 visitors since it opened in June 2024. The Seoha Museum is in the old town."),
]

PAIRS_AGREEING = [
    # the same day, the year from the dateline on one side and written on the other
    ("단월산케이블카 개통 석 달…관광 들썩\n입력 2025.01.14 06:00\n단월산케이블카는 지난해 10월 12일 정식 개통했다.",
     EN + "A new cable car has drawn crowds since it opened on Oct. 12, 2024. The Danwolsan Cable Car is busy."),
    # a planned opening against the actual one; a partial opening
    (KO + "'한빛대교'는 2027년 6월 정식 개통이 목표다.",
     EN + "A new bridge over the river has cut travel times since it opened to traffic on May 9, 2024. "
     "The Hanbit Bridge is 2 km long."),
    (KO + "'한빛대교'는 지난해 3월 부분 개통했다.",
     EN + "A new bridge over the river has cut travel times since it opened to traffic on May 9, 2024. "
     "The Hanbit Bridge is 2 km long."),
    # an anniversary, a festival that closes each year
    (KO + "'서하박물관'은 지난해 4월 개관 10주년을 맞았다.",
     EN + "The museum has drawn 300,000 visitors since it opened in June 2014. The Seoha Museum is in the old town."),
    (KO + "'단월얼음축제'는 지난 12일 폐막했다.", KO + "'단월얼음축제'는 지난해 1월 26일 폐막했다."),
    # another entity's opening in the sentence: the park the cable car is in, two cable cars
    (KO + "단월산국립공원은 1988년 지정됐다.",
     WIRE + "A new cable car in Danwolsan National Park has drawn crowds since it opened on Oct. 19.\n\n"
     "The Danwolsan Cable Car lifts passengers."),
    ("단월산케이블카 개통 석 달…관광 들썩\n입력 2025.01.14 06:00\n단월산케이블카는 지난해 10월 12일 정식 개통했다.",
     WIRE + "A new cable car has drawn crowds since it opened on Oct. 19.\n\n"
     "The Danwolsan Cable Car and the Cheongbong Cable Car are busy."),
]


@pytest.mark.parametrize(("a", "b"), PAIRS_CONTRADICTING)
def test_pairs_that_contradict(pack: RuleSet, a: str, b: str) -> None:
    assert len(_lint(a, b, pack)) == 1


@pytest.mark.parametrize(("a", "b"), PAIRS_AGREEING)
def test_pairs_that_do_not(pack: RuleSet, a: str, b: str) -> None:
    assert _lint(a, b, pack) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Haeun Airport opened in October last year.", {("Haeun Airport", "opened", "2024-10 (by the dateline)")}),
    ("The Seoha Museum opened in March this year.", {("Seoha Museum", "opened", "2025-03 (by the dateline)")}),
    ("A new cable car has drawn crowds since it opened on Oct. 12 last year. The Danwolsan Cable Car is busy.",
     {("Danwolsan Cable Car", "opened", "2024-10-12 (by the dateline)")}),
    # a plan: nothing
    ("Haeun Airport is set to open in June next year.", set()),
    ("Haeun Airport is set to open in June this year.", set()),
])
def test_an_english_month_a_year_word_places(pack: RuleSet, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _events(text, pack, EN_DATELINE) == expected
    assert _events(text, pack, "") == set()  # no dateline: which year is not known


@pytest.mark.parametrize(("text", "expected"), [
    ("Opened in 1997, Haeun Airport handles 4 million passengers a year.", {("Haeun Airport", "opened", "1997")}),
    ("First opened to traffic on May 3, 2022, Garam Bridge carries 40,000 cars a day.",
     {("Garam Bridge", "opened", "2022-05-03")}),
    ("Opened in 1997 and expanded in 2010, Haeun Airport handles 4 million passengers.",
     {("Haeun Airport", "opened", "1997")}),
    # "it" stands for the topic of the sentence before
    ("Chinchilla is a language model by DeepMind. Announced in March 2022, it has 70 billion parameters.",
     {("Chinchilla", "release date", "2022-03")}),
    # hard negatives: a participle of no one-off event, a re-opening, a common noun subject, "it" with no topic before
    ("Expected in 2027, Haeun Airport will grow.", set()),
    ("Reopened in 2020, Hansol Museum draws crowds.", set()),
    ("Founded in 1987, the workshop grew into a company.", set()),
    ("Visitors are many. Founded in 1987, it grew.", set()),
])
def test_a_participle_that_opens_the_sentence(pack: RuleSet, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _events(text, pack, EN_DATELINE) == expected


def test_fresh8_c1_is_reported(pack: RuleSet) -> None:
    """fresh8 C1: the cable car's opening, 2024-10-12 (Korean, by the dateline) against Oct. 19 (English wire
    copy, year not written)."""
    root = Path(__file__).resolve().parent / "gold" / "fresh8" / "articles"
    docs = [parse(str(root / name), (root / name).read_bytes())
            for name in ("ko_econ_danwol_cablecar.txt", "en_wire_danwol_cablecar.txt")]
    (msg,) = [f.message for f in lint_documents(docs, pack).findings if f.rule == "event-date-contradiction"]
    assert ("단월산케이블카" in msg or "Danwolsan Cable Car" in msg) and "2024-10-12" in msg and "2024-10-19" in msg


def test_another_entitys_opening_in_the_sentence(pack: RuleSet) -> None:
    got = _events("'단월산케이블카'는 지난해 10월 12일 정식 개통했고 '한빛대교'는 11월 3일 개통했다.", pack)
    assert ("단월산케이블카", "개통", "2024-10-12 (by the dateline)") in got
    assert not any(e == "단월산케이블카" and "11-03" in v or e == "한빛대교" and "10-12" in v for e, _, v in got)
    # the article's own date (its dateline) dates no event
    assert _events("'단월산케이블카'는 인기다.", pack) == set()
    assert _events("The Danwolsan Cable Car is busy.", pack, EN_DATELINE) == set()
