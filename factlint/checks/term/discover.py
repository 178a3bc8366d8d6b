"""Over the corpus: undeclared Hangul words written once or twice that are a slip of a common word.

``반도채`` written once in one article is a typo of ``반도체`` written four times in two others:
the articles share no phrase, but the words around them agree (``업계``). The per-article summaries
hold every candidate word with its syllables; here the words of the whole corpus are grouped by
keys with one syllable masked (numpy), so only words equal but for one syllable are compared, and
the few pairs that are a plausible slip (``jamo.slip``) apart are judged:

- the rarer word is written at most twice in the corpus, and is not a form of a verb
  (``korean.inflections``) nor a person/company pair (``개발자``/``개발사``);
- the other is written at least three times, and three times as often; or, when both are rare,
  the rarer's differing syllable is written in no other word of the corpus while the other's is
  common (``최곻치``: no Korean word has ``곻``; ``최고치``: ``고`` is in hundreds);
- two jamo apart only in a long word (``long_from`` syllables) and against a common word;
- two people are not typos of each other: a word written next to a person's title
  (``korean.TITLES``) is a name, and is taken for a slip of another only against a name written
  ten times as often (``문제인``/``문재인``, not ``김진애``/``김진태 의원``);
- the context agrees: the two are written near a same word (a noun or a name, in the same
  sentence) somewhere in the corpus.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import numpy as np
import numpy.typing as npt

from ... import korean
from ...model import Block
from .jamo import _SLIPS, S_BASE, is_hangul, jamo_diff, plausible, slip
from .summary import COMMON_SUFFIXES, Packed, word_id

Places = dict[str, list[tuple[int, Sequence[int]]]]  # word → (document number, starts), in corpus order


class Packs:
    """Every article's packed candidates joined into flat arrays (numpy): one look-up for the corpus.
    Built article by article (``add``), so that the articles' summaries need not all be held at once;
    ``done`` makes the arrays."""

    def __init__(self) -> None:
        self._parts: list[bytearray] | None = [bytearray() for _ in Packed._fields]
        self._entries = array("q")  # per article: how many words, how many places
        self._places = array("q")

    @classmethod
    def of(cls, packs: Iterable[Packed]) -> Packs:
        out = cls()
        for p in packs:
            out.add(p)
        return out.done()

    def add(self, pack: Packed) -> None:
        assert self._parts is not None, "add after done"
        for part, field in zip(self._parts, pack):
            part += field
        self._entries.append(len(pack.ids) >> 3)
        self._places.append(len(pack.starts) >> 2)

    def done(self) -> Packs:
        """The flat arrays, one entry per (article, word). An entry's article and the global end of
        its places are not stored per entry (12 bytes an entry, 140 MB at 100,000 articles): they
        are found from per-article offsets for the few entries looked at."""
        assert self._parts is not None, "done twice"
        ids, ends, starts, lengths, syllables, named = self._parts
        self._parts = None
        sizes = np.frombuffer(self._entries, dtype=np.int64)
        places = np.frombuffer(self._places, dtype=np.int64)
        self.first_entry = np.cumsum(sizes) - sizes  # per article: its first entry
        self.place_base = np.cumsum(places) - places  # per article: the places of the articles before it
        self.ids = np.frombuffer(ids, dtype="<u8")
        self.local_ends = np.frombuffer(ends, dtype="<u4")  # the running count of places within its article
        counts = np.empty(len(self.local_ends), dtype=np.uint32)
        np.subtract(self.local_ends[1:], self.local_ends[:-1], out=counts[1:])  # wraps at an article's first entry...
        heads = self.first_entry[sizes > 0]
        counts[heads] = self.local_ends[heads]  # ...which counts from zero
        self.counts = counts
        self.starts = np.frombuffer(starts, dtype="<u4")
        self.lengths = np.frombuffer(lengths, dtype=np.uint8)
        self.syllables = np.frombuffer(syllables, dtype="<u2")
        self.named = np.frombuffer(named, dtype=np.uint8)
        self.offsets = np.cumsum(self.lengths, dtype=np.int64) - self.lengths  # each entry's first syllable
        return self

    def article(self, entries: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
        """The article of each entry (an article with no entries shares its first entry's number with
        the next, and the last of equals is the one that holds it)."""
        found: npt.NDArray[np.intp] = np.searchsorted(self.first_entry, entries, side="right") - 1
        return found

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
        chosen = entries[np.sort(order[rank < limit])]
        for e, place in zip(chosen.tolist(), self.places_of(chosen.tolist())):
            places[by_id[int(self.ids[e])]].append(place)
        return count, places

    def word(self, entry: int) -> str:
        at = int(self.offsets[entry])
        return "".join(map(chr, (self.syllables[at : at + int(self.lengths[entry])].astype(np.int64) + S_BASE).tolist()))

    def places_of(self, entries: Sequence[int]) -> list[tuple[int, tuple[int, ...]]]:
        """(article, starts) of each entry."""
        out = []
        articles = self.article(np.array(entries, dtype=np.intp)).tolist()
        for e, i in zip(entries, articles):
            end = int(self.local_ends[e]) + int(self.place_base[i])
            out.append((i, tuple(self.starts[end - int(self.counts[e]) : end].tolist())))
        return out


@dataclass(frozen=True)
class Pair:
    variant: str
    preferred: str
    preferred_count: int
    diff: list[tuple[int, int, str, str]]
    shared: str  # a word written near both
    first: tuple[int, int]  # the variant's first place: (article, offset)
    how: str = ""  # for a variant that is no jamo slip, the whole explanation (a syllable dropped, swapped, doubled)
    variant_word: int = -1  # the words' numbers in ``_Words``
    preferred_word: int = -1


def pairs(
    packs: Packs, min_syllables: int, long_from: int, context: Contexts, focus: Sequence[int] | None = None,
) -> list[Pair]:
    """Every slip pair of the corpus that passes the rules of the module docstring, one per variant
    (the most written preferred word), in the order of the variants' first places. With ``focus``
    (article numbers), only the variants written in, or with a preferred word written in, those
    articles: what a pre-commit run reports."""
    if not len(packs.ids):
        return []
    words = _Words(packs)
    x, y = _candidates(words, min_syllables, long_from)
    if focus is not None and len(x):
        touched = np.zeros(len(packs.first_entry), dtype=bool)
        touched[[i for i in focus if i < len(touched)]] = True
        in_focus = np.maximum.reduceat(touched[packs.article(words.order)], words.bounds[:-1]).astype(bool)
        chosen = np.unique(x[in_focus[x] | in_focus[y]])
        keep = np.isin(x, chosen)  # every candidate of a chosen variant: the same preferred word as a full run
        x, y = x[keep], y[keep]
    found: dict[int, Pair] = {}
    for a, b in zip(x.tolist(), y.tolist()):
        if a in found and found[a].preferred_count >= words.totals[b]:
            continue
        pair = _judge(words, a, b, long_from, context)
        if pair is not None:
            found[a] = pair
    for pair in reshaped(words, long_from, context):
        ends = [w for w in (pair.variant_word, pair.preferred_word) if w >= 0]
        if focus is None or any(i in focus for w in ends for i, _ in words.places(w)):
            found.setdefault(pair.variant_word, pair)
    return sorted(found.values(), key=lambda p: p.first)


class _Words:
    """The corpus's distinct candidate words: their first entry, length, count, and entries."""

    def __init__(self, packs: Packs) -> None:
        self.packs = packs
        order = np.argsort(packs.ids, kind="stable")  # entries grouped by word, in corpus order
        ids = packs.ids[order]
        starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]]) if len(ids) else np.array([], dtype=np.int64)
        self.order = order
        self.bounds = np.r_[starts, len(ids)]
        self.first = order[starts]  # each word's first entry
        self.totals = np.add.reduceat(packs.counts[order], starts, dtype=np.int64) if len(starts) else np.array([], dtype=np.int64)
        self.lengths = packs.lengths[self.first]
        self.rare = self.totals <= 2
        self.named = np.maximum.reduceat(packs.named[order], starts).astype(bool) if len(starts) else np.array([], dtype=bool)
        self._syllable_words: np.ndarray | None = None

    def word(self, w: int) -> str:
        return self.packs.word(int(self.first[w]))

    def syllable(self, w: np.ndarray, at: np.ndarray) -> np.ndarray:
        """The code (less U+AC00) of syllable ``at`` of each word ``w``."""
        codes: np.ndarray = self.packs.syllables[self.packs.offsets[self.first[w]] + at].astype(np.int64)
        return codes

    def places(self, w: int, articles: int | None = None) -> list[tuple[int, tuple[int, ...]]]:
        entries = self.order[self.bounds[w] : self.bounds[w + 1]]
        return self.packs.places_of((entries if articles is None else entries[:articles]).tolist())

    def syllable_words(self) -> np.ndarray:
        """For each syllable code, how many distinct words of the corpus hold it."""
        if self._syllable_words is None:
            counts = np.zeros(11172, dtype=np.int64)
            for n in np.unique(self.lengths):
                codes = self.packs.syllables[self.packs.offsets[self.first[self.lengths == n]][:, None] + np.arange(n)[None, :]]
                codes = np.sort(codes.astype(np.int64), axis=1)
                keep = np.ones_like(codes, dtype=bool)
                keep[:, 1:] = codes[:, 1:] != codes[:, :-1]  # a word counts once per distinct syllable
                counts += np.bincount(codes[keep], minlength=11172)
            self._syllable_words = counts
        return self._syllable_words


