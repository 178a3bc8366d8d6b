"""What every reporter shares: options and turning a Location into positions."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

from .. import __version__
from ..model import KINDS, Document, Location

if TYPE_CHECKING:
    from ..config.ruleset import Rule
    from ..loader import SkippedFile


@dataclass(frozen=True)
class ReportOptions:
    color: bool = False
    verbose: bool = False
    skipped: tuple[SkippedFile, ...] = ()  # files left out on purpose, listed with -v
    rules: tuple[Rule, ...] = ()  # the loaded rules, for reports that describe them (SARIF)
    quiet: bool = False  # text: the findings only, no summary line
    source: bool = True  # text: the source line under each finding, the span underlined


DOCS_URL = "https://github.com/factlint/factlint/blob/v{version}/{page}"


def rule_url(kind: str) -> str:
    """Where a finding's rule is documented: its kind's page (``factlint explain KIND`` prints the
    same text), at the released version's tag so the page matches the installed factlint; an
    inline-suppression problem points at the README's configuration section, which documents them."""
    page = f"docs/checks/{kind}.md" if kind in KINDS else "README.md#configuration"
    return DOCS_URL.format(version=__version__, page=page)


def region(documents: Mapping[str, Document], loc: Location) -> dict[str, Any]:
    """1-based line/column of a location; ``end_column`` is one past the last character (as in SARIF)."""
    doc = documents.get(loc.path)
    if doc is None:
        line = loc.line or 1
        return {"path": loc.path, "line": line, "column": 1, "end_line": line, "end_column": 1}
    start = doc.position(loc.span.start)
    end = doc.position(loc.span.end)
    return {"path": loc.path, "line": start.line, "column": start.column, "end_line": end.line, "end_column": end.column}


def report_path(path: str, root: str) -> str:
    """A path as CI tools want it: normalised, ``/``-separated, relative to ``root`` when under it.

    ``./seeds/a.txt`` → ``seeds/a.txt``; an absolute path outside ``root`` stays absolute.
    """
    norm = os.path.normpath(path)
    if os.path.isabs(norm):
        rel = os.path.relpath(norm, root) if _is_under(norm, root) else norm
        norm = rel
    return norm.replace(os.sep, "/")


def _is_under(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([path, os.path.abspath(root)]) == os.path.abspath(root)
    except ValueError:  # different drives on Windows
        return False
