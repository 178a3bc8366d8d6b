"""Rates of change: "서진항의 2024년 컨테이너 물동량이 412만 TEU로 전년(392만 TEU)보다 5.1% 늘어", "The Port of
Seojin handled 4.21 million TEU in 2024, up 5.1% on the previous year", "Revenue rose 18% to 487 billion won
from 431 billion won a year earlier".

A percentage that says how much a level changed is a claim of its own: the level's owner, the level's
attribute with the direction of the change ("증가율"/"감소율", "growth"/"decline") and the base it is counted
from, written in the attribute ("컨테이너 물동량 증가율 (전년 대비)", "throughput growth (on the previous year)").
It is read only beside a level the binder bound in the same clause (the level says whose and what), with
the base written between them or right after the percentage, and a verb of change right after it (Korean)
or before it (English). A change with no written base ("rose 18% to 487 billion won from 431 billion won")
is no claim: which period it is counted from is not said. The ``contradiction`` check's ``changes`` option
compares these claims: one entity, measure, direction, base and period (see ``key``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from ..model import Claim, Document, Quantity, Span
from .changeverbs import CHANGE as VERB_CHANGE
from .qualifiers import _years
from .sentences import Bound

# The base a change is counted from, Korean and English, to one key: a year, the same period a year
# earlier, the same month a year earlier, the previous quarter, the previous month. "전년 대비" and "전년 동기
# 대비" are kept apart (the second is the same part of the year before), and so are all the others.
_BASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"전년\s?동기|작년\s?동기|the same (?:period|quarter) (?:of |a )?(?:last year|the previous year|a year (?:earlier|ago|before))"),
     "same period a year earlier"),
    (re.compile(r"전년\s?동월|작년\s?동월|the same month (?:of |a )?(?:last year|the previous year|a year (?:earlier|ago|before))"),
     "same month a year earlier"),
    (re.compile(r"전\s?분기|직전\s?분기|the previous quarter|the preceding quarter|the quarter before"), "previous quarter"),
    (re.compile(r"전월|전달|직전\s?월|the previous month|the preceding month|the month before"), "previous month"),
    (re.compile(r"전년도?|작년|the previous year|the year before|a year (?:earlier|ago|before)|last year"), "previous year"),
)
KO_BASE = r"(?:전년\s?동기|작년\s?동기|전년\s?동월|작년\s?동월|전\s?분기|직전\s?분기|전월|전달|전년도?|작년)"
# Korean: the level's noun or counter and its case ending ("TEU로", "명으로", "원을 기록해") and the base
# with its comparison ("전년(392만 TEU)보다", "전년 동기 대비") between the level and the percentage
_KO_BETWEEN = re.compile(r"\s*[^\s\d,.;]{0,8}(?:\s+기록(?:해|하며|했으며|하여))?\s+(" + KO_BASE
                         + r")\s*(?:대비|보다|에\s?비해|에\s?비하여)\s*")
_KO_UP = re.compile(r"\s*(?:가량|정도|가까이|넘게|이상)?\s*(?:증가|늘|상승|급증|성장|확대|뛰|올랐|오른|올라)")
_KO_DOWN = re.compile(r"\s*(?:가량|정도|가까이|넘게|이상)?\s*(?:감소|줄|하락|급감|축소|떨어|내렸|내린|내려)")
# English: "V in 2024, up 5.1% on the previous year" (the level first) …
_EN_AFTER_LEVEL = re.compile(r"[^,;.]{0,30},\s+(up|down)\s+")
_ANY_BASE = "|".join(p.pattern for p, _ in _BASES)
_EN_BASE_AFTER = re.compile(r"\s+(?:on|from|over|compared with|against)\s+(" + _ANY_BASE + r")")
# … or "rose 6.8% to V from a year earlier" (the percentage first, its base after the level)
_EN_VERB_BEFORE = re.compile(r"\b(rose|grew|increased|climbed|jumped|gained|fell|declined|decreased|dropped|slipped)"
                             r"\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?\Z")
# after the level: its counter and the base ("tonnes in 2024 from a year earlier", "from 12.6 million tonnes a
# year earlier"); "from 431 billion won" alone says no base
_EN_BASE_LATER = re.compile(r"[^,;]{0,50}?\b(?:from|on|over|compared with)\b[^,;]{0,30}?\s(" + _ANY_BASE + r")\b")
_EN_TO_LEVEL = re.compile(r"\s+to\s+\Z")
_EN_UP = frozenset({"up", "rose", "grew", "increased", "climbed", "jumped", "gained"})

KO_UP, KO_DOWN, EN_UP, EN_DOWN = "증가율", "감소율", "growth", "decline"
# The attribute of a change claim: "컨테이너 물동량 증가율 (전년 대비)", "throughput growth (on the previous year)"
CHANGE = re.compile(r"^(?P<stem>.+) (?P<direction>증가율|감소율|growth|decline) \((?P<base>[^()]+)\)$")
POINTS = re.compile(r"(?:%p|포인트|points?|pp)\s*$")
HOW = "rate of change of the clause's level"


def base_of(written: str) -> str | None:
    """The key of a written base ("전년(392만 TEU)", "전년 동기", "a year earlier"), or None."""
    plain = re.sub(r"\([^()]*\)", "", written).strip()
    return next((key for p, key in _BASES if p.fullmatch(plain)), None)


def key(attribute: str) -> tuple[str, str, str] | None:
    """(the level's attribute, up or down, the base's key) of a change claim's attribute, else None."""
    m = CHANGE.match(attribute)
    if m is None:
        return None
    words = re.sub(r"^(?:대비|보다|on|from|over|compared with|against)\s+|\s+(?:대비|보다)$", "", m.group("base"))
    base = base_of(words)
    if base is None:
        return None
    return m.group("stem"), "up" if m.group("direction") in (KO_UP, EN_UP) else "down", base


