"""The entity a paragraph is about, for a clause that names none (issue #14, item 2: discourse; centering).

"Hanbit Motors sold 120,000 cars last year. Operating profit rose 50% to 1.2 trillion won": the second sentence's
subject is only the measured noun, with no name, possessor or scope word of its own; it goes on about the entity the
discourse is about at that point (the owner of the claim before, else the document's topic), as a reader takes it.
This module holds the structural tests; the binder (``_discourse_owner``) picks the entity:

- the measured noun is the subject or topic of the figure's clause, bare ("Operating profit rose", "Annual
  precipitation averages", "사업비는 …", "올해 관광객은 …"): no determiner, pronoun, name or possessor before it;
- the sentence names no other entity (the figure may be that one's) and the figure is no comparison's object
  ("보다", "above the average of …") and no parenthesised value of another noun ("평년(23.7℃)").
"""

from __future__ import annotations

import re
from typing import Sequence

from ..model import Span
from . import structure
from .words import Word

# A bare English subject before the measured noun: a fronted time or attribution phrase, then at most three
# lowercase words or one capitalised first word (a modifier of the measured noun: "Annual", "Operating", "Ticket")
_EN_FRONT = r"(?:" + structure.EN_FRONTED + r"|(?:For|In|At|Over|During|On)\s+[^,]{1,40},\s+)"
_EN_FRONTED = re.compile(r"\s*" + _EN_FRONT + "?")
_EN_BARE_BEFORE = re.compile(r"\s*" + _EN_FRONT + r"?(?:[A-Za-z][a-z\-]*\s+){0,3}\Z")
# The words that make a subject no bare measure noun: a determiner, a pronoun, a demonstrative, a quantifier
_EN_NOT_BARE = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "its", "their", "his", "her",
                          "our", "my", "your", "they", "he", "she", "we", "i", "there", "which", "who", "what", "some",
                          "all", "both", "each", "every", "many", "most", "few", "another", "other", "such", "no",
                          "one", "two", "three", "while", "whereas", "when", "if", "as", "than", "and", "but", "or"})
# After the measured noun, up to the figure: no comma (a second clause, an apposition), no "than"/"of" a comparison
# or possessor brings, no name (capitalised word inside the stretch)
_EN_STRETCH_BLOCK = re.compile(r"[,;:()]|\b(?:than|compared|versus|vs)\b")
# A capitalised word inside an English sentence (after a lowercase word or a comma): a name it writes
_EN_INSIDE_NAME = re.compile(r"(?<=[a-z0-9,;:)] )(?:[A-Z][\w&.\-]*)(?:\s+(?:of\s+)?[A-Z][\w&.\-]*)*")
_EN_NOT_NAMES = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                           "Saturday", "Sunday", "I"})
# a Korean comparison's object or base right after the figure or its noun ("전년(21명)보다", "평년 대비")
_KO_COMPARED_AFTER = re.compile(r"\)?\s?(?:보다|대비|에\s?비해)(?![가-힣])")
# the particles of a Korean subject or topic, and of an object
_KO_SUBJECT = frozenset({"은", "는", "이", "가"})
_KO_OBJECT = frozenset({"을", "를"})
# words that point back to a group a figure before counted ("이 가운데 서진 지역 선수는 287명": a part of that group)
_KO_POINTING = frozenset({"이", "그", "이들", "가운데", "중", "그중", "이중", "이 중"})
_KO_OBJECT_AFTER = re.compile(r"(?:을|를)\Z")
# the name a wire story's lead opens with, before its apposition or its verb ("SK Hynix, the world's …, said")
# (past "The", a place's possessive or descriptors in lowercase: "South Korean biotech Cellonix Inc said", "South
# Korea's Hanbit Heavy Industries said", "The Port of Seojin on … handled")
_EN_LEAD_NAME = re.compile(r"\s*(?:The\s+|(?:South\s+)?Korea(?:['’]s|n)\s+(?:[a-z][a-z\-]*\s+){0,3})?"
                           r"([A-Z][\w&.\-]*(?:\s+(?:of\s+)?[A-Z][\w&.\-]*)*)"
                           r"(?=,\s|\s*\(|\s+(?:said|says|reported|posted|has|had|is|was|came|handled|won|sold|on|in)\b)")


