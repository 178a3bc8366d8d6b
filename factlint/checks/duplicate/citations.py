"""Reference-list entries: a quoted title in a list of sources is a citation, not a copy of the story it names.

An encyclopedia article cites the wire story its figures come from::

    == References ==
    2. ^ "Gaon Wind starts up 340 MW farm off South Korea's south coast". Asia Pacific Newswire. 19 March 2026.

and the wire story's headline is the quoted title (fresh7 ``en_wire_gaon_wind.txt:1``). Both the place and the
form are asked for: a block is a citation when it comes after a heading that names a list of sources
(References, Notes, Sources, Bibliography, 참고 문헌, 각주, 출처, …) and before the next heading of another name,
and when it is written as an entry of such a list — a footnote caret (``^``, ``↑``) or an entry number
(``1.``, ``[1]``, ``1)``; or, with neither, a year after the title) before a quoted title closed by a full stop
or comma and followed by its source or date (``"Title". Outlet. 2026.``, ``「제목」, 연합뉴스, 2026년 3월 19일``), or an
author and a year in parentheses (``Lee, J. (2025). Title.``). A prose paragraph pasted under a References heading, or a paragraph of the body
that quotes a title, is still compared.
"""

from __future__ import annotations

import re
from typing import Sequence

# A heading that names a list of sources: the whole block, with a wiki's "==" or a Markdown "#" around it.
_SOURCES_HEADING = re.compile(
    r"[=#\s]*(?:references?|notes(?: and references)?|footnotes|citations|sources|bibliography|works cited"
    r"|참고\s?문헌|참고\s?자료|각주|출처|주석)[\s:=#]*",
    re.IGNORECASE,
)
# Any other heading ends the list: "== Sport ==", "## History" (Markdown's marks are gone from its blocks).
_OTHER_HEADING = re.compile(r"\s*(?:={2,}[^=]+={2,}|#{1,6}\s\S.*)\s*")
_MARK = r"\s*(?:(?:\[\d{1,3}\]|\d{1,3}[.)])\s*)?(?:[\^↑](?:\s+[a-z](?=\s))*\s*)?"
# An entry: a quoted title closed by a full stop or a comma and followed by its source ('"Title". Outlet'; speech
# runs on after its quote: '"We will," he said', '“…”라고 말했다'), or an author with the year in brackets.
_QUOTED_TITLE = re.compile(_MARK + r"""[^"“「『《]{0,120}["“「『《][^"”」』》]{2,}["”」』》][.,:;]\s*\w""")
_AUTHOR_YEAR = re.compile(_MARK + r"[^\s\"“(][^\"“(]{0,120}\((?:[^()]{0,30}\s)?\d{4}\)[.,]")
# Its number or caret ("[2]" at a line's start is markup, gone from a plain-text block), else a year after the title.
_ENTRY_MARK = re.compile(r"\s*(?:\[\d{1,3}\]|\d{1,3}[.)]|[\^↑])")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def _entry(text: str) -> bool:
    if _AUTHOR_YEAR.match(text):
        return True
    title = _QUOTED_TITLE.match(text)
    return title is not None and (_ENTRY_MARK.match(text) is not None or _YEAR.search(text, title.end() - 1) is not None)


def citation_blocks(texts: Sequence[str]) -> list[bool]:
    """Which blocks of one article are entries of its reference list (False for all when it has none).

    A Markdown list item's number is gone from its block ("1. ^ …" is "^ …"): there the caret marks it."""
    out = [False] * len(texts)
    inside = False
    for i, text in enumerate(texts):
        if len(text) < 40 and _SOURCES_HEADING.fullmatch(text):
            inside = True
        elif inside and _OTHER_HEADING.fullmatch(text):
            inside = False
        elif inside and _entry(text):
            out[i] = True
    return out
