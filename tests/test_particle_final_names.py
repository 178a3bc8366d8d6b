"""A name whose last syllable is also a particle (issue #14): 담라도 (a province) is one word, not 담라 +
the particle 도 ("also"), when the document itself says so — it writes the word with a case particle
after it ("가온도는", "해솔도의"), or writes the same stem with another administrative head ("가온시",
"가온군") and never alone. Genuinely particle-final words keep their split ("서울도 올랐다" = Seoul too,
"GPT-3도"). Variants written for this change, not taken from a blind set."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import segment
from factlint.binding import bind_document
from factlint.binding.sentences import Bound
from factlint.binding.words import particle_final_names, words
from factlint.config.rules import load_rules
from factlint.loader import parse
from factlint.model import Document
from factlint.quantities import extract

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def bound(text: str, ruleset, path: str = "t.txt") -> list[Bound]:  # type: ignore[no-untyped-def]
    doc = parse(path, text.encode())
    assert isinstance(doc, Document)
    blocks = segment.blocks(doc)
    qs = [q for b in blocks for q in extract(b.text, b.span.start)]
    return bind_document(doc, blocks, qs, ruleset)


def owner_of(text: str, figure: str, ruleset, path: str = "t.txt") -> str | None:  # type: ignore[no-untyped-def]
    found = [b for b in bound(text, ruleset, path) if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    return found[0].claim.entity if found[0].claim is not None else None


# --- the document's evidence -------------------------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("가온도 9월 관광객 98만 명\n가온도는 9월 가온도를 찾은 관광객이 98만 명이라고 밝혔다.\n", "가온도"),
    ("해솔도의 인구는 41만 명이다. 해솔도 인구는 10년 만에 늘었다.\n", "해솔도"),
    ("미래와가 3분기 매출 1200억 원을 올렸다. 미래와 주가는 5% 올랐다.\n", "미래와"),  # a company 미래와
    ("가나로가 새 공장을 지었다. 가나로 매출은 120억 원이다.\n", "가나로"),  # a company 가나로
    # no case particle, but the province's office is written on the name and the stem never stands alone
    ("# 청람도 시·군 통계\n청람도청 자료.\n| 시·군 | 인구 |\n| 청람시 | 52만 |\n| 합계 | 71만 |\n", "청람도"),
    ("해솔도 인구 통계\n해솔도지사는 해솔도 인구가 늘었다고 말했다.\n", "해솔도"),
])
def test_a_name_the_document_writes_as_a_stem(text: str, name: str) -> None:
    assert name in particle_final_names(text)


@pytest.mark.parametrize("text, word", [
    ("서울도 집값이 0.5% 올랐다. 부산도 0.3% 올랐다.\n", "서울도"),  # Seoul too
    ("GPT-3도 1750억 개의 매개변수를 가졌다.\n", "GPT-3도"),
    ("서울시는 인구가 줄었다고 밝혔다. 서울의 집값은 올랐고 서울도 인구가 줄었다.\n", "서울도"),  # 서울 stands alone
    ("미래와는 다른 길을 택했다. 미래와 현재를 잇는다.\n", "미래와"),  # 와는: "with" + topic, stacked
    ("가온시는 예산을 늘렸다. 가온의 인구도 늘었고 가온도 5% 올랐다.\n", "가온도"),  # 가온 stands alone
    ("인구 감소\n서울도 인구가 5만 명 줄었다. 서울시는 대책을 내놨다.\n", "서울도"),  # a city is no province
    ("# 청람도 시·군 통계\n| 시·군 | 인구 |\n| 청람시 | 52만 |\n| 합계 | 71만 |\n", "청람도"),  # no evidence either way
    ("불법도청 의혹\n불법도 문제다. 불법 도청이 늘었다.\n", "불법도"),  # 도청 (wiretap), 불법 alone
])
def test_no_evidence_for_a_particle(text: str, word: str) -> None:
    assert word not in particle_final_names(text)


def test_words_rejoin_the_name_and_keep_the_particle_elsewhere() -> None:
    text = "가온도 9월 관광객은 98만 명이었고 가온도는 이를 밝혔다. 서울도 올랐다."
    names = particle_final_names(text)
    ws = {w.text: w for w in words(text, 0, names)}
    assert (ws["가온도"].stem, ws["가온도"].particle, ws["가온도"].role) == ("가온도", "", "")
    assert (ws["서울도"].stem, ws["서울도"].particle) == ("서울", "도")
    assert words("다온로 매출", 0)[0].stem == "다온로"  # 로 after ㄴ is no particle: whole with no evidence
    plain = {w.text: w for w in words(text, 0)}
    assert (plain["가온도"].stem, plain["가온도"].particle) == ("가온", "도")  # the cached split is unchanged


# --- claims ------------------------------------------------------------------------------------------


def test_a_province_headline_and_lead_own_its_figures(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("가온도 9월 방문객 98만 명…작년보다 5% 늘어\n"
            "입력 2025.10.02 09:00 | 가온도 관광정책과\n"
            "가온도는 올해 9월 가온도를 방문한 관광객이 98만 명으로 지난해 같은 달보다 5% 늘었다고 1일 밝혔다.\n"
            "이 가운데 가온시 방문객은 41만 명이었다.\n")
    owners = [b.claim.entity for b in bound(text, ruleset) if b.claim is not None]
    assert "가온도" in owners and "가온" not in owners


def test_a_statistics_table_of_a_province_totals_the_province(ruleset) -> None:  # type: ignore[no-untyped-def]
    rows = [("시·군", "인구(명)", "면적(㎢)"), ("---", "---", "---"), ("가온시", "412,300", "870.2"),
            ("나래군", "98,100", "402.5"), ("**합계**", "**510,400**", "**1,272.7**")]
    table = "".join(f"| {' | '.join(r)} |\n" for r in rows)
    text = (f"# 가온도 시·군 기본 통계 (2023년 말 기준)\n\n가온도청 「2024 가온도 통계연보」에서 발췌했다.\n\n{table}\n"
            "- 가온도 인구는 2013년 45만 명을 넘어선 뒤 약 13% 늘었다.\n")
    assert owner_of(text, "510,400", ruleset, "t.md") == "가온도"
    assert owner_of(text, "412,300", ruleset, "t.md") == "가온시"


def test_seoul_too_keeps_its_particle(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "주간 아파트값\n서울시는 아파트값 통계를 냈다. 서울도 아파트값이 0.5% 올랐다.\n"
    owner = owner_of(text, "0.5%", ruleset)
    assert owner != "서울도"
