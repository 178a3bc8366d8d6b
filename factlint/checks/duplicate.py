"""``duplicate``: paragraphs that repeat another paragraph, in the same article or in another one.

What it does
    Finds paragraphs that say again what an earlier paragraph said:

    - **exact** copies, once whitespace and punctuation are ignored ("2040억 개." and "2040억개"
      are the same text);
    - **near** copies, where a few words or numbers changed: the share of five-character pieces
      the two paragraphs have in common (Jaccard similarity of character 5-grams after the same
      normalising) is at least ``similarity``;
    - **contained** copies: a paragraph that repeats every sentence of another one and adds more,
      or is made only of sentences of a longer one. Scrapers glue paragraphs together without a
      space ("...수백억원을 투입했다.세계적으로 가장 유명한..."), so the repeated paragraph hides
      inside a longer one.

    A run of consecutive duplicated paragraphs (an article that prints its body twice) is one
    finding spanning the whole run, with the earlier copy as the related location; headings or
    new paragraphs of up to ``max_gap`` paragraphs inside the run do not break it. Each pair is
    reported once, at the later copy ("later" is later in path order, then in the file).

    Scrape noise is left alone: lines of punctuation ("-", "|"), and anything shorter than
    ``min_length`` characters after normalising (``min_sentence_length`` for a paragraph that ends
    like a sentence, in . ! ? or 다), such as a byline repeated at the end of an article. The one
    exception is a short line repeated right after itself (within ``doubled_window`` paragraphs),
    such as a headline printed twice: that is still one finding. A paragraph found in more than
    ``max_articles`` articles is boilerplate (a copyright line) and is not reported.

Why
    A repeated paragraph is the commonest defect of scraped and syndicated news: readers see the
    same claim twice, counts and statistics over the corpus are inflated, and a near copy with one
    number changed is often the place where two versions of a figure contradict each other.

Example
    In seed 001 the body comes back a second time after the byline::

        33  초거대 AI는 대용량 연산이 가능한 인프라를 기반으로 ...
        ...
        52  강경주 한경닷컴 기자 qurasoha@hankyung.com

    is reported once, at line 33, as ``lines 33–52 repeat lines 16–32 of this article (17 of 20
    paragraphs copied: 14 exact, 3 contain the other's sentences)``; in seed 002 the photo caption
    printed twice is ``line 21 repeats line 20 of this article (exact copy)``; across articles,
    ``line 8 is a near copy (similarity 0.80) of news/a.txt:12``.

Options
    ``min_length`` (40)
        Paragraphs shorter than this many characters, after removing whitespace and punctuation,
        are not compared (bylines, buttons, datelines)...
    ``min_sentence_length`` (20)
        ...unless they end like a sentence (. ! ? or the Korean declarative 다) and are at least
        this long: one-sentence paragraphs are common in Korean news, bylines never end so.
    ``similarity`` (0.5)
        Lowest Jaccard similarity of character 5-grams for a near copy. Paragraphs on the same
        topic that share vocabulary but were written separately score below 0.2; a paragraph of
        twenty words with three words changed scores about 0.55.
    ``scope`` (``corpus``)
        ``corpus`` compares paragraphs within and across articles; ``article`` only within each
        article.
    ``near_severity`` (``warning``)
        Severity of near and contained copies; exact copies (and runs with at least one exact
        copy) take the rule's own severity.
    ``doubled_min_length`` (6) and ``doubled_window`` (3)
        A line shorter than ``min_length`` but at least ``doubled_min_length`` characters long is
        still reported when the same line comes again within ``doubled_window`` paragraphs.
    ``max_gap`` (2)
        How many unmatched paragraphs (an inserted heading) a run of copies may step over.
    ``max_articles`` (10)
        A paragraph that occurs, exactly, in more than this many articles is boilerplate and
        not reported.

How it scales
    Each article is normalised, split into sentences and hashed once, in the worker processes
    (``prepare``): a 64-bit hash per paragraph and per sentence, and a content-defined sample of
    the hashes of its character 5-grams (one in eight: those whose top three bits are zero).
    ``check`` then joins equal hashes across the corpus by sorting: exact copies by paragraph
    hash, contained copies by sentence hash, near-copy candidates by shared 5-gram samples, which
    it verifies by computing the similarity on the text. No pair of paragraphs is compared unless
    they share a sample that at most 16 paragraphs have (a sample more common is a stock phrase).
    On 10,000 generated articles (48 MB) it finds every one of 3,260 injected copies; see
    ``benchmarks/README.md`` for times.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Iterator, Mapping, NamedTuple, Sequence

import numpy as np
import numpy.typing as npt

from ..model import Block, Document, Finding, Location, Span

KIND = "duplicate"

OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "min_length": {
            "type": "integer",
            "minimum": 5,
            "description": "Shortest paragraph compared, in characters after removing whitespace and punctuation.",
        },
        "similarity": {
            "type": "number",
            "exclusiveMinimum": 0,
            "maximum": 1,
            "description": "Lowest Jaccard similarity of character 5-grams for a near copy.",
        },
        "scope": {"enum": ["corpus", "article"], "description": "Compare across articles (corpus) or only within each."},
        "near_severity": {"enum": ["error", "warning", "info"], "description": "Severity of near and contained copies."},
        "min_sentence_length": {
            "type": "integer",
            "minimum": 5,
            "description": "Shortest paragraph compared when it ends like a sentence (. ! ? or 다).",
        },
        "doubled_min_length": {
            "type": "integer",
            "minimum": 1,
            "description": "Shortest line reported when it is repeated right after itself.",
        },
        "doubled_window": {
            "type": "integer",
            "minimum": 1,
            "description": "How many paragraphs apart a short line may repeat and still count as doubled.",
        },
        "max_gap": {"type": "integer", "minimum": 0, "description": "Unmatched paragraphs a run of copies may step over."},
        "max_articles": {
            "type": "integer",
            "minimum": 2,
            "description": "A paragraph in more articles than this is boilerplate and not reported.",
        },
    },
}

DEFAULTS: dict[str, Any] = {
    "min_length": 40,
    "similarity": 0.5,
    "scope": "corpus",
    "near_severity": "warning",
    "min_sentence_length": 20,
    "doubled_min_length": 6,
    "doubled_window": 3,
    "max_gap": 2,
    "max_articles": 10,
}

SHINGLE = 5  # characters per shingle: Korean packs a word into 2-4 syllables, so 5 spans word joints
SAMPLE_MOD = 8  # keep ~1 in 8 of the 5-gram hashes (those with the top 3 bits zero), the same ones in every copy
MAX_POSTINGS = 16  # a sample shared by more paragraphs than this is a stock phrase, not evidence of copying

# Sentence ends, as split points for hashing only: . ! ? 。 unless between two digits (3.5, 2.0),
# so "...투입했다.세계적으로..." (seed 001) splits where the scraper glued two paragraphs.

_U64 = np.uint64
_BASE = 0x9E3779B97F4A7C15  # odd, so invertible modulo 2**64: a segment's hash comes from prefix sums
_LEN_SALT = _U64(0xD6E8FEB86659FD93)
_SAMPLE_SHIFT = _U64(64 - SAMPLE_MOD.bit_length() + 1)  # top 3 bits zero: 1 in 8 of the 5-grams


class Prepared(NamedTuple):
    """What ``prepare`` keeps of one article, unpacked: hashes only.

    Keys are polynomial hashes modulo 2**64 of the normalised code points (``sum c_i * BASE**i``,
    salted with the length), the same in every process and run. ``prepare`` returns them packed
    into one ``uint64`` array (a few kilobytes), which pickles between processes in one piece.
    """

    keys: npt.NDArray[np.uint64]  # per block: hash of its normalised text (0: nothing left)
    lengths: npt.NDArray[np.uint64]  # per block: normalised length in characters
    compared: npt.NDArray[np.uint64]  # per block: 1 if long enough to compare (min_length, min_sentence_length)
    sentence_keys: npt.NDArray[np.uint64]  # sentences of the compared blocks
    sentence_blocks: npt.NDArray[np.uint64]  # block index of each sentence key
    samples: npt.NDArray[np.uint64]  # the sampled 5-gram hashes of the compared blocks
    sample_blocks: npt.NDArray[np.uint64]


_OWNER_BITS = 20  # a sample packs 44 bits of its hash and the block index (< 2**20) into one uint64
_OWNER_MASK = _U64((1 << _OWNER_BITS) - 1)


def unpack(packed: npt.NDArray[np.uint64]) -> Prepared:
    n, ns, nm = (int(x) for x in packed[:3])
    cut = np.cumsum([3, n, n, ns, ns, nm])
    keys, lengths, sentence_keys, sentence_blocks, samples = (packed[a:b] for a, b in zip(cut[:-1], cut[1:]))
    return Prepared(
        keys, lengths & _U64(0xFFFFFFFF), lengths >> _U64(32), sentence_keys, sentence_blocks,
        samples >> _U64(_OWNER_BITS), samples & _OWNER_MASK,
    )


@functools.cache
def _powers(bits: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """BASE**i and BASE**-i modulo 2**64 for i < 2**bits (cached per process; pure)."""
    size = 1 << bits
    inverse = pow(_BASE, -1, 1 << 64)
    up = np.ones(size, dtype=_U64)
    down = np.ones(size, dtype=_U64)
    np.cumprod(np.full(size - 1, _BASE, dtype=_U64), out=up[1:])
    np.cumprod(np.full(size - 1, inverse, dtype=_U64), out=down[1:])
    return up, down


@functools.cache
def _table() -> npt.NDArray[np.uint32]:
    """For every code point of the Basic Multilingual Plane: its lower case if it is a letter or digit,
    ``_END`` if it ends a sentence (. ! ? 。), else 0 (whitespace, punctuation, symbols).

    One lookup in numpy per article instead of a regular expression: five times faster. Code
    points above the BMP (rare in news: emoji, historic Hanja) count as letters, unchanged. Built
    with numpy's string functions (``str.isalnum`` and ``str.lower`` of every code point), twice as
    fast as a loop in Python: a pre-commit run builds it once for its one changed article.
    """
    codes = np.arange(0x10000, dtype=np.uint32)
    chars = codes.view("U1")
    lower = np.strings.lower(chars.astype("U2"))  # two places: a lower case of two characters (İ) stays itself
    single = np.strings.str_len(lower) == 1
    table: npt.NDArray[np.uint32] = np.where(
        np.strings.isalnum(chars), np.where(single, lower.astype("U1").view(np.uint32), codes), 0
    ).astype(np.uint32)
    table[[ord(c) for c in ".!?。"]] = _END
    return table


_END = 0xFFFFFFFF


def _letters(text: str) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Lower-cased code points of ``text``; which are letters or digits; which end a sentence.

    Sentence ends are . ! ? 。 except between two digits (3.5), so "...투입했다.세계적으로..."
    (seed 001, two paragraphs a scraper glued together) splits where the second one starts.
    """
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if len(codes) and int(codes.max()) < 0x10000:
        codes = _table()[codes]
    else:
        bmp = codes < 0x10000
        codes = codes.copy()
        codes[bmp] = _table()[codes[bmp]]
    end = codes == _END
    keep = (codes != 0) & ~end
    if end.any():
        digit = (codes >= 0x30) & (codes <= 0x39)
        end[1:-1] &= ~(digit[:-2] & digit[2:])
    return codes, keep, end


