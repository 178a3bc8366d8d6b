"""Score factlint's extractor against other projects' test data (shared/conformance).

The files are read in place from ``$FACTLINT_SHARED`` or ``<repo>/../shared``
(see shared/conformance/README.md for every field). Scoring, decided here
and documented in docs/conformance.md:

* ``whole`` number/ordinal lines: ``parse_number(text)`` equals ``value``.
* ``whole`` money/unit lines: some extracted quantity of the matching kind
  has the value and unit (intervals: a range with those endpoints, or a
  min/max bound at that value). ``none`` lines: no quantity of that kind.
* ``spans`` lines: every expected item with a value (``number``/``interval``)
  is matched by an extracted quantity overlapping its offsets (anywhere in
  the sentence when the source gives no offsets) with the same value, and
  for money/percent/units the same currency/unit. Extra quantities are
  allowed (upstream ignores years, dates and counters we deliberately
  report), except on negative lines (empty ``expected``), where nothing of
  the file's kind may be found. Items that only mention a unit or a relative
  ordinal ("the last one") are not numbers and are not scored.
* Values compare with a relative tolerance of 1e-12 (upstream rounds 1/3).
"""

from __future__ import annotations

import json
import os
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from factlint.model import Quantity
from factlint.quantities import extract, parse_number
from factlint.quantities.currency import CURRENCY_PREFIX, CURRENCY_SUFFIX

REPO = Path(__file__).resolve().parents[2]
FILES = ("ko_numbers", "ko_money", "ko_units", "en_numbers", "en_money", "en_units")
LABEL_COUNTERS_NOT_NUMBERS = frozenset({"년", "월", "일", "시", "분기"})


def shared_dir() -> Path | None:
    env = os.environ.get("FACTLINT_SHARED")
    path = Path(env) if env else REPO.parent / "shared"
    return path if (path / "conformance").is_dir() else None


@lru_cache(maxsize=None)
def load(name: str) -> tuple[dict[str, Any], ...]:
    root = shared_dir()
    if root is None:
        return ()
    with open(root / "conformance" / f"{name}.jsonl", encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip())


def close(a: Fraction | float | None, b: float | int | None) -> bool:
    if a is None or b is None:
        return False
    a = float(a)
    return a == b or abs(a - b) <= 1e-12 * max(abs(a), abs(b))


# Upstream money names → (ISO code, factor to the main unit). Unknown → out of scope.
MONEY: dict[str, tuple[str, Fraction]] = {
    "dollar": ("USD", Fraction(1)), "united states dollar": ("USD", Fraction(1)), "unnamed": ("USD", Fraction(1)),
    "cent": ("USD", Fraction(1, 100)), "pound": ("GBP", Fraction(1)), "british pound": ("GBP", Fraction(1)),
    "pence": ("GBP", Fraction(1, 100)), "penny": ("GBP", Fraction(1, 100)), "euro": ("EUR", Fraction(1)),
    "japanese yen": ("JPY", Fraction(1)), "chinese yuan": ("CNY", Fraction(1)),
    "canadian dollar": ("CAD", Fraction(1)), "australian dollar": ("AUD", Fraction(1)),
    "hong kong dollar": ("HKD", Fraction(1)), "swiss franc": ("CHF", Fraction(1)),
    "rupee": ("INR", Fraction(1)), "bitcoin": ("BTC", Fraction(1)),
}
# Every currency factlint can name (currency.CURRENCY_SUFFIX/PREFIX); others are out of scope.
SUPPORTED_ISO = frozenset(c.rstrip("¢") for c in (*CURRENCY_SUFFIX.values(), *CURRENCY_PREFIX.values()))

# Upstream unit names (Duckling, Recognizers-Text, quantulum3) → our pint unit strings.
UNITS: dict[str, str] = {
    "kilometre": "kilometer", "kilometer": "kilometer", "metre": "meter", "meter": "meter",
    "centimetre": "centimeter", "centimeter": "centimeter", "millimetre": "millimeter",
    "millimeter": "millimeter", "mile": "mile", "foot": "foot", "inch": "inch", "gram": "gram",
    "kilogram": "kilogram", "milligram": "milligram", "litre": "liter", "liter": "liter",
    "millilitre": "milliliter", "milliliter": "milliliter", "gallon": "gallon", "metric ton": "metric_ton",
    "ton": "metric_ton", "barrel": "oil_barrel", "megabyte": "megabyte", "gigabyte": "gigabyte",
    "terabyte": "terabyte", "square meter": "meter ** 2", "square kilometer": "kilometer ** 2",
    "square kilometre": "kilometer ** 2", "acre": "acre", "kilometer per hour": "kilometer / hour",
    "kilometre per hour": "kilometer / hour", "mile per hour": "mile / hour", "pound-mass": "pound",
    "nanometre": "nanometer", "nanometer": "nanometer",
}


