"""Calendar and ordinal labels written without a Korean counter (issue 16).

Korean writes a date as labelled numbers ("2010년 3월 26일") and an ordinal with a counter ("3위",
"두 번째"); the extractor reads those as ``kind="number"`` with their counter, and later checks
leave labels out of every sum and claim (``statements.LABEL_COUNTERS``, binding's
``TIME_COUNTERS``). The same labels written otherwise are read here into the same shape, the
counter naming the label whatever the language or notation:

* a date in digits, year first, one separator throughout: "2010-03-26", "2016.11.14.",
  "2016.4.22", "2020/08/01" → 2010 ``년``, 3 ``월``, 26 ``일`` (a calendar date only: "2021-02-30",
  "192.168.1.2", "21-12-27" stay unread, and a time after it, "00:00:00", too);
* an English month name → its number, ``월``: "in January", "October 2004", "31 December 2004"
  (the day and the year written next to it become ``일`` and ``년`` labels). May, March, April,
  June and August are also words and names: they are read only next to a number or after a word
  of time ("in May", "since June", "late March");
* an ordinal → its number, ``번째``: "his first term", "Asia's third largest economy", "the 21st
  century", "제2함대", "제3회"; before "quarter" a quarter, ``분기``: "the fourth quarter",
  "3rd quarter". An English ordinal word is read after a determiner or a possessive ("the", "its",
  "Korea's") or before "quarter"; a fraction stays a fraction ("a third of", "two thirds");
* a half-year → its number, ``반기``: "상반기" 1, "하반기" 2, "the second half (of 2025)", "first-half",
  "H2 2023"; "Q3 2024", "in Q1" → ``분기``; a span of months "October-December", "January to March" →
  one range of months, as "1~3월" is read. ``months_of`` gives any such label's interval of months
  (docs/precision.md, 4a).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from fractions import Fraction

from factlint.model import Quantity, Span

HALF = Fraction(1, 2)

# --- dates in digits --------------------------------------------------------------------------

_DIGIT_DATE = re.compile(r"(?P<y>[0-9]{4})(?P<sep>[-./])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})")


def label(start: int, end: int, text: str, value: int | Fraction, counter: str, base: int) -> Quantity:
    """A label as the extractor reads "2010년" (a year: exact) or "3월" (± half a unit)."""
    v = Fraction(value)
    exact = counter == "년"
    return Quantity(Span(base + start, base + end), text[start:end], "number", v, v if exact else v - HALF,
                    v if exact else v + HALF, counter=counter)


def digit_date(text: str, start: int, end: int, base: int) -> list[Quantity]:
    """Year, month and day labels of a calendar date written in digits at ``start``–``end``."""
    m = _DIGIT_DATE.fullmatch(text, start, end)
    if m is None:
        return []
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not 1000 <= y <= 2999:
        return []
    try:
        dt.date(y, mo, d)
    except ValueError:
        return []
    return [label(m.start(g), m.end(g), text, v, c, base) for g, v, c in (("y", y, "년"), ("m", mo, "월"), ("d", d, "일"))]


# --- English month names ----------------------------------------------------------------------

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
MONTHS = {name: i for i, name in enumerate(_MONTH_NAMES, 1)}
# Words and first names as well as months: read only next to a number or after a word of time.
_AMBIGUOUS = frozenset({"March", "April", "May", "June", "August"})


def _led(words: list[str] | tuple[str, ...], before: str) -> str:
    """``words`` as a regex led by a character class of their first letters, so that ``re`` skips
    ahead in C: ``[JF…](?<!x[JF…])(?:(?<=J)(?:anuary|une|uly)|(?<=F)ebruary|…)``; ``before`` is
    what may not precede the word."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    firsts = "".join(sorted(by_first))
    rests = "|".join(
        f"(?<={c})(?:{'|'.join(sorted(r, key=len, reverse=True))})" for c, r in sorted(by_first.items())
    )
    return rf"[{firsts}](?<!{before}[{firsts}])(?:{rests})"


