"""Run rules over documents: analyse each document (in parallel), run checks, collect a RunResult.

The engine isolates failures (a crashing check becomes an internal error, the
other checks still report), removes duplicate findings and sorts them, so the
report is the same byte for byte whatever the worker count.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Mapping, Sequence

from fnmatch import fnmatch
from pathlib import Path

from . import segment, suppress
from .cache import AnalysisCache, content_digest, file_key, ruleset_salt
from .checks import CHECKS
from .config.rules import Rule, RuleSet
from .context import Analysis, Context, LazyCorpus, PackedBlocks, lean
from .loader import parse
from .model import SEVERITY_RANK, Block, Claim, Document, Finding, FrozenDict, InputProblem, Quantity

Progress = Callable[[int], None]


@dataclass(frozen=True)
class RunResult:
    findings: tuple[Finding, ...]
    documents: Mapping[str, Document]
    problems: tuple[InputProblem, ...] = ()
    internal_errors: tuple[str, ...] = ()
    analyses: Mapping[str, Analysis] = field(default_factory=FrozenDict)
    file_count: int | None = None  # set when ``documents`` holds only the documents findings point into

    @property
    def files(self) -> int:
        if self.file_count is not None:
            return self.file_count
        return len(self.documents) + len(self.problems)

    def summary(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            counts[f.severity] += 1
        return counts

    def exit_code(self, fail_on: str = "error") -> int:
        """3 internal error, 2 input problems (an incomplete check never passes), 1 findings ≥ fail_on, else 0."""
        if self.internal_errors:
            return 3
        if self.problems:
            return 2
        if fail_on == "never":
            return 0
        threshold = SEVERITY_RANK[fail_on]
        return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in self.findings) else 0


def needs(ruleset: RuleSet) -> frozenset[str]:
    wanted: set[str] = set()
    for rule in ruleset.rules:
        wanted |= set(getattr(CHECKS[rule.kind], "NEEDS", ()))
    if "claims" in wanted:
        wanted.add("quantities")
    return frozenset(wanted)


def analyse(doc: Document, ruleset: RuleSet) -> Analysis:
    """Everything one document yields on its own, for every rule in the set."""
    return analyse_many([doc], ruleset)[0]


def analyse_many(docs: Sequence[Document], ruleset: RuleSet) -> list[Analysis]:
    """:func:`analyse` for a batch of documents: a check with ``prepare_many`` prepares them in one call."""
    wanted = needs(ruleset)
    # Packed: Block objects are made on access. Quantities and claims walk the blocks several times,
    # so for them the objects are made once, up front.
    packed = [PackedBlocks(doc.path, doc.text, segment.block_offsets(doc)) for doc in docs]
    blocks_of: list[Sequence[Block]] = [tuple(p) for p in packed] if wanted else list(packed)
    parts = [_bind(doc, blocks, wanted, ruleset) for doc, blocks in zip(docs, blocks_of)]
    prepared: list[dict[str, Any]] = [{} for _ in docs]
    for rule in ruleset.rules:
        module = CHECKS[rule.kind]
        if not hasattr(module, "prepare"):
            continue
        batch = _prepare_batch(module, rule, docs, blocks_of)
        for i, (doc, blocks) in enumerate(zip(docs, blocks_of)):
            if batch is not None:
                prepared[i][rule.id] = batch[i]
                continue
            try:
                prepared[i][rule.id] = prepare_for(module, doc, blocks, rule, parts[i][0], ruleset)
            except Exception:  # noqa: BLE001 - isolate a buggy check, as run_checks does
                parts[i][3].append(f"rule {rule.id} ({rule.kind}) crashed preparing {doc.path}:\n{traceback.format_exc()}")
    # A plain dict: the Analysis crosses a process boundary with -j, and mappingproxy cannot be pickled.
    return [
        Analysis(doc.path, blocks, quantities, tuple(claims), tuple(unbound), prepared[i], tuple(errors))
        for i, (doc, blocks, (quantities, claims, unbound, errors)) in enumerate(zip(docs, blocks_of, parts))
    ]


def _bind(
    doc: Document, blocks: Sequence[Block], wanted: frozenset[str], ruleset: RuleSet
) -> tuple[tuple[Quantity, ...], Sequence[Claim], Sequence[Quantity], list[str]]:
    """A document's quantities, claims and unbound quantities (as far as the rules need them), and crashes."""
    quantities: tuple[Quantity, ...] = ()
    claims: Sequence[Claim] = ()
    unbound: Sequence[Quantity] = ()
    if "quantities" in wanted:
        from .quantities import extract

        quantities = tuple(q for b in blocks for q in extract(b.text, b.span.start))
    errors: list[str] = []
    if "claims" in wanted:
        from .binding import bind

        try:
            claims, unbound = bind(doc, blocks, quantities, ruleset)
        except Exception:  # noqa: BLE001 - one article must not sink the run
            errors.append(f"binding claims in {doc.path} crashed:\n{traceback.format_exc()}")
    return quantities, claims, unbound, errors


