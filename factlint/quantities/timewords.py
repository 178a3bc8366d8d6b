"""Time counters after a number: a duration or a label (issue 16).

Korean writes durations and calendar labels with the same counters, so the counter alone does not
say which a figure is; what is around it does:

* 년 — a duration ("7년", "47년이 흐른", "1억3300만년 전", "5년간", "68년 만에", "3년 연속", "10년
  이상") or a year ("2010년", "'22년", "서기 79년", "1956~1960년생"). A duration word after it
  (간, 동안, 만, 째, 전, 후, 뒤, 새, 연속, a bound or approximation word) makes it a duration; else a
  whole number from 1000 to 2200 written without a magnitude, a number after an era word
  (서기, 기원전, AD …) or before 생/도 is a year; anything else (below 1000, or with 만/억) is a
  duration.
* 일 — a day of the month ("5일", "14일") unless a duration word follows ("3일간", "22일간", "2일
  정도", "18일만", "3일 전"), the number is past any month's last day ("41일", "115일": a number of
  days), or a noun of a number of days is its subject or topic ("폭염일수가 29일로", "근무 일수는 22일").
* 분 — minutes ("23분", "2분"), but a label right after an hour ("17시 29분": a time of day), and
  persons after a native numeral ("세 분", "한 분": honorific people). 초 likewise after a minute
  that follows an hour; after a minute alone it is a duration only before a duration word ("2분
  30초 만에"); after hours and minutes taken ("2시간 8분 14초로", a race time) always.
* 주 — weeks only before a duration word ("3주 만에", "2주간") or a verb that moves a date by that
  span ("2주 앞당길", "3주 늦추기로", "2주 미뤄졌다"; 일 and 년 likewise); else a count ("100주": shares).
* 해 — years after a native numeral before a duration word ("한 해 동안", "두 해째", "한 해 만에");
  else no figure ("한 해 평균" names the period of a statistic, "지난 한 해를" the year itself).
* 개월, 시간, 주일, 달 — always durations (months, hours, weeks, "석 달": months); 세, 살 — an age, a duration in years
  ("26세", "53~57세", "스무 살").
* An age in parentheses after a name, the Korean news convention: "김은경(53) 씨", "소바주
  교수(72)", "(Jean-Pierre Sauvage, 프랑스 스트라스부르대 교수, 72)" — a whole number from 10 to 120, alone
  or last in a parenthesis glued to a Hangul word, with no other figure in it.
* N0대 (10대 … 90대) — an age decade, [N0, N0 + 9] years ("20대", "30대가", "10대들"), unless what
  it counts is a machine named right before or after ("차량 20대", "40대 이상의 무인 우주선":
  대 counts vehicles and machines, lexicon.MACHINE_NOUNS).

A duration keeps its counter ("년", "개월", …) beside its unit (year, month, …): later checks that
read counters (binding's time counters) see what they saw before. Labels stay ``kind="number"``
with their counter, and an hour after 오후/저녁/밤 is read on the 24-hour clock ("오후 3시" = 15시).

Korean also counts days with words of their own, the native day words ("하루", "이틀", "열흘",
"보름"; ``NATIVE_DAYS``) and "일주일" (a week: 일 + 주일 written as one word): each is a duration of
that many days (or one week), read with the words around it like "2일" ("이틀간", "일주일 정도"), not
inside another word ("하루빨리" soon, "보름달" a full moon, "이레네" a name), nor before the word of a
statistic it is the period of ("하루 평균 270편", "하루 최고기온": daily, as "per day" is no figure), nor
when one day or week is the period of a time of a smaller unit after it ("하루 17시간": 17 hours a day,
"일주일 52시간"; "이틀 12시간" is still one duration of 60 hours).

English durations are units ("three years", "12 months", "a six-year high"): see ``units.UNIT_WORDS``.
"""

from __future__ import annotations

import re
from fractions import Fraction
from types import MappingProxyType
from typing import Mapping

from factlint import korean
from factlint.model import Quantity, Span

from . import lexicon as lx

