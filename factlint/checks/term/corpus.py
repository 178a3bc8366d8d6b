"""Over the corpus: merge the articles' summaries (dict look-ups and set intersections, no pass over tokens)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import chain
from typing import Any, Iterable, Iterator, Mapping, Sequence

import numpy as np

from ...config.ruleset import Rule
from ...model import Edit, Finding, Location, Span
from ..base import new_finding
from .summary import Packed, Summary, Term, _camel, _describe_jamo, jamo_diff, word_id

def findings(paths: Sequence[str], summaries: Sequence[Summary], declared: Sequence[Term], rule: Rule) -> Iterator[Finding]:
    """The corpus-wide step over every article's summary, in corpus order."""
    if not summaries:
        return
    # Columns of the summaries (zip transposes in C): one table per article for each field.
    accepted, variants, hangul, pairs, latin, repeats = zip(*summaries)
    again_accepted, again_latin = zip(*repeats)
    yield from _declared_findings(rule, declared, paths, variants, _Field(accepted, again_accepted))
    if rule.options["discover"]:
        yield from _discovered_hangul(rule, paths, pairs, hangul)
        spellings = frozenset(f for t in declared for f in (*t.accepted, *t.wrong))
        yield from _discovered_latin(rule, spellings, paths, _Field(latin, again_latin))


Places = dict[str, list[tuple[int, Sequence[int]]]]  # word → (document number, starts), in corpus order


@dataclass(frozen=True)
class _Field:
    """One table of every summary (declared spellings, Hangul candidates or Latin words), in corpus order."""

    tables: tuple[Mapping[str, Sequence[int]], ...]
    repeats: tuple[tuple[str, ...], ...]

    def vocabulary(self) -> set[str]:
        return set().union(*(t.keys() for t in self.tables if t))

    def totals(self, words: Iterable[str]) -> _Counts:
        """How many times each word is written in the corpus (0 for none): set intersections and counting in C."""
        wanted = set(words)  # a set, not a frozenset: ``keys & set`` then walks the smaller side
        hits = [(i, h) for i, t in enumerate(self.tables) if t and (h := t.keys() & wanted)]
        total = Counter(chain.from_iterable([h for _, h in hits]))
        total.update(chain.from_iterable([filter(wanted.__contains__, r) for r in self.repeats if r]))
        return _Counts({w: total[w] for w in wanted}, hits)

    def places(self, counts: _Counts, words: Iterable[str], limit: int | None = None) -> Places:
        """The first ``limit`` places (all with None) of each of ``words`` (counted in ``counts``), in
        corpus order; the walk over the articles that have any stops as soon as it has them."""
        out: Places = {w: [] for w in words}
        wanted = {w: counts.total[w] if limit is None else min(limit, counts.total[w]) for w in out}
        pending = {w for w, n in wanted.items() if n > 0}
        for i, found in counts.hits:
            if not pending:
                break
            for w in found & pending:
                starts = self.tables[i][w]
                out[w].append((i, starts))
                wanted[w] -= len(starts)
                if wanted[w] <= 0:
                    pending.discard(w)
        return out


@dataclass(frozen=True)
class _Counts:
    total: Mapping[str, int]  # word → places in the corpus
    hits: Sequence[tuple[int, set[str]]]  # (article number, the words it has), articles with any, in order


def _locations(
    paths: Sequence[str], places: Sequence[tuple[int, Sequence[int]]], word: str, limit: int | None, note: str | None
) -> tuple[Location, ...]:
    out: list[Location] = []
    for i, starts in places:
        for start in starts:
            if limit is not None and len(out) >= limit:
                return tuple(out)
            out.append(Location(paths[i], Span(start, start + len(word)), note))
    return tuple(out)


_HOW = {
    "wrong": "is a known misspelling of '{target}'",
    "case-spacing": "is a case/spacing variant of '{target}'",
    "jamo": "is one jamo from '{target}' ({detail}); likely a misspelling",
    "letters": "is one letter from '{target}'; likely a misspelling",
}