MONTH_SCAN = re.compile(_led(_MONTH_NAMES, "[A-Za-z]") + r"(?![A-Za-z])")
_TIME_WORD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:in|since|by|until|till|from|to|through|during|before|after|early|late|mid|last|next|this|of"
    r"|between|and|on|end|start|beginning|since)[ \-]\Z"
)
_NUMBER_NEXT = re.compile(r"[ ]?[0-9]")
_NUMBER_BEFORE = re.compile(r"[0-9](?:st|nd|rd|th)?[ ]\Z")


def month(text: str, start: int, end: int, base: int) -> Quantity | None:
    """The month label of an English month name at ``start``–``end``, or None for the word."""
    name = text[start:end]
    if name in _AMBIGUOUS and not (
        _NUMBER_NEXT.match(text, end) or _NUMBER_BEFORE.search(text, max(0, start - 6), start)
        or _TIME_WORD_BEFORE.search(text, max(0, start - 10), start)
    ):
        return None
    return label(start, end, text, MONTHS[name], "월", base)


# --- ordinals ---------------------------------------------------------------------------------

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
# "first" … "hundredth" and "twenty-first" … "ninety-ninth", as one character-class-led regex
ORDINAL_SCAN = re.compile(
    _led([*(f"{t}-{u}" for t in _TENS for u in _UNIT_ORDINALS), *_ORDINAL_WORDS], "[A-Za-z\\-]") + r"(?![A-Za-z])"
)
# What an ordinal word follows: a determiner or a possessive ("the first", "its third", "Korea's seventh").
_DETERMINER_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:the|its|his|her|their|our|my|your|whose|this|that|every|each|a|an)|[A-Za-z0-9]['’]s?)[ ]\Z"
)
# … or a verb of ranking, or the rank's own place ("finished sixth", "ranked fourth", "fifth-placed
# Bucheon", "fourth in the league's chart"); never after a number ("one second in the queue").
_RANK_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:finish(?:ed|es|ing)?|placed|ranked|rank(?:s|ing)?|came|comes|coming|end(?:ed|s|ing)?)[ ]\Z"
)
# A copula too, with the rank as its predicate ("was second in 2:08:50", "is fifth on the list"): the rank
# closes the predicate, a preposition or a stop after it. Before a participle or a verb the word is an
# adverb of time ("was first detected in 2019", "were first reported", "was first to arrive").
_COPULA_BEFORE = re.compile(r"(?<![A-Za-z])(?:was|were|is|are)[ ]\Z")
_PREDICATE_END = re.compile(r"[,.;:!?)]|\Z|[ ](?:in|on|at|among|behind|with|overall|of)(?![A-Za-z])")
_RANK_AFTER = re.compile(r"-placed(?![A-Za-z])|[ ]place(?![A-Za-z])|[ ]in[ ](?:the|its|their|his|her)[ ]")
_AMOUNT_BEFORE = re.compile(r"(?:[0-9]|(?<![A-Za-z])(?i:one|a|an))[ ]\Z")
_QUARTER_AFTER = re.compile(r"[ \-]quarter(?![A-Za-z])")
# "the second half of 2026", "first-half profit": a half-year (not "a half", "half of the seats")
_HALF_AFTER = re.compile(r"[ \-]half(?![A-Za-z])")
_CENTURY_AFTER = re.compile(r"[ \-]century(?![A-Za-z])")
# After "a": a noun makes the word an ordinal ("a third term"); anything else leaves a fraction
# ("a third of", "by a third last year") or a second of time ("a second later").
_NOUN_AFTER = re.compile(r"[ ](?P<w>[a-z]+)(?![A-Za-z])")
_NOT_HEAD = frozenset(
    "of more less fewer in on at by to from and or but than as over under after before since last this next "
    "later ago earlier longer the a an".split()
)


# Compounds in which the ordinal is part of a word, not a rank: "a first class seat", "first aid",
# "second-hand", "a third party", "the Third World".
_LEXICAL_AFTER = re.compile(
    r"[ \-](?:class|aid|lady|name|names|person|hand|handed|nature|thoughts|rate|party|parties|world|fiddle|cousin)(?![A-Za-z])"
)


def _half(text: str, end: int, word: str) -> re.Match[str] | None:
    """"half" after "first" or "second": the half-year (or a match's half: a label either way)."""
    return _HALF_AFTER.match(text, end) if word.lower() in ("first", "second") else None


