"""Dates in digits, English month names and ordinals are read as labels (issue 16).

The rules are in factlint/quantities/labels.py: a label is ``kind="number"`` with the counter the
Korean spelling would carry (년, 월, 일, 분기, 세기, 번째), whatever the language or notation, so
"2010-03-26" reads as "2010년 3월 26일" does. Variants written for these tests, and hard negatives
(versions, addresses, impossible dates, fractions, words that look like months or ordinals).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract


def labels(text: str) -> list[tuple[str, F | None, str | None]]:
    return [(q.text, q.value, q.counter) for q in extract(text) if q.kind == "number"]


DATES = [
    ("입력 2010-03-26 | 위키뉴스", [("2010", 2010, "년"), ("03", 3, "월"), ("26", 26, "일")]),
    ("올해 가장 큰달(2016.11.14.)과 작은달(2016.4.22.) 비교",
     [("2016", 2016, "년"), ("11", 11, "월"), ("14", 14, "일"), ("2016", 2016, "년"), ("4", 4, "월"), ("22", 22, "일")]),
    ("Released on 2020/08/01.", [("2020", 2020, "년"), ("08", 8, "월"), ("01", 1, "일")]),
    ("입력 2023.03.14 16:00 수정", [("2023", 2023, "년"), ("03", 3, "월"), ("14", 14, "일")]),  # the time is no figure
    ("date: 2020-08-01 00:00:00", [("2020", 2020, "년"), ("08", 8, "월"), ("01", 1, "일")]),
    ("in January", [("January", 1, "월")]),
    ("the three months to 31 December 2004", [("31", 31, "일"), ("December", 12, "월"), ("2004", 2004, "년")]),
    ("by March 3, 2005, creditors", [("March", 3, "월"), ("3", 3, "일"), ("2005", 2005, "년")]),
    ("the record set in late October.", [("October", 10, "월")]),
    ("when adding December and January's figures", [("December", 12, "월"), ("January", 1, "월")]),
    ("It will be paid in May.", [("May", 5, "월")]),
    ("on May 4th", [("May", 5, "월"), ("4th", 4, "일")]),
    ("since June 2019", [("June", 6, "월"), ("2019", 2019, "년")]),
]


@pytest.mark.parametrize(("text", "want"), DATES)
def test_dates_are_labels(text: str, want: list[tuple[str, int, str]]) -> None:
    assert labels(text) == [(t, F(v), c) for t, v, c in want]


@pytest.mark.parametrize(
    ("digits", "korean"),
    [("2010-03-26", "2010년 3월 26일"), ("2016.4.22.", "2016년 4월 22일"), ("2022/12/31", "2022년 12월 31일")],
)
def test_a_date_in_digits_reads_as_the_korean_date(digits: str, korean: str) -> None:
    def shape(text: str) -> list[tuple[F | None, F | None, F | None, str | None]]:
        return [(q.value, q.low, q.high, q.counter) for q in extract(text)]

    assert shape(digits) == shape(korean)


@pytest.mark.parametrize(
    "text",
    [
        "192.168.1.2",  # an address
        "21-12-27 09:45",  # a two-digit year: no calendar date we can be sure of
        "02-1234-5678",  # a telephone number
        "2021-02-30",  # no such day
        "2022.13.01",  # no such month
        "version 1.10.2",
        "https://example.com/2020/08/01/post",  # inside a URL
        "12:30",
        # month names that are words or names here
        "Prices may rise.", "June Carter sang.", "March on Washington", "April Ryan asked",
    ],
)
def test_not_dates(text: str) -> None:
    assert extract(text) == []


ORDINALS = [
    ("in his first term in office", ("first", 1, "번째")),
    ("the first President to do so", ("first", 1, "번째")),
    ("Asia's third largest economy", ("third", 3, "번째")),
    ("KFB is South Korea's seventh largest bank", ("seventh", 7, "번째")),
    ("its first hike in nine years", ("first", 1, "번째")),
    ("for a second time", ("second", 2, "번째")),
    ("the twenty-first round", ("twenty-first", 21, "번째")),
    ("until the fourth quarter of next year", ("fourth quarter", 4, "분기")),
    ("results were respectable in a third quarter when fuel costs rose", ("third quarter", 3, "분기")),
    ("in the 3rd quarter", ("3rd quarter", 3, "분기")),
    ("the 21st century", ("21st century", 21, "세기")),
    ("its 2nd attempt", ("2nd", 2, "번째")),
    # Korean: 제 before a number; the counter after it belongs to the ordinal
    ("대한민국 해군 제2함대 소속", ("제2", 2, "번째")),
    ("제3회 대회가 열렸다", ("제3회", 3, "번째")),
    ("제 12조에 따라", ("제 12조", 12, "번째")),  # article 12, not 12 trillion
    ("세 번째 시도", ("세 번째", 3, "번째")),
]


@pytest.mark.parametrize(("text", "want"), ORDINALS)
def test_ordinals_are_labels(text: str, want: tuple[str, int, str]) -> None:
    t, v, c = want
    assert labels(text) == [(t, F(v), c)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("made up just over one third of the audience", F(1, 3)),
        ("two thirds of the board", F(2, 3)),
        ("a third of the audience", F(1, 3)),
        ("cut by a third last year", F(1, 3)),
        ("a quarter of users", F(1, 4)),
    ],
)
def test_fractions_stay_fractions(text: str, value: F) -> None:
    assert [(q.value, q.counter) for q in extract(text)] == [(value, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Book a first class seat to seattle", "at first sight", "First, the board met.", "Korea First Bank",
        "wait a second.", "a third-party app", "second-hand cars", "경제2", "the first aid kit",
    ],
)
def test_not_ordinals(text: str) -> None:
    assert [q for q in extract(text) if q.counter in ("번째", "분기", "세기")] == []


def test_a_second_of_time_stays_a_duration() -> None:
    (q,) = extract("up to 40 seconds")
    assert (q.kind, q.value, q.unit) == ("quantity", 40, "second")
