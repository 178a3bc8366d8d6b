"""Staleness: one key per summary, made of what the summary depends on and nothing else.

A summary is a pure function of the document's bytes (and its path and configured date), the
rule's kind and options, what the check ``needs`` of the rule set (its vocabulary: entities and
attributes) and factlint's own code. It is stored under two hashes of exactly those — the rule's
*scope* (everything but the document) and the *document key* — so an edited article, a changed
option or a new factlint never reuses a stale summary, while a comment or a severity edited in a
rule file, a new reference fact or another rule keeps every summary it does not affect.

A file whose size and modification time match the stamp recorded when it was last read keeps its
recorded content digest and is not read again (ruff and git's index do the same); a stamp taken
within 2 s of the file's mtime is never trusted ("racy clean" in git).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from .. import __version__
from ..checks.base import Check
from ..config.ruleset import Rule, RuleSet
from ..model import plain

FORMAT = "factlint-store-1"
KEY_SIZE = 20
RACY_NS = 2_000_000_000


@functools.lru_cache(maxsize=1)
def code_digest() -> bytes:
    """A hash of factlint's own source: an edited extractor or binder never reuses old summaries."""
    h = hashlib.blake2b(digest_size=16)
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes())
    return h.digest()


def content_digest(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=20).digest()


def _canonical(value: Any) -> bytes:
    return json.dumps(plain(value), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def vocabulary(ruleset: RuleSet) -> bytes:
    """The part of a rule set that binding and the term check read: entities and attributes,
    without where they were declared."""
    return _canonical({
        "entities": [(e.name, e.aliases, e.type, e.wrong, e.accepted) for e in ruleset.entities],
        "attributes": [(a.name, a.triggers, a.dimension, a.varies_over_time, a.subjects) for a in ruleset.attributes],
    })


def scope(check: Check[Any], rule: Rule, ruleset: RuleSet) -> bytes:
    """What a rule's summaries depend on besides the document: the format, the code, the kind, the
    options, and the vocabulary when the check needs it. Two rules with equal scopes share summaries."""
    h = hashlib.blake2b(digest_size=KEY_SIZE)
    h.update(f"{FORMAT}\0{__version__}\0{rule.kind}\0".encode())
    h.update(code_digest())
    h.update(_canonical(rule.options))
    if check.needs & {"claims", "vocabulary"}:
        h.update(vocabulary(ruleset))
    return h.digest()


def document_key(path: str, digest: bytes, date: dt.date | None) -> bytes:
    """A document as analysed: its path (claims carry it), its bytes and its configured date."""
    h = hashlib.blake2b(digest_size=KEY_SIZE)
    h.update(path.encode("utf-8", "surrogatepass") + b"\0")
    h.update(digest)
    h.update((date.isoformat() if date else "-").encode())
    return h.digest()


def ruleset_identity(ruleset: RuleSet) -> bytes:
    """Everything about a rule set that a report can show (severities, facts, rates, where they are
    declared): the key of a whole run's result."""
    return hashlib.blake2b(repr(ruleset).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def run_key(
    documents: Sequence[bytes | str], ruleset: RuleSet, today: dt.date, ignores: Mapping[str, Sequence[str]],
    focus: frozenset[str] | None, explain: bool, changed: frozenset[str] = frozenset(),
) -> bytes:
    """A whole run: every document's key in order (an unreadable file by its path), the rules, the
    date, the ignores, the focus, the changed files and whether statements were asked for."""
    h = hashlib.blake2b(digest_size=KEY_SIZE)
    h.update(f"{FORMAT}\0{__version__}\0".encode())
    h.update(code_digest())
    h.update(ruleset_identity(ruleset))
    for key in documents:
        h.update(key if isinstance(key, bytes) else b"unreadable:" + key.encode("utf-8", "surrogatepass"))
    h.update(_canonical({"today": today.isoformat(), "ignores": sorted((k, tuple(v)) for k, v in ignores.items()),
                         "focus": None if focus is None else sorted(focus), "explain": explain,
                         "changed": sorted(changed)}))
    return h.digest()


@dataclass(frozen=True)
class Stamp:
    """What a file's content digest was recorded with: trusted again while size and mtime are unchanged."""

    size: int
    mtime_ns: int
    digest: bytes
    recorded_ns: int

    def still_valid(self, size: int, mtime_ns: int) -> bool:
        return size == self.size and mtime_ns == self.mtime_ns and self.recorded_ns - mtime_ns > RACY_NS
