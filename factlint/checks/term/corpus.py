"""Over the corpus: merge the articles' summaries (dict look-ups and set intersections, no pass over
tokens), and judge each spelling against the corpus's own use of it."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import chain
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from ...config.ruleset import Rule
from ...model import Block, Edit, Finding, Location, Span
from ..base import new_finding
from . import discover
from . import latin as latin_slips
from .discover import Packs
from .jamo import describe, jamo_diff
from .summary import CONFUSABLE, Summary, Term, _bare, _camel, fold

BlocksOf = Callable[[str], Sequence[Block]]


class Tables:
    """Every article's summary, folded in as it is decoded (``add``): its columns, one entry per
    article in corpus order, and the Hangul candidates joined into flat arrays, so the summaries
    themselves are never all held at once."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.accepted: list[Mapping[str, Sequence[int]]] = []
        self.variants: list[tuple[Any, ...]] = []
        self.pairs: list[tuple[tuple[str, str, str, str], ...]] = []
        self.latin: list[Mapping[str, Sequence[int]]] = []
        self.again_accepted: list[tuple[str, ...]] = []
        self.again_latin: list[tuple[str, ...]] = []
        self.packs = Packs()

    def add(self, path: str, summary: Summary) -> None:
        self.paths.append(path)
        self.accepted.append(summary.accepted)
        self.variants.append(summary.variants)
        self.pairs.append(summary.pairs)
        self.latin.append(summary.latin)
        self.again_accepted.append(summary.repeats[0])
        self.again_latin.append(summary.repeats[1])
        self.packs.add(summary.hangul)

    @classmethod
    def of(cls, summaries: Iterable[tuple[str, Summary]]) -> Tables:
        out = cls()
        for path, summary in summaries:
            out.add(path, summary)
        out.packs.done()
        return out


def findings(
    tables: Tables, declared: Sequence[Term], rule: Rule, blocks_of: BlocksOf | None = None,
    focus: Sequence[int] | None = None,
) -> Iterator[Finding]:
    """The corpus-wide step over every article's summary (``tables``), in corpus order. ``blocks_of``
    gives an article's blocks, read only to see the context of the few undeclared pairs judged
    across articles (without it, undeclared variants are looked for within each article only);
    ``focus`` (article numbers) limits that judging to pairs touching those articles (a superset of
    what a focused run reports)."""
    if not tables.paths:
        return
    paths = tables.paths
    yield from _declared_findings(rule, declared, paths, tables.variants, _Field(tables.accepted, tables.again_accepted))
    if rule.options["discover"]:
        yield from _discovered_hangul(rule, paths, tables.pairs, tables.packs, blocks_of, focus)
        spellings = frozenset(f for t in declared for f in (*t.accepted, *t.wrong))
        latin = _Field(tables.latin, tables.again_latin)
        vocabulary = latin.vocabulary()
        yield from _discovered_latin(rule, spellings, paths, latin, vocabulary)
        if blocks_of is not None:
            yield from _latin_slips(rule, spellings, paths, latin, vocabulary, blocks_of)
        yield from _homoglyphs(rule, paths, latin, vocabulary, _Field(tables.accepted, tables.again_accepted), tables.variants)


Places = dict[str, list[tuple[int, Sequence[int]]]]  # word → (document number, starts), in corpus order


@dataclass(frozen=True)
class _Field:
    """One table of every summary (declared spellings, Hangul candidates or Latin words), in corpus order."""

    tables: Sequence[Mapping[str, Sequence[int]]]
    repeats: Sequence[tuple[str, ...]]

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
_OWN_WORD = 3  # a variant written this often in the corpus is a word of its own (네이처, the journal), or its house style