def _prepare_batch(
    module: Any, rule: Rule, docs: Sequence[Document], blocks_of: Sequence[Sequence[Block]]
) -> list[Any] | None:
    """A module's ``prepare_many`` over the batch, or None: then each document is prepared on its own,
    so that a crash is pinned to the document that caused it."""
    if len(docs) < 2 or not hasattr(module, "prepare_many"):
        return None
    try:
        batch = module.prepare_many(list(zip(docs, blocks_of)), rule)
    except Exception:  # noqa: BLE001 - retried one by one, which reports the culprit
        return None
    return list(batch) if len(batch) == len(docs) else None


def prepare_for(
    module: Any, doc: Document, blocks: Sequence[Block], rule: Rule, quantities: Sequence[Quantity],
    ruleset: RuleSet | None = None,
) -> Any:
    """A check's ``prepare``; one that NEEDS quantities gets the document's, extracted once for every rule;
    one that NEEDS the ruleset (the term check: entities are declared names) gets it."""
    if "quantities" in getattr(module, "NEEDS", ()):
        return module.prepare(doc, blocks, rule, quantities)
    if "ruleset" in getattr(module, "NEEDS", ()):
        return module.prepare(doc, blocks, rule, ruleset)
    return module.prepare(doc, blocks, rule)


_WORKER: dict[str, Any] = {}
BATCH = 32  # files per worker task


def _init_worker(ruleset: RuleSet, dates: Mapping[str, str]) -> None:
    _WORKER["ruleset"] = ruleset
    _WORKER["dates"] = dates


def _parse_and_analyse(tasks: Sequence[tuple[str, bytes | None]]) -> list[tuple[Document | InputProblem, Analysis | None]]:
    """Worker: parse and analyse a batch of files; without a cache the worker reads the files itself
    (the main process need not read 48 MB and pipe it to the workers)."""
    loaded: list[Document | InputProblem] = []
    for path, raw in tasks:
        if raw is None:
            try:
                raw = Path(path).read_bytes()
            except OSError as exc:
                loaded.append(InputProblem(path, f"cannot read file: {exc.strerror or exc}"))
                continue
        loaded.append(parse(path, raw, default_date=date_for(path, _WORKER["dates"])))
    docs = [doc for doc in loaded if isinstance(doc, Document)]
    analysed = iter(analyse_many(docs, _WORKER["ruleset"]))
    return [(doc, lean(next(analysed), doc)) if isinstance(doc, Document) else (doc, None) for doc in loaded]


def date_for(path: str, dates: Mapping[str, str]) -> dt.date | None:
    """The configured date of an article without a dateline (``dates: {glob: YYYY-MM-DD}``)."""
    posix = path.replace("\\", "/")
    for pattern, value in dates.items():
        if fnmatch(posix, pattern) or fnmatch(posix, pattern.rstrip("/") + "/*"):
            return dt.date.fromisoformat(value)
    return None


