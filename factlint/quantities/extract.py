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
  * exact value ± half a unit of the last significant written digit, never coarser than
    the second significant digit ("1억" → [0.95억, 1.05억], "2000억" → ±50억);
  * fractions ("2/3", "삼분의 일", "¾") are exact;
  * 약/about/approximately… widen that by a further 5 % of the value (a percentage by 2 points, or a
    tenth of itself below 20%: "about 80%" is 77.5–82.5%);
  * 이상/over/at least → ``bound="min"``, ``high=None``; 미만/under → ``bound="max"``,
    ``low=None`` (strictness of 초과/미만 is not modelled: the stated value
    stays on the closed side);
  * "80~90%", "between 20 and 30", "from 2 to 7 g", "20과 30 사이", "20부터 100까지",
    "100보다 크고 300보다 작다" and "수백억" are ranges: ``value=None``, ``bound="range"``
    (a change is not: "rose from 10 to 20", "10조에서 20조로" keep both values);
  * comparisons are bounds: "10보다 크다", "200 혹은 그 이상", "less than or equal to 30", "x>10";
    수X means two to nine X ("수백억" → [200억, 900억], "수십 년" → [20, 90] years: 수- is "a few,
    several", as the gold labels of issue 16 read it); "X여" ("100여 명", "12억 6천여만원",
    "40여m", "3년여") means [X, X + one unit of its last non-zero digit) → [100, 200); a level
    "800억대", "3만원대", "30만 명대", "20%대" is [X, X + that unit] ("7.5%대": [7.5, 7.6]);
  * a score ("beat Bucheon 2-1", "a 2-2 draw", "2-1로 꺾었다", "3-2 역전승") is no figure: nothing of it
    is read (``_scores``: a verb of the result before it, a result noun or 로 + a verb of the result
    after it);
  * a year names one year, exactly: "2010년", "'22년", "in 2010" → [2010, 2010] (not the rounding
    of "2010", 2005–2015); a decade is its ten years: "1830년대", "the 1990s" → [1830, 1839];
    an age decade "20대" is the range [20, 29] years.

Bounds: every number of a figure (value, both ends of its interval) is a fraction whose numerator
and denominator stay below 2**63 (about 9.2 × 10**18) in magnitude — what the cache stores exactly
(``factlint/codec.py``) and what checks can recompute without huge intermediates.
  * A figure of magnitude 2**63 or more ("1e999개", a run of 309 digits, "10^23 FLOPs", "수천경")
    is left unread as a whole, and nothing inside its span is read either: reading it in part would
    invent a smaller figure, and no article states anything it could be compared with here.
  * A finer figure ("1.1^23" = 8.9543…, exactly 11²³/10²³) keeps 18 significant digits: its value
    is rounded to the nearest, its interval widened outward so that it still holds the exact value.
The numeral readers refuse digit runs longer than ``numerals.MAX_DIGITS`` before converting them,
so reading stays linear in the length of the text.

Kinds: money (ISO code), percent (%/%p), ratio (배, x, times, 절반/half, twice → "x"),
quantity (a pint unit string from :mod:`.units`, durations included: "7년" is a year, "23분" a
minute, see :mod:`.timewords`), count (a counting counter: 개, 명, 대 …, or a counted noun:
"146,000 jobs", "두 도시") and number (plain numbers and labels: 2021년, 10월, 18일, 17시 29분,
1위, 1단, 6세대 keep their counter so later checks can read years as dates).

Labels written without a Korean counter are read as the Korean spelling would be (``labels.py``):
a date in digits ("2010-03-26", "2016.11.14.") as its 년, 월 and 일; an English month ("in
January", "31 December 2004") as 월, with the day and year beside it; ordinals ("his first term",
"the 21st century", "the fourth quarter", "제2함대") as 번째, 세기 or 분기; "the seventies" as
the decade 1970–1979. Words around a figure say what it measures when its own do not: "77억원에서
152억으로" (the unit written once), "878억을 들여" (won left off a large amount spent), "시속
100km", "104㎜ an hour" (rates in time), "비용의 10분의 1 수준" (a multiple), "2960 x 1440 해상도"
(pixels), "100×100 픽셀" (a square: one figure), "LLaMA-13B", "GPT-3(175B)" (a model size:
a count of parameters), "50,000 people …, with about 7,000 in the UK" (a noun written once),
"10 of the 80-odd resorts", "six Airbus A321 aircraft", "six 174,000-cubic-metre LNG carriers" (counted nouns), "one in five", "10명 중
1명", "셋 중 한 명" (a part of a small whole: 1/5, 1/10, 1/3), "1시간 30분", "3년 6개월" (a duration
and the next smaller unit: one duration, 90 minutes, 42 months), "이틀", "열흘", "일주일" (days
counted in one word, see timewords), "40C", "104F" (a scale letter glued to digits, in a sentence
about heat or cold), "aged 65 or over", "in their 20s", "in their 70s and 80s" (English ages, years),
"35 to 40 heatwave days", "10 working days" (a word before a time unit), "a 174,000-cubic-metre
carrier" (a unit of two words hyphened), "the death toll at 27", "Attendance rose 18% to 412,000" (a tally's noun: a
count), "three strains this season" (the plural right after the number, not an adjective of "this"), "0.4 km³",
"2.5 mm²" (a length symbol with a superscript power, units.py), "six times in a row",
"twice a day" (how often: a count of times, not a multiple), "10a당" (ares before 당), "15.3 million
passengers in 2025 and about 15.7 million in 2019" (a parallel pair: the noun written once).

Not figures: times of day in digits ("12:30", "16:00", "at 14:30:05"; but a time taken "won in 2:08:14" is
seconds, see timewords.clock_duration), digit runs that are no calendar date
("192.168.1.2", "21-12-27", "2021-02-30"), versions glued to a name ("GPT-3", "COVID-19"; but
model sizes "LLaMA-13B" are), footnote markers ("했다.[1]"), a plain-text list's numbers ("1. " opening
a line), "one" hyphened to a word ("a one-way trip", "one-off"), URLs and e-mail addresses, a model's number
before a word of percent when the text writes the name with its number again ("'노바 7 프로'" after "'노바 7'").
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
import unicodedata
from fractions import Fraction
from typing import Literal

from factlint import korean
from factlint.model import Quantity, Span
from factlint.quantities import labels
from factlint.quantities import lexicon as lx
from factlint.quantities import timewords as tw
from factlint.quantities.currency import COIN_WORDS, CURRENCY_PREFIX, CURRENCY_SUFFIX, MILLION_CODES, split_subunit
from factlint.quantities.numerals import (
    DIGITS,
    SINO_DIGIT,
    EN_SCALE,
    EN_SUFFIX,
    EN_WORD,
    EN_COLLECTIVE,
    EN_SMALL,
    EN_TENS,
    EN_ORDINAL,
    EXACT_EXP,
    Reading,
    read_digits,
    read_english_words,
    reading,
    scaled,
    read_korean,
    read_native,
    read_scaled,
)
from factlint.quantities.units import UNIT_WORDS

Kind = Literal["number", "count", "money", "percent", "ratio", "quantity", "date"]
Bound = Literal["min", "max", "range"] | None

_HANGUL = re.compile(r"[가-힣]")
_SINO_D = "일이삼사오육륙칠팔구"
_UNITS = "십백천만억조경"
_UNIT_SET = frozenset(_UNITS)
# A magnitude syllable that starts an ordinary word is not a magnitude: 조회 "views", 조사
# "survey", 조달 "procurement" (but 1조달러), 억제 "restraint", 만큼 "as much as".
_KUNIT = (
    r"(?:[십천]|억(?![제지울압측])|백(?!화)|만(?!큼)"
    r"|조(?![사합건직정치회작성립례선용절언명금항류상식업심리화연처문]|달(?!러))"
    r"|경(?![기제찰로영쟁험향주계선]))"
)
_KATOM = rf"(?:{DIGITS}|[{_SINO_D}](?=[{_UNITS}]))"
_CODES3 = "|".join(sorted(c for c in CURRENCY_PREFIX if len(c) == 3 and c.isalpha() and c.isupper()))

# Each scanner starts with a character class so that ``re`` can skip ahead in C;
# a lookbehind right after the first character checks what precedes it.
# A last group of digits after a space, below the place it fills: "5만 6900명", "8359억 2,384만 5858원",
# "7천 990명", "만 7563" (not a year that starts the next figure: "3만 2019년"; not an age: "만 5세" is
# "full five years old").
_LAST_GROUP = (
    r"(?:(?:(?<=[만억조경])(?!(?<=만)[ ][0-9]+[ ]?(?:세|살|개월))[ ](?:[0-9],[0-9]{3}|[0-9]{1,4})|(?<=천)[ ][0-9]{1,3}|(?<=백)[ ][0-9]{1,2}|(?<=십)[ ][0-9])"
    r"(?![0-9]|[,.][0-9])(?!(?<=(?:19|20)[0-9]{2})[ ]?년))?"
)
_DIGIT_SCAN = re.compile(
    rf"[0-9](?:(?<![A-Za-z0-9_,][0-9])(?<![A-Za-z0-9_,]\.[0-9])(?<![0-9]\.[0-9])|(?<=(?:{_CODES3})[0-9])|(?<=(?:RM|Rs)[0-9]))"
    # dates, times, versions, phone numbers, IPs: consumed, yield nothing
    r"(?:(?P<skip>(?!/[0-9]{1,2}\.[0-9]{1,2}[ ]?(?:인치|형|inch|\"|″)|[0-9]*\.[0-9]+:[0-9]+[ ]?(?:비율|비(?![가-힣])|ratio))"
    r"[0-9]*(?:[-./:][0-9]+){2,}|[0-9]?:[0-9]{2}(?::[0-9]{2})?)"
    # digits, optionally with Korean magnitudes: 3.5, 1,000조, 2억 5천만, 30만9천381
    rf"|(?P<d>(?:[0-9]?(?:,[0-9]{{2}})+,[0-9]{{3}}(?![0-9])|[0-9]{{0,2}}(?:,[0-9]{{3}})+|[0-9]*)(?:\.[0-9]+)?(?:[ ](?={_KUNIT}))?{_KUNIT}*"
    rf"(?:(?<=[{_UNITS}])(?:{_KATOM}{_KUNIT}*|[ ](?:{_KATOM}){_KUNIT}+"
    # a section led by a bare 천/백/십: "3만 천5백87", "655만 천백4", "1억 천만" (not "10만 십대": a word)
    rf"|[ ][천백십]{_KUNIT}*(?:(?<=[만억조경])|(?=[ ]?(?:[0-9]|[{_SINO_D}]?[{_UNITS}])))))*"
    rf"{_LAST_GROUP}))"
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
    # not inside a Hangul word, but glued to 마이너스 ("마이너스사백")
    rf"[{_SINO_D}{_UNITS}{_NATIVE_FIRST}수절](?:(?<![가-힣][가-힣])|(?<=스.)(?<=마이[너나]스.))"
    # Sino-Korean words: 이천사백억, 삼십, 이십일조 삼백 (a unit in first or second place)
    # a denominator: 삼분의 일, 백분의 일
    rf"(?:(?P<f>[영공{_SINO_D}{_UNITS}]*(?=[ ]?분의))"
    # Sino-Korean words: 이천사백억, 삼십, 이십일조 삼백, 천 4백만 (a unit in first or second place)
    rf"|(?P<s>(?:(?<=[{_SINO_D}])[{_UNITS}]|(?<=[{_UNITS}]))[영공{_SINO_D}{_UNITS}]*"
    # a spaced decimal only before a copula or a non-word: "이백점 칠일이다" (200.71), not "이백점 이상"
    rf"(?:[점쩜](?:[영공{_SINO_D}]+|[ ][영공{_SINO_D}]+(?=이다|입니|점|[^가-힣]|\Z)))?"
    rf"(?:"
    # digits glued after a unit: "만5천원" (15,000), "천5백만 원", "이경 9,387조 …만1,949" — not the
    # age "만3세" (full three years)
    rf"(?<=[{_UNITS}])(?!(?<=만)[0-9]+[ ]?(?:세|살|개월))(?:{DIGITS})(?:{_KUNIT}[영공{_SINO_D}{_UNITS}]*)?"
    rf"|[ ]{{1,2}}(?:[{_SINO_D}]?[{_UNITS}][{_SINO_D}{_UNITS}]*|[{_SINO_D}](?![가-힣])|(?:{DIGITS}){_KUNIT}+))*"
    rf"{_LAST_GROUP}"
    # Sino-Korean decimals: 일점이삼(달러)
    rf"|(?<=[{_SINO_D}])[점쩜][영공{_SINO_D}]+)"
    # 수십, 수백억, 수천억: "several tens/hundreds of …"
    r"|(?<=수)(?P<su>[십백천][만억조]?|[만억조])"
    r"|(?<=절)(?P<h>반)"
    # one Sino digit glued to a currency: 이달러 ($2), 구파운드 (£9)
    rf"|(?<=[{_SINO_D}])(?P<sc>)(?=달러|불|파운드|유로|위안)"
    # native numerals, only before a counter: 세 배, 두 개, 스무 살
    # two native numerals for a loose count: 한두 개, 한 두 번, 두세 배, 서너 명, 대여섯 명
    rf"|(?P<nr>(?:(?<=한)[ ]?두|(?<=두)[ ]?세|(?<=서)[ ]?너|(?<=세)[ ]?네|(?<=네)[ ]?(?:댓|다섯)|(?<=너)[ ]?(?:댓|덧)"
    rf"|(?<=예)닐곱|(?<=일)고여덟)(?=\s?(?:{_NATIVE_COUNTER})))"
    rf"|(?P<n>(?:{_native_branches()})(?=\s?(?:{_NATIVE_COUNTER})))"
    # a native numeral before a noun: 두 도시, 세 과학자, 다섯 나라 (not 한/네/열: "a", "your", "heat")
    r"|(?P<nn>(?:(?<=두)|(?<=세)|(?<=다)섯|(?<=여)섯|(?<=일)곱|(?<=여)덟|(?<=아)홉|(?<=스)무)(?=[ ][가-힣])))"
)
# Native numerals whose first syllable is too common to start the scanner on (하다, 대통령, 너무): a
# numeral standing alone (둘 다, 하나씩, 그중 하나; not 하나은행, 둘러보다, 넷플릭스) and two ranges
# (대여섯 명, 너댓 개), by a scanner of their own.
_NATIVE_ALONE = re.compile(  # led by a character class, so that re skips ahead in C
    r"[하둘셋넷대너](?<![가-힣][하둘셋넷대너])"
    r"(?:(?P<nb>(?<=하)나|(?<=[둘셋넷]))(?=(?:씩(?:의|을|이|은)?|은|는|이|가|을|를|의|와|과|도|만|뿐|에|로|으로|밖에)?(?![가-힣]))"
    rf"|(?P<nr>(?<=대)여섯|(?<=너)[ ]?[댓덧])(?=\s?(?:{_NATIVE_COUNTER})))"
)
_LATIN_SCAN = re.compile(r"[AaEeFfHhNnOoQqSsTtZz][A-Za-z]*")  # first letters of every number word
_EN_NUMBER_WORDS = frozenset(w.lower() for w in EN_WORD.split("|")) - {"dozen"} - set(EN_SCALE)
# Words that continue a number phrase: more number words, fractions ("two thirds",
# "and a half"), spoken decimals ("point seven"), collectives ("three dozen").
_EN_CONT_WORDS = "|".join(
    sorted(
        {*EN_WORD.split("|"), *(w + "s" for w in EN_SCALE), *EN_ORDINAL, *(w + "s" for w in EN_ORDINAL),
         *EN_COLLECTIVE, *(w + "s" for w in EN_COLLECTIVE), "halves", "first", "firsts", "point", "nought",
         "naught", "oh", "over"},
        key=len,
        reverse=True,
    )
)
_EN_CONT = re.compile(rf"(?:[ \-]+(?:(?:and|of)[ ]+)?(?:an?[ ]+)?(?i:{_EN_CONT_WORDS})(?![A-Za-z]))*")
# "a"/"an"/"half"/"quarter" only start a number before another number word: "a dozen",
# "a third of", "half a million", "a quarter million" — never "a quarter" (the period) alone.
_EN_ARTICLE_NEXT = re.compile(
    rf"[ ]+(?:an?[ ]+)?(?i:(?:{'|'.join(sorted({*EN_SCALE, *EN_COLLECTIVE, *EN_ORDINAL}, key=len, reverse=True))})s?)"
    rf"(?:(?=[ ]+(?:of|{'|'.join(EN_SCALE)})(?![A-Za-z]))|(?=[ ]*\Z)|(?<!quarter)(?<!quarters)(?<!half)(?![A-Za-z])|(?<=half)(?=[.,;:!?)]))"
)
_A_MONEY = re.compile(r"[ ](?i:dollar|euro|pound|grand|dime|nickel)(?![A-Za-z])")
_EN_ARTICLES = frozenset({"a", "an", "half", "quarter"})
_HAS_LATIN = re.compile(r"[A-Za-z]")
_HAS_DIGIT = re.compile(r"[0-9]")
_PRONOUN_ONE = re.compile(r"(?i:the|which|that|this|each|every|any|no|another|only|little|big|new|old|last)[ ]+\Z")


_NOUGHT = frozenset({"nought", "naught"})
_EN_START = _EN_NUMBER_WORDS | _NOUGHT | _EN_ARTICLES


def _candidates(text: str) -> list[tuple[int, int, str, int]]:
    """(start, order, kind, end) of every core, from three fast scanners, in text order."""
    found: list[tuple[int, int, str, int]] = []
    for m in _DIGIT_SCAN.finditer(text):
        found.append((m.start(), 0, m.lastgroup or "d", m.end()))
    for m in _HANGUL_SCAN.finditer(text):
        found.append((m.start(), 1, m.lastgroup or "s", m.end()))
    ascii_only = text.isascii()
    if not ascii_only:
        for m in _VULGAR.finditer(text):  # "¾"; "2½" is read by the digit core
            if not (m.start() and text[m.start() - 1].isdigit()):
                found.append((m.start(), 3, "vf", m.end()))
        for m in _NATIVE_ALONE.finditer(text):
            found.append((m.start(), 1, m.lastgroup or "nb", m.end()))
        for m in tw.NATIVE_DAY_SCAN.finditer(text):  # "이틀", "열흘", "일주일": days counted in one word
            found.append((m.start(), 1, "nd", m.end()))
        if "반기" in text:
            for m in labels.KO_HALF_SCAN.finditer(text):  # "하반기": the second half-year
                found.append((m.start(), 1, "kh", m.end()))
    if not ascii_only and _HAS_LATIN.search(text) is None:
        found.sort()
        return found
    for m in _LATIN_SCAN.finditer(text):
        w = m.group().lower()
        if w in _EN_START and not (m.start() and text[m.start() - 1].isalpha()):
            if w in _EN_NUMBER_WORDS:
                cont = _EN_CONT.match(text, m.end())
                found.append((m.start(), 2, "w", cont.end() if cont else m.end()))
            elif w == "a" and _A_MONEY.match(text, m.end()):
                found.append((m.start(), 2, "one", m.end()))
            elif w in _EN_ARTICLES and _EN_ARTICLE_NEXT.match(text, m.end()) and not _ordinal_noun(text, m.end()):
                cont = _EN_CONT.match(text, m.end())
                found.append((m.start(), 2, "w", cont.end() if cont else m.end()))
            elif w == "half":
                found.append((m.start(), 2, "h", m.end()))
    for m in labels.MONTH_SCAN.finditer(text):  # "in January", "31 December 2004"
        found.append((m.start(), 2, "mo", m.end()))
    for m in labels.EN_PERIOD_SCAN.finditer(text):  # "Q3 2024", "in H2"
        found.append((m.start(), 2, "qh", m.end()))
    for m in labels.ORDINAL_SCAN.finditer(text):  # "his first term", "the fourth quarter"
        found.append((m.start(), 2, "ord", m.end()))
    if "ties" in text:
        for m in labels.DECADE_SCAN.finditer(text):  # "in the seventies"
            found.append((m.start(), 2, "dec", m.end()))
    if "s of " in text:
        for m in _EN_SEVERAL.finditer(text):
            found.append((m.start(), 2, "ens", m.end()))
    if "wice" in text or "hrice" in text or "le the " in text:
        for m in _EN_MULTIPLE.finditer(text):
            found.append((m.start(), 2, "em", m.end()))
    found.sort()
    return found


