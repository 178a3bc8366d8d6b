"""What a check sees of the corpus: documents and summaries, read only when asked for.

A pre-commit run checks one changed article against 10,000 cached ones. Its checks read the
summaries they need (all of them for the duplicate and term checks, those of the changed article
and its related articles for the others) and the text of only the few documents their findings
point into; reading and decoding everything would be most of its time.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from array import array
from typing import IO, Any, Callable, Generic, Iterator, Mapping, Sequence, TypeVar

from .. import segment
from ..checks.base import Check
from ..config.ruleset import Rule, RuleSet
from ..loader import MAX_ARTICLE_BYTES, parse, read_bytes
from ..model import Block, Document, InputProblem
from .keys import content_digest

S = TypeVar("S")


class Encoded(bytes):
    """A summary as its codec wrote it (what a worker process sends back), decoded when needed."""


class Spilled:
    """Where a summary made in this run waits for its check: in a temporary file, one per rule,
    rather than in memory (at 100,000 articles the run's summaries are 800 MB, all made before
    the first check and read one rule at a time). ``put`` appends; ``read`` gives back the bytes
    of some of a rule's summaries, reading each stretch of neighbours in one go."""

    def __init__(self) -> None:
        self._files: dict[str, IO[bytes]] = {}
        self._number: dict[str, int] = {}  # path → its number, shared by the rules
        self._at: dict[str, array[int]] = {}  # rule id → per path number: offset in the file (-1: none), size
        self._size: dict[str, array[int]] = {}

    def put(self, rule_id: str, path: str, data: bytes) -> None:
        file = self._files.get(rule_id)
        if file is None:
            file = self._files[rule_id] = tempfile.TemporaryFile(prefix="factlint-")
            self._at[rule_id], self._size[rule_id] = array("q"), array("q")
        n = self._number.setdefault(path, len(self._number))
        at, size = self._at[rule_id], self._size[rule_id]
        if len(at) <= n:
            at.extend([-1] * (n + 1 - len(at)))
            size.extend([0] * (n + 1 - len(size)))
        at[n], size[n] = file.tell(), len(data)
        file.write(data)

    def read(self, rule_id: str, paths: Sequence[str]) -> dict[str, Encoded]:
        """The bytes of each of ``paths`` that was put for the rule (the others are left out)."""
        file = self._files.get(rule_id)
        if file is None:
            return {}
        at, size = self._at[rule_id], self._size[rule_id]
        numbers = ((self._number.get(p, len(at)), p) for p in paths)
        spans = sorted((at[n], size[n], p) for n, p in numbers if n < len(at) and at[n] >= 0)
        out: dict[str, Encoded] = {}
        k = 0
        while k < len(spans):  # a stretch of neighbours in the file is one read
            j = k
            while j + 1 < len(spans) and spans[j + 1][0] == spans[j][0] + spans[j][1]:
                j += 1
            first, end = spans[k][0], spans[j][0] + spans[j][1]
            file.seek(first)
            block = file.read(end - first)
            for offset, length, path in spans[k : j + 1]:
                out[path] = Encoded(block[offset - first : offset - first + length])
            k = j + 1
        file.seek(0, 2)  # where the next put writes
        return out

    def drop(self, rule_id: str) -> None:
        """The rule's summaries are read: its file goes."""
        file = self._files.pop(rule_id, None)
        if file is not None:
            file.close()
        self._at.pop(rule_id, None)
        self._size.pop(rule_id, None)

    def close(self) -> None:
        for rule_id in list(self._files):
            self.drop(rule_id)


SPILLED = Encoded(b"")  # in a rule's held summaries: this one is in the run's ``Spilled`` file