# Counter → the pint unit of the duration it may be.
DURATION_UNITS: Mapping[str, str] = MappingProxyType(
    {"년": "year", "개월": "month", "주": "week", "주일": "week", "일": "day", "시간": "hour", "분": "minute",
     "초": "second", "세": "year", "살": "year", "달": "month", "해": "year"}
)
# Always durations, whatever follows.
_ALWAYS = frozenset({"개월", "주일", "시간", "세", "살", "달"})
# The native day words and 일주일 → (how many, the counter they stand for).
NATIVE_DAYS: Mapping[str, tuple[int, str]] = MappingProxyType(
    {"하루": (1, "일"), "이틀": (2, "일"), "사흘": (3, "일"), "나흘": (4, "일"), "닷새": (5, "일"),
     "엿새": (6, "일"), "이레": (7, "일"), "여드레": (8, "일"), "아흐레": (9, "일"), "열흘": (10, "일"),
     "보름": (15, "일"), "일주일": (1, "주일")}
)
# A day word is a word of its own: nothing Hangul before it, and after it only a duration word (간,
# 동안, 째, 만, 씩, 치 "a day's worth") and a particle or the copula ("이틀째인"), or no Hangul at all.
_DAY_AFTER = (
    "(?:간|동안|째|만|씩|치|여)?(?:"
    + "|".join(sorted({*korean.ON_NOUN, "인", "이던"}, key=len, reverse=True))
    + ")?"
)
_NATIVE_SMALL = "열?[ ]?(?:한|두|세|네)|다섯|여섯|일곱|여덟|아홉|열"
NATIVE_DAY_SCAN = re.compile(
    rf"[하이사나닷엿여아열보일](?<![가-힣][하이사나닷엿여아열보일])"
    rf"(?:{'|'.join(sorted((w[1:] + '(?<=' + w + ')' for w in NATIVE_DAYS), key=len, reverse=True))})"
    rf"(?={_DAY_AFTER}(?![가-힣]))"
    # before a statistic's word the day word names its period, as "daily" does: "하루 평균 270편",
    # "하루 최고기온이 33℃" (not "이틀 동안 최고 기록": a duration word comes first)
    rf"(?![ ]?(?:평균|최고|최저|최대|최소))"
    # "하루 17시간", "일주일 52시간", "하루 여덟 시간씩": one day (week) before a time of a smaller unit is
    # the period of a rate (17 hours a day), no figure added to it (not "이틀 12시간": 60 hours)
    rf"(?!(?<=하루|주일)[ ]?(?:[0-9][0-9,.]*|{_NATIVE_SMALL})[ ]?(?:시간|분|초|일(?![월년])))"
)
# What makes 년/일/주 a duration when it follows the counter: words only a duration takes ("5년간",
# "3년 동안", "68년 만에", "3년째", "3년 연속") …
_DURATION_ONLY = r"간|동안|만(?![원명개])|째|연속|내내"
# … and words a year takes too ("2010년 전에" is before 2010, "2010년쯤" about 2010), which make a
# duration of a number that is no year ("20년 전", "10년 이상", "2일 정도", "3일 뒤").
# "N일이 걸린다", "47년이 흐른", "3일이 지나": a time taken or passed.
_DURATION_AFTER = re.compile(
    rf"[ ]?(?:{_DURATION_ONLY}|전(?![국체년기후망반])|후(?![반기])|뒤|새(?![로롭])|이상|이하|미만|이내|내(?![년일])"
    r"|가량|정도|남짓|안팎|쯤|넘|가까이|반|[이가]?[ ]?(?:걸[리려린렸릴]|흘[러렀]|흐[른르]|지[나났난])"
    # a span a date is moved by: "2주 앞당길", "3주 늦추기로", "2주 미뤄졌다" (not "15일로 앞당겼다": the 15th)
    # (not "당기순이익": 당기 alone is a word of accounts)
    r"|앞당[기겨긴길겼김]|늦[추춰춘출췄춤]|미[루뤄룬룰뤘룸])"
    # "3년여 만에", "3일여간": 여 glued to the counter, never "26일 여당"
    r"|여(?=[ ,.)]|간|동안|만|\Z)"
)
_DURATION_ONLY_AFTER = re.compile(rf"[ ]?(?:{_DURATION_ONLY})")
# A noun of a number of days (일수: 폭염일수, 근무 일수, 재원일수) as the subject or topic right before
# the figure: "폭염일수가 29일로" counts days (not "젊은층일수록", the more).
_DAYS_NOUN_BEFORE = re.compile(r"일수(?:[은는이가]|의[ ]?평균은?)?[ ](?:평균[ ])?\Z")
# A month after a number of 년 makes it a year: "22년 3월" (2022).
_MONTH_AFTER = re.compile(r"[ ]?[0-9]{1,2}[ ]?월")
# Before a year: "서기 79년", "기원전 500년", "AD 79".
_ERA_BEFORE = re.compile(r"(?:서기|기원전|기원후|서력|단기|BC|AD|B\.C\.|A\.D\.)[ ]?\Z")
# After a year: "1960년생", "2023년도", "2022년형".
_YEAR_AFTER = re.compile(r"(?:생|도|형|산|작|판)")
# An hour right before a minute (a time of day): "17시 29분", "21시 22분경", "오후 3시 30분".
_HOUR_BEFORE = re.compile(r"(?:[0-9]{1,2}|[일이삼사오육칠팔구십]{1,3})[ ]?시[ ]?\Z")
_MINUTE_BEFORE = re.compile(r"(?:[0-9]{1,2}|[일이삼사오육칠팔구십]{1,3})[ ]?분[ ]?\Z")
# Hours taken (시간, not the hour of the clock 시) right before the minutes: "2시간 8분 14초" is a race time.
_HOURS_TAKEN_BEFORE = re.compile(r"(?:[0-9]{1,3}|[일이삼사오육칠팔구십]{1,3})[ ]?시간[ ]?\Z")
# Words before an hour that put it on the 24-hour clock: "오후 3시" = 15시.
_AFTERNOON_BEFORE = re.compile(r"(?P<w>오후|저녁|밤)[ ]?\Z")


