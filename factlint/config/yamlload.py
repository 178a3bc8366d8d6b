"""Safe YAML loading that remembers the line of every key and item, and reads only plain data.

PyYAML's ``safe_load`` forgets where things were; rule errors must say ``file:line``. We compose
the node tree with a safe loader (no Python tags, so nothing in a rule file can execute code) and
build plain values ourselves, recording ``path → line``. Anything the JSON Schema of rule files
and of the configuration cannot express is refused here, with its line, instead of crashing later:

- a tag other than the core schema's (``!foo``, ``!!python/…``, ``!!binary``, ``!!set``), on a
  value or on a key, and a core tag that does not fit its value (``!!int abc``, ``!!bool maybe``,
  ``!!null x``, which PyYAML would silently read as null);
- numbers JSON cannot hold: ``.inf``, ``.nan``, and integers beyond a double's range (or the
  digits Python converts);
- strings holding a lone surrogate (``"\\ud800"``), which no report format can encode;
- control characters anywhere in the file, even in a comment (the YAML 1.1 reader refuses them:
  https://yaml.org/spec/1.1/#c-printable; we say where they are);
- nesting deeper than ``MAX_DEPTH`` levels (a rule file needs six; PyYAML's composer recurses once
  per level and would hit Python's recursion limit) and alias expansion past ``MAX_NODES``
  (a "billion laughs" file is refused, not expanded).

Dates stay strings (the schema checks their format) and duplicate keys are errors.
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from typing import Any

import yaml

Path_ = tuple[Any, ...]
MAX_NODES = 200_000
MAX_DEPTH = 64

_CORE = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_CORE + name for name in ("str", "int", "float", "bool", "null"))
_MAP, _SEQ = _CORE + "map", _CORE + "seq"
_WHAT = {_INT: "an integer", _FLOAT: "a number", _BOOL: "a boolean (true/false)", _NULL: "null"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BACKSPACE", 0x1B: "ESC", 0x7F: "DEL"}


class YamlProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"{line}: {message}")


class _Loader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver (``as_of: 2021-05-25`` stays the string the schema
    expects) whose composer refuses to nest deeper than ``MAX_DEPTH``."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self._depth >= MAX_DEPTH:
            line = self.peek_event().start_mark.line + 1  # type: ignore[no-untyped-call]
            raise YamlProblem(line, f"nested more than {MAX_DEPTH} levels deep")
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_with_lines(text: str) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML document; return its value and the 1-based line of every path in it."""
    try:
        loader = _Loader(text)  # the reader checks for control characters here
    except yaml.reader.ReaderError as exc:
        raise _unprintable(text, exc) from None
    try:
        try:
            node = loader.get_single_node()
        except yaml.reader.ReaderError as exc:
            raise _unprintable(text, exc) from None
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


def _unprintable(text: str, exc: yaml.reader.ReaderError) -> YamlProblem:
    """Where the reader found a character YAML does not allow, and which one."""
    position = min(max(exc.position, 0), len(text))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    char = exc.character if isinstance(exc.character, str) else chr(exc.character)
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(ord(char), "a control character")
    return YamlProblem(
        line, f"column {column}: character U+{ord(char):04X} ({name}) is not allowed in YAML, not even in a comment"
    )


def _short(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def _build(loader: _Loader, node: yaml.Node, path: Path_, lines: dict[Path_, int], budget: list[int], depth: int = 0) -> Any:
    line = node.start_mark.line + 1
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlProblem(line, "file too large or too many alias expansions")
    if depth > MAX_DEPTH:  # an alias inside itself (&a [*a]) nests without end
        raise YamlProblem(line, f"nested more than {MAX_DEPTH} levels deep (through aliases)")
    lines.setdefault(path, line)
    if isinstance(node, yaml.MappingNode):
        if node.tag != _MAP:
            raise YamlProblem(line, f"cannot read value: tag '{_short(node.tag)}' is not allowed on a mapping")
        try:
            loader.flatten_mapping(node)  # merge keys (<<: *defaults)
        except yaml.MarkedYAMLError as exc:
            raise YamlProblem(line, f"cannot merge: {exc.problem}") from None
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _key(loader, key_node)
            if key in result:
                raise YamlProblem(key_node.start_mark.line + 1, f"duplicate key '{key}'")
            lines[path + (key,)] = key_node.start_mark.line + 1
            result[key] = _build(loader, value_node, path + (key,), lines, budget, depth + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        if node.tag != _SEQ:
            raise YamlProblem(line, f"cannot read value: tag '{_short(node.tag)}' is not allowed on a list")
        return [_build(loader, item, path + (i,), lines, budget, depth + 1) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.ScalarNode)
    return _scalar(loader, node)


def _key(loader: _Loader, node: yaml.Node) -> str:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.ScalarNode):
        raise YamlProblem(line, "keys must be strings, got a " + ("mapping" if isinstance(node, yaml.MappingNode) else "list"))
    key = _scalar(loader, node)
    if not isinstance(key, str):
        raise YamlProblem(line, f"keys must be strings, got {key!r}")
    return key


def _scalar(loader: _Loader, node: yaml.ScalarNode) -> Any:
    """A string, integer, finite number, boolean or null; nothing else, and never a guess."""
    line = node.start_mark.line + 1
    tag = node.tag
    if tag == _STR:
        return _string(node.value, line)
    if tag not in _WHAT:
        raise YamlProblem(line, f"cannot read value: tag '{_short(tag)}' is not allowed (only strings, numbers, booleans and null)")
    # What the text reads as when written plain: an explicit tag must agree with it (an integer
    # may be tagged !!float), so `!!null x` and `!!bool maybe` are errors, not null and a crash.
    reads_as = loader.resolve(yaml.ScalarNode, node.value, (True, False))  # type: ignore[no-untyped-call]
    if reads_as != tag and not (tag == _FLOAT and reads_as == _INT):
        raise YamlProblem(line, f"cannot read value: '{_string(node.value, line)}' is not {_WHAT[tag]} (tag '{_short(tag)}')")
    if tag == _INT and len(node.value) > 400:
        raise YamlProblem(line, f"a {len(node.value)}-character integer is too large (at most about 1.8e308)")
    try:
        value = loader.construct_object(node)
    except (ValueError, ArithmeticError, yaml.YAMLError) as exc:
        raise YamlProblem(line, f"cannot read '{node.value[:40]}' as {_WHAT[tag]}: {exc}") from None
    if isinstance(value, float) and not math.isfinite(value):
        raise YamlProblem(line, f"'{node.value}' is not a finite number (factlint needs finite numbers)")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > sys.float_info.max:
        raise YamlProblem(line, f"'{node.value[:20]}…' is too large (at most about 1.8e308)")
    return value


def _string(value: str, line: int) -> str:
    m = _SURROGATE.search(value)
    if m:
        raise YamlProblem(line, f"string holds \\u{ord(m.group()):04x}, half of a surrogate pair, which is not a character")
    return value
