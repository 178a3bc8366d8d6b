"""A lint run, end to end: keys, analysis of what is not stored, checks, suppressions, the result.

The engine is the only part of factlint that knows there are worker processes and a cache. It
decides staleness (``keys``), analyses what the store does not hold (``workers``), hands each
rule's check the corpus it must see (``lazy``), isolates failures, applies suppressions and
ignores, keeps only what touches the focus, removes duplicate findings and sorts them: the report
is the same byte for byte whatever the worker count and whatever came from the cache.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import traceback
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import msgspec

from .. import suppress
from ..checks import CHECKS
from ..checks.base import Check, Focus
from ..codec import CodecError, MessagePack
from ..config.ruleset import Rule, RuleSet
from ..loader import MAX_ARTICLE_BYTES, read_bytes
from ..model import Document, Finding, FrozenDict, InputProblem, RunResult, Statement
from . import keys, workers
from .analyse import analyse
from .lazy import SPILLED, Documents, Encoded, RuleCorpus, Spilled
from .store import Store

Progress = Callable[[int], None]


def date_for(path: str, dates: Mapping[str, str]) -> dt.date | None:
    """The configured date of an article without a dateline (``dates: {glob: YYYY-MM-DD}``)."""
    posix = path.replace("\\", "/")
    for pattern, value in dates.items():
        if fnmatch(posix, pattern) or fnmatch(posix, pattern.rstrip("/") + "/*"):
            return dt.date.fromisoformat(value)
    return None


@dataclass
class _Corpus:
    """What the analysis phase leaves for the checks."""

    order: Sequence[str]  # every file of the run, in corpus order
    paths: list[str]  # the readable documents, in corpus order
    documents: Documents
    problems: dict[str, InputProblem]
    errors: list[str]
    held: dict[str, dict[str, Any]]  # rule id → path → summary made in this run (object, Encoded, or SPILLED)
    related: dict[str, dict[str, tuple[str, ...]]]  # rule id → path → related keys of a summary made in this run
    stored: dict[str, dict[str, bytes]] = field(default_factory=dict)  # rule id → path → store key
    scopes: dict[str, bytes] = field(default_factory=dict)  # rule id → its scope in the store
    spilled: Spilled | None = None  # the bytes of the summaries held as SPILLED


@dataclass(frozen=True)
class _StoredResult:
    """A whole run's result as the store keeps it (the documents are read again when needed)."""

    findings: tuple[Finding, ...]
    problems: tuple[InputProblem, ...]
    file_count: int
    statements: tuple[Statement, ...]
    documents: tuple[str, ...]  # the paths of ``RunResult.documents``, in corpus order


_RESULT: MessagePack[_StoredResult] = MessagePack(_StoredResult)
_RELATED: MessagePack[tuple[str, ...]] = MessagePack(tuple[str, ...])


