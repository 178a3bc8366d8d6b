"""The date of one edition of a recurring event: "'제5회 청람국제마라톤대회'를 오는 10월 19일 … 개최한다", "the fifth
edition, which takes place on Sunday, October 26" (fresh9 C1).

A recurring event (a marathon, a film festival) is held again every year: its dates differ by design, so an
event date of the series alone compares nothing (rules/measures.yaml leaves 개최 out of its one-off events).
One edition is held once. An edition is the series' entity with the edition's number as its scope ("edition
5"): "제5회 X", "the fifth X", "X's fifth edition". Two dates of one entity, the holding and one edition are a
contradiction; another edition (제4회) is another claim. The claims carry ``how`` :data:`HOW` (the series
named in the sentence) or :data:`OF_PLACE` (an English "the fifth edition" of an article that names its event
only by its place: the entity is that place, and the contradiction check resolves it to the one recurring
event of the corpus named after the place, else drops it: :func:`resolve`).

Korean: the series' name after 제N회 is the object of 개최하다/열다 or the subject of 개최되다/열리다, the date
right after it (오는 and a clock time and a place 에서 may stand between the date and the verb). English: "the
Nth edition (of X)" or "the Nth X", then (which/that) takes place / is held / will be held / runs, on and the
date. A registration deadline ("참가 신청은 지난 8월 29일 마감됐으며", "entries close on August 29"), "the fifth
time" and a date with no edition number are no such claim.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator, Sequence

from ..model import Claim, Document, Quantity
from ..quantities.dates import read_dates
from ..romanize import SUFFIXES, latin_key, rr_pattern
from .sentences import _Sentence

HOW = "edition date"
SERIES = "record of the series"
OF_PLACE = "of the article's place"
# the holding of an edition: the Korean verbal noun, the English verb; the check compares both as ATTRIBUTE
ATTRIBUTE, KO_ATTRIBUTE = "held", "개최"

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth")
_EN_ORDINAL = r"(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>" + "|".join(_ORDINALS) + r")"
_EN_NAME = r"(?:[A-Z][\w'’\-]*\s+){0,5}?[A-Z][\w\-]*"
# the verb of holding, then on/in before the date (an optional weekday and comma: "on Sunday, October 26")
_EN_HELD = (r",?\s+(?:which\s+|that\s+)?(?:takes\s+place|took\s+place|will\s+take\s+place|is\s+(?:being\s+)?held"
            r"|was\s+held|will\s+be\s+held|is\s+to\s+be\s+held|runs|ran|will\s+run|is\s+scheduled)\s+"
            r"(?:on|in)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?")
_EN_EDITION = re.compile(
    r"\b(?:[Tt]he|(?P<owner>" + _EN_NAME + r")['’]s?)\s+(?:" + _EN_ORDINAL + r")\s+"
    r"(?:edition(?:\s+of\s+(?:the\s+)?(?P<of>" + _EN_NAME + r"))?|(?P<named>" + _EN_NAME + r"))" + _EN_HELD)
# 제5회 X(대회), quoted or not, then its particle: object of 개최하다/열다, subject of 개최되다/열리다
_KO_EDITION = re.compile(r"제\s?(\d{1,3})\s?회\s?([가-힣A-Za-z0-9]{2,30}?)(대회)?['’\"”」』]?\s?(을|를|이|가|은|는)\s")
_KO_BETWEEN = re.compile(r"(?:에|에는)?\s*(?:(?:오전|오후)\s?\d{1,2}\s?시(?:\s?\d{1,2}\s?분)?(?:부터)?\s*)?"
                         r"(?:[가-힣A-Za-z0-9]{2,20}\s?(?:에서|일대에서)\s*)?")
_HANGUL = re.compile(r"[가-힣]")
# cheap first tests of a sentence, before its dates are read
_KO_CHEAP = re.compile(r"제\s?\d{1,3}\s?회")
_EN_CHEAP = re.compile(r"\b(?:takes|took|take)\s+place|\bheld\b|\bruns?\b|\bran\b|\bscheduled\b")
_KO_YEAR_WORD = re.compile(r"(?:오는|지난|지난해|작년|올해|내년)\s")
# a common noun of events, no series' name ("제5회 대회", "제3회 축제")
_GENERIC = frozenset({"대회", "축제", "영화제", "행사", "마라톤", "박람회", "엑스포", "공연"})
_KO_ACTIVE = re.compile(r"개최(?:하|했|한|할|해|키)|연다|열(?:었|며|고|기로|어)")  # 개최한다, 열었고: X를 (active)
_KO_PASSIVE = re.compile(r"개최(?:되|됐|된|될|돼)|열(?:린|렸|리|릴)")  # 개최된다, 열린다: X가/는 (passive)


def edition_claims(doc: Document, sent: _Sentence) -> Iterator[Claim]:
    """The edition date claims of one sentence."""
    korean = _HANGUL.search(sent.text) is not None
    if (_KO_CHEAP if korean else _EN_CHEAP).search(sent.text) is None:
        return  # no edition's number (Korean) or no verb of holding (English): no dates to read
    dates = read_dates(sent.text, sent.span.start, doc.date, past=False, yearless=True)
    if not dates:
        return
    found = list(_korean(doc, sent, dates) if korean else _english(doc, sent, dates))
    if len({(c.entity, c.scope) for c in found}) == len(found):  # one date for each edition, else which is not written
        yield from found


def _korean(doc: Document, sent: _Sentence, dates: Sequence[Quantity]) -> Iterator[Claim]:
    text, base = sent.text, sent.span.start
    for m in _KO_EDITION.finditer(text):
        rest = m.end()
        if (word := _KO_YEAR_WORD.match(text, rest)) is not None:
            rest = word.end()  # "오는 10월 19일", "지난해 10월 20일": the date's own year word
        q = next((d for d in dates if d.span.start - base == rest), None)
        if q is None:
            continue  # the date must follow the name right away: a date elsewhere is another event's
        after = _KO_BETWEEN.match(text, q.span.end - base)
        at = after.end() if after else q.span.end - base
        verb = (_KO_ACTIVE if m.group(4) in ("을", "를") else _KO_PASSIVE).match(text, at)
        if verb is None or _KO_PLAN_WAS.match(text, verb.end()) is not None:
            continue  # "10월 3일 열릴 예정이었으나 … 연기됐다": a plan the sentence says was not kept
        series = m.group(2)
        if m.group(3) is None and series.endswith("대회") and len(series) > 4:
            series = series[:-2]
        if series in _GENERIC:
            continue  # "제5회 대회를": the article's event, named elsewhere (not read here)
        yield _claim(doc, sent, series, int(m.group(1)), q, HOW, KO_ATTRIBUTE)


def _english(doc: Document, sent: _Sentence, dates: Sequence[Quantity]) -> Iterator[Claim]:
    text, base = sent.text, sent.span.start
    for m in _EN_EDITION.finditer(text):
        q = next((d for d in dates if d.span.start - base == m.end()), None)
        if q is None or _EN_YEAR_AFTER.match(text, q.span.end - base) is not None:
            continue  # "on October 3 next year": the year is the words after the date, not the dateline's
        n = int(m.group("n")) if m.group("n") else _ORDINALS.index(m.group("w")) + 1
        named = m.group("named")
        if named is not None and named.rsplit(" ", 1)[-1] not in _EVENT_NOUNS:
            continue  # "the first Model S ran on …": "the Nth X" is an edition only when X's head is an event's
        series = _without_article(m.group("owner")) or m.group("of") or named
        if series is not None:
            yield _claim(doc, sent, series, n, q, HOW)
        elif (place := article_place(doc)) is not None and not _names_another_event(doc.text, place):
            yield _claim(doc, sent, place, n, q, OF_PLACE)


# heads of the names of recurring events ("the 28th Busan International Film Festival", "the 12th Garam Cup")
_EVENT_NOUNS = frozenset({"Festival", "Marathon", "Race", "Games", "Cup", "Classic", "Tour", "Championship",
                          "Championships", "Open", "Expo", "Fair", "Biennale", "Biennial", "Conference", "Summit",
                          "Awards", "Show", "Week", "Olympiad", "Regatta", "Rally"})


# a past plan after the verb of holding: "열릴 예정이었으나", "개최할 계획이었지만" (the date was not kept)
_KO_PLAN_WAS = re.compile(r"[가-힣]?\s?(?:예정|계획)이었")
# a later year after an English date: "on October 3 next year" (read_dates reads the dateline's year; "last
# year" after the date it reads itself)
_EN_YEAR_AFTER = re.compile(r",?\s+(?:next|the\s+following)\s+year\b")
# a recurring event's name in an English article: capitalised words closed by a head of _EVENT_NOUNS
_EN_EVENT_NAME = re.compile(r"\b((?:[A-Z][\w'’\-]* ){1,5}(?:" + "|".join(sorted(_EVENT_NOUNS)) + r"))\b")


def _names_another_event(text: str, place: str) -> bool:
    """Whether an English article names a recurring event of its place that is not the one named after the place
    alone ("The Hansol Jazz Festival is back … the 12th edition takes place on June 5": the jazz festival's
    edition, not the Hansol Festival's), so "the Nth edition" is not the place's one event."""
    for name in _EN_EVENT_NAME.findall(text):
        words = _without_article(name) or name
        if words.split()[0] == place and not named_after(words, place):
            return True
    return False


def _without_article(name: str | None) -> str | None:
    """"The Garam Cycling Classic's": the name without the article that opens the sentence."""
    return name[4:] if name is not None and name.startswith("The ") else name


def _claim(doc: Document, sent: _Sentence, entity: str, n: int, q: Quantity, how: str,
           attribute: str = ATTRIBUTE) -> Claim:
    return Claim(path=doc.path, entity=entity, attribute=attribute, quantity=q, span=q.span, date=doc.date,
                 sentence=sent.span, discovered=True, how=how, scope=f"edition {n}")


_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"})
# a name written as a place: after in/at, not followed by another capitalised word ("in Cheongram, a quiet
# inland city"; not "in Cheongram Stream")
_IN_PLACE = re.compile(r"\b(?:in|at)\s+([A-Z][a-z]{2,})\b(?![\s\-]+[A-Z])")


def article_place(doc: Document) -> str | None:
    """The one place an English article is about: a name its title (first line) writes and its body writes as a
    place after in/at. None when no such name or two."""
    title, _, body = doc.text.partition("\n")
    places = {p for p in _IN_PLACE.findall(body) if p not in _MONTHS and re.search(rf"\b{p}\b", title)}
    return places.pop() if len(places) == 1 else None


def resolve(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each edition date of an article's place (:data:`OF_PLACE`) given the one recurring event of
    the corpus named after that place (a series some claim names: "청람국제마라톤" is named after 청람, Cheongram),
    or dropped when there is none or more than one."""
    series = sorted({c.entity for c in claims if c.how in (HOW, SERIES)})
    out: list[Claim] = []
    for c in claims:
        if c.how != OF_PLACE:
            out.append(c)
            continue
        named = [s for s in series if named_after(s, c.entity)]
        if len(named) == 1:
            out.append(replace(c, entity=named[0]))
    return out


def named_after(series: str, place: str) -> bool:
    """Whether a series' name is a place's name and a common noun of events: "Cheongram International Marathon"
    and "청람국제마라톤" are named after Cheongram; "Cheongram Airport" is no event's name."""
    events = {h: e for h, e in SUFFIXES.items() if h in _EVENT_HEADS}
    if _HANGUL.search(series) is not None:
        head = next((h for h in sorted(events, key=len, reverse=True) if series.endswith(h)), None)
        key = latin_key(place)
        pattern = rr_pattern(series[: len(series) - len(head)]) if head else None
        return pattern is not None and key is not None and pattern.fullmatch(key) is not None
    words = series.split()
    return len(words) > 1 and words[0] == place and " ".join(words[1:]).casefold() in {e for es in events.values() for e in es}


# the common nouns of recurring events among the romanized heads (romanize.SUFFIXES)
_EVENT_HEADS = frozenset({"국제마라톤", "마라톤", "국제영화제", "영화제", "축제"})


# --- A record of the series: "남자부 대회 기록은 2023년 제3회 대회에서 … 세운 2시간 9분 12초이며", "The men's course
# record of 2:11:47 was set in 2023". A record belongs to the series, not to one edition: its entity is the
# series the article is about (the 제N회 X of its title; an English article's place, resolved as above), its
# scope the race (남자부 and men's are "men"), its period the year it was set when the clause writes one, else the
# article's (a record stands until broken). A record of another event ("서하마라톤 대회 기록(2시간 7분)") has a
# name before it and no particle: not read.
# "여자부 기록은" after "남자부 대회 기록은" in one sentence: the series' record too, its noun elided
_KO_RECORD = re.compile(r"(?:^|(?<=[\s○□▲●◆·\-]))(?:(남자|여자)부?\s?)?((?:대회|코스)\s?)?기록(?:은|는|이)\s")
_EN_RECORD = re.compile(r"(?:\b[Tt]he|(?P<owner>" + _EN_NAME + r")['’]s?)\s+(?:(?P<scope>men|women)['’]s\s+)?course\s+record"
                        r"\s+(?:of|is|stands\s+at|was)\s+$")
_KO_SCOPE = {"남자": "men", "여자": "women"}
# "제5회 청람국제마라톤" in a title or heading: the edition's number (group 1) and its series (group 2)
KO_EDITION_NAMED = re.compile(r"제\s?(\d{1,3})\s?회\s?['‘\"“]?([가-힣A-Za-z0-9]{2,30}?)(?:대회)?(?=[\s,'’\"”…·]|$)", re.M)
_YEAR_IN = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:년|(?!\d))")


