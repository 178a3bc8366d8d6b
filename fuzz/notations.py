"""Notations of known values, written as careful Korean and English writers write them.

Every generator takes the value and a ``random.Random`` (so a seed replays a case) and returns one
:class:`Notation`: the text, the exact value a reader must find, and the kind and unit an extractor
must give it in a sentence. The same generators drive the short property tests
(``tests/quantities/test_fuzz_numbers.py``, through hypothesis) and the long run (``fuzz/numbers.py``).

What is generated is what the reader's documented grammar reads one way only; forms that Korean or
English readers take another way are left out on purpose (and tested as such elsewhere):

* Korean groups are 만-sections (``12억 6000만 5858``), each written in digits (``2,384``), with
  천/백/십 (``6천2백30``) or in Hangul before a magnitude or ending in a unit (``3억 오천만``,
  ``2만 삼천``: a Hangul digit after digits, "2만 삼천오백이십일", is left out — 이/일/사/오 there
  are as often a copula or the next word, "2만이다", "3천이상"), with or without a space after each
  magnitude (always one before a section led by a bare 천: "3만 천5백"); a section that ends the
  number with Hangul 천 right after 억 or 조 ("1억 6천") is never generated: writers mean 1억 6천만
  by it (the colloquial dropped 만, read so by ``numerals.read_korean``), so 100,006,000 is written
  "1억 6000".
* Pure Sino-Korean numerals (``삼백이십``, ``일억 이천만``) drop 일 before 십/백/천 as writers do.
* English: words (``two hundred and five thousand``), digits with a scale (``1.2 million``,
  ``5bn``, ``3.5B``), money with a prefix (``$5bn``, ``£320m``), negatives (``minus five``, ``-3.5``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction

from factlint.quantities.lexicon import SINO_STOP

SINO = "영일이삼사오육칠팔구"
BIG = ((16, "경"), (12, "조"), (8, "억"), (4, "만"))
SMALL = ((3, "천"), (2, "백"), (1, "십"))


@dataclass(frozen=True)
class Notation:
    text: str
    value: Fraction
    kind: str = "number"
    unit: str | None = None
    family: str = ""
    # A lone Sino-Korean digit ("일", "오", "이") is a word in running text (work, oh, this), and so
    # are a few numerals (백구 "white dog", lexicon.SINO_STOP): read only as a whole string (parse_number).
    in_text: bool = True


def _sections(n: int) -> list[tuple[int, int]]:
    """(exponent, section value) of the 만-sections of ``n``, highest first, zeros dropped."""
    out = []
    for e, _ in BIG:
        if n >= 10**e:
            out.append((e, n // 10**e))
            n %= 10**e
    if n:
        out.append((0, n))
    return out


def _group_digits(m: int, rng: random.Random) -> str:
    return f"{m:,}" if m >= 1000 and rng.random() < 0.4 else str(m)


def _group_units(m: int, rng: random.Random) -> str:
    """A section below 10,000 with 천/백/십: 6230 → "6천2백30", "6천230", "6천 2백30"."""
    out = ""
    rest = m
    for e, word in SMALL:
        d = rest // 10**e
        if d and (out or rng.random() < 0.8):
            coef = "" if d == 1 and rng.random() < 0.3 else str(d)
            sep = " " if out and coef and rng.random() < 0.2 else ""  # "1천7백십억", not "1천 7백 십억"
            out += f"{sep}{coef}{word}"
            rest %= 10**e
        elif out and d == 0:
            continue
        else:
            break
    if not out:
        return _group_digits(m, rng)
    if rest:  # "7천 990명" is written, "7십 3" is not
        out += (" " if out.endswith("천") and rng.random() < 0.2 else "") + str(rest)
    return out


def korean_mixed(n: int, rng: random.Random) -> Notation:
    """Digits with 만/억/조/경 (and 천/백/십 inside sections): 12억 6천만, 8359억 2,384만 5858."""
    if n == 0:
        return Notation("0", Fraction(0), family="korean_mixed")
    parts = []
    hangul = []  # sections written in Hangul: spaced on both sides ("3조 사천억", not "3조사천억": 조사 "survey")
    sections = _sections(n)
    for i, (e, m) in enumerate(sections):
        last = i == len(sections) - 1
        prev = sections[i - 1][0] if i else None
        # the colloquial dropped 만: "1억 6천" is 1억 6천만, so a last units section right after 억/조 is digits
        elliptic = last and e == 0 and prev is not None and prev >= 8
        r = rng.random()
        if elliptic or r < 0.45:
            body = _group_digits(m, rng)
        elif r < 0.9 or (e == 0 and m % 10):
            body = _group_units(m, rng)
        else:  # a section in Hangul before a magnitude or ending in a unit: "3억 오천만", "2만 삼천"
            body = _sino_small(m, rng)
            hangul.append(i)
        if i and e == 0 and body in ("천", "백", "십"):
            body = "1" + body  # "7만 1백": a lone 백 at the end is a word as often ("10만 십대")
        word = dict(BIG).get(e, "")
        if word in ("만", "억") and m == 1 and i == 0 and rng.random() < 0.2:
            body = ""  # "만 2천", "억" alone at the start ("조" alone is "조 단위", not a figure)
        parts.append(body + word)
    # a section led by a bare 천/백/십 after a magnitude is spaced: "3만 천5백", not "3만천5백"
    spaced = {i for h in hangul for i in (h, h + 1)}
    text = "".join(
        p if i == 0 else (" " if p[0] in "천백십" or i in spaced or rng.random() < 0.5 else "") + p
        for i, p in enumerate(parts)
    )
    return Notation(text, Fraction(n), family="korean_mixed", in_text=len(text) > 1)


def korean_money(n: int, rng: random.Random) -> Notation:
    """Korean notations with a currency: "12억 6천만원", "3억 5천만 달러", "5,000원", "1조 2000억 엔"."""
    inner = korean_mixed(n, rng) if n >= 10 else digits(n, 0, rng)
    word, code = rng.choice((("원", "KRW"), ("원", "KRW"), ("달러", "USD"), ("유로", "EUR"), ("엔", "JPY"), ("위안", "CNY")))
    sep = " " if rng.random() < 0.4 else ""
    return Notation(f"{inner.text}{sep}{word}", inner.value, "money", code, family="korean_money")


def _sino_small(m: int, rng: random.Random) -> str:
    out = ""
    for e, word in SMALL:
        d = m // 10**e
        if d:
            out += ("일" if rng.random() < 0.1 else "") + word if d == 1 else SINO[d] + word
        m %= 10**e
    return out + (SINO[m] if m else "")


def sino(n: int, rng: random.Random) -> Notation:
    """Pure Sino-Korean numerals: 삼백이십, 일억 이천만, 이십일조 삼백."""
    if n == 0:
        return Notation("영", Fraction(0), family="sino", in_text=False)
    parts = []
    for i, (e, m) in enumerate(_sections(n)):
        body = _sino_small(m, rng)
        if m == 1 and e and (i or rng.random() < 0.5):
            body = "일" if i else ""  # "만", "일억 만"? — 1 before a magnitude: "일억", "만"
        parts.append(body + dict(BIG).get(e, ""))
    text = "".join(p if i == 0 else (" " if rng.random() < 0.5 else "") + p for i, p in enumerate(parts))
    return Notation(text, Fraction(n), family="sino", in_text=len(text) > 1 and text not in SINO_STOP)


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_SCALES = ((12, "trillion"), (9, "billion"), (6, "million"), (3, "thousand"))


def _below_1000(m: int, rng: random.Random, first: bool) -> list[str]:
    words: list[str] = []
    if m >= 100:
        words += ["a" if m // 100 == 1 and first and rng.random() < 0.2 else ONES[m // 100], "hundred"]
        m %= 100
        if m and rng.random() < 0.6:
            words.append("and")
    if m >= 20:
        joiner = "-" if rng.random() < 0.7 else " "
        words.append(TENS[m // 10] + (f"{joiner}{ONES[m % 10]}" if m % 10 else ""))
    elif m or not words:
        words.append(ONES[m])
    return words


def english_words(n: int, rng: random.Random) -> Notation:
    """"two hundred and five thousand, three hundred": cardinal words up to the trillions."""
    words: list[str] = []
    rest = n
    for e, word in EN_SCALES:
        if rest >= 10**e:
            words += _below_1000(rest // 10**e, rng, not words) + [word]
            rest %= 10**e
    if rest or not words:
        if words and rest < 100 and rng.random() < 0.5:
            words.append("and")
        words += _below_1000(rest, rng, not words)
    return Notation(" ".join(words), Fraction(n), family="english_words")


SCALE_WORDS = {3: ("thousand",), 6: ("million",), 9: ("billion", "bn", "B"), 12: ("trillion", "tn", "T")}
CURRENCIES = (("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("US$", "USD"))


def _decimal(units: int, places: int) -> str:
    s = str(units).rjust(places + 1, "0")
    return s if not places else f"{s[:-places]}.{s[-places:]}"


def english_words_money(n: int, rng: random.Random) -> Notation:
    """Words and a currency word: "two hundred thousand dollars", "twelve million pounds"."""
    word, code = rng.choice((("dollars", "USD"), ("pounds", "GBP"), ("euros", "EUR"), ("yen", "JPY")))
    inner = english_words(n, rng)
    return Notation(f"{inner.text} {word}", inner.value, "money", code, family="english_words_money")


def english_scaled(units: int, places: int, rng: random.Random) -> Notation:
    """Digits and a scale: "1.2 million", "5bn", "3.5B", "2.25 trillion"."""
    e = rng.choice(sorted(SCALE_WORDS))
    word = rng.choice(SCALE_WORDS[e])
    sep = " " if len(word) > 2 or rng.random() < 0.2 and word != "B" and word != "T" else ""
    if word in ("B", "T"):
        sep = ""
    value = Fraction(units, 10**places) * 10**e
    return Notation(f"{_decimal(units, places)}{sep}{word}", value, family="english_scaled")


def english_money(units: int, places: int, rng: random.Random) -> Notation:
    """A currency prefix and a scale: "$5bn", "£320m", "€1.2 billion", "US$4.7bn"."""
    symbol, code = rng.choice(CURRENCIES)
    e, word = rng.choice(((6, "m"), (6, "m"), (6, " million"), (9, "bn"), (9, " billion"), (3, "k"), (0, "")))
    value = Fraction(units, 10**places) * 10**e
    return Notation(f"{symbol}{_decimal(units, places)}{word}", value, "money", code, family="english_money")


def korean_decimal(units: int, places: int, rng: random.Random) -> Notation:
    """A decimal before one magnitude: "1.5억", "3.25조", "0.5만"."""
    e, word = rng.choice(BIG)
    return Notation(f"{_decimal(units, places)}{word}", Fraction(units, 10**places) * 10**e, family="korean_decimal")


def digits(units: int, places: int, rng: random.Random) -> Notation:
    """Plain digits, with thousands commas or not: "1,234,567.25"."""
    whole, frac = divmod(units, 10**places)
    body = f"{whole:,}" if rng.random() < 0.5 else str(whole)
    text = f"{body}.{str(frac).rjust(places, '0')}" if places else body
    return Notation(text, Fraction(units, 10**places), family="digits")


def negative(inner: Notation, rng: random.Random) -> Notation:
    """"minus five", "마이너스 3", "-3.5"."""
    korean = any("가" <= c <= "힣" for c in inner.text)
    english = inner.text[0].isalpha() and inner.text.isascii()
    if korean:
        sign = rng.choice(("마이너스 ", "마이너스"))
    elif english:
        sign = rng.choice(("minus ", "negative "))
    else:
        sign = rng.choice(("-", "minus ", "마이너스 "))
    return Notation(sign + inner.text, -inner.value, inner.kind, inner.unit, "negative_" + inner.family, inner.in_text)


FAMILIES = (
    "korean_mixed", "sino", "korean_money", "english_words", "english_words_money", "english_scaled", "english_money",
    "korean_decimal", "digits", "negative",
)


def generate(family: str, rng: random.Random) -> Notation:
    """One notation of the family, of a value drawn to cover every magnitude the family writes."""
    big = rng.random() < 0.5
    n = rng.randrange(10 ** rng.randint(1, 18 if big else 8))
    units, places = rng.randrange(1, 10 ** rng.randint(1, 4)), rng.randint(0, 3)
    if family == "korean_mixed":
        return korean_mixed(n, rng)
    if family == "sino":
        return sino(n, rng)
    if family == "korean_money":
        return korean_money(n, rng)
    if family == "english_words":
        return english_words(n % 10**15, rng)
    if family == "english_words_money":
        return english_words_money(max(2, n % 10**15), rng)
    if family == "english_scaled":
        return english_scaled(units, places, rng)
    if family == "english_money":
        return english_money(units, places, rng)
    if family == "korean_decimal":
        n = korean_decimal(units, places, rng)
        while n.value >= 8 * 10**18:  # the bound of extract (its docstring): larger figures are not read
            n = korean_decimal(units, places, rng)
        return n
    if family == "digits":
        return digits(rng.randrange(10 ** rng.randint(1, 15)), places, rng)
    inner = generate(rng.choice(("korean_mixed", "sino", "english_words", "digits")), rng)
    return negative(inner, rng)


KO_SENTENCES = ("올해 매출은 {} 수준이다.", "값: {}.", "({})", "총 {} 규모다.")
EN_SENTENCES = ("Sales were {} last year.", "The figure ({}) was revised.", "It reached {}, analysts said.")


def sentence(n: Notation, rng: random.Random) -> tuple[str, int]:
    """``n`` inside a sentence of its language, and the offset where it starts."""
    korean = any("가" <= c <= "힣" for c in n.text) or n.family in ("korean_mixed", "korean_decimal")
    template = rng.choice(KO_SENTENCES if korean else EN_SENTENCES)
    at = template.index("{}")
    return template.format(n.text), at
