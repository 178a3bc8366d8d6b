"""Figure phrases read whole: the classes of text the realworld holdout read wrong (issue 16, step 5).

Each class has variants written for these tests (paraphrases, other numbers and units) and hard
negatives that must keep their reading. The rules are general readings of a figure phrase's
structure, in factlint/quantities (timewords.py for the day words, extract.py for the rest).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract


def read(text: str) -> list[tuple[str, str, F | None, str | None, str | None]]:
    return [(q.text, q.kind, q.value, q.unit, q.counter) for q in extract(text)]


# --- native day words and 일주일: a duration in one word -------------------------------------------

DAY_WORDS = [
    ("코레일은 파업 이틀 만에 운행을 줄였다.", "이틀", F(2), "day"),  # "이틀째": the second day, an ordinal (test_s10_ordinal_words)
    ("공사는 열흘 만에 끝났다.", "열흘", F(10), "day"),
    ("사흘간 비가 내렸다.", "사흘", F(3), "day"),
    ("하루에 세 번 먹는다.", "하루", F(1), "day"),
    ("보름 동안 머물렀다.", "보름", F(15), "day"),
    ("수리에 일주일 정도 걸린다.", "일주일 정도", F(1), "week"),
    ("일주일간 선체를 수색했다.", "일주일", F(1), "week"),
    ("그는 석 달 만에 돌아왔다.", "석 달", F(3), "month"),
    ("한 달 동안 쉬었다.", "한 달", F(1), "month"),
    ("3달 뒤 출시된다.", "3달", F(3), "month"),
    ("협상은 나흘 이상 이어졌다.", "나흘 이상", F(4), "day"),
]


@pytest.mark.parametrize("text, span, value, unit", DAY_WORDS)
def test_day_words_are_durations(text: str, span: str, value: F, unit: str) -> None:
    qs = extract(text)
    q = next(q for q in qs if q.text == span)
    assert (q.kind, q.value, q.unit) == ("quantity", value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "하루빨리 해결해야 한다.",  # an adverb: soon
        "보름달이 떴다.",  # a full moon
        "이레네 씨가 말했다.",  # a name
        "하루살이가 날았다.",  # a mayfly
        "두 달러를 냈다.",  # 달러, not 달
        "매일주일 회의",  # inside a word
    ],
)
def test_day_words_not_inside_other_words(text: str) -> None:
    assert [q for q in extract(text) if q.kind == "quantity"] == []


# --- "10명 중 1명": a part of a small whole is one figure, the fraction ------------------------------

PARTITIVES = [
    ("국민 10명 중 1명은 반대했다.", "10명 중 1명", F(1, 10), None, False),
    ("응답자 10명 가운데 7명이 찬성했다.", "10명 가운데 7명", F(7, 10), None, False),
    ("10명 중 6명 이상이 원했다.", "10명 중 6명 이상", F(6, 10), "min", False),
    ("성인 3명 중 1명꼴로 겪는다.", "3명 중 1명꼴", F(1, 3), None, True),
    ("셋 중 한 명은 떠났다.", "셋 중 한 명", F(1, 3), None, False),
    ("가구 5곳 중 2곳이 늘었다.", "5곳 중 2곳", F(2, 5), None, False),
    ("One in five adults smoke.", "One in five", F(1, 5), None, False),
]


@pytest.mark.parametrize("text, span, value, bound, approx", PARTITIVES)
def test_part_of_a_small_whole_is_a_fraction(text: str, span: str, value: F, bound: str | None, approx: bool) -> None:
    qs = extract(text)
    assert [q.text for q in qs] == [span]
    assert (qs[0].kind, qs[0].value, qs[0].unit, qs[0].counter, qs[0].bound, qs[0].approx) == (
        "number", value, None, None, bound, approx)


@pytest.mark.parametrize(
    "text, spans",
    [
        ("응답자 160명 가운데 104명(56%)이 찬성했다.", ["160명", "104명", "56%"]),  # a tally: the share is checked
        ("3명 중 2개를 골랐다.", ["3명", "2개"]),  # not one whole
        ("참가자 28명 중 과학자 12명", ["28명", "12명"]),  # not adjacent
        ("10명 중 12명", ["10명", "12명"]),  # a part larger than its whole
        ("약 10명 중 3명", ["약 10명", "3명"]),  # an approximate whole is a tally
        ("2010년 중 3월", ["2010년", "3월"]),  # labels
    ],
)
def test_tallies_stay_two_counts(text: str, spans: list[str]) -> None:
    assert [q.text for q in extract(text)] == spans


# --- "1시간 30분": a duration and the next smaller unit are one duration ------------------------------

COMPOUNDS = [
    ("구조에 1시간 30분 가량 걸렸다.", "1시간 30분 가량", F(90), "minute", True),
    ("3년 6개월 만에 복귀했다.", "3년 6개월", F(42), "month", False),
    ("약 1시간 20분 동안 회의했다.", "약 1시간 20분", F(80), "minute", True),
    ("The flight took 2 hours 15 minutes.", "2 hours 15 minutes", F(135), "minute", False),
    ("그는 2분 30초 만에 풀었다.", "2분 30초", F(150), "second", False),
]


@pytest.mark.parametrize("text, span, value, unit, approx", COMPOUNDS)
def test_compound_duration_is_one_figure(text: str, span: str, value: F, unit: str, approx: bool) -> None:
    qs = extract(text)
    assert [q.text for q in qs] == [span]
    assert (qs[0].kind, qs[0].value, qs[0].unit, qs[0].approx) == ("quantity", value, unit, approx)


@pytest.mark.parametrize(
    "text, spans",
    [
        ("오후 5시 29분에 발생했다.", ["오후 5시", "29분"]),  # a time of day: labels
        ("2010년 3월 26일", ["2010년", "3월", "26일"]),  # a date
        ("1시간 90분", ["1시간", "90분"]),  # more than an hour of minutes: two figures
        ("3일간 2시간씩 일했다.", ["3일", "2시간"]),  # a rate, not one duration
        ("1시간, 30분", ["1시간", "30분"]),  # a list
    ],
)
def test_not_compound_durations(text: str, spans: list[str]) -> None:
    assert [q.text for q in extract(text)] == spans


# --- units, lists and names -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # the squared Latin abbreviations of CJK fonts are the unit of their NFKC spelling
        ("지진파는 8.5㎐의 주파수였다.", [("8.5㎐", "quantity", F(17, 2), "hertz", None)]),
        ("출력 30㎾ 모터", [("30㎾", "quantity", F(30), "kilowatt", None)]),
        ("500㎖ 병", [("500㎖", "quantity", F(500), "milliliter", None)]),
        # a list joined by a middle dot takes the unit written after its last item
        ("정수배(2·3·4배) 주파수", [("2", "ratio", F(2), "x", None), ("3", "ratio", F(3), "x", None),
                                 ("4배", "ratio", F(4), "x", None)]),
        # a currency before a number: the word after is no unit ("$639m year-earlier")
        ("from $639m year-earlier", [("$639m", "money", F(639_000_000), "USD", None)]),
        ("£5 year on year", [("£5", "money", F(5), "GBP", None)]),
        # an adjective and a capitalised word between a number and its counted noun
        ("the 10 southern Asian nations", [("10", "count", F(10), None, "nations")]),
        ("had 3 big Chinese rivals", [("3", "count", F(3), None, "rivals")]),
        # an event named by its date, and a number ending a Hangul name, are no figures
        ("6·25 전쟁 당시", []),
        ("3·1절 기념식", []),
        ("5·18 민주화운동", []),
        ("코로나19 확진자가 늘었다.", []),
        ("코로나19의 국내 발생", []),
    ],
)
def test_unit_list_and_name_readings(text: str, expected: list[tuple[str, str, F, str | None, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, spans",
    [
        ("1·2위를 차지했다.", ["1", "2위"]),  # a list with a counter stays figures
        ("1·2·3 순서로", ["1", "2", "3"]),  # a longer list is no date
        ("비율은 3·5였다.", ["3", "5"]),  # the copula after the pair
        ("13·25 전쟁", ["13", "25"]),  # no month
        ("최대19 명", ["최대19 명"]),  # a bound word glued by loose spacing is no name
        ("사망자는19명", ["19명"]),  # a counter: a figure
        ("In 2004 American firms", ["2004"]),  # a year before an adjective and a noun
        ("5 years", ["5 years"]),  # no currency: a unit
    ],
)
def test_unit_list_and_name_negatives(text: str, spans: list[str]) -> None:
    assert [q.text for q in extract(text)] == spans


def test_an_age_level_and_above_is_a_lower_bound() -> None:
    (q,) = extract("연령대별로는 50대 이상에서 많았다.")
    assert (q.text, q.value, q.low, q.high, q.bound, q.unit) == ("50대 이상", F(50), F(50), None, "min", "year")
    (q,) = extract("20대 여성")  # no bound: the decade's ten years
    assert (q.value, q.low, q.high, q.bound) == (None, F(20), F(29), "range")


@pytest.mark.parametrize("text", ["검색기금 62조2100억 달성", "528B 달성 …", "100억 달해 보였다"])
def test_dal_starting_a_word_is_no_month(text: str) -> None:  # 달성 "achieving", not months
    assert [q for q in extract(text) if q.unit == "month"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("천안함 1주기 추모식", [("1주기", "number", F(1), None, "주기")]),  # an anniversary: an ordinal label
        ("창립 10주년", [("10주년", "number", F(10), None, "주년")]),
        ("3주 만에 회복했다.", [("3주", "quantity", F(3), "week", "주")]),  # weeks stay weeks
        ("5인승 차량", [("5인승", "count", F(5), None, "인승")]),  # seats
        ("4인을 뽑았다.", [("4인", "count", F(4), None, "인")]),
    ],
)
def test_anniversaries_and_seats(text: str, expected: list[tuple[str, str, F, str | None, str | None]]) -> None:
    assert read(text) == expected
