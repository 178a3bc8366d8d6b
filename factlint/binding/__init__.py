"""Binding: which entity and attribute a figure is about — "HyperCLOVA · parameters = 2040억".

Binding is where a fact checker wins or loses its precision. It runs per
document (in worker processes) and is linear in the text: one pass finds the
entity mentions, one the attribute triggers, then each quantity is resolved
inside its sentence and clause. The names and triggers of a rule set are compiled
once per process; they are found by trying their branches only where the text has
their first two letters (``_Alternation``: 0.6–0.7 ms per generated article, figures in
benchmarks/README.md).

For each quantity (a pair "204B(2040억개)" counts as one value in two notations):

1. **Attribute** — the nearest trigger word of a declared attribute whose dimension fits
   the number ("2040억 파라미터", "parameters of 175 billion"); a trigger already taken
   by the figure before it is not reused ("1750억개 파라미터와 3000억개로 구성된
   데이터셋": the second is the data set). A figure with no trigger of its own that
   hangs on a name in parentheses ("GPT-3(175B)를 뛰어넘는 204B … 파라미터") takes the
   attribute of the figure it is compared with; a figure about a market takes the
   market's only attribute of its dimension. A percentage in a share frame ("BLOOM's training
   data is about 80% web text", "웹 문서는 블룸 학습 데이터의 80%를 차지한다") is the share
   attribute whose whole the frame names, owned by the whole's possessor, its part the scope
   (``shares.py``). A Markdown table cell has the attribute its column's header names; a figure
   that ends its sentence, stated with the verb the sentence before used ("Gopher has 280 billion
   parameters. Chinchilla has 70 billion."), has the attribute that sentence stated.
2. **Entity** — declared names (any alias, with Korean particles: 하이퍼클로바는/를/의),
   and names discovered in the text (quoted after a model noun or a parameter count,
   Latin product names: 'KoGPT', MT-NLG, PaLM, '우다오 2.0'). A name with a version
   suffix is another entity (HyperCLOVA X, KoGPT 6B). In order:
   a name right before the parenthesis holding the figure ("GPT-3(175B)");
   the one fitting name in the figure's clause; in its sentence; the sentence topic
   (X는/은); and for a sentence that names no one, the topic of the sentence before
   (seed 001: "하이퍼클로바는 … 투입했다.세계적으로 … 204B(2040억개) 파라미터 규모로
   개발됐다."). A name that is the object of a comparison ("GPT-3보다", "GPT-3를
   뛰어넘는", "larger than GPT-3") is cut off from the figures beyond it; the owner in
   "'Open AI'의 GPT-3" is not the subject. Several fitting names → not bound (listed).
   With no fitting name, the owner comes from structure (``_structural_owner``): the possessor
   of the measured noun, also before the figure ("아프리카발톱개구리의 4만여 개 유전자"), the noun
   the figure's phrase or its adnominal clause describes ("…파라미터를 가진 모델들이"), the
   clause's topic or subject, the topic of the sentence right before, the title. An owner read
   from a clause's role must be an entity, not a common noun: a name the document writes as one
   (Latin letters or digits, quoted, glossed "리카이푸(李開復)", a person "김씨", a team of a named
   institution, the title's topic) or uses as one (listed beside others, and a topic or subject:
   "국토교통부, 코레일, 철도노조" then "코레일은 간부 490명에"; never possessed, described by an
   adnominal verb, measured by the figure after it, nor defined as a term: ``_used_as_name``), or a
   place by its head 시/군 whose stem names other things in the text (해운시 beside 해운국제공항:
   ``_place_naming_others``); a common noun (기술, 의향, 연구진) leaves the figure unbound,
   and the title does not step in for a clause that has a topic of its own: a topic, subject or
   possessor before the figure that is not the attribute itself, the speaker (X는 … 밝혔다), a
   demonstrative pointing back (이 논문은), nor a noun measured by a figure of its own (사망자는
   17명으로): "1956~1960년생 여성은 … 미혼율이 5.3%", "5분위 가구의 연료비는 16만원" are the
   cohort's and the quintile's, which are no names, so no one's (``structure.own_topic``); nor
   one whose measured noun has nouns of its own before a qualifying determiner ("청주시 아파트 평균
   매매가격은") or a possessor of a noun counted as one ("복대동의 한 아파트는"), nor one that
   measures the title's own noun ("2월 취업자 … 늘어" over "취업자 수는 2,804만 명": an entity is not
   its own attribute; a title with a count in it, "실업자 2만명 감소", is a headline, not a name).
   In English a speaker or forecaster is attribution, not owner, when what it says has a subject of
   its own or is the figure itself ("Coach Choi said the team had beaten its target of 50", "The
   Bank of Korea expects 170,000 jobs", "K Movie forecasts 10 million admissions", "Organisers said 30,000 visitors
   came": a verb of saying too, past a day or "that"; "Cadbury said its sales"
   stays Cadbury's); a name before any
   finite verb ("Cheongju finished sixth with 15 wins") or holding the figure in its apposition
   ("Cellonix, founded in 2019 and employing 418 people, plans …") owns it when the document writes
   it capitalised inside a sentence ("Analysts expected 5% growth" has no owner); and "Its" after a
   sentence opened by a subject the binder does not know as a name points to that subject, not to
   the latest known name inside what it said. "It" (also lower-case after a fronted phrase: "As of
   December 2025 it had …") and a definite noun ("The city covers 463 km2", "The film has grossed …")
   point to the name the sentence before opened with as its subject — past a gloss ("Gimhae (Korean:
   김해시) is …"), an apposition, a relative clause ("Dalbakwi, which launched in 2022 with 1,200 bikes, has
   grown"), a wire dateline, or quotes ('"Gate of the Sea" (…), Han's drama, had sold …'), back over
   sentences that open with an anaphor themselves and into the paragraph before — and only when the
   document writes that name as one ("Critics liked …": no one; a name with a non-restrictive "which" clause
   after it, or an encyclopedia entry's defined title, is one). A fronted time phrase may stand before "it"
   ("At the end of last year it had …", "Last year it carried …"), and a second verb phrase with no subject
   of its own shares the clause's "It" ("It lies in the Gaon Basin, …, and had a population of 298,400";
   ``_sharing_subject``), while ", and Daesung employs …", ", and it is estimated that …" keep their own.
   A passive of a thing's history ("It was founded in 2019") is no empty "It"; one of saying is ("It is
   estimated that"). "The city" does not take a subject the text never calls a city when it calls another
   name one ("The Haram Bluehawks won … in Haram, a city … . The city has …"). "The … N" whose N the sentence
   before introduced as "its … N" is that sentence's name's (``references.possessed_head``); "The company" (firm,
   maker …) the company the sentence before opened with, when its head ("Hanbit Motors") or that sentence ("… has
   become the country's biggest electric-car maker") says it is one, and no other company is named there
   ("Daon Holdings bought Seoha Motors. The company …": either). "They" stands for a subject whose verb is plural
   ("The Seoul Raptors are …"), "It" for no such one; a personal pronoun is never a name ("He has 12,000 followers"). "it" in what a speaker says is the
   speaker ("Hangyeol Heavy Industries said on Thursday it won orders worth $11.8 billion", past a
   dateline, "South Korea's" or a descriptor: "South Korean electric-car maker Sorin Motors said it delivered …",
   "Rival X", never words with a preposition, "A spokesman for carmaker X"); a name before an apposition
   owns the figure of its verb ("Haeun International Airport, 11 km north-west of the city centre, opened in
   1997 and handled about 4.1 million passengers in 2025", "Jeong, 24, ended the campaign with 11 goals"),
   in that verb's own clause only, not after a comma nor in a later clause with a subject of its own (", while
   Y handled 1.9 million"); "X said Daesung won …", a later clause with its own subject ("…, while
   Daesung Shipbuilding won …") and a possessor before the figure ("the nation's 3,300 screens") are not
   X's. With no noun, the verb whose object the figure is names its measure ("covers" → area, "grossed"
   → gross); the noun before "worth" is measured ("orders worth $11.8 billion"). A figure with no noun
   after "and" / "up from" and another period ("15.3 million passengers in 2025 and about 15.7 million
   in 2019", "up from $8.6 billion a year earlier", "up from 588,000 in the 2010 census") is the same measure in that
   period (``periods.english_periods``). A title that is a name
   ("삼성 갤럭시 S8": "갤럭시 S8", not "S8") owns the article; a headline's topic only its lead
   (the first two paragraphs of prose), unless written as a name; neither a byline nor a dateline.
   Never a time word (올여름, 여름철, 장마철, 상반기, 지난해: ``structure.is_season``, a season with its
   prefixes and suffixes), nor a headline word that is no name (``_title_is_name``: 국내, 전국; a field
   -업/-계 the body never makes act; an office built on a body's name, 해운시장), nor a speaker a headline quotes
   (기상청 "올여름 평균기온 25.6℃…가장 더웠다": the attribution; the nation those figures are about is
   written nowhere, so they are no one's). Where such a headline word is no name, the lead's figures
   with no owner of their own are those of the body's first subject when it is a company's name the
   text also shortens (``_lead_subject``, ``_short_named``: "[경제 칼럼] 조선업 '슈퍼사이클'의 그늘" over
   "한빛중공업이 … 수주했다", then "한빛이 따낸", "한빛의 수주잔고"; a head of :data:`romanize.SUFFIXES` after
   a part of two syllables the text uses alone with a particle; "민간항공" is no name). A document's long
   name of a company or club defines its short forms (``names.short_forms``): "Cheongju finished sixth" after
   "Chungbuk Cheongju FC" is the club's, "하늘의 인도량" after "하늘모터스가" the company's, unless another name
   of the document has that part or it speaks of it as a place; a Hangul word with a transliterated company
   head (모터스, 엔터테인먼트: ``_loan_headed``) is a name.
   A press release's lead topic (the body's first word a name with 은/는/이/가, "담라도는 … 밝혔다") owns
   the later figures that have no owner of their own, across paragraphs, until a sentence opens with
   한편, a quotation, or a clause opened by another name or speaker (``_carried_topic``, ``_turns_away``);
   a common-noun lead (연구진은) carries nothing. A word whose last syllable is also a particle is one
   name where the document shows it (``words.particle_final_names``): it writes the word with a case
   particle ("담라도는", "미래와가"), or writes a province's office on it ("담라도청") and never its stem
   alone; then "담라도 8월 관광객" is 담라도, not 담라 and "also" ("서울도 올랐다" keeps its 도). A figure in a
   headline whose clause has no topic of its own is the headline's name's (``_headline_topic``: "담라도 8월
   관광객 152만 3천 명…전년 동월 대비 12.4% 증가"), measuring the bare noun before it (관광객: an ellipsis
   ends a headline's statement, and a time word, 8월, counts nothing), as a verbal noun that states the count and
   ends the headline does ("대한민국에서 신규 확진자 1241명 발생": ``structure.HEADLINE_STATES``) when the body
   writes the same measure; not a bound passed or a change ("5만명 돌파", "41명 증가": the headline's verb, no
   level). A bare number of 1–119 in brackets glued to a person's
   name is the person's age ("케냐의 조엘 키프롭(27)": ``_aged``), never a stock code, year or size.
   A Markdown table's cells that no declared trigger binds are read from the table's layout
   (``tables.py``): the row label owns, the header's noun is the attribute, a row labelled by a time is
   the title's subject in that period, a bare total row is the whole the title names. A title in quotes, 『』 or 《》 is one name ('바다의 문': its 의
   is no possessive, ``words``) and, as a topic, ends the search for the attribute as a name does. A
   possessor after a demonstrative ("이 영화의 손익분기점") points back to the one name the text gave
   that noun in apposition ("영화 '바다의 문'(감독 …)이"), none when it gave it no name or two; so does
   a topic ("이 영화는 누적 관객이 …"), which with no such name is still the title's ("이 모델은").
   A compound measured noun opening with a name owns without 의 ("2025년 김해공항 이용객이 1,583만 명":
   김해공항 · 이용객, ``_compound_owner``): the name is the title's topic, unless the title's figure measures
   it ("2월 취업자 32만 9천명 늘어"), or a Hangul noun written or used as a name; never a common noun
   ("청년 취업자"), Latin letters alone ("LNG 운반선"), a measure word last ("취업자 수") or a group ("X 출신").
   A word built as a name owns too (a company or loanword head, a place the text writes again: "서하시 인구는"),
   and an apposition inside the compound hands it to the name after it ("솔뫼군 식수원인 달빛저수지 저수율").
   A scope of the pack (an entity of type ``scope``, rules/entities.yaml: 전국 / nationwide / national, 전 세계 /
   global / worldwide; never looked for as a name) owns the figure of the noun it modifies when the clause
   names no owner of its own (``_korean_scope``, ``_english_scope``): "올여름 전국 평균기온이 25.6℃로" (전국 ·
   평균기온, the season its period), "폭염일수는 전국 평균 28.4일로" (전국 · 폭염일수), "the national unemployment
   rate fell to 3.1%", "Nationwide heat-related illnesses reached 3,704"; the agency that says it stays attribution
   (기상청은 … 밝혔다, "세계기상기구(WMO)는"). Never past a name or a topic of the clause's own ("누리전자는 전 세계
   스마트폰 점유율이 20%로"), a possessor ("서울의 강수량"), for a figure after the phrase's first ("전국 강수량은
   612.4㎜로 평년(727.3㎜)의 84% 수준": the normal and the ratio), nor for a part of the nation (남부지방) or 국내
   (also "domestic": "국내 관광객" of a province). A duration in days is a claim only as a count of days, the
   noun it measures ending in 일수 (폭염일수; "장마 기간은 33일로" stays a duration: ``sentences.day_count``).
   A figure read as measuring its clause's topic that is the object of a verbal noun ("한결중공업은 41척, 112억
   달러를 수주했다") measures the verbal noun (``structure.verbal_measure``), owned by the topic if it is such a
   name, else by no one (never the title, with the topic for its attribute).
   A figure stated with (으)로 and a comma ends its clause ("충북 인구는 159만 3천여 명으로, 이 가운데
   청주시가 …": 청주시 stands in the next clause); a figure alone in brackets after a period that follows
   it ("1,146명으로, 2023년(382명)의", "1만 2,480건으로 전년(9,630건)보다") is the same entity's same
   measure in that period (``periods.py``), while one after a name ("충주시(20만 명)보다") is the name's.
   The cut blocks owners, not the attribute: the first figure after it with no noun of its own, in the
   same kind, unit and counter, stated of a name by the copula ("700억개로, 2800억개인 고퍼의", "…로,
   고퍼는 2800억개이며"), is a parallel — the attribute of the figure before, the owner that name
   (``_parallel``, ``_copula_owner``); no such name, no owner ("700억개로, 2800억개의 4분의 1이다").
3. **Qualifiers** — goal/plan/forecast (갖추겠다, 목표, 계획, 예정, 전망, will, plans to),
   the period (a year in the clause, "지난해" from the article's date; in English a year in a phrase right
   after the figure first: "opened in 1997 and handled 4.1 million passengers in 2025" is 2025's), a reported figure
   the article disputes (…라는 보도는 사실이 아니다), a revision (상향, revised).

Not claims: a number whose counter is glued to it and names which one of the noun after it
("1분위 가구", "1단 로켓": ``structure.designates``), a figure written twice in a row ("한 명 한
명"), a decade ("2020년대 들어서"). In English a preposition after a figure opens an adverbial, not
the noun it measures ("rose 3.4% in morning trade"), and a figure on the compared side ("compared
with a 0.6% gain in the KOSPI", "against $4bn at LG") is not the clause subject's.

Figures that look like claims but could not be bound are returned as ``unbound``
(``factlint claims --coverage`` lists them with the reason): a silent miss is the
worst failure of a fact checker.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

from .. import segment
from ..korean import DIMENSION_NOUNS, INTO_BEING
from ..config.ruleset import SCOPE, Attribute, RuleSet, Source
from ..markup import table_header as _table_header
from ..measures import _DATELINE as _WIRE_DATELINE
from ..model import Block, Claim, Document, Quantity, Span
from ..quantities import lexicon
from ..quantities.labels import MONTHS
from ..quantities.currency import CURRENCY_SUFFIX
from ..heads import HEADS
from ..romanize import COMPANY_HEADS, LOAN_HEADS, SUFFIXES
from ..tolerance import dimension
from . import agedesc, ages, amounts, anaphora, changes, changeverbs, commonheads, costs, descriptors, dimensions, discourse, headers, incidents, labeldates, periods, pointed, prenominal, prices, references, roles, rounds, shares, softplace, structure, tables
from . import sections as sections_
from .names import (
    SHORT_FORM, VERSION, Mention, _canon_lookup, _cut_comparisons, _cut_defined_groups, _discover, _discoverable, _matcher, _Matcher, _mentions, _Taken,
    _Trigger, _triggers, fits, person_before, short_forms, titled_person,
)
from .comparatives import comparative
from .changes import rates_of_change
from .editions import edition_claims, record_claims
from .eventdates import event_date_claims
from .events import dated_claims, door_written, event_claims, has_year
from .records import season_records
from .qualifiers import _attribution, _is_disputed, _is_goal, _period, _reference, edition_period, partitive_period, season_period
from .periods import fits_as
from .restated import framed, restated
from .words import SURNAMES, Word, _analyse, korean_sentence, particle_final_names, words
from .sentences import (
    DAY_COUNT, Bound, _bounded, _claim_like, _pairs, day_count, figure_clause_end, figure_clause_ends, _Sentence, _Unit, _within_ends,
)
from .vocabulary import (
    _ANAPHOR, _OWN_TOPIC_KO, _QUOTE_CLOSE, _REVISION, _WHITESPACE, AFTER_WINDOW, BEFORE_WINDOW, MAX_KNOWN, TOPIC_PARTICLES,
)

_T = TypeVar("_T")
_HANGUL = re.compile(r"[가-힣]")


def _per_document(fn: Callable[[str, str], _T]) -> Callable[[str, str], _T]:
    """``fn(text, name)`` memoised for one document: the last text asked about (by identity), whose names
    are asked about once per sentence or figure that may be theirs. Only that document is kept alive (an
    lru_cache keyed by the text would keep as many documents as entries). The text and its memo are one
    pair, read and replaced whole: a thread binding another document never writes into this one's."""
    state: list[tuple[str, dict[str, _T]]] = [("", {})]

    @functools.wraps(fn)
    def memoised(text: str, name: str) -> _T:
        current, memo = state[0]
        if current is not text:
            memo = {}
            state[0] = (text, memo)
        if name in memo:
            return memo[name]
        value = memo[name] = fn(text, name)
        return value
    return memoised


def bind(doc: Document, blocks: Sequence[Block], quantities: Sequence[Quantity], ruleset: RuleSet) -> tuple[list[Claim], list[Quantity]]:
    """Claims of one document and the claim-like figures that could not be bound."""
    claims: list[Claim] = []
    unbound: list[Quantity] = []
    for b in bind_document(doc, blocks, quantities, ruleset):
        if b.claim is not None:
            claims.append(b.claim)
        elif b.reason and b.reason != "not a claim":
            unbound.append(b.quantity)
    return claims, unbound


def bind_document(doc: Document, blocks: Sequence[Block], quantities: Sequence[Quantity], ruleset: RuleSet) -> list[Bound]:
    """Every figure of the document with its claim or the reason it has none (for ``--coverage``)."""
    m = _matcher(ruleset)
    found = [_discoverable(block.text, block.span.start, m) for block in blocks]
    known: dict[str, str] = {}
    for f, block in zip(found, blocks):
        for x in _discover(f, _Taken(len(block.text))):
            if x.discovered and len(known) < MAX_KNOWN:
                known.setdefault(doc.text[x.span.start : x.span.end], x.entity)
    starts = [q.span.start for q in quantities]
    out: list[Bound] = []
    claimed: list[Mention] = []  # the owners of the claims of the prose blocks so far (``_discourse_owner``)
    sections: list[tuple[int, tuple[Attribute, ...]]] = []  # the headings above the block: level, attributes
    topics: list[tuple[int, sections_.Topic | None]] = []  # and what each names (binding/sections.py)
    heads: list[tuple[int, str]] = []  # and each heading as written
    headers: dict[int, str | None] = {}  # table rows read so far: line start → their table's header
    for block, f in zip(blocks, found):
        # the block as written from the start of its line: its prose has the marks of headings,
        # list items and table cells blanked out (factlint/markup.py)
        line = doc.text.rfind("\n", 0, block.span.start) + 1
        heading = _HEADING.match(doc.text, line, block.span.end)
        if heading:
            level = len(heading.group(1))
            while sections and sections[-1][0] >= level:
                sections.pop()
            while topics and topics[-1][0] >= level:
                topics.pop()
            while heads and heads[-1][0] >= level:
                heads.pop()
            heads.append((level, block.text))
            said = _triggers(block.text, block.span.start, m)
            sections.append((level, tuple(dict.fromkeys(a for t in said for a in t.attrs))))
            topics.append((level, sections_.heading_topic(block.text, topics[-1][1] if topics else None, doc.text)))
        lo = bisect.bisect_left(starts, block.span.start)
        hi = bisect.bisect_left(starts, block.span.end)
        qs = [q for q in quantities[lo:hi] if block.span.contains(q.span)]
        if qs and _ATTACHMENTS.match(doc.text, line, block.span.end):
            # "붙임: 행사 사진 5매. 끝.": a press release's list of what it encloses counts its pages, of nothing
            out.extend(Bound(q, None, "not a claim") for q in qs)
        elif qs:
            # "### 매개변수 비교" then "* BLOOM — 1760억": a list item or table row says its attribute
            # once, in the heading of its section
            # (the innermost heading's first: "### 공개 모델" under "## 매개변수 비교" names no count)
            section = tuple(a for _, attrs in reversed(sections) for a in attrs) if _ITEM.match(doc.text, line, block.span.end) else ()
            topic = topics[-1][1] if topics else None
            if doc.text.startswith("|", line) or doc.text[line : block.span.start].lstrip(" \t").startswith("|"):
                # "| 모델 | 매개변수 |" over "| 블룸 | 1760억 |": a cell's figure has its column's attribute
                columns = _column_attributes(doc.text, line, qs, m, headers)
                bound = _bind_block(doc, block, qs, m, known, f, section, columns)
                header = _table_header(doc.text, line, headers)
                out.extend(_table_cells(doc, line, header, bound, topic))
                if header is not None:
                    # "| 도서관 | 개관 | …" over "| 서하중앙도서관 | 1996년 | …": the row's event date (binding/labeldates.py)
                    out.extend(Bound(c.quantity, c, "", c.attribute) for c in labeldates.column_claims(doc, line, header, m.once))
                continue
            start = len(out)
            if topic is not None and topic.entity is not None and section:
                out.extend(_bind_block(doc, block, qs, m, known, f, section, claimed=claimed))
            elif topic is not None and topic.entity is not None:
                out.extend(_section_item(doc, line, block.span.end, topic, list(_bind_block(doc, block, qs, m, known, f)), out))
            else:
                out.extend(_labelled_item(doc, line, block.span.end, heads,
                                          list(_bind_block(doc, block, qs, m, known, f, section, claimed=claimed))))
            if topic is not None and topic.entity is not None and not topic.goal:
                # "- 개관일: 2019년 9월 4일" under "## 중앙도서관 개요": the topic's event date (binding/labeldates.py)
                taken = frozenset(b.quantity.span.start for b in out[start:] if b.claim is not None)
                dated = labeldates.item_claim(doc, line, block.span.end, topic.entity, m.once, taken)
                if dated is not None:
                    out.append(Bound(dated.quantity, dated, "", dated.attribute))
    return _soft_places(doc.text, _long_forms(doc.text, _undescribed(doc.text, out)))


# The line a press release ends with that lists what it encloses ("붙임: 행사 사진 5매. 끝.", "※ 붙임: 1. 위치도",
# "Attachments: 2 photos"): what is attached, by the page or photo, no figure of the story; the colon is
# required, so that prose opening with the word ("첨부 서류 3종을 …") stays prose
_ATTACHMENTS = re.compile(r"[ \t]*(?:※[ \t]*)?(?:붙임|첨부|(?i:attachments?|enclosures?))[ \t]*[:：]")


def _undescribed(text: str, out: list[Bound]) -> list[Bound]:
    """Claims whose owner was read with a descriptor before its name (``descriptors.bare_name``: "시립
    별누리천문대의 누적 방문객", "환승역인 서진시청역의", "the 2,850-tonne Soha Queen II") stated of the name, so that
    another document's bare name meets them — who runs it or where it is kept as a soft place, so that "국립
    현대미술관" and "시립 현대미술관" never meet; an owner that is a common noun (``descriptors.common_noun``: "Drone
    makers … signed deals worth $52 million" beside "inspection drones") owns nothing."""
    names = {b.claim.entity for b in out if b.claim is not None}
    bare = {name: short for name in names if (short := descriptors.bare_name(text, name)) is not None}
    common = {name for name in names if descriptors.common_noun(text, name)}
    if not bare and not common:
        return out
    return [Bound(b.quantity, None, "no entity: a capitalised common noun the text also writes in lower case")
            if b.claim is not None and b.claim.entity in common
            else replace(b, claim=replace(b.claim, entity=bare[b.claim.entity], scope=softplace.with_place(
                b.claim.scope, descriptors.qualifier(b.claim.entity))))
            if b.claim is not None and b.claim.entity in bare else b for b in out]


def _soft_places(text: str, out: list[Bound]) -> list[Bound]:
    """Claims whose owner came through a weaker link, with the place that link names as a soft scope
    (binding/softplace.py): "The plant" of "its new plant in Danyang", a Hangul name known only from its founding
    clause (the place of its sentence or its document)."""
    def place(c: Claim) -> str | None:
        if c.sentence is None or c.scope is not None and softplace.SOFT in c.scope:
            return None
        if c.how == references.POSSESSED:
            return softplace.possessed_place(text, c.sentence)
        if _HANGUL.match(c.entity[:1]) and _named_only_by_founding(text, c.entity):
            return softplace.korean_place(text, c.sentence)
        return None
    return [replace(b, claim=replace(b.claim, scope=softplace.with_place(b.claim.scope, p)))
            if b.claim is not None and (p := place(b.claim)) is not None else b for b in out]


def _long_forms(text: str, out: list[Bound]) -> list[Bound]:
    """Claims owned by a short form of a name of the document ("Cheongju" after "Chungbuk Cheongju FC",
    "소린" after "소린모터스가") stated of the long name (``names.short_forms``), so that another document's
    long name meets them."""
    forms = dict(short_forms(text))  # (a copy: short_forms is cached per text)
    forms.update(_placed_longs(text, {b.claim.entity for b in out if b.claim is not None} - forms.keys()))
    if not forms:
        return out
    return [replace(b, claim=replace(b.claim, entity=forms[b.claim.entity]))
            if b.claim is not None and b.claim.entity in forms else b for b in out]


def _placed_longs(text: str, names: set[str]) -> dict[str, str]:
    """Each Hangul owner that is the short form of a placed club name (:func:`_tail_of_placed_name`: "블루호크스" after
    "하람 블루호크스가") with that whole name, when the text places it after one place only, so that an English
    article's "Haram Bluehawks" meets it (a loanword, ``factlint/loanword.py``)."""
    out: dict[str, str] = {}
    for name in sorted(names):
        if not _tail_of_placed_name(text, name):
            continue
        stems = {stem for _, stem in _bare_uses(text, name) or () if stem and _placed_loan(text, f"{stem} {name}")}
        if len(stems) == 1:
            out[name] = f"{stems.pop()} {name}"
    return out


def _section_item(doc: Document, line: int, end: int, topic: sections_.Topic, bound: list[Bound],
                  before: Sequence[Bound]) -> list[Bound]:
    """The bindings of a list item under a heading that names its topic: "- 연장: 5.2㎞" under "## 단월터널
    건설사업" is the tunnel's 연장 (``binding/sections.py``) when the binder left the value's first figure
    unbound; the item's other figures as the binder read them."""
    it = sections_.item(doc.text, line, end)
    if topic.entity is None:
        return bound
    if it is None:
        # "- 연평균 강수량 1,380㎜, 1월 평균기온 영하 7.9℃": a key before each figure, no separator
        figures = [(b.quantity.span.start, b.quantity.span.end) for b in bound if _claim_like(b.quantity)]
        items = sections_.pairs(doc.text, line, end, figures)
    else:
        # "- 좌석: 대공연장 1,480석, 소공연장 450석": the key's figures, one per labelled part (the part its scope)
        figures = [(b.quantity.span.start, b.quantity.span.end) for b in bound if _claim_like(b.quantity)]
        items = sections_.value_pairs(doc.text, it, figures) or [it]
    parts = items[0] is not it if it is not None and items else False
    names = tuple(dict.fromkeys(tables.clean(_BRACKETED.sub("", x.claim.entity)) for x in before if x.claim is not None))
    out = list(bound)
    for item in items:
        first = next((k for k, b in enumerate(out) if item.value_start <= b.quantity.span.start < item.value_end
                      and (b.claim is not None or b.reason != "not a claim")), None)
        # (a value the binder read as its label's, "- 사업비: 4,870억 원" with 사업비, takes the heading's topic as owner too)
        bound_first = out[first].claim if first is not None else None
        if first is None or bound_first is not None and bound_first.attribute != item.key or not _claim_like(out[first].quantity):
            continue
        b = out[first]
        if it is not None and not parts and not sections_.plain_value(doc.text[item.value_start : b.quantity.span.start],
                                                                       doc.text[item.value_start : end]):
            continue
        key = it.key if it is not None and parts else item.key
        if sections_.another_of_its_kind(key, topic.entity):
            continue  # "- 인근 영서터널 길이: 3.1㎞" under "## 단월터널": another tunnel's, left to the binder
        entity, attribute = sections_.resolve_key(key, names, topic.entity)
        # the value's own bracket: "(2024년 말 기준)" a reference time, "(2024년, …)" a period
        after = doc.text[item.value_end : end] if it is not None else doc.text[b.quantity.span.end : item.value_end]
        when = next(tables.statements(after, topic.year, doc.date), None)
        period = when.period if when is not None else (tables.year_in(after) or topic.year)
        claim = Claim(path=doc.path, entity=entity, attribute=attribute, quantity=b.quantity, span=b.quantity.span,
                      goal=topic.goal or sections_.goal_key(item.key), period=period, date=doc.date,
                      sentence=Span(line, end), discovered=True, how="section",
                      reference=when.reference if when is not None else None, scope=item.key if parts else None)
        out[first] = Bound(b.quantity, claim, "", attribute)
    return out


_BRACKETED = re.compile(r"\s*[(（][^()（）]*[)）]")


def _labelled_item(doc: Document, line: int, end: int, heads: Sequence[tuple[int, str]], bound: list[Bound]) -> list[Bound]:
    """The claim on a "key: value" list item's value under headings that name no topic of their own to the binder
    (``_section_item`` reads the others): an owner from outside the item (the title's, the lead's) reaches it only
    through headings that name nothing ("## 기본 현황"), never across one that names another thing ("## 영서터널"
    over "- 사업비: 4,870억 원" on a page titled for 단월터널: the other tunnel's); a heading or key of plans ("## 2030년
    목표", "- 개통 목표:") makes it a goal. The page's title (level 1) is no section."""
    it = sections_.item(doc.text, line, end)
    if it is None:
        return bound
    k = next((k for k, b in enumerate(bound) if it.value_start <= b.quantity.span.start < it.value_end
              and _claim_like(b.quantity)), None)
    claim = bound[k].claim if k is not None else None
    if k is None or claim is None or not sections_.plain_value(doc.text[it.value_start : bound[k].quantity.span.start],
                                                               doc.text[it.value_start : end]):
        return bound
    out = list(bound)
    # (an owner the item writes itself is its own: "- BLOOM: 176 billion" under "## Parameter counts")
    if claim.entity.casefold() not in doc.text[line:end].casefold() \
            and any(level > 1 and sections_.names_something(text) for level, text in heads):
        out[k] = Bound(claim.quantity, None, "no entity: the list item is under a heading that names another thing "
                                             "than the page's owner", claim.attribute)
    elif not claim.goal and (_plans_section(heads) or sections_.goal_key(it.key)):
        out[k] = replace(bound[k], claim=replace(claim, goal=True))
    return out


def _plans_section(heads: Sequence[tuple[int, str]]) -> bool:
    """Whether the item's section is one of plans: a heading below the title that plans ("## 2030년 목표", "## 2030년
    목표 / ### 관광"). The page's title (level 1) is no section: "# 서하시 2030 발전 목표 / ## 현황" is the status."""
    return any(level > 1 and sections_.plans(text) for level, text in heads)


def _table_cells(doc: Document, line: int, header: str | None, bound: Iterable[Bound],
                 topic: sections_.Topic | None = None) -> Iterator[Bound]:
    """The bindings of a table row, a cell the binder left with no attribute or no entity read from the
    table's layout instead (``binding/tables.py``: the row label's, the column header's, the table's time)."""
    title = _title(doc)
    subject = title.text if title is not None and _title_is_name(doc.text, title) and tables.subject_word(title.text) else None
    for b in bound:
        cell = None
        if header is not None and b.claim is None and b.reason and b.reason != "not a claim" and _claim_like(b.quantity) \
                and topic is not None and topic.named and topic.entity is not None \
                and tables.whole_row(doc.text, line, b.quantity.span.start):
            total = _section_total(doc, line, header, b.quantity, topic)
            if total is not None:
                yield total
            continue
        if header is not None and b.claim is None and b.reason and b.reason != "not a claim" and _claim_like(b.quantity):
            cell = tables.read_cell(doc.text, line, header, b.quantity.span.start, subject, tables.title_names_all(doc.text),
                                    doc.date)
        if cell is None:
            yield b
            continue
        row_end = doc.text.find("\n", line)
        future = bool(cell.period and doc.date and int(cell.period) > doc.date.year)
        # the title's edition ("# 제5회 청람국제마라톤 …"): the series owns the cell, the edition is which one
        edition = structure.title_edition(doc.text) if cell.entity == subject else None
        yield Bound(b.quantity, Claim(
            path=doc.path, entity=cell.entity, attribute=cell.attribute, quantity=b.quantity, span=b.quantity.span,
            goal=cell.goal or future, period=cell.period, date=doc.date,
            sentence=Span(line, row_end if row_end >= 0 else len(doc.text)), discovered=True, how="table",
            event=cell.event, reference=cell.reference, scope=f"edition {edition}" if edition else None), "", cell.attribute)


