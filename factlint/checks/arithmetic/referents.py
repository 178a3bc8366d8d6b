"""Figures a statement refers to by name, stated sentences or lines before it (issues #14/#16).

A writer states a figure once and names it afterwards: "온열질환자가 4,326명으로 집계됐다. … 환자 가운데
남성이 3,267명(78.5%)" (the whole is the patients counted lines before), "112억 달러어치를 수주했다.
수주액은 전년(86억 달러)보다 34.9% 늘었다" (the level the change ends at is the sentence before's).
What links the figures is the noun: the whole's noun ("환자 가운데") is the head of the noun the earlier
figure was stated with ("온열질환자가 4,326명"); the change's subject ("수주액은") is a word of the
sentence before, whose one figure of the measure is the level.

Precision first: a referent is taken only when it is the one figure (one value) the noun names;
"사망자 가운데 남성이" takes the deaths ("추정 사망자는 29명"), never the patients; a figure stated as
a comparison base ("전년(3,704명)보다"), a start, a share's whole or a part of a list is not a level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Sequence

from .figures import Figure, Paragraph, clause_span
from .precision import figure_interval, meets

# What may stand between a figure and the noun it is stated with: "온열질환자가 4,326명", "예산 4조 2,150억
# 원", "인구는 총 85만 명", "2025년도 본예산이 4조 2,150억 원".
_MODIFIERS = r"(?:\s*(?:약|총|모두|무려|역대|최대|최소|지난달|지난해|올해|작년|금년|이번|이달|당시|전년|about|some|nearly|almost|roughly|around|a\s+total\s+of|(?:19|20)\d{2}\s*년(?:도)?(?:에는?)?|(?:19|20)\d{2}))*"
_LABEL_KO = re.compile(rf"(?<![가-힣])([가-힣]{{2,12}}?)(?:은|는|이|가)?{_MODIFIERS}\s*$")
_LABEL_EN = re.compile(rf"\b([A-Za-z][a-z]{{2,}})(?:\s+(?:was|were|is|are|of|at|totall?ed|reached|stood\s+at|worth|numbered)){{1,2}}{_MODIFIERS}\s*$", re.I)
_NOT_NOUNS = {"이는", "이다", "이며", "그는", "하는", "있는", "되는", "했다", "이번", "올해", "지난해", "전년", "작년", "내년", "전체", "합계"}
_LEVEL_ROLES = ("subject", "to", "other", "object")


@dataclass(frozen=True)
class Named:
    """A figure stated earlier in the article with the noun it was stated with."""

    noun: str
    figure: Figure
    clause: str = ""  # its clause's masked text up to it: the owner and period it is stated with ("지난해 수출은 ")


def label(p: Paragraph, f: Figure) -> str | None:
    """The noun a figure is stated with: the word right before it, without its particle ("온열질환자가
    4,326명" → 온열질환자), or an English counted noun ("4,326 patients" → patient)."""
    if f.q.counter and f.q.counter.isascii() and f.q.counter.isalpha():
        return stem(f.q.counter)
    s0 = max(0, f.start - 40)
    head = p.masked.text[s0 : f.start]
    head = head[head.rfind("⟧") + 1 :]
    m = _LABEL_KO.search(head)
    if m and m.group(1) not in _NOT_NOUNS:
        return m.group(1)
    m = _LABEL_EN.search(head)
    if m:
        return stem(m.group(1))
    return None


def stem(word: str) -> str:
    """An English noun without its plural's s, lower case ("Orders" → order); a Korean word as written."""
    if not word.isascii():
        return word
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def names(p: Paragraph, figures: Sequence[Figure]) -> list[Named]:
    """The figures of ``figures`` that may be named later: a level stated with its noun, not a base or a part."""
    out = []
    for g in figures:
        if g.role not in _LEVEL_ROLES or g.q.value is None or g.q.bound is not None or g.q.kind in ("percent", "ratio"):
            continue
        noun = label(p, g)
        if noun:
            out.append(Named(noun, g, p.masked.text[clause_span(p, g)[0] : g.start]))
    return out


def one_named(noun: str, earlier: Sequence[Named], like: Figure, larger_than: Figure | None = None) -> Figure | None:
    """The one value stated earlier with a noun whose head is ``noun`` ("환자" names "온열질환자"), of
    ``like``'s measure; None when none or two values are."""
    if len(noun) < 2:
        return None
    found = [n.figure for n in earlier if n.figure.dim == like.dim and _names(noun, n.noun)
             and (larger_than is None or (n.figure.q.value or 0) > (larger_than.q.value or 0))]
    values = {g.q.value for g in found}
    return found[-1] if len(values) == 1 else None


def _names(noun: str, stated: str) -> bool:
    if noun.isascii():
        return noun.lower() == stated.lower()
    return stated.endswith(noun)


# "환자 가운데 남성이 3,267명(78.5%)", "환자 중 65세 이상이": the whole named by a noun before 가운데/중.
_WHOLE_NOUN_KO = re.compile(r"(?<![가-힣])([가-힣]{2,12}?)(?:들)?\s*(?:가운데|중)(?:에서)?\s+[^⟦⟧]{0,20}$")
# "Of the patients, 3,267 (78.5%) were men", "Of those patients, …"
_WHOLE_NOUN_EN = re.compile(r"\b(?:of|among)\s+(?:the|all|these|those)\s+(?:[A-Za-z]+\s+)?([A-Za-z]{3,})\s*,\s*[^⟦⟧]{0,20}$", re.I)
_DEMONSTRATIVES = {"이들", "그중", "이중", "그들"}


def whole_noun(p: Paragraph, part: Figure) -> str | None:
    """The noun a part is said to be among, with no figure of its own: "환자 가운데 남성이 ⟦⟧", "Of the patients, ⟦⟧"."""
    c0, _ = clause_span(p, part)
    head = p.masked.text[max(c0, part.start - 40) : part.start]
    m = _WHOLE_NOUN_KO.search(head)
    if m and m.group(1) not in _DEMONSTRATIVES and m.group(1) not in _NOT_NOUNS:
        return m.group(1)
    m = _WHOLE_NOUN_EN.search(head)
    return stem(m.group(1)) if m else None


# The subject a clause is about: "수주액은 전년(⟦⟧)보다", "올해 매출은", "Orders rose 30% from ⟦⟧".
_SUBJECT_KO = re.compile(r"^[\s,]*((?:[가-힣A-Za-z0-9]+\s+){0,2}?[가-힣A-Za-z0-9]*?[가-힣]+)(?:은|는|이|가)\s")
_SUBJECT_EN = re.compile(r"^[\s,]*((?:[A-Z][\w'’-]*|the|its|their)(?:\s+[\w'’-]+){0,3}?)\s+(?:rose|grew|increased|climbed|jumped|fell|declined|dropped|decreased|were|was|are|is)\b")
_STOP = {"the", "its", "their", "올해", "이번", "지난해", "전년"}


def subject_words(p: Paragraph, f: Figure) -> list[str] | None:
    c0, c1 = clause_span(p, f)
    text = p.masked.text[c0:c1]
    m = _SUBJECT_KO.match(text) or _SUBJECT_EN.match(text)
    if m is None or "⟦" in m.group(1):
        return None
    words = [w for w in re.split(r"\s+", m.group(1)) if w and w.lower() not in _STOP]
    return words or None


# The head of a subject that names the measure itself, not a thing: "차량 선적 대수" (대 + 수: the count in 대), "민원 접수
# 건수", "신입생 인원", "the vehicle count", "the card total", "the number of riders"
_MEASURE_HEAD_EN = {"count", "number", "total", "tally"}


def named_words(words: Sequence[str], counter: str | None) -> list[str]:
    """A subject's words less a head that names the level's measure ("대수" of a figure in 대, "인원" of one in 명, "count",
    "number of"): "차량 선적 대수는 전년(…대)보다" names the sentence before's "선적 차량은 31만2400대" by 차량 and 선적.
    The words that are left must still name something."""
    out = list(words)
    if len(out) > 1 and not out[-1].isascii():
        if counter and not counter.isascii() and (out[-1] == f"{counter}수" or counter == "명" and out[-1] == "인원"):
            out.pop()
    elif len(out) > 1 and out[-1].lower() in _MEASURE_HEAD_EN:
        out.pop()
    elif len(out) > 2 and out[0].lower() in _MEASURE_HEAD_EN and out[1].lower() == "of":
        out = out[2:]
    return out


def mentions(words: Sequence[str], text: str) -> bool:
    """Does ``text`` name every word of a subject: "수주액" by its stem "수주" ("수주했다"), "Orders" by "order"?"""
    low = text.lower()
    for w in words:
        stem = w[:2] if not w.isascii() else w.lower()[:5]
        if len(stem) < 2 or stem not in low:
            return False
    return True


# --- a list of shares of one whole stated before (fresh3 E3) ---------------------------------------

@dataclass(frozen=True)
class ListShare:
    """An item's part, the whole the list's items bear out, and whether the item's percentage holds."""

    part: Figure
    whole: Figure
    holds: bool


# An item of a list of shares: a figure with its percentage in parentheses, "726명(19.6%)", "726 patients (19.6%)"
# (the counter may follow the number).
_ITEM_PARENS, _ITEM_CLOSE = re.compile(r"^\s*(?:[A-Za-z-]+\s*)?\(\s*$"), re.compile(r"^\s*\)")


def list_share(p: Paragraph, f: Figure, earlier: Sequence[Named]) -> ListShare | None:
    """A percentage that is one item of a list of shares in its sentence — "실외 작업장이 726명(19.6%)으로 가장
    많았고, 논밭 496명(15.4%), 길가 402명(10.9%) 순이었다" — of a whole stated earlier in the article and not
    named here. The whole is the one value stated earlier, of the items' measure and at least their sum,
    that the list's items bear out: at least two of them hold and more hold than fail (items of different
    wholes agree with no one figure). Needs three items or more."""
    items = _share_items(p, f.sentence)
    mine = [part for part, share in items if share is f]
    if len(items) < 3 or not mine or len({part.dim for part, _ in items}) != 1:
        return None
    parts = sum((part.q.value or 0) for part, _ in items)
    wholes: dict[object, Figure] = {}
    for n in earlier:
        g = n.figure
        if g.dim == mine[0].dim and g.q.value is not None and g.q.value >= parts and not g.q.approx:
            wholes[g.q.value] = g  # the last stated: the one the list follows
    borne = []
    for whole in wholes.values():
        verdicts = [_share_holds(part, share, whole) for part, share in items]
        if sum(verdicts) >= 2 and sum(verdicts) > len(verdicts) - sum(verdicts):
            borne.append(whole)
    if len(borne) != 1:
        return None
    return ListShare(mine[0], borne[0], _share_holds(mine[0], f, borne[0]))


def _share_items(p: Paragraph, sentence: int) -> list[tuple[Figure, Figure]]:
    text = p.masked.text
    figures = [g for g in p.figures if g.sentence == sentence]
    out = []
    for g, h in zip(figures, figures[1:]):
        if (h.q.kind == "percent" and h.q.unit == "%" and h.q.value is not None and h.q.bound is None
                and g.q.kind not in ("percent", "ratio") and g.q.value and g.q.bound is None
                and _ITEM_PARENS.match(text[g.end : h.start]) and _ITEM_CLOSE.match(text[h.end :])):
            out.append((g, h))
    return out


def _share_holds(part: Figure, share: Figure, whole: Figure) -> bool:
    iv = figure_interval(part.q).over(figure_interval(whole.q))
    return meets(iv, figure_interval(share.q).scale(Fraction(1, 100)))
