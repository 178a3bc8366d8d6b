"""The one interface every check implements, and what the engine hands it.

A check is an object of a :class:`Check` subclass, registered once in ``checks/__init__.py``. It
works in two steps, which is what lets the engine run the first in parallel and cache it:

1. ``summarise(view, rule)``, per document: everything the check needs of one article, as plain
   data (the ``Summary``). It sees a :class:`DocumentView` — the document, its blocks, and, when the
   check ``needs`` them, its quantities and bound claims. A ``codec`` turns a summary into bytes
   and back, so that the engine can store it; a check without one is summarised on every run.
2. ``check(corpus, rule, focus)``, over the corpus: findings from the summaries of every document
   (a :class:`Corpus`). ``focus`` is the set of changed documents of a pre-commit run: only
   findings located in or related to them are kept, and a check may skip work that cannot lead to
   one. What a focused run must see is the check's ``scope``: ``documents`` (findings stay in
   their own document: the focus is enough), ``related`` (the documents that share a
   ``related_keys`` key with a focus document) or ``corpus`` (everything).

A check is pure: no printing, reading files, sorting or exiting, and it never mutates the rule.
It knows nothing of workers or the cache. ``new_finding`` stamps the rule's id, kind and severity.
Its module docstring is its manual (What it does / Why / Example / Options), printed by
``factlint explain KIND``.
"""

from __future__ import annotations

import abc
import datetime as dt
import functools
import sys
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Iterable, Iterator, Literal, Mapping, Protocol, Sequence, TypeVar

from ..config.ruleset import Rule, RuleSet
from ..model import Block, Claim, Document, Edit, Finding, Location, Quantity, Severity, Statement
from ..statements import Masked, masked_blocks

S = TypeVar("S")
S_co = TypeVar("S_co", covariant=True)

Need = Literal["quantities", "claims", "vocabulary"]
"""What a summary depends on beyond the document and the rule's options: ``quantities`` and
``claims`` are computed for it, ``claims`` and ``vocabulary`` make it depend on the rule set's
entities and attributes."""

Scope = Literal["documents", "related", "corpus"]


@dataclass(frozen=True)
class DocumentView:
    """One document as a check summarises it. ``quantities`` and ``claims`` are empty unless the
    check ``needs`` them."""

    document: Document
    blocks: Sequence[Block]
    quantities: tuple[Quantity, ...]
    claims: tuple[Claim, ...]
    ruleset: RuleSet

    @functools.cached_property
    def masked(self) -> tuple[Masked, ...]:
        """The blocks holding a quantity, each quantity replaced by a placeholder
        (:func:`factlint.statements.masked_blocks`): made once for every check that reads them
        (arithmetic and conversion both did, a fifth of their summaries' time)."""
        return tuple(masked_blocks(self.blocks, self.quantities))


class Corpus(Protocol[S_co]):
    """The documents a check sees, in corpus order (sorted paths), with this rule's summaries.

    Documents and summaries are read when asked for: a pre-commit run over 10,000 cached articles
    reads the few that findings point into.
    """

    @property
    def paths(self) -> tuple[str, ...]: ...

    @property
    def changed(self) -> frozenset[str]:
        """The changed articles of a pre-commit run (empty in a full run): a check that reports the
        later of two places (the copy, the figure that disagrees) takes them as later than every
        other article, so that the change is blamed. Unlike the focus, it decides what is found,
        not only which findings are kept."""
        ...

    @property
    def ruleset(self) -> RuleSet: ...

    @property
    def today(self) -> dt.date: ...

    def document(self, path: str) -> Document: ...

    def blocks(self, path: str) -> Sequence[Block]: ...

    def summary(self, path: str) -> S_co: ...

    def summaries(self) -> Sequence[S_co]:
        """Every summary, in the order of ``paths``."""
        ...

    def each(self) -> Iterator[tuple[str, S_co]]:
        """(path, summary) of every document, in the order of ``paths``, each decoded when reached and
        kept by the caller only: for a check that reads each summary once, so that they are never all
        held at once. Called before ``summaries`` or ``summary``, it is the only read of them."""
        ...


