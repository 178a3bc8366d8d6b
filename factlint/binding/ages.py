"""A person's age, one attribute in both languages, in years, whatever the notation.

The Korean press sets an age in brackets after the name ("박도현(52) 감독"), or writes it before the name in a
relative or possessive phrase ("올해 52세인 박도현 감독", "52세의 박도현"); the English press sets it between
commas ("Park Do-hyun, 52, said"; "Park Do-hyun, aged 52,"), or as an adjective of the name or of its
apposition ("17-year-old Choi Yu-na", "Han Do-yoon, the 29-year-old right-hander"). All are one attribute,
:data:`ATTRIBUTE`, whose value is a number of years (the bare "52" of an apposition is years of age), so that
the contradiction check's age mode (``ages: true``) meets "정해민(58)" and "Jeong Hae-min, 63," as one person's
two ages and compares them allowing for the time between their articles (checks/contradiction.py).

What is no age here: an age range ("50대"), a bound ("52세 이상"), a body's age ("창단 52년", "a 52-year-old
company": no person's name beside it), a count after a place ("Seoul, 45,").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Quantity

ATTRIBUTE = "age"
# the ways the binder reads an age (Claim.how): the check compares only these
IN_BRACKETS = "age in brackets"
IN_APPOSITION = "age in apposition"
BEFORE_NAME = "age before a name"
DESCRIBED = "age of a description"  # "The 22-year-old from Seojin City Hall …" after the sentence naming him (agedesc.py)
HOWS = frozenset({IN_BRACKETS, IN_APPOSITION, BEFORE_NAME, DESCRIBED})

# a Korean person's name as romanised: a surname and a hyphenated given name ("Park Do-hyun", "Jeong Hae-min")
ROMANISED_PERSON = re.compile(r"(?<![\w\-])[A-Z][a-z]{1,5}\s[A-Z][a-z]{1,5}-[a-z]{1,5}\Z")
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?"
# "17-year-old Choi Yu-na won", "the 27-year-old Moon Ha-rin scored": a person's name (two or three capitalised
# words, one with a hyphenated given name or three words) right after the adjective
EN_BEFORE_NAME = re.compile(r"-old\s(?P<name>" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r"){1,2})(?![\w\-])")
# "Han Do-yoon, the 29-year-old right-hander": the name, a comma, "the", the age adjective of the apposition
EN_NAME_THEN_ADJECTIVE = re.compile(r"(?<![\w\-])(?P<name>" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r"){1,2}),\s(?:a|the)\s\Z")
# "52세인 박도현", "올해 52세인 박도현 감독", "52세의 박도현": a relative or possessive age before a Korean name
_KO_BEFORE_NAME = re.compile(r"(?:인|의)\s(?P<name>[가-힣]{2,5})(?=[\s(,.]|$)")
_KO_PARTICLE = ("씨", "은", "는", "이", "가", "을", "를", "와", "과", "의", "도")
_KO_AGE_TEXT = re.compile(r"(?:만\s?)?[1-9][0-9]?\s?(?:세|살)")


def korean_name_after(text: str, at: int) -> tuple[int, int] | None:
    """The span of the Korean word a relative or possessive age right before ``at`` describes ("52세[인 박도현] 감독",
    "52세[의 박도현은]"), its particle or 씨 left off when three syllables stay ("박도현은" → 박도현; "최가을" is whole)."""
    found = _KO_BEFORE_NAME.match(text, at)
    if found is None:
        return None
    start, end = found.span("name")
    if end - start > 3 and text[end - 1] in "".join(_KO_PARTICLE):
        end -= 1
    return (start, end) if end - start <= 4 else None


def years(q: Quantity) -> Quantity:
    """The age as a number of years: a bare "63" beside a name becomes "63 years" (the Korean "(58)" and "58세"
    are years already)."""
    if q.unit == "year" or q.kind != "number" or q.value is None:
        return q
    return replace(q, kind="quantity", unit="year")


# "한국 나이로 53세", "우리 나이로", "세는나이로": the old Korean count (one or two more than the age), not compared
_OLD_COUNT = re.compile(r"(?:한국|우리|세는)\s?나이(?:로|로는)?\s*\Z")


def korean_age(q: Quantity, text: str = "") -> bool:
    """A Korean age as written: "52세", "만 52세", "52살" — not a decade ("50대"), a bound ("52세 이상"), a range, or
    an age in the old count ("한국 나이로 53세": the international age 만 나이 is what the press and, since June
    2023, the law write)."""
    if text and _OLD_COUNT.search(text, max(0, q.span.start - 12), q.span.start):
        return False
    return q.bound is None and q.unit == "year" and q.counter in ("세", "살") and q.value is not None and _KO_AGE_TEXT.fullmatch(q.text) is not None


def person_named(name: str) -> bool:
    """Whether a claim's entity names one person fully enough to meet the same person in another article: a Hangul
    name of two to four syllables (or a transliterated name of two words, "조엘 키프롭"), or a Latin name of two or
    more words ("Jeong Hae-min", "Joel Kiprop"). A bare surname ("Kang", "김씨") may be anyone of that name, and so
    may a name the press withholds ("김모씨", "김모(52)씨": a surname and 모) or a surname after an honorific ("Mr
    Kim")."""
    parts = name.split()
    if all("가" <= ch <= "힣" for ch in name.replace(" ", "")):
        if len(parts) == 1 and name[-1] in "모씨":
            return False  # "김모", "박씨": a surname with 모 or 씨
        return 2 <= len(name) <= 4 if len(parts) == 1 else all(len(p) >= 2 for p in parts) and len(parts) <= 3
    if parts and parts[0].rstrip(".") in _HONORIFICS:
        return False
    return 2 <= len(parts) <= 4 and all(p[:1].isupper() for p in parts)


_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Mx"})

# An age of another time than the article's: "당시 45세의 박도현 감독은", "그때 박도현(45)은", "the then 45-year-old",
# "at the time", and a sentence fronted by a past year ("In 2019, the 45-year-old Park Do-hyun led …", "2019년에는
# 45세의 박도현 감독이 …") — the press gives an age as of its writing, unless the sentence looks back
_LOOKING_BACK = re.compile(r"(?<![가-힣])(?:당시|그때|그해|그 무렵)(?![가-힣])|(?<![\w-])(?:then|at the time|at that time|back in)(?![\w-])"
                           r"|\A\s*(?:In|By|During)\s(?:\w+\s)?(?:1[89]|20)[0-9]{2}\b|\A\s*(?:1[89]|20)[0-9]{2}년(?:에는|에|엔|,)")


def looking_back(sentence: str) -> bool:
    """Whether a sentence gives its ages as of another time than the article's (:data:`_LOOKING_BACK`): such an age
    is not compared (its time is not the article's date, and a clause's year may be either's)."""
    return _LOOKING_BACK.search(sentence) is not None
