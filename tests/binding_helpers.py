"""Bind one article given as text, as `factlint lint` binds it (load → segment → extract → bind): the pipeline the
binding tests share instead of writing its four lines again."""

from __future__ import annotations

from factlint import segment
from factlint.binding import bind_document
from factlint.binding.sentences import Bound
from factlint.config.ruleset import RuleSet
from factlint.loader import parse
from factlint.model import Document
from factlint.quantities import extract


def bound(text: str, ruleset: RuleSet, name: str = "a.txt") -> list[Bound]:
    doc = parse(name, text.encode())
    assert isinstance(doc, Document)
    return bound_document(doc, ruleset)


def bound_document(doc: Document, ruleset: RuleSet) -> list[Bound]:
    """The same for an article already loaded (a seed or a shared article read from its file)."""
    blocks = segment.blocks(doc)
    qs = [q for b in blocks for q in extract(b.text, b.span.start)]
    return bind_document(doc, blocks, qs, ruleset)