def _declared_findings(
    rule: Rule, declared: Sequence[Term], paths: Sequence[str], per_article: Sequence[tuple[Any, ...]], accepted: _Field
) -> Iterator[Finding]:
    variants = [(i, v) for i, found in enumerate(per_article) if found for v in found]
    if not variants:
        return
    max_related = rule.options["max_related"]
    wanted = {form for _, v in variants for form in (v[5], *declared[v[3]].accepted)}
    counts = accepted.totals(wanted)
    count = counts.total
    first = {f: _locations(paths, p, f, max_related, f"'{f}' used here") for f, p in accepted.places(counts, wanted, max_related).items()}
    for i, (start, end, text, position, how, target, detail, editable) in variants:
        term = declared[position]
        forms = (target,) if count[target] else term.accepted  # where the target is used, else any accepted spelling
        used = sum(count[f] for f in forms)
        related = tuple(loc for f in forms for loc in first[f])[:max_related]
        where = f"used {used}× in the corpus" if used else "not used elsewhere in the corpus"
        message = (
            f"'{text}' {_HOW[how].format(target=target, detail=detail)} — declared spellings of {term.preferred}: "
            f"{term.display()} ({term.origin}); '{target}' {where}"
        )
        span = Span(start, end)
        safe = how in ("wrong", "case-spacing") and editable
        fix = (Edit(paths[i], span, target),) if safe else ()
        data = {"variant": text, "preferred": target, "term": term.preferred, "how": how, "fixable": safe}
        yield new_finding(rule, message, Location(paths[i], span), related, data, fix)


def _discovered_hangul(
    rule: Rule, paths: Sequence[str], per_article: Sequence[tuple[tuple[str, str, str, str], ...]], packs: Sequence[Packed]
) -> Iterator[Finding]:
    """Pairs of undeclared Hangul words one jamo apart, next to the same word in one article, where
    the rarer is written at most twice in the corpus."""
    first: dict[tuple[str, str], tuple[int, str, str, str, str]] = {}  # pair → the first article it shares a neighbour in
    for i, found in enumerate(per_article):
        for x, y, x_first, y_first in found:
            first.setdefault((x, y) if x < y else (y, x), (i, x, y, x_first, y_first))
    if not first:
        return
    max_related = rule.options["max_related"]
    # A variant's places are all (≤ 2); the preferred spelling's first max_related; both words' first.
    count, places = _Packs(packs).lookup({w for pair in first for w in pair}, max(max_related, 2))
    rank = {w: (p[0][0], p[0][1][0]) for w, p in places.items() if p}  # first use in the corpus
    judged = []
    for i, x, y, x_first, y_first in first.values():
        if min(count[x], count[y]) > 2:
            continue  # both written three times or more: two words, not a slip
        if not places[x] or not places[y]:
            continue  # two words with one 64-bit id (odds ~1 in 30 million for a million distinct words)
        a, b = (x, y) if rank[x] < rank[y] else (y, x)
        neighbour = x_first if a == x else y_first
        if count[a] != count[b]:
            variant, preferred = (a, b) if count[a] < count[b] else (b, a)
        else:  # equally rare: the spelling the article used first (its headline) is the intended one
            first_a = next(starts[0] for j, starts in places[a] if j == i)
            first_b = next(starts[0] for j, starts in places[b] if j == i)
            variant, preferred = (a, b) if first_a > first_b else (b, a)
        judged.append((_pair_order(a, b, rank), variant, preferred, neighbour))
    reported: set[str] = set()
    for _, variant, preferred, neighbour in sorted(judged):
        if variant in reported:
            continue  # one preferred spelling per variant: the first pair in corpus order
        reported.add(variant)
        diff = _describe_jamo(jamo_diff(variant, preferred))
        related = _locations(paths, places[preferred], preferred, max_related, f"'{preferred}' used here")
        how = (
            f"differs by one jamo ({diff}) from '{preferred}', written {count[preferred]}× in the corpus, "
            f"next to the same word '{neighbour}'; likely a misspelling"
        )
        for loc in _locations(paths, places[variant], variant, None, None):
            yield _discovered_finding(rule, loc, variant, preferred, related, how)


