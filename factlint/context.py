"""What a check sees: the documents, their per-document analysis and the rule set."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Callable, Iterator, Mapping, Sequence, overload

from .config.rules import Rule, RuleSet
from .model import Block, Claim, Document, FrozenDict, Quantity, Span


class PackedBlocks(Sequence[Block]):
    """A document's blocks as flat offsets, turned into Block objects only when asked for.

    A cached corpus of 10,000 articles holds half a million paragraphs; a check phase reads a few
    of them (the candidates of the duplicate check), so unpickling them all was wasted time.
    """

    __slots__ = ("path", "_source", "offsets")

    def __init__(self, path: str, source: str | Callable[[], str], offsets: tuple[int, ...]) -> None:
        self.path = path
        self._source = source  # or how to get it: a cached analysis reads its document only when asked
        self.offsets = offsets

    @property
    def source(self) -> str:
        if not isinstance(self._source, str):
            self._source = self._source()
        return self._source

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


class LazyCorpus(Sequence[Document]):
    """The documents of a run, in corpus order, of which those served from the cache are read only
    when asked for.

    A pre-commit run checks one changed article against 10,000 cached ones; its checks read the
    cached analyses' hashes and counts but the text of only a few documents (the places of their
    findings), so unpickling every text was most of its time. Iterating reads them all, at once.
    """

    def __init__(
        self, paths: Sequence[str], loaded: Mapping[str, Document], load: Callable[[Sequence[str]], Mapping[str, Document]]
    ) -> None:
        self.paths = tuple(paths)
        self._docs = dict(loaded)
        self._load = load  # paths → their documents (read from the cache)

    def document(self, path: str) -> Document:
        if path not in self._docs:
            self._docs.update(self._load([path]))
        return self._docs[path]

    def preload(self, paths: Sequence[str]) -> None:
        missing = [p for p in paths if p not in self._docs]
        if missing:
            self._docs.update(self._load(missing))

    def __len__(self) -> int:
        return len(self.paths)

    @overload
    def __getitem__(self, index: int) -> Document: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Document, ...]: ...

    def __getitem__(self, index: int | slice) -> Document | tuple[Document, ...]:
        if isinstance(index, slice):
            return tuple(self.document(p) for p in self.paths[index])
        return self.document(self.paths[index])

    def __iter__(self) -> Iterator[Document]:
        self.preload(self.paths)
        return (self._docs[p] for p in self.paths)


@dataclass(frozen=True)
class Context:
    documents: Sequence[Document]  # a LazyCorpus when documents come from the cache: prefer paths and document()
    analyses: Mapping[str, Analysis]
    ruleset: RuleSet
    today: dt.date = field(default_factory=dt.date.today)
    # Pre-commit: only findings in or related to these documents are kept (None: all). A check may
    # use it to skip work that cannot lead to such a finding; it must not change those findings.
    focus: frozenset[str] | None = None

    @cached_property
    def paths(self) -> tuple[str, ...]:
        """Every document's path, in corpus order, without loading a lazily read document."""
        if isinstance(self.documents, LazyCorpus):
            return self.documents.paths
        return tuple(d.path for d in self.documents)

    @cached_property
    def _by_path(self) -> Mapping[str, Document]:
        return {d.path: d for d in self.documents}

    def document(self, path: str) -> Document:
        if isinstance(self.documents, LazyCorpus):
            return self.documents.document(path)
        return self._by_path[path]

    @cached_property
    def document_map(self) -> Mapping[str, Document]:
        """Path → document, reading a lazily read document only when it is looked up."""
        return _DocumentMap(self)

    def in_focus(self, path: str) -> bool:
        return self.focus is None or path in self.focus

    def blocks(self, path: str) -> Sequence[Block]:
        return self.analyses[path].blocks

    def prepared(self, rule: Rule, path: str) -> Any:
        return self.analyses[path].prepared.get(rule.id)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for path in self.paths for c in self.analyses[path].claims)


class _DocumentMap(Mapping[str, Document]):
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._paths = frozenset(ctx.paths)

    def __getitem__(self, path: str) -> Document:
        if path not in self._paths:
            raise KeyError(path)
        return self._ctx.document(path)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ctx.paths)

    def __len__(self) -> int:
        return len(self._paths)
