"""Claim-table precision, session 20 (issue #14): the wrong claims of the dev group pooled again (fresh19 and fresh20
now dev), each class removed by a rule about structure, written here as our own paraphrases on other topics with hard
negatives beside.

- a headline's first noun of one Hangul syllable is a common word or a word's part, never the name its lead is about:
  "[칼럼] 검은 고원이 …" (검, an adjective's stem: fresh13), "[해설] 차 한 잎에 기댄 하송군" (tea: fresh20), "1억3300만년 전
  공룡 뇌 화석" (before: realworld);
- a heading that splits a table's figures "by X" and names a thing before the split ("## 3. 시립과학관 분기별 관람객")
  says whose figures the rows are: the page's subject owns none of them (fresh19);
- "N 시대", "N 체제" (the era, the set-up of N: "참가 기업 600개 시대를 열겠다", "연산 10만 톤 체제") measures no
  era: the bare noun before the figure is what N counts (fresh2, fresh9, fresh19, fresh20);
- a list's part borrows the noun of the figure before it only when it is of that figure's kind: "2만 3,000㎡ 부지에
  …, 연면적 9,870㎡ 규모로" (a floor area after a site's area measures itself) and "총사업비 386억 원(국비 150억 원" after
  the site (money in brackets is no part of an area) are no "부지" (fresh19);
- "X, a county of about N people": the apposition says X is a county, and a Korean county (군) is "X County" in
  English (fresh8, fresh20)."""

from __future__ import annotations

from typing import Any

import pytest

from factlint.binding.tables import caption_owner
from tests.test_owners import ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of
from tests.test_table_claims import claims, of

# --- a one-syllable headline noun is no topic ----------------------------------------------------------------


@pytest.mark.parametrize("text, figure", [
    ("[칼럼] 밤 한 톨에 기댄 가림군, 홀로서기 할까\n입력 2026.01.10\n\n매출 2,150억 원, 영업이익 96억 원을 거뒀다.\n", "2,150억 원"),
    ("[해설] 붉은 들판이 푸르러지기까지…새봄군의 10년\n\n지난해 매출은 830억 원이었다.\n", "830억 원"),
])
def test_a_one_syllable_headline_noun_owns_no_figure(text: str, figure: str, ruleset: Any) -> None:
    found = claim_of(text, figure, ruleset)
    assert found is None or found[0] not in ("밤", "붉")


def test_a_noun_in_do_is_no_one_syllable_stem(ruleset: Any) -> None:
    # hard negative: "철도" read as 철 + 도 ("also") is still the railway, the headline's topic as before
    found = claim_of("철도 파업\n파업 참가자는 8,000명(참가율 40.5%)으로 집계됐다.\n", "8,000명", ruleset)
    assert found is not None and found[0] == "철도"


def test_a_headline_name_of_two_syllables_still_owns(ruleset: Any) -> None:
    # hard negative: a two-syllable place or company name opening the headline is the lead's topic as before
    text = "가림, 지난해 관광객 120만 명…역대 최대\n\n가림군은 지난해 관광객이 120만 명으로 집계됐다고 밝혔다.\n"
    found = claim_of(text, "120만 명", ruleset)
    assert found is not None and found[0].startswith("가림")


# --- a heading that names whose figures a table splits ---------------------------------------------------------

_REPORT = """# 새봄시 2025년 주요 시정 성과 보고

새봄시는 지난해 인구 21만 4,000명을 기록했다. 새봄시는 관광 도시다.

## 3. 시립미술관 월별 관람객

| 구분 | 운영일수 | 관람객(명) |
|---|---|---|
| 1월 | 26 | 8,400 |
| 2월 | 24 | 7,900 |

## 4. 새봄시 분기별 인구

| 구분 | 인구(명) |
|---|---|
| 1분기 | 213,800 |
| 2분기 | 214,000 |
"""


def test_rows_under_a_heading_naming_another_owner_are_not_the_pages(ruleset: Any) -> None:
    cs = claims(_REPORT, ruleset)
    assert not [c for c in of(cs, "8,400") + of(cs, "7,900") if c.entity == "새봄시"]


def test_rows_under_a_heading_naming_the_page_stay_the_pages(ruleset: Any) -> None:
    # hard negative: the same layout under a heading that names the page's own subject
    cs = claims(_REPORT, ruleset)
    assert [c.entity for c in of(cs, "213,800")] == ["새봄시"]


