"""Dates written in prose, as intervals of days: "March 2022", "May 14, 2022", "in 2022",
"2022년 3월", "2022년 3월 14일", "2022-03-14", "2022.03.14".

A date is a ``Quantity`` of kind ``date``: ``low`` and ``high`` are proleptic Gregorian ordinals
(``datetime.date.toordinal``) of the first day it can mean and of the day after the last, so
"March 2022" is [2022-03-01, 2022-04-01) and agrees with "2022년 3월 14일" but not with "May
2022" — the one precision rule (docs/precision.md) holds for dates as for figures. ``value`` is
the first day.

Not part of :func:`factlint.quantities.extract`: a year in a sentence is read there as a number
(the period of a figure, "2019년 262억달러"), and the arithmetic checks rely on that. Binding reads
dates with this module only where a declared attribute measures a date (a release date:
"announced in March 2022", "2022년 3월 공개").
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

from ..model import Quantity, Span

# English month names spelt out, not calendar.month_name: that follows the process's locale
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTHS = {name: i for i, name in enumerate(_MONTH_NAMES, 1)}
_MONTHS.update({name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)})
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

_EN = re.compile(rf"\b({_MONTH})\.?\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(\d{{4}})\b", re.I)
_EN_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.I)
_KO = re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?")
_NUMERIC = re.compile(r"(?<![\d.])(\d{4})([-./])(\d{1,2})(?:\2(\d{1,2}))?\.?(?![\d])")
_YEAR_EN = re.compile(r"\b(?:in|since|by|during)\s+(\d{4})\b")
_LATIN = re.compile(r"[A-Za-z]")
_YEAR_KO = re.compile(r"(?<!\d)(\d{4})\s*년(?!\s*\d{1,2}\s*월)(?:도)?")


def read_dates(text: str, base: int = 0) -> list[Quantity]:
    """Every date of ``text`` (offsets plus ``base``), in order; a year alone only after in/since/by
    or as 2022년 (a bare "2022" is a number)."""
    found: list[tuple[int, int, dt.date, dt.date]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, year: int, month: int | None, day: int | None) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        span = _days(year, month, day)
        if span is None:
            return
        taken.append((start, end))
        found.append((start, end, *span))

    latin = _LATIN.search(text) is not None  # month names and "in 2022" need Latin letters: Korean prose has few
    for m in _EN_DAY_FIRST.finditer(text) if latin else ():
        add(m.start(), m.end(), int(m.group(3)), _MONTHS[m.group(2).casefold()], int(m.group(1)))
    for m in _EN.finditer(text) if latin else ():
        add(m.start(), m.end(), int(m.group(3)), _MONTHS[m.group(1).casefold()], int(m.group(2)) if m.group(2) else None)
    for m in _KO.finditer(text):
        add(m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    for m in _NUMERIC.finditer(text):
        add(m.start(), m.end(), int(m.group(1)), int(m.group(3)), int(m.group(4)) if m.group(4) else None)
    for m in _YEAR_EN.finditer(text) if latin else ():
        add(m.start(1), m.end(1), int(m.group(1)), None, None)
    for m in _YEAR_KO.finditer(text):
        add(m.start(), m.end(), int(m.group(1)), None, None)
    out = []
    for start, end, first, after in sorted(found, key=lambda f: f[0]):
        low, high = Fraction(first.toordinal()), Fraction(after.toordinal())
        out.append(Quantity(Span(base + start, base + end), text[start:end], "date", low, low, high))
    return out


def _days(year: int, month: int | None, day: int | None) -> tuple[dt.date, dt.date] | None:
    """The first day a date can mean and the day after its last; None for no such date."""
    if not 1000 <= year <= 2999:
        return None
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
        if day is None:
            return dt.date(year, month, 1), (dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1))
        first = dt.date(year, month, day)
        return first, first + dt.timedelta(days=1)
    except ValueError:
        return None  # "2021-02-30", "2022.13"


def show_date(q: Quantity) -> str:
    """A date as ISO text at its own precision: 2022, 2022-03, 2022-03-14."""
    if q.low is None or q.high is None:
        return q.text
    first, after = dt.date.fromordinal(int(q.low)), dt.date.fromordinal(int(q.high))
    days = (after - first).days
    if days == 1:
        return first.isoformat()
    if days <= 31:
        return first.strftime("%Y-%m")
    return f"{first.year}" if days <= 366 else f"{first.isoformat()}–{after.isoformat()}"
