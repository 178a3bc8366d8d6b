"""CPU seconds of the contradiction check's name bridges alone (issue #17): capture the name sets a lint run bridges,
then time each bridge on them in a fresh process (its caches cold, as in a cold run). Run from the repository root:

    python benchmarks/bench_bridges.py capture DIR names.json     # a lint run of DIR, its name sets saved
    python benchmarks/bench_bridges.py time names.json [--pairwise] [--links links.json]

``--pairwise`` reads every Hangul x Latin pair (the links are the same; tests/test_bridge_index.py); ``--links``
writes the links, to compare two trees' output byte for byte.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence

from factlint.checks import contradiction
from factlint.cli import main as lint_main
from factlint.headbridge import head_bridged
from factlint.loanword import loan_bridged
from factlint.romanize import bridged


def capture(folder: str, out: str) -> None:
    seen: list[list[str]] = []
    original: Callable[[set[str]], dict[str, str]] = getattr(contradiction, "loan_bridged")

    def recording(names: set[str]) -> dict[str, str]:
        seen.append(sorted(names))
        return original(names)

    setattr(contradiction, "loan_bridged", recording)  # the check's own name for the bridge
    try:
        lint_main(["lint", folder, "--no-cache", "-j", "1", "--format", "json", "-o", "/dev/null"])
    except SystemExit:
        pass
    finally:
        setattr(contradiction, "loan_bridged", original)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(seen, f, ensure_ascii=False)
    print(f"{len(seen)} name sets, up to {max(map(len, seen), default=0)} names")


def timed(path: str, pairwise: bool, links: str | None) -> None:
    with open(path, encoding="utf-8") as f:
        sets = [set(names) for names in json.load(f)]
    seconds = {"romanize.bridged": 0.0, "loan_bridged": 0.0, "head_bridged": 0.0}
    found = []
    for names in sets:
        start = time.process_time()
        rr = bridged(names)
        middle = time.process_time()
        loan = loan_bridged(names, pairwise=pairwise)
        end = time.process_time()
        head = head_bridged(names, pairwise=pairwise)
        last = time.process_time()
        seconds["romanize.bridged"] += middle - start
        seconds["loan_bridged"] += end - middle
        seconds["head_bridged"] += last - end
        found.append([sorted(rr.items()), sorted(loan.items()), sorted(head.items())])
    print(f"{len(sets)} name sets, up to {max(map(len, sets), default=0)} names, {'pairwise' if pairwise else 'indexed'}")
    print("| bridge | CPU s |")
    print("| --- | ---: |")
    for name, s in seconds.items():
        print(f"| {name} | {s:.2f} |")
    if links:
        with open(links, "w", encoding="utf-8") as f:
            json.dump(found, f, ensure_ascii=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cap = sub.add_parser("capture")
    cap.add_argument("folder")
    cap.add_argument("out")
    tim = sub.add_parser("time")
    tim.add_argument("names")
    tim.add_argument("--pairwise", action="store_true")
    tim.add_argument("--links")
    args = parser.parse_args(argv)
    if args.command == "capture":
        capture(args.folder, args.out)
    else:
        timed(args.names, args.pairwise, args.links)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
