"""Korean double-subject clauses "X은 Y이 N" and Hangul names a text keeps using (issue #14, items 1 and 3; fresh10's
ko_column:7 "2024년 10월 문을 연 소리마루홀은 대공연장 객석이 1,840석으로" against ko_page_concerthall:7 "- 좌석: 대공연장
1,480석, 소공연장 450석", and ko_local_volleyball's "하람 블루호크스가 … 블루호크스는 21승 15패"). Every text below is our
own wording on other topics: venues, libraries, dams and clubs of invented places.

The rules, by structure:
- a count glued to a counter noun (석) right after a subject whose noun ends in that counter (객석이, 관람석이) counts
  that noun: the subject is the attribute, the bare nouns before it its scope (대공연장), the topic X its owner;
- a bare word right after an object ("문을 연 X은") is the object's verb, never part of X's compound;
- a relative clause of a year and a verb of coming into being ("2024년 10월 문을 연", "2019년 창단한") makes the
  one-word compound after it a particular thing, named, and dates none of its figures;
- a "key: value" list item whose value is a list of labelled figures gives each label as its figure's scope;
- a loanword written as the tail of a placed name ("서하 드래곤즈") and then alone as a recurring topic or subject is
  the club's short form, a name; common nouns that recur as topics (공장은, 회사는, 시는) stay common nouns;
- a bare amount right before a verb of change ("승수를 3승 늘렸다") is what changed, no level.
"""

from __future__ import annotations

import pytest

from tests.test_cross_article_owners import _lint
from tests.test_owners import ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import bound


