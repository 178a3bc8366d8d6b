"""Score factlint's figure reader against the gold figure labels (issue 16).

    python benchmarks/score_figures.py --split dev
    python benchmarks/score_figures.py --split dev --errors            # every wrong figure, by category
    python benchmarks/score_figures.py --split holdout                 # once, at the end
    python benchmarks/score_figures.py --split all --errors            # both: did a change lose a figure?
    python benchmarks/score_figures.py --set fresh --split dev         # the blind set of tests/gold/fresh

Reads the documents of the realworld corpus as the linter does (``segment.blocks`` then
``quantities.extract_blocks``: ``extract`` on each block, a table cell with its column's unit) and aligns every gold row (``tests/gold/README.md``) with the
quantities whose span overlaps the row's ``text`` on its line. A gold figure is **read right** when

* exactly one quantity overlaps it (two are a *split*: "1만 5000여명" read as 1만 and 5000여명;
  one quantity over two gold figures is a *merge*);
* its value is the gold value: exact, or within half a unit of the gold's last decimal when the
  gold rounded a repeating value to 3 or more decimals ("0.3333" for 1/3); a gold range
  ``LOW..HIGH`` must be read as a range with those ends;
* its unit is the gold unit (ISO codes, ``%``, ``%p``, ``x``; basis points ``bp`` as hundredths of a
  ``%p``; physical units compared through pint,
  so "square_meter" is "meter ** 2");
* its kind is the factlint kind the gold figure type maps onto (``KIND_OF``): count → count,
  points → percent, multiple → ratio, duration → quantity, year/decade/ordinal/score → number.

Dates are written as labelled numbers and factlint reads them so ("2010년 3월 26일" is 2010 년,
3 월, 26 일; binding turns labels into dates with the article's dateline). A date row is read right
when every quantity over it is a label (kind ``number``) whose value is one of the date's components
(year, month, day, hour, minute, quarter, half-year) and at least one is read — a quarter or a half-year
being its interval of months too ("2024-Q4" is also months 10 and 12, "2009-01..2009-06" is also 1 ``반기``,
as ``labels.months_of`` reads them); a date with no numeral
("January") is counted as missed.

Error categories: ``missed`` (nothing read over the figure), ``split``, ``merged``, ``value``,
``unit``, ``kind``; ``false`` counts quantities that overlap no gold figure (or only a
``not-a-figure`` row) — they are not in the accuracy's denominator, which is the gold figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from factlint import segment
from factlint.loader import load
from factlint.model import Document, Quantity
from factlint.quantities import extract_blocks

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold"
GOLD_FILES = ("figures_ko_news.jsonl", "figures_ko_sci_wiki.jsonl", "figures_en_bbc.jsonl")
KIND_OF = {
    "number": "number", "count": "count", "money": "money", "percent": "percent", "points": "percent",
    "multiple": "ratio", "fraction": "number", "quantity": "quantity", "duration": "quantity",
    "year": "number", "decade": "number", "ordinal": "number", "score": "number",
}
DATE_COMPONENTS = {"년": 0, "년도": 0, "월": 1, "일": 2, "시": 3, "분": 4, "분기": 5, "반기": 6}
CATEGORIES = ("missed", "split", "merged", "value", "unit", "kind")


@dataclass
class Row:
    gold: dict[str, Any]
    start: int  # absolute offsets in the document
    end: int
    found: list[Quantity] = field(default_factory=list)
    verdict: str = ""


def split_of(doc: str) -> str:
    return "holdout" if hashlib.sha1(doc.encode("utf-8")).hexdigest()[0] in "012" else "dev"


def gold_rows(gold_dir: Path, split: str, files: tuple[str, ...] = GOLD_FILES) -> list[dict[str, Any]]:
    rows = []
    for name in files:
        for line in (gold_dir / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if split == "all" or row["split"] == split and split_of(row["doc"]) == split:
                    rows.append(row)
    return rows


def locate(doc: Document, row: dict[str, Any]) -> tuple[int, int]:
    line_start = doc.line_starts[row["line"] - 1]
    line_end = doc.text.find("\n", line_start)
    line = doc.text[line_start : line_end if line_end != -1 else len(doc.text)]
    at = -1
    for _ in range(row["occurrence"]):
        at = line.find(row["text"], at + 1)
        if at == -1:
            raise ValueError(f"{row['doc']}:{row['line']}: {row['text']!r} not found")
    return line_start + at, line_start + at + len(row["text"])


def read(doc: Document) -> list[Quantity]:
    return extract_blocks(doc.text, segment.blocks(doc))


def _decimal(s: str) -> Fraction:
    return Fraction(s)


def value_matches(gold: str, ours: Fraction | None) -> bool:
    if ours is None:
        return False
    try:
        g = _decimal(gold)
    except ValueError:
        return False  # no single value: a score "2-1", a half-year "2025-H2"
    places = len(gold.split(".")[1]) if "." in gold else 0
    if places >= 3:  # a repeating value rounded by the annotator: 0.3333 for 1/3
        return abs(ours - g) <= Fraction(1, 2 * 10**places)
    return ours == g


_units_cache: dict[tuple[str, str], bool] = {}


def unit_matches(gold: str | None, ours: str | None) -> bool:
    if gold == ours:
        return True
    if gold is None or ours is None:
        return False
    if gold in ("%", "%p", "x") or ours in ("%", "%p", "x") or gold.isupper() or ours.isupper() and len(ours) == 3:
        return False
    key = (gold, ours)
    if key not in _units_cache:
        from factlint.quantities.units import ureg

        # the gold writes "square_meter", "cubic_meter" where pint writes "meter ** 2"
        g = re.sub(r"(?:square|cubic)_(\w+)", lambda m: f"{m[1]} ** {2 if m[0].startswith('square') else 3}", gold)
        try:
            _units_cache[key] = bool(ureg.Quantity(1, g.replace("/", " / ")) == ureg.Quantity(1, ours))
        except Exception:  # noqa: BLE001 - a unit pint does not know is simply not the same unit
            _units_cache[key] = False
    return _units_cache[key]


_DATE = re.compile(r"(\d{4})?-?(\d{2})?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?|(\d{4})-Q(\d)")


def date_components(value: str) -> set[tuple[int, int]]:
    """(component, value) pairs of every end of a gold date: "2010-03-26T21:22" → year 2010, month 3 …"""
    out: set[tuple[int, int]] = set()
    months: list[int] = []
    for part in value.split(".."):
        q = re.fullmatch(r"(\d{4})-([QH])(\d)", part)
        if q:
            # a quarter or a half-year is an interval of months: "2024-Q4" is also October–December
            n = 3 if q[2] == "Q" else 6
            out |= {(0, int(q[1])), (5 if n == 3 else 6, int(q[3])), (1, int(q[3]) * n - n + 1), (1, int(q[3]) * n)}
            continue
        # "--06", "--06-03": ISO 8601's month (and day) of no year stated ("January the coldest")
        m = re.fullmatch(r"(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?", part)
        if not m:
            continue
        for i, g in enumerate(m.groups()):
            if g is not None and g != "-":
                out.add((i, int(g)))
        if m[2] is not None and m[3] is None:
            months.append(int(m[2]))
    if len(months) == 2:  # "2009-01..2009-06": the months of a quarter or a half-year are that period too
        first, last = months
        for n, comp in ((3, 5), (6, 6)):
            if last - first == n - 1 and first % n == 1:
                out.add((comp, last // n))
    return out


def _component(q: Quantity) -> set[int]:
    if q.counter in DATE_COMPONENTS:
        return {DATE_COMPONENTS[q.counter]}
    if q.counter is None and q.unit is None:
        return {0, 1, 2, 3, 4}  # a bare number in "31 December 2004": day or year
    return set()


def judge_date(row: Row) -> str:
    if not row.found:
        return "missed"
    comps = date_components(row.gold["value"])
    for q in row.found:
        if q.kind != "number":
            return "kind"
        values = [q.value] if q.value is not None else [v for v in (q.low, q.high) if v is not None]
        if not values or not all(any((c, int(v)) in comps for c in _component(q)) for v in values if v.denominator == 1):
            return "value"
    return "right"


def judge(row: Row, merged: bool) -> str:
    g = row.gold
    if not row.found:
        return "missed"
    if g["figure"] == "date":
        return judge_date(row)
    if len(row.found) > 1:
        return "split"
    if merged:
        return "merged"
    q = row.found[0]
    value = g["value"]
    if g["unit"] == "bp" and q.unit == "%p" and ".." not in value:
        # basis points: the gold writes "25bp" as 25 bp, factlint as 0.25 %p (the same change)
        g = {**g, "unit": "%p"}
        value = str(Decimal(value) / 100)
    if g["figure"] == "decade":
        ok = value_matches(value[:-1], q.value)
    elif ".." in value:
        lo, hi = value.split("..")
        ok = q.bound == "range" and value_matches(lo, q.low) and value_matches(hi, q.high)
    else:
        ok = value_matches(value, q.value)
    if not ok:
        return "value"
    if not unit_matches(g["unit"], q.unit):
        return "unit"
    if KIND_OF[g["figure"]] != q.kind:
        return "kind"
    return "right"


def score(gold_dir: Path, articles: Path, split: str, files: tuple[str, ...] = GOLD_FILES) -> tuple[list[Row], list[tuple[str, Quantity, str]]]:
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in gold_rows(gold_dir, split, files):
        by_doc[row["doc"]].append(row)
    rows: list[Row] = []
    false: list[tuple[str, Quantity, str]] = []
    for name in sorted(by_doc):
        doc = load(str(articles / name))
        assert isinstance(doc, Document), doc
        figures = [Row(g, *locate(doc, g)) for g in by_doc[name] if g["figure"] != "not-a-figure"]
        nots = [locate(doc, g) for g in by_doc[name] if g["figure"] == "not-a-figure"]
        owners: dict[int, list[Row]] = defaultdict(list)
        for i, q in enumerate(read(doc)):
            hits = [r for r in figures if q.span.start < r.end and r.start < q.span.end]
            for r in hits:
                r.found.append(q)
                owners[i].append(r)
            if not hits:
                why = "not-a-figure" if any(q.span.start < b and a < q.span.end for a, b in nots) else "unlabelled"
                false.append((name, q, why))
        merged_rows = {id(r) for rs in owners.values() if len(rs) > 1 for r in rs if r.gold["figure"] != "date"}
        for r in figures:
            r.verdict = judge(r, id(r) in merged_rows)
        rows += figures
    return rows, false


def _show(q: Quantity) -> str:
    v = q.value if q.value is not None else f"[{q.low}, {q.high}]"
    return f"{q.kind} {v} {q.unit or ''}{' ' + q.counter if q.counter else ''} ← {q.text!r}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "holdout", "all"), required=True)
    ap.add_argument("--gold", type=Path, default=Path(os.environ.get("FACTLINT_GOLD", GOLD_DIR)))
    blind = sorted((d.name for d in GOLD_DIR.glob("fresh*") if (GOLD_DIR / f"figures_{d.name}.jsonl").is_file()),
                   key=lambda n: (len(n), n))
    ap.add_argument("--set", dest="gold_set", choices=("realworld", *blind), default="realworld",
                    help="realworld: ../shared/realworld; fresh, fresh2, …: tests/gold/fresh*/articles, written blind")
    ap.add_argument("--articles", type=Path, help="where the set's documents are (default: the set's folder)")
    ap.add_argument("--errors", action="store_true", help="list every wrong figure and every false figure")
    args = ap.parse_args(argv)
    if args.gold_set != "realworld":
        files, articles = (f"figures_{args.gold_set}.jsonl",), args.gold / args.gold_set / "articles"
    else:
        files = GOLD_FILES
        articles = Path(os.environ.get("FACTLINT_SHARED", GOLD_DIR.parents[2] / "shared")) / "realworld" / "articles"
    rows, false = score(args.gold, args.articles or articles, args.split, files)
    verdicts = Counter(r.verdict for r in rows)
    right = verdicts["right"]
    print(f"{args.gold_set} split {args.split}: {len(rows)} gold figures in {len({r.gold['doc'] for r in rows})} documents")
    print(f"read right: {right}/{len(rows)} = {right / len(rows):.1%}")
    for c in CATEGORIES:
        print(f"  {c:<7} {verdicts[c]:4d}")
    print(f"  false   {len(false):4d}  (quantities over no gold figure; {sum(w == 'not-a-figure' for *_, w in false)} on a not-a-figure row)")
    print("by figure type:")
    types = Counter(r.gold["figure"] for r in rows)
    for t, n in types.most_common():
        ok = sum(r.verdict == "right" for r in rows if r.gold["figure"] == t)
        print(f"  {t:<9} {ok:4d}/{n:<4d} {ok / n:6.1%}")
    if args.errors:
        for c in CATEGORIES:
            wrong = [r for r in rows if r.verdict == c]
            if wrong:
                print(f"\n== {c} ({len(wrong)})")
            for r in wrong:
                g = r.gold
                print(f"{g['doc']}:{g['line']}: {g['text']!r} gold {g['figure']} {g['value']} {g['unit'] or ''}")
                for q in r.found:
                    print(f"      read {_show(q)}")
        print(f"\n== false ({len(false)})")
        for name, q, why in false:
            print(f"{name}: {_show(q)} [{why}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
