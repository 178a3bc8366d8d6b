"""Safe YAML loading that remembers the line of every key and item.

PyYAML's ``safe_load`` forgets where things were; rule errors must say
``file:line``. We compose the node tree with a safe loader (no Python tags, so
nothing in a rule file can execute code) and build plain values ourselves,
recording ``path → line``. Dates stay strings (the schema checks their format),
duplicate keys are errors, and alias expansion is capped (a "billion laughs"
file is refused, not expanded).
"""

from __future__ import annotations

from typing import Any

import yaml

Path_ = tuple[Any, ...]
MAX_NODES = 200_000


class _Loader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: ``as_of: 2021-05-25`` stays the string the schema expects."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# Only plain data: a tag such as !!python/object is refused even where we walk the node ourselves.
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq", "binary")
)


class YamlProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"{line}: {message}")


def load_with_lines(text: str) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML document; return its value and the 1-based line of every path in it."""
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            raise YamlProblem(line, f"YAML syntax error: {exc.problem or exc.context}") from None
        except yaml.YAMLError as exc:
            raise YamlProblem(1, f"YAML error: {exc}") from None
        lines: dict[Path_, int] = {}
        if node is None:
            return None, lines
        budget = [MAX_NODES]
        return _build(loader, node, (), lines, budget), lines
    finally:
        loader.dispose()


def _build(loader: _Loader, node: yaml.Node, path: Path_, lines: dict[Path_, int], budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlProblem(node.start_mark.line + 1, "file too large or too many alias expansions")
    lines.setdefault(path, node.start_mark.line + 1)
    if node.tag not in _PLAIN_TAGS:
        raise YamlProblem(node.start_mark.line + 1, f"cannot read value: tag '{node.tag}' is not allowed in rule files")
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            if not isinstance(key, str):
                raise YamlProblem(key_node.start_mark.line + 1, f"keys must be strings, got {key!r}")
            if key in result:
                raise YamlProblem(key_node.start_mark.line + 1, f"duplicate key '{key}'")
            lines[path + (key,)] = key_node.start_mark.line + 1
            result[key] = _build(loader, value_node, path + (key,), lines, budget)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(loader, item, path + (i,), lines, budget) for i, item in enumerate(node.value)]
    try:
        return loader.construct_object(node)
    except yaml.constructor.ConstructorError as exc:
        raise YamlProblem(node.start_mark.line + 1, f"cannot read value: {exc.problem}") from None
