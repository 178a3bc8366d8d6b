"""Quantities as plain JSON for the CLI and golden files."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from factlint.model import Quantity


def json_number(v: Fraction | None) -> int | float | None:
    """Exact integers stay ints (2040억 → 204000000000); others become floats."""
    if v is None:
        return None
    if v.denominator == 1:
        return int(v)
    return float(v)


def to_json(q: Quantity) -> dict[str, Any]:
    """``{"text","kind","value","low","high","unit"}``; null for a range value or an open bound."""
    return {
        "text": q.text,
        "kind": q.kind,
        "value": json_number(q.value),
        "low": json_number(q.low),
        "high": json_number(q.high),
        "unit": q.unit,
    }