class Documents:
    """The run's documents by path. One analysed in this process is kept; any other is read from its
    file when first asked for, and must still have the bytes its key was made from."""

    def __init__(self, digests: Mapping[str, bytes], dates: Mapping[str, dt.date | None],
                 max_bytes: int = MAX_ARTICLE_BYTES) -> None:
        self._max_bytes = max_bytes
        self._digests = digests
        self._dates = dates
        self._docs: dict[str, Document] = {}
        self._given: set[str] = set()  # documents handed in (``keep``), with no file to read again
        self._blocks: dict[str, list[Block]] = {}
        self.problems: dict[str, InputProblem] = {}  # files that changed or vanished while the run read them

    def keep(self, doc: Document) -> None:
        self._docs[doc.path] = doc
        self._given.add(doc.path)

    def let_go(self) -> None:
        """Documents read from their files, and blocks, are let go (read again if asked for): a
        check keeps those its findings point into, and the next check must not run on top of them
        (at 100,000 articles, the duplicate check's are 40,000 documents). The report reads again
        the ones it shows."""
        self._docs = {p: d for p, d in self._docs.items() if p in self._given}
        self._blocks.clear()

    def __contains__(self, path: object) -> bool:
        return path in self._digests or path in self._docs

    def get(self, path: str) -> Document:
        doc = self._docs.get(path)
        if doc is None:
            doc = self._docs[path] = self._read(path)
        return doc

    def passing(self, path: str) -> Document:
        """The document, not kept unless it already was: for a pass over every document (their
        suppression comments), whose memory must not grow with the corpus."""
        doc = self._docs.get(path)
        return doc if doc is not None else self._read(path)

    def _read(self, path: str) -> Document:
        read = read_bytes(path, self._max_bytes)
        if isinstance(read, InputProblem):
            self.problems[path] = read
            raw = b""
        else:
            raw = read
            expected = self._digests.get(path)
            if expected is not None and content_digest(raw) != expected:
                self.problems[path] = InputProblem(path, "changed while factlint was reading it; run again")
        doc = parse(path, raw, default_date=self._dates.get(path))
        if isinstance(doc, InputProblem):
            self.problems[path] = doc
            doc = parse(path, b"")
            assert isinstance(doc, Document)
        return doc

    def blocks(self, path: str) -> list[Block]:
        """The document's blocks. The document is not kept for them unless it already is: a check
        reads the blocks of many documents that no finding points into (the near-copy candidates:
        at 100,000 articles, most of the corpus); the last ``_BLOCKS_KEPT`` are kept."""
        found = self._blocks.pop(path, None)
        if found is None:
            found = segment.blocks(self.passing(path))  # the kept document if there is one
            if len(self._blocks) >= _BLOCKS_KEPT:
                del self._blocks[next(iter(self._blocks))]  # the least recently asked for
        self._blocks[path] = found  # last: the most recently asked for
        return found


_BLOCKS_KEPT = 1024


Recompute = Callable[[str, Rule], "tuple[Any, str | None]"]  # path, rule → (summary or None, crash)


