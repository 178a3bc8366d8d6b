"""`arithmetic` — growth rates, CAGRs, multiples, shares, differences and totals must follow from the figures stated.

What it does
    Collects the figures of each paragraph — what each measures (its unit or
    counter), its period (the year written next to it) and the role its clause
    gives it (에서/from: where a change starts, 로/to: where it ends, 의/of: the
    whole or the base, 중/가운데: the whole, 보다/than: the base) — and checks
    every stated result against the figures it refers to, in its clause, its
    sentence or the sentence before, in any word order, Korean or English:

    - growth: "100억원에서 120억원으로 20% 늘었다", "rose 12% to $5.6bn from
      $5bn", "from $10 million to $12 million, up 20%", "B로 전년 A보다 25%
      증가", "$12 million, up 20% from $10 million", "Sales of $10.0 million
      grew to $12.0 million, up 20%" (the start is the change's subject);
    - CAGR from endpoints with years: "2019년 20억 달러에서 2024년 80억
      달러로 늘어 연평균 32% 증가", "from $20 billion in 2019 to $80 billion
      in 2024, equal to 32% compound annual growth", "2019년 20억 달러, 2024년
      80억 달러로 … 연평균 성장률은 32%에 이른다"; the period written apart from
      the figures ("Between 2019 and 2024 …, a CAGR of 32%", "지난 5년간");
      and a projection from the last figure with a year: "2025년까지 연 평균
      38.4% 성장해 1840억 달러";
    - shares: "해외 매출 150억 달러는 전체(200억 달러)의 75%", "2 million
      phones, of which 1.2 million went abroad, or 60% of the total", "응답자
      160명 가운데 104명(65%)", "Of the cooperative's 1,240 member farms, 310 -
      about 25 percent -" (any dash), "56%(104명)" of a survey's 160 respondents
      stated earlier in the article; "Of those, 5.1 million — 68% —" (a partitive
      opening the sentence: of the one figure of the sentence before); "Of the
      128 species, 41 are listed as endangered, or 38 percent of the
      collection" (a definite collective noun points back to the partitive);
    - multiples and fractions, subject first or last: "3500억개 … 친칠라(700억개)의
      다섯 배", "700억개의 4배인 2800억개", "3분의 2", "절반", "a quarter of",
      "twice", "4×", "more than three times", a subject in the sentence before
      ("… 900억개다. 이 모델이 블룸(1760억개)의 절반에 이른다"), the base
      named with its figure ("the size of Chinchilla (70 billion)", "BLOOM,
      which has 176 billion", "1760억개인 블룸의 절반"); a multiple written as a
      verb of change, against the change's ends ("nearly tripled to 126
      billion won from 80 billion won", "more than doubled since 2019, when
      they stood at $8.2 million", "100억 원에서 350억 원으로 두 배로 늘었다",
      ``verb_multiples.py``; a planned doubling is a goal, never checked);
    - differences: "80 billion …, 20 billion more than the 60 billion",
      "800억개로 600억개보다 200억개 많다", "600억개에서 200억개 늘었다",
      "40%에서 50%로 10%p 상승", "25.7℃로 평년(23.7℃)보다 2.0℃ 높았다",
      "30㎞ 이상 길다" (a lower bound), "…, a gap of 5,310", "1만 6,564표 차로",
      "(승점 41) … 2위 충주 FS(승점 35)와의 격차를 4점으로 벌렸다"; a base
      named by a noun: "21 wins and 7 losses, 14 more wins than losses",
      "went 21-7, 14 more wins than losses" (``counted_difference.py``);
      a gap or a remainder whose operands are its sentence's and the sentence
      before's two figures of its measure ("…126골을 넣었다. 2위 선수(109골)와는
      19골 차였다", "118 riders … started. Only 96 made it to the finish,
      meaning 29 riders abandoned", "나머지 22명은", ``across.py``);
    - totals: "남 52명, 여 48명 등 총 100명", "총 100명(남 52명, 여 48명)",
      "52 men and 48 women, 100 in total" ("등" or "누적" with parts that are
      not complementary, like 서울/부산, reads as "at least the parts"); an
      amount added to a figure stated before ("had 60 billion; the new chip
      adds 20 billion, for a total of 80 billion").

    Each figure is read with the precision it is written with
    (``precision.py``): half-open rounding of the stated result, whole counts
    as integers ("27명 중 8명(29%)" is 29.6 %: fails), fractions in words as the
    nearest simple fraction, "약/about" widening; a rate, difference or total
    that only the extremes of both figures' rounding reach fails ("from $10
    million to $12 million, up 30%").

    Figures stated before and named (``referents.py``): a change with its base
    only ends at the sentence before's figure when its subject is named there
    ("…112억 달러어치를 수주했다. 수주액은 전년(86억 달러)보다 34.9% 늘었다"), also
    when the subject's head names the measure ("차량 선적 대수는", "the vehicle
    count": 대수 of a figure in 대, count of a count); a
    share's whole named by a noun is the one value stated earlier with that
    noun ("환자 가운데 남성이 3,267명(78.5%)"); a list of shares with no whole
    named ("실외 작업장이 726명(19.6%)으로 가장 많았고, 논밭 496명(15.4%), 길가
    402명(10.9%) 순") is of the one earlier figure its items bear out. Markdown
    tables (``tables.py``): the total row must add up its columns, "합계의 31%"
    under a table is the named row's cell over the total's, and a rate column
    whose header says what it divides (달성률 over the 목표 column, 비중 over the
    total row, growth between two years' columns) is recomputed from each row
    when the other rows bear that relation out.

    A statement recognised but not decidable (a yearly rate without the
    endpoints' years, two figures a multiple could be about) is recorded as
    ``unchecked`` with its reason: the summary line counts it, ``--explain``
    and ``factlint claims --coverage`` list it.

    "6500배 이상" with no stated base is not a statement: nothing is checked.
    Two percentages that merely share a sentence are not a statement either, and
    a rate never reaches across a clause with its own subject ("…늘었고
    영업이익은 10% 증가", "…; costs rose 5%", ", while …").

Why is this bad?
    A growth rate or total that does not follow from the article's own figures
    means one of them was mistyped or copied from another source.

Example
    "198억달러에서 262억달러로 35.4% 성장" — 262/198 − 1 = 32.3% (31.7–32.9%).

Options
    ``tolerance`` (number, default 0): extra relative tolerance on the
    recomputed value (0.01 = 1 %).
    ``forms`` (list, default all): ``growth``, ``difference``, ``cagr``,
    ``ratio``, ``share``, ``sum``.
    ``max_years`` (integer, default 30): longest CAGR horizon checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Callable, Iterator, Literal, Sequence

from ...codec import MessagePack
from ...config.ruleset import Rule
from ...model import Finding, Quantity, Span, Statement
from ...statements import (
    CLOSE, OPEN, Masked, amount, amount_range, failing_finding, num, pct, pct_range, point, stated, term,
    without_null_rounding,
)
from ...tolerance import Interval, dimension, frac
from ..base import Check, Corpus, DocumentView, Focus
from .figures import Figure, Paragraph, clause_of, foreign, paragraph, sentence_of
from .referents import Named, list_share, names
from .tables import Table, rate_cells, table_share, tables, totals
from .precision import amount_material, difference_material, factor_material, figure_interval, meets, ratio_material
from .verb_multiples import multiples_as_verbs
from .across import across
from .counted_difference import counted_difference
from .score_margin import Sentence, score_margin
from .headlines import headline_repeats
from .relations import Found, _one_minus, change, difference, gap, growth, growth_mark, is_multiple, level_change, multiple, share, span_of, total, word_multiples

KIND = "arithmetic"
FORMS = ("growth", "difference", "cagr", "ratio", "share", "sum")
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "tolerance": {"type": "number", "minimum": 0, "description": "Extra relative tolerance on the recomputed value."},
        "forms": {"type": "array", "items": {"enum": list(FORMS)}, "uniqueItems": True},
        "max_years": {"type": "integer", "minimum": 1, "description": "Longest CAGR horizon checked."},
    },
}
DEFAULTS: dict[str, Any] = {"tolerance": 0, "forms": list(FORMS), "max_years": 30}

Relation = Literal["eq", "min", "max"]

_G = r"[^⟦⟧.!?\n]"  # a gap character: no figure, no sentence end
_YEAR_KO = r"(?:(?:19|20)\d{2}\s*년(?:도)?\s*(?:에는?|말|기준|당시)?\s*)"
# the year an English figure is of: "in 2015", "as of 2015", "at the end of 2015", "in fiscal 2015"
_YEAR_EN = r"(?:\s+(?:in|as\s+of|at\s+the\s+end\s+of)\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d{2})"
_UP_KO = r"(?:성장|증가|늘|상승|확대|뛰|급증|급등|올|불어|커|신장)"
_DOWN_KO = r"(?:감소|줄|하락|축소|떨어|급감|급락|내려|낮아|쪼그라)"
_UP_EN = r"(?:increase|rise|jump|gain|growth|up|higher|more|rose|grew|increased|climbed|jumped|surged|gained|expanded)"
_DOWN_EN = r"(?:decline|decrease|drop|fall|down|lower|less|fell|declined|dropped|decreased|shrank|slid)"
# Words allowed between "B로" and the rate ("262억달러로 전년 대비 32.1% 성장"): no clause may end there,
# so "100억원으로 늘었고 영업이익은 10% 증가" is not read as one statement.
_BETWEEN_KO = r"(?:\s*(?:전년\s?(?:동기\s?)?(?:대비|보다|比)|직전\s?(?:연도|해)\s?대비|약|무려|연간|총|모두|각각|,))*\s*"
# A verb's ending before the projected figure ("성장해", "늘어나", "확대돼"), never one that closes a clause ("했고").
_VERB_TAIL = r"(?:(?!고|지만|는데|으나)[가-힣]){0,4}"
# English: at most two words between a figure and its multiple ("600 billion parameters, more than three times").
_WORDS_EN = r"(?:\s+[A-Za-z'’-]+){0,2}"
_PRIOR_KO = r"(?:전년\s?동기|전년|지난해|작년|전분기|전월|직전\s?(?:연도|분기))"
_WORD_RATIO = {"doubled": Fraction(2), "tripled": Fraction(3), "quadrupled": Fraction(4), "halved": Fraction(1, 2),
               "twice": Fraction(2), "double": Fraction(2), "triple": Fraction(3)}

# --- patterns (over a masked block: figures are ⟦i⟧) ----------------------------------

_GROWTH = (
    # 198억달러 규모에서 2019년 262억달러로 32.1% 성장 / 40%에서 50%로 10%p 상승 / A에서 B로 두 배 늘어
    re.compile(
        rf"{term('a')}(?:\s*(?:규모|수준))?\s*에서\s*(?:오는\s*)?{_YEAR_KO}?{term('b')}(?:\s*(?:규모|수준))?\s*(?:으로|로)\s*"
        rf"{_BETWEEN_KO}{term('n')}\s*(?:가량|정도|씩)?\s*(?:의\s*)?(?:(?P<up>{_UP_KO})|(?P<down>{_DOWN_KO}))"
    ),
    # from $19.8 billion in 2018 to $26.2 billion in 2019, up 32.1% / a 32.1% increase / an increase of 32.1%
    re.compile(
        rf"from\s+{term('a')}{_YEAR_EN}?\s+to\s+{term('b')}{_YEAR_EN}?\s*[,(—–]?\s*(?:or\s+|an?\s+)?(?:net\s+)?"
        rf"(?:(?:(?P<up>{_UP_EN})|(?P<down>{_DOWN_EN}))\s+(?:of\s+|by\s+)?{term('n')}"
        rf"|{term('n2')}\s+(?:(?P<up2>{_UP_EN})|(?P<down2>{_DOWN_EN})))",
        re.I,
    ),
    # 매출은 1조원으로 전년(8000억원)보다 25% 늘었다
    re.compile(
        rf"{term('b')}\s*(?:으로|로|을|를)?\s*,?\s*{_PRIOR_KO}\s*\(\s*{term('a')}\s*\)\s*(?:보다|대비|에\s*비해)\s*"
        rf"{term('n')}\s*(?:가량|정도)?\s*(?:(?P<up>{_UP_KO})|(?P<down>{_DOWN_KO}))"
    ),
    # 전년(8000억원) 대비 25% 증가한 1조원
    re.compile(
        rf"{_PRIOR_KO}\s*\(\s*{term('a')}\s*\)\s*(?:보다|대비|에\s*비해)\s*{term('n')}\s*(?:가량|정도)?\s*"
        rf"(?:(?P<up>{_UP_KO})|(?P<down>{_DOWN_KO})){_VERB_TAIL}\s*{term('b')}"
    ),
    # rose 32.1% from A in 2018 to B in 2019
    re.compile(
        rf"(?:(?P<up>rose|grew|increased|climbed|jumped|surged|gained|expanded)|(?P<down>fell|declined|dropped|decreased|shrank|slid))"
        rf"\s+(?:by\s+)?{term('n')},?\s+from\s+{term('a')}{_YEAR_EN}?\s+to\s+{term('b')}",
        re.I,
    ),
    # doubled from A to B
    re.compile(rf"(?P<word>doubled|tripled|quadrupled|halved)\s+from\s+{term('a')}{_YEAR_EN}?\s+to\s+{term('b')}", re.I),
)

# A보다 N% 많은 B / A보다 N%p 높은 B / A보다 N배 많은 B / A 대비 N명 늘어난 B
_COMPARE = re.compile(
    rf"{term('a')}\s*(?:보다|대비|에\s*비해)\s*(?:약\s*)?{term('n')}\s*(?:더\s*)?"
    rf"(?:(?P<up>많은|높은|큰|늘어난|증가한|오른|상승한|긴|빠른|비싼)|(?P<down>적은|낮은|작은|줄어든|감소한|하락한|떨어진|짧은|싼))"
    rf"\s*{_G}{{0,8}}?{term('b')}"
)

_CAGR = (
    re.compile(
        rf"연\s?평균\s*(?:성장률\s*)?(?:\(?\s*CAGR\s*\)?\s*)?(?:은|이|는)?\s*{term('n')}\s*(?:씩|가량|정도|수준)?\s*(?:의|로|으로)?\s*(?:꾸준히\s*|빠르게\s*)?"
        rf"{_UP_KO}{_VERB_TAIL}[\s,]*(?:(?:오는\s*)?(?P<y1>(?:19|20)\d{{2}})\s*년\s*(?:까지|에는?|께|경)?\s*)?(?:(?:약|총|무려)\s*)?{term('c')}"
    ),
    re.compile(
        rf"(?:CAGR|compound\s+annual\s+growth(?:\s+rate)?|(?:average\s+)?annual(?:ized)?\s+(?:average\s+)?growth(?:\s+rate)?)"
        rf"(?:\s*\(CAGR\))?\s*(?:of\s+)?{term('n')}{_G}{{0,30}}?{term('c')}(?:\s+by\s+(?:the\s+end\s+of\s+)?(?P<y1>(?:19|20)\d{{2}}))?",
        re.I,
    ),
    # … is projected to reach $124 billion by 2025, a CAGR of 20%
    re.compile(
        rf"(?:reach|hit|top|grow\s+to|rise\s+to|climb\s+to)\w*\s+{term('c')}\s+by\s+(?P<y1>(?:19|20)\d{{2}}),?\s*"
        rf"(?:an?\s+|at\s+an?\s+|representing\s+an?\s+|with\s+an?\s+)?"
        rf"(?:CAGR|compound\s+annual\s+growth(?:\s+rate)?)(?:\s*\(CAGR\))?\s*(?:of\s+)?{term('n')}",
        re.I,
    ),
    re.compile(
        rf"(?:grow|expand|rise|increase)\w*\s+(?:at\s+|by\s+)?(?:an?\s+)?{term('n')}\s+(?:a\s+year|annually|per\s+year|each\s+year|per\s+annum)"
        rf"{_G}{{0,30}}?{term('c')}(?:\s+by\s+(?:the\s+end\s+of\s+)?(?P<y1>(?:19|20)\d{{2}}))?",
        re.I,
    ),
)
_END_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*년\s*(?:까지|에는?|께|경)\s*$|by\s+((?:19|20)\d{2}),?\s*$", re.I)
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*년(?:도)?\s*(?:에는?|말|기준)?\s*$|in\s+((?:19|20)\d{2}),?\s*$", re.I)
_YEAR_AFTER = re.compile(r"^\s*(?:in|as\s+of)\s+((?:19|20)\d{2})", re.I)

_REL_KO = {
    "min": r"넘어선|넘어서는|넘는|넘은|넘게|웃도는|상회하는|초과하는|이상인|이상의|이상",
    "max": r"가까운|육박하는|못\s?미치는|미만인|밑도는|하회하는|이하인|도\s?안\s?되는",
    "eq": r"달하는|이르는|해당하는|규모인|수준인|수준의|규모의|인|되는|가량인|정도인|에\s?불과한|불과한",
}
_REL_KO_RE = "|".join(f"(?P<{k}>{v})" for k, v in _REL_KO.items())
_RATIO = (
    # 1750억개 파라미터의 3배를 넘어선 6000억개 / A의 절반인 B / A의 두 배에 달하는 B
    re.compile(
        rf"{term('a')}\s*{_G}{{0,12}}?의\s*(?:약\s*)?{term('n')}(?:\s*(?:를|을|가|이|에|로)?\s*(?:규모|수준)?\s*(?:를|을|가|이|에|로)?\s*"
        rf"(?:{_REL_KO_RE}))?\s*{_G}{{0,10}}?{term('b')}"
    ),
    # 6000억개 parameters, more than three times GPT-3's 1750억 / B, or about N times the A
    re.compile(
        rf"{term('b')}{_WORDS_EN}\s*,?\s*(?:or\s+|which\s+is\s+|is\s+|was\s+)?"
        rf"(?:(?P<min>more\s+than|over|at\s+least)|(?P<max>less\s+than|under|nearly|almost)|(?P<eq>about|roughly|some))?\s*"
        rf"(?:{term('n')}|(?P<word>twice|double|triple))\s*(?:times\s+)?"
        rf"(?:the\s+|that\s+of\s+|as\s+(?:much|many|large|big|high)\s+as\s+(?:the\s+)?|(?:more|larger|bigger|higher)\s+than\s+(?:the\s+)?)"
        rf"(?:[A-Za-z0-9'’-]+\s+){{0,2}}?{term('a')}",
        re.I,
    ),
    # revenue of $5 million doubled to $10 million
    re.compile(rf"{term('a')}{_YEAR_EN}?\s+{_G}{{0,12}}?(?P<word>doubled|tripled|quadrupled|halved)\s+to\s+{term('b')}", re.I),
)

_SHARE = (
    re.compile(
        rf"{term('a')}\s*(?:중|가운데)\s*{_G}{{0,15}}?{term('b')}\s*(?:\(\s*(?:전체의\s*)?{term('p')}\s*\)"
        rf"|(?:으로|로|이|가|은|는|이며)?\s*(?:전체의\s*)?{term('p2')}\s*(?:를|을|에|로|가)?\s*(?:차지|달|해당|수준|이다|였|비중))"
    ),
    # "310 of the 1,240 farms (25%)", "…, or 25%", "… — about 25 percent —" (a dash of any kind, a spaced hyphen)
    re.compile(
        rf"{term('b')}\s+(?:out\s+)?of\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?{term('a')}\s*{_G}{{0,25}}?"
        rf"(?:\(\s*{term('p')}\s*\)|,\s*or\s+(?:about\s+|roughly\s+)?{term('p2')}"
        rf"|\s*(?:[—–]|--|(?<=\s)-(?=\s))\s*(?:or\s+)?{term('p3')}\s*(?:[—–]|-{{1,2}}|[,.]))",
        re.I,
    ),
)

_SUM = (
    re.compile(
        rf"(?P<list>{term('x')}(?:{_G}{{0,12}}?(?:와|과|,|및)\s*{_G}{{0,12}}?{OPEN}\d+{CLOSE}){{1,4}})\s*(?:을|를)?\s*(?:모두\s*)?"
        rf"(?:합치면|합쳐|합하면|합해|더하면|합산하면|합산해)\s*(?:총\s*|모두\s*|전체\s*)?{_G}{{0,8}}?{term('c')}"
    ),
    re.compile(
        rf"(?P<list>{term('x')}(?:{_G}{{0,15}}?(?:,|and|plus)\s*{_G}{{0,15}}?{OPEN}\d+{CLOSE}){{1,4}})\s*,?\s*(?:(?:for|with)\s+)?(?:a\s+)?"
        rf"(?:combined|total(?:\s+of)?|together|in\s+total|altogether|all\s+told)\s*,?\s*(?:of\s+|making\s+|totaling\s+|totalling\s+)?{term('c')}",
        re.I,
    ),
)

# Gates: a cheap test every match of the gated pattern passes, tried before the pattern. An English
# pattern that opens with an alternation of words ("rose|grew|…") under IGNORECASE is tried at every
# position of the block (0.16 s per 1,000 generated articles for the "rose 32.1% from A to B" form
# alone); a part of it that opens with a placeholder's literal "⟧" is found at C speed (1 ms).


def _gate(part: str) -> Callable[[str], bool]:
    """Passes a text containing ``part``, a regex every match of the gated pattern contains."""
    search = re.compile(part, re.I).search
    return lambda text: search(text) is not None


def _any_word(*words: str) -> Callable[[str], bool]:
    """Passes a text containing one of ``words`` in any case (words without i, k or s: IGNORECASE
    also matches "ı", "K" and "ſ" to those, and ``str.lower`` does not)."""
    assert not any(c in w for w in words for c in "iks")
    def passes(text: str) -> bool:
        low = text.lower()
        return any(w in low for w in words)

    return passes


_GATES: dict[re.Pattern[str], Callable[[str], bool]] = {
    _GROWTH[4]: _gate(r"⟧,?\s+from\s+⟦"),  # rose {n}, from {a} to {b}
    _GROWTH[5]: _gate(rf"⟧{_YEAR_EN}?\s+to\s+⟦"),  # doubled from {a} to {b}
    _CAGR[1]: _any_word("cagr", "growth"),  # CAGR / compound annual growth / annual growth … {n} … {c}
    _CAGR[2]: _gate(r"⟧\s+by\s+(?:19|20)\d{2}"),  # reach {c} by 2025, a CAGR of {n}
    _CAGR[3]: _gate(r"⟧\s+(?:a\s+year|annually|per\s+year|each\s+year|per\s+annum)"),  # grow {n} a year … {c}
}


@dataclass(frozen=True)
class _Found:
    form: str
    terms: tuple[Quantity, ...]
    line: str
    ok: bool | None  # None: the statement cannot be recomputed (a ratio to 0), "unchecked"
    message: str


Statements = tuple[Statement, ...]


class Arithmetic(Check[Statements]):
    """A document's summary is every arithmetic statement in it, recomputed, with its verdict."""

    kind = KIND
    options_schema = OPTIONS_SCHEMA
    defaults = DEFAULTS
    needs = frozenset({"quantities"})
    scope = "documents"  # a statement and its finding are in one document
    codec = MessagePack(Statements)

    def summarise(self, view: DocumentView, rule: Rule) -> Statements:
        forms = set(rule.options.get("forms", FORMS))
        tol = frac(rule.options.get("tolerance", 0))
        max_years = int(rule.options.get("max_years", 30))
        out: list[Statement] = []
        context = _Context(tables=tables(view.document.text, view.quantities) if "|" in view.document.text else [])
        for masked in view.masked:
            out += _block(masked, rule, forms, tol, max_years, context)
        if "sum" in forms:
            out += _table_totals(view, rule, context.tables)
        out += _table_rates(view, rule, context.tables, forms)
        out += headline_repeats(view.masked, out, view.document.text)
        return tuple(sorted(out, key=lambda s: s.span.start))

    def check(self, corpus: Corpus[Statements], rule: Rule, focus: Focus) -> Iterator[Finding]:
        for s in self.explain(corpus, rule, focus):
            if s.verdict == "fails":
                yield failing_finding(rule, s)

    def explain(self, corpus: Corpus[Statements], rule: Rule, focus: Focus) -> Iterator[Statement]:
        for path, summary in zip(corpus.paths, corpus.summaries()):
            if path in focus:
                yield from summary


