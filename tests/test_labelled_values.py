"""A figure written right after its bare measured noun with no particle (issue #14, session 19, s19-recall): the
value of a label closed by a colon ("- 인구: 3만 8,412명") and a headline's measure before its ellipsis ("해밀식품,
지난해 고추장 수출 4,260톤…"). Pooled over the dev group's missed claims, a Korean figure with no attribute whose
gold attribute is the bare word right before it numbered 69 in 12 sets; these two shapes are in fresh5, fresh8,
fresh13, fresh14, fresh15, fresh17 and fresh18 (``structure.label_value``, ``structure.korean_head``).

Sentences written for these tests, on other entities, with hard negatives: a label of several nouns that names
another thing than the document ("하이랜드 스키리조트 입장객:"), a label after other words of its line, a time word as
the label, a multiple and a goal in a headline, a headline with two companies."""

from __future__ import annotations

from pathlib import Path

import pytest
from binding_helpers import bound

from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[1]

_LISTED = """# 청석군 관광 통계 한눈에 보기 (2024년)

> 청석군 관광과 | 최종 수정 2025-03-02

청석군은 온천과 트레킹을 잇는 체류형 관광지를 만들어 왔다.

## 기본 현황

- 인구: 2만 1,460명 (2024년 12월 말 기준)
- 면적: 612.3㎢
- 2024년 관광객: 210만 명으로 역대 최다
- 검은바위온천 방문객: 38만 명
- 대봉스키장 2024/25 시즌 입장객: 31만 명
- 곤돌라: 2023년 도입, 시간당 수송 능력 1,800명
- 개장: 2021년 5월
"""


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules([str(REPO / "rules")])


def _claims(pack: RuleSet, text: str) -> dict[str, tuple[str, str] | None]:
    return {b.quantity.text: (b.claim.entity, b.claim.attribute) if b.claim else None for b in bound(text, pack)}


@pytest.mark.parametrize(("figure", "want"), [
    ("2만 1,460명", ("청석군", "인구")),
    ("612.3㎢", ("청석군", "면적")),
    ("210만 명", ("청석군", "관광객")),  # the time word before the label says when
])
def test_a_label_closed_by_a_colon_is_what_its_value_measures(pack: RuleSet, figure: str, want: tuple[str, str]) -> None:
    assert _claims(pack, _LISTED)[figure] == want


@pytest.mark.parametrize("figure", [
    "38만 명",  # a label of several nouns: the spa's visitors, not the county's
    "31만 명",  # the ski resort's season, a name and a season before the label
    "1,800명",  # after other words of its line: no label of its own
])
def test_a_label_that_may_name_another_thing_is_no_claim_of_the_document(pack: RuleSet, figure: str) -> None:
    got = _claims(pack, _LISTED).get(figure)
    assert got is None or got[0] != "청석군"


def test_a_date_after_a_label_is_left_to_the_event_readers(pack: RuleSet) -> None:
    claims = _claims(pack, _LISTED)
    assert claims.get("2021년 5월") is None or claims["2021년 5월"] != ("청석군", "개장")  # (no new reading here)


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("[보도자료] 소하식품, 지난해 김 수출 1,830톤…사상 최대\n\n소하식품은 지난해 김 수출이 늘었다고 밝혔다.\n",
     "1,830톤", ("소하식품", "김 수출")),
    ("다온제약, 지난해 매출 4,120억 원…신약 효과로 역대 최대\n\n다온제약은 18일 실적을 발표했다.\n",
     "4,120억 원", ("다온제약", "매출")),
])
def test_a_headline_measure_before_its_ellipsis_is_the_bare_noun_s(pack: RuleSet, text: str, figure: str,
                                                                    want: tuple[str, str]) -> None:
    assert _claims(pack, text)[figure] == want


def test_a_headline_multiple_is_no_value_of_the_noun_before_it(pack: RuleSet) -> None:
    text = "다온제약, 지난해 매출 전년의 2배…역대 최대\n\n다온제약은 18일 실적을 발표했다.\n"
    assert _claims(pack, text)["2배"] is None


def test_a_headline_goal_keeps_its_goal_noun(pack: RuleSet) -> None:
    text = "다온제약, 올해 매출 목표 5,000억 원…신약 두 건 출시\n\n다온제약은 계획을 발표했다.\n"
    got = _claims(pack, text)["5,000억 원"]
    assert got is None or got[1] != "매출"


