"""Quantities as plain JSON for the CLI and golden files (fields documented in docs/report-format.md)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from factlint.model import Quantity
from factlint.quantities.units import affine

# How a base unit is shown: pint's base of a rate of computation is "flop / second", which every
# article writes FLOPS; information is shown in bytes (pint's base is the bit).
_SHOWN_BASE: dict[str, tuple[Fraction, str]] = {
    "flop / second": (Fraction(1), "FLOPS"),
    "bit": (Fraction(1, 8), "byte"),
}


def json_number(v: Fraction | None) -> int | float | None:
    """Exact integers stay ints (2040억 → 204000000000); others become floats."""
    if v is None:
        return None
    if v.denominator == 1:
        return int(v)
    return float(v)


def base(q: Quantity) -> tuple[Fraction | None, Fraction | None, Fraction | None, str | None]:
    """``q``'s value, low and high in the base unit of its dimension, and that unit.

    Physical quantities convert ("700 petaFLOPS" → 7×10¹⁷ FLOPS, "2 TB" → 2×10¹² byte, "7년" → seconds);
    money stays in its currency (no rate is implied), percent in %, multiples in x; plain numbers and
    counts have no unit. A unit pint does not know has no base: (None, None, None, None).
    """
    if q.kind != "quantity":
        return q.value, q.low, q.high, q.unit
    converted = affine(q.unit) if q.unit else None
    if converted is None:
        return None, None, None, None
    factor, offset, unit = converted
    shown = _SHOWN_BASE.get(unit)
    if shown is not None:
        factor, unit = factor * shown[0], shown[1]
    # "30 °C" → 303.15 kelvin: an offset scale converts with pint's offset arithmetic, not a factor
    return tuple(None if v is None else v * factor + offset for v in (q.value, q.low, q.high)) + (unit,)  # type: ignore[return-value]


def to_json(q: Quantity) -> dict[str, Any]:
    """``{"text", "kind", "value", "low", "high", "unit", "base_value", "base_low", "base_high",
    "base_unit", "approx", "bound", "counter"}``; null for a range's value or an open bound."""
    base_value, base_low, base_high, base_unit = base(q)
    return {
        "text": q.text,
        "kind": q.kind,
        "value": json_number(q.value),
        "low": json_number(q.low),
        "high": json_number(q.high),
        "unit": q.unit,
        "base_value": json_number(base_value),
        "base_low": json_number(base_low),
        "base_high": json_number(base_high),
        "base_unit": base_unit,
        "approx": q.approx,
        "bound": q.bound,
        "counter": q.counter,
    }