@dataclass
class _Context:
    """What a block's statements may refer to in the blocks before it: the figures of the sentence
    right before (when that is the previous block's last) and the last survey size stated."""

    previous: tuple[Figure, ...] = ()
    previous_text: str = ""
    previous_sentence: Sentence | None = None  # the same sentence in its block, for a text read word by word
    previous_block: int = -2
    survey: Figure | None = None
    named: list[Named] = field(default_factory=list)  # figures stated earlier in the article, with their nouns
    tables: list[Table] = field(default_factory=list)  # the document's Markdown tables


def _block(masked: Masked, rule: Rule, forms: set[str], tol: Fraction, max_years: int, context: _Context) -> list[Statement]:
    used: set[frozenset[int]] = set()
    found: list[tuple[int, Statement]] = []
    for family, patterns, handler in _FINDERS:
        if family not in forms and not (family == "growth" and "difference" in forms):
            continue
        for pattern, gate in patterns:
            if gate is not None and not gate(masked.text):
                continue
            for m in pattern.finditer(masked.text):
                ids = frozenset(masked.ids_in(m.group(0)))
                if ids in used:
                    continue
                result = handler(masked, m, tol, rule)
                if result is None or result.form not in forms:
                    continue
                used.add(ids)
                span = masked.span(m)
                text = masked.block.source[span.start : span.end]
                verdict: Literal["holds", "fails", "unchecked"] = (
                    "unchecked" if result.ok is None else "holds" if result.ok else "fails"
                )
                found.append((span.start, Statement(
                    rule.id, KIND, result.form, masked.block.path, span, text, without_null_rounding(result.line), verdict,
                    result.terms, {"message": without_null_rounding(result.message)},
                )))
    taken = {i for ids in used for i in ids}
    p = paragraph(masked)
    if masked.block.index != context.previous_block + 1:
        context.previous, context.previous_text, context.previous_sentence = (), "", None
    if context.survey is not None and context.survey.index != -1:
        context.survey = foreign((context.survey,))[0]  # a survey size stated in an earlier block
    here = names(p, p.figures)  # read once: the statements below and the blocks after refer to them
    for r in _structural(p, taken, forms, tol, max_years, context, here):
        span = span_of(r)
        text = masked.block.source[span.start : span.end]
        data = {"message": without_null_rounding(r.message), **({"reason": r.reason} if r.reason else {})}
        found.append((span.start, Statement(rule.id, KIND, r.form, masked.block.path, span, text, without_null_rounding(r.line),
                                            r.verdict, r.terms, data)))
    last = p.figures[-1].sentence if p.figures else 0
    context.previous = foreign(p.sentence_of(last))
    context.previous_text = p.masked.text[p.sentences[last][0] : p.sentences[last][1]] if last < len(p.sentences) else ""
    context.previous_sentence = Sentence(p.masked, *p.sentences[-1]) if p.sentences else None
    context.named += [Named(n.noun, foreign((n.figure,))[0], n.clause) for n in here]
    context.previous_block = masked.block.index
    found.sort(key=lambda x: x[0])  # document order within a block (statements, not findings)
    return [s for _, s in found]


