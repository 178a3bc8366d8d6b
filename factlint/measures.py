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
period says that). Any other modifier — 국제선 이용객 (international passengers), 추정 사망자
(estimated deaths), 전국 평균기온 — may name a part or another measure, so the attribute names none.
Words are compared case-insensitively; no stemming, no fuzzy match: a form not listed (an English
plural, a spacing variant) is added to the file.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Mapping

from .config.ruleset import RuleSet

# Words before a head that say only which year a figure is for: the claim's period carries that.
_TIME_WORDS = frozenset({
    "올해", "지난해", "작년", "금년", "연간", "올여름", "지난여름", "올겨울", "지난겨울",
    "annual", "yearly", "this year's", "last year's",
})
_SPACE = re.compile(r"\s+")


# The glossary of each rule set, built once per process: the bilingual rule's summary asks for it for
# every article (keyed by id, kept with the rule set so that the id is not reused while cached).
_GLOSSARIES: dict[int, tuple[RuleSet, Mapping[str, str]]] = {}


def glossary(ruleset: RuleSet) -> Mapping[str, str]:
    """Each measure word of the rule set, case-folded, → its measure's name (read-only, shared)."""
    cached = _GLOSSARIES.get(id(ruleset))
    if cached is not None and cached[0] is ruleset:
        return cached[1]
    words = MappingProxyType({w.casefold(): m.name for m in ruleset.measures for w in m.words})
    _GLOSSARIES[id(ruleset)] = (ruleset, words)
    return words


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
            return words[head] if all(t in _TIME_WORDS for t in _modifiers(tokens[:cut])) else None
    return None


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