def rates_of_change(doc: Document, sentence: Span, bounds: Sequence[Bound],
                    is_place: Callable[[str, str], bool]) -> list[Bound]:
    """The bounds of one sentence with each percentage that is the change of a level bound in the same
    sentence (right before it, or right after it in English) made a claim of that level's owner: an
    unbound one, or one bound as the level itself ("영업이익은 1조 2,340억 원으로 전년 대비 56.3% 증가": the
    56.3% is no 영업이익). ``is_place(text, word)``: the binder's test of a place by its structure
    (``_place_naming_others``), passed in because the binder imports this module."""
    text = doc.text
    out = list(bounds)
    levels = [b for b in bounds if b.claim is not None and b.quantity.kind != "percent" and not b.claim.goal]
    for i, b in enumerate(bounds):
        q = b.quantity
        if b.claim is not None and sentence.start <= q.span.start < sentence.end and CHANGE.match(b.claim.attribute) is None:
            own = _own_past_change(text, b.claim, sentence)
            if own is not None:
                out[i] = Bound(q, None, own) if isinstance(own, str) else Bound(q, own, "", own.attribute)
                continue
        if q.kind != "percent" or not sentence.start <= q.span.start < sentence.end or POINTS.search(q.text):
            continue  # (a change in points, "1.3%p", is a rate's change, not a level's)
        found = _korean(text, q.span, levels, sentence) or _english(text, q.span, levels, sentence)
        if found is None:
            if b.claim is None:
                subject = _subject_change(doc, q, sentence, is_place)
                if subject is not None:
                    out[i] = Bound(q, subject, "", subject.attribute)
            continue
        level, direction, base = found
        assert level.claim is not None
        if b.claim is not None and (b.claim.entity, b.claim.attribute) != (level.claim.entity, level.claim.attribute) \
                and not (b.claim.how == VERB_CHANGE and b.claim.entity == level.claim.entity):
            continue  # bound to something else on its own; only the level's attribute read into its change is redone
        claim = replace(level.claim, attribute=f"{level.claim.attribute} {direction} ({base})", quantity=q, span=q.span,
                        alternate=None, how=HOW, reference=None, scope=level.claim.scope, compared_to=None)
        out[i] = Bound(q, claim, "", claim.attribute)
    return out