def _table_totals(view: DocumentView, rule: Rule, found: list[Table]) -> list[Statement]:
    """The total rows of the document's tables against the sums of their columns (:mod:`.tables`)."""
    out = []
    for table in found:
        for t in totals(table):
            out.append(Statement(rule.id, KIND, "sum", view.document.path, t.total.span, t.total.text, t.line,
                                 "holds" if t.ok else "fails", (*t.parts, t.total), {"message": t.line}))
    return out


def _table_rates(view: DocumentView, rule: Rule, found: list[Table], forms: set[str]) -> list[Statement]:
    """The rate columns of the document's tables against their rows' cells (:func:`.tables.rate_cells`)."""
    return [Statement(rule.id, KIND, c.form, view.document.path, c.rate.span, c.rate.text, c.line, "holds" if c.ok else "fails",
                      (c.num, c.den, c.rate), {"message": c.line})
            for table in found for c in rate_cells(table) if c.form in forms]


def _structural(p: Paragraph, taken: set[int], forms: set[str], tol: Fraction, max_years: int, context: _Context,
                here: Sequence[Named]) -> Iterator[Found]:
    """Statements found by the roles of a paragraph's figures (:mod:`.relations`), past those the
    fixed word orders above already read (``taken``: their figures; ``here``: its figures named by
    their nouns, :func:`.referents.names`)."""
    results = sorted([*p.figures, *_word_figures(p)], key=lambda f: f.start)
    surveys = {f.index for f in p.figures if _is_survey(p, f)}
    for f in results:
        if f.index in taken:
            continue
        before = p.sentence_of(f.sentence - 1) if f.sentence > 0 else context.previous
        before_text = p.masked.text[slice(*p.sentences[f.sentence - 1])] if f.sentence > 0 else context.previous_text
        r: Found | None = None
        if f.q.kind == "percent":
            r = level_change(p, f, tol)
            mark = growth_mark(p, f) if r is None else None
            if mark is not None:
                r = growth(p, f, mark, before, tol, max_years, before_text)
            if r is None:
                # the figures named before it, the article's and this paragraph's (built only for a
                # share: the article's list grows with every block)
                earlier = [*context.named, *(n for n in here if n.figure.sentence < f.sentence)]
                r = share(p, f, before, context.survey, tol, earlier, before_text) or _list_share(p, f, earlier)
            if r is None and context.tables:
                r = table_share(p, f, context.tables)
        elif is_multiple(f.q):
            r = multiple(p, f, before, tol)
        else:
            r = (difference(p, f, tol, before, before_text) or change(p, f, before, tol, before_text) or gap(p, f, tol)
                 or total(p, f, before, tol) or across(p, f, tol) or counted_difference(p, f, tol)
                 or score_margin(p, f, tol, context.previous_sentence))
        if f.index in surveys:
            context.survey = f
        if r is None or r.form not in forms:
            continue
        taken.add(f.index)
        yield r
    if "ratio" in forms:  # multiples written as verbs of change: "nearly tripled to B from A", "두 배로 늘었다"
        yield from multiples_as_verbs(p, taken, context.previous, context.previous_text, tol)


