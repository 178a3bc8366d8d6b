"""`fact` on real sentences: outside tolerance is reported with its source; notations and goals are not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factlint.config.rules import load_rules
from factlint.engine import run

RULES = (
    "entities: [{name: GPT-3, type: model}, {name: LG, type: company}]\n"
    "attributes: [{name: parameters, triggers: [파라미터, parameters], dimension: count, subjects: [model, company]}]\n"
    "facts: [{entity: GPT-3, attribute: parameters, value: 175_000_000_000, source: 'Brown et al. 2020', as_of: 2020-05-28}]\n"
    "rules: [{id: facts, kind: fact, description: d}]\n"
)


def lint(tmp_path: Path, text: str) -> list:  # type: ignore[type-arg]
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = run([str(tmp_path / "a.txt")], load_rules([str(tmp_path / "rules.yaml")]), today=dt.date(2024, 1, 1))
    assert not result.internal_errors
    return list(result.findings)


def test_figure_outside_the_reference_is_reported_with_its_source(tmp_path: Path) -> None:
    (f,) = lint(tmp_path, "GPT-3는 1500억 개의 파라미터를 가졌다.\n")
    assert "GPT-3 · parameters: '1500억 개' (150,000,000,000) disagrees with the reference 175,000,000,000" in f.message
    assert "Brown et al. 2020, as of 2020-05-28" in f.message
    assert f.data["reference"]["source"] == "Brown et al. 2020"


def test_same_value_in_other_notations_and_goals_are_not_reported(tmp_path: Path) -> None:
    assert lint(tmp_path, "GPT-3(175B)는 1750억개 파라미터를 가졌다. GPT-3 has 175 billion parameters.\n") == []
    assert lint(tmp_path, "LG는 GPT-3가 보유한 1750억개 파라미터의 3배를 넘어선 6000억개의 파라미터를 갖추겠다.\n") == []