def normalise(text: str) -> str:
    """Lower-case text without whitespace or punctuation: what "exact copy" compares."""
    codes, keep, _ = _letters(text)
    return codes[keep].tobytes().decode("utf-32-le")


class _Hasher:
    """Hashes of any segment of one code-point array, from its prefix sums."""

    def __init__(self, chars: npt.NDArray[np.uint32]) -> None:
        size = len(chars) + 1
        self.up, self.down = _powers(max(12, (size - 1).bit_length()))
        self.prefix = np.zeros(size, dtype=_U64)
        np.cumsum(chars.astype(_U64) * self.up[: size - 1], out=self.prefix[1:])

    def segments(self, starts: npt.NDArray[np.intp], ends: npt.NDArray[np.intp]) -> npt.NDArray[np.uint64]:
        raw = (self.prefix[ends] - self.prefix[starts]) * self.down[starts]
        return raw ^ ((ends - starts).astype(_U64) * _LEN_SALT)

    def windows(self, width: int) -> npt.NDArray[np.uint64]:
        count = len(self.prefix) - width
        if count <= 0:
            return np.zeros(0, dtype=_U64)
        return (self.prefix[width:] - self.prefix[:count]) * self.down[:count]


def prepare(doc: Document, blocks: Sequence[Block], rule: Any) -> npt.NDArray[np.uint64]:
    """Normalise and hash one article's paragraphs, sentences and 5-grams (runs in a worker).

    Returns the packed form of :class:`Prepared`; ``check`` reads it with :func:`unpack`.
    """
    return prepare_many([(doc, blocks)], rule)[0]