def _list_share(p: Paragraph, f: Figure, earlier: Sequence[Named]) -> Found | None:
    """One item of a list of shares of a whole stated earlier (:func:`.referents.list_share`)."""
    found = list_share(p, f, earlier)
    if found is None:
        return None
    part, whole = found.part, found.whole
    iv = figure_interval(part.q).over(figure_interval(whole.q))
    line = (f"{part.q.text} / {whole.q.text} = {pct((part.q.value or Fraction(0)) / (whole.q.value or Fraction(1)))} ({pct_range(iv)} given the "
            f"rounding); the text says {f.q.text} (an item of a list of shares that its other items show to be of {whole.q.text})")
    return Found("share", f, (whole, part), line, "holds" if found.holds else "fails", f"{part.q.text} of {whole.q.text}: {line}")


_SURVEY_BEFORE = re.compile(r"(?:응답자|참가자|참여자|대상자|회원|조사\s?대상)\s*(?:은|는|이|가)?\s*(?:총\s*)?$|\b(?:surveyed|polled|interviewed|asked|survey\s+of|poll\s+of)\s+(?:about\s+|some\s+)?$", re.I)
_SURVEY_AFTER = re.compile(r"^\s*(?:이|가|을|를)?\s*(?:참여|참가|응답|대상으로|설문)|^\s+(?:respondents|[a-z]+\s+(?:were\s+)?(?:surveyed|polled|asked|interviewed))", re.I)


