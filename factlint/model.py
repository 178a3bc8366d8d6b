"""The plain data model that flows one way: load → extract → bind → summarise → check → report.

Every object here is frozen. Offsets are half-open code-point offsets into
``Document.text``; only ``Document.position`` turns an offset into a line and
column, and only reporters ask for that.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Iterable, Literal, Mapping, NoReturn

_BLANKS = re.compile(r"[^\n]")  # what blanking a span of markup replaces: all but line breaks


class FrozenDict(dict[str, Any]):
    """A read-only dict that, unlike MappingProxyType, pickles (results cross to worker processes and back)."""

    def _read_only(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("FrozenDict is read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _read_only

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items(), key=lambda kv: kv[0])))


Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: Mapping[str, int] = FrozenDict({"info": 0, "warning": 1, "error": 2})

KINDS: tuple[str, ...] = ("contradiction", "fact", "comparative", "conversion", "arithmetic", "headline", "numeral", "duplicate", "term")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of code points in one document."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Slotted frozen dataclasses unpickle through a slow generic path; spans are pickled by the million.
        return (Span, (self.start, self.end))

    def cover(self, other: Span) -> Span:
        """The smallest span holding both."""
        return Span(min(self.start, other.start), max(self.end, other.end))

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Position:
    """1-based line and column (columns count characters), for output only."""

    line: int
    column: int


@dataclass(frozen=True)
class Document:
    """One article as read from disk.

    ``text`` is the file's text with the BOM removed and newlines normalised to
    ``\\n`` (so offsets are stable across CRLF files). ``prose`` lists the spans
    that are prose: for Markdown, one per block (a paragraph, a heading, a table
    row) from its first character of prose to its last, so front matter, code,
    HTML and image-only lines are left out; for plain text it is the whole text.
    ``markup`` lists the spans inside them that are not prose either (a link's
    destination, inline code, a URL, an e-mail address, a footnote marker: see
    ``factlint/markup.py``); ``prose_text`` is ``text`` with those blanked out.
    """

    path: str
    text: str
    prose: tuple[Span, ...]
    date: dt.date | None = None
    line_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)
    markup: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        if not self.line_starts:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            object.__setattr__(self, "line_starts", tuple(starts))

    def position(self, offset: int) -> Position:
        """Line and column (1-based) of a code-point offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return Position(index + 1, offset - self.line_starts[index] + 1)

    def end_position(self, span: Span) -> Position:
        """Position of the last character of ``span`` (inclusive end column)."""
        if span.end <= span.start:
            return self.position(span.start)
        return self.position(span.end - 1)

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @functools.cached_property
    def prose_text(self) -> str:
        """What checks read: ``text`` with every character outside ``prose`` or inside ``markup``
        but line breaks replaced by a space. Same length, so its offsets are the text's (``text``
        itself when all of it is prose)."""
        if not self.markup and self.prose == ((Span(0, len(self.text)),) if self.text else ()):
            return self.text
        parts: list[str] = []
        pos = 0
        for start, end in _kept(self.prose, self.markup):
            parts.append(_BLANKS.sub(" ", self.text[pos:start]))
            parts.append(self.text[start:end])
            pos = end
        parts.append(_BLANKS.sub(" ", self.text[pos:]))
        return "".join(parts)

    def __reduce__(self) -> tuple[Any, ...]:
        # Positional arguments instead of the dataclass default (a state dict per object): every
        # document crosses from a worker to the main process, and this halves its unpickling.
        return (Document, (self.path, self.text, self.prose, self.date, self.line_starts, self.markup))


def _kept(prose: Iterable[Span], markup: Iterable[Span]) -> Iterable[tuple[int, int]]:
    """The prose spans less the markup spans (both sorted and disjoint)."""
    holes = iter(markup)
    hole = next(holes, None)
    for span in prose:
        pos = span.start
        while hole is not None and hole.start < span.end:
            if hole.end > pos:
                if hole.start > pos:
                    yield pos, hole.start
                pos = max(pos, hole.end)
            if hole.end > span.end:
                break
            hole = next(holes, None)
        if pos < span.end:
            yield pos, span.end


@dataclass(frozen=True)
class Block:
    """A paragraph of prose: the unit duplicates are found in and claims are bound in.

    It keeps the document's text (the same string object) and slices its own text on demand:
    blocks sent between processes then carry the article once, not once per paragraph.
    """

    path: str
    index: int
    span: Span
    source: str = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.source[self.span.start : self.span.end]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Block, (self.path, self.index, self.span, self.source))


@dataclass(frozen=True)
class Quantity:
    """A number as a careful reader understands it.

    ``value`` is exact (None for a range); ``low``/``high`` is the interval the
    text's own precision allows (2040억 → [2035억, 2045억)); a bound ("이상",
    "over") leaves one side open (None). ``unit`` is an ISO 4217 code for money,
    ``%`` for percent, ``%p`` for percentage points, ``x`` for ratios, a pint unit
    string for physical quantities, ``None`` for plain numbers and counts.
    """

    span: Span
    text: str
    kind: Literal["number", "count", "money", "percent", "ratio", "quantity", "date"]
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    unit: str | None = None
    approx: bool = False
    bound: Literal["min", "max", "range"] | None = None
    counter: str | None = None


