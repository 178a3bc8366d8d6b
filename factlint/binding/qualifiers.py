"""What kind of statement a figure is: a goal, a disputed report, for which year."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Iterator, Sequence

from .. import korean
from ..model import Document, Span
from . import structure
from .names import Mention
from .sentences import _Sentence, _Unit
from .words import Word
from .vocabulary import _DISPUTE, _NEGATED_AFTER, _NEGATED_BEFORE, _GOAL_AFTER_KO, _GOAL_BEFORE_KO, _GOAL_EN, _RELATIVE_OFFSET, _RELATIVE_YEAR, _REPORTED, _YEAR

# --- qualifiers ----------------------------------------------------------------------------

def _is_goal(text: str, sent: _Sentence, u: _Unit, owner: Mention) -> bool:
    """Goal words in the figure's clause; for a compared name's figure only up to the comparison
    ("GPT-3가 보유한 1750억개 파라미터의 3배를 넘어선 6000억개의 파라미터를 갖추겠다": LG's goal, GPT-3's fact)."""
    clause = sent.clause(u.span.start)
    after = _to_parallel_comma(text[u.span.end : min(clause.end, max(owner.reach[1], u.span.end))])
    if _KO_CLAUSE_CLOSED.match(text, u.span.end) is not None:
        after = ""  # "현재 길이 2㎞이며 … 늘어날 예정이다": the goal is the next clause's
    before = text[clause.start : u.span.start]
    if _GOAL_AFTER_KO.search(after) or _GOAL_BEFORE_KO.search(before):
        return True
    relative = _EN_RELATIVE_OPEN.search(before)
    if relative is not None:
        # "Hanbit Port, which handled 4.21 million TEU in 2024, plans to expand": the goal words of the main
        # clause, before the relative clause or after the comma closing it, are not the figure's
        before, after = before[relative.start() :], after.split(",", 1)[0]
    return bool(_GOAL_EN.search(before) or _GOAL_EN.search(_own_phrase_en(after[:60])))


# Another figure after the figure (no bare year: "by 2030" is the figure's own goal word)
_EN_OTHER_FIGURE = re.compile(r"(?<![\w.,])(?:US\$|[$€£¥₩])?\d[\d,.]*")
# What opens a comparison with another figure: its standard is no qualifier of the figure before it
_EN_COMPARED = re.compile(r",|\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than|below|above|beating|beat|missing|"
                          r"missed|topping|short\s+of|ahead\s+of|in\s+line\s+with)\b", re.I)


def _own_phrase_en(after: str) -> str:
    """The English text after a figure up to where another figure's phrase opens: "348 billion won in 2025, compared
    with analysts' forecasts of 360 billion won" → " in 2025", "348 billion won, below the 400 billion won forecast"
    → "": the forecast is the second figure's, the first is an actual figure."""
    start = 0
    for other in _EN_OTHER_FIGURE.finditer(after):
        if re.fullmatch(r"(?:19|20)\d\d", other.group()):
            continue
        start = other.start()
        break
    else:
        compared = next((x for x in _EN_COMPARED.finditer(after) if x.group() != ","), None)
        return after if compared is None else after[: compared.start()]  # "…, beating forecasts"
    cut = None
    for cut in _EN_COMPARED.finditer(after, 0, start):
        pass
    return after[: cut.start()] if cut is not None else after[:start]


# The figure's own predicate "N (규모)로," / "N으로,": what follows the comma is the next statement of the topic
# ("단월터널은 총사업비 4,870억 원 규모로, 2027년 6월 개통이 목표다": the opening is the goal, the cost is no goal)
_PARALLEL_COMMA = re.compile(r"\A[^\s,]*(?:\s[가-힣]{1,3})?(?:으로|로),")


def _to_parallel_comma(after: str) -> str:
    """The text after a figure, up to a comma closing its "N(으)로," predicate."""
    found = _PARALLEL_COMMA.match(after)
    return after[: found.end()] if found is not None else after


# A non-restrictive relative clause holding the figure: ", which handled", ", who earned" (no comma after it)
_EN_RELATIVE_OPEN = re.compile(r",\s(?:which|who)\s[^,]*\Z")


