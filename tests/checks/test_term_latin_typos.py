"""Discovered Latin variants of one letter: an undeclared proper noun written with two neighbouring
letters swapped (``Pyeongteak``) or a doubled letter written once (``Celonix``), against the
spelling the corpus writes three times as often; with the names that look alike and are others."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_term_corpus import found, lint

_MAKER = {  # Vantorix written four times in two articles
    "a.txt": "Vantorix, a Busan-based maker of battery chips, said sales rose. Vantorix shares gained.\n",
    "b.txt": "Analysts expect Vantorix to win orders. Vantorix makes battery chips for carmakers.\n",
}


@pytest.mark.parametrize(
    "text, variant",
    [
        ("Smaller battery chip makers such as Vantroix also gained.\n", "Vantroix"),  # ro/or swapped
        ("Vantorxi will now expand its plant in Ulsan.\n", "Vantorxi"),  # xi/ix: the last letter moved, not reported
        ("Smaller battery chip makers such as Vantorrix also gained.\n", "Vantorrix"),  # a letter doubled
    ],
)
def test_an_undeclared_name_with_one_slip(tmp_path: Path, text: str, variant: str) -> None:
    expected = [] if variant == "Vantorxi" else [("c.txt", variant, "Vantorix")]
    assert found(lint(tmp_path, {**_MAKER, "c.txt": text})) == expected


def test_a_doubled_letter_written_once(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Cellonix, a Seoul-based designer of power chips, said sales rose. Cellonix shares gained.\n",
        "b.txt": "Shares of Cellonix rose. Cellonix designs chips.\n",
        "c.txt": "Smaller chip designers such as Celonix also benefited.\n",
    }
    assert found(lint(tmp_path, articles)) == [("c.txt", "Celonix", "Cellonix")]


@pytest.mark.parametrize(
    "articles",
    [
        # two surnames, a letter doubled or not, never near the same word: two people or a firm and a person
        {
            "a.txt": "Phillips said the deal was fair. Phillips added that talks went on. Phillips left.\n",
            "b.txt": "The Dutch electronics firm Philips cut jobs.\n",
        },
        # a first name next to a surname, two letters swapped: two spellings of a name (Jeffery/Jeffrey)
        {
            "a.txt": "Jeffrey Sachs spoke. Later Jeffrey Sachs wrote. Jeffrey Sachs agreed.\n",
            "b.txt": "The critic Jeffery Lewis disagreed.\n",
        },
        # a letter more or less that is no doubled letter: two surnames (Thompson/Thomson, Carlson/Carson)
        {
            "a.txt": "Thompson said it. Thompson left. Thompson came back.\n",
            "b.txt": "The agency Thomson Reuters reported it.\n",
        },
        # another vowel: Hanson/Hansen are two families' names
        {"a.txt": "Hanson won. Hanson lost. Hanson retired.\n", "b.txt": "Coach Hansen smiled.\n"},
        # letters at the end: a plural, a demonym (Swedes, Koreans)
        {"a.txt": "Sweden won. Sweden lost. Sweden drew.\n", "b.txt": "Swedes cheered.\n"},
        # both rare: nothing says which is meant
        {"a.txt": "Vantorix grew.\n", "b.txt": "Vantroix fell.\n"},
        # lower-case words are English words, not names
        {"a.txt": "The trial began. The trial went on. The trial ended.\n", "b.txt": "A mountain trail opened.\n"},
        # an ordinary word at a sentence's start: the corpus writes it in lower case (BBC: Barely/Barley)
        {
            "a.txt": "The mascot Barley won. Fans love Barley. They cheered for Barley.\n",
            "b.txt": "It rained. Barely anyone came. The team barely won.\n",
        },
        # a first name written before surnames in most places: Jenifer, the French singer (BBC)
        {
            "a.txt": "The singer Jennifer Lopez won awards. The singer Jennifer Aniston won awards. Jennifer Lopez sang.\n",
            "b.txt": "The singer Jenifer also took home two awards.\n",
        },
        # in code, not prose
        {**_MAKER, "c.md": "Install it with `pip install vantroix` today.\n"},
    ],
)
def test_latin_one_letter_hard_negative(tmp_path: Path, articles: dict[str, str]) -> None:
    assert found(lint(tmp_path, articles)) == []
