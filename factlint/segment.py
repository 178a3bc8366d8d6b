"""Split a Document's prose into Blocks (paragraphs) and sentences.

Scraped news puts one paragraph per line (the seeds), so in plain text every
non-blank line is a block. In Markdown the parser has found the blocks (a
paragraph, a heading, a table row: ``Document.prose``, see ``factlint/markup.py``).

A block's ``source`` is ``Document.prose_text``: the text with markup (a link's
destination, inline code, a URL, a footnote marker) blanked out, offsets unchanged.
"""

from __future__ import annotations

import re

from .model import Block, Document, Span
from .quantities.labels import MONTHS

# Sentence ends: . ! ? 。 followed by space, a closing quote or end; also "다." glued to the next sentence
# ("...투입했다.세계적으로", seed 001), but not decimals (3.5) or abbreviations inside Latin words (www.kt.com).
# A match opens with the mark (the sentence ends after it) and what follows it: opening with a
# character class lets ``re`` skip in C to the marks, where a look-behind first was tried at every
# character (three times slower, the same matches: no match holds a mark after its first character).
_SENTENCE_END = re.compile(r"[.!?。](?:[\"'”’」』)]*(?:\s+|(?=[가-힣\"'“‘]))|(?<=[가-힣][.!?])(?=[^\s\d]))")


def blocks(doc: Document) -> list[Block]:
    offsets = block_offsets(doc)
    source = doc.prose_text
    return [Block(doc.path, i, Span(offsets[2 * i], offsets[2 * i + 1]), source) for i in range(len(offsets) // 2)]


def block_offsets(doc: Document) -> tuple[int, ...]:
    """The blocks as flat (start, end) pairs: what the engine keeps (``PackedBlocks``), without building
    a Span and a Block per paragraph first (a third of segmenting 10,000 articles)."""
    if doc.path.lower().endswith((".md", ".markdown")):
        return tuple(x for span in doc.prose for x in (span.start, span.end))
    out: list[int] = []
    text = doc.prose_text  # a line that is only a URL is no block
    for prose in doc.prose:
        for m in _LINE_TEXT.finditer(text, prose.start, prose.end):
            out += m.span()
    return tuple(out)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``start..end`` without the blanks at either end (empty when all blank): offsets, not a Span, as
    ``sentences`` makes the one Span it keeps at its absolute offsets (two per sentence before)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A line's text from its first to its last non-blank character (``\s`` is str.isspace, as in _strip).
_LINE_TEXT = re.compile(r"[^\s](?:[^\n]*[^\s])?")


# "Jan", "Sept": the abbreviations of English month names, written with a full stop before a day
_MONTH_ABBREVIATIONS = frozenset({name[:3] for name in MONTHS} | {"Sept"})


_NUMBER_SIGN = re.compile(r"(?<![A-Za-z])No\Z")  # "No. 2", the numero sign before a number


def _abbreviated_month(text: str, dot: int) -> bool:
    """Whether the word ending at the full stop at ``dot`` is an abbreviated month ("Jan.", "Sept.")."""
    start = dot
    while start > 0 and text[start - 1].isalpha() and dot - start < 5:
        start -= 1
    return text[start:dot] in _MONTH_ABBREVIATIONS and (start == 0 or not text[start - 1].isalnum())


def _initial_in_brackets(text: str, start: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes one capital letter after a space ("J.", "L.") inside a bracket
    opened since ``start`` and not yet closed: a romanised name's initial in a gloss, not a sentence's end."""
    return dot >= 2 and text[dot - 1].isupper() and text[dot - 1].isascii() and text[dot - 2] == " " \
        and text.count("(", start, dot) > text.count(")", start, dot) and text.find(")", dot) != -1


def sentences(text: str, base: int = 0) -> list[Span]:
    """Sentence spans of a block's text, offset by ``base``."""
    out: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() < len(text) and text[m.end()].isdigit() and (_abbreviated_month(text, m.start())
                                                              or _NUMBER_SIGN.search(text, max(0, m.start() - 4), m.start())):
            continue  # "Jan. 16, 2025", "the Beoldam No. 2 Industrial Complex": an abbreviation before its number
        if _initial_in_brackets(text, start, m.start()):
            continue  # "(Sir J. Fraser Stoddart, …)": a name's initial inside an open bracket ends no sentence
        s, e = _strip(text, start, m.start() + 1)  # up to after the mark
        if e > s:
            out.append(Span(s + base, e + base))
        start = m.end()
    s, e = _strip(text, start, len(text))
    if e > s:
        out.append(Span(s + base, e + base))
    return out
