"""How a run of copied paragraphs is reported: where, with what message and data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Protocol, Sequence

from ...config.ruleset import Rule
from ...model import Block, Document, Finding, Location
from ..base import new_finding
from .hashing import NO_DATE
from .matching import CONTAINED_IN, CONTAINS, DOUBLED, EXACT, NEAR, Corpus, Link


class Articles(Protocol):
    def document(self, path: str) -> Document: ...

    def blocks(self, path: str) -> Sequence[Block]: ...


@dataclass(frozen=True)
class _Place:
    """Consecutive paragraphs of one article, as a Location and as words for a message."""

    location: Location
    first_line: int
    last_line: int
    paragraphs: int

    def lines(self) -> str:
        if self.first_line == self.last_line:
            return f"line {self.first_line}"
        return f"lines {self.first_line}–{self.last_line}"

    def cited(self, here: str) -> str:
        """``line 16 of this article`` or ``seeds/x.txt:16``."""
        if self.location.path == here:
            return f"{self.lines()} of this article"
        last = f"–{self.last_line}" if self.last_line != self.first_line else ""
        return f"{self.location.path}:{self.first_line}{last}"


def _place(articles: Articles, corpus: Corpus, lo: int, hi: int, note: str | None = None) -> _Place:
    path = corpus.paths[corpus.doc[lo]]
    doc = articles.document(path)  # first: the report needs it, and its blocks are then made from it
    blocks = articles.blocks(path)
    span = blocks[corpus.index[lo]].span.cover(blocks[corpus.index[hi]].span)
    return _Place(Location(path, span, note), doc.position(span.start).line, doc.end_position(span).line, hi - lo + 1)


def run_finding(articles: Articles, rule: Rule, corpus: Corpus, run: Sequence[Link], bounds: tuple[int, int, int, int]) -> Finding:
    """One finding for a run of copied paragraphs, at the later copy in the run's order, the other
    as related: "earlier copy" when it is known to be the earlier, else "other copy"."""
    lo_later, hi_later, lo_earlier, hi_earlier = bounds
    known = known_earlier(corpus, lo_later, lo_earlier)
    later = _place(articles, corpus, lo_later, hi_later)
    earlier = _place(articles, corpus, lo_earlier, hi_earlier, "earlier copy" if known else "other copy")
    other = earlier.cited(later.location.path)
    counts = _tally(run, corpus, bounds)
    if later.paragraphs == 1:
        link = run[0]
        data: dict[str, Any] = {"match": _kind(link), "similarity": link.similarity, "paragraphs": 1, "earlier": known}
        if link.articles:
            data["articles"] = link.articles
        message = _single_message(link, later.lines(), other)
    else:
        present = [k for k, v in counts.items() if v > 0]
        data = {
            "match": present[0] if len(present) == 1 else "mixed",
            "similarity": min(link.similarity for link in run),
            "paragraphs": later.paragraphs,
            **counts,
            "earlier": known,
        }
        message = f"{later.lines()} repeat {other} ({_run_detail(counts, later.paragraphs)})"
    severity = rule.severity if counts["exact"] else rule.options["near_severity"]
    return new_finding(rule, message, later.location, (earlier.location,), data, severity=severity)


def known_earlier(corpus: Corpus, later: int, earlier: int) -> bool:
    """Block ``earlier`` is known to have been written before block ``later``: it comes first in the
    same article, or its article's date is before the other's. Two articles of one day, or one
    without a date, are in the run's order (path order), which says nothing of which came first."""
    a, b = int(corpus.doc[later]), int(corpus.doc[earlier])
    if a == b:
        return True
    day, other_day = int(corpus.dates[a]), int(corpus.dates[b])
    return NO_DATE not in (day, other_day) and other_day < day


def _tally(run: Sequence[Link], corpus: Corpus, bounds: tuple[int, int, int, int]) -> dict[str, int]:
    """Copied paragraphs of a run by kind; equal short paragraphs inside or at the ends of the run count as exact."""
    counts = {how: sum(1 for link in run if _kind(link) == how) for how in ("exact", "contained", "near")}
    lo_later, hi_later = bounds[0], bounds[1]
    counts["exact"] += (run[0].later - lo_later) + (hi_later - run[-1].later)
    keys = corpus.keys
    for prev, link in zip(run, run[1:]):
        step = link.later - prev.later
        if step > 1 and link.earlier - prev.earlier == step:
            counts["exact"] += sum(
                1 for k in range(1, step) if keys[prev.later + k] != 0 and keys[prev.later + k] == keys[prev.earlier + k]
            )
    return counts


def _kind(link: Link) -> str:
    return {EXACT: "exact", DOUBLED: "exact", CONTAINS: "contained", CONTAINED_IN: "contained", NEAR: "near"}[link.how]


def _single_message(link: Link, here: str, other: str) -> str:
    if link.how in (EXACT, DOUBLED):
        spread = f"; the paragraph is in {link.articles} articles" if link.articles else ""
        return f"{here} repeats {other} (exact copy{spread})"
    if link.how == NEAR:
        return f"{here} is a near copy (similarity {link.similarity:.2f}) of {other}"
    more = f"{link.added} more sentence" + ("s" if link.added != 1 else "")
    if link.how == CONTAINS:
        return f"{here} repeats every sentence of {other} and adds {more}"
    return f"every sentence of {here} is already in {other}, which has {more}"


def _run_detail(counts: Mapping[str, int], paragraphs: int) -> str:
    copied = sum(counts.values())
    parts = []
    if counts["exact"]:
        parts.append(f"{counts['exact']} exact")
    if counts["contained"]:
        parts.append(f"{counts['contained']} contain the other's sentences")
    if counts["near"]:
        parts.append(f"{counts['near']} near")
    if copied == paragraphs:
        if parts == [f"{copied} exact"]:
            return f"{paragraphs} paragraphs, exact copy"
        return f"{paragraphs} paragraphs: " + ", ".join(parts)
    return f"{copied} of {paragraphs} paragraphs copied: " + ", ".join(parts)
