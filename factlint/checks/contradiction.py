"""`contradiction`: figures about the same entity and attribute must agree across the corpus.

What it does
    Groups every claim (see ``factlint claims``) by entity and attribute — and, for an
    attribute that varies over time (market size, investment), by period — and reports a
    figure that disagrees with the group's consensus (the median figure). Two figures agree
    when their precision intervals overlap (docs/precision.md): "2040억" means [2035억,
    2045억], "약 1122억원" is widened for "약", "204B" and "2040억개" are the same value;
    intervals that only touch do not overlap ("8100억" and "8200억" disagree). ``tolerance``
    adds a relative margin. Goals, plans and forecasts are compared only with other goals,
    and only with those of the same source: two firms' forecasts ("알파리서치는 … 1000억 달러에
    이를 것으로 내다봤다", "베타컨설팅은 … 1500억 달러로 커질 것으로 전망했다", "according to
    Gartner", "IDC expects") are two claims. Two sources of one *fact* must still agree.
    A figure that a reference fact also contradicts is reported once, by the `fact` check,
    with this check's places as related ("one wrong figure, one finding").

    One entity in two scripts: a Hangul name (declared or discovered) is the Latin name of the
    corpus that is its Revised Romanization, syllable by syllable, compared case-, space- and
    hyphen-insensitively ("충북청주FC" is "Chungbuk Cheongju FC", "청주시" is "Cheongju": a trailing
    시/군/구/도 may be dropped; a trailing common noun of a fixed list may be in English: "한결중공업"
    is "Hangyeol Heavy Industries", "김해국제공항" is "Gimhae International Airport", "청주시" is
    "Cheongju City", "서진항" is "Seojin Port" or "Port of Seojin", "가온풍력" is "Gaon Wind", "한빛모빌리티" is "Hanbit
    Mobility" (and a document's "Hanbit" after it), "청솔 해상풍력단지" is "Cheongsol Offshore Wind Farm", "청솔 유나이티드" is
    "Cheongsol United", when the stem before it romanizes exactly),
    when it romanizes exactly one Latin
    name (``factlint/romanize.py``, with the ``anyascii`` library's syllables). No sound change across
    syllables (신라 is not "Silla"), no spelling that is no romanization ("Busan IPark", "Kim",
    "Samsung"), no one-syllable name, no edit distance: a pack declares such aliases. A Korean
    person's name is the one exception (``romanize.person_spells``): "박도현" is "Park Do-hyun" or "Park
    Do-hyeon", the surname by its customary spellings (Park, Kim, Lee, Choi …), the given name in RR
    with its usual vowel spellings folded (eo/u, oo/u, ee/i), when the Latin name has a person's shape
    (a surname and a hyphenated given name) and only one such Latin name of the corpus fits. The two figures
    still need one attribute (a declared one whose triggers are in both languages, or, with
    ``measures``, two discovered nouns of one measure) and one period. A province and its capital
    of one stem (담라도, 담라시) both romanize to "Damra": "Damra Province" and "Damra City" go to
    their own, and a bare "Damra" to neither unless an English article writing it glosses it
    ("Damra Island (Korean: 담라도)": the province).
    A Hangul name that is a loanword meets the Latin name it transcribes, read by the loanword
    transcription rules (외래어 표기법) in reverse (``factlint/loanword.py``): its consonants give a
    skeleton of Latin letters (ㅂ b/v, ㅍ p/f, ㅋ k/c, ㅅ s/c/th, ㄹ l/r …), its vowels and an r after a
    vowel are free, the 으 of 스/크/트 is none ("블루호크스" is "Bluehawks", "하이퍼클로바" "HyperCLOVA",
    "셀로닉스" "Cellonix"), word by word beside romanized parts ("하람 블루호크스" is "Haram Bluehawks"),
    when the loanword parts have three consonants or more (and three syllables when the name has no
    other part: not 센터 "Center", 클럽 "Club"), a part RR spells is Korean and a Latin word that
    romanizes another Korean word is that word's ("Chungju" is 충주, not 청주), an initialism is never
    read by sound ("SBS"), and the match is unique in the corpus both ways.
    A name whose generic head is translated meets its English name (``factlint/headbridge.py``, with
    the one bilingual table of heads ``factlint/heads.py``): the heads are peeled pairwise from the
    outside in, each Korean head against its English words, after the part or before it ("Lake
    Seoha", "Mount Danwol", "University of Hanbit"), a numbered head's number or Latin letter moved
    and compared exactly ("솔내 트램 1호선" is "Solnae Tram Line 1", "제2공장" "Plant No. 2"; never
    "Line 2", nor a bare "Line"), and the part left is one name by romanization or loanword
    ("하람시립도서관" is "Haram City Library", "그린하람바이오소재" "Green Haram Biomaterials", "솔내농협"
    "Solnae Agricultural Cooperative"); a head with no counterpart is another entity (a company and its
    plant, a city and its library), except a company's: its bare part ("Nuri" for "누리소재") meets it
    when no other name of the corpus opens with that part. Unique both ways; a name that romanizes one
    Latin name is left to romanization, one that romanizes its bare and its headed form ("청솔군":
    "Cheongsol", "Cheongsol County") meets the headed one.
    A head spelt by sound meets its English word or the adjective English makes of it (허브 "Hub",
    스파 "Spa", 아쿠아센터 "Aquatic Centre": two syllables or more, not a head of the table, not a Latin
    word that romanizes a Korean word of its consonants, never an English head word of the table:
    아파트 is not "Airport"); an English modifier a Korean name leaves out
    ("International", "Hot": 김해공항 is "Gimhae International Airport") is passed over between a part
    and a head that meet, and a modifier of the table may follow its head after "of" (서하자연사박물관
    is "Seoha Museum of Natural History"); the distinctive parts must still be one name ("가람
    아쿠아센터" is never "Nuribeol Aquatic Centre"). A Hangul name is read only against the Latin names
    that begin with a letter its first syllable can be spelt with: the same links as every pair read.

    With no majority (two figures, or an even group whose middle two differ) the figure of the
    later article is the one reported, the other related: later by date where both articles'
    dates are known (front matter, a dateline such as "입력 2023.03.14", or the project's
    ``dates:``) and differ, otherwise later in path order, then in the text. In a pre-commit run
    (``lint --changed``) it is the changed article's, whatever the dates.

    The message says which case it is:

    * **contradiction** — same entity, attribute, period and kind of statement, figures apart;
    * **goal** — two stated goals or forecasts differ (a plan may have changed);
    * **revision** — a newer article revises the figure ("상향", "revised to"): reported at
      ``revision_severity`` (default info), not as a contradiction.

    Figures of different periods of a time-varying attribute, figures compatible within their
    stated approximation, reported figures the article itself disputes, and figures in two
    currencies (the `conversion` check's business) are not reported.

Why
    An article that says HyperCLOVA has 2040억 parameters and another that says 3000억 cannot
    both be right; a reader of the corpus should learn which, and where.

Example
    ``a.txt``::

        카카오브레인의 KoGPT는 300억 개의 파라미터를 갖췄다.

    ``b.txt``::

        카카오브레인의 KoGPT는 파라미터 600억개 규모다.

    ``factlint lint --no-source a.txt b.txt`` prints::

        b.txt:1:21: error [model-spec-contradiction] KoGPT · parameters: '600억개' (60,000,000,000) contradicts '300억 개' (30,000,000,000) at a.txt:1:16; 100% above it
            related: a.txt:1:16 KoGPT · parameters = '300억 개'
        2 files checked: 1 error, 0 warnings, 0 info

    (The test suite runs this example and compares.) HyperCLOVA's 3000억 next to 2040억 is
    reported by the `fact` check instead, which knows the reference value, with this check's
    other place as related. Not reported: "GPT-3(175B)" next to "1750억개" (one value); LG's
    goal of 6000억 next to EXAONE's 3000억 (other entity, and a goal); the AI market in 2018
    and in 2019.

Options
    ``attributes`` (list, default all): the attributes this rule checks.
    ``tolerance`` (number ≥ 0, default 0): extra relative tolerance, 0.05 = 5 %.
    ``goals`` (bool, default true): also compare goals with goals.
    ``revision_severity`` (error/warning/info/off, default info): how revisions are reported.
    ``discovered`` (bool, default false): compare the attributes no rule declares — the noun a
    figure measures, read from its sentence (누적 확진자 수, 검사 건수) — instead of the declared
    ones, and only between figures counted at the same stated reference time ("12월 23일 0시
    기준", "as of March 14", a month's or year's end marked as the point: "11월 말 기준", "지난달 말 기준",
    "2024년 말 현재", a bare year's end right before the figure: "인구는 2024년 말 98만 2천 명"; a table's from its caption, source line or note: "2024년 11월 말 주민등록인구 기준",
    else from the page's source or update line above its first section: "> 군청 | 2026년 8월 5일 갱신 (8월 4일
    0시 기준)"; a day with no month, "4일 0시 기준", "as of the 4th", is of the article's month, the latest such
    day not after its date, and none in an undated article; another year's same day after it, "지난해 같은 날",
    is not it);
    a part of a whole ("해외유입 5,193명") only with the same part.
    Rules without it never see discovered attributes. With two articles and no majority, the
    later article (as above) is the one that disagrees; the counts of one article that
    disagree with another's at the same stated time are one finding listing each count (a stale
    date label is one mistake: ko_wikinews_571 keeps 569's "12월 23일 0시 기준" over four counts).
    ``events`` (bool, default false): with ``discovered``, compare the dates of events instead
    ("'천안함'은 2010년 3월 침몰했다" vs "… 2010년 5월 침몰하였다": 천안함 · 침몰, read from the date's
    predicate by ``binding/events.py``); a month agrees with any of its days (docs/precision.md).
    ``once`` (bool, default false): with ``events``, only the events a measure of the pack's
    ``measures:`` marks ``once: true`` (an entity's founding, opening, completion; rules/measures.yaml),
    each under its measure's name: "1998년 개항" and "opened in 1997" are one event (opening) of one
    entity (a Hangul name meets its romanization), "공연했다" twice is two concerts and never compared.
    ``changes`` (bool, default false): with ``discovered``, compare rates of change instead: a percentage
    beside the level it changes, with its base written ("서진항의 2024년 컨테이너 물동량이 412만 TEU로 전년보다 5.1%
    늘어", "The Port of Seojin handled 4.21 million TEU in 2024, up 5.1% on the previous year"; read by
    ``binding/changes.py``; with no level beside it, a subject compound opening with a place: "서진항 컨테이너
    물동량이 지난해 전년 대비 6.8% 늘어"), of one entity, one measure (the level's attribute, through ``measures:`` across
    languages), one direction, one base ("전년 대비" and "on the previous year" meet; "전년 동기 대비" and "전 분기
    대비" do not) and one period with its part of the year, in one language or two (rule
    ``change-rate-contradiction``). A change in points ("2.1%p") and a change with no written base are no claims.
    ``measures`` (bool, default false): with ``discovered``, compare a figure of a Korean sentence
    with one of an English sentence when their discovered attributes name one measure of the pack's
    ``measures:`` (rules/measures.yaml: 골 and goals, 이용객 and passengers, 수주액 and orders, 수출 계약 and export
    contracts — the noun an amount is linked to, "3억 달러 규모의 수출 계약", "$350 million in export contracts"), their
    entities are one (the same name, or a Hangul name and its romanization) and their year is one
    (a year written in the clause, else — in a sentence opening "이 가운데", "그중", "Of these" — the year of the
    whole one of the two sentences before states, else the article's: as for money figures), and so is the part of that
    year the sentence names, if any: a month, quarter or half ("8월", "지난달", "3분기", "상반기", "in August",
    "the third quarter") meets only the same part ("김해국제공항의 8월 이용객" is no year's passengers), a quarter
    the sentence names only as definite ("shipped 17.2 million smartphones in the quarter", "같은 기간 …
    점유율은") is the one quarter or half the article named before it (none when it named two, "third-quarter profit doubled from the second quarter"; not "the same period a year earlier",
    "the quarter before", "전년 같은 기간", "1년 전 같은 기간": a part of another time, which meets nothing), and a
    part counted from another ("the previous quarter") or two parts meet nothing. A level counted at a point
    in time ("as of December 2025", "12월 31일 기준", a table's "2025년 12월 31일 주민등록 기준", "2025년 말") is
    the year's at the end of December, else its month's end or day: never a month's flow (docs/precision.md,
    4b). The attribute names a measure when its head is listed and nothing but the claim's entity or a year word stands before
    it ("국제선 이용객" is a part, "추정 사망자" an estimate: neither is compared). Only Korean against
    English: a language that gives two figures for one group ("42골을 넣고 38골을 내줘": scored and
    conceded are both 골) says nothing, and neither do two figures that each name who states them with two
    different names of one script ("IDC에 따르면 … 1,820만 대", "according to Canalys, … 17.2 million": two firms'
    estimates; a pack's alias makes two names one). Names in two scripts (기상청, the Korea Meteorological
    Administration; 카운터리서치, Canalys) are not known to differ: such figures are compared, as one fact's
    two sources. The measures are no triggers: they change no claim
    (rule ``bilingual-figure-contradiction``).
    ``within_language`` (bool, default false): with ``measures``, compare the figures of two articles of ONE
    language instead (rule ``measure-figure-contradiction``; fresh8's C6: "군 북부와 영서 지역을 잇는 단월터널은
    총사업비 4,870억 원 규모로" in a business story, "단월터널 역시 양면이 있다. 사업비가 6,120억 원에 이른다" in a
    column). The same groups and guards, each article one voice (an article giving two figures for a group says
    nothing), and one more: a measure of a year is compared only when both figures write their year ("2024년
    매출액", "지난해 매출" in a 2025 article) — two Korean wire stories a day apart give two days' tallies ("서울
    373명", "서울 457명") of one year, which the articles' dates alone would put in one group — while a fixed
    measure (a length, an area, a project's cost: ``fixed: true`` in rules/measures.yaml) with no year written is
    compared in articles up to a year apart whatever their years ("총사업비 3,200억 원" at a 2019 ground-breaking and
    "총사업비는 4,100억 원이 됐다" in 2024 are a revision, not a contradiction), and figures counted on two
    bases are not compared ("1,350억 원(연결 기준)" and "1,100억 원(별도 기준)", "외국인을 포함하면 4만 3천 명",
    "excluding subsidiaries": a basis stated by one figure only is another basis too); a fixed measure that a newer
    article says a change brought to its figure ("총사업비가 4,870억 원으로 늘었다", "rose to 487 billion won")
    revises the older one (``revision_severity``). A figure counted at a
    stated reference time is left to ``dated-count-contradiction``, and
    a figure within the other's approximation agrees (``tests/checks/test_measure_within_language.py``).
    fresh8's C3 ("단월군은 이번 축제 기간 방문객이 62만 3천여 명으로 집계됐다고 27일 밝혔다" in the news; "올겨울
    얼음축제는 어땠나. 군 내부 집계로는 축제장을 찾은 인원이 48만여 명에 불과하다." in a column): the entity's own
    period ("축제 기간" of 단월얼음축제) is no part of the measure, and a bare noun of people after a clause of visiting
    ("[축제장을 찾은] 인원") counts visitors (방문객); a question's topic owns the answer after it, and a common compound
    there (얼음축제) is read as the article's one place's thing (단월 + 얼음축제) — a *short form*, compared only when
    another article writes that exact name (two columns' short forms confirm nothing); "이번 축제" of the festival
    dates its figure by the article, and the question's "올겨울" by an article of January to March (in December the
    winter runs into the next year: no year); a tally ("군 내부 집계로는") is its keeper's, a bare 군/시 the article's
    one county or city, and a source is compared by its name, not by the tally after it ("단월군 내부 집계": 단월군)
    (``tests/test_short_names.py``).
    A forecast's source is a name like an entity: "가온풍력은 … 전망했다" and "Gaon Wind expects" are one
    source when the Hangul name romanizes the Latin one (two firms' forecasts stay two claims). A forecast of a
    yearly rate with no year of its own ("Gaon Wind expects the farm to generate about 1,210 GWh a year", "연간
    발전량이 약 1,050GWh에 이를 것으로 전망했다") is keyed "per year", so an undated encyclopedia's meets a dated
    article's. A figure per game ("경기당 평균 6,900여 명의 관중", "8,412 fans per home game", "a game") is a rate:
    "attendance per game", never compared with a season's total ("관중 12만 명", "159,828 spectators").
    A measure marked ``fixed: true`` (``area``: 면적, surface area)
    does not change with the year: its figures meet whatever year their articles are of (unless a figure states a
    year of its own, "In 1980 it had a surface area of …": then only that year's), so that an undated
    encyclopedia's "Lake Seoha … with a surface area of 48.6 km²" meets a 2025 report's "면적 52.3㎢, 최대 수심
    19.6m인 서하호" (서하호 is "Lake Seoha": a lake's head is written before its stem).
    ``incidents`` (bool, default false): with ``discovered``, compare the figures of one dated incident instead
    ("2024년 3월 산불로 호숫가 산림 285ha가 불에 탄 뒤" and, in a March 2024 article titled "서하호 인근 산불 …",
    "이번 산불로 산림 312ha가 탔다": 산불 (서하호, 2024-03) · 산림; read by ``binding/incidents.py``). An incident
    is an entity only by its noun, place and month: "산불" alone, another month's or another place's fire are
    other entities. Two articles dated within a week of each other (a running tally) and two figures of one
    article (an estimate and the final count) are not compared (rule ``incident-figure-contradiction``).
    ``ages`` (bool, default false): with ``discovered``, compare a person's ages instead (rule
    ``age-contradiction``): an age is one attribute, ``age``, in years, whatever its notation or language
    ("정해민(58) 소하군수", "올해 52세인 박도현", "52세의 박도현", "Jeong Hae-min, 63,", "Park Do-hyun, aged 52,",
    "17-year-old Choi Yu-na", "Han Do-yoon, the 29-year-old right-hander": ``binding/ages.py``), of a person named in
    full (a bare surname, "Kim", "김씨", a name the press withholds, "김모(52)씨", and "Mr Kim" are nobody in
    particular), one person in two scripts by the customary
    romanization ("정해민" is "Jeong Hae-min"). Two ages agree when the time between their places explains them: for
    places dated d1 ≤ d2, Δ years apart, the later age minus the earlier lies in [floor(Δ), ceil(Δ) + 1] (an age
    is the floor of a duration, so Δ years add floor(Δ) or ceil(Δ) — a birthday in between adds one; the extra
    year is for an age counted before its dateline, a profile or an event days earlier; never one less: a person
    does not grow younger); two places of one day, or of one article, agree within one year either way. A
    place's time is its article's date (the press gives an age as of its writing: "2019년 우승한 박도현(52)" is 52
    now) — unless its sentence looks back ("당시 45세의 박도현 감독은", "그때", "at the time", "then", a sentence fronted
    by a past year: "In 2019, the 45-year-old Park Do-hyun led …", "2019년에는 …"): such an age is of another time and
    not compared at all —, in an undated article the year its sentence names ("2025년 … 강도윤(24)이"), else any day within the span
    of the run's dated ages (so "Jeong Hae-min, 63," of an undated wire
    story meets "정해민(58)" of 2025-12-05 when the run's dated ages lie within days of each other); with no dated
    age in the run, an undated age meets only the ages of its own article. "만 52세" and "52세" are both read as
    the international age (만 나이: the law since June 2023 and the press's brackets long before it); an old
    Korean count (세는나이, one or two more) is not recognised, and within a year shows as one year older, which
    agrees (docs/precision.md, 4c).
"""

