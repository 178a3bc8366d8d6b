"""``parse_number``: one whole string as one number ("2억5000만", "1.6T", "one hundred and five")."""

from __future__ import annotations

import re
from fractions import Fraction

from factlint.quantities.numerals import (
    DIGITS,
    EN_SCALE,
    EN_SUFFIX,
    MAX_DIGITS,
    read_digits,
    read_english_words,
    read_korean,
    read_native,
    read_scaled,
)

_SIGN = re.compile(r"\s*(?:마이너스|마이나스|음수|minus|negative|[-−])\s*", re.IGNORECASE)
# The digits are DIGITS (one way to match a run, so a failed match backtracks linearly; the former
# "[\d,]*\.?\d+" split a run of n digits n² ways: 4.5 s for 8,000 digits).
_SCALED = re.compile(
    rf"(?P<d>{DIGITS})\s*(?:(?P<suf>bn|bln|mn|mln|mil|MM|tn|trn|tln|[kKMBTGb])"
    r"|\s(?P<word>hundred|thousand|million|billion|trillion|quadrillion|lakh|lac|lkh|crore|dozen)s?)\Z",
    re.IGNORECASE,
)
# Whole strings only (never scanned in running text): "single", Indian "cr"/"kr", a number
# with its restatement "forty-five (45)", digits read one group at a time "one twenty two".
_WHOLE_WORDS = {"single": Fraction(1)}
_PAREN = re.compile(r"(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)\Z")
_POINT = re.compile(rf"(?P<w>\d{{1,{MAX_DIGITS}}})?\s*point\s+(?P<f>\d{{1,{MAX_DIGITS}}})\Z", re.IGNORECASE)
_CR = re.compile(r"\b(cr|kr)\b", re.IGNORECASE)
_SPOKEN_GROUPS = re.compile(r"(?P<h>one|two|three|four|five|six|seven|eight|nine)\s+(?P<t>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]\w+)?)\Z", re.IGNORECASE)
_SLASH = re.compile(rf"(\d{{1,{MAX_DIGITS}}})\s*/\s*(\d{{1,{MAX_DIGITS}}})\Z")
_SINO_NATIVE = re.compile(r"([일이삼사오육칠팔구]?십)(하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉)\Z")
_KO_FRACTION = re.compile(r"(.+?)\s*분의\s*(.+)\Z")


def parse_number(s: str) -> Fraction | None:
    """The value of ``s`` read as a single number, or None.

    Accepts Korean digit/magnitude/Sino-Korean/native forms, English digits
    with suffixes or scale words, English number words, "a/b" and "N분의 M".
    Linear in ``len(s)``; a run of more than ``numerals.MAX_DIGITS`` digits is not read (None).
    Never raises: an exception is a bug (tests/quantities/test_fuzz_numbers.py).
    """
    return _parse(s.strip())


def _parse(s: str) -> Fraction | None:
    if not s:
        return None
    m = _SIGN.match(s)
    if m and m.end() < len(s):
        v = _parse_unsigned(s[m.end() :])
        return -v if v is not None else None
    return _parse_unsigned(s)


def _parse_unsigned(s: str) -> Fraction | None:
    s = s.strip()
    d = read_digits(s)
    if d is not None:
        return d[0]
    if s.lower() in _WHOLE_WORDS:
        return _WHOLE_WORDS[s.lower()]
    m = _POINT.match(s)
    if m:  # "1 point 1", "point 77"
        return int(m["w"] or 0) + Fraction(int(m["f"]), 10 ** len(m["f"]))
    m = _PAREN.match(s)
    if m:  # "forty-five (45)": the same number twice
        a, b = _parse(m["a"]), _parse(m["b"])
        return a if a is not None and a == b else None
    m = _SCALED.match(s)
    if m:
        suf = m["suf"]
        e = EN_SUFFIX.get(suf) if suf else None
        if suf and e is None:
            e = EN_SUFFIX.get(suf.lower(), EN_SUFFIX.get(suf.upper()))
        if m["word"] and m["word"].lower() == "dozen":
            d = read_digits(m["d"])
            return d[0] * 12 if d else None
        if e is None and m["word"]:
            e = EN_SCALE[m["word"].lower()]
        r = read_scaled(m["d"], e) if e is not None else None
        if r is not None:
            return r.value
    m = _SPOKEN_GROUPS.match(s)
    if m:  # "one twenty two" = 122
        h, t = read_english_words(m["h"]), read_english_words(m["t"])
        if h is not None and t is not None:
            return h.value * 100 + t.value
    if _CR.search(s):
        return _parse_unsigned(_CR.sub(lambda c: "crore" if c[1].lower() in ("cr", "kr") else c[1], s))
    m = _SLASH.match(s)
    if m and int(m[2]):
        return Fraction(int(m[1]), int(m[2]))
    m = _KO_FRACTION.match(s)
    if m:
        den, num = _parse(m[1]), _parse(m[2])
        if den and num is not None:
            return num / den
        return None
    m = _SINO_NATIVE.match(s)
    if m:  # "십하나": Sino tens, native units
        tens, units = read_korean(m[1]), read_native(m[2])
        if tens is not None and units is not None:
            return tens.value + units.value
    for reader in (read_korean, read_native, read_english_words):
        r = reader(s)
        if r is not None:
            return r.value
    return None
