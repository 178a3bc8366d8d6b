"""Paraphrases of the probes (../shared/probes) that produced false findings, and their hard negatives.

A sweep of 192 paraphrases of the probe patterns (Korean and English, ours) found twelve false
findings; each group below is one structural cause, with variants and the cases that must still be
found. Every text is linted with the default rule pack, as a user would run it.
"""

from __future__ import annotations

import pytest

from binding_helpers import bound
from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules(default_pack())


def _findings(pack: RuleSet, *texts: str) -> list[str]:
    docs = [parse(f"{i}.txt", f"Notes {i}\nPublished 2023.10.0{i + 1}\n{t}\n".encode()) for i, t in enumerate(texts)]
    return [f"{f.rule}: {f.message}" for f in lint_documents(docs, pack).findings if f.kind in ("fact", "contradiction")]


def _claims(pack: RuleSet, text: str) -> dict[str, tuple[str, str, bool, str | None]]:
    return {b.claim.quantity.text: (b.claim.entity, b.claim.attribute, b.claim.disputed, b.claim.scope)
            for b in bound(f"Notes\n{text}\n", pack) if b.claim is not None}


# --- the standard of a multiple or a fraction owns only its own parenthesis ---------------------

@pytest.mark.parametrize("text", [
    "친칠라의 파라미터 수는 700억개로 고퍼(2800억개)의 4분의 1이다.",
    "노바LM의 파라미터 수는 1400억개로 고퍼(2800억개)의 절반이다.",
    "노바LM의 파라미터 수는 5600억개로 고퍼(2800억개)의 두 배다.",
    "The new model, with 350 billion parameters, is four times the size of Chinchilla (70 billion).",
    "The new model has 350 billion parameters, four times as many as Chinchilla (70 billion).",
    "The new model has 140 billion parameters, half the size of Gopher (280 billion).",
])
def test_a_figure_measured_against_a_name_is_not_that_names(pack: RuleSet, text: str) -> None:
    got = _claims(pack, text)
    standard = next(v for k, v in got.items() if k in ("2800억개", "70 billion", "280 billion"))
    assert all(v[0] != standard[0] for k, v in got.items() if k not in ("2800억개", "70 billion", "280 billion")), got
    assert _findings(pack, text) == []


@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("친칠라는 매개변수가 700억개로, 2800억개인 고퍼의 4분의 1에 불과하다.", "2800억개", "Gopher"),  # the figure describing the standard
    ("팜의 매개변수 규모는 5400억개로 GPT-3(1750억개)의 약 3배다.", "5400억개", "PaLM"),  # 의 약 N배
    ("팜의 매개변수 규모는 5400억개로 GPT-3(1750억개)의 3.1배다.", "5400억개", "PaLM"),
])
def test_the_standard_keeps_what_describes_it_and_nothing_else(pack: RuleSet, text: str, figure: str, owner: str) -> None:
    assert _claims(pack, text)[figure][:2] == (owner, "parameters")
    assert _findings(pack, text) == []


def test_a_measure_noun_does_not_hide_the_trigger_before_the_figure(pack: RuleSet) -> None:
    # "N 규모의 모델": the model is the kind of thing, the parameters are what is counted
    assert _claims(pack, "솔라GPT는 매개변수 1200억개 규모의 모델이다.")["1200억개"][:2] == ("솔라GPT", "parameters")


def test_the_standards_own_figure_is_still_checked(pack: RuleSet) -> None:
    found = _findings(pack, "친칠라의 파라미터 수는 700억개로 고퍼(2500억개)의 4분의 1이다.")
    assert any("Gopher" in f and "2500억개" in f for f in found), found


# --- a figure the sentence denies or sets against the source's -----------------------------------

@pytest.mark.parametrize(("text", "denied"), [
    ("A viral tweet claimed Chinchilla had 500 billion parameters; the paper says 70 billion.", "500 billion"),
    ("Chinchilla does not have 500 billion parameters, as some posts claimed.", "500 billion"),
    ("Chinchilla doesn't have 500 billion parameters.", "500 billion"),
    ("Some reports put GPT-3 at 1.75 trillion parameters, which is wrong.", "1.75 trillion"),
    ("친칠라의 파라미터는 5000억개가 아니다.", "5000억개"),
    ("친칠라의 파라미터는 5000억개가 아니라 700억개다.", "5000억개"),
])
def test_a_denied_figure_is_disputed_not_asserted(pack: RuleSet, text: str, denied: str) -> None:
    assert _claims(pack, text)[denied][2] is True
    assert _findings(pack, text) == []


@pytest.mark.parametrize("text", [
    "Chinchilla, which is not open source, has 500 billion parameters.",  # the negation is about something else
    "GPT-3 is not small: it has 1.75 trillion parameters.",
    "Not only does Chinchilla have 500 billion parameters, it is also fast.",
])
def test_a_negation_elsewhere_in_the_sentence_disputes_nothing(pack: RuleSet, text: str) -> None:
    got = _claims(pack, text)
    assert got and not any(v[2] for v in got.values()), got
    assert _findings(pack, text), "the wrong figure must still be reported"


# --- a version written after an undeclared name is another model ---------------------------------

def test_a_discovered_names_version_is_another_entity(pack: RuleSet) -> None:
    assert _findings(pack, "노바LM은 파라미터가 3000억개다.", "노바LM 2는 파라미터가 3500억개다.") == []
    assert _claims(pack, "노바LM 2는 파라미터가 3500억개다.")["3500억개"][0] == "노바LM 2"


def test_the_same_discovered_name_still_disagrees(pack: RuleSet) -> None:
    assert _findings(pack, "노바LM은 파라미터가 3000억개다.", "노바LM은 파라미터가 3500억개다.")


def test_a_count_after_a_discovered_name_is_not_a_version(pack: RuleSet) -> None:
    got = _claims(pack, "노바LM 2000억 파라미터 모델이 나왔다.")
    assert got.get("2000억", ("노바LM",))[0] == "노바LM"


# --- the nouns before an attribute's word are a scope: raw crawl is not training data ------------

def test_raw_and_training_data_are_two_scopes(pack: RuleSet) -> None:
    text = "블룸은 12TB 규모의 원시 크롤링 데이터를 중복 제거해 900GB의 학습 데이터를 만들었다."
    got = _claims(pack, text)
    assert got["12TB"][3] == "원시 크롤링" and got["900GB"][3] is None
    assert _findings(pack, text) == []
    got = _claims(pack, "GPT-3는 45TB의 원본 데이터에서 570GB의 정제된 데이터를 골랐다.")
    assert got["45TB"][3] == "원본" and got["570GB"][3] is None


def test_the_same_data_in_two_articles_still_disagrees(pack: RuleSet) -> None:
    assert _findings(pack, "블룸은 900GB의 학습 데이터를 썼다.", "블룸은 1.6TB의 학습 데이터를 썼다.")
    # a determiner is not a scope: "총 2040억 개의 파라미터" is HyperCLOVA's parameters
    assert _claims(pack, "하이퍼클로바는 총 2040억 개의 파라미터를 갖췄다.")["2040억 개"][3] is None