from __future__ import annotations

import calendar
import math
import re

import datetime as dt
from dataclasses import replace
from collections import defaultdict
from fractions import Fraction
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from ..claimtools import (
    as_written, attributes, canonical_entity, claim_data, comparable_pair, difference, fmt, group_key, period, reference,
    selected, show, where,
)
from ..codec import MessagePack
from ..binding import ages, changes, editions, incidents, rounds, softplace
from ..binding.names import SHORT_FORM
from ..binding.structure import LOCATED
from ..binding.qualifiers import TALLY_WORDS
from ..measures import glossary, hangul, measure_of, part_named_before, parts, sized_part, year_part
from ..headbridge import head_bridged
from ..loanword import candidate, loan_bridged
from ..romanize import bridged, bridged_people, glossed, person_key, skeleton
from ..config.ruleset import Rule
from ..model import SEVERITIES, Claim, Document, Finding, Location, Quantity, Severity
from ..tolerance import Interval, agree, comparable, dimension, normalised, rounds_to
from .base import Check, Corpus, DocumentView, Focus, new_finding

KIND = "contradiction"
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "attributes": {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True},
        "tolerance": {"type": "number", "minimum": 0, "description": "Extra relative tolerance (0.05 = 5%)."},
        "goals": {"type": "boolean", "description": "Compare goals and forecasts with each other."},
        "revision_severity": {"enum": [*SEVERITIES, "off"], "description": "Severity of a newer article revising a figure."},
        "discovered": {"type": "boolean", "description": (
            "Compare the attributes no rule declares (read from the sentence's structure: 누적 확진자 수, "
            "검사 건수) instead of the declared ones, and only between figures counted at the same stated "
            "reference time (12월 23일 0시 기준, as of March 14).")},
        "events": {"type": "boolean", "description": (
            "With discovered: compare the dates of events no rule declares (천안함 · 침몰 = 2010-03-26, read "
            "from the verbal noun of the date's predicate) instead of counts at a reference time.")},
        "once": {"type": "boolean", "description": (
            "With events: compare only the events the pack's `measures:` mark `once` (an entity's founding, "
            "opening, completion: 설립, 개항, founded, opened), each under its measure's name, so that a Korean "
            "and an English article meet; a recurring event (공연, 개편) is then never compared.")},
        "changes": {"type": "boolean", "description": (
            "With discovered: compare the rates of change of a level (\"412만 TEU로 전년보다 5.1% 늘어\", \"up 5.1% on "
            "the previous year\") of one entity, measure, direction, base and period, in one language or two.")},
        "measures": {"type": "boolean", "description": (
            "With discovered: compare a Korean and an English figure whose discovered attributes name one "
            "measure of the pack's `measures:` (골 and goals, 이용객 and passengers), of one entity (a Hangul "
            "name meets its romanization) and one year, instead of counts at a reference time.")},
        "within_language": {"type": "boolean", "description": (
            "With measures: compare the figures of two articles of one language instead (one measure, one entity, "
            "one year, no reference time).")},
        "ages": {"type": "boolean", "description": (
            "With discovered: compare a person's ages (\"정해민(58)\", \"Jeong Hae-min, 63,\") across articles and "
            "languages, allowing for the time between them (a person 52 in one year is 53 the next).")},
        "incidents": {"type": "boolean", "description": (
            "With discovered: compare the figures of one dated incident (\"2024년 3월 산불로 산림 285ha가 탔다\": 산불 "
            "(서하호, 2024-03) · 산림) across articles not written within a week of each other.")},
    },
}
DEFAULTS: dict[str, Any] = {"attributes": [], "tolerance": 0, "goals": True, "revision_severity": "info", "discovered": False,
                            "events": False, "once": False, "measures": False, "within_language": False,
                            "changes": False, "incidents": False, "ages": False}