def duration_unit(
    text: str, start: int, end: int, counter: str, value: Fraction, native: bool, magnitude: bool
) -> str | None:
    """The unit of the duration a number + ``counter`` is, or None when it is a label or a count.

    ``start`` is where the number starts, ``end`` where its counter ends; ``native`` says the
    number is a native Korean numeral ("세 분"); ``magnitude`` that it was written with 만/억
    ("1억3300만년").
    """
    unit = DURATION_UNITS.get(counter)
    if unit is None:
        return None
    if counter in _ALWAYS:
        return unit
    if counter == "해":  # "한 해 동안", "두 해째", "한 해 만에"; not "한 해 평균" (per year), "지난 한 해를"
        return unit if native and not magnitude and _DURATION_AFTER.match(text, end) else None
    after = _DURATION_AFTER.match(text, end) is not None
    if counter == "년":
        year_like = value.denominator == 1 and 1000 <= value <= 2200 and not magnitude
        if year_like:
            return unit if _DURATION_ONLY_AFTER.match(text, end) else None
        if after:
            return unit
        if _ERA_BEFORE.search(text, max(0, start - 8), start) or _YEAR_AFTER.match(text, end):
            return None
        if text[start - 1 : start] in ("'", "’") or _MONTH_AFTER.match(text, end):
            return None  # "'22년", "22년 3월"
        return unit
    if counter in ("일", "주"):
        # "평균 6.9일", "2.5주": a day of the month or a week's number is whole; a part of one is a time taken
        if counter == "일" and (value > 31 or _DAYS_NOUN_BEFORE.search(text, max(0, start - 12), start)):
            return unit  # "41일": no month has that day; "폭염일수가 29일로": days counted
        return unit if after or value.denominator != 1 else None
    if counter == "분":
        if native or _HOUR_BEFORE.search(text, max(0, start - 6), start):
            return None
        return unit
    if counter == "초":
        if text[end : end + 1].isdigit():
            return unit  # "1분45초32": hundredths glued after 초, a race time (extract reads them)
        minute = _MINUTE_BEFORE.search(text, max(0, start - 6), start)
        if minute is None:
            return unit
        if _HOUR_BEFORE.search(text, max(0, minute.start() - 6), minute.start()):
            return None  # "17시 29분 30초": a time of day
        if _HOURS_TAKEN_BEFORE.search(text, max(0, minute.start() - 7), minute.start()):
            return unit  # "2시간 8분 14초로 우승했다": hours, minutes and seconds taken, a time taken
        return unit if after else None  # "2분 30초 만에" took that long; "29분 30초에" is a time
    return unit


# A time taken written as a clock, hours:minutes:seconds: "won in 2:08:14", "2:11:47의 기록으로". The
# same notation after a word that sets a time of day ("at 14:30:05", "오전 10:20:30"), after a date
# ("2020-08-01 00:00:00", "…T09:15:00") or before a zone or a particle of a time ("KST", "a.m.", "에")
# is the time of day, no figure. Hours and minutes alone ("under 2:08") stay unread: the notation does
# not say whether that is h:mm or m:ss.
_HALF = Fraction(1, 2)
_CLOCK_TIME = re.compile(r"(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9])")
_TIME_OF_DAY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:at|by|from|until|till|since)|오전|오후|새벽|아침|저녁|밤|[0-9][T])[ ]?\Z|[0-9][ ]\Z"
)
_TIME_OF_DAY_AFTER = re.compile(
    r"[ ]?(?:(?i:a\.?m\.?|p\.?m\.?|hrs)(?![A-Za-z])|[A-Z]{2,4}(?![A-Za-z])|(?i:local)(?![A-Za-z])|Z(?![A-Za-z])|[+-][0-9]{2}"
    r"|(?:에|경|부터|까지|께)(?![가-힣]))"
)


