"""Find every quantity in a text: one compiled scanner, then local context.

Three scanners (digits, Hangul, Latin) find number *cores* — digit chains with Korean
magnitudes ("2억5000만"), Sino-Korean words ("이십일조 삼백"), native numerals
before a counter ("세 배"), 수-ranges ("수백억"), English number words — and
things that look numeric but are not quantities (dates "2023.03.14", times,
phone numbers), which it consumes so their digits yield nothing. Each core
is then widened by anchored look-ups around it: a currency or bound word
before ("$", "약", "over"), a scale, a range, a unit/counter and a bound
word after ("억 달러", "배 이상"). Nothing is ever re-found by searching.

Interval rules (see :func:`factlint.quantities.numerals.precision_exp`):
  * exact value ± half a unit of the last significant written digit;
  * 약/about/approximately… widen that by a further 5 % of the value;
  * 이상/over/at least → ``bound="min"``, ``high=None``; 미만/under → ``bound="max"``,
    ``low=None`` (strictness of 초과/미만 is not modelled: the stated value
    stays on the closed side);
  * "80~90%" and "수백억" are ranges: ``value=None``, ``bound="range"``;
    수X means [X, 10X) ("수백억" → [100억, 1000억)); "X여" ("100여 명") means
    [X, X + one unit of its last non-zero digit) → [100, 200).

Kinds: money (ISO code), percent (%/%p), ratio (배, x, times, 절반/half → "x"),
quantity (a pint unit string from :mod:`.units`), count (a counting counter:
개, 명, 대 …) and number (plain numbers and labels: 2021년, 10월, 18일, 1위,
6세대 keep their counter so later checks can read years as dates).
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Literal

from factlint.model import Quantity, Span
from factlint.quantities import lexicon as lx
from factlint.quantities.currency import CURRENCY_PREFIX, CURRENCY_SUFFIX, split_subunit
from factlint.quantities.numerals import (
    DIGITS,
    SINO_DIGIT,
    EN_SCALE,
    EN_SUFFIX,
    EN_WORD,
    Reading,
    read_english_words,
    read_korean,
    read_native,
    read_scaled,
)
from factlint.quantities.units import UNIT_WORDS

Kind = Literal["number", "count", "money", "percent", "ratio", "quantity"]
Bound = Literal["min", "max", "range"] | None

_HANGUL = re.compile(r"[가-힣]")
_SINO_D = "일이삼사오육륙칠팔구"
_UNITS = "십백천만억조경"
_UNIT_SET = frozenset(_UNITS)
_KUNIT = r"(?:[십천억]|백(?!화)|만(?!큼)|조(?![사합건직정치])|경(?![기제찰로영쟁험향주계선]))"
_KATOM = rf"(?:{DIGITS}|[{_SINO_D}](?=[{_UNITS}]))"
_CODES3 = "USD|EUR|GBP|JPY|CNY|KRW|CAD|AUD|CHF|HKD|INR|RMB"

# Each scanner starts with a character class so that ``re`` can skip ahead in C;
# a lookbehind right after the first character checks what precedes it.
_DIGIT_SCAN = re.compile(
    rf"[0-9](?:(?<![A-Za-z0-9_,][0-9])(?<![A-Za-z0-9_,]\.[0-9])(?<![0-9]\.[0-9])|(?<=(?:{_CODES3})[0-9]))"
    # dates, times, versions, phone numbers, IPs: consumed, yield nothing
    r"(?:(?P<skip>[0-9]*(?:[-./:][0-9]+){2,}|[0-9]?:[0-9]{2}(?::[0-9]{2})?)"
    # digits, optionally with Korean magnitudes: 3.5, 1,000조, 2억 5천만, 30만9천381
    rf"|(?P<d>(?:[0-9]{{0,2}}(?:,[0-9]{{3}})+|[0-9]*)(?:\.[0-9]+)?(?:[ ](?=[억조]))?{_KUNIT}*"
    rf"(?:(?<=[{_UNITS}])(?:{_KATOM}{_KUNIT}*|[ ](?:{_KATOM}){_KUNIT}+))*))"
)


def _native_branches() -> str:
    """Native numerals as ``(?<=첫글자)나머지`` branches, grouped by first syllable."""
    tens = ["열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"]
    units = ["하나", "다섯", "여섯", "일곱", "여덟", "아홉", "한", "두", "세", "네", "둘", "셋", "넷"]
    forms = [(t, rf"{re.escape(t[1:])}(?:\s?(?:{'|'.join(units)}))?") for t in tens]
    forms += [(u, re.escape(u[1:])) for u in ["스무", "다섯", "여섯", "일곱", "여덟", "아홉", "한", "두", "세", "네", "석", "넉"]]
    by_first: dict[str, list[str]] = {}
    for word, rest in forms:
        by_first.setdefault(word[0], []).append(rest)
    return "|".join(
        f"(?<={c})(?:{'|'.join(sorted(rests, key=len, reverse=True))})" for c, rests in by_first.items()
    )


_NATIVE_FIRST = "열스서마쉰예일여아다한두세네석넉"
_NATIVE_COUNTER = "|".join(lx.NATIVE_COUNTERS)
_HANGUL_SCAN = re.compile(
    rf"[{_SINO_D}{_UNITS}{_NATIVE_FIRST}수절](?<![가-힣][가-힣])"
    # Sino-Korean words: 이천사백억, 삼십, 이십일조 삼백 (a unit in first or second place)
    # a denominator: 삼분의 일, 백분의 일
    rf"(?:(?P<f>[영공{_SINO_D}{_UNITS}]*(?=[ ]?분의))"
    # Sino-Korean words: 이천사백억, 삼십, 이십일조 삼백, 천 4백만 (a unit in first or second place)
    rf"|(?P<s>(?:(?<=[{_SINO_D}])[{_UNITS}]|(?<=[{_UNITS}]))[영공{_SINO_D}{_UNITS}]*"
    rf"(?:[점쩜][영공{_SINO_D}]+)?"
    rf"(?:[ ]{{1,2}}(?:[{_SINO_D}]?[{_UNITS}][{_SINO_D}{_UNITS}]*|[{_SINO_D}](?![가-힣])|(?:{DIGITS}){_KUNIT}+))*"
    # Sino-Korean decimals: 일점이삼(달러)
    rf"|(?<=[{_SINO_D}])[점쩜][영공{_SINO_D}]+)"
    # 수십, 수백억, 수천억: "several tens/hundreds of …"
    r"|(?<=수)(?P<su>[십백천][만억조]?|[만억조])"
    r"|(?<=절)(?P<h>반)"
    # native numerals, only before a counter: 세 배, 두 개, 스무 살
    rf"|(?P<n>(?:{_native_branches()})(?=\s?(?:{_NATIVE_COUNTER}))))"
)
_LATIN_SCAN = re.compile(r"[A-Za-z]+")
_EN_NUMBER_WORDS = frozenset(w.lower() for w in EN_WORD.split("|")) - {"dozen"}
_EN_CONT = re.compile(rf"(?:[ \-]+(?:and[ ]+)?(?i:{EN_WORD})(?![A-Za-z]))*")


def _candidates(text: str) -> list[tuple[int, int, str, int]]:
    """(start, order, kind, end) of every core, from three fast scanners, in text order."""
    found: list[tuple[int, int, str, int]] = []
    for m in _DIGIT_SCAN.finditer(text):
        found.append((m.start(), 0, m.lastgroup or "d", m.end()))
    for m in _HANGUL_SCAN.finditer(text):
        found.append((m.start(), 1, m.lastgroup or "s", m.end()))
    for m in _LATIN_SCAN.finditer(text):
        w = m.group().lower()
        if w in _EN_NUMBER_WORDS and w not in EN_SCALE:
            cont = _EN_CONT.match(text, m.end())
            found.append((m.start(), 2, "w", cont.end() if cont else m.end()))
        elif w == "half":
            found.append((m.start(), 2, "h", m.end()))
    found.sort()
    return found


_SP = r"[ \u00a0]?"
_SCALE_AFTER = re.compile(
    r"(?:(?P<suf>bn|mn|mln|tn|trn|[kKMBT])(?![A-Za-z])"
    r"|[ \u00a0](?P<word>(?i:hundred|thousand|million|billion|trillion))(?![A-Za-z]))"
)
_SCALE_FIRST = frozenset("bmtkKMBT \u00a0")
_YEO = re.compile(r"여(?=[ ]?[가-힣])")
_RANGE_SEP = re.compile(r"[ ]?(?:[~∼〜～]|(?<=\d)-|[ ]-[ ]|–|—)[ ]?(?:[$€£¥₩](?=\d))?")
_RANGE_FIRST = frozenset("~∼〜～-–— ")
_FRACTION = re.compile(r"[ ]?분의[ ]?")


def _alternation(words: list[str], latin: bool) -> str:
    words = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words)
    return rf"(?:{body})(?![A-Za-z0-9])" if latin else rf"(?:{body})"


def _unit_table() -> dict[str, tuple[Kind, str | None, str | None]]:
    """Every word that may follow a number → (kind, unit, counter). First writer wins."""
    table: dict[str, tuple[Kind, str | None, str | None]] = {}
    for w, code in CURRENCY_SUFFIX.items():
        table[w] = ("money", code, None)
    for w, u in UNIT_WORDS.items():
        table.setdefault(w, ("quantity", u, None))
    for w, p in lx.PERCENT_WORDS.items():
        table[w] = ("percent", p, None)
    for w in lx.RATIO_WORDS:
        table[w] = ("ratio", "x", None)
    for w in lx.COUNT_COUNTERS:
        table.setdefault(w, ("count", None, w))
    for w in lx.LABEL_COUNTERS:
        table.setdefault(w, ("number", None, w))
    return table


def _is_latin(w: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in w)


_UNIT_TABLE = _unit_table()
# Short Latin symbols are case-sensitive ("MB" is not "mb", "M" is not "m");
# longer words are not ("Percent", "Dollars").
_LATIN_FOLD = {w.lower(): w for w in _UNIT_TABLE if _is_latin(w) and len(w) > 3}
_SUFFIX = re.compile(
    _SP
    + "(?P<tok>"
    + _alternation([w for w in _UNIT_TABLE if _is_latin(w) and len(w) <= 3], True)
    + "|(?i:"
    + _alternation([w for w in _UNIT_TABLE if _is_latin(w) and len(w) > 3], True)
    + ")|"
    + _alternation([w for w in _UNIT_TABLE if not _is_latin(w)], False)
    + ")"
)
_KO_BOUND = re.compile(
    r"[ ]?(?:(?:이|가|을|를)[ ]?(?=넘|초과))?(?P<b>" + "|".join(sorted(lx.KO_BOUND_AFTER, key=len, reverse=True)) + ")"
)
_EN_BOUND = re.compile(r"[ ](?P<b>(?i:" + "|".join(lx.EN_BOUND_AFTER) + r"))(?![A-Za-z])")
_BOUND_FIRST = frozenset("이가을를초남하미내아밑정안쯤넘 ")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+|[가-힣]+)[ ]*\Z")
_PREFIX_CUR = re.compile(
    r"(?<![A-Za-z])(" + "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIX, key=len, reverse=True)) + r")[ ]?\Z"
)
_PREFIX_LAST = frozenset(c[-1] for c in CURRENCY_PREFIX)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
_EMAIL_LEFT = re.compile(r"[\w.+-]+\Z")
_EMAIL_RIGHT = re.compile(r"[\w-]+(?:\.[\w-]+)+")

FIVE_PERCENT = Fraction(1, 20)
_ONE = Fraction(1)


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses ("www.kt.com", "qurasoha@hankyung.com") yield nothing."""
    spans = []
    if "www." in text or "://" in text:
        spans = [m.span() for m in _URL.finditer(text)]
    at = text.find("@")
    while at != -1:
        left = _EMAIL_LEFT.search(text, max(0, at - 64), at)
        right = _EMAIL_RIGHT.match(text, at + 1)
        if left and right:
            spans.append((left.start(), right.end()))
        at = text.find("@", at + 1)
    return spans


