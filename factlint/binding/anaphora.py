"""A personal pronoun in owner position stands for the entity the discourse is about (issue #14, item 2: anaphora).

"Last year it welcomed 3.1 million visitors", "It covers an area of 11.4 km²" (an entry's section), "Its 2025 city
budget of 4.215 trillion won is …", "SK Hynix … said on Thursday its fourth-quarter operating profit rose 15%", "a
ranger named Park Ji-ho told me he walks 20 to 30 km", "… 자란 그는 지난 시즌 27골을 몰아치며": the figure's clause
has no name of its own, only a pronoun as its subject, topic or possessor. This module holds the structural test (is
the pronoun the owner of the figure's clause, which kind of entity may it stand for, is it the object of a verb of
saying whose subject it then stands for); the binder (``_pronoun_owner``) picks the entity.

Not a pronoun in owner position: "It is expected that …", "it takes 3 hours" (an empty subject: the binder's
``_EMPTY_IT``), "이는" (a clause), "그 결과", "이 기간" (a demonstrative before a common noun: no pronoun), a pronoun
after a comma or a comparison word between it and the figure ("…, above the industry average of 78%").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Sequence

from ..model import Span
from .words import Word


class Pronoun(NamedTuple):
    """A pronoun owning the figure's clause: where it is, whether it stands for a person, and where the verb of
    saying it is the object of starts (``said_at``: "X said its …", "X told me he …"), else -1."""

    span: Span
    person: bool
    subject: bool  # "it", "he", "그는": the subject or topic ("its", "his", "그의": a possessor)
    said_at: int
    head: str = ""  # "the city's", "The spa's": a definite description's head noun, what the entity is called


# Fronted adverbials before the pronoun: a time ("Last year", "Today"), a prepositional phrase with or without its
# comma ("In its first month", "By 2024,", "At the peak of construction"), a conjunction
_EN_FRONT = (r"(?:(?:and|but|so|yet|And|But|So|Yet)\s+|(?:(?:Last|This|Next|last|this|next)\s+(?:year|month|week|season|"
             r"quarter|summer|winter|spring|autumn)|Today|Now|Currently|Previously|today|now|currently),?\s+"
             r"|(?:In|At|By|During|Over|Since|After|Until|Through|For|On|in|at|by|during|over|since|after|until|through|for|on)"
             r"\s+[^,;:()\"“”]{1,40}?,?\s+)")
_EN_PRONOUN = re.compile(r"\s*(?:" + _EN_FRONT + r"){0,2}?(?:(?P<subj>[Ii]t|[Hh]e|[Ss]he)|(?P<poss>[Ii]ts|[Hh]is|[Hh]er)"
                         # a definite description as the possessor ("The spa's water is …", "Of the plant's 350 staff")
                         r"|(?:Of\s+)?(?P<the>[Tt]he\s+(?P<head>[a-z][a-z\-]+)['’]s))(?=\s)")
# A sentence's words before the figure's clause that are only fronted phrases (the pronoun opens the sentence): a
# pronoun after anything else ("Analysts expect that it …") is inside another clause, whose subject may be anyone
_EN_FRONT_ONLY = re.compile(r"\s*(?:" + _EN_FRONT + r"){0,3}")  # bounded: a run of phrases splits many ways
# The verb of saying a reported clause's pronoun is the object of, right before it: "said on Thursday its …",
# "told me he …", "says that it …" (its subject is who the pronoun stands for)
_EN_SAYING = r"\b(?:said|says|told\s+(?:me|us|reporters)|announced|reported|estimated)(?:\s+on\s+[A-Z][a-z]+)?(?:\s+that)?"
_EN_SAID_BEFORE = re.compile(_EN_SAYING + r"\s+\Z")
_EN_SAID_PRONOUN = re.compile(_EN_SAYING + r"(?=\s+(?:its|it|his|her|he|she)\b)")
# Between the pronoun and the figure: nothing that opens another clause or phrase the figure may belong to (a
# comma, a comparison, a relative clause, a subordinate clause)
_EN_STRETCH_BLOCK = re.compile(r"[,;:()\"“”]|\b(?:than|compared|versus|vs|against|while|whereas|which|who|when|as|"
                               r"because|if|unless|after|before|the\s+[a-z\-]+['’]s|"
                               # a forecast, a plan or a hope: no fact of the pronoun's entity ("it expects to sell …")
                               r"expect(?:s|ed)?|plan(?:s|ned)?|aim(?:s|ed)?|hope(?:s|d)?|forecasts?|target(?:s|ed)?|"
                               r"intend(?:s|ed)?|want(?:s|ed)?|"
                               r"will|would|could|may|might)\b")
# A definite description as the subject of the figure's clause, past fronted phrases: "The" and one lowercase noun
# ("The library", "The island", "The company"), then its verb, right after it or past a non-restrictive relative
# clause or apposition between commas ("The museum, which opened in 2009, houses …", "The yard, one of the largest in
# the world, covers …"); or the figure inside that relative clause ("The library, which covers 11,200 m², …")
# ("At the end of 2024 the company had 710 employees", "According to the city, the zoo drew 742,000 visitors": past a
# fronted phrase the article is lowercase; an attribution before its comma is a fronted phrase too, its source no owner)
_EN_ATTRIBUTED = r"According\s+to\s+[^,;:()\"“”]{1,60},\s+"
_EN_DEFINITE = re.compile(r"\s*(?:" + _EN_ATTRIBUTED + r"|" + _EN_FRONT + r"){0,2}?(?P<the>(?:The|(?<=\s)the)\s+"
                          r"(?P<head>[a-z][a-z\-]+))(?=[\s,])")
_EN_RELATIVE = re.compile(r",\s+(?:which|that)\s+")
_EN_COMMA = re.compile(r",\s")  # (a comma between words, not inside "11,200")
_EN_APPOSITION = re.compile(r",\s+(?:one\s+of|an?|the)\s+[^,;:()\"“”]{1,80}?,")
_EN_VERB_NEXT = re.compile(r"\s+(?:(?:now|also|still|currently|then|already|once|only)\s+)?(?:is|was|are|were|has|had|"
                           r"have|can|could|did|does|began|won|sold|made|built|grew|rose|fell|took|drew|became|bought|"
                           r"paid|spent|held|ran|lay|stood|saw|led|kept|cost|hit|lent|sent|brought|gave|got|found|set|"
                           r"[a-z]{2,}ed|[a-z]{2,}(?<!s)s(?!\s+(?:[a-z]{2,}ed|is|was|are|were|has|had|have|will|would|can|could)\b))\s")
# (a word in -s before a verb is a plural noun of a compound subject: "The tunnel builders hired 300 workers")
_EN_PERSONS = frozenset({"he", "she", "his", "her"})
_EN_SUBJECTS = frozenset({"it", "he", "she"})

# Korean personal pronouns with the particle of a topic, subject or possessor ("그는", "그녀가", "그의"); "그" alone
# before a noun is a determiner ("그 결과"), "이는"/"이같은" refer to a clause
_KO_PERSONS = frozenset({"그", "그녀"})
_KO_OWNER_PARTICLES = frozenset({"은", "는", "이", "가", "의"})


def english(text: str, clause: Span, figure: Span, sentence: Span) -> Pronoun | None:
    """The personal pronoun opening the figure's English sentence (past fronted phrases) as its subject or its
    subject's possessor ("Last year it welcomed …", "Its mean depth is …"), or the clause reported after a verb of
    saying ("said on Thursday its … rose"), with nothing between it and the figure that opens another clause or
    phrase."""
    opening = clause.start <= sentence.start + 1 or _EN_FRONT_ONLY.fullmatch(text, sentence.start, clause.start) is not None
    for start in dict.fromkeys((sentence.start if opening else -1, _reported_start(text, sentence, figure))):
        if start < 0:
            continue
        found = _EN_PRONOUN.match(text, start, figure.start)
        if found is None:
            continue
        group = "subj" if found.group("subj") else "poss" if found.group("poss") else "the"
        word = found.group(group)
        span = Span(found.start(group), found.end())
        if _EN_STRETCH_BLOCK.search(text, span.end, figure.start) is not None \
                or re.search(r"\b(?:a|an)\s+\Z", text[span.end : figure.start]):  # ("runs past a 2.3 km bypass")
            return None
        said = _EN_SAID_BEFORE.search(text, sentence.start, span.start)
        said_at = said.start() if said is not None and said.end() == span.start else -1
        return Pronoun(span, word.lower() in _EN_PERSONS, word.lower() in _EN_SUBJECTS, said_at, found.group("head") or "")
    return _definite(text, figure, sentence)


def _definite(text: str, figure: Span, sentence: Span) -> Pronoun | None:
    """A definite description opening the figure's sentence as the subject of the figure's clause ("The island is
    roughly 74 km long", "The museum, which opened in 2009, houses some 120,000 specimens", "The library, which
    covers 11,200 m²"): what the description's noun names owns the figure, as "it" would."""
    found = _EN_DEFINITE.match(text, sentence.start, figure.start)
    if found is None:
        return None
    end = found.end()
    relative = _EN_RELATIVE.match(text, end, figure.start)
    apposition = _EN_APPOSITION.match(text, end, figure.start) if relative is None else None
    comma = _EN_COMMA.search(text, relative.end(), figure.start) if relative is not None else None
    if relative is not None and comma is None:
        end = relative.end()  # the figure is inside the relative clause, whose subject "which" is the description
    elif relative is not None or apposition is not None:
        end = comma.start() + 1 if comma is not None else apposition.end() if apposition is not None else end
        if _EN_VERB_NEXT.match(text, end) is None:
            return None
    elif _EN_VERB_NEXT.match(text, end) is None:
        return None
    span = Span(found.start("the"), end)
    if _EN_STRETCH_BLOCK.search(text, span.end, figure.start) is not None \
            or re.search(r"\b(?:a|an)\s+\Z", text[span.end : figure.start]):
        return None
    return Pronoun(span, False, True, -1, found.group("head"))


def _reported_start(text: str, sentence: Span, figure: Span) -> int:
    """Where a reported clause right after a verb of saying starts, before the figure ("X said on Thursday its …"):
    the pronoun there is its subject or possessor; -1 when there is none."""
    said = _EN_SAID_PRONOUN.search(text, sentence.start, figure.start)
    return said.end() if said is not None else -1


def korean(ws: Sequence[Word], figure: Span, sentence: Span) -> Pronoun | None:
    """The Korean personal pronoun that is the topic, subject or possessor of the figure's sentence ("묵령에서 자란
    그는 지난 시즌 27골을", "그녀의 연봉은 …"): 그/그녀 with its particle, before the figure, and no other topic or
    subject between them."""
    before = [w for w in ws if sentence.start <= w.start and w.end <= figure.start]
    for i, w in enumerate(before):
        if w.stem in _KO_PERSONS and w.particle in _KO_OWNER_PARTICLES and not w.inside:
            if any(x.particle in ("은", "는", "이", "가") and x.stem not in _KO_PERSONS for x in before[i + 1 :]
                   if x.particle != "의"):
                return None
            return Pronoun(Span(w.start, w.end), True, w.particle != "의", -1)
    return None


# A romanised Korean personal name ("Park Ji-ho", "Choi Yun-ah") and a Korean name of two to four syllables
_EN_PERSON_NAME = re.compile(r"[A-Z][a-z]{1,5}\s+[A-Z][a-z]{1,5}-[a-z]{1,5}")
# An English person written with an age or an honorific: "Park Do-hyun, 52,", "Mr Kim"
_EN_AGED = r",\s(?:[1-9][0-9]?|1[01][0-9]),\s"


# A person's role or title right before a name ("chief executive Park", "Mayor Lee", "Dr Kim")
_EN_ROLE_BEFORE = (r"(?:[Ee]xecutive|[Dd]irector|[Aa]nalyst|[Mm]anager|[Mm]inister|[Ss]pokes(?:man|woman|person)|[Oo]fficial|"
                   r"[Cc]hair(?:man|woman)?|[Pp]resident|[Mm]ayor|[Cc]oach|[Pp]rofessor|[Rr]esearcher|[Ee]conomist|[Oo]fficer|"
                   r"[Cc]hief|[Gg]overnor|[Ss]ecretary|CEO|Mr|Ms|Mrs|Dr|[Rr]anger|[Ss]triker|[Pp]layer|[Nn]amed)\.?\s+")


@lru_cache(maxsize=4096)
def english_person(text: str, name: str) -> bool:
    """Whether an English name is a person's: a romanised Korean name's shape, a name the text gives an age ("Park
    Do-hyun, 52, said") or writes after a person's role or title ("chief executive Park", "Mayor Lee")."""
    return _EN_PERSON_NAME.fullmatch(name) is not None or re.search(re.escape(name) + _EN_AGED, text) is not None \
        or re.search(r"(?<![\w\-])" + _EN_ROLE_BEFORE + re.escape(name) + r"(?![\w\-])", text) is not None


def speaker(text: str, sentence: Span, said_at: int, names: Sequence[tuple[Span, str]]) -> str | None:
    """Who the verb of saying at ``said_at`` has as its subject: the last name before it in the sentence, when no
    verb or clause boundary stands between them ("SK Hynix, the world's …, said", "a ranger named Park Ji-ho told
    me")."""
    before = [(s, n) for s, n in names if sentence.start <= s.start and s.end <= said_at]
    if not before:
        return None
    span, name = before[-1]
    opening = text[max(sentence.start, *(text.rfind(c, sentence.start, span.start) + 1 for c in ",-—–")) : span.start]
    if re.search(r"\b(?:for|at|of|from|with|by|to|in)\s", opening):
        return None  # "A spokesman for carmaker Daemyung Motors said it …": the name is inside the subject, not it
    between = text[span.end : said_at]
    if re.search(r"\b(?:and|but|while|which|who|that|when)\b|[;:]", between) is not None or between.count(",") not in (0, 2):
        return None
    return name
