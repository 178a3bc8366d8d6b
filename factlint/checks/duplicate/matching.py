"""Over the corpus: join equal hashes into links between paragraphs, and links into runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from ...model import Block
from .hashing import _OWNER_BITS, _OWNER_MASK, _U64, MAX_POSTINGS, window_hashes

BlocksOf = Callable[[str], Sequence[Block]]  # an article's blocks, by path (its text read on demand)

EXACT, CONTAINS, CONTAINED_IN, NEAR, DOUBLED = "exact", "contains", "contained-in", "near", "doubled"
_PRIORITY = {EXACT: 0, DOUBLED: 0, CONTAINS: 1, CONTAINED_IN: 1, NEAR: 2}


@dataclass(frozen=True)
class Link:
    """Paragraph ``later`` repeats paragraph ``earlier`` (global block numbers)."""

    later: int
    earlier: int
    how: str
    similarity: float = 1.0
    added: int = 0  # sentences the containing paragraph has beyond the contained one


@dataclass(frozen=True)
class Corpus:
    """Every article's hashes laid end to end, in path order; a block's global number is its place here."""

    paths: tuple[str, ...]
    doc: npt.NDArray[np.intp]  # article (index into paths) of every block
    index: npt.NDArray[np.intp]  # block index within its article
    keys: npt.NDArray[np.uint64]
    lengths: npt.NDArray[np.intp]
    compared: npt.NDArray[np.bool_]  # long enough to compare
    sentence_keys: npt.NDArray[np.uint64]
    sentence_blocks: npt.NDArray[np.intp]  # global block numbers, ascending
    samples: npt.NDArray[np.uint64]
    sample_blocks: npt.NDArray[np.intp]  # global block numbers, ascending


def _segments(starts: npt.NDArray[np.intp], sizes: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """Indexes of ``[start, start + size)`` for every segment, end to end."""
    total = int(sizes.sum())
    begin = np.cumsum(sizes) - sizes
    out: npt.NDArray[np.intp] = np.arange(total, dtype=np.intp) + np.repeat(starts - begin, sizes)
    return out


def corpus_arrays(paths: Sequence[str], packed: Sequence[npt.NDArray[np.uint64]]) -> Corpus:
    """Unpack every article's packed array at once (one concatenation and a few gathers, not 10,000 slices).

    ``paths`` are in path order, ``packed`` are their hashes."""
    paths = tuple(paths)
    sizes = np.array([len(p) for p in packed], dtype=np.intp)
    big = np.concatenate(packed) if packed else np.zeros(0, dtype=_U64)
    offset = np.cumsum(sizes) - sizes
    n, ns, nm = (big[offset + i].astype(np.intp) for i in range(3))
    keys_at = offset + 3
    lengths_at = keys_at + n
    sentences_at = lengths_at + n
    samples_at = sentences_at + 2 * ns
    first = np.cumsum(n) - n
    doc = np.repeat(np.arange(len(paths), dtype=np.intp), n)
    lengths = big[_segments(lengths_at, n)]
    sentence_owner = big[_segments(sentences_at + ns, ns)].astype(np.intp) + np.repeat(first, ns)
    samples = big[_segments(samples_at, nm)]
    sample_owner = (samples & _OWNER_MASK).astype(np.intp) + np.repeat(first, nm)
    return Corpus(
        paths=paths,
        doc=doc,
        index=np.arange(len(doc), dtype=np.intp) - np.repeat(first, n),
        keys=big[_segments(keys_at, n)],
        lengths=(lengths & _U64(0xFFFFFFFF)).astype(np.intp),
        compared=(lengths >> _U64(32)).astype(bool),
        sentence_keys=big[_segments(sentences_at, ns)],
        sentence_blocks=sentence_owner,
        samples=samples >> _U64(_OWNER_BITS),
        sample_blocks=sample_owner,
    )


def _groups(keys: npt.NDArray[np.uint64]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Stable sort by key; returns the order, and start and size of each run of equal keys."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    sizes = np.diff(np.append(starts, len(ordered)))
    return order, starts, sizes


def _join(
    keys: npt.NDArray[np.uint64], owners: npt.NDArray[np.intp], blocks: int, cap: int | None = None
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Group blocks by equal keys, each block once per key (owners must come in ascending order).

    Returns the owners in key order, the start and size of each key's group, and how many distinct
    keys each block has (with ``cap``: only keys in groups of at most ``cap`` blocks, the ones
    that pairs are made from).
    """
    if blocks <= 1 << _OWNER_BITS and len(keys) and int(keys.max()) < 1 << (64 - _OWNER_BITS):
        # Samples: key and owner fit in one uint64, and sorting values is twice as fast as argsort.
        combined = np.sort((keys << _U64(_OWNER_BITS)) | owners.astype(_U64))
        combined = combined[np.diff(combined, prepend=~combined[:1]) != 0]
        keys, owners = combined >> _U64(_OWNER_BITS), (combined & _OWNER_MASK).astype(np.intp)
    else:
        order = np.argsort(keys, kind="stable")
        keys, owners = keys[order], owners[order]
        fresh = np.ones(len(keys), dtype=bool)
        fresh[1:] = (keys[1:] != keys[:-1]) | (owners[1:] != owners[:-1])
        keys, owners = keys[fresh], owners[fresh]
    starts = np.flatnonzero(np.diff(keys, prepend=keys[:1] ^ _U64(1)) != 0)
    sizes = np.diff(np.append(starts, len(keys)))
    counted = owners if cap is None else owners[np.repeat(sizes <= cap, sizes)]
    return owners, starts, sizes, np.bincount(counted, minlength=blocks)