def _is_survey(p: Paragraph, f: Figure) -> bool:
    """The size of a survey ("회원 160명이 참여했다", "surveyed 2,000 adults"): the whole of later shares of respondents."""
    if f.q.kind not in ("count", "number") or f.q.value is None:
        return False
    text = p.masked.text
    return bool(_SURVEY_BEFORE.search(text[max(0, f.start - 20) : f.start]) or _SURVEY_AFTER.match(text[f.end : f.end + 24]))


def _word_figures(p: Paragraph) -> list[Figure]:
    """"twice", "double", "triple" as figures, 2 and 3 read with the rounding of a one-digit number."""
    out = []
    for start, end, value in word_multiples(p):
        a0, a1 = p.masked.absolute(start), p.masked.absolute(end)
        q = Quantity(Span(a0, a1), p.masked.text[start:end], "ratio", value, value - Fraction(1, 2), value + Fraction(1, 2), "x")
        out.append(Figure(-2, q, start, end, sentence_of(p, start), clause_of(p, start), "other", None, "x"))
    return out


# --- helpers --------------------------------------------------------------------------


def _fraction(q: Quantity) -> Interval:
    """A percentage as a fraction: 32.1% → [0.3205, 0.3215]."""
    return figure_interval(q).scale(Fraction(1, 100))


