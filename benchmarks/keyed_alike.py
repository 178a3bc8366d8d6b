"""How many Korean–English pairs of gold claims factlint keys alike: the reach of the measures vocabulary.

Over the spent sets' gold (tests/gold/figures_*.jsonl), a pair is a gold claim of a Korean article and one of an
English article with the same entity and the same attribute (their gold attribute words meet) of the same set,
where factlint binds both figures (any claim on each). The pair is keyed alike when both claims' attributes name one
key as the contradiction check's ``measures`` mode keys them (rules/measures.yaml: a measure, or a part's size);
an attribute naming no measure keys only itself, which never meets the other language. ``one entity`` counts the
both-bound pairs whose two bound entity names are one as the contradiction check bridges them over the set's names
(the same name, a romanization, a loanword, a translated generic head); ``--no-heads`` leaves the head bridge out
(factlint/headbridge.py), to measure what it adds. Prints per set and in all.

    python benchmarks/keyed_alike.py [--set all|fresh10|…] [--misses N] [--no-heads]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "gold"))

import score_claims as sc  # noqa: E402

from factlint.claimtools import attributes  # noqa: E402
from factlint.headbridge import head_bridged  # noqa: E402
from factlint.loanword import loan_bridged  # noqa: E402
from factlint.romanize import bridged  # noqa: E402
from factlint.config.rules import default_pack, load_rules  # noqa: E402
from factlint.loader import load  # noqa: E402
from factlint.measures import glossary, hangul, measure_of, parts, sized_part  # noqa: E402
from factlint.model import Claim, Document  # noqa: E402
from factlint.tolerance import dimension  # noqa: E402


def key(c: Claim, words: Any, part_words: Any, declared: Any) -> str | None:
    """The measure a claim is keyed by across languages (a declared attribute keys itself), or None (it meets
    nothing in the other language)."""
    if c.attribute in declared:
        return c.attribute
    return measure_of(c.attribute, c.entity, words) or sized_part(c.attribute, c.entity, words, part_words,
                                                                  dimension(c.quantity))


def _bridges(names: set[str], heads: bool) -> dict[str, str]:
    """The Hangul names bridged to a Latin one, as the contradiction check bridges them (glosses aside)."""
    one = bridged(names)
    one = {**loan_bridged(names), **one}
    if heads:
        one = {**{h: n for h, n in head_bridged(names).items() if n not in set(one.values())}, **one}
    return one


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="all")
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--no-heads", action="store_true")
    args = ap.parse_args(argv)
    sets = list(sc.FILES) if args.set == "all" else [args.set]
    ruleset = load_rules(default_pack())
    names = sc.Names(ruleset)
    words, part_words, declared = glossary(ruleset), parts(ruleset), attributes(ruleset)
    total = [0, 0, 0, 0]
    misses: list[str] = []
    apart: set[str] = set()
    for name in sets:
        golds = [(g, n) for n, g in sc.gold_rows([name], "all") if g.row["claim"] is not None]
        docs: dict[str, Document] = {}
        for g, n in golds:
            path = str(sc.article_root(n) / g.doc)
            if path not in docs:
                d = load(path)
                assert isinstance(d, Document)
                docs[path] = d
        claims = sc.factlint_claims(list(docs.values()), ruleset)
        bound: dict[int, Claim] = {}
        by_line: dict[tuple[str, int], list[sc.Gold]] = defaultdict(list)
        for g, n in golds:
            by_line[(str(sc.article_root(n) / g.doc), g.line)].append(g)
        for path, cs in claims.items():
            doc = docs[path]
            for c in cs:
                line, s, e = sc.on_line(doc, c)
                for g in by_line.get((path, line), ()):
                    if g.start < e and s < g.end and id(g) not in bound:
                        bound[id(g)] = c
        ko = [g for g, _ in golds if hangul(g.row["sentence"])]
        en = [g for g, _ in golds if not hangul(g.row["sentence"])]
        pairs = alike = both = same = 0
        one = _bridges({c.entity for cs in claims.values() for c in cs}, not args.no_heads)
        for a in ko:
            ca = a.row["claim"]
            aw = {sc.fold(w) for w in ca["attribute"]}
            for b in en:
                cb = b.row["claim"]
                if not aw & {sc.fold(w) for w in cb["attribute"]}:
                    continue
                if not any(names.entity_ok(x, cb["entity"]) for x in ca["entity"]):
                    continue
                pairs += 1
                if id(a) in bound and id(b) in bound:
                    both += 1
                    ka, kb = key(bound[id(a)], words, part_words, declared), key(bound[id(b)], words, part_words, declared)
                    ea, eb = (one.get(x.entity, x.entity).casefold() for x in (bound[id(a)], bound[id(b)]))
                    same += ea == eb
                    if ea != eb:
                        apart.add(f"{name}: {bound[id(a)].entity} / {bound[id(b)].entity}")
                    if ka is not None and ka == kb:
                        alike += 1
                    else:
                        misses.append(f"{name}: {a.doc}:{a.line} {a.row['text']} [{bound[id(a)].attribute} → {ka}]"
                                      f" ~ {b.doc}:{b.line} {b.row['text']} [{bound[id(b)].attribute} → {kb}]"
                                      f" (gold {ca['attribute'][0]} / {cb['attribute'][0]})")
        total = [total[0] + pairs, total[1] + both, total[2] + alike, total[3] + same]
        print(f"{name:10} pairs {pairs:4}  both bound {both:4}  keyed alike {alike:4}  one entity {same:4}")
    p, b, a, e = total
    print(f"{'all':10} pairs {p:4}  both bound {b:4}  keyed alike {a:4} ({a / b if b else 0:.3f} of both bound)"
          f"  one entity {e:4}")
    for m in misses[:args.misses]:
        print("  miss", m)
    for m in sorted(apart)[:args.misses]:
        print("  apart", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