Claims = tuple[Claim, ...]


class Contradiction(Check[Claims]):
    """A document's summary is its claims of the rule's attributes; the corpus step groups them."""

    kind = KIND
    options_schema = OPTIONS_SCHEMA
    defaults = DEFAULTS
    needs = frozenset({"claims"})
    scope = "related"  # a finding relates two claims of one entity and attribute
    codec = MessagePack(Claims)

    def validate(self, rule: Rule) -> Iterator[str]:
        if rule.options.get("tolerance", 0) >= 1:
            yield f"options.tolerance: {rule.options['tolerance']} is a relative tolerance and must be below 1 (0.05 = 5%)"

    def summarise(self, view: DocumentView, rule: Rule) -> Claims:
        declared = attributes(view.ruleset)
        if rule.options.get("discovered", False):
            if rule.options.get("ages", False):
                # a person's age, whatever the notation or language (binding/ages.py), of a person named in full
                return tuple(c for c in selected(view.claims, ()) if c.how in ages.HOWS and c.attribute == ages.ATTRIBUTE
                             and ages.person_named(c.entity) and not c.disputed and c.quantity.value is not None)
            if rule.options.get("changes", False):
                # "컨테이너 물동량 증가율 (전년 대비)" and "throughput growth (on the previous year)": one measure, one
                # direction, one base; the period with the part of its year ("2024-Q3" never meets "2024")
                words = glossary(view.ruleset)
                return tuple(replace(c, attribute=f"{measure_of(k[0], c.entity, words) or k[0]} {k[1]} on {k[2]}",
                                     period=_part_of_year(c, view.document))
                             for c in selected(view.claims, ()) if c.how == changes.HOW and (k := changes.key(c.attribute)))
            if rule.options.get("measures", False):
                # the attribute becomes its measure ("골" → goals), so that two languages meet in one group,
                # and the period says which part of its year the figure is for (2025-08, 2025-Q3)
                words = glossary(view.ruleset)
                part_words = parts(view.ruleset)
                # A rate per event ("경기당 평균 6,900여 명의 관중", "8,412 fans per home game") is its own measure, never
                # the season's total ("159,828 spectators")
                return tuple(replace(c, attribute=m + _per_unit(view.document.text, c), period=_part_of_year(c, view.document))
                             for c in selected(view.claims, ())
                             if c.attribute not in declared and c.quantity.kind != "date"
                             and (m := measure_of(c.attribute, c.entity, words)
                                  or sized_part(c.attribute, c.entity, words, part_words, dimension(c.quantity))) is not None)
            if rule.options.get("incidents", False):
                # a figure of a dated incident ("산불 (서하호, 2024-03) · 산림"): the incident pins its time
                return tuple(c for c in selected(view.claims, ()) if c.how == incidents.HOW and not c.disputed)
            if rule.options.get("events", False):
                # the date of an event ("천안함 · 침몰 = 2010-03-26") is a time itself: it needs no reference time
                dated = (c for c in selected(view.claims, ()) if c.attribute not in declared and c.quantity.kind == "date")
                if not rule.options.get("once", False):
                    return tuple(dated)
                # only an event that happens once to its entity, as its event's name, so that 개항 and opened meet
                events = glossary(view.ruleset, once=True)
                # and the date of one edition of a recurring event ("제5회 X" · held, scope "edition 5"), held once
                return tuple(replace(c, attribute=editions.ATTRIBUTE if c.how in (editions.HOW, editions.OF_PLACE)
                                     else events[c.attribute.casefold()])
                             for c in dated if c.how in (editions.HOW, editions.OF_PLACE) or c.attribute.casefold() in events)
            # a running count changes daily: only a figure with its reference time can be compared
            return tuple(c for c in selected(view.claims, ()) if c.attribute not in declared and c.reference
                         and c.quantity.kind != "date")
        return tuple(c for c in selected(view.claims, rule.options.get("attributes", ())) if c.attribute in declared)

    def related_keys(self, summary: Claims, rule: Rule) -> Iterable[str]:
        # and a coarse romanization key, so that a Hangul name's article is related to its Latin one's
        # ("충북청주FC", "Chungbuk Cheongju FC"); ``groups`` decides whether they are one entity
        coarse = ((skeleton(c.entity), c.attribute) for c in summary)
        # and, for a name a loanword could spell ("블루호크스", "Bluehawks"), one key per attribute: ``loan_bridged``
        # decides over the whole corpus
        loans = {f"~loan\0{c.attribute}" for c in summary if candidate(c.entity)}
        # (a name whose head is translated, "솔내농협" and "Solnae Agricultural Cooperative", is such a candidate too)
        # (and a person's key: "박도현" and "Park Do-hyun" share their given name's)
        people = {f"~person\0{k}\0{c.attribute}" for c in summary if (k := person_key(c.entity))}
        return {group_key(c) for c in summary} | {f"~{k}\0{a}" for k, a in coarse if k} | loans | people

    def check(self, corpus: Corpus[Claims], rule: Rule, focus: Focus) -> Iterator[Finding]:
        opts = rule.options
        varying = {name: a.varies_over_time for name, a in attributes(corpus.ruleset).items()}
        # an edition dated by an article that names its event only by its place: the corpus's one event of that place
        claims = editions.resolve(_confirmed([c for summary in corpus.summaries() for c in summary]))
        if opts.get("changes", False):
            varying.update((c.attribute, True) for c in claims)  # a change is of its period: stated, else none
        # the names across scripts are bridged over the whole corpus, before any focus: a pre-commit run
        # groups exactly as a full run does
        names = {c.entity for c in claims}
        one = bridged(names, _glosses(claims, corpus))
        # a Korean person and the customary romanisation of the name ("박도현", "Park Do-hyun")
        one = {**bridged_people(names), **one}
        # a Hangul loanword and its source ("블루호크스", "Bluehawks"), unless the Korean article glosses it otherwise
        one = {**loan_bridged(names), **_glossed_in_latin(claims, corpus, one), **one}
        # a name whose generic head is translated ("하람시립도서관", "Haram City Library"; factlint/headbridge.py)
        # (a Latin name another bridge already links is that bridge's)
        one = {**{h: n for h, n in head_bridged(names).items() if n not in set(one.values())}, **one}
        claims = _places_carried(claims, one)  # two plants of one company kept apart by their places
        if opts.get("ages", False) and opts.get("discovered", False):
            yield from _ages(claims, corpus, rule, focus, one)
            return
        if opts.get("measures", False) and opts.get("discovered", False):
            # the source of a forecast is a name too: "가온풍력은 … 전망했다" and "Gaon Wind expects" are one source
            sources = {c.attribution for c in claims if c.goal and c.attribution}
            one = {**bridged(sources), **one} if sources else one
            if opts.get("within_language", False):
                yield from _within_language(claims, corpus, rule, focus, one)
            else:
                yield from _across_languages(claims, corpus, rule, focus, one)
            return
        if opts.get("incidents", False) and opts.get("discovered", False):
            yield from _incidents(claims, corpus, rule, focus)
            return
        claims = _rounds_carried(claims, one)
        # The run's order: the changed articles of a pre-commit run last, so that the change is blamed.
        rank = {path: (path in corpus.changed, i) for i, path in enumerate(corpus.paths)}
        if not focus.everything:  # only groups with a claim of a changed document can give a finding
            keys = {(one.get(c.entity, c.entity).casefold(), c.attribute) for c in claims if c.path in focus}
            claims = [c for c in claims if (one.get(c.entity, c.entity).casefold(), c.attribute) in keys]
        tolerance = opts.get("tolerance", 0)
        references = _references(corpus)
        discovered = opts.get("discovered", False)
        # counts at one stated reference time: the disagreements of one pair of articles, together
        by_pair: dict[tuple[str, str, str | None], list[Finding]] = defaultdict(list)
        for key, group in groups(claims, varying, opts.get("goals", True), one).items():
            if len(group) < 2 or not any(c.path in focus for c in group):
                continue
            if discovered and len(group) == 2:
                # no majority: the later article is the one that disagrees (a stale label is the newer one)
                ref = first(group[0], group[1], rank)
            elif all(c.quantity.kind == "date" for c in group):
                ref = _dated_reference(group, rank)
            else:
                ref = consensus(group, references.get((key[0], key[1]), ()), rank)
            for c in group:
                if c is ref or not (c.path in focus or ref.path in focus):
                    continue
                pair = comparable_pair(c, ref)
                if pair is None or agree(pair[0], pair[1], tolerance):
                    continue
                finding = _finding(rule, c, ref, pair, key, corpus.document, tolerance)
                if finding is None:
                    continue
                if discovered:
                    by_pair[(c.path, ref.path, key[3])].append(finding)
                else:
                    yield finding
        for (_, other, when), found in sorted(by_pair.items(), key=lambda kv: kv[0][:2] + (kv[0][2] or "",)):
            yield found[0] if len(found) == 1 else _merged(rule, found, when, corpus.document(other))


