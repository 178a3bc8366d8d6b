"""What kind of statement a figure is: a goal, a disputed report, for which year."""

from __future__ import annotations

from typing import Iterator

from ..model import Document
from .names import Mention
from .sentences import _Sentence, _Unit
from .vocabulary import _DISPUTE, _GOAL_AFTER_KO, _GOAL_BEFORE_KO, _GOAL_EN, _RELATIVE_OFFSET, _RELATIVE_YEAR, _REPORTED, _YEAR

# --- qualifiers ----------------------------------------------------------------------------

def _is_goal(text: str, sent: _Sentence, u: _Unit, owner: Mention) -> bool:
    """Goal words in the figure's clause; for a compared name's figure only up to the comparison
    ("GPT-3가 보유한 1750억개 파라미터의 3배를 넘어선 6000억개의 파라미터를 갖추겠다": LG's goal, GPT-3's fact)."""
    clause = sent.clause(u.span.start)
    after = text[u.span.end : min(clause.end, max(owner.reach[1], u.span.end))]
    before = text[clause.start : u.span.start]
    if _GOAL_AFTER_KO.search(after) or _GOAL_BEFORE_KO.search(before):
        return True
    return bool(_GOAL_EN.search(before) or _GOAL_EN.search(after[:60]))


def _period(text: str, sent: _Sentence, u: _Unit, doc: Document) -> str | None:
    """The year a figure is for: the nearest year before it in its clause, else one right after it."""
    clause = sent.clause(u.span.start)
    before = text[clause.start : u.span.start]
    years = [y for y in _years(before, doc)]
    if years:
        return years[-1]
    after = text[u.span.end : min(clause.end, u.span.end + 20)]
    years = [y for y in _years(after, doc)]
    return years[0] if years else None


def _years(s: str, doc: Document) -> Iterator[str]:
    hits: list[tuple[int, str]] = []
    for y in _YEAR.finditer(s):
        if y.group(1) or y.group(3) or y.group(4):
            hits.append((y.start(), y.group(1) or y.group(3) or y.group(4)))
        elif y.group(2):
            hits.append((y.start(), "20" + y.group(2)))
    if doc.date is not None:
        for r in _RELATIVE_YEAR.finditer(s):
            word = r.group().split()[0].lower() if " " in r.group() else r.group()
            hits.append((r.start(), str(doc.date.year + _RELATIVE_OFFSET.get(word, 0))))
    for _, year in sorted(hits):
        yield year


def _is_disputed(text: str, sent: _Sentence, u: _Unit, sentences: list[_Sentence], si: int) -> bool:
    """A reported figure the article disputes: "…3000억개라는 보도가 나왔지만 사실이 아니다" (same or next sentence)."""
    after = text[u.span.end : sent.span.end]
    reported = _REPORTED.search(after[:40]) or _REPORTED.search(text[sent.span.start : u.span.start])
    if not reported:
        return False
    if _DISPUTE.search(after):
        return True
    if si + 1 < len(sentences):
        nxt = sentences[si + 1].text
        return bool(_DISPUTE.search(nxt[:80]))
    return False
