"""A dimension noun labelling a topic's figure: "청람공항의 활주로는 길이 2,450m, 폭 45m로", "한빛대교의 주탑은 높이
215m로", "단월터널은 연장 5.2㎞, 폭 10m로 지어졌다".

Korean states the size of a thing as its topic followed by pairs of a dimension noun and its value. The
dimension noun is what the figure measures, the topic is what it measures it of; when the topic is a part
named through its possessor ("청람공항의 활주로는"), the possessor owns the figure and the part joins the attribute
("활주로 길이", "활주로 폭"). Structure only: the pairs must run from the topic to the figure with nothing else between
(a figure in parentheses, "서하비행장(1,800m)보다", stands in another phrase; "활주로를 2,900m로 늘리는" has no
dimension noun before its figure), and values closed by 인/의 before a noun describe that noun ("총연장 12㎞, 폭 30m인
도로를": the road's, ``structure.described_values``). Whether the owner is a name is the binder's to decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Span
from . import structure
from .words import Word

HOW = "dimension of the topic"
# Nouns of a size, written bare before the value they label
DIMENSION_NOUNS = frozenset({"길이", "연장", "총연장", "전장", "폭", "너비", "높이", "깊이", "수심", "둘레", "지름", "직경", "두께"})


# words of the present written between a topic and its sizes
_NOW = frozenset({"현재", "지금", "현재는", "지금은"})


@dataclass(frozen=True)
class Sized:
    owner: structure.Phrase  # the topic, its possessor, or the name opening its compound
    attribute: str  # "연장" (the topic measured), "활주로 길이" (the topic a part of the owner)


def korean(ws: Sequence[Word], figure: Span) -> tuple[Sized, ...]:
    """The readings of a figure labelled by a dimension noun right after a topic, the topic itself first: the
    binder takes the first whose owner is a name ("서하터널은 연장 …" the tunnel's; "청람공항의 활주로는 길이 …" the
    airport's runway length). Empty when no such structure holds the figure."""
    found = structure.figure_words(ws, figure)
    if found is None or found[0] < 2:
        return ()
    k = found[0] - 1
    if not _label(ws[k]) or structure.described_values(ws, figure, ()) is not None:
        return ()  # ("서하시는 총연장 12㎞, 폭 30m인 도로를 놓는다": the values describe the road, not the topic)
    i = k - 1
    # "길이 2,450m, 폭 45m": earlier pairs of the same list
    while i >= 1 and _pair_value(ws[i]) and _label(ws[i - 1]):
        i -= 2
    if i >= 1 and ws[i].text in _NOW and not ws[i].inside:
        i -= 1  # "접속도로는 현재 길이 2㎞이며 …": the present between the topic and its sizes says when they hold
    noun = _topic(ws[i])
    if noun is None:
        return ()
    dimension = _noun_of(ws[k])
    topic = structure.Phrase(noun, Span(ws[i].start, ws[i].start + len(noun)), HOW)
    start = structure._compound_before(ws, i, 0)
    if start < i:
        # "청람공항 활주로는 길이 …": the name opening the compound owns its part
        first = ws[start]
        return (Sized(structure.Phrase(first.stem, Span(first.start, first.stem_end), HOW),
                      " ".join([*(w.stem for w in ws[start + 1 : i]), noun, dimension])),)
    # ("청람시에 있는 청람공항의 활주로는": a clause describing the possessor leaves it the owner when it is a name)
    owner = structure.possessor(ws, topic) or structure.owner_phrase(ws, i - 1) \
        if ws[i - 1].role == "possessive" and not ws[i - 1].inside else None
    return (Sized(topic, dimension),) + ((Sized(structure.Phrase(owner.text, owner.span, HOW), f"{noun} {dimension}"),)
                                         if owner is not None else ())


def _topic(w: Word) -> str | None:
    """The noun of a topic word: "활주로는" too, which the word reader splits as 활주 + 로는 (to, as for)."""
    if w.inside or w.predicate or w.closes or not w.stem or any(c.isdigit() for c in w.stem):
        return None
    noun = w.stem if w.role == "topic" else w.text[:-1] if w.particle == "로는" else None
    return noun if noun is not None and noun not in structure.NOT_OWNERS else None


def _label(w: Word) -> bool:
    """A bare dimension noun; as written, since the word reader takes the 이 of 길이 and 높이 for a particle."""
    return _noun_of(w) in DIMENSION_NOUNS and not w.inside and not w.closes


def _noun_of(w: Word) -> str:
    return w.text if w.text in DIMENSION_NOUNS else "" if w.particle or w.predicate else w.stem


def _pair_value(w: Word) -> bool:
    """An earlier value of the list: a figure closed by a comma ("2,450m,")."""
    return structure._figure(w) and w.closes == "," and not w.inside