def record_claims(doc: Document, sent: _Sentence, qs: Sequence[Quantity]) -> dict[int, Claim]:
    """The record claims of one sentence's durations, by the quantity's id."""
    durations = [q for q in qs if q.kind == "quantity" and q.unit == "second"]
    if not durations or "기록" not in sent.text and "record" not in sent.text:
        return {}
    korean = _HANGUL.search(sent.text) is not None
    text, base = sent.text, sent.span.start
    out: dict[int, Claim] = {}
    if korean:
        series = article_series(doc)
        named = False  # a 대회 기록 before in the sentence: a bare 기록 with its race is the same noun
        for k in _KO_RECORD.finditer(text) if series is not None else ():
            if k.group(2) is None and not (named and k.group(1)):
                continue  # "우승 기록은", "기록은": no record of the series
            named = True
            q = next((d for d in durations if d.span.start - base >= k.end()), None)
            if q is None or "," in text[k.end() : q.span.start - base] or "기록" in text[k.end() : q.span.start - base]:
                continue  # the figure of the clause right after its record, no other record between
            clause = text[k.start() : q.span.end - base]
            out[id(q)] = _record(doc, sent, series or "", "대회 기록", q, SERIES, _KO_SCOPE.get(k.group(1) or ""), clause)
        return out
    for q in durations:
        m = _EN_RECORD.search(text, 0, q.span.start - base)
        if m is None:
            continue
        rest = text[q.span.end - base :].split(",", 1)[0]  # "… of 2:11:47 was set in 2023, and …"
        owner = _without_article(m.group("owner"))
        entity, how = (owner, SERIES) if owner else (article_place(doc), OF_PLACE)
        if entity is not None:
            out[id(q)] = _record(doc, sent, entity, "course record", q, how, m.group("scope"), rest)
    return out


def _record(doc: Document, sent: _Sentence, entity: str, attribute: str, q: Quantity, how: str, scope: str | None,
            clause: str) -> Claim:
    years = set(_YEAR_IN.findall(clause))
    period = years.pop() if len(years) == 1 else str(doc.date.year) if doc.date is not None and not years else None
    return Claim(path=doc.path, entity=entity, attribute=attribute, quantity=q, span=q.span, date=doc.date,
                 sentence=sent.span, discovered=True, how=how, scope=scope, period=period)


def article_series(doc: Document) -> str | None:
    """The recurring event a Korean article is about: the series of the 제N회 X its title (its first lines, before
    the body) names. None when the title names no edition."""
    head = "\n".join(doc.text.split("\n", 8)[:8])
    m = KO_EDITION_NAMED.search(head)
    if m is None or m.group(2) in _GENERIC:
        return None
    return m.group(2)
