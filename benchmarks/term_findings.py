"""Every ``term`` finding of the default rule pack on the given folders, one line each, to judge by hand.

    python benchmarks/term_findings.py ../shared/realworld/articles
    python benchmarks/term_findings.py ../shared/probes/articles

Only the term rule runs (the other kinds do not change what it reports). Each line is
``file:line  variant -> preferred  how  …context…``, sorted by file and offset, so two versions of
the check can be compared with ``diff``.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from factlint.config.rules import default_pack, load_rules
from factlint.engine import run


def main(folders: list[str]) -> None:
    ruleset = load_rules(default_pack())
    ruleset = dataclasses.replace(ruleset, rules=tuple(r for r in ruleset.rules if r.kind == "term"))
    paths = sorted(str(p) for d in folders for p in Path(d).iterdir() if p.suffix in (".txt", ".md"))
    result = run(paths, ruleset)
    for f in sorted(result.findings, key=lambda f: (f.location.path, f.location.span.start)):
        doc = result.documents[f.location.path]
        start = f.location.span.start
        context = doc.text[max(0, start - 25) : start + 25].replace("\n", " ")
        line = doc.position(start).line
        data = f.data or {}
        print(f"{Path(f.location.path).name}:{line}\t{data.get('variant')} -> {data.get('preferred')}\t{data.get('how')}\t…{context}…")


if __name__ == "__main__":
    main(sys.argv[1:])
