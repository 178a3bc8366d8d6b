"""A Markdown table's cells as claims, from the table's own layout (issue 14).

An editor reads ``| 시·군 | 인구(명) | 2023년 관광객(만 명) |`` over ``| 담라시 | 486,930 | 812 |`` as
"담라시 · 인구 = 486,930명" and "담라시 · 관광객 (2023) = 812만 명" with no rule pack: the row's label is
the entity, the column's header the attribute. The binder binds a cell whose header holds a trigger
word of a declared attribute (``_column_attributes``); a cell it leaves unbound is read here:

* the **attribute** is the column header's noun without its unit bracket, footnote marker or
  emphasis (``인구(명)`` → 인구, ``Area (km²)`` → Area, ``2025 본예산(억 원)`` → 본예산); a year in the
  header is the cell's period (2025); a forecast mark (``2025E``, ``(전망)``, ``목표``, ``forecast``) makes
  the cell a goal. A header that compares with a base and names no measure (``전년 대비``, ``전월비``,
  ``YoY``) over a percentage is the change of the column right before it: ``대출 권수 (전년 대비)``. A header that is a row label's (순위, 연도, Rank, No.) or a note's (비고, Note) names
  no attribute. Under a heading or caption line that states a unit in brackets right above the table
  ("## 2024년 월별 관광객 (만 명)"), the heading's noun is the measure and the columns its parts: ``전체``
  (a whole: 전체, 합계, Total, All) is the measure itself, ``외국인`` is "외국인 관광객";
* the **entity** is the row's label: the first cell left of the figure that is no number, without a bracket
  that says when or which edition ("2024(개관~12월)" is the year 2024's row, "축제(제11회)" the festival's). A label
  that is a time (``6월``, ``2023``, ``Q1``, ``1분기``, ``March``) is the cell's time instead (a month
  takes the year of the header, heading or title), and the entity is the document's subject (the
  title's topic, when it is a name and no distributive "X별"); a total (``합계``, ``Total``) is the whole
  the title names — unless the title, or the heading or bold caption right above the table ("## 주요 저수지
  저수율"), says its rows are a selection (주요, 상위, selected, major, top, "3사", "5개"), when a bare total has no
  entity, while a total that says which ("5개 시·군 합계") is that;
* a row label that is a **kind or rank** of the page's subject (a rank "1위", or any label of a column headed
  종목, 순위, Category …) is no entity: the subject owns the cell, the label joins the attribute ("풀코스 참가
  인원", "풀코스 1위"); a total row's 100% is no claim;
* the **period**: a year in the header, else the row's time, else the heading or caption above the
  table, else the title ("(2023년 말 기준)");
* the **reference time** (the point in time a level is counted at, :func:`table_times`): a statement of
  the caption, heading or source line above the table, of a note below it ("주: …", "Source: …") or of a
  footnote the table or its caption marks ("[1] 면적은 2025년 1월 1일 지적통계 기준이다") that says when
  ("2025년 12월 31일 주민등록 기준", "(2023년 말 기준)", "6월 말 현재", "as of 31 December 2025", "at the end of
  2024"), applying to the columns it names before it ("인구와 가구 수는 …", "Population and households as of
  …") or, when it names none or is a bracket of its line ("## 시별 인구 (2023년 말 기준)"), to every
  column; then the page's source or update line between its title and first section ("> 군청 | 2026년 8월 5일
  갱신 (8월 4일 0시 기준)"), whose month with no year is of the page's date; the title's, last. An hour written
  ("0시") is kept: "2026-08-04 00:00", as the prose binder keeps it. Its year is the cell's period. A year alone ("2024년 기준", "(2020 census)")
  is a period, no reference time.

Never a claim: a cell of a column headed only by a kind of number (``금액``, ``비율``, ``Amount``, ``Share``: the row
label says what the amount is of, "| 국비 | 320 |", no entity), a cell of a column with no header noun, a header that is only a time while the row label
is an attribute (a transposed table, see :func:`read_cell`), a row with no label, a label that is a
number. The claims are of the same kind the prose binder makes (entity as written, attribute the
discovered noun), so that a table cell and a sentence of another article meet in one group.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..quantities.tables import column_unit
from .changes import KO_BASE

_EMPHASIS = re.compile(r"\*\*|__|(?<![A-Za-z0-9])[*_]|[*_](?![A-Za-z0-9])")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]|\^\d{1,3}")
_BRACKET = re.compile(r"\s*[(（][^()（）]*[)）]")
_NUMBER_CELL = re.compile(r"[+\-−–]?[$£€¥₩]?[\d.,]+\s*[%％]?|[—–\-]|n/?a|N/?A|")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)\d{2})(?:\s*년(?:도)?|\s*(?:FY|E|F|P)\b|[EFP](?![A-Za-z]))?(?![0-9])")
_FORECAST = re.compile(r"(?<=\d)[EFP](?![A-Za-z])|전망|예상|추정|목표|계획|(?i:\bforecasts?\b|\bestimated?\b|\btargets?\b|\bprojected\b|\bplan(?:ned)?\b|\bgoal\b)")
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
# A month's full name or its usual abbreviation only: "Marketing", "Junior", "Decoration" open like one
_MONTH_EN = re.compile(r"(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                       r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# A row label that is a time: the row is a period, not an entity.
_TIME_LABEL = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})\s*(?:년(?:도)?)?\s*)?(?:(?P<month>\d{1,2})\s*월)?"
    r"|(?:(?:19|20)\d{2}\s*(?:년\s*)?)?(?:[1-4]\s*분기|[1-4]Q|Q[1-4]|상반기|하반기|H[12])(?:\s*(?:19|20)?\d{2})?"
    r"|(?:19|20)\d{2}[-./]\d{1,2}"
)
# The header of a column that labels rows or holds notes: no attribute.
_NO_ATTRIBUTE = re.compile(r"(?i)^(?:순위|등수|순번|번호|연도|년도|연월|날짜|일자|월|연|분기|구분|항목|비고|주석?|참고|"
                           r"rank(?:ing)?|no\.?|#|year|date|month|quarter|period|notes?|remarks?|source)$")
# A cell, header or label that is the whole of what the rows are parts of.
_WHOLE = re.compile(r"(?i)^(?:합계|총계|계|전체|총합|소계|total|all|sum|overall)$")
_WHOLE_END = re.compile(r"(?i)(?:합계|총계|전체|\btotal)$")
# A title saying its rows are a selection of the whole it names: its total row is not that whole.
_SELECTION = re.compile(r"주요|일부|상위|(?i:\bselected\b|\bmajor\b|\btop\b|\bleading\b|\blargest\b|\bbiggest\b)"
                        r"|\d+\s*(?:개|사|곳|대|개국|개사)(?![가-힣])")
# A header that compares with a base and names no measure of its own: the change of the column before it
# ("| 대출 권수 | 전년 대비 |", "전년비", "전월 대비 증감률", "| Loans | YoY |", "change on the previous year")
_COMPARED_KO = re.compile(r"(?P<base>" + KO_BASE + r")\s*(?:대비|비)(?:\s*(?:증감|증감률|증감율|변동률))?(?:\s*\(%\))?")
_COMPARED_EN = re.compile(r"(?i)(?:yoy|y/y|y-o-y|(?:%\s*)?(?:change|chg\.?)\s+(?:on|from|vs\.?|over)\s+(?:the\s+)?"
                          r"(?:previous|prior|last)\s+year)")
_DISTRIBUTIVE = re.compile(r"[가-힣]별$")  # 월별, 지역별: "by month", no name
# A row label that is a rank ("1위", "2nd"), or the header of a label column that says its rows are kinds or
# ranks of one thing ("종목", "Category"): the rows are no entities but parts of the page's subject's figures
_RANK = re.compile(r"(?i)\d{1,3}\s*(?:위|등|st|nd|rd|th)")
_KIND_COLUMN = re.compile(r"(?i)^(?:종목|종류|유형|부문|분야|권역|등급|분류|순위|등수|rank(?:ing)?|category|categories|type|kind|class|division)$")
_MAX_LABEL = 40
# A header that names only the kind of number a column holds, not what it measures ("금액", "비율", "Amount",
# "Share"): the row label says what the amount is of ("| 국비 | 320 | 27.8% |": the national funds of the page's
# project), so the row names no entity, and the column no attribute a claim could be compared on
_AMOUNT_ONLY = re.compile(r"(?i)^(?:금액|액수|비율|비중|구성비|점유율|amount|sum|share|ratio|proportion|percentage|%)$")
# A header that names a rate or a share ("증감률", "증가율", "비중"): of the measure a caption names, its head last
_RATE_HEAD = re.compile(r"(?:[률율]|비중|비율)$")
# A row label's bracket that says when or which edition ("2024(개관~12월)", "단월얼음축제(제11회)"): the row is
# the label before it; the bracket is its time or edition, no part of a name
_LABEL_QUALIFIER = re.compile(r"\s*[(（](?=[^()（）]*(?:\d|개관|개장))(?:[^()（）]*[~∼\-–][^()（）]*|제\s*\d+\s*회|\d+\s*(?:월|분기))[)）]$")


@dataclass(frozen=True)
class Cell:
    """What a table's layout says of one of its cells."""

    entity: str
    attribute: str
    period: str | None
    event: str | None  # the month a time-labelled row is for: "2024-06"
    goal: bool
    reference: str | None = None  # the point in time the cell is counted at: "2025-12-31", "2024-06"


