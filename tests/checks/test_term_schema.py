"""The rule schema of spellings: what the binder recognises (name, aliases, wrong) and what the
term check accepts as correct (name, aliases, accepted); old rule files keep their meaning."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import segment
from factlint.binding import bind
from factlint.config.rules import default_pack, load_rules
from factlint.engine import run
from factlint.errors import RuleError
from factlint.loader import parse
from factlint.model import Document
from factlint.quantities import extract

ENTITIES = """\
entities:
  - name: NAVER
    aliases: [네이버]
    type: company
  - name: GPT-3
    type: model
attributes:
  - name: parameters
    triggers: [파라미터]
    dimension: count
rules:
  - id: term-spelling
    kind: term
    description: Names and terms spelt one way
  - id: params
    kind: contradiction
    description: x
    options: {attributes: [parameters]}
"""


def term_findings(tmp_path: Path, rules: str, text: str) -> list[tuple[str, str, str]]:
    (tmp_path / "rules.yaml").write_text(rules, encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = run([str(tmp_path / "a.txt")], load_rules([str(tmp_path / "rules.yaml")]))
    return [(f.data["variant"], f.data["preferred"], f.data["how"]) for f in result.findings if f.kind == "term"]


def test_entity_wrong_forms_are_reported_and_recognised_by_the_binder(tmp_path: Path) -> None:
    rules = ENTITIES.replace("  - name: GPT-3\n    type: model\n", "  - name: GPT-3\n    wrong: [GPT 3]\n    type: model\n")
    assert term_findings(tmp_path, rules, "GPT 3는 1750억 파라미터다.\n") == [("GPT 3", "GPT-3", "wrong")]
    ruleset = load_rules([str(tmp_path / "rules.yaml")])
    doc = parse("a.txt", "GPT 3는 1750억 파라미터다.\n".encode())
    assert isinstance(doc, Document)
    blocks = segment.blocks(doc)
    claims, _ = bind(doc, blocks, [q for b in blocks for q in extract(b.text, b.span.start)], ruleset)
    assert [c.entity for c in claims] == ["GPT-3"]


def test_entity_accepted_spellings_are_not_reported(tmp_path: Path) -> None:
    rules = ENTITIES.replace("  - name: GPT-3\n    type: model\n", "  - name: LLaMA\n    accepted: [Llama]\n    type: model\n")
    assert term_findings(tmp_path, rules, "Llama news travels fast; LLaMA is old; LLama is a slip.\n") == [
        ("LLama", "LLaMA", "case-spacing")
    ]
    # without `accepted`, copy that writes Llama is reported (the judged FP of realworld callor:7 before)
    plain = rules.replace("    accepted: [Llama]\n", "")
    assert ("Llama", "LLaMA", "case-spacing") in term_findings(tmp_path, plain, "Llama news travels fast; LLaMA is old.\n")


def test_entity_wrong_form_that_is_a_spelling_is_a_rule_error(tmp_path: Path) -> None:
    rules = ENTITIES.replace("    aliases: [네이버]\n", "    aliases: [네이버]\n    wrong: [네이버]\n")
    (tmp_path / "r.yaml").write_text(rules, encoding="utf-8")
    with pytest.raises(RuleError, match="'네이버' is listed as wrong and as a spelling of 'NAVER'"):
        load_rules([str(tmp_path / "r.yaml")])


def test_old_rule_files_keep_their_meaning() -> None:
    """No `wrong`/`accepted`: every name and alias is recognised and accepted, as before."""
    ruleset = load_rules([*default_pack()])
    gpt3 = next(e for e in ruleset.entities if e.name == "GPT-3")
    assert gpt3.names == gpt3.spellings == ("GPT-3", "GPT3", "GPT-3 175B", "지피티3")


