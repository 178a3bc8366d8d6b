"""What a figure measures and whose it is, read from the sentence's structure.

The attribute of a figure is the head of its noun phrase, the owner is the topic, subject or
possessor of its clause — not whichever word is nearest. In Korean (``words.Word`` carries the
particles):

- ``N개의 파라미터를``: the noun phrase after ``N…의`` (the figure describes it);
- ``3000억 파라미터의 엑사원``: a noun right after a bare figure, and the name it describes;
- ``승조원 104명이``, ``간부 490명에 대한``: a count with its case particle right after a bare noun counts it;
- ``시장 규모를 N달러로 전망했다``, ``청구액을 기존 N원에서 M원으로``: the object a figure marked 로 puts a
  value on, across earlier values and determiners only (``예산을 직원 3명으로``: 직원 is what 3명 counts);
- ``2960 x 1440 해상도``: each side of a product, the noun after it (``product_side``);
- ``대기는 95%가 이산화탄소인데``: a percentage that is the subject of a copula, the noun the share is;
- ``파라미터가 N개``, ``누적 확진자 수는 N명``, ``비중은 … N%``: the nearest topic or subject before
  the figure in its clause, with the bare nouns in front of it (a compound: 누적 확진자 수);
- owner: the possessor of the attribute (``친칠라의 매개변수``, ``개구리의 4만여 개 유전자``; not a
  pair ``달과 지구의``, a state ``위중한 상태의``, nor the figure's own unit), the noun an adnominal
  clause holding the figure describes (``N개 파라미터를 가진 모델들이``), else the clause's topic or
  subject that is not the attribute itself (outside the figure's clause only a topic: a subject 이/가
  is its own clause's; a bare year or span after a topic is an adverbial, "SK하이닉스는 2025년 …"),
  not what something is compared with (``X보다``), not the one who *says* the figure (``X는 …
  밝혔다``, ``X는 … 전망했지만`` is an attribution), not a demonstrative pointing back (``이 논문은``;
  a possessor ``이 영화의`` is marked ``ANAPHOR`` for the binder to find the name it stands for), never
  a season (``올여름``: ``SEASONS``), and a quoted title (``'바다의 문'은``) is a name, not a noun;
- the topic of a title: the whole of a name title, the first noun or comma-closed compound of a
  headline, never its rubric (``[과학을 읽다]``), a quotation, a list or two sides (``A vs B``), a time
  word, nor a speaker whose words it quotes (``기상청 "올여름 … 가장 더웠다"``).

In English: ``N parameters`` (the noun after the figure, a change with what its ``in`` names: ``a 40% drop in profits``; ``employs N people``: the verb, people being
what any count of persons counts; never a comparative, ``7.5 points higher``), ``revenue of N``, the subject noun of
the clause before its verb, before the period it is stated for too (``Turnover for the quarter was up
4.3% to £1.97bn``, ``Operating profit for the October-December quarter was …``; not a name), and owners from ``X's``, a
capitalised subject, or ``according to``-free clauses.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from dataclasses import dataclass
from typing import Sequence

from ..model import Span
from .words import Word, words

# Nouns that measure or bound a figure rather than name what it counts ("700억개 수준", "1조원 규모").
# The adnominal endings of a verb that describes the noun after it ("정제된 데이터", "공개한 모델").
_ADNOMINAL = re.compile(r"(?:된|한|인|진|운|던|는|은|린|친|낸|든)$")
# Nouns of position between a place's name and what is there ("서하호 인근 산불", "동해안 일대", "한빛항 앞바다"):
# the noun after one is the head, the name before it says where
NEAR_PLACE = frozenset({"인근", "일대", "부근", "주변", "근처", "일원", "앞바다", "상공"})
MEASURE_NOUNS = frozenset({"규모", "수준", "정도", "가량", "이상", "이하", "미만", "초과", "상당", "내외", "안팎", "남짓",
                           "쯤", "여", "가까이", "내", "이내", "만큼", "분량", "어치", "기준", "대", "선", "수"})
# Words for a number itself ("수치", "숫자", "figure"): the noun after a figure that says only that it is one
_NUMBER_WORDS = frozenset({"수치", "숫자", "수치다", "숫자다"})
# Words that open a noun phrase without naming anything ("총 누적 확진자 수", "약 50%").
DETERMINERS = frozenset({"총", "약", "모두", "각각", "무려", "불과", "단", "전체", "평균", "최대", "최소", "최고", "최저",
                         "연간", "연평균", "하루", "매년", "매달", "이", "그", "저", "이번", "올해", "지난해", "작년", "현재",
                         "당시", "이날", "한편", "또한", "특히", "이후", "이전", "최근", "또", "더", "가장", "약간", "올",
                         "금년", "내년", "지난", "오는", "전년", "당초", "기존", "향후", "앞서", "이미", "여기", "모든", "각",
                         "이달", "지난달", "다음달", "이번달", "전날", "다음날", "이튿날", "당일", "금일", "올"})
# Seasons and parts of this, last or next year: when a figure was counted, never whose ("올여름 온열질환자
# 4326명"). Not determiners: they stay in the attribute they scope ("올여름 평균기온" is not "올겨울 평균기온").
SEASONS = frozenset({"올여름", "올겨울", "올봄", "올가을", "지난여름", "지난겨울", "지난봄", "지난가을", "올초", "연초", "연말",
                     "올상반기", "올하반기", "상반기", "하반기", "재작년", "내후년", "올한해", "이번여름", "이번겨울",
                     "여름", "겨울", "봄", "가을", "한여름", "한겨울", "초여름", "늦여름", "연중"})
_SEASON_ROOTS = ("여름", "겨울", "봄", "가을")  # a season alone is a time ("여름 강수량")
_SEASON_TIMES = ("장마", "휴가", "우기", "건기", "김장", "이사")  # a time only with -철 ("장마철"; 장마 alone is an event)
_SEASON_PREFIXES = ("올", "지난", "이번", "다음", "내년", "작년", "한", "초", "늦")
_SEASON_SUFFIXES = ("철", "께", "내내")


@functools.lru_cache(maxsize=1 << 16)
def has_digit(word: str) -> bool:
    """``any(c.isdigit() for c in word)``, memoised: asked of each word of a sentence by every reading of a
    figure's clause (some 90 times an article, the same few hundred words), where a generator per word cost
    more than the test (tests/test_exact_rewrites.py compares the two)."""
    return any(c.isdigit() for c in word)


@functools.lru_cache(maxsize=1 << 16)  # asked of every word that may own a figure, some 25 times an article
def is_season(stem: str) -> bool:
    """Whether a noun is a season, by its structure rather than a list: a season root with the prefixes
    of this, last or next one and the suffixes of its span (올여름, 지난겨울, 여름철, 봄철, 늦가을께,
    장마철; not 장마 alone, the rainy spell itself, which starts and ends): when a figure was counted,
    never whose ("2025년 여름철 기후 분석" is no one's article)."""
    if stem in SEASONS:
        return True
    root, suffixed = stem, False
    for suffix in _SEASON_SUFFIXES:
        if root.endswith(suffix) and len(root) > len(suffix):
            root, suffixed = root[: -len(suffix)], True
            break
    for prefix in _SEASON_PREFIXES:
        if root.startswith(prefix) and len(root) > len(prefix) and root[len(prefix):] in _SEASON_ROOTS + _SEASON_TIMES:
            root, suffixed = root[len(prefix):], True
            break
    return root in _SEASON_ROOTS or suffixed and root in _SEASON_TIMES


class _Words(frozenset[str]):
    """A word set whose membership also holds for every season word (``is_season``)."""

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or isinstance(word, str) and is_season(word)


# Topics that are not owners: deictics, time words, connectives, generic people.
NOT_OWNERS = _Words(DETERMINERS | frozenset({"이들", "그들", "우리", "이것", "그것", "이는", "그는", "그녀", "여기", "이곳", "것",
                                      "때", "등", "중", "데", "바", "측", "관계자", "전문가", "업계", "일각", "이유",
                                      "결과", "반면", "다만", "하지만", "그러나", "따라서", "이에", "이로써", "이와",
                                      "특히", "오늘", "내일", "어제", "다음", "꼴", "대해", "대해서", "관해", "위해", "통해",
                                      "경우", "이상", "이하", "정도", "사실", "내용", "점", "가운데", "사이", "동안", "만",
                                      "말", "초", "중순", "말경", "부근", "인근", "가량"}) | SEASONS)

# The predicate of a clause whose topic says the figure rather than owns it.
_SPEECH = re.compile(
    r"(?:밝혔|전했|말했|발표했|설명했|강조했|덧붙였|보고했|보도했|집계했|추산했|추정했|전망했|내다봤|예상했|예측했|"
    r"분석했|관측했|주장했|지적했|평가했|공개했|알렸|답했|응답했"
    # a forecast in the present ("…으로 전망한다", "전망하고 있다", "내다본다"): its subject is the source too
    r"|전망하|전망한다|예상한다|예측한다|내다본|내다보고|추산한다|추정한다|관측한다)"
)


def speaks(word: str) -> bool:
    """Whether a predicate says, reports or forecasts (밝혔다, 전망했다): its subject is a source."""
    return _SPEECH.search(word) is not None


_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*")
_EN_STOP = frozenset({
    "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "for", "with", "than", "as", "and", "or", "but",
    "its", "their", "his", "her", "our", "this", "that", "these", "those", "it", "they", "he", "she", "we", "is", "was",
    "are", "were", "be", "been", "has", "had", "have", "will", "would", "could", "should", "may", "might", "up", "down",
    "about", "around", "some", "nearly", "almost", "over", "under", "more", "less", "just", "only", "per", "each",
    "year", "years", "month", "months", "quarter", "week", "weeks", "day", "days", "percent", "cent", "points", "point",
    "billion", "million", "trillion", "thousand", "bn", "m", "times", "so", "also", "while", "since", "after",
    "before", "said", "says", "according", "rose", "fell", "grew", "increased", "decreased", "dropped", "jumped",
    "climbed", "gained", "lost", "reached", "totalled", "totaled", "stood", "hit", "rising", "falling", "estimated",
    "expected", "forecast", "around", "roughly", "approximately", "last", "next", "this", "new", "first",
    # a pronoun names no measure ("exported 1,640 of them": a part of what "them" points back to)
    "them", "us", "you", "him", "ones", "which", "whom",
})
_EN_PREPOSITIONS = frozenset({"in", "on", "at", "from", "by", "for", "with", "to", "than", "as", "into", "since", "after",
                               "before", "during", "until", "against", "over", "under", "between", "beneath", "below",
                               "above", "across", "along", "through", "beyond", "underneath", "toward", "towards"})
# Words that open a time adverbial right after a figure ("was 25.9C this summer", "rose 3% last year"):
# what follows is when, not the noun the figure measures
_EN_TIME_OPENERS = frozenset({"this", "last", "next"})
EN_STOP, EN_PREPOSITIONS = _EN_STOP, _EN_PREPOSITIONS  # (for binding/prenominal.py)
_EN_VERB_AFTER = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
                            "might", "should", "must", "did", "does", "do"})
_EN_LINK = frozenset({"was", "is", "were", "are", "rose", "fell", "grew", "increased", "decreased", "dropped", "jumped",
                      "climbed", "reached", "totalled", "totaled", "stood", "hit", "came", "amounted", "dipped", "slipped",
                      "soared", "surged", "slumped", "declined", "eased", "edged", "remained", "averaged", "averages", "topped"})
# Verbs that link a subject to its level only with "at" after them ("fares start at 89,000 won"; not "the start of")
_EN_LINK_AT = frozenset({"start", "starts", "started", "stands"})


@dataclass(frozen=True)
class Phrase:
    """A noun phrase as written, its particles stripped ("누적 확진자 수"), with its span."""

    text: str
    span: Span
    how: str  # which rule found it, for ``factlint claims``


def _noun(w: Word) -> bool:
    return not w.predicate and not w.inside and not has_digit(w.stem) and bool(w.stem)


def _compound_before(ws: Sequence[Word], k: int, floor: int) -> int:
    """The first word of the noun compound ending at word ``k``: bare nouns (no particle) before it."""
    j = k
    while j - 1 >= floor and _noun(ws[j - 1]) and not ws[j - 1].particle and ws[j - 1].stem not in DETERMINERS \
            and (ws[j - 1].stem not in NOT_OWNERS or is_season(ws[j - 1].stem)) and ws[j - 1].stem not in MEASURE_NOUNS \
            and not ws[j - 1].closes and not _lone_particle(ws[j - 1]) \
            and ws[j - 1].hangul == ws[k].hangul and len(ws[j - 1].stem) <= 12 \
            and not (j - 2 >= 0 and ws[j - 2].role == "object" and not ws[j - 2].inside and ws[j - 1].hangul):
        # ("2024년 10월 문을 연 소리마루홀은": a bare word right after an object is the object's verb in its
        # adnominal form, the clause describing the compound, never a noun of it)
        j -= 1
    return j


# The particles a bracket or quote may leave as words of their own: "(Onhae Battery Expo 2025)'에 국내외 관람객"
_LONE_PARTICLES = frozenset({"에", "에는", "에서", "의", "은", "는", "이", "가", "을", "를", "와", "과", "도", "로", "으로"})


def _lone_particle(w: Word) -> bool:
    return bool(w.opens) and w.text in _LONE_PARTICLES


def _phrase(ws: Sequence[Word], a: int, b: int, how: str) -> Phrase | None:
    """Words ``a..b`` (inclusive) as a phrase, determiners dropped from its front."""
    while a <= b and ws[a].stem in DETERMINERS:
        a += 1
    if a > b:
        return None
    text = " ".join(w.stem for w in ws[a : b + 1])
    return Phrase(text, Span(ws[a].start, ws[b].stem_end), how)


def owner_phrase(ws: Sequence[Word], k: int) -> Phrase | None:
    """The noun compound ending at word ``k`` as an owner (a topic or subject a sentence opens with)."""
    return _owner(ws, _compound_before(ws, k, 0), k, "topic of the sentence")


def _owner(ws: Sequence[Word], a: int, b: int, how: str) -> Phrase | None:
    """Words ``a..b`` as an owner: without the season that opens their compound ("올여름 대구의": 대구's)."""
    while a < b and is_season(ws[a].stem):
        a += 1
    return _phrase(ws, a, b, how)


def figure_words(ws: Sequence[Word], figure: Span) -> tuple[int, int] | None:
    """The indexes of the first and last word the figure is written in.

    Asked about each figure some ten times, by each reading of its clause: two binary searches, not a scan of
    the sentence's words. ``words`` gives them in order without overlaps, so that starts and ends both
    ascend and the words the figure overlaps are one run: from the first ending after its start to the last
    starting before its end."""
    first = bisect.bisect_right(ws, figure.start, key=_END)
    last = bisect.bisect_left(ws, figure.end, first, key=_START) - 1
    return (first, last) if first <= last else None


_START, _END = operator.attrgetter("start"), operator.attrgetter("end")


def described_values(ws: Sequence[Word], figure: Span, taken: Sequence[Span]) -> tuple[Phrase, Phrase] | None:
    """"면적 52.3㎢, 최대 수심 19.6m인 서하호", "인구 28만 명, 면적 605㎢의 도시": bare nouns each with its value,
    listed with commas and closed by the copula's adnominal 인 (or 의) before a noun, describe that noun: the
    figure measures the nouns right before it, and the noun after the list is whose. ``None`` when the figure
    stands in no such list (a particle of its own: "인구는 28만 명인 도시" is the topic's; a noun before the
    figure that is a name, a time or a measure word: "서하호 52.3㎢", "2024년 285ha")."""
    found = figure_words(ws, figure)
    if found is None:
        return None
    first, last = found
    k = last
    # the list's items after the figure: "N, noun(s) N, … N인|N의 noun" (a value may take words: "28만 6천 명인")
    while True:
        w = ws[k]
        if w.particle == "의" or not w.particle and _VALUE_ADNOMINAL.search(w.text):
            break
        if w.particle or w.closes != "," or w.predicate:
            return None
        j = k + 1
        while j < len(ws) and j - k <= 3 and _noun(ws[j]) and not ws[j].particle and not ws[j].closes:
            j += 1
        if j == k + 1 or j >= len(ws) or not ws[j].text[:1].isdigit():
            return None
        while j + 1 < len(ws) and j - k <= 6 and not ws[j].particle and not ws[j].closes \
                and not _VALUE_ADNOMINAL.search(ws[j].text) and len(ws[j + 1].stem) <= 2:
            j += 1  # "28만 6천 명"
        k = j
    end = k + 1
    if end >= len(ws) or not _noun(ws[end]) or not ws[end].hangul or ws[end].stem in NOT_OWNERS:
        return None
    while end + 1 < len(ws) and not ws[end].particle and not ws[end].closes and _noun(ws[end + 1]) and end - k < 3:
        end += 1
    if first == 0 or k == first and not ws[k].text[:1].isdigit():
        return None
    noun = ws[first - 1]
    if not (_noun(noun) and noun.hangul and not noun.particle and not noun.closes) or _is_name(noun, taken) \
            or noun.stem in NOT_OWNERS or noun.stem in MEASURE_NOUNS or _TIME_NOUN.search(noun.stem) \
            or _TIME_BETWEEN.fullmatch(noun.stem):
        return None
    if first >= 2 and ws[first - 2].particle in _ARGUMENT_OF_VERB:
        return None  # "모습을 휴대전화로 찍고 20대인 두 자녀": after an object or a means, a bare word is their verb
    start = first - 1
    while start - 1 >= 0 and _noun(ws[start - 1]) and not ws[start - 1].particle and not ws[start - 1].closes \
            and ws[start - 1].hangul and first - start < 3 and ws[start - 1].stem not in NOT_OWNERS \
            and not _is_name(ws[start - 1], taken):
        start -= 1
    if ws[k].particle == "의" and k == last and not (start > 0 and ws[start - 1].closes == ","
                                                   and any(_figure(w) for w in ws[max(0, start - 3):start])):
        return None  # one "N의 X" is no list: "실종자 1명의 시신", "인구 28만 명의 도시로" are read as before
    attribute = _phrase(ws, start, first - 1, LISTED_VALUE)
    owner = _owner(ws, k + 1, end, "described by a list of values")
    return (attribute, owner) if attribute is not None and owner is not None else None


# A figure closing a list of values with the copula's adnominal form: "19.6m인", "28만 명인"
_VALUE_ADNOMINAL = re.compile(r"(?:\d[^\s\d]*|^[가-힣])인$")


LISTED_VALUE = "before its value in a list describing a noun"

# Particles of an argument that only a verb can take ("사진을 찍고", "휴대전화로 찍고"), never a noun after it
_ARGUMENT_OF_VERB = frozenset({"을", "를", "로", "으로"})


# A verb quoted as what someone says ("약 14% 더 커보인다고 밝혔다", "늘었다고"), which the splitter leaves whole
_QUOTED_VERB = re.compile(r"[가-힣]다고$")


