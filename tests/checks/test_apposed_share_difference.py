"""Differences and shares in the phrasings real articles use (issue #15 follow-up, #14 item 5).

A share stated beside its part with any punctuation between them — parentheses, commas, dashes of every kind, spaced
or not ("310 - about 40 percent -", "460 -- some 30% --", "310—40%—") — and a whole written with a possessive
("Of the cooperative's 1,240 member farms") or with a bracket of its own before 의 ("군 인구 61,874명(2025년 말 기준)의
4.6%", fresh7); a difference whose operands are a temperature's levels ("25.7℃로 평년(23.7℃)보다 2.0℃ 높았다", fresh2,
fresh3: a difference of degrees is a temperature interval), whose base is a name's figure in parentheses ("2,000 more
than the Haram depot (7,400)"), or that is bounded ("30㎞ 이상 길다", fresh8). Paraphrases on other topics in both
languages, then hard negatives: a share of another whole, a hyphen that is a range or a minus, a rounded share within
its margin, points against percent, a difference of another measure.
"""

from __future__ import annotations

import pytest
from statement_helpers import right_and_wrong, verdicts

SHARES = [
    # (template, right, wrong)
    ("Of the cooperative's 1,240 member farms, 310 - {} - grow organic rice.\n", "about 25 percent", "about 40 percent"),
    ("Of the 2,300 employees, 460 - {} - work remotely.\n", "20%", "30%"),
    ("Some 310 of the 1,240 farms — {} — grow rice.\n", "about 25 percent", "about 40 percent"),
    ("Only 96 of the league's 640 players - {} - come from abroad.\n", "15%", "20%"),
    ("Of the 850 schools in the province, 170 -- {} -- have no gym.\n", "20%", "30%"),
    ("Of Haram's 640 registered clubs, 96 – {} – are run by volunteers.\n", "15%", "25%"),
    ("Of the hospital's 3,400 patients in January, 1,020 — {} — were children.\n", "30%", "36%"),
    ("Out of the district's 5,600 households, 1,400—{}—rent their homes.\n", "25%", "35%"),
    ("The county has 1,240 farms. Of those, 310 - {} - grow rice.\n", "25%", "40%"),
    ("제한급수 대상 주민은 2,870명으로, 군 인구 61,874명(2025년 말 기준)의 {}에 해당한다.\n", "4.6%", "6.4%"),
    # the part is the figure the share's phrase closes, after a figure of another measure; the whole the sentence
    # before's one count that is no comparison's base (fresh9 ko_press_marathon:9)
    ("□ 국내외 러너 1만 2,486명이 접수해 지난해(9,870명)보다 26.5% 늘었다.\n○ 이 가운데 해외 참가자는 18개국 640명으로 전체의 {}를 "
     "차지한다.\n", "약 5%", "약 8%"),
    ("박람회에는 업체 2,400곳이 참가해 지난해(1,900곳)보다 26% 늘었다. 이 가운데 해외 업체는 31개국 600곳으로 전체의 {}를 "
     "차지했다.\n", "25%", "30%"),
    ("The fair drew 2,400 exhibitors, up from 1,900 last year. Of those, 600 — {} — came from abroad.\n", "25%", "30%"),
    ("8.7 million people were vaccinated, up from 8.1 million last year. Of those, 5.1 million — {} — were over 65.\n",
     "59%", "68%"),
    ("올해 유기농 인증 농가는 310곳으로, 도내 농가 1,240곳(지난달 기준)의 {} 수준이다.\n", "25%", "40%"),
]