def _section_total(doc: Document, line: int, header: str, q: Quantity, topic: sections_.Topic) -> Bound | None:
    """A total row ("| 합계 | 4,870 |") of a table under a heading that names one entity: the entity's total of
    the column's measure; a money column of a project with no measure of its own ("금액") is the project's cost
    (총사업비, the word the prose writes); a percentage is the whole's share of itself, no claim, and so is a
    total of rows that are times ("| 2022 | 38 |", "| 2023 | 41 |", "| 합계 | 124 |"): a sum over periods."""
    if q.kind == "percent" or topic.entity is None or tables.over_times(doc.text, line):
        return Bound(q, None, "not a claim")  # (a total over the years or months of its rows: no period's figure)
    noun, year = tables.column_noun(doc.text, line, header, q.span.start)
    if not noun:
        return None
    if q.kind == "money" and topic.project and sections_.project_total(noun):
        noun = "total project cost" if noun.isascii() else "총사업비"
    row_end = doc.text.find("\n", line)
    claim = Claim(path=doc.path, entity=topic.entity, attribute=noun, quantity=q, span=q.span, goal=topic.goal,
                  period=year or topic.year, date=doc.date, sentence=Span(line, row_end if row_end >= 0 else len(doc.text)),
                  discovered=True, how="table")
    return Bound(q, claim, "", noun)


def _column_attributes(text: str, line: int, qs: Sequence[Quantity], m: _Matcher,
                       headers: dict[int, str | None]) -> dict[int, tuple[Attribute, ...]]:
    """For each figure of a table row, the attributes its column's header names (by trigger word)."""
    header = _table_header(text, line, headers)
    return _by_column(text, line, header, qs, m) if header is not None else {}


def _by_column(text: str, line: int, header: str, qs: Sequence[Quantity], m: _Matcher) -> dict[int, tuple[Attribute, ...]]:
    cells = header.strip().strip("|").split("|")
    out: dict[int, tuple[Attribute, ...]] = {}
    for q in qs:
        column = text.count("|", line, q.span.start) - 1  # the pipe opening the row is column 0's left edge
        if 0 <= column < len(cells):
            said = _triggers(cells[column], 0, m)
            attrs = tuple(dict.fromkeys(a for t in said for a in t.attrs))
            if attrs:
                out[q.span.start] = attrs
    return out


# "* BLOOM — …", "1. LLaMA: …", "| BLOOM | …": the label of a list item or table row, before its separator
_ITEM_HEAD = re.compile(r"[ \t]*(?:[*+\-]|\d{1,3}[.)]|\|)?[ \t]*(?:\*\*)?([^\s—–:|*][^—–:|*\n]*?)(?:\*\*)?[ \t]*(?:—|–|:|\||-)[ \t]")


# A separator of _ITEM_HEAD and the blank after it: a sentence with none is no labelled item, and the
# lazy label of _ITEM_HEAD (a separator tried after each of its characters) is not run over it.
_ITEM_SEPARATOR = re.compile(r"[—–:|\-][ \t]")


@lru_cache(maxsize=8)
def _datelined_lines(text: str) -> int:
    """How many lines open as a dateline does ("BLOOM — 176 billion parameters." twice is a list, not a wire's)."""
    return sum(1 for line in text.splitlines() if _WIRE_DATELINE.match(line))


def _item_head(text: str, sent: _Sentence, ms: Sequence[Mention]) -> Mention | None:
    """The name that labels a list item or table row, if the item opens with one. A wire's dateline ("HARAM —
    The city's bike-share system logged …", "SEOUL, Oct. 2 (Reuters) - …") opening the article's first paragraph
    of prose, the only line of the article opening so, is no item: its capitals say where the report was filed,
    not whose the figures are."""
    if _ITEM_SEPARATOR.search(sent.text) is None:
        return None
    if _WIRE_DATELINE.match(sent.text) is not None and not text[_lead(text)[0] : sent.span.start].strip() \
            and _datelined_lines(text) == 1:
        return None
    found = _ITEM_HEAD.match(sent.text)
    if found is None:
        return None
    start, end = sent.span.start + found.start(1), sent.span.start + found.end(1)
    return next((x for x in ms if x.span.start == start and x.span.end == end), None)


# A figure that ends its sentence: nothing after it names what it counts ("… has 70 billion.", "… 700억개다.")
_ENDS_SENTENCE = re.compile(r"(?:이다|다|였다|이었다)?[\"'”’)]*\s*(?:[.!?]|$)")


def _elided(text: str, base: int, u: _Unit, ms: Sequence[Mention], frames: set[str]) -> bool:
    """A figure whose attribute is left out: it ends its sentence, after a name that owns it, stated
    with the verb the sentence before stated its figure with ("has 280 billion parameters … has 70
    billion", not "… was trained on 780 billion")."""
    return bool(_ENDS_SENTENCE.match(text, u.span.end - base)) and any(x.span.end <= u.span.start for x in ms) \
        and _frame(text, base, u.span) in frames


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:about|around|some|nearly|almost|over|just)?\s*$")


def _frame(text: str, base: int, span: Span) -> str:
    """The English word a figure is stated with ("has"), or the Korean ending after it ("다")."""
    before = _WORD_BEFORE.search(text, max(0, span.start - base - 30), span.start - base)
    if before is not None:
        return before.group(1).lower()
    after = _ENDS_SENTENCE.match(text, span.end - base)
    return after.group().strip(" .!?\"'”’)") if after is not None else ""


def _table_rows(spans: Sequence[Span], text: str, base: int) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        start = span.start
        for line in text[span.start - base : span.end - base].split("\n"):
            if line.strip():
                out.append(Span(start, start + len(line)))
            start += len(line) + 1
    return out


_HEADING = re.compile(r"(#{1,6})[ \t]+\S")
_ITEM = re.compile(r"[ \t]*(?:[*+\-]|\d{1,3}[.)])[ \t]+\S|[ \t]*\|")


def _bind_block(doc: Document, block: Block, qs: list[Quantity], m: _Matcher, known: dict[str, str],
                found: Sequence[tuple[int, int, Mention]], section: Sequence[Attribute] = (),
                columns: Mapping[int, tuple[Attribute, ...]] | None = None,
                claimed: list[Mention] | None = None) -> Iterator[Bound]:
    text, base = block.text, block.span.start
    names = particle_final_names(doc.text)  # "담라도 8월": 담라도 when the document shows it is a name
    mentions = _mentions(text, base, m, known, found)
    triggers = _triggers(text, base, m)
    spans = _bounded(segment.sentences(text, base), text, base)
    if text.lstrip(" \t").startswith("|"):
        spans = _table_rows(spans, text, base)  # a Markdown table: each row is a statement of its own
    ends = figure_clause_ends(text, base, qs)
    sentences = [_Sentence(s, doc.text[s.start : s.end], None, (text, base), ends) for s in spans]
    mentions = _cut_comparisons(text, base, [s.span for s in sentences], mentions)
    mentions = _cut_defined_groups(text, base, mentions)
    name_starts = [x.span.start for x in mentions]
    # The furthest end of a name starting at or before each name: a figure lies inside some name
    # exactly when the names starting at or before it reach past its end.
    name_reach = list(itertools.accumulate((x.span.end for x in mentions), max))
    q_starts = [q.span.start for q in qs]
    trigger_starts = [t.start for t in triggers]
    q_ends, name_ends, trigger_ends = [q.span.end for q in qs], [x.span.end for x in mentions], [t.end for t in triggers]

    def inside_a_name(q: Quantity) -> bool:
        i = bisect.bisect_right(name_starts, q.span.start)
        # or a figure that starts inside a name and goes on past it: the model number "72-600" of "ATR 72-600",
        # which the name reads as "ATR 72"
        return i > 0 and (name_reach[i - 1] >= q.span.end or name_starts[i - 1] < q.span.start < name_reach[i - 1])

    prev_subject: Mention | None = None
    topics: list[Mention | None] = []  # each earlier sentence's topic (declared or found by structure)
    previous: list[structure.Phrase] = []  # the attributes read from structure so far, in order
    owners: list[Mention] = []  # and their owners
    history: list[Mention] = []  # the names of the sentences before, in order (what an anaphor refers to)
    # the owners of the claims made so far, at each claim's place (``_discourse_owner``), from the blocks before too:
    # the document's entity is carried past no claim of another entity, in whatever paragraph
    claimed = [] if claimed is None else claimed
    said: tuple[Attribute, ...] = ()  # the declared attributes the sentence before stated
    frames: set[str] = set()  # and the verb its figures were stated with
    anchors: list[Bound] = []  # its figures bound as levels (what "이는 전년(1,520대) 대비 …" compares)
    for si, sent in enumerate(sentences):
        s_qs = _within_ends(qs, q_starts, q_ends, sent.span)
        s_ms = _within_ends(mentions, name_starts, name_ends, sent.span)
        subject = _topic(sent, s_ms)
        for q in s_qs:
            if inside_a_name(q) or _model_number(doc.text, q):
                yield Bound(q, None, "not a claim")  # "KoGPT 6B", "우다오 2.0": part of a name
        s_qs = [q for q in s_qs if not inside_a_name(q) and not _model_number(doc.text, q)]
        s_triggers = _within_ends(triggers, trigger_starts, trigger_ends, sent.span)
        # "'제5회 X'를 10월 19일 개최한다", "the fifth edition, which takes place on October 26": one edition's date
        releases = list(dated_claims(doc, sent, s_ms, s_triggers)) + list(edition_claims(doc, sent))
        # "10월 19일 열리는 제5회 X", "- **일시**: 2025년 10월 19일" under "# 제5회 X 참가 안내": the same edition's date
        releases += event_date_claims(doc, sent, frozenset(c.span.start for c in releases))
        released = [dated.span for dated in releases]
        for dated in releases:
            yield Bound(dated.quantity, dated, "", dated.attribute)  # "Chinchilla was announced in March 2022"
        counts_days = [q for q in s_qs if day_count(q, sent.text)]
        ws = words(sent.text, sent.span.start, names) if counts_days or any(_claim_like(q) for q in s_qs) else []
        if ws and not korean_sentence(sent.text):
            ws = [w for w in ws if not w.hangul]  # (an English sentence's Hangul gloss makes it no Korean one)
        previous_topic = topics[-1] if topics else None
        # a day without its year is read in any article: against the dateline, else as a day of no written year
        opening: Mention | None = None  # an English event's subject that opens the sentence, when no known name does
        # (or a one-off event's word: "2019년 설립된 셀로닉스의", "1976년 개항 이래" name their owner by structure)
        if has_year(sent.text, True) and (_may_name(doc.text, sent.text, s_ms, previous_topic)
                                          or any(w in sent.text for w in m.once) or door_written(sent.text)):
            for dated in event_claims(doc, sent, s_ms, s_triggers, [q.span for q in s_qs if _claim_like(q)], released,
                                      functools.partial(_event_owner, doc.text, m=m, ms=s_ms), previous_topic, ws,
                                      functools.partial(_capitalised_inside, doc.text), m.once,
                                      sentences[si - 1] if si > 0 else None):
                yield Bound(dated.quantity, dated, "", dated.attribute)  # "천안함이 2010년 3월 26일 … 침몰하였다"
                if subject is None and opening is None and dated.how == "date of its event" and sent.text[:1].isascii() \
                        and sent.text.startswith(dated.entity):
                    # "Haneulbit Air was founded in 2019 …": the name is the sentence's topic, which "It" in the
                    # next sentence stands for ("It made its maiden commercial flight on …")
                    opening = Mention(Span(sent.span.start, sent.span.start + len(dated.entity)), dated.entity, None,
                                      discovered=dated.discovered)
        compared = {id(q): multiple for q in s_qs if (multiple := comparative(doc, sent, q, s_ms, s_triggers, m)) is not None}
        funded = _round_amounts(doc, sent, s_qs, ws, s_ms, m, sentences, si, mentions)
        compared.update(funded)
        season = season_records(doc, sent, s_qs)  # "21승 15패(승점 62)로 3위", "went 18-18": a team's season (records.py)
        for c in season.claims:
            yield Bound(c.quantity, c, "", c.attribute)
        for q in season.differences:
            yield Bound(q, None, "not a claim")  # "승수를 3승 늘렸다": a difference of wins, no level
        s_qs = [q for q in s_qs if id(q) not in season.taken and q not in season.differences]
        records = record_claims(doc, sent, s_qs)  # "남자부 대회 기록은 … 2시간 9분 12초": a series' record
        for q in s_qs:
            if id(q) in records:
                yield Bound(q, records[id(q)], "", records[id(q)].attribute)
            elif id(q) in compared:
                multiple = compared[id(q)]
                yield Bound(q, multiple, "", multiple.attribute)  # "친칠라는 GPT-2보다 50배 크다": a multiple of another's
            elif (aged := _age_owner(doc.text, sent, q)) is not None and ages.looking_back(sent.text):
                yield Bound(q, None, "not a claim: an age as of another time than the article's")
            elif aged is not None:
                # "said driver Oh Jae-sung, 54, who …", "17-year-old Choi Yu-na", "올해 52세인 박도현 감독": a person's
                # age beside the name, in years (binding/ages.py)
                age = replace(_claim(doc, sent, _Unit(ages.years(q), None, q.span), aged[0], _discovered_attribute(ages.ATTRIBUTE),
                                     aged[1], None, sentences, si, ws), goal=False)
                claimed.append(_stated_owner(age, m))  # (the person "He" or "그는" after it stands for: ``_pronoun_owner``)
                yield Bound(q, age, "", ages.ATTRIBUTE)
            elif not _claim_like(q) and q not in counts_days:
                yield Bound(q, None, "not a claim")  # a date, a duration, an ordinal, a small bare number
        amounts = []
        for q in s_qs:
            if id(q) in funded:
                continue  # bound above, as a funding round's amount
            if _claim_like(q) or q in counts_days and id(q) not in compared:
                if _no_amount(doc.text, q, ws):
                    yield Bound(q, None, "not a claim")  # "1분위 가구", "한 명 한 명": names which one, counts nothing
                else:
                    amounts.append(q)
        if amounts:
            units = _pairs(text, base, amounts)
            picks = _attributes(units, s_triggers, sent)
            for u in units:
                if u.alt is not None:
                    yield Bound(u.alt, None, "not a claim")  # the second notation travels with the claim
            bounds: list[Bound] = []
            for u, attr in zip(units, picks):
                bounds.append(_bind_unit(doc, sent, u, attr, units, picks, s_ms, subject, prev_subject, sentences, si, m, ws, topics,
                                         previous, owners, history,
                                         (columns.get(u.q.span.start, section) if columns else section)
                                         or (said if said and _elided(text, base, u, s_ms, frames) else ()),
                                         _parallel(text, base, sent, units, bounds), claimed))
                made = bounds[-1].claim
                if made is not None and made.entity.split()[-1] in _AMOUNT_LINKERS:
                    # "수백억원 규모의 센터가", "$918 million 규모의 통신망을": the amount's linker, read as the
                    # possessor of the noun the amount is linked to (binding/amounts.py), is no owner
                    bounds[-1], made = Bound(u.q, None, "no entity: an amount's linker (규모, 수준, 상당) owns nothing"), None
                if made is not None:
                    claimed.append(_stated_owner(made, m))
                if u.q in counts_days and not (bounds[-1].attribute or "").endswith(DAY_COUNT):
                    bounds[-1] = Bound(u.q, None, "not a claim")  # a duration beside a count of days, not it
            bounds = periods.english_periods(text, base, units, bounds)
            bounds = rates_of_change(doc, sent.span, bounds, _place_naming_others)  # "412만 TEU로 전년보다 5.1% 늘어": the level's change
            # "78.3%로 7월(81.5%)보다 3.2%p 낮았지만": the level in another period, and its change (periods.py)
            bounds = periods.other_periods(doc, text, base, units, bounds, anchors if periods.carried(sent.text) else ())
            # "Gopher has 280 billion parameters. Its successor, Chinchilla, has 70 billion.": a figure with
            # nothing after it, in the next sentence, names the attribute by leaving it out
            stated = {b.claim.attribute for b in bounds if b.claim is not None}
            said = tuple(a for a in m.attributes if a.name in stated) if stated else ()
            frames = {_frame(text, base, b.claim.span) for b in bounds if b.claim is not None} - {""}  # a verb or ending, not none
            yield from _contrasts(text, base, sent, bounds, s_ms)
            anchors = periods.levels_of(bounds)
        else:
            said, frames = (), set()  # a sentence with no amount states no attribute to leave out after it
            anchors = []
        topics.append(subject or opening)
        history.extend(x for x in s_ms if not x.discovered or x.type)
        inheritable = subject if subject is not None and subject.span.start - sent.span.start <= 30 else None
        if s_ms:
            prev_subject = inheritable
        elif prev_subject is not None and not _opens_own_topic(sent.text):
            pass  # a sentence naming no one keeps passing the subject on
        else:
            prev_subject = None


def _parallel(text: str, base: int, sent: _Sentence, units: Sequence[_Unit], bounds: Sequence[Bound]) -> Claim | None:
    """"친칠라는 매개변수가 700억개로, 2800억개인 고퍼의 …": the claim of the figure written "N(으)로, "
    right before, when the next figure (the ``len(bounds)``-th) opens the clause after it with the same
    kind, unit and counter — stated in parallel with N, it may take N's attribute (never its owner)."""
    i = len(bounds)
    if i == 0:
        return None
    before, q = bounds[i - 1].claim, units[i].q
    if before is None:
        return None
    cut = figure_clause_end(text, base, units[i - 1].span.end)
    if cut is None or sent.clause(units[i].span.start).start != cut:
        return None
    p = before.quantity
    return before if (q.kind, q.unit, q.counter) == (p.kind, p.unit, p.counter) else None


# The copula after a figure: adnominal ("2800억개인 고퍼") or predicate ("고퍼는 2800억개다", "…2800억개이며")
_COPULA_ADNOMINAL = re.compile(r"인\s")
_COPULA_PREDICATE = re.compile(r"(?:이다|다|였다|이었다|이며|이고|이지만|지만)(?![가-힣])")


def _copula_owner(text: str, u: _Unit, attr: Attribute, ms: Sequence[Mention]) -> Mention | None:
    """The name a figure is stated of by the copula: "2800억개인 고퍼" (the name right after "N인"), "고퍼는
    2800억개다" (the topic or subject right before the figure) — a name the attribute can be stated about.
    Anything else between ("청주시의 65세 이상이 20만 명이다", "청주시는 20만 명이 늘었다") is no parallel."""
    def fitting(x: Mention) -> bool:
        return x.reach[0] <= u.span.start and u.span.end <= x.reach[1] and _rank(attr, x) is not None

    adnominal = _COPULA_ADNOMINAL.match(text, u.span.end)
    if adnominal is not None:
        return next((x for x in ms if x.span.start == adnominal.end() and fitting(x)), None)
    if _COPULA_PREDICATE.match(text, u.span.end) is None:
        return None
    return next((x for x in ms if x.particle in ("은", "는", "이", "가") and not x.possessor and fitting(x)
                 and text[x.span.end : u.span.start] in (x.particle + " ", x.particle)), None)


def _no_amount(text: str, q: Quantity, ws: Sequence[Word]) -> bool:
    """A figure that states no amount: a number whose counter designates the noun after it ("1분위
    가구", "1단 로켓"), a figure written twice in a row, distributive ("한 명 한 명": one by one), or a
    numeral word counting the role an object is given ("관광과 어업을 지역 경제의 두 축으로 삼고")."""
    n, start, end = len(q.text), q.span.start, q.span.end
    twice = text[end : end + 1].isspace() and text.startswith(q.text, end + 1) \
        or start > n and text[start - 1 : start].isspace() and text.startswith(q.text, start - 1 - n)
    # "1인당 평균 지출액", "1대당 가격", "3.3㎡당 평균 1,450만 원", "외래 환자 1,000명당 13.6명": a figure glued to 당
    # ("per") is the rate's denominator, no amount, whatever its value
    per_one = (q.counter is not None or q.unit is not None) and text.startswith("당", end)
    return twice or per_one or q.kind == "number" and q.counter is not None and structure.designates(ws, q.span) \
        or q.kind == "count" and structure.role_count(ws, q.span)


# "A post said X has 500 billion, but the paper puts it at 70 billion": a reported figure set against
# another figure later in its sentence by a contrast.
# A semicolon joins two statements the same way ("A viral tweet claimed …500 billion; the paper says 70 billion").
_CONTRAST = re.compile(r"(?:,\s*|\s)(?:but|however|yet|whereas|while)\b|;\s|(?:지만|으나|는데),?\s|(?:하지만|그러나|반면)\s", re.I)
_EN_NAME_IN = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][a-z]*[A-Z0-9][\w\-]*|[A-Z]{2,}[\w\-]*)")  # GPT-2, BLOOM, PaLM
# Verbs that state a figure rather than have it: the name before them is a source ("while OpenAI gave
# 175 billion", "but the paper puts it at 70 billion", "논문은 700억개로 밝혔다").
_STATES = re.compile(r"\b(?:puts?\s+it\s+at|put\s+it\s+at|gives?|gave|says?|said|reports?|reported|lists?|listed|states?|"
                     r"stated|cites?|cited|estimates?|estimated|counts?|counted)\b|밝혔|밝힌|제시|발표|추산|집계|설명|보고")
_SAID = re.compile(r"\b(?:said|says|claimed|claims|wrote|posted|tweeted|reported|suggested|alleged|put\s+it)\b"
                   r"|(?:이)?라는|(?:이)?라고|다는|다고|라며", re.I)


def _contrasts(text: str, base: int, sent: _Sentence, bounds: list[Bound], ms: list[Mention]) -> list[Bound]:
    """A reported figure contrasted with a later one in the same sentence: the first is disputed and
    the second, when nothing else bound it, states the same entity's same attribute."""
    out = list(bounds)
    for i, b in enumerate(bounds):
        c = b.claim
        if c is None or c.disputed:
            continue
        head = text[sent.span.start - base : c.span.start - base]
        tail = text[c.span.end - base : sent.span.end - base]
        cut = _CONTRAST.search(tail)
        said_before = _SAID.search(head[-80:]) and not _CONTRAST.search(head[-80:])
        if cut is None or not (said_before or _SAID.search(tail[: cut.start()])):
            continue
        for j in range(i + 1, len(bounds)):
            other = bounds[j]
            if other.quantity.span.start < c.span.end + cut.end():
                continue
            between = Span(c.span.end, other.quantity.span.start)
            gap = text[between.start - base : between.end - base]
            named = any(between.start <= x.span.start < between.end and x.entity != c.entity for x in ms) or _EN_NAME_IN.search(gap) \
                or structure.EN_CLAUSE_SUBJECT.search(gap)  # "…, while Daesung Shipbuilding won $9.7 billion"
            if named and not _STATES.search(gap):
                break  # "…, but GPT-2 has 1.5 billion": the contrast is about another entity, not another source
            own = other.attribute
            if other.claim is None and own is not None and own != c.attribute and own.isascii() \
                    and own in gap[cut.end() :].lower():
                # "…, the company said, while operating profit climbed 31 percent to 41.2 billion won": the later
                # English clause writes a measure of its own, it states no other value of the first figure (a Korean
                # topic read as a noun, "논문은 700억개로 밝혔다", is a source: still a contrast)
                continue
            if other.claim is None and other.reason != "not a claim" and fits_as(c, other.quantity):
                # "…, but the paper puts it at 70 billion": the same entity and attribute, as the article's own
                claim = replace(c, quantity=other.quantity, span=other.quantity.span, how="contrast", alternate=None)
                out[j] = Bound(other.quantity, claim, "", c.attribute)
            elif other.claim is None or (other.claim.entity, other.claim.attribute) != (c.entity, c.attribute):
                continue
            out[i] = replace(b, claim=replace(c, disputed=True))
            break
    return out


def _topic(sent: _Sentence, ms: list[Mention]) -> Mention | None:
    """The sentence's topic: the first name marked 은/는/도 (or 이/가 when it opens the sentence), not compared, not an owner."""
    for x in ms:
        if x.possessor or x.reach[1] < sent.span.end and x.reach[1] <= x.span.end + 12:
            continue
        if x.particle in TOPIC_PARTICLES:
            return x
        if x.particle in ("이", "가") and x.span.start - sent.span.start <= 3:
            return x
    # English: a name opening the sentence is its subject ("PaLM has 540 billion parameters"); a wire's dateline
    # ("GIMHAE, May 3 (Coastal Wire) - Nampung Air took over …") is no subject: the name after it is
    if not ms or re.match(r"[A-Za-z]", sent.text) is None:
        return None
    wire = _WIRE_DATELINE.match(sent.text)
    start = sent.span.start + (wire.end() if wire else 0)
    first = next((x for x in ms if x.span.start >= start), None)
    if first is not None and first.span.start - start <= 4 and not first.possessor:
        return first
    return None


def _named_topic(doc: Document, sent: _Sentence, m: _Matcher, ms: list[Mention]) -> Mention | None:
    """The topic of a Korean sentence when it is a name: its first topic (은/는), or the subject (이/가)
    opening it, quoted or written as a name in the document (``_name_like``); None when that first
    topic or subject is a common noun, a demonstrative's noun or inside a parenthesis."""
    ws = words(sent.text, sent.span.start)
    at = next((k for k, w in enumerate(ws) if not w.inside and w.role == "topic"), None)
    if at is None:
        at = next((k for k, w in enumerate(ws[:3]) if not w.inside and w.role == "subject"), None)
    if at is None or not ws[at].hangul and not structure.quoted(ws[at]) \
            or at > 0 and ws[at - 1].stem in structure.DEMONSTRATIVES:
        return None
    phrase = structure.owner_phrase(ws, at)
    if phrase is None or not _named(doc.text, ws[at], phrase):
        return None
    if phrase.text.strip(_QUOTE_MARKS) not in _title_line(doc.text):
        # only the name the headline is about carries over ("'바다의 문' 누적 관객 800만 돌파"); "서진시는 …
        # 도시철도 3호선을 … 추진 중이다. 총사업비는": the topic of one sentence, the cost its object's
        return None
    return _as_mention(_whole_name(doc.text, phrase), m, ms)


def _opens_with_measure(text: str, sent: _Sentence, head: structure.Phrase) -> bool:
    """Whether a Korean sentence opens with the figure's measured noun as its subject or topic, nothing before it
    ("사업비가 6,120억 원에 이른다", "예산은 …"), and that noun is no name."""
    return not text[sent.span.start : head.span.start].strip() and text[head.span.end : head.span.end + 1] in ("이", "가", "은", "는") \
        and bool(head.text) and _HANGUL.match(head.text[-1]) is not None and not _name_like(text, head.text)


_ALSO = frozenset({"역시", "또한"})


def _also_topic(doc: Document, sent: _Sentence, m: _Matcher, ms: list[Mention]) -> Mention | None:
    """The name a Korean sentence opens with as its topic ("X는", "X도", "X 역시", "X 또한") when the sentence is
    about it alone: no object, no figure and no other name in it ("단월터널 역시 양면이 있다"), so that the next
    sentence's bare measured subject is that name's. Not "서진시는 … 3호선을 추진 중이다": the object is what the
    next sentence's cost is of."""
    ws = words(sent.text, sent.span.start)
    if not ws or any(w.role == "object" or w.inside or any(c.isdigit() for c in w.text) for w in ws):
        return None
    first = ws[0]
    if not first.hangul or first.stem in structure.DEMONSTRATIVES:
        return None
    if not (first.role == "topic" or not first.particle and len(ws) > 1 and ws[1].text in _ALSO):
        return None
    phrase = structure.Phrase(first.stem, Span(first.start, first.start + len(first.stem)), "previous sentence")
    if not _name_like(doc.text, phrase.text):
        return None  # "관광객도 늘었다": a common noun carries nothing
    return _as_mention(phrase, m, ms)


_ASKED = "previous question"
# A sentence that asks ("올겨울 얼음축제는 어땠나.", "올해 축제는 어땠을까?"): a question mark, or a last word in an
# ending of a question (-나, -까, -냐, -니)
_QUESTION = re.compile(r"(?:\?|？|[가-힣]*(?:나|까|냐|니)\.?)\s*$")


def _question_topic(doc: Document, sent: _Sentence, m: _Matcher, ms: list[Mention]) -> tuple[Mention, str] | None:
    """The topic a Korean question is about ("X는 어땠나."), alone in it (no object, no figure, no other topic), as
    the owner of the sentence after it: a name the text writes, else the short form of the article's one place's
    thing (:func:`short_form_name`: 얼음축제 in a column on 단월군 → 단월얼음축제, how :data:`SHORT_FORM`). None
    for a common noun of no place (주민들은 어땠나: no name), a person's title or anything the text does not ask."""
    if _QUESTION.search(sent.text) is None:
        return None
    ws = words(sent.text, sent.span.start)
    topics_ = [k for k, w in enumerate(ws) if w.role == "topic"]
    if len(topics_) != 1 or any(w.role == "object" or w.inside or any(c.isdigit() for c in w.text) for w in ws):
        return None
    at = topics_[0]
    if not ws[at].hangul or at > 0 and ws[at - 1].stem in structure.DEMONSTRATIVES:
        return None
    phrase = structure.owner_phrase(ws, at)
    if phrase is None:
        return None
    if _name_like(doc.text, phrase.text):
        return _as_mention(phrase, m, ms), _ASKED
    short = short_form_name(doc.text, phrase.text)
    if short is None:
        return None
    return Mention(phrase.span, short, None, discovered=True), SHORT_FORM


def short_form_name(text: str, word: str) -> str | None:
    """The name a common compound stands for in an article about one place: that place's stem and the compound
    (단월 + 얼음축제 = 단월얼음축제, in a column on 단월군). One Hangul word of three syllables or more whose tail the
    text writes alone as a kind (축제: "첫 축제 이후"), not opening with an administrative head (군수, 시청: the place's
    office, no thing of it); the article names exactly one county or city. Whether such a thing exists the article does not say: the contradiction
    check compares the claim only when another article writes that exact name (:data:`SHORT_FORM`)."""
    if " " in word or len(word) < 3 or not all(_HANGUL.match(c) for c in word) or word[0] in "시군구도읍면동":
        return None
    if not any(_written_alone(text, word[cut:]) for cut in range(1, len(word) - 1)):
        return None  # a compound of a kind the text writes alone (축제 of 얼음축제), not a person's name or 주민들
    places = {p.group(1) + p.group(2) for p in _PLACE_NAME.finditer(text)}
    if len(places) != 1:
        return None
    place = next(iter(places))
    if not _place_naming_others(text, place) or word.startswith(place[:-1]):
        return None
    return place[:-1] + word


def _named(text: str, w: Word, phrase: structure.Phrase) -> bool:
    return structure.quoted(w) or _name_like(text, phrase.text.strip(_QUOTE_MARKS))


def _quoted_tail(text: str, phrase: structure.Phrase) -> structure.Phrase:
    """The quoted name closing a compound, without the common nouns before it that say what kind of thing
    it is ("영화 '바다의 문'", "신작 '아르카 2'"): the name is the quoted part."""
    raw = text[phrase.span.start : phrase.span.end]
    at = next((i for i in range(1, len(raw)) if raw[i] in _QUOTE_OPEN and raw[i - 1] == " "), -1)
    if at == -1 or not all(_HANGUL.match(c) or c == " " for c in raw[:at]):
        return phrase
    name = raw[at:].strip(_QUOTE_MARKS)
    start = phrase.span.start + at + 1
    return structure.Phrase(name, Span(start, start + len(name)), phrase.how) if name else phrase


# a headline's name followed (across one more word) by the quotation of what it says: its speaker
# ('한국은행 서진본부 "11월 가계대출 …"', '기상청 "올여름 …"'), no owner of the figures
_SAYS_AFTER = re.compile(r"\s*(?:[가-힣A-Za-z]+\s+)?[\"“]")


@lru_cache(maxsize=8)
def _other_stories(text: str) -> tuple[int, ...]:
    """Where the paragraphs of a Korean article start that turn to another actor than its headline's
    name: opening with 한편, or whose first topic (or opening subject) is a name the headline does not
    name ("한편 누리전자는 …", "해솔군은 같은 달 …"). Past one, a paragraph with no actor of its own is not
    the headline's any more."""
    title = _title_of(text)
    out = []
    at = _first_line_end(text) + 1
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        line = text[at:end].strip()
        if line.startswith("한편"):
            out.append(at)
        elif line:
            ws = words(text[at:end], at)
            k = next((i for i, w in enumerate(ws) if not w.inside and w.role == "topic"), None)
            if k is None:
                k = next((i for i, w in enumerate(ws[:3]) if not w.inside and w.role == "subject"), None)
            phrase = structure.owner_phrase(ws, k) if k is not None else None
            if phrase is not None and k is not None and _named(text, ws[k], phrase) \
                    and (title is None or phrase.text.strip(_QUOTE_MARKS) not in title.text
                         and title.text not in phrase.text):
                out.append(at)
        at = end + 1
    return tuple(out)


def _modifies_next(text: str, title: structure.Phrase) -> bool:
    """Whether the title's name is only the first noun of a compound whose head carries a case
    particle ("[부동산 칼럼] 오송 호재에 들썩이는 청주 아파트값": 호재's, what the column is not about)."""
    after = words(text[title.span.end : _first_line_end(text)], title.span.end)
    return bool(after) and after[0].start == title.span.end + 1 and after[0].hangul and not after[0].predicate \
        and after[0].particle in ("에", "의", "을", "를", "에서", "로", "으로")


def _topic_is_measured(text: str, clause: Span, head: structure.Phrase | None, exact: bool = False) -> bool:
    """Whether a Korean clause opens with the figure's own measured noun as its topic, nothing before it
    ("누적 관객은 812만 명, 누적 매출액은 786억 원이다", "평균 관람료는 9,680원이었다")."""
    if head is None or not head.text:
        return False
    # the clause, or the item of a comma list the head opens ("누적 관객은 812만 명, 누적 매출액은 786억 원")
    start = max(clause.start, text.rfind(", ", clause.start, head.span.start) + 2)
    own = text[start : clause.end]
    lead = len(own) - len(own.lstrip(" ,"))
    opening = _OWN_TOPIC_KO.match(own[lead:])
    # (the opening first: the name test is a pure function that costs a hundred times more)
    if opening is None or _name_like(text, head.text):
        return False  # ("코레일은 … 152억여 원으로": a name read as the measured noun is a misread head)
    topic = re.sub(r"\s?(?:은|는)\s$", "", opening.group())
    # the measured noun closes the topic; the words before it say which measure, none is a name
    # ("관객 1인당 평균 관람료는 9,680원으로"; not "청주 아파트 거래는": 청주 owns)
    if exact and topic != head.text:
        return False
    return head.span.end == start + lead + len(topic) and topic.endswith(head.text) and \
        not any(_name_like(text, w) for w in topic[: len(topic) - len(head.text)].split() if not w[0].isdigit())


def _opens_own_topic(text: str) -> bool:
    if _ANAPHOR.match(text):
        return False
    if re.match(r"[A-Z]", text):
        return True  # an English sentence with its own subject noun
    return bool(_OWN_TOPIC_KO.match(text))


