"""A result whose figures were stated sentences or lines before, linked by the noun they are named with
(issues #14/#16; the blind sets' misses fresh2 A1, A3 and fresh A3).

* a change whose level is in the sentence before: "…112억 달러어치를 수주했다. 수주액은 전년(86억
  달러)보다 34.9% 늘었다" (the clause's subject, 수주액, is named in the sentence before);
* a share of a whole stated lines before: "온열질환자가 4,326명으로 … 환자 가운데 남성이 3,267명(78.5%)"
  (the noun before 가운데 is the head of the noun the whole was stated with), "사회복지 예산이 1조
  6,020억 원으로 전체의 42.0%" (전체 of the part's own noun, 예산).

The rows were written before the code that reads them. Each has a right and a wrong rate; the
negatives name another whole (사망자, not 환자), another year or another entity, or two values.
"""

from __future__ import annotations

from typing import Sequence

import pytest
from statement_helpers import lint, right_and_wrong

import factlint.checks.arithmetic as arithmetic
from factlint.checks.arithmetic.figures import Figure, Paragraph
from factlint.checks.arithmetic.referents import Named

# (template, right, wrong)
ROWS = [
    # a change whose level is in the sentence before
    ("한결중공업이 지난해 선박 41척, 112억 달러어치를 수주했다고 밝혔다.\n연간 목표(135억 달러)의 83%를 채웠고, 수주액은 전년(86억 달러)보다 {} 늘었다.", "30.2%", "34.9%"),
    ("회사는 지난해 매출 1,234억 원을 올렸다. 매출은 전년(1,028억 원)보다 {} 증가했다.", "20%", "25%"),
    ("시의 올해 관광객은 520만 명으로 집계됐다.\n관광객은 지난해(400만 명)보다 {} 늘었다.", "30%", "23%"),
    ("수출은 지난달 650억 달러를 기록했다. 수출은 1년 전(600억 달러)에 비해 {} 증가했다.", "8.3%", "12%"),
    ("Hangyeol won orders worth $11.2 billion last year. Orders rose {} from $8.6 billion a year earlier.", "30.2%", "34.9%"),
    ("The company’s revenue was $1.23 billion in 2024. Revenue grew {} from $1.02 billion.", "21%", "25%"),
    # a share of a whole stated lines before, named before 가운데/중
    ("신고된 온열질환자가 4,326명으로 집계됐다.\n추정 사망자는 29명이었다.\n환자 가운데 남성이 3,267명({})으로 여성보다 많았다.", "75.5%", "78.5%"),
    ("올해 입학생은 1,250명이다. 학과별로 보면 입학생 중 공학계열이 500명({})이다.", "40%", "45%"),
    ("The trial enrolled 1,204 patients. Of the patients, 602 ({}) received the drug.", "50%", "55%"),
    # 전체 of the part's own noun, stated lines before
    ("청주시의 2025년도 본예산이 4조 2,150억 원으로 확정됐다.\n이는 올해 본예산(3조 9,800억 원)보다 2,350억 원 늘어난 규모다.\n분야별로는 사회복지 예산이 1조 6,020억 원으로 전체의 {}를 차지했다.", "38.0%", "42.0%"),
    ("올해 수출액은 6,000억 달러로 집계됐다.\n반도체 수출액은 1,200억 달러로 전체의 {}다.", "20%", "25%"),
]

RIGHT, WRONG = right_and_wrong(ROWS)


@pytest.mark.parametrize("text", RIGHT)
def test_right_result_holds(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert findings == [], [f.message for f in findings]
    assert any(s.verdict == "holds" and s.form in ("growth", "share") for s in statements), [(s.form, s.verdict, s.recomputation) for s in statements]


@pytest.mark.parametrize("text", WRONG)
def test_wrong_result_is_the_one_finding(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert len(findings) == 1, [(s.form, s.verdict, s.recomputation) for s in statements]
    assert findings[0].data["form"] in ("growth", "share"), findings[0].message


NEGATIVES = [
    # a share of another whole: 남성 of the deaths, not of the patients (29 named by 사망자)
    "신고된 온열질환자가 4,326명으로 집계됐다.\n추정 사망자는 29명이었다.\n사망자 가운데 남성이 20명(69%)이었다.",
    # two values the noun names: which whole is not said
    "올해 환자는 4,326명이다. 지난해 환자는 3,704명이었다. 환자 가운데 남성이 3,267명(78.5%)이었다.",
    # the noun names nothing stated before
    "온열질환자가 4,326명으로 집계됐다.\n사망자 가운데 남성이 20명(69%)이었다.",
    # a comparison base is not the whole: 본예산(3조 9,800억 원)보다 only
    "이는 올해 본예산(3조 9,800억 원)보다 2,350억 원 늘어난 규모다.\n사회복지 예산이 1조 6,020억 원으로 전체의 42.0%를 차지했다.",
    # a change from a figure of another entity: B사's sales are not named in the sentence before
    "A사는 지난해 매출 1,200억 원을 올렸다. B사 매출은 전년(1,000억 원)보다 25% 증가했다.",
    # another year than the sentence before's
    "회사는 2024년 매출 1,200억 원을 올렸다. 2023년 매출은 전년(1,000억 원)보다 25% 증가했다.",
    "Revenue was $1.2 billion in 2024. Profit rose 25% from $1 billion.",
    # two levels in the sentence before
    "회사는 지난해 매출 1,200억 원, 영업이익 300억 원을 올렸다. 매출은 전년(1,000억 원)보다 25% 증가했다.",
    # a forecast's level
    "회사는 올해 매출 목표를 1,500억 원으로 잡았다.\n매출은 전년(1,000억 원)보다 25% 늘었다.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_the_named_figure(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert findings == [], [f.message for f in findings]


def test_each_block_names_its_figures_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # the figures a block names are read once, for its own statements and for the blocks after it
    # (they were read twice); the share of the whole named blocks before still holds and fails
    calls: list[int] = []

    def counting(p: Paragraph, figures: Sequence[Figure]) -> list[Named]:
        calls.append(p.masked.block.index)
        return real(p, figures)

    real = arithmetic.names
    monkeypatch.setattr(arithmetic, "names", counting)
    template = "신고된 온열질환자가 4,326명으로 집계됐다.\n\n추정 사망자는 29명이었다.\n\n환자 가운데 남성이 3,267명({})으로 여성보다 많았다."
    statements, findings = lint(template.format("75.5%"), "arithmetic")
    assert len(calls) == len(set(calls)) == 3  # three paragraphs with figures, each read once
    assert findings == [] and any(s.form == "share" and s.verdict == "holds" for s in statements)
    assert [f.data["form"] for f in lint(template.format("78.5%"), "arithmetic")[1]] == ["share"]
