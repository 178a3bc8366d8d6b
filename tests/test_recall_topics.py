"""Claim recall on text nobody here wrote (issue #14, session 10): paraphrases of our own, in other words,
entities and topics than the gold sets, with hard negatives.

- a count whose counter stands apart from its digits counts the bare noun before it ("국내선 승객 320만
  명을"), as one glued to it does; a bound's verb read with the figure ("500만 명을 넘어섰다") is no
  part of the count;
- a clause whose topic is only what the figure measures ("누적 관객은 301만 명") continues the sentence
  before it in its paragraph, when that sentence's topic is the name the headline is about;
- a quoted name closing a compound is the name ("영화 '하늘 정원'이"), the kind before it is not;
- a place by its structure (a stem and 시/군, the stem opening other words of the text: 청솔시, 청솔국제공항)
  opening a measured compound owns it without 의 ("청솔시 인구는 41만 2천 명"), as a name the text glosses
  or lists does;
- a paragraph that opens with only the measured noun as its topic, the figure stating it right after
  ("운항 편수는 2만 1천여 편으로", "순이익은 210억 원이었다"), belongs to the name the headline is about — not
  when the headline's name is its speaker (기관 "…"), a modifier of the noun after it ("[칼럼] 동해 호재에"),
  when a name or a place opens the measured compound ("동해시 인구는"), nor across an object or a quotation;
- a count that is the subject of a verb in its adnominal form describes the noun after the verb ("주민 41만
  명이 사는 청솔시는": 청솔시's residents; 사는 read as 사 + 는 after a subject, as after an object), never
  the headline's topic.
"""

from __future__ import annotations

import pytest

from tests.test_recall import claim_of, ruleset  # noqa: F401  (the fixture)


