"""The one place numbers are compared: intervals from stated precision, approximation and tolerance.

House rule 3: every comparison of two figures goes through here, so "2040억" vs
"204B", "약 1122억원" vs "1,100억원" and a rule's extra tolerance are judged the
same way by every check.

A :class:`~factlint.model.Quantity` already carries the interval its written
precision allows (``low``/``high``: "2040억" → [2035억, 2045억]). This module

- trusts that interval: the extractor has already widened it for an approximation
  word ("약", "about": ``approx``, by :data:`APPROX_REL`), so it is not widened twice;
  a caller may pass ``approx_rel`` to widen approximate figures further;
- widens it for a rule's tolerance by ``rel_tol``;
- treats an open side (a bound: "이상", "over") as unbounded;
- compares rounding intervals as *half-open* ("8100억" and "8200억" only touch: they disagree),
  exact values as points (two exact values equal at the same point agree);
- puts values in one unit first (petaFLOPS vs exaFLOPS through the pint registry;
  plain numbers and counts are one dimension; money only within one currency).

Examples::

    agree(q("204B"), q("2040억개"))          # True: the same value in two notations
    agree(q("1750억"), q("1800억"))          # False: [1745억,1755억] and [1795억,1805억] are apart
    agree(q("약 1750억"), q("1800억"))        # True: "약" widened the interval by 5 %
    agree(q("175B"), q("180B"), rel_tol=0.05)  # True: the rule allows 5 %
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
import re
from fractions import Fraction
from typing import Union

from .model import Quantity, Span
from .quantities.units import factor

Number = Union[Fraction, int, float]

# How far "약 1122억원" / "about 200" may stray beyond its written digits: ±5 %.
# Newsrooms round "1,122억" to "약 1,100억" (−2 %) but not to "약 1,000억" (−11 %).
# factlint.quantities.extract applies it when it builds low/high; it is here so both agree on the figure.
APPROX_REL = Fraction(1, 20)

# Numerators and denominators the cache stores exactly (msgpack int64): see Interval.storable.
_INT64 = 2**63 - 1

# Kinds that are the same dimension when neither has a unit: "204B" (number) and "2040억개" (count).
_PLAIN_KINDS = frozenset({"number", "count"})


def frac(x: Number) -> Fraction:
    """A Fraction from a rule-file number; floats go through ``str`` so 0.05 is 1/20, not 0.05000000000000000277."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, float):
        return Fraction(str(x))
    return Fraction(x)


