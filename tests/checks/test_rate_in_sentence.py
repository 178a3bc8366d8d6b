"""A conversion written with the rate it was made at: "Ticket revenue reached 2.1 billion won this season, or about
$1.8 million at 1,350 won to the dollar" is 2.1 billion ÷ 1,350 = $1.56 million (fresh7 A3). The rate is the
sentence's own ("at 1,350 won per dollar", "(1달러=1,350원 기준)", "환율 1,350원을 적용하면"): the pair is judged at it,
not at the ECB rate of the article's date nor at a rate the article states elsewhere. The converted figure is
the one beside the rate; what it converts is the one figure of the other currency before it in the sentence
(of two, the one it restates right after). Paraphrases on other topics in both languages, then the hard
negatives: the right conversion, an "about" value within its rounding, a rate of another date, a closing rate
that differs, two figures of the first currency, a rate with no conversion.
"""

from __future__ import annotations

import pytest
from statement_helpers import right_and_wrong, verdicts

ROWS = [
    ("Ticket revenue reached 2.1 billion won this season, or about {} at 1,350 won to the dollar.\n", "$1.56 million", "$1.8 million"),
    ("The contract is worth 54 billion won ({} at 1,350 won per dollar), the city said.\n", "$40 million", "$45 million"),
    ("The museum's budget, 2.9 billion won, is about {} at an exchange rate of 1,380 won per dollar.\n", "$2.1 million", "$2.5 million"),
    ("The club paid $40 million (about {} at 1,350 won to the dollar) for the land.\n", "54 billion won", "60 billion won"),
    ("총사업비는 1조 2천억 원(약 {}, 1달러=1,350원 기준)이다.\n", "8억 9천만 달러", "10억 달러"),
    ("이번 계약 규모는 5,400만 달러로, 환율 1,350원을 적용하면 약 {}이다.\n", "729억 원", "810억 원"),
    ("수출액은 12억 달러로 원화로는 약 {}(달러당 1,380원 기준)다.\n", "1조 6,560억 원", "1조 5천억 원"),
    ("Ticket revenue reached 2.1 billion won, or about {}, at 1,350 won to the dollar.\n", "$1.56 million", "$1.8 million"),
    ("The deal is worth €2.3 million ({} at 1,480 won per euro).\n", "3.4 billion won", "3.7 billion won"),
    ("티켓 수입 21억 원은 달러당 1,350원으로 계산하면 약 {}다.\n", "156만 달러", "180만 달러"),
    ("티켓 수입은 21억 원으로, 환율 1달러=1,350원 기준으로 환산하면 약 {}다.\n", "156만 달러", "180만 달러"),
]
RIGHT, WRONG = right_and_wrong(ROWS)


def _currency(text: str) -> tuple[list[str], list[str]]:
    return verdicts(text, "conversion", ("currency",))


@pytest.mark.parametrize("text", RIGHT)
def test_a_conversion_at_its_own_rate_holds(text: str) -> None:
    verdicts, found = _currency(text)
    assert verdicts == ["holds"] and found == [], (verdicts, found)


@pytest.mark.parametrize("text", WRONG)
def test_a_conversion_off_its_own_rate_is_reported(text: str) -> None:
    verdicts, found = _currency(text)
    assert verdicts == ["fails"] and len(found) == 1 and "the sentence's rate" in found[0], (verdicts, found)


NEGATIVES = [
    # "about" within its rounding: 1.556 million
    "Revenue reached 2.1 billion won, or about $1.6 million at 1,350 won to the dollar.\n",
    # a rate of another date, stated: 2.1 billion / 1,170 = $1.79 million, whatever today's rate is
    "입력 2026.03.19\nThe club's revenue was 2.1 billion won in 2015, or about $1.8 million at that year's rate of 1,170 won per dollar.\n",
    # the article closes with another rate: the sentence's own judges its pair
    "Revenue reached 2.1 billion won, or about $1.56 million at 1,350 won to the dollar.\n($1 = 1,450 won)\n",
    # two figures of the first currency, the converted one restating neither: which one is not said
    "Revenue rose to 2.1 billion won from 1.8 billion won, and costs were about $1.8 million at 1,350 won to the dollar.\n",
    # the figure beside the rate restates nothing of the sentence: another subject's figure
    "Revenue was 2.1 billion won ($1.56 million), and costs of $1.2 million at 1,350 won to the dollar were paid in cash.\n",
    "매출은 21억 원이었고 비용 120만 달러(1달러=1,350원 기준)는 현금으로 치렀다.\n",
    # a rate and no conversion
    "The won traded at 1,350 won to the dollar on Friday, its weakest since 2009.\n",
    "원·달러 환율은 1,350원으로 마감했다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_at_the_sentence_rate(text: str) -> None:
    _, found = _currency(text)
    assert found == [], found


def test_fresh7_wire_pair_holds_at_its_rate() -> None:
    text = ("SEOUL, March 19 (Reuters) - The farm cost 1.2 trillion won ($870 million at 1,380 won per dollar), "
            "the company said in a statement.\n")
    verdicts, found = _currency(text)
    assert verdicts == ["holds"] and found == [], (verdicts, found)


def test_fresh7_a3_is_reported() -> None:
    text = ("By Hannah Kim | Posted 14 December 2025 | 7 min read\n\nMoney has followed. Ticket revenue reached 2.1 billion won "
            "this season, or about $1.8 million at 1,350 won to the dollar. Season-ticket sales rose to 3,200 from 2,400, a 33% increase.\n")
    _, found = _currency(text)
    assert len(found) == 1 and ("1.556" in found[0] or "1.56" in found[0]), found