def _attributes(units: list[_Unit], triggers: list[_Trigger], sent: _Sentence) -> list[Attribute | None]:
    """Nearest fitting trigger for each figure, a trigger used after one figure not reused before the next."""
    picks: list[Attribute | None] = []
    used: set[int] = set()
    local = triggers  # the sentence's
    for i, u in enumerate(units):
        clause = sent.clause(u.span.start)
        prev_end = units[i - 1].span.end if i > 0 else sent.span.start
        next_start = units[i + 1].span.start if i + 1 < len(units) else sent.span.end
        best: tuple[int, int, int, int, Attribute] | None = None
        for t in local:
            if t.start >= u.span.end:
                dist, side = t.start - u.span.end, 0
                if dist > AFTER_WINDOW or t.end > max(next_start, u.span.end) and t.start >= next_start or t.start >= clause.end:
                    continue
            elif t.end <= u.span.start:
                dist, side = u.span.start - t.end, 1
                if dist > BEFORE_WINDOW or t.start < prev_end or t.start < clause.start or t.start in used:
                    continue
            else:
                continue
            for a in t.attrs:
                if not (fits(a, u.q) or (u.alt is not None and fits(a, u.alt))):
                    continue
                key = (dist, -(t.end - t.start), side, t.start, a)
                if best is None or key[:4] < best[:4]:
                    best = key
                break
        if best is not None:
            picks.append(best[4])
            if best[2] == 0:
                used.add(best[3])
        else:
            picks.append(None)
    return picks


# The words that link an amount to its noun ("3억 달러 규모의 계약")
_AMOUNT_LINKERS = frozenset({"규모", "수준", "상당"})


def _bind_unit(doc: Document, sent: _Sentence, u: _Unit, attr: Attribute | None, units: list[_Unit],
               picks: list[Attribute | None], ms: list[Mention], subject: Mention | None,
               prev_subject: Mention | None, sentences: list[_Sentence], si: int, m: _Matcher,
               ws: Sequence[Word], topics: list[Mention | None], previous: list[structure.Phrase],
               owners: list[Mention], history: Sequence[Mention] = (), section: Sequence[Attribute] = (),
               parallel: Claim | None = None, stated: Sequence[Mention] = ()) -> Bound:
    q = u.q
    text = doc.text
    person = _aged(text, u, ws)
    if person is not None and ages.looking_back(sent.text):
        return Bound(q, None, "not a claim: an age as of another time than the article's")
    if person is not None:
        # an age in brackets describes the person as written, outside the predicate's goal or forecast ("정해민(58)
        # 소하군수는 \"… 키우겠다\"고 말했다" is 58 now, not a target)
        aged = _claim(doc, sent, u, person, _discovered_attribute(ages.ATTRIBUTE), ages.IN_BRACKETS, None, sentences, si, ws)
        return Bound(q, replace(aged, goal=False), "", ages.ATTRIBUTE)
    again = restated(text, q, u.span, sent.span.start) or (framed(ws, q, u.span) if ws and any(w.hangul for w in ws) else None)
    if again is not None:
        return Bound(q, None, again)
    if ws and any(w.hangul for w in ws):
        # "2024년 3월 산불로 산림 285ha가 탔다": the dated incident the figure is caused by owns it
        caused = incidents.incident(doc, ws, u.span, sent.clause(u.span.start))
        if caused is not None:
            incident = Mention(u.span, caused[0], None, discovered=True)
            return Bound(q, _claim(doc, sent, u, incident, _discovered_attribute(caused[1]), incidents.HOW, None,
                                   sentences, si, ws), "", caused[1])
    if q.kind == "percent" and attr is None:
        # "BLOOM's training data is about 80% web text": the frame names the part and the whole
        shared = _share(doc, sent, u, ms, m, subject, prev_subject, sentences, si, ws)
        if shared is not None:
            return shared
    clause = sent.clause(u.span.start)
    readings = dimensions.korean(ws, u.span) if q.kind == "quantity" and ws and any(w.hangul for w in ws) else ()
    sized, sized_owner = next(((r, o) for r in readings if (o := _entity_owner(text, r.owner, m, ms)) is not None),
                              (None, None))
    if sized is not None and sized_owner is not None:
        # "청람공항의 활주로는 길이 2,450m, 폭 45m로": the topic's possessor owns, its part and the dimension are measured
        measure = _declared_in(sized.attribute, u, m) or _discovered_attribute(sized.attribute)
        return Bound(q, _claim(doc, sent, u, sized_owner, measure, dimensions.HOW, None, sentences, si, ws), "", measure.name)
    if not (ws and any(w.hangul for w in ws)):
        changed = _change_clause(doc, sent, u, m, ms, sentences, si, ws, topics[-1] if topics else None)
        if changed is not None:
            return changed
        before_noun = prenominal.read(text, u.span, dimension(q)) if q.kind == "quantity" else None
        if before_noun is not None:
            # "The 3,480-metre Danwolsan Cable Car", "the 340 MW farm": the name's (or "the N"'s) length, capacity
            measure = _declared_in(before_noun.measure, u, m) or _discovered_attribute(before_noun.measure)
            return Bound(q, _claim(doc, sent, u, _as_mention(before_noun.owner, m, ms), measure, prenominal.HOW, None,
                                   sentences, si, ws), "", measure.name)
        priced = prices.read(text, sent.span, u.span, sentences[si - 1].text if si > 0 else "") if q.kind == "money" else None
        if priced is not None:
            # "a jar of its Haemil Red 3 costs 12,000 won": the name in the subject; "A round trip costs …" the opener's
            price = _declared_in(priced.attribute, u, m) or _discovered_attribute(priced.attribute)
            return Bound(q, _claim(doc, sent, u, _named_as_written(priced.owner, m, ms), price, prices.HOW, None, sentences, si, ws),
                         "", price.name)
    paren_owner = _paren_owner(text, u, ms) or _possessive_owner(text, u, ms) or _definite_owner(text, u, ms)
    if attr is None and paren_owner is not None:
        # "GPT-3(175B)를 뛰어넘는 204B … 파라미터": the compared figure has the other figure's attribute
        attr = _borrowed(u, units, picks)
    reach = [x for x in ms if x.reach[0] <= u.span.start and u.span.end <= x.reach[1] and not x.possessor]
    if attr is None:
        attr = _implied(u, reach or ([prev_subject] if prev_subject and not _opens_own_topic(sent.text) else []), m)
    head: structure.Phrase | None = None
    compound: tuple[structure.Phrase, structure.Phrase] | None = None  # (the name, what it measures)
    scope: structure.Phrase | None = None
    modifier: str | None = None  # "12TB 규모의 원시 크롤링 데이터": what kind of the attribute's thing
    korean = bool(ws) and any(w.hangul for w in ws)
    if paren_owner is None or attr is None:
        # Structure first: the head of the figure's noun phrase is its attribute ("12 TB crawl",
        # "2040억 개의 파라미터"); for a labelled figure in a list, the list's attribute (said after it
        # or in the sentence before). The nearest trigger word decides only where there is no head.
        names = [x.span for x in ms]
        side = structure.product_side(ws, u.span) if korean and _PRODUCT_NEAR.search(text, max(0, u.span.start - 12),
                                                                                     u.span.end + 12) else None
        if side is not None and side[0] is None and not side[2]:
            # "국제규격-200 ft × 98.5 ft (61 m × 30 m)- 대신에": the sides of a product are a length and a
            # width; with no noun after the product saying what it measures, the clause's topic is not it
            return Bound(q, None, "no attribute: one side of a product (A × B) and no noun after it says what it measures")
        # "면적 52.3㎢, 최대 수심 19.6m인 서하호": a list of values closed by 인/의 before a noun describes it, each
        # value its own noun's (no labels of parts of one whole: "서울 550명, 경기 257명이 …")
        listed = structure.described_values(ws, u.span, names) if korean and side is None else None
        # "3억 달러 규모의 계약", "현장 수출계약 8,350만 달러가 체결됐다": the noun an amount is linked to, no label of a part
        linked_ko = amounts.korean(ws, u.span, clause) if korean and q.kind == "money" and side is None and listed is None \
            else None
        scope = structure.label(ws, u.span) or structure.breakdown_label(ws, u.span) \
            if korean and side is None and listed is None and linked_ko is None else None
        measured = scope if scope is not None and scope.how == "label in a list" \
            and (scope.text in _ACCOUNT_ITEMS or scope.text.endswith(DIMENSION_NOUNS)
                 or scope.text.endswith(_AREA) and bool(previous) and sent.span.contains(previous[-1].span)) else None
        if listed is not None:
            head = listed[0]
        elif linked_ko is not None:
            head = linked_ko
        elif side is not None and side[0] is not None:
            head = side[0]  # "2960 x 1440 해상도": the noun after the product, each side in its place
        elif measured is not None:
            # "3분기 매출 4,870억 원, 영업이익 1,254억 원을 기록했다": a line of an earnings statement names what
            # its figure measures, it is no part of a whole ("서울 550명, 경기 257명" are parts); so does a noun of
            # a dimension ("몸길이 9m, 몸무게 3t": a length is no part of anything's whole)
            head, scope = measured, None
        elif scope is not None and scope.how == "label in parentheses" and _other_kind_before(text, u, units):
            # "누적 사망자는 773명(치명률 1.41%)": a rate beside a count is no part of it; the label
            # names the rate itself ("52,550명(해외유입 5,193명)" stays a part of the whole)
            head, scope = structure.Phrase(scope.text, scope.span, "label in parentheses"), None
        elif scope is not None:
            # the list's attribute, said after it or in the sentence before; not what an earlier figure of
            # another kind in the same sentence measures ("예비비 12억 원을 투입해 관정 15곳을 뚫고, 급수차 8대를":
            # the wells are no part of the reserve fund; "69%의 지지율 … 여론조사에서는 51.4%로" are both rates)
            # (a part in brackets is of its whole's kind too: "총사업비 386억 원(국비 150억 원" after "2만 3,000㎡ 부지에"
            # is no part of the site)
            borrowed = previous[-1] if previous and not (scope.how in ("label in a list", "label in parentheses")
                                                         and sent.span.contains(previous[-1].span)
                                                         and _other_kind_at(u, units, previous[-1].span)) else None
            head = structure.list_attribute(ws, u.span) or borrowed
        elif korean and _counts_a_noun(q):
            # "42골을", "36경기에서", "18경기 평균 관중은": the noun glued to the number is what it counts;
            # the phrase after it is another thing (the 18 games are what the average is over)
            head = structure.counted_subject(ws, u.span, q.counter or "")
            if head is not None and " " in head.text:
                # "대공연장 객석이 1,840석으로": the subject's last noun is what is counted, the nouns before it which
                # part of the owner (its scope), not another attribute
                *part, noun = head.text.split()
                modifier = " ".join(part)
                head = structure.Phrase(noun, Span(head.span.end - len(noun), head.span.end), head.how)
            head = head or structure.Phrase(q.counter or "", Span(u.span.end - len(q.counter or ""), u.span.end), "the noun it counts")
        elif korean:  # (a product that is its clause's predicate measures the topic: "크기는 15 cm × 7 cm이다")
            head = (structure.share_complement(ws, u.span) or structure.share_of_whole(ws, u.span) if q.kind == "percent" else None) \
                or structure.korean_head(ws, u.span, clause, names, q.kind == "count", q.counter or "") \
                or (costs.korean(ws, u.span, text) if q.kind == "money" else None)  # "리모델링에 215억 원이 들었는데"
            head = _counted_and_done(head, ws, u, units)
        else:
            if structure.introduced_thing(sent.text, sent.span.start, u.span, clause):
                return Bound(q, None, "no entity: the figure measures a thing its clause introduces (\"opened a "
                                      "1.2 trillion won plant\"), not the subject")
            linked, per_item = amounts.english(sent.text, sent.span.start, u.span, clause) if q.kind == "money" \
                else (None, False)
            if per_item:
                return Bound(q, None, "no attribute: a bound or a price per item of what the amount is linked to "
                                      "(\"contracts worth up to $5m each\")")
            head = structure.english_head(sent.text, sent.span.start, u.span, clause, names,
                                          "money" if q.kind == "money" else dimension(q), q.counter or "")
            if linked is not None and (head is None or head.how != structure.MEASURE_OF_VERB):
                # "signed $91.2 million in export contracts": the phrase the amount is linked to, unless a verb of
                # delivering names the measure ("shipped $18.7 million of goods abroad": exports)
                head = linked
        if head is not None and korean and head.text.endswith(_RECIPIENT) and _declared_in(head.text, u, m) is None:
            head = None  # "우승자에게는 각각 3,000만 원이 주어진다": to whom it goes, not what the figure measures
        if head is not None and head.how == structure.CAPITALISED_SUBJECT:
            # "Haeun is governed by …": a capitalised word opening the sentence is a common noun when the pack declares
            # it, it is made of a verb ("Attendance rose …") or the text writes it in lower case elsewhere ("Revenue
            # for 2025 came to …" in a text that says "revenue" again); a name is never written so
            opener = text[head.span.start : head.span.end].split()[0]
            common = _declared_in(head.text, u, m) is not None or _DERIVED_NOUN.fullmatch(opener) is not None \
                or _lower_word(opener.lower()).search(text) is not None
            rest = head.text.partition(" ")[2]
            # (else the words after it when the opener is a name of the text or a compound of the period: "Full-year
            # revenue came to …" measures revenue; any other word before them narrows the measure, "Industry revenue",
            # "Kimchi exports", "Ticket revenue": the whole phrase is the measure, never the entity's revenue or exports)
            # (a name: a mention there, or the first word of a name the text mentions, "Haneul deliveries")
            named = any(x.span.start <= head.span.start < x.span.end or x.entity.split(" ", 1)[0] == opener for x in ms) \
                or re.search(rf"(?<![A-Za-z]){re.escape(opener)}[ \t]+[A-Z][a-z]", text) is not None
            narrows = not named and not _PERIOD_COMPOUND.fullmatch(opener)
            head = None if not rest and not common else replace(head, how="subject of the clause") if common or narrows \
                else structure.Phrase(rest, Span(head.span.end - len(rest), head.span.end), "subject of the clause")
        if head is not None and korean and head.text in CURRENCY_SUFFIX:
            head = None  # "340억 원(약 3,100만 달러": another figure's unit, never what a figure measures
        if head is not None and head.how == "after a measure" and _declared_in(head.text, u, m) is None:
            head = None  # "매개변수 1200억개 규모의 모델": the trigger before the figure says what it counts
        if head is not None:
            declared = _declared_in(head.text, u, m)
            if declared is not None:
                attr = declared
                if korean and head.how in ("after the figure", "after a measure"):
                    modifier = _modifier(head.text, m)
            elif _names_a_declared_attribute(head.text, m):
                # "45TB 파라미터": the head is a declared attribute the figure cannot measure (bytes are
                # not a count of parameters); a misread head, never a new attribute of its own
                attr = None
            elif attr is None or scope is None and not _trigger_inside(attr, head.text):
                attr = _discovered_attribute(_VISITORS if korean and _visiting_people(ws, head) else head.text)
            modifier = side[1] if side is not None else modifier or _statistic(head, ws, m, attr.name if attr is not None else "")
        if head is not None and korean and paren_owner is None:
            scoped = _korean_scope(text, head, u, units, clause, ws, m, ms)
            compound = scoped or _compound_owner(text, head, ms)
            verbal = _verbal_measure(head, ws, u, units) if compound is None else None
            if verbal is not None:
                # "한결중공업은 41척, 112억 달러를 수주했다": the topic acts, the verbal noun is measured; a
                # topic that is a name owns, a common noun ("회사는 2만 명을 고용하며") is no one, not the title
                compound = (structure.Phrase(head.text, head.span, "topic of a verbal noun's clause"), verbal) \
                    if _names_itself(text, head.text) else None
                head = verbal
            if compound is not None:
                # "2025년 김해공항 이용객이 1,583만 명": the name opening the compound owns, the rest is measured
                head = compound[1]
            if compound is not None or verbal is not None:
                attr = _declared_in(head.text, u, m) or (None if _names_a_declared_attribute(head.text, m)
                                                         else _discovered_attribute(head.text))
            elif head.how == structure.CLAUSE_TOPIC and attr is not None and attr.name == head.text \
                    and _kind_headed(text, head.text):
                # "누리벌신도시는 면적 9.8㎢에 3만 2천 가구가 들어서는 신도시다": a topic that is a name of a part and a
                # generic head owns its clause's figures; it is never what one of them measures
                return Bound(q, None, "no attribute: the clause's topic is a name, the figure's owner, and no noun "
                                      "of its phrase says what it measures")
    if attr is None:
        attr = next((a for a in section if fits(a, q)), None)
    # "친칠라는 매개변수가 700억개로, 2800억개인 고퍼의 …": a figure with no noun of its own in the clause
    # after "N(으)로, ", in N's kind, unit and counter, measures what N measured (its owner: ``_copula_owner``)
    across = attr is None and head is None and parallel is not None
    if across and parallel is not None:  # (both: for mypy)
        attr = next((a for a in m.attributes if a.name == parallel.attribute), None) or _discovered_attribute(parallel.attribute)
        modifier = parallel.scope
    if attr is None:
        return Bound(q, None, "no attribute: no trigger word of a declared attribute and no noun the figure measures")
    how = ""
    owner: Mention | None = None
    if paren_owner is None and korean and "(" in text[max(0, u.span.start - 4) : u.span.start]:
        glued = structure.bracketed(ws, u.span)
        if glued is not None and not _inside(glued.span, head) and not _names_a_declared_attribute(glued.text, m):
            # "청주시 면적은 서울(605.2㎢)의 약 1.6배다": the figure is the value of the noun its parenthesis
            # is glued to (the compared one), never the clause topic's; a common noun owns nothing, and
            # a noun the clause measures is not what the value measures ("소바주 교수(72)": an age)
            paren_owner = _entity_owner(text, glued, m, ms) if attr.source.path else None
            if paren_owner is None:
                return Bound(q, None, f"no entity: the figure in parentheses is the value of '{glued.text}', "
                             "with no declared attribute of its own", attr.name)
    last_topic = topics[-1] if topics else None
    before = sentences[si - 1].text if si > 0 else ""
    widened = _sharing_subject(text, sent, clause) if not korean else clause
    referent = _antecedent(text, widened, u, attr, ms, history, last_topic, before, sentences[max(0, si - 3) : si],
                           clause.start if widened != clause else None) if paren_owner is None else None
    asked_pronoun: Attribute | None = None  # the attribute a Korean pronoun was already read with (None: not read)
    if referent is None and paren_owner is None and korean:
        # "묵령에서 자란 그는 지난 시즌 27골을": a personal pronoun as the topic stands for the person before
        referent = _pronoun_owner(doc, sent, u, clause, attr, ws, ms, sentences, si, m, stated, history)
        asked_pronoun = attr
    if paren_owner is not None:
        owner, how = paren_owner, "parenthesis"
    elif referent is not None:
        owner, how = referent, "anaphora"
    elif compound is not None and compound[0].how == _SCOPE_HOW:
        owner, how = Mention(compound[0].span, m.scopes[_scope_key(compound[0].text)], SCOPE), _SCOPE_HOW
    elif compound is not None:
        owner, how = _as_mention(compound[0], m, ms), compound[0].how
    elif across:
        # the names before "N(으)로, " own N, not the figure stated beside it: only the name its copula links it to
        owner = _copula_owner(text, u, attr, ms)
        if owner is None:
            return Bound(q, None, "no entity: a figure after \"N(으)로,\" with no noun of its own is a parallel only as "
                                  "\"N인 X\" or \"X는 N이다\"", attr.name)
        how = "parallel to the figure before"
    elif head is not None and attr.source.path == "":
        # An attribute no rule declares: its owner comes from the clause's structure only, never
        # from the nearest name (an acronym near a figure is not what the figure measures).
        if scope is not None and owners and sent.span.contains(previous[-1].span):
            # the parts of a whole belong to the owner of the whole, stated in the same sentence
            # ("누적 확진자 수는 54,770명(해외유입 5,245명)"); one sentences before has its own topic
            owner, how = owners[-1], "owner of the list"
        elif (item_head := _item_head(doc.text, sent, ms)) is not None:
            owner, how = item_head, "head of the list item"  # "* BLOOM — 46개 언어", "| BLOOM | 46개 언어 |"
        else:
            owner, how = _structural_owner(doc, sent, u, clause, head, ws, m, ms, topics,
                                           before=sentences[si - 1] if si > 0 else None)
        if owner is not None and not korean and how == structure.NAME_CHECKED and head is not None and m.scopes \
                and _scope_key(head.text.partition(" ")[0]) in m.scopes:
            # "Nampung Air carried 720,000 passengers, while the national average was 500,000": a measured noun
            # opened by a scope word (national, global) is the whole's, not the name's that opened the sentence
            owner, how = None, "no entity: a scope word opens the measured noun (\"the national average\")"
        scoped_en = _english_scope(text, head, m) if owner is None and not korean else None
        if scoped_en is not None:
            # "the national unemployment rate fell to 3.1%": the scope owns, the rest is measured
            owner, how = scoped_en[0], _SCOPE_HOW
            attr = _discovered_attribute(scoped_en[1])
        if owner is None and _title_declined(how):
            counted = _counted_noun(text, sent, u, clause, head, korean)
            owner = _discourse_owner(doc, sent, u, clause, head, attr, ws, ms, sentences, si, m, stated, counted)
            how = _DISCOURSE if owner is not None else how
            if owner is not None and counted is not None:
                attr = _discovered_attribute(counted)  # ("About 68,000 visitors came": visitors, not "visitors came")
        if owner is None and _title_declined(how) and asked_pronoun is not attr:
            owner = _pronoun_owner(doc, sent, u, clause, attr, ws, ms, sentences, si, m, stated, history)
            how = _PRONOUN if owner is not None else how
        if owner is None and _title_declined(how) and not korean:
            owner = _apposition_owner(text, sent, u, m, ms)
            how = _APPOSED_TO if owner is not None else how
        if owner is None and korean and commonheads.company_side(text, sent.span, u.span):
            owner = _article_company(doc, m, ms)
            how = _COMPANY_SIDE if owner is not None else how
        if owner is None:
            return Bound(q, None, how or "no entity: no topic, subject or possessor owns the figure", attr.name)
    else:
        owner, how, why = _resolve(sent, u, attr, reach, subject, prev_subject, ms)
        if owner is None:
            # a declared attribute is stated about a kind of entity: the article's title owns it only when
            # the title names a declared entity of that kind ("100억개 파라미터를 가진 모델들이": no one's),
            # and only when the sentence names no one: where names that fit stand in it but none could be
            # chosen (ambiguous, compared, in a later clause), the clause's structure may decide
            # ("친칠라의 매개변수 규모는 700억개 … 고퍼(2800억개)"), or the subject the sentence goes on
            # with ("OpenAI는 … 설립됐다. 당초 … MS로부터 10억달러 투자를 유치했으며"), the title may not
            owner, how = _structural_owner(doc, sent, u, clause, head, ws, m, ms, topics, attr, why == _NAMES_NO_ONE,
                                           sentences[si - 1] if si > 0 else None)
            if owner is None and _title_declined(how) and why == _NAMES_NO_ONE:
                owner = _discourse_owner(doc, sent, u, clause, head, attr, ws, ms, sentences, si, m, stated,
                                         _counted_noun(text, sent, u, clause, head, korean))
                how = _DISCOURSE if owner is not None else how
            if owner is None and _title_declined(how) and why == _NAMES_NO_ONE and asked_pronoun is not attr:
                owner = _pronoun_owner(doc, sent, u, clause, attr, ws, ms, sentences, si, m, stated, history)
                how = _PRONOUN if owner is not None else how
            if owner is None and _title_declined(how) and why == _NAMES_NO_ONE and not korean:
                owner = _apposition_owner(text, sent, u, m, ms)
                how = _APPOSED_TO if owner is not None else how
            if owner is None and korean and commonheads.company_side(text, sent.span, u.span):
                owner = _article_company(doc, m, ms)
                how = _COMPANY_SIDE if owner is not None else how
            if owner is None:
                return Bound(q, None, how or why, attr.name)
    described = structure.described_possessor(ws, head) if head is not None and ws and how in _CARRIED_HOWS else None
    if described is not None and (how == "previous sentence" or _name_like(text, described.text) or _company(described.text)):
        # "대구는 … 이어지고 있다. 이웃한 경북의 온열질환자는 140명이다": the noun has a possessor of its own, which a
        # clause describes: the sentence before's topic does not own it, nor the title when the possessor is a name
        # ("경쟁하는 갈매기항공의 탑승객은"; "위중한 상태의 환자는" stays the title's: 상태 is a common noun)
        return Bound(q, None, "no entity: the measured noun has a possessor of its own, described by a clause", attr.name)
    if how in _CARRIED_HOWS and text[u.span.start - 1 : u.span.start] == "(" and _KO_COMPARED_BRACKET.match(text, u.span.end):
        # "한솔호크스의 평균 관중은 리그 평균(4,900명)을 크게 웃돌았다": a figure alone in brackets after what is compared
        # with is that thing's (the league's), not the topic's carried from outside the clause
        return Bound(q, None, "no entity: the figure in brackets is the compared thing's", attr.name)
    claim = _claim(doc, sent, u, owner, attr, how, scope.text if scope is not None else modifier, sentences, si, ws)
    if how == structure.LOCATED and claim.scope is None:
        # "'제20회 하송야생차축제'에 관광객 15만 명": the edition is which one of the series, the claim's scope, so that
        # two editions' counts never meet (checks/contradiction.py carries it to a count of the series that names none)
        edition = structure.edition_before(text, sent.span.start, owner.span.start)
        if edition is not None:
            claim = replace(claim, scope=f"edition {edition}")
    if claim.goal and head is not None and head.how == "measure of the verb" and dimension(q) in ("meter", "meter ** 2") \
            and references.finished_dimension(text, sent.span, u.span):
        claim = replace(claim, goal=False)  # "When complete, it will run 6.4 km": the tunnel's length, no target
    if head is not None and scope is None and head.how != costs.HOW:
        # (not a cost's purpose: "건설비로는 8740억원이 들었다. 섬 인구 2만1460명으로 나누면" labels no part of it)
        previous.append(head)
        owners.append(owner)
    return Bound(q, claim, "", attr.name)


# a figure alone in brackets closed by a particle of what is compared with ("리그 평균(4,900명)을 웃돌았다", "평년(356.7㎜)
# 보다", "전국 평균(25.7℃)에 비해")
_KO_COMPARED_BRACKET = re.compile(r"\)\s?(?:보다|을|를|와|과|에\s?비(?:해|하면|해서)|대비)(?![가-힣])")
# owners carried from outside the figure's sentence (the sentence before's topic, the title's)
_CARRIED_HOWS = frozenset({"previous sentence", "document topic", "headline topic"})


# The year a change's base is written with, before the level: "from 412,300 in 2015 to …" (not "rose to $11.8bn
# from $8.6bn in 2023": there the year may be the change's, when the base is the year before's)
_EN_BASE_YEAR = re.compile(r"\s+in\s+((?:19|20)\d\d),?\s+to\s")


def _change_clause(doc: Document, sent: _Sentence, u: _Unit, m: _Matcher, ms: list[Mention],
                   sentences: list[_Sentence], si: int, ws: Sequence[Word], earlier: Mention | None) -> Bound | None:
    """A figure of an English change verb's chain ("Profits at X jumped 76% to $1.13bn from $639m"): the
    subject's noun is its attribute, the name after at/of (or before "saw") its owner (``changeverbs``), or,
    where the measured noun alone is the subject ("Underlying pre-tax profits rose 1%"), the topic of the
    sentence right before (``earlier``) when that is a name; the base after "from" is the previous period's
    value, left unbound. None where no such clause holds it."""
    q = u.q
    found = changeverbs.role(sent.text, sent.span.start, u.span, sent.span, q.kind == "percent",
                             changes.POINTS.search(q.text) is not None)
    if found is None:
        return None
    head, named = found.head, found.owner
    # "rose from 412,300 in 2015 to 438,900 in 2024": a base with a year of its own is the level of that year
    own_year = _EN_BASE_YEAR.match(doc.text, u.span.end) if head.how == changeverbs.BASE else None
    if head.how == changeverbs.BASE and own_year is None:
        return Bound(q, None, f"the base of a change of '{head.text}': the previous period's value, no claim of this one")
    if own_year is not None:
        head = replace(head, how=changeverbs.LEVEL)
    # (a declared attribute of a kind of subject, "market growth", is no measure of whatever owns the clause)
    declared_level = _declared_in(head.text, u, m) if head.how == changeverbs.LEVEL else None
    level = declared_level if declared_level is not None and not declared_level.subjects else None
    attr: Attribute | None
    if head.how == changeverbs.CHANGE:
        stem, direction = head.text.rsplit(" ", 1)
        declared = _named_attribute(stem, m)
        attr = _discovered_attribute(f"{declared.name if declared is not None else stem} {direction}")
    else:
        attr = level or (None if declared_level is None and _names_a_declared_attribute(head.text, m)
                         else _discovered_attribute(head.text))
    if attr is None:
        return None
    topic = None
    if named is None and earlier is None:
        # "Revenue rose 13.7% to 134.2 billion won" in an encyclopedia entry: a bare measure noun is the topic's
        referred = references.referent(doc.text, sent.clause(u.span.start), u.span, sent.span, sentences[si - 1].text if si > 0 else "")
        topic = _as_mention(referred, m, ms) if referred is not None and referred.how == references.TOPIC else None
    if named is None and topic is not None:
        owner, how = topic, references.TOPIC
    elif named is None:
        if earlier is None:
            # "The world's biggest confectionery firm, Cadbury Schweppes, has reported …. Underlying pre-tax profits
            # rose 1%": the name the sentence before opened with, past its description, when no topic was kept
            # (a name of two words or more, or one the binder knows: "Growth was helped by …" opens with a common
            # noun that "Fuel for Growth" writes capitalised inside a sentence)
            opened = _opened_before(doc.text, sent.clause(u.span.start), sentences[max(0, si - 3) : si], ())
            earlier = opened if opened is not None and (" " in opened.entity or any(x.span == opened.span for x in ms)) else None
        if earlier is None or not _name_like(doc.text, earlier.entity):
            return None  # no name before: the binder's other readings decide
        owner, how = earlier, "previous sentence"
    elif named.how == structure.NAME_CHECKED and not (_capitalised_inside(doc.text, named.text) or named.text in short_forms(doc.text)
              or any(x.span.start <= named.span.start < x.span.end for x in ms)):
        return None  # not written as a name: the binder's other readings decide ("Cadbury said its sales …")
    else:
        owner, how = _as_mention(roles.without_role(doc.text, named, sent.span), m, ms), head.how
    claim = _claim(doc, sent, u, owner, attr, how, None, sentences, si, ws)
    if own_year is not None:
        claim = replace(claim, period=own_year.group(1), goal=False)
    # ("would reach 4.4% in 2004, but fall to 3.3%": the second verb's figure is as much a forecast as the first's)
    return Bound(q, replace(claim, goal=True) if found.forecast else claim, "", attr.name)


# "said driver Oh Jae-sung, 54, who", "Kiprop, 27, collected", "Park Do-hyun, aged 52, said": one to four capitalised
# words, the age between commas, no "and"/"or" or figure after it (a list of counts: "Seoul, 45, and Busan, 30")
_EN_APPOSED_AGE = re.compile(r"(?<![\w\-])(?P<name>[A-Z][a-z'’\-]+(?:[ \-][A-Z][a-z'’\-]+){0,3}),\s(?:aged\s|(?P<at>at\s))?"
                             r"(?P<age>[1-9][0-9]?|1[01][0-9])(?:,\s(?!(?:or|of)\b)(?=[a-z])|(?P<last>\.)(?=\s|$|[\"”]))")
# "Seoul, 45, Busan, 30", "Ethiopia, 12, and Kenya, 9, led": a label and its count, then another
_EN_COUNT_LIST = re.compile(r"\d,\s(?:(?:and|or)\s)?\Z")


def _age_owner(text: str, sent: _Sentence, q: Quantity) -> tuple[Mention, str] | None:
    """The person an age written beside a name is of, and how it was read: set off by commas after an English name
    (:func:`_apposed_age`), an adjective of an English name or of its apposition ("17-year-old Choi Yu-na", "Han
    Do-yoon, the 29-year-old right-hander"), a relative or possessive age before a Korean name ("올해 52세인 박도현
    감독", "52세의 박도현"; binding/ages.py)."""
    if ages.korean_age(q, text):
        ko = ages.korean_name_after(text, q.span.end)
        # (a person's name by its shape and the title or 씨 after it: "52세의 남성이", "52세인 조합원", "평균 연령 52세인
        # 이사회는" are no one's)
        if ko is not None and ko[1] <= sent.span.end and _person_shaped(text, text[ko[0] : ko[1]]) \
                and _TITLE_AFTER.match(text, ko[1]):
            return Mention(Span(*ko), text[ko[0] : ko[1]], None, discovered=True), ages.BEFORE_NAME
        return None
    if q.counter:
        return None
    if (aged := _apposed_age(text, sent, q)) is not None:
        return aged, ages.IN_APPOSITION
    if q.unit == "year" and q.text.endswith("-year") and text.startswith("-old", q.span.end) and q.bound is None:
        after = ages.EN_BEFORE_NAME.match(text, q.span.end)
        if after is not None and after.end() <= sent.span.end and anaphora.english_person(text, after.group("name")):
            return Mention(Span(after.start("name"), after.end("name")), after.group("name"), None, discovered=True), ages.BEFORE_NAME
        before = ages.EN_NAME_THEN_ADJECTIVE.search(text[max(sent.span.start, q.span.start - 60) : q.span.start])
        if before is not None and anaphora.english_person(text, before.group("name")):
            start = q.span.start - (len(before.group(0)))
            named = structure.Phrase(before.group("name"), Span(start, start + len(before.group("name"))), "age in apposition")
            named = roles.without_role(text, named, sent.span)
            return Mention(named.span, named.text, None, discovered=True), ages.IN_APPOSITION
        described = agedesc.described_person(text, sent.span, q)
        if described is not None:
            # "The 22-year-old from Seojin City Hall finished …": the person the sentence before names
            return Mention(described[0], described[1], None, discovered=True), ages.DESCRIBED
    return None


