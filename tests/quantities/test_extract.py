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
        ("KoGPT 6B 모델", "number", F(6 * 10**9), None, None),
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
        ("스무 살", "count", F(20), None, "살"),
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
        "2023.03.14", "21-12-27 09:45", "02-1234-5678", "192.168.1.2", "조사 결과", "구조 조정", "천사", "조건",
        "조원들", "만에", "만들다", "백신", "일본", "이번", "사이", "조만간", "천천히", "삼성", "세대교체",
        "대덕2연구센터", "세배를 드렸다", "million", "",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert extract(text) == []


def test_precision_interval() -> None:
    # ± half a unit of the last significant digit; at least two significant figures
    assert (one("2040억").low, one("2040억").high) == (F(2035 * 10**8), F(2045 * 10**8))
    assert (one("2000억").low, one("2000억").high) == (F(1950 * 10**8), F(2050 * 10**8))
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
    assert (q.kind, q.value, q.bound, q.low, q.high) == ("money", None, "range", F(10**10), F(10**11))
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
    assert to_json(one("32.1%")) == {"text": "32.1%", "kind": "percent", "value": 32.1, "low": 32.05, "high": 32.15, "unit": "%"}
    j = to_json(one("6500배 이상"))
    assert j["value"] == 6500 and isinstance(j["value"], int) and j["high"] is None
    assert to_json(one("80~90%"))["value"] is None
