"""JSON Lines: one JSON object per line — each finding, then each input problem — for tools that
stream or ``grep`` a report (``jq -c 'select(.severity == "error")'``).

A finding's object is the JSON report's finding (docs/report-format.md) with ``"type": "finding"``
first; an input problem is ``{"type": "problem", "path", "message"}``. No summary line: count the
lines. UTF-8, ``ensure_ascii=False``, keys in a fixed order, no timestamps.
"""

from __future__ import annotations

from typing import Any

from ..display import json_report
from ..model import RunResult
from .base import ReportOptions
from .json import _jsonable, finding_dict

BINARY = True


def render(result: RunResult, options: ReportOptions) -> str:
    items: list[dict[str, Any]] = [{"type": "finding", **finding_dict(f, result.documents)} for f in result.findings]
    items.extend({"type": "problem", "path": p.path, "message": p.message} for p in result.problems)
    return "".join(
        json_report(item, indent=None, default=_jsonable) + "\n" for item in items
    )
