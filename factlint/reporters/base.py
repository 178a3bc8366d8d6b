"""What every reporter shares: options and turning a Location into positions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from ..model import Document, Location


@dataclass(frozen=True)
class ReportOptions:
    color: bool = False
    verbose: bool = False
    skipped: tuple[str, ...] = ()


def region(documents: Mapping[str, Document], loc: Location) -> dict[str, Any]:
    """1-based line/column of a location; ``end_column`` is one past the last character (as in SARIF)."""
    doc = documents.get(loc.path)
    if doc is None:
        return {"path": loc.path, "line": 1, "column": 1, "end_line": 1, "end_column": 1}
    start = doc.position(loc.span.start)
    end = doc.position(loc.span.end)
    return {"path": loc.path, "line": start.line, "column": start.column, "end_line": end.line, "end_column": end.column}
