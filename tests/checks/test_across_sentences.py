"""A difference or remainder whose operands are the same attribute in its sentence and the sentence before, and a
rate whose subject names the level of the sentence before by another phrase (issue #14; fresh15 A5, fresh16 A2/A5):

* "문하린은 … 126골을 넣어 득점왕에 올랐다. 득점 2위 선수(109골)와는 19골 차였다." — 126 − 109 = 17;
* "A total of 118 riders from 20 teams started …. Only 96 made it to the finish, meaning 29 riders abandoned" — 22;
* "…선적 차량은 31만2400대로 집계됐다. 차량 선적 대수는 전년(28만4000대)보다 8.2% 증가했다." — 10.0%.

Paraphrases on topics of our own in both languages, right and wrong, then the hard negatives: figures of another
attribute, a gap to a third party with no figure, approximate operands, a difference right under the rounding, a
remainder with a third group, the sentence before of another year.
"""

from __future__ import annotations

import pytest
from statement_helpers import verdicts

GAPS = [
    # (text with {} for the gap, right, wrong)
    ("문하린은 지난 시즌 21경기에서 126골을 넣어 득점왕에 올랐다. 득점 2위 선수(109골)와는 {} 차였다.\n", "17골", "19골"),
    ("김도윤 후보는 5만 4,210표를 얻어 당선됐다. 2위 박현수 후보(4만 8,900표)와는 {} 차이다.\n", "5,310표", "6,310표"),
    ("서하댐의 저수 용량은 3억 2천만 톤이다. 인근 북하댐(2억 8천만 톤)과는 {} 차이가 난다.\n", "4천만 톤", "6천만 톤"),
    ("A공장은 하루 1,850대를 생산한다. B공장(1,420대)과의 격차는 {}다.\n", "430대", "530대"),
    # both operands in the sentence before
    ("올해 A공장은 1,850대, B공장은 1,420대를 생산했다. 두 공장의 격차는 {}다.\n", "430대", "530대"),
    ("Kim scored 126 goals last season. The runner-up, Park, finished on 109, a gap of {}.\n", "17", "19"),
    ("The new bridge is 7,240 metres long. The old causeway (5,100 metres) is shorter, a difference of {}.\n",
     "2,140 metres", "1,140 metres"),
    ("Mayor Lee won 54,210 votes. Her rival took 48,900 votes, a margin of {}.\n", "5,310", "6,310"),
]

REMAINDERS = [
    ("A total of 118 riders from 20 teams started on Thursday. Only 96 made it to the finish, meaning {} riders abandoned.\n",
     "22", "29"),
    ("Exactly 640 students sat the exam in June. Of them, 512 passed, leaving {} to resit it in August.\n", "128", "148"),
    ("The club sold 2,150 season tickets. Of those, 1,380 were renewals and the remaining {} went to new members.\n",
     "770", "870"),
    ("The airline operated a total of 640 flights in March. 602 left on time, which means {} were delayed.\n", "38", "48"),
    ("이번 대회에는 118명이 출전했다. 이 가운데 96명이 완주했고 나머지 {}은 중도에 기권했다.\n", "22명", "29명"),
    ("시는 공공임대주택 1,240가구를 공급했다. 이 중 860가구는 신혼부부에게 돌아갔고, 남은 {}는 청년층에 배정됐다.\n",
     "380가구", "420가구"),
    ("구단의 등록 선수는 30명이다. 이 중 외국인 선수가 12명이고, 나머지 {}은 국내 선수다.\n", "18명", "15명"),
    ("올해 마라톤에는 3,200명이 참가했다. 이 가운데 2,950명이 완주해 {}이 중도에 포기한 셈이다.\n", "250명", "350명"),
    # the whole written as one ("Of the", "총", "in all") rather than the part
    ("Of the 320 passengers on board, 280 went ashore in Busan, leaving {} to sail on to Jeju.\n", "40", "50"),
    ("이번 모집에서는 총 520명을 뽑았다. 정시로 410명을 선발했고, 나머지 {}은 수시로 뽑았다.\n", "110명", "130명"),
    ("The league fielded 96 players in all. 71 were local, which means {} came from abroad.\n", "25", "35"),
]

RATES = [
    ("지난해 이 회사 선박이 실어 나른 승객은 148만 2,000명, 선적 차량은 31만 2,400대로 집계됐다. "
     "차량 선적 대수는 전년(28만 4,000대)보다 {} 증가했다.\n", "10.0%", "8.2%"),
    ("올해 구청에 접수된 민원은 1만 2,400건이었다. 민원 접수 건수는 지난해(1만 1,050건)보다 {} 늘었다.\n", "12.2%", "15.2%"),
    ("서하고의 올해 신입생은 1,240명이다. 신입생 인원은 전년(1,180명) 대비 {} 증가했다.\n", "5.1%", "8.1%"),
    ("Soha Marine carried 312,400 vehicles last year. The vehicle count rose {} from 284,000 the year before.\n",
     "10%", "8.2%"),
    ("The library issued 1,240 new cards this year. The card total grew {} from 1,180 last year.\n", "5.1%", "8.1%"),
]


