"""One entity in two scripts when the Hangul name is a loanword: "블루호크스" is "Bluehawks".

A Korean article writes "하람 블루호크스는 21승", an English one "The Haram Bluehawks won 23": no Revised
Romanization links them (``romanize``: 블루호크스 is "beulluhokeuseu"). The Hangul spelling of a foreign name
follows the loanword transcription rules (외래어 표기법), which keep a name's consonants and respell its
vowels; read in reverse, a Hangul loanword gives a skeleton of Latin consonant classes:

* an initial consonant as the Latin letters it transcribes (ㅂ b/v, ㅍ p/f/ph, ㅋ k/c/ck/q, ㄱ g, ㅌ t/th,
  ㄷ d/th, ㅅ s/c/sh/th or the ti of "-tion" (컨벤션 convention), ㅈ z/j/g/s, ㅊ ch/ts, ㄹ l/r, ㅎ h/wh, ㅁ m,
  ㄴ n); ㅇ is silent;
* a final as the consonant it closes (ㄱ k/c/ck/g, ㅂ p/b, ㅅ t/s, ㄴ n, ㅁ m, ㄹ l/r, ㅇ ng/n before k),
  a final ㄹ before an initial ㄹ as one l ("블루" blu, "클로" clo);
* vowels free (a run of a e i o u w y, or none: the 으 of 스/크/트 is epenthetic), and an r after a
  vowel, which Korean drops ("레인저스" Rangers, "하이퍼" Hyper);
* Latin letters and digits inside the Hangul name as they are ("노바LM").

A Latin name matches when its words, in order, are spelt by consecutive parts of the Hangul name, each
part a loanword as above, or a romanization (``romanize``: "하람" Haram), or a head of
:data:`romanize.SUFFIXES` in English ("중공업" Heavy Industries): "하람 블루호크스" ~ "Haram Bluehawks". A
translated word is not guessed ("그린하람바이오소재" ~ "Green Haram Biomaterials": 소재 is "materials" by
meaning, not by sound; its own article's gloss bridges it, ``checks.contradiction``).

Precision: a part that RR spells exactly is read as Korean, and a Latin word that romanizes a Korean word of
the part's consonants with other vowels is that word's ("Chungju" is 충주, not 청주; "Samsung" is 삼숭 in RR, so
삼성 needs an alias); an initialism is never read by sound ("SBS"); the loanword parts must give at least three
consonants and, for a name with no other part, three syllables (so not 센터 "Center", 클럽 "Club", 팀 "Team":
common nouns); the match must be unique in the corpus both ways; two names of one script are never bridged.

No library: decomposing a syllable is Unicode arithmetic (as ``romanize`` does); the Korean packages at hand
(jamo, hangul-romanize, korean-romanizer, g2pk) go from Hangul to RR or to pronunciation, none from a loanword
back to its English spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from .heads import HEADS
from .romanize import SUFFIXES, _syllable, latin_key, rr_pattern

_FIRST, _LAST = 0xAC00, 0xD7A3
_VOWEL = "[aeiouwy]*(?:(?<=[aeiouy])r)?"  # a vowel run, or none; an r after a vowel ("-er", "-ar")
# initials by index (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ)
_INITIAL = ("g|gh|gg|gu", "k|c|ck", "n|nn|kn|gn", "d|dd|th", "t|tt", "l|r|ll|rr|rh", "m|mm", "b|v|bb",
            "p|pp", "s|ss|c|sc|sh|th|ti(?=[aeiou])", "s|ss", "", "z|zz|j|g|dg|dj|s", "z|j|ts", "ch|tch|ts|tz|c",
            "k|c|ck|q|qu|kh|ch", "t|tt|th", "p|f|ph|pp|ff", "h|wh")
# finals by index (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ); a
# cluster final is no loanword spelling (None)
_FINAL: tuple[str | None, ...] = (
    "", "k|c|ck|g|gg", None, None, "n|nn", None, None, "t|d", "l|ll|r", None, None, None, None, None, None,
    None, "m|mm", "p|pp|b|bb", None, "t|tt|s|d", None, "ng|n", None, None, None, None, None, None)
_RIEUL_FINAL, _RIEUL_INITIAL, _IEUNG, _SIOS, _KIEUK, _EU = 8, 5, 11, 9, 15, 18
_SEPARATORS = re.compile(r"[\s\-.·'’]+")


def _hangul(c: str) -> bool:
    return _FIRST <= ord(c) <= _LAST


def _before_s(part: str, at: int) -> bool:
    """Whether the syllable after ``part[at]`` begins with ㅅ."""
    return at + 1 < len(part) and _hangul(part[at + 1]) and (ord(part[at + 1]) - _FIRST) // 588 == _SIOS


@lru_cache(maxsize=8192)
def loan_pattern(part: str) -> tuple[re.Pattern[str], int] | None:
    """The Latin keys that a Hangul loanword (Hangul syllables, Latin letters, digits; no spaces) transcribes,
    with the count of its consonants; None for a part with a spelling no loanword has (a cluster final)."""
    out: list[str] = []
    consonants = 0
    previous_final = 0
    for at, c in enumerate(part):
        if not _hangul(c):
            if not (c.isascii() and c.isalnum()):
                return None
            out.append(re.escape(c.lower()))
            consonants += c.isalpha()
            previous_final = 0
            continue
        index = ord(c) - _FIRST
        initial, vowel, final = index // 588, (index // 28) % 21, index % 28
        if _FINAL[final] is None:
            return None
        if initial == _RIEUL_INITIAL and previous_final == _RIEUL_FINAL:
            out[-1] = "(?:l|ll|r|rr)"  # 블루 "blu": final ㄹ and initial ㄹ are one l
        elif initial != _IEUNG:
            # a k before s is one x ("셀로닉스" Cellonix, "맥스" Max): the s then has no letter of its own
            x = "|x" if initial == _KIEUK and vowel == _EU and not final and _before_s(part, at) else ""
            empty = "|(?<=x)" if initial == _SIOS else ""
            out.append(f"(?:{_INITIAL[initial]}{x}{empty})")
            consonants += 1
        out.append("e?" if vowel == _EU else _VOWEL)  # 스 "s", "se": the epenthetic 으 is no vowel
        if final:
            if final == 21:
                out.append("(?:ng|n(?=[kcgq]))")  # 뱅크 "bank"
            else:
                out.append(f"(?:{_FINAL[final]}{'|x' if final == 1 and _before_s(part, at) else ''})")
            consonants += 1
        previous_final = final
    return re.compile("".join(out)), consonants


def _initialism(word: str) -> bool:
    """Capitals with no vowel ("SBS", "LG"): Korean spells it letter by letter (에스비에스), not by sound, or
    keeps it in Latin letters ("노바LM")."""
    return len(word) > 1 and word.isupper() and not set(word) & set("AEIOUY")


_ENGLISH_HEADS = {s: tuple(_SEPARATORS.sub("", e).casefold() for e in es) for s, es in SUFFIXES.items()}


def _reading(hangul: str, words: list[str], initialisms: list[bool]) -> tuple[int, int, bool] | None:
    """How the Latin words are spelt by consecutive parts of the Hangul string, each word by one part (a
    loanword, a romanization) or several words by one head ("중공업" Heavy Industries): of the readings, the
    one with the most loanword consonants, then syllables, as (consonants, syllables, whether a part is read
    otherwise than as a loanword); None when no reading spells them all."""
    n, m = len(hangul), len(words)

    @lru_cache(maxsize=None)
    def best(i: int, j: int) -> tuple[int, int, bool] | None:
        if i == n and j == m:
            return (0, 0, False)
        if i == n or j == m:
            return None
        found: list[tuple[int, int, bool]] = []
        for k in range(i + 1, n + 1):
            part = hangul[i:k]
            for jj in range(j + 1, m + 1):
                rest = best(k, jj)
                if rest is None:
                    continue
                key = "".join(words[j:jj])
                if key in _ENGLISH_HEADS.get(part, ()):
                    found.append((rest[0], rest[1], True))
                if jj > j + 1:
                    continue
                letters = first_letters(part)
                if letters is not None and key[0] not in letters:
                    continue  # neither RR nor a loanword spells a word of another first letter: no pattern to build
                if _romanized(part, key):  # a part RR spells is a Korean word: read as such, never as a loanword
                    found.append((rest[0], rest[1], True))
                    continue
                loan = loan_pattern(part)
                # an initialism is spelt in Latin letters inside the Hangul name, never by a loanword's sound; a word
                # that romanizes another Korean word (충주 "Chungju" for 청주) is that word's
                if (loan is not None and loan[0].fullmatch(key) and not (initialisms[j] and any(map(_hangul, part)))
                        and not (any(map(_hangul, part)) and _other_vowels(part).fullmatch(key))):
                    # Latin letters kept inside the Hangul name ("노바LM") are read as written, not by sound
                    found.append((rest[0] + loan[1], rest[1] + sum(map(_hangul, part)),
                                  rest[2] or not all(map(_hangul, part))))
        return max(found) if found else None

    return best(0, 0)


@lru_cache(maxsize=8192)
def _other_vowels(part: str) -> re.Pattern[str]:
    """The RR spellings of the Korean words with a part's consonants, syllable by syllable, and other vowels
    ("chungju" for 청주: 충주 in RR): a Latin word of that shape romanizes a Korean word, not a loanword's source."""
    out = []
    for c in part:
        if not _hangul(c):
            out.append(re.escape(c.lower()))
            continue
        index = ord(c) - _FIRST
        base = index - (index // 28) % 21 * 28
        out.append("(?:" + "|".join(_syllable(chr(_FIRST + base + v * 28)) for v in range(21)) + ")")
    return re.compile("".join(out))


def _romanized(part: str, key: str) -> bool:
    pattern = rr_pattern(part)
    return pattern is not None and pattern.fullmatch(key) is not None


# the endings English derives an adjective with from a noun it borrowed ("aquatic" of aqua, "olympic", "natural")
_ADJECTIVE = "(?:tic|ic|al|ical|an)?"


@lru_cache(maxsize=8192)
def _head_pattern(part: str) -> re.Pattern[str] | None:
    """A loanword head's spellings, its noun or the adjective English makes of it; None for a part no loanword
    head can be: under two syllables, with a letter or a digit, a cluster final, or a consonant only."""
    if len(part) < 2 or not all(map(_hangul, part)):
        return None
    loan = loan_pattern(part)
    if loan is None or loan[1] < 1:
        return None
    return re.compile(f"(?:{loan[0].pattern}){_ADJECTIVE}")


@lru_cache(maxsize=65536)
def loan_head(part: str, word: str) -> bool:
    """Is the Hangul head ``part`` (two syllables or more, no separators) the loanword of the English word ``word``
    (folded), or of the noun the adjective ``word`` is made of ("아레나" arena, "스파" spa, "아쿠아" aquatic)?
    A word that romanizes a Korean word of the part's consonants with other vowels is that word's, not the
    loanword's ("마을" is never "maul")."""
    pattern = _head_pattern(part)
    if pattern is None:
        return False
    if _romanized(part, word):  # "아레나" is "arena" in RR too: one spelling either way
        return True
    return pattern.fullmatch(word) is not None and _other_vowels(part).fullmatch(word) is None


@lru_cache(maxsize=65536)
def transliterates(hangul_name: str, latin_name: str) -> bool:
    """Is ``latin_name`` the source of the Hangul loanword ``hangul_name`` (with romanized parts beside it)?"""
    hangul = _SEPARATORS.sub("", hangul_name)
    written = [w for w in _SEPARATORS.split(latin_name) if w]
    words = [w.casefold() for w in written]
    if (not hangul or not any(map(_hangul, hangul)) or not words or latin_key(latin_name) is None
            or len(words) > 8 or len(hangul) > 16):
        return False
    reading = _reading(hangul, words, [_initialism(w) for w in written])
    if reading is None:
        return False
    consonants, syllables, other = reading
    return consonants >= 3 and (syllables >= 3 or other)


def loan_bridged(names: set[str], pairwise: bool = False) -> dict[str, str]:
    """For a set of entity names, the Hangul names that transliterate exactly one Latin spelling of the set
    (folded as ``romanize.latin_key`` folds), which no other Hangul name of the set transliterates, each mapped
    to that Latin name. A Hangul name that romanizes a Latin name of the set, and a Latin name that a Hangul name
    romanizes, are left to ``romanize.bridged``, which decides them (one, or none when it is ambiguous).

    A Hangul name is read only against the Latin names that begin with a letter it can begin with
    (:func:`first_letters`); ``pairwise`` reads every pair instead (the same links, slower: for tests)."""
    by_key, hangul = sides(names)
    if not by_key or not hangul:
        return {}
    near = Near(by_key, pairwise)
    romanized = {h: {k for k in near.keys(h) if (p := rr_pattern(h)) is not None and p.fullmatch(k)} for h in hangul}
    taken = set().union(*romanized.values())
    return one_to_one({h: [by_key[k] for k in near.keys(h) if k not in taken and transliterates(h, by_key[k])]
                       for h in hangul if not romanized[h]}, hangul)


class Near:
    """The Latin names of a corpus by the first letter of their folded key (``romanize.latin_key``), so that a
    Hangul name is read only against those it can spell (:func:`first_letters`): a corpus's name pairs are then
    a fraction of all pairs, the links the same."""

    def __init__(self, by_key: dict[str, str], pairwise: bool = False) -> None:
        self.all = list(by_key)
        self.pairwise = pairwise
        self.rank = {k: i for i, k in enumerate(self.all)}
        self.by_letter: dict[str, list[str]] = {}
        for k in self.all:
            self.by_letter.setdefault(k[0], []).append(k)

    def keys(self, hangul: str) -> list[str]:
        """The folded keys of the Latin names a Hangul name (separators removed) may be one with, in the corpus's
        order."""
        letters = None if self.pairwise else first_letters(hangul)
        if letters is None:
            return self.all
        return sorted((k for c in letters for k in self.by_letter.get(c, ())), key=self.rank.__getitem__)


# the letters each initial consonant is spelt with first, in a loanword (_INITIAL, and the x of 크스) or in RR
# (anyascii); ㅇ is silent (None: :func:`opening` reads on)
_FIRST_OF: tuple[frozenset[str] | None, ...] = tuple(
    None if i == _IEUNG else frozenset(a[0] for a in _INITIAL[i].split("|")) | {anyascii(chr(_FIRST + i * 588))[0].lower()}
    | ({"r", "l"} if i == _RIEUL_INITIAL else set()) | ({"x"} if i == _KIEUK else set()) for i in range(19))
# the letters a final consonant is spelt with first (the x of 익스)
_FINAL_FIRST = tuple(frozenset(a[0] for a in f.split("|") if a) | ({"x"} if i == 1 else set()) if f else frozenset()
                     for i, f in enumerate(_FINAL))
_VOWELS = frozenset("aeiouwy")
_ANY = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# the heads English may write first ("University of Hanbit", "Lake Seoha", "Port of Seojin", "Mount Danwol")
_LEADING = {ko: frozenset(e[0] for e in head.english) for ko, head in HEADS.items() if head.before is not None}
# the heads a name may open with, spelt in English ("은행" Bank)
_OPENING = {ko: frozenset(e[0] for e in es) for ko, es in _ENGLISH_HEADS.items()}


def opening(hangul: str) -> frozenset[str]:
    """The letters a romanization or a loanword of a Hangul string (no separators) may begin with: its first
    syllable's initial as RR or a loanword spells it; after the silent ㅇ a vowel, or (a loanword's vowel may be
    none) the syllable's final or what follows; a Latin letter or a digit as written."""
    first = hangul[0]
    if not _hangul(first):
        return frozenset({first.lower()})
    index = ord(first) - _FIRST
    initial = _FIRST_OF[index // 588]
    if initial is not None:
        return initial
    final = index % 28
    if final:
        return _VOWELS | (_FINAL_FIRST[final] if _FINAL[final] is not None else _ANY)
    return _VOWELS | (opening(hangul[1:]) if len(hangul) > 1 else frozenset())


@lru_cache(maxsize=8192)
def first_letters(hangul: str) -> frozenset[str] | None:
    """The letters a Latin name's folded key may begin with when it is one with a Hangul name (separators
    removed) by a romanization, a loanword or a translated head (``romanize``, :func:`transliterates`,
    ``headbridge.translated``): those of :func:`opening`, an English head it opens with, or one English writes
    first ("Port of Seojin"); None for no name."""
    if not hangul:
        return None
    letters = set(opening(hangul))
    for ko, lead in _LEADING.items():
        if ko in hangul[1:]:
            letters |= lead
    for ko, opened in _OPENING.items():
        if hangul.startswith(ko):
            letters |= opened
    return frozenset(letters)


def sides(names: set[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """A set of entity names in its two scripts: the Latin names by their folded key (``romanize.latin_key``; the
    first in sorted order of each key), and the spellings of each Hangul name by the name without separators."""
    by_key: dict[str, str] = {}
    for n in sorted(names):
        key = latin_key(n)
        if key is not None:
            by_key.setdefault(key, n)
    hangul: dict[str, list[str]] = {}
    for n in sorted(names):
        if any(map(_hangul, n)):
            hangul.setdefault(_SEPARATORS.sub("", n), []).append(n)
    return by_key, hangul


def one_to_one(hits: dict[str, list[str]], hangul: dict[str, list[str]]) -> dict[str, str]:
    """The links of Hangul names (without separators, ``sides``) to the Latin names a bridge accepts for them, kept
    where both ends are unique: the Hangul name meets one Latin name, which no other Hangul name meets; each
    spelling of the Hangul name is mapped."""
    targets: dict[str, int] = {}
    for found in hits.values():
        for n in found:
            targets[n] = targets.get(n, 0) + 1
    return {spelling: found[0] for h, found in sorted(hits.items()) if len(found) == 1 and targets[found[0]] == 1
            for spelling in hangul[h]}


def candidate(name: str) -> bool:
    """Whether a name may be one side of a loanword bridge: a Latin name, or a Hangul name of three consonants
    or more. A coarse key for finding which articles may hold one entity (``related_keys``), never for deciding it."""
    if latin_key(name) is not None:
        return True
    key = _SEPARATORS.sub("", name)
    if not any(map(_hangul, key)):
        return False
    return sum(_consonants(c) for c in key) >= 3


def _consonants(c: str) -> int:
    """The consonants a loanword's character spells: a syllable's initial (not the silent ㅇ) and final, a letter."""
    if not _hangul(c):
        return int(c.isascii() and c.isalpha())
    index = ord(c) - _FIRST
    return int(index // 588 != _IEUNG) + int(index % 28 != 0)
