"""Human-readable report: ``path:line:col: severity [rule] message``, related places indented.

Paths, rule ids, messages and notes pass through ``display.escape``: an article's control
characters (a quoted name holding ``ESC ] 0 ; … BEL``) are shown escaped, never sent to the terminal.
"""

from __future__ import annotations

import click

from ..display import escape
from ..model import RunResult
from .base import ReportOptions, region

_COLORS = {"error": "red", "warning": "yellow", "info": "blue"}


def render(result: RunResult, options: ReportOptions) -> str:
    def style(text: str, **kw: object) -> str:
        return click.style(text, **kw) if options.color else text  # type: ignore[arg-type]

    lines: list[str] = []
    for problem in result.problems:
        lines.append(f"{style(escape(problem.path), bold=True)}: {style('input error', fg='red', bold=True)}: {escape(problem.message)}")
    for f in result.findings:
        r = region(result.documents, f.location)
        where = style(f"{escape(r['path'])}:{r['line']}:{r['column']}", bold=True)
        lines.append(f"{where}: {style(f.severity, fg=_COLORS[f.severity])} [{escape(f.rule)}] {escape(f.message)}")
        for rel in f.related:
            rr = region(result.documents, rel)
            note = f" {escape(rel.note)}" if rel.note else ""
            lines.append(f"    {style('related', dim=True)}: {escape(rr['path'])}:{rr['line']}:{rr['column']}{note}")
    if options.verbose:
        for skipped in options.skipped:
            lines.append(f"{escape(skipped.path)}: skipped ({escape(skipped.reason)})")
    if not options.quiet:
        lines.append(summary_line(result))
    return "".join(line + "\n" for line in lines)


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
