"""Claim-table precision, session 19 (issue #14): the wrong claims of the dev group pooled by cause, each class
removed by a rule about structure, written here as our own paraphrases on other topics with hard negatives beside.

- a heading word "X별" ("by X": 읍면별, 권역별, 분야별) says how a section's figures are split and names no thing: the
  total row under "## 동별 현황" is the page's whole, not "동별"'s (fresh16; the heading shape is in seven dev sets);
- a table's label column headed 분야 or 권역 (a field, a zone) lists kinds of the page's subject, as 부문 and 종류 did:
  "| 의약품 | 148 |" under "| 분야 | 참가 기업 |" is the page's subject's "의약품 참가 기업" (fresh14, fresh18);
- a press release's list of what it encloses ("붙임: 행사 사진 5매. 끝.") counts pages and photos, no claim
  (fresh15, fresh17; the line is in eight dev sets);
- a Korean currency word read as the measured noun ("340억 원(약 3,100만 달러" → 원) is another figure's unit, no
  attribute (fresh13, fresh17);
- a descriptor before an owner's name is no part of the name: "시립 별누리천문대의", "충북 청람공항의", "환승역인
  서진시청역의", "the 2,850-tonne Soha Queen II" (fresh5, fresh9, fresh16, fresh17; ``binding/descriptors.py``)."""

from __future__ import annotations

from typing import Any

import pytest

from factlint.binding.descriptors import bare_name, qualifier
from tests.test_owners import ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of
from tests.test_table_claims import claims, of


def _page(title: str, lead: str, heading: str, head: str, rows: list[str]) -> str:
    columns = head.count("|") - 1
    return f"# {title}\n\n{lead}\n\n{heading}\n\n{head}\n|{'---|' * columns}\n" + "\n".join(rows) + "\n"


# --- a distributive heading names no entity ----------------------------------------------------------------

_DONG = _page("한울군", "한울군은 강원 동해안의 군이다. 한울군의 인구는 줄고 있다.", "## 마을별 현황",
              "| 마을 | 인구(명) | 사업체(곳) |",
              ["| 가온리 | 6,120 | 310 |", "| 나래리 | 3,480 | 145 |", "| 합계 | 9,600 | 455 |"])


def test_the_total_under_a_distributive_heading_is_the_pages_whole(ruleset: Any) -> None:
    cs = claims(_DONG, ruleset)
    assert [c.entity for c in of(cs, "9,600")] == ["한울군"]
    assert not [c for c in cs if c.entity.endswith("별")]


def test_rows_under_a_distributive_heading_that_are_names_keep_their_own_entity(ruleset: Any) -> None:
    # hard negative: the rows are places of their own, their population theirs
    cs = claims(_DONG, ruleset)
    assert [c.entity for c in of(cs, "6,120")] == ["가온리"]
    assert [c.entity for c in of(cs, "3,480")] == ["나래리"]


# --- a label column of fields or zones lists kinds of the page's subject --------------------------------------

@pytest.mark.parametrize("text, figure, attribute", [
    (_page("다온 로봇박람회", "다온 로봇박람회는 해마다 열린다. 다온 로봇박람회에 기업이 몰렸다.", "## 분야별 참가 기업",
           "| 분야 | 참가 기업(개사) |", ["| 산업용 로봇 | 96 |", "| 서비스 로봇 | 71 |", "| 부품 | 38 |"]),
     "71", "서비스 로봇 참가 기업"),
    (_page("새봄택배 중부허브", "새봄택배 중부허브는 충북의 물류센터다. 새봄택배 중부허브는 2024년 문을 열었다.",
           "## 권역별 처리 물량", "| 권역 | 처리 물량(만 상자) | 배송 차량(대) |",
           ["| 충북 | 22.4 | 150 |", "| 대전 | 14.1 | 90 |", "| 기타 | 3.2 | 20 |"]),
     "90", "대전 배송 차량"),
])
def test_a_field_or_zone_row_is_a_kind_of_the_pages_subject(text: str, figure: str, attribute: str,
                                                            ruleset: Any) -> None:
    cs = of(claims(text, ruleset), figure)
    assert [(c.entity, c.attribute) for c in cs] == [(text[2 : text.index("\n")], attribute)]