def _claim(text: str, figure: str, ruleset, name: str = "t.txt"):  # type: ignore[no-untyped-def]
    from tests import binding_helpers

    found = [b for b in binding_helpers.bound(text, ruleset, name) if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    return found[-1].claim


# --- X은 Y이 N: the subject its count counts ------------------------------------------------------------------


@pytest.mark.parametrize("text, figure, owner, attribute, scope", [
    ("2019년 3월 문을 연 한빛아트홀은 객석이 1,200석으로, 지난해 6만 명이 찾았다.", "1,200석", "한빛아트홀", "객석", None),
    ("2021년 개관한 가온스타디움은 관람석이 3만 2,000석이다.", "3만 2,000석", "가온스타디움", "관람석", None),
    ("2018년 준공된 누리컨벤션센터는 본관 좌석이 2,400석에 이른다.", "2,400석", "누리컨벤션센터", "좌석", "본관"),
    ("2015년 문을 연 청람오페라하우스는 대극장 객석이 1,650석으로 지역 최대다.", "1,650석", "청람오페라하우스", "객석", "대극장"),
    ("2020년 개장한 서하돔구장은 관람석이 2만 5,000석, 주차면이 1,800면이다.", "2만 5,000석", "서하돔구장", "관람석", None),
])
def test_the_subject_a_count_counts_is_the_attribute_and_the_topic_owns(text: str, figure: str, owner: str,
                                                                        attribute: str, scope: str | None,
                                                                        ruleset) -> None:  # type: ignore[no-untyped-def]
    claim = _claim(f"지역 문화시설 점검\n{text}\n", figure, ruleset)
    assert claim is not None
    assert (claim.entity, claim.attribute, claim.scope) == (owner, attribute, scope)
    assert claim.period is None  # the opening year dates the venue, not its seats


def test_an_adnominal_verb_after_an_object_is_no_part_of_the_name(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "도서관 탐방\n2019년 10월 문을 연 가온도서관은 장서가 32만 권에 이른다.\n"
    claim = _claim(text, "32만 권", ruleset)
    assert claim is not None and claim.entity == "가온도서관"


@pytest.mark.parametrize("text, figure", [
    # a common noun after the dated clause: three syllables, a kind, no name
    ("2019년 문을 연 도서관은 장서가 32만 권에 이른다.", "32만 권"),
    # a goal next to the fact, of a common noun
    ("회사는 목표가 15만 톤이다.", "15만 톤"),
    # a person pronoun topic with no name
    ("그는 키가 190cm다.", "190cm"),
])
def test_a_common_noun_or_pronoun_topic_owns_nothing(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    claim = _claim(f"현장 메모\n{text}\n", figure, ruleset)
    assert claim is None or claim.goal


def test_the_compared_venue_keeps_its_own_figure(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "서울아트센터(2,500석)보다": the bracketed figure is the comparison object's, never the topic's seats
    text = "공연장 비교\n2024년 10월 문을 연 소리마루홀은 객석이 1,480석으로 서울아트센터(2,500석)보다 적다.\n"
    mine = _claim(text, "1,480석", ruleset)
    theirs = _claim(text, "2,500석", ruleset)
    assert mine is not None and (mine.entity, mine.attribute) == ("소리마루홀", "객석")
    assert theirs is None or theirs.entity != "소리마루홀"


# --- "- key: label N, label M": one scope per labelled figure --------------------------------------------------


def test_a_list_item_of_labelled_figures_gives_each_its_scope(ruleset) -> None:  # type: ignore[no-untyped-def]
    page = "# 가온스타디움\n\n**가온스타디움**은 서하시에 있는 종합경기장이다.\n\n## 개요\n\n- 좌석: 본관 2만 4,000석, 별관 8,000석\n- 연면적: 5만 2,000㎡\n"
    main = _claim(page, "2만 4,000석", ruleset, "p.md")
    annex = _claim(page, "8,000석", ruleset, "p.md")
    assert main is not None and (main.entity, main.attribute, main.scope) == ("가온스타디움", "좌석", "본관")
    assert annex is not None and (annex.entity, annex.attribute, annex.scope) == ("가온스타디움", "좌석", "별관")


# --- a loanword tail of a placed name, used alone as a topic -------------------------------------------------

PLACE = "서하시는 인구 25만 명의 도시로, 서하체육관과 서하천이 있다. "


@pytest.mark.parametrize("lead, later, figure, owner", [
    ("프로농구 서하 드래곤즈가 창단 첫 우승에 도전한다.", "드래곤즈는 이번 시즌 정규리그에서 32승 22패를 거뒀다. 드래곤즈는 "
     "홈에서 강했다.", "32승", "서하 드래곤즈"),
    ("여자프로배구 서하 레인저스가 3연승을 달렸다.", "레인저스는 올 시즌 18승 6패를 기록했다. 레인저스는 다음 주 원정에 나선다.",
     "18승", "서하 레인저스"),
    ("프로야구 서하 이글스가 새 홈구장으로 옮긴다.", "이글스는 지난 시즌 관중 82만 명을 불러 모았다. 이글스는 올해 목표를 "
     "100만 명으로 잡았다.", "82만 명", "서하 이글스"),
])
def test_the_tail_of_a_placed_name_used_alone_is_a_name(lead: str, later: str, figure: str, owner: str,
                                                       ruleset) -> None:  # type: ignore[no-untyped-def]
    # the short form owns the figure and the claim states it of the whole name, which an English article's
    # "Seoha Dragons" meets (binding._placed_longs)
    text = f"스포츠 소식\n{PLACE}{lead}\n{later}\n"
    claim = _claim(text, figure, ruleset)
    assert claim is not None and claim.entity == owner


@pytest.mark.parametrize("body, figure", [
    ("공장은 지난해 가동을 시작했다. 공장은 연간 12만 톤을 생산한다. 공장은 직원이 300명이다.", "300명"),
    ("회사는 올해 매출을 늘렸다. 회사는 직원이 1,200명이다. 회사는 내년 상장을 검토한다.", "1,200명"),
    ("관람객은 주말에 몰렸다. 관람객은 대부분 가족 단위였다. 관람객은 모두 4만 명이었다.", "4만 명"),
    # a loanword topic the text never writes after a place's stem: no evidence it is one club's name
    ("타이거즈는 이번 시즌 32승 22패를 거뒀다. 타이거즈는 홈에서 강했다.", "32승"),
])
def test_common_nouns_that_recur_as_topics_stay_common(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = f"현장 메모\n{PLACE}{body}\n"
    claim = _claim(text, figure, ruleset)
    assert claim is None or claim.entity not in ("공장", "회사", "관람객", "타이거즈")


def test_a_bare_amount_before_a_verb_of_change_is_no_level(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = (f"스포츠 소식\n{PLACE}프로농구 서하 드래곤즈가 3위를 확정했다.\n드래곤즈는 32승 22패로 시즌을 마쳤다. "
            "지난 시즌 28승에 그쳤던 드래곤즈는 올 시즌 승수를 4승 늘렸다.\n")
    assert _claim(text, "4승", ruleset) is None
    level = _claim(text, "32승", ruleset)
    assert level is not None and level.entity == "서하 드래곤즈"


def test_bound_helper_reads_the_fresh10_pair(ruleset) -> None:  # type: ignore[no-untyped-def]
    # the two sides of fresh10's C4 key alike: one owner, one measure (seats), one scope (대공연장)
    column = "[해설] 문화 인프라\n문화 인프라도 달라졌다. 2024년 10월 문을 연 소리마루홀은 대공연장 객석이 1,840석으로, 지난해 약 4만 명의 관객을 불러 모았다.\n"
    found = {b.quantity.text: b.claim for b in bound(column, ruleset)}
    seats, audience = found["1,840석"], found["약 4만 명"]
    assert seats is not None and (seats.entity, seats.attribute, seats.scope) == ("소리마루홀", "객석", "대공연장")
    assert audience is not None and audience.entity == "소리마루홀"


# --- both sides key alike: one venue, one measure (seats), one scope ----------------------------------------------

COLUMN = ("[해설] 가온의 문화 지도\n김도윤 논설위원 | 2026.04.02\n"
          "2021년 개관한 가온아트센터는 대극장 객석이 {seats}으로, 지난해 5만 명이 찾았다.\n")
PAGE = ("# 가온아트센터\n**가온아트센터**는 서하시에 있는 공연장이다.\n## 개요\n"
        "- 좌석: 대극장 1,350석, 소극장 420석\n- 연면적: 1만 8,000㎡\n")


def test_a_venues_seats_in_a_column_meet_its_pages_list(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = _lint(tmp_path, {"column.txt": COLUMN.format(seats="1,530석"), "page.md": PAGE})
    assert len(found) == 1 and "seats (대극장)" in found[0] and "1,530석" in found[0] and "1,350석" in found[0]


def test_the_same_seats_or_another_halls_seats_are_no_contradiction(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _lint(tmp_path, {"column.txt": COLUMN.format(seats="1,350석"), "page.md": PAGE}) == []
