"""A percentage that is a part's share of a whole: "BLOOM's training data is about 80% web text".

Whose figure and of what is decided by the sentence's frame, not by the nearest word: the
percentage sits between a *part* (web text, French, 프랑스어 문서) and a *whole* (BLOOM's training
data, 블룸 말뭉치), and the owner of the claim is the possessor of the whole ("BLOOM's", "블룸
말뭉치"), or the part itself when the part is a name ("Samsung accounts for 20% of the market").
The frames, in English and Korean:

- part–verb–N% of whole: "Web text makes up 76.5% of BLOOM's training data", "French text accounts
  for 13% of it" ("it": the possessed noun the sentence opened with);
- whole is N% part: "BLOOM's training data is about 80% web text";
- N% of whole is part: "80% of BLOOM's training data is web text";
- the share of part in whole is N%: "the share of web text in BLOOM's training data is 80%";
- 전체 에서 부분 비율/비중은 N%: "블룸 말뭉치에서 프랑스어 문서 비율은 전체의 13% 수준이다";
- 부분은 전체의 N%를 차지: "웹 문서는 블룸 학습 데이터의 80%를 차지한다";
- 전체 중 부분이 N%: "블룸 학습 데이터 중 웹 문서가 80%다".

The part becomes the claim's scope, so "80% web text" and "13% French" of one corpus are two
claims, and the whole picks the declared attribute whose ``whole`` words name it (rules/entities.yaml:
``training data share``). A frame that does not hold (a growth "13% higher", "13% of respondents
said") gives nothing: the figure is then bound as any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .. import english
from ..model import Span
from .names import Mention

# A noun phrase of one to three words, English: letters, digits, hyphens; the possessive "'s" inside.
_WORD = r"[A-Za-z][\w\-]*"
_EN_NP = rf"(?<![\w'’\-])(?:(?:[A-Z][\w\-]*(?:'s|’s)|the|its|their|this|that)\s+)?(?:{_WORD}\s+){{0,2}}{_WORD}"
# Words that cannot head a part or whole: English grammar, and the comparatives and words of change
# that only look like a part ("13% higher", "a 13% increase").
_EN_FUNCTION = english.GRAMMAR | frozenset("""
more less higher lower larger smaller nearly almost year years month months annually
increase decrease growth rise fall drop
""".split())
_PART_VERB = (r"(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|represents?|represented|comprises?|"
              r"comprised|constitutes?|constituted|is|are|was|were)")
_COPULA = r"(?:is|are|was|were|will\s+be|would\s+be)"
_APPROX_BEFORE = r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under)\s+)?"

_EN_PART_FIRST = re.compile(rf"(?P<part>{_EN_NP})\s+{_PART_VERB}\s+{_APPROX_BEFORE}$")
_EN_OF_WHOLE = re.compile(rf"\s+of\s+(?P<whole>{_EN_NP}|it|them)\b")
_EN_WHOLE_FIRST = re.compile(rf"(?P<whole>{_EN_NP})\s+{_COPULA}\s+{_APPROX_BEFORE}$")
_EN_PART_AFTER = re.compile(rf"\s+(?P<part>(?:{_WORD}\s+)?{_WORD})\b(?!\s+than\b)")
_EN_OF_WHOLE_IS_PART = re.compile(
    rf"\s+of\s+(?P<whole>{_EN_NP})\s+(?:{_COPULA}|comes?\s+from|came\s+from|consists?\s+of)\s+(?P<part>(?:{_WORD}\s+)?{_WORD})\b")
_EN_SHARE_OF = re.compile(
    rf"\b(?:share|proportion|percentage|fraction)\s+of\s+(?P<part>{_EN_NP})\s+in\s+(?P<whole>{_EN_NP})\s+"
    rf"(?:{_COPULA}|stands\s+at|stood\s+at|reached|reaches)\s+{_APPROX_BEFORE}$")
# "BLOOM's corpus is multilingual; …": what "it" stands for — the possessed noun the sentence opens with.
_EN_OPENING_POSSESSIVE = re.compile(rf"\s*(?P<whole>[A-Z][\w\-]*(?:'s|’s)\s+(?:{_WORD}\s+)?{_WORD})")

# Korean: eojeol (words between spaces); the whole before 에서/중/의, the part before 비율/비중 or a subject
# particle. "X에서 Y는 N%" without 비율/비중 is a place or a source ("여론조사에서 박 대통령은 69%의 지지율을"),
# not a whole: only 중/가운데 ("among") make the subject a part.
_KO_WORD = r"[^\s,.;:()\[\]\"'“”‘’]+"
_KO_NP = rf"(?:{_KO_WORD}\s+){{0,2}}{_KO_WORD}"
_KO_SHARE_NOUN = r"(?:비율|비중|점유율|구성비)"
_KO_TOPIC_OR_SUBJECT = r"(?:은|는|이|가)"
_KO_WHOLE_THEN_RATIO = re.compile(
    rf"(?P<whole>{_KO_NP})(?:에서|에서는|\s+중|\s+가운데)\s+(?P<part>(?:{_KO_WORD}\s+){{0,2}}?{_KO_WORD}?)\s*"
    rf"(?:(?:이|가)\s+차지하는\s+)?{_KO_SHARE_NOUN}"
    rf"{_KO_TOPIC_OR_SUBJECT}\s+(?:전체의\s+)?(?:약\s+)?$")
_KO_WHOLE_THEN_PART = re.compile(
    rf"(?P<whole>{_KO_NP})(?:\s+중|\s+가운데)\s+(?P<part>(?:{_KO_WORD}\s+)?[^\s]+?){_KO_TOPIC_OR_SUBJECT}\s+(?:전체의\s+)?(?:약\s+)?$")
# the whole's words: a figure or a word with a case particle ("187만 TEU로") is no part of its noun phrase
_KO_BARE = r"(?!\d)[^\s,.;:()\[\]\"'“”‘’]+(?<![로에를을])"
# the part's own figure between it and the whole: "환적 화물은 187만 TEU로 전체의 45.4%를 차지했다"
_KO_PART_FIGURE = r"(?:[^\s]*\d[^\s]*\s+){1,3}(?:[^\s]+?(?:으로|로)\s+)?"
_KO_PART_THEN_WHOLE = re.compile(
    rf"(?P<part>(?:{_KO_WORD}\s+)?[^\s]+?){_KO_TOPIC_OR_SUBJECT}\s+(?:{_KO_PART_FIGURE})?"
    rf"(?P<whole>(?:{_KO_BARE}\s+){{0,2}}(?!\d){_KO_WORD})의\s+(?:약\s+)?$")
# "블룸 학습 데이터의 약 80%가 웹 텍스트다": the whole's N% is the part (a noun and a copula, not a verb:
# "블룸의 80%가 늘었다" is no share)
_KO_WHOLE_POSSESSIVE = re.compile(rf"(?P<whole>{_KO_NP})의\s+$")
_KO_IS_PART = re.compile(rf"(?:이|가|는|은)\s+(?P<part>(?:{_KO_WORD}\s+)?[^\s]+?)(?:이다|였다|이었다|다|로\s?구성|로\s?이뤄|로\s?채워)(?![가-힣])")
_KO_VERB_END = re.compile(r"[었았했였졌렸켰쳤웠왔갔났냈섰셨한된는진린친낸든운]$")
# "Of BLOOM's training data, 13% is French text"; "a corpus in which French accounts for about 13%"
_EN_OF_WHOLE_FIRST = re.compile(rf"\b[Oo]f\s+(?P<whole>{_EN_NP}),\s+{_APPROX_BEFORE}$")
_EN_COPULA_PART = re.compile(rf"\s+{_COPULA}\s+(?P<part>(?:{_WORD}\s+)?{_WORD})\b(?!\s+than\b)")
_EN_IN_WHICH = re.compile(rf"(?P<whole>{_EN_NP})\s+in\s+which\s+(?P<part>{_EN_NP})\s+{_PART_VERB}\s+{_APPROX_BEFORE}$")
_WINDOW = 160
_KO_SHARE_WORDS = ("비율", "비중", "점유율", "구성비")
_KO_AMONG_WORDS = (" 중 ", "가운데")
_EN_OF_AFTER = re.compile(r"\s+of\s")
_EN_GATE = re.compile(r"\b(?:is|are|was|were|be|share|proportion|percentage|fraction|which|for|up|represents?|comprises?|constitutes?)\b")
_KO_TAKES = re.compile(r"(?:를|을)?\s*차지")


@dataclass(frozen=True)
class Share:
    """The part and the whole of a percentage, with the name that owns the whole (or is the part), if one does."""

    part: str | None  # None when the part is the owner
    whole: str
    owner: Mention | None


def share(text: str, base: int, q: Span, mentions: Sequence[Mention]) -> Share | None:
    """The share frame around the percentage at ``q`` in the sentence ``text`` (starting at ``base``)."""
    # a frame is a few words on each side: a window keeps a sentence of 100,000 characters linear
    lo, hi = max(0, q.start - base - _WINDOW), q.end - base
    around = _Around(text, text[lo : q.start - base], lo, text[hi : hi + _WINDOW], hi)
    korean = re.search(r"[가-힣]", around.before[-12:] + around.after[:12]) is not None
    found = _korean(around) if korean else _english(around)
    if found is None:
        return None
    part_span = Span(base + found.part_at, base + found.part_at + len(found.part))
    whole_span = Span(base + found.whole_at, base + found.whole_at + len(found.whole))
    whole = found.whole
    owner = next((x for x in mentions if whole_span.contains(x.span)), None)
    if owner is not None:  # "BLOOM's training data": BLOOM owns it, the whole is the rest
        whole = text[found.whole_at : owner.span.start - base] + " " + text[owner.span.end - base : whole_span.end - base]
    whole, part = _fold(whole), _part(_fold(found.part))
    if not whole or not part or whole == part:
        return None
    if owner is None:
        named = next((x for x in mentions if part_span.contains(x.span)), None)
        if named is not None:
            return Share(None, whole, named)  # "네이버는 국내 검색 시장의 60%를 차지한다": the part owns the share
    return Share(part, whole, owner)


@dataclass(frozen=True)
class _Around:
    """A figure's sentence and the windows before and after the figure, with their offsets in it."""

    text: str
    before: str
    before_at: int
    after: str
    after_at: int