# A figure counted from a period of its measure's own past, written right before it ("수주액은 전년(86억 달러)보다
# 34.9% 늘었다", "대출 권수는 5.1권으로 2023년(4.9권)보다 0.2권 늘었다", "금리는 … 전월(4.35%)보다 0.32%p 내렸다"),
# with a verb of change after it
_OWN_PAST_BEFORE = re.compile(r"(?P<base>" + KO_BASE + r"|지난해|(?:19|20)\d{2}\s?년)\s*(?:\([^()]*\))?\s*"
                              r"(?:대비|보다|에\s?비해|에\s?비하여)\s*\Z")
_KO_UP_ANY = re.compile(_KO_UP.pattern + r"|\s*인상")
_KO_DOWN_ANY = re.compile(_KO_DOWN.pattern + r"|\s*인하")
_BY = "not a claim: the amount a measure changed by from its own past, no value of it nor its rate"


def _own_past_change(text: str, claim: Claim, sentence: Span) -> Claim | str | None:
    """The claim of a figure bound as its clause's measure that is the change of that measure from a period of its
    own past (``_OWN_PAST_BEFORE``): a percentage is the measure's rate of change ("수주액 증가율 (전년 대비)");
    another amount ("0.2권 늘었다", "0.32%p 내렸다") is no claim (the reason comes back): never the level itself, which
    another figure of the clause states ("5.1권") and which it would contradict."""
    at = claim.quantity.span
    base = _OWN_PAST_BEFORE.search(text, sentence.start, at.start)
    after = text[at.end : sentence.end]
    if base is None:
        # "올 시즌 승수를 3승 늘렸다", "관객이 12만 명 줄었다": a count or an amount with no particle of its own, the
        # verb of change right after it, is what the measure changed by, its base unwritten: no level either
        bare = claim.quantity.kind in ("count", "money", "number") and (_KO_UP_ANY.match(after) or _KO_DOWN_ANY.match(after))
        return _BY if bare else None
    up, down = _KO_UP_ANY.match(after), _KO_DOWN_ANY.match(after)
    if up is None and down is None:
        return None
    if claim.quantity.kind != "percent" or POINTS.search(claim.quantity.text):
        return _BY
    written = " ".join(base.group("base").split()) + " 대비"
    return replace(claim, attribute=f"{claim.attribute} {KO_UP if up is not None else KO_DOWN} ({written})", how=HOW,
                   alternate=None, reference=None, compared_to=None)


def _korean(text: str, at: Span, levels: Sequence[Bound], sentence: Span) -> tuple[Bound, str, str] | None:
    level = _outside_brackets(text, [b for b in levels if b.quantity.span.end <= at.start], at)
    if level is None:
        return None
    between = re.sub(r"\([^()]*\)", "", text[level.quantity.span.end : at.start])
    m = _KO_BETWEEN.fullmatch(between)
    if m is None:
        return None
    after = text[at.end : sentence.end]
    direction = KO_UP if _KO_UP.match(after) else KO_DOWN if _KO_DOWN.match(after) else None
    if direction is None or base_of(m.group(1)) is None:
        return None
    return level, direction, " ".join(m.group(1).split()) + " 대비"