DIFFERENCES = [
    ("올여름 전국 평균기온이 25.7℃로 평년(23.7℃)보다 {} 높았다고 밝혔다.\n", "2.0℃", "3.0℃"),
    ("가람시의 1월 평균기온은 영하 2.1℃로 하람시(1.4℃)보다 {} 낮았다.\n", "3.5℃", "2.5℃"),
    ("The depot handled 8,400 buses, {} more than the Haram depot (7,400).\n", "1,000", "2,000"),
    ("The northern line carried 61,000 riders a day, {} fewer than the Gaon line (75,000).\n", "14,000", "24,000"),
    ("탐방로 총연장은 86㎞로 인근 청봉산국립공원(54㎞)보다 {} 길다.\n", "30㎞ 이상", "40㎞ 이상"),
    # a gap named as such after its two figures
    ("The winner polled 54,210 votes against 48,900 for the runner-up, a gap of {}.\n", "5,310", "6,310"),
    ("Gaon Bank lent 3.4 trillion won and Haram Bank 2.9 trillion won, a difference of {}.\n", "500 billion won",
     "700 billion won"),
    ("김 후보는 9만 8,214표(52.3%)를 얻어 박 후보(8만 1,650표, 43.5%)를 {} 차로 따돌렸다.\n", "1만 6,564표", "1만 8,564표"),
    ("이날 최고기온은 31.2℃, 최저기온은 19.0℃로 {} 차이가 났다.\n", "12.2℃", "14.2℃"),
    ("가람터널은 길이 4.2㎞로 하람터널(2.9㎞)보다 {} 길다.\n", "1㎞ 이상", "2㎞ 이상"),
]
# each template with the form it states: one test for every row's right result, one for its wrong one
RIGHT, WRONG = right_and_wrong(SHARES + DIFFERENCES)
FORMS = ["share"] * len(SHARES) + ["difference"] * len(DIFFERENCES)


@pytest.mark.parametrize(("text", "form"), [(p.values[0], f) for p, f in zip(RIGHT, FORMS)])
def test_a_right_share_or_difference_holds(text: str, form: str) -> None:
    assert verdicts(text, "arithmetic", (form,)) == (["holds"], [])


@pytest.mark.parametrize(("text", "form"), [(p.values[0], f) for p, f in zip(WRONG, FORMS)])
def test_a_wrong_share_or_difference_is_reported(text: str, form: str) -> None:
    found_verdicts, found = verdicts(text, "arithmetic", (form,))
    assert found_verdicts == ["fails"] and len(found) == 1, (found_verdicts, found)


NEGATIVES = [
    # a share of a different whole: the country's farms, not the county's 1,240
    "Of the county's 1,240 farms, 310 - about 2 percent of the country's rice farms - grow rice.\n",
    "가람군 농가는 1,240곳이다. 이 가운데 310곳은 전국 유기농 농가의 40%를 차지한다.\n",
    # a rounded share within its margin: 491 / 1,240 = 39.6%
    "Of the cooperative's 1,240 member farms, 491 - about 40 percent - grow organic rice.\n",
    "Some 310 of the 1,240 farms — about 2% of the country's rice farms — grow rice.\n",
    # a part that is a range: 300 to 500 of 1,240 is 24%–40%, "about 30 percent" may be any of it
    "Of the 1,240 farms, 300 to 500 - about 30 percent - grow rice.\n",
    "가람군 농가 1,240곳 가운데 300~500곳(약 30%)이 유기농 쌀을 재배한다.\n",
    # a base that is a range: 8만 − 6만 = 2만
    "강릉 센터는 춘천 센터(5만~6만 대)보다 2만 대 많은 8만 대를 처리했다.\n",
    # a hyphen that is a range or a subtraction, no apposition
    "Of the 1,240 farms, 300 - 320 grow rice, up 40% on last year.\n",
    "The score was 310 - 40% of voters stayed home.\n",
    # points against percent: 81.5 − 78.3 = 3.2 points is right, a relative "3.2%" is not checked as points
    "취업률은 81.5%로 지난해(78.3%)보다 3.2%p 높아졌다.\n",
    # a difference of another measure: the length against the number of stations
    "The line is 24 km long, 6 more than the Gaon line (18 stations).\n",
    # two counts before the partitive that are no comparison's base: which is the whole is not said
    "국내 러너 1만 1,846명과 해외 러너 640명이 접수했다. 이 가운데 여성은 18개국 3,000명으로 전체의 40%를 차지한다.\n",
    # two figures of the part's own measure before the share: which one it is of is not said
    "국내외 러너 1만 2,486명이 접수했다. 이 가운데 해외 참가자는 남자 400명, 여자 240명으로 전체의 8%를 차지한다.\n",
    # a gap among three figures, or lanes after a count: which two is not said
    "The three candidates polled 54,210, 48,900 and 12,000 votes, a gap of 6,310 between the first two.\n",
    "다리 2개, 터널 3개를 지나는 왕복 4개 차로 도로다.\n",
    "다리 3개, 터널 5개를 지나는 왕복 4개 차로 도로다.\n",
    # a temperature compared with a range: not checked
    "올여름 평균기온은 25.7℃로 평년(23~24℃)보다 2℃ 높았다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_for_another_whole_or_reading(text: str) -> None:
    _, found = verdicts(text, "arithmetic", ("share", "difference", "growth"))
    assert found == [], found