def _apposed_age(text: str, sent: _Sentence, q: Quantity) -> Mention | None:
    """The person an English age set off by commas right after a name is of ("Oh Jae-sung, 54, who", "Kiprop,
    27, collected", "Park Do-hyun, aged 52, said"): a name written capitalised inside a sentence somewhere (not
    "However" opening one), no month or weekday, no item of a list of counts ("Seoul, 45, Busan, 30"), a lowercase
    word right after."""
    bare = q.kind == "number" and q.unit is None
    aged = q.unit == "year" and q.bound is None and text[max(0, q.span.start - 5) : q.span.start] == "aged "
    if not (bare or aged) or text[q.span.end : q.span.end + 1] not in (",", "."):
        return None
    lo = max(sent.span.start, q.span.start - 60)
    found = next((m for m in _EN_APPOSED_AGE.finditer(text, lo, sent.span.end) if m.span("age") == (q.span.start, q.span.end)), None)
    if found is None:
        return None
    name = found.group("name")
    if text.startswith("and ", found.end()) and not (ages.ROMANISED_PERSON.search(name) and text[found.end() + 4 : found.end() + 5].islower()):
        return None  # "Seoul, 45, and Busan, 30": a list of counts; "Park Do-hyun, 52, and his son": a person's age
    if name.split()[-1].lower() in _EN_BODY_HEADS:
        return None  # "Seojin City Hall, 22, topped the medal table": a body's count, no one's age
    if name.split()[0] in MONTHS or name.split()[0] in _WEEKDAYS or _EN_COUNT_LIST.search(text, lo, found.start()) \
            or not _capitalised_inside(text, name):
        return None
    # "County Governor Jeong Hae-min, 63, told reporters": the role words before the personal name are no part of it
    named = roles.without_role(text, structure.Phrase(name, Span(found.start("name"), found.end("name")), "age in apposition"),
                               sent.span)
    if found.group("last") and not ages.ROMANISED_PERSON.search(named.text):
        return None  # "said branch manager Park Ji-eun, 44.": at a sentence's end, only a person's name by its shape
    if found.group("at") and not anaphora.english_person(text, named.text):
        return None  # "Kim Min-seo, at 52, is": a person ("The rate in Daegu, at 38, was" is no one's age)
    return Mention(named.span, named.text, None, discovered=True)


# The head nouns of a place, a team or an organisation's name: no person, whatever number follows it
_EN_BODY_HEADS = frozenset({"city", "county", "province", "hall", "club", "team", "fc", "united", "university", "college",
                            "school", "district", "group", "corp", "inc", "co", "ltd", "company"}
                           | {w for names in SUFFIXES.values() for w in names if " " not in w})
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_AGE_BRACKET = re.compile(r"\(([1-9][0-9]?|1[01][0-9])\)")  # "(27)": no unit, no leading zero (005930), no year
# An age beside other items in the bracket: first, before a place or body ("김하람(22·서진시청)"), or last, after a
# romanised name and an affiliation ("장 피에르 소바주(Jean-Pierre Sauvage, 프랑스 스트라스부르대 교수, 72)")
_AGE_FIRST = re.compile(r"\(([1-9][0-9]?|1[01][0-9])\s?·\s?[가-힣][가-힣\s]{1,15}\)")
_AGE_LAST = re.compile(r"\((?:Sir\s|Dr\.?\s)?[A-Z][A-Za-z.\-]*(?:\s[A-Z][A-Za-z.\-]*){1,4},\s?[^()\d]{1,30},\s?([1-9][0-9]?|1[01][0-9])\)")


def _aged(text: str, u: _Unit, ws: Sequence[Word]) -> Mention | None:
    """The person whose age a bare number in brackets glued to a name is, as the Korean press writes it:
    "케냐의 조엘 키프롭(27)이", "박서준(52) 부사장": the Hangul word right before the bracket, with the
    word before it when a possessor opens the pair ("케냐의" is whose, not who; "미래연합 김도윤(54)": the
    party is not part of the name). A stock code
    "(005930)", a year "(2024)", a size "(175B)" or a word that names a place or company (해솔군, 누리전자)
    is no age."""
    opened = text.rfind("(", max(0, u.span.start - 60), u.span.start)
    bracket = next((b for b in (p.match(text, opened) for p in (_AGE_BRACKET, _AGE_FIRST, _AGE_LAST)) if b is not None
                    and b.span(1) == (u.span.start, u.span.end)), None) if opened >= 0 else None
    if bracket is None or u.q.unit not in (None, "year") or u.q.counter:
        return None
    before = [w for w in ws if w.end == opened or w.end < opened and not w.inside]
    if not before or before[-1].end != opened:
        return None
    name = [before[-1]]
    if len(before) > 2 and not before[-2].particle and not before[-2].predicate and before[-2].hangul \
            and before[-2].end + 1 == before[-1].start and before[-3].particle == "의":
        name.insert(0, before[-2])  # "케냐의 조엘 키프롭": whose, then a given name and a surname
    if name[-1].stem.endswith(_TITLES):
        return None  # "소바주 … 스트라부르대 교수(72)": the name stands before the affiliation, not read here
    glossed = bracket.re is _AGE_LAST  # a transliterated name, glossed: its length and last syllable say nothing
    if any(not w.hangul or (w.predicate or len(w.stem) > 4) and not glossed for w in name) or len(name[-1].stem) < 2 \
            or len(name) > 1 and name[0].particle \
            or name[-1].stem.endswith(_PLACE_HEADS + ("구", "도", "청")) or _company(name[-1].stem):
        return None
    if _COUNT_LIST_AFTER.match(text, bracket.end()) or _COUNT_LIST_BEFORE.search(text, 0, name[0].start):
        return None  # "중국(40), 미국(39), 일본(20) 순": a list of counts, no ages
    possessed = len(name) > 1 or len(before) > 1 and before[-2].particle == "의" and before[-2].end + 1 == name[0].start
    if not possessed and not _TITLE_AFTER.match(text, bracket.end()) and not _person_shaped(text, name[-1].stem) \
            and not glossed:
        return None  # "아시아(12)", "국민의힘(108)": no person by its structure (a romanised name glossing it is one)
    return Mention(Span(name[0].start, name[-1].stem_end), " ".join(w.stem for w in name), None, discovered=True)


# "중국(40), 미국(39)": a bracketed number after another name's, or before a next one, is a list of counts
_COUNT_LIST_AFTER = re.compile(r"\s*[,、·]\s*[가-힣A-Za-z][가-힣A-Za-z ]{0,15}\(\d")
_COUNT_LIST_BEFORE = re.compile(r"\(\d[\d,.]*\)\s*[,、·]\s*\Z")
# the commonest Korean surnames (a person's name is a surname and a given name of 1–3 syllables); 국
# (국민의힘), 중 (중국), 미 (미국), 일 (일본), 아 (아시아) are left out on purpose
# a word the text also writes as a place or an organisation: "한국에서", "한국 정부"
_PLACE_USE = r"(?:에서|에는|에도|으로의|로의|정부|당국|대표팀|시장|경제|내|산|국민)"


def _person_shaped(text: str, stem: str) -> bool:
    """A Hangul word shaped as a Korean person's name: 2–4 syllables opening with a common surname,
    not written elsewhere in the text as a place or an organisation ("한국에서", "한국 정부")."""
    if not 2 <= len(stem) <= 4 or stem[0] not in SURNAMES or not all("가" <= c <= "힣" for c in stem):
        return False
    return re.search(r"(?<![가-힣])" + re.escape(stem) + r"\s?" + _PLACE_USE, text) is None


_PRODUCT_NEAR = re.compile(r"[\d\w]\s?[×xX*✕]\s?\d|\d\s?[A-Za-z]{0,3}\s?[×xX*✕]\s")  # a product sign near a figure


def _other_kind_before(text: str, u: _Unit, units: Sequence[_Unit]) -> bool:
    """Whether the figure a parenthesis holding ``u`` is glued to is of another kind (a count before a
    percentage): then what the parenthesis labels is not a part of that figure."""
    before = next((v for v in reversed(units) if v.span.end <= u.span.start), None)
    if before is None or "(" not in text[before.span.end : u.span.start] or ")" in text[before.span.end : u.span.start]:
        return False
    return before.q.kind != u.q.kind and {before.q.kind, u.q.kind} != {"count", "number"}


def _claim(doc: Document, sent: _Sentence, u: _Unit, owner: Mention, attr: Attribute, how: str, scope: str | None,
           sentences: list[_Sentence], si: int, ws: Sequence[Word]) -> Claim:
    """The claim of a bound figure, with the qualifiers its sentence gives it."""
    text = doc.text
    period = _period(text, sent, u, doc) or partitive_period(text, sent, doc) \
        or edition_period(text, sent, u, owner.entity, doc) \
        or (season_period(sentences[si - 1].text, doc) if how in (SHORT_FORM, _ASKED) and si > 0 else None)
    # a figure for a year after the article's date is a forecast ("AI 시장, 2025년 1840억 달러로 커진다")
    future = bool(period and doc.date and int(period) > doc.date.year)
    return Claim(
        path=doc.path, entity=owner.entity, attribute=attr.name, quantity=u.q, span=u.span,
        goal=future or _is_goal(text, sent, u, owner), period=period, date=doc.date, sentence=sent.span,
        alternate=u.alt, disputed=_is_disputed(text, sent, u, sentences, si), discovered=owner.discovered,
        how=how, revision=bool(_REVISION.search(sent.text)), scope=scope,
        reference=_reference(text, sent, u, doc, period), attribution=_office_named(text, _attribution(sent, u, ws)),
    )


# A bare administrative head standing for its body ("군 내부 집계로는", "시는 …"): the county or city the article names
_PLACE_NAME = re.compile(r"(?<![가-힣])([가-힣]{2,4}?)(시|군)")


def _office_named(text: str, source: str | None) -> str | None:
    """A source written as a bare 군 or 시 is the one county or city the article names (단월군: "군 내부 집계로는" in an
    article on 단월군); an article writing two words of that head keeps the bare word, whose it is unwritten."""
    if source not in _PLACE_HEADS:
        return source
    places = {m.group(1) + source for m in _PLACE_NAME.finditer(text) if m.group(2) == source}
    # (every word of two syllables or more and the head counts against it: "청봉군과" names another county
    # even where the text writes it once)
    return next(iter(places)) if len(places) == 1 and _place_naming_others(text, next(iter(places))) else source


def _share(doc: Document, sent: _Sentence, u: _Unit, ms: list[Mention], m: _Matcher, subject: Mention | None,
           prev_subject: Mention | None, sentences: list[_Sentence], si: int, ws: Sequence[Word]) -> Bound | None:
    """A percentage in a share frame (factlint/binding/shares.py): the declared share attribute whose
    whole the frame names, else the share of the whole as written; the part is the claim's scope."""
    found = shares.share(sent.text, sent.span.start, u.span, ms)
    if found is None:
        return None
    wholes = [a for a in m.attributes if a.whole and fits(a, u.q) and any(w.casefold() in found.whole for w in a.whole)]
    # an attribute that is the share of one part names it in its triggers ("Korean share of training
    # data": Korean data, 한국어 비중): the part is then the attribute, not a scope
    own = next((a for a in wholes if found.part and _names_part(a, found.part)), None)
    part = None if own is not None else found.part
    attr = own or next((a for a in wholes if not any(_names_part(a, p) for p in shares.PARTS)), None) \
        or (wholes[0] if wholes else _discovered_attribute(f"share of {found.whole}"))
    owner = found.owner
    if owner is None and subject is not None and subject.span.start < u.span.start and not subject.possessor:
        owner = subject
    if owner is None and prev_subject is not None and not _opens_own_topic(sent.text):
        owner = prev_subject
    if owner is None:
        return None  # a frame with no owner: the figure is bound as any other
    return Bound(u.q, _claim(doc, sent, u, owner, attr, "share of a whole", part, sentences, si, ws), "", attr.name)


def _names_part(attr: Attribute, part: str) -> bool:
    """Whether one of the attribute's triggers is about this part, in either language ("Korean data",
    "한국어 비중" for the part korean)."""
    return any(shares.part_of(t.casefold()) == part or shares.part_of(t.split()[0].casefold()) == part
               for t in attr.triggers if t.strip())


# A clause whose subject or possessor points back: "It has …", "Its parameter count of …", "The system
# packs …", "이 모델은 …", "해당 모델의 …", "동사는 …" (after an opening connective).
_ANAPHOR_LEAD = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still|However|Meanwhile|Now),?\s+)?(?P<fronted>" + structure.EN_FRONTED + r")?"
    r"(?:(?P<it>It|Its|it|its|They|they)\b|(?:The|This|That|the|this|that)\s+(?P<noun>model|system|company|firm|lab|startup|network|"
    r"chatbot|product|group|bank|maker|carrier|airline|project|city|town|county|film|movie|picture|airport|"
    r"shipbuilder|club|team)\b|(?:(?:그러나|하지만|또한|한편|특히)\s+)?"
    r"(?:이|해당|같은|그|본)\s?(?P<ko>모델|회사|기업|시스템|언어모델|제품|업체|연구소|은행)(?:은|는|이|가|의)?\s|동사(?:는|의|가)\s)"
)
# What follows an "It" that stands for no one: "It is estimated that", "It took three years", "It seems".
_EMPTY_IT = re.compile(r"\s+(?:(?:is|was|'s|has been|had been|will be|would be)\b"
                       # but a copula whose complement is a measure ("It is about 14 km long", "It was 48.6 km² in
                       # area") or a noun phrase ("It is a freshwater lake with …") says what the subject is; "It took
                       # 5 years", "It became 12 km wider" stay empty
                       r"(?!\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|up to|over|more than|less than|"
                       r"under)\s+)?(?:\d|an?\s))"
                       # nor a passive of a thing's own history ("It was founded in 2019, and employs 418 people", "It was
                       # built by …"): only a verb of saying or thinking makes the passive's "It" empty ("It is estimated that")
                       r"(?!\s+(?!(?:estimated|expected|thought|believed|said|reported|known|feared|hoped|claimed|understood|"
                       r"announced|decided|agreed|planned|rumoured|rumored|alleged|assumed|projected|forecast)\b)[a-z]+ed\s+"
                       r"(?:in|on|at|by|near|from)\b)|(?:seems?|seemed|appears?|appeared|takes?|took|"
                       r"remains?|remained|becomes?|became|happens?|happened|turns? out|turned out|means?|meant)\b)")
# After "Its": one to three lowercase nouns and a verb of level or change right before the figure ("Its load factor
# averaged", "Its container throughput reached", "its fares start at"), no figure, name or clause between
_ITS_MEASURE = re.compile(r"\s+(?:(?!(?:is|was|are|were|has|had|have|will|would|of|in|for|at|on|to|from|and|or)\b)[a-z][a-z\-]+\s+)"
                          r"{1,3}(?:averaged|averages|stood\s+at|stands\s+at|reached|reaches|totalled|totaled|totals|topped|"
                          r"hit|was|were|is|are|starts?\s+at|started\s+at|amounted\s+to|came\s+to|rose\s+to|fell\s+to|"
                          r"grew\s+to|climbed\s+to|dropped\s+to|"
                          # a verb whose object is a measure of its subject ("Its main auditorium seats 1,480": structure's
                          # _EN_VERB_MEASURES)
                          r"seats|covers|employs)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
                          r"roughly\s+|more\s+than\s+|over\s+)?")
# What a definite noun points back to only as the sentence before's subject ("The city", "the film")
# "It is …", "It was …": a copula after "It" (with a measure or a noun phrase after it: not empty)
_COPULA_IT = re.compile(r"\s+(?:is|was|'s|has been|had been|will be|would be)\b")
# After a subject (past its apposition or gloss), a verb that is no copula or verb of lying with a noun phrase after
# it: an object ("unveiled the Nova 7", "built a new dam", "sold 5 million phones"), not "lies east of", "is a lake"
_EN_OBJECT = re.compile(r"(?:\s*\([^)]*\))?(?:\s*,[^,]*,)?\s+(?:(?:has|had|have|will|would)\s+)?"
                        r"(?!(?:is|was|are|were|lies|lay|sits|sat|stands|stood|remains|remained|became|becomes|been|be)\b)"
                        r"[a-z]+\s+(?:the|a|an|its|their|his|her|this|these|those|some|\d|[A-Z])")
_OPENER_NOUNS = frozenset({"city", "town", "county", "film", "movie", "picture", "airport", "shipbuilder", "club", "team"})
_PLACE_NOUNS = frozenset({"city", "town", "county"})


def _called(text: str, name: str | None, noun: str) -> bool:
    """Whether the document calls the name (any name, for None) by the noun: "Haram, a city in …", "Haram (…) is a
    city", "the city of Haram"."""
    who = re.escape(name) if name is not None else r"[A-Z][\w\-]*"
    return re.search(who + r"(?:\s*\([^()]*\))?(?:,\s+an?|\s+(?:is|was)\s+an?)\s+(?:[\w\-]+\s+){0,3}?" + noun + r"\b"
                     r"|\b" + noun + r"\s+of\s+" + who, text) is not None


_COMPANY_NOUNS = frozenset({"company", "firm", "lab", "startup", "group", "bank", "maker", "carrier", "airline", "회사", "기업",
                            "업체", "연구소", "은행"})


# A second verb phrase with no subject of its own (", and had a population of …", "but employs 418"): an
# adverb at most, then a finite verb — an auxiliary, a past in -ed or without it, or a verb in -s before its object
_EN_SUBJECTLESS_CONJUNCT = re.compile(
    r"\s*(?:and|but)\s+(?:(?:also|now|still|then|later|currently|[a-z]+ly)\s+)?(?:(?:has|had|have|is|was|are|were|will|"
    r"would|can|could|did|does|began|won|sold|made|built|grew|rose|fell|took|drew|became|bought|paid|spent|held|ran|lay|"
    r"stood|saw|led|kept|[a-z]{2,}ed)\b|[a-z]{2,}s\s+(?=\d|(?:about|around|some|nearly|almost|over|more|the|a|an|its|"
    r"their)\b))")


def _sharing_subject(text: str, sent: _Sentence, clause: Span) -> Span:
    """The figure's clause, widened back over the clauses whose subject a subjectless verb phrase after "and"/"but"
    shares ("It lies in the Gaon Basin, a mountain valley …, and had a population of 298,400": "It" is the subject
    of "had" too); a clause with a subject of its own (", and the city has …", ", and it had …") stays as it is."""
    start = clause.start
    for c in reversed(sent.clauses):
        if c.start < start and c.end >= start and _EN_SUBJECTLESS_CONJUNCT.match(text, start):
            start = c.start
    return Span(start, clause.end)


def _antecedent(text: str, clause: Span, u: _Unit, attr: Attribute | None, ms: list[Mention],
                history: Sequence[Mention], last_topic: Mention | None, before: str = "",
                earlier_sentences: Sequence[_Sentence] = (), own: int | None = None) -> Mention | None:
    """The name an anaphor opening the figure's clause refers to: the previous sentence's subject,
    else the latest name before, that the attribute can be stated about and of the kind the noun says
    ("the company" is a company, "the system" is not). No name may stand between the anaphor and the figure
    (``own``: where the figure's own verb phrase starts, when its clause shares the subject of one before:
    a name in that first verb phrase, "lies in the Gaon Basin", is no subject)."""
    lead = _ANAPHOR_LEAD.match(text, clause.start, u.span.start)
    if lead is None or any(max(lead.end(), own or 0) <= x.span.start < u.span.start for x in ms) \
            or structure.EN_POSSESSED.search(text, max(lead.end(), u.span.start - 40), u.span.start):
        return None  # ("The film opened on 1,920 screens, 58% of the nation's 3,300": the nation's)
    it = lead.group("it") in ("It", "They") or lead.group("fronted") is not None and lead.group("it") in ("it", "they")
    plural = lead.group("it") in ("They", "they")
    # "Its load factor averaged 84%": a possessed measure noun, the subject of a verb of level or change whose
    # complement the figure is, is the measure of what the sentence before opened with, as "It" is
    its = lead.group("it") in ("Its", "its") and _ITS_MEASURE.fullmatch(text, lead.end(), u.span.start) is not None
    if structure.on_compared_side(text, 0, u.span, clause):
        return None  # "Its occupancy rate averaged 91%, above the national average of 76%": the compared one's
    if last_topic is None and attr is not None and not attr.source.path and its:
        # (only a sentence whose verb takes no object: "Hanbit unveiled the Nova 7. Its price starts at …" is the phone's)
        found = _opened_before(text, clause, earlier_sentences, history, objectless=True)
        if found is not None:
            return found
    if last_topic is None and attr is not None and not attr.source.path and it and not _EMPTY_IT.match(text, lead.end()):
        # an attribute no rule declares is owned by structure: "It" opening a sentence is the subject the
        # sentence before opened with, a name the binder does not know ("Gimhae International Airport,
        # opened in 1976, lies in … . It handled 15.3 million passengers"); "It is estimated that …",
        # "It took …" have an empty subject, no one's; "Its 2025 city budget" may be the article's
        # topic's (en_encyclopedia_cheongju: the city's, after a sentence about the Osong complex)
        # ("Hanbit unveiled the Nova 7. It is 7.9 mm thick": a copula's "It" after a sentence whose verb takes an
        # object may be that object, the phone; only a sentence with none leaves the subject: "Lake Nuri lies east
        # of the city. It is about 14 km long")
        found = _opened_before(text, clause, earlier_sentences, history,
                               objectless=_COPULA_IT.match(text, lead.end()) is not None)
        if found is not None and plural != _plural_subject(text, found):
            return None  # "They" stands for a plural subject ("The Raptors are …"), "It" for a singular one
        if found is not None:
            return found
    if (lead.group("noun") or "").lower() in _OPENER_NOUNS:
        # "Gimhae is a city … . The city covers 463 km2", "\"Gate of the Sea\" had sold … . The film has
        # grossed …": the name the sentence before opened with, never the latest name inside it (another
        # film it was compared with, the council it quoted)
        found = _opened_before(text, clause, earlier_sentences, history)
        noun = (lead.group("noun") or "").lower()
        if found is not None and noun in _PLACE_NOUNS and not _called(text, found.entity, noun) and _called(text, None, noun):
            return None  # "The Bluehawks won … in Haram, a city in … . The city has …": the document's city, not the team
        return found
    if last_topic is None and (lead.group("noun") or "").lower() in _COMPANY_NOUNS:
        # "Hanbit Motors has become the country's biggest electric-car maker. The company sold 120,000 cars": the
        # name the sentence before opened with, when that sentence or the name's head says it is a company
        found = _opened_before(text, clause, earlier_sentences, history)
        if found is not None and (found.type != "company" and not references.a_company(found.entity, before)
                                  or references.another_company(before, found.entity)):
            found = None  # (not a company, or one of two: "Daon Holdings bought Seoha Motors. The company …")
        if found is not None:
            return found
    if last_topic is None and structure.english_subject(before) is not None:
        # "Standard Chartered said acquiring Korea First Bank (KFB) … . Its shares fell": the anaphor
        # points to the subject the sentence before opened with, a name the binder does not know, not
        # to the latest known name inside what that subject said
        return None
    noun = (lead.group("noun") or lead.group("ko") or "").lower()
    earlier = [x for x in ms if x.span.end <= clause.start]
    best: tuple[tuple[int, bool], Mention] | None = None
    for x in [*([last_topic] if last_topic is not None else []), *reversed([*history, *earlier])]:
        if x.possessor or noun and (noun in _COMPANY_NOUNS) != (x.type == "company"):
            continue
        rank = _rank(attr, x) if attr is not None and attr.source.path else 0
        # the kind the attribute is first stated about, a declared name before a guessed one (a
        # discovered name's kind is a guess), then the previous subject, then the latest name
        if rank is not None and (best is None or (rank, x.discovered) < best[0]):
            best = ((rank, x.discovered), x)
    return best[1] if best is not None else None


# A plural subject's verb right after it (past a gloss or an apposition): "The Haram Bluehawks have become …"
_PLURAL_VERB = re.compile(r"(?:\s*\([^()]*\))?(?:,[^,;]{1,60},)?\s+(?:have|are|were)\b")


def _plural_subject(text: str, subject: Mention) -> bool:
    """Whether the name a sentence opened with is a plural subject: its verb agrees with one ("The Seoul Raptors
    are …"), what "They" may stand for and "It" may not."""
    return _PLURAL_VERB.match(text, subject.span.end) is not None


def _opened_before(text: str, clause: Span, earlier_sentences: Sequence[_Sentence],
                   history: Sequence[Mention], objectless: bool = False) -> Mention | None:
    """The name the sentence before opened with as its subject, past sentences that open with an anaphor
    themselves ("… . As of 2025 it had 541,000 residents. The city covers 463 km2") and into the paragraph
    before; a name the document writes as one ("Critics liked Gate of the Sea. The film …": no one)."""
    opener, at, said = None, 0, ""
    for sent in reversed([*_paragraph_before(text, clause.start), *earlier_sentences] if len(earlier_sentences) < 3
                         else earlier_sentences):
        opener, at, said = structure.english_opener(sent.text), sent.span.start, sent.text
        if opener is not None or not _ANAPHOR_LEAD.match(sent.text):
            break
    if opener is None or not (_capitalised_inside(text, opener) or _RELATIVE_AFTER_NAME.match(said, said.find(opener) + len(opener))
                              or _entry_name(text) == opener):
        return None
    if objectless and _EN_OBJECT.match(said, said.find(opener) + len(opener)):
        return None  # (``objectless``: the opener's verb takes an object, which "It" may stand for as well)
    at = text.find(opener, at)
    return next((x for x in history if x.span.start == at), None) or Mention(Span(at, at + len(opener)), opener, None,
                                                                         discovered=True)


def _entry_name(text: str) -> str | None:
    """The name an encyclopedia entry is about (its title line, defined by its first sentence: "Daegwang\nDaegwang
    (Korean: 대광군) is a county …"): a name, though the text may never write it inside a sentence."""
    topic = references.encyclopedia_topic(text)
    return topic[0].text if topic is not None else None


# A non-restrictive relative clause after the word a sentence opens with ("Dalbakwi, which launched in 2022 …, has
# grown"): a name — a common noun opening a sentence has a determiner — unless the word is an abstract noun by its
# ending ("Inflation, which peaked …")
_RELATIVE_AFTER_NAME = re.compile(r"(?<!tion)(?<!ment)(?<!ness)(?<!ity)(?<!ance)(?<!ence)(?<!ing)(?<!ism),\s+which\b")


def _paragraph_before(text: str, start: int) -> list[_Sentence]:
    """The sentences of the paragraph (the line) before the one holding ``start``, when ``start`` opens
    a paragraph's first sentences: what "The city" opening a paragraph points back to."""
    line = text.rfind("\n", 0, start)
    if line <= 0 or text[line + 1 : start].count(". ") > 2:
        return []
    begin = text.rfind("\n", 0, line) + 1
    return [_Sentence(x, text[x.start : x.end], []) for x in segment.sentences(text[begin:line], begin)]


# "[축제장을 찾은] 인원이 48만 명": a bare noun of people after a relative clause of visiting counts the place's
# visitors, as 방문객 does; the noun alone says only "people" (the clause says which)
_VISITORS = "방문객"
_PEOPLE_NOUNS = frozenset({"인원", "사람", "사람들", "이들", "인파"})


def _visiting_people(ws: Sequence[Word], head: structure.Phrase) -> bool:
    """Whether the figure's noun is a bare noun of people that a relative clause of visiting modifies
    (``structure.visited``): its figure is a count of visitors ("축제장을 찾은 인원", "공원을 방문한 사람")."""
    return head.text in _PEOPLE_NOUNS and structure.visited(ws, head) is not None


def _trigger_inside(attr: Attribute, phrase: str) -> bool:
    folded = phrase.casefold()
    return any(t.casefold() in folded for t in attr.triggers)


def _declared_in(phrase: str, u: _Unit, m: _Matcher) -> Attribute | None:
    """A declared attribute one of whose triggers the phrase holds, fitting the figure ("파라미터 개수")."""
    if m.triggers is None:
        return None
    for hit in m.triggers.finditer(phrase):
        key = _WHITESPACE.sub(" ", hit.group()).casefold()
        for a in m.trigger_attrs.get(key) or m.trigger_attrs_nospace.get(key.replace(" ", ""), ()):
            if fits(a, u.q) or (u.alt is not None and fits(a, u.alt)):
                return a
    return None


_CLASSIFIERS = frozenset(lexicon.COUNT_COUNTERS) | frozenset(lexicon.NATIVE_COUNTERS)


def _counts_a_noun(q: Quantity) -> bool:
    """A count whose counter is a noun of its own, glued to the number ("42골", "15승", "36경기"), not a
    classifier ("104명", "42개") that leaves the counted noun to the phrase around it."""
    return (q.kind == "count" and q.counter is not None and q.counter not in _CLASSIFIERS
            and q.text.endswith(q.counter) and q.text[-len(q.counter) - 1 : -len(q.counter)].isdigit()
            and all("가" <= c <= "힣" for c in q.counter))


def _modifier(phrase: str, m: _Matcher) -> str | None:
    """The nouns before an attribute's trigger in the phrase a figure measures: "원시 크롤링 데이터" is
    raw crawled data, another scope than "학습 데이터" (itself a trigger) — 12TB of one and 900GB of
    the other do not contradict. Determiners (총, 전체) are not a scope."""
    if m.triggers is None:
        return None
    hit = m.triggers.search(phrase)
    if hit is None or hit.start() == 0:
        return None
    words = [w for w in phrase[: hit.start()].split() if w not in structure.DETERMINERS]
    return " ".join(words) or None


# Words that make a figure a statistic of many values, not a value: an average of 18 home games'
# crowds is not a crowd ("홈 18경기 평균 관중은 약 4,000명" and "8,102명의 관중이 입장했다").
_STATISTICS = frozenset({"평균", "일평균", "연평균", "월평균", "누적", "중간값", "중앙값", "average", "mean", "median", "cumulative"})


def _statistic(head: structure.Phrase, ws: Sequence[Word], m: _Matcher, attribute: str) -> str | None:
    """The statistic word that modifies the phrase a figure measures, inside it or right before it
    ("평균 관중은", "average attendance"): the claim's scope, so that it is compared only with the same
    statistic of the same thing."""
    hit = m.triggers.search(head.text) if m.triggers is not None else None
    inside = head.text[: hit.start()].split() if hit is not None else head.text.split()[:-1]
    prior = next((w for w in reversed(ws) if w.end <= head.span.start), None)
    # the word right before the phrase, with no particle of its own: it modifies the phrase
    before = [prior.text] if prior is not None and not prior.particle and head.span.start - prior.end <= 1 else []
    # (not one the attribute's own name holds: "누적 확진자 수" says it already)
    return next((w for w in (*inside, *before) if w.casefold() in _STATISTICS and w not in attribute), None)


def _named_attribute(phrase: str, m: _Matcher) -> Attribute | None:
    """The declared attribute one of whose triggers the phrase holds, whatever figure it measures ("sales":
    revenue), else None: the name a change of it is written under ("revenue growth")."""
    hit = m.triggers.search(phrase) if m.triggers is not None else None
    if hit is None:
        return None
    key = _WHITESPACE.sub(" ", hit.group()).casefold()
    found = m.trigger_attrs.get(key) or m.trigger_attrs_nospace.get(key.replace(" ", ""), ())
    return found[0] if found else None


def _names_a_declared_attribute(phrase: str, m: _Matcher) -> bool:
    """Whether the phrase holds a trigger word of any declared attribute, fitting or not."""
    return m.triggers is not None and m.triggers.search(phrase) is not None


def _discovered_attribute(phrase: str) -> Attribute:
    """An attribute no rule declares: the noun phrase the figure measures, as written."""
    return Attribute(phrase, (phrase,), "any", False, Source("", 0))