def _same_dim(*qs: Quantity) -> bool:
    dims = {dimension(q) for q in qs}
    return len(dims) == 1 and all(q.kind not in ("ratio",) for q in qs)


def _verdict(want: Interval, said: Interval, relation: Relation, tol: Fraction) -> bool:
    """Does the recomputed ``want`` agree with what the text ``said``?

    ``eq``: the intervals overlap; ``min``: the text says the value is more than ``said``
    ("3배를 넘어선"), so some value of ``want`` must reach it; ``max``: less than ``said``.
    """
    want = want.widen(tol)
    if relation == "min":
        return want.high is None or said.low is None or want.high >= said.low
    if relation == "max":
        return want.low is None or said.high is None or want.low <= said.high
    return meets(want, said)


def _word_ratio(m: re.Match[str]) -> Fraction | None:
    w = m.groupdict().get("word")
    return _WORD_RATIO[w.lower()] if w else None


def _direction(m: re.Match[str]) -> int:
    d = m.groupdict()
    if d.get("down") or d.get("down2"):
        return -1
    return 1


# --- growth, difference, comparison -------------------------------------------------------


def _growth(masked: Masked, m: re.Match[str], tol: Fraction, rule: Rule) -> _Found | None:
    a, b = masked.term(m, "a"), masked.term(m, "b")
    n = masked.term(m, "n") if m.groupdict().get("n") else masked.term(m, "n2") if m.groupdict().get("n2") else None
    if a is None or b is None or not _same_dim(a, b):
        return None
    sa, sb = figure_interval(a), figure_interval(b)
    word = _word_ratio(m)
    if word is not None:
        return _as_ratio(a, b, Interval.point(word), f"“{m.group('word')}”", "eq", tol, accept_plus_one=False)
    if n is None:
        return None
    sign = _direction(m)
    if n.kind == "ratio":
        plus_one = bool(re.search(r"증가|늘|up|more|increase", m.group(0)))
        if n.bound in ("min", "max") and n.value is not None:  # "지난해(4만 명)보다 2배 이상 늘었다": at least 2×
            return _as_ratio(a, b, Interval.point(n.value), n.text, n.bound, tol, accept_plus_one=plus_one, bound_in_text=True)
        return _as_ratio(a, b, figure_interval(n), n.text, "eq", tol, accept_plus_one=plus_one)
    if n.kind == "percent" and n.unit == "%p" or (n.kind == "percent" and a.kind == "percent" and n.unit == "%"):
        if a.kind != "percent":
            return None
        want = sb.minus(sa) if sign > 0 else sa.minus(sb)
        head = point(b).minus(point(a)) if sign > 0 else point(a).minus(point(b))
        ok = _verdict(want, figure_interval(n), "eq", tol)
        formula = f"{b.text} − {a.text}" if sign > 0 else f"{a.text} − {b.text}"
        line = f"{formula} = {num(_mid(head))} points ({num(want.low)}–{num(want.high)} given the rounding); the text says {n.text}"
        if n.unit == "%":  # "40%에서 50%로 25% 증가": a relative change of a percentage
            rel = _relative(sa, sb, sign)
            if _verdict(rel, _fraction(n), "eq", tol):
                head = _relative(point(a), point(b), sign)
                return _Found("growth", (a, b, n), f"{b.text} / {a.text} − 1 = {pct(_mid(head))} ({pct_range(rel)} given the rounding); the text says {n.text}", True, "")
            if ok:  # "26.4%에서 15.3%로 11.1% 감소": points written as a percentage (ko_wikinews_277.txt:5)
                ok = False
                line += f" — a change of percentage points written as a percentage (write {num(_mid(head))}%p; as a percentage it is {pct(_mid(_relative(point(a), point(b), sign)))})"
        return _Found("difference", (a, b, n), line, ok, f"{a.text} → {b.text} is {line}")
    if n.kind == "percent" and n.unit == "%":
        if _zero_base(a):
            return _undefined("growth", (a, b, n), f"{b.text} / {a.text} − 1", n)
        rel = _relative(sa, sb, sign)
        ok = _verdict(rel, _fraction(n), "eq", tol)
        formula = f"{b.text} / {a.text} − 1" if sign > 0 else f"1 − {b.text} / {a.text}"
        line = f"{formula} = {pct(_mid(_relative(point(a), point(b), sign)))} ({pct_range(rel)} given the rounding); the text says {n.text}"
        said = _fraction(n)
        factor = b.value / a.value if a.value and b.value is not None else Fraction(0)
        stated_factor = said.shift(1) if sign > 0 else _one_minus(said)
        if ok and not (a.approx or b.approx) and (factor_material(factor, stated_factor)
                                                  or ratio_material(a, b, factor, stated_factor, tol)):
            ok, line = False, line + " — only the extremes of the rounding reach it"
        return _Found("growth", (a, b, n), line, ok, f"{a.text} → {b.text}: {line}")
    if n.kind == "number" and n.value is not None and 0 < n.value < 1 and _FRACTION_WORD.search(n.text):
        # "from 60,000 to 40,000, a drop of a third", "3분의 1 줄어": a fraction written as words is a change
        # relative to the base, as a percentage is (it was compared with the difference, 20,000 vs 1/3)
        rel = _relative(sa, sb, sign)
        ok = _verdict(rel, figure_interval(n), "eq", tol)
        formula = f"{b.text} / {a.text} − 1" if sign > 0 else f"1 − {b.text} / {a.text}"
        line = f"{formula} = {pct(_mid(_relative(point(a), point(b), sign)))} ({pct_range(rel)} given the rounding); the text says {n.text}"
        return _Found("growth", (a, b, n), line, ok, f"{a.text} → {b.text}: {line}")
    if _same_dim(a, b, n):  # A보다 N명 많은 B: a difference in the same unit
        diff = sb.minus(sa) if sign > 0 else sa.minus(sb)
        head = point(b).minus(point(a)) if sign > 0 else point(a).minus(point(b))
        said = figure_interval(n)
        ok = _verdict(diff, said, "eq", tol)
        formula = f"{b.text} − {a.text}" if sign > 0 else f"{a.text} − {b.text}"
        line = f"{formula} = {amount(_mid(head), n)} ({amount_range(diff, n)} given the rounding); the text says {n.text}"
        written = _mid(head)
        if (ok and written is not None and not (a.approx or b.approx or n.approx)
                and (amount_material(written, said, max(a.value or Fraction(0), b.value or Fraction(0)))
                     or difference_material(a, b, n, written, said, tol))):
            ok, line = False, line + " — only the extremes of the rounding reach it"  # as the structural finder (precision.py)
        return _Found("difference", (a, b, n), line, ok, f"{a.text} → {b.text}: {line}")
    return None


