"""One module per output format, each with ``render(result, options) -> str``."""

from __future__ import annotations

from types import ModuleType

from . import github, json, sarif, text

REPORTERS: dict[str, ModuleType] = {"text": text, "json": json, "sarif": sarif, "github": github}