def test_a_column_of_places_still_lists_entities(ruleset: Any) -> None:
    # hard negative: "| 시·군 |" rows are names, each owning its row
    text = _page("한울도 시·군 현황", "한울도는 동해안의 도다.", "## 시·군별 인구", "| 시·군 | 인구(명) |",
                 ["| 가람시 | 212,400 |", "| 누리군 | 41,300 |"])
    assert [c.entity for c in of(claims(text, ruleset), "41,300")] == ["누리군"]


# --- an attachment line counts no figure of the story -------------------------------------------------------

_RELEASE = "# 다온시, 가을 축제 관람객 12만 명\n\n다온시는 올해 가을 축제에 관람객 12만 명이 다녀갔다고 밝혔다.\n\n"


@pytest.mark.parametrize("line, figure", [
    ("붙임: 축제 현장 사진 4매. 끝.", "4매"),
    ("※ 붙임: 관람객 집계표 2부. 끝.", "2부"),
    ("첨부: 행사장 배치도 3매", "3매"),
])
def test_an_attachment_line_is_no_claim(line: str, figure: str, ruleset: Any) -> None:
    text = _RELEASE + line + "\n"
    found = [c for c in claims(text, ruleset, "t.txt") if c.quantity.text == figure]
    assert not found
    # hard negative: the release's own figure above it stays a claim
    assert of(claims(text, ruleset, "t.txt"), "12만 명")


# --- a currency word is no measured noun ------------------------------------------------------------------

@pytest.mark.parametrize("figure", ["약 3,800만 달러", "1,370원"])
def test_another_figures_currency_is_no_attribute(figure: str, ruleset: Any) -> None:
    text = ("# 가람온천 재개장\n\n가람온천이 재개장했다.\n\n이번 공사에는 시비와 민간 투자를 합쳐 총 520억 원(약 3,800만 "
            "달러, 달러당 1,370원 기준)이 투입됐다.\n")
    found = claim_of(text, figure, ruleset)
    assert found is None or found[1] not in ("원", "달러")


def test_a_measured_noun_before_an_amount_is_still_its_attribute(ruleset: Any) -> None:
    # hard negative: the noun the amount measures, with its currency after the figure
    text = "# 가람온천 재개장\n\n가람온천이 재개장했다. 가람온천의 총사업비는 520억 원이다.\n"
    assert claim_of(text, "520억 원", ruleset) == ("가람온천", "총사업비")


# --- a descriptor before a name ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, owner, name", [
    ("도립 한울미술관의 관람객이 늘었다. 한울미술관은 2019년 문을 열었다.", "도립 한울미술관", "한울미술관"),
    ("경북 누리공항의 이용객이 늘었다. 누리공항은 국제선을 늘린다.", "경북 누리공항", "누리공항"),
    ("종점인 가람역의 하루 승차객이 늘었다. 가람역은 1998년 문을 열었다.", "종점인 가람역", "가람역"),
    ("its newest ship, the 1,900-tonne Haneul Star II, is due in May.", "1,900-tonne Haneul Star II", "Haneul Star II"),
    ("the 31-year-old Park Ji-su scored twice.", "31-year-old Park Ji-su", "Park Ji-su"),
])
def test_a_descriptor_before_a_name_is_dropped(text: str, owner: str, name: str) -> None:
    assert bare_name(text, owner) == name


