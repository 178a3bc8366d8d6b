"""Where a cold lint run's CPU goes, by sampling: shares per function (inclusive) and per line (self).

Runs ``factlint lint CORPUS --no-cache -j 1`` in this process under a CPU-time timer
(``ITIMER_PROF``); at each tick the stack is recorded: every function on it gains one sample
(inclusive), the line on top one (self). It adds no cost per call, as cProfile does, but it has a
bias of its own: CPython 3.11 runs the handler only at its "eval breaker" checks, on entering a
function and on a loop's back-edge, so a tick that falls inside C code is charged to the next
function entered. The first line of a small, often-called function (a dataclass's ``__init__``:
session 19 in benchmarks/README.md) is over-counted, C-heavy lines under-counted: read the shares
as where to look, and time a cut in one process, old and new alternating, before believing it.

    python benchmarks/gen_corpus.py --out /tmp/stock-10000 --articles 10000 --stock
    python benchmarks/profile_sampled.py /tmp/stock-10000 --top 120 > profile.txt
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
from types import FrameType


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--interval", type=float, default=0.0005, help="seconds of CPU between samples")
    ap.add_argument("--top", type=int, default=150, help="rows of each table")
    args = ap.parse_args()
    inclusive: collections.Counter[tuple[str, str]] = collections.Counter()
    lines: collections.Counter[tuple[str, int, str]] = collections.Counter()
    total = [0]

    def where(path: str) -> str:
        return path.split("site-packages/")[-1].rsplit("/factlint/", 1)[-1]

    def sample(signum: int, frame: FrameType | None) -> None:
        total[0] += 1
        if frame is not None:
            lines[(where(frame.f_code.co_filename), frame.f_lineno or 0, frame.f_code.co_name)] += 1
        seen: set[tuple[str, str]] = set()
        while frame is not None:
            key = (where(frame.f_code.co_filename), frame.f_code.co_name)
            if key not in seen:
                seen.add(key)
                inclusive[key] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    sys.argv = ["factlint", "lint", args.corpus, "--no-cache", "-j", "1", "--format", "jsonl", "-o", "/dev/null",
                "--fail-on", "never"]
    from factlint.cli import main as lint
    try:
        lint()
    except SystemExit:
        pass
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = max(1, total[0])
    print(f"{total[0]} samples\n== inclusive (share of samples with the function on the stack)")
    for (path, name), count in inclusive.most_common(args.top):
        print(f"{100 * count / n:6.2f}% {path}:{name}")
    print("== self (share of samples with the line on top)")
    for (path, line, name), count in lines.most_common(args.top):
        print(f"{100 * count / n:6.2f}% {path}:{line} {name}")


if __name__ == "__main__":
    main()