_MIN = dt.date.min  # the sort floor for undated claims


def _glosses(claims: Sequence[Claim], corpus: Corpus[Claims]) -> Callable[[str], set[str]]:
    """For a Latin name, the Hangul names the documents holding its claims gloss it with ("Damra Island
    (Korean: 담라도)"): read only for a name two Hangul names of one stem could be (``bridged``)."""
    paths: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        paths[c.entity].add(c.path)

    def glosses(latin: str) -> set[str]:
        return {h for p in sorted(paths.get(latin, ())) for h in glossed(corpus.document(p).text, latin)}
    return glosses


_LATIN_GLOSS = re.compile(r"\(([A-Za-z][\w .&-]{0,40}?)\)")


def _latin_glosses(text: str, name: str) -> list[str]:
    """The Latin names in parentheses right after a Hangul ``name`` not glued to a syllable before it
    ("루멘셀(Lumencell)"), in order: the groups of ``re.finditer(rf"(?<![가-힣]){re.escape(name)}[(]…[)]", text)``,
    found by ``str.find`` and one pattern compiled once (the whole pattern was compiled per name and run)."""
    out: list[str] = []
    at = text.find(name)
    while at != -1:
        m = _LATIN_GLOSS.match(text, at + len(name))
        if m is not None and not (at > 0 and "가" <= text[at - 1] <= "힣"):
            out.append(m.group(1))
            at = text.find(name, m.end())  # (finditer's matches do not overlap)
        else:
            at = text.find(name, at + 1)
    return out


def _glossed_in_latin(claims: Sequence[Claim], corpus: Corpus[Claims], one: Mapping[str, str]) -> dict[str, str]:
    """A Hangul name that its own article glosses with a Latin name another article's claims write ("루멘셀
    (Lumencell)"), a loanword no romanization bridges (셀 is "sel", not "cell"), → that Latin name: the Korean
    article's own reading. Read only for Hangul names ``one`` does not bridge, in the documents that hold their claims."""
    latin = {c.entity for c in claims if c.entity.isascii()}
    paths: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.entity not in one and not c.entity.isascii() and all("가" <= ch <= "힣" for ch in c.entity):
            paths[c.entity].add(c.path)
    out: dict[str, str] = {}
    for name, where in sorted(paths.items()):
        found = {g for p in sorted(where) for g in _latin_glosses(corpus.document(p).text, name)} & latin
        if len(found) == 1:
            out[name] = found.pop()
    return out