def test_a_headline_of_two_companies_gives_neither_the_other_s_figure(pack: RuleSet) -> None:
    text = "다온제약 매출 4,120억 원…한결제약은 3,900억 원\n\n두 회사가 실적을 발표했다.\n"
    claims = _claims(pack, text)
    assert claims.get("3,900억 원") is None or claims["3,900억 원"][0] != "다온제약"


# Session 20 (s20-kocount): the six false contradictions a review of s19-recall found, in sentences written for
# these tests, each a hard negative of the label and headline readings: the owner of a label is the nearest
# enclosing heading's entity (else the title's), never across a heading that names another thing; a heading or
# key of plans makes a goal; a figure a word of change follows is a change; a headline's former or conditional
# figure is no level.
_SECTIONS = """# 청석터널 개통 앞두고 막바지 점검

청석터널은 청석군과 대봉군을 잇는 왕복 4차로 터널이다.

## 청석터널

- 사업비: 2,950억 원
- 연장: 4.6㎞

## 대봉터널

- 사업비: 3,780억 원
- 연장: 2.7㎞

## 2030년 목표

- 통행량: 하루 3만 2천 대

## 사업비 변경

- 사업비: 840억 원 증액
"""


def _claim_of(pack: RuleSet, text: str, figure: str) -> tuple[str, str, bool] | None:
    name = "a.md" if text.startswith("#") else "a.txt"  # (a page with headings is Markdown)
    b = next(b for b in bound(text, pack, name) if b.quantity.text == figure)
    return (b.claim.entity, b.claim.attribute, b.claim.goal) if b.claim is not None else None


def test_a_label_under_its_own_heading_is_that_heading_s(pack: RuleSet) -> None:
    assert _claim_of(pack, _SECTIONS, "2,950억 원") == ("청석터널", "사업비", False)


@pytest.mark.parametrize("figure", ["3,780억 원", "2.7㎞"])
def test_a_label_under_a_heading_naming_another_thing_is_never_the_title_s(pack: RuleSet, figure: str) -> None:
    got = _claim_of(pack, _SECTIONS, figure)
    assert got is None or got[0] != "청석터널"


def test_a_label_after_a_change_word_is_no_level(pack: RuleSet) -> None:
    got = _claim_of(pack, _SECTIONS, "840억 원")
    assert got is None or got[:2] != ("청석터널", "사업비")


_GOALS = """# 청석군 관광 통계 (2024년)

청석군은 온천과 트레킹을 잇는 체류형 관광지를 만들어 왔다.

## 기본 현황

- 관광객: 210만 명

## 2030년 목표

- 관광객: 350만 명
"""


def test_a_label_under_a_heading_of_plans_is_a_goal(pack: RuleSet) -> None:
    assert _claim_of(pack, _GOALS, "210만 명") == ("청석군", "관광객", False)
    got = _claim_of(pack, _GOALS, "350만 명")
    assert got is None or got[2], "a goal next to the fact is never the same claim"


def test_a_label_naming_another_thing_under_the_page_s_heading_is_not_the_page_s(pack: RuleSet) -> None:
    text = _GOALS.replace("- 관광객: 210만 명", "- 관광객: 210만 명\n- 대봉스키장 입장객: 41만 명")
    got = _claim_of(pack, text, "41만 명")
    assert got is None or got[0] != "청석군"


@pytest.mark.parametrize(("text", "figure"), [
    # a headline's former figure: the first estimate, not the cost now
    ("청석터널, 당초 총사업비 2,100억 원…2,950억 원으로 늘어\n\n청석군은 청석터널의 사업비가 늘었다고 밝혔다.\n", "2,100억 원"),
    ("청석온천, 기존 객실 180실…리모델링 뒤 240실로\n\n청석온천은 재개장 계획을 밝혔다.\n", "180실"),
    # a headline's hypothetical: what the area would be
    ("청석군·대봉군 통합하면 면적 1,240㎢…도내 최대\n\n두 군의 통합 논의가 다시 시작됐다.\n", "1,240㎢"),
])
def test_a_headline_s_former_or_conditional_figure_is_no_level(pack: RuleSet, text: str, figure: str) -> None:
    got = _claim_of(pack, text, figure)
    assert got is None or got[1] not in ("총사업비", "면적", "객실")


