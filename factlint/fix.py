"""Apply the safe fixes findings carry (``factlint lint --fix``) or show them (``--diff``).

A finding's ``fix`` edits are offsets into ``Document.text``, which has the BOM removed and CRLF
folded to LF. Fixes are applied to the file's own text instead: each offset is moved past the
CRLFs before it, the BOM is written back, and every byte outside the edited spans stays as it was.

Nothing the user wrote is changed unless it is still what was linted, and a file that cannot be
fixed is reported and the others are still fixed (the CLI exits 2). Each file is checked when it
is planned and again just before it is written; refused are:

- a file that changed since it was linted (an edit saved while factlint ran is kept), including
  one the run itself found changed while reading it;
- a read-only file (no write permission bit, or not writable by us): its mode says "do not edit";
- a file that is no longer a regular file.

A file is replaced atomically: a temporary file beside it, written and synced, then
``os.replace``, keeping its permissions (and its owner where allowed). A symbolic link is written
through: its target is fixed and the link stays a link. A file with several hard links is
rewritten in place instead, so every link sees the fix (replacing it would split the links and
fix only one name); should that write fail, the original bytes are put back. A folder we may not
write in is reported, not a crash.
"""

from __future__ import annotations

import bisect
import contextlib
import difflib
import os
import stat
import tempfile
from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

from .display import escape
from .loader import read_bytes
from .model import Document, Edit, Finding, InputProblem, RunResult

_BOM = "\ufeff"
CHANGED = "the file changed since it was linted (an edit saved meanwhile is kept)"


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


def plan(findings: Iterable[Finding], documents: Mapping[str, Document],
         changed: Iterable[str] = ()) -> tuple[tuple[FileFix, ...], tuple[Skipped, ...]]:
    """What ``--fix`` would write, file by file, without writing anything.

    Overlapping edits are not combined: the first (by position) wins and the other finding stays
    reported. Findings whose edits span several files are applied whole or not at all per file.
    ``changed`` names files the run found changed while it read them: their documents may hold
    the new text while the findings' offsets are the old text's, so they are never fixed.
    """
    changed = frozenset(changed)
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
        if path in changed:
            skipped.append(Skipped(path, CHANGED))
            continue
        data = read_bytes(path, _bound(doc))
        if isinstance(data, InputProblem):
            skipped.append(Skipped(path, f"cannot read it again: {data.message}"))
            continue
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            skipped.append(Skipped(path, CHANGED))
            continue
        result = _plan_file(doc, raw, by_path[path])
        if isinstance(result, Skipped):
            skipped.append(result)
        elif result.changes:
            fixes.append(result)
    return tuple(fixes), tuple(skipped)


def _bound(doc: Document) -> int:
    """The most bytes the file of ``doc`` can have: 4 per character, a CR per line, a BOM."""
    return 4 * len(doc.text) + doc.text.count("\n") + 3


def _plan_file(doc: Document, raw: str, edits: Sequence[tuple[Edit, Finding]]) -> FileFix | Skipped:
    bom = _BOM if raw.startswith(_BOM) else ""
    body = raw[len(bom) :]
    if body.replace("\r\n", "\n").replace("\r", "\n") != doc.text:
        return Skipped(doc.path, CHANGED)
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


def write(fixes: Iterable[FileFix]) -> tuple[tuple[FileFix, ...], tuple[Skipped, ...]]:
    """Write every fix that may be written; the fixes written and, for the others, why not.
    Never stops half-way: a file that cannot be written is reported and the next one is tried."""
    written: list[FileFix] = []
    refused: list[Skipped] = []
    # Two linted names of one file (a link in the corpus, hard links) are written once: files are
    # told apart by device and inode, taken before anything is written (a replaced file gets a new one).
    targets: list[tuple[FileFix, str, os.stat_result | str]] = []
    for fix in fixes:
        target = os.path.realpath(fix.path)  # through a symbolic link: fix its target, keep the link
        try:
            targets.append((fix, target, os.stat(target)))
        except OSError as exc:
            targets.append((fix, target, f"cannot read it: {exc.strerror or exc}"))
    tried: dict[tuple[int, int], tuple[FileFix, str | None]] = {}  # (device, inode) → first fix, its outcome
    for fix, target, st in targets:
        if isinstance(st, str):
            reason: str | None = st
        elif (st.st_dev, st.st_ino) in tried:
            first, outcome = tried[(st.st_dev, st.st_ino)]
            reason = outcome if first.fixed == fix.fixed else f"the same file as {first.path}, fixed under that name"
        else:
            reason = _write_one(fix, target, st)
            tried[(st.st_dev, st.st_ino)] = (fix, reason)
        if reason is None:
            written.append(fix)
        else:
            refused.append(Skipped(fix.path, reason))
    return tuple(written), tuple(refused)


def _write_one(fix: FileFix, target: str, st: os.stat_result) -> str | None:
    if not stat.S_ISREG(st.st_mode):
        return "no longer a regular file"
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        return f"the file is read-only (mode {stat.S_IMODE(st.st_mode):04o}); make it writable to let --fix change it"
    expected, new = fix.original.encode("utf-8"), fix.fixed.encode("utf-8")
    if st.st_nlink > 1:
        return _rewrite_in_place(target, expected, new)
    return _replace(target, st, expected, new)


def _replace(target: str, st: os.stat_result, expected: bytes, new: bytes) -> str | None:
    """A temporary file beside ``target``, then ``os.replace``: readers see the old or the new file."""
    folder, name = os.path.split(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".factlint-tmp", dir=folder or ".")
    except OSError as exc:
        return f"cannot create a file in {folder or '.'}: {exc.strerror or exc}"
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(new)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        if hasattr(os, "chown"):
            with contextlib.suppress(OSError):  # only root may give a file away; others keep their own
                os.chown(tmp, st.st_uid, st.st_gid)
        if read_bytes(target, len(expected)) != expected:  # the last moment before replacing it
            os.unlink(tmp)
            return CHANGED
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return f"cannot write it: {exc.strerror or exc}"
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return None


def _rewrite_in_place(target: str, expected: bytes, new: bytes) -> str | None:
    """Overwrite the file itself (every hard link sees the fix); on failure, put the original back."""
    try:
        with open(target, "r+b") as f:
            if f.read() != expected:
                return CHANGED
            try:
                f.seek(0)
                f.write(new)
                f.truncate()
                f.flush()
                os.fsync(f.fileno())
            except OSError as exc:
                with contextlib.suppress(OSError):  # the original bytes fit: they were there a moment ago
                    f.seek(0)
                    f.write(expected)
                    f.truncate()
                    f.flush()
                return f"cannot write it: {exc.strerror or exc}; left as it was"
    except OSError as exc:
        return f"cannot write it: {exc.strerror or exc}"
    return None


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
    """Plan (and with ``write_files`` apply) the fixes of a run: the result keeping the findings not
    fixed, the fixes planned (or written), and the files that could not be fixed, with the reason."""
    fixes, skipped = plan(result.findings, result.documents, changed=(p.path for p in result.problems))
    if not write_files:
        return result, fixes, skipped
    fixes, refused = write(fixes)
    done = {id(f) for fix in fixes for f in fix.fixed_findings}
    return replace(result, findings=tuple(f for f in result.findings if id(f) not in done)), fixes, skipped + refused