def clean(cell: str) -> str:
    """A cell as an editor reads it: no emphasis, no footnote marker, blanks folded."""
    text = _FOOTNOTE.sub("", _EMPHASIS.sub("", cell))
    return " ".join(text.split())


def cells(row: str) -> list[str]:
    """The cells of a table row as written (between its pipes)."""
    return row.strip().strip("|").split("|")


def _header_noun(header: str) -> tuple[str, str | None, bool]:
    """A header cell's noun, the year it states and whether it marks a forecast: "2025 본예산(억 원)" →
    ("본예산", "2025", False); "2025E" → ("", "2025", True)."""
    text = clean(header)
    goal = bool(_FORECAST.search(text))
    years = _YEAR.findall(text)
    noun = _BRACKET.sub("", text)
    noun = noun.rpartition(",")[0] if "," in noun and column_unit(text) is not None else noun  # "Share, %"
    noun = _YEAR.sub("", noun)
    noun = " ".join(noun.split()).strip(" ,:-")
    return noun, (years[0] if years else None), goal


def _time(label: str) -> tuple[str | None, str | None] | None:
    """A row label that is a time: (its year, its month as "06"), either may be None; None: no time."""
    if _TIME_LABEL.fullmatch(label) and re.search(r"\d|반기", label):
        m = _TIME_LABEL.fullmatch(label)
        assert m is not None
        month = m.group("month")
        return m.group("year"), (f"{int(month):02d}" if month and 1 <= int(month) <= 12 else None)
    word = label.rstrip(".").lower()
    if _MONTH_EN.fullmatch(word) and any(name.startswith(word[:3]) for name in _MONTHS_EN):
        return None, f"{next(i for i, n in enumerate(_MONTHS_EN, 1) if n.startswith(word[:3])):02d}"
    return None


