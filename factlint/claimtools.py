"""What the `contradiction` and `fact` checks share: selecting claims, periods, showing values."""

from __future__ import annotations

from decimal import MAX_EMAX, MIN_EMIN, Decimal, localcontext
from fractions import Fraction
from typing import Any, Iterable, Mapping

from .config.ruleset import Attribute, Fact, RuleSet
from .model import Claim, Document, Quantity, Span
from .quantities.dates import OTHER_YEAR, RESOLVED, placed, show_date
from .quantities.units import factor, unit_symbol
from .tolerance import Interval, dimension, frac, normalised


def attributes(ruleset: RuleSet) -> dict[str, Attribute]:
    return {a.name: a for a in ruleset.attributes}


def selected(claims: Iterable[Claim], names: Iterable[str]) -> list[Claim]:
    """Claims a rule checks: not disputed, not a multiple of another entity's figure (the
    `comparative` check's), and of the listed attributes (all when the list is empty)."""
    wanted = frozenset(names)
    return [c for c in claims if not c.disputed and c.compared_to is None and (not wanted or c.attribute in wanted)]


def period(claim: Claim) -> str | None:
    """The year a claim is for: stated in the text ("2021년 기준"), else the article's year, else unknown."""
    if claim.period:
        return claim.period
    return str(claim.date.year) if claim.date else None


def fmt(x: Fraction | None) -> str:
    """An exact value for people: 204,000,000,000; 32.1; 1.75e+12 past a trillion."""
    if x is None:
        return "∞"
    if x.denominator == 1 and abs(x.numerator) < 10**13:
        return f"{x.numerator:,}"
    if 10**-300 < abs(x) < 10**300:
        return f"{float(x):.6g}"
    # past what a float holds (a reference fact of 5e-324 makes a gap of 1e+326 percent): exact digits
    if not x:
        return "0"
    with localcontext() as exact:  # any exponent a Fraction can hold (the default context stops at 1e999999)
        exact.Emax, exact.Emin = MAX_EMAX, MIN_EMIN
        return f"{(Decimal(x.numerator) / Decimal(x.denominator)).normalize():.6g}"


# Where a date's year (or month) came from when the text does not write it
_DATE_SOURCE = {RESOLVED: " (by the dateline)", OTHER_YEAR: " (year not written: the other date's)"}


def show(q: Quantity, written_unit: bool = False) -> str:
    """A quantity's normalised value: "204,000,000,000", "[10,000,000,000, 100,000,000,000] KRW", "≥ 1e+12".
    A physical quantity is in SI base units (the claim table's column, where "12㎞" and "12,000 m" must
    read alike), or with ``written_unit`` in the unit the text wrote (a message beside the figure)."""
    if q.kind == "date":  # a day written without its year or month ("지난 22일") says where they came from
        return show_date(q) + _DATE_SOURCE.get(q.counter or "", "")
    written = _in_written_unit(q) if written_unit else None
    if written is not None:
        return written
    iv = normalised(q)
    unit = dimension(q)
    suffix = "" if unit == "count" else ("%" if unit == "%" else f" {unit}")
    if q.value is not None and q.bound is None and q.kind != "quantity":
        return f"{fmt(q.value)}{suffix}"
    return f"{show_interval(iv)}{suffix}"


def _in_written_unit(q: Quantity) -> str | None:
    """A physical quantity's interval in the unit the text wrote it in ("[997.5, 1,102.5] GWh"), not in SI
    base units ("[3.573e+15, 3.987e+15] kilogram * meter ** 2 / second ** 2", which no reader checks a
    figure against); None for other kinds, an offset scale (°C) or a unit with no factor."""
    if q.kind != "quantity" or not q.unit:
        return None
    one = factor(q.unit)
    if one is None or not one[0]:
        return None
    iv = normalised(q).scale(1 / one[0])
    # (a duration keeps its unit's name: pint writes a year "a")
    return f"{show_interval(iv)} {q.unit if one[1] == 'second' else unit_symbol(q.unit)}"


def show_interval(iv: Interval) -> str:
    if iv.low is None:
        return f"≤ {fmt(iv.high)}"
    if iv.high is None:
        return f"≥ {fmt(iv.low)}"
    if iv.low == iv.high:
        return fmt(iv.low)
    return f"[{fmt(iv.low)}, {fmt(iv.high)}]"


