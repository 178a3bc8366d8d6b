"""A generic head alone as the possessor of a Korean clause's noun (issue #14, item 2): "천문대의
주관측실에는 구경 800mm 반사망원경이" (the page's 별누리천문대), "시 집계에 따르면 동물원의 지난해 관람객은 68만 2천여
명으로" (여림숲동물원). Like the bare topic of session 18 (``discourse.korean_bare_head``: "대회는 올해 …"), a head
written alone, with nothing that modifies it, is a definite noun phrase: the one thing of that kind the article
named before (the binder finds which: ``_only_headed``); with two of them named, or none, the binder reads the
possessor as before.

This module holds the structural test; ``binding._bare_possessor`` resolves the name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Span
from . import discourse
from .words import Word


def bare(ws: Sequence[Word], phrase: Span, sentence: Span) -> bool:
    """Whether a Korean possessor is a generic head alone: one Hangul word, the noun and 의, no 들 of a plural, not
    in brackets or quotes, and nothing before it in the sentence that modifies it ("다른 동물원의", "각 천문대의",
    "새로 문을 연 동물원의", "국내 동물원의", "서하군의 공장의"); a time word, a sentence adverb, a comma, a verb ending
    a clause or a phrase closed by another particle may stand before it ("시 집계에 따르면 동물원의 …")."""
    k = next((i for i, w in enumerate(ws) if w.start == phrase.start and w.stem_end == phrase.end), None)
    if k is None:
        return False
    w = ws[k]
    if w.particle != "의" or w.inside or w.opens or w.closes or not w.hangul \
            or w.stem.endswith("들") or len(w.stem) < 2:
        return False
    return discourse.unmodified(ws, k, sentence, after_clause=True)


# "회사 측은", "회사 측에 따르면", "회사 측의": the company as a party (측, "side"), the one company the article is about
_SIDE = re.compile(r"(?<![가-힣])회사\s?측(?:은|에\s?따르면|의|이)(?![가-힣])")


def company_side(text: str, sentence: Span, figure: Span) -> bool:
    """Whether the figure's sentence names "회사 측" (the company, as a party) before the figure as its topic or the
    source it follows ("회사 측에 따르면 2024년 말 기준 임직원 수는 640명이다", "회사 측은 2025년 스마트폰 매출
    목표를 80조 원으로 잡았다"): the bare kind word stands for the one company the article is about."""
    return _SIDE.search(text, sentence.start, figure.start) is not None


# Words that make a statement about a kind, not about one of it: "평균 21만 명", "전국 동물원의", "국내 동물원의"
_KIND_SCOPE = frozenset({"평균", "전국", "국내", "전국적으로", "일반적으로", "통상", "대부분", "보통", "대개", "대체로", "흔히"})


def generic_scope(ws: Sequence[Word], sentence: Span) -> bool:
    """Whether the sentence speaks of a kind ("동물원의 연간 관람객은 평균 21만 명"): an average, the whole country, the
    domestic whole, or a word of what is usual; a generic head alone in it is the kind, no one name."""
    return any(w.stem in _KIND_SCOPE or w.text in _KIND_SCOPE for w in ws if sentence.start <= w.start < sentence.end)


def source(ws: Sequence[Word], before: Span) -> str | None:
    """The first word of who a Korean sentence says states what follows, before ``before`` ("환경부 집계에 따르면",
    "시 집계에 의하면", "회사 측에 따르면": 환경부, 시, 회사), else None."""
    for k, w in enumerate(ws[:-1]):
        if w.start >= before.start:
            break
        if w.particle == "에" and ws[k + 1].stem in ("따르면", "의하면"):
            j = k
            while j > 0 and not ws[j - 1].particle and not ws[j - 1].predicate and ws[j - 1].hangul \
                    and not ws[j - 1].closes and ws[j - 1].start >= ws[0].start:
                j -= 1
            return ws[j].stem if ws[j].hangul else None
    return None
