"""Korean particles and endings: the one table the package reads them from.

Korean writes its particles (josa) on the word: 하이퍼클로바는, GPT-3보다, 2040억개의. Three
places need to know them, each for a different job, and each reads its view of the table below:

- binding, after a **name** (``하이퍼클로바는``): which particle follows, to tell a topic from an
  object or a comparison; the first form that matches wins, so longer forms come first;
- the term check, on a **noun** (``초격차를``): the particle is stripped before two spellings are
  compared; the longest form is tried first;
- quantity extraction, after a **numeral** (``이십일조원은``, ``십육입니다``, ``100원짜리``): only
  the first syllable matters there (a numeral word must not run on into another Hangul word).

A form belongs to a view because it occurs in that position in real text, not because it is a
particle in a grammar book: ``측`` (side, "네이버 측은") follows names, ``짜리`` follows numerals.
Predicate endings (연구할, 개발된) are listed apart: the term check never compares two verbs.
"""

from __future__ import annotations

import re
from typing import Literal

Use = Literal["name", "noun", "numeral"]

# (form, the positions it is read in). The order is binding's: a longer form before its prefix.
_TABLE: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (form, frozenset(uses.split()))
    for form, uses in (
        ("에서는", "name noun"), ("으로는", "name noun"), ("이라는", "name noun"), ("이라고", "name noun"),
        ("으로", "name noun numeral"), ("에서", "name noun"), ("에게", "name noun"), ("보다", "name noun numeral"),
        ("처럼", "name noun numeral"), ("까지", "name noun numeral"), ("부터", "name noun numeral"),
        ("라는", "name noun"), ("라고", "name noun"), ("이란", "name noun"), ("와의", "name noun"),
        ("과의", "name noun"), ("이며", "name noun"), ("이고", "name noun"), ("이나", "name noun"),
        ("로서", "name"), ("로써", "name"), ("만큼", "name noun"), ("대비", "name"), ("같은", "name"),
        ("측은", "name"), ("측", "name"),
        ("은", "name noun numeral"), ("는", "name noun numeral"), ("이", "name noun numeral"),
        ("가", "name noun numeral"), ("을", "name noun numeral"), ("를", "name noun numeral"),
        ("의", "name noun numeral"), ("와", "name noun numeral"), ("과", "name noun numeral"),
        ("도", "name noun numeral"), ("만", "name noun numeral"), ("에", "name noun numeral"),
        ("로", "name noun numeral"), ("란", "name noun"), ("급", "name"), ("랑", "name noun numeral"),
        ("다", "name"), ("나", "name noun numeral"), ("엔", "name numeral"),
        # Only on nouns (the term check strips them).
        ("께", "noun"), ("야", "noun numeral"), ("이다", "noun"), ("로는", "noun"), ("로도", "noun"),
        ("에는", "noun"), ("에도", "noun"), ("으로도", "noun"), ("에서도", "noun"), ("이라며", "noun"),
        ("이라면", "noun"), ("에게서", "noun"), ("께서", "noun"), ("한테", "noun"), ("마저", "noun"),
        ("조차", "noun"), ("이었다", "noun"), ("였다", "noun"), ("이죠", "noun"),
        ("에선", "noun"), ("로선", "noun"), ("으로선", "noun"), ("에겐", "noun"),  # 에서는, 로서는, 에게는 said short
        # Only after numerals: distributive, ordinal, approximate, per, copula ("십육입니다"), "짜리".
        ("씩", "numeral"), ("째", "numeral"), ("쯤", "numeral"), ("여", "numeral"), ("서", "numeral"),
        ("당", "numeral"), ("정도", "numeral"), ("밖에", "numeral"), ("뿐", "numeral"), ("간", "numeral"),
        ("차", "numeral"), ("짜리", "numeral"), ("며", "numeral"), ("면", "numeral"), ("고", "numeral"),
        ("입니다", "numeral"),
    )
)


def forms(use: Use) -> tuple[str, ...]:
    """The forms read in one position, in table order."""
    return tuple(form for form, uses in _TABLE if use in uses)


AFTER_NAME: tuple[str, ...] = forms("name")
"""Particles that may follow a name, the first match winning (binding)."""

ON_NOUN: tuple[str, ...] = tuple(sorted(forms("noun"), key=lambda s: (-len(s), s)))
"""Particles stripped from a noun, longest first (the term check)."""