def lead_name(sentence: str) -> str | None:
    """The capitalised name an English lead opens with (past a dateline) as its subject, before a comma, a verb or
    the place phrase after it: the name a wire story or a report is about."""
    dateline = structure.EN_DATELINE.match(sentence)
    found = _EN_LEAD_NAME.match(sentence, dateline.end() if dateline is not None else 0)
    return found.group(1).rstrip(".") if found is not None else None


def english_bare_subject(text: str, clause: Span, head: Span, figure: Span) -> bool:
    """Whether the measured noun opens the figure's English clause as its bare subject ("Operating profit rose 50%
    to …", "In 2024, annual precipitation averaged 1,520 mm", "Revenue for the quarter was …"): nothing but a fronted
    phrase and modifiers before it, no determiner or pronoun, and no comma, comparison or name between it and the
    figure."""
    if not clause.start <= head.start < head.end <= figure.start:
        return False
    before = text[clause.start : head.start]
    if _EN_BARE_BEFORE.fullmatch(before) is None:
        return False
    fronted = _EN_FRONTED.match(before)
    modifiers = before[fronted.end() if fronted is not None else 0 :].split()
    if any(w.lower() in _EN_NOT_BARE for w in modifiers) or any(w[:1].isupper() for w in modifiers[1:]):
        return False
    first = (modifiers or text[head.start : head.end].split())[0]
    if first.lower() in _EN_NOT_BARE:
        return False
    return _EN_STRETCH_BLOCK.search(text, head.end, figure.start) is None and not english_names(text, Span(head.end, figure.start))


# Before a figure that opens its clause as the subject's count: a fronted phrase, a speaker and its verb of saying
# ("Organisers said", "the city says that"), and an approximation ("About", "A total of", "More than")
_EN_COUNT_BEFORE = re.compile(r"\s*" + _EN_FRONT + r"?(?:(?:[A-Za-z][a-z\-]*\s+){1,3}(?:said|says|say)(?:\s+that)?\s+)?"
                              r"(?:(?:[Aa]bout|[Ss]ome|[Aa]round|[Rr]oughly|[Nn]early|[Aa]lmost|[Oo]ver|[Oo]nly|[Jj]ust\s+"
                              r"(?:over|under)|(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than|[Aa]\s+total\s+of|[Aa]n\s+estimated|"
                              r"[Aa]pproximately|[Uu]p\s+to)\s+)?\Z")
# After the counted noun (and a phrase of where its members came from): a verb of taking part in, coming to or
# watching an event, a fact (not a forecast or a plan: "are expected to attend", "will take part"); not a verb of
# living or working somewhere ("40,000 people live in the county": a place's) nor a part ("70% of bondholders")
_EN_COUNT_VERB = re.compile(r"(?:\s+from\s+(?:[\w,\-]+\s+){0,4}?(?:countries|cities|provinces|teams|nations|abroad|overseas))?"
                            r"\s+(?:(?:also|then|all|each)\s+)?(?:took\s+part|take\s+part|came|attended|visited|entered|"
                            r"started|finished|competed|participated|joined|registered|signed\s+up|turned\s+out|set\s+up|"
                            r"exhibited|watched|crossed\s+the\s+finish|made\s+it|lined\s+up|flocked|poured|"
                            r"have\s+(?:signed\s+up|registered|entered)|had\s+(?:signed\s+up|registered|entered))\b")
# A fronted phrase that sets a count in another event or place ("At a rival fair,", "In a second race"): whose
# count it is, is not the article's event
_EN_OTHER_FRONT = re.compile(r"\b(?:a|an|another|other|rival|second|neighbouring|neighboring|nearby)\b")


