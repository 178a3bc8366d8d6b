"""A one-off event's date written as the value of a label that names the event (factlint/binding/labeldates.py):
a table column headed "개관"/"개통" (fresh5, fresh6, fresh15) and a list item keyed "개관일"/"착공" under a heading
that names its topic (fresh8, fresh15). Hard negatives: a plan's key, a recurring event, another event, a period,
a total row, a value that is no date, a heading of plans, a table of years."""

from __future__ import annotations

from pathlib import Path

import pytest
from binding_helpers import bound

from factlint.binding import labeldates
from factlint.claimtools import show
from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    root = Path(__file__).resolve().parents[1] / "rules"
    return load_rules(sorted(str(p) for p in root.iterdir() if p.name.endswith((".yaml", ".yml"))))


def _dates(text: str, ruleset: RuleSet) -> set[tuple[str, str, str]]:
    return {(b.claim.entity, b.claim.attribute, show(b.claim.quantity)) for b in bound(text, ruleset, "a.md")
            if b.claim is not None and b.claim.how in (labeldates.HOW_ITEM, labeldates.HOW_COLUMN)}


TABLE = """# 하온시 도서관 현황 (2024년)

| 도서관 | {head} | 장서(권) |
|---|---|---|
| 하온중앙도서관 | {first} | 412,300 |
| 강변도서관 | 2008년 | 186,500 |
| {total} | | 598,800 |
"""


@pytest.mark.parametrize(("head", "first", "expected"), [
    ("개관", "1996년", {("하온중앙도서관", "개관", "1996"), ("강변도서관", "개관", "2008")}),
    ("개관", "1996", {("하온중앙도서관", "개관", "1996"), ("강변도서관", "개관", "2008")}),  # a year alone
    ("개통", "1996년 3월", {("하온중앙도서관", "개통", "1996-03"), ("강변도서관", "개통", "2008")}),
    ("개관일", "**1996년 5월 2일**", {("하온중앙도서관", "개관", "1996-05-02"), ("강변도서관", "개관", "2008")}),
    # another value in the cell: which date it is is not only the event's
    ("개관", "1996년 (분관 2010년)", {("강변도서관", "개관", "2008")}),
    ("개관", "미정", {("강변도서관", "개관", "2008")}),
    # no one-off event: a recurring one, a plan, any other column
    ("개막", "1996년", set()),
    ("개관 예정", "1996년", set()),
    ("리모델링", "1996년", set()),
    ("연도", "1996년", set()),
])
def test_a_column_headed_by_a_one_off_event_dates_each_rows_entity(pack: RuleSet, head: str, first: str,
                                                                   expected: set[tuple[str, str, str]]) -> None:
    assert _dates(TABLE.format(head=head, first=first, total="합계"), pack) == expected


def test_a_total_row_names_no_entity(pack: RuleSet) -> None:
    text = TABLE.format(head="개관", first="1996년", total="합계").replace("| 합계 | |", "| **합계** | 2024년 |")
    assert ("합계", "개관", "2024") not in _dates(text, pack)


def test_a_table_whose_rows_are_years_dates_no_entity(pack: RuleSet) -> None:
    text = "# 하온선 연혁\n\n| 연도 | 개통 | 연장 |\n|---|---|---|\n| 2019년 | 2019년 3월 | 12.4km |\n"
    assert _dates(text, pack) == set()


PAGE = """# 하온시 주요 사업 현황

## 1. 하온터널 건설사업

- 연장: 5.2㎞ (왕복 2차로)
- {key}: {value}
- 공정률: 61%
"""


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("착공", "2021년 3월 / 개통 목표: 2027년 6월", {("하온터널", "착공", "2021-03")}),
    ("개통일", "2024년 11월 8일", {("하온터널", "개통", "2024-11-08")}),
    ("**준공**", "2023년 12월", {("하온터널", "준공", "2023-12")}),
    # a plan, a period, a value that is no date, a date after another word, a recurring event, another event
    ("개통 목표", "2027년 6월", set()),
    ("착공", "2021년 3월부터 공사 중", set()),
    ("개통", "미정 (2027년 목표)", set()),
    ("착공", "지난 2021년 3월", set()),
    ("개막", "2025년 10월 16일(목)", set()),
    ("부분 개통", "2024년 11월 8일", set()),
    ("사업비", "4,870억 원", set()),
])
def test_a_list_key_of_a_one_off_event_dates_the_sections_topic(pack: RuleSet, key: str, value: str,
                                                                 expected: set[tuple[str, str, str]]) -> None:
    assert _dates(PAGE.format(key=key, value=value), pack) == expected


def test_a_heading_of_plans_dates_no_event(pack: RuleSet) -> None:
    text = PAGE.format(key="착공", value="2021년 3월").replace("## 1. 하온터널 건설사업", "## 하온터널 추진 계획")
    assert _dates(text, pack) == set()


def test_a_heading_that_names_no_entity_dates_none(pack: RuleSet) -> None:
    text = PAGE.format(key="착공", value="2021년 3월").replace("## 1. 하온터널 건설사업", "## 하온터널과 강변교")
    assert _dates(text, pack) == set()


def _lint(texts: dict[str, str], ruleset: RuleSet) -> list[str]:
    docs = [parse(path, text.encode()) for path, text in texts.items()]
    return [f.message for f in lint_documents(docs, ruleset).findings if f.rule == "event-date-contradiction"]


PROSE = "하온 소식\n\n다온미술관은 {year}년 개관했다. 다온미술관의 관람객은 41만 명이다.\n"
MUSEUMS = "# 하온시 문화시설\n\n| 시설 | 개관 | 관람객 |\n|---|---|---|\n| 다온미술관 | 2011년 | 41만 명 |\n| 강변박물관 | 2015년 | 12만 명 |\n"


def test_the_cell_meets_the_prose_of_another_article(pack: RuleSet) -> None:
    found = _lint({"a.md": MUSEUMS, "b.txt": PROSE.format(year=2012)}, pack)
    assert len(found) == 1 and "다온미술관" in found[0]
    assert _lint({"a.md": MUSEUMS, "b.txt": PROSE.format(year=2011)}, pack) == []
