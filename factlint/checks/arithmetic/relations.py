"""Stated results and the figures they are about: growth, CAGR, shares, multiples, differences, totals.

Each finder starts from a *stated result* — a percentage with a growth verb ("45% 증가", "up 30%"),
a percentage of a whole ("전체(200억 달러)의 60%", "70% of the total"), a multiple or fraction
("네 배", "3분의 2", "a quarter", "twice"), a difference ("30 billion more than"), a total ("총 110명")
— and looks for the figures it refers to by their roles (:mod:`.figures`): in its clause first, then
in its sentence, then in the sentence before (a multiple about "이 모델" whose figure is in the
previous sentence). A referent that cannot be chosen (two candidates) or a result that cannot be
computed (a CAGR without the endpoints' years) is recorded as ``unchecked`` with the reason, never
dropped silently.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal, Sequence

from ...model import Quantity, Span, Verdict
from ...statements import amount, amount_range, num, pct, pct_range
from ...tolerance import Interval
from .figures import Figure, Paragraph, clause_span
from .precision import Relation, amount_material, difference_material, factor_material, figure_interval, fraction_band, meets, ratio_material
from .referents import Named, label, mentions, named_words, one_named, subject_words, whole_noun

Direction = Literal[1, -1]


@dataclass(frozen=True)
class Found:
    """A statement recognised in a paragraph, recomputed (or not, with the reason)."""

    form: str
    result: Figure  # the stated result (a synthetic figure for "twice")
    operands: tuple[Figure, ...]
    line: str
    verdict: Verdict
    message: str
    reason: str = ""

    @property
    def terms(self) -> tuple[Quantity, ...]:
        return tuple(f.q for f in (*self.operands, self.result))


# --- growth and CAGR -----------------------------------------------------------------------------

_KO_GROWTH_AFTER = re.compile(
    r"\s*(?:가량|정도|씩|남짓|이나|나|의|가|를|을|이)?\s*(?:더\s*)?(?:(?P<up>성장|증가|늘|상승|확대|뛰었|뛴|급증|급등|올랐|오른|오르|올라|뛰어|불어|커졌|커진|신장|많|높|크|큰)"
    r"|(?P<down>감소|줄|하락|축소|떨어|급감|급락|내려|내렸|낮|쪼그라|후퇴|감축|적(?=[은었다게고])|작(?=[은았다게고])))"
)  # 적다/작다, not "3억원 적자", "작년"
_KO_ANNUAL_BEFORE = re.compile(
    r"(?:연\s?평균|연간\s?평균|매년|해마다|연\s?복리|연율|CAGR\)?|(?<![가-힣])연)\s*(?:성장률|증가율)?\s*(?:은|는|이|가|로|으로)?\s*(?:약\s*)?$"
)
# A rate named before the percentage: "연평균 성장률은 45%에 이른다", "증가율이 10%였다" (the copula after it says nothing).
_KO_RATE_BEFORE = re.compile(
    r"(?:(?P<up>성장률|증가율|상승률|신장률)|(?P<down>감소율|하락률))\s*(?:\(\s*CAGR\s*\)\s*)?(?:은|는|이|가|도)?\s*(?:약\s*|무려\s*)?$"
)
_EN_VERB_BEFORE = re.compile(
    r"(?:\b(?P<up>(?<!made\s)(?<!make\s)(?<!makes\s)up|rose|rise|rising|risen|grew|grow|grown|growing|increased?|increasing|climbed?|climbing|jumped?|surged?"
    r"|gained?|expanded?|soared?|advanced?|higher)|\b(?P<down>down|fell|fall|fallen|falling|declined?|declining|dropped?"
    r"|decreased?|shrank|shrunk|slid|slipped|lower|plunged?|tumbled?|sank))(?:\s+by)?"
    r"(?:\s+(?:about|some|nearly|almost|roughly|around|just|over|more\s+than|a\s+further|an?\s+(?:annual|average)))?\s*$",
    re.I,
)
# "a CAGR of 45%", "an annual rate of 10%", "a growth rate of 20%"
_EN_NOUN_BEFORE = re.compile(
    r"(?:(?P<ann>compound\s+annual(?:\s+growth)?(?:\s+rate)?|CAGR|(?:average\s+)?annual(?:i[sz]ed)?\s+(?:(?:growth|increase)(?:\s+rate)?|rate))"
    r"(?:\s*\(CAGR\))?|(?P<up>increase|rise|jump|gain|growth|surge)(?:\s+rate)?|(?P<down>decrease|decline|drop|fall|contraction|slump))"
    r"\s+(?:of\s+|at\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$",
    re.I,
)
_EN_AFTER = re.compile(
    r"\s*(?:(?P<ann>compound\s+annual(?:\s+growth)?(?:\s+rate)?|CAGR|(?:average\s+)?annual(?:i[sz]ed)?\s+(?:growth|rate)|a\s+year|annually|per\s+year"
    r"|per\s+annum|each\s+year|every\s+year)|(?P<up>increase|rise|jump|gain|growth|hike|surge|climb|higher|more)"
    r"|(?P<down>decrease|decline|drop|fall|cut|slump|lower|less|contraction))\b",
    re.I,
)
_EN_ANNUAL_BEFORE = re.compile(r"\b(?:annual(?:ly)?|a\s+year|per\s+year|CAGR)\b[^⟦⟧]{0,20}$", re.I)


@dataclass(frozen=True)
class GrowthMark:
    direction: Direction
    annual: bool


def growth_mark(p: Paragraph, f: Figure) -> GrowthMark | None:
    """Is this percentage (or multiple) a stated change? Its direction, and whether it is per year."""
    text = p.masked.text
    before = text[max(0, f.start - 48) : f.start]
    after = text[f.end : f.end + 40]
    up = down = annual = False
    ko = _KO_GROWTH_AFTER.match(after) or _KO_RATE_BEFORE.search(before[-16:])
    if ko:
        up, down = bool(ko.group("up")), bool(ko.group("down"))
        annual = bool(_KO_ANNUAL_BEFORE.search(before[-16:]))
    else:
        for m in (_EN_VERB_BEFORE.search(before), _EN_NOUN_BEFORE.search(before), _EN_AFTER.match(after)):
            if m is None:
                continue
            d = m.groupdict()
            up = up or bool(d.get("up"))
            down = down or bool(d.get("down"))
            annual = annual or bool(d.get("ann"))
        if (up or down or annual) and not annual:
            annual = bool(_EN_ANNUAL_BEFORE.search(before[-30:])) and not re.search(r"year[\s-]on[\s-]year", after[:30], re.I)
        if re.match(r"\s*(?:more|higher|less|lower)\s+than\b", after, re.I) and not (up or down):
            return None
    if not (up or down or annual):
        return None
    return GrowthMark(-1 if down and not up else 1, annual)


# A noun with a relative clause right before the rate: "exports that rose 36.2%", "prices which were up 5%"
_RELATIVE_BEFORE_RATE_EN = re.compile(r"\s([a-z][\w'’-]*)\s+(?:that|which|who)\s+(?:[a-z]+\s+){1,2}$")


def _relative_of_another(text: str, level: Figure, f: Figure) -> bool:
    """Is the rate's change written of a noun of its own, past other words after the level ("1,980 buses in 2025,
    which was driven by exports that rose 36.2% from 1,520": the exports')? "1,980 buses that rose 36.2%" (the
    noun right after the level) is the level's own."""
    m = _RELATIVE_BEFORE_RATE_EN.search(text, level.end, f.start)
    return m is not None and re.search(r"[A-Za-z]", text[level.end : m.start(1)]) is not None


def _endpoint_ok(g: Figure, percent: bool) -> bool:
    if g.q.value is None or g.q.kind == "ratio" or g.q.bound is not None:
        return False
    return g.is_percent == percent


def endpoints(p: Paragraph, f: Figure, before: Sequence[Figure], percent: bool) -> tuple[Figure, Figure] | str | None:
    """The (from, to) figures a change is about: its clause's "A에서 B로" / "from A to B" / "to B from A",
    a "than"/"대비" base with the clause's other figure, or the one such pair of the sentence before.
    A string is the reason it is ambiguous."""
    clause = [g for g in p.in_clause(f) if _endpoint_ok(g, percent)]
    pairs = _pairs(clause)
    if len(pairs) == 1:
        return pairs[0]
    if len(pairs) > 1:
        adjacent = [(a, b) for a, b in pairs if not any(min(a.start, b.start) < g.start < max(a.start, b.start) for g in clause)]
        return adjacent[0] if len(adjacent) == 1 else "two pairs of figures in its clause could be the change"
    bases = [g for g in clause if g.role in ("from", "than")]
    if len(bases) == 1 and claimed(p, bases[0], f):
        return None
    if len(bases) == 1:
        a = bases[0]
        others = [g for g in clause if g is not a and g.dim == a.dim and g.role not in ("from", "than", "of", "among")]
        prior = [g for g in others if g.start < f.start]
        if prior and _relative_of_another(p.masked.text, prior[-1], f):
            return None  # "sold 1,980 buses, which was driven by exports that rose 36.2% from 1,520": the exports'
        if prior:
            return (a, prior[-1])
        # a level after the change stands in its phrase ("…보다 20% 늘어난 120억 원"), not past a comma in
        # a clause of its own with its own year ("…17.7% 늘어난 수치로, 2018년(4,526명)에 이어 두 번째")
        later = [g for g in others if g.start > f.start and "," not in p.masked.text[f.end : g.start]
                 and not (g.year is not None and (a.year is None or g.year <= a.year))]
        if later:
            return (a, later[0])
        return None
    found = _dated_series(p, clause) or _start_of(p, clause)
    if found is not None:
        return found
    # the sentence has no other figure: the change may be the one stated in the sentence before
    if any(g.q.kind != "percent" or percent for g in p.in_sentence(f) if g is not f):
        return None
    prev = _pairs([g for g in before if _endpoint_ok(g, percent)])
    return prev[0] if len(prev) == 1 else None


# Between two dated figures of one series: a list separator and the next figure's year
# ("2019년 20억 달러, 2024년 80억 달러로", "$20 billion in 2019 and $80 billion in 2024").
_SERIES_GAP = re.compile(
    r"^\s*(?:in\s+(?:19|20)\d{2}\s*)?(?:,\s*(?:and\s+)?|and\s+|(?:와|과|및)\s*)"
    r"(?:(?:19|20)\d{2}\s*년(?:도)?\s*(?:말|초|에는?|엔)?\s*|in\s+(?:19|20)\d{2}\s*)?$",
    re.I,
)
# A verb of change and its direction: what ties a figure to the one it changed into ("Sales of $10
# million grew to $12 million", "매출 100억원은 올해 120억원으로 늘었다").
CHANGE_VERB = re.compile(
    r"\b(?P<up>grew|grow[sn]?|growing|rose|risen|rise[sn]?|rising|increased?|climbed?|jumped?|surged?|soared?|expanded?|doubled|tripled|quadrupled)\b"
    r"|\b(?P<down>fell|fallen|falls?|dropped?|declined?|decreased?|shrank|shrunk|slid|slipped|plunged?|tumbled?|halved)\b"
    r"|(?P<up_ko>늘|증가|성장|커|확대|불어|상승|올랐|오른|올라|뛰)|(?P<down_ko>줄|감소|하락|떨어|축소|내려|쪼그라)",
    re.I,
)


# "up 20% from ⟦base⟧": the rate written right before a base's preposition is the base's own
_RATE_BEFORE_BASE_EN = re.compile(r"\s*(?:more|higher|less|lower|up|down)?\s*(?:from|than|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?$", re.I)


def claimed(p: Paragraph, base: Figure, f: Figure) -> bool:
    """Is ``base`` another rate's base? A percentage stands between it and ``f`` ("전분기(1,000억 원) 대비 20%
    늘어난 것으로, 전년 동기 대비로는 35%": the 20%'s), or is written right before its preposition ("up 20%
    from $1.0 billion …, and 35% higher than a year earlier")."""
    lo, hi = min(base.end, f.end), max(base.start, f.start)
    text = p.masked.text
    for g in p.in_sentence(f):
        if g is f or g is base or g.q.kind != "percent":
            continue
        if lo <= g.start and g.end <= hi:
            return True
        if g.end <= base.start and _RATE_BEFORE_BASE_EN.fullmatch(text, g.end, base.start):
            return True
    return False


def _dated_series(p: Paragraph, clause: Sequence[Figure]) -> tuple[Figure, Figure] | None:
    """Two figures of one measure listed with their years, the earlier first: the start and the end of
    the change ("시장 규모는 2019년 20억 달러, 2024년 80억 달러로 …", "5 million in 2000 and 6.1 million in 2010")."""
    dated = [g for g in clause if g.year is not None and g.role not in ("than", "among")]
    found = [(a, b) for a, b in zip(dated, dated[1:]) if a.dim == b.dim and a.year is not None and b.year is not None
             and a.year < b.year and _SERIES_GAP.match(p.text_between(a, b))]
    return found[0] if len(found) == 1 else None


