"""Over the corpus: join equal hashes into links between paragraphs, and links into runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from ...model import Block
from .hashing import _SENTENCE_MASK, _U64, _WORDS, BINS, HEADER, SENTENCE_BITS, _mix, pack_sketches, unpack_sketches, window_hashes

BlocksOf = Callable[[str], Sequence[Block]]  # an article's blocks, by path (its text read on demand)

# A band bucket or a sentence shared by more paragraphs than this is a stock phrase (or a paragraph
# syndicated to many articles): its members are not paired with each other, only with its first.
BUCKET_CAP = 16
_OWNER_BITS = 20  # _join packs a key's top 44 bits and a block number below 2**20 into one uint64
_OWNER_MASK = _U64((1 << _OWNER_BITS) - 1)
_KEY_MASK = _U64((1 << (64 - _OWNER_BITS)) - 1)

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
    articles: int = 0  # an exact copy of a paragraph syndicated to more than max_articles articles: how many


@dataclass(frozen=True)
class Corpus:
    """Every article's hashes laid end to end, in the run's order (see ``Duplicate.check``); a block's
    global number is its place here, so the higher of two is the later copy."""

    paths: tuple[str, ...]
    dates: npt.NDArray[np.int64]  # per article: its date's ordinal, NO_DATE if not known
    doc: npt.NDArray[np.intp]  # article (index into paths) of every block
    index: npt.NDArray[np.intp]  # block index within its article
    keys: npt.NDArray[np.uint64]
    lengths: npt.NDArray[np.intp]
    compared: npt.NDArray[np.bool_]  # long enough to compare
    signed: npt.NDArray[np.bool_]  # has a sketch (compared and at least near_min_length long)
    sentence_keys: npt.NDArray[np.uint64]
    sentence_blocks: npt.NDArray[np.intp]  # global block numbers, ascending
    sketches: npt.NDArray[np.uint32]  # one row of BINS minima per signed block, in block order
    sketch_row: npt.NDArray[np.intp]  # per block: its row in sketches (-1: none)


def _segments(starts: npt.NDArray[np.intp], sizes: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """Indexes of ``[start, start + size)`` for every segment, end to end."""
    total = int(sizes.sum())
    begin = np.cumsum(sizes) - sizes
    out: npt.NDArray[np.intp] = np.arange(total, dtype=np.intp) + np.repeat(starts - begin, sizes)
    return out


def corpus_arrays(paths: Sequence[str], packed: Sequence[npt.NDArray[np.uint64]]) -> Corpus:
    """Unpack every article's packed array at once (one concatenation and a few gathers, not 10,000 slices).

    ``paths`` are in the run's order, ``packed`` are their hashes."""
    paths = tuple(paths)
    sizes = np.array([len(p) for p in packed], dtype=np.intp)
    big = np.concatenate(packed) if packed else np.zeros(0, dtype=_U64)
    offset = np.cumsum(sizes) - sizes
    n, ns, nm = (big[offset + i].astype(np.intp) for i in range(3))
    keys_at = offset + HEADER
    lengths_at = keys_at + n
    sentences_at = lengths_at + n
    sketches_at = sentences_at + 2 * ns
    first = np.cumsum(n) - n
    doc = np.repeat(np.arange(len(paths), dtype=np.intp), n)
    lengths = big[_segments(lengths_at, n)]
    sentence_owner = big[_segments(sentences_at + ns, ns)].astype(np.intp) + np.repeat(first, ns)
    signed = ((lengths >> _U64(33)) & _U64(1)).astype(bool)
    sketch_row = np.full(len(doc), -1, dtype=np.intp)
    sketch_row[signed] = np.arange(int(signed.sum()), dtype=np.intp)
    return Corpus(
        paths=paths,
        dates=big[offset + 3].astype(np.int64),
        doc=doc,
        index=np.arange(len(doc), dtype=np.intp) - np.repeat(first, n),
        keys=big[_segments(keys_at, n)],
        lengths=(lengths & _U64(0xFFFFFFFF)).astype(np.intp),
        compared=((lengths >> _U64(32)) & _U64(1)).astype(bool),
        signed=signed,
        sentence_keys=big[_segments(sentences_at, ns)],
        sentence_blocks=sentence_owner,
        sketches=unpack_sketches(big[_segments(sketches_at, nm * _WORDS)]),
        sketch_row=sketch_row,
    )


