"""Inline suppressions in Markdown and per-path ignores from the configuration.

``<!-- factlint: disable=RULE[,RULE] -->`` … ``<!-- factlint: enable=RULE -->`` silences
rules over a range of lines (to the end of the file if never enabled again);
``<!-- factlint: disable-next-line=RULE -->`` silences the next non-blank line.
``all`` names every rule. A suppression naming an unknown rule, or one that
silences nothing, is itself reported (rule ``invalid-suppression`` /
``unused-suppression``, kind ``suppression``): stale suppressions hide future findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatch
from typing import Iterable, Mapping, Sequence

from .model import Document, Finding, Location, Span

SUFFIXES = (".md", ".markdown")  # only Markdown carries inline suppressions (HTML comments)
_DIRECTIVE = re.compile(r"<!--\s*factlint:\s*(disable-next-line|disable|enable)\s*=\s*([\w\-, ]+?)\s*-->")


@dataclass(frozen=True)
class Suppression:
    rules: frozenset[str]
    span: Span  # text the suppression covers
    directive: Span  # where the comment is, for reporting


def parse(doc: Document) -> list[Suppression]:
    """Suppressions of one Markdown document (plain text has none: its per-path ignores live in the config)."""
    if not doc.path.lower().endswith(SUFFIXES) or "factlint:" not in doc.text:
        return []
    found: list[Suppression] = []
    open_ranges: dict[str, tuple[int, Span]] = {}
    for m in _DIRECTIVE.finditer(doc.text):
        action, names = m.group(1), frozenset(n.strip() for n in m.group(2).split(",") if n.strip())
        here = Span(m.start(), m.end())
        if action == "disable-next-line":
            found.append(Suppression(names, _next_line(doc.text, m.end()), here))
        elif action == "disable":
            for name in names:
                open_ranges.setdefault(name, (m.end(), here))
        else:
            for name in names:
                if name in open_ranges:
                    start, directive = open_ranges.pop(name)
                    found.append(Suppression(frozenset({name}), Span(start, m.start()), directive))
    for name, (start, directive) in open_ranges.items():
        found.append(Suppression(frozenset({name}), Span(start, len(doc.text)), directive))
    return found


def _next_line(text: str, pos: int) -> Span:
    nl = text.find("\n", pos)
    if nl == -1:
        return Span(len(text), len(text))
    start = nl + 1
    while start < len(text) and text[start] == "\n":
        start += 1
    end = text.find("\n", start)
    return Span(start, len(text) if end == -1 else end)


def apply(
    findings: Sequence[Finding],
    documents: Iterable[Document],
    known_rules: frozenset[str],
    ignores: Mapping[str, Sequence[str]],
) -> list[Finding]:
    """Drop suppressed findings; add findings for unknown or unused suppressions."""
    by_path: dict[str, list[Suppression]] = {}
    extra: list[Finding] = []
    for doc in documents:
        sups = parse(doc)
        if sups:
            by_path[doc.path] = sups
    used: set[tuple[str, int]] = set()
    kept: list[Finding] = []
    for f in findings:
        if _ignored(f, ignores):
            continue
        hit = next((s for s in by_path.get(f.location.path, ()) if _silences(s, f)), None)
        if hit is None:
            kept.append(f)
        else:
            used.add((f.location.path, hit.directive.start))
    for path, sups in by_path.items():
        for s in sups:
            unknown = sorted(s.rules - known_rules - {"all"})
            where = Location(path, s.directive)
            if unknown:
                extra.append(_meta("invalid-suppression", f"suppression names unknown rule(s): {', '.join(unknown)}", where))
            elif (path, s.directive.start) not in used:
                extra.append(_meta("unused-suppression", f"suppression of {', '.join(sorted(s.rules))} silences nothing; remove it", where))
    return kept + extra


def _silences(s: Suppression, f: Finding) -> bool:
    return (f.rule in s.rules or "all" in s.rules) and s.span.start <= f.location.span.start < max(s.span.end, s.span.start + 1)


def _meta(rule: str, message: str, where: Location) -> Finding:
    return Finding(rule=rule, kind="suppression", severity="warning", message=message, location=where)


def _ignored(f: Finding, ignores: Mapping[str, Sequence[str]]) -> bool:
    path = f.location.path.replace("\\", "/")
    return any(
        (f.rule in rules or "all" in rules) and (fnmatch(path, pattern) or fnmatch(path, pattern.rstrip("/") + "/*"))
        for pattern, rules in ignores.items()
    )
