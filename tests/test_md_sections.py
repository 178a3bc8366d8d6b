"""Markdown sections name their entity (issue 14, items 2 and 8; fresh8 C4, C6): a heading that names one
entity is the topic of the "key: value" list items and of the total row of a table under it; a heading of
generic words keeps the page title's topic; a heading's year is the period of its figures. Pages written for
this test (a county's, a hospital's, a company's, an English project page), with hard negatives: a heading
naming two entities, a question, a heading of common nouns, a source of funds, a goal, a plan's section."""

from __future__ import annotations

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


def claims(text: str, ruleset: Any) -> list[Claim]:
    doc = parse("t.md", text.encode())
    assert isinstance(doc, Document)
    blocks = segment.blocks(doc)
    return [b.claim for b in bind_document(doc, blocks, extract_blocks(doc.text, blocks), ruleset) if b.claim is not None]


def of(cs: list[Claim], text: str) -> list[Claim]:
    return [c for c in cs if c.quantity.text == text]


BRIDGE = """# 청하군 주요 사업 현황 (2025년 1월 기준)

## 1. 청하대교 건설사업

- 총연장: 1.8㎞ (왕복 4차로)
- 공정률: 45% (2024년 말 기준)
- 도비: 300억 원
- 연간 이용객 목표: 80만 명

| 재원 | 금액(억 원) | 비율 |
|---|---:|---:|
| 국비 | 900 | 75.0% |
| 도비 | 300 | 25.0% |
| 합계 | 1,200 | 100% |

## 2. 2024년 관광지 방문객

| 관광지 | 방문객(명) |
|---|---:|
| 청하계곡 | 512,000 |

## 3. 기타 지표

- 관광 소비액: 4,100억 원 (2024년, 카드 매출 기준)
- 빙어축제 경제효과: 약 120억 원
"""


def test_heading_names_the_items_entity(ruleset: Any) -> None:
    cs = claims(BRIDGE, ruleset)
    [length] = of(cs, "1.8㎞")
    assert (length.entity, length.attribute) == ("청하대교", "총연장")
    [progress] = of(cs, "45%")
    assert (progress.entity, progress.attribute, progress.period, progress.reference) == ("청하대교", "공정률", "2024", "2024-12-31")


def test_source_of_funds_stays_its_key_and_goal_is_goal(ruleset: Any) -> None:
    cs = claims(BRIDGE, ruleset)
    [funds] = of(cs, "300억 원")
    assert (funds.entity, funds.attribute) == ("청하대교", "도비")  # a part of the cost, never the cost
    [target] = of(cs, "80만 명")
    assert target.goal and target.attribute == "연간 이용객 목표"


def test_total_row_is_the_projects_cost(ruleset: Any) -> None:
    cs = claims(BRIDGE, ruleset)
    [total] = of(cs, "1,200")
    assert (total.entity, total.attribute, total.quantity.value) == ("청하대교", "총사업비", 120_000_000_000)
    assert not of(cs, "100%")  # the whole's share of itself
    assert [c.entity for c in of(cs, "900")] in ([], ["국비"])  # a part stays a part


def test_heading_year_is_the_period_not_the_pages_reference(ruleset: Any) -> None:
    [visitors] = of(claims(BRIDGE, ruleset), "512,000")
    assert visitors.entity == "청하계곡" and visitors.period == "2024"


def test_generic_heading_takes_the_title_topic(ruleset: Any) -> None:
    cs = claims(BRIDGE, ruleset)
    [spending] = of(cs, "4,100억 원")
    assert (spending.entity, spending.attribute, spending.period) == ("청하군", "관광 소비액", "2024")


def test_key_naming_another_name_of_the_page(ruleset: Any) -> None:
    text = BRIDGE.replace("| 청하계곡 | 512,000 |", "| 청하계곡 | 512,000 |\n| 청하빙어축제 | 310,000 |")
    [effect] = of(claims(text, ruleset), "약 120억 원")
    assert (effect.entity, effect.attribute) == ("청하빙어축제", "경제효과")


def test_hospital_title_and_bold_keys(ruleset: Any) -> None:
    text = "# 한빛대학교병원 현황\n\n- 병상 수: 1,200개\n- **의사 수**: 850명\n\n## 한빛전자 개요\n\n- 매출액: 2,100억 원\n"
    cs = claims(text, ruleset)
    assert [(c.entity, c.attribute) for c in of(cs, "1,200개")] == [("한빛대학교병원", "병상 수")]
    assert [(c.entity, c.attribute) for c in of(cs, "850명")] == [("한빛대학교병원", "의사 수")]
    assert [c.entity for c in of(cs, "2,100억 원")] == ["한빛전자"]  # a company's head, no measure's


