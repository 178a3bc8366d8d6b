"""A change whose level is the figure a demonstrative points back to: "…전기버스 1,980대를 판매해 역대 최대
실적을 기록했다. 이는 전년(1,520대) 대비 36.2% 증가한 수치다." is 1,980 / 1,520 − 1 = 30.3% (fresh7 A1). The
clause's subject is "이는"/"this"/"that"/"which": the level is the one figure of the base's measure in the
clause before it, else in the sentence before. Paraphrases in both languages (other topics, other word
orders), then the hard negatives: two candidate levels, a goal before, a rate of another base in another
clause, another measure, a subject of its own.
"""

from __future__ import annotations

import pytest
from statement_helpers import verdicts

PARAPHRASES = [
    # (text with {} for the rate, right rate, wrong rate)
    ("해운항만공사는 지난해 컨테이너 412만 TEU를 처리했다고 밝혔다. 이는 전년(392만 TEU) 대비 {} 늘어난 물량이다.\n", "5.1%", "8.2%"),
    ("서하시립도서관의 올해 대출 권수는 58만 3천 권으로 집계됐다. 이는 지난해(50만 권)보다 {} 증가한 것이다.\n", "16.6%", "12.4%"),
    ("해운시는 올해 관광객 152만 3천 명을 유치했으며, 이는 전년(138만 명)보다 {} 많은 수준이다.\n", "10.4%", "12.4%"),
    ("The port handled 4.12 million containers last year. That is {} more than the 3.92 million of 2024.\n", "5.1%", "8.2%"),
    ("Seojin Metro carried 78.2 million passengers in 2025, which is up {} from 69.5 million a year earlier.\n", "12.5%", "15.5%"),
    ("The museum drew 412,000 visitors in 2024. This was an increase of {} from 348,000 in 2023.\n", "18.4%", "23.4%"),
    # the base dated by its own year ("2024년(…) 대비", "2024년의 …보다", "2024's …")
    ("회사는 2025년 전기버스 1,980대를 판매했다. 이는 2024년(1,520대) 대비 {} 증가한 수치다.\n", "30.3%", "36.2%"),
    ("회사는 2025년 전기버스 1,980대를 판매했다. 이는 2024년의 1,520대보다 {} 많은 수치다.\n", "30.3%", "36.2%"),
    ("Hanbit sold 1,980 buses in 2025. That is up {} from 2024's 1,520.\n", "30.3%", "36.2%"),
    ("Hanbit sold 1,980 buses in 2025. This represents a {} increase from 1,520 in 2024.\n", "30.3%", "36.2%"),
    # a change in points: the level is the one percentage before
    ("지난달 청년 고용률은 46.1%를 기록했다. 이는 전년 동월(44.8%) 대비 {} 상승한 수치다.\n", "1.3%p", "2.3%p"),
]


def _growths(text: str) -> tuple[list[str], list[str]]:
    return verdicts(text, "arithmetic", ("growth", "difference"))


@pytest.mark.parametrize(("text", "right", "wrong"), PARAPHRASES)
def test_a_wrong_change_of_the_level_pointed_to_is_reported(text: str, right: str, wrong: str) -> None:
    verdicts, found = _growths(text.format(wrong))
    assert verdicts == ["fails"] and len(found) == 1, (verdicts, found)


@pytest.mark.parametrize(("text", "right", "wrong"), PARAPHRASES)
def test_a_right_change_of_the_level_pointed_to_holds(text: str, right: str, wrong: str) -> None:
    verdicts, found = _growths(text.format(right))
    assert verdicts == ["holds"] and found == [], (verdicts, found)