def run(
    paths: Sequence[str],
    ruleset: RuleSet,
    jobs: int = 1,
    progress: Progress | None = None,
    today: dt.date | None = None,
    store: Store | None = None,
    ignores: Mapping[str, Sequence[str]] = FrozenDict(),
    dates: Mapping[str, str] = FrozenDict(),
    focus: frozenset[str] | None = None,
    explain: bool = False,
    max_bytes: int = MAX_ARTICLE_BYTES,
    changed: frozenset[str] = frozenset(),
) -> RunResult:
    """Lint the files ``paths`` (an article over ``max_bytes`` is an input problem, never read).

    With a ``store``, an unchanged corpus (same bytes, rules, code, date, focus) is answered with
    the last run's result, and otherwise only what the store lacks is analysed. ``focus`` (the
    changed files of a pre-commit run): every file is checked as a member of the corpus, but only
    findings located in or related to a focus file are kept, and each check sees only the
    documents its scope needs. ``changed`` (the same files, as ``lint --changed`` runs): the
    checks take them as written after every other article, and blame them (``Corpus.changed``);
    a focus run without it keeps exactly the findings of the full run that touch the focus.
    ``explain`` also collects every recomputed statement.
    """
    today = today or dt.date.today()
    configured = {p: date_for(p, dates) for p in paths}
    digests: dict[str, bytes] = {}
    raws: dict[str, bytes] = {}
    unreadable: dict[str, InputProblem] = {}
    if store is not None:
        digests, raws, unreadable = _digests(paths, store, max_bytes)
    rules = ruleset.rules
    scopes = {rule.id: keys.scope(CHECKS[rule.kind], rule, ruleset) for rule in rules}
    # A summary is stored under (its rule's scope, its document's key).
    doc_keys = {p: keys.document_key(p, digests[p], configured[p]) for p in digests}
    result_key = b""
    if store is not None:
        result_key = keys.run_key([doc_keys.get(p, p) for p in paths], ruleset, today, ignores, focus, explain, changed)
        cached = _cached_result(store, result_key, digests, configured)
        if cached is not None:
            if progress:
                progress(len(paths))
            return cached
    present = _present(store, scopes, rules) if store else {r.id: frozenset() for r in rules}
    everywhere = frozenset.intersection(*present.values()) if present else frozenset()
    tasks = []
    for p in paths:
        if p in unreadable or doc_keys.get(p) in everywhere:
            continue
        missing = tuple(r.id for r in rules if doc_keys.get(p) not in present[r.id])
        if missing or store is None:
            tasks.append(workers.Task(p, raws.get(p), configured[p], missing if store is not None else tuple(r.id for r in rules),
                                      max_bytes))
    if progress and len(paths) > len(tasks):
        progress(len(paths) - len(tasks))
    corpus = _Corpus(paths, [], Documents(digests, configured, max_bytes), dict(unreadable), [], {r.id: {} for r in rules}, {r.id: {} for r in rules})
    # Every summary is made before the first check runs, and each check reads only its rule's: they
    # wait in temporary files, not in memory (800 MB at 100,000 articles). The files have no name
    # (unlinked at once): they go with the process whatever happens.
    spilled = corpus.spilled = Spilled()
    written: list[tuple[bytes, bytes, bytes, bytes | None]] = []
    for done in workers.run(tasks, ruleset, jobs, progress=progress):
        if done.problem is not None:
            corpus.problems[done.path] = done.problem
            continue
        if done.digest is not None and done.path not in digests:
            digests[done.path] = done.digest
        corpus.errors.extend(done.errors)
        for rule_id, value in done.summaries.items():
            if rule_id in done.related:
                corpus.related[rule_id][done.path] = done.related[rule_id]
            row = _row(ruleset, rule_id, doc_keys[done.path], scopes[rule_id], value, done.related.get(rule_id)) if store is not None else None
            if row is not None:
                written.append(row)
            if isinstance(value, Encoded):
                spilled.put(rule_id, done.path, value)
                value = SPILLED
            corpus.held[rule_id][done.path] = value
    # The bytes read to hash the files were the workers' to parse: not held through the checks (at
    # 100,000 articles, half a gigabyte).
    tasks.clear()
    raws.clear()
    corpus.paths = [p for p in paths if p not in corpus.problems]
    if store is not None:
        corpus.stored = {
            r.id: {p: k for p, k in doc_keys.items() if p not in corpus.held[r.id] and k in present[r.id]}
            for r in rules
        }
        corpus.scopes = scopes
        store.put(written)
        written.clear()
    # Which documents have every summary, noted now: each rule's summaries are let go after its check.
    complete = [doc_keys[p] for p in corpus.paths if p in doc_keys and all(
        p in corpus.held[r.id] or p in corpus.stored.get(r.id, {}) for r in rules)]
    result, rewritten = _check(corpus, ruleset, today, ignores, focus, explain, store, changed)
    spilled.close()
    if store is not None:
        rows = (_row(ruleset, rule_id, doc_keys[p], scopes[rule_id], value, None)
                for rule_id, by_path in rewritten.items() for p, value in by_path.items())
        store.put(row for row in rows if row is not None)
        if not result.internal_errors:
            _remember(store, result_key, result)
        live = [doc_keys[p] for p in corpus.paths if p in doc_keys]
        cwd = os.getcwd()
        store.finish(live, scopes.values(), [os.path.join(cwd, p) for p in digests], cwd, complete)
    return result


