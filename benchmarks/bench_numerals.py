"""Time the number readers on very long inputs: reading must stay linear in the input's length.

    python benchmarks/bench_numerals.py [--sizes 10000 100000 1000000] [--repeat 3]

For each shape of input (a digit run, digits and a letter, digits and 만, a comma-grouped run, a
long decimal, a long Sino-Korean decimal, digits before "/", words) and each size, it prints the
fastest of ``--repeat`` runs of ``parse_number`` and of ``extract`` on the input inside a sentence.
A run longer than ``numerals.MAX_DIGITS`` digits is not a figure; what is timed is how fast that is
decided.
"""

from __future__ import annotations

import argparse
import time
from typing import Callable

from factlint.quantities import extract, parse_number

SHAPES: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1" * n,
    "digits+a": lambda n: "1" * n + "a",
    "digits+만": lambda n: "1" * n + "만",
    "-digits+a": lambda n: "-" + "1" * n + "a",
    "digits+/": lambda n: "1" * n + "/",
    "1,111,...": lambda n: "1" + ",111" * (n // 4),
    "0.111...": lambda n: "0." + "1" * n,
    "일점일일...": lambda n: "일점" + "일" * n,
    "1 1 1 ...": lambda n: "1 " * (n // 2),
}


def best(f: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    print(f"{'shape':<12} {'size':>9} {'parse_number':>13} {'extract':>10}")
    for name, make in SHAPES.items():
        for n in args.sizes:
            s = make(n)
            p = best(lambda: parse_number(s), args.repeat)
            e = best(lambda: extract(f"값은 {s} 이다"), args.repeat)
            print(f"{name:<12} {n:>9} {p * 1000:>11.1f}ms {e * 1000:>8.1f}ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
