"""One entity in two scripts: is a Latin name the Revised Romanization (RR) of a Hangul name?

A Korean article writes "충북청주FC · 골 = 42골", an English one "Chungbuk Cheongju FC · goals = 45";
nothing in either glosses one spelling with the other. This module says when the two names are one:
the Latin name, compared case-, space-, hyphen- and dot-insensitively, spells the Hangul name
syllable by syllable in RR:

* each syllable's initial and vowel as ``anyascii`` writes them (its Hangul table is RR's: 청 "cheong",
  주 "ju", 의 "ui"), an initial ㄹ as "r" or "l";
* a final consonant as RR writes it at a syllable's end (the seven sounds: 북 "buk", 읍 "eup", 밭 "bat",
  ㄹ "l") or as it is carried over before a vowel (anyascii's letters: 북 "bug" in "한국어" Hangugeo);
* Latin letters and digits inside the Hangul name as they are ("충북청주FC" → "chungbukcheongjufc");
* a trailing administrative suffix 시/군/구/도 as "-si/-gun/-gu/-do" or dropped ("청주시" ~ "Cheongju"),
  when two syllables or more remain;
* a trailing common noun of a name (:data:`SUFFIXES`: 중공업, 국제공항, 전자, 시 …) as its RR spelling or as
  its English words ("한결중공업" ~ "Hangyeol Heavy Industries", "김해국제공항" ~ "Gimhae International
  Airport", "청주시" ~ "Cheongju City"; a port or a university also with its head first: "서진항" ~ "Port of
  Seojin"), when the stem before it has two syllables or more and is
  romanized exactly as above: the suffix is a fixed list, the stem is never guessed;
* where a corpus has one stem with two administrative heads (담라도 the province, 담라시 its capital),
  the Latin name without a head ("Damra") is neither, unless its English article glosses it
  ("Damra Island (Korean: 담라도)"): :func:`bridged`.

Not matched, for precision: sound changes across syllables (신라 "Silla", 독립 "Dongnip"), spellings
that are no romanization (박 "Park", 김 "Kim", "Busan IPark" for 부산 아이파크: a brand's English spelling,
declared in a rule pack when wanted; a person's name of the shape "Park Do-hyun" is the one exception,
:func:`person_spells`), a name of one syllable (반, 선: a short Latin word is too often
an English word), and no edit distance. Two Hangul names, or two Latin names, are never bridged here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from anyascii import anyascii

from .heads import HEADS

_FIRST, _LAST = 0xAC00, 0xD7A3
# RR's spelling of each final consonant at a syllable's end (the seven representative sounds), by the
# final's index in a precomposed syllable (1 = ㄱ … 27 = ㅎ); anyascii gives the form carried over
# before a vowel ("g", "d", "b", "s" …), which RR also writes then.
_FINAL_AT_END = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
                 "t", "t", "ng", "t", "t", "k", "t", "p", "t")
_RIEUL = 5  # initial ㄹ: RR "r", "l" after a final ㄹ (anyascii always writes "L")
_ADMINISTRATIVE = frozenset("시군구도")
_SEPARATORS = re.compile(r"[\s\-.·'’]+")
# A name's trailing common noun and its English words in a Latin name (each folded as latin_key
# folds: no spaces): the rows of the one table of generic heads (factlint/heads.py) that binding reads as
# the end of a name. Longer Hangul suffixes first, so that 국제공항 is tried before 공항.
SUFFIXES: dict[str, tuple[str, ...]] = {ko: head.english for ko, head in HEADS.items() if head.in_names}
_SUFFIX_ORDER = sorted(SUFFIXES, key=len, reverse=True)
# The heads English writes before the stem as well, with "of" ("서진항" ~ "Port of Seojin", "한빛대학교" ~
# "University of Hanbit") or without ("서하호" ~ "Lake Seoha"), besides after it ("Seojin Port", "Seoha Lake")
_HEAD_BEFORE = {ko: head.before for ko, head in HEADS.items() if head.in_names and head.before is not None}
# The transliterated heads that only names take: a Hangul word ending in one after a part of two syllables
# or more is a company ("소린모터스", "별빛엔터테인먼트"). Not 바이오 nor 테크, which end common nouns as well
# ("그린바이오", "에듀테크").
LOAN_HEADS = ("모터스", "일렉트로닉스", "엔터테인먼트", "솔루션즈", "바이오로직스", "홀딩스", "케미칼", "모빌리티")
# The heads of the names of companies and clubs, whose part before the head names the company alone ("Sorin"
# for "Sorin Motors", "한빛" for 한빛중공업): :func:`factlint.binding.names.short_forms`. Not the heads of places
# and facilities (시, 공항, 대학교: "Gimhae" is the city, not its airport), nor 바이오/테크.
# Nor 은행 and 항공, whose part before the head is most often a place or a nation ("한국은행", "Busan Bank",
# "Korean Air"): "한국" is the country.
COMPANY_HEADS = ("중공업", "조선", "전자", "화학", "제약", "건설", "자동차", "증권", *LOAN_HEADS)


def _syllable(c: str) -> str:
    """The pattern of one Hangul syllable's RR spellings."""
    index = ord(c) - _FIRST
    final = index % 28
    open_syllable = chr(_FIRST + index - final)
    head = anyascii(open_syllable).lower()
    if index // 588 == _RIEUL:
        head = "[rl]" + re.escape(head[1:])
    else:
        head = re.escape(head)
    if not final:
        return head
    carried = anyascii(c).lower()[len(anyascii(open_syllable)):]
    spellings = sorted({_FINAL_AT_END[final], carried})
    return head + "(?:" + "|".join(map(re.escape, spellings)) + ")"