def _zero_base(a: Quantity) -> bool:
    """The base of a ratio is written as 0 or less: B/A has no value ("2018년 0달러에서 2019년 262억달러로
    32.1% 성장" — growth from nothing is not a percentage)."""
    return a.value is not None and a.value <= 0


def _undefined(form: str, terms: tuple[Quantity, ...], formula: str, said: Quantity | None) -> _Found:
    a = terms[0]
    says = f"; the text says {said.text}" if said is not None else ""
    line = f"{formula} is undefined: {a.text} is {num(a.value)}{says}"
    return _Found(form, terms, line, None, line)


# A fraction written in words, not digits ("a third", "half", "two-thirds", "3분의 1", "절반")
_FRACTION_WORD = re.compile(r"(?i)\b(?:half|third|quarter|fifth|tenth)s?\b|분의|절반")


def _relative(sa: Interval, sb: Interval, sign: int) -> Interval:
    """B/A − 1 for a rise, 1 − B/A for a fall (so the stated percentage is compared as written)."""
    r = sb.over(sa)
    return r.shift(-1) if sign > 0 else Interval(None if r.high is None else 1 - r.high, None if r.low is None else 1 - r.low)


def _mid(iv: Interval) -> Fraction | None:
    return iv.magnitude


def _as_ratio(a: Quantity, b: Quantity, n: Interval, shown: str, relation: Relation, tol: Fraction,
              accept_plus_one: bool, bound_in_text: bool = False) -> _Found:
    if _zero_base(a):
        return _undefined("ratio", (a, b), f"{b.text} / {a.text}", None)
    r = figure_interval(b).over(figure_interval(a))
    ok = _verdict(r, n, relation, tol)
    if not ok and accept_plus_one:  # "3배 증가" is read by some writers as "increased by 3×" (→ 4×)
        ok = _verdict(r, n.shift(1), relation, tol)
    says = "" if bound_in_text else {"eq": "", "min": "more than ", "max": "less than "}[relation]
    line = f"{b.text} / {a.text} = {num(_mid(point(b).over(point(a))), 3)}× ({num(r.low, 3)}–{num(r.high, 3)}× given the rounding); the text says {says}{shown}"
    return _Found("ratio", (a, b), line, ok, f"{a.text} → {b.text}: {line}")


# --- CAGR -------------------------------------------------------------------------------------