def prepare_many(items: Sequence[tuple[Document, Sequence[Block]]], rule: Any) -> list[npt.NDArray[np.uint64]]:
    """:func:`prepare` for many articles at once, with the same result for each.

    The work is a few dozen numpy operations; on one 5 kB article their fixed cost per call is
    most of the time, so a worker hashes a batch of articles laid end to end (twice as fast on
    the benchmark corpus). Hashes do not depend on where a segment starts, so they are those of
    the articles hashed one by one.
    """
    counts = np.array([len(blocks) for _, blocks in items], dtype=np.intp)
    total = int(counts.sum())
    if total == 0:
        return [np.zeros(3, dtype=_U64) for _ in items]
    texts = [t for _, blocks in items for t in _texts(blocks)]
    sizes = np.fromiter((len(t) + 1 for t in texts), dtype=np.intp, count=total)  # + the joining newline
    codes, keep, end = _letters("\n".join(texts) + "\n")
    block_of = np.repeat(np.arange(total, dtype=np.intp), sizes)[keep]  # block of every kept character
    chars = codes[keep]
    hasher = _Hasher(chars)
    lengths = np.bincount(block_of, minlength=total)
    ends = np.cumsum(lengths)
    keys = np.where(lengths > 0, hasher.segments(ends - lengths, ends), _U64(0))
    sentence_like = np.fromiter((_is_sentence(t) for t in texts), dtype=bool, count=total)
    long_block = (lengths >= rule.options["min_length"]) | ((lengths >= rule.options["min_sentence_length"]) & sentence_like)
    first_block = np.cumsum(counts) - counts
    local = np.arange(total, dtype=np.intp) - np.repeat(first_block, counts)  # block index within its article

    # Sentences: a new one starts after every sentence end and at every block.
    end[np.cumsum(sizes) - 1] = True
    sentence_of = np.cumsum(end)[keep]
    first = np.flatnonzero(sentence_of[1:] != sentence_of[:-1]) + 1
    first = np.concatenate(([0], first)) if len(sentence_of) else first
    last = np.append(first[1:], len(chars))
    owner = block_of[first]
    in_long = long_block[owner]
    sentence_keys = hasher.segments(first[in_long], last[in_long])
    sentence_owner = owner[in_long]

    # Samples of 5-grams: those whose hash has its top bits zero, the same ones in every copy.
    windows = hasher.windows(SHINGLE)
    start_block = block_of[: len(windows)]
    chosen = (windows >> _SAMPLE_SHIFT == 0) & (start_block == block_of[SHINGLE - 1 :]) & long_block[start_block]
    chosen &= local[start_block] <= int(_OWNER_MASK)  # a million paragraphs in one file: sample the first million
    sample_owner = start_block[chosen]
    # The top bits of a sample are zero (that is why it was chosen): shift them out, keep 44 bits.
    samples = ((windows[chosen] << _U64(SAMPLE_MOD.bit_length() - 1)) & ~_OWNER_MASK) | local[sample_owner].astype(_U64)

    packed_lengths = lengths.astype(_U64) | (long_block.astype(_U64) << _U64(32))
    return _pack_each(
        first_block, total, keys, packed_lengths, sentence_keys, sentence_owner, local[sentence_owner].astype(_U64),
        samples, sample_owner,
    )


