"""Dates written without their year or month ("지난 22일", "8월 4일", "Oct. 20"), read against the article's
dateline (issue #14): the day they are, marked as read so; never without a dateline, for a recurring day, a
range or a count of days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from binding_helpers import bound
from factlint.claimtools import show
from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse
from factlint.quantities.dates import RESOLVED, read_dates, show_date

MARCH_25 = dt.date(2024, 3, 25)


@pytest.mark.parametrize(("text", "reference", "shown"), [
    ("지난 22일 오후 야산에서 불이 났다", MARCH_25, ["2024-03-22"]),
    ("22일 발생한 산불", MARCH_25, ["2024-03-22"]),
    ("사흘 만인 24일 밤 꺼졌다", MARCH_25, ["2024-03-24"]),
    ("지난 28일 개항했다", MARCH_25, ["2024-02-28"]),  # after the dateline's day: the month before
    ("오는 5일 개최된다", MARCH_25, ["2024-04-05"]),  # 오는: the next such day
    ("8월 4일 40.1℃를 기록했다", dt.date(2025, 9, 3), ["2025-08-04"]),
    ("12월 30일 발표했다", dt.date(2025, 1, 3), ["2024-12-30"]),  # the latest such day not after the dateline
    ("지난해 8월 4일 기록했다", dt.date(2025, 9, 3), ["2024-08-04"]),  # another year, written
    # the nearest such day: a day just after the dateline is not a year before it
    ("내일(2월 5일)부터 경기가 열린다", dt.date(2022, 2, 4), ["2022-02-05"]),
    ("1월 14일부터 정상화될 전망이다", dt.date(2013, 12, 31), ["2014-01-14"]),
    ("The 2025 season kicks off on Feb. 22", dt.date(2024, 11, 10), ["2025-02-22"]),
    ("지난 10월 3일 열렸다", dt.date(2024, 3, 1), ["2023-10-03"]),
    # the end of a period is of its start's month ("2월 4일부터 20일까지"), not the nearest 20th
    ("2월 4일부터 20일까지 열렸다", dt.date(2022, 2, 4), ["2022-02-04", "2022-02-20"]),
    ("지난 8월 14일부터 21일까지 조사했다", dt.date(2012, 9, 7), ["2012-08-14", "2012-08-21"]),
    ("won the race on Sunday, Oct. 20, in 2:08:14", dt.date(2024, 10, 21), ["2024-10-20"]),
    ("reached 39.6C on 5 August", dt.date(2025, 10, 14), ["2025-08-05"]),
    ("since its Jan. 23 release", dt.date(2026, 3, 3), ["2026-01-23"]),
    # the same day written with its year is read as before, with no mark
    ("March 22, 2024 and 2024년 3월 22일", MARCH_25, ["2024-03-22", "2024-03-22"]),
    # hard negatives: no reference, a recurring day, a range, a count of days, a decimal
    ("지난 22일 불이 났다", None, []),
    ("매년 3월 22일 열린다", MARCH_25, []),
    ("매월 15일 발표한다", MARCH_25, []),
    ("It is held every March 22.", MARCH_25, []),
    ("첫 주말(1월 23~25일)", MARCH_25, []),
    ("폭염일수가 41일로 가장 많았고 24.3일로 늘었다", MARCH_25, []),
    ("장마 기간은 33일 동안 이어졌고 개봉 41일 만에", MARCH_25, []),
    ("3일 전 발표", MARCH_25, []),  # three days before: a duration
    ("2월 30일", MARCH_25, []),  # no such day
    # a count of days before a word of duration or rate, a day of a week's or month's rota, a frequency per day
    ("10일 안에 출시됐다", MARCH_25, []),
    ("5일 넘게 이어졌다", MARCH_25, []),
    ("3일 연속 상승했다", MARCH_25, []),
    ("1일 평균 3만 명이 이용했다", MARCH_25, []),
    ("1일 3회 업데이트됐다", MARCH_25, []),
    ("주 5일 근무제를 도입했다", MARCH_25, []),
    ("월 2일 휴무한다", MARCH_25, []),
    ("3·4일 이틀간 열렸다", MARCH_25, []),  # two days: neither alone is the date
    ("24일 3시 공개됐다", MARCH_25, ["2024-03-24"]),  # a time of the day is no frequency
    ("24일 안동에서 열렸다", MARCH_25, ["2024-03-24"]),  # a place, no word of duration
    # a month written as a word ("지난달 5일"), and a bare day of the dateline's month, not the next month's 3rd
    ("지난달 5일 개항했다", MARCH_25, ["2024-02-05"]),
    ("지난 달 5일 개항했다", MARCH_25, ["2024-02-05"]),
    ("다음 달 28일 개항한다", MARCH_25, ["2024-04-28"]),
    ("내달 2일 개항한다", MARCH_25, ["2024-04-02"]),
    ("이달 28일 개항한다", MARCH_25, ["2024-03-28"]),
    ("3일 열렸다", MARCH_25, ["2024-03-03"]),
    ("28일 열린다", dt.date(2024, 3, 20), ["2024-03-28"]),
    ("28일 개항했다", dt.date(2024, 3, 5), ["2024-02-28"]),  # the month before, nearer than the 28th to come
])
def test_a_day_without_its_year_is_read_against_the_dateline(text: str, reference: dt.date | None,
                                                             shown: list[str]) -> None:
    got = read_dates(text, 0, reference)
    assert [show_date(q) for q in got] == shown
    full = any(ch.isdigit() for ch in text) and ("2024" in text)
    assert all((q.counter == RESOLVED) != full for q in got)


def test_a_resolved_date_says_so() -> None:
    (day,) = read_dates("지난 22일", 0, MARCH_25)
    assert show(day) == "2024-03-22 (by the dateline)" and day.text == "22일" and show_date(day) == "2024-03-22"
    (full,) = read_dates("2024년 3월 22일", 0, MARCH_25)
    assert show(full) == "2024-03-22" and full.counter is None


@pytest.fixture(scope="module")
def repo_pack() -> RuleSet:
    """The pack of this checkout's rules/ (an editable install elsewhere may map factlint.rules to another tree)."""
    root = Path(__file__).resolve().parents[1] / "rules"
    return load_rules(sorted(str(p) for p in root.iterdir() if p.name.endswith((".yaml", ".yml"))))


