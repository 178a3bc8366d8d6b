"""A name whose last syllable is also a particle (issue #14): 담라도 (a province) is one word, not 담라 +
the particle 도 ("also"), when the document itself says so — it writes the word with a case particle
after it ("가온도는", "해솔도의"), or writes the same stem with another administrative head ("가온시",
"가온군") and never alone. Genuinely particle-final words keep their split ("서울도 올랐다" = Seoul too,
"GPT-3도"). Variants written for this change, not taken from a blind set."""

from __future__ import annotations

from pathlib import Path

import pytest

import binding_helpers
from factlint.binding.sentences import Bound
from factlint.binding.words import particle_final_names, words
from factlint.config.rules import load_rules

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def bound(text: str, ruleset, path: str = "t.txt") -> list[Bound]:  # type: ignore[no-untyped-def]
    return binding_helpers.bound(text, ruleset, path)


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


# --- a headline's figure: the name it opens with owns it, the noun before it is what it measures ------


def _headline_claims(title: str, ruleset) -> dict[str, tuple[str, str] | None]:  # type: ignore[no-untyped-def]
    text = title + "\n입력 2025.09.03 | 통계담당관실\n" + title.split()[0] + "는 9월 통계를 3일 밝혔다.\n"
    return {b.quantity.text: (b.claim.entity, b.claim.attribute) if b.claim is not None else None
            for b in bound(text, ruleset) if b.quantity.span.start < len(title)}


@pytest.mark.parametrize("title, figure, owner, attribute", [
    ("가온도 9월 방문객 98만 4천 명…전년 동월 대비 6.1% 증가", "98만 4천 명", "가온도", "방문객"),
    ("해솔도 2분기 출생아 1,204명…전년 동기 대비 2.3% 감소", "1,204명", "해솔도", "출생아"),
    ("청람구 상반기 전입자 8,812명…작년보다 4% 늘어", "8,812명", "청람구", "전입자"),
])
def test_a_headlines_count_measures_the_noun_before_it(title: str, figure: str, owner: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert _headline_claims(title, ruleset)[figure] == (owner, attribute)


@pytest.mark.parametrize("title, figure", [
    ("가온도 누적 방문객 1천만명 돌파…역대 최단", "1천만명"),  # a verbal noun after the figure is the headline's predicate
    ("가온시 21일 전기버스 120대 도입…시내버스 절반 전기로", "120대"),
])
def test_a_headlines_figure_before_its_verbal_noun_is_not_read_by_the_noun_after(title: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = _headline_claims(title, ruleset)[figure]
    assert found is None or found[1] not in ("돌파", "도입 시내버스", "돌파 역대")


def test_a_list_in_a_headline_stays_a_list(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = _headline_claims("서울 550명, 경기 257명…신규 확진 1천명 넘어", ruleset)
    assert all(c is None or c[0] not in ("서울", "경기") or c[1] != "신규 확진" for c in found.values())


def test_the_noun_after_a_comma_opens_the_next_item(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("가온도 9월 방문객 98만 4천 명\n입력 2025.09.03 | 통계담당관실\n"
            "가온도는 9월 가온도를 찾은 방문객이 98만 4천 명이라고 3일 밝혔다.\n"
            "이 가운데 내국인 방문객은 80만 1천 명, 외국인 방문객은 18만 3천 명이었다.\n")
    claims = {b.quantity.text: b.claim for b in bound(text, ruleset) if b.claim is not None}
    assert "80만 1천 명" not in claims or claims["80만 1천 명"].attribute != "외국인 방문객"


def test_a_quoted_verb_after_a_figure_is_no_attribute(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "슈퍼문 관측\n천문연구원은 슈퍼문이 가장 작은 보름달보다 약 14% 더 커보인다고 밝혔다.\n"
    found = [b for b in bound(text, ruleset) if b.quantity.text == "약 14%"]
    assert found and (found[0].claim is None or found[0].claim.attribute != "커보인다고")
