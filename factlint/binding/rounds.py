"""A funding round's amount (fresh9 C3): "루멘셀(Lumencell)이 시리즈B 투자에서 450억 원을 유치했다", "2019년 직원 5명으로
출발한 이 회사는 올봄 시리즈B에서 620억 원을 끌어모으며", "Lumencell raised 45 billion won in a Series B round".

The round is a qualifier (the claim's scope, "Series B"): a Series A and a Series B amount are two claims, never
compared. In Korean the amount is the object of a past or connective verb of raising (유치했다, 조달하며, 끌어모으며)
right after the round ("시리즈B (투자)에서 N을"), and its owner the clause's topic or subject before the round: a name,
or "이 회사" (이/그/해당/동 + 회사/기업/업체/스타트업), which stands for the one company the sentence before names (as
a kind's apposition, "배터리 소재 기업 루멘셀", or a known name) — none when it names two. A goal ("유치할 계획이다",
"유치를 추진") has no past verb: no claim.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from ..model import Quantity, Span
from .names import Mention
from .words import Word

FUNDING = "funding raised"  # the pack's declared attribute (rules/entities.yaml) a round's amount is the value of
HOW = "amount of a funding round"
ROUND_SCOPE = re.compile(r"Series [A-F]")  # the scope a round gives its amount (checks/contradiction.py)

_KO_ROUND = re.compile(r"시리즈\s?([A-F])(?![A-Za-z])")
_EN_ROUND = re.compile(r"\bSeries\s([A-F])\b")
# between the round and its amount: "시리즈B에서", "시리즈B 투자에서", "시리즈B 라운드로 총"
_KO_BETWEEN = re.compile(r"\s*(?:투자|라운드|펀딩)?\s*(?:에서|로|으로|를\s+통해|을\s+통해)\s*(?:총\s*|약\s*)?\Z")
# after the amount: its object particle and a past or connective verb of raising ("을 끌어모으며", "의 투자를 유치했다")
_KO_RAISED = re.compile(r"\s*(?:을|를|의\s+투자를|규모의\s+투자를)\s*"
                        r"(?:(?:유치|조달)(?:했|하였|하며|해|하고|한)|끌어모(?:았|으며|아|은|으고)|모았|모으며|투자받(?:았|으며|아|은))")
_DEMONSTRATIVES = frozenset({"이", "그", "해당", "동"})
_KINDS = frozenset({"회사", "기업", "업체", "스타트업", "제조사"})


def round_of(sentence: str) -> str | None:
    """The one funding round a sentence names ("시리즈B", "Series B" → "Series B"), None for none or two."""
    rounds = {m.group(1) for m in _KO_ROUND.finditer(sentence)} | {m.group(1) for m in _EN_ROUND.finditer(sentence)}
    return f"Series {rounds.pop()}" if len(rounds) == 1 else None


def korean_round(text: str, sent: Span, q: Quantity, ws: Sequence[Word], ms: Sequence[Mention],
                 is_name: Callable[[str], bool], before: Span | None, before_ms: Sequence[Mention]) -> tuple[Mention, str, int] | None:
    """The owner and round of a Korean round's amount ``q``, and where its owner's word ends, or None when the
    figure is no such amount or its owner is not written."""
    rounds = [r for r in _KO_ROUND.finditer(text, sent.start, q.span.start)
              if _KO_BETWEEN.match(text, r.end(), q.span.start)]
    if len(rounds) != 1 or round_of(text[sent.start : sent.end]) is None \
            or not _KO_RAISED.match(text, q.span.end, sent.end):
        return None
    at = rounds[0].start()
    k = next((i for i in range(len(ws) - 1, -1, -1) if ws[i].end <= at and ws[i].role in ("topic", "subject")
              and not ws[i].inside), None)
    if k is None:
        return None
    w = ws[k]
    name = w.stem.strip(_QUOTES)
    if w.stem in _KINDS and k > 0 and ws[k - 1].stem in _DEMONSTRATIVES and not ws[k - 1].particle:
        owner = _one_company(text, before, before_ms, is_name) if before is not None else None
    elif is_name(name):
        known = next((x for x in ms if x.span.start <= w.start < x.span.end), None)
        owner = known or Mention(Span(w.start, w.start + len(name)), name, None, discovered=True)
    else:
        return None
    return (owner, f"Series {rounds[0].group(1)}", w.end) if owner is not None else None


# The time of the round, between its owner and the round: "올봄 시리즈B에서", "지난해 시리즈A로", "2024년 시리즈B에서"
_KO_WHEN = re.compile(r"(?:^|\s)(?:(?P<year>\d{4})년|(?P<this>올해|올봄|올여름|올가을|올겨울|올\s+(?:상|하)반기|올\s+\d+분기)"
                      r"|(?P<last>지난해|작년))(?=\s)")


def round_period(text: str, start: int, end: int, year: int | None) -> str | None:
    """The year of a round, from the one time word between its owner (``start``) and the round (``end``): a year, or
    this year's or last year's season by the article's date (``year``); None for none, where the article's date
    dates it — never a year of a clause before the owner ("2019년 직원 5명으로 출발한 이 회사는": its founding's)."""
    found = list(_KO_WHEN.finditer(text, start, end))
    if len(found) != 1:
        return None
    m = found[0]
    if m.group("year"):
        return m.group("year")
    if year is None:
        return None
    return str(year if m.group("this") else year - 1)


# A company's name after its kind ("배터리 소재 기업 루멘셀", "스타트업 루멘셀은"): a bare kind noun, then the name
_QUOTES = "'\"‘’“”"
_APPOSED = re.compile(r"(?<![^\s])(?:" + "|".join(sorted(_KINDS)) + r")\s+['‘\"“]?([가-힣A-Za-z][가-힣A-Za-z0-9]+?)['’\"”]?"
                      r"(?=(?:은|는|이|가|을|를|의|도|과|와|에|덕분|\(|\s|[.,]|$))")


def _one_company(text: str, before: Span, ms: Sequence[Mention], is_name: Callable[[str], bool]) -> Mention | None:
    """The one company the sentence before names, for "이 회사": a known name, or a word after its kind noun that is a
    name ("배터리 소재 기업 루멘셀": written as one, or written again elsewhere in the article, as a name is and "기업
    가치" is not as a rule); None when it names none or two ("A사와 B사가 …": which one is not written)."""
    found = {x.entity: x for x in ms if not x.possessor}
    for m in _APPOSED.finditer(text, before.start, before.end):
        name = m.group(1)
        if any(name in e or e in name for e in found):
            continue
        if is_name(name) or text.count(name) >= 2:
            found[name] = Mention(Span(m.start(1), m.end(1)), name, None, discovered=True)
    return next(iter(found.values())) if len(found) == 1 else None