@pytest.mark.parametrize("text, figure, claim", [
    ("한라항공 실적\n\n한라항공은 지난해 국내선 승객 320만 명을 태웠다.\n", "320만 명", ("한라항공", "국내선 승객")),
    ("소라전자 고용\n\n소라전자는 올해 협력사 직원 1만 2천 명을 새로 고용했다.\n", "1만 2천 명", ("소라전자", "협력사 직원")),
    ("'푸른 언덕' 흥행\n\n영화 '푸른 언덕'이 개봉 30일 만에 누적 관객 500만 명을 넘어섰다.\n", "500만 명을 넘어섰다",
     ("푸른 언덕", "누적 관객")),
    ("'하늘 정원' 관객 300만 돌파\n\n'하늘 정원'은 어제 하루 5만 명을 모았다. 누적 관객은 301만 2,000명, 누적 매출액은 290억 원이다.\n",
     "301만 2,000명", ("하늘 정원", "누적 관객")),
    ("'하늘 정원' 관객 300만 돌파\n\n'하늘 정원'은 어제 하루 5만 명을 모았다. 누적 관객은 301만 2,000명, 누적 매출액은 290억 원이다.\n",
     "290억 원", ("하늘 정원", "누적 매출액")),
    ("'은빛 다리' 개통 1년\n\n'은빛 다리'는 지난해 4월 개통했다. 하루 평균 통행량은 3만 1천 대다.\n", "3만 1천 대",
     ("은빛 다리", "통행량")),
    ("지역 인구 동향\n\n인구 감소가 이어졌다. 청솔시 인구는 41만 2천 명으로 집계됐다. 청솔국제공항 이용객도 늘었다.\n",
     "41만 2천 명", ("청솔시", "인구")),
    ("지방 재정 점검\n\n군 단위 살림이 빠듯하다. 청솔군 예산은 4,120억 원이다. 청솔 읍내 상가도 늘었다.\n", "4,120억 원",
     ("청솔군", "예산")),
    ("동백항공, 지난해 승객 320만 명…역대 최대\n입력 2025.01.02\n항공사 동백항공이 지난해 승객 320만 명을 태웠다고 2일 밝혔다.\n"
     "국제선 노선도 늘었다.\n국내선은 줄었다.\n저비용 노선이 인기였다.\n운항 편수는 2만 1천여 편으로 하루 평균 58편이 떴다.\n", "2만 1천여 편", ("동백항공", "운항 편수")),
    ("소라게임즈, 2분기 영업이익 300억 원\n게임업체 소라게임즈가 2분기 영업이익 300억 원을 기록했다고 밝혔다.\n신작 게임이 흥행했다.\n해외 시장도 커졌다.\n국내 시장은 줄었다.\n순이익은 210억 원이었다.\n",
     "210억 원", ("소라게임즈", "순이익")),
    ("지역 소식\n\n청솔역이 문을 열었다. 주민 41만 명이 사는 청솔시는 도서관을 늘렸다.\n", "41만 명", ("청솔시", "주민")),
    ("Hanra Air results\n\nHanra Air carried 3.2 million domestic passengers last year.\n", "3.2 million",
     ("Hanra Air", "passengers")),
])
def test_recall_paraphrases(text: str, figure: str, claim: tuple[str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is not None and got[0] == claim[0] and claim[1] in got[1], got


@pytest.mark.parametrize("text, figure, wrong_owner, wrong_attribute", [
    # a band of values after a noun of time, no count of that noun
    ("고용 동향\n\n취업자 증가 폭은 석 달 연속 30만 명대를 유지했다.\n", "30만 명대", None, "석 달 연속"),
    # the figure of another entity in the same sentence
    ("항공 실적\n\n한라항공은 승객 320만 명을, 동백항공은 승객 150만 명을 태웠다.\n", "150만 명", "한라항공", None),
    # the object of a comparison owns nothing
    ("항공 실적\n\n동백항공은 한라항공보다 승객 20만 명을 더 태웠다.\n", "20만 명", "한라항공", None),
    # the topic before is not the headline's name: the cost may be the object's (the line's), not the city's
    ("서진 경전철 2호선 착공\n\n서진시는 도심을 잇는 경전철 2호선을 추진 중이다. 총사업비는 9,000억 원이다.\n",
     "9,000억 원", "서진시", None),
    # another film's possessor owns its own count, not the topic carried from before
    ("'하늘 정원' 흥행\n\n'하늘 정원'은 어제 5만 명을 모았다. 경쟁작 '바람길'의 누적 관객은 120만 명이다.\n",
     "120만 명", "하늘 정원", None),
    # a new paragraph brings its own actors: no carry across it
    ("'하늘 정원' 흥행\n\n'하늘 정원'은 어제 5만 명을 모았다.\n\n업계 평균 관람료는 9,500원이다.\n", "9,500원", "하늘 정원", None),
    # a name misread as the measured noun is no measure carried over
    ("코레일 파업\n\n코레일은 파업 손해를 집계했다. 코레일은 손해를 총 152억 원으로 추산했다.\n", "152억 원", None, "코레일"),
    # a common noun with a place's head, whose stem the text never uses alone, owns nothing
    ("도시 인구\n\n신도시 인구는 5만 명으로 늘었다.\n", "5만 명", "신도시", None),
    # the compared place in parentheses owns its own figure, not the place opening the compound
    ("청솔시 인구 동향\n\n청솔시 인구는 해운시(50만 명)보다 적은 41만 명이다. 청솔국제공항도 있다.\n", "50만 명", "청솔시", None),
    # the headline's name is the speaker of the quotation after it, not the owner of the paragraphs
    # (beyond the lead: in the lead the headline's name owns on main already, a separate matter)
    ('한국은행 동해본부 "가계대출 늘어"\n입력 2025.01.20\n한국은행 동해본부가 20일 발표한 동향에 따르면 가계대출이 늘었다.\n'
     "기업대출도 늘었다.\n예금 잔액은 30조 원으로 줄었다.\n", "30조 원", "한국은행", None),
    # the headline's first noun only modifies the noun after it
    ("[칼럼] 동해 호재에 들썩이는 아파트값\n동해시 아파트값이 올랐다.\n미분양은 지난해 말 기준 312가구로 줄었다.\n", "312가구", "동해", None),
    # a place opening the measured compound is its owner, not the headline's name
    ("동해도 관광 통계\n동해도는 관광객이 늘었다고 밝혔다.\n동해시 인구는 29만 명으로 줄었다.\n", "29만 명", "동해도", None),
    # a figure in a quotation after the topic states no value of it
    ('청솔시, 내년 예산 확정\n청솔시가 예산을 확정했다.\n김 시장은 "1조 원 이상이 복지에 쓰인다"고 말했다.\n', "1조 원 이상",
     "청솔시", None),
    # an object between the topic and the figure: the figure is the object's
    ("동백항공, 실적 발표\n동백항공이 실적을 발표했다고 밝혔다.\n항만공사는 올해 물동량 목표를 43만 톤으로 잡았다.\n", "43만 톤",
     "동백항공", None),
    # past a paragraph turning to another actor, the headline's name no longer owns ("한편 …", another name's topic)
    ("동백항공, 지난해 승객 320만 명\n입력 2025.01.02\n항공사 동백항공이 지난해 승객 320만 명을 태웠다고 밝혔다.\n"
     "국제선 노선도 늘었다.\n한편 서해항공은 새 노선을 열었다.\n운항 편수는 8천여 편이었다.\n", "8천여 편", "동백항공", None),
    ("동백항공, 지난해 승객 320만 명\n입력 2025.01.02\n항공사 동백항공이 지난해 승객 320만 명을 태웠다고 밝혔다.\n"
     "국제선 노선도 늘었다.\n'서해항공'은 같은 기간 새 노선을 열었다.\n운항 편수는 8천여 편이었다.\n", "8천여 편", "동백항공", None),
    # a count describing the noun after its verb is no figure of the headline's topic
    ("지역 소식\n\n교통 여건이 나아졌다. 주민 41만 명이 사는 청솔시는 도서관을 늘렸다.\n", "41만 명", "지역", None),
    ("지역 소식\n\n교통 여건이 나아졌다. 직원 2,300명이 일하는 동백항공은 새 노선을 열었다.\n", "2,300명", "지역", None),
    # a generic statement with no owner
    ("교통 칼럼\n\n하루 평균 승객 3만 명이 넘는 역은 드물다.\n", "3만 명이 넘는", None, "평균 승객"),
])
def test_recall_hard_negatives(text: str, figure: str, wrong_owner: str | None, wrong_attribute: str | None,
                               ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    if got is None:
        return
    assert wrong_owner is None or got[0] != wrong_owner, got
    assert wrong_attribute is None or wrong_attribute not in got[1], got
