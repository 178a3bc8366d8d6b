"""The claim table behind `factlint claims`: what was checked, and what could not be bound (--coverage).

Entities, written figures and paths come from articles: the text and CSV tables show their control
characters escaped (``display.escape``), the JSON table as JSON escapes.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from typing import Any, Sequence

from . import segment
from .binding import bind_document, softplace
from .claimtools import show
from .config.ruleset import RuleSet
from .display import escape, json_text, plain_data
from .engine import lint_documents
from .model import Document
from .quantities import extract_blocks

COLUMNS = ("path", "line", "column", "entity", "attribute", "written", "normalised", "qualifiers", "how")
COVERAGE_COLUMNS = ("path", "line", "column", "written", "attribute", "reason")


def rows(documents: Sequence[Document], ruleset: RuleSet, coverage: bool = False) -> list[dict[str, Any]]:
    """One row per claim (or, with ``coverage``, per claim-like figure that could not be bound)."""
    out: list[dict[str, Any]] = []
    for doc in documents:
        blocks = segment.blocks(doc)
        quantities = extract_blocks(doc.text, blocks)
        for b in bind_document(doc, blocks, quantities, ruleset):
            pos = doc.position(b.quantity.span.start)
            where = {"path": doc.path, "line": pos.line, "column": pos.column}
            if coverage:
                if b.claim is None and b.reason != "not a claim":
                    out.append({**where, "written": b.quantity.text, "attribute": b.attribute or "", "reason": b.reason})
                continue
            c = b.claim
            if c is None:
                continue
            qualifiers = [
                *(["goal"] if c.goal else []),
                *([f"period {c.period}"] if c.period else []),
                *([f"event {c.event}"] if c.event else []),
                *([f"scope {own}"] if (own := softplace.split(c.scope)[0]) else []),
                *([f"place {place} (soft)"] if (place := softplace.split(c.scope)[1]) else []),
                *([f"according to {c.attribution}"] if c.attribution else []),
                *([f"as of {c.reference}"] if c.reference else []),
                *([f"compared to {c.compared_to}"] if c.compared_to else []),
                *([f"article {c.date.isoformat()}"] if c.date else []),
                *(["disputed"] if c.disputed else []),
                *(["revision"] if c.revision else []),
                *(["discovered entity"] if c.discovered else []),
            ]
            written = c.quantity.text + (f" ({c.alternate.text})" if c.alternate else "")
            out.append({
                **where, "entity": c.entity, "attribute": c.attribute, "written": written,
                "normalised": show(c.quantity), "qualifiers": ", ".join(qualifiers), "how": c.how,
            })
    if coverage:
        out += unchecked_rows(documents, ruleset)
    return out


STATEMENT_KINDS = ("conversion", "arithmetic")


def unchecked_rows(documents: Sequence[Document], ruleset: RuleSet) -> list[dict[str, Any]]:
    """The conversion and arithmetic statements recognised but not decidable, with the reason
    ("no year written with both endpoints", "the ECB publishes no TWD rate")."""
    rules = tuple(r for r in ruleset.rules if r.kind in STATEMENT_KINDS)
    if not rules or not documents:
        return []
    result = lint_documents(documents, replace(ruleset, rules=rules))
    out = []
    for st in result.statements:
        if st.verdict != "unchecked":
            continue
        pos = result.documents[st.path].position(st.span.start)
        reason = str(st.data.get("reason") or st.data.get("message") or "")
        out.append({"path": st.path, "line": pos.line, "column": pos.column, "written": st.text,
                    "attribute": f"statement: {st.kind} {st.form}", "reason": reason})
    return out


def reason_counts(rows: Sequence[dict[str, Any]]) -> list[tuple[str, int]]:
    """How many figures each kind of reason left unbound ("no attribute", "no entity", "ambiguous"),
    the most frequent first: a reason's text up to its first colon names its kind."""
    counts: dict[str, int] = {}
    for r in rows:
        kind = str(r["reason"]).split(":", 1)[0]
        counts[kind] = counts.get(kind, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def render(table: list[dict[str, Any]], fmt: str, coverage: bool = False) -> str:
    columns = COVERAGE_COLUMNS if coverage else COLUMNS
    if fmt == "json":
        data: dict[str, Any] = {"unbound" if coverage else "claims": plain_data(table)}
        if coverage:
            data["counts"] = dict(reason_counts([r for r in table if not r["attribute"].startswith("statement: ")]))
        return json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    table = [{k: escape(v) if isinstance(v, str) else v for k, v in r.items()} for r in table]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
        return buf.getvalue()
    lines = []
    if coverage:
        # the counts first: what kind of figure is lost, before the list of each
        figures = [r for r in table if not r["attribute"].startswith("statement: ")]
        counts = reason_counts(figures)
        lines.append(f"{len(figures)} unbound figure(s)" + (":" if counts else ""))
        lines.extend(f"  {n:5}  {why}" for why, n in counts)
    for r in table:
        head = f"{r['path']}:{r['line']}:{r['column']}: "
        if coverage and r["attribute"].startswith("statement: "):
            lines.append(f"{head}{r['attribute'][11:]} '{r['written']}' could not be checked: {r['reason']}")
        elif coverage:
            lines.append(f"{head}'{r['written']}' not bound{' (' + r['attribute'] + ')' if r['attribute'] else ''}: {r['reason']}")
        else:
            q = f" [{r['qualifiers']}]" if r["qualifiers"] else ""
            lines.append(f"{head}{r['entity']} · {r['attribute']} = '{r['written']}' → {r['normalised']}{q}")
    if coverage:
        statements = [r for r in table if r["attribute"].startswith("statement: ")]
        if statements:
            reasons: dict[str, int] = {}
            for r in statements:
                reasons[r["reason"]] = reasons.get(r["reason"], 0) + 1
            by = "; ".join(f"{n} {why}" for why, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))
            lines.append(f"{len(statements)} statement(s) could not be checked: {by}")
    else:
        lines.append(f"{len(table)} claim(s)")
    return "\n".join(lines) + "\n"
