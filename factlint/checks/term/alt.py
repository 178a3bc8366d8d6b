"""Image alt text, read by the term check (and by no other check).

An image's alt text is not prose for the checks of facts (``factlint/markup.py``: a figure in a
caption is no claim of the article), but it is text a reader sees: a screen reader reads it out, a
browser shows it when the image is missing, many renderers print it as the caption. A misspelt name
there (``![비교: 모델 간 파리미터 크기.](…)``, realworld) is a misspelling readers meet, so the term
check reads it as it reads prose: its words are spellings used, variants and discovery candidates.
The image's destination is never read. And ``--fix`` never edits alt text: a fix covers prose only
(an edit inside an image would change it; ``tests/test_fix_tokens.py``).

The term check reads the article through ``with_alt_text``: the same document, with each alt text
a span of prose of its own (so ``prose_text`` holds it, at the file's offsets) and a block.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from markdown_it import MarkdownIt

from ...loader import MARKDOWN_SUFFIXES
from ...markup import front_matter
from ...model import Block, Document, Span

# ![alt](: the alt text, one line, no brackets inside (a nested image or link is left alone).
_IMAGE = re.compile(r"!\[([^\[\]\n]+)\]\(")
_BLANK = re.compile(r"[^\n]")
_PARSER = MarkdownIt("commonmark").enable(["table"])  # block structure only: which lines are paragraphs, headings, tables


def alt_spans(doc: Document) -> tuple[Span, ...]:
    """The spans of the Markdown images' alt text that are not prose already, in order.

    Only in lines of paragraphs, headings and tables (markdown-it's block structure, so not in code
    blocks, HTML or front matter), and not inside a code span (an odd count of backticks before it
    on its line).
    """
    text = doc.text
    if "![" not in text or not doc.path.lower().endswith(MARKDOWN_SUFFIXES):
        return ()
    fm = front_matter(text)
    src = text if fm is None else _BLANK.sub(" ", fm.group()) + text[fm.end() :]
    lines = src.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out: list[Span] = []
    for token in _PARSER.parse(src):
        if token.type != "inline" or token.map is None or "![" not in token.content:
            continue
        first, last = token.map
        for k in range(first, last):
            line = lines[k]
            for m in _IMAGE.finditer(line):
                if line.count("`", 0, m.start()) % 2 == 0:
                    out.append(Span(starts[k] + m.start(1), starts[k] + m.end(1)))
    prose = doc.prose_text
    return tuple(s for s in sorted(set(out), key=lambda s: s.start) if prose[s.start : s.end].isspace())


def with_alt_text(doc: Document, blocks: Sequence[Block]) -> tuple[Document, Sequence[Block]]:
    """The document with its alt text as prose, and its blocks (reading that text) with one more per
    alt text outside them, an image on a line of its own; the document itself when it has none."""
    alt = alt_spans(doc)
    if not alt:
        return doc, blocks
    markup: list[Span] = []
    for span in doc.markup:  # an image's markup less its alt text: ![ and ](…)
        inside = [a for a in alt if span.start <= a.start and a.end <= span.end]
        at = span.start
        for a in inside:
            if at < a.start:
                markup.append(Span(at, a.start))
            at = a.end
        if at < span.end:
            markup.append(Span(at, span.end))
    prose = _union([*doc.prose, *alt])
    read = replace(doc, prose=prose, markup=tuple(markup))
    source = read.prose_text
    alone = [a for a in alt if not any(b.span.start <= a.start and a.end <= b.span.end for b in blocks)]  # image-only lines
    merged = sorted(
        [*(Block(b.path, b.index, b.span, source) for b in blocks), *(Block(doc.path, -1, a, source) for a in alone)],
        key=lambda b: b.span.start,
    )
    return read, merged


def _union(spans: Sequence[Span]) -> tuple[Span, ...]:
    """Prose spans and alt-text spans as sorted disjoint spans (an alt text inside a prose block is
    already covered by it)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and s.start < out[-1].end:
            if s.end > out[-1].end:
                out[-1] = Span(out[-1].start, s.end)
            continue
        out.append(s)
    return tuple(out)
