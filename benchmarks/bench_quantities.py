"""Benchmark quantity extraction on the generated corpus.

    python benchmarks/gen_corpus.py --out benchmarks/.corpus --articles 10000
    python benchmarks/bench_quantities.py benchmarks/.corpus [--jobs 2] [--sample-mb 8]

Reports single-process throughput (MB/s of UTF-8 input, quantities/s) on a
sample — wall clock and CPU time, since CI machines are shared — and the wall time of the whole corpus with a ``multiprocessing``
pool of ``--jobs`` workers. Workers return counts, not Quantity objects:
we measure extraction, not pickling. File reading is included in the pool
time (it is part of a real run), excluded from the single-process figure.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from pathlib import Path

from factlint.quantities import extract


def _count(path: str) -> tuple[int, int]:
    text = Path(path).read_text(encoding="utf-8")
    return len(text.encode("utf-8")), len(extract(text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sample-mb", type=float, default=8.0, help="single-process sample size")
    args = ap.parse_args(argv)
    files = sorted(str(p) for p in args.corpus.glob("*.txt"))
    if not files:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 2

    texts, size = [], 0
    for f in files:
        t = Path(f).read_text(encoding="utf-8")
        texts.append(t)
        size += len(t.encode("utf-8"))
        if size >= args.sample_mb * 1e6:
            break
    extract(texts[0])  # warm up regex caches
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(len(extract(t)) for t in texts)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"single process: {size / 1e6:.1f} MB, {n:,} quantities; wall {dt:.2f} s = {size / 1e6 / dt:.1f} MB/s, "
        f"{n / dt:,.0f} quantities/s; CPU {dc:.2f} s = {size / 1e6 / dc:.1f} MB/s"
    )

    t0 = time.perf_counter()
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    with multiprocessing.Pool(args.jobs) as pool:
        results = pool.map(_count, files, chunksize=64)
        pool.close()
        pool.join()
    dt = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
    total = sum(b for b, _ in results)
    nq = sum(q for _, q in results)
    print(
        f"pool of {args.jobs}: {len(files)} files, {total / 1e6:.1f} MB in {dt:.2f} s "
        f"= {total / 1e6 / dt:.1f} MB/s, {nq:,} quantities ({nq / dt:,.0f}/s); "
        f"workers' CPU {cpu:.2f} s (= {cpu / args.jobs:.2f} s per worker if the cores were idle)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
