"""The rule set as checks see it: frozen rules, entities, attributes, reference facts and rates.

Loading and validating rule files is ``config.rules``; this module is data only, so that checks
can depend on it without depending on the loader (which depends on the checks' option schemas).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..model import FrozenDict, Severity


@dataclass(frozen=True)
class Source:
    path: str
    line: int


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    severity: Severity
    description: str
    options: Mapping[str, Any]
    source: Source
    why: str = ""
    example: str = ""
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=FrozenDict)

    def __post_init__(self) -> None:
        # Deep-frozen, however made (the loader, a test, the cache): no check can mutate its rule.
        object.__setattr__(self, "options", freeze(self.options))
        object.__setattr__(self, "examples", freeze(self.examples))


# The entity type of a scope (전국 / nationwide, 전 세계 / global): its words are no names the binder
# finds in the text; a figure is the scope's when the word modifies the noun it measures (binding).
SCOPE = "scope"


@dataclass(frozen=True)
class Entity:
    """A thing claims are about. Which of its spellings the binder *recognises* and which the term
    check *accepts* as correct are two lists: ``name`` and ``aliases`` are both; ``wrong`` forms are
    recognised (a figure next to a misspelt name still binds) but reported; ``accepted`` spellings
    are correct but need no alias (the binder matches Latin names of four letters or more ignoring
    case: ``Llama`` for ``LLaMA``)."""

    name: str
    aliases: tuple[str, ...]
    type: str | None
    source: Source
    description: str = ""
    wrong: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The spellings the binder recognises."""
        return (self.name, *self.aliases, *self.wrong)

    @property
    def spellings(self) -> tuple[str, ...]:
        """The spellings the term check accepts, the name first."""
        return (self.name, *self.aliases, *(a for a in self.accepted if a != self.name and a not in self.aliases))


@dataclass(frozen=True)
class Attribute:
    name: str
    triggers: tuple[str, ...]
    dimension: str
    varies_over_time: bool
    source: Source
    description: str = ""
    subjects: tuple[str, ...] = ()
    whole: tuple[str, ...] = ()  # a share: words naming the whole its percentages are parts of


@dataclass(frozen=True)
class Fact:
    entity: str
    attribute: str
    value: int | float  # as written: an int stays an int (messages and reports show it so)
    source_text: str
    as_of: dt.date
    source: Source
    id: str | None = None
    unit: str | None = None
    tolerance: int | float = 0.0
    expires: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class Rate:
    base: str
    quote: str
    rate: int | float
    start: dt.date
    end: dt.date
    tolerance: int | float
    source_text: str
    source: Source


@dataclass(frozen=True)
class Measure:
    """One measure named in several languages (passengers: 이용객, 승객, passengers): groups claims
    whose discovered attributes name it, across languages; never binds a figure (factlint/measures.py).
    ``once``: the words are events that happen once to their entity (its founding, opening, completion:
    설립, 개항, founded, opened), whose dates the contradiction check's events mode compares. ``fixed``: a
    measure that does not change over the years (a lake's area): its figures meet whatever year the article is of.
    ``part``: the words name a part of a thing (활주로, runway), not a measure: "활주로 길이" and a runway of so many
    metres are the measure "runway length" (factlint/measures.py)."""
    name: str
    words: tuple[str, ...]
    source: Source
    once: bool = False
    fixed: bool = False
    part: bool = False


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...] = ()
    entities: tuple[Entity, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    facts: tuple[Fact, ...] = ()
    rates: tuple[Rate, ...] = ()
    files: tuple[str, ...] = ()
    measures: tuple[Measure, ...] = ()

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def kinds(self) -> frozenset[str]:
        return frozenset(r.kind for r in self.rules)


def freeze(value: Any) -> Any:
    """Deep-freeze parsed YAML so no check can mutate its rule (yamllint's wart)."""
    if isinstance(value, dict):
        return FrozenDict({k: freeze(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    return value
