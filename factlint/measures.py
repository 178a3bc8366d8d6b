"""One measure in two languages: which discovered attributes name the same quantity.

The binder discovers a claim's attribute from its sentence — the noun the figure measures: "골" in
"42골을 넣고", "goals" in "scoring 45 goals", "이용객" in "김해공항 이용객이 1,583만 명". A Korean and an
English article about one thing then hold two attributes that are one measure. The rule pack's
``measures:`` (``rules/measures.yaml`` in the default pack) lists, for each measure, its words in any
language; this module says which measure a discovered attribute names.

The glossary only *groups* claims the binder has already made: it is never a trigger, so it changes no
claim (a declared attribute's triggers decide binding; declaring these nouns as attributes lowered
claim precision, docs/rules.md). An attribute names a measure when its head (its last word) is one of
the measure's words, and every word before the head is the claim's own entity ("김해공항 이용객" of
김해공항) or a word that says only which year the figure is for (올해, 지난해, annual …: the claim's
period says that), or the entity's own span of time: "축제 기간 방문객" of 단월얼음축제 are the festival's visitors
(its period is the festival; the words before 기간 are the end of the entity's name). Any other modifier — 국제선 이용객 (international passengers), 추정 사망자
(estimated deaths), 전국 평균기온 — may name a part or another measure, so the attribute names none.
Words are compared case-insensitively; no stemming, no fuzzy match: a form not listed (an English
plural, a spacing variant) is added to the file.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Mapping

from . import korean
from .config.ruleset import RuleSet

# Words before a head that say only which year a figure is for: the claim's period carries that.
_TIME_WORDS = frozenset({
    "올해", "지난해", "작년", "금년", "연간", "올여름", "지난여름", "올겨울", "지난겨울",
    "annual", "yearly", "this year's", "last year's",
})
_SPACE = re.compile(r"\s+")


# The glossary of each rule set, built once per process: the bilingual rule's summary asks for it for
# every article (keyed by id, kept with the rule set so that the id is not reused while cached).
_GLOSSARIES: dict[tuple[int, bool], tuple[RuleSet, Mapping[str, str]]] = {}


def glossary(ruleset: RuleSet, once: bool = False) -> Mapping[str, str]:
    """Each measure word of the rule set, case-folded, → its measure's name (read-only, shared); with
    ``once``, the words of its one-off events instead (개항, opened → opening)."""
    cached = _GLOSSARIES.get((id(ruleset), once))
    if cached is not None and cached[0] is ruleset:
        return cached[1]
    words = MappingProxyType({w.casefold(): m.name for m in ruleset.measures if m.once == once and not m.part
                              for w in m.words})
    _GLOSSARIES[(id(ruleset), once)] = (ruleset, words)
    return words


_PARTS: dict[int, tuple[RuleSet, Mapping[str, str]]] = {}


def parts(ruleset: RuleSet) -> Mapping[str, str]:
    """Each word of a part of a thing (``part: true``: 활주로, runway), case-folded, → the part's name."""
    cached = _PARTS.get(id(ruleset))
    if cached is not None and cached[0] is ruleset:
        return cached[1]
    words = MappingProxyType({w.casefold(): m.name for m in ruleset.measures if m.part for w in m.words})
    _PARTS[id(ruleset)] = (ruleset, words)
    return words


# Measures of size, which a part of a thing has ("활주로 길이", "runway width"); and the one a bare part's unit says
# ("a runway of 2,650 metres": its length)
_SIZES = frozenset({"length", "width", "height", "depth", "area"})
_SIZE_OF_UNIT = {"meter": "length", "meter ** 2": "area"}


def sized_part(attribute: str, entity: str, words: Mapping[str, str], part_words: Mapping[str, str],
               dim: str) -> str | None:
    """The measure "<part> <size>" an attribute names: a part of the entity (``parts``) and a measure of size after
    it ("활주로 길이", "runway width"), or the part alone with a figure whose unit is the size ("runway" = 2,650 metres:
    runway length); None otherwise. Nothing else may stand before the part but the entity's own name."""
    text = _fold(attribute)
    own = _fold(entity) + " "
    if text.startswith(own):
        text = text[len(own):]
    if text in part_words:
        size = _SIZE_OF_UNIT.get(dim)
        return f"{part_words[text]} {size}" if size is not None else None
    tokens = text.split(" ")
    for cut in range(1, len(tokens)):
        head, part = " ".join(tokens[cut:]), " ".join(tokens[:cut])
        if words.get(head) in _SIZES and part in part_words:
            return f"{part_words[part]} {words[head]}"
    return None


