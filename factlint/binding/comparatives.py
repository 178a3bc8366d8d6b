"""Multiples as claims: "친칠라는 GPT-2보다 50배 크다", "Chinchilla is 100 times larger than GPT-2".

A multiple that compares two named entities is a claim about the first, relative to the second:
entity Chinchilla, attribute parameters, value 50×, ``compared_to`` GPT-2. The `comparative`
check holds it against the values the corpus and the reference facts give both entities, and
against the other multiples of the same pair.

Structure, not distance: the compared entity is the name marked as the object of the comparison
(``B보다``, ``B의 N배``, ``B에 비해``, ``than B``, ``the size of B``, ``as many … as B``, fronted
``Compared with B,``); the entity is the clause's topic or subject, or the possessor of the attribute
it is about (``A의 파라미터 수는``; in English the sentence's first name that is not the compared
one); the multiple must be said of size or amount (``크다``, ``많다``, ``larger``, ``more``, ``the size
of``; ``B의 N배에 달한다`` when the clause names the attribute) — "10배 빠르다" is about speed, which
no attribute declares. A fraction in words ("a hundredth the size of") is a multiple below one. The attribute is a declared attribute named in the
clause, else the first attribute declared for the entity's type that does not vary over time
(its size: parameters for a model).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..config.ruleset import Attribute
from ..model import Claim, Document, Quantity
from .names import Mention, _Matcher, _Trigger
from .sentences import _Sentence
from .vocabulary import TOPIC_PARTICLES

# after "N배": a size or amount adjective, maybe after 나/이나/가량/정도/이상/더
_KO_SIZE = re.compile(r"(?:이나|나|가량|정도|이상|쯤)?\s*(?:더\s*)?(?:크|커|많|높|무겁|넓|길|대형|규모)")
# after "B의 N배": a copula of equality ("에 달한다", "에 이른다", "수준이다", "다") — a claim only when the
# clause names what is compared ("친칠라의 파라미터 수는 GPT-2의 100배에 달한다")
_KO_EQUAL = re.compile(r"\s*(?:수준|정도|가량)?\s*(?:에\s*(?:달|이르|이른|해당|육박)|(?:이|였|이었)?다(?![가-힣])|였|이었)")
# "B와 비교하면 A는 …", "B에 비해", "B 대비": the compared name before its multiple, without 보다
_KO_COMPARED = re.compile(r"\s*(?:(?:와|과)\s*비교(?:하면|해|하여|했을\s*때)|에\s*비(?:해|하면|해서)|대비)")
# "100 times larger than B", "the size of B", "that of B", "as many parameters as B", "more parameters than B"
_EN_THAN = re.compile(
    r"\s*(?:(?:larger|bigger|greater|more|higher|heavier)(?:\s+(?P<noun>[a-z][\w-]*))?\s+than|the\s+size\s+of|that\s+of"
    r"|as\s+(?:large|big)\s+as|as\s+(?:many|much)(?:\s+(?P<noun2>[a-z][\w-]*))?\s+as)\s+",
    re.I,
)
# "Compared with B, A has 100 times as many parameters": the compared name fronted, nothing after the multiple
_EN_FRONTED = re.compile(r"\s*(?:compared\s+(?:with|to)|relative\s+to|next\s+to|against|versus)\s+$", re.I)
_EN_NO_STANDARD = re.compile(
    r"\s*(?:as\s+(?:many|much)(?:\s+(?P<noun>[a-z][\w-]*))?|more(?:\s+(?P<noun2>[a-z][\w-]*))?|larger|bigger|greater|higher|heavier)"
    r"(?!\s+(?:than|as|of)\b)(?=\s*[.,;!?)]|\s*$)",
    re.I,
)


def comparative(doc: Document, sent: _Sentence, q: Quantity, ms: Sequence[Mention], triggers: Sequence[_Trigger],
                m: _Matcher) -> Claim | None:
    """The claim a multiple makes about one named entity relative to another, if it makes one."""
    multiple = _multiple(q)
    if multiple is None:
        return None
    text = doc.text
    after = text[q.span.end : sent.span.end]
    korean = any("가" <= ch <= "힣" for ch in sent.text)
    clause = sent.clause(q.span.start)
    named = _named(triggers, clause.start, clause.end)
    found = (_korean if korean else _english)(text, sent, q, after, ms, triggers, named is not None)
    if found is None:
        return None
    owner, compared, noun = found
    if owner is None or owner.entity == compared.entity:
        return None
    if noun is not None:  # "as many tokens as": the attribute is the noun's, or none is claimed
        attribute = _named(triggers, noun[0], noun[1])
    else:
        attribute = named or _size_of(owner, m.attributes)
    if attribute is None:
        return None
    return Claim(
        path=doc.path, entity=owner.entity, attribute=attribute.name, quantity=multiple, span=q.span, date=doc.date,
        sentence=sent.span, discovered=owner.discovered, how="comparative", compared_to=compared.entity,
    )


Found = tuple[Mention | None, Mention, tuple[int, int] | None]  # owner, compared, the noun named


def _korean(text: str, sent: _Sentence, q: Quantity, after: str, ms: Sequence[Mention], triggers: Sequence[_Trigger],
            named: bool) -> Found | None:
    before = [x for x in ms if x.span.end <= q.span.start]
    compared = next((x for x in reversed(before) if x.particle == "보다"), None)
    compared = compared or next((x for x in reversed(before) if _KO_COMPARED.match(text, x.span.end)), None)
    if compared is None and before and before[-1].particle == "의" and q.span.start - before[-1].span.end <= 3:
        compared = before[-1]  # "GPT-2의 50배 규모"
        if not (_KO_SIZE.match(after) or named and _KO_EQUAL.match(after)):
            return None
    elif compared is None or not _KO_SIZE.match(after):
        return None
    owner = next((x for x in before if x is not compared and x.span.end <= compared.span.start
                  and (x.particle in TOPIC_PARTICLES or x.particle in ("이", "가") or _owns_attribute(x, triggers))), None)
    owner = owner or next((x for x in before if x is not compared and x.span.start > compared.span.end
                           and (x.particle in TOPIC_PARTICLES or x.particle in ("이", "가"))), None)
    return owner, compared, None


def _english(text: str, sent: _Sentence, q: Quantity, after: str, ms: Sequence[Mention], triggers: Sequence[_Trigger],
             named: bool) -> Found | None:
    than = _EN_THAN.match(after)
    compared: Mention | None = None
    word = than
    if than is not None:
        at = q.span.end + than.end()
        compared = next((x for x in ms if x.span.start == at), None)
    else:
        word = _EN_NO_STANDARD.match(after)
        if word is not None:
            compared = next((x for x in ms if x.span.end <= q.span.start and x.span.start >= sent.span.start
                             and _EN_FRONTED.fullmatch(text, sent.span.start, x.span.start)), None)
    if compared is None or word is None:
        return None
    owner = next((x for x in ms if x.span.end <= q.span.start and x is not compared
                  and (not x.possessor or _owns_attribute(x, triggers))), None)
    group = "noun" if word.group("noun") else "noun2" if word.group("noun2") else None
    noun = (q.span.end + word.start(group), q.span.end + word.end(group)) if group else None
    return owner, compared, noun


def _multiple(q: Quantity) -> Quantity | None:
    """The multiple a figure states: "50배", "100 times", or a fraction in words ("a hundredth",
    "100분의 1") read as a multiple below one."""
    if q.kind == "ratio" and q.unit == "x":
        return q
    if q.kind == "number" and q.value is not None and 0 < q.value < 1 and q.counter is None and "." not in q.text:
        return replace(q, kind="ratio", unit="x")
    return None


def _owns_attribute(x: Mention, triggers: Sequence[_Trigger]) -> bool:
    """A possessor whose possessed noun is an attribute: "친칠라의 파라미터 수는", "Chinchilla's parameter count"."""
    return (x.particle == "의" or x.possessor) and any(0 <= t.start - x.span.end <= 3 for t in triggers)


def _named(triggers: Sequence[_Trigger], start: int, end: int) -> Attribute | None:
    """A declared attribute whose trigger the clause writes ("파라미터 수가 GPT-2보다 50배 많다"), from the
    sentence's triggers the binder found already."""
    for t in triggers:
        if start <= t.start and t.end <= end:
            for a in t.attrs:
                if a.dimension != "date":  # "unveiled in May 2022 and is 100 times larger": not a date's multiple
                    return a
    return None


def _size_of(owner: Mention, attributes: Sequence[Attribute]) -> Attribute | None:
    """What "larger" means for the entity: the first attribute declared for its type that does not
    vary over time (a model's parameters). A market's or a company's size changes every year, and
    "3배 크다" does not say which year's: no claim."""
    if owner.type is None:
        return None
    return next((a for a in attributes if a.subjects[:1] == (owner.type,) and not a.varies_over_time), None)
