"""`headline`: a figure in an article's title that its body states otherwise.

What it does
    Reads the title (the first line, or the first Markdown heading, when it is short and does not
    end like a sentence; in a press release, the first line after its header: binding/headers.py) and, for each figure in it, the figures of the body written in the same
    frame: the same unit or counter, followed by the same word ("155일 만에 지구 돌아왔다" and
    "체류한지 115일 만이다": days, then 만). When the body has such figures and none of them agrees
    with the title's, the title's figure is reported, with the body's as related places.

Why
    A headline is read by ten times more people than the body, and it is written last, often by
    someone else: a figure retyped in it ("155일" for the body's "115일") is a correction waiting
    to happen. The body is the better witness — it carries the figure in its sentence — so the
    finding sits on the title.

Example
    ``우주인 3명 "155일 만에 지구 돌아왔다"`` over a body saying ``국제우주정거장(ISS)에서 체류한지
    115일 만이다.`` → ``warning: the title says '155일' (155 days) 만, the body '115일' (115 days) 만
    at line 3; none of the body's figures in that frame agrees with the title's [headline-figure]``

    Not reported: a round title figure ("half a trillion parameters", "1조 원 시대", "3000억"), which
    a headline may round from the body's 520 billion; a figure the body restates in the same frame
    ("3명" and "3명"); dates and years ("2022 베이징" and "2008"), which a title and its background
    paragraph often differ in; a title figure the body states anywhere, in any frame ("32만 9천명 늘어"
    and "32만 9천 명 증가했다"); a body figure of a part or of another subject ("취업자 33만명 늘어"
    and "60세 이상 취업자가 29만 7천 명 늘어", "실업자는 2만 명 늘어": the noun before the figure, or
    the word modifying it, is not the title's); two figures whose following words differ ("155일 만에" and "115일
    동안") — another frame may be another event; a frame word that is only a particle or an ending
    ("1840억 달러로" and "262억달러로": 로 says nothing about what is measured).

Options
    ``min_digits`` (integer ≥ 1, default 2): a title figure needs this many significant digits
    to be checked: "155" has 3, "3000억" and "half a trillion" 1.
    ``max_title`` (integer, default 150): the longest first line taken as a title, in characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

from .. import english, korean
from ..binding import headers
from ..claimtools import fmt, show
from ..codec import MessagePack
from ..config.ruleset import Rule
from ..model import Block, Document, Finding, Location, Quantity
from ..tolerance import agree, comparable
from .base import Check, Corpus, DocumentView, Focus, focused_documents, new_finding

KIND = "headline"
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "min_digits": {"type": "integer", "minimum": 1, "description": "Significant digits a title figure needs to be checked."},
        "max_title": {"type": "integer", "minimum": 10, "description": "The longest first line taken as a title."},
    },
}
DEFAULTS: dict[str, Any] = {"min_digits": 2, "max_title": 150}


@dataclass(frozen=True)
class Mismatch:
    """A title figure and the body figures of its frame, none of which agrees with it."""

    title: Quantity
    frame: str
    body: tuple[Quantity, ...]


Mismatches = tuple[Mismatch, ...]

# Labels of a date or a time ("7월", "30일(현지시간)", "2022년") are read as numbers with a counter:
# a title and the body's background often name other days.
_FIGURE_KINDS = frozenset({"count", "money", "percent", "quantity", "ratio", "number"})
# The particles and endings a frame word may carry, longest first: "만에", "만이다", "만의" are 만.
_ENDINGS = tuple(sorted({*korean.AFTER_NAME, *korean.ON_NOUN, "이다", "이었다", "였다", "이며", "이고", "다"},
                        key=lambda s: (-len(s), s)))
_PARTICLES = frozenset(_ENDINGS)
_VERB_SUFFIX = re.compile(r"(?:하|했|한|할|해|되|됐|된|될|돼|시키|시킨|시켰)[가-힣]{0,3}$")
_YEAR = re.compile(r"(?:1[0-9]|20|21)\d\d")
_NEXT_WORD = re.compile(r"[ \t*_~]*([^\s\"'“”‘’.,!?:;()\[\]…*_~]+)")  # emphasis marks around a figure are not words
# A first line that ends with a full stop is the body's first sentence, not a title (a Korean headline
# may end in 다 — "155일 만에 지구 돌아왔다" — but not in a full stop).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$")


class Headline(Check[Mismatches]):
    """A document's summary is its title figures that the body restates otherwise, each with the body's figures."""

    kind = KIND
    options_schema = OPTIONS_SCHEMA
    defaults = DEFAULTS
    needs = frozenset({"quantities"})
    scope = "documents"  # a title and its body are one document
    codec = MessagePack(Mismatches)

    def summarise(self, view: DocumentView, rule: Rule) -> Mismatches:
        title = _title(view.document, view.blocks, int(rule.options.get("max_title", DEFAULTS["max_title"])))
        if title is None:
            return ()
        min_digits = int(rule.options.get("min_digits", DEFAULTS["min_digits"]))
        text = view.document.prose_text  # link targets and code blanked: the word after a figure is prose
        heads = [(q, f) for q in view.quantities if title.span.contains(q.span) and _checkable(q, min_digits)
                 and (f := _frame(text, q))]
        if not heads:
            return ()
        body = [(q, _frame(text, q)) for q in view.quantities if q.span.start >= title.span.end and q.kind in _FIGURE_KINDS]
        title_words = frozenset(_bare(w) for w in text[title.span.start : title.span.end].split())
        out = []
        for q, frame in heads:
            if any(_same_measure(q, b) and agree(q, b) for b, _ in body):
                continue  # the body restates the title's figure, whatever the words around it
            subject = _subject(text, q, title=True)
            same = tuple(b for b, f in body if f == frame and _same_measure(q, b)
                         and _same_subject(subject, _subject(text, b, title=False), title_words))
            if same:
                out.append(Mismatch(q, frame, same))
        return tuple(out)

    def check(self, corpus: Corpus[Mismatches], rule: Rule, focus: Focus) -> Iterator[Finding]:
        for doc, summary in focused_documents(corpus, focus):
            for m in summary:
                yield _finding(rule, doc, m)


def _title(doc: Document, blocks: Sequence[Block], max_title: int) -> Block | None:
    """The first block, when it is a title: one short line, with a body after it, not ending like a sentence."""
    start = headers.title_start(doc.text)  # after a press release's header lines ("보 도 자 료", "배포일시: …")
    blocks = [b for b in blocks if b.span.end > start]
    if len(blocks) < 2:
        return None
    first = blocks[0]
    if first.span.start < start:
        return None  # the header and the title in one block: no title block of its own
    line = doc.text[first.span.start : first.span.end]
    if "\n" in line.strip() or len(line) > max_title or _SENTENCE_END.search(line):
        return None
    return first


def _checkable(q: Quantity, min_digits: int) -> bool:
    if q.kind not in _FIGURE_KINDS or q.kind == "number" and q.counter is not None or q.bound == "range":
        return False
    if q.kind == "number" and _YEAR.fullmatch(q.text):
        return False  # a year written bare ("2022 베이징 동계 올림픽"): a title's event, not a measure
    digits = re.sub(r"\D", "", q.text).strip("0")  # "0.5%" has one significant digit, "155" three
    return len(digits) >= min_digits


def _frame(text: str, q: Quantity) -> str:
    """The word after a figure that says what it is about, less its particle ("만에" → 만); "" for none."""
    m = _NEXT_WORD.match(text, q.span.end, min(len(text), q.span.end + 40))
    if m is None:
        return ""
    word = m.group(1)
    if word.isascii():
        word = word.casefold()
        if word == "of":  # "64% of voters": what the share is of
            after = _NEXT_WORD.match(text, m.end(), min(len(text), m.end() + 40))
            word = after.group(1).casefold() if after is not None and after.group(1).isascii() else ""
        return "" if word in english.GRAMMAR or not word.isalpha() else word
    if word in _PARTICLES:
        return ""  # "1840억 달러로": a particle says how, not what
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            word = word[: -len(ending)]
            break
    # a 하다/되다 verb is its noun: "1,234명 발생" and "1,243명 발생했다" are one frame
    verb = _VERB_SUFFIX.search(word)
    return word[: verb.start()] if verb is not None and verb.start() >= 2 else word


_CLAUSE_START = re.compile(r"[.,;:!?\"'“”‘’\n]|\([^()\n]*\)")
_PARENTHESIS = re.compile(r"\([^()\n]*\)")


def _bare(word: str) -> str:
    """A Korean word less its particle ("취업자가" → 취업자)."""
    for particle in korean.ON_NOUN:
        if word.endswith(particle) and len(word) > len(particle):
            return word[: -len(particle)]
    return word


def _subject(text: str, q: Quantity, title: bool) -> tuple[str, str] | None:
    """The Korean noun right before a figure that the figure measures, and the word that modifies it.

    "60세 이상 취업자가 29만 7천 명 늘어" → (취업자, 이상). In the body the noun must carry a subject
    or topic particle (a bare word before a figure there is as often "대비" as a subject); a headline
    drops its particles, so there a bare noun is the subject. A parenthesis is part of the word it
    follows ("청년층(15~29세)").
    """
    line_start = text.rfind("\n", 0, q.span.start) + 1
    words = _PARENTHESIS.sub("", text[line_start : q.span.start]).split()
    if not words or not all("가" <= c <= "힣" for c in words[-1]):
        return None
    word = words[-1]
    head = next((word[: -len(p)] for p in korean.SUBJECT if word.endswith(p) and len(word) > len(p)), None)
    if head is None:
        if not title:
            return None
        head = word
    modifier = words[-2] if len(words) > 1 and not _ends_a_clause(words[-2]) else ""
    return head, modifier


def _ends_a_clause(word: str) -> bool:
    """A word after which the subject's noun phrase cannot go on: punctuation, a particle, a verb ending."""
    if _CLAUSE_START.search(word[-1]):
        return True
    if word.endswith("의"):
        return False  # a possessor modifies the noun: "60세 이상의 취업자"
    return word != _bare(word) or word[-1] in korean.ENDING_SYLLABLES