def measure_of(attribute: str, entity: str, words: Mapping[str, str]) -> str | None:
    """The measure a discovered attribute names, or None (see the module's docstring)."""
    text = _fold(attribute)
    own = _fold(entity) + " "
    if text.startswith(own):  # "김해공항 이용객" of 김해공항
        text = text[len(own):]
    if text in words:
        return words[text]
    # the longest listed ending of the attribute that follows a word boundary ("load factor", "관객 수")
    tokens = text.split(" ")
    for cut in range(1, len(tokens)):
        head = " ".join(tokens[cut:])
        if head in words:
            before = _without_own_period(tokens[:cut], _fold(entity))
            return words[head] if all(t in _TIME_WORDS for t in _modifiers(before)) else None
    return None


# Nouns of a span of time that follow what lasts it: "축제 기간", "행사 기간", "대회 기간 동안"
_PERIOD_NOUNS = frozenset({"기간", "기간 중", "기간 동안"})


def _without_own_period(tokens: list[str], entity: str) -> list[str]:
    """The words before a head without "<X> 기간" when X ends the entity's name: "축제 기간" of 단월얼음축제 is the
    festival's own time, the whole of it, so its visitors are the festival's visitors. Another's period ("축제 기간
    매출" of a county, "방학 기간" of a festival) stays a modifier: a part of the entity's year, no measure."""
    for k in range(1, len(tokens)):
        if " ".join(tokens[k:]) in _PERIOD_NOUNS and entity.replace(" ", "").endswith("".join(tokens[:k])) \
                and len("".join(tokens[:k])) >= 2:
            return []
    return tokens


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text.strip()).casefold()


def _modifiers(tokens: list[str]) -> list[str]:
    """The words before a head, with English two-word time phrases ("this year's") kept together."""
    out: list[str] = []
    for t in tokens:
        if out and f"{out[-1]} {t}" in _TIME_WORDS:
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
    return out


def hangul(text: str) -> bool:
    """Is any character of ``text`` a Hangul syllable (a Korean attribute, as against a Latin one)?"""
    return any("\uac00" <= c <= "\ud7a3" for c in text)


# --- which part of its year a figure is for ------------------------------------------------------------------
#
# A measure's figures meet by year (claimtools.period): "김해국제공항의 2025년 8월 이용객은 140만 명" and "15.3 million
# passengers in 2025" are both 2025's, but one is a month's and the other the year's. The words of a part of a
# year in the figure's sentence say which part: a month (8월, 지난달, in August), a quarter (3분기, the third
# quarter, Q3) or a half (상반기, first half). A figure with one meets only a figure of the same part; one with
# two different parts, or a part only counted from another ("the previous quarter", "전 분기"), meets none.

_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_PART = re.compile(
    r"(?P<ko_month>(?<![\d.])(?:1[0-2]|0?[1-9])\s*월(?!\s*\d))|(?P<ko_day_month>(?<![\d.])(?:1[0-2]|0?[1-9])\s*월\s*\d{1,2}\s*일)"
    r"|(?P<ko_quarter>(?<!\d)[1-4]\s*분기)|(?P<ko_half>[상하]반기)"
    r"|(?P<ko_relative>지난달|전월|이달|이번\s*달|지난\s*분기|전\s*분기|직전\s*분기)"
    r"|(?P<en_quarter>\b(?i:first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?i:quarter)\b|\bQ[1-4]\b)"
    r"|(?P<en_half>\b(?i:first|second)[\s-](?i:half)\b|\bH[12]\b)"
    r"|(?P<en_relative>\b(?i:previous|prior|last|preceding)\s+(?:quarter|month)\b)"
    r"|(?P<en_month>\b(?:" + "|".join(m.capitalize() for m in _MONTHS_EN) + r")\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
    r"Nov|Dec)\.)")
