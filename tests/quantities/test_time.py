"""Time counters: durations keep their unit, labels (years, days, times of day) stay labels (issue 16).

The rules are in factlint/quantities/timewords.py; each pattern has variants written for these
tests, and the hard negatives that must not change.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract


def only(text: str):  # type: ignore[no-untyped-def]
    qs = extract(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


DURATIONS = [
    # (text, value or (low, high), unit, counter)
    ("공사는 7년이 걸렸다.", F(7), "year", "년"),
    ("그는 3년 동안 일했다.", F(3), "year", "년"),
    ("12년 만에 우승했다.", F(12), "year", "년"),
    ("68년만에 가장 밝은 달", F(68), "year", "년"),
    ("정부는 5년간 투자한다.", F(5), "year", "년"),
    ("1억 년 전 공룡이 살았다.", F(10**8), "year", "년"),
    ("약 4천800만년 전 화석", F(48_000_000), "year", "년"),
    ("지난 47년이 흐른 뒤", F(47), "year", "년"),
    ("10년 후 시장 규모", F(10), "year", "년"),
    ("금리는 3년 동안 동결됐다.", F(3), "year", "년"),  # "3년째": the third year, an ordinal (test_s10_ordinal_words)
    ("2년 연속 흑자를 냈다.", F(2), "year", "년"),
    ("1년 반 만에 돌아왔다.", F(3, 2), "year", "년"),
    ("3개월 뒤 출시된다.", F(3), "month", "개월"),
    ("15개월 동안", F(15), "month", "개월"),
    ("2주간 열린다.", F(2), "week", "주"),
    ("3주 만에 회복했다.", F(3), "week", "주"),
    ("축제는 3일간 열린다.", F(3), "day", "일"),
    ("6일 만에 회복했다.", F(6), "day", "일"),
    ("3일 전 발표했다.", F(3), "day", "일"),
    ("배송에 2일~3일 정도 걸린다.", (F(2), F(3)), "day", "일"),
    ("23분 만에 끝났다.", F(23), "minute", "분"),
    ("48시간 동안 정전됐다.", F(48), "hour", "시간"),
    ("최대 17시간 재생된다.", F(17), "hour", "시간"),
    ("30초 만에 매진됐다.", F(30), "second", "초"),
    ("26세 남성", F(26), "year", "세"),
    ("스무 살 청년", F(20), "year", "살"),
    ("25~29세 여성", (F(25), F(29)), "year", "세"),
    ("김영희(45) 씨는 말했다.", F(45), "year", None),
    ("이철수 교수(72)와 함께", F(72), "year", None),
    ("20대 여성이 늘었다.", (F(20), F(29)), "year", "대"),
    ("한 30대가 난동을 부렸다.", (F(30), F(39)), "year", "대"),
    ("10대들마저 중독됐다.", (F(10), F(19)), "year", "대"),
    ("It took three years.", F(3), "year", None),
    ("over the past 12 months", F(12), "month", None),
    ("a six-year high", F(6), "year", None),
    ("Twelve months ago", F(12), "month", None),
    ("for two weeks", F(2), "week", None),
    ("within 48 hours", F(48), "hour", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "counter"), DURATIONS)
def test_durations_keep_their_unit(text: str, value: F | tuple[F, F], unit: str, counter: str | None) -> None:
    q = only(text)
    assert (q.kind, q.unit, q.counter) == ("quantity", unit, counter)
    if isinstance(value, tuple):
        assert (q.value, q.low, q.high, q.bound) == (None, *value, "range")
    else:
        assert q.value == value


LABELS = [
    # (text, [(value, counter)])
    ("2010년 동계 올림픽", [(F(2010), "년")]),
    ("2010년 전에 지어진 건물", [(F(2010), "년")]),  # before 2010, not 2010 years ago
    ("2023년 3월 5일", [(F(2023), "년"), (F(3), "월"), (F(5), "일")]),
    ("'22년 실적", [(F(22), "년")]),
    ("22년 3월 출시", [(F(22), "년"), (F(3), "월")]),
    ("서기 79년 폼페이", [(F(79), "년")]),
    ("1960년생 여성", [(F(1960), "년")]),
    ("14일부터 21일까지", [(F(14), "일")]),  # days of the month, one range [14, 21]
    ("17시 29분에 발생", [(F(17), "시"), (F(29), "분")]),  # a time of day
    ("15일 06시 16분", [(F(15), "일"), (F(6), "시"), (F(16), "분")]),
    ("오후 3시 30분", [(F(15), "시"), (F(30), "분")]),  # the 24-hour clock
    ("5일 오후 4시경", [(F(5), "일"), (F(16), "시")]),
    ("소득 1분위 가구", [(F(1), "분위")]),  # a quintile, not a minute
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_labels_stay_labels(text: str, expected: list[tuple[F, str]]) -> None:
    qs = extract(text)
    got = [(q.value if q.value is not None else q.low, q.counter) for q in qs]
    assert got == expected, [q.text for q in qs]
    assert all(q.kind == "number" for q in qs)


@pytest.mark.parametrize(
    ("text", "kind", "value", "counter"),
    [
        ("세 분이 참석했다.", "count", F(3), "분"),  # persons (honorific), not minutes
        ("주식 100주를 샀다.", "count", F(100), "주"),  # shares, not weeks
        ("차량 20대가 동원됐다.", "count", F(20), "대"),  # vehicles, not people in their twenties
        ("전투기 30대", "count", F(30), "대"),
        ("40대 이상의 무인 우주선", "count", F(40), "대"),
        ("4대 광역시", "count", F(4), "대"),  # not a round ten
        ("방법(1)을 따른다.", "number", F(1), None),  # a step, not an age
    ],
)
def test_counts_that_look_like_time(text: str, kind: str, value: F, counter: str | None) -> None:
    q = only(text)
    assert (q.kind, q.value, q.counter) == (kind, value, counter)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("2010년", F(2010), F(2010)),  # a year names one year: not 2005–2015 as "2010" rounded
        ("1967년", F(1967), F(1967)),
        ("in 2010", F(2010), F(2010)),
        ("since 2004,", F(2004), F(2004)),
        ("1830년대", F(1830), F(1839)),  # a decade: its ten years
        ("2020년대", F(2020), F(2029)),
        ("in the 1990s", F(1990), F(1999)),
        ("since mid-2003", F(2003), F(2003)),  # "mid-" is no name before a version number
    ],
)
def test_a_year_is_exact_and_a_decade_is_its_ten_years(text: str, low: F, high: F) -> None:
    q = only(text)
    assert (q.kind, q.low, q.high) == ("number", low, high)


def test_a_round_count_is_not_a_year() -> None:
    q = only("관객 2000명")  # a count keeps the precision of its digits
    assert (q.low, q.high) == (F(1950), F(2050))


@pytest.mark.parametrize(("text", "value", "numeral"), [
    ("인구 1천만 시대가 열렸다.", F(10_000_000), "1천만"),  # 시대 after a figure: no hour of ten million
    ("연봉 1억 2천 시대다.", F(120_000_000), "1억 2천"),
    ("국내 3천 시장이 문을 닫았다.", F(3000), "3천"),
    ("광장에 200 시민이 모였다.", F(200), "200"),
    ("회원 7 시민단체가 참여했다.", F(7), "7"),  # a space before 시 and a word after it
])
def test_si_starting_another_word_is_no_hour(text: str, value: F, numeral: str) -> None:
    q = only(text)
    assert (q.value, q.text, q.counter) == (value, numeral, None)


@pytest.mark.parametrize(("text", "value"), [
    ("회의는 3시에 열린다.", F(3)), ("15시부터 운영한다.", F(15)), ("새벽 2시께 불이 났다.", F(2)),
    ("오후 3 시 정각에 만났다.", F(15)), ("24시에 문을 닫는다.", F(24)), ("개장은 9시.", F(9)),
])
def test_an_hour_stays_an_hour(text: str, value: F) -> None:
    q = only(text)
    assert (q.value, q.counter) == (value, "시")
