"""Figure classes the fourth blind set (tests/gold/fresh4, spent) read wrong, issue #16.

Variants written for these tests, not the fresh4 sentences: other races, times, nouns and figures,
Korean and English, each with hard negatives — the same notation where it is no such figure (a time
of day, a score, a timestamp, a year) — that keep their reading (factlint/quantities/extract.py,
timewords.py).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from tests.quantities.test_fresh2_classes import one, read

# --- a race time: H:MM:SS and "N시간 N분 N초" are one duration, in seconds ------------------------------

RACE_TIMES = [
    ("She won the Boston title in 2:21:05, a personal best.", "2:21:05", F(2 * 3600 + 21 * 60 + 5)),
    ("The winning time was 1:02:33 over the half-marathon distance.", "1:02:33", F(3600 + 2 * 60 + 33)),
    ("His record of 2:01:09 stood for four years.", "2:01:09", F(2 * 3600 + 69)),
    ("그는 2:11:47의 기록으로 결승선을 통과했다.", "2:11:47", F(2 * 3600 + 11 * 60 + 47)),
    ("이봉주는 2시간 7분 20초로 한국 기록을 세웠다.", "2시간 7분 20초", F(2 * 3600 + 7 * 60 + 20)),
    ("우승 기록은 1시간 59분 40초였다.", "1시간 59분 40초", F(3600 + 59 * 60 + 40)),
    ("그녀는 3시간 5분 12초 만에 완주했다.", "3시간 5분 12초", F(3 * 3600 + 5 * 60 + 12)),
    ("최고 기록(2시간 10분 3초)보다 빨랐다.", "2시간 10분 3초", F(2 * 3600 + 10 * 60 + 3)),
]


@pytest.mark.parametrize("text, figure, seconds", RACE_TIMES)
def test_a_race_time_is_one_duration_in_seconds(text: str, figure: str, seconds: F) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("quantity", seconds, "second")


@pytest.mark.parametrize("text", [
    "The meeting starts at 14:30 today.",  # a time of day, two groups: no figure (as before)
    "The quake struck at 14:30:05 local time.",  # a time of day with seconds: after "at"
    "Doors open 09:15:00 KST sharp.",  # a time of day with seconds: a zone after it
    "The log shows 2020-08-01 00:00:00 as the first entry.",  # a timestamp: the time of a date
    "오전 10:20:30에 발사됐다.",  # 오전/오후 make it a time of day
])
def test_a_time_of_day_with_seconds_is_no_duration(text: str) -> None:
    assert not [q for q in extract(text) if q.unit == "second"], read(text)


@pytest.mark.parametrize("text", [
    "They won 3:1 at home.",  # a score: two numbers, as before
    "The mix is 1:2:3 by weight.",  # a ratio of three parts: one-digit groups
    "John 3:16 is often quoted.",  # a verse
])
def test_colon_figures_that_are_no_time_taken(text: str) -> None:
    assert not [q for q in extract(text) if q.unit == "second"], read(text)


@pytest.mark.parametrize("text, labels", [
    ("오후 2시 8분 14초에 출발했다.", ["8분", "14초"]),  # a time of day: labels, as before
    ("17시 29분 30초에 발표됐다.", ["29분", "30초"]),
])
def test_seconds_after_an_hour_of_the_clock_stay_labels(text: str, labels: list[str]) -> None:
    for figure in labels:
        assert one(text, figure).kind == "number"


def test_minutes_and_seconds_without_hours_keep_their_reading() -> None:
    # "2분 30초에" is a time (the 30th second); "2분 30초 만에" took that long (timewords)
    assert [q.text for q in extract("2분 30초 만에 골을 넣었다.") if q.unit == "second"] == ["2분 30초"]
    assert one("경기 시작 2분 30초에 골을 넣었다.", "30초").kind == "number"


def test_an_hours_minutes_clock_figure_stays_unread() -> None:
    # "under 2:08" is h:mm for a marathon but m:ss for a 1,000 m race: the notation alone does not say
    assert not [q for q in extract("I wanted to run under 2:08 today.") if q.unit == "second"]


# --- an English number whose noun is a pronoun: "N of them", "N who …" ------------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("The city drew 2.3 million tourists, 400,000 of them from overseas.", "400,000", F(400000)),
    ("Some 1.2 million people voted, 700,000 of them by post.", "1.2 million people", None),
    ("About 90 of us stayed behind after the talk.", "About 90", F(90)),
    ("Three of them were taken to hospital.", "Three", F(3)),
    ("Of the 1,200 who applied, 300 were hired.", "1,200", F(1200)),
    ("Only 45 who had tickets got in.", "45", F(45)),
])
def test_a_number_counted_by_a_pronoun_is_a_count(text: str, figure: str, value: F | None) -> None:
    if value is None:
        figure = "700,000"
        value = F(700000)
    q = one(text, figure)
    assert (q.kind, q.value) == ("count", value)


@pytest.mark.parametrize("text, figure, kind", [
    ("In 2019 who could have guessed it?", "2019", "number"),  # a year before "who"
    ("Around 25% of them said no.", "25%", "percent"),  # a share stays a percent
    ("One of them said no.", "One", "number"),  # "one of them": an idiom, as "one of the" is
    ("Chapter 12 of them all is the longest.", "12", "number"),  # no counted noun: "of them all" is idiom
    ("Households own 1.5 of them on average.", "1.5", "number"),  # an average, no whole number of things: left
    ("Drivers under 25 who crash pay more.", "under 25", "number"),  # an age threshold after a noun
    ("Members aged 70 who voted early were counted twice.", "70", "quantity"),  # "who" stands for the members
])
def test_a_pronoun_after_no_count_changes_nothing(text: str, figure: str, kind: str) -> None:
    found = [q for q in extract(text) if q.text.startswith(figure)]
    assert all(q.kind == kind for q in found), read(text)


# --- basis points: a change in percentage points, a hundredth of one -------------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("The central bank cut rates by 25bp on Thursday.", "25bp", F(1, 4)),
    ("금리를 50bp 인상했다.", "50bp", F(1, 2)),
    ("a 75 bp hike", "75 bp", F(3, 4)),
    ("The spread widened by 120 basis points.", "120 basis points", F(6, 5)),
    ("스프레드가 15bps 좁혀졌다.", "15bps", F(3, 20)),
])
def test_basis_points_are_hundredths_of_a_percentage_point(text: str, figure: str, value: F) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("percent", value, "%p")


@pytest.mark.parametrize("text", ["BP shares rose 3%.", "The 25 BPs of the group", "bp 25"])
def test_bp_that_is_no_unit(text: str) -> None:
    assert not [q for q in extract(text) if q.unit == "%p"], read(text)


# --- the earlier value of a counted figure: "N things, up 8% from M", "a population of N, up from M" ----

@pytest.mark.parametrize("text, figure", [
    ("Exports reached 52,000 cars in May, up 8% from 48,100 a year earlier.", "48,100"),
    ("The firm hired 1,450 engineers last year, down 3% from 1,495.", "1,495"),
    ("The town had a population of 41,200 in 2020, up from 38,900 in 2010.", "38,900"),
    ("Attendance averaged 3,962, down from 4,110 last season.", "4,110"),
])
def test_the_earlier_value_of_a_count_is_a_count(text: str, figure: str) -> None:
    assert one(text, figure).kind == "count"


@pytest.mark.parametrize("text, figure, kind", [
    ("The index stood at 2,450, up 1.2% from 2,421.", "2,421", "number"),  # no count before: an index level
    ("Growth was 2.1%, up from 1.8% a year earlier.", "1.8%", "percent"),
    ("The town had 41,200 residents. Prices rose 4% from 300 in May.", "300", "number"),  # another sentence
    ("It sold 500 cars, up 10% from 2019.", "2019", "number"),  # a year
    ("It hired 40 staff, up 10% from $2 million in costs.", "$2 million", "money"),
])
def test_an_earlier_value_of_something_else_keeps_its_kind(text: str, figure: str, kind: str) -> None:
    assert one(text, figure).kind == kind
