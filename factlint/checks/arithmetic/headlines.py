"""A headline that repeats a failing statement's result (s20-arith4).

A headline states the body's news in a few words, and with it the body's figure: "Korea's Cellonix fourth-quarter
revenue rises 4%, …" over "its fourth-quarter revenue rose 4% to 312.4 billion won … from 288.1 billion won" (8.4%,
fresh A2), "담라도 8월 관광객 152만 3천 명…전년 동월 대비 12.4% 증가" over the body's 12.4% (10.4%, fresh4 A1), "- 5일간
경제적 파급효과 96억 원 추산…외지 관광객 80% 차지" over "외지 관광객은 12만 7,400명으로 전체의 80%" (70%, fresh20 A3).
When the body's statement fails, the headline's copy of its result is wrong too, and is reported where it is.

A headline is a line before the body's first line, the first that ends with a full stop (the title, a subtitle, a
dateline: it holds no statement; a title may end in 다, "…찾아 '역대 최다'"). Its figure repeats a failing result when it is written with the same value and unit, and its
phrase (from the headline's start or the last "…", "·", "," or " - " before it) shares a word with the failing
statement's line ("revenue", "전년", "관광객"). A headline figure that no failing result equals, or whose phrase names
nothing of the line, is left alone.
"""

from __future__ import annotations

import re
from typing import Sequence

from ...model import Quantity, Statement
from ...statements import Masked

# Where a headline's phrase starts: "…", "·", ",", " - ", "|"
_PHRASE_START = re.compile(r".*(?:…|\.\.\.|·|,|\s[-–—]\s|\||^\s*[-–—]\s)", re.S)
# The words of a phrase: Hangul words of two syllables or more (their particle left on), Latin words of four letters or more
_WORDS = re.compile(r"[가-힣]{2,}|[A-Za-z]{4,}")
_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|의|에|로|으로|과|와|도)$")
# The forms whose stated result is their last term (a CAGR's last is the change's end, a ratio's its base)
_RESULT_LAST = ("growth", "share", "difference", "sum")
# A line that ends like a sentence: the body has begun
_SENTENCE_END = re.compile(r"[.!?。][\"'”’」』)]*\s*$")  # not 다 alone: "…찾아 '역대 최다'" is a title


def headline_repeats(masked: Sequence[Masked], statements: Sequence[Statement], document: str) -> list[Statement]:
    """Statements for the headline figures that repeat a failing result of the body (see the module's docstring)."""
    failing = [s for s in statements if s.verdict == "fails" and s.terms and s.form in _RESULT_LAST]
    if not failing:
        return []
    out = []
    for m in _headline_blocks(masked):
        for i, q in enumerate(m.terms):
            s = _repeated(q, failing, document, _phrase(m, i))
            if s is None:
                continue
            line = document.count("\n", 0, s.span.start) + 1
            message = f"the headline repeats {q.text} of line {line}, where {s.data.get('message', s.recomputation)}"
            out.append(Statement(s.rule, s.kind, s.form, s.path, q.span, q.text, s.recomputation, "fails", (q,),
                                 {"message": message}))
    return out


def _headline_blocks(masked: Sequence[Masked]) -> list[Masked]:
    """The masked blocks before the first block that ends like a sentence (the body's first) or is a table row."""
    out = []
    for m in masked:
        if _SENTENCE_END.search(m.block.text) or m.block.text.lstrip().startswith("|"):
            break  # the body's first sentence, or a table: a Markdown table's rows end in no full stop either
        out.append(m)
    return out


def _phrase(m: Masked, i: int) -> str:
    """The headline's text from its phrase's start to the ``i``-th placeholder."""
    at = m.text.find(f"⟦{i}⟧")
    head = m.text[: max(at, 0)]
    start = _PHRASE_START.match(head)
    return head[start.end() :] if start else head


def _repeated(q: Quantity, failing: Sequence[Statement], document: str, phrase: str) -> Statement | None:
    """The failing statement whose result ``q`` repeats, if exactly one does and the phrase names its line."""
    words = {_PARTICLE.sub("", w) if not w.isascii() else w.lower() for w in _WORDS.findall(phrase)}
    words = {w for w in words if len(w) >= 2}
    found = []
    for s in failing:
        r = s.terms[-1]
        if s.span.start <= q.span.start or r.kind != q.kind or r.unit != q.unit or r.value is None or r.value != q.value:
            continue
        a = document.rfind("\n", 0, s.span.start) + 1
        b = document.find("\n", s.span.start)
        line = document[a : b if b != -1 else len(document)]
        if any(w in line or w in line.lower() for w in words):
            found.append(s)
    return found[0] if len(found) == 1 else None
