"""A soft place scope (issue #14): a claim whose owner was reached through a weaker link carries the place that
link names, so that two plants of one company or one common compound in two towns do not meet.

"Hanseong Cement opened its new plant in Danyang. The plant had 450 employees" is the company's only through "its …
plant" (``references.possessed_head``), and it is the Danyang plant's: another article's Samcheok plant with 300 is
no contradiction. "2019년 문을 연 복합문화관은 면적이 …" is a name only by its founding clause (``_dated_into_being``),
and it is the one of the place the sentence or the document is about. The place joins the claim's scope after
:data:`SOFT`; the contradiction check carries it to a claim of the same key that states none, as it carries a funding
round (``checks/contradiction._rounds_carried``), so two such claims meet when their places agree or one has none.
"""

from __future__ import annotations

import re
from ..model import Span

SOFT = " @ "  # between a claim's own scope and its soft place

_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"})
# "its new plant in Danyang", "its PLA plant in the inland city of Haram", "their depot in North Gaon": the
# possessed noun phrase and the place after its "in" (no sentence or clause boundary between)
_EN_POSSESSED_IN = re.compile(r"\b(?:its|their)\s+[^.;:!?]{0,60}?\bin\s+(?:the\s+(?:[a-z\-]+\s+){0,3}"
                              r"(?:city|town|county|province|village|district|region|port)\s+of\s+)?"
                              r"(?P<place>[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)?)\b")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=\S)")
# a Korean place word: a stem and the administrative head 시 or 군, as a word of its own ("하람시가", "단양군의")
_KINDS_OF_CITY = frozenset({"광역시", "특별시", "직할시", "자치시", "특례시"})
_KO_PLACE = re.compile(r"(?<![가-힣])([가-힣]{2,5}[시군])(?=[은는이가의에도과와을를로서]|[\s,.)」』'\"]|$)")


def with_place(scope: str | None, place: str | None) -> str | None:
    """The scope with its soft place ("대공연장 @ 하람시", " @ Danyang"); the scope alone for no place."""
    return scope if place is None else f"{scope or ''}{SOFT}{place}"


def split(scope: str | None) -> tuple[str | None, str | None]:
    """A scope's own part and its soft place (None for none)."""
    if scope is None or SOFT not in scope:
        return scope, None
    own, place = scope.split(SOFT, 1)
    return own or None, place


def possessed_place(text: str, sentence: Span) -> str | None:
    """The place the sentence before the figure's names in its "its … N in PLACE" (the link ``possessed_head``
    followed): the one such place, None for none or two."""
    start = max(0, sentence.start - 600)
    chunk = text[start : sentence.start].rstrip()
    cuts = [m.end() for m in _SENTENCE_END.finditer(chunk)]
    before = chunk[cuts[-1] if cuts else 0 :].split("\n")[-1]
    places = {m.group("place") for m in _EN_POSSESSED_IN.finditer(before) if m.group("place") not in _MONTHS}
    return places.pop() if len(places) == 1 else None


def korean_place(text: str, sentence: Span) -> str | None:
    """The place a Korean figure's sentence names, else the one its title names, else its lead's (the first prose
    line after the title): the place the document is about. None for none or two. A word read as a place wrongly only
    keeps two claims apart (a finding missed, never a false one), so any stem with 시 or 군 is one but a city as a
    common noun (도시, 신도시) and a bare kind of city (광역시)."""
    lines = text.split("\n")
    title = lines[0] if lines else ""
    lead = next((ln for ln in lines[1:] if len(ln.strip()) > 40), "")
    for where in (text[sentence.start : sentence.end], title, lead):
        places = {w for w in _KO_PLACE.findall(where) if not w.endswith("도시") and w not in _KINDS_OF_CITY}
        if places:
            return places.pop() if len(places) == 1 else None
    return None
