"""The one tolerance helper: precision intervals, approximation words, rule tolerance, units."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.claimtools import fmt, show
from factlint.model import Quantity, Span
from factlint.quantities import extract
from factlint.tolerance import APPROX_REL, Interval, agree, agree_value, comparable, interval, normalised

E8 = 10**8


def q(text: str, value: F | int, half: F | int, kind: str = "count", unit: str | None = None,
      approx: bool = False, bound: str | None = None) -> Quantity:
    v = F(value)
    return Quantity(Span(0, len(text)), text, kind, v, v - half, v + half, unit, approx, bound)  # type: ignore[arg-type]


def test_same_value_in_two_notations_agrees() -> None:
    # seed 001: "204B(2040억개)"
    assert agree(q("204B", 204 * 10**9, F(5, 10) * 10**9, kind="number"), q("2040억개", 2040 * E8, 5 * E8))


def test_disjoint_precision_intervals_disagree() -> None:
    assert not agree(q("1750억", 1750 * E8, 5 * E8), q("1800억", 1800 * E8, 5 * E8))


def test_approximate_figures_are_not_widened_twice() -> None:
    # the extractor widened "약 1750억" by 5 % already: [1662.5억, 1837.5억]
    approx = q("약 1750억", 1750 * E8, F(875, 10) * E8, approx=True)
    assert agree(approx, q("1800억", 1800 * E8, 5 * E8))
    assert not agree(approx, q("1900억", 1900 * E8, 5 * E8))
    assert agree(approx, q("1900억", 1900 * E8, 5 * E8), approx_rel=APPROX_REL)


def test_real_extracted_figures() -> None:
    from factlint.quantities import extract

    (a,) = extract("204B", 0)
    (b,) = extract("2040억개", 0)
    (c,) = extract("2100억개", 0)
    (usd,) = extract("1억 달러", 0)
    (krw,) = extract("약 1122억원", 0)
    assert agree(a, b) and not agree(b, c)
    assert not comparable(usd, krw)


def test_rule_tolerance_widens_both() -> None:
    a, b = q("175B", 175 * 10**9, 5 * 10**8), q("180B", 180 * 10**9, 5 * 10**8)
    assert not agree(a, b)
    assert agree(a, b, rel_tol=0.02)


def test_bound_is_open_on_one_side() -> None:
    over = q("2000억 이상", 2000 * E8, 50 * E8, bound="min")
    assert interval(over).high is None
    assert agree(over, q("2040억", 2040 * E8, 5 * E8))
    assert not agree(over, q("1500억", 1500 * E8, 50 * E8))


def test_money_in_two_currencies_is_not_comparable() -> None:
    usd = q("1억 달러", E8, 5 * 10**6, kind="money", unit="USD")
    krw = q("1122억원", 1122 * E8, 5 * E8, kind="money", unit="KRW")
    assert not comparable(usd, krw)
    with pytest.raises(ValueError):
        agree(usd, krw)


def test_agree_value_against_reference() -> None:
    assert agree_value(q("1750억개", 1750 * E8, 5 * E8), 175e9)
    assert not agree_value(q("1700억개", 1700 * E8, 5 * E8), 175e9)
    assert agree_value(q("1700억개", 1700 * E8, 5 * E8), 175e9, rel_tol=0.03)


def test_interval_gap_is_relative() -> None:
    assert Interval(F(100), F(110)).gap(Interval(F(121), F(130))) == F(11, 121)
    assert Interval(F(100), F(110)).gap(Interval(F(105), F(130))) == 0
    assert APPROX_REL == F(1, 20)


def test_division_by_an_exact_zero_is_undefined_not_an_error() -> None:
    # issue 13: ZeroDivisionError in the arithmetic check ("0달러에서 262억달러로 32.1% 성장")
    q = Interval.point(262).over(Interval.point(0))
    assert (q.low, q.high) == (None, None) and not q.defined
    assert Interval(F(1), F(2)).over(Interval(F(0), F(1))) == Interval(F(1), None)


def test_storable_rounds_outward_to_64_bit_fractions() -> None:
    exact = Interval(F(10**18) / F("1.23456789"), F(10**18) / F("1.23456788"))
    s = exact.storable()
    assert s.low is not None and s.high is not None and exact.low is not None and exact.high is not None
    assert s.low <= exact.low and exact.high <= s.high
    assert all(abs(x.numerator) < 2**63 and x.denominator < 2**63 for x in (s.low, s.high))
    assert Interval(F(1), F(10**30)).storable() == Interval(F(1), None)  # past 2**63: open
    assert Interval(F(1, 3), F(1, 2)).storable() == Interval(F(1, 3), F(1, 2))  # already storable


@pytest.mark.parametrize(("value", "shown"), [
    (F(204 * 10**9), "204,000,000,000"), (F(321, 10), "32.1"), (F(175 * 10**10), "1,750,000,000,000"),
    (F(10) ** 330, "1e+330"), (F(1, 10**330), "1e-330"), (-3 * F(10) ** 400, "-3e+400"), (F(0), "0"),
])
def test_a_value_past_what_a_float_holds_is_shown_not_crashed_on(value: F, shown: str) -> None:
    """A reference fact of 5e-324 (the rule fuzzer's) made a gap of 1e+326 percent, and float() raised."""
    assert fmt(value) == shown


def test_a_value_past_the_decimal_default_exponent_is_shown_too() -> None:
    assert fmt(F(10) ** 1_000_001) == "1e+1000001" and fmt(F(1, 10**1_000_001)) == "1e-1000001"

# --- rounds_to: an approximate figure is the exact one rounded at its last written digit -----------------------

@pytest.mark.parametrize("approx, exact", [
    ("about 20", "19.6"),
    ("about 380,000", "382,417"),
    ("about 400,000", "382,417"),  # a coarser rounding
    ("roughly 390,000", "38만 5,000명"),  # half up
    # a last digit 5: to the nearest 5 of its place (76,200 → 75,000), or to the place itself
    ("about 75,000", "7만 6,200명"),
    ("about 75,000", "75,400"),
    ("about 1.5 hours", "1시간 20분"),
    # the digit as written, in the figure's own unit
    ("roughly 1.2 hours", "73분"),
    ("about 2 hours", "2시간 10분"),
    ("about 28 days", "28.4일"),
    ("about 390 mm", "0.386 m"),
    ("약 39만 명", "387,000"),
])
def test_an_approximation_that_rounds_the_exact_figure(approx: str, exact: str) -> None:
    from factlint.quantities import extract
    from factlint.tolerance import rounds_to

    (a,), (b,) = extract(approx), extract(exact)
    assert rounds_to(a, b)


@pytest.mark.parametrize("approx, exact", [
    ("roughly 390,000", "382,417"),  # 382,417 rounds to 380,000 or 400,000
    ("about 692,000", "682,410"),
    ("about 75,000", "77,900"),  # to the nearest 5,000 it is 80,000; to the nearest 1,000, 78,000
    ("about 1.5 hours", "1시간 10분"),
    ("roughly 1.2 hours", "80분"),
    ("about 2 hours", "2시간 40분"),
    ("about 28 days", "28.6일"),
    ("about 390 mm", "0.382 m"),  # 382 mm rounds to 380 mm
    ("약 39만 명", "382,417"),
])
def test_an_approximation_that_is_no_rounding_of_the_exact_figure(approx: str, exact: str) -> None:
    from factlint.quantities import extract
    from factlint.tolerance import rounds_to

    (a,), (b,) = extract(approx), extract(exact)
    assert not rounds_to(a, b)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("발전량은 약 1,050GWh다.", "[992.5, 1107.5] GWh"),  # 약: ±5 %, in the unit as written
        ("It covers 48.6 km² of the valley.", "[48.55, 48.65] km²"),
        ("길이는 12㎞이다.", "[11.5, 12.5] km"),
        ("공사 기간은 3년이다.", "[2.5, 3.5] year"),  # a duration by its unit's name (pint's symbol is "a")
    ],
)
def test_a_physical_figure_is_shown_in_its_own_unit_not_in_si_base_units(text: str, shown: str) -> None:
    # a message that says "([3.573e+15, 3.987e+15] kilogram * meter ** 2 / second ** 2)" beside '약 1,050GWh'
    # gives a reader nothing to check; the written unit does
    q = next(x for x in extract(text) if x.kind == "quantity")
    assert show(q, written_unit=True) == shown
    # the claim table's column stays in base units, where "12㎞" and "12,000 m" read alike
    assert show(q) != shown and show(q).endswith(("meter", "meter ** 2", "second", "kilogram * meter ** 2 / second ** 2"))