def lint_documents(
    documents: Sequence[Document], ruleset: RuleSet, today: dt.date | None = None,
    focus: frozenset[str] | None = None, explain: bool = False,
) -> RunResult:
    """Lint documents already in memory (``factlint rules test``, the Python API, tests): no files,
    no store, one process."""
    docs = Documents({}, {d.path: d.date for d in documents})
    for doc in documents:
        docs.keep(doc)
    corpus = _Corpus([d.path for d in documents], [d.path for d in documents], docs, {}, [], {r.id: {} for r in ruleset.rules}, {r.id: {} for r in ruleset.rules})
    for analysed in analyse(documents, ruleset):
        corpus.errors.extend(analysed.errors)
        for rule_id, value in analysed.summaries.items():
            corpus.held[rule_id][analysed.path] = value
    return _check(corpus, ruleset, today or dt.date.today(), FrozenDict(), focus, explain, None)[0]


def _present(store: Store, scopes: Mapping[str, bytes], rules: Sequence[Rule]) -> dict[str, frozenset[bytes]]:
    """For each rule, the document keys whose summaries the store holds: the last run's manifest
    for the scopes it covers, else the scope's own listing."""
    covered, listed = store.manifest()
    by_scope = {s: listed if s in covered else frozenset(store.keys(s)) for s in set(scopes.values())}
    return {r.id: by_scope[scopes[r.id]] for r in rules}


def rule_corpus(
    paths: Sequence[str], summaries: Mapping[str, Any], ruleset: RuleSet, rule: Rule,
    documents: Sequence[Document] = (), today: dt.date | None = None,
) -> RuleCorpus[Any]:
    """One rule's corpus over ``paths`` and their summaries for it (path → summary, as ``analyse`` or
    a worker made it): what ``check`` sees, for tools and benchmarks that time a check on its own.
    Documents not given are read from their files when the check asks for them."""
    docs = Documents({}, {d.path: d.date for d in documents})
    for doc in documents:
        docs.keep(doc)
    return RuleCorpus(
        CHECKS[rule.kind], rule, ruleset, today or dt.date.today(), paths, docs, summaries, {},
        _fetcher(None, None), _recompute(docs, ruleset),
    )


def _row(ruleset: RuleSet, rule_id: str, key: bytes, scope: bytes, value: Any,
         related: tuple[str, ...] | None) -> tuple[bytes, bytes, bytes, bytes | None] | None:
    """The store's row of a summary, or None for one that cannot be stored: a summary that holds a
    file name which is not UTF-8 (MessagePack strings are UTF-8) is made again on the next run."""
    rule = ruleset.rule(rule_id)
    assert rule is not None
    check = CHECKS[rule.kind]
    if not isinstance(value, Encoded):
        assert check.codec is not None
        try:
            value = check.codec.encode(value)
        except UnicodeEncodeError:
            return None
    if related is None and check.scope == "related":
        decoded = check.codec.decode(bytes(value)) if check.codec is not None else value
        related = tuple(sorted(check.related_keys(decoded, rule)))
    return scope, key, bytes(value), _RELATED.encode(related) if related is not None else None


def _digests(paths: Sequence[str], store: Store, max_bytes: int) -> tuple[dict[str, bytes], dict[str, bytes], dict[str, InputProblem]]:
    """Every file's content digest, the bytes of the files that had to be read for it, and the
    unreadable files. A file whose size and mtime match its stamp is not read: 10,000 stats
    instead of reading and hashing 48 MB."""
    stamps = store.stamps()
    cwd = os.getcwd()
    now = time.time_ns()
    digests: dict[str, bytes] = {}
    raws: dict[str, bytes] = {}
    unreadable: dict[str, InputProblem] = {}
    recorded: list[tuple[str, int, int, bytes, int]] = []
    for path in paths:
        where = os.path.join(cwd, path)  # stamps are per file, whatever the folder a run starts in
        try:
            stat = os.stat(path)
            stamp = stamps.get(where)
            if stamp is not None and stamp.still_valid(stat.st_size, stat.st_mtime_ns):
                digests[path] = stamp.digest
                continue
            read = read_bytes(path, max_bytes)
            if isinstance(read, InputProblem):
                unreadable[path] = read
                continue
            raw = raws[path] = read
        except OSError as exc:
            unreadable[path] = InputProblem(path, f"cannot read file: {exc.strerror or exc}")
            continue
        digests[path] = keys.content_digest(raw)
        recorded.append((where, stat.st_size, stat.st_mtime_ns, digests[path], now))
    store.put_stamps(recorded)
    return digests, raws, unreadable


