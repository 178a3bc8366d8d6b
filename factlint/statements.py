"""What the ``conversion`` and ``arithmetic`` checks share: masked blocks, intervals, formatting.

Both checks find *statements* — "1억 달러(한화 약 1122억원)", "198억달러에서 262억달러로 32.1%
성장" — recompute them from the figures as written, and record every one, verified or not, as a
:class:`~factlint.model.Statement`. ``factlint lint --explain`` shows them so a reader sees what
was checked, not only what failed; a failing statement is also a finding.

Statements are found on a *masked* block: every quantity that is not a label (a year "2019년", a
date "10월") is replaced by ``⟦i⟧``, so one regular expression describes a sentence pattern
("⟦a⟧에서 ⟦b⟧로 ⟦n⟧ 성장") without re-finding numbers in the text (house rule: spans are
narrowed, never re-found).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cached_property
from fractions import Fraction
from typing import Iterator, Sequence

from .config.ruleset import Rule
from .model import Block, Finding, Location, Quantity, Span, Statement
from .tolerance import Interval
from .tolerance import interval as _interval

# Counters that label rather than measure (years, months, ranks): never a term of a statement.
# "2019년 262억달러" — the year stays in the masked text for patterns to read.
LABEL_COUNTERS = frozenset({"년", "년도", "년대", "월", "일", "시", "분기", "세기", "주년", "번째", "째", "위", "등", "차", "호", "세대", "층", "학년", "회차"})

OPEN, CLOSE = "⟦", "⟧"


def failing_finding(rule: Rule, s: Statement) -> Finding:
    """A statement that fails, as a finding of ``rule`` (its message is in ``s.data``)."""
    data = {"form": s.form, "statement": s.text, "recomputation": s.recomputation, **s.data}
    return Finding(rule.id, rule.kind, rule.severity, str(s.data["message"]), Location(s.path, s.span), (), data)


# --- masked blocks ------------------------------------------------------------


_YEAR = re.compile(r"(?:19|20)\d{2}")
_BEFORE_YEAR = re.compile(r"(?:\b(?:in|by|since|from|to|until|through|of|early|late|mid|fiscal|FY)[\s-]+|[\s(]FY)$", re.I)
# An English decade ("the 1990s", "mid-1980s", "the '90s"): a time wherever it stands, never an operand
_DECADE = re.compile(r"(?:1\d|20)\d0['’]?s|['’]\d0s")


def is_label(q: Quantity, before: str = "") -> bool:
    """A year, month, rank: text for patterns, not a term ("2019년", "in 2019", "by 2025")."""
    if q.kind != "number":
        return False
    if q.counter in LABEL_COUNTERS:
        return True
    if q.counter is None and q.unit is None and _DECADE.fullmatch(q.text):
        return True
    return q.counter is None and q.unit is None and bool(_YEAR.fullmatch(q.text)) and bool(_BEFORE_YEAR.search(before[-12:]))


@dataclass(frozen=True)
class Masked:
    """A block's text with its quantities replaced by ``⟦i⟧`` and a map back to offsets."""

    text: str
    terms: tuple[Quantity, ...]
    block: Block
    # (masked offset, original absolute offset) at each segment start, ascending.
    anchors: tuple[tuple[int, int], ...]

    def term(self, m: re.Match[str], group: str) -> Quantity | None:
        g = m.group(group)
        return self.terms[int(g)] if g is not None else None

    @cached_property
    def _anchor_offsets(self) -> list[int]:
        return [m_off for m_off, _ in self.anchors]

    @cached_property
    def _term_starts(self) -> list[int]:
        return [q.span.start for q in self.terms]

    def absolute(self, masked_offset: int) -> int:
        """Original absolute offset of a masked offset (inside a placeholder: the quantity's start)."""
        lo = max(0, bisect_right(self._anchor_offsets, masked_offset) - 1)  # the last anchor at or before it
        m_off, a_off = self.anchors[lo]
        return a_off + (masked_offset - m_off)

    def span(self, m: re.Match[str]) -> Span:
        """The original span a match covers (whole quantities at either end: a match ending inside a
        quantity, or right where the next one begins, takes them in)."""
        start = self.absolute(m.start())
        end = self.absolute(m.end())
        i = max(0, bisect_right(self._term_starts, end) - 1)
        while i < len(self.terms) and self.terms[i].span.start <= end < self.terms[i].span.end:
            end = self.terms[i].span.end
            i += 1
        return Span(start, max(start, end))

    def ids_in(self, text: str) -> list[int]:
        return [int(x) for x in re.findall(rf"{OPEN}(\d+){CLOSE}", text)]


