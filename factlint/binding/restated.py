"""Counts that restate what the text has just said, and so claim nothing of their own (issue #14).

"미국과 중국 두 나라", "한·중·일 3국", "France and Spain, the two countries": the count is the number
of names listed right before it; "앞선 두 종", "these three companies": a determiner points back to
things already named; "두 회사 모두", "둘 중 누가": a native numeral gathering what was named before.
None of them is a value another article could contradict: binding them to the clause's owner makes
a claim out of the article's grammar (realworld's 천안함, 갤럭시 S8 and scinews articles, session 10).
A count the list does not add up to ("LNG 운반선과 컨테이너선 12척") is a claim as before.

Two more kinds of figure claim nothing of the clause's owner (``framed``): the size of the set
something ranks first among ("도내 4개 시·군 가운데 처음으로": the province has four, not the city
that is first), and a figure inside the name of an event or place that is itself an adverbial of
place ("남자 자유형 200m 결승에서": the race, not a length of the swimmer's).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..model import Quantity, Span
from .structure import MEASURE_NOUNS, NOT_OWNERS, figure_words, is_time_word
from .words import Word

# A Korean item of a list: a bare word (Hangul, Latin letters, digits), no particle after it
_KO_ITEM = r"[가-힣A-Za-z0-9]+"
# how Korean joins the items of a list: 와/과 glued to the item before, a comma, a middle dot, 및
_KO_LAST = re.compile(rf"(?<![가-힣A-Za-z0-9])({_KO_ITEM})\s?\Z")
_KO_JOINED = re.compile(rf"(?<![가-힣A-Za-z0-9])({_KO_ITEM}?)(?:(?<=[가-힣A-Za-z0-9]{{2}})[와과]\s|\s?[,、]\s?|·|\s및\s)\Z")
# an English item: one or more capitalised words
_EN_ITEM = r"[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3}"
_EN_TAIL = re.compile(r"(?:,|\s[-–—])\s(?:the|all|both|its|their)?\s?\Z")
_EN_LAST = re.compile(rf"(?<![\w'.-])(?:and|or)\s({_EN_ITEM})\Z")
_EN_EARLIER = re.compile(rf"(?<![\w'.-])({_EN_ITEM}),?\s\Z")

# a determiner pointing back to things already named, right before the count
_KO_POINTING = re.compile(r"(?<![가-힣])(?:이|그|이들|그들|앞선|앞의|위의|상기|해당)\s\Z")
_EN_POINTING = re.compile(r"(?<![\w-])(?:[Tt]hese|[Tt]hose)\s\Z")
# "all" gathers what was named only before a count in words ("all three companies", as 두 회사 모두); before
# digits it states a total ("all 239 people on board", "all 150 pilots": as "승객 214명 모두", a claim)
_EN_ALL = re.compile(r"(?<![\w-])[Aa]ll\s\Z")
# the native numerals written alone as determiners (두 회사) or pronouns (둘, 셋)
_NATIVE = frozenset({"두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "둘", "셋", "넷"})
_NATIVE_PRONOUN = frozenset({"둘", "셋", "넷"})
# "두 회사 모두", "두 모바일 AP 모두": at most three bare words, then 모두 (all of them)
_ALL_AFTER = re.compile(r"(?:\s[가-힣A-Za-z0-9]+){1,3}\s모두(?![가-힣])")
_AMONG_AFTER = re.compile(r"\s중\s(?!(?:하나|한|1))")

# "참가하는 국가는 사우디아라비아와 아이티 2개 국가이다": the count is what the copula states of its
# topic, a claim of its own however it is written
_PREDICATE_AFTER = re.compile(r"\s?[가-힣]*(?:이|였|이었)(?:다|며|고|었다)(?![가-힣])")

_WINDOW = 80  # how far back a list before the count is read


def _korean_items(before: str) -> int:
    """How many items a Korean list ending right before a figure has ("일본과 독일 ", "한·미·일 "): 0
    when the word before the figure is not the last item of a list of two or more."""
    last = _KO_LAST.search(before)
    if last is None:
        return 0
    n, at = 1, last.start()
    while True:
        joined = _KO_JOINED.search(before, 0, at)
        if joined is None or not joined.group(1):
            break
        n, at = n + 1, joined.start()
    return n if n > 1 else 0


def _english_items(before: str) -> int:
    """How many items an English list ending before ", the N" has ("France and Spain, the two")."""
    tail = _EN_TAIL.search(before)
    if tail is None:
        return 0
    last = _EN_LAST.search(before, 0, tail.start())
    if last is None:
        return 0
    n, at = 1, last.start()
    while True:
        earlier = _EN_EARLIER.search(before, 0, at)
        if earlier is None:
            break
        n, at = n + 1, earlier.start()
        if not before[:at].endswith(", "):
            break
    return n


# "the first of the 10 southern Asian nations", "one of the 17 cities", "the busiest of the five ports": the
# English set a rank is among
_EN_RANKED_AMONG = re.compile(r"(?<![\w-])(?:first|second|third|last|only|one|largest|biggest|smallest|highest|lowest|"
                              r"best|worst|busiest|fastest|oldest|youngest)\s+of\s+(?:the|its|their)\s+\Z", re.I)


def restated(text: str, q: Quantity, span: Span, sentence_start: int) -> str | None:
    """Why the count ``q`` at ``span`` restates what the text has said, or None when it is a count of its own."""
    if q.value is None or q.value != int(q.value) or q.kind not in ("count", "number"):
        return None
    before = text[max(sentence_start, span.start - _WINDOW) : span.start]
    if _EN_RANKED_AMONG.search(before):
        return "no claim of its own: the size of the set a rank is among (the first of the 10 nations)"
    if q.kind != "count":
        return None
    after = text[span.end : span.end + 40]
    if _PREDICATE_AFTER.match(after):
        return None
    korean = "가" <= q.text[:1] <= "힣" or any("가" <= c <= "힣" for c in before[-12:])
    listed = _korean_items(before) if korean else _english_items(before)
    if listed > 1 and listed == q.value:
        return f"restates a count: the {listed} names listed right before it"
    if (_KO_POINTING if korean else _EN_POINTING).search(before) \
            or not korean and q.text.isalpha() and _EN_ALL.search(before):
        return "restates a count: a determiner points back to what the text already named"
    word = q.text.strip()
    if word in _NATIVE and _ALL_AFTER.match(after) or word in _NATIVE_PRONOUN and _AMONG_AFTER.match(after):
        return "restates a count: a native numeral gathering what the text already named (모두, 중)"
    return None


# what ranks something first (or Nth) among a set: "가운데 처음으로", "중 가장", "중 세 번째로"
_AMONG = frozenset({"가운데", "중"})
_RANKS = re.compile(r"(?:처음|최초|유일|가장|최대|최고|최다|최저|최소|첫|첫째|\d+위|\d+번째|[가-힣]+\s?번째)")


def _no_measure_before(w: Word) -> bool:
    """Whether the word before a figure names no measure of it: a verb (one ending a clause in 고/며 too:
    "찍고"), or an object ("사진을"); not "파라미터가", "인구", nor a parallel figure ("700억개로, 2800억개인
    고퍼의": the figure after the comma measures what the one before it did)."""
    if any(c.isdigit() for c in w.text):
        return False
    return w.predicate or w.hangul and w.text.endswith(("고", "며", "면서")) and not w.particle or w.role == "object"


def _class_noun(w: Word) -> bool:
    """A noun a class figure describes: a Hangul or Latin word, with or without its particle ("터빈", "TV를")."""
    return not w.predicate and not w.opens and w.stem[:1].isalpha() and not is_time_word(w.stem)


def _bare_noun(w: Word) -> bool:
    """A Hangul noun with no particle, glued into the compound around it."""
    return w.hangul and not w.particle and not w.predicate and not w.closes and not w.opens \
        and not is_time_word(w.stem) and w.stem not in MEASURE_NOUNS and w.stem not in NOT_OWNERS


_CLASS = "급"  # "N급 X": X of the N class (8.5㎿급 터빈, 12m급 버스)


def framed(ws: Sequence[Word], q: Quantity, span: Span) -> str | None:
    """Why the Korean figure at ``span`` claims nothing of its own: it sizes the set a rank is among, it
    is inside the name of an event or place said as where something happened, or it is the class of the
    noun after it. None otherwise."""
    # the first and last word the figure is written in (two binary searches, not a scan of every word)
    found = figure_words(ws, span)
    if found is None:
        return None
    k, j = found
    if ws[j].end == span.end + 1 and ws[j].text.endswith(_CLASS) and j + 1 < len(ws) and _class_noun(ws[j + 1]):
        # "8.5㎿급 터빈 40기를 설치해", "65인치급 TV를": the class of the thing named after it, a rating of the
        # model, not a figure of the clause's topic (who installs or sells it)
        return "no claim of its own: a class (N급) describing the noun after it"
    if ws[j].end == span.end + 1 and ws[j].text.endswith("인") and j + 1 < len(ws) \
            and _class_noun(ws[j + 1]) and (k == 0 or _no_measure_before(ws[k - 1])):
        # "사진을 찍고 20대인 두 자녀에게": the copula's adnominal 인 makes the figure describe the noun after it
        # (children in their twenties); with no noun before it naming the measure ("파라미터가 1750억 개인
        # 모델") it says nothing of the clause's topic
        return "no claim of its own: a value describing the noun after it (N인 X)"
    if ws[j].end != span.end or ws[j].particle:
        return None
    after = ws[j + 1 : j + 4]
    if q.kind == "count" and len(after) == 3 and _bare_noun(after[0]) and after[1].stem in _AMONG and not after[1].particle \
            and _RANKS.fullmatch(after[2].stem):
        return "no claim of its own: the size of the set a rank is among (N개 X 가운데 처음)"
    if k == 0 or not _bare_noun(ws[k - 1]) or ws[k - 1].end + 1 != ws[k].start:
        return None
    for w in after[:2]:
        if w.particle == "에서" and w.hangul and not w.predicate:
            return "no claim of its own: a figure inside the name of an event or place (자유형 200m 결승에서)"
        if not _bare_noun(w):
            return None
    return None