@dataclass(frozen=True, slots=True)
class Interval:
    """An interval ``[low, high]`` of values (a point ``[v, v]`` when exact); ``None`` is an open side.
    Two written figures are compared half-open (:meth:`touches_only`; docs/precision.md)."""

    low: Fraction | None
    high: Fraction | None

    @classmethod
    def point(cls, x: Number) -> Interval:
        v = frac(x)
        return cls(v, v)

    def overlaps(self, other: Interval) -> bool:
        """Closed: bands and derived intervals include their ends."""
        if self.low is not None and other.high is not None and other.high < self.low:
            return False
        if other.low is not None and self.high is not None and self.high < other.low:
            return False
        return True

    def touches_only(self, other: Interval) -> bool:
        """Whether two intervals share nothing but an end ("8100억" [8050억, 8150억] and "8200억"
        [8150억, 8250억]). Rounding intervals are half-open, so such figures disagree; a point (an
        exact value) lies on an interval that ends at it."""
        if self.is_point or other.is_point:
            return False
        return (self.high is not None and self.high == other.low) or (other.high is not None and other.high == self.low)

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high

    def contains(self, x: Number) -> bool:
        v = frac(x)
        return (self.low is None or self.low <= v) and (self.high is None or v <= self.high)

    @property
    def magnitude(self) -> Fraction | None:
        """The midpoint, or the one closed side of a half-open interval."""
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else self.high

    def widen(self, rel: Number) -> Interval:
        """Both sides moved out by ``rel`` × |magnitude| (relative tolerance)."""
        r = frac(rel)
        m = self.magnitude
        if not r or m is None:
            return self
        d = abs(m) * r
        return Interval(None if self.low is None else self.low - d, None if self.high is None else self.high + d)

    def scale(self, factor: Fraction) -> Interval:
        return Interval(
            None if self.low is None else self.low * factor, None if self.high is None else self.high * factor
        )

    def gap(self, other: Interval) -> Fraction:
        """Relative distance between the intervals (0 when they overlap), for messages: 0.17 = 17 % apart."""
        if self.overlaps(other):
            return Fraction(0)
        a, b = (self, other) if self.high is not None and other.low is not None and self.high < other.low else (other, self)
        assert a.high is not None and b.low is not None
        base = max(abs(a.high), abs(b.low))
        return (b.low - a.high) / base if base else Fraction(0)

    # Interval arithmetic for recomputing statements ("262/198 − 1", "262 × 1.384⁶", "A + B"):
    # each result holds every value the rounded inputs allow. An open side stays open.
    # ``times``/``over``/``power`` assume non-negative intervals (amounts, counts, growth factors).

    def plus(self, other: Interval) -> Interval:
        return Interval(
            None if self.low is None or other.low is None else self.low + other.low,
            None if self.high is None or other.high is None else self.high + other.high,
        )

    def minus(self, other: Interval) -> Interval:
        return Interval(
            None if self.low is None or other.high is None else self.low - other.high,
            None if self.high is None or other.low is None else self.high - other.low,
        )

    def shift(self, x: Number) -> Interval:
        return self.plus(Interval.point(x))

    def times(self, other: Interval) -> Interval:
        return Interval(
            None if self.low is None or other.low is None else self.low * other.low,
            None if self.high is None or other.high is None else self.high * other.high,
        )

    def over(self, other: Interval) -> Interval:
        """``self / other`` for non-negative intervals; a divisor that may be 0 leaves the top open.

        A divisor that is exactly 0 ("0달러에서 262억달러로 32.1% 성장") leaves both sides open:
        the quotient is undefined, and callers check :attr:`defined` before judging anything by it.
        """
        if other.high is not None and other.high <= 0:
            return Interval(None, None)
        low = None if self.low is None else (Fraction(0) if other.high is None else self.low / other.high)
        high = None if self.high is None or not other.low else self.high / other.low
        return Interval(low, high)

    @property
    def defined(self) -> bool:
        """At least one side is closed: the interval says something."""
        return self.low is not None or self.high is not None

    def storable(self) -> Interval:
        """The interval rounded outward to 18 significant digits so that every side is a fraction of
        64-bit integers (what the cache stores); a side of magnitude 2**63 or more is left open
        (a rate of 10**25 won per dollar agrees with no declared rate either way)."""
        top = max((abs(v) for v in (self.low, self.high) if v is not None), default=Fraction(0))
        if all(v is None or (v.denominator <= _INT64 and abs(v.numerator) <= _INT64) for v in (self.low, self.high)):
            return self
        scale = 10 ** max(0, 18 - len(str(int(top))))
        low = None if self.low is None or self.low <= -_INT64 else Fraction(math.floor(max(self.low, -_INT64 + 1) * scale), scale)
        high = None if self.high is None or self.high >= _INT64 else Fraction(math.ceil(self.high * scale), scale)
        if low is not None and low >= _INT64:
            low = Fraction(_INT64 - 1)
        return Interval(low, high)

    def power(self, n: int) -> Interval:
        return Interval(None if self.low is None else self.low**n, None if self.high is None else self.high**n)


def interval(q: Quantity, approx_rel: Number = 0) -> Interval:
    """The interval the text allows: written precision and approximation (from the extractor), open for a bound.

    ``approx_rel`` widens approximate figures by that much more (default 0: the extractor already did).
    """
    low = q.low if q.low is not None else (q.value if q.bound != "max" else None)
    high = q.high if q.high is not None else (q.value if q.bound != "min" else None)
    if q.bound == "min":
        high = None
    elif q.bound == "max":
        low = None
    iv = Interval(low, high)
    return iv.widen(approx_rel) if q.approx else iv


def dimension(q: Quantity) -> str:
    """What a quantity measures, for deciding whether two can be compared.

    Plain numbers and counts share ``"count"``; money is its currency (KRW, USD);
    physical quantities their pint base units ("flop / second"); percent ``%``.
    """
    if q.unit is None and q.kind in _PLAIN_KINDS:
        return "count"
    if q.kind == "quantity" and q.unit:
        base = unit_factor(q.unit)
        if base is not None:
            return base[1]
    return q.unit or q.kind


def normalised(q: Quantity, approx_rel: Number = 0) -> Interval:
    """:func:`interval` in the base unit of :func:`dimension` (3 PF → 3e15 FLOPS)."""
    iv = interval(q, approx_rel)
    if q.kind == "quantity" and q.unit:
        base = unit_factor(q.unit)
        if base is not None:
            return iv.scale(base[0])
    return iv


def comparable(a: Quantity, b: Quantity) -> bool:
    return dimension(a) == dimension(b)


