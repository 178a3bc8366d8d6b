"""Run the conversion/arithmetic rules of the default pack on one article given as text."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from factlint.checks import CHECKS
from factlint.config.rules import RuleSet, load_rules
from factlint.context import Context
from factlint.engine import analyse
from factlint.loader import parse
from factlint.model import Document, Finding
from factlint.statements import Statement

REPO = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def ruleset() -> RuleSet:
    return load_rules([str(REPO / "rules" / "conversions.yaml"), str(REPO / "rules" / "rates.yaml")])


def lint(text: str, kind: str, path: str = "article.txt") -> tuple[list[Statement], list[Finding]]:
    """Statements and findings of the pack's ``kind`` rule on ``text`` (a dateline such as "입력 2021.05.26" dates it)."""
    rules = ruleset()
    doc = parse(path, text.encode("utf-8"))
    assert isinstance(doc, Document)
    ctx = Context((doc,), MappingProxyType({doc.path: analyse(doc, rules)}), rules)
    rule = next(r for r in rules.rules if r.kind == kind)
    return CHECKS[kind].statements(ctx, rule), list(CHECKS[kind].check(ctx, rule))
