"""CPU per article of each stage of a cold lint run, on warm per-process memos.

Runs ``factlint lint CORPUS --no-cache -j 1`` in this process with each stage wrapped in
``time.process_time`` (parsing, segmenting, extraction, binding, each check's summary) and
counts only the articles after the first ``--warm`` (the memos of words and names fill on the
first articles of a corpus and are then mostly hits, as in a long run).

    python benchmarks/gen_corpus.py --out /tmp/stock3k --articles 3000 --stock
    python benchmarks/bench_stages.py /tmp/stock3k --warm 1000
"""

from __future__ import annotations

import argparse
import collections
import runpy
import sys
import tempfile
import time
from typing import Any, Callable

import factlint.engine.analyse as analyse_module
import factlint.engine.workers as workers_module
from factlint import segment
from factlint.checks import CHECKS


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--warm", type=int, default=1000, help="articles analysed before the clock starts")
    args = ap.parse_args()
    spent: dict[str, float] = collections.defaultdict(float)
    bound = [0]

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **k: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                if name == "bind":
                    bound[0] += 1
                if bound[0] > args.warm:
                    spent[name] += time.process_time() - start
        return wrapper

    for module, name, label in ((analyse_module, "extract_blocks", "extract"), (analyse_module, "bind", "bind"),
                                (workers_module, "parse", "parse")):
        setattr(module, name, timed(label, getattr(module, name)))
    blocks = timed("segment", segment.blocks)
    setattr(analyse_module, "segment", type("Segment", (), {"blocks": staticmethod(blocks)}))
    for kind, check in CHECKS.items():
        cls = type(check)
        name = "summarise_many" if "summarise_many" in cls.__dict__ else "summarise"
        setattr(cls, name, timed(f"summary: {kind}", getattr(cls, name)))
    with tempfile.TemporaryDirectory() as tmp:
        sys.argv = ["factlint", "lint", args.corpus, "--no-cache", "-j", "1", "--format", "json",
                    "-o", f"{tmp}/report.json", "--fail-on", "never"]
        try:
            runpy.run_module("factlint", run_name="__main__")
        except SystemExit:
            pass
    measured = bound[0] - args.warm
    if measured <= 0:
        sys.exit(f"only {bound[0]} articles bound: lower --warm")
    print(f"{measured} articles measured (after {args.warm}), CPU per article:")
    for name, seconds in sorted(spent.items(), key=lambda x: -x[1]):
        print(f"  {name:24s} {1000 * seconds / measured:.3f} ms")
    print(f"  {'all stages':24s} {1000 * sum(spent.values()) / measured:.3f} ms")


if __name__ == "__main__":
    main()
