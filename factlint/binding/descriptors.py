"""A descriptor written before an owner's name is no part of the name (issue 14).

A clause's owner is read as the whole noun phrase before its particle, and an editor's phrase often
puts a word that describes the thing before its name: who runs it ("시립 별누리천문대의 누적 방문객": the
city's observatory), the province it is in ("충북 청람공항의 이용객"), what it is, by a copula's adnominal
("환승역인 서진시청역의 평일 환승객": 서진시청역, which is a transfer station), or an English measure
compound ("the 2,850-tonne Soha Queen II, due to enter service in March 2026"). The owner is the name
after the descriptor — when the document also writes that name on its own, the evidence that it is a name
and not the head of a longer one ("충북 청주FC" is no phrase of this kind when the page never writes
"청주FC" alone).
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
    owner opens with no descriptor. A word that is a descriptor by its grammar (a copula's adnominal, an English
    measure compound before a capitalised name) is dropped wherever it stands; one that is a descriptor by its
    meaning (시립, 충북) only when the text writes the name without it too."""
    first, _, rest = owner.partition(" ")
    if not rest or not _hangul(rest[:1]) and not rest[:1].isupper():
        return None  # ("서울 IT 기업", "850-tonne ship": a name after it is Hangul or capitalised)
    if _MEASURE_COMPOUND.fullmatch(first) and rest[:1].isupper() \
            or _COPULA.fullmatch(first) and not first.endswith(_NOUN_IN) and _hangul(rest[:1]):
        return rest
    if first not in _OWNERSHIP and first not in _PROVINCES or not _hangul(rest[:1]):
        return None
    alone = any(not text[: m.start()].rstrip().endswith(first) for m in re.finditer(re.escape(rest), text))
    return rest if alone else None


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