def _start_of(p: Paragraph, clause: Sequence[Figure]) -> tuple[Figure, Figure] | None:
    """A change written with where it ended ("to", "로") and a verb of change, its start the one
    figure of the same measure before it that is no other change's end: "Sales of $10.0 million grew to
    $12.0 million", "매출 100억원은 올해 120억원으로 늘었다"."""
    tos = [g for g in clause if g.role == "to"]
    if len(tos) != 1 or any(g.role == "from" for g in clause):
        return None
    b = tos[0]
    starts = [g for g in clause if g.start < b.start and g.dim == b.dim and g.role in ("of", "subject", "other")]
    if len(starts) != 1:
        return None
    a = starts[0]
    if a.year is not None and b.year is not None and a.year >= b.year:
        return None
    verb = CHANGE_VERB.search(p.masked.text, a.end, clause_span(p, b)[1])
    if verb is None:
        return None  # "Costs of $10 million and revenue of $12 million": no change between them
    up = bool(verb.group("up") or verb.group("up_ko"))
    if _head(b.q) == _head(a.q) or (_head(b.q) > _head(a.q)) != up:
        return None  # "with sales of $10 million, grew its profit to $3 million": not one figure's change
    return (a, b)


def _pairs(figures: Sequence[Figure]) -> list[tuple[Figure, Figure]]:
    froms = [g for g in figures if g.role == "from"]
    tos = [g for g in figures if g.role == "to"]
    return [(a, b) for a in froms for b in tos if a.dim == b.dim and a is not b]


def growth(p: Paragraph, f: Figure, mark: GrowthMark, before: Sequence[Figure], tol: Fraction, max_years: int,
           before_text: str = "") -> Found | None:
    if f.q.kind != "percent":
        return None
    percent_ends = f.q.unit == "%p"
    ends = endpoints(p, f, before, percent_ends)
    if ends is None and f.q.unit == "%":
        ends = endpoints(p, f, before, True)
        percent_ends = isinstance(ends, tuple)
    if ends is None and not mark.annual and f.q.unit in ("%", "%p"):
        ends = earlier_level(p, f, before, before_text, percent=f.q.unit == "%p")
        percent_ends = percent_ends or (ends is not None and f.q.unit == "%p")
    if ends is None:
        return None
    if isinstance(ends, str):
        return _unchecked("growth", f, (), f"{f.q.text}: {ends}", ends)
    a, b = ends
    if percent_ends:
        return _points(a, b, f, mark.direction, tol)
    if _head(a.q) <= 0 or _head(b.q) < 0:
        return _undefined("growth", f, (a, b), f"{b.q.text} / {a.q.text} − 1")
    if mark.annual:
        if a.year is not None and b.year is not None and (_horizon(p, f) or 0) > b.year:
            return None  # "…2024년 80억 달러로, 2030년까지 연평균 45%": a rate for another period (a forecast, a goal)
        return _cagr(a, b, f, mark.direction, tol, max_years, period(p, f))
    return _relative(a, b, f, mark.direction, tol)


_YEAR_WORD = re.compile(r"(?:19|20)\d{2}")


# Any eojeol with a subject or topic particle: a clause that has one names its own subject
_ANY_SUBJECT_KO = re.compile(r"[가-힣A-Za-z0-9)](?:은|는|이|가)\s")


def _stated_subject(p: Paragraph, f: Figure) -> bool:
    """Does the clause before the figure state a subject (or is it no Korean clause, where none is left out)?"""
    c0, _ = clause_span(p, f)
    before = p.masked.text[c0 : f.start]
    return not re.search(r"[가-힣]", before) or bool(_ANY_SUBJECT_KO.search(before))


# A noun of cause before the copula that ends a clause: "이는 … 때문이다", "… 덕분이다", "… 결과다"
_CAUSE_KO = re.compile(r"(?<![가-힣])(?:때문|덕분|덕|탓|결과|여파)(?:이다|이었다|였다|다|이라고|이란|으로|이며|이고)?\s*[.,]?\s*$")

# "That is because exports rose …", "This was due to …": the clause explains, it restates no figure
_CAUSE_EN = re.compile(r"\s*(?:largely\s+|mainly\s+|partly\s+)?(?:because|due\s+to|thanks\s+to|owing\s+to|driven\s+by"
                       r"|(?:the|a)\s+result\s+of|as\s+a\s+result)\b", re.I)


def _restates(text: str, start: int, f: Figure, end: int) -> bool:
    """Does a clause opened by a demonstrative ("이는", "this is") restate the figure it points back to, so the
    rate's change is that figure's? Not when a subject of its own stands between the demonstrative and the rate
    ("이는 수출이 전년 대비 36.2% 늘어난 결과다"), nor when it gives a cause ("that is because exports rose …")
    or ends in a noun of cause ("이는 전년 대비 36.2% 늘어난 해외 수주 때문이다"): the change is the cause's,
    what the demonstrative points to is its effect."""
    if _ANY_SUBJECT_KO.search(text, start, f.start) or _CAUSE_EN.match(text, start):
        return False
    return not _CAUSE_KO.search(text[f.end : end].rstrip())


# The year that dates a base: "2024년(⟦⟧) 대비", "2024년의 ⟦⟧보다", "2024's ⟦⟧"
_BASE_YEAR = re.compile(r"((?:19|20)\d{2})\s*년\s*(?:의|도)?\s*\(?\s*$|((?:19|20)\d{2})['’]s\s+$")


def earlier_level(p: Paragraph, f: Figure, before: Sequence[Figure], before_text: str,
                  percent: bool = False) -> tuple[Figure, Figure] | None:
    """A change stated with its base only ("수주액은 전년(86억 달러)보다 34.9% 늘었다", "Orders rose 30%
    from $8.6 billion"): the level it reached is the one figure of the base's measure stated in the
    sentence before, when the clause's subject is named there ("…112억 달러어치를 수주했다").

    ``percent``: a change in points of a percentage ("투표율은 58.7%로 집계됐다. 4년 전(51.2%)보다 6.5%p
    높다"): base and level are percentages, and a clause with no subject at all (Korean leaves it out)
    continues the sentence before when that sentence states one percentage only."""
    def measured(g: Figure) -> bool:
        return g.is_percent and g.q.unit == "%" if percent else g.q.kind not in ("percent", "ratio")

    clause = [g for g in p.in_clause(f) if g is not f and measured(g)]
    bases = [g for g in clause if g.role in ("than", "from")]
    if len(bases) != 1 or bases[0].q.value is None or bases[0].q.bound is not None:
        return None
    if any(g is not bases[0] and g.dim == bases[0].dim for g in clause):
        return None
    if any(measured(g) for g in p.in_sentence(f) if g.clause != f.clause and g.start > f.start):
        return None
    base = bases[0]
    if claimed(p, base, f) or base.start > f.start and "," in p.masked.text[f.end : base.start]:
        return None  # "…36.2% 증가한 수치로, 직전 분기(1,520대)보다도 많다": past a comma, another comparison's base
    c0, c1 = clause_span(p, f)
    pronoun = _PRONOUN_SUBJECT.match(p.masked.text, c0)
    pointed = pronoun is not None
    if pronoun is not None and not _restates(p.masked.text, pronoun.end(), f, c1):
        return None  # "이는 수출이 … 늘어난 결과다", "이는 … 늘어난 수출 덕분이다": the change is another noun's
    words = subject_words(p, f)
    if pointed or words is None:
        # "…1,980대를 판매했으며, 이는 전년(1,520대) 대비": the clause before points the level; a clause with no
        # subject ("…500억 원을 기록했고, 전년(400억 원)보다 25% 늘었다") continues its own sentence first
        s0, _ = p.sentences[f.sentence]
        here = [g for g in p.in_sentence(f) if g.end <= c0 and measured(g)]
        if here:
            before, before_text = here, p.masked.text[s0:c0]
    if not before_text:
        return None
    if pointed:
        pass  # "이는"/"this is" names no noun: what it points back to is the one level before
    elif words is None:
        if _stated_subject(p, f):
            return None  # English states its subject; a Korean clause with none continues the sentence before
    elif not mentions(named_words([w for w in words if not _YEAR_WORD.search(w)], base.q.counter), before_text):
        return None
    years = set(_YEAR_WORD.findall(p.masked.text[c0 : f.start]))
    dated = _BASE_YEAR.search(p.masked.text, max(0, base.start - 12), base.start)
    stated_years = set(_YEAR_WORD.findall(before_text))
    if dated:  # "2024년(1,520대) 대비": the base's own year, before the level's
        years.discard(dated.group(1) or dated.group(2))
        if stated_years and int(dated.group(1) or dated.group(2)) >= max(int(y) for y in stated_years):
            return None
    if years - stated_years:
        return None  # "2023년 매출은 전년(…)보다": another year than the sentence before's
    if _GOAL.search(before_text):
        return None  # "매출 목표를 1,500억 원으로 잡았다": a goal's figure is not the level reached
    same = [g for g in before if g.dim == base.dim and measured(g)]
    levels = [g for g in same if g.role in ("subject", "to", "other", "object") and g.q.value is not None
              and g.q.bound is None and same_noun(g, base) and not _bracketed_object(before_text, before, g)]
    if len({g.q.value for g in same}) != 1 or len(levels) != 1:
        return None  # "매출 1,200억 원, 영업이익 300억 원": which of them is the level is not said
    level = levels[-1]
    if level.year is not None and base.year is not None and level.year <= base.year:
        return None
    return (base, level)


def _bracketed_object(text: str, figures: Sequence[Figure], g: Figure) -> bool:
    """Whether a figure of the sentence before (``figures``, in the order of ``text``'s placeholders) stands alone in
    brackets after the verb's object ("평균 관중은 리그 평균(⟦0⟧)을 크게 웃돌았다"): the object's (the compared
    thing's), not the level the subject reached."""
    marks = list(re.finditer(r"⟦\d+⟧", text))
    if len(marks) != len(figures):
        return False
    mark = marks[list(figures).index(g)]
    return text[: mark.start()].rstrip().endswith("(") and _BRACKETED_OBJECT.match(text, mark.end()) is not None


# after a figure alone in brackets: the bracket closed, then the object's particle
_BRACKETED_OBJECT = re.compile(r"\s*\)\s?(?:을|를)(?![가-힣])")


def _relative(a: Figure, b: Figure, n: Figure, sign: Direction, tol: Fraction) -> Found:
    ia, ib = figure_interval(a.q), figure_interval(b.q)
    said = figure_interval(n.q).scale(Fraction(1, 100))
    ratio = ib.over(ia)
    want = ratio.shift(-1) if sign > 0 else _one_minus(ratio)
    head = _head(b.q) / _head(a.q)
    head_rate = head - 1 if sign > 0 else 1 - head
    ok = meets(want.widen(tol), said)
    stated_factor = said.shift(1) if sign > 0 else _one_minus(said)
    material = ok and not _approx(a, b) and (factor_material(head, stated_factor)
                                             or ratio_material(a.q, b.q, head, stated_factor, tol))
    formula = f"{b.q.text} / {a.q.text} − 1" if sign > 0 else f"1 − {b.q.text} / {a.q.text}"
    line = f"{formula} = {pct(head_rate)} ({pct_range(want)} given the rounding); the text says {n.q.text}"
    if material:
        line += " — only the extremes of the rounding reach it"
    verdict: Verdict = "holds" if ok and not material else "fails"
    return Found("growth", n, (a, b), line, verdict, f"{a.q.text} → {b.q.text}: {line}")


# A change and its rate written together: "32만 9천 명(1.4%)", "$200 million, or 20%,", "20%(200억 원)".
_ATTACHED = re.compile(r"\s*\(\s*(?:or\s+|약\s*|about\s+)?|\s*,?\s+or\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?")
_GROUP_END = re.compile(r"\s*\)|\s*,|(?=\s)")
# Between the level and the change, another subject ("이 가운데 60세 이상이 …") or another period
# ("2024년에는", "내년") says the change is not the level's.
_OTHER_SUBJECT_KO = re.compile(r"[가-힣](?:은|는|이|가)(?=[\s,])|가운데|중에서")
_OTHER_PERIOD = re.compile(r"(?:19|20)\d{2}\s*년|올해|내년|이듬해|올\s|\b(?:in|by)\s+(?:19|20)\d{2}\b|\bnext\s+year\b", re.I)


def level_change(p: Paragraph, f: Figure, tol: Fraction) -> Found | None:
    """A rate written with its change and the level after (or before) it: "매출은 1,200억 원으로 전년 대비
    200억 원(20%) 늘었다", "revenue rose by $200 million, or 20%, to $1.2 billion", "from $1 billion". The
    rate's base is the level before the change: the end level less a rise (plus a fall), or the start
    or base level as written."""
    if f.q.unit != "%" or f.q.value is None or f.q.bound is not None:
        return None
    clause = p.in_clause(f)
    text = p.masked.text
    change_fig: Figure | None = None
    for g in clause:
        if g.q.kind in ("percent", "ratio") or g.q.value is None or g.q.bound is not None:
            continue
        first, second = (g, f) if g.start < f.start else (f, g)
        if _ATTACHED.fullmatch(text, first.end, second.start):
            change_fig = g
            break
    if change_fig is None:
        return None
    n = change_fig
    g0, g1 = min(f.start, n.start), max(f.end, n.end)
    end = _GROUP_END.match(text, g1)
    after = text[end.end() if end else g1 :][:40]
    ko = _KO_GROWTH_AFTER.match(after)
    en = _EN_VERB_BEFORE.search(text[max(0, g0 - 48) : g0]) or _EN_NOUN_BEFORE.search(text[max(0, g0 - 48) : g0])
    m = ko or en
    if m is None or m.groupdict().get("ann"):
        return None
    sign: Direction = -1 if m.group("down") and not m.group("up") else 1
    levels = [g for g in clause if g is not n and g is not f and g.dim == n.dim and g.role in ("to", "from", "than")
              and g.q.value is not None and g.q.bound is None and same_noun(g, n)]
    if len(levels) != 1:
        return None
    level = levels[0]
    lo, hi = (level, n) if level.start < n.start else (n, level)
    gap = text[lo.end : hi.start]
    if _OTHER_PERIOD.search(gap) or (level.start < n.start and _OTHER_SUBJECT_KO.search(gap)):
        return None  # "2023년 매출은 1,200억 원으로, 2024년에는 …": the change is not the level's
    c0, c1 = clause_span(p, f)
    if _GOAL.search(text, c0, c1):
        return None  # a forecast or a plan: its level may be today's
    il, ic = figure_interval(level.q), figure_interval(n.q)
    if level.role == "to":
        base, hb = (il.minus(ic), _head(level.q) - _head(n.q)) if sign > 0 else (il.plus(ic), _head(level.q) + _head(n.q))
        shown = f"{level.q.text} {'−' if sign > 0 else '+'} {n.q.text}"
    else:
        base, hb, shown = il, _head(level.q), level.q.text
    if hb <= 0 or base.low is None or base.low <= 0:
        return _undefined("growth", f, (level, n), f"{n.q.text} / ({shown})")
    want = ic.over(base)
    said = figure_interval(f.q).scale(Fraction(1, 100))
    head = _head(n.q) / hb
    ok = meets(want.widen(tol), said)
    stated_factor = said.shift(1) if sign > 0 else _one_minus(said)
    material = ok and not _approx(level, n, f) and factor_material(1 + head if sign > 0 else 1 - head, stated_factor)
    formula = f"{n.q.text} / ({shown})" if level.role == "to" else f"{n.q.text} / {shown}"
    line = f"{formula} = {pct(head)} ({pct_range(want)} given the rounding); the text says {f.q.text}"
    if material:
        line += " — only the extremes of the rounding reach it"
    verdict: Verdict = "holds" if ok and not material else "fails"
    return Found("growth", f, (level, n), line, verdict, f"{n.q.text} on {shown}: {line}")