# English states the time after what it qualifies: "opened in 1987 and handled 2.3 million passengers in 2025",
# "won $3.7bn of orders in 2025", "in August 2025". A year in a phrase right after the figure and the nouns it
# measures (no comma, no other figure between; "8,412 fans per home game in 2025": four words) is the figure's, before any year written earlier in the clause
# (the other verb's).
# ("in the third quarter of 2024", "for the first half of 2025": the year of the part; which part, measures.py reads)
_EN_YEAR_AFTER = re.compile(r"\s*(?:[a-z][\w\-]*\s+){0,4}(?:in|for|during|(?:at|as\s+of)\s+the\s+end\s+of)\s+(?:fiscal\s+|calendar\s+|(?:January|February|March|"
                            r"April|May|June|July|August|September|October|November|December)\s+|the\s+(?:first|second|third|"
                            r"fourth)[\s-](?:quarter|half)\s+of\s+)?((?:19|20)\d\d)\b"
                            r"(?!\s*[-–~]\s*\d)")


def _period(text: str, sent: _Sentence, u: _Unit, doc: Document) -> str | None:
    """The year a figure is for: in English one in a phrase right after it, else the nearest year before it
    in its clause, else one right after it."""
    clause = sent.clause(u.span.start)
    stated = _EN_YEAR_AFTER.match(text, u.span.end, clause.end)
    through = structure.passed_through(text, 0, u.span, clause) if stated is None else None
    if through is not None:
        stated = _EN_YEAR_AFTER.match(text, through.span.end, clause.end)  # "… passed through Hanbit Port in 2024"
    if stated is not None:
        return stated.group(1)
    before = text[clause.start : u.span.start]
    present = None
    for present in _EN_PRESENT_CONJUNCT.finditer(before):
        pass
    if present is not None:
        # "opened in April 1998 and has a single runway of 2,650 metres": the year is the first verb's; a present
        # state coordinated after it is of no year
        before = before[present.end() :]
    described = None
    for described in korean.INTO_BEING_TOPIC.finditer(before):
        pass
    if described is not None:
        before = before[described.end() :]  # "2024년 10월 문을 연 소리마루홀은 객석이 1,840석": the hall's opening year
    years = [y for y in _years(before, doc)]
    if years:
        return years[-1]
    if _KO_CLAUSE_CLOSED.match(text, u.span.end) is not None:
        return None  # "현재 길이 2㎞이며 2028년까지 … 늘어날 예정이다": the year after is the next clause's
    after = _to_parallel_comma(text[u.span.end : min(clause.end, u.span.end + 20)])
    if _BASE_AFTER.search(after):
        return None  # "1,103건으로 지난해 같은 기간(1,020건)보다": the year after is the base's, not the figure's
    years = [y for y in _years(after, doc)]
    return years[0] if years else None


# A year after a figure that is the base it is compared with: "지난해 같은 기간(1,020건)보다", "전년 대비", "2023년보다"
_BASE_AFTER = re.compile(r"(?:년도?|해|작년)\s?(?:같은\s?(?:기간|달|시기|분기)|동기|동월)?\s?(?:\(|보다|대비|에\s?비해)")


# a Korean connective ending on the figure: the figure closes its own clause ("2㎞이며", "45m이고", "2,450m였지만")
_KO_CLAUSE_CLOSED = re.compile(r"(?:이|였|이었)(?:며|고|지만|는데)[\s,]|며[\s,]")


# A coordinated predicate in the present tense: "… and has", "… and now employs", "… and covers"
_EN_PRESENT_CONJUNCT = re.compile(
    r"\band\s+(?:(?:now|currently|still|also|today)\s+)?(?:has|have|is|are|employs|covers|operates|serves|holds|houses|"
    r"spans|runs|carries|counts|boasts|includes|contains|measures|stretches|seats)\b")


# A sentence opening with a partitive anaphor ("이 가운데 수출은 1,240대로", "이 중", "그중", "Of these, …") states a
# part of the whole a sentence before gave: its figures are of that whole's year when they state none of their own
_PARTITIVE_OPENER = re.compile(r"\s*(?:(?:이|그)\s?(?:가운데|중(?:에서)?)|그중|(?:Of|Among)\s+(?:these|them|those|which)\b)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")  # a line of its own (a headline, a dateline) is one too
_PARTITIVE_BACK = 2  # sentences looked back at for the whole's year