def korean_head(ws: Sequence[Word], figure: Span, clause: Span, taken: Sequence[Span], count: bool = False,
                counter: str = "") -> Phrase | None:
    """The noun phrase a Korean figure measures (see the module's rules); ``taken`` are names (owners);
    ``count``: the figure counts things with a counter (104명, 42개), ``counter`` as written."""
    found = figure_words(ws, figure)
    if found is None:
        return None
    first, last = found
    while last > first and ws[last].predicate and not has_digit(ws[last].text):
        last -= 1  # "500만 명을 넘어섰다": the bound's verb is read with the figure, the count ends before it
    fw = ws[last]
    if count:
        counted = counted_before(ws, first, last, clause, taken, counter)
        if counted is not None:
            return counted
    listed = described_values(ws, figure, taken)
    if listed is not None:
        return listed[0]
    if fw.particle == "의" and not fw.inside and _predicate_nominal(ws, last, clause):
        # "서하시는 인구 28만 6천 명의 도시로", "서하호는 면적 52.3㎢의 호수다": the noun after "N의" is
        # what the topic is (a class), not what N measures; the bare noun before N is ("인구 N")
        return _bare_noun(ws, first - 1, clause, taken, "before the figure it is measured by")
    if fw.particle == "의" and not fw.inside and not count and not counter \
            and not (first > 1 and ws[first - 2].particle in ("을", "를")):
        # "해발 300~400m의 가온분지에 자리 잡은", "길이 5.2㎞의 터널을 뚫었다": a measure (no count) written right
        # after a bare noun is that noun's value; the noun after "N의" is what has it, no measure of its own
        # ("기록을 깨면 1,000만 원의 보너스": a word after an object is its verb, no noun)
        bare = _bare_noun(ws, first - 1, clause, taken, "before the figure it is measured by")
        if bare is not None:
            return bare
    labelled = label_value(ws, first, last, clause, taken)
    if labelled is not None:
        return labelled
    if not count and not fw.particle and not fw.inside and fw.closes.startswith("…") and not _not_the_level(ws, first, clause):
        # "해밀식품, 지난해 고추장 수출 4,260톤…사상 최대", "누비에어로, 지난해 매출 1,240억 원…": a headline drops the
        # particle and the verb; the measure before its ellipsis is the value of the bare noun written right before
        # it, as a count is (``counted_before``)
        bare = _bare_noun(ws, first - 1, clause, taken, "before the figure it is measured by")
        if bare is not None and not _PER_UNIT.search(bare.text) and _headline_owns(ws, bare, clause, taken):
            return bare
    sized = _size_word(ws, first, last) if not fw.inside else None
    if sized is not None:
        # "설비용량 600㎿ 규모의 발전소", "인구 28만 명 규모의 도시": a bare noun right before the figure heads the
        # figure's phrase, the measure it is the size of; the noun after "규모의" is the thing that has it (read
        # below when no noun is written before: "300억 파라미터 규모의 모델")
        # ("가온발전소는 설비용량 600㎿ 규모의 발전소다": a noun that is what the topic is leaves the topic to own)
        bare = _bare_noun(ws, first - 1, clause, taken, "before the figure it is measured by"
                          if _predicate_nominal(ws, sized, clause) else BEFORE_A_SIZE)
        if bare is not None and not _PER_UNIT.search(bare.text):
            return bare
    if last + 1 < len(ws) and not fw.particle and not fw.inside and not fw.closes and ws[last + 1].stem in _ERA_NOUNS:
        # "참가 기업 600개 시대를 열겠다", "방문객 20만 명 시대", "연산 10만 톤 체제": the era or set-up of N (a goal's
        # idiom) is no noun N measures; the bare noun before the figure is, else none
        return _bare_noun(ws, first - 1, clause, taken, "before the figure it is measured by")
    # "N개의 파라미터를", "3000억 파라미터의 엑사원", "300억 파라미터 규모의 …": the phrase after the figure.
    # ("128만 2천 명, 외국인 관광객은 24만 1천 명": the noun after a comma opens the next item, not this one's)
    if fw.particle in ("의", "") and not fw.inside and last + 1 < len(ws) and not fw.closes.startswith(","):
        start = last + 1
        while start < len(ws) and _noun(ws[start]) and ws[start].stem in MEASURE_NOUNS and ws[start].particle in ("", "의"):
            start += 1  # "700억개 수준으로": a measure, not what is counted; "12TB 규모의 원시 데이터"
        while start < len(ws) and start - last <= 2 and ws[start - 1].particle == "의" and ws[start].predicate \
                and not ws[start].particle and len(ws[start].text) >= 2 and _ADNOMINAL.search(ws[start].text):
            # "570GB의 정제된 데이터": a verb describing the noun after "의", not the noun ("4% 인상한 지":
            # the figure is the verb's own object, no 의)
            start += 1
        end = start
        while end < len(ws) and _noun(ws[end]) and ws[end].hangul and ws[end].start < clause.end and end - start < 4:
            if ws[end].particle or end + 1 >= len(ws) or not _noun(ws[end + 1]):
                break
            end += 1
        if any(_QUOTED_VERB.search(ws[i].text) for i in range(start, min(end + 1, len(ws)))):
            return None  # "약 14% 더 커보인다고", "926명 증가했다고": the figure is the quoted verb's, no noun's
        while end >= start and end < len(ws) and (ws[end].stem in MEASURE_NOUNS or not _noun(ws[end]) or not ws[end].hangul):
            end -= 1  # "파라미터 규모의": the measure noun closes the phrase but is not its head
        if start <= end < len(ws) and ws[end].stem in _NUMBER_WORDS:
            return None  # "25.5% 늘어난 수치다": a word for a number says only that it is one, not what it measures
        if start <= end < len(ws) and not any(_is_name(ws[i], taken) for i in range(start, end + 1)) \
                and ws[end].stem not in NOT_OWNERS and ws[start].start < clause.end:
            # read through a measure or a describing verb ("N 규모의 X", "N의 정제된 X"): X may be the
            # kind of thing measured ("1200억개 규모의 모델") rather than what is counted
            return _phrase(ws, start, end, "after the figure" if start == last + 1 else "after a measure")
    if fw.particle in _VALUE_OF_BARE and not fw.inside and not count and not counter:
        # "면적 9.8㎢에 3만 가구가 들어서는", "길이 1.2㎞로 국내 최장": a measure in 에 or (으)로 written right after
        # a bare noun is that noun's value (what it reaches or stands at), the clause's topic its owner
        bare = _bare_noun(ws, first - 1, clause, taken, "before the figure it is measured by")
        if bare is not None and not _PER_UNIT.search(bare.text):
            return bare
    if fw.particle in ("을", "를") and not fw.inside and not count and not counter:
        # "예비비 12억 원을 긴급 투입해", "매출 66조 원을 기록했다": an amount that is the verb's object, written
        # right after a bare noun, is that noun's (the two are one object); the clause's topic spends it
        # ("청솔군은 …": its owner, not what it measures)
        bare = _bare_noun(ws, first - 1, clause, taken, "before the figure it is measured by")
        if bare is not None:
            return bare
    if fw.particle == "" and not fw.inside and not fw.closes and last + 1 < len(ws) and ws[last + 1].stem in _SIZE_NOUNS \
            and ws[last + 1].particle not in ("", "의") and not ws[last + 1].inside:
        # "단월터널은 총사업비 4,870억 원 규모로, …", "사업비 N 수준이다": the figure is the size of the bare noun
        # written right before it; 규모 says only that it is a size, and the topic owns it (not "N 규모의 X",
        # where X is what is measured, read above)
        bare = _bare_noun(ws, first - 1, clause, taken, "before the figure it is measured by")
        if bare is not None and not _PER_UNIT.search(bare.text):
            return bare  # (not "대당 4억 8천만 원 수준이다": a price per unit says per what, not what it measures)
    if count and fw.particle in _AT_PARTICLES and not fw.inside and last + 1 < len(ws) \
            and ws[last + 1].role in ("object", "subject") and not ws[last + 1].predicate and len(ws[last + 1].stem) > 1:
        # "군은 … 1,240가구에 제한급수를 하고 있다", "시는 1,240가구에 난방비를 지원했다": a count in 에 before
        # another argument says to whom the verb goes (its recipients), it is no value of the topic (unlike
        # "1,050GWh에 이를", "3만 8,650원에 장을 마쳤다": an amount reached or closed at)
        return None
    # "파라미터가 N개", "확진자는 N명", "비중은 … N%": the nearest topic or subject before it in its clause.
    k = first - 1
    while k >= 0 and ws[k].start >= clause.start:
        w = ws[k]
        if w.role == "comparison" and not _base_of_change(ws, k, first, last) or w.predicate and w.closes.startswith(","):
            break
        if w.role == "object" and _value_particle(ws, first, last) in _VALUE_OF_OBJECT and has_digit(ws[first].text) and _noun(w) \
                and w.hangul and not _is_name(w, taken) \
                and w.stem not in NOT_OWNERS and all(_between_object_and_value(ws[i]) for i in range(k + 1, first)):
            # "시장 규모를 1500억 달러로 전망했다", "청구액을 기존 77억원에서 152억으로 증액했다", "발사 비용을 6200만
            # 달러까지 낮출", "기준금리를 연 3.50%에서 3.25%로 내렸다": the object is what the figure puts a value on
            if _embedded_by_noun(ws, last, clause):
                # "서하시는 … 어획량을 연 5,000톤 이상으로 회복한다는 목표를 세웠다": the content of a goal or a report,
                # its own subject unwritten; the topic sets the goal, whose catch it is the clause does not say
                break
            return _phrase(ws, _compound_before(ws, k, 0), k, "object of the clause")
        if w.role in ("topic", "subject") and (_is_name(w, taken) or quoted(w)):
            # "B는 세계 AI 시장이 … N": the name is what the figure is about; B before it says so. A
            # quoted title is a name too ("'바다의 문'은 … 170만 명", "전작 '소금길'(2019)은 640만 명")
            break
        if w.role == "topic" and _quoted_by_speech(ws, last) and _own_clause_between(ws, k, first, taken):
            # "산림청은 … 산림 312ha가 탔다고 집계했다", "질병청은 … 제외하면 870만 명이라고 설명했다": the
            # topic of a verb of saying, the quoted clause holding the figure with a verb or a measured noun
            # of its own before it, is the figure's source, not what it measures ("운행률은 각각 75%로
            # 나타났다고 밝혔다": the topic is the quoted clause's own)
            break
        if w.role in ("topic", "subject") and _noun(w) and w.hangul and not _is_name(w, taken):
            if w.stem in MEASURE_NOUNS and k > 0 and _noun(ws[k - 1]) and not ws[k - 1].particle:
                return _phrase(ws, _compound_before(ws, k - 1, 0), k, CLAUSE_TOPIC)
            if w.stem not in NOT_OWNERS and w.stem not in MEASURE_NOUNS:
                return _phrase(ws, _compound_before(ws, k, 0), k, CLAUSE_TOPIC)
        k -= 1
    return None


# The base a change is counted from, a period of the measure's own past ("전년보다", "전년 동기(14.2원)보다",
# "지난해보다", "2011년보다"), and a verb of change right after the figure ("38.4% 올랐다", "37.8% 인상된")
_OWN_PAST = re.compile(r"(?:전년|작년|지난해|전월|전달|전\s?분기|직전\s?분기|동기|동월|(?:19|20)\d\d년)$")
_CHANGE_VERB = re.compile(r"(?:가량|정도|가까이|넘게|이상)?(?:증가|늘|상승|급증|성장|확대|뛰|올랐|오른|올라|오르|인상"
                          r"|감소|줄|하락|급감|축소|떨어|내렸|내린|내려|인하)")


def _base_of_change(ws: Sequence[Word], k: int, first: int, last: int) -> bool:
    """Whether comparison word ``k`` is the base of a change the figure ``first..last`` states: a period of the
    measure's own past ("서울의 도시가스 요금은 전년보다 38.4% 올랐다"), nothing but the figure after it, and a
    verb of change after the figure. Another thing compared ("경쟁사보다 10% 비싸다", "평균거리인 38만㎞보다
    가깝다") is no base: the figure is a difference between two things, not a change of the topic's measure."""
    if not _OWN_PAST.search(ws[k].stem) or any(not ws[i].inside for i in range(k + 1, first)):
        return False
    after = ws[last + 1] if last + 1 < len(ws) else None
    return after is not None and after.predicate and _CHANGE_VERB.match(after.text) is not None


_AT_PARTICLES = frozenset({"에", "에게", "에는", "에도", "에게는"})
_PER_UNIT = re.compile(r"(?:^|[0-9]|\s)[가-힣]{0,2}당$")  # 대당, 1인당, 가구당: per what
# The particles of a measure that states the value of the bare noun before it ("면적 9.8㎢에", "길이 1.2㎞로")
_VALUE_OF_BARE = frozenset({"에", "로", "으로"})
BEFORE_A_SIZE = "before the size of the noun after it"  # how: "설비용량 600㎿ 규모의 발전소" (설비용량)


def _size_word(ws: Sequence[Word], first: int, last: int) -> int | None:
    """The word that makes the figure ``first..last`` the size of the noun after it: "N 규모의 X", "N 수준의 X",
    "N 정도인 X" (the copula's adnominal form, which the splitter leaves on the word; 정도 may be read with the
    figure). None when there is none, or no noun after it."""
    for at in (last, last + 1):
        if at + 1 >= len(ws) or ws[at].inside or at == last and first == last \
                or at > last and (ws[last].particle or ws[last].closes):
            continue
        w = ws[at]
        if w.stem in _SIZE_NOUNS and w.particle == "의" \
                or not w.particle and w.text.endswith("인") and w.text[:-1] in _SIZE_NOUNS | {"정도"}:
            return at
    return None


CLAUSE_TOPIC = "topic of the clause"  # how: the figure measures its clause's topic or subject ("확진자는 N명")
_SIZE_NOUNS = frozenset({"규모", "수준"})
_ERA_NOUNS = frozenset({"시대", "체제"})  # "N명 시대", "연산 N톤 체제": the era or set-up N opens, no measure  # "N 규모로", "N 수준이다": the figure's size, no noun it measures
# A clause quoted by a verb of saying ends in -다고/-라고 ("탔다고", "870만 명이라고", "늘었다고")
_QUOTATIVE = re.compile(r"[가-힣](?:다고|라고)$")


def _quoted_by_speech(ws: Sequence[Word], last: int) -> bool:
    """Whether the figure ending at word ``last`` is inside a clause quoted by a verb of saying after it."""
    quoted_at = next((j for j in range(last, len(ws)) if _QUOTATIVE.search(ws[j].text)), None)
    return quoted_at is not None and any(w.predicate and speaks(w.text) for w in ws[quoted_at + 1 :])


def _own_clause_between(ws: Sequence[Word], k: int, first: int, taken: Sequence[Span]) -> bool:
    """Whether words ``k+1 .. first-1`` hold a verb ("제외하면") or end in a bare noun glued to the figure
    ("산림 312ha가"): the figure's clause has its own predicate or measured noun apart from topic ``k``."""
    if any(ws[i].predicate for i in range(k + 1, first)):
        return True
    w = ws[first - 1] if first - 1 > k else None
    return w is not None and _noun(w) and w.hangul and not w.particle and not _is_name(w, taken) \
        and w.stem not in NOT_OWNERS and not _TIME_NOUN.search(w.stem)


# "41척, 112억 달러를 수주했다": the verbal noun of the verb whose object the figure is
_VERBAL = re.compile(r"([가-힣]{2,4})(?:했다|한다|하며|하고|했고|했으며|했지만|해|해서|했던|한|할|하는|하기로|했다고|한다고|하겠다고)$")
# Verbal nouns that state, reach or change a value rather than name a measure of their own: "112억 달러를
# 기록했다", "목표를 달성했다", "1천만 명을 돌파했다" say nothing of what the figure is
STATING = _STATING = frozenset({"기록", "달성", "돌파", "차지", "유지", "경신", "예상", "전망", "추산", "집계", "예측", "기대", "제시",
                      "발표", "확인", "감소", "증가", "상승", "하락", "설정", "공개", "보고", "신고", "주장", "언급", "인용",
                      "보도", "추정", "초과", "육박", "감안", "제외", "포함", "반영", "고려", "상회", "하회", "요구", "지적",
                      "평가", "산정", "책정", "기준", "목표", "계획", "발생", "확대", "축소", "회복", "추가", "절감", "감축"})


def verbal_measure(ws: Sequence[Word], figure: Span, figures: Sequence[Span]) -> Phrase | None:
    """"한결중공업은 지난해 41척, 112억 달러를 수주했다": a figure that is the object of a verb made of a
    verbal noun (수주하다, 투자하다, 고용하다) — or one of a comma list of figures ending in that object,
    across a parenthesis and 어치 ("112억 달러(약 15조 원)어치를") — measures that noun (수주: the orders
    won). ``figures``: the spans of the sentence's figures. Not a verb that only states or changes a value
    (기록했다, 달성했다, 증가했다: ``_STATING``), nor across any other word ("112억 달러 규모 선박을")."""
    found = figure_words(ws, figure)
    if found is None:
        return None

    def of_figure(w: Word) -> bool:
        return any(w.start < f.end and f.start < w.end for f in figures)

    k = found[1]
    while ws[k].role != "object":
        if ws[k].particle and not ws[k].inside or k + 1 >= len(ws):
            return None
        w, k = ws[k], k + 1
        nxt = ws[k]
        if nxt.inside or nxt.stem == "어치" and not nxt.opens:
            continue
        if not of_figure(nxt) or of_figure(w) and not w.inside and not w.closes.startswith(",") \
                and any(nxt.start < f.end and f.start < nxt.end and w.end <= f.start for f in figures):
            return None  # another word, or a second figure with no comma of a list before it
    if not (of_figure(ws[k]) or ws[k].stem == "어치") or k + 1 >= len(ws):
        return None
    verb = ws[k + 1]
    hit = _VERBAL.match(verb.text)
    if hit is None or verb.particle or hit.group(1) in _STATING or verb.inside:
        return None
    return Phrase(hit.group(1), Span(verb.start, verb.start + len(hit.group(1))), "verbal noun of the clause")


def share_complement(ws: Sequence[Word], figure: Span) -> Phrase | None:
    """"화성의 대기는 95%가 이산화탄소인데", "여성은 29.1%가 미혼이었다": a percentage that is the subject
    of a copula measures the share of the topic that the noun after it is (carbon dioxide, unmarried),
    not the topic itself nor the title's noun."""
    found = figure_words(ws, figure)
    if found is None or found[1] + 1 >= len(ws):
        return None
    fw, w = ws[found[1]], ws[found[1] + 1]
    if fw.particle not in ("이", "가") or fw.inside or fw.closes or w.inside or not w.hangul or w.opens:
        return None
    if found[0] > 0 and ws[found[0] - 1].role == "possessive":
        return None  # "매출의 40%가 수출이며": the share of a whole the possessor names, not of the topic
    stem = w.stem if w.role == "copula" or w.particle in ("이며", "이고") else _COPULA_AFTER.sub("", w.text)
    if stem == w.text or not stem or has_digit(stem) or stem in NOT_OWNERS or stem in MEASURE_NOUNS:
        return None
    return Phrase(stem, Span(w.start, w.start + len(stem)), "what the share is")


SHARE_OF_WHOLE = "share of the whole its possessor names"
# A Korean verb ending that makes its clause modify the noun after it (차지했던, 차지하는, 차지한, 차지할)
_KO_MODIFIER_END = re.compile(r"(?:던|는|[한할])$")
# Nouns of a time before now the sentence speaks of ("10년 전만 해도", "당시", "한때"), which no period names
_KO_PAST_TIMES = frozenset({"전", "前", "당시", "과거", "이전", "예전", "한때", "때", "시절", "옛날", "초창기", "그때"})
# Words that name the whole as such, no measure of it ("전체의 70%를 차지한다": a share of everything)
_WHOLE_WORDS = frozenset({"전체", "총", "전국", "합계", "총계"})


def share_of_whole(ws: Sequence[Word], figure: Span) -> Phrase | None:
    """The share a Korean percentage is as the object of 차지하다 (to take up): of the whole its possessor names,
    "서하중앙도서관이 전체 대출의 40.1%를 차지했다" → 대출 비중, "온해 전체 수출의 35%를 차지한다" → 수출 비중, "전체의 70%를
    차지한다" → 비중. The clause's subject or topic is the part that has it (its owner, as for any figure). Not read: a
    clause whose subject is measured by a figure before the share ("외지 관광객은 12만 7,400명으로 전체의 80%를
    차지했으며": the share of a count, whose noun the possessor does not name), a whole in parentheses."""
    found = figure_words(ws, figure)
    if found is None:
        return None
    first, last = found
    fw = ws[last]
    if fw.particle not in ("을", "를") or fw.inside or fw.closes or last + 1 >= len(ws) or first == 0:
        return None
    verb, whole = ws[last + 1], ws[first - 1]
    if not verb.hangul or not verb.text.startswith("차지") or whole.particle != "의" or whole.inside or not whole.hangul:
        return None
    if _KO_MODIFIER_END.search(verb.text):
        # "전체 대출의 40.1%를 차지했던 2019년보다 비중이 줄었다", "전체의 30%를 차지하는 수출은": a relative clause
        # describes the noun it modifies (a time, a comparison's standard, another thing), not the clause's subject
        return None
    for w in reversed(ws[: first - 1]):
        if w.predicate or w.closes.startswith((".", "?", "!")):
            break
        if has_digit(w.text):
            return None
    for k in range(first - 2, -1, -1):
        w = ws[k]
        if w.closes.startswith((".", "?", "!")):
            break
        if w.stem in ("전", "前") and (k == 0 or not ws[k - 1].stem.endswith(("년", "개월", "달", "주", "일", "세기"))):
            continue  # ("전 세계 수출의 35%": all, no time before now)
        if w.stem in _KO_PAST_TIMES:
            # "서하중앙도서관은 10년 전만 해도 전체 대출의 60%를 차지했다": the share of a past time the claim cannot
            # carry as a period, no share of now
            return None
    name = "비중" if whole.stem in _WHOLE_WORDS else f"{whole.stem} 비중"
    return Phrase(name, Span(whole.start, whole.start + len(whole.stem)), SHARE_OF_WHOLE)


# The copula with a connective or past ending, on a noun the splitter leaves whole ("이산화탄소인데")
_COPULA_AFTER = re.compile(r"(?<=[가-힣])(?:인데|이지만|였지만|이었지만|이었으며|였으며|이었고|였고|이라서|여서|이어서)$")


def _between_object_and_value(w: Word) -> bool:
    """What may stand between an object and the figure that values it ("청구액을 [기존 77억원에서] 152억으로"):
    other figures (the value it had before, a list of parts), determiners and the "per year" of a rate
    ("기준금리를 [연 3.50%에서] 3.25%로"), never a noun of its own ("예산을 직원 3명으로": the figure is the
    staff, not the budget)."""
    return _figure(w) or (w.stem in DETERMINERS or w.stem in ("등", "연")) and not w.particle


def _value_particle(ws: Sequence[Word], first: int, last: int) -> str:
    """The particle closing a figure, its second notation in brackets passed over: "6200만 달러(약 704억 원)까지"
    (the analyser gives the particle after a bracket to the word before it)."""
    while last > first and ws[last].inside:
        last -= 1
    return ws[last].particle


def _embedded_by_noun(ws: Sequence[Word], last: int, clause: Span) -> bool:
    """Whether the figure ending at word ``last`` is in a clause a noun after it takes as its content, by a
    verb in -ㄴ다는/-었다는 ("회복한다는 목표", "늘린다는 계획", "넘었다는 보도"; the analyser reads 는 as a
    topic's particle on the verb). A noun ending in 다 ("바다는") is none."""
    return any(_content_verb(w.text) for w in ws[last + 1 :] if w.start < clause.end)


def _content_verb(word: str) -> bool:
    if len(word) < 4 or not word.endswith("다는"):
        return False
    tense = word[-3]  # 한다는, 늘린다는, 줄인다는, 넘었다는, 했다는, 하겠다는, 된다는, 늘어난다는
    return tense in "았었였했겠" or "가" <= tense <= "힣" and (ord(tense) - 0xAC00) % 28 == 4


# The particles of a figure that values the verb's object: the value it is put at or brought to ("1500억 달러로
# 전망했다", "6200만 달러까지 낮출"); not 에서, the value it is brought from (the base of the change, no value now)
_VALUE_OF_OBJECT = frozenset({"로", "으로", "까지"})


# The particles of a count that is itself an argument of its clause ("승조원 104명이 타고", "간부 490명에
# 대한", "엔진 42개를"), not a label in a list ("서울 550명, 경기 …"), an adverbial ("3명으로 늘었다") nor
# a figure describing the noun after it ("넘어선 6000억개의 파라미터": the after-the-figure rule's). (으)로 after
# a bare noun states its value ("인구 38만 2,417명으로"): counted_before takes it too.
_ARGUMENT_PARTICLES = frozenset({"이", "가", "은", "는", "을", "를", "도", "에"})
_COUNTED_PARTICLES = _ARGUMENT_PARTICLES | {"로", "으로"}


def counted_before(ws: Sequence[Word], first: int, last: int, clause: Span, taken: Sequence[Span],
                   counter: str = "") -> Phrase | None:
    """"천안함에는 승조원 104명이 타고 있었다", "‘랩터’ 엔진 42개가 들어간다": a count written right after a
    bare noun, the two one argument of the clause (the count carries its case particle), counts that noun.
    A count written in groups of digits is one count ("인구 38만 2,417명이", "조합원 1만 2천여명이"), and one
    in (으)로 states the noun's value ("해운시는 … 인구 38만 2,417명으로 … 도시다"), as one with no particle
    before a headline's ellipsis does ("관광객 152만 3천 명…"). Not a name ("GPT-3 3명":
    the name owns), not a noun already counted by a figure before it ("7개 나라 60명": 나라 is what 7개
    counts), not a time or a determiner ("올해 3명이", "지난주 1만 2천여명으로", "총 5개를")."""
    fw = ws[last]
    # a headline drops the particle and the verb: "관광객 152만 3천 명…전년 동월 대비 12.4% 증가", or keeps only
    # the verb's noun, closing it: "신규 확진자 1241명 발생" (a noun that states the count; not a change, 증가,
    # nor a bound passed, 돌파: "800만 명 돌파" is more than 800만)
    headline = not fw.particle and (fw.closes.startswith("…") or _headline_statement(ws, last))
    # the first of coordinated counts, each after its bare noun ("자전거 2,800대와 대여소 210곳을 갖추고"): the
    # conjunct in 와/과 is an argument as the last one is, which carries the case particle
    coordinated = fw.particle in _COORDINATING and not fw.closes and _coordinated_count(ws, last)
    # the counter may stand apart from the digits ("승객 320만 명을", "152만 3천 명…"): the figure's own
    # counter, a word of its own ("30만 명대를": a band of values, no count of the noun before it)
    apart = first < last and bool(counter) and fw.stem == counter
    if headline and _not_the_level(ws, first, clause):
        return None  # "당초 관람객 10만 명…": a former or conditional count, not the level
    if first == 0 or fw.particle not in _COUNTED_PARTICLES and not headline and not coordinated or fw.inside \
            or not all(has_digit(ws[i].stem) for i in range(first, last + (first == last or not (headline or apart)))):
        return None
    return _bare_noun(ws, first - 1, clause, taken, HEADLINE_COUNT if _headline_statement(ws, last) else "before the count")


_COORDINATING = frozenset({"와", "과"})