def _declared_findings(
    rule: Rule, declared: Sequence[Term], paths: Sequence[str], per_article: Sequence[tuple[Any, ...]], accepted: _Field
) -> Iterator[Finding]:
    """Variants of declared names, judged against the spellings the corpus itself uses.

    The preferred spelling is the accepted spelling of the variant's script (Hangul or Latin) that
    the corpus writes most (declared order breaks ties): the declared canonical name wins only
    where the corpus uses it. A one-edit variant written three times or more, and not a third as
    often as the name it is near, is a word of its own; a case or spacing variant written three
    times or more, and more than any accepted spelling with its letters, is the corpus's house
    style. Neither is reported; a declared wrong form always is.
    """
    variants = [(i, v) for i, found in enumerate(per_article) if found for v in found]
    if not variants:
        return
    max_related = rule.options["max_related"]
    written = Counter(v[2] for _, v in variants)
    wanted = {form for _, v in variants for form in (v[5], *declared[v[3]].accepted)}
    counts = accepted.totals(wanted)
    count = counts.total
    first = {f: _locations(paths, p, f, max_related, f"'{f}' used here") for f, p in accepted.places(counts, wanted, max_related).items()}
    for i, (start, end, text, position, how, target, detail, editable) in variants:
        term = declared[position]
        if how in ("jamo", "letters") and written[text] >= _OWN_WORD and 3 * written[text] > count[target]:
            continue  # not clearly the rarer spelling: a word of its own (네이처 4×, 네이버 never)
        if how == "letters" and _acronym(text):
            continue  # another acronym (BBC: "Beirut's benchmark BLOM stock index", not BLOOM)
        if how == "case-spacing":
            same = [f for f in term.accepted if fold(f) == fold(text)]
            if written[text] >= _OWN_WORD and written[text] > max(count[f] for f in same):
                continue
            if _plain_words(text) and not any(count[f] for f in same):
                continue  # English words or another name, the stylised name never written (BBC: "palm trees", "drama school Lamda")
            if text.islower() and " " in text and not any(" " in f for f in same):
                continue  # words in lower case, not a name broken in two (BBC: "I have met a large number" beside "Meta Group")
            target = _most_used(same, count) or target
        elif how == "wrong":  # the accepted spelling of its script with its letters (Face Book → Facebook), else the most used
            script = [f for f in term.accepted if is_hangul_form(f) == is_hangul_form(text)]
            target = _most_used([f for f in script if fold(f) == fold(text)] or script, count) or term.preferred
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


_PLAIN_WORDS = re.compile(r"[A-Za-z][a-z]*(?: [A-Za-z][a-z]*)*")


def _plain_words(text: str) -> bool:
    """Five letters or fewer written as ordinary words are: each word lower case but perhaps for its
    first letter (``palm``, ``Palm``, ``met a``, ``Lamda``); short enough to be an English word or
    another name. Not ``Exaone`` (six letters), ``HyperClova`` or ``GPT 3``."""
    return _PLAIN_WORDS.fullmatch(text) is not None and len(text.replace(" ", "")) <= 5


def _acronym(text: str) -> bool:
    """Four capitals or fewer: one letter from a name, another acronym far more often than a slip."""
    return len(text) <= 4 and text.isalpha() and text.isupper()


def _most_used(forms: Sequence[str], count: Mapping[str, int]) -> str | None:
    """The form the corpus writes most, the first declared among equals; None if there is none."""
    return max(forms, key=lambda f: count.get(f, 0), default=None) if forms else None


def is_hangul_form(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)


_LONG_WORD = "long_word"


