"""Run the conversion/arithmetic rules of the default pack on one article given as text."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from functools import lru_cache
from pathlib import Path

from factlint.config.rules import load_rules
from factlint.config.ruleset import Rule, RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse
from factlint.model import Document, Finding, Statement

REPO = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def ruleset() -> RuleSet:
    return load_rules([str(REPO / "rules" / "conversions.yaml"), str(REPO / "rules" / "rates.yaml")])


@lru_cache(maxsize=1)
def pinned() -> RuleSet:
    """The pack's rules with rates pinned in a rule file (the pre-#15 hand-typed table, a fixture)."""
    return load_rules([str(REPO / "rules" / "conversions.yaml"), str(Path(__file__).parent / "pinned_rates.yaml")])


def document(text: str, path: str = "article.txt") -> Document:
    doc = parse(path, text.encode("utf-8"))
    assert isinstance(doc, Document)
    return doc


def run_rule(text: str, rule: Rule, rules: RuleSet | None = None, path: str = "article.txt") -> tuple[list[Statement], list[Finding]]:
    """Statements and findings of ``rule`` alone (with the rule set's rates) on ``text``."""
    alone = replace(rules or ruleset(), rules=(rule,))
    result = lint_documents([document(text, path)], alone, explain=True)
    return list(result.statements), list(result.findings)


def pack_rule(kind: str) -> Rule:
    return next(r for r in ruleset().rules if r.kind == kind)


def lint(text: str, kind: str, path: str = "article.txt") -> tuple[list[Statement], list[Finding]]:
    """Statements and findings of the pack's ``kind`` rule on ``text`` (a dateline such as "입력 2021.05.26" dates it)."""
    return run_rule(text, pack_rule(kind), path=path)


def verdicts(text: str, kind: str, forms: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The verdicts of the ``kind`` rule's statements of ``forms`` on ``text``, and its findings' messages."""
    statements, findings = lint(text, kind)
    return [s.verdict for s in statements if s.form in forms], [f.message for f in findings]


def right_and_wrong(rows: list[tuple[str, str, str]]) -> tuple[list[Any], list[Any]]:
    """pytest params of ``(template, right, wrong)`` rows: each template with its right result, then with its wrong one."""
    import pytest

    right = [pytest.param(t.format(r), id=f"right-{i}") for i, (t, r, _) in enumerate(rows)]
    wrong = [pytest.param(t.format(w), id=f"wrong-{i}") for i, (t, _, w) in enumerate(rows)]
    return right, wrong
