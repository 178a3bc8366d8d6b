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
