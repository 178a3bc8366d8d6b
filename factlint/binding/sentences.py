"""Sentences and clauses of a block, figure units, and the result of binding one figure."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

from ..model import Claim, Quantity, Span
from .vocabulary import _CLAUSE_END, CLAIM_KINDS, MAX_SENTENCE, TIME_COUNTERS

_T = TypeVar("_T")

# --- the result of binding one figure --------------------------------------------------------

@dataclass(frozen=True)
class Bound:
    """One figure and what binding made of it: a claim, or the reason it is not one."""

    quantity: Quantity
    claim: Claim | None
    reason: str = ""
    attribute: str | None = None


@dataclass
class _Unit:
    q: Quantity
    alt: Quantity | None
    span: Span  # the pair's whole span


def _claim_like(q: Quantity) -> bool:
    if q.kind not in CLAIM_KINDS:
        return False
    if q.counter in TIME_COUNTERS:
        return False
    if q.kind == "number" and q.unit is None and q.counter is None:
        v = q.value if q.value is not None else q.high
        if v is not None and (v < 1000 or (1900 <= v <= 2100 and v.denominator == 1)):
            return False
    return True


def day_count(q: Quantity, sentence: str) -> bool:
    """A duration in days in a sentence that names a count of days ("폭염일수는 전국 평균 28.4일로"):
    a candidate claim although 일 is a time counter; it stays one only if the noun it measures is that
    count (``_bind_unit``). "37일간 이어졌다", "개봉 41일 만에" in other sentences are durations."""
    return q.kind == "quantity" and q.unit == "day" and q.counter == "일" and DAY_COUNT in sentence


DAY_COUNT = "일수"  # 폭염일수, 열대야 일수, 강수일수: the number of days of a kind


def _pairs(text: str, base: int, qs: list[Quantity]) -> list[_Unit]:
    """Join "204B(2040억개)" and "1억 달러(한화 약 1122억원)" into one value in two notations."""
    units: list[_Unit] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs):
            r = qs[i + 1]
            gap = text[q.span.end - base : r.span.start - base]
            close = text[r.span.end - base : r.span.end - base + 2]
            if re.fullmatch(r"\s?\(\s?(?:한화|원화|약|about|approximately|or|i\.e\.|≈|~|\s)*", gap) and close.lstrip().startswith(")"):
                units.append(_Unit(q, r, Span(q.span.start, r.span.end)))
                i += 2
                continue
        units.append(_Unit(q, None, q.span))
        i += 1
    return units


class _Sentence:
    """A sentence and its clauses. The clauses are cut when first asked for (``block``: the block's
    text and its start, ``ends``: ``figure_clause_ends``): most sentences of a block hold no figure
    and their clauses are never read."""

    def __init__(self, span: Span, text: str, clauses: list[Span] | None = None,
                 block: tuple[str, int] | None = None, ends: Sequence[int] = ()) -> None:
        self.span = span
        self.text = text
        self._clauses = clauses
        self._block = block
        self._ends = ends

    @property
    def clauses(self) -> list[Span]:
        if self._clauses is None:
            text, base = self._block if self._block is not None else (self.text, self.span.start)
            self._clauses = _clauses(text, self.span, base, self._ends)
        return self._clauses

    def clause(self, pos: int) -> Span:
        for c in self.clauses:
            if c.start <= pos < c.end:
                return c
        return self.span


# A figure stated with the copula's connective and a comma ("충북 인구는 159만 3천여 명으로, 이 가운데
# 청주시가 53.3%를 차지한다"): "N(으)로," ends the figure's clause like "N이며," would.
_FIGURE_CLAUSE_END = re.compile(r"으?로,\s")


def figure_clause_end(text: str, base: int, end: int) -> int | None:
    """Where the clause ends when the figure ending at ``end`` is written "N(으)로, " (absolute offsets)."""
    c = _FIGURE_CLAUSE_END.match(text, end - base)
    return base + c.end() if c is not None else None


def figure_clause_ends(text: str, base: int, figures: Sequence[Quantity]) -> list[int]:
    """Where a clause ends after a figure written "N(으)로, " (absolute offsets, sorted)."""
    return sorted(e for q in figures if (e := figure_clause_end(text, base, q.span.end)) is not None)


def _clauses(text: str, span: Span, base: int, ends: Sequence[int] = ()) -> list[Span]:
    """The clauses of a sentence: cut at connective endings (``_CLAUSE_END``) and at ``ends`` (offsets
    after "N(으)로, ", ``figure_clause_ends``)."""
    s_text = text[span.start - base : span.end - base]
    lo = bisect.bisect_right(ends, span.start)
    hi = bisect.bisect_left(ends, span.end, lo)
    cuts = sorted({c.end() for c in _CLAUSE_END.finditer(s_text)} | {e - span.start for e in ends[lo:hi]})
    out = []
    start = 0
    for cut in cuts:
        out.append(Span(span.start + start, span.start + cut))
        start = cut
    out.append(Span(span.start + start, span.end))
    return out


def _bounded(spans: Sequence[Span], text: str, base: int) -> list[Span]:
    """Sentences of at most MAX_SENTENCE characters: a longer one (no sentence ever is: the longest of
    the seeds, the probes and 59 published articles has 388) is cut at its last clause end or space
    before the limit, so that the work per sentence is bounded and binding stays linear in the text."""
    out: list[Span] = []
    for span in spans:
        start = span.start
        while span.end - start > MAX_SENTENCE:
            window = text[start - base : start - base + MAX_SENTENCE]
            cut = max(window.rfind(", "), window.rfind("; "), window.rfind(" "))
            end = start + (cut + 1 if cut > MAX_SENTENCE // 2 else MAX_SENTENCE)
            out.append(Span(start, end))
            start = end
        out.append(span if start == span.start else Span(start, span.end))  # (the same span: not built again)
    return out


def _within_ends(items: Sequence[_T], starts: Sequence[int], ends: Sequence[int], span: Span) -> list[_T]:
    """:func:`_within` with the items' ends given as a list (no call per item: asked three times a sentence)."""
    lo = bisect.bisect_left(starts, span.start)
    hi = bisect.bisect_left(starts, span.end, lo)
    last = span.end
    return [x for x, e in zip(items[lo:hi], ends[lo:hi]) if e <= last]


def _within(items: Sequence[_T], starts: Sequence[int], span: Span, end: Callable[[_T], int]) -> list[_T]:
    """The items (sorted by their ``starts``) that lie inside ``span``, found by bisection."""
    lo = bisect.bisect_left(starts, span.start)
    hi = bisect.bisect_left(starts, span.end, lo)
    return [x for x in items[lo:hi] if end(x) <= span.end]
