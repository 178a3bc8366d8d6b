"""Extraction rows: one parametrize row per behaviour, hard negatives included."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract, parse_number, to_json


def one(text: str):  # type: ignore[no-untyped-def]
    qs = extract(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit", "counter"),
    [
        ("204B", "number", F(204 * 10**9), None, None),
        ("KoGPT 6B 모델", "count", F(6 * 10**9), None, None),  # a model's size: its parameters, counted
        ("2040억개 파라미터", "count", F(204 * 10**9), None, "개"),
        ("1,000조번", "count", F(10**15), None, "번"),
        ("2억5000만 원", "money", F(25 * 10**7), "KRW", None),
        ("2억 5천만 원", "money", F(25 * 10**7), "KRW", None),
        ("1조6000억원", "money", F(16 * 10**11), "KRW", None),
        ("0.204조", "number", F(204 * 10**9), None, None),
        ("23억8천만 달러", "money", F(238 * 10**7), "USD", None),
        ("1억 달러", "money", F(10**8), "USD", None),
        ("1122억원", "money", F(1122 * 10**8), "KRW", None),
        ("$100 million", "money", F(10**8), "USD", None),
        ("US$4.7 billion", "money", F(47 * 10**8), "USD", None),
        ("€10M", "money", F(10**7), "EUR", None),
        ("50센트", "money", F(1, 2), "USD", None),
        ("500만 엔", "money", F(5 * 10**6), "JPY", None),
        ("1천억 위안", "money", F(10**11), "CNY", None),
        ("이천사백억", "number", F(2400 * 10**8), None, None),
        ("이십일조 삼백", "number", F(21 * 10**12 + 300), None, None),
        ("세 배", "ratio", F(3), "x", None),
        ("두 개", "count", F(2), None, "개"),
        ("스무 살", "quantity", F(20), "year", "살"),  # an age: a duration in years (issue 16)
        ("3x", "ratio", F(3), "x", None),
        ("three times", "ratio", F(3), "x", None),
        ("절반", "ratio", F(1, 2), "x", None),
        ("97%", "percent", F(97), "%", None),
        ("3.5%p", "percent", F(7, 2), "%p", None),
        ("5 percentage points", "percent", F(5), "%p", None),
        ("30 퍼센트", "percent", F(30), "%", None),
        ("one hundred and five", "number", F(105), None, None),
        ("175 billion", "number", F(175 * 10**9), None, None),
        ("1.6T", "number", F(16 * 10**11), None, None),
        ("2.5bn", "number", F(25 * 10**8), None, None),
        ("700 페타플롭", "quantity", F(700), "petaFLOPS", None),
        ("10 PF", "quantity", F(10), "petaFLOPS", None),
        ("8TB", "quantity", F(8), "terabyte", None),
        ("5테라바이트", "quantity", F(5), "terabyte", None),
        ("40km", "quantity", F(40), "kilometer", None),
        ("26.2 miles", "quantity", F(131, 5), "mile", None),
        ("3분의 1", "number", F(1, 3), None, None),
        ("-3.5%", "percent", F(-7, 2), "%", None),
        ("마이너스 일천구백", "number", F(-1900), None, None),
        ("2021년", "number", F(2021), None, "년"),
        ("10월", "number", F(10), None, "월"),
        ("18일", "number", F(18), None, "일"),
        ("6세대", "number", F(6), None, "세대"),
        # bug reports from real text (issue 3 follow-up)
        ("a 175-billion-parameter model", "count", F(175 * 10**9), None, "parameter"),
        ("조회 13,544 댓글", "number", F(13544), None, None),
        ("1조달러", "money", F(10**12), "USD", None),
        ("일조원의 정부 예산", "money", F(10**12), "KRW", None),
        # fractions, spoken decimals, collectives, notations
        ("two thirds of voters", "number", F(2, 3), None, None),
        ("one and a half", "number", F(3, 2), None, None),
        ("five and a half million", "number", F(55 * 10**5), None, None),
        ("3 million and a half", "number", F(35 * 10**5), None, None),
        ("two point two million", "number", F(22 * 10**5), None, None),
        ("half a dozen eggs", "count", F(6), None, "eggs"),
        ("a couple of", "number", F(2), None, None),
        ("one out of three", "number", F(1, 3), None, None),
        ("3/4", "number", F(3, 4), None, None),
        ("2 1/4", "number", F(9, 4), None, None),
        ("¾", "number", F(3, 4), None, None),
        ("1.3e6", "number", F(13 * 10**5), None, None),
        ("1 234 567", "number", F(1234567), None, None),
        ("4 thousand 3 hundred and 21", "number", F(4321), None, None),
        ("30 lakh", "number", F(3 * 10**6), None, None),
        ("오분의 일만을 돌려받았다", "number", F(1, 5), None, None),
        ("일과 이분의 일", "number", F(3, 2), None, None),
        ("이백점 칠일이다", "number", F(20071, 100), None, None),
        # money: compound amounts, ISO codes, finance shorthand
        ("it costs 15 dollars 50.", "money", F(31, 2), "USD", None),
        ("thirteen dollars and forty-five cents", "money", F(269, 20), "USD", None),
        ("이달러이십삼센트", "money", F(223, 100), "USD", None),
        ("42 KWD", "money", F(42), "KWD", None),
        ("MYR42", "money", F(42), "MYR", None),
        ("30 MUSD", "money", F(3 * 10**7), "USD", None),
        ("75 USD million", "money", F(75 * 10**6), "USD", None),
        ("10 grand", "money", F(10000), "USD", None),
        ("100 percentage", "percent", F(100), "%", None),
    ],
)
def test_reads(text: str, kind: str, value: F, unit: str | None, counter: str | None) -> None:
    q = one(text)
    assert (q.kind, q.value, q.unit, q.counter) == (kind, value, unit, counter)
    assert q.low is not None and q.high is not None and q.low <= q.value <= q.high


@pytest.mark.parametrize(
    "text",
    [
        "GPT-3", "GPT-3.5", "COVID-19", "MT-NLG", "www.kt.com", "qurasoha@hankyung.com", "https://a.b/c?x=30%25",
        "21-12-27 09:45", "02-1234-5678", "192.168.1.2", "조사 결과", "구조 조정", "천사", "조건",
        "조원들", "만에", "만들다", "백신", "일본", "이번", "사이", "조만간", "천천히", "삼성", "세대교체",
        "대덕2연구센터", "세배를 드렸다", "million", "",
        # 경기 "game", 경쟁, 조달 "procurement", 억제: a magnitude syllable starting a word
        "경기", "경쟁", "조달 계획", "억제", "Which one do you prefer?",
        "in a quarter.",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert extract(text) == []


def test_precision_interval() -> None:
    # ± half a unit of the last significant digit, never coarser than the second significant digit
    assert (one("2040억").low, one("2040억").high) == (F(2035 * 10**8), F(2045 * 10**8))
    assert (one("2000억").low, one("2000억").high) == (F(1950 * 10**8), F(2050 * 10**8))
    # round figures with a magnitude word: 1억 is [0.95억, 1.05억], not [0.5억, 1.5억]
    assert (one("1억 달러").low, one("1억 달러").high) == (F(95 * 10**6), F(105 * 10**6))
    assert (one("1조").low, one("1조").high) == (F(95 * 10**10), F(105 * 10**10))
    assert (one("$100 million").low, one("$100 million").high) == (F(95 * 10**6), F(105 * 10**6))
    assert (one("175B").low, one("175B").high) == (F(1745 * 10**8), F(1755 * 10**8))
    assert (one("5 million").low, one("5 million").high) == (F(495 * 10**4), F(505 * 10**4))
    assert (one("2.5bn").low, one("2.5bn").high) == (F(245 * 10**7), F(255 * 10**7))
    # so 1억 and 1억5000만, or 1조 and 6000억, never overlap
    assert one("1억").high < one("1억5000만").low  # type: ignore[operator]
    assert one("6000억").high < one("1조").low  # type: ignore[operator]
    # 약 widens by a further 5 % of the value
    assert (one("약 1억").low, one("약 1억").high) == (F(90 * 10**6), F(110 * 10**6))
    assert (one("3배").low, one("3배").high) == (F(5, 2), F(7, 2))
    assert (one("32.1%").low, one("32.1%").high) == (F(3205, 100), F(3215, 100))
    assert (one("4.800").low, one("4.800").high) == (F(47995, 10000), F(48005, 10000))


def test_approx_bounds_and_ranges() -> None:
    q = one("한화 약 1122억원")
    assert q.approx and q.text == "약 1122억원"
    assert q.low == F(1122 * 10**8) - F(5 * 10**7) - F(1122 * 10**8) / 20
    q = one("6500배 이상")
    assert (q.kind, q.value, q.bound, q.high) == ("ratio", 6500, "min", None)
    q = one("5000원 미만")
    assert (q.bound, q.low, q.value) == ("max", None, 5000)
    q = one("over $1.42")
    assert (q.kind, q.unit, q.bound) == ("money", "USD", "min")
    q = one("수백억 원")
    assert (q.kind, q.value, q.bound, q.low, q.high) == ("money", None, "range", F(2 * 10**10), F(9 * 10**10))
    q = one("80~90%")
    assert (q.kind, q.value, q.low, q.high, q.bound) == ("percent", None, 80, 90, "range")
    q = one("100여 명")
    assert (q.value, q.low, q.high, q.approx) == (100, 100, 200, True)
    q = one("1000 초과 1500 미만")
    assert (q.bound, q.low, q.high) == ("range", 1000, 1500)


def test_3세대_is_not_money_and_years_are_labels() -> None:
    assert one("3세대").kind == "number"
    assert one("2021년에").counter == "년"


def test_spans_offset_by_base_and_sorted() -> None:
    text = "매출 1조원, 영업이익 3000억원"
    qs = extract(text, base=100)
    assert [q.span.start for q in qs] == sorted(q.span.start for q in qs)
    for q in qs:
        assert text[q.span.start - 100 : q.span.end - 100] == q.text


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("2억5000만", F(25 * 10**7)), ("one hundred and five", F(105)), ("1.6T", F(16 * 10**11)),
        ("이십일조 삼백", F(21 * 10**12 + 300)), ("스물다섯", F(25)), ("3/4", F(3, 4)), ("사분의삼", F(3, 4)),
        ("마이너스 3", F(-3)), ("1,200,000", F(1200000)), ("100K", F(100000)), ("일점이삼", F(123, 100)),
        ("abc", None), ("", None), ("천천", None),
    ],
)
def test_parse_number(s: str, value: F | None) -> None:
    assert parse_number(s) == value


def test_to_json_numbers() -> None:
    assert to_json(one("32.1%")) == {
        "text": "32.1%", "kind": "percent", "value": 32.1, "low": 32.05, "high": 32.15, "unit": "%",
        "base_value": 32.1, "base_low": 32.05, "base_high": 32.15, "base_unit": "%",
        "approx": False, "bound": None, "counter": None,
    }
    j = to_json(one("6500배 이상"))
    assert j["value"] == 6500 and isinstance(j["value"], int) and j["high"] is None
    assert to_json(one("80~90%"))["value"] is None


@pytest.mark.parametrize(
    ("text", "value", "unit", "base_value", "base_unit"),
    [
        # issue 16: the value is in the unit as written; base_value/base_unit say what it is in the base unit
        ("700 페타플롭", 700, "petaFLOPS", 7 * 10**17, "FLOPS"),
        ("0.7 exaFLOPS", 0.7, "exaFLOPS", 7 * 10**17, "FLOPS"),
        ("2TB", 2, "terabyte", 2 * 10**12, "byte"),
        ("10 km", 10, "kilometer", 10_000, "meter"),
        ("7년 동안", 7, "year", 7 * 31_557_600, "second"),  # pint's year: 365.25 days
        ("23분", 23, "minute", 23 * 60, "second"),
        ("1억 달러", 10**8, "USD", 10**8, "USD"),  # money stays in its currency: no rate is implied
        ("32.1%", 32.1, "%", 32.1, "%"),
        ("2040억개", 204 * 10**9, None, 204 * 10**9, None),
    ],
)
def test_to_json_base_value(text: str, value: float, unit: str | None, base_value: int, base_unit: str | None) -> None:
    j = to_json(extract(text)[0])
    assert (j["value"], j["unit"], j["base_value"], j["base_unit"]) == (value, unit, base_value, base_unit)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The number is between 20 and 30.", 20, 30),
        ("between 100 and 1000 grams", 100, 1000),
        ("from 2 to 7 g", 2, 7),
        ("20 through 100", 20, 100),
        ("5k-20k", 5000, 20000),
        ("이 숫자는 20과 30 사이에 있다.", 20, 30),
        ("숫자의 범위는 20부터 100까지 이다.", 20, 100),
        ("이 수의 범위는 천에서 천오백까지이다", 1000, 1500),
        ("최대 100개에서 최소 20개의 사과", 20, 100),
        ("이 숫자는 100보다 크고 300보다 작다.", 100, 300),
        ("above 1000 and below 1500", 1000, 1500),
        ("이 숫자는 백 이상, 삼백 이하이다", 100, 300),
    ],
)
def test_written_ranges(text: str, low: int, high: int) -> None:
    q = one(text)
    assert (q.bound, q.value, q.low, q.high) == ("range", None, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue rose from $10 million to $20 million",  # a change has two values
        "매출은 10조에서 20조로 늘었다",
        "5명과 10명",  # two counts, no 사이
        "More than 40 and less than 10",  # facing bounds that do not make a range
    ],
)
def test_changes_and_lists_are_not_ranges(text: str) -> None:
    assert len(extract(text)) == 2


@pytest.mark.parametrize(
    ("text", "bound", "value"),
    [
        ("그의 점수는 5000 보다 높거나 같다.", "min", 5000),
        ("100과 같거나 작은 소수", "max", 100),
        ("그의 점수는 200 혹은 그 이상이다.", "min", 200),
        ("그의 점수는 30이거나 그보다 작다", "max", 30),
        ("less than or equal to 30", "max", 30),
        ("no less than 20", "min", 20),
        ("His score is 200 or greater", "min", 200),
        ("x>10", "min", 10),
        ("<-30", "max", -30),
        ("100 >= 의 소수", "min", 100),
        ("1/2이 넘는 사람들", "min", F(1, 2)),
        # a gloss without figures between unit and bound keeps the bound (seed 000 shape)
        ("700 페타플롭(PetaFlop)이상의 슈퍼컴퓨터", "min", 700),
    ],
)
def test_comparisons_are_bounds(text: str, bound: str, value: F | int) -> None:
    q = one(text)
    assert (q.bound, q.value) == (bound, value)


def test_bound_after_a_gloss_with_figures_stays_unattached() -> None:
    # seed 000: the parenthesis holds its own figures (1초, 1000조번); 이상 is not moved across it
    text = "700 페타플롭(PetaFlop·1초 안에 할 수 있는 연산처리가 1000조번에 달하는 것)이상의 슈퍼컴퓨터"
    first = extract(text)[0]
    assert (first.text, first.bound) == ("700 페타플롭", None)


def test_money_and_figures_stay_apart() -> None:
    assert [q.text for q in extract("$ 20,000.00 $ 37,305.97 february")] == ["$ 20,000.00", "$ 37,305.97"]
    assert [q.text for q in extract("$5 and 10 others")] == ["$5", "10"]
    assert [(q.kind, q.value) for q in extract("TOP 10 list")] == [("number", 10)]
    assert [q.value for q in extract("5G 가입자")] == [5]  # G is not giga: network generations
    assert [q.value for q in extract("there are 12 out of 10")] == [12, 10]
    assert F(3, 4) not in [q.value for q in extract("3/4분기 실적")]  # the third quarter, not ¾
    assert [(q.kind, q.unit) for q in extract("I want to earn $2000 over 3 years")][0] == ("money", "USD")


def test_vulgar_fractions_in_korean_and_english_copy() -> None:
    """A vulgar fraction is a core in non-ASCII text wherever it stands; after a digit it is that
    number's part ("2½" is one figure, not 2 and ½); ASCII text holds none to look for."""
    assert [(q.text, q.value) for q in extract("인구의 ¾이 찬성했다")] == [("¾", F(3, 4))]
    assert [q.value for q in extract("2½ 시간 걸렸다")] == [F(5, 2)]
    assert [q.value for q in extract("about ¾ of voters")] == [F(3, 4)]
    assert [q.value for q in extract("about 3/4 of voters")] == [F(3, 4)]  # ASCII: the slash notation only
