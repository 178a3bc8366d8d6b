"""The document topic owns only when it is a name (issue #14, fresh3's wrong owners): a headline's
first noun that is a time ("여름철"), an adverbial noun ("국내"), a field ("반도체업") or an office
("청솔군수") the body never uses as a name owns no figure; a title that is a name, a Hangul name the body
makes act, and a wiki-style noun-phrase title keep theirs. Variants written for the rule, not the
gold documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from binding_helpers import bound
from factlint.binding import structure
from factlint.config.rules import load_rules

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def owners(text: str, ruleset) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """Each figure's owner (the last reading of a figure written twice), None when unbound."""
    return {b.quantity.text: (b.claim.entity if b.claim is not None else None) for b in bound(text, ruleset, "t.txt")}


@pytest.mark.parametrize("word", ["여름철", "겨울철", "봄철", "가을철", "장마철", "휴가철", "올여름", "지난겨울", "이번여름",
                                  "초여름", "늦가을께", "지난봄철", "여름", "연말"])
def test_a_season_with_its_prefixes_and_suffixes_is_a_time(word: str) -> None:
    assert structure.is_season(word)
    assert word in structure.NOT_OWNERS


@pytest.mark.parametrize("word", ["장마", "지하철", "전철", "고철", "여름휴가", "봄비", "가을동화", "철도", "누리전자"])
def test_a_word_that_only_contains_a_season_or_ends_in_cheol_is_no_time(word: str) -> None:
    # 장마 alone is the rainy spell itself (it starts, ends and lasts: an owner); 지하철 is no -철 of a season
    assert not structure.is_season(word)
    assert word not in structure.NOT_OWNERS


SEASON = ("2024년 겨울철 한파 분석: 전국 평균기온 영하 1.2℃\n입력 2024.03.05 | 기상청\n"
          "기상청은 5일 올겨울 전국 평균기온이 -1.2℃로 평년보다 낮았다고 밝혔다.\n"
          "겨울철 강수량은 88.1㎜로 평년의 91% 수준이었다.\n")
FIELD = ("[산업 칼럼] 반도체업 '호황'의 그림자\n입력 2026.02.01 | 이수민 논설위원\n"
         "누리전자가 지난해 사상 최대 실적을 냈다. 연간 목표를 넘겼다.\n"
         "실적도 좋다. 지난해 영업이익은 3조 4,500억 원으로 전년 대비 41.2% 증가했고, 매출은 28조 1,000억 원이었다.\n")
ADVERBIAL = ("# 2024년 국내 항공 3사 여객 실적\n\n- 푸른항공이 3사 전체 여객의 52%를 차지했다.\n"
             "- 국제선 여객은 3사 합계 1,200만 명으로 전체의 60% 이상이었다.\n")
OFFICE = ("[4·10 총선] 청솔군수에 한결당 최민재 당선…득표율 55.1%\n입력 2024.04.11 | 청솔일보\n"
          "청솔군수 선거에 출마한 한결당 최민재 후보가 당선됐다.\n"
          "개표 결과 최 후보는 2만 1,300표(55.1%)를 얻어 새빛당 윤하늘 후보(1만 7,400표, 44.9%)를 따돌렸다.\n"
          "청솔군은 인구 4만 명의 농촌 지역이다.\n")  # the office is built on a name the body uses


@pytest.mark.parametrize("text, figures, title_word", [
    (SEASON, ["-1.2℃", "88.1㎜", "91%"], "겨울철"),  # a time (and the compound "겨울철 강수량" opens with no name)
    (FIELD, ["3조 4,500억 원", "41.2%", "28조 1,000억 원"], "반도체업"),  # a field: the figures are 누리전자's
    (ADVERBIAL, ["52%", "60% 이상"], "국내"),  # an adverbial noun
    (OFFICE, ["44.9%"], "청솔군수"),  # an office: 윤하늘's share, not the mayoralty's
])
def test_a_headline_word_the_body_never_uses_as_a_name_owns_nothing(text: str, figures: list[str], title_word: str,
                                                                      ruleset) -> None:  # type: ignore[no-untyped-def]
    found = owners(text, ruleset)
    for figure in figures:
        assert found[figure] != title_word, figure


@pytest.mark.parametrize("text, figure, owner", [
    # a title that is a name (Latin letters and digits), a wiki-style title that is all one noun phrase
    ("삼성 갤럭시 S8\n갤럭시 S8은 삼성전자가 2017년 출시한 스마트폰이다.\n화면 크기는 5.8인치이고, 무게는 155g이다.\n",
     "155g", "갤럭시 S8"),
    ("충청북도\n충청북도는 대한민국 중부에 있는 도이다. 도청 소재지는 청주시이다.\n면적은 7,407㎢이며, 인구는 약 159만 명이다.\n",
     "약 159만 명", "충청북도"),
    # a Hangul headline word the body makes act ("누리전자는 …"): a name, it owns the lead's figures
    ("누리전자 지난해 최대 실적…매출 28조\n입력 2026.02.01 | 이수민 기자\n지난해 매출은 28조 1,000억 원으로 전년보다 12% 늘었다.\n"
     "누리전자는 올해 매출 목표를 30조 원으로 잡았다.\n", "28조 1,000억 원", "누리전자"),
    ("[단독] 누리전자, 영업이익 3조 원 돌파\n입력 2026.02.01 | 이수민 기자\n누리전자가 지난해 영업이익 3조 4,500억 원을 기록했다.\n"
     "매출은 28조 1,000억 원이었다.\n", "28조 1,000억 원", "누리전자"),
])
def test_a_title_that_is_a_name_keeps_owning(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owners(text, ruleset)[figure] == owner
