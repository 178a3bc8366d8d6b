"""What of an article is prose: Markdown structure, and the markup of plain text.

A check reads prose. Markup is everything a reader does not read as words of the article:

- in Markdown (parsed with markdown-it-py, a CommonMark parser, with GFM tables): front matter,
  code blocks and code spans, HTML blocks and inline HTML, link destinations and titles with the
  brackets around the link text, images (their alt text too), autolinks, reference definitions,
  MDX ``import``/``export`` lines, the marks of headings, block quotes and lists;
- in any article: bare URLs (``https://…``, ``www.…``, ``github.com/owner/repo``), e-mail
  addresses and footnote markers (``[1]``, ``[^note]``).

What stays is the text, with ``*`` emphasis marks as they are (``**175억 개**`` is a figure in bold;
``__175억__``'s underscores are markup, since an underscore glues to a figure as a letter would;
``[T5](https://…)(11억 개)`` is the name T5 and a figure in parentheses).

Offsets are those of the article's text: :func:`markdown` returns the blocks of prose (a
paragraph, a heading, a table row) and the spans of markup inside them, and checks read
``Document.prose_text``, the text with every character of markup replaced by a space (line breaks
kept), so a finding's line and column are those of the file. The parser gives line numbers for
blocks only; the inline rules that produce markup are wrapped to record where they matched in the
block's inline text, which is mapped back onto the file line by line.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from .model import Span

# ---------------------------------------------------------------------------------------------
# Markup of any text: URLs, e-mail addresses, footnote markers.

# A URL is ASCII up to a space, a bracket, a quote or Hangul ("https://example.com을" keeps its
# particle); trailing sentence punctuation is not part of it.
_URL_BODY = r"[A-Za-z0-9\-._~:/?#@!$&*+,;=%]*[A-Za-z0-9\-_~/#=&%+*@$]"
_URL = re.compile(
    r"(?<![\w@/.\-])(?:"
    r"[A-Za-z][A-Za-z0-9+.\-]{0,15}://" + _URL_BODY  # scheme://…
    + r"|www\.[A-Za-z0-9\-]+\." + _URL_BODY  # www.kt.com
    + r"|[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}/" + _URL_BODY  # github.com/meta-llama/llama
    + r")"
)
_EMAIL = re.compile(r"(?<![\w.+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# [1], [12], [^1], [^note]: a reference to a note, never a figure (ko_wikinews_639: "…나온다.[1][2][3]").
_FOOTNOTE = re.compile(r"\[(?:\^[^\]\s]{1,20}|\d{1,3})\]")
# The characters an e-mail address is made of: a match lies inside one run of them holding an "@".
_EMAIL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-@")
_EMAIL_RUN_END = re.compile(r"[A-Za-z0-9._%+\-@]*")


def text_markup(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """URLs, e-mail addresses and footnote markers in ``text[start:end]``, as sorted (start, end).

    Each pattern opens with a look-behind, so ``re`` would try it at every character of the text
    (0.1 ms an article, and an article is parsed two or three times a run). Each is run only
    where it can match: a URL holds "/" or "www.", a footnote marker "[", and an address lies
    inside a run of its characters holding "@" (the same matches: the look-behind still sees the
    character before the run, and no match crosses a run's edge)."""
    end = len(text) if end is None else end
    found: list[tuple[int, int]] = []
    if text.find("/", start, end) >= 0 or text.find("www.", start, end) >= 0:
        found += [m.span() for m in _URL.finditer(text, start, end)]
    at = text.find("@", start, end)
    while at >= 0:
        lo = at
        while lo > start and text[lo - 1] in _EMAIL_CHARS:
            lo -= 1
        hi = _EMAIL_RUN_END.match(text, at, end).end()  # type: ignore[union-attr]  # "*" always matches
        found += [m.span() for m in _EMAIL.finditer(text, lo, hi)]
        at = text.find("@", hi, end)
    if text.find("[", start, end) >= 0:
        found += [m.span() for m in _FOOTNOTE.finditer(text, start, end)]
    return _union(found)


def plain(text: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """A plain-text article: all of it is prose, but for its URLs, e-mail addresses and footnote markers."""
    prose = (Span(0, len(text)),) if text else ()
    return prose, tuple(Span(a, b) for a, b in text_markup(text))


# ---------------------------------------------------------------------------------------------
# Markdown.

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# MDX module lines ("import {Callout} from 'nextra-theme-docs'"): code, though CommonMark sees a paragraph.
_MDX_LINE = re.compile(r"[ \t]*(?:import\s.*\bfrom\s*['\"].*|import\s*['\"].*|export\s+(?:default|const|let|function|\{).*)")
# Headings' closing sequence ("## Title ##") and trailing blanks: what may follow a line's inline text.
_LINE_TAIL = re.compile(r"(?:[ \t]+#+)?[ \t]*")
_BLANK = re.compile(r"[^\n]")


def front_matter(text: str) -> re.Match[str] | None:
    """YAML front matter at the top of a Markdown file (``---`` … ``---``)."""
    return _FRONT_MATTER.match(text)


def _recording(name: str, rule: Callable[[StateInline, bool], bool]) -> Callable[[StateInline, bool], bool]:
    """``rule`` that also notes where it matched in the block's own inline text (not in a nested
    parse, such as an image's alt text) and which characters of the match are markup."""

    def wrapped(state: StateInline, silent: bool) -> bool:
        start = state.pos
        ok = rule(state, silent)
        if ok and not silent and state.src is state.env.get("factlint.src"):
            state.env["factlint.markup"].extend(_MARKS[name](state, start, state.pos))
        return ok

    return wrapped


def _whole(state: StateInline, start: int, end: int) -> list[tuple[int, int]]:
    return [(start, end)]


def _link(state: StateInline, start: int, end: int) -> list[tuple[int, int]]:
    """``[text](dest "title")``: the brackets and what follows the text; a footnote link (``[1]``) is all markup."""
    label_end = state.md.helpers.parseLinkLabel(state, start, True)
    if label_end < 0:
        return [(start, end)]
    if _FOOTNOTE.fullmatch(state.src, start, label_end + 1):
        return [(start, end)]
    return [(start, start + 1), (label_end, end)]


def _underscores(state: StateInline, start: int, end: int) -> list[tuple[int, int]]:
    """``__175억__``: an underscore emphasis run is markup — left in, it glues to the figure as a
    word character would (``*`` runs stay: nothing reads them as part of a word)."""
    if state.src[start] != "_":
        return []
    run = state.scanDelims(start, False)
    # an underscore inside a word ("snake_case") can neither open nor close emphasis: it is text
    return [(start, end)] if run.can_open or run.can_close else []


_MARKS: dict[str, Callable[[StateInline, int, int], list[tuple[int, int]]]] = {
    "emphasis": _underscores,
    "backticks": _whole,
    "html_inline": _whole,
    "autolink": _whole,
    "image": _whole,
    "link": _link,
}


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.disable("inline")  # core rule: each block's inline text is parsed below, with its own record
    for name in _MARKS:
        rule = next(r for r in md.inline.ruler.__rules__ if r.name == name)
        md.inline.ruler.at(name, _recording(name, rule.fn))
    return md


_MD = _parser()


def markdown(text: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The blocks of prose of a Markdown article and the spans of markup inside them.

    A block is a paragraph, a heading or a table row, from its first character of prose to its
    last; a block with no prose (a paragraph that is only an image) is not one.
    """
    # Front matter is not Markdown: parse blanks in its place, so offsets and lines stay the file's.
    fm = front_matter(text)
    src = text if fm is None else _BLANK.sub(" ", fm.group()) + text[fm.end() :]
    src = src.replace("\0", "\ufffd")  # as markdown-it's normalize rule does: same length
    starts = _line_starts(src)
    env: dict[str, Any] = {}
    tokens = _MD.parse(src, env)
    blocks: list[Span] = []
    markup: list[Span] = []
    for pieces in _block_pieces(src, starts, tokens, env):
        prose = _prose(src, pieces)
        if not prose:
            continue
        blocks.append(Span(prose[0][0], prose[-1][1]))
        markup.extend(Span(a[1], b[0]) for a, b in zip(prose, prose[1:]) if not src[a[1] : b[0]].isspace())
    return tuple(blocks), tuple(markup)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i != -1:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    starts.append(len(text) + 1)  # one past the end: line k is text[starts[k] : starts[k + 1] - 1]
    return starts


def _block_pieces(src: str, starts: Sequence[int], tokens: Sequence[Token], env: dict[str, Any]) -> Iterator[list[tuple[int, int]]]:
    """For each block of the article, its pieces of text (file offsets) less inline markup.

    A table row's cells are one block, and what stands between two cells (a pipe) is prose too:
    it parts the cells' figures.
    """
    row: list[tuple[int, int]] | None = None
    cursor: dict[int, int] = {}  # line → where the next cell's text may start
    last_end: int | None = None  # end of the row's previous cell text
    for k, tok in enumerate(tokens):
        if tok.type == "tr_open":
            row, last_end = [], None
        elif tok.type == "tr_close" and row is not None:
            if row:
                yield row
            row = None
        elif tok.type == "inline" and tok.map is not None:
            if k and tokens[k - 1].type == "paragraph_open" and _is_mdx(tok.content):
                continue
            pieces, extent = _inline_pieces(src, starts, tok, env, cursor if row is not None else None)
            if row is None:
                if pieces:
                    yield pieces
            elif extent is not None:
                if last_end is not None:
                    row.append((last_end, extent[0]))
                row.extend(pieces)
                last_end = extent[1]


def _is_mdx(content: str) -> bool:
    return all(_MDX_LINE.fullmatch(line) for line in content.split("\n"))


def _inline_pieces(
    src: str, starts: Sequence[int], tok: Token, env: dict[str, Any], cursor: dict[int, int] | None
) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """The inline text of one block token, mapped onto the file line by line, less its markup;
    and where that text begins and ends in the file (None when it is blank or cannot be placed)."""
    content = tok.content
    if not content.strip():
        return [], None
    assert tok.map is not None
    first = tok.map[0]
    # Where each line of the inline text lies in the file: (offset in content, offset in file, length).
    lines: list[tuple[int, int, int]] = []
    at = 0
    for i, part in enumerate(content.split("\n")):
        line_no = first + i
        if line_no + 1 >= len(starts):
            return [], None
        lo, hi = starts[line_no], starts[line_no + 1] - 1
        where = _locate(src, lo, hi, part, None if cursor is None else cursor.get(line_no, lo))
        if where is None:
            return [], None  # the parser rewrote the line (tabs in indentation): no prose rather than wrong offsets
        if cursor is not None:
            cursor[line_no] = where + len(part)
        lines.append((at, where, len(part)))
        at += len(part) + 1
    record: list[tuple[int, int]] = []
    env["factlint.src"], env["factlint.markup"] = content, record
    _MD.inline.parse(content, _MD, env, [])
    hidden = _union(record)
    pieces: list[tuple[int, int]] = []
    for c_at, f_at, n in lines:
        for a, b in _minus((c_at, c_at + n), hidden):
            pieces.append((f_at + a - c_at, f_at + b - c_at))
    return pieces, (lines[0][1], lines[-1][1] + lines[-1][2])


def _locate(src: str, lo: int, hi: int, part: str, cursor: int | None) -> int | None:
    """Where ``part`` (one line of a block's inline text) is in the file line ``src[lo:hi]``.

    In a table row, cells are found left to right from ``cursor``; elsewhere the inline text is the
    end of the line, before blanks and a heading's closing ``#``s (``> quoted``, ``1. item``,
    ``## Title ##``).
    """
    if cursor is not None:
        at = src.find(part, cursor, hi)
        return None if at < 0 else at
    if not part:
        return hi
    at = src.rfind(part, lo, hi)
    while at >= 0:
        if _LINE_TAIL.fullmatch(src, at + len(part), hi):
            return at
        at = src.rfind(part, lo, at + len(part) - 1)
    return None


def _prose(src: str, pieces: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces less URLs, e-mail addresses and footnote markers, trimmed, blank ones dropped."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        for x, y in _minus((a, b), text_markup(src, a, b)):
            while x < y and src[x].isspace():
                x += 1
            while y > x and src[y - 1].isspace():
                y -= 1
            if x < y:
                out.append((x, y))
    return out


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        elif a < b:
            out.append((a, b))
    return out


def _minus(span: tuple[int, int], holes: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``span`` less the sorted, disjoint ``holes``."""
    pos, end = span
    for a, b in holes:
        if b <= pos or a >= end:
            continue
        if a > pos:
            yield pos, a
        pos = max(pos, b)
    if pos < end:
        yield pos, end


# Markdown tables (GFM): a row's header is the line above the table's rule line. The binder reads a
# column's header as the attribute of its cells, the figure reader as their unit (quantities/tables.py).
MAX_TABLE_WALK = 200  # rows above a row to look for its table's header
# matched on the stripped row, blanks only around pipes: no two runs of blanks meet (that was quadratic)
TABLE_RULE = re.compile(r"\|?[ \t]*:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)*(?:[ \t]*\|)?")


def table_header(text: str, line: int, headers: dict[int, str | None]) -> str | None:
    """The header of the table a row (starting at ``line``) is in: the line above the table's rule
    line ("|---|---|"). A row whose row above was read takes its answer (``headers``, by line start),
    so the rows of one table cost one walk, not one each; a walk stops after MAX_TABLE_WALK rows."""
    end, passed = line - 1, [line]
    header: str | None = None
    for _ in range(MAX_TABLE_WALK):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        if start in headers:
            header = headers[start]
            break
        row = text[start:end].strip(" \t")
        if TABLE_RULE.fullmatch(row):
            header_end = max(start - 1, 0)
            found = text[text.rfind("\n", 0, header_end) + 1 : header_end]
            header = found if found.lstrip().startswith("|") else None
            break
        if not row.startswith("|"):
            break
        passed.append(start)
        end = start - 1
    for start in passed:
        headers[start] = header
    return header
