"""Score factlint's claim table against the gold labels of tests/gold (see README.md there).

    python tests/gold/score_claims.py [--split dev|holdout|all] [--set realworld|new|all] [--errors N]

Every figure of every labelled document is in the gold files, with its claim (entity, attribute)
or none. factlint's claims (``binding.bind_document`` with the default rule pack, what ``factlint
claims`` prints) are aligned with the gold figures by line and overlapping text, and judged:

- a claim is **right** when it sits on a gold figure that is a claim, its entity (or, for a part
  of a whole, its scope: "서울 327명" may be Seoul's figure or the country's in the scope Seoul) is
  one of the gold's spellings of the entity (compared through the rule pack's aliases, case and
  spacing folded), its attribute is one of the gold's words for the attribute (the attribute's name or
  one of its trigger words, either containing the other), and its value is the gold's;
- **precision** is right claims over all claims factlint made in the labelled documents (a claim
  on a figure the gold says is not a claim, or on no gold figure at all, is wrong);
- **recall** is gold claims with a right factlint claim over all gold claims.

Printed: both figures, and the errors by kind (missed, wrong entity, wrong attribute, wrong value,
not a claim), with ``--errors N`` examples of each. Holdout rows are scored only at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, Iterable, Sequence

from factlint import segment
from factlint.binding import bind_document
from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet
from factlint.loader import load
from factlint.model import Claim, Document
from factlint.quantities import extract_blocks
from factlint.quantities.dates import show_date

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# The blind sets: every tests/gold/fresh*/ with its labels beside it (fresh, fresh2, …)
BLIND = tuple(sorted((d.name for d in HERE.glob("fresh*") if (HERE / f"figures_{d.name}.jsonl").is_file()),
                     key=lambda n: (len(n), n)))
FILES = {"realworld": ("figures_ko_news", "figures_ko_sci_wiki", "figures_en_bbc"), "new": ("figures_new",),
         **{name: (f"figures_{name}",) for name in BLIND}}


def shared() -> Path:
    import os

    return Path(os.environ.get("FACTLINT_SHARED", REPO.parent / "shared"))


def article_root(name: str) -> Path:
    roots = {"new": HERE / "articles", **{blind: HERE / blind / "articles" for blind in BLIND}}
    return roots.get(name) or shared() / "realworld" / "articles"


@dataclass(frozen=True)
class Gold:
    doc: str
    line: int
    start: int  # code points into the line
    end: int
    row: dict[str, Any]


def gold_rows(sets: Sequence[str], split: str) -> list[tuple[str, Gold]]:
    out = []
    for name in sets:
        for stem in FILES[name]:
            for raw in (HERE / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines():
                if not raw.strip():
                    continue
                row = json.loads(raw)
                if split != "all" and row["split"] != split:
                    continue
                out.append((name, row))
    located = []
    lines_of: dict[tuple[str, str], list[str]] = {}
    for name, row in out:
        key = (name, row["doc"])
        if key not in lines_of:
            text = (article_root(name) / row["doc"]).read_text(encoding="utf-8-sig").replace("\r\n", "\n")
            lines_of[key] = text.split("\n")
        line = lines_of[key][row["line"] - 1]
        at = -1
        for _ in range(row["occurrence"]):
            at = line.find(row["text"], at + 1)
        located.append((name, Gold(row["doc"], row["line"], at, at + len(row["text"]), row)))
    return located


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if c.isalnum())


class Names:
    """Entity spellings through the rule pack's aliases: 하이퍼클로바, HyperCLOVA and hyperclova are one."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.canonical = {fold(n): fold(e.name) for e in ruleset.entities for n in e.names}
        self.triggers = {a.name: {fold(a.name), *(fold(t) for t in a.triggers)} for a in ruleset.attributes}

    def entity_ok(self, got: str, gold: Iterable[str]) -> bool:
        mine = self.canonical.get(fold(got), fold(got))
        return any(self.canonical.get(fold(g), fold(g)) == mine for g in gold)

    def attribute_ok(self, got: str, gold: Iterable[str]) -> bool:
        words = self.triggers.get(got, {fold(got)})
        return any(w and g and (w in g or g in w) for w in words for g in map(fold, gold))


def value_ok(claim: Claim, row: dict[str, Any]) -> bool:
    value = row.get("value")
    if value is None or not isinstance(value, str):
        return False
    q = claim.quantity
    if q.kind == "date":
        # a date is labelled ISO at the precision written ("2022-04", "2010-03-26", "2010"); a time of
        # day after the day ("2010-03-26T21:22") is more than the claim's date reads
        return show_date(q) == value.split("T")[0].split(" ")[0]
    try:
        if ".." in value:
            lo, hi = (Fraction(v) for v in value.split(".."))
            return q.low is not None and q.high is not None and q.low <= lo and hi <= q.high or (
                q.value is not None and lo <= q.value <= hi)
        want = Fraction(value)
    except (ValueError, ZeroDivisionError):
        return False
    got = [x for x in (q.value, *(a.value for a in (claim.alternate,) if a is not None)) if x is not None]
    return any(x == want or (want and abs(x - want) / abs(want) < Fraction(1, 10**6)) for x in got)