NEGATIVES = [
    # two figures of the measure before: which one "이는" points to is not said
    "국내 740대, 해외 1,240대를 팔았다. 이는 전년(1,520대) 대비 36.2% 증가한 수치다.\n",
    "It sold 740 buses at home and 1,240 abroad. That is 36.2% more than the 1,520 of 2024.\n",
    # the sentence before states a goal: the level it points to was not reached
    "회사는 올해 판매 목표를 1,980대로 잡았다. 이는 전년(1,520대) 대비 36.2% 많은 수치다.\n",
    # the rate is of another base: the quarter before is in a clause of its own
    "1분기 판매량은 1,980대였다. 이는 전년 동기 대비 36.2% 증가한 수치로, 직전 분기(1,520대)보다도 많다.\n",
    # another measure: the figure before is money, the base a count
    "회사는 지난해 매출 1,980억 원을 올렸다. 이는 전년(1,520대)보다 36.2% 늘어난 것이다.\n",
    # a subject of its own: the rate is of exports, not of what the sentence before states
    "지난해 전기버스 1,980대를 판매했다. 수출은 전년(1,520대) 대비 36.2% 증가했다.\n",
    # the demonstrative's clause has a subject of its own, or ends in a noun of cause: the rate is the cause's
    # change (exports, orders), what "이는" points back to is its effect
    "회사는 지난해 전기버스 1,980대를 팔았다. 이는 수출이 전년(1,520대) 대비 36.2% 늘어난 결과다.\n",
    "회사는 지난해 전기버스 1,980대를 팔았다. 이는 수출 물량이 전년(1,520대)보다 36.2% 늘었기 때문이다.\n",
    "회사는 지난해 전기버스 1,980대를 팔았다. 이는 전년(1,520대) 대비 36.2% 늘어난 수출 물량 덕분이다.\n",
    "올해 관광객은 152만 3천 명이었다. 이는 전년(138만 명)보다 12.4% 많아진 외국인 단체 관광 덕이다.\n",
    "The company sold 1,980 buses last year. That is because exports rose 36.2% from 1,520 a year earlier.\n",
    # a relative clause of a noun of its own before the rate (s12 review; older than the demonstrative rule)
    "Hanbit sold 1,980 buses in 2025, which was driven by exports that rose 36.2% from 1,520 a year earlier.\n",
    "Hanbit sold 1,980 buses in 2025, helped by orders from cities which were up 36.2% from 1,520 a year earlier.\n",
    # a base dated after the level: not the year before's
    "회사는 2025년 전기버스 1,980대를 판매했다. 이는 2026년(1,520대) 대비 36.2% 증가한 수치다.\n",
    # another year in the clause than the sentence before's
    "지난해 전기버스 1,980대를 판매했다. 이는 2023년(1,520대) 대비 36.2% 증가한 수치로, 2024년에는 1,700대였다.\n",
]


# A rate of another base next to the one checked: the second rate has no figure of its own ("전년 동기 대비로는"),
# the first is of the quarter before and holds (1,200 / 1,000 = 20%).
def test_a_rate_of_another_base_is_left_alone() -> None:
    verdicts, found = _growths("3분기 매출은 1,200억 원이다. 이는 전분기(1,000억 원) 대비 20% 늘어난 것으로, 전년 동기 대비로는 35% 증가했다.\n")
    assert verdicts == ["holds"] and found == [], (verdicts, found)
    verdicts, found = _growths("Third-quarter sales were $1.2 billion. That was up 20% from $1.0 billion in the second quarter, and 35% higher than a year earlier.\n")
    assert found == [] and "fails" not in verdicts, (verdicts, found)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_without_one_level_pointed_to(text: str) -> None:
    _, found = _growths(text)
    assert found == [], found


def test_fresh7_a1_is_reported() -> None:
    text = ("전기버스 전문기업 한빛모빌리티(대표 정하늘)는 2025년 한 해 동안 국내외에서 전기버스 1,980대를 판매해 역대 최대 "
            "실적을 기록했다고 10일 밝혔다. 이는 전년(1,520대) 대비 36.2% 증가한 수치다.\n")
    _, found = _growths(text)
    assert len(found) == 1 and "30.3%" in found[0], found


def test_a_relative_clause_of_the_level_itself_is_still_read() -> None:
    # the noun right after the level is the level's own: its change is checked
    verdicts, found = _growths("Ticket sales reached 1,980, which rose 36.2% from 1,520 a year earlier.\n")
    assert verdicts == ["fails"] and len(found) == 1, (verdicts, found)