def _cagr(masked: Masked, m: re.Match[str], tol: Fraction, rule: Rule) -> _Found | None:
    n, c = masked.term(m, "n"), masked.term(m, "c")
    if n is None or c is None or n.kind != "percent" or n.unit != "%":
        return None
    y1 = _end_year(masked, m)
    base = _base(masked, m, c)
    if y1 is None or base is None:
        return None
    b, y0 = base
    years = y1 - y0
    if not 1 <= years <= int(rule.options.get("max_years", 30)):
        return None
    factor = _fraction(n).shift(1).power(years)
    want = figure_interval(b).times(factor)
    ok = _verdict(want, figure_interval(c), "eq", tol)
    head = point(b).times(point(n).scale(Fraction(1, 100)).shift(1).power(years))
    line = (f"{b.text} ({y0}) × (1 + {n.text})^{years} = {amount(_mid(head), c)} ({amount_range(want, c)} given the rounding); "
            f"the text says {c.text} ({y1})")
    return _Found("cagr", (b, n, c), line, ok, f"{n.text} a year from {b.text} in {y0} to {y1}: {line}")


def _end_year(masked: Masked, m: re.Match[str]) -> int | None:
    if m.groupdict().get("y1"):
        return int(m.group("y1"))
    before = _END_YEAR_BEFORE.search(masked.text[max(0, m.start() - 24) : m.start()])
    if before:
        return int(before.group(1) or before.group(2))
    return None


def _base(masked: Masked, m: re.Match[str], c: Quantity) -> tuple[Quantity, int] | None:
    """The last figure before the statement in C's unit that has a year: "2019년 262억달러", "$26.2 billion in 2019"."""
    start = min(int(m.group("n")), int(m.group("c")))
    for i in range(start - 1, -1, -1):
        q = masked.terms[i]
        if dimension(q) != dimension(c) or q.kind == "percent":
            continue
        token = f"{OPEN}{i}{CLOSE}"
        pos = masked.text.find(token)
        before = _YEAR_BEFORE.search(masked.text[max(0, pos - 16) : pos])
        after = _YEAR_AFTER.search(masked.text[pos + len(token) : pos + len(token) + 16])
        year = before.group(1) or before.group(2) if before else after.group(1) if after else None
        return (q, int(year)) if year else None
    return None


# --- multiples, shares, sums ---------------------------------------------------------------------


def _ratio(masked: Masked, m: re.Match[str], tol: Fraction, rule: Rule) -> _Found | None:
    a, b = masked.term(m, "a"), masked.term(m, "b")
    if a is None or b is None or not _same_dim(a, b):
        return None
    d = m.groupdict()
    relation: Relation = "min" if d.get("min") else "max" if d.get("max") else "eq"
    word = _word_ratio(m)
    if word is not None:
        return _as_ratio(a, b, Interval.point(word), f"“{d['word']}”", relation, tol, accept_plus_one=False)
    n = masked.term(m, "n")
    if n is None or n.kind != "ratio" or n.value is None:
        return None
    if not (d.get("min") or d.get("max") or d.get("eq") or n.bound in ("min", "max")):
        return None  # "A의 3배 … B" with no word relating B to it
    if n.bound == "min":
        relation = "min"
    elif n.bound == "max":
        relation = "max"
    # "3배를 넘어선": more than exactly 3×, not more than 2.5× (the rounding of "3")
    shown = Interval.point(n.value) if relation != "eq" else figure_interval(n)
    return _as_ratio(a, b, shown, n.text, relation, tol, accept_plus_one=False, bound_in_text=n.bound is not None)


def _share(masked: Masked, m: re.Match[str], tol: Fraction, rule: Rule) -> _Found | None:
    a, b = masked.term(m, "a"), masked.term(m, "b")
    d = m.groupdict()
    p = masked.term(m, "p") if d.get("p") else masked.term(m, "p2") if d.get("p2") else masked.term(m, "p3") if d.get("p3") else None
    if a is None or b is None or p is None or p.kind != "percent" or p.unit != "%" or not _same_dim(a, b):
        return None
    if _zero_base(a):
        return _undefined("share", (a, b, p), f"{b.text} / {a.text}", p)
    share = figure_interval(b).over(figure_interval(a))
    ok = _verdict(share, _fraction(p), "eq", tol)
    line = f"{b.text} / {a.text} = {pct(_mid(point(b).over(point(a))))} ({pct_range(share)} given the rounding); the text says {p.text}"
    return _Found("share", (a, b, p), line, ok, f"{b.text} of {a.text}: {line}")


def _sum(masked: Masked, m: re.Match[str], tol: Fraction, rule: Rule) -> _Found | None:
    c = masked.term(m, "c")
    listed = [masked.terms[i] for i in masked.ids_in(m.group("list"))]
    parts: list[Quantity] = []
    for q in reversed(listed):  # "the two grants, $3 million and $2 million": the addends are the run next to C
        if c is None or not _same_dim(q, c):
            break
        parts.insert(0, q)
    if c is None or len(parts) < 2 or any(q.kind == "percent" for q in parts):
        return None
    total, head = figure_interval(parts[0]), point(parts[0])
    for q in parts[1:]:
        total, head = total.plus(figure_interval(q)), head.plus(point(q))
    ok = _verdict(total, figure_interval(c), "eq", tol)
    line = f"{' + '.join(q.text for q in parts)} = {amount(_mid(head), c)} ({amount_range(total, c)} given the rounding); the text says {c.text}"
    return _Found("sum", (*parts, c), line, ok, line)


# --- the order statements are looked for in ------------------------------------------------------

Handler = Callable[[Masked, re.Match[str], Fraction, Rule], "_Found | None"]
_FINDERS: tuple[tuple[str, tuple[tuple[re.Pattern[str], Callable[[str], bool] | None], ...], Handler], ...] = tuple(
    (family, tuple((pattern, _GATES.get(pattern)) for pattern in patterns), handler)
    for family, patterns, handler in (
        ("growth", _GROWTH, _growth),
        ("growth", (_COMPARE,), _growth),
        ("cagr", _CAGR, _cagr),
        ("ratio", _RATIO, _ratio),
        ("share", _SHARE, _share),
        ("sum", _SUM, _sum),
    )
)


CHECK = Arithmetic()