def _at_end(c: str) -> str:
    """A Hangul syllable in RR with its final as at a syllable's end (북 "buk", 빛 "bit")."""
    final = (ord(c) - _FIRST) % 28
    return anyascii(chr(ord(c) - final)).lower() + _FINAL_AT_END[final]


def _hangul(c: str) -> bool:
    return _FIRST <= ord(c) <= _LAST


@lru_cache(maxsize=4096)
def rr_pattern(name: str) -> re.Pattern[str] | None:
    """The Latin keys (see :func:`latin_key`) that romanize a Hangul name, or None for a name with no
    Hangul, with one syllable only, or with characters other than Hangul, Latin letters and digits."""
    chars = [c for c in _SEPARATORS.sub("", name)]
    syllables = sum(map(_hangul, chars))
    if syllables < 2 or not all(_hangul(c) or (c.isascii() and c.isalnum()) for c in chars):
        return None
    parts = [_syllable(c) if _hangul(c) else re.escape(c.lower()) for c in chars]
    if chars[-1] in _ADMINISTRATIVE and syllables >= 3:
        parts[-1] = f"(?:{parts[-1]})?"  # 청주시 ~ Cheongju, Cheongju-si
    joined = "".join(chars)
    suffix = next((s for s in _SUFFIX_ORDER if joined.endswith(s) and sum(map(_hangul, joined[:-len(s)])) >= 2), None)
    if suffix is not None:  # 한결중공업 ~ Hangyeol Heavy Industries: the stem in RR, the suffix in RR or English
        stem, tail = parts[:-len(suffix)], "".join(parts[-len(suffix):])
        english = "|".join(re.escape(_english_key(e)) for e in SUFFIXES[suffix])
        before = f"|(?:{english}){_HEAD_BEFORE[suffix]}{''.join(stem)}" if suffix in _HEAD_BEFORE else ""
        return re.compile("".join(stem) + f"(?:{tail}|{english})" + before)
    return re.compile("".join(parts))


def _english_key(words: str) -> str:
    return _SEPARATORS.sub("", words).casefold()


def latin_key(name: str) -> str | None:
    """A Latin name folded for comparison (case, spaces, hyphens, dots), or None if it has no Latin
    letter or any Hangul."""
    key = _SEPARATORS.sub("", name).casefold()
    if not key.isascii() or not any(c.isalpha() for c in key) or not key.isalnum():
        return None
    return key


def romanizes(hangul_name: str, latin_name: str) -> bool:
    """Is ``latin_name`` the RR spelling of ``hangul_name``?"""
    pattern, key = rr_pattern(hangul_name), latin_key(latin_name)
    return pattern is not None and key is not None and pattern.fullmatch(key) is not None


def bridged(names: set[str], glosses: Callable[[str], set[str]] | None = None) -> dict[str, str]:
    """For a set of entity names (as claims write them), the Hangul names that romanize exactly one
    Latin spelling of the set (folded: "Chungbuk Cheongju FC" and "chungbuk cheongju F.C." count as one spelling),
    each mapped to that Latin name (the first in sorted order of those with its key).

    A Latin name with no head word that Hangul names of one stem with two administrative heads
    romanize (담라도 the province, 담라시 its capital: both "Damra") is neither, unless ``glosses``
    (the Hangul names the English documents writing the Latin name gloss it with: "Damra Island
    (Korean: 담라도)") names one of them: the English document's own reading. "Damra Province" and
    "Damra City" say their head and go to their own."""
    by_key: dict[str, str] = {}
    for n in sorted(names):
        key = latin_key(n)
        if key is not None:
            by_key.setdefault(key, n)
    out: dict[str, str] = {}
    if not by_key:
        return out
    for n in sorted(names):
        pattern = rr_pattern(n)
        if pattern is None:
            continue
        hits = [latin for key, latin in by_key.items() if pattern.fullmatch(key)]
        if len(hits) == 1:
            out[n] = hits[0]
    by_latin: dict[str, list[str]] = {}
    for n, latin in out.items():
        if _dropped_head(n, latin):
            by_latin.setdefault(latin, []).append(n)
    for latin, headed in by_latin.items():
        if len({n[-1] for n in headed}) < 2:
            continue  # one head ("청주시", and "청주" beside it): one place
        chosen = glosses(latin) if glosses is not None else set()
        for n in headed:
            if n not in chosen:
                del out[n]
    return out