def _texts(blocks: Sequence[Block]) -> list[str]:
    texts = getattr(blocks, "texts", None)  # PackedBlocks (the engine's) slice them without Block objects
    return texts() if texts is not None else [b.text for b in blocks]


def _pack_each(
    first_block: npt.NDArray[np.intp], total: int, keys: npt.NDArray[np.uint64], lengths: npt.NDArray[np.uint64],
    sentence_keys: npt.NDArray[np.uint64], sentence_owner: npt.NDArray[np.intp], sentence_local: npt.NDArray[np.uint64],
    samples: npt.NDArray[np.uint64], sample_owner: npt.NDArray[np.intp],
) -> list[npt.NDArray[np.uint64]]:
    """Cut the batch's arrays at article boundaries (owners ascend) and pack each article's in one array."""
    blocks = first_block.tolist() + [total]
    sentences = np.searchsorted(sentence_owner, first_block).tolist() + [len(sentence_owner)]
    sampled = np.searchsorted(sample_owner, first_block).tolist() + [len(sample_owner)]
    out = []
    for i in range(len(first_block)):
        a, b = blocks[i], blocks[i + 1]
        sa, sb = sentences[i], sentences[i + 1]
        ma, mb = sampled[i], sampled[i + 1]
        header = np.array([b - a, sb - sa, mb - ma], dtype=_U64)
        out.append(np.concatenate((header, keys[a:b], lengths[a:b], sentence_keys[sa:sb], sentence_local[sa:sb], samples[ma:mb])))
    return out