def _read_core(kind: str, s: str) -> Reading | None:
    if kind == "d":
        return read_korean(s)
    if kind == "f":
        return read_korean(s)
    if kind == "s":
        if s.replace(" ", "") in lx.SINO_STOP:
            return None
        return read_korean(s)
    if kind == "n":
        return read_native(s)
    if kind == "w":
        return read_english_words(s)
    return None


def _scale(text: str, pos: int, r: Reading) -> tuple[Reading, int]:
    """English magnitudes after digits: "175B", "2.5bn", "$100 million"."""
    if pos >= len(text) or text[pos] not in _SCALE_FIRST:
        return r, pos
    m = _SCALE_AFTER.match(text, pos)
    if not m:
        return r, pos
    e = EN_SUFFIX[m["suf"]] if m["suf"] else EN_SCALE[m["word"].lower()]
    return Reading(r.value * 10**e, r.exp + e), m.end()


def _unit(text: str, pos: int) -> tuple[Kind, str | None, str | None, int] | None:
    m = _SUFFIX.match(text, pos)
    if not m:
        return None
    tok = m["tok"]
    entry = _UNIT_TABLE.get(tok) or _UNIT_TABLE.get(_LATIN_FOLD.get(tok.lower(), ""))
    if entry is None:
        return None
    return entry[0], entry[1], entry[2], m.end()