AFTER_NUMERAL_START: frozenset[str] = frozenset(form[0] for form in forms("numeral"))
"""First syllables of what may follow a bare numeral word (quantity extraction)."""

TOPIC: tuple[str, ...] = ("은", "는", "도")
"""Particles that mark what a clause is about (하이퍼클로바는 …)."""

SUBJECT: tuple[str, ...] = ("은", "는", "이", "가", "도")
"""Particles that mark a clause's subject or topic."""

# Endings of verbs and adjectives (연구할, 연계한, 개발된, 진행하는): conjugated forms of two verbs
# are one jamo apart all the time (연구할/연계할 in seed 002), so the term check leaves them alone.
PREDICATE_ENDINGS: tuple[str, ...] = (
    "할", "한", "될", "된", "했", "됐", "던", "하는", "되는", "하며", "하고", "해서", "한다", "된다", "했다", "됐다",
    "하면", "하여", "하지", "있는", "없는", "있다", "없다", "적인", "적으로", "스럽다", "스러운",
    "하", "해", "되", "돼", "하게", "하기", "시킨", "시킬", "이라", "다", "며",
)

# Syllables an ending of a verb or adjective begins with (발행되고 / 발행되거나 / 발행되게 / 발행되며;
# 일어나지 / 일어나자 / 하는지 / 들어서).
ENDING_SYLLABLES: frozenset[str] = frozenset("고거게기지며면서도는던든데다니나냐라려러여야어아은을음자요죠")
# Finals that turn a verb's last syllable into an ending: 온/올/옴 (오다), 한/할/함/합/했 (하다), 렇 (그렇지).
_ENDING_FINALS = frozenset((0, 4, 8, 16, 17, 20, 27))  # ∅ ㄴ ㄹ ㅁ ㅂ ㅆ ㅎ
# How a verb's last stem syllable changes before an ending (치르다 → 치러지/치르지, 되다 → 돼, 주다 → 줘)
# and how two verbs one vowel apart differ (이루기/이르기, 들여서/들어서): medial index pairs.
_STEM_VOWELS = frozenset(
    frozenset((a, b)) for a, b in (
        (18, 4), (18, 0), (13, 14), (8, 9), (20, 6), (11, 10), (0, 4), (13, 18), (4, 6),
    )  # ㅡㅓ ㅡㅏ ㅜㅝ ㅗㅘ ㅣㅕ ㅚㅙ ㅏㅓ ㅜㅡ ㅓㅕ
)
_STEM_INITIALS = frozenset((frozenset((2, 3)),))  # ㄴㄷ: 하는지/하든지


def inflections(a: str, b: str) -> bool:
    """Two forms of verbs or adjectives, not two spellings of a noun; the term check compares nouns.

    Either the words differ only in their last syllable, and both last syllables begin an ending
    (되고/되거나) or they differ only in a final that makes an ending (돌아온/돌아올); or they end in
    the same ending and differ only in the syllable before it, as a verb's stem does (일어나지/
    일어났지, 것이지/것인지, 치르지/치러지, 하는지/하든지, 그러지/그렇지).
    """
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    if a[:-1] == b[:-1]:
        return _ending_pair(a[-1], b[-1])
    if len(a) < 3 or a[-1] != b[-1] or a[-1] not in ENDING_SYLLABLES or a[:-2] != b[:-2]:
        return False
    return _stem_change(a[-2], b[-2])


