"""Markdown tables: a total row must add up, and a share of a table's total in the prose under it must follow.

``| 합계 | 2,241,790 | 2,409.3 | 980,703 | 73,235 | — |`` under four cities' rows: each column of counts or
amounts is the sum of the rows above the total row (fresh2 A4: 21,430 + 18,760 + 24,115 + 6,930 is
71,235, not 73,235). "김해시의 쌀 생산량은 4개 시 합계의 31%" under the table is the row 김해시's cell of
the column 쌀 생산량 over the total row's (fresh2 A5).

What the table's structure says and nothing else: the total row is the row labelled 합계/총계/계/Total
(with a prefix: "5개 시·군 합계"; in emphasis, "**합계**", as fresh4 A3 and fresh6 A4 write it); a column is summed only when every row above the total holds one
figure of the total's measure, none of them a percentage or bound; a column whose header names a rate,
a share, a change, an average or a figure per unit ("전년 대비", "비율", "%", "평균", "3.3㎡당", "per",
"rate") is never summed; a table with a subtotal row ("소계", "Subtotal") or a row of a part ("그중",
"of which", "- 여성") is left alone (which rows the total sums is not said).

A rate column (fresh3 E2, ``| 3 | 서진해양 | 72.0 | 25 | 80 | 95.0% |`` under 달성률: 72.0 / 80 = 90.0%) is
recomputed from its row only when its header says what it divides and the table's other rows bear it
out (:func:`rate_cells`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Optional, Sequence

from ...markup import TABLE_RULE
from ...model import Quantity
from ...statements import pct, pct_range
from ...tolerance import Interval
from .figures import Figure, Paragraph, clause_span, measure
from .precision import figure_interval, meets
from .relations import Found

_TOTAL_LABEL = re.compile(r"(?:^|\s)(?:합계|총계|총합|계|전체\s*합계|total|totals|sum|all)\s*$", re.I)
_PART_LABEL = re.compile(r"소계|subtotal|그중|그\s*가운데|이\s*중|of\s+which|including|^\s*[-–ㄴ└(]", re.I)
_NOT_SUMMED = re.compile(
    r"%|％|비율|비중|대비|증감|[율률](?![가-힣])|평균|당(?=[\s,)]|$)|\bper\b|/|rate|share|change|average|avg|mean|median|density|밀도|순위|rank|연도|year",
    re.I,
)
_HEADER_NAME = re.compile(r"^([^()（）\[\]]+)")


@dataclass(frozen=True)
class Table:
    """A Markdown table as its text gives it: the header's cells and each row's label and figures by column."""

    header: tuple[str, ...]
    labels: tuple[str, ...]
    cells: tuple[tuple[tuple[Quantity, ...], ...], ...]  # row → column → the figures in that cell
    cell_text: tuple[tuple[str, ...], ...]
    end: int  # where the table ends in the document

    def total_row(self) -> int | None:
        rows = [i for i, lab in enumerate(self.labels) if _TOTAL_LABEL.search(lab)]
        return rows[0] if len(rows) == 1 and rows[0] >= 2 else None

    def summable(self, col: int) -> bool:
        """A column whose rows above the total add up to it: one plain figure of one measure in each."""
        t = self.total_row()
        if t is None or col >= len(self.header) or _NOT_SUMMED.search(self.header[col]):
            return False
        if any(_PART_LABEL.search(lab) for lab in self.labels):
            return False
        figs = [self.cells[r][col] if col < len(self.cells[r]) else () for r in range(t + 1)]
        if any(len(c) != 1 for c in figs):
            return False
        qs = [c[0] for c in figs]
        return all(q.value is not None and q.bound is None and q.kind not in ("percent", "ratio") and not q.approx
                   and measure(q) == measure(qs[-1]) and _plain(self.cell_text[r][col], q) for r, q in enumerate(qs))


def _plain(cell: str, q: Quantity) -> bool:
    """The cell is its figure and nothing else (not "12 (잠정)", not "약 30")."""
    return cell.strip().strip("*") == q.text.strip()


def tables(text: str, quantities: Sequence[Quantity]) -> list[Table]:
    """Every GFM table of a document's ``text``, with the figures the reader found in each cell."""
    out: list[Table] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 1
    while i < len(lines):
        if lines[i - 1].lstrip().startswith("|") and TABLE_RULE.fullmatch(lines[i].strip(" \t")):
            header = tuple(c.strip() for c, _, _ in _cells(lines[i - 1], starts[i - 1]))
            labels, cells, texts = [], [], []
            j = i + 1
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                row = _cells(lines[j], starts[j])
                labels.append(_label(row[0][0]) if row else "")
                cells.append(tuple(tuple(q for q in quantities if s <= q.span.start and q.span.end <= e) for _, s, e in row))
                texts.append(tuple(c for c, _, _ in row))
                j += 1
            out.append(Table(header, tuple(labels), tuple(cells), tuple(texts), starts[j - 1]))
            i = j
        i += 1
    return out


