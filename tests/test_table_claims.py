"""Markdown tables read zero-config (issues 14, 16): a cell's entity is its row's label, its attribute its
column header's noun, its unit and scale the header's bracket, its time the header's, the row's or the
table's heading/title. Tables written for this test (not the gold sets'), Korean and English, with hard
negatives: another row's cell, a forecast column, a rank and a notes column, a transposed table whose
header is years, a total row under a title naming a selection, rows that are times under a title that
names nothing."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from factlint import segment
from factlint.binding import bind_document
from factlint.config.rules import load_rules
from factlint.loader import parse
from factlint.model import Claim, Document
from factlint.quantities import extract_blocks

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def claims(text: str, ruleset: Any, path: str = "t.md") -> list[Claim]:
    doc = parse(path, text.encode())
    assert isinstance(doc, Document)
    blocks = segment.blocks(doc)
    return [b.claim for b in bind_document(doc, blocks, extract_blocks(doc.text, blocks), ruleset) if b.claim is not None]


def of(cs: list[Claim], text: str) -> list[Claim]:
    return [c for c in cs if c.quantity.text == text]


KO_CITIES = """# 강원특별자치도 주요 시 통계 (2022년)

| 시 | 인구(명) | 면적(㎢) | 2023 예산(억 원) |
|---|---|---|---|
| 춘천시 | 286,100 | 1,116.4 | 17,300 |
| 원주시 | 361,300 | 867.3 | — |
| **합계** | **647,400** | **1,983.7** | 17,300 |
"""


def test_korean_row_label_is_the_entity_and_the_header_the_attribute_unit_and_year(ruleset) -> None:  # type: ignore[no-untyped-def]
    cs = claims(KO_CITIES, ruleset)
    (pop,) = of(cs, "286,100")
    assert (pop.entity, pop.attribute, pop.quantity.value, pop.period) == ("춘천시", "인구", 286100, "2022")
    assert pop.quantity.kind == "count"
    (area,) = of(cs, "1,116.4")
    assert (area.entity, area.attribute, area.quantity.unit) == ("춘천시", "면적", "kilometer ** 2")
    budget = [c for c in of(cs, "17,300") if c.entity == "춘천시"]
    assert [(c.attribute, c.quantity.value, c.quantity.unit, c.period) for c in budget] == [("예산", 1730000000000, "KRW", "2023")]
    # another row's cell is that row's: 361,300 is 원주시's, never 춘천시's
    assert [c.entity for c in of(cs, "361,300")] == ["원주시"]
    # a dash is no figure; a bare 합계 under a title of "주요" cities is no whole the title names
    assert not [c for c in cs if c.entity in ("합계", "강원특별자치도")]


EN_TOWNS = """# Nordland towns at a glance

| Municipality | Population | Area (km²) | Budget 2025E ($m) | Rank |
|---|---|---|---|---|
| Bodø | 53,712 | 1,395 | 410 | 1 |
| Narvik | 21,800 | 2,023 | 190 | 2 |
"""


def test_english_headers_and_a_forecast_column(ruleset) -> None:  # type: ignore[no-untyped-def]
    cs = claims(EN_TOWNS, ruleset)
    (pop,) = of(cs, "53,712")
    assert (pop.entity, pop.attribute, pop.goal) == ("Bodø", "Population", False)
    (area,) = of(cs, "2,023")
    assert (area.entity, area.attribute, area.quantity.unit) == ("Narvik", "Area", "kilometer ** 2")
    (budget,) = of(cs, "410")
    # "2025E": an estimate for 2025, a goal/forecast never compared with actual figures
    assert (budget.entity, budget.attribute, budget.goal, budget.period, budget.quantity.value) == (
        "Bodø", "Budget", True, "2025", Fraction(410_000_000))
    assert not [c for c in cs if c.attribute == "Rank"]  # a rank column labels rows


MONTHS = """# 한라랜드 방문객 동향

## 2024년 월별 방문객 (만 명)