# "SEOUL, Oct 2 (Reuters) - ", "(Reuters) - ": a dateline's day is the report's, not the figure's. Only a
# dateline's shape — an upper-case place (with its day) and/or an agency in brackets before the dash —,
# never any spaced dash ("해운공항 — 8월 이용객 …" keeps its month)
_DATELINE = re.compile(r"^\s*(?:[A-Z]{2,}[A-Z .'/-]*(?:,[^\n()–—]{0,30}?)?(?:\s*\([^()\n]{1,30}\))?|\([^()\n]{1,30}\))\s[-–—]\s")
# A month that opens or closes a span of months is no month's figure: "1~8월", "1-8월", "1월부터 8월까지"
# (the span's own key "S01-08"), "8월까지", "3월부터" (a span from or to an unsaid month: meets none)
_MONTH_SPAN = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])\s*(?:월\s*)?(?:[~∼〜\-–]|월\s*부터)\s*(1[0-2]|0?[1-9])\s*월(?:\s*까지)?")
_SPAN_END = re.compile(r"\s*(?:부터|까지)")
_NO_PART = "-"
_DIGITS = re.compile(r"\d+")
_WORD_END = re.compile(r"[\s-]")


# A month marked as a point in time — a level counted at it, not what flowed in it: the end or a mark of a
# point right after it ("12월 말", "12월 31일 주민등록 기준", "6월 현재"), "as of", "as at" or "the end of" right
# before it ("as of December 2025", "at the end of June", "as at 31 March"); the day, when written with it.
_POINT_AFTER_KO = re.compile(r"\s*(?:(?:오전|오후)?\s*\d{1,2}\s*시\s*)?(?:말|현재|기준)")
_POINT_AFTER_KO_DAY = re.compile(r"\s*(?:(?:오전|오후)?\s*\d{1,2}\s*시\s*)?(?:[가-힣·]+\s+){0,2}?(?:현재|기준)")
_POINT_BEFORE_EN = re.compile(r"(?i)(?:\bas\s+(?:of|at)|\bend\s+of|\bend-)\s*(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+)?$")
_DAY_AFTER_EN = re.compile(r"\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[-–~]|%|percent))")
_END_KO = re.compile(r"\s*말")
# ... unless the sentence says the figure is what a span of time held: "12월 한 달 기준 이용객", "during December"
_SPAN = re.compile(r"한\s*달|월간|동안|(?i:\bduring\b|\bmonthly\b|\bover\s+the\s+month\b|\bin\s+the\s+month\b)")


def year_part(before: str, after: str, month_now: int | None) -> str | None:
    """The part of its year a figure is for, from its sentence up to the figure (``before``) and the phrase
    right after it (``after``, up to a comma): "M08", "Q3", "H1", a span of months "S01-08" ("1~8월"); a month marked as a point in time (a level
    counted then) "P12", or with its day "P06-15" (a month's last day is the month's: "P06"); None for the
    whole year (no such word); "-" when the sentence names a part counted from another or two different parts
    (such a figure meets no other). ``month_now``: the article's month, for 지난달 / 이달."""
    before = _DATELINE.sub("", before, count=1)
    described = None
    for described in korean.INTO_BEING_TOPIC.finditer(before):
        pass
    if described is not None:
        before = before[described.end() :]  # "2024년 10월 문을 연 소리마루홀은": the hall's opening month, not the figure's
    text = before + " | " + after.split(",")[0]
    spans = {f"S{int(a):02d}-{int(b):02d}" for a, b in _MONTH_SPAN.findall(text)}
    text = _MONTH_SPAN.sub(" ", text)
    span = _SPAN.search(text) is not None
    parts = spans | {_NO_PART if m.lastgroup == "ko_month" and _SPAN_END.match(text, m.end()) else
                     _point(text, m, span) or _label(m, month_now) for m in _PART.finditer(text)}
    if not parts:
        return _same_part(text)
    return parts.pop() if len(parts) == 1 else _NO_PART


# "Hanbit shipped 17.2 million smartphones in the quarter" after "third-quarter operating profit", "같은 기간 …
# 점유율은 9.4%" after "3분기 스마트폰 출하량은": a definite quarter or period with no name of its own is the part of
# the year the text named (wire copy names its quarter in its first paragraph); when it named two, neither.
_SAME_PART = re.compile(r"(?:같은\s*(?:기간|분기)|동\s*기간)|\b(?i:the\s+(?:same\s+)?(?:quarter|period))\b")
# ... unless a time word places it in another year or part: before it in Korean ("전년 같은 기간", "1년 전 같은
# 기간", "전년도 동 기간"), after it in English ("the same period a year earlier", "the same quarter of 2023", "the
# quarter before", "the same period the previous year", "the period 2020-2024", "the period from 2020"). Such a
# part is of a period no figure can be matched to.
_OTHER_BEFORE = re.compile(r"(?:전년도?|지난해|작년|재작년|전\s*분기|\d+\s*(?:년|개월|분기)\s*전|한\s*해\s*전)\s*\Z")
_OTHER_AFTER = re.compile(r"(?i)\s+(?:(?:a|one|two|three|\d+)\s+years?\b|(?:the\s+)?(?:last|previous|prior|preceding)\s+year"
                          r"|(?:of|in)\s+(?:(?:19|20)\d\d|last|the\s+(?:previous|prior|preceding))"
                          r"|(?:before|earlier|ago|prior|previous|preceding|from|between|since|until)\b|(?:19|20)\d\d)")