def _dropped_head(hangul: str, latin: str) -> bool:
    """Whether a Hangul name ends in an administrative head that the Latin name leaves out ("담라도" as
    "Damra"; not "Damra Province", "Damrado")."""
    if hangul[-1:] not in _ADMINISTRATIVE:
        return False
    stem, key = rr_pattern(hangul[:-1]), latin_key(latin)
    return stem is not None and key is not None and stem.fullmatch(key) is not None


def glossed(text: str, latin: str) -> set[str]:
    """The Hangul names an English text glosses a Latin name with, in parentheses after it or after
    the name it begins ("Damra Island (Korean: 담라도)", "Haesol (해솔군; Haesol-gun)")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(latin)}(?:\s+[A-Z][a-z]+){{0,2}}\s*\(([^()\n]{{1,80}})\)")
    return {h for m in pattern.finditer(text) for h in _GLOSSED_HANGUL.findall(m.group(1))}


_GLOSSED_HANGUL = re.compile(r"[가-힣]{2,}")


def skeleton(name: str) -> str | None:
    """A coarse key that a Hangul name and the Latin names it romanizes share (voicing of final
    consonants, r/l, s/t and a trailing administrative suffix folded): for finding which articles may
    hold one entity (``related_keys``), never for deciding it."""
    if rr_pattern(name) is not None:
        chars = _SEPARATORS.sub("", name)
        suffix = next((s for s in _SUFFIX_ORDER if chars.endswith(s) and sum(map(_hangul, chars[:-len(s)])) >= 2), "")
        key = "".join(_at_end(c) if _hangul(c) else c.lower() for c in chars[:len(chars) - len(suffix)])
    else:
        found = latin_key(name)
        if found is None:
            return None
        key = found
        english = next((e for e in _LATIN_SUFFIXES if key.endswith(e) and len(key) > len(e) + 2), "")
        key = key[:len(key) - len(english)]
    return _SUFFIX.sub("", key).translate(_FOLD)


# a Latin name's suffix, in English or in RR, that ``skeleton`` drops as it drops the Hangul one
_LATIN_SUFFIXES = sorted({_SEPARATORS.sub("", e) for es in SUFFIXES.values() for e in es}
                         | {"".join(map(_at_end, h)) for h in SUFFIXES}, key=len, reverse=True)
_SUFFIX = re.compile(r"(?<=...)(?:si|gun|gu|do)$")
_FOLD = str.maketrans({"g": "k", "d": "t", "b": "p", "r": "l", "s": "t"})


# --- people's names -----------------------------------------------------------------------------------

# How Korean surnames are customarily spelled in Latin letters, besides RR (which writes 박 "Bak", 김 "Gim", 이 "I"):
# a person's name is the one place where "Park", "Kim", "Lee" are the rule (the National Institute of Korean Language
# lets people keep their spelling). Each surname's spellings, folded as :func:`latin_key` folds.
SURNAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "김": ("kim", "gim"), "이": ("lee", "yi", "rhee", "i", "ri"), "박": ("park", "pak", "bak"), "최": ("choi", "choe"),
    "정": ("jeong", "jung", "chung"), "강": ("kang", "gang"), "조": ("cho", "jo"), "윤": ("yoon", "yun"),
    "장": ("jang", "chang"), "임": ("lim", "im", "lym"), "한": ("han",), "오": ("oh", "o"), "서": ("seo", "suh"),
    "신": ("shin", "sin"), "권": ("kwon", "gwon"), "황": ("hwang",), "안": ("ahn", "an"), "송": ("song",),
    "류": ("ryu", "yoo", "yu"), "유": ("yoo", "yu"), "전": ("jeon", "jun", "chun"), "홍": ("hong",), "고": ("ko", "go"),
    "문": ("moon", "mun"), "양": ("yang",), "손": ("son", "sohn"), "배": ("bae",), "백": ("baek", "paik", "paek"),
    "허": ("heo", "hur", "huh"), "남": ("nam",), "심": ("shim", "sim"), "노": ("noh", "roh", "no"), "하": ("ha",),
    "곽": ("kwak", "gwak"), "성": ("seong", "sung"), "차": ("cha",), "주": ("joo", "ju"), "우": ("woo", "u"),
    "구": ("koo", "gu", "ku"), "민": ("min",), "진": ("jin",), "지": ("ji",), "엄": ("eom", "um"), "채": ("chae",),
    "원": ("won",), "천": ("cheon", "chun"), "방": ("bang",), "공": ("gong", "kong"), "현": ("hyun", "hyeon"),
    "함": ("ham",), "변": ("byun", "byeon"), "염": ("yeom", "yum"), "여": ("yeo",), "추": ("choo", "chu"),
    "도": ("do",), "소": ("so",), "석": ("seok", "suk"), "선": ("sun", "seon"), "설": ("seol", "sul"), "마": ("ma",),
    "길": ("gil", "kil"), "연": ("yeon",), "위": ("wi",), "표": ("pyo",), "명": ("myung", "myeong"), "기": ("ki", "gi"),
    "반": ("ban",), "왕": ("wang",), "금": ("geum", "keum"), "옥": ("ok",), "육": ("yuk",), "인": ("in",),
    "맹": ("maeng",), "제": ("je",), "모": ("mo",), "탁": ("tak",),
}
# A romanised Korean person's name as written: a surname and a hyphenated given name of two syllables ("Park Do-hyun")
_LATIN_PERSON = re.compile(r"([A-Z][a-z]{0,5})\s([A-Z][a-z]{1,5})-([a-z]{1,5})")
# The vowel spellings a given name is written with besides RR's, folded to one: 현 "hyeon"/"hyun", 윤 "yun"/"yoon",
# 우 "u"/"woo", 희 "hui"/"hee", 이 "i"/"ee"; and ㄹ, which anyascii writes "l" where RR writes "r" (람 "ram")
_GIVEN_FOLDS = (("woo", "u"), ("wu", "u"), ("eo", "u"), ("oo", "u"), ("ee", "i"), ("ui", "i"), ("l", "r"))


def _fold_given(spelling: str) -> str:
    for a, b in _GIVEN_FOLDS:
        spelling = spelling.replace(a, b)
    return spelling


def _given_spellings(given: str) -> set[str]:
    """The folded Latin spellings of a two-syllable Hangul given name: each syllable as RR writes it at a syllable's
    end or as anyascii carries its final over."""
    first = {_at_end(given[0]), anyascii(given[0]).lower()}
    second = {_at_end(given[1]), anyascii(given[1]).lower()}
    return {_fold_given(a + b) for a in first for b in second}


def person_spells(hangul_name: str, latin_name: str) -> bool:
    """Is ``latin_name`` a Korean person's name as customarily romanised ("Park Do-hyun", "Kim Seo-yoon") and
    ``hangul_name`` that person (박도현, 김서윤): the surname by its customary spellings (:data:`SURNAME_SPELLINGS`), the
    given name syllable by syllable in RR with the vowel spellings of :data:`_GIVEN_FOLDS` folded. Only a name of that
    shape: three Hangul syllables, a Latin surname and a hyphenated given name of two syllables."""
    person = _LATIN_PERSON.fullmatch(latin_name)
    if person is None or len(hangul_name) != 3 or not all(map(_hangul, hangul_name)):
        return False
    if person.group(1).lower() not in SURNAME_SPELLINGS.get(hangul_name[0], ()):
        return False
    return _fold_given((person.group(2) + person.group(3)).lower()) in _given_spellings(hangul_name[1:])


def person_key(name: str) -> str | None:
    """A coarse key that a Korean person's Hangul name and its romanised spellings share (the folded given name):
    for finding which articles may hold one person, never for deciding it."""
    person = _LATIN_PERSON.fullmatch(name)
    if person is not None:
        return _fold_given((person.group(2) + person.group(3)).lower())
    if len(name) == 3 and all(map(_hangul, name)) and name[0] in SURNAME_SPELLINGS:
        return _fold_given(_at_end(name[1]) + _at_end(name[2]))
    return None


def bridged_people(names: set[str]) -> dict[str, str]:
    """For a set of entity names, the Hangul person names that exactly one romanised person name of the set spells
    (:func:`person_spells`), each mapped to it."""
    latin = sorted(n for n in names if _LATIN_PERSON.fullmatch(n))
    if not latin:
        return {}
    out: dict[str, str] = {}
    for n in sorted(names):
        if len(n) == 3 and all(map(_hangul, n)) and n[0] in SURNAME_SPELLINGS:
            hits = [x for x in latin if person_spells(n, x)]
            if len(hits) == 1:
                out[n] = hits[0]
    return out
