"""The figure's own phrase decides its attribute and owner (issue #14): the label a parenthesis opens
with, a name a bracketed figure is glued to, a name whose last syllable only looks like a particle."""

from __future__ import annotations

from pathlib import Path

import pytest

import binding_helpers
from factlint.binding.sentences import Bound
from factlint.config.rules import load_rules

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def bound(text: str, ruleset) -> dict[str, Bound]:  # type: ignore[no-untyped-def]
    return {b.quantity.text: b for b in binding_helpers.bound(text, ruleset, "t.txt")}


def claim_of(text: str, figure: str, ruleset) -> tuple[str, str, str | None] | None:  # type: ignore[no-untyped-def]
    found = bound(text, ruleset)
    assert figure in found, f"{figure!r} not read as a figure"
    c = found[figure].claim
    return (c.entity, c.attribute, c.scope) if c is not None else None


# --- a parenthesis opening with a label ------------------------------------------------------------


# (a headline that names who reports: "코로나 현황" alone is a subject of the page, no one's name)
@pytest.mark.parametrize("text, figure, attribute", [
    # a rate beside a count: the label names the rate, it is no part of the count
    ("질병관리청, 코로나 현황 발표\n사망자는 17명으로 누적 사망자는 773명(치명률 1.41%)이다.\n", "1.41%", "치명률"),
    ("질병관리청, 코로나 현황 발표\n누적 확진자 수는 52,550명(해외유입 비율 9.9%)이다.\n", "9.9%", "해외유입 비율"),
    ("철도 파업\n파업 참가자는 8,000명(참가율 40.5%)으로 집계됐다.\n", "40.5%", "참가율"),
])
def test_a_label_of_another_kind_names_the_figure(text: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(text, figure, ruleset)
    assert claim is not None and claim[1] == attribute and claim[2] is None


@pytest.mark.parametrize("text, figure, whole, part", [
    # hard negatives: a count beside a count is a part of it, its label the scope
    ("질병관리청, 코로나 현황 발표\n누적 확진자 수는 52,550명(해외유입 5,193명)이다.\n", "5,193명", "누적 확진자 수", "해외유입"),
    ("질병관리청, 코로나 현황 발표\n누적 확진자 수는 52,550명(해외유입 확진자 5,193명)이다.\n", "5,193명", "누적 확진자 수", "해외유입 확진자"),
])
def test_a_label_of_the_same_kind_is_a_part(text: str, figure: str, whole: str, part: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(text, figure, ruleset)
    assert claim is not None and claim[1:] == (whole, part)



# --- a figure in a parenthesis glued to a noun ---------------------------------------------------


@pytest.mark.parametrize("text, figure", [
    # the value of what the clause compares with, not the clause topic's nor the title's
    ("청주 통계\n청주시 면적은 서울(605.2㎢)의 약 1.6배다.\n", "605.2㎢"),
    ("노바LM 공개\n노바LM의 파라미터 수는 기존 모델(650억 개)의 두 배다.\n", "650억 개"),
    # a person's age: nothing beside it says what it measures
    ("노벨상\n스웨덴 왕립과학원 노벨위원회는 장피에르 소바주 교수(72)에게 상을 수여한다고 밝혔다.\n", "72"),
])
def test_a_bracketed_figure_is_the_value_of_the_noun_before_it(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    b = bound(text, ruleset)[figure]
    assert b.claim is None and "in parentheses" in b.reason


@pytest.mark.parametrize("text, figure, claim", [
    # a name before the parenthesis owns it, with the attribute the sentence states
    ("노바LM 공개\n언어 모델 '코난'은 지난해 나왔다. 노바LM의 파라미터 수는 코난(650억 개)의 두 배다.\n", "650억 개",
     ("코난", "parameters")),
    # hard negatives: the noun glued to the parenthesis is what the figure measures, not its owner
    ("실적\n삼성전자의 영업이익(2조원)은 전년보다 늘었다.\n", "2조원", ("Samsung Electronics", "영업이익")),
    ("시장\n국내 AI 시장 규모(2조원)는 전년보다 커졌다.\n", "2조원", ("Korean AI market", "market size")),
])
def test_a_bracketed_figure_keeps_its_name_or_its_measure(text: str, figure: str, claim: tuple[str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is not None and got[:2] == claim


# --- a syllable that is part of a name, not a particle -------------------------------------------


@pytest.mark.parametrize("text, figure, owner", [
    # the title's name ends in 도, which the document never leaves off: a province, not 충청북 + "also"
    ("# 충청북도 주요 시·군 통계\n\n충청북도 통계연보 자료다. 인구는 159만 명이다.\n", "159만 명", "충청북도"),
    ("충청북도 인구 통계\n충청북도는 인구가 159만 명이다.\n", "159만 명", "충청북도"),
    ("제주도 관광객 통계\n관광객 수는 1300만 명이다.\n", "1300만 명", "제주도"),
    # hard negative: a name the document also writes bare takes 도 as the particle "also"
    ("삼성도 반도체 투자\n삼성은 올해 반도체에 3조원을 투자한다. 삼성도 투자 규모는 3조원이다.\n", "3조원", "삼성"),
])
def test_a_name_keeps_a_last_syllable_that_looks_like_a_particle(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    owners = [b.claim.entity for b in bind_document_all(text, ruleset) if b.quantity.text == figure and b.claim is not None]
    assert owners and set(owners) == {owner}


def bind_document_all(text: str, ruleset) -> list[Bound]:  # type: ignore[no-untyped-def]
    return binding_helpers.bound(text, ruleset, "t.md" if text.startswith("#") else "t.txt")


# --- "X는 N%가 Y이다": the share of X that is Y ----------------------------------------------------


def test_a_percentage_subject_of_a_copula_is_the_share_the_noun_after_it_is(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of("모델 소개\n노바LM은 학습 데이터 중 87%가 한국어다.\n", "87%", ruleset) == ("노바LM", "한국어", None)


@pytest.mark.parametrize("text, figure", [
    # the topic is a common noun: no owner, and not the topic as the attribute of the title or a possessor
    ("화성 탐사\n화성의 대기는 95%가 이산화탄소인데, 지구에서 준비해 간 수소와 결합하면 메탄을 만들 수 있다.\n", "95%"),
    ("통계\n1976~1980년(33~37세) 여성은 29.1%가 미혼이었다.\n", "29.1%"),
    # hard negative: the share of a whole a possessor names is not read as the topic's
    ("삼성전자 실적\n삼성전자는 매출의 40%가 수출이며 나머지는 내수다.\n", "40%"),
])
def test_a_share_of_a_common_noun_is_no_ones(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) is None


def test_a_percentage_subject_of_a_verb_is_not_a_share(ruleset) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "35%가 넘었다" is the topic's own rate
    assert claim_of("삼성전자 실적\n삼성전자의 영업이익률은 35%가 넘었다.\n", "35%가 넘었다", ruleset) == \
        ("Samsung Electronics", "영업이익률", None)


# --- "N명의 X의 Y": the figure counts X, Y is what X has ---------------------------------------------


def test_a_count_marked_with_ui_describes_no_noun_after_its_phrase(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "폐암 연구\n106명의 폐암 환자의 DNA를 분석한 결과 돌연변이를 발견했습니다.\n"
    got = claim_of(text, "106명", ruleset)
    assert got is None or got[0] != "DNA"
    # the topic of the clause owns it, the count stays the patients' (the person, named without the title: session 17)
    text = "폐암 연구\n이창환 교수는 106명의 폐암환자의 DNA를 조사했다.\n"
    assert claim_of(text, "106명", ruleset) == ("이창환", "폐암환자", None)


@pytest.mark.parametrize("text, figure, owner", [
    # hard negatives: a bare figure before X의 NAME describes the name
    ("모델\n3000억 파라미터의 엑사원은 LG가 만들었다.\n", "3000억", "EXAONE"),
    ("모델\n3000억 개 파라미터의 '노바LM'은 공개됐다.\n", "3000억 개", "노바LM"),
])
def test_a_bare_figure_still_describes_the_name_after_its_phrase(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is not None and got[0] == owner


# --- the sides of a product ("A × B") --------------------------------------------------------------


def test_the_sides_of_a_product_measure_the_noun_after_it_each_in_its_place(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "노바폰 출시\n'노바폰'은 2960 x 1440 해상도를 지원한다.\n"
    assert claim_of(text, "2960", ruleset) == ("노바폰", "해상도", "side 1 of 2")
    assert claim_of(text, "1440", ruleset) == ("노바폰", "해상도", "side 2 of 2")


def test_a_product_that_is_the_predicate_measures_the_topic(ruleset) -> None:  # type: ignore[no-untyped-def]
    # the noun after "이고" opens the next clause: it is no noun of the product
    text = "노바폰 출시\n'노바폰'의 화면 크기는 15 cm × 7 cm이고 무게는 170 g이다.\n"
    assert claim_of(text, "15 cm", ruleset) == ("노바폰", "화면 크기", "side 1 of 2")
    assert claim_of(text, "7 cm", ruleset) == ("노바폰", "화면 크기", "side 2 of 2")


def test_a_product_with_no_noun_after_it_is_not_the_topics(ruleset) -> None:  # type: ignore[no-untyped-def]
    # the rink's length and width, in two notations, beside an adverbial: not the games' measure
    text = "2010년 동계 올림픽\n이번 대회 아이스하키 경기는 국제규격-200 ft × 98.5 ft (61 m × 30 m)- 대신에 NHL규격의 경기장에서 진행된다.\n"
    found = bound(text, ruleset)
    for figure in ("200 ft", "98.5 ft", "61 m", "30 m"):
        assert found[figure].claim is None and "product" in found[figure].reason
    # hard negative: a single length is still read as before
    assert "product" not in bound("노바폰 출시\n'노바폰'의 두께는 7 mm다.\n", ruleset)["7 mm"].reason


# --- a time of day is no labelled figure ---------------------------------------------------------


def test_a_time_of_day_makes_no_list_with_a_count(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "철도 파업\n오늘 오후 3시 30분 기준, 수배자 35명을 제외한 노조원 전원이 복귀했다.\n"
    b = bound(text, ruleset)["35명"]
    # 35명 counts 수배자 (what the clause's owner is, a common noun, leaves it unbound), no list's label
    assert b.attribute == "수배자" and (b.claim is None or b.claim.scope is None)
    # hard negative: a list of places with their counts still labels each
    text = "코로나\n지역별로는 서울 550명, 경기 257명 등으로 확진자가 나왔다.\n"
    assert claim_of(text, "257명", ruleset) == ("코로나", "확진자", "경기")


def test_a_parenthesis_glued_to_a_name_before_a_space_holds_its_value(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "김은경(53) 씨는": an age, the person's (the Korean press writes a person's age so; the realworld
    # gold labels it 김은경 · 나이; one attribute "age" in both languages since session 18), not a figure of the typhoon or of the neighbourhood
    text = "태풍 피해\n남천동에 사는 김은경(53) 씨는 태풍 차바가 지나간 직후 도로를 걷고 있었다.\n"
    assert claim_of(text, "53", ruleset) == ("김은경", "age", None)


# --- "N개 X를 가지는 Y": the verb's adnominal form, not 가지 + the topic particle --------------------------


def test_a_verb_read_as_a_noun_and_topic_still_describes_the_noun_after_it(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("UNIST 주도 연구진, 개구리 유전체 해독\n"
            "'서양발톱개구리'는 실험동물이다. 인간처럼 2개 염색체 그룹을 가지는 서양발톱개구리를 비교해 분석했다.\n")
    assert claim_of(text, "2개", ruleset) == ("서양발톱개구리", "염색체 그룹", None)
    # a common noun described is no owner, and the headline's topic does not step in for it
    text = "UNIST 주도 연구진, 개구리 유전체 해독\n인간처럼 2개 염색체 그룹을 가지는 개구리를 비교해 분석했다.\n"
    got = claim_of(text, "2개", ruleset)
    assert got is None or got[0] != "UNIST"


# --- "계열이라도": the concessive 이라도, no noun + the topic particle 도 ---------------------------------------


def test_a_concessive_is_no_topic(ruleset) -> None:  # type: ignore[no-untyped-def]
    from factlint.binding.words import split_particle

    assert split_particle("계열이라도") == ("계열", "이라도")
    assert split_particle("모델이라도") == ("모델", "이라도")
    assert split_particle("삼성도") == ("삼성", "도")  # hard negative: the particle "also" is still read
    got = claim_of("모델 사양\n같은 LLaMA 계열이라도 LLaMA 2(70B)와 LLaMA(65B)는 별개의 모델이다.\n", "70B", ruleset)
    assert got is None or got[1] != "계열이라"


# --- English: "a 40% drop in profits" --------------------------------------------------------------


@pytest.mark.parametrize("text, figure, attribute", [
    ("BA results\nBritish Airways has blamed high fuel prices for a 40% drop in profits.\n", "40%", "drop in profits"),
    ("Cadbury results\nCadbury reported a 5% rise in sales at its chocolate unit.\n", "5%", "rise in sales"),
    ("Tesco results\nTesco expects a 2% to 3% rise in full-year revenue.\n", "2% to 3%", "rise in full-year revenue"),
])
def test_a_change_is_of_what_its_in_names(text: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is not None and got[1] == attribute


def test_a_change_in_a_period_is_not_a_change_of_the_period(ruleset) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "in the quarter" says when, not what changed
    got = claim_of("Samsung results\nSamsung posted a 12% increase in the quarter.\n", "12%", ruleset)
    assert got is None or "quarter" not in got[1]
