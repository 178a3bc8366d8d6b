"""What a check sees: the documents, their per-document analysis and the rule set."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from .config.rules import Rule, RuleSet
from .model import Block, Claim, Document, FrozenDict, Quantity


@dataclass(frozen=True)
class Analysis:
    """Everything computed from one document alone: cacheable by content hash, computed in parallel."""

    path: str
    blocks: tuple[Block, ...]
    # Every quantity of the document. Only per-document work (binding, prepare) reads them, so an
    # analysis that crosses a process boundary or goes into the cache drops them (None): on a
    # 10,000-article corpus they were most of what a warm run unpickled.
    quantities: tuple[Quantity, ...] | None = ()
    claims: tuple[Claim, ...] = ()
    unbound: tuple[Quantity, ...] = ()
    prepared: Mapping[str, Any] = field(default_factory=FrozenDict)
    errors: tuple[str, ...] = ()  # crashes of per-document work: reported as internal errors, the run goes on


def lean(analysis: Analysis) -> Analysis:
    """The analysis without its free-standing quantities, for transport and the cache."""
    return replace(analysis, quantities=None)


@dataclass(frozen=True)
class Context:
    documents: tuple[Document, ...]
    analyses: Mapping[str, Analysis]
    ruleset: RuleSet
    today: dt.date = field(default_factory=dt.date.today)

    def document(self, path: str) -> Document:
        return next(d for d in self.documents if d.path == path)

    def blocks(self, path: str) -> tuple[Block, ...]:
        return self.analyses[path].blocks

    def prepared(self, rule: Rule, path: str) -> Any:
        return self.analyses[path].prepared.get(rule.id)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for d in self.documents for c in self.analyses[d.path].claims)
