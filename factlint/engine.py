"""Run rules over documents: analyse each document (in parallel), run checks, collect a RunResult.

The engine isolates failures (a crashing check becomes an internal error, the
other checks still report), removes duplicate findings and sorts them, so the
report is the same byte for byte whatever the worker count.
"""

from __future__ import annotations

import datetime as dt
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from . import segment
from .checks import CHECKS
from .config.rules import RuleSet
from .context import Analysis, Context
from .loader import load
from .model import SEVERITY_RANK, Document, Finding, FrozenDict, InputProblem

Progress = Callable[[int], None]


@dataclass(frozen=True)
class RunResult:
    findings: tuple[Finding, ...]
    documents: Mapping[str, Document]
    problems: tuple[InputProblem, ...] = ()
    internal_errors: tuple[str, ...] = ()
    analyses: Mapping[str, Analysis] = field(default_factory=FrozenDict)

    @property
    def files(self) -> int:
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
    blocks = tuple(segment.blocks(doc))
    wanted = needs(ruleset)
    quantities: tuple[Any, ...] = ()
    claims: tuple[Any, ...] = ()
    unbound: tuple[Any, ...] = ()
    if "quantities" in wanted:
        from .quantities import extract

        quantities = tuple(q for b in blocks for q in extract(b.text, b.span.start))
    if "claims" in wanted:
        from .binding import bind

        claims, unbound = bind(doc, blocks, quantities, ruleset)
    prepared = {
        rule.id: CHECKS[rule.kind].prepare(doc, blocks, rule)
        for rule in ruleset.rules
        if hasattr(CHECKS[rule.kind], "prepare")
    }
    # A plain dict: the Analysis crosses a process boundary with -j, and mappingproxy cannot be pickled.
    return Analysis(doc.path, blocks, quantities, tuple(claims), tuple(unbound), prepared)


_WORKER_RULESET: RuleSet | None = None


def _init_worker(ruleset: RuleSet) -> None:
    global _WORKER_RULESET
    _WORKER_RULESET = ruleset


def _load_and_analyse(path: str) -> tuple[Document | InputProblem, Analysis | None]:
    assert _WORKER_RULESET is not None
    doc = load(path)
    if isinstance(doc, InputProblem):
        return doc, None
    return doc, analyse(doc, _WORKER_RULESET)


def analyse_paths(
    paths: Sequence[str], ruleset: RuleSet, jobs: int = 1, progress: Progress | None = None
) -> tuple[list[Document], list[InputProblem], dict[str, Analysis]]:
    """Load and analyse files, in input order whatever the worker count."""
    documents: list[Document] = []
    problems: list[InputProblem] = []
    analyses: dict[str, Analysis] = {}

    def collect(results: Iterable[tuple[Document | InputProblem, Analysis | None]]) -> None:
        for doc, analysis in results:
            if isinstance(doc, InputProblem):
                problems.append(doc)
            else:
                documents.append(doc)
                assert analysis is not None
                analyses[doc.path] = analysis
            if progress:
                progress(1)

    if jobs > 1 and len(paths) > 1:
        chunk = max(1, min(64, len(paths) // (jobs * 8)))
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(ruleset,)) as pool:
            collect(pool.map(_load_and_analyse, paths, chunksize=chunk))
    else:
        _init_worker(ruleset)
        collect(map(_load_and_analyse, paths))
    return documents, problems, analyses


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
) -> RunResult:
    documents, problems, analyses = analyse_paths(paths, ruleset, jobs, progress)
    ctx = Context(tuple(documents), FrozenDict(analyses), ruleset, today or dt.date.today())
    findings, internal = run_checks(ctx)
    return RunResult(
        finalize(findings),
        FrozenDict({d.path: d for d in documents}),
        tuple(problems),
        tuple(internal),
        FrozenDict(analyses),
    )