def _boundary_ok(text: str, pos: int) -> bool:
    """After a bare Korean numeral: end, non-Hangul, or a particle ("삼백에", "이십일조원은")."""
    return pos >= len(text) or not _HANGUL.match(text, pos) or text[pos] in lx.PARTICLE_START


def _before(text: str, start: int) -> tuple[str | None, str | None, int]:
    """Currency and bound/approx words written before a number: "한화 약", "over $"."""
    currency = None
    prev = text[start - 1]
    if prev in _PREFIX_LAST or (prev == " " and start > 1 and text[start - 2] in _PREFIX_LAST):
        m = _PREFIX_CUR.search(text, max(0, start - 8), start)
        if m:
            currency = CURRENCY_PREFIX[m[1]]
            start = m.start()
            if start == 0:
                return currency, None, start
            prev = text[start - 1]
    bound = None
    if prev == " " or prev.isalpha():
        m = _WORD_BEFORE.search(text, max(0, start - 16), start)
        if m:
            w = m[1].lower()
            pre = m.start()
            if w in ("than", "least", "most", "to", "of"):
                m2 = _WORD_BEFORE.search(text, max(0, pre - 16), pre)
                if m2:
                    w = m2[1].lower() + " " + w
                    pre = m2.start()
                    if w == "less than" or w == "more than":
                        m3 = _WORD_BEFORE.search(text, max(0, pre - 8), pre)
                        if m3 and m3[1].lower() == "no":
                            w, pre = "no " + w, m3.start()
            if w in lx.BOUND_BEFORE:
                bound, start = lx.BOUND_BEFORE[w], pre
    return currency, bound, start


