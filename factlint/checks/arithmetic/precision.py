"""How precisely a statement's figures are read, and when a recomputation agrees with the text.

The figure reader gives every figure the interval its written digits allow ("198억" is
197.5억–198.5억, "약" widens by 5 %: :mod:`factlint.tolerance`). For statements this module adds:

- **half-open rounding**: a stated result "30%" stands for [29.5 %, 30.5 %) — a recomputed 30.5 %
  is written "31%" (rounding half up), so it does not agree with "30%";
- **exact counts**: a small whole count ("27명", "8 of them") is an integer; its rounding interval
  [26.5, 27.5) holds only 27, so "27명 중 8명(29%)" is 29.6 % exactly and fails (rounded: 30 %);
- **fractions in words** ("3분의 2", "a quarter", "절반") stand for the nearest simple fraction:
  every value nearer to 2/3 than to any other fraction with a denominator up to 4 (or the
  fraction's own, when larger) — 0.583…0.708 for "3분의 2";
- **materiality**: a growth rate that only the extremes of both endpoints' rounding reach is a
  wrong rate. "from $10 million to $12 million, up 30%" is 20 % as written; 30 % needs $9.5
  million and $12.5 million at once. A rate fails when its growth factor (1.30) is more than
  5 % away from the factor of the figures as written (1.20), unless a figure is approximate
  ("약", "about": the writer said the figures are loose). A difference or a total fails likewise
  when the figures as written are off by more than 5 % of the larger figure. Two figures' roundings are
  independent and each error is uniform over its half-width, so a rate that they reach less than once in a hundred
  is wrong too: "2조 4천억 원에서 3조 원으로 30% 늘어" is 25 % as written, and 30 % needs 2조 3,500억 and 3조 500억
  at once (a chance under 0.1 %), although its factor is only 4 % off.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from ...model import Quantity
from ...statements import stated
from ...tolerance import Interval

Relation = Literal["eq", "min", "max"]

MATERIAL = Fraction(1, 20)  # a growth factor more than 5 % from the one the written figures give


def figure_interval(q: Quantity) -> Interval:
    """What the text allows for a statement's figure: its rounding, whole counts as the integer they are."""
    iv = stated(q)
    if (q.kind in ("count", "number") and q.unit is None and not q.approx and q.bound is None and q.value is not None
            and q.value.denominator == 1 and iv.low is not None and iv.high is not None and iv.high - iv.low <= 1):
        return Interval.point(q.value)
    return iv


def meets(want: Interval, said: Interval) -> bool:
    """Does a recomputed interval agree with a stated result's rounding interval [low, high)?

    The stated interval is half-open (rounding half up): a recomputed value at its upper bound
    rounds to the next figure. A stated point (an exact fraction) is closed.
    """
    if want.high is not None and said.low is not None and want.high < said.low:
        return False
    if want.low is not None and said.high is not None:
        if said.low is not None and said.low == said.high:
            return want.low <= said.high
        return want.low < said.high
    return True


def factor_material(head: Fraction, factor: Interval, rel: Fraction = MATERIAL) -> bool:
    """Is the factor of the figures as written (``head``) more than ``rel`` away from the stated ``factor``?"""
    if factor.low is not None and head * (1 + rel) < factor.low:
        return True
    if factor.high is not None and head > factor.high * (1 + rel):
        return True
    return False


def _relative_half_width(q: Quantity) -> Fraction | None:
    iv, v = figure_interval(q), q.value
    if iv.low is None or iv.high is None or not v:
        return None
    return max(iv.high - v, v - iv.low) / abs(v)


def _tail(a: Fraction, b: Fraction, t: Fraction) -> Fraction:
    """P(X + Y ≥ t) for independent X ~ U(−a, a), Y ~ U(−b, b): the chance that two roundings of half-widths a and b
    move a ratio by t or more in one direction."""
    if t <= 0:
        return Fraction(1, 2) if t == 0 else Fraction(1)
    if t >= a + b:
        return Fraction(0)
    big, small = max(a, b), min(a, b)
    if t <= big - small:
        return (big - t) / (2 * big)
    return (a + b - t) ** 2 / (8 * a * b)


