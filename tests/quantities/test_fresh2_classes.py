"""Figure phrases of the classes the second blind set (tests/gold/fresh2, dev) read wrong.

Variants written for these tests, not the fresh2 sentences: other nouns, numbers and units, both
languages, and hard negatives — the same token where it is no such figure — that must keep their
reading. The rules are readings of how a figure phrase is built (factlint/quantities/timewords.py,
extract.py, tables.py).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from factlint.model import Quantity


def read(text: str) -> list[tuple[str, str, F | None, str | None, str | None]]:
    return [(q.text, q.kind, q.value, q.unit, q.counter) for q in extract(text)]


def one(text: str, figure: str) -> Quantity:
    found = [q for q in extract(text) if q.text == figure]
    assert len(found) == 1, read(text)
    return found[0]


# --- N일 that counts days: past any month's end, or after a noun of a number of days -------------------

DAYS = [
    ("올해 열대야일수는 47일로 역대 최다였다.", "47일"),
    ("부산 36일, 울산 32일 순이었다.", "36일"),
    ("부산 36일, 울산 32일 순이었다.", "32일"),
    ("서울의 폭염일수는 19일로 평년보다 많았다.", "19일"),
    ("연간 근무 일수가 22일 줄었다.", "22일"),
    ("강수일수는 평균 9일이었다.", "9일"),
]


@pytest.mark.parametrize(("text", "figure"), DAYS)
def test_days_counted(text: str, figure: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.unit) == ("quantity", "day")


DAY_LABELS = [
    ("지난 29일 기상청이 발표했다.", "29일"),
    ("1월 31일 개통했다.", "31일"),
    ("젊은층일수록 15일 이후에 몰렸다.", "15일"),  # 일수록 "the more": no noun of days
    ("폭염이 이어진 19일 서울의 낮 기온은 35도였다.", "19일"),  # 폭염 is no number of days
]


@pytest.mark.parametrize(("text", "figure"), DAY_LABELS)
def test_day_of_month_stays_a_label(text: str, figure: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.unit, q.counter) == ("number", None, "일")


# --- a scale letter glued to the digits ("40C"), in a sentence about a temperature -----------------------

GLUED_SCALES = [
    ("On the hottest day the thermometer read 38.4C in Daegu.", "38.4C", F("38.4"), "degree_Celsius"),
    ("A fever of 39C needs a doctor.", "39C", F(39), "degree_Celsius"),
    ("Phoenix hit 118F, its hottest temperature on record.", "118F", F(118), "degree_Fahrenheit"),
    ("Overnight temperatures stayed above 27C.", "above 27C", F(27), "degree_Celsius"),
    ("Temperatures were 3C warmer than normal.", "3C", F(3), "delta_degree_Celsius"),  # a difference
]


GLUED_NAMES = [
    ("Section 12C of the act applies to large firms.", "12"),  # a name: nothing says temperature
    ("She moved into Flat 3F in May.", "3"),
    ("Model 5C sold 40,000 units.", "5"),
]


@pytest.mark.parametrize(("text", "figure"), GLUED_NAMES)
def test_glued_letter_without_temperature_is_no_unit(text: str, figure: str) -> None:
    assert all(q.unit is None for q in extract(text) if q.text.startswith(figure)), read(text)


# --- a day word before a statistic's word names its period ("daily"), not a figure ------------------------

@pytest.mark.parametrize("text", ["하루 평균 4만 명이 다녀갔다.", "하루 최저기온이 25℃ 이상인 밤", "일주일 평균 3회 운동한다.",
                                  "하루 최대 3천 건이 접수됐다."])
def test_day_word_of_a_statistic_is_no_figure(text: str) -> None:
    assert all(q.unit != "day" and q.counter not in ("일", "주일") for q in extract(text)), read(text)


DAY_DURATIONS = [
    ("개봉일 하루 동안 11만 명이 봤다.", "하루", F(1), "day"),  # a duration
    ("이틀 동안 최고 기록을 두 번 넘었다.", "이틀", F(2), "day"),  # 동안 first: a duration
    ("일주일 만에 평균 기온이 올랐다.", "일주일", F(1), "week"),
]


# --- an English noun written once: a parallel pair, and dates standing between --------------------------

# (the cases a counted noun is taken in: COUNTS in test_fresh_classes.py, fresh2's among them)

NOT_ELIDED = [
    ("The firm has 40 staff and 2 million in cash.", "2 million"),  # no parallel: money, not staff
    ("He scored 2 goals in the first 10 minutes and 1 in the second half.", "1"),  # minutes stand between
]


@pytest.mark.parametrize(("text", "figure"), NOT_ELIDED)
def test_no_noun_without_parallel(text: str, figure: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.counter) == ("number", None)


# --- volumes: ㎥ (and the size class ~급 after it), m³, cubic metres, ㎖, ℓ --------------------------------

VOLUMES = [
    ("LNG 운반선은 모두 18만㎥급이다.", "18만㎥", F(180000), "meter ** 3"),
    ("저수량은 1억 2천만 세제곱미터로 늘었다.", "1억 2천만 세제곱미터", F(120_000_000), "meter ** 3"),
    ("The tanks hold 174,000 m³ of gas.", "174,000 m³", F(174000), "meter ** 3"),
    ("It can carry 200,000 cubic metres of LNG.", "200,000 cubic metres", F(200000), "meter ** 3"),
    ("하루 500㎖씩 마신다.", "500㎖", F(500), "milliliter"),
    ("연면적 3만㎡ 규모다.", "3만㎡", F(30000), "meter ** 2"),  # area stays area
]


@pytest.mark.parametrize(("text", "figure", "value", "unit"), GLUED_SCALES + VOLUMES + DAY_DURATIONS)
def test_quantity_read(text: str, figure: str, value: F, unit: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("quantity", value, unit)


# --- smaller classes: a week numbered with 차, a decade before a hyphened word, ares before 당 -----------

def test_week_numbered_with_cha_is_a_label() -> None:
    assert read("개봉 2주차 주말에 100만 명을 넘겼다.")[0] == ("2주", "number", 2, None, "주")
    assert read("입사 5주 차에 첫 휴가를 냈다.")[0] == ("5주", "number", 5, None, "주")
    assert read("주식 100주를 샀다.")[0] == ("100주", "count", 100, None, "주")  # shares
    assert read("그는 3주 만에 돌아왔다.")[0][1:4] == ("quantity", 3, "week")  # a duration
    assert read("3주 차이로 개봉했다.")[0][1] != "number"  # 차이: a gap, not the third week


def test_decade_before_a_hyphened_word() -> None:
    q = one("It is a 1980s-style thriller.", "1980s")
    assert (q.kind, q.counter, q.low, q.high) == ("number", None, 1980, 1989)
    assert one("a 1,980-seat hall", "1,980").counter == "seat"  # a count of seats, no decade


def test_ares_before_dang() -> None:
    q = one("10a당 수확량은 520㎏이다.", "10a")
    assert (q.kind, q.value, q.unit) == ("quantity", 10, "are")
    assert one("Article 10a applies.", "10").unit is None  # no 당: a name's letter


# --- English ages: "aged N" and "in their Ns" ------------------------------------------------------------

AGES = [
    ("Half of the victims were aged 80 or older.", "80", F(80), None),
    ("The vaccine is for children aged 5 to 11.", "5 to 11", None, (5, 11)),
    ("Aged 70, she ran the marathon.", "70", F(70), None),
    ("Most of the new voters are in their 30s.", "30s", None, (30, 39)),
    ("A man in his 50s was arrested.", "50s", None, (50, 59)),
]


@pytest.mark.parametrize(("text", "figure", "value", "ends"), AGES)
def test_english_ages_are_years(text: str, figure: str, value: F | None, ends: tuple[int, int] | None) -> None:
    q = one(text, figure)
    assert (q.kind, q.unit, q.value) == ("quantity", "year", value)
    if ends is not None:
        assert (q.low, q.high, q.bound) == (ends[0], ends[1], "range")


@pytest.mark.parametrize(("text", "figure"), [
    ("Prices were in the 20s for most of the decade.", "20"),  # no owner of an age: maybe the 1920s
    ("The distillery aged 300 casks of whisky.", "300"),  # its own counted noun
    ("The band formed in their 1990s heyday.", "1990s"),  # a calendar decade
])
def test_not_an_age(text: str, figure: str) -> None:
    assert one(text, figure).unit is None


# --- a plain-text list's numbers -------------------------------------------------------------------------

def test_plain_text_list_numbers_are_no_figures() -> None:
    text = "References\n1. Statistics Korea, 2024 yearbook.\n2. 4개 시 인구는 322만 명이다.\n12. City Hall, 2021."
    assert [q.text for q in extract(text)] == ["2024", "4개", "322만 명", "2021"]


@pytest.mark.parametrize(("text", "figure"), [
    ("3.5 million people live there.", "3.5 million"),  # a decimal opening a line
    ("2019. The year began badly.", "2019"),  # a year, not a list's number (four digits)
    ("Sales rose 1. Then they fell.", "1"),  # not opening a line
])
def test_numbers_that_open_no_list(text: str, figure: str) -> None:
    one(text, figure)


def test_one_before_a_hyphened_word_is_an_adjective() -> None:
    assert read("A one-way ticket costs less.") == []
    assert read("It was a one-off payment.") == []
    assert one("a one-year contract", "one-year").unit == "year"  # a unit: a duration
    assert one("one-third of voters", "one-third").value == F(1, 3)  # a fraction
    assert one("a two-seat plane", "two").counter == "seat"  # two of a thing


# --- how often: "N times"/"twice" before a word of frequency counts occurrences --------------------------

@pytest.mark.parametrize(("text", "figure", "value"), [
    ("The team has won the cup four times in a row.", "four times", 4),
    ("Patients take the tablet twice a day.", "twice", 2),
    ("She has been fined 3 times this year.", "3 times", 3),
    ("그 영화는 주말 박스오피스 1위를 여섯 번 연속 지켰다.", "여섯 번", 6),  # Korean writes the counter 번
])
def test_how_often_is_a_count(text: str, figure: str, value: int) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("count", value, None)


@pytest.mark.parametrize(("text", "figure"), [
    ("Older people were three times as likely to be admitted.", "three times"),
    ("The new plant is 4 times the size of the old one.", "4 times"),
    ("Prices rose six times in a decade.", "six times"),  # sixfold: no word of frequency
    ("그 회사 매출은 세 배로 늘었다.", "세 배"),
])
def test_multiples_stay_multiples(text: str, figure: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.unit) == ("ratio", "x")
