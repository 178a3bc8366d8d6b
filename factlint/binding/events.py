"""Claims whose value is a date: "Chinchilla was announced in March 2022", "딥마인드는 2022년 3월
친칠라를 공개했다" — a model's release date (probes a5/a6: "announced in March 2022" vs "unveiled
in May 2022" is a contradiction about a date).

An attribute declared with ``dimension: date`` (``release date``: announced, unveiled, released,
공개, 발표, 출시) makes the date of the trigger's clause a claim. The owner is the name in the
clause whose type the attribute is stated about (the model that was released, even as the object:
"딥마인드는 … 친칠라를 공개했다"), else the clause's topic or the sentence's first name. A clause
with two dates or two fitting names makes no claim: which date is whose is not written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Callable, Iterator, Sequence

from ..measures import _DATELINE
from ..model import Claim, Document, Quantity, Span
from ..quantities.dates import NO_YEAR, RESOLVED, read_dates
from .names import Mention, _Trigger
from . import editions, structure
from .sentences import _Sentence
from .structure import Phrase
from .words import _EDGE, Word, korean_sentence, words


def dated_claims(doc: Document, sent: _Sentence, ms: Sequence[Mention], triggers: Sequence[_Trigger]) -> Iterator[Claim]:
    """The date claims of one sentence."""
    seen: set[int] = set()
    for t in triggers:
        attrs = [a for a in t.attrs if a.dimension == "date"]
        if not attrs:
            continue
        attribute = attrs[0]
        clause = sent.clause(t.start)
        if clause.start in seen:
            continue
        seen.add(clause.start)
        dates = read_dates(doc.text[clause.start : clause.end], clause.start)
        if len(dates) != 1:
            continue
        names = [x for x in ms if clause.start <= x.span.start and x.span.end <= clause.end and not x.possessor
                 and x.reach[0] <= dates[0].span.start and dates[0].span.end <= x.reach[1]]
        if _releases_something_else(doc.text, clause.start, t.start, names):
            continue
        fitting = [x for x in names if attribute.subjects and x.type in attribute.subjects[:1]]
        if len({x.entity for x in fitting}) > 1:
            continue
        owner = fitting[0] if fitting else (names[0] if len({x.entity for x in names}) == 1 else None)
        if owner is None:
            continue
        q = dates[0]
        yield Claim(path=doc.path, entity=owner.entity, attribute=attribute.name, quantity=q, span=q.span,
                    date=doc.date, sentence=sent.span, discovered=owner.discovered, how="date of the clause")


def _releases_something_else(text: str, start: int, trigger: int, names: Sequence[Mention]) -> bool:
    """"MBC는 … 요약보고서를 공개하며": the object of the verb is what was released, and it is no name."""
    before = text[start:trigger]
    if not any("가" <= ch <= "힣" for ch in before):
        # "The paper describing BLOOM was released …": an English clause whose subject is a common noun
        lead = _EN_LEAD.sub("", before, count=1)
        first = _EN_SUBJECT.match(lead)
        return first is not None and not any(x.span.start <= start + (len(before) - len(lead)) + first.start(1) < x.span.end
                                             for x in names)
    ws = words(before, start)
    if not ws or ws[-1].role != "object":
        return False
    last = ws[-1]
    return not any(x.span.start < last.end and last.start < x.span.end for x in names)


_EN_LEAD = re.compile(r"^\W*(?:(?:In|On|Since|By|Back in)\s+[^,]{1,30},\s*)?")
_EN_SUBJECT = re.compile(r"(?:(?:the|a|an|its|their|this|that)\s+)?([a-z][a-z\-]+)\b", re.I)


# --- Dates of events: "천안함이 2010년 3월 26일 침몰했다", "Chinchilla was announced in April 2022" ---

def _cited(ws: Sequence[Word], name: Span) -> bool:
    """Whether a name is the source the sentence cites ("'…고용동향'에 따르면", "'… 기후 특성'에서 밝혔다"): the first
    particle after it (past the rest of its title, "(6~8월) 기후 특성'") is 에서, or 에 before 따르면/의하면."""
    j = next((k for k, w in enumerate(ws) if w.end >= name.end), None)
    while j is not None and j < len(ws) and not ws[j].particle and not ws[j].predicate and ws[j].end - name.end < 40:
        j += 1
    if j is None or j >= len(ws):
        return False
    return ws[j].particle == "에서" or ws[j].particle == "에" and j + 1 < len(ws) and ws[j + 1].stem in ("따르면", "의하면")


_QUOTED = re.compile(r"'[^'\n]{1,80}'|‘[^’\n]{1,80}’|\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”|「[^」\n]{1,80}」|『[^』\n]{1,80}』")


# A verbal noun and the 하다/되다 ending of a past or connective predicate: "침몰하였다", "공개됐다",
# "출발해", "발견되었으며". The noun (two syllables or more: 말했다, 위해 are no events) names the event.
_KO_EVENT = re.compile(
    r"^([가-힣]{2,}?)(?:하였|되었|했|됐|시켰)(?:다|고|으며|으나|지만|는데|음)?$"
    r"|^([가-힣]{2,}?)(?:하여|되어|해|돼|하고|되고|하며|되며)$"
)
_SERIAL = re.compile(r"(?:하여|되어|해|돼)$")  # "절단되어 침몰하였다": one event, the last verb heads it
_PAST = re.compile(r"(?:했|됐|였|었|았)(?:다|고|으며|으나|지만|는데|음)?$")
# Some 하다/되다 form after a date (in the sentence): without one there is no event to read
_EVENT_AFTER = re.compile(r"(?:하|되|했|됐|해|돼|한|된|었|였)(?:다|고|며|으며|어|여|던)?(?=[\s.,!?;:'\"’”)]|$)")
_ADNOMINAL = re.compile(r"(?:[던은는을]|한|된|할|될)$")
# Nouns an adnominal clause turns into a time adverbial ("임무를 수행하던 도중 … 침몰했다"):
# the date still reaches the verb after them
_TIME_NOUNS = frozenset({"도중", "중", "동안", "후", "뒤", "이후", "직후", "전", "직전", "당시", "끝에", "무렵"})
# A date that bounds a period or counts from a point is no event date ("9일부터 23일까지", "2019년 이후")
_PERIOD_AFTER = re.compile(r"\s*(?:부터|까지|~|–|-|사이|이후|이전|이래|전후|만에|만의|동안|의|대비|보다|기준|대|말까지)")
# A quoted or reported complement: what is said, not an event ("…했다고 밝혔다", "…할 것으로 전망했다")
_REPORTED = re.compile(r"(?:다고|라고|냐고|자고|것으로|것이라고)$")
# A cheap first test of the text, before dates are read and words analysed: what every event word
# (_KO_EVENT, _KO_EVENT_ADNOMINAL: a Hangul word of two syllables and a 하다/되다 ending) or English
# event (_EN_EVENT_BEFORE: a regular past verb, then in/on) ends with. A sentence without it has no event.
_KO_EVENT_TEXT = re.compile(r"[가-힣]{2}(?:하였|되었|했|됐|시켰|하여|되어|해|돼|하고|되고|하며|되며|된|한)"
                            r"(?:다|고|으며|으나|지만|는데|음|던)?(?=[\s()" + re.escape(_EDGE) + r"]|$)")
_EN_EVENT_TEXT = re.compile(r"[a-z]{3}ed\s+(?:(?:to|for)\s+[a-z][a-z\- ]{0,40}?\s+)?(?:in|on)\s"
                            r"|\b(?:began|started|commenced|entered|went\s+into)\s"
                            r"|\b(?:flight|flew|off)\s+(?:in|on)\s"  # a first flight (_EN_FIRST_FLIGHT)
                            r"|\b(?:due|set)\s+to\s")  # a plan (_EN_PLAN)
# The shapes read_dates reads, all with a four-digit year: "2022년", "2022.03", "March 2022", "in 2022"
_FOUR_DIGITS = re.compile(r"\d\d\d\d")  # a fast first test: most sentences have none
_YEAR_DIGITS = re.compile(r"\d{4}\s*년|\d{4}[-./]\d|[A-Za-z.,]\s+\d{4}(?!\d)")


def event_claims(doc: Document, sent: _Sentence, ms: Sequence[Mention], triggers: Sequence[_Trigger],
                 amounts: Sequence[Span], taken: Sequence[Span], owner_of: Callable[[Phrase], Mention | None],
                 previous: Mention | None = None, ws: Sequence[Word] = (),
                 en_name: Callable[[str], bool] | None = None, once: frozenset[str] = frozenset(),
                 before: _Sentence | None = None) -> Iterator[Claim]:
    """A date or year stated as when an entity's event happened: the value of the event's attribute.

    The event is the predicate the date modifies: in Korean the first predicate after it, a verbal
    noun with a past (or connective) 하다/되다 ending ("2010년 3월 26일 … 천안함이 … 침몰하였다": 천안함 ·
    침몰); in English a regular past verb right after the subject name ("Chinchilla was announced in
    April 2022": Chinchilla · announced). The owner is the clause's topic or subject when it is an
    entity (``owner_of``: a name, not a common noun). No claim for a date that bounds a period
    ("부터", "까지", "이후"), situates a figure of its clause ("2019년 매출은 3조원", then it is that figure's
    period), modifies a noun ("발견된 화석"), a forecast ("출시할 예정"), what someone said ("…했다고
    밝혔다"), or an event whose object is a name of its own (what was released, not who released it).
    """
    korean = korean_sentence(sent.text)
    if (_KO_EVENT_TEXT if korean else _EN_EVENT_TEXT).search(sent.text) is None \
            and not (korean and (any(w in sent.text for w in once) or door_written(sent.text))):
        return  # no word of the sentence can be an event's predicate: no dates to read, no words to analyse
    quoted = [(m.start() + sent.span.start, m.end() + sent.span.start) for m in _QUOTED.finditer(sent.text)]
    # an event's predicate is past (_PAST, an adnominal 한/된): a day without its year is not after the dateline
    dates = [q for q in read_dates(sent.text, sent.span.start, doc.date, past=True, yearless=True)
             if not any(t.start < q.span.end and q.span.start < t.end for t in taken)
             # "'3월 22일 업데이트'에서": a day in a quoted title names it, it dates no event
             and not (q.counter == RESOLVED and any(s < q.span.start and q.span.end < e for s, e in quoted))]
    # "… in 2019, after it opened on Nov 21", "2019년 착공해 11월 21일 개통했다": a day read without its year beside a year
    # the sentence writes may be of that year or another, not the dateline's — no event date, unless a word anchors it
    # to the dateline ("2019년 착공해 지난달 21일 개통했다", "Nov. 21 last year")
    written = {_year_of(q) for q in dates if q.counter is None}
    dates = [q for q in dates if q.counter not in (RESOLVED, NO_YEAR) or not written
             or q.counter == RESOLVED and (written == {_year_of(q)} or _anchored(sent.text, q.span.start - sent.span.start, q))]
    if not dates:
        return
    found: list[Claim] = []
    if korean:
        dates = [q for q in dates if _EVENT_AFTER.search(sent.text, q.span.end - sent.span.start)
                 or _once_word(sent.text[q.span.end - sent.span.start:].lstrip().split(" ", 1)[0], once)  # "1998년 개항 이후"
                 or _ENTERED_AFTER.search(sent.text, q.span.end - sent.span.start)  # "상업운전에 들어갔다", "첫 운항에 나선"
                 or _DOOR_AFTER.match(sent.text, q.span.end - sent.span.start)]  # "2013년 문을 연"
        if dates:  # a dateline ("입력 2024.12.16 14:13") has no predicate after it: no analysis
            found.extend(_korean_events(doc, sent, door_opened(ws or words(sent.text, sent.span.start)), dates, triggers,
                                        amounts, owner_of, previous, ms, once, before))
    else:
        found.extend(_english_events(doc, sent, ms, dates, triggers, en_name or (lambda name: False), previous, once))
    # "BLOOM was announced in May 2022 and released in July 2022": two events the rule pack calls one
    # attribute (release date) — which date it means is not written
    # (a plan and the event are two claims: "2027년 5월 준공을 목표로 했으나 2028년 준공됐다")
    counts = Counter((c.entity, c.attribute, c.goal) for c in found)
    yield from (c for c in found if counts[(c.entity, c.attribute, c.goal)] == 1)


# "문을 열었다" (opened its doors) is the opening, 개관 — only with its date: a shop opens its doors each morning, and
# "다시 문을 연" (opened again), "매일 문을 열며", "설 연휴에도 문을 연" are another event or none. The idiom's verb forms and the 개관 form each
# stands for (past, connective, adnominal), so the readers below read "1991년 5월 5일 문을 연 여림숲동물원은" as they
# read "1991년 5월 5일 개관한 여림숲동물원은".
_DOOR_VERB = {"연": "개관한", "열었다": "개관했다", "열었고": "개관했고", "열었으며": "개관했으며", "열었으나": "개관했으나",
              "열었지만": "개관했지만", "열었는데": "개관했는데", "열어": "개관해", "열었던": "개관했던"}
_DOOR_READ = {form: words(form, 0)[0] for form in _DOOR_VERB.values()}


_DOOR = re.compile(r"(?<![가-힣])문을\s(?:연|열었|열어)(?![가-힣]{3})")
# right after a date, nothing between but its 에 or "처음": "2013년 문을 연", "2013년에 처음 문을 연" ("2020년
# 코로나19 확산 속에서도 문을 열었다", "2025년 설 연휴에도 문을 연": the date is the time the doors stayed open)
_DOOR_AFTER = re.compile(r"(?:에)?\s(?:처음\s)?문을\s(?:연|열었|열어)")
# The word before "문을" that makes it the opening: a date's last word, with 에 or none ("5일", "2013년에"), or "처음"
# right after one (a concessive or additive 도, "에도", "속에서도", a during-phrase: not the opening)
_DOOR_DATE_WORD = re.compile(r"\d{1,4}(?:년|월|일)(?:에)?")


def _door_dated(ws: Sequence[Word], at: int) -> bool:
    """Whether the date is the time adverbial of "문을" at ``at`` with nothing between: the word before is a date's last
    word (its 에 or none), or "처음" right after one."""
    before = at - 1
    if before >= 0 and ws[before].text == "처음":
        before -= 1
    return before >= 0 and _DOOR_DATE_WORD.fullmatch(ws[before].text) is not None


def door_written(text: str) -> bool:
    """Whether a sentence writes "문을 열었다/연" (opened its doors)."""
    return "문을" in text and _DOOR.search(text) is not None


def door_opened(ws: Sequence[Word]) -> Sequence[Word]:
    """The sentence's words with "문을 열었다/연" read as one word, the opening ("개관했다/개관한"), only where its date
    stands right before it (:func:`_door_dated`): "올봄 다시 문을 연" (a reopening), "2025년 설 연휴에도 문을 연" (open
    on a holiday), "2023년 재단장해 문을 연" (the refurbishment's date) keep their words."""
    at = next((i for i in range(len(ws) - 1) if ws[i].text == "문을" and ws[i + 1].text in _DOOR_VERB), None)
    if at is None or not _door_dated(ws, at):
        return ws
    verb = ws[at + 1]
    form = _DOOR_VERB[verb.text]
    read = _DOOR_READ[form]  # (read as the word is: its stem, particle, role)
    opened = read._replace(start=ws[at].start, end=verb.end, opens=ws[at].opens, closes=verb.closes, inside=verb.inside)
    return [*ws[:at], opened, *ws[at + 2 :]]


# The words that place a day or month by the dateline: "지난달 21일", "지난 21일", "오는 5일", "지난해 10월", "이달 3일"
_ANCHOR_BEFORE = re.compile(r"(?:지난|지난달|이달|이번\s*달|오는|다음\s*달|내달|지난해|작년|전년|재작년|올해|올|금년|내년)\s*$")


def _anchored(text: str, at: int, q: Quantity) -> bool:
    """Whether a day read against the dateline says so by a word before it ("지난달 21일") or in it ("Nov. 21 last year")."""
    return _ANCHOR_BEFORE.search(text, max(0, at - 8), at) is not None or q.text.endswith(("last year", "this year"))


def _year_of(q: Quantity) -> int:
    """The year of a date's first day (its ``value``, a proleptic Gregorian ordinal: :mod:`factlint.quantities.dates`)."""
    return dt.date.fromordinal(int(q.value or 1)).year


def _once_word(token: str, once: frozenset[str]) -> bool:
    """Whether the word after a date is a one-off event's noun, bare or with the case a plan gives it: "1998년 개항 이후",
    "2027년 개통을 목표로", "2027년 개통이 목표다", "2027년 개통할 예정이다"."""
    return token in once or token[:-1] in once and token[-1:] in "을를이가할될"


def has_year(text: str, dated: bool = False) -> bool:
    """Whether a sentence may hold a date: every date read_dates reads has its year in four digits, or, in an
    article with a dateline (``dated``), a day or month written without one ("22일", "8월 4일", "Oct. 20")."""
    if _FOUR_DIGITS.search(text) is not None and _YEAR_DIGITS.search(text) is not None:
        return True
    if not dated:
        return False
    # the day or month of a Korean date, or an English month's name beside a number; the English branches
    # (a look-behind first: re tries them at every character) only where a month's name is written
    return _NO_YEAR_KO.search(text) is not None or _MONTH_WRITTEN.search(text) is not None and _NO_YEAR_EN.search(text) is not None


_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Whether one of them is written anywhere (``any(m in text for m in …)``, one search in C: asked of every
# sentence of an article with a dateline)
_MONTH_WRITTEN = re.compile("|".join(_MONTH_ABBREVIATIONS))
_NO_YEAR_KO = re.compile(r"\d\s*[일월]")
_NO_YEAR_EN = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d|(?:last|this)\s+year)"
                         r"|\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _korean_events(doc: Document, sent: _Sentence, ws: Sequence[Word], dates: Sequence[Quantity], triggers: Sequence[_Trigger],
                   amounts: Sequence[Span], owner_of: Callable[[Phrase], Mention | None],
                   previous: Mention | None, ms: Sequence[Mention] = (), once: frozenset[str] = frozenset(),
                   earlier: _Sentence | None = None) -> Iterator[Claim]:
    last_pred = next((w for w in reversed(ws) if w.predicate), None)
    read_before = False  # the sentence before's structural topic, read once (below)
    for q in dates:
        at = q.span.end - sent.span.start
        if _PERIOD_AFTER.match(sent.text, at) or sent.text[:at - len(q.text)].rstrip().endswith(("~", "–")):
            continue
        planned = _planned_event(ws, q, once)
        if planned is not None:
            # (the sentence up to the clause's end: "단월터널은 총사업비 4,870억 원 규모로, 2027년 6월 개통이 목표다")
            owner = _planned_owner(ws, Span(sent.span.start, sent.clause(q.span.start).end), q, ms, owner_of)
            if owner is not None:
                # "3호선은 2027년 개통 예정이다", "팹은 2027년 5월 준공을 목표로 한다": a planned date, a goal that only other
                # plans of the event meet (a planned date never contradicts the actual one)
                yield Claim(path=doc.path, entity=owner.entity, attribute=planned, quantity=q, span=q.span, goal=True,
                            date=doc.date, sentence=sent.span, discovered=owner.discovered, how="date of its event, planned")
            continue
        if _modifies_noun(ws, q):
            since = _since_event(ws, q, once)
            # (the sentence up to the clause's end: "김해국제공항의 지난해 이용객이 1583만 명으로 집계돼 1976년 개항 이래")
            owner = _clause_owner(ws, Span(sent.span.start, sent.clause(q.span.start).end), q, ms, owner_of) \
                if since is not None else None
            if since is not None and owner is not None:
                # "청해국제공항의 … 이용객은 1998년 개항 이후 가장 많았다": the airport's opening, whatever the clause says
                yield Claim(path=doc.path, entity=owner.entity, attribute=since.stem, quantity=q, span=q.span,
                            date=doc.date, sentence=sent.span, discovered=owner.discovered,
                            how="date of its event, since")
            continue  # "2010년 동계 올림픽", "2019년 매출": the date names which one, it dates no event
        described = _described(ws, q, triggers, owner_of, once)
        if described is not None and _cited(ws, described[0].span):
            continue  # "통계청이 12일 발표한 '2025년 2월 고용동향'에 따르면": the report the news cites, its day the news's
        if described is not None:
            head, event_name = described
            yield Claim(path=doc.path, entity=head.entity, attribute=event_name,
                        quantity=q, span=q.span, date=doc.date, sentence=sent.span, discovered=head.discovered,
                        how="date of its event, described")
            continue
        k = _event_word(ws, q.span.end)
        if k is None or sum(1 for d in dates if _event_word(ws, d.span.end) == k) > 1:
            continue  # two dates of one event ("2009년 4월 21일 ~ 24일 사이"): which is when is not written
        pred = ws[k]
        floor = max((w.end for w in ws if w.end <= min(q.span.start, pred.start) and w.predicate and w.text.endswith("다")),
                    default=sent.span.start)
        before = [j for j in range(k) if ws[j].start >= floor]
        begun = _begun(ws, before, k, once)
        m = _KO_EVENT.match(pred.text)
        first = _first_event(ws, first_word(ws, q.span.end))
        first_event = first[1] if first is not None and first[0] == k and _PAST.search(pred.text) else None
        if begun is None and first_event is None \
                and (m is None or not (_PAST.search(pred.text) or last_pred is not None and _PAST.search(last_pred.text))):
            continue
        # "공개됐다": the rule pack's release date, one attribute with its synonyms; "상업운전을 시작했다": the
        # one-off event the verb of beginning takes; "첫 취항했다": the entity's first flight
        event = first_event or (ws[begun].stem if begun is not None else _declared(triggers, pred) or m.group(1) or m.group(2) if m else "")
        if any((q.span.end <= a.start and a.end <= pred.start or sent.clause(a.start) == sent.clause(q.span.start))
               and not _locative(ws, a) and not _apart(sent, a, q) and not _in_subject_clause(ws, a, q) for a in amounts):
            continue  # the date situates a figure: it is that figure's period, not an event of its own
        if any(_REPORTED.search(ws[j].text) for j in before):
            continue
        if event in _RESUMABLE and any(ws[j].stem in _AGAIN for j in range(first_word(ws, sent.span.start), k)):
            continue  # "정기보수를 마치고 3월 16일 다시 가동에 들어갔다": a restart, not the start
        owners: dict[str, Mention] = {}
        other = False  # a subject that is one named plant of a company
        objects: list[Mention | None] = []  # the event's objects, names or not
        own_subject = False  # a topic or subject of its own, named or not
        for j in before:
            w = ws[j]
            if j == begun:
                continue  # the event itself ("상업운전을 시작했다"), no object nor subject of it
            if w.role in ("topic", "subject") and _NUMBERED_PLANT.search(w.stem):
                other = True  # "가온화학이 세운 제2공장은": one of the company's plants
            # (an object with a digit is an object too: "한빛전자는 지난 8월 '노바 7'을 출시했다" dates the phone's release)
            if w.role in ("topic", "subject", "object") and w.stem not in structure.NOT_OWNERS \
                    and (structure._noun(w) or w.role == "object" and not w.predicate and not w.inside):
                if j > 0 and ws[j - 1].stem in structure._DEMONSTRATIVES and not ws[j - 1].particle:
                    continue  # "이 서비스는": points back to the sentence before, names nothing itself
                if w.particle == "도" and j + 1 < len(ws) and _ADDRESS.search(ws[j + 1].text):
                    continue  # "북원도 하람시 …": a province in an address, no topic with 도
                own_subject = own_subject or w.role != "object"
                owner = _compound_owner(ws, j, owner_of)
                if owner is None and w.role != "object":
                    plant = _plant_owner(ws, j, owner_of)
                    if plant is False:
                        other = True  # "가온의 울산 공장은": one of the company's plants, which is not written
                    elif isinstance(plant, Mention):
                        owner = plant
                if w.role == "object":
                    if not any(ws[i].predicate for i in range(j + 1, k) if not _SERIAL.search(ws[i].text)):
                        objects.append(owner)  # the event's own object, not one of a clause before it
                elif owner is not None:
                    owners.setdefault(owner.entity, owner)
        if objects or any(_opens_quotation(w) for w in ws[first_word(ws, q.span.end) : k + 1]):
            # "소바주 교수는 1983년 분자기계를 개발했다", "딥마인드는 … 친칠라를 공개했다": whose date it is (the
            # inventor's, the invention's) is not written, and a subject has many such events (two
            # inventions, two releases: no contradiction); a predicate inside a quotation is what is said
            continue
        how = "date of its event"
        if not own_subject and previous is None and not read_before and earlier is not None \
                and "\n" not in doc.text[earlier.span.end : sent.span.start]:
            # "한빛로지스 누리벌 메가허브는 … 거점이다. 2025년 9월 1일 정식 개장했으며": a topic the sentence before names by its
            # structure only (no known name), in the same paragraph (read once for the sentence's dates)
            previous, read_before = _topic_by_structure(words(earlier.text, earlier.span.start), owner_of), True
        if not own_subject and previous is not None:
            # "이 서비스는 2004년 11월 3일에 공개되었다", "2005년 11월 22일에 … 개편되었으며": no subject of its
            # own, or one pointing back: the topic of the sentence right before
            owners, how = {previous.entity: previous}, "date of its event, previous sentence"
        if len(owners) != 1 or other:
            continue
        (owner,) = owners.values()
        yield Claim(path=doc.path, entity=owner.entity, attribute=event, quantity=q, span=q.span, date=doc.date,
                    sentence=sent.span, discovered=owner.discovered, how=how)


def _topic_by_structure(ws: Sequence[Word], owner_of: Callable[[Phrase], Mention | None]) -> Mention | None:
    """The name a Korean sentence's first topic (은/는) is, read by its structure (``owner_of``): the sentence's topic
    when no known name is; None for a common noun, a demonstrative's noun or a topic inside brackets."""
    j = next((k for k, w in enumerate(ws) if w.role == "topic" and not w.inside), None)
    if j is None or ws[j].stem in structure.NOT_OWNERS or j > 0 and ws[j - 1].stem in structure.DEMONSTRATIVES:
        return None
    return _compound_owner(ws, j, owner_of)


# The last syllable of a place's name in an address ("북원도 하람시"), and the words that say which of a company's
# plants one is by its head: a number ("제2공장", "2공장")
_ADDRESS = re.compile(r"[가-힣](?:시|군|구)$")
_WHICH_PLANT = re.compile(r"\d")
_NUMBERED_PLANT = re.compile(r"\d\s*(?:공장|라인|호기|단지)$")
_NEW = frozenset({"신", "새", "신규", "신설"})


def _plant_owner(ws: Sequence[Word], j: int, owner_of: Callable[[Phrase], Mention | None]) -> Mention | None | bool:
    """The owner of a common noun subject — a plant, a line — that has no name of its own: the company written as
    its possessor ("가온화학의 신공장은") — the claim is the company's, as "Gaon Chemical began … at its plant" is.
    False when the possessed noun says which of the company's plants it is (a place or a number: "가온화학의 울산
    공장은", "가온화학이 세운 제2공장은"): the company has several, and the date is that one's. None when there is no
    possessor, or when it is the subject of an adnominal clause ("가온화학이 지은 공장이": an owner of the clause
    already)."""
    i = j - 1
    while i >= 0 and not ws[i].particle and not ws[i].predicate and not _clause_verb(ws, i) \
            and (structure._noun(ws[i]) or ws[i].inside):
        i -= 1  # the bare words before the noun ("울산", "폴리젖산 (PLA)", "신")
    possessed = i >= 0 and (ws[i].particle == "의" and structure._noun(ws[i]) and not ws[i].closes or _clause_verb(ws, i))
    if not possessed or any(ws[t].stem in _TIME_NOUNS for t in range(i + 1, j)):
        return None  # "수행하던 도중 선체가": a time adverbial, no company's plant
    if _WHICH_PLANT.search(ws[j].stem) or any(not _kind(ws, t) for t in range(i + 1, j) if not ws[t].inside):
        return False
    if ws[i].particle == "의":
        phrase = structure._phrase(ws, structure._compound_before(ws, i, 0), i, "owner of the plant")
        return owner_of(phrase) if phrase is not None else None
    return None


def _clause_verb(ws: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` is the adnominal verb of a clause, its argument before it ("당진에 세운", "X가 지은"): not
    a noun of the compound after it ("울산" looks adnominal by its last syllable, "서림정유의 울산 공장")."""
    j = i - 1
    while j > 0 and ws[j].inside:
        j -= 1  # "가온케미칼솔루션(이하 가온)이 지은": the particle is on the word the parenthesis follows
    return structure.adnominal_form(ws[i].text) and j >= 0 and ws[j].particle not in ("", "의")


def _kind(ws: Sequence[Word], i: int) -> bool:
    """Whether a bare word before a plant's noun says what kind of plant it is, not which: new (신, 새), a product in
    Latin letters ("PLA 공장") or glossed by them ("폴리젖산(PLA) 공장"). A bare Hangul noun of no gloss may be a place
    ("울산 공장") and a number a count ("제2공장"): which of the company's plants it is."""
    w = ws[i]
    if w.stem in _NEW or w.text.isascii() and not any(c.isdigit() for c in w.text):
        return True
    return i + 1 < len(ws) and ws[i + 1].text.isascii() and bool(ws[i + 1].inside or ws[i + 1].closes) and not w.particle


def _compound_owner(ws: Sequence[Word], j: int, owner_of: Callable[[Phrase], Mention | None]) -> Mention | None:
    """The name the noun compound ending at word ``j`` is, or the name its tail is when the words before it
    are no part of the name ("앞바다에 들어선 청솔 해상풍력단지가": an adnominal verb the words module reads as a
    noun, then the wind farm's name)."""
    for a in range(structure._compound_before(ws, j, 0), j + 1):
        phrase = structure._phrase(ws, a, j, "event of the clause")
        owner = owner_of(phrase) if phrase is not None else None
        if owner is not None:
            return owner
    return None


_QUOTES = "'‘\"“「『"


def _opens_quotation(w: Word) -> bool:
    """A quotation of several words opens here ("가상화폐란 “중앙은행에 의하여 발행되거나"), not a quoted name
    that closes in the same word ("'천안함'이")."""
    return bool(w.opens) and any(c in _QUOTES for c in w.opens) and not w.closes \
        and not any(c in _QUOTE_ENDS for c in w.text)


_QUOTE_ENDS = "'’\"”」』"


def first_word(ws: Sequence[Word], at: int) -> int:
    return next((i for i, w in enumerate(ws) if w.start >= at), len(ws))


# Verbs of beginning whose object names the event that begins: "상업운전을 시작했다", "상업운전을 개시했다"
# (passive: "상업운전이 시작됐다"); "상업운전에 들어갔다" takes it with 에
_BEGIN = frozenset({"시작", "개시"})
_ENTERED = re.compile(r"^들어갔(?:다|고|으며|으나|지만|는데|음)?$")
_ENTERED_AFTER = re.compile(r"[가-힣]에\s+(?:들어갔|나선|나섰)")  # and "첫 운항에 나선" (_first_event)


# The events of a facility's operation that it starts again after each halt (rules/measures.yaml, "start of
# operation"): their start is a claim only in a sentence with no word of a restart or of the halt before it
_RESUMABLE = frozenset({"가동", "운영", "운행"})
_AGAIN = frozenset({"다시", "재차", "또다시", "재개", "정비", "보수", "정기보수", "점검", "중단", "가동중단", "운영중단", "운행중단"})


def _begun(ws: Sequence[Word], before: Sequence[int], k: int, once: frozenset[str]) -> int | None:
    """The word of a one-off event that the past verb of beginning at ``k`` begins — its object (its subject in
    the passive), or the noun before 에 with 들어가다 —, when nothing but serial verbs stands between them:
    "청솔 해상풍력단지가 3월 18일 상업운전을 시작했다" is the wind farm's commercial operation (상업운전), its date the
    date of the clause. Not "공사를 시작했다" (construction: no one-off event's word) nor a noun of a clause before."""
    m = _KO_EVENT.match(ws[k].text)
    if m is not None and (m.group(1) or m.group(2)) in _BEGIN and _PAST.search(ws[k].text):
        fits: Callable[[Word], bool] = lambda w: w.role in ("object", "subject")
    elif _ENTERED.match(ws[k].text):
        fits = lambda w: w.particle == "에"
    else:
        return None
    for j in reversed(before):
        if any(ws[i].predicate and not _SERIAL.search(ws[i].text) for i in range(j + 1, k)):
            return None
        if ws[j].stem in once and fits(ws[j]) and not ws[j].closes:
            if j > 0 and (ws[j - 1].particle == "의" or structure._compound_before(ws, j, 0) < j):
                return None  # "청솔 단지의 상업운전을", "청솔 단지 상업운전을": the event of the noun before it, not the subject's
            return j
    return None


def _modifies_noun(ws: Sequence[Word], q: Quantity) -> bool:
    """A date written right before a bare noun with no particle or comma of its own modifies that noun
    ("2010년 동계 올림픽 유치", "2004년 영국 서식스 주에서 발견된"); an adverbial date ends in 에/에는 or a
    comma, or stands before an argument with its particle ("1983년 분자기계를 개발했다") or a time of day."""
    after = next((w for w in ws if w.start >= q.span.end), None)
    end = next((w for w in ws if w.start < q.span.end <= w.end), None)
    if end is not None and (end.particle or end.closes or end.end > q.span.end):
        return False  # "2008년 11월 19일에", "2010년 3월 26일,"
    if after is not None and _itself(ws, ws.index(after)) > ws.index(after):
        return False  # "지난해 10월 12일 정식 개통했다": a word of manner before the verb, no noun the date names
    if after is not None and _first_event(ws, ws.index(after)) is not None:
        return False  # "2021년 6월 11일 김포 노선으로 첫 취항한": the entity's first flight, no noun the date names
    return after is not None and after.hangul and not after.particle and not after.predicate and not after.closes \
        and not any(c.isdigit() for c in after.text)


# Bare nouns of manner that say the event itself took place, in full and for good: "정식 개통했다", "공식 출범한",
# "본격 가동했다" are the opening, the launch. Any other bare noun before the event's word makes it another event
# ("부분 개통", "임시 개통", "시범 운영", "재개통": a partial, a provisional, a trial opening), which is no claim.
_ITSELF = frozenset({"정식", "공식", "본격"})


def _itself(ws: Sequence[Word], i: int) -> int:
    """The index of the word after a bare noun of manner (:data:`_ITSELF`) at ``i`` when a predicate follows it,
    else ``i``: the event's word itself is what the date is of."""
    if i + 1 < len(ws) and ws[i].stem in _ITSELF and not ws[i].particle and not ws[i].closes and ws[i + 1].predicate:
        return i + 1
    return i


# "첫 취항", "첫 운항": the first of an event an entity repeats (an airline flies each route from its own 취항) is
# the entity's one-off first flight, when nothing but the route it was made on ("김포 노선으로": a route noun and
# 으로) stands between the date and 첫. A destination ("오사카 노선에", "청람공항에") makes it that route's or that
# airport's first flight, and a bare noun before 첫 ("오사카 노선 첫 취항") the noun's: no claim of the entity.
_FIRST = "첫"
_ROUTE_NOUNS = frozenset({"노선", "항로", "노선편", "편"})
_SET_OUT = re.compile(r"^나(?:선|섰던|섰다|섰고|섰으며)$")  # "첫 운항에 나선": set out on its first flight


def _first_event(ws: Sequence[Word], i: int) -> tuple[int, str] | None:
    """From word ``i``, right after a date: an optional route adverbial ("김포 노선으로"), then 첫 and the event's
    past predicate — "첫 취항한", "첫 취항했다", "첫 운항에 나선" —: (the predicate's index, the event "첫 취항")."""
    j = i
    while j < len(ws) and j - i < 3 and structure._noun(ws[j]) and not ws[j].particle and not ws[j].closes \
            and ws[j].stem != _FIRST:
        j += 1  # the bare nouns of the route's name ("김포", "김포-청람")
    if j < len(ws) and ws[j].particle in ("으로", "로") and ws[j].stem in _ROUTE_NOUNS and not ws[j].closes:
        j += 1
    elif j > i:
        return None  # "오사카 노선 첫 취항": the first flight of the noun before 첫
    if j + 1 >= len(ws) or ws[j].text != _FIRST or ws[j].closes:
        return None
    event = ws[j + 1]
    m = _KO_EVENT.match(event.text) or _KO_EVENT_ADNOMINAL.match(event.text)
    if m is not None and event.predicate:
        return j + 1, f"{_FIRST} {next(g for g in m.groups() if g)}"
    if event.particle == "에" and structure._noun(event) and j + 2 < len(ws) and _SET_OUT.match(ws[j + 2].text):
        return j + 2, f"{_FIRST} {event.stem}"
    return None


# The time after an event: "1998년 개항 이후", "1976년 개항 이래", "개항 직후"
_SINCE = frozenset({"이후", "이래", "후", "직후", "뒤"})


def _since_event(ws: Sequence[Word], q: Quantity, once: frozenset[str]) -> Word | None:
    """"1998년 개항 이후": a date before the bare verbal noun of a one-off event (the pack's measures with
    ``once``) and the time after it dates that event — not "2022년 개항 25주년" (an anniversary), "2027년 개통
    예정" (a plan) nor "2008년 금융위기 이후" (no event of the clause's entity: not a one-off event's word)."""
    i = first_word(ws, q.span.end)
    if i + 1 >= len(ws):
        return None
    event, after = ws[i], ws[i + 1]
    if event.text in once and not event.closes and after.stem in _SINCE and not after.inside:
        return event
    return None


# The nouns of a plan after an event's word: "개통 예정이다", "준공을 목표로", "개통이 목표다", "완공할 계획이다"
_PLAN_NOUNS = frozenset({"예정", "목표", "계획"})
_FUTURE_ADNOMINAL = re.compile(r"^([가-힣]{2,}?)(?:할|될)$")  # "개통할 예정", "완공될 예정"


def _planned_event(ws: Sequence[Word], q: Quantity, once: frozenset[str]) -> str | None:
    """The one-off event (a word of the pack's ``once`` measures) a date right before it plans: "2027년 개통 예정이다",
    "2027년 5월 준공을 목표로 한다", "2027년 6월 개통이 목표다", "2027년 개통할 예정이다". None for any other noun after the
    event ("2027년 개통 예정인 다리다" still is one; "2025년 11월 준공 후 활용할 예정": the time after it, no plan of it)."""
    i = first_word(ws, q.span.end)
    if i + 1 >= len(ws):
        return None
    event, plan = ws[i], ws[i + 1]
    if plan.stem not in _PLAN_NOUNS or plan.inside or event.closes or event.inside:
        return None
    future = _FUTURE_ADNOMINAL.match(event.text)
    word = future.group(1) if future else event.stem if event.particle in ("", "을", "를", "이", "가") else None
    return word if word in once else None


def _planned_owner(ws: Sequence[Word], clause: Span, q: Quantity, ms: Sequence[Mention],
                   owner_of: Callable[[Phrase], Mention | None]) -> Mention | None:
    """Whose event a plan dates: the object right before the date ("서진시는 … 3호선을 2027년 개통을 목표로 추진 중이다":
    the line opens, not the city that builds it), else the clause's one name (:func:`_clause_owner`)."""
    j = first_word(ws, q.span.start) - 1
    if j >= 0 and ws[j].role == "object" and not ws[j].closes:
        return _compound_owner(ws, j, owner_of)
    return _clause_owner(ws, clause, q, ms, owner_of)


def _clause_owner(ws: Sequence[Word], clause: Span, q: Quantity, ms: Sequence[Mention],
                  owner_of: Callable[[Phrase], Mention | None]) -> Mention | None:
    """The one name a clause is about, before its date: its topic or subject ("청해국제공항은"), or their
    possessor across a time word ("청해국제공항의 지난해 이용객은"); None when the sentence names another
    entity too ("B항공은 1998년 개항 이후 청해국제공항에 취항했다": whose opening is not written)."""
    owners: dict[str, Mention] = {}
    for j in range(first_word(ws, clause.start), first_word(ws, q.span.start)):
        w = ws[j]
        if w.role not in ("topic", "subject") or not structure._noun(w) or w.stem in structure.NOT_OWNERS:
            continue
        a = structure._compound_before(ws, j, 0)
        candidates = [structure._phrase(ws, a, j, "owner of the event"), structure._phrase(ws, a, a, "owner of the event")]
        k = a - 1
        while k >= 0 and not ws[k].particle and ws[k].stem in structure.NOT_OWNERS:
            k -= 1  # "청해국제공항의 지난해 이용객은": past the time word to the possessor
        if k >= 0 and ws[k].particle == "의" and structure._noun(ws[k]):
            candidates.append(structure._phrase(ws, structure._compound_before(ws, k, 0), k, "owner of the event"))
        owner = next((o for p in candidates if p is not None and (o := owner_of(p)) is not None), None)
        if owner is not None:
            owners.setdefault(owner.entity, owner)
    if len(owners) != 1:
        return None
    # another name of the clause, in any role ("청해국제공항에 취항했다"): the opening may be that one's
    others = {x.entity for x in ms if x.span.start >= clause.start and x.span.end <= clause.end}
    others |= {o.entity for j in range(first_word(ws, clause.start), first_word(ws, clause.end))
               if structure._noun(ws[j]) and ws[j].particle
               and (p := structure._phrase(ws, structure._compound_before(ws, j, 0), j, "another name")) is not None
               and (o := owner_of(p)) is not None}
    return next(iter(owners.values())) if not others - set(owners) else None


def _apart(sent: _Sentence, figure: Span, q: Quantity) -> bool:
    """A figure before the date in a phrase of its own that closes before it: a parenthesis that glosses a noun
    ("무운산(1,712m)은 1970년 국립공원으로 지정됐다": the mountain's height) or a phrase its comma ends ("서하시는 … 인구 28만
    6천 명의 도시로, 1995년 시로 승격했다", "은빛저수지는 총저수량이 1,450만t으로, 1987년 준공됐다"). The date is then the
    event's, not that figure's period (a date that situates a figure stands before it: "2019년 매출은 3조원")."""
    if figure.end > q.span.start:
        return False
    between = sent.text[figure.end - sent.span.start : q.span.start - sent.span.start]
    opened = sent.text.rfind("(", 0, figure.start - sent.span.start)
    glossed = opened >= 0 and ")" not in sent.text[opened : figure.start - sent.span.start] and ")" in between
    return glossed or "," in between and not any(c in between for c in "()")


def _in_subject_clause(ws: Sequence[Word], figure: Span, q: Quantity) -> bool:
    """A figure before the date in an adnominal clause that describes the subject or topic, which stands before the
    date too ("해발 1,120m 고원에 들어선 묵령양수발전소가 3일 상업운전을 시작했다": the plateau's height, the plant's
    opening): the clause closes at its adnominal verb, the date is the subject's event, not that figure's period."""
    if figure.end > q.span.start:
        return False
    between = [w for w in ws if figure.end <= w.start and w.end <= q.span.start]
    verb = next((i for i, w in enumerate(between) if w.predicate and structure.adnominal_form(w.text) and not w.particle), None)
    return verb is not None and any(w.role in ("topic", "subject") for w in between[verb + 1 :])


def _locative(ws: Sequence[Word], figure: Span) -> bool:
    """A figure in a place adverbial ("1.5 km 부근에서"): where the event happened, not a figure it dates."""
    w = next((w for w in ws if w.end >= figure.end and (w.particle or w.predicate)), None)  # the phrase's case
    return w is not None and w.particle in ("에서", "에서는")


# A past adnominal of a verbal noun: "2019년 설립된 셀로닉스", "2010년 침몰한 천안함"
_KO_EVENT_ADNOMINAL = re.compile(r"^([가-힣]{2,}?)(?:된|한|했던|됐던|되었던|하였던)$")


def _described(ws: Sequence[Word], q: Quantity, triggers: Sequence[_Trigger],
               owner_of: Callable[[Phrase], Mention | None], once: frozenset[str] = frozenset()) -> tuple[Mention, str] | None:
    """"2019년 설립된 셀로닉스의 직원은": a date right before a past adnominal event is the date of the name
    that event describes (the noun after it); not of a common noun ("2004년 발견된 화석"). An object
    between them is part of the event ("2012년 노벨생리의학상을 수상한 존 고든": 존 고든 · 노벨생리의학상
    수상): one person has many awards, each its own attribute — but the object of a verb of beginning is the event
    that begins ("2022년 4월 1일 운영을 시작한 달바퀴": 달바퀴 · 운영, as "운영을 시작했다" is)."""
    i = first_word(ws, q.span.end)
    if i == 0 or i + 1 >= len(ws) or ws[i - 1].closes or ws[i - 1].particle not in ("", "에"):
        return None  # "2019년, 설립된": the date is no modifier of the adnominal right after it
    i = _itself(ws, i)  # "지난해 10월 정식 개통한 단월산케이블카"
    first = _first_event(ws, i)  # "2021년 6월 11일 김포 노선으로 첫 취항한 하늘빛항공"
    if first is not None:
        k, event = first
        if ws[k].text.endswith(("한", "된", "던", "선")):
            return _described_noun(ws, k, owner_of, event)
        return None
    obj = ""
    o = i
    while o < len(ws) and o - i < 3 and structure._noun(ws[o]) and not ws[o].particle and not ws[o].closes:
        o += 1  # the bare nouns of an object compound ("노벨 생리의학상을")
    if o < len(ws) and ws[o].role == "object" and structure._noun(ws[o]) and not ws[o].closes:
        obj = " ".join(w.stem for w in ws[i : o + 1]).strip("'\"‘’“”")
        i = o + 1
    if i + 1 >= len(ws):
        return None
    m = _KO_EVENT_ADNOMINAL.match(ws[i].text)
    if m is None:
        return None
    if obj in once and m.group(1) in _BEGIN:
        return _described_noun(ws, i, owner_of, obj)
    return _described_noun(ws, i, owner_of, f"{obj} {m.group(1)}" if obj else _declared(triggers, ws[i]) or m.group(1))


def _described_noun(ws: Sequence[Word], i: int, owner_of: Callable[[Phrase], Mention | None],
                    event: str) -> tuple[Mention, str] | None:
    """The name the adnominal event at word ``i`` describes (the noun compound after it, up to its particle), and
    the event; None for a common noun or a predicate nominal."""
    j = i + 1
    while j < len(ws) and not ws[j].particle and not ws[j].predicate and not ws[j].closes and j - i < 4 \
            and not (j + 1 < len(ws) and ws[j + 1].inside):
        j += 1  # the noun compound the adnominal describes, up to its particle
    # a quoted name heads the compound ("2023년 출시한 저당 고추장 '해밀 레드 2'는", "2011년 개관한 시립미술관 '다온아트센터'는"):
    # the bare nouns before it say its kind, the quotation marks bound the name
    # (with its particle or as the predicate: "스마트폰 '가온 7' 후속작은" describes the sequel, a compound the name opens)
    quoted = j < len(ws) and any(c in _QUOTES for c in ws[j].opens) and not ws[j].predicate \
        and bool(ws[j].particle or ws[j].role == "copula")
    # ("효자는 지난 8월 출시한 '노바 7'이다": a quoted name as the predicate is still the name the clause describes)
    if j >= len(ws) or not (structure._noun(ws[j]) or quoted) or ws[j].role == "copula" and not quoted:
        return None  # "Meta AI가 2023년 2월에 출시한 대규모 언어 모델이다": what the subject is, no name of its own
    if ws[j].role == "copula" and any(ws[t].role == "topic" and _compound_owner(ws, t, owner_of) is not None for t in range(i)):
        return None  # "'노바'는 … 개발한 '언어 모델'이다": what a named topic is, its kind (a name only for "효자는", "것은")
    phrase = structure._phrase(ws, j if quoted else i + 1, j, "described by an event")
    if phrase is not None and quoted and phrase.text[-1:] in _QUOTE_ENDS:
        # "해밀 레드 2'는": a quoted name of several words is one word, its closing quotation mark in its stem
        phrase = Phrase(phrase.text[:-1], Span(phrase.span.start, phrase.span.end - 1), phrase.how)
    owner = owner_of(phrase) if phrase is not None else None
    if owner is None:
        return None
    return owner, event


def _declared(triggers: Sequence[_Trigger], event: Word) -> str | None:
    """The declared date attribute whose trigger the event's word is ("공개됐다": release date)."""
    found = [a for t in triggers if event.start <= t.start < event.end for a in t.attrs if a.dimension == "date"]
    return found[0].name if found else None


def _event_word(ws: Sequence[Word], after: int) -> int | None:
    """The predicate a date before it modifies: the first after it, through adnominal time adverbials
    ("수행하던 도중") and serial verbs ("절단되어 침몰하였다": the last heads them); None when the first is
    adnominal (the date is in a clause describing a noun: "2004년 발견된 화석")."""
    def next_predicate(start: int) -> int | None:
        return next((i for i in range(start, len(ws)) if ws[i].predicate and ws[i].stem not in _POSTPOSITIONS
                     and not (len(ws[i].text) == 2 and ws[i].text.endswith("해"))), None)  # 서해, 올해: nouns

    first = next((i for i, w in enumerate(ws) if w.start >= after), len(ws))
    k = next_predicate(first)
    while k is not None:
        w = ws[k]
        if _ADNOMINAL.search(w.text) and not _KO_EVENT.match(w.text):
            if k + 1 < len(ws) and ws[k + 1].stem in _TIME_NOUNS:
                first = -1  # past a time adverbial, an adnominal modifies a noun of the main clause
                k = next_predicate(k + 2)
                continue
            if first >= 0:
                return None
            k = next_predicate(k + 1)
            continue
        if _SERIAL.search(w.text) and k + 1 < len(ws) and ws[k + 1].predicate:
            k += 1
            continue
        return k
    return None


# Verbs that work as postpositions ("수중폭발에 의해", "~을 통해"): no predicate of the clause
_POSTPOSITIONS = frozenset({"의해", "의하여", "통해", "통하여", "위해", "위하여", "대해", "대하여", "인해", "인하여", "관해",
                            "따라", "비해", "향해", "걸쳐", "불구하고"})


def _english_events(doc: Document, sent: _Sentence, ms: Sequence[Mention], dates: Sequence[Quantity],
                    triggers: Sequence[_Trigger], en_name: Callable[[str], bool],
                    previous: Mention | None = None, once: frozenset[str] = frozenset()) -> Iterator[Claim]:
    """"Cheongju International Airport opened on 28 April 1997", "Cellonix, founded in 2019 and employing
    418 people, plans …", "Chinchilla was announced in April 2022": the clause opens with a name, then
    a regular past verb (after was/were or a comma of apposition) right before in/on and the date."""
    def attribute(verb: Span, owner: Mention | None = None) -> str:
        declared = [a for t in triggers if verb.start <= t.start < verb.end for a in t.attrs if a.dimension == "date"]
        word = doc.text[verb.start : verb.end].lower()
        if declared and owner is not None and word in once and owner.type not in declared[0].subjects:
            return word  # "Dalbakwi, which launched in April 2022": a service's start, no model's release
        return declared[0].name if declared else word

    def _one_off(verb: Span) -> bool:
        """A verb of the one table of events: a one-off event (a word of the pack's ``once`` measures) or a declared date
        attribute ("Founded in 1987, …", "Announced in March 2022, …"), not any participle ("Expected in 2027, …")."""
        word = doc.text[verb.start : verb.end].lower()
        return word in once or attribute(verb) != word

    # the event each date follows ("announced in May 2022 and released in July 2022"): one attribute
    # for two dates (the pack's release date) says neither
    verbs = [attribute(Span(v.start(1), v.end(1))) for q in dates
             if (v := _EN_VERB_BEFORE.search(doc.text, sent.span.start, q.span.start)) is not None]
    for q in dates:
        flight = _first_flight(doc.text, sent, ms, q, en_name, previous)
        if flight is not None:
            owner, written = flight
            yield Claim(path=doc.path, entity=owner.entity, attribute=written, quantity=q, span=q.span,
                        date=doc.date, sentence=sent.span, discovered=owner.discovered, how="date of its event, first flight")
            continue
        clause = sent.clause(q.span.start)
        wire = _DATELINE.match(doc.text[clause.start : q.span.start])  # "HARAM, South Korea, March 19 (Hanbit News) - "
        lead = _EN_LEAD.match(doc.text, clause.start, q.span.start)  # ('^': only a clause at the text's start)
        first = max(lead.end() if lead else clause.start, clause.start + (wire.end() if wire else 0))
        plan = _planned_en(doc.text, sent, ms, q, en_name, once)
        if plan is not None:
            # "Garam Bridge is scheduled to open in May 2027": a goal, as "2027년 5월 개통 예정이다" is
            owner, planned = plan
            yield Claim(path=doc.path, entity=owner.entity, attribute=planned, quantity=q, span=q.span, goal=True,
                        date=doc.date, sentence=sent.span, discovered=owner.discovered, how="date of its event, planned")
            continue
        event = _EN_EVENT_BEFORE.fullmatch(doc.text, first, q.span.start) or _EN_BEGUN.fullmatch(doc.text, first, q.span.start)
        if event is None:
            part, how = _possessive_event(doc.text, sent, ms, q, en_name), "date of its event, its part"
            if part is None:
                part, how = _pronoun_event(doc.text, sent, ms, q, en_name, once), "date of its event, it"
            if part is None:
                part, how = _event_at(doc.text, first, q, sent.span.end, ms, en_name, once), "date of its event, where"
            if part is None:
                appositive = _appositive_event(doc.text, sent, ms, q, en_name)
                if appositive is not None and _one_off(appositive[0]):
                    part, how = appositive, "date of its event, name before it"
            fronted = _fronted_event(doc.text, sent, ms, q, en_name, previous) if part is None else None
            word = doc.text[fronted[0].start : fronted[0].end].lower() if fronted is not None else ""
            if fronted is not None and _one_off(fronted[0]):
                # a one-off event or a declared date ("Founded in 1987, …", "Announced in March 2022, …"), not
                # any participle ("Expected in 2027, …")
                part, how = fronted, "date of its event, fronted"
            if part is None:
                whole = _subject_event(doc.text, first, q, ms, en_name, previous)
                if whole is not None and _one_off(whole[0]):
                    # "The last pit, Mungnyeong Colliery, closed in 1996", "After the state-backed X opened in 1957",
                    # "The centre opened on 6 September", "It entered commercial operation on …"
                    part, how = whole, "date of its event, subject"
            if part is not None and _closed_for_a_while(doc.text, part[0].start, q.span.end):
                part = None  # "closed to traffic on 3 May": a closing for a while, not for good
            if part is not None:
                verb, owner = part
                name_of_event = attribute(verb)
                # (a verb opening the sentence is capitalised: not among them; an apposition names its owner right before it,
                # "LLaMA, released in February 2023, …, and LLaMA 2, released in July 2023")
                if verbs.count(name_of_event) <= 1 or how.endswith("name before it"):
                    # (a recurring event's opening is of one edition: the year it is written in, else none known)
                    edition = _edition_of(owner.entity, doc.text[verb.start : verb.end], q) if how.endswith("subject") else None
                    yield Claim(path=doc.path, entity=owner.entity, attribute=name_of_event, quantity=q, span=q.span,
                                date=doc.date, sentence=sent.span, discovered=owner.discovered, how=how, scope=edition)
            continue  # (the verb right before the date: another date of the clause is another thing's)
        if event.group("verb") in _EN_PLANNED or _closed_for_a_while(doc.text, event.start("verb"), q.span.end):
            continue  # "Korvex Steel, scheduled to open in 2027": a plan, no event that took place
        aside = event.groupdict().get("aside")
        if aside and _EN_NAME_BEFORE.search(aside) and _EN_APPOSITION_COMMA.match(doc.text, q.span.end, sent.span.end):
            # "Gaon Pharma, which acquired Nurim Bio, founded in 2017, is based …", "X, like Mirae Chemical, founded in
            # 1972, is …": a participle closed by a comma is an apposition of the nearest name, the aside's
            continue
        if _EN_OBJECT_AFTER.match(doc.text, q.span.end, sent.span.end):
            continue  # "Mirae Foods launched to retailers in 2019 a new noodle": the object's event, not the subject's
        if _another_plant(doc.text, q.span.end, sent.span.end):
            continue  # "Gaon Chemical began production on May 2 at its Ulsan plant": that plant's, one of several
        subject = Span(event.start("subject"), event.end("subject"))
        if doc.text.startswith("The ", subject.start) and doc.text.find(" ", subject.start + 4, subject.end) > 0:
            subject = Span(subject.start + 4, subject.end)  # "The Seoha Museum opened …": the article is no part of the name
        lead = _EN_SUBORDINATOR.match(doc.text, subject.start, subject.end)
        if lead is not None and lead.end() < subject.end:
            subject = Span(lead.end(), subject.end)  # "When Korvex Steel was founded in 1968, …": the clause's conjunction
        # a capitalised word with a relative clause of its own is a name: a common noun would take its article
        # ("Dalbakwi, which launched in April 2022", not "The service, which launched …")
        named = _named(doc.text, subject, ms, (lambda name: True) if event.groupdict().get("which") else en_name)
        if named is None and doc.text[subject.start : subject.end] == "It" and previous is not None \
                and _one_off(Span(event.start("verb"), event.end("verb"))):
            named = previous  # "It entered commercial operation on 17 November 2025": the topic of the sentence before
        if named is None:
            continue  # "Analysts expected …": a capitalised common noun opening the sentence
        name_of_event = attribute(Span(event.start("verb"), event.end("verb")), named)
        if verbs.count(name_of_event) > 1:
            continue
        yield Claim(path=doc.path, entity=named.entity, attribute=name_of_event,
                    quantity=q, span=q.span, date=doc.date, sentence=sent.span, discovered=named.discovered,
                    how="date of its event")


# Where a company's event took place, after its date: "at its polylactic acid (PLA) plant", "at the company's
# Ulsan plant" — the words between the possessive and the plant's noun
_EN_PLANT = r"\s+(?P<which>[^,.;]{0,60}?)\s*\b(?:plant|factory|facility|refinery|mill|site|line|complex|terminal)s?\b"
_EN_AT_ITS = re.compile(r"\s+at\s+(?:its|their|the\s+company['’]s)" + _EN_PLANT)
_EN_PLANT_AFTER = re.compile(_EN_PLANT)
_GLOSS_EN = re.compile(r"\([^()]*\)")


def _another_plant(text: str, end: int, stop: int) -> bool:
    """Whether a company's event is placed at one of its plants that the words before the plant's noun single out
    by a name or a number ("at its Ulsan plant", "at its No. 2 plant"): then the date is that plant's, and the
    company has several. A kind in lower case, glossed or not ("at its polylactic acid (PLA) plant"), singles out
    none: the claim stays the company's, as "X의 신공장이 …" is (Korean, :func:`_plant_owner`)."""
    m = _EN_AT_ITS.match(text, end, stop)
    return m is not None and _singles_out(m.group("which"))


def _singles_out(which: str) -> bool:
    """Whether the words before a plant's noun name it or number it ("Ulsan", "No. 2"), its gloss aside; a product's
    acronym in capitals ("its PLA plant", "its LNG terminal") is a kind."""
    return _EN_WHICH.search(_GLOSS_EN.sub("", which)) is not None


# A closing with what it closed to or for ("closed to traffic on", "closed for repairs in"): for a while, no closure;
# and a share price's close after its date ("Hanbit Motors closed on 3 May at 52,000 won", "closed … up 2%")
_EN_CLOSED_FOR = re.compile(r"closed\s+(?:to|for)\b")
_EN_CLOSED_AT = re.compile(r",?\s+(?:at|up|down|higher|lower|flat|unchanged)\b")


def _closed_for_a_while(text: str, verb: int, end: int) -> bool:
    """Whether a "closed" at ``verb`` (its date ending at ``end``) is no closing for good: a closing to or for
    something, or a share's close at a price."""
    return text.startswith("closed", verb) and (_EN_CLOSED_FOR.match(text, verb) is not None
                                                 or _EN_CLOSED_AT.match(text, end) is not None)
# The participles of a plan or a forecast: "scheduled to open in 2027", "expected in 2027 to double output" date no
# event that took place (a planned date never meets an actual one)
_EN_PLANNED = frozenset({"expected", "scheduled", "planned", "slated", "projected", "forecast", "forecasted", "estimated",
                         "targeted", "proposed"})

def _appositive_event(text: str, sent: _Sentence, ms: Sequence[Mention], q: Quantity,
                      en_name: Callable[[str], bool]) -> tuple[Span, Mention] | None:
    """The event of a name that an apposition or a relative clause after it dates, anywhere in the sentence:
    "Regional carrier Haneulbit Air, founded in 2019, is based …" is Haneulbit Air · founded = 2019. The name must stand
    right before the comma (a common noun — "The club, founded in 2011" — names nothing) and govern itself: after a
    preposition it is the complement of the noun before it ("The museum of Seoha, which opened in 2009": the museum's
    opening). A date of another clause ("Arden Foods, founded in 1990, bought Belmont Dairy in 2011") is no
    apposition's: its verb is no participle right after a comma."""
    m = _EN_APPOSITIVE.search(text, max(sent.span.start, q.span.start - 80), q.span.start)
    if m is None or not _EN_APPOSITION_END.match(text, q.span.end, sent.span.end):
        # the same name as the subject of a passive, after the words of its kind: "Its low-sugar paste Haemil Red 3
        # was launched in March 2025"
        m = _EN_PASSIVE_BEFORE.search(text, max(sent.span.start, q.span.start - 80), q.span.start)
    if m is None:
        return None
    owner = _name_before(text, sent, m.start(), ms, en_name)
    return (Span(m.start("verb"), m.end("verb")), owner) if owner is not None else None


def _name_before(text: str, sent: _Sentence, end: int, ms: Sequence[Mention], en_name: Callable[[str], bool]) -> Mention | None:
    """The English name that ends at ``end`` (before an apposition's comma or a plan's verb), governing itself: not
    after a preposition ("The museum of Seoha, which opened …": the museum's), not a common noun ("The club, …")."""
    head = text[max(sent.span.start, end - 80) : end]
    name = _EN_NAME_BEFORE.search(head)
    if name is None:
        return None
    at = end - len(head) + name.start("name")
    if _EN_GOVERNED.search(text, max(sent.span.start, at - 20), at):
        return None
    span = Span(at, at + len(name.group("name")))
    if text.startswith("The ", span.start) and text.find(" ", span.start + 4, span.end) > 0:
        span = Span(span.start + 4, span.end)  # "The Busan–Gimhae Light Rail Transit": the article is no part of the name
    # a name in quotation marks is one ('The original "Arka", released in 2019'): the marks bound a title
    quoted = at > 0 and text[at - 1] in _QUOTES and name.group(0)[-1:] in _QUOTE_ENDS
    return _named(text, span, ms, (lambda _: True) if quoted else en_name)


# An object after the date, its determiner first: the verb before the date is transitive
_EN_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|its|their|his|her)\s+[a-z]")
_EN_WHICH = re.compile(r"\b[A-Z][a-z]|\d")


# The event as the subject, its date, then the entity it took place at: "Commercial operation began on 1 July at
# the Seorim Refinery", "Commercial production started on March 12 at Gaon Chemical's plant"
_EN_EVENT_SUBJECT = re.compile(r"\s*(?P<verb>[A-Z][a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:began|started|commenced)\s+(?:in|on)\s+")
_EN_AT_NAME = re.compile(r"\s+at\s+(?:the\s+)?(?P<name>[A-Z][\w\-.]*(?:\s+(?:of\s+)?[A-Z0-9][\w\-.]*)*)"
                         r"(?P<possessive>['’]s\b)?")


def _event_at(text: str, start: int, q: Quantity, stop: int, ms: Sequence[Mention], en_name: Callable[[str], bool],
              once: frozenset[str]) -> tuple[Span, Mention] | None:
    """"Commercial operation began on 1 July at the Seorim Refinery": a one-off event (a word of the pack's ``once``
    measures) that opens its clause as the subject of a verb of beginning, and the name it took place at, after the
    date — the plant's name, or the company whose plant it is ("at Gaon Chemical's plant", as "X began … at its
    plant"); not one plant of several ("at Gaon Chemical's Ulsan plant") nor an event of no ``once`` measure
    ("Construction began on …")."""
    m = _EN_EVENT_SUBJECT.fullmatch(text, start, q.span.start)
    if m is None or m.group("verb").lower() not in once:
        return None
    at = _EN_AT_NAME.match(text, q.span.end, stop)
    if at is None:
        return None
    if at.group("possessive"):
        plant = _EN_PLANT_AFTER.match(text, at.end(), stop)
        if plant is None or _singles_out(plant.group("which")):
            return None  # "at Gaon Chemical's Ulsan plant": one of its plants; "at Gaon Chemical's offices": no plant
    name = Span(at.start("name"), at.end("name"))
    owner = _named(text, name, ms, en_name)
    return (Span(m.start("verb"), m.end("verb")), owner) if owner is not None else None


# What the event opened or was completed to or for, between the verb and the date: "opened to foreign
# trade in 1876", "opened to traffic on 28 June 2016" (at most three lower-case words: a complement, no clause)
_EN_COMPLEMENT = r"(?:(?:to|for)\s+[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}\s+)?"


def _possessive_event(text: str, sent: _Sentence, ms: Sequence[Mention], q: Quantity,
                      en_name: Callable[[str], bool]) -> tuple[Span, Mention] | None:
    """"Seojin … grew after its harbour was opened to foreign trade in 1878": the event's verb and the
    name "its" stands for — the one that opens the sentence as the subject of its verb, with no other
    capitalised word before "its" (then whose part it is is not written). The complement ("to foreign
    trade") is required: it says what the entity was opened to, not which of its parts opened ("its
    terminal was opened in 2008")."""
    m = _EN_POSSESSIVE_EVENT.search(text, sent.span.start, q.span.start)
    if m is None:
        return None
    opening = _EN_SENTENCE_SUBJECT.match(text, sent.span.start, m.start())
    if opening is None or _CAPITALISED.search(text, opening.end("subject"), m.start()):
        return None
    subject = Span(opening.start("subject"), opening.end("subject"))
    owner = _named(text, subject, ms, en_name)
    return (Span(m.start("verb"), m.end("verb")), owner) if owner is not None else None


def _first_flight(text: str, sent: _Sentence, ms: Sequence[Mention], q: Quantity, en_name: Callable[[str], bool],
                  previous: Mention | None) -> tuple[Mention, str] | None:
    """Whose first flight a date is: "Haneulbit Air made its maiden commercial flight on September 3, 2021", "It
    first flew in 2021", "Its first flight took off on …" — the name opening the sentence, or, for "It"/"Its",
    the topic of the sentence before (``previous``). Not "its first flight to Osaka" (a route's first flight:
    only the flight's kind may stand between "flight" and the date) nor a common noun's ("The airline made …")."""
    wire = _DATELINE.match(sent.text)
    m = _EN_FIRST_FLIGHT.fullmatch(text, sent.span.start + (wire.end() if wire else 0), q.span.start)
    if m is None:
        return None
    # the event as written ("maiden commercial flight"; "first flew" is the first flight): a word of the pack's
    # measure "first flight" (rules/measures.yaml)
    flight = m.group("flight") or m.group("its_flight")
    written = " ".join(flight.lower().split()) if flight else "first flight"
    if m.group("subject") is None:
        return (previous, written) if previous is not None else None
    owner = _named(text, Span(m.start("subject"), m.end("subject")), ms, en_name)
    return (owner, written) if owner is not None else None


def _named(text: str, subject: Span, ms: Sequence[Mention], en_name: Callable[[str], bool]) -> Mention | None:
    """The name an English subject is: a known name at that span, or a capitalised name the document writes as one
    (``en_name``); None for a capitalised common noun opening the sentence ("Analysts")."""
    known = next((x for x in ms if x.span == subject and not x.possessor), None)
    name = text[subject.start : subject.end]
    if known is None and not en_name(name):
        return None
    return known or Mention(subject, name, None, discovered=True)


def _pronoun_event(text: str, sent: _Sentence, ms: Sequence[Mention], q: Quantity,
                   en_name: Callable[[str], bool], once: frozenset[str] = frozenset()) -> tuple[Span, Mention] | None:
    """"A new cable car in Danwolsan National Park has drawn crowds … since it opened on Oct. 19": an event in a
    clause of time whose subject is "it", which stands for the subject of the main clause the sentence opens
    with — a name ("Haeun Airport has grown since it opened …"), or a common noun phrase that the document
    names once (``structure.named_by_head``: "a new cable car" is the Danwolsan Cable Car, never the park it is
    in), or, after a subject that is a count of things, the one name of the main clause
    (:func:`_counted_subject_event`). None when the main clause is no such subject, or the document names two things
    of that kind."""
    m = _EN_PRONOUN_EVENT.search(text, sent.span.start, q.span.start)
    if m is None:
        return None
    verb = Span(m.start("verb"), m.end("verb"))
    wire = _DATELINE.match(sent.text)  # "DANWOL, South Korea, Jan 20 (Korea Wire) - A new cable car …"
    start = sent.span.start + (wire.end() if wire else 0)
    if _EN_COUNTED_SUBJECT.match(text, start, m.start()):
        return _counted_subject_event(text, start, m, ms, en_name, once)  # ("Nearly 400 students": no name opens it)
    opening = _EN_SENTENCE_SUBJECT.match(text, start, m.start())
    if opening is not None and not text[opening.start("subject") : opening.end("subject")].startswith(("A ", "An ", "The ")):
        subject = Span(opening.start("subject"), opening.end("subject"))
        if _CAPITALISED.search(text, subject.end, m.start()):
            return None  # another name before "it": which one it stands for is not written
        owner = _named(text, subject, ms, en_name)
        return (verb, owner) if owner is not None else None
    phrase = _EN_COMMON_SUBJECT.match(text, start, m.start())
    if phrase is None:
        return _counted_subject_event(text, start, m, ms, en_name, once)
    found = structure.named_by_head(text, phrase.group("noun"))
    if found is None:
        return None
    known = next((x for x in ms if x.entity == found.text), None)
    return verb, known or Mention(found.span, found.text, None, discovered=True)


# A main clause's subject that is a count of plural things, and its verb: "About 1.2 million passengers have used",
# "An average of 14,820 vehicles a day crossed", "More than 3,000 visitors toured" (a number, then a plural noun)
_EN_COUNTED_SUBJECT = re.compile(
    r"\s*(?:(?:An?|The)\s+(?:average|total)\s+of\s+|(?:About|Some|Nearly|Almost|Around|Roughly|Over|Only|Just|"
    r"More\s+than|Fewer\s+than|Less\s+than|Up\s+to|An\s+estimated)\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*s\b"
    r"(?:\s+(?:a|per|each)\s+(?:day|week|month|year))?"
    r"\s+(?:(?:have|has|had|were|was)\s+)?(?:[a-z]{2,}ly\s+)?[a-z]{3,}\b")


def _counted_subject_event(text: str, start: int, m: re.Match[str], ms: Sequence[Mention],
                           en_name: Callable[[str], bool], once: frozenset[str]) -> tuple[Span, Mention] | None:
    """"About 1.2 million passengers have used Cheongram Airport since it opened in 1997": a subject that counts plural
    things is never "it", so "it" stands for the one name of the main clause after its verb (the place the things
    went to, its object) — only for a one-off event (a word of the pack's ``once`` measures). None when the main
    clause writes two names or none, or its subject is no count ("The ferry lost passengers to Garam Bridge after it
    opened": it may be the ferry)."""
    verb = Span(m.start("verb"), m.end("verb"))
    if text[verb.start : verb.end] not in once:
        return None
    subject = _EN_COUNTED_SUBJECT.match(text, start, m.start())
    if subject is None:
        return None
    names = list(_EN_CAPITALISED_NAME.finditer(text, subject.end(), m.start()))
    if len(names) != 1:
        return None  # no name, or two: which one "it" stands for is not written
    if not _EN_AFTER_HEAD.match(text, names[0].end(), m.end()):
        return None  # "Haram Hospital's new wing", "the Haram Museum gift shop": the name modifies the noun "it" is
    owner = _named(text, Span(names[0].start(), names[0].end()), ms, en_name)
    return (verb, owner) if owner is not None else None


def _fronted_event(text: str, sent: _Sentence, ms: Sequence[Mention], q: Quantity, en_name: Callable[[str], bool],
                   previous: Mention | None) -> tuple[Span, Mention] | None:
    """"Founded in 1987 as a family workshop, it became …", "Opened in 1997, Haeun Airport handles …": a
    participle of the event opens the sentence, and its subject is the main clause's — a name, or "it", which
    stands for the topic of the sentence before (``previous``); None for any other subject ("Founded in 1987,
    the workshop …") or when no sentence before has a topic."""
    wire = _DATELINE.match(sent.text)
    start = sent.span.start + (wire.end() if wire else 0)
    m = _EN_FRONTED.fullmatch(text, start, q.span.start)
    after = _EN_MAIN_AFTER.match(text, q.span.end, sent.span.end)
    if m is None or after is None:
        return None
    verb = Span(m.start("verb"), m.end("verb"))
    if after.group("it"):
        return (verb, previous) if previous is not None else None
    subject = Span(after.start("subject"), after.end("subject"))
    owner = _named(text, subject, ms, en_name)
    return (verb, owner) if owner is not None else None


# A sentence that opens with a name and its verb: "Seojin began as …", "Nuri Port grew …"
_EN_SENTENCE_SUBJECT = re.compile(r"\s*(?P<subject>[A-Z][\w\-.]*(?:\s+(?:of\s+)?[A-Z0-9][\w\-.]*)*)"
                                  r"\s+(?:[a-z]{2,}ly\s+)?(?:was|were|is|are|has|had|began|grew|became|[a-z]{3,}ed|[a-z]{3,}s)\b")
_CAPITALISED = re.compile(r"\b[A-Z]")


_EN_VERB_BEFORE = re.compile(r"\b([a-z]{3,}ed)\s+" + _EN_COMPLEMENT + r"(?:in|on)\s+\Z")
# An adverb before the verb: "finally opened", "first opened to foreign trade" (the first opening is the opening)
_EN_ADVERB = r"(?:(?:[a-z]{2,}ly|first)\s+)?"
# A clause that is a name, a past verb and in/on before the date: "X was announced in", "X, founded in",
# "X opened on" (a regular -ed past: "sank", "began" are not read)
_EN_EVENT_BEFORE = re.compile(
    r"(?!(?:First|[A-Z][a-z]+ly)\s)"  # an adverb opening a participle ("First opened to traffic in 2004, …"), no subject
    r"(?P<subject>[A-Z][\w\-.]*(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w\-.]*)*)"
    r"(?:\s\((?:Korean:\s)?[가-힣][가-힣\s]{0,20}\))?"  # its gloss: "Haram Museum (하람박물관) opened on …"
    # an apposition of no verb between commas ("Haeun International Airport, 11 km north-west of the city
    # centre, opened in 1997") and an adverb before the verb ("finally opened on 28 June 2016")
    r"(?:,\s+(?P<aside>[^,;()]{1,60}?),(?=\s))?"
    # a relative clause of the name ("Dalbakwi, which launched in April 2022"): its subject is the name
    r"(?:,\s+(?P<which>which)\s+(?:was\s+)?|,\s+|\s+(?:was|were|had\s+been|has\s+been)\s+|\s+)" + _EN_ADVERB + r"(?P<verb>[a-z]{3,}ed)\s+"
    + _EN_COMPLEMENT + r"(?:in|on)\s+"
)
# A name, a verb of beginning and the event it begins, then in/on and the date: "Cheongsol Offshore Wind Farm,
# operated by Gaon Wind, began commercial operation in March 2026" (the event is "commercial operation", as
# "상업운전을 시작했다" is 상업운전); what a company said of its own plant ("Gaon Wind said on Thursday its
# Cheongsol offshore wind farm began commercial operation on March 16"): the name's common-noun head in lower
# case ("offshore wind farm") is part of it. Not a relative clause ("the Seomun project, which began operating
# in 2024": no name opens it).
_EN_BEGUN = re.compile(
    r"(?:[^;]{0,160}?\bsaid(?:\s+on\s+[A-Z][a-z]+day)?(?:\s+that)?\s+)?(?:(?:[Ii]ts|[Tt]he)\s+)?"
    r"(?P<subject>[A-Z][\w\-.]*(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w\-.]*)*(?:\s+[a-z][a-z\-]+){0,3}?)"
    r"(?:,\s+[^,;()]{1,60}?,(?=\s))?"
    r"\s+" + _EN_ADVERB + r"(?:began|started|commenced|entered|went\s+into)\s+"
    r"(?P<verb>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}?)\s+(?:in|on)\s+"
)
# "its harbour was opened to foreign trade in 1878": the event of a part the possessive pronoun gives to
# the name that opens the sentence ("Seojin began as … and grew after its harbour was opened …")
_EN_POSSESSIVE_EVENT = re.compile(
    r"\bits\s+(?P<part>[a-z][a-z\-]+)\s+(?:was|were|had\s+been|has\s+been)\s+" + _EN_ADVERB
    + r"(?P<verb>[a-z]{3,}ed)\s+(?P<to>(?:to|for)\s+[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2})\s+(?:in|on)\s+\Z"
)

# An entity's first flight before its date (the flight's kind between: "maiden commercial flight"), its subject a
# name, "It" or "Its": "X made its maiden flight on", "It first flew in", "Its first flight took off on"
_EN_FLIGHT = r"(?:maiden|first)\s+(?:(?:commercial|scheduled|passenger)\s+)?flight"
_EN_FIRST_FLIGHT = re.compile(
    r"\s*(?:(?P<it>It)|(?P<subject>[A-Z][\w\-.]*(?:\s+(?:of\s+)?[A-Z0-9][\w\-.]*)*))\s+"
    r"(?:made\s+its\s+(?P<flight>" + _EN_FLIGHT + r")|first\s+flew)\s+(?:on|in)\s+"
    r"|\s*(?P<its>Its)\s+(?P<its_flight>" + _EN_FLIGHT + r")\s+(?:took\s+off|was\s+made|was\s+flown)\s+(?:on|in)\s+"
)
# A clause of time whose subject is "it", its past verb and in/on before the date: "since it opened on",
# "after it was inaugurated in", "when it first opened to traffic in"
_EN_PRONOUN_EVENT = re.compile(r"\b(?:since|after|when)\s+it\s+(?:was\s+)?" + _EN_ADVERB + r"(?P<verb>[a-z]{3,}ed)\s+"
                               + _EN_COMPLEMENT + r"(?:in|on)\s+\Z")
# A sentence that opens with a common noun phrase (an article, lower-case words) and, after a place or a part
# ("in Danwolsan National Park", "over the river"), its verb: "A new cable car in Danwolsan National Park has …"
_EN_COMMON_SUBJECT = re.compile(r"\s*(?:A|An|The)\s+(?P<noun>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3}?)"
                                r"(?:\s+(?:in|at|near|on|outside|over|across)\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4}|[a-z][a-z\-]+))?"
                                r"\s+(?:has|have|had|was|is|drew|draws|[a-z]{3,}ed)\b")
# A participle of the event that opens the sentence, before its date: "Founded in", "First opened to traffic on"
_EN_FRONTED = re.compile(r"\s*(?:(?:[A-Z][a-z]+ly|First)\s+)?(?P<verb>[A-Za-z][a-z]{2,}ed)\s+" + _EN_COMPLEMENT + r"(?:in|on)\s+")
# ... and the main clause's subject after the participle's phrase (no other verb, no other date): "…, it became",
# "…, Haeun Airport handles"
_EN_MAIN_AFTER = re.compile(r"[^,;.]{0,60},\s+(?:(?P<it>it)\s+[a-z]"
                            r"|(?P<subject>[A-Z][\w\-.]*(?:\s+(?:of\s+)?[A-Z0-9][\w\-.]*)*)\s+[a-z])")

# A name, then an apposition that is the event's participle, or a relative clause "which (was) VERBed", with its date:
# "Video game developer Nexaplay, founded in 2011, has …", "Meta's LLaMA, released in February 2023, …", "… is
# Eunbit Reservoir, completed in 1987, with …", "The Seoha Museum of Natural History, opened on the east shore in
# 2009, holds …" (a place of the verb, "on the east shore", may stand before the date)
_EN_APPOSITIVE = re.compile(r",\s+(?:which\s+(?:was\s+)?)?" + _EN_ADVERB + r"(?P<verb>[a-z]{3,}ed)\s+"
                            r"(?:(?:on|at|along|near|beside|by)\s+the\s+[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}\s+)?"
                            + _EN_COMPLEMENT + r"(?:in|on)\s+\Z")
# A conjunction that opens a clause of time or reason, capitalised at the sentence's start: no part of the name after it
_EN_SUBORDINATOR = re.compile(r"(?:When|After|Before|Since|Until|Once|While|Although|Though|Because|As|If)\s+")
_EN_PASSIVE_BEFORE = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+" + _EN_ADVERB + r"(?P<verb>[a-z]{3,}ed)\s+"
                                + _EN_COMPLEMENT + r"(?:in|on)\s+\Z")
# ... the name right before its comma (a closing quotation mark between: '"Arka 2", launched in May'), which no
# other word joins from before: a descriptor of lower-case words ("Regional carrier"), a possessive ("Meta's"), a verb
# ("is") may stand before it
_EN_NAME_BEFORE = re.compile(r"(?<![\w\-–.'’])(?P<name>[A-Z0-9][\w\-–.]*(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w\-–.]*)*)[\"”’']?\Z")
# ... but not a name a preposition or a verb governs: "Investors in Korvex Steel, founded in 1968", "The museum of Seoha,
# which opened in 2009", "The paper describing BLOOM was released in …" — the event is of the noun before it
_EN_GOVERNED = re.compile(r"\b(?:of|in|at|on|from|to|with|by|for|near|than|about|into|over|under|between|against|after|"
                          r"before|[a-z]{2,}ing|[a-z]{2,}ed)\s+(?:the\s+)?[\"“‘']?\Z", re.I)
# ... a participle's phrase closed by a comma, the main clause after it: "…, founded in 2017, is based in …"
_EN_APPOSITION_COMMA = re.compile(r"\s*,\s+(?!and\b|or\b|but\b)")
# ... and the apposition closes after its date: a comma, a semicolon, "and", a parenthesis or the sentence's end
_EN_APPOSITION_END = re.compile(r"\s*(?:[,;)]|\.(?:\s|\[|$)|\[\d|$|and\s)")


# A plan of an event before its date: "is scheduled to open in", ", due to be completed in", "is set to begin commercial
# operation on", "is expected to open in" (the verb's past participle, or the object of a verb of beginning, a word of
# the pack's ``once`` measures); "scheduled for completion in"
_EN_PLAN = re.compile(r"(?:,\s+|\s+(?:is|are|was|were)\s+(?:now\s+)?)(?:scheduled|due|set|expected|slated|planned)\s+"
                      r"(?:to\s+(?:be\s+)?(?P<verb>[a-z]{3,})(?:\s+(?P<object>[a-z]+(?:\s+[a-z]+)?))?|for\s+(?P<noun>completion|opening))"
                      r"\s+(?:in|on)\s+\Z")
_EN_PLAN_NOUNS = {"completion": "completed", "opening": "opened"}
_EN_BEGINNING = frozenset({"begin", "start", "commence", "enter"})


def _planned_en(text: str, sent: _Sentence, ms: Sequence[Mention], q: Quantity, en_name: Callable[[str], bool],
                once: frozenset[str]) -> tuple[Mention, str] | None:
    """Whose planned one-off event a date is, and the event: the name right before the plan ("Garam Bridge is
    scheduled to open in May 2027", "Hanbit Tower, due to be completed in 2027, …"); None for a common noun ("A third
    plant … is scheduled for completion …") or an event of no ``once`` measure ("is expected to double output in")."""
    m = _EN_PLAN.search(text, max(sent.span.start, q.span.start - 80), q.span.start)
    if m is None:
        return None
    verb, obj = m.group("verb"), m.group("object")
    if m.group("noun"):
        event = _EN_PLAN_NOUNS[m.group("noun")]
    elif verb in _EN_BEGINNING and obj in once:
        event = obj  # "is set to begin commercial operation on"
    else:
        # "to open" (opened), "to be completed" (the participle itself)
        event = next((w for w in (verb, verb + "ed", verb + "d") if w in once), "") if not obj else ""
    if not event:
        return None
    owner = _name_before(text, sent, m.start(), ms, en_name)
    return (owner, event) if owner is not None else None


# The event's verb right before its date, with what stands between them: "X closed in", "X was opened to traffic on",
# "X entered commercial operation on" (the words after a verb of beginning name the event that begins)
_EN_NAME = r"[A-Z][\w\-.]*(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w\-.]*)*"
# ... a name anywhere in a clause (:func:`_counted_subject_event`), not the tail of a word
# ... what may follow that name when it heads its phrase: a preposition, the clause of time itself, a comma
_EN_AFTER_HEAD = re.compile(r"\s*(?:,|(?:in|on|at|from|to|for|during|over|within|throughout|across|by|with|since|after|when|"
                            r"until|before|last|this|each|every)\b)")
_EN_CAPITALISED_NAME = re.compile(r"(?<![\w\-.])" + _EN_NAME)
_EN_TAIL = re.compile(r"(?:\s+(?:was|were|had\s+been|has\s+been))?\s+" + _EN_ADVERB + r"(?P<verb>[a-z]{3,}ed)\s+"
                      + _EN_COMPLEMENT + r"(?:in|on)\s+\Z"
                      r"|\s+" + _EN_ADVERB + r"(?:began|started|commenced|entered|went\s+into)\s+"
                      r"(?P<object>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}?)\s+(?:in|on)\s+\Z")
# ... and the whole subject before it, of one of four shapes:
# a name after "the" and the bare words that describe it, a conjunction of time first ("After the state-backed
# Mungnyeong Colliery", "the 12.6-kilometre Seopo Bridge"); no preposition among them ("the bridge to Seopo Island":
# the bridge's event, not the island's)
_EN_DESCRIBED_NAME = re.compile(r"\s*(?:(?:After|When|Before|Once|Until)\s+)?[Tt]he\s+"
                                r"(?P<words>(?:[a-z0-9][\w.\-]*\s+){1,3})(?P<name>" + _EN_NAME + r")")
_EN_PREPOSITIONS = frozenset({"of", "to", "in", "at", "on", "for", "from", "near", "with", "by", "between", "over",
                              "across", "under", "and", "or", "than", "into", "about"})
# a common noun and the name in apposition to it, between commas ("The last pit, Mungnyeong Colliery,")
_EN_NAMED_APPOSITION = re.compile(r"\s*(?:The|A|An|Its)\s+(?:[a-z0-9][\w.\-]*\s+){0,3}[a-z][\w\-]*,\s+(?P<name>" + _EN_NAME
                                  + r"),\s*")
# a name and an aside between commas that may hold a figure's thousands ("The Hanbit Logis Nuribeol Mega Hub, a
# parcel-sorting centre with a floor area of 165,000 m²,")
_EN_LONG_ASIDE = re.compile(r"\s*(?:The\s+)?(?P<name>" + _EN_NAME + r"),\s+(?P<aside>(?:[^,;()]|,(?=\d{3}))"
                            r"{1,100}?),\s*")
# a definite common noun the document names once ("The centre opened on 6 September", "The county was established
# in 1914"; "The museum, which opened in 2009")
_EN_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_EN_DEFINITE = re.compile(r"\s*The\s+(?P<noun>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}?)(?:,\s+which)?")


def _subject_event(text: str, first: int, q: Quantity, ms: Sequence[Mention], en_name: Callable[[str], bool],
                   previous: Mention | None) -> tuple[Span, Mention] | None:
    """The event right before a date and the name its whole subject is, when the subject is no bare name opening the
    clause (:data:`_EN_EVENT_BEFORE` reads those): a name described by "the" and bare words, a name in apposition to a
    common noun, a name with an aside that holds a figure's commas, a definite common noun the document names once
    (``structure.named_by_head``), or "It" for the topic of the sentence before (``previous``). None for any other
    subject: a noun a preposition governs, an aside that ends with another name ("X, which acquired Y, …"), two
    names of that head."""
    tail = _EN_TAIL.search(text, first, q.span.start)
    if tail is None:
        return None
    verb = Span(tail.start("verb"), tail.end("verb")) if tail.group("verb") else Span(tail.start("object"), tail.end("object"))
    subject = text[first : tail.start()]
    if subject.strip() == "It":
        return (verb, previous) if previous is not None else None
    described = _EN_DESCRIBED_NAME.fullmatch(subject)
    # (no preposition nor a verb's -ing among the descriptors: "The report describing Garam Bridge was completed" is the report's)
    if described is not None and not any(w in _EN_PREPOSITIONS or w.endswith("ing") for w in described.group("words").split()):
        m: re.Match[str] | None = described
    else:
        m = _EN_NAMED_APPOSITION.fullmatch(subject)
    if m is None:
        m = _EN_LONG_ASIDE.fullmatch(subject)
        if m is not None and _EN_NAME_BEFORE.search(m.group("aside")):
            return None  # "X, which acquired Nurim Bio, founded in 2017": the nearest name's apposition
    if m is not None:
        owner = _named(text, Span(first + m.start("name"), first + m.end("name")), ms, en_name)
        return (verb, owner) if owner is not None else None
    definite = _EN_DEFINITE.fullmatch(subject)
    # (the latest such name before it, on one line, and no other one of that head introduced since)
    found = _definite_name(text, definite.group("noun"), first) if definite is not None else None
    if found is None:
        return None
    known = next((x for x in ms if x.entity == found.text), None)
    return verb, known or Mention(found.span, found.text, None, discovered=True)


def _definite_name(text: str, noun: str, at: int) -> Phrase | None:
    """The name a definite description written at ``at`` stands for: the one name its head heads
    (``structure.named_by_head``); a name its head opens an "of" phrase of ("The museum" after "the Seoha Museum of
    Natural History", when the text writes no other name of that head); for a generic noun of events ("The four-day
    show", "The event") the one name before it whose head is a noun of events ("the Beoldam International Drone Expo")."""
    found = structure.named_by_head(text, noun, at)
    head = noun.rsplit(" ", 1)[-1]
    heads = (head,) + (tuple(sorted(_EN_EVENT_WORDS - {head})) if head in _EN_EVENT_WORDS else ())
    if found is None and head in _EN_EVENT_WORDS:
        named = {p.text: p for word in sorted(_EN_EVENT_WORDS - {"show", "event"})
                 if (p := structure.named_by_head(text, word, at)) is not None}
        found = next(iter(named.values())) if len(named) == 1 else None
    if found is not None and any(structure.introduced_again(text, w, found.span.end, at) for w in heads):
        return None  # ("a trade show … The show, which opened": the one introduced since, not the name)
    if found is not None:
        return found if _EN_OF_NAME.match(text, found.span.end) is None else None
    # ("Seoha Museum" of "the Seoha Museum of Natural History": the whole name, the only one of that head)
    pattern = re.compile(r"(?<![\w\-])(?:The\s+)?((?:[A-Z][\w\-]*\s+){1,4}" + re.escape(head.capitalize()) + r"\b(?:"
                         + _EN_OF_TAIL + r")?)")
    names = {m.group(1): m for m in pattern.finditer(text, max(0, at - 2000), at)}
    if len(names) != 1:
        return None
    (m,) = names.values()
    if _EN_OF_NAME.match(text, m.end(1)) is not None or " of " not in m.group(1):
        return None  # (a name with no "of" phrase is named_by_head's; one it found none for is no name here)
    if structure.introduced_again(text, head, m.end(1), at):
        return None  # ("… the Seoha Museum of Natural History, now runs a small private museum. The museum, which": that one)
    return Phrase(m.group(1), Span(m.start(1), m.end(1)), "named by its head")


def _edition_of(name: str, verb: str, q: Quantity) -> str | None:
    """The edition a date of a recurring event's opening or closing is of ("The show, which opened on Oct. 10, 2024"
    after "Last year's Beoldam International Drone Expo": the 2024 edition), as a claim's scope: the year the date
    is written in (or the dateline's); a day of no year known is of an edition of no year known, never placed in
    another edition's year. None for another event (a series launched, founded) or a name of no recurring event."""
    if name.rsplit(" ", 1)[-1].lower() not in _EN_RECURRING or verb.lower() not in _EN_EDITION_VERBS:
        return None
    if q.counter == NO_YEAR or q.low is None:
        return "edition of a year not written"
    return f"edition of {dt.date.fromordinal(int(q.low)).year}"


_EN_RECURRING = frozenset(w.lower() for w in editions._EVENT_NOUNS) | {"exhibition"}
_EN_EDITION_VERBS = frozenset({"opened", "closed", "began", "started", "ended", "held", "kicked"})

# Generic nouns of a recurring event's edition ("The four-day show", "the event") and the heads of the names they stand
# for (editions._EVENT_NOUNS, lower case)
_EN_EVENT_WORDS = frozenset({"show", "event", "expo", "fair", "festival", "exhibition"})
_EN_OF_TAIL = r"\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}"
