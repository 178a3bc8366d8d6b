"""Dates written in prose, as intervals of days: "March 2022", "May 14, 2022", "in 2022",
"2022년 3월", "2022년 3월 14일", "2022-03-14", "2022.03.14".

A date is a ``Quantity`` of kind ``date``: ``low`` and ``high`` are proleptic Gregorian ordinals
(``datetime.date.toordinal``) of the first day it can mean and of the day after the last, so
"March 2022" is [2022-03-01, 2022-04-01) and agrees with "2022년 3월 14일" but not with "May
2022" — the one precision rule (docs/precision.md) holds for dates as for figures. ``value`` is
the first day.

A date written without its year ("8월 4일", "Oct. 20", "on 5 August") or month ("지난 22일") is read only
against a reference date — the article's dateline — as the such day nearest it ("12월 30일" in an article of
2025-01-03 is 2024-12-30, "내일(2월 5일)" in one of 2022-02-04 is 2022-02-05; after 지난 the latest not after it,
after 오는 the next, "지난해 8월 4일" of the year before, "2월 4일부터 20일까지" one month);
its ``counter`` is :data:`RESOLVED`, so a report can say the year (or month) is the dateline's. No reading
without a reference date, for a recurring day ("매년 3월 22일", "every March 22"), a day in a range
("1월 23~25일") or a count of days ("41일로", "사흘 만인", "33일 동안").

Not part of :func:`factlint.quantities.extract`: a year in a sentence is read there as a number
(the period of a figure, "2019년 262억달러"), and the arithmetic checks rely on that. Binding reads
dates with this module only where a declared attribute measures a date (a release date:
"announced in March 2022", "2022년 3월 공개").
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction
from typing import Callable

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
# Dates without a year (or month), read only against a reference date. A recurring or relative-year word
# before them: "매년 3월 22일" (no one date), "지난해 8월 4일" (the reference's year before)
_KO_MONTH_DAY = re.compile(r"(?<![\d.,~\-])(?:(매년|해마다|매월|매달|지난해|작년|전년|재작년|올해|올|금년|내년|지난|오는)\s*)?"
                           r"(\d{1,2})\s*월\s*(\d{1,2})\s*일(?![\d~\-–])")
# Not a count of days before a word of duration or rate ("10일 안에", "3일 연속", "1일 평균", "1일 3회"), a
# week's or month's rota ("주 5일 근무", "월 2일") or a day of two ("3·4일")
_KO_DAY = re.compile(r"(?<![\d.,~\-–월·])(?<!주 )(?<!월 )(?<!연 )(?:(매월|매달|매주|지난\s*달|다음\s*달|내달|지난|오는|이번\s*달|이달)\s*)?(\d{1,2})\s*일"
                     r"(?=\s|에|께|부터|까지|자|[,.)]|$)(?!\s*(?:동안|만에|만인|만의|간|이상|이내|이하|가량|정도|째|전|후|뒤|내|~"
                     r"|안(?:에|으로)?(?![가-힣])|안팎|사이(?:에|의)?(?![가-힣])|넘게|가까이|남짓|연속|평균|미만|초과"
                     r"|\d+\s*(?:회|번|차례)))")
# A month (and day) whose year is the year of the date before it in the text, or the year after ("이듬해")
_KO_SAME_YEAR = re.compile(r"(같은\s*해|그\s*해|이듬해|다음\s*해)\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?(?![\d~\-–])")
_NEXT_YEAR = frozenset({"이듬해", "다음해", "다음 해"})
_KO_AHEAD = frozenset({"오는", "내년"})  # the next such day, not the last one
# A month a year word places, written without its day: "지난해 10월 개통했다", "올해 3월" (not "지난해 10월 12일")
_KO_YEAR_MONTH = re.compile(r"(?<![가-힣])(지난해|작년|전년|재작년|올해|올|금년|내년)\s*(\d{1,2})\s*월(?!\s*\d{1,2}\s*일)(?![\d~\-–])")
# A past month of no year word: "지난 5월 출시한" — the latest such month before the reference's ("지난 8월" in an
# article of November 2024 is August 2024, in one of March 2025 August 2024)
_KO_LAST_MONTH = re.compile(r"(?<![가-힣])지난\s*(\d{1,2})\s*월(?!\s*\d{1,2}\s*일)(?![\d~\-–])")
_KO_BACK = {"지난해": 1, "작년": 1, "전년": 1, "재작년": 2, "올해": 0, "올": 0, "금년": 0, "내년": -1}
_KO_RECURRING = frozenset({"매년", "해마다", "매월", "매달", "매주"})
_KO_MONTH_WORD = {"지난달": 0, "이달": 1, "이번달": 1, "다음달": 2, "내달": 2}  # the month before, this, the next
_EN_MONTH_CAP = "|".join(sorted({n.capitalize() for n in _MONTHS}, key=len, reverse=True))
_EN_MONTH_DAY = re.compile(rf"(\bevery\s+)?\b({_EN_MONTH_CAP})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![\d:.]\d|\s*[-–~]\s*\d)")
_EN_DAY_MONTH = re.compile(rf"(\bevery\s+)?(?<![\d.,\-–])\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_EN_MONTH_CAP})\b")
# A month (and day) a year word places: "in October last year", "on Oct. 12 last year", "in March this year"
_EN_MONTH_YEAR_WORD = re.compile(rf"\b({_EN_MONTH_CAP})\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(last|this)\s+year\b")
_PERIOD_JOIN = re.compile(r"\s*(?:부터|에서)\s*|\s*[~–\-]\s*")
RESOLVED = "dateline"  # the counter of a date whose year (or month) is the reference date's
# The counter of a month and day read with no reference date ("March 16" in undated wire copy): its year is
# not written, so its interval is that day in the leap year :data:`NO_YEAR_YEAR`, never compared as it is
# but placed in another date's year first (:func:`placed`)
NO_YEAR = "no year"
NO_YEAR_YEAR = 4
# The counter of such a day once placed in the year of the date it is compared with
OTHER_YEAR = "the other's year"
_LATIN = re.compile(r"[A-Za-z]")
_YEAR_KO = re.compile(r"(?<!\d)(\d{4})\s*년(?!\s*\d{1,2}\s*월)(?:도)?")


def read_dates(text: str, base: int = 0, reference: dt.date | None = None, past: bool = False,
               yearless: bool = False) -> list[Quantity]:
    """Every date of ``text`` (offsets plus ``base``), in order; a year alone only after in/since/by
    or as 2022년 (a bare "2022" is a number); with a ``reference`` date, days without a year or month too,
    each the latest such day not after it when the caller reads ``past`` events (unless 오는 says otherwise);
    without one and with ``yearless``, a month and day as a day of no written year (:data:`NO_YEAR`)."""
    found: list[tuple[int, int, dt.date, dt.date, str | None]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, year: int, month: int | None, day: int | None) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        span = _days(year, month, day)
        if span is None:
            return
        taken.append((start, end))
        found.append((start, end, *span, None))

    def resolved(start: int, end: int, day: dt.date | None) -> None:
        """A day read against the reference; None still takes its span ("매년 8월 4일": not "4일" alone)."""
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        if day is not None:
            found.append((start, end, day, day + dt.timedelta(days=1),
                          NO_YEAR if day.year == NO_YEAR_YEAR and reference is None else RESOLVED))

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
    for m in _KO_SAME_YEAR.finditer(text):
        # "2020년 5월 28일 … 소개되었고, 같은 해 6월 11일 … 공개되었다": the year of the date written before it
        before = [f for f in found if f[1] <= m.start() and f[4] is None]
        if before:
            year = max(before, key=lambda f: f[0])[2].year + (1 if m.group(1) in _NEXT_YEAR else 0)
            add(m.start(2), m.end(), year, int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    def start_of(at: int) -> dt.date | None:
        """The first day of the date that opens a period ending at ``at`` ("2월 4일부터 ", "9일~"), if any."""
        for start, end, first, _after, _inferred in sorted(found, key=lambda f: f[0], reverse=True):
            if end <= at:
                return first if _PERIOD_JOIN.fullmatch(text, end, at) else None
        return None

    if reference is not None:
        # "지난해 10월", "October last year", "Oct. 12 last year": a month (and day) a year word places
        by_year_word: list[tuple[int, int, int, int, int | None]] = [
            (m.start(2), m.end(), reference.year - _KO_BACK[m.group(1)], int(m.group(2)), None)
            for m in _KO_YEAR_MONTH.finditer(text)]
        by_year_word += [(m.start(1), m.end(), reference.year - (int(m.group(1)) >= reference.month), int(m.group(1)), None)
                         for m in _KO_LAST_MONTH.finditer(text) if 1 <= int(m.group(1)) <= 12]
        by_year_word += [(m.start(), m.end(), reference.year - (m.group(3) == "last"), _MONTHS[m.group(1).casefold()],
                         int(m.group(2)) if m.group(2) else None) for m in (_EN_MONTH_YEAR_WORD.finditer(text) if latin else ())]
        for start, end, year, month, day in by_year_word:
            span = _days(year, month, day)
            if span is not None and not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                found.append((start, end, *span, RESOLVED))  # the year is the dateline's, said so
        _without_year(text, reference, latin, resolved, start_of, past)
    elif yearless:
        _no_year(text, latin, resolved)
    out = []
    for start, end, first, after, counter in sorted(found, key=lambda f: f[0]):
        low, high = Fraction(first.toordinal()), Fraction(after.toordinal())
        out.append(Quantity(Span(base + start, base + end), text[start:end], "date", low, low, high, counter=counter))
    return out


def _no_year(text: str, latin: bool, resolved: Callable[[int, int, dt.date | None], None]) -> None:
    """The months and days of ``text`` written without a year, in an article with no date of its own ("SEOUL,
    March 19 (Newswire) - … began commercial operation on March 16"): each that day in :data:`NO_YEAR_YEAR`. Not
    a recurring day ("매년 3월 22일", "every March 22") nor one a year word places ("지난해 8월 4일", "Oct. 12 last year": which year is
    not known either)."""
    for m in _EN_MONTH_YEAR_WORD.finditer(text) if latin else ():
        resolved(m.start(), m.end(), None)  # "Oct. 12 last year": a year word places it, which year is not known
    for m in _KO_MONTH_DAY.finditer(text):
        word = m.group(1)
        resolved(m.start(2) if word is None else m.start(), m.end(),
                 _day(NO_YEAR_YEAR, int(m.group(2)), int(m.group(3))) if word is None else None)
    for m in _EN_MONTH_DAY.finditer(text) if latin else ():
        resolved(m.start(), m.end(), None if m.group(1) else _day(NO_YEAR_YEAR, _MONTHS[m.group(2).casefold()], int(m.group(3))))
    for m in _EN_DAY_MONTH.finditer(text) if latin else ():
        resolved(m.start(), m.end(), None if m.group(1) else _day(NO_YEAR_YEAR, _MONTHS[m.group(3).casefold()], int(m.group(2))))


def placed(q: Quantity, other: Quantity) -> Quantity:
    """A day of no written year (:data:`NO_YEAR`) in the year that puts it nearest ``other`` (a date with its
    year): "March 16" against "2026년 3월 18일" is 2026-03-16, against "December 2025" 2025-12 … the nearest
    March 16, 2026-03-16. The day of a one-off event written without its year differs from another date of it
    whatever the year when its month and day do; the year is the other's, and said so (:data:`OTHER_YEAR`)."""
    if q.counter != NO_YEAR or other.counter == NO_YEAR or q.low is None or other.low is None or other.high is None:
        return q
    day = dt.date.fromordinal(int(q.low))
    middle = dt.date.fromordinal(int((other.low + other.high) / 2))
    days = [d for y in (middle.year - 1, middle.year, middle.year + 1) if (d := _day(y, day.month, day.day)) is not None]
    if not days:
        return q
    nearest = min(days, key=lambda d: abs((d - middle).days))
    low = Fraction(nearest.toordinal())
    return Quantity(q.span, q.text, "date", low, low, low + 1, counter=OTHER_YEAR)


def _without_year(text: str, reference: dt.date, latin: bool, resolved: Callable[[int, int, dt.date | None], None],
                  start_of: Callable[[int], dt.date | None], past: bool = False) -> None:
    """The days of ``text`` written without a year (or month), each as the day it is against ``reference``."""
    for m in _KO_MONTH_DAY.finditer(text):
        word = m.group(1)
        month, day = int(m.group(2)), int(m.group(3))
        if word in _KO_RECURRING:
            resolved(m.start(), m.end(), None)
        elif word in _KO_BACK:
            resolved(m.start(2), m.end(), _day(reference.year - _KO_BACK[word], month, day))
        elif word == "오는":
            resolved(m.start(2), m.end(), min((d for y in (reference.year, reference.year + 1)
                                               if (d := _day(y, month, day)) is not None and d >= reference), default=None))
        else:
            resolved(m.start(2), m.end(), _month_day(reference, month, day, back=past or word == "지난"))
    for m in _KO_DAY.finditer(text):
        word = m.group(1)
        if word in _KO_RECURRING:
            resolved(m.start(), m.end(), None)
            continue
        day = int(m.group(2))
        since = start_of(m.start())  # "2월 4일부터 20일까지": the end of a period is of its start's month
        if since is not None and word is None:
            after = _day(since.year, since.month, day) if day > since.day else None
            resolved(m.start(2), m.end(), after)
            continue
        resolved(m.start(2), m.end(), _day_only(reference, day, word, past))
    for m in _EN_MONTH_DAY.finditer(text) if latin else ():
        resolved(m.start(), m.end(), None if m.group(1) else
                 _month_day(reference, _MONTHS[m.group(2).casefold()], int(m.group(3)), past))
    for m in _EN_DAY_MONTH.finditer(text) if latin else ():
        resolved(m.start(), m.end(), None if m.group(1) else
                 _month_day(reference, _MONTHS[m.group(3).casefold()], int(m.group(2)), past))


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(reference: dt.date, month: int, day: int, back: bool = False) -> dt.date | None:
    """The such day nearest the reference, the past one on a tie ("12월 30일" dated 2025-01-03 is 2024-12-30,
    "내일(2월 5일)" dated 2022-02-04 is 2022-02-05); with ``back`` ("지난 8월 4일") the latest not after it."""
    days = [d for y in (reference.year - 1, reference.year, reference.year + 1) if (d := _day(y, month, day)) is not None]
    return _nearest(reference, days, back)


def _nearest(reference: dt.date, days: list[dt.date], back: bool) -> dt.date | None:
    if back:
        days = [d for d in days if d <= reference]
    return min(days, key=lambda d: (abs((d - reference).days), d > reference), default=None)


def _day_only(reference: dt.date, day: int, word: str | None = None, past: bool = False) -> dt.date | None:
    """The such day of the reference's month, or of the month before when that is nearer (the past one on a tie);
    never the next month's, which is written so ("다음 달 3일", "내달", "오는 3일"); after 지난 the latest not after
    it ("지난 22일" dated 2024-03-25), after 오는 the next not before it ("오는 5일"), after a month's word
    (지난달, 이달, 다음 달) that month's."""
    if not 1 <= day <= 31:
        return None
    months = [(reference.year - (reference.month == 1), (reference.month - 2) % 12 + 1), (reference.year, reference.month),
              (reference.year + (reference.month == 12), reference.month % 12 + 1)]
    word = None if word is None else "".join(word.split())
    if word in _KO_MONTH_WORD:
        return _day(*months[_KO_MONTH_WORD[word]], day)
    days = [d for y, m in months if (d := _day(y, m, day)) is not None]
    if word in _KO_AHEAD:
        return min((d for d in days if d >= reference), default=None)
    return _nearest(reference, [d for d in days if d <= reference or d.month == reference.month], back=past or word == "지난")


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
    """A date as ISO text at its own precision: 2022, 2022-03, 2022-03-14; a day of no written year as --03-14."""
    if q.low is None or q.high is None:
        return q.text
    first, after = dt.date.fromordinal(int(q.low)), dt.date.fromordinal(int(q.high))
    if q.counter == NO_YEAR:
        return first.strftime("--%m-%d")
    days = (after - first).days
    if days == 1:
        return first.isoformat()
    if days <= 31:
        return first.strftime("%Y-%m")
    return f"{first.year}" if days <= 366 else f"{first.isoformat()}–{after.isoformat()}"