def _pair_counts(
    members: npt.NDArray[np.intp], starts: npt.NDArray[np.intp], sizes: npt.NDArray[np.intp], cap: int,
    corpus: Corpus, article_scope: bool,
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs (a, b), a < b, of blocks in the same group of 2..cap members, and how many groups each pair shares.

    Members of a group come in ascending order, so ``i < j`` gives ``a < b``. Pairs travel as
    ``a * blocks + b`` codes: one int64 each, counted by one sort.
    """
    blocks = len(corpus.keys)
    codes = [np.zeros(0, dtype=np.int64)]
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= cap)]).tolist():
        base = starts[sizes == size]
        i, j = np.triu_indices(size, 1)
        a = members[base[:, None] + i[None, :]].ravel()
        b = members[base[:, None] + j[None, :]].ravel()
        if article_scope:
            same = corpus.doc[a] == corpus.doc[b]
            a, b = a[same], b[same]
        codes.append(a.astype(np.int64) * blocks + b)
    unique, shared = np.unique(np.concatenate(codes), return_counts=True)
    a, b = np.divmod(unique, blocks)
    return a.astype(np.intp), b.astype(np.intp), shared


def exact_links(corpus: Corpus, opts: Mapping[str, Any]) -> tuple[list[Link], npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Exact copies and doubled short lines; also which blocks are boilerplate and which are first copies."""
    n = len(corpus.keys)
    boilerplate = np.zeros(n, dtype=bool)
    representative = np.ones(n, dtype=bool)
    links: list[Link] = []
    filled = np.flatnonzero(corpus.keys != 0)
    order, starts, sizes = _groups(corpus.keys[filled])
    members = filled[order]  # within a group: ascending global number, i.e. path order then position
    article_scope = opts["scope"] == "article"
    # Articles per group: members are in global order, so a group's articles come sorted.
    member_docs = corpus.doc[members]
    new_article = np.ones(len(members), dtype=bool)
    new_article[1:] = member_docs[1:] != member_docs[:-1]
    new_article[starts] = True
    articles = np.add.reduceat(new_article, starts) if len(starts) else np.zeros(0, dtype=np.intp)
    repeated = sizes >= 2
    members_list, docs_list = members.tolist(), member_docs.tolist()
    for start, size, count in zip(starts[repeated].tolist(), sizes[repeated].tolist(), articles[repeated].tolist()):
        group = members[start : start + size]
        if count > opts["max_articles"]:
            boilerplate[group] = True
        elif corpus.compared[group].any():  # "다." dropped from one copy still matches
            representative[group[1:]] = False
            firsts: dict[int, int] = {}
            for g, d in zip(members_list[start : start + size], docs_list[start : start + size]):
                key = d if article_scope else 0
                if key in firsts:
                    links.append(Link(g, firsts[key], EXACT))
                else:
                    firsts[key] = g
            continue
        links.extend(_doubled(group, corpus, opts))
    return links, boilerplate, representative


def _doubled(group: npt.NDArray[np.intp], corpus: Corpus, opts: Mapping[str, Any]) -> Iterator[Link]:
    """A short line repeated within a few paragraphs of itself (a headline printed twice)."""
    if corpus.lengths[group[0]] < opts["doubled_min_length"]:
        return
    for a, b in zip(group[:-1].tolist(), group[1:].tolist()):
        if corpus.doc[a] == corpus.doc[b] and corpus.index[b] - corpus.index[a] <= opts["doubled_window"]:
            yield Link(b, a, DOUBLED)


def contained_links(corpus: Corpus, eligible: npt.NDArray[np.bool_], article_scope: bool, max_articles: int) -> list[Link]:
    """Pairs where every sentence of one paragraph is in a paragraph with more sentences."""
    keys, owners = corpus.sentence_keys, corpus.sentence_blocks
    keep = eligible[owners]
    keys, owners = keys[keep], owners[keep]
    if len(keys) == 0:
        return []
    members, starts, sizes, sentences = _join(keys, owners, len(corpus.keys))
    # A sentence in more paragraphs than max_articles is a stock phrase ("...라고 밝혔다."), not a copy.
    a, b, shared = _pair_counts(members, starts, sizes, max_articles, corpus, article_scope)
    links: list[Link] = []
    # b is later (higher global number). Either b holds all of a's sentences and more, or the reverse.
    for x, y, ns in zip(a.tolist(), b.tolist(), shared.tolist()):
        sx, sy = int(sentences[x]), int(sentences[y])
        if corpus.keys[x] == corpus.keys[y]:
            continue
        if ns == sx and sy > sx:
            links.append(Link(y, x, CONTAINS, added=sy - sx))
        elif ns == sy and sx > sy:
            links.append(Link(y, x, CONTAINED_IN, added=sx - sy))
    return links


def near_links(
    blocks: BlocksOf, corpus: Corpus, eligible: npt.NDArray[np.bool_], opts: Mapping[str, Any],
    focus: npt.NDArray[np.bool_] | None = None, known: Sequence[Link] = (),
) -> list[Link]:
    """Candidates share a sampled 5-gram; the similarity is then computed on the text.

    With a ``focus`` (per article: a changed file of a pre-commit run) only the candidates that
    can change a finding touching it are made and measured: see :func:`_relevant`."""
    samples, owners = corpus.samples, corpus.sample_blocks
    keep = eligible[owners]
    samples, owners = samples[keep], owners[keep]
    if len(samples) == 0:
        return []
    join = _join(samples, owners, len(corpus.keys), MAX_POSTINGS)
    if focus is None:
        a, b = _promising(join, corpus, opts, None)
    else:
        a, b = _promising(join, corpus, opts, focus[corpus.doc])
        relevant = _relevant(focus, corpus, a, b, known)
        a, b = _promising(join, corpus, opts, relevant[corpus.doc])
    threshold = opts["similarity"]
    links = []
    cache: dict[int, npt.NDArray[np.uint64]] = {}
    for x, y in zip(a.tolist(), b.tolist()):
        similarity = _jaccard(_shingles(blocks, corpus, x, cache), _shingles(blocks, corpus, y, cache))
        if similarity >= threshold:
            links.append(Link(y, x, NEAR, round(similarity, 2)))
    return links


Join = tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]