def _points(a: Figure, b: Figure, n: Figure, sign: Direction, tol: Fraction) -> Found:
    ia, ib = figure_interval(a.q), figure_interval(b.q)
    diff = ib.minus(ia) if sign > 0 else ia.minus(ib)
    head = _head(b.q) - _head(a.q) if sign > 0 else _head(a.q) - _head(b.q)
    said = figure_interval(n.q)
    formula = f"{b.q.text} − {a.q.text}" if sign > 0 else f"{a.q.text} − {b.q.text}"
    line = f"{formula} = {num(head)} points ({num(diff.low)}–{num(diff.high)} given the rounding); the text says {n.q.text}"
    if n.q.unit == "%p":
        ok = meets(diff.widen(tol), said)
        return Found("difference", n, (a, b), line, "holds" if ok else "fails", f"{a.q.text} → {b.q.text} is {line}")
    # "40%에서 50%로 25% 증가": a relative change of a percentage holds; the points written as "%" do not
    if _head(a.q) <= 0:
        return Found("difference", n, (a, b), line, "fails" if not meets(diff.widen(tol), said) else "holds", line)
    rel = ib.over(ia)
    rel = rel.shift(-1) if sign > 0 else _one_minus(rel)
    if meets(rel.widen(tol), said.scale(Fraction(1, 100))):
        hr = _head(b.q) / _head(a.q)
        line = f"{b.q.text} / {a.q.text} − 1 = {pct(hr - 1 if sign > 0 else 1 - hr)} ({pct_range(rel)} given the rounding); the text says {n.q.text}"
        return Found("growth", n, (a, b), line, "holds", line)
    if meets(diff.widen(tol), said):
        line += f" — a change of percentage points written as a percentage (write {num(head)}%p, or {pct(_mid(rel))})"
    return Found("difference", n, (a, b), line, "fails", f"{a.q.text} → {b.q.text} is {line}")


def _cagr(a: Figure, b: Figure, n: Figure, sign: Direction, tol: Fraction, max_years: int, span: Period | None = None) -> Found:
    if a.year is not None and b.year is not None:
        span = Period(b.year - a.year, f"{a.year}–{b.year}")
    if span is None or not 1 <= span.years <= max_years:
        why = "no year written with both endpoints" if span is None else f"a period of {span.years} years"
        line = f"{n.q.text} a year from {a.q.text} to {b.q.text}: {why}, so the compounding cannot be recomputed"
        return _unchecked("cagr", n, (a, b), line, why)
    years = span.years
    ia, ib = figure_interval(a.q), figure_interval(b.q)
    ratio = ib.over(ia).widen(tol)
    said = figure_interval(n.q).scale(Fraction(1, 100))
    factor = (said.shift(1) if sign > 0 else _one_minus(said))
    compounded = factor.power(years)
    ok = meets(ratio, compounded) if compounded.low is not None else True
    head = float(_head(b.q) / _head(a.q))
    rate = (head ** (1 / years) - 1) if head > 0 else float("nan")
    lo = _root(ratio.low, years)
    hi = _root(ratio.high, years)
    shown = f"{lo * 100:.3g}%–{hi * 100:.3g}%" if lo is not None and hi is not None else "?"
    material = ok and not _approx(a, b) and factor_material(Fraction(head).limit_denominator(10**9) if head > 0 else Fraction(0), compounded)
    line = (f"({b.q.text} / {a.q.text})^(1/{years}) − 1 = {rate * 100:.3g}% a year {span.label} "
            f"({shown} given the rounding); the text says {n.q.text}")
    verdict: Verdict = "holds" if ok and not material else "fails"
    ends = f"{a.q.text} ({a.year}) → {b.q.text} ({b.year})" if a.year and b.year else f"{a.q.text} → {b.q.text} ({span.label})"
    return Found("cagr", n, (a, b), line, verdict, f"{ends}: {line}")


@dataclass(frozen=True)
class Period:
    """How many years a yearly rate compounds over, and how the text says it ("2019–2024", "5 years")."""

    years: int
    label: str


# The period a sentence states when its figures carry no year: "2015~2020년", "2018년부터 2022년까지"
# (years stay text: they are labels), "between 2019 and 2024" (read as a range of numbers), "지난 5년간",
# "over five years" (a duration).
_YEAR_SPAN = re.compile(
    r"((?:19|20)\d{2})\s*년?\s*(?:부터|~|∼|〜|～|-|–)\s*((?:19|20)\d{2})\s*년|\b(?:between|from)\s+((?:19|20)\d{2})\s+(?:and|to|through)\s+((?:19|20)\d{2})\b",
    re.I,
)
_DURATION_AFTER = re.compile(r"\s*(?:간|동안|새|사이|만에)")
_DURATION_BEFORE = re.compile(r"\b(?:over|in|during|within|across)\s+(?:the\s+)?(?:past\s+|last\s+|next\s+|first\s+)?$|(?:지난|최근|향후)\s*$", re.I)
_HORIZON = re.compile(r"((?:19|20)\d{2})\s*년\s*(?:까지|께)|\b(?:by|through|until)\s+((?:19|20)\d{2})\b", re.I)


def period(p: Paragraph, f: Figure) -> Period | None:
    """The one period the sentence of ``f`` states, if it states exactly one."""
    s0, s1 = _sentence_span(p, f)
    text = p.masked.text
    found: list[Period] = []
    for m in _YEAR_SPAN.finditer(text, s0, s1):
        y0, y1 = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
        found.append(Period(y1 - y0, f"{y0}–{y1}"))
    for g in p.sentence_of(f.sentence):
        q = g.q
        if q.bound == "range" and q.kind == "number" and q.unit is None and _year(q.low) and _year(q.high):
            assert q.low is not None and q.high is not None
            found.append(Period(int(q.high - q.low), f"{int(q.low)}–{int(q.high)}"))  # "Between 2019 and 2024"
        elif q.unit == "year" and q.value is not None and q.value.denominator == 1 and (
            q.bound is None or q.bound == "min" and q.text.lower().startswith("over ")  # "over five years": across them
        ) and (_DURATION_AFTER.match(text, g.end) or _DURATION_BEFORE.search(text[max(0, g.start - 24) : g.start])
               or q.text.lower().startswith("over ")):
            found.append(Period(int(q.value), f"over {int(q.value)} years"))
    return found[0] if len(found) == 1 else None


def _year(x: Fraction | None) -> bool:
    return x is not None and x.denominator == 1 and 1900 <= x <= 2100


def _horizon(p: Paragraph, f: Figure) -> int | None:
    """The last year a clause looks ahead to ("2030년까지", "by 2030")."""
    c0, c1 = clause_span(p, f)
    years = [int(m.group(1) or m.group(2)) for m in _HORIZON.finditer(p.masked.text, c0, c1)]
    return max(years) if years else None


def _root(x: Fraction | None, n: int) -> float | None:
    if x is None or x <= 0:
        return None
    return float(math.exp(math.log(float(x)) / n) - 1)


# --- shares ----------------------------------------------------------------------------------------

# "전체(200억 달러)의", and with a bracket of the whole's own between it and 의: "군 인구 61,874명(2025년 말 기준)의 4.6%"
_OF_BETWEEN_KO = re.compile(r"^\s*\)?\s*(?:\([^()⟦⟧]*\)\s*)?의\s*(?:약\s*|거의\s*|무려\s*|절반\s*이상인\s*)?$")
_OF_AFTER_EN = re.compile(r"^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|a\s+total\s+of\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?$", re.I)
_WHOLE_WORD_KO = re.compile(r"(?:전체|총|전부|모두)\s*(?:의\s*)?(?:약\s*)?$")
# A word before "전체" that names the whole itself ("시장 전체의", "복지 예산 전체의"): a noun, no particle's word
_NOUN_BEFORE_WHOLE_KO = re.compile(r"(?<![⟧\d])[가-힣]+(?<![으로는은이가며고서에도만])\s*$")


def _bare_whole_word(text: str, f: Figure) -> bool:
    """Is the percentage written after a bare "전체의"/"총" ("…4,800억 원으로 전체의 45%"), not after a noun's
    ("전국 지자체 복지 예산 전체의 3%": that noun is its own whole, not a figure before)?"""
    m = _WHOLE_WORD_KO.search(text, max(0, f.start - 10), f.start)
    return m is not None and not _NOUN_BEFORE_WHOLE_KO.search(text, max(0, m.start() - 12), m.start())


_WHOLE_WORD_EN = re.compile(r"^\s+of\s+(?:the\s+)?(?:total|whole|all|them|those|these)\b", re.I)
# ... but a percentage in apposition to a figure ("400 farms — 25% of them organic —", "(25% of the total farmland)")
# whose "of" is that figure itself or names a noun of its own is no share of the figure before
_OWN_WHOLE_EN = re.compile(r"^\s+of\s+(?:them|those|these|(?:the\s+)?(?:total|whole)\s+(?!of\b)[A-Za-z])", re.I)
# ... and "of all"/"of the total" with a noun after it names a whole of its own, maybe another one ("…, of which
# 1,150 tons went to the US, 42% of all Korean gochujang shipments there": not of the 3,300 tons)
_NAMED_WHOLE_EN = re.compile(r"^\s+of\s+(?:the\s+)?(?:all|total|whole)\s+(?!of\b|the\b)[A-Za-z]", re.I)
_ANTECEDENT = re.compile(r"^\s*[^⟦⟧]{0,20}?(?:,\s*(?:of\s+which|of\s+whom|of\s+them|including)\b|\s*(?:중|가운데)(?:에서)?\s)", re.I)
_SURVEY = re.compile(r"응답자|응답한|설문|respondents?|surveyed|polled|those\s+asked", re.I)
# A dash that sets off an apposition: an em or en dash, spaced or not, two hyphens, or one hyphen with a space on each
# side ("310 - about 40 percent -": typed on a keyboard; "300-320", "1,400-25%" are a range and a compound)
_DASH = r"(?:[—–]|--|(?<=\s)-(?=\s))"
# a figure's apposition: "104명(56%)", "5.1 million — 68% —", "310 - about 40 percent -"
_PAREN_OPEN = re.compile(rf"^\s*(?:\(|{_DASH})\s*(?:or\s+)?(?:약\s*|about\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$")  # "540 — or 36% —" too
# the same after a count and its English noun: "5,100 households (68%)", "5,100 households – 68% –"
_NOUN_PAREN_OPEN = re.compile(rf"^(?:\s+(?!of\b)[A-Za-z][\w'’-]*){{0,2}}\s*(?:\(|{_DASH})\s*(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$")
# ... closed by a dash when opened by one hyphen: "310 - 40% - grow rice", never "a score of 310 - 40% of voters"
_HYPHEN_OPEN = re.compile(r"\s-\s")
_DASH_CLOSE = re.compile(rf"\s*(?:{_DASH}|-)")
_OF_AFTER = re.compile(r"\s+of\b", re.I)  # "68% of the over-65s": the percentage names its own whole
# the noun a percentage's own "of" names ("36 percent of all members": members)
_OF_NOUN_EN = re.compile(r"\s+of\s+(?:the\s+|all\s+)*([A-Za-z][\w'’-]*)(?=[\s.,;)]|$)", re.I)
# A sentence opening on a partitive whose whole is the sentence before: "Of those, …", "Among them, …",
# "이 가운데 …", "그중 …", "이들 중 …" — in Korean after the part's topic too: "여성은 그중 4,120명으로"; a press
# release's item mark may open it ("○ 이 가운데 해외 참가자는 …" under "□ … 1만 2,486명이 접수해").
_PARTITIVE_OPENING = re.compile(
    r"^\s*(?:[○□■◆◇▲△▶▷•·*-]\s*)?(?:(?:of|among)\s+(?:those|them|these|whom|this|that|it|(?:the|this|that)\s+(?:total|amount|sum))\s*,"
    r"|(?:(?:[가-힣]{1,12}\s+)?[가-힣]{1,12}(?:은|는)\s+)?(?:이|그|이들|그들)\s*(?:가운데|중)(?:에서)?(?![가-힣]))", re.I)