@pytest.mark.parametrize("text, owner", [
    # a province or a "city's" before a name the page never writes alone: it may be the name's own first word
    ("경북 누리테크의 매출이 늘었다. 경북 누리테크는 2010년 세워졌다.", "경북 누리테크"),
    ("시립 한울합창단의 단원은 40명이다.", "시립 한울합창단"),
    # a Korean word before a Latin name, a measure compound before a common noun, a name of one word
    ("서울 IT 기업의 매출이 늘었다. IT 기업은 많다.", "서울 IT 기업"),
    ("the 850-tonne ferry will enter service in March.", "850-tonne ferry"),
    ("누리공항의 이용객이 늘었다.", "누리공항"),
    # a noun that ends in 인 itself is no copula's adnominal
    ("외국인 관광객의 지출이 늘었다. 관광객은 많다.", "외국인 관광객"),
    ("온라인 쇼핑몰의 매출이 늘었다.", "온라인 쇼핑몰"),
    # a two-word name whose first word is no descriptor
    ("Haeun Port handled 2.1 million TEU.", "Haeun Port"),
    # a noun in 인 that makes a kind of the head (review of s19-stage, /tmp/rev/desc/d2, and paraphrases): the head is
    # written after another kind-word, or never as a phrase of its own
    ("장애인 콜택시의 지난해 이용객은 12만 명이었다. 일반 콜택시 이용객은 같은 기간 340만 명으로 집계됐다.", "장애인 콜택시"),
    ("노인 복지관의 올해 이용객은 3만 명이다. 청소년 복지관은 2만 명이다. 복지관 예산은 늘었다.", "노인 복지관"),
    ("시각장애인 도서관의 장서는 4만 권이다.", "시각장애인 도서관"),
    # the name only as the head of a longer phrase ("두 현대미술관", "벌담시립 별누리천문대"): never written alone
    ("국립 현대미술관의 관람객은 250만 명이었다. 시립 현대미술관의 관람객은 40만 명이었다. 두 현대미술관 모두 늘었다.",
     "국립 현대미술관"),
    ("# 벌담시립 별누리천문대\n\n시립 별누리천문대의 방문객은 25만 명이다.", "시립 별누리천문대"),
])
def test_no_descriptor_is_dropped_without_the_evidence(text: str, owner: str) -> None:
    assert bare_name(text, owner) is None


@pytest.mark.parametrize("owner, word", [
    ("국립 현대미술관", "국립"), ("시립 한울미술관", "시립"), ("충북 청람공항", "충북"), ("Soha Queen II", None),
    ("환승역인 서진시청역", None),
])
def test_who_runs_it_or_where_it_is_is_kept_as_a_qualifier(owner: str, word: str | None) -> None:
    assert qualifier(owner) == word


def _findings(tmp_path: Any, articles: dict[str, str]) -> list[Any]:
    """The findings of a lint run over ``articles`` (file name → text)."""
    import datetime as dt

    from factlint.config.rules import load_rules
    from factlint.engine import run
    from tests.test_owners import REPO

    paths = []
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return list(run(sorted(paths), load_rules([str(REPO / "rules")]), today=dt.date(2026, 6, 1)).findings)


def _lint_pair(tmp_path: Any, one: str, two: str) -> list[str]:
    return [f.rule for f in _findings(tmp_path, {"a.txt": one, "b.txt": two}) if "contradiction" in f.rule]


@pytest.mark.parametrize("one, two", [
    # review of s19-stage (/tmp/rev/desc2): a national and a municipal museum of one name are two museums
    ("국립 현대미술관의 2024년 관람객은 250만 명이었다. 현대미술관은 올해 특별전을 네 차례 연다.\n",
     "시립 현대미술관의 2024년 관람객은 40만 명이었다. 현대미술관은 내년 리모델링에 들어간다.\n"),
    # paraphrases: two provinces' airports of one name, two ownerships of one library
    ("경북 하늘공항의 2025년 이용객은 80만 명이었다. 하늘공항은 국제선을 늘린다.\n",
     "전남 하늘공항의 2025년 이용객은 30만 명이었다. 하늘공항은 활주로를 넓힌다.\n"),
    ("도립 가온도서관의 2025년 장서는 42만 권이다. 가온도서관은 주말에도 문을 연다.\n",
     "사립 가온도서관의 2025년 장서는 9만 권이다. 가온도서관은 월요일에 쉰다.\n"),
])
def test_two_owners_of_one_name_do_not_meet(tmp_path: Any, one: str, two: str) -> None:
    assert _lint_pair(tmp_path, one, two) == []


