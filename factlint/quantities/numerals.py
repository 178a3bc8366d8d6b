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
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True, slots=True)
class Reading:
    """A number as written: exact ``value`` and the exponent of its stated precision."""

    value: Fraction
    exp: int


# --- digits -----------------------------------------------------------------

DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
# The longest run of digits a reader converts. Figures are bounded (see extract's docstring: what
# cannot be stored exactly in 64 bits is left unread), so longer runs are refused before any
# conversion: reading stays linear in the length of the input, and Python's limit on int() of
# 4,300 digits is never met.
MAX_DIGITS = 40
_DIGITS_RE = re.compile(rf"(?:{DIGITS})\Z")


def read_digits(s: str) -> tuple[Fraction, int, bool] | None:
    """"1,122" → (1122, 0, False); "0.204" → (204/1000, -3, True).

    Returns value, exponent of the last written digit, and whether a decimal
    point was written (written decimal zeros are significant: "4.800").
    More than ``MAX_DIGITS`` digits: None, without converting anything.
    """
    if len(s) > MAX_DIGITS + MAX_DIGITS // 3 + 1 or not _DIGITS_RE.match(s):
        return None
    s = s.replace(",", "")
    if len(s) - ("." in s) > MAX_DIGITS:
        return None
    if "." in s:
        whole, frac = s.split(".")
        return Fraction(int(whole or "0") * 10 ** len(frac) + int(frac), 10 ** len(frac)), -len(frac), True
    return Fraction(int(s)), 0, False


