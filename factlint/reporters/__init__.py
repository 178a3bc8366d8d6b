"""One module per output format, each with ``render(result, options) -> str``."""

from __future__ import annotations

from types import ModuleType

from . import github, gitlab, json, jsonl, junit, sarif, text

REPORTERS: dict[str, ModuleType] = {
    "text": text, "json": json, "jsonl": jsonl, "sarif": sarif, "github": github, "gitlab": gitlab, "junit": junit,
}