def _across_languages(claims: Sequence[Claim], corpus: Corpus[Claims], rule: Rule, focus: Focus,
                      bridge: Mapping[str, str]) -> Iterator[Finding]:
    """A Korean and an English figure of one measure (the claims' attributes are measures here), one
    entity and one year: the later article's is reported when they disagree. Only a figure of one
    language against one of the other: two figures of one language are for the other rules. A
    language that gives two figures for one group (42골 scored, 38골 conceded: both "골") does not say
    which is the other article's, so that group gives nothing."""
    rank = {path: (path in corpus.changed, i) for i, path in enumerate(corpus.paths)}
    tolerance = rule.options.get("tolerance", 0)
    # a measure's figure is of a year: stated, else the article's; a fixed measure's (a lake's area) of none
    fixed = {m.name for m in corpus.ruleset.measures if m.fixed}
    # ... and a part's size ("runway length") is its size measure's
    fixed |= {f"{p} {f}" for p in set(parts(corpus.ruleset).values()) for f in fixed}
    varying = {c.attribute: c.attribute not in fixed for c in claims}
    for key, group in sorted(groups(claims, varying, rule.options.get("goals", True), bridge).items(), key=lambda kv: repr(kv[0])):
        if len(group) < 2 or not any(c.path in focus for c in group):
            continue
        sides = ([c for c in group if _korean(c, corpus)], [c for c in group if not _korean(c, corpus)])
        ko, en = (_one_figure(side, tolerance) for side in sides)
        if ko is None or en is None or _two_sources(ko, en, corpus):
            continue
        if ko.attribute in fixed and (ko.period or en.period) and period(ko) != period(en):
            continue  # a fixed measure stated for a year of its own ("In 1980 it had a surface area of …"): that year's
        ref = first(ko, en, rank)
        c = en if ref is ko else ko
        pair = comparable_pair(c, ref)
        if pair is None:
            continue
        # one side rounds the other: "roughly 390,000" is no rounding of 382,417 (a translator's or a
        # wire's rounding of the figure the other article gives exactly), although within its ±5 %
        rounded = rounds_to(pair[0], pair[1]) and rounds_to(pair[1], pair[0])
        within = agree(pair[0], pair[1], tolerance)
        if rounded and within:
            continue
        finding = _finding(rule, c, ref, pair, key, corpus.document, tolerance)
        if finding is not None:
            yield replace(finding, message=finding.message + " — within the approximation, but no rounding of it") \
                if within else finding


def _within_language(claims: Sequence[Claim], corpus: Corpus[Claims], rule: Rule, focus: Focus,
                     bridge: Mapping[str, str]) -> Iterator[Finding]:
    """Two articles of one language giving one measure of one entity and one year two figures ("단월터널은
    총사업비 4,870억 원 규모로" and, in a column, "단월터널 역시 … 사업비가 6,120억 원에 이른다"): the later
    article's is reported. The groups are the bilingual rule's (:func:`_across_languages`), with its guards —
    an article giving two figures for a group says nothing, two named sources of one script are two
    estimates — and a figure within the other's approximation agrees. A figure counted at a stated
    reference time is left to dated-count-contradiction (two tallies of one year at two times differ by
    nature), and each article speaks once per group, so that one article's repeated figure is one voice.
    Unlike across languages, a figure whose year only its article's date gives is compared only for a fixed
    measure (a length, an area, a project's cost): two Korean wire stories a day apart give two days' tallies
    ("서울 373명", "서울 457명") of one year, which no year written in them tells apart."""
    rank = {path: (path in corpus.changed, i) for i, path in enumerate(corpus.paths)}
    tolerance = rule.options.get("tolerance", 0)
    fixed = {m.name for m in corpus.ruleset.measures if m.fixed}
    varying = {c.attribute: c.attribute not in fixed for c in claims}
    for key, group in sorted(groups(claims, varying, rule.options.get("goals", True), bridge).items(), key=lambda kv: repr(kv[0])):
        if len(group) < 2 or not any(c.path in focus for c in group) or any(c.reference for c in group):
            continue
        for korean in (True, False):
            by_path: dict[str, list[Claim]] = defaultdict(list)
            for c in group:
                if _korean(c, corpus) is korean:
                    by_path[c.path].append(c)
            voices = [_one_figure(by_path[p], tolerance) for p in sorted(by_path)]
            if len(voices) < 2 or any(v is None for v in voices):
                continue
            spoken = [v for v in voices if v is not None]
            ref = consensus(spoken, (), rank)
            for c in spoken:
                if c is ref or not (c.path in focus or ref.path in focus) or _two_sources(c, ref, corpus):
                    continue
                if c.attribute in fixed and (c.period or ref.period) and period(c) != period(ref):
                    continue
                if _basis(c, corpus) != _basis(ref, corpus):
                    continue  # "1,350억 원(연결 기준)" and "1,100억 원(별도 기준)", "외국인을 포함하면 4만 3천 명": two bases
                if c.attribute in fixed and not (c.period or ref.period) and _revised(c, ref):
                    continue  # a cost or a design given years apart ("총사업비 3,200억" in 2019, "4,100억" in 2024)
                if c.attribute not in fixed and (c.period is None or ref.period is None):
                    continue  # the year only the articles' dates give: a daily tally ("서울 373명") is of its day
                pair = comparable_pair(c, ref)
                if pair is None or agree(pair[0], pair[1], tolerance):
                    continue
                said, other = c, ref
                if c.attribute in fixed:
                    # "총사업비가 4,870억 원으로 늘었다", "cost rose to 487 billion won": the newer article revises it
                    said, other = (replace(x, revision=x.revision or _changed_to(x, corpus)) for x in (c, ref))
                finding = _finding(rule, said, other, pair, key, corpus.document, tolerance)
                if finding is not None:
                    yield finding


def _changed_to(c: Claim, corpus: Corpus[Claims]) -> bool:
    """Whether a figure is what a change brought its measure to ("4,870억 원으로 늘었다", "으로 증액됐다", "rose to
    487 billion won"): a fixed measure (a project's cost) given so has been revised."""
    text = corpus.document(c.path).text
    return bool(_CHANGED_TO_KO.match(text, c.span.end) or _CHANGED_TO_EN.search(text, max(0, c.span.start - 30), c.span.start))


_CHANGED_TO_KO = re.compile(r"\s*(?:으로|로)\s*(?:[가-힣]+\s+){0,2}?(?:늘|증가|불어|증액|확대|상향|커졌|올랐|줄|감소|감액|축소|하향|낮아)")
_CHANGED_TO_EN = re.compile(r"\b(?:rose|grew|increased|climbed|jumped|swelled|ballooned|fell|dropped|decreased|was\s+raised|"
                            r"was\s+cut|was\s+revised|has\s+risen|has\s+grown)\s+to\s+(?:about\s+|around\s+|some\s+)?\Z")


def _basis(c: Claim, corpus: Corpus[Claims]) -> str | None:
    """The basis a figure is counted on, when its text states one: a bracket after it ("1,100억 원(별도 기준)",
    "(consolidated)"), a basis before it in its sentence ("별도 기준으로", "외국인을 포함하면", "excluding
    subsidiaries", "on a consolidated basis"); None: none stated. A time ("2024년 말 기준") is no basis."""
    text = corpus.document(c.path).text
    after = _BASIS_AFTER.match(text, c.span.end)
    if after is not None and not _TIME_BASIS.search(after.group(1)):
        return after.group(1).strip().casefold()
    start = max(c.sentence.start if c.sentence else 0, c.span.start - 60)
    before = _BASIS_BEFORE.search(text, start, c.span.start)
    return before.group(0).strip().casefold() if before is not None and not _TIME_BASIS.search(before.group(0)) else None


_BASIS_AFTER = re.compile(r"\s*[(（]([^()（）\n]{1,20}?)\s*(?:기준|basis)?[)）]")
_TIME_BASIS = re.compile(r"\d|말|현재|연간|올해|지난해|작년|전년|당시|시점|(?i:\bas\s+of\b)")
_BASIS_BEFORE = re.compile(r"(?<![\d가-힣])[가-힣]+\s*기준(?:으로(?:는|도)?|으론|)(?=\s)|[가-힣]+[을를]?\s*(?:포함|제외|빼|합치|더)(?:하면|면|한|해|하고)"
                           r"|\b(?:excluding|including|on\s+a\s+[a-z]+\s+basis|consolidated|standalone|separate)\b", re.I)


def _revised(a: Claim, b: Claim) -> bool:
    """Two articles written more than a year apart: a fixed measure they give with no year of its own may have
    been revised in between — a project's cost grows with its delays, a tunnel's design changes ("서해터널은
    총사업비 3,200억 원 규모로" at the ground-breaking in 2019, "총사업비는 4,100억 원이 됐다" in 2024)."""
    return a.date is not None and b.date is not None and abs((a.date - b.date).days) > _REVISION_DAYS


_REVISION_DAYS = 366


def _confirmed(claims: list[Claim]) -> list[Claim]:
    """The claims without those of a short form no other article confirms: "얼음축제" in a column on 단월군 is read as
    단월얼음축제 (:data:`SHORT_FORM`), a name only when another article writes it (a claim of that entity read
    otherwise). Over the whole corpus, before any focus, as ``bridged``."""
    written: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.how != SHORT_FORM:
            written[c.entity].add(c.path)
    return [c for c in claims if c.how != SHORT_FORM or written[c.entity] - {c.path}]