def _label(cell: str) -> str:
    """A row's label as read: emphasis is formatting, so "**합계**" and "__Total__" label a total row as "합계" does."""
    return cell.strip().strip("*_").strip()


def _cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """A row's cells: (text, start, end) in the document, the pipes at either end dropped."""
    out = []
    pipes = [k for k, ch in enumerate(line) if ch == "|"]
    for a, b in zip(pipes, pipes[1:]):
        out.append((line[a + 1 : b], offset + a + 1, offset + b))
    if pipes and pipes[-1] < len(line.rstrip()) - 1:
        out.append((line[pipes[-1] + 1 :], offset + pipes[-1] + 1, offset + len(line)))
    return out


def _figure(q: Quantity) -> Figure:
    return Figure(-1, q, -1, -1, -1, -1, "other", None, measure(q))


@dataclass(frozen=True)
class Total:
    parts: tuple[Quantity, ...]
    total: Quantity
    line: str
    ok: bool


def totals(table: Table) -> list[Total]:
    """The total row's figures against the sums of their columns."""
    t = table.total_row()
    if t is None:
        return []
    out = []
    for col in range(1, len(table.header)):
        if not table.summable(col):
            continue
        qs = [table.cells[r][col][0] for r in range(t + 1)]
        parts, total = qs[:t], qs[t]
        iv, head = _column_sum(parts)
        ok = meets(iv, figure_interval(total))
        scale = _scale(total)
        head, iv = head / scale, iv.scale(1 / scale)
        line = (f"{' + '.join(q.text for q in parts)} = {_exact(head)} ({_exact(iv.low)}–{_exact(iv.high)} given the rounding); "
                f"the text says {total.text} ({table.labels[t]}, {table.header[col]})")
        out.append(Total(tuple(parts), total, line, ok))
    return out


def _column_sum(parts: Sequence[Quantity]) -> tuple[Interval, Fraction]:
    """The rows above a total: the interval their rounding allows for the sum, and the sum as written."""
    iv, head = figure_interval(parts[0]), parts[0].value or Fraction(0)
    for q in parts[1:]:
        iv, head = iv.plus(figure_interval(q)), head + (q.value or 0)
    return iv, head


def _total_as_summed(table: Table, r: int, c: int) -> Interval | None:
    """The total row's cell of a summed column as its rows add up, when the written total is not their sum.

    A wrong total makes every rate of the total row computed from it wrong as well (fresh21 and fresh22:
    "합계 6,350" where the rows give 6,200, and the row's 6.9% growth is right for 6,200): the rate then
    repeats the total's error, and one wrong figure is one finding (docs/precision.md)."""
    t = table.total_row()
    if r != t or not table.summable(c):
        return None
    parts = [table.cells[i][c][0] for i in range(t)]
    iv, _ = _column_sum(parts)
    return None if meets(iv, figure_interval(table.cells[t][c][0])) else iv


def _scale(q: Quantity) -> Fraction:
    """What a cell's written number was multiplied by (its column's unit: "Revenue ($m)" → 10⁶), to show sums as written."""
    try:
        written = Fraction(q.text.replace(",", "").strip())
    except (ValueError, ZeroDivisionError):
        return Fraction(1)
    return q.value / written if q.value and written else Fraction(1)


def _exact(x: Fraction | None) -> str:
    """A sum of table cells as the cells are written: 1,363,756 and 3,734.2, never "1.364 million"."""
    if x is None:
        return "?"
    return f"{int(x):,}" if x.denominator == 1 else f"{float(x):,.6g}"


# "4개 시 합계의 31%", "전체의 31%", "31% of the total"
_OF_TOTAL_KO = re.compile(r"(?:합계|총계|전체|총합)\s*의\s*(?:약\s*)?$")
_OF_TOTAL_EN = re.compile(r"^\s+of\s+(?:the\s+)?(?:total|combined\s+total|sum)\b", re.I)


