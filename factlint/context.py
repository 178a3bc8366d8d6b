"""What a check sees: the documents, their per-document analysis and the rule set."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, Iterator, Mapping, Sequence, overload

from .config.rules import Rule, RuleSet
from .model import Block, Claim, Document, FrozenDict, Quantity, Span


class PackedBlocks(Sequence[Block]):
    """A document's blocks as flat offsets, turned into Block objects only when asked for.

    A cached corpus of 10,000 articles holds half a million paragraphs; a check phase reads a few
    of them (the candidates of the duplicate check), so unpickling them all was wasted time.
    """

    __slots__ = ("path", "source", "offsets")

    def __init__(self, path: str, source: str, offsets: tuple[int, ...]) -> None:
        self.path = path
        self.source = source
        self.offsets = offsets

    @classmethod
    def of(cls, path: str, source: str, blocks: Sequence[Block]) -> PackedBlocks:
        return cls(path, source, tuple(x for b in blocks for x in (b.span.start, b.span.end)))

    def __len__(self) -> int:
        return len(self.offsets) // 2

    @overload
    def __getitem__(self, index: int) -> Block: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Block, ...]: ...

    def __getitem__(self, index: int | slice) -> Block | tuple[Block, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return Block(self.path, index, Span(self.offsets[2 * index], self.offsets[2 * index + 1]), self.source)

    def __iter__(self) -> Iterator[Block]:
        return (self[i] for i in range(len(self)))

    def texts(self) -> list[str]:
        """Every block's text, without building the Block objects."""
        source, offsets = self.source, self.offsets
        return [source[offsets[i] : offsets[i + 1]] for i in range(0, len(offsets), 2)]

    def __reduce__(self) -> tuple[Any, ...]:
        return (PackedBlocks, (self.path, self.source, self.offsets))


@dataclass(frozen=True)
class Analysis:
    """Everything computed from one document alone: cacheable by content hash, computed in parallel."""

    path: str
    blocks: Sequence[Block]
    # Every quantity of the document. Only per-document work (binding, prepare) reads them, so an
    # analysis that crosses a process boundary or goes into the cache drops them (None): on a
    # 10,000-article corpus they were most of what a warm run unpickled.
    quantities: tuple[Quantity, ...] | None = ()
    claims: tuple[Claim, ...] = ()
    unbound: tuple[Quantity, ...] = ()
    prepared: Mapping[str, Any] = field(default_factory=FrozenDict)
    errors: tuple[str, ...] = ()  # crashes of per-document work: reported as internal errors, the run goes on

    def __reduce__(self) -> tuple[Any, ...]:
        # Positional arguments, as Document does: one analysis per article crosses processes.
        return (Analysis, (self.path, self.blocks, self.quantities, self.claims, self.unbound, self.prepared, self.errors))


def lean(analysis: Analysis, doc: Document) -> Analysis:
    """The analysis as it travels and is cached: blocks packed, no free-standing quantities.

    ``unbound`` (figures binding could not attach) is listed by ``factlint claims --coverage``,
    which binds again; no check reads it, so it does not travel either.
    """
    blocks = analysis.blocks if isinstance(analysis.blocks, PackedBlocks) else PackedBlocks.of(doc.path, doc.text, analysis.blocks)
    return replace(analysis, blocks=blocks, quantities=None, unbound=())


@dataclass(frozen=True)
class Context:
    documents: tuple[Document, ...]
    analyses: Mapping[str, Analysis]
    ruleset: RuleSet
    today: dt.date = field(default_factory=dt.date.today)
    # Pre-commit: only findings in or related to these documents are kept (None: all). A check may
    # use it to skip work that cannot lead to such a finding; it must not change those findings.
    focus: frozenset[str] | None = None

    def document(self, path: str) -> Document:
        return next(d for d in self.documents if d.path == path)

    def in_focus(self, path: str) -> bool:
        return self.focus is None or path in self.focus

    def blocks(self, path: str) -> Sequence[Block]:
        return self.analyses[path].blocks

    def prepared(self, rule: Rule, path: str) -> Any:
        return self.analyses[path].prepared.get(rule.id)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for d in self.documents for c in self.analyses[d.path].claims)