def _english(text: str, at: Span, levels: Sequence[Bound], sentence: Span) -> tuple[Bound, str, str] | None:
    after_text = text[at.end : sentence.end]
    level = _outside_brackets(text, [b for b in levels if b.quantity.span.end <= at.start], at)
    if level is not None:  # "handled 4.21 million TEU in 2024, up 5.1% on the previous year"
        m = _EN_AFTER_LEVEL.fullmatch(text, level.quantity.span.end, at.start)
        based = _EN_BASE_AFTER.match(after_text)
        if m is not None and based is not None:
            return level, EN_UP if m.group(1) in _EN_UP else EN_DOWN, f"on {based.group(1)}"
    verb = _EN_VERB_BEFORE.search(text, sentence.start, at.start)
    later = [b for b in levels if b.quantity.span.start >= at.end]
    if verb is None or not later or _EN_TO_LEVEL.fullmatch(text, at.end, later[0].quantity.span.start) is None:
        return None
    level = later[0]  # "throughput rose 6.8% to 4.4 million TEU from a year earlier"
    rest = text[level.quantity.span.end : sentence.end]
    based = _EN_BASE_LATER.match(rest)
    if based is None:
        return None
    return level, EN_UP if verb.group(1) in _EN_UP else EN_DOWN, f"from {based.group(1)}"


def _outside_brackets(text: str, before: Sequence[Bound], at: Span) -> Bound | None:
    """The last level before the percentage that is not the base in brackets ("전년(392만 TEU)보다")."""
    for b in reversed(before):
        between = text[b.quantity.span.end : at.start]
        if between.count(")") <= between.count("("):
            return b
    return None


# A change with no level beside it, its subject a compound that opens with a place ("서진항 컨테이너 물동량이 지난해
# 전년 대비 6.8% 늘어나"): the place owns, the rest is what changed. The place is a city or county (X시, X군),
# or a port, airport or station of a city or county the article names (서진항 where it names 서진시): a port
# kind ("무역항 물동량") is no place of the article.
_KO_SUBJECT = re.compile(r"(?:^|(?<=[\s,'\"‘“]))(?P<owner>(?P<stem>[가-힣]{2,5}?)(?P<head>시|군|항|공항|국제공항|역))"
                         r"\s+(?P<attr>[가-힣]{2,8}(?:\s[가-힣]{2,8}){0,2}?)(?:이|가|은|는)"
                         r"\s+(?P<time>(?:지난해|작년|올해|(?:19|20)\d{2}\s*년)\s+)?(?P<base>" + KO_BASE + r")\s*"
                         r"(?:대비|보다|에\s?비해|에\s?비하여)\s*\Z")
# The end of a city's name where the article writes it: a space, a particle or a punctuation mark after 시/군
_CITY_END = r"(?=[\s은는이가의을를에도와과,.·)]|$)"
_NOT_A_CITY = frozenset({"광역", "특별", "특별자치", "자치", "대도", "신도", "위성도"})


def _subject_change(doc: Document, q: Quantity, sentence: Span, is_place: Callable[[str, str], bool]) -> Claim | None:
    text, at = doc.text, q.span
    m = _KO_SUBJECT.search(text, sentence.start, at.start)
    if m is None:
        return None
    after = text[at.end : sentence.end]
    direction = KO_UP if _KO_UP.match(after) else KO_DOWN if _KO_DOWN.match(after) else None
    if direction is None or base_of(m.group("base")) is None:
        return None
    stem, head = m.group("stem"), m.group("head")
    # a city or county whose stem the text also writes as a name of its own (서진 in 서진항, 서진지역): not 평상시,
    # 대도시; a port, airport or station of such a city the article names (서진시 … 서진항)
    city = m.group("owner") if head in ("시", "군") else None if stem.endswith("도") else next(
        (stem + h for h in ("군", "시") if re.search(re.escape(stem + h) + _CITY_END, text)), None)
    if stem in _NOT_A_CITY or city is None or not is_place(text, city):
        return None
    years = list(_years(m.group("time") or "", doc))
    base = " ".join(m.group("base").split()) + " 대비"
    return Claim(path=doc.path, entity=m.group("owner"), attribute=f"{m.group('attr')} {direction} ({base})",
                 quantity=q, span=at, period=years[-1] if years else None, date=doc.date,
                 sentence=sentence, discovered=True, how=HOW)