# A verb of change right after a part's percentage: "29만 7천 명(4.5%) 늘었다", "297,000 (4.5%) more": a rate, no share
_CHANGE_AFTER = re.compile(r"\s*\)?\s*(?:(?:더\s*)?(?:늘|증가|성장|커|확대|불어|상승|올|뛰|줄|감소|하락|떨어|축소|내려)"
                           r"|,?\s*(?:up|down|more|fewer|less|higher|lower|rose|fell|increased|decreased)\b)", re.I)
# The end of a range written as two figures: "300 to 500", "300~500", "between 300 and 500"
_RANGE_END = re.compile(r"⟧\s*(?:to|~|–|-|and)\s*$", re.I)
_IN_PARENS = re.compile(r"⟧\s*\(\s*(?:약\s*|about\s+)?$")
# A coordinated clause with a subject of its own between the part and the percentage: "248,000 are eligible voters —
# and turnout was 61 percent" (the turnout's rate, no share of the residents); "and about 15 percent" is still the part's
_NEW_CLAUSE_EN = re.compile(r"(?:^|[\s,;—–-])(?:and|but|while|whereas|yet)\s+(?!about\b|around\b|roughly\b|some\b|nearly\b"
                            r"|almost\b|or\b|just\b|over\b|only\b)[A-Za-z]", re.I)
# A percentage of the part itself, heading a clause of its own: "96 are foreign, 12 percent of them from Japan"
_SUBSET_EN = re.compile(r"\s+of\s+(?:them|those|these)\s+[A-Za-z]", re.I)
# What closes a percentage set off by a dash: a dash, a punctuation mark, the end, or its own "of"; "96 are foreign —
# 12 percent from Japan" goes on with a phrase of its own (a subset of the part)
# A word pointing back to the part between it and the percentage: the percentage is of the part ("310곳 — 그중 12%는",
# "2만 1천 명으로, 이들의 40%가", "310곳이 쌀을 재배하며, 이 중 40%는")
_KO_BACK_TO_PART = re.compile(r"(?<![가-힣])(?:(?:그|이|이들|그들)\s*(?:중|가운데)(?:에서)?|(?:이들|그들)\s*의)(?![가-힣])")
_DASH_BEFORE = re.compile(rf"{_DASH}\s*(?:or\s+)?(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)
_DASH_APPOSITION_END = re.compile(r"\s*(?:[—–]|-{1,2}|[,.;:)]|$)|\s+of\b")


def share(p: Paragraph, f: Figure, before: Sequence[Figure], survey: Figure | None, tol: Fraction,
          earlier: Sequence[Named] = (), before_text: str = "") -> Found | None:
    text = p.masked.text
    in_parens = bool(_IN_PARENS.search(text, max(0, f.start - 10), f.start))  # "3,267명(78.5%)으로": the part's role
    if f.q.kind != "percent" or f.q.unit != "%" or f.q.value is None or (f.role in ("from", "to") and not (in_parens and earlier)):
        return None
    clause = [g for g in p.in_clause(f) if g.q.kind != "percent" and g.q.kind != "ratio" and g.q.value is not None]
    whole: Figure | None = None
    # "전체(200억 달러)의 60%", "the 2 million's 60%"; "60% of the 2 million"
    for g in clause:
        if g.start < f.start and g.role == "of" and _OF_BETWEEN_KO.match(text[g.end : f.start]):
            whole = g
        elif g.start > f.start and _OF_AFTER_EN.match(text[f.end : g.start]):
            whole = whole or g
    part = _attached(p, f, clause)
    if whole is None:
        among = [g for g in clause if g.role == "among" and g.start < f.start]
        of_en = [g for g in clause if g.role == "of" and g is not part and re.search(r"[A-Za-z]", text[max(0, g.start - 12) : g.start])]
        # "Of that 2,150, about 540 were students, or 36 percent of all student members in the city": a percentage
        # that names a whole of its own after "of" is no share of the partitive's figure ("of them", "of the total",
        # a bare "of all" still point back to it, and so does the noun that figure counts: "Of the 2,150 members, …,
        # or 36 percent of all members")
        named = _OF_NOUN_EN.match(text, f.end)
        own = _OF_AFTER.match(text, f.end) is not None and (not _WHOLE_WORD_EN.match(text[f.end : f.end + 24])
                                                            or _NAMED_WHOLE_EN.match(text[f.end : f.end + 40]) is not None) \
            and not (named is not None and any((g.q.counter or "").lower() == named.group(1).lower() for g in among + of_en)) \
            and not _points_back(p, f, of_en)
        whole = None if own else among[-1] if among else of_en[0] if of_en else None
    if whole is None and (_bare_whole_word(text, f) or _WHOLE_WORD_EN.match(text[f.end : f.end + 24])) \
            and not (part is not None and _OWN_WHOLE_EN.match(text[f.end : f.end + 40])) \
            and not _NAMED_WHOLE_EN.match(text[f.end : f.end + 40]):
        whole = _antecedent(p, f, part, before)
    if whole is None and part is not None and _attached(p, f, clause) is part and not _OF_AFTER.match(text, f.end):
        whole = _partitive_whole(p, part, before, inner=not _CHANGE_AFTER.match(text, f.end))
    if whole is None and part is None:
        named_part, whole = _share_of_the_whole(p, f, before)
        part = named_part if whole is not None else None
    if whole is None and part is None:
        named_part, whole = _share_of_them(p, f, before, before_text)
        part = named_part if whole is not None else None
    if whole is None and part is not None and survey is not None and _SURVEY.search(_clause_text(p, f)):
        whole = survey if survey.dim == part.dim else None
    if whole is None and earlier:
        whole, part = _named_whole(p, f, part, clause, earlier)
    if whole is None:
        whole, part = _noun_whole_ko(p, f, part, clause, before, earlier)
    if whole is None:
        return None
    if part is None:
        cands = [g for g in clause if g is not whole and g.dim == whole.dim and g.role not in ("among",)]
        prior = [g for g in cands if g.start < f.start]
        later = [g for g in cands if g.start > f.start]
        part = prior[-1] if prior else later[0] if later else None
    if part is None or part.dim != whole.dim or part is whole:
        return None
    if part.start < f.start and (_NEW_CLAUSE_EN.search(text, part.end, f.start) or _SUBSET_EN.match(text, f.end)):
        return None  # the percentage of another subject, or of the part's own members: no share of the whole
    if whole.end <= part.start < f.start and _KO_BACK_TO_PART.search(text, part.end, f.start):
        return None  # "1,240곳 중 310곳 — 그중 12%는 …", "2만 1천 명으로, 이들의 40%가": a share of the part itself
    if part.start < f.start and _DASH_BEFORE.search(text, part.end, f.start) and not _DASH_APPOSITION_END.match(text, f.end):
        return None  # "96 are foreign — 12 percent from Japan": a dash opening a phrase of its own, no apposition
    if _RANGE_END.search(text, max(0, part.start - 12), part.start):
        return None  # "Of the 1,240 farms, 300 to 500 - about 30 percent -": the part is a range, not its end
    if _head(part.q) > _head(whole.q) or _head(whole.q) <= 0:
        return None  # a part larger than its whole, or a whole of nothing: not a share of it
    if (whole.index != -1 and whole.sentence < f.sentence or whole.index == -1) and _dated_apart(p, whole, f):
        return None  # "지난해 시 예산은 4조 원이었다. 올해 예산 가운데 …": the whole of another year (in another block too)
    iv = figure_interval(part.q).over(figure_interval(whole.q))
    said = figure_interval(f.q).scale(Fraction(1, 100))
    ok = meets(iv.widen(tol), said)
    head = _head(part.q) / _head(whole.q)
    line = f"{part.q.text} / {whole.q.text} = {pct(head)} ({pct_range(iv)} given the rounding); the text says {f.q.text}"
    return Found("share", f, (whole, part), line, "holds" if ok else "fails", f"{part.q.text} of {whole.q.text}: {line}")


# A share's own whole written as a definite collective noun alone, closing its phrase: "or 38 percent of the
# collection,", "or 41% of the field." — no modifier, possessive, year or "all", and a noun that names the very set
# counted, not a body the counted belong to ("15 percent of the workforce" of 40 engineers hired this year: the whole
# staff, another whole; "36 percent of the city": its residents)
_COLLECTIVES = "collection|field|group|lot|sample|batch|total|whole"
# The share restated after its part, ", or 38 percent": an apposition pointing back ("…, which now accounts for 15
# percent of …" is a clause of its own, with a whole of its own)
_OR_BEFORE = re.compile(r",\s*or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|around\s+)?$", re.I)
_OF_DEFINITE = re.compile(rf"\s+of\s+the\s+(?:{_COLLECTIVES})(?=\s*(?:[,.;:)—–]|$))", re.I)
# A sentence opening on a partitive with its whole: "Of the 128 species, …", "Out of the zoo's 128 species, …"
_PARTITIVE_WHOLE_OPENING = re.compile(r"\s*(?:Of|Out\s+of|Among)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*['’]s\s+)?⟦(\d+)⟧", re.I)


def _points_back(p: Paragraph, f: Figure, of_en: Sequence[Figure]) -> bool:
    """Does a percentage's own "of the <noun>" point back to the partitive opening its sentence ("Of the 128 species,
    41 are listed as endangered, or 38 percent of the collection": the collection is the 128 species, fresh18 A5)?
    Only a bare definite noun does ("…, or 36 percent of all student members in the city", "of the 2021 field",
    "of the world's species" name wholes of their own)."""
    if not of_en or not _OF_DEFINITE.match(p.masked.text, f.end) \
            or not _OR_BEFORE.search(p.masked.text, max(0, f.start - 16), f.start):
        return False
    s0, _ = p.sentences[f.sentence]
    m = _PARTITIVE_WHOLE_OPENING.match(p.masked.text, s0, f.start)
    return m is not None and int(m.group(1)) == of_en[0].index


# The years a sentence dates its figures by: "2025년", "2025", "올해", "지난해"
_YEARS = re.compile(r"(?:19|20)\d{2}|올해|지난해|작년|전년|내년|금년|this\s+year|last\s+year|next\s+year", re.I)


def _dated_apart(p: Paragraph, whole: Figure, f: Figure) -> bool:
    """Does the share's sentence, up to the percentage, name a year the whole's sentence does not ("지난해 시 예산은
    4조 원이었다. 올해 예산 가운데 복지 예산은 … 전체의 38%": this year's whole is not the figure before)?"""
    s0, _ = p.sentences[f.sentence]
    here = {y.lower() for y in _YEARS.findall(p.masked.text, s0, f.start)}
    if whole.index == -1:  # a whole of another block: its sentence read in the document ("지난해 축제에는 관광객 15만
        # 명이 다녀갔다. ¶ 올해 축제 방문객 가운데 …전체의 70%", s20 review)
        return bool(here - {y.lower() for y in _YEARS.findall(_sentence_around(p.masked.block.source, whole.q.span))})
    w0, w1 = p.sentences[whole.sentence]
    return bool(here - {y.lower() for y in _YEARS.findall(p.masked.text, w0, w1)})


def _sentence_around(document: str, span: Span) -> str:
    """The sentence of the document a figure of another block stands in (from a line's start or a full stop)."""
    a = max(document.rfind("\n", 0, span.start), document.rfind(". ", 0, span.start)) + 1
    ends = [i for i in (document.find("\n", span.end), document.find(". ", span.end)) if i != -1]
    return document[a : min(ends) if ends else len(document)]


# "…1,488억 원으로 매출의 12.0%를 차지했다", "…41종 362마리로 전체 개체의 25.0%를 차지한다": the part, 으로, then the
# whole's noun before 의 (after "전체" or alone), and a verb of taking up or amounting to
_NOUN_OF_KO = re.compile(r"\s*(?:으로|로)\s*,?\s*(?:(?P<owner>[가-힣A-Za-z]{2,10})\s+(?=전체\s))?(?:(?P<all>전체)\s+)?"
                         r"(?P<noun>[가-힣]{1,8})\s*의\s*(?:약\s*|거의\s*)?")
_TAKES_UP_KO = re.compile(r"\s*(?:(?:를|을)\s*차지|에\s*(?:해당|이르|달하|불과))")


def _noun_whole_ko(p: Paragraph, f: Figure, part: Figure | None, clause: Sequence[Figure], before: Sequence[Figure],
                   earlier: Sequence[Named]) -> tuple[Figure | None, Figure | None]:
    """A Korean share whose whole is named by a noun before 의 (s19-arith3): "매출은 1조 2,400억 원으로 …. 같은 기간
    연구개발(R&D)비는 1,488억 원으로 매출의 12.0%를 차지했다" (the one value stated earlier with that noun, fresh18),
    "128종 1,450마리의 동물을 보유하고 있다. 이 가운데 멸종위기종은 41종 362마리로 전체 개체의 25.0%를 차지한다"
    ("전체 <noun>" after a partitive: the one figure of the part's measure of the sentence before that is no
    comparison's base — "…1,980대를 판매해 …. 이는 전년(1,520대) 대비 36.2% 증가한 수치다. 이 가운데 수출은 1,240대로
    전체 판매의 62.6%" has none)."""
    text = p.masked.text
    if part is None:
        prior = [g for g in clause if g.end <= f.start and g.q.kind not in ("percent", "ratio") and g.q.value is not None]
        part = prior[-1] if prior else None
    if part is None or part.q.bound is not None or not _TAKES_UP_KO.match(text, f.end):
        return None, part
    m = _NOUN_OF_KO.fullmatch(text, part.end, f.start)
    if m is None:
        return None, part
    if m.group("owner"):
        return _owned_whole_ko(p, m.group("owner"), m.group("noun"), part, earlier), part
    if m.group("all"):
        s0, _ = _sentence_span(p, part)
        if not _PARTITIVE_OPENING.match(text[s0 : part.start]):
            return None, part
        same = [g for g in before if g.q.value is not None and g.q.bound is None and g.dim == part.dim
                and g.q.kind not in ("percent", "ratio") and g.role not in ("than", "from")]
        return (same[0] if len(same) == 1 and (same[0].q.value or 0) > (part.q.value or 0) else None), part
    noun = m.group("noun")
    if noun in ("전체", "전국", "합계", "총"):
        return None, part  # a whole of its own kind ("전국 생산량의"), or the bare whole word's (``_bare_whole_word``)
    whole = one_named(noun, earlier, part, larger_than=part)
    if whole is None or not any(g is whole for g in p.figures) or not _same_owner_period_ko(p, whole, part):
        return None, part  # a whole of another paragraph, owner or period ("경쟁사 벌담전기의 연구개발비는 …")
    return whole, part


# A topic of a clause: "수출은 ", "벌담시는 "
_TOPIC_KO = re.compile(r"([가-힣A-Za-z]{2,})(?:은|는)\s")


def _owned_whole_ko(p: Paragraph, owner: str, noun: str, part: Figure, earlier: Sequence[Named]) -> Figure | None:
    """The whole of "<owner> 전체 <noun>의" (s20-arith4, fresh19 A5): "지난해 수출은 41억 달러로 사상 최대였다. ¶ … 이 회사가
    지난해 올린 수출액은 12억 3천만 달러로, 온해 전체 수출의 35%를 차지한다" — the owner's total of the noun, named in
    full, so the one value stated earlier in the article with that noun (in another paragraph too), larger than the
    part, whose clause names no other owner (a possessor, or a topic other than the noun: "벌담시의 수출은", "벌담시는
    수출이") and every period the part's sentence names up to the part; not a goal ("…전체 수출의 50%를 차지하는 것이
    목표다")."""
    text = p.masked.text
    s0, s1 = _sentence_span(p, part)
    if _GOAL.search(text, s0, s1):
        return None
    whole = one_named(noun, earlier, part, larger_than=part)
    named = next((n for n in earlier if n.figure is whole), None)
    if whole is None or named is None or any(g is whole for g in p.in_sentence(part)):
        return None
    clause = named.clause
    if owner not in clause and owner not in p.masked.block.source[: whole.q.span.start]:
        return None  # the owner is the whole's owner only where it names it or the article has before it (s20 review:
        # "지난해 수출은 4억 1천만 달러 ¶ … 한국 전체 수출의 0.02%": 한국 is named nowhere before — not that whole)
    if any(owner not in m.group(1) for m in _POSSESSOR_KO.finditer(clause)) \
            or any(owner not in t and not t.endswith(noun) for t in _TOPIC_KO.findall(clause)):
        return None
    here = {re.sub(r"\s", "", y) for y in _PERIODS_KO.findall(text, s0, part.start)}
    return whole if here <= {re.sub(r"\s", "", y) for y in _PERIODS_KO.findall(clause)} else None


# The periods a Korean sentence dates its figures by: "2024년", "1분기", "상반기", "연간", "지난해", "올해"
_PERIODS_KO = re.compile(r"(?:19|20)\d{2}년?|[1-4]\s?분기|[상하]반기|연간|월간|올해|지난해|작년|전년|내년|금년|올\s")
# A possessor before the share's subject: "경쟁사 벌담전기의 연구개발비는", "회사의 연간 연구개발비는"
_POSSESSOR_KO = re.compile(r"([가-힣A-Za-z]{2,})의\s")
_SAME_PERIOD_KO = re.compile(r"같은\s?기간|동기")


def _same_owner_period_ko(p: Paragraph, whole: Figure, part: Figure) -> bool:
    """Is a share's whole, named by its noun in an earlier sentence, of the part's owner and period? The part's
    sentence, up to the part, may name no possessor and no period the whole's sentence does not ("같은 기간" is the
    whole's): "소하전자의 지난해 매출은 … 경쟁사 벌담전기의 연구개발비는 900억 원으로 매출의 10.1%" (another owner),
    "올해 1분기 매출은 … 회사의 연간 연구개발비는 … 매출의 12.0%" (another period) are not read."""
    text = p.masked.text
    s0, _ = p.sentences[part.sentence]
    w0, w1 = p.sentences[whole.sentence]
    here, there = text[s0 : part.start], text[w0:w1]
    if any(m.group(1) not in there for m in _POSSESSOR_KO.finditer(here)):
        return False
    periods = {re.sub(r"\s", "", y) for y in _PERIODS_KO.findall(_SAME_PERIOD_KO.sub("", here))}
    return periods <= {re.sub(r"\s", "", y) for y in _PERIODS_KO.findall(there)}


def _named_whole(p: Paragraph, f: Figure, part: Figure | None, clause: Sequence[Figure],
                 earlier: Sequence[Named]) -> tuple[Figure | None, Figure | None]:
    """A whole stated earlier in the article and named here: "환자 가운데 남성이 3,267명(78.5%)" (the noun
    before 가운데), "사회복지 예산이 1조 6,020억 원으로 전체의 42.0%" (the part's own noun, with 전체)."""
    text = p.masked.text
    if part is None:
        prior = [g for g in clause if g.start < f.start and g.role in ("subject", "to", "other")]
        part = prior[-1] if prior else None
    if part is None or part.q.value is None:
        return None, part
    noun = whole_noun(p, part)
    whole = one_named(noun, earlier, part, larger_than=part) if noun is not None else None
    if whole is None and _bare_whole_word(text, f):
        # "방문객 가운데 외지 관광객은 12만 7,400명으로 전체의 80%": the noun before 가운데 names no value, the part's own
        # noun does ("관광객 18만 2,000명이 다녀간", fresh20 A3) — 전체 is the whole of the part's noun
        own = label(p, part)
        whole = one_named(own, earlier, part, larger_than=part) if own is not None else None
    return whole, part


def _attached(p: Paragraph, f: Figure, clause: Sequence[Figure]) -> Figure | None:
    """The count written with the percentage: "56%(104명)", "104명(56%)"."""
    text = p.masked.text
    for g in clause:
        if g.start > f.start and _PAREN_OPEN.match(text[f.end : g.start]) and not _HYPHEN_OPEN.match(text, f.end):
            return g
        if g.end <= f.start and (_PAREN_OPEN.match(text[g.end : f.start]) or g.q.kind == "count" and _NOUN_PAREN_OPEN.match(text[g.end : f.start])):
            if _HYPHEN_OPEN.search(text, g.end, f.start) and not _DASH_CLOSE.match(text, f.end):
                continue  # one hyphen with no dash closing the percentage: a minus or a range, no apposition
            if "(" not in text[g.end : f.start] and not _DASH_APPOSITION_END.match(text, f.end):
                continue  # a dash whose percentage goes on with a phrase of its own ("— 12 percent from Japan")
            return g
    return None


def _antecedent(p: Paragraph, f: Figure, part: Figure | None, before: Sequence[Figure]) -> Figure | None:
    """What "the total"/"전체" refers to: the figure introduced with ", of which", "중", in this sentence or the one before."""
    text = p.masked.text
    for g in p.in_clause(f):
        if g.start < f.start and g is not part and g.q.kind != "percent" and _ANTECEDENT.match(text[g.end : g.end + 30]):
            return g
    same = [g for g in before if part is not None and g.dim == part.dim]
    return same[-1] if len(same) == 1 else None


def _partitive_whole(p: Paragraph, part: Figure, before: Sequence[Figure], inner: bool = False) -> Figure | None:
    """The whole of a part in a sentence opening on a partitive ("Of those, 5.1 million — 68% —", "이 가운데
    510만 명(68%)"): the one figure of the sentence before of the part's measure. A bare number there counts
    what the partitive points back to, so its whole is the one count before it ("More than 8.7 million people.
    Of those, 5.1 million …"). ``inner``: a partitive inside the sentence opens the part's clause, its whole the
    clause before's ("…4,260톤을 수출했는데, 이 중 미국행이 1,150톤(35%)"); not for a rate of change ("…2,804만 명으로,
    이 가운데 60세 이상이 29만 7천 명(4.5%) 늘었다": the part's own growth)."""
    s0, _ = _sentence_span(p, part)
    at = _inner_partitive(p.masked.text, s0, part.start)
    if at is not None:
        return _clause_whole(p, part, s0, at) if inner else None
    if not _PARTITIVE_OPENING.match(p.masked.text[s0 : part.start]):
        return None
    bare = part.q.kind == "number" and part.q.unit is None and part.q.counter is None
    same = [g for g in before if g.q.value is not None and g.q.kind not in ("percent", "ratio")
            and (g.dim == part.dim or bare and g.q.kind == "count")]
    if len(same) > 1:  # "1만 2,486명이 접수해 지난해(9,870명)보다 26.5% 늘었다": a comparison's base is no whole
        same = [g for g in same if g.role not in _OBLIQUE]
    return same[0] if len(same) == 1 else None


# "…4,800억 원으로 전체의 45%": the whole, bare (not "시장 전체의", "전체 판매의"), right after the part's particle;
# "…$24 billion, 30% of the total", "480 billion won went to local firms, or 40% of the total"
_BARE_WHOLE_KO = re.compile(r"\s*(?:으로|로)?\s*,?\s*(?:전체|총액|총계)\s*의\s*(?:약\s*|거의\s*)?")
_PART_GAP_EN = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,5}\s*,\s*(?:or\s+)?(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?")
_OF_THE_WHOLE_EN = re.compile(r"\s+of\s+(?:the\s+)?(?:total|whole)\b(?!\s+(?!of\b)[A-Za-z])", re.I)
# … or a verb of taking a share with no whole word: "287명으로 약 30%를 차지했다", "…, accounting for about 30%"
_PART_KO = re.compile(r"\s*(?:으로|로)\s*,?\s*")
_TAKES_SHARE_KO = re.compile(r"\s*(?:를|을)\s*차지")
_APPOSED_SHARE_EN = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,3}\s*,\s*or\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?")
_PHRASE_CLOSES = re.compile(r"\s*(?:[.,;)—–]|$)")
_TAKES_SHARE_EN = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,5}\s*,\s*(?:accounting\s+for|making\s+up)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?", re.I)


