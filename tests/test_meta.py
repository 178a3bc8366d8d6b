"""Adding a kind = one module, one registry line, one test file, one doc entry: keep them in step."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from factlint.checks import CHECKS
from factlint.model import KINDS

REPO = Path(__file__).resolve().parent.parent


def test_registry_holds_exactly_the_kinds() -> None:
    assert tuple(CHECKS) == KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_kind_is_complete(kind: str) -> None:
    module = CHECKS[kind]
    assert module.KIND == kind
    doc = module.__doc__ or ""
    for heading in ("What it does", "Why", "Example", "Options"):
        assert heading in doc, f"{kind}: the module docstring (its manual) lacks '{heading}'"
    schema = module.OPTIONS_SCHEMA
    assert schema.get("additionalProperties") is False, f"{kind}: unknown options must be errors"
    jsonschema.Draft202012Validator(schema).validate(module.DEFAULTS)
    assert callable(module.check)
    assert (REPO / "tests" / "checks" / f"test_{kind}.py").is_file(), f"{kind}: no test file"
    assert (REPO / "docs" / "checks" / f"{kind}.md").is_file(), f"{kind}: no doc page"


@pytest.mark.parametrize("kind", KINDS)
def test_default_pack_uses_every_kind(kind: str) -> None:
    from factlint.config.rules import default_pack, load_rules

    assert kind in load_rules(default_pack()).kinds()