def _structural_owner(doc: Document, sent: _Sentence, u: _Unit, clause: Span, head: structure.Phrase | None,
                      ws: Sequence[Word], m: _Matcher, ms: list[Mention],
                      topics: list[Mention | None], declared: Attribute | None = None,
                      beyond: bool = True, before: _Sentence | None = None) -> tuple[Mention | None, str]:
    """The owner from the clause's structure when no name fits: the attribute's possessor, the name
    the figure's phrase describes, the clause's topic or subject, else the topic of the sentence
    before (``before``), else (``beyond``) that of the title."""
    text = doc.text
    found: structure.Phrase | None = None
    pointed: str | None = None
    if ws and any(w.hangul for w in ws):
        if head is not None:
            listed = structure.described_values(ws, u.span, ()) if head.how == structure.LISTED_VALUE else None
            # the noun the list describes owns when it is a name ("… 19.6m인 서하호"); a common noun that is what the
            # topic is ("인구 28만 명의 도시로", "… 420㎢인 군이다") leaves the clause's topic to own it; one the verb
            # takes ("… 50억 원인 회사를 인수했다": another thing than the topic) leaves no one
            if listed is not None and not _name_like(text, listed[1].text) \
                    and not structure.predicate_nominal_at(ws, listed[1].span, clause) \
                    and structure.possessor(ws, head, u.span) is None:
                return None, f"no entity: the values describe '{listed[1].text}', a common noun the topic is not"
            found = structure.possessor(ws, head, u.span) \
                or (listed[1] if listed is not None and _name_like(text, listed[1].text) else None) \
                or structure.described(ws, head, u.span) or structure.modified(ws, u.span, clause)
        if found is None and head is not None:
            # "'제21회 하송야생차축제'에 관광객 18만 2,000명이 다녀갔다": the festival's visitors, not the county's
            place = structure.located(ws, head, u.span)
            # (a quoted phrase is a name as written: "'제21회 하송야생차축제'에")
            # is one only when its head noun is of an event or a place ("'반값 할인'에 관광객 3만 명": a sale, no name
            # of where the visitors are); one unquoted only when it is a name
            quoted = place is not None and text[place.span.end - 1 : place.span.end + 1].strip(" ")[:1] in _QUOTE_MARKS
            found = place if place is not None and (structure.event_or_place(place.text) if quoted
                                                    else _name_like(text, place.text.strip(_QUOTE_MARKS))) else None
        if found is None:
            found = structure.clause_topic(ws, u.span, clause, sent.span, head.span if head else None)
        named = _bare_possessor(text, found, ws, sent.span) if found is not None and found.how == "possessor" else None
        if named is not None:
            # "시 집계에 따르면 동물원의 지난해 관람객은": the possessor is a generic head alone, the one zoo named before
            return _as_mention(named, m, ms), _BARE_HEAD
        place = structure.visited(ws, head) if found is None and head is not None else None
        if place is not None:
            # "[공원을 찾은] 탐방객은 368만 명": the place visited owns its visitors' count; a bare common noun
            # stands for the one name the text just gave that place (단월산국립공원), a name for itself
            named = place if _name_like(text, place.text) or _headed_name(text, place.text) is not None \
                else _headed_antecedent(text, place.text, sent.span.start)
            if named is not None:
                return _as_mention(named, m, ms), structure.VISITED
    else:
        forecast = structure.forecast_object(sent.text, sent.span.start, u.span, clause)
        if forecast is not None:
            # "Gaon Wind expects the farm to generate …": the farm's figure, the forecaster its source
            named = structure.named_by_head(text, forecast.text, sent.span.start, forecast.span.start)
            if named is None:
                return None, f"no entity: 'the {forecast.text}' points back to no one name the text gave it"
            return _as_mention(named, m, ms), named.how
        if structure.on_compared_side(sent.text, sent.span.start, u.span, clause):
            return None, "no entity: the figure is on the compared side of its clause (\"above the national average of 76%\")"
        if structure.another_names(sent.text, sent.span.start, u.span, sent.span):
            return None, "no entity: another name's clause or phrase owns the figure (\"…, when rival X reported 88.9%\")"
        found = structure.english_owner(sent.text, sent.span.start, u.span, head, clause, sent.span)
        if found is not None:
            found = roles.without_role(text, found, sent.span)  # "Striker Kang Tae-o scored 19 goals": Kang Tae-o's
        if found is not None and (found.how == structure.NAME_CHECKED or _one_title_word(found)) \
                and not _capitalised_inside(text, found.text) \
                and not any(x.span.start <= found.span.start < x.span.end for x in ms) and found.text not in short_forms(text):
            # "Analysts expected 5% growth", "Seating is generous …: 1,200 spectator seats", "Attendance has grown
            # … to 10,530": a capitalised common noun opening the sentence, which the text never writes
            # capitalised inside one, is no name, whichever pattern read it as the subject
            found = None
        if found is None:
            # "The park received 3.68 million visitors", "When complete, it will run 6.4 km", "exports reached
            # $21.4 million" in an encyclopedia entry: the name the subject refers to (``references``)
            last = _paragraph_before(text, sent.span.start) if before is None else []
            referred = references.referent(text, clause, u.span, sent.span, before.text if before is not None else "",
                                           last[-1].text if last else "", head.span if head is not None else None)
            if referred is not None and referred.how == references.TOPIC and topics and topics[-1] is not None:
                referred = None  # ("Daon Foods opened a plant. Exports reached …": the sentence before's topic, below)
            if referred is not None and referred.how == references.POSSESSED and not _capitalised_inside(text, referred.text) \
                    and not any(x.span == referred.span for x in ms):
                referred = None  # "Officials opened their new office …. The office … houses 120 staff": no name's
            if referred is not None:
                return _as_mention(referred, m, ms), referred.how
    if found is not None and found.how in (structure.ANAPHOR, structure.ANAPHOR_TOPIC):
        named = _apposed(text, found.text, sent.span.start)
        if named is not None:
            return _as_mention(named, m, ms), "anaphor"
        # ("이번 올림픽은": this time's event is the article's own, the title's, below; not an earlier name)
        headed = _headed_antecedent(text, found.text, sent.span.start) \
            if _POINTING_BACK.search(text, max(0, found.span.start - 4), found.span.start) else None
        if headed is not None:
            return _as_mention(headed, m, ms), "anaphor"
        company = _pointed_company(text, found.text, found.span.start)
        if company is not None and not structure.topic_between(ws, found.span.end, head.span.start if head else u.span.start) \
                and not structure.possessor_between(ws, head.span.end if head else found.span.end, u.span.start):
            # ("이 회사가 … 짓고 있는 제2공장은 연산 4만 톤": the company is the subject of a clause describing the
            # plant, the topic that owns the figure; "이 회사의 생산능력은 제1공장의 연 3만 5,000톤을 더해": the plant's)
            # "그 중심에는 단연 녹담음료가 있다. … 이 회사는 매출 3,840억 원": the one company the sentence before named
            return _as_mention(company, m, ms), "anaphor"
        if found.how == structure.ANAPHOR:
            return None, f"no entity: '{found.text}' points back to no one name the text gave it"
        pointed = found.text  # "이 논문은": the article's own topic, pointed back to (the title's, below)
        found = None
    if found is not None and not _inside(found.span, head):
        found = titled_person(text, found) or found  # "박도현(52) 감독은": the person, not the title
        owner = _as_mention(_whole_name(text, _quoted_tail(text, found)), m, ms)
        if head is not None and head.how == structure.PLACE_OF_PERSONS and owner.discovered \
                and text[head.span.start : head.span.end] == "county" and not owner.entity.endswith(" County"):
            # "Hasong, a county of about 46,000 people": a Korean county (군) is "X County" in English, as the
            # apposition says it is; "Hasong" alone names its seat as often (하송읍, "Hasong-eup")
            owner = replace(owner, entity=f"{owner.entity} County")
        if found.how in _BY_ROLE and owner.discovered:
            owner = _glossed_last(doc.text, owner)
        owned = _described_name(doc.text, owner) or _apposed_by_copula(doc.text, owner) \
            if found.how in _BY_ROLE and owner.discovered and not _name_like(doc.text, owner.entity) else owner
        if owned is None:
            bare = _bare_head_owner(text, found, head, ws, sent.span, u.span)
            if bare is not None:
                # "소하 그란폰도 대회가 …" then "대회는 올해 …": a generic head alone is the one thing of its kind
                # the article named before it
                return _as_mention(bare, m, ms), _BARE_HEAD
            # "후면 카메라는 OIS 기술이 적용된 … 1,200만 화소": the clause has a topic of its own, but a
            # common noun (기술, 연구진, 의향) is no entity another article could state the figure of;
            # nor does the title own a clause that has its own topic
            return None, f"no entity: the clause's topic '{owner.entity}' is a common noun, not a name"
        return owned, found.how
    if found is None and head is not None and head.how == costs.HOW:
        of = costs.thing(ws, head.span)
        if of is not None:
            # "공장 건설에는 1,850억 원이 들었다": the cost of the factory's building, the factory's when the text named one
            # factory ("이 공장은" before it), never the title's
            named = _headed_antecedent(text, of, sent.span.start)
            if named is None:
                return None, f"no entity: the cost is of '{of}', which points back to no one name"
            return _as_mention(named, m, ms), "anaphor"
        # "여림숲동물원이 좋은 예다. 2년에 걸친 리모델링에 215억 원이 들었는데": a cost with no actor of its own is the
        # cost of the name the sentence before was about, else of the name the title is about
        spent = _cost_carried(doc, before, m, ms)
        if spent is not None:
            return spent
    headline = _headline_topic(doc, u, head, ws) if found is None else None
    if headline is not None:
        return _as_mention(headline, m, ms), "headline topic"
    earlier = topics[-1] if topics else None  # the topic of the sentence right before, not of any before it
    if earlier is not None and not _opens_own_topic(sent.text):
        return earlier, "previous sentence"  # a sentence with no subject of its own continues it
    if before is not None and _topic_is_measured(text, clause, head):
        # a sentence whose topic is only what the figure measures continues the one before, when that
        # one's topic is a name ("'바다의 문'은 … 모았다. 누적 관객은 812만 명"): a measure is nobody's name
        continued = earlier or _named_topic(doc, before, m, ms)
        if continued is not None:
            return continued, "previous sentence"
    if before is not None and head is not None and _opens_with_measure(text, sent, head):
        # "단월터널 역시 양면이 있다. 사업비가 6,120억 원에 이른다.": a sentence whose subject is only the measured
        # noun goes on about the name the sentence before was about, when that one said nothing of another thing
        also = _also_topic(doc, before, m, ms)
        if also is not None:
            return also, "previous sentence"
    if before is not None and found is None:
        # "올겨울 얼음축제는 어땠나. 군 내부 집계로는 축제장을 찾은 인원이 48만여 명": a question asks about its topic,
        # and the sentence after it, with no topic of its own, answers it
        asked = _question_topic(doc, before, m, ms)
        if asked is not None:
            return asked
    if before is None and head is not None and _topic_is_measured(text, clause, head, exact=True):
        # a paragraph that opens with only the measured noun as its topic ("운항 편수는 9만 8천여 편으로",
        # "수주잔고는 … 384억 달러로") brings no actor of its own: the name the headline is about owns it
        # (not "국내 조선사 전체 수주액은": the words before the measure say whose it is)
        title = _title(doc)
        if title is not None and _title_is_name(text, title) and _names_itself(text, title.text) \
                and title.text not in head.text and head.text not in title.text and _HANGUL.match(head.text[-1]) \
                and not any(w.endswith(_PLACE_HEADS) or _name_like(text, w) or w[:2] == title.text[:2]
                            for w in head.text.split()[:-1]) \
                and not any(c in _QUOTE_MARKS for c in text[head.span.end : u.span.start]) \
                and not _SAYS_AFTER.match(text, title.span.end, _first_line_end(text)) \
                and not any(_lead(text)[0] <= at < u.span.start for at in _other_stories(text)) \
                and structure.states_topic(ws, head.span, u.span) and _lead(text)[0] <= u.span.start \
                and not _modifies_next(text, title):
            return _as_mention(title, m, ms), "document topic"
    if not beyond:
        return None, ""
    topic = _title(doc)
    carried = _carried_topic(text)
    if carried is not None and carried[1] <= u.span.start < carried[2]:
        topic = carried[0]  # "담라도는 … 밝혔다" then "외국인 관광객 비중은 15.8%로": the release's topic
    if topic is not None and pointed is not None and not _writes_as_a(text, topic, pointed):
        # "천리안 2호" over "이 기상탑재체는 … 채널 수는 (5개 채널 → 16개 채널)": "this payload" points back to
        # a thing of the text, and the text never says the title's thing is one
        return None, f"no entity: 'this {pointed}' points back to something the text does not say '{topic.text}' is"
    if topic is not None and ws and any(w.hangul for w in ws):
        own = structure.own_topic(ws, u.span, clause, head.span if head else None)
        named = _bare_possessor(text, own, ws, sent.span) if own is not None and own.text not in topic.text else None
        if named is not None:
            # "천문대의 주관측실에는 구경 800mm 반사망원경이": the clause is about the one observatory named before
            return _as_mention(named, m, ms), _BARE_HEAD
        if own is not None and own.text not in topic.text:
            # the clause is about something of its own (a scope, a common noun, a demonstrative's
            # noun): the title may not step in for it ("1956~1960년생 여성은 … 미혼율이 5.3%")
            return None, f"no entity: the clause is about '{own.text}', which is no name"
    if topic is not None and head is not None and ws and any(w.hangul for w in ws):
        acting = structure.acting_subject(ws, u.span, clause, head.span, u.q.kind == "count")
        if acting is not None:
            # "대한민국 해군은 27일 오전 수상함 10여 척을 배치했다": the subject read as the attribute acts,
            # the figure counts the noun before it; the title owns neither
            return None, f"no entity: the clause's subject '{acting.text}' is what it is about, not what the figure measures"
    if topic is not None and head is not None and topic.text in head.text.split():
        # "2월 취업자 32만 9천명 늘어" over "지난달 취업자 수는 2,804만 3천 명": the title's noun is
        # what the figure measures, no owner of it (an entity is not its own attribute)
        return None, f"no entity: the title's '{topic.text}' is what the figure measures, not its owner"
    if topic is not None and ws and any(w.hangul for w in ws) and not _inside(topic.span, head) \
            and _lead(doc.text)[0] <= u.span.start \
            and (topic.how in ("title", _LEAD_TOPIC) or u.span.start < _lead(doc.text)[1] or _written_as_name(doc.text, topic.text)
                 or _this_event(doc.text, topic.text) and not _of_its_kind(sent.text, topic)
                 or _release_item(text, topic, u.span.start)):
        # a figure in the title has only the title's own structure, one in a byline or dateline
        # ("조회 13,544 댓글 0") none; a headline's topic is that of the lead, the paragraphs after
        # it bring their own actors, unless it is written as a name (a name title owns the article)
        owner = _as_mention(topic, m, ms)
        if owner.discovered and not _title_is_name(text, topic):
            lead = _lead_subject(text)
            if lead is not None and declared is None and u.span.start < _lead(text)[1] and not _inside(lead.span, head):
                # "[경제 칼럼] 조선업 '슈퍼사이클'의 그늘" over "한빛중공업이 지난해 … 수주했다": the field
                # is no owner, the name the lead opens with is what the lead is about
                return _as_mention(lead, m, ms), "lead subject"
            return None, f"no entity: the title's '{topic.text}' is no name the body uses (a time, a field, an office)"
        if declared is None or not owner.discovered and _rank(declared, owner) is not None:
            return owner, "document topic"
    return None, ""


def _cost_carried(doc: Document, before: _Sentence | None, m: _Matcher, ms: list[Mention]) -> tuple[Mention, str] | None:
    """The owner of a cost carried by a verb whose clause names no one (binding/costs.py): the last topic or subject
    of the sentence before when it is a name, by use or by its structure ("올봄 다시 문을 연 여림숲동물원이 좋은 예다."), else the
    title's topic when it is a name ("[해설] 소하대교, 섬의 시간을 바꾸다" over "건설비로는 8740억원이 들었다")."""
    if before is not None:
        ws = words(before.text, before.span.start)
        at = next((k for k in range(len(ws) - 1, -1, -1) if ws[k].role in ("topic", "subject") and not ws[k].inside
                   and ws[k].hangul), None)
        phrase = structure.owner_phrase(ws, at) if at is not None else None
        if phrase is not None and (_name_like(doc.text, phrase.text) or _headed_name(doc.text, phrase.text) is not None):
            return _as_mention(_whole_name(doc.text, phrase), m, ms), "previous sentence"
        if phrase is not None:
            return None  # ("공장은 …": a common noun the sentence before is about; which one is not written)
    title = _title(doc)
    if title is not None and _title_is_name(doc.text, title):
        return _as_mention(title, m, ms), "document topic"
    return None


_COMPANY_SIDE = "the company as a party (회사 측)"
# "드론 제조업체 누비에어로가": a kind of company right before a name says the name is a company's
_COMPANY_KIND_BEFORE = r"(?:업체|기업|회사|제조사|제약사|기업체)\s"


def _article_company(doc: Document, m: _Matcher, ms: list[Mention]) -> Mention | None:
    """The one company a Korean article is about, which "회사 측" stands for (:func:`commonheads.company_side`): the
    name the title is about when the text says it is a company — a company's head (:func:`_company`: 한빛전자), a
    place's stem and a trade (:func:`_placed_trade`: 실마루방적), or a kind of company right before it ("드론
    제조업체 누비에어로가"); None otherwise (a title about a field, a place or a product)."""
    title = _title(doc)
    if title is None or not _title_is_name(doc.text, title):
        return None
    name = title.text
    if not (_company(name) or _placed_trade(doc.text, name)
            or re.search(_COMPANY_KIND_BEFORE + re.escape(name) + "(?![가-힣])|" + _COMPANY_KIND_BEFORE + re.escape(name)
                         + "[은는이가의을를]", doc.text)):
        return None
    return _as_mention(title, m, ms)


_DISCOURSE = "entity of the discourse"


def _title_declined(how: str) -> bool:
    """Whether ``_structural_owner`` found no owner in the clause and only the title declined to own the figure (no
    reason of the clause's own): the entity of the discourse may still (``_discourse_owner``)."""
    return not how or how.startswith("no entity: the title's")


def _stated_owner(claim: Claim, m: _Matcher) -> Mention:
    """The owner of a claim made, at the claim's place: what a later clause naming no one may go on about."""
    canon = None if claim.discovered else _canon_lookup(m, claim.entity)
    return Mention(claim.span, claim.entity, canon[1] if canon is not None else None, discovered=claim.discovered)


def _counted_noun(text: str, sent: _Sentence, u: _Unit, clause: Span, head: structure.Phrase | None,
                  korean: bool) -> str | None:
    """The plural noun an English figure counts as its clause's subject ("About 68,000 visitors came": visitors;
    ``discourse.english_counted_subject``), read once for both the owner and the attribute."""
    if korean or head is None:
        return None
    return discourse.english_counted_subject(text, clause, head.span, u.span, sent.span)


def _discourse_owner(doc: Document, sent: _Sentence, u: _Unit, clause: Span, head: structure.Phrase | None,
                     attr: Attribute, ws: Sequence[Word], ms: Sequence[Mention], sentences: Sequence[_Sentence],
                     si: int, m: _Matcher, stated: Sequence[Mention], counted_noun: str | None) -> Mention | None:
    """The entity the discourse is about, for a clause whose subject is only the measured noun ("Operating profit
    rose 50% to …", "총사업비는 1조 2천억 원이다"; ``discourse``): the owner of the latest claim in the paragraph,
    else, in English, the document's entity (``_document_entity``) when the latest claim before is of no other.
    None where the sentence names another entity or the one before states a claim of another, or the figure is a
    comparison's object or a bracketed value."""
    text = doc.text
    korean = bool(ws) and any(w.hangul for w in ws)
    if head is None:
        return None
    # "About 68,000 visitors came through the gates": the figure is the count of its clause's subject
    counted = not korean and u.q.kind != "percent" and counted_noun is not None
    if korean:
        if not discourse.korean_bare_subject(ws, clause, head.span, u.span) or discourse.korean_compared(text, u.span) \
                or _name_like(text, head.text) or any(x.span.start < head.span.end and head.span.start < x.span.end for x in ms):
            return None  # ("KB증권은 160억 달러로": a name read as the measured noun is the clause's owner, misread)
    elif not (discourse.english_bare_subject(text, clause, head.span, u.span) or counted) \
            or structure.on_compared_side(text, 0, u.span, clause) or text[u.span.start - 1 : u.span.start] == "(":
        return None
    if counted:
        return _counted_event(doc, sent, u, ms, m)
    latest = next((x for x in reversed(stated) if x.span.end <= u.span.start), None)
    paragraph = text.rfind("\n", 0, sent.span.start) + 1
    candidate: Mention | None
    if latest is not None and latest.span.start >= paragraph:
        candidate = latest
    elif korean:
        return None  # (a Korean title or lead is the document topic of ``_structural_owner``, which declined it)
    else:
        candidate = _document_entity(doc, m, ms)
        if candidate is None or latest is not None and latest.entity != candidate.entity and candidate.entity != _entry_name(text):
            # (never across a figure stated of another entity, in whatever paragraph; an encyclopedia entry's section,
            # its own paragraph, is about the entry again: "Climate … Annual precipitation averages 1,520 mm")
            return None
    if candidate is None or attr.source.path and _rank(attr, candidate) is None:
        return None
    if candidate.discovered and candidate.entity != _entry_name(text) and not korean \
            and not _capitalised_inside(text, candidate.entity):
        return None  # a word capitalised only where a sentence opens is no name ("Analysts said …")
    if any(x.entity != candidate.entity and not discourse.no_name(x.entity) for x in ms):
        return None  # the sentence names another entity: the figure may be that one's
    before = sentences[si - 1] if si > 0 else None
    if before is not None and any(x.entity != candidate.entity for x in _claimed_in(before, stated)):
        return None
    if not korean and any(n not in candidate.entity for n in discourse.english_names(text, sent.span)):
        return None
    opened = structure.english_opener(before.text) if before is not None and not korean else None
    if opened is not None and opened not in candidate.entity and candidate.entity not in opened \
            and _capitalised_inside(text, opened):  # (a name: "Summers are humid" opens with a common noun)
        return None  # "Daon Foods opened a plant in 2019. In 2024, exports reached …": the sentence before's name goes on
    return candidate


# A phrase after the counted clause's verb that names where it took place ("started in Soha town", "set up booths at
# the Silmaru Convention Center"): a place, no owner of the count
_EN_PLACE_AFTER = re.compile(r"\b(?:in|at|to|from|across|on|near)\s+(?:the\s+)?\Z")


def _counted_event(doc: Document, sent: _Sentence, u: _Unit, ms: Sequence[Mention], m: _Matcher) -> Mention | None:
    """The owner of a count that opens its clause as the subject ("About 68,000 visitors came through the gates", "A
    total of 118 riders from 20 teams started"; ``discourse.english_counted_subject``): the one event the article's
    title and lead name ("Kang Do-yun wins Tour de Soha", "… at the Silmaru International Textile & Fashion Fair"),
    whose visitors, exhibitors or riders they are; None when they name none or two, or the sentence names another
    entity before the figure or as no place after it."""
    text = doc.text
    start, end = _lead(text)
    lead = next(iter(segment.sentences(text[start:end], start)), None) if start < end else None
    events = list(dict.fromkeys(
        discourse.english_events(text, Span(0, _first_line_end(text)))
        + (discourse.english_events(text, Span(lead.start, lead.end)) if lead is not None else [])))
    # (the title's short name and the lead's full one are one event: "Damra Marathon", "12th Damra International Marathon")
    folded = [e for e in events if not any(e != o and set(e.split()) < set(o.split()) | {"International"} for o in events)]
    if len(folded) != 1 or sent.span.start <= text.find(folded[0], sent.span.start, sent.span.end) < u.span.start:
        return None
    for name in discourse.english_names(text, sent.span):
        at = text.find(name, sent.span.start, sent.span.end)
        if name not in folded[0] and (at < u.span.start or not _EN_PLACE_AFTER.search(text, sent.span.start, at)):
            return None  # ("… organisers said", "Hanbit Logis said"; a name owning the count)
    at = text.find(folded[0])
    return _as_mention(structure.Phrase(folded[0], Span(at, at + len(folded[0])), _DISCOURSE), m, list(ms))


_APPOSED_TO = "apposition of the subject"
# A name opening an English sentence (past a dateline), then an indefinite apposition that says what it is, closed by
# a comma before the sentence's verb: "Cheongram, a city of about 439,000 people some 130 km south-east of Seoul, has
# been …", "Nuribeol, a planned town of 128,000 residents on former farmland …, has drawn …"
_EN_APPOSED_OPENER = re.compile(r"(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}),\s+(?:an?)\s+(?P<aside>(?:[^,;:()\"“”]|(?<=\d),(?=\d)){1,120}?),\s+"
                                r"(?:(?:has|have|had|is|was|will|would|can|also|now|still)\s+)?(?!(?:and|or|but|while|with)\b)(?P<verb>[a-z]{2,})\b")


def _apposition_owner(text: str, sent: _Sentence, u: _Unit, m: _Matcher, ms: Sequence[Mention]) -> Mention | None:
    """The name an indefinite apposition describes, for a figure inside it ("Cheongram, a city of about 439,000 people
    some 130 km south-east of Seoul, has …": Cheongram's distance from Seoul): the apposition is said of the name it
    follows, the sentence's subject; None when another name stands in the apposition before the figure."""
    dateline = structure.EN_DATELINE.match(sent.text)
    found = _EN_APPOSED_OPENER.match(text, sent.span.start + (dateline.end() if dateline is not None else 0), sent.span.end)
    if found is None or not found.start("aside") <= u.span.start < u.span.end <= found.end("aside") \
            or found.group("name").split()[0] in MONTHS or not _capitalised_inside(text, found.group("name")):
        return None
    if discourse.english_names(text, Span(found.start("aside"), u.span.start)):
        return None  # ("Haram, a suburb of Seoul with 300,000 people, …": what the figure is of is not written)
    return _as_mention(structure.Phrase(found.group("name"), Span(found.start("name"), found.end("name")), _APPOSED_TO),
                       m, list(ms))


_PRONOUN = "pronoun"


def _pronoun_owner(doc: Document, sent: _Sentence, u: _Unit, clause: Span, attr: Attribute, ws: Sequence[Word],
                   ms: list[Mention], sentences: Sequence[_Sentence], si: int, m: _Matcher,
                   stated: Sequence[Mention], history: Sequence[Mention]) -> Mention | None:
    """The entity a personal pronoun owning the figure's clause stands for (``anaphora``: "Last year it welcomed …",
    "said on Thursday its … rose", "자란 그는 … 27골을"): the subject of the verb of saying it is the object of; else
    the name the sentence before opened with, the owner of the latest claim of its paragraph, or (for "it") the
    document's entity — of the pronoun's kind (a person for he/she/그/그녀, none for it). None where the sentence
    names another entity before the figure, the figure is a comparison's object, or two entities of the kind
    compete in the sentence before."""
    text = doc.text
    korean = bool(ws) and any(w.hangul for w in ws)
    found = anaphora.korean(ws, u.span, sent.span) if korean else anaphora.english(text, clause, u.span, sent.span)
    if found is None or not korean and found.subject and not found.person and _EMPTY_IT.match(text, found.span.end):
        return None  # ("It is expected that …", "it takes 3 hours": an empty subject)
    # (a definite description's relative clause is no part of the main clause: "The library, which covers … above the
    # old mill, now holds 380,000 volumes" compares nothing)
    own = Span(max(clause.start, found.span.end), clause.end) if found.head and found.subject else clause
    if discourse.korean_compared(text, u.span) if korean else structure.on_compared_side(text, 0, u.span, own) \
            or text[u.span.start - 1 : u.span.start] == "(":
        return None

    def of_kind(x: Mention) -> bool:
        person = anaphora.english_person(text, x.entity) or korean and _person_shaped(text, x.entity)
        return person == found.person and not x.possessor and not (attr.source.path and _rank(attr, x) is None)

    if not korean and found.head and found.subject and found.head in attr.name.split():
        return None  # "The lake was formed in the 1830s": the description is the subject, no measure of it
    if attr.source.path and not fits(attr, u.q) or not korean and u.q.kind == "percent" \
            and _EN_CHANGED_BY.search(text, max(0, u.span.start - 40), u.span.start):
        return None  # "its sales rose 5% to …": the change, not the level (``changes``)
    if not korean and not found.subject and text[found.span.end : u.span.start].strip() \
            and not all(w in text[found.span.end : u.span.start] for w in attr.name.split()):
        # the possessed noun is what is measured ("its load factor averaged 84%", "Its shares fell 3%") or what the
        # figure counts ("Of the city's 41 schools"); a possessed thing that acts is the owner of what its verb takes
        # ("Its industrial zone hosts 27 companies", "The city's 12 libraries lent 900,000 books": the zone's, theirs)
        # and a noun read after "of" no measure of it ("Its mean depth of 8.2 m gives …")
        return None
    names = _sentence_names(text, sent, ms, u.span.start)
    if found.head and found.subject:
        # a name inside the description's relative clause or apposition is no rival ("The library, which covers …
        # above the old Daehan textile mill, now holds …": the main clause's subject is the library)
        names = [(s, n) for s, n in names if not found.span.start <= s.start < found.span.end]
    if found.said_at >= 0:
        who = anaphora.speaker(text, sent.span, found.said_at, names)
        spoke = next(((s, n) for s, n in names if n == who), None)
        if spoke is None or who is None or who.lower() in _PRONOUNS or not (any(x.entity == who for x in ms) or _capitalised_inside(text, spoke[1])
                                 or discourse.lead_name(sent.text) == who):
            return None
        owner = _as_mention(structure.Phrase(spoke[1], spoke[0], _PRONOUN), m, ms)
        return owner if of_kind(owner) else None
    if _EARLIER_CLAUSE.search(text, sent.span.start, found.span.start):
        return None  # "… designated a 1.8 km² zone as a cluster; by 2024 it hosted 27 companies": the clause before's thing
    paragraph = text.rfind("\n", 0, sent.span.start) + 1
    before = sentences[si - 1] if si > 0 and sentences[si - 1].span.start >= paragraph else None
    opened = None if korean else _opened_before(text, clause, sentences[max(0, si - 3) : si], history) \
        or _described_before(text, before, m, ms)
    if opened is not None and not found.person and not found.head \
            and _opened_before(text, clause, sentences[max(0, si - 3) : si], history, objectless=True) is None \
            and _described_before(text, before, m, ms) is None:
        return None  # "Hanbit unveiled the Nova 7. Its price is …": the thing its verb took may be what "it" is
    mine = [x for x in stated if paragraph <= x.span.start < u.span.start and of_kind(x)]
    latest = next((x for x in reversed(stated) if x.span.end <= u.span.start), None)
    candidate: Mention | None
    if found.head:
        candidate = _described(doc, found.head, found.span.start, [opened, *reversed(mine)], before, m, ms)
    elif opened is not None and of_kind(opened):
        candidate = opened
    elif mine:
        candidate = mine[-1]
    elif not korean and not found.person:
        candidate = _document_entity(doc, m, ms)
        if candidate is not None and latest is not None and latest.entity != candidate.entity \
                and candidate.entity != _entry_name(text):
            return None  # (never across a figure stated of another entity, as ``_discourse_owner``)
    else:
        candidate = None
    if candidate is None or not of_kind(candidate) or candidate is not opened and before is not None \
            and _PERSON_OPENER.match(before.text) and not (found.head and found.subject):
        # ("The park service was founded in 1987. It employs …": the sentence before's own subject; a description
        # names its kind itself: "The mean temperature in August is 26.9 °C. On 5 August 2025 the city recorded …")
        return None
    if found.head and found.subject and before is not None and structure.named_by_head(text, found.head, found.span.start) is None \
            and any(n not in candidate.entity and candidate.entity not in n for n in discourse.english_names(text, before.span)):
        # a description no name is headed by stands for the entity the text calls so only when the sentence before names
        # no other ("Daon Holdings bought Seoha Motors. The company employs …": which one is not written)
        return None
    if not found.person and not found.head and any(_INTRODUCED.search(x.text) for x in sentences[max(0, si - 2) : si]
                                                   if x.span.start >= paragraph):
        return None  # "The council approved a new bridge. It will cost …": the thing a sentence before introduced
    if any(_called(text, None, w) and not _called(text, candidate.entity, w) for w in attr.name.split() if w in _OPENER_NOUNS):
        return None  # "Its 2025 city budget" after a sentence about a science park: the city's, the text's city
    if any(n != candidate.entity and n not in candidate.entity and not discourse.no_name(n) for _, n in names):
        return None  # the sentence names another entity before the figure: the pronoun may be that one
    if found.person and not (before is not None and before.span.start <= candidate.span.start or sent.span.start
                             <= candidate.span.start) or found.person and not korean and before is not None \
            and (any(n not in candidate.entity for n in discourse.english_names(text, Span(candidate.span.end, found.span.start)))
                 or _PERSON_OPENER.match(before.text) and before.span.start < candidate.span.start):
        # a person is the one the sentence before (or this one) names, and no other name or person described stands
        # between ("Park Do-hyun, 27, said … Coach Choi said … He", "… The coach praised the team. He …")
        return None
    if before is not None:
        rivals = {x.entity for x in _claimed_in(before, stated) if of_kind(x)}
        if candidate is not opened and korean is False:
            rivals |= {n for n in discourse.english_names(text, before.span) if n not in candidate.entity
                       and anaphora.english_person(text, n) == found.person}
        if rivals - {candidate.entity}:
            return None  # two entities of the kind in the sentence before: which one is not written
    return candidate


_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those"})
# a verb of change right before a percentage ("rose 5%", "was up by 12%"): the figure is the change's
_EN_CHANGED_BY = re.compile(r"\b(?:rose|fell|grew|increased|decreased|declined|jumped|climbed|dropped|slipped|gained|"
                            r"lost|surged|soared|plunged|was\s+up|was\s+down)(?:\s+by)?\s+(?:about\s+|nearly\s+|some\s+)?\Z")
# a thing a verb introduces ("approved a new bridge", "unveiled an electric bus"), which "it" after it may stand for
# (not a copula's or a preposition's: "is a city", "lies in a valley", "near a dam")
_INTRODUCED = re.compile(r"\b(?!(?:is|was|are|were|be|been|being|became|becomes|remains|remained|as|of|in|at|on|by|for|"
                         r"with|from|to|into|about|than|and|or|near|like|per|once|such|half|quite|twice)\b)[a-z]+\s+(?:a|an|another)\s+[a-z]")
# a sentence opening with a common noun as its subject ("The coach praised …"): someone "he" may stand for
_PERSON_OPENER = re.compile(r"\s*(?:The|A|An|Her|His|Their|Our)\s+[a-z]")
# a clause before the pronoun's in its sentence: its object may be what the pronoun stands for
_EARLIER_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s")
# a sentence opening with a definite description ("The centre opened on 6 September")
_DEFINITE_OPENER = re.compile(r"\s*The\s+([a-z][a-z\-]+)\s+(?=(?:[a-z]+ed|is|was|are|were|has|had|sits|lies|stands|opens)\b)")


def _described_before(text: str, before: _Sentence | None, m: _Matcher, ms: list[Mention]) -> Mention | None:
    """The name a definite description opening the sentence before stands for, by its head ("The centre opened on
    6 September" after "the Nuribeol Aquatic Centre"; ``structure.named_by_head``)."""
    opens = _DEFINITE_OPENER.match(before.text) if before is not None else None
    if before is None or opens is None or _EN_OBJECT.match(before.text, opens.end(1)):
        return None  # ("The council approved the bridge. It …": what its verb took may be what "it" is)
    named = structure.named_by_head(text, opens.group(1), before.span.start)
    return _as_mention(named, m, ms) if named is not None else None


def _described(doc: Document, head: str, at: int, near: Sequence[Mention | None], before: _Sentence | None,
               m: _Matcher, ms: list[Mention]) -> Mention | None:
    """The entity a definite description ("the spa's", "The city's", "the company's") stands for: the one capitalised
    name headed by the noun before it (``structure.named_by_head``), else the entity before it (the sentence before's
    subject, a claim's owner in the paragraph, the document's) that the text calls by the noun ("Haeun is a city",
    a company by its name's head)."""
    named = structure.named_by_head(doc.text, head, at)
    if named is not None:
        return _as_mention(named, m, ms)
    lead = _lead_sentence(doc.text)
    for x in [*near, _document_entity(doc, m, ms)]:
        if x is None:
            continue
        if _called(doc.text, x.entity, head) or head in _COMPANY_NOUNS and (
                x.type == "company" or references.a_company(x.entity, before.text if before is not None else "")
                or references.lead_calls_company(lead, x.entity)):
            return x
    return None


def _sentence_names(text: str, sent: _Sentence, ms: Sequence[Mention], end: int) -> list[tuple[Span, str]]:
    """The names a sentence writes before ``end``, in order: the known and discovered ones, the name an English
    sentence opens with and the capitalised names inside it."""
    found = {x.span: x.entity for x in ms if x.span.end <= end}
    if not _HANGUL.search(sent.text):
        opener = discourse.lead_name(sent.text) or structure.english_opener(sent.text)
        inside = discourse.english_names(text, Span(sent.span.start, end))
        for name in ([opener] if opener is not None else []) + inside:
            at = text.find(name, sent.span.start, end)
            if at >= 0 and not any(s.start <= at < s.end for s in found):
                found[Span(at, at + len(name))] = name
    return sorted(found.items(), key=lambda x: x[0].start)


def _claimed_in(sent: _Sentence, stated: Sequence[Mention]) -> list[Mention]:
    """The owners of the claims stated in a sentence (what competes with the entity carried past it)."""
    return [x for x in stated if sent.span.start <= x.span.start < sent.span.end]


# A product's name of a lowercase prefix, a hyphen and a capitalised word right before a bare number: "45 e-City 12
# electric buses" (the model e-City 12), "an i-Drive 5" — the number is the name's
_MODEL_PREFIX = re.compile(r"(?<![\w\-])[a-z]{1,2}-[A-Z][A-Za-z]+\s\Z")


def _model_number(text: str, q: Quantity) -> bool:
    """Whether a bare number is the number of a product's name written before it (:data:`_MODEL_PREFIX`)."""
    return q.kind in ("number", "count") and q.unit is None and _MODEL_PREFIX.search(text, max(0, q.span.start - 24), q.span.start) is not None


def _lead_sentence(text: str) -> str:
    """The first sentence of an article's body (``_lead``), or "" when it has none."""
    start, end = _lead(text)
    lead = next(iter(segment.sentences(text[start:end], start)), None) if start < end else None
    return text[lead.start : lead.end] if lead is not None else ""