def _ordinal_noun(text: str, end: int) -> bool:
    """"a third term", "a second time": after "a", an ordinal heading a noun is no fraction."""
    m = labels.ORDINAL_SCAN.match(text, end + 1) if text.startswith(" ", end) else None
    return m is not None and labels.heads_noun(text, m.end())


# "hundreds of millions of dollars", "tens of thousands of people", "thousands of jobs": a range from
# the first power to just below the next ([10**8, 10**9 - 1] for hundreds of millions).
_EN_SEVERAL = re.compile(
    r"(?<![A-Za-z])(?i:(?P<a>tens|hundreds|thousands|millions|billions)(?:[ ]of[ ](?P<b>thousands|millions|billions))?)(?=[ ]of[ ])"
)
_SEVERAL_EXP = {"tens": 1, "hundreds": 2, "thousands": 3, "millions": 6, "billions": 9}
# "twice", "thrice", "double the size": multiples in words.
# "a double room", "double-digit growth" are not: "double"/"triple" count only before "the".
# The verbs ("profits doubled", "tripling") are left to the arithmetic check, which reads them as words
# of a change from A to B.
_EN_MULTIPLE = re.compile(
    r"(?<![A-Za-z])(?i:(?P<w>twice|thrice|(?:double|triple|quadruple)(?=[ ]the[ ])))(?![A-Za-z-])"
)
_MULTIPLE_OF = {"twi": 2, "thr": 3, "dou": 2, "tri": 3, "qua": 4}


_SP = r"[ \u00a0]?"
# "G" is left out on purpose: 5G, 4G are network generations in every tech article.
_SCALE_AFTER = re.compile(
    r"(?:(?P<suf>bn|bln|mn|mln|mil|MM|tn|trn|tln|[kKMBTb])(?![A-Za-z0-9])"
    r"|[ ]{1,2}(?P<ssuf>[kKMB])(?=[ ]*(?:\Z|[.,;:!?)]))"
    r"|[ ](?P<wsuf>bn|bln|mn|mln|tn|tln)(?![A-Za-z])"
    r"|[ \u00a0-](?P<word>(?i:hundred|thousand|million|billion|trillion|quadrillion|lakhs?|lacs?|lkhs?|crores?|dozens?))(?![A-Za-z]))"
)
_SCALE_FIRST = frozenset("bmtkKMBT \u00a0-")
# "100여 명", "40여m", "1만여㎡": 여 between a number and its counter or unit
_YEO = re.compile(r"여(?=[ ]?[가-힣A-Za-z㎡㎢㎞㎜㎝㎏㎎℃°%])")
# "12억 6천여만원", "300여만 명": 여 before the last magnitude of the number
_YEO_MAGNITUDE = re.compile(rf"여[ ]?(?P<m>{_KUNIT})")
# "3년여 만에", "1시간여": 여 after a duration's counter
_YEO_AFTER = re.compile(r"여(?![가-힣])|여(?=간|동안|만)")
_RANGE_SEP = re.compile(r"[ ]?(?:[~∼〜～]|(?<=[\dkKMBbn])-|[ ]-[ ]|–|—)[ ]?(?:[$€£¥₩](?=\d))?")
_RANGE_FIRST = frozenset("~∼〜～-–— ")
_FRACTION = re.compile(r"[ ]?분의[ ]?")


def _trie(words: list[str] | set[str]) -> str:
    """A regex for a word list, shaped as a trie: ``re`` picks a branch by its first character
    instead of trying hundreds of alternatives in turn, and longer words are tried first."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _alternation(words: list[str], latin: bool, fold: bool = False) -> str:
    body = _trie({w.lower() for w in words} if fold else set(words))
    return rf"(?:{body})(?![A-Za-z0-9])" if latin else rf"(?:{body})"


def _unit_table() -> dict[str, tuple[Kind, str | None, str | None]]:
    """Every word that may follow a number → (kind, unit, counter). First writer wins."""
    table: dict[str, tuple[Kind, str | None, str | None]] = {}
    for w, code in CURRENCY_SUFFIX.items():
        table[w] = ("money", code, None)
    for w, (code, _) in COIN_WORDS.items():
        table[w] = ("money", code, None)
    for w, code in MILLION_CODES.items():
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
    + _alternation([w for w in _UNIT_TABLE if _is_latin(w) and len(w) > 3], True, fold=True)
    + ")|"
    + _alternation([w for w in _UNIT_TABLE if not _is_latin(w)], False)
    + ")"
)
_DIGIT_NEXT = re.compile(r"[ ]?[0-9]")
_UNIT_FIRST = frozenset({w[0] for w in _UNIT_TABLE} | {w[0].swapcase() for w in _LATIN_FOLD} | {" ", "\u00a0", "-"})
_HYPHEN_UNIT = re.compile(
    "-(?P<tok>(?i:"
    + _alternation(
        [w for w in _UNIT_TABLE if _is_latin(w) and len(w) >= 3 and w.replace("-", "").isalpha() and w.islower()]
        # a physical unit of two words hyphened as well: "a 174,000-cubic-metre carrier", "a 40-sq-km reserve"
        + [w.replace(" ", "-") for w, e in _UNIT_TABLE.items() if e[0] == "quantity" and " " in w and w.islower()
           and w.replace(" ", "").isalpha()],
        True,
    )
    + "))"
)
_KO_BOUND = re.compile(
    r"[ ]?(?:(?:이|가|을|를)[ ]?(?=넘|초과))?(?P<b>"
    # 넘 but not 넘나들다 "to go back and forth" ("70~80만원을 넘나들었지만": around, not over)
    + "|".join(w + "(?!나)" if w == "넘" else w for w in sorted(lx.KO_BOUND_AFTER, key=len, reverse=True))
    + ")"
)
_EN_BOUND = re.compile(
    r"[ ](?P<b>(?i:" + "|".join(sorted(lx.EN_BOUND_AFTER, key=len, reverse=True)) + r"))(?![A-Za-z])"
    r"(?![ ]*(?:[0-9$€£¥₩]|(?i:than)))"
)
_STEMS = "".join(lx.KO_COMPARE_STEM)
_KO_COMPARE = re.compile(
    r"(?:[ ]?보다(?:는)?[ ]?(?P<s1>[" + _STEMS + r"])[가-힣]*(?:[ ]?(?:그와[ ]?)?같[ ]?[가-힣]*)?"
    r"|[과와][ ]?같[ ]?거나[ ]?(?:그보다[ ]?)?(?P<s2>[" + _STEMS + r"])[가-힣]*"
    r"|[ ]?(?:혹은|또는|이거나|거나)[ ]?그[ ]?(?:보다[ ]?(?P<s3>[" + _STEMS + r"])[가-힣]*"
    r"|(?P<b2>이상|이하|미만|초과)))"
)
# A parenthesised gloss with no figures in it ("(PetaFlop)", "(페타플롭스)"); one with figures
# ("(PetaFlop·1초 안에 … 1000조번 …)") holds its own quantities, so a bound after it stays unattached.
_GLOSS = re.compile(r"\([^()0-9\n]{1,40}\)")
_COMPARE_HINT = frozenset("보과와혹또거")
_BOUND_FIRST = frozenset("이가을를초남하미내아밑정안쯤넘꼴 보과와혹또거")
# Last characters of the Korean words before a number that matter (약, 대략, 거의, 최소, 최대, 최고…)
_BOUND_LAST = frozenset(w[-1] for w in lx.BOUND_BEFORE if not w.isascii())
_WORD_BEFORE = re.compile(r"([A-Za-z.]+|[가-힣]+)[ ]*\Z")
_PREFIX_LAST = frozenset(c[-1] for c in CURRENCY_PREFIX)
_PREFIX_LENS = sorted({len(c) for c in CURRENCY_PREFIX}, reverse=True)


def _prefix_currency(text: str, end: int) -> tuple[str, int] | None:
    """The longest currency prefix ending at ``end`` ("US$", "c $", "malaysian ringgits") by dict look-ups."""
    for n in _PREFIX_LENS:
        if n <= end:
            cand = text[end - n : end]
            if cand in CURRENCY_PREFIX and not (end > n and text[end - n - 1].isalpha()):
                return CURRENCY_PREFIX[cand], end - n
    return None
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
_EMAIL_LEFT = re.compile(r"[\w.+-]+\Z")
_EMAIL_RIGHT = re.compile(r"[\w-]+(?:\.[\w-]+)+")

FIVE_PERCENT = Fraction(1, 20)
BASIS_POINT = Fraction(1, 100)  # of a percentage point
# "about 80%": a percentage is rounded in points, not in per cent of itself — "about 80%" is its
# written digits widened by 2 points (77.5–82.5%), so 76.5% is not "about 80%" (5 % of 80 would allow
# 75.5–84.5). Below 20% a tenth of the value is less: "about 10%" is 8.5–11.5%.
APPROX_POINTS = Fraction(2)
_ONE = Fraction(1)


# A score of a match: two goal counts joined by - or :, where the clause says a match was won, lost
# or drawn — the verb before it with at most the opponent's capitalised name between ("beat Bucheon
# 2-1", "won 3:1"), a result noun after it ("a 2-2 draw", "2-1 승리") or 로/으로 and a Korean verb of the
# result ("2-1로 꺾었다", "1-1로 비겼다"). No figure: its two numbers are no range, ratio nor time.
_SCORE = re.compile(
    r"(?<![0-9.:\-])(?P<s>[0-9]{1,2}[ ]?[-–:][ ]?[0-9]{1,2})(?![0-9.:\-%])"
    r"(?=[ \-](?:win|victory|defeat|loss|draw|home[ ]win|away[ ]win)(?![A-Za-z])"
    r"|[ ]?(?:역전|완|대|신|석)?(?:승리|패배|승|패)(?:[을를이가은는의로과와도]|(?![가-힣]))|[ ]?무승부"
    r"|[ ]?으?로[ ]?(?:승리|이기|이겼|꺾|패하|패했|지|졌|비기|비겼|무승부|역전|완승|완패|대승|대패|신승|석패))"
    r"|(?<=[ ])(?P<e>[0-9]{1,2}[ ]?[-–:][ ]?[0-9]{1,2})(?![0-9.:\-%])(?<![0-9.:\-][0-9][-–:][0-9])"
)
_SCORE_VERB_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw|draws|drawing|"
    r"defeated|defeat|defeats|edged|thrashed|trailed|led|leads|leading)[ ](?:[A-Z][\w.'’]*[ ]){0,3}\Z"
)


def _scores(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _SCORE.finditer(text):
        if m["s"] is not None:
            spans.append(m.span("s"))
        elif _SCORE_VERB_BEFORE.search(text, max(0, m.start() - 48), m.start()):
            spans.append(m.span("e"))
    return spans


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses ("www.kt.com", "qurasoha@hankyung.com") and scores ("beat Bucheon
    2-1", "1-1로 비겼다") yield nothing."""
    spans = []
    if "www." in text or "://" in text:
        spans = [m.span() for m in _URL.finditer(text)]
    if "-" in text or ":" in text or "–" in text:
        spans += _scores(text)
    at = text.find("@")
    while at != -1:
        left = _EMAIL_LEFT.search(text, max(0, at - 64), at)
        right = _EMAIL_RIGHT.match(text, at + 1)
        if left and right:
            spans.append((left.start(), right.end()))
        at = text.find("@", at + 1)
    return spans


# A Sino digit glued to a currency that is a word: 이유 "reason", 사유 "reason", 구유 "manger", 이불
# "blanket", 구불 ("구불구불", winding) — unless cents follow: "이불이십삼센트" is $2.23.
_SC_WORDS = ("이유", "사유", "구유", "이불", "구불")


def _read_core(kind: str, s: str) -> Reading | None:
    if kind == "d":
        return read_korean(s)
    if kind == "f":
        return read_korean(s)
    if kind == "sc":
        return read_korean(s)  # (_build turns down "이유로", "이불": words, see _SC_WORDS)
    if kind == "s":
        if s.replace(" ", "") in lx.SINO_STOP:
            return None
        return read_korean(s)
    if kind in ("n", "nn", "nb"):
        return read_native(s)
    if kind == "w":
        return read_english_words(s)
    if kind == "one":  # "a dollar"
        return Reading(_ONE, 0)
    if kind == "vf":  # "¾", "½"
        return Reading(Fraction(unicodedata.numeric(s)).limit_denominator(20), EXACT_EXP)
    return None


_LAST_WORD = re.compile(r"[ \-]+\S+\Z")


def _english_backoff(r: Reading | None, s: str, start: int, end: int) -> tuple[Reading | None, str, int]:
    """Drop trailing words until the phrase reads: "one over three years" → no; "three quarters of" → 3/4."""
    for _ in range(6):
        if r is not None:
            return r, s, end
        m = _LAST_WORD.search(s)
        if not m:
            return None, s, end
        s = s[: m.start()]
        while s.lower().endswith((" and", " of", " a", " an", " over")):
            s = s[: s.rindex(" ")]
        end = start + len(s)
        r = read_english_words(s)
    return r, s, end


_AND_FRACTION = re.compile(
    r"[ ]+and[ ]+(?P<f>(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ ]+"
    r"(?:half|quarters?|thirds?|fifths?|eighths?)))(?![A-Za-z])"
)


# A multiplication sign between numbers: dimensions ("100×100 픽셀", "2960 x 1440", "3 x 4 m").
_TIMES_DIGIT = re.compile(r"[ ]?[x×X][ ]?[0-9]")
_TIMES_GAP = re.compile(r"[ ]?[x×X][ ]?\Z")
# Width × height before a word for resolution: pixels ("2960 x 1440 해상도", "1920x1080 resolution").
_RESOLUTION = re.compile(r"[ ]?(?:해상도|화면|(?i:resolution|display|screen))")
# Video resolutions written like pence ("1080p"): never money.
_VIDEO_LINES = frozenset(Fraction(n) for n in (144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320))
# "m" for million is money's: "$600m", "£320m", "€1.2m", "600m euros"; elsewhere it is metres
# ("a 600m tower", "10m 달리기").
_MONEY_M = re.compile(r"m(?![A-Za-z0-9])")


def _money_word(text: str, pos: int) -> bool:
    """A currency word follows: "600m euros", "8m kronor"."""
    u = _unit(text, pos) if pos < len(text) and text[pos] == " " else None
    return u is not None and u[0] == "money"


def _scale(text: str, pos: int, r: Reading, money: bool = False) -> tuple[Reading, int]:
    """English magnitudes after digits: "175B", "2.5bn", "$100 million"; "m" after a currency ("$600m")."""
    if pos >= len(text) or text[pos] not in _SCALE_FIRST:
        return r, pos
    m = _SCALE_AFTER.match(text, pos)
    if not m:
        mm = _MONEY_M.match(text, pos) if text[pos] == "m" else None
        if mm and (money or _money_word(text, mm.end())):
            return scaled(r, 6), mm.end()
        return r, pos
    if m["suf"] or m["ssuf"] or m["wsuf"]:
        e = EN_SUFFIX[m["suf"] or m["ssuf"] or m["wsuf"]]
    elif m["word"].lower().rstrip("s") in ("million", "billion", "trillion") and _AND_FRACTION.match(text, m.end()):
        fm = _AND_FRACTION.match(text, m.end())
        e = EN_SCALE[m["word"].lower().rstrip("s")]
        frac = read_english_words(fm["f"])  # type: ignore[index]
        if frac is not None:  # "3 million and a half" = 3.5 million
            return Reading((r.value + frac.value) * 10**e, EXACT_EXP if r.exp < 0 else r.exp + e - 1), fm.end()  # type: ignore[union-attr]
    else:
        w = m["word"].lower()
        w = w[:-1] if w.endswith("s") else w
        if w in EN_COLLECTIVE:  # "3 dozens"
            return Reading(r.value * EN_COLLECTIVE[w], r.exp), m.end()
        e = EN_SCALE[w]
    return scaled(r, e), m.end()


def _unit(text: str, pos: int) -> tuple[Kind, str | None, str | None, int] | None:
    if pos >= len(text) or text[pos] not in _UNIT_FIRST:
        return None
    if _GLUED_SCALE.match(text, pos) and text[pos - 1 : pos].isdigit() and (
            _temperature_sentence(text, pos) or _temperature_frame(text, pos)):
        return "quantity", _SCALE_LETTER[text[pos]], None, pos + 1  # "40C", "104F" (press style)
    if text.startswith("a당", pos) and text[pos - 1 : pos].isdigit():
        return "quantity", "are", None, pos + 1  # "10a당 생산량": ares, the area a farm yield is stated per
    m = _SUFFIX.match(text, pos)
    if not m:
        if pos < len(text) and text[pos] == "-":
            m = _HYPHEN_UNIT.match(text, pos)
            if m:  # "a 12-cent dividend", "one-yen bid", "a 3-inch screen"
                tok = m["tok"].replace("-", " ")
                entry = _UNIT_TABLE.get(_LATIN_FOLD.get(tok.lower(), tok))
                return (entry[0], entry[1], entry[2], m.end()) if entry else None
        return None
    tok = m["tok"]
    entry = _UNIT_TABLE.get(tok) or _UNIT_TABLE.get(_LATIN_FOLD.get(tok.lower(), ""))
    if entry is None:
        return None
    if tok in _WORD_STARTS and _WORD_STARTS[tok].match(text, m.end()):
        return None  # "1000 초과" (more than 1000), not 1000 seconds
    if tok in lx.BOUNDED_COUNTERS and (text[pos] == " " or not _boundary_ok(text, m.end())):
        return None  # "19사단", "2인자", "20과 30 사이": another word
    if tok == "인" and _FRACTION_BEFORE.search(text, max(0, pos - 12), pos):
        return None  # "5000억원의 3분의 1인 2500억원": the copula after a fraction, not people
    if tok == "도" and m.end() < len(text) and _HANGUL.match(text, m.end()) and not (
        text[m.end()] in _DEGREE_NEXT or _boundary_ok(text, m.end())
    ):
        return None  # "인구 85만 도시", "3 도로변": 도 starts another word (not "30도씨", "30도였다")
    if entry[1] == "degree":
        tm = _TEMPERATURE.match(text, m.end())
        if tm:  # "100° Celsius", "30도C": a temperature on the scale named after it, not an angle
            return "quantity", _SCALE_LETTER[tm[1][0].upper()], None, tm.end()
    if entry[0] == "quantity" and text.startswith("/", m.end()):
        per = _PER.match(text, m.end())
        if per:  # "200W/㎏", "23KW/㎏", "10km/h", "5 m/s"
            below = _PER_UNITS.get(per[1]) or _UNIT_TABLE.get(per[1], ("", None, None))[1]
            if below:
                return "quantity", f"{entry[1]} / {below}", None, per.end()
    return entry[0], entry[1], entry[2], m.end()


_DEGREE_NEXT = frozenset("씨였다")
_FRACTION_BEFORE = re.compile(r"분의\s*[0-9일이삼사오육칠팔구십]+$")
_TEMPERATURE = re.compile(r"[ ]?(C|F|c|f|Celsius|Fahrenheit|celsius|fahrenheit|celcius|farenheit)(?![A-Za-z])")
_SCALE_LETTER = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}
# A scale letter glued to the digits with no degree sign, as the British press writes temperatures
# ("exceed 40C", "an average of 25.9C", "104F"): read so only when the sentence speaks of a
# temperature (a word of heat or cold), since "Section 12C" and "Flat 3F" are names.
_GLUED_SCALE = re.compile(r"[CF](?![A-Za-z0-9])")
_TEMPERATURE_WORD = re.compile(
    r"(?<![A-Za-z])(?i:temperatures?|heat(?:wave)?s?|hot(?:test|ter)?|warm(?:est|er|ing)?|cold(?:est|er)?"
    r"|cool(?:est|er|ing)?|thermometers?|mercury|fever|freezing|frost|tropical[ ]nights?)(?![A-Za-z])"
)
_SENTENCE_REACH = 160


