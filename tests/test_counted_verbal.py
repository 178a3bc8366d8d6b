"""A count of a noun that is the object of a verb made of a verbal noun (issue #14): "전기버스 1,980대를 판매해"
measures buses sold (전기버스 판매), not the fleet of buses. Paraphrases (other verbs, other counters) and near
misses (a verb that only states the value, a count with no such verb) written for this change."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config.rules import load_rules
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
