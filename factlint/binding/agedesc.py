"""An age description standing for a person: "The 22-year-old from Seojin City Hall finished …" after "Kim Ha-ram
lowered the national record …"; "The 54-year-old former shipyard engineer, who …" after "Kim's Future Alliance also
took 13 of the 21 seats"; "The brace lifted the 29-year-old's season tally to 19" after "Tak Hyun-woo scored twice".

English news writes a person's age as a definite description once the person is named: "the N-year-old", then a
lowercase head, a prepositional phrase, a comma or a possessive "'s" — no name after it (that is "17-year-old Choi
Yu-na", :data:`ages.EN_BEFORE_NAME`). The description stands for the one person the sentence before names: a
romanised name ("Tak Hyun-woo"), a name the text gives an age or a role ("Mayor Lee"), or a surname alone ("Kim's
Future Alliance") when the text before wrote exactly one person of that surname in full. None when the sentence before
names two persons or none, or when the figure's own sentence names a person before the description: which one is not
written.
"""

from __future__ import annotations

import re

from .. import segment
from ..model import Quantity, Span
from . import anaphora, discourse, structure

# "the 22-year-old" before the figure's "-old": the determiner "the" right before the age
_THE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))[Tt]he\s+\Z")
# after "-old": a bare description — a possessive, a comma (an apposition), a preposition or "who" (never "of": "the
# 12-year-old of …") — or a head noun of a person (a word of agent in -er/-or/-ist/-ian/-man/-woman, or one of
# _PERSON_HEADS, after at most two modifiers: "former shipyard engineer"); never a capital (a name:
# ``ages.EN_BEFORE_NAME``) nor a thing ("The 52-year-old bakery employs …")
_PERSON_HEADS = r"(?:coach|chief|head|mayor|captain|star|ace|rookie|champion|athlete|veteran|mother|father|son|daughter|" \
                r"wife|husband|native|graduate|resident|official|founder|owner|chef|pilot|nurse|student)"
_BARE_AFTER = re.compile(r"-old(?:['’]s(?=\s)|(?=,\s)|\s+(?:from|at|in|with|who|whose)\b)")
_HEADED_AFTER = re.compile(r"-old\s+(?:[a-z][\w\-]*\s+){0,2}(?P<head>[a-z][\w\-]*(?:er|or|ist|ian|man|woman)|"
                           + _PERSON_HEADS + r")s?\b(?!\s+of\b)")
_SURNAME_POSSESSIVE = re.compile(r"(?<![\w\-])([A-Z][a-z]{1,5})['’]s(?=\s)")
_PERSON = re.compile(r"(?<![\w\-])[A-Z][a-z]{1,5}\s+[A-Z][a-z]{1,5}-[a-z]{1,5}(?![\w\-])")


def described_person(text: str, sentence: Span, q: Quantity) -> tuple[Span, str] | None:
    """The person an age description ("the 29-year-old", "The 54-year-old former shipyard engineer") stands for:
    where the text writes that person's name in the sentence before, and the name; None when the figure is no
    such description or the person is not one the sentence before names alone."""
    if not (q.unit == "year" and q.text.endswith("-year") and q.bound is None and not q.approx):
        return None
    if _THE_BEFORE.search(text, max(0, q.span.start - 8), q.span.start) is None:
        return None
    headed = None if _BARE_AFTER.match(text, q.span.end) else _HEADED_AFTER.match(text, q.span.end)
    if headed is None and _BARE_AFTER.match(text, q.span.end) is None:
        return None
    if _persons(text, Span(sentence.start, q.span.start)):
        return None  # "Coach Park praised Tak. The 29-year-old …": a person named in the figure's sentence may be it
    before = _sentence_before(text, sentence.start)
    if before is None:
        return None
    persons = _persons(text, before)
    if not persons:
        persons = _by_surname(text, before)
    names = {n for _, n in persons}
    if len(names) != 1:
        return None
    if headed is not None and not _role_of(text, persons[0][1], headed.group("head")):
        return None  # "Pedestrian Kim Min-su was hit … The 22-year-old driver": the head is someone else's role
    return persons[0]


def _role_of(text: str, name: str, head: str) -> bool:
    """Whether the text gives the person ``name`` the role ``head`` ("engineer"): as the title before the name
    ("Striker Tak Hyun-woo", "shipyard engineer Kim Do-yoon"), in an apposition after it ("Kim Do-yoon, a former
    shipyard engineer,"), or in a headline that opens with the role ("Shipyard engineer wins Haeun mayoralty") over
    a story whose first sentence opens with the person (its subject)."""
    word = re.escape(head) + r"s?"
    for m in re.finditer(re.escape(name) + r"(?![\w\-])", text):
        if re.search(r"(?<![\w\-])" + word + r"\s+\Z", text[max(0, m.start() - 40) : m.start()], re.I):
            return True
        if re.match(r",\s+(?:a|an|the)?\s*(?:[\w\-]+\s+){0,3}?" + word + r"(?![\w\-])", text[m.end() : m.end() + 80], re.I):
            return True
    lines = text.split("\n", 2)
    if len(lines) >= 2 and lines[0].strip() and lines[0].rstrip()[-1:] not in ".!?\"”" \
            and re.match(r"\s*(?:[\w\-]+\s+){0,2}?" + word + r"\s+[a-z]", lines[0], re.I):
        lead = next((line for line in text.split("\n")[1:] if line.strip()), "")
        opens = _persons(lead, Span(0, len(lead)))
        return bool(opens) and opens[0][1] == name and lead.find(name) <= lead.find(" ") + 60
    return False


def _persons(text: str, span: Span) -> list[tuple[Span, str]]:
    """The persons a stretch of English text names: romanised Korean names, and capitalised names the text gives an
    age or a role (``anaphora.english_person``)."""
    found = [(Span(m.start(), m.end()), m.group()) for m in _PERSON.finditer(text, span.start, span.end)]
    stretch = text[span.start : span.end]
    opener = structure.english_opener(stretch)
    for name in ([opener] if opener is not None else []) + discourse.english_names(text, span):
        at = text.find(name, span.start, span.end)
        if at >= 0 and " " in name and anaphora.english_person(text, name) \
                and not any(s.start <= at < s.end for s, _ in found):
            found.append((Span(at, at + len(name)), name))
    return sorted(found, key=lambda x: x[0].start)


def _by_surname(text: str, span: Span) -> list[tuple[Span, str]]:
    """"Kim's Future Alliance": the one person of that surname the text wrote in full before (none when two are)."""
    out = []
    for m in _SURNAME_POSSESSIVE.finditer(text, span.start, span.end):
        full = {n for n in _PERSON.findall(text, 0, span.start) if n.split()[0] == m.group(1)}
        if len(full) == 1:
            name = full.pop()
            at = text.rfind(name, 0, span.start)
            out.append((Span(at, at + len(name)), name))
    return out


def _sentence_before(text: str, start: int) -> Span | None:
    """The sentence before the one starting at ``start``: in its paragraph, else the last of the paragraph (the
    non-blank line) before."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip():
        own = [s for s in segment.sentences(text[line:start], line) if text[s.start : s.end].strip()]
        return own[-1] if own else None
    end = line - 1
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)
    if end <= 0:
        return None
    begin = text.rfind("\n", 0, end) + 1
    found = [s for s in segment.sentences(text[begin:end], begin) if text[s.start : s.end].strip()]
    return found[-1] if found else None
