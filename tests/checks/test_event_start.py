"""The start of a plant's commercial operation as a one-off event (issue #14, fresh7 C1), and a day written
without its year in an article with no date of its own (undated wire copy: "SEOUL, March 19 (Newswire) -").

Own paraphrases, none taken from a blind set or from fresh7: a wind farm, an LNG terminal and a solar park,
in Korean and English, with the verb of beginning in several forms (상업운전을 시작했다 / 개시했다 / 에 들어갔다,
began / started / entered commercial operation); hard negatives: the same day in another notation, a month that
holds the day, a planned date next to the actual one, another entity's date in the sentence, a second phase,
a resumption, the article's own dateline, a groundbreaking against commercial operation, a day of no year
against a year.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest

from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse
from factlint.model import Quantity, Span
from factlint.quantities.dates import NO_YEAR, OTHER_YEAR, placed, read_dates, show_date

RULE = "event-date-contradiction"


@pytest.fixture(scope="module")
def repo_pack() -> RuleSet:
    root = Path(__file__).resolve().parents[2] / "rules"
    return load_rules(sorted(str(p) for p in root.iterdir() if p.name.endswith((".yaml", ".yml"))))


def _findings(pack: RuleSet, *texts: str) -> list[str]:
    """Articles as written (title line first); each its own file."""
    docs = [parse(f"{i}.txt", (text + "\n").encode()) for i, text in enumerate(texts)]
    return [f.message for f in lint_documents(docs, pack).findings if f.rule == RULE]


KO_DATED = "서림 풍력단지 상업운전\n입력 2026.03.19 06:00\n\n"
WIRE = "Gaon starts up Seorim farm\n\nSEOUL, March 19 (Newswire) - "

CONTRADICTIONS = [
    # a year-less day of undated wire copy against a Korean day read by the dateline
    (KO_DATED + "남해안 서림군 앞바다에 들어선 서림 해상풍력단지가 3월 18일 상업운전을 시작했다.",
     WIRE + "South Korea's Gaon Wind said on Thursday its Seorim offshore wind farm began commercial operation on March 16."),
    # 에 들어갔다 against an English subject with its article and an apposition
    ("서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지는 2025년 11월 상업운전에 들어갔다.",
     "Seorim\n\nThe Seorim Offshore Wind Farm, operated by Gaon Wind, began commercial operation in October 2025."),
    # two Korean articles, 개시했다 and 시작했다
    ("한결 LNG터미널\n\n'한결터미널'은 2024년 5월 2일 상업운전을 개시했다.",
     "한결 LNG터미널\n\n'한결터미널'은 2024년 5월 9일 상업운전을 시작했다."),
    # two English articles, started / entered
    ("Dasan\n\nDasan Solar Park started commercial operations on 4 June 2025.",
     "Dasan\n\nDasan Solar Park entered commercial operation on June 14, 2025."),
    # the passive, the date after the event's noun, a planned date before it
    ("서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지는 당초 2월 말 예정이던 상업운전을 2026년 3월 12일 시작했다.",
     "Seorim\n\nSeorim Offshore Wind Farm began commercial operation on 18 March 2026."),
    (KO_DATED + "서림군 앞바다의 서림 해상풍력단지는 당초 2월 말 예정이던 상업운전이 3월 12일 시작됐다.",
     "Seorim\n\nSeorim Offshore Wind Farm began commercial operation on 18 March 2026."),
    # what the operator said, with "that" and a day written before its month; two days of no year
    (KO_DATED + "서림군 앞바다의 서림 해상풍력단지가 3월 18일 상업운전을 시작했다.",
     WIRE + "Gaon said that the Seorim offshore wind farm entered commercial operation on 16 March."),
    ("서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지가 3월 18일 상업운전에 들어갔다.",
     WIRE + "Gaon said on Thursday its Seorim offshore wind farm began commercial operation on March 16."),
]

AGREEMENTS = [
    # the same day in another notation: by the dateline, without a year, in full
    (KO_DATED + "남해안 서림군 앞바다에 들어선 서림 해상풍력단지가 3월 18일 상업운전을 시작했다.",
     WIRE + "South Korea's Gaon Wind said on Thursday its Seorim offshore wind farm began commercial operation on March 18.",
     "Seorim\n\nSeorim Offshore Wind Farm began commercial operation on 18 March 2026."),
    # a month holding the day; a year holding a year-less day
    (KO_DATED + "서림군 앞바다의 서림 해상풍력단지가 3월 18일 상업운전을 시작했다.",
     "Seorim\n\nThe Seorim Offshore Wind Farm, operated by Gaon Wind, began commercial operation in March 2026."),
    (WIRE + "Gaon said on Thursday its Seorim offshore wind farm began commercial operation on March 16.",
     "Seorim\n\nSeorim Offshore Wind Farm began commercial operation in 2026."),
    # two days of no year, the same day
    ("서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지가 3월 16일 상업운전에 들어갔다.",
     WIRE + "Gaon said on Thursday its Seorim offshore wind farm began commercial operation on March 16."),
    # a planned date next to the actual one
    ("서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지는 당초 2월 말 예정이던 상업운전을 2026년 3월 18일 시작했다.",
     "Seorim\n\nSeorim Offshore Wind Farm began commercial operation on 18 March 2026."),
    # another entity's date in the same sentence (a relative clause)
    ("서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지는 2026년 3월 상업운전을 시작했다.",
     "Seorim\n\nAt 340 MW, Seorim is second only to the Seomun project, which began commercial operation in 2024."),
    # a second phase, a resumption: another entity, another word
    ("서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지는 2026년 3월 상업운전을 시작했다.",
     "서림 풍력\n\n서림 해상풍력 2단지는 2030년 상업운전을 시작할 예정이다."),
    ("서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지는 2026년 3월 상업운전을 시작했다.",
     "Seorim\n\nSeorim Offshore Wind Farm resumed commercial operation on 2 May 2027 after repairs."),
    # the article's own dateline is no date of the event
    (KO_DATED + "서림군 앞바다의 서림 해상풍력단지가 3월 16일 상업운전을 시작했다.",
     WIRE + "Gaon said on Thursday its Seorim offshore wind farm began commercial operation on March 16."),
    # construction start (착공) against commercial operation: two events
    ("서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지는 2023년 5월 착공했다.",
     "Seorim\n\nSeorim Offshore Wind Farm began commercial operation in May 2026."),
    # a company that starts the commercial operation of one of its plants: the plant's event, not the company's
    ("가온풍력 실적\n\n'가온풍력'은 서문 단지의 상업운전을 2024년 5월 시작했다.",
     "가온풍력 실적\n\n'가온풍력'은 청솔 단지의 상업운전을 2026년 3월 시작했다."),
    ("가온풍력 실적\n\n'가온풍력'은 서문 단지 상업운전을 2024년 5월 시작했다.",
     "가온풍력 실적\n\n'가온풍력'은 청솔 단지 상업운전을 2026년 3월 시작했다."),
    # a verb of beginning whose object is no one-off event (construction, a trial run)
    ("서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지는 2023년 5월 공사를 시작했다.",
     "서림 풍력\n\n서림군 앞바다의 서림 해상풍력단지는 2024년 9월 공사를 시작했다."),
]


@pytest.mark.parametrize("a, b", CONTRADICTIONS)
def test_two_dates_of_the_start_of_commercial_operation_are_reported(repo_pack: RuleSet, a: str, b: str) -> None:
    found = _findings(repo_pack, a, b)
    assert len(found) == 1, found
    assert "commercial operation" in found[0]


@pytest.mark.parametrize("texts", AGREEMENTS)
def test_agreeing_dates_and_other_events_are_not(repo_pack: RuleSet, texts: tuple[str, ...]) -> None:
    assert _findings(repo_pack, *texts) == []


def test_a_day_of_no_written_year_says_so(repo_pack: RuleSet) -> None:
    (message,) = _findings(repo_pack, *CONTRADICTIONS[0])
    assert "(year not written: the other date's)" in message and "2 days apart" in message


def _date(text: str, reference: dt.date | None = None) -> list[tuple[str, str, str | None]]:
    return [(q.text, show_date(q), q.counter) for q in read_dates(text, 0, reference, past=True, yearless=True)]


@pytest.mark.parametrize("text, expected", [
    ("its farm began commercial operation on March 16.", [("March 16", "--03-16", NO_YEAR)]),
    ("서림 해상풍력단지가 3월 18일 상업운전을 시작했다.", [("3월 18일", "--03-18", NO_YEAR)]),
    ("opened on 5 August.", [("5 August", "--08-05", NO_YEAR)]),
    # a recurring day, a year word that needs the dateline: no date
    ("매년 3월 22일 개최된다.", []),
    ("every March 22 the festival opens.", []),
    ("지난해 8월 4일 개통했다.", []),
])
def test_a_day_without_its_year_in_an_undated_article(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _date(text) == expected


def test_without_yearless_nothing_is_read_in_an_undated_article() -> None:
    assert read_dates("began commercial operation on March 16.", 0, None, past=True) == []


@pytest.mark.parametrize("text, expected", [
    ("2020년 5월 28일 처음 소개되었고, 같은 해 6월 11일 공개되었다.", "2020-06-11"),
    ("2019년 3월 착공해 이듬해 8월 준공됐다.", "2020-08"),
    ("2019년 3월 착공해 그해 12월 준공됐다.", "2019-12"),
])
def test_the_same_year_is_the_year_of_the_date_before(text: str, expected: str) -> None:
    # with or without a dateline of another year: the text says which year
    for reference in (None, dt.date(2024, 1, 5)):
        assert _date(text, reference)[-1][1] == expected


def _day(text: str) -> Quantity:
    (q,) = read_dates(text, 0, None, past=True, yearless=True)
    return q


def _year_month(y: int, m: int) -> Quantity:
    low, high = Fraction(dt.date(y, m, 1).toordinal()), Fraction(dt.date(y + (m == 12), m % 12 + 1, 1).toordinal())
    return Quantity(Span(0, 1), "x", "date", low, low, high)


@pytest.mark.parametrize("day, other, expected", [
    ("on March 16", (2026, 3), "2026-03-16"),
    # the nearest such day: a year boundary
    ("on December 30", (2026, 1), "2025-12-30"),
    ("on January 2", (2025, 12), "2026-01-02"),
])
def test_a_day_of_no_year_is_placed_in_the_other_dates_year(day: str, other: tuple[int, int], expected: str) -> None:
    q = placed(_day(day), _year_month(*other))
    assert (show_date(q), q.counter) == (expected, OTHER_YEAR)


def test_two_days_of_no_year_stay_as_they_are() -> None:
    a, b = _day("on March 16"), _day("on March 18")
    assert placed(a, b) is a