def _year_in(line: str) -> str | None:
    found = _YEAR.search(clean(line))
    return found.group(1) if found else None


@lru_cache(maxsize=32)  # asked for each cell of a table: read once per table, never by copying the text before it
def caption(text: str, header_start: int) -> str | None:
    """The heading or caption right above a table (blank lines between), as written; None: none."""
    end = header_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end].strip()
    if not line or line.startswith("|"):
        return None
    return line


def _measure(cap: str | None) -> str | None:
    """The noun a heading or caption that states a unit in brackets names: "## 2024년 월별 관광객 (만 명)"
    → 관광객 (its years and distributive words dropped); None when it states no unit."""
    if cap is None or not cap.startswith("#") and not cap.startswith("**"):
        return None
    text = clean(cap.lstrip("#> "))
    brackets = list(re.finditer(r"[(（]([^()（）]*)[)）]\s*$", text))
    if not brackets or column_unit(text) is None:
        return None
    words = [w for w in text[: brackets[-1].start()].split() if not _YEAR.fullmatch(w) and not _DISTRIBUTIVE.search(w)]
    return " ".join(words) or None


# A heading's leading number ("## 3. …", "### 2) …")
_HEADING_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*[.)]?$")


def caption_owner(cap: str | None) -> str | None:
    """What a heading right above a table says its figures are of, when it splits them "by X" and names a thing
    before that: "## 3. 시립과학관 분기별 관람객" → 시립과학관 (the museum's visitors by quarter); None when nothing
    but a number, a year or a distributive word stands before the split ("## 2024년 월별 관광객", "## 2. 분야별 주요
    성과", "## 연도별 방문객 현황") or the heading splits nothing."""
    if cap is None or not cap.startswith(("#", "**")):
        return None
    words = clean(cap.lstrip("#> ").replace("**", " ")).split()
    split = next((k for k, w in enumerate(words) if _DISTRIBUTIVE.search(w)), None)
    if split is None:
        return None
    owner = [w for w in words[:split] if not _YEAR.fullmatch(w) and not _HEADING_NUMBER.match(w)]
    return " ".join(owner) or None


