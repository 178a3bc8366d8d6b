"""Values of another period and changes, in the clause of a bound figure (issue #14): "숙박시설 객실 가동률은
78.3%로 7월(81.5%)보다 3.2%p 낮았지만, 2019년 8월(71.0%) 수준은 웃돌았다".

A clause that binds one figure (the anchor: its owner and its measure) often states the same measure at other
times beside it. By structure:

- a figure alone in brackets glued to a period noun (a year, "2019년 8월", a month, 전년, 지난해 같은 기간, 1년 전,
  전 분기, 지난 시즌) is the anchor's measure in that period: the anchor's claim with the period its own, so that
  it is never compared with the anchor's value. 평년 (the climate normal) is no period but a reference: the
  anchor's period, the scope "평년";
- with no level in the clause, a figure in the brackets of the base of a rate read beside the clause's measure
  ("수주액은 전년(86억 달러)보다 34.9% 늘었다": 수주액 증가율 (전년 대비), ``changes.py``) is that measure in the
  base's period (never a percentage: it may be the base of a change in points);
- the figure of a comparison or a verb of change counted from such a period ("전년(1,520대) 대비 36.2% 증가한",
  "7월(81.5%)보다 3.2%p 낮았지만", "평년보다 2.3℃ 높았다") is the change of the anchor's measure: a percentage its
  rate ("증가율"/"감소율" with the base, as ``changes.py`` writes it: "판매 증가율 (전년 대비)"), never the measure
  itself; any other amount (points of a rate, the measure's own unit) is what the measure changed by, no claim
  (the reason ``changes._BY``), as a change by an amount with its base before it already was.

The anchor is the nearest figure before, bound as a level, stated with (으)로 or closing its clause with a
connective ("1만 2,486명이 접수해 지난해(9,870명)보다"), with at most one comma between, in the same kind and
unit (a change in points of a percentage). A sentence that points back ("이는 전년(1,520대) 대비 36.2% 증가한
수치다") or opens with the period itself ("지난해 같은 기간(3,704명)보다는 16.8% 늘었다") takes the anchor
of the sentence before.

English states the other period after the figure: a figure with no noun of its own after the claim and "and" / "up
from" / "down from" ("17.2 million smartphones in the quarter, up from 16.1 million a year earlier", "up from
588,000 in the 2010 census", "up from about 240,000 in the 1990s") is the same measure in the period written after
it (``english_periods``); with none ("14 teams, up from 13") it is no claim.

Not read: a name before the brackets ("서울(605.2㎢)보다": the name's, resolved as any other), a share or a
conversion in brackets (another kind or unit: "1,200명(12%)", "1억 달러(1,300억 원)"), a period written as part
of a longer noun ("2014년 정점(…)", "4년 전 제8회 지방선거(…)"), a change whose base is another thing
("충북 평균(21.4%)보다 4.6%p 낮다": a gap between two, not a change).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..model import Claim, Document, Quantity, Span
from .changes import HOW as RATE_HOW
from .changes import _BY as BY
from .changes import CHANGE as RATE, KO_DOWN, KO_UP, POINTS
from .sentences import Bound, _Unit

OTHER = "other period of the figure before"
NORMAL = "평년"

# A period noun, written right before a bracket or a comparison: "2023년", "2019년 8월", "7월", "전년", "지난해 같은
# 기간", "1년 전", "전 분기", "지난 시즌", "평년"
_PERIOD = (
    r"(?:(?<!\d)(?P<year>(?:19|20)\d\d)\s?년(?:\s?(?P<ym>1[0-2]|0?[1-9])\s?월)?"
    r"|(?<![\d년])(?<![\d년]\s)(?P<month>1[0-2]|0?[1-9])\s?월"
    r"|(?P<back>(?:전년도?|작년|지난해)(?P<part>\s?(?:동기|동월|같은\s?(?:기간|달|시기|분기)))?|(?<!\d)(?P<n>\d{1,2}|한)\s?해?년?\s?전)"
    r"|(?P<normal>평년)"
    r"|(?P<short>전월|전달|지난달|전\s?분기|직전\s?분기|지난\s?분기|(?:\d+|한|두|세)\s?(?:개월|달|분기)\s?전|지난\s?(?:시즌|절기)))"
)
# what may open the period's noun phrase: the clause's start, a blank, a comparison word or a determiner before it
_OPEN = r"(?:(?<=[\s(,'\"‘“])|^)"
_BRACKET = re.compile(_OPEN + _PERIOD + r"\s?\($")
_BASE = re.compile(_OPEN + _PERIOD + r"\s?(?:\([^()]*\))?\s?(?:보다|대비|에\s?비해|에\s?비하여)(?:는|도)?\s*$")
# the anchor closes what it states: "1,146명으로", "62.3%로", "1만 2,486명이 접수해", "3만 2,000여 명이 감염돼"
_STATED = re.compile(r"\s?으?로(?![가-힣])|(?:이|가)?\s[가-힣]{1,4}(?:해|돼|되어|하여|하며|되며)\s")
# a sentence pointing back to the one before: "이는 …", "이것은 …"
_POINTS_BACK = re.compile(r"\s*(?:이는|이것은|이는\s?곧)\s")
# the verb or comparative after a change figure, and its direction
_UP = re.compile(r"\s*(?:가량|정도|가까이|넘게|이상|안팎)?\s*(?:증가|늘|상승|급증|성장|확대|뛰|올랐|오른|올라|높|많|길|웃돌|커|크|인상)")
_DOWN = re.compile(r"\s*(?:가량|정도|가까이|넘게|이상|안팎)?\s*(?:감소|줄|하락|급감|축소|떨어|내렸|내린|내려|낮|적|짧|밑돌|작|인하)")


def fits_as(claim: Claim, q: Quantity) -> bool:
    """Whether a figure can state the claim's attribute: the same dimension (a count for a count)."""
    mine = claim.quantity
    plain = {"number", "count"}
    return q.unit == mine.unit and (q.kind == mine.kind or {q.kind, mine.kind} <= plain)