class RuleCorpus(Generic[S]):
    """One rule's view of the corpus (``checks.base.Corpus``): its documents in corpus order and
    their summaries for this rule.

    A summary is in memory (made in this run: the object, or the bytes a worker sent) or in the
    store (its key). Stored bytes that do not decode are a miss: the summary is made again here
    (``recompute``) and noted in ``rewritten`` so the engine writes it back. A document whose
    summary could not be made at all (the check crashed on it) is left out of this rule's corpus.
    """

    def __init__(
        self, check: Check[S], rule: Rule, ruleset: RuleSet, today: dt.date, paths: Sequence[str],
        documents: Documents, held: Mapping[str, Any], stored: Mapping[str, bytes],
        fetch: Callable[[Sequence[bytes]], Mapping[bytes, bytes]], recompute: Recompute,
        changed: frozenset[str] = frozenset(), spilled: Spilled | None = None,
    ) -> None:
        self._check, self._rule = check, rule
        self._changed = changed
        self._spilled = spilled  # where the summaries held as ``SPILLED`` are
        self._ruleset, self._today = ruleset, today
        self._wanted = tuple(paths)
        self._documents = documents
        self._held, self._stored = held, stored  # path → summary object or bytes; path → store key
        self._fetch, self._recompute = fetch, recompute
        self._paths: tuple[str, ...] | None = None
        self._values: dict[str, S] = {}
        self._walked = False  # each() has read (and let go) the summaries
        self.rewritten: dict[str, S] = {}  # path → summary made again because the stored one was bad
        self.errors: list[str] = []

    @property
    def ruleset(self) -> RuleSet:
        return self._ruleset

    @property
    def today(self) -> dt.date:
        return self._today

    @property
    def changed(self) -> frozenset[str]:
        return self._changed

    @property
    def paths(self) -> tuple[str, ...]:
        if self._paths is None:
            self._load()
            assert self._paths is not None
        return self._paths

    def document(self, path: str) -> Document:
        return self._documents.get(path)

    def blocks(self, path: str) -> Sequence[Block]:
        return self._documents.blocks(path)

    def summary(self, path: str) -> S:
        if self._paths is None:
            self._load()
        self._not_walked()
        return self._values[path]

    def summaries(self) -> Sequence[S]:
        paths = self.paths
        self._not_walked()
        values = self._values
        return [values[p] for p in paths]

    def each(self) -> Iterator[tuple[str, S]]:
        """(path, summary) of every document with a summary, in corpus order, decoded a batch at a
        time and kept by no one but the caller: a check that reads each summary once never holds
        them all decoded (at 100,000 articles the term check's would take half a gigabyte). The
        bytes of a summary are let go once it is decoded; ``paths`` is known once this is done, and
        the summaries are not asked for again."""
        if self._paths is not None:
            self._not_walked()
            yield from ((p, self._values[p]) for p in self._paths)
            return
        if self._walked:
            raise RuntimeError("each() was left part-way: its summaries are gone; read them once, to the end")
        self._walked = True
        kept: list[str] = []
        for path, value in self._decoded():
            kept.append(path)
            yield path, value
        self._paths = tuple(kept)

    def _not_walked(self) -> None:
        """A check that read the summaries with each() cannot read them again: they are let go as
        they are read. Loudly, not as a corpus that silently lost them."""
        if self._walked:
            raise RuntimeError("the summaries were read once with each() and let go: read them with summaries() instead")

    def _load(self) -> None:
        """Every summary of the rule's documents, kept."""
        if self._walked:
            raise RuntimeError("each() was left part-way: its summaries are gone; read them once, to the end")
        kept: list[str] = []
        for path, value in self._decoded():
            self._values[path] = value
            kept.append(path)
        self._paths = tuple(kept)

    def _decoded(self) -> Iterator[tuple[str, S]]:
        """Each summary of the rule's documents, in order: decode what is held as bytes and what is
        fetched from the store (in bulk), ``_BATCH`` at a time, make again what does not decode;
        a document whose summary cannot be made is left out. Bytes are dropped once decoded."""
        codec = self._check.codec
        need = [self._stored[p] for p in self._wanted if p not in self._held and p in self._stored]
        fetched = dict(self._fetch(need)) if need else {}
        held, self._held = dict(self._held), {}  # the engine holds them no more: each goes once decoded
        for at in range(0, len(self._wanted), _BATCH):
            batch = self._wanted[at : at + _BATCH]
            values: dict[str, Any] = {}
            encoded: dict[str, bytes] = {}
            back = self._spilled.read(self._rule.id, [p for p in batch if held.get(p) is SPILLED]) if self._spilled else {}
            for path in batch:
                if path in held:
                    value = held.pop(path)
                    if value is SPILLED:
                        value = back.pop(path, None)  # None (never: it was put) would be made again below
                    if value is None:
                        values[path] = None
                    elif isinstance(value, Encoded):
                        encoded[path] = value
                    else:
                        values[path] = value
                elif path in self._stored:
                    blob = fetched.pop(self._stored[path], None)
                    if blob is None:
                        values[path] = None  # gone since the run began (another run pruned it): made again
                    else:
                        encoded[path] = blob
                # else: the check crashed on this document when it was analysed; it stays out
            if encoded:
                assert codec is not None
                values.update(zip(encoded, codec.decode_many(list(encoded.values()))))
                encoded.clear()
            for path in batch:
                if path not in values:
                    continue
                value = values.pop(path)
                if value is None:
                    value, crash = self._recompute(path, self._rule)
                    if crash is not None:
                        self.errors.append(crash)
                        continue
                    self.rewritten[path] = value
                yield path, value


_BATCH = 1024  # summaries decoded at a time: the duplicate check's codec checks a batch in one vectorised pass