def _coordinated_count(ws: Sequence[Word], last: int) -> bool:
    """Whether the count ending at word ``last`` (in 와/과) is coordinated with a next "bare noun + count" that is an
    argument of the clause (in a case particle, or itself coordinated on): "자전거 2,800대와 대여소 210곳을",
    "객실 320실과 연회장 5곳, 식당 3곳을". Not "직원 3명과 함께" (an adverb, no count), nor "3명과 2명이" (no noun)."""
    i = last + 1
    while i + 1 < len(ws):
        noun, count = ws[i], ws[i + 1]
        if not (_noun(noun) and noun.hangul and not noun.particle and not noun.closes and not _figure(noun)
                and has_digit(count.stem) and not count.inside):
            return False
        if count.particle in _COUNTED_PARTICLES:
            return True
        if not (count.particle in _COORDINATING or count.closes.startswith(",") and not count.particle):
            return False
        i += 2
    return False


def counted_subject(ws: Sequence[Word], figure: Span, counter: str) -> Phrase | None:
    """"소리마루홀은 대공연장 객석이 1,840석으로", "서울아레나는 관람석이 15,000석이다": a count glued to a counter
    noun (석) right after a topic or subject whose noun ends in that counter (객석, 관람석) is that noun's value —
    the double-subject clause "X은 Y이 N": Y is the attribute, its bare nouns before it (대공연장) its scope, and
    X, not Y, the owner. None when the word before is anything else (the counter alone is then the head)."""
    found = figure_words(ws, figure)
    if found is None or not counter or found[0] == 0:
        return None
    k = found[0] - 1
    w = ws[k]
    if ws[found[1]].closes.startswith("…") and _not_the_level(ws, found[0], Span(ws[0].start, ws[-1].end)):
        return None  # a headline's former count: "청석온천, 기존 객실 180실…240실로"
    # (or bare, one argument with the count: "객실 320실을 갖췄다", "좌석 500석 규모의")
    if w.role not in ("topic", "subject") and (w.particle or w.role) or not _noun(w) or not w.hangul or w.inside or w.closes \
            or len(w.stem) <= len(counter) or not w.stem.endswith(counter):
        return None
    return _phrase(ws, _compound_before(ws, k, 0), k, "the subject its count counts")


# Verbal nouns of having: their object's count is a stock the subject holds ("자전거 2,800대를 보유하고", "매장 45곳을
# 운영한다", "소장품 8,500점을 소장한"), not a thing done to the noun as 판매, 방류 are
HAVING = frozenset({"보유", "운영", "소장", "확보"})


# Verbal nouns a headline closes on that state a count as it is (발생, 기록, 확인, 집계): of :data:`STATING`, those
# that neither change a value nor pass or near a bound
HEADLINE_STATES = frozenset({"발생", "기록", "확인", "집계"})
HEADLINE_COUNT = "before the count a headline states"


def _headline_statement(ws: Sequence[Word], last: int) -> bool:
    """Whether the word after a figure's last word is a bare verbal noun of :data:`HEADLINE_STATES` that ends its
    line with no verb after it: a headline's predicate ("대한민국에서 신규 확진자 1241명 발생"), not what is counted."""
    if last + 2 != len(ws):
        return False
    w = ws[last + 1]
    return w.hangul and not w.particle and not w.inside and w.stem in HEADLINE_STATES and w.closes.strip(".…") == ""


def _bare_noun(ws: Sequence[Word], k: int, clause: Span, taken: Sequence[Span], how: str) -> Phrase | None:
    """The noun compound ending at word ``k`` written bare right before a figure ("승조원 104명이", "인구 28만
    명의"), when it can be what the figure measures: not a name, a time, a determiner or a counted noun."""
    if k < 0:
        return None
    w = ws[k]
    if not (_noun(w) and w.hangul and not w.particle and not w.closes.strip("'’\"”") and w.start >= clause.start) \
            or _is_name(w, taken) or w.stem in NOT_OWNERS or w.stem in MEASURE_NOUNS or _figure(w) \
            or k > 0 and _counted_by(ws[k - 1]) or _TIME_NOUN.search(w.stem) or w.stem in _PER_PERIOD:
        return None
    start = _compound_before(ws, k, 0)
    # "청람구 상반기 전입자 8,812명": a time word inside the compound says when; the nouns before it are whose
    start = next((i + 1 for i in range(k - 1, start - 1, -1) if _TIME_BETWEEN.fullmatch(ws[i].stem)), start)
    return _phrase(ws, start, k, how)


def label_value(ws: Sequence[Word], first: int, last: int, clause: Span, taken: Sequence[Span]) -> Phrase | None:
    """The label a figure is the value of, written as one noun closed by a colon right before it and opening
    its line or clause ("- 인구: 3만 8,412명", "- **면적**: 84ha", "- 2024년 관광객: 412만 명": a time word before
    the label says when). None for a label of several nouns, which may name another thing than the document's
    ("- 하이랜드 스키리조트 시즌 입장객: 54만 명", "- 검은샘온천 방문객: 38만 명": the resort's, not the city's),
    a name, a time or a word after other words of its line ("곤돌라: …, 시간당 수송 능력 2,400명"), and for a
    figure a word of change follows ("- 사업비: 1,250억 원 증액": by how much it changed, not its level)."""
    k = first - 1
    # (the label's emphasis stays on its word: "**면적**:" closes with "**:")
    if k < 0 or ws[k].closes.strip(" *_") not in _LABEL_COLONS or ws[k].particle or _changed_after(ws, last):
        return None
    w = ws[k]
    if not (_noun(w) and w.hangul) or _is_name(w, taken) or w.stem in NOT_OWNERS or w.stem in MEASURE_NOUNS \
            or _figure(w) or _TIME_NOUN.search(w.stem) or _PER_UNIT.search(w.stem):
        return None
    # every word before the label on its line is a time word (list marks are words of no letter)
    if any(not _TIME_BETWEEN.fullmatch(ws[i].stem) for i in range(k)
           if ws[i].start >= clause.start and any(c.isalnum() for c in ws[i].stem)):
        return None
    return _phrase(ws, k, k, LABEL_VALUE)


def _headline_owns(ws: Sequence[Word], bare: Phrase, clause: Span, taken: Sequence[Span]) -> bool:
    """Whether a headline's bare measured noun is its subject's own, read plainly: before the compound only the
    subject closed by its comma and a time word of a past or running period ("해밀식품, 지난해 매출 1,240억
    원…"); none when the compound's other nouns name another whole or a statistic of one ("업계 평균 매출",
    "경쟁사 청솔식품 매출": the industry's average, the rival's), when a time phrase the period reader cannot
    read stands before it ("5년 전 매출 300억 원…": 전 is no part of the measure) or when a year is written
    (a headline drops its verb: "2030년 매출 5,000억 원…" may be a goal or a forecast as well as a fact)."""
    a = next((i for i, w in enumerate(ws) if w.start == bare.span.start), None)
    k = next((i for i, w in enumerate(ws) if w.end == bare.span.end), None)
    if a is None or k is None:
        return False
    for i in range(a, k):
        w = ws[i]
        if _is_name(w, taken) or _STATISTIC.search(w.stem) or _OWNER_KIND.search(w.stem) or w.stem in _TIME_AFTER:
            return False
    for i in range(a):
        w = ws[i]
        if w.start < clause.start or not any(c.isalnum() for c in w.stem):
            continue
        if w.closes.strip().startswith(",") and not w.particle or w.inside or "[" in w.opens or "]" in w.closes:
            continue  # the headline's subject: "해밀식품,"; a tag in brackets: "[보도자료]"
        if not _HEADLINE_TIME.fullmatch(w.stem):
            return False
    return True


# A statistic of a whole, not one member's figure ("업계 평균 매출"), the kinds of a whole of members or of another
# owner ("경쟁사", "업계", "타사") and the time words after a span ("5년 전")
_STATISTIC = re.compile(r"평균|누적|중간값|중앙값|합계|총합")
_OWNER_KIND = re.compile(r"(?:경쟁|타|동종|상대)사$|업계$|업종$|전국$|국내$|세계$|시장$")
_TIME_AFTER = frozenset({"전", "후", "뒤", "만", "새", "당시"})
# The time words a headline's figure may follow: a past or running period, no year of its own
_HEADLINE_TIME = re.compile(r"(?:지난해|작년|전년|지난달|상반기|하반기|[1-4]분기|연간)")


LABEL_VALUE = "value of the label before it"  # how: "- 인구: 3만 8,412명"
_LABEL_COLONS = frozenset({":", "："})
# A word of change right after a figure: "1,250억 원 증액", "320명 감소", "2만 명 늘어" (by how much, no level)
_CHANGE_AFTER = re.compile(r"(?:증액|감액|증가|감소|늘|줄|상승|하락|확대|축소|인상|인하|증원|감원)")


def _changed_after(ws: Sequence[Word], last: int) -> bool:
    """Whether the word after a figure's last word says the figure is a change ("1,250억 원 증액", "… 12% 늘었다")."""
    return last + 1 < len(ws) and not ws[last].closes.strip() and _CHANGE_AFTER.match(ws[last + 1].text) is not None


# Words that put a figure before the level it is now: the first estimate ("당초 총사업비 3,200억 원…"), the former one
# ("기존", "종전", "애초")
_FORMER = frozenset({"당초", "기존", "종전", "애초", "당초의", "기존의"})


def _not_the_level(ws: Sequence[Word], first: int, clause: Span) -> bool:
    """Whether a headline's figure is not the measure's level: a former figure ("단월터널, 당초 총사업비 3,200억
    원…4,870억 원으로") or one under a condition ("두 군 통합하면 면적 1,017㎢…": what it would be), written before it in
    its clause."""
    return any(ws[i].stem in _FORMER or ws[i].predicate and ws[i].text.endswith("면") and len(ws[i].text) > 1
               for i in range(first) if ws[i].start >= clause.start)


def predicate_nominal_at(ws: Sequence[Word], phrase: Span, clause: Span) -> bool:
    """Whether the noun compound at ``phrase`` ends as its clause's predicate ("… 605㎢의 도시다", "… 도시로, …"): what
    the clause's topic is, not an argument of its verb ("… 50억 원인 회사를 인수했다")."""
    at = next((i for i, w in enumerate(ws) if w.start >= phrase.start), None)
    return at is not None and at > 0 and _predicate_nominal(ws, at - 1, clause)


_COPULA_WORD = re.compile(r"[가-힣](?:이며|이고|이다|였다|이었다|였고|이었고|였으며|이었으며)$")


def _predicate_nominal(ws: Sequence[Word], last: int, clause: Span) -> bool:
    """Whether the noun compound right after the figure's word ``last`` ("N의 X") ends as the clause's
    predicate: "… 인구 28만 명의 도시로, …", "… 면적 52㎢의 호수다" (X is what the topic is)."""
    end = last + 1
    while end < len(ws) and _noun(ws[end]) and ws[end].hangul and ws[end].start < clause.end and not ws[end].particle \
            and end - last < 4:
        end += 1
    if end >= len(ws) or not ws[end].hangul or ws[end].start >= clause.end:
        return False
    w = ws[end]
    if w.predicate:
        return bool(_COPULA_WORD.search(w.text))  # "도시이며", "도시였다": the splitter keeps the copula
    if not _noun(w):
        return False
    if w.role == "copula" or w.particle in ("이며", "며", "이고", "인", "이다", "다"):
        return True
    # "도시로," / "도시로 1995년 …": 로 closing a described noun, the clause going on after a comma or
    # ending there; "인력으로 불을 껐다" (a means) goes on with a verb of its own
    return w.particle in ("로", "으로") and (w.closes.startswith(",") or end + 1 >= len(ws))


_CLOCK = re.compile(r"\d(?:시|분|초|시간|일|월|년|분기|반기)$")  # "3시", "30분", "5일", "3분기": a time, no labelled amount
# The period a rate is per ("연 4.12%로", "연 5,000톤 이상으로": a year's), no noun the figure measures
_PER_PERIOD = frozenset({"연", "월", "주", "연간", "월간", "주간"})
# Nouns of time a count may follow without counting them ("지난주 3명이", "매일 5건이", "오전 2명")
_TIME_NOUN = re.compile(r"(?:년|월|일|주|분기|반기|시|분|초|오전|오후|새벽|저녁|밤|아침|낮|매일|매주|매월|하루|이틀|사흘)$")


_OPEN_QUOTES = "'‘\"“「『《〈<"
_CLOSE_QUOTES = "'’\"”」』》〉>"


def quoted(w: Word) -> bool:
    """A word written in quotes, 『』 or 《》, a title or a name ("'소금길'(2019)은", "《바다의 문》은"; a
    quoted name of several words is one word, ``words``)."""
    return _opens_quote(w) and _closes_quote(w)


def _opens_quote(w: Word) -> bool:
    return bool(w.opens) and w.opens[-1] in _OPEN_QUOTES


def _closes_quote(w: Word) -> bool:
    return bool(w.stem) and w.stem[-1] in _CLOSE_QUOTES or bool(w.closes) and w.closes[0] in _CLOSE_QUOTES


def _is_name(w: Word, taken: Sequence[Span]) -> bool:
    return any(s.start <= w.start < s.end or w.start <= s.start < w.end for s in taken)


def product_side(ws: Sequence[Word], figure: Span) -> tuple[Phrase | None, str, bool] | None:
    """A figure that is one side of a product ("2960 x 1440 해상도", "200 ft × 85 ft (61 m × 26 m)"): the
    noun after the product, past its other notation in parentheses (None when no noun follows: a
    particle, a dash), the side it is ("side 1 of 2": a length is compared with lengths, not with
    the width written beside it), and whether the product is the predicate of its clause ("화면 크기는
    15 cm × 7 cm이고": the topic is what it measures). None for a figure in no product."""
    found = figure_words(ws, figure)
    if found is None:
        return None
    first = found[0]
    for chain in _products(ws):
        for i, (a, b) in enumerate(chain):
            if a <= first <= b:
                k = chain[-1][1] + 1
                while k < len(ws) and (ws[k].inside and not ws[first].inside or not any(c.isalnum() for c in ws[k].text)):
                    k += 1  # "(61 m × 30 m)", "-": another notation of the product, punctuation
                w = ws[k] if k < len(ws) else None
                head = None
                if w is not None and not ws[chain[-1][1]].particle and _noun(w) and w.hangul and w.particle in ("", "을", "를", "이", "가", "은", "는", "의") \
                        and w.stem not in NOT_OWNERS and w.stem not in MEASURE_NOUNS:
                    end = k
                    while end + 1 < len(ws) and not ws[end].particle and _noun(ws[end + 1]) and ws[end + 1].hangul and end - k < 3:
                        end += 1
                    head = _phrase(ws, k, end, "after the product")
                last = ws[chain[-1][1]]
                predicate = last.role == "copula" or last.particle in ("이고", "이며") or w is None
                return head, f"side {i + 1} of {len(chain)}", predicate
    return None


_PRODUCT_SIGNS = frozenset({"×", "x", "X", "*", "✕"})


def _products(ws: Sequence[Word]) -> list[list[tuple[int, int]]]:
    """The products of figures in a sentence: chains of two or more operands (a figure and its short
    Latin unit, "98.5 ft") joined by a product sign, each operand as its first and last word."""
    out: list[list[tuple[int, int]]] = []
    i = 0
    while i < len(ws):
        chain: list[tuple[int, int]] = []
        k = i
        while (end := _operand(ws, k)) is not None:
            chain.append((k, end))
            if end + 2 < len(ws) and ws[end + 1].text in _PRODUCT_SIGNS and not ws[end].particle:
                k = end + 2
            else:
                break
        if len(chain) > 1:
            out.append(chain)
            i = chain[-1][1] + 1
        else:
            i += 1
    return out


def _operand(ws: Sequence[Word], k: int) -> int | None:
    """The last word of a product's operand starting at word ``k`` ("2960", "98.5 ft"), or None."""
    if k >= len(ws) or not has_digit(ws[k].text):
        return None
    unit = ws[k + 1].stem if k + 1 < len(ws) else ""
    if unit.isascii() and unit.isalpha() and len(unit) <= 3 and unit not in _PRODUCT_SIGNS and not ws[k].particle \
            and ws[k + 1].inside == ws[k].inside:
        return k + 1
    return k


def bracketed(ws: Sequence[Word], figure: Span) -> Phrase | None:
    """"서울(605.2㎢)의 약 1.6배", "라마(650억 개)보다": a figure that is all a parenthesis glued to a
    noun holds is that noun's value (what the clause compares with), not the clause topic's. The noun
    compound, or None (a figure with a label inside the parenthesis, one after a figure or a verb)."""
    found = figure_words(ws, figure)
    if found is None or found[0] == 0:
        return None
    first, last = found
    k = first - 1
    while k >= 0 and ws[k].inside and ws[k].stem in ("약", "총", "about", "approximately"):
        k -= 1  # "서울(약 605㎢)"
    w = ws[k] if k >= 0 else None
    # glued: "서울(605.2㎢)의" (the particle after the parenthesis is the noun's), "김은경(53) 씨는"
    if w is None or w.inside or not ws[first].inside or not (w.closes.startswith(")") or w.end + 1 == ws[k + 1].start) \
            or not _noun(w) or not w.hangul \
            or w.stem in NOT_OWNERS or w.stem in MEASURE_NOUNS or last + 1 < len(ws) and ws[last + 1].inside:
        return None
    return _phrase(ws, _compound_before(ws, k, 0), k, "value in parentheses")


def label(ws: Sequence[Word], figure: Span) -> Phrase | None:
    """"산업용 6.4%, 일반용 5.8%", "서울 550명, 경기 257명": a bare noun right before a figure, in a
    list of such pairs, labels a part of the whole (the claim's scope); the list's attribute is said
    once, after it ("… 등으로 확진자가 나왔다") or in the sentence before ("전기료가 5.4% 오른다")."""
    found = figure_words(ws, figure)
    if found is None or found[0] == 0:
        return None
    k = found[0] - 1
    w = ws[k]
    if w.inside and ws[found[0]].inside:
        # "52,550명(해외유입 5,193명)": the nouns opening a parenthesis label the part of the figure before
        # it ("773명(치명률 1.41%)", "(해외유입 비율 9.9%)": or, for a figure of another kind, name it)
        a = k
        while a > 0 and ws[a - 1].inside and k - a < 2 and _labels(ws[a - 1]._replace(inside=False)):
            a -= 1
        if (a == 0 or not ws[a - 1].inside) and not any(_figure(ws[i]) for i in range(a, k + 1)) \
                and all(_labels(ws[i]._replace(inside=False)) for i in range(a, k + 1)):
            return _phrase(ws, a, k, "label in parentheses")
    if not _labels(w) or _figure(w) or k > 0 and _counted_by(ws[k - 1]):
        return None  # "총 7개 나라 60명": the noun after a figure is what that figure counts, no label
    # ("오후 3시 30분 기준, 수배자 35명을": a time of day is no labelled figure, and no list with the count)
    # (a headline's statements apart: "출생아 402명…전년 동기 대비 3.1% 감소" is no list of two)
    # (nor are two clauses: "치어 150만 마리를 방류하고 … 연 5,000톤 이상으로": a verb that ends a clause between
    # ends the list; one describing an item's noun does not, "트위터를 팔로우하는 일본인 1만2914명")
    lo = max((i + 1 for i in range(found[0]) if ws[i].closes.startswith("…") or _ends_clause(ws[i])), default=0)
    hi = next((i + (not _ends_clause(ws[i])) for i in range(found[1], len(ws)) if ws[i].closes.startswith("…")
               or _ends_clause(ws[i]) and i > found[1]), len(ws))
    if _coordinated_apart(ws, k):
        return None  # "자전거 2,800대와 대여소 210곳을": two nouns, each counted by its own figure, no parts of one whole
    # ("일원에서 열린 '제21회 하송야생차축제'에 관광객 18만 명이": a quoted name with an ordinal is no labelled figure)
    pairs = sum(1 for i in range(max(1, lo + 1), hi) if _quantity(ws[i]) and not _opens_quote(ws[i]) and _labels(ws[i - 1])
                and not _figure(ws[i - 1])
                and not (i > 1 and _counted_by(ws[i - 2])) and not _CLOCK.search(ws[i].stem)
                and not _TIME_NOUN.search(ws[i - 1].stem)
                # ("면적 52.3㎢, 최대 수심 19.6m인 서하호": values describing a noun are no parts of a whole)
                and described_values(ws, Span(ws[i].start, ws[i].end), ()) is None)
    if pairs < 2:
        return None
    w = ws[k]
    return Phrase(w.stem, Span(w.start, w.stem_end), "label in a list")


_BARE_NUMBER = re.compile(r"\d[\d,.]*(?:[만천억조]\s?\d*[\d,.]*)*(?:여|여만|여억)?")  # "1,740여", "2만": no counter of its own


def breakdown_label(ws: Sequence[Word], figure: Span) -> Phrase | None:
    """"어종별로는 빙어가 412톤, 붕어는 1,150톤, 잉어는 640톤이었다": after a word saying the figures are broken
    down by a kind ("어종별로는", "지역별로"), the nouns that are the topics or subjects of the figures right
    after them are the parts (the claims' scope), not what the figures measure. At least two such pairs: one
    figure's measured noun in a breakdown ("대상군별로는 65세 이상 접종률이 82.4%로") is no part."""
    found = figure_words(ws, figure)
    if found is None or found[0] == 0:
        return None
    by = next((i for i, w in enumerate(ws) if len(w.stem) > 1 and w.stem.endswith("별") and w.particle.startswith(("로", "으로"))), None)
    k = found[0] - 1
    if by is None or k <= by:
        return None
    # an item is a noun of its own (after the breakdown word, a comma or a clause's end: not "국제선 비중은",
    # "65세 이상 접종률이", the measure of one) with its figure after it, not in an aside ("대만인(2만 1천 명)이")
    items = [i for i in range(by + 1, len(ws) - 1) if ws[i].role in ("topic", "subject") and _noun(ws[i])
             and not _figure(ws[i]) and ws[i].stem not in NOT_OWNERS and ws[i].stem not in MEASURE_NOUNS
             and _quantity(ws[i + 1]) and not ws[i + 1].inside and not ws[i].closes
             and (i == by + 1 or ws[i - 1].closes.startswith(",") or _ends_clause(ws[i - 1]))]
    # the parts of one measure share its counter: "사망자는 12명" after accidents in 건 is a measure of its own
    items = [i for i in items if _counter_after(ws, i) == _counter_after(ws, k)]
    if len(items) < 2 or k not in items:
        return None
    return Phrase(ws[k].stem, Span(ws[k].start, ws[k].stem_end), "label in a list")


def _counter_after(ws: Sequence[Word], i: int) -> str:
    """The first letter of the counter or unit of the figure after word ``i`` ("800건," → 건, "120만 명이다" → 명,
    "45%" → %), from its word or the next: what follows it (이었고, 이다) is no part of it."""
    counter = _NUMBER_PART.sub("", ws[i + 1].text)
    if not counter and i + 2 < len(ws):
        counter = ws[i + 2].text
    return counter[:1]


_NUMBER_PART = re.compile(r"^[\d,.\s만천억조여]+")