def analyse_paths(
    paths: Sequence[str],
    ruleset: RuleSet,
    jobs: int = 1,
    progress: Progress | None = None,
    cache: AnalysisCache | None = None,
    dates: Mapping[str, str] = FrozenDict(),
) -> tuple[Sequence[Document], list[InputProblem], dict[str, Analysis]]:
    """Load and analyse files, reusing cached analyses; results in input order whatever the worker count."""
    if cache is None:
        raws: Sequence[tuple[str, bytes | None]] = [(path, None) for path in paths]  # workers read them
        return analyse_raw(paths, raws, {}, ruleset, jobs, progress, None, {}, dates)
    keys, read, unreadable = cached_keys(paths, ruleset, dates, cache)
    raws = [(path, read.get(path)) for path in paths if path in keys]
    return analyse_raw(paths, raws, unreadable, ruleset, jobs, progress, cache, keys, dates)


def cached_keys(
    paths: Sequence[str], ruleset: RuleSet, dates: Mapping[str, str], cache: AnalysisCache
) -> tuple[dict[str, bytes], dict[str, bytes], dict[str, InputProblem]]:
    """Every file's cache key, the bytes of the files that had to be read for it, and the unreadable files.

    A file whose size and modification time match the stamp recorded when it was last read keeps
    its recorded content digest and is not read (ruff and git's index do the same): on the
    10,000-article corpus, 10,000 stats instead of reading and hashing 48 MB.
    """
    salt = ruleset_salt(ruleset) + repr(sorted(dates.items())).encode()
    stamps = cache.stamps()
    cwd = os.getcwd()
    now = time.time_ns()
    keys: dict[str, bytes] = {}
    read: dict[str, bytes] = {}
    unreadable: dict[str, InputProblem] = {}
    fresh: list[tuple[str, int, int, bytes, int]] = []
    for path in paths:
        where = os.path.join(cwd, path)  # stamps are per file, whatever the directory a run starts in
        try:
            stat = os.stat(path)
            stamp = stamps.get(where)
            if stamp is not None and stamp.still_valid(stat.st_size, stat.st_mtime_ns):
                digest = stamp.digest
            else:
                raw = read[path] = Path(path).read_bytes()
                digest = content_digest(raw)
                fresh.append((where, stat.st_size, stat.st_mtime_ns, digest, now))
        except OSError as exc:
            unreadable[path] = InputProblem(path, f"cannot read file: {exc.strerror or exc}")
            continue
        keys[path] = file_key(salt, path, digest)
    cache.put_stamps(fresh)
    return keys, read, unreadable