def partitive_period(text: str, sent: _Sentence, doc: Document) -> str | None:
    """The year of the whole a partitive sentence takes its part of: the one year (written, or a relative year
    word read against the article's date) of the nearest of the two sentences before that states any; a
    sentence before that states two years says no one year (None)."""
    if _PARTITIVE_OPENER.match(sent.text) is None:
        return None
    before = text[max(0, sent.span.start - 600) : sent.span.start].rstrip()
    for earlier in reversed([x for x in _SENTENCE_END.split(before) if x][-_PARTITIVE_BACK:]):
        years = set(_years(earlier, doc))
        if years:
            return years.pop() if len(years) == 1 else None
    return None


# "이번 축제 기간 방문객이": this edition of the event the claim's entity is (단월얼음축제 ends in 축제), the one the
# article reports; and this year's season ("올겨울", "올여름") in the question a figure answers
_THIS_EDITION = re.compile(r"(?<![가-힣])(?:이번|올해)\s?([가-힣]{2,4})(?![가-힣])")
_THIS_SEASON = re.compile(r"(?<![가-힣])올(봄|여름|가을|겨울)")


def edition_period(text: str, sent: _Sentence, u: _Unit, entity: str, doc: Document) -> str | None:
    """The year of "이번 X" before the figure in its clause, X the last noun of the claim's entity (이번 축제 of
    단월얼음축제): the edition just held, the article's year. Another noun (이번 시즌 of a club, 이번 조사) says
    nothing of the entity's year."""
    if doc.date is None:
        return None
    clause = sent.clause(u.span.start)
    for m in _THIS_EDITION.finditer(text, clause.start, u.span.start):
        if entity.endswith(m.group(1)) and len(entity) > len(m.group(1)):
            return str(doc.date.year)
    return None


def season_period(sentence: str, doc: Document) -> str | None:
    """The year of this year's season written in a sentence ("올겨울 얼음축제는 어땠나."): the article's year for
    spring, summer and autumn; for winter only in an article of January to March (the winter then ending: in
    December "올겨울" runs into the next year, whose figure it is the text does not say)."""
    m = _THIS_SEASON.search(sentence)
    if m is None or doc.date is None or m.group(1) == "겨울" and doc.date.month > 3:
        return None
    return str(doc.date.year)


def _years(s: str, doc: Document) -> Iterator[str]:
    hits: list[tuple[int, str]] = []
    for y in _YEAR.finditer(s):
        if y.group(1) or y.group(3) or y.group(4):
            hits.append((y.start(), y.group(1) or y.group(3) or y.group(4)))
        elif y.group(2):
            hits.append((y.start(), "20" + y.group(2)))
    if doc.date is not None:
        for r in _RELATIVE_YEAR.finditer(s):
            word = r.group().split()[0].lower() if " " in r.group() else r.group()
            hits.append((r.start(), str(doc.date.year + _RELATIVE_OFFSET.get(word, 0))))
    for _, year in sorted(hits):
        yield year