def _groups(keys: npt.NDArray[np.uint64]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Stable sort by key; returns the order, and start and size of each run of equal keys."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    if not len(ordered):  # no keyed block at all (a corpus of empty or markup-only articles): no runs
        return order, np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
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
    """Exact copies and doubled short lines; also which blocks are boilerplate and which are first copies.

    A paragraph in more than ``max_articles`` articles is boilerplate (a copyright line, a footer)
    when it is shorter than ``boilerplate_max_length``; a longer one is a syndicated paragraph and
    every copy is linked to the first, with the number of articles."""
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
        widespread = count > opts["max_articles"]
        if widespread and corpus.lengths[group[0]] < opts["boilerplate_max_length"]:
            boilerplate[group] = True
        elif corpus.compared[group].any():  # "다." dropped from one copy still matches
            representative[group[1:]] = False
            firsts: dict[int, int] = {}
            for g, d in zip(members_list[start : start + size], docs_list[start : start + size]):
                key = d if article_scope else 0
                if key in firsts:
                    links.append(Link(g, firsts[key], EXACT, articles=count if widespread else 0))
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


@dataclass(frozen=True)
class Sentences:
    """The sentences of the paragraphs compared: one entry per sentence, in block order, each with
    the rank of its key among the distinct keys, and who holds each key."""

    rank: npt.NDArray[np.intp]  # per entry: its key's rank among the distinct keys
    blocks: npt.NDArray[np.intp]  # per entry: its block (ascending)
    once: npt.NDArray[np.bool_]  # per entry: the first of its key in its block
    spread: npt.NDArray[np.intp]  # per entry: how many paragraphs hold its key
    holders: npt.NDArray[np.int64]  # rank * blocks + block for every key and paragraph holding it, sorted
    first: npt.NDArray[np.intp]  # per block: its first entry
    count: npt.NDArray[np.intp]  # per block: its entries
    distinct: npt.NDArray[np.intp]  # per block: its distinct keys


def sentences(corpus: Corpus, eligible: npt.NDArray[np.bool_]) -> Sentences:
    """The sentences of the ``eligible`` blocks, ranked and joined once (two sorts of their keys) for
    the contained copies and for the near copies' stock sentences."""
    keep = eligible[corpus.sentence_blocks]
    keys, blocks = corpus.sentence_keys[keep], corpus.sentence_blocks[keep]
    n = len(corpus.keys)
    distinct_keys, rank = np.unique(keys, return_inverse=True)
    holders, first_index = np.unique(rank.astype(np.int64) * n + blocks, return_index=True)
    once = np.zeros(len(keys), dtype=bool)
    once[first_index] = True
    spread = np.bincount(holders // n, minlength=len(distinct_keys))[rank]
    count = np.bincount(blocks, minlength=n)
    return Sentences(
        rank.astype(np.intp), blocks, once, spread, holders, np.cumsum(count) - count, count,
        np.bincount(blocks[once], minlength=n),
    )


def contained_links(corpus: Corpus, found: Sentences, article_scope: bool, max_articles: int) -> list[Link]:
    """Pairs where every sentence of one paragraph is in a paragraph with more sentences.

    Candidates share a sentence, or two consecutive sentences, that at most ``max_articles``
    paragraphs hold: a sentence in more is a stock phrase ("...라고 밝혔다."), but a paragraph of
    stock sentences still has its own pairs of them. Each candidate's sentences are then counted
    exactly."""
    if len(found.rank) == 0:
        return []
    n = len(corpus.keys)
    key = found.holders // n
    starts = np.flatnonzero(np.diff(key, prepend=-1) != 0)
    sizes = np.diff(np.append(starts, len(key)))
    a, b, _ = _pair_counts((found.holders % n).astype(np.intp), starts, sizes, max_articles, corpus, article_scope)
    follows = np.flatnonzero(found.blocks[1:] == found.blocks[:-1])  # entries i and i + 1: consecutive sentences
    if len(follows):
        bigrams = found.rank[follows].astype(_U64) * _U64(int(found.rank.max()) + 1) + found.rank[follows + 1].astype(_U64)
        members, starts, sizes, _ = _join(bigrams, found.blocks[follows], n)
        a2, b2, _ = _pair_counts(members, starts, sizes, max_articles, corpus, article_scope)
        codes = np.unique(np.concatenate((a.astype(np.int64) * n + b, a2.astype(np.int64) * n + b2)))
        a, b = (x.astype(np.intp) for x in np.divmod(codes, n))
    shared = _shared_sentences(found, n, a, b)
    links: list[Link] = []
    # b is later (higher global number). Either b holds all of a's sentences and more, or the reverse.
    for x, y, ns in zip(a.tolist(), b.tolist(), shared.tolist()):
        sx, sy = int(found.distinct[x]), int(found.distinct[y])
        if corpus.keys[x] == corpus.keys[y]:
            continue
        if ns == sx and sy > sx:
            links.append(Link(y, x, CONTAINS, added=sy - sx))
        elif ns == sy and sx > sy:
            links.append(Link(y, x, CONTAINED_IN, added=sx - sy))
    return links


def _shared_sentences(found: Sentences, n: int, a: npt.NDArray[np.intp], b: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """How many distinct sentence keys a[i] and b[i] share: each distinct key of the one with fewer
    is looked up, as (key, the other paragraph), among the holders."""
    smaller = found.distinct[a] <= found.distinct[b]
    asked, other = np.where(smaller, a, b), np.where(smaller, b, a)
    entries = _segments(found.first[asked], found.count[asked])
    pair = np.repeat(np.arange(len(a)), found.count[asked])
    entries, pair = entries[found.once[entries]], pair[found.once[entries]]
    probe = found.rank[entries].astype(np.int64) * n + other[pair]
    at = np.minimum(np.searchsorted(found.holders, probe), len(found.holders) - 1)
    return np.bincount(pair[found.holders[at] == probe], minlength=len(a))


def bands(similarity: float) -> int:
    """Rows per band for a similarity threshold: a pair at the threshold shares at least one of the
    ``BINS // rows`` bands with probability 1 - (1 - s**rows)**bands, at least 0.99 from 0.4 up
    (two rows: 0.9961 at 0.4, 0.9999 at 0.5; three from 0.6: 0.994; four from 0.75: 0.995)."""
    return 2 if similarity < 0.6 else 3 if similarity < 0.75 else 4


def near_links(
    blocks: BlocksOf, corpus: Corpus, eligible: npt.NDArray[np.bool_], opts: Mapping[str, Any], found: Sentences,
    focus: npt.NDArray[np.bool_] | None = None, known: Sequence[Link] = (),
) -> list[Link]:
    """Candidates share a band of their sketches and look similar on the whole sketch; the
    similarity is then computed on the text.

    With a ``focus`` (per article: a changed file of a pre-commit run) only the candidates that
    can change a finding touching it are made and measured: see :func:`_relevant`."""
    signed, rows = eligible & corpus.signed, bands(opts["similarity"])
    if focus is None:
        a, b = _band_pairs(corpus, signed, rows, found, opts, None)
    else:
        interest = focus[corpus.doc]
        a, b = _band_pairs(corpus, signed, rows, found, opts, interest)
        interest = _relevant(focus, corpus, a, b, known)[corpus.doc]
        a, b = _band_pairs(corpus, signed, rows, found, opts, interest)
    threshold = opts["similarity"]
    links = []
    cache: dict[int, npt.NDArray[np.uint64]] = {}
    for x, y in zip(a.tolist(), b.tolist()):
        similarity = _jaccard(_shingles(blocks, corpus, x, cache), _shingles(blocks, corpus, y, cache))
        short = min(corpus.lengths[x], corpus.lengths[y]) < opts["near_min_length"]
        if similarity >= (max(threshold, threshold + _SHORT_FLOOR_EXTRA) if short else threshold):
            links.append(Link(y, x, NEAR, round(similarity, 2)))
    return links


# A paragraph of two sentences shorter than near_min_length is compared (hashing.py), but one stock sentence it shares
# with another makes half its 5-grams: it is a near copy only above a higher floor (s20 review: "서하시 공공도서관 … 가장
# 많았다. 서하중앙도서관은 10년 전만 해도 전체 대출의 60%를 차지했다." and "… 서하중앙도서관이 전체 대출의 35%를 차지했다."
# are 0.52 alike, their second sentences saying other things; fresh20's near copy of "녹담음료는 1987년 … 1,260여 명으로,
# 이 가운데 70% 가까이가 …" with "1,260명 … 약 70%(882명)" is 0.57)
_SHORT_FLOOR_EXTRA = 0.05


Join = tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]


_BANDS_AT_ONCE = 8  # bands keyed and joined together: a quarter of the keys in memory at a time


def _band_pairs(
    corpus: Corpus, signed: npt.NDArray[np.bool_], rows: int, found: Sentences, opts: Mapping[str, Any],
    interest: npt.NDArray[np.bool_] | None,
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """The promising pairs (a, b), a < b, ascending, of every band bucket (with ``interest``: those
    with a block of interest). Buckets of different bands never mix (a key holds its band's
    number), so the bands are keyed and joined a few at a time and their pairs united: the same
    pairs as from all bands at once, with a fraction of the keys in memory (at 100,000 articles,
    all 32 bands' keys and their join took a gigabyte)."""
    n = len(corpus.keys)
    count = BINS // rows
    codes: list[npt.NDArray[np.int64]] = []
    for lo in range(0, count, _BANDS_AT_ONCE):
        keys, owners = band_keys(corpus, signed, rows, found, range(lo, min(lo + _BANDS_AT_ONCE, count)))
        if len(keys) == 0:
            continue
        join = _join(keys, owners, n) if interest is None else _join(*_holding(keys, owners, interest), n)
        del keys, owners
        a, b = _promising(join, corpus, opts, interest)
        codes.append(a.astype(np.int64) * n + b)
    if not codes:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty
    x, y = np.divmod(np.unique(np.concatenate(codes)), n)
    return x.astype(np.intp), y.astype(np.intp)


def band_keys(
    corpus: Corpus, signed: npt.NDArray[np.bool_], rows: int, found: Sentences, which: range | None = None,
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.intp]]:
    """The band keys of the signed blocks (44 bits), and whose they are (ascending); ``which``: only
    these bands (all by default).

    A band counts only where it says something about the paragraph: one whose minima all come
    from one sentence of a paragraph of several, when more than ``BUCKET_CAP`` paragraphs hold that
    sentence, is a stock sentence's band and would pair the paragraph with every paragraph that
    quotes it. The paragraph's other bands combine its sentences, and a combination of stock
    sentences is as rare as the paragraph itself."""
    owners = np.flatnonzero(signed)
    which = range(BINS // rows) if which is None else which
    lo, width = which.start, len(which)
    sketch = corpus.sketches[corpus.sketch_row[owners], lo * rows : (lo + width) * rows]
    band = np.arange(lo, lo + width, dtype=_U64)
    if rows == 2:  # two minima side by side are one uint64: their hash bits are the key, exactly
        pairs = pack_sketches(sketch).reshape(len(owners), width)
        keys = _mix((pairs & _U64(0xFFFFFF00FFFFFF00)) ^ band)
        del pairs
    else:
        hashes = (sketch >> np.uint32(SENTENCE_BITS)).astype(_U64).reshape(len(owners), width, rows)
        keys = np.broadcast_to(band, (len(owners), width))
        for k in range(rows):
            keys = _mix(keys ^ (hashes[:, :, k] << _U64(24 * (k % 2))))
        del hashes
    sentence = (sketch & _SENTENCE_MASK).reshape(len(owners), width, rows)
    single = np.logical_and.reduce([sentence[:, :, k] == sentence[:, :, 0] for k in range(1, rows)])
    single &= (found.count[owners] > 1)[:, None]
    if single.any() and len(found.spread):
        # The 256th and later sentences of a paragraph share index 255; a stored summary could hold any.
        last = np.maximum(found.first[owners] + found.count[owners] - 1, 0)[:, None]
        entry = np.minimum(found.first[owners][:, None] + sentence[:, :, 0].astype(np.intp), last)
        single &= found.spread[entry] > BUCKET_CAP
    keep = ~single
    return (keys & _KEY_MASK)[keep], np.broadcast_to(owners[:, None], keep.shape)[keep]


def _holding(
    keys: npt.NDArray[np.uint64], owners: npt.NDArray[np.intp], interest: npt.NDArray[np.bool_]
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.intp]]:
    """The band keys that some block of interest has, with all their owners: the buckets a focus
    run makes pairs from, found without sorting every key (a filter on 20 bits of each, then an
    exact test of the few that pass)."""
    wanted = keys[interest[owners]]
    table = np.zeros(1 << 20, dtype=bool)
    table[(wanted & _U64(0xFFFFF)).astype(np.intp)] = True
    maybe = np.flatnonzero(table[(keys & _U64(0xFFFFF)).astype(np.intp)])
    hit = maybe[np.isin(keys[maybe], wanted)]
    return keys[hit], owners[hit]


def band_join(corpus: Corpus, signed: npt.NDArray[np.bool_], rows: int, found: Sentences) -> Join:
    """Every band bucket of the signed blocks (see :func:`band_keys`), as :func:`_join` gives them."""
    return _join(*band_keys(corpus, signed, rows, found), len(corpus.keys))


def _bucket_pairs(
    members: npt.NDArray[np.intp], starts: npt.NDArray[np.intp], sizes: npt.NDArray[np.intp], corpus: Corpus,
    article_scope: bool,
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs (a, b), a < b, from buckets: every pair of a bucket of 2..BUCKET_CAP members, and the
    first member with each other one of a bigger bucket (a stock phrase's members are unrelated, a
    syndicated paragraph's are copies of its first: either way, n - 1 pairs instead of n²/2)."""
    a, b, _ = _pair_counts(members, starts, sizes, BUCKET_CAP, corpus, article_scope)
    big = sizes > BUCKET_CAP
    hub = np.repeat(members[starts[big]], sizes[big] - 1)
    other = members[_segments(starts[big] + 1, sizes[big] - 1)]
    if article_scope:
        same = corpus.doc[hub] == corpus.doc[other]
        hub, other = hub[same], other[same]
    n = len(corpus.keys)
    codes = np.unique(np.concatenate((a.astype(np.int64) * n + b, hub.astype(np.int64) * n + other)))
    x, y = np.divmod(codes, n)
    return x.astype(np.intp), y.astype(np.intp)


def _promising(
    join: Join, corpus: Corpus, opts: Mapping[str, Any], interest: npt.NDArray[np.bool_] | None
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs of blocks from a bucket whose sketches agree on enough bins to be worth measuring;
    with ``interest`` (per block), only the pairs with a block of interest in them.

    A pair with a block of interest comes from a bucket holding that block, so only those buckets
    are made into pairs (in a pre-commit run, a few dozen instead of 100,000)."""
    members, starts, sizes, _ = join
    if interest is not None:
        with_interest = np.add.reduceat(interest[members], starts) > 0 if len(starts) else np.zeros(0, dtype=bool)
        starts, sizes = starts[with_interest], sizes[with_interest]
    a, b = _bucket_pairs(members, starts, sizes, corpus, opts["scope"] == "article")
    if interest is not None:
        touching = interest[a] | interest[b]
        a, b = a[touching], b[touching]
    agree = _agreement(corpus, a, b)
    # Bins agree with probability equal to the similarity, so the share of 64 agreeing has a spread
    # of at most 0.0625: a pair at the threshold falls 0.2 below it once in 1,400 (3.2 spreads).
    promising = agree >= max(opts["similarity"] - 0.2, opts["similarity"] / 2)
    return a[promising], b[promising]


def _agreement(corpus: Corpus, a: npt.NDArray[np.intp], b: npt.NDArray[np.intp]) -> npt.NDArray[np.float64]:
    """The share of sketch bins whose minima (their hash bits) are equal: an estimate of the Jaccard
    similarity of the two paragraphs' 5-grams."""
    out = np.empty(len(a), dtype=np.float64)
    shift = np.uint32(SENTENCE_BITS)
    for i in range(0, len(a), 1 << 16):
        x = corpus.sketches[corpus.sketch_row[a[i : i + (1 << 16)]]] >> shift
        y = corpus.sketches[corpus.sketch_row[b[i : i + (1 << 16)]]] >> shift
        out[i : i + len(x)] = np.count_nonzero(x == y, axis=1) / BINS
    return out


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
