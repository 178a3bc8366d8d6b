"""Binding on real text: the seeds and hard sentences of the kinds the issue lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import segment
from factlint.binding import bind_document
from factlint.config.rules import load_rules
from factlint.loader import load, parse
from factlint.model import Claim, Document
from factlint.quantities import extract

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def claims_of(doc: Document, ruleset) -> list[Claim]:  # type: ignore[no-untyped-def]
    blocks = segment.blocks(doc)
    qs = [q for b in blocks for q in extract(b.text, b.span.start)]
    return [b.claim for b in bind_document(doc, blocks, qs, ruleset) if b.claim is not None]


def table(text: str, ruleset) -> set[tuple[str, str, str, bool]]:  # type: ignore[no-untyped-def]
    doc = parse("t.txt", text.encode())
    assert isinstance(doc, Document)
    return {(c.entity, c.attribute, c.quantity.text, c.goal) for c in claims_of(doc, ruleset) if not c.disputed}


def test_seed_001_inherits_the_subject_and_keeps_comparisons_apart(ruleset) -> None:  # type: ignore[no-untyped-def]
    doc = load(str(REPO / "seeds" / "001_44002c1806efbf2a.txt"))
    assert isinstance(doc, Document)
    got = {(c.entity, c.attribute, c.quantity.text, c.goal, c.how) for c in claims_of(doc, ruleset)}
    assert ("HyperCLOVA", "parameters", "204B", False, "previous sentence") in got
    assert ("GPT-3", "parameters", "175B", False, "parenthesis") in got
    assert ("GPT-3", "parameters", "1750억개", False, "clause") in got
    assert ("LG", "parameters", "6000억개", True, "clause") in got
    assert ("HyperCLOVA", "Korean share of training data", "97%", False, "clause") in got
    assert not any(e == "GPT-3" and q == "204B" for e, _, q, _, _ in got)


def test_seed_003_corpus_size_goes_to_the_right_attribute(ruleset) -> None:  # type: ignore[no-untyped-def]
    doc = load(str(REPO / "seeds" / "003_6887149645579ea4.txt"))
    assert isinstance(doc, Document)
    got = {(c.entity, c.attribute, c.quantity.text) for c in claims_of(doc, ruleset)}
    assert {("EXAONE", "training tokens", "6000억개"), ("EXAONE", "parameters", "3000억"),
            ("GPT-3", "training tokens", "3000억개"), ("KoGPT", "parameters", "300억"),
            ("MT-NLG", "parameters", "5300억개"), ("HyperCLOVA", "parameters", "2040억")} <= got
    # "100억개 내외 파라미터를 가진 모델들이 주를 이뤘으나, GPT-3는 1750억개…": not GPT-3's
    assert ("GPT-3", "parameters", "100억개 내외") not in got


def test_seed_004_infrastructure_target_is_a_goal(ruleset) -> None:  # type: ignore[no-untyped-def]
    doc = load(str(REPO / "seeds" / "004_4cc474588b6fce59.txt"))
    assert isinstance(doc, Document)
    (c,) = [c for c in claims_of(doc, ruleset) if c.attribute == "parameters"]
    assert c.goal and c.quantity.text == "2,000억"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # particles and quotes around names
        ("'하이퍼클로바'(HyperCLOVA)는 2040억 개의 파라미터를 갖췄다.", ("HyperCLOVA", "parameters", "2040억 개", False), None),
        # names that share a prefix stay apart
        ("하이퍼클로바X는 파라미터 수를 공개하지 않았지만, 하이퍼클로바는 2040억 파라미터다.", ("HyperCLOVA", "parameters", "2040억", False), ("HyperCLOVA X", "parameters", "2040억", False)),
        ("GPT-3.5의 파라미터는 GPT-3(1750억 파라미터)와 같은 규모로 알려졌다.", ("GPT-3", "parameters", "1750억", False), ("GPT-3.5", "parameters", "1750억", False)),
        # comparatives in English
        ("PaLM has 540 billion parameters, far more than GPT-3.", ("PaLM", "parameters", "540 billion", False), ("GPT-3", "parameters", "540 billion", False)),
        # goals
        ("The company plans to train a model with 1 trillion parameters next year, NAVER said.", None, ("NAVER", "parameters", "1 trillion", False)),
        # a disputed report is not the article's claim
        ("일부 매체는 하이퍼클로바가 5000억 개의 파라미터를 갖췄다고 보도했지만 이는 사실이 아니다.", None, ("HyperCLOVA", "parameters", "5000억 개", False)),
    ],
)
def test_hard_sentences(text: str, expected, absent, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = table(text, ruleset)
    if expected:
        assert expected in got
    if absent:
        assert absent not in got


def test_unbound_figures_are_listed_with_a_reason(ruleset) -> None:  # type: ignore[no-untyped-def]
    doc = parse("t.txt", "2020년 이전만 해도 100억개 내외 파라미터를 가진 모델들이 주를 이뤘으나, GPT-3는 1750억개 파라미터를 가졌다.".encode())
    assert isinstance(doc, Document)
    blocks = segment.blocks(doc)
    qs = [q for b in blocks for q in extract(b.text, b.span.start)]
    bound = bind_document(doc, blocks, qs, ruleset)
    (miss,) = [b for b in bound if b.claim is None and b.reason != "not a claim"]
    assert miss.quantity.text == "100억개 내외" and "no entity" in miss.reason
