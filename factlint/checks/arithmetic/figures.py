"""The figures of a paragraph as the arithmetic check reads them: sentence, clause, role and period.

A statement ties a stated result (a rate, a multiple, a share, a difference, a total) to the
figures it is computed from. Which figures those are is told by the sentence's structure, not by
distance: the particle or preposition that marks each figure's role ("20억 달러**에서**" is where a
change starts, "80억 달러**로**" where it ends, "전체(200억 달러)**의** 60%" is the whole of a share,
"**from** $20 billion", "**to** $80 billion", "**than** the 60 billion"), the clause it sits in (a
statement never reaches across "늘었고", "; ", ", while" into another subject's clause), and the
year written next to it ("2019년 20억 달러", "$20 billion in 2019").

Everything here works on a masked block (:mod:`factlint.statements`): each figure is ``⟦i⟧``, so
the patterns below describe the words around figures, never the figures' digits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Literal, Sequence

from ...model import Quantity
from ...statements import Masked
from ...tolerance import dimension, unit_factor

Role = Literal["from", "to", "of", "among", "than", "subject", "object", "list", "other"]

_TOKEN = re.compile(r"⟦(\d+)⟧")

# A sentence ends at . ! ? followed by a space or the end (not "U.S." or "No. 1"), or at a newline.
# The mark first, the look-behinds after it (so ``re`` skips in C to the marks instead of trying
# three look-behinds at every character): a mark not after a capital or Mr/Ms/…/Inc, or a line break.
_SENTENCE_END = re.compile(r"[.!?。\n](?:(?<=\n)|(?<![A-Z].)(?<!\b(?:Mr|Ms|Dr|No|Co|vs|St).)(?<!\bInc.)(?=[\s\"'”’)\]]|$))")

# Strong clause boundaries: the clause after them has its own subject, and a rate there is not
# about figures before them. Korean: a past or connective verb ending that closes a clause
# ("늘었고", "증가했으며", "했지만", "성장했다면서"); English: ";", "while", "whereas", "but".
# A weak join keeps one clause: "늘어 연평균 45% 증가했다", "…, up 30%", "…, equal to 45% …".
# Every syllable with the final consonant ㅆ (었, 했, 썼, 됐 …): the past tense before a connective ending.
_PAST = "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 == 20)
_CLAUSE_END = re.compile(
    rf"(?:[{_PAST}]|하|되|이)(?:고|으며|며|지만|는데|으나|면서)(?=[\s,])"
    r"|다(?:면서|며)(?=[\s,])|인데(?=[\s,])|(?:반면|한편)(?:에)?(?=[\s,])"
    r"|;|\s(?:while|whereas|but)\s|,\s+and\s"
)
# A fronted subordinate clause ends at its comma: "While rival Beta grew 45% a year, Alpha's sales rose …"
# (searched only in a text that has one of its words: tried at every position it would cost every block)
_FRONTED_WORDS = ("While ", "Whereas ", "Although ", "Though ")
_FRONTED_CLAUSE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:While|Whereas|Although|Though)\s[^,;\n]{0,150},")

# Korean particles after a figure (a parenthesis and "규모"/"수준" in between are skipped).
_SKIP_AFTER = re.compile(r"\s*(?:\([^()⟦⟧]*\)|\(\s*⟦\d+⟧[^()]*\))?\s*(?:규모|수준|가량|정도|어치|상당|남짓|안팎|내외|이상)?\s*")
_ROLE_AFTER_KO: tuple[tuple[re.Pattern[str], Role], ...] = (
    (re.compile(r"(?:으로|로)부터|부터|에서(?!는|도|의)"), "from"),
    (re.compile(r"(?:으로|로)(?!서|써)|까지"), "to"),
    (re.compile(r"(?:중|가운데)(?:에서)?(?=[\s,에]|$)"), "among"),
    (re.compile(r"보다|대비|에\s?비해|에\s?비하면|比"), "than"),
    (re.compile(r"의(?![가-힣])"), "of"),
    (re.compile(r"(?:은|는|이(?!다|며|고|었|라|지)|가)(?=[\s,]|$)"), "subject"),
    (re.compile(r"(?:을|를)(?=[\s,]|$)"), "object"),
    (re.compile(r"(?:과|와)(?=\s)|및|,|·"), "list"),
)
# English prepositions before a figure.
_ROLE_BEFORE_EN: tuple[tuple[re.Pattern[str], Role], ...] = (
    (re.compile(r"\bfrom\s+(?:the\s+|its\s+|their\s+|(?:19|20)\d{2}['’]s\s+|(?:last|a|the\s+previous)\s+year['’]s\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|just\s+|a\s+mere\s+)?$", re.I), "from"),
    # "an increase of ⟦⟧ on the ⟦⟧", "up ⟦⟧ on 2024's ⟦⟧": a change's base after "on"
    (re.compile(r"\b(?:increase|rise|gain|jump|decrease|drop|fall|decline|up|down)\s+(?:of\s+|by\s+)?⟦\d+⟧\s+on\s+"
                r"(?:the\s+|its\s+|their\s+|(?:19|20)\d{2}['’]s\s+)?$", re.I), "from"),
    (re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|just\s+|over\s+|almost\s+)?$", re.I), "to"),
    (re.compile(r"\bthan\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+|(?:19|20)\d{2}['’]s\s+|(?:last|the\s+previous)\s+year['’]s\s+)?$", re.I), "than"),
    # "of the ⟦⟧", "out of ⟦⟧", and with a demonstrative that points back to the figure: "Of that 2,150, …"; with a
    # possessor, the whole is the possessor's: "Of the cooperative's 1,240 member farms", "out of Haram's 640 clubs"
    (re.compile(r"\b(?:out\s+of|of)\s+(?:the\s+|all\s+|its\s+|their\s+|a\s+total\s+of\s+|(?:this|that|these|those)\s+"
                r"|(?:the\s+)?[A-Za-z][\w-]*['’]s\s+)?$", re.I), "of"),
)

_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*년(?:도)?\s*(?:말|초|상반기|하반기|기준|당시|에는?|엔)?\s*$")
_YEAR_AFTER = re.compile(r"^\s*(?:\(\s*((?:19|20)\d{2})\s*년?\s*\)|(?:[A-Za-z]+\s+)?(?:in|by|as\s+of|at\s+the\s+end\s+of|for)\s+(?:fiscal\s+)?((?:19|20)\d{2}))", re.I)
_YEAR_POSSESSIVE = re.compile(r"\b((?:19|20)\d{2})['’]s\s+$")


@dataclass(frozen=True)
class Figure:
    """One figure of a paragraph: its quantity, where it is, what role its clause gives it."""

    index: int  # its number in the masked block (``⟦index⟧``); -1 in another block
    q: Quantity
    start: int  # masked offsets of its placeholder (meaningless in another block)
    end: int
    sentence: int
    clause: int
    role: Role
    year: int | None
    dim: str

    @property
    def is_percent(self) -> bool:
        return self.q.kind == "percent"


@dataclass(frozen=True)
class Paragraph:
    """A masked block cut into sentences and clauses, with its figures."""

    masked: Masked
    figures: tuple[Figure, ...]
    sentences: tuple[tuple[int, int], ...]  # masked (start, end) of each sentence
    clause_starts: tuple[int, ...]  # masked offsets where a clause begins (ascending)

    @cached_property
    def _by_sentence(self) -> dict[int, tuple[Figure, ...]]:
        # each figure's sentence looked up once: a block of thousands of figures (one huge paragraph)
        # would otherwise be scanned whole for each of them (quadratic, issue #13)
        out: dict[int, list[Figure]] = {}
        for g in self.figures:
            out.setdefault(g.sentence, []).append(g)
        return {k: tuple(v) for k, v in out.items()}

    def in_clause(self, f: Figure) -> list[Figure]:
        return [g for g in self._by_sentence.get(f.sentence, ()) if g.clause == f.clause and g is not f]

    def in_sentence(self, f: Figure) -> list[Figure]:
        return [g for g in self._by_sentence.get(f.sentence, ()) if g is not f]

    def sentence_of(self, i: int) -> list[Figure]:
        return list(self._by_sentence.get(i, ()))

    def text_between(self, a: Figure, b: Figure) -> str:
        return self.masked.text[a.end : b.start]


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return tuple(out)


# A parenthesis closed right after its figure, or after the figure's Latin counter ("(392만 TEU)")
_PAREN_CLOSE = re.compile(r"(?:\s?[A-Za-z]{2,6})?\)")


def role(text: str, start: int, end: int) -> Role:
    """The role the words around the placeholder at ``start:end`` give its figure."""
    head = text[max(0, start - 40) : start]
    for pattern, r in _ROLE_BEFORE_EN:
        if pattern.search(head):
            return r
    pos = end
    close = _PAREN_CLOSE.match(text, end) if head.endswith("(") else None
    if close:  # "전체(⟦1⟧)의", "전년(⟦1⟧ TEU) 대비": the parenthesis's role
        pos = close.end()
    skip = _SKIP_AFTER.match(text, pos)
    pos = skip.end() if skip else pos
    for pattern, r in _ROLE_AFTER_KO:
        if pattern.match(text, pos):
            return r
    return "other"


def year_of(text: str, start: int, end: int) -> int | None:
    """The year written next to a figure: "2019년 20억 달러", "$20 billion in 2019", "2019's $20 billion"."""
    before = text[max(0, start - 16) : start]
    m = _YEAR_BEFORE.search(before)
    if m:
        return int(m.group(1))
    m = _YEAR_POSSESSIVE.search(before)
    if m:
        return int(m.group(1))
    after = _YEAR_AFTER.match(text[end : end + 30])
    if after:
        return int(after.group(1) or after.group(2))
    return None


def paragraph(masked: Masked, sentence_index_base: int = 0) -> Paragraph:
    """Cut ``masked`` into sentences and clauses and read every figure's role and year."""
    text = masked.text
    sentences = _sentences(text)
    ends = [e for _, e in sentences]
    starts = [m.end() for m in _CLAUSE_END.finditer(text)]
    if any(w in text for w in _FRONTED_WORDS):
        starts = sorted(starts + [m.end() for m in _FRONTED_CLAUSE.finditer(text)])
    clause_starts = tuple(starts)
    figures: list[Figure] = []
    units: dict[str, tuple[str, Fraction]] = {}
    for m in _TOKEN.finditer(text):
        i = int(m.group(1))
        q = _in_first_unit(masked.terms[i], units)
        s = bisect_right(ends, m.start())
        c = bisect_right(clause_starts, m.start())
        figures.append(Figure(i, q, m.start(), m.end(), s + sentence_index_base, c, role(text, m.start(), m.end()),
                              year_of(text, m.start(), m.end()), measure(q)))
    return Paragraph(masked, tuple(figures), sentences, clause_starts)