def _ordinal_value(word: str) -> int:
    tens, _, unit = word.partition("-")
    return _TENS[tens] + _UNIT_ORDINALS.index(unit) + 1 if unit else _ORDINAL_WORDS[word]


def heads_noun(text: str, end: int) -> bool:
    """The ordinal word ending at ``end`` heads a noun ("a third term", "a second time")."""
    after = _NOUN_AFTER.match(text, end)
    return after is not None and after["w"] not in _NOT_HEAD


def ordinal_word(text: str, m: re.Match[str], base: int) -> Quantity | None:
    """The label of an English ordinal word, or None where it is no ordinal here."""
    start, end = m.start(), m.end()
    quarter = _QUARTER_AFTER.match(text, end) or _half(text, end, m.group())
    if _LEXICAL_AFTER.match(text, end):
        return None
    if quarter is None and not _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        ranked = _RANK_BEFORE.search(text, max(0, start - 10), start) or _RANK_AFTER.match(text, end) \
            or _COPULA_BEFORE.search(text, max(0, start - 5), start) and _PREDICATE_END.match(text, end)
        if not ranked or _AMOUNT_BEFORE.search(text, max(0, start - 4), start):
            return None
    article = text[max(0, start - 2) : start] in ("a ", "A ") or text[max(0, start - 3) : start] in ("an ", "An ")
    if quarter is None and article and not heads_noun(text, end):
        return None  # "a second", "by a third last year": a fraction or a second of time
    return ordinal(start, end, text, _ordinal_value(m.group()), base)


def ordinal(start: int, end: int, text: str, value: int, base: int) -> Quantity:
    """An ordinal label: ``분기`` before "quarter" (the span takes the word), ``세기`` before
    "century", else ``번째``."""
    quarter = _QUARTER_AFTER.match(text, end)
    if quarter is not None:
        return label(start, quarter.end(), text, value, "분기", base)
    half = _half(text, end, text[start:end])
    if half is not None:
        return label(start, half.end(), text, value, "반기", base)
    century = _CENTURY_AFTER.match(text, end)
    if century is not None:
        return label(start, century.end(), text, value, "세기", base)
    return label(start, end, text, value, "번째", base)


# --- decades in words -------------------------------------------------------------------------

_DECADES = {"thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970, "eighties": 1980,
            "nineties": 1990}
# "in the seventies", "the late eighties" (never "in their seventies", an age; "the twenties" is 1920s
# or 2020s, so it is left alone).
DECADE_SCAN = re.compile(r"(?<=the[ ])(?:(?:early|late|mid)[ -])?(?P<w>" + "|".join(_DECADES) + r")(?![A-Za-z])")


def decade(m: re.Match[str], text: str, base: int) -> Quantity:
    """"the seventies": the decade 1970–1979, read as "the 1970s" is."""
    v = Fraction(_DECADES[m["w"]])
    return Quantity(Span(base + m.start("w"), base + m.end("w")), m["w"], "number", v, v, v + 9)


# --- the day and year written with a month ------------------------------------------------------

_DAY_GAP = re.compile(r"[ ]?(?:of[ ])?\Z")
_YEAR_GAP = re.compile(r",?[ ]\Z")


def calendar(out: list[Quantity], text: str, base: int) -> None:
    """"31 December 2004", "March 3, 2005", "May 4th": the day and the year written with a month
    label become ``일`` and ``년`` labels (in place)."""
    for i, q in enumerate(out):
        if q.counter != "월" or q.text not in MONTHS:
            continue
        if i > 0 and _day_like(out[i - 1]) and _DAY_GAP.match(text[out[i - 1].span.end - base : q.span.start - base]):
            out[i - 1] = _relabel(out[i - 1], "일")
        j = i + 1
        if j < len(out) and _day_like(out[j]) and text[q.span.end - base : out[j].span.start - base] == " ":
            out[j] = _relabel(out[j], "일")
            j += 1
        if j < len(out) and _year_like(out[j]) and _YEAR_GAP.match(text[out[j - 1].span.end - base : out[j].span.start - base]):
            out[j] = _relabel(out[j], "년")


def _day_like(q: Quantity) -> bool:
    v = q.value
    return (q.kind == "number" and q.unit is None and q.counter in (None, "번째") and v is not None
            and v.denominator == 1 and 1 <= v <= 31)


