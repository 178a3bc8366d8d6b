"""A demonstrative before a company noun points back to the one company the text just named (issue #14, owners).

"그 중심에는 단연 녹담음료가 있다. 지난달 발표된 실적에서 이 회사는 매출 3,840억 원 …", "배터리 소재 기업 루멘셀
덕분이다. 2019년 직원 5명으로 출발한 이 회사는 …", "클러스터의 맏형은 단연 한결제약이다. … 이 회사는 …": "이 회사"
(this company), "그 기업", "이 업체" name nothing themselves; a Korean writer uses them for the company the sentence
before is about. The noun says which kind of thing is meant, so the name pointed to must be one the text shows to be a
company, or at least a name of no other kind (a place, a person, a facility, an event).

Read backwards from the demonstrative, sentence by sentence (its own sentence's words before it first, at most
``_SENTENCES`` sentences): the first sentence that names anything decides. One name there, of a company or of no other
kind: that name. Two names ("A전자가 B전자를 인수했다. 이 회사는 …": which one is not written) or one of another kind
("… 온해시립과학관은 … . 이 회사는": a paragraph about another thing came between) leave the figure unowned.

What names a company (``is_company``, the binder's own tests, passed in): a company's head (한결제약), a place's stem
and a trade (실마루방적), or a kind of company written right before the name ("배터리 소재 기업 루멘셀", "양극재
제조업체 청람소재"). A name of no other kind: a Hangul word of three syllables or more that the text writes as the topic
or subject of a clause at least twice (an actor of the text, "녹담음료는 1987년 …"), that no kind head ends
(``other_kind``) and that is shaped as no person's name — and never a name the text introduces as a product's, a
brand's or a model's ("대표 제품인 하송녹차라떼는 … 하송녹차라떼는 1위에 올랐고, 이 회사는": the maker, not named
there; ``product``). A kind of company before a name wins over an ending of another kind ("교육 기업 대교"). What
these tests read of the whole document is read once per document (``_document``), not per name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..model import Span
from . import structure
from .words import split_particle

# The company nouns a demonstrative turns into a pointer: company, enterprise, firm
COMPANY_NOUNS = frozenset({"회사", "기업", "업체"})
_SENTENCES = 5  # how far back a pointer reaches (its own sentence first): a paragraph's worth
_REACH = 1500  # characters
_SENTENCE_END = re.compile(r"다\.\s*|[.?!]\s+|\n+")
# A kind of company right before a name: "배터리 소재 기업 루멘셀", "양극재 제조업체 청람소재(Cheongram Materials)가"
# ("회사 측은", "기업 쪽에서": the company's side, no name)
_KIND_BEFORE = re.compile(r"(?<![가-힣])(?:[가-힣]*업체|기업|회사|제조사|제약사|스타트업)\s+(?!측|쪽)([가-힣]{2,10}?)"
                          r"(?=(?:\([^()]{1,40}\))?(?:은|는|이|가|의|을|를|와|과|도|이다|다|덕분)?(?![가-힣]))")
# A Hangul word; a clause's topic or subject, or the predicate of a copula ("녹담음료가 있다", "단연 한결제약이다")
_WORD = re.compile(r"(?<![가-힣])[가-힣]{3,14}(?![가-힣])")
_TOPIC_OR_SUBJECT = frozenset({"은", "는", "이", "가", "이다"})
_LISTED = frozenset({"와", "과", "을", "를"})  # "녹담음료와 청솔식품이", "누리전자를 인수했다": a second name
# What a locative or instrumental topic ends in ("중심에는", "공장에서는"): no name
_NOT_A_NAME_END = ("에", "에서", "으로", "로", "에게", "께서", "부터", "까지", "처럼", "보다")
_DEMONSTRATIVE = re.compile(r"(?<![가-힣])(?:이|그|해당)\s?\Z")


def pointer(text: str, noun: str, at: int) -> bool:
    """Whether the company noun at ``at`` follows a demonstrative ("이 회사", "그 기업")."""
    return noun in COMPANY_NOUNS and _DEMONSTRATIVE.search(text, max(0, at - 4), at) is not None


def company_antecedent(text: str, at: int, is_company: Callable[[str], bool], other_kind: Callable[[str], bool],
                       person: Callable[[str], bool]) -> structure.Phrase | None:
    """The one company "이 회사" at ``at`` points back to (see the module's docstring), or None."""
    lo = max(0, at - _REACH)
    cuts = [lo, *(m.end() for m in _SENTENCE_END.finditer(text, lo, at)), at]
    stretches = [(start, end) for start, end in zip(cuts, cuts[1:]) if text[start:end].strip()]
    for start, end in stretches[::-1][:_SENTENCES]:
        found = _names(text, start, end, is_company, other_kind)
        if not found:
            continue
        if len({name for name, _ in found}) != 1:
            return None  # two names: which one is not written
        name, where = found[-1]
        if product(text, name):
            return None  # a product, a brand: "이 회사" is its maker, whose name is not in this sentence
        if not is_company(name) and (other_kind(name) or person(name)):
            return None  # a place, a facility, a person: the sentence before is about another thing
        return structure.Phrase(name, Span(where, where + len(name)), "anaphor")
    return None


def _names(text: str, start: int, end: int, is_company: Callable[[str], bool],
           other_kind: Callable[[str], bool]) -> list[tuple[str, int]]:
    """The names a stretch of text writes, with where: a company's (see the module's docstring), a name of another
    kind (a museum named there blocks the pointer as a second company would), a product's (:func:`product`), or an
    actor's name of the text."""
    found = [(m.group(1), m.start(1)) for m in _KIND_BEFORE.finditer(text, start, end)]
    for m in _WORD.finditer(text, start, end):
        stem, particle = split_particle(m.group())
        if len(stem) < 3 or stem.endswith(_NOT_A_NAME_END) or any(at == m.start() for _, at in found):
            continue
        if particle not in _TOPIC_OR_SUBJECT and particle not in _LISTED and particle != "의":
            continue  # a bare word before another noun, a place in 에 ("전남 온해시 온해국가산업단지에"): no actor
        if is_company(stem) or other_kind(stem) or product(text, stem) or particle != "의" and _actor(text, stem):
            found.append((stem, m.start()))
    return sorted(found, key=lambda f: f[1])


# A Hangul word of the text with the particles a noun of its own takes ("녹담음료는", "녹담음료이다", "녹담음료")
_RUN = re.compile(r"(?<![가-힣])[가-힣]+(?![가-힣])")
_PARTICLES = ("은", "는", "이", "가", "의", "을", "를", "와", "과", "도", "이다")
# A name written as a product's, a brand's or a model's (an appositive kind before it, or its copula's predicate):
# "대표 제품인 하송녹차라떼는", "신제품 하송라떼가", "하송녹차라떼는 이 회사의 대표 제품이다" — never a company
_PRODUCT_KINDS = r"(?:제품|신제품|상품|신상품|브랜드|모델|메뉴|라인업)"
_PRODUCT_BEFORE = re.compile(r"(?<![가-힣])[가-힣]*" + _PRODUCT_KINDS + r"(?:인|은|이자)?\s+([가-힣]{2,14}?)"
                             r"(?=(?:\([^()]{1,40}\))?(?:은|는|이|가|의|을|를|와|과|도|이다|다)?(?![가-힣]))")
_PRODUCT_PREDICATE = re.compile(r"(?<![가-힣])([가-힣]{2,14}?)(?:은|는)\s[^.\n]{0,40}?" + _PRODUCT_KINDS + r"(?:이다|다|로|으로)")


class _Document:
    """What the pointer's tests read of a whole document, read once per document (not per candidate name): the names
    a kind of company stands right before, the names written as a product's, and how often each word is written as a
    noun of its own."""

    def __init__(self, text: str) -> None:
        self.kinds = frozenset(m.group(1) for m in _KIND_BEFORE.finditer(text))
        self.products = frozenset(m.group(1) for r in (_PRODUCT_BEFORE, _PRODUCT_PREDICATE) for m in r.finditer(text))
        self.written: dict[str, int] = {}
        for m in _RUN.finditer(text):
            run = m.group()
            for stem in {run, *(run[: -len(p)] for p in _PARTICLES if run.endswith(p) and len(run) > len(p))}:
                self.written[stem] = self.written.get(stem, 0) + 1


@lru_cache(maxsize=4)
def _document(text: str) -> _Document:
    return _Document(text)


def _actor(text: str, name: str) -> bool:
    """Whether the text writes a word as a noun of its own twice or more, with a particle or none ("녹담음료가 있다",
    "녹담음료는 1987년 …"): an actor of the text, not a one-off phrase."""
    return _document(text).written.get(name, 0) >= 2


def kind_before(text: str, name: str) -> bool:
    """Whether the text writes a kind of company right before a name ("배터리 소재 기업 루멘셀")."""
    return name in _document(text).kinds


def product(text: str, name: str) -> bool:
    """Whether the text introduces a name as a product's, a brand's or a model's ("대표 제품인 하송녹차라떼는")."""
    return name in _document(text).products


# The last syllable of a building's, a body's or an event's name that ends no company's: 과학관, 수목원, 청사, 협회,
# 산업전, 축제 (축제 and 박람회 are in the heads' table too)
OTHER_ENDS = ("관", "원", "청", "회", "전", "제", "당", "장", "교")