def test_company_fact_sheet_generic_section(ruleset: Any) -> None:
    text = "# 해람제약 개요\n\n## 주요 지표\n\n- 매출액: 3,200억 원 (2024년)\n- 임직원 — 1,450명\n"
    cs = claims(text, ruleset)
    assert [(c.entity, c.attribute, c.period) for c in of(cs, "3,200억 원")] == [("해람제약", "매출액", "2024")]
    assert [(c.entity, c.attribute) for c in of(cs, "1,450명")] == [("해람제약", "임직원")]


def test_english_project_page(ruleset: Any) -> None:
    text = "# Regional projects\n\nThe county builds the Seoha Bridge and a tunnel.\n\n## Seoha Bridge\n\n- Length: 2.4 km\n- **Lanes**: 4\n\n## Danwol Tunnel at a glance\n\n- Length: 6.4 km\n"
    cs = claims(text, ruleset)
    assert [(c.entity, c.attribute) for c in of(cs, "2.4 km")] == [("Seoha Bridge", "Length")]
    assert [(c.entity, c.attribute) for c in of(cs, "6.4 km")] == [("Danwol Tunnel", "Length")]


@pytest.mark.parametrize("heading", [
    "## 청하대교와 청하터널",  # two entities
    "## Seoha Bridge and Danwol Tunnel",
    "## 청하대교는 언제 완공되나?",  # a question
    "## 2024년 주요 관광지 방문객",  # common nouns: the rows, not the heading, name things
    "## 방문객 현황",  # one word, but a measure's: every county's page may have it
    "## 이용자 현황",
])
def test_heading_naming_no_one_entity(ruleset: Any, heading: str) -> None:
    text = f"# 관광 통계\n\n{heading}\n\n- 연장: 1.8㎞\n- 합계: 500만 명\n"
    cs = claims(text, ruleset)
    assert not of(cs, "1.8㎞") and not of(cs, "500만 명")


def test_plan_section_makes_goals(ruleset: Any) -> None:
    text = "# 청하대교 추진 계획\n\n- 총연장: 1.8㎞\n"
    [length] = of(claims(text, ruleset), "1.8㎞")
    assert length.entity == "청하대교" and length.goal


def test_generic_heading_under_a_title_naming_none(ruleset: Any) -> None:
    text = "# 2024년 관광 동향과 전망\n\n## 기타 지표\n\n- 관광 소비액: 1조 원\n"
    assert not of(claims(text, ruleset), "1조 원")


@pytest.mark.parametrize("heading", ["## 참고자료 (References)", "## Further Reading", "## 단월터널"])
def test_heading_alone_needs_the_page_to_name_it_again(ruleset: Any, heading: str) -> None:
    text = f"# 사업 현황\n\n{heading}\n\n- 연장: 1.8㎞\n- [Vicuna: 90% quality](https://example.org): 2023\n"
    cs = claims(text, ruleset)
    assert not of(cs, "1.8㎞") and not of(cs, "90%")


def test_key_figure_pairs_with_no_separator(ruleset: Any) -> None:
    text = ("# 청하군 현황\n\n- 연평균 강수량 1,380㎜, 1월 평균기온 영하 7.9℃\n- 산림 면적 약 5만 9천 ha (2023년)\n"
            "- 2024년 관광객 수는 310만 명으로 전년보다 12% 늘었다\n")
    cs = claims(text, ruleset)
    assert [(c.entity, c.attribute) for c in of(cs, "1,380㎜")] == [("청하군", "연평균 강수량")]
    assert [(c.entity, c.attribute) for c in of(cs, "영하 7.9℃")] == [("청하군", "1월 평균기온")]
    assert [(c.attribute, c.period) for c in of(cs, "약 5만 9천 ha")] == [("산림 면적", "2023")]
    # a sentence is no pair: what the binder makes of it, never a key "2024년 관광객 수는"
    assert all(c.how != "section" for c in of(cs, "310만 명") + of(cs, "12%"))


def test_english_title_at_a_glance(ruleset: Any) -> None:
    text = "# Haemil Foods at a glance\n\n- Revenue: 134.2 billion won\n- Annual rainfall 1,380 mm (2024)\n"
    cs = claims(text, ruleset)
    assert [(c.entity, c.attribute) for c in of(cs, "134.2 billion won")] == [("Haemil Foods", "Revenue")]
    assert [(c.entity, c.attribute, c.period) for c in of(cs, "1,380 mm")] == [("Haemil Foods", "Annual rainfall", "2024")]


