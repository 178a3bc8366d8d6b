"""Long fuzz run of the number reader: generated notations of known values, read back.

    python -m fuzz.numbers [--cases 100000] [--seed 1] [--show 20]

For each case it draws a family (``fuzz.notations.FAMILIES``), a value and a notation of it, then
checks ``parse_number(text)`` and ``extract`` on the notation inside a sentence: one quantity over
the notation, with the value (and for money the currency) written. It prints the count of wrong
values and of exceptions per family, and the first cases of each, with the seed that replays them.
Exit status 1 when anything was wrong.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter

from factlint.quantities import extract, parse_number
from fuzz.notations import FAMILIES, Notation, generate, sentence


def check(n: Notation, rng: random.Random) -> str | None:
    """None when both readers get ``n`` right, else what went wrong."""
    if n.kind == "number":
        got = parse_number(n.text)
        if got != n.value:
            return f"parse_number({n.text!r}) = {got}, written {n.value}"
    if not n.in_text:
        return None
    text, at = sentence(n, rng)
    qs = [q for q in extract(text) if q.span.start < at + len(n.text) and at < q.span.end]
    if len(qs) != 1:
        return f"extract({text!r}) read {[q.text for q in qs]} over {n.text!r}"
    q = qs[0]
    if q.value != n.value or (n.kind == "money" and (q.kind, q.unit) != ("money", n.unit)):
        return f"extract({text!r}) = {q.kind} {q.value} {q.unit} ({q.text!r}), written {n.value} {n.unit or ''}"
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=10, help="cases to print per family and outcome")
    args = ap.parse_args(argv)
    wrong: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    t0 = time.perf_counter()
    for i in range(args.cases):
        rng = random.Random(f"{args.seed}:{i}")
        family = FAMILIES[i % len(FAMILIES)]
        seen[family] += 1
        try:
            n = generate(family, rng)
            problem = check(n, rng)
        except Exception:  # noqa: BLE001 - counted and shown: finding these is the point of the run
            errors[family] += 1
            if errors[family] <= args.show:
                print(f"EXCEPTION [{family}] case {args.seed}:{i}\n{traceback.format_exc()}")
            continue
        if problem is not None:
            wrong[family] += 1
            if wrong[family] <= args.show:
                print(f"WRONG [{family}] case {args.seed}:{i}: {problem}")
    elapsed = time.perf_counter() - t0
    print(f"\n{args.cases} notations in {elapsed:.1f} s (seed {args.seed})")
    print(f"{'family':<16} {'cases':>7} {'wrong':>7} {'exceptions':>10}")
    for family in FAMILIES:
        print(f"{family:<16} {seen[family]:>7} {wrong[family]:>7} {errors[family]:>10}")
    print(f"{'total':<16} {sum(seen.values()):>7} {sum(wrong.values()):>7} {sum(errors.values()):>10}")
    return 1 if wrong or errors else 0


if __name__ == "__main__":
    sys.exit(main())
