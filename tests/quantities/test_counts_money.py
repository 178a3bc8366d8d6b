"""Counts, loose numbers and money as real articles write them (issue 16): variants and hard negatives."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract


def only(text: str):  # type: ignore[no-untyped-def]
    qs = extract(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    ("text", "value", "counter", "span"),
    [
        ("US firms added only 146,000 jobs in January.", F(146_000), "jobs", "146,000"),
        ("It created 190,000 new jobs.", F(190_000), "jobs", "190,000"),
        ("its 30 member countries", F(30), "countries", "30"),
        ("employs more than 50,000 people worldwide", F(50_000), "people", "more than 50,000"),
        ("the sale of 118 million new shares", F(118_000_000), "shares", "118 million"),
        ("Phuket and five other provinces", F(5), "provinces", "five"),
        ("with 3 million retail customers", F(3_000_000), "customers", "3 million"),
        ("a 12-member cartel", F(12), "member", "12"),
        ("some 80-odd countries", F(80), "countries", "some 80-odd"),
        ("a 175-billion-parameter model", F(175 * 10**9), "parameter", "175-billion"),
        ("two children", F(2), "children", "two"),
        # a part of counted things: "of the" + the noun
        ("5 of the funds", F(5), "funds", "5"),
        ("three of its plants", F(3), "plants", "three"),
        # capitalised words (names) between the number and its noun
        ("we have taken delivery of six Airbus A321 aircraft", F(6), "aircraft", "six"),
        ("it won 3 Grammy awards", F(3), "awards", "3"),
    ],
)
def test_english_counted_nouns(text: str, value: F, counter: str, span: str) -> None:
    q = only(text) if "January" not in text else extract(text)[0]  # and "January", a month label
    assert (q.kind, q.value, q.counter, q.text) == ("count", value, counter, span)


@pytest.mark.parametrize(
    "text",
    [
        "In 2004 sales rose.",  # a year
        "one of the biggest firms",  # an idiom, not one firm counted
        "2 of the 3",  # no noun
        "at 10 Downing Street",  # a name, no plural noun
        "The 100 million mark",  # singular
        "It was 3 times as big",  # a multiple
        "three more years",  # "more" stands between
        "200 bps",  # basis points, no plural noun
    ],
)
def test_not_counted_nouns(text: str) -> None:
    assert all(q.kind != "count" for q in extract(text))


@pytest.mark.parametrize(
    ("text", "low", "high", "kind", "unit", "counter"),
    [
        ("too focused on one or two product lines", F(1), F(2), "count", None, "lines"),
        ("5 or 6 people", F(5), F(6), "count", None, "people"),
        ("뇌는 한 두 개 의자만 보고도", F(1), F(2), "count", None, "개"),
        ("한두 번", F(1), F(2), "count", None, "번"),
        ("가스값이 두세 배 올랐다", F(2), F(3), "ratio", "x", None),
        ("서너 명이 모였다", F(3), F(4), "count", None, "명"),
        ("hundreds of millions of dollars", F(10**8), F(10**9 - 1), "money", "USD", None),
        ("tens of thousands of people", F(10**4), F(10**5 - 1), "count", None, "people"),
        ("수십 년 동안", F(20), F(90), "quantity", "year", "년"),  # 수-: two to nine; a duration
        ("수백 개의 뉴런", F(200), F(900), "count", None, "개"),
        ("800억대 새로운 건축물", F(80_000_000_000), F(90_000_000_000), "money", "KRW", None),  # its level
        ("3만원대 요금제", F(30_000), F(40_000), "money", "KRW", None),
        ("이 논문은 70억개에서 650억개의 파라미터까지", F(7 * 10**9), F(65 * 10**9), "count", None, "개"),
        ("There're at most 100 and at least 20 apples.", F(20), F(100), "count", None, "apples"),
    ],
)
def test_loose_ranges(text: str, low: F, high: F, kind: str, unit: str | None, counter: str | None) -> None:
    q = only(text)
    assert (q.value, q.low, q.high, q.bound) == (None, low, high, "range")
    assert (q.kind, q.unit, q.counter) == (kind, unit, counter)


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        ("2 or 200", 2),  # two figures, not a loose count
        ("스마트폰 1억대 판매", 1),  # 대 counts machines: no money
        ("1천만대 판매", 1),
    ],
)
def test_loose_range_near_misses(text: str, near_miss: int) -> None:
    qs = extract(text)
    assert all(q.bound != "range" for q in qs) and all(q.kind != "money" for q in qs)


@pytest.mark.parametrize(
    ("text", "value", "counter"),
    [
        ("두 도시가 경쟁했다", F(2), "도시"),
        ("세 과학자는", F(3), "과학자"),
        ("두 자녀에게", F(2), "자녀"),
        ("두 개구리", F(2), "개구리"),  # 개구리, not the counter 개
        ("다섯 나라", F(5), "나라"),
        ("둘 다 좋다", F(2), None),
        ("하나씩 넣는다", F(1), None),
        ("부모로부터 하나씩의 염색체", F(1), None),
        ("그 중 하나는", F(1), None),
    ],
)
def test_native_numerals_count(text: str, value: F, counter: str | None) -> None:
    q = only(text)
    assert (q.kind, q.value, q.counter) == ("count", value, counter)


@pytest.mark.parametrize("text", ["하나은행 지점", "둘러보다", "넷플릭스", "네 그렇습니다", "열 에너지", "세계 경제"])
def test_words_that_begin_like_native_numerals(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Microsoft is twice as big", F(2)),
        ("it happened thrice", F(3)),
        ("double the size", F(2)),
    ],
)
def test_english_multiples_in_words(text: str, value: F) -> None:
    q = only(text)
    assert (q.kind, q.unit, q.value, q.low, q.high) == ("ratio", "x", value, value, value)


@pytest.mark.parametrize("text", ["a double room", "double-digit growth", "Revenue doubled from $5 million"])
def test_not_multiples(text: str) -> None:
    assert all(q.kind != "ratio" for q in extract(text))  # "doubled" is the arithmetic check's word


@pytest.mark.parametrize("text", ["it is trıple the size", "TWİCE as big", "thrıce a year", "it is triple the size"])
def test_a_multiple_spelled_with_a_turkish_i_is_no_figure_and_no_crash(text: str) -> None:
    # re ignoring case reads "ı" and "İ" as "i": the lookup of "trı" raised KeyError and stopped the whole run
    found = [(q.kind, q.value) for q in extract(text)]
    assert found == ([("ratio", F(3))] if "triple" in text else [])


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("around 30bn baht", F(30 * 10**9), "THB"),
        ("shares were lower at 925p by midday", F(925, 100), "GBP"),
        ("상금 800만스웨덴크로나", F(8_000_000), "SEK"),
        ("8m kronor", F(8_000_000), "SEK"),
    ],
)
def test_money(text: str, value: F, unit: str) -> None:
    q = only(text)
    assert (q.kind, q.value, q.unit) == ("money", value, unit)


@pytest.mark.parametrize("text", ["a 1080p screen", "720p video", "상금 800만 크로네"])  # lines; krone is Danish or Norwegian
def test_not_money(text: str) -> None:
    assert all(q.kind != "money" for q in extract(text))


def test_dimensions_share_the_unit_written_last() -> None:
    # a square is one figure, its side: "100×100 픽셀" is 100 pixels each way
    assert [(q.text, q.value, q.unit) for q in extract("상하좌우 100×100 픽셀이었다")] == [("100×100 픽셀", F(100), "pixel")]
    assert [(q.value, q.unit) for q in extract("3 x 4 m")] == [(F(3), "meter"), (F(4), "meter")]
    assert [(q.kind, q.value) for q in extract("3x faster")] == [("ratio", F(3))]


def test_a_list_takes_the_unit_of_its_last_figure() -> None:
    assert [(q.value, q.unit) for q in extract("메모리 유닛(64, 256, 512MB)")] == [
        (F(64), "megabyte"), (F(256), "megabyte"), (F(512), "megabyte"),
    ]
    assert [q.unit for q in extract("In 2004, 146,000 jobs")] == [None, None]  # a year and a count: no list


def test_model_sizes_after_a_name() -> None:
    assert [q.value for q in extract("LLaMA-13B는 GPT-3(175B)보다")] == [F(13 * 10**9), F(175 * 10**9)]
    assert [q.value for q in extract("Chinchilla-70B 및 PaLM-540B")] == [F(70 * 10**9), F(540 * 10**9)]
    assert extract("GPT-3와 COVID-19") == []  # a version and a name, not figures


@pytest.mark.parametrize(("text", "read"), [
    ("about 3 thouſand won", [("number", F(3), "about 3")]),    # long s: "thousand" to a regex ignoring case
    ("$2 mİllion in 2019", [("money", F(2), "$2")]),             # dotted capital I
    ("1.5 bıllion parameters", [("number", F(3, 2), "1.5")]),    # dotless i
    ("a 300 K night", [("number", F(300), "300")]),              # Kelvin sign
    ("$2 million in İstanbul", [("money", F(2_000_000), "$2 million")]),
])
def test_letters_that_fold_onto_ascii_are_no_number_words_and_never_crash(text: str, read: list[tuple[str, F, str]]) -> None:
    # Unicode case folding maps ſ, K, İ and ı onto s, k and i: number-word patterns ignoring case matched
    # "thouſand" and the ASCII-keyed lexicon raised KeyError, which stopped the whole run
    found = [q for q in extract(text) if q.kind != "number" or q.counter is None]
    assert [(q.kind, q.value, q.text) for q in found][: len(read)] == read
    assert all(text[q.span.start : q.span.end] == q.text for q in extract(text))
