"""A cost carried by a verb (issue #14, item 1): a Korean amount of money that is the subject of a verb of costing
(들다, 투입되다, 소요되다) measures the cost of what the clause says it went into — the noun in 에(는) before it, or a
noun of cost in (으)로는:

    "공장 건설에는 1,850억 원이 들었다"            → 건설비 (the building's cost)
    "2년에 걸친 리모델링에 215억 원이 들었는데"     → 리모델링 비용
    "이번 사업에는 국비 60억 원과 … 총 185억 원이 투입됐다" → 사업비 (only the amount the verb takes: the labelled
                                                     parts before it have their own nouns)
    "건설비로는 8740억원이 들었다"                  → 건설비

The attribute is the purpose noun with the cost suffix: a Sino-Korean verbal noun of two syllables takes 비 (費) as
part of the word (사업비, 건설비, 공사비, 건조비), a longer word or a loanword takes 비용 as a word of its own (리모델링
비용); ``rules/measures.yaml`` makes them one project cost. Who owns the amount is left to the clause's structure and
the discourse, as for any other figure.

Not read: an amount that is the verb's object ("86억 원을 들여": the noun before it, 총사업비, already says what it is),
an adnominal verb ("8740억원이 들어간 이 다리": the noun it describes), a time in 에 ("2년에", "지난해에"), the bound
noun 데 ("짓는 데 100억 원이 들었다": the purpose is a verb) and a verb that only looks alike (들어섰다: entered)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Span
from . import discourse, structure
from .words import Word

HOW = "purpose of a verb of costing"

# The finite or connective forms of the verbs of costing (not the adnominal 든/들어간/투입된, not 들어서다 "to enter")
_COSTING = re.compile(r"(?:들었|들어갔|든다|투입(?:됐|되었|된다|될|되며|되고|돼)|소요(?:됐|되었|된다|될|되며|되고|돼))")
# The particles of a purpose: "건설에는", "리모델링에", "사업에도"
_PURPOSE = frozenset({"에", "에는", "에도", "에만"})
# The particles of a noun of cost as a topic: "건설비로는 N원이 들었다"
_AS_COST = frozenset({"로는", "으로는", "로"})
_COST_NOUNS = ("비", "비용", "예산")
# Nouns in 에 that are no purpose: a bound noun, a generic one ("이에", "여기에")
_NOT_PURPOSES = frozenset({"데", "이", "여기", "거기", "이곳", "그곳", "곳", "것", "때", "중", "가운데", "동안", "사이"})


def korean(ws: Sequence[Word], figure: Span, page: str = "") -> structure.Phrase | None:
    """The cost a Korean amount of money is as the subject of a verb of costing (module docstring), else None;
    ``page`` is the document's text, where "이번 사업" finds the one project the page names (:func:`_pointed`)."""
    found = structure.figure_words(ws, figure)
    if found is None:
        return None
    first, last = found
    fw = ws[last]
    if fw.particle not in ("이", "가") or fw.closes or fw.inside or last + 1 >= len(ws):
        return None
    verb = ws[last + 1]
    if not verb.hangul or not _COSTING.match(verb.text):
        return None
    for k in range(first - 1, -1, -1):
        w = ws[k]
        if w.predicate or w.inside or w.closes.startswith((".", "?", "!")):
            return None
        if w.particle in _AS_COST and w.hangul and w.stem.endswith(_COST_NOUNS) and len(w.stem) >= 2:
            return structure.Phrase(w.stem, Span(w.start, w.stem_end), HOW)
        if w.particle in _PURPOSE:
            pointed = _pointed(ws, k, page)
            return pointed if pointed is not None else _purpose(w)
    return None


def thing(ws: Sequence[Word], purpose: Span) -> str | None:
    """The bare noun right before the purpose noun, whose action the purpose is ("공장 건설에는": the building of the
    factory): what the cost is of, before any topic of the discourse. None after a determiner ("이번 사업에는") or a
    clause ("2년에 걸친 리모델링에")."""
    k = next((i for i, w in enumerate(ws) if w.start == purpose.start), None)
    if k is None or k == 0:
        return None
    w = ws[k - 1]
    if w.particle or w.predicate or w.inside or w.closes or not w.hangul or structure.has_digit(w.stem) \
            or w.stem in structure.DETERMINERS or w.stem in _POINTING or discourse.time_word(w.stem) \
            or structure.adnominal_form(w.text):
        return None
    return w.stem


# Words that point at the article's own thing ("이번 사업에는", "해당 공사에"): no other thing's action
_POINTING = frozenset({"이번", "이", "그", "해당", "같은", "올해", "지난해"})


# A project's generic head: "이번 사업에는", "이번 공사에는" (this project, the one the page is about)
_PROJECT_HEADS = frozenset({"사업", "공사"})
# "리모델링 공사를 마치고", "도시재생 사업은": a noun written as a word of its own before a project's head names the work
_NAMED_PROJECT = re.compile(r"(?<![가-힣])([가-힣]{2,})\s(?:공사|사업)(?![가-힣]*비)")


def _pointed(ws: Sequence[Word], k: int, page: str) -> structure.Phrase | None:
    """The cost of the one work the page names as its project, when the purpose ``ws[k]`` is a project's generic head
    pointed at ("이번 사업에는 … 185억 원이 투입됐다" on a page that writes "리모델링 공사를 마치고": 리모델링 비용),
    so that it meets a cost of the same named work and not of another ("건립에는 총사업비 180억 원": the building is
    another cost than the renovation). None when the head is not pointed at, or the page names no such work or two."""
    w = ws[k]
    if w.stem not in _PROJECT_HEADS or k == 0 or ws[k - 1].stem not in _POINTING or ws[k - 1].particle:
        return None
    works = {m.group(1) for m in _NAMED_PROJECT.finditer(page)
             if m.group(1) not in _POINTING and m.group(1) not in structure.DETERMINERS
             and not discourse.time_word(m.group(1)) and not structure.adnominal_form(m.group(1))}
    if len(works) != 1:
        return None
    work = works.pop()
    return structure.Phrase(f"{work}비" if len(work) == 2 else f"{work} 비용", Span(w.start, w.stem_end), HOW)


def _purpose(w: Word) -> structure.Phrase | None:
    """The cost of the purpose noun ``w`` (in 에): 비 glued to a verbal noun of two syllables, else "N 비용"."""
    noun = w.stem
    if not w.hangul or not noun or noun in _NOT_PURPOSES or discourse.time_word(noun) or structure.has_digit(noun) \
            or noun in structure.DETERMINERS:
        return None
    name = f"{noun}비" if len(noun) == 2 else f"{noun} 비용"
    return structure.Phrase(name, Span(w.start, w.stem_end), HOW)
