"""`comparative` on real sentences: a multiple of another entity's size against the values the corpus
and the reference facts give both, and against the other multiples of the pair (probes a6/a7)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factlint.config.rules import default_pack, load_rules
from factlint.engine import run
from factlint.model import Finding

RULES = (
    "entities: [{name: Chinchilla, aliases: [친칠라], type: model}, {name: GPT-2, type: model},\n"
    "           {name: GPT-3, type: model}, {name: GPT-4, type: model}, {name: LLaMA, type: model}]\n"
    "attributes: [{name: parameters, triggers: [파라미터, 매개변수, parameters], dimension: count, subjects: [model]}]\n"
    "facts: [{entity: Chinchilla, attribute: parameters, value: 70_000_000_000, source: 'Hoffmann et al. 2022', as_of: 2022-03-29},\n"
    "        {entity: GPT-2, attribute: parameters, value: 1_500_000_000, source: 'Radford et al. 2019', as_of: 2019-02-14}]\n"
    "rules: [{id: multiples, kind: comparative, description: d, options: {tolerance: 0.1}}]\n"
)


def lint(tmp_path: Path, texts: dict[str, str], rules: str = RULES) -> list[Finding]:
    (tmp_path / "rules.yaml").write_text(rules, encoding="utf-8")
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = run(sorted(paths), load_rules([str(tmp_path / "rules.yaml")]), today=dt.date(2024, 1, 1))
    assert not result.internal_errors
    return [f for f in result.findings if f.rule == "multiples"]


@pytest.mark.parametrize("sentence", [
    "Chinchilla is 100 times larger than GPT-2.",
    "Chinchilla, 100 times bigger than GPT-2, was unveiled in 2022.",
    "친칠라는 GPT-2보다 100배 크다.",
    "친칠라는 파라미터 수가 GPT-2보다 무려 100배나 많다.",
    "친칠라는 GPT-2의 100배 규모다.",
    # paraphrase sweep (s6-arith): the attribute's possessor as the subject, "as many … as", the compared name fronted
    "친칠라의 파라미터 수는 GPT-2의 100배에 달한다.",
    "친칠라의 매개변수는 GPT-2보다 100배 많다.",
    "친칠라의 파라미터는 GPT-2의 100배 수준이다.",
    "Chinchilla has 100 times as many parameters as GPT-2.",
    "Chinchilla has 100 times more parameters than GPT-2.",
    "Compared with GPT-2, Chinchilla has 100 times as many parameters.",
    "GPT-2와 비교하면 친칠라는 파라미터가 100배 많다.",
    "GPT-2에 비해 친칠라는 100배 크다.",
    "Relative to GPT-2, Chinchilla is 100 times larger.",  # this and the next two: held out, then run once
    "Chinchilla's parameter count is 100 times that of GPT-2.",
    "GPT-2 has one hundredth as many parameters as Chinchilla.",
    # a fraction in words is a multiple below one
    "GPT-2 is a hundredth the size of Chinchilla.",
    "GPT-2는 친칠라의 100분의 1 크기다.",
])
def test_a_multiple_far_from_the_ratio_of_the_known_sizes_is_reported(tmp_path: Path, sentence: str) -> None:
    (f,) = lint(tmp_path, {"a.txt": f"모델\n{sentence}\n"})
    if "hundredth" in sentence or "분의" in sentence:  # GPT-2 is the fraction of Chinchilla
        assert "GPT-2 · parameters compared to Chinchilla" in f.message
        assert "1,500,000,000 / 70,000,000,000 = 0.0214×" in f.message
    else:
        assert "Chinchilla · parameters compared to GPT-2" in f.message
        assert "70,000,000,000 / 1,500,000,000 = 46.67×" in f.message


@pytest.mark.parametrize("sentence", [
    "친칠라는 GPT-2보다 50배 크다.",  # 46.7× is within 10 % of 50
    "Chinchilla is about 47 times larger than GPT-2.",
    "GPT-4는 GPT-2보다 100배 빠르다.",  # speed: no attribute says what is 100 times
    "Chinchilla was trained 100 times faster than GPT-2.",
    "LLaMA는 GPT-2보다 100배 크다.",  # another model than Chinchilla: its size is not known
    "친칠라의 파라미터는 700억개로, GPT-2의 15억개와 비교된다.",  # no multiple at all
    "Chinchilla has about 47 times as many parameters as GPT-2.",
    "GPT-2 is about a fiftieth the size of Chinchilla.",  # 1/50 for 1/46.7
    "GPT-2는 친칠라의 50분의 1 크기다.",
    "Chinchilla was trained on 100 times as many words as GPT-2.",  # "words": not what the rules compare
    "친칠라의 학습 데이터는 GPT-2의 100배에 달한다.",  # another attribute: nothing known of it
    "친칠라는 GPT-2의 100배에 달한다.",  # 100 times what? "에 달한다" names no size
    "Compared with GPT-2, Chinchilla was trained 100 times faster.",
    "Relative to GPT-2, Chinchilla is about 47 times larger.",
    "Chinchilla's parameter count is about 47 times that of GPT-2.",
])
def test_multiples_that_fit_or_say_nothing_checkable_are_not_reported(tmp_path: Path, sentence: str) -> None:
    assert lint(tmp_path, {"a.txt": f"모델\n{sentence}\n"}) == []


def test_the_corpus_own_figures_are_the_values_when_no_fact_is_declared(tmp_path: Path) -> None:
    texts = {
        "a.txt": "모델\n노바LM은 파라미터가 3000억개다.\n",
        "b.txt": "모델\n누리GPT는 파라미터가 600억개다.\n",
        "c.txt": "모델\n노바LM은 누리GPT보다 10배 크다.\n",  # 3000억 / 600억 = 5×
        "d.txt": "모델\n노바LM은 누리GPT보다 5배 크다.\n",
    }
    (f,) = lint(tmp_path, texts)
    assert Path(f.location.path).name == "c.txt"
    assert "300,000,000,000 / 60,000,000,000 = 5×" in f.message and "'3000억개' at" in f.message
    assert {Path(r.path).name for r in f.related} == {"d.txt"}


def test_two_multiples_of_one_pair_disagree_when_no_size_is_known(tmp_path: Path) -> None:
    texts = {"a.txt": "모델\nNovaLM은 NuriGPT보다 3배 크다.\n", "b.txt": "모델\nNovaLM is 10 times larger than NuriGPT.\n",
             "c.txt": "모델\nNovaLM은 NuriGPT보다 세 배 크다.\n"}
    (f,) = lint(tmp_path, texts)
    assert Path(f.location.path).name == "b.txt" and "'10 times'" in f.message and "contradicts" in f.message


def test_probe_a6_a7_one_multiple_is_wrong(shared: Path) -> None:
    """../shared/probes: a6 says 100 times larger than GPT-2, a7 says 50배; the sizes give 46.7×."""
    arts = shared / "probes" / "articles"
    result = run([str(arts / "a6.txt"), str(arts / "a7.txt")], load_rules(default_pack()), today=dt.date(2024, 1, 1))
    found = [f for f in result.findings if f.kind == "comparative"]
    assert [(Path(f.location.path).name, f.data["claim"]["quantity"]["text"]) for f in found] == [("a6.txt", "100 times")]
    assert [Path(r.path).name for r in found[0].related] == ["a7.txt"]