def factlint_claims(docs: Sequence[Document], ruleset: RuleSet) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for doc in docs:
        blocks = segment.blocks(doc)
        # as `factlint claims` and `lint` read them: a table cell with its column's unit (quantities/tables.py)
        quantities = extract_blocks(doc.text, blocks)
        for bound in bind_document(doc, blocks, quantities, ruleset):
            if bound.claim is not None:
                out[doc.path].append(bound.claim)
    return out


def on_line(doc: Document, c: Claim) -> tuple[int, int, int]:
    """A claim's figure as the gold places it: its line, and its start and end in code points into the line."""
    line = doc.position(c.quantity.span.start).line
    line_start = doc.line_starts[line - 1]
    return line, c.quantity.span.start - line_start, c.quantity.span.end - line_start


def score(sets: Sequence[str], split: str, ruleset: RuleSet | None = None) -> dict[str, Any]:
    ruleset = ruleset or load_rules(default_pack())
    names = Names(ruleset)
    golds = gold_rows(sets, split)
    docs: dict[str, Document] = {}
    for name, g in golds:
        path = str(article_root(name) / g.doc)
        if path not in docs:
            doc = load(path)
            assert isinstance(doc, Document), path
            docs[path] = doc
    claims = factlint_claims(list(docs.values()), ruleset)
    by_line: dict[tuple[str, int], list[Gold]] = defaultdict(list)
    for name, g in golds:
        by_line[(str(article_root(name) / g.doc), g.line)].append(g)
    errors: dict[str, list[str]] = defaultdict(list)
    rights: list[str] = []
    right = made = 0
    found: set[int] = set()
    for path, cs in claims.items():
        doc = docs[path]
        for c in cs:
            line, s, e = on_line(doc, c)
            match = next((g for g in by_line.get((path, line), ()) if g.start < e and s < g.end), None)
            made += 1
            shown = f"{Path(path).name}:{line} '{c.quantity.text}' → {c.entity} · {c.attribute} [{c.how}]"
            if match is None:
                errors["claim on no gold figure"].append(shown)
                continue
            claim = match.row["claim"]
            if claim is None:
                errors["not a claim"].append(f"{shown} (gold: {match.row['figure']}, {match.row.get('note', '')})")
                continue
            # A part of a whole may be the entity ("서울 · 신규 확진자") or the scope of the whole's claim.
            ok_e = names.entity_ok(c.entity, claim["entity"]) or (c.scope is not None and names.entity_ok(c.scope, claim["entity"]))
            ok_a = names.attribute_ok(c.attribute, claim["attribute"])
            ok_v = value_ok(c, match.row)
            if ok_e and ok_a and ok_v:
                right += 1
                found.add(id(match))
                rights.append(shown)
                continue
            kind = "wrong entity" if not ok_e else "wrong attribute" if not ok_a else "wrong value"
            errors[kind].append(f"{shown} (gold: {claim['entity'][0]} · {claim['attribute'][0]} = {match.row['value']})")
    wanted = [g for _, g in golds if g.row["claim"] is not None]
    for g in wanted:
        if id(g) not in found:
            c = g.row["claim"]
            errors["missed"].append(f"{g.doc}:{g.line} '{g.row['text']}' → {c['entity'][0]} · {c['attribute'][0]}")
    precision = right / made if made else 1.0
    recall = len(found) / len(wanted) if wanted else 1.0
    return {"claims_made": made, "right": right, "gold_claims": len(wanted), "found": len(found),
            "precision": precision, "recall": recall, "errors": errors, "rights": rights}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["dev", "holdout", "all"], default="dev")
    parser.add_argument("--set", dest="sets", choices=["realworld", "new", *BLIND, "all"], default="realworld")
    parser.add_argument("--errors", type=int, default=5)
    args = parser.parse_args(argv)
    sets = ("realworld", "new", *BLIND) if args.sets == "all" else (args.sets,)
    r = score(sets, args.split)
    print(f"{'+'.join(sets)} {args.split}: {r['claims_made']} claims made, {r['right']} right; "
          f"{r['gold_claims']} gold claims, {r['found']} found")
    print(f"precision {r['precision']:.3f}  recall {r['recall']:.3f}")
    counts = Counter({k: len(v) for k, v in r["errors"].items()})
    for kind, n in counts.most_common():
        print(f"  {n:4d}  {kind}")
        for example in r["errors"][kind][: args.errors]:
            print(f"          {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