def _two_sources(a: Claim, b: Claim, corpus: Corpus[Claims]) -> bool:
    """Both figures name who states them, in one script (after the pack's aliases), and the names differ: two
    research firms' shares or counts ("IDC에 따르면 … 1,820만 대", "according to Canalys, … 17.2 million") are two
    estimates, not one fact stated twice. Names in two scripts are not known to differ: "기상청" and "the Korea
    Meteorological Administration" are one agency that no romanization shows, so those figures are compared (two
    sources of one fact must agree), as are figures where either side names none."""
    if not a.attribution or not b.attribution:
        return False
    x, y = (canonical_entity(corpus.ruleset, _named_source(s)) for s in (a.attribution, b.attribution))
    return hangul(x) == hangul(y) and x.casefold() != y.casefold()


def _named_source(source: str) -> str:
    """A source without the descriptor a Korean article writes before it ("시장조사업체 카운터리서치": 카운터리서치), nor
    the tally after it ("단월군 내부 집계": 단월군 — a count is no one's name)."""
    if not hangul(source):
        return source
    words = source.split()
    while len(words) > 1 and words[-1] in TALLY_WORDS:
        words.pop()
    return words[-1]


# Articles written within this many days of each other may report an incident while it runs: their tallies
# ("산림 100ha가 탔다", two days later "312ha") are a running count, not a contradiction.
RUNNING_DAYS = 7


