"""A change written "from A in YEAR to B in YEAR, an increase of D" (fresh9 A5: "The population rose from 412,300 in
2015 to 438,900 in 2024, an increase of 36,600" — 26,600). The year after "in" closes the start's phrase and "to"
answers "from": extraction must not read "2015 to 438,900" as one range, and the arithmetic check then recomputes the
difference. Paraphrases with other verbs, nouns and result words, Korean, then hard negatives: right arithmetic, a
real year range ("from 2015 to 2024"), a count range ("20 to 30 people"), "in 2015 to 2024 prices".
"""

from __future__ import annotations

import pytest
from statement_helpers import right_and_wrong, verdicts

from factlint.quantities import extract

PARAPHRASES = [
    # (text with {} for the stated difference, right, wrong)
    ("The population rose from 412,300 in 2015 to 438,900 in 2024, an increase of {}.\n", "26,600", "36,600"),
    ("Membership grew from 8,200 in 2019 to 11,500 in 2023, a gain of {}.\n", "3,300", "4,300"),
    ("Ridership fell from 91,000 in 2018 to 64,500 in 2022, a decline of {}.\n", "26,500", "36,500"),
    ("Visitors climbed from 3.1 million in 2015 to 4.4 million in 2024, an increase of {}.\n", "1.3 million", "2.3 million"),
    ("Sales rose from $412 million in 2015 to $438 million in 2024, an increase of {}.\n", "$26 million", "$36 million"),
    ("The town's population fell from 412,300 in 2015 to 398,900 in 2024, a drop of {}.\n", "13,400", "23,400"),
    ("The population rose from 412,300 as of 2015 to 438,900 as of 2024, an increase of {}.\n", "26,600", "36,600"),
    ("Enrolment rose from 412,300 at the end of 2015 to 438,900 in 2024, a net gain of {}.\n", "26,600", "36,600"),
    ("Sales rose from $412 million in fiscal 2015 to $438 million in fiscal 2024, an increase of {}.\n", "$26 million", "$36 million"),
    ("인구는 2015년 41만 2,300명에서 2024년 43만 8,900명으로 {} 늘었다.\n", "2만 6,600명", "3만 6,600명"),
]


RIGHT, WRONG = right_and_wrong(PARAPHRASES)


def _differences(text: str) -> tuple[list[str], list[str]]:
    return verdicts(text, "arithmetic", ("difference",))


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_difference_from_dated_ends_is_reported(text: str) -> None:
    found_verdicts, found = _differences(text)
    assert found_verdicts == ["fails"] and len(found) == 1, (found_verdicts, found)


@pytest.mark.parametrize("text", RIGHT)
def test_a_right_difference_from_dated_ends_holds(text: str) -> None:
    assert _differences(text) == (["holds"], []), _differences(text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The population rose from 412,300 in 2015 to 438,900 in 2024.", "412,300", "438,900"),
        ("Output fell from 64,500 tonnes in March 2019 to 51,000 tonnes in May 2023.", "64,500 tonnes", "51,000 tonnes"),
        ("Visitors went from 3.1 million in 2015 to 4.4 million.", "3.1 million", "4.4 million"),
        ("Enrolment rose from 412,300 at the end of 2015 to 438,900.", "412,300", "438,900"),
    ],
)
def test_a_year_after_the_start_is_no_range_end(text: str, first: str, second: str) -> None:
    texts = [q.text for q in extract(text)]
    assert first in texts and second in texts and not any(" to " in t for t in texts), texts


@pytest.mark.parametrize(
    ("text", "range_text"),
    [
        ("Prices were measured from 2015 to 2024.", "from 2015 to 2024"),
        ("All figures are in 2015 to 2024 prices.", "2015 to 2024"),
        ("Between 20 and 30 people came, from 2015 to 2024.", "from 2015 to 2024"),
        ("Each class has 20 to 30 people.", "20 to 30"),
        ("The survey, run in 2015 to 2024, asked 20 to 30 people a day.", "2015 to 2024"),
    ],
)
def test_real_ranges_stay_ranges(text: str, range_text: str) -> None:
    ranges = [q.text for q in extract(text) if q.bound == "range"]
    assert range_text in ranges, ranges


NEGATIVES = [
    # right arithmetic is covered above; here nothing is stated as a difference of the two ends
    "The population rose from 412,300 in 2015 to 438,900 in 2024, and 36,600 people moved in.\n",
    "The survey ran from 2015 to 2024 and covered 20 to 30 people, an increase of 10.\n",
    "Figures are in 2015 to 2024 prices; the index rose from 100 to 118.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_false_difference(text: str) -> None:
    _, found = verdicts(text, "arithmetic", ("difference", "growth", "sum"))
    assert found == [], found


def test_fresh9_a5_is_reported() -> None:
    text = ("Rapid growth in the 2010s was driven by electronics and, later, battery-materials plants.[2] The population "
            "rose from 412,300 in 2015 to 438,900 in 2024, an increase of 36,600.[1]\n")
    _, found = verdicts(text, "arithmetic", ("difference",))
    assert len(found) == 1 and "26,600" in found[0], found
