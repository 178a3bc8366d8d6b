"""Korean owners that are names by their structure, and "이 N" pointing back to one (issue #14; fresh7's
ko_press_hanbit, ko_column_cheongsol:12, ko_local_drought:5,7,13). Every text below is our own wording, on
other topics than fresh7: a press release under a bracketed label line ("[보도자료]": a rubric, the title is
the line after it), a company glossed by its head ("바다라인(대표이사 김수현)"), a club of a place's name and a
loanword ("서하 타이거즈"), a topic after a noun in its adnominal copula form ("시 최대 관광지인 은하폭포는"), a
demonstrative "이 폭포" pointing back to the nearest name headed by 폭포, and an amount that is a verb's object
after a bare noun ("재난기금 8억 원을 편성해"). The hard negatives keep a common noun topic, an ambiguous or
other-headed antecedent and another entity's figure without this owner."""

from __future__ import annotations

import pytest

from tests.test_owners import ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of, owner_of

DATELINE = "(서하=연합뉴스) 김도윤 기자 = "

# --- a first line that is only a bracketed label is no title ---------------------------------------------------

RELEASE = ("[보도자료]\n"
           "누리제약, 3분기 매출 1,250억 원…분기 최대\n"
           "배포일: 2026년 11월 3일\n\n"
           "제약 전문기업 누리제약은 3분기 매출이 1,250억 원으로 집계됐다고 3일 밝혔다.\n\n"
           "{body}\n")


@pytest.mark.parametrize("label, body, figure", [
    ("[보도자료]", "누리제약은 4분기 매출 목표를 1,400억 원으로 잡았다.", "1,400억 원"),
    ("[Press release]", "누리제약은 올해 연구개발비를 320억 원으로 늘렸다.", "320억 원"),
    ("[알림]", "누리제약은 지난해 수출 1,040억 원을 기록했다.", "1,040억 원"),
])
def test_a_bracketed_label_line_leaves_the_title_to_the_line_after(label: str, body: str, figure: str,
                                                                    ruleset) -> None:  # type: ignore[no-untyped-def]
    text = RELEASE.replace("[보도자료]", label).format(body=body)
    assert owner_of(text, figure, ruleset) == "누리제약"


