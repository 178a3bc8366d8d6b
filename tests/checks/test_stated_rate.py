"""A figure restated in the sentence after its own, at the rate the article states ("($1 = 1,380.0000 won)",
the close of wire copy): fresh2 A2, "…won orders worth $11.8 billion in 2025 … The orders are worth about
17.6 trillion won." — 11.8 × 1,380 = 16.3 trillion.

Rows were written before the code; the negatives are a restatement of another subject, an article
that states two rates, a sentence with two figures of the first currency and no subject named, no
word that introduces a restatement, and "about" rounding that holds.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint, right_and_wrong

RATE_EN = "\n($1 = 1,380.0000 won)\n"
ROWS = [
    ("SEOUL, Jan 8 (Reuters) - Hangyeol said it won orders worth $11.8 billion in 2025, up from $8.6 billion a year earlier.\n"
     "The orders are worth about {} trillion won. The shipbuilder booked 41 vessels." + RATE_EN, "16.3", "17.6"),
    ("The company said its backlog stood at $38.4 billion at the end of December.\nThe backlog is equivalent to {} trillion won." + RATE_EN, "53.0", "50.0"),
    ("한결중공업은 지난해 112억 달러어치를 수주했다.\n수주액은 원화로 약 {} 원이다.\n(1달러 = 1,380원)\n", "15조 4천억", "17조 6천억"),
]

RIGHT, WRONG = right_and_wrong(ROWS)


@pytest.mark.parametrize("text", RIGHT)
def test_restatement_at_the_stated_rate_holds(text: str) -> None:
    statements, findings = lint(text, "conversion")
    assert findings == [], [f.message for f in findings]
    assert any("the article's rate" in s.recomputation and s.verdict == "holds" for s in statements), [s.recomputation for s in statements]


@pytest.mark.parametrize("text", WRONG)
def test_restatement_at_another_rate_is_reported(text: str) -> None:
    _, findings = lint(text, "conversion")
    assert len(findings) == 1 and "the article's rate" in findings[0].message, [f.message for f in findings]


NEGATIVES = [
    # another subject's figure: Daesung's orders are not named in the sentence before
    "Hangyeol said it won orders worth $11.8 billion in 2025.\nDaesung's orders are worth about 17.6 trillion won." + RATE_EN,
    # two rates stated: which one the writer used is not said
    "Hangyeol said it won orders worth $11.8 billion in 2025.\nThe orders are worth about 17.6 trillion won.\n($1 = 1,380.0000 won)\n($1 = 1,490.0000 won)\n",
    # two dollar figures and a subject that names neither
    "Hangyeol won $11.8 billion of orders, up from $8.6 billion.\nThe total is worth about 17.6 trillion won." + RATE_EN,
    # no word introduces a restatement: another figure in won
    "Hangyeol said it won orders worth $11.8 billion in 2025.\nThe orders lifted its market value by 17.6 trillion won." + RATE_EN,
    # "about" rounding that holds (16.28 trillion)
    "Hangyeol said it won orders worth $11.8 billion in 2025.\nThe orders are worth about 16 trillion won." + RATE_EN,
    # no rate stated: nothing to recompute at
    "Hangyeol said it won orders worth $11.8 billion in 2025.\nThe orders are worth about 17.6 trillion won.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_restatement_at_the_stated_rate(text: str) -> None:
    statements, findings = lint(text, "conversion")
    assert findings == [], [f.message for f in findings]


# --- a pair in brackets, in an article that states its rate -----------------------------------------
# "KRW78.6 billion ($57.0 million)" in trade press closing with "($1 = 1,380 won)": the pair is judged at
# the rate the article states, not at the ECB rate of its date (in March 2024 about 1,330 won: 2% away).
DATED = "By Mark Ellison | March 4, 2024 7:45am PT\n"


@pytest.mark.parametrize("pair", [
    "The film has grossed KRW78.6 billion ($57.0 million) since its release.",
    "Produced for about $13.4 million (18.5 billion won), the film broke even in its third week.",
])
def test_a_bracketed_pair_holds_at_the_rate_the_article_states(pair: str) -> None:
    statements, findings = lint("Gate of the Sea passes 8 million\n" + DATED + pair + "\n($1 = 1,380 won)\n", "conversion")
    assert findings == [], [f.message for f in findings]
    assert any("the article's rate" in s.recomputation and s.verdict == "holds" for s in statements), [s.recomputation for s in statements]


def test_a_bracketed_pair_off_the_rate_the_article_states_is_reported_against_it() -> None:
    text = "Gate of the Sea passes 8 million\n" + DATED + "The film has grossed KRW78.6 billion ($61.0 million).\n($1 = 1,380 won)\n"
    _, findings = lint(text, "conversion")
    assert len(findings) == 1 and "the article's rate" in findings[0].message, [f.message for f in findings]


def test_a_rate_stated_for_another_pair_leaves_the_pair_to_the_reference_rates() -> None:
    # the article states a euro rate; its won/dollar pair is still judged at the ECB rate of its date
    text = "Gate of the Sea passes 8 million\n" + DATED + "The film has grossed KRW78.6 billion ($57.0 million).\n($1 = 0.92 euro)\n"
    statements, _ = lint(text, "conversion")
    assert not any("the article's rate" in s.recomputation for s in statements), [s.recomputation for s in statements]


# Korean copy states the rate inside the pair's bracket or in words: "1억 달러(한화 약 1,480억 원, 환율 1,380원
# 기준)" is 1,380억 at that rate (fresh4 A4; the bracket's rate kept the pair from being read at all).
@pytest.mark.parametrize("text, holds", [
    ("소린모터스는 지난해 배터리 공장 증설에 1억 달러(한화 약 1,480억 원, 환율 1,380원 기준)를 투입했다.\n", False),
    ("소린모터스는 지난해 배터리 공장 증설에 1억 달러(한화 약 1,380억 원, 환율 1,380원 기준)를 투입했다.\n", True),
    ("소린모터스는 지난해 1억 달러(약 1,480억 원)를 투입했다. 원·달러 환율은 달러당 1,380원을 적용했다.\n", False),
])
def test_a_rate_stated_in_korean_words_judges_the_pair(text: str, holds: bool) -> None:
    statements, findings = lint(text, "conversion")
    # the rate in the pair's own bracket is its sentence's (tests/checks/test_rate_in_sentence.py); in words
    # elsewhere, the article's
    said = "the sentence's rate" if "환율 1,380원 기준)" in text else "the article's rate"
    assert any(said in s.recomputation for s in statements), [s.recomputation for s in statements]
    assert (findings == []) == holds, [f.message for f in findings]


def test_a_won_dollar_rate_does_not_judge_a_yen_pair() -> None:
    text = "소린모터스는 100억 엔(약 900억 원)을 투입했다. 환율 1,380원 기준으로 환산한 달러 금액은 따로 밝히지 않았다.\n"
    statements, _ = lint(text, "conversion")
    assert not any("the article's rate" in s.recomputation for s in statements), [s.recomputation for s in statements]


# A rate dated by a year or "당시" is the rate of that date, not the article's: the pair in brackets is not
# judged at it (s12 review: "21억 원(약 156만 달러)" was a false 'fails' at the 2008 rate of 1,100 won).
@pytest.mark.parametrize("text", [
    "티켓 수입은 21억 원(약 156만 달러)으로, 2008년 환율(달러당 1,100원)로 계산하면 191만 달러에 해당한다.\n",
    "티켓 수입은 21억 원(약 156만 달러)이다. 2008년 환율(달러당 1,100원)로 계산하면 191만 달러에 해당한다.\n",
    "티켓 수입은 21억 원(약 156만 달러)이다. 계약 당시 환율 1,100원을 적용하면 191만 달러였다.\n",
])
def test_a_rate_of_another_date_is_not_the_articles(text: str) -> None:
    statements, _ = lint(text, "conversion")
    assert not any("the article's rate of 1,100" in s.recomputation or "(the article's rate)" in s.recomputation
                   and "1,100" in s.recomputation for s in statements), [s.recomputation for s in statements]
