"""A count of a noun that is the object of a verb made of a verbal noun (issue #14): "전기버스 1,980대를 판매해"
measures buses sold (전기버스 판매), not the fleet of buses. Paraphrases (other verbs, other counters) and near
misses (a verb that only states the value, a count with no such verb) written for this change."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config.rules import load_rules
from factlint.binding import structure
from factlint.binding.words import words
from factlint.model import Span
from tests.test_owners import bound as bind_text

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def attribute(sentence: str, figure: str, ruleset) -> str | None:  # type: ignore[no-untyped-def]
    text = f"누리모터스 실적 발표\n입력 2026.03.19 06:00\n\n{sentence}\n"
    found = [b for b in bind_text(text, ruleset) if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    return found[0].claim.attribute if found[0].claim is not None else None


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    ("누리모터스는 지난해 전기버스 1,980대를 판매해 역대 최대 실적을 기록했다.", "1,980대", "전기버스 판매"),
    ("누리모터스는 올해 상반기 트럭 640대를 수출했다.", "640대", "트럭 수출"),
    ("누리모터스는 지난달 굴착기 85대를 생산했다고 밝혔다.", "85대", "굴착기 생산"),
])
def test_a_count_done_by_a_verbal_noun_measures_the_doing(sentence: str, figure: str, expected: str,
                                                           ruleset) -> None:  # type: ignore[no-untyped-def]
    assert attribute(sentence, figure, ruleset) == expected


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    # a verb that only states the value: the counted noun stays what is measured
    ("누리모터스는 지난해 전기버스 1,980대를 기록했다.", "1,980대", "전기버스"),
    # a count as the subject, no verbal noun acting on it
    ("누리모터스의 전기버스는 1,980대다.", "1,980대", "전기버스"),
])
def test_a_count_with_no_verbal_noun_keeps_its_noun(sentence: str, figure: str, expected: str,
                                                     ruleset) -> None:  # type: ignore[no-untyped-def]
    assert attribute(sentence, figure, ruleset) == expected


# --- a count of recipients in 에, a count of "them": no measure of the topic ------------------------------------

def head(sentence: str, figure: str, counter: str) -> str | None:
    """What :func:`structure.korean_head` reads the count ``figure`` (written with ``counter``) as measuring."""
    at = sentence.index(figure)
    ws = words(sentence, 0)
    found = structure.korean_head(ws, Span(at, at + len(figure)), Span(0, len(sentence)), [], True, counter)
    return found.text if found is not None else None


@pytest.mark.parametrize(("sentence", "figure", "counter"), [
    ("군은 7월 28일부터 1,240가구에 제한급수를 하고 있다.", "1,240가구", "가구"),
    ("시는 올해 320곳에 상생자금을 지원했다.", "320곳", "곳"),
    ("공단은 지난달 5,400명에게 장학금을 지급했다.", "5,400명", "명"),
])
def test_a_count_of_recipients_is_no_value_of_the_topic(sentence: str, figure: str, counter: str) -> None:
    assert head(sentence, figure, counter) is None


@pytest.mark.parametrize(("sentence", "figure", "counter", "expected"), [
    # the count as the topic's value: its topic is what it measures
    ("제한급수 가구는 1,240가구에 이른다.", "1,240가구", "가구", "제한급수 가구"),
    ("수혜 기업은 320곳이다.", "320곳", "곳", "수혜 기업"),
])
def test_a_count_that_is_the_topics_value_keeps_it(sentence: str, figure: str, counter: str, expected: str) -> None:
    assert head(sentence, figure, counter) == expected


def test_a_count_of_them_measures_no_pronoun(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "Nuri Motors sales\n\nNuri Motors sold 1,980 buses last year and exported 1,640 of them, the company said.\n"
    found = [b for b in bind_text(text, ruleset) if b.quantity.text == "1,640"]
    assert found and (found[0].claim is None or found[0].claim.attribute != "them")