def _discovered_hangul(
    rule: Rule, paths: Sequence[str], per_article: Sequence[tuple[tuple[str, str, str, str], ...]], packs: Packs,
    blocks_of: BlocksOf | None, focus: Sequence[int] | None = None,
) -> Iterator[Finding]:
    """Undeclared Hangul words that are a slip of another: one jamo apart next to the same word in one
    article (the rarer written at most twice in the corpus), or across the corpus (``discover.py``)."""
    first: dict[tuple[str, str], tuple[int, str, str, str, str]] = {}  # pair → the first article it shares a neighbour in
    for i, found in enumerate(per_article):
        for x, y, x_first, y_first in found:
            first.setdefault((x, y) if x < y else (y, x), (i, x, y, x_first, y_first))
    across: list[discover.Pair] = []
    if blocks_of is not None:
        contexts = discover.Contexts(paths, blocks_of, _bare)
        across = discover.pairs(packs, rule.options["min_syllables"], rule.options[_LONG_WORD], contexts, focus)
    if not first and not across:
        return
    max_related = rule.options["max_related"]
    words = {w for pair in first for w in pair} | {w for p in across for w in (p.variant, p.preferred)}
    # A variant's places are all (≤ 2); the preferred spelling's first max_related; both words' first.
    count, places = packs.lookup(words, max(max_related, 2))
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
        how = (
            f"differs by one jamo ({describe(jamo_diff(variant, preferred))}) from '{preferred}', written "
            f"{count[preferred]}× in the corpus, next to the same word '{neighbour}'; likely a misspelling"
        )
        judged.append((_pair_order(a, b, rank), variant, preferred, how))
    for p in across:
        if not places[p.variant] or not (places[p.preferred] or p.how):
            continue  # a syllable typed twice (벨트트) needs no other word written
        if p.how:
            judged.append(((rank[p.variant], 0, 0, rank.get(p.preferred, rank[p.variant])), p.variant, p.preferred, p.how))
            continue
        a, b = sorted((p.variant, p.preferred), key=rank.__getitem__)
        jamo = "one jamo" if len(p.diff) == 1 else f"{len(p.diff)} jamo"
        how = (
            f"differs by {jamo} ({describe(p.diff)}) from '{p.preferred}', written {count[p.preferred]}× in the "
            f"corpus; both are written near '{p.shared}'; likely a misspelling"
        )
        judged.append((_pair_order(a, b, rank), p.variant, p.preferred, how))
    reported: set[str] = set()
    for _, variant, preferred, how in sorted(judged):
        if variant in reported:
            continue  # one preferred spelling per variant: the first pair in corpus order
        reported.add(variant)
        related = _locations(paths, places[preferred], preferred, max_related, f"'{preferred}' used here")
        for loc in _locations(paths, places[variant], variant, None, None):
            yield _discovered_finding(rule, loc, variant, preferred, related, how)


def _pair_order(a: str, b: str, rank: Mapping[str, tuple[int, int]]) -> tuple[Any, ...]:
    """Corpus order of a pair: where its words are first used, then where they differ."""
    syllable, component, _, _ = jamo_diff(a, b)[0]
    return (rank[a], syllable, component, rank[b])


def _discovered_latin(
    rule: Rule, declared: frozenset[str], paths: Sequence[str], latin: _Field, vocabulary: set[str]
) -> Iterator[Finding]:
    """Camel-case names written in another case (HyperClova) when the other spelling is ≥3× as frequent."""
    by_fold: dict[str, list[str]] = defaultdict(list)
    for word in vocabulary:
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
            if _mac_surname(variant, preferred):
                continue  # two families' spellings (BBC: Ken Macdonald, the prosecutor; Ian Macfarlane)
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


_SLIPS = {
    "swapped": "two neighbouring letters swapped",
    "single": "a doubled letter written once",
    "double": "a letter written twice",
}