def coordinated_tail(ws: Sequence[Word], figure: Span) -> Span | None:
    """The last count of the coordinated "noun N" arguments a count opens or continues (:func:`_coordinated_count`),
    the one carrying the case particle: "버스 120대와 부품 3000개를 판매했다" → 3000개를, whose verb is both counts'."""
    found = figure_words(ws, figure)
    if found is None or ws[found[1]].particle not in _COORDINATING or not _coordinated_count(ws, found[1]):
        return None
    i = found[1] + 2
    while i < len(ws) and ws[i].particle not in _COUNTED_PARTICLES:
        i += 2
    return Span(ws[i].start, ws[i].end) if i < len(ws) else None


def _coordinated_apart(ws: Sequence[Word], k: int) -> bool:
    """Whether the bare noun ``k`` and the count after it are one of coordinated "noun + count" arguments (joined by
    와/과 or a comma, the last in a case particle: :func:`_coordinated_count`) whose counts differ in counter: "자전거
    2,800대와 대여소 210곳을", "객실 320실, 식당 3곳을". The parts of one whole share it ("서울 550명과 경기 257명이")."""
    start = k
    while start >= 2 and _figure(ws[start - 1]) and not ws[start - 1].inside \
            and (ws[start - 1].particle in _COORDINATING or ws[start - 1].closes.startswith(",") and not ws[start - 1].particle) \
            and _noun(ws[start - 2]) and ws[start - 2].hangul and not ws[start - 2].particle and not ws[start - 2].closes:
        start -= 2
    if not _coordinated_count(ws, start + 1):
        return False
    members = [start]
    while members[-1] + 1 < len(ws) and ws[members[-1] + 1].particle not in _COUNTED_PARTICLES:
        members.append(members[-1] + 2)
    own = _unit_after(ws, k)
    return bool(own) and all(_unit_after(ws, i) != own for i in members if i != k)


def _unit_after(ws: Sequence[Word], i: int) -> str:
    """The first letter of the counter or unit of the figure after word ``i``, read over the words of the number
    ("66조 1,930억 원," → 원, "2,800대와" → 대, "45%" → %)."""
    for j in range(i + 1, min(len(ws), i + 5)):
        rest = _NUMBER_PART.sub("", ws[j].text)
        if rest:
            return rest[:1]
    return ""


def _ends_clause(w: Word) -> bool:
    """A predicate that closes its clause ("방류하고", "늘었으며"), not one describing the noun after it."""
    return w.predicate and not adnominal_form(w.text)


def _counted_by(w: Word) -> bool:
    """Whether the word is a figure whose counted noun is the word after it ("7개 나라"; not "550명, 경기",
    nor a time: "7월 방문객", "3분기 출생아" are the visitors of July, the births of a quarter)."""
    return _figure(w) and not w.closes and not w.particle and not _CLOCK.search(w.stem)


_LABEL_PARTICLES = ("", "에서", "에", "에서는", "에는")  # "서울 550명", "서울에서 327명"


def _labels(w: Word) -> bool:
    # "45TB 파라미터, 700 페타플롭스": a word closed by punctuation ends the item before, labels nothing
    # ("봄 3건, 여름 5건": a season labels its part as a place does, though it owns nothing)
    return (not w.closes and w.particle in _LABEL_PARTICLES and _noun(w) and not w.inside and w.stem not in DETERMINERS
            and (w.stem not in NOT_OWNERS or is_season(w.stem)) and w.stem not in MEASURE_NOUNS)


def list_attribute(ws: Sequence[Word], figure: Span) -> Phrase | None:
    """The attribute a list of labelled figures states after it: the subject or object noun after
    the last figure ("… 등으로 전국 모든 시도에서 확진자가 나왔다", "농업용 전기가 3% 인상되었고")."""
    found = figure_words(ws, figure)
    if found is None:
        return None
    labelled = [i for i in range(1, len(ws)) if _figure(ws[i]) and _labels(ws[i - 1]) and not _figure(ws[i - 1])]
    last = max([found[1], *labelled])
    for k in range(last + 1, len(ws)):
        w = ws[k]
        if w.predicate:
            return None
        if len(w.stem) == 1 and _BARE_NUMBER.fullmatch(ws[k - 1].text):
            continue  # "인력 1,740여 명이": a figure's counter written apart from it, no noun of its own
        if w.role in ("subject", "object") and _noun(w) and w.stem not in NOT_OWNERS and not _figure(w):
            return _phrase(ws, _compound_before(ws, k, found[1] + 1), k, "after the list")
    return None


# A time word that may stand between a possessor and its noun ("X의 지난해 이용객"): which year, not whose.
_TIME_BETWEEN = re.compile(r"(?:\d{4}년|\d{1,2}월|지난해|올해|작년|금년|전년|올여름|지난여름|올겨울|지난겨울|상반기|하반기|[1-4]분기|연간|월간)")


# Nouns of a side or part of a thing (앞면, 후면, 상단, 내부): relational, they own nothing written alone
_PART_NOUNS = frozenset({"앞면", "뒷면", "전면", "후면", "측면", "윗면", "밑면", "아랫면", "상단", "하단", "내부", "외부",
                         "표면", "한쪽", "양쪽", "앞쪽", "뒤쪽", "위쪽", "아래쪽"})


def possessor(ws: Sequence[Word], phrase: Phrase, figure: Span | None = None) -> Phrase | None:
    """"X의 Y": the owner X of the attribute phrase Y (the word right before it, marked 의); with the
    figure, also "X의 N개 Y" ("아프리카발톱개구리의 4만여 개 유전자를": the genes are the frog's)."""
    k = next((i for i, w in enumerate(ws) if w.start == phrase.span.start), None)
    if k is None or k == 0:
        return None
    if figure is not None:
        found = figure_words(ws, figure)
        if found is not None and found[1] + 1 == k and found[0] > 0:
            k = found[0]  # the figure stands between the possessor and the noun it counts
    while k > 1 and not ws[k - 1].particle and _TIME_BETWEEN.fullmatch(ws[k - 1].text) and ws[k - 2].role == "possessive":
        k -= 1  # "김해국제공항의 지난해 이용객", "삼성전자의 2025년 매출": a time word inside the noun phrase
    w = ws[k - 1]
    if w.role == "possessive" and quoted(w) and not _noun(w) and not w.predicate:
        return _phrase(ws, k - 1, k - 1, "possessor")  # "'e-City 9'의 배터리 용량": a quoted name with its version
    if w.role == "possessive" and _noun(w) and w.stem not in NOT_OWNERS:
        items = _listed_before(ws, k - 1)
        if len(items) > 1:
            # "새마을호, 무궁화호, 화물열차의 운행률은 각각 75%, 68%, 34%": each item owns its own figure,
            # in order; a list that does not pair off with the figures has no one owner
            at = figure_words(ws, figure) if figure is not None else None
            values = [i for i in range(k, len(ws)) if _quantity(ws[i]) and not ws[i].inside]
            if at is None or len(values) != len(items) or at[0] not in values:
                return None
            item = items[values.index(at[0])]
            return _phrase(ws, item, item, "possessor")
        start = _compound_before(ws, k - 1, 0)
        if _counts(ws, start, k - 1) or figure is not None and figure.start < w.end and w.start < figure.end:
            return None  # "두 개의 카메라 센서", "100만 캐나다 달러의 …": the unit of a figure owns nothing
        if start > 0 and ws[start - 1].stem in _DEMONSTRATIVES and not ws[start - 1].particle:
            # "이 영화의 손익분기점": points back to what the text introduced as one, names nothing itself
            return _phrase(ws, start, k - 1, ANAPHOR)
        if start < k - 1 and ws[start].stem in _DEMONSTRATIVES and not ws[start].particle:
            return _phrase(ws, start + 1, k - 1, ANAPHOR)  # "해당 폭포의 폭은": the same (해당 read into the compound)
        if start > 0 and (ws[start - 1].role == "conjunct" or _adnominal(ws[start - 1])):
            # "달과 지구의 거리": a pair owns it, not one of them; "위중한 상태의 환자": a state described
            # by the clause before it, not a name
            return None
        if start == k - 1 and w.stem in _PART_NOUNS:
            # "앞면의 디스플레이는 … 85%": a side or part of something, written alone, is a place on the thing
            # the text is about, no owner of its own
            return None
        return _owner(ws, start, k - 1, "possessor")
    return None


def described_possessor(ws: Sequence[Word], phrase: Phrase) -> Phrase | None:
    """The possessor of the measured noun that a clause before it describes ("이웃한 경북의 온열질환자는": 경북;
    "위중한 상태의 환자는": 상태), which :func:`possessor` does not read as an owner; None when there is none."""
    k = next((i for i, w in enumerate(ws) if w.start == phrase.span.start), None)
    if k is None or k < 2 or ws[k - 1].role != "possessive" or not _noun(ws[k - 1]) or ws[k - 1].inside:
        return None
    start = _compound_before(ws, k - 1, 0)
    return _phrase(ws, start, k - 1, "possessor") if start > 0 and _adnominal(ws[start - 1]) else None


# How a possessor that points back is marked ("이 영화의"): the binder looks for the name it stands for
ANAPHOR = "demonstrative possessor"
ANAPHOR_TOPIC = "demonstrative topic"  # "이 영화는": the same, and when it names no one the title may still own


def _listed_before(ws: Sequence[Word], k: int) -> list[int]:
    """The words of a comma list ending at word ``k`` ("새마을호, 무궁화호, 화물열차의"): bare one-word
    nouns each closed by a comma, then ``k``; just ``[k]`` when no list ends there."""
    items = [k]
    while items[0] > 0:
        w = ws[items[0] - 1]
        if not w.closes.startswith(",") or w.particle or not _noun(w) or w.stem in NOT_OWNERS:
            break
        items.insert(0, items[0] - 1)
    return items


def acting_subject(ws: Sequence[Word], figure: Span, clause: Span, head: Span, count: bool) -> Phrase | None:
    """The attribute phrase ``head`` read for a figure when it is the topic or subject of the figure's
    clause and the figure counts another noun, written bare right before it ("대한민국 해군은 27일 오전
    수상함 10여 척을 배치했다", "구조대는 28일 잠수요원 40명을"): the subject acts, it is the owner, not
    what the figure measures. Not when the figure follows it, across determiners, times and measure
    words only ("매개변수는 약 1750억 개다", "누적 확진자 수는 3일 0시 기준 54,770명", "실종자는 26일 현재
    46명"), nor across a comparison ("파업 인원은 전일 대비 -153명"), and only for a count (``count``: a
    counter counts the noun before it; a unit measures the subject: "배터리 용량은 내장형 3600 mAh")."""
    found = figure_words(ws, figure)
    if not count:
        return None
    k = next((i for i, w in enumerate(ws) if w.stem_end == head.end), None)
    if found is None or k is None or k + 1 >= found[0]:
        return None
    w, before = ws[k], ws[found[0] - 1]
    if w.role not in ("topic", "subject") or w.start < clause.start or w.inside:
        return None
    if before.particle or before.closes or before.inside or not before.hangul or not _noun(before) \
            or before.stem in NOT_OWNERS or before.stem in MEASURE_NOUNS or before.stem in _COMPARING:
        return None
    return _phrase(ws, _compound_before(ws, k, 0), k, "acting subject")


_COMPARING = frozenset({"대비", "보다"})  # "전일 대비 -153명": the change, measured against another time


def _adnominal(w: Word) -> bool:
    """A verb or adjective in the form that modifies the noun after it (위중한, 새로운, 소비된, 있는, 할); not the
    conditional -면, which ends in ㄴ too ("카운터리서치에 따르면 한빛전자의 출하량은": a source, then the owner)."""
    last = w.text[-1]
    return w.predicate and not w.closes and "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 in (4, 8) \
        and not w.text.endswith(("지만", "는데", "은데", "던데", "면"))


def _counts(ws: Sequence[Word], a: int, b: int) -> bool:
    """Whether words ``a..b`` are a figure or the counter or unit of the figure right before them."""
    return any(_figure(ws[i]) for i in range(a, b + 1)) or (
        a > 0 and _figure(ws[a - 1]) and not ws[a - 1].closes and ws[a - 1].particle in ("", "만", "억", "조"))


def described(ws: Sequence[Word], phrase: Phrase, figure: Span | None = None) -> Phrase | None:
    """"3000억 파라미터의 엑사원": the name the figure's phrase describes (the word after X의). Not when
    the figure is itself marked 의 ("106명의 폐암 환자의 DNA"): the figure counts X, and X의 Y is what X
    has, no name the count describes."""
    k = next((i for i, w in enumerate(ws) if w.stem_end == phrase.span.end), None)
    found = figure_words(ws, figure) if figure is not None else None
    if k is not None and phrase.how == BEFORE_A_SIZE and found is not None and found[0] == k + 1:
        # "설비용량 600㎿ 규모의 발전소": the noun after the size is what has the measure
        k = _size_word(ws, found[0], found[1])
    if k is None or ws[k].particle != "의" and not (phrase.how == BEFORE_A_SIZE and ws[k].text.endswith("인")) \
            or k + 1 >= len(ws):
        return None
    if found is not None and ws[found[1]].particle == "의" and found[1] < k:
        return None
    w = ws[k + 1]
    if _noun(w) and w.stem not in NOT_OWNERS and w.stem not in MEASURE_NOUNS:
        end = k + 1
        while end + 1 < len(ws) and _noun(ws[end]) and not ws[end].particle and end - k < 3:
            end += 1
        return _phrase(ws, k + 1, end, "described by the figure")
    return None


def modified(ws: Sequence[Word], figure: Span, clause: Span) -> Phrase | None:
    """"100억개 내외 파라미터를 가진 모델들이", "2만 명이 사는 마을": a figure that is the object or
    subject of a verb in the adnominal form (가진, 사는) describes the noun that verb modifies, not
    the topic before it."""
    found = figure_words(ws, figure)
    if found is None:
        return None
    k = found[1]
    while k < len(ws) and not ws[k].particle and not ws[k].closes and k - found[1] < 3:
        k += 1  # the bare nouns of the figure's phrase: "100억개 내외 파라미터를"
    if k + 2 >= len(ws) or ws[k].role not in ("object", "subject") or ws[k].closes:
        return None
    verb = ws[k + 1]
    # "염색체 그룹을 가지는 서양발톱개구리": after an object and before a noun, a word read as a noun and the
    # topic particle 는 (가지 + 는) is a verb's adnominal form (가지다)
    # and after a subject ("주민 41만 명이 사는 청솔시는": 사 + 는 is 살다's adnominal form; a subject is
    # not followed by a topic of the same clause)
    read_as_topic = verb.particle == "는" and ws[k].role in ("object", "subject")
    if verb.particle and not read_as_topic or verb.closes or not verb.hangul or verb.start >= clause.end \
            or not _adnominal_form(verb):
        return None
    end = k + 2
    if not _noun(ws[end]):
        return None
    while end + 1 < len(ws) and not ws[end].particle and _noun(ws[end + 1]) and end - k < 4:
        end += 1
    if ws[end].stem in NOT_OWNERS or ws[end].stem in MEASURE_NOUNS:
        return None
    return _phrase(ws, k + 2, end, "described by the figure")


VISITED = "object of a visit"
# Verbs of going to a place, in the forms that open them ("찾은", "방문한", "다녀간", "이용한", "찾아온"): their
# relative clause before a noun of people says which place the people are the visitors of.
_VISITING = re.compile(r"(?:찾(?!아내|아낸)|방문|다녀|이용|관람|탐방)[가-힣]{0,3}$")


def visited(ws: Sequence[Word], head: Phrase) -> Phrase | None:
    """The place a relative clause of visiting says the measured people went to: "[공원을 찾은] 탐방객은 368만
    명", "[행사장을 방문한] 인원이": the object of the verb right before the head, that verb in its adnominal form
    and glued to both. The place owns the count of its visitors as its topic would; the verb is no topic (찾 + 은)
    and the head no owner. None when anything else stands between (a name of its own before the head: "A시를
    찾은 B사 직원은" is B사's staff), or the verb is no verb of visiting."""
    k = next((i for i, w in enumerate(ws) if w.start == head.span.start), None)
    if k is None or k < 2:
        return None
    verb, obj = ws[k - 1], ws[k - 2]
    if obj.role != "object" or obj.closes or obj.inside or not obj.hangul or verb.closes or not _noun(obj) \
            or not adnominal_form(verb.text) or _VISITING.match(verb.text) is None:
        return None
    return _phrase(ws, _compound_before(ws, k - 2, 0), k - 2, VISITED)


def located(ws: Sequence[Word], head: Phrase, figure: Span) -> Phrase | None:
    """The name in 에/에는 right before a count's bare noun, the count the subject of its clause: "열린 '제21회
    하송야생차축제'에 관광객 18만 2,000명이 다녀갔다", "'제5회 온해 배터리산업전'에 국내외 관람객 3만 2천여 명이":
    where the counted people or things are, the festival's visitors (its edition, "제21회", is which one, not the
    name). The sentence's topic is then who counted them (하송군은 … 집계했다), no owner. None when the 에 phrase is
    a time ("지난해에", "5일간에"), the count is no subject ("축제에 예산 14억 원을 투입했다": the spender's), or words
    stand between the phrase and the noun."""
    found = figure_words(ws, figure)
    k = next((i for i, w in enumerate(ws) if w.start == head.span.start), None)
    if found is None or k is None or k < 1 or head.how != "before the count" or ws[found[1]].particle not in ("이", "가"):
        return None
    j = k - 1
    w = ws[j]
    if w.text in _IN_PLACE and w.opens[-1:] in _CLOSE_QUOTES and j > 0:
        # "… 배터리산업전(Onhae Battery Expo 2025)'에": the particle after a bracket and a quote is a word of its own
        j -= 1
        w = ws[j]._replace(particle=w.text, closes=w.opens)
    elif w.particle not in _IN_PLACE or w.inside or w.closes or _TIME_NOUN.search(w.stem) or _figure(w) and not _closes_quote(w):
        return None
    a = j
    if _closes_quote(w):
        # a quoted name of several words ("'제5회 온해 배터리산업전(Onhae Battery Expo 2025)'에"): back to its opening
        while a > 0 and not _opens_quote(ws[a]) and j - a < 8:
            a -= 1
        if not _opens_quote(ws[a]):
            return None
    else:
        a = _compound_before(ws, j, 0)
    while a < j and _EDITION.fullmatch(ws[a].stem):
        a += 1  # "제21회 하송야생차축제": the edition says which one of the series
    end = j
    while end > a and ws[end].inside:
        end -= 1  # "… 배터리산업전(Onhae Battery Expo 2025)'에": the gloss in brackets is no part of the name
    phrase = _phrase(ws, a, end, LOCATED)
    return phrase if phrase is not None and phrase.text.strip("'‘’\"“”") else None


LOCATED = "place of the counted"
# The head nouns of an event or a place a count can be in: "하송야생차축제", "배터리산업전", "국제박람회", "과학관"
_EVENT_OR_PLACE = re.compile(r"(?:축제|페스티벌|전|박람회|엑스포|대회|페어|쇼|관|공원|센터|(?:경기|공연|전시|스키|야영|캠핑|해수욕|체험|놀이)장|광장|마을|거리|섬|산|해수욕장|시장|행사|정원|숲|파크|랜드|월드)$")
_EDITION_BEFORE = re.compile(r"제\s?(\d+)\s?회\s*\Z")


def event_or_place(phrase: str) -> bool:
    """Whether a quoted phrase is headed by a noun of an event or a place ("'제21회 하송야생차축제'", "'온해
    배터리산업전(Onhae Battery Expo 2025)'"), not of a thing done ("'반값 할인'", "'1+1 이벤트'"): its last Korean word."""
    korean = re.findall(r"[가-힣]+", phrase)
    return bool(korean) and _EVENT_OR_PLACE.search(korean[-1]) is not None


def edition_before(text: str, start: int, name: int) -> str | None:
    """The edition's number written right before a name ("'제21회 하송야생차축제'": 21), from ``start``; None else."""
    m = _EDITION_BEFORE.search(text[start:name].rstrip("'‘\"“ "))
    return m.group(1) if m else None
_IN_PLACE = frozenset({"에", "에는"})
_EDITION = re.compile(r"[‘'\"“]?제\s?\d+\s?회")


def _adnominal_form(w: Word) -> bool:
    """A word right after an object or subject that ends in the adnominal ㄴ/ㄹ (가진, 사는, 늘어난, 할)."""
    return adnominal_form(w.text)


def adnominal_form(text: str) -> bool:
    """Whether a word ends in the adnominal ㄴ/ㄹ of a verb or adjective (가진, 새로운, 늘어난, 할)."""
    last = text[-1:]
    return "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 in (4, 8) and not text.endswith(("지만", "는데", "은데", "면"))


DEMONSTRATIVES = _DEMONSTRATIVES = frozenset({"이", "그", "해당", "본", "동", "이번"})


def clause_topic(ws: Sequence[Word], figure: Span, clause: Span, sentence: Span, exclude: Span | None) -> Phrase | None:
    """The topic or subject owning the figure: the nearest before it in its clause, else in its
    sentence; never the attribute itself, a comparison, the speaker of a reported figure, or a
    topic that is itself measured by a figure ("해외유입 사례는 25명": an attribute of its own)."""
    speech = bool(ws) and any(w.predicate and _SPEECH.search(w.text) for w in ws if w.start > figure.end)
    other = -1  # the subject of an earlier clause: the owner only when no topic is found
    pointing = -1  # a topic after a demonstrative ("이 영화는"): the name it stands for, when nothing else owns
    for floor in (clause.start, sentence.start):
        for k in range(len(ws) - 1, -1, -1):
            w = ws[k]
            if w.start >= figure.start or w.start < floor:
                continue
            if exclude is not None and exclude.start <= w.start < exclude.end:
                continue
            if k + 1 < len(ws) and _figure(ws[k + 1]) and (exclude is None or exclude.start < figure.start) \
                    and not _adverbial_time(ws[k + 1], figure):
                continue  # "X는 N…": X is what the next figure measures (not "X는 N개의 유전자를": that is Y)
            if w.role in ("topic", "subject") and (_noun(w) or quoted(w) and not w.predicate) \
                    and w.stem not in NOT_OWNERS and w.stem not in MEASURE_NOUNS:
                # (a quoted name with its version, "'e-City 12'는", is a name though it holds digits)
                if in_time_clause(ws, k):
                    continue  # "장마가 끝난 뒤 … 강수량은 98.7㎜": the subject says when, it is its clause's
                if floor == sentence.start and w.role == "subject" and w.start < clause.start:
                    # "HBM 매출이 … 성장할 것으로 전망하고, … 목표를 80조 원으로": a subject is its own
                    # clause's; a topic before it (SK하이닉스는) owns the chain
                    other = k if other == -1 else other
                    continue
                if speech and w.role == "topic" and _first_topic(ws, k):
                    continue  # "X는 … N명이라고 밝혔다": X says it
                if k > 0 and ws[k - 1].stem in _DEMONSTRATIVES and not ws[k - 1].particle:
                    # "이 논문은 …": points back to what the article is about, names nothing itself
                    pointing = k if pointing == -1 and floor == clause.start else pointing
                    continue
                if pointing != -1:
                    # "X는 …되었고, 이번 올림픽은 … 3개의 올림픽": the clause is about what its demonstrative
                    # points back to, not the earlier clause's X: the name it stands for, or no one
                    return _phrase(ws, pointing, pointing, ANAPHOR)
                return _owner(ws, _compound_before(ws, k, 0), k, "topic of the clause" if floor == clause.start else "topic of the sentence")
    if other != -1:
        return _owner(ws, _compound_before(ws, other, 0), other, "topic of the sentence")
    return _phrase(ws, pointing, pointing, ANAPHOR_TOPIC) if pointing != -1 else None


