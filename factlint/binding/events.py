"""Claims whose value is a date: "Chinchilla was announced in March 2022", "딥마인드는 2022년 3월
친칠라를 공개했다" — a model's release date (probes a5/a6: "announced in March 2022" vs "unveiled
in May 2022" is a contradiction about a date).

An attribute declared with ``dimension: date`` (``release date``: announced, unveiled, released,
공개, 발표, 출시) makes the date of the trigger's clause a claim. The owner is the name in the
clause whose type the attribute is stated about (the model that was released, even as the object:
"딥마인드는 … 친칠라를 공개했다"), else the clause's topic or the sentence's first name. A clause
with two dates or two fitting names makes no claim: which date is whose is not written.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..model import Claim, Document
from ..quantities.dates import read_dates
from .names import Mention, _Trigger
from .sentences import _Sentence
from .words import words


def dated_claims(doc: Document, sent: _Sentence, ms: Sequence[Mention], triggers: Sequence[_Trigger]) -> Iterator[Claim]:
    """The date claims of one sentence."""
    seen: set[int] = set()
    for t in triggers:
        attrs = [a for a in t.attrs if a.dimension == "date"]
        if not attrs:
            continue
        attribute = attrs[0]
        clause = sent.clause(t.start)
        if clause.start in seen:
            continue
        seen.add(clause.start)
        dates = read_dates(doc.text[clause.start : clause.end], clause.start)
        if len(dates) != 1:
            continue
        names = [x for x in ms if clause.start <= x.span.start and x.span.end <= clause.end and not x.possessor
                 and x.reach[0] <= dates[0].span.start and dates[0].span.end <= x.reach[1]]
        if _releases_something_else(doc.text, clause.start, t.start, names):
            continue
        fitting = [x for x in names if attribute.subjects and x.type in attribute.subjects[:1]]
        if len({x.entity for x in fitting}) > 1:
            continue
        owner = fitting[0] if fitting else (names[0] if len({x.entity for x in names}) == 1 else None)
        if owner is None:
            continue
        q = dates[0]
        yield Claim(path=doc.path, entity=owner.entity, attribute=attribute.name, quantity=q, span=q.span,
                    date=doc.date, sentence=sent.span, discovered=owner.discovered, how="date of the clause")


def _releases_something_else(text: str, start: int, trigger: int, names: Sequence[Mention]) -> bool:
    """"MBC는 … 요약보고서를 공개하며": the object of the verb is what was released, and it is no name."""
    before = text[start:trigger]
    if not any("가" <= ch <= "힣" for ch in before):
        # "The paper describing BLOOM was released …": an English clause whose subject is a common noun
        lead = _EN_LEAD.sub("", before, count=1)
        first = _EN_SUBJECT.match(lead)
        return first is not None and not any(x.span.start <= start + (len(before) - len(lead)) + first.start(1) < x.span.end
                                             for x in names)
    ws = words(before, start)
    if not ws or ws[-1].role != "object":
        return False
    last = ws[-1]
    return not any(x.span.start < last.end and last.start < x.span.end for x in names)


_EN_LEAD = re.compile(r"^\W*(?:(?:In|On|Since|By|Back in)\s+[^,]{1,30},\s*)?")
_EN_SUBJECT = re.compile(r"(?:(?:the|a|an|its|their|this|that)\s+)?([a-z][a-z\-]+)\b", re.I)