@dataclass(frozen=True)
class _Frame:
    """The part and the whole a frame found, with their offsets in the sentence."""

    part: str
    part_at: int
    whole: str
    whole_at: int


def _english(a: _Around) -> _Frame | None:
    if not (_EN_OF_AFTER.match(a.after) or _EN_GATE.search(a.before[-60:]) or _EN_COPULA_PART.match(a.after)):
        return None  # every frame has "of" or a copula after the figure, or a copula, "share of" or "which" before it
    if (m := _EN_PART_FIRST.search(a.before)) and (w := _EN_OF_WHOLE.match(a.after)):
        part, part_at = m.group("part"), a.before_at + m.start("part")
        if w.group("whole") not in ("it", "them"):
            return _checked(part, part_at, w.group("whole"), a.after_at + w.start("whole"))
        opening = _EN_OPENING_POSSESSIVE.match(a.text)
        if opening is None or opening.end() > part_at:
            return None
        words = opening.group("whole").split()
        while words and words[-1].casefold() in _EN_FUNCTION:
            words.pop()  # "BLOOM's corpus is multilingual": the possessed noun, not the verb after it
        return _checked(part, part_at, " ".join(words), opening.start("whole"))
    if (m := _EN_IN_WHICH.search(a.before)) is not None and not _EN_OF_AFTER.match(a.after):
        return _checked(m.group("part"), a.before_at + m.start("part"), m.group("whole"), a.before_at + m.start("whole"))
    if (m := _EN_OF_WHOLE_FIRST.search(a.before)) and (p := _EN_COPULA_PART.match(a.after)):
        return _checked(p.group("part"), a.after_at + p.start("part"), m.group("whole"), a.before_at + m.start("whole"))
    if (m := _EN_SHARE_OF.search(a.before)) is not None:
        return _checked(m.group("part"), a.before_at + m.start("part"), m.group("whole"), a.before_at + m.start("whole"))
    if (m := _EN_WHOLE_FIRST.search(a.before)) and (p := _EN_PART_AFTER.match(a.after)):
        return _checked(p.group("part"), a.after_at + p.start("part"), m.group("whole"), a.before_at + m.start("whole"))
    if (w := _EN_OF_WHOLE_IS_PART.match(a.after)) is not None and not a.before.rstrip().endswith(("by", "to", "from")):
        return _checked(w.group("part"), a.after_at + w.start("part"), w.group("whole"), a.after_at + w.start("whole"))
    return None


