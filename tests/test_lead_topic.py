"""Who a Korean article is about (issue #14): the topic of a press release's lead owns the figures of
the sentences after it that have no owner of their own, up to a structural limit (a sentence about a
name of its own, 한편, a quotation); a bare number in brackets after a person's name is the person's age.
Invented places, companies and people, none of them in any rule pack or gold set."""

from __future__ import annotations

import pytest

from tests.test_owners import bound, owner_of, ruleset  # noqa: F401  (the fixture is used by name)


def claim_of(text: str, figure: str, ruleset) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    found = [b for b in bound(text, ruleset) if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    c = found[0].claim
    return (c.entity, c.attribute) if c is not None else None


# --- the lead's topic carries ------------------------------------------------------------------------

GAON = (
    "가온도 9월 방문객 88만 명…전년 대비 5.1% 증가\n"
    "입력 2025.10.10 09:00 | 가온도 관광정책과\n"
    "가온도는 2025년 9월 가온도를 찾은 방문객이 88만 명으로 전년 같은 달보다 5.1% 늘었다고 10일 밝혔다.\n"
    "이 가운데 외국인 방문객은 9만 4천 명이었다.\n"
    "방문객 1인당 평균 지출액은 38만 원으로 지난해 같은 달보다 2만 원 늘었다.\n"
    "숙박시설 객실 가동률은 74.2%로 집계됐다.\n"
    "해솔군은 같은 달 방문객 12만 명을 유치했다고 밝혔다.\n"
    "렌터카 이용 건수는 3만 1천 건이었다.\n"
)

CHEONGRAM = (
    "청람구, 올해 출생아 1,204명…3년 만에 반등\n"
    "[청람=누리일보] 청람구는 올해 1~11월 출생아가 1,204명으로 집계됐다고 15일 밝혔다.\n"
    "혼인 건수는 2,310건으로 전년보다 4.3% 늘었다.\n"
    "다자녀 가구 비중은 11.2%였다.\n"
    "한편 누리전자는 청람구에 연구소를 세우고 직원 420명을 채용했다.\n"
    "신규 등록 어린이집 수는 37곳이었다.\n"
)

QUOTED = (
    "해솔군, 귀농 가구 212가구…역대 최다\n"
    "해솔군은 올해 귀농 가구가 212가구로 역대 가장 많았다고 3일 밝혔다.\n"
    "평균 경작 면적은 1.2ha였다.\n"
    "군 관계자는 \"내년 귀농 가구는 250가구를 넘을 것\"이라고 말했다.\n"
    "농가 평균 소득은 4,120만 원이었다.\n"
)


@pytest.mark.parametrize("text, figure", [
    (GAON, "9만 4천 명"),  # the sentence after the lead: "이 가운데" points into the lead's count
    (GAON, "38만 원"),  # two sentences on, each line a paragraph of its own
    (GAON, "74.2%"),
    (CHEONGRAM, "2,310건"),
    (CHEONGRAM, "11.2%"),
    (QUOTED, "1.2ha"),
])
def test_the_leads_topic_owns_the_sentences_after_it(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    lead = text.split("\n")[0].split()[0].rstrip(",")
    assert owner_of(text, figure, ruleset) == lead


@pytest.mark.parametrize("text, figure, not_owner", [
    (GAON, "12만 명", "가온도"),  # a sentence with a name of its own: 해솔군's
    (GAON, "3만 1천 건", "가온도"),  # after that sentence the lead's topic no longer carries
    (CHEONGRAM, "420명", "청람구"),  # 한편: another story, 누리전자's staff
    (CHEONGRAM, "37곳", "청람구"),  # past 한편
    (QUOTED, "250가구를 넘을", "해솔군"),  # a quotation: the speaker's forecast, no carried fact
    (QUOTED, "4,120만 원", "해솔군"),  # past the quotation
])
def test_the_leads_topic_stops_at_a_structural_limit(text: str, figure: str, not_owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) != not_owner


def test_a_common_noun_leading_the_release_carries_nothing(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("신약 임상 결과 발표\n"
            "입력 2025.05.02\n"
            "연구진은 환자 320명을 대상으로 한 임상에서 반응률이 41%로 나타났다고 2일 밝혔다.\n"
            "투약을 중단한 환자는 12명이었다.\n"
            "부작용 발생률은 3.2%였다.\n"
            "평균 투약 기간은 14.5주였다.\n")
    for figure in ("3.2%", "14.5주"):
        assert owner_of(text, figure, ruleset) != "연구진"


def test_a_figure_of_another_named_entity_in_the_same_sentence(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("가온도 관광객 통계\n"
            "가온도는 올해 관광객이 900만 명으로 집계됐다고 밝혔다.\n"
            "외국인 관광객은 81만 명이었다.\n"
            "해솔군의 관광객은 120만 명이었다.\n")
    assert owner_of(text, "81만 명", ruleset) == "가온도"
    assert owner_of(text, "120만 명", ruleset) != "가온도"


# --- an age in brackets after a person's name ---------------------------------------------------------

@pytest.mark.parametrize("text, figure, person", [
    ("해솔마라톤 결과\n13일 열린 제3회 해솔마라톤에서 케냐의 폴 키멜리(29)가 2시간 10분 3초로 우승했다.\n", "29", "폴 키멜리"),
    ("누리전자 인사\n누리전자는 박서준(52) 부사장을 대표로 선임했다고 밝혔다.\n", "52", "박서준"),
    ("청람구 사고\n청람구에서 이모(41)씨가 다쳤다.\n", "41", "이모"),
])
def test_a_bare_number_in_brackets_after_a_person_is_the_age(text: str, figure: str, person: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(text, figure, ruleset)
    assert c is not None and c[0] == person and c[1] == "age"


@pytest.mark.parametrize("text, figure", [
    ("누리전자 주가\n누리전자(005930)는 이날 3.1% 올랐다.\n", "005930"),  # a stock code
    ("해솔군 인구\n해솔군(2024)은 인구가 4만 명이다.\n", "2024"),  # a year
    ("모델 비교\nGPT-3(175B)는 파라미터가 많다.\n", "175B"),  # a size with its unit
])
def test_a_number_in_brackets_that_is_no_age(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [b for b in bound(text, ruleset) if b.quantity.text == figure]
    assert all(b.claim is None or b.claim.attribute != "age" for b in found)


@pytest.mark.parametrize("text, figure", [
    # a list of pairs "X(n), Y(n)" is a list of counts (review repro), whatever the names
    ("아시안게임 결산\n금메달 순위는 중국(40), 미국(39), 일본(20) 순이었다.\n", "40"),
    ("아시안게임 결산\n금메달 순위는 중국(40), 미국(39), 일본(20) 순이었다.\n", "20"),
    ("총선 결과\n의석은 김해당(108), 이룸당(90)으로 나뉘었다.\n", "108"),  # surname-shaped, still a list
    # no person by structure: no surname shape, no title, no possessor
    ("대회 결산\n참가국은 아시아(12)가 가장 많았다.\n", "12"),
    ("총선 결과\n국민의힘(108)은 과반에 못 미쳤다.\n", "108"),
    # surname-shaped but written elsewhere as a place: 한국에서
    ("대회 결산\n한국에서 열린 대회에서 한국(15)이 가장 많은 메달을 땄다.\n", "15"),
])
def test_a_bracketed_count_after_a_place_or_in_a_list_is_no_age(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [b for b in bound(text, ruleset) if b.quantity.text == figure]
    assert found and all(b.claim is None or b.claim.attribute != "age" for b in found), found


@pytest.mark.parametrize("text, figure, person", [
    # hard negatives: a person by structure keeps the age
    ("태풍 피해\n남천동에 사는 김은경(53) 씨는 도로를 걷고 있었다.\n", "53", "김은경"),  # 씨 after the bracket
    ("마라톤 결과\n케냐의 조엘 키프롭(27)이 2시간 8분 14초로 우승했다.\n", "27", "조엘 키프롭"),  # a possessor
    ("사고 소식\n최민준(34)이 현장에서 구조됐다.\n", "34", "최민준"),  # surname + given name alone
    ("사고 소식\n청람동에 사는 루시아(31) 씨는 다치지 않았다.\n", "31", "루시아"),  # 씨 after a name of no surname
])
def test_a_person_by_structure_keeps_the_age(text: str, figure: str, person: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(text, figure, ruleset)
    assert c is not None and c[0] == person and c[1] == "age", c


def test_an_age_after_a_title_or_a_party_is_never_the_titles(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "수상자 발표\n위원회는 이서준 청람대 교수(61)를 선정했다. 해솔시장에 출마한 누리연합 정하람(48) 후보는 1위였다.\n"
    assert owner_of(text, "61", ruleset) != "교수"
    assert owner_of(text, "48", ruleset) == "정하람"


# --- a place whose name ends in 도 or 구 --------------------------------------------------------------

def test_a_place_ending_in_do_is_one_name(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("# 가온도 시·군 통계\n\n"
            "가온도청 자료에서 발췌했다.\n\n"
            "- 가온시 인구는 2023년 41만 명이었다.\n"
            "- 가온도 인구는 2023년 68만 2천 명으로 10년 전보다 약 14% 늘었다.\n"
            "- 가온도의 면적은 1,849㎢이다.\n")
    assert owner_of(text, "68만 2천 명", ruleset) == "가온도"
    assert owner_of(text, "1,849㎢", ruleset) == "가온도"


@pytest.mark.parametrize("text, figure, not_owner", [
    ("화면 비교\n새 화면의 해상도는 1,440픽셀이다. 해상 풍력 단지도 있다.\n", "1,440픽셀", "해상도"),
    ("만족 조사\n이용자 만족도는 82%였다. 만족스러운 결과다.\n", "82%", "만족도"),
    ("선거구 획정\n선거구 3곳이 줄었다. 선거관리위원회가 밝혔다.\n", "3곳", "선거구"),
    ("인구 감소\n서울도 인구가 5만 명 줄었다. 서울시는 대책을 내놨다.\n", "5만 명", "서울도"),
])
def test_common_nouns_ending_in_do_or_gu_are_no_places(text: str, figure: str, not_owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) != not_owner


# --- a headline's attribute is the noun before its figure ----------------------------------------------

@pytest.mark.parametrize("title, lead, figure, attribute", [
    ("해솔군 7월 방문객 41만 2천 명…전년 동월 대비 8.0% 증가", "해솔군은 7월 통계를 12일 밝혔다.", "41만 2천 명", "방문객"),
    ("청람구 3분기 출생아 402명…전년 동기 대비 3.1% 감소", "청람구는 3분기 통계를 12일 밝혔다.", "402명", "출생아"),
])
def test_a_headlines_figure_measures_the_noun_before_it(title: str, lead: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = title + "\n입력 2025.08.12\n" + lead + "\n"
    c = claim_of(text, figure, ruleset)
    assert c is not None and c[1] == attribute


def test_one_before_dang_is_the_rates_denominator(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [b for b in bound(GAON, ruleset) if b.quantity.text == "1인"]
    assert found and all(b.claim is None for b in found)  # "1인당 평균 지출액": per person, no amount
    text = "해솔군 가구\n해솔군은 1인 가구가 1만 2천 가구라고 밝혔다.\n"
    assert owner_of(text, "1만 2천 가구", ruleset) == "해솔군"  # the household count itself is a figure


def test_a_lead_opening_with_punctuation_only_is_read_without_a_crash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The article fuzzer wrote a lead whose first "word" is a comma: stripped, it was empty and the
    word reader indexed its last letter."""
    import datetime as dt

    from factlint.config.rules import default_pack, load_rules
    from factlint.engine import run

    (tmp_path / "a.txt").write_text("제목\n, 담라도는 1억 원을 썼다고 밝혔다.\n", encoding="utf-8")
    result = run([str(tmp_path / "a.txt")], load_rules(default_pack()), today=dt.date(2024, 1, 1))
    assert not result.internal_errors