_SIGN_WORD = re.compile(r"(?:마이너스|마이나스|음수|minus|negative)[ ]?\Z", re.IGNORECASE)


def _sign_before(text: str, start: int) -> tuple[int, bool, None]:
    """"마이너스 5", "음수 일천구백", "minus 3": (new start, negative?)."""
    if start and (text[start - 1] in "스수 " or text[start - 1].isalpha()):
        m = _SIGN_WORD.search(text, max(0, start - 9), start)
        if m:
            return m.start(), True, None
    return start, False, None


def _interval(r: Reading, approx: bool) -> tuple[Fraction, Fraction]:
    """value ± 10**exp / 2, plus 5 % of |value| when approximate; integer arithmetic."""
    p, q = r.value.numerator, r.value.denominator
    a, b = (10**r.exp, 1) if r.exp >= 0 else (1, 10**-r.exp)
    # w = a / (2b) (+ |p| / (20q)); everything over the common denominator 20·b·q
    den = 20 * b * q
    w = 10 * a * q + (b * (p if p >= 0 else -p) if approx else 0)
    c = 20 * b * p
    return Fraction(c - w, den), Fraction(c + w, den)


def _follow(text: str, pos: int) -> tuple[Reading | None, int]:
    """Read a second core at ``pos`` (a range's end, a fraction's numerator)."""
    negative = False
    sm = _SIGN_AT.match(text, pos)
    if sm:
        negative, pos = True, sm.end()
    if pos >= len(text):
        return None, pos
    m = _DIGIT_SCAN.match(text, pos) if text[pos].isdigit() else _HANGUL_SCAN.match(text, pos)
    if not m or m.lastgroup not in ("d", "s"):
        m = _SINO_RUN.match(text, pos)
        if not m:
            return None, pos
    text_m = m.group()
    end = m.end()
    r = _read_core("s" if m.lastgroup != "d" else "d", text_m)
    while r is None and m.lastgroup != "d" and len(text_m) > 1 and text_m[-1] in SINO_DIGIT:
        text_m, end = text_m[:-1], end - 1  # "백분의 일이다": 이 is the copula
        r = _read_core("s", text_m)
    if r is not None and negative:
        r = Reading(-r.value, r.exp)
    if r is None:
        return None, pos
    if m.lastgroup == "d":
        r, end = _scale(text, end, r)
    return r, end