# Where no word of heat is near, the words around a glued scale letter still say temperature: a level
# reached ("above 33C", "at 45C", "hit 41C") or a change of it ("a 1C rise", "2C warmer"); never a
# name before it ("Section 12C", "Room 4C", "grade 2C": a noun, not one of these words).
_SCALE_FRAME_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:at|above|below|under|over|around|near|exceed(?:s|ed|ing)?|reach(?:es|ed|ing)?"
    r"|hit(?:s|ting)?|top(?:s|ped|ping)?|peak(?:s|ed|ing)?[ ]at|soar(?:s|ed|ing)?[ ]to|climb(?:s|ed|ing)?[ ]to)"
    r"[ ](?:about[ ]|around[ ]|nearly[ ]|almost[ ])?[-−]?\Z"
)
_SCALE_FRAME_AFTER = re.compile(
    r"[ ](?:rise|rises|increase|increases|drop|drops|fall|falls|jump|jumps|warmer|cooler|hotter|colder)(?![A-Za-z])"
)


def _temperature_frame(text: str, pos: int) -> bool:
    """The digits before ``pos`` (a glued C or F) are a level reached or a change, as "above 33C", "a 1C rise"."""
    start = pos
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    return bool(_SCALE_FRAME_BEFORE.search(text, max(0, start - 40), start) or _SCALE_FRAME_AFTER.match(text, pos + 1))


def _temperature_sentence(text: str, pos: int) -> bool:
    """The sentence holding ``pos`` has a word of heat or cold (within its reach on either side)."""
    lo, hi = max(0, pos - _SENTENCE_REACH), min(len(text), pos + _SENTENCE_REACH)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    after = _SENTENCE_END.search(text, pos, hi)
    return _TEMPERATURE_WORD.search(text, stops[-1] if stops else lo, after.start() if after else hi) is not None


# Temperatures written with 도/° (issue 16). What the figure measures decides, never its size:
# the scale named before it ("섭씨 30도", "화씨70°"), 영하/영상 right before it ("영하 3.4도" = −3.4),
# or the noun the clause is about — the nearest measuring noun before the figure in its clause
# ("기온이 30도", "체온 38.5도", but "북위 37도", "경사 30도", "각도 30°" stay angles).
_SCALE_BEFORE = re.compile(r"(섭씨|화씨)[ ]?\Z")
_ABOVE_BELOW_ZERO = re.compile(r"(영하|영상)[ ]?\Z")
_MEASURE_NOUN = re.compile(
    r"(?P<temp>기온|수온|체온|온도|수은주|해수온|지면온도|열대야|폭염|한파|무더위|더위|추위)"
    r"|각도|경사|기울기|위도|경도|북위|남위|동경|서경|고도|화각|시야각|방위각|회전|궤도|자전축"
)
# What cuts the clause a figure's noun may come from: the end of a sentence, or another figure
# that is not itself a temperature ("기온은 낮 32도, 밤 25도" keeps 기온 for both).
_CLAUSE_CUT = re.compile(r"[.!?\n;]|[0-9](?![0-9.,]*[ ]?(?:도|°|℃))")
_CLAUSE_BACK = 24
# A temperature difference: a change verb or comparative right after the figure ("2.5도 올랐다",
# "3도 낮은"), "보다" before it ("전날보다 2도"), English "rose 3 °C", "1.5 °C above".
_DELTA_AFTER = re.compile(
    r"(?:[ ]?(?:가량|정도|쯤|이나|씩|나))?[ ]?(?:올랐|오른|오르|올라|상승|높|낮|떨어|내려|내린|하락|차이)"
    r"|[ ]?(?i:warmer|cooler|colder|hotter|higher|lower|above|below|of warming)(?![A-Za-z])"
)
_DELTA_BEFORE = re.compile(r"(?:보다[ ]?|(?i:rose|fell|dropped|climbed|increased|decreased|warmed|cooled)(?: by)?[ ])\Z")
_BELOW_ZERO = re.compile(r"[ ]below zero(?![A-Za-z])")
_DELTA = {"degree_Celsius": "delta_degree_Celsius", "degree_Fahrenheit": "delta_degree_Fahrenheit"}


def _temperature(text: str, start: int, end: int, unit: str, reading: Reading) -> tuple[str, int, Reading] | None:
    """A degree figure that measures a temperature: (unit, start, reading), else None.

    ``unit`` is "degree" (도, °, degrees) or already a scale (°C, ℃, °F, 도씨, "degrees Celsius").
    """
    lo = max(0, start - _CLAUSE_BACK)
    sign = _ABOVE_BELOW_ZERO.search(text, lo, start)
    if sign:
        if sign[1] == "영하" and reading.value > 0:
            reading = Reading(-reading.value, reading.exp)  # "영하 3.4도" = −3.4
        start = sign.start()
    scale = _SCALE_BEFORE.search(text, max(0, start - 3), start)
    if scale:  # "섭씨 30도", "화씨 마이너스 5도", "섭씨 영하 5도"
        unit, start = ("degree_Celsius" if scale[1] == "섭씨" else "degree_Fahrenheit"), scale.start()
    if unit == "degree" and not sign and not scale:
        if _BELOW_ZERO.match(text, end):
            return unit, start, reading  # "2 degrees below zero": a temperature, on a scale not written
        if text[end - 1] not in "도°" or not _temperature_clause(text, start):
            return None  # a bare "30도", "24 degrees": no scale and nothing says temperature
    if unit == "degree":
        unit = "degree_Celsius"  # Korean copy: 도 of a temperature is Celsius
    if unit in _DELTA and reading.value > 0 and (
        _DELTA_AFTER.match(text, end) or _DELTA_BEFORE.search(text, max(0, start - 12), start)
    ):
        unit = _DELTA[unit]  # "기온이 2.5도 올랐다": a difference, never converted as a temperature
    return unit, start, reading


def _temperature_clause(text: str, start: int) -> bool:
    """The nearest measuring noun before ``start`` in its clause is a temperature's (기온, 체온, 수온)."""
    lo = max(0, start - _CLAUSE_BACK)
    window = text[lo:start]
    cut = None
    for cut in _CLAUSE_CUT.finditer(window):
        pass
    if cut is not None:
        window = window[cut.end():]
    last = None
    for last in _MEASURE_NOUN.finditer(window):
        pass
    return last is not None and last["temp"] is not None
# What may follow "/" in a unit: a time ("km/h", "m/s") or another unit of the table ("W/㎏").
_PER_UNITS = {"h": "hour", "hr": "hour", "s": "second", "sec": "second", "min": "minute"}
_PER = re.compile(r"/([A-Za-z]{1,3}|㎏|㎞|㎡|㎥|kg|km|kWh)(?![A-Za-z0-9])")


# Counters that also start ordinary words after a number: 초과 "exceeding", 초반 "the early part",
# 초기 "the start"; 달성 "achieving", 달해 "reaching", 달라 "differing", 달리 "unlike", 달려 "running".
_WORD_STARTS = {"초": re.compile(r"[과반기등록안점대래월본상창청]"), "달": re.compile(r"[성하한할해했러라랐리려렸]")}


def _copula_end(text: str, pos: int) -> bool:
    """"네 배다.", "세 개다": 다 closing the sentence right after a counter (a word never goes on)."""
    return text.startswith("다", pos) and (pos + 1 >= len(text) or not _HANGUL.match(text, pos + 1))


def _boundary_ok(text: str, pos: int) -> bool:
    """After a bare Korean numeral: end, non-Hangul, or a particle ("삼백에", "이십일조원은")."""
    return pos >= len(text) or not _HANGUL.match(text, pos) or text[pos] in lx.PARTICLE_START


def _currency_before(text: str, start: int) -> bool:
    """A currency symbol or code written right before the number ("$600m", "US$ 4.7bn")."""
    if start == 0:
        return False
    at = start - 1 if text[start - 1] == " " else start
    return at > 0 and text[at - 1] in _PREFIX_LAST and _prefix_currency(text, at) is not None


def _before(text: str, start: int) -> tuple[str | None, str | None, int]:
    """Currency and bound/approx words written before a number: "한화 약", "over $"."""
    currency = None
    prev = text[start - 1]
    if prev in _PREFIX_LAST or (prev == " " and start > 1 and text[start - 2] in _PREFIX_LAST):
        found = _prefix_currency(text, start - 1 if prev == " " else start)
        if found:
            currency, start = found
            if start == 0:
                return currency, None, start
            prev = text[start - 1]
    bound = None
    sym = None
    if prev in _SYMBOL_LAST or (prev == " " and text[max(0, start - 3) : start].rstrip()[-1:] in _SYMBOL_LAST):
        sym = _SYMBOL_BEFORE.search(text, max(0, start - 6), start)
    if sym:
        return currency, "min" if sym[1][0] in ">≥" else "max", sym.start()
    last = text[start - 2] if prev == " " and start > 1 else prev
    if (prev == " " or prev.isalpha()) and (last in _BOUND_LAST or last.isascii()):
        m = _WORD_BEFORE.search(text, max(0, start - 16), start)
        if m:
            w = m[1].lower()
            pre = m.start()
            if w in ("than", "least", "most", "to", "of", "equal"):
                long = _LONG_BEFORE.search(text, max(0, pre - 40), start)
                if long:
                    return currency, _long_bound(long), long.start()
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


_SYMBOL_BEFORE = re.compile(r"(?<![<>=≤≥])([<>]=?|[<>][ ]=|[≤≥])[ ]*\Z")
_SYMBOL_AFTER = re.compile(r"[ ]?(>=|<=|≥|≤)(?![ ]*[0-9-])")
_SYMBOL_LAST = frozenset("<>=≤≥")
# "less than or equal to", "bigger or equal than", "at least or equal to", "no more than"
_LONG_BEFORE = re.compile(
    r"(?i:(?<![A-Za-z])(?P<no>no[ ]+)?(?P<w>more|greater|larger|bigger|higher|less|fewer|smaller|lower)"
    r"(?:[ ]+or[ ]+equal)?[ ]+than(?:[ ]+or[ ]+equal[ ]+to)?"
    r"|(?<![A-Za-z])at[ ]+(?P<al>least|most)(?:[ ]+or[ ]+equal[ ]+to)?)[ ]*\Z"
)


def _long_bound(m: re.Match[str]) -> str:
    if m["al"]:
        return "min" if m["al"].lower() == "least" else "max"
    up = m["w"].lower() in ("more", "greater", "larger", "bigger", "higher")
    if m["no"]:
        up = not up
    return "min" if up else "max"


_SIGN_WORD = re.compile(r"(?:마이너스|마이나스|음수|minus|negative)[ ]?\Z", re.IGNORECASE)


_SIGN_ENDINGS = tuple(
    w + sp for w in ("마이너스", "마이나스", "음수", "minus", "Minus", "MINUS", "negative", "Negative") for sp in ("", " ")
)


def _sign_before(text: str, start: int) -> tuple[int, bool, None]:
    """"마이너스 5", "음수 일천구백", "minus 3": (new start, negative?)."""
    if start and text.endswith(_SIGN_ENDINGS, max(0, start - 10), start):
        m = _SIGN_WORD.search(text, max(0, start - 9), start)
        if m:
            return m.start(), True, None
    return start, False, None


def _interval(r: Reading, approx: bool) -> tuple[Fraction, Fraction]:
    """value ± 10**exp / 2, plus 5 % of |value| when approximate; integer arithmetic."""
    p, q = r.value.numerator, r.value.denominator
    if not approx and q == 1 and r.exp > 0:  # whole figures: integer half-widths, no gcd
        half = 5 * 10 ** (r.exp - 1)
        return Fraction(p - half), Fraction(p + half)
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
    if m.lastgroup != "d" and text_m.endswith("이") and text.startswith("다", end) and len(text_m) > 1:
        text_m, end = text_m[:-1], end - 1  # "구천오백이다": 이 is the copula
    r = read_korean(text_m)
    for _ in range(2):  # "백분의 일이다": 이 is the copula (two syllables at most, as in _build)
        if r is not None or m.lastgroup == "d" or len(text_m) <= 1 or text_m[-1] not in SINO_DIGIT:
            break
        text_m, end = text_m[:-1], end - 1
        r = read_korean(text_m)
    if r is not None and negative:
        r = Reading(-r.value, r.exp)
    if r is None:
        return None, pos
    if m.lastgroup == "d":
        r, end = _scale(text, end, r)
    return r, end


_PERCENT_OF = re.compile(r"(?<![0-9A-Za-z%][ ])(?<![0-9])(?i:percents?|per[ ]cent)[ ]of[ ]+\Z")
_VULGAR_CHARS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
_VULGAR = re.compile(f"[{_VULGAR_CHARS}]")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])")
_OVER = re.compile(r"[ ](?:over|(?P<of>out[ ]of))[ ]")
_WORD_AFTER = re.compile(r"[ ]*[A-Za-z가-힣]")
_EN_NUMBER_START = re.compile(rf"(?i:{EN_WORD})(?![A-Za-z])")


def _denominator(text: str, pos: int) -> tuple[Reading | None, int]:
    """The number after "over" / "out of": digits or English number words."""
    if pos < len(text) and text[pos].isdigit():
        m = _DIGIT_SCAN.match(text, pos)
        if m and m.lastgroup == "d":
            r = read_korean(m.group())
            return (scaled(r, 0), m.end()) if r is not None else (None, pos)
        return None, pos
    m = _EN_NUMBER_START.match(text, pos)
    if not m:
        return None, pos
    cont = _EN_CONT.match(text, m.end())
    end = cont.end() if cont else m.end()
    r, s, end = _english_backoff(read_english_words(text[pos:end]), text[pos:end], pos, end)
    return r, end


_NOTATION_FIRST = frozenset("eE^x×/: \u00a0\u202f\u2009½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒")
# An aspect ratio: "16:9 비율", "18.5:9 비율의", "a 4:3 ratio" — one figure, A/B (a score "3:1" is not)
_RATIO_COLON = re.compile(r":(?P<den>[0-9]{1,2}(?:\.[0-9]{1,2})?)(?=[ ]?(?:비율|비(?![가-힣])|ratio|aspect))")
_SCI = re.compile(r"(?:[eE](?P<e>[+-]?[0-9]{1,3})|[ ]?[x×][ ]?10\^(?P<p>[+-]?[0-9]{1,3}))(?![A-Za-z0-9])")
_POWER = re.compile(r"\^(?P<sign>[+-]*)(?P<n>[0-9]{1,2})(?![0-9])")
# "3/4", and an image sensor's format "1/2.55인치" (a decimal denominator)
_SLASH = re.compile(r"/(?P<den>[0-9]{1,3}(?:\.[0-9]{1,2}(?=[ ]?(?:인치|형|inch|\"|″)))?)(?![0-9/.,]|[ ]?분기)")
_MIXED_SLASH = re.compile(r"[ ]{1,2}(?P<num>[0-9]{1,2})/(?P<den>[0-9]{1,2})(?![0-9/.,])")
_SPACE_GROUPS = re.compile(r"(?:(?P<sep>[ \u00a0\u202f\u2009])[0-9]{3}(?![0-9]|[.,][0-9]{3}))+(?:\.[0-9]+)?")


def _notation(text: str, start: int, end: int, r: Reading) -> tuple[Reading, int, bool] | None:
    """Digits written in a notation: 1.3e6, 1.3x10^6, 1.1^23, 3/4, 2 1/4, 1 234 567 (grouped by spaces).

    Slash fractions are only read as small fractions ("3/4", not "3/4분기" the third quarter,
    not "24/7"-like lists: numerator below the denominator), dates were consumed by the scanner.
    """
    c = text[end]
    if _VULGAR.match(c) and r.value.denominator == 1 and r.value >= 0:  # "2½"
        return Reading(r.value + Fraction(unicodedata.numeric(c)).limit_denominator(20), EXACT_EXP), end + 1, True
    if c in "eE" or c in "x× ":
        m = _SCI.match(text, end)
        if m:
            e = int(m["e"] or m["p"])
            v = r.value * Fraction(10) ** e
            return Reading(v, r.exp + e), m.end(), False
    if c == "^":
        m = _POWER.match(text, end)
        if m and r.value:
            n = int(m["n"]) * (-1 if m["sign"].count("-") % 2 else 1)
            return Reading(r.value**n, EXACT_EXP), m.end(), True
    if c == ":":
        m = _RATIO_COLON.match(text, end)
        if m and r.value > 0:
            return Reading(r.value / Fraction(m["den"]), EXACT_EXP), m.end(), True
        return None
    if c == "/":
        m = _SLASH.match(text, end)
        if m and r.value.denominator == 1 and 0 < abs(r.value) < Fraction(m["den"]) and "," not in text[start:end]:
            return Reading(r.value / Fraction(m["den"]), EXACT_EXP), m.end(), True
    if c == " " and r.value.denominator == 1 and r.value < 100:
        m = _MIXED_SLASH.match(text, end)
        if m and 0 < int(m["num"]) < int(m["den"]):
            f = Fraction(int(m["num"]), int(m["den"]))
            v = r.value - f if r.value < 0 else r.value + f
            return Reading(v, EXACT_EXP), m.end(), True
    if r.value.denominator == 1 and abs(r.value) < 1000 and "," not in text[start:end]:
        m = _SPACE_GROUPS.match(text, end)
        # a plain space groups only two or more groups or a group of zeros ("1 234 567", "40 000");
        # narrow/no-break spaces always group
        if m and (m["sep"] != " " or m.group().count(" ") >= 2 or text.startswith(" 0", end)):
            digits = text[start:m.end()].replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
            d = read_digits(digits.lstrip("-−"))
            if d is not None:
                v = -d[0] if r.value < 0 else d[0]
                return reading(v, d[1], d[2]), m.end(), False
    return None


_EN_UNDER_100 = "(?:" + "|".join(sorted(EN_TENS, key=len, reverse=True)) + ")(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|" + "|".join(
    sorted((w for w in EN_SMALL if w not in ("zero", "naught", "nought", "nil")), key=len, reverse=True)
)
_DIGIT_WORDS = re.compile(
    rf"[ ]+(?:and[ ]+)?(?P<n>[0-9]{{1,3}}(?![0-9.,])|(?i:{_EN_UNDER_100})(?![A-Za-z]))"
    r"(?:[ ]+(?P<w>hundred|thousand|million|billion))?(?![A-Za-z])"
)


def _digit_words(text: str, end: int, r: Reading) -> tuple[Reading, int]:
    """"4 thousand 3 hundred and 21": digits with scale words, each part below the last scale."""
    last = r.value
    if last.denominator != 1 or last % 100:
        return r, end
    unit = 10 ** (len(str(last.numerator)) - len(str(last.numerator).rstrip("0")))
    total = last
    while True:
        m = _DIGIT_WORDS.match(text, end)
        if not m:
            break
        n = m["n"]
        nr = int(n) if n.isdigit() else read_english_words(n)
        if nr is None:
            break
        part = (nr if isinstance(nr, int) else int(nr.value)) * (10 ** EN_SCALE[m["w"]] if m["w"] else 1)
        if not 0 < part < unit:
            break
        total += part
        unit = 10 ** EN_SCALE[m["w"]] if m["w"] else 1
        end = m.end()
        if not m["w"]:
            break
    if total == last:
        return r, end
    return reading(total, 0, False), end


_SINGLE_OK = re.compile(
    rf"[ ]?(?:이상|이하|미만|초과|보다|에서[ ]?[{_SINO_D}{_UNITS}]|[과와][ ][{_SINO_D}{_UNITS}]+[ ]?사이|점에서)"
)
_NUMERATOR_TAIL = frozenset("큼을각 .,!?")
_MIXED_BEFORE = re.compile(rf"([영공{_SINO_D}{_UNITS}]+|[0-9]+)[과와][ ]\Z")


def _fraction(text: str, end: int, den: Reading) -> tuple[Fraction | None, int]:
    """"삼분의 일", "3분의 1": the numerator after 분의. A trailing 만/조 before 큼/을/각 is a
    particle or a word, not a magnitude: "오분의 일만을" (only a fifth), "삼분의 일조각" (a third of a piece)."""
    fm = _FRACTION.match(text, end)
    if not fm or not den.value:
        return None, end
    num, fend = _follow(text, fm.end())
    if num is not None and text[fend - 1] in "만조억" and (fend == len(text) or text[fend] in _NUMERATOR_TAIL):
        num, fend = _follow(text[: fend - 1], fm.end())
    if num is None:
        return None, end
    return num.value / den.value, fend


