"""Over the corpus: an undeclared Latin proper noun written with one slip of the keyboard.

``Pyeongteak`` written once is ``Pyeongtaek`` written four times with two neighbouring letters
swapped; ``Celonix`` is ``Cellonix`` with its doubled letter written once. Only these two slips,
the ones a typist makes and a name's other spelling seldom is, and only between capitalised words of
six letters or more, the same first and last letter, the rarer written at most twice and the other
three times or more and three times as often, and written inside a sentence (a proper noun, not an
ordinary word capitalised at a sentence's start: ``Martial``/``Marital``). Not reported:

- a letter more or less that is not a doubled one, or another letter (``Thompson``/``Thomson``,
  ``Carlson``/``Carson``, ``Hanson``/``Hansen``): two families' names as often as a typo;
- a letter added or dropped at either end, or a swap that moves the last letter (``Swedes``,
  ``Marian``/``Marina``);
- two swapped letters in a word written next to another capitalised word: a person's full name, whose
  first names have several spellings (``Jeffery Lewis``, ``Jeffrey Sachs``);
- a doubled letter written once (or twice) unless the two are written near a same word: a firm and a
  person (``Philips``, the Dutch firm; ``Phillips said``) share no context;
- a word the corpus also writes in lower case (``Barely`` at a sentence's start, against ``Barley``);
- a variant of a first name, a word written before another capitalised word in most of its places
  (``Jenifer``, the French singer, against ``Jennifer Lopez``; ``Matthieu`` against ``Mathieu Flamini``,
  which is lost): first names have several spellings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterator, Mapping, Sequence

from ...model import Block
from .discover import Contexts, Places

_MIN_LETTERS = 6
_COMMON = 3  # the other spelling is written this often, and this many times as often as the variant
# Function words and reporting verbs of news English: near every name, they say nothing about it.
_STOPWORDS = frozenset(
    "also that this with from have been were will would their there which what when where after before "
    "said says about into over than then they them these those other such some more most only just".split()
)
_WORD = re.compile(r"[A-Za-z]+")
_NAME = re.compile(r"[A-Z][a-z]+")
_FIRST_NAME_PLACES = 20  # the preferred word's first places looked at
_SENTENCE_ENDS = frozenset(".!?\n")
_OPENERS = frozenset(" \t\"'“‘([*_#>-")


def slip(variant: str, preferred: str) -> str | None:
    """What a typist did to ``preferred`` to write ``variant``: 'swapped' (two neighbouring letters,
    not the last), 'single' (a doubled letter written once), 'double' (a letter written twice), else None."""
    if variant[0] != preferred[0] or variant[-1] != preferred[-1]:
        return None
    if len(variant) == len(preferred):
        diff = [i for i, (a, b) in enumerate(zip(variant, preferred)) if a != b]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and diff[1] < len(variant) - 1:
            i = diff[0]
            if variant[i] == preferred[i + 1] and variant[i + 1] == preferred[i]:
                return "swapped"
        return None
    longer, shorter = (variant, preferred) if len(variant) > len(preferred) else (preferred, variant)
    if len(longer) != len(shorter) + 1:
        return None
    for i in range(1, len(longer) - 1):
        if longer[:i] + longer[i + 1 :] == shorter and longer[i] == longer[i - 1]:
            return "double" if longer is variant else "single"
    return None


def pairs(
    words: Mapping[str, int], places: Callable[[Sequence[str]], Places], blocks_of: Callable[[str], Sequence[Block]],
    paths: Sequence[str], contexts: Contexts,
) -> list[tuple[str, str, str]]:
    """(variant, preferred, slip) of the corpus's capitalised Latin words (``words``: word → count), judged."""
    names = {w: n for w, n in words.items() if len(w) >= _MIN_LETTERS and w[0].isupper() and w[1:].islower()}
    common = sorted(w for w, n in names.items() if n >= _COMMON)
    rare = sorted(w for w, n in names.items() if n <= 2)
    if not common or not rare:
        return []
    by_key: dict[str, list[str]] = defaultdict(list)
    for w in common:
        for key in _keys(w):
            by_key[key].append(w)
    found: list[tuple[str, str, str]] = []
    for variant in rare:
        candidates = sorted({p for key in _keys(variant) for p in by_key.get(key, ())})
        for preferred in candidates:
            kind = slip(variant, preferred) if names[preferred] >= _COMMON * names[variant] else None
            if kind is not None:
                found.append((variant, preferred, kind))
                break
    if not found:
        return []
    where = places(sorted({w for pair in found for w in pair[:2]}))
    text = _Text(paths, blocks_of)
    out = []
    for variant, preferred, kind in found:
        if words.get(variant.lower()):
            continue  # the corpus writes it in lower case: an ordinary word (Barely, at a sentence's start)
        if not any(text.inside_sentence(i, s) for i, starts in where[preferred] for s in starts):
            continue  # never a proper noun inside a sentence: an ordinary word capitalised at its start
        firsts = [(i, s) for i, starts in where[preferred] for s in starts][:_FIRST_NAME_PLACES]
        if 2 * sum(text.before_name(i, s, len(preferred)) for i, s in firsts) > len(firsts):
            continue  # a first name (Jennifer Lopez, Mathieu Flamini): first names have several spellings (Jenifer)
        if kind == "swapped":
            if any(text.beside_capital(i, s, len(variant)) for i, starts in where[variant] for s in starts):
                continue
        elif not _context(contexts(variant, where[variant])) & _context(contexts(preferred, where[preferred])):
            continue
        out.append((variant, preferred, kind))
    return out