# A reference time: the day (and hour) a running count is taken at. "12월 23일 0시 기준으로",
# "2020년 12월 23일 기준", "as of March 14, 2020", "as at 14 March". It must precede the figure in its
# sentence; the year, when not written, is the article's (the year before for a later month).
_REFERENCE_KO = re.compile(r"(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일\s*(?:(?:오전|오후)?\s*(\d{1,2})\s*시\s*)?(?:현재\s*)?기준")
_REFERENCE_EN = re.compile(
    r"(?i)\bas\s+(?:of|at)\s+(?:(?P<d1>\d{1,2})\s+(?P<m1>[a-z]{3,9})|(?P<m2>[a-z]{3,9})\s+(?P<d2>\d{1,2}))(?:,?\s+(?P<y>\d{4}))?\b"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A day with no month ("4일 0시 기준", "as of the 4th"): a day of the article's month, the latest such day not after
# its date (the 30th in an article of the 2nd is last month's); in an undated article, no reference time.
_REFERENCE_DAY_KO = re.compile(r"(?<![\d월])(?<!월\s)(\d{1,2})\s*일\s*(?:(?:오전|오후)?\s*(\d{1,2})\s*시\s*)?(?:현재\s*)?기준")
_REFERENCE_DAY_EN = re.compile(r"(?i)\bas\s+(?:of|at)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)")
# Between a reference time and the figure: another year's same day ("지난해 같은 날", "a year earlier") is not it.
_ANOTHER_YEAR = re.compile(r"(?i)(?:지난해|작년|전년|1년\s*전)\s*(?:같은|동일한|이맘)|전년\s*동기|\ba\s+year\s+(?:earlier|before|ago)\b"
                           r"|\bthe\s+same\s+(?:day|date|time)\s+(?:last|a|the\s+previous)\s+year\b")


# The end of a month or a year marked as the point a figure is counted at: "11월 말 기준", "지난달 말 기준",
# "2024년 말 현재", "지난해 말 기준", or a bare year's end right before the figure ("인구는 2024년 말 98만 2천
# 명": the level at the year's end, as statistics state stocks; not a bare month's end, "지난달 말 27만 명으로 줄었다",
# which may date a change, nor "2024년 말 완공", an event's time with no figure after it) — its last day (the month, when not written with a year, is the article's
# year's, or the year before's for a later month; 지난달 and 지난해 count from the article's date).
_END_REFERENCE_KO = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})\s*년\s*|(?P<rel_year>지난해|작년|올해|금년)\s*)?"
    r"(?:(?<!\d)(?P<month>1[0-2]|0?[1-9])\s*월|(?P<rel_month>지난달|전월|이달))?\s*말\s*(?:(?:현재\s*)?(?:기준|현재)|(?P<bare>\Z))")


def _month_end(before: str, doc: Document, period: str | None = None) -> tuple[int | None, int, int, None] | None:
    """The last match of :data:`_END_REFERENCE_KO` in ``before`` as (year, month, last day, no hour). The
    last day is its year's: of the claim's ``period`` when neither the text nor the article's date says
    the year ("2월 말 기준" in an undated article of 2024 is 29 February), else of a leap year (2월 말 is
    then the 29th, which is the month's end whatever the year: ``contradiction._reference_point``)."""
    found: tuple[int | None, int, int, None] | None = None
    today = doc.date
    for m in _END_REFERENCE_KO.finditer(before):
        if m.group("bare") is not None and (m.group("month") or m.group("rel_month") or not (m.group("year") or m.group("rel_year"))):
            continue  # bare, only a year's end is a point ("지난달 말 27만 명으로 줄었다" may date the fall)
        year = int(m.group("year")) if m.group("year") else None
        if m.group("rel_year"):
            if today is None:
                continue
            year = today.year + _RELATIVE_OFFSET.get(m.group("rel_year"), 0)
        if m.group("rel_month"):
            if today is None:
                continue
            back = 0 if m.group("rel_month") == "이달" else 1
            month, year = (today.month - back - 1) % 12 + 1, year or today.year - (1 if today.month - back < 1 else 0)
        elif m.group("month"):
            month = int(m.group("month"))
        elif year is not None:
            month = 12  # "2024년 말": the year's end
        else:
            continue
        if year is None and today is not None:
            year = today.year - (1 if month > today.month else 0)
        of_year = year or (int(period[:4]) if period and period[:4].isdigit() else 2000)
        found = (year, month, calendar.monthrange(of_year, month)[1], None)
    return found


def _day_of_month(before: str, doc: Document) -> tuple[tuple[int | None, int, int, int | None] | None, int]:
    """The last day with no month marked as a reference time in ``before`` ("4일 0시 기준", "as of the 4th"), as
    (year, month, day, hour) of the article's date's month or the month before, with where it ends; (None, 0):
    none, or an undated article."""
    today = doc.date
    if today is None:
        return None, 0
    last: tuple[int, int, int | None] | None = None
    for m in [*_REFERENCE_DAY_KO.finditer(before), *_REFERENCE_DAY_EN.finditer(before)]:
        hour = int(m.group(2)) if m.re is _REFERENCE_DAY_KO and m.group(2) else None
        if last is None or m.end() > last[1]:
            last = (int(m.group(1)), m.end(), hour)
    if last is None:
        return None, 0
    day, end, hour = last
    year, month = (today.year, today.month) if day <= today.day else \
        (today.year - (today.month == 1), (today.month - 2) % 12 + 1)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None, 0
    return (year, month, day, hour), end


