"""A Korean headline that keeps only its verb's noun after a count ("대한민국에서 신규 확진자 1241명 발생", realworld
ko_wikinews_571/573) states the count of the bare noun before it, owned by the name the headline opens with, when
the body states the same measure (issue #14; ``structure.counted_before``, ``binding._headline_topic``). Headlines
written for these tests on other topics, with hard negatives: a bound passed (돌파), a change (증가), a goal (목표), a
measure only the headline writes, and a headline whose count is another place's than the one it opens with."""

from __future__ import annotations

import pytest
from binding_helpers import bound

from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules(default_pack())


def _headline_claim(pack: RuleSet, text: str, figure: str) -> tuple[str, str] | None:
    """(entity, attribute) of the figure written ``figure`` in the first line, None when it is unbound."""
    end = text.index("\n")
    for b in bound(text, pack):
        if b.quantity.text == figure and b.quantity.span.start < end:
            return (b.claim.entity, b.claim.attribute) if b.claim is not None else None
    raise AssertionError(f"{figure!r} not read in the headline")


@pytest.mark.parametrize(("text", "figure", "claim"), [
    ("서하시에서 신규 확진자 41명 발생\n\n서하시 보건소는 3일 0시 기준 신규 확진자가 41명이라고 밝혔다.\n",
     "41명", ("서하시", "신규 확진자")),
    ("누리항공, 지연 항공편 37편 확인\n\n누리항공은 지난달 지연 항공편이 37편이라고 밝혔다.\n",
     "37편", ("누리항공", "지연 항공편")),
    ("서하시에서 독감 환자 312명 집계\n\n서하시 보건소는 이번 주 독감 환자가 312명이라고 밝혔다.\n",
     "312명", ("서하시", "독감 환자")),
    ("누리항공, 결항편 12편 기록\n\n누리항공은 태풍으로 결항편이 12편에 이르렀다고 밝혔다.\n",
     "12편", ("누리항공", "결항편")),
])
def test_a_headline_count_before_its_statement(pack: RuleSet, text: str, figure: str, claim: tuple[str, str]) -> None:
    assert _headline_claim(pack, text, figure) == claim


@pytest.mark.parametrize(("text", "figure"), [
    # a bound passed: more than 2,000, not 2,000
    ("서하시 누적 확진자 2천명 돌파\n\n서하시 보건소는 누적 확진자가 2,010명이라고 밝혔다.\n", "2천명"),
    # a change, not the level
    ("서하시 신규 확진자 41명 증가\n\n서하시 보건소는 신규 확진자가 전날보다 41명 늘어 모두 95명이라고 밝혔다.\n", "41명"),
    # a measure only the headline writes (감염자; the body counts 확진자, another figure)
    ("서하시에서 신규 감염자 41명 발생\n\n서하시 보건소는 3일 0시 기준 신규 확진자가 52명이라고 밝혔다.\n", "41명"),
    # a goal beside the fact: 목표 states no count reached
    ("누리항공, 올해 승객 320만 명 목표\n\n누리항공은 올해 승객을 320만 명으로 늘리겠다고 밝혔다. 누리항공의 지난해 승객은 280만 "
     "명이다.\n", "320만 명"),
    # another place's count: the headline opens with 서하시, the count is 누리군's
    ("서하시 인근 누리군에서 신규 확진자 12명 발생\n\n누리군 보건소는 신규 확진자가 12명이라고 밝혔다. 서하시는 신규 확진자가 "
     "없었다.\n", "12명"),
])
def test_hard_negatives(pack: RuleSet, text: str, figure: str) -> None:
    assert _headline_claim(pack, text, figure) is None
