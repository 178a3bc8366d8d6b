"""Human-readable report: ``path:line:col: severity [rule] message``, related places indented.

Paths, rule ids, messages and notes pass through ``display.escape``: an article's control
characters (a quoted name holding ``ESC ] 0 ; … BEL``) are shown escaped, never sent to the terminal.
"""

from __future__ import annotations

import click

import unicodedata

from ..display import escape
from ..model import Document, RunResult, Span
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
        doc = result.documents.get(f.location.path)
        if options.source and doc is not None:
            lines.extend(style(x, dim=True) if i == 1 else x for i, x in enumerate(source_lines(doc, f.location.span)))
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


SOURCE_WIDTH = 100  # terminal columns of source shown under a finding


def width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def source_lines(doc: Document, span: Span) -> list[str]:
    """The line a finding starts on, under its place, with the span underlined (``^``) in the
    columns a terminal shows it in. A long line (a paragraph of a news article is one line) is
    cut to a window of SOURCE_WIDTH columns around the span, with ``…`` where it is cut."""
    start = doc.position(span.start)
    line_start = doc.line_starts[start.line - 1]
    line_end = doc.text.find("\n", line_start)
    text = doc.text[line_start:] if line_end == -1 else doc.text[line_start:line_end]
    s = span.start - line_start
    e = max(s + 1, min(span.end - line_start, len(text)))
    lo = max(0, s - 20) if width(text) > SOURCE_WIDTH else 0
    hi = lo
    while hi < len(text) and width(escape(text[lo:hi + 1])) <= SOURCE_WIDTH - 2:
        hi += 1
    before, marked, after = escape(text[lo:s]), escape(text[s:min(e, hi)]), escape(text[min(e, hi):hi])
    head = "…" if lo > 0 else ""
    tail = "…" if hi < len(text) else ""
    number = str(start.line)
    gutter = " " * len(number)
    return [
        f"    {number} | {head}{before}{marked}{after}{tail}",
        f"    {gutter} | {' ' * (width(head) + width(before))}{'^' * max(1, width(marked))}",
    ]
