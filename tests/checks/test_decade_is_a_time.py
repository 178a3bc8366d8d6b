"""A decade is a time, never an operand: "a county of about 41,000 people, has lost nearly a third of its population
since the 1990s" was checked as 41,000 / 1990 = 20.6×, "the text says nearly a third" (fresh8, written blind in
session 12, en_wire_danwol_cablecar.txt:9 and its near copy: two false findings of one sentence). "1990s" is read
as the number 1990 (its ten years), and a year was a label only written right after in/since/from …, not after
"the" nor with its s. Paraphrases (other places, verbs, decades, Korean), then the statements such sentences hold
that must still be checked; and a fraction in words after a change of level ("from 60,000 to 40,000, a drop of a
third"), which was compared with the difference, not the base.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint

SILENT = [
    "Danwol, a county of about 41,000 people, has lost nearly a third of its population since the 1990s.\n",
    "Harim, a town of 12,500 residents, has doubled in size since the 1980s.\n",
    "The fleet of about 300 boats is half what it was in the 1970s.\n",
    "Sales of 2.4 million units were three times the level of the mid-2000s.\n",
    "The club, with 8,000 members, has grown by a quarter since the early 2010s.\n",
    "인구 4만 1천여 명의 단월군은 1990년대 이후 인구가 3분의 1 줄었다.\n",
]


@pytest.mark.parametrize("text", SILENT)
def test_a_decade_is_no_operand(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert findings == [], [f.message for f in findings]
    assert not any("1990" in s.text or "1980" in s.text or "1970" in s.text or "2000" in s.text or "2010" in s.text
                   for s in statements if s.verdict in ("holds", "fails")), [(s.text, s.verdict) for s in statements]


@pytest.mark.parametrize(("text", "verdict"), [
    ("In the 2010s sales rose 20% to 1.2 million from 1 million.\n", "holds"),
    ("In the 2010s sales rose 50% to 1,200,000 from 1,000,000.\n", "fails"),
    ("Since the 1990s the population fell from 60,000 to 40,000, a drop of a third.\n", "holds"),
    ("Since the 1990s the population fell from 60,000 to 45,000, a drop of a third.\n", "fails"),
])
def test_the_figures_beside_a_decade_are_still_checked(text: str, verdict: str) -> None:
    statements, _ = lint(text, "arithmetic")
    assert [s.verdict for s in statements] == [verdict], [(s.text, s.verdict) for s in statements]


@pytest.mark.parametrize(("text", "verdict", "says"), [
    # a fraction in words after a change of level is the change relative to the base, as a percentage is: it was
    # compared with the difference ("60,000 − 40,000 = 20,000 …; the text says a third", a false 'fails')
    ("The population fell from 60,000 to 40,000, a drop of a third.\n", "holds", ""),
    ("Sales rose from 2,000 to 3,000, an increase of a half.\n", "holds", ""),
    ("The population fell from 60,000 to 45,000, a drop of a third.\n", "fails", "1 − 45,000 / 60,000 = 25%"),
    # digits stay a difference in the figures' unit
    ("The fleet fell from 1.5 to 1.0, a drop of 0.5.\n", "holds", ""),
])
def test_a_fraction_in_words_is_a_relative_change(text: str, verdict: str, says: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert [s.verdict for s in statements] == [verdict], [(s.text, s.verdict) for s in statements]
    assert all(says in f.message for f in findings) and len(findings) == (verdict == "fails")