def read_cell(text: str, line: int, header: str, figure_start: int, title: str | None,
              title_names: bool, today: dt.date | None = None) -> Cell | None:
    """The entity, attribute and time a table's layout gives the figure at ``figure_start``, in the row
    starting at ``line`` under ``header``; ``title`` is the document's subject (the title's topic) and
    ``title_names`` whether the title's words say its rows are all of that subject (no selection)."""
    end = text.find("\n", line)
    row = cells(text[line : end if end >= 0 else len(text)])
    heads = cells(header)
    column = text.count("|", line, figure_start) - 1
    if not 0 < column < min(len(row), len(heads)):
        return None
    noun, year, goal = _header_noun(heads[column])
    changed = _change_of(heads, column, row[column])
    if changed is not None:
        noun = changed
    elif _COMPARED_KO.fullmatch(noun) or _COMPARED_EN.fullmatch(noun):
        return None  # a change of no measure the table names, or no percentage
    if not noun or _NO_ATTRIBUTE.match(noun) or _time(noun) is not None or _AMOUNT_ONLY.match(noun):
        return None  # a label column, a note, a header that is a time (a transposed table) or only a kind of number
    header_start = text.rfind(header, 0, line)
    cap = caption(text, header_start) if header_start >= 0 else None
    measure = _measure(cap)
    own = noun  # the header's own noun: what a caption's statement of when names
    if measure is not None and column_unit(heads[column]) is None:
        # a part of the measure before it ("외국인 관광객"); a rate or share of it after it, its head ("| 증감률 |"
        # under "## 주요 관광지 방문객 (단위: 만 명)" is "주요 관광지 방문객 증감률")
        noun = measure if _WHOLE.match(noun) else f"{measure} {noun}" if _RATE_HEAD.search(noun) else f"{noun} {measure}"
    at = next((k for k, c in enumerate(clean(x) for x in row[:column]) if c and not _NUMBER_CELL.fullmatch(c)), None)
    label = clean(row[at]) if at is not None else None
    if label is not None:
        label = _LABEL_QUALIFIER.sub("", label) or label
    if label is None or len(label) > _MAX_LABEL or not re.search(r"[^\W\d_]", label) and _time(label) is None:
        return None
    # a heading right above the table, else the title: a source line's year is its publication's
    headed = _year_in(cap) if cap is not None and cap.startswith("#") else None
    named = caption_owner(cap)
    if named is not None and title is not None and named not in title and title not in named:
        # "# 온해시 2025년 주요 시정 성과 보고" over "## 3. 시립과학관 분기별 관람객" and "| 2분기 | 64 | 62,400 |": the
        # heading says whose figures the rows split (the museum's), the page's subject owns none of them
        title = None
    period = year or headed or _year_in(_first_line(text))
    event = None
    reference = None
    when = _time(label)
    # a row that is a time, or a header that names a month ("7월 평균기온"), is its own time
    dated = when is not None or _MONTH_IN.search(heads[column]) is not None
    stated = time_of(table_times(text, header_start, period, today), own) if not dated and header_start >= 0 else None
    # the heading's year is the period of the figures under it; the page's "2025년 1월 기준" a later time of writing
    if stated is not None and (year or headed) in (None, stated.period):
        period, reference = stated.period, stated.reference
    if when is not None:
        row_year, month = when
        period = year or row_year or period
        if title is None:
            return None
        entity = title
        if month is not None and period is not None:
            event = f"{period}-{month}"
    elif _WHOLE.match(label):
        # ("## 주요 저수지 저수율" over "| 합계 | 2,380 |": the heading right above says its rows are a selection of the
        # title's whole, so their total is theirs, not the title's, as for a title that says so)
        if title is None or not title_names or cap is not None and cap.startswith(("#", "**")) and selection(cap) or re.fullmatch(r"\s*100(?:\.0+)?\s*[%％]\s*", clean(row[column])):
            return None  # (a total's percentage is the whole's share of itself: 100%)
        entity = title
    elif category(label, _header_noun(heads[at])[0] if at is not None and at < len(heads) else ""):
        # "| 풀코스 | 3,214명 |" under "| 종목 | 참가 인원 |", "| 1위 | 3,000만 원 |" under "| 순위 | 풀코스 |": the
        # page's subject's figure, the row's kind or rank its part ("풀코스 참가 인원", "풀코스 1위")
        if title is None:
            return None
        entity = title
        noun = f"{noun} {label}" if _RANK.fullmatch(label) else f"{label} {noun}"
    else:
        entity = label
    return Cell(entity, noun, period, event, goal, reference)


