"""Fuzzing the number reader (issue 13): generated notations of known values read back exactly.

A short budget here (a few seconds in the normal run); ``python -m fuzz.numbers --cases 100000``
runs the same generators at length (figures in benchmarks/README.md). Every wrong value or
exception a fuzzer found is a plain row of ``REGRESSIONS`` below.
"""

from __future__ import annotations

import random
from fractions import Fraction as F

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.quantities import extract, parse_number
from fuzz.notations import FAMILIES, generate, sentence
from fuzz.numbers import check

SHORT = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SHORT
@given(st.sampled_from(FAMILIES), st.randoms(use_true_random=False))
def test_generated_notations_read_back_exactly(family: str, rng: random.Random) -> None:
    n = generate(family, rng)
    assert check(n, rng) is None


@SHORT
@given(st.sampled_from(FAMILIES), st.randoms(use_true_random=False), st.text(max_size=8))
def test_generated_notations_in_any_surroundings_never_raise(family: str, rng: random.Random, noise: str) -> None:
    n = generate(family, rng)
    text, _ = sentence(n, rng)
    for t in (noise + n.text + noise, text + noise, n.text[: len(n.text) // 2] + noise):
        for q in extract(t):
            assert t[q.span.start : q.span.end] == q.text
        parse_number(t)


# Wrong values and crashes the fuzzers found, each now read right: (text, value).
REGRESSIONS = [
    ("8359억 2,384만 5858원", F(835_923_845_858)),  # issue 13: read as 8359억 2384만 and 5858원
    ("37조2164억2,980만 778", F(37_216_429_800_778)),  # a last group after a space
    ("873만 3,836", F(8_733_836)),
    ("1만 7천1백 7십", F(17_170)),
    ("4억 1천 590만 달러", F(415_900_000)),  # Recognizers-Text: a spaced group inside a 만-section
    ("3만 천5백87", F(31_587)),  # a section led by a bare 천
    ("655만 천백4", F(6_551_104)),
    ("1억 천만 원", F(110_000_000)),
    ("만5천원", F(15_000)),  # read as 5천원
    ("천5백만 원", F(15_000_000)),  # read as 5백만 원
    ("만 7563", F(17_563)),
    ("천3백7십7만 837", F(13_770_837)),
    ("마이너스사백삼십이", F(-432)),  # glued to the sign word: read as nothing
    ("마이너스 만 92", F(-10_092)),
    ("3억 오천만 원", F(350_000_000)),  # digits and a Hangul section
    ("$600m", F(600_000_000)),  # read as 600 metres
    ("£0.007m", F(7_000)),
    ("US$ 5m", F(5_000_000)),
    ("600m euros", F(600_000_000)),
    ("1억 6천km", F(160_000_000)),  # the dropped 만 (numerals.read_korean)
]


@pytest.mark.parametrize(("text", "value"), REGRESSIONS)
def test_fuzzer_regressions(text: str, value: F) -> None:
    qs = extract(text)
    assert [q.value for q in qs] == [value], [q.text for q in qs]
    assert qs[0].text.strip() == text.strip() or qs[0].text in text


def test_a_superscript_digit_is_no_digit_of_a_numeral() -> None:
    # found by test_generated_notations_in_any_surroundings_never_raise: "¹" is str.isdigit() but
    # int("¹") raises; read_korean took it for a digit
    assert parse_number("¹") is None
    assert [q.value for q in extract("3만¹ 명")] == [F(30_000)]


# Near misses that must stay two figures, or none.
APART = [
    ("3천 5000만 원", [F(3000), F(50_000_000)]),  # 5000 does not fit below 천
    ("3천 5000명", [F(3000), F(5000)]),
    ("3만 2019년", [F(30_000), F(2019)]),  # a year starts the next figure
    ("10만 십대 팬", [F(100_000)]),  # 십대: teenagers
    ("만 5세 아동", [F(5)]),  # 만 N세: full N years of age
    ("만3세 아동", [F(3)]),
    ("a 600m tower", [F(600)]),  # metres: no currency before it
    ("10m 달리기", [F(10)]),
    ("The 100m sprint", [F(100)]),
    ("1억 6000", [F(100_006_000)]),  # digits keep their face value
]


@pytest.mark.parametrize(("text", "values"), APART)
def test_near_misses_stay_apart(text: str, values: list[F]) -> None:
    assert [q.value for q in extract(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3천5000", None),  # digits after 천 must stay below 1,000
        ("5만 12345", None),  # a 만-section after the first stays below 10,000
        ("2억 15000만", None),
        ("3백500", None),
        ("322백", F(32_200)),  # at the head a coefficient may have more digits (Recognizers-Text)
        ("1억 6천", F(160_000_000)),
        ("2조 3천", F(2_300_000_000_000)),
        ("이십일조 삼백", F(21_000_000_000_300)),  # Sino-Korean keeps its face value
        ("1만 5000", F(15_000)),
    ],
)
def test_korean_places(text: str, value: F | None) -> None:
    assert parse_number(text) == value


def test_read_korean_memo_returns_what_a_fresh_reading_does() -> None:
    """``read_korean`` is memoised per process: a second reading of the same text is the first
    one's (immutable) result, equal to reading it afresh, for numbers, invalid sequences and
    texts that differ only in a space or a separator."""
    from factlint.quantities.numerals import Reading, read_korean

    fresh = read_korean.__wrapped__
    texts = ["2019", "200", "13,544", "3.5", "2억5000만", "1억 6천", "1억 6000", "이십일조 삼백", "천천", "조만",
             "3천5000", "5만 12345", "0", "007", "1" * 40, "일점이삼", "4억 1천 590만", "4억1천590만"]
    for t in texts * 2:
        got = read_korean(t)
        assert got == fresh(t), t
        assert got is None or isinstance(got, Reading)
    assert read_korean("1억 6천") != read_korean("1억 6000")  # the dropped 만 is read, the digits are not
    assert read_korean("천천") is None and read_korean("조만") is None
