"""Load rule files into a frozen RuleSet, reporting every problem at once.

Errors read ``rules/models.yaml:12: rules[3] (id=model-parameters): options.tolerance: -0.1 is less than the minimum of 0``.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import os
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import jsonschema

from ..checks import CHECKS
from ..errors import RuleError
from ..loader import file_kind, read_bytes
from ..model import FrozenDict, InputProblem
from .ruleset import Attribute, Entity, Fact, Measure, Rate, Rule, RuleSet, Source, freeze
from .schema import build_schema
from .yamlload import Path_, YamlProblem, load_with_lines

RULE_SUFFIXES = (".yaml", ".yml")
MAX_RULE_FILE_BYTES = 10 * 1024 * 1024  # the shipped pack is 60 KB in all


BUILTIN_PREFIX = "factlint:rules/"


def _pack_root() -> str:
    """Where the built-in pack lives: the package ``factlint.rules`` of an installed factlint, else
    the ``rules/`` folder of the checkout the package is imported from (``python -m factlint`` in a
    source tree, where the installer's mapping of rules/ to factlint.rules does not apply)."""
    try:
        return str(importlib.resources.files("factlint.rules"))
    except ModuleNotFoundError:
        return str(Path(__file__).resolve().parents[2] / "rules")


def default_pack() -> list[str]:
    """The rule pack shipped inside the package (the repository's rules/ folder)."""
    root = Path(_pack_root())
    return sorted(str(p) for p in root.iterdir() if p.name.endswith(RULE_SUFFIXES))


def _builtin_root() -> str:
    return os.path.realpath(_pack_root())


def rule_place(path: str) -> str:
    """How reports name a rule file: a file of the built-in pack as ``factlint:rules/claims.yaml``
    (never the machine's site-packages or pre-commit cache path), another file relative to the
    current folder when it is under it, else as given."""
    real = os.path.realpath(path)
    root = _builtin_root()
    if os.path.dirname(real) == root or real.startswith(root + os.sep):
        return BUILTIN_PREFIX + os.path.relpath(real, root).replace(os.sep, "/")
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            return path
        return path if rel.startswith(os.pardir) else rel
    return path


def is_builtin(place: str) -> bool:
    return place.startswith(BUILTIN_PREFIX)


def expand(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """Rule files under the given files and folders; second value lists paths that do not exist."""
    files: list[str] = []
    missing: list[str] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            files.extend(str(c) for c in sorted(p.rglob("*")) if c.suffix in RULE_SUFFIXES and c.is_file())
        elif p.is_file():
            files.append(given)
        else:
            missing.append(given)
    return files, missing


def _missing(path: str) -> str:
    """Why a path named as rules is not read: absent, or not a regular file (reading a FIFO hangs)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return f"{path}: no such rule file or folder"
    return f"{path}: {file_kind(mode)}, not a regular file: factlint reads only regular rule files"


def load_rules(paths: Sequence[str]) -> RuleSet:
    """Read, validate and freeze rule files. Raises RuleError listing every problem found."""
    files, missing = expand(paths)
    problems = [_missing(m) for m in missing]
    parts: list[tuple[str, dict[str, Any], dict[Path_, int]]] = []
    validator = jsonschema.Draft202012Validator(build_schema(), format_checker=jsonschema.FormatChecker())
    seen: set[str] = set()
    for real_path in files:
        # The same file named twice (the built-in pack and `--rules rules/` in this repository) is read once.
        key = os.path.realpath(real_path)
        if key in seen:
            continue
        seen.add(key)
        path = rule_place(real_path)
        raw = read_bytes(real_path, MAX_RULE_FILE_BYTES)
        if isinstance(raw, InputProblem):
            problems.append(f"{path}:1: cannot read rule file: {raw.message}")
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            problems.append(f"{path}:{line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x}); re-save the rule file as UTF-8")
            continue
        try:
            data, lines = load_with_lines(text)
        except YamlProblem as exc:
            problems.append(f"{path}:{exc.line}: {exc.message}")
            continue
        if data is None:
            data = {}
        file_problems = list(_schema_problems(validator, path, data, lines))
        problems.extend(file_problems)
        if not file_problems:
            parts.append((path, data, lines))
    ruleset = _assemble(parts, problems)
    if problems:
        raise RuleError(problems)
    return ruleset


def _where(data: Any, path: Sequence[Any]) -> str:
    """``rules[3] (id=model-parameters): options.tolerance`` for a path into the file."""
    out = ""
    node = data
    for i, key in enumerate(path):
        if isinstance(key, int):
            out += f"[{key}]"
            node = node[key] if isinstance(node, list) and key < len(node) else None
            if isinstance(node, dict):
                label = node.get("id") or node.get("name") or node.get("pair")
                if isinstance(label, str):
                    out += f" (id={label})" if "id" in node else f" ({label})"
                out += ":" if i < len(path) - 1 else ""
        else:
            if out and not out.endswith(":"):
                out += "."
            elif out:
                out += " "
            # a key that is blank or holds control characters is shown quoted ("' '"), never as nothing
            text = str(key)
            out += text if text.strip() and text.isprintable() else repr(text)
            node = node.get(key) if isinstance(node, dict) else None
    return out or "(top level)"


def _line(lines: Mapping[Path_, int], path: Sequence[Any]) -> int:
    p = tuple(path)
    while p not in lines and p:
        p = p[:-1]
    return lines.get(p, 1)


def _schema_problems(
    validator: jsonschema.Draft202012Validator, path: str, data: Any, lines: Mapping[Path_, int]
) -> Iterable[str]:
    errors = sorted(validator.iter_errors(data), key=lambda e: (_line(lines, e.absolute_path), list(map(str, e.absolute_path))))
    for error in errors:
        where = list(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = sorted(error.schema.get("properties", {}))
            for key in sorted(set(error.instance) - set(allowed)):
                yield (
                    f"{path}:{_line(lines, where + [key])}: {_where(data, where + [key])}: unknown key '{key}'"
                    f" (allowed: {', '.join(allowed)})"
                )
            continue
        yield f"{path}:{_line(lines, where)}: {_where(data, where)}: {_message(error)}"


def _message(error: jsonschema.ValidationError) -> str:
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "required":
        return str(error.message).replace("is a required property", "is required")
    return str(error.message)


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _spelling_clashes(entity: Entity) -> list[str]:
    """A wrong form that is also a correct spelling would be reported and rewritten back and forth."""
    return [f"'{w}' is listed as wrong and as a spelling of '{entity.name}'" for w in entity.wrong if w in entity.spellings]


def _assemble(parts: Sequence[tuple[str, dict[str, Any], dict[Path_, int]]], problems: list[str]) -> RuleSet:
    """Build frozen objects and check what the schema cannot: unique ids, references, date order."""
    rules: list[Rule] = []
    entities: list[Entity] = []
    attributes: list[Attribute] = []
    facts: list[Fact] = []
    rates: list[Rate] = []
    measures: dict[str, Measure] = {}  # by name: a project's measure of a built-in name replaces it
    seen_rules: dict[str, Source] = {}
    seen_names: dict[str, Source] = {}
    replaced_by: dict[str, Entity] = {}  # a built-in name (casefolded) the project's entity dropped: to say so

    for path, data, lines in parts:
        def src(*keys: Any) -> Source:
            return Source(path, _line(lines, keys))

        for i, raw in enumerate(data.get("entities", [])):
            entity = Entity(raw["name"], tuple(raw.get("aliases", ())), raw.get("type"), src("entities", i), raw.get("description", ""),
                            tuple(raw.get("wrong", ())), tuple(raw.get("accepted", ())))
            problems.extend(f"{path}:{entity.source.line}: {_where(data, ['entities', i])}: {p}" for p in _spelling_clashes(entity))
            for name in entity.names:
                key = name.casefold()
                first = seen_names.get(key)
                if first is not None and is_builtin(first.path) and not is_builtin(path):
                    # A project's entity replaces the built-in one it names again (its aliases, type),
                    # as a project rule replaces a built-in rule of the same id.
                    replaced = [e for e in entities if key in {n.casefold() for n in e.names}]
                    for old in replaced:
                        entities.remove(old)
                        for n in old.names:
                            seen_names.pop(n.casefold(), None)
                            replaced_by[n.casefold()] = entity
                elif first is not None:
                    problems.append(
                        f"{path}:{entity.source.line}: {_where(data, ['entities', i])}: name '{name}' is already declared at {first.path}:{first.line}"
                    )
                seen_names[key] = entity.source
            entities.append(entity)
        for i, raw in enumerate(data.get("attributes", [])):
            attributes.append(
                Attribute(raw["name"], tuple(raw["triggers"]), raw["dimension"], raw.get("varies_over_time", False), src("attributes", i), raw.get("description", ""), tuple(raw.get("subjects", ())),
                          tuple(raw.get("whole", ())))
            )
        for i, raw in enumerate(data.get("facts", [])):
            facts.append(
                Fact(
                    entity=raw["entity"], attribute=raw["attribute"], value=raw["value"], source_text=raw["source"],
                    as_of=_date(raw["as_of"]), source=src("facts", i), id=raw.get("id"), unit=raw.get("unit"),
                    tolerance=raw.get("tolerance", 0.0), expires=_date(raw["expires"]) if "expires" in raw else None,
                    note=raw.get("note", ""),
                )
            )
        for i, raw in enumerate(data.get("rates", [])):
            base, quote = raw["pair"].split("/")
            rate = Rate(base, quote, raw["rate"], _date(raw["from"]), _date(raw["to"]), raw.get("tolerance", 0.0), raw["source"], src("rates", i))
            if rate.end < rate.start:
                problems.append(f"{path}:{rate.source.line}: {_where(data, ['rates', i])}: 'to' {raw['to']} is before 'from' {raw['from']}")
            rates.append(rate)
        for i, raw in enumerate(data.get("measures", [])):
            measure = Measure(raw["name"], tuple(raw["words"]), src("measures", i), bool(raw.get("once", False)),
                              bool(raw.get("fixed", False)), bool(raw.get("part", False)))
            first_measure = measures.get(measure.name)
            if first_measure is not None and not (is_builtin(first_measure.source.path) and not is_builtin(path)):
                problems.append(f"{path}:{measure.source.line}: {_where(data, ['measures', i])}: measure '{measure.name}' "
                                f"is already declared at {first_measure.source.path}:{first_measure.source.line}")
                continue
            measures[measure.name] = measure
        for i, raw in enumerate(data.get("rules", [])):
            source = src("rules", i)
            if raw["id"] in seen_rules:
                first = seen_rules[raw["id"]]
                if is_builtin(first.path) and not is_builtin(path):
                    # A project's rule with a built-in rule's id replaces it (to change its severity or
                    # options, or to turn it off with `enabled: false`), as a ruff setting overrides a default.
                    rules[:] = [r for r in rules if r.id != raw["id"]]
                else:
                    problems.append(f"{path}:{source.line}: {_where(data, ['rules', i])}: duplicate rule id (first at {first.path}:{first.line})")
                    continue
            seen_rules[raw["id"]] = source
            if not raw.get("enabled", True):
                continue
            options = {**CHECKS[raw["kind"]].defaults, **raw.get("options", {})}
            examples = raw.get("examples", {})
            rules.append(
                Rule(
                    id=raw["id"], kind=raw["kind"], severity=raw.get("severity", "warning"), description=raw["description"],
                    options=freeze(options), source=source, why=raw.get("why", ""), example=raw.get("example", ""),
                    examples=FrozenDict({k: tuple(v) for k, v in examples.items()}),
                )
            )

    entity_names = {n.casefold() for e in entities for n in e.names}
    attribute_names = {a.name for a in attributes}
    for fact in facts:
        if fact.entity.casefold() not in entity_names:
            by = replaced_by.get(fact.entity.casefold())
            hint = "declare it under entities:" if by is None else (
                f"the built-in entity of that name was replaced by '{by.name}' at {by.source.path}:{by.source.line}, "
                f"which does not list it: add '{fact.entity}' to its aliases")
            problems.append(f"{fact.source.path}:{fact.source.line}: fact: unknown entity '{fact.entity}' ({hint})")
        if fact.attribute not in attribute_names:
            problems.append(f"{fact.source.path}:{fact.source.line}: fact: unknown attribute '{fact.attribute}' (declare it under attributes:)")
    for rule in rules:
        for message in CHECKS[rule.kind].validate(rule):
            problems.append(f"{rule.source.path}:{rule.source.line}: rules (id={rule.id}): {message}")

    problems.extend(_shared_words(measures.values()))
    return RuleSet(tuple(rules), tuple(entities), tuple(attributes), tuple(facts), tuple(rates), tuple(p for p, _, _ in parts),
                   tuple(measures.values()))


def _shared_words(measures: Iterable[Measure]) -> list[str]:
    """A word of two measures would make them one."""
    seen: dict[str, Measure] = {}
    out: list[str] = []
    for m in measures:
        for w in m.words:
            other = seen.setdefault(w.casefold(), m)
            if other is not m:
                out.append(f"{m.source.path}:{m.source.line}: measures ({m.name}): word '{w}' is also a word of "
                           f"'{other.name}' at {other.source.path}:{other.source.line}")
    return out