def _same_subject(title: tuple[str, str] | None, body: tuple[str, str] | None, title_words: frozenset[str]) -> bool:
    """The body's figure measures what the title's does: the same noun, and no modifier the title lacks.

    "2월 취업자 33만명 늘어" is not about "60세 이상 취업자가 29만 7천 명 늘어" (a part of the whole) nor
    "실업자는 2만 명 늘어" (another subject); a body subject the title's figure has no noun for is
    compared as before.
    """
    if body is None:
        return True
    head, modifier = body
    if title is not None and title[0] != head:
        return False
    return not modifier or _bare(modifier.removesuffix("의")) in title_words


def _same_measure(a: Quantity, b: Quantity) -> bool:
    return comparable(a, b) and a.unit == b.unit and a.counter == b.counter


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _value(q: Quantity) -> str:
    """The figure's value for the message: a duration in its own unit ("155 days"), else normalised."""
    if q.kind == "quantity" and q.unit in _TIME_UNITS and q.value is not None:
        return f"{fmt(q.value)} {q.unit}{'' if q.value == 1 else 's'}"
    return show(q)


def _finding(rule: Rule, doc: Document, m: Mismatch) -> Finding:
    body = m.body[0]
    line = doc.position(body.span.start).line
    more = f" and {len(m.body) - 1} more place{'s' if len(m.body) > 2 else ''}" if len(m.body) > 1 else ""
    message = (f"the title says '{m.title.text}' ({_value(m.title)}) {m.frame}, the body '{body.text}' ({_value(body)}) "
               f"{m.frame} at line {line}{more}; none of the body's figures in that frame agrees with the title's")
    related = tuple(Location(doc.path, b.span, "the body's figure") for b in m.body)
    data = {"title": m.title.text, "frame": m.frame, "body": [b.text for b in m.body]}
    return new_finding(rule, message, Location(doc.path, m.title.span), related, data)


CHECK = Headline()
