"""A game's margin written for its score: the difference of the score's two numbers (s20-arith4, fresh20 A5).

A report of a game writes its score as a pair of numbers ("beating the Busan Harbor Hawks 88-79", "하람을 88-79로
꺾었다", "88 대 79로 이겼다", "2:1로 이겼다") and often the margin the score makes: "The win, a 12-point margin, lifted
…" (88 − 79 = 9, fresh20 A5), "a margin of 9 points", "won by 9 points", "9점 차 승리였다", "9점 차로 이겼다". The
margin is the larger number less the smaller, whoever won.

The score is read from the text, as the extractor leaves the pair unread (it masks "88" of "88-79" and nothing of
"88-79로"): the one score before the margin in its sentence, else the one score of the sentence before (in the
paragraph, or the previous block's last sentence), in a sentence with a verb of winning or losing. Not read: two
scores there (a game and its half-time score, two games), a record ("went 21-7", "a 36-18 record", "to 36-18"), a
season or date ("the 2024-25 season", "2-3월"), a margin of another time than the score's ("On Friday they won by 12
points"), a margin to a named party in a table ("5위 부천FC(승점 56)와는 1점 차로": the standings, 승점), a goal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from ...model import Quantity, Span
from ...statements import Masked
from .figures import Figure, Paragraph
from .relations import _GOAL, Found, _difference

# The margin figure's marks: "a ⟦n⟧-point margin", "a margin of ⟦n⟧ (points)", "won by ⟦n⟧ points", "a ⟦n⟧-point win",
# "⟦n점⟧ 차 승리", "⟦n점⟧ 차로 이겼다"
_MARGIN_AFTER_EN = re.compile(r"[\s-]*(?:point|goal|run)s?\s+(?:margin|win|victory|defeat|loss)\b", re.I)
_MARGIN_BEFORE_EN = re.compile(r"\b(?:(?:a|the)\s+(?:winning\s+)?margin\s+(?:was\s+|of\s+)|(?:won|win|winning|lost|lose|losing)\s+by\s+)"
                               r"(?:just\s+|only\s+)?$", re.I)
_MARGIN_UNIT_EN = re.compile(r"(?:\s+(?:point|goal|run)s?\b)?(?!\s*(?:in|on|at|during|last|this|over|against)\b)", re.I)
_MARGIN_AFTER_KO = re.compile(r"\s*차\s*(?:로\s*)?(?:승리|완승|신승|대승|패배|패했|이기|이겼|이긴|꺾|눌렀|누르|물리쳤|졌|석패|승)")
# A margin of more than one game, written after it: "a 12-goal margin over the season", "on aggregate", "시즌 통산"
_SPAN_AFTER = re.compile(r"[^.,;⟦]{0,40}?\b(?:season|campaign|series|tournament|aggregate|overall)\b|[^.,;⟦]{0,20}?(?:시즌|통산|합계)", re.I)
_COUNTERS = ("point", "goal", "run", "점", "골")

# A score: two numbers of at most three digits joined by a hyphen or a dash, "대", or a colon before 로; the first may be
# masked ("⟦0⟧-79": the extractor reads 88 alone, "⟦0⟧ ⟦1⟧로": "88 대" and 79)
_NUM = r"(?:⟦(\d+)⟧|(?<![\d,.⟧-])(\d{1,3}))"
_SCORE = re.compile(rf"{_NUM}\s*(?:[-–]|(?=\s*:\s*\d{{1,3}}\s*로))\s*:?\s*(\d{{1,3}})(?![\d%:-]|[.,]\d|\s*[-–]\s*\d)"
                    rf"|{_NUM}\s*대\s*(\d{{1,3}})(?![\d%]|[.,]\d)|⟦(\d+)⟧\s*⟦(\d+)⟧(?=\s*(?:으로|로))")
# ... or read as a range when the smaller number is first ("lost to the Owls 70-75", "2-3으로 져")
_PLACEHOLDER = re.compile(r"⟦(\d+)⟧")
_RANGE_PAIR = re.compile(r"(\d{1,3})\s*[-–]\s*(\d{1,3})")
# A record, not a score: "went 21-7", "a 36-18 record", "to 36-18", "finished 36-18"
_RECORD_BEFORE = re.compile(r"\b(?:went|record\s+of|to|finished|improved|fell|moved|at)\s+(?:a\s+)?$", re.I)
_RECORD_AFTER = re.compile(r"\s*(?:record|season|campaign)\b|\s*(?:승|패|시즌|월|년)", re.I)
# A verb of the game in the score's sentence
_GAME = re.compile(r"\b(?:beat|beating|beaten|defeat(?:ed|ing)?|won|win|wins|winning|lost|losing|edged|edging|"
                   r"routed|thrashed|victory|defeat|fell|falling)\b|꺾|이겼|이기|이겨|물리쳤|물리치|눌렀|누르|승리|완승|신승|대승|"
                   r"졌|져|패했|패배|석패", re.I)
# A time of the margin's own: "On Friday", "last season", "지난 18일", "전날"
_OWN_TIME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last|previous|earlier|"
                       r"next|season)\b|\d+\s*일|(?:⟦\d+⟧\s*)?(?:지난|전날|어제|다음|시즌)|(?:19|20)\d{2}", re.I)
# A margin to a party in a standings table: "5위 부천FC(승점 56)와는 1점 차로", "승점 차"
_STANDINGS = re.compile(r"승점|순위|⟦\d+⟧\)?\s*(?:와|과)(?:는|의)?\s|\b(?:standings|table|lead|behind|clear\s+of|games?\s+back)\b", re.I)


# Time of a margin's own between it and the score: "since", "last", a year, "지난달", "앞서"
_BETWEEN_TIME = re.compile(r"\b(?:since|last|previous|earlier|ago|before|after|when|than)\b|(?:19|20)\d{2}|지난|앞서|작년|전날|"
                           r"어제|당시|전에|이전", re.I)
# A sentence referring back to the game of the score before it: "The win, a …", "The margin was", "It was a"
_BACK_EN = re.compile(r"\s*(?:(?:The|That|This|Its|Their)\s+(?:win|victory|defeat|loss|margin|result|final\s+score)\b"
                      r"|It\s+was\b)", re.I)
_BACK_KO = re.compile(r"이날|이 경기|이번 경기|이 승리|이번 승리|이 패배")
# A sentence of more games than one: "최근 다섯 경기에서 평균", "on average", "five times", "포함해"
_OTHER_GAMES = re.compile(r"평균|최근|포함|통산|번째|\b(?:average|times|straight|games|seasons?)\b", re.I)


@dataclass(frozen=True)
class Sentence:
    """A sentence to read a score in: its block's masked text and its span there."""

    masked: Masked
    start: int
    end: int