def table_share(p: Paragraph, f: Figure, found: Sequence[Table]) -> Found | None:
    """A percentage of a table's total, for one row and one column the sentence names: "김해시의 쌀
    생산량은 4개 시 합계의 31%" — the row 김해시, the column 쌀 생산량(톤)."""
    if f.q.unit != "%" or f.q.value is None or f.q.bound is not None:
        return None
    text = p.masked.text
    if not (_OF_TOTAL_KO.search(text[max(0, f.start - 12) : f.start]) or _OF_TOTAL_EN.match(text[f.end : f.end + 30])):
        return None
    c0, c1 = clause_span(p, f)
    s0 = max((a for a, _ in p.sentences if a <= f.start), default=0)
    said = text[s0:c1]
    hits: list[tuple[Table, int, int]] = []
    for table in found:
        t = table.total_row()
        if t is None or table.end > p.masked.absolute(0):
            continue
        rows = [r for r in range(t) if len(table.labels[r]) >= 2 and table.labels[r].lower() in said.lower()]
        cols = [c for c in range(1, len(table.header)) if _named(table.header[c], said)]
        for r in rows:
            for c in cols:
                if table.summable(c):
                    hits.append((table, r, c))
    if len(hits) != 1:
        return None
    table, r, c = hits[0]
    t = table.total_row()
    assert t is not None
    part, whole = _figure(table.cells[r][c][0]), _figure(table.cells[t][c][0])
    if any(g.dim == part.dim for g in p.in_clause(f)):
        return None  # a figure of the column's measure in the clause: the prose states the whole or the part
    if not (part.q.value and whole.q.value and 0 < part.q.value <= whole.q.value):
        return None
    iv = figure_interval(part.q).over(figure_interval(whole.q))
    stated = figure_interval(f.q).scale(Fraction(1, 100))
    ok = meets(iv, stated)
    head = part.q.value / whole.q.value
    line = (f"{part.q.text} / {whole.q.text} = {pct(head)} ({pct_range(iv)} given the rounding); the text says {f.q.text} "
            f"(the table's {table.labels[r]} and {table.labels[t]}, {table.header[c]})")
    return Found("share", f, (whole, part), line, "holds" if ok else "fails", f"{part.q.text} of {whole.q.text}: {line}")


def _named(header: str, said: str) -> bool:
    m = _HEADER_NAME.match(header.strip())
    name = m.group(1).strip() if m else ""
    return len(name) >= 2 and name.replace(" ", "").lower() in said.replace(" ", "").lower()



# --- a rate column recomputed from its row (fresh3 E2) -------------------------------------------

# What a rate column's header says it is: the actual over a target ("달성률"), a row's share of the total
# row ("비중"), a change between two years' columns ("증가율"), or the ratio of two columns it names.
_ACHIEVEMENT = re.compile(r"달성[률율도]|achievement|attainment|of\s+target", re.I)
_TARGET = re.compile(r"목표|target|goal", re.I)
_SHARE_COLUMN = re.compile(r"비중|구성비|점유율|\bshare\b", re.I)
_GROWTH_COLUMN = re.compile(r"증가율|증감률|성장률|변동률|growth|change", re.I)
_YEAR_HEADER = re.compile(r"^\D*((?:19|20)\d{2})(?!\d)\D*$")


@dataclass(frozen=True)
class RateCell:
    """One row's rate cell against the ratio of its row's cells (or a cell over the total row's)."""

    rate: Quantity
    num: Quantity
    den: Quantity
    line: str
    ok: bool
    form: str  # "share" or "growth"


# a relation: (form, numerator's column, denominator's column, the denominator's row or None for the same row)
_Relation = tuple[str, int, int, Optional[int]]


def rate_cells(table: Table) -> list[RateCell]:
    """The rate columns whose header says what they divide, each row's cell recomputed. The relation is
    taken only when the table's rows bear it out: at least two rows hold and more hold than fail, and no
    other relation the header allows does as well (which column of "수주액" and "척수" is the actual of
    "달성률" is the one whose rows give the rates written)."""
    out = []
    for c in range(1, len(table.header)):
        rows = [r for r in range(len(table.labels)) if _rate(table, r, c) is not None]
        if len(rows) < 3:
            continue
        rules = [(rel, _read(table, rel, c, rows)) for rel in _relations(table, c)]
        borne = [(rel, cells) for rel, cells in rules if _borne_out(cells)]
        if len(borne) == 1:
            rel, cells = borne[0]
            out += [cell for cell in cells if cell is not None]
    return out