def _read(text: str, forms: tuple[str, ...]) -> tuple[list[str], list[str]]:
    return verdicts(text, "arithmetic", forms)


def _cases(rows: list[tuple[str, str, str]], form: str) -> list[object]:
    """Each template with its right result (holds) and its wrong one (fails)."""
    return [pytest.param(t.format(said), (form,), verdict, id=f"{form}-{verdict}-{i}")
            for i, (t, right, wrong) in enumerate(rows) for said, verdict in ((right, "holds"), (wrong, "fails"))]


@pytest.mark.parametrize(("text", "forms", "verdict"), _cases(GAPS + REMAINDERS, "difference") + _cases(RATES, "growth"))
def test_the_result_is_recomputed_from_the_two_sentences(text: str, forms: tuple[str, ...], verdict: str) -> None:
    found, messages = _read(text, forms)
    assert found == [verdict] and len(messages) == (verdict == "fails"), (found, messages)


NEGATIVES = [
    # figures of another attribute: another counter, another English noun
    "문하린은 지난 시즌 126골을 넣었다. 2위 팀(109점)과는 19점 차였다.\n",
    "The county has 21,460 residents. The bridge carries 14,820 vehicles a day, a gap of 9,000.\n",
    "The county has 21,460 residents and 14,820 cars. Only 9,000 cars are electric, leaving 3,000 to replace.\n",
    # a gap to a third party with no figure
    "문하린은 지난 시즌 126골을 넣었다. 득점 2위 선수(109골)는 3위 선수와 19골 차였다.\n",
    "Kim scored 126 goals last season. Park finished on 109, a gap of 19 over the third-placed player.\n",
    # approximate operands, and a difference right under the text's rounding
    "약 3만 명이 대회에 참가했다. 이 가운데 2만 1천 명이 완주했고 나머지 8,500명은 중도에 포기했다.\n",
    "About 30,000 people entered the race. 21,000 finished, meaning 8,500 dropped out.\n",
    "서하시 인구는 12만 4천 명이다. 이웃한 동하시(11만 8천 명)와는 5,500명 차이다.\n",
    "The reservoir holds 3.2 million tonnes. The one upstream (2.8 million tonnes) is smaller, a difference of 350,000 tonnes.\n",
    # a remainder where a third group exists
    "A total of 125 riders started. 96 finished and 9 were disqualified, meaning 20 riders abandoned.\n",
    "A total of 125 riders started. 96 finished, meaning 20 riders abandoned; 9 riders were disqualified.\n",
    "대회에는 125명이 출전했다. 96명이 완주했고 9명은 실격돼 나머지 20명은 기권했다.\n",
    # the sentence before is of another year
    "In 2023, 125 riders started the race. This year 96 finished, meaning 20 riders abandoned.\n",
    "2023년 대회에는 125명이 출전했다. 올해는 96명이 완주했고 나머지 20명은 기권했다.\n",
    "문하린은 2023년 126골을 넣었다. 올해 득점 2위 선수(109골)와는 19골 차다.\n",
    # a goal in the sentence before
    "The club aims to sell 2,500 season tickets. It has sold 2,150, leaving 300 to go.\n",
    # a remainder-like figure of another group: an adjective after it, not a verb; "the other N" names another group
    "The storm damaged 1,200 homes. It destroyed 300 of them outright, leaving 500 homeless.\n",
    "The airline operated 640 flights in March. 12 were cancelled, and the other 30 were delayed.\n",
    # two groups or one group at two times, no whole written as one (session 18's review): the second figure is no
    # part of the first
    "서하대는 1차 모집에서 520명을 뽑았다. 2차 모집에서는 410명을 뽑았고, 나머지 30명은 추가 모집으로 선발한다.\n",
    "The ferry carried 320 passengers on Monday. On Tuesday it carried 280 passengers, leaving 15 passengers stranded at the pier.\n",
    "The plant made 640 buses in March. It made 602 in April, which means 20 were exported.\n",
    "The ferry carried a load of 320 passengers on Monday. On Tuesday it carried 280 passengers, leaving 15 passengers stranded.\n",
    "구단은 지난해 홈 경기에 1,800명을 모았다. 올해 개막전에는 1,650명이 찾아 남은 200명은 원정 팬이었다.\n",
    # a gap to a third party named as the object ("3위 선수를 14골 차로 따돌렸다"), not between the figures stated
    "문하린은 올 시즌 126골을 넣어 득점왕에 올랐다. 2위 최가을은 109골로 3위 선수를 14골 차로 따돌렸다.\n",
    # "차로" of lanes is no gap
    "기존 도로는 왕복 4개 차로였다. 확장 공사로 6개 차로가 됐고 1개 차로는 버스 전용이다.\n",
    # a rate whose subject names another noun than the level's
    "지난해 선적 차량은 31만 2,400대로 집계됐다. 화물 트럭 대수는 전년(28만 4,000대)보다 8.2% 증가했다.\n",
    "Soha Marine carried 312,400 vehicles last year. The truck count rose 8.2% from 284,000 the year before.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_for_the_hard_negatives(text: str) -> None:
    _, messages = _read(text, ("difference", "growth"))
    assert messages == [], messages