def _is_sentence(text: str) -> bool:
    """Ends like a sentence: with . ! ? 。 (before closing quotes) or the Korean declarative 다.

    Bylines, buttons, captions and datelines do not ("강경주 한경닷컴 기자 qurasoha@hankyung.com").
    """
    tail = text.rstrip(" \t\"'”’」』)")
    return tail.endswith((".", "!", "?", "。", "다"))


def _window_hashes(text: str) -> npt.NDArray[np.uint64]:
    """Every distinct 5-gram hash of a paragraph, sorted: the exact similarity, for candidates only."""
    codes, keep, _ = _letters(text)
    return np.unique(_Hasher(codes[keep]).windows(SHINGLE))


# --------------------------------------------------------------------------------------------
# Corpus-wide matching
# --------------------------------------------------------------------------------------------

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
    """Every article's prepared hashes laid end to end, in path order; a block's global number is its place here."""

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


def _corpus(ctx: Any, rule: Any) -> Corpus:
    """Unpack every article's packed array at once (one concatenation and a few gathers, not 10,000 slices)."""
    paths = tuple(sorted(ctx.paths))
    packed = [_prepared(ctx, rule, p) for p in paths]
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


def _prepared(ctx: Any, rule: Any, path: str) -> npt.NDArray[np.uint64]:
    """The engine's prepared hashes, or (an analysis made without this rule) the document's, made here."""
    packed = ctx.prepared(rule, path)
    if isinstance(packed, np.ndarray):
        return packed
    return prepare(ctx.document(path), ctx.blocks(path), rule)


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


