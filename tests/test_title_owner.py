"""A title's word owns a body figure only when it is a name the article is about (issue #14).

A title of nouns only ("재난 대비 계획", "천안함 침몰 사건") names an event or a subject of the page: its first
noun is a name only by the document's evidence (the body speaks of it as a thing: "천안함이 …", "대한민국의
전기료"), and it owns the lead only, as a headline's first noun does; a title that is one name ("누리 3호",
"삼성 갤럭시 S8") owns the article. A clause whose topic is "this N" is the title's only when the text says
the title's thing is an N ("누리 3호는 … 위성이다" and "이 위성은"): else "this N" points back to something else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config.rules import load_rules

from tests.test_own_phrase import bound
from tests.test_table_claims import claims, of

REPO = Path(__file__).resolve().parent.parent
DATELINE = "입력 2025.01.22 10:00\n"


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def owner(text: str, figure: str, ruleset) -> str | None:  # type: ignore[no-untyped-def]
    found = bound(text, ruleset)
    assert figure in found, f"{figure!r} not read as a figure"
    claim = found[figure].claim
    return claim.entity if claim is not None else None


@pytest.mark.parametrize("title, body, figure", [
    # a word of the page's subject the body never speaks of as a thing: no one's figure
    ("재난 대비 계획", "유사시 병력은 300명이다.", "300명"),
    ("도시 점검", "평상시 이용객은 하루 3만 명이다.", "3만 명"),
    ("교통 혼잡 대책", "출근 시간대 승객은 하루 12만 명이다.", "12만 명"),
    ("교통 혼잡 대책 발표", "출근 시간대 승객은 하루 12만 명이다.", "12만 명"),
    ("경제 전망 보고서", "올해 수출액은 6,800억 달러로 예상된다.", "6,800억 달러"),
    ("날씨 정보", "내일 강수량은 30mm다.", "30mm"),  # 날씨 is no "김씨": 날 is no surname
    ("재난 대비 계획", "재난 대응 인력은 300명이다.", "300명"),  # a modifier of the measured noun only
    ("한빛 연구 논문", "이 논문은 참가자 1,200명을 조사했다.", "1,200명"),
    ("코로나 현황", "서울 550명, 경기 257명 등 전국에서 확진자가 나왔다.", "257명"),
    ("전기요금 인상", "산업용 6.4%, 일반용 5.8% 등 전기료가 평균 5.4% 오른다.", "5.8%"),
    ("유사시 대비 계획", "유사시 병력은 300명이다.", "300명"),  # a word of time ('when'), no place
])
def test_a_common_noun_of_a_title_owns_nothing(title: str, body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner(f"{title}\n{DATELINE}{body}\n", figure, ruleset) is None


@pytest.mark.parametrize("text, figure, entity", [
    # hard negatives: the body speaks of the title's first noun as a thing (subject, possessor, place)
    (f"천안함 침몰\n{DATELINE}천안함에는 승조원 104명이 타고 있었다.\n", "104명", "천안함"),
    (f"대한민국 전기 요금 인상\n{DATELINE}오늘부터 대한민국의 전기료가 5.4% 오른다.\n", "5.4%", "대한민국"),
    (f"서진항 물동량 실적\n{DATELINE}서진항은 지난해 컨테이너 물동량이 412만 TEU로 집계됐다.\n", "412만", "서진항"),
    # the body states the title's own compound: "통영시 인구" is the city's population
    (f"통영시 인구\n{DATELINE}통영시 인구는 2024년 6월 말 기준 12만 4,900명이다.\n", "12만 4,900명", "통영시"),
    (f"하림군 인구 감소\n{DATELINE}하림군 인구는 지난달 말 3만 1천여 명으로 줄었다.\n", "3만 1천여 명", "하림군"),
    # a press release whose headline names the company
    (f"한빛전자, 지난해 매출 12조 원…사상 최대\n{DATELINE}한빛전자는 지난해 매출이 12조 원으로 집계됐다고 밝혔다.\n"
     "영업이익은 1조 2천억 원이다.\n", "1조 2천억 원", "한빛전자"),
    # a spec sheet of a named product: the title is one name and owns the article
    ("누리폰 X5\n누리폰 X5는 누리전자의 스마트폰이다.\n화면은 6.1인치다.\n", "6.1인치", "누리폰 X5"),
])
def test_a_title_the_body_names_owns(text: str, figure: str, entity: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner(text, figure, ruleset) == entity


def test_the_first_noun_of_a_title_owns_the_lead_only(ruleset) -> None:  # type: ignore[no-untyped-def]
    # a Wikipedia article on an event: its lead is the ship's, a later paragraph has its own actors
    text = ("한빛호 좌초 사고\n한빛호 좌초 사고는 2011년 5월 서해에서 일어난 사고다.\n한빛호에는 선원 32명이 타고 있었다.\n"
            "사고 뒤 법학자 120명은 성명을 발표했다.\n")
    assert owner(text, "32명", ruleset) == "한빛호"
    assert owner(text, "120명", ruleset) is None


def test_a_name_title_owns_beyond_the_lead(ruleset) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a title that is one name is what the whole article is about
    text = "누리 3호\n누리 3호는 2020년 발사된 위성이다.\n발사 당시 많은 관심을 모았다.\n이 위성은 무게가 3,500kg이다.\n"
    assert owner(text, "3,500kg", ruleset) == "누리 3호"


@pytest.mark.parametrize("text, figure, entity", [
    # "this N" is the title's thing when the text says it is an N: as topic and predicate, or N before the name
    ("누리 3호\n누리 3호는 2020년 발사된 위성이다.\n발사 당시 많은 관심을 모았다.\n이 위성은 무게가 3,500kg이다.\n",
     "3,500kg", "누리 3호"),
    ("누리 3호\n기상 위성 누리 3호가 발사됐다.\n발사 당시 많은 관심을 모았다.\n이 위성은 무게가 3,500kg이다.\n",
     "3,500kg", "누리 3호"),
    # else "this N" points back to something of the text: a part of it, an update of it
    ("누리 3호\n누리 3호는 2020년 발사된 위성이다.\n누리 3호에 실린 탑재체는 미국 회사가 만든 XCAM이다. "
     "이 탑재체는 무게가 120kg이다.\n", "120kg", None),
    ("엑스박스 원\n엑스박스 원은 게임기다.\n2015년에 새 업데이트가 나왔다. 이 업데이트는 적어도 256MB의 여유 공간이 필요하다.\n",
     "적어도 256MB", None),
])
def test_a_demonstrative_topic_is_the_titles_when_the_text_says_so(text: str, figure: str, entity: str | None,
                                                                   ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner(text, figure, ruleset) == entity


@pytest.mark.parametrize("body, figure, expected", [
    # "this N" with no N named before it points back to the title's thing
    ("이 모델은 배터리 용량이 3,000 mAh이다.", "3,000 mAh", "갤럭시 S8"),
    # hard negative: an N named before ("카메라 모듈은 …") is what "this N" points back to, not the title's thing
    ("후면에는 새 카메라 모듈이 들어갔다. 이 모듈은 1,200만 화소를 지원한다.", "1,200만 화소", None),
])
def test_this_noun_with_no_antecedent_is_the_titles_thing(body: str, figure: str, expected: str | None,
                                                          ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner(f"삼성 갤럭시 S8\n{DATELINE}{body}\n", figure, ruleset) == expected


def test_a_table_page_measuring_the_titles_second_noun_is_about_its_first(ruleset) -> None:  # type: ignore[no-untyped-def]
    page = "# 솔빛파크 방문객 동향\n\n## 2024년 월별 방문객 (만 명)\n\n| 월 | 전체 |\n|---|---|\n| 3월 | 41.5 |\n"
    assert [c.entity for c in of(claims(page, ruleset), "41.5")] == ["솔빛파크"]
    # hard negative: a heading that measures another noun than the title's second says nothing of the first
    other = "# 재난 대비 계획\n\n## 2024년 월별 출동 (건)\n\n| 월 | 전체 |\n|---|---|\n| 3월 | 41 |\n"
    assert of(claims(other, ruleset), "41") == []
