"""Finding many words in a text fast: an alternation tried only where a word's first letters stand."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

class _Alternation:
    """``finditer`` of one big alternation ("GPT-3|하이퍼클로바|…", each branch spelling one word
    between its own lookarounds), with the same matches but without trying every branch at
    every position.

    Python's ``re`` tries each branch's look-behind at each position of the text (150 names,
    300 branches: most of binding's time before). A branch can only match where the text has
    its first two letters, so a regex of those pairs finds the candidate positions in C, and
    there only the branches spelling those two letters are tried, in their original order.
    ``finditer`` returns, at each position from the left, the first branch that matches and
    resumes after it; so does this, with the same branches: the matches are the same.
    """

    def __init__(self, words: Sequence[str], branches: Sequence[str], folded: Sequence[bool], flags: int = 0,
                 suffix: str = "") -> None:
        # folded[i]: branch i ignores case (its own (?i:…) or the flags); suffix: what must follow
        # the alternation ("(?:a|b)" + suffix), as in "(?:파라미터|…)\s?(?:규모의?|…)?\s*$"
        self.pattern = f"(?:{'|'.join(branches)}){suffix}"  # what it stands for
        self.flags = flags
        self._branches = tuple(branches)
        self._flags = flags
        self._suffix = suffix
        self._firsts = tuple(re.compile(_head(w[:1], f), flags) for w, f in zip(words, folded))
        self._heads = tuple(re.compile(_head(w, f), flags) for w, f in zip(words, folded))
        self._by_char: dict[str, tuple[int, ...]] = {}
        self._by_pair: dict[str, re.Pattern[str] | None] = {}
        # the compiled sub-pattern of each set of branches: most pairs that open some word open the
        # same few branches as another pair ("GP", "gp", "Gp"; a Hangul letter and any second one),
        # and compiling a big alternation costs a millisecond or two
        self._by_branches: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._candidates = _word_starts(words, folded, flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        by_pair = self._by_pair
        for c in self._candidates.finditer(text):
            p = c.start()
            if p < pos:
                continue
            pair = text[p : p + 2]
            sub = by_pair[pair] if pair in by_pair else self._learn(pair)
            if sub is None:
                continue
            hit = sub.match(text, p)
            if hit is not None:
                yield hit
                pos = hit.end()

    def search(self, text: str) -> re.Match[str] | None:
        """``re.search`` of "(?:branches)" + suffix: the first position where it matches."""
        by_pair = self._by_pair
        for c in self._candidates.finditer(text):
            p = c.start()
            pair = text[p : p + 2]
            sub = by_pair[pair] if pair in by_pair else self._learn(pair)
            if sub is not None and (hit := sub.match(text, p)) is not None:
                return hit
        return None

    def _learn(self, pair: str) -> re.Pattern[str] | None:
        first = pair[0]
        if first not in self._by_char:
            self._by_char[first] = tuple(i for i, f in enumerate(self._firsts) if f.match(first))
        key = tuple(i for i in self._by_char[first] if self._heads[i].match(pair))
        sub = self._by_branches.get(key) if key else None
        if key and sub is None:
            branches = [self._branches[i] for i in key]
            sub = self._by_branches[key] = re.compile(f"(?:{'|'.join(branches)}){self._suffix}", self._flags)
        self._by_pair[pair] = sub
        return sub


# The characters other than "x" and "X" that Python's ``re`` matches to an ASCII letter x when
# ignoring case (tests/test_binding.py checks this against every code point).
_CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _spellings(ch: str, folded: bool) -> str | None:
    """Every character that ``ch`` matches in a pattern (ignoring case if ``folded``), None if unsure."""
    if not folded or "가" <= ch <= "힣" or ch.isascii() and not ch.isalpha():
        return ch
    if ch.isascii():
        low = ch.lower()
        return low + low.upper() + _CASE_EXTRAS.get(low, "")
    return None


def _word_starts(words: Sequence[str], folded: Sequence[bool], flags: int) -> re.Pattern[str]:
    """Positions where one of the words may start: by its first two letters, else by its first."""
    return _pair_candidates(words, folded) or _letter_candidates(words, folded, flags)


def _pair_candidates(words: Sequence[str], folded: Sequence[bool]) -> re.Pattern[str] | None:
    """Positions where some word's first two letters stand: "하(?=이)|G(?=P)|g(?=P|p)|…".

    Every branch opens with a literal letter, so the regex engine skips in C to the letters
    that open a word and rejects most of them on the second letter ("하" of "하는" is not
    "하이퍼클로바"): a tenth of the positions that the first letter alone would give.
    None when a word's first letter has spellings we cannot list (a cased non-Latin letter).
    """
    follow: dict[str, set[str] | None] = {}
    for w, f in zip(words, folded):
        firsts = _spellings(w[0], f)
        if firsts is None:
            return None
        seconds = _spellings(w[1], f) if len(w) > 1 and not w[1].isspace() else None
        for c in firsts:
            known = follow.get(c, set())
            follow[c] = None if known is None or seconds is None else known | set(seconds)
    branches = []
    for c, nxt in sorted(follow.items()):
        ahead = "" if nxt is None else "(?=[" + "".join(re.escape(x) for x in sorted(nxt)) + "])"
        branches.append(re.escape(c) + ahead)
    return re.compile("|".join(branches))


def _letter_candidates(words: Sequence[str], folded: Sequence[bool], flags: int) -> re.Pattern[str]:
    """Positions of any word's first letter, as the words' own case rule matches it."""
    exact = "".join(sorted({re.escape(w[0]) for w, f in zip(words, folded) if not f}))
    either = "".join(sorted({re.escape(w[0]) for w, f in zip(words, folded) if f}))
    classes = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{either}])"] if either else [])
    return re.compile("|".join(classes), flags)


def _head(word: str, folded: bool) -> str:
    """What a word's branch needs in the first two characters of the text ("GP" for GPT-3;
    "하" alone for "하 이", whose space is optional)."""
    second = re.escape(word[1]) if len(word) > 1 and not word[1].isspace() else ""
    return ("(?i:" if folded else "(?:") + re.escape(word[0]) + second + ")"


def _alternation(words: Sequence[str], branches: Sequence[str], folded: Sequence[bool], flags: int = 0,
                 suffix: str = "") -> _Alternation | re.Pattern[str]:
    """The scanner for branches each spelling one word (its spaces made optional); the plain
    pattern when a word opens with a space (its first letter is then not certain)."""
    if any(not w or w[0].isspace() for w in words):
        return re.compile(f"(?:{'|'.join(branches)}){suffix}", flags)
    return _Alternation(words, branches, folded, flags, suffix)



class _Skip:
    """``pattern.finditer`` tried only where ``candidates`` finds a position a match can start at.

    For patterns whose branches open with a group, a class or a case-folded letter, which keep
    ``re`` from skipping ahead: it tries every branch at every character. Matches are the same
    when every match starts at a candidate (``match`` at a position sees the text before it,
    for look-behinds and ``\\b``).
    """

    def __init__(self, pattern: re.Pattern[str], candidates: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._candidates = candidates

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        match = self.pattern.match
        for c in self._candidates.finditer(text):
            p = c.start()
            if p < pos:
                continue
            hit = match(text, p)
            if hit is not None:
                yield hit
                pos = hit.end()


# A Korean comparison opens with one of these syllables, or is "달리" after a space ("GPT-3와 달리").