def levels_of(bounds: Sequence[Bound]) -> list[Bound]:
    """The figures of a sentence bound as levels: what a later figure of another period may be the same measure of."""
    return [b for b in bounds if b.claim is not None and b.claim.how not in (OTHER, RATE_HOW) and not b.claim.goal]


_OPENS_WITH_BASE = re.compile(r"\s*" + _PERIOD + r"\s?(?:\([^()]*\))?\s?(?:보다|대비|에\s?비해)")


def carried(sentence: str) -> bool:
    """Whether a sentence takes its anchor from the sentence before: it points back ("이는 …") or opens with the
    period it compares with ("지난해 같은 기간(3,704명)보다는 16.8% 늘었다")."""
    if _POINTS_BACK.match(sentence):
        return True
    return _OPENS_WITH_BASE.match(sentence) is not None


def other_periods(doc: Document, text: str, base: int, units: Sequence[_Unit], bounds: Sequence[Bound],
                  before: Sequence[Bound] = ()) -> list[Bound]:
    """The bounds of one sentence with each figure in brackets after a period noun made the anchor's claim in that
    period, and each figure of a change counted from a period the anchor's change. ``before``: the anchors of the
    sentence before, for a sentence that points back to it."""
    out = list(bounds)
    for i, u in enumerate(units):
        at = u.span.start - base
        bracket = _BRACKET.search(text, max(0, at - 30), at)
        if bracket is not None and u.alt is None and text.startswith(")", u.span.end - base):
            found = _anchor(text, base, out[:i], u.q, bracket.start(), before) or _rated(text, base, u, out[i + 1 :])
            if found is not None:
                claim = _in_period(doc, found, bracket, u)
                out[i] = Bound(u.q, claim, "", claim.attribute)
            continue
        own = out[i].claim
        if own is not None and own.how == RATE_HOW:
            continue  # a rate beside its level, read already (changes.py)
        based = _BASE.search(text, max(0, at - 60), at)
        if based is None:
            continue
        after = text[u.span.end - base :]
        up, down = _UP.match(after), _DOWN.match(after)
        if up is None and down is None:
            continue
        q = u.q
        points = POINTS.search(q.text) is not None
        rate = q.kind == "percent" and not points
        found = _anchor(text, base, out[:i], q, based.start(), before, change=True)
        if found is None:
            continue
        written = " ".join(re.sub(r"\s?\([^()]*\)", "", based.group()).split())
        written = re.sub(r"(?:보다|대비|에\s?비해|에\s?비하여)(?:는|도)?$", "", written).strip() + " 대비"
        if not rate:
            out[i] = Bound(q, None, BY)  # "3.2%p 낮았지만", "8명 늘었다": the amount it changed by, no level (changes.py)
            continue
        claim = replace(found, attribute=f"{found.attribute} {KO_UP if up is not None else KO_DOWN} ({written})", quantity=q,
                        span=u.span, alternate=u.alt, how=RATE_HOW, reference=None, compared_to=None)
        out[i] = Bound(q, claim, "", claim.attribute)
    return out