def _events(text: str, ruleset: RuleSet, dateline: str = "입력 2024.03.25 09:00\n") -> set[tuple[str, str, str, str]]:
    return {(b.claim.entity, b.claim.attribute, b.claim.quantity.text, show(b.claim.quantity))
            for b in bound("기사\n" + dateline + text + "\n", ruleset)
            if b.claim is not None and b.claim.how.startswith("date of its event")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("'천안함'은 지난 22일 침몰했다.", {("천안함", "침몰", "22일", "2024-03-22 (by the dateline)")}),
    ("지난 22일 '천안함'이 침몰하였다.", {("천안함", "침몰", "22일", "2024-03-22 (by the dateline)")}),
    ("'청해국제공항'은 3월 2일 개항했다.", {("청해국제공항", "개항", "3월 2일", "2024-03-02 (by the dateline)")}),
    ("'노바LM'은 지난 3일 공개됐고 12일 개편됐다.",  # two events on two dates: each its own
     {("노바LM", "release date", "3일", "2024-03-03 (by the dateline)"),
      ("노바LM", "개편", "12일", "2024-03-12 (by the dateline)")}),
    # hard negatives
    ("'서하축제'는 매년 3월 22일 개최된다.", set()),  # a recurring day
    ("'노바LM'의 지난 3일 매출은 3억원으로 증가했다.", set()),  # the day situates a figure
    ("기상청은 3일 발표한 '2025년 여름철(6~8월) 기후 특성'에서 밝혔다.", set()),  # the report the news cites
    ("통계청이 12일 발표한 '2025년 2월 고용동향'에 따르면 취업자가 늘었다.", set()),
    ("1월 21일 개봉한 '바다의 문'은 6주 연속 정상에 올랐다.",  # a quoted name that is no source
     {("바다의 문", "개봉", "1월 21일", "2024-01-21 (by the dateline)")}),
    ("'노바LM' 측은 지난 3일 개편됐다고 밝혔다.", set()),  # what is said
    ("'노바LM'은 '3월 22일 업데이트'에서 개편됐다.", set()),  # a day in a quoted title
    ("영화 '8월 4일'은 지난 20일 공개됐다.", set()),  # a title that is a day; the film is no name the pack knows
    ("'노바LM'은 9일부터 23일까지 시범 운영됐다.", set()),  # a period
    ("'노바LM'은 10일 안에 출시됐다.", set()),  # a count of days
    ("'노바LM'은 1일 3회 업데이트됐다.", set()),  # a frequency per day
    ("'서하축제'는 3·4일 개최됐다.", set()),  # two days
])
def test_the_day_of_an_event_without_its_year_is_a_claim(repo_pack: RuleSet, sentence: str,
                                                         expected: set[tuple[str, str, str, str]]) -> None:
    assert _events(sentence, repo_pack) == expected


