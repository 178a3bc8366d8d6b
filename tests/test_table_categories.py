"""A table's rows that are kinds or ranks of the page's subject, and a title's page kind (issue 14, fresh9's
marathon guide): "| 풀코스 | 3,214명 |" under "| 종목 | 참가 인원 |" on "# 제5회 청람국제마라톤 참가 안내" is the
race's "풀코스 참가 인원", not an entity 풀코스; "참가 안내" says what the page is, no part of the name. Pages written
for this test (a festival's ticket prices, a company's plants, ranks of prizes), with hard negatives: rows that
are companies or cities stay the entities, a title that is a name ending in 안내센터 keeps it."""

from __future__ import annotations

from typing import Any

import pytest

from factlint import segment
from factlint.binding import bind_document, structure
from factlint.loader import parse
from factlint.model import Claim, Document
from factlint.quantities import extract, extract_blocks
from tests.test_table_claims import claims, ruleset  # noqa: F401  (the fixture)


def one(cs: list[Claim], text: str) -> Claim:
    found = [c for c in cs if c.quantity.text == text]
    assert len(found) == 1, (text, [(c.entity, c.attribute) for c in cs])
    return found[0]


FESTIVAL = """# 제3회 단월빛축제 관람 안내

## 권종별 입장료

| 종류 | 입장료 | 판매 매수 |
|---|---|---|
| 성인 | 12,000원 | 4,210매 |
| 청소년 | 8,000원 | 1,380매 |
| 합계 | - | 5,590매 |
"""


def test_kind_rows_are_parts_of_the_titles_event_without_its_page_kind(ruleset) -> None:  # type: ignore[no-untyped-def]
    cs = claims(FESTIVAL, ruleset)
    adult = one(cs, "12,000원")
    assert (adult.entity, adult.attribute, adult.scope) == ("단월빛축제", "성인 입장료", "edition 3")
    assert (one(cs, "1,380매").entity, one(cs, "1,380매").attribute) == ("단월빛축제", "청소년 판매 매수")
    total = one(cs, "5,590매")
    assert (total.entity, total.attribute) == ("단월빛축제", "판매 매수")
    assert not [c for c in cs if c.entity in ("성인", "청소년") or "안내" in c.entity]


PRIZES = """# 2025 해온컵 바둑대회 요강

## 순위별 상금

| 순위 | 일반부 | 학생부 |
|---|---|---|
| 1위 | 500만 원 | 100만 원 |
| 2위 | 200만 원 | 50만 원 |
| 계 | 700만 원 | 150만 원 |
"""


def test_rank_rows_qualify_the_column(ruleset) -> None:  # type: ignore[no-untyped-def]
    cs = claims(PRIZES, ruleset)
    first = one(cs, "500만 원")
    assert (first.entity, first.attribute) == ("2025 해온컵 바둑대회", "일반부 1위")
    assert one(cs, "50만 원").attribute == "학생부 2위"
    assert not [c for c in cs if c.entity in ("1위", "2위")]


ENGLISH = """# 2025 Seoul Marathon Guide

| Category | Entrants | Share |
|---|---|---|
| Full | 3,214 | 25.7% |
| Half | 4,102 | 32.9% |
| Total | 7,316 | 100% |
"""


def test_category_rows_and_a_totals_hundred_percent(ruleset) -> None:  # type: ignore[no-untyped-def]
    cs = claims(ENGLISH, ruleset)
    assert not [c for c in cs if c.entity in ("Full", "Half")]
    assert not [c for c in cs if c.quantity.text == "100%"]


COMPANIES = """# 2024년 청람시 배터리 업체 현황 안내

| 기업 | 매출 | 직원 수 |
|---|---|---|
| 루멘셀 | 3,200억 원 | 820명 |
| 하람소재 | 1,100억 원 | 310명 |
"""


def test_rows_that_are_names_stay_the_entities(ruleset) -> None:  # type: ignore[no-untyped-def]
    cs = claims(COMPANIES, ruleset)
    assert (one(cs, "3,200억 원").entity, one(cs, "3,200억 원").attribute) == ("루멘셀", "매출")
    assert one(cs, "310명").entity == "하람소재"


def test_a_name_ending_in_a_page_kind_word_keeps_it() -> None:
    topic = structure.title_topic("청람관광안내센터 2025", 0)
    assert topic is not None and topic.text == "청람관광안내센터 2025"
    guide = structure.title_topic("제5회 청람국제마라톤 참가 안내", 0)
    assert guide is not None and guide.text == "청람국제마라톤"


def test_a_month_or_weekday_is_never_an_owner_but_a_name_opening_with_one_is(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Battery maker Lumencell broke ground on a plant on Thursday.\n"
            "The company raised 45 billion won in a Series B round in March, which valued it at 120 billion won.\n"
            "Its rival was backed on Friday by March Capital, which manages 300 billion won.\n")
    doc = parse("t.txt", text.encode())
    assert isinstance(doc, Document)
    blocks = segment.blocks(doc)
    cs = [b.claim for b in bind_document(doc, blocks, extract_blocks(doc.text, blocks), ruleset) if b.claim is not None]
    assert not [c for c in cs if c.entity in ("March", "Thursday", "Friday")]


@pytest.mark.parametrize("sentence", [
    "청람 1공장의 연간 생산능력은 3만 톤이다.",
    "루멘셀은 2공장 가동을 내년으로 미뤘다.",
    "해온전자 생산 3라인의 가동률은 91%다.",
    "한빛대 2캠퍼스 부지는 12만㎡다.",
])
def test_a_sites_number_in_its_name_is_no_figure(sentence: str) -> None:
    found = [q.text for q in extract(sentence)]
    assert not [t for t in found if t.endswith(("공장", "라인", "캠퍼스"))], found


def test_a_count_of_plants_is_still_a_figure() -> None:
    assert any(q.text.startswith("3곳") or q.text.startswith("3개") for q in extract("루멘셀은 공장 3곳을 운영한다. 3개 공장이 있다."))


def _prose(text: str, ruleset: Any) -> list[Claim]:
    doc = parse("t.txt", text.encode())
    assert isinstance(doc, Document)
    blocks = segment.blocks(doc)
    return [b.claim for b in bind_document(doc, blocks, extract_blocks(doc.text, blocks), ruleset) if b.claim is not None]


@pytest.mark.parametrize("sentence, figure", [
    ("Haneulbit Air flies into Cheongram Airport from Jeju, and the airport is a 20-minute bus ride from the start line.",
     "20-minute"),
    ("Seoha Bio opened a research centre in Daejeon in 2023, but the centre has only 12 researchers.", "12"),
    ("Daon Foods sells its sauces in Japan, while its rival has 30 stores in Busan.", "30"),
])
def test_a_coordinated_clause_with_its_own_subject_is_not_the_first_subjects(ruleset, sentence: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    text = sentence + "\nThe report was published by Cheongram Herald on Monday.\n"
    owner = sentence.split()[0]
    assert not [c for c in _prose(text, ruleset) if c.quantity.text.startswith(figure) and c.entity.startswith(owner)]


def test_the_first_subject_keeps_a_figure_of_its_own_verb(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Haneulbit Air carried 412,000 passengers last year, and it opened two new routes.\n"
            "Haneulbit Air is based in Cheongram.\n")
    assert [c.entity for c in _prose(text, ruleset) if c.quantity.text.startswith("412,000")] == ["Haneulbit Air"]
