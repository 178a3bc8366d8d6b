"""Per-file analysis cache: SQLite under ``.factlint_cache/``, keyed by content hash.

A key is the hash of (cache format, factlint version, the rule set, the path,
the file's content digest), so an edited file, a changed rule or a new factlint
never reuses a stale entry. The digest of a file whose size and mtime match the
stamp recorded when it was last read is taken from that stamp, unread (a stamp
taken within 2 s of the mtime is never trusted). A file's document, its analysis
and each rule's prepared data are stored apart and read back lazily, so a run
that needs few texts reads few. The analyses and each rule's prepared data of the
last corpus are also kept as one *bundle* apiece (one row, one unpickling instead of
10,000): a pre-commit run reads the bundles, and apart only the few files changed
since. The validated rule set is kept by its files' bytes. Entries are pickles (or
raw uint64 arrays) the cache itself wrote; a database that cannot be read or holds
another format is deleted and rebuilt, never trusted, and a corrupt row or bundle
only costs a miss.
SQLite's locking makes concurrent runs safe (WAL mode, busy timeout).
The folder carries a ``.gitignore`` of ``*`` so it is never committed.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np

from . import __version__
from .config.rules import RuleSet
from .context import Analysis, PackedBlocks
from .model import Document, FrozenDict

if TYPE_CHECKING:
    from .engine import RunResult

FORMAT = "factlint-cache-8"
# A file modified this close to when its digest was recorded may have changed again within the same
# timestamp tick, with the same size ("racy clean" in git's index): such entries are always re-read.
RACY_NS = 2_000_000_000
KEEP_RESULTS = 4
KEY_SIZE = 20  # bytes of a file key
# Bundles are rebuilt when a run's files differ from their members by more than this many, or 1 %.
BUNDLE_SLACK = 8
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
    h = hashlib.blake2b(salt, digest_size=KEY_SIZE)
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
        self._hits: list[bytes] = []  # keys of the last get_many: whose prepared data is read in bulk
        self._prepared: dict[str, dict[bytes, bytes]] = {}  # rule → key → pickled prepared data
        self._bundled: dict[str, dict[bytes, Any]] = {}  # bundle name → key → value (read once per run)
        self._broken = False  # a bundle could not be read: rebuild them all after the run

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
                # Large pages for a new database (no effect on an existing one): a bundle of 20 MB is
                # read as 300 pages instead of 5,000, two to three times faster.
                db.execute("PRAGMA page_size=65536")
                db.execute("PRAGMA journal_mode=WAL")
                # A cache needs no fsync per commit: with WAL, NORMAL loses at most the last commits on
                # power loss, never consistency (and a lost entry is only a miss).
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
                row = db.execute("SELECT v FROM meta WHERE k='format'").fetchone()
                if row is None or row[0] != FORMAT:
                    db.execute("DROP TABLE IF EXISTS entries")
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))
                    db.execute("DROP TABLE IF EXISTS results")
                    db.execute("DROP TABLE IF EXISTS files")
                    db.execute("DROP TABLE IF EXISTS prepared")
                    db.execute("DROP TABLE IF EXISTS bundles")
                    db.execute("DROP TABLE IF EXISTS rulesets")
                # A document, its analysis (without text or prepared data) and each rule's prepared data
                # apart: a pre-commit run reads the prepared data of every file but few documents.
                db.execute(
                    "CREATE TABLE IF NOT EXISTS entries (key BLOB PRIMARY KEY, document BLOB NOT NULL, analysis BLOB NOT NULL)"
                )
                db.execute(
                    "CREATE TABLE IF NOT EXISTS prepared (key BLOB NOT NULL, rule TEXT NOT NULL, value BLOB NOT NULL, "
                    "PRIMARY KEY (key, rule)) WITHOUT ROWID"
                )
                db.execute(
                    "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, "
                    "mtime_ns INTEGER NOT NULL, digest BLOB NOT NULL, recorded_ns INTEGER NOT NULL)"
                )
                db.execute("CREATE TABLE IF NOT EXISTS results (key BLOB PRIMARY KEY, value BLOB NOT NULL, stamp INTEGER)")
                db.execute("CREATE TABLE IF NOT EXISTS rulesets (key BLOB PRIMARY KEY, value BLOB NOT NULL, stamp INTEGER)")
                # name ("analysis" or "prepared:RULE") → its members' keys end to end, and their values.
                db.execute("CREATE TABLE IF NOT EXISTS bundles (name TEXT PRIMARY KEY, members BLOB NOT NULL, value BLOB NOT NULL)")
                return db
            except sqlite3.DatabaseError:
                db.close()
                if attempt:
                    raise
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
        raise AssertionError("unreachable")

    def get_many(self, keys: Sequence[bytes], text: Callable[[str], str] | None = None) -> dict[bytes, Analysis]:
        """Cached analyses by key, read lazily: ``blocks`` read the document's text (through ``text``,
        given the path, if the caller has a better way than :meth:`documents`) and ``prepared`` a
        rule's data from the database when first asked for."""
        found: dict[bytes, Analysis] = {}
        bundled = self._bundle(ANALYSIS)
        rest = [key for key in keys if key not in bundled]
        try:
            read = _readable(self._select("SELECT key, analysis FROM entries WHERE key IN ({})", rest), _entry)
        except sqlite3.Error:
            return {}
        entries = [(key, bundled[key]) for key in keys if key in bundled] + list(zip(*read))
        for key, entry in entries:
            analysis, rules = entry
            source = functools.partial(text, analysis.path) if text else functools.partial(self._text, key)
            blocks = PackedBlocks(analysis.path, source, getattr(analysis.blocks, "offsets", ()))
            found[key] = Analysis(
                analysis.path, blocks, analysis.quantities, analysis.claims, analysis.unbound,
                _Prepared(self, key, tuple(rules)), analysis.errors,
            )
        self._hits = list(found)
        return found

    def documents(self, keys: Sequence[bytes]) -> dict[bytes, Document]:
        """The cached documents of ``keys`` (a corrupt one is left out)."""
        found: dict[bytes, Document] = {}
        try:
            for key, value in self._select("SELECT key, document FROM entries WHERE key IN ({})", keys):
                doc = _unpickle(value, Document)
                if doc is not None:
                    found[key] = doc
        except sqlite3.Error:
            pass
        return found

    def _select(self, sql: str, keys: Sequence[bytes], *before: Any) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql`` (its ``{}`` is the key list) for every key, 500 keys per query (SQLite
        takes at most 999 parameters in older builds); ``before`` are the parameters ahead of the keys."""
        db = self._connect()
        if db is None:
            return
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            yield from db.execute(sql.format(",".join("?" * len(chunk))), (*before, *chunk))

    def _text(self, key: bytes) -> str:
        doc = self.documents([key]).get(key)
        if doc is None:
            raise LookupError("a cached document could not be read back")
        return doc.text

    def prepared(self, key: bytes, rule: str) -> Any:
        """One rule's prepared data of one cached file: the rule's data of every hit is read at once,
        from its bundle and, for the hits the bundle lacks, from their rows."""
        if rule not in self._prepared:
            bundled = self._bundle(PREPARED + rule)
            rows: dict[bytes, bytes] = {}
            try:
                rest = [key for key in self._hits if key not in bundled]
                rows.update(self._select("SELECT key, value FROM prepared WHERE rule = ? AND key IN ({})", rest, rule))
            except sqlite3.Error:
                pass
            self._prepared[rule] = rows
        bundled = self._bundled[PREPARED + rule]
        if key in bundled:
            return bundled[key]
        blob = self._prepared[rule].get(key)
        if blob is None:
            raise KeyError(rule)
        try:
            return _decode(blob)
        except Exception:  # noqa: BLE001 - a corrupt entry is a miss: the check prepares the document itself
            raise KeyError(rule) from None

    def _bundle(self, name: str) -> dict[bytes, Any]:
        """The values of bundle ``name`` by member key (empty if there is none or it cannot be read)."""
        if name not in self._bundled:
            self._bundled[name] = {}
            db = self._connect()
            try:
                row = db.execute("SELECT members, value FROM bundles WHERE name = ?", (name,)).fetchone() if db else None
                if row is not None:
                    members = [row[0][i : i + KEY_SIZE] for i in range(0, len(row[0]), KEY_SIZE)]
                    values = _unbundle(row[1])
                    if len(values) != len(members) or (name == ANALYSIS and not all(map(_is_entry, values))):
                        raise ValueError("members and values do not match")
                    self._bundled[name] = dict(zip(members, values))
            except Exception:  # noqa: BLE001 - a corrupt bundle only costs time: its members are read one by one
                self._broken = True  # and the bundles are rebuilt after the run
        return self._bundled[name]

    def refresh_bundles(self, keys: Sequence[bytes]) -> None:
        """Rebuild the bundles from the entries of ``keys`` (this run's files) when one could not be
        read, or they have drifted from the keys: more than BUNDLE_SLACK (or 1 %) of the keys are
        not members, or members not keys."""
        db = self._connect()
        if db is None:
            return
        try:
            wanted = set(keys)
            drift = len(self._bundle(ANALYSIS).keys() ^ wanted)  # read by get_many already
            if not self._broken and drift <= max(BUNDLE_SLACK, len(wanted) // 100):
                return
            order = {key: i for i, key in enumerate(dict.fromkeys(keys))}
            analyses = sorted(self._select("SELECT key, analysis FROM entries WHERE key IN ({})", list(order)),
                              key=lambda kv: order[kv[0]])
            by_rule: dict[str, list[tuple[bytes, bytes]]] = {}
            for key, rule, value in sorted(
                self._select("SELECT key, rule, value FROM prepared WHERE key IN ({})", list(order)),
                key=lambda row: order[row[0]],
            ):
                by_rule.setdefault(rule, []).append((key, value))
            bundles = [(ANALYSIS, _readable(analyses, _entry))]
            bundles += [(PREPARED + rule, _readable(rows, _decode)) for rule, rows in sorted(by_rule.items())]
            written = [(name, b"".join(members), _bundle_value(values)) for name, (members, values) in bundles]
        except Exception:  # noqa: BLE001 - a bundle is an optimisation: an unreadable row means none is written
            return
        self._write([("DELETE FROM bundles", ()), ("INSERT INTO bundles VALUES (?, ?, ?)", written)])

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
        entries, prepared = [], []
        for key, doc, analysis in items:
            offsets = analysis.blocks.offsets if isinstance(analysis.blocks, PackedBlocks) else PackedBlocks.of(
                doc.path, "", analysis.blocks).offsets
            bare = replace(analysis, blocks=PackedBlocks(doc.path, "", offsets), quantities=None, prepared=FrozenDict())
            try:
                rows = [(key, rule, _encode(value)) for rule, value in analysis.prepared.items()]
                entry = (key, pickle.dumps(doc, protocol=5), pickle.dumps((bare, tuple(analysis.prepared)), protocol=5))
            except (TypeError, pickle.PicklingError, AttributeError):
                continue  # unpicklable prepared data: that file is simply not cached
            entries.append(entry)
            prepared.extend(rows)
        if entries:
            self._write([
                ("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", entries),
                ("INSERT OR REPLACE INTO prepared VALUES (?, ?, ?)", prepared),
            ])

    def ruleset(self, files: Sequence[str], load: Callable[[], RuleSet]) -> RuleSet:
        """The rule set of ``files`` as validated by an earlier run with the same files' bytes and
        code, else ``load()``'s (remembered when it succeeds): parsing YAML with line numbers and
        checking it against the JSON Schema costs more than the rest of a pre-commit run's setup."""
        h = hashlib.blake2b(f"{FORMAT}\0{__version__}\0".encode(), digest_size=20)
        h.update(code_digest())
        try:
            for path in files:
                h.update(path.encode("utf-8", "surrogatepass") + b"\0" + Path(path).read_bytes() + b"\0")
        except OSError:
            return load()  # an unreadable rule file: let the loader say so
        key = h.digest()
        db = self._connect()
        try:
            row = db.execute("SELECT value FROM rulesets WHERE key = ?", (key,)).fetchone() if db else None
        except sqlite3.Error:
            row = None
        cached = _unpickle(row[0], RuleSet) if row else None
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        ruleset = load()
        self._write([
            ("INSERT OR REPLACE INTO rulesets VALUES (?, ?, strftime('%s','now'))", (key, pickle.dumps(ruleset, protocol=5))),
            ("DELETE FROM rulesets WHERE key NOT IN (SELECT key FROM rulesets ORDER BY stamp DESC, rowid DESC LIMIT ?)",
             (KEEP_RESULTS,)),
        ])
        return ruleset

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


def _unpickle(value: bytes, kind: type) -> Any:
    try:
        entry = pickle.loads(value)
    except Exception:  # noqa: BLE001 - a corrupt entry is a miss, never an error
        return None
    return entry if isinstance(entry, kind) else None


_RAW_U64, _PICKLE = b"u8\0", b"pk\0"
ANALYSIS, PREPARED = "analysis", "prepared:"


def _is_entry(entry: Any) -> bool:
    """A cached analysis as stored: (the analysis without text or prepared data, its rule ids)."""
    return isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], Analysis)