# The English end of a year or a month marked as the point a stock is counted at, as "2025년 말 기준" is: "at the end
# of 2025", "as of the end of March 2025", "at the end of last year" (the article's year before), in the figure's
# clause, before it or right after it ("had a population of 298,400 at the end of 2025"); not "by the end of"
# (a deadline)
_END_REFERENCE_EN = re.compile(
    r"\b(?:[Aa]t|[Aa]s\s+(?:of|at))\s+(?:the\s+)?end\s+of\s+(?:(?P<month>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+)?(?:(?P<year>(?:19|20)\d\d)|(?P<rel>last|this)\s+year)\b")
_EN_AFTER_FIGURE = 40  # how far after the figure, with no comma between, the end of a period still dates it


def _english_end(text: str, clause: Span, u: _Unit, doc: Document) -> tuple[int | None, int, int, None] | None:
    """The point an English figure is counted at when its clause names the end of a year or month
    (:data:`_END_REFERENCE_EN`) before it or right after it (a space, then the phrase), as (year, month, last
    day, no hour)."""
    after = _END_REFERENCE_EN.match(text, u.span.end + 1, min(clause.end, u.span.end + _EN_AFTER_FIGURE)) \
        if text[u.span.end : u.span.end + 1] == " " else None
    hits = [*_END_REFERENCE_EN.finditer(text, clause.start, u.span.start), *([after] if after is not None else [])]
    if not hits:
        return None
    m = hits[-1]
    if m.group("rel") and doc.date is None:
        return None
    year = int(m.group("year")) if m.group("year") else doc.date.year - (m.group("rel") == "last") if doc.date else None
    month = _MONTHS.index(m.group("month")[:3].lower()) + 1 if m.group("month") else 12
    return (year, month, calendar.monthrange(year or 2000, month)[1], None)


def _reference(text: str, sent: _Sentence, u: _Unit, doc: Document, period: str | None = None) -> str | None:
    """The day (ISO date, with the hour when written) a figure is counted at, from its sentence (``period``:
    the claim's, whose year gives a month's last day when nothing else does)."""
    before = text[sent.span.start : u.span.start]
    found: tuple[int | None, int, int, int | None] | None = None
    end = 0  # where the reference time found ends: another year's same day after it is not the figure's
    for m in _REFERENCE_KO.finditer(before):
        found = (int(m.group(1)) if m.group(1) else None, int(m.group(2)), int(m.group(3)),
                 int(m.group(4)) if m.group(4) else None)
        end = m.end()
    if found is None:
        found, end = _day_of_month(before, doc)
    if found is not None and _ANOTHER_YEAR.search(before, end):
        return None
    if found is None:
        found = _month_end(before, doc, period)
    if found is None:
        found = _english_end(text, sent.clause(u.span.start), u, doc)
    if found is None:
        for e in _REFERENCE_EN.finditer(before):
            name = (e.group("m1") or e.group("m2"))[:3].lower()
            if name in _MONTHS:
                found = (int(e.group("y")) if e.group("y") else None, _MONTHS.index(name) + 1,
                         int(e.group("d1") or e.group("d2")), None)
    if found is None:
        return None
    year, month, day, hour = found
    if year is None and doc.date is not None:
        year = doc.date.year - (1 if month > doc.date.month else 0)
    try:
        day_of = dt.date(year or 2000, month, day).isoformat()  # 2000: a leap year, to check 2월 29일
    except ValueError:
        return None
    if year is None:
        day_of = "????" + day_of[4:]  # an undated article: the day without its year
    return f"{day_of} {hour:02d}:00" if hour is not None and 0 <= hour <= 24 else day_of