class _Packs:
    """Every article's ``Packed`` candidates joined into flat arrays (numpy): one look-up for the corpus."""

    def __init__(self, packs: Sequence[Packed]) -> None:
        sizes = np.fromiter((len(p.ids) >> 3 for p in packs), dtype=np.int64, count=len(packs))
        self.ids = np.frombuffer(b"".join([p.ids for p in packs]), dtype="<u8")
        self.article = np.repeat(np.arange(len(packs)), sizes)
        places = np.fromiter((len(p.starts) >> 2 for p in packs), dtype=np.int64, count=len(packs))
        before = np.repeat(np.cumsum(places) - places, sizes)  # places of earlier articles
        self.ends = np.frombuffer(b"".join([p.ends for p in packs]), dtype="<u4").astype(np.int64) + before
        self.counts = np.diff(self.ends, prepend=0)
        self.starts = np.frombuffer(b"".join([p.starts for p in packs]), dtype="<u4")

    def lookup(self, words: Iterable[str], limit: int) -> tuple[dict[str, int], Places]:
        """Each word's count in the corpus and its first places, in corpus order: from articles taken
        in order until it has ``limit`` places (one article has one place at least)."""
        words = set(words)
        by_id = {int.from_bytes(word_id(w), "little"): w for w in sorted(words)}
        count = dict.fromkeys(words, 0)
        places: Places = {w: [] for w in words}
        if not by_id or not len(self.ids):
            return count, places
        wanted = np.array(sorted(by_id), dtype=np.uint64)
        at = np.minimum(np.searchsorted(wanted, self.ids), len(wanted) - 1)
        entries = np.flatnonzero(wanted[at] == self.ids)  # in corpus order
        which = at[entries]
        for k, n in enumerate(np.bincount(which, weights=self.counts[entries], minlength=len(wanted))):
            count[by_id[int(wanted[k])]] = int(n)
        order = np.argsort(which, kind="stable")
        grouped = which[order]
        rank = np.arange(len(grouped)) - np.searchsorted(grouped, grouped)  # place within its word's entries
        for e in entries[np.sort(order[rank < limit])]:
            end = int(self.ends[e])
            starts = tuple(self.starts[end - int(self.counts[e]) : end].tolist())
            places[by_id[int(self.ids[e])]].append((int(self.article[e]), starts))
        return count, places


def _pair_order(a: str, b: str, rank: Mapping[str, tuple[int, int]]) -> tuple[Any, ...]:
    """Corpus order of a pair: where its words are first used, then where they differ."""
    syllable, component, _, _ = jamo_diff(a, b)[0]
    return (rank[a], syllable, component, rank[b])


def _discovered_latin(rule: Rule, declared: frozenset[str], paths: Sequence[str], latin: _Field) -> Iterator[Finding]:
    """Camel-case names written in another case (HyperClova) when the other spelling is ≥3× as frequent."""
    by_fold: dict[str, list[str]] = defaultdict(list)
    for word in latin.vocabulary():
        by_fold[word.casefold()].append(word)
    groups = [g for g in by_fold.values() if len(g) > 1]
    counts = latin.totals(w for g in groups for w in g)
    count = counts.total
    allow = frozenset(rule.options["allow"]) | declared
    max_related = rule.options["max_related"]
    found: list[tuple[str, str]] = []
    for spellings in groups:
        preferred = max(spellings, key=lambda w: (count[w], w))
        if not _camel(preferred) or count[preferred] < 3:
            continue
        for variant in spellings:
            if variant == preferred or variant in allow or variant.isupper():
                continue
            if variant[1:] == preferred[1:] or 3 * count[variant] > count[preferred]:
                continue  # sentence-initial capital, or not clearly the rarer spelling
            found.append((variant, preferred))
    if not found:
        return
    firsts = latin.places(counts, {p for _, p in found}, max_related)
    everywhere = latin.places(counts, {v for v, _ in found})
    for variant, preferred in found:
        related = _locations(paths, firsts[preferred], preferred, max_related, f"'{preferred}' used here")
        how = f"is a case variant of '{preferred}', written {count[preferred]}× in the corpus"
        for loc in _locations(paths, everywhere[variant], variant, None, None):
            yield _discovered_finding(rule, loc, variant, preferred, related, how)


def _discovered_finding(
    rule: Rule, location: Location, variant: str, preferred: str, related: tuple[Location, ...], how: str
) -> Finding:
    data = {"variant": variant, "preferred": preferred, "term": None, "how": "discovered", "fixable": False}
    return new_finding(rule, f"'{variant}' {how}", location, related, data)
