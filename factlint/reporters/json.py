"""The JSON report: a stable contract for tools (see docs/report-format.md).

Always valid UTF-8: a file name that is not UTF-8 shows each undecodable byte as ``\\xNN``, as
the other reports do (``display``); control characters are JSON escapes.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Mapping

from .. import __version__
from ..display import json_report
from ..model import Document, Finding, RunResult
from .base import ReportOptions, region, rule_url


# Machine-readable: written to stdout as UTF-8 bytes whatever the console encoding.
BINARY = True


def finding_dict(f: Finding, documents: Mapping[str, Document]) -> dict[str, Any]:
    """One finding as the JSON report (and JSON Lines) show it."""
    item: dict[str, Any] = {"rule": f.rule, "kind": f.kind, "severity": f.severity, "message": f.message}
    item.update(region(documents, f.location))
    item["related"] = [
        {**region(documents, r), **({"note": r.note} if r.note else {})} for r in f.related
    ]
    item["url"] = rule_url(f.kind)
    item["data"] = dict(f.data)
    return item


def to_dict(result: RunResult) -> dict[str, Any]:
    findings = [finding_dict(f, result.documents) for f in result.findings]
    return {
        "tool": "factlint",
        "version": __version__,
        "files": result.files,
        "findings": findings,
        "problems": [{"path": p.path, "message": p.message} for p in result.problems],
        "summary": result.summary(),
    }


def render(result: RunResult, options: ReportOptions) -> str:
    return json_report(to_dict(result), default=_jsonable) + "\n"


def _jsonable(value: Any) -> Any:
    if isinstance(value, Fraction):
        return int(value) if value.denominator == 1 else float(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return str(value)