def _year_like(q: Quantity) -> bool:
    v = q.value
    return (q.kind == "number" and q.unit is None and q.counter is None and v is not None
            and v.denominator == 1 and 1000 <= v <= 2999 and len(q.text) == 4)


def _relabel(q: Quantity, counter: str) -> Quantity:
    assert q.value is not None
    return dataclasses.replace(label(0, 0, "", q.value, counter, 0), span=q.span, text=q.text)


# --- periods as intervals of months -------------------------------------------------------------

_MONTHS_PER = {"월": 1, "분기": 3, "반기": 6}


def months_of(q: Quantity) -> tuple[int, int] | None:
    """The first and last month of a period label: "7월" (7, 7), "3분기" (7, 9), "하반기" (7, 12),
    "1~3월" (1, 3); None for any other figure. A quarter and a half-year are intervals of months, so
    a claim's period can compare "3분기" with "July-September" and both with "하반기"."""
    n = _MONTHS_PER.get(q.counter or "")
    if n is None or q.kind != "number":
        return None
    low, high = (q.value, q.value) if q.value is not None else (q.low, q.high)
    if low is None or high is None or low.denominator != 1 or high.denominator != 1 or not 1 <= low <= high <= 12 // n:
        return None
    return int(low) * n - n + 1, int(high) * n


# --- half-years and quarters written without a number -------------------------------------------

# 상반기/하반기 (the first/second half-year): a word of its own, or after 올/년/해 ("올 상반기", "2025년 하반기")
KO_HALF_SCAN = re.compile(r"(?:(?<![가-힣])|(?<=[올년해]))(?P<h>[상하])반기")
# "Q3", "H2": only with a year after ("Q3 2024", "H2 2023") or a word of time before ("in Q1",
# "during H1."); a half H must then end its phrase ("in H2 production" is hydrogen). "Audi Q3" is a car.
EN_PERIOD_SCAN = re.compile(r"(?<![A-Za-z0-9\-])(?:Q(?P<q>[1-4])|H(?P<h>[12]))(?![A-Za-z0-9\-])")
_YEAR_NEXT = re.compile(r"[ ](?:19|20)[0-9]{2}(?![0-9])")
_PHRASE_END = re.compile(r"[ ]*(?:[,.;:)]|\Z)")


def ko_half(m: re.Match[str], text: str, base: int) -> Quantity:
    """"상반기" 1 ``반기``, "하반기" 2 ``반기``."""
    return label(m.start(), m.end(), text, 1 if m["h"] == "상" else 2, "반기", base)


def en_period(m: re.Match[str], text: str, base: int) -> Quantity | None:
    """"Q3 2024" 3 ``분기``, "in H2" 2 ``반기``; None where the letters are a name or a formula."""
    year = _YEAR_NEXT.match(text, m.end()) is not None
    timed = _TIME_WORD_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None
    if m["q"]:
        return label(m.start(), m.end(), text, int(m["q"]), "분기", base) if year or timed else None
    if year or (timed and _PHRASE_END.match(text, m.end())):
        return label(m.start(), m.end(), text, int(m["h"]), "반기", base)
    return None


# --- a span of months --------------------------------------------------------------------------

_MONTH_SPAN_GAP = re.compile(r"[-–—]|[ ](?:to|through|until)[ ]")


def month_spans(out: list[Quantity], text: str, base: int) -> list[Quantity]:
    """"October-December", "January to March": one range of months, as "1~3월" is read (never
    "October and December", two months)."""
    merged: list[Quantity] = []
    for q in out:
        prev = merged[-1] if merged else None
        if (prev is not None and q.counter == "월" and prev.counter == "월" and q.text in MONTHS
                and prev.text in MONTHS and prev.value is not None and q.value is not None and prev.value < q.value
                and _MONTH_SPAN_GAP.fullmatch(text[prev.span.end - base : q.span.start - base])):
            span = prev.span.cover(q.span)
            merged[-1] = dataclasses.replace(prev, span=span, text=text[span.start - base : span.end - base], value=None,
                                             low=prev.value, high=q.value, bound="range")
            continue
        merged.append(q)
    return merged