def category(label: str, label_header: str) -> bool:
    """Whether a row label is a kind or rank of the page's subject, no name: a rank ("1위", "3rd"), or any label
    of a column headed as kinds or ranks ("종목", "순위", "Category"); "| 기업 | …" or "| 시·군 | …" rows are names."""
    return _RANK.fullmatch(label) is not None or _KIND_COLUMN.match(label_header) is not None


def _change_of(heads: list[str], column: int, cell: str) -> str | None:
    """The attribute of a percentage under a header that compares with a base ("전년 대비", "YoY"): the
    change of the measure of the column right before it, signed as written ("대출 권수 (전년 대비)", "Loans
    (change on the previous year)"; no direction, so no claim of ``changes``' rates); None when the header compares nothing, the cell is no
    percentage, or the column before names no measure (a label, a time, another change)."""
    noun = _header_noun(heads[column])[0]
    korean, english = _COMPARED_KO.fullmatch(noun), _COMPARED_EN.fullmatch(noun)
    if korean is None and english is None or "%" not in cell or column < 2:
        return None
    level = _header_noun(heads[column - 1])[0]
    if not level or _NO_ATTRIBUTE.match(level) or _time(level) is not None or _COMPARED_KO.fullmatch(level) \
            or _COMPARED_EN.fullmatch(level):
        return None
    if korean is not None:
        return f"{level} ({' '.join(korean.group('base').split())} 대비)"
    return f"{level} (change on the previous year)"


# --- when a table's figures are counted: its reference time -----------------------------------------------

# A point in time: a date, a month or a year, with its end (말, 말일) or a mark of a point (기준, 현재) after it —
# "2025년 12월 31일 주민등록 기준" (up to two words between: the register it is counted in), "2023년 말 기준", "6월 말
# 현재"; "as of 31 December 2025", "as at June 30, 2024", "at the end of 2024", "end-2024". A census names its year.
_WHEN_KO = re.compile(
    r"(?<!\d)(?=(?:19|20)\d{2}\s*년|(?:1[0-2]|0?[1-9])\s*월)(?:(?P<year>(?:19|20)\d{2})\s*년(?:도)?\s*)?"
    r"(?:(?P<month>1[0-2]|0?[1-9])\s*월\s*)?(?:(?P<day>3[01]|[12]\d|0?[1-9])\s*일\s*)?(?P<end>말일?|末)?\s*"
    r"(?:(?:오전|오후)?\s*(?P<hour>\d{1,2})\s*시\s*)?(?P<mark>(?:[가-힣·]+\s+){0,2}?(?:현재\s*)?기준|현재)?")
