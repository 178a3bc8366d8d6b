"""Per-file analysis cache: SQLite under ``.factlint_cache/``, keyed by content hash.

A key is the hash of (cache format, factlint version, the rule set, the path,
the file's bytes), so an edited file, a changed rule or a new factlint never
reuses a stale entry. Entries are pickles the cache itself wrote; a database
that cannot be read or holds another format is deleted and rebuilt, never
trusted. SQLite's locking makes concurrent runs safe (WAL mode, busy timeout).
The folder carries a ``.gitignore`` of ``*`` so it is never committed.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from . import __version__
from .config.rules import RuleSet
from .context import Analysis
from .model import Document

if TYPE_CHECKING:
    from .engine import RunResult

FORMAT = "factlint-cache-5"
# A file modified this close to when its digest was recorded may have changed again within the same
# timestamp tick, with the same size ("racy clean" in git's index): such entries are always re-read.
RACY_NS = 2_000_000_000
KEEP_RESULTS = 4
DEFAULT_DIR = ".factlint_cache"


@functools.lru_cache(maxsize=1)
def code_digest() -> bytes:
    """A hash of factlint's own source: an edited extractor or binder never reuses old analyses."""
    h = hashlib.blake2b(digest_size=16)
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes())
    return h.digest()


def ruleset_salt(ruleset: RuleSet) -> bytes:
    """Everything besides the file that an analysis depends on: format, version, code and rules."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{FORMAT}\0{__version__}\0".encode())
    h.update(code_digest())
    if ruleset.files:
        # The rule set is a function of its files (and the code): hash their bytes. Pickling the
        # RuleSet itself is not stable across processes (set order follows the string hash seed).
        for path in ruleset.files:
            h.update(path.encode("utf-8", "surrogatepass") + b"\0")
            try:
                h.update(Path(path).read_bytes())
            except OSError:
                h.update(b"unreadable")
    else:
        h.update(repr(ruleset).encode())  # built in code (tests, `rules test`): no files to hash
    return h.digest()


def content_digest(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=20).digest()


def file_key(salt: bytes, path: str, digest: bytes) -> bytes:
    """The cache key of one file's analysis: the salt (format, code, rules), its path and its content digest."""
    h = hashlib.blake2b(salt, digest_size=20)
    h.update(path.encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(digest)
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


class AnalysisCache:
    def __init__(self, root: Path | str = DEFAULT_DIR) -> None:
        self.root = Path(root)
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None:
            return self._db
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            ignore = self.root / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# created by factlint\n*\n", encoding="utf-8")
            self._db = self._open()
        except (OSError, sqlite3.Error):
            self._db = None  # an unusable cache only costs time
        return self._db

    def _open(self) -> sqlite3.Connection:
        path = self.root / "analysis.sqlite3"
        for attempt in range(2):
            db = sqlite3.connect(path, timeout=30, isolation_level=None)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
                row = db.execute("SELECT v FROM meta WHERE k='format'").fetchone()
                if row is None or row[0] != FORMAT:
                    db.execute("DROP TABLE IF EXISTS entries")
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))
                    db.execute("DROP TABLE IF EXISTS results")
                    db.execute("DROP TABLE IF EXISTS files")
                db.execute("CREATE TABLE IF NOT EXISTS entries (key BLOB PRIMARY KEY, value BLOB NOT NULL)")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, "
                    "mtime_ns INTEGER NOT NULL, digest BLOB NOT NULL, recorded_ns INTEGER NOT NULL)"
                )
                db.execute("CREATE TABLE IF NOT EXISTS results (key BLOB PRIMARY KEY, value BLOB NOT NULL, stamp INTEGER)")
                return db
            except sqlite3.DatabaseError:
                db.close()
                if attempt:
                    raise
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
        raise AssertionError("unreachable")

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, tuple[Document, Analysis]]:
        db = self._connect()
        found: dict[bytes, tuple[Document, Analysis]] = {}
        if db is None or not keys:
            return found
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for key, value in db.execute(f"SELECT key, value FROM entries WHERE key IN ({marks})", chunk):
                    entry = _unpickle(value)
                    if entry is not None:
                        found[key] = entry
        except sqlite3.Error:
            return {}
        return found

    def _write(self, statements: Sequence[tuple[str, Any]]) -> None:
        """Run (sql, parameters) pairs in one write transaction; a failed write only costs a cache miss."""
        db = self._connect()
        if db is None:
            return
        try:
            db.execute("BEGIN IMMEDIATE")
            for sql, parameters in statements:
                if isinstance(parameters, list):
                    db.executemany(sql, parameters)
                else:
                    db.execute(sql, parameters)
            db.execute("COMMIT")
        except sqlite3.Error:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def put_many(self, items: Iterable[tuple[bytes, Document, Analysis]]) -> None:
        rows = []
        for key, doc, analysis in items:
            try:
                rows.append((key, pickle.dumps((doc, analysis), protocol=5)))
            except (TypeError, pickle.PicklingError, AttributeError):
                continue  # unpicklable prepared data: that file is simply not cached
        if rows:
            self._write([("INSERT OR REPLACE INTO entries VALUES (?, ?)", rows)])

    def stamps(self) -> dict[str, Stamp]:
        """Every recorded file stamp (path → size, mtime, content digest): 10,000 stats and one query
        instead of reading and hashing 48 MB on every run."""
        db = self._connect()
        if db is None:
            return {}
        try:
            rows = db.execute("SELECT path, size, mtime_ns, digest, recorded_ns FROM files").fetchall()
        except sqlite3.Error:
            return {}
        return {path: Stamp(size, mtime, digest, recorded) for path, size, mtime, digest, recorded in rows}

    def put_stamps(self, rows: Iterable[tuple[str, int, int, bytes, int]]) -> None:
        """Record (path, size, mtime_ns, digest, recorded_ns) of files just read."""
        rows = list(rows)
        if rows:
            self._write([("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", rows)])

    def get_result(self, key: bytes) -> RunResult | None:
        """The finished result of an identical earlier run, if any."""
        from .engine import RunResult

        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        try:
            result = pickle.loads(row[0])
        except Exception:  # noqa: BLE001 - a corrupt entry is a miss
            return None
        return result if isinstance(result, RunResult) else None

    def put_result(self, key: bytes, result: RunResult) -> None:
        """Remember a run's result; only the newest few are kept (one per corpus state worth re-asking)."""
        try:
            blob = pickle.dumps(result, protocol=5)
        except (TypeError, pickle.PicklingError, AttributeError):
            return  # a check put something unpicklable in a finding: the run stays correct, just uncached
        self._write([
            ("INSERT OR REPLACE INTO results VALUES (?, ?, strftime('%s','now'))", (key, blob)),
            ("DELETE FROM results WHERE key NOT IN (SELECT key FROM results ORDER BY stamp DESC, rowid DESC LIMIT ?)",
             (KEEP_RESULTS,)),
        ])

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _unpickle(value: bytes) -> tuple[Document, Analysis] | None:
    try:
        entry = pickle.loads(value)
    except Exception:  # noqa: BLE001 - a corrupt entry is a miss, never an error
        return None
    if (
        isinstance(entry, tuple)
        and len(entry) == 2
        and isinstance(entry[0], Document)
        and isinstance(entry[1], Analysis)
    ):
        return entry
    return None
