"""Benchmark the ``conversion`` and ``arithmetic`` checks: per-article preparation and the corpus-wide check.

    python benchmarks/gen_corpus.py --out benchmarks/.corpus --articles 10000
    python benchmarks/bench_statements.py benchmarks/.corpus [--articles 10000] [--repeat 3]

Runs in one process on the first N articles (sorted by name), with the rules of
``rules/conversions.yaml`` and ``rules/rates.yaml``. It times, in CPU seconds (the
machine is shared, so wall time is printed beside it):

- per article (the work ``factlint lint`` spreads over worker processes and caches):
  quantity extraction, then each rule's ``summarise``, then the whole per-document
  analysis (``engine.analyse``: segmenting, extraction and every ``summarise``);
- corpus-wide, in the main process: ``check(corpus, rule, focus)`` and ``unchecked`` (what the
  summary line counts) of each rule over all N articles (best of ``--repeat``, each repeat with no
  currency pair decided yet), and ``explain`` (what ``--explain`` shows); reading the ECB rate file
  (once per process) is timed on its own.

It also prints how many statements and findings there are, so two versions can be
compared on the same output.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, Callable

from factlint import segment
from factlint.checks import CHECKS
from factlint.checks.base import DocumentView, Focus
from factlint.checks.conversion import rate_book
from factlint.config.rules import load_rules
from factlint.ecb import reference_rates
from factlint.engine import rule_corpus
from factlint.engine.analyse import analyse
from factlint.loader import parse
from factlint.model import Document
from factlint.quantities import extract

REPO = Path(__file__).resolve().parent.parent
RULES = [str(REPO / "rules" / "conversions.yaml"), str(REPO / "rules" / "rates.yaml")]
KINDS = ("conversion", "arithmetic")


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """Result, CPU seconds, wall seconds."""
    c0, w0 = time.process_time(), time.perf_counter()
    out = fn()
    return out, time.process_time() - c0, time.perf_counter() - w0


def best(fn: Callable[[], Any], repeat: int) -> tuple[Any, float, float]:
    runs = [timed(fn) for _ in range(repeat)]
    return runs[0][0], min(r[1] for r in runs), min(r[2] for r in runs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted(args.corpus.glob("*.txt"))[: args.articles]
    if not files:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 2
    ruleset = load_rules(RULES)
    rules = {kind: next(r for r in ruleset.rules if r.kind == kind) for kind in KINDS}
    docs = [d for d in (parse(str(f), f.read_bytes()) for f in files) if isinstance(d, Document)]
    n = len(docs)
    blocks = {d.path: tuple(segment.blocks(d)) for d in docs}

    quantities, cpu, wall = timed(lambda: {d.path: tuple(q for b in blocks[d.path] for q in extract(b.text, b.span.start)) for d in docs})
    print(f"{n} articles, {sum(map(len, quantities.values())):,} quantities")
    print(f"  extract quantities:   {cpu / n * 1000:6.3f} ms/article CPU ({wall / n * 1000:.3f} wall)")
    views = [DocumentView(d, blocks[d.path], quantities[d.path], (), ruleset) for d in docs]
    for kind, rule in rules.items():
        check = CHECKS[kind]
        _, cpu, wall = timed(lambda: [check.summarise(v, rule) for v in views])
        print(f"  {kind} summarise: {cpu / n * 1000:6.3f} ms/article CPU ({wall / n * 1000:.3f} wall)")
    analysed, cpu, wall = timed(lambda: analyse(docs, ruleset))
    print(f"  engine.analyse:       {cpu / n * 1000:6.3f} ms/article CPU ({wall / n * 1000:.3f} wall)")

    paths = [d.path for d in docs]
    total = 0.0
    # The ECB rate file is read once per process, when a currency pair first needs it.
    _, cpu, wall = timed(reference_rates)
    print(f"  ECB rates read:       {cpu:6.3f} s CPU ({wall:.3f} wall), once per process")
    for kind, rule in rules.items():
        check = CHECKS[kind]
        corpus = rule_corpus(paths, {a.path: a.summaries[rule.id] for a in analysed}, ruleset, rule, docs)

        def phase() -> list[Any]:
            # What a run does after the summaries: findings, then the undecidable statements the
            # summary line counts. Every repeat starts with no decided pair (rate_book's memo cleared);
            # the ECB file's parsed rows stay, as they would after the first rule of a run.
            rate_book.cache_clear()
            return list(check.check(corpus, rule, Focus())) + [*check.unchecked(corpus, rule, Focus())]

        findings, cpu, wall = best(phase, args.repeat)
        total += cpu
        statements, s_cpu, s_wall = best(lambda: list(check.explain(corpus, rule, Focus())), args.repeat)
        verdicts = {v: sum(1 for s in statements if s.verdict == v) for v in ("holds", "fails", "unchecked")}
        print(f"  {kind} check + unchecked: {cpu:6.3f} s CPU ({wall:.3f} wall) for {n} articles; {len(findings)} findings and unchecked")
        print(f"  {kind} statements: {s_cpu:6.3f} s CPU ({s_wall:.3f} wall); {len(statements)} statements {verdicts}")
    print(f"  both checks:        {total:6.3f} s CPU for {n} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