def topic_between(ws: Sequence[Word], start: int, end: int) -> bool:
    """Whether a topic (a word in 은/는) stands between two places: a later topic of the sentence, which the words
    before it describe ("이 회사가 … 짓고 있는 제2공장은 …")."""
    return any(w.role == "topic" and start <= w.start < end for w in ws)


def possessor_between(ws: Sequence[Word], start: int, end: int) -> bool:
    """Whether the figure has a possessor of its own after the measured noun: a noun in 의 with only bare words (연,
    하루) between it and the figure ("생산능력은 제1공장의 연 3만 5,000톤을 더해": the first plant's; not the 9만
    5,000톤 after "더해")."""
    between = [w for w in ws if start <= w.start and w.end <= end and (w.particle or w.predicate)]
    return bool(between) and between[-1].role == "possessive"


def in_time_clause(ws: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is the subject of a subordinate clause of time: a subject, a verb in its
    adnominal form and a noun of time ("장마가 끝난 뒤", "공사가 시작된 후에", "태풍이 지나간 다음"):
    the clause says when the main clause holds, its subject is none of the main clause's."""
    return ws[k].role == "subject" and k + 2 < len(ws) and _adnominal_form(ws[k + 1]) and ws[k + 2].stem in _TIME_AFTER_CLAUSE


_TIME_AFTER_CLAUSE = frozenset({"뒤", "후", "전", "다음", "이후", "이전", "직후", "직전", "동안", "때", "무렵", "사이"})


def states_topic(ws: Sequence[Word], topic: Span, figure: Span) -> bool:
    """Whether the figure states the topic's value right after it: nothing between them but words of
    when and determiners ("수주잔고는 지난해 말 기준 384억 달러로", "순이익은 1,020억 원"), not an object, a
    quotation or a clause of its own ("항만공사는 올해 물동량 목표를 430만 TEU로", "X는 현재 최대 화제 중 하나로")."""
    between = [w for w in ws if topic.end <= w.start and w.end <= figure.start]
    return all(not w.particle and not w.closes and not w.opens and
               (w.stem in DETERMINERS or w.stem in _REFERENCE_WORDS or is_season(w.stem) or _TIME_NOUN.search(w.stem)
                or _TIME_FIGURE.search(w.stem)) for w in between)


# what says as of when a value holds ("지난해 말 기준", "연말 현재")
REFERENCE_WORDS = _REFERENCE_WORDS = frozenset({"기준", "말", "현재", "지난해", "올해", "작년", "연말", "연간"})


def _adverbial_time(w: Word, figure: Span) -> bool:
    """A bare year, month, day or span after a topic, not the figure bound: an adverbial ("SK하이닉스는
    2025년 HBM 매출이", "일본이 3년 연속", "단지는 2년 새"), not what the topic measures ("기간은 3년이다")."""
    return w.end <= figure.start and not w.particle and not w.closes and bool(_TIME_FIGURE.search(w.stem))


_TIME_FIGURE = re.compile(r"\d(?:년|개월|월|일|분기|반기)$")


def own_topic(ws: Sequence[Word], figure: Span, clause: Span, head: Span | None) -> Phrase | None:
    """A topic, subject or possessor of the figure's clause, before the figure, other than the
    attribute itself (``head``) and than the one who *says* the figure: the clause is about it, so
    the article's title does not own the figure ("1956~1960년생 여성은 … 미혼율이 5.3%", "5분위
    가구의 연료비는 16만원"), even where it is no name and no owner of its own (a scope, a common
    noun). Unlike ``clause_topic`` it keeps a topic an adverbial figure follows ("여성은 30~34세경에"); like
    it, it passes over a demonstrative ("이 논문은": the article's own topic, pointed back to) and
    a topic measured by a figure of its own ("사망자는 17명으로": an attribute, not an owner)."""
    speech = any(w.predicate and _SPEECH.search(w.text) for w in ws if w.start > figure.end)
    for k, w in enumerate(ws):
        if w.start >= figure.start:
            break
        if w.start < clause.start or head is not None and head.start <= w.start < head.end:
            continue
        if w.role not in ("topic", "subject", "possessive") or not _noun(w) or not w.hangul or w.inside \
                or w.stem in NOT_OWNERS or w.stem in MEASURE_NOUNS:
            continue
        if speech and w.role == "topic" and _first_topic(ws, k):
            continue  # "중대본은 … 확진자가 892명 확인되고 … 밝혔다": the speaker, not what the figure is about
        after = ws[k + 1]
        if _figure(after) and (after.role != "place" or after.particle in ("로", "으로")) \
                and (w.role != "possessive" or after.start >= figure.start):
            # "사망자는 17명으로 누적 사망자는 773명": measured by a figure of its own, an attribute
            # (not "복대동의 한 아파트는 2억 원": the possessor of a noun counted as one, before the figure)
            continue
        start = _compound_before(ws, k, 0)
        if start > 0 and ws[start - 1].stem in _DEMONSTRATIVES and not ws[start - 1].particle:
            continue  # "이 논문은 70억개에서 650억개의 파라미터": points back to what the article is about
        if w.role == "possessive" and start > 0 and _adnominal(ws[start - 1]):
            continue  # "위중한 상태의 환자는": a state described, not an owner
        return _phrase(ws, start, k, "own topic")
    return _modifiers(ws, head, clause)


# Determiners that qualify a measure and may stand inside an attribute's noun phrase ("청주시 아파트
# 평균 매매가격": the average price of Cheongju's flats), not time words ("지난달 취업자 수")
_QUALIFYING = frozenset({"평균", "최대", "최소", "최고", "최저", "연간", "연평균"})


def _modifiers(ws: Sequence[Word], head: Span | None, clause: Span) -> Phrase | None:
    """The nouns that modify the attribute's phrase from before a qualifying determiner ("청주시 아파트
    평균 매매가격은"): they say whose the measure is, so the clause is about them."""
    if head is None:
        return None
    k = next((i for i, w in enumerate(ws) if w.start == head.start), None)
    if k is None:
        return None
    k -= 1
    while k >= 0 and ws[k].stem in _QUALIFYING and not ws[k].particle and ws[k].start >= clause.start:
        k -= 1
    if k < 0 or ws[k].start < clause.start or ws[k].stem in _QUALIFYING or ws[k + 1].stem not in _QUALIFYING:
        return None
    w = ws[k]
    if w.particle or w.closes or not _noun(w) or not w.hangul or w.stem in NOT_OWNERS or w.stem in MEASURE_NOUNS:
        return None
    return _phrase(ws, _compound_before(ws, k, 0), k, "own topic")


def designates(ws: Sequence[Word], figure: Span) -> bool:
    """A figure written with its counter in one word and no particle, right before a noun, that
    names which one of a kind that noun is rather than how many or how much: "1분위 가구가" (the
    first income quintile), "1단 로켓", "12단 제품". The binder asks it of plain numbers with a
    counter (a count, "104명 승조원", counts the noun after it)."""
    found = figure_words(ws, figure)
    if found is None or found[0] != found[1] or found[1] + 1 >= len(ws):
        return False
    w, after = ws[found[1]], ws[found[1] + 1]
    return (not w.particle and not w.closes and not w.inside and w.end == figure.end and _noun(after)
            and not after.opens and after.stem not in MEASURE_NOUNS and after.stem not in NOT_OWNERS)


# A word written as a numeral: "세 곳", "두 배", "일곱째", "삼십만", "수백 명" — never a noun that merely
# starts with a numeral's syllable ("일반용", "이번", "사진").
_NUMERAL_WORD = re.compile(
    r"(?:(?:열|스무|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)?"
    r"|한|두|세|네|다섯|여섯|일곱|여덟|아홉|하나|둘|셋|넷|수십|수백|수천|수만|수억|[일이삼사오육칠팔구십백천만억조]{2,})"
    r"(?:명|개|곳|번|차례|가지|배|살|대|척|건|종|회|채|마리|권|장|잔|병|층|위|째|여)?씩?$"
)


def role_count(ws: Sequence[Word], figure: Span) -> bool:
    """"관광과 어업을 지역 경제의 두 축으로 삼고", "회원을 세 조로 나눴다": a count written as a numeral word
    (no digits) whose noun takes (으)로 after an object of its clause counts the roles or parts the object is
    made into, what the writer calls it, not an amount anyone has ("인구를 28만 명으로": digits, an amount;
    "세 후보도시로부터": no complement)."""
    found = figure_words(ws, figure)
    if found is None or found[0] != found[1] or found[1] + 1 >= len(ws):
        return False
    k = found[0]
    w, noun = ws[k], ws[k + 1]
    if has_digit(w.text) or not _NUMERAL_WORD.match(w.stem) or w.particle \
            or noun.particle not in ("로", "으로") or not _noun(noun):
        return False
    for i in range(k - 1, -1, -1):
        if _ends_clause(ws[i]):
            return False
        if ws[i].role == "object":
            return True
    return False


def _figure(w: Word) -> bool:
    return _figure_stem(w.stem)


@functools.lru_cache(maxsize=1 << 16)  # a pure test of the stem, asked of each word by many readings of a clause
def _figure_stem(stem: str) -> bool:
    return has_digit(stem) or bool(_NUMERAL_WORD.match(stem))


def _quantity(w: Word) -> bool:
    """A figure that is a quantity, not a name with digits ("CX-201", "GPT-3": Latin letters first)."""
    return _figure(w) and not ("A" <= w.stem[:1].upper() <= "Z")


# What opens a headline without being part of it: a column's rubric ("[과학을 읽다]폐암 …") and a
# quotation set off by an ellipsis ("'리튬이온 전지보다 100배 빨리 충전'…새 배터리 개발").
_TITLE_LEAD = re.compile(r"(?:\s*(?:\[[^\]\n]{1,40}\]|(?:'[^'\n]{1,60}'|‘[^’\n]{1,60}’|\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”)"
                         r"\s*(?:…|\.\.\.|···)))+\s*")
_VERSUS = re.compile(r"\s(?:vs\.?|VS\.?|대)\s")  # "NASA vs 스페이스X": two sides, no topic


def title_topic(title: str, base: int, names: frozenset[str] = frozenset()) -> Phrase | None:
    """What a Korean article is about, from its title. A title that is a name ("삼성 갤럭시 S8",
    "2010년 동계 올림픽": nouns only, no particle, verb or punctuation, a figure or Latin letters in it)
    names the topic of the whole article (``how`` "title"); a headline names that of its lead only (``how``
    "headline", and :data:`TITLE_NOUN` for the first of a title's several nouns: "천안함 침몰 사건"): the
    noun compound it opens with before a comma ("구글 딥마인드, …"), else its first
    noun ("대한민국은 지금 …", "대한민국에서 …") — never a rubric or a
    quotation before it, and none when it opens with a quotation ("'고양이 눈' 학습한 …"), a list
    ("노벨화학상, 소바주, 슈토다르트 …") or sets two sides against each other ("NASA vs 스페이스X")."""
    lead = _TITLE_LEAD.match(title)
    skip = lead.end() if lead is not None else 0
    ws = words(title[skip:], base + skip, names)
    if not ws or not any(w.hangul for w in ws) or _VERSUS.search(title) or ws[0].opens:
        return None
    plain = skip == 0 and len(ws) <= 4 and not any(w.particle or w.predicate or w.inside or w.closes or w.opens for w in ws)
    # ("실업자 2만명 감소": a count in a title reports a change, it names nothing)
    named = any(c.isdigit() or c.isascii() and c.isalpha() for c in title) and not any(_COUNTED.search(w.text) for w in ws)
    if plain and named and len(ws) > 1 and _RUNNING_DAY.match(ws[-1].stem):
        # "철도노조 파업 3일차", "코로나19 확산 5일째": the day a story has reached is a headline's word,
        # no part of the name of what it is about
        ws = ws[:-1]
        named = True
    if plain and named:
        # a product or a numbered event named by the whole title: "삼성 갤럭시 S8", "2010년 동계 올림픽" —
        # without the words saying what the page is ("제5회 청람국제마라톤 참가 안내": a guide to the race)
        ws = _without_page_kind(ws)
        return Phrase(" ".join(w.text for w in ws), Span(ws[0].start, ws[-1].end), "title")
    how = "title" if plain else "headline"
    first = next((k for k, w in enumerate(ws) if not _figure(w) or _ASCII_WORD.search(w.stem)), None)  # "GPT-3, …" is a name
    if first is None or ws[first].predicate or not (_noun(ws[first]) or _ASCII_WORD.search(ws[first].stem)):
        return None
    comma = next((k for k in range(first, min(len(ws), first + 4)) if ws[k].closes.startswith(",")), None)
    if comma is not None and not any(ws[k].particle or ws[k].predicate for k in range(first, comma + 1)):
        if comma + 1 < len(ws) and ws[comma + 1].closes.startswith(","):
            return None  # "노벨화학상, 소바주, 슈토다르트, 페링하 교수 수상": a list, no one topic
        if comma + 1 < len(ws) and _says(ws[comma + 1 :]):
            return None  # "기상청, \"올여름 가장 더웠다\"": the speaker
        return _phrase(ws, first, comma, how)  # "UNIST 주도 국제공동연구진, …"
    w = ws[first]
    if w.role == "conjunct" and first + 1 < len(ws):
        # "바람과 가뭄 사이", "한빛과 누리, …": two things side by side, no one topic ("한빛과 손잡은 누리": the
        # partner, no topic either)
        return None
    if w.stem in NOT_OWNERS or w.stem in MEASURE_NOUNS or w.stem in _PRENOMINAL or _DESCRIPTIVE.search(w.stem) and not w.particle:
        return None  # "획기적 치매 치료제": a word in -적 describes the noun after it, it names nothing
    if how == "headline" and len(w.stem) == 1 and _HANGUL_SYLLABLE.fullmatch(w.stem) \
            and (len(w.text) == 1 or w.particle in ("은", "는")):
        # (not a stem the splitter cut from a noun in 도, "also": "철도 파업" is the railway's strike)
        # "[칼럼] 검은 고원이 하얘지기까지…" (an adjective's stem), "[해설] 차 한 잎에 기댄 하송군" (tea), "1억3300만년
        # 전 공룡 뇌 화석" (before): a headline's one-syllable first noun is a common word or a word's part, never
        # the name its lead is about
        return None
    if first + 1 < len(ws) and _says(ws[first + 1 :]):
        return None  # "기상청 \"올여름 평균기온 25.6℃…가장 더웠다\"": who says it, not what the figures are about
    if plain and len(ws) > 1:
        # "천안함 침몰 사건", "재난 대비 계획": the title names an event or a subject of the page, its first
        # noun is only a part of it, as a headline's is
        how = TITLE_NOUN
    return Phrase(w.stem, Span(w.start, w.stem_end), how)


_HANGUL_SYLLABLE = re.compile("[가-힣]")

# The words a page's title ends with that say what the page is, not what it is about: "참가 안내", "모집 요강",
# "이용 가이드" (a guide, its purpose before it), never part of the name ("청람안내센터" is one word, a name)
PAGE_KINDS = frozenset(("안내", "요강", "가이드", "개요", "현황", "소개", "안내서", "길라잡이", "매뉴얼", "공지", "공고", "FAQ"))
_PAGE_PURPOSES = frozenset(("참가", "참여", "이용", "모집", "신청", "접수", "관람", "방문"))
# An edition's number opening a title ("제5회 청람국제마라톤"): the series is the name, the number which one of it
_EDITION = re.compile(r"제\s?\d{1,3}\s?회")


_TITLE_EDITION = re.compile(r"[#\s]*제\s?(\d{1,3})\s?회")


def title_edition(text: str) -> str | None:
    """The edition number a text's first line (its title) opens with ("# 제5회 청람국제마라톤 참가 안내" → "5"); None: none."""
    end = text.find("\n")
    m = _TITLE_EDITION.match(text, 0, end if end >= 0 else len(text))
    return m.group(1) if m is not None else None


def _without_page_kind(ws: list[Word]) -> list[Word]:
    """A title's words without its closing page kind and the purpose before it ("… 참가 안내") and without an
    opening edition number ("제5회 …": the series; the table's claims carry the edition as their scope); all of
    them when nothing of a name would be left."""
    start = 1 if len(ws) > 1 and _EDITION.fullmatch(ws[0].text) else 0
    end = len(ws)
    if end > 1 and ws[end - 1].text in PAGE_KINDS:
        end -= 1
        while end > 1 and ws[end - 1].text in _PAGE_PURPOSES:
            end -= 1
    return ws[start:end] if end > start else ws[:end]


# The first noun of a title of nouns only that goes on with others ("천안함 침몰 사건", "도시 점검"): what a
# headline's first noun is (the topic of the lead), a name only by the document's evidence (``_title_is_name``)
TITLE_NOUN = "first noun of the title"


def _says(ws: Sequence[Word]) -> bool:
    """Whether the words open a quotation of what someone says: a quoted clause (a verb, an ellipsis or a
    figure in it, "\"올여름 … 가장 더웠다\"", "\"온열질환자 4,326명\""), not a quoted name ("'갤럭시 S8'
    공개": a name's digits follow a letter; "'바다의 문'": one word)."""
    if not _opens_quote(ws[0]):
        return False
    for w in ws:
        if w.predicate or "…" in w.text or "..." in w.text or _quantity(w):
            return True
        if w is not ws[0] and w.opens or _closes_quote(w):
            return False
    return False


_COUNTED = re.compile(r"\d[\d,.]*(?:만|억|조|천)?(?:명|개|건|원|곳|가구|배|%)")
_RUNNING_DAY = re.compile(r"\d+(?:일|주|개월|년)?(?:차|째)$")  # "3일차", "5일째", "2주째"
_DESCRIPTIVE = re.compile(r"^[가-힣]{2,}적$")  # 획기적, 본격적, 세계적 (not 목적, 지적: one syllable before 적)
_PRENOMINAL = frozenset({"새", "헌", "옛", "첫", "여러", "온갖", "각종"})  # "새 배터리 개발": describes the noun after it


def _first_topic(ws: Sequence[Word], k: int) -> bool:
    return all(w.role != "topic" for w in ws[:k])


def noun_compound(ws: Sequence[Word], k: int) -> str | None:
    """The noun compound ending at word ``k`` ("한국가스공사", "시장조사업체 알파리서치"), as written."""
    if not _noun(ws[k]):
        return None
    found = _phrase(ws, _compound_before(ws, k, 0), k, "compound")
    return found.text if found is not None else None


def speaker(ws: Sequence[Word], figure: Span) -> Phrase | None:
    """Who says a figure: the sentence's first topic when its last predicate is a verb of saying."""
    last = next((w for w in reversed(ws) if w.predicate), None)
    if last is None or last.start < figure.end or not _SPEECH.search(last.text):
        return None
    k = next((i for i, w in enumerate(ws) if w.role == "topic" and _noun(w)), None)
    if k is None or ws[k].start > figure.start:
        return None
    return _phrase(ws, _compound_before(ws, k, 0), k, "speaker")


# --- English ---------------------------------------------------------------------------------


# an auxiliary right before a word: the word is a verb's participle ("is targeting", "was seeking")
_EN_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|be|been|am)\s+\Z")


def english_head(text: str, base: int, figure: Span, clause: Span, taken: Sequence[Span] = (),
                 dim: str | None = None, counter: str = "") -> Phrase | None:
    """:func:`_english_head`, where a verb of delivering or producing right before the figure names its
    measure whatever noun follows ("delivered 48,200 vehicles": deliveries; ``_counting_verb``), and a count
    that passed through a place ("2.53 million TEU passed through Hanbit Port") is the place's throughput."""
    through = passed_through(text, base, figure, clause)
    if through is not None and dim == "count":
        noun = re.match(r"\s+([a-z][a-z\-]+)\s", text[figure.end - base : through.span.start - base])
        if noun is not None:
            # "2.5 million passengers passed through": the counted noun is the measure, not the verb after it
            return Phrase(noun.group(1), Span(figure.end + noun.start(1), figure.end + noun.end(1)), "noun after the figure")
        verb = through.span.start - 1
        return Phrase("throughput", Span(verb, verb), "measure of the verb")
    fronted = _EN_AT_FRONTED.fullmatch(text, clause.start - base, figure.start - base)
    fronted_measure = UNIT_MEASURES.get(dim or "") or ("temperature" if dim in _TEMPERATURES else None)
    if fronted is not None and fronted_measure is not None and text.startswith(",", figure.end - base):
        # "At 340 MW, Cheongsol is second in size …", "At 1,849 km², the island is …": a measure fronted with "At" is
        # the size of the clause's subject, the dimension of its unit saying which size
        return Phrase(fronted_measure, Span(figure.start, figure.end), MEASURE_FRONTED)
    settled = _EN_SETTLEMENT_OF.search(text, max(clause.start, figure.start - 40) - base, figure.start - base)
    if settled is not None and dim == "count" and _EN_PERSONS_AFTER.match(text, figure.end - base):
        # "Cheongram, a city of about 439,000 people", "this city of roughly 300,000": the count of persons a place
        # noun is "of" is its population (whose: the name the phrase is apposed to, or the one the noun points to)
        return Phrase("population", Span(base + settled.start(1), base + settled.end(1)), PLACE_OF_PERSONS)
    head = _counting_verb(text, base, figure, clause, dim, counter) or _english_head(text, base, figure, clause, taken, dim)
    measure = UNIT_MEASURES.get(dim or "")
    if measure is not None and head is not None and head.span.start == figure.end + 1 \
            and _EN_INDEFINITE.search(text, max(0, figure.start - base - 24), figure.start - base) \
            and re.fullmatch(r"[a-z][a-z\-]*(?: [a-z][a-z\-]*)?", head.text):
        # "Gaon Power Station is a 640-megawatt plant", "is a 6.4 km tunnel": a unit adjective before the noun the
        # subject is gives the measure of its unit's dimension (a plant's capacity, a tunnel's length)
        return Phrase(measure, head.span, UNIT_ADJECTIVE)
    if dim in _TEMPERATURES and (head is None or "temperature" not in head.text and head.how != "noun after the figure"):
        # "The city of Daejin reached 39.1 °C", "the mercury hit 39 °C": the verb's measure (a temperature, by the unit),
        # not the subject noun ("city", "mercury"), unless that noun names a temperature ("The average temperature was")
        return _verb_named(text, base, figure, clause, dim) or head
    return head


UNIT_ADJECTIVE = "measure of a unit adjective"
# A copula and "a", "an" right before the figure (an adverb of approximation between): the noun after the figure is
# what the subject is ("X is a 640-megawatt plant"), not a part it has ("has a 2,650-metre runway": runway length)
_EN_INDEFINITE = re.compile(r"\b(?:is|was|are|were|be|been|becomes|became|remains|remained)\s+(?:a|an)\s+"
                            r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?\Z")
# "At 340 MW, …": "At" (after a conjunction) opening the clause right before the figure
_EN_AT_FRONTED = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?At\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|"
                            r"just\s+(?:over|under)\s+|more\s+than\s+)?")