def _share_of_the_whole(p: Paragraph, f: Figure, before: Sequence[Figure]) -> tuple[Figure | None, Figure | None]:
    """A percentage of "the whole" after its part, in a sentence that opens on a partitive ("이 가운데 국내 기자재
    조달액은 4,800억 원으로 전체의 45%", "Of that, semiconductors accounted for $24 billion, 30% of the total",
    "이 가운데 서진 지역 선수는 287명으로 약 30%를 차지했다", "…, accounting for about 30%"):
    the part is the sentence's one figure before it, the whole the sentence before's (:func:`_partitive_whole`)."""
    text = p.masked.text
    s0, _ = _sentence_span(p, f)
    parts = [g for g in p.in_sentence(f) if g.end <= f.start and g.q.kind not in ("percent", "ratio") and g.q.value is not None]
    inner = _inner_partitive(text, s0, f.start)
    if inner is not None:  # "4,260톤을 수출했는데, 이 중 미국행이 ⟦⟧으로": the whole is the clause before's
        parts = [g for g in parts if g.start >= inner]
    if len(parts) > 1 and all(g.dim != parts[-1].dim for g in parts[:-1]):
        # figures of other measures describe the part: "해외 참가자는 18개국 640명으로 전체의 약 5%", "65세 이상이
        # 1,187명으로 전체의 32.0%" — the part is the figure the share's phrase closes
        parts = parts[-1:]
    if len(parts) != 1 or parts[0].q.bound is not None:
        return None, None
    part = parts[0]
    ko = _BARE_WHOLE_KO.fullmatch(text, part.end, f.start) or _PART_KO.fullmatch(text, part.end, f.start) and _TAKES_SHARE_KO.match(text, f.end)
    en = (_PART_GAP_EN.fullmatch(text, part.end, f.start) and _OF_THE_WHOLE_EN.match(text, f.end)
          or _TAKES_SHARE_EN.fullmatch(text, part.end, f.start) and not _OF_AFTER.match(text, f.end))
    # "Of those, season-ticket holders accounted for about 860, or 48 percent": a bare percentage in apposition to
    # the part, closing its phrase, is the part's share of what the partitive points back to (no "of the total" to
    # say so; not "…, 12% more than", "…, 48% of them", and never a whole merely stated before: no partitive, no share)
    apposed = (not (ko or en) and _APPOSED_SHARE_EN.fullmatch(text, part.end, f.start) and _PHRASE_CLOSES.match(text, f.end)
               and not _OF_AFTER.match(text, f.end) and not _CHANGE_AFTER.match(text, f.end))
    if not (ko or en or apposed):
        return None, None
    if inner is not None:
        return part, _clause_whole(p, part, s0, inner)
    if apposed:
        return part, _partitive_whole(p, part, before)
    return part, _partitive_whole(p, part, before) or _total_before(p, part)


# A part counted "of them" with its share in apposition: "Women make up 4,120 of them, or 41% of the field",
# "…4,120 of them (41%)", "…600 of those — 25% of all exhibitors —". The share's own "of" may only point back too
# (them, the total, the whole, "the field", "all entrants": one noun, no year or modifier of its own).
_OF_THEM_PART = re.compile(r"\s+of\s+(?:them|those|these)\s*(?:,\s*(?:or\s+)?|\(\s*|[—–]\s*)"
                           r"(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?", re.I)
