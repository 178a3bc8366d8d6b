"""A share of "the whole" when the sentence opens on a partitive that points to the sentence before: "총사업비는
1조 2천억 원이다. 이 가운데 국내 기자재 조달액은 4,800억 원으로 전체의 45%를 차지한다" is 4,800억 / 1조 2천억 = 40%
(fresh7 A5). The part is the clause's figure the percentage follows ("…4,800억 원으로 전체의", "$24 billion, 30% of
the total"), the whole the one figure of the part's measure in the sentence before. Paraphrases in both languages
on other topics, then the hard negatives: a share of another whole ("시장 전체의", "of the national total"), the
right share, two candidate wholes, no partitive, a whole of another measure, a part larger than the whole.
"""

from __future__ import annotations

import pytest
from statement_helpers import verdicts

PARAPHRASES = [
    # (text with {} for the share, right share, wrong share)
    ("올해 시 예산은 4조 2천억 원이다. 이 가운데 복지 예산은 1조 6,800억 원으로 전체의 {}를 차지한다.\n", "40%", "45%"),
    ("지난해 수출액은 800억 달러였다. 그중 반도체가 240억 달러로 전체의 {}에 달했다.\n", "30%", "35%"),
    ("이 사업에는 모두 1,500억 원이 들었다. 이 중 국비는 600억 원으로 전체의 {} 수준이다.\n", "40%", "45%"),
    ("The project cost 1.2 trillion won. Of this, 480 billion won went to domestic suppliers, or {} of the total.\n", "40%", "45%"),
    ("Exports reached $80 billion last year. Of that, semiconductors accounted for $24 billion, {} of the total.\n", "30%", "35%"),
    ("The project cost 1.2 trillion won. Of the total, 480 billion won went to domestic suppliers, or {} of the total.\n", "40%", "45%"),
    # no partitive: the sentence before names its figure as a total ("총사업비", "in total")
    ("총사업비는 1조 2천억 원이다. 국내 기자재 조달액은 4,800억 원으로 전체의 {}를 차지한다.\n", "40%", "45%"),
    ("The project cost 1.2 trillion won in total. Domestic suppliers got 480 billion won, or {} of the total.\n", "40%", "45%"),
    # a verb of taking a share, no whole word (fresh5 A4: "1,146명이 출전했다. 이 가운데 … 287명으로 약 30%를 차지했다")
    ("올해 축제에는 2,400명이 참가했다. 그중 외국인은 600명으로 {}를 차지했다.\n", "25%", "30%"),
    ("The fair drew 2,400 exhibitors. Of those, 600 came from abroad, accounting for {}.\n", "25%", "30%"),
]


def _shares(text: str) -> tuple[list[str], list[str]]:
    return verdicts(text, "arithmetic", ("share",))


@pytest.mark.parametrize(("text", "right", "wrong"), PARAPHRASES)
def test_a_wrong_share_of_the_whole_before_is_reported(text: str, right: str, wrong: str) -> None:
    verdicts, found = _shares(text.format(wrong))
    assert verdicts == ["fails"] and len(found) == 1, (verdicts, found)


@pytest.mark.parametrize(("text", "right", "wrong"), PARAPHRASES)
def test_a_right_share_of_the_whole_before_holds(text: str, right: str, wrong: str) -> None:
    verdicts, found = _shares(text.format(right))
    assert verdicts == ["holds"] and found == [], (verdicts, found)


NEGATIVES = [
    # a share of another whole: the domestic market, not the sales of the sentence before
    "지난해 전기버스 1,980대를 팔았다. 이 가운데 국내 판매는 740대로, 국내 전기버스 시장 전체의 23.5%를 차지했다.\n",
    "The maker sold 1,980 buses last year. Of those, 740 were sold at home, 23.5% of the national market total.\n",
    # two candidate wholes in the sentence before
    "총사업비는 1조 2천억 원, 운영비는 3천억 원이다. 이 가운데 국내 조달액은 4,800억 원으로 전체의 45%다.\n",
    # no partitive: what "전체" is, is not said
    "총사업비는 1조 2천억 원이다. 지역 업체 수주액은 4,800억 원으로 지역 발주 전체의 45%다.\n",
    # no partitive and the figure before is no total: "전체" is a whole not stated (all investment)
    "회사의 영업이익은 1조 2천억 원이다. 신사업 투자액은 4,800억 원으로 전체의 45%다.\n",
    "Operating profit was 1.2 trillion won. New-business spending was 480 billion won, or 45% of the total.\n",
    # the sentence before states another measure
    "The farm has 340 MW of capacity. Of this, 480 billion won went to local firms, or 45% of the total.\n",
    # a verb of taking a share of a whole of its own ("of the county's swimmers", "시장 점유율")
    "The fair drew 2,400 exhibitors. Of those, 600 came from abroad, accounting for 30% of all foreign exhibitors in Asia.\n",
    "지난해 전기버스 1,980대를 팔았다. 이 가운데 국내 판매는 740대로, 국내 시장 점유율 23.5%를 차지했다.\n",
    # a noun before "전체의" names its own whole, with or without a comma after the part (s12 review)
    "올해 시 예산은 4조 2천억 원이다. 이 가운데 복지 예산은 1조 6,800억 원으로, 전국 지자체 복지 예산 전체의 3%를 차지한다.\n",
    "올해 시 예산은 4조 2천억 원이다. 이 가운데 복지 예산은 1조 6,800억 원으로 전국 지자체 복지 예산 전체의 3%를 차지한다.\n",
    # the share's sentence names a year the whole's sentence does not: another year's whole (s12 review)
    "지난해 시 예산은 4조 원이었다. 올해 예산 가운데 복지 예산은 1조 6,800억 원으로 전체의 38%다.\n",
    "지난해 시 예산은 4조 원이었다. 올해 예산 중 복지 예산은 1조 6,800억 원으로 전체의 38%다.\n",
    "2024년 수출액은 800억 달러였다. 2025년 수출 가운데 반도체는 240억 달러로 전체의 35%였다.\n",
    # a part larger than the whole before: not its part
    "총사업비는 4,800억 원이다. 이 가운데 국비는 1조 2천억 원으로 전체의 45%다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_for_a_share_of_another_whole(text: str) -> None:
    _, found = _shares(text)
    assert found == [], found


def test_fresh7_a5_is_reported() -> None:
    text = ("총사업비는 1조 2천억 원이다. 이 가운데 국내 기자재 조달액은 4,800억 원으로 전체의 45%를 차지한다고 회사 측은 설명했다.\n")
    _, found = _shares(text)
    assert len(found) == 1 and "40%" in found[0], found


def test_fresh5_a4_is_reported() -> None:
    text = "대회에는 17개 시·도에서 1,146명이 출전했다. 이 가운데 서진 지역 선수는 287명으로 약 30%를 차지했다.\n"
    _, found = _shares(text)
    assert len(found) == 1 and "25%" in found[0], found


def test_fresh7_hard_negative_share_of_all_sales_holds() -> None:
    text = ("한빛모빌리티는 2025년 전기버스 1,980대를 판매했다.\n\n이 가운데 수출은 1,240대로 전체 판매의 62.6%를 차지했다. "
            "국내 판매는 740대로, 국내 전기버스 시장 점유율 23.5%를 기록해 3위에 올랐다.\n")
    verdicts, found = _shares(text)
    assert found == [] and "fails" not in verdicts, (verdicts, found)
