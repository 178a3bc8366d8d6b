"""A conversion set off by a bare comma, at a rate the text states (fresh10 A4: "An annual pass costs 30,000 won, about
$28 at the current rate of 1,380 won to the dollar" is 30,000 ÷ 1,380 = $21.7).

"A, about B" restates A only where a rate says a conversion is meant: the sentence's own ("at … won to the
dollar"), or the article's — "($1 = 1,380 won)", "(1달러=1,380원)", or an English sentence with a verb of converting
("Figures are converted at 1,380 won per dollar"), or the undated rate of a conversion elsewhere in the article.
Paraphrases on other topics and currencies, then hard negatives: the right conversion, a conversion the text
rounds ("about $22"), "about" within its margin, a rate of another pair or another time, a market rate that is no
conversion, no rate at all, a list of amounts.
"""

from __future__ import annotations

import pytest
from statement_helpers import right_and_wrong, verdicts

ROWS = [
    ("An annual pass costs 30,000 won, about {} at the current rate of 1,380 won to the dollar, "
     "and a one-hour ride costs 1,000 won.\n", "$22", "$28"),
    ("The museum charges £12, about {} at the current rate of 1.17 euros to the pound.\n", "€14", "€17"),
    ("Dinner for two costs 9,000 yen, roughly {} at 150 yen to the dollar.\n", "$60", "$75"),
    ("The fine is 500,000 won, about {}, at a rate of 1,350 won per dollar.\n", "$370", "$450"),
    ("A one-year membership costs €90, about {} at 1,450 won per euro.\n", "131,000 won", "150,000 won"),
    # the article's rate, stated in another sentence
    ("Figures in this story are converted at 1,380 won per dollar.\nA season pass costs 30,000 won, about {}.\n",
     "$22", "$28"),
    ("All amounts were calculated at a rate of 160 yen to the euro. Lunch at the stadium costs 1,600 yen, about {}.\n",
     "€10", "€13"),
    ("A season pass costs 30,000 won, about {}.\n($1 = 1,380 won)\n", "$22", "$28"),
    ("입장권은 3만 원(약 {})이다.\n(1달러=1,380원)\n", "22달러", "28달러"),
    ("A city tour costs 45,000 won, about $33 at 1,380 won per dollar. A night cruise costs 60,000 won, about {}.\n",
     "$43", "$55"),
]
RIGHT, WRONG = right_and_wrong(ROWS)


def _currency(text: str) -> tuple[list[str], list[str]]:
    return verdicts(text, "conversion", ("currency",))


@pytest.mark.parametrize("text", RIGHT)
def test_a_comma_conversion_at_the_stated_rate_holds(text: str) -> None:
    found_verdicts, found = _currency(text)
    assert found_verdicts and set(found_verdicts) == {"holds"} and found == [], (found_verdicts, found)


@pytest.mark.parametrize("text", WRONG)
def test_a_comma_conversion_off_the_stated_rate_is_reported(text: str) -> None:
    found_verdicts, found = _currency(text)
    assert "fails" in found_verdicts and len(found) == 1 and "rate of" in found[0], (found_verdicts, found)


NEGATIVES = [
    # "about" within its margin: 21.74 is within about $21's 19.95–22.05
    "A season pass costs 30,000 won, about $21 at the current rate of 1,380 won to the dollar.\n",
    # a rate of another pair: no won-dollar rate is stated
    "A day ticket costs 30,000 won, about $28 at the current rate of 9.2 won to the yen.\n",
    "Figures are converted at 1,600 won per euro.\nA season pass costs 30,000 won, about $28.\n",
    # a rate of another time, and a market rate: neither is the article's conversion rate
    "Amounts were converted at that year's rate of 1,100 won per dollar. A season pass cost 30,000 won, about $28.\n",
    "The won closed at 1,450 won to the dollar on Friday. A season pass costs 30,000 won, about $28.\n",
    # no rate at all: a bare comma between two currencies is not read
    "A season pass costs 30,000 won, about $28.\n",
    # a list of amounts, not a restatement
    "Prizes were 30,000 won, $28, and €20.\n($1 = 1,380 won)\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_without_a_stated_rate_of_the_pair(text: str) -> None:
    _, found = _currency(text)
    assert found == [], found