def mask(block: Block, quantities: Sequence[Quantity]) -> Masked:
    """``block`` with each of ``quantities`` inside it that is not a label replaced by ``⟦i⟧``."""
    text = block.text  # sliced on each access (Block keeps the document's text): once here
    base = block.span.start
    terms = [
        q for q in quantities
        if block.span.contains(q.span) and not is_label(q, text[max(0, q.span.start - base - 12) : q.span.start - base])
    ]
    terms.sort(key=lambda q: q.span.start)
    out: list[str] = []
    anchors: list[tuple[int, int]] = [(0, base)]
    pos = base
    length = 0
    kept: list[Quantity] = []
    for q in terms:
        if q.span.start < pos:  # overlapping quantities: keep the first
            continue
        chunk = text[pos - base : q.span.start - base]
        out.append(chunk)
        length += len(chunk)
        token = f"{OPEN}{len(kept)}{CLOSE}"
        anchors.append((length, q.span.start))
        out.append(token)
        length += len(token)
        anchors.append((length, q.span.end))
        pos = q.span.end
        kept.append(q)
    out.append(text[pos - base :])
    return Masked("".join(out), tuple(kept), block, tuple(anchors))


def masked_blocks(blocks: Sequence[Block], quantities: Sequence[Quantity]) -> Iterator[Masked]:
    """The masked blocks that keep at least one term, in block order.

    Each block is offered only the quantities that start inside it (found by bisection over
    the quantities sorted by start, a stable sort: the order ``mask`` sees is unchanged).
    """
    ordered = sorted(quantities, key=lambda q: q.span.start)
    starts = [q.span.start for q in ordered]
    for block in blocks:
        lo = bisect_left(starts, block.span.start)
        hi = bisect_right(starts, block.span.end, lo)
        if lo == hi:
            continue
        masked = mask(block, ordered[lo:hi])
        if masked.terms:
            yield masked


def term(name: str) -> str:
    """Regex for one placeholder captured as ``name``."""
    return rf"{OPEN}(?P<{name}>\d+){CLOSE}"


# --- intervals of terms -------------------------------------------------------


def stated(q: Quantity) -> Interval:
    """What the text allows for ``q``: its precision interval, open on a bound's side.

    The extractor already widened ``low``/``high`` for "약"/"about", so no second widening here.
    """
    return _interval(q, approx_rel=0)


def point(q: Quantity) -> Interval:
    """The figure as written, without its rounding: the headline of a recomputation, and the
    source of a conversion (what the converted figure was computed from)."""
    return Interval.point(q.value) if q.value is not None else stated(q)


# --- formatting ---------------------------------------------------------------


_NO_ROUNDING = re.compile(r" \(([^()–]+?)–\1(×?) given the rounding\)")


def without_null_rounding(line: str) -> str:
    """A recomputation less a rounding range whose ends print alike ("29.6% (29.6%–29.6% given the
    rounding)" says nothing the headline does not)."""
    return _NO_ROUNDING.sub("", line) if "given the rounding" in line else line


_HANGUL = re.compile(r"[가-힣]")
# Beyond this a Fraction does not convert to a float (OverflowError): messages use an exponent.
_FLOAT_MAX = Fraction(10) ** 300
_KO_SCALES = ((Fraction(10**12), "조"), (Fraction(10**8), "억"), (Fraction(10**4), "만"))
_EN_SCALES = ((Fraction(10**12), " trillion"), (Fraction(10**9), " billion"), (Fraction(10**6), " million"))


def num(x: Fraction | None, digits: int = 4) -> str:
    """A figure for a message: ``digits`` significant digits, no exponent, trailing zeros dropped.

    Past the range of a float (a CAGR of 10¹⁴ % over 30 years recomputes to ~10³⁹⁰) the figure is
    written with an exponent, from the exact value: "2.62E+390".
    """
    if x is None:
        return "∞"
    if abs(x) >= _FLOAT_MAX:
        with localcontext() as ctx:
            ctx.prec = digits
            return f"{+(Decimal(x.numerator) / Decimal(x.denominator)):E}"
    v = float(x)
    if v == 0:
        return "0"
    mag = abs(v)
    decimals = max(0, digits - len(str(int(mag))) if mag >= 1 else digits + 1)
    text = f"{v:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def amount(x: Fraction | None, like: Quantity) -> str:
    """A value written in the scale words of the quantity it is compared with: 1841억, 18.4 billion."""
    if x is None:
        return "∞"
    scales = _KO_SCALES if _HANGUL.search(like.text) else _EN_SCALES
    for size, word in scales:
        if abs(x) >= size:
            return f"{num(x / size)}{word}"
    return num(x)


def amount_range(iv: Interval, like: Quantity) -> str:
    return f"{amount(iv.low, like)}–{amount(iv.high, like)}"


def pct(x: Fraction | None) -> str:
    return "∞" if x is None else f"{num(x * 100, 3)}%"


def pct_range(iv: Interval) -> str:
    return f"{pct(iv.low)}–{pct(iv.high)}"
