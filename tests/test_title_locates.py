"""A headline's first noun as the article's owner (issue #14): only when it names what the article is about.
A place that only locates ("청솔 앞바다 340㎿ 해상풍력 …": the sea off 청솔) gives way to the name the lead's
first clause opens with when that name is built on the place ("… 앞바다에 들어선 청솔 해상풍력단지가"), and owns
nothing otherwise; a title that sets two things side by side ("바람과 가뭄 사이") has no one topic; a class figure
("8.5㎿급 터빈") rates the noun after it, no figure of the clause's topic. Paraphrases and near misses written for
this change (other places, other industries), not taken from a gold set."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.binding.sentences import Bound
from factlint.config.rules import load_rules
from tests.test_owners import bound as bind_text

REPO = Path(__file__).resolve().parent.parent
DATELINE = "입력 2026.05.02 06:00 | 산업일보 김도윤 기자\n\n"


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def bound(text: str, ruleset, figure: str) -> Bound:  # type: ignore[no-untyped-def]
    found = [b for b in bind_text(text, ruleset) if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    return found[-1]


def owner(text: str, ruleset, figure: str) -> str | None:  # type: ignore[no-untyped-def]
    claim = bound(text, ruleset, figure).claim
    return claim.entity if claim is not None else None


# --- a place that only locates: the lead's name built on it owns, or nothing -----------------------------------

@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("한빛 앞바다 200㎿ 해상풍력 준공…누리에너지 \"연 600GWh\"\n" + DATELINE
     + "한빛군 앞바다에 들어선 한빛 해상풍력단지가 5월 1일 상업운전을 시작했다. 설비용량은 200㎿다.\n",
     "200㎿", "한빛 해상풍력단지"),
    ("서하 일대 물류센터 문 열어\n" + DATELINE
     + "서하군 일대에 들어선 서하 물류센터가 1일 문을 열었다. 하루 처리량은 12만 상자다.\n",
     "12만 상자", "서하 물류센터"),
])
def test_the_leads_name_outranks_a_place_the_headline_only_locates(text: str, figure: str, expected: str,
                                                                  ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner(text, ruleset, figure) == expected


@pytest.mark.parametrize(("text", "figure"), [
    # the lead's subject is no name built on the place: the place still owns nothing
    ("한빛 앞바다 해상풍력 가동\n" + DATELINE + "누리에너지가 한빛군 앞바다에 지은 단지가 가동을 시작했다. 설비용량은 200㎿다.\n",
     "200㎿"),
    ("서하 일대 아파트값 급등\n" + DATELINE + "부동산원에 따르면 지난달 평균 매매가는 5억 2천만 원으로 올랐다.\n",
     "5억 2천만 원"),
])
def test_a_place_that_only_locates_owns_nothing(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner(text, ruleset, figure) not in ("한빛", "서하")


def test_a_headline_whose_first_noun_is_the_owner_keeps_it(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("한빛전자, 3분기 영업이익 1조 2천억 원…전년 대비 12% 증가\n" + DATELINE
            + "한빛전자는 3분기 영업이익이 1조 2천억 원으로 집계됐다고 2일 밝혔다.\n")
    assert owner(text, ruleset, "1조 2천억 원") == "한빛전자"


def test_a_figure_of_another_entity_in_the_lead_is_not_the_leads(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("한빛 앞바다 200㎿ 해상풍력 준공\n" + DATELINE
            + "한빛군 앞바다에 들어선 한빛 해상풍력단지가 5월 1일 상업운전을 시작했다. 가장 큰 곳은 서문 해상풍력(400㎿)이다.\n")
    assert owner(text, ruleset, "400㎿") != "한빛 해상풍력단지"


# --- a title of two things side by side ------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["[칼럼] 산과 바다 사이, 서하군이 묻는 것", "[시론] 물과 전기, 두 개의 숙제"])
def test_a_title_of_two_things_has_no_one_topic(title: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = (f"{title}\n2026년 8월 10일 | 김하늘 논설위원\n\n"
            "올봄 서하 앞바다에서 터빈이 돌기 시작했다. 인구 약 4만 명의 군이 제 전력 소비량의 2배 넘는 전기를 생산하는 셈이다.\n")
    assert owner(text, ruleset, "약 4만 명") not in ("산", "산과", "물", "물과")


# --- a class figure rates the noun after it ---------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "figure"), [
    ("가온풍력은 8.5㎿급 터빈 40기를 설치했다.", "8.5㎿"),
    ("누리전자는 65인치급 TV를 출시했다.", "65인치"),
    ("해운사는 1만 5천t급 화물선 3척을 발주했다.", "1만 5천t"),
])
def test_a_class_figure_is_no_claim_of_the_topic(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "청솔 단지 가동\n" + DATELINE + "청솔 단지가 가동을 시작했다. " + sentence + "\n"
    assert bound(text, ruleset, figure).claim is None


def test_a_figure_without_a_class_is_still_read(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "누리전자 실적\n" + DATELINE + "누리전자는 지난해 TV 65만 대를 판매했다고 2일 밝혔다.\n"
    assert "class" not in bound(text, ruleset, "65만 대").reason


# --- a value in the copula's adnominal 인 describes the noun after it; a part of a thing owns nothing -----------

def test_a_value_in_in_describes_the_noun_after_it(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "서하시 여행기\n" + DATELINE + "박씨는 사진을 찍고 30대인 두 딸에게 메시지를 보냈다.\n"
    assert bound(text, ruleset, "30대").claim is None


def test_a_measure_named_before_a_value_in_in_keeps_it(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "인구 … 인 도시": the noun before the figure names the measure, the figure is no mere description
    text = "서하시 여행기\n" + DATELINE + "서하시는 인구 28만 명인 도시다.\n"
    assert "N인 X" not in bound(text, ruleset, "28만 명").reason


@pytest.mark.parametrize("part", ["앞면", "후면", "상단"])
def test_a_part_of_a_thing_owns_nothing(part: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "누리폰 7 공개\n" + DATELINE + f"{part}의 디스플레이는 전체 면적 중 85%를 차지한다.\n"
    assert owner(text, ruleset, "85%") != part
