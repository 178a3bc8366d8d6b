"""Numeral grammar: Korean (digits, 만/억/조/경, Sino-Korean, native) and English.

Every reader returns a :class:`Reading`: the exact value plus ``exp``, the
decimal exponent of the last digit the writer actually committed to. The
precision interval is ``value ± 10**exp / 2`` (see :func:`precision_exp`).

Nothing here searches text: callers hand over the exact substring a regex
matched, so the grammar stays testable on its own (``parse_number``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True, slots=True)
class Reading:
    """A number as written: exact ``value`` and the exponent of its stated precision."""

    value: Fraction
    exp: int


# --- digits -----------------------------------------------------------------

DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_DIGITS_RE = re.compile(rf"(?:{DIGITS})\Z")


def read_digits(s: str) -> tuple[Fraction, int, bool] | None:
    """"1,122" → (1122, 0, False); "0.204" → (204/1000, -3, True).

    Returns value, exponent of the last written digit, and whether a decimal
    point was written (written decimal zeros are significant: "4.800").
    """
    if not _DIGITS_RE.match(s):
        return None
    s = s.replace(",", "")
    if "." in s:
        whole, frac = s.split(".")
        return Fraction(int(whole or "0") * 10 ** len(frac) + int(frac), 10 ** len(frac)), -len(frac), True
    return Fraction(int(s)), 0, False


def precision_exp(value: Fraction, last_exp: int, decimal: bool) -> int:
    """The digit position whose half-unit bounds what the writer meant.

    Rule (issue 3): ±half a unit of the last *significant* written digit.
    A written decimal point makes every written digit significant ("4.800",
    "0.204조"). For whole numbers trailing zeros are ambiguous: "2040억" is
    read to tens of 억 (→ [2035억, 2045억)), but "2000억" is not read as
    "somewhere in 1500억–2500억" — that would hide real contradictions
    (3000억 vs 3500억). So we always keep at least two significant figures:
    2000억 → ±50억, 200명 → ±5명, while 3배 stays ±0.5 (one written digit).
    """
    n = value.numerator
    if n == 0 or decimal or value.denominator != 1:
        return last_exp
    n = -n if n < 0 else n
    lead = len(str(n)) - 1
    nz = 0
    while n % 10 == 0:
        n //= 10
        nz += 1
    return min(nz, max(last_exp, lead - 1))


def reading(value: Fraction, last_exp: int, decimal: bool) -> Reading:
    return Reading(value, precision_exp(value, last_exp, decimal))


# --- Korean -------------------------------------------------------------------

SINO_DIGIT: Mapping[str, int] = MappingProxyType(
    {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
)
SMALL_UNIT: Mapping[str, int] = MappingProxyType({"십": 1, "백": 2, "천": 3})
BIG_UNIT: Mapping[str, int] = MappingProxyType({"만": 4, "억": 8, "조": 12, "경": 16})

_KO_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|\s+|.")


def read_korean(s: str) -> Reading | None:
    """Digits and Sino-Korean numerals with 십/백/천 and 만/억/조/경.

    "2억5000만", "23억8천만", "1조6000억", "이십일조 삼백", "3백21", "일점이삼".
    Units must descend within a 만-section and across sections; an invalid
    sequence ("천천", "조만") is not a number and returns None.

    Works on integers scaled by 10**places (exact, and ~5x faster than
    Fraction arithmetic on the hot path of extraction).
    """
    if s.isascii() and s.isdigit():  # the common case: "2019", "200"
        return reading(Fraction(int(s)), 0, False)
    places = 0  # all amounts below are integers in units of 10**-places
    total = 0
    total_exp: int | None = None
    section = 0
    section_exp: int | None = None
    atom: tuple[int, int] | None = None  # scaled value, exponent of its last digit
    decimal = False
    last_small = 99
    last_big = 99
    after_point = False

    for tok in _KO_TOKEN.findall(s):
        if tok.isspace():
            continue
        if after_point:
            if tok in SINO_DIGIT and atom is not None:
                places += 1
                total, section = total * 10, section * 10
                atom = (atom[0] * 10 + SINO_DIGIT[tok], atom[1] - 1)
                continue
            return None
        c = tok[0]
        if c.isdigit() or c == ".":
            if atom is not None:
                return None
            t = tok.replace(",", "")
            if "." in t:
                whole, frac = t.split(".")
                if not frac or not (whole or "0").isdigit() or not frac.isdigit():
                    return None
                k = len(frac)
                if k > places:
                    total, section = total * 10 ** (k - places), section * 10 ** (k - places)
                    places = k
                atom = (int((whole or "0") + frac) * 10 ** (places - k), -k)
                decimal = True
            else:
                if not t.isdigit():
                    return None
                atom = (int(t) * 10**places, 0)
        elif tok in SINO_DIGIT:
            if atom is not None:
                return None
            atom = (SINO_DIGIT[tok] * 10**places, 0)
        elif tok in ("점", "쩜"):
            if atom is None or atom[1] != 0 or places:
                return None
            after_point = True
            decimal = True
            continue
        elif tok in SMALL_UNIT:
            e = SMALL_UNIT[tok]
            if e >= last_small:
                return None
            last_small = e
            coef, ce = atom if atom is not None else (10**places, 0)
            atom = None
            section += coef * 10**e
            section_exp = ce + e if section_exp is None else min(section_exp, ce + e)
        elif tok in BIG_UNIT:
            e = BIG_UNIT[tok]
            if e >= last_big:
                return None
            first_big = last_big == 99
            last_big = e
            if atom is not None:
                section += atom[0]
                section_exp = atom[1] if section_exp is None else min(section_exp, atom[1])
                atom = None
            if section_exp is None:  # bare "만", "억" — only first: "조만" is not a number
                if not first_big:
                    return None
                section, section_exp = 10**places, 0
            total += section * 10**e
            se = section_exp + e
            total_exp = se if total_exp is None else min(total_exp, se)
            section, section_exp, last_small = 0, None, 99
        else:
            return None
        after_point = False
    if after_point and (atom is None or atom[1] == 0):
        return None
    if atom is not None:
        section += atom[0]
        section_exp = atom[1] if section_exp is None else min(section_exp, atom[1])
    if section_exp is not None:
        total += section
        total_exp = section_exp if total_exp is None else min(total_exp, section_exp)
    if total_exp is None:
        return None
    value = Fraction(total, 10**places) if places else Fraction(total)
    return reading(value, total_exp, decimal)


# Native Korean numerals: the attributive forms (한, 두, 세, 네, 스무) occur
# before counters ("세 배", "두 개"); the bare forms (하나, 둘, 셋, 넷, 스물) as nouns.
NATIVE_TENS: Mapping[str, int] = MappingProxyType(
    {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
)
NATIVE_UNITS: Mapping[str, int] = MappingProxyType(
    {
        "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "서": 3, "넷": 4, "네": 4, "넉": 4,
        "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
    }
)
_NATIVE_RE = re.compile(
    "(?P<tens>" + "|".join(NATIVE_TENS) + ")?\\s?(?P<units>" + "|".join(sorted(NATIVE_UNITS, key=len, reverse=True)) + ")?\\Z"
)


def read_native(s: str) -> Reading | None:
    """"스물다섯" → 25, "세" → 3, "스무" → 20 (exact counts: precision ±0.5)."""
    m = _NATIVE_RE.match(s.strip())
    if not m or not (m["tens"] or m["units"]):
        return None
    if m["tens"] == "스무" and m["units"]:
        return None
    v = NATIVE_TENS.get(m["tens"] or "", 0) + NATIVE_UNITS.get(m["units"] or "", 0)
    return Reading(Fraction(v), 0)


# --- English ------------------------------------------------------------------

EN_SMALL: Mapping[str, int] = MappingProxyType(
    {
        "zero": 0, "naught": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    }
)
EN_TENS: Mapping[str, int] = MappingProxyType(
    {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
)
EN_SCALE: Mapping[str, int] = MappingProxyType(
    {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
)
# Suffixes glued to digits in tech and finance news: "175B", "1.6T", "2.5bn", "100K".
EN_SUFFIX: Mapping[str, int] = MappingProxyType(
    {"k": 3, "K": 3, "M": 6, "mn": 6, "mln": 6, "B": 9, "bn": 9, "T": 12, "tn": 12, "trn": 12}
)
EN_WORD = "|".join(sorted([*EN_SMALL, *EN_TENS, *EN_SCALE, "dozen"], key=len, reverse=True))
_EN_SPLIT = re.compile(r"[\s\-]+")


def read_english_words(s: str) -> Reading | None:
    """"one hundred and five" → 105, "two point two million" is not supported.

    "and" is allowed between groups; plurals of scale words ("three billions")
    are accepted. A word order that is not a number ("one two") is None.
    """
    words = [w for w in _EN_SPLIT.split(s.lower().strip()) if w and w != "and"]
    if not words:
        return None
    total = 0
    current: int | None = None
    last = "start"  # what the previous word was: start/small/tens/hundred/scale
    last_exp = 0
    for w in words:
        if w.endswith("s") and w[:-1] in EN_SCALE or w == "dozens":
            w = w[:-1]
        if w in EN_SMALL:
            if last in ("small",) or (last == "tens" and EN_SMALL[w] >= 10):
                return None
            current = (current or 0) + EN_SMALL[w]
            last = "small"
        elif w in EN_TENS:
            if last in ("small", "tens") or (current or 0) % 100:
                return None
            current = (current or 0) + EN_TENS[w]
            last = "tens"
        elif w == "dozen":
            current = (current if current is not None else 1) * 12
            last = "scale"
        elif w in EN_SCALE:
            e = EN_SCALE[w]
            if e == 2:
                if last == "hundred" or current is None and last != "start":
                    return None
                current = (current if current is not None else 1) * 100
                last = "hundred"
            else:
                if current is None and last != "start":
                    return None
                total += (current if current is not None else 1) * 10**e
                current = None
                last = "scale"
                last_exp = e
        else:
            return None
    value = total + (current or 0)
    if current:
        last_exp = 0
    return reading(Fraction(value), last_exp, False)


def read_scaled(digits: str, scale_exp: int) -> Reading | None:
    """"175" × 10⁹ for "175B" / "175 billion"; keeps the written precision."""
    d = read_digits(digits)
    if d is None:
        return None
    return reading(d[0] * 10**scale_exp, d[1] + scale_exp, d[2])