# "a city of about 439,000", "this town of 12,000", "the county's 54,000": a place noun before "of" right before the figure
_EN_SETTLEMENT_OF = re.compile(r"\b(?:a|an|the|this|that|its)\s+(?:(?:small|large|big|mid-sized|medium-sized|sprawling|"
                               r"industrial|port|coastal|rural|mountain|riverside|university|market|[a-z]+-sized)\s+)?"
                               r"(city|town|county|village|municipality|metropolis|island|district|province|nation|country)\s+of\s+"
                               r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over|under)\s+|"
                               r"more\s+than\s+|over\s+|fewer\s+than\s+|under\s+)?\Z")
# After the count: persons, or nothing that is counted ("a city of 300,000 people", "a city of 300,000, …")
_EN_PERSONS_AFTER = re.compile(r"(?:\s+(?:people|residents|inhabitants|souls|citizens)\b|\s*[,.;)—–]|\s+(?:and|in|on|at|near|"
                               r"some|about|in|lies|sits|is|was|has|had)\b|\s*\Z)")


def _english_head(text: str, base: int, figure: Span, clause: Span, taken: Sequence[Span] = (),
                  dim: str | None = None) -> Phrase | None:
    """The noun an English figure measures: the noun after it ("540 billion parameters"), the noun
    before "of" ("revenue of $5bn"), or the subject noun of its clause before a linking verb
    ("passenger numbers rose 8.1%", "Turnover for the quarter was up 4.3% to £1.97bn"). ``dim``: what
    the figure measures (``tolerance.dimension``; "money" for any currency), for a verb that names it."""
    after = text[figure.end - base : min(clause.end, figure.end + 40) - base]
    sized = _sized(text, base, figure, clause, after) if dim == "meter" else None
    if sized is not None:
        return sized
    bearing = _EN_BEARING.match(after) if dim == "meter" else None
    if bearing is not None:
        # "about 180 km southeast of Seoul": a length before a compass direction says where, not what it measures;
        # with "of X" it is the distance from X (the place it is counted from), else ("flows 87 km south") none
        if bearing.group("origin") is None:
            return None
        start = figure.end + bearing.start("origin")
        return Phrase(f"distance from {bearing.group('origin')}", Span(start, start + len(bearing.group("origin"))),
                      "distance in a direction")
    m = re.match(r"\s+(?:(?:[a-z]+-)?[a-z]+\s+)?([a-z][a-z\-]{2,})\b", after)
    if m and after.split()[0] not in _EN_VERB_AFTER and after.split()[0] not in _EN_PREPOSITIONS \
            and after.split()[0] not in ("and", "or", "but") and after.split()[0] not in _EN_TIME_OPENERS:
        # ("runs 138 minutes and opened on …": a conjunction ends the figure's phrase; no noun follows)
        # ("rose 3.4% in morning trade": a preposition opens an adverbial, not the noun measured)
        # ("1.7 trillion was leaked": a verb right after the figure starts the predicate; no noun follows)
        words = after[: m.end()].split()
        nouns = [w for w in words if w not in _EN_STOP]
        if len(nouns) > 1 and nouns[-1].endswith("ing"):
            nouns.pop()  # "280 companies employing some 15,000 people": a participle opens what follows
        if nouns and nouns[0] in _EN_PEOPLE:
            # "employing 418 people", "employs more than 50,000 people": people are what any count of
            # persons counts; the verb before the figure says which (staff, not visitors)
            verb = _EN_VERB_BEFORE.search(text, max(clause.start, figure.start - 40) - base, figure.start - base)
            if verb is not None:
                # ("employs 412 people": the verb's measure, employees, when it has one; else the verb)
                measure = _verb_measure(_en_verb_stem(verb.group(1)), "count")
                return Phrase(measure or verb.group(1), Span(base + verb.start(1), base + verb.end(1)), "verb before a count of people")
            return None
        if nouns and nouns[-1] not in _EN_STOP and not nouns[-1].endswith("ly") and nouns[-1] not in _EN_COMPARATIVES:
            start = figure.end + after.index(nouns[0])
            changed = _EN_CHANGED.match(after, m.end()) if nouns[-1] in _EN_CHANGES else None
            thing = list(itertools.takewhile(lambda w: w not in _EN_STOP, (w for w in changed.group(1, 2) if w))) if changed else []
            if changed is not None and thing:
                # "a 40% drop in profits": a change is of the noun its "in" names; the whole phrase is what
                # the figure measures, not "drop"
                end = after.index(thing[-1], m.end()) + len(thing[-1])
                return Phrase(f"{' '.join(nouns)} in {' '.join(thing)}", Span(start, figure.end + end), "noun after the figure")
            return Phrase(" ".join(nouns), Span(start, figure.end + m.end()), "noun after the figure")
    before = text[max(clause.start, figure.start - 60) - base : figure.start - base]
    # "revenue of $5bn", "orders worth $11.8 billion": the noun before "of" or "worth"
    m = re.search(r"\b([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", before) \
        or re.search(r"\b([a-z][a-z\-]+)\s+worth\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", before)
    if m and m.group(1).split()[-1] == "total":
        return None  # "paid a total of 1.26 billion won in volume incentives": a sum, of what the words after say
    if m and m.group(1).split()[-1] not in _EN_STOP:
        start = figure.start - len(before) + m.start(1)
        words = m.group(1).split()
        if len(words) == 2 and words[0] in _EN_DEMONSTRATIVES:
            # "the hottest ticket in this city of roughly 300,000": a demonstrative's noun points back at a thing
            # the text named (what the figure is of, its owner), it is no measure; the clause's subject owns nothing
            return None
        progressive = len(words) > 1 and words[0].endswith("ing") and bool(_EN_PROGRESSIVE.search(before, 0, m.start(1)))
        if len(words) == 2 and words[0] in _EN_WHICH_ONE and dim in ("meter", "meter ** 2"):
            # "has a single runway of 2,650 metres": how many or which one, not what is measured (only of a size:
            # "new cases of 500" are a day's, not all cases)
            start += len(words[0]) + 1
            return Phrase(words[1], Span(start, start + len(words[1])), "noun before of")
        if progressive or (len(words) == 2 and (words[0] in _EN_VERB_AFTER or words[0].endswith("ed"))):
            # "posted revenue of", "had revenue of", "is targeting revenue of": the verb before the noun is no part
            # of what is measured (a goal is the verb's qualifier)
            start = figure.start - len(before) + m.start(1) + m.group(1).index(words[1], len(words[0]))
            return Phrase(words[1], Span(start, start + len(words[1])), "noun before of")
        return Phrase(m.group(1), Span(start, start + len(m.group(1))), "noun before of")
    clause_text = text[clause.start - base : figure.start - base]
    of_name = _EN_OF_NAME.match(clause_text)
    if of_name is not None:
        # "The population of Harim reached 453,000": the noun before "of" a name is what the figure measures
        start = clause.start + of_name.start("noun")
        return Phrase(of_name.group("noun"), Span(start, start + len(of_name.group("noun"))), "subject of the clause")
    tokens = list(_ASCII_WORD.finditer(clause_text))
    if _EN_DIFFERENCE_AFTER.match(text, figure.end - base):
        tokens = []  # "attendance averaged 4% more than the league's", "was 6 points above": a difference, no level
    for i, t in enumerate(tokens):
        if (t.group().lower() in _EN_LINK or t.group().lower() in _EN_LINK_AT and clause_text.startswith(" at ", t.end())) and i > 0:
            period = _period_after_subject(tokens, i)
            if period is not None:
                # "Operating profit for the October-December quarter was 41.7 billion won": the noun
                # phrase opening the clause, before the period it is stated for; its capital is the
                # sentence's, not a name's (a name is not "for the quarter")
                words = [x.group().lower() for x in tokens[:period]]
                start = clause.start + tokens[0].start()
                if words and not any(w in _EN_STOP for w in words) and not any(s.start <= start < s.end for s in taken):
                    return Phrase(" ".join(words), Span(start, clause.start + tokens[period - 1].end()),
                                  "subject of the clause")
            # (a comma closes a fronted phrase: "According to the company's annual report, exports reached")
            comma = clause_text.rfind(",", 0, t.start())
            opening = _opening_subject(tokens, i, comma, clause_text, clause.start, taken)
            if opening is not None:
                return opening
            subject = [x for x in tokens[max(0, i - 3) : i] if x.group().lower() not in _EN_STOP and x.start() > comma]
            if any(x.group().endswith(("'s", "s'")) and k > 0 and tokens[k - 1].group().lower() in _EN_OTHER_OWNER
                   for k, x in enumerate(tokens[:i]) if x.start() > comma):
                return None  # "Its rival's revenue came to …": another entity's measure (see _opening_subject)
            if subject and subject[-1].group()[0].islower():
                words = [x.group().lower() for x in subject if x.group()[0].islower()]
                first = next(x for x in subject if x.group()[0].islower())
                start = clause.start + first.start()
                return Phrase(" ".join(words), Span(start, clause.start + subject[-1].end()), "subject of the clause")
            break
    return _verb_named(text, base, figure, clause, dim)


# Words that open a noun phrase without being part of what it names ("The revenue", "Its exports")
_EN_NP_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
# Determiners that make a common-noun possessor another entity than one named ("its rival's", "a competitor's")
_EN_OTHER_OWNER = frozenset({"its", "their", "his", "her", "our", "a", "an", "another", "one", "some", "other"})
# Words that end the head of a linking verb's subject and open what follows it: a preposition ("Revenue for 2025",
# "Tourism spending in the county", "contracts at the show"), a time word ("prize money this season"), a participle
# of age ("Coverage among people aged 65" is cut at "among")
_EN_SUBJECT_ENDS = _EN_PREPOSITIONS | _EN_TIME_OPENERS | {"among", "of"}
# Words after the head that say the phrase goes on as a clause of its own, not a modifier of the head
_EN_CLAUSE_WORDS = frozenset({"said", "says", "say", "that", "which", "who", "whose", "when", "while", "and", "or", "but"})


def _opening_subject(tokens: Sequence[re.Match[str]], verb: int, comma: int, clause_text: str, clause_start: int,
                     taken: Sequence[Span]) -> Phrase | None:
    """The head of the noun phrase opening the clause of a linking verb (``_EN_LINK``), which is what the figure after
    the verb measures: "Revenue for 2025 came to 348 billion won" → revenue, "Exports totaled $47 million" → exports,
    "The city's exports reached US$4.1 billion" → exports (the possessor is the owner, not the measure), "The team's
    prize money this season came to 350 million won" → prize money, "Tourism spending in the county reached …" →
    tourism spending. The first word may be capitalised only as the clause's first word outside any name
    ("Hanbit rose 3%": a name, no measure). None when the phrase is not such a head of one to three words."""
    opening = [k for k in range(verb) if tokens[k].start() > comma]
    if not opening:
        return None
    first = start = opening[0]
    while start < verb and tokens[start].group().lower() in _EN_NP_OPENERS:
        start += 1
    end = start
    while end < verb:
        word = tokens[end].group()
        if word.lower() in _EN_SUBJECT_ENDS:
            break
        if word.endswith(("'s", "s'")) or clause_text.startswith(("’s", "’ "), tokens[end].end()):
            # "The city's exports", "Haemil’s exports": the possessor owns, the words after it are measured
            if word[0].islower() and end > first and tokens[end - 1].group().lower() in _EN_OTHER_OWNER:
                # "Its rival's revenue", "a competitor's exports": a common noun the sentence does not name owns it,
                # another entity than the one the discourse tells
                return None
            start = end + 1 + (clause_text.startswith("’s", tokens[end].end()) and end + 1 < verb
                               and tokens[end + 1].group() == "s")
            end = start
            continue
        end += 1
    words = tokens[start:end]
    if not 1 <= len(words) <= 3 or any(w.group().lower() in _EN_STOP or w.group().endswith("ly") for w in words):
        return None
    if any(w.group()[0].isupper() and (k > 0 or start != first) for k, w in enumerate(words)):
        return None  # a capitalised word inside the phrase: a name ("Hanbit Electronics rose 3%"), no common noun
    at = clause_start + words[0].start()
    if any(s.start <= at < s.end for s in taken):
        return None
    if any(c.isdigit() for c in clause_text[tokens[verb].end() :]):
        return None  # "was 8.1% …, behind Samsung Electronics at 19.8%": the verb's complement is the first figure only
    rest = tokens[end:verb]
    if end < verb and (len(rest) > 5 or any(w.group().lower() in _EN_CLAUSE_WORDS for w in rest)
                       or tokens[end].group().lower() not in _EN_SUBJECT_ENDS):
        return None  # ("The company said revenue rose": the phrase is a clause of its own before the verb's subject)
    if end < verb and tokens[end].group().lower() in _EN_PLACED and len(rest) > 1 \
            and rest[1].group().lower() in _EN_NP_OPENERS:
        # "Cargo throughput at the port rose …", "Tourism spending in the county reached …": a description after the
        # head places the measure at a thing the clause does not name, whose owner the discourse cannot tell
        return None
    how = CAPITALISED_SUBJECT if words[0].group()[0].isupper() else "subject of the clause"
    return Phrase(" ".join(w.group().lower() for w in words), Span(at, clause_start + words[-1].end()), how)


CAPITALISED_SUBJECT = "subject of the clause, capitalised"
# Prepositions that place a measure at a thing ("throughput at the port", "spending in the county") or give it to one
# ("Analysts for the bank were 12": whose analysts the clause does not say; "Revenue for 2025" is a period, kept)
_EN_PLACED = frozenset({"at", "in", "among", "on", "across", "for"})


# What makes a money figure after "cost" no cost of the subject: a difference ("cost 2,000 won more than …")
_EN_COST_DIFFERENCE = re.compile(r"\s+(?:more|less|extra|cheaper|dearer|above|below|than|apiece|each|per)\b")
# A noun of an action right before "cost" ("Construction cost 115 billion won", "the renovation cost …"): what was
# paid for, written into the measure
_EN_ACTION_NOUN = re.compile(r"\b([A-Za-z][a-z]+(?:tion|ment|ing))\s+\Z")


def _verb_named(text: str, base: int, figure: Span, clause: Span, dim: str | None) -> Phrase | None:
    """The measure the verb right before the figure names for a figure of its dimension (``_EN_VERB_MEASURES``):
    "covers 463 km2" an area, "seats 1,480" seats, "recorded 40.1 °C" a temperature, "cost 115 billion won" a cost."""
    window = max(clause.start, figure.start - 40) - base, figure.start - base
    verb = _EN_VERB_BEFORE.search(text, *window) or _EN_VERB_BARE.search(text, *window) or _EN_VERB_AT.search(text, *window)
    if verb is None or verb.group(1) == "costs":
        return None  # ("costs": a price, read by binding/prices.py with its subject)
    stem = _en_verb_stem(verb.group(1))
    # (a verb of counting whose own reading, ``_counting_verb``, declined the figure: no measure of it here either)
    measure = _verb_measure(stem, dim) if stem not in _EN_COUNTING_VERBS else None
    if measure == "length" and _EN_BEYOND.match(text, figure.end - base):
        return None  # "It extends 300 m beyond the old pier", "runs 2 km further than planned": a difference, no length
    if measure in ("cost", "price") and _EN_COST_DIFFERENCE.match(text, figure.end - base):
        return None  # "cost 2,000 won more than the old pass", "480 million won each": no cost of the whole
    if measure is None:
        return None
    if _EN_GAPPED_SUBJECT.search(text, window[0], verb.start(1)):
        # "a project the company says will cost 310 billion won": the verb's subject is the noun the relative clause
        # hangs on, gapped ("says it will cost" keeps its subject, the speaker)
        return None
    if verb.group(1).endswith("ing") and _EN_NOUN_BEFORE.search(text, window[0], verb.start(1)):
        # "It plans a second phase off Cheongsol costing about 1.8 trillion won", "added a wetland covering 12 km²": a
        # participle with no comma before it measures the noun phrase it follows, not the sentence's subject
        return None
    action = _EN_ACTION_NOUN.search(text, window[0], base + verb.start(1) - base) if measure == "cost" else None
    if action is not None:
        # "Construction cost 115 billion won": the construction's cost (사업비), not the cost of a thing bought
        return Phrase(f"{action.group(1).lower()} cost", Span(base + action.start(1), base + verb.end(1)), "measure of the verb")
    # "The city covers 463 km2", "The film has grossed KRW78.6 billion": with no noun, the verb whose
    # object is a measure says which one (its object is the figure itself)
    return Phrase(measure, Span(base + verb.start(1), base + verb.end(1)), "measure of the verb")


_EN_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Adjectives that say how many of a thing or which one, not what kind: "a single runway", "its main span", "a new pool"
_EN_WHICH_ONE = frozenset({"single", "sole", "only", "main", "principal", "new", "existing", "current"})
# A length written with its adjective of size after it ("a runway 1,800 metres long", "is 320 metres tall"): the
# noun the adjective measures
_EN_SIZES = {"long": "length", "wide": "width", "tall": "height", "high": "height", "deep": "depth"}
_EN_SIZE_AFTER = re.compile(r"\s+(long|wide|tall|high|deep)\b(?![-])")
_EN_SIZED_NOUN = re.compile(r"\b(?:a|an|the|its|their|one)\s+(?:(?:" + "|".join(sorted(_EN_WHICH_ONE)) + r")\s+)?([a-z][a-z\-]{2,})\s+$")
# "Cheongram Airport's runway is 2,650 metres long": the possessed subject of the linking verb
_EN_SIZED_SUBJECT = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:(?:" + "|".join(sorted(_EN_WHICH_ONE)) + r")\s+)?([a-z][a-z\-]{2,})"
                               r"\s+(?:is|was|measures)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$")


# A compass direction after a length ("180 km southeast of Seoul", "130 km south-east", "40 miles north of the
# capital"), and the place it is counted from when "of" names one
_EN_BEARING = re.compile(r"\s+(?:north|south)?-?(?:east|west)?(?<=[a-z])(?:ward|wards|erly)?\b(?:\s+of\s+(?:the\s+)?"
                         r"(?P<origin>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|capital|city|border|coast))?")


def _sized(text: str, base: int, figure: Span, clause: Span, after: str) -> Phrase | None:
    """What a length followed by its adjective of size measures: the noun right before it ("a main runway 1,800
    metres long": runway; "a pool 25 metres wide": pool width) or the possessed subject of the linking verb
    ("Cheongram Airport's runway is 2,650 metres long": runway, its possessor the owner), else the adjective's noun ("The tower is 320 metres
    tall": height). None when no such adjective follows."""
    size = _EN_SIZE_AFTER.match(after)
    if size is None:
        return None
    measure = _EN_SIZES[size.group(1)]
    before = text[max(clause.start, figure.start - 40) - base : figure.start - base]
    noun = _EN_SIZED_NOUN.search(before) or _EN_SIZED_SUBJECT.search(before)
    if noun is not None and noun.group(1) not in _EN_STOP:
        start = figure.start - len(before) + noun.start(1)
        name = noun.group(1) if measure == "length" else f"{noun.group(1)} {measure}"
        return Phrase(name, Span(start, start + len(noun.group(1))), "noun sized after the figure")
    return Phrase(measure, Span(figure.end + size.start(1), figure.end + size.end(1)), "adjective of size")


_ENERGY = "kilogram * meter ** 2 / second ** 2"  # tolerance.dimension of GWh, kWh, MJ
POWER = "kilogram * meter ** 2 / second ** 3"  # of MW, GW, kW
# The measure a unit's dimension names when nothing else does: a line's length, a site's area, a plant's capacity
# ("the 340 MW farm", "At 340 MW, Cheongsol is …"; binding/prenominal.py uses it too)
UNIT_MEASURES = {"meter": "length", "meter ** 2": "area", POWER: "capacity", _ENERGY: "capacity"}
_TEMPERATURES = ("degree_Celsius", "degree_Fahrenheit")
MEASURE_FRONTED = "measure fronted with at"
PLACE_OF_PERSONS = "place of a count of persons"
MEASURE_OF_VERB = "measure of the verb"
# "Cheongram, a city of …", "Sokcho, a port city of …": the name right before the place noun's indefinite phrase
_EN_PLACE_APPOSED = re.compile(r"(?<![\w\-])([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}),\s+(?:a|an)\s+(?:[a-z][a-z\-]*\s+)?\Z")
# A verb of saying or expecting, then a modal with no subject of its own, right before the verb of measure
_EN_GAPPED_SUBJECT = re.compile(r"\b(?:says|said|say|expects|expected|estimates|estimated|believes|believed)\s+"
                                r"(?:will|would|could|may|might|should|to)\s+\Z")
# A word right before a participle, no comma or conjunction between: the participle modifies the noun phrase that word
# ends ("a second phase off Cheongsol costing …", "a nature reserve covering …"), not the sentence's subject
_EN_NOUN_BEFORE = re.compile(r"\b(?!(?:and|or|but|while|thus|each|all)\b)[A-Za-z][\w\-]*\s+\Z")
# Verbs whose object is a measure of their subject, by stem: the noun that measure is written with, for a
# figure of the dimension it measures ("covers 463 km2" is an area, "spans 87 km" a length, "covers 2
# million" is neither: no measure; "grossed KRW78.6 billion" is money, "employs 418" a count)
# "The port handled 4.21 million TEU", "Sorin delivered 48,200 vehicles", "the mill produced 13.2 million tonnes":
# a verb of handling, delivering, shipping or producing says the measure (throughput, deliveries, shipments, output;
# "Hanbit shipped 17.2 million smartphones": its 출하량); of delivering, shipping or producing whatever counted noun
# follows (vehicles, ships: the unit of the count, as 대 or 척 in Korean), of
# handling only with no noun after the figure ("handled 15.3 million passengers" measures passengers)
_EN_VERB_MEASURES = {"cover": {"meter ** 2": "area", "meter": "length"}, "span": {"meter ** 2": "area", "meter": "length"},
                     # "it will run 6.4 km beneath Mount Dogye", "the line stretches 3.5 km": a route's length
                     "run": {"meter": "length"}, "stretch": {"meter": "length"}, "extend": {"meter": "length"},
                     "gross": {"money": "gross"}, "employ": {"count": "employees"},
                     "handle": {"count": "throughput", "kilogram": "throughput"},
                     "deliver": {"count": "deliveries"}, "ship": {"count": "shipments"},
                     "produce": {"count": "output", "kilogram": "output"},
                     # "exported 1,640 of them", "sold 1,980 buses", "expects the farm to generate about 1,210 GWh":
                     # the verb's noun (exports, sales, generation: 수출, 판매, 발전량) is what the figure measures,
                     # not the pronoun or the counted noun after it
                     "export": {"count": "exports", "money": "exports"}, "sell": {"count": "sales"},
                     "generate": {_ENERGY: "generation"},
                     # "Its main auditorium seats 1,480", "the arena, which seats 8,500": the places a hall has
                     "seat": {"count": "seats"},
                     # a vague verb says a measure only with the dimension of its figure's unit: "the city recorded
                     # 40.1 °C", "Daegu hit 39 °C" are temperatures, "reached 1 million" is a count of nothing named
                     **{v: {t: "temperature" for t in _TEMPERATURES} for v in ("record", "reach", "hit", "top")},
                     # "Construction cost 115 billion won", "a third plant, costing 32 billion won" (the past and the
                     # participle: a project's cost; the present "costs" is a price, binding/prices.py), "priced at"
                     "cost": {"money": "cost"}, "price": {"money": "price"}}