def _document_entity(doc: Document, m: _Matcher, ms: Sequence[Mention]) -> Mention | None:
    """The entity an English document is about: an encyclopedia entry's name, else the name its lead opens with as
    its subject (a wire story's company, a report's port). (A Korean title or lead is the document topic of
    ``_structural_owner``.)"""
    text = doc.text
    entry = references.encyclopedia_topic(text)
    if entry is not None:
        return _as_mention(entry[0], m, list(ms))
    start, end = _lead(text)
    lead = next(iter(segment.sentences(text[start:end], start)), None) if start < end else None
    said = text[lead.start : lead.end] if lead is not None else ""
    opener = discourse.lead_name(said) or structure.english_opener(said) if lead is not None else None
    if opener is not None and opener != text[: _first_line_end(text)].strip() and not _capitalised_inside(text, opener):
        opener = None  # (an entry's title line, "Cheongju", opening its first sentence is its name)
    if opener is not None and lead is not None:
        # "SEOUL (Reuters) - SK Hynix, the world's …, said …": the name a wire story's lead opens with
        at = text.find(opener, lead.start)
        return _as_mention(structure.Phrase(opener, Span(at, at + len(opener)), "lead subject"), m, list(ms))
    return None


def _release_item(text: str, topic: structure.Phrase, at: int) -> bool:
    """Whether a figure stands in a body item ("□ 총상금은 2억 3,400만 원으로") of a press release whose
    headline names what it announces ("제5회 청람국제마라톤, 1만 2천여 명 달린다"): the items are the facts of
    that event or body, as a title's topic owns its article; an item with an owner of its own keeps it."""
    return topic.how == "headline" and headers.is_release(text) and headers.in_item(text, at) \
        and _title_is_name(text, topic)


def _writes_as_a(text: str, topic: structure.Phrase, noun: str) -> bool:
    """Whether the text says the title's thing is a ``noun``: the title holds the noun ("천안함 침몰 사건" and
    "이 사건은"), the noun is one of a text (:data:`_TEXT_NOUNS`: "이 논문은" on a page about a paper),
    or the body puts the noun before the name ("위성 누리 3호") or after the name as its topic or subject,
    in its sentence ("누리 3호는 2020년 발사된 위성이다" and "이 위성은"): not a sentence that only has both ("누리 3호에 실린 탑재체는 …": a part of it). Its first places only, as
    ``_written_as_name``."""
    line_end = _first_line_end(text)
    if noun in _title_line(text) or noun in _TEXT_NOUNS:
        return True
    first = text.find(noun, line_end)
    if first != -1 and _POINTING.search(text, max(line_end, first - 4), first):
        return True  # "삼성 갤럭시 S8" over "이 모델은": no 모델 named before the pointing, so the title's thing
    for at in itertools.islice(_places(text, topic.text, line_end), _NAME_PLACES):
        end = at + len(topic.text)
        if text[:at].rstrip(" ").endswith(noun):
            return True
        stop = _SENTENCE_END.search(text, end)
        if _NAME_AS_TOPIC.match(text, end) and noun in text[end : stop.end() if stop is not None else len(text)]:
            return True
    return False


_NAME_AS_TOPIC = re.compile("(?:은|는|이|가)\\s")
# A determiner pointing back (structure.DEMONSTRATIVES): "이 모델", "해당 제품", "동 위성"
_POINTING = re.compile(r"(?<![가-힣])(?:" + "|".join(sorted(structure.DEMONSTRATIVES, key=len, reverse=True)) + r")\s?\Z")
# Nouns of a text: "이 논문은", "이 연구는" point back to the work the page itself is about (its title)
_TEXT_NOUNS = frozenset({"논문", "연구", "보고서", "책", "글", "기사", "문서"})


def _described_name(text: str, owner: Mention) -> Mention | None:
    """"게임업체 넥사플레이가 …": a topic of two Hangul words whose last is a name (the title's topic or written as
    a name, as ``_name_like`` reads it, not by its uses alone) and whose first is a common noun before it describes the name (a descriptor, as wire copy's "game developer
    Nexaplay"); the name owns. None when the last word is no name ("국제선 이용객", "삼성전자 노조")."""
    words_ = owner.entity.split()
    if len(words_) < 2 or not all(_HANGUL.match(c) for c in "".join(words_)):
        return None
    last = words_[-1]
    title = _title_of(text)
    if not (title is not None and title.text == last and _title_is_name(text, title) or _written_as_name(text, last)
            or _loan_headed(last) or last in short_forms(text)):
        return None  # a name by how the document writes it, not only by its uses ("새로운 연구진")
    if _INSTITUTION_BEFORE.search(owner.entity[: len(owner.entity) - len(last)]):
        # "가람대학교 중앙도서관은", "가람아트센터 대공연장은": the word before is an institution, no descriptor — the
        # last word is its unit, named only with it (another university has its 중앙도서관 too)
        return owner
    return Mention(Span(owner.span.end - len(last), owner.span.end), last, None, discovered=True)


def _other_kind_at(u: _Unit, units: Sequence[_Unit], phrase: Span) -> bool:
    """Whether the figure nearest to a phrase, before ``u``, is of another kind or unit than ``u``'s (money and a
    count): the phrase it measures is then no attribute ``u`` may share."""
    near = min((v for v in units if v.span.end <= u.span.start),
               key=lambda v: min(abs(v.span.start - phrase.end), abs(phrase.start - v.span.end)), default=None)
    return near is not None and (near.q.kind, near.q.unit) != (u.q.kind, u.q.unit)


def _glossed_last(text: str, owner: Mention) -> Mention:
    """"해운 전문기업 바다라인(대표이사 김수현)은": a gloss right after a phrase of Hangul words is the last word's, the
    name; the nouns before it say what kind of body it is (a classifier noun: 전문기업, 업체, 구단) and are no part
    of the name."""
    words_ = owner.entity.split()
    if len(words_) < 2 or not all(_HANGUL.match(c) or c.isascii() and c.isalnum() for c in "".join(words_)) \
            or not (_GLOSS.match(text, owner.span.end) or _HEAD_GLOSS.match(text, owner.span.end)):
        return owner
    last = words_[-1]
    return Mention(Span(owner.span.end - len(last), owner.span.end), last, None, discovered=True)


def _apposed_by_copula(text: str, owner: Mention) -> Mention | None:
    """"군 최대 식수원인 은빛저수지는": a topic after a noun in its adnominal copula form (N인, "which is the county's
    largest source of water") is the name after it, when that is one word built as a name (:func:`_headed_name`)
    or written as one; the copula's noun only says what kind of thing it is. None for a common noun after it
    ("연구 대상인 환자는"), and for a noun in 인 that is one of its own ("외국인 관광객": 외국 is no kind of 관광객)."""
    words_ = owner.entity.split()
    cut = max((i for i, w in enumerate(words_[:-1]) if w.endswith("인") and len(w) >= 3), default=None)
    if cut is None or cut != len(words_) - 2:
        return None
    name = words_[-1]
    if not (_apposed_name(text, name) or _written_as_name(text, name)):
        return None
    return Mention(Span(owner.span.end - len(name), owner.span.end), name, None, discovered=True)


def _headline_topic(doc: Document, u: _Unit, head: structure.Phrase | None, ws: Sequence[Word]) -> structure.Phrase | None:
    """The owner of a figure in a Korean headline whose clause has no topic of its own: the name the
    headline opens with, bare as headlines write it ("담라도 8월 관광객 152만 3천 명…전년 동월 대비 12.4%
    증가": 담라도's), when it is a name (``_title_is_name``) and not part of what the figure measures."""
    text = doc.text
    if not ws or not any(w.hangul for w in ws) or u.span.start >= headers.subtitle_end(text, _first_line_end(text)):
        return None  # (a release's subtitle between dashes is part of its headline)
    title = _title_of(text)
    if title is None or title.how != "headline" or title.span.end > u.span.start or _inside(title.span, head) \
            or head is not None and head.how == "after the figure":
        return None  # ("5만명 돌파": a headline's verbal noun after a figure is its predicate)
    if head is not None and head.how == structure.HEADLINE_COUNT and text.find(head.text, _first_line_end(text)) < 0:
        # "신규 확진자 1241명 발생": a headline's terse count is read when the body states the same measure
        # ("신규 확진자는 1,216명이 확인되었고"), not a compound only the headline writes
        return None
    return title if _title_is_name(text, title) else None


_SCOPE_HOW = "scope of the measured noun"
# "폭염일수는 전국 평균 28.4일로": a scope word and 평균 right before the figure say whose average it is
_SCOPE_AVERAGE = (re.compile(r"(?<![가-힣])([가-힣]+ [가-힣]+) 평균 ?\Z"), re.compile(r"(?<![가-힣])([가-힣]+) 평균 ?\Z"))
_EN_SCOPE_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+\Z")


def _scope_key(words: str) -> str:
    return words.casefold().replace(" ", "")


def _korean_scope(text: str, head: structure.Phrase, u: _Unit, units: Sequence[_Unit], clause: Span,
                  ws: Sequence[Word], m: _Matcher, ms: Sequence[Mention]) -> tuple[structure.Phrase, structure.Phrase] | None:
    """A scope of the pack (entities of type ``scope``: 전국, 전 세계) that owns a Korean figure, and the
    phrase the figure measures: the scope word opening the measured compound ("올여름 전국 평균기온이
    25.6℃로": 전국 · 평균기온, a season before it says when), or a scope word and 평균 right before the
    figure ("폭염일수는 전국 평균 28.4일로": 전국 · 폭염일수). The compound's scope owns only the first
    figure after it ("전국 강수량은 612.4㎜로 평년(727.3㎜)의 84% 수준": the normal and the ratio are
    other measures) and only when the clause names no owner of its own: no name before the measured noun
    other than the one saying it ("기상청은 … 밝혔다": attribution), no possessor ("서울의 …"), no topic of its
    own. A part of the nation (남부지방 강수량) is no scope of the pack: its phrase stays the attribute."""
    if not m.scopes:
        return None
    if head.how not in _COMPOUND_HEADS or head.span.end > u.span.start:
        return None
    parts = head.text.split()
    skip = 0
    while skip < len(parts) - 1 and structure.is_season(parts[skip]):
        skip += 1  # "올여름 전국 평균기온": the season says when (the claim's period), not whose
    before = text[max(clause.start, u.span.start - 16) : u.span.start]
    average = next((a for a in (p.search(before) for p in _SCOPE_AVERAGE) if a is not None and _scope_key(a.group(1)) in m.scopes), None)
    if average is not None and _scope_key(parts[skip]) not in m.scopes:
        at = u.span.start - len(before) + average.start(1)
        measured = text.find(parts[skip], head.span.start, head.span.end)
        return (structure.Phrase(average.group(1), Span(at, at + len(average.group(1))), _SCOPE_HOW),
                structure.Phrase(" ".join(parts[skip:]), Span(measured, head.span.end), head.how))
    n = next((n for n in (2, 1) if len(parts) > skip + n and _scope_key(" ".join(parts[skip : skip + n])) in m.scopes), 0)
    rest = parts[skip + n :]
    if not n or not all(_HANGUL.match(c) for c in "".join(rest)) or rest == ["평균"] or rest[-1] in structure.MEASURE_NOUNS:
        return None
    if any(head.span.end <= v.span.start < u.span.start for v in units):
        return None  # a figure of the phrase came first: this one is another measure (a ratio, a normal)
    scope_at = text.find(parts[skip], head.span.start, head.span.end)
    scope_end = text.find(parts[skip + n - 1], scope_at, head.span.end) + len(parts[skip + n - 1])
    rest_at = text.find(rest[0], scope_end, head.span.end)
    if scope_at < 0 or rest_at < 0 or any(x.span.start < head.span.end and rest_at < x.span.end for x in ms):
        return None  # a name inside the measured rest ("전 세계 AI 시장"): that name is resolved as any other
    said = structure.speaker(ws, u.span)
    k = next((i for i, w in enumerate(ws) if w.start >= head.span.start), len(ws))
    if k > 0 and ws[k - 1].particle == "의":
        return None  # "서울의 …": the possessor owns
    for w in ws[:k]:
        if w.start < clause.start or w.inside or said is not None and said.span.start <= w.start < said.span.end:
            continue  # (the speaker's gloss in brackets, "세계기상기구(WMO)는", is the speaker)
        if w.particle in TOPIC_PARTICLES and w.hangul and w.stem not in structure.NOT_OWNERS \
                or any(x.span.start <= w.start < x.span.end and not x.possessor for x in ms):
            return None  # "대구는 …", a name standing in the clause: it owns, not the scope
    return (structure.Phrase(" ".join(parts[skip : skip + n]), Span(scope_at, scope_end), _SCOPE_HOW),
            structure.Phrase(" ".join(rest), Span(rest_at, head.span.end), head.how))


def _english_scope(text: str, head: structure.Phrase | None, m: _Matcher) -> tuple[Mention, str] | None:
    """The scope of the pack an English measured noun opens with or follows, and the rest it measures:
    "the national unemployment rate", "global average temperature", "Nationwide heat-related illnesses"
    (read only where the clause's structure gave no owner: "In Daegu, …" has its own)."""
    if head is None or not m.scopes:
        return None
    first, _, rest = head.text.partition(" ")
    if rest and _scope_key(first) in m.scopes and rest.casefold() not in ("average", "total"):
        return Mention(Span(head.span.start, head.span.start + len(first)), _english_scope_name(text, first, m), SCOPE), rest
    before = _EN_SCOPE_BEFORE.search(text, max(0, head.span.start - 16), head.span.start)
    if before is not None and _scope_key(before.group(1)) in m.scopes:
        return Mention(Span(before.start(1), before.end(1)), _english_scope_name(text, before.group(1), m), SCOPE), head.text
    return None


# The pack's scope of the whole (Korean) nation, and its own scope for an English "national" of a
# document that is not about Korea: "national" depends on which nation
_NATION_SCOPE = "전국"
OTHER_NATION_SCOPE = "national (a nation not named Korea)"
# A document about Korea: it names (South) Korea, a Korean agency (Statistics Korea, the Bank of Korea,
# the Korea Meteorological Administration: all carry the name) or a Korean city or province, or it is
# the translation of a Korean bulletin and glosses Hangul
_ABOUT_KOREA = re.compile(
    r"(?<![A-Za-z])(?:Korea|Korean|Koreans|Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Jeju|Gyeonggi"
    r"|Gangwon|Chungcheong|Chungbuk|Chungnam|Jeolla|Jeonbuk|Jeonnam|Gyeongsang|Gyeongbuk|Gyeongnam|Gimhae|Gimpo)(?![A-Za-z])"
    r"|[가-힣]")


@functools.lru_cache(maxsize=16)
def _about_korea(text: str) -> bool:
    return _ABOUT_KOREA.search(text) is not None


def _english_scope_name(text: str, word: str, m: _Matcher) -> str:
    """The scope an English scope word names: 전국 bridges to the Korean bulletins' nation only in a
    document about Korea (``_ABOUT_KOREA``), else "the national unemployment rate" of a US report is
    a scope of its own; global / worldwide are one world whatever the document."""
    name = m.scopes[_scope_key(word)]
    return name if name != _NATION_SCOPE or _about_korea(text) else OTHER_NATION_SCOPE


# How a measured phrase was read that may open with its owner's name ("김해공항 이용객은", "한결중공업 주가는")
# (not one after the figure: "106명의 폐암 환자" counts the whole compound, lung-cancer patients)
_COMPOUND_HEADS = frozenset({"topic of the clause", "object of the clause"})
# Nouns that make a group of people or things out of the name before them, no measure of it: "과기부
# 출신은 8명" are the officials from the ministry, not the ministry's origin
_TITLES = ("교수", "박사", "사장", "대표", "회장", "위원장", "위원", "실장", "팀장", "부장", "국장", "본부장", "원장", "총장",
           "소장", "감독", "선수", "의원", "장관", "이사", "연구원", "대변인", "관계자", "씨")
# a title or 씨 after the bracket says a person's age: "김은경(53) 씨", "박서준(52) 부사장"
_TITLE_AFTER = re.compile(r"\s?(?:씨|군|양|옹|[가-힣]{0,4}(?:" + "|".join(_TITLES) + r"|후보|선수|대통령|총리|군수|지사))")
_AFFILIATION = frozenset({"출신", "소속", "계열", "산", "측", "쪽", "진영", "산하", "협력사", "협력업체"})


def _compound_owner(text: str, head: structure.Phrase, ms: Sequence[Mention]) -> tuple[structure.Phrase, structure.Phrase] | None:
    """Korean writes a possessor without 의: "2025년 김해공항 이용객이 1,583만 명", "한결중공업 주가는 3만
    8,650원". When the measured phrase is a compound whose first noun is a name (``_names_itself``) and
    whose last is a noun of its own (not 수, 규모: "취업자 수" is the count of 취업자, the title's own
    measure), the first noun owns the figure and the rest is what it measures. A common noun first
    ("청년 취업자", "LNG 운반선", "국제선 이용객") owns nothing: the phrase stays the attribute."""
    if head.how not in _COMPOUND_HEADS:
        return None
    parts = head.text.split()
    skip = 0
    while skip < len(parts) and structure.is_season(parts[skip]):
        skip += 1  # "지난해 김해공항 이용객" (a time word opens the compound, names nothing)
    parts = parts[skip:]
    # "군의 식수원인 은빛저수지 저수율은", "솔뫼군 식수원인 달빛저수지 저수율은": a noun in its adnominal copula
    # form says what kind the name after it is; that name owns, not the one the copula's noun belongs to
    cut = next((i for i in range(len(parts) - 2, -1, -1) if len(parts[i]) >= 3 and parts[i].endswith("인")
                and _apposed_name(text, parts[i + 1])), None) if len(parts) >= 3 else None
    apposed = cut is not None
    parts = parts[cut + 1 :] if cut is not None else parts
    if len(parts) < 2 or not all(_HANGUL.match(c) for c in "".join(parts[1:])):
        return None
    last = parts[-1]
    if len(last) < 2 or last in structure.MEASURE_NOUNS or last in structure.NOT_OWNERS or parts[1] in _AFFILIATION \
            or last.endswith(_TITLES):
        return None  # "하이퍼클로바 위원장은": a person with a post at the name, not a measure of it
    first = parts[0]
    at = text.find(first, head.span.start, head.span.end)
    rest = text.find(parts[1], at + len(first), head.span.end) if at != -1 else -1
    if rest == -1 or any(x.span.start < head.span.end and rest < x.span.end for x in ms):
        return None  # a name inside the measured rest: that name is resolved as any other
    declared = any(x.span.start == at and x.span.end == at + len(first) for x in ms)
    if not declared and not apposed and not _names_itself(text, first) and not _place_naming_others(text, first) \
            and not _institution_of_a_place(text, first) and not _named_by_structure(text, first, at):
        return None
    return (structure.Phrase(first, Span(at, at + len(first)), "name opening the compound"),
            structure.Phrase(" ".join(parts[1:]), Span(rest, head.span.end), head.how))


def _named_by_structure(text: str, word: str, at: int) -> bool:
    """Whether the one Hangul word opening a measured compound is a name by its build alone: a company's head
    (:data:`romanize.COMPANY_HEADS`: "해솔중공업 수주액"), a transliterated company head ("소린모터스 판매량"), or a
    place (:data:`_PLACE_HEADS`)
    whose stem is no word of its own and no modifier, written as a word at another place of the text too ("서하시
    인구는" and "서하시의"): "대도시" is none when the text writes 도시 alone. A common noun ("반도체", "국내")
    has none of these builds."""
    if not all(_HANGUL.match(c) for c in word) or len(word) < 3:
        return False
    if _loan_headed(word):
        return True
    head = next((h for h in COMPANY_HEADS if word.endswith(h) and len(word) - len(h) >= 2), None)
    if head is not None:
        # a company's head after a stem the text never writes alone ("전기 요금" then "전기자동차" is a kind), on a
        # word it never writes after a bare noun ("국내 석유화학")
        return _name_stem(text, word[: -len(head)]) and not _headed_by_a_noun(text, word)
    if not word.endswith(_PLACE_HEADS) or not _name_stem(text, word[:-1]):
        return False
    # the place written again with a case particle, as a place is ("서하시의", "서하시는", "서하시에 따르면"; "유사시 대비"
    # in a title and "유사시에" are a time), and no common noun its last syllables make ("대도시": 도시 alone)
    elsewhere = (x.start() for x in re.finditer(f"(?<![가-힣]){re.escape(word)}(?:[은는이가의과와]|에서|에 따르면)(?![가-힣])", text)
                 if x.start() != at)
    return not _written_alone(text, word[-2:], ("에서", "에게", *_CASE_SYLLABLES)) and next(elsewhere, None) is not None


def _headed_by_a_noun(text: str, word: str) -> bool:
    """Whether the text writes the word after a bare noun that is no time and no determiner ("서문 해상풍력",
    "청솔 해상풍력단지"): the word is then the kind of another name, as no company's name is."""
    for x in re.finditer(f"(?<![가-힣])([가-힣]+) {re.escape(word)}", text):
        before = x.group(1)
        if before[-1] not in _CASE_SYLLABLES + "인" and before not in structure.DETERMINERS and not structure.is_season(before):
            return True
    return False


# The lines of an earnings statement (a closed class): as labels in a list ("매출 4,870억 원, 영업이익 1,254억 원")
# each names its figure's measure, where a list's other labels are parts of one whole
# An area's noun in a list after another figure of its sentence measures itself, no part of that one: "2만 3,000㎡
# 부지에 지하 1층, 지상 3층, 연면적 9,870㎡" (a building's floor area is no part of its site)
_AREA = "면적"
_ACCOUNT_ITEMS = frozenset({"매출", "매출액", "영업이익", "영업손실", "순이익", "당기순이익", "순손실", "당기순손실", "영업이익률"})


def _counted_and_done(head: structure.Phrase | None, ws: Sequence[Word], u: _Unit, units: Sequence[_Unit]) -> structure.Phrase | None:
    """A count of a noun that is the object of a verb made of a verbal noun measures what was done to the noun:
    "전기버스 1,980대를 판매해" is buses sold (전기버스 판매), not the fleet; "치어 150만 마리를 방류하고" fry
    released. A verb that only states the value ("기록했다"), one of having ("보유했다": ``structure.HAVING``) or no such
    verb leaves the counted noun. The span
    stays the counted noun's (the owner is never inside it)."""
    if head is None or head.how != "before the count":
        return head
    spans = [v.span for v in units]
    # (the first of coordinated counts takes the verb of the last: "버스 120대와 부품 3000개를 판매했다", buses sold)
    tail = structure.coordinated_tail(ws, u.span)
    verbal = structure.verbal_measure(ws, tail if tail is not None else u.span, spans)
    if verbal is None or verbal.text in head.text.split() or verbal.text in structure.HAVING:
        return head
    return structure.Phrase(f"{head.text} {verbal.text}", head.span, "before the count, object of a verbal noun")


def _verbal_measure(head: structure.Phrase, ws: Sequence[Word], u: _Unit, units: Sequence[_Unit]) -> structure.Phrase | None:
    """The verbal noun a figure read as measuring its clause's one-word topic is the object of
    (``structure.verbal_measure``: "한결중공업은 지난해 41척, 112억 달러를 수주했다" measures 수주)."""
    if head.how != "topic of the clause" or " " in head.text:
        return None
    k = next((i for i, w in enumerate(ws) if w.start == head.span.start), None)
    if k is None or k > 0 and ws[k - 1].particle == "의":
        return None  # "화물열차의 운행률은 30%를 턱걸이하고": a possessed topic is a measure, no one acting
    return structure.verbal_measure(ws, u.span, [v.span for v in units])


def _names_itself(text: str, noun: str) -> bool:
    """Whether a Hangul noun is a name in the document: the title's topic, unless the title's own figure
    measures it ("2월 취업자 32만 9천명 늘어": 취업자 is a measure, "김해공항 지난해 이용객 1583만명" names
    the airport), or written or used as a name elsewhere (quoted, glossed, listed beside others and a
    topic). Latin letters alone are no evidence here: "LNG 운반선", "AI 반도체" name a kind."""
    if not all(_HANGUL.match(c) for c in noun) or len(noun) < 2:
        return False
    title = _title_of(text)
    if title is not None and title.text == noun and _title_is_name(text, title):
        after = text[title.span.end : _first_line_end(text)].lstrip()
        return not after[:1].isdigit()
    return _written_as_name(text, noun) or _used_as_name(text, noun)


def _apposed(text: str, noun: str, before: int) -> structure.Phrase | None:
    """The name a common noun was given in apposition earlier in the text ("영화 '바다의 문'(감독 한도윤)이",
    then "이 영화의 손익분기점은"): what "이 영화" points back to. None when the text gave the noun no
    name in quotes, or two (two films: which one is not written)."""
    found = {m.group(2): m for m in _APPOSED.finditer(text, max(0, before - _APPOSED_REACH), before) if m.group(1) == noun}
    if len(found) != 1:
        return None  # (a name headed by the noun, "청솔 해상풍력단지" for "이 단지": _headed_antecedent)
    m = next(iter(found.values()))
    return structure.Phrase(m.group(2), Span(m.start(2), m.end(2)), "anaphor")


_APPOSED = re.compile(r"(?<![가-힣])([가-힣]{1,6})\s+['‘\"“「『《〈]([^'’\"”」』》〉\n]{1,30})['’\"”」』》〉]")


_POINTING_BACK = re.compile(r"(?<![가-힣])(?:이|그|해당)\s?\Z")  # "이 저수지", "그 단지", "해당 폭포"


def _headed_antecedent(text: str, noun: str, before: int) -> structure.Phrase | None:
    """The name whose head is ``noun`` that "이/그/해당 noun" points back to: the nearest sentence before that
    writes one, as a word of a stem and the noun (:func:`_headed_name`: "은빛저수지는 …" then "이 저수지의
    저수율은") or as a place's name before a word headed by the noun ("청솔 해상풍력단지가 …" then "이 단지의
    발전량"). None when that sentence names two ("은빛저수지와 솔내저수지는 …": which one is not written),
    or no sentence within an article's reach does; a name with another head is never what it points to."""
    if len(noun) < 2 or not all(_HANGUL.match(c) for c in noun):
        return None
    lo = max(0, before - _APPOSED_REACH)
    found = _headed_names(text, noun, lo, before)
    if not found:
        return None
    stop = found[-1][0]
    start = max((e.end() for e in _SENTENCE_END.finditer(text, lo, stop)), default=lo)
    last = {w for at, _, w in found if at >= start}
    if len(last) != 1:
        return None
    at, end, word = found[-1]
    return structure.Phrase(word, Span(at, end), "anaphor")


def _pointed_company(text: str, noun: str, at: int) -> structure.Phrase | None:
    """The company "이 회사", "그 기업" at ``at`` points back to (binding/pointed.py), by the binder's tests of a
    company's name and of a name of another kind."""
    if not pointed.pointer(text, noun, at):
        return None
    return pointed.company_antecedent(text, at, functools.partial(_company_named, text),
                                      functools.partial(_other_kind, text), functools.partial(_person_named, text))


def _person_named(text: str, name: str) -> bool:
    """A word of three syllables or fewer shaped as a person's name (a surname and a given name: 강민석); a word of
    four ("가온물산", "녹담음료") is a compound far more often than a name."""
    return len(name) <= 3 and _person_shaped(text, name)


def _company_named(text: str, name: str) -> bool:
    """Whether the text shows a Hangul name to be a company's: its head (한결제약), a place's stem and a trade
    (실마루방적), or a kind of company written before it ("배터리 소재 기업 루멘셀")."""
    return _company(name) or any(name.endswith(h) and len(name) - len(h) >= 2 for h in _TRADE_HEADS) \
        or _placed_trade(text, name) or pointed.kind_before(text, name)


def _other_kind(text: str, name: str) -> bool:
    """Whether a Hangul name ends in the head of a thing that is no company: a facility, an institution, an event of
    the heads' table (two syllables or more: 선, 산, 호 end too many words), a place's 시/군 (:func:`_place_stem`),
    or a kind of building or body that ends no company's name (``pointed.OTHER_ENDS``: 과학관, 수목원, 협회)."""
    return any(name.endswith(h) and len(h) >= 2 and len(name) > len(h) and row.kind not in ("company", "modifier")
               for h, row in HEADS.items()) or name.endswith(pointed.OTHER_ENDS) \
        or name.endswith(("시", "군", "구", "도", "읍", "면")) and _place_stem(text, name[:-1])


def _headed_names(text: str, noun: str, lo: int, before: int) -> list[tuple[int, int, str]]:
    """The names headed by ``noun`` the text writes between ``lo`` and ``before``, each with where it is: a word of a
    stem and the noun (:func:`_headed_name`, :func:`_headed_by`: "은빛저수지"), or a place's name before a word headed
    by the noun ("청솔 해상풍력단지")."""
    found: list[tuple[int, int, str]] = []
    named, numbered = _headed_patterns(noun)
    for m in named.finditer(text[lo:before]):
        word = m.group(2) + noun
        if m.group(1) is not None and _place_stem(text, m.group(1)):
            # "청솔 해상풍력단지가": a place's name and a noun headed by the noun, the place's facility of that kind
            found.append((lo + m.start(), lo + m.end(), f"{m.group(1)} {word}"))
        elif len(word) > len(noun) + 1 and (_headed_name(text, word) == noun or _headed_by(text, word, noun)):
            found.append((lo + m.start(2), lo + m.end(), word))
    # "제3공장", "제2터미널": a numbered designation and the noun, one particular thing of the kind
    for m in numbered.finditer(text[lo:before]):
        found.append((lo + m.start(), lo + m.start() + len(m.group()), m.group()))
    found.sort()
    return found


@functools.lru_cache(maxsize=4096)
def _headed_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:func:`_headed_names`' two patterns for one head noun, compiled once per noun: the same heads (공장, 동물원, 대회)
    are asked about in document after document, and a pattern over the Hangul range costs about a millisecond to
    compile — more than re's own cache of 512 patterns, shared with every other module, kept."""
    return (re.compile(f"(?<![가-힣])(?:([가-힣]{{2,4}}) )?([가-힣]{{0,8}}){re.escape(noun)}(?=[가-힣]{{0,3}}(?![가-힣]))"),
            re.compile(f"(?<![가-힣0-9])제[0-9]{{1,2}}{re.escape(noun)}(?=[가-힣]{{0,3}}(?![가-힣]))"))


# A place's one-syllable head (시, 군, 구, 도) after a stem of two to four syllables, as a word of its own
_PLACE_NAMED = {h: re.compile(f"(?<![가-힣])([가-힣]{{2,4}}){h}(?=[은는이가의에를을와과도로]?(?![가-힣])|에서|으로)")
                for h in ("시", "군", "구", "도")}


def _only_headed(text: str, noun: str, before: int) -> structure.Phrase | None:
    """The one name of the kind ``noun`` heads that the document writes before ``before``, which a bare head as the
    topic or subject stands for ("소하 그란폰도 대회가 …" then "대회는 올해 …"; "청주시는 …" then "시는 …"; "누리벌
    아쿠아센터가 …" then "센터는 …"): a name headed by the noun (:func:`_headed_names`), or for a place's head of one
    syllable a place by its structure (:func:`_place_naming_others`: a stem the text also opens other words with).
    None when the document names two of the kind (which one is not written) or none: a bare head then is the kind."""
    if len(noun) == 1 and noun in _PLACE_NAMED:
        found = [(m.start(), m.end(), m.group()) for m in _PLACE_NAMED[noun].finditer(text, 0, before)
                 if _place_naming_others(text, m.group(), (noun,))]
    elif len(noun) >= 2 and all(_HANGUL.match(c) for c in noun):
        found = _headed_names(text, noun, 0, before)
    else:
        return None
    # ("벌담 별누리천문대" and "별누리천문대" are one: a place's name as a word of its own before it; "북서울시립미술관" and
    # "서울시립미술관" are two, one name glued into another)
    names = {w.split(" ")[-1] for _, _, w in found}
    if len(names) != 1:
        return None
    (name,) = names
    at, end, word = next(x for x in reversed(found) if x[2] == name) if any(x[2] == name for x in found) else found[-1]
    return structure.Phrase(word, Span(at, end), _BARE_HEAD)


_BARE_HEAD = "bare head of a name given before"


def _bare_possessor(text: str, found: structure.Phrase, ws: Sequence[Word], sentence: Span) -> structure.Phrase | None:
    """The one name a Korean possessor that is a generic head alone stands for ("동물원의" after
    "여림숲동물원"; :func:`commonheads.bare`, :func:`_only_headed`), or None: a name itself, a modified noun, a head of
    no name or of two."""
    if " " in found.text or not commonheads.bare(ws, found.span, sentence) or _name_like(text, found.text) \
            or _headed_name(text, found.text) is not None or commonheads.generic_scope(ws, sentence):
        return None
    named = _only_headed(text, found.text, sentence.start)
    source = commonheads.source(ws, found.span)
    if named is not None and source is not None and source not in named.text and source not in _PLACE_NAMED \
            and _only_headed(text, source, sentence.start) is None:
        # "환경부 집계에 따르면 동물원의 연간 관람객은": a named party other than the name states it, not a head alone
        # that stands for a party of the page ("시 집계에 따르면": the city, 여림시): a statement about zoos, not about
        # 여림숲동물원
        return None
    return named
# The measured noun read from the figure's own noun phrase or its clause's verb ("크루즈 관광객 12만 명을", "1,200억
# 원을 배정하고"): only with these does a bare head own (a weaker link than a name). A measured noun that is itself its
# clause's topic or subject ("은빛저수지 저수율이 20% 아래로", "목표는 80만 명이다") leaves the bare head outside that
# clause, a forecaster or a relative clause's subject; one that is the verb's object ("군은 … 방문객 목표를 70만 명으로
# 잡았다") makes the head an agent acting on what may be another's (as ``discourse.korean_bare_subject`` reads it)
_BARE_HEAD_MEASURES = frozenset({"before the count", "verbal noun of the clause", "before the figure it is measured by"})


def _bare_head_owner(text: str, found: structure.Phrase, head: structure.Phrase | None, ws: Sequence[Word],
                     sentence: Span, figure: Span) -> structure.Phrase | None:
    """The name a bare generic head as the figure's topic or subject stands for ("대회는 올해 …", "시는 …";
    :func:`discourse.korean_bare_head`, :func:`_only_headed`), when the measured noun is read from the figure's own
    phrase (:data:`_BARE_HEAD_MEASURES`, or the noun right after a count of 개: "군은 … 3개 면에") and opens with no name or head of a name of its own ("군은 … 축제 방문객
    목표를": the festival's); None when the head is the subject of a relative clause ("군이 내건 목표는") or a speaker
    ("공사는 … N이라고 설명했다")."""
    counted = head is not None and head.how == "after the figure" and " " not in head.text \
        and text[figure.end - 1 : figure.end] == "개"  # "3개 면에": the noun a count of 개 counts
    if found.how not in _BY_ROLE or head is None or not (head.how in _BARE_HEAD_MEASURES or counted) \
            or not discourse.korean_bare_head(ws, found.span, sentence):
        return None
    first = head.text.split()[0]
    if len(head.text.split()) > 1 and (_name_like(text, first) or _only_headed(text, first, sentence.start) is not None
                                       or first in HEADS or _headed_name(text, first) is not None
                                       or _kind_headed(text, first)):
        return None  # ("군은 … 은빛저수지 저수율이 …", "축제 방문객 목표를": the measured noun's own owner)
    k = next(i for i, w in enumerate(ws) if w.start == found.span.start)
    if k + 1 < len(ws) and structure.adnominal_form(ws[k + 1].text) and not ws[k + 1].particle \
            and not structure.has_digit(ws[k + 1].text) and not discourse.time_word(ws[k + 1].stem):
        return None  # "군이 내건 관광객 목표": the subject of a clause describing the measured noun
    verb = next((w for w in ws if w.start >= figure.end and w.predicate), None)
    if verb is not None and structure.speaks(verb.text):
        return None  # "공사는 … 최종 집계는 1,583만 명이라고 설명했다": the head says the figure
    return _only_headed(text, found.text, sentence.start)


