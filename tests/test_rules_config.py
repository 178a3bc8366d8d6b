"""Rule files: safe loading, schema validation with file:line:key messages, all errors at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config.rules import default_pack, load_rules
from factlint.config.schema import schema_text
from factlint.errors import RuleError

REPO = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def problems(*paths: str) -> list[str]:
    with pytest.raises(RuleError) as info:
        load_rules(list(paths))
    return info.value.problems


BROKEN = """\
entities:
  - name: HyperCLOVA
    aliases: [하이퍼클로바]
    colour: blue
rules:
  - id: repeated-paragraph
    kind: duplicate
    severity: fatal
    description: Paragraphs repeated.
  - id: Bad_Id
    kind: spelling
    description: x
  - kind: duplicate
    description: no id
"""


def test_every_error_is_reported_at_once_with_file_line_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.yaml", BROKEN)
    found = problems(path)
    assert f"{path}:4: entities[0] (HyperCLOVA): colour: unknown key 'colour'" in found[0]
    assert any(p.startswith(f"{path}:8: rules[0] (id=repeated-paragraph): severity: 'fatal' is not one of error, warning, info") for p in found)
    assert any(p.startswith(f"{path}:10: rules[1] (id=Bad_Id): id:") for p in found)
    assert any(p.startswith(f"{path}:11: rules[1] (id=Bad_Id): kind: 'spelling' is not one of") for p in found)
    assert any(p.startswith(f"{path}:13: rules[2]") and "'id' is required" in p for p in found)
    assert len(found) == 5


def test_errors_from_several_files_are_collected(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", "rules:\n  - id: a\n    kind: duplicate\n")
    b = write(tmp_path, "b.yaml", "rules: [\n")
    found = problems(a, b)
    assert any(p.startswith(f"{a}:2: rules[0] (id=a)") and "'description' is required" in p for p in found)
    assert any(p.startswith(f"{b}:2: YAML syntax error") for p in found)


def test_unknown_option_of_a_kind_is_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path, "r.yaml",
        "rules:\n  - id: dup\n    kind: duplicate\n    description: d\n    options:\n      colour: red\n",
    )
    assert any(p.startswith(f"{path}:6: rules[0] (id=dup): options.colour: unknown key 'colour'") for p in problems(path))


def test_duplicate_rule_ids_and_keys_are_errors(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", "rules:\n  - {id: dup, kind: duplicate, description: d}\n")
    b = write(tmp_path, "b.yaml", "rules:\n  - {id: dup, kind: duplicate, description: d}\n")
    assert any("duplicate rule id (first at" in p and p.startswith(f"{b}:2") for p in problems(a, b))
    c = write(tmp_path, "c.yaml", "rules: []\nrules: []\n")
    assert problems(c) == [f"{c}:2: duplicate key 'rules'"]


def test_python_tags_cannot_execute(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = write(tmp_path, "evil.yaml", f"rules: !!python/object/apply:os.system ['touch {marker}']\n")
    found = problems(path)
    assert found and "cannot read value" in found[0]
    assert not marker.exists()


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
    path = write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    assert any("too many alias expansions" in p for p in problems(path))


def test_facts_must_name_declared_entities_and_attributes(tmp_path: Path) -> None:
    path = write(
        tmp_path, "f.yaml",
        "facts:\n  - {entity: Nobody, attribute: height, value: 1, source: s, as_of: 2021-01-01}\n",
    )
    found = problems(path)
    assert any("unknown entity 'Nobody'" in p for p in found)
    assert any("unknown attribute 'height'" in p for p in found)


def test_a_project_entity_that_drops_a_built_in_name_is_named_in_the_error(tmp_path: Path) -> None:
    # The project re-declares the built-in Gopher under another name (by its alias 고퍼) and so drops "Gopher",
    # which a built-in fact still names: the error says which entity of which file replaced it, not only
    # "declare it", which the user did.
    path = write(tmp_path, "p.yaml", "entities:\n  - name: DeepMind Gopher\n    aliases: [고퍼]\n    type: model\n")
    found = problems(*default_pack(), path)
    gopher = [p for p in found if "unknown entity 'Gopher'" in p]
    assert gopher and f"replaced by 'DeepMind Gopher' at {path}:2" in gopher[0]
    assert "add 'Gopher' to its aliases" in gopher[0]
    # a fact about an entity nobody declared keeps the plain hint
    other = write(tmp_path, "f.yaml", "facts:\n  - {entity: Nobody, attribute: parameters, value: 1, source: s, as_of: 2021-01-01}\n")
    plain = [p for p in problems(*default_pack(), other) if "unknown entity 'Nobody'" in p]
    assert plain and "(declare it under entities:)" in plain[0]


def test_bad_dates_are_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path, "r.yaml",
        "rates:\n  - {pair: USD/KRW, rate: 1100, from: 2021-13-01, to: 2021-12-31, source: s}\n",
    )
    assert any(p.startswith(f"{path}:2: rates[0] (USD/KRW): from:") for p in problems(path))


def test_empty_rule_file_is_valid(tmp_path: Path) -> None:
    assert load_rules([write(tmp_path, "empty.yaml", "")]).rules == ()


def test_rules_are_frozen(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", "rules:\n  - {id: dup, kind: duplicate, description: d}\n")
    rule = load_rules([path]).rules[0]
    with pytest.raises(TypeError):
        rule.options["min_chars"] = 1  # type: ignore[index]


def test_shipped_schema_file_is_current() -> None:
    shipped = (REPO / "factlint" / "schema" / "rules.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), (
        "factlint/schema/rules.schema.json is stale; regenerate with "
        "`factlint rules schema > factlint/schema/rules.schema.json`"
    )


def test_default_pack_is_the_repository_rules_folder_and_valid() -> None:
    pack = default_pack()
    assert sorted(Path(p).name for p in pack) == sorted(p.name for p in (REPO / "rules").glob("*.yaml"))
    assert pack, "the default pack must not be empty"
    ruleset = load_rules(pack)
    assert ruleset.rules


def test_the_built_in_pack_is_found_in_a_source_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m factlint` run in a checkout imports the package from the source tree, where
    factlint.rules (the installer's mapping of rules/) does not exist: the pack is the checkout's
    rules/ folder, and its places are still reported as factlint:rules/… (before: a traceback)."""
    import importlib.resources

    from factlint.config import rules as rules_module

    real_files = importlib.resources.files

    def files(package):  # type: ignore[no-untyped-def]
        if package == "factlint.rules":
            raise ModuleNotFoundError("No module named 'factlint.rules'")
        return real_files(package)

    monkeypatch.setattr(importlib.resources, "files", files)
    pack = rules_module.default_pack()
    assert [Path(p).name for p in pack] == sorted(p.name for p in (REPO / "rules").glob("*.yaml"))
    assert rules_module.rule_place(pack[0]) == "factlint:rules/" + Path(pack[0]).name
