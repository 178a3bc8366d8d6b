"""An incident as the owner of a figure: "2024년 3월 산불로 호숫가 산림 285ha가 불에 탄 뒤", "산림청은 이번 산불로
산림 312ha가 탔다고 집계했다" — the area burned is the fire's, and a fire is one entity only by its place and its
month (two fires are two entities; "산불" alone in two articles is none).

The incident is the noun in the cause adverbial (으)로 of the figure's clause, before the figure, that the text
pins down: by a year and month written before it ("2024년 3월 산불로"; a month alone is of the article's year,
the latest such month not after the dateline), or by a demonstrative pointing at the article's own story ("이번
산불로") when the title names that noun — then its month is the dateline's. Its place is the name written before
the noun ("동해안 산불", in the title "서하호 인근 산불"; a place's head ends it or the title writes it, so "대형 산불"
names none and makes no incident), else the title's topic (a local article's "2024년 3월
산불" is its place's). The figure measures the bare noun glued to it ("산림 285ha가"). Nothing else is an
incident: "헬기로", "강풍으로" have no date, "축구장(0.714ha)" no cause, "2024년 3월 기준으로", "12월 조사로" say as
of when or how a figure is known.

The entity is written "산불 (서하호, 2024-03)"; such claims carry ``how`` :data:`HOW`, which the contradiction
check's ``incidents`` mode compares (rule ``incident-figure-contradiction``).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..model import Document, Span
from . import structure
from .words import Word, words

HOW = "incident"

_CAUSE = ("로", "으로")
_YEAR = re.compile(r"(\d{4})년$")
_MONTH = re.compile(r"(\d{1,2})월$")
# a demonstrative that points at the article's own story ("이번 산불", "금번 화재")
_THIS = frozenset({"이번", "금번"})
# a year named relative to the dateline's ("지난해 4월", "올해 3월")
_RELATIVE_YEAR = {"지난해": 1, "작년": 1, "전년": 1, "올해": 0, "올": 0, "금년": 0, "재작년": 2}
# a (으)로 that says as of when a value holds or how it is known, not what caused it: "2024년 3월 기준으로 인구 28만
# 명이", "2024년 3월 조사로 실업자 3만 명이", "12월 집계로" (structure's reference words and verbal nouns of stating,
# and the nouns of a survey's result)
_NO_INCIDENT = structure.REFERENCE_WORDS | structure.STATING | frozenset({"조사", "통계", "자료", "분석", "결과", "연구"})


def incident(doc: Document, ws: Sequence[Word], figure: Span, clause: Span) -> tuple[str, str] | None:
    """(the incident's entity, the noun the figure measures), or None when no dated incident causes the figure."""
    found = structure.figure_words(ws, figure)
    if found is None or found[0] < 2:
        return None
    first = found[0]
    noun = ws[first - 1]
    if not (noun.hangul and not noun.particle and not noun.closes and not noun.predicate and noun.stem
            and not any(c.isdigit() for c in noun.stem)) or ws[found[1]].particle not in ("이", "가"):
        return None
    # the cause: the nearest word in (으)로 before the measured noun, inside the clause, with only bare nouns between
    k = first - 2
    while k >= 0 and ws[k].start >= clause.start and not ws[k].particle and not ws[k].predicate and first - k <= 4:
        k -= 1
    if k < 0 or ws[k].start < clause.start or ws[k].particle not in _CAUSE or ws[k].predicate \
            or any(c.isdigit() for c in ws[k].stem) or len(ws[k].stem) < 2 or ws[k].stem in _NO_INCIDENT:
        return None
    event = ws[k].stem
    month = _month(doc, ws, k)
    if month is None:
        return None
    place = _place(ws, k)
    if place is not None and not _is_place(place, _title_words(doc)):
        return None  # "2024년 3월 대형 산불로": a size or a kind before the noun, no place: which fire is not written
    place = place or _title_place(doc, event)
    if place is None:
        return None
    return f"{event} ({place}, {month})", noun.stem


def _month(doc: Document, ws: Sequence[Word], k: int) -> str | None:
    """The year and month written before the incident's noun, else the dateline's for "이번 N" in an article whose
    title names N."""
    j = k - 1
    while j >= 0 and not ws[j].particle and not ws[j].predicate and k - j <= 3:
        m = _MONTH.match(ws[j].stem)
        if m is not None:
            y = _YEAR.match(ws[j - 1].stem) if j > 0 and not ws[j - 1].particle else None
            month = int(m.group(1))
            if not 1 <= month <= 12:
                return None
            if y is not None:
                return f"{y.group(1)}-{month:02d}"
            if doc.date is None:
                return None
            back = _RELATIVE_YEAR.get(ws[j - 1].stem) if j > 0 and not ws[j - 1].particle else None
            if back is not None:  # "지난해 4월 산불": the dateline's year before
                return f"{doc.date.year - back}-{month:02d}"
            year = doc.date.year - (month > doc.date.month)  # the latest such month not after the dateline
            return f"{year}-{month:02d}"
        if ws[j].stem in _THIS:
            title = _title_words(doc)
            if doc.date is not None and any(w.stem == ws[k].stem for w in title):
                return f"{doc.date.year}-{doc.date.month:02d}"
            return None
        j -= 1
    return None


def _place(ws: Sequence[Word], k: int) -> str | None:
    """A name written right before the incident's noun ("동해안 산불", "서하호 인근 산불"), past a place word."""
    j = k - 1
    if j >= 0 and ws[j].stem in structure.NEAR_PLACE and not ws[j].particle:
        j -= 1
    if j < 0 or ws[j].particle or ws[j].predicate or not ws[j].hangul or _MONTH.match(ws[j].stem) \
            or _YEAR.match(ws[j].stem) or ws[j].stem in _THIS or ws[j].stem in structure.NOT_OWNERS:
        return None
    return ws[j].stem


# The heads of Korean place names ("서하시", "누리군", "서하호", "누리강", "동해안"); a bare stem ("강원", "울진") is a place
# when the title writes it
_PLACE_HEADS = ("시", "군", "구", "도", "읍", "면", "리", "호", "강", "천", "산", "해안", "연안", "만", "섬", "항")


def _is_place(word: str, title: Sequence[Word]) -> bool:
    """Whether the word before an incident's noun names its place: a place's head ends it, or the title writes it."""
    return len(word) >= 2 and word.endswith(_PLACE_HEADS) or any(w.stem == word for w in title)


def _title(doc: Document) -> str:
    end = doc.text.find("\n")
    return doc.text[: end if end >= 0 else len(doc.text)]


def _title_words(doc: Document) -> list[Word]:
    return words(_title(doc), 0)


def _title_place(doc: Document, event: str) -> str | None:
    """The place the title names: before the incident's noun when the title names it ("서하호 인근 산불"), else the
    title's topic ("서하호 어획량 2년 연속 감소")."""
    title = _title_words(doc)
    at = next((i for i, w in enumerate(title) if w.stem == event), None)
    if at is not None:
        return _place(title, at)
    topic = structure.title_topic(_title(doc), 0)
    return topic.text if topic is not None and " " not in topic.text else None
