"""A one-off event's date written as the value of a label that names the event (issue 14; session 19).

A status page or a fact sheet does not write "중앙도서관은 2019년 9월 4일 개관했다"; it writes the event as a label and
its date as the label's value:

    ## 중앙도서관 개요                        | 도서관 | 개관 | 장서(권) |
    - 개관일: 2019년 9월 4일                  |---|---|---|
                                              | 서하중앙도서관 | 1996년 | 412,300 |

An editor reads "중앙도서관 · 개관 = 2019-09-04" and "서하중앙도서관 · 개관 = 1996": the label is the event (a list
item's key under a heading that names its topic, :mod:`.sections`; a table column's header, the row's label the
entity, :mod:`.tables`), the date that opens the value is when it happened. The claims are those of
:mod:`.events` (the attribute is the event's verbal noun, "개관", so that "1996년 개관한 서하중앙도서관" and "opened in
1996" meet them through the pack's one-off measures, rules/measures.yaml ``once``).

Only the pack's one-off events (개관, 개통, 설립, 준공, 착공 …: an entity has one such date), with nothing in the
label but the event and a word of its date ("개관일", "개통 일자"): not a plan ("개통 목표", "준공 예정"), another
event ("리모델링 개관", "부분 개통"), a recurring one ("개막", "개최": each edition has its own), a value that opens
with no date ("개관: 미정", "착공: 예정 없음") nor a total row ("합계"). A table cell may write a year alone ("2019"
under "개관"); a list value must write its date with a Korean or English date's marks.
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction
from typing import Iterator

from ..model import Claim, Document, Quantity, Span
from ..quantities.dates import read_dates
from . import sections, tables

HOW_ITEM = "date of its event, list label"
HOW_COLUMN = "date of its event, table column"

# the words of a label after its event that say it is a date ("개관일", "개통 일자", "준공 시기")
_DATE_WORD = re.compile(r"\s*(?:일|일자|일시|날짜|연도|년도|시기|연월|연월일)$")
# a cell that is a year alone ("2019", "2019년"), and one that is no value ("-", "—", "")
_BARE_YEAR = re.compile(r"((?:19|20)\d{2})")
# the row label of a total (binding/tables.py): no entity
_TOTAL = re.compile(r"(?i)^(?:합계|총계|계|전체|총합|소계|평균|total|all|sum|overall|average)$")


def event_of(label: str, once: frozenset[str]) -> str | None:
    """The one-off event a label names: "개관일" → 개관, "**착공**" → 착공; None for any other label ("개통 목표",
    "개막", "연면적")."""
    word = _DATE_WORD.sub("", tables.clean(label)).strip()
    return word if word in once and word.isalpha() and not word.isascii() else None


def item_claim(doc: Document, line: int, end: int, entity: str, once: frozenset[str],
               taken: frozenset[int]) -> Claim | None:
    """The claim of the list item at ``line`` (ending at ``end``) whose key is a one-off event and whose value opens
    with a date with its year ("- 개관일: 2019년 9월 4일" under "## 중앙도서관 개요": 중앙도서관 · 개관); ``entity``
    the topic of its section, ``taken`` the starts of the dates already claimed."""
    it = sections.item(doc.text, line, end)
    if it is None or sections.goal_key(it.key):
        return None
    event = event_of(it.key, once)
    if event is None:
        return None
    start = it.value_start
    while start < it.value_end and doc.text[start] in " \t*_":
        start += 1  # ("- **착공**: **2021년 3월**")
    dates = read_dates(doc.text[start : it.value_end], start)
    if not dates or dates[0].span.start != start or dates[0].counter is not None or start in taken:
        return None
    q = dates[0]
    if _PERIOD_AFTER.match(doc.text, q.span.end, it.value_end):
        return None  # "착공: 2021년 3월부터", "2021년 3월~": a period, not the day it happened
    return Claim(path=doc.path, entity=entity, attribute=event, quantity=q, span=q.span, date=doc.date,
                 sentence=Span(line, end), discovered=True, how=HOW_ITEM)


_PERIOD_AFTER = re.compile(r"\s*(?:부터|까지|~|–|-|이후|이전|예정|목표|계획)")


def column_claims(doc: Document, line: int, header: str, once: frozenset[str]) -> Iterator[Claim]:
    """The claims of the table row at ``line`` whose column header is a one-off event ("| 노선 | 개통 | …" over "| 1호선
    | 2009년 3월 | …": 1호선 · 개통 = 2009-03): the row label is the entity, the cell's date (a year alone too) the
    event's."""
    end = doc.text.find("\n", line)
    end = len(doc.text) if end < 0 else end
    row = doc.text[line:end]
    heads, cells = tables.cells(header), tables.cells(row)
    if len(heads) != len(cells) or len(cells) < 2:
        return
    label = tables.clean(cells[0])
    if not label or _TOTAL.match(label) or any(c.isdigit() for c in label) and not re.search(r"[가-힣A-Za-z]{2}", label) \
            or event_of(heads[0], once) is not None:
        return  # a total row, a row of a year, or a table whose rows are events
    # where each cell starts in the text (after the row's first pipe)
    at = line + row.index("|") + 1
    for k, cell in enumerate(cells):
        start = at
        at += len(cell) + 1
        if k == 0:
            continue
        event = event_of(heads[k], once)
        if event is None:
            continue
        q = _cell_date(doc.text, start, start + len(cell))
        if q is not None:
            yield Claim(path=doc.path, entity=label, attribute=event, quantity=q, span=q.span, date=doc.date,
                        sentence=Span(line, end), discovered=True, how=HOW_COLUMN)


def _cell_date(text: str, start: int, end: int) -> Quantity | None:
    """The date a cell holds as its whole value: a Korean or English date with its year ("2009년 3월"), or a year
    alone ("2019", "1996년"); None for anything else ("2009년 3월 (1단계)", "미정", "-")."""
    cell = text[start:end]
    lead = len(cell) - len(cell.lstrip(" \t*_"))
    body = tables.clean(cell)
    if not body:
        return None
    dates = read_dates(text[start + lead : end], start + lead)
    if len(dates) == 1 and dates[0].counter is None and tables.clean(dates[0].text) == body:
        return dates[0]
    bare = _BARE_YEAR.fullmatch(body)
    if bare is None:
        return None
    year = int(bare.group(1))
    s = start + cell.index(bare.group(1))
    low, high = Fraction(dt.date(year, 1, 1).toordinal()), Fraction(dt.date(year + 1, 1, 1).toordinal())
    return Quantity(Span(s, s + 4), bare.group(1), "date", low, low, high)