# A verb right before the figure that ends in no -s/-ed ("will cover 12 km2"); the stem of an inflected one
_EN_VERB_BARE = re.compile(r"\b(cover|span|run|ran|stretch|extend|gross|employ|handle|deliver|ship|produce|export|sell|sold|generate|"
                           r"seat|cost|hit|reach|record)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\Z")
# "priced at 45,000 won", "The Hanul Pass, priced at …": a participle whose complement follows "at"
_EN_VERB_AT = re.compile(r"\b(priced)\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|just\s+|only\s+)?\Z")
# The verbs whose measure outranks the noun after the figure (that noun is the count's unit)
# ("seats 6,200 spectators": the places, not an attendance)
_EN_COUNTING_VERBS = frozenset({"deliver", "ship", "produce", "export", "sell", "generate", "seat"})


def _counting_verb(text: str, base: int, figure: Span, clause: Span, dim: str | None, counter: str = "") -> Phrase | None:
    """The measure of a verb of delivering or producing right before the figure ("delivered 48,200
    vehicles", "produced 13.2 million tonnes of crude steel"), whatever noun follows right after the figure: that
    noun (``counter``, as the extractor read it) is the unit counted; not with a word between them."""
    window = text[max(clause.start, figure.start - 40) - base : figure.start - base]
    verb = _EN_VERB_BEFORE.search(window) or _EN_VERB_BARE.search(window)
    if verb is None:
        return None
    stem = _en_verb_stem(verb.group(1))
    measure = _verb_measure(stem, dim) if stem in _EN_COUNTING_VERBS else None
    if measure is None and dim == "money" and stem in ("ship", "sell") \
            and _EN_ABROAD.match(text[figure.end - base : clause.end - base].split(",")[0]):
        # "shipped $18.7 million of goods abroad": money sent abroad is the exports (수출액), the whole market's
        at = max(clause.start, figure.start - 40) + verb.start(1)
        return Phrase("exports", Span(at, at + len(verb.group(1))), "measure of the verb")
    if measure is None:
        return None
    gap = text[figure.end - base : figure.end - base + len(counter) + 2]
    partitive = _EN_PARTITIVE.match(text, figure.end - base)
    if partitive is not None:
        # "sold 1,980 buses last year and exported 1,640 of them": the pronoun points back to the counted noun
        # (the extractor carries it over as the counter); the verb still names the measure
        counter, gap = "", ""
    if counter and not (gap[:1].isspace() and gap.lstrip().startswith(counter)):
        # a word between the count and the noun it counts restricts what is counted ("delivered 3 new
        # models", "9,100 electric vehicles", "12 feature films"): other things, or a part of the output
        return None
    skip = len(gap) - len(gap.lstrip()) + len(counter) if counter else 0
    rest = text[figure.end - base + skip : clause.end - base].split(",")[0]
    if _EN_WHERE.search(rest):
        # "shipped 5.1 million smartphones in South Korea", "delivered 9,100 vehicles domestically": the count of
        # one market, a part of the whole the verb's measure names ("in the quarter", "in 2024" say when, not where)
        return None
    at = max(clause.start, figure.start - 40) + verb.start(1)
    if _EN_RUNNING.search(rest):
        # "It has sold more than 3,800 buses since it began mass production in 2019": a running total, no
        # year's sales (누적 판매 3,800대)
        measure = f"cumulative {measure}"
    return Phrase(measure, Span(at, at + len(verb.group(1))), "measure of the verb")


# What makes a count a running total: "since 2019", "since it began …", "to date", "so far", "in total"
_EN_RUNNING = re.compile(r"(?:since|to\s+date|so\s+far|in\s+total|altogether)")


# "1,640 of them", "of these", "of those": a part of a count written before, by a pronoun
_EN_PARTITIVE = re.compile(r"\s+of\s+(?:them|these|those)\b")


def _verb_measure(stem: str, dim: str | None) -> str | None:
    return _EN_VERB_MEASURES.get(stem, {}).get(dim or "")


# After a length of running or extending: the figure is how far past something, not the route's own length
# ("extends 300 m into the sea", "runs 3.5 km from the station to the port" stay lengths)
_EN_BEYOND = re.compile(r"\s+(?:beyond|past|further|farther|longer|shorter|more|less|than)\b", re.I)
_EN_IRREGULAR = {"sold": "sell", "ran": "run"}


def _en_verb_stem(verb: str) -> str:
    """"covers" → "cover", "grossed" → "gross", "grosses" → "gross", "spanned" → "span", "handling" → "handle",
    "sold" → "sell"."""
    if verb in _EN_IRREGULAR:
        return _EN_IRREGULAR[verb]
    for suffix, keep in (("nned", "n"), ("pped", "p"), ("sses", "ss"), ("ches", "ch"), ("ed", ""), ("d", ""), ("s", ""), ("ing", "e"), ("ing", "")):
        if verb.endswith(suffix) and verb[: -len(suffix)] + keep in _EN_VERB_MEASURES:
            return verb[: -len(suffix)] + keep
    return verb


# Nouns of a change: what changes is named after them ("a 40% drop in profits", "a 5% rise in sales")
# "opened a 1.2 trillion won polylactic acid plant", "built a 4,200-seat arena": a figure right after the indefinite
# article of the object of a verb in the past ("-ed", or one of the common irregular ones); and "…, with a capacity of
# 75,000 tonnes" after such an object: the phrase describes the thing the clause introduces
_EN_INTRODUCING = r"\b(?:[a-z]{3,}ed|built|began|bought|won|made|set\s+up|took|broke\s+ground\s+on)\s+(?:a|an)\s+"
_EN_INTRODUCED = re.compile(_EN_INTRODUCING + r"$")
_EN_INTRODUCED_WITH = re.compile(_EN_INTRODUCING + r"(?:[^.;!?]|\.\d)*?,?\s+with\s+(?:[^.;!?]|\.\d)*$")


def introduced_thing(text: str, base: int, figure: Span, clause: Span) -> bool:
    """Whether an English figure measures a thing its clause introduces with "a"/"an" as the object of a verb in the
    past ("Green Haram opened a 1.2 trillion won plant …, with a capacity of 75,000 tonnes a year"): the new
    thing's, unnamed, never the subject's. A change ("posted a 5% rise in revenue") is the subject's own."""
    before = text[max(clause.start, figure.start - 200) - base : figure.start - base]
    if _EN_INTRODUCED.search(before) is not None:
        after = re.match(r"[\s-]*(?:[a-z]+\s+){0,2}?([a-z]+)\b", text[figure.end - base : clause.end - base])
        return after is None or after.group(1) not in _EN_CHANGES
    return _EN_INTRODUCED_WITH.search(before) is not None


_EN_CHANGES = frozenset({"drop", "fall", "rise", "increase", "decrease", "decline", "gain", "jump", "cut", "slump", "growth",
                         "surge", "dip", "reduction", "climb", "slide", "plunge"})
_EN_CHANGED = re.compile(r"\s+in\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:([a-z][a-z\-]+)\s+)?([a-z][a-z\-]+)\b")

# "for the October-December quarter", "for the full year", "during the three months": the period a figure
# of the clause's subject is stated for
_EN_PERIOD_WORDS = re.compile(r"(?:the|its|full|fiscal|first|second|third|fourth|final|last|three|six|nine|twelve|"
                              r"quarter|year|half|period|months?|weeks?|[A-Z][a-z]+(?:-[A-Z][a-z]+)?|\d{4})$")


def _period_after_subject(tokens: Sequence[re.Match[str]], verb: int) -> int | None:
    """The index of "for"/"during" that opens a period phrase right before the verb, with one to three
    words of the subject before it opening the clause ("Turnover for the quarter was …"); else None."""
    for p in range(1, min(verb, 4)):
        if tokens[p].group() in ("for", "during") and verb - p >= 3 \
                and all(_EN_PERIOD_WORDS.match(x.group()) for x in tokens[p + 1 : verb]) \
                and any(x.group() in ("quarter", "year", "half", "period", "months") for x in tokens[p + 1 : verb]):
            return p
    return None


# Nouns any count of persons has: no attribute of their own ("418 people" are staff, voters or visitors)
_EN_PEOPLE = frozenset({"people", "persons", "individuals"})
# "employing 418 people", "employs more than 50,000 people": the verb right before the count (and its bound)
_EN_VERB_BEFORE = re.compile(r"\b([a-z]{3,}(?:s|ed|ing))\s+(?:(?:more|fewer)\s+than\s+|about\s+|around\s+|some\s+|"
                             r"nearly\s+|almost\s+|over\s+|up\s+to\s+)?\Z")
# "7.5 percentage points higher": a comparative after a figure says how it compares, it is no noun
# What makes a linking verb's figure a difference from another value, not the subject's level
_EN_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|less|fewer|above|below|ahead\s+of|behind|short\s+of|"
                                  r"higher|lower|larger|smaller|bigger|greater|cheaper)\b")
_EN_COMPARATIVES = frozenset({"higher", "lower", "larger", "smaller", "bigger", "greater", "better", "worse", "fewer",
                              "faster", "slower", "longer", "shorter", "cheaper", "older", "younger"})


# What opens the compared side of a sentence: the figures after it belong to what is compared.
# ("more than 13,000 jobs": a bound written before the figure, not a comparison)
# Words that put what follows on the compared side: "compared with a 0.6% gain in the KOSPI", and the
# verbs of comparison of wire copy ("outperforming a 0.8% gain in the benchmark KOSPI", "outpacing",
# "lagging behind", "edging out the 45 of …")
_EN_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|than(?!\s*[$£€¥]?\d)|versus|vs\.?|as\s+against|against|"
                          r"out(?:perform|pac|strip)\w*|underperform\w*|lag(?:s|ged|ging)?\s+behind|trail(?:s|ed|ing)|"
                          r"edg(?:e|es|ed|ing)\s+out|(?:above|below)\s+(?=(?:the|a|an|its|their)\s))\b", re.I)
_EN_TIME_NAMES = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow""".split())

# A place after a counted noun, in its clause: "in South Korea", "to Europe", "in the US", "across Asia", "to Hyundai" (a
# capitalised word that is no month or weekday), or an adverb of market ("domestically", "overseas", "at home")
_EN_WHERE = re.compile(r"\b(?:(?:in|to|across|within|outside)\s+(?:the\s+)?(?!(?:" + "|".join(sorted(_EN_TIME_NAMES))
                       + r"|Q[1-4])\b)[A-Z]|(?:domestically|overseas|abroad|at\s+home|locally)\b)")
# "$18.7 million of goods abroad", "$5 million worth of kimchi overseas": an amount of goods sent to other countries
_EN_ABROAD = re.compile(r"\s+(?:(?:of|worth\s+of)\s+(?:[a-z\-]+\s+){1,2})?(?:abroad|overseas)\b")
# A possessor right before the figure ("the nation's 3,300 screens", "Korea's 17.6 million")
EN_POSSESSED = re.compile(r"\b([A-Za-z][\w\-]*)['’]s\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?\Z")
_EN_NAME = re.compile(r"(?:[A-Z][\w&.\-]*(?:\s+(?:of\s+)?[A-Z][\w&.\-]*)*)")
# A clause opening "(The) NOUN of NAME" and a linking verb right before the figure ("The population of Harim
# reached 453,000", "The area of Harim is 312 km2"): NOUN is measured, NAME owns it; a lowercase noun after
# "of" ("the population of the city") names no one
_EN_OF_NAME = re.compile(r"\s*(?:The\s+|the\s+)?(?P<noun>[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?)\s+of\s+(?P<name>"
                         + _EN_NAME.pattern + r")\s+(?:was|is|were|are|reached|stood\s+at|totalled|totaled|hit|rose\s+to|fell\s+to)"
                         r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?\Z")


# "(Some) 2.53 million TEU passed through Hanbit Port", "a record 2.5 million containers moved through the Port of
# Hanbit": a count, its unit or counted noun, a verb of passing and "through" a name: that name's throughput
_EN_THROUGH = re.compile(r"\s+(?:[A-Z]{2,5}|[a-z]+(?:\s+[a-z]+)?)\s+(?:passed|moved|went|flowed)\s+through\s+(?:the\s+)?("
                         + _EN_NAME.pattern + r")")


def passed_through(text: str, base: int, figure: Span, clause: Span) -> Phrase | None:
    """The name a count passed through, right after the count's noun (:data:`_EN_THROUGH`), else None."""
    m = _EN_THROUGH.match(text, figure.end - base, clause.end - base)
    if m is None:
        return None
    return Phrase(m.group(1), Span(base + m.start(1), base + m.end(1)), NAME_CHECKED)



# Verbs whose subject says or forecasts a figure; what follows them names whose it is: a reported
# clause with a subject of its own ("said the team …"), or the forecast figure itself ("expects 170,000
# jobs", "said Daesung won"), unless it is the subject's ("said its sales", "said it", "expects its revenue")
_EN_FORECASTING = frozenset({"expects", "forecasts", "predicts", "projects", "estimates"})
_EN_ATTRIBUTING = frozenset({"said", "says"}) | _EN_FORECASTING
_EN_OTHER_SUBJECT = re.compile(r"\s+(?:that\s+)?(?!(?:its|it|their|they)\b)(?:(?:the|a|an)\s+[a-z]|(?:about|around|some|nearly|"
                               r"over|more\s+than)?\s*[$£€¥]?\d)|(?-i:\s+(?:that\s+)?(?!(?:It|Its|Monday|Tuesday|Wednesday|Thursday|"
                               r"Friday|Saturday|Sunday)\b)[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*\s+(?!of\b)[a-z])", re.I)


# Nothing but a day and "that" between a verb of saying or forecasting and the figure: the figure opens what is
# said ("Organisers said 30,000 visitors came", "The Bank of Korea expects 170,000 jobs"), so the speaker is its
# source, not its owner
_EN_SAID_FIGURE = re.compile(r"\s*(?:(?:on|last)\s+[A-Z][a-z]+\s+|(?:today|yesterday)\s+)?(?:that\s+)?")


# A phrase of time or place fronted before the subject: "In 2024, ", "As of 2023, ", "Since 2022 " (a
# comma, or a year, closes it), "But ", "And "
# ("According to Canalys, Hanbit Electronics shipped …": the source is the attribution, the subject follows it)
EN_FRONTED = (r"(?:(?:In|At|As\s+of|Since|By|During|After|Before|Until|Through|Throughout)\s+(?:[^,]+,|[^,]{0,24}?"
               r"\b(?:(?:1[89]|20)\d\d|(?:last|this|next)\s+(?:year|month|week|season|quarter)))\s+"
               # a time phrase alone ("Last year it carried …", "At the end of last year it had …")
               r"|(?:Last|This|Next)\s+(?:year|month|week|season|quarter),?\s+"
               r"|According\s+to\s+[^,]{1,60},\s+|(?:But|And|Yet)\s+)")
_EN_SUBJECT = re.compile(r"\s*(?:The\s+|" + EN_FRONTED + r")?(" + _EN_NAME.pattern + r")\s+(has|had|have|is|was|"
                         r"are|were|said|says|reported|posted|made|cut|added|earned|sold|raised|bought|plans|will|expects|forecasts|predicts|"
                         r"projects|estimates|"
                         r"packs|grew|rose|fell)\b")
_EN_COLON_CLAUSE = re.compile(r"(?<=[a-z])\s?:\s+(?=[A-Z])(?![^:]*:)")
_EN_NOT_NAMES = frozenset({"It", "Its", "The", "A", "An", "This", "That", "But", "And", "In", "Yet", "As", "Since", "By",
                           "During", "After", "Before", "Until", "Through", "Throughout",
                           # a personal pronoun stands for a name, it is none ("They have 12,000 members")
                           "They", "Their", "He", "His", "She", "Her", "We", "Our", "I", "You", "Your", "These", "Those"})


# A name glossed in parentheses right after it: the gloss is no part of the sentence's structure
_EN_GLOSSED = re.compile(r"\s*(?:The\s+)?" + _EN_NAME.pattern + r"(\s*\([^()]{1,80}\))")


# A finite verb after the subject: a past tense or a third person present ("finished", "hosts"), not a
# word that only ends like one ("its", "this", "plus", "news")
_EN_FINITE = r"(?!(?:its|this|thus|plus|less|unless|across|versus|series|news|means|as|us|was|has|is)\b)[a-z]{2,}(?:ed|s)"
# A title in quotes opening the sentence as its subject, past a gloss and an apposition
_EN_QUOTED_OPENER = re.compile(r"\s*[\"“]([A-Z][^\"”\n]{0,60})[\"”](?:\s*\([^()]{1,80}\))?(?:,\s+[^,;]{1,60},)?\s+"
                               r"(?:has|had|have|is|was|will|" + _EN_FINITE + r")\b")


def english_subject(text: str) -> str | None:
    """The capitalised name an English sentence opens with as its subject ("Standard Chartered said …")."""
    m = _EN_SUBJECT.match(text)
    return m.group(1) if m and m.group(1).split()[0] not in _EN_NOT_NAMES else None


# A wire dateline before a sentence's subject: the place in capitals, what follows it up to a dash ("SEOUL, Jan 8
# (Reuters) - ", "HARAM — ")
EN_DATELINE = re.compile(r"\s*[A-Z]{2,}(?:[ \-][A-Z]{2,})*(?:,[^\n]{0,60}?)?\s[-–—]\s+")


def english_opener(text: str) -> str | None:
    """The capitalised name an English sentence opens with as the subject of its verb, any verb and
    also past an apposition ("Gimhae International Airport, opened in 1976, lies in …") or a gloss in
    parentheses ("Gimhae (Korean: 김해시; Gimhae-si) is a city …")."""
    dateline = EN_DATELINE.match(text)
    if dateline is not None:
        text = text[dateline.end() :]  # "HARAM, South Korea, March 19 (Hanbit News) - Green Haram Biomaterials began …"
    quoted = _EN_QUOTED_OPENER.match(text)
    if quoted is not None:
        # '"Gate of the Sea" (Korean title: …), Han Do-yoon's 1950s-set drama, had sold …': a title in quotes
        return quoted.group(1)
    gloss = _EN_GLOSSED.match(text)
    if gloss is not None:
        text = text[: gloss.start(1)] + text[gloss.end(1) :]
    found = english_subject(text)
    if found is not None:
        return found
    for pattern in (_EN_OPENER, _EN_OPENER_APPOSED, _EN_DESCRIBED_OPENER):
        m = pattern.match(text)
        if m and m.group(1).split()[0] not in _EN_NOT_NAMES:
            return m.group(1)
    return None


def on_compared_side(text: str, base: int, figure: Span, clause: Span) -> bool:
    """Whether the figure stands on the compared side of its clause ("…, above the national average of 76%",
    "compared with a 0.6% gain in the KOSPI"): it is the compared thing's, never the clause's subject's."""
    lo, hi = max(clause.start, figure.start - 60) - base, figure.start - base
    # the pattern's look-ahead sees the figure ("more than 6%" is a bound, not a comparison): no end limit
    return any(m.end() <= hi for m in _EN_COMPARED.finditer(text, lo, min(len(text), hi + 12)))


# Another name's figure after the owner's head: the subject of a clause of time or contrast ("…, when rival Hanbit Air
# reported 88.9 percent", "…, when Gaon's was 0.7 trillion won"), or the name a base of comparison is given to ("up
# from $0.9 billion in 2020 at neighbouring Gaon", "than 12 million for Seoul")
_EN_OTHER_NAMES_CLAUSE = re.compile(r"\b(?:when|while|whereas|where)\s+(?:[a-z]+\s+){0,2}(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*)"
                               r"(?:['’]s)?\s+(?:[a-z]+\s+){0,3}(?:about\s+|some\s+)?$")
_EN_BASE_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from|than|compared\s+(?:with|to))\s+(?:about\s+|some\s+|the\s+)?$", re.I)
_EN_BASE_OWNER_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?(?:\s+in\s+(?:the\s+)?(?:19|20)\d\d)?\s+(?:at|for)\s+(?:the\s+)?"
                                  r"(?:[a-z]+\s+){0,2}(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*)")


def another_names(text: str, base: int, figure: Span, sentence: Span) -> bool:
    """Whether a name other than the owner's owns the figure by its own clause or phrase (:data:`_EN_OTHER_NAMES_CLAUSE`,
    :data:`_EN_BASE_OWNER_AFTER`); a month or a day is no name ("than 12 million for January")."""
    lo, at, end = max(sentence.start, figure.start - 80) - base, figure.start - base, figure.end - base
    m = _EN_OTHER_NAMES_CLAUSE.search(text, lo, at)
    if m is None and _EN_BASE_BEFORE.search(text, max(0, at - 30), at):
        m = _EN_BASE_OWNER_AFTER.match(text, end, sentence.end - base)
    return m is not None and m.group("name").split()[0] not in _EN_TIME_NAMES and m.group("name").split()[0] not in _EN_NOT_NAMES