def score_margin(p: Paragraph, f: Figure, tol: Fraction, previous: Sentence | None) -> Found | None:
    """``f`` as the margin of the game whose score stands before it in its sentence, or in the sentence before."""
    if f.q.value is None or f.q.bound is not None or f.q.kind not in ("number", "count") or f.q.unit is not None \
            or (f.q.counter or "").lower().rstrip("s") not in (*_COUNTERS, ""):
        return None
    text = p.masked.text
    s0, s1 = p.sentences[f.sentence]
    if not _is_margin(text, f) or _SPAN_AFTER.match(text, f.end):
        return None
    if _GOAL.search(text, s0, f.start) or _STANDINGS.search(text, s0, f.start):
        return None  # a margin hoped for, or a gap in the standings
    here = _scores(Sentence(p.masked, s0, s1))
    if len(here) > 1:
        return None
    if here:
        if not _same_predicate(text, here[0][2], here[0][3], f, s1):
            return None  # a margin of another game in the score's sentence ("since a 30-point victory over Daegu")
    else:
        # a margin outside the score's sentence is the game's only when its sentence refers back to the game ("The
        # win, a 12-point margin,", "The margin was", "9점 차 승리였다", "이날 …"), with no time or games of its own
        there = Sentence(p.masked, *p.sentences[f.sentence - 1]) if f.sentence > 0 else previous
        if there is None or _OWN_TIME.search(text, s0, f.start) or not _refers_back(text, s0, f) \
                or _OTHER_GAMES.search(text, s0, _clause_end(text, f.end, s1)):
            return None
        here = _scores(there)
    if len(here) != 1:
        return None
    a, b = sorted(here[0][:2], key=lambda g: g.q.value or 0)
    return _difference(a, b, f, True, tol)


def _same_predicate(text: str, start: int, end: int, f: Figure, s1: int) -> bool:
    """The margin belongs to the score's own win or loss: nothing between them but the score's own verb and date (no
    second verb of a game, no time of its own, no clause of its own), and no other opponent or time after it."""
    if f.start >= end:
        between = text[end:f.start]
        if re.match(r"\s*(?:으로|로)", between):  # "88-79로 꺾고 …": the score's own verb follows 로
            between = re.sub(r"^\s*(?:으로|로)\s*(?:" + _GAME.pattern + r")", "", between, flags=re.I)
        between = re.sub(r",\s*(?:winning|losing)\s+by\s*$", "", between, flags=re.I)
    else:
        between = text[f.end:start]
    if _GAME.search(between) or _BETWEEN_TIME.search(between) or re.search(r",\s*(?:who|which|that)\b", between, re.I):
        return False
    after = re.match(r"[^,.;⟦]*", text[f.end:s1]).group(0)  # type: ignore[union-attr]
    if re.search(r"(?:19|20)\d{2}|\b(?:since|last|previous|earlier|ago)\b", after, re.I):
        return False
    other = re.search(r"\b(?:over|against|to)\s+(?:the\s+)?([A-Z][\w-]+)", after)
    return other is None or other.group(1) in text[max(0, start - 200):start]