def _mixed_whole(text: str, start: int, fr: Fraction) -> tuple[int, Fraction]:
    """"일과 이분의 일" = 1½, "이십과 삼과 오분의 삼": whole parts joined by 과/와 before a fraction."""
    neg_start, negative, _ = _sign_before(text, start)
    if negative:
        return neg_start, -fr
    total = fr
    while start > 2:
        m = _MIXED_BEFORE.search(text, max(0, start - 12), start)
        if not m or (m.start() and _HANGUL.match(text, m.start() - 1)):
            break
        r = read_korean(m[1])
        if r is None:
            break
        total, start = total + r.value, m.start()
    return start, total


_MIXED = re.compile(rf"[과와][ ](?=[영공{_SINO_D}{_UNITS}0-9]+[ ]?분의)")
_SIGN_AT = re.compile(r"(?:마이너스|마이나스|음수)[ ]?")
_SINO_RUN = re.compile(rf"[영공{_SINO_D}{_UNITS}]+")
# Cents after a main unit: with a subunit word anywhere, without one only at the end of a phrase.
_SUBUNIT_AFTER = re.compile(
    rf"[ ]?(?:(?i:and)[ ]+)?(?P<n>[0-9]{{1,2}}(?![0-9])|(?i:{_EN_UNDER_100})(?![A-Za-z]))"
    r"(?:[ ]?(?:센트|펜스|(?i:cents?|c|sens?|pence|kopiykas?))(?![A-Za-z])|(?=[ ]*(?:\Z|[.,;:!?)](?![0-9]))))"
)
_KO_CENTS = re.compile(r"[ ]?(?P<n>[일이삼사오육칠팔구십]{1,3})[ ]?센트")
_MONEY_SCALE = re.compile(r"[ ](?P<word>(?i:thousand|million|billion|trillion|quadrillion))(?![A-Za-z])")


def _money_scale(text: str, tok: str, end: int, r: Reading) -> tuple[Reading, int]:
    """"10 grand", "ten dimes", "30 MUSD", "75 USD million": money words that scale the number."""
    coin = COIN_WORDS.get(tok.lower())
    if coin is not None:
        return Reading(r.value * coin[1], r.exp), end
    if tok in MILLION_CODES:
        return scaled(r, 6), end
    m = _MONEY_SCALE.match(text, end)
    if m:
        return scaled(r, EN_SCALE[m["word"].lower()]), m.end()
    return r, end


# Labels that count the parts of a whole before "over"/"made of": "3단계에 걸쳐" (over three
# stages), "2단으로 구성돼" (made of two stages), "3층으로 이뤄진", "3차에 걸쳐" (in three rounds).
_PART_COUNTERS = frozenset({"단계", "단", "층", "차"})
_PARTS_AFTER = re.compile(r"[ ]?(?:에[ ]?걸[쳐친친치]|(?:으로|로)[ ]?(?:구성|나뉘|나눠|나누|이뤄|이루어|짜여|된))")
# 수준 "level" after a fraction compares two figures: "B의 10분의 1 수준" is B × 0.1.
_LEVEL_WORD = re.compile(r"[ ]?수준(?![가-힣])|[ ]?수준(?:이다|이며|이고|으로|에|의|을|인)")
# A name right before a size glued to B/T/M/K: "LLaMA-13B", "GPT-3(175B)", "LLaMA 65B", "KoGPT 6B" —
# a name with a capital letter, then a hyphen, a space or an opening parenthesis.
_MODEL_BEFORE = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z0-9.\-]*[A-Z][A-Za-z0-9.\-]*[ ]?(?:-|[ ]|\()\Z")


# A model size after a name: "LLaMA-13B", "Chinchilla-70B", "GPT-J-6B" (billions of parameters).
_SIZE_SUFFIX = re.compile(r"(?:\.[0-9]+)?[BMKT](?![A-Za-z0-9])")


# English nouns after a number make it a count: "13,000 jobs", "50,000 people", "30 member countries",
# "118 million new shares", "five other provinces" — one word may stand between (an adjective or a
# noun used as one). A plural noun ends in -s; a few plurals do not.
_IRREGULAR_PLURALS = "people|children|men|women|staff|personnel|police|aircraft|cattle|sheep|fish|employees"
_COUNTED = re.compile(
    # an adjective, capitalised words or both: "10 southern Asian nations", "six Airbus A321 aircraft"
    rf"(?P<odd>-odd)?[ ](?:(?P<adj>[a-z][a-z]+(?:-[a-z]+)?)[ ])?(?P<names>(?:[A-Z][A-Za-z0-9]*[ ]){{1,2}})?"
    rf"(?P<noun>{_IRREGULAR_PLURALS}|[a-z]{{2,}}s)(?![A-Za-z\-'’])"
)
# The same with no word between: the noun right after the number.
_COUNTED_ALONE = re.compile(rf"(?P<odd>-odd)?[ ](?P<adj>[^\s\S])?(?P<names>[^\s\S])?(?P<noun>{_IRREGULAR_PLURALS}|[a-z]{{2,}}s)(?![A-Za-z\-'’])")
# "10 of the 80-odd resorts", "three of its five plants": a part of counted things.
_OF_THE = re.compile(r"[ ]of[ ](?:the|its|their|his|her|our|these|those)(?=[ ])(?:[ ][0-9][0-9,]*(?:-odd)?|[ ][a-z]+)?(?=[ ])")
# A pronoun stands for the counted noun: "400,000 of them from overseas", "90 of us", "the 1,200 who
# applied" (not "of them all", an idiom; "one of them" is left as "one of the" is): a whole number of things.
# A threshold after a noun, which the pronoun stands for instead: "patients over 65 who took the placebo".
_THRESHOLD = r"(?<![A-Za-z])(?i:over|under|above|below|than|aged)[ ]"
_THRESHOLD_BEFORE = re.compile(_THRESHOLD + r"\Z")
_THRESHOLD_AT = re.compile(_THRESHOLD)  # the bound word already inside the figure: "under 25"
_PRONOUN_COUNTED = re.compile(r"[ ](?:of[ ](?:them|us|those|these)(?![A-Za-z])(?![ ]all(?![A-Za-z]))|who(?![A-Za-z]))")
# "a 12-member cartel", "a 3-storey house": a hyphenated noun before another word
_ONE_ADJECTIVE = re.compile(r"-[a-z]+(?![A-Za-z0-9-])")  # after "one" (a unit or a fraction is read before)
_COUNTED_HYPHEN = re.compile(r"-(?P<noun>[a-z]{3,})(?=[ ][A-Za-z])")  # also "the 16,280-seat Cheongju Arena"
# Words that end in -s but are no plural noun, and words that cannot stand between a number and its noun.
_NOT_NOUNS = frozenset(
    "is was has its this thus yes plus less unless always perhaps across towards afterwards sometimes besides "
    "whereas nevertheless news means lens ones his hers ours yours theirs does goes says as us gas bus analysis "
    "basis crisis series species bps".split()
)
_NOT_BETWEEN = frozenset(
    "a an the of to and or in on at for per than from by with as is are was were be been being has have had will "
    "would could should may might can must more less fewer most least that which who whom this these those its "
    "their his her our your it they we he she you i not no so if but over under about around after before since "
    "until into onto out up down off each every all some any such only just also still even percent cent times "
    "do does did said says".split()
)


# A noun that names a number of people, right before the figure it measures: "a population of about
# 850,000", "a crowd of 8,012", "attendances averaged 3,962", "인구 85만", "관중 8,102".
# A tally's noun likewise: "put the death toll at 27", "the final count is 29", "the tally stood at 1,204".
_PEOPLE_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:population|crowd|attendance|audience|workforce|turnout|headcount|membership|toll|tally|count)s?"
    r"[ ](?:of|at|(?:was|were|is|are|stood[ ]at|reached|averaged|totall?ed|topped|hit|rose[ ]to|climbed[ ]to)(?:[ ](?:of|at))?)|"
    r"(?<![가-힣])(?:인구|관중|관객|직원)(?:는|은|가|이)?)[ ]\Z"
)

# "Half received the drug", "Half said they would": the word alone as a clause's subject, before a verb.
_HALF_SUBJECT = re.compile(r"Half[ ](?!the|a[ ]|an[ ]|of|as|an?$|[A-Z0-9])(?:[a-z]+(?:ed|s)|said|were|are|have|had|got|did|went|took|made|came|say|think|want|will|would|could|can|may|might)(?![A-Za-z])")
_PEOPLE_LAST = frozenset("fsetdo구중객원는은가이")  # the last letter before the space: a cheap test first

# The value of a tally named earlier in its clause: "put the number of entrants at 1,200", "the city's
# population passed half a million", "the total number of users rose by 12% to 100 million". The
# tally is a subject or an object ("number of" + a plural noun, or a noun of a number of people); the
# figure closes a verb of reaching, or "to"/"at", with no other figure between but a change in
# percent ("by 12%") and years or decades ("grew in the 1990s and passed 500,000").
_TALLY_HEAD = re.compile(
    r"(?<![A-Za-z])(?:(?i:number)[ ]of[ ](?:[a-z-]+[ ]){0,2}?(?:[A-Za-z][a-z]+(?<!ss)(?<!us)(?<!is)s|people|children|(?:wo)?men)"
    r"|(?i:population|membership|workforce|headcount|turnout|attendance|audience)s?)(?![A-Za-z])"
)
_TALLY_VERB_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:to|at|passed|reached|topped|hit|surpassed|exceeded|crossed|broke|broken)(?:[ ]the)?[ ]\Z"
)
_TALLY_NOT_BETWEEN = re.compile(r"(?<![A-Za-z])(?i:average|per|rate|density|share|proportion)(?![A-Za-z])|[.!?;:][ ]")
# a change in percent ("by 12%", or the change's size right before its "to": "rose 18% to 412,000") and years
_TALLY_ALLOWED_FIGURES = re.compile(
    r"(?<![A-Za-z])by[ ][0-9.]+%|(?<![0-9.,])[0-9][0-9.]*%(?=[ ]to[ ]\Z)|(?<![0-9])(?:1[89]|20)[0-9]{2}s?(?![0-9])")
_TALLY_AFTER = re.compile(r"[ ]?(?:%|per(?![A-Za-z])|percent|a[ ]|an[ ]|each)")
# Another clause's subject between the tally and the figure: a conjunction before a noun phrase of its own
# ("The number of visitors fell, and the KOSPI index reached 2,500", "Attendance was low as the temperature
# hit 35"), or a noun phrase right after the tally noun, the subject of a clause describing it ("the number of
# times the KOSPI hit 3,000"); not a verb after the conjunction ("shrank after the war and fell to 60,000").
_TALLY_OTHER_SUBJECT = re.compile(
    r"\A[ ](?:the|a|an|its|their|his|her|this|that)[ ]"
    r"|(?<![A-Za-z])(?:and|but|while|as|whereas|when|although|though)[ ](?:the|a|an|its|their|his|her|this|that|[A-Z])"
)


