"""Apply the safe fixes findings carry (``factlint lint --fix``) or show them (``--diff``).

A finding's ``fix`` edits are offsets into ``Document.text``, which has the BOM removed and CRLF
folded to LF. Fixes are applied to the file's own text instead: each offset is moved past the
CRLFs before it, the BOM is written back, and every byte outside the edited spans stays as it was.
A file whose text changed since it was linted is left alone. Files are replaced atomically
(a temporary file in the same folder, then ``os.replace``), keeping their permissions.
"""

from __future__ import annotations

import bisect
import difflib
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .display import escape
from .model import Document, Edit, Finding, RunResult

_BOM = "\ufeff"


@dataclass(frozen=True)
class Change:
    """One edit as applied, for the report: where (1-based, in the linted text), what, and why."""

    path: str
    line: int
    column: int
    old: str
    new: str
    rule: str


@dataclass(frozen=True)
class FileFix:
    path: str
    original: str  # the file's text as stored (BOM and CRLF kept)
    fixed: str
    changes: tuple[Change, ...]
    fixed_findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def plan(findings: Iterable[Finding], documents: Mapping[str, Document]) -> tuple[tuple[FileFix, ...], tuple[Skipped, ...]]:
    """What ``--fix`` would write, file by file, without writing anything.

    Overlapping edits are not combined: the first (by position) wins and the other finding stays
    reported. Findings whose edits span several files are applied whole or not at all per file.
    """
    by_path: dict[str, list[tuple[Edit, Finding]]] = {}
    for f in findings:
        for edit in f.fix:
            by_path.setdefault(edit.path, []).append((edit, f))
    fixes: list[FileFix] = []
    skipped: list[Skipped] = []
    for path in sorted(by_path):
        doc = documents.get(path)
        if doc is None:
            skipped.append(Skipped(path, "not among the linted documents"))
            continue
        try:
            raw = Path(path).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            skipped.append(Skipped(path, f"cannot read: {exc}"))
            continue
        result = _plan_file(doc, raw, by_path[path])
        if isinstance(result, Skipped):
            skipped.append(result)
        elif result.changes:
            fixes.append(result)
    return tuple(fixes), tuple(skipped)


def _plan_file(doc: Document, raw: str, edits: Sequence[tuple[Edit, Finding]]) -> FileFix | Skipped:
    bom = _BOM if raw.startswith(_BOM) else ""
    body = raw[len(bom) :]
    if body.replace("\r\n", "\n").replace("\r", "\n") != doc.text:
        return Skipped(doc.path, "the file changed since it was linted")
    crlf = _crlf_positions(body)
    chosen: list[tuple[Edit, Finding]] = []
    end = -1
    for edit, finding in sorted(edits, key=lambda ef: (ef[0].span.start, ef[0].span.end)):
        if edit.span.start < end or edit.span.end > len(doc.text):
            continue
        chosen.append((edit, finding))
        end = edit.span.end
    pieces: list[str] = []
    pos = 0
    changes: list[Change] = []
    applied: dict[int, Finding] = {}  # by identity: a finding's data need not be hashable
    for edit, finding in chosen:
        start, stop = _raw_offset(crlf, edit.span.start), _raw_offset(crlf, edit.span.end)
        old = body[start:stop]
        if old != doc.slice(edit.span):  # an edit across a line break: never produced, never applied
            continue
        pieces.append(body[pos:start])
        pieces.append(edit.replacement)
        pos = stop
        where = doc.position(edit.span.start)
        changes.append(Change(doc.path, where.line, where.column, old, edit.replacement, finding.rule))
        applied[id(finding)] = finding
    pieces.append(body[pos:])
    return FileFix(doc.path, raw, bom + "".join(pieces), tuple(changes), tuple(applied.values()))


def _crlf_positions(body: str) -> list[int]:
    """Offsets in the normalised text of each line break that is CRLF in the file."""
    out: list[int] = []
    i = body.find("\r\n")
    while i != -1:
        out.append(i - len(out))
        i = body.find("\r\n", i + 2)
    return out


def _raw_offset(crlf: Sequence[int], offset: int) -> int:
    return offset + bisect.bisect_left(crlf, offset)


def write(fixes: Iterable[FileFix]) -> None:
    """Replace each file atomically with its fixed text (same folder, same permissions)."""
    for fix in fixes:
        target = Path(fix.path)
        mode = target.stat().st_mode
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".factlint-tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(fix.fixed.encode("utf-8"))
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, mode & 0o7777)
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


def render_diff(fixes: Iterable[FileFix]) -> str:
    """A unified diff of every planned fix (``git apply``-able; lines keep their own endings)."""
    out: list[str] = []
    for fix in fixes:
        before = fix.original.splitlines(keepends=True)
        after = fix.fixed.splitlines(keepends=True)
        relative = not os.path.isabs(fix.path)
        old, new = (f"a/{fix.path}", f"b/{fix.path}") if relative else (fix.path, fix.path)
        for line in difflib.unified_diff(before, after, old, new):
            out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def render_changes(fixes: Sequence[FileFix], skipped: Sequence[Skipped] = ()) -> str:
    """``path:line:col: fixed 'HyperClova' → 'HyperCLOVA' [rule]`` per change, and a total."""
    lines = [escape(f"{c.path}:{c.line}:{c.column}: fixed '{c.old}' → '{c.new}' [{c.rule}]") for fix in fixes for c in fix.changes]
    lines.extend(escape(f"{s.path}: not fixed: {s.reason}") for s in skipped)
    count = sum(len(fix.changes) for fix in fixes)
    lines.append(f"{count} fix{'es' if count != 1 else ''} in {len(fixes)} file{'s' if len(fixes) != 1 else ''}")
    return "\n".join(lines) + "\n"


def fix_result(result: RunResult, write_files: bool) -> tuple[RunResult, tuple[FileFix, ...], tuple[Skipped, ...]]:
    """Plan (and with ``write_files`` apply) the fixes of a run; the result keeps the findings not fixed."""
    fixes, skipped = plan(result.findings, result.documents)
    if not write_files:
        return result, fixes, skipped
    write(fixes)
    done = {id(f) for fix in fixes for f in fix.fixed_findings}
    return replace(result, findings=tuple(f for f in result.findings if id(f) not in done)), fixes, skipped
