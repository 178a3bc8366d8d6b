"""A role word capitalised before a personal name is no part of the name: "Striker Kang Tae-o scored 19 goals" is
Kang Tae-o's, "Coach Choi Min-jae said", "Chief executive Todd Stitzer said his …".

Decided by structure, not by a list of roles: the words after the first form a personal name, by its shape (a
romanised Korean name: a surname and a hyphenated given name, "Kang Tae-o", which has nothing before its surname)
or by the text (the first word is a common noun the document also writes in lower case, "the striker", and the
sentence speaks of the name as a person, "his", "her", "he", "she"). A company's or a place's name ("Standard
Chartered Bank", "North Gyeongsang Province") has no such shape and no personal pronoun, and keeps its first word.
"""

from __future__ import annotations

import re

from ..model import Span
from .structure import Phrase

# A romanised Korean personal name: a surname of one syllable and a given name of two, hyphenated ("Kang Tae-o")
_KOREAN_NAME = re.compile(r"[A-Z][a-z]{1,5}\s+[A-Z][a-z]{1,5}-[a-z]{1,5}")
# Two or three capitalised words: a personal name by its length, when the text speaks of it as a person
_NAME_WORDS = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2}")
_PERSONAL = re.compile(r"\b(?:his|her|he|she|him)\b")
# The role words before the name: one or two, the first capitalised ("Striker", "Chief executive", "Head Coach")
_ROLES = (re.compile(r"([A-Z][a-z]+)\s+"), re.compile(r"([A-Z][a-z]+\s+[A-Za-z][a-z]+)\s+"))


def without_role(text: str, phrase: Phrase, sentence: Span) -> Phrase:
    """``phrase`` without the role words before its personal name, else ``phrase`` itself."""
    for role in _ROLES:
        m = role.match(phrase.text)
        if m is None:
            continue
        rest = phrase.text[m.end() :]
        named = Phrase(rest, Span(phrase.span.start + m.end(), phrase.span.end), phrase.how)
        if _KOREAN_NAME.fullmatch(rest):
            return named
        first = m.group(1).split()[0]
        if _NAME_WORDS.fullmatch(rest) and re.search(r"(?<![\w\-])" + re.escape(first.lower()) + r"(?![\w\-])", text) \
                and _PERSONAL.search(text, phrase.span.end, sentence.end):
            return named
    return phrase