def _anchor(text: str, base: int, earlier: Sequence[Bound], q: Quantity, start: int, before: Sequence[Bound],
            change: bool = False) -> Claim | None:
    """The claim a figure of another period (its period noun at ``start``) or a change is of: the nearest level
    before it in the sentence, stated right before the period with at most one comma between (the figures between
    resolved as the same measure's), else, with no level in the sentence, the last level of the sentence before."""
    for b in reversed(earlier):
        c = b.claim
        if c is not None and c.how in (OTHER, RATE_HOW) or c is None and b.reason == BY:
            continue  # "7월(81.5%)보다 3.2%p 낮았지만, 2019년 8월(71.0%)": the anchor's own other periods and changes
        if c is None or c.goal or not _fits(c, q, change):
            return None
        end = c.span.end - base
        if not _STATED.match(text, end):
            return None
        between = re.sub(r"\([^()]*\)", "", text[end:start])
        return c if between.count(",") <= 1 and ";" not in between else None
    if earlier and any(b.claim is not None and b.claim.how not in (OTHER, RATE_HOW) for b in earlier):
        return None
    levels = [b.claim for b in before if b.claim is not None and _fits(b.claim, q, change)]
    return levels[-1] if levels and before and before[-1].claim is levels[-1] else None


# what stands between a base's bracket and the rate counted from it: "전년(86억 달러)보다 34.9%"
_TO_RATE = re.compile(r"\)\s?(?:보다|대비|에\s?비해|에\s?비하여)(?:는|도)?\s*(?:약\s?)?")


def _rated(text: str, base: int, u: _Unit, after: Sequence[Bound]) -> Claim | None:
    """The level's claim for a figure in the brackets of a base whose rate of change comes right after it, when the
    clause states no level ("수주액은 전년(86억 달러)보다 34.9% 늘었다": the rate is 수주액's, read by ``changes.py``;
    the bracket is 수주액 in 전년). Not a percentage: "고용률은 전년(61.7%)보다 0.6% 올랐다" may be points."""
    if u.q.kind == "percent" or not after or after[0].claim is None or after[0].claim.how != RATE_HOW:
        return None
    rate = after[0].claim
    stem = RATE.match(rate.attribute)
    if stem is None or not _TO_RATE.fullmatch(text, u.span.end - base, rate.span.start - base):
        return None
    return replace(rate, attribute=stem.group("stem"), scope=rate.scope)


def _fits(c: Claim, q: Quantity, change: bool) -> bool:
    """A figure of the anchor's measure in another period: its kind and unit. A change: a percentage of a level
    (its rate), points of a percentage, or an amount in the level's own unit; a bare percentage of a percentage
    ("25.7%로 전 분기(19.8%)보다 5.9% 높아졌다": points or a rate?) is neither."""
    points = POINTS.search(q.text) is not None
    if not change:
        return not points and fits_as(c, q)
    if c.quantity.kind == "percent":
        return points
    # (a difference of temperatures is in degrees of difference: "평년보다 1.9℃ 높았다")
    return q.kind == "percent" and not points or fits_as(c, q) or q.unit == f"delta_{c.quantity.unit}"


def _in_period(doc: Document, anchor: Claim, p: re.Match[str], u: _Unit) -> Claim:
    """The anchor's claim for the figure in brackets, in the period its noun names (평년: the anchor's, scope 평년).
    A year is counted back only from a year the anchor states ("2024년 … 전년(…)": 2023) or, for 지난해/작년, from
    the article's date; a month, a quarter or a season before, or a year before an anchor of no stated year, is a
    label of this document's own ("전 분기 · t.txt"), which never meets another article's figure: two
    reports of different quarters both write "전 분기"."""
    stated = anchor.period if anchor.period is not None and anchor.period.isdigit() else None
    written = " ".join(p.group().rstrip("( ").split())
    part = " ".join(p.group("part").split()) if p.group("part") else None
    scope = anchor.scope
    period: str | None
    if p.group("normal"):
        period, scope = anchor.period, NORMAL if scope is None else f"{scope}, {NORMAL}"
    elif p.group("year"):
        period = p.group("year") + (f"-{int(p.group('ym')):02d}" if p.group("ym") else "")
    elif p.group("back") and p.group("back").startswith(("작년", "지난해")) and doc.date is not None:
        period = str(doc.date.year - 1) + (f" ({part})" if part else "")
    elif p.group("back") and stated is not None:
        n = p.group("n")
        period = str(int(stated) - (1 if n in (None, "한") else int(n))) + (f" ({part})" if part else "")
    else:
        period = f"{written} · {doc.path}"
    return replace(anchor, quantity=u.q, span=u.span, period=period, scope=scope, alternate=None, how=OTHER,
                   revision=False, goal=False, reference=None)