# ... or with no "of them", when the share names the counted noun of the count before: "600, or 25% of all exhibitors"
_APPOSED_PART = re.compile(r"(?:\s+[a-z][\w'’-]*)?\s*(?:,\s*(?:or\s+)?|\(\s*|[—–]\s*)(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?")
_OF_ANAPHOR = re.compile(r"\s+of\s+(?:them|those|these|the\s+(?:total|whole)|(?:the|all)\s+([a-z]+))(?![\w'’-]|\s+[a-z(])", re.I)
# A count the sentence before states as an oblique, not as what it is about: "more than twice the 2021 field of 5,900"
_OBLIQUE = ("of", "than", "from", "among")


def _share_of_them(p: Paragraph, f: Figure, before: Sequence[Figure], before_text: str) -> tuple[Figure | None, Figure | None]:
    """A share in apposition to a part counted "of them" (fresh9 A2: "Organisers say 12,486 people have signed up,
    more than twice the 2021 field of 5,900. Women make up 4,120 of them, or 41% of the field" is 4,120 / 12,486 =
    33.0%): "them" is the count the sentence before is about — the one count there that is no oblique (a base
    after "of"/"than"/"from"), or the one whose counted noun the share names ("41% of all exhibitors"; without "of
    them" only that: "Foreign firms numbered 600, or 25% of all exhibitors"). Not read:
    a share with a whole of its own ("41% of the 2021 field", "41% of women"), two counts there with no way to
    choose, a count before the part in its own sentence, a goal or forecast in the sentence before."""
    text = p.masked.text
    parts = [g for g in p.in_sentence(f) if g.end <= f.start and g.q.kind not in ("percent", "ratio")]
    if not parts:
        return None, None
    part = parts[-1]
    them = _OF_THEM_PART.fullmatch(text, part.end, f.start)
    if (not (them or _APPOSED_PART.fullmatch(text, part.end, f.start)) or part.q.value is None
            or part.q.bound is not None or part.q.kind not in ("count", "number") or part.q.unit is not None):
        return None, None
    own = _OF_ANAPHOR.match(text, f.end)
    if own is None and _OF_AFTER.match(text, f.end):
        return None, None  # "41% of the 2021 field", "41% of women finished": a whole of its own
    if len(parts) > 1 or _GOAL.search(before_text):
        return None, None

    def counted(g: Figure) -> bool:
        return (g.q.value is not None and g.q.bound is None and g.q.kind in ("count", "number") and g.q.unit is None
                and not (g.q.kind == "number" and g.q.text.isdigit() and _year(g.q.value))
                and (part.q.counter is None or g.q.counter in (None, part.q.counter)))

    counts = [g for g in before if counted(g)]
    noun = own.group(1).lower() if own is not None and own.group(1) else None
    named = [g for g in counts if noun and g.q.counter and g.q.counter.lower().rstrip("s") == noun.rstrip("s")]
    pool = named or [g for g in counts if g.role not in _OBLIQUE and them]
    if len({g.q.value for g in pool}) != 1:
        return None, None
    return part, pool[-1]


# A partitive opening a clause inside its sentence, after the clause that states the whole: "…수출했는데, 이 중",
# "…심었고, 이 가운데", "…들였으며 그중", "…, of which", "…, of whom"
_INNER_PARTITIVE = re.compile(
    r"(?:[,;]\s*(?:and\s+)?|(?<=[는고며])\s+)(?:(?:이|그|이들|그들)\s*(?:가운데|중)(?:에서)?(?![가-힣])"
    r"|(?:of|among)\s+(?:which|whom|them|these|those)\b\s*,?)", re.I)


def _inner_partitive(text: str, s0: int, end: int) -> int | None:
    """Where the last partitive inside the sentence from ``s0`` up to ``end`` starts, if any: after a figure (the
    whole of its clause); with none before it, "해외 업체는 이 가운데 600곳으로" opens the sentence on its topic."""
    found = [m.start() for m in _INNER_PARTITIVE.finditer(text, s0, end) if "⟦" in text[s0 : m.start()]]
    return found[-1] if found else None


def _clause_whole(p: Paragraph, part: Figure, s0: int, end: int) -> Figure | None:
    """The whole of a part after a partitive inside its sentence: the one figure of the part's measure before the
    partitive in that sentence ("해밀식품은 고추장 4,260톤을 수출했는데, 이 중 미국행이 1,150톤으로"), never the sentence
    before's (a part of a part: "이 중 미국행이 1,150톤이었고, 그중 뉴욕행이 300톤으로" is of the 1,150)."""
    same = [g for g in p.figures if s0 <= g.start and g.end <= end and g.dim == part.dim and g.q.value is not None
            and g.q.kind not in ("percent", "ratio")]
    if len({g.q.value for g in same}) != 1 or same[-1].q.bound is not None:
        return None
    return same[-1]


# The whole named as a total where it is stated: "총사업비는 1조 2천억 원이다", "모두 1,500억 원이 들었다", "The total
# cost was …", "cost 1.2 trillion won in total"
_TOTAL_NAMED = re.compile(r"(?<![가-힣])(?:총|전체|합계|모두)|\b(?:total|overall|combined|altogether|in\s+all)\b", re.I)


def _total_before(p: Paragraph, part: Figure) -> Figure | None:
    """The whole of a part with no partitive before it ("…4,800억 원으로 전체의 45%"): the one figure of the part's
    measure in the sentence before in its paragraph, when that sentence names it as a total ("총사업비는 1조 2천억
    원이다")."""
    if part.sentence == 0:
        return None
    same = [g for g in p.sentence_of(part.sentence - 1) if g.dim == part.dim and g.q.value is not None and g.q.kind not in ("percent", "ratio")]
    if len(same) != 1:
        return None
    s0, s1 = p.sentences[part.sentence - 1]
    c0 = max(s0, same[0].start - 16)
    named = p.masked.text[c0 : same[0].start] + p.masked.text[same[0].end : min(s1, same[0].end + 12)]
    return same[0] if _TOTAL_NAMED.search(named) else None


def _clause_text(p: Paragraph, f: Figure) -> str:
    s0, s1 = _sentence_span(p, f)
    return p.masked.text[s0:s1]


def _sentence_span(p: Paragraph, f: Figure) -> tuple[int, int]:
    for s0, s1 in p.sentences:
        if s0 <= f.start < s1:
            return s0, s1
    return 0, len(p.masked.text)


# --- multiples and fractions ------------------------------------------------------------------------

_BASE_BETWEEN_KO = re.compile(
    r"^\s*(?:안팎|내외|가량|정도|남짓)?\s*\)?\s*(?:(?P<than>보다|대비|에\s?비해)?(?:의)?|(?P<rel>인|이던|였던|이었던|짜리)\s*[가-힣A-Za-z0-9.·\-]{1,12}(?:\s[가-힣A-Za-z0-9.·\-]{1,8})?\s*의)"
    r"\s*(?:약\s*|거의\s*|무려\s*|최대\s*|최소\s*)?$"
)  # "블룸(1760억개)의", "1760억개인 블룸의" (the figure describes the name the multiple is of), "600억개보다"
_BASE_AFTER_EN = re.compile(
    r"^\s*(?:times\s+)?(?:(?:as\s+(?:much|many|large|big|high|fast|long|heavy)\s+as|(?:more|larger|bigger|higher|greater|faster|longer)\s+than"
    r"|that\s+of|the\s+(?:size|number|amount|level|value)\s+of|of|what)\s+)?(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
    r"(?:(?:[A-Za-z][\w'’.-]*\s+){0,3}?"
    # the name the multiple is of, then its figure: "Chinchilla (70 billion)", "BLOOM, which has 176 billion", "Chinchilla, with 70 billion"
    r"|(?:[A-Za-z][\w'’.-]*\s+){0,2}[A-Za-z][\w'’.-]*\s*(?:\(|,\s*(?:which|that)\s+(?:has|had|have|is|was)\s+|,\s*(?:with|at)\s+)"
    r"\s*(?:about\s+|some\s+|roughly\s+)?)$",
    re.I,
)
# A multiple said of a goal or forecast: its subject is not the figure of the sentence before.
_GOAL = re.compile(r"계획|목표|예정|전망|방침|\b(?:aims?|plans?|targets?|intends?|will|expects?|hopes?|goal)\b", re.I)
_MIN_NEAR = re.compile(r"넘|웃돌|상회|초과|이상|more\s+than|over|at\s+least|upwards\s+of", re.I)
_MAX_NEAR = re.compile(r"가까|육박|못\s?미치|미만|밑돌|하회|nearly|almost|close\s+to|less\s+than|under|just\s+short", re.I)
_FRACTION_WORDS = re.compile(r"분의|quarter|third|half|절반|(?:fif|six|seven|eigh|nin|ten|twelf|twentie|hundred|thousand)ths?\b", re.I)
_KO_COMPARATIVE = re.compile(r"^\s*(?:이나|나|가|이)?\s*(?:더\s*)?(?:많|크|높|길|빠르|빨라|비싸|무거|넓|늘|증가|커)")
WORD_MULTIPLES = {"twice": Fraction(2), "double": Fraction(2), "triple": Fraction(3), "thrice": Fraction(3)}
_WORD_MULTIPLE = re.compile(r"\b(?P<w>twice|double|triple|thrice)\b(?!\s*[-‐]?\s*digit)", re.I)


def is_multiple(q: Quantity) -> bool:
    if q.value is None:
        return False
    if q.kind == "ratio":
        return True
    return q.kind == "number" and 0 < q.value < 1 and bool(_FRACTION_WORDS.search(q.text))


def word_multiples(p: Paragraph) -> list[tuple[int, int, Fraction]]:
    """"twice", "double", "triple": multiples written as words the figure reader does not read."""
    text = p.masked.text
    if "e" not in text and "E" not in text:
        return []  # every word ends in "e", which ignoring case matches only "e" and "E": most Korean paragraphs
    # re ignoring case lets "ı" and "İ" stand for "i" ("twıce"): no multiple, not a KeyError
    return [(m.start(), m.end(), WORD_MULTIPLES[w]) for m in _WORD_MULTIPLE.finditer(text)
            if (w := m.group("w").lower()) in WORD_MULTIPLES
            and not (_VERB_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not _BASE_NEXT.match(text, m.end()))
            and (w in ("twice", "thrice") or _DETERMINER_NEXT.match(text, m.end()))]


# "plans to double capacity to 40,000 tonnes", "will triple its output": "double" is a verb there, whose
# object is no base; "close to double the 2020 level" is still a multiple of "the …"
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|did|not)\s+$", re.I)
_BASE_NEXT = re.compile(r"\s+(?:the|that|what|as)\b", re.I)
# "double"/"triple" is a multiple before what it is of ("double the $25 billion", "almost double its 2022 figure",
# "double last year's"), an adjective before a bare noun: "a double room costs $180", "a triple jump of 17 metres"
_DETERMINER_NEXT = re.compile(r"\s+(?:the|that|those|what|as|its|their|his|her|our|last|this|a|an)\b|\s*⟦", re.I)


def multiple(p: Paragraph, f: Figure, before: Sequence[Figure], tol: Fraction) -> Found | None:
    if not is_multiple(f.q):
        return None
    text = p.masked.text
    clause = [g for g in p.in_clause(f) if g.q.kind not in ("percent", "ratio") and g.q.value is not None and g.q.bound != "range"]
    base: Figure | None = None
    than = False
    for g in clause:
        if g.end <= f.start:
            m = _BASE_BETWEEN_KO.match(text[g.end : f.start])
            if m and (m.group("than") or m.group("rel") or g.role == "of"):
                base, than = g, bool(m.group("than"))
    if base is None and re.search(r"[A-Za-z×]", f.q.text):  # "five times the 70 billion", "a quarter of", "4× the"
        year: Figure | None = None
        for g in clause:
            between = text[f.end : g.start]
            if year is not None:  # "twice his 2024 tally of 8": read as "twice his tally of 8"
                between = text[f.end : year.start] + text[year.end : g.start]
            # a word must join them ("4× the", "times that of"): "2960 x 1440" is a screen's resolution
            if g.start > f.end and re.search(r"[A-Za-z]", between) and _BASE_AFTER_EN.match(between):
                if year is None and _year_before_noun(text, g):
                    year = g  # the year says which tally; its figure comes after
                    continue
                base = g
                break
    if base is None:
        return None
    if than and not _KO_COMPARATIVE.match(text[f.end : f.end + 12]):
        return None
    if growth_mark(p, f) is not None and any(g.role in ("from", "to") for g in clause):
        return None  # "A에서 B로 두 배 늘어": a change, read by the growth finder
    cands = [g for g in clause if g is not base and g.dim == base.dim]
    prior = [g for g in cands if g.start < f.start]
    later = [g for g in cands if g.start > f.start]
    subject = prior[-1] if prior else later[0] if later else None
    if subject is None:
        subject = _pronoun_referent(p, f, base)
    if subject is None:
        if any(g.dim == base.dim and g is not base for g in p.in_sentence(f)):
            return None
        c0, c1 = clause_span(p, f)
        if _GOAL.search(text, c0, c1):
            return None  # "…3500억개다. 회사는 다음 모델을 블룸(1760억개)의 세 배로 키울 계획이다": another model's goal
        same = [g for g in before if g.dim == base.dim]
        if len(same) > 1:
            return _unchecked("ratio", f, (base,), f"{f.q.text} of {base.q.text}: the sentence before has {len(same)} figures it could be about", "ambiguous referent")
        subject = same[0] if same else None
    if subject is None or not same_noun(subject, base):
        return None  # "350 billion parameters … four times the data of Chinchilla (1.4 trillion tokens)"
    near = text[max(0, f.start - 14) : f.start] + " " + text[f.end : f.end + 14]
    relation: Relation = "eq"
    if f.q.bound == "min" or _MIN_NEAR.search(near):
        relation = "min"
    elif f.q.bound == "max" or _MAX_NEAR.search(near):
        relation = "max"
    return _ratio(base, subject, f, relation, tol)