# A race time with a fraction of a second: "1:45.23", "57:09.4", "2:08:50.3". No clock of the day is
# written to a tenth of a second in prose, so the shape alone makes it a time taken (a word after it that
# sets a time of day or a zone, "1:45.23 KST", still makes it none).
_RACE_TIME = re.compile(r"(?:(?P<h>[0-9]{1,2}):)?(?P<m>[0-9]{1,2}):(?P<s>[0-5][0-9])\.(?P<f>[0-9]{1,3})")


def clock_duration(text: str, start: int, end: int, base: int) -> Quantity | None:
    """The time taken written "2:08:14" or "1:45.23" at ``start``–``end`` as a number of seconds, or None."""
    race = _RACE_TIME.fullmatch(text, start, end)
    if race is not None and not _TIME_OF_DAY_AFTER.match(text, end):
        whole = int(race["h"] or 0) * 3600 + int(race["m"]) * 60 + int(race["s"])
        step = Fraction(1, 10 ** len(race["f"]))
        v = whole + int(race["f"]) * step
        return Quantity(Span(base + start, base + end), text[start:end], "quantity", v, v - step / 2, v + step / 2, "second")
    m = _CLOCK_TIME.fullmatch(text, start, end)
    if m is None or _TIME_OF_DAY_AFTER.match(text, end) or _TIME_OF_DAY_BEFORE.search(text, max(0, start - 8), start):
        return None
    v = Fraction(int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"]))
    if not v:
        return None  # "0:00:00": a clock's start, no time taken
    return Quantity(Span(base + start, base + end), text[start:end], "quantity", v, v - _HALF, v + _HALF, "second")


def afternoon(text: str, start: int) -> int | None:
    """Where 오후/저녁/밤 starts when it is written right before an hour at ``start``."""
    m = _AFTERNOON_BEFORE.search(text, max(0, start - 4), start)
    return m.start() if m else None


_HALF_AFTER = re.compile(r"[ ]?반(?![가-힣])")


def half_after(text: str, end: int) -> int | None:
    """"1년 반", "2시간 반": the end of 반 (a half more) written after a duration's counter."""
    m = _HALF_AFTER.match(text, end)
    return m.end() if m else None


# "20대", "30대가", "10대들": an age decade. A machine named right before or after makes 대 a count.
_MACHINE_BEFORE = re.compile(rf"(?:{'|'.join(lx.MACHINE_NOUNS)})[ ]?\Z")
_MACHINE_AFTER = re.compile(
    rf"[ ]?(?:이상|이하|가량|정도|여)?[ ]?(?:의)?[ ]?(?:[가-힣]+[ ])?(?:{'|'.join(lx.MACHINE_NOUNS)})"
)


def age_decade(text: str, start: int, end: int, value: Fraction) -> bool:
    """N0대 (10대 … 90대) at ``start``–``end`` is an age decade, not a count of machines."""
    if value.denominator != 1 or not 10 <= value <= 90 or value % 10:
        return False
    if _MACHINE_BEFORE.search(text, max(0, start - 8), start):
        return False
    return _MACHINE_AFTER.match(text, end) is None


# The age then the person's team, employer or home after a middle dot or a comma: "김하람(22·서진시청)",
# "박모(45, 회사원)" — a word, not a number ("(12·13)" is a list).
_AGE_AFFILIATION = re.compile(r"(?:·|,[ ]?)[가-힣A-Za-z][^()\n]{0,30}\)")
_AGE_OPEN = re.compile(r"[가-힣]\((?:[^()0-9]{0,80},[ ])?\Z")


def age_in_parentheses(text: str, start: int, end: int, value: Fraction) -> bool:
    """"김은경(53) 씨", "교수(72)": the number at ``start``–``end`` is the age of the person named before."""
    # below 10, "(1)" after a word numbers a step or a note more often than it gives an age ("방법(1)")
    if value.denominator != 1 or not 10 <= value.numerator <= 120:
        return False
    if text[end : end + 1] != ")" and not _AGE_AFFILIATION.match(text, end):
        return False
    return _AGE_OPEN.search(text, max(0, start - 90), start) is not None