_WHEN_EN = re.compile(
    r"(?i)\b(?:as\s+(?:of|at)|(?P<end>(?:at\s+)?(?:the\s+)?end\s+of|end-))\s*(?:the\s+end\s+of\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[a-z]{3,9})\.?,?\s+|(?P<m2>[a-z]{3,9})\.?\s+"
    r"(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+)?)?(?P<year>(?:19|20)\d{2})\b")
_CENSUS = re.compile(r"(?i)\b(?P<y1>(?:19|20)\d{2})\s+census\b|\bcensus\s+(?:of\s+)?(?P<y2>(?:19|20)\d{2})\b"
                     r"|(?P<y3>(?:19|20)\d{2})\s*년\s*(?:인구|인구주택|농림어업)?\s*총조사")
_NOTE = re.compile(r"(?i)^\s*(?:[>※*]|\[\d{1,3}\]|주\s*[:)）]|주\d|(?:자료|출처|단위|비고)\s*[:：]|(?:notes?|sources?)\s*[:.])")
_MARKER = re.compile(r"\[(\d{1,3})\]")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+")
_MONTH_IN = re.compile(r"(?<!\d)(?:1[0-2]|0?[1-9])\s*월|(?i:\b(?:january|february|march|april|may|june|july|august|"
                       r"september|october|november|december)\b)")
_MAX_CAPTION = 200  # a longer line above a table is prose, not its caption
_LIST_ITEM = re.compile(r"[ \t]*(?:[*+\-]|\d{1,3}[.)])[ \t]+\S")


@dataclass(frozen=True)
class When:
    """A statement of when a table's figures are counted: the columns it names (None: all), the year and the
    reference time (an ISO date "2025-12-31", a month "2024-06"; None: a year only)."""

    names: frozenset[str] | None
    period: str
    reference: str | None


def _when(m: re.Match[str], default_year: str | None, today: dt.date | None = None) -> tuple[str, str | None] | None:
    """A point in time as (year, reference) from a match of :data:`_WHEN_KO` or :data:`_WHEN_EN`; a month with
    no year and no ``default_year`` is the latest such month not after the page's date ``today``. The hour, when
    written ("8월 4일 0시 기준"), is kept as the prose binder keeps it ("2026-08-04 00:00"): one point, one key."""
    groups = m.groupdict()
    if "mark" in groups and not (groups["mark"] or groups["end"]):
        return None  # a Korean date with no mark of a point ("2025년 인구")
    month_word = (groups.get("m1") or groups.get("m2") or "").lower().rstrip(".")
    month = groups.get("month") or (str(_MONTHS_EN.index(next(n for n in _MONTHS_EN if n.startswith(month_word[:3]))) + 1)
                                    if month_word and _MONTH_EN.fullmatch(month_word) else None)
    day = groups.get("day") or groups.get("d1") or groups.get("d2")
    year = groups.get("year") or default_year
    if year is None and today is not None and groups.get("month"):
        year = str(today.year - (int(groups["month"]) > today.month))
    if year is None:
        return None
    if month is None and day is None:
        return (year, f"{year}-12-31") if groups.get("end") else (year, None)
    if month is None:
        return None  # a day with no month
    mm = int(month)
    if day is None and groups.get("end"):
        day = str(calendar.monthrange(int(year), mm)[1])
    if day is None:
        return year, f"{year}-{mm:02d}"
    if not 1 <= int(day) <= calendar.monthrange(int(year), mm)[1]:
        return None
    hour = groups.get("hour")
    at = f" {int(hour):02d}:00" if hour is not None and 0 <= int(hour) <= 24 else ""
    return year, f"{year}-{mm:02d}-{int(day):02d}{at}"


