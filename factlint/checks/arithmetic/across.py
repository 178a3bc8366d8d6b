"""A difference or a remainder whose two operands stand in its sentence and the sentence before (issue #14).

A writer states a figure, then in the next sentence a second figure of the same attribute and what separates them:
"문하린은 … 126골을 넣어 득점왕에 올랐다. 득점 2위 선수(109골)와는 19골 차였다" (126 − 109 = 17, fresh15 A5), "A total
of 118 riders from 20 teams started …. Only 96 made it to the finish, meaning 29 riders abandoned" (118 − 96 = 22,
fresh16 A5). The stated result is marked by its structure: a gap ("N 차", "N 차이", "격차는 N", "a gap/margin/difference
of N") or a remainder ("나머지 N", "남은 N", "N이 … 셈이다", "meaning N", "which means N", "leaving N", "the remaining
N", with a verb after the English figure: "meaning 29 riders abandoned"), and its whole or its part is written as one
("A total of 118 riders", "총 520명", "520명 중", "Of the 320 passengers"; "이 가운데 96명", "Of those, 1,380").

Its operands are the figures of its measure (same unit or counter, same English noun) before it, in its sentence and
the sentence before within the paragraph: exactly two, none after it in its sentence (a third group: "96 finished,
meaning 20 abandoned; 9 were disqualified"), no goal, no other year in one sentence than in the other. A Korean gap
with an object ("X와는", "X과의") is to that object: the object must carry one of the two figures ("2위 선수(109골)와는");
an English gap with an object of its own ("a gap of 19 over the third-placed player") is to a party not stated.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Sequence

from .figures import Figure, Paragraph, clause_span
from .relations import _GAP_AFTER_KO as _WON_BY_KO  # "N 차로 따돌렸다"
from .relations import _GOAL, _YEARS, Found, _difference, _head, level_dims, same_noun

# --- what marks a gap or a remainder ---------------------------------------------------------------

# Korean gap after the figure: "19골 차였다", "19골 차다", "5,310표 차이다", "4천만 톤 차이가 난다"
_GAP_AFTER_KO = re.compile(r"\s*(?:차이(?:로|를|가|는|다|였|었|의)?|차(?:였|이었)?다|차)(?![가-힣])")
# ... or before it: "격차는 430대다", "차이는 5,310표"
_GAP_BEFORE_KO = re.compile(r"(?<![가-힣])(?:격차|차이)(?:는|가)\s*(?:약\s*)?$")
_GAP_BEFORE_EN = re.compile(r"\b(?:a\s+|the\s+)?(?:gap|difference|margin)\s+(?:was\s+|is\s+)?(?:of\s+)?(?:about\s+|some\s+|roughly\s+|just\s+)?$", re.I)
# An English gap's own object: "a gap of 19 over the third-placed player", "a margin of 5 from last year"
_GAP_OBJECT_EN = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:over|behind|ahead\s+of|with|to|between|from|since|than|on|compared)\b", re.I)
# The object a Korean gap is to: "X(⟦⟧)와는", "⟦⟧과의", "X와" (the text right before the comitative), or what the
# gap leaves behind: "3위 선수를 14골 차로 따돌렸다" (the accusative)
_COMITATIVE_KO = re.compile(r"(?:와|과)(?:는|의|도)?(?=\s)|(?:을|를)(?=\s)")

# A remainder: "나머지 22명", "남은 380가구", "meaning 22 riders", "which means 38", "leaving 128", "the remaining 770"
_REST_BEFORE_KO = re.compile(r"(?<![가-힣])(?:나머지|남은)\s*$")
_REST_BEFORE_EN = re.compile(r"\b(?:meaning|which\s+means|leaving|the\s+remaining|the\s+rest,?)\s+(?:about\s+|some\s+|only\s+|just\s+|roughly\s+)?$", re.I)
# ... and in English the remainder is a group that does or undergoes something: "meaning 29 riders abandoned", "which
# means 38 were delayed", "the remaining 770 went to …", "leaving 128 to resit it" — not a figure an adjective or
# noun of another group follows ("leaving 500 homeless", "leaving 500 people homeless": the storm's victims, no part
# of the homes counted before)
_REST_AFTER_EN = re.compile(r"(?:\s+[a-z]+)?\s+(?:[a-z]+ed|were|was|are|is|had|have|did|do|does|went|go|got|took|left|stay|"
                            r"remain|remains|came|could|would|must|will|still|never|to|who|that)\b")
# "2,950명이 완주해 250명이 중도에 포기한 셈이다": the clause's figure is what the figures before it come to
_RECKONED_KO = re.compile(r"\s*(?:이|가|은|는)\s+[가-힣\s]{0,20}?(?:한|된|난|진|간|온|않은|못한)\s*셈")


def _is_gap(text: str, f: Figure) -> bool:
    if f.q.kind == "number":  # English: a bare number after "a gap of"
        return _GAP_BEFORE_EN.search(text, max(0, f.start - 40), f.start) is not None and not _GAP_OBJECT_EN.match(text, f.end)
    if _GAP_AFTER_KO.match(text, f.end) or _WON_BY_KO.match(text, f.end) or _GAP_BEFORE_KO.search(text, max(0, f.start - 12), f.start):
        return True
    return _GAP_BEFORE_EN.search(text, max(0, f.start - 40), f.start) is not None and not _GAP_OBJECT_EN.match(text, f.end)


# A remainder's whole is written as one: "총 520명", "모두 118명", "520명 중", "A total of 118 riders", "Of the 320
# passengers", "118 riders in all" — two figures of one noun in a row are otherwise two groups or two times ("1차
# 모집에서 520명 … 2차 모집에서는 410명을 뽑았고, 나머지 30명은", "carried 320 passengers on Monday. On Tuesday it
# carried 280 passengers, leaving 15 stranded": no whole of which the second is a part)
# ("Of the 320" opens its sentence or clause: "a load of 320 passengers" is no whole)
_WHOLE_BEFORE = re.compile(r"(?:(?<![가-힣])(?:총|모두|전체|합계|전원)\s*|\b(?:[Aa]\s+total\s+of|[Aa]ll|out\s+of(?:\s+the)?)\s+"
                           r"|(?:\A|[.,;:]\s+|^\s*)Of(?:\s+the)?\s+)$", re.M)
_WHOLE_AFTER = re.compile(r"\s*(?:중|가운데)(?![가-힣])|(?:\s+[a-z]+){0,3}?\s+in\s+(?:all|total)\b", re.I)


# ... or its part is written as one, between its sentence's start and it: "이 가운데 96명이", "이 중 외국인 선수가 12명",
# "Of those, 1,380 were renewals"
_PART_OF = re.compile(r"(?<![가-힣])(?:이|그)\s?(?:가운데|중)(?![가-힣])|\b(?:of\s+(?:those|them|these|whom)|among\s+them)\b", re.I)


def _whole_and_part(p: Paragraph, whole: Figure, part: Figure) -> bool:
    text = p.masked.text
    return _WHOLE_BEFORE.search(text, max(0, whole.start - 16), whole.start) is not None \
        or _WHOLE_AFTER.match(text, whole.end) is not None \
        or _PART_OF.search(text, p.sentences[part.sentence][0], part.start) is not None


def _is_rest(text: str, f: Figure) -> bool:
    if _REST_BEFORE_EN.search(text, max(0, f.start - 30), f.start):
        return _REST_AFTER_EN.match(text, f.end) is not None
    return bool(_REST_BEFORE_KO.search(text, max(0, f.start - 8), f.start) or _RECKONED_KO.match(text, f.end))


# --- the two operands ------------------------------------------------------------------------------

def _level(g: Figure, dims: set[str]) -> bool:
    return g.dim in dims and g.q.kind not in ("percent", "ratio") and g.q.value is not None


def _operands(p: Paragraph, f: Figure) -> tuple[Figure, Figure] | None:
    """The two figures of ``f``'s measure before it, in its sentence and the sentence before (same paragraph)."""
    dims = level_dims(f)
    here = [g for g in p.in_sentence(f) if _level(g, dims) and same_noun(g, f)]
    if any(g.start > f.start for g in here):
        return None  # a figure of the measure after it: a third group, or the result is not the last word
    prior = [g for g in p.sentence_of(f.sentence - 1) if _level(g, dims) and same_noun(g, f)] if f.sentence > 0 else []
    found = [*prior, *here]
    if len(found) != 2 or any(g.q.bound is not None for g in found) or not same_noun(*found, f):
        return None
    if prior and not _same_time(p, f, found):
        return None
    s0 = p.sentences[f.sentence - 1][0] if prior else p.sentences[f.sentence][0]
    if _GOAL.search(p.masked.text, s0, f.start):
        return None  # "aims to sell 2,500 … leaving 300 to go": a goal's figure is no level reached
    return found[0], found[1]


