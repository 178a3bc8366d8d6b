"""A participle of an event after an aside that ends on another name (session 16 red-team, issue #14 item 5): in
"Gaon Pharma, which acquired Nurim Bio, founded in 2017, is based in Dansol" the participle, closed by a comma before
the main verb, is an apposition of the nearest name — Nurim Bio's founding, not Gaon Pharma's. The rule reads the
sentence's structure (an aside that ends on a name, a participle closed by a comma), no word of these sentences.
Paraphrases on topics of their own; the finite verb after an aside ("…, operated by Gaon Wind, opened in 2019.") is
still the subject's."""

from __future__ import annotations

import pytest

from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse

from tests.test_event_appositions import RULE, events, ruleset  # noqa: F401 (the module's fixture, shared)


@pytest.mark.parametrize("sentence", [
    "Gaon Pharma, which acquired Nurim Bio, founded in 2017, is based in Dansol.",
    "Gaon Pharma, like Mirae Chemical, founded in 1972, is listed in Seoul.",
    "Haram Air, a unit of Solnae Group, founded in 1988, flies to 12 cities.",
    "The Eunsol Museum, next to Garam Station, opened in 2004, draws 300,000 visitors a year.",
    "Nuri Foods, which supplies Dasom Mart, founded in 1999, employs 800 people.",
])
def test_no_event_date_of_the_subject_past_an_aside_ending_on_a_name(sentence: str, ruleset: RuleSet) -> None:
    assert [e for e in events(sentence + "\n", ruleset) if e[0].split()[0] in ("Gaon", "Haram", "Eunsol", "Nuri")] == []


@pytest.mark.parametrize("sentence, owner, date", [
    ("Cheongsol Wind Farm, operated by Gaon Wind, opened in 2019.", "Cheongsol Wind Farm", "2019"),
    ("Haeun International Airport, 11 km north-west of the city centre, opened in 1997.", "Haeun International Airport", "1997"),
    ("Gaon Pharma, founded in 2011, is based in Dansol.", "Gaon Pharma", "2011"),
])
def test_the_subjects_own_event_date_is_still_read(sentence: str, owner: str, date: str, ruleset: RuleSet) -> None:
    assert [(e[0], e[2]) for e in events(sentence + "\n", ruleset)] == [(owner, date)]


def test_no_contradiction_across_languages_for_the_asides_name(ruleset: RuleSet) -> None:
    docs = [parse(path, text.encode() + b"\n") for path, text in (
        ("a.txt", "가온제약 소개\n가온제약은 2011년 설립됐다."),
        ("b.txt", "Gaon Pharma\nGaon Pharma, which acquired Nurim Bio, founded in 2017, is based in Dansol."))]
    assert [f.message for f in lint_documents(docs, ruleset).findings if f.rule == RULE] == []
