"""Conversion and arithmetic statements: what the text asserts, the recomputation, the verdict.

The ``conversion`` and ``arithmetic`` checks find *statements* — "1억 달러(한화 약
1122억원)", "198억달러에서 262억달러로 32.1% 성장" — recompute them from the
figures as written, and record every one, verified or not, as a
:class:`Statement`. ``factlint lint --explain`` and ``factlint claims`` show them
so a reader sees what was checked, not only what failed; a failing statement is
also a :class:`~factlint.model.Finding`.

Statements are found on a *masked* block: every quantity that is not a label
(a year "2019년", a date "10월") is replaced by ``⟦i⟧``, so one regular
expression describes a sentence pattern ("⟦a⟧에서 ⟦b⟧로 ⟦n⟧ 성장") without
re-finding numbers in the text (house rule: spans are narrowed, never re-found).

All of that is per document, so both checks do it in ``prepare`` (worker processes,
cached by content hash) and return a :class:`Prepared`; ``check`` only turns its
failing statements into findings (and, for currencies, looks the rate up: the rate
tables belong to the rule set, which ``prepare`` does not see).
"""

from __future__ import annotations

import hashlib
import re
from collections import abc
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Callable, Iterator, Literal, Mapping, NamedTuple, Sequence

from .model import Block, Document, Finding, FrozenDict, Location, Quantity, Span
from .tolerance import Interval
from .tolerance import interval as _interval

Verdict = Literal["holds", "fails", "unchecked"]

# Counters that label rather than measure (years, months, ranks): never a term of a statement.
# "2019년 262억달러" — the year stays in the masked text for patterns to read.
LABEL_COUNTERS = frozenset({"년", "년도", "년대", "월", "일", "시", "분기", "세기", "주년", "번째", "째", "위", "등", "차", "호", "세대", "층", "학년", "회차"})

OPEN, CLOSE = "⟦", "⟧"


@dataclass(frozen=True)
class Statement:
    """One conversion or arithmetic statement, recomputed.

    ``recomputation`` reads like a worked line: "262억달러 / 198억달러 − 1 = 32.3%
    (31.7–32.9% given the rounding); the text says 32.1%". ``verdict`` is
    "holds", "fails" or "unchecked" (found but not checkable: no rate for
    the article's date).
    """

    rule: str
    kind: str
    form: str
    path: str
    span: Span
    text: str
    recomputation: str
    verdict: Verdict
    terms: tuple[Quantity, ...] = ()
    data: Mapping[str, Any] = field(default_factory=FrozenDict)  # a FrozenDict: statements are pickled (prepare)

    def finding(self, severity: Any, message: str) -> Finding:
        return Finding(
            rule=self.rule,
            kind=self.kind,
            severity=severity,
            message=message,
            location=Location(self.path, self.span),
            data=MappingProxyType({"form": self.form, "statement": self.text, "recomputation": self.recomputation, **self.data}),
        )


def to_json(s: Statement) -> dict[str, Any]:
    return {
        "rule": s.rule, "kind": s.kind, "form": s.form, "path": s.path, "start": s.span.start, "end": s.span.end,
        "text": s.text, "recomputation": s.recomputation, "verdict": s.verdict,
    }


# --- prepared per document -------------------------------------------------------

class Prepared(NamedTuple):
    """What ``prepare`` found in one document for one rule, with the options it was found under.

    ``items`` are :class:`Statement` objects, or records a check completes from the rule set
    (conversion's currency pairs). ``options`` (a digest of the rule's options) lets a check notice
    a preparation made under other options of the same rule id — a test or a library caller that
    changes a rule after analysing — and prepare that document again rather than report stale verdicts.
    """

    options: int
    items: tuple[Any, ...] = ()


def _frozen(value: Any) -> Any:
    if isinstance(value, abc.Mapping):  # collections.abc's: typing's isinstance is several times slower
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    return value


