"""GitHub Actions workflow annotations: one ``::error``/``::warning``/``::notice`` command per finding.

Chosen by default when the ``GITHUB_ACTIONS`` environment variable is set and no format is
given. A finding reads, on one line::

    ::error file=seeds/a.txt,line=3,col=12,endLine=3,endColumn=19,title=factlint copied-paragraph (duplicate)::message

Escaping follows the runner's rules (actions/toolkit, packages/core/src/command.ts): in the
message ``%``, ``\\r`` and ``\\n`` become ``%25``, ``%0D`` and ``%0A``; in the properties also
``:`` and ``,`` become ``%3A`` and ``%2C``. Related places follow the message on their own
lines (escaped newlines, so the annotation shows them). Columns count code points and
``endColumn`` is one past the last character, as in the SARIF report. Input problems are
``::error file=…::`` annotations; the last line is the plain summary for the log.

Every piece that comes from an article, a rule file or a file name passes through
``display.escape`` first: a control character is written ``\\x1b`` (the log renders ANSI
sequences) and a newline inside a message or a rule id can never end the command and start
another one (``::error::…`` or ``::add-mask::…`` on a line of its own).
"""

from __future__ import annotations

import os
from typing import Mapping

from ..display import escape
from ..model import Document, Finding, RunResult
from .base import ReportOptions, region, report_path
from .text import summary_line

COMMANDS: Mapping[str, str] = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The runner's escaping of a command's message (its own line breaks become %0A)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: Mapping[str, str | int], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def render(result: RunResult, options: ReportOptions) -> str:
    root = os.getcwd()
    lines = [
        command("error", {"file": escape(report_path(p.path, root)), "title": "factlint input error"}, escape(p.message))
        for p in result.problems
    ]
    lines.extend(annotation(f, result.documents, root) for f in result.findings)
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def annotation(f: Finding, documents: Mapping[str, Document], root: str) -> str:
    r = region(documents, f.location)
    properties: dict[str, str | int] = {"file": escape(report_path(f.location.path, root))}
    if f.location.path in documents:
        properties.update(line=r["line"], col=r["column"], endLine=r["end_line"], endColumn=r["end_column"])
    properties["title"] = f"factlint {escape(f.rule)} ({f.kind})"
    message = escape(f.message)
    for rel in f.related:
        rr = region(documents, rel)
        note = f" {escape(rel.note)}" if rel.note else ""
        message += f"\nrelated: {escape(report_path(rel.path, root))}:{rr['line']}:{rr['column']}{note}"
    return command(COMMANDS[f.severity], properties, message)
