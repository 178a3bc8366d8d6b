"""Fuzz rule-file loading: mutate the shipped pack, run `rules check` and `lint`, count exit codes.

    python -m fuzz.rules                      # 2,000 mutants, all cores (as a module: fuzz/numbers.py would shadow the standard library's numbers)
    python -m fuzz.rules --count 20000 --seed 7 --jobs 2

Mutant N is ``fuzz.mutations.mutant(random.Random(seed * 10**9 + N))``: a failing one is
reproduced with ``--only N`` (and the same ``--seed``), which prints its mutations and output.
The target is 0 exit-3 and 0 failures (a traceback, an error without file:line). Exit status:
0 when nothing failed, 1 otherwise. The short, Hypothesis-driven version runs with the tests
(tests/test_fuzz_rules.py).
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fuzz.mutations import Mutant, check, mutant, pack  # noqa: E402 - after the path is set

Outcome = tuple[int, str, tuple[str, ...], dict[str, int], list[str]]


def _one(seed: int, index: int, originals: dict[str, str]) -> Outcome:
    m: Mutant = mutant(random.Random(seed * 10**9 + index), originals)
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="factlint-fuzz-") as folder:
        os.chdir(folder)
        try:
            codes, wrong = check(m, Path(folder))
        finally:
            os.chdir(cwd)
    return index, m.target, m.mutations, codes, wrong


def _batch(seed: int, indices: list[int]) -> list[Outcome]:
    originals = pack()
    return [_one(seed, i, originals) for i in indices]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000, help="mutants to try (default 2000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", type=int, help="run mutant N alone and show it")
    args = parser.parse_args(argv)

    if args.only is not None:
        index, target, mutations, codes, wrong = _one(args.seed, args.only, pack())
        print(f"mutant {index}: {target}: {'; '.join(mutations)}\nexit codes: {codes}")
        print("\n".join(wrong) or "nothing wrong")
        return 1 if wrong else 0

    started = time.perf_counter()
    batches = [list(range(i, min(i + 50, args.count))) for i in range(0, args.count, 50)]
    outcomes: list[Outcome] = []
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            for done in pool.map(_batch, [args.seed] * len(batches), batches):
                outcomes.extend(done)
    else:
        for batch in batches:
            outcomes.extend(_batch(args.seed, batch))

    per_command: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
    for _, _, _, codes, _ in outcomes:
        for command, code in codes.items():
            per_command[command][code] += 1
    failed = [o for o in outcomes if o[4]]
    elapsed = time.perf_counter() - started
    print(f"{len(outcomes)} mutated rule files (seed {args.seed}) in {elapsed:.0f} s")
    for command, counter in per_command.items():
        print(f"  {command:12} " + ", ".join(f"exit {code}: {n}" for code, n in sorted(counter.items())))
    by_target = collections.Counter(o[1] for o in outcomes)
    print("  files mutated: " + ", ".join(f"{name} {n}" for name, n in sorted(by_target.items())))
    print(f"  failures (exit 3, traceback, error without file:line): {len(failed)}")
    for index, target, mutations, codes, wrong in failed[:20]:
        print(f"\nmutant {index}: {target}: {'; '.join(mutations)}  (--only {index} --seed {args.seed})")
        print("\n".join(w[:1500] for w in wrong))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