def _incidents(claims: Sequence[Claim], corpus: Corpus[Claims], rule: Rule, focus: Focus) -> Iterator[Finding]:
    """Two articles' figures of one incident's measure (the incident named by its noun, place and month: "산불
    (서하호, 2024-03) · 산림"): the later article's is reported when they disagree. An article giving two figures
    for one group says nothing; nor do two articles both dated, within :data:`RUNNING_DAYS` of each other."""
    rank = {path: (path in corpus.changed, i) for i, path in enumerate(corpus.paths)}
    tolerance = rule.options.get("tolerance", 0)
    by_key: dict[tuple[str, str, str, str | None], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        by_key[(c.entity, c.attribute, dimension(c.quantity), c.scope)][c.path].append(c)
    for key, by_path in sorted(by_key.items(), key=lambda kv: repr(kv[0])):
        sides = [one for path in sorted(by_path) if (one := _one_figure(by_path[path], tolerance)) is not None]
        if len(sides) != len(by_path) or len(sides) < 2 or not any(c.path in focus for c in sides):
            continue
        for i, a in enumerate(sides):
            for b in sides[i + 1:]:
                if a.date is not None and b.date is not None and abs((a.date - b.date).days) <= RUNNING_DAYS:
                    continue
                ref = first(a, b, rank)
                c = b if ref is a else a
                if not (c.path in focus or ref.path in focus):
                    continue
                pair = comparable_pair(c, ref)
                if pair is None or agree(pair[0], pair[1], tolerance):
                    continue
                finding = _finding(rule, c, ref, pair, (key[0], key[1], False, None, key[2], key[3], None),
                                   corpus.document, tolerance)
                if finding is not None:
                    yield finding


Window = tuple[dt.date, dt.date]
_YEAR_DAYS = Fraction(3652425, 10000)  # the Gregorian year's mean length in days


def _ages(claims: Sequence[Claim], corpus: Corpus[Claims], rule: Rule, focus: Focus,
          one: Mapping[str, str]) -> Iterator[Finding]:
    """A person's ages in two places (one person: the same full name, or a Hangul name and its romanization) that no
    time between their places explains (:func:`_age_window`): the later place's is reported, each place at most
    once. A place's time is its article's date, else the year its sentence names, else — undated — any time within
    the span of the run's dated ages; with none dated, an undated age meets only the ages of its own article."""
    rank = {path: (path in corpus.changed, i) for i, path in enumerate(corpus.paths)}
    times = {id(c): _when(c) for c in claims}
    known = [t for t in times.values() if t is not None]
    span = (min(t[0] for t in known), max(t[1] for t in known)) if known else None
    people: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        people[one.get(c.entity, c.entity).casefold()].append(c)
    for _, group in sorted(people.items()):
        if len(group) < 2 or not any(c.path in focus for c in group):
            continue
        group = sorted(group, key=lambda c: (rank.get(c.path, (True, len(rank))), c.span.start))
        reported: set[int] = set()
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                ref = first(a, b, rank)
                c = b if ref is a else a
                if id(c) in reported or not (c.path in focus or ref.path in focus):
                    continue
                same = (_MIN, _MIN)
                ta, tc = (same, same) if c.path == ref.path else (times[id(ref)] or span, times[id(c)] or span)
                if ta is None or tc is None:
                    continue
                low, high = _age_window(ta, tc)
                assert ref.quantity.value is not None and c.quantity.value is not None  # (summarise keeps only these)
                gap = int(c.quantity.value) - int(ref.quantity.value)
                if low <= gap <= high:
                    continue
                reported.add(id(c))
                yield _age_finding(rule, c, ref, gap, (low, high), corpus.document)


def _when(c: Claim) -> Window | None:
    """The days an age may have been counted on: its article's date (the press gives an age as of its writing,
    whatever year the sentence speaks of: "2019년 우승한 박도현(52)" is 52 now); in an undated article, the year its
    sentence names ("2025년 개인종합 우승은 강도윤(24)이"), the whole year; else None (unknown)."""
    if c.date is not None:
        return c.date, c.date
    if c.period is not None and re.fullmatch(r"\d{4}", c.period):
        return dt.date(int(c.period), 1, 1), dt.date(int(c.period), 12, 31)
    return None


def _age_window(earlier: Window, later: Window) -> tuple[int, int]:
    """How much older (a negative: younger) a person may be written at ``later`` than at ``earlier``, the two
    times known only as windows of days. An age is the floor of a duration: over Δ years it grows by floor(Δ) or
    ceil(Δ) (a birthday in between adds one); one more year is allowed for an age counted before its article's
    date (a profile, an event days before the dateline) or in the old Korean count, never one less: a person does
    not grow younger. Δ runs over every pair of days of the two windows; at Δ = 0 (the same day, or one article)
    either order holds: ±1. docs/checks/contradiction.md, docs/precision.md."""
    least = Fraction((later[0] - earlier[1]).days) / _YEAR_DAYS
    most = Fraction((later[1] - earlier[0]).days) / _YEAR_DAYS
    low = math.floor(least) if least > 0 else -math.ceil(-least) - 1
    high = math.ceil(most) + 1 if most >= 0 else -math.floor(-most)
    return low, high


def _age_finding(rule: Rule, c: Claim, ref: Claim, gap: int, window: tuple[int, int],
                 document: Callable[[str], Document]) -> Finding:
    doc_of = {p: document(p) for p in {c.path, ref.path}}

    def at(x: Claim) -> str:
        return f" ({x.date})" if x.date is not None else (f" ({x.period})" if x.period else " (undated)")

    allowed = f"{window[0]:+d}" if window[0] == window[1] else f"{window[0]:+d} to {window[1]:+d}"
    message = (f"{c.entity} · {ages.ATTRIBUTE}: {as_written(c)}{at(c)} contradicts {as_written(ref)}{at(ref)} at "
               f"{where(doc_of[ref.path], ref)}; {abs(gap)} year{'s' if abs(gap) != 1 else ''} "
               f"{'older' if gap > 0 else 'younger'}, where the time between the two allows {allowed} years")
    data = {"case": "contradiction", "entity": c.entity, "attribute": ages.ATTRIBUTE, "period": None, "scope": None,
            "goal": False, "tolerance": 0, "gap": gap, "allowed": list(window),
            "claim": claim_data(c, doc_of[c.path]), "other": claim_data(ref, doc_of[ref.path])}
    related = (Location(ref.path, ref.span, f"{ref.entity} · {ref.attribute} = '{ref.quantity.text}'"),)
    return new_finding(rule, message, Location(c.path, c.span), related, data)


def _part_of_year(c: Claim, document: Document) -> str | None:
    """The claim's period with the part of its year its sentence names ("2025-08", "2025-Q3"; "2025-?" when
    it names a part only relative to another or two parts: it meets no other), else its year as before
    (``measures.year_part``). A figure of no known year stays of none: it meets nothing anyway.

    A level counted at a point in time — the claim's reference time ("12월 31일 기준", a table's "2025년 12월 31일
    주민등록 기준"), else a month its sentence marks as a point ("as of December 2025", "12월 말") — is the year's
    when the point is the end of December (a year's level is its end's: "2025년 인구"), else its month's end
    ("2025-06@", "6월 말 기준", "as of June") or its day ("2025-12-23@"): never the key of a month's flow ("2025-12")."""
    if c.goal and not c.period and c.sentence is not None and _per_year(document.text, c):
        return PER_YEAR  # a forecast of a yearly rate ("expects … about 1,210 GWh a year", "연간 … 전망"): of no one year
    year = period(c)
    if year is None or c.sentence is None:
        return c.period
    if c.reference is not None:
        point = _reference_point(c.reference, year)
        if point is not None:
            return point
    text = document.text
    after = text[c.span.end:c.sentence.end]
    part = year_part(text[c.sentence.start:c.span.start], after, document.date.month if document.date else None)
    if part == "=":  # "in the quarter", "같은 기간": the one part the article named before this sentence
        part = part_named_before(text[:c.sentence.start]) or "-"
    if part is None:
        return c.period
    if part == "-":
        return f"{year}-? {c.path}:{c.span.start}"  # its own key: never the same as another figure's
    if part.startswith("P"):
        return year if part == "P12" else f"{year}-{part[1:]}@"
    return f"{year}-{part[1:]}" if part.startswith("M") else f"{year}-{part}"


# A figure per event: "경기당 평균 6,900여 명", "홈 경기당", "8,412 fans per home game", "10,000 a game" (the unit's noun
# in both languages → its key)
_PER_UNIT_KO = re.compile(r"(?<![가-힣])(?:홈\s?|원정\s?)?(경기|게임)당")
_PER_UNIT_EN = re.compile(r"\s*(?:[a-z][a-z\-]*\s+){0,2}?(?:per|a|each)\s+(?:home\s+|away\s+|league\s+)?(game|match)\b")
_UNIT_KEYS = {"경기": "game", "게임": "game", "game": "game", "match": "game"}


def _per_unit(text: str, c: Claim) -> str:
    """" per game" when the claim's figure is stated per game (a rate), else ""."""
    if c.sentence is None:
        return ""
    sentence = text[c.sentence.start:c.sentence.end]
    if _mostly_hangul(sentence):
        ko = None
        for ko in _PER_UNIT_KO.finditer(text, c.sentence.start, c.span.start):
            pass  # the last one before the figure
        return f" per {_UNIT_KEYS[ko.group(1)]}" if ko is not None else ""
    en = _PER_UNIT_EN.match(text, c.span.end, c.sentence.end)
    return f" per {_UNIT_KEYS[en.group(1)]}" if en is not None else ""


PER_YEAR = "per year"
# A yearly rate: "a year", "per year", "annually", "each year" right after the figure's unit; "연간", "연", "매년",
# "해마다" before it in its sentence
_PER_YEAR_EN = re.compile(r"\s*(?:(?:a|per|each|every)\s+year|annually|yearly)\b")
_PER_YEAR_KO = re.compile(r"(?:(?<![가-힣])연간|(?<![가-힣])연(?=\s?\d)|매년|해마다)")


def _per_year(text: str, c: Claim) -> bool:
    """Whether the claim's figure is stated as a rate per year."""
    assert c.sentence is not None
    sentence = text[c.sentence.start:c.sentence.end]
    if _mostly_hangul(sentence):
        return _PER_YEAR_KO.search(text, c.sentence.start, c.span.start) is not None
    return _PER_YEAR_EN.match(text, c.span.end, c.sentence.end) is not None


_REFERENCE_DAY = re.compile(r"(\d{4}|\?{4})-(\d{2})(?:-(\d{2}))?")


def _reference_point(reference: str, year: str) -> str | None:
    """The key of a claim's reference time ("2025-12-31" → "2025", "2024-06-30" → "2024-06@", "2020-12-23 00:00"
    → "2020-12-23@"): a month's last day is its month's end, December's the year's; None: not a date."""
    m = _REFERENCE_DAY.match(reference)
    if m is None:
        return None
    when = m.group(1) if m.group(1).isdigit() else year
    month, day = int(m.group(2)), m.group(3)
    if day is not None and int(day) < calendar.monthrange(int(when), month)[1]:
        return f"{when}-{month:02d}-{day}@"
    return when if month == 12 else f"{when}-{month:02d}@"


_HANGUL_SYLLABLE = re.compile(r"[가-힣]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _korean(c: Claim, corpus: Corpus[Claims]) -> bool:
    """Is the claim's sentence (else its own text) written in Korean? By the larger script, not by any
    Hangul in it: an English sentence with a gloss ("Gimhae (Korean: 김해시) is …") is English."""
    if c.sentence is None:
        return hangul(c.quantity.text)
    return _mostly_hangul(corpus.document(c.path).text[c.sentence.start:c.sentence.end])


def _mostly_hangul(text: str) -> bool:
    """More Hangul syllables than half the Latin letters: the sentence is Korean, a gloss in it or not."""
    return len(_HANGUL_SYLLABLE.findall(text)) > sum(len(w) for w in _LATIN_WORD.findall(text)) / 2


def _one_figure(side: Sequence[Claim], tolerance: float) -> Claim | None:
    """The figure all of a side's claims agree with, or None when the side is empty or gives two. A bound that
    agrees with a point is no second figure, and the point is the side's ("이용객이 60만 명을 넘어섰다" in the lead,
    "68만 4천여 명" below it: 68만 4천, the figure the other language's is compared with)."""
    if not side:
        return None
    one = next((c for c in side if c.quantity.bound is None), side[0])
    for c in side:
        pair = comparable_pair(c, one)
        if pair is None or not agree(pair[0], pair[1], tolerance):
            return None
    return one

_EDITION_SCOPE = re.compile(r"edition \d+")


def _rounds_carried(claims: Sequence[Claim], one: Mapping[str, str]) -> list[Claim]:
    """A funding amount that names no round ("Lumencell, which raised 45 billion won in March") is the amount of the one
    round the corpus states for that entity, attribute and year ("루멘셀 … 시리즈B 투자에서 450억 원을 유치"): a round is
    a qualifier an article may leave out, not a part of a whole (binding/rounds.py). With two rounds stated for that
    year (Series A and B), it is neither's."""
    def key(c: Claim) -> tuple[str, str, str | None]:
        return one.get(c.entity, c.entity).casefold(), c.attribute, period(c)

    stated: dict[tuple[str, str, str | None], set[str]] = defaultdict(set)
    for c in claims:
        if c.scope is not None and (rounds.ROUND_SCOPE.fullmatch(c.scope)
                                    or c.how == LOCATED and _EDITION_SCOPE.fullmatch(c.scope)):
            # (so is the edition of a count in a named event: "'제21회 하송야생차축제'에 관광객 18만 명": a count of
            # the festival that names no edition is that one's; with two editions stated, neither's)
            stated[key(c)].add(c.scope)
    if not stated:
        return list(claims)
    return [replace(c, scope=next(iter(found))) if c.scope is None and len(found := stated.get(key(c), set())) == 1 else c
            for c in claims]


def _places_carried(claims: Sequence[Claim], one: Mapping[str, str]) -> list[Claim]:
    """A soft place (binding/softplace.py: the place of "its new plant in Danyang" that "The plant" was reached
    through) carried as a round is (``_rounds_carried``): a claim of the same entity, attribute and own scope
    that names no place takes the one place the corpus states for that key (of any period), so that two claims meet when their
    places agree or one has none; with two places stated it meets neither. A place in Hangul is the Latin one it
    romanizes ("하람시" is "Haram")."""
    def key(c: Claim) -> tuple[str, str, str | None]:  # (no period: a plant stays where it is)
        return one.get(c.entity, c.entity).casefold(), c.attribute, softplace.split(c.scope)[0]

    places = {p for c in claims if (p := softplace.split(c.scope)[1]) is not None}
    if not places:
        return list(claims)
    latin = bridged(places)
    stated: dict[tuple[str, str, str | None], set[str]] = defaultdict(set)
    for c in claims:
        if (p := softplace.split(c.scope)[1]) is not None:
            stated[key(c)].add(latin.get(p, p))
    out = []
    for c in claims:
        own, p = softplace.split(c.scope)
        found = stated.get(key(c), set())
        if p is not None:
            out.append(replace(c, scope=softplace.with_place(own, latin.get(p, p))))
        elif len(found) == 1:
            out.append(replace(c, scope=softplace.with_place(own, next(iter(found)))))
        else:
            out.append(c)
    return out


GroupKey = tuple[str, str, bool, str | None, str, str | None, str | None]


def groups(claims: Sequence[Claim], varying: Mapping[str, bool], goals: bool,
           bridge: Mapping[str, str] | None = None) -> dict[GroupKey, list[Claim]]:
    """Claims that must agree: same entity, attribute, goal-ness, period (if time-varying; the reference
    time for a discovered attribute), dimension, scope, and for a goal or forecast who states it. A
    Hangul name is the Latin name of the corpus it romanizes, when it romanizes exactly one
    (``factlint/romanize.py``: "충북청주FC" is "Chungbuk Cheongju FC", "청주시" is "Cheongju"); ``bridge``: that
    mapping made over the whole corpus, when ``claims`` are only part of it."""
    out: dict[GroupKey, list[Claim]] = defaultdict(list)
    one = bridged({c.entity for c in claims}) if bridge is None else bridge
    for c in claims:
        if c.goal and not goals:
            continue
        dated = c.quantity.kind == "date"  # when an event happened ("천안함 · 침몰"): the value is the time itself
        if dated:
            p = None
        elif c.attribute not in varying:
            p = f"as of {c.reference}" if c.reference else None  # a discovered attribute: its reference time
        else:
            p = period(c) if varying[c.attribute] else None
        if not dated and (c.attribute not in varying or varying[c.attribute]) and p is None:
            continue  # a time-varying figure of unknown period cannot contradict anything
        # a part of a whole ("해외유입 5,193명" of 52,550명) is its own claim: the scope is in the key;
        # so is the source of a forecast (two firms may expect different things; two sources of one
        # fact must still agree)
        source = one.get(c.attribution, c.attribution).casefold() if c.goal and c.attribution else None
        out[(one.get(c.entity, c.entity).casefold(), c.attribute, c.goal, p, dimension(c.quantity), c.scope, source)].append(c)
    return out


Rank = Mapping[str, "tuple[bool, int]"]  # path → (changed in a pre-commit run, place in corpus order)


def consensus(group: Sequence[Claim], references: Sequence[Quantity] = (), rank: Rank | None = None) -> Claim:
    """What the group should agree with: a figure that matches a reference fact, else the median
    figure — what the majority says. With no majority (two claims, or an even group whose middle
    two differ), the earlier of the two (:func:`first`), so that the later article is blamed."""
    ordered = sorted(group, key=lambda c: (_magnitude(c), c.path, c.span.start))
    for ref in references:
        matching = [c for c in ordered if comparable(c.quantity, ref) and agree(c.quantity, ref)]
        if matching:
            return matching[(len(matching) - 1) // 2]
    low, high = ordered[(len(ordered) - 1) // 2], ordered[len(ordered) // 2]
    if rank is None or _magnitude(low) == _magnitude(high):
        return low
    return first(low, high, rank)


def _dated_reference(group: Sequence[Claim], rank: Rank) -> Claim:
    """What the dates of one event are compared with: the most precise date that most of the group agree with
    (of equals, the first written: :func:`first`). Not the median — "March 2026" between "2026년 3월 18일" and
    "March 16" agrees with both, and the two days with it, while they differ from each other."""
    def width(c: Claim) -> Fraction:
        q = c.quantity
        return q.high - q.low if q.low is not None and q.high is not None else Fraction(10**9)

    narrowest = min(width(c) for c in group)
    best: Claim | None = None
    best_agreeing = -1
    for c in sorted((c for c in group if width(c) == narrowest), key=lambda c: (c.path, c.span.start)):
        agreeing = sum(1 for o in group if (pair := comparable_pair(o, c)) is not None and agree(*pair))
        if best is None or agreeing > best_agreeing or agreeing == best_agreeing and first(best, c, rank) is c:
            best, best_agreeing = c, agreeing
    assert best is not None
    return best


def first(a: Claim, b: Claim, rank: Rank) -> Claim:
    """Of two claims, the one written first as far as the run knows: in a pre-commit run the one of
    an unchanged article; then the one of the article dated earlier, when both dates are known and
    differ; else the first in corpus order (sorted paths, then place in the text)."""
    def place(c: Claim) -> tuple[bool, int, int]:
        changed, at = rank.get(c.path, (True, len(rank)))
        return changed, at, c.span.start
    pa, pb = place(a), place(b)
    if pa[0] == pb[0] and a.date is not None and b.date is not None and a.date != b.date:
        return a if a.date < b.date else b
    return a if pa <= pb else b


def _magnitude(c: Claim) -> Fraction:
    m = normalised(c.quantity).magnitude
    return m if m is not None else Fraction(0)


def _references(corpus: Corpus[Claims]) -> dict[tuple[str, str], list[Quantity]]:
    """Current reference facts by (entity, attribute): they decide which side of a disagreement is the odd one."""
    out: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
    for fact in corpus.ruleset.facts:
        if fact.expires is None or fact.expires >= corpus.today:
            out[(canonical_entity(corpus.ruleset, fact.entity).casefold(), fact.attribute)].append(reference(fact))
    return out


def _case(c: Claim, ref: Claim) -> str:
    newer, older = (c, ref) if (c.date or _MIN) >= (ref.date or _MIN) else (ref, c)
    if newer.revision and newer.date and older.date and newer.date > older.date:
        return "revision"
    return "goal" if c.goal else "contradiction"


def _finding(rule: Rule, c: Claim, ref: Claim, pair: tuple[Any, Any], key: GroupKey,
             document: Any, tolerance: float) -> Finding | None:
    case = _case(c, ref)
    severity: Severity = rule.severity
    if case == "revision":
        level = rule.options.get("revision_severity", "info")
        if level == "off":
            return None
        severity = level
    doc_of: dict[str, Document] = {p: document(p) for p in {c.path, ref.path}}
    qa, qb = pair
    verb = {
        "contradiction": "contradicts",
        "goal": "is a different goal than",
        "revision": "revises",
    }[case]
    when = (f" {key[3]}" if key[3].startswith(("as of", PER_YEAR)) else f" for {key[3]}") if key[3] else ""
    own = softplace.split(c.scope)[0]  # (a soft place only keeps two plants apart: not shown)
    label = f"{c.entity} · {c.attribute}{f' ({own})' if own else ''}{when}"
    if case == "revision":
        newer, older = (c, ref) if (c.date or _MIN) >= (ref.date or _MIN) else (ref, c)
        message = (
            f"{label}: {as_written(newer)} ({show(newer.quantity, True)}, {newer.date}) revises {as_written(older)} "
            f"({show(older.quantity, True)}, {older.date}) at {where(doc_of[older.path], older)} — a newer article "
            f"revising the figure, not a contradiction"
        )
    else:
        message = (
            f"{label}: {as_written(c)} ({show(qa, True)}) {verb} {as_written(ref)} ({show(qb, True)}) at {where(doc_of[ref.path], ref)}"
        )
        if case == "goal":
            message += " — both are goals or forecasts"
        ia, ib = normalised(qa), normalised(qb)
        if qa.kind == "date" and ia.low is not None and ia.high is not None and ib.low is not None and ib.high is not None:
            message += f"; {_apart(ia, ib)}"
        else:
            gap = ia.gap(ib)
            if not gap and ia.magnitude and ib.magnitude:
                # rounding intervals that only touch ("8100억" and "8200억"): the written values' distance
                gap = abs(ia.magnitude - ib.magnitude) / max(abs(ia.magnitude), abs(ib.magnitude))
            message += f"; {difference(ia, ib, gap, 'it', points=qa.unit == qb.unit == '%')}"
        if tolerance:
            message += f" (tolerance {tolerance:g})"
    data = {
        "case": case,
        "entity": c.entity,
        "attribute": c.attribute,
        "period": key[3],
        "scope": softplace.split(c.scope)[0],
        "goal": c.goal,
        "tolerance": tolerance,
        "claim": claim_data(c, doc_of[c.path]),
        "other": claim_data(ref, doc_of[ref.path]),
    }
    related = (Location(ref.path, ref.span, f"{ref.entity} · {ref.attribute} = '{ref.quantity.text}'"),)
    return new_finding(rule, message, Location(c.path, c.span), related, data, severity=severity)


def _merged(rule: Rule, found: list[Finding], when: str | None, other: Document) -> Finding:
    """Several counts of one article that disagree with another article's at the same stated time:
    one finding (a stale date label is one mistake, not four), each count a related place."""
    found = sorted(found, key=lambda f: f.location.span.start)
    first = found[0]
    counts = "; ".join(f"{f.data['attribute']}{' (' + f.data['scope'] + ')' if f.data.get('scope') else ''} "
                       f"'{f.data['claim']['quantity']['text']}' vs '{f.data['other']['quantity']['text']}'" for f in found)
    message = (f"{first.data['entity']}: {len(found)} counts {when or ''} disagree with {other.path}: {counts} — "
               f"the two articles' reference times cannot both be right")
    related = tuple(r for f in found for r in f.related)
    data = {"case": "contradiction", "entity": first.data["entity"], "period": when, "counts": [dict(f.data) for f in found]}
    return new_finding(rule, message, first.location, related, data, severity=first.severity)


CHECK = Contradiction()


def _apart(ia: Interval, ib: Interval) -> str:
    """How far apart two dates are, in the unit both are written in: "1998년" and "1997" are a year apart,
    not "at least 1 day" (from the last day of one to the first of the other, which is what days say)."""
    assert ia.low is not None and ia.high is not None and ib.low is not None and ib.high is not None
    shortest = min(ia.high - ia.low, ib.high - ib.low)
    if shortest >= 364:  # both whole years (or longer): the years' distance
        years = int(round(abs((ia.low + ia.high) - (ib.low + ib.high)) / 2 / Fraction(36525, 100)))
        return f"{years} year{'s' if years != 1 else ''} apart"
    if shortest >= 27:  # months
        months = int(round(abs((ia.low + ia.high) - (ib.low + ib.high)) / 2 / Fraction(3044, 100)))
        return f"{months} month{'s' if months != 1 else ''} apart"
    days = int(max(ia.low - ib.high, ib.low - ia.high)) + 1  # from the last day of one to the first of the other
    return f"at least {days} day{'s' if days != 1 else ''} apart"