@dataclass(frozen=True)
class Focus:
    """The documents whose findings a run reports: all (``paths`` None) or the changed ones."""

    paths: frozenset[str] | None = None

    @property
    def everything(self) -> bool:
        return self.paths is None

    def __contains__(self, path: object) -> bool:
        return self.paths is None or path in self.paths

    def touches(self, finding: Finding) -> bool:
        """The finding is located in, or related to a place in, a focus document."""
        if self.paths is None:
            return True
        return finding.location.path in self.paths or any(loc.path in self.paths for loc in finding.related)


class SummaryCodec(Protocol[S]):
    """Summaries to bytes and back; ``decode`` raises ``factlint.codec.CodecError`` on anything
    ``encode`` did not make, ``decode_many`` gives None for it (and may check many at once)."""

    def encode(self, summary: S) -> bytes: ...

    def decode(self, data: bytes) -> S: ...

    def decode_many(self, blobs: Sequence[bytes]) -> list[S | None]: ...


class Check(abc.ABC, Generic[S]):
    """A kind of check. Subclasses set the class attributes and implement ``summarise`` and ``check``."""

    kind: ClassVar[str]
    options_schema: ClassVar[Mapping[str, Any]]
    defaults: ClassVar[Mapping[str, Any]]
    needs: ClassVar[frozenset[Need]] = frozenset()
    scope: ClassVar[Scope] = "corpus"
    codec: ClassVar[SummaryCodec[Any] | None] = None

    @property
    def manual(self) -> str:
        """The user manual: the docstring of the check's module (What it does / Why / Example / Options)."""
        return sys.modules[type(self).__module__].__doc__ or ""

    def validate(self, rule: Rule) -> Iterator[str]:
        """Problems with the rule's options that the schema cannot express."""
        return iter(())

    @abc.abstractmethod
    def summarise(self, view: DocumentView, rule: Rule) -> S:
        """What this check needs of one document (pure; runs in worker processes)."""

    def summarise_many(self, views: Sequence[DocumentView], rule: Rule) -> list[S]:
        """``summarise`` for a batch of documents, for a check whose per-document work is vectorised.
        It must give each document the summary ``summarise`` gives it."""
        return [self.summarise(view, rule) for view in views]

    def related_keys(self, summary: S, rule: Rule) -> Iterable[str]:
        """For scope ``related``: keys that connect a document to those its findings may relate it to."""
        return ()

    @abc.abstractmethod
    def check(self, corpus: Corpus[S], rule: Rule, focus: Focus) -> Iterator[Finding]:
        """Findings over the corpus (only those touching ``focus`` are kept)."""

    def explain(self, corpus: Corpus[S], rule: Rule, focus: Focus) -> Iterator[Statement]:
        """Every statement the check recomputed, holding or not (``factlint lint --explain``)."""
        return iter(())

    def unchecked(self, corpus: Corpus[S], rule: Rule, focus: Focus) -> Iterator[Statement]:
        """The statements it recognised but could not decide (no rate for the date, an ambiguous
        referent): counted in every run's summary line, listed by ``--explain``."""
        return (s for s in self.explain(corpus, rule, focus) if s.verdict == "unchecked")


def new_finding(
    rule: Rule,
    message: str,
    location: Location,
    related: tuple[Location, ...] = (),
    data: Mapping[str, Any] | None = None,
    fix: tuple[Edit, ...] = (),
    severity: Severity | None = None,
) -> Finding:
    """A finding of ``rule``: its id, kind and (unless overridden) severity stamped on."""
    return Finding(rule.id, rule.kind, severity or rule.severity, message, location, related, data or {}, fix)


def focused_documents(corpus: Corpus[Sequence[S]], focus: Focus) -> Iterator[tuple[Document, Sequence[S]]]:
    """Each focused document with a non-empty summary, for a check whose findings stay in their own
    document (``headline``, ``numeral``): only those documents are read."""
    for path, summary in zip(corpus.paths, corpus.summaries()):
        if path in focus and summary:
            yield corpus.document(path), summary
