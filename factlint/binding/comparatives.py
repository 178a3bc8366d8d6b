"""Multiples as claims: "친칠라는 GPT-2보다 50배 크다", "Chinchilla is 100 times larger than GPT-2".

A multiple that compares two named entities is a claim about the first, relative to the second:
entity Chinchilla, attribute parameters, value 50×, ``compared_to`` GPT-2. The `comparative`
check holds it against the values the corpus and the reference facts give both entities, and
against the other multiples of the same pair.

Structure, not distance: the compared entity is the name marked as the object of the comparison
(``B보다``, ``B의 N배``, ``than B``, ``the size of B``); the entity is the clause's topic or subject
(or, in English, the sentence's first name that is not the compared one); the multiple must be
said of size or amount (``크다``, ``많다``, ``larger``, ``more``, ``the size of``) — "10배 빠르다" is
about speed, which no attribute declares. The attribute is a declared attribute named in the
clause, else the first attribute declared for the entity's type that does not vary over time
(its size: parameters for a model).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..config.ruleset import Attribute
from ..model import Claim, Document, Quantity
from .names import Mention, _Matcher, _Trigger
from .sentences import _Sentence
from .vocabulary import TOPIC_PARTICLES

# after "N배": a size or amount adjective, maybe after 나/이나/가량/정도/이상/더
_KO_SIZE = re.compile(r"(?:이나|나|가량|정도|이상|쯤)?\s*(?:더\s*)?(?:크|커|많|높|무겁|넓|길|대형|규모)")
_EN_THAN = re.compile(r"\s*(?:larger|bigger|greater|more|higher|heavier|the\s+size\s+of|as\s+(?:large|big)\s+as)\b"
                      r"(?:\s+than)?\s+", re.I)


def comparative(doc: Document, sent: _Sentence, q: Quantity, ms: Sequence[Mention], triggers: Sequence[_Trigger],
                m: _Matcher) -> Claim | None:
    """The claim a multiple makes about one named entity relative to another, if it makes one."""
    if q.kind != "ratio" or q.unit != "x":
        return None
    text = doc.text
    after = text[q.span.end : sent.span.end]
    korean = any("가" <= ch <= "힣" for ch in sent.text)
    compared: Mention | None
    if korean:
        if not _KO_SIZE.match(after):
            return None
        before = [x for x in ms if x.span.end <= q.span.start]
        compared = next((x for x in reversed(before) if x.particle == "보다"), None)
        if compared is None and before and before[-1].particle == "의" and q.span.start - before[-1].span.end <= 3:
            compared = before[-1]  # "GPT-2의 50배 규모"
        if compared is None:
            return None
        owner = next((x for x in before if x is not compared and x.span.end <= compared.span.start
                      and (x.particle in TOPIC_PARTICLES or x.particle in ("이", "가"))), None)
    else:
        than = _EN_THAN.match(after)
        if than is None:
            return None
        at = q.span.end + than.end()
        compared = next((x for x in ms if x.span.start == at), None)
        if compared is None:
            return None
        owner = next((x for x in ms if x.span.end <= q.span.start and x is not compared and not x.possessor), None)
    if owner is None or owner.entity == compared.entity:
        return None
    clause = sent.clause(q.span.start)
    attribute = _named(triggers, clause.start, clause.end) or _size_of(owner, m.attributes)
    if attribute is None:
        return None
    return Claim(
        path=doc.path, entity=owner.entity, attribute=attribute.name, quantity=q, span=q.span, date=doc.date,
        sentence=sent.span, discovered=owner.discovered, how="comparative", compared_to=compared.entity,
    )


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