def _korean(a: _Around) -> _Frame | None:
    # each frame has a word it cannot do without: a cheap test before the search
    tail = a.before[-40:]
    for frame, needs in ((_KO_WHOLE_THEN_RATIO, _KO_SHARE_WORDS), (_KO_WHOLE_THEN_PART, _KO_AMONG_WORDS)):
        if any(w in tail for w in needs) and (m := frame.search(a.before)) is not None:
            return _checked(m.group("part"), a.before_at + m.start("part"), m.group("whole"), a.before_at + m.start("whole"))
    if not tail.rstrip().endswith("의"):
        return None
    if _KO_TAKES.match(a.after) and (m := _KO_PART_THEN_WHOLE.search(a.before)) is not None:
        return _checked(m.group("part"), a.before_at + m.start("part"), m.group("whole"), a.before_at + m.start("whole"))
    if (p := _KO_IS_PART.match(a.after)) and not _KO_VERB_END.search(p.group("part")) \
            and (m := _KO_WHOLE_POSSESSIVE.search(a.before)) is not None:
        return _checked(p.group("part"), a.after_at + p.start("part"), m.group("whole"), a.before_at + m.start("whole"))
    return None


def _checked(part: str, part_at: int, whole: str, whole_at: int) -> _Frame | None:
    """A frame's phrases, if both are noun phrases: a part or whole that is grammar ("higher", "of")
    means the words only look like the frame."""
    for phrase in (part, whole):
        last = phrase.split()[-1].casefold() if phrase.split() else ""
        if not last or last in _EN_FUNCTION or last[0].isdigit():
            return None
    return _Frame(part, part_at, whole, whole_at)