# A clause whose subject is a demonstrative: "…6,800가구가 입주할 예정인데, 이는 적정 수요(4,200가구)의 1.6배".
_PRONOUN_SUBJECT = re.compile(r"[\s,]*(?:이는|이것은|이는\s곧|(?:this|that|which)\s+(?:is|was|marks|marked|represents|represented)\b)", re.I)


def _year_before_noun(text: str, g: Figure) -> bool:
    """A year written as a bare four-digit number before a lower-case noun ("his 2024 tally", "the 2023 level"):
    it dates the noun, it is no amount (a count in the thousands is written "2,024 people" in English copy)."""
    return g.q.kind == "number" and _YEAR_DIGITS.fullmatch(g.q.text) is not None \
        and _LOWER_WORD_AFTER.match(text, g.end) is not None


_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _pronoun_referent(p: Paragraph, f: Figure, base: Figure) -> Figure | None:
    """The one figure of the base's measure in the clause before, when the multiple's clause is about "이는"/"this is"."""
    c0, _ = clause_span(p, f)
    if c0 == 0 or not _PRONOUN_SUBJECT.match(p.masked.text, c0):
        return None
    prev = [g for g in p.in_sentence(f) if g.end <= c0 and g.dim == base.dim and g.clause == f.clause - 1 and g.q.value is not None and g.q.bound is None]
    return prev[0] if len(prev) == 1 else None


def _ratio(base: Figure, subject: Figure, f: Figure, relation: Relation, tol: Fraction) -> Found:
    if _head(base.q) <= 0:
        return _undefined("ratio", f, (base, subject), f"{subject.q.text} / {base.q.text}")
    r = figure_interval(subject.q).over(figure_interval(base.q))
    assert f.q.value is not None
    stated = fraction_band(f.q.value) if f.q.value < 1 and f.q.low == f.q.high else figure_interval(f.q)
    if relation != "eq":
        stated = Interval.point(f.q.value)
    r = r.widen(tol)
    if relation == "min":
        ok = r.high is None or stated.low is None or r.high >= stated.low
    elif relation == "max":
        ok = r.low is None or stated.high is None or r.low <= stated.high
    else:
        ok = meets(r, stated)
    head = _head(subject.q) / _head(base.q)
    # "more than twice" carries its bound in its own text: the message does not say it twice
    says = "" if f.q.bound in ("min", "max") else {"eq": "", "min": "more than ", "max": "at most "}[relation]
    band = f"{num(stated.low, 3)}–{num(stated.high, 3)}" if relation == "eq" and stated.low != stated.high else ""
    line = (f"{subject.q.text} / {base.q.text} = {num(head, 3)}× ({num(r.low, 3)}–{num(r.high, 3)}× given the rounding); "
            f"the text says {says}{f.q.text}{f' ({band}×)' if band and f.q.value < 1 else ''}")
    return Found("ratio", f, (base, subject), line, "holds" if ok else "fails", f"{base.q.text} → {subject.q.text}: {line}")


# --- differences -----------------------------------------------------------------------------------

_EN_DIFF_AFTER = re.compile(
    r"^\s+(?:(?P<more>more|higher|larger|bigger|greater|longer|taller|heavier|older|wider|deeper)|(?P<less>less|fewer|lower|smaller|shorter|lighter|younger))\s+than\s+"
    # "than the 60 billion", "than last year's 348,000", and a name with its figure in brackets: "than the Haram depot (7,400)"
    r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:(?:[A-Za-z][\w'’-]*\s+){0,2}?|(?:[A-Za-z][\w'’.-]*\s+){0,2}[A-Za-z][\w'’.-]*\s*\(\s*)$",
    re.I,
)
_KO_DIFF_AFTER = re.compile(
    r"^\s*(?:이|가|나|이나)?\s*(?:더\s*)?(?:(?P<more>많|늘|증가|높|크|길|깊|비싸|무거|넓|불어)|(?P<less>적|줄|감소|낮|작|짧|얕|싸|가볍|좁))"
)


def difference(p: Paragraph, f: Figure, tol: Fraction, before: Sequence[Figure] = (), before_text: str = "") -> Found | None:
    """"N more than B" / "B보다 N 많다": the clause's other figure less the base; with none, the level the sentence
    before states (:func:`earlier_level`: "…412,000 visitors. That is 64,000 more than last year's 348,000")."""
    if f.q.value is None or f.q.kind in ("percent", "ratio") or f.q.bound not in (None, "min"):
        return None
    text = p.masked.text
    dims = level_dims(f)
    clause = [g for g in p.in_clause(f) if g.dim in dims and g.q.value is not None and g.q.bound is None]
    base: Figure | None = None
    more = True
    km: re.Match[str] | None = None
    for g in clause:
        if g.start > f.end:
            m = _EN_DIFF_AFTER.match(text[f.end : g.start])
            if m:
                base, more = g, bool(m.group("more"))
                break
    if base is None:
        km = _KO_DIFF_AFTER.match(text[f.end : f.end + 12])
        prior = [g for g in clause if g.end <= f.start and g.role == "than" and re.fullmatch(r"\s*\)?\s*(?:보다|대비|에\s?비해)\s*(?:약\s*)?", text[g.end : f.start])]
        if km and prior:
            base, more = prior[-1], bool(km.group("more"))
    if base is None:
        return None
    others = [g for g in clause if g is not base]
    before_f = [g for g in others if g.start < min(f.start, base.start)]
    after = [g for g in others if g.start > max(f.start, base.start)]
    subject = before_f[-1] if before_f else after[0] if after else None
    if len(before_f) > 1:
        # "활주로는 길이 2,450m, 폭 45m로, 인근 서하비행장(1,800m)보다 650m 길지만": two levels of one dimension before the
        # base; the one the adjective measures is the one its noun names (길다 → 길이, 높다 → 높이: the stem + 이),
        # else which is compared is not written
        adjective = km.group("more") or km.group("less") if base.start < f.start and km else None
        noun = ("크기" if adjective == "크" else adjective + "이") if adjective else None
        named = [g for g in before_f if noun and re.search(rf"{noun}\s*(?:은|는|이|가|:)?\s*$", text[max(0, g.start - 10):g.start])]
        if len(named) != 1:
            return None
        subject = named[0]
    if subject is None and before_text and f.q.bound is None:
        ends = earlier_level(p, f, before, before_text)
        subject = ends[1] if ends is not None and ends[0] is base else None
    if subject is None:
        return None
    return _difference(base, subject, f, more, tol)


def level_dims(f: Figure) -> set[str]:
    """The measures of the levels a difference ``f`` is taken between: its own, and for a temperature interval
    ("2.0℃ 높았다", "3 degrees warmer": delta_degree_Celsius) the temperature's ("25.7℃로 평년(23.7℃)보다")."""
    unit = f.q.unit or ""
    return {f.dim, unit[len("delta_"):]} if unit.startswith("delta_degree_") else {f.dim}


def _difference(base: Figure, subject: Figure, f: Figure, more: bool, tol: Fraction) -> Found:
    isub, ibase = figure_interval(subject.q), figure_interval(base.q)
    diff = isub.minus(ibase) if more else ibase.minus(isub)
    head = _head(subject.q) - _head(base.q) if more else _head(base.q) - _head(subject.q)
    formula = f"{subject.q.text} − {base.q.text}" if more else f"{base.q.text} − {subject.q.text}"
    if f.q.bound == "min":  # "30㎞ 이상 길다", "more than 30 km longer": some reading of the figures reaches it
        high = diff.widen(tol).high
        ok = high is None or f.q.value is None or high >= f.q.value
        line = f"{formula} = {amount(head, f.q)} ({amount_range(diff, f.q)} given the rounding); the text says at least {f.q.text}"
        return Found("difference", f, (base, subject), line, "holds" if ok else "fails", line)
    said = figure_interval(f.q)
    ok = meets(diff.widen(tol), said)
    line = f"{formula} = {amount(head, f.q)} ({amount_range(diff, f.q)} given the rounding); the text says {f.q.text}"
    if ok and not _approx(subject, base, f) and (amount_material(head, said, max(_head(subject.q), _head(base.q)))
                                                 or difference_material(subject.q, base.q, f.q, head, said, tol)):
        ok, line = False, line + " — only the extremes of the rounding reach it"
    return Found("difference", f, (base, subject), line, "holds" if ok else "fails", line)


# A gap named as such after the two figures it separates: "54,210 votes against 48,900 for the runner-up, a gap of
# 5,310", "by a margin of 5,310", "9만 8,214표를 얻어 … 8만 1,650표 … 1만 6,564표 차로", "12℃ 차이가 났다"
_GAP_BEFORE_EN = re.compile(r"\b(?:a\s+|the\s+)?(?:gap|difference|margin)\s+(?:was\s+|is\s+)?(?:of\s+)?(?:about\s+|some\s+|roughly\s+|just\s+)?$", re.I)
# Korean: "D 차이", or "D 차로" with a verb of winning or trailing ("차로 따돌렸다", "차로 앞섰다"): "왕복 4개 차로" is lanes
_GAP_AFTER_KO = re.compile(r"\s*(?:차이(?:로|를|가|는|다|였|이다|의)?(?![가-힣])"
                           r"|차\s*로\s*(?:따돌|앞서|앞섰|앞선|이기|이겼|이긴|승리|제치|제쳤|꺾|누르|눌렀|뒤지|뒤졌|뒤진|졌|패|당선|낙선))")


# ... unless the gap names terms of its own after it: "a gap of $0.9 billion from last year's trade surplus", "a
# difference of 20,000 riders compared with a year ago" (a change of something else, not the two figures' difference)
_GAP_OWN_TERMS_EN = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:from|since|than|on|compared\s+(?:with|to)|relative\s+to)\b", re.I)


# A gap named before its figure, the figure its complement (s19-arith3, fresh15 ko_regional_handball:7, fresh18 A4):
# "2위 충주 FS(승점 35)와의 격차를 4점으로 벌렸다" (격차 the object, the figure what it became: 으로 + a verb of
# widening, narrowing or keeping), "두 팀의 격차는 6점이다" (the topic, the figure its predicate). Not "격차를 3점에서
# 6점으로" (the figure where the change starts) nor "격차를 2배로" (a multiple: no level of the measure).
_GAP_NAMED_KO = re.compile(r"(?<![가-힣])(?:격차|(?:승점|점수|표)\s?차|차이)\s*(?:를|을|는|가|도)\s*(?:약\s*|다시\s*|더\s*)?$")
_GAP_NAMED_KO_AFTER = re.compile(
    r"\s*(?:(?:으로|로)\s*(?:더\s*|다시\s*|크게\s*)?(?:벌|좁|늘|줄|유지|확대|축소|키|만들|좁혀|벌어|줄어|늘어)"
    r"|(?:이다|였다|이었다|다|로\s*집계)(?![가-힣]))")
# The object the gap is to ("X(⟦⟧)와의 격차", "X와 격차를"): right before its comitative, one of the two levels
_GAP_OBJECT_KO = re.compile(r"(?:와|과)(?:의|는)?\s+(?=[^⟦⟧]*$)")
# Two parties coordinated before the gap, each with its level: "가람(승점 41)과 하람(승점 35)의 격차"
_GAP_PAIR_KO = re.compile(r"⟦(\d+)⟧\s*\)?\s*(?:와|과)\s+[^⟦⟧]{1,20}?⟦(\d+)⟧\s*\)?\s*의\s+(?=[^⟦⟧]*$)")


def _gap_named_ko(text: str, f: Figure) -> bool:
    """Is ``f`` a gap's figure named before it ("격차를 4점으로 벌렸다", "격차는 6점이다")? Not a bare number."""
    return (f.q.kind != "number" or f.q.counter is not None) and _GAP_NAMED_KO.search(text, max(0, f.start - 14), f.start) is not None \
        and _GAP_NAMED_KO_AFTER.match(text, f.end) is not None


def _gap_object_ok(p: Paragraph, f: Figure, levels: Sequence[Figure]) -> bool:
    """A Korean gap named before its figure is between two parties' levels of one measure: the object of its
    comitative ("2위 충주 FS(승점 35)와의 격차를"), right before the particle, must carry one of the two levels (a gap
    to a third party is not theirs: "충주(승점 35)를 꺾고 3위 팀과의 격차를 8점으로 벌렸다"), and a gap with no such
    object is not read."""
    c0, _ = clause_span(p, f)
    pair = _GAP_PAIR_KO.search(p.masked.text, c0, f.start)
    if pair is not None:  # "가람(승점 41)과 하람(승점 35)의 격차는": both parties, each with its level
        return {int(pair.group(1)), int(pair.group(2))} == {g.index for g in levels}
    m = _GAP_OBJECT_KO.search(p.masked.text, c0, f.start)
    if m is None:
        return False  # no party the gap is to: the two figures may be one party's ("승점 3을 보태 승점 41을 만든 …는
        # 격차를 6점으로 벌렸다": a gain and a level, no two levels)
    head = p.masked.text[max(c0, m.start() - 14) : m.start()].rstrip()
    return any(re.search(rf"⟦{g.index}⟧\s*\)?$", head) for g in levels)


