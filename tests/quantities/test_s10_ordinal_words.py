"""English ordinal words after "whose" or a copula (issue #16, session 10): "whose first line opened",
"was second in 2:08:50" (fresh4, fresh5). Variants of our own, with hard negatives: a second of time,
a compound word, an article with no noun after it (factlint/quantities/labels.py: ``ordinal_word``).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from tests.quantities.test_fresh2_classes import one, read


# --- an ordinal word after "whose" or a copula: "whose first line opened", "was second in 2:08:50" -------

ORDINALS = [
    ("The tram network, whose second line opened in 2015, carries 80,000 riders a day.", "second", 2),
    ("The carmaker, whose third plant is in Ulsan, hired 900 people.", "third", 3),
    ("Park was third in 4:12.55, behind two Kenyans.", "third", 3),
    ("The Dutch pair were second, 0.4 seconds behind.", "second", 2),
    ("Seoul is fifth on the list of the costliest cities.", "fifth", 5),
]


@pytest.mark.parametrize("text, figure, value", ORDINALS)
def test_an_ordinal_word_after_whose_or_a_copula(text: str, figure: str, value: int) -> None:
    q = one(text, figure)
    assert (q.kind, q.value) == ("number", F(value)), read(text)


@pytest.mark.parametrize("text", [
    "The gap was one second at the line.",  # a second of time, a number before it
    "The bike, whose second-hand price fell, sold fast.",  # a compound word
    "The margin was a second at most.",  # an article and no noun after it: a second of time
    "It was second nature to the crew.",
    "The winner was 2 seconds faster.",
    # after a copula, before a participle or a verb: an adverb of time, no rank
    "The virus was first detected in Wuhan.",
    "Such losses were first reported by the bank.",
    "The bridge is first opened to traffic at dawn.",
    "She was first to cross the line.",
    "The team was second to none.",
])
def test_no_ordinal_in_a_second_of_time_or_a_compound(text: str) -> None:
    assert [q for q in extract(text) if q.counter == "번째"] == [], read(text)


# --- 째 or 차 after a span of days, weeks, months or years: the Nth one, an ordinal label ---------------------

NTH_SPANS = [
    ("파업이 닷새째 이어지고 있다.", "닷새째", 5),
    ("농성 12일째인 노조는 협상을 요구했다.", "12일째", 12),
    ("입사 3년 차 직원 40명이 참여했다.", "3년 차", 3),
    ("개봉 2주째 1위를 지켰다.", "2주째", 2),
    ("시행 6개월째를 맞았다.", "6개월째", 6),
    ("회담 이틀째인 13일 양측은 합의했다.", "이틀째", 2),
    ("데뷔 2년차 투수가 완봉승을 거뒀다.", "2년차", 2),
    # were durations in earlier tests (test_time, test_fresh3b_classes, test_figure_phrases); the gold
    # labels "3일째", "이틀째" (realworld ko_wikinews_304) and "2년 차" (fresh) ordinals, as 째 is
    ("금리는 3년째 동결됐다.", "3년째", 3),
    ("세 해째 적자를 냈다.", "세 해째", 3),
    ("코레일은 파업 이틀째인 어제부터 운행을 줄였다.", "이틀째", 2),
    # 차 as a word of its own, with a particle or a copula after it
    ("그는 입사 3년 차였다.", "3년 차", 3),
    ("데뷔 2년 차부터 주전으로 뛰었다.", "2년 차", 2),
    ("입사 5년 차인 김씨는 팀장이 됐다.", "5년 차", 5),
]


@pytest.mark.parametrize("text, figure, value", NTH_SPANS)
def test_the_nth_day_or_year_is_an_ordinal_label(text: str, figure: str, value: int) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("number", F(value), None), read(text)
    assert q.counter in ("째", "차"), read(text)  # never 일: no day of a month


@pytest.mark.parametrize("text, figure, unit", [
    ("두 행사는 3일 차이로 열린다.", "3일", None),  # a gap: 차이
    ("3일 동안 차량 200대가 지나갔다.", "3일", "day"),  # a duration, 차량 after a word between
    ("공사는 2년 걸린다.", "2년", "year"),
    ("출시 1년 만에 10만 대가 팔렸다.", "1년", "year"),
    ("두 사람은 5살 차이다.", "5살", "year"),  # an age gap stays a span
    # 차 opening a word of its own after the span: 차단 (a block), 차관 (a loan), 차입 (borrowing)
    ("해당 사이트는 90일 차단 조치를 받았다.", "90일", "day"),
    ("계정은 3개월 차단됐다.", "3개월", "month"),
    ("정부는 10년 차관을 들여왔다.", "10년", "year"),
    ("만기 3년 차입금이 늘었다.", "3년", "year"),
])
def test_a_span_without_an_ordinal_word_keeps_its_reading(text: str, figure: str, unit: str | None) -> None:
    q = one(text, figure)
    assert q.unit == unit and q.counter not in ("째", "차"), read(text)