def agree(a: Quantity, b: Quantity, rel_tol: Number = 0, approx_rel: Number = 0) -> bool:
    """Do two figures agree within their stated precision, approximation words and ``rel_tol``?

    Figures of different dimensions (KRW vs USD, percent vs count) are not
    comparable: this raises ``ValueError`` rather than answer — a caller that
    converts currencies must do it first, with a dated rate.
    """
    if not comparable(a, b):
        raise ValueError(f"cannot compare {a.text!r} ({dimension(a)}) with {b.text!r} ({dimension(b)})")
    ia, ib = normalised(a, approx_rel).widen(rel_tol), normalised(b, approx_rel).widen(rel_tol)
    return ia.overlaps(ib) and not ia.touches_only(ib)


# Approximation words that say a figure was rounded ("roughly 390,000", "약 39만 명", "39만 명가량"), as against
# words that say on which side the exact figure lies ("nearly", "almost", "거의", "여", "남짓")
_ROUNDING_WORDS = re.compile(r"^(?:about|around|roughly|approximately|approx\.|some|circa|약|대략)\s|(?:가량|정도|쯤|안팎|내외)$",
                             re.I)


def rounds_to(approx: Quantity, exact: Quantity) -> bool:
    """Can ``approx``, written as a rounding ("roughly 390,000"), be ``exact`` rounded at the approximate
    figure's last written digit? 382,417 rounds to 380,000 or 400,000, never to 390,000, although "roughly
    390,000" (±5 %, :data:`APPROX_REL`) covers it. True whenever the question does not arise: an exact
    ``approx``, an approximation of another kind ("nearly"), a bound, a percentage, or an approximate
    ``exact``.

    The digit is the one written, in the figure's own unit ("roughly 1.2 hours": tenths of an hour, so
    [1.15 h, 1.25 h], which holds 73분; "about 390 mm": tens of millimetres); the interval is then put in
    the base unit. A last significant digit 5 may be a rounding to the nearest 5 of its place: "about
    75,000" holds 76,200 (72,500 to 77,500), not 77,900."""
    if exact.approx or exact.bound is not None:
        return True
    written = written_rounding(approx)
    if written is None:
        return True
    base = unit_factor(approx.unit) if approx.kind == "quantity" and approx.unit else None
    return (written.scale(base[0]) if base is not None else written).overlaps(normalised(exact))


def written_rounding(approx: Quantity) -> Interval | None:
    """The values ``approx``, written as a rounding ("about 55.1 billion won", "roughly 390,000"), rounds, in its own
    unit: half a unit of its last written digit either side ([55.05 billion, 55.15 billion]), or 2.5 units when that
    digit is 5 (a rounding to the nearest 5 of its place). None when it is no rounding: an exact figure, another kind
    of approximation ("nearly"), a bound, a percentage, a value no decimal writes."""
    if (not approx.approx or approx.bound is not None or dimension(approx) == "%"
            or not _ROUNDING_WORDS.search(approx.text.strip())):
        return None
    place = _last_digit(approx.value)
    if place is None or approx.value is None:
        return None
    unit, digit = place
    half = unit * 5 / 2 if digit == 5 else unit / 2
    return Interval(approx.value - half, approx.value + half)


def _last_digit(value: Fraction | None) -> tuple[Fraction, int] | None:
    """The place of a figure's last significant digit and that digit, as written in its own unit
    (1.2 → (1/10, 2); 75,000 → (1000, 5); 390 → (10, 9)); None for 0 or a value no decimal writes (1/3)."""
    if value is None or value == 0:
        return None
    d = value.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return None
    unit = Fraction(1)
    n = value
    while n.denominator != 1:
        n *= 10
        unit /= 10
    whole = abs(n.numerator)
    while whole % 10 == 0:
        whole //= 10
        unit *= 10
    return unit, whole % 10


def agree_value(q: Quantity, value: Number, rel_tol: Number = 0, approx_rel: Number = 0) -> bool:
    """Does a figure agree with an exact reference value (in the figure's base unit) within ``rel_tol``?"""
    ref = Interval.point(value).widen(rel_tol)
    return normalised(q, approx_rel).overlaps(ref)


def intervals_agree(a: Interval, b: Interval, rel_tol: Number = 0) -> bool:
    """For callers that computed intervals themselves (a sum, a converted amount)."""
    return a.widen(rel_tol).overlaps(b.widen(rel_tol))


@lru_cache(maxsize=256)
def unit_factor(unit: str) -> tuple[Fraction, str] | None:
    """Factor and base-unit string of a pint unit ("petaFLOPS" → (1e15, "flop / second")); None for
    an offset scale (°C, °F), which is compared as written."""
    try:
        return factor(unit)
    except Exception:  # noqa: BLE001 - a registry problem leaves the unit as written, never crashes a check
        return None

