"""``factlint rules test``: run every rule against the examples it carries.

An example is one article: the text is linted with that rule alone (plus the
rule set's entities, attributes, facts and rates). A ``valid`` example must
produce no finding of the rule, an ``invalid`` one at least one. A rule pack is
tested like code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from .config.ruleset import Rule, RuleSet
from .engine import lint_documents
from .loader import parse
from .model import Document


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    label: str  # "valid" or "invalid"
    index: int
    passed: bool
    findings: tuple[str, ...]  # messages, to show why an example failed


def run_examples(rule: Rule, ruleset: RuleSet, today: dt.date | None = None) -> list[ExampleResult]:
    alone = replace(ruleset, rules=(rule,))
    results = []
    for label in ("valid", "invalid"):
        for index, text in enumerate(rule.examples.get(label, ())):
            doc = parse(f"<{rule.id} {label}[{index}]>.txt", text.encode("utf-8"))
            assert isinstance(doc, Document)  # encoded just above: always decodes
            result = lint_documents([doc], alone, today)
            messages = tuple(f.message for f in result.findings if f.rule == rule.id)
            passed = bool(messages) if label == "invalid" else not messages
            results.append(ExampleResult(rule.id, label, index, passed, messages))
    return results


def run_all_examples(ruleset: RuleSet, today: dt.date | None = None) -> list[ExampleResult]:
    return [r for rule in ruleset.rules for r in run_examples(rule, ruleset, today)]
