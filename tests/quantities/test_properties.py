"""Property tests: numbers rendered in Korean and English notation read back exactly."""

from __future__ import annotations

from fractions import Fraction as F

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.quantities import extract, parse_number

SINO = "영일이삼사오육칠팔구"
BIG = [(10**16, "경"), (10**12, "조"), (10**8, "억"), (10**4, "만")]


def korean_mixed(n: int, spaced: bool) -> str:
    """12345678 → "1234만5678" / "1234만 5678" (digits per 만-group)."""
    parts = []
    for size, word in BIG:
        if n >= size:
            parts.append(f"{n // size}{word}")
            n %= size
    if n or not parts:
        parts.append(str(n))
    return (" " if spaced else "").join(parts)


def sino_under_10000(n: int) -> str:
    out = ""
    for size, word in ((1000, "천"), (100, "백"), (10, "십")):
        d = n // size
        if d:
            out += ("" if d == 1 else SINO[d]) + word
        n %= size
    return out + (SINO[n] if n else "")


def sino(n: int) -> str:
    if n == 0:
        return "영"
    parts = []
    for size, word in BIG:
        if n >= size:
            parts.append(sino_under_10000(n // size) + word)
            n %= size
    if n:
        parts.append(sino_under_10000(n))
    return "".join(parts)


@given(st.integers(min_value=0, max_value=10**18), st.booleans())
def test_korean_digits_with_magnitudes(n: int, spaced: bool) -> None:
    assert parse_number(korean_mixed(n, spaced)) == n


@given(st.integers(min_value=0, max_value=10**18))
def test_sino_korean(n: int) -> None:
    assert parse_number(sino(n)) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_commas(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=3))
def test_decimals_and_scales(n: int, places: int) -> None:
    v = F(n, 10**places)
    s = f"{n / 10**places:.{places}f}" if places else str(n)
    for suffix, e in (("B", 9), ("T", 12), ("bn", 9), (" billion", 9), (" million", 6), ("억", 8), ("조", 12)):
        assert parse_number(s + suffix) == v * 10**e, s + suffix


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def english(n: int) -> str:
    def below_1000(m: int) -> str:
        words = []
        if m >= 100:
            words += [ONES[m // 100], "hundred"]
            m %= 100
            if m:
                words.append("and")
        if m >= 20:
            words.append(TENS[m // 10] + (f"-{ONES[m % 10]}" if m % 10 else ""))
        elif m or not words:
            words.append(ONES[m])
        return " ".join(words)

    out = []
    for size, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            out += [below_1000(n // size), word]
            n %= size
    if n or not out:
        out.append(below_1000(n))
    return " ".join(out)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_english_words(n: int) -> None:
    assert parse_number(english(n)) == n


@given(st.integers(min_value=1, max_value=10**15))
def test_extract_reads_korean_money(n: int) -> None:
    qs = extract(f"매출은 {korean_mixed(n, False)}원이다")
    assert len(qs) == 1 and qs[0].value == n and qs[0].unit == "KRW"


@settings(max_examples=300)
@given(st.text())
def test_extract_never_raises(text: str) -> None:
    for q in extract(text):
        assert 0 <= q.span.start <= q.span.end <= len(text)
        assert text[q.span.start : q.span.end] == q.text


@settings(max_examples=300)
@given(st.text(alphabet="0123456789,.-~억만조천백십일이삼사오원달러%배개 약이상미만 $BTbnkm"))
def test_extract_never_raises_on_number_soup(text: str) -> None:
    for q in extract(text):
        assert text[q.span.start : q.span.end] == q.text