def _entry(value: bytes) -> Any:
    entry = pickle.loads(value)
    if not _is_entry(entry):
        raise ValueError("not a cached analysis")
    return entry


def _readable(rows: Iterable[tuple[bytes, bytes]], decode: Callable[[bytes], Any]) -> tuple[list[bytes], list[Any]]:
    """The keys and decoded values of the rows that decode (a corrupt row stays out of the bundle)."""
    keys, values = [], []
    for key, blob in rows:
        try:
            values.append(decode(blob))
        except Exception:  # noqa: BLE001 - read one by one later, where a corrupt row is a miss
            continue
        keys.append(key)
    return keys, values


def _bundle_value(values: Sequence[Any]) -> bytes:
    """Many entries' values as one blob: uint64 arrays end to end with their sizes, anything else as
    one pickled list (unpickled in one call: four times faster than one call per entry)."""
    if values and all(isinstance(v, np.ndarray) and v.dtype == np.uint64 and v.ndim == 1 for v in values):
        sizes = np.array([len(v) for v in values], dtype=np.uint64)
        return _RAW_U64 + len(values).to_bytes(8, "little") + sizes.tobytes() + np.concatenate(values).tobytes()
    return _PICKLE + pickle.dumps(values, protocol=5)


def _unbundle(blob: bytes) -> list[Any]:
    if blob.startswith(_RAW_U64):
        count = int.from_bytes(blob[3:11], "little")
        sizes = np.frombuffer(blob, dtype=np.uint64, count=count, offset=11).astype(np.intp)
        flat = np.frombuffer(blob, dtype=np.uint64, offset=11 + 8 * count)
        ends = np.cumsum(sizes).tolist()
        return [flat[a:b] for a, b in zip([0, *ends[:-1]], ends)]
    if blob.startswith(_PICKLE):
        values = pickle.loads(memoryview(blob)[len(_PICKLE) :])
        if isinstance(values, list):
            return values
    raise ValueError("unknown bundle encoding")


