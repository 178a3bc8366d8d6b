"""Adding a kind = one module, one registry line, one test file, one doc entry: keep them in step;
and the package keeps its shape (no import cycle, no imports hidden inside functions)."""

from __future__ import annotations

import ast
from pathlib import Path

import jsonschema
import pytest

from factlint.checks import CHECKS
from factlint.checks.base import Check
from factlint.model import KINDS

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "factlint"


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p) for p in PACKAGE.rglob("*.py")}


def test_registry_holds_exactly_the_kinds() -> None:
    assert tuple(CHECKS) == KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_kind_is_complete(kind: str) -> None:
    check = CHECKS[kind]
    assert isinstance(check, Check)
    assert check.kind == kind
    for heading in ("What it does", "Why", "Example", "Options"):
        assert heading in check.manual, f"{kind}: the module docstring (its manual) lacks '{heading}'"
    schema = check.options_schema
    assert schema.get("additionalProperties") is False, f"{kind}: unknown options must be errors"
    jsonschema.Draft202012Validator(schema).validate(check.defaults)
    assert check.codec is not None, f"{kind}: a summary without a codec is made again on every run"
    assert check.scope in ("documents", "related", "corpus")
    assert (REPO / "tests" / "checks" / f"test_{kind}.py").is_file(), f"{kind}: no test file"
    assert (REPO / "docs" / "checks" / f"{kind}.md").is_file(), f"{kind}: no doc page"
    assert f"`{kind}`" in (REPO / "docs" / "architecture.md").read_text(encoding="utf-8"), f"{kind}: not in docs/architecture.md"


@pytest.mark.parametrize("kind", KINDS)
def test_default_pack_uses_every_kind(kind: str) -> None:
    from factlint.config.rules import default_pack, load_rules

    assert kind in load_rules(default_pack()).kinds()


def _imports(path: Path, module: str) -> tuple[set[str], list[tuple[int, str]]]:
    """The factlint modules ``path`` imports at module level, and the imports it makes inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    top: set[str] = set()
    inner: list[tuple[int, str]] = []

    def targets(node: ast.Import | ast.ImportFrom) -> list[str]:
        if isinstance(node, ast.Import):
            return [alias.name for alias in node.names]
        base = node.module or ""
        if node.level:
            anchor = package.split(".")
            anchor = anchor[: len(anchor) - node.level + 1]
            base = ".".join([*anchor, *([base] if base else [])])
        # ``from . import x`` imports the module x when there is one, else the name x of the package.
        names = [f"{base}.{alias.name}" for alias in node.names]
        modules = [n for n in names if n in MODULES]
        return modules if len(modules) == len(names) else [base, *modules]

    def visit(node: ast.AST, in_function: bool, type_checking: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                if in_function:
                    inner.append((child.lineno, ", ".join(targets(child))))
                elif not type_checking:
                    top.update(t for t in targets(child) if t.startswith("factlint"))
            elif isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                visit(child, in_function, True)
            else:
                visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)), type_checking)

    visit(tree, False, False)
    return top, inner


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        top, _ = _imports(path, name)
        graph[name] = {t for t in top if t in modules and t != name}
    return graph


def test_no_import_cycle_in_the_package() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                raise AssertionError("import cycle: " + " → ".join(cycle))
            if nxt not in state:
                walk(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            walk(node)
    assert "factlint.engine.run" in graph and "factlint.checks.base" in graph  # the graph is real


# Third-party modules imported when first needed, because importing them is slow and most runs never
# need them (pint: 0.3 s, to convert a unit; dateparser: 0.2 s, for a dateline the loader's own
# patterns miss).
LAZY_IMPORTS = {"pint", "dateparser"}


def test_no_imports_inside_functions() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        _, inner = _imports(path, _module_name(path))
        found += [f"{path.relative_to(REPO)}:{line}: {what}" for line, what in inner if what.split(".")[0] not in LAZY_IMPORTS]
    assert found == []


def test_reporters_and_checks_do_not_know_the_engine() -> None:
    graph = _graph()

    def reaches(start: str, target: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            node = todo.pop()
            if node.startswith(target):
                return True
            if node not in seen:
                seen.add(node)
                todo.extend(graph.get(node, ()))
        return False

    for module in graph:
        if module.startswith(("factlint.checks", "factlint.reporters", "factlint.model", "factlint.binding", "factlint.quantities")):
            assert not reaches(module, "factlint.engine"), module
            assert not reaches(module, "factlint.cli"), module