# Fixed odd 64-bit multipliers for the masked keys (any odd constants would do; fixed for determinism).
_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                  0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9,
                  0x8CB92BA72F3D8DD7, 0xA24BAED4963EE407, 0x9FB21C651E98DF25, 0xE7037ED1A0B428DB], dtype=np.uint64)
_MAX_KEYED = len(_MULT)  # longer words are not compared (no Korean noun is twelve syllables long)
_MAX_GROUP = 64  # words sharing all but one syllable with more than this many others: a pattern, not a word
# Per component, which index a slip may turn which into (jamo._SLIPS as boolean tables).
_SLIP_TABLES = tuple(np.array([[j in row for j in range(len(rows))] for row in rows], dtype=bool) for rows in _SLIPS)


def _candidates(words: _Words, min_syllables: int, long_from: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (variant, preferred) of distinct words equal but for a plausible slip in one syllable
    (not the first), the variant rare and the preferred common or its slip syllable common where the
    variant's is found nowhere else; in numpy, before any word is looked at as a string."""
    a, b, at = _same_but_one(words, min_syllables)
    x = np.concatenate([a, b])
    y = np.concatenate([b, a])
    at = np.concatenate([at, at])
    keep = words.rare[x]
    x, y, at = x[keep], y[keep], at[keep]
    sx, sy = words.syllable(x, at), words.syllable(y, at)
    parts_x = (sx // 588, sx % 588 // 28, sx % 28)
    parts_y = (sy // 588, sy % 588 // 28, sy % 28)
    changed = [parts_x[c] != parts_y[c] for c in range(3)]
    n_changed = changed[0].astype(np.int64) + changed[1] + changed[2]
    slip_ok = np.ones(len(x), dtype=bool)
    for c in range(3):
        slip_ok &= ~changed[c] | _SLIP_TABLES[c][parts_x[c], parts_y[c]]
    long_word = words.lengths[x] >= long_from
    slip_ok &= (n_changed == 1) | ((n_changed == 2) & long_word)
    nx, ny = words.totals[x], words.totals[y]
    common = (ny >= 3) & (ny >= 3 * nx)
    rare_pair = (n_changed == 1) & (ny >= nx) & ~common
    if rare_pair.any():
        counts = words.syllable_words()
        rare_pair &= (counts[sx] == 1) & (counts[sy] >= 3)
    # Two people one jamo apart (김진애, 김진태 의원): a name is taken for a slip of another only
    # against a name ten times as common.
    named = words.named[x] | words.named[y]
    names_ok = ~named | ((ny >= _NAME_RATIO) & (ny >= _NAME_RATIO * nx))
    keep = slip_ok & (common | rare_pair) & names_ok
    order = np.lexsort((-ny[keep], x[keep]))  # per variant, the most written preferred word first
    return x[keep][order], y[keep][order]


def _same_but_one(words: _Words, min_syllables: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (a, b, syllable) of distinct words of one length that differ in that syllable only
    (never the first), one of them rare: words grouped by keys with that syllable masked."""
    keys: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    at: list[np.ndarray] = []
    packs, lengths = words.packs, words.lengths
    for n in np.unique(lengths).tolist():
        if n < min_syllables or n > _MAX_KEYED:
            continue
        group = np.flatnonzero(lengths == n)
        codes = packs.syllables[packs.offsets[words.first[group]][:, None] + np.arange(n)[None, :]].astype(np.uint64) + np.uint64(1)
        mixed = codes * _MULT[:n][None, :]
        whole = mixed.sum(axis=1, dtype=np.uint64) + np.uint64(n * 0x2545F4914F6CDD1D & 0xFFFFFFFFFFFFFFFF)
        for i in range(1, n):
            keys.append(whole - mixed[:, i] + np.uint64(i * 0x27D4EB2F165667C5 & 0xFFFFFFFFFFFFFFFF))
            owners.append(group)
            at.append(np.full(len(group), i, dtype=np.int64))
    empty = np.array([], dtype=np.int64)
    if not keys:
        return empty, empty, empty
    key, owner, where = np.concatenate(keys), np.concatenate(owners), np.concatenate(at)
    order = np.argsort(key, kind="stable")
    key, owner, where = key[order], owner[order], where[order]
    run = np.cumsum(np.r_[True, key[1:] != key[:-1]])
    sizes = np.bincount(run)
    big = sizes[run] > _MAX_GROUP
    a_out: list[np.ndarray] = []
    b_out: list[np.ndarray] = []
    w_out: list[np.ndarray] = []
    longest = int(sizes.max()) if len(sizes) else 0
    for d in range(1, min(longest, _MAX_GROUP)):
        same = (run[:-d] == run[d:]) & ~big[d:]
        a, b = owner[:-d][same], owner[d:][same]
        either = words.rare[a] | words.rare[b]
        a_out.append(a[either])
        b_out.append(b[either])
        w_out.append(where[d:][same][either])
    if not a_out:
        return empty, empty, empty
    return np.concatenate(a_out), np.concatenate(b_out), np.concatenate(w_out)


def _judge(words: _Words, x: int, y: int, long_from: int, context: Contexts) -> Pair | None:
    vx, vy = words.word(x), words.word(y)
    diff = slip(vx, vy, 2 if len(vx) >= long_from else 1)
    if diff is None or korean.inflections(vx, vy) or _suffix_pair(vx, vy, diff[0][0]):
        return None
    x_places = words.places(x)
    x_context = context(vx, x_places)
    if not x_context:
        return None
    shared: list[str] = []
    for place in words.places(y, _CONTEXT_ARTICLES):  # article by article: most pairs agree in the first
        shared = sorted(x_context & context(vy, [place]))
        if shared:
            break
    if not shared:
        return None
    return Pair(vx, vy, int(words.totals[y]), diff, shared[0], (x_places[0][0], x_places[0][1][0]))


# ---------------------------------------------------------------------------------------------
# Variants that are no jamo slip: a syllable dropped inside a long name, two neighbouring
# syllables swapped, a loanword's last syllable typed twice. Each is a change of whole syllables,
# judged by the structure around it, never by the words themselves.

_LONG_NAME = 5  # syllables: a name this long may lose a syllable inside it (스트라스부르대 → 스트라부르대)
_SIDE = 2  # syllables kept either side of a dropped one: a one-syllable head after it is a compound (컴퓨터과학/컴퓨터학)
_PARTICLES = frozenset(korean.ON_NOUN)
_NUMERALS = frozenset("일이삼사오육칠팔구십백천만억조영공")  # 삼천오백만/삼천백만 are two numbers
# A loanword's consonant written alone takes ㅡ (벨트, 아이패드): the same such syllable twice at a
# word's end is a key pressed twice, since Korean loanword spelling never writes a consonant
# twice there. Not 르 (주르르, 스르르) nor 흐 (으흐흐): onomatopoeia.
_EPENTHETIC = frozenset("드트스즈츠그크프브")
_WHOLE = 0x2545F4914F6CDD1D


def _hash(codes: np.ndarray) -> np.ndarray:
    """One 64-bit key per row of syllable codes (plus one): equal rows, equal keys; a filter only."""
    n = codes.shape[1]
    whole: np.ndarray = (codes * _MULT[:n][None, :]).sum(axis=1, dtype=np.uint64) + np.uint64(n * _WHOLE & 0xFFFFFFFFFFFFFFFF)
    return whole


def _codes(words: _Words, group: np.ndarray, n: int) -> np.ndarray:
    packs = words.packs
    codes: np.ndarray = packs.syllables[packs.offsets[words.first[group]][:, None] + np.arange(n)[None, :]].astype(np.uint64)
    return codes + np.uint64(1)


def _matches(keys: np.ndarray, owners: np.ndarray, table: np.ndarray, table_owners: np.ndarray) -> list[tuple[int, int]]:
    """(owner, table owner) of the keys found in the table."""
    if not len(table) or not len(keys):
        return []
    order = np.argsort(table, kind="stable")
    ordered = table[order]
    at = np.minimum(np.searchsorted(ordered, keys), len(ordered) - 1)
    hit = ordered[at] == keys
    return list(zip(owners[hit].tolist(), table_owners[order[at[hit]]].tolist()))


def reshaped(words: _Words, long_from: int, context: Contexts) -> list[Pair]:
    """Dropped, swapped and doubled syllables (the module docstring), judged."""
    out: list[Pair] = []
    lengths, rare = words.lengths, words.rare
    present = set(np.unique(lengths).tolist())
    for n in sorted(present):
        if n > _MAX_KEYED:
            continue
        group = np.flatnonzero(lengths == n)
        codes = _codes(words, group, n)
        if n >= _LONG_NAME and n - 1 in present:  # the shorter word, rare, is the longer less one inner syllable
            short = np.flatnonzero((lengths == n - 1) & rare)
            table = _hash(_codes(words, short, n - 1))
            for i in range(_SIDE, n - _SIDE):
                for long_, short_ in _matches(_hash(np.delete(codes, i, axis=1)), group, table, short):
                    pair = _dropped(words, short_, long_, i, context)
                    if pair is not None:
                        out.append(pair)
        if n >= _LONG_NAME:  # a rare word is a common one with two neighbouring syllables swapped
            is_rare = rare[group]
            mine = codes[is_rare]
            for i in range(1, n - 1):
                swapped = mine.copy()
                swapped[:, [i, i + 1]] = swapped[:, [i + 1, i]]
                differ = mine[:, i] != mine[:, i + 1]
                for variant, preferred in _matches(_hash(swapped[differ]), group[is_rare][differ], _hash(codes), group):
                    pair = _swapped(words, variant, preferred, i, context)
                    if pair is not None:
                        out.append(pair)
        if n >= long_from:  # a rare long word is a common one with two vowels mistyped, in two syllables
            out.extend(_two_vowels(words, group, codes, context))
        if n >= 3:
            last = codes[:, -1] - np.uint64(1)
            doubled = (codes[:, -1] == codes[:, -2]) & (codes[:, -3] != codes[:, -1]) & rare[group]
            for w in group[doubled & np.isin(last, _EPENTHETIC_CODES)].tolist():
                if not words.named[w]:
                    out.append(_doubled(words, w))
    return out


_EPENTHETIC_CODES = np.array(sorted(ord(c) - S_BASE for c in _EPENTHETIC), dtype=np.uint64)


def _two_vowels(words: _Words, group: np.ndarray, codes: np.ndarray, context: Contexts) -> list[Pair]:
    """Words of one length equal but for their vowels (고대억폭메무리/고대역폭메모리): keyed by their
    consonants, then judged as ``_judge`` does, two plausible vowel slips in two syllables (not the first)."""
    raw = codes - np.uint64(1)
    skeleton = _hash(raw - raw % np.uint64(588) // np.uint64(28) * np.uint64(28) + np.uint64(1))
    order = np.argsort(skeleton, kind="stable")
    ordered = skeleton[order]
    rare = words.rare[group]
    lo = np.searchsorted(ordered, skeleton[rare], side="left")
    hi = np.searchsorted(ordered, skeleton[rare], side="right")
    others = hi - lo > 1  # most words share their consonants with no other word of the corpus
    out: list[Pair] = []
    if not others.any():
        return out
    # What ``_common_near`` asks of a pair, read before the jamo are compared (which costs more): no name
    # on either side, a preferred word written three times or more and three times as often as the
    # variant. A document of thousands of rare words on few skeletons compared each with each.
    members = group[order].tolist()
    totals = words.totals[members].tolist()
    named = words.named[members].tolist()
    for variant, a, b in zip(group[rare][others].tolist(), lo[others].tolist(), hi[others].tolist()):
        if words.named[variant]:
            continue
        need = max(3, 3 * int(words.totals[variant]))
        for k in range(a, b):
            preferred = members[k]
            if preferred == variant or named[k] or totals[k] < need:
                continue
            pair = _vowel_pair(words, variant, preferred, context)
            if pair is not None:
                out.append(pair)
                break
    return out


def _vowel_pair(words: _Words, variant: int, preferred: int, context: Contexts) -> Pair | None:
    vv, vp = words.word(variant), words.word(preferred)
    diff = jamo_diff(vv, vp)
    if len(diff) != 2 or len({d[0] for d in diff}) != 2 or diff[0][0] == 0 or not plausible(diff) or korean.inflections(vv, vp):
        return None
    near = _common_near(words, variant, preferred, context)
    if near is None:
        return None
    return Pair(vv, vp, int(words.totals[preferred]), diff, near[1], near[0], "", variant, preferred)


def _common_near(words: _Words, variant: int, preferred: int, context: Contexts) -> tuple[tuple[int, int], str] | None:
    """The variant's first place and a word written near both, when the preferred word is common
    (three times or more, three times as often as the variant) and neither is a person's name."""
    nv, np_ = int(words.totals[variant]), int(words.totals[preferred])
    if np_ < 3 or np_ < 3 * nv or words.named[variant] or words.named[preferred]:
        return None
    places = words.places(variant)
    near = context(words.word(variant), places)
    shared = sorted(near & context(words.word(preferred), words.places(preferred, _CONTEXT_ARTICLES))) if near else []
    return ((places[0][0], places[0][1][0]), shared[0]) if shared else None


def _dropped(words: _Words, short: int, long_: int, i: int, context: Contexts) -> Pair | None:
    """A syllable dropped inside a long name: the shorter word is written no more often than the longer,
    is no number, and both stand between the same two words somewhere. Unlike one-jamo pairs, a word
    next to a title is not excluded: five syllables are no Korean person's name, and the word before
    ``교수`` is often the university (프랑스 스트라스부르대 교수)."""
    vs, vl = words.word(short), words.word(long_)
    if vl[:i] + vl[i + 1 :] != vs or words.totals[short] > words.totals[long_]:
        return None
    if set(vl) <= _NUMERALS or vl[i + 1 :] in _PARTICLES:
        return None  # two numbers; or a suffix before a particle the stem kept (불법체류자들에게/불법체류자에게)
    short_places = words.places(short)
    shared = sorted(context.sides(vs, short_places) & context.sides(vl, words.places(long_, _CONTEXT_ARTICLES)))
    if not shared:
        return None
    left, right = shared[0]
    how = (
        f"is '{vl}' with its syllable '{vl[i]}' (syllable {i + 1}) dropped; '{vl}' is written {int(words.totals[long_])}× "
        f"in the corpus, and both between '{left}' and '{right}'; likely a misspelling"
    )
    return Pair(vs, vl, int(words.totals[long_]), [], f"{left} {right}", (short_places[0][0], short_places[0][1][0]), how, short, long_)


def _swapped(words: _Words, variant: int, preferred: int, i: int, context: Contexts) -> Pair | None:
    """Two neighbouring syllables swapped: against a common word written near a same word (``_common_near``)."""
    vv, vp = words.word(variant), words.word(preferred)
    if vv[:i] + vv[i + 1] + vv[i] + vv[i + 2 :] != vp:
        return None
    near = _common_near(words, variant, preferred, context)
    if near is None:
        return None
    np_ = int(words.totals[preferred])
    how = (
        f"is '{vp}' with syllables {i + 1} and {i + 2} swapped ('{vv[i:i + 2]}' for '{vp[i:i + 2]}'); '{vp}' is written "
        f"{np_}× in the corpus; both are written near '{near[1]}'; likely a misspelling"
    )
    return Pair(vv, vp, np_, [], near[1], near[0], how, variant, preferred)


def _doubled(words: _Words, w: int) -> Pair:
    word = words.word(w)
    places = words.places(w)
    how = f"repeats its last syllable '{word[-1]}', as a loanword never does; likely '{word[:-1]}'"
    return Pair(word, word[:-1], 0, [], "", (places[0][0], places[0][1][0]), how, w, -1)


_CONTEXT_ARTICLES = 8  # the preferred word's context is read from its first articles
_NAME_RATIO = 10  # a person's name is taken for a slip of another only against a name ten times as common


def _suffix_pair(a: str, b: str, syllable: int) -> bool:
    return syllable == len(a) - 1 and a[-1] in COMMON_SUFFIXES and b[-1] in COMMON_SUFFIXES


# ---------------------------------------------------------------------------------------------
# Context: the words near a word's places (read from the articles, only for the few pairs judged).

_WINDOW = 6  # tokens either side, within the sentence


class Contexts:
    """The words written near a word's places, from the articles' blocks (read when asked for; only
    the sentence around each place is tokenised)."""

    def __init__(self, paths: Sequence[str], blocks_of: Callable[[str], Sequence[Block]], stem: Callable[[str], str]) -> None:
        self.paths = paths
        self.blocks_of = blocks_of
        self.stem = stem
        self._articles: dict[int, tuple[Sequence[Block], list[int]]] = {}

    def _blocks(self, i: int) -> tuple[Sequence[Block], list[int]]:
        got = self._articles.get(i)
        if got is None:
            blocks = self.blocks_of(self.paths[i])
            got = self._articles[i] = (blocks, [b.span.start for b in blocks])
        return got

    def __call__(self, word: str, places: Sequence[tuple[int, Sequence[int]]]) -> set[str]:
        out: set[str] = set()
        for i, starts in places:
            blocks, block_starts = self._blocks(i)
            for start in starts:
                k = bisect_right(block_starts, start) - 1
                if k >= 0 and blocks[k].span.start <= start < blocks[k].span.end:
                    out.update(self._near(blocks[k], start, word))
        return out

    def _near(self, block: Block, start: int, word: str) -> list[str]:
        """Nouns and names within ``_WINDOW`` tokens of ``start``, in its sentence."""
        window = self._window(block, start)
        if window is None:
            return []
        tokens, first, k, last = window
        return [w for j in range(first, last + 1) if j != k and (w := _content(tokens[j][2], self.stem)) and w != word]

    def sides(self, word: str, places: Sequence[tuple[int, Sequence[int]]]) -> set[tuple[str, str]]:
        """The (left, right) neighbours of a word's places where both are nouns or names of its sentence."""
        out: set[tuple[str, str]] = set()
        for i, starts in places:
            blocks, block_starts = self._blocks(i)
            for start in starts:
                k = bisect_right(block_starts, start) - 1
                window = self._window(blocks[k], start) if k >= 0 and blocks[k].span.start <= start < blocks[k].span.end else None
                if window is None:
                    continue
                tokens, first, at, last = window
                left = _content(tokens[at - 1][2], self.stem) if at > first else None
                right = _content(tokens[at + 1][2], self.stem) if at < last else None
                if left and right:
                    out.add((left, right))
        return out

    def _window(self, block: Block, start: int) -> tuple[list[tuple[int, int, str]], int, int, int] | None:
        """The tokens around ``start`` and the first, own and last index of its window in its sentence."""
        lo, hi = max(block.span.start, start - _REACH), min(block.span.end, start + _REACH)
        source = block.source
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(source, lo, hi)]
        k = next((j for j, t in enumerate(tokens) if t[0] == start), None)
        if k is None:
            return None
        first, last = k, k  # the window stops where a sentence ends between two tokens
        while first > 0 and k - first < _WINDOW and not _SENTENCE_END.search(source, tokens[first - 1][1], tokens[first][0]):
            first -= 1
        while last + 1 < len(tokens) and last - k < _WINDOW and not _SENTENCE_END.search(source, tokens[last][1], tokens[last + 1][0]):
            last += 1
        return tokens, first, k, last


_REACH = 300  # characters either side of a place that hold its window
_SENTENCE_END = re.compile(r"[.!?。]")
_TOKEN = re.compile(r"[가-힣]+|[A-Za-z0-9]+")  # as the summary's tokens


def _content(word: str, stem: Callable[[str], str]) -> str | None:
    """A noun or a name near a word: Hangul less its particle (two syllables or more, not a verb
    form), or a Latin word of two letters or more; digits are not context."""
    if is_hangul(word):
        w = stem(word)
        return w if len(w) >= 2 and not w.endswith(korean.PREDICATE_ENDINGS) else None
    return word if len(word) >= 2 and word.isalpha() else None