def _in_first_unit(q: Quantity, units: dict[str, tuple[str, Fraction]]) -> Quantity:
    """A physical figure in the unit the paragraph first wrote its dimension in: the check computes on values,
    so "약 1,150GWh" against "약 5,500만kWh" is 1,150,000,000 kWh against 55,000,000 kWh (20.9×), never 1,150
    against 5,500만. The text as written stays the figure's ``text``; an offset scale (°C) has no factor and is
    left as written. ``units`` maps a base unit to the first unit seen and its factor."""
    if q.kind != "quantity" or not q.unit:
        return q
    base = unit_factor(q.unit)
    if base is None:
        return q
    first = units.setdefault(base[1], (q.unit, base[0]))
    if first[0] == q.unit or not first[1]:
        return q
    k = base[0] / first[1]
    return replace(q, unit=first[0], value=None if q.value is None else q.value * k,
                   low=None if q.low is None else q.low * k, high=None if q.high is None else q.high * k)


def measure(q: Quantity) -> str:
    """What a figure counts, finer than :func:`~factlint.tolerance.dimension`: counts keep their
    counter, so "91개국" and "2,861명" are never added or divided. An English counted noun ("40
    seats") is not kept: English writes it once and leaves it off the figures that follow ("Of 40
    seats, the party won 18"), where a Korean counter is written on every figure."""
    dim = dimension(q)
    korean = bool(q.counter) and any("가" <= ch <= "힣" for ch in q.counter or "")
    return f"{dim}:{q.counter}" if q.kind == "count" and korean else dim


def clause_of(p: Paragraph, offset: int) -> int:
    return bisect_right(p.clause_starts, offset)


def clause_span(p: Paragraph, f: Figure) -> tuple[int, int]:
    """The masked (start, end) of the clause ``f`` is in, within its sentence."""
    i = bisect_right(p.clause_starts, f.start)
    start = p.clause_starts[i - 1] if i > 0 else 0
    end = p.clause_starts[i] if i < len(p.clause_starts) else len(p.masked.text)
    for s0, s1 in p.sentences:
        if s0 <= f.start < s1:
            return max(start, s0), min(end, s1)
    return start, end


def sentence_of(p: Paragraph, offset: int) -> int:
    return bisect_right([e for _, e in p.sentences], offset)


def foreign(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """Figures of another block, kept for a statement that refers to the sentence before."""
    return tuple(Figure(-1, f.q, -1, -1, -1, -1, f.role, f.year, f.dim) for f in figures)
