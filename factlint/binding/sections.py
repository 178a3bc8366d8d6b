"""The entity a Markdown section is about, and its "key: value" list items as claims (issue 14).

A status page or fact sheet writes a name once, in a heading, and its figures as labelled list items
under it::

    ## 1. 단월터널 건설사업          ## Danwol Tunnel
    - 연장: 5.2㎞ (왕복 2차로)        - Length: 6.4 km

An editor reads "단월터널 · 연장 = 5.2㎞": the heading names the **topic** of the section (until the next
heading of the same or a higher level), the item's key (before ``:``, ``—`` or ``–``; ``**key**: value``
too) is the attribute, the first figure of the value is the claim.

* An item whose value lists two or more labelled figures ("- 좌석: 대공연장 1,480석, 소공연장 450석") gives each figure
  the key as its attribute and its label as its scope (the main hall's seats are not the small hall's).
* An item with no separator whose comma-separated parts are each a noun phrase and one figure ("- 연평균
  강수량 1,380㎜, 1월 평균기온 영하 7.9℃") is as many pairs; a sentence ("…으로 12% 늘었다") is none.
* A heading names one entity when, without its number ("1.", "II."), its brackets ("(2025년 1월 기준)"), its
  years and the words a section is titled with (:data:`_GENERIC`: 현황, 개요, 사업, 주요, overview, at a
  glance, key facts …), one name is left: one Hangul word of three syllables or more ("단월터널"), or a run
  of capitalised words ("Danwol Tunnel") — after such words were dropped, or written again on the page
  ("## 참고자료 (References)", "## Further Reading" are no names), and not a measure's word ("## 방문객 현황":
  -객, -자, -량, -액, -률 … unless a name's head ends it, 한빛전자). Two names ("단월터널과 케이블카", "Tunnel and Cable Car"), a
  question ("단월터널은 언제 개통하나?") or a heading of several common nouns ("2024년 주요 관광지 방문객")
  names none, nor does a kind after a word of selection ("## 주요 경쟁사": the main competitors, several).
* A heading made only of such words ("## 3. 기타 지표", "## Key facts") keeps the topic of the section it
  is in — the page title's, when the title names one entity ("# 단월군 주요 사업 현황" → 단월군); any
  other heading has no topic, and its items are left to the binder.
* A heading of plans ("추진 계획", "목표", "Outlook", "Targets") makes its items goals; a key that says so
  ("개통 목표", "Target") makes its figure one.
* A key naming another thing of the topic's kind ("- 인근 영서터널 길이" under "## 단월터널", by the head its name
  ends in) is left to the binder; a total row under rows that are years or months sums periods and is no claim.
* A heading's year is the period of the figures under it ("## 2. 2024년 주요 관광지 방문객"); a point in time
  of the value's own brackets ("(2024년 말 기준)") is the figure's reference time, a year there its period.
* A key whose first word is the head of another name of the page ("얼음축제 경제효과" on a page naming
  단월얼음축제) is that name's attribute. A key that names a part of the topic ("- 도비: 1,170억 원", a source
  of funds) stays a key: the topic's "도비", never its cost.

Only figures the binder left without a claim are read here; a sentence in a list item keeps its own owner, and
a value with a time before its figure or ending as a sentence ("매출: 지난해 3,200억 원으로 … 늘었다") is left to
the binder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..romanize import SUFFIXES
from . import tables
from .words import words

# A heading's number: "1.", "2)", "II.", "제3장", "Part 2:"
_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVX]{1,5}\.|[가-하]\.|제\s*\d{1,3}\s*[장절])\s+")
# The words a section is titled with that name nothing: what is said of the topic, not the topic
_GENERIC_KO = frozenset((
    "현황", "개요", "사업", "건설사업", "건설", "공사", "추진", "추진현황", "주요", "일반", "기본", "정보", "제원", "요약",
    "지표", "주요지표", "통계", "기타", "핵심", "소개", "현재", "실적", "재원", "규모", "현황표", "한눈에", "보기",
    "팩트시트", "프로필", "개관", "일람", "및", "등",
))
_GENERIC_EN = frozenset((
    "overview", "at", "a", "glance", "fact", "facts", "sheet", "factsheet", "key", "figures", "profile", "project",
    "summary", "in", "numbers", "status", "other", "general", "basic", "information", "details", "indicators",
    "statistics", "background", "funding", "costs", "timeline", "schedule", "progress", "construction",
    "the", "by", "data", "stats", "brief", "main", "highlights", "and", "more", "miscellaneous",
))
# A heading or key of plans: its figures are goals
_PLANS = re.compile(r"계획|목표|전망|예상|예정|(?i:\b(?:plans?|planned|targets?|goals?|outlook|forecasts?|projected)\b)")
# A heading that asks
_QUESTION = re.compile(r"[?？]\s*$|(?:나요|까요|는가|을까|ㄹ까|인가)\s*$")
# Two things named side by side
_TWO = re.compile(r"[가-힣](?:과|와|및)\s|\s(?:및|vs\.?|VS)\s|[·&/,]|(?i:\band\b|\bversus\b)")
_BRACKETS = re.compile(r"\s*[(（\[][^()（）\[\]]*[)）\]]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:년도?|년)?(?!\d)")
_HANGUL_NAME = re.compile(r"[가-힣][가-힣A-Za-z0-9]{2,}")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9'’\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][A-Za-z0-9'’\-]*){0,4}")
# A list of sources or links: its items are no figures of a topic
_REFERENCES = re.compile(r"참고\s*(?:자료|문헌)|각주|출처|관련\s*(?:기사|자료|링크)|(?i:\b(?:references?|sources?|notes|see also|"
                         r"further reading|links|bibliography|citations?)\b)")
_PROJECT = re.compile(r"사업|공사|(?i:\bproject\b)")

# "- 연장: 5.2㎞", "* **Length**: 6.4 km", "1. 공정률 — 61%": a list item's key and where its value starts
_ITEM = re.compile(r"[ \t]*(?:[*+\-]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?(?P<key>[^\s:：—–|*_][^:：—–|*_\n]{0,30}?)(?:\*\*|__)?"
                   r"[ \t]*(?:[:：]|[ \t][—–])[ \t]+")


@dataclass(frozen=True)
class Topic:
    """What a section is about: its entity (None: it names none), the year its figures are for, whether it
    is a project (a money total is its cost) and whether its figures are plans."""

    entity: str | None
    year: str | None = None
    project: bool = False
    goal: bool = False
    named: bool = False  # named by its own heading, which says no selection ("주요", "top"): it owns a total row


def heading_topic(heading: str, enclosing: Topic | None, page: str) -> Topic | None:
    """The topic of a section from its heading as written without its marks ("1. 단월터널 건설사업");
    ``enclosing`` is the topic of the section it is in (None: none), ``page`` the document's text. None: the
    section names nothing."""
    text = tables.clean(heading).strip()
    if not text or _QUESTION.search(text) or _REFERENCES.search(text):
        return None
    text = _NUMBER.sub("", text)
    bare = _BRACKETS.sub(" ", text)
    years = _YEAR.findall(bare)  # a bracket's year is when it was written ("(2025년 1월 기준)"), no period
    goal = bool(_PLANS.search(bare))
    project = bool(_PROJECT.search(bare))
    bare = _YEAR.sub(" ", bare)
    words = bare.split()
    count = len(words)
    # the generic words it ends with, and those it opens with ("주요 …", "Key …")
    while words and _generic(words[-1]):
        words.pop()
    while words and _generic(words[0]):
        words.pop(0)
    described = len(words) < count
    year = years[0] if years else None
    if not words:
        if goal:
            return Topic(enclosing.entity if enclosing else None, year, project, True)
        if enclosing is None or enclosing.entity is None:
            return None
        return Topic(enclosing.entity, year or enclosing.year, project or enclosing.project, enclosing.goal)
    rest = " ".join(words)
    if _TWO.search(rest):
        return None
    written = bare.split()
    opened = written.index(words[0])
    if opened and tables.selection(written[opened - 1]):
        return None  # "## 주요 경쟁사", "## 주요 관광지": the main ones of a kind, several things, no one name
    # a name alone is one when the page writes it again ("## References", "## Further Reading" are no names)
    if not described and page.count(rest) < 2:
        return None
    whole = not tables.selection(text)
    if len(words) == 1 and _HANGUL_NAME.fullmatch(rest) and not _measure_word(rest):
        return Topic(rest, year, project, goal, whole)
    if _LATIN_NAME.fullmatch(rest) and not any(_generic(w) for w in words):
        return Topic(rest, year, project, goal, whole)
    return None


def names_something(heading: str) -> bool:
    """Whether a heading says what its section is about with a word of its own ("## 영서터널", "## 2024년 주요 관광지
    방문객"), not only with the words a section is titled with, a year or a number ("## 기본 현황", "## 2030년 목표")."""
    bare = _YEAR.sub(" ", _BRACKETS.sub(" ", _NUMBER.sub("", tables.clean(heading).strip().lstrip("#").strip())))
    return any(not _generic(w) for w in bare.split())


def plans(heading: str) -> bool:
    """Whether a heading is of plans ("## 2030년 목표", "## 추진 계획", "## Outlook"): its figures are goals."""
    return _PLANS.search(tables.clean(heading)) is not None


# The Sino-Korean heads of a measure or of the people counted (방문객, 이용자, 생산량, 매출액, 공정률, 사업비): a
# heading "방문객 현황" is about a measure, not a thing, though it is one word — unless a name's head ends it
# (한빛전자: 전자, a company's)
_MEASURE_HEAD = re.compile(r"(?:객|자|량|액|율|률|비|료|금|수)$")


def _measure_word(word: str) -> bool:
    return _MEASURE_HEAD.search(word) is not None and not word.endswith(tuple(SUFFIXES))


# A distributive "X별" ("by X": 읍면별, 권역별, 분야별, 월별) says how the section's figures are split, never names one
# thing: "## 읍면별 현황" over "| 합계 | 21,460 |" is the page's county's total, not "읍면별"'s
_DISTRIBUTIVE = re.compile(r"[가-힣·]+별")


def _generic(word: str) -> bool:
    return word in _GENERIC_KO or word.lower() in _GENERIC_EN or _PLANS.fullmatch(word) is not None \
        or _DISTRIBUTIVE.fullmatch(word) is not None


@dataclass(frozen=True)
class Item:
    """A list item's key (the attribute) and where its value starts and its first clause ends in the text."""

    key: str
    value_start: int
    value_end: int


def item(text: str, line: int, end: int) -> Item | None:
    """The "key: value" of the list item starting at ``line`` (its line ends at ``end``); None: no such item."""
    found = _ITEM.match(text, line, end)
    if found is None:
        return None
    key = " ".join(found.group("key").split())
    if not key or re.search(r"\d", key) and not re.search(r"[^\W\d_]{2}", key) or key.endswith(("다", ".")) \
            or re.search(r"[\[\]()`<>]|https?|www\.", key):
        return None  # a number, a sentence or a link is no key
    # the value runs to its first bracket, a new key after " / " or the line's end
    stop = re.compile(r"[(（]|\s/\s|;").search(text, found.end(), end)
    return Item(key, found.end(), stop.start() if stop is not None else end)


_LIST_MARK = re.compile(r"[ \t]*(?:[*+\-]|\d{1,3}[.)])[ \t]+")
_AFTER_FIGURE = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*")


def pairs(text: str, line: int, end: int, figures: list[tuple[int, int]]) -> list[Item]:
    """The "key figure" pairs of a list item with no separator, one a comma-separated part: "- 연평균 강수량
    1,380㎜, 1월 평균기온 영하 7.9℃" → (연평균 강수량, 1,380㎜), (1월 평균기온, 영하 7.9℃). A part is a pair when
    it is a noun phrase (one to four words, no particle, no verb) then one figure (``figures``: their spans),
    with nothing after it but a bracket: "2024년 매출 3,200억 원으로 12% 늘었다" is a sentence, no pair."""
    mark = _LIST_MARK.match(text, line, end)
    if mark is None:
        return []
    return _labelled(text, mark.end(), end, figures)


def value_pairs(text: str, value: Item, figures: list[tuple[int, int]]) -> list[Item]:
    """The labelled figures of a "key: value" item whose value is itself a list of two or more "label figure"
    parts ("- 좌석: 대공연장 1,480석, 소공연장 450석", "- Beds: general 520, intensive care 48"): each part a figure
    of the key, its label the part of the topic it is of (the claim's scope: the main hall's seats are not the
    small hall's, nor the whole's). Each returned item's key is the label."""
    found = _labelled(text, value.value_start, value.value_end, figures)
    return found if len(found) >= 2 else []


def _labelled(text: str, start: int, end: int, figures: list[tuple[int, int]]) -> list[Item]:
    """The comma-separated "noun phrase, one figure" parts of ``text[start:end]`` (see :func:`pairs`)."""
    out: list[Item] = []
    for part in re.finditer(r"(?:[^,，]|[,，](?!\s))+", text[start:end]):  # "1,380" is one figure
        a, b = start + part.start(), start + part.end()
        inside = [f for f in figures if a <= f[0] < b]
        if len(inside) != 1 or not _AFTER_FIGURE.fullmatch(text, inside[0][1], b):
            continue
        key = text[a : inside[0][0]].strip()
        ws = words(key, 0)
        if not 1 <= len(ws) <= 4 or not re.search(r"[^\W\d_]{2}", key) \
                or any(w.particle or w.predicate or w.opens or w.closes for w in ws):
            continue
        out.append(Item(key, inside[0][0], b))
    return out


# A time before the figure ("지난해 3,200억 원"), or a value that ends as a sentence ("…12% 늘었다"): the item is
# prose, whose time and owner the binder reads, no value of its key
_TIME_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|지난해|작년|올해|금년|전년|내년|지난달|이달|(?i:\b(?:last|this|next)\s+(?:year|month)\b)")
_SENTENCE_END = re.compile(r"(?:다|요)\s*[.。]?\s*$|[a-z]{2,}\.\s*$")


def plain_value(before_figure: str, value: str) -> bool:
    """Whether a "key: value" item's value is a figure with at most two words before it ("하루 평균 380명") and
    not a sentence with a time of its own ("지난해 3,200억 원으로 12% 늘었다")."""
    return len(before_figure.split()) <= 2 and _TIME_BEFORE.search(before_figure) is None \
        and _SENTENCE_END.search(value) is None


def resolve_key(key: str, names: tuple[str, ...], topic: str) -> tuple[str, str]:
    """The owner and attribute a key names: ("단월얼음축제", "경제효과") for "얼음축제 경제효과" when the page
    names one 단월얼음축제 (the key's first word is that name's head); else the topic and the key."""
    first, _, rest = key.partition(" ")
    if rest and len(first) >= 2:
        heads = {n for n in names if n != topic and len(n) > len(first) and n.endswith(first)}
        if len(heads) == 1:
            return heads.pop(), rest
    return topic, key


def another_of_its_kind(key: str, topic: str) -> bool:
    """Whether a key names another thing of the topic's kind, by the head the topic's name ends in: "- 인근
    영서터널 길이: 3.1㎞" under "## 단월터널", "- 다온식품 매출" under "## 해밀식품", "- Yeongseo Tunnel length"
    under "## Danwol Tunnel": that one's figure, not the topic's."""
    if re.fullmatch(r"[가-힣]{3,}", topic):
        kind = topic[-2:]
        # (not the topic's own tail: "- 국립공원 면적" under "## 단월산국립공원" is the park's)
        return any(not topic.endswith(w) and w.endswith(kind) and len(w) > len(kind) + 1 for w in re.findall(r"[가-힣]+", key))
    words = topic.split()
    if len(words) > 1 and words[-1][:1].isupper():
        other = re.search(r"\b([A-Z][\w'’-]*)\s+" + re.escape(words[-1]) + r"\b", key)
        return other is not None and other.group(1) != words[-2]
    return False


def goal_key(key: str) -> bool:
    """A key of a plan: "개통 목표", "Target", "2027 계획"."""
    return bool(_PLANS.search(key))


def project_total(noun: str) -> bool:
    """A column of a project's table whose total is its cost: an amount of money with no measure of its own."""
    return bool(re.fullmatch(r"금액|액수|예산|사업비|총액|(?i:amount|value|total|budget|cost)", noun))
