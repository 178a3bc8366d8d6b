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

A column whose header states no unit takes the unit a line of its own states for the whole table,
right before it or right after it (blank lines between; a blockquote's ``>`` allowed): "> 자료: ….
단위: 억 달러, 척", "(단위: 억 원)", "Unit: KRW billion". Of several units listed, a column takes the one
its header names ("척수" → 척: the unit's counter or written unit is in the header), a count column ("척수",
"가구 수", "Number of …") only such a one, any other column the first listed; a column that labels rows
(순위, 연도, 번호, Rank, Year, No.) takes none. The units of such a line are no figures of their own
("단위: 억 달러" is not 1억 달러).

A sentence right before the table may name columns and the unit of each before "단위": "대출 권수와 장서는 권,
이용자는 명 단위다" (fresh6) gives the columns 대출 권수 and 장서 권, 이용자 명. A column takes the unit of the
name it bears (spaces and brackets aside), after a unit of its own header; never a column the sentence does
not name, nor a sentence with a paragraph between, nor "억 원 단위로 반올림했다" (rounding, no unit statement).
"""

from __future__ import annotations

import dataclasses
import re
from fractions import Fraction
from functools import lru_cache
from typing import Sequence

from factlint.markup import TABLE_RULE, table_header
from factlint.model import Block, Quantity
from factlint.quantities.extract import extract

_BRACKETS = re.compile(r"[(（]([^()（）]*)[)）]")
_CURRENCY_SIGNS = "$£€¥₩"
_PEOPLE = re.compile(r"(?i)population|people|inhabitants|residents|인구")
# A header naming how many of something: "가구 수", "Number of households" (the noun in ``noun``).
_NUMBER_OF = re.compile(r"(?P<noun>[가-힣]+(?:[ ][가-힣]+)*)[ ]수|(?i:number|no\.)[ ]of[ ](?P<en>[a-z][a-z ]*[a-z])")
# "단위: 억 달러, 척", "(단위: 억 원)", "Unit: KRW billion": a line stating the unit of the table beside it.
_UNIT_LINE = re.compile(r"(?:단위|(?i:units?))[ \t]*[:：][ \t]*(?P<units>[^()（）\[\]\n]+)")
_UNIT_SEPARATORS = re.compile(r"[,，;·/]")
# A header that labels rows rather than measuring them: no unit stated for the table is its.
_LABEL_COLUMN = re.compile(r"(?i)순위|등수|순번|번호|연도|년도|연월|날짜|일자|\brank|\byear|\bdate|\bno\.?$|^#$")
# A header counting things: "척수", "가구 수", "Number of firms".
_COUNT_COLUMN = re.compile(r"(?i)[가-힣][ ]?수$|^(?:number|no\.)[ ]of[ ]")
_BLANK_OR_EMPHASIS = " \t*_"
# A heading whose last bracket states a unit ("## 2024년 월별 관광객 (만 명)"): over a table, the unit of
# its columns that state none.
_HEADING_UNIT = re.compile(r"#{1,6}[ \t]+(?P<name>[^\n]*?)[(（](?P<unit>[^()（）\n]+)[)）][ \t]*#*[ \t]*")
_SCALE_WORDS = {"m": "million", "mn": "million", "k": "thousand", "bn": "billion",
                "million": "million", "billion": "billion", "thousand": "thousand"}


def extract_blocks(text: str, blocks: Sequence[Block]) -> list[Quantity]:
    """Every quantity of ``blocks`` (as :func:`extract` on each), a table cell's with its column's unit.

    ``text`` is the document's text as written (``Document.text``): a block's source, the prose,
    has the table's pipes and rule line blanked out."""
    out: list[Quantity] = []
    headers: dict[int, str | None] = {}  # table rows read so far: line start → their table's header
    stated: dict[str, tuple[Quantity, ...]] = {}  # a table's header → the units a line beside it states
    for b in blocks:
        found = _outside_unit_statements(b.text, extract(b.text, b.span.start), b.span.start)
        line = text.rfind("\n", 0, b.span.start) + 1
        if found and _states_units(text, line):
            # "| 인구(명) | 관광객(만 명) |", "## 월별 관광객 (만 명)" over a table: units of the cells, no figures
            found = [q for q in found if re.search("[0-9]", q.text) or not _in_brackets(text, q)]
        if found and text[line : b.span.start].lstrip(" \t").startswith("|"):
            found = _with_column_units(text, b.source, line, found, headers, stated)
        out += found
    return out


def _states_units(text: str, line: int) -> bool:
    """Is the line at ``line`` a table's header row (a rule line right below it) or a heading that
    states a unit right above a table (blank lines between)?"""
    end = text.find("\n", line)
    if end < 0:
        return False
    own = text[line:end].strip()
    if own.startswith("|"):
        below_end = text.find("\n", end + 1)  # the next line, read in place: not a copy of the rest of the text
        below = text[end + 1 : below_end if below_end >= 0 else len(text)].strip(" \t")
        return TABLE_RULE.fullmatch(below) is not None
    if not own.startswith("#") or heading_unit(own) is None:
        return False
    spaces = _SPACES.match(text, end)
    return spaces is not None and text.startswith("|", spaces.end())


_SPACES = re.compile(r"\s*")


def _in_brackets(text: str, q: Quantity) -> bool:
    """Is ``q`` inside a bracket of its line ("(만 명)", "(억 원)", "(3.3㎡당, 만 원)")?"""
    open_ = max(text.rfind("(", 0, q.span.start), text.rfind("（", 0, q.span.start))
    close = max(text.rfind(")", 0, q.span.start), text.rfind("）", 0, q.span.start))
    return open_ > close and open_ > text.rfind("\n", 0, q.span.start)


def _outside_unit_statements(block: str, found: list[Quantity], offset: int) -> list[Quantity]:
    """``found`` without the units a "단위: 억 달러, 척" names (no number of their own, no figure)."""
    spans = [(m.start("units") + offset, m.end("units") + offset) for m in _UNIT_LINE.finditer(block)]
    if not spans:
        return found
    return [q for q in found
            if not any(a <= q.span.start and q.span.end <= b and not re.search("[0-9]", q.text) for a, b in spans)]


def _with_column_units(text: str, prose: str, line: int, found: list[Quantity],
                       headers: dict[int, str | None], stated: dict[str, tuple[Quantity, ...]]) -> list[Quantity]:
    header = table_header(text, line, headers)
    if header is None:
        return found
    if header not in stated:
        stated[header] = _table_units(text, text.rfind(header, 0, line), line)
    columns = header.strip().strip("|").split("|")
    named = _named_units(text, text.rfind(header, 0, line))
    out = []
    for q in found:
        column = text.count("|", line, q.span.start) - 1  # the pipe opening the row is column 0's left edge
        if 0 <= column < len(columns) and _bare_cell(text, prose, q):
            unit = (column_unit(columns[column]) or named.get(_key(columns[column]))
                    or _listed_unit(columns[column], stated[header]))
            if unit is not None and not _year_in_time_column(q, unit):
                q = _scaled(q, unit)
        out.append(q)
    return out


def _table_units(text: str, header_start: int, row: int) -> tuple[Quantity, ...]:
    """The units a line of its own right before the table (header at ``header_start``) or right after
    it (a row at ``row``) states for the whole table, each as "1 <unit>" reads; () when none does."""
    before = text[: max(header_start, 0)].rstrip().rpartition("\n")[2]
    end = row
    while True:  # the table's last row: rows are lines starting with a pipe
        nxt = text.find("\n", end)
        if nxt < 0 or not text[nxt + 1 :].lstrip(" \t").startswith("|"):
            break
        end = nxt + 1
    rest = text.find("\n", end)
    after = text[rest:].lstrip().partition("\n")[0] if rest >= 0 else ""
    for candidate in (before, after):
        m = _UNIT_LINE.search(candidate.lstrip("> \t"))
        if m:
            units = (_one(u.strip().rstrip(".")) for u in _UNIT_SEPARATORS.split(m["units"]) if u.strip(" ."))
            return tuple(u for u in units if u is not None and u.kind not in ("number", "date") and u.value)
    heading = heading_unit(before.strip())
    return (heading,) if heading is not None else ()


# "대출 권수와 장서는 권, 이용자는 명 단위다": a sentence naming columns and the unit of each, before "단위".
_UNITS_BY_NAME = re.compile(r"(?P<pairs>[^.\n]*?)[ ]단위(?:다|이다|입니다|로[ ]적었다)?(?:[.]|$)")
_NAME_UNIT = re.compile(r"^(?P<names>[^,]+?)(?:은|는)[ ]+(?P<unit>[^ ,]+)$")
_NAME_JOINS = re.compile(r"(?<=[가-힣])(?:와|과)[ ]|[ ]및[ ]|·")


def _named_units(text: str, header_start: int) -> dict[str, Quantity]:
    """The units a sentence right before the table gives its columns by name ("대출 권수와 장서는 권,
    이용자는 명 단위다": 대출 권수 and 장서 in 권, 이용자 in 명), each column name without spaces → "1 <unit>"."""
    before = text[: max(header_start, 0)].rstrip().rpartition("\n")[2]
    m = _UNITS_BY_NAME.search(before)
    out: dict[str, Quantity] = {}
    if m is None:
        return out
    for part in m["pairs"].split(","):
        pair = _NAME_UNIT.match(part.strip())
        unit = _one(pair["unit"]) if pair else None
        if pair is None or unit is None or unit.kind in ("number", "date") or not unit.value:
            continue
        for name in _NAME_JOINS.split(pair["names"]):
            out[_key(name)] = unit
    return out


def _key(name: str) -> str:
    """A column's name as a sentence may write it: no brackets, no spaces or emphasis."""
    return re.sub(r"[\s*_]", "", _BRACKETS.sub("", name))


def heading_unit(line: str) -> Quantity | None:
    """The unit a heading states in its last bracket ("## 2024년 월별 관광객 (만 명)" → 1만 명), else None."""
    m = _HEADING_UNIT.fullmatch(line)
    return column_unit(m["name"] + "(" + m["unit"] + ")") if m else None


def _listed_unit(cell: str, units: tuple[Quantity, ...]) -> Quantity | None:
    """The unit of those a line states for the table that a column with no unit of its own takes."""
    name = _BRACKETS.sub("", cell).strip()
    if not units or not name or _LABEL_COLUMN.search(name):
        return None
    for u in units:  # the unit the header names: "척수" → 척
        word = u.counter or u.text.lstrip("1 ")
        if word and word in name:
            return u
    if _COUNT_COLUMN.search(name):
        counts = [u for u in units if u.kind == "count"]
        return counts[0] if len(counts) == 1 else None
    return units[0]


def _bare_cell(text: str, prose: str, q: Quantity) -> bool:
    """``q`` is a plain number and the whole of its cell (pipes found in ``text``, the cell read in ``prose``)."""
    if q.kind != "number" or q.unit is not None or q.counter is not None or q.bound is not None or q.approx:
        return False
    left = text.rfind("|", 0, q.span.start)
    right = text.find("|", q.span.end)
    newline = text.find("\n", q.span.end)
    if left < 0 or right < 0 or text.find("\n", left, q.span.start) >= 0 or (0 <= newline < right):
        return False
    # emphasis does not hide a figure: "| **합계** | **682,410** |" is 682,410 as much as "| 682,410 |"
    return not prose[left + 1 : q.span.start].strip(_BLANK_OR_EMPHASIS) and not prose[q.span.end : right].strip(_BLANK_OR_EMPHASIS)


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