def _same_part(text: str) -> str | None:
    """"=" for a definite part with no name ("in the quarter", "같은 기간"), "-" for one placed in another time
    ("the same quarter a year earlier", "전년 같은 기간": it meets no figure), None for no such phrase."""
    found = list(_SAME_PART.finditer(text))
    if not found:
        return None
    if any(_OTHER_BEFORE.search(text, 0, m.start()) or _OTHER_AFTER.match(text, m.end()) for m in found):
        return _NO_PART
    return _SAME


_SAME = "="
_NAMED_PARTS = frozenset({"ko_quarter", "en_quarter", "ko_half", "en_half"})


def part_named_before(text: str) -> str | None:
    """The quarter or half of a year the text names ("Q3", "H1"), for a figure whose sentence says only "the
    quarter" or "같은 기간" (``year_part`` gave "="); None when it names none, or two ("third-quarter profit doubled
    from the second quarter": which one "the quarter" is, the text does not say). Months are not read: a byline's
    or a dateline's month ("3 December 2024") is the report's, not its figures'."""
    named = {_label(m, None) for m in _PART.finditer(text) if m.lastgroup in _NAMED_PARTS}
    return named.pop() if len(named) == 1 else None


def _point(text: str, m: re.Match[str], span: bool) -> str | None:
    """The label of a month the sentence marks as a point in time ("P12", "P06-15"), else None."""
    kind = m.lastgroup or ""
    day: str | None = None
    if span or kind not in ("ko_month", "ko_day_month", "en_month"):
        return None
    if kind == "ko_month":
        if not _POINT_AFTER_KO.match(text, m.end()):
            return None
        month = int(_DIGITS.findall(m.group())[0])
        day = "end" if _END_KO.match(text, m.end()) else None
    elif kind == "ko_day_month":
        if not _POINT_AFTER_KO_DAY.match(text, m.end()):
            return None
        digits = _DIGITS.findall(m.group())
        month, day = int(digits[0]), digits[1]
    else:
        marked = _POINT_BEFORE_EN.search(text[: m.start()])
        if marked is None:
            return None
        month = int(_label(m, None)[1:])
        after = _DAY_AFTER_EN.match(text, m.end())
        day = marked.group("day") or (after.group("day") if after else None)
        if day is None and "end" in marked.group().lower():
            day = "end"
    if day is None or day == "end" or int(day) >= _MONTH_DAYS[month - 1]:
        return f"P{month:02d}"
    return f"P{month:02d}-{int(day):02d}"


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # a 29 February is its month's last day too


def _label(m: re.Match[str], month_now: int | None) -> str:
    text = m.group().lower()
    kind = m.lastgroup or ""
    if kind in ("ko_month", "ko_day_month"):
        return f"M{int(_DIGITS.findall(text)[0]):02d}"
    if kind == "en_month":  # a name or its abbreviation ("Aug.", "Sept.")
        return f"M{next(i for i, name in enumerate(_MONTHS_EN) if name.startswith(text.rstrip('.')[:3])) + 1:02d}"
    if kind == "ko_quarter":
        return f"Q{text[0]}"
    if kind == "en_quarter":
        return f"Q{text[1]}" if text.startswith("q") else f"Q{_ORDINAL[_WORD_END.split(text)[0]]}"
    if kind == "ko_half":
        return "H1" if text.startswith("상") else "H2"
    if kind == "en_half":
        return f"H{text[1]}" if text.startswith("h") else ("H1" if text.startswith("first") else "H2")
    if kind == "ko_relative" and month_now is not None and text in ("이달", "이번 달", "이번달"):
        return f"M{month_now:02d}"
    if kind == "ko_relative" and month_now is not None and text in ("지난달", "전월"):
        return f"M{(month_now - 2) % 12 + 1:02d}"
    return _NO_PART