def precision_exp(value: Fraction, last_exp: int, decimal: bool) -> int:
    """The digit position whose half-unit bounds what the writer meant.

    Rule (issue 3): ±half a unit of the last *significant* written digit,
    and never coarser than the second significant digit.

    * A written decimal point makes every written digit significant
      ("4.800" → ±0.0005, "0.204조" → ±0.0005조, "1.5억" → ±0.05억).
    * Whole numbers: trailing zeros are ambiguous, so a round figure is read
      to its second significant digit whether the zeros are written or come
      from a magnitude word: "2000억" → ±50억, "1억" → ±0.05억 ([0.95억, 1.05억]),
      "1조" → ±0.05조, "175B" → ±0.5B, "$100 million" → ±$5 million, "200명" → ±5.
      Reading "1억" as [0.5억, 1.5억] would make 1억 and 1억5000만 (or 1조 and
      6000억) agree, hiding exactly the contradictions factlint exists to find.
    * A single written digit with no magnitude ("3배", "5%") stays ±0.5.
    * 약/about widen this further (see extract._interval).
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
    return min(nz, lead - 1) if lead else 0


def reading(value: Fraction, last_exp: int, decimal: bool) -> Reading:
    return Reading(value, precision_exp(value, last_exp, decimal))


# --- Korean -------------------------------------------------------------------

SINO_DIGIT: Mapping[str, int] = MappingProxyType(
    {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
)
SMALL_UNIT: Mapping[str, int] = MappingProxyType({"십": 1, "백": 2, "천": 3})
BIG_UNIT: Mapping[str, int] = MappingProxyType({"만": 4, "억": 8, "조": 12, "경": 16})

_KO_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|\s+|.")


@lru_cache(maxsize=1 << 16)  # pure; the same figures (2024, 100, 3만) recur in every article
def read_korean(s: str) -> Reading | None:
    """Digits and Sino-Korean numerals with 십/백/천 and 만/억/조/경.

    "2억5000만", "23억8천만", "1조6000억", "이십일조 삼백", "3백21", "일점이삼",
    "8359억 2,384만 5858", "4억 1천 590만".
    Units must descend within a 만-section and across sections, and every part must fit its
    place: a coefficient of 천/백/십 is one digit but at the head ("322백" is read as 32,200, as
    Recognizers-Text does; "1만 30백" is not a number), digits after 천 stay
    below 1000 ("3천5000" is not 8000), and every 만-section after the first stays below 10,000
    ("5만 12345", "2억 15000만" are not numbers). An invalid sequence ("천천", "조만") returns None.

    The dropped 만 (colloquial, universal in prices and distances): a last section led by a digit
    and 천 right after 억, 조 or 경 is in units of the next magnitude down — "1억 6천km" is
    1억 6천만 km, "3억 5천" 3억 5천만, "2조 3천" 2조 3천억; in digits or Sino-Korean the section
    keeps its face value ("1억 6000", "이십일조 삼백"). The `numeral` check reports the dropped unit.

    Works on integers scaled by 10**places (exact, and ~5x faster than
    Fraction arithmetic on the hot path of extraction).
    """
    if s.isascii():
        if s.isdigit():  # the common case: "2019", "200"
            if len(s) > MAX_DIGITS:
                return None
            n = int(s)
            if n < 10:
                return Reading(Fraction(n), 0)
            nz = len(s) - len(s.rstrip("0"))  # same rule as precision_exp, without a second pass
            return Reading(Fraction(n), min(nz, len(s.lstrip("0")) - 2) if n % 10 == 0 else 0)
        d = read_digits(s)  # "13,544", "3.5"
        if d is not None:
            return reading(*d)
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
    thousand_led = False  # the current section starts with a digit and 천 ("6천"): see the dropped 만
    atom_digit = False  # the atom was written in digits

    for tok in _KO_TOKEN.findall(s):
        if tok.isspace():
            continue
        if after_point:
            if places >= MAX_DIGITS:
                return None
            if tok in SINO_DIGIT and atom is not None:
                places += 1
                total, section = total * 10, section * 10
                atom = (atom[0] * 10 + SINO_DIGIT[tok], atom[1] - 1)
                continue
            return None
        c = tok[0]
        if c.isdecimal() or c == ".":  # not isdigit: "¹" is a digit to Python but no decimal one
            if atom is not None or len(tok) > MAX_DIGITS + MAX_DIGITS // 3 + 1:
                return None
            t = tok.replace(",", "")
            if "." in t:
                whole, frac = t.split(".")
                if not frac or not (whole or "0").isdecimal() or not frac.isdecimal():
                    return None
                k = len(frac)
                if k > places:
                    total, section = total * 10 ** (k - places), section * 10 ** (k - places)
                    places = k
                atom = (int((whole or "0") + frac) * 10 ** (places - k), -k)
                decimal = True
                atom_digit = True
            else:
                if not t.isdecimal():
                    return None
                atom = (int(t) * 10**places, 0)
            atom_digit = True
            if last_small != 99 and atom[0] >= 10**last_small * 10**places:
                return None  # "3백500": digits after 백 must stay below 100
        elif tok in SINO_DIGIT:
            if atom is not None:
                return None
            atom, atom_digit = (SINO_DIGIT[tok] * 10**places, 0), False
        elif tok in ("점", "쩜"):
            if atom is None and section_exp is not None and not places:  # "이백점 칠일" = 200.71
                atom, section, section_exp = (section, 0), 0, None
            if atom is None or atom[1] != 0 or places:
                return None
            after_point = True
            decimal = True
            continue
        elif tok in SMALL_UNIT:
            e = SMALL_UNIT[tok]
            if e >= last_small:
                return None
            if atom is not None and atom[0] >= 10 * 10**places and (total_exp is not None or section_exp is not None):
                return None  # "1만 30백": past the head of the numeral a coefficient of 천/백/십 is one digit
            if last_small == 99 and section_exp is None:
                thousand_led = e == 3 and atom is not None and atom_digit
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
            elif not first_big and section >= 10**4 * 10**places:
                return None  # "2억 15000만": a section after the first is below 10,000
            total += section * 10**e
            se = section_exp + e
            total_exp = se if total_exp is None else min(total_exp, se)
            section, section_exp, last_small, thousand_led = 0, None, 99, False
        else:
            return None
        after_point = False
    if after_point and (atom is None or atom[1] == 0):
        return None
    if atom is not None:
        section += atom[0]
        section_exp = atom[1] if section_exp is None else min(section_exp, atom[1])
    if section_exp is not None:
        if last_big != 99 and section >= 10**4 * 10**places:
            return None  # "5만 12345"
        if thousand_led and 8 <= last_big < 99:  # the dropped 만: "1억 6천" = 1억 6천만
            section, section_exp = section * 10 ** (last_big - 4), section_exp + last_big - 4
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
    {"hundred": 2, "thousand": 3, "lakh": 5, "lac": 5, "lkh": 5, "million": 6, "crore": 7, "krore": 7, "koti": 7,
     "billion": 9, "trillion": 12, "quadrillion": 15}
)
# Suffixes glued to digits in tech and finance news: "175B", "1.6T", "2.5bn", "100K".
EN_SUFFIX: Mapping[str, int] = MappingProxyType(
    {"k": 3, "K": 3, "M": 6, "mn": 6, "mln": 6, "mil": 6, "MM": 6, "B": 9, "b": 9, "bn": 9, "bln": 9, "G": 9,
     "T": 12, "tn": 12, "trn": 12, "tln": 12}
)
# Denominators: "two thirds", "a quarter", "five eighths", "a hundredth", "three twenty-firsts".
# "second" is left out on purpose ("one second" is a duration).
EN_ORDINAL: Mapping[str, int] = MappingProxyType(
    {
        "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
        "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
        "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
    }
)
# Only after a tens word: "twenty-first", "thirty second".
EN_ORDINAL_UNIT: Mapping[str, int] = MappingProxyType({"first": 1, "second": 2})
# Informal counts a careful reader still takes as numbers ("a couple of", "a pair", "a dozen").
EN_COLLECTIVE: Mapping[str, int] = MappingProxyType({"couple": 2, "pair": 2, "dozen": 12})
EN_WORD = "|".join(sorted([*EN_SMALL, *EN_TENS, *EN_SCALE, "dozen"], key=len, reverse=True))
_EN_SPLIT = re.compile(r"[\s\-]+")
_DIGIT_WORD: Mapping[str, str] = MappingProxyType({"oh": "0"})
# Exact values (fractions, "half"): an interval narrower than any written figure.
EXACT_EXP = -30


def _tokens(s: str) -> list[str]:
    words = [w for w in _EN_SPLIT.split(s.lower().strip()) if w]
    while words and words[-1] == "of":  # "a dozen of", "five eighths of"
        words.pop()
    return words


def _plain_int(words: list[str]) -> tuple[int, int] | None:
    """Cardinal number words → (value, exponent of the last stated digit), or None."""
    words = [w for w in words if w != "and"]
    if not words:
        return None
    total = 0
    current: int | None = None
    last = "start"  # what the previous word was: start/article/small/tens/hundred/scale
    last_exp = 0
    for i, w in enumerate(words):
        if w in ("a", "an") and i == 0 and len(words) > 1:
            current, last = 1, "article"  # "a hundred", "a dozen"
            continue
        if w.endswith("s") and (w[:-1] in EN_SCALE or w[:-1] in EN_COLLECTIVE):
            w = w[:-1]
        if w in EN_SMALL:
            if last in ("small", "article") or (last == "tens" and EN_SMALL[w] >= 10):
                return None
            current = (current or 0) + EN_SMALL[w]
            last = "small"
        elif w in EN_TENS:
            if last in ("small", "tens", "article") or (current or 0) % 100:
                return None
            current = (current or 0) + EN_TENS[w]
            last = "tens"
        elif w in EN_COLLECTIVE:
            c = current if current is not None else 1
            # "three hundred and two dozens" = 300 + 24: the collective takes the last group only
            current = c // 100 * 100 + c % 100 * EN_COLLECTIVE[w] if c > 100 and c % 100 else c * EN_COLLECTIVE[w]
            last = "scale"
        elif w in EN_SCALE:
            e = EN_SCALE[w]
            if e == 2:
                if last == "hundred" or current is None and last not in ("start", "article"):
                    return None
                current = (current if current is not None else 1) * 100
                last = "hundred"
            else:
                if current is None and total and total < 10**e:  # "three thousand millions"
                    current, total = total, 0
                if current is None and last != "start":
                    return None
                total += (current if current is not None else 1) * 10**e
                current = None
                last = "scale"
                last_exp = e
        else:
            return None
    if last == "article":
        return None
    value = total + (current or 0)
    if current:
        last_exp = 0
    return value, last_exp


def _int_reading(words: list[str]) -> Reading | None:
    r = _plain_int(words)
    return None if r is None else reading(Fraction(r[0]), r[1], False)


def _ordinal(w: str) -> int | None:
    if w in EN_ORDINAL:
        return EN_ORDINAL[w]
    if w.endswith("s") and w[:-1] in EN_ORDINAL:
        return EN_ORDINAL[w[:-1]]
    if w == "halves":
        return 2
    return None


def _numerator(words: list[str]) -> int | None:
    if not words or words in (["a"], ["an"], ["one"]):
        return 1
    r = _plain_int(words)
    return None if r is None else r[0]


def _fraction(words: list[str]) -> Fraction | None:
    """"two thirds", "a quarter", "one hundred thirty fifths" (100/35), "three twenty-firsts"."""
    if not words:
        return None
    last = words[-1]
    base = last[:-1] if last.endswith("s") else last
    den = _ordinal(last)
    if den is None and base in EN_ORDINAL_UNIT and len(words) >= 2 and words[-2] in EN_TENS:
        den = EN_ORDINAL_UNIT[base]  # "a twenty-first": only as a compound
    if den is None:
        return None
    pre = words[:-1]
    f = _fraction_parts(pre, den, base)
    if f is not None and last == base and (_numerator(pre) or 0) > 1 and base not in ("half", "quarter"):
        return None  # "two millionth" (visitor) is an ordinal; fractions above one are plural
    return f


def _fraction_parts(pre: list[str], den: int, base: str) -> Fraction | None:
    # a tens word joins a unit ordinal when a numerator is left: "twenty twenty fifths" = 20/25
    if den < 10 and len(pre) > 1 and pre[-1] in EN_TENS and pre[-2] != "and":
        num = _numerator(pre[:-1])
        if num is not None:
            return Fraction(num, EN_TENS[pre[-1]] + den)
    if base in EN_ORDINAL_UNIT:
        return None
    num = _numerator(pre)
    if num is not None:
        return Fraction(num, den)
    for k in range(len(pre) - 1, 0, -1):  # "one one hundred fifth" = 1/105
        num, extra = _numerator(pre[:k]), _plain_int(pre[k:])
        if num is not None and extra is not None:
            return Fraction(num, extra[0] + den)
    return None


def _scale_word(w: str) -> int | None:
    if w.endswith("s") and w[:-1] in EN_SCALE:
        w = w[:-1]
    if w in EN_SCALE:
        return int(10 ** EN_SCALE[w])
    if w in EN_COLLECTIVE:
        return EN_COLLECTIVE[w]
    return None


def _point(words: list[str]) -> Reading | None:
    """"two hundred point zero three" (200.03), "nought point eleven" (0.11), "two point two million"."""
    i = words.index("point")
    whole = _plain_int(words[:i]) if i else (0, 0)
    rest = words[i + 1 :]
    mult = 1
    if rest and rest[-1] not in EN_COLLECTIVE and _scale_word(rest[-1]):
        mult = _scale_word(rest[-1]) or 1
        rest = rest[:-1]
    if whole is None or not rest:
        return None
    digits = ""
    j = 0
    while j < len(rest):
        w = rest[j]
        if w in EN_TENS and j + 1 < len(rest) and rest[j + 1] in EN_SMALL and EN_SMALL[rest[j + 1]] < 10:
            digits += str(EN_TENS[w] + EN_SMALL[rest[j + 1]])
            j += 2
            continue
        if w in EN_SMALL:
            digits += str(EN_SMALL[w])
        elif w in EN_TENS:
            digits += str(EN_TENS[w])
        elif w in _DIGIT_WORD:
            digits += _DIGIT_WORD[w]
        else:
            return None
        j += 1
    v = (Fraction(whole[0]) + Fraction(int(digits), 10 ** len(digits))) * mult
    return Reading(v, -len(digits) + len(str(mult)) - 1)


def read_english_words(s: str) -> Reading | None:
    """English number words: "one hundred and five", "two thirds", "one and a half",
    "five and a half million", "two point two million", "half a dozen", "a quarter million".

    "and" is allowed between groups; plurals of scale words ("three billions")
    are accepted. A word order that is not a number ("one two") is None.
    Fractions are exact (precision exponent ``EXACT_EXP``).
    """
    words = _tokens(s)
    if not words:
        return None
    if "point" in words:
        return _point(words)
    if len(words) == 3 and words[0] == "half" and words[1] in ("a", "an"):  # "half a dozen", "half a million"
        m = _scale_word(words[2])
        return Reading(Fraction(m, 2), EXACT_EXP) if m else None
    if "over" in words:
        i = words.index("over")
        num, den = _plain_int(words[:i]), _plain_int(words[i + 1 :])
        if num is None or den is None or not den[0]:
            return None
        return Reading(Fraction(num[0], den[0]), EXACT_EXP)
    plain = _int_reading(words)
    if plain is not None:
        return plain
    # [whole and] fraction [("of a") scale]: "two million and three fifths", "three quarters billion"
    tail = 1
    if len(words) >= 2 and _scale_word(words[-1]) and _ordinal(words[-2]) is not None:
        tail = _scale_word(words[-1]) or 1
        words = words[:-1]
    elif len(words) >= 4 and words[-3:-1] in (["of", "a"], ["of", "an"]) and _scale_word(words[-1]):
        tail = _scale_word(words[-1]) or 1
        words = words[:-3]
    cut = len(words) - 1 - words[::-1].index("and") if "and" in words else -1
    whole: tuple[int, int] | None = (0, 0)
    if cut >= 0:
        whole = _plain_int(words[:cut])
        frac = _fraction(words[cut + 1 :])
    else:
        frac = _fraction(words)
    if frac is None or whole is None:
        return None
    w = whole[0]
    if tail > 1:
        v = Fraction(w) + frac * tail if w >= tail else (w + frac) * tail
    elif whole[1] >= 6:  # "one million and a half" = 1.5 million
        v = w + frac * 10 ** whole[1]
    else:
        v = w + frac
    return Reading(v, EXACT_EXP)


def scaled(r: Reading, e: int) -> Reading:
    """``r`` × 10**e keeping its precision: "2.5" → "2.5bn" ±0.05bn, "5" → "5 million" ±0.05M."""
    v = r.value * 10**e
    if r.exp < 0 or r.value.denominator != 1:
        return Reading(v, r.exp + e)
    return Reading(v, precision_exp(v, r.exp + e, False))


def read_scaled(digits: str, scale_exp: int) -> Reading | None:
    """"175" × 10⁹ for "175B" / "175 billion"; keeps the written precision."""
    d = read_digits(digits)
    if d is None:
        return None
    return reading(d[0] * 10**scale_exp, d[1] + scale_exp, d[2])