def _statements(line: str, nouns: tuple[str, ...], default_year: str | None, today: dt.date | None = None) -> Iterator[When]:
    """The statements of when in one line, each with the column nouns its sentence names before it."""
    for sentence in _SENTENCE_END.split(line):
        for m in [*_WHEN_KO.finditer(sentence), *_WHEN_EN.finditer(sentence), *_CENSUS.finditer(sentence)]:
            if m.re is _CENSUS:
                found: tuple[str, str | None] | None = (m.group("y1") or m.group("y2") or m.group("y3"), None)
            else:
                found = _when(m, default_year, today)
            if found is None:
                continue
            before = sentence[: m.start()]
            bracketed = before.count("(") + before.count("（") > before.count(")") + before.count("）")
            # the nouns before it, and those between the date and 기준 ("11월 말 주민등록인구 기준")
            said = before + " " + (m.groupdict().get("mark") or "")
            named = frozenset(n for n in nouns if _names(said, n))
            yield When(None if bracketed or not named else named, *found)


def _names(text: str, noun: str) -> bool:
    """Does ``text`` name the column ``noun`` as a word or the head of a compound ("인구와 가구 수는",
    "주민등록인구 기준"; not "인구밀도", not "Populations")?"""
    start = r"(?<![A-Za-z])" if noun[:1].isascii() else ""
    return re.search(start + re.escape(noun) + r"(?:[은는이가와과및의도을를]?(?![가-힣A-Za-z]))", text,
                     re.IGNORECASE) is not None


@lru_cache(maxsize=32)
def table_times(text: str, header_start: int, default_year: str | None, today: dt.date | None = None) -> tuple[When, ...]:
    """The statements of when for the table whose header starts at ``header_start``: those of the caption,
    heading or source lines above it, of the notes below it, of the footnotes they or the table mark, of the
    page's source or update lines (:func:`_page_head`), then the title's — in that order of precedence.
    ``today``: the page's date, which gives a month written with no year its year."""
    header_end = text.find("\n", header_start)
    header = text[header_start : header_end if header_end >= 0 else len(text)]
    nouns = tuple(n for n in (_header_noun(h)[0] for h in cells(header)) if n)
    lines = text.split("\n")
    at = text.count("\n", 0, header_start)
    above: list[str] = []
    for line in reversed(lines[:at]):
        if not line.strip():
            continue
        if line.lstrip().startswith("|") or len(line) > _MAX_CAPTION or len(above) == 3 or _LIST_ITEM.match(line):
            break  # a list item's bracket ("- 공정률: 61% (2024년 말 기준)") is its own figure's time
        above.append(line)
        if line.startswith("#"):
            break
    end = at
    while end < len(lines) and lines[end].lstrip().startswith("|"):
        end += 1
    below: list[str] = []
    for line in lines[end:]:
        if not line.strip():
            continue
        if not _NOTE.match(line):
            break
        below.append(line)
    marked = set(_MARKER.findall("\n".join([*above, *lines[at:end], *below])))
    notes = [line for line in lines if (m := _MARKER.match(line.strip())) and m.group(1) in marked and line not in below]
    # a table whose caption or heading names a time of its own ("## 지난해 같은 날 저수율", "## 2024년 현황") is not
    # counted at the page's time
    own_time = any(_OWN_TIME.search(clean(line)) for line in above)
    head = [] if own_time else [line for line in _page_head(lines, at) if line not in above]
    title = [lines[0]] if at > 0 and lines[0] not in above else []
    return tuple(w for line in [*above, *below, *notes, *head, *title]
                 for w in _statements(clean(line), nouns, default_year, today))


# A page's source or update line: a quote or note ("> 청솔군청 재난안전과 | 2026년 8월 5일 갱신 (8월 4일 0시 기준)",
# "자료: …", "Source: …") or a line naming an update ("갱신", "updated"), not a sentence of prose ("…였다.").
_OWN_TIME = re.compile(r"(?<![0-9])(?:19|20)\d{2}(?![0-9])|(?<!\d)\d{1,2}\s*(?:월|일)(?![가-힣])|지난해|작년|전년|평년|예년|지난달|전월"
                       r"|같은\s*(?:날|기간|때|시기)|(?i:\blast\s+(?:year|month)\b|\ba\s+year\s+(?:ago|earlier)\b|\bprevious\b|\bnormal\b)")