def as_written(c: Claim) -> str:
    return f"'{c.quantity.text}'" + (f" ('{c.alternate.text}')" if c.alternate else "")


def where(doc: Document | None, c: Claim) -> str:
    if doc is None:
        return c.path
    p = doc.position(c.span.start)
    return f"{c.path}:{p.line}:{p.column}"


def quantity_data(q: Quantity) -> dict[str, Any]:
    iv = normalised(q)
    return {
        "text": q.text,
        "kind": q.kind,
        "unit": q.unit,
        "value": None if q.value is None else str(q.value),
        "low": None if iv.low is None else str(iv.low),
        "high": None if iv.high is None else str(iv.high),
        "approx": q.approx,
        "bound": q.bound,
    }


def claim_data(c: Claim, doc: Document | None) -> dict[str, Any]:
    pos = doc.position(c.span.start) if doc else None
    data: dict[str, Any] = {
        "path": c.path,
        "line": pos.line if pos else None,
        "column": pos.column if pos else None,
        "entity": c.entity,
        "attribute": c.attribute,
        "quantity": quantity_data(c.quantity),
        "goal": c.goal,
        "period": period(c),
        "date": c.date.isoformat() if c.date else None,
    }
    if c.alternate is not None:
        data["alternate"] = quantity_data(c.alternate)
    return data


def comparable_pair(a: Claim, b: Claim) -> tuple[Quantity, Quantity] | None:
    """The two figures to compare, using a claim's second notation when only that shares a dimension; a day
    written without its year placed in the other date's year (``dates.placed``)."""
    for qa in (a.quantity, a.alternate):
        for qb in (b.quantity, b.alternate):
            if qa is not None and qb is not None and dimension(qa) == dimension(qb):
                if qa.kind == qb.kind == "date":
                    return placed(qa, qb), placed(qb, qa)
                return qa, qb
    return None


def documents_by_path(documents: Iterable[Document]) -> Mapping[str, Document]:
    return {d.path: d for d in documents}


def reference(fact: Fact) -> Quantity:
    """A reference fact as a Quantity, so the one tolerance helper compares it like any figure."""
    unit = fact.unit
    value = frac(fact.value)
    if unit is None:
        kind = "count"
    elif unit == "%":
        kind = "percent"
    elif len(unit) == 3 and unit.isupper():
        kind = "money"
    else:
        kind = "quantity"
    return Quantity(Span(0, 0), f"{fact.value:g}", kind, value, value, value, unit)  # type: ignore[arg-type]


def canonical_entity(ruleset: RuleSet, name: str) -> str:
    """The declared name of an entity written ``name`` (any alias, any case), else ``name``."""
    key = name.casefold()
    for e in ruleset.entities:
        if any(n.casefold() == key for n in e.names):
            return e.name
    return name


def group_key(claim: Claim) -> str:
    """Entity and attribute: claims with another key are never compared (the ``related`` key of
    the claim checks)."""
    return f"{claim.entity.casefold()}\0{claim.attribute}"


def difference(value: Interval, other: Interval, gap: Fraction, other_name: str, points: bool = False) -> str:
    """How far a figure is from the one it should match, as a reader would compute it: the values'
    relative difference ("160,000,000,000 vs 175,000,000,000: 8.6% below"), not the gap between
    their rounding intervals (5.7%), which is added when it is what decides ("beyond the rounding").
    A figure with no single value (a range, a bound) reports the gap between the intervals."""
    a, b = value.magnitude, other.magnitude
    if a is None or b is None or b == 0:
        return f"{fmt(Fraction(round(gap * 1000), 10))}% apart (between the ranges the figures allow)"
    if points:  # two percentages: their distance in points ("76.5%" is 3.5 points below "80%"), not 4.4%
        pts = fmt(Fraction(round(abs(a - b) * 10), 10))
        return f"{pts} percentage point{'' if pts == '1' else 's'} {'below' if a < b else 'above'} {other_name}"
    pct = fmt(Fraction(round(abs(a - b) / abs(b) * 1000), 10))
    return f"{pct}% {'below' if a < b else 'above'} {other_name}"