def test_item_that_is_a_sentence_with_its_own_time(ruleset: Any) -> None:
    text = "# 해람제약 개요\n\n- 매출: 지난해 3,200억 원으로 전년보다 12% 늘었다.\n- 임직원: 약 1,450명\n"
    cs = claims(text, ruleset)
    assert all(c.how != "section" for c in of(cs, "3,200억 원"))  # its year is 지난해's, read by the binder
    assert [(c.entity, c.attribute) for c in of(cs, "약 1,450명")] == [("해람제약", "임직원")]


@pytest.mark.parametrize("heading", ["주요 경쟁사", "주요 협력사", "상위 3개 관광지"])
def test_a_kind_after_a_word_of_selection_names_no_entity(heading: str, ruleset: Any) -> None:
    """"## 주요 경쟁사" is the main competitors, several things (session 13 review): its items are not one
    '경쟁사' entity's — the title's company owns its own section, and no claim is keyed on the kind."""
    text = (f"# 해밀식품 팩트시트\n\n## 해밀식품\n\n- 매출: 1,340억 원\n\n## {heading}\n\n"
            "- 다온식품: 매출 1,200억 원\n- 규모: 직원 310명\n")
    cs = claims(text, ruleset)
    [own] = of(cs, "1,340억 원")
    assert own.entity == "해밀식품"
    kind = heading.split()[-1]
    assert [c.entity for c in of(cs, "1,200억 원") + of(cs, "310명") if c.entity in (kind, "해밀식품")] == []


def test_a_selection_word_before_a_generic_word_keeps_the_named_entity(ruleset: Any) -> None:
    """"# 청하군 주요 사업 현황": 주요 says which projects, the title still names 청하군 (BRIDGE above)."""
    [spending] = of(claims(BRIDGE, ruleset), "4,100억 원")
    assert spending.entity == "청하군"


@pytest.mark.parametrize("key, figure", [
    ("인근 영서터널 길이", "3.1㎞"),
    ("영서터널 연장", "3.1㎞"),
])
def test_a_key_naming_another_of_the_topics_kind_is_not_the_topics(key: str, figure: str, ruleset: Any) -> None:
    """"- 인근 영서터널 길이: 3.1㎞" under "## 단월터널" is another tunnel's length (session 13 review)."""
    text = f"# 강원 터널 현황\n\n## 단월터널\n\n단월터널은 숙원 사업이다.\n\n- 사업비: 4,870억 원\n- {key}: {figure}\n"
    cs = claims(text, ruleset)
    assert [(c.entity, c.attribute) for c in of(cs, "4,870억 원")] == [("단월터널", "사업비")]
    assert [c for c in of(cs, figure) if c.entity == "단월터널"] == []


def test_a_key_of_the_topics_own_tail_is_still_the_topics(ruleset: Any) -> None:
    text = "# 공원 현황\n\n## 단월산국립공원\n\n단월산국립공원은 1988년 지정됐다.\n\n- 국립공원 면적: 198.7㎢\n"
    [area] = of(claims(text, ruleset), "198.7㎢")
    assert area.entity == "단월산국립공원"


@pytest.mark.parametrize("labels", [("2022", "2023", "2024"), ("10월", "11월", "12월")])
def test_a_total_over_rows_of_times_is_no_claim(labels: tuple[str, ...], ruleset: Any) -> None:
    """"| 합계 | 124 |" under years' or months' rows sums periods: not the named heading's figure of any one
    (session 13 review: was 단월얼음축제 · 방문객 = 124만)."""
    rows = "".join(f"| {label} | {v} |\n" for label, v in zip(labels, ("38", "41", "45")))
    text = (f"# 단월군 관광 현황 (2025년 1월 기준)\n\n## 단월얼음축제\n\n단월얼음축제는 매년 1월 열린다.\n\n"
            f"| 구분 | 방문객(만 명) |\n|---|---|\n{rows}| 합계 | 124 |\n")
    assert of(claims(text, ruleset), "124") == []


def test_an_english_key_naming_another_of_the_topics_kind_is_not_the_topics(ruleset: Any) -> None:
    text = ("# Gangwon tunnels at a glance\n\n## Danwol Tunnel\n\nDanwol Tunnel is the county's biggest project.\n\n"
            "- Length: 6.4 km\n- Yeongseo Tunnel length: 3.1 km\n")
    cs = claims(text, ruleset)
    assert [c.entity for c in of(cs, "6.4 km")] == ["Danwol Tunnel"]
    assert [c for c in of(cs, "3.1 km") if c.entity == "Danwol Tunnel"] == []
