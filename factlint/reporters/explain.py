"""``factlint lint --explain``: every conversion and arithmetic statement with its recomputation."""

from __future__ import annotations

from ..display import escape
from ..model import RunResult


def render(result: RunResult) -> str:
    """One block per statement: ``path:line:col: VERDICT [rule] form: text`` then the recomputation."""
    lines: list[str] = []
    for s in result.statements:
        pos = result.documents[s.path].position(s.span.start)
        lines.append(f"{escape(s.path)}:{pos.line}:{pos.column}: {s.verdict.upper()} [{escape(s.rule)}] {s.form}: {escape(s.text)}")
        lines.append(f"    {escape(s.recomputation)}")
    counts = {v: sum(1 for s in result.statements if s.verdict == v) for v in ("holds", "fails", "unchecked")}
    lines.append(
        f"{len(result.statements)} statement(s) checked: {counts['holds']} hold, {counts['fails']} fail, "
        f"{counts['unchecked']} unchecked"
    )
    return "\n".join(lines) + "\n"