_UPDATE = re.compile(r"갱신|업데이트|(?i:\bupdated\b)")
_PROSE_END = re.compile(r"(?:다|요)\s*[.。]\s*$|[a-z]{2,}\.\s*$")


def _page_head(lines: list[str], at: int) -> list[str]:
    """The source and update lines between a page's title and its first section heading or table, when the
    table at line ``at`` comes after them: what they say of when holds for every table under them (a figure of
    the prose has its own sentence's time), after what the table's own caption and notes say."""
    head: list[str] = []
    for k in range(1, at):
        line = lines[k]
        if line.startswith("#") or line.lstrip().startswith("|"):
            break
        if line.strip() and len(line) <= _MAX_CAPTION and (_NOTE.match(line) or _UPDATE.search(line)) \
                and not _PROSE_END.search(line):
            head.append(line)
    return head


def time_of(times: tuple[When, ...], noun: str) -> When | None:
    """The statement of when that holds for the column ``noun``: one naming it, else one naming none."""
    return next((w for w in times if w.names is not None and noun in w.names), None) or \
        next((w for w in times if w.names is None), None)


def _first_line(text: str) -> str:
    end = text.find("\n")
    return text if end < 0 else text[:end]


def title_names_all(text: str) -> bool:
    """Whether the title names a whole its table's rows are all of: no "주요", "selected", "3사"."""
    return _SELECTION.search(_first_line(text)) is None


def statements(line: str, default_year: str | None, today: dt.date | None = None) -> Iterator[When]:
    """The statements of when in one line of a page ("(2024년 말 기준)", "as of June 2024")."""
    return _statements(clean(line), (), default_year, today)


def year_in(line: str) -> str | None:
    """The first year a line writes ("2024년", "2024")."""
    return _year_in(line)


def whole_row(text: str, line: int, figure_start: int) -> bool:
    """Whether the figure's row (starting at ``line``) is labelled as the whole ("| 합계 | …", "| Total | …")."""
    end = text.find("\n", line)
    row = cells(text[line : end if end >= 0 else len(text)])
    column = text.count("|", line, figure_start) - 1
    label = next((c for c in (clean(x) for x in row[:column]) if c and not _NUMBER_CELL.fullmatch(c)), None)
    return label is not None and _WHOLE.match(label) is not None


def over_times(text: str, line: int) -> bool:
    """Whether the rows above the row starting at ``line`` in its table are all labelled with times ("| 2023 |",
    "| 10월 |"), two or more: a total row there sums periods ("| 합계 | 124 |" over three years' visitors), no one
    period's figure."""
    labels: list[str] = []
    end = line
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        row = text[start : end - 1]
        if not row.lstrip().startswith("|"):
            break
        label = next((c for c in (clean(x) for x in cells(row)) if c), "")
        labels.append(label)
        end = start
    body = [x for x in labels[:-1] if not re.fullmatch(r":?-{2,}:?", x)]  # the last is the header, then its rule
    return len(body) >= 2 and all(_time(x) is not None for x in body)


def column_noun(text: str, line: int, header: str, figure_start: int) -> tuple[str, str | None]:
    """The noun and year of the header of the figure's column ("금액(억 원)" → ("금액", None))."""
    heads = cells(header)
    column = text.count("|", line, figure_start) - 1
    if not 0 < column < len(heads):
        return "", None
    noun, year, _ = _header_noun(heads[column])
    return ("", None) if not noun or _NO_ATTRIBUTE.match(noun) or _time(noun) is not None else (noun, year)


def selection(line: str) -> bool:
    """Whether a title or heading says its rows are a selection ("주요", "selected", "3사")."""
    return _SELECTION.search(line) is not None


def subject_word(name: str) -> bool:
    """A title topic that may own a table's rows: no distributive "X별" (월별, 지역별), no time."""
    return not _DISTRIBUTIVE.search(name) and _time(name) is None