# Upstream temperature scales → the units factlint may give. "degree" is upstream's "no scale
# written" ("45°", "set it to 85 degrees"): any degree unit, a scale is not required (an English
# "24 degrees" has none; a Korean 도 of a temperature is Celsius).
TEMPERATURE_UNITS: dict[str, tuple[str, ...]] = {
    "c": ("degree_Celsius", "delta_degree_Celsius"), "celsius": ("degree_Celsius", "delta_degree_Celsius"),
    "f": ("degree_Fahrenheit", "delta_degree_Fahrenheit"), "fahrenheit": ("degree_Fahrenheit", "delta_degree_Fahrenheit"),
    "degree": ("degree", "degree_Celsius", "degree_Fahrenheit", "delta_degree_Celsius", "delta_degree_Fahrenheit"),
}


def money_of(unit: str | None, iso: str | None) -> tuple[str, Fraction] | None:
    if unit and unit.lower() in MONEY:
        code, factor = MONEY[unit.lower()]
        return (iso or code, factor) if (iso or code) in SUPPORTED_ISO else None
    if iso in SUPPORTED_ISO:
        return iso, Fraction(1)
    return None


def _value_match(q: Quantity, kind: str, value: float, unit: str | None, iso: str | None) -> bool:
    if kind == "currency":
        m = money_of(unit, iso)
        return m is not None and q.kind == "money" and q.unit == m[0] and close(q.value, float(value * m[1]))
    if kind == "percent":
        return q.kind == "percent" and close(q.value, value)
    if kind == "temperature":
        return q.kind == "quantity" and q.unit in TEMPERATURE_UNITS.get(str(unit).lower(), ()) and close(q.value, value)
    if kind in ("dimension", "distance", "volume", "quantity") and unit not in (None, "dimensionless"):
        return q.kind == "quantity" and q.unit == UNITS.get(str(unit).lower()) and close(q.value, value)
    return close(q.value, value)


def _interval_match(q: Quantity, kind: str, interval: dict[str, Any], unit: str | None, iso: str | None) -> bool:
    lo, hi = interval["from"], interval["to"]
    factor = Fraction(1)
    if kind == "currency":
        m = money_of(unit, iso)
        if m is None or q.kind != "money" or q.unit != m[0]:
            return False
        factor = m[1]
    if lo is not None and hi is not None:
        if lo == hi:
            return close(q.value, float(lo * factor))
        return q.bound == "range" and close(q.low, float(lo * factor)) and close(q.high, float(hi * factor))
    if lo is not None:
        return q.bound == "min" and close(q.value, float(lo * factor))
    return q.bound == "max" and close(q.value, float(hi * factor))


def _is_plain_number(q: Quantity) -> bool:
    return q.kind in ("number", "count") and q.counter not in LABEL_COUNTERS_NOT_NUMBERS


NEGATIVE_KIND = {
    "number": _is_plain_number,
    "ordinal": _is_plain_number,
    "number_range": lambda q: q.bound is not None,
    "percent": lambda q: q.kind == "percent",
    "currency": lambda q: q.kind == "money",
    # an angle ("turn a 45 degrees angle", "Rotate 90°") is a degree but no temperature
    "temperature": lambda q: q.kind == "quantity" and q.unit in TEMPERATURE_UNITS["degree"] and q.unit != "degree",
}


def scored_items(case: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in case["expected"] or [] if e["value_kind"] in ("number", "interval")]


def score(case: dict[str, Any]) -> tuple[bool, str]:
    """(passed, explanation) for one conformance line."""
    text = case["text"]
    if case["match"] == "whole":
        return _score_whole(case, text)
    found = extract(text)
    items = scored_items(case)
    if not case["expected"]:
        bad = [q.text for q in found if NEGATIVE_KIND.get(case["kind"], _is_plain_number)(q)]
        return not bad, f"negative example, but found {bad}"
    missing = []
    for e in items:
        pool: Iterable[Quantity] = found
        if e["start"] is not None:
            pool = [q for q in found if q.span.start < e["end"] and e["start"] < q.span.end]
        if e["value_kind"] == "interval":
            ok = any(_interval_match(q, e["kind"], e["interval"], e["unit"], e["currency_iso"]) for q in pool)
        else:
            ok = any(_value_match(q, e["kind"], e["value"], e["unit"], e["currency_iso"]) for q in pool)
        if not ok:
            missing.append(e["span"])
    return not missing, f"missing {missing}; found {[(q.text, q.kind, str(q.value), q.unit) for q in found]}"


def _score_whole(case: dict[str, Any], text: str) -> tuple[bool, str]:
    kind, vk = case["kind"], case["value_kind"]
    if kind in ("number", "ordinal"):
        v = parse_number(text)
        return close(v, case["value"]), f"parse_number={v}"
    found = extract(text)
    desc = f"found {[(q.text, q.kind, str(q.value), str(q.low), str(q.high), q.unit, q.bound) for q in found]}"
    if vk == "none":
        want = "money" if kind == "currency" else "quantity"
        return not any(q.kind == want for q in found), desc
    if vk == "interval":
        ok = any(_interval_match(q, kind, case["interval"], case["unit"], case["currency_iso"]) for q in found)
        return ok, desc
    return any(_value_match(q, kind, case["value"], case["unit"], case["currency_iso"]) for q in found), desc
