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
    blocks = segment.blocks(doc)
    qs = [q for b in blocks for q in extract(b.text, b.span.start)]
    return bind_document(doc, blocks, qs, ruleset)