RARE = Fraction(1, 100)  # a stated rate that the two roundings reach less often than this is wrong


def ratio_material(a: Quantity, b: Quantity, head: Fraction, factor: Interval, tol: Fraction = Fraction(0)) -> bool:
    """Is the stated ``factor`` reached by b/a (``head`` as written) only when both figures' roundings sit near
    opposite ends at once? Each rounding error is uniform over its half-width, so the chance of a ratio moving by a
    relative t is a triangle's tail (:func:`_tail`); under 1 % it is not a rounding but a wrong rate. :func:`meets`
    already allows the worst case (both at their ends), which this narrows. A rule's ``tolerance`` (relative to the
    rate, as :meth:`Interval.widen` applies it) is given back first."""
    ra, rb = _relative_half_width(a), _relative_half_width(b)
    if ra is None or rb is None or not ra or not rb or head <= 0:
        return False
    if factor.high is not None and factor.high < head:
        t = (head - factor.high) / head
    elif factor.low is not None and factor.low > head:
        t = (factor.low - head) / head
    else:
        return False
    return _tail(ra, rb, t - tol * abs(head - 1) / head) < RARE


def _half_width(q: Quantity) -> Fraction | None:
    iv, v = figure_interval(q), q.value
    if iv.low is None or iv.high is None or v is None:
        return None
    return max(iv.high - v, v - iv.low)


def difference_material(a: Quantity, b: Quantity, n: Quantity, head: Fraction, said: Interval,
                        tol: Fraction = Fraction(0)) -> bool:
    """Is the stated difference of a and b (``head`` as written) reached only when both roundings sit near opposite
    ends at once — a chance under 1 % (:func:`_tail` over the two absolute half-widths)? "2조 4천억 원에서 3조 원으로
    5천억 원 늘었다": 6천억 as written, 5천억 needs both ends, though it is within 5 % of the larger figure. A rule's
    ``tolerance`` (relative to the difference) is given back first. Only for three figures in one unit (the
    half-widths are the written ones)."""
    if not (a.unit == b.unit == n.unit):
        return False
    ha, hb = _half_width(a), _half_width(b)
    if not ha or not hb:
        return False
    if said.high is not None and said.high < head:
        t = head - said.high
    elif said.low is not None and said.low > head:
        t = said.low - head
    else:
        return False
    return _tail(ha, hb, t - tol * abs(head)) < RARE


def amount_material(head: Fraction, said: Interval, scale: Fraction, rel: Fraction = MATERIAL) -> bool:
    """Is a difference or total of the figures as written (``head``) more than ``rel`` × ``scale``
    (the larger figure) outside what the text says? "1,200명으로 작년 1,000명보다 300명 늘었다": 200
    as written; 300 needs 1,250 and 950 at once."""
    margin = abs(scale) * rel
    if said.low is not None and head + margin < said.low:
        return True
    if said.high is not None and head - margin > said.high:
        return True
    return False


_SIMPLE_DENOMINATORS = 100


def fraction_band(value: Fraction) -> Interval:
    """The values a fraction in words stands for: those nearer to it than to any other simple fraction.

    Fractions in words have small denominators (3분의 2, a quarter); one read from digits ("6T분의
    2", 2 over 6 trillion) is taken as exact: the table of simple fractions grows with the square
    of the denominator (issue #13: a fuzzed article hung here, eating gigabytes)."""
    if value.denominator > _SIMPLE_DENOMINATORS:
        return Interval.point(value)
    limit = max(4, value.denominator)
    simple = sorted({Fraction(n, d) for d in range(1, limit + 1) for n in range(0, d + 1)})
    i = simple.index(value) if value in simple else None
    if i is None:
        return Interval.point(value)
    low = (simple[i - 1] + value) / 2 if i > 0 else Fraction(0)
    high = (value + simple[i + 1]) / 2 if i + 1 < len(simple) else value
    return Interval(low, high)
