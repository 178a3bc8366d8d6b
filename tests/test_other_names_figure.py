"""A figure another name owns by its own clause or phrase after the owner's head (session 16 red-team, issue #14):
"…, up from 79.5 percent in July 2023, when rival Hanbit Air reported 88.9 percent" (Hanbit Air's), "…, when Gaon's
was 0.7 trillion won", "up from $0.9 billion in 2020 at neighbouring Gaon" — the clause's possessor ("Seojin's
exports") does not own them, and a second article's true figure must not contradict them. The base of the owner's own
other period is still read ("up from 0.9 trillion won in 2020"). Paraphrases on topics of their own."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factlint.cli import cli
from tests.binding_helpers import bound
from tests.test_recall import ruleset  # noqa: F401  (the fixture)


def _owner(text: str, figure: str, ruleset) -> tuple[str, str | None] | None:  # type: ignore[no-untyped-def]
    found = [b for b in bound(text, ruleset, "t.txt") if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    c = found[0].claim
    return (c.entity, c.period) if c is not None else None


@pytest.mark.parametrize("sentence, figure", [
    ("Hangyeol Air's load factor was 84.2 percent, up from 79.5 percent in July 2023, when rival Hanbit Air reported "
     "88.9 percent.", "88.9 percent"),
    ("Dansol's budget is 1.1 trillion won, up from 0.9 trillion won in 2020, when Gaon's was 0.7 trillion won.",
     "0.7 trillion won"),
    ("Seojin's exports were $1.2 billion, up from $0.9 billion in 2020 at neighbouring Gaon.", "$0.9 billion"),
    ("Dansol's unemployment rate was 3.1 percent, up from last year, when Gaon recorded 2.4 percent.", "2.4 percent"),
    ("Nuri Port's throughput rose to 2.1 million TEU, while Haram Port handled 1.8 million TEU.", "1.8 million"),
    ("Garam's tourist count was 4.12 million, down from 4.5 million for Seoul in 2024.", "4.5 million"),
])
def test_another_names_figure_is_not_the_possessors(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = _owner(f"Regional news\n\n{sentence}\n", figure, ruleset)
    assert got is None or got[0] not in ("Hangyeol Air", "Dansol", "Seojin", "Nuri Port", "Garam"), got


@pytest.mark.parametrize("sentence, figure, want", [
    ("Dansol's budget is 1.1 trillion won, up from 0.9 trillion won in 2020, when Gaon's was 0.7 trillion won.",
     "0.9 trillion won", ("Dansol", "2020")),
    ("Hangyeol Air's load factor was 84.2 percent, up from 79.5 percent in July 2023, when rival Hanbit Air reported "
     "88.9 percent.", "79.5 percent", ("Hangyeol Air", "2023")),
    ("Dansol's hotel occupancy was 71 percent, up from 64 percent in 2019.", "64 percent", ("Dansol", "2019")),
])
def test_the_owners_own_other_period_is_still_read(sentence: str, figure: str, want: tuple[str, str],
                                                   ruleset) -> None:  # type: ignore[no-untyped-def]
    assert _owner(f"Regional news\n\n{sentence}\n", figure, ruleset) == want


def test_no_contradiction_with_another_names_base(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Regional news\n\nSeojin's exports were $1.2 billion, up from $0.9 billion in 2020 "
                                    "at neighbouring Gaon.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Seojin trade\n\nSeojin's exports in 2020 were $1.0 billion.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(tmp_path), "--no-cache", "--format", "json"])
    assert "contradicts" not in result.output, result.output
