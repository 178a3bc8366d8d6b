"""Header lines of a press release, which come before its title and are no title.

A Korean 보도자료 opens with the kind of document ("보 도 자 료", "[보도참고자료]") and a block of
labelled fields ("배포일시: 2025. 9. 2.(화) / 담당부서: … (☎ …)", "보도시점: 배포 즉시", "엠바고", "자료문의")
before its headline. The title is the first line after them; a figure in them (a date of release, a
phone number) is no figure of the headline's topic. Read from the text alone, so offsets stay those of
the file (the title keeps its place; callers that slice the first line blank the header out).
"""

from __future__ import annotations

import re
from functools import lru_cache

# The kind of document, written alone on its line, spaced or bracketed ("보 도 자 료", "【보도자료】",
# "Press Release"): the format's own names, not a list of topics
_KINDS = frozenset({
    "보도자료", "보도참고자료", "참고자료", "보도해명자료", "해명자료", "설명자료", "보도설명자료",
    "pressrelease", "newsrelease", "mediarelease", "forimmediaterelease",
})
# The labels of a release's header fields: ones that only a header writes, whatever follows them
# ("보도시점 배포 즉시", "엠바고"), and common words that are a label only before a colon ("문의: …")
_OWN_FIELDS = ("배포일시", "배포일자", "보도시점", "보도일시", "보도일자", "엠바고", "담당부서", "자료문의", "보도가능일시")
_COLON_FIELDS = ("배포", "보도", "담당", "담당자", "문의", "연락처", "책임자", "작성", "첨부", "붙임", "사진")
_FIELD_LINE = re.compile(r"[ \t]*[(\[【<]?(?:(?:" + "|".join(sorted(_OWN_FIELDS, key=len, reverse=True))
                         + r")[)\]】>]?(?:[ \t]*[:：]|[ \t]|$)|(?:" + "|".join(sorted(_COLON_FIELDS, key=len, reverse=True))
                         + r")[)\]】>]?[ \t]*[:：])")
# a telephone number, as headers write it ("☎ 043-720-3451", "(044)200-1234")
_PHONE = re.compile(r"☎|(?<!\d)\(?0\d{1,2}\)?[-. ]?\d{3,4}-\d{4}(?!\d)")
_LINE = re.compile(r"[^\n]*")  # one line, read in place (a header is read once per text, a few lines at most)
_LINES = 12  # a header is a few lines; past them the text has begun


def _kind_line(line: str) -> bool:
    squeezed = re.sub(r"[\s\[\]【】<>()〈〉《》「」:：|·-]", "", line).lower()
    return squeezed in _KINDS


def _field_line(line: str, header: bool) -> bool:
    """A line of labelled fields: it opens with a field's label ("배포일시: …", "보도시점 배포 즉시"), or,
    inside a header already begun, is an office with its phone number ("체육진흥과 ☎ 043-720-3451")."""
    if _FIELD_LINE.match(line):
        return True
    return header and _PHONE.search(line) is not None and not re.search(r"[.!?。]\s*$|다\s*$", line)


@lru_cache(maxsize=8)
def title_start(text: str) -> int:
    """Where a document's title line starts: after a press release's header lines (the kind of
    document, labelled fields, blank lines), else 0. A header is read only when the text opens with the
    kind of document or a field's label, so an article whose first line is its headline keeps it."""
    at, seen, header = 0, 0, False
    while at < len(text) and seen < _LINES:
        line_match = _LINE.match(text, at)
        end = line_match.end() if line_match is not None else len(text)
        line = text[at:end]
        if not line.strip():
            at, seen = end + 1, seen + 1
            continue
        if _kind_line(line) or _field_line(line, header):
            header = True
            at, seen = end + 1, seen + 1
            continue
        break
    return at if header and at < len(text) else 0


# The marks a release's body items open with ("□ 청람시는 …", "○ 이 가운데 …", "- 세부 내용"): each item
# is a paragraph of facts about what the release announces
_ITEM = re.compile(r"[ \t]*[□■○◦❍▢◇◆ㅇ][ \t]|[ \t]*-[ \t]")
_ITEM_LINES = 2


@lru_cache(maxsize=8)
def is_release(text: str) -> bool:
    """Whether a text is a press release: it opens with a release's header, or its body is written as
    items marked □ (two lines or more)."""
    if title_start(text) > 0:
        return True
    return len(re.findall(r"(?m)^[ \t]*□[ \t]", text)) >= _ITEM_LINES


def in_item(text: str, at: int) -> bool:
    """Whether offset ``at`` is on a line of a release's body that opens with an item's mark."""
    start = text.rfind("\n", 0, at) + 1
    return _ITEM.match(text, start) is not None


def subtitle_end(text: str, title_end: int) -> int:
    """The end of a release's subtitle, the line right after the title written between dashes ("- 10월
    19일 청람종합운동장 출발…4개 종목 -"): part of the headline block. ``title_end`` when there is none."""
    if title_end >= len(text):
        return title_end
    end = text.find("\n", title_end + 1)
    end = len(text) if end == -1 else end
    line = text[title_end + 1 : end].strip()
    if len(line) > 2 and line[0] in "-–—" and line[-1] in "-–—":
        return end
    return title_end