def _tally_value(text: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` is the value of a tally named before it in its clause (see _TALLY_HEAD)."""
    if not _TALLY_VERB_BEFORE.search(text, max(0, start - 12), start) or _TALLY_AFTER.match(text, end):
        return False
    window = text[max(0, start - 120) : start]
    heads = list(_TALLY_HEAD.finditer(window))
    if not heads:
        return False
    between = window[heads[-1].end() :]
    if _TALLY_NOT_BETWEEN.search(window[heads[-1].start() :]) or _TALLY_OTHER_SUBJECT.search(between):
        return False
    return not any(c.isdigit() for c in _TALLY_ALLOWED_FIGURES.sub("", between))


_HANGUL_RUN = re.compile(r"[가-힣]+")
# Particles a glued noun may carry ("42골을", "36경기에서"), longest first; what a number may carry
# with no noun ("3이다", "+4였다", "3하고": the run after the number is all particle).
_GLUED_PARTICLES = tuple(sorted({*korean.ON_NOUN, *korean.forms("numeral")}, key=lambda f: (-len(f), f)))
_GLUED_PARTICLE_FORMS = frozenset(_GLUED_PARTICLES)
# Words a glued noun may not start with: labels, durations, bounds, 여 (approximately), 대 (an age
# decade or a level), 배 (a multiple), magnitudes, counters that count only standing alone.
_NOT_COUNTER_START = tuple(
    w for w in (*lx.LABEL_COUNTERS, *tw.DURATION_UNITS, *lx.KO_BOUND_AFTER, *lx.BOUNDED_COUNTERS, "여", "대", "배", "만", "억", "조", "천", "백", "십")
    if not w.isascii()
)


def _glued_counter(text: str, start: int, end: int, r: Reading) -> tuple[str, int] | None:
    """(noun, end) when a whole number in digits is written against a Hangul noun that counts it:
    "42골을", "15승 10무 11패", "36경기에서", "3도움을", "10문이". Not a label ("4분기", "2030년", "3위",
    "2차": those are units or labels already), an ordinal noun ("39라운드", "해군 2함대",
    lexicon.ORDINAL_NOUNS), a particle or ending alone ("3이다", "+4였다"), a verb ("3하고"), a
    number ending a name ("K리그2", "micro 5핀", "코로나19") or a decimal."""
    if r.value.denominator != 1 or r.value < 0 or start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-+./"):
        return None
    if start > 1 and text[start - 1] == " " and text[start - 2].isascii() and text[start - 2].isalpha():
        return None  # "micro 5핀", "Xbox 360용": digits of a name written in Latin letters
    m = _HANGUL_RUN.match(text, end)
    if m is None or m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] in "-_"):
        return None  # "5G망", "3D프린터": a Latin or digit run after the Hangul is a name
    run = m.group()
    if run in _GLUED_PARTICLE_FORMS or run[0] in lx.VERB_START:
        return None
    noun = next((run[: -len(p)] for p in _GLUED_PARTICLES if len(run) > len(p) and run.endswith(p)), run)
    if len(noun) > 3 or noun in _GLUED_PARTICLE_FORMS or noun in lx.ORDINAL_NOUNS or noun.startswith(_NOT_COUNTER_START):
        return None
    return noun, end + len(noun)


# A measured adjective between a number and its noun: "six 174,000-cubic-metre LNG carriers".
_MEASURED_ADJECTIVE = re.compile(r"[ ][0-9][0-9,.]*-[a-z]+(?:-[a-z]+)*(?=[ ])")
# English time units in the plural, which a word may stand before: "35 heatwave days" (timewords' units)
_TIME_UNIT_WORDS = {
    w: u for w, (k, u, _) in _UNIT_TABLE.items()
    if k == "quantity" and u in ("year", "month", "week", "day", "hour", "minute") and w.isalpha() and w.endswith("s")
    and len(w) > 3 and w.islower()
}


def _counted_noun(text: str, start: int, end: int, r: Reading) -> tuple[Kind, str | None, int, bool] | None:
    """(count, the noun, end, "-odd"?) when a counted English noun follows an English number; (quantity,
    the time unit, end, False) when one word stands between the number and a time unit."""
    if end >= len(text) or text[end] not in " -" or _HANGUL.search(text, max(0, start - 3), end + 3):
        return None  # (not text.isascii(): that scans the whole block once per number)
    v = r.value
    if v.denominator == 1 and 1000 <= v <= 2200 and "," not in text[start:end] and end - start == 4:
        return None  # "2004 results", "in 2010 sales": a year
    # The noun stays outside the figure's span (binding reads the words after a figure for its
    # attribute: "540 billion parameters"); "-odd" belongs to the number.
    m = _COUNTED_HYPHEN.match(text, end) if text[end] == "-" and not text.startswith("-odd", end) else None
    if m and m.end() < len(text) - 1 and text[m.end() + 1].isupper() and not text[end - 1].isdigit():
        m = None  # "Zero-init Attention": a name, not a counted noun after a number in digits
    if m and m["noun"] not in _UNIT_TABLE and m["noun"] not in _NOT_BETWEEN:
        return "count", m["noun"], end, False
    odd = text.startswith("-odd", end) and not text[end + 4 : end + 5].isalpha()
    if v > 1 and v.denominator == 1 and _PRONOUN_COUNTED.match(text, end) and not (
        _THRESHOLD_AT.match(text, start) or _THRESHOLD_BEFORE.search(text, max(0, start - 8), start)
    ):
        return "count", None, end, False  # "400,000 of them from abroad", "the 1,200 who applied": people or things
    if text.startswith(" of ", end) and v > 1:  # not "one of the biggest firms": an idiom
        of = _OF_THE.match(text, end)
        m = _COUNTED.match(text, of.end()) if of else None
        if m is not None and not (m["odd"] or m["names"]) and m["noun"] not in _NOT_NOUNS and m["noun"] not in _UNIT_TABLE:
            return "count", m["noun"], end, False  # the noun of "of the …" is outside the span too
    measured = _MEASURED_ADJECTIVE.match(text, end)  # "six 174,000-cubic-metre LNG carriers", "two 500-seat theatres"
    m = _COUNTED.match(text, measured.end() if measured else end)
    if m is not None and m["adj"] is not None and not m["names"] and m["noun"] in _NOT_NOUNS:
        # "three strains this season": the plural right after the number is the noun, not an adjective of "this"
        m = _COUNTED_ALONE.match(text, measured.end() if measured else end) or m
    if m is not None and measured and m["odd"]:
        m = None
    if m is not None and (m["names"] and _model_number(text, start) or _named_with_number(text, start, end)):
        m = None  # "Boeing 737 MAX deliveries", "Windows 11 SDK builds", "5 million Nova 7 series phones" after
        # "The Nova 7 Pro": a model's number, no count
    if m is not None:
        noun, adj = m["noun"], m["adj"]
        timed = _TIME_UNIT_WORDS.get(noun) if adj is not None and not (m["odd"] or m["names"]) else None
        if timed is not None and adj not in _NOT_BETWEEN and adj not in _UNIT_TABLE and not (
            adj.endswith("s") and not adj.endswith("ss")
        ):  # "35 to 40 heatwave days", "10 working days", "12 straight hours": the unit after one word
            return "quantity", timed, end, False
        if not (
            noun in _NOT_NOUNS or noun in _UNIT_TABLE or _LATIN_FOLD.get(noun)
            or (adj is not None and (adj in _NOT_BETWEEN or adj in _UNIT_TABLE))
            or noun.endswith(("ss", "us", "is")) and noun not in _IRREGULAR_PLURALS
        ):
            return "count", noun, end + 4 if odd else end, odd
    return ("number", None, end + 4, True) if odd else None  # "80-odd"


# A number that opens a line, then a full stop and a word: the number of a list item in plain text
# (Markdown's lists the parser reads as such), not "3.5 million" nor "2019.03.14".
_LIST_MARKER = re.compile(r"\.[ ]+(?=\S)")


def _footnote(text: str, start: int, end: int) -> bool:
    """A footnote marker "[1]": a bracketed whole number glued to a word or a full stop (Wikipedia's
    "…했다.[1]", "개[2]의") or alone at the end of a line. An index or an interval in math or code is
    not one: "a[1]", "x_[2]", "구간 [1, 5]", "[[1, 2], [3, 4]]"."""
    if start == 0 or text[start - 1] != "[" or not text.startswith("]", end) or end - start > 3:
        return False
    before = text[start - 2] if start >= 2 else ""
    after = text[end + 1] if end + 1 < len(text) else ""
    if after and not (after.isspace() or after in ".,;:!?)[" or after in lx.PARTICLE_START):
        return False
    if before == "" or before.isspace():
        last = text[: start - 1].rstrip()[-1:]
        return after in ("", "\n") and last not in ("", *"=+-*/^(,[<>")  # "… [1]" ending a line; not "x = [1]"
    return not (before.isascii() and (before.isalnum() or before in "_[=(+-*/^<>"))


# 제 before a number makes it an ordinal ("제2함대", "제3회 대회", "제 12조"), not inside a word ("경제2").
_JE_BEFORE = re.compile(r"(?<![가-힣])제[ ]?\Z")
_LEADING_DIGITS = re.compile(r"[0-9]{1,4}(?![0-9,.])")


def _je_ordinal(text: str, start: int, core_end: int, base: int) -> tuple[Quantity | None, int]:
    """"제3회": the ordinal 3 from 제 to its counter (a magnitude syllable after it is a counter
    here: "제12조" is article 12, not 12 trillion)."""
    m = _LEADING_DIGITS.match(text, start)
    if m is None:
        return None, core_end
    je = text.rindex("제", 0, start)
    end = m.end()
    u = _unit(text, end)
    if text[end : end + 1] in _UNIT_SET:
        end += 1
    elif u is not None and u[0] in ("count", "number") and u[2] is not None and text[end : end + 1] != " ":
        end = u[3]
    return labels.label(je, end, text, int(m.group()), "번째", base), end


_PREFIX_BEFORE = re.compile(r"(?<![A-Za-z])(?i:mid|pre|post|early|late|non|over|under|sub|ex)[-−]\Z")


def _glued_to_name(text: str, start: int) -> bool:
    """Digits glued to a Latin name by a hyphen: "GPT-3", "GPT-3.5", "COVID-19" (not "mid-2003")."""
    return (
        start >= 2 and text[start - 1] in "-−" and text[start - 2].isascii() and text[start - 2].isalnum()
        and not _PREFIX_BEFORE.search(text, max(0, start - 7), start)
    )


_HANGUL_WORD_BEFORE = re.compile(r"[가-힣]+\Z")


def _glued_to_hangul_name(text: str, start: int) -> bool:
    """Digits with no unit glued to a Hangul word of two syllables or more ("코로나19") end a name; a
    bound or sign word glued by loose spacing ("최대19", "마이너스19") is no name."""
    m = _HANGUL_WORD_BEFORE.search(text, max(0, start - 12), start)
    if m is None or len(m.group()) < 2:
        return False
    word = m.group()
    return not any(word.endswith(w) for w in (*lx.BOUND_BEFORE, *lx.SIGN_BEFORE) if not w.isascii())


def _negative(text: str, start: int) -> bool:
    """"-3.5%" or "(-3)" — a minus that is not a hyphen between words or numbers."""
    return start >= 1 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " \t\n(<>=≤≥")


def _build(text: str, group: str, start: int, core_end: int, base: int) -> tuple[Quantity | None, int]:
    """Widen one core into a Quantity by reading its neighbours; None if it is not one."""
    s = text[start:core_end]
    end = core_end
    cstart0 = start
    approx = False
    bound: Bound = None
    reading: Reading | None = None
    su_range: tuple[Fraction, Fraction] | None = None
    native_range = False
    if group == "su":
        r = read_korean(s[1:])
        if r is None:
            return None, core_end
        su_range = (2 * r.value, 9 * r.value)  # 수백억 = [200억, 900억]: two to nine hundred 억
    elif group == "nr":
        lo, hi = lx.NATIVE_RANGES[s.replace(" ", "")]
        su_range, native_range, group = (Fraction(lo), Fraction(hi)), True, "n"
    elif group == "em":  # "twice", "doubled": an exact multiple
        multiple = _MULTIPLE_OF.get(s[:3].lower())
        if multiple is None:
            return None, core_end  # "trıple": re ignoring case lets "ı" and "İ" stand for "i"; no English word
        reading = Reading(Fraction(multiple), EXACT_EXP)
        group = "h"
    elif group == "ens":
        return _several(text, start, core_end, base)
    elif group in ("nn", "nb"):
        r = read_native(s)
        if r is None:
            return None, core_end
        if group == "nb":  # "둘 다", "하나씩": a number standing alone, counting
            return Quantity(Span(base + start, base + core_end), s, "count", r.value, *_interval(r, False)), core_end
        return _native_noun(text, start, core_end, r, base), core_end
    elif group == "h":
        reading = Reading(Fraction(1, 2), 0)
    elif group == "nd":
        days, day_counter = tw.NATIVE_DAYS[s]
        reading = Reading(Fraction(days), 0)  # as "2일" is read: ± half a day
    elif group == "sc" and text.startswith(_SC_WORDS, start) and not _KO_CENTS.match(text, start + 2):
        return None, core_end  # "이유로" (for the reason), "이불" (a blanket): words, not 2 euros or 2 dollars
    else:
        if group == "s" and s.endswith("이") and text.startswith("다", core_end) and len(s) > 2:
            s, core_end = s[:-1], core_end - 1  # "백칠십이다": 이 is the copula
        if group == "s" and " " in s and s[: s.index(" ")] in lx.SINO_STOP and s[s.index(" "):].lstrip()[:1].isdecimal():
            # "구경 800mm" (an aperture of 800 mm): a word that spells a numeral, then a figure of its own in digits,
            # which the scan reads after the word ("이천  이백", all in words, stays 2,200)
            return None, start + s.index(" ")
        reading = _read_core(group, s)
        if reading is None and group == "s" and s.replace(" ", "") in lx.SINO_STOP:
            stop_unit = _unit(text, core_end)
            if stop_unit is not None and stop_unit[0] in ("money", "percent"):
                reading = read_korean(s)  # "이천 원" is 2,000 won though 이천 is a city; "구조인" stays a word
        if group == "w":
            reading, s, core_end = _english_backoff(reading, s, start, core_end)
            if reading is not None and s.lower() == "one" and _PRONOUN_ONE.search(text, max(0, start - 12), start):
                return None, core_end  # "which one", "the one you mentioned"
        for _ in range(2 if reading is None and group == "s" else 0):
            # "이십육이다": the last syllable is the copula, not a digit; "삼백삼십일일이 지났다" (331일이):
            # a counter and a particle. Two syllables at most: a loop over a long run of syllables
            # would read it again and again (quadratic).
            if reading is not None or len(s) <= 2 or s[-1] not in SINO_DIGIT:
                break
            s, core_end = s[:-1], core_end - 1
            reading = _read_core(group, s)
        while reading is None and group == "d" and " " in s.rstrip():
            # "3천 5000만 원": the spaced group does not fit its place, so it starts the next figure
            # (_extract scans what is left of the core again)
            s = s[: s.rstrip().rindex(" ")]
            core_end = start + len(s)
            reading = _read_core(group, s)
        if reading is None:
            return None, core_end
        end = core_end
    fraction = False
    model_size = False
    if group == "f":
        fr, fend = _fraction(text, end, reading)  # type: ignore[arg-type]
        if fr is None:
            return None, core_end
        start, fr = _mixed_whole(text, start, fr)
        reading, end, fraction = Reading(fr, EXACT_EXP), fend, True
    if group == "d":
        if _glued_to_name(text, start) and not _SIZE_SUFFIX.match(text, core_end):
            return None, core_end  # "GPT-3", "COVID-19"; but "LLaMA-13B", "PaLM-540B" are sizes
        if start and text[start - 1] in "제 " and _JE_BEFORE.search(text, max(0, start - 3), start):
            return _je_ordinal(text, start, core_end, base)  # "제2함대", "제3회", "제 12조": ordinals
        if start and text[start - 1] == "[" and _footnote(text, start, core_end):
            return None, core_end + 1  # "175억 개에 이른다.[1]", "개[2]의": a reference, not a figure
        if (start == 0 or text[start - 1] == "\n") and core_end - start <= 3 and _LIST_MARKER.match(text, core_end):
            return None, core_end + 1  # "1. Gyeongsangnam-do, …" opening a line: a plain-text list's number
        if start and text[start - 1] == "." and (start == 1 or text[start - 2] in " \t\n("):
            start -= 1  # ".25"
            reading = _read_core("d", "." + s)
            if reading is None:
                return None, core_end
        if _negative(text, start):
            start -= 1
            reading = Reading(-reading.value, reading.exp)  # type: ignore[union-attr]
        if _UNIT_SET.isdisjoint(s):
            if end < len(text) and text[end] in _NOTATION_FIRST:
                special = _notation(text, start, end, reading)  # type: ignore[arg-type]
                if special is not None:
                    reading, end, fraction = special
            money = text.startswith("m", end) and _currency_before(text, start)  # "$600m"
            unscaled = end
            reading, end = _scale(text, end, reading, money)  # type: ignore[arg-type]
            model_size = _SIZE_SUFFIX.fullmatch(text, unscaled, end) is not None and _MODEL_BEFORE.search(
                text, max(0, start - 24), start) is not None
            if end < len(text) and text[end] == " " and text[end - 1].isalpha():
                reading, end = _digit_words(text, end, reading)
            if end < len(text) and text[end].isalpha() and _ORDINAL_SUFFIX.match(text, end):
                if reading.value.denominator != 1 or reading.value <= 0:
                    return None, end
                q = labels.ordinal(start, end + 2, text, int(reading.value), base)
                return q, q.span.end - base  # "the 21st century", "3rd quarter", "May 4th": ordinal labels
    if reading is not None and group in ("d", "w") and not fraction and text.startswith((" o", " ov"), end):
        over = _OVER.match(text, end)
        if over:  # "one over three", "2000 over 3", "two out of five hundred"
            den, dend = _denominator(text, over.end())
            if (
                den is not None
                and 0 < reading.value
                and (reading.value <= den.value or not over["of"])  # "12 out of 10" is two numbers
                and (over["of"] or not _WORD_AFTER.match(text, dend))
            ):
                if not _before(text, start)[0]:  # "$2000 over 3 years" is money over time
                    reading, end, fraction = Reading(reading.value / den.value, EXACT_EXP), dend, True
    if reading is not None and group in ("d", "s") and "분" in text[end : end + 2]:
        fr, fend = _fraction(text, end, reading)
        if fr is not None:
            reading, end, fraction = Reading(fr, EXACT_EXP), fend, True
    if reading is not None and group in ("d", "s") and not fraction and text.startswith(("과", "와"), end):
        mixed = _MIXED.match(text, end)
        scan = _HANGUL_SCAN.match(text, mixed.end()) if mixed else None
        if mixed and scan:  # "일과 이분의 일", "이십삼과 오분의 삼": a whole and a fraction
            fq, fend = _build(text, "f", mixed.end(), scan.end(), base)
            if fq is not None and fq.value is not None and fq.value > 0:
                # the fraction has already read its whole part back ("일과 이분의 일")
                v = fq.value if fq.span.start - base <= start else reading.value + fq.value
                return Quantity(Span(base + start, fq.span.end), text[start : fq.span.end - base], "number", v, v, v), fend
    plus = None
    if reading is not None and group in ("d", "s") and not fraction and text.startswith("여", end):
        mag = _YEO_MAGNITUDE.match(text, end)
        whole = read_korean(s + mag["m"]) if mag else None
        if mag and whole is not None:  # "12억 6천여만원", "300여만 명": 여 before the magnitude
            reading, end = whole, mag.end()
            plus = reading
        else:
            ym = _YEO.match(text, end)
            if ym:
                plus, end = reading, ym.end()
    kind: Kind = "ratio" if group == "h" else "number"  # 절반/half, twice: multiples
    unit: str | None = "x" if group == "h" else None
    if group == "h" and _HALF_SUBJECT.match(text, start) and (start == 0 or _SENTENCE_END.search(text, max(0, start - 2), start)):
        kind, unit = "number", None  # "Half received the drug": a part of a group, a fraction as "a quarter of"
    counter: str | None = None
    u = _unit(text, end) if group not in ("h", "nd") else None
    if group == "nd":  # "이틀" is "2일" read as a duration: unit and counter are the word's own
        kind, unit, counter = "quantity", tw.DURATION_UNITS[day_counter], day_counter
    unit_from = end
    if u is not None and u[2] == "해" and group != "n":
        u = None  # "12해리", "3해역": 해 counts years after a native numeral only ("한 해 동안")
    if u is not None and u[0] == "quantity" and group == "d" and _currency_before(text, start):
        u = None  # "$639m year-earlier", "£5 year on year": an amount of money, the word after is no unit
    if u is not None and u[0] == "ratio" and _TIMES_DIGIT.match(text, end):
        u = None  # "100×100 픽셀", "2960 x 1440": dimensions, not a multiple
    if u is not None and u[1] == "GBP¢" and text[end : u[3]] == "p" and (
        reading is None or reading.value in _VIDEO_LINES or not text.isascii()
    ):
        u = None  # "1080p", "720p": lines of a video; "925p" (pence) in English copy
    if u is not None:
        tok = text[end : u[3]].strip()
        kind, unit, counter, end = u
        if kind == "money" and reading is not None:
            reading, end = _money_scale(text, tok, end, reading)
    second = None
    if reading is not None and group in ("d", "s") and not fraction:
        rs = _RANGE_SEP.match(text, end) if end < len(text) and text[end] in _RANGE_FIRST else None
        if rs:
            second, end2 = _follow(text, rs.end())
            if second is not None and u is None:
                reading = _shared_magnitude(reading, s, text[rs.end() : end2], second)
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
    decade = (
        group == "d" and u is None and reading is not None and text.startswith("s", end)
        and reading.value.denominator == 1 and 1000 <= reading.value <= 2200 and reading.value % 10 == 0
        and _DECADE_S.match(text, end) is not None
    )
    if decade:
        end += 1  # "the 1990s"
    elif group == "d" and u is None and reading is not None and text.startswith((")", "·", ","), end) and tw.age_in_parentheses(text, start, end, reading.value):
        kind, unit = "quantity", "year"  # "김은경(53) 씨": an age
    level = None
    if (counter == "대" or text.startswith("대", end)) and reading is not None and second is None and not fraction and plus is None:
        level = _level(text, start, end, s, kind, unit, counter)
        if level is not None:  # "800억대", "3만원대": the range of that level
            kind, unit, counter, end = level
    if su_range is not None and counter is not None and kind in ("number", "count"):
        su_unit = tw.duration_unit(text, start, end, counter, su_range[0], False, False)
        if su_unit is not None:  # "수십 년", "수개월"
            kind, unit = "quantity", su_unit
    age = False
    if counter == "시" and reading is not None and not _an_hour(text, end, reading.value):
        counter, end = None, _before_counter(text, end, "시")  # "1천만 시대", "3천 시장", "200 시민": another word
    if counter in _TIME_COUNTERS and reading is not None and kind in ("number", "count") and not fraction:
        timed = _timed(text, start, end, counter, reading, group, s, second is not None)
        if counter == "해" and timed is None:
            return None, end  # "한 해 평균", "지난 한 해를": 해 counts years only as a span (timewords)
        if timed is not None:
            kind, unit, reading, start, end, age = timed
            if kind == "quantity" and plus is None and second is None and text.startswith("여", end) and _YEO_AFTER.match(text, end):
                plus, end = reading, end + 1  # "3년여 만에": three years and more
    if kind == "quantity" and unit in _NTH_SPAN_UNITS and second is None and not age and end < len(text):
        nth = _NTH_SPAN_AFTER.match(text, end)
        if nth is not None:  # "농성 12일째", "입사 3년 차": the Nth day or year, an ordinal
            kind, unit, counter, end = "number", None, nth["w"], nth.end()
    if group == "d" and kind == "number" and u is None and counter is None and reading is not None and not fraction \
            and _age_decade_en(text, start, end, reading.value):
        kind, unit, end, age = "quantity", "year", end + 1, True  # "people in their 20s": [20, 29] years of age
    if group == "s" and len(s) == 1 and not fraction and (_SINGLE_OK.match(text, core_end) or _sign_before(text, start)[1]):
        pass  # "백 이상, 삼백 이하", "천에서 천오백까지", "마이너스 십과 십오 사이"
    elif group == "s" and len(s) == 1 and u is not None and not fraction:
        # 천 마리, 백 퍼센트, 만원 — but not 조건 (condition) or 조원 (team members)
        spaced = text[core_end] == " "
        if not (u[0] == "percent" or (u[0] == "money" and s in "만천백십") or spaced):
            return None, core_end
    if group in ("s", "n") and u is None and second is None and not fraction:
        # a bare Korean numeral word must stand alone: "이백과", not "이천시"
        if (len(s.replace(" ", "")) < 2 and not _SINGLE_OK.match(text, end) and not _sign_before(text, start)[1]) or not _boundary_ok(text, end):
            return None, core_end
    if group == "n" and not native_range:
        if (
            u is None or text[core_end:end].strip() in lx.NATIVE_STOP or s + text[core_end:end] in lx.NATIVE_STOP
            or not _boundary_ok(text, end) and not _KO_BOUND.match(text, end)  # "세 번꼴"
            and not _copula_end(text, end)  # "네 배다": the copula after a counter ending in a vowel
        ):
            # not a counter after all: "두 개구리" (a frog, not 개), or no counter
            return _native_noun(text, start, core_end, reading, base) if s in lx.NATIVE_BEFORE_NOUNS else None, core_end
    if group == "d" and u is None and start > 0 and _HANGUL.match(text, start - 1):
        # digits glued inside a Hangul name: "대덕2연구센터"
        if end < len(text) and _HANGUL.match(text, end) and text[end] not in lx.PARTICLE_START:
            return None, end
        if _glued_to_hangul_name(text, start):
            return None, end  # "코로나19 확진자", "코로나19의": a bare number ending a name
    if start > 0 and group != "h":
        new_start, neg, _ = _sign_before(text, start)
        if neg and reading is not None:
            start, reading = new_start, Reading(-reading.value, reading.exp)
    if reading is not None and second is None and (
        (kind == "quantity" and unit is not None and "deg" in unit)
        or (kind == "number" and unit is None and counter is None and _SCALE_BEFORE.search(text, max(0, start - 3), start))
    ):  # "섭씨 20.3": the scale before a number with no unit names it as well as 도 after it does
        temp = _temperature(text, start, end, unit or "degree", reading)
        if temp is not None:
            kind, unit, start, reading = "quantity", *temp
            zero = _BELOW_ZERO.match(text, end)
            if zero and reading.value > 0:  # "2 degrees below zero" = −2
                reading, end = Reading(-reading.value, reading.exp), zero.end()
    if kind == "number" and unit is None and counter is None and text.endswith("of ", 0, start):
        pm = _PERCENT_OF.search(text, max(0, start - 20), start)
        if pm:  # "per cent of 210": the percent word first
            kind, unit, start = "percent", "%", pm.start()
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
            if currency is not None and reading is not None and text[max(0, start - 5) : start].strip() in MILLION_CODES:
                reading = scaled(reading, 6)  # "MAUD 60" = A$60 million
            start = new_start
        if currency is not None and u is not None and end == u[3] and len(text[unit_from:end].strip()) == 1:
            if _DIGIT_NEXT.match(text, end):  # "$ 20,000.00 $ 37,305.97": that "$" is the next figure's
                end = unit_from
    if kind == "number" and unit is None and counter is None and reading is not None and group in ("d", "w") and text[end : end + 1] in (" ", "-") \
            and not decade:  # "a 1950s-set drama": the decade is what modifies the noun
        if group == "w" and reading.value == 1 and _ONE_ADJECTIVE.match(text, end):
            return None, end  # "a one-way trip", "a one-off payment": "single", an adjective, not one of a thing
        noun = _counted_noun(text, start, end, reading)
        if noun is not None and noun[0] == "quantity":  # "35 heatwave days": the unit outside the span,
            kind, unit = noun[:2]  # as a counted noun is, so the word before it stays the attribute
        elif noun is not None:  # "13,000 jobs", "118 million new shares", "a 12-member cartel", "80-odd"
            kind, counter, end, odd = noun
            approx = approx or odd
    if kind == "number" and unit is None and counter is None and reading is not None and group == "d" and end < len(text) and _HANGUL.match(text, end):
        glued = _glued_counter(text, start, end, reading)
        if glued is not None:
            kind = "count"
            counter, end = glued
    if kind == "number" and unit is None and counter is None and group in ("d", "w", "s") and text[start - 2 : start - 1] in _PEOPLE_LAST and _PEOPLE_BEFORE.search(text, max(0, start - 30), start):
        v = reading.value if reading is not None else _ONE
        if not (end - start == 4 and v.denominator == 1 and 1000 <= v <= 2200):  # "the population of 2020"
            kind = "count"  # "a population of about 850,000", "a crowd of 8,012", "인구 85만": people counted
    if kind == "number" and unit is None and counter is None and group in ("d", "w") and reading is not None \
            and (reading.value.denominator == 1 or reading.value >= 1000) and _tally_value(text, start, end):
        v = reading.value
        if not (end - start == 4 and v.denominator == 1 and 1000 <= v <= 2200):
            kind = "count"  # "the number of entrants at 1,200", "the population passed half a million"
    if kind == "number" and counter in _PART_COUNTERS and _PARTS_AFTER.match(text, end):
        kind = "count"  # "3단계에 걸쳐", "2단으로 구성돼": how many stages, not the stage's number
    if fraction and kind == "number" and unit is None and counter is None and _LEVEL_WORD.match(text, end):
        kind, unit = "ratio", "x"  # "SLS 발사 비용의 10분의 1 수준": a tenth of another figure, 0.1배
    if kind == "number" and unit is None and counter is None and model_size and second is None:
        kind = "count"  # "LLaMA-13B", "GPT-3(175B)", "LLaMA 65B": a model's size, its parameters counted
    if bound is None and end < len(text) and (text[end] in ">≥<≤" or text.startswith((" >", " <", " ≥", " ≤"), end)):
        pm = _SYMBOL_AFTER.match(text, end)
        if pm:  # "100 >= 의 소수"
            bound, end = ("min" if pm[1][0] in ">≥" else "max"), pm.end()
    if kind == "money" and reading is not None and second is None and end < len(text) and reading.value.denominator == 1:
        sub = _SUBUNIT_AFTER.match(text, end) or _KO_CENTS.match(text, end)
        if sub:  # "1달러 20센트", "64 dollars 45 cents", "15 dollars 50", "$20 and 43c"
            n = sub["n"]
            cents = int(n) if n.isdigit() else read_english_words(n) or read_korean(n)
            if cents is not None and not isinstance(cents, int):
                cents = int(cents.value) if cents.value.denominator == 1 and cents.value < 100 else None
            if cents is not None:
                reading, end = Reading(reading.value + Fraction(cents, 100), min(reading.exp, -2)), sub.end()
    if end < len(text) and text[end] == "(" and u is not None:
        gloss = _GLOSS.match(text, end)
        if gloss and _KO_BOUND.match(text, gloss.end()):
            end = gloss.end()  # "700 페타플롭(PetaFlop)이상": a gloss without figures between unit and bound
    if end < len(text) and text[end] in _BOUND_FIRST:
        bm = _KO_BOUND.match(text, end) or _EN_BOUND.match(text, end)
        cm = None if bm or not _COMPARE_HINT.intersection(text[end : end + 4]) else _KO_COMPARE.match(text, end)
        if cm:
            stem = cm["s1"] or cm["s2"] or cm["s3"]
            b_ = lx.KO_COMPARE_STEM[stem] if stem else lx.KO_BOUND_AFTER[cm["b2"]]
            bound = "min" if b_ == "min" else "max"
            end = cm.end()
        elif bm:
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
    elif kind == "percent" and unit == "bp":
        unit, scale = "%p", BASIS_POINT  # "a 25bp cut" is a cut of 0.25 percentage points
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    if su_range is not None:
        value, low, high, bound = None, su_range[0] * scale, su_range[1] * scale, "range"
        approx = approx or not native_range  # 수백: several hundred, loosely; 한두: one or two
    elif (level is not None or age) and reading is not None and bound == "min":
        # "50대 이상", "800억대 이상": the level and above, at least its first value
        value, low, high = reading.value * scale, reading.value * scale, None
    elif level is not None and reading is not None:
        # "800억대": [800억, 900억]; "3만원대": [3만, 4만] — up to the next step of its last non-zero digit
        # ("7.5%대": [7.5, 7.6], the step of its last written decimal)
        step = Fraction(10) ** (_last_nonzero(reading.value) if reading.value.denominator == 1 else min(reading.exp, 0))
        value, low, high, bound = None, reading.value * scale, (reading.value + step) * scale, "range"
    elif age and reading is not None:
        # "20대": an age decade, [20, 29] years
        value, low, high, bound = None, reading.value, reading.value + 9, "range"
    elif second is not None and reading is not None:
        # the endpoints of a written range are its interval: "80~90%" → [80, 90]
        # (approximate ranges keep their endpoints: "20~100개 정도" → [20, 100], approx)
        value, low, high, bound = None, reading.value * scale, second.value * scale, "range"
    else:
        assert reading is not None
        value = reading.value if scale is _ONE else reading.value * scale
        if group == "h":  # 절반/half, twice: exact, unless a word of approximation widens them ("roughly twice")
            low, high = _interval(Reading(value, EXACT_EXP), True) if approx else (value, value)
        elif plus is not None:
            # "100여 명": at least 100, below the next step of its last non-zero digit
            low, high, approx = value, (reading.value + Fraction(10) ** _last_nonzero(plus.value)) * scale, True
        elif kind == "number" and (counter in _YEAR_COUNTERS or (counter is None and end - start == 4 and _bare_year(text, start, end, value))):
            low = high = value  # a year names one year: "2010년" is 2010, not 2005–2015
        elif kind == "number" and (counter == "년대" or decade):
            low, high = value, value + 9  # a decade: "1830년대", "the 1990s" = 1830–1839, 1990–1999
        elif approx and kind == "percent" and reading.exp != EXACT_EXP:
            margin = min(APPROX_POINTS, abs(value) / 10)
            low, high = _interval(reading, False)
            low, high = low * scale - margin, high * scale + margin
        else:
            # an exact word ("twice") is a point, unless a word of approximation widens it ("roughly twice")
            low, high = (value, value) if reading.exp == EXACT_EXP and not approx else _interval(reading, approx)
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


# The magnitude written once after a range's second number: "70~80만원", "3~4억", "5-10 billion".
_LAST_MAGNITUDE = re.compile(
    r"[0-9][0-9,]*(?:\.[0-9]+)?[ ]?(?P<m>[만억조경]|(?i:thousand|million|billion|trillion)|bn|tn|[kKMBT])"
)
_MAGNITUDE_EXP = {"만": 4, "억": 8, "조": 12, "경": 16, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
                  "bn": 9, "tn": 12, "k": 3, "K": 3, "M": 6, "B": 9, "T": 12}


def _shared_magnitude(first: Reading, core: str, second_text: str, second: Reading) -> Reading:
    """"70~80만원" is 70만–80만: a bare first number takes the second's magnitude when it is then
    the smaller end ("70" below "80"); "2019~2020년" and "3천~4천" keep theirs."""
    m = _LAST_MAGNITUDE.fullmatch(second_text.strip())
    if m is None or not core.replace(",", "").replace(".", "").isdigit():
        return first
    e = _MAGNITUDE_EXP[m["m"]] if m["m"] in _MAGNITUDE_EXP else _MAGNITUDE_EXP[m["m"].lower()]
    if first.value * 10**e < second.value:
        return scaled(first, e)
    return first


_LEVEL_AFTER = re.compile(r"대(?![가-힣])|대(?=[의가는를을이로에도]|였|이다|인)")
_MACHINE_NEAR = re.compile(rf"(?:{'|'.join(lx.MACHINE_NOUNS)})")


def _level(
    text: str, start: int, end: int, core: str, kind: Kind, unit: str | None, counter: str | None
) -> tuple[Kind, str | None, str | None, int] | None:
    """대 after an amount names its level: "3만원대" (money), "30만 명대" (a count), "20%대" (a
    percent), "800억대"/"10조대" (won: Korean writes
    amounts of 억 and more without 원) — unless 대 counts machines ("스마트폰 1억대", "1천만대
    판매": lexicon.MACHINE_NOUNS within the clause). (kind, unit, counter, end) or None."""
    if kind in ("money", "count", "percent") and text.startswith("대", end) and text[end - 1] != " " \
            and _LEVEL_AFTER.match(text, end):
        return kind, unit, counter, end + 1  # "3만원대", "30만 명대", "20%대": the level, to the next step
    if counter != "대" or not core or core[-1] not in "억조경" or not _LEVEL_AFTER.match(text, end - 1):
        return None
    if _MACHINE_NEAR.search(text, max(0, start - 15), min(len(text), end + 15)):
        return None
    return "money", "KRW", None, end


_YEAR_COUNTERS = frozenset({"년", "년도"})
_LABEL_SET = frozenset(lx.LABEL_COUNTERS)
_DURATION_UNIT_NAMES = frozenset({*tw.DURATION_UNITS.values(), "week", "hour", "minute", "second"})
# English ages: "aged 65", "ages 18 to 24" (years), "in their 20s" (an age decade, [20, 29] years; not
# "in the 20s", which may be the 1920s).
_EN_AGED_BEFORE = re.compile(r"(?<![A-Za-z])(?i:aged|ages)[ ](?:(?:between|from|over|under)[ ])?\Z")
# "in their 20s", and the second of a pair: "in their 70s and 80s", "in their 20s or 30s"
_EN_AGE_DECADE_BEFORE = re.compile(
    r"(?<![A-Za-z])in[ ](?:their|his|her|my|your|our)[ ](?:[1-9]0s[ ](?:and|or|to)[ ])?\Z"
)


def _age_decade_en(text: str, start: int, end: int, value: Fraction) -> bool:
    """"in their 20s" at ``start``–``end`` (the s after ``end``): an age decade."""
    return value.denominator == 1 and 10 <= value <= 90 and value % 10 == 0 and _DECADE_S.match(text, end) is not None \
        and _EN_AGE_DECADE_BEFORE.search(text, max(0, start - 24), start) is not None


# How often, after "N times" or "twice": "six times in a row", "three times a week", "twice a day" —
# a count of occurrences, not a multiple ("six times as likely", "rose six times in a decade").
_HOW_OFTEN_AFTER = re.compile(
    r"[ ](?:in[ ]a[ ]row|running|so[ ]far|a[ ](?:day|week|month|year|season|game)"
    r"|per[ ](?:day|week|month|year|season|game)|this[ ](?:year|season|week|month))(?![A-Za-z])"
)


def _how_often(q: Quantity, text: str, base: int) -> Quantity:
    """A multiple written "N times"/"twice" before a word of how often is a count of times."""
    if q.unit != "x" or not q.text.lower().endswith(("times", "twice")) or not _HOW_OFTEN_AFTER.match(text, q.span.end - base):
        return q
    return dataclasses.replace(q, kind="count", unit=None, counter="times")


def _aged(q: Quantity, text: str, base: int) -> Quantity:
    """A plain number or range after "aged"/"ages" is years of age ("aged 65 or over", "ages 5 to 11")."""
    if q.kind != "number" or q.unit is not None or q.counter is not None:
        return q
    start = q.span.start - base
    if not _EN_AGED_BEFORE.search(text, max(0, start - 16), start):
        return q
    return dataclasses.replace(q, kind="quantity", unit="year")


# The counters _timed reads (timewords.DURATION_UNITS, an age decade 대, an hour 시).
_TIME_COUNTERS = frozenset({*tw.DURATION_UNITS, "대", "시"})
# "the 1990s": a decade written in English.
_DECADE_S = re.compile(r"s(?![A-Za-z0-9])")
# A bare year in English: "in 2010", "since 2004", "by 2025", "mid-2003".
_EN_YEAR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:in|by|since|from|to|until|till|through|of|early|late|mid|fiscal|FY|during|before|after|between|and)[ \-]\Z"
)


def _bare_year(text: str, start: int, end: int, value: Fraction) -> bool:
    """A four-digit whole number from 1000 to 2200 after a year word ("in 2010"): a year."""
    return (
        end - start == 4 and _EN_YEAR_BEFORE.search(text, max(0, start - 8), start) is not None
        and value.denominator == 1 and 1000 <= value.numerator <= 2200
    )


def _an_hour(text: str, end: int, value: Fraction) -> bool:
    """Whether 시 after a number (ending at ``end``) is an hour: a whole number up to 24, glued to it or
    followed by no word of its own ("3시", "15시에", "오후 3 시") — not the first syllable of 시대, 시장,
    시민 after a figure ("인구 1천만 시대", "200 시민")."""
    if value.denominator != 1 or value > 24:
        return False
    glued = text[end - 2] != " "
    return glued or end >= len(text) or not _HANGUL.match(text, end) or text[end] in lx.PARTICLE_START


def _before_counter(text: str, end: int, counter: str) -> int:
    """Where the numeral ends when the counter ending at ``end`` is dropped (and the space before it)."""
    end -= len(counter)
    while text[end - 1] == " ":
        end -= 1
    return end


# 차 after a week's counter numbers it ("3주 차", "2주차에", "3년 차였다"): 차 ends its word or carries a
# particle or a copula; never the first syllable of a word of its own (차이 a gap, 차량, 차례, 차로, 차단 a
# block, 차관 a loan, 차입 borrowing: "90일 차단 조치", "10년 차관").
_NTH_CHA = r"차(?=[^가-힣]|\Z|(?:에서|에는|에|의|를|은|는|인|인데|가|로|부터|도|까지|만|였다|였던|다)(?![가-힣]))"
_NTH_AFTER = re.compile(r"[ ]?" + _NTH_CHA)
# 째 or 차 after a span of days, months or years numbers it: "파업 3일째", "이틀째", "입사 2년 차", "6개월째"
# (the third day, not three days): an ordinal label, its counter the ordinal word, never a day of a month.
_NTH_SPAN_AFTER = re.compile(r"[ ]?(?P<w>째|" + _NTH_CHA + ")")
_NTH_SPAN_UNITS = frozenset({"day", "week", "month", "year"})


def _timed(
    text: str, start: int, end: int, counter: str, reading: Reading, group: str, core: str, ranged: bool
) -> tuple[Kind, str | None, Reading, int, int, bool] | None:
    """A time counter read as a duration, an age decade or a 24-hour label (timewords' docstring):
    (kind, unit, reading, start, end, age decade?), or None to keep the figure as it is."""
    if counter == "대" and not ranged and tw.age_decade(text, start, end, reading.value):
        return "quantity", "year", reading, start, end, True
    if counter == "주" and _NTH_AFTER.match(text, end):  # "개봉 3주 차에", "2주차": the third week, a label
        return "number", None, reading, start, end, False
    magnitude = any(c in core for c in "만억조경")
    unit = tw.duration_unit(text, start, end, counter, reading.value, group == "n", magnitude)
    if unit is not None:
        half = tw.half_after(text, end)
        if half is not None and not ranged:  # "1년 반": a year and a half
            reading, end = Reading(reading.value + Fraction(1, 2), min(reading.exp, -1)), half
        return "quantity", unit, reading, start, end, False
    if counter == "시" and reading.value < 12:
        at = tw.afternoon(text, start)
        if at is not None:  # "오후 3시": 15시
            return "number", None, Reading(reading.value + 12, reading.exp), at, end, False
    if counter in ("분", "초") and group != "n":  # "17시 29분": a time of day, a label
        return "number", None, reading, start, end, False
    return None


_NOUN_AFTER = re.compile(r"[ ](?P<w>[가-힣]+)")
_NOUN_PARTICLES = tuple(sorted({*korean.ON_NOUN, *korean.AFTER_NAME, "들", "들이", "들은", "들을", "들의", "들과"}, key=len, reverse=True))


_OF_AFTER = re.compile(r"[ ]of[ ]")


def _several(text: str, start: int, end: int, base: int) -> tuple[Quantity | None, int]:
    """"hundreds of millions of dollars" = [10**8, 10**9 − 1] USD; "thousands of people" a count."""
    m = _EN_SEVERAL.match(text, start)
    if m is None:
        return None, end
    e = _SEVERAL_EXP[m["a"].lower()] + (_SEVERAL_EXP[m["b"].lower()] if m["b"] else 0)
    low, high = Fraction(10**e), Fraction(10 ** (e + 1) - 1)
    kind: Kind = "number"
    unit = counter = None
    of = _OF_AFTER.match(text, end)
    if of:
        u = _unit(text, of.end())
        if u is not None and u[0] == "money":
            kind, unit, end = "money", u[1], u[3]
        else:
            noun = _COUNTED.match(text, of.end() - 1)
            if noun and noun["noun"] not in _NOT_NOUNS:
                kind, counter, end = "count", noun["noun"], noun.end()
    return Quantity(Span(base + start, base + end), text[start:end], kind, None, low, high, unit, True, "range", counter), end


def _native_noun(text: str, start: int, core_end: int, r: Reading | None, base: int) -> Quantity | None:
    """"두 도시", "세 과학자", "두 자녀를": a native numeral counting the noun after it (the counter is
    the noun without its particle)."""
    m = _NOUN_AFTER.match(text, core_end)
    if r is None or m is None:
        return None
    word = m["w"]
    for particle in _NOUN_PARTICLES:
        if word.endswith(particle) and len(word) > len(particle):
            word = word[: -len(particle)]
            break
    low, high = _interval(r, False)  # the noun stays outside the span, as after an English number
    return Quantity(Span(base + start, base + core_end), text[start:core_end], "count", r.value, low, high, counter=word)


def _last_nonzero(v: Fraction) -> int:
    n, e = abs(v.numerator), 0
    if v.denominator != 1 or n == 0:
        return 0
    while n % 10 == 0:
        n //= 10
        e += 1
    return e


def extract(text: str, base: int = 0) -> list[Quantity]:
    """All quantities in ``text``, spans offset by ``base``, sorted by start.

    Never raises on any text: an exception here is a bug (fuzzed by tests/quantities/test_fuzz_numbers.py
    and fuzz/numbers.py), and it is not hidden — the engine reports it as an internal error.
    """
    if not _ODD_CASE.search(text):
        return _extract(text, base)
    found = _extract(text.translate(_ODD_CASE_BLIND), base)  # one code point for one: spans stay put
    return [q if text[q.span.start - base : q.span.end - base] == q.text
            else dataclasses.replace(q, text=text[q.span.start - base : q.span.end - base]) for q in found]


# The letters Unicode case folding maps onto ASCII s, k and i (ſ, the Kelvin sign, İ, ı): the English
# number-word patterns, compiled to ignore case, match them ("thouſand", "mİllion"), and the lexicon,
# keyed by ASCII spellings, then knows no such word. The extractor reads them as a letter no pattern
# matches; no number word or unit is spelt with them.
_ODD_CASE = re.compile("[\u017f\u212a\u0130\u0131]")
_ODD_CASE_BLIND = str.maketrans("\u017f\u212a\u0130\u0131", "\u00f8\u00f8\u00f8\u00f8")


# What may follow a lone magnitude syllable that is a number: a currency or percent (만원, 백 퍼센트),
# a bound or comparison (백 이상, 천보다), a range (천에서, 십과 십오 사이), a score (십점에서).
_LONE_NEXT_OK = frozenset("이미초보에과와점") | {
    w[0] for w, (kind, _, _) in _UNIT_TABLE.items() if kind in ("money", "percent") and _HANGUL.match(w)
}
_SIGN_WORDS = ("마이너스", "마이너스 ", "마이나스", "마이나스 ", "음수", "음수 ")


def _lone_unit_syllable(text: str, cstart: int, cend: int) -> bool:
    """Fast reject, same verdict as _build: a single 경/만/천… glued to a Hangul word is not a number."""
    c = text[cend]
    return "가" <= c <= "힣" and c not in _LONE_NEXT_OK and not text.endswith(_SIGN_WORDS, 0, cstart)


def _extract(text: str, base: int) -> list[Quantity]:
    out: list[Quantity] = []
    months = False
    excluded = _excluded_spans(text)
    pos = 0
    candidates = _candidates(text)
    i = -1
    while i + 1 < len(candidates):
        i += 1
        cstart, _, group, cend = candidates[i]
        if cstart < pos:
            continue
        if excluded and any(a <= cstart < b for a, b in excluded):
            pos = next(b for a, b in excluded if a <= cstart < b)
            continue
        if group == "skip":
            clock = tw.clock_duration(text, cstart, cend, base)  # "won in 2:08:14": a time taken
            out += [clock] if clock else labels.digit_date(text, cstart, cend, base)  # "2010-03-26": labels
            pos = cend
            continue
        if group in ("mo", "ord", "dec", "kh", "qh"):
            if group == "kh":
                lq: Quantity | None = labels.ko_half(labels.KO_HALF_SCAN.match(text, cstart), text, base)  # type: ignore[arg-type]
            elif group == "qh":
                lq = labels.en_period(labels.EN_PERIOD_SCAN.match(text, cstart), text, base)  # type: ignore[arg-type]
            elif group == "dec":
                lq = labels.decade(labels.DECADE_SCAN.match(text, cstart), text, base)  # type: ignore[arg-type]
            elif group == "mo":
                lq = labels.month(text, cstart, cend, base)
            else:
                lq = labels.ordinal_word(text, labels.ORDINAL_SCAN.match(text, cstart), base)  # type: ignore[arg-type]
            if lq is not None:
                months = months or group == "mo"
                out.append(lq)
                pos = lq.span.end - base
            continue
        if group == "s" and cend - cstart == 1 and cend < len(text) and _lone_unit_syllable(text, cstart, cend):
            continue  # 경제, 경쟁, 만들다: a magnitude syllable starting an ordinary word (most "s" cores)
        q, end = _build(text, group, cstart, cend, base)
        if group == "d" and end < cend:
            _rescan(text, end, cend, candidates, i)
        if q is None:
            continue
        bounded = _bounded(q)
        if bounded is None:
            pos = end  # too large to hold exactly: left unread, and nothing inside it is read either
            continue
        q = bounded
        if _no_figure(q, text, q.span.start - base, end):
            pos = end  # "3호선", "p. 14", "pp. 112–118": a name, a locator
            continue
        if q.kind == "percent" and _name_number_before_word(q, text, q.span.start - base):
            pos = end  # "'노바 7 프로'" after "'노바 7'": a model's name, no 7 percent
            continue
        if _is_bare(q) and q.text[:1].isdigit() and _title_or_version(q, text, cstart, end):
            pos = end  # "'Arka 2'", "version 2.1": a title's or a version's number, no figure
            continue
        if q.counter == "초" and end < len(text) and text[end].isdigit():
            q, end = _second_decimals(q, text, end, base)
        if out and out[-1].span.end > q.span.start:
            # a prefix word reached back over the previous quantity: trim it
            q = _trim_start(q, out[-1].span.end, text, base)
        if q.kind == "number" and q.unit is None and q.counter is None and end < len(text) - 2 and text[end] in " \u00a0":
            q = _counted_acronym(q, text, base)  # "4.21 million TEU", "412만 TEU"
        if out and q.kind in ("number", "count") and q.unit is None and q.counter is None and q.value is not None:
            # (after the acronym: a noun written after the figure, "including 12 SUVs", is its own)
            q = _elided_noun(out, q, text, base)  # "50,000 people worldwide, with about 7,000 in the UK"
        if _is_bare(q) and q.bound is None:
            q = _unwritten_unit(out, q, text, base)  # "77억원에서 152억으로", "878억을 들여"
        elif q.kind == "quantity" and q.unit and "/" not in q.unit:
            q = _per_time(q, text, base)  # "시속 100km", "시간당 104㎜", "50mm an hour": rates
        if out and q.kind in ("count", "number") and out[-1].kind in ("count", "number") and out[-1].bound is None:
            part = _partitive(out[-1], q, text, base)
            if part is not None:  # "one in five adults": a fraction
                out[-1] = part
                pos = end
                continue
        if out and q.bound is None and out[-1].bound is None and q.value is not None and out[-1].value is not None:
            joined = _written_range(out[-1], q, text, base)
            if joined is not None:
                out[-1] = joined
                pos = end
                continue
        if out and _is_bare(q) and _is_bare(out[-1]) and _date_name(out[-1], q, text, base):
            out.pop()  # "6·25 전쟁", "3·1절", "5·18 민주화운동": an event named by its date, no figures
            pos = end
            continue
        if out and q.kind in ("quantity", "money", "percent", "ratio") and q.unit and _is_bare(out[-1]):
            _share_unit(out, q, text, base)  # "메모리 유닛(64, 256, 512MB)", "정수배(2·3·4배)": the list's last unit
        if out and _is_bare(out[-1]) and _TIMES_GAP.match(text[out[-1].span.end - base : q.span.start - base]):
            if _is_bare(q) and _RESOLUTION.match(text, end):
                q = dataclasses.replace(q, kind="quantity", unit="pixel")  # "2960 x 1440 해상도": pixels
            if q.unit:
                # "100×100 픽셀": each side of a dimension is in the unit written after the last
                out[-1] = dataclasses.replace(out[-1], kind=q.kind, unit=q.unit)
                if out[-1].value == q.value and q.bound is None:  # a square: one figure, its side
                    span = out[-1].span.cover(q.span)
                    out[-1] = dataclasses.replace(q, span=span, text=text[span.start - base : span.end - base])
                    pos = end
                    continue
        if out and q.kind == "quantity" and out[-1].kind == "quantity" and q.unit in _NEXT_SMALLER_UNIT.values():
            compound = _compound_duration(out[-1], q, text, base)
            if compound is not None:  # "1시간 30분", "3년 6개월", "2 hours 15 minutes": one duration
                out[-1] = compound
                pos = end
                continue
        if out and q.bound in ("min", "max") and out[-1].bound in ("min", "max") and out[-1].bound != q.bound:
            merged = _bound_pair(out[-1], q, text, base)
            if merged is not None:
                out[-1] = merged
                pos = end
                continue
        out.append(q)
        pos = end
    if months:
        labels.calendar(out, text, base)  # "31 December 2004": the day and the year of a month
        out = labels.month_spans(out, text, base)  # "October-December": one range of months
    if "ged " in text or "ges " in text:  # the cheap test first
        out = [_aged(q, text, base) for q in out]
    if "times " in text or "twice " in text:
        out = [_how_often(q, text, base) for q in out]
    return out


# Numerators and denominators of a figure's value and interval: what the cache stores (msgpack int64).
STORABLE = 2**63 - 1
# Below STORABLE: a fine value is rounded to 10**-k with k such that its numerator keeps this many digits.
_KEEP_DIGITS = 18


def _bounded(q: Quantity) -> Quantity | None:
    """``q`` within the bounds of the module docstring: None when too large, rounded when too fine."""
    fine = False
    for v in (q.value, q.low, q.high):  # integers only: Fraction comparisons cost a tenth of extraction
        if v is not None:
            n, d = v.numerator, v.denominator
            if -STORABLE <= n <= STORABLE and d <= STORABLE:
                continue
            if (n if n >= 0 else -n) >= STORABLE * d:
                return None
            fine = True
    if not fine:
        return q
    top = max(abs(v) for v in (q.value, q.low, q.high) if v is not None)
    scale = 10 ** max(0, _KEEP_DIGITS - len(str(int(top))))
    low = None if q.low is None else Fraction(math.floor(q.low * scale), scale)
    high = None if q.high is None else Fraction(math.ceil(q.high * scale), scale)
    value = None if q.value is None else Fraction(round(q.value * scale), scale)
    return dataclasses.replace(q, value=value, low=low, high=high)


def _rescan(text: str, pos: int, cend: int, candidates: list[tuple[int, int, str, int]], i: int) -> None:
    """A digit core read only in part ("3천 5000만 원" → "3천"): its rest becomes new digit cores."""
    for m in _DIGIT_SCAN.finditer(text, pos):
        if m.start() >= cend:
            break
        bisect.insort(candidates, (m.start(), 0, m.lastgroup or "d", m.end()), lo=i + 1)


_PAIR_GAP = re.compile(r"[ ,]*(?:(?i:and|but)|그리고|에서|,)?[ ,]*\Z")


def _bound_pair(a: Quantity, b: Quantity, text: str, base: int) -> Quantity | None:
    """"1000 초과 1500 미만", "50 이하, 20 이상": two facing bounds make one range."""
    if not _same_measure(a, b) and b.kind != "number":  # "at most 100 and at least 20 apples"
        return None
    if not _PAIR_GAP.match(text[a.span.end - base : b.span.start - base]):
        return None
    lo, hi = (a, b) if a.bound == "min" else (b, a)
    if lo.value is None or hi.value is None or lo.value >= hi.value:
        return None
    span = a.span.cover(b.span)
    named = b if b.unit or b.counter else a
    return Quantity(
        span, text[span.start - base : span.end - base], named.kind, None, lo.value, hi.value, named.unit,
        a.approx or b.approx, "range", named.counter,
    )


# "between 20 and 30", "from 200 to 3000000", "20 through 100", "20과 30 사이", "20부터 100까지",
# "천에서 천오백까지", "20에서 100이다". A change is not a range: "rose from 10 to 20" and
# "10조에서 20조로" keep both values (the verb/로 says one replaced the other).
_EN_SCALE_WORD = re.compile(r"(?i)(?<![a-z])(?:hundred|thousand|million|billion|trillion|dozen)")
_EN_RANGE_GAP = re.compile(r"[ ]+(?i:(?P<and>and)|(?P<to>to|through|thru))[ ]+\Z")
_EN_BETWEEN = re.compile(r"(?<![A-Za-z])(?i:(?P<between>between)|(?P<from>from))[ ]+\Z")
_EN_CHANGE = re.compile(
    r"(?i:(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|increas\w*|decreas\w*|reduc\w*|"
    r"jump\w*|climb\w*|drop\w*|declin\w*|rais\w*|cut|cuts|boost\w*|soar\w*|plung\w*|slid\w*|slipp\w*|"
    r"went|go(?:es|ne)?|moved?|chang\w*|expand\w*|shr[iau]nk\w*|doubl\w*|tripl\w*|quadrupl\w*|halv\w*|up|down))[ ]+(?:\S+[ ]+){0,3}?from[ ]+\Z"
)
# "from 412,300 in 2015 to 438,900": the time after the start's figure closes the start's phrase, and "to"
# answers "from" — the time is no range's first end ("from 2015 to 2024", "in 2015 to 2024 prices" are ranges).
_FROM_FIGURE_AT = re.compile(
    r"(?<![A-Za-z])(?i:from)[ ]+\S*\d\S*(?:[ ]+[A-Za-z]\S*){0,2}[ ]+(?i:in|on|at|during|as[ ]of|at[ ]the[ ](?:end|start)[ ]of)"
    r"[ ]+(?:[A-Za-z]+[ ]+)?\Z"
)
_CHANGE_BY = re.compile(
    r"(?<![A-Za-z])(?i:rose|fell|gained|lost|added|shed|climbed|jumped|dropped|slipped|grew|up|down|by)[ ]\Z"
)
_KO_RANGE_GAP = re.compile(r"(?P<and>[과와][ ])|(?P<from>에서부터|에서|부터)[ ]?")
# "20과 30 사이", "20부터 100까지", "70억개에서 650억개의 파라미터까지" (the counted noun between)
_KO_RANGE_END = re.compile(r"[ ]?(?:사이|까지)|이다|입니다|이었|였|인(?![가-힣])|의[ ][가-힣A-Za-z]{1,12}[ ]?까지")


def _written_range(a: Quantity, b: Quantity, text: str, base: int) -> Quantity | None:
    """Two plain figures written as one range become one quantity: [a, b]."""
    gap = text[a.span.end - base : b.span.start - base]
    if len(gap) > 12 or a.value is None or b.value is None or a.value >= b.value:
        return None
    if not _same_measure(a, b):
        return None
    end = b.span.end - base
    start = a.span.start - base
    m = _EN_RANGE_GAP.match(gap)
    if gap.strip().lower() == "or" and gap.startswith(" ") and gap.endswith(" "):
        # "one or two product lines", "5 or 6 people": a loose count, not a choice between far figures
        if not (a.value.denominator == b.value.denominator == 1 and 0 < a.value < b.value <= 2 * a.value < 200):
            return None
    elif m:
        if m["to"] and _FROM_FIGURE_AT.search(text, max(0, start - 60), start):
            return None
        head = _EN_BETWEEN.search(text, max(0, start - 10), start)
        if m["and"]:
            if not (head and head["between"]):
                return None
            start = head.start()
        elif head and head["from"]:
            if _EN_CHANGE.search(text, max(0, start - 40), start):
                return None
            start = head.start()
        elif _EN_CHANGE.search(text, max(0, start - 40), start) or (
            a.kind != b.kind
            and (
                not _is_bare(a) or _CHANGE_BY.search(text, max(0, start - 12), start)
                # "eight to 10 feet": a word then digits stays two ("two to three days", all words, is one)
                or (_HAS_DIGIT.search(a.text) is None and _HAS_DIGIT.search(b.text) is not None)
                # "one to two million": the scale is both ends' (not "three million to five million")
                or (_HAS_DIGIT.search(a.text) is None and _EN_SCALE_WORD.search(a.text) is None
                    and _EN_SCALE_WORD.search(b.text) is not None)
                or (len(a.text) == 4 and 1000 <= a.value <= 2200)  # "$20 billion in 2019 to $80 billion": a year
            )
        ):
            return None  # "50 to 100 metres", "3 million to 5 million cases": the unit written once, last;
            # but "rose 5 to 120 pence" is a change by 5 to a new value
    else:
        km = _KO_RANGE_GAP.fullmatch(gap)
        if not km:
            return None
        tail = _KO_RANGE_END.match(text, end)
        if not tail:
            return None
        end = tail.end() if tail.group().strip() in ("사이", "까지") else end
        if km["from"] and a.kind == b.kind == "number" and b.counter is None and tail.group().startswith("의"):
            return None  # "A에서 B의 …까지" needs a counted B: "70억개에서 650억개의 파라미터까지"
    kind, unit, counter = (b.kind, b.unit, b.counter) if b.unit or b.counter else (a.kind, a.unit, a.counter)
    span = Span(base + start, base + end)
    return Quantity(span, text[start:end], kind, None, a.value, b.value, unit, a.approx or b.approx, "range", counter)


# English leaves the counted noun off a figure that follows one with it in the same sentence:
# "50,000 people worldwide, with about 7,000 in the UK", "54 million people …, up from 34 million".
# Also a second clause of the same verb frame ("scoring 45 goals and conceding 38"), a part of the
# figure before ("98 of 602") and a fronted
# partitive ("Of the 602 patients given the drug, 61 were admitted").
_ELLIPSIS_BEFORE = re.compile(
    r"(?:(?:(?<![A-Za-z])(?i:with|from|including|against|versus|compared[ ]with|compared[ ]to|for)"
    r"|(?<![A-Za-z])(?:and|but|while)[ ][a-z]+(?:ing|ed)|(?<=[0-9][ ])of)"
    # a determiner or a possessive may stand between: "from last year's 45,500", "as many as the 70"
    r"(?:[ ]the|[ ](?:[A-Z][a-z]+|(?:last|this|next)[ ]year)'s)?|(?<![A-Za-z])as[ ]the)[ ]\"?\Z"
)
# A span of time in a prepositional phrase between a count and the bare figure after it: an adverbial of
# the clause, not a figure the bare one could count ("37 fell ill within 14 days, compared with 81").
_TIME_ADVERBIAL_BEFORE = re.compile(r"(?<![A-Za-z])(?:within|in|over|for|after|during)[ ]\Z")
# The second figure of a parallel pair, each with the same preposition after it: "15.3 million
# passengers in 2025 and about 15.7 million in 2019" (not "40 staff and 2 million in cash").
_AND_BEFORE = re.compile(r"(?<![A-Za-z])and[ ]\Z")
_PREPOSITION_AFTER = re.compile(r"[ ](?P<p>in|at|on|for|by|during|over)[ ]")
_FRONT_PARTITIVE = re.compile(
    r"(?:^|[.!?][ ])Of[ ](?:the|its|their|these|those)[ ](?:[^.,;:]|(?<=[0-9])[.,](?=[0-9])){1,80},[ ]\Z"
)  # "Of the 12,500 who entered the race, 11,904 …": a thousands separator is no clause break
_SENTENCE_END = re.compile(r"[.!?;:][ ]|[.!?]\Z")
_ELLIPSIS_LOOKBACK = 8


# The gap between a change in percent and the earlier value it is from: "up 15% from 41,900".
_CHANGE_FROM = re.compile(r"[ ](?i:from)[ ]")
# A difference in the same noun after a count: "14 games, three more than last season", "needs 12 more."
# (not "20 more offices": a noun of its own after it).
_MORE_AFTER = re.compile(r"[ ](?:more|fewer)(?=[ ]than(?![A-Za-z])|[,.;:)]|\Z)")
# The gap between a multiple and the count it is a multiple of: "twice as many as the 47".
_AS_MANY_AS = re.compile(r"[ ]as[ ]many[ ]as[ ](?:the[ ])?")


def _english_count(p: Quantity) -> bool:
    """A count an English figure after it may take its noun from: "13,000 jobs" (the noun written), "a
    population of 692,000" (a tally's noun before it, no counter) — not a Korean counter ("명")."""
    return p.kind == "count" and (p.counter is None or p.counter.isascii())


def _elided_noun(out: list[Quantity], q: Quantity, text: str, base: int) -> Quantity:
    """``q`` counts the noun of the last counted English figure before it in its sentence when
    it follows with/from/including …: the noun is written once."""
    v = q.value
    assert v is not None
    start = q.span.start - base
    if v.denominator != 1 or v < 1 or (1000 <= v <= 2200 and "," not in q.text):
        return q
    recent = out[-_ELLIPSIS_LOOKBACK:]  # dates between are labels: "32 people died between 15 May and 7 September, up from 21"
    if not any(_english_count(p) for p in recent):
        return q  # no English counted noun to take (the cheap test first)
    parallel = _AND_BEFORE.search(text, max(0, start - 5), start) is not None and not _MORE_AFTER.match(text, q.span.end - base)
    if not (parallel or _ELLIPSIS_BEFORE.search(text, max(0, start - 20), start) or _MORE_AFTER.match(text, q.span.end - base)
            or _FRONT_PARTITIVE.search(text, max(0, start - 100), start)):
        return q
    for i in range(len(recent) - 1, -1, -1):
        p = recent[i]
        gap = text[p.span.end - base : start]
        if len(gap) > 100 or _SENTENCE_END.search(gap):
            return q
        if _english_count(p):
            if parallel and not (p.counter and _parallel(text, p.span.end - base + len(p.counter) + 1, q.span.end - base)):
                return q
            return dataclasses.replace(q, kind="count", counter=p.counter)
        if _day_of_month(recent, i, text, base):
            continue  # "between 15 May and 7 September": dates, as labels are
        if p.kind == "quantity" and p.unit in _DURATION_UNIT_NAMES and _TIME_ADVERBIAL_BEFORE.search(
            text, max(0, p.span.start - base - 20), p.span.start - base
        ):
            continue  # "within 28 days": when, not what is counted
        if p.kind == "ratio" and _AS_MANY_AS.fullmatch(gap):
            continue  # "96 patients, twice as many as the 47 it saw": a multiple compares the same noun's counts
        if p.kind == "percent" and _CHANGE_FROM.fullmatch(gap):
            continue  # "48,200 vehicles, up 15% from 41,900": the change between a count and its earlier value
        if p.kind == "percent" and text[p.span.start - base - 1 : p.span.start - base] == "(":
            continue  # "61 (10.1%) …, compared with 98": a share in brackets is the count's own
        if p.counter not in _LABEL_SET and not (p.kind == "number" and p.counter is None and p.low == p.high == p.value):
            return q  # another figure stands between (a label or a year may: "500 cars in 2004, compared with 400")
    return q


def _parallel(text: str, first_end: int, second_end: int) -> bool:
    """The same preposition follows the first figure's noun (ending at ``first_end``) and the second figure."""
    a = _PREPOSITION_AFTER.match(text, first_end)
    b = _PREPOSITION_AFTER.match(text, second_end)
    return a is not None and b is not None and a["p"] == b["p"]


def _day_of_month(found: list[Quantity], i: int, text: str, base: int) -> bool:
    """``found[i]`` is a bare whole number written beside an English month ("15 May", "May 15")."""
    p = found[i]
    if p.kind != "number" or p.counter is not None or p.value is None or p.value.denominator != 1 or not 1 <= p.value <= 31:
        return False
    near = [found[j] for j in (i - 1, i + 1) if 0 <= j < len(found)]
    return any(m.counter == "월" and m.text.isalpha() and text[min(m.span.end, p.span.end) - base : max(m.span.start, p.span.start) - base] in (" ", "")
               for m in near)


# A rate in time: a word before ("시속 100km", "시간당 최고 104㎜", "초속 10m") or after ("10 km per
# hour", "50mm an hour") the figure.
_PER_TIME_BEFORE = re.compile(r"(?<![가-힣])(?P<w>시속|시간당|초속|초당|분속|분당)[ ]?\Z")
_PER_TIME_AFTER = re.compile(r"[ ](?:per|an|a)[ ](?P<w>hour|second|minute)(?![A-Za-z])")
_PER_TIME_UNIT = {"시속": "hour", "시간당": "hour", "초속": "second", "초당": "second", "분속": "minute", "분당": "minute"}


def _per_time(q: Quantity, text: str, base: int) -> Quantity:
    """``q`` per hour, second or minute when a rate word is written before or after it."""
    if q.unit in _DURATION_UNIT_NAMES:
        return q  # "초당 3초"? a time per time is no rate we read
    start, end = q.span.start - base, q.span.end - base
    before = _PER_TIME_BEFORE.search(text, max(0, start - 4), start)
    after = None if before else _PER_TIME_AFTER.match(text, end)
    if before is None and after is None:
        return q
    per = _PER_TIME_UNIT[before["w"]] if before else after["w"]  # type: ignore[index]
    a, b = (before.start(), end) if before else (start, after.end())  # type: ignore[union-attr]
    return dataclasses.replace(q, span=Span(base + a, base + b), text=text[a:b], unit=f"{q.unit} / {per}")


# "one in five adults", "1 in 3 people".
# A change written "A에서 B로": the unit written on A is B's too ("77억원에서 152억으로").
_CHANGE_GAP = re.compile(r"[ ]?(?:에서|부터)[ ]?")
_CHANGE_END = re.compile(r"(?:으로|로)(?![가-힣])|(?:으로|로)[는도의]")
# Verbs of spending after an amount of 만/억/조 written without 원: Korean leaves 원 off large amounts
# ("878억을 들여", "1000억을 투입해", "878억이 소비된").
_SPEND_AFTER = re.compile(
    r"(?:[을를]?[ ]?(?:들여|들인|들였|들이|소비|지출|투입|투자|집행|쏟아)"
    r"|[이가][ ]?(?:소비|지출|투입|투자|집행)(?:된|됐|되|돼))"  # the passive after a subject: "878억이 소비된"
)


def _unwritten_unit(out: list[Quantity], q: Quantity, text: str, base: int) -> Quantity:
    """A bare figure takes the unit the text leaves unwritten: the unit of the figure it changes
    from ("77억원에서 152억으로"), or won before a verb of spending ("878억을 들여")."""
    end = q.span.end - base
    if out and (out[-1].unit or out[-1].counter) and _CHANGE_GAP.fullmatch(text, out[-1].span.end - base, q.span.start - base):
        if _CHANGE_END.match(text, end):
            p = out[-1]
            return dataclasses.replace(q, kind=p.kind, unit=p.unit, counter=p.counter)
    if q.text[-1:] in "만억조" and _SPEND_AFTER.match(text, end):
        return dataclasses.replace(q, kind="money", unit="KRW")
    return q


_RANK_BEFORE = re.compile(r"(?:(?<![A-Za-z])No\.?|(?i:number)|#)[ ]?\Z")
_PARTITIVE_GAP = re.compile(r"[ ]in[ ]")


def _partitive(first: Quantity, second: Quantity, text: str, base: int) -> Quantity | None:
    """"one in five adults", "1 in 3 people": a part of a small whole, the fraction B/A. Korean writes
    the whole first: "10명 중 1명", "3명 중 2명꼴", "셋 중 한 명", "10명 가운데 6명 이상" (a rate: a
    whole of ten or fewer of the same counter). A tally stays two counts ("160명 가운데 104명": the
    arithmetic check reads the share they make)."""
    if _KO_PARTITIVE_GAP.fullmatch(text, first.span.end - base, second.span.start - base):
        return _ko_partitive(first, second, text, base)
    if _PARTITIVE_GAP.fullmatch(text, first.span.end - base, second.span.start - base) is None:
        return None
    whole, part = second, first
    a, b = whole.value, part.value
    if a is None or b is None or a.denominator != 1 or b.denominator != 1 or not 0 < b < a <= 1000 or b >= 100:
        return None
    if part.kind != "number" or part.counter is not None or part.bound is not None:
        return None
    if _RANK_BEFORE.search(text, max(0, part.span.start - base - 8), part.span.start - base):
        return None  # "No 1 in 12 surveys": a rank
    v = b / a
    span = first.span.cover(second.span)
    return Quantity(span, text[span.start - base : span.end - base], "number", v, v, v, None, part.approx)


_DATE_NAME_AFTER = re.compile(r"[ ][가-힣]")


def _date_name(month: Quantity, day: Quantity, text: str, base: int) -> bool:
    """"6·25 전쟁", "4·19 혁명", "3·1절": a month and a day joined by a middle dot, no unit or counter,
    before a Hangul word, name an event (a list of figures has a unit: "2·3·4배", "1·2위")."""
    a, b = month.value, day.value
    if a is None or b is None or text[month.span.end - base : day.span.start - base] != "·":
        return False
    if a.denominator != 1 or b.denominator != 1 or not (1 <= a <= 12 and 1 <= b <= 31):
        return False
    s, e = month.span.start - base, day.span.end - base
    if text[s - 1 : s] == "·" or text[e : e + 1] == "·" or text[s - 1 : s].isdigit():
        return False  # a longer list: "1·2·3"
    if text[e : e + 1] == " ":
        return _DATE_NAME_AFTER.match(text, e) is not None
    # "3·1절", not a particle or the copula after a vowel ("3·5였다", "3·5인")
    return _HANGUL.match(text, e) is not None and text[e] not in lx.PARTICLE_START and text[e] not in "였인"


# A duration unit → the next smaller one that divides it exactly, and how many of it make one.
_NEXT_SMALLER_UNIT = {"year": "month", "week": "day", "day": "hour", "hour": "minute", "minute": "second"}
_UNIT_FACTOR = {"year": 12, "week": 7, "day": 24, "hour": 60, "minute": 60}
_COMPOUND_GAP = re.compile(r"[ ]?")


# Tenths or hundredths of a second glued after 초, as Korean sports pages write a race time: "1분45초32"
# (1:45.32), "57초9로 우승" (57.9 s), "1초48 차이" (1.48 s). Digits with a counter or a noun glued after
# them ("30초3세트") are a figure of their own.
_SECOND_DECIMALS = re.compile(r"[0-9]{1,2}(?![0-9]|[.,:][0-9])")


def _second_decimals(q: Quantity, text: str, end: int, base: int) -> tuple[Quantity, int]:
    if q.unit != "second" or q.counter != "초" or q.bound or q.value is None or q.value.denominator != 1:
        return q, end
    if end != q.span.end - base or not q.text.endswith("초"):
        return q, end
    m = _SECOND_DECIMALS.match(text, end)
    if m is None:
        return q, end
    run = _HANGUL_RUN.match(text, m.end())
    if run is not None and run.group() not in _GLUED_PARTICLE_FORMS or m.end() < len(text) and text[m.end()].isascii() and text[m.end()].isalpha():
        return q, end
    step = Fraction(1, 10 ** len(m.group()))
    v = q.value + int(m.group()) * step
    span = Span(q.span.start, base + m.end())
    return dataclasses.replace(q, span=span, text=text[span.start - base : m.end()], value=v, low=v - step / 2, high=v + step / 2), m.end()


# A noun written as an acronym after a number counts what it names, in either language: "4.21 million
# TEU", "412만 TEU", "970,000 TEU", "3 GPU". Not a unit or a currency (read before), a time of day, an
# era or a zone ("2 PM", "300 BC", "9 KST"), a model number after a name ("Boeing 737 MAX", "Galaxy S7
# LTE", "COVID-19 ICU"), a year ("the 2024 AGM"), nor an acronym that starts a name ("3 BTS songs": a
# noun follows, which the English counted noun reads), nor one that opens a longer name ("two TPU v4
# pods", "3 NVIDIA DGX systems": the head of the phrase comes later).
_ACRONYM_AFTER = re.compile(r"[ \u00a0](?P<a>[A-Z]{2,5})(?:s|'s)?(?![A-Za-z0-9\-])(?![ ](?:[A-Za-z]*[a-z]s(?![A-Za-z])|[A-Za-z]*[0-9]|[A-Z]))")
# (times of day, eras and time zones, a closed class: "9 ET", "4 PT", "11 BST")
_NOT_COUNTED_ACRONYMS = frozenset("AM PM BC AD BCE CE UTC GMT KST JST EST EDT PST PDT CET CST CEST ET CT MT PT "
                                  "CDT MDT MST BST IST HKT SGT AEST AEDT EET EEST WET MSK".split())
_NAME_BEFORE = re.compile(r"(?P<w>[A-Z][A-Za-z]*|[A-Za-z]*[0-9][A-Za-z0-9]*)[ \-]?\Z|[\-./#]\Z")


def _model_number(text: str, start: int) -> bool:
    """The number at ``start`` is written after a name, as a model's or a version's is: "Boeing 737",
    "Windows 11", "S7-", "COVID-19" (not "Some 40", "About 30": a capitalised word of a sentence)."""
    return _name_before(text, start) is not None


def _name_before(text: str, start: int) -> str | None:
    """The name the number at ``start`` is written after (``_model_number``): the word, or "" for a joining
    mark ("S7-", "#"); None when there is none or the word is one of a sentence ("Some", "About")."""
    m = _NAME_BEFORE.search(text, max(0, start - 20), start)
    if m is None or m["w"] is not None and m["w"].lower() in _NOT_BETWEEN:
        return None
    return m["w"] or ""


def _counted_acronym(q: Quantity, text: str, base: int) -> Quantity:
    end = q.span.end - base
    m = _ACRONYM_AFTER.match(text, end)
    if m is None or m["a"] in _NOT_COUNTED_ACRONYMS or m["a"] in _UNIT_TABLE or m["a"] in CURRENCY_SUFFIX:
        return q
    v = q.value
    if v is not None and v.denominator == 1 and 1000 <= v <= 2200 and q.text.isdigit():
        return q  # "the 2024 AGM"
    if _model_number(text, q.span.start - base):
        return q
    return dataclasses.replace(q, kind="count", counter=m["a"])


# A number that ends a quoted title after its name is part of the title: 'Arka 2', "Frozen 2", '기생충 2',
# "Toy Story 4" (a sequel's number); a number after the word version is a version: "version 2.1", "버전 3.0".
# Not a quoted figure ("under 1:45", '3년 안에', "매출은 2조": no name before the number, a particle, a
# magnitude) nor a figure after a lowercase word ("'we won 2'", "The target is 5").
_TITLE_NUMBER_BEFORE = re.compile(
    r"['‘\"“](?:[A-Z][A-Za-z]*|[가-힣]+)(?:[ ](?:[A-Z][A-Za-z]*|[가-힣]+)){0,3}(?<![은는을를의에])[ ]\Z"
)
_TITLE_NUMBER_AFTER = re.compile(r"['’\"”]")
# A Latin designation with a hyphen before a capital ("DJ-FC", "H-Tram", "e-City", "KTX-Eum") right before a plain
# number: a model's name goes on through the number. Not "COVID-19 3" (digits after the hyphen), not "X-ray 3" (a
# lowercase word after the hyphen), not "mid-2024" (the number glued to the hyphen: ``_glued_to_name``).
_DESIGNATION_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]{1,6}-[A-Z][A-Za-z]{1,10}[ ]\Z")
_VERSION_BEFORE = re.compile(r"(?<![A-Za-z])(?i:version|ver\.?|v\.)[ ]?\Z|(?<![가-힣])버전[ ]?\Z")


# A reference's locator before a number: "p. 14", "pp. 112–118", "vol. 3", "rev. 3.2", "table 2-1",
# "chapter 4" (not "No. 1", a rank; not "the table shows 45%": the number must follow the word).
_LOCATOR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?i:pp?|vols?|rev|ch|fig|sec)\.[ ]?|(?i:page|pages|table|chapter|section|figure)[ ])\Z"
)


# "one" as a member of a kind ("one of the busiest ports", "one of Europe's largest") or a pronoun ("one
# that has faltered"): no count; "one of its three games" (a number after the determiner) still counts.
_ONE_MEMBER_AFTER = re.compile(
    r"[ ](?:of[ ](?:the|its|their|his|her|our|[A-Z][A-Za-z]*(?:[ ][A-Z][A-Za-z]*)?['’]s)[ ]"
    r"(?![0-9]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|dozen)(?![A-Za-z]))"
    r"|(?:that|which|who)(?![A-Za-z]))"
)


_HAN_IDIOM = re.compile(r"한(?:번(?!째)|[ ]번에(?![가-힣]))")


def _no_figure(q: Quantity, text: str, start: int, end: int) -> bool:
    """``q`` is a number that names or locates, no figure: a line's name ("3호선": 호 then 선), "one"
    as a member of a kind or a pronoun, 한 as an adverb or a determiner, a reference's locator. ("1인당" stays read: the gold sets disagree on it, fresh2 counting it.)"""
    if q.counter == "호":
        return text.startswith("선", end)
    if q.kind == "number" and q.counter is None and q.text.lower() == "one":
        return _ONE_MEMBER_AFTER.match(text, end) is not None
    if q.text.startswith("한") and q.value == 1:
        # "다시 한번" (glued: the adverb), "한 번에" (at once), "한 명 한 명" (one by one), "경제의 한 축" (a)
        w = q.text
        return (_HAN_IDIOM.match(text, start) is not None or text.startswith(" " + w, end)
                or text.endswith(w + " ", 0, start) or text.endswith("의 ", 0, start))
    # (a counted noun read after it is none of its: "Chapter 4 of the book covers", "Section 3 of the law sets")
    return q.kind in ("number", "count") and q.unit is None and _LOCATOR_BEFORE.search(
        text, max(0, start - 9), start
    ) is not None


# A percentage written with a word ("7 프로") after a Hangul word with no particle ("노바 7 프로").
_WORD_PERCENT = re.compile(r"(?P<n>[0-9]{1,2})[ ]?(?P<w>[가-힣]+)")
_PERCENT_WORD_ALTS = "|".join(re.escape(w) for w in sorted(lx.PERCENT_WORDS, key=len, reverse=True))
_HANGUL_NAME_BEFORE = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,})(?<![은는이가을를의에도와과])[ ]\Z")


def _name_number_before_word(q: Quantity, text: str, start: int) -> bool:
    """"노바 7 프로" where the text also writes "노바 7" without 프로 ("'노바 7'이다", "노바 7 시리즈"): the number
    ends a name and 프로 ("Pro") goes on with it — as "The Nova 7 Pro" is read (``_named_with_number``), no
    percentage. "점유율 7 프로" with no "점유율 7" elsewhere stays 7%."""
    m = _WORD_PERCENT.fullmatch(q.text)
    before = _HANGUL_NAME_BEFORE.search(text, max(0, start - 12), start) if m else None
    if m is None or before is None:
        return False
    again = re.compile(rf"(?<![가-힣]){before['name']}[ ]{m['n']}(?![0-9.,])(?![ ]?(?:{_PERCENT_WORD_ALTS}))")
    return again.search(text) is not None


def _title_or_version(q: Quantity, text: str, start: int, end: int) -> bool:
    if _VERSION_BEFORE.search(text, max(0, start - 9), start):
        return True
    if q.text.isdigit() and len(q.text) <= 4 and _DESIGNATION_BEFORE.search(text, max(0, start - 16), start):
        return True  # "DJ-FC 440", "H-Tram 5", "e-City 12": a model's designation and its number, one name
    if not (q.text.isdigit() and len(q.text) <= 2):
        return False  # "'매출 2조'", "'the 2024 season'"
    if _named_with_number(text, start, end):
        return True
    return _TITLE_NUMBER_AFTER.match(text, end) is not None and _TITLE_NUMBER_BEFORE.search(text, max(0, start - 60), start) is not None


# Days of the week and their abbreviations, which date the number after them as months do ("Oct 31", "Mon 3")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _named_with_number(text: str, start: int, end: int) -> bool:
    """Whether a bare number is part of a product's or a mission's name: a capitalised word right before it
    (``_name_before``), and the name goes on after it with another capitalised word ("The Nova 7 Pro",
    "Windows 11 Home") or the text writes the same name again ("the more than 5 million Nova 7 series phones"
    in a paragraph that also says "The Nova 7 Pro"). Not a date ("Oct 31": a month or a day of the week,
    whole or cut to three letters or more), not a count after a place with nothing to repeat it ("In Seoul 3
    people died")."""
    word = _name_before(text, start)
    if not word or not word.isalpha() or len(word) < 2 or not text.endswith(f"{word} ", 0, start):
        return False
    if len(word) >= 3 and any(name.startswith(word) for name in (*labels.MONTHS, *_WEEKDAYS)):
        return False
    if re.match(r" [A-Z]", text[end : end + 2]):
        return True
    return len(re.findall(r"(?<![A-Za-z])" + re.escape(f"{word} {text[start:end]}") + r"(?![\d.,])", text)) > 1


def _compound_duration(big: Quantity, small: Quantity, text: str, base: int) -> Quantity | None:
    """"1시간 30분 가량" (90 minutes), "3년 6개월" (42 months), "2 hours 15 minutes": a whole number of a
    duration unit followed by a number of the next smaller one is one duration, in the smaller unit.
    Labels ("17시 29분", "2010년 3월") are no durations and never get here."""
    if big.unit is None or _NEXT_SMALLER_UNIT.get(big.unit) != small.unit or big.bound:
        return None
    if big.value is None or big.value.denominator != 1 or big.value <= 0 or small.value is None or small.bound == "range":
        return None
    if not _COMPOUND_GAP.fullmatch(text, big.span.end - base, small.span.start - base):
        return None
    if not 0 < small.value < _UNIT_FACTOR[big.unit]:
        return None  # "1시간 90분" is no compound
    whole = big.value * _UNIT_FACTOR[big.unit]
    span = big.span.cover(small.span)
    return dataclasses.replace(
        small, span=span, text=text[span.start - base : span.end - base], value=whole + small.value,
        approx=big.approx or small.approx,  # "약 1시간 20분"
        low=None if small.low is None else whole + small.low, high=None if small.high is None else whole + small.high,
    )


_KO_PARTITIVE_GAP = re.compile(r"[ ](?:중|가운데)[ ]")


def _ko_partitive(whole: Quantity, part: Quantity, text: str, base: int) -> Quantity | None:
    a, b = whole.value, part.value
    if a is None or b is None or a.denominator != 1 or b.denominator != 1 or not 0 < b < a <= 10:
        return None
    if whole.kind != "count" or part.kind != "count" or whole.approx or part.bound == "range":
        return None
    if part.counter != whole.counter and whole.counter is not None:
        return None  # "3명 중 2개": not one whole
    v = b / a
    span = whole.span.cover(part.span)
    spread = v * FIVE_PERCENT if part.approx else 0  # "3명 중 1명 꼴": about a third
    low, high = (None if part.bound == "max" else v - spread), (None if part.bound == "min" else v + spread)
    return Quantity(span, text[span.start - base : span.end - base], "number", v, low, high, None, part.approx, part.bound)


_LIST_GAP = re.compile(r"[ ]?[,·/][ ]?\Z")


def _share_unit(out: list[Quantity], q: Quantity, text: str, base: int) -> None:
    """A list of bare numbers ending in one with a unit takes that unit: "(20, 60, 120GB)",
    "64, 256, 512MB", "2·3·4배". Only plain whole numbers without thousands separators, none of them a year,
    are read so ("In 2004, 146,000 jobs" is no list)."""
    run: list[int] = []
    nxt = q
    for i in range(len(out) - 1, -1, -1):
        p = out[i]
        gap = text[p.span.end - base : nxt.span.start - base]
        if not (_is_bare(p) and _LIST_GAP.match(gap) and _plain_list_item(p)):
            break
        run.append(i)
        nxt = p
    if run and _plain_list_item(q, unit_ok=True):
        for i in run:
            out[i] = dataclasses.replace(out[i], kind=q.kind, unit=q.unit)


def _plain_list_item(q: Quantity, unit_ok: bool = False) -> bool:
    v = q.value
    digits = q.text.strip()
    if unit_ok:
        digits = digits[: len(digits) - len(digits.lstrip("0123456789."))] or digits
    return (
        v is not None and v.denominator == 1 and "," not in q.text and not 1000 <= v <= 2200 and digits[:1].isdigit()
    )


def _is_bare(q: Quantity) -> bool:
    """A plain number: no unit, no counter, no range."""
    return q.kind == "number" and q.unit is None and q.counter is None and q.value is not None


def _same_measure(a: Quantity, b: Quantity) -> bool:
    """"100 and 1000 grams": a bare first figure takes the second's unit; otherwise units must agree."""
    if (a.kind, a.unit, a.counter) == (b.kind, b.unit, b.counter):
        return True
    return a.kind == "number" and a.unit is None and a.counter is None


def _trim_start(q: Quantity, new_start: int, text: str, base: int) -> Quantity:
    a = max(new_start, q.span.start)
    while a < q.span.end and text[a - base].isspace():
        a += 1
    return Quantity(
        Span(a, q.span.end), text[a - base : q.span.end - base], q.kind, q.value, q.low, q.high, q.unit,
        q.approx, q.bound, q.counter,
    )