_ENGLISH = """# Cheongseok Tunnel nears opening

The Cheongseok Tunnel links Cheongseok and Daebong counties.

## Daebong Tunnel

- Cost: 378 billion won
- Length: 2.7 km

## 2030 targets

- Visitors: 3.5 million
"""


@pytest.mark.parametrize("figure", ["378 billion won", "2.7 km", "3.5 million"])
def test_english_labels_under_another_thing_or_a_goal_are_not_the_title_s_facts(pack: RuleSet, figure: str) -> None:
    got = _claim_of(pack, _ENGLISH, figure)
    assert got is None or got[0] != "Cheongseok Tunnel" or got[2]


def test_an_emphasised_label_is_read_as_a_plain_one(pack: RuleSet) -> None:
    text = "# 청석군립수목원 운영 현황\n\n청석군립수목원은 청석군이 운영하는 수목원이다.\n\n## 기본 정보\n\n- **면적**: 62ha (약 18만 8천 평)\n"
    assert _claim_of(pack, text, "62ha") == ("청석군립수목원", "면적", False)


# Session 20's review of s20-kocount: hard negatives, sentences of the reviewer's (/tmp/rev20) and paraphrases.
# The page's title (level 1) is no section: a plans word in it makes no list item a goal; a status heading below it
# leaves the items facts.
@pytest.mark.parametrize("text", [
    "# 서하시 2030 발전 목표\n\n서하시는 남해안의 항구 도시다.\n\n## 현황\n\n- 인구: 3만 8,412명\n- 면적: 605㎢\n",
    "# 청석군 관광 진흥 계획\n\n청석군은 온천 관광지다.\n\n## 기본 정보\n\n- 인구: 3만 8,412명\n",
    "# 대봉시 2035 도시 기본계획 전망\n\n대봉시는 내륙 도시다.\n\n## 현황\n\n- 인구: 3만 8,412명\n",
])
def test_a_plans_word_in_the_page_s_title_makes_no_item_a_goal(pack: RuleSet, text: str) -> None:
    got = _claim_of(pack, text, "3만 8,412명")
    assert got is None or not got[2]


def test_a_plans_heading_below_the_title_still_makes_a_goal(pack: RuleSet) -> None:
    text = "# 서하시 개요\n\n서하시는 남해안의 항구 도시다.\n\n## 2030년 목표\n\n- 인구: 4만 명\n"
    got = _claim_of(pack, text, "4만 명")
    assert got is None or got[2]


# A headline's bare measured noun is its subject's only when read plainly: another whole or its statistic
# (업계 평균, 경쟁사 X), a time phrase the period reader cannot read (5년 전) or a year (a headline drops its verb: a
# goal or forecast as well as a fact) leave no claim of the subject's.
@pytest.mark.parametrize(("text", "figure"), [
    ("해밀식품, 업계 평균 매출 1,500억 원…\n해밀식품은 지난해 매출 900억 원을 올렸다고 11일 밝혔다.\n", "1,500억 원"),
    ("다온제약, 국내 제약업계 평균 영업이익 320억 원…\n다온제약은 18일 실적을 발표했다.\n", "320억 원"),
    ("해밀식품, 경쟁사 청솔식품 매출 1,240억 원…추격 나서\n해밀식품은 지난해 매출 900억 원을 올렸다고 11일 밝혔다.\n", "1,240억 원"),
    ("해밀식품, 2030년 매출 5,000억 원…\n해밀식품은 지난해 매출 900억 원을 올렸다고 11일 밝혔다.\n", "5,000억 원"),
    ("다온제약, 2028년 수출 2억 달러…해외 공략\n다온제약은 18일 계획을 발표했다.\n", "2억 달러"),
    ("해밀식품, 5년 전 매출 300억 원…지난해 900억 원\n해밀식품은 지난해 매출 900억 원을 올렸다고 11일 밝혔다.\n", "300억 원"),
    ("다온제약, 10년 만에 매출 4,000억 원…\n다온제약은 18일 실적을 발표했다.\n", "4,000억 원"),
])
def test_a_headline_figure_of_another_whole_or_an_unread_time_is_not_the_subject_s(pack: RuleSet, text: str,
                                                                                   figure: str) -> None:
    got = _claim_of(pack, text, figure)
    assert got is None or got[0] not in ("해밀식품", "다온제약") or got[2]