def _check(
    corpus: _Corpus, ruleset: RuleSet, today: dt.date, ignores: Mapping[str, Sequence[str]],
    focus_paths: frozenset[str] | None, explain: bool, store: Store | None, changed: frozenset[str] = frozenset(),
) -> tuple[RunResult, dict[str, dict[str, Any]]]:
    """Run every rule's check over the corpus its scope needs, then suppressions and the focus."""
    focus = Focus(focus_paths)
    findings: list[Finding] = []
    statements: list[Statement] = []
    internal = list(corpus.errors)
    rewritten: dict[str, dict[str, Any]] = {}
    # Fact rules run last: in a focus run they also see the documents a contradiction was found in,
    # so that the one finding per wrong figure (the fact's, _one_finding_per_figure) is the full run's.
    for rule in sorted(ruleset.rules, key=lambda r: r.kind == "fact"):
        check = CHECKS[rule.kind]
        rule_focus = focus
        if rule.kind == "fact" and not focus.everything and focus.paths is not None:
            rule_focus = Focus(focus.paths | {f.location.path for f in findings if f.kind == "contradiction"})
        view: RuleCorpus[Any] = RuleCorpus(
            check, rule, ruleset, today, _paths_for(check, rule, corpus, rule_focus, store), corpus.documents,
            corpus.held[rule.id], corpus.stored.get(rule.id, {}), _fetcher(store, corpus.scopes.get(rule.id)),
            _recompute(corpus.documents, ruleset), changed, corpus.spilled,
        )
        # The view holds the rule's summaries now, and lets their bytes go once it has decoded them.
        corpus.held[rule.id] = {}
        try:
            findings.extend(check.check(view, rule, rule_focus))
            if explain:
                statements.extend(check.explain(view, rule, focus))
            else:  # the summary line counts what could not be checked (#15)
                statements.extend(check.unchecked(view, rule, focus))
        except Exception:  # noqa: BLE001 - isolate a buggy check from the others
            internal.append(f"rule {rule.id} ({rule.kind}) crashed:\n{traceback.format_exc()}")
        internal.extend(view.errors)
        if view.rewritten:
            rewritten[rule.id] = view.rewritten
        if corpus.spilled is not None:
            corpus.spilled.drop(rule.id)
        corpus.documents.let_go()
        del view  # and with it the rule's summaries: 100,000 articles hold a few hundred megabytes
    known = frozenset(r.id for r in ruleset.rules)
    if not focus.everything:
        statements = [s for s in statements if s.path in focus]
    involved = {loc.path for f in findings for loc in (f.location, *f.related)}
    suppressible = (
        corpus.documents.passing(p) for p in corpus.paths
        if p.lower().endswith(suppress.SUFFIXES) and (focus.everything or p in involved or p in focus)
    )
    findings = _one_finding_per_figure(suppress.apply(_finalize(findings), suppressible, known, ignores))
    if not focus.everything:
        findings = [f for f in findings if focus.touches(f)]  # an unused suppression elsewhere is not this commit's
    final = _finalize(findings)
    statements.sort(key=lambda s: (s.path, s.span.start, s.span.end, s.rule))
    order = {p: i for i, p in enumerate(corpus.order)}
    wanted = {loc.path for f in final for loc in (f.location, *f.related)} | {s.path for s in statements}
    documents = {p: corpus.documents.get(p) for p in corpus.paths if p in wanted}
    # after the report's documents are read: a file found changed on that read is a problem of this run
    problems = {**corpus.problems, **corpus.documents.problems}
    return RunResult(
        final, FrozenDict(documents), tuple(sorted(problems.values(), key=lambda p: order.get(p.path, len(order)))),
        tuple(internal), len(corpus.paths) + len(corpus.problems), tuple(statements),
    ), rewritten


def _fetcher(store: Store | None, scope: bytes | None) -> Callable[[Sequence[bytes]], Mapping[bytes, bytes]]:
    def fetch(keys_: Sequence[bytes]) -> Mapping[bytes, bytes]:
        return store.values(scope, keys_) if store is not None and scope is not None else {}

    return fetch


def _recompute(documents: Documents, ruleset: RuleSet) -> Callable[[str, Rule], tuple[Any, str | None]]:
    def make(path: str, rule: Rule) -> tuple[Any, str | None]:
        analysed = analyse([documents.get(path)], ruleset, [rule])[0]
        if rule.id in analysed.summaries:
            return analysed.summaries[rule.id], None
        return None, "\n".join(analysed.errors) or f"rule {rule.id} could not summarise {path}"

    return make


