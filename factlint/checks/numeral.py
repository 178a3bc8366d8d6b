"""`numeral`: a Korean numeral that drops a unit ("1억 6천km" for 1억 6천만 km).

What it does
    Finds figures written with a big unit (억, 조, 경) followed by a section led by 천 and no unit
    after it: "1억 6천km", "3억 5천여 명", "2조 3천 원". As written, such a numeral is 100,006,000
    km, 300,005,000 people, 2,000,000,003,000 won; spoken Korean drops the 만 (or 억, 조) and means
    1억 6천만, 3억 5천여만, 2조 3천억, which is how factlint reads it. The finding names both readings
    and offers the fix that writes the dropped unit out.

Why
    The dropped unit is how people say prices and distances aloud, not how an article may print
    them: a reader who takes the numeral at its face value is off by a factor of ten thousand, and
    the writer who dropped it may have dropped a digit too ("뉴호라이즌호를 1억 6천km 떨어진 …": the
    distance is some 16억 km). Writing the unit out makes the figure say one thing.

Example
    ``나사는 뉴호라이즌호를 1억 6천km 떨어진 천체로 보낸다.`` → ``warning: '1억 6천km' drops 만 after 억:
    as written it is 100,006,000 km, read as 1억 6천만 it is 160,000,000 km; write the unit out
    [dropped-numeral-unit]``, with the fix "1억 6천만km".

    Not reported: a numeral with every unit written ("1억 6천만km", "2억 3천 5백만 원", "86억
    5천여만원", "1조 5천억 원"); a section after 만, which needs no smaller unit ("1만 6천 명");
    digits after a big unit ("1억 6000km": the digits say the exact number, 100,006,000); two figures
    side by side ("5억 원과 3천 명"). Not read either (missed, never misread): a dropped unit inside a
    range ("1억 6천~2억 3천 달러"), digits spaced from their units ("1 억 6 천 km"), a bare 천 with no
    digit ("1억 천km").

Options
    None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Iterator

from ..claimtools import fmt
from ..codec import MessagePack
from ..config.ruleset import Rule
from ..model import Document, Edit, Finding, Location, Quantity, Span
from ..quantities.numerals import read_korean
from .base import Check, Corpus, DocumentView, Focus, focused_documents, new_finding

KIND = "numeral"
OPTIONS_SCHEMA: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": {}}
DEFAULTS: dict[str, Any] = {}

# The unit a section after each big unit is counted in: after 억 the section is so many 만
_BELOW = {"억": "만", "조": "억", "경": "조"}
_FACE = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}
# A big unit, then its last section: a digit with 천 (then 백, 십 and ones), "여" for an
# approximate section, and no unit after it. The reader (numerals.read_korean) reads such a
# section in the unit below, the spoken way; sections in bare digits keep their face value.
_DROPPED = re.compile(
    r"(?P<big>[억조경])\s*(?P<section>(?P<thousands>\d)\s*천(?:\s*\d?\s*백)?(?:\s*\d?\s*십)?(?:\s*\d)?)(?P<about>여)?"
    r"(?!여?\s*[\d천백십만억조경])"
)


@dataclass(frozen=True)
class Dropped:
    """A numeral whose last section drops the unit below ``big``: the figure, where to write the
    dropped unit, and its face value."""

    figure: Quantity
    insert_at: int
    big: str
    unit: str
    face_value: int
    unit_as_written: str


Drops = tuple[Dropped, ...]


class Numeral(Check[Drops]):
    """A document's summary is its numerals that drop a unit."""

    kind = KIND
    options_schema = OPTIONS_SCHEMA
    defaults = DEFAULTS
    needs = frozenset({"quantities"})
    scope = "documents"  # a numeral is wrong in its own article
    codec = MessagePack(Drops)

    def summarise(self, view: DocumentView, rule: Rule) -> Drops:
        return tuple(d for q in view.quantities if q.kind != "date" and (d := _dropped(q)) is not None)

    def check(self, corpus: Corpus[Drops], rule: Rule, focus: Focus) -> Iterator[Finding]:
        for doc, summary in focused_documents(corpus, focus):
            for d in summary:
                yield _finding(rule, doc, d)


def _dropped(q: Quantity) -> Dropped | None:
    """The figure's dropped unit, when its numeral's last section follows a big unit with no unit of its own."""
    last = None
    for last in _DROPPED.finditer(q.text):
        pass
    if last is None or q.value is None or q.value.denominator != 1:
        return None
    section = read_korean(re.sub(r"\s", "", last.group("section")))
    if section is None or section.value.denominator != 1:
        return None
    below = _BELOW[last.group("big")]
    # the reader counted the section in the unit below (1억 6천 = 1억 + 6천 × 만): take that back
    face = int(q.value) - int(section.value) * (_FACE[below] - 1)
    if face <= 0 or int(q.value) % _FACE[below]:
        return None  # the reader kept the face value: nothing was read in the unit below
    return Dropped(q, q.span.start + last.end(), last.group("big"), below, face, q.text[last.end():].strip())


def _finding(rule: Rule, doc: Document, d: Dropped) -> Finding:
    q = d.figure
    unit = f" {d.unit_as_written}" if d.unit_as_written else ""
    at = d.insert_at - q.span.start
    spoken = q.text[:at] + d.unit
    assert q.value is not None  # _dropped keeps only figures with a value
    message = (f"'{q.text}' drops {d.unit} after {d.big}: as written it is {fmt(Fraction(d.face_value))}{unit}, "
               f"read as {spoken} it is {fmt(q.value)}{unit}; write the unit out")
    fix = (Edit(doc.path, Span(q.span.start, d.insert_at), spoken),)  # the whole numeral, rewritten
    data = {"text": q.text, "dropped": d.unit, "as_written": d.face_value, "as_read": str(q.value)}
    return new_finding(rule, message, Location(doc.path, q.span), (), data, fix)


CHECK = Numeral()