@dataclass(frozen=True)
class Claim:
    """"HyperCLOVA · parameters = 2040억" at one place, with its qualifiers.

    Two claims are the same claim (and must agree) only when they have the same entity, attribute
    and qualifiers: two firms' forecasts, the raw and the deduplicated size of a corpus, the figure
    of one day and of the next, a goal and a fact are different claims.
    """

    path: str
    entity: str
    attribute: str
    quantity: Quantity
    span: Span
    goal: bool = False  # a goal, plan or forecast ("갖추겠다", "plans to", "전망")
    period: str | None = None  # the year the figure is for ("2021년 기준", "last year")
    date: dt.date | None = None  # the article's own date (its dateline), not the event's
    sentence: Span | None = None
    # The same value in a second notation, bound together: "204B(2040억개)".
    alternate: Quantity | None = None
    # A reported figure the article itself disputes ("…라는 보도는 사실이 아니다"): listed, never checked.
    disputed: bool = False
    # The entity was discovered in the text (quoted or Latin-script name), not declared in a rule file.
    discovered: bool = False
    # How the entity was found: parenthesis, near, sentence, topic, previous-sentence (for `factlint claims`).
    how: str = ""
    # The article revises an earlier figure here ("상향", "revised to"): a change, not a contradiction.
    revision: bool = False
    # Who states the figure when the article attributes it ("according to F", "F는 … 전망했다").
    attribution: str | None = None
    # The part of the whole the figure is about ("해외유입", "after deduplication", "short-haul").
    scope: str | None = None
    # The time the figure refers to, finer than ``period`` ("2020-12-23", "2022-03").
    event: str | None = None
    # A reference time as written ("0시 기준", "as of June").
    reference: str | None = None
    # For a multiple or comparison, what the entity is compared with ("GPT-2보다 50배": GPT-2).
    compared_to: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    path: str
    span: Span
    note: str | None = None
    # The line of a place outside the linted documents (a reference fact in a rule file), which
    # has no Document to turn an offset into a line.
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``span`` of ``path``'s ``Document.text`` with ``replacement`` (``factlint lint --fix``)."""

    path: str
    span: Span
    replacement: str


@dataclass(frozen=True)
class Finding:
    rule: str
    kind: str
    severity: Severity
    message: str
    location: Location
    related: tuple[Location, ...] = ()
    data: Mapping[str, Any] = field(default_factory=FrozenDict)
    fix: tuple[Edit, ...] = ()  # an unambiguous, safe rewrite; empty when the finding needs a human

    def __post_init__(self) -> None:
        # Checks may hand in any mapping of any values; a finding is plain data from here on (what the
        # JSON report shows), so it crosses processes and the cache and comes back equal.
        object.__setattr__(self, "data", plain_mapping(self.data))

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.location.path, self.location.span.start, self.location.span.end, self.rule, self.message)


Verdict = Literal["holds", "fails", "unchecked"]


@dataclass(frozen=True)
class Statement:
    """One conversion or arithmetic statement as a check recomputed it.

    ``recomputation`` reads like a worked line: "262억달러 / 198억달러 − 1 = 32.3%
    (31.7–32.9% given the rounding); the text says 32.1%". ``verdict`` is "holds", "fails" or
    "unchecked" (found but not checkable: no rate for the article's date). ``data`` holds at least
    the ``message`` a failing statement is reported with.
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
    data: Mapping[str, Any] = field(default_factory=FrozenDict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "data", plain_mapping(self.data))


@dataclass(frozen=True)
class InputProblem:
    """A file that could not be read or decoded; the run goes on without it."""

    path: str
    message: str


@dataclass(frozen=True)
class RunResult:
    """What a lint run found: sorted findings, the documents they point into, and what went wrong.

    ``documents`` holds the documents the findings (and statements) point into, which is what a
    report needs to turn offsets into lines; ``file_count`` counts every file of the run.
    ``statements`` are the recomputed conversion and arithmetic statements, when asked for.
    """

    findings: tuple[Finding, ...]
    documents: Mapping[str, Document]
    problems: tuple[InputProblem, ...] = ()
    internal_errors: tuple[str, ...] = ()
    file_count: int | None = None
    statements: tuple[Statement, ...] = ()

    @property
    def files(self) -> int:
        if self.file_count is not None:
            return self.file_count
        return len(self.documents) + len(self.problems)

    def summary(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            counts[f.severity] += 1
        return counts

    def exit_code(self, fail_on: str = "error") -> int:
        """3 internal error, 2 input problems (an incomplete check never passes), 1 findings ≥ fail_on, else 0."""
        if self.internal_errors:
            return 3
        if self.problems:
            return 2
        if fail_on == "never":
            return 0
        threshold = SEVERITY_RANK[fail_on]
        return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in self.findings) else 0


Plain = Any  # None, bool, int, float, str, a tuple of Plain or a FrozenDict of Plain


def plain(value: Any) -> Plain:
    """A value as a report shows it, frozen: exact numbers as int or float, dates as ISO strings,
    sequences as tuples (sets sorted), mappings as FrozenDicts, anything else as its ``str``."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Fraction):
        return int(value) if value.denominator == 1 else float(value)
    if isinstance(value, Mapping):
        return plain_mapping(value)
    if isinstance(value, (set, frozenset)):
        return tuple(plain(v) for v in sorted(value))
    if isinstance(value, (list, tuple)):
        return tuple(plain(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def plain_mapping(value: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> FrozenDict:
    items = value.items() if isinstance(value, Mapping) else value
    return FrozenDict({str(k): plain(v) for k, v in items})