def test_no_dateline_no_day(repo_pack: RuleSet) -> None:
    assert _events("'천안함'은 지난 22일 침몰했다.", repo_pack, dateline="") == set()
    assert _events("The airport opened on Oct. 20.", repo_pack, dateline="") == set()


def test_an_english_event_on_a_day_without_its_year(repo_pack: RuleSet) -> None:
    got = _events("Haeun International Airport opened on Oct. 20.", repo_pack,
                  dateline="Published October 24, 2024\n")
    assert got == {("Haeun International Airport", "opened", "Oct. 20", "2024-10-20 (by the dateline)")}
    # a day in a quoted title dates nothing
    assert _events('Haeun Airport opened on Oct. 22. "Gate of October 20" opened on Oct. 23.', repo_pack,
                   dateline="Published October 24, 2024\n") == {("Haeun Airport", "opened", "Oct. 22",
                                                                    "2024-10-22 (by the dateline)")}


def _findings(a: str, b: str, ruleset: RuleSet) -> list[str]:
    docs = [parse("a.txt", f"기사\n{a}\n".encode()), parse("b.txt", f"기사\n{b}\n".encode())]
    return [f.message for f in lint_documents(docs, ruleset).findings if f.kind == "contradiction"]


def test_a_day_read_against_the_dateline_contradicts_another_date(repo_pack: RuleSet) -> None:
    (msg,) = _findings("입력 1997.04.30 10:00\n'청해국제공항'은 지난 28일 개항했다.",
                       "'청해국제공항'은 1997년 5월 개항했다.", repo_pack)
    assert "청해국제공항" in msg and "(by the dateline)" in msg


@pytest.mark.parametrize("other", [
    "'청해국제공항'은 1997년 4월 28일 개항했다.",  # the same day written with its year
    "'청해국제공항'은 1997년 4월 개항했다.",  # the month holds the day
    "'청해국제공항'은 지난 28일 개항했다.",  # no dateline: no day, nothing to compare
])
def test_the_same_day_written_two_ways_is_no_finding(repo_pack: RuleSet, other: str) -> None:
    assert _findings("입력 1997.04.30 10:00\n'청해국제공항'은 지난 28일 개항했다.", other, repo_pack) == []


@pytest.mark.parametrize(("sentence", "shown"), [
    # an event's predicate is past: its day is the latest such day not after the dateline, not the nearest
    # one still to come ("3월 3일 개항했다" in an article of 2022-10-13 is 2022-03-03, not 2023-03-03)
    ("'청해국제공항'은 3월 3일 개항했다.", "2022-03-03 (by the dateline)"),
    ("1월 21일 개봉한 '바다의 문'은 6주 연속 정상에 올랐다.", "2022-01-21 (by the dateline)"),
    ("'노바LM'은 12월 1일 공개됐다.", "2021-12-01 (by the dateline)"),
    ("'청해국제공항'은 지난 3일 개항했다.", "2022-10-03 (by the dateline)"),
    ("'청해국제공항'은 10일 개항했다.", "2022-10-10 (by the dateline)"),
])
def test_the_day_of_a_past_event_is_not_after_the_dateline(repo_pack: RuleSet, sentence: str, shown: str) -> None:
    (got,) = _events(sentence, repo_pack, dateline="입력 2022.10.13 09:00\n")
    assert got[3] == shown


def test_a_past_reading_is_asked_for() -> None:
    (day,) = read_dates("3월 3일", 0, dt.date(2022, 10, 13), past=True)
    assert show_date(day) == "2022-03-03"
    (ahead,) = read_dates("오는 3일", 0, dt.date(2022, 10, 13), past=True)  # a word that says so still wins
    assert show_date(ahead) == "2022-11-03"
