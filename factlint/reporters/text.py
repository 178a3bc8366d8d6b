"""Human-readable report: ``path:line:col: severity [rule] message``, related places indented."""

from __future__ import annotations

import click

from ..model import RunResult
from .base import ReportOptions, region

_COLORS = {"error": "red", "warning": "yellow", "info": "blue"}


def render(result: RunResult, options: ReportOptions) -> str:
    def style(text: str, **kw: object) -> str:
        return click.style(text, **kw) if options.color else text  # type: ignore[arg-type]

    lines: list[str] = []
    for problem in result.problems:
        lines.append(f"{style(problem.path, bold=True)}: {style('input error', fg='red', bold=True)}: {problem.message}")
    for f in result.findings:
        r = region(result.documents, f.location)
        where = style(f"{r['path']}:{r['line']}:{r['column']}", bold=True)
        lines.append(f"{where}: {style(f.severity, fg=_COLORS[f.severity])} [{f.rule}] {f.message}")
        for rel in f.related:
            rr = region(result.documents, rel)
            note = f" {rel.note}" if rel.note else ""
            lines.append(f"    {style('related', dim=True)}: {rr['path']}:{rr['line']}:{rr['column']}{note}")
    if options.verbose:
        for path in options.skipped:
            lines.append(f"{path}: skipped (not a .txt or .md article)")
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def summary_line(result: RunResult) -> str:
    counts = result.summary()
    files = f"{result.files} file{'s' if result.files != 1 else ''}"
    parts = [f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}" for sev, n in counts.items()]
    text = f"{files} checked: {', '.join(parts)}"
    if result.problems:
        text += f"; {len(result.problems)} file{'s' if len(result.problems) != 1 else ''} could not be read"
    unchecked = sum(1 for s in result.statements if s.verdict == "unchecked")
    if unchecked:  # recognised but not decidable: never silent (#15)
        text += f"; {unchecked} statement{'s' if unchecked != 1 else ''} could not be checked: --explain lists them"
    return text