# "15.3 million passengers in 2025 and about 15.7 million in 2019", "$11.8 billion in 2025, up from $8.6 billion a
# year earlier", "17.2 million smartphones in the quarter, up from 16.1 million a year earlier": what stands between
# the two figures (the first one's noun and time; after "and" only a noun and a year), and the other period
# written after the second (an attribution may stand between them: "746,000 passengers in 2024, according to
# operator X, up from 512,000")
_EN_ACCORDING = r"(?:,\s+according\s+to\s+[^,;()]{1,60})?"
_EN_AND = re.compile(r"(?:\s+(?:[a-z]+|[A-Z]{2,5}))?(?:\s+[a-z]+)?(?:\s+in\s+(?:19|20)\d\d)?" + _EN_ACCORDING + r",?\s+and\s+")
_EN_UP_FROM = re.compile(r"(?:\s+(?:[a-z]+|[A-Z]{2,5}|(?:19|20)\d\d)){0,6}" + _EN_ACCORDING + r",?\s+(?:up|down)\s+from\s+")
_EN_OTHER_PERIOD = re.compile(
    r"(?:\s+(?:[A-Z]{2,5}|[a-z]+s))?\s+(?:in\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)|at\s+the\s+end\s+of\s+(?P<end>(?:19|20)\d\d)\b"
    r"|in\s+the\s+(?P<decade>(?:19|20)\d0s)\b|(?P<n>a|one|two|three)\s+years?\s+(?:earlier|before|(?P<ago>ago))\b"
    r"|(?P<last>last\s+year|(?:in\s+)?the\s+(?:previous|prior)\s+year)\b"
    r"|in\s+the\s+same\s+(?P<part>period|quarter|month)(?:\s+(?:a\s+year\s+earlier|of\s+(?:the\s+previous|last)\s+year|last\s+year))?\b)")
_EN_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3}


def english_periods(text: str, base: int, units: Sequence[_Unit], bounds: Sequence[Bound]) -> list[Bound]:
    """A figure with no noun of its own after a claim and "and" / "up from" / "down from", in its kind and unit,
    followed by another period ("… in 2025 and about 15.7 million in 2019", "…, up from $8.6 billion a year
    earlier", "up from 588,000 in the 2010 census", "up from about 240,000 in the 1990s", "up from 21 in the same
    period") is the same entity's same measure in that period (never compared with the current value)."""
    out = list(bounds)
    for i in range(1, len(units)):
        # the claim before, past figures that are none ("in the first half")
        j = next((k for k in range(i - 1, -1, -1) if out[k].claim is not None), None)
        u, prev = units[i], out[j].claim if j is not None else None
        if prev is None or out[i].claim is not None or not out[i].reason.startswith("no attribute") or not fits_as(prev, u.q):
            continue
        start, end = prev.span.end - base, u.span.start - base
        if not (_EN_AND.fullmatch(text, start, end) or _EN_UP_FROM.fullmatch(text, start, end)):
            continue
        p = _EN_OTHER_PERIOD.match(text, u.span.end - base)
        if p is None:
            continue
        # "a year ago", "last year" count from the article's date; "a year earlier", "the previous year", "the same
        # period" from the year the claim states, else they say no year
        stated = prev.period if prev.period is not None and prev.period.isdigit() else None
        dated = str(prev.date.year) if prev.date else None
        now = stated or (dated if p.group("ago") or (p.group("last") or "").startswith("last") else None)
        back = _EN_NUMBERS[p.group("n")] if p.group("n") else 1 if p.group("last") or p.group("part") else None
        period = p.group("year") or p.group("end") or p.group("decade") or (
            str(int(now) - back) if now is not None and back is not None else None)
        if period is not None and p.group("part"):
            period = f"{period} (same {p.group('part')})"  # the same part of the year before, no whole year
        if period is None or period == prev.period:
            continue
        claim = replace(prev, quantity=u.q, span=u.span, period=period, alternate=None, how=OTHER,
                        revision=False, goal=False, reference=None)
        out[i] = Bound(u.q, claim, "", prev.attribute)
    return out
