"""Reference times real layouts hide (issue 14): an article's date in its closing line, a day of a reference
time with no month ("4일 0시 기준": the article's month), a page's source or update line stating when its tables
are counted ("> … 2026년 8월 5일 갱신 (8월 4일 0시 기준)"). A discovered attribute is compared only at one stated
reference time, so each of these decides whether two figures meet at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from factlint import segment
from factlint.binding import bind_document
from factlint.binding.qualifiers import _day_of_month
from factlint.config.rules import load_rules
from factlint.engine import run
from factlint.loader import closing_date, dateline, parse
from factlint.model import Document
from factlint.quantities import extract_blocks

REPO = Path(__file__).resolve().parents[1]
TODAY = dt.date(2027, 1, 1)


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def _found(tmp_path: Path, texts: dict[str, str], ruleset) -> list[Any]:  # type: ignore[no-untyped-def]
    """The contradictions a run over ``texts`` (file name → text) reports."""
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run(sorted(str(tmp_path / name) for name in texts), ruleset, today=TODAY)
    assert not result.internal_errors
    return [f for f in result.findings if f.kind == "contradiction"]


def _references(name: str, text: str, ruleset) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """Each bound figure's reference time, by its text."""
    doc = parse(name, text.encode("utf-8"))
    assert isinstance(doc, Document)
    blocks = segment.blocks(doc)
    qs = extract_blocks(doc.text, blocks)
    return {b.claim.quantity.text: b.claim.reference for b in bind_document(doc, blocks, qs, ruleset) if b.claim is not None}


# --- the article's date from its closing line ---------------------------------------------------

@pytest.mark.parametrize("tail, date", [
    ("kim@yna.co.kr\n\n(끝)\n2025/09/03 09:12 송고\n", "2025-09-03"),  # Yonhap
    ("(끝)\n\n2025.09.03 오전 9:12 송고\n", "2025-09-03"),
    ("기사입력 2024.03.05 오전 9:12\n", "2024-03-05"),
    ("kim@yna.co.kr\n\n(끝)\n\n2025/09/03 09:12 송고\n\n저작권자(c) 연합뉴스, 무단 전재-재배포 금지\n", "2025-09-03"),
    ("— The Desk\n\nPublished March 14, 2019\n", "2019-03-14"),
    ("Updated 14 March 2019, 10:02 GMT\n", "2019-03-14"),
])
def test_an_article_dated_only_in_its_closing_line(tail: str, date: str) -> None:
    text = "제목\n\n" + "본문의 한 문장이다.\n\n" * 200 + tail  # past the first 1,500 characters a dateline is read in
    assert closing_date(text) is not None and closing_date(text).isoformat() == date  # type: ignore[union-attr]
    assert dateline(text).isoformat() == date  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "제목\n\n회사는 2026년 3월 5일 발행 예정인 채권을 모두 팔았다.\n",  # a date in prose, its label a noun of the clause
    "제목\n\n본문.\n\n2020년 1월 1일 서울에서 열린 행사에서 시장은 군민 모두가 함께한 신년 행사가 입력되었다고 말하며 웃었다.\n",
    "제목\n\n본문.\n\n(끝)\n",
    # a date in the last paragraph of prose, the closing lines after it dateless
    "제목\n\n" + "본문의 한 문장이다.\n\n" * 200 + "군은 지난 2025.09.03 입력 (시스템 점검 이후 재개된 자료 입력 작업을 모두 마쳤다고 밝혔으며 이는 당초 군이 밝힌 일정보다 사흘이나 빠른 것으로 주민들의 불편도 줄어들 전망이다)\n\n(끝)\n",
])
def test_no_closing_date(text: str) -> None:
    assert dateline(text) is None


def test_a_date_its_label_follows_at_the_top() -> None:
    assert dateline("# 현황\n\n> 군청 재난안전과 | 2026년 8월 5일 갱신 (8월 4일 0시 기준)\n").isoformat() == "2026-08-05"  # type: ignore[union-attr]


# --- pairs that meet: the same stated reference time ---------------------------------------------

PAGE = ("# 솔뫼군 가뭄 현황\n\n> 솔뫼군청 안전건설과 | 2025년 9월 3일 갱신 (9월 2일 0시 기준)\n\n## 저수지별 저수율\n\n"
        "| 저수지 | 저수율(%) |\n|---|---|\n| 달빛저수지 | 38.4 |\n| 마루저수지 | 52.0 |\n")
