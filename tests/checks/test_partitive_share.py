"""A share in apposition to a part whose sentence opens on a partitive: "Of those, 5.1 million — 68% — were
aged 65 and over" after "More than 8.7 million people …" is 5.1 / 8.7 = 58.6% (fresh6 A5). The whole is the
one figure of the sentence before of the part's measure; a bare number after "Of those" counts what "those"
points back to. Paraphrases in both languages, then the hard negatives: a percentage of its own whole, of
another part, no partitive, two candidate wholes, a whole of another measure.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint

PARAPHRASES = [
    "More than 8.7 million people have received a free flu jab this season.\nOf those, 5.1 million — {} — were aged 65 and over.\n",
    "Some 8.7 million people were vaccinated. Of them, 5.1 million ({}) were 65 or older.\n",
    "The scheme reached 8,700 households. Among them, 5,100 households – {} – live in rural areas.\n",
    "올해 독감 백신을 맞은 사람은 870만 명이다.\n이 가운데 65세 이상은 510만 명({})이었다.\n",
    "접종자는 870만 명을 넘었다. 그중 510만 명 — {} — 이 65세 이상이었다.\n",
]


def _shares(text: str) -> tuple[list[str], list[str]]:
    statements, findings = lint(text, "arithmetic")
    return [s.verdict for s in statements if s.form == "share"], [f.message for f in findings]


@pytest.mark.parametrize("text", PARAPHRASES)
def test_a_wrong_partitive_share_is_reported(text: str) -> None:
    verdicts, found = _shares(text.format("68%"))
    assert verdicts == ["fails"] and len(found) == 1 and "58.6%" in found[0], (verdicts, found)


@pytest.mark.parametrize("text", PARAPHRASES)
def test_a_right_partitive_share_holds(text: str) -> None:
    verdicts, found = _shares(text.format("59%"))
    assert verdicts == ["holds"] and found == [], (verdicts, found)


NEGATIVES = [
    # the percentage is of another whole: the 5.1 million's own women
    "More than 8.7 million people were vaccinated. Of those, 5.1 million were aged 65 and over; 68% of them were women.\n",
    # the percentage names its own whole
    "More than 8.7 million people were vaccinated. Of those, 5.1 million — 68% of the country's elderly — were over 65.\n",
    # no partitive: the 68% is not of the sentence before
    "About 8.7 million people live in the province. In the capital, 5.1 million — 68% — voted.\n",
    # two candidate wholes in the sentence before (a change's base, "up from 8.1 million last year", is none: "those"
    # are the 8.7 million, see test_apposed_share_difference.py)
    "8.7 million people were vaccinated and 8.1 million were tested. Of those, 5.1 million — 68% — were over 65.\n",
    # the sentence before states an amount of money, not a count
    "The drive cost 8.7 billion won. Among them, 5.1 million people (68%) were over 65.\n",
    "사업비는 870억 원이다. 이 가운데 510만 명(68%)이 65세 이상이었다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_share_of_the_sentence_before(text: str) -> None:
    verdicts, found = _shares(text)
    assert found == [], found


# A percentage in apposition whose own "of" names what it is of: "of them" is the figure it stands beside (no
# part of it is given), "of the total farmland" another measure than the count. Neither is a share of the
# sentence before's figure (before: 400 / 1,200 = 33.3%, "the text says 25%").
APPOSED_OWN_WHOLE = [
    "The region had 1,200 farms in 2020. Of those, 400 farms — 25% of them organic — grow rice.\n",
    "The region had 1,200 farms in 2020. Of those, 400 farms (25% of the total farmland) grow rice.\n",
    "The region had 1,200 farms in 2020. Among them, 400 farms — 25% of those in the north — grow rice.\n",
    "Some 8.7 million people were vaccinated. Of those, 5.1 million people (30% of them women) were over 65.\n",
]


@pytest.mark.parametrize("text", APPOSED_OWN_WHOLE)
def test_an_apposed_share_of_its_own_whole_is_no_finding(text: str) -> None:
    verdicts, found = _shares(text)
    assert found == [], found


def test_an_apposed_share_of_the_total_still_checks() -> None:
    # "of the total" closing the apposition: the total is the sentence before's figure
    verdicts, found = _shares("The region had 1,200 farms in 2020. Of those, 400 farms (40% of the total) grow rice.\n")
    assert len(found) == 1 and "33.3%" in found[0], found
