"""A headline that repeats a failing statement's result (s20-arith4).

A headline states the body's news in a few words, and with it the body's figure: "Korea's Cellonix fourth-quarter
revenue rises 4%, …" over "its fourth-quarter revenue rose 4% to 312.4 billion won … from 288.1 billion won" (8.4%,
fresh A2), "담라도 8월 관광객 152만 3천 명…전년 동월 대비 12.4% 증가" over the body's 12.4% (10.4%, fresh4 A1), "- 5일간
경제적 파급효과 96억 원 추산…외지 관광객 80% 차지" over "외지 관광객은 12만 7,400명으로 전체의 80%" (70%, fresh20 A3).
When the body's statement fails, the headline's copy of its result is wrong too, and is reported where it is.

A headline is a line before the body's first line, the first that ends with a full stop (the title, a subtitle, a
dateline: it holds no statement; a title may end in 다, "…찾아 '역대 최다'"). Its figure repeats a failing result when it is written with the same value and unit, and
measures the same thing: the noun its phrase (from the headline's start or the last "…", "·", "," or " - " before it)
ends on, verbs of change and a comparison's base left out ("revenue rises 4%": revenue; "외지 관광객 80% 차지":
관광객), is named before the result in the failing statement's sentence. "Cellonix shares rise 4%" over a failing
revenue growth of 4% is the share price, not the revenue (s20 review): left alone, as is a headline figure that no
failing result equals. The headline is reported as a finding of its own, naming the body's line: it is where the
reader meets the wrong figure first, and the dev sets' intents list the title's line as a location of its own.
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
# Words of a headline that name no measured thing: verbs of change, a comparison's base, units of a figure
_NOT_MEASURED = frozenset("""rise rises rose risen rising fall falls fell falling jump jumps jumped climb climbs climbed
drop drops dropped gain gains gained grow grows grew growth surge surges surged slide slides slid more less than from
year over after before about nearly almost some with after results says said
전년 동월 동기 대비 보다 증가 감소 올라 올랐다 늘어 늘었다 줄어 줄었다 상승 하락 차지 기록 달해 넘어 돌파 추산 약""".split())
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
            s = _repeated(q, failing, document, _measured(m, i))
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


def _measured(m: Masked, i: int) -> str | None:
    """The noun the headline's ``i``-th figure measures: the last word of its phrase that is no verb of change, no
    comparison's base and no figure ("shares rise 4%": shares; "숙박 요금 12% 올라": 요금), else the last such word of
    the phrase before ("8월 관광객 152만 명…전년 동월 대비 12.4% 증가": 관광객)."""
    at = m.text.find(f"⟦{i}⟧")
    head = m.text[: max(at, 0)]
    while True:
        start = _PHRASE_START.match(head)
        phrase = head[start.end() :] if start else head
        words = [_PARTICLE.sub("", w) if not w.isascii() else w.lower() for w in _WORDS.findall(phrase)]
        words = [w for w in words if len(w) >= 2 and w not in _NOT_MEASURED]
        if words:
            return words[-1]
        if not start or start.end() == 0:
            return None
        head = head[: start.end()].rstrip("….·,|-–— ")


def _repeated(q: Quantity, failing: Sequence[Statement], document: str, measured: str | None) -> Statement | None:
    """The failing statement whose result ``q`` repeats, if exactly one does and the noun the headline's figure
    measures is named before the result in the statement's sentence (not one shared word such as the company's name)."""
    if measured is None:
        return None
    found = []
    for s in failing:
        r = s.terms[-1]
        if s.span.start <= q.span.start or r.kind != q.kind or r.unit != q.unit or r.value is None or r.value != q.value:
            continue
        a = max(document.rfind("\n", 0, r.span.start), document.rfind(". ", 0, r.span.start)) + 1
        before = document[a : r.span.start].lower()
        if (measured.rstrip("s") if measured.isascii() else measured) in before:
            found.append(s)
    return found[0] if len(found) == 1 else None
