"""A Markdown table's column header gives its bare-number cells their unit (issue 16).

``| 시·군 | 인구(명) | 예산(억 원) |`` over ``| 청주시 | 848,512 | 41,250 |``: an editor reads 848,512
people and 4조 1,250억 원 (41,250 × 1억 원). The extractor reads one block's text and sees bare
numbers; the table's header is structure the Markdown parser found (a table row is a block, its
header the line above the rule line: :func:`factlint.markup.table_header`). So the figures of a
row are read by :func:`extract`, then a cell that holds a bare number and nothing else (no unit or
counter of its own, no 약/이상) takes the unit its column's header states:

* in brackets, the last part after a comma that is not a rate's denominator: ``인구(명)``,
  ``면적(㎢)``, ``예산(억 원)``, ``매매가(3.3㎡당, 만 원)``, ``GDP ($bn)``, ``Revenue (£m)``;
* or after the header's last comma: ``Share, %``;
* or, stating no unit, a header that names a number of things: ``가구 수``, ``사업체 수`` ("X 수", 수 a
  word of its own: never ``점수``, ``지수``), ``Number of households``, ``No. of firms`` — its cells count
  that noun (kind count, the noun as counter).

The unit is read by the extractor itself, as a figure of one of it ("1억 원", "$1bn", "1명"), so a
header reads exactly as the same unit in prose; the cell's value is multiplied by that figure's
value (억 원 → ×10⁸ KRW) and takes its kind, unit and counter. The cell's span and text stay what is
written. ``m``/``k``/``bn`` alone in a population column are a scale of people ("Population (m)"),
not metres. Never: a header with no unit (``| 순위 |``, ``| 연도 |``), a unit that is a label
(``(위)``), a year in a column of years (``설립(년)``), a cell with its own unit, text outside tables.
"""

from __future__ import annotations

import dataclasses
import re
from fractions import Fraction
from functools import lru_cache
from typing import Sequence

from factlint.markup import table_header
from factlint.model import Block, Quantity
from factlint.quantities.extract import extract

_BRACKETS = re.compile(r"[(（]([^()（）]*)[)）]")
_CURRENCY_SIGNS = "$£€¥₩"
_PEOPLE = re.compile(r"(?i)population|people|inhabitants|residents|인구")
# A header naming how many of something: "가구 수", "Number of households" (the noun in ``noun``).
_NUMBER_OF = re.compile(r"(?P<noun>[가-힣]+(?:[ ][가-힣]+)*)[ ]수|(?i:number|no\.)[ ]of[ ](?P<en>[a-z][a-z ]*[a-z])")
_SCALE_WORDS = {"m": "million", "mn": "million", "k": "thousand", "bn": "billion",
                "million": "million", "billion": "billion", "thousand": "thousand"}


def extract_blocks(text: str, blocks: Sequence[Block]) -> list[Quantity]:
    """Every quantity of ``blocks`` (as :func:`extract` on each), a table cell's with its column's unit.

    ``text`` is the document's text as written (``Document.text``): a block's source, the prose,
    has the table's pipes and rule line blanked out."""
    out: list[Quantity] = []
    headers: dict[int, str | None] = {}  # table rows read so far: line start → their table's header
    for b in blocks:
        found = extract(b.text, b.span.start)
        line = text.rfind("\n", 0, b.span.start) + 1
        if found and text[line : b.span.start].lstrip(" \t").startswith("|"):
            found = _with_column_units(text, b.source, line, found, headers)
        out += found
    return out


def _with_column_units(text: str, prose: str, line: int, found: list[Quantity],
                       headers: dict[int, str | None]) -> list[Quantity]:
    header = table_header(text, line, headers)
    if header is None:
        return found
    columns = header.strip().strip("|").split("|")
    out = []
    for q in found:
        column = text.count("|", line, q.span.start) - 1  # the pipe opening the row is column 0's left edge
        if 0 <= column < len(columns) and _bare_cell(text, prose, q):
            unit = column_unit(columns[column])
            if unit is not None and not _year_in_time_column(q, unit):
                q = _scaled(q, unit)
        out.append(q)
    return out