WIRE_HEAD = "솔뫼군 저수지 바닥 보여\n\n(솔뫼=연합뉴스) 김아무 기자 = 가을 가뭄이 길어지고 있다.\n\n"
WIRE_TAIL = "\n\nkim@yna.co.kr\n\n(끝)\n2025/09/03 09:12 송고\n"


@pytest.mark.parametrize("story", [
    # the closing line's date gives "2일" its month; the anaphor "이 저수지" its entity
    WIRE_HEAD + "솔뫼군에 따르면 군 최대 식수원인 달빛저수지는 1979년 준공됐다.\n\n"
    "이 저수지의 저수율은 2일 0시 기준 29.6%로, 인근 마루저수지(52.0%)보다 크게 낮다." + WIRE_TAIL,
    # other order: the reference time first, the entity named
    WIRE_HEAD + "2일 0시 기준 달빛저수지의 저수율은 29.6%에 그쳤다." + WIRE_TAIL,
    # a dateline at the top, the month written
    "솔뫼군 저수지 바닥 보여\n입력 2025.09.03 09:12\n\n달빛저수지의 저수율은 9월 2일 0시 기준 29.6%다.\n",
])
def test_a_story_meets_the_page_at_one_reference_time(tmp_path: Path, ruleset, story: str) -> None:  # type: ignore[no-untyped-def]
    (f,) = _found(tmp_path, {"page.md": PAGE, "story.txt": story}, ruleset)
    assert f.data["entity"] == "달빛저수지" and f.data["period"] == "as of 2025-09-02 00:00"
    assert {f.data["claim"]["quantity"]["text"], f.data["other"]["quantity"]["text"]} == {"38.4", "29.6%"}


