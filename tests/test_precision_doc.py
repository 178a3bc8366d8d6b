"""docs/precision.md, as code: the intervals it lists and the agreements it promises."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factlint.quantities import extract
from factlint.tolerance import Interval, agree, agree_value, interval


def q(text: str):  # type: ignore[no-untyped-def]
    (found,) = [x for x in extract(text, 0) if x.text.strip() == text or text in x.text]
    return found


E8 = 10**8


@pytest.mark.parametrize(("text", "low", "high"), [
    ("2040억", 2035 * E8, 2045 * E8),
    ("2000억", 1950 * E8, 2050 * E8),
    ("1억", Fraction(95, 100) * E8, Fraction(105, 100) * E8),
    ("1.5억", Fraction(145, 100) * E8, Fraction(155, 100) * E8),
    ("5%", Fraction(45, 10), Fraction(55, 10)),
])
def test_a_written_figure_is_the_interval_the_page_lists(text: str, low: Fraction, high: Fraction) -> None:
    iv = interval(q(text))
    assert (iv.low, iv.high) == (low, high)


def test_round_figures_carry_two_significant_digits() -> None:
    assert agree(q("2040억"), q("2000억"))  # the README's pair: an article may round 204B so
    assert not agree(q("2040억"), q("3000억"))
    assert not agree(q("1억"), q("1억5000만"))


def test_intervals_that_only_touch_disagree() -> None:
    assert not agree(q("8100억"), q("8200억"))
    assert agree(q("8100억"), q("8140억"))
    # a point on an interval's end is inside it (a reference value, an exact figure)
    assert agree_value(q("8100억"), 8150 * E8)
    assert Interval(Fraction(1), Fraction(2)).touches_only(Interval(Fraction(2), Fraction(3)))
    assert not Interval(Fraction(2), Fraction(2)).touches_only(Interval(Fraction(2), Fraction(3)))


def test_approximation_widens_by_five_percent() -> None:
    assert agree(q("약 1100억원"), q("1122억원"))
    assert not agree(q("약 1000억원"), q("1122억원"))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("about 80%", Fraction(775, 10), Fraction(825, 10)),  # written digits, then 2 points
    ("약 80%", Fraction(775, 10), Fraction(825, 10)),
    ("about 10%", Fraction(85, 10), Fraction(115, 10)),  # below 20%: a tenth of the value
    ("약 5%", Fraction(4), Fraction(6)),
    ("about 32.1%", Fraction(3005, 100), Fraction(3415, 100)),
])
def test_an_approximate_percentage_is_widened_in_points(text: str, low: Fraction, high: Fraction) -> None:
    iv = interval(q(text))
    assert (iv.low, iv.high) == (low, high)


def test_about_a_percentage_agrees_within_points_not_within_a_share_of_itself() -> None:
    assert not agree(q("about 80%"), q("76.5%"))  # probes c3/c4: 3.5 points off
    assert agree(q("about 80%"), q("78.5%"))
    assert agree(q("about 10%"), q("11%"))
    assert not agree(q("about 10%"), q("12%"))
    assert agree(q("약 1100억원"), q("1122억원"))  # money keeps its relative 5 %
