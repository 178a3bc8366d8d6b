"""`arithmetic` check — being implemented; no rule in the default pack uses it yet."""

from __future__ import annotations

from typing import Any, Iterator

from ..model import Finding

KIND = "arithmetic"
OPTIONS_SCHEMA: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": {}}
DEFAULTS: dict[str, Any] = {}


def check(ctx: Any, rule: Any) -> Iterator[Finding]:
    return iter(())