def analyse_raw(
    paths: Sequence[str],
    raws: Sequence[tuple[str, bytes | None]],
    unreadable: Mapping[str, InputProblem],
    ruleset: RuleSet,
    jobs: int,
    progress: Progress | None,
    cache: AnalysisCache | None,
    keys: Mapping[str, bytes],
    dates: Mapping[str, str],
) -> tuple[Sequence[Document], list[InputProblem], dict[str, Analysis]]:
    """Analyses of every readable file, in input order; the documents of cache hits are read lazily
    (a :class:`LazyCorpus`), so a run that needs few of their texts never reads the others."""
    results: dict[str, tuple[Document | InputProblem | None, Analysis | None]] = {
        p: (problem, None) for p, problem in unreadable.items()
    }
    tasks = list(raws)
    lazy: list[LazyCorpus] = []  # the documents of cache hits, made at the end
    if cache is not None:
        # A hit's document is read when asked for, through the run's LazyCorpus (made at the end).
        hits = cache.get_many([keys[path] for path, _ in tasks], functools.partial(_text_of, lazy))
        missing = []
        for path, raw in tasks:
            hit = hits.get(keys[path])
            if hit is not None:
                results[path] = (None, hit)
            else:
                missing.append((path, raw))
        if progress and len(tasks) > len(missing):
            progress(len(tasks) - len(missing))
        tasks = missing

    def collect(done: Iterable[list[tuple[Document | InputProblem, Analysis | None]]]) -> None:
        for batch in done:
            for doc, analysis in batch:
                results[doc.path] = (doc, analysis)
            if progress:
                progress(len(batch))

    # Batches of up to BATCH files: large enough for prepare_many, small enough to balance workers.
    size = max(1, min(BATCH, len(tasks) // (jobs * 8)))
    batches = [tasks[i : i + size] for i in range(0, len(tasks), size)]
    if jobs > 1 and len(batches) > 1:
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(ruleset, dates)) as pool:
            collect(pool.map(_parse_and_analyse, batches))
    else:
        _init_worker(ruleset, dates)
        collect(map(_parse_and_analyse, batches))
    fresh: dict[str, Document] = {}
    made: list[tuple[bytes, Document, Analysis]] = []
    for path, _ in tasks:
        doc, analysis = results[path]
        if isinstance(doc, Document) and analysis is not None:
            fresh[path] = doc
            if cache is not None:
                made.append((keys[path], doc, analysis))
    if made and cache is not None:
        cache.put_many(made)

    problems: list[InputProblem] = []
    analyses: dict[str, Analysis] = {}
    for path in paths:
        doc, analysis = results[path]
        if isinstance(doc, InputProblem):
            problems.append(doc)
        else:
            assert analysis is not None
            analyses[path] = analysis
    if len(fresh) == len(analyses):
        return [fresh[p] for p in analyses], problems, analyses
    lazy.append(LazyCorpus(list(analyses), fresh, _cached_documents(cache, keys, dates)))
    return lazy[0], problems, analyses


def _text_of(lazy: Sequence[LazyCorpus], path: str) -> str:
    return lazy[0].document(path).text


def _cached_documents(
    cache: AnalysisCache | None, keys: Mapping[str, bytes], dates: Mapping[str, str]
) -> Callable[[Sequence[str]], Mapping[str, Document]]:
    """How a LazyCorpus reads documents: from the cache, or (a corrupt entry) from the file again."""

    def load(paths: Sequence[str]) -> Mapping[str, Document]:
        found = cache.documents([keys[p] for p in paths]) if cache is not None else {}
        out: dict[str, Document] = {}
        for path in paths:
            doc: Document | InputProblem | None = found.get(keys[path])
            if doc is None:
                doc = parse(path, Path(path).read_bytes(), default_date=date_for(path, dates))
            if isinstance(doc, InputProblem):
                raise LookupError(f"{path}: {doc.message}")
            out[path] = doc
        return out

    return load


def run_checks(ctx: Context) -> tuple[list[Finding], list[str]]:
    """Run every rule; a check that raises is reported as an internal error, not a lost run."""
    findings: list[Finding] = []
    internal: list[str] = []
    for rule in ctx.ruleset.rules:
        try:
            findings.extend(CHECKS[rule.kind].check(ctx, rule))
        except Exception:  # noqa: BLE001 - isolate a buggy check from the others
            internal.append(f"rule {rule.id} ({rule.kind}) crashed:\n{traceback.format_exc()}")
    return findings, internal


def finalize(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    unique = {(f.sort_key(), f.related, f.severity): f for f in findings}
    return tuple(sorted(unique.values(), key=Finding.sort_key))


def run(
    paths: Sequence[str],
    ruleset: RuleSet,
    jobs: int = 1,
    progress: Progress | None = None,
    today: dt.date | None = None,
    cache: AnalysisCache | None = None,
    ignores: Mapping[str, Sequence[str]] = FrozenDict(),
    dates: Mapping[str, str] = FrozenDict(),
    keep_analyses: bool = False,
    focus: frozenset[str] | None = None,
) -> RunResult:
    """Lint ``paths``. With a cache, an unchanged corpus (same bytes, rules, code, date) is answered
    from the last run's result without analysing anything; otherwise unchanged files reuse their
    cached analyses. ``keep_analyses`` bypasses the whole-run cache for callers that need them.

    ``focus`` (pre-commit: the changed files): every file is checked, but only findings located in
    or related to a focus file are kept, and checks may skip work that cannot lead to one."""
    today = today or dt.date.today()
    raws: Sequence[tuple[str, bytes | None]] = [(path, None) for path in paths]  # workers read them
    unreadable: Mapping[str, InputProblem] = {}
    keys: dict[str, bytes] = {}
    run_key = b""
    if cache is not None:
        keys, read, unreadable = cached_keys(paths, ruleset, dates, cache)
        raws = [(path, read.get(path)) for path in paths if path in keys]  # None: a worker reads it
        run_key = result_key(paths, keys, today, ignores, focus)
        if not keep_analyses:
            cached = cache.get_result(run_key)
            if cached is not None:
                if progress:
                    progress(len(paths))
                return cached
    documents, problems, analyses = analyse_raw(paths, raws, unreadable, ruleset, jobs, progress, cache, keys, dates)
    result = run_analysed(documents, problems, analyses, ruleset, today, ignores, focus, all_documents=keep_analyses)
    if cache is not None:
        if not result.internal_errors:
            cache.put_result(run_key, slim(result))
        cache.refresh_bundles([keys[path] for path in analyses])
    return result


def touches(finding: Finding, paths: frozenset[str] | set[str]) -> bool:
    """The finding is located in, or related to a place in, one of ``paths``."""
    return finding.location.path in paths or any(loc.path in paths for loc in finding.related)


def result_key(
    paths: Sequence[str], keys: Mapping[str, bytes], today: dt.date, ignores: Mapping[str, Sequence[str]],
    focus: frozenset[str] | None = None,
) -> bytes:
    """Identity of a whole run: every file's key in order (unreadable files by path), the date, the
    ignores and the focus."""
    h = hashlib.blake2b(digest_size=20)
    for path in paths:
        h.update(keys.get(path, b"unreadable:" + path.encode("utf-8", "surrogatepass")))
    h.update(f"{today.isoformat()}\0{sorted((k, tuple(v)) for k, v in ignores.items())!r}".encode())
    h.update(repr(None if focus is None else sorted(focus)).encode())
    return h.digest()


def slim(result: RunResult) -> RunResult:
    """What a cached result needs: findings, problems and only the documents the findings point into."""
    wanted = {loc.path for f in result.findings for loc in (f.location, *f.related)}
    documents = FrozenDict({p: result.documents[p] for p in sorted(wanted) if p in result.documents})
    return replace(result, documents=documents, analyses=FrozenDict(), file_count=result.files)


def run_analysed(
    documents: Sequence[Document],
    problems: Sequence[InputProblem],
    analyses: Mapping[str, Analysis],
    ruleset: RuleSet,
    today: dt.date | None = None,
    ignores: Mapping[str, Sequence[str]] = FrozenDict(),
    focus: frozenset[str] | None = None,
    all_documents: bool = False,
) -> RunResult:
    """Run the checks over analysed documents, then apply suppressions and per-path ignores; with a
    focus, keep only the findings that touch it.

    The result holds the documents its findings point into (every document with ``all_documents``):
    the documents of a run served from the cache are read only as far as they are needed.
    """
    docs = documents if isinstance(documents, (tuple, LazyCorpus)) else tuple(documents)
    ctx = Context(docs, FrozenDict(analyses), ruleset, today or dt.date.today(), focus)
    findings, internal = run_checks(ctx)
    internal = [e for path in ctx.paths for e in analyses[path].errors] + internal
    known = frozenset(r.id for r in ruleset.rules)
    suppressible: Sequence[Document] = docs
    if focus is not None:
        findings = [f for f in findings if touches(f, focus)]
        involved = {loc.path for f in findings for loc in (f.location, *f.related)} | focus
        suppressible = [ctx.document(p) for p in ctx.paths if p in involved]
    findings = suppress.apply(finalize(findings), suppressible, known, ignores)
    if focus is not None:
        findings = [f for f in findings if touches(f, focus)]  # an unused suppression elsewhere is not this commit's
    final = finalize(findings)
    wanted = set(ctx.paths) if all_documents else {loc.path for f in final for loc in (f.location, *f.related)}
    return RunResult(
        final,
        FrozenDict({p: ctx.document(p) for p in ctx.paths if p in wanted}),
        tuple(problems),
        tuple(internal),
        FrozenDict(analyses),
        file_count=len(ctx.paths) + len(problems),
    )
