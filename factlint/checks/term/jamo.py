"""Hangul jamo: decomposition, differences, and which differences a typist makes.

A syllable is decomposed arithmetically (Unicode §3.12: S = 0xAC00 + (L*21 + V)*28 + T) into an
initial, a vowel and a final. Two words of the same length differ by the components that differ
syllable by syllable.

Not every one-jamo difference is a slip: ``네이처``/``네이버`` (ㅊ/ㅂ) are two words, ``하이퍼틀로바``
for ``하이퍼클로바`` (ㅋ/ㅌ) is a typo. A difference is *plausible* when a typist makes it:

- neighbouring keys of the standard two-set (두벌식) keyboard (ㅋ/ㅌ, ㅓ/ㅏ, ㅐ/ㅔ), or the same
  key with or without Shift (ㅂ/ㅃ, ㅐ/ㅒ);
- one keystroke added or dropped: a final written or missed (고/곻), a vowel or final of two
  keys (ㅝ = ㅜ+ㅓ, ㄺ = ㄹ+ㄱ) for one of its keys;
- the same sound: plain, aspirated and tense consonants of one place (ㅈ/ㅊ/ㅉ, ㄱ/ㅋ/ㄲ), ㅅ/ㅈ
  (s and z in loanwords: 메타버즈), ㄷ/ㄹ (a loanword's d between vowels is a flap: 다운로르),
  finals pronounced alike (ㅅ/ㄷ/ㅈ/ㅊ/ㅌ/ㅎ as [t]), ㅐ/ㅔ, ㅒ/ㅖ, ㅙ/ㅞ/ㅚ, ㅢ/ㅣ.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations
from typing import Iterator, Sequence

S_BASE, S_END = 0xAC00, 0xD7A3
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
_LETTERS = (INITIALS, MEDIALS, FINALS)

_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")


def is_hangul(text: str) -> bool:
    """Only precomposed Hangul syllables (가–힣)."""
    return _HANGUL_WORD.fullmatch(text) is not None


def jamo(syllable: str) -> tuple[int, int, int]:
    """(initial, medial, final) indices of one precomposed syllable; final 0 is none."""
    code = ord(syllable) - S_BASE
    return code // 588, (code % 588) // 28, code % 28


def compose(initial: int, medial: int, final: int) -> str:
    return chr(S_BASE + (initial * 21 + medial) * 28 + final)


def letter(component: int, index: int) -> str:
    return _LETTERS[component][index] or "∅"


def jamo_diff(a: str, b: str) -> list[tuple[int, int, str, str]]:
    """Component-wise differences of two Hangul words of equal length: (syllable, component, from, to).

    Syllables are aligned, so one difference is one key on a Korean keyboard: a changed initial,
    vowel or final, or a final added or dropped (하이퍼클로바 → 하이퍼틀로바 is ㅋ→ㅌ in syllable 4).
    """
    out = []
    for i, (x, y) in enumerate(zip(a, b)):
        if x == y:
            continue
        jx, jy = jamo(x), jamo(y)
        for c in range(3):
            if jx[c] != jy[c]:
                out.append((i, c, letter(c, jx[c]), letter(c, jy[c])))
    return out


def describe(diff: Sequence[tuple[int, int, str, str]]) -> str:
    """'ㅌ for ㅋ in syllable 4': what the variant has where the preferred spelling has something else."""
    return ", ".join(f"{frm} for {to} in syllable {i + 1}" for i, _c, frm, to in diff)


# ---------------------------------------------------------------------------------------------
# Which differences are slips.

_ROWS = ("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ")  # qwertyuiop / asdfghjkl / zxcvbnm
_SHIFTED = {"ㅃ": "ㅂ", "ㅉ": "ㅈ", "ㄸ": "ㄷ", "ㄲ": "ㄱ", "ㅆ": "ㅅ", "ㅒ": "ㅐ", "ㅖ": "ㅔ"}
# Two keystrokes: a vowel or a final of two jamo, for either of them.
_TWO_KEYS = {
    "ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ",
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ",
}
_SAME_SOUND = (
    ("ㄱㅋㄲ", "ㄷㅌㄸ", "ㅂㅍㅃ", "ㅅㅆㅈㅊㅉ", "ㄷㄹ"),  # initials: one place of articulation; ㄷ/ㄹ the flap
    ("ㅐㅔ", "ㅒㅖ", "ㅙㅞㅚ", "ㅢㅣ"),  # vowels heard alike
    ("ㄱㅋㄲ", "ㄷㅅㅆㅈㅊㅌㅎ", "ㅂㅍ"),  # finals: pronounced [k], [t], [p]
)


def _key(letter_: str) -> tuple[int, int] | None:
    base = _SHIFTED.get(letter_, letter_)
    for r, row in enumerate(_ROWS):
        c = row.find(base)
        if c >= 0:
            return r, c
    return None


def _neighbouring_keys(a: str, b: str) -> bool:
    ka, kb = _key(a), _key(b)
    if ka is None or kb is None:
        return False
    (ra, ca), (rb, cb) = sorted((ka, kb))
    if ra == rb:
        return abs(ca - cb) <= 1  # 0: the same key, with or without Shift
    # Staggered rows: a key of the lower row sits between keys c and c+1 of the row above.
    return rb == ra + 1 and cb in (ca - 1, ca)


def _plausible_letters(component: int, a: str, b: str) -> bool:
    if not a or not b:  # a final added or dropped
        return component == 2
    if a in _TWO_KEYS.get(b, "") or b in _TWO_KEYS.get(a, ""):
        return True
    if any(a in group and b in group for group in _SAME_SOUND[component]):
        return True
    return a not in _TWO_KEYS and b not in _TWO_KEYS and _neighbouring_keys(a, b)


# For each component and index, the indices a slip may turn it into.
_SLIPS: tuple[tuple[tuple[int, ...], ...], ...] = tuple(
    tuple(tuple(j for j, y in enumerate(letters) if j != i and _plausible_letters(c, x, y)) for i, x in enumerate(letters))
    for c, letters in enumerate(_LETTERS)
)


def plausible(diff: Sequence[tuple[int, int, str, str]]) -> bool:
    """Every difference is one a typist makes (see the module docstring)."""
    return bool(diff) and all(
        _LETTERS[c].index(frm if frm != "∅" else "") in _SLIPS[c][_LETTERS[c].index(to if to != "∅" else "")]
        for _i, c, frm, to in diff
    )


def slip(a: str, b: str, max_edits: int = 1) -> list[tuple[int, int, str, str]] | None:
    """The differences of two words of one length when they are 1..``max_edits`` plausible slips,
    all in one syllable, not the first (a different first syllable is another word far more often)."""
    if len(a) != len(b) or a == b:
        return None
    diff = jamo_diff(a, b)
    if not diff or len(diff) > max_edits or diff[0][0] == 0 or len({d[0] for d in diff}) > 1:
        return None
    return diff if plausible(diff) else None


@lru_cache(maxsize=1 << 14)
def _syllable_slips(syllable: str, edits: int) -> tuple[str, ...]:
    """Syllables 1..``edits`` plausible slips from ``syllable`` (two edits in two components)."""
    parts = jamo(syllable)
    out: set[str] = set()
    for c in range(3):
        for j in _SLIPS[c][parts[c]]:
            changed = list(parts)
            changed[c] = j
            out.add(compose(*changed))
    if edits >= 2:
        for c1, c2 in combinations(range(3), 2):
            for j1 in _SLIPS[c1][parts[c1]]:
                for j2 in _SLIPS[c2][parts[c2]]:
                    changed = list(parts)
                    changed[c1], changed[c2] = j1, j2
                    out.add(compose(*changed))
    out.discard(syllable)
    return tuple(sorted(out))


def slips(word: str, long_from: int) -> Iterator[str]:
    """Every word a plausible slip away from ``word`` (any syllable but the first): one jamo, or two
    in one syllable when the word has at least ``long_from`` syllables."""
    edits = 2 if len(word) >= long_from else 1
    for i in range(1, len(word)):
        for s in _syllable_slips(word[i], edits):
            yield word[:i] + s + word[i + 1 :]