def _rate(table: Table, r: int, c: int) -> Quantity | None:
    cell = table.cells[r][c] if c < len(table.cells[r]) else ()
    q = cell[0] if len(cell) == 1 else None
    return q if q is not None and q.unit == "%" and q.value is not None and q.bound is None and not q.approx else None


def _plain_figure(table: Table, r: int, c: int) -> Quantity | None:
    cell = table.cells[r][c] if c < len(table.cells[r]) else ()
    q = cell[0] if len(cell) == 1 else None
    if q is None or q.value is None or q.bound is not None or q.approx or q.kind in ("percent", "ratio"):
        return None
    return q if _plain(table.cell_text[r][c], q) else None


def _relations(table: Table, c: int) -> list[_Relation]:
    header = table.header[c]
    figures = [a for a in range(1, len(table.header)) if a != c and not _NOT_SUMMED.search(table.header[a])]
    out: list[_Relation] = []
    if _ACHIEVEMENT.search(header):
        targets = [a for a in figures if _TARGET.search(table.header[a])]
        if len(targets) == 1:
            out += [("share", a, targets[0], None) for a in figures if a != targets[0]]
    elif _SHARE_COLUMN.search(header) and table.total_row() is not None:
        out += [("share", a, a, table.total_row()) for a in figures]
    elif _GROWTH_COLUMN.search(header):
        years = sorted((int(m.group(1)), a) for a in figures if (m := _YEAR_HEADER.match(table.header[a])))
        if len(years) == 2 and years[0][0] < years[1][0]:
            out.append(("growth", years[1][1], years[0][1], None))
    named = [a for a in figures if _named(table.header[a], header)]
    if not out and len(named) == 2:
        a, b = named
        out += [("share", a, b, None), ("share", b, a, None)]
    return out


def _read(table: Table, rel: _Relation, c: int, rows: Sequence[int]) -> list[RateCell | None]:
    form, a, b, den_row = rel
    out: list[RateCell | None] = []
    for r in rows:
        rate, num, den = _rate(table, r, c), _plain_figure(table, r, a), _plain_figure(table, r if den_row is None else den_row, b)
        if rate is None or num is None or den is None or r == den_row or measure(num) != measure(den) or not den.value:
            out.append(None)
            continue
        iv = figure_interval(num).over(figure_interval(den))
        stated = figure_interval(rate).scale(Fraction(1, 100))
        if form == "growth":
            stated = stated.shift(1)
        if not meets(iv, stated) and _holds_with_summed_totals(table, rel, r, stated):
            out.append(None)  # the total row's wrong total, reported once by :func:`totals`
            continue
        head = (num.value or Fraction(0)) / den.value - (1 if form == "growth" else 0)
        shown = iv.shift(-1) if form == "growth" else iv
        of = f"{table.labels[den_row]} row" if den_row is not None else table.header[b]
        line = (f"{num.text} / {den.text}{' − 1' if form == 'growth' else ''} = {pct(head)} ({pct_range(shown)} given the rounding); "
                f"the text says {rate.text} ({_row_name(table, r)}: the column {table.header[c]} is {table.header[a]} over {of}, "
                f"as the table's other rows bear out)")
        out.append(RateCell(rate, num, den, line, meets(iv, stated), form))
    return out


def _holds_with_summed_totals(table: Table, rel: _Relation, r: int, stated: Interval) -> bool:
    """Does a failing rate hold once the total row's wrong totals are replaced by their columns' sums?"""
    _, a, b, den_row = rel
    num_sum, den_sum = _total_as_summed(table, r, a), _total_as_summed(table, r if den_row is None else den_row, b)
    if num_sum is None and den_sum is None:
        return False
    num = _plain_figure(table, r, a)
    den = _plain_figure(table, r if den_row is None else den_row, b)
    if num is None or den is None:
        return False
    return meets((num_sum or figure_interval(num)).over(den_sum or figure_interval(den)), stated)


def _borne_out(cells: Sequence[RateCell | None]) -> bool:
    held = sum(1 for cell in cells if cell is not None and cell.ok)
    failed = sum(1 for cell in cells if cell is not None and not cell.ok)
    return held >= 2 and held > failed


def _row_name(table: Table, r: int) -> str:
    """A row's name: its first cell with a word in it (a rank column comes first in "| 3 | 서진해양 | …")."""
    for text in table.cell_text[r]:
        if re.search(r"[가-힣A-Za-z]", text):
            return text.strip()
    return table.labels[r]