def english_counted_subject(text: str, clause: Span, head: Span, figure: Span, sentence: Span) -> str | None:
    """Whether the figure opens its English clause as the count of its subject, the counted noun right after it
    ("About 68,000 visitors came through the gates", "A total of 118 riders from 20 teams started …", "Organisers said
    1,146 swimmers took part"): the noun is what is counted, the clause names no owner, and the discourse's entity
    (the fair, the race the sentence before is about) is what the count is of, as a Korean subjectless clause's.
    The counted noun, or None."""
    if not figure.start <= head.start <= figure.end + 1 or not head.end > figure.end:
        return None
    start = min(clause.start, figure.start) if _EN_COUNT_BEFORE.fullmatch(text, clause.start, figure.start) else sentence.start
    if _EN_COUNT_BEFORE.fullmatch(text, start, figure.start) is None or _EN_OTHER_FRONT.search(text, start, figure.start):
        return None
    noun = re.match(r"\s*([a-z][a-z\-]*s)\b", text[figure.end : sentence.end])  # the counted noun, a plural
    if noun is None or _EN_COUNT_VERB.match(text, figure.end + noun.end(), sentence.end) is None:
        return None
    return noun.group(1)


# A name of an event: capitalised words (joined by "&", "of", "de") one of which is an event's head noun ("Silmaru
# International Textile & Fashion Fair", "12th Damra International Marathon", "Tour de Soha", "Korea Swimming
# Championships")
_EN_EVENT_NAME = re.compile(r"(?<![\w\-])(?:[0-9]+(?:st|nd|rd|th)\s+)?[A-Z][\w\-]*(?:\s+(?:(?:&|of|de|and)\s+)?[A-Z][\w\-]*)*")
_EN_EVENT_HEADS = frozenset({"Fair", "Marathon", "Championships", "Championship", "Tour", "Race", "Festival", "Games",
                             "Expo", "Show", "Cup", "Open", "Meet", "Tournament", "Exhibition", "Conference", "Forum",
                             "Biennale", "Fest", "Regatta", "Rally", "Classic", "Convention", "Summit", "Week"})


def english_events(text: str, span: Span) -> list[str]:
    """The names of events an English title or lead writes, in order ("Kiprop breaks course record at Damra Marathon",
    "… won the 12th Damra International Marathon"): capitalised names with an event's head noun among their words."""
    found = (m.group() for m in _EN_EVENT_NAME.finditer(text, span.start, span.end))
    return [n for n in found if any(w in _EN_EVENT_HEADS for w in n.split()) and not no_name(n)]


def no_name(word: str) -> bool:
    """Whether a capitalised word is no name: a month, a weekday, a range of them ("October-December")."""
    return set(re.split(r"[\s\-]+", word)) <= _EN_NOT_NAMES


def english_names(text: str, sentence: Span) -> list[str]:
    """The names an English sentence writes inside it (capitalised after a lowercase word or a comma)."""
    found = (m.group().rstrip(".") for m in _EN_INSIDE_NAME.finditer(text, sentence.start, sentence.end))
    return [n for n in found if not no_name(n)]  # ("the October-December quarter")


def korean_bare_subject(ws: Sequence[Word], clause: Span, head: Span, figure: Span) -> bool:
    """Whether the measured noun is the subject or topic of the figure's Korean clause with nothing of its own before
    it but time words ("총사업비는 1조 2천억 원이다", "올해 관광객은 …", "누적 탑승객은 24만 6천여 명이다"): its last word
    carries 은/는/이/가, no word before it in the clause carries a particle (a possessor 의, another topic or
    subject, an object: "서진시는 … 경제 효과를"), and none is in brackets."""
    inside = [w for w in ws if clause.start <= w.start < figure.start]
    last = next((w for w in inside if w.start < head.end <= w.end), None)
    if last is None or last.particle not in _KO_SUBJECT or last.inside:
        return False
    if any(w.particle in _KO_OBJECT for w in inside if w.start >= last.end):
        return False  # "서진시는 대회 기간 경제 효과를 약 42억 원으로 추산했다": the topic acts on what is measured
    if _KO_OBJECT_AFTER.match(particle_at(ws, figure)):
        return False  # "미래에셋증권은 1,400억 원을 예상했다": the figure is the verb's object, the topic its agent
    verb = next((w for w in ws if w.start >= figure.end and w.predicate), None)
    if verb is not None and structure.speaks(verb.text):
        return False  # "논문은 700억개로 밝혔다": the topic says the figure, a source, not what it measures
    return not any(w.particle or w.inside or w.predicate or w.text in _KO_POINTING for w in inside if w.end <= head.start)