def test_two_stories_of_a_running_count_meet(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    a = ("가을 축제 폐막\n\n(한벌=연합뉴스) 이아무 기자 = 한벌 국화축제가 막을 내렸다.\n\n"
         "축제추진위원회에 따르면 한벌 국화축제의 누적 방문객 수는 6일 기준 12만 3천 명으로 집계됐다.\n\n(끝)\n2025/10/07 08:30 송고\n")
    b = "한벌 국화축제 성황\n기사입력 2025.10.07\n\n축제추진위원회는 10월 6일 기준 한벌 국화축제의 누적 방문객 수가 14만 명이라고 밝혔다.\n"
    (f,) = _found(tmp_path, {"a.txt": a, "b.txt": b}, ruleset)
    assert f.data["attribute"] == "누적 방문객 수" and f.data["period"] == "as of 2025-10-06"


@pytest.mark.parametrize("before, day", [
    ("As of the 6th, the cumulative visitor count was ", (2025, 10, 6, None)),
    ("The count stood, as at the 30th, at ", (2025, 9, 30, None)),  # after the dateline's day: last month's
    ("누적 방문객 수는 6일 오전 0시 기준 ", (2025, 10, 6, 0)),
    ("누적 방문객 수는 10월 6일 기준 ", None),  # a month written: the full reference time's, not this rule's
    ("As of the 6th of October the count was ", None),  # a month after the day: not a day alone
])
def test_a_day_alone_takes_the_articles_month(before: str, day: tuple[int, int, int, int | None] | None) -> None:
    article = "Festival closes\n\nPublished Oct. 7, 2025\n\nThe festival ended.\n"
    doc = parse("a.txt", article.encode("utf-8"))
    assert isinstance(doc, Document) and doc.date == dt.date(2025, 10, 7)
    assert _day_of_month(before, doc)[0] == day


# --- pairs that must not meet -----------------------------------------------------------------------

@pytest.mark.parametrize("story", [
    # another day: the page is of 2일, the story of 3일
    WIRE_HEAD + "달빛저수지의 저수율은 3일 0시 기준 29.6%다." + WIRE_TAIL,
    # another year's same day after the reference time
    WIRE_HEAD + "달빛저수지의 저수율은 2일 0시 기준 지난해 같은 날 저수율 29.6%보다 크게 낮다." + WIRE_TAIL,
    # a forecast next to the fact (the fact agrees with the page)
    WIRE_HEAD + "달빛저수지의 저수율은 2일 0시 기준 38.4%로, 군은 이달 말 20% 아래로 떨어질 것으로 본다." + WIRE_TAIL,
    # a figure of a week before next to the fact, and the normal year's (the fact agrees with the page)
    WIRE_HEAD + "달빛저수지의 저수율은 2일 0시 기준 38.4%로 1주일 전(45.1%)보다 6.7%p 떨어졌다." + WIRE_TAIL,
    WIRE_HEAD + "달빛저수지의 저수율은 2일 0시 기준 38.4%로 평년(61.0%)에 크게 못 미친다." + WIRE_TAIL,
    # an undated story: "2일" has no month
    "솔뫼군 저수지 바닥 보여\n\n달빛저수지의 저수율은 2일 0시 기준 29.6%다.\n",
])
def test_a_story_of_another_time_is_not_compared(tmp_path: Path, ruleset, story: str) -> None:  # type: ignore[no-untyped-def]
    assert _found(tmp_path, {"page.md": PAGE, "story.txt": story}, ruleset) == []


def test_another_years_same_day_cancels_the_reference_time(ruleset) -> None:  # type: ignore[no-untyped-def]
    story = WIRE_HEAD + "달빛저수지의 저수율은 2일 0시 기준 지난해 같은 날 저수율 29.6%보다 크게 낮다." + WIRE_TAIL
    assert list(_references("story.txt", story, ruleset).values()) == [None]


def test_a_day_before_the_dateline_is_last_months(ruleset) -> None:  # type: ignore[no-untyped-def]
    story = WIRE_HEAD + "달빛저수지의 저수율은 30일 0시 기준 29.6%다.\n\n(끝)\n2025/09/02 09:12 송고\n"
    assert _references("story.txt", story, ruleset)["29.6%"] == "2025-08-30 00:00"


def test_last_months_day_does_not_meet_this_months(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    story = WIRE_HEAD + "달빛저수지의 저수율은 30일 0시 기준 29.6%다.\n\n(끝)\n2025/09/02 09:12 송고\n"
    page = PAGE.replace("2025년 9월 3일 갱신 (9월 2일 0시 기준)", "2025년 10월 1일 갱신 (9월 30일 0시 기준)")
    assert _found(tmp_path, {"page.md": page, "story.txt": story}, ruleset) == []


STORY = WIRE_HEAD + "이 가운데 달빛저수지의 저수율은 2일 0시 기준 29.6%다." + WIRE_TAIL


def test_a_reference_time_of_another_section_is_not_the_tables(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    page = ("# 솔뫼군 가뭄 현황\n\n입력 2025.09.03\n\n## 저수지별 저수율 (9월 2일 0시 기준)\n\n| 저수지 | 저수율(%) |\n|---|---|\n"
            "| 달빛저수지 | 29.6 |\n\n## 평년 같은 시기 저수율\n\n| 저수지 | 저수율(%) |\n|---|---|\n| 달빛저수지 | 61.0 |\n"
            "\n자료: 솔뫼군청\n")
    refs = _references("page.md", page, ruleset)
    assert refs["29.6"] == "2025-09-02 00:00" and refs["61.0"] is None
    assert _found(tmp_path, {"page.md": page, "story.txt": STORY}, ruleset) == []


def test_a_section_of_another_time_does_not_take_the_pages(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    page = PAGE.replace("| 달빛저수지 | 38.4 |", "| 달빛저수지 | 29.6 |") + (
        "\n## 지난해 같은 날 저수율\n\n| 저수지 | 저수율(%) |\n|---|---|\n| 달빛저수지 | 61.0 |\n"
        "\n## 평년 저수율\n\n| 저수지 | 저수율(%) |\n|---|---|\n| 달빛저수지 | 70.2 |\n")
    refs = _references("page.md", page, ruleset)
    assert refs["29.6"] == "2025-09-02 00:00" and refs["61.0"] is None and refs["70.2"] is None
    assert _found(tmp_path, {"page.md": page, "story.txt": STORY}, ruleset) == []


def test_a_prose_line_at_the_top_is_no_source_line(ruleset) -> None:  # type: ignore[no-untyped-def]
    page = ("# 솔뫼군 가뭄 현황\n\n입력 2025.09.03\n\n군은 9월 1일 0시 기준으로 가뭄 경보를 발령했다.\n\n## 저수지별 저수율\n\n"
            "| 저수지 | 저수율(%) |\n|---|---|\n| 달빛저수지 | 38.4 |\n")
    refs = _references("page.md", page, ruleset)
    assert refs.get("38.4") is None


def test_the_page_line_holds_for_its_tables_not_its_prose(ruleset) -> None:  # type: ignore[no-untyped-def]
    page = PAGE + "\n## 요약\n\n- 올해 1월 1일부터 8월 31일까지 달빛저수지 유역의 누적 강수량은 312㎜다.\n"
    refs = _references("page.md", page, ruleset)
    assert refs["38.4"] == "2025-09-02 00:00" and refs.get("312㎜") is None
