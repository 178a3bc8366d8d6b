"""A descriptor written before an owner's name is no part of the name (issue 14).

A clause's owner is read as the whole noun phrase before its particle, and an editor's phrase often
puts a word that describes the thing before its name: who runs it ("시립 별누리천문대의 누적 방문객": the
city's observatory), the province it is in ("충북 청람공항의 이용객"), what it is, by a copula's adnominal
("환승역인 서진시청역의 평일 환승객": 서진시청역, which is a transfer station), or an English measure
compound ("the 2,850-tonne Soha Queen II, due to enter service in March 2026"). The owner is the name
after the descriptor — when the document also writes that name on its own (after no other bare word: "일반 콜택시"
is no "콜택시" alone), the evidence that it is a name and not the head of a longer one ("충북 청주FC" is no phrase of
this kind when the page never writes "청주FC" alone; "장애인 콜택시" is a kind of call taxi, not a taxi described).

Who runs it and where it is still tell two things of one name apart ("국립 현대미술관" and "시립 현대미술관", "서울
지하철" and "부산 지하철"): such a word is kept as the claim's soft place (``qualifier``; binding/softplace.py), so the
claim meets another document's bare name but never one with another such word. A copula's adnominal or a measure
compound only describes, and is dropped.
"""

from __future__ import annotations

import re

# Who runs it: a city's, a province's, the state's, a private one
_OWNERSHIP = frozenset(("시립", "도립", "국립", "군립", "구립", "공립", "사립", "시영", "도영", "국영", "군영", "구영"))
# A province or metropolitan city, as a dateline or a locator before a name writes it
_PROVINCES = frozenset(("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남",
                        "전북", "전남", "경북", "경남", "제주"))
# A noun with the copula's adnominal "-인" ("환승역인", "종점인", "본사인"): "X인 Y" is "Y, which is an X" — not a
# noun that ends in 인 itself: a people's (외국인, 직장인, 연예인, 민간인) or a loanword's (온라인, 디자인, 가이드라인)
_COPULA = re.compile(r"[가-힣]{2,}인")
_NOUN_IN = ("국인", "장인", "예인", "간인", "부인", "반인", "본인", "제인", "라인", "자인")
# "2,850-tonne", "24-year-old", "340-megawatt": a number joined by hyphens to the words of its measure
_MEASURE_COMPOUND = re.compile(r"\d[\d,.]*(?:-[a-z]+)+")


def bare_name(text: str, owner: str) -> str | None:
    """The name of ``owner`` without the descriptor it opens with ("시립 별누리천문대" → "별누리천문대"); None: the
    owner opens with no descriptor. An English measure compound before a capitalised name is dropped wherever it
    stands; a Korean word (a copula's adnominal "환승역인", who runs it 시립, the province 충북) only when the text
    writes the name as a phrase of its own too (``_written_alone``)."""
    first, _, rest = owner.partition(" ")
    if not rest or not _hangul(rest[:1]) and not rest[:1].isupper():
        return None  # ("서울 IT 기업", "850-tonne ship": a name after it is Hangul or capitalised)
    if _MEASURE_COMPOUND.fullmatch(first) and rest[:1].isupper():
        return rest
    if not _hangul(rest[:1]) or first not in _OWNERSHIP and first not in _PROVINCES \
            and (_COPULA.fullmatch(first) is None or first.endswith(_NOUN_IN)):
        return None
    if first not in _OWNERSHIP and first not in _PROVINCES and _other_kind(text, rest, first):
        return None  # (a word in 인 may be a noun that makes a kind of the head: "장애인 콜택시" beside "일반 콜택시")
    return rest if _written_alone(text, rest) else None


def qualifier(owner: str) -> str | None:
    """The word of ``owner`` that ``bare_name`` drops and that still tells two things of one name apart: who runs it
    ("국립", "시립") or the province it is in ("서울", "충북"); None for a word that only describes."""
    first, _, rest = owner.partition(" ")
    return first if rest and (first in _OWNERSHIP or first in _PROVINCES) else None


def _written_alone(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a phrase of its own somewhere: after the start of its line, a mark, or a
    word that ends in a particle or an ending — not as the head of a longer noun phrase ("일반 콜택시")."""
    for m in re.finditer(re.escape(name), text):
        before = text[max(0, m.start() - 40) : m.start()]
        if before and not before[-1].isspace() and before[-1] not in "([\"'“‘「『<":
            continue  # (inside a longer word: "벌담시립별누리천문대")
        word = before.rstrip(" \t").rsplit(None, 1)[-1] if before.strip(" \t") else ""
        if not word or before.rstrip(" \t").endswith("\n") or not _hangul(word[-1:]) and not word[-1:].isalnum() \
                or word[-1] in _ENDINGS:
            return True
    return False


def _other_kind(text: str, name: str, word: str) -> bool:
    """Whether ``text`` writes ``name`` after a bare Hangul word other than ``word`` too ("장애인 콜택시" and "일반
    콜택시"): the name is a common head, and the word before it tells one kind of it from another."""
    for m in re.finditer(rf"(?<![가-힣])([가-힣]+)[ \t]+{re.escape(name)}", text):
        if m.group(1) != word and m.group(1)[-1] not in _ENDINGS:
            return True
    return False


# The last syllable of a word that ends in a particle or a verb's ending (a topic, subject, object, locative; an
# adnominal or a connective): a word after it begins a phrase of its own
_ENDINGS = frozenset("은는이가을를에도로와과고며면서다던한된")


def _hangul(char: str) -> bool:
    return "가" <= char <= "힣"


# A one-word English owner written with only its first letter capital ("Drone", "Organisers", "County")
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")


def common_noun(text: str, owner: str) -> bool:
    """Whether a one-word English owner is a common noun the text writes in lower case too: "Drone makers from 18
    countries …" with "inspection drones" below, "Organisers had forecast 40,000 visitors" with "organisers said",
    "Soha County's 412 farms" read as "County" with "county figures show". A name is never written in lower case
    ("Nuvia", "Gaeul"); a name of two words ("Gaeul Harbour") is left alone, whatever its words."""
    if _TITLE_WORD.fullmatch(owner) is None:
        return False
    return re.search(rf"(?<![\w\-/.]){re.escape(owner.lower())}(?![\w\-])", text) is not None