def options_key(options: Mapping[str, Any]) -> int:
    """A digest of a rule's options, the same in every process and run (it is cached with the analysis)."""
    digest = hashlib.blake2b(repr(_frozen(options)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def document_quantities(blocks: Sequence[Block]) -> tuple[Quantity, ...]:
    """The quantities of a document's blocks, as the engine extracts them (for a caller that has none)."""
    from .quantities import extract

    return tuple(q for b in blocks for q in extract(b.text, b.span.start))


Prepare = Callable[[Document, Sequence[Block], Any, "Sequence[Quantity] | None"], Prepared]


def prepared_items(ctx: Any, rule: Any, prepare: Prepare) -> list[tuple[Any, ...]]:
    """The rule's prepared items of every document in ``ctx`` (of the focus, if any) that has some, in document order.

    The engine's (``ctx.prepared``) when they were made under the rule's current options;
    otherwise prepared here from the document's blocks and quantities. This loop is most of
    what a check costs on a large corpus (10,000 documents, few statements), hence its shape.
    """
    key = options_key(rule.options)
    rule_id = rule.id
    analyses = ctx.analyses
    focus = getattr(ctx, "focus", None)
    out: list[tuple[Any, ...]] = []
    for path in ctx.paths:
        if focus is not None and path not in focus:
            continue  # a statement's finding is in its own document only
        analysis = analyses[path]
        found = analysis.prepared.get(rule_id)
        if type(found) is not Prepared or found.options != key:
            found = prepare(ctx.document(path), analysis.blocks, rule, analysis.quantities)
        if found.items:
            out.append(found.items)
    return out


# --- masked blocks ------------------------------------------------------------


_YEAR = re.compile(r"(?:19|20)\d{2}")
_BEFORE_YEAR = re.compile(r"(?:\b(?:in|by|since|from|to|until|through|of|early|late|mid|fiscal|FY)[\s-]+|[\s(]FY)$", re.I)


def is_label(q: Quantity, before: str = "") -> bool:
    """A year, month, rank: text for patterns, not a term ("2019년", "in 2019", "by 2025")."""
    if q.kind != "number":
        return False
    if q.counter in LABEL_COUNTERS:
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

    def absolute(self, masked_offset: int) -> int:
        """Original absolute offset of a masked offset (inside a placeholder: the quantity's start)."""
        lo = 0
        for i, (m_off, _) in enumerate(self.anchors):
            if m_off <= masked_offset:
                lo = i
            else:
                break
        m_off, a_off = self.anchors[lo]
        return a_off + (masked_offset - m_off)

    def span(self, m: re.Match[str]) -> Span:
        """The original span a match covers (whole quantities at either end)."""
        start = self.absolute(m.start())
        end = self.absolute(m.end())
        for q in self.terms:
            if q.span.start <= end < q.span.end:
                end = q.span.end
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

_HANGUL = re.compile(r"[가-힣]")
_KO_SCALES = ((Fraction(10**12), "조"), (Fraction(10**8), "억"), (Fraction(10**4), "만"))
_EN_SCALES = ((Fraction(10**12), " trillion"), (Fraction(10**9), " billion"), (Fraction(10**6), " million"))


def num(x: Fraction | None, digits: int = 4) -> str:
    """A figure for a message: ``digits`` significant digits, no exponent, trailing zeros dropped."""
    if x is None:
        return "∞"
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


# --- collecting and showing -----------------------------------------------------

STATEMENT_KINDS = ("conversion", "arithmetic")


def collect(ctx: Any) -> list[Statement]:
    """Every conversion and arithmetic statement of every rule, sorted by place (for ``--explain`` and ``claims``)."""
    from .checks import CHECKS

    out: list[Statement] = []
    for rule in ctx.ruleset.rules:
        if rule.kind in STATEMENT_KINDS:
            out.extend(CHECKS[rule.kind].statements(ctx, rule))
    return sorted(out, key=lambda s: (s.path, s.span.start, s.span.end, s.rule))


def render(statements: Sequence[Statement], position: Any) -> str:
    """One block per statement: ``path:line:col: VERDICT [rule] form: text`` then the recomputation.

    ``position(path, offset)`` gives the line and column (the Document owns that).
    """
    lines: list[str] = []
    for s in statements:
        pos = position(s.path, s.span.start)
        lines.append(f"{s.path}:{pos.line}:{pos.column}: {s.verdict.upper()} [{s.rule}] {s.form}: {s.text}")
        lines.append(f"    {s.recomputation}")
    counts = {v: sum(1 for s in statements if s.verdict == v) for v in ("holds", "fails", "unchecked")}
    lines.append(f"{len(statements)} statement(s) checked: {counts['holds']} hold, {counts['fails']} fail, {counts['unchecked']} unchecked")
    return "\n".join(lines) + "\n"


def explain_result(result: Any, ruleset: Any) -> str:
    """``factlint lint --explain``: the statements of a finished run, recomputed."""
    from .context import Context

    ctx = Context(tuple(result.documents.values()), result.analyses, ruleset)
    return render(collect(ctx), lambda path, offset: result.documents[path].position(offset))


def for_documents(documents: Sequence[Any], ruleset: Any) -> list[Statement]:
    """The statements of loaded Documents, analysing them here (for ``factlint claims``, which runs no engine)."""
    from .context import Context
    from .engine import analyse

    analyses = {d.path: analyse(d, ruleset) for d in documents}
    return collect(Context(tuple(documents), MappingProxyType(analyses), ruleset))