def test_under_a_label_line_a_common_noun_topic_stays_no_one(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "회사는": a common noun, no entity another article could state the figure of
    text = RELEASE.format(body="회사는 올해 연구개발비를 320억 원으로 늘렸다.")
    assert owner_of(text, "320억 원", ruleset) in (None, "누리제약")
    assert owner_of(text, "320억 원", ruleset) != "회사"


# --- a body glossed by its head, a classifier noun before it ---------------------------------------------------


@pytest.mark.parametrize("lead, later, figure, owner", [
    ("해운 전문기업 바다라인(대표이사 김수현)은 지난해 선박 42척을 운항했다고 밝혔다.",
     "바다라인은 올해 매출 목표를 3,200억 원으로 잡았다.", "3,200억 원", "바다라인"),
    ("게임 개발사 별빛스튜디오(대표 박재우)는 신작 출시 일정을 공개했다.",
     "별빛스튜디오는 올해 신규 채용 인원을 150명으로 늘렸다.", "150명", "별빛스튜디오"),
    ("지역 구단 한울FC(감독 이정민)는 새 시즌 준비에 들어갔다.",
     "한울FC는 지난 시즌 입장 수입 42억 원을 거뒀다.", "42억 원", "한울FC"),
])
def test_a_name_glossed_by_its_head_owns_its_figures(lead: str, later: str, figure: str, owner: str,
                                                     ruleset) -> None:  # type: ignore[no-untyped-def]
    text = f"업계 동향 점검\n{DATELINE}{lead}\n\n{later}\n"
    assert owner_of(text, figure, ruleset) == owner


def test_a_classifier_noun_before_a_glossed_name_gives_way_to_it(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = f"업계 동향 점검\n{DATELINE}해운 전문기업 바다라인(대표이사 김수현)은 지난해 매출 2,900억 원을 기록했다.\n"
    assert owner_of(text, "2,900억 원", ruleset) == "바다라인"


# --- a place's name and a loanword: a club ---------------------------------------------------------------------


@pytest.mark.parametrize("sentence, figure, owner", [
    ("서하 타이거즈는 지난 시즌 경기당 평균 8,200여 명의 관중을 모았다.", "8,200여 명", "서하 타이거즈"),
    ("서하 유나이티드는 올 시즌 홈 경기 관중 7,400명을 모으며 2위에 올랐다.", "7,400명", "서하 유나이티드"),
])
def test_a_place_and_a_loanword_name_a_club(sentence: str, figure: str, owner: str,
                                            ruleset) -> None:  # type: ignore[no-untyped-def]
    text = f"[칼럼] 바다와 도시 사이\n\n서하시의 고민은 여기서 시작된다. 인구가 줄고 있다.\n\n{sentence}\n"
    assert owner_of(text, figure, ruleset) == owner


def test_a_place_and_a_common_noun_are_no_name(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "서하 앞바다": a common noun after the place (no loanword), no club
    text = "[칼럼] 바다와 도시 사이\n\n서하시의 고민은 여기서 시작된다.\n\n서하 앞바다는 올여름 수온이 28.4도까지 올랐다.\n"
    assert owner_of(text, "28.4도", ruleset) != "서하 앞바다"


# --- the head of a topic after an adnominal copula; "이 N" pointing back to it --------------------------------

FALLS = ("서하시 관광객 줄어\n\n"
         f"{DATELINE}시 최대 관광지인 은하폭포는 연간 방문객이 120만 명으로, 1970년대부터 알려졌다.\n\n"
         "{second}\n")


def test_the_name_after_an_adnominal_copula_owns(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = FALLS.format(second="이 폭포의 높이는 42m로, 인근 금강폭포(35m)보다 7m 높다.")
    assert owner_of(text, "120만 명", ruleset) == "은하폭포"


@pytest.mark.parametrize("second, figure", [
    ("이 폭포의 높이는 42m로, 인근 금강폭포(35m)보다 7m 높다.", "42m"),
    ("해당 폭포의 폭은 지난해 측정에서 18m로 나타났다.", "18m"),
    ("그러나 이 폭포는 올여름 가뭄으로 수량이 평소의 40%에 그쳤다.", "40%"),
])
def test_this_noun_points_back_to_the_name_headed_by_it(second: str, figure: str,
                                                       ruleset) -> None:  # type: ignore[no-untyped-def]
    text = FALLS.format(second=second)
    assert owner_of(text, figure, ruleset) == "은하폭포"


def test_another_entity_s_figure_in_the_same_sentence_is_not_the_topic_s(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = FALLS.format(second="이 폭포의 높이는 42m로, 인근 금강폭포(35m)보다 7m 높다.")
    assert owner_of(text, "35m", ruleset) != "은하폭포"


def test_two_names_with_the_head_in_one_sentence_leave_this_noun_no_one(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("서하시 관광객 줄어\n\n"
            f"{DATELINE}시의 대표 관광지는 은하폭포와 금강폭포다.\n\n"
            "이 폭포의 높이는 42m로 알려졌다.\n")
    assert owner_of(text, "42m", ruleset) not in ("은하폭포", "금강폭포")


def test_a_name_with_another_head_is_not_what_this_noun_points_to(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("서하시 관광객 줄어\n\n"
            f"{DATELINE}시 최대 관광지인 은하호수는 연간 방문객이 120만 명이다.\n\n"
            "이 폭포의 높이는 42m로 알려졌다.\n")
    assert owner_of(text, "42m", ruleset) != "은하호수"


@pytest.mark.parametrize("sentence, figure", [
    ("연구 대상인 환자는 120명이다.", "120명"),        # a common noun after the copula: no name
    ("국내 최대 규모인 대형마트는 매장 면적이 2만㎡다.", "2만㎡"),  # a modifier stem (대형): a kind, no name
])
def test_a_common_noun_after_an_adnominal_copula_owns_nothing(sentence: str, figure: str,
                                                              ruleset) -> None:  # type: ignore[no-untyped-def]
    text = f"의료 현장 점검\n\n{DATELINE}{sentence}\n"
    assert owner_of(text, figure, ruleset) not in ("환자", "대형마트")


# --- an amount that is a verb's object after a bare noun -------------------------------------------------------

RELIEF = ("서하시, 폭우 피해 복구 착수\n\n"
          f"{DATELINE}서하시는 폭우 피해 복구를 위해 재난기금 8억 원을 긴급 편성해 배수펌프 20대를 새로 들이고, "
          "임시대피소 6곳을 열었다.\n")


def test_an_object_amount_after_a_bare_noun_is_that_noun_s(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(RELIEF, "8억 원", ruleset) == ("서하시", "재난기금")


def test_the_parts_after_it_are_no_parts_of_the_amount(ruleset) -> None:  # type: ignore[no-untyped-def]
    # the pumps are no part of the fund: 20대 never borrows 재난기금 as its attribute
    found = claim_of(RELIEF, "20대", ruleset)
    assert found is None or found[1] != "재난기금"


# --- "이 N" after a place's name and a word headed by N: the place's facility -----------------------------------

PARK = ("서하시 관광 통계\n\n"
        f"{DATELINE}서하시 북쪽에 들어선 서하 해양관광단지가 지난달 문을 열었다. {{second}}\n")


@pytest.mark.parametrize("second, figure", [
    ("운영사는 이 단지의 연간 방문객이 약 85만 명에 이를 것으로 내다봤다.", "약 85만 명"),
    ("이 단지의 총면적은 42만㎡다.", "42만㎡"),
])
def test_this_noun_points_back_to_a_place_s_facility_of_that_kind(second: str, figure: str,
                                                                 ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(PARK.format(second=second), figure, ruleset) == "서하 해양관광단지"


def test_two_facilities_of_the_kind_in_one_sentence_leave_this_noun_no_one(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("서하시 관광 통계\n\n"
            f"{DATELINE}서하시에는 서하 해양관광단지와 서하 산업단지가 있다. 이 단지의 총면적은 42만㎡다.\n")
    assert owner_of(text, "42만㎡", ruleset) not in ("서하 해양관광단지", "서하 산업단지")
