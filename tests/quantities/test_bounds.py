"""Issue 13: figures are exact and bounded — huge, fine and long inputs never crash or hang.

What a figure too large to store is (extract's module docstring): left unread as a whole; one too
fine keeps 18 significant digits, its interval still holding the exact value.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract, parse_number, to_json
from factlint.quantities.extract import STORABLE
from factlint.quantities.numerals import MAX_DIGITS, read_digits, read_korean


def storable(x: F | None) -> bool:
    return x is None or (x.denominator <= STORABLE and abs(x.numerator) <= STORABLE)


def test_a_float_overflow_exponent_is_left_unread() -> None:
    # issue 13: "GPT-3는 1e999개의 파라미터를 가졌다." crashed `factlint lint` (exit 3) in the cache codec
    assert extract("GPT-3는 1e999개의 파라미터를 가졌다.") == []


@pytest.mark.parametrize("digits", [309, 400, 5000])
def test_a_run_of_hundreds_of_digits_is_left_unread_nothing_inside_it_either(digits: int) -> None:
    # issue 13: a 309-digit figure made `factlint quantities` overflow a float (exit 3)
    assert extract(f"값은 {'7' * digits}명이다.") == []
    assert parse_number("7" * digits) is None


def test_the_largest_storable_figures_are_read_and_the_next_are_not() -> None:
    q = extract("약 8,000,000,000,000,000,000원")[0]  # 8×10**18 + 5 % stays below 2**63 ≈ 9.22×10**18
    assert q.value == 8 * 10**18 and storable(q.high)
    assert extract("약 9,000,000,000,000,000,000원") == []  # + 5 % passes 2**63: every number must fit
    assert extract("10,000,000,000,000,000,000원") == []  # 10**19 > 2**63
    assert [q.value for q in extract("900경 원")] == [9 * 10**18]
    assert extract("1000경 원") == []


def test_a_fine_figure_keeps_18_digits_and_its_interval_holds_the_exact_value() -> None:
    q = extract("1.1^23")[0]
    exact = F(11, 10) ** 23
    assert all(storable(x) for x in (q.value, q.low, q.high))
    assert q.low is not None and q.high is not None and q.value is not None
    assert q.low <= exact <= q.high and q.high - q.low <= F(1, 10**16)
    assert abs(q.value - exact) <= F(1, 10**17)


def test_readers_refuse_long_digit_runs_before_converting_them() -> None:
    # Python refuses int() of more than 4,300 digits; the readers never get that far
    assert read_digits("1" * (MAX_DIGITS + 1)) is None
    assert read_digits("1" * MAX_DIGITS) is not None
    assert read_korean("1" * 10_000 + "만") is None
    assert read_korean("일점" + "일" * 10_000) is None
    assert parse_number("0." + "1" * 100_000) is None


@pytest.mark.parametrize(
    "text",
    ["1" * 100_000 + "a", "-" + "1" * 100_000 + "a", "1" * 100_000 + "/", "1" + ",111" * 30_000, "1" * 100_000 + "만"],
)
def test_parse_number_reads_long_runs_in_one_pass(text: str) -> None:
    # was quadratic (a regex splitting the run n² ways: 4.5 s for 8,000 digits); the timings are in
    # benchmarks/README.md (bench_numerals.py), this checks the answer
    assert parse_number(text) is None


def test_json_of_every_read_figure_is_plain_numbers() -> None:
    for q in extract("1.1^23, 약 8,000,000,000,000,000,000원, 0.000000000000000001%"):
        row = to_json(q)
        assert all(isinstance(row[k], (int, float)) or row[k] is None for k in ("value", "low", "high"))