def _keys(word: str) -> set[str]:
    """The word and the word less each letter but the first (SymSpell deletion keys): a swap or a
    letter more or less leaves two words with a key in common."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(1, len(word)))}


def _context(words: set[str]) -> set[str]:
    """Latin content words, lower case and less a plural s: 'designers' and 'designer' agree."""
    out = set()
    for w in words:
        if w.isascii() and w.isalpha() and len(w) >= 4:
            w = w.lower()
            w = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
            if w not in _STOPWORDS:
                out.add(w)
    return out


class _Text:
    """The articles' text around a few places (blocks read when asked for)."""

    def __init__(self, paths: Sequence[str], blocks_of: Callable[[str], Sequence[Block]]) -> None:
        self.paths = paths
        self.blocks_of = blocks_of
        self._blocks: dict[int, Sequence[Block]] = {}

    def _block(self, i: int, at: int) -> Block | None:
        if i not in self._blocks:
            self._blocks[i] = self.blocks_of(self.paths[i])
        return next((b for b in self._blocks[i] if b.span.start <= at < b.span.end), None)

    def inside_sentence(self, i: int, at: int) -> bool:
        block = self._block(i, at)
        if block is None:
            return False
        k = at - 1
        while k >= block.span.start and block.source[k] in _OPENERS:
            k -= 1
        return k >= block.span.start and block.source[k] not in _SENTENCE_ENDS

    def before_name(self, i: int, at: int, length: int) -> bool:
        """The word at ``at`` is followed by a capitalised word (not an acronym: ``Pyeongtaek FC``)."""
        block = self._block(i, at)
        if block is None or at + length >= block.span.end or block.source[at + length] != " ":
            return False
        after = _WORD.match(block.source, at + length + 1)
        return after is not None and _NAME.fullmatch(after.group()) is not None

    def beside_capital(self, i: int, at: int, length: int) -> bool:
        """The word at ``at`` is written next to another capitalised word (a first name and a surname)."""
        block = self._block(i, at)
        if block is None:
            return False
        source = block.source
        before = _WORD.findall(source, max(block.span.start, at - 40), at)
        after = _WORD.match(source, at + length + 1) if at + length < block.span.end and source[at + length] == " " else None
        left = before[-1] if before and source[at - 1 : at] == " " and source[at - 1 - len(before[-1]) : at - 1] == before[-1] else ""
        return bool(left[:1].isupper()) or bool(after is not None and after.group()[:1].isupper())