def gap(p: Paragraph, f: Figure, tol: Fraction) -> Found | None:
    """"a gap of D" / "D 차이" / "D 차로 따돌렸다" / "격차를 D로 벌렸다" after two figures of its measure in its clause:
    D is their difference, whichever is larger. Not read: a bare number before 차 ("2 차이"), "차로" with no verb of
    winning ("왕복 4개 차로": lanes), three figures or more of the measure, a gap larger than the larger figure, a
    Korean gap to an object that holds neither figure."""
    if f.q.value is None or f.q.kind in ("percent", "ratio") or f.q.bound is not None:
        return None
    text = p.masked.text
    named = _gap_named_ko(text, f)
    ko = named or f.q.kind != "number" and _GAP_AFTER_KO.match(text, f.end) is not None
    if not (ko or _GAP_BEFORE_EN.search(text, max(0, f.start - 40), f.start)):
        return None
    if not ko and _GAP_OWN_TERMS_EN.match(text, f.end):
        return None
    dims = level_dims(f)
    levels = [g for g in p.in_clause(f) if g.end <= f.start and g.dim in dims and g.q.kind not in ("percent", "ratio")]
    if len(levels) != 2 or any(g.q.value is None or g.q.bound is not None for g in levels) or not same_noun(*levels, f):
        return None
    if named and (not _gap_object_ok(p, f, levels) or _GOAL.search(text, *p.sentences[f.sentence])):
        return None  # a gap to a third party, or one hoped for ("격차를 10점으로 벌리는 것이 목표다")
    a, b = sorted(levels, key=lambda g: _head(g.q))
    if f.q.value > _head(b.q) or _head(a.q) < 0:
        return None
    return _difference(a, b, f, True, tol)


# Between a change's figures and the amount it changed by, only words of the change itself: verbs of
# change, particles, "up", "an increase of", "from the" — never another subject ("영업이익이", "as profit").
_CHANGE_GAP_KO = re.compile(
    r"(?:\s|,|\)|\(|으로|로|에서|에|보다|대비|전년|이전|약|무려|모두|총|각각|더|또|[가-힣]*(?:늘|증가|성장|커|확대|불어|상승|올|뛰|줄|감소|하락|떨어|축소|내려)[가-힣]*)*"
)
_CHANGE_GAP_EN = re.compile(
    r"(?:\s|,|\(|\)|—|\b(?:up|down|by|from|to|the|its|their|a|an|of|or|some|about|nearly|roughly|almost|just|net|additional|further"
    r"|increase|decrease|rise|gain|drop|fall|decline|jump|growth|rose|grew|fell|increased|decreased|climbed|jumped|dropped|declined"
    r"|gained|shrank|slid|added)\b)*",
    re.I,
)


def change(p: Paragraph, f: Figure, before: Sequence[Figure], tol: Fraction, before_text: str = "") -> Found | None:
    """An amount a change is stated by, next to the change's figures: "800억개로 이전 세대 600억개에서 300억개
    늘었다", "rose by $20 million from $60 million to $80 million", "80 billion, up 20 billion from the 60 billion";
    or with its base only, the level the sentence before's (:func:`earlier_level`): "…62만 3천여 명으로 집계됐다.
    지난해(55만 2천 명)보다 9만 1천 명 늘어난 것으로", "…412,000 visitors. That is up 64,000 from 348,000"."""
    if f.q.value is None or f.q.kind in ("percent", "ratio") or f.q.bound is not None:
        return None
    if not any(g.role in ("from", "to", "than") and g.clause == f.clause and g.dim == f.dim for g in p.sentence_of(f.sentence)):
        return None  # no change's end of its measure in its clause (a cheap test before the words around it)
    mark = growth_mark(p, f)
    if mark is None or mark.annual:
        return None
    ends = endpoints(p, f, (), False)
    if ends is None and before_text:
        ends = earlier_level(p, f, before, before_text)
    if not isinstance(ends, tuple):
        return None
    a, b = ends
    if a.dim != f.dim or not same_noun(a, b, f):
        return None
    near = min((a, b), key=lambda g: abs(g.start - f.start))
    gap = p.text_between(near, f) if near.start < f.start else p.text_between(f, near)
    if not (_CHANGE_GAP_KO.fullmatch(gap) or _CHANGE_GAP_EN.fullmatch(gap)):
        return None  # "…120억원으로 늘어 영업이익이 5억원 증가": another subject's change
    return _difference(a, b, f, mark.direction > 0, tol)


def same_noun(*figs: Figure) -> bool:
    """Do figures that name what they count name the same thing? English counters are not part of a
    figure's measure ("60 billion transistors" and "8 cores" are both counts), so a statement that
    ties two English counts checks their nouns: "tokens" are not "parameters"."""
    nouns = {_singular(g.q.counter) for g in figs if g.q.counter and g.q.counter.isascii()}
    return len(nouns) <= 1


def _singular(word: str | None) -> str:
    w = (word or "").lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


# --- totals ----------------------------------------------------------------------------------------

_TOTAL_BEFORE = re.compile(
    r"(?:(?<![가-힣])(?:총|모두|합계|합쳐|합하면|도합|통틀어|누적)|\b(?:a\s+total\s+of|in\s+total|totall?ing|combined|altogether|total\s+(?:of|to)|add(?:s|ed)?\s+up\s+to"
    r"|bringing\s+(?:it|the\s+total|its\s+total)\s+to))\s*(?:약\s*|about\s+)?$",
    re.I,
)
_TOTAL_AFTER = re.compile(r"^\s+(?:in\s+total|altogether|in\s+all|combined)\b", re.I)
_LIST_GAP = re.compile(r"^[^⟦⟧.!?;]{0,24}$")
_LIST_SEP = re.compile(r",|와|과|및|·|/|\band\b|\bplus\b", re.I)
_PARTIAL = re.compile(r"(?<![가-힣])등|누적|including|among\s+them", re.I)
_COMPLEMENTS = (("남", "여"), ("남성", "여성"), ("남자", "여자"), ("국내", "해외"), ("지역발생", "해외유입"), ("men", "women"),
                ("male", "female"), ("domestic", "overseas"), ("domestic", "foreign"), ("boys", "girls"))


def total(p: Paragraph, f: Figure, before: Sequence[Figure], tol: Fraction) -> Found | None:
    if f.q.value is None or f.q.kind in ("percent", "ratio") or f.q.bound is not None:
        return None
    text = p.masked.text
    marked = bool(_TOTAL_BEFORE.search(text[max(0, f.start - 24) : f.start]) or _TOTAL_AFTER.match(text[f.end : f.end + 20]))
    clause = p.in_clause(f)
    parts = _increment(p, f, marked, before)
    if not marked and not parts:
        return None
    if not parts:
        parts = _parts_before(text, f, [g for g in clause if g.end <= f.start])
    if len(parts) >= 2:
        head_gap = text[parts[-1].end : f.start]
        list_text = text[max(0, parts[0].start - 12) : f.start]  # "남 ⟦0⟧, 여 ⟦1⟧ 등": the first part's label too
    else:
        parts = _parts_in_parenthesis(text, f, [g for g in clause if g.start > f.end])
        if len(parts) < 2:
            return None
        head_gap = ""
        list_text = text[f.end : parts[-1].end]
    partial = bool(_PARTIAL.search(head_gap)) and not any(
        re.search(a, list_text) and re.search(b, list_text) for a, b in _COMPLEMENTS
    )
    iv = figure_interval(parts[0].q)
    head = _head(parts[0].q)
    for g in parts[1:]:
        iv, head = iv.plus(figure_interval(g.q)), head + _head(g.q)
    said = figure_interval(f.q)
    if partial:  # "서울 10명, 부산 5명 등 총 30명": the listed parts are some of the total
        ok = iv.low is None or said.high is None or iv.low <= said.high
        relation = "at most"
    else:
        ok = meets(iv.widen(tol), said)
        if ok and not _approx(f, *parts) and amount_material(head, said, head):
            ok = False
        relation = ""
    line = (f"{' + '.join(g.q.text for g in parts)} = {amount(head, f.q)} ({amount_range(iv, f.q)} given the rounding); "
            f"the text says {relation + ' ' if relation else ''}{f.q.text}")
    return Found("sum", f, tuple(parts), line, "holds" if ok else "fails", line)


# An amount added to a figure stated before it: "the new chip adds 30 billion, for a total of 80 billion",
# "여기에 200억개를 더해 800억개가 됐다", "another 20 billion, for 80 billion in all".
_INCREMENT_BEFORE = re.compile(
    r"(?:\b(?:adds?|added|adding|plus)\s+(?:another\s+|a\s+further\s+|an?\s+(?:additional|extra)\s+)?|\ban?\s+(?:additional|extra|further)\s+"
    r"|\banother\s+|(?:여기에|추가로)\s*)(?:about\s+|some\s+|약\s*)?$",
    re.I,
)
_INCREMENT_AFTER = re.compile(r"\s+(?:more|extra|additional)\b", re.I)
_ADDED_TO_KO = re.compile(r"\s*(?:을|를)\s*(?:더해|더하면|더하여|추가해|추가하면|추가하여|보태)\s*(?:총\s*|모두\s*|전체\s*)?")


def _increment(p: Paragraph, f: Figure, marked: bool, before: Sequence[Figure]) -> list[Figure]:
    """[base, increment] when ``f`` is a figure stated before plus an amount added to it, else [].

    The base is the last figure of the same measure before the increment in its sentence (across
    clauses: "Its predecessor had 60 billion; the new chip adds 30 billion") or the one of the
    sentence before."""
    text = p.masked.text
    if f.index <= 0 or p.figures[f.index - 1].sentence != f.sentence:
        return []
    inc = p.figures[f.index - 1]  # the figure right before: figures are numbered in text order
    more = _INCREMENT_AFTER.match(text, inc.end, f.start)  # "50 more, bringing the total to 250"
    gap = text[more.end() if more else inc.end : f.start]
    added_ko = bool(_ADDED_TO_KO.fullmatch(gap))
    if not (added_ko or marked and _LIST_GAP.match(gap)):
        return []
    if not (added_ko or more or _INCREMENT_BEFORE.search(text[max(0, inc.start - 30) : inc.start])):
        return []
    if inc.dim != f.dim or inc.q.value is None or inc.q.bound is not None:
        return []
    bases = [g for g in p.sentence_of(f.sentence) if g.end <= inc.start and g.dim == f.dim and g.q.value is not None and g.q.bound is None]
    if not bases:
        bases = [g for g in before if g.dim == f.dim and g.q.value is not None and g.q.bound is None]
    if len(bases) != 1:
        return []  # "12 engineers and 3 designers; it adds 2 more": which figure it adds to is not said
    base = bases[0]
    if not same_noun(base, inc, f) or not _head(f.q) > max(_head(base.q), _head(inc.q)) > 0:
        return []  # "60 billion transistors; adds 8 cores, for a total of 24": not one sum
    return [base, inc]


def _parts_before(text: str, f: Figure, prior: Sequence[Figure]) -> list[Figure]:
    """"남 52명, 여 48명 등 총 110명": the run of figures of the total's kind listed right before it."""
    parts: list[Figure] = []
    nxt = f
    for g in reversed(prior):
        gap = text[g.end : nxt.start]
        if g.dim != f.dim or g.q.value is None or g.q.bound is not None or not _LIST_GAP.match(gap):
            break
        if nxt is not f and not _LIST_SEP.search(gap):
            break
        parts.insert(0, g)
        nxt = g
    return parts


def _parts_in_parenthesis(text: str, f: Figure, later: Sequence[Figure]) -> list[Figure]:
    """"총 110명(남 52명, 여 48명)": the parts listed in the parenthesis right after the total."""
    if not re.match(r"\s*\(", text[f.end : f.end + 3]):
        return []
    close = text.find(")", f.end)
    inside = [g for g in later if close < 0 or g.end <= close]
    if len(inside) < 2 or any(g.dim != f.dim or g.q.value is None or g.q.bound is not None for g in inside):
        return []
    return inside


# --- helpers ---------------------------------------------------------------------------------------


def _head(q: Quantity) -> Fraction:
    """The value as written; a figure with no single value (a bound, a range) by its nearest end."""
    if q.value is not None:
        return q.value
    return q.low if q.low is not None else q.high if q.high is not None else Fraction(0)


def _undefined(form: str, f: Figure, operands: tuple[Figure, ...], formula: str) -> Found:
    """A ratio to nothing ("0원에서 262억원으로 32.1% 성장"): no value to recompute, so unchecked."""
    base = operands[0].q
    line = f"{formula} is undefined: {base.text} is {num(_head(base))}; the text says {f.q.text}"
    return _unchecked(form, f, operands, line, "a ratio to zero or less")


def _approx(*figs: Figure) -> bool:
    return any(g.q.approx for g in figs)


def _one_minus(iv: Interval) -> Interval:
    return Interval(None if iv.high is None else 1 - iv.high, None if iv.low is None else 1 - iv.low)


def _mid(iv: Interval) -> Fraction | None:
    return iv.magnitude


def _unchecked(form: str, f: Figure, operands: tuple[Figure, ...], line: str, reason: str) -> Found:
    return Found(form, f, operands, line, "unchecked", line, reason)


def span_of(found: Found) -> Span:
    """The statement's place: every figure of it that is in this block (not the sentence before's)."""
    qs = [g.q for g in (*found.operands, found.result) if g.index != -1]
    start = min(q.span.start for q in qs)
    end = max(q.span.end for q in qs)
    return Span(start, end)

