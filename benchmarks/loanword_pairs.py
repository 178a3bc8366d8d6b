"""Precision of the loanword bridge (factlint/loanword.py) over the spent sets: every pair of a Hangul and a Latin
entity name of one set (the names of its claim table and of its gold claims) is tried, and every link printed, to
be judged by hand. Run from the repository root:

    FACTLINT_SHARED=/work/shared python benchmarks/loanword_pairs.py

``raw`` is a pair ``transliterates`` accepts; ``[BRIDGED]`` one ``loan_bridged`` keeps over the whole set (unique
both ways, not left to romanization); ``[rr]`` a Hangul name that romanize.bridged links already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from factlint.loanword import loan_bridged, transliterates
from factlint.romanize import bridged

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SHARED = Path(os.environ.get("FACTLINT_SHARED", "/work/shared"))
FRESH = ["fresh", *(f"fresh{i}" for i in range(2, 11))]
SETS = {"realworld": SHARED / "realworld" / "articles", "new": GOLD / "articles", "seeds": ROOT / "seeds",
        "tests/corpus": ROOT / "tests" / "corpus", "probes": SHARED / "probes" / "articles",
        **{name: GOLD / name / "articles" for name in FRESH}}
GOLD_FILES = {"realworld": ["figures_ko_news", "figures_ko_sci_wiki", "figures_en_bbc"], "new": ["figures_new"],
              **{name: [f"figures_{name}"] for name in FRESH}}


def _names(name: str, folder: Path) -> set[str]:
    out = subprocess.run([sys.executable, "-m", "factlint", "claims", str(folder), "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    names = {c["entity"] for c in json.loads(out)["claims"]}
    for gold in GOLD_FILES.get(name, []):
        for line in (GOLD / f"{gold}.jsonl").read_text(encoding="utf-8").splitlines():
            claim = json.loads(line).get("claim") or {}
            entity = claim.get("entity")
            names.update(entity if isinstance(entity, list) else [entity] if entity else [])
    return names


def report(sets: dict[str, Path], accepts: Callable[[str, str], bool],
           bridge: Callable[[set[str]], dict[str, str]]) -> None:
    """Per set, every Hangul x Latin pair ``accepts`` takes or ``bridge`` links, marked as the docstring says."""
    pairs = links = 0
    for name, folder in sets.items():
        names = _names(name, folder)
        ko = sorted(n for n in names if any("가" <= c <= "힣" for c in n))
        en = sorted(n for n in names if n.isascii())
        pairs += len(ko) * len(en)
        rr, linked = bridged(names), bridge(names)
        links += len(linked)
        print(f"== {name}: {len(ko)} Hangul x {len(en)} Latin names, {len(linked)} bridged")
        for h in ko:
            for latin in en:
                if accepts(h, latin) or linked.get(h) == latin:
                    print("   raw", h, "~", latin, "[BRIDGED]" if linked.get(h) == latin else "", "[rr]" if h in rr else "")
    print(f"{pairs} pairs tried, {links} links bridged")


def main() -> None:
    report(SETS, transliterates, loan_bridged)


if __name__ == "__main__":
    main()
