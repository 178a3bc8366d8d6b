"""A bare number that is part of a product's or a mission's name is no figure (issue #16): "The Nova 7 Pro …
of the more than 5 million Nova 7 series phones" (the blind set fresh6, read after its last score: the share
check took the name's 7 as the part of 5 million). A capitalised word before the number, and the name going on
after it with another capitalised word or written again in the text. Paraphrases of our own, with hard negatives:
dates, counts after a place, percentages of companies, a name written once before a plain noun."""

from __future__ import annotations

import pytest

from factlint.quantities import extract


def texts(sentence: str) -> list[str]:
    return [q.text for q in extract(sentence, 0)]


@pytest.mark.parametrize("sentence, name_number", [
    ("The Orbis 9 Ultra went on sale in May.", "9"),
    ("Windows 11 Home costs $139.", "11"),
    ("Windows 11 SDK builds are out.", "11"),
    ("Apollo 11 landed on the Moon, and Apollo 11 returned safely.", "11"),
    ("The Lumen 4 Max sold well, and the Lumen 4 series sold 2 million units.", "4"),
])
def test_a_number_inside_a_name_is_no_figure(sentence: str, name_number: str) -> None:
    assert name_number not in texts(sentence)


@pytest.mark.parametrize("sentence, figure", [
    ("On Oct 31 the firm said 7 people left.", "7"),            # a count after a date
    ("In Seoul 3 people died overnight.", "3"),                 # a count after a place, written once
    ("Samsung 19.8%, Apple 16.3% and others 63.9%.", "19.8%"),  # a company's share
    ("The Hanbit 5 phones sold 2 million units.", "5"),  # a name written once before a plain noun
])
def test_figures_after_capitalised_words_stay_figures(sentence: str, figure: str) -> None:
    assert figure in texts(sentence)


def test_a_magnitude_after_a_repeated_name_stays_a_figure() -> None:
    assert texts("Lumen sold 4 million phones, and Lumen 4 million more the year before.") == ["4 million", "4 million"]


def test_the_share_of_a_series_takes_no_part_from_its_name() -> None:
    sentence = ("The Nova 7 Pro, priced at 1,496,000 won, accounted for about two-thirds of the more than 5 million "
                "Nova 7 series phones sold in the first two months.")
    assert texts(sentence) == ["1,496,000 won", "about two-thirds", "more than 5 million", "first", "two months"]