@pytest.mark.parametrize("heading, owner", [
    ("## 3. 시립과학관 분기별 관람객", "시립과학관"),
    ("**중앙도서관 월별 대출 권수**", "중앙도서관"),
    ("## 2024년 월별 관광객 (만 명)", None),  # a year before the split: nobody's
    ("## 2. 분야별 주요 성과", None),  # a section number
    ("## 연도별 방문객 현황", None),
    ("## 주요 관광지 방문객", None),  # no split
])
def test_caption_owner(heading: str, owner: str | None) -> None:
    assert caption_owner(heading) == owner


# --- the era of N measures no era -----------------------------------------------------------------------------


@pytest.mark.parametrize("text, figure, attribute", [
    ("새봄 로봇박람회 폐막\n\n김도윤 새봄시장은 \"새봄 로봇박람회가 3년 만에 대표 전시회로 자리 잡았다\"며 \"2030년까지 "
     "참가 기업 800개 시대를 열겠다\"고 말했다.\n", "800개", "참가 기업"),
    ("가온셀, 시리즈C 600억 원 유치…\"2029년 연산 20만 톤 체제\"\n\n배터리 소재 기업 가온셀이 600억 원 규모의 투자를 "
     "유치했다고 12일 밝혔다. 가온셀은 2018년 설립됐다.\n", "20만 톤", "연산"),
])
def test_the_era_of_n_is_no_attribute(text: str, figure: str, attribute: str, ruleset: Any) -> None:
    found = claim_of(text, figure, ruleset)
    assert found is not None and found[1] == attribute


def test_a_noun_after_the_count_is_still_counted(ruleset: Any) -> None:
    # hard negative: a count followed by an ordinary noun keeps that noun ("부스 1,120개" is not "N개 시대")
    found = claim_of("가온박람회는 올해 참가 기업 327개를 모았다.\n", "327개", ruleset)
    assert found is None or "시대" not in found[1]


# --- "X, a county of N people" -----------------------------------------------------------------------------------


def test_a_county_apposition_names_the_county(ruleset: Any) -> None:
    text = ("Garim Foods employs about 900 people, most of them in Garim, a county of about 38,000 people "
            "known for chestnuts.\n")
    assert claim_of(text, "about 38,000", ruleset) == ("Garim County", "population")


def test_a_city_apposition_keeps_the_name(ruleset: Any) -> None:
    # hard negative: a city is written by its name alone ("Onhae", not "Onhae City")
    text = "The plant is in Saebom, a city of about 268,000 people on the south coast.\n"
    assert claim_of(text, "about 268,000", ruleset) == ("Saebom", "population")


# --- a part borrows only its own kind's noun -------------------------------------------------------------------

_LIBRARY = ("새봄시립도서관, 내달 개관…\"하루 3천 명 찾는 도서관으로\"\n\n새봄시립도서관이 다음 달 1일 문을 연다. 새봄시는 "
            "28일 이같이 밝혔다.\n\n강변로 일대 1만 8,000㎡ 부지에 지하 2층, 지상 4층, 연면적 7,400㎡ 규모로 지어진 도서관에는 "
            "총사업비 290억 원(국비 90억 원, 도비 30억 원, 시비 170억 원)이 투입됐다.\n")


def test_a_floor_area_after_a_site_measures_itself(ruleset: Any) -> None:
    assert claim_of(_LIBRARY, "7,400㎡", ruleset) == ("새봄시립도서관", "연면적")
    assert claim_of(_LIBRARY, "1만 8,000㎡", ruleset) == ("새봄시립도서관", "부지")  # hard negative: the site's own


def test_money_in_brackets_is_no_part_of_an_area(ruleset: Any) -> None:
    found = claim_of(_LIBRARY, "90억 원", ruleset)
    assert found is None or found[1] != "부지"


def test_a_part_in_brackets_of_its_wholes_kind_is_still_a_part(ruleset: Any) -> None:
    # hard negative: "누적 확진자 수는 54,770명(해외유입 5,245명)": a count in brackets after a count is its part
    text = "질병관리청에 따르면 새봄시의 누적 확진자 수는 54,770명(해외유입 5,245명)이다.\n"
    cs = claims(text, ruleset, "t.txt")
    assert [(c.attribute, c.scope) for c in of(cs, "5,245명")] == [("누적 확진자 수", "해외유입")]
