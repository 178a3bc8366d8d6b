"""Owners that are entities (issue #14): a figure is bound to a name or left unbound, never to a
common noun that happens to be the topic of its clause, to the agent of a clause when the measured
thing has a possessor, or to a headline's first word far from the lead."""

from __future__ import annotations

import json

from pathlib import Path

import pytest

import binding_helpers
from binding_helpers import bound_document
from factlint.binding import structure
from factlint.binding.sentences import Bound
from factlint.binding.words import words
from factlint.config.rules import load_rules
from factlint.loader import load
from factlint.model import Document, Span

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def bound(text: str, ruleset) -> list[Bound]:  # type: ignore[no-untyped-def]
    return binding_helpers.bound(text, ruleset, "t.txt")


def owner_of(text: str, figure: str, ruleset) -> str | None:  # type: ignore[no-untyped-def]
    """The entity the figure written ``figure`` is bound to, None when it is unbound."""
    found = [b for b in bound(text, ruleset) if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    return found[0].claim.entity if found[0].claim is not None else None


def reason_of(text: str, figure: str, ruleset) -> str:  # type: ignore[no-untyped-def]
    return next(b.reason for b in bound(text, ruleset) if b.quantity.text == figure)


# --- a common noun is no owner -------------------------------------------------------------------


@pytest.mark.parametrize("text, figure, noun", [
    ("삼성 갤럭시 S8\n후면 카메라는 OIS 기술이 적용된 카메라 모듈에 1,200만 화소 카메라를 탑재했다.\n", "1,200만 화소", "기술"),
    ("연구 성과\n공동연구진은 4만여 개의 유전자를 염색체 수준으로 규명했다.\n", "4만여 개", "공동연구진"),
    ("추석 비용\n비용을 지출할 의향이 있다고 답한 응답자는 941명인 것으로 나타났다.\n", "941명", "의향"),
])
def test_a_common_noun_topic_leaves_the_figure_unbound(text: str, figure: str, noun: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) is None
    assert "common noun" in reason_of(text, figure, ruleset) or "no entity" in reason_of(text, figure, ruleset)


@pytest.mark.parametrize("text, figure, owner", [
    # names the document writes as names keep their figures
    ("연구 결과\n미국 로체스터대 컴퓨터학과 연구팀이 사진을 분석했다. 연구팀은 4만여명의 프로필 사진을 활용했다.\n",
     "4만여명", "연구팀"),  # a team of a named institution
    ("태풍 이후\n김씨는 휴대전화로 사진을 찍고 두 자녀에게 메시지를 보냈다.\n", "두", "김씨"),  # a person
    ("새 연구\n'노바랩'은 연구원이 120명이다.\n", "120명", "노바랩"),  # quoted
    # hard negatives from the brief: declared names and possessors keep binding
    ("하이퍼클로바는 2040억 개의 파라미터를 갖췄다.\n", "2040억 개", "HyperCLOVA"),
    ("GPT-3의 파라미터는 1750억 개다.\n", "1750억 개", "GPT-3"),
    ("### 매개변수 비교\n\n* BLOOM — 1760억 개\n", "1760억 개", "BLOOM"),
    ("BLOOM has 176 billion parameters.\n", "176 billion", "BLOOM"),
])
def test_names_keep_their_figures(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


# --- possessors ----------------------------------------------------------------------------------


def test_the_possessor_before_a_figure_owns_what_it_counts_not_the_agent(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "연구 성과\n공동연구진은 아프리카발톱개구리의 4만여 개 유전자를 염색체 수준으로 규명했다.\n"
    assert owner_of(text, "4만여 개", ruleset) == "아프리카발톱개구리"
    # hard negative: a declared model as the topic, the figure in its object phrase
    assert owner_of("하이퍼클로바는 오픈AI의 GPT-3보다 많은 2040억 개의 파라미터를 갖췄다.\n", "2040억 개", ruleset) == "HyperCLOVA"


@pytest.mark.parametrize("text, attribute, wrong", [
    ("위중한 상태의 환자는 274명에 달한다.", "환자", "상태"),  # a state described by the clause before it
    ("이날 달과 지구의 거리는 35만6509㎞다.", "거리", "지구"),  # a pair owns the distance, not its second member
    ("이로 인해 100만 캐나다 달러의 예산 절감 효과를 볼 수 있었다.", "예산 절감 효과", "달러"),  # the figure's own unit
    ("부모로부터 하나씩의 염색체 그룹을 물려받는다.", "염색체 그룹", "하나씩"),  # a numeral
])
def test_a_possessor_is_a_noun_that_names_something(text: str, attribute: str, wrong: str) -> None:
    ws = words(text, 0)
    at = text.index(attribute)
    fig = next((w for w in ws if any(c.isdigit() for c in w.text) or w.text.startswith("하나")), None)
    figure = Span(fig.start, fig.end) if fig is not None else None
    if "달러" in text:
        figure = Span(text.index("100만"), text.index("달러") + 2)  # the figure is written with its unit
    found = structure.possessor(ws, structure.Phrase(attribute, Span(at, at + len(attribute)), "test"), figure)
    assert found is None or found.text != wrong
    # hard negative: a plain possessor still owns its attribute
    plain = "대한민국의 전기료가 5.4% 오른다."
    k = plain.index("전기료")
    owner = structure.possessor(words(plain, 0), structure.Phrase("전기료", Span(k, k + 3), "test"))
    assert owner is not None and owner.text == "대한민국"


def test_a_figure_in_a_clause_that_modifies_a_noun_describes_that_noun(ruleset) -> None:  # type: ignore[no-untyped-def]
    # seed 003: "…100억개 내외 파라미터를 가진 모델들이 주를 이뤘으나": no one's, least of all the headline's GPT-3
    doc = load(str(REPO / "seeds" / "003_6887149645579ea4.txt"))
    assert isinstance(doc, Document)
    got = {(b.claim.entity, b.quantity.text) for b in bound_document(doc, ruleset) if b.claim is not None}
    assert ("GPT-3", "100억개 내외") not in got
    assert ("GPT-3", "최대 1조개") not in got  # "ambiguous: DeepSpeed, GPT-3": the headline does not decide
    assert ("GPT-3", "1750억개") in got  # hard negative: its own figure
    ws = words("100억개 내외 파라미터를 가진 모델들이 주를 이뤘다.", 0)
    found = structure.modified(ws, Span(0, 8), Span(0, 40))
    assert found is not None and found.text == "모델들"


# --- titles and headlines ------------------------------------------------------------------------


@pytest.mark.parametrize("title, topic, how", [
    ("삼성 갤럭시 S8", "삼성 갤럭시 S8", "title"),
    # the first of a title's several nouns: a part of what the title names (a name only by the body's evidence)
    ("천안함 침몰", "천안함", structure.TITLE_NOUN),
    ("재난 대비 계획", "재난", structure.TITLE_NOUN),
    ("암호화폐", "암호화폐", "title"),
    ("[과학을 읽다]폐암 조기진단 가능해진다", "폐암", "headline"),  # a column's rubric is not the topic
    ("'리튬이온 전지보다 100배 빨리 충전'…새 배터리 개발", None, None),  # nor a quotation, nor 새
    ("'고양이 눈' 학습한 AI 드론이 실종자 찾는다", None, None),
    ("NASA vs 스페이스X “화성 땅 첫 발자국 우리가 먼저”", None, None),  # two sides
    ("노벨화학상, 소바주, 슈토다르트, 페링하 교수 수상", None, None),  # a list
    ("구글 딥마인드, 한층 똑똑해진 신경컴퓨터 개발", "구글 딥마인드", "headline"),
    ("대한민국에서 신규 확진자 1104명 발생", "대한민국", "headline"),
    ("[IITP 리뷰 1] GPT-3, 초거대 AI 개발경쟁에 불을 붙이다", "GPT-3", "headline"),
])
def test_the_topic_of_a_title(title: str, topic: str | None, how: str | None) -> None:
    found = structure.title_topic(title, 0)
    assert (found.text if found else None, found.how if found else None) == (topic, how)


def test_a_version_names_the_word_before_it(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "삼성 갤럭시 S8\n디스플레이 크기는 5.8인치이다.\n"
    assert owner_of(text, "5.8인치", ruleset) == "갤럭시 S8"  # not "S8" alone
    assert owner_of("신형 모델\n신형 모델 노바LM은 매개변수 수가 700억 개다.\n", "700억 개", ruleset) != "신형 모델 노바LM"


LEAD = ("대한민국에서 신규 확진자 1216명 발생\n입력 2020-12-21 | 위키뉴스\n"
        "국내 발생 신규 확진자는 1,216명이 확인되었다.\n"
        "누적 사망자는 698명이 되었다.\n"
        "세종시에서는 검사 건수가 3,000건이었다.\n")


def test_a_headline_owns_its_lead_a_name_the_whole_article(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(LEAD, "1,216명", ruleset) == "대한민국"
    assert owner_of(LEAD, "698명", ruleset) == "대한민국"
    assert owner_of(LEAD, "3,000건", ruleset) is None  # the third paragraph: not the headline's
    named = LEAD.replace("대한민국에서 신규 확진자", "SK하이닉스, 신규 채용")
    assert owner_of(named, "3,000건", ruleset) == "SK하이닉스"  # written as a name: the whole article
    byline = "GPT-3, 초거대 AI 경쟁에 불을 붙이다\n작성자 ldskorea 조회 13,544 댓글 0\nGPT-3는 1750억 개의 파라미터를 가졌다.\n"
    assert owner_of(byline, "13,544", ruleset) is None  # a byline before the body is no one's


def test_a_label_is_not_the_noun_a_figure_counts() -> None:
    ws = words("미국, 일본 등 총 7개 나라 60명이 함께한 공동연구진은", 0)
    at = "미국, 일본 등 총 7개 나라 60명이 함께한 공동연구진은".index("60명")
    assert structure.label(ws, Span(at, at + 3)) is None
    # hard negative: labels in a list of pairs
    text = "지역별로는 서울 550명, 경기 257명, 충남 79명 등으로 확진자가 나왔다."
    k = text.index("257명")
    found = structure.label(words(text, 0), Span(k, k + 4))
    assert found is not None and found.text == "경기"


# --- the title yields to a clause that is about something of its own (issue #14, step 3) ---------

TITLE = "대한민국은 지금, 결혼도 출산도 늦어진다\n"


@pytest.mark.parametrize("body, figure", [
    # a topic with a scope of its own: the cohort, not the country
    ("1956~1960년생(53~57세) 여성은 30~34세경에 미혼율이 5.3%이었다.", "5.3%"),
    ("1976~1980년생 여성은 미혼율이 29.1%에 이르렀다.", "29.1%"),  # paraphrase
    # the measured noun has a possessor the binder cannot use (it holds a figure): not the title's
    ("반면 소득 상위 20%인 5분위 가구의 연료비는 16만6천915원이었다.", "16만6천915원"),
    ("반면 5분위 가구의 연료비는 월 16만6천915원이었다.", "16만6천915원"),
    # the measured noun has nouns of its own before a qualifying determiner: whose measure it is
    ("지난해 12월 수원시 아파트 평균 매매가격은 3.3㎡당 1,120만 원으로 조사됐다.", "1,120만 원"),
    ("용인 오피스텔 최고 분양가는 9억 원이었다.", "9억 원"),  # paraphrase, another determiner
    # a possessor before an indefinite "한": a certain flat of that place, not the headline's topic
    ("분당구 정자동의 한 아파트는 2023년 1월 2억 8,000만 원에서 지난달 3억 1,500만 원으로 올랐다.", "3억 1,500만 원"),
    ("정자동의 한 상가는 5억 원에 팔렸다.", "5억 원"),
])
def test_a_clause_with_a_topic_of_its_own_is_not_the_titles(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = TITLE + body + "\n"
    assert owner_of(text, figure, ruleset) is None
    assert "no entity" in reason_of(text, figure, ruleset)


@pytest.mark.parametrize("body, figure", [
    # hard negatives: the title keeps what its lead states of it
    ("국내 발생 신규 확진자는 1,216명이 확인되었고, 해외유입 사례는 25명이 확인되어 총 누적 확진자 수는 54,770명이라고 밝혔다.",
     "54,770명"),  # an earlier topic measured by a figure of its own is an attribute, not an owner
    ("위중증 환자는 311명이며, 사망자는 17명으로 누적 사망자는 773명이다.", "773명"),
    ("중대본은 국내에서 확진자가 892명 확인되고, 해외 유입 사례는 34명이 확인되었다고 밝혔다.", "892명"),  # the speaker is no owner
    ("현재 위중한 상태의 환자는 274명에 달한다.", "274명"),  # a state described is no possessor
])
def test_the_title_still_owns_clauses_about_its_attributes(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(TITLE + body + "\n", figure, ruleset) == "대한민국"


def test_a_demonstrative_topic_points_back_to_the_title(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "## LLaMA: 개방적이고 효율적인 기반 언어 모델\n\n이 논문은 70억개에서 650억개의 파라미터까지 다양한 모델들을 소개합니다.\n"
    assert owner_of(text, "70억개에서 650억개", ruleset) == "LLaMA"


# --- figures that state no amount ----------------------------------------------------------------


@pytest.mark.parametrize("text, figure", [
    ("가계 연료비\n소득 하위 20%인 1분위 가구가 연료비로 지출한 금액은 월평균 10만288원이었다.\n", "1분위"),
    ("로켓 개발\n이렇게 만든 1단 로켓은 바다에 떨어진다.\n", "1단"),
    ("마약 신고\n한 명 한 명 힘을 보태면 지위는 회복될 것이다.\n", "한 명"),
    ("마약 사건\n2020년대 들어서 대한민국에서 마약 사건이 늘었다.\n", "2020년대"),
])
def test_a_figure_that_names_which_one_or_repeats_is_no_claim(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert all(b.claim is None and b.reason == "not a claim" for b in bound(text, ruleset) if b.quantity.text == figure)


@pytest.mark.parametrize("text, figure, owner", [
    # hard negatives: a count before the noun it counts, a quintile stated as a value of its own
    ("천안함 침몰\n천안함은 104명 승조원 가운데 58명을 구조했다.\n", "104명", None),
    ("'노바랩'은 연구원이 120명이다. 연구원 120명 가운데 절반이 박사다.\n", "120명", "노바랩"),
])
def test_a_count_still_counts(text: str, figure: str, owner: str | None, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [b for b in bound(text, ruleset) if b.quantity.text == figure]
    assert found and found[0].reason != "not a claim"
    if owner is not None:
        assert found[0].claim is not None and found[0].claim.entity == owner


# --- the document topic owns no figure of another thing (issue #14, claim precision on unseen text) --

@pytest.mark.parametrize("text, figure, owner", [
    # hard negatives: the title's topic keeps a measure stated of it, with or without a determiner
    # (the last line says 판교 is a place of its own: a title's first noun is a name by the body's evidence)
    ("판교 호재\n판교 평균 매매가격은 3.3㎡당 1,120만 원으로 조사됐다.\n판교는 신도시다.\n", "1,120만 원", "판교"),
    ("삼성 갤럭시 S7 엣지\n전면 카메라는 아이소셀 S5K4E6 센서의 500만 화소 카메라를 탑재했다.\n", "500만 화소", "삼성 갤럭시 S7 엣지"),
])
def test_the_title_keeps_its_own_measures(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure", [
    # the title's noun is what the body's figure measures: no entity owns it
    ("2월 취업자 32만 9천명 늘어…고용률 역대 최고\n지난달 취업자 수는 2,804만 3천 명으로 집계됐다.\n", "2,804만 3천 명"),
    ("실업자 2만명 감소\n지난달 실업자 수는 91만 6천 명이었다.\n", "91만 6천 명"),
])
def test_a_common_noun_title_is_not_the_owner_of_its_own_count(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) is None
    assert "what the figure measures" in reason_of(text, figure, ruleset)


# --- a clause whose subject is what it is about: the title owns none of its figures (issue #14) ----

@pytest.mark.parametrize("text, figure", [
    # the subject acts; the figure counts another noun written right before it: the subject owns it
    ("천안함 침몰\n대한민국 해군은 27일 오전 수상함 10여 척을 사건 지점에 배치했다.\n", "10여 척"),
    ("천안함 침몰\n구조대는 28일 잠수요원 40명을 추가로 투입했다.\n", "40명"),  # paraphrase: a common noun, unbound
    ("세월호 참사\n해양경찰은 이날 경비정 12척과 항공기 4대를 보냈다.\n", "12척"),
    ("GPT-3 공개\nThe navy deployed 10 ships.\n해군은 구축함 3척을 보냈다.\n", "3척"),
])
def test_a_subject_that_acts_is_no_attribute_of_the_title(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [b for b in bound(text, ruleset) if b.quantity.text == figure]
    assert found, figure
    claim = found[0].claim
    assert claim is None or claim.entity not in text.split("\n", 1)[0]


@pytest.mark.parametrize("text, figure, owner", [
    # hard negatives: the subject is what the figure measures (followed by the figure, or by a
    # determiner or a time before it): the title keeps it
    ("하이퍼클로바\n매개변수는 2040억 개다.\n", "2040억 개", "HyperCLOVA"),
    ("하이퍼클로바\n매개변수는 약 2040억 개에 이른다.\n", "약 2040억 개", "HyperCLOVA"),
    ("천안함 침몰\n승조원은 모두 104명이었다.\n천안함은 초계함이다.\n", "104명", "천안함"),
    ("천안함 침몰\n실종자는 26일 현재 46명이다.\n천안함은 초계함이다.\n", "46명", "천안함"),
    ("대한민국은 지금, 결혼도 출산도 늦어진다\n누적 확진자 수는 3일 0시 기준 54,770명이다.\n", "54,770명", "대한민국"),
    ("대한민국은 지금, 결혼도 출산도 늦어진다\n위중증 환자는 311명이며, 사망자는 17명으로 누적 사망자는 773명이다.\n", "773명", "대한민국"),
])
def test_a_subject_the_figure_measures_stays_the_titles(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("title, topic", [
    ("획기적 치매 치료제 이번엔 나올까", None),  # an adjective-noun describing, not an entity
    ("본격적 우주 관광 시대 열린다", None),
    ("철도노조 파업 3일차", "철도노조 파업"),  # a headline's day count is no part of the name
    ("코로나19 확산 5일째", "코로나19 확산"),
    ("2010년 동계 올림픽", "2010년 동계 올림픽"),  # hard negative: a year opening a name is part of it
])
def test_a_headline_word_is_no_entity(title: str, topic: str | None) -> None:
    found = structure.title_topic(title, 0)
    assert (found.text if found else None) == topic


def test_each_item_of_a_list_owns_its_own_figure(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "철도 파업\n새마을호, 무궁화호, 화물열차의 운행률은 각각 75%, 68%, 34%로 낮게 나타났다.\n"
    owners = {f: owner_of(text, f, ruleset) for f in ("75%", "68%", "34%")}
    assert owners["75%"] != "화물열차" and owners["68%"] != "화물열차"
    # hard negative: one possessor owns every figure of its own noun
    assert owner_of("철도 파업\n화물열차의 운행률은 어제 30%, 오늘 34%였다.\n", "34%", ruleset) == "화물열차"


def test_a_unit_measures_the_subject_across_a_bare_noun(ruleset) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a physical unit measures the subject ("내장형" only says which kind of battery)
    text = "삼성 갤럭시 S8\n배터리 용량은 내장형 3,000 mAh이다.\n"
    assert owner_of(text, "3,000 mAh", ruleset) == "갤럭시 S8"  # the rule pack's canonical name


# --- "N으로, …": the figure's clause ends at the comma; a bracketed figure of another period -------

_CITY_PACK = """
entities:
  - name: 청주시
    aliases: [청주]
    type: organisation
  - name: 충주시
    type: organisation
  - name: 충북
    aliases: [충청북도]
    type: organisation
attributes:
  - name: population
    triggers: [인구]
    dimension: count
    subjects: [organisation]
  - name: pertussis cases
    triggers: [백일해 환자]
    dimension: count
    subjects: [organisation]
rules:
  - id: city-contradiction
    kind: contradiction
    severity: warning
    description: Two articles give different figures for the same city.
    options:
      attributes: [population, pertussis cases]
"""


@pytest.fixture(scope="module")
def city_pack(tmp_path_factory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("pack") / "cities.yaml"
    path.write_text(_CITY_PACK, encoding="utf-8")
    return load_rules([str(REPO / "rules"), str(path)])


def claim_of(text: str, figure: str, ruleset):  # type: ignore[no-untyped-def]
    found = [b for b in bound(text, ruleset) if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    return found[0].claim


@pytest.mark.parametrize("text, figure, owner", [
    # the name after "N으로," stands in the next clause and does not reach back to the figure
    ("충북 인구는 2024년 11월 말 159만 3천여 명으로, 이 가운데 청주시가 53.3%를 차지한다.", "159만 3천여 명", "충북"),
    ("충청북도 인구는 159만 명으로, 이 중 청주시 거주자가 절반을 넘는다.", "159만 명", "충북"),
    # hard negative: the next clause has a subject and a figure of its own, each keeps its own
    ("충북 인구는 159만 명으로, 청주시 인구는 85만 명이다.", "159만 명", "충북"),
    ("충북 인구는 159만 명으로, 청주시 인구는 85만 명이다.", "85만 명", "청주시"),
    # the same with "로" after a figure ending in a digit
    ("충북 인구는 2024년 1,593,000명으로, 청주시가 가장 많았다.", "1,593,000명", "충북"),
])
def test_a_name_after_n_euro_comma_does_not_own_the_figure(text: str, figure: str, owner: str, city_pack) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(text, figure, city_pack)
    assert claim is not None and claim.entity == owner


def test_without_a_name_before_the_comma_the_later_name_is_no_owner(city_pack) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of("전체 인구는 159만 3천여 명으로, 이 가운데 청주시가 53.3%를 차지한다.", "159만 3천여 명", city_pack)
    assert claim is None or claim.entity != "청주시"


@pytest.mark.parametrize("text, figure, period", [
    ("통계청에 따르면 2024년 충북 인구는 159만 명으로, 2023년(160만 명)보다 줄었다.", "160만 명", "2023"),
    ("청주시 인구는 2024년 85만 명으로, 전년(84만 명)보다 늘었다.", "84만 명", "2023"),
    ("청주시 인구는 2024년 85만 명으로 1년 전(84만 명)보다 늘었다.", "84만 명", "2023"),
    ("청주시 인구는 2024년 85만 명으로 3년 전(80만 명)보다 늘었다.", "80만 명", "2021"),
])
def test_a_bracketed_figure_of_another_period_is_the_same_measure_then(text: str, figure: str, period: str, city_pack) -> None:  # type: ignore[no-untyped-def]
    before = next(b.claim for b in bound(text, city_pack) if b.claim is not None and b.quantity.text != figure)
    claim = claim_of(text, figure, city_pack)
    assert claim is not None
    assert (claim.entity, claim.attribute, claim.period) == (before.entity, before.attribute, period)
    assert before.period != period  # never compared with the current value


def test_a_month_before_is_another_period_than_the_current_one(city_pack) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of("청주시 인구는 2024년 85만 명으로, 지난달(84만 명)보다 늘었다.", "84만 명", city_pack)
    assert claim is not None and claim.entity == "청주시" and claim.attribute == "population"
    assert claim.period not in (None, "2024")


@pytest.mark.parametrize("text, figure", [
    # a comparison object: the bracketed figure is the name's, not the topic's in another period
    ("청주시 인구는 2024년 85만 명으로, 충주시(20만 명)보다 많다.", "20만 명"),
    ("청주시 인구는 2024년 85만 명으로 충주시(20만 명)보다 네 배 많다.", "20만 명"),
])
def test_a_bracketed_figure_after_a_name_is_the_names(text: str, figure: str, city_pack) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(text, figure, city_pack)
    assert claim is not None and claim.entity == "충주시" and claim.period in (None, "2024")


def test_a_bracketed_year_figure_without_a_figure_stated_before_is_left_alone(city_pack) -> None:  # type: ignore[no-untyped-def]
    # the figure before is not stated with (으)로: nothing says the bracket is the same measure
    claim = claim_of("청주시 인구가 85만 명을 넘어 2023년(84만 명)을 웃돌았다.", "84만 명", city_pack)
    assert claim is None or claim.how != "other period of the figure before"


# --- a parallel after "N(으)로, ": the figure takes the attribute across the comma, never the owner ----


def claim_pair(text: str, figure: str, ruleset) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    claim = claim_of(text, figure, ruleset)
    return (claim.entity, claim.attribute) if claim is not None else None


@pytest.mark.parametrize("text, figure, expected", [
    # the figure in the next clause has no noun of its own and the same counter: the attribute of
    # the figure before, the owner the name in its own clause (a1's paraphrases)
    ("친칠라 분석\n친칠라는 매개변수가 700억개로, 2800억개인 고퍼의 4분의 1에 불과하다.\n", "2800억개", ("Gopher", "parameters")),
    ("친칠라 분석\n친칠라는 매개변수가 700억개로, 2800억개인 고퍼의 4분의 1에 불과하다.\n", "700억개", ("Chinchilla", "parameters")),
    ("고퍼 분석\n고퍼의 매개변수는 2800억개로, 700억개인 친칠라보다 4배 많다.\n", "700억개", ("Chinchilla", "parameters")),
    ("고퍼 분석\n고퍼의 매개변수는 2800억개로, 700억개인 친칠라보다 4배 많다.\n", "2800억개", ("Gopher", "parameters")),
    # "A는 N으로, B는 M이다": the topic right before the figure, linked by the copula
    ("친칠라 분석\n친칠라의 매개변수는 700억개로, 고퍼는 2800억개이며 GPT-3는 1750억개다.\n", "2800억개", ("Gopher", "parameters")),
])
def test_a_parallel_figure_takes_the_attribute_across_n_euro_comma(text: str, figure: str, expected: tuple[str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_pair(text, figure, ruleset) == expected


def test_a_parallel_with_a_second_name_in_a_pack_of_cities(city_pack) -> None:  # type: ignore[no-untyped-def]
    text = "충북 인구는 159만 명으로, 85만 명인 청주시가 절반 이상을 차지한다."
    assert claim_pair(text, "85만 명", city_pack) == ("청주시", "population")
    assert claim_pair(text, "159만 명", city_pack) == ("충북", "population")


def test_the_share_after_n_euro_comma_is_no_parallel(city_pack) -> None:  # type: ignore[no-untyped-def]
    # a percentage is another unit than the count before: neither 충북's nor 청주시's population
    text = "충북 인구는 2024년 11월 말 159만 3천여 명으로, 이 가운데 청주시가 53.3%를 차지한다."
    assert claim_pair(text, "53.3%", city_pack) not in (("청주시", "population"), ("충북", "population"))
    assert claim_pair(text, "159만 3천여 명", city_pack) == ("충북", "population")


@pytest.mark.parametrize("text, figure, expected", [
    # a later clause with its own subject, attribute and figure keeps its own attribute
    ("친칠라 분석\n친칠라는 매개변수가 700억개로, 고퍼는 학습 토큰이 3000억개다.\n", "3000억개", ("Gopher", "training tokens")),
    # a comparison object: the difference is no one's parameter count
    ("친칠라 분석\n친칠라는 매개변수가 700억개로, 고퍼보다 2100억개 적다.\n", "2100억개", None),
    # no name in the figure's own clause: the name before the comma (친칠라) does not own it
    ("친칠라 분석\n친칠라는 매개변수가 700억개로, 2800억개의 4분의 1이다.\n", "2800억개", None),
])
def test_no_parallel_where_the_clause_has_its_own_noun_or_no_owner(text: str, figure: str, expected: tuple[str, str] | None,
                                                                   ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_pair(text, figure, ruleset) == expected


def test_a_later_figure_with_another_counter_is_no_parallel(city_pack) -> None:  # type: ignore[no-untyped-def]
    # households are not people: 35만 가구 is not 청주시's population
    assert claim_pair("충북 인구는 159만 명으로, 청주시는 35만 가구다.", "35만 가구", city_pack) != ("청주시", "population")
    # the same with the same counter, as a control: "A는 N으로, B는 M이다" is a parallel
    assert claim_pair("충북 인구는 159만 명으로, 청주시는 85만 명이다.", "85만 명", city_pack) == ("청주시", "population")


@pytest.mark.parametrize("text, figure", [
    # the figure counts a noun of its own that the binder does not read as its head (65세 이상)
    ("충북 인구는 159만 명으로, 청주시의 65세 이상이 20만 명이다.", "20만 명"),
    # the figure is the subject of a change, not stated of the name by the copula
    ("충북 인구는 159만 명으로, 청주시는 20만 명이 늘었다.", "20만 명"),
    # the name is a comparison object
    ("충북 인구는 159만 명으로, 청주시보다 74만 명 많다.", "74만 명"),
])
def test_a_name_not_linked_by_the_copula_does_not_make_a_parallel(text: str, figure: str, city_pack) -> None:  # type: ignore[no-untyped-def]
    assert claim_pair(text, figure, city_pack) not in (("청주시", "population"), ("충북", "population"))


@pytest.mark.parametrize("text, period", [
    # an English year phrase opening the sentence is as much a period as one inside it
    ("In 2024, Cheongju had a population of 850,000.", "2024"),
    ("Cheongju had a population of 850,000 in 2024.", "2024"),
    ("As of 2023, Cheongju had a population of 840,000.", "2023"),
    ("Since 2022 Cheongju has had a population of 830,000.", "2022"),
])
def test_an_english_year_phrase_gives_the_period_wherever_it_stands(text: str, period: str, city_pack) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(text, text.split("population of ")[1].split()[0].rstrip(".,"), city_pack)
    assert claim is not None and claim.attribute == "population" and claim.period == period


def test_a_capitalised_word_that_is_no_preposition_gives_no_period(city_pack) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of("Inside Cheongju, a population of 850,000 lives on 940 km2.", "850,000", city_pack)
    assert claim is None or claim.period is None


# --- a time word inside a possessor's noun phrase; an English "It" after a sentence about a name ------

@pytest.mark.parametrize("text, figure, owner", [
    # the year between the possessor and its noun says which year, not whose (fresh2 ko_gimhae_airport:3)
    ("김해공항 소식\n김해국제공항의 지난해 이용객이 1583만 명으로 집계됐다.\n", "1583만 명", "김해국제공항"),
    ("김해공항 소식\n김해국제공항의 2025년 이용객은 1,583만 명이었다.\n", "1,583만 명", "김해국제공항"),
    # hard negative: a time word with a particle opens a phrase of its own
    ("김해공항 소식\n김해국제공항의 지난해에는 이용객이 1583만 명으로 집계됐다.\n", "1583만 명", None),
    # an English "It" opening a sentence is the subject the sentence before opened with (fresh2 en_encyclopedia_gimhae:6)
    ("Gimhae\nGimhae International Airport, opened in 1976, lies in Busan's Gangseo District. It handled 15.3 million "
     "passengers in 2025.\n", "15.3 million", "Gimhae International Airport"),
    ("Hanbit\nHanbit Robotics builds warehouse robots. It employed 1,520 people in 2024.\n", "1,520", "Hanbit Robotics"),
    # hard negatives: an empty "It"; "Its" may be the article's topic's (fresh en_encyclopedia_cheongju:12)
    ("Hanbit\nHanbit Robotics builds warehouse robots. It is estimated that 1,520 people work there.\n", "1,520", None),
    ("Cheongju\nThe Osong Bioscience Complex hosts about 280 companies. Its 2025 city budget of 4.215 trillion won is the "
     "largest in the province.\n", "4.215 trillion won", None),
])
def test_owners_across_a_time_word_and_an_it(text: str, figure: str, owner: str | None, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


# A bracketed figure of another period keeps the entity and the measure, not the current figure's
# reference time: with "2024년 12월 31일 기준" carried over, 382명 (three years before) was compared with
# 1,146명 as of that day and reported (found in review). "10년 전" is ten years back, not zero.
def test_a_figure_of_another_period_is_never_compared_with_the_current_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from factlint.cli import cli

    (tmp_path / "a.md").write_text("# 한빛시 백일해\n\n2024년 12월 31일 기준 한빛시의 백일해 환자는 1,146명으로, 3년 전(382명)의 세 배에 이른다.\n",
                                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(tmp_path), "--no-cache", "--format", "json"])
    assert json.loads(result.output)["findings"] == [], result.output


@pytest.mark.parametrize("text, period", [
    ("청주시 인구는 2024년 85만 명으로 10년 전(80만 명)보다 늘었다.", "2014"),
    ("청주시 인구는 2024년 85만 명으로 12년 전(78만 명)보다 늘었다.", "2012"),
])
def test_years_back_of_two_digits(text: str, period: str, city_pack) -> None:  # type: ignore[no-untyped-def]
    figure = text.split("(")[1].split(")")[0]
    claim = claim_of(text, figure, city_pack)
    assert claim is not None and claim.period == period and claim.reference is None


# session 14 review: a possessor described by a clause owns its noun; the topic of the sentence before does not
@pytest.mark.parametrize("text, figure", [
    ("대구 폭염 비상\n입력 2026.08.05 10:00\n\n대구는 열흘째 폭염특보가 이어지고 있다. 이웃한 경북의 온열질환자는 140명이다.\n",
     "140명"),
    ("한솔호크스 돌풍\n입력 2026.04.12 10:00\n\n한솔호크스는 올 시즌 돌풍을 일으켰다. 결승에서 맞붙은 가람베어스의 관중은 5,100명이었다.\n",
     "5,100명"),
    ("남풍항공 흑자\n입력 2026.03.10 10:00\n\n남풍항공은 지난해 흑자로 돌아섰다. 경쟁하는 갈매기항공의 탑승객은 61만 명이었다.\n",
     "61만 명"),
])
def test_a_possessor_described_by_a_clause_is_not_the_sentence_befores_topic(text: str, figure: str,
                                                                            ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) not in ("대구", "한솔호크스", "남풍항공")


@pytest.mark.parametrize("text, figure, owner", [
    # hard negatives: no possessor, or one with no clause before it, still goes on as before
    ("대구 폭염 비상\n입력 2026.08.05 10:00\n\n대구는 열흘째 폭염특보가 이어지고 있다. 경북의 온열질환자는 140명이다.\n",
     "140명", "경북"),
    ("남풍항공 흑자\n입력 2026.03.10 10:00\n\n남풍항공은 지난해 흑자로 돌아섰다. 탑승객은 72만 명이었다.\n",
     "72만 명", "남풍항공"),
])
def test_an_undescribed_possessor_or_none_reads_as_before(text: str, figure: str, owner: str,
                                                         ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure", [
    # a figure alone in brackets after the object of a comparison is the compared thing's, not the title's
    ("한솔호크스, 관중 몰이 성공\n입력 2026.04.12 10:00\n\n한솔호크스의 올 시즌 평균 관중은 리그 평균(4,900명)을 크게 웃돌았다.\n",
     "4,900명"),
    ("한솔호크스 돌풍\n입력 2026.04.12 10:00\n\n올 시즌 평균 관중은 리그 평균(4,900명)을 웃돌았다.\n", "4,900명"),
])
def test_a_compared_figure_in_brackets_is_not_the_titles(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) is None
