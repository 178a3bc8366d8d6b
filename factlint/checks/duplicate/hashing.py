"""Per article: normalise and hash every paragraph, sentence and sampled 5-gram (the summary)."""

from __future__ import annotations

import functools
from typing import Any, Mapping, NamedTuple, Sequence

import numpy as np
import numpy.typing as npt

from ...codec import CodecError
from ...model import Block

SHINGLE = 5  # characters per shingle: Korean packs a word into 2-4 syllables, so 5 spans word joints
SAMPLE_MOD = 8  # keep ~1 in 8 of the 5-gram hashes (those with the top 3 bits zero), the same ones in every copy
MAX_POSTINGS = 16  # a sample shared by more paragraphs than this is a stock phrase, not evidence of copying

# Sentence ends, as split points for hashing only: . ! ? 。 unless between two digits (3.5, 2.0),
# so "...투입했다.세계적으로..." (seed 001) splits where the scraper glued two paragraphs.

_U64 = np.uint64
_BASE = 0x9E3779B97F4A7C15  # odd, so invertible modulo 2**64: a segment's hash comes from prefix sums
_LEN_SALT = _U64(0xD6E8FEB86659FD93)
_SAMPLE_SHIFT = _U64(64 - SAMPLE_MOD.bit_length() + 1)  # top 3 bits zero: 1 in 8 of the 5-grams


class Hashes(NamedTuple):
    """What the check keeps of one article, unpacked: hashes only.

    Keys are polynomial hashes modulo 2**64 of the normalised code points (``sum c_i * BASE**i``,
    salted with the length), the same in every process and run. ``hash_articles`` returns them packed
    into one ``uint64`` array (a few kilobytes), stored as its bytes and read back in one piece.
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


def unpack(packed: npt.NDArray[np.uint64]) -> Hashes:
    n, ns, nm = (int(x) for x in packed[:3])
    cut = np.cumsum([3, n, n, ns, ns, nm])
    keys, lengths, sentence_keys, sentence_blocks, samples = (packed[a:b] for a, b in zip(cut[:-1], cut[1:]))
    return Hashes(
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


def hash_articles(articles: Sequence[Sequence[Block]], options: Mapping[str, Any]) -> list[npt.NDArray[np.uint64]]:
    """Normalise and hash articles' paragraphs, sentences and 5-grams (in a worker), each packed in
    one array (see :class:`Hashes`).

    The work is a few dozen numpy operations; on one 5 kB article their fixed cost per call is
    most of the time, so a worker hashes a batch of articles laid end to end (twice as fast on
    the benchmark corpus). Hashes do not depend on where a segment starts, so they are those of
    the articles hashed one by one.
    """
    counts = np.array([len(blocks) for blocks in articles], dtype=np.intp)
    total = int(counts.sum())
    if total == 0:
        return [np.zeros(3, dtype=_U64) for _ in articles]
    texts = [t for blocks in articles for t in _texts(blocks)]
    sizes = np.fromiter((len(t) + 1 for t in texts), dtype=np.intp, count=total)  # + the joining newline
    codes, keep, end = _letters("\n".join(texts) + "\n")
    block_of = np.repeat(np.arange(total, dtype=np.intp), sizes)[keep]  # block of every kept character
    chars = codes[keep]
    hasher = _Hasher(chars)
    lengths = np.bincount(block_of, minlength=total)
    ends = np.cumsum(lengths)
    keys = np.where(lengths > 0, hasher.segments(ends - lengths, ends), _U64(0))
    sentence_like = np.fromiter((_is_sentence(t) for t in texts), dtype=bool, count=total)
    long_block = (lengths >= options["min_length"]) | ((lengths >= options["min_sentence_length"]) & sentence_like)
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


def window_hashes(text: str) -> npt.NDArray[np.uint64]:
    """Every distinct 5-gram hash of a paragraph, sorted: the exact similarity, for candidates only."""
    codes, keep, _ = _letters(text)
    return np.unique(_Hasher(codes[keep]).windows(SHINGLE))


def encode(packed: npt.NDArray[np.uint64]) -> bytes:
    """A packed article as stored: its uint64 words, little-endian."""
    return packed.astype("<u8", copy=False).tobytes()


def decode(data: bytes) -> npt.NDArray[np.uint64]:
    """A stored packed article, checked (see :func:`decode_many`)."""
    packed = decode_many([data])[0]
    if packed is None:
        raise CodecError("not a packed article of hashes")
    return packed


def decode_many(blobs: Sequence[bytes]) -> list[npt.NDArray[np.uint64] | None]:
    """Stored packed articles, each checked to be one ``hash_articles`` could have made (None if
    not): the counts in its header match its length, every block number it holds is one of its
    blocks, and its flags are 0 or 1. Checked for all articles at once: 10,000 articles in a few
    milliseconds instead of a tenth of a second one by one."""
    out: list[npt.NDArray[np.uint64] | None] = [None] * len(blobs)
    shaped = [i for i, b in enumerate(blobs) if len(b) % 8 == 0 and len(b) >= 24]
    if not shaped:
        return out
    arrays = [np.frombuffer(blobs[i], dtype="<u8") for i in shaped]
    sizes = np.array([len(a) for a in arrays], dtype=np.int64)
    big = np.concatenate(arrays).astype(_U64, copy=False)
    start = np.cumsum(sizes) - sizes
    header = big[start[:, None] + np.arange(3)]
    # Each count at most the article's length first, so that the sum below cannot wrap around.
    sane = (header <= sizes[:, None].astype(_U64)).all(axis=1) & (header[:, 0] <= _U64(1 << _OWNER_BITS))
    n, ns, nm = (np.where(sane, header[:, k], 0).astype(np.int64) for k in range(3))
    sane &= 3 + 2 * n + 2 * ns + nm == sizes
    n, ns, nm = (np.where(sane, x, 0) for x in (n, ns, nm))
    bad = ~sane
    flags_at, sentences_at, samples_at = start + 3 + n, start + 3 + 2 * n + ns, start + 3 + 2 * n + 2 * ns
    checks: tuple[tuple[Any, Any, Any, Any], ...] = (
        (flags_at, n, lambda x: x >> _U64(32), np.full(len(n), 2)),  # a block's "compared" flag: 0 or 1
        (sentences_at, ns, lambda x: x, n),  # a sentence's block
        (samples_at, nm, lambda x: x & _OWNER_MASK, n),  # a sample's block (its low bits)
    )
    for at, count, value, limit in checks:
        index = _segments(at, count)
        if not len(index):
            continue
        owner = np.repeat(np.arange(len(n)), count)
        too_big = value(big[index]) >= limit[owner].astype(_U64)
        bad[np.unique(owner[too_big])] = True
    for k, i in enumerate(shaped):
        if not bad[k]:
            out[i] = arrays[k] if arrays[k].dtype == _U64 else arrays[k].astype(_U64)
    return out


def _segments(starts: npt.NDArray[np.int64], sizes: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Indexes of ``[start, start + size)`` for every segment, end to end."""
    begin = np.cumsum(sizes) - sizes
    out: npt.NDArray[np.int64] = np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(starts - begin, sizes)
    return out
