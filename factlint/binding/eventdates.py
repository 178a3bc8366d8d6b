"""The date of one edition of a recurring event, written before its name or as a labelled field of a page
about it (fresh9 C1, beside :mod:`.editions`).

Korean writes the date of an event as an adnominal clause of its name: "10월 19일 열리는 제5회 청람국제마라톤",
"지난 3일 개막한 제12회 한결빛축제", "오는 4월 10일 개최되는 '제3회 다온영화제'": the date is the holding of
the edition the name says. A guide page writes it as a field of a list under its heading: "- **일시**: 2025년
10월 19일(일) 오전 8시 출발" under "# 제5회 청람국제마라톤 참가 안내" is that edition's date. The claims are
those of :mod:`.editions` (the series with scope "edition N", attribute 개최), so both ways compare with
"제5회 X를 DATE에 개최한다" and "the fifth edition, which takes place on …".

No claim without an edition's number (the series alone is held every year), for a field of another label
(a registration deadline "**신청 마감**:"), under a heading of another edition ("## 제4회 대회 결과") or of a
past one ("## 지난 대회"), or for a verb that is no holding ("8월 29일 마감되는 제5회 X 참가 신청").
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Claim, Document
from ..quantities.dates import read_dates
from .editions import _GENERIC, HOW, KO_ATTRIBUTE, KO_EDITION_NAMED, _claim
from .sentences import _Sentence

# the adnominal forms of holding and opening: 열리는/열린/열릴, 개최되는/개최된/개최될, 개막하는/개막한/개막할,
# 개막되는/개막된 (a clause that modifies the event's name right after it); the name takes its particle at once,
# or it only opens a compound whose head the clause modifies ("14일 열린 제12회 X대회 남자 200m 결승에서": the
# final's day, one of the championship's days)
_ADNOMINAL = r"(?:열리는|열린|열릴|개최되는|개최된|개최될|개막하는|개막한|개막할|개막되는|개막된|막을\s올리는|막을\s올린)"
_BETWEEN = re.compile(r"(?:\([월화수목금토일]\))?\s*(?:(?:오전|오후)\s?\d{1,2}\s?시(?:\s?\d{1,2}\s?분)?(?:부터)?\s*)?"
                      r"(?:[가-힣A-Za-z0-9]{2,20}\s?(?:에서|일대에서|일원에서)\s*)?")
_NAMED = re.compile(_ADNOMINAL + r"\s+['‘\"“「『]?제\s?(\d{1,3})\s?회\s?([가-힣A-Za-z0-9]{2,30}?)(대회)?['’\"”」』]?(?=[은는이가을를의에와과도,]|$)")
_KO_CHEAP = re.compile(_ADNOMINAL)
# a field of a list that gives when the event is held: "- **일시**: …", "* 개최일: …", "**대회 일시** : …"
_FIELD = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:대회\s?|행사\s?|개최\s?)?(?:일시|날짜|일자|개최일|개최\s?일시)(?:\*\*|__)?"
                    r"[ \t]*[:：](?:\*\*|__)?[ \t]*")
_HEADING = re.compile(r"(?m)^(#{1,6})[ \t]+(.+?)[ \t#]*$")
# a heading about an edition before this one: its fields are no dates of the one the page is about
_PAST = re.compile(r"지난|작년|지난해|역대|이전|과거")


def event_date_claims(doc: Document, sent: _Sentence, taken: frozenset[int]) -> Iterator[Claim]:
    """The edition date claims of one sentence, but for dates already claimed (``taken``: their starts)."""
    if "회" in sent.text and _KO_CHEAP.search(sent.text) is not None:
        yield from _adnominal(doc, sent, taken)
    line = doc.text.rfind("\n", 0, sent.span.start) + 1
    field = _FIELD.match(doc.text, line)
    if field is not None and field.end() <= sent.span.end:
        yield from _field(doc, sent, max(field.end(), sent.span.start), taken)


def _adnominal(doc: Document, sent: _Sentence, taken: frozenset[int]) -> Iterator[Claim]:
    """"10월 19일 열리는 제5회 청람국제마라톤": the date right before the clause's verb, the name right after it."""
    text, base = sent.text, sent.span.start
    dates = [d for d in read_dates(text, base, doc.date, past=False, yearless=True) if d.span.start not in taken]
    for m in _NAMED.finditer(text):
        series = m.group(2)
        if series in _GENERIC:
            continue  # "10월 19일 열리는 제5회 대회": the article's event, named elsewhere
        for q in dates:
            between = _BETWEEN.fullmatch(text, q.span.end - base, m.start())
            if between is not None and q.span.end - base <= m.start():
                yield _claim(doc, sent, series, int(m.group(1)), q, HOW, KO_ATTRIBUTE)
                break


def _field(doc: Document, sent: _Sentence, start: int, taken: frozenset[int]) -> Iterator[Claim]:
    """"- **일시**: 2025년 10월 19일(일)" under a heading naming "제5회 X": the first date of the field is the
    edition's (a range's start: the day it opens)."""
    edition = _heading_edition(doc.text, sent.span.start)
    if edition is None:
        return
    dates = [d for d in read_dates(sent.text, sent.span.start, doc.date, past=False, yearless=True) if d.span.start >= start]
    value = start
    while value < len(doc.text) and doc.text[value] in " \t":
        value += 1  # the field's value opens with its date ("일시: 미정, 10월 중" is none)
    if dates and dates[0].span.start == value and dates[0].span.start not in taken:
        yield _claim(doc, sent, edition[0], edition[1], dates[0], HOW, KO_ATTRIBUTE)


def _heading_edition(text: str, at: int) -> tuple[str, int] | None:
    """The edition the headings above ``at`` name, nearest first: "제5회 청람국제마라톤"; a nearer heading of a
    past edition or another numbered one ("## 제4회 대회 결과") decides against it. None when none names one."""
    series: str | None = None
    number: int | None = None
    for h in reversed([h for h in _HEADING.finditer(text, 0, at)]):
        title = h.group(2)
        m = KO_EDITION_NAMED.search(title)  # (one line: multiline '$' reads it as before)
        if m is None:
            if _PAST.search(title):
                return None  # "## 지난 대회": the fields below are a past edition's
            continue
        if number is None:
            number = int(m.group(1))
        if m.group(2) not in _GENERIC:
            series = m.group(2)
            if int(m.group(1)) != number:
                return None  # ("# 제5회 X" over "## 제4회 대회 결과": another edition's fields)
            break
    if series is None or number is None:
        return None
    return series, number