def particle_at(ws: Sequence[Word], figure: Span) -> str:
    """The particle closing the word that holds the figure's end ("원을" → "을")."""
    word = next((w for w in ws if w.start <= figure.start < w.end or w.start < figure.end <= w.end), None)
    return word.particle if word is not None else ""


def korean_compared(text: str, figure: Span) -> bool:
    """Whether a Korean figure is a comparison's base or a bracketed value ("전년(21명)보다", "평년(23.7℃)")."""
    return text[figure.start - 1 : figure.start] == "(" or _KO_COMPARED_AFTER.match(text, figure.end) is not None


# Before a bare head: another phrase (a comma, a particle other than 의), a time or a sentence adverb; anything else
# modifies it (a determiner, "다른 대회는"; an adnominal clause, "새로 들어선 공장은"; a noun, "지역 공장은")
_KO_TIME_WORD = re.compile(r"(?:올해|지난해|작년|내년|금년|이날|당일|지난달|이달|이번달|다음달|최근|현재|당초|앞서|이후|이어|그동안|"
                           r"\d+(?:년|월|일|분기|반기)|[상하]반기|연초|연말|올초)$")
_KO_SENTENCE_ADVERBS = frozenset({"그러나", "하지만", "한편", "또", "또한", "특히", "아울러", "다만", "반면", "이에", "따라서",
                                  "그래서", "결국", "실제로", "이와", "함께", "이밖에", "그밖에", "따라"})
# adverbs of what is usual: a bare head in their sentence is the kind, not the one thing named ("공장은 보통 …")
_KO_GENERIC = frozenset({"보통", "대개", "대체로", "흔히", "일반적으로", "통상", "통상적으로", "으레", "대부분"})


def korean_bare_head(ws: Sequence[Word], phrase: Span, sentence: Span) -> bool:
    """Whether a Korean topic or subject is a generic head alone ("대회는 올해 …", "시는 2030년까지 …", "센터는
    지하 1층 …"): one word, the noun and 은/는/이/가, no 들 of a plural ("공장들은"), not in brackets or quotes,
    nothing before it in the sentence that modifies it ("다른 대회는", "각 공장은", "새로 들어선 공장은", "지역
    공장은", "서하군의 공장은") and no adverb of what is usual in the sentence ("공장은 보통 …"): a definite noun
    phrase, the one thing of that kind the article is about (the binder finds which: ``_only_headed``)."""
    k = next((i for i, w in enumerate(ws) if w.start == phrase.start and w.stem_end == phrase.end), None)
    if k is None:
        return False
    w = ws[k]
    if w.particle not in _KO_SUBJECT or w.inside or w.opens or w.stem.endswith("들") or not w.hangul:
        return False
    if any(x.stem in _KO_GENERIC or x.text in _KO_GENERIC for x in ws if sentence.start <= x.start < sentence.end):
        return False
    return unmodified(ws, k, sentence)


def unmodified(ws: Sequence[Word], k: int, sentence: Span, after_clause: bool = False) -> bool:
    """Whether nothing before the word ``k`` in its sentence modifies it: it opens the sentence, or a comma, a
    phrase closed by a particle other than 의 ("지난해에는 시가 …", "이에 따라 …"), a time word or a sentence adverb
    stands before it; with ``after_clause``, also a verb that ends a clause ("시 집계에 따르면 동물원의 …"), not an
    adnominal one ("새로 문을 연 동물원의": which one of its kind)."""
    if k == 0 or ws[k - 1].start < sentence.start:
        return True
    before = ws[k - 1]
    if before.closes.startswith(",") or before.text.endswith(","):
        return True
    if before.particle and before.particle != "의":
        return True
    if after_clause and before.predicate and not time_word(before.stem):
        return not structure.adnominal_form(before.text)
    return not before.particle and (time_word(before.stem) or before.stem in _KO_SENTENCE_ADVERBS)


def time_word(stem: str) -> bool:
    """Whether a Korean word says when ("올해", "지난달", "2025년", "하반기"): a word of the clause, no modifier."""
    return _KO_TIME_WORD.search(stem) is not None