def test_a_qualified_name_still_meets_the_bare_name(tmp_path: Any) -> None:
    # the find the descriptor rule was built for: "시립 별누리천문대" of one article is another article's 별누리천문대
    one = "시립 한울천문대의 2025년 방문객은 25만 명이었다. 한울천문대는 2019년 문을 열었다.\n"
    two = "한울천문대의 2025년 방문객은 52만 명이었다.\n"
    assert _lint_pair(tmp_path, one, two) != []


def test_a_possessor_with_a_descriptor_owns_the_figure_by_its_name(ruleset: Any) -> None:
    text = "# 한울미술관 관람객 30만 명 돌파\n\n한울시는 시립 한울미술관의 누적 관람객이 30만 명을 넘어섰다고 밝혔다.\n\n" \
           "한울미술관은 2019년 문을 열었다.\n"
    found = claim_of(text, "30만 명을 넘어섰다고", ruleset)
    assert found is not None and found[0] == "한울미술관"


# --- a side's bound that agrees with its point is no second figure (contradiction._one_figure) -------------------

def _bilingual(tmp_path: Any, ko: str, en: str) -> list[str]:
    return [f.data["claim"]["quantity"]["text"] for f in _findings(tmp_path, {"ko.txt": ko, "en.txt": en})
            if f.rule == "bilingual-figure-contradiction"]


_AIRPORT_EN = "Gaeul airport\nGaeul Airport handled 812,000 passengers in 2025, according to its operator.\n"


def test_a_lead_bound_does_not_silence_the_point_below_it(tmp_path: Any) -> None:
    # the lead's "넘어섰다" bound agrees with both; the point below it is the Korean article's figure
    ko = ("가을공항 이용객 70만 명 넘어\n입력 2026.01.15 09:30\n경남 가을공항의 지난해 이용객이 70만 명을 넘어섰다.\n"
          "가을공항공사에 따르면 가을공항의 2025년 이용객은 74만 1천여 명이다.\n")
    assert _bilingual(tmp_path, ko, _AIRPORT_EN) == ["74만 1천여 명"]


def test_a_bound_and_a_point_that_disagree_still_say_nothing(tmp_path: Any) -> None:
    # hard negative: the article's two figures differ (a bound above its own point): no one figure to compare
    ko = ("가을공항 이용객\n입력 2026.01.15 09:30\n가을공항의 지난해 이용객이 90만 명을 넘어섰다.\n"
          "가을공항의 2025년 이용객은 74만 1천여 명이다.\n")
    assert _bilingual(tmp_path, ko, _AIRPORT_EN) == []



# --- a one-word English owner the text also writes in lower case is a common noun ----------------------------------

@pytest.mark.parametrize("text, figure, noun", [
    ("Robot makers from 12 countries are showing off cleaning and delivery robots at the Gaeul Robot Fair, which "
     "opened on Monday.\n\nExhibitors signed deals worth $31 million in the first two days, the fair said.\n",
     "$31 million", "Robot"),
    ("The show opened on Monday.\n\nOrganisers had expected 25,000 visitors; the organisers will publish the final "
     "count next week.\n", "25,000", "Organisers"),
])
def test_a_capitalised_word_the_text_writes_in_lower_case_owns_no_figure(text: str, figure: str, noun: str,
                                                                        ruleset: Any) -> None:
    found = claim_of(text, figure, ruleset)
    assert found is None or found[0] != noun


@pytest.mark.parametrize("text, figure, owner", [
    # hard negatives: a one-word name never written in lower case, a name that is also a word the text never writes
    # in lower case, a two-word name whose words the text writes in lower case ("the harbour of Gaeul Harbour")
    ("Investors bought shares in Nuvia after the results.\n\nNuvia has 1,300 employees at two plants.\n", "1,300",
     "Nuvia"),
    ("Walkers flock to the Cape every spring.\n\nThe trail on Gaeul Island runs for 21 km.\n\nGaeul Harbour handled "
     "1.4 million tonnes last year, and the harbour plans to grow.\n", "1.4 million tonnes", "Gaeul Harbour"),
])
def test_a_name_the_text_never_writes_in_lower_case_still_owns(text: str, figure: str, owner: str,
                                                              ruleset: Any) -> None:
    found = claim_of(text, figure, ruleset)
    assert found is not None and found[0] == owner