def _exact_links(corpus: Corpus, opts: Mapping[str, Any]) -> tuple[list[Link], npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
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


def _contained_links(corpus: Corpus, eligible: npt.NDArray[np.bool_], article_scope: bool, max_articles: int) -> list[Link]:
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


def _near_links(
    ctx: Any, corpus: Corpus, eligible: npt.NDArray[np.bool_], opts: Mapping[str, Any],
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
        similarity = _jaccard(_shingles(ctx, corpus, x, cache), _shingles(ctx, corpus, y, cache))
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


def _shingles(ctx: Any, corpus: Corpus, g: int, cache: dict[int, npt.NDArray[np.uint64]]) -> npt.NDArray[np.uint64]:
    if g not in cache:
        cache[g] = _window_hashes(ctx.blocks(corpus.paths[corpus.doc[g]])[corpus.index[g]].text)
    return cache[g]


def _jaccard(a: npt.NDArray[np.uint64], b: npt.NDArray[np.uint64]) -> float:
    shared = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - shared
    return shared / union if union else 1.0


def _best(links: Sequence[Link]) -> dict[int, Link]:
    """One source per later paragraph: exact before contained before near, then most similar, then earliest."""
    best: dict[int, Link] = {}
    for link in links:
        current = best.get(link.later)
        rank = (_PRIORITY[link.how], -link.similarity, link.earlier)
        if current is None or rank < (_PRIORITY[current.how], -current.similarity, current.earlier):
            best[link.later] = link
    return best


def _runs(best: Mapping[int, Link], corpus: Corpus, max_gap: int) -> list[list[Link]]:
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


def _extend(run: list[Link], corpus: Corpus, taken: set[int]) -> tuple[int, int, int, int]:
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


def check(ctx: Any, rule: Any) -> Iterator[Finding]:
    opts = rule.options
    corpus = _corpus(ctx, rule)
    if len(corpus.keys) == 0:
        return
    links, boilerplate, representative = _exact_links(corpus, opts)
    eligible = corpus.compared & ~boilerplate
    links += _contained_links(corpus, eligible, opts["scope"] == "article", int(opts["max_articles"]))
    focus = None if ctx.focus is None else np.isin(np.array(corpus.paths), list(ctx.focus))
    links += _near_links(ctx, corpus, eligible & representative, opts, focus, links)
    best = _best(links)
    taken = set(best)
    documents = ctx.document_map
    for run in _runs(best, corpus, int(opts["max_gap"])):
        if focus is None or focus[corpus.doc[run[0].later]] or focus[corpus.doc[run[0].earlier]]:
            yield _finding(ctx, documents, rule, corpus, run, _extend(run, corpus, taken))


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


def _place(ctx: Any, documents: Mapping[str, Document], corpus: Corpus, lo: int, hi: int, note: str | None = None) -> _Place:
    path = corpus.paths[corpus.doc[lo]]
    blocks = ctx.blocks(path)
    span = blocks[corpus.index[lo]].span.cover(blocks[corpus.index[hi]].span)
    doc = documents[path]
    return _Place(Location(path, span, note), doc.position(span.start).line, doc.end_position(span).line, hi - lo + 1)


def _finding(
    ctx: Any, documents: Mapping[str, Document], rule: Any, corpus: Corpus, run: Sequence[Link],
    bounds: tuple[int, int, int, int],
) -> Finding:
    lo_later, hi_later, lo_earlier, hi_earlier = bounds
    later = _place(ctx, documents, corpus, lo_later, hi_later)
    earlier = _place(ctx, documents, corpus, lo_earlier, hi_earlier, "earlier copy")
    other = earlier.cited(later.location.path)
    counts = _tally(run, corpus, bounds)
    if later.paragraphs == 1:
        link = run[0]
        data: dict[str, Any] = {"match": _kind(link), "similarity": link.similarity, "paragraphs": 1}
        message = _single_message(link, later.lines(), other)
    else:
        present = [k for k, v in counts.items() if v > 0]
        data = {
            "match": present[0] if len(present) == 1 else "mixed",
            "similarity": min(link.similarity for link in run),
            "paragraphs": later.paragraphs,
            **counts,
        }
        message = f"{later.lines()} repeat {other} ({_run_detail(counts, later.paragraphs)})"
    return Finding(
        rule=rule.id,
        kind=KIND,
        severity=rule.severity if counts["exact"] else rule.options["near_severity"],
        message=message,
        location=later.location,
        related=(earlier.location,),
        data=MappingProxyType(data),
    )


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
        return f"{here} repeats {other} (exact copy)"
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