# What a part is made of, the same in both languages: "French text", "프랑스어 문서" and "프랑스어"
# are one part of a corpus, so two articles in two languages compare their shares. The words that
# only say "material" (text, data, 문서) go; a language or a source takes one name.
_MATERIAL = frozenset({"text", "texts", "data", "documents", "document", "content", "material", "pages", "tokens",
                       "텍스트", "문서", "데이터", "자료", "콘텐츠", "토큰"})
_SAME_PART = {
    "영어": "english", "한국어": "korean", "프랑스어": "french", "독일어": "german", "스페인어": "spanish",
    "중국어": "chinese", "일본어": "japanese", "아랍어": "arabic", "러시아어": "russian", "포르투갈어": "portuguese",
    "이탈리아어": "italian", "힌디어": "hindi", "베트남어": "vietnamese", "인도네시아어": "indonesian",
    "english-language": "english", "korean-language": "korean", "french-language": "french",
    "코드": "code", "소스 코드": "code", "source code": "code", "programming code": "code",
    "웹": "web", "웹페이지": "web", "web pages": "web", "webpages": "web", "위키백과": "wikipedia", "위키피디아": "wikipedia",
    "책": "books", "도서": "books", "book": "books",
}


def part_of(phrase: str) -> str:
    """A part's one name: material words dropped, a language or source named once ("프랑스어 문서" → french)."""
    return _part(phrase)


# The parts that have one name in both languages (what an attribute's triggers may be about).
PARTS = frozenset(_SAME_PART.values())


def _part(phrase: str) -> str:
    words = phrase.split()
    while len(words) > 1 and words[-1] in _MATERIAL:
        words.pop()
    key = " ".join(words)
    return _SAME_PART.get(key, key)


def _fold(phrase: str) -> str:
    """The phrase as a key: no article or possessive pronoun, one space, case folded."""
    words = phrase.replace("’", "'").split()
    while words and words[0].casefold() in ("the", "its", "their", "this", "that", "전체의", "'s", "의"):
        words = words[1:]
    return " ".join(words).casefold()