def english_owner(text: str, base: int, figure: Span, head: Phrase | None, clause: Span, sentence: Span) -> Phrase | None:
    """"X's HEAD", else the capitalised name opening the clause or sentence ("BA has cut 13,000 jobs"),
    unless the figure stands on the compared side ("… rose 3.4%, compared with a 0.6% gain in the
    KOSPI", "more than the 2% of …"): that figure is another's, and the subject does not own it."""
    if head is not None:
        before = text[max(sentence.start, head.span.start - 40) - base : head.span.start - base]
        m = re.search(r"([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*?)(?:['’]s|(?<=s)['’])\s+$", before)
        if m:
            start = head.span.start - len(before) + m.start(1)
            return Phrase(m.group(1), Span(start, start + len(m.group(1))), "possessor")
    through = passed_through(text, base, figure, clause)
    if through is not None:
        return through  # "2.53 million TEU passed through Hanbit Port": the place the count passed through
    if _EN_COMPARED.search(text, max(clause.start, figure.start - 60) - base, figure.start - base):
        return None
    relative = _EN_RELATIVE.search(text, sentence.start - base, figure.start - base)
    if relative is not None:
        # "far behind Busan, which handled 24.4 million TEU": the relative clause's antecedent owns the figure,
        # a name (or no one: "the leader, which handled …"), never the sentence's subject
        # ("The Daerim Arena, which seats 8,500, …": the article is no part of the name)
        name = relative.group(1)[4:] if (relative.group(1) or "").startswith("The ") else relative.group(1)
        if not name or name.split()[0] in _EN_NOT_NAMES or relative.group("own"):
            return None  # ("X, which Geoje Port served with 1.9 million containers": the clause's own subject acts)
        start = base + relative.end(1) - len(name)
        return Phrase(name, Span(start, start + len(name)), NAME_CHECKED)
    of_name = _EN_OF_NAME.match(text, clause.start - base, figure.start - base)
    if of_name is not None:
        start = base + of_name.start("name")  # "The population of Harim reached 453,000": the name after "of"
        return Phrase(of_name.group("name"), Span(start, start + len(of_name.group("name"))), NAME_CHECKED)
    possessed = EN_POSSESSED.search(text, max(clause.start, figure.start - 40) - base, figure.start - base)
    if possessed is not None:
        # "58% of the nation's 3,300 screens": the figure is the possessor's, whoever it is ("Hangyeol's
        # 4,000 employees": a name's)
        name = possessed.group(1)
        start = base + possessed.start(1)
        # ("January's 380,000": a time word possesses no figure; whose it is, is said elsewhere)
        return Phrase(name, Span(start, start + len(name)), "possessor") \
            if name[0].isupper() and name not in _EN_NOT_NAMES and name not in _EN_TIME_NAMES else None
    reported = _EN_REPORTED.search(text, sentence.start - base, figure.start - base)
    if reported is not None and reported.group(1).split()[0] not in _EN_NOT_NAMES:
        # "Hangyeol Heavy Industries said on Thursday it won orders worth $11.8 billion": "it" in what the
        # speaker says is the speaker, past a dateline or a possessor before the name ("South Korea's")
        start = base + reported.start(1)
        return Phrase(reported.group(1), Span(start, start + len(reported.group(1))), NAME_CHECKED)
    if head is not None and head.how == PLACE_OF_PERSONS:
        # "Cheongram, a city of about 439,000 people, …": the name the place noun is apposed to; "in this city of
        # roughly 300,000" points back to a city, never to the sentence's subject (the team, the company)
        apposed = _EN_PLACE_APPOSED.search(text, max(sentence.start, head.span.start - 80) - base, head.span.start - base)
        if apposed is None or apposed.group(1).split()[0] in _EN_NOT_NAMES:
            return None
        return Phrase(apposed.group(1), Span(base + apposed.start(1), base + apposed.end(1)), NAME_CHECKED)
    if head is not None and head.how == MEASURE_FRONTED:
        # "At 340 MW, Cheongsol is second in size …": the subject right after the fronted phrase
        after = _EN_SUBJECT.match(text, figure.end - base + 1)
        if after is None or after.group(1).split()[0] in _EN_NOT_NAMES:
            return None
        return Phrase(after.group(1), Span(base + after.start(1), base + after.end(1)), NAME_CHECKED)
    for floor in (clause.start, sentence.start):
        chunk = text[floor - base : figure.start - base]
        colon = _EN_COLON_CLAUSE.search(chunk)
        if colon is not None:
            # "Analysts are split on the outlook: Mirae Asset Securities forecasts …": a colon before a
            # capitalised word opens a clause of its own, whose subject is the one before the figure
            floor, chunk = floor + colon.end(), chunk[colon.end() :]
        m = _EN_SUBJECT.match(chunk)
        if m and m.group(2) in _EN_FORECASTING and colon is not None:
            # "…: Mirae Asset Securities forecasts fourth-quarter operating profit of 140 billion won": one
            # of the forecasters the sentence opened with; the forecast is of another's figure
            return None
        if m and m.group(2) in _EN_ATTRIBUTING and (_EN_OTHER_SUBJECT.match(chunk, m.end())
                                                    or _EN_SAID_FIGURE.fullmatch(chunk, m.end())):
            # "Coach Choi said the team had beaten its target of 50", "The Bank of Korea expects
            # 170,000 jobs": the speaker or forecaster attributes the figure; it is not its owner
            # ("Cadbury said its underlying sales were up by 4%" is: its own subject)
            return None
        if m and m.group(1).split()[0] not in _EN_NOT_NAMES:
            if floor < clause.start and EN_CLAUSE_SUBJECT.search(text, clause.start - base, figure.start - base):
                # "X said it won orders worth $11.8 billion, while Daesung Shipbuilding won orders worth $9.7
                # billion": a clause with a subject and verb of its own is that subject's, not the sentence's
                return None
            start = floor + m.start(1)
            return Phrase(m.group(1), Span(start, start + len(m.group(1))), "subject of the clause")
    # "Cheongju finished sixth with 15 wins", "The Osong Bioscience Complex hosts about 280 companies":
    # a name before any finite verb of the sentence's first clause; "Cellonix, founded in 2019 and
    # employing 418 people, plans …": a figure in the apposition after the name. Both are read only
    # where the name is one (``NAME_CHECKED``: the binder asks whether the document writes it as a
    # name, capitalised inside a sentence; "Analysts expected 5% growth" has no name).
    chunk = text[sentence.start - base : figure.start - base]
    m = _EN_SUBJECT_VERB.match(chunk) or _EN_SUBJECT_APPOSED.match(chunk) or _EN_APPOSITION.match(chunk) \
        or _EN_NAME_APPOSED.match(chunk)
    if m and m.re is not _EN_APPOSITION and (EN_CLAUSE_SUBJECT.search(chunk, m.start("rest"))
                                             or _coordinated_subject(chunk, m.start("rest"))):
        return None  # "X (, …,) reopened in May, while Y handled 1.9 million": a later clause's own subject
    if m and m.group(1).split()[0] not in _EN_NOT_NAMES and (
            m.re is not _EN_APPOSITION or _EN_APPOSITION_CLOSES.match(text, figure.end - base, sentence.end - base)):
        start = sentence.start + m.start(1)
        return Phrase(m.group(1), Span(start, start + len(m.group(1))), NAME_CHECKED)
    return None


# A coordinated clause with a subject of its own, a definite noun and its verb: "Haneulbit Air flies into Cheongram
# Airport, and the airport is a 20-minute bus ride from the start line" (the airport's figure, not the carrier's);
# "its/their NOUN" + a copula right before the figure is the subject's own measure ("…, while its load factor was 84%":
# the carrier's), but "…, while its rival has 30 stores" has a subject of its own
_EN_COORDINATED_SUBJECT = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?:the|this|that|(?P<its>its|their))\s+(?:[a-z][\w\-]*\s+){0,2}?"
                                     r"(?:is|was|are|were|has|had|have|will|would|can|could)\b")


def _coordinated_subject(chunk: str, start: int) -> bool:
    """Whether a later coordinated clause before the figure has a subject of its own (:data:`_EN_COORDINATED_SUBJECT`)."""
    found = _EN_COORDINATED_SUBJECT.search(chunk, start)
    if found is None:
        return False
    own_measure = found.group("its") is not None and found.group().split()[-1] in ("is", "was", "are", "were") \
        and not chunk[found.end():].strip()
    return not own_measure


# A relative clause that the figure stands in, up to the figure with no comma or semicolon: its antecedent, when
# the word before ", which/who" ends a capitalised name (group 1, else empty)
_EN_RELATIVE = re.compile(r"(?:\b(" + _EN_NAME.pattern + r")|\S)\s*,\s+(?:which|who)\s+(?P<own>[A-Z])?[^,;()]*\Z")


# A descriptor before a name, as wire copy writes its subject: "South Korean electric-car maker Sorin Motors",
# "Dutch brewer Kraanhof", "Budget carrier Jeonju Air": capitalised adjectives (a nationality, or the sentence's
# first word), then one to three lowercase words that are no preposition, article, pronoun, conjunction or verb
# of saying ("A spokesman for carmaker X", "Analysts at broker X": the name is not the subject)
# Wire copy's one-word descriptor of a competitor opening the sentence ("Rival Samsung Electronics, which reports …"):
# a noun of this closed class before a capitalised name is no part of the name
_EN_RIVAL = r"(?:Rival|Rivals|Peer|Competitor|Compatriot|Fellow)\s+(?=[A-Z])"
_EN_DESCRIPTOR_STOP = (r"(?:of|for|at|in|on|by|with|from|to|into|about|and|or|but|nor|the|a|an|said|says|told|that|it|its|"
                       r"their|they|who|which|whose|as|than|according|per|via)")
EN_DESCRIPTOR = (r"(?:(?!(?:The|A|An|It|Its|This|That|These|Those|But|And|Yet|In|On|As|By|At|For)\b)[A-Z][a-z]+\s+){0,2}"
                 r"(?:(?!" + _EN_DESCRIPTOR_STOP + r"\b)[a-z][a-z\-]*\s+){1,3}(?=[A-Z])")
# "X said (on Thursday) (that) it VERB … FIGURE": the name opens the sentence, follows a dateline ("SEOUL,
# Jan 8 (Reuters) - ") or a possessor ("South Korea's X"); no other subject, clause or comparison stands
# between "it" and the figure
_EN_REPORTED = re.compile(r"(?:\A\s*|\s[-–—]\s+|['’]s\s+)(?:The\s+|" + _EN_RIVAL + "|" + EN_DESCRIPTOR + r")?(" + _EN_NAME.pattern + r")\s+(?:said|says|announced|"
                          r"reported)(?:\s+(?:on|last)\s+[A-Z][a-z]+|\s+(?:today|yesterday))?,?\s+(?:that\s+)?it\s+"
                          r"(?!is\s+estimated|was\s+estimated|expects|forecasts|predicts|projects|estimates|will|plans|aims)"
                          r"[a-z]+\b[^,;:]*\Z")
# How an English owner read before a verb or in an apposition is marked: the binder keeps it only
# when the document writes it as a name (``factlint.binding._capitalised_inside``)
NAME_CHECKED = "subject before its verb"
# A capitalised name and a finite verb after it inside a later clause: that clause's own subject
EN_CLAUSE_SUBJECT = re.compile(r"(?<![\w'’])(?!(?:It|Its|The|This|That|But|And|Yet|In|On|As|By)\b)[A-Z][\w&.\-]*"
                                r"(?:\s+[A-Z][\w&.\-]*)*\s+(?:" + _EN_FINITE + r"|won|had|has|have|is|was|sold|made|saw|took|"
                                r"got|grew|rose|fell|hit)\b")
# "The Port of Seojin on South Korea's southern coast handled …": a place phrase after the name (a preposition of
# place and at most five words, no comma, no figure) describes it and leaves it the subject of the verb after, as an
# adverb of time does ("Saeon Hospital now operates 1,210 beds")
_EN_PLACE_PHRASE = r"(?:\s+(?:on|in|at|near|off|outside)\s+(?:[A-Za-z][\w\-]*['’]?s?\s+){0,4}?[A-Za-z][\w\-]*)?"
# A name's gloss in brackets between it and its verb: "Byeolnuri Observatory (별누리천문대) drew …"
_EN_GLOSS = r"(?:\s\((?:Korean:\s)?[가-힣][가-힣\s]{0,20}\))?"
# The common irregular pasts a name's figure follows ("Haram Museum drew 68,214 visitors", "Daesung won 14 orders"),
# as -ed and -s verbs are read by ``_EN_FINITE``; not the verbs of change or becoming ("grew", "rose", "fell",
# "became": "Seojin grew after its harbour was opened to foreign trade in 1878" says no figure of Seojin's)
_EN_IRREGULAR_PAST = r"drew|won|sold|made|took|got|saw|held|built|spent|paid|brought|bought|kept|gave"
_EN_SUBJECT_VERB = re.compile(r"\s*" + EN_FRONTED + r"?(?:The\s+|" + _EN_RIVAL + r")?(" + _EN_NAME.pattern + r")" + _EN_GLOSS + _EN_PLACE_PHRASE
                              + r"(?:\s+(?:now|also|still|currently|already|then|again))?\s+(?:" + _EN_FINITE + r"|cost|hit|"
                              + _EN_IRREGULAR_PAST + r")\b(?P<rest>[^;]*)\Z")
# "Haeun Airport, 11 km north-west of the centre, opened in 1997 and handled …", "Rival Donghae Shipbuilding, which
# reports next week, won $9.84bn of orders": an apposition (no figure in it) between the name and its verb;
# the verb may be an irregular past ("won", "sold") as a clause's verb is in ``EN_CLAUSE_SUBJECT``, and the figure
# is in that verb's own clause (no comma after it: "…, estimated its profit at 6.5 trillion won, below the 7.7 trillion
# won analysts had expected" gives the name only the first)
_EN_SUBJECT_APPOSED = re.compile(r"\s*" + EN_FRONTED + r"?(?:The\s+|" + _EN_RIVAL + r")?(" + _EN_NAME.pattern
                                 + r"),\s+[^,;]{1,60},\s+(?:" + _EN_FINITE
                                 + r"|won|had|has|sold|made|took|saw|grew|rose|fell|hit|got)\b(?P<rest>[^,;]*)\Z")
# "The county's best-known company, gochujang maker Haemil Foods, shipped …": a definite subject, then its name after a
# lower-case descriptor, set off by commas before the verb; the name is the subject's (s13-enshape)
_EN_NAME_APPOSED = re.compile(r"\s*(?:The|A|An|Its|Their)\s+[^,;]{1,60},\s+(?:(?!" + _EN_DESCRIPTOR_STOP + r"\b)[a-z][a-z\-]*\s+){1,3}("
                              + _EN_NAME.pattern + r"),\s+(?:" + _EN_FINITE + r"|won|had|has|sold|made|took|grew|rose|fell|hit|got)\b"
                              r"(?P<rest>[^,;]*)\Z")
# (a past without -ed opens a sentence as well: "Green Haram Biomaterials began commercial production …")
_EN_OPENER = re.compile(r"\s*(?:The\s+|" + EN_FRONTED + r")?(" + _EN_NAME.pattern + r")\s+(?:" + _EN_FINITE
                        + r"|began|won|sold|made|built|grew|rose|fell|took|drew|became|bought|paid|spent|held|ran|broke|lost|saw|led|kept|"
                        r"gave|got|found|brought|sent)\b")  # (irregular pasts: "NubiAero broke ground Thursday on …")
# (the apposition may hold a figure with a thousands comma: "Dalbakwi, which launched in 2022 with 1,200 bikes, has …")
_EN_OPENER_APPOSED = re.compile(r"\s*(?:The\s+)?(" + _EN_NAME.pattern + r"),\s+(?:[^,;]|(?<=\d),(?=\d)){1,60},\s+(?:has|had|have|is|was|will|"
                                + _EN_FINITE + r")\b")
# "The world's biggest confectionery firm, Cadbury Schweppes, has reported …": a description (lowercase but for a
# possessor), the name in apposition to it, then the verb: the name is the subject
_EN_DESCRIBED_OPENER = re.compile(r"\s*(?:The|A|An)\s+(?:[A-Z][\w&.\-]*['’]s\s+)?(?:[a-z][\w'’\-]*\s+){0,5}[a-z][\w\-]*,\s+("
                                  + _EN_NAME.pattern + r"),\s+(?:has|had|have|is|was|will|" + _EN_FINITE + r")\b")
# "Cellonix, founded in 2019 and employing 418 people, plans to …": the figure in the apposition
# (any participle: "Lake Bora, covering 48 km², is …", "The Hanul Pass, priced at 45,000 won, went on sale": the figure
# describes the name it hangs on; a noun phrase in apposition, "X, an agrivoltaic project built over 60 hectares of rice
# paddies, has …", is read only for a place of a count of persons: PLACE_OF_PERSONS)
_EN_APPOSITION = re.compile(r"\s*(?:The\s+)?(" + _EN_NAME.pattern + r"),\s+(?:founded|based|employing|headquartered|"
                            r"which|who|with|[a-z]{3,}(?:ing|ed))\b[^,;]*\Z")
_EN_APPOSITION_CLOSES = re.compile(r"[^,;]*,\s+(?:" + _EN_FINITE + r"|will|said|has|had|is|was|went|sold|became|began|drew|"
                                   r"grew|rose|fell|hit|got|won|made|took|remains|remained)\b")


def is_time_word(word: str) -> bool:
    """Whether a bare word is a time ("2024년", "올해", "상반기", "3분기") or a word of time ("하루")."""
    return _TIME_BETWEEN.fullmatch(word) is not None or _TIME_NOUN.search(word) is not None and len(word) <= 3


# "Gaon Wind expects the farm to generate about 1,210 GWh a year": a forecaster, its verb, a definite object and
# an infinitive whose object is the figure. The figure is the object's (the farm's generation), the forecaster
# only its source (the attribution reads it); "expects 170,000 jobs" (no infinitive) is read as before.
_EN_FORECAST_OBJECT = re.compile(r"(?:expects?|expected|forecasts?|predicts?|projects?|estimates?)\s+(?:that\s+)?"
                                 r"the\s+(?P<noun>[a-z][a-z\-]{2,})\s+(?:to|will|would)\s+[a-z]+\s+"
                                 r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?\Z")


def forecast_object(text: str, base: int, figure: Span, clause: Span) -> Phrase | None:
    """The definite noun a forecaster expects to do what the figure measures ("expects the farm to generate
    about 1,210 GWh": "farm"), or None. Whose it is, the name that noun is the head of says
    (:func:`named_by_head`)."""
    m = _EN_FORECAST_OBJECT.search(text, max(clause.start, figure.start - 80) - base, figure.start - base)
    if m is None:
        return None
    return Phrase(m.group("noun"), Span(base + m.start("noun"), base + m.end("noun")), "object of a forecast")


def named_by_head(text: str, noun: str, before: int | None = None, until: int | None = None) -> Phrase | None:
    """The one capitalised name whose head is the common noun ``noun`` ("the farm", "a new cable car"): the longest
    ending of the noun's words that some name ends with ("Danwolsan Cable Car", not "New Cable Car"; "Cheongsol
    Offshore Wind Farm" for "the farm"), up to four capitalised words before it; None when no name, or two distinct
    names, have that head (two tunnels: which one is not written). The article or preposition that opens a
    sentence with the name is no part of it ("The Danwolsan Cable Car").

    With ``before`` (where "the farm" is written, in a sentence that points back): the latest such name within
    :data:`_HEAD_BACK` characters before it, written on one line (a byline's "By Mina Cho" above "Danwolsan National
    Park …" is no part of it; only "The", "A", "An", "This", "That" open it); "the Bank of Korea" is another bank;
    and none when the noun is introduced again after that name, up to ``until``, as another one ("plans a second
    farm off Bada Island … expects the farm to generate": "the farm" is that one). Without: the one such name of
    the whole document, where it is first written ("A new cable car … since it opened": ``events``)."""
    lo, hi = (0, len(text)) if before is None else (max(0, before - _HEAD_BACK), before)
    words = noun.split()
    for cut in range(len(words)):
        found = _headed_names(text, words[cut:], lo, hi, before is None)
        names = {name for _, name in found}
        if before is not None:
            names |= {m.group() for m in re.finditer(_joined(words[cut:], r"[ \t]+") + r"[ \t]+of[ \t]+[A-Z][\w\-]*", text[lo:hi])}
        if not found:
            continue
        if len(names) != 1:
            return None
        at, name = found[0] if before is None else found[-1]
        if before is not None and introduces_another(text, noun, at + len(name), before if until is None else until):
            return None
        return Phrase(name, Span(at, at + len(name)), "named by its head")
    return None


def _headed_names(text: str, head: Sequence[str], lo: int, hi: int, document: bool) -> list[tuple[int, str]]:
    """Each name between ``lo`` and ``hi`` whose last words are ``head``: where it starts, after the word that
    opens a sentence with it, and the name. Across the whole ``document`` any run of opening words goes ("In
    October" is no name) and the name's words are one space apart."""
    out: list[tuple[int, str]] = []
    for m in _headed_pattern(tuple(head), document).finditer(text, lo, hi):
        if document:
            kept = m.group(1).split()
            while kept and kept[0] in _EN_DETERMINERS:
                kept.pop(0)
            if kept:
                out.append((m.start() + m.group().index(kept[0]), " ".join([*kept, *(w.capitalize() for w in head)])))
        else:
            article = _EN_LEADING_THE.match(m.group())
            start = m.start() + (article.end() if article else 0)
            out.append((start, text[start : m.end()]))
    return out


@functools.lru_cache(maxsize=256)
def _headed_pattern(head: tuple[str, ...], document: bool) -> re.Pattern[str]:
    """Up to four capitalised words and the head's, capitalised: on one line between a word's edges (a hyphen is
    one), or, across the whole document, over any space."""
    space, before, after = (r"\s+", r"\b", r"\b") if document else (r"[ \t]+", r"(?<![\w\-])", r"(?![\w\-])")
    return re.compile(before + r"((?:[A-Z][\w\-]*" + space + r"){1,4})" + _joined(head, space) + after)


def _joined(head: Sequence[str], space: str) -> str:
    return space.join(re.escape(w.capitalize()) for w in head)


@functools.lru_cache(maxsize=256)
def introduced_again(text: str, noun: str, start: int, end: int) -> bool:
    """Whether ``noun`` is introduced as another one between ``start`` and ``end`` ("a small private museum",
    "another tunnel"): a definite description after it stands for that one, not for a name before it. An
    apposition right after ``start`` renames what ends there ("the Haram Robot Fair, an annual event,")."""
    return any(not (m.start() == start + 2 and text.startswith(", ", start)) for m in _another(noun).finditer(text, start, end))


def _another(noun: str) -> re.Pattern[str]:
    """The noun written with an indefinite determiner ("a second farm", "another tunnel", "a big zoo"): the
    determiner, its modifiers and, right before it, a copula ("is", "was not", "became") if one is written."""
    return re.compile(r"(?P<copula>\b(?:is|was|are|were|remains|became|become)\s+(?:not\s+)?)?"
                      r"\b(?P<det>a|an|another|other|one\s+more)\s+(?P<mods>(?:[a-z][\w\-]*\s+){0,3}?)" + re.escape(noun) + r"s?\b",
                      re.I)


# a modifier that makes the noun another one of its kind ("a second harbour", "a new zoo")
_EN_ANOTHER_MODIFIER = re.compile(r"\b(?:second|third|fourth|fifth|new|other|another|additional|separate|rival|"
                                  r"neighbou?ring|smaller|larger|bigger|older|newer)\b", re.I)
# a sentence's end, or a clause with a subject of its own ("…, but Beoldam is a zoo town")
# (a parenthesis is no part of the sentence's structure: "The Soha Grand Bridge (Korean: 소하대교; RR: …) is a …")
_EN_PARENTHESIS = re.compile(r"\([^()\n]*\)")
_EN_NEW_SUBJECT = re.compile(r"[.!?;](?:\s|$)|\n|,\s+(?:and|but|while|whereas|although)\b")


def introduces_another(text: str, noun: str, start: int, stop: int) -> bool:
    """Whether the noun is introduced as another one between ``start`` (the end of a name headed by it) and
    ``stop``: "a second farm", "another tunnel", "There is a second zoo", "Beoldam … is another zoo town", "the
    port … became a second harbour". A copula's plain predicate ("Haneul Forest Zoo, which reopened in April, is
    not a big zoo") describes the name when the name is the copula's subject: written in the same sentence before
    it, with no clause of another subject (nor an existential "There") between, a parenthesis aside."""
    for m in _another(noun).finditer(text, start, stop):
        if m.group("det").lower() not in ("a", "an"):
            return True
        if _EN_ANOTHER_MODIFIER.search(m.group("mods")):
            return True
        if m.group("copula") is None or _EN_NEW_SUBJECT.search(_EN_PARENTHESIS.sub("", text[start : m.start()])):
            return True
        if re.search(r"\b[Tt]here\s+\Z", text[max(start, m.start() - 8) : m.start()]):
            return True
    return False


_HEAD_BACK = 1500
_EN_LEADING_THE = re.compile(r"(?:The|A|An|This|That)\s+")
# Words that open a sentence with a name and are no part of it ("The Danwolsan Cable Car", "Since Danwol Tunnel opened")
_EN_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our", "In", "At", "On", "By", "Since"})