def _is_disputed(text: str, sent: _Sentence, u: _Unit, sentences: list[_Sentence], si: int) -> bool:
    """A reported figure the article disputes: "…3000억개라는 보도가 나왔지만 사실이 아니다" (same or next sentence)."""
    after = text[u.span.end : sent.span.end]
    if _NEGATED_BEFORE.search(text[max(sent.span.start, u.span.start - 40) : u.span.start]) or _NEGATED_AFTER.match(after):
        return True
    reported = _REPORTED.search(after[:40]) or _REPORTED.search(text[sent.span.start : u.span.start])
    if not reported:
        return False
    if _DISPUTE.search(after):
        return True
    if si + 1 < len(sentences):
        nxt = sentences[si + 1].text
        return bool(_DISPUTE.search(nxt[:80]))
    return False


# "according to Gartner", "IDC said", "analysts at Morgan Stanley expect": the source that states a figure.
_EN_NAME = r"((?:[A-Z][\w&.'\-]*)(?:\s(?:[A-Z][\w&.'\-]*|of|&))*)"
_EN_ACCORDING = re.compile(r"\b[Aa]ccording to (?:the )?" + _EN_NAME)
_EN_SAYS = re.compile(_EN_NAME + r"\s(?:said|says|forecasts?|expects?|estimated|estimates|predicts?|projects?|projected|"
                      r"believes?|reckons?|thinks?)\b")
_NOT_SOURCES = frozenset({"The", "It", "He", "She", "They", "We", "I", "This", "That", "But", "And", "A", "An", "Its",
                          "Their", "Analysts", "Experts", "Officials", "Some", "Others", "Many"})


# A count or estimate read as where a figure comes from ("군 내부 집계로는", "협회 추산으로는"): the body before it
# keeps it, the noun itself names no one; nor do the words that say only how it was kept (내부, 자체, 잠정)
_TALLIES = frozenset({"집계", "추산", "조사", "통계", "자료", "추계"})
_TALLY_KINDS = frozenset({"내부", "자체", "공식", "잠정", "최종", "비공식"})
TALLY_WORDS = _TALLIES | _TALLY_KINDS  # no source's name: the contradiction check reads past them


def _tallier(ws: Sequence[Word], u: _Unit) -> str | None:
    """"군 내부 집계로는 … 48만여 명": who keeps the tally a figure is read in (N 집계로는 / 에 따르면 / 에서는),
    before the figure — the words before the tally noun without the kind of tally (군; 단월군 내부 집계: 단월군). None
    when nothing stands before the noun ("집계로는": whose is not written)."""
    for k, w in enumerate(ws):
        if w.start >= u.span.start:
            break
        if w.stem not in _TALLIES or w.particle not in ("로는", "으로는", "에서는", "에는", "상"):
            continue
        a = k
        while a > 0 and not ws[a - 1].particle and not ws[a - 1].closes and not ws[a - 1].predicate \
                and ws[a - 1].hangul and k - a < 3:
            a -= 1
        keeper = [x.stem for x in ws[a:k] if x.stem not in _TALLY_KINDS]
        if any(x in structure.DEMONSTRATIVES or structure.is_time_word(x) or structure.is_season(x)
               or any(c.isdigit() for c in x) for x in keeper):
            continue  # "이번 조사에서는", "지난해 집계로는", "2024년 조사에서는": when or which, not whose
        if keeper:
            return " ".join(keeper)
    return None


def _attribution(sent: _Sentence, u: _Unit, ws: Sequence[Word]) -> str | None:
    """Who states the figure, when the sentence says so: "F는 … 전망했다", "F에 따르면", "according to F",
    "F said/expects". Two firms' forecasts are two claims, not one claim in contradiction."""
    if ws and any(w.hangul for w in ws):
        for k, w in enumerate(ws[:-1]):
            if w.start < u.span.start and w.particle == "에" and ws[k + 1].stem in ("따르면", "의하면"):
                phrase = structure.noun_compound(ws, k)
                if phrase is not None:
                    return phrase
        tallied = _tallier(ws, u)
        if tallied is not None:
            return tallied
        found = structure.speaker(ws, u.span)
        return found.text if found is not None else None
    for pattern in (_EN_ACCORDING, _EN_SAYS):
        for m in pattern.finditer(sent.text):
            name = m.group(1).strip()
            while name.split(" ", 1)[0] in _NOT_SOURCES:
                name = name.split(" ", 1)[1] if " " in name else ""
            if name:
                return name
    return None