def _same_time(p: Paragraph, f: Figure, found: Sequence[Figure]) -> bool:
    """Do the two sentences speak of one time? Not when each names a year or period and they differ ("In 2023, 125
    riders started. This year 96 finished"): the second sentence names no time the first does not, and the figures
    carry no two years."""
    years = {g.year for g in found if g.year is not None}
    if len(years) > 1:
        return False
    before = set(y.lower() for y in _YEARS.findall(p.masked.text, *p.sentences[f.sentence - 1]))
    here = set(y.lower() for y in _YEARS.findall(p.masked.text, p.sentences[f.sentence][0], f.start))
    return not here - before


def _object_ok(p: Paragraph, f: Figure, found: Sequence[Figure]) -> bool:
    """A Korean gap to a named object ("2위 선수(109골)와는 19골 차") is to the object's figure: the object, right
    before its comitative particle, must carry one of the operands (the figure, or the figure in brackets)."""
    c0, _ = clause_span(p, f)
    text = p.masked.text
    marks = list(_COMITATIVE_KO.finditer(text, c0, f.start))
    if not marks:
        return True
    head = text[max(c0, marks[-1].start() - 12) : marks[-1].start()].rstrip()
    return any(head.endswith(f"⟦{g.index}⟧") or head.endswith(f"⟦{g.index}⟧)") for g in found if g.index >= 0)


def across(p: Paragraph, f: Figure, tol: Fraction) -> Found | None:
    """A gap or a remainder whose operands are the two figures of its measure in its sentence and the sentence before:
    a gap is the larger less the smaller, whichever is first; a remainder the whole (the larger) less the part."""
    if f.q.value is None or f.q.kind in ("percent", "ratio") or f.q.bound is not None:
        return None
    text = p.masked.text
    gap = _is_gap(text, f)
    if not gap and not _is_rest(text, f):
        return None
    found = _operands(p, f)
    if found is None or (gap and not _object_ok(p, f, found)):
        return None
    a, b = sorted(found, key=lambda g: _head(g.q))
    if not gap and not _whole_and_part(p, b, a):
        return None  # a remainder of a whole not written as one: two groups, or one group at two times
    if f.q.value > _head(b.q) or _head(a.q) < 0:
        return None
    return _difference(a, b, f, True, tol)
