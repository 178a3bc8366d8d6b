"""Korean particles and endings: the one table the package reads them from.

Korean writes its particles (josa) on the word: 하이퍼클로바는, GPT-3보다, 2040억개의. Three
places need to know them, each for a different job, and each reads its view of the table below:

- binding, after a **name** (``하이퍼클로바는``): which particle follows, to tell a topic from an
  object or a comparison; the first form that matches wins, so longer forms come first;
- the term check, on a **noun** (``초격차를``): the particle is stripped before two spellings are
  compared; the longest form is tried first;
- quantity extraction, after a **numeral** (``이십일조원은``, ``십육입니다``, ``100원짜리``): only
  the first syllable matters there (a numeral word must not run on into another Hangul word).

A form belongs to a view because it occurs in that position in real text, not because it is a
particle in a grammar book: ``측`` (side, "네이버 측은") follows names, ``짜리`` follows numerals.
Predicate endings (연구할, 개발된) are listed apart: the term check never compares two verbs.
"""

from __future__ import annotations

from typing import Literal

Use = Literal["name", "noun", "numeral"]

# (form, the positions it is read in). The order is binding's: a longer form before its prefix.
_TABLE: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (form, frozenset(uses.split()))
    for form, uses in (
        ("에서는", "name noun"), ("으로는", "name noun"), ("이라는", "name noun"), ("이라고", "name noun"),
        ("으로", "name noun numeral"), ("에서", "name noun"), ("에게", "name noun"), ("보다", "name noun numeral"),
        ("처럼", "name noun numeral"), ("까지", "name noun numeral"), ("부터", "name noun numeral"),
        ("라는", "name noun"), ("라고", "name noun"), ("이란", "name noun"), ("와의", "name noun"),
        ("과의", "name noun"), ("이며", "name noun"), ("이고", "name noun"), ("이나", "name noun"),
        ("로서", "name"), ("로써", "name"), ("만큼", "name noun"), ("대비", "name"), ("같은", "name"),
        ("측은", "name"), ("측", "name"),
        ("은", "name noun numeral"), ("는", "name noun numeral"), ("이", "name noun numeral"),
        ("가", "name noun numeral"), ("을", "name noun numeral"), ("를", "name noun numeral"),
        ("의", "name noun numeral"), ("와", "name noun numeral"), ("과", "name noun numeral"),
        ("도", "name noun numeral"), ("만", "name noun numeral"), ("에", "name noun numeral"),
        ("로", "name noun numeral"), ("란", "name noun"), ("급", "name"), ("랑", "name noun numeral"),
        ("다", "name"), ("나", "name noun numeral"), ("엔", "name numeral"),
        # Only on nouns (the term check strips them).
        ("께", "noun"), ("야", "noun numeral"), ("이다", "noun"), ("로는", "noun"), ("로도", "noun"),
        ("에는", "noun"), ("에도", "noun"), ("으로도", "noun"), ("에서도", "noun"), ("이라며", "noun"),
        ("이라면", "noun"), ("에게서", "noun"), ("께서", "noun"), ("한테", "noun"), ("마저", "noun"),
        ("조차", "noun"), ("이었다", "noun"), ("였다", "noun"), ("이죠", "noun"),
        # Only after numerals: distributive, ordinal, approximate, per, copula ("십육입니다"), "짜리".
        ("씩", "numeral"), ("째", "numeral"), ("쯤", "numeral"), ("여", "numeral"), ("서", "numeral"),
        ("당", "numeral"), ("정도", "numeral"), ("밖에", "numeral"), ("뿐", "numeral"), ("간", "numeral"),
        ("차", "numeral"), ("짜리", "numeral"), ("며", "numeral"), ("면", "numeral"), ("고", "numeral"),
        ("입니다", "numeral"),
    )
)


def forms(use: Use) -> tuple[str, ...]:
    """The forms read in one position, in table order."""
    return tuple(form for form, uses in _TABLE if use in uses)


AFTER_NAME: tuple[str, ...] = forms("name")
"""Particles that may follow a name, the first match winning (binding)."""

ON_NOUN: tuple[str, ...] = tuple(sorted(forms("noun"), key=lambda s: (-len(s), s)))
"""Particles stripped from a noun, longest first (the term check)."""

AFTER_NUMERAL_START: frozenset[str] = frozenset(form[0] for form in forms("numeral"))
"""First syllables of what may follow a bare numeral word (quantity extraction)."""

TOPIC: tuple[str, ...] = ("은", "는", "도")
"""Particles that mark what a clause is about (하이퍼클로바는 …)."""

SUBJECT: tuple[str, ...] = ("은", "는", "이", "가", "도")
"""Particles that mark a clause's subject or topic."""

# Endings of verbs and adjectives (연구할, 연계한, 개발된, 진행하는): conjugated forms of two verbs
# are one jamo apart all the time (연구할/연계할 in seed 002), so the term check leaves them alone.
PREDICATE_ENDINGS: tuple[str, ...] = (
    "할", "한", "될", "된", "했", "됐", "던", "하는", "되는", "하며", "하고", "해서", "한다", "된다", "했다", "됐다",
    "하면", "하여", "하지", "있는", "없는", "있다", "없다", "적인", "적으로", "스럽다", "스러운",
    "하", "해", "되", "돼", "하게", "하기", "시킨", "시킬", "이라", "다", "며",
)