def _promising(
    join: Join, corpus: Corpus, opts: Mapping[str, Any], interest: npt.NDArray[np.bool_] | None
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs of blocks whose estimated similarity (from shared samples) is worth measuring; with
    ``interest`` (per block), only the pairs with a block of interest in them.

    Every sample such a pair shares is in a group with a block of interest, so only those groups
    are made into pairs (in a pre-commit run, a few hundred instead of a million): the pairs'
    counts are still complete.
    """
    members, starts, sizes, per_block = join
    if interest is not None:
        with_interest = np.add.reduceat(interest[members], starts) > 0 if len(starts) else np.zeros(0, dtype=bool)
        starts, sizes = starts[with_interest], sizes[with_interest]
    a, b, shared = _pair_counts(members, starts, sizes, MAX_POSTINGS, corpus, opts["scope"] == "article")
    if interest is not None:
        touching = interest[a] | interest[b]
        a, b, shared = a[touching], b[touching], shared[touching]
    estimate = shared / (per_block[a] + per_block[b] - shared)
    # The sample estimate is rough for short paragraphs: let a generous margin through to the exact measure.
    promising = estimate >= opts["similarity"] * 0.5
    return a[promising], b[promising]


def _relevant(
    focus: npt.NDArray[np.bool_], corpus: Corpus, a: npt.NDArray[np.intp], b: npt.NDArray[np.intp], known: Sequence[Link]
) -> npt.NDArray[np.bool_]:
    """The articles whose paragraphs' best sources must be exact for the findings touching the focus:
    the focus and every article with a link or a near candidate to it.

    A finding touches the focus when its two articles include a focus one. Each of its paragraphs
    is then in one of these articles, and so is every paragraph its extension looks at; measuring
    every candidate of these articles gives them the sources a full run gives them.
    """
    relevant = focus.copy()
    doc = corpus.doc
    later = np.array([link.later for link in known], dtype=np.intp)
    earlier = np.array([link.earlier for link in known], dtype=np.intp)
    for x, y in ((later, earlier), (a, b)):
        touching = focus[doc[x]] | focus[doc[y]]
        relevant[doc[x[touching]]] = True
        relevant[doc[y[touching]]] = True
    return relevant


def _shingles(blocks: BlocksOf, corpus: Corpus, g: int, cache: dict[int, npt.NDArray[np.uint64]]) -> npt.NDArray[np.uint64]:
    if g not in cache:
        cache[g] = window_hashes(blocks(corpus.paths[corpus.doc[g]])[corpus.index[g]].text)
    return cache[g]


def _jaccard(a: npt.NDArray[np.uint64], b: npt.NDArray[np.uint64]) -> float:
    shared = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - shared
    return shared / union if union else 1.0


def best(links: Sequence[Link]) -> dict[int, Link]:
    """One source per later paragraph: exact before contained before near, then most similar, then earliest."""
    best: dict[int, Link] = {}
    for link in links:
        current = best.get(link.later)
        rank = (_PRIORITY[link.how], -link.similarity, link.earlier)
        if current is None or rank < (_PRIORITY[current.how], -current.similarity, current.earlier):
            best[link.later] = link
    return best


def runs(best: Mapping[int, Link], corpus: Corpus, max_gap: int) -> list[list[Link]]:
    """Chains of links whose later and earlier paragraphs both move forward by at most max_gap + 1."""
    by_pair: dict[tuple[int, int], list[Link]] = {}
    for later in sorted(best):
        link = best[later]
        by_pair.setdefault((int(corpus.doc[link.later]), int(corpus.doc[link.earlier])), []).append(link)
    runs: list[list[Link]] = []
    for chain in by_pair.values():
        current: list[Link] = []
        for link in chain:
            if current and _continues(current, link, max_gap):
                current.append(link)
            else:
                if current:
                    runs.append(current)
                current = [link]
        runs.append(current)
    return runs


def _continues(run: Sequence[Link], link: Link, max_gap: int) -> bool:
    prev = run[-1]
    if DOUBLED in (prev.how, link.how):
        return False
    step_later = link.later - prev.later
    step_earlier = link.earlier - prev.earlier
    # Within one article the earlier copy must end before the later one starts (no overlapping runs).
    return 0 < step_later <= max_gap + 1 and 0 < step_earlier <= max_gap + 1 and link.earlier < run[0].later


def extend(run: list[Link], corpus: Corpus, taken: set[int]) -> tuple[int, int, int, int]:
    """Grow a run over equal short paragraphs on either side (the byline after a copied body)."""
    lo_later, hi_later = run[0].later, run[-1].later
    lo_earlier, hi_earlier = run[0].earlier, run[-1].earlier
    keys, doc = corpus.keys, corpus.doc
    n = len(keys)

    def same(x: int, y: int) -> bool:
        return (
            0 <= x < n and 0 <= y < n and doc[x] == doc[lo_earlier] and doc[y] == doc[lo_later]
            and keys[x] != 0 and keys[x] == keys[y] and y not in taken and x < y
        )

    while same(hi_earlier + 1, hi_later + 1) and hi_earlier + 1 < lo_later:
        hi_earlier, hi_later = hi_earlier + 1, hi_later + 1
    while same(lo_earlier - 1, lo_later - 1) and lo_later - 1 > hi_earlier:
        lo_earlier, lo_later = lo_earlier - 1, lo_later - 1
    return lo_later, hi_later, lo_earlier, hi_earlier