def _headed_by(text: str, word: str, noun: str) -> bool:
    """Whether a one-word Hangul name ends in ``noun`` after a stem that opens a name (:func:`_name_stem`), read at
    any cut: "단월산국립공원" is headed by 공원 (단월 opens it) as well as by 산국립공원, which :func:`_headed_name`
    gives first when another name of the kind stands in the text (청봉산국립공원)."""
    if not word.endswith(noun):
        return False
    return any(_name_stem(text, word[:cut]) for cut in range(2, len(word) - len(noun) + 1))


def _apposed_name(text: str, word: str) -> bool:
    """Whether a Hangul word after a noun in its adnominal copula form ("식수원인 은빛저수지") is a name by its
    structure: the apposition says what kind it is, and the word is a stem the text never writes alone and a
    head, as :func:`_headed_name` reads them (with no need to see the head elsewhere: "연구 대상인 환자", one noun,
    and "규모인 대형마트", a modifier's stem, are none)."""
    if _headed_name(text, word) is not None or all(_HANGUL.match(c) for c in word) and any(
            _name_stem(text, word[:cut]) for cut in range(2, len(word) - 1)):
        return True
    # "식수원인 금빛댐": a stem and a kind of one syllable the text writes as a word of its own ("댐 수위"), when
    # the text never points back to the word as to a common noun ("이 저수지"); not "외국인 관광객" (객 is no word)
    return len(word) >= 3 and all(_HANGUL.match(c) for c in word) and _name_stem(text, word[:-1]) \
        and re.search(f"(?<!\\S){re.escape(word[-1])}(?:[{_CASE_SYLLABLES}]|에서)?(?![가-힣])", text) is not None \
        and re.search(f"(?<![가-힣])(?:이|그|해당|각|같은)\\s+{re.escape(word)}", text) is None


# The generic heads of names (factlint/heads.py) a one-word name ends in: two syllables or more, no modifier
_KIND_HEADS = tuple(sorted((h for h, row in HEADS.items() if len(h) >= 2 and row.kind != "modifier"), key=len, reverse=True))


def _kind_headed(text: str, word: str) -> bool:
    """Whether a one-word Hangul noun is a distinctive part and a generic head of names ("누리벌" + 신도시, "가온" +
    발전소, "서하" + 대교): a part of two syllables or more the text never writes alone, no modifier of a kind. A
    kind of the head ("양수발전소", "물류센터") passes too: read only where a topic would be taken for what its
    clause's figure measures, which neither a name nor a kind of facility is."""
    if not all(_HANGUL.match(c) for c in word):
        return False
    head = next((h for h in _KIND_HEADS if word.endswith(h) and len(word) - len(h) >= 2), None)
    return head is not None and _name_stem(text, word[: -len(head)])


def _name_stem(text: str, stem: str) -> bool:
    """A stem that can open a name: no modifier of a kind, no place relative to the writer, no determiner, and
    never written by the text as a word of its own."""
    return not (stem[-1] in _MODIFIER_ENDS or stem in _RELATIVE_PLACES or stem in structure.DETERMINERS) \
        and not _written_alone(text, stem, _STEM_PARTICLES)


# what may follow a stem or a head written as a word of its own ("저수지의", "은빛에서"), for :func:`_written_alone`
_STEM_PARTICLES = ("에서", "에게", *"은는이가을를의에로과와도")
_HANGUL_RUN = re.compile(r"[가-힣]+")
_HANGUL_WORDS: list[tuple[str, frozenset[str]]] = [("", frozenset())]


def _hangul_words(text: str) -> frozenset[str]:
    """The document's maximal runs of Hangul syllables, read once per document (the last one asked about, by
    identity, as :func:`_per_document` keeps its memo): the words :func:`_headed_name` looks a head up in, where a
    pattern built for each stem and head cost a regex compile of two Hangul classes each time (half of binding's
    time once bare possessors asked about every '…의'; :func:`_written_alone` is the same cure, session 13)."""
    current, words = _HANGUL_WORDS[0]
    if current is not text:
        words = frozenset(_HANGUL_RUN.findall(text))
        _HANGUL_WORDS[0] = (text, words)
    return words


@_per_document
def _headed_name(text: str, word: str) -> str | None:
    """The head of a one-word Hangul name built as a stem and a common noun ("은빛저수지": 은빛 and 저수지, "솔내저수지"),
    or None: a head of two syllables or more that the text writes as a word of its own ("이 저수지의") or after
    another stem, after a stem of two syllables or more that the text never writes alone and that is no
    modifier of a kind (대형, 농업용, 세계적, 중형급: a size, a use, a manner), nor a place relative to the writer
    (국내, 인근). "지역주민" (지역 is written alone) and "대형마트" are common nouns."""
    if not all(_HANGUL.match(c) for c in word):
        return None
    for cut in range(2, len(word) - 1):
        stem, head = word[:cut], word[cut:]
        if not _name_stem(text, stem):
            continue  # a modifier, or a word of its own: "지역 주민", "해상풍력 사업" — a compound of two common nouns
        # the head as a word of its own ("이 저수지의"), or after another stem of two to eight syllables (a word
        # ending in the head that does not open with this stem)
        if _written_alone(text, head, _STEM_PARTICLES) or any(
                w.endswith(head) and 2 <= len(w) - len(head) <= 8 and not w.startswith(stem) for w in _hangul_words(text)):
            return head
    return None


_MODIFIER_ENDS = frozenset("형용적급")  # 대형, 농업용, 세계적, 중형급: a stem that says what kind, no name
_APPOSED_REACH = 3000  # characters before the sentence: an article's worth


# Owners read from the role of a word in its clause (not from a possessive "X의 Y")
_BY_ROLE = frozenset({"topic of the clause", "topic of the sentence", "described by the figure"})
# A person named by surname and honorific or by name and title: "김씨", "권태준 교수", "최연혜 사장"
# A word naming an institution: "로체스터대 컴퓨터학과 연구팀" is a team someone can identify
_INSTITUTION_BEFORE = re.compile(r"[가-힣](?:대학교?|대학원|연구소|연구원|병원|학과|학부|기관|센터)\s+(?:[가-힣]+\s+)?\Z")
# (a surname before 씨: "날씨", "솜씨" are words)
_PERSON = re.compile("(?:^[" + "".join(sorted(SURNAMES)) + r"]씨|\S\s(?:씨|교수|박사|사장|대표|회장|대통령|총리|장관|의원|위원장|원장|총장|소장|감독|선수))$")


@_per_document
def _name_like(text: str, name: str) -> bool:
    """Whether an owner found in a Korean clause is a name: the title's topic, or written as a name
    somewhere in the document (``_written_as_name``). A common noun (기술, 의향, 현금, 연구진) is not."""
    return _name_like_by_use(text, name) or _dated_into_being(text, name)


def _named_only_by_founding(text: str, name: str) -> bool:
    """A name ``_name_like`` knows only from its founding clause (``_dated_into_being``): a weaker link, whose claims
    carry the document's place (binding/softplace.py)."""
    return _dated_into_being(text, name) and not _name_like_by_use(text, name)


@_per_document
def _name_like_by_use(text: str, name: str) -> bool:
    """``_name_like`` but for a founding clause."""
    title = _title_of(text)
    return title is not None and title.text == name and _title_is_name(text, title) or _written_as_name(text, name) \
        or _used_as_name(text, name) or _place_naming_others(text, name) or _loan_headed(name) \
        or name in short_forms(text) or " " in name and _institution_of_a_place(text, name) or _placed_loan(text, name) \
        or _placed_kind(text, name) or _tail_of_placed_name(text, name) or _placed_trade(text, name)


def _tail_of_placed_name(text: str, name: str) -> bool:
    """A one-word Hangul name by its structure and its use: the text writes it as the tail of a longer name, a
    place's stem and a loanword (:func:`_placed_loan`: "프로배구 여자부 하람 블루호크스가"), and then makes it alone the
    topic or subject of clauses ("블루호크스는 …", at least :data:`_TAIL_USES` times) and never as a common noun is
    (possessed, "구단의 X"; after a determiner, "이 X"): the club's short form. A relative clause before it ("5위에
    그쳤던 블루호크스는") describes names as often as common nouns and says nothing. A common noun that recurs as a
    topic ("공장은", "시는") is never the loanword tail of a placed name, so it stays one."""
    if len(name) < 3 or name[-1] not in _ALONE or not all("가" <= c <= "힣" for c in name):
        return False
    uses = _bare_uses(text, name)
    if uses is None:
        return False
    placed = alone = 0
    for at, stem in uses:
        if stem and _placed_loan(text, f"{stem} {name}"):
            placed += 1
        elif text[at + len(name) : at + len(name) + 1] in _TOPIC_OR_SUBJECT \
                and not _HANGUL.match(text[at + len(name) + 1 : at + len(name) + 2] or " "):
            alone += 1
    return placed > 0 and alone >= _TAIL_USES


def _bare_uses(text: str, name: str) -> list[tuple[int, str]] | None:
    """Where the text writes a Hangul word as a word of its own (its first places only), each with the word right
    before it; None when one of them is possessed ("구단의 X") or after a determiner ("이 X"): a common noun."""
    out: list[tuple[int, str]] = []
    for at in itertools.islice(_places(text, name), _NAME_PLACES):
        if at > 0 and _HANGUL.match(text[at - 1]):
            continue
        before = text[max(0, at - _KO_STEM_LOOK) : at]
        last = before.split()[-1] if before[-1:] == " " and before.strip() else ""
        if last.endswith("의") or last in structure.DETERMINERS or last in _POINTERS:
            return None
        out.append((at, last))
    return out


def _dated_into_being(text: str, name: str) -> bool:
    """A one-word Hangul compound (four syllables or more: a stem and its kind, 소리마루 + 홀) that the text introduces
    by the dated event of its own coming into being, in a relative clause right before it ("2024년 10월 문을 연
    소리마루홀은", "2019년 창단한 블루호크스는", "2021년 준공된 가온댐은"): a thing with a founding date of its own is
    one particular thing, named. A bare kind ("도서관", "공장", "회사": three syllables or fewer) stays a common
    noun; so does a word the text also writes after a determiner or a possessor ("이 X", "구단의 X")."""
    if len(name) < 4 or not all("가" <= c <= "힣" for c in name):
        return False
    uses = _bare_uses(text, name)
    return uses is not None and any(_INTO_BEING_BEFORE.search(text, max(0, at - _INTO_BEING_LOOK), at) for at, _ in uses)


# A relative clause of a year and a verb of coming into being, right before a noun ("2024년 10월 문을 연 ", "2019년
# 창단한 "): the year within a short reach of the verb, no clause boundary between
_INTO_BEING_BEFORE = re.compile(INTO_BEING + r"\s\Z")
_INTO_BEING_LOOK = 40


_KO_STEM_LOOK = 9  # the word before: a place's stem of up to eight syllables and the space after it
_TAIL_USES = 2
_TOPIC_OR_SUBJECT = frozenset("은는이가")
_POINTERS = frozenset({"이", "그", "저", "해당", "같은", "각", "모든"})


def _placed_kind(text: str, name: str) -> bool:
    """A one-word name by its structure: the stem of a place the text names (:func:`_place_stem`: 단월 of 단월군) and
    a noun of two syllables or more the text also writes alone as a kind ("단월터널" and "터널이 뚫리면"): that
    place's one thing of the kind. Not an office or the people of the place ("단월군민", "단월군청": the rest opens
    with the place's own head)."""
    if not all(_HANGUL.match(c) for c in name):
        return False
    for cut in range(2, len(name) - 1):
        head = name[cut:]
        if head[0] in "시군구도읍면동" or not _place_stem(text, name[:cut]):
            continue
        if _written_alone(text, head):
            return True
    return False


# The heads of a company's name that say its trade (factlint/heads.py, kind "company", two syllables or more: 방적, 해운,
# 중공업, 식품 …), the longest first
_TRADE_HEADS = tuple(sorted((h for h, row in HEADS.items() if row.kind == "company" and len(h) >= 2), key=len, reverse=True))


def _placed_trade(text: str, name: str) -> bool:
    """A one-word company name by its structure: the stem of a place the text names (:func:`_place_stem`: 실마루 of
    실마루시, 소하 of 소하군) and a trade ("실마루방적", "소하해운", "서하제약"), or a company's name the text also writes
    short, its stem alone as the topic or subject of a clause (``short_forms``: "한빛중공업" and "한빛의 수주잔고").
    Not a trade alone ("방적은"), nor a place and an industry in two words or with another head ("소하 수산업은",
    "실마루 방적업": 업 is no trade of the table), nor a stem that is no place ("지역건설", "대형건설"), nor where the text
    writes the trade as a word of its own, a field ("서울관광이 살아났다 … 관광 수요가"): the place's trade, not a firm."""
    if not all(_HANGUL.match(c) for c in name):
        return False
    head = next((h for h in _TRADE_HEADS if name.endswith(h) and len(name) - len(h) >= 2), None)
    if head is None or _written_alone(text, head):
        return False  # ("서울관광이 회복세다" where the text writes "관광 수요": the place's trade as a field)
    return _place_stem(text, name[: -len(head)])


def _written_alone(text: str, word: str, particles: Sequence[str] = ()) -> bool:
    """Whether the text writes a Hangul word as a word of its own, bare or with one of ``particles`` (by default
    :data:`_ALONE_PARTICLES`: "터널이", "단월군에서"). A scan with ``str.find``, not a pattern built per word: compiling a pattern over the Hangul range
    for each candidate stem cost more than binding the rest of the article (session 13)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if at == 0 or not ("가" <= text[at - 1] <= "힣"):
            rest = text[end:end + 3]
            if not rest or not ("가" <= rest[0] <= "힣"):
                return True
            for particle in particles or _ALONE_PARTICLES:
                if rest.startswith(particle) and not ("가" <= rest[len(particle):len(particle) + 1] <= "힣"):
                    return True
        at = text.find(word, at + 1)
    return False


def _loan_headed(name: str) -> bool:
    """A Hangul word ending in a transliterated company head (:data:`romanize.LOAN_HEADS`: 모터스, 엔터테인먼트 …)
    after a part of two syllables or more: a company's name by its structure ("소린모터스")."""
    return any(name.endswith(h) and len(name) - len(h) >= 2 for h in LOAN_HEADS) and all("가" <= c <= "힣" for c in name)


def _placed_loan(text: str, name: str) -> bool:
    """A name of two Hangul words by its structure: a place's name (its stem, as the text writes it for a place by
    :func:`_place_naming_others`: 청솔 of 청솔군) and a transliterated word of three syllables or more, ending in a
    consonant written alone with ㅡ as only loanwords are ("청솔 유나이티드", "서하 타이거즈", "누리 아이파크"): a
    club's or a brand's name. A common noun after the place ("청솔 앞바다", "청솔 버스") is none."""
    parts = name.split()
    if len(parts) != 2 or len(parts[1]) < 3 or parts[1][-1] not in _ALONE or not all(_HANGUL.match(c) for c in "".join(parts)):
        return False
    return _place_stem(text, parts[0])


def _place_stem(text: str, stem: str) -> bool:
    """Whether a Hangul word is the stem of a place the text names (청솔 of 청솔군: the place written as a word of its
    own, and a place by :func:`_place_naming_others`)."""
    return any(_written_alone(text, stem + h) and _place_naming_others(text, stem + h) for h in _PLACE_HEADS)


# A consonant written alone in a loanword, with the vowel ㅡ and no final: 드, 트, 스, 크, 프, 즈, 브, 그, 츠
_ALONE = frozenset("드트스크프즈브그츠")


# The heads of a Korean place name (청솔시, 청솔군) that no common noun of a stem of two syllables or more
# takes as often as 도 (해상도, 만족도) and 구 (선거구, 지역구) do
_PLACE_HEADS = ("시", "군")


def _place_naming_others(text: str, name: str, heads: tuple[str, ...] = _PLACE_HEADS) -> bool:
    """Whether a Hangul word is a place by its structure: a stem of two syllables or more and an
    administrative head (청솔시, 청솔군), whose stem the text also writes as the first part of another
    word or alone (청솔국제공항, 청솔 조선소, 청솔군수, "(평창, 베이징)"): a place whose name names what is in
    it. A common noun with such a head (대도시, 신도시) has no stem the text uses by itself. Its first
    places only, as ``_written_as_name``."""
    stem = name[:-1]
    if not name.endswith(heads) or len(stem) < 2 or not all("가" <= c <= "힣" for c in name):
        return False
    for at in itertools.islice(_places(text, stem), _NAME_PLACES):
        end = at + len(stem)
        word_end = end
        while word_end < len(text) and _HANGUL.match(text[word_end]):
            word_end += 1
        if (at == 0 or not _HANGUL.match(text[at - 1])) and _analyse(text[at:word_end])[0] != name:
            return True  # the stem opens a word that is not the name itself (with a particle)
    return False


# The heads of a Korean name that are no place's (공항, 박물관, 대학교, 병원 …): what a place's institution ends in
_INSTITUTION_HEADS = tuple(sorted((h for h in SUFFIXES if h not in _PLACE_HEADS + ("구", "도", "항")), key=len, reverse=True))


def _institution_of_a_place(text: str, name: str) -> bool:
    """Whether a Hangul word is an institution of a place the text names, by its structure: a stem that is
    the place's (서하 of 서하시, a place by :func:`_place_naming_others`), more syllables and an institution's
    head ("서하자연사박물관", "청솔국제공항", "서하대학교"). A common noun ("자연사박물관") opens with no place."""
    head = next((h for h in _INSTITUTION_HEADS if name.endswith(h)), None)
    compact = name.replace(" ", "")  # "청솔 해상풍력단지": the place's stem as a word of its own
    if head is None or not all("가" <= c <= "힣" for c in compact) or name.count(" ") > 1:
        return False
    body = compact[: -len(head)]
    places = (body[:n] + h for n in range(2, len(body) + 1) for h in _PLACE_HEADS)
    # the place written as a word of its own ("서하시", "서하시는"), and a place by its structure
    return any(_written_as_word(text, p) and _place_naming_others(text, p) for p in places)


_WORD_PARTICLES = frozenset("은는이가의을를에도")


def _written_as_word(text: str, word: str) -> bool:
    """Whether ``word`` (Hangul) is written in ``text`` followed by one of 은는이가의을를에도 or by no
    syllable: what ``re.search(re.escape(word) + "(?:[은는이가의을를에도]|(?![가-힣]))", text)`` asks,
    by ``str.find`` (the pattern was compiled once per place and document, past ``re``'s cache)."""
    at = text.find(word)
    while at != -1:
        after = text[at + len(word) : at + len(word) + 1]
        if not after or after in _WORD_PARTICLES or not "가" <= after <= "힣":
            return True
        at = text.find(word, at + 1)
    return False


def _used_as_name(text: str, name: str) -> bool:
    """Whether a one-word Hangul owner is used the way names are in the document: named in a list of
    things beside others ("국토교통부, 코레일, 철도노조", "A·B"; a possessor, 노래의, is no evidence:
    common nouns own as often), and as the topic or subject of a clause, and never the way an attribute or a common
    noun is: possessed ("S8의 속도"), described by an adnominal clause ("새로운 기술"), or measured by
    the figure right after it ("비율은 5%"). Read at its first places only, as ``_written_as_name``."""
    uses = _name_uses(text, name, 0)
    return uses is not None and uses[0] and uses[1]


@lru_cache(maxsize=8)  # asked for each figure the title may own; the tests below read the whole body
def _title_is_name(text: str, topic: structure.Phrase) -> bool:
    """Whether the topic of a title may own the article's figures. A title that is all one noun phrase
    (``how`` "title": "충청북도", "삼성 갤럭시 S8"), a compound, or a word written as a name
    (``_written_as_name``) does; a headline's one Hangul word does unless its structure makes it no
    name: a noun relative to the writer ("국내", "해외", "전국": where, not who), a field or industry
    ("조선업", "학계": head -업/-계) the body never makes the topic or subject of a clause, or an office
    built on a name of the body ("해운시장" over "해운시": the mayoralty, whose figures are its
    candidates'). Places and bodies the body only locates things in ("대한민국에서", "충북에서") keep it."""
    name = topic.text
    if topic.how == "title" or " " in name or _written_as_name(text, name):
        return True
    if name in _RELATIVE_PLACES:
        return False
    body = _first_line_end(text)
    if topic.how == structure.TITLE_NOUN:
        # "재난 대비 계획", "도시 점검" over a body that never writes 재난 or 도시 as a thing of its own: a
        # word of the page's subject, no one's name; "천안함 침몰" over "천안함이 …", "천안함의 …" is the
        # ship, "청주공항 상반기 이용객" over "청주공항, 무안공항, 양양공항이" one airport of a list
        uses = _name_uses(text, name, body)
        return _referred_to(text, name, body) or uses is not None and (uses[0] or uses[1]) \
            or _title_compound_stated(text, topic) \
            or _title_measure_headed(text, topic)
    if name.endswith(_FIELD_HEADS) and len(name) > 2:
        uses = _name_uses(text, name, body)
        return uses is not None and uses[1]
    for office in _OFFICE_HEADS:
        base = name[: -len(office)]
        if name.endswith(office) and len(base) >= 2 and re.search(f"(?<![가-힣]){re.escape(base)}(?:[은는이가의도]|\\s)", text[body:]):
            return False
    return True


def _title_compound_stated(text: str, topic: structure.Phrase) -> bool:
    """Whether the body makes the title's opening compound (its first noun and the noun after it, as the
    title writes them) the topic or subject of a clause: "통영시 인구" over "통영시 인구는 12만 4,900명이다"
    names the city's population, and the body states it; not "재난 대비 계획" over "재난 대응 인력은"."""
    line = _title_line(text)
    after = _TITLE_NOUN.match(line, topic.span.end)
    if after is None:
        return False
    compound = f"{topic.text} {after.group(1)}"
    return next(_topic_ends(text, compound, len(line)), None) is not None


def _title_measure_headed(text: str, topic: structure.Phrase) -> bool:
    """Whether the title's second noun is what one of the page's headings measures ("# 한라랜드 방문객 동향" over
    "## 2024년 월별 방문객 (만 명)"): a page of tables about the title's first noun, which the body never writes
    again. A heading is a Markdown line opening with two to six #."""
    line = _title_line(text)
    after = _TITLE_NOUN.match(line, topic.span.end)
    if after is None:
        return False
    noun = after.group(1)
    return any(noun in heading for heading in re.findall(r"(?m)^#{2,6}\s+(.+)$", text[len(line):]))


# The particles a thing takes when the text speaks of it: its subject, topic, possessor, place or partner
_REFERRING = frozenset({"이", "가", "은", "는", "의", "에", "에서", "에는", "에서는", "께서", "와", "과", "로", "으로", "을", "를"})


def _referred_to(text: str, name: str, start: int) -> bool:
    """Whether the text from ``start`` writes a Hangul noun as a word of its own with a particle of a
    thing spoken of ("천안함이 …", "대한민국의 전기료"), not only bare before another noun ("재난 대응 인력",
    a modifier) nor inside a longer word. Its first places only, as ``_written_as_name``."""
    for at in itertools.islice(_places(text, name, start), _NAME_PLACES):
        if at > 0 and _HANGUL.match(text[at - 1]):
            continue
        end = at + len(name)
        while end < len(text) and _HANGUL.match(text[end]):
            end += 1
        stem, particle, predicate, _ = _analyse(text[at:end])
        if stem == name and not predicate and particle in _REFERRING:
            return True
    return False


@lru_cache(maxsize=8)
def _lead_subject(text: str) -> structure.Phrase | None:
    """The subject or topic of the body's first sentence when it is written as a company's name
    (``_short_named``): the first word of its first clause with a particle of subject or topic."""
    start, end = _lead(text)
    stop = text.find(".", start, end)
    for word in re.finditer(r"\S+", text[start : stop if stop != -1 else end]):
        stem, particle, predicate, _ = _analyse(word.group())
        if particle in ("이", "가", "은", "는") and not predicate:
            at = start + word.start()
            return structure.Phrase(stem, Span(at, at + len(stem)), "lead subject") if _short_named(text, stem) else None
        if word.group().endswith((",", "다")):
            return None  # the first clause ended with no subject
    return None


_LEAD_TOPIC = "topic of the lead"
_BRACKET_OPENING = re.compile(r"\s*\[[^\]\n]{1,40}\]\s*")  # "[담라=남도일보] ", a dateline in brackets
_QUOTATION = re.compile(r"[\"“”「」]")


@lru_cache(maxsize=8)
def _carried_topic(text: str) -> tuple[structure.Phrase, int, int] | None:
    """The topic of a press release's lead and the stretch of the body it owns: "담라도는 2024년 8월 …
    증가했다고 12일 밝혔다." opens the body with the name the release is about (its first word, topic or
    subject, or the possessor the title names: "해운국제공항의 지난해 이용객이"); the sentences after it
    that have no owner of their own state its figures ("외국인 관광객 비중은 15.8%로", each line a
    paragraph of its own). The stretch ends where the body turns to someone else (``_turns_away``). None
    when the first word is no name by the document's evidence ("연구진은 …": a common noun carries nothing)."""
    start, _ = _lead(text)
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return None
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    opening = _BRACKET_OPENING.match(text, start)
    at = opening.end() if opening else start
    while at < line_end and text[at].isspace():
        at += 1
    first = re.match(r"\S+", text[at:line_end])
    if first is None:
        return None
    stem, particle, predicate, _ = _analyse(first.group().rstrip(",."))
    title = _title_of(text)
    titled = title is not None and title.text == stem and _title_is_name(text, title)
    if predicate or not (particle in ("은", "는", "이", "가") or particle == "의" and titled) \
            or stem in structure.NOT_OWNERS or not (titled or _name_like(text, stem) or _short_named(text, stem)):
        return None
    first_sentence = segment.sentences(text[at:line_end], at)
    end = first_sentence[0].end if first_sentence else line_end
    if not titled and not (particle in ("은", "는") and any(w.predicate and structure.speaks(w.text) for w in words(text[at:end], at))):
        # what carries is the release's own topic: the title's name, or a topic that tells the lead
        # ("담라도는 … 밝혔다"); a column's first subject ("한빛중공업이 … 수주했다") or an event the lead is about
        # ("장마는 … 시작해 … 끝났으며") is the lead's, not every later paragraph's
        return None
    lead = structure.Phrase(stem, Span(at, at + len(stem)), _LEAD_TOPIC)
    for line in re.finditer(r"[^\n]+", text[end:]):
        for sent in segment.sentences(line.group(), end + line.start()):
            if _turns_away(text, text[sent.start : sent.end], stem):
                return lead, start, sent.start
    return lead, start, len(text)


def _turns_away(text: str, sentence: str, lead: str) -> bool:
    """Whether a sentence ends what a lead's topic owns: another story (한편), a quotation (what someone
    says is the speaker's, not the release's fact), or a clause opened by another actor: a name by the
    document's evidence, a company by its head (누리전자는), or the speaker of the sentence ("해솔군은 …
    유치했다고 밝혔다"), other than the lead's own name or its head ("도는 이를 통해": the province)."""
    if sentence.startswith("한편") or _QUOTATION.search(sentence):
        return True
    first_clause = sentence.split(",", 1)[0]
    ws = [w for w in words(first_clause, 0) if w.hangul]
    for w in ws[:3]:
        if w.predicate or w.role not in ("topic", "subject") or w.particle == "도":
            continue
        stem = w.stem
        if stem == lead or lead.endswith(stem) or len(stem) < 2 or stem in structure.NOT_OWNERS:
            return False
        speaks = any(v.predicate and structure.speaks(v.text) for v in words(sentence, 0) if v.start > w.start)
        return speaks or _name_like(text, stem) or _short_named(text, stem) or _company(stem)
    return False


def _company(name: str) -> bool:
    """A Hangul noun ending in a company's head (누리전자, 해솔중공업) after a part of two syllables or more."""
    return any(len(suffix) >= 2 and name.endswith(suffix) and len(name) - len(suffix) >= 2 for suffix in SUFFIXES) \
        and all("가" <= c <= "힣" for c in name)


def _short_named(text: str, name: str) -> bool:
    """Whether a Hangul word is a company's or an institution's name the text also shortens: a head
    that ends names (:data:`romanize.SUFFIXES`: 중공업, 전자, 은행 …) after a part of two syllables or more
    that the text uses alone as an owner or actor ("한빛중공업" … "한빛이 따낸", "한빛의 수주잔고"). A
    common noun with such a head ("민간항공") is not shortened that way ("민간 항공사")."""
    for suffix in SUFFIXES:
        base = name[: -len(suffix)]
        if len(suffix) >= 2 and name.endswith(suffix) and len(base) >= 2 and all("가" <= c <= "힣" for c in base):
            return any(_SHORT_USE.match(text, at + len(base)) and (at == 0 or not _HANGUL.match(text[at - 1]))
                       for at in _places(text, base))
    return False


_SHORT_USE = re.compile("[이가은는의](?![가-힣])")  # the short name with a particle of an owner or actor


# Nouns of place relative to the writer: where a figure was counted, never whose
_RELATIVE_PLACES = frozenset({"국내", "해외", "국외", "전국", "현지", "역내", "역외"})
_FIELD_HEADS = ("업", "계")  # 조선업, 제조업, 학계, 재계: a field or an industry
_OFFICE_HEADS = ("장", "수", "지사", "의원")  # 해운시장, 청솔군수, 경남도지사: an office of a place named in the body


@lru_cache(maxsize=64)  # asked once per figure of a clause with that topic; the text's hash is cached by str
def _name_uses(text: str, name: str, start: int) -> tuple[bool, bool] | None:
    """How a one-word Hangul noun is used from ``start`` on (its first places only): whether it is listed
    beside other names and whether it is the topic or subject of a clause; None when it is used as a
    common noun or an attribute somewhere (possessed, described, measured by the figure after it,
    defined), or is no Hangul word of two syllables or more."""
    if len(name) < 2 or not all("가" <= c <= "힣" for c in name):
        return None
    listed = role = False
    for at in itertools.islice(_places(text, name, start), _NAME_PLACES):
        end = at + len(name)
        if at > 0 and _HANGUL.match(text[at - 1]):
            continue  # inside a longer word
        word_end = end
        while word_end < len(text) and _HANGUL.match(text[word_end]):
            word_end += 1
        if _DEFINED.match(text, end):
            return None  # "…가리는 현상은 개기일식이라 한다": a term the text defines
        stem, particle, predicate, _ = _analyse(text[at:word_end])
        if stem == name and not predicate:
            before = text[max(0, at - _LOOK_BEFORE) : at]
            last = before.split()[-1] if before.strip() and before[-1:] in " \t" else ""
            if last.endswith("의") or _describes(last):
                return None  # "갤럭시 S8의 속도", "새로운 기술": a possessed or described common noun
            after = text[word_end : word_end + 2]
            if particle in ("", "은", "는", "이", "가") and after[:1] == " " and after[1:].isdigit():
                return None  # "매출 66조 원", "비율은 5%": what the figure measures
            if particle in ("은", "는", "이", "가", "께서"):
                role = True
            if not particle and (after[:1] == "·" or after == ", " or before.endswith(", ")):
                listed = True
    return listed, role


_LOOK_BEFORE = 24
_DEFINED = re.compile(r"(?:이)?라(?:고)? (?:한다|부른다|불린다|일컫는다)")


def _describes(word: str) -> bool:
    """A Hangul word in the adnominal form of a verb or adjective (보는, 새로운, 늘어난), not a noun of two
    syllables or more with its topic particle (철도노조는)."""
    if not word or not _HANGUL.match(word[-1]):
        return False
    stem, particle, predicate, _ = _analyse(word)
    return predicate and structure.adnominal_form(word) or particle in ("은", "는") and len(stem) < 2


@_per_document
def _written_as_name(text: str, name: str) -> bool:
    """With Latin letters or digits ("UNIST 주도 국제공동연구진", "S8"), quoted ('아프리카발톱개구리'),
    glossed ("리카이푸(李開復)", "우주발사시스템(SLS)"), as a person ("김씨", "권태준 교수"), or as a group
    of a named institution ("로체스터대 컴퓨터학과 연구팀", then "연구팀은 …"). Read where the name
    occurs, not over the whole text: its first places only (a name written 10,000 times costs no more
    than one written 64 times), once per name of the document being bound (``_per_document``)."""
    if any(c.isascii() and c.isalnum() for c in name) or _PERSON.search(name):
        return True
    last = name.split()[-1]
    for at in itertools.islice(_places(text, last), _NAME_PLACES):
        end = at + len(last)
        whole = at - (len(name) - len(last))
        if text.startswith(name, whole) and whole > 0 and text[whole - 1] in _QUOTE_OPEN and text[end : end + 1] in _QUOTE_CLOSE_ALL:
            return True
        if (at == 0 or not _HANGUL.match(text[at - 1])) and (_GLOSS.match(text, end) or _HEAD_GLOSS.match(text, end)):
            return True
        if text.startswith(name, whole) and _INSTITUTION_BEFORE.search(text[max(0, whole - 40) : whole]) \
                and (not _HANGUL.match(text[end : end + 1] or " ") or text[end : end + 1] in _ONE_SYLLABLE_PARTICLES):
            # the whole word, bare or with a particle ("… 컴퓨터학과 연구팀은"): not the front of a longer one
            # ("한국항공우주연구원 발사체기술개발단장" writes no name 발사)
            return True
    return False


_NAME_PLACES = 64
_ONE_SYLLABLE_PARTICLES = frozenset("은는이가의을를에와과도로")


def _places(text: str, part: str, start: int = 0) -> Iterator[int]:
    """Where ``part`` occurs in the text from ``start`` on, each after the end of the one before, as
    ``text.find(part, start)`` then ``text.find(part, at + len(part))`` … would find them. A part
    opening with two Hangul syllables is looked up, in a long document, in its index of syllable pairs
    (:func:`_syllable_pairs`): the names of a document are asked about once per sentence or figure,
    and a search of the whole text for each (most occur in a few places) made long documents quadratic."""
    if len(text) > _INDEXED_FROM and len(part) >= 2 and "가" <= part[0] <= "힣" and "가" <= part[1] <= "힣":
        places = _syllable_pairs(text).get(part[:2], ())
        after = start
        for i in range(bisect.bisect_left(places, start), len(places)):
            at = places[i]
            if at >= after and text.startswith(part, at):
                yield at
                after = at + len(part)
        return
    at = text.find(part, start)
    while at != -1:
        yield at
        at = text.find(part, at + len(part))