| 월 | 전체 | 외국인 |
|---|---|---|
| 3월 | 41.5 | 6.2 |
| 4월 | 45.0 | — |
"""


def test_rows_that_are_times_are_the_title_subjects_periods(ruleset) -> None:  # type: ignore[no-untyped-def]
    cs = claims(MONTHS, ruleset)
    (total,) = of(cs, "41.5")
    assert (total.entity, total.attribute, total.quantity.value, total.period, total.event) == (
        "한라랜드", "방문객", 415000, "2024", "2024-03")
    (foreign,) = of(cs, "6.2")
    assert (foreign.attribute, foreign.quantity.value) == ("외국인 방문객", 62000)
    assert not of(cs, "3월") and not of(cs, "만 명")  # the row's time and the heading's unit are no claims


def test_time_rows_under_a_title_that_names_nothing_have_no_entity(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "# 월별 강수량\n\n| 월 | 강수량(mm) |\n|---|---|\n| 6월 | 148.2 |\n| 7월 | 301.5 |\n"
    assert claims(text, ruleset) == []


def test_a_transposed_table_whose_header_is_years_makes_no_claim_of_a_year(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("# 가온전자 실적\n\n| 항목 | 2022 | 2023 | 2024(전망) |\n|---|---|---|---|\n"
            "| 매출(억 원) | 1,200 | 1,350 | 1,500 |\n")
    cs = claims(text, ruleset)
    assert not [c for c in cs if c.entity == "매출" or c.attribute in ("2022", "2023")]


def test_a_total_row_is_the_whole_the_title_names(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("# 한솔도 시·군 인구 (2023년 말 기준)\n\n| 시·군 | 인구(명) |\n|---|---|\n"
            "| 북촌군 | 312,400 |\n| 남포군 | 89,600 |\n| **합계** | **402,000** |\n")
    cs = claims(text, ruleset)
    (whole,) = of(cs, "402,000")
    assert (whole.entity, whole.attribute, whole.period, whole.quantity.value) == ("한솔도", "인구", "2023", 402000)
    # a total that says which rows it sums is that sum's
    text2 = text.replace("| **합계** |", "| 2개 시·군 합계 |")
    (part,) = of(claims(text2, ruleset), "402,000")
    assert part.entity == "2개 시·군 합계"


def test_rank_and_note_columns_and_a_declared_trigger(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("# 2024 관중 집계\n\n| 순위 | 구단 | 관중(명) | 비고 |\n|---|---|---|---|\n"
            "| 1 | 대전하나시티즌 | 24,100 | [1] |\n| 2 | 울산HD | 19,800 | 12 |\n")
    cs = claims(text, ruleset)
    (crowd,) = of(cs, "24,100")
    assert (crowd.entity, crowd.attribute) == ("대전하나시티즌", "관중")
    assert not [c for c in cs if c.attribute in ("순위", "비고")]
    models = "| Model | Parameters | Released |\n|---|---|---|\n| BLOOM | 176B | 2022 |\n"
    (params,) = of(claims(models, ruleset), "176B")
    assert (params.entity, params.attribute) == ("BLOOM", "parameters")  # the declared attribute's trigger wins


def test_the_header_scale_reads_the_cell_and_the_header_unit_is_no_figure() -> None:
    text = ("# 담라도 통계\n\n| 시·군 | 관광객(만 명) |\n| --- | --- |\n| 담라시 | 812 |\n| **합계** | **1,340** |\n\n"
            "## 월별 관광객 (만 명)\n\n| 월 | 전체 |\n| --- | --- |\n| 6월 | 131.2 |\n")
    doc = parse("t.md", text.encode())
    assert isinstance(doc, Document)
    qs = {q.text: q for q in extract_blocks(doc.text, segment.blocks(doc))}
    assert "만 명" not in qs
    assert (qs["812"].value, qs["812"].kind) == (8120000, "count")
    assert qs["1,340"].value == 13400000  # bold hides no figure
    assert qs["131.2"].value == 1312000  # the heading right above the table states its unit
    prose = parse("p.md", "## 관광객 (만 명)\n\n올해 관광객은 812만 명이다.\n".encode())
    assert isinstance(prose, Document)
    # a heading over prose, not over a table, keeps its figures as the reader read them
    assert any(q.text == "만 명" for q in extract_blocks(prose.text, segment.blocks(prose)))


def test_a_row_label_that_opens_like_a_month_is_no_month(ruleset) -> None:  # type: ignore[no-untyped-def]
    """"Augusta", "Marseille", "Decatur" open like Aug, Mar and Dec: only a month's name or its usual
    abbreviation is a time (a row that is a time is the title subject's period, not an entity)."""
    text = ("# Sister cities at a glance\n\n| City | Population |\n| --- | --- |\n"
            "| Augusta | 202,081 |\n| Marseille | 873,076 |\n| Decatur | 57,302 |\n")
    assert [(c.entity, c.quantity.text) for c in claims(text, ruleset)] == [
        ("Augusta", "202,081"), ("Marseille", "873,076"), ("Decatur", "57,302")]
    months = "# Sister cities at a glance\n\n| Month | Population |\n| --- | --- |\n| Aug. | 202,081 |\n| June | 202,377 |\n"
    assert not [c for c in claims(months, ruleset) if c.entity in ("Aug.", "June")]
