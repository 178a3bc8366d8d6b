"""The cache on disk: SQLite under ``.factlint_cache/``, holding data that cannot run code.

What it keeps:

- ``stamps``: each file's size, modification time and content digest, so an unchanged file is
  not read again;
- ``summaries``: each (document, rule) summary as the check's codec wrote it, under the key of
  ``engine.keys`` (what the summary depends on), with the rule's *scope* (the part of the key
  that is not the document) and, for checks whose focused runs follow related documents, the
  summary's related keys;
- ``results``: the findings of the last few whole runs, answered again when nothing changed;
- ``rulesets``: the last few validated rule sets, by their files' bytes.

Nothing is pickled: values are bytes that the engine decodes against a type (``factlint.codec``),
and a value that does not decode is a miss, computed again and written over. The database itself
is checked when opened: a file that is not SQLite, has another format, or holds any table, index,
view or trigger this module did not create is deleted and made again (a repository that commits a
crafted cache gets nothing run). The folder is never used through a symbolic link.

The store stays small: summaries of rule sets no longer in use are dropped at once, and when the
summaries the last run did not use (of edited or deleted articles) reach a quarter of those it
did, or the database passes ``cache_max_mb``, they are dropped and the space given back. SQLite's locking makes
concurrent runs safe (WAL mode, busy timeout). The folder carries a ``.gitignore`` of ``*``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import xxhash

from .keys import FORMAT, KEY_SIZE, Stamp

DEFAULT_DIR = ".factlint_cache"
DATABASE = "factlint.sqlite3"
OLD_FILES = ("analysis.sqlite3", "analysis.sqlite3-wal", "analysis.sqlite3-shm")  # factlint ≤ 0.1's pickles
KEEP_RESULTS = 4
GROWTH = 1.25  # prune when the summaries stored are this many times those the last run used
CHUNK = 500  # keys per query (older SQLite builds take at most 999 parameters)

_TABLES = {
    "meta": "CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)",
    "stamps": (
        "CREATE TABLE stamps (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, "
        "digest BLOB NOT NULL, recorded_ns INTEGER NOT NULL)"
    ),
    # Clustered by scope: a check that needs every document's summary reads one range of the table.
    "summaries": (
        "CREATE TABLE summaries (scope BLOB NOT NULL, key BLOB NOT NULL, value BLOB NOT NULL, related BLOB, "
        "PRIMARY KEY (scope, key)) WITHOUT ROWID"
    ),
    "results": "CREATE TABLE results (key BLOB PRIMARY KEY, value BLOB NOT NULL, made INTEGER NOT NULL)",
    "rulesets": "CREATE TABLE rulesets (key BLOB PRIMARY KEY, value BLOB NOT NULL, made INTEGER NOT NULL)",
}


# Which summaries a scope has, without reading their values (what every run asks first).
_INDEXES = {"summaries_keys": "CREATE INDEX summaries_keys ON summaries (scope, key)"}


def _sealed(value: bytes) -> bytes:
    """A value as stored: its 64-bit XXH3 checksum, then the value. A flipped bit anywhere (a bad
    disk, a partial write, an edit by hand) makes the entry a miss instead of a wrong summary."""
    return xxhash.xxh3_64_digest(value) + value


def _opened(stored: Any) -> bytes | None:
    """The value of a stored entry whose checksum matches, else None."""
    if type(stored) is not bytes or len(stored) < 8:
        return None
    value = stored[8:]
    return value if xxhash.xxh3_64_digest(value) == stored[:8] else None


class Unusable(Exception):
    """The cache folder cannot be used safely (a symbolic link, not a folder): runs go on without it."""


@dataclass(frozen=True)
class Info:
    """What ``factlint cache info`` prints."""

    folder: str
    bytes_on_disk: int
    summaries: int
    scopes: int
    results: int
    stamps: int
    corpus_root: str | None
    corpus_files: int | None
    last_run: str | None


def _no_link(path: Path) -> None:
    if path.is_symlink():
        raise Unusable(f"{path} is a symbolic link; factlint does not follow it (remove it, or set cache_dir)")


class Store:
    """One cache folder. Every method that reads or writes turns a database error into "no data":
    a broken cache only costs time."""

    def __init__(self, root: Path | str = DEFAULT_DIR, max_bytes: int | None = None) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self._db: sqlite3.Connection | None = None
        self._tried = False
        self.problem: str | None = None  # why the cache could not be used, for a warning

    # --- opening ------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection | None:
        if self._tried:
            return self._db
        self._tried = True
        try:
            self._prepare_folder()
            self._db = self._open()
        except Unusable as exc:
            self.problem = str(exc)
        except (OSError, sqlite3.Error) as exc:
            self.problem = f"{self.root}: cannot use the cache ({exc}); running without it"
        return self._db

    def _prepare_folder(self) -> None:
        _no_link(self.root)
        if self.root.exists() and not self.root.is_dir():
            raise Unusable(f"{self.root} is not a folder; factlint needs it for its cache (or set cache_dir)")
        self.root.mkdir(parents=True, exist_ok=True)
        _no_link(self.root)  # made between the check and mkdir
        for name in (DATABASE, DATABASE + "-wal", DATABASE + "-shm", ".gitignore"):
            _no_link(self.root / name)
        for name in OLD_FILES:
            (self.root / name).unlink(missing_ok=True)
        ignore = self.root / ".gitignore"
        if not ignore.exists():
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            try:
                fd = os.open(ignore, flags, 0o644)
            except FileExistsError:
                return
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write("# created by factlint\n*\n")

    def _open(self) -> sqlite3.Connection:
        path = self.root / DATABASE
        for attempt in range(2):
            db = sqlite3.connect(path, timeout=30, isolation_level=None)
            try:
                db.execute("PRAGMA trusted_schema=OFF")
                if self._trusted(db):
                    db.execute("PRAGMA journal_mode=WAL")
                    # A cache needs no fsync per commit: with WAL, NORMAL loses at most the last commits
                    # on power loss, never consistency (and a lost entry is only a miss).
                    db.execute("PRAGMA synchronous=NORMAL")
                    return db
            except sqlite3.DatabaseError:
                pass
            db.close()
            if attempt:
                break
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise sqlite3.DatabaseError("the cache database could not be created")

    def _trusted(self, db: sqlite3.Connection) -> bool:
        """An empty database is given the schema; an existing one must hold exactly it, in this format."""
        objects = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        if not objects:
            # Large pages: a 20 MB read is 300 pages, not 5,000.
            db.execute("PRAGMA page_size=65536")
            db.execute("BEGIN IMMEDIATE")
            try:
                if db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0:
                    for sql in (*_TABLES.values(), *_INDEXES.values()):
                        db.execute(sql)
                    db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            objects = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        tables = {name: sql for kind, name, _, sql in objects if kind == "table"}
        indexes = {name: sql for kind, name, _, sql in objects if kind == "index" and sql is not None}
        others_ok = all(
            kind == "index" and (
                (sql is None and name.startswith(f"sqlite_autoindex_{table}_") and table in _TABLES)
                or _INDEXES.get(name) == sql
            )
            for kind, name, table, sql in objects if kind != "table"
        )
        if tables != _TABLES or indexes != _INDEXES or not others_ok:
            return False
        row = db.execute("SELECT v FROM meta WHERE k = 'format'").fetchone()
        return row is not None and row[0] == FORMAT

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
            self._db.close()
            self._db = None

    # --- reading ------------------------------------------------------------------------------

    def _select(self, sql: str, keys: Sequence[bytes], *before: Any) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql`` (its ``{}`` is the key list) for every key, CHUNK keys per query."""
        db = self._connect()
        if db is None:
            return
        try:
            for i in range(0, len(keys), CHUNK):
                chunk = keys[i : i + CHUNK]
                yield from db.execute(sql.format(",".join("?" * len(chunk))), (*before, *chunk))
        except sqlite3.Error:
            return

    def _rows(self, sql: str, *params: Any) -> Iterator[tuple[Any, ...]]:
        db = self._connect()
        if db is None:
            return
        try:
            yield from db.execute(sql, params)
        except sqlite3.Error:
            return

    def stamps(self) -> dict[str, Stamp]:
        """Every recorded file stamp (rows of the wrong shape are left out)."""
        db = self._connect()
        if db is None:
            return {}
        try:
            rows = db.execute("SELECT path, size, mtime_ns, digest, recorded_ns FROM stamps").fetchall()
        except sqlite3.Error:
            return {}
        return {
            _from_db_path(path): Stamp(size, mtime, digest, recorded)
            for path, size, mtime, digest, recorded in rows
            if type(path) in (str, bytes) and type(size) is int and type(mtime) is int and type(recorded) is int
            and type(digest) is bytes and len(digest) == KEY_SIZE
        }

    def manifest(self) -> tuple[frozenset[bytes], frozenset[bytes]]:
        """The scopes and document keys of the last run that summarised every document for every rule:
        a hint (a summary listed here may have been pruned since by another run; its absence is then
        noticed when it is read) that spares listing 10,000 keys per rule on every run."""
        blob = self._one_meta("manifest")
        if blob is None or len(blob) < 4:
            return frozenset(), frozenset()
        count = int.from_bytes(blob[:4], "little")
        cut = 4 + count * KEY_SIZE
        if len(blob) < cut or (len(blob) - cut) % KEY_SIZE:
            return frozenset(), frozenset()
        scopes = frozenset(blob[i : i + KEY_SIZE] for i in range(4, cut, KEY_SIZE))
        return scopes, frozenset(blob[i : i + KEY_SIZE] for i in range(cut, len(blob), KEY_SIZE))

    def _one_meta(self, name: str) -> bytes | None:
        for (value,) in self._rows("SELECT v FROM meta WHERE k = ?", name):
            if isinstance(value, str):
                try:
                    return _opened(bytes.fromhex(value))
                except ValueError:
                    return None
        return None

    def keys(self, scope: bytes) -> set[bytes]:
        """The keys of every summary stored under ``scope`` (read from an index, without the values)."""
        return {
            key for (key,) in self._rows("SELECT key FROM summaries INDEXED BY summaries_keys WHERE scope = ?", scope)
            if type(key) is bytes
        }

    def values(self, scope: bytes, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """The stored bytes of ``keys`` under ``scope`` (a value whose checksum fails is left out: a miss)."""
        return self._column("value", scope, keys)

    def related(self, scope: bytes, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """The related keys (encoded) of ``keys`` under ``scope``."""
        return self._column("related", scope, keys)

    def _column(self, column: str, scope: bytes, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """One column of the summaries of ``keys``. Many keys are read as the scope's whole range, which
        is one pass over contiguous pages instead of a search per key."""
        rows: Iterable[tuple[Any, ...]]
        if len(keys) > 64:
            wanted = set(keys)
            rows = (row for row in self._rows(f"SELECT key, {column} FROM summaries WHERE scope = ?", scope) if row[0] in wanted)
        else:
            rows = self._select(f"SELECT key, {column} FROM summaries WHERE scope = ? AND key IN ({{}})", keys, scope)
        out = {}
        for key, stored in rows:
            value = _opened(stored)
            if value is not None:
                out[key] = value
        return out

    def result(self, key: bytes) -> bytes | None:
        return self._one("results", key)

    def ruleset(self, key: bytes) -> bytes | None:
        return self._one("rulesets", key)

    def _one(self, table: str, key: bytes) -> bytes | None:
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return _opened(row[0]) if row is not None else None

    # --- writing ------------------------------------------------------------------------------

    def _write(self, statements: Sequence[tuple[str, Any]]) -> None:
        """Run (sql, parameters) pairs in one write transaction; a failed write only costs a miss later."""
        db = self._connect()
        if db is None:
            return
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                for sql, params in statements:
                    if isinstance(params, list):
                        db.executemany(sql, params)
                    else:
                        db.execute(sql, params)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        except sqlite3.Error:
            pass

    def put_stamps(self, rows: Iterable[tuple[str, int, int, bytes, int]]) -> None:
        """Record (path, size, mtime_ns, digest, recorded_ns) of files just read."""
        stored = [(_db_path(path), *rest) for path, *rest in rows]
        if stored:
            self._write([("INSERT OR REPLACE INTO stamps VALUES (?, ?, ?, ?, ?)", stored)])

    def put(self, rows: Iterable[tuple[bytes, bytes, bytes, bytes | None]]) -> None:
        """Store (scope, key, value, related) rows, replacing what a key held."""
        sealed = [(scope, key, _sealed(value), None if related is None else _sealed(related)) for scope, key, value, related in rows]
        if sealed:
            self._write([("INSERT OR REPLACE INTO summaries VALUES (?, ?, ?, ?)", sealed)])

    def put_result(self, key: bytes, value: bytes) -> None:
        """Remember a run's result; only the newest few are kept."""
        self._put_newest("results", key, value)

    def put_ruleset(self, key: bytes, value: bytes) -> None:
        """Remember a validated rule set; only the newest few are kept."""
        self._put_newest("rulesets", key, value)

    def _put_newest(self, table: str, key: bytes, value: bytes) -> None:
        self._write([
            (f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)", (key, _sealed(value), time.time_ns())),
            (f"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM {table} ORDER BY made DESC LIMIT ?)",
             (KEEP_RESULTS,)),
        ])

    def finish(
        self, live: Sequence[bytes], scopes: Iterable[bytes], paths: Sequence[str], corpus_root: str,
        complete: Sequence[bytes] = (),
    ) -> None:
        """After a run: drop the summaries of other rule sets, prune, note the corpus.

        ``live`` are the document keys of the run and ``scopes`` its rules' scopes: the summaries
        the run used are those pairs. When other summaries (of edited or deleted articles) exceed
        ``GROWTH - 1`` times them, or the database exceeds ``max_bytes``, only the run's are kept.
        ``paths`` are the stamps the run used (absolute paths); ``complete`` are the document keys
        summarised for every scope: the next run's manifest.
        """
        db = self._connect()
        if db is None:
            return
        try:
            scopes = sorted(set(scopes))
            wanted = [s.hex() for s in scopes]
            manifest = len(scopes).to_bytes(4, "little") + b"".join(scopes) + b"".join(complete)
            row = db.execute("SELECT v FROM meta WHERE k = 'scopes'").fetchone()
            superseded = row is None or row[0] != json.dumps(wanted)
            stored = db.execute("SELECT COUNT(*) FROM summaries INDEXED BY summaries_keys").fetchone()[0]
            too_big = self.max_bytes is not None and self._used_bytes(db) > self.max_bytes
            prune = superseded or too_big or stored > GROWTH * len(live) * len(scopes)
            statements: list[tuple[str, Any]] = self._prune_statements(live, wanted, paths) if prune else []
            statements += [
                ("INSERT OR REPLACE INTO meta VALUES ('scopes', ?)", (json.dumps(wanted),)),
                ("INSERT OR REPLACE INTO meta VALUES ('manifest', ?)", (_sealed(manifest).hex(),)),
                ("INSERT OR REPLACE INTO meta VALUES ('corpus', ?)", (json.dumps({"root": corpus_root, "files": len(paths)}),)),
                ("INSERT OR REPLACE INTO meta VALUES ('last_run', ?)", (time.strftime("%Y-%m-%dT%H:%M:%S%z"),)),
            ]
            self._write(statements)
            if prune:
                # Rewrite the file: deleting rows leaves B-tree pages half empty (a 1,000-article cache
                # stayed at 1.6 times its fresh size), and pruning is rare (a quarter of the corpus edited).
                db.execute("VACUUM")
        except sqlite3.Error:
            return

    def _prune_statements(self, live: Sequence[bytes], scopes: Sequence[str], paths: Sequence[str]) -> list[tuple[str, Any]]:
        """Keep exactly the summaries and stamps of the last run."""
        return [
            ("CREATE TEMP TABLE IF NOT EXISTS live (key BLOB PRIMARY KEY) WITHOUT ROWID", ()),
            ("DELETE FROM live", ()),
            ("INSERT OR IGNORE INTO live VALUES (?)", [(k,) for k in live]),
            ("CREATE TEMP TABLE IF NOT EXISTS live_scopes (scope BLOB PRIMARY KEY) WITHOUT ROWID", ()),
            ("DELETE FROM live_scopes", ()),
            ("INSERT OR IGNORE INTO live_scopes VALUES (?)", [(bytes.fromhex(s),) for s in scopes]),
            ("DELETE FROM summaries WHERE scope NOT IN (SELECT scope FROM live_scopes) "
             "OR key NOT IN (SELECT key FROM live)", ()),
            ("CREATE TEMP TABLE IF NOT EXISTS seen (path TEXT PRIMARY KEY) WITHOUT ROWID", ()),
            ("DELETE FROM seen", ()),
            ("INSERT OR IGNORE INTO seen VALUES (?)", [(_db_path(p),) for p in paths]),
            ("DELETE FROM stamps WHERE path NOT IN (SELECT path FROM seen)", ()),
        ]

    @staticmethod
    def _used_bytes(db: sqlite3.Connection) -> int:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        free = db.execute("PRAGMA freelist_count").fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
        return int((pages - free) * size)

    # --- for people -----------------------------------------------------------------------------

    def info(self) -> Info:
        db = self._connect()
        on_disk = sum(
            (self.root / name).stat().st_size
            for name in (DATABASE, DATABASE + "-wal", DATABASE + "-shm")
            if (self.root / name).is_file() and not (self.root / name).is_symlink()
        )
        if db is None:
            return Info(str(self.root), on_disk, 0, 0, 0, 0, None, None, None)

        def one(sql: str) -> Any:
            row = db.execute(sql).fetchone()
            return row[0] if row else None

        corpus = one("SELECT v FROM meta WHERE k = 'corpus'")
        try:
            described = json.loads(corpus) if isinstance(corpus, str) else {}
        except ValueError:
            described = {}
        if not isinstance(described, dict):
            described = {}
        root, files = described.get("root"), described.get("files")
        return Info(
            str(self.root), on_disk, int(one("SELECT COUNT(*) FROM summaries")),
            int(one("SELECT COUNT(DISTINCT scope) FROM summaries")), int(one("SELECT COUNT(*) FROM results")),
            int(one("SELECT COUNT(*) FROM stamps")), root if isinstance(root, str) else None,
            files if isinstance(files, int) else None, one("SELECT v FROM meta WHERE k = 'last_run'"),
        )

    def clean(self) -> int:
        """Delete the cache folder's files (never through a link); the bytes freed."""
        self.close()
        _no_link(self.root)
        if not self.root.is_dir():
            return 0
        freed = 0
        for name in (DATABASE, DATABASE + "-wal", DATABASE + "-shm", ".gitignore", *OLD_FILES):
            path = self.root / name
            if path.is_symlink():
                path.unlink()
            elif path.is_file():
                freed += path.stat().st_size
                path.unlink()
        try:
            self.root.rmdir()
        except OSError:
            pass  # something else lives there: leave it
        return freed


def remove_tree_safely(path: Path) -> None:
    """Remove a folder the cache made (used by tests and benchmarks), never following links."""
    if path.is_symlink():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def _db_path(path: str) -> str | bytes:
    """A path as SQLite can hold it: text, or its file-system bytes when the name is not UTF-8
    (a file name read with surrogate escapes cannot be encoded as text)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape")
    return path


def _from_db_path(path: str | bytes) -> str:
    return path.decode("utf-8", "surrogateescape") if isinstance(path, bytes) else path