def _parts(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable) - 0xAC00
    return (code // 588, code % 588 // 28, code % 28) if 0 <= code < 11172 else None


def _ending_pair(x: str, y: str) -> bool:
    if x in ENDING_SYLLABLES and y in ENDING_SYLLABLES:
        return True
    px, py = _parts(x), _parts(y)
    # 나타나(는)/나타난, 나오고/나오곤: a final ending added to the bare stem; at the cost of a noun's
    # dropped final there (스마트포 for 스마트폰), which is taken for a verb form too
    return px is not None and py is not None and px[:2] == py[:2] and px[2] in _ENDING_FINALS and py[2] in _ENDING_FINALS


def _stem_change(x: str, y: str) -> bool:
    px, py = _parts(x), _parts(y)
    if px is None or py is None:
        return False
    changed = [c for c in range(3) if px[c] != py[c]]
    if changed == [2]:
        return px[2] in _ENDING_FINALS and py[2] in _ENDING_FINALS
    if changed == [1]:
        return frozenset((px[1], py[1])) in _STEM_VOWELS
    if changed == [0]:
        return frozenset((px[0], py[0])) in _STEM_INITIALS
    return False


def past_tense(word: str) -> bool:
    """A syllable with the final ㅆ (했, 났, 었, 있): a verb form; no noun is written with one."""
    return any(0 <= ord(c) - 0xAC00 < 11172 and (ord(c) - 0xAC00) % 28 == 20 for c in word)


# Titles written after a person's name in news ("양상훈 주필", "김진태 의원", "최유빈 연구위원"): a
# word followed by one is a name, and two names one jamo apart are two people more often than a typo.
# Not the titles that are also common nouns next to a noun: 시장 (market), 이사 (moving), 검사
# (inspection), 감독 (supervision), 과장 (exaggeration), 대사 (lines), 지사 (branch), 단장 (decoration).
TITLES: frozenset[str] = frozenset(
    "교수 부교수 박사 원장 부원장 의원 대표 대표이사 장관 차관 부장 차장 국장 실장 팀장 전무 상무 "
    "사장 부사장 회장 부회장 소장 센터장 본부장 연구위원 연구원 책임연구원 선임연구원 수석연구원 위원 위원장 "
    "애널리스트 기자 특파원 앵커 총재 주필 논설위원 대통령 총리 총장 학장 코치 선수 대변인 의장 도지사 "
    "군수 구청장 청장 처장 장군 사령관 변호사 판사 검사장 검찰총장 작가 씨 님 여사 당선인 후보 후보자".split()
)


# Nouns of a dimension made from an adjective's stem and the suffix -이 (길다 → 길이, 높다 → 높이): they end like a
# stem and the subject particle 이, and a split leaves 높, 깊, 넓 (no nouns) or 길 (road) where the text measures
# a length ("길이 1.2㎞의 다리", "높이 85m, 길이 410m의 댐", "몸길이 9m"). A compound ending in one (몸길이, 총길이)
# is one too; 나이 (age: 나 + 이 is "I").
DIMENSION_NOUNS: tuple[str, ...] = ("길이", "높이", "깊이", "넓이", "나이")


# Particles have two forms, chosen by the sound before them: 이/가, 은/는, 을/를, 과/와, 으로/로
# (하이퍼클로바가, 엑사원이). A form for a consonant never follows a vowel, so 디스플레이 is a
# noun ending in 이, not 디스플레 with the particle 이.
_AFTER_CONSONANT = ("이", "은", "을", "과", "으")  # first syllables of the forms that follow a final consonant
_AFTER_VOWEL = ("가", "는", "를", "와")


def particle_fits(noun: str, particle: str) -> bool:
    """Whether ``particle`` can follow ``noun`` by the rule of its two forms (any particle after
    a Latin letter or a digit: GPT-3는, 175B를 are read as the letters sound)."""
    code = ord(noun[-1]) - 0xAC00 if noun else -1
    if not 0 <= code < 11172:
        return True
    final = code % 28
    if particle.startswith(_AFTER_CONSONANT):
        return final != 0 and not (particle.startswith("으로") and final == 8)  # ㄹ takes 로: 서울로
    if particle.startswith(_AFTER_VOWEL):
        return final == 0
    if particle.startswith("로"):
        return final in (0, 8)
    return True


# A relative clause of a year and a verb of a thing's coming into being ("2024년 10월 문을 연", "2019년 창단한",
# "2021년 준공된"), the year within a short reach of the verb and no clause boundary between: it describes the noun
# after it (its founding date), it dates none of that noun's figures
INTO_BEING = (r"(?:19|20)\d{2}\s?년[^.,;\n]{0,16}?\s(?:문을\s(?:연|열었던)|(?:개관|개장|개통|준공|완공|설립|창립|창단|창설|출범|"
              r"개교|개항)(?:한|된|했던|됐던|되었던))")
# that clause and the topic or subject it describes ("2024년 10월 문을 연 소리마루홀은 ")
INTO_BEING_TOPIC = re.compile(INTO_BEING + r"\s[가-힣A-Za-z0-9]+(?:은|는|이|가)\s")