def _clause_end(text: str, at: int, s1: int) -> int:
    """Where the margin's clause ends: the next comma or the sentence's end ("The win, a 12-point margin, lifted them
    … with no games left": the games are not the margin's)."""
    comma = text.find(",", at, s1)
    return comma if comma != -1 else s1


def _refers_back(text: str, s0: int, f: Figure) -> bool:
    head = text[s0:f.start]
    if not head.strip():
        return True  # "9점 차 승리였다": the margin opens its sentence
    if _BACK_EN.match(head):
        return True
    return _BACK_KO.search(head) is not None


def _is_margin(text: str, f: Figure) -> bool:
    if (f.q.counter or "").lower() in ("점", "골"):
        return _MARGIN_AFTER_KO.match(text, f.end) is not None
    if _MARGIN_AFTER_EN.match(text, f.end) or (f.q.counter or "").lower().rstrip("s") in ("point", "goal", "run") \
            and re.match(r"\s+(?:margin|win|victory|defeat|loss)\b", text[f.end:], re.I):
        return True
    return _MARGIN_BEFORE_EN.search(text, max(0, f.start - 30), f.start) is not None \
        and _MARGIN_UNIT_EN.match(text, f.end) is not None


def _scores(s: Sentence) -> list[tuple[Figure, Figure, int, int]]:
    """The game scores of a sentence (none when it has no verb of a game), each as two synthetic figures."""
    text = s.masked.text
    if not _GAME.search(text, s.start, s.end):
        return []
    out: list[tuple[Figure, Figure, int, int]] = []
    for m in _SCORE.finditer(text, s.start, s.end):
        if _RECORD_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _RECORD_AFTER.match(text, m.end()):
            continue
        pair = _pair(s.masked, m)
        if pair is None:
            return []  # a pair of numbers not read as a score: which is the game's is not said
        out.append((*pair, m.start(), m.end()))
    for m in _PLACEHOLDER.finditer(text, s.start, s.end):
        q = s.masked.terms[int(m.group(1))]
        r = _RANGE_PAIR.fullmatch(q.text.strip())
        if q.bound == "range" and r is not None and not _RECORD_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            out.append((_raw_at(q.span.start + r.start(1), r.group(1)), _raw_at(q.span.start + r.start(2), r.group(2)),
                        m.start(), m.end()))
    return out


def _pair(masked: Masked, m: re.Match[str]) -> tuple[Figure, Figure] | None:
    groups = m.groups()
    if groups[6] is not None:  # "⟦i⟧ ⟦j⟧로": "88 대" and 79
        first, second = masked.terms[int(groups[6])], masked.terms[int(groups[7])]
        if not first.text.rstrip().endswith("대") or first.value is None or second.value is None:
            return None
        return _figure(first, first.value), _figure(second, second.value)
    at = 0 if groups[2] is not None else 3  # the hyphen's pair, else the pair around 대
    masked_first, raw_first, raw_second = groups[at], groups[at + 1], groups[at + 2]
    if masked_first is not None:
        q = masked.terms[int(masked_first)]
        if q.value is None or q.value.denominator != 1 or q.counter or q.unit or q.value >= 1000:
            return None
        a = _figure(q, q.value)
    else:
        a = _raw(masked, m.start(at + 2), raw_first)
    return a, _raw(masked, m.start(at + 3), raw_second)


def _raw(masked: Masked, at: int, digits: str) -> Figure:
    return _raw_at(masked.absolute(at), digits)


def _raw_at(a0: int, digits: str) -> Figure:
    value = Fraction(int(digits))
    return _figure(Quantity(Span(a0, a0 + len(digits)), digits, "count", value, value, value), value)


def _figure(q: Quantity, value: Fraction) -> Figure:
    if q.kind != "count" or q.counter:  # "88 대" of "88 대 79로" is the score's 88
        q = Quantity(q.span, str(value), "count", value, value, value)
    return Figure(-1, q, -1, -1, -1, -1, "other", None, "count")
