"""Parse and analyse files in batches, in worker processes or in this one.

A batch is up to ``BATCH`` files: large enough for a check's vectorised ``summarise_many``, small
enough to balance the workers. A worker reads a file itself unless the main process already read
it (to hash it for the cache), so 48 MB of articles are not piped between processes. Summaries
come back as their codecs' bytes, which the main process stores as they are and decodes only
when a check asks; so do those made in this process (``-j 1``), and its documents are not kept:
per article the run holds a few kilobytes of summaries, not the text and every claim as objects.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..checks import CHECKS
from ..config.ruleset import RuleSet
from ..loader import MAX_ARTICLE_BYTES, parse, read_bytes
from ..model import Document, InputProblem
from .analyse import analyse
from .keys import content_digest
from .lazy import Encoded

BATCH = 32


@dataclass(frozen=True)
class Task:
    path: str
    raw: bytes | None  # None: the worker reads the file
    date: dt.date | None  # the configured date of an article without a dateline
    rules: tuple[str, ...]  # the ids of the rules to summarise it for
    max_bytes: int = MAX_ARTICLE_BYTES  # a larger file (swapped in since discovery) is an input problem


@dataclass(frozen=True)
class Done:
    path: str
    problem: InputProblem | None
    digest: bytes | None  # of the bytes the worker read
    summaries: dict[str, Any] = field(default_factory=dict)
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)  # for checks of scope "related"
    errors: tuple[str, ...] = ()


_STATE: dict[str, Any] = {}


def _init(ruleset: RuleSet) -> None:
    _STATE.update(ruleset=ruleset)


def _run_batch(tasks: Sequence[Task]) -> list[Done]:
    ruleset: RuleSet = _STATE["ruleset"]
    loaded: list[tuple[Task, Document | InputProblem, bytes | None]] = []
    for task in tasks:
        raw = task.raw
        if raw is None:
            read = read_bytes(task.path, task.max_bytes)
            if isinstance(read, InputProblem):
                loaded.append((task, read, None))
                continue
            raw = read
        loaded.append((task, parse(task.path, raw, default_date=task.date), content_digest(raw)))
    by_rules: dict[tuple[str, ...], list[Document]] = {}
    for task, doc, _ in loaded:
        if isinstance(doc, Document):
            by_rules.setdefault(task.rules, []).append(doc)
    analysed = {}
    for rule_ids, docs in by_rules.items():
        rules = [r for r in ruleset.rules if r.id in rule_ids]
        for a in analyse(docs, ruleset, rules):
            analysed[a.path] = a
    out: list[Done] = []
    for task, doc, digest in loaded:
        if isinstance(doc, InputProblem):
            out.append(Done(task.path, doc, digest))
            continue
        a = analysed[doc.path]
        summaries, related = a.summaries, {}
        for rule_id, value in a.summaries.items():
            rule = ruleset.rule(rule_id)
            assert rule is not None
            check = CHECKS[rule.kind]
            if check.scope == "related":
                related[rule_id] = tuple(sorted(check.related_keys(value, rule)))
        summaries = {rule_id: _encoded(rule_id, value, ruleset) for rule_id, value in summaries.items()}
        out.append(Done(task.path, None, digest, summaries, related, a.errors))
    return out


def _encoded(rule_id: str, value: Any, ruleset: RuleSet) -> Any:
    rule = ruleset.rule(rule_id)
    codec = CHECKS[rule.kind].codec if rule is not None else None
    if codec is None:
        return value
    try:
        return Encoded(codec.encode(value))
    except UnicodeEncodeError:  # a file name that is not UTF-8 in the summary: sent as an object, not stored
        return value


def run(
    tasks: Sequence[Task], ruleset: RuleSet, jobs: int, progress: Callable[[int], None] | None = None,
) -> Iterator[Done]:
    """Every task done, in order, its summaries encoded: with ``jobs`` > 1 and more than one batch in
    worker processes, otherwise here."""
    size = max(1, min(BATCH, len(tasks) // (jobs * 8)))
    batches = [tasks[i : i + size] for i in range(0, len(tasks), size)]
    results: Iterable[list[Done]]
    if jobs > 1 and len(batches) > 1:
        with ProcessPoolExecutor(jobs, initializer=_init, initargs=(ruleset,)) as pool:
            for batch in pool.map(_run_batch, batches):
                if progress:
                    progress(len(batch))
                yield from batch
        return
    _init(ruleset)
    for chunk in batches:
        batch = _run_batch(chunk)
        if progress:
            progress(len(batch))
        yield from batch