def _paths_for(check: Check[Any], rule: Rule, corpus: _Corpus, focus: Focus, store: Store | None) -> list[str]:
    """The documents a rule's check must see: all of them, or for a focused run what its scope needs."""
    if focus.everything or check.scope == "corpus":
        return corpus.paths
    in_focus = [p for p in corpus.paths if p in focus]
    if check.scope == "documents":
        return in_focus
    own = _related_keys(check, rule, corpus, store, in_focus)
    wanted = set().union(*(own.get(p, ()) for p in in_focus))
    if not wanted and all(p in own for p in in_focus):
        return in_focus  # the changed documents relate to nothing (this rule found no claim in them)
    related = _related_keys(check, rule, corpus, store, corpus.paths)
    return [p for p in corpus.paths if p in focus or p not in related or not wanted.isdisjoint(related[p])]


def _related_keys(
    check: Check[Any], rule: Rule, corpus: _Corpus, store: Store | None, paths: Sequence[str],
) -> dict[str, frozenset[str]]:
    """The related keys of the documents ``paths`` for the rule (a document whose keys cannot be read
    is left out of the map: it is then always included)."""
    out: dict[str, frozenset[str]] = {}
    held, made = corpus.held[rule.id], corpus.related[rule.id]
    stored = corpus.stored.get(rule.id, {})
    fetch: dict[bytes, str] = {}
    for path in paths:
        if path in made:
            out[path] = frozenset(made[path])
        elif path in held and not isinstance(held[path], Encoded):
            out[path] = frozenset(check.related_keys(held[path], rule))
        elif path in stored:
            fetch[stored[path]] = path
    scope = corpus.scopes.get(rule.id)
    if store is not None and fetch and scope is not None:
        for key, blob in store.related(scope, list(fetch)).items():
            try:
                out[fetch[key]] = frozenset(_RELATED.decode(blob))
            except CodecError:
                continue
    return out


def _one_finding_per_figure(findings: Sequence[Finding]) -> list[Finding]:
    """A figure that disagrees with a reference fact and with other places is one wrong figure: the
    fact finding stays and takes the contradiction's places as related; the contradiction goes.
    After suppressions, so that silencing one of the two leaves the other whole."""
    facts = {(f.location.path, f.location.span): i for i, f in enumerate(findings) if f.kind == "fact"}
    out = list(findings)
    merged: set[int] = set()
    for i, f in enumerate(findings):
        j = facts.get((f.location.path, f.location.span)) if f.kind == "contradiction" else None
        if j is None:
            continue
        fact = out[j]
        extra = tuple(loc for loc in f.related if loc not in fact.related)
        places = f"{len(f.related)} other place" + ("s" if len(f.related) != 1 else "")
        message = fact.message + f"; also disagrees with {places} ({f.rule})"
        out[j] = replace(fact, message=message, related=fact.related + extra,
                         data={**fact.data, "also": {"rule": f.rule, "message": f.message}})
        merged.add(i)
    return [f for i, f in enumerate(out) if i not in merged]


def _finalize(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    unique = {(f.sort_key(), f.related, f.severity): f for f in findings}
    return tuple(sorted(unique.values(), key=Finding.sort_key))


def _remember(store: Store, key: bytes, result: RunResult) -> None:
    stored = _StoredResult(result.findings, result.problems, result.files, result.statements, tuple(result.documents))
    try:
        store.put_result(key, _RESULT.encode(stored))
    except (TypeError, OverflowError, UnicodeEncodeError, msgspec.EncodeError):
        return  # a value too large for the format, a file name that is not UTF-8: correct, only uncached


def _cached_result(store: Store, key: bytes, digests: Mapping[str, bytes], dates: Mapping[str, dt.date | None]) -> RunResult | None:
    blob = store.result(key)
    if blob is None:
        return None
    try:
        stored = _RESULT.decode(blob)
    except CodecError:
        return None
    documents = Documents(digests, dates)
    if not all(p in documents for p in stored.documents):
        return None
    docs = {p: documents.get(p) for p in stored.documents}
    if documents.problems:
        return None  # a file changed under us: analyse for real
    return RunResult(stored.findings, FrozenDict(docs), stored.problems, (), stored.file_count, stored.statements)