def _bare_cell(text: str, prose: str, q: Quantity) -> bool:
    """``q`` is a plain number and the whole of its cell (pipes found in ``text``, the cell read in ``prose``)."""
    if q.kind != "number" or q.unit is not None or q.counter is not None or q.bound is not None or q.approx:
        return False
    left = text.rfind("|", 0, q.span.start)
    right = text.find("|", q.span.end)
    newline = text.find("\n", q.span.end)
    if left < 0 or right < 0 or text.find("\n", left, q.span.start) >= 0 or (0 <= newline < right):
        return False
    return not prose[left + 1 : q.span.start].strip() and not prose[q.span.end : right].strip()


@lru_cache(maxsize=256)
def column_unit(cell: str) -> Quantity | None:
    """The unit a header cell states, as the figure "1 <unit>" reads (None: it states none)."""
    name, unit = _stated(cell.strip())
    if not unit:
        return _number_of(name.strip())
    if re.search("[0-9]", unit):
        return None
    if _PEOPLE.search(name) and unit.lower() in _SCALE_WORDS:
        one = _one(_SCALE_WORDS[unit.lower()])
        return dataclasses.replace(one, kind="count") if one is not None and one.kind == "number" else None
    one = _one(unit)
    if one is None or one.kind in ("number", "date") or not one.value:
        return None  # no unit ("(2025)", "(bn)" outside a count) or a label ("(위)", "(년도)")
    return one


def _number_of(name: str) -> Quantity | None:
    """A count of the noun a header with no unit names as a number of things ("가구 수"), else None."""
    m = _NUMBER_OF.fullmatch(name)
    one = _one("개") if m else None
    if m is None or one is None:
        return None
    return dataclasses.replace(one, counter=m["noun"] or m["en"])


def _stated(cell: str) -> tuple[str, str]:
    """A header cell's name and the unit it states, in brackets or after its last comma."""
    brackets = list(_BRACKETS.finditer(cell))
    if brackets:
        last = brackets[-1]
        parts = [p.strip() for p in last.group(1).split(",")]
        parts = [p for p in parts if p and not p.endswith("당") and not p.lower().startswith("per ")]
        unit = parts[-1] if parts else ""
        return cell[: last.start()], re.sub(r"^(?:단위|unit)\s*[:：]\s*", "", unit, flags=re.I)
    name, comma, unit = cell.rpartition(",")
    return (name, unit.strip()) if comma else (cell, "")


def _one(unit: str) -> Quantity | None:
    """One of ``unit`` as the extractor reads it, when it reads the whole of "1 <unit>" as one figure."""
    if unit[0] in _CURRENCY_SIGNS:
        written = unit[0] + "1" + unit[1:]  # "$bn" → "$1bn"
    else:
        written = "1" + (" " if unit[0].isascii() and unit[0].isalpha() else "") + unit
    found = extract(written)
    return found[0] if len(found) == 1 and found[0].text == written else None


def _year_in_time_column(q: Quantity, unit: Quantity) -> bool:
    """"| 설립(년) | 2010 |": a year written in a column whose unit is a time, not 2010 years."""
    return unit.kind == "quantity" and unit.counter == "년" and q.value is not None and 1000 <= q.value <= 2999 \
        and q.value.denominator == 1 and "," not in q.text


def _scaled(q: Quantity, unit: Quantity) -> Quantity:
    scale = unit.value if unit.value is not None else Fraction(1)

    def times(v: Fraction | None) -> Fraction | None:
        return None if v is None else v * scale

    return dataclasses.replace(q, kind=unit.kind, value=times(q.value), low=times(q.low), high=times(q.high),
                               unit=unit.unit, counter=unit.counter)