_MIXED = re.compile(rf"[과와][ ](?=[영공{_SINO_D}{_UNITS}0-9]+[ ]?분의)")
_SIGN_AT = re.compile(r"(?:마이너스|마이나스|음수)[ ]?")
_SINO_RUN = re.compile(rf"[영공{_SINO_D}{_UNITS}]+")
_SUBUNIT_AFTER = re.compile(r"[ ]?(?P<n>[0-9]{1,2})[ ]?(?:센트|펜스|cents?|pence)(?![A-Za-z])")


def _glued_to_name(text: str, start: int) -> bool:
    """Digits glued to a Latin name by a hyphen: "GPT-3", "GPT-3.5", "COVID-19"."""
    return start >= 2 and text[start - 1] in "-−" and text[start - 2].isascii() and text[start - 2].isalnum()


def _negative(text: str, start: int) -> bool:
    """"-3.5%" or "(-3)" — a minus that is not a hyphen between words or numbers."""
    return start >= 1 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " \t\n(")


class _Rejected(Exception):
    """Internal: the core is not a quantity (kept out of the hot path's return values)."""


def _build(text: str, group: str, start: int, core_end: int, base: int) -> tuple[Quantity | None, int]:
    """Widen one core into a Quantity by reading its neighbours; None if it is not one."""
    s = text[start:core_end]
    end = core_end
    cstart0 = start
    approx = False
    bound: Bound = None
    reading: Reading | None = None
    su_range: tuple[Fraction, Fraction] | None = None
    if group == "su":
        r = read_korean(s[1:])
        if r is None:
            return None, core_end
        su_range = (r.value, r.value * 10)  # 수백억 = [100억, 1000억)
    elif group == "h":
        reading = Reading(Fraction(1, 2), 0)
    else:
        reading = _read_core(group, s)
        while reading is None and group == "s" and len(s) > 2 and s[-1] in SINO_DIGIT:
            # "이십육이다": the last syllable is the copula, not a digit
            s, core_end = s[:-1], core_end - 1
            reading = _read_core(group, s)
        if reading is None:
            return None, core_end
        end = core_end
    if group == "f":
        fm = _FRACTION.match(text, end)
        num, fend = _follow(text, fm.end()) if fm else (None, end)
        if num is None or not reading.value:  # type: ignore[union-attr]
            return None, core_end
        fr = num.value / reading.value  # type: ignore[union-attr]
        start, _, _ = _sign_before(text, start)
        if start != cstart0:
            fr = -fr
        return Quantity(Span(base + start, base + fend), text[start:fend], "number", fr, fr, fr), fend
    if group == "d":
        if _glued_to_name(text, start):
            return None, core_end
        if start and text[start - 1] == "." and (start == 1 or text[start - 2] in " \t\n("):
            start -= 1  # ".25"
            reading = _read_core("d", "." + s)
            if reading is None:
                return None, core_end
        if _negative(text, start):
            start -= 1
            reading = Reading(-reading.value, reading.exp)  # type: ignore[union-attr]
        if _UNIT_SET.isdisjoint(s):
            reading, end = _scale(text, end, reading)  # type: ignore[arg-type]
    if reading is not None and group in ("d", "s"):
        fm = _FRACTION.match(text, end) if "분" in text[end : end + 2] else None
        if fm and reading.value:
            num, fend = _follow(text, fm.end())
            if num is not None:
                fr = num.value / reading.value
                return Quantity(Span(base + start, base + fend), text[start:fend], "number", fr, fr, fr), fend
    if reading is not None and group in ("d", "s"):
        mixed = _MIXED.match(text, end)
        if mixed:  # "일과 이분의 일", "이십삼과 오분의 삼": a whole and a fraction
            fq, fend = _build(text, "f", mixed.end(), _HANGUL_SCAN.match(text, mixed.end()).end(), base)  # type: ignore[union-attr]
            if fq is not None and fq.value is not None and fq.value > 0:
                v = reading.value + fq.value
                return Quantity(Span(base + start, fq.span.end), text[start : fq.span.end - base], "number", v, v, v), fend
    plus = None
    if reading is not None and group in ("d", "s"):
        ym = _YEO.match(text, end) if text.startswith("여", end) else None
        if ym:
            plus, end = reading, ym.end()
    kind: Kind = "ratio" if group == "h" else "number"
    unit: str | None = "x" if group == "h" else None
    counter: str | None = None
    u = _unit(text, end) if group != "h" else None
    if u is not None:
        kind, unit, counter, end = u
        if kind == "money" and reading is not None and unit in ("USD", "GBP", "EUR", "CAD", "AUD"):
            sub = _SUBUNIT_AFTER.match(text, end)
            if sub:  # "1달러 20센트", "64 dollars 45 cents"
                cents = Fraction(int(sub["n"]), 100)
                reading, end = Reading(reading.value + cents, min(reading.exp, -2)), sub.end()
    second = None
    if reading is not None and group in ("d", "s"):
        rs = _RANGE_SEP.match(text, end) if end < len(text) and text[end] in _RANGE_FIRST else None
        if rs:
            second, end2 = _follow(text, rs.end())
            if second is not None and second.value > reading.value:
                u2 = _unit(text, end2)
                if u2 is None:
                    end = end2
                elif u is None or u2[:3] == u[:3]:
                    kind, unit, counter, end = u2
                else:
                    second = None
            else:
                second = None
    if group == "s" and len(s) == 1 and u is not None:
        # 천 마리, 백 퍼센트, 만원 — but not 조건 (condition) or 조원 (team members)
        spaced = text[core_end] == " "
        if not (u[0] == "percent" or (u[0] == "money" and s in "만천백십") or spaced):
            return None, core_end
    if group in ("s", "n") and u is None and second is None:
        # a bare Korean numeral word must stand alone: "이백과", not "이천시"
        if len(s.replace(" ", "")) < 2 or not _boundary_ok(text, end):
            return None, core_end
    if group == "n":
        if u is None or text[core_end:end].strip() in lx.NATIVE_STOP or s + text[core_end:end] in lx.NATIVE_STOP:
            return None, core_end
        if not _boundary_ok(text, end):
            return None, core_end
    if group == "d" and u is None and start > 0 and end < len(text) and _HANGUL.match(text, start - 1):
        # digits glued inside a Hangul name: "대덕2연구센터"
        if _HANGUL.match(text, end) and text[end] not in lx.PARTICLE_START:
            return None, end
    if start > 0 and group != "h":
        new_start, neg, _ = _sign_before(text, start)
        if neg and reading is not None:
            start, reading = new_start, Reading(-reading.value, reading.exp)
    if start > 0:
        currency, pre_bound, new_start = _before(text, start)
        if currency is not None and kind == "number" and counter is None:
            kind, unit = "money", currency
        if pre_bound == "approx":
            approx = True
        elif pre_bound == "min":
            bound = "min"
        elif pre_bound == "max":
            bound = "max"
        if pre_bound is not None or (currency is not None and unit == currency):
            start = new_start
    if end < len(text) and text[end] in _BOUND_FIRST:
        bm = _KO_BOUND.match(text, end) or _EN_BOUND.match(text, end)
        if bm:
            word = bm["b"].lower()
            b = lx.KO_BOUND_AFTER.get(word) or lx.EN_BOUND_AFTER.get(word)
            if b == "approx":
                approx = True
            elif b == "min":
                bound = "min"
            elif b == "max":
                bound = "max"
            end = bm.end()
            if word == "넘":  # 넘는/넘게/넘어: keep the whole word
                while end < len(text) and _HANGUL.match(text, end):
                    end += 1
    scale = _ONE
    if kind == "money" and unit is not None and unit[-1] == "¢":
        unit, scale = split_subunit(unit)
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    if su_range is not None:
        value, low, high, approx, bound = None, su_range[0] * scale, su_range[1] * scale, True, "range"
    elif second is not None and reading is not None:
        # the endpoints of a written range are its interval: "80~90%" → [80, 90]
        # (approximate ranges keep their endpoints: "20~100개 정도" → [20, 100], approx)
        value, low, high, bound = None, reading.value * scale, second.value * scale, "range"
    else:
        assert reading is not None
        value = reading.value if scale is _ONE else reading.value * scale
        if group == "h":
            low = high = value  # 절반/half is exact
        elif plus is not None:
            # "100여 명": at least 100, below the next step of its last non-zero digit
            low, high, approx = value, (reading.value + Fraction(10) ** _last_nonzero(plus.value)) * scale, True
        else:
            low, high = _interval(reading, approx)
            if scale is not _ONE:
                low, high = low * scale, high * scale
        if bound == "min":
            high = None
        elif bound == "max":
            low = None
    q = Quantity(
        span=Span(base + start, base + end),
        text=text[start:end],
        kind=kind,
        value=value,
        low=low,
        high=high,
        unit=unit,
        approx=approx,
        bound=bound,
        counter=counter,
    )
    return q, end