def _encode(value: Any) -> bytes:
    """Prepared data as stored: a flat uint64 array (the duplicate check's hashes) as its bytes, which
    read back ten times faster than a pickled array (10,000 per pre-commit run); else a pickle."""
    if isinstance(value, np.ndarray) and value.dtype == np.uint64 and value.ndim == 1:
        return _RAW_U64 + value.tobytes()
    return _PICKLE + pickle.dumps(value, protocol=5)


def _decode(blob: bytes) -> Any:
    if blob.startswith(_RAW_U64):
        return np.frombuffer(blob, dtype=np.uint64, offset=len(_RAW_U64))
    if blob.startswith(_PICKLE):
        return pickle.loads(memoryview(blob)[len(_PICKLE) :])
    raise ValueError("unknown prepared-data encoding")


class _Prepared(Mapping[str, Any]):
    """A cached analysis's prepared data by rule id, unpickled when a check asks for it."""

    def __init__(self, cache: AnalysisCache, key: bytes, rules: tuple[str, ...]) -> None:
        self._cache, self._key, self._rules = cache, key, rules
        self._values: dict[str, Any] = {}

    def __getitem__(self, rule: str) -> Any:
        if rule not in self._rules:
            raise KeyError(rule)
        if rule not in self._values:
            self._values[rule] = self._cache.prepared(self._key, rule)
        return self._values[rule]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, ({rule: self.get(rule) for rule in self._rules},))
