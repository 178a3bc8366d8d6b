"""Benchmark binding (figures → claims) on the generated corpus.

    python benchmarks/gen_corpus.py --out benchmarks/.corpus --articles 10000
    python benchmarks/bench_binding.py benchmarks/.corpus [--articles 1000] [--repeat 3] [--profile]

Segmentation and quantity extraction run first and are not timed: the figure is
``binding.bind`` alone, per article, in one process (wall and CPU time, best of
``--repeat`` runs, since CI machines are shared). The first article is bound once
before timing so the per-rule-set matcher is built outside the measurement (it is
built once per process, as in a worker). ``--profile`` prints the top cProfile entries.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

from factlint import segment
from factlint.binding import bind
from factlint.config.rules import default_pack, load_rules
from factlint.loader import load
from factlint.model import Block, Document, Quantity
from factlint.quantities import extract


def prepare(files: list[str]) -> list[tuple[Document, list[Block], list[Quantity]]]:
    out = []
    for f in files:
        doc = load(f)
        if not isinstance(doc, Document):
            continue
        blocks = segment.blocks(doc)
        out.append((doc, blocks, [q for b in blocks for q in extract(b.text, b.span.start)]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rules", default=None, help="rule folder (default: the shipped pack)")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    files = sorted(str(p) for p in args.corpus.glob("*.txt"))[: args.articles]
    if not files:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 2
    ruleset = load_rules([args.rules] if args.rules else default_pack())
    docs = prepare(files)
    bind(*docs[0], ruleset)  # build the matcher (and pint, if it is needed) outside the timing
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            bind(*d, ruleset)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return 0
    best_wall = best_cpu = float("inf")
    claims = unbound = 0
    for _ in range(args.repeat):
        claims = unbound = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            c, u = bind(*d, ruleset)
            claims += len(c)
            unbound += len(u)
        best_wall = min(best_wall, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    n = len(docs)
    figures = sum(len(q) for _, _, q in docs)
    print(
        f"bind: {n:,} articles, {figures:,} figures → {claims:,} claims, {unbound:,} unbound; "
        f"wall {best_wall:.2f} s = {best_wall / n * 1e3:.2f} ms/article ({n / best_wall:,.0f} articles/s); "
        f"CPU {best_cpu:.2f} s = {best_cpu / n * 1e3:.2f} ms/article (best of {args.repeat})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