def _last_nonzero(v: Fraction) -> int:
    n, e = abs(v.numerator), 0
    if v.denominator != 1 or n == 0:
        return 0
    while n % 10 == 0:
        n //= 10
        e += 1
    return e


def extract(text: str, base: int = 0) -> list[Quantity]:
    """All quantities in ``text``, spans offset by ``base``, sorted by start."""
    try:
        return _extract(text, base)
    except Exception:  # noqa: BLE001 - a linter must not die on odd prose
        return []


def _extract(text: str, base: int) -> list[Quantity]:
    out: list[Quantity] = []
    excluded = _excluded_spans(text)
    pos = 0
    for cstart, _, group, cend in _candidates(text):
        if cstart < pos:
            continue
        if group == "skip":
            pos = cend
            continue
        if excluded and any(a <= cstart < b for a, b in excluded):
            pos = next(b for a, b in excluded if a <= cstart < b)
            continue
        try:
            q, end = _build(text, group, cstart, cend, base)
        except Exception:  # noqa: BLE001 - one odd candidate must not cost the others
            continue
        if q is None:
            continue
        if out and out[-1].span.end > q.span.start:
            # a prefix word reached back over the previous quantity: trim it
            q = _trim_start(q, out[-1].span.end, text, base)
        if out and q.bound in ("min", "max") and out[-1].bound in ("min", "max") and out[-1].bound != q.bound:
            merged = _bound_pair(out[-1], q, text, base)
            if merged is not None:
                out[-1] = merged
                pos = end
                continue
        out.append(q)
        pos = end
    return out


_PAIR_GAP = re.compile(r"[ ,]*\Z")


def _bound_pair(a: Quantity, b: Quantity, text: str, base: int) -> Quantity | None:
    """"1000 초과 1500 미만", "50 이하, 20 이상": two facing bounds make one range."""
    if (a.kind, a.unit, a.counter) != (b.kind, b.unit, b.counter) and b.kind != "number":
        return None
    if not _PAIR_GAP.match(text[a.span.end - base : b.span.start - base]):
        return None
    lo, hi = (a, b) if a.bound == "min" else (b, a)
    if lo.value is None or hi.value is None or lo.value >= hi.value:
        return None
    span = a.span.cover(b.span)
    return Quantity(
        span, text[span.start - base : span.end - base], a.kind, None, lo.value, hi.value, a.unit,
        a.approx or b.approx, "range", a.counter,
    )


def _trim_start(q: Quantity, new_start: int, text: str, base: int) -> Quantity:
    a = max(new_start, q.span.start)
    while a < q.span.end and text[a - base].isspace():
        a += 1
    return Quantity(
        Span(a, q.span.end), text[a - base : q.span.end - base], q.kind, q.value, q.low, q.high, q.unit,
        q.approx, q.bound, q.counter,
    )
