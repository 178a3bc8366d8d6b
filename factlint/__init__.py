"""factlint: lint prose for facts.

The public API (docs/api.md)::

    import factlint
    result = factlint.lint(["articles/"])            # -> factlint.RunResult
    for f in result.findings:                        # factlint.Finding
        print(f.rule, f.severity, f.location.path, f.message)

``lint``, ``load_rules``, ``Finding``, ``RunResult``, ``RuleSet`` and ``FactlintError`` are the
API; everything else may change. They are imported on first use, so ``import factlint`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["FactlintError", "Finding", "RuleSet", "RunResult", "__version__", "lint", "load_rules"]

if TYPE_CHECKING:
    from .api import lint, load_rules
    from .config.ruleset import RuleSet
    from .errors import FactlintError
    from .model import Finding, RunResult

_EXPORTS = {
    "lint": ("api", "lint"),
    "load_rules": ("api", "load_rules"),
    "Finding": ("model", "Finding"),
    "RunResult": ("model", "RunResult"),
    "RuleSet": ("config.ruleset", "RuleSet"),
    "FactlintError": ("errors", "FactlintError"),
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'factlint' has no attribute {name!r}")
    module, attribute = _EXPORTS[name]
    return getattr(importlib.import_module(f".{module}", __name__), attribute)