# The index pays for itself only in long documents: building it costs about as much as a few hundred searches
# of an article of news length (0.8 ms an article of the stock corpus, 6% of a cold run), which str.find does in C.
_INDEXED_FROM = 20_000


@lru_cache(maxsize=2)  # the document being bound (a list entry per syllable: not kept for many documents)
def _syllable_pairs(text: str) -> dict[str, list[int]]:
    """Where each pair of adjacent Hangul syllables starts in the text, in order."""
    out: dict[str, list[int]] = {}
    for m in _HANGUL_PAIRED.finditer(text):
        run, base = m.group(), m.start()
        for i in range(len(run) - 1):
            out.setdefault(run[i : i + 2], []).append(base + i)
    return out


_HANGUL_PAIRED = re.compile("[가-힣]{2,}")
_QUOTE_OPEN = "'‘\"“"
_QUOTE_CLOSE_ALL = "'’\"”"
_GLOSS = re.compile(r"\s?[(（]\s?[A-Za-z\u4e00-\u9fff]")  # "리카이푸(李開復)", "우주발사시스템(SLS)"
# A body glossed by the person who heads it, office then name: "한빛모빌리티(대표 정하늘)", "누리제약(대표이사 김수현)",
# "서하FC(감독 박재우)" — only a company, a club or an institution has a head named that way
_HEAD_GLOSS = re.compile(r"\s?[(（]\s?(?:대표이사|대표|회장|사장|감독|이사장|원장|총장|소장|위원장|단장|구단주)\s+"
                         "[" + "".join(sorted(SURNAMES)) + r"][가-힣]{1,3}\s?[)）]")


_MID_SENTENCE = re.compile(r"[a-z0-9,;:)][ \t]+(?:the[ \t]+)?\Z")


# The endings English makes nouns of verbs and adjectives with (seat → Seating, attend → Attendance, enrol →
# Enrolment, rider → Ridership, complete → Completion, occupy → Occupancy); not "-sion" (Activision), nor "-ity".
_DERIVED_NOUN = re.compile(r"[A-Z][a-z]+(?:ing|ance|ancy|ence|ency|ment|ship|tion)")


# A capitalised compound of a period or scope opening a subject ("Full-year", "First-half", "Year-on-year")
_PERIOD_COMPOUND = re.compile(r"[A-Z][a-z]+-(?:[a-z]+-)?(?:year|quarter|half|month|week|season|term|time)s?")


@functools.lru_cache(maxsize=256)
def _lower_word(word: str) -> re.Pattern[str]:
    """The word written in lower case as a word of its own (no letter glued before or after)."""
    return re.compile(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])")


def _one_title_word(found: structure.Phrase) -> bool:
    """Whether an English clause's subject is one word written only with its first letter capital and made of a verb
    or adjective ("Seating", "Attendance", not "Jinju", "Activision", "BA", "Pumped-Storage"): such a word opening a
    sentence is a common noun capitalised there, unless the text writes it capitalised inside a sentence too. (A
    name with such an ending that only opens sentences — "Boeing", "France", "Beijing" — is lost with it: known,
    tests/test_review_s17.py.)"""
    return found.how == "subject of the clause" and _DERIVED_NOUN.fullmatch(found.text) is not None


def _capitalised_inside(text: str, name: str) -> bool:
    """Whether an English name is written capitalised inside a sentence somewhere in the document (after
    a lowercase word, a comma), not only where a sentence opens: "Cheongju" in "south of Cheongju" is a
    name, "Analysts" opening a sentence is not. Its first places only, as ``_written_as_name``."""
    if " " in name:
        return True  # "Osong Bioscience Complex", "Bank of Korea": a capitalised compound is a name
    if re.search(r"[a-z][A-Z]", name):
        return True  # "NubiAero", "SkyTrack": a capital inside a word marks a name, wherever the text writes it
    if name in MONTHS or name in _WEEKDAYS:
        return False  # "…, which raised 45 billion won in March, which valued it at …": a time, never an owner
    at = text.find(name)
    for _ in range(_NAME_PLACES):
        if at == -1:
            return False
        end = at + len(name)
        if (end == len(text) or not text[end].isalnum()) and _MID_SENTENCE.search(text, max(0, at - 8), at):
            return True
        at = text.find(name, end)
    return False


def _inside(span: Span, head: structure.Phrase | None) -> bool:
    """Whether a candidate owner is part of the attribute itself ("누적 확진자 수": 누적 owns nothing)."""
    return head is not None and span.start < head.span.end and head.span.start < span.end


def _title(doc: Document) -> structure.Phrase | None:
    """The topic of a Korean article's title (its first line), when the figure's sentence has none."""
    return _title_of(doc.text)


# Asked once per figure but functions of the text alone: read once per document, or a file that is
# one long line (a paragraph of 100,000 characters) is read again for each of its figures.
@lru_cache(maxsize=8)
def _first_line_end(text: str) -> int:
    """The end of the title line: the first line, or the line after it when the first is only a bracketed
    label ("[보도자료]" over "한빛모빌리티, 지난해 전기버스 1,980대 판매…": a rubric, no title)."""
    start = headers.title_start(text)  # after a press release's header lines ("보 도 자 료", "배포일시: …")
    end = text.find("\n", start)
    if end == -1:
        return len(text)
    if _LABEL_LINE.fullmatch(text, start, end):
        after = text.find("\n", end + 1)
        return after if after != -1 else len(text)
    return end


_RECIPIENT = ("에게", "에게는", "한테")  # a dative: the recipient of a figure, no attribute of it
_LABEL_LINE = re.compile(r"[ \t]*\[[^\]\n]{1,40}\][ \t]*")


@lru_cache(maxsize=8)
def _title_line(text: str) -> str:
    """The text up to the title line's end, with a press release's header lines before the title blanked
    out (offsets kept): what a reader of the title sees of the file's first lines."""
    start = headers.title_start(text)
    return re.sub(r"\S", " ", text[:start]).replace("\n", " ") + text[start : _first_line_end(text)]


LEAD_PARAGRAPHS = 2  # the paragraphs of prose after a headline that it summarises
_PROSE_END = re.compile(r"[.!?。][\"'”’)\]]*[ \t]*$|다[ \t]*$")


@lru_cache(maxsize=8)
def _lead(text: str) -> tuple[int, int]:
    """Where the body of an article starts and its lead ends: its first paragraphs of prose (lines
    ending a sentence), after the title, the dateline, a byline or a subtitle."""
    at = _first_line_end(text)
    start, seen = len(text), 0
    while at < len(text) and seen < LEAD_PARAGRAPHS:
        end = text.find("\n", at + 1)
        end = len(text) if end == -1 else end
        if _PROSE_END.search(text, at, end):
            start = min(start, at)
            seen += 1
        at = end
    return start, at


_TITLE_MAX = 300  # a headline is shorter; a file of one 10 MB line is no title to analyse word by word


@lru_cache(maxsize=8)
def _title_of(text: str) -> structure.Phrase | None:
    line = _title_line(text)[:_TITLE_MAX]
    lead = len(line) - len(line.lstrip("# "))
    topic = structure.title_topic(line[lead:], lead, particle_final_names(text))
    if topic is None:
        return None
    compound = _title_compound(text, line, topic)
    if compound is not None:
        return compound
    locates = _locates(line, topic)
    named = _lead_names(text, topic) if locates else None
    if named is not None:
        return named  # the name the lead gives, before the headline's own phrase ("서하 인근 물류단지")
    return _title_head(text, line, topic) or (None if locates else _whole_name(text, topic))


def _locates(line: str, topic: structure.Phrase) -> bool:
    """Whether a headline's first noun only says where: a noun of position follows it ("청솔 앞바다 340㎿ 해상풍력
    상업운전": the sea off 청솔, where the wind farm stands; the place owns none of the farm's figures)."""
    after = _HEAD_NOUN.match(line, topic.span.end)
    return " " not in topic.text and after is not None and after.group(1) in structure.NEAR_PLACE


def _lead_names(text: str, place: structure.Phrase) -> structure.Phrase | None:
    """What a headline that only locates is about: the subject or topic of the lead's first clause when it is a
    compound opening with the headline's place ("청솔 앞바다 …" over "… 앞바다에 들어선 청솔 해상풍력단지가 …
    시작했다": the wind farm, named in full); else nothing (the place is no owner)."""
    start, end = _lead(text)
    while start < end and text[start].isspace():
        start += 1
    stop = _SENTENCE_END.search(text, start, end)
    ws = words(text[start : stop.end() if stop is not None else end], start, particle_final_names(text))
    for k, w in enumerate(ws):
        if w.predicate and w.text.endswith(("다", "고", ",")):
            return None  # the first clause ended with no subject
        if w.role in ("topic", "subject") and not w.predicate:
            a = structure._compound_before(ws, k, 0)
            phrase = structure._phrase(ws, a, k, "headline")
            if phrase is not None and a < k and ws[a].stem == place.text:
                return phrase
            return None
    return None


@lru_cache(maxsize=8)
def _headed_title(text: str) -> bool:
    """Whether the title's topic is the phrase :func:`_title_head` reads ("서하호 인근 산불")."""
    title = _title_of(text)
    if title is None:
        return False
    line = _title_line(text)[:_TITLE_MAX]
    lead = len(line) - len(line.lstrip("# "))
    topic = structure.title_topic(line[lead:], lead, particle_final_names(text))
    return topic is not None and _title_compound(text, line, topic) is None and _title_head(text, line, topic) == title


# "서진 도시철도 2024년 수송 실적": the bare nouns after a headline's first noun, up to a figure, a
# time or a measure word
_TITLE_NOUN = re.compile(r"\s([가-힣A-Za-z][가-힣A-Za-z0-9]*)(?=\s|$)")
_BODY_TOPIC = "(?:은|는|이|가)\\s"
_QUOTES = frozenset("\"'“‘「『")


def _title_compound(text: str, line: str, topic: structure.Phrase) -> structure.Phrase | None:
    """The noun compound a headline opens with, when the body writes that whole compound as the topic
    or subject of a clause: "서진 도시철도 2024년 수송 실적" over "서진 도시철도는 … 넘어섰다" is about the
    city's metro, not the city (its table, fares and riders are the metro's). A compound the body never
    makes a topic ("충북 백일해 환자 급증": 충북 is the topic) stays its first noun."""
    if topic.how not in ("headline", structure.TITLE_NOUN) or " " in topic.text:
        return None
    nouns, at = [topic.text], topic.span.end
    while len(nouns) < 3:
        m = _TITLE_NOUN.match(line, at)
        if m is None or m.group(1) in structure.MEASURE_NOUNS or m.group(1) in structure.NOT_OWNERS \
                or structure.is_time_word(m.group(1)):
            break
        nouns.append(m.group(1))
        at = m.end()
    if len(nouns) < 2 or line[at:].lstrip()[:1] in _QUOTES:
        return None  # ("한국은행 서진본부 \"11월 … 증가\"": who says it, not what the figures are about)
    for k in range(len(nouns), 1, -1):
        compound = " ".join(nouns[:k])
        found = list(itertools.islice(_topic_ends(text, compound, len(line)), _NAME_PLACES))
        if found and not any(_measured_in(text, end) for end in found):
            return structure.Phrase(compound, Span(topic.span.start, topic.span.start + len(compound)), topic.how)
    return None


def _topic_ends(text: str, noun: str, start: int) -> Iterator[int]:
    """Where each match of ``(?<![가-힣])NOUN`` + :data:`_BODY_TOPIC` in ``text[start:]`` ends, in the
    text's offsets, as ``re.finditer`` finds them: from the noun's places (``str.find`` in C), not from
    a pattern compiled for each document's title (a compile each, past ``re``'s cache)."""
    at = text.find(noun, start)
    while at != -1:
        end = at + len(noun)
        if (at == start or not "가" <= text[at - 1] <= "힣") and text[end : end + 1] in _TOPIC_PARTICLES \
                and text[end + 1 : end + 2].isspace():
            yield end + 2
            at = text.find(noun, end + 2)
        else:
            at = text.find(noun, at + 1)


_TOPIC_PARTICLES = frozenset("은는이가")  # _BODY_TOPIC's particles, one syllable each


# A title's next bare noun, up to a space, its end, an ellipsis or a comma ("서하호 인근 산불…산림 312ha")
_HEAD_NOUN = re.compile(r"\s([가-힣A-Za-z][가-힣A-Za-z0-9]*)(?=\s|$|…|\.\.\.|,)")


def _title_head(text: str, line: str, topic: structure.Phrase) -> structure.Phrase | None:
    """The noun phrase a headline is about when its first noun only modifies it, and the body speaks of its
    head: a place and a noun of position before an event the body refers to ("서하호 인근 산불 …" over
    "이번 산불로 …": the fire's figures, not the lake's), or a first noun the body never writes before a
    noun it does ("독감 예방접종 870만 명 넘어" over "인플루엔자 국가예방접종을 받은 사람이": the
    vaccination campaign). A compound the body never repeats stays its first noun."""
    if topic.how not in ("headline", structure.TITLE_NOUN) or " " in topic.text or not _title_is_name(text, topic):
        return None  # (the phrase stands for a first noun that owns: "국내 조선 3사" is no one's)
    second = _HEAD_NOUN.match(line, topic.span.end)
    if second is None:
        return None
    if second.group(1) in structure.NEAR_PLACE:  # "서하호 인근 산불" is a fire, near the lake
        head = _HEAD_NOUN.match(line, second.end())
        if head is None or not _head_word(head.group(1)) or not _referred_to(text, head.group(1), len(line)):
            return None
        end = head.end()
    elif topic.how != "headline" or not _head_word(second.group(1)) or topic.text in text[len(line):] \
            or not _written_as_head(text, second.group(1), len(line)):
        return None
    else:
        end = second.end()
    return structure.Phrase(" ".join(line[topic.span.start : end].split()), Span(topic.span.start, end), topic.how)


@_per_document
def _this_event(text: str, phrase: str) -> bool:
    """Whether the body points at a headline's phrase of several nouns by its head as the story's own
    ("서하호 인근 산불" and "이번 산불로"): the paragraphs after the lead go on about it, as about a name.
    Asked for each figure after the lead; its body search runs once per document (``_per_document``)."""
    head = phrase.split()[-1]
    return " " in phrase and _HANGUL.match(head) is not None and _headed_title(text) \
        and re.search(f"이번 {re.escape(head)}(?:[{_CASE_SYLLABLES}]|에서)?(?![가-힣])", text[_first_line_end(text):]) is not None


_CASE_SYLLABLES = "은는이가을를의에로과와도"
_ALONE_PARTICLES = ("에서", "에는", *_CASE_SYLLABLES)


def _of_its_kind(sentence: str, topic: structure.Phrase) -> bool:
    """Whether a sentence writes the event's head bare, not as "이번 산불": it speaks of such events ("올해 난
    산불은 230건", "지난해 산불 피해 면적은"), whose figures are no figures of the story's one."""
    head = topic.text.split()[-1]
    return any(sentence[max(0, m.start() - 3) : m.start()] != "이번 " for m in re.finditer(re.escape(head), sentence))


def _head_word(word: str) -> bool:
    """A noun a title's phrase may go on with: no measure ("독감 접종률"), time or word of no owner."""
    return word not in structure.MEASURE_NOUNS and word not in structure.NOT_OWNERS and not structure.is_time_word(word)


def _written_as_head(text: str, noun: str, start: int) -> bool:
    """Whether the text from ``start`` writes ``noun`` as a thing spoken of (a particle of ``_REFERRING``
    after it), alone or as the head of a longer word ("국가예방접종을" for 예방접종). Its first places only."""
    for at in itertools.islice(_places(text, noun, start), _NAME_PLACES):
        begin, end = at, at + len(noun)
        while begin > 0 and _HANGUL.match(text[begin - 1]):
            begin -= 1
        while end < len(text) and _HANGUL.match(text[end]):
            end += 1
        stem, particle, predicate, _ = _analyse(text[begin:end])
        if not predicate and particle in _REFERRING and stem.endswith(noun) and begin + len(stem) == at + len(noun):
            return True
    return False


# a figure that is a time or a line's number ("2009년", "3월", "1호선"): no measure of the clause's topic
_BODY_FIGURE = re.compile(r"(?<![\d.,])\d[\d,.]*(?!\s?(?:년|개월|월|일|시|분기|주|호선|[\d,.]))")
_SENTENCE_END = re.compile(r"다\.|[.?!]\s|\n")


def _measured_in(text: str, at: int) -> bool:
    """Whether the first figure of the clause after a topic (written from ``at``) measures the topic
    itself, with no noun of its own right before it: "서울 아파트값은 지난주 0.3% 올랐다" (the prices rose),
    not "서진 도시철도는 … 누적 승객 15억 명을 넘어섰다" (the metro's riders)."""
    end = _SENTENCE_END.search(text, at)
    figure = _BODY_FIGURE.search(text, at, end.start() if end is not None else len(text))
    if figure is None:
        return False
    before = words(text[at : figure.start()], at)
    if not before:
        return True
    w = before[-1]
    # the noun the figure counts, bare or marked as a subject ("누적 승객 15억 명", "매출이 2조 원"); an
    # adverbial ("처음으로 400만 명") or a time ("지난주 0.3%") leaves the topic as what is measured
    return not (w.hangul and not w.predicate and w.particle in ("", "이", "가", "은", "는") and len(w.stem) > 1
                and not structure.is_time_word(w.stem) and w.stem not in structure.MEASURE_NOUNS
                and w.stem not in structure.NOT_OWNERS and w.stem not in _STATISTICS)


def _whole_name(text: str, phrase: structure.Phrase) -> structure.Phrase:
    """The phrase with the syllable after it when that syllable, read as a particle, is the last one
    of the name: "충청북도 주요 시·군 통계" is 충청북도, not 충청북 and the particle "also", as the
    document never writes 충청북 without its 도 (a province, an island, a road, a department)."""
    end = phrase.span.end
    if text[end : end + 1] in _NAME_ENDINGS and not _HANGUL.match(text[end + 1 : end + 2]) \
            and _always_followed(text, phrase.text.split()[-1], text[end]):
        return structure.Phrase(phrase.text + text[end], Span(phrase.span.start, end + 1), phrase.how)
    return phrase


# Particles that are also the last syllable of names: 도 (충청북도, 제주도), 로 (을지로), 과 (컴퓨터공학과)
_NAME_ENDINGS = frozenset({"도", "로", "과"})


def _always_followed(text: str, stem: str, syllable: str) -> bool:
    """Whether every place the document writes ``stem`` (not inside a longer word) has ``syllable``
    right after it: then the syllable is part of the word, not a particle."""
    at = text.find(stem)
    for _ in range(_NAME_PLACES):
        if at == -1:
            return True
        end = at + len(stem)
        if not (at > 0 and _HANGUL.match(text[at - 1])) and not text.startswith(syllable, end):
            return False
        at = text.find(stem, end)
    return True


def _as_mention(phrase: structure.Phrase, m: _Matcher, ms: list[Mention]) -> Mention:
    """A declared name when the phrase is one (or holds one), else a discovered entity."""
    inside = [x for x in ms if phrase.span.start <= x.span.start and x.span.end <= phrase.span.end + 1]
    if inside:
        return inside[-1]
    canon = _canon_lookup(m, phrase.text)
    if canon is not None:
        return Mention(phrase.span, canon[0], canon[1])
    words_ = phrase.text.split()
    if len(words_) > 1 and any(c.isascii() and c.isalpha() for c in words_[-1]) and _HANGUL.search(words_[-2]):
        # "신형 모델 노바LM": the compound's head is the name; the nouns before it describe it. A version
        # or size ("갤럭시 S8", "클로바 X", "라마 70B") is no name alone: it names the word before it.
        n = 2 if VERSION.fullmatch(words_[-1]) else 1
        last = " ".join(words_[-n:])
        return Mention(Span(phrase.span.end - len(last), phrase.span.end), last.strip(_QUOTE_MARKS), None, discovered=True)
    return Mention(phrase.span, phrase.text.strip(_QUOTE_MARKS), None, discovered=True)


def _named_as_written(phrase: structure.Phrase, m: _Matcher, ms: list[Mention]) -> Mention:
    """The mention of exactly this name, else a declared name it spells, else a discovered one: "SV3 LR" is not the
    shorter "SV3" written inside it (``_as_mention`` takes the last mention inside a phrase)."""
    exact = next((x for x in ms if x.span == phrase.span), None)
    canon = _canon_lookup(m, phrase.text) if exact is None else None
    if exact is not None:
        return exact
    return Mention(phrase.span, canon[0], canon[1]) if canon is not None else Mention(phrase.span, phrase.text, None, discovered=True)


_QUOTE_MARKS = "'\"‘’“”「」『』《》〈〉"


def _may_name(text: str, sentence: str, ms: Sequence[Mention], previous: Mention | None) -> bool:
    """Whether a sentence can have an entity owner at all (a known name, the topic before, the title's topic,
    or what ``_written_as_name`` reads: Latin letters, quotes, a gloss, a person, an institution): a cheap
    test before its words are analysed for event dates."""
    if ms or previous is not None or _NAME_HINT.search(sentence) or any(h in sentence for h in _COMPANY_HEADS):
        return True
    title = _title_of(text)
    if title is not None and title.text in sentence:
        return True
    # a name the document quotes ("하람시 공공자전거 '달바퀴'의 …"), written bare in the sentence
    return any(q in sentence for q in _quoted_terms(text))


_QUOTED_TERM = re.compile(r"['‘\"“]([^'’\"”\n\s]{2,12})['’\"”]")


@lru_cache(maxsize=8)
def _quoted_terms(text: str) -> frozenset[str]:
    """The one-word terms a document quotes ('달바퀴', "Dalbakwi"): what _written_as_name reads as names."""
    return frozenset(_QUOTED_TERM.findall(text))
_NAME_HINT = re.compile(r"[A-Za-z'‘’\"“”(（「『]|씨|교수|박사|사장|대표|회장|대통령|총리|장관|의원|위원장|감독|선수|대학|연구|병원|학과"
                        r"|학부|기관|센터|[가-힣]원장|총장|소장")


def _entity_owner(text: str, phrase: structure.Phrase, m: _Matcher, ms: list[Mention]) -> Mention | None:
    """The entity a clause's role word names: a declared name, or a discovered one written as a name
    (``_name_like``); None for a common noun."""
    owner = _as_mention(phrase, m, ms)
    return owner if not owner.discovered or _name_like(text, owner.entity) else None


def _round_amounts(doc: Document, sent: _Sentence, qs: Sequence[Quantity], ws: Sequence[Word], ms: list[Mention],
                   m: _Matcher, sentences: list[_Sentence], si: int, mentions: Sequence[Mention]) -> dict[int, Claim]:
    """A Korean funding round's amounts (binding/rounds.py: "이 회사는 올봄 시리즈B에서 620억 원을 끌어모으며"), by the
    quantity's id: the pack's funding attribute, the round its scope."""
    if not ws or "시리즈" not in sent.text:  # (asked of every sentence: the tests in C before the scan of attributes)
        return {}
    attr = next((a for a in m.attributes if a.name == rounds.FUNDING), None)
    if attr is None:
        return {}
    before = sentences[si - 1].span if si > 0 else _sentence_before(doc.text, sent.span.start)
    before_ms = [x for x in mentions if before is not None and before.start <= x.span.start < before.end]
    out: dict[int, Claim] = {}
    for q in qs:
        if q.kind != "money":
            continue
        found = rounds.korean_round(doc.text, sent.span, q, ws, ms, lambda name: _name_like(doc.text, name) or _company(name),
                                    before, before_ms)
        if found is not None:
            owner, which, after = found
            claim = _claim(doc, sent, _Unit(q, None, q.span), owner, attr, rounds.HOW, which, sentences, si, ws)
            period = rounds.round_period(doc.text, after, q.span.start, doc.date.year if doc.date else None)
            future = bool(period and doc.date and int(period) > doc.date.year)
            out[id(q)] = replace(claim, period=period, goal=claim.goal if claim.period == period else future)
    return out


def _sentence_before(text: str, start: int) -> Span | None:
    """The sentence right before ``start`` when it ends a line of its own paragraph (a block of one line each: the
    line before, not across a blank line)."""
    line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    if start == 0 or text[start - 1] != "\n" or not text[line_start : start].strip():
        return None
    spans = segment.sentences(text[line_start : start - 1], line_start)
    return spans[-1] if spans else None


def _event_owner(text: str, phrase: structure.Phrase, m: _Matcher, ms: list[Mention]) -> Mention | None:
    """The entity whose one-off event a clause dates: a name (:func:`_entity_owner`), or a one-word company's name by
    its structure (:func:`_company`: "첫 취항한 하늘빛항공은", written once in a column) — a company is what is founded
    or makes a first flight; not a place's head ("지방공항": 공항 and 국제공항 head common nouns as often as names)."""
    short = _HEREAFTER.match(text, phrase.span.end)
    if short is not None:
        # "그린하람바이오소재(이하 그린하람)가": the name the article uses from here on, as its other claims do (a
        # declared name, long or short, first)
        declared = _as_mention(phrase, m, ms)
        if not declared.discovered:
            return declared
        return _as_mention(structure.Phrase(short.group(1), phrase.span, phrase.how), m, [])
    owner = _entity_owner(text, phrase, m, ms)
    if owner is None and " " in phrase.text:
        # "군 최대 식수원인 은빛저수지는", "게임업체 넥사플레이가": the name a copula's noun or a descriptor says the kind of,
        # as a figure's owner is read (_structural_owner)
        whole = _as_mention(phrase, m, ms)
        return _described_name(text, whole) or _apposed_by_copula(text, whole) or _placed_club(text, whole) \
            if whole.discovered else None
    if owner is not None or " " in phrase.text or phrase.text.endswith(_PLACE_COMPANY_HEADS) or not _company(phrase.text):
        return owner
    return _as_mention(phrase, m, ms)


def _placed_club(text: str, whole: Mention) -> Mention | None:
    """"2019년 창단한 벌담 팰컨스는", "2020년 창단한 시민구단 묵령 블랙베어스의": the subject of a one-off event whose last two
    words are a place and a transliterated word (:func:`_placed_loan`'s shape: three syllables or more, ending in a
    consonant written alone) is a club's or a brand's name, the words before it a descriptor. The place is one the
    text names (청솔 of 청솔군) or writes as a word of its own with a particle of place or of possession elsewhere
    ("벌담에 둥지를 튼", "벌담의 드론 산업") — not a common noun ("서울 본사", "하온 센터": no loanword of that shape)."""
    parts = whole.entity.split()
    if len(parts) < 2:
        return None
    place, loan = parts[-2:]
    if len(loan) < 3 or loan[-1] not in _ALONE or not all(_HANGUL.match(c) for c in place + loan) or len(place) < 2:
        return None
    rest = text[: whole.span.start] + text[whole.span.end :]
    if not (_place_stem(text, place) or sum(rest.count(place + p) for p in ("에 ", "에서 ", "의 ")) >= 2):
        return None
    name = f"{place} {loan}"
    return Mention(Span(whole.span.end - len(name), whole.span.end), name, None, discovered=True)


_HEREAFTER = re.compile(r"\(이하\s*['‘\"“]?([^()'’\"”\s]{2,20})['’\"”]?\)")  # "(이하 그린하람)": the short form
_PLACE_COMPANY_HEADS = ("공항",)  # heads of romanize.SUFFIXES that name a place, not a company
_COMPANY_HEADS = tuple(h for h in SUFFIXES if len(h) >= 2 and not h.endswith(_PLACE_COMPANY_HEADS))  # (_event_owner)


def _possessive_owner(text: str, u: _Unit, ms: list[Mention]) -> Mention | None:
    """"GPT-3's 175 billion", "GPT-3의 1750억": the figure belongs to the name right before it."""
    for x in ms:
        gap = text[x.span.end : u.span.start]
        if x.span.end <= u.span.start and len(gap) <= 4 and re.fullmatch(r"['’]s\s|['’\"”]?의\s", gap):
            return x
    return None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)  # searched in the five characters before the figure
_DEFINITE_IN = re.compile(r"\s+(?:in|of)\s+(?:[A-Z][\w&.\-]*['’]s\s+)?$")


def _definite_owner(text: str, u: _Unit, ms: list[Mention]) -> Mention | None:
    """"the 70 billion in DeepMind's Chinchilla", "the 175 billion of GPT-3": a figure made definite by
    "the" and placed in a name belongs to that name."""
    if not _THE_BEFORE.search(text[max(0, u.span.start - 5) : u.span.start]):  # (a slice: \b at its start is the slice's)
        return None
    found = None
    for x in ms:  # the last that fits: "in DeepMind's Chinchilla" is Chinchilla's
        if x.span.start > u.span.end and x.span.start - u.span.end <= 40 and _DEFINITE_IN.match(text[u.span.end : x.span.start]):
            found = x
    return found


def _paren_owner(text: str, u: _Unit, ms: list[Mention]) -> Mention | None:
    """"GPT-3(175B)", "'엑사원'(3000억 파라미터)": the name right before the parenthesis holding the figure."""
    i = u.span.start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] != "(":
        return None
    close = text.find(")", u.span.end)
    if close == -1 or close - u.span.end > 12:
        return None
    j = i
    while j > 0 and text[j - 1] in _QUOTE_CLOSE + " ":
        j -= 1
    if j >= 2 and text[j - 2 : j] in ("'s", "’s"):
        j -= 2  # "a quarter of Gopher's (280 billion)": the possessive names whose figure it is
    named = next((x for x in ms if x.span.end == j), None)
    if named is None and (u.q.counter or u.q.kind in ("percent", "money")):
        # "박서연 후보(8만 1,650표)": a person's count, share or sum; a bare number is an age, ``_aged``'s or none
        named = person_before(text, j)
    if named is None and j > 0 and text[j - 1] == ")":
        # "[T5](https://…)(11억 개)": a Markdown link's text names what the parenthesis measures
        link = _LINK_BEFORE.search(text, max(0, j - 400), j)
        if link is not None:
            s, e = link.span(1)
            named = next((x for x in ms if s <= x.span.start and x.span.end <= e), None) or \
                Mention(Span(s, e), link.group(1).strip(), None, discovered=True)
    return named


_LINK_BEFORE = re.compile(r"\[([^\[\]\n]{1,40})\]\([^()\s]*\)\Z")


def _borrowed(u: _Unit, units: list[_Unit], picks: list[Attribute | None]) -> Attribute | None:
    found = {a.name: a for other, a in zip(units, picks) if other is not u and a is not None and fits(a, u.q)}
    return next(iter(found.values())) if len(found) == 1 else None


def _implied(u: _Unit, reach: list[Mention], m: _Matcher) -> Attribute | None:
    """A figure about a market with no trigger: the market's one attribute of that dimension ("2019년 262억달러")."""
    markets = {x.entity for x in reach if x.type == "market"}
    if len(markets) != 1:
        return None
    fitting = [a for a in m.attributes if a.subjects[:1] == ("market",) and fits(a, u.q)]
    return fitting[0] if len(fitting) == 1 else None


def _rank(attr: Attribute, x: Mention) -> int | None:
    if not attr.subjects:
        return 0
    return attr.subjects.index(x.type) if x.type in attr.subjects else None


def _best(attr: Attribute, candidates: Iterable[Mention]) -> list[Mention]:
    ranked = [(r, x) for x in candidates if (r := _rank(attr, x)) is not None]
    if not ranked:
        return []
    top = min(r for r, _ in ranked)
    return [x for r, x in ranked if r == top]


def _resolve(sent: _Sentence, u: _Unit, attr: Attribute, reach: list[Mention], subject: Mention | None,
             prev_subject: Mention | None, all_ms: list[Mention]) -> tuple[Mention | None, str, str]:
    clause = sent.clause(u.span.start)
    in_clause = _best(attr, (x for x in reach if clause.contains(x.span)))
    if len({x.entity for x in in_clause}) > 1:
        # "…한국어 비중은 87%로, 영어 위주인 GPT-3와는…": a name after a comma does not own the figure before it
        in_clause = [x for x in in_clause if x.span.start < u.span.start or "," not in sent_text(sent, u.span.end, x.span.start)]
    if len({x.entity for x in in_clause}) > 1:
        # "대부분의 NLP 벤치마크에서 130억 파라미터 모델의": a name that modifies the noun of a place or a
        # setting (X 벤치마크에서) says where, not whose; of several names it is never the owner
        in_clause = [x for x in in_clause if not _SETTING.match(sent_text(sent, x.span.end, sent.span.end))]
    names = sorted({x.entity for x in in_clause})
    if len(names) == 1:
        return in_clause[0], "clause", ""
    if len(names) > 1:
        near = _nearest(u, in_clause)
        if near is not None:
            return near, "near", ""
        return None, "", f"ambiguous: {', '.join(names)} in the same clause"
    # No fitting name in the clause. A topic governs the clauses after it, never those before
    # ("…100억개 파라미터를 가진 모델들이 주를 이뤘으나, GPT-3는 1750억개…": the 100억 is not GPT-3's).
    if subject is not None and subject.span.start < u.span.start and subject in reach and _rank(attr, subject) is not None:
        return subject, "topic", ""
    earlier = _best(attr, (x for x in reach if x.span.end <= clause.start))
    names = sorted({x.entity for x in earlier})
    if len(names) == 1:
        return earlier[0], "sentence", ""
    if names:
        return None, "", f"ambiguous: {', '.join(names)} in earlier clauses"
    if _best(attr, reach):
        return None, "", "no entity: none in the figure's clause (a name in a later clause does not reach back)"
    if prev_subject is not None and _rank(attr, prev_subject) is not None and not _opens_own_topic(sent.text):
        return prev_subject, "previous sentence", ""
    if _best(attr, (x for x in all_ms if not x.possessor)):
        return None, "", "no entity: the names in the sentence are compared with, owners of the subject, or what a counted group was given"
    return None, "", _NAMES_NO_ONE


_SETTING = re.compile(r"\s[가-힣]{1,8}에서(?:는|도)?\s")
_NAMES_NO_ONE = "no entity: the sentence names no entity this attribute is stated about"


def sent_text(sent: _Sentence, start: int, end: int) -> str:
    return sent.text[max(0, start - sent.span.start) : max(0, end - sent.span.start)]


def _nearest(u: _Unit, ms: list[Mention]) -> Mention | None:
    """Of several fitting names in one clause, the one markedly nearest the figure (half the distance of the next)."""
    def dist(x: Mention) -> int:
        return u.span.start - x.span.end if x.span.end <= u.span.start else x.span.start - u.span.end

    ranked = sorted(ms, key=dist)
    if len(ranked) == 1 or dist(ranked[0]) * 2 < dist(ranked[1]):
        return ranked[0]
    return None