def _latin_slips(
    rule: Rule, declared: frozenset[str], paths: Sequence[str], latin: _Field, vocabulary: set[str], blocks_of: BlocksOf
) -> Iterator[Finding]:
    """Undeclared capitalised names written with one slip (``Pyeongteak``, ``Celonix``): ``latin.py``."""
    allow = frozenset(rule.options["allow"]) | declared
    names = [w for w in vocabulary if len(w) >= 6 and w[0].isupper() and w not in allow]
    if len(names) < 2:
        return
    counts = latin.totals([*names, *(w.lower() for w in names)])  # in lower case too: an ordinary word
    found = latin_slips.pairs(
        counts.total, lambda words: latin.places(counts, words), blocks_of, paths, discover.Contexts(paths, blocks_of, _bare)
    )
    if not found:
        return
    max_related = rule.options["max_related"]
    firsts = latin.places(counts, {p for _, p, _ in found}, max_related)
    everywhere = latin.places(counts, {v for v, _, _ in found})
    for variant, preferred, kind in found:
        related = _locations(paths, firsts[preferred], preferred, max_related, f"'{preferred}' used here")
        how = f"is '{preferred}' with {_SLIPS[kind]}; '{preferred}' is written {counts.total[preferred]}× in the corpus; likely a misspelling"
        for loc in _locations(paths, everywhere[variant], variant, None, None):
            yield _discovered_finding(rule, loc, variant, preferred, related, how)


def _homoglyphs(
    rule: Rule, paths: Sequence[str], latin: _Field, vocabulary: set[str], accepted: _Field,
    variants: Sequence[Sequence[tuple[Any, ...]]],
) -> Iterator[Finding]:
    """Latin words with a Cyrillic or Greek look-alike letter in them (``Nvіdia``, U+0456) whose
    confusable skeleton (TR39) is a word the corpus writes in Latin letters: an undeclared word, a
    declared name, or a declared name's variant the corpus writes (``Nvidia`` for ``NVIDIA``)."""
    mixed = sorted(w for w in vocabulary if not w.isascii())
    if not mixed:
        return
    skeleton = {w: w.translate(CONFUSABLE) for w in mixed}
    wanted = set(skeleton.values())
    as_variant: dict[str, list[tuple[int, Sequence[int]]]] = defaultdict(list)
    for i, table in enumerate(variants):
        for v in table:
            if v[2] in wanted:
                as_variant[v[2]].append((i, (v[0],)))
    max_related = rule.options["max_related"]
    places: dict[str, list[tuple[int, Sequence[int]]]] = {}
    for field in (latin, accepted):
        counts = field.totals(wanted)
        for word, found in field.places(counts, wanted).items():
            places.setdefault(word, []).extend(found)
    for word, found in as_variant.items():
        places.setdefault(word, []).extend(found)
    count = {w: sum(len(starts) for _, starts in places.get(w, ())) for w in wanted}
    found_words = [w for w in mixed if count[skeleton[w]] > 0]
    if not found_words:
        return
    everywhere = latin.places(latin.totals(found_words), found_words)
    for variant in found_words:
        preferred = skeleton[variant]
        ordered = sorted((i, s) for i, starts in places[preferred] for s in starts)
        related = _locations(paths, [(i, (s,)) for i, s in ordered], preferred, max_related, f"'{preferred}' used here")
        letters = ", ".join(f"{unicodedata.name(c).title()} '{c}' (U+{ord(c):04X})" for c in dict.fromkeys(variant) if not c.isascii())
        how = f"is '{preferred}' written with {letters}; '{preferred}' is written {count[preferred]}× in the corpus"
        for loc in _locations(paths, everywhere[variant], variant, None, None):
            yield _discovered_finding(rule, loc, variant, preferred, related, how, "homoglyph")


def _mac_surname(a: str, b: str) -> bool:
    """Mac+lower and Mac+Capital: both are spellings of Scottish surnames (Macdonald, MacDonald)."""
    return a[:3] == b[:3] == "Mac" and a[4:] == b[4:] and a[3].casefold() == b[3].casefold()


def _discovered_finding(
    rule: Rule, location: Location, variant: str, preferred: str, related: tuple[Location, ...], how: str,
    kind: str = "discovered",
) -> Finding:
    data = {"variant": variant, "preferred": preferred, "term": None, "how": kind, "fixable": False}
    return new_finding(rule, f"'{variant}' {how}", location, related, data)
