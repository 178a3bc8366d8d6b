"""A multiple's base after a year that dates it: "scored 19 goals, more than twice his 2024 tally of 8" is 19 / 8,
not 19 / 2024 (fresh7, en_feature_united.txt:12, a false finding on text nobody here wrote). A bare four-digit year
before a lower-case noun ("his 2024 tally", "its 2023 total", "the 2022 level") says which tally; the figure after
"of" is the base. Paraphrases that hold and that fail, then hard negatives: a count written with its comma, a year
with no noun after it, a base with no year.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint

HOLDS = [
    "Striker Kang Tae-o scored 19 goals, more than twice his 2024 tally of 8.\n",
    "The club sold 30,000 season tickets, twice its 2023 total of 15,000.\n",
    "Exports reached 2.1 million tonnes, about three times the 2019 level of 700,000 tonnes.\n",
    "The museum drew 412,000 visitors, almost double its 2022 figure of 210,000.\n",
]
FAILS = [
    ("Striker Kang Tae-o scored 19 goals, more than twice his 2024 tally of 12.\n", "19 / 12"),
    ("The club sold 30,000 season tickets, twice its 2023 total of 11,000.\n", "30,000 / 11,000"),
    ("The museum drew 412,000 visitors, almost double its 2022 figure of 150,000.\n", "412,000 / 150,000"),
]


def _ratios(text: str) -> tuple[list[str], list[str]]:
    statements, findings = lint(text, "arithmetic")
    return [s.verdict for s in statements if s.form == "ratio"], [f.message for f in findings]


@pytest.mark.parametrize("text", HOLDS)
def test_a_multiple_of_a_dated_figure_holds(text: str) -> None:
    verdicts, found = _ratios(text)
    assert verdicts == ["holds"] and found == [], (verdicts, found)


@pytest.mark.parametrize("text, formula", FAILS)
def test_a_wrong_multiple_of_a_dated_figure_is_reported_once(text: str, formula: str) -> None:
    verdicts, found = _ratios(text)
    assert verdicts == ["fails"] and len(found) == 1 and formula in found[0], (verdicts, found)
    assert "more than more than" not in found[0]


def test_a_count_written_with_its_comma_stays_the_base() -> None:
    """"twice the 2,050 fans": a count in the thousands is the base (5,000 / 2,050 = 2.44, not twice)."""
    verdicts, found = _ratios("The stadium held 5,000 fans, twice the 2,050 fans of last season.\n")
    assert verdicts == ["fails"] and len(found) == 1 and "5,000 / 2,050" in found[0], (verdicts, found)


def test_a_year_with_no_noun_after_it_is_no_base() -> None:
    """"twice those of 2024": nothing is dated and no figure of that year is written: nothing to check."""
    verdicts, found = _ratios("Sales were twice those of 2024.\n")
    assert verdicts == [] and found == [], (verdicts, found)
