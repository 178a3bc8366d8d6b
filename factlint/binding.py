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
   market's only attribute of its dimension.
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
3. **Qualifiers** — goal/plan/forecast (갖추겠다, 목표, 계획, 예정, 전망, will, plans to),
   the period (a year in the clause, "지난해" from the article's date), a reported figure
   the article disputes (…라는 보도는 사실이 아니다), a revision (상향, revised).

Figures that look like claims but could not be bound are returned as ``unbound``
(``factlint claims --coverage`` lists them with the reason): a silent miss is the
worst failure of a fact checker.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from . import korean, segment
from .config.ruleset import Attribute, RuleSet
from .model import Block, Claim, Document, Quantity, Span
from .quantities.units import UNIT_WORDS
from .tolerance import dimension

# --- vocabulary ---------------------------------------------------------------------------

# Korean particles that may follow a name ("하이퍼클로바는", "GPT-3보다", "MS로부터"): the package's one table.
PARTICLES = korean.AFTER_NAME
_PARTICLE_RE = "|".join(PARTICLES)
TOPIC_PARTICLES = korean.TOPIC
SUBJECT_PARTICLES = korean.SUBJECT

# Counters of dates, times and ordinals: "2021년", "5월", "3년간", "6세대", "1위" are not claims.
TIME_COUNTERS = frozenset(
    {"년", "월", "일", "시", "분", "초", "세대", "위", "회", "차", "년간", "개월", "주", "주년", "시간", "세", "번째", "호", "층", "번", "기", "분기", "년도", "일간", "등"}
)
CLAIM_KINDS = frozenset({"count", "number", "money", "percent", "quantity"})

# The units extraction writes (quantities.units): none is a count, and each rate of computation
# says FLOPS in its name (tests/test_binding.py checks both against pint). For them a figure is
# fitted to an attribute without pint's registry (0.5 s to build in every worker).
_TABLE_UNITS = frozenset(UNIT_WORDS.values())


def _is_count(q: Quantity) -> bool:
    if q.kind == "quantity" and q.unit in _TABLE_UNITS:
        return False
    return dimension(q) == "count"


def _is_flops(q: Quantity) -> bool:
    if q.kind == "quantity" and "FLOPS" in (q.unit or ""):
        return True
    if q.kind == "quantity" and q.unit in _TABLE_UNITS:
        return False
    return dimension(q) in ("flop / second", "flop/second")


# Dimensions of attributes → what dimension() of a quantity must be.
_DIMENSION_TEST: dict[str, Callable[[Quantity], bool]] = {
    "count": _is_count,
    "number": _is_count,
    "money": lambda q: q.kind == "money",
    "percent": lambda q: q.kind == "percent",
    "ratio": lambda q: q.kind == "ratio",
    "flops": _is_flops,
    "bytes": lambda q: q.kind == "quantity" and (q.unit or "").endswith("byte"),
    "length": lambda q: q.kind == "quantity" and (q.unit or "").endswith(("meter", "mile", "foot", "inch")),
    "date": lambda q: False,
}

# Comparison markers. Korean ones follow the compared name ("GPT-3보다", "GPT-3(175B)를 뛰어넘는");
# English ones precede it ("larger than GPT-3", "compared with PaLM").
# A new branch needs its opening syllable in _KO_COMPARE_SCAN (its first word in _EN_COMPARE_WORDS)
# and an example in tests/test_binding.py, which fails until both are there.
_KO_COMPARE = re.compile(
    r"보다|대비|에\s?비해|에\s?비하면|(?:와|과)?\s?달리|뛰어넘|넘어선|넘어서|넘는|능가|제치|앞서|앞선|"
    r"(?:와|과)는?\s?(?:다르|다른)|(?:와|과)\s?비교|(?:와|과)\s?유사|(?:와|과)\s?비슷|(?:와|과)\s?맞먹|수준의|에\s?못\s?미치|의\s?\d+배"
)
_EN_COMPARE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|unlike|surpassing|surpasses|surpassed|outperforming|"
    r"outperforms|beating|beats|dwarfing|dwarfs|rivalling|rivaling|like|exceeding|exceeds)\b",
    re.I,
)
_EN_COMPARE_WORDS = ("than", "compared", "versus", "vs", "unlike", "surpassing", "surpasses", "surpassed", "outperforming",
                     "outperforms", "beating", "beats", "dwarfing", "dwarfs", "rivalling", "rivaling", "like", "exceeding",
                     "exceeds")  # where an _EN_COMPARE match can start

# Goals, plans and forecasts: not claims about the present.
_GOAL_AFTER_KO = re.compile(
    r"겠|목표|계획|예정|전망|방침|추진|할\s?것|될\s?것|질\s?것|날\s?것|것으로\s?(?:보|예상|관측|기대)|예상|늘릴|확대할|"
    r"가능하도록|노린|노려|도전|하기로|키우기로|기대된|기대한|로\s?잡"
)
_GOAL_BEFORE_KO = re.compile(r"향후|오는\s|목표로|내년|장기적으로")
_GOAL_EN = re.compile(
    r"\b(?:will|would|aims?\s+to|aiming|plans?\s+to|planned|planning|targets?|targeting|goal|expects?\s+to|"
    r"expected|forecasts?|forecasted|projected|projects|predicts?|is\s+set\s+to|intends?\s+to|hopes?\s+to|"
    r"could\s+reach|by\s+20\d\d)\b",
    re.I,
)
# Reported speech, and words disputing it: "…3000억개라는 보도는 사실이 아니다".
_REPORTED = re.compile(
    r"(?:이)?라는|(?:이)?라고|다는|다고|라며|(?:으)?로\s?알려|보도|주장|소문|추정|\b(?:claimed|claims|reported|reportedly|rumou?red|"
    r"said\s+to|alleged|allegedly|according\s+to\s+(?:some|earlier|media|reports))\b",
    re.I,
)
_DISPUTE = re.compile(
    r"사실이\s?아니|사실과\s?다르|사실무근|잘못\s?(?:알려|전해|보도)|잘못된|오보|틀린|부인|반박|과장|부풀려|실제로는|실제\s?규모는|"
    r"\b(?:not\s+true|untrue|false|incorrect|incorrectly|wrong|denied|denies|inaccurate|erroneous|exaggerated|misreported|"
    r"disputed|disputes|refuted|actually|in\s+fact|overstated)\b",
    re.I,
)
_REVISION = re.compile(
    r"상향|하향|수정(?:해|했|된|하)|정정|늘려|늘렸|늘어난|늘어|확대됐|확대했|업데이트|\b(?:revised|revises|corrected|updated|raised|lowered|"
    r"increased\s+to|now\s+(?:has|stands|counts))\b",
    re.I,
)
# Clause boundaries inside a sentence: connective endings and commas before a new clause.
# Each branch opens with a literal, so the regex engine skips to the letters that can start one
# (4x faster than "(?:으나|지만|…),\s|(?:으며|…)\s|…", which it stands for, branch by branch).
_CLAUSE_END = re.compile(
    "|".join(f"{e},\\s" for e in "으나 지만 는데 면서 으며 하며 되며 했고 하고 되고 였고 이고 다며 했으며 됐으며 고".split())
    + "|" + "|".join(f"{e}\\s" for e in "으며 하며 되며 면서 지만 으나".split())
    + r"|;\s|,\s(?=(?:and|but|while|whereas|although|though)\b)"
)
# Years for the period of a claim: "2021년", "'21년", "2021년 기준", "as of 2023", "in 2019", "FY2022".
_YEAR = re.compile(r"(?<!\d)(?:(19\d\d|20\d\d)\s?년|'(\d\d)\s?년|(?:FY|fy)\s?(20\d\d))|\b(?:in|as\s+of|by|since|for|of)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(19\d\d|20\d\d)\b")
_RELATIVE_YEAR = re.compile(r"지난해|작년|올해|금년|내년|\b(?:last|this|next)\s+year\b", re.I)
_RELATIVE_OFFSET = {"지난해": -1, "작년": -1, "올해": 0, "금년": 0, "내년": 1, "last": -1, "this": 0, "next": 1}

# A sentence opening with a topic of its own (a noun + 은/는, "The market …") does not inherit
# the previous sentence's subject — unless the topic is an anaphor ("이 모델은", "It").
_OWN_TOPIC_KO = re.compile(r"^[^.,]{0,24}?(?<![하되있없오가라다나지])[가-힣A-Za-z0-9)'’”\"]\s?(?:은|는)\s")
_ANAPHOR = re.compile(r"^(?:이\s?모델|해당\s?모델|이\s?회사|해당\s?회사|같은\s?모델|이\s?언어모델|그\s?모델|동사|회사는|모델은|It\b|Its\b|The\s+(?:model|company|firm|system|startup|lab)\b|This\s+(?:model|company|system)\b|They\b|The\s+new\s+model\b)")

# Discovered names: Latin product names and quoted names in telling places.
# CamelCase (KoGPT, HyperCLOVA), capitals (BLOOM, PaLM), hyphenated (MT-NLG, GPT-3.5), capitals + digits
# (GPT3). The capital that opens every form comes first, before the look-behind, so that the regex
# engine can skip to capitals: 6x faster on Korean text, same matches.
_LATIN_NAME = re.compile(
    r"[A-Z](?<![A-Za-z0-9\-][A-Z])(?:[a-z]+[A-Z][A-Za-z0-9]*|[a-z]?[A-Z]{2,}[a-z]*|[A-Za-z]*-(?:[A-Z0-9][A-Za-z0-9]*)(?:\.\d+)?|[A-Z]+\d+(?:\.\d+)?)(?![A-Za-z0-9])"
)
_NOT_NAMES = frozenset({"COVID-19", "K-pop", "Wi-Fi", "R&D", "CEO", "COO", "CTO", "CFO", "IT", "AI", "CAGR", "GPU", "NPU", "CPU", "TPU", "STT", "TTS", "API", "USD", "KRW", "PF", "EF", "TF", "SaaS", "PaaS", "IaaS", "NeurIPS", "PhD"})
_QUOTE_OPEN = "'‘\"“「『"
_QUOTE_CLOSE = "'’\"”」』"
_QUOTED = re.compile(r"['‘\"“「『]([^'’\"”」』\n]{1,24})['’\"”」』]")
_MODEL_NOUN_BEFORE = re.compile(r"(?:모델|언어모델|AI|인공지능|챗봇|model|chatbot)\s*$")
_LATIN_GLOSS = re.compile(r"\(([A-Z][A-Za-z0-9\-.]{1,20})\)")

_WHITESPACE = re.compile(r"\s+")

BEFORE_WINDOW = 20
AFTER_WINDOW = 25
MAX_SENTENCE = 1000  # characters: see _bounded
# Names discovered in an article are looked for everywhere in it, each with a scan of the text: the
# first 256 (articles discover a handful; a generated megabyte of names would make it quadratic).
MAX_KNOWN = 256
_T = TypeVar("_T")


# --- compiled per rule set ----------------------------------------------------------------

class _Alternation:
    """``finditer`` of one big alternation ("GPT-3|하이퍼클로바|…", each branch spelling one word
    between its own lookarounds), with the same matches but without trying every branch at
    every position.

    Python's ``re`` tries each branch's look-behind at each position of the text (150 names,
    300 branches: most of binding's time before). A branch can only match where the text has
    its first two letters, so a regex of those pairs finds the candidate positions in C, and
    there only the branches spelling those two letters are tried, in their original order.
    ``finditer`` returns, at each position from the left, the first branch that matches and
    resumes after it; so does this, with the same branches: the matches are the same.
    """

    def __init__(self, words: Sequence[str], branches: Sequence[str], folded: Sequence[bool], flags: int = 0,
                 suffix: str = "") -> None:
        # folded[i]: branch i ignores case (its own (?i:…) or the flags); suffix: what must follow
        # the alternation ("(?:a|b)" + suffix), as in "(?:파라미터|…)\s?(?:규모의?|…)?\s*$"
        self.pattern = f"(?:{'|'.join(branches)}){suffix}"  # what it stands for
        self.flags = flags
        self._branches = tuple(branches)
        self._flags = flags
        self._suffix = suffix
        self._firsts = tuple(re.compile(_head(w[:1], f), flags) for w, f in zip(words, folded))
        self._heads = tuple(re.compile(_head(w, f), flags) for w, f in zip(words, folded))
        self._by_char: dict[str, tuple[int, ...]] = {}
        self._by_pair: dict[str, re.Pattern[str] | None] = {}
        self._candidates = _word_starts(words, folded, flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        by_pair = self._by_pair
        for c in self._candidates.finditer(text):
            p = c.start()
            if p < pos:
                continue
            pair = text[p : p + 2]
            sub = by_pair[pair] if pair in by_pair else self._learn(pair)
            if sub is None:
                continue
            hit = sub.match(text, p)
            if hit is not None:
                yield hit
                pos = hit.end()

    def search(self, text: str) -> re.Match[str] | None:
        """``re.search`` of "(?:branches)" + suffix: the first position where it matches."""
        by_pair = self._by_pair
        for c in self._candidates.finditer(text):
            p = c.start()
            pair = text[p : p + 2]
            sub = by_pair[pair] if pair in by_pair else self._learn(pair)
            if sub is not None and (hit := sub.match(text, p)) is not None:
                return hit
        return None

    def _learn(self, pair: str) -> re.Pattern[str] | None:
        first = pair[0]
        if first not in self._by_char:
            self._by_char[first] = tuple(i for i, f in enumerate(self._firsts) if f.match(first))
        branches = [self._branches[i] for i in self._by_char[first] if self._heads[i].match(pair)]
        sub = re.compile(f"(?:{'|'.join(branches)}){self._suffix}", self._flags) if branches else None
        self._by_pair[pair] = sub
        return sub


# The characters other than "x" and "X" that Python's ``re`` matches to an ASCII letter x when
# ignoring case (tests/test_binding.py checks this against every code point).
_CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _spellings(ch: str, folded: bool) -> str | None:
    """Every character that ``ch`` matches in a pattern (ignoring case if ``folded``), None if unsure."""
    if not folded or "가" <= ch <= "힣" or ch.isascii() and not ch.isalpha():
        return ch
    if ch.isascii():
        low = ch.lower()
        return low + low.upper() + _CASE_EXTRAS.get(low, "")
    return None


def _word_starts(words: Sequence[str], folded: Sequence[bool], flags: int) -> re.Pattern[str]:
    """Positions where one of the words may start: by its first two letters, else by its first."""
    return _pair_candidates(words, folded) or _letter_candidates(words, folded, flags)


def _pair_candidates(words: Sequence[str], folded: Sequence[bool]) -> re.Pattern[str] | None:
    """Positions where some word's first two letters stand: "하(?=이)|G(?=P)|g(?=P|p)|…".

    Every branch opens with a literal letter, so the regex engine skips in C to the letters
    that open a word and rejects most of them on the second letter ("하" of "하는" is not
    "하이퍼클로바"): a tenth of the positions that the first letter alone would give.
    None when a word's first letter has spellings we cannot list (a cased non-Latin letter).
    """
    follow: dict[str, set[str] | None] = {}
    for w, f in zip(words, folded):
        firsts = _spellings(w[0], f)
        if firsts is None:
            return None
        seconds = _spellings(w[1], f) if len(w) > 1 and not w[1].isspace() else None
        for c in firsts:
            known = follow.get(c, set())
            follow[c] = None if known is None or seconds is None else known | set(seconds)
    branches = []
    for c, nxt in sorted(follow.items()):
        ahead = "" if nxt is None else "(?=[" + "".join(re.escape(x) for x in sorted(nxt)) + "])"
        branches.append(re.escape(c) + ahead)
    return re.compile("|".join(branches))


def _letter_candidates(words: Sequence[str], folded: Sequence[bool], flags: int) -> re.Pattern[str]:
    """Positions of any word's first letter, as the words' own case rule matches it."""
    exact = "".join(sorted({re.escape(w[0]) for w, f in zip(words, folded) if not f}))
    either = "".join(sorted({re.escape(w[0]) for w, f in zip(words, folded) if f}))
    classes = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{either}])"] if either else [])
    return re.compile("|".join(classes), flags)


def _head(word: str, folded: bool) -> str:
    """What a word's branch needs in the first two characters of the text ("GP" for GPT-3;
    "하" alone for "하 이", whose space is optional)."""
    second = re.escape(word[1]) if len(word) > 1 and not word[1].isspace() else ""
    return ("(?i:" if folded else "(?:") + re.escape(word[0]) + second + ")"


def _alternation(words: Sequence[str], branches: Sequence[str], folded: Sequence[bool], flags: int = 0,
                 suffix: str = "") -> _Alternation | re.Pattern[str]:
    """The scanner for branches each spelling one word (its spaces made optional); the plain
    pattern when a word opens with a space (its first letter is then not certain)."""
    if any(not w or w[0].isspace() for w in words):
        return re.compile(f"(?:{'|'.join(branches)}){suffix}", flags)
    return _Alternation(words, branches, folded, flags, suffix)


@dataclass(frozen=True)
class _Matcher:
    names: _Alternation | re.Pattern[str] | None
    canonical: dict[str, tuple[str, str | None]]
    canonical_nospace: dict[str, tuple[str, str | None]]  # first name of each spelling without spaces
    triggers: _Alternation | re.Pattern[str] | None
    trigger_before: _Alternation | re.Pattern[str] | None  # a trigger ending a quoted name's lead-in ("파라미터 규모의 '…'")
    trigger_attrs: dict[str, tuple[Attribute, ...]]
    trigger_attrs_nospace: dict[str, tuple[Attribute, ...]]
    attributes: tuple[Attribute, ...]


_CACHE: dict[int, tuple[RuleSet, _Matcher]] = {}
_LEAD_IN = r"\s?(?:규모의?|급의?|의|인)?\s*$"  # "파라미터 규모의 '…'", "데이터셋인 '…'"


def name_branch(name: str) -> tuple[str, bool]:
    """A declared name as a branch of the names pattern, and whether it ignores case (4+ Latin letters)."""
    body = re.escape(name).replace(r"\ ", r"\s?")
    before = r"(?<![A-Za-z0-9\-])" if re.match(r"[A-Za-z0-9]", name) else r"(?<![가-힣])"
    after = r"(?![A-Za-z0-9]|[.\-][A-Za-z0-9])"
    folded = sum(c.isascii() and c.isalpha() for c in name) >= 4
    return ("(?i:" if folded else "(?:") + before + body + after + ")", folded


def trigger_branch(trigger: str) -> str:
    """A trigger word as a branch of the (case-insensitive) triggers pattern."""
    body = re.escape(trigger).replace(r"\ ", r"\s?")
    before = r"(?<![A-Za-z])" if re.match(r"[A-Za-z]", trigger) else ""
    after = r"(?![A-Za-z])" if re.search(r"[A-Za-z]$", trigger) else ""
    return before + body + after


def _matcher(ruleset: RuleSet) -> _Matcher:
    """Built once per rule set and process (a worker binds thousands of documents with one)."""
    cached = _CACHE.get(id(ruleset))
    if cached is not None and cached[0] is ruleset:
        return cached[1]
    canonical: dict[str, tuple[str, str | None]] = {}
    for e in ruleset.entities:
        for n in e.names:
            canonical[n] = (e.name, e.type)
            canonical.setdefault(n.casefold(), (e.name, e.type))
    canonical_nospace: dict[str, tuple[str, str | None]] = {}
    for k, v in canonical.items():
        canonical_nospace.setdefault(k.replace(" ", ""), v)
    # longest first: "HyperCLOVA X" before "HyperCLOVA", "학습 데이터" before "데이터"
    names = sorted(canonical, key=len, reverse=True)
    name_scan = None
    if names:
        branches, folded = zip(*(name_branch(n) for n in names))
        name_scan = _alternation(names, branches, folded)
    trigger_attrs: dict[str, list[Attribute]] = {}
    for a in ruleset.attributes:
        for t in a.triggers:
            trigger_attrs.setdefault(t.casefold(), []).append(a)
    frozen_attrs = {t: tuple(attrs) for t, attrs in trigger_attrs.items()}
    attrs_nospace: dict[str, tuple[Attribute, ...]] = {}
    for t, attrs in frozen_attrs.items():
        attrs_nospace.setdefault(t.replace(" ", ""), attrs)
    trigger_scan = lead_in = None
    if trigger_attrs:
        words = sorted(trigger_attrs, key=len, reverse=True)
        branches = tuple(trigger_branch(t) for t in words)
        trigger_scan = _alternation(words, branches, [True] * len(words), re.I)
        lead_in = _alternation(words, branches, [True] * len(words), re.I, _LEAD_IN)
    m = _Matcher(name_scan, canonical, canonical_nospace, trigger_scan, lead_in, frozen_attrs, attrs_nospace,
                 ruleset.attributes)
    _CACHE[id(ruleset)] = (ruleset, m)
    return m


class _Skip:
    """``pattern.finditer`` tried only where ``candidates`` finds a position a match can start at.

    For patterns whose branches open with a group, a class or a case-folded letter, which keep
    ``re`` from skipping ahead: it tries every branch at every character. Matches are the same
    when every match starts at a candidate (``match`` at a position sees the text before it,
    for look-behinds and ``\\b``).
    """

    def __init__(self, pattern: re.Pattern[str], candidates: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._candidates = candidates

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        match = self.pattern.match
        for c in self._candidates.finditer(text):
            p = c.start()
            if p < pos:
                continue
            hit = match(text, p)
            if hit is not None:
                yield hit
                pos = hit.end()


# A Korean comparison opens with one of these syllables, or is "달리" after a space ("GPT-3와 달리").
_KO_COMPARE_SCAN = _Skip(_KO_COMPARE, re.compile(r"[보대에와과달뛰넘능제앞수의]|\s(?=달리)"))
_EN_COMPARE_SCAN = _Skip(_EN_COMPARE, _word_starts(_EN_COMPARE_WORDS, [True] * len(_EN_COMPARE_WORDS), re.I))


# --- mentions -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Mention:
    span: Span
    entity: str
    type: str | None
    discovered: bool = False
    possessor: bool = False  # "'Open AI'의 GPT-3": the owner, not the subject
    particle: str = ""
    reach: tuple[int, int] = (0, 1 << 62)  # figures outside this range cannot be about it (comparisons)


def _canon_lookup(m: _Matcher, text: str) -> tuple[str, str | None] | None:
    hit = m.canonical.get(text) or m.canonical.get(text.casefold())
    if hit:
        return hit
    hit = m.canonical.get(_WHITESPACE.sub(" ", text))
    if hit:
        return hit
    return m.canonical_nospace.get(text.replace(" ", ""))


def _particle_after(text: str, end: int) -> str | None:
    """The particle right after a name, "" if none is needed (non-Hangul next), None if a Hangul word goes on."""
    j = end
    while j < len(text) and text[j] in _QUOTE_CLOSE:
        j += 1
    if j >= len(text) or not ("가" <= text[j] <= "힣"):
        return ""
    for p in PARTICLES:
        if text.startswith(p, j):
            return p
    return None


_VERSION_SUFFIX = re.compile(r"(\s?X|\s\d+(?:\.\d+)?[BMK])(?![A-Za-z0-9])")


def _mentions(text: str, base: int, m: _Matcher, known: dict[str, str], found: Sequence[tuple[int, int, Mention]]) -> list[Mention]:
    out: list[Mention] = []
    taken = _Taken(len(text))
    if m.names is not None:
        for hit in m.names.finditer(text):
            s, e = hit.span()
            particle = _particle_after(text, e)
            if particle is None:
                continue
            canon = _canon_lookup(m, hit.group())
            if canon is None:
                continue
            name, typ = canon
            discovered = False
            suffix = _VERSION_SUFFIX.match(text, e)
            if suffix and particle == "":
                # "HyperCLOVA X", "KoGPT 6B": another entity sharing the prefix
                sfx = suffix.group(1).strip()
                e = suffix.end()
                name, discovered = f"{name} {sfx}", True
                particle = _particle_after(text, e) or ""
            out.append(Mention(Span(base + s, base + e), name, typ, discovered, particle=particle))
            taken.add(s, e)
    out.extend(_discover(found, taken))
    for surface, name in known.items():
        # a name discovered once in the article is a name everywhere in it ("'미리내'는 390억 개의…")
        e = 0
        while (s := text.find(surface, e)) != -1:
            e = s + len(surface)
            if taken.overlaps(s, e) or (s and ("가" <= text[s - 1] <= "힣" or text[s - 1].isalnum())):
                continue
            p = _particle_after(text, e)
            if p is None or (e < len(text) and text[e].isalnum() and not "가" <= text[e] <= "힣"):
                continue
            out.append(Mention(Span(base + s, base + e), name, "model", True, particle=p))
            taken.add(s, e)
    out.sort(key=lambda x: x.span.start)
    return [_close_list_item(text, base, x) for x in _mark_possessors(text, base, out)]


def _close_list_item(text: str, base: int, x: Mention) -> Mention:
    """"…'하이퍼클로바'를, 카카오브레인은 … 'KoGPT'": a name closed by a particle and a comma ends its list item."""
    if x.particle in ("", *TOPIC_PARTICLES):
        return x
    j = x.span.end - base
    while j < len(text) and text[j] in _QUOTE_CLOSE:
        j += 1
    j += len(x.particle)
    if text[j : j + 1] == ",":
        return replace(x, reach=(x.reach[0], base + j))
    return x


class _Taken:
    """The characters of a block already claimed by a name: an overlap test in one C call, not a scan
    of every name so far (a 1 MB paragraph names thousands of models)."""

    def __init__(self, size: int) -> None:
        self._marks = bytearray(size)

    def add(self, s: int, e: int) -> None:
        self._marks[s:e] = b"\x01" * (e - s)

    def overlaps(self, s: int, e: int) -> bool:
        return s < e and self._marks.find(1, s, e) != -1


def _discoverable(text: str, base: int, m: _Matcher) -> list[tuple[int, int, Mention]]:
    """Names no rule file declares: quoted after a model noun or a figure's attribute, Latin product
    names; each with its offsets in ``text``, in order, before overlaps with other names are known."""
    out: list[tuple[int, int, Mention]] = []
    for q in _QUOTED.finditer(text):
        s, e = q.span(1)
        name = q.group(1).strip()
        if not name or len(name) > 20:
            continue
        head = text[max(0, q.start() - 12) : q.start()]
        gloss = _LATIN_GLOSS.match(text, q.end())
        telling = bool(_MODEL_NOUN_BEFORE.search(head)) or gloss is not None or bool(
            m.trigger_before and m.trigger_before.search(head)
        )
        if not telling:
            continue
        canon = _canon_lookup(m, name) or (_canon_lookup(m, gloss.group(1)) if gloss else None)
        particle = _particle_after(text, q.end() if not gloss else gloss.end()) or ""
        if canon:
            out.append((s, e, Mention(Span(base + s, base + e), canon[0], canon[1], particle=particle)))
        else:
            out.append((s, e, Mention(Span(base + s, base + e), gloss.group(1) if gloss else name, "model", True, particle=particle)))
    for hit in _LATIN_NAME.finditer(text):
        s, e = hit.span()
        name = hit.group()
        if name in _NOT_NAMES or _canon_lookup(m, name):
            continue
        latin_particle = _particle_after(text, e)
        out.append((s, e, Mention(Span(base + s, base + e), name, "model", True, particle=latin_particle or "")))
    return out


def _discover(found: Sequence[tuple[int, int, Mention]], taken: _Taken) -> Iterator[Mention]:
    """The discoverable names that overlap no name taken before them (quoted ones first)."""
    for s, e, x in found:
        if taken.overlaps(s, e):
            continue
        yield x
        taken.add(s, e)


def _mark_possessors(text: str, base: int, ms: list[Mention]) -> list[Mention]:
    out = []
    for i, x in enumerate(ms):
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and x.particle == "의":
            gap = text[x.span.end - base : nxt.span.start - base]
            if len(gap) <= 5 and re.fullmatch(r"[\s'’\"”」』]*의[\s'‘\"“「『]*", gap):
                x = replace(x, possessor=True)
        if nxt is not None and re.fullmatch(r"['’]s\s", text[x.span.end - base : x.span.end - base + 3] or ""):
            gap = text[x.span.end - base + 3 : nxt.span.start - base]
            if len(gap) <= 2:
                x = replace(x, possessor=True)
        out.append(x)
    return out


def _cut_comparisons(text: str, base: int, sentences: Sequence[Span], ms: list[Mention]) -> list[Mention]:
    """A compared name ("GPT-3보다", "larger than GPT-3") cannot own the figures on the other side."""
    starts = [x.span.start for x in ms]
    cut: dict[int, tuple[int, int]] = {}
    for sentence in sentences:
        local = _within(ms, starts, sentence, lambda x: x.span.end)
        if not local:
            continue
        s_text = text[sentence.start - base : sentence.end - base]
        for c in _KO_COMPARE_SCAN.finditer(s_text):
            pos = sentence.start + c.start()
            before = [x for x in local if x.span.end <= pos and pos - x.span.end <= 40]
            if before:
                x = before[-1]
                lo, hi = cut.get(id(x), x.reach)
                cut[id(x)] = (lo, min(hi, pos))
        for c in _EN_COMPARE_SCAN.finditer(s_text):
            pos = sentence.start + c.end()
            after = [x for x in local if x.span.start >= pos and x.span.start - pos <= 6]
            if after:
                x = after[0]
                lo, hi = cut.get(id(x), x.reach)
                cut[id(x)] = (max(lo, sentence.start + c.start()), hi)
    if not cut:
        return ms
    return [replace(x, reach=cut[id(x)]) if id(x) in cut else x for x in ms]


# --- attributes ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    attrs: tuple[Attribute, ...]


def _triggers(text: str, base: int, m: _Matcher) -> list[_Trigger]:
    if m.triggers is None:
        return []
    out = []
    for hit in m.triggers.finditer(text):
        key = _WHITESPACE.sub(" ", hit.group()).casefold()
        nospace = key.replace(" ", "")
        attrs = m.trigger_attrs.get(key) or m.trigger_attrs.get(nospace)
        if attrs is None:
            attrs = m.trigger_attrs_nospace.get(nospace, ())
        if attrs:
            out.append(_Trigger(base + hit.start(), base + hit.end(), attrs))
    return out


def fits(attribute: Attribute, q: Quantity) -> bool:
    """Does a quantity have the attribute's dimension ("파라미터" next to "45TB" is not a parameter count)?"""
    test = _DIMENSION_TEST.get(attribute.dimension)
    return bool(test and test(q))


# --- the result of binding one figure --------------------------------------------------------

@dataclass(frozen=True)
class Bound:
    """One figure and what binding made of it: a claim, or the reason it is not one."""

    quantity: Quantity
    claim: Claim | None
    reason: str = ""
    attribute: str | None = None


@dataclass
class _Unit:
    q: Quantity
    alt: Quantity | None
    span: Span  # the pair's whole span


def _claim_like(q: Quantity) -> bool:
    if q.kind not in CLAIM_KINDS:
        return False
    if q.counter in TIME_COUNTERS:
        return False
    if q.kind == "number" and q.unit is None and q.counter is None:
        v = q.value if q.value is not None else q.high
        if v is not None and (v < 1000 or (1900 <= v <= 2100 and v.denominator == 1)):
            return False
    return True


def _pairs(text: str, base: int, qs: list[Quantity]) -> list[_Unit]:
    """Join "204B(2040억개)" and "1억 달러(한화 약 1122억원)" into one value in two notations."""
    units: list[_Unit] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs):
            r = qs[i + 1]
            gap = text[q.span.end - base : r.span.start - base]
            close = text[r.span.end - base : r.span.end - base + 2]
            if re.fullmatch(r"\s?\(\s?(?:한화|원화|약|about|approximately|or|i\.e\.|≈|~|\s)*", gap) and close.lstrip().startswith(")"):
                units.append(_Unit(q, r, Span(q.span.start, r.span.end)))
                i += 2
                continue
        units.append(_Unit(q, None, q.span))
        i += 1
    return units


# --- the binder -----------------------------------------------------------------------------

class _Sentence:
    def __init__(self, span: Span, text: str, clauses: list[Span]) -> None:
        self.span = span
        self.text = text
        self.clauses = clauses

    def clause(self, pos: int) -> Span:
        for c in self.clauses:
            if c.start <= pos < c.end:
                return c
        return self.span


def _clauses(text: str, span: Span, base: int) -> list[Span]:
    s_text = text[span.start - base : span.end - base]
    out = []
    start = 0
    for c in _CLAUSE_END.finditer(s_text):
        out.append(Span(span.start + start, span.start + c.end()))
        start = c.end()
    out.append(Span(span.start + start, span.end))
    return out


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
    for block, f in zip(blocks, found):
        lo = bisect.bisect_left(starts, block.span.start)
        hi = bisect.bisect_left(starts, block.span.end)
        qs = [q for q in quantities[lo:hi] if block.span.contains(q.span)]
        if qs:
            out.extend(_bind_block(doc, block, qs, m, known, f))
    return out


def _bounded(spans: Sequence[Span], text: str, base: int) -> list[Span]:
    """Sentences of at most MAX_SENTENCE characters: a longer one (no sentence ever is: the longest of
    the seeds, the probes and 59 published articles has 388) is cut at its last clause end or space
    before the limit, so that the work per sentence is bounded and binding stays linear in the text."""
    out: list[Span] = []
    for span in spans:
        start = span.start
        while span.end - start > MAX_SENTENCE:
            window = text[start - base : start - base + MAX_SENTENCE]
            cut = max(window.rfind(", "), window.rfind("; "), window.rfind(" "))
            end = start + (cut + 1 if cut > MAX_SENTENCE // 2 else MAX_SENTENCE)
            out.append(Span(start, end))
            start = end
        out.append(Span(start, span.end))
    return out


def _within(items: Sequence[_T], starts: Sequence[int], span: Span, end: Callable[[_T], int]) -> list[_T]:
    """The items (sorted by their ``starts``) that lie inside ``span``, found by bisection."""
    lo = bisect.bisect_left(starts, span.start)
    hi = bisect.bisect_left(starts, span.end, lo)
    return [x for x in items[lo:hi] if end(x) <= span.end]


def _bind_block(doc: Document, block: Block, qs: list[Quantity], m: _Matcher, known: dict[str, str],
                found: Sequence[tuple[int, int, Mention]]) -> Iterator[Bound]:
    text, base = block.text, block.span.start
    mentions = _mentions(text, base, m, known, found)
    triggers = _triggers(text, base, m)
    spans = _bounded(segment.sentences(text, base), text, base)
    sentences = [_Sentence(s, doc.text[s.start : s.end], _clauses(text, s, base)) for s in spans]
    mentions = _cut_comparisons(text, base, [s.span for s in sentences], mentions)
    name_starts = [x.span.start for x in mentions]
    # The furthest end of a name starting at or before each name: a figure lies inside some name
    # exactly when the names starting at or before it reach past its end.
    name_reach = list(itertools.accumulate((x.span.end for x in mentions), max))
    q_starts = [q.span.start for q in qs]
    trigger_starts = [t.start for t in triggers]

    def inside_a_name(q: Quantity) -> bool:
        i = bisect.bisect_right(name_starts, q.span.start)
        return i > 0 and name_reach[i - 1] >= q.span.end

    prev_subject: Mention | None = None
    for si, sent in enumerate(sentences):
        s_qs = _within(qs, q_starts, sent.span, lambda q: q.span.end)
        s_ms = _within(mentions, name_starts, sent.span, lambda x: x.span.end)
        subject = _topic(sent, s_ms)
        for q in s_qs:
            if inside_a_name(q):
                yield Bound(q, None, "not a claim")  # "KoGPT 6B", "우다오 2.0": part of a name
        s_qs = [q for q in s_qs if not inside_a_name(q)]
        for q in s_qs:
            if not _claim_like(q):
                yield Bound(q, None, "not a claim")  # a date, a duration, an ordinal, a small bare number
        units = _pairs(text, base, [q for q in s_qs if _claim_like(q)])
        picks = _attributes(units, _within(triggers, trigger_starts, sent.span, lambda t: t.end), sent)
        for u in units:
            if u.alt is not None:
                yield Bound(u.alt, None, "not a claim")  # the second notation travels with the claim
        for u, attr in zip(units, picks):
            yield _bind_unit(doc, sent, u, attr, units, picks, s_ms, subject, prev_subject, sentences, si, m)
        inheritable = subject if subject is not None and subject.span.start - sent.span.start <= 30 else None
        if s_ms:
            prev_subject = inheritable
        elif prev_subject is not None and not _opens_own_topic(sent.text):
            pass  # a sentence naming no one keeps passing the subject on
        else:
            prev_subject = None


def _topic(sent: _Sentence, ms: list[Mention]) -> Mention | None:
    """The sentence's topic: the first name marked 은/는/도 (or 이/가 when it opens the sentence), not compared, not an owner."""
    for x in ms:
        if x.possessor or x.reach[1] < sent.span.end and x.reach[1] <= x.span.end + 12:
            continue
        if x.particle in TOPIC_PARTICLES:
            return x
        if x.particle in ("이", "가") and x.span.start - sent.span.start <= 3:
            return x
    # English: a name opening the sentence is its subject ("PaLM has 540 billion parameters").
    if ms and ms[0].span.start - sent.span.start <= 4 and not ms[0].possessor and re.match(r"[A-Za-z]", sent.text):
        return ms[0]
    return None


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


def _bind_unit(doc: Document, sent: _Sentence, u: _Unit, attr: Attribute | None, units: list[_Unit],
               picks: list[Attribute | None], ms: list[Mention], subject: Mention | None,
               prev_subject: Mention | None, sentences: list[_Sentence], si: int, m: _Matcher) -> Bound:
    q = u.q
    text = doc.text
    paren_owner = _paren_owner(text, u, ms) or _possessive_owner(text, u, ms)
    if attr is None and paren_owner is not None:
        # "GPT-3(175B)를 뛰어넘는 204B … 파라미터": the compared figure has the other figure's attribute
        attr = _borrowed(u, units, picks)
    reach = [x for x in ms if x.reach[0] <= u.span.start and u.span.end <= x.reach[1] and not x.possessor]
    if attr is None:
        attr = _implied(u, reach or ([prev_subject] if prev_subject and not _opens_own_topic(sent.text) else []), m)
    if attr is None:
        return Bound(q, None, "no attribute: no trigger word of a declared attribute next to the figure")
    how = ""
    owner: Mention | None = None
    if paren_owner is not None:
        owner, how = paren_owner, "parenthesis"
    else:
        owner, how, why = _resolve(sent, u, attr, reach, subject, prev_subject, ms)
        if owner is None:
            return Bound(q, None, why, attr.name)
    period = _period(text, sent, u, doc)
    # a figure for a year after the article's date is a forecast ("AI 시장, 2025년 1840억 달러로 커진다")
    future = bool(period and doc.date and int(period) > doc.date.year)
    claim = Claim(
        path=doc.path, entity=owner.entity, attribute=attr.name, quantity=q, span=u.span,
        goal=future or _is_goal(text, sent, u, owner), period=period, date=doc.date, sentence=sent.span,
        alternate=u.alt, disputed=_is_disputed(text, sent, u, sentences, si), discovered=owner.discovered,
        how=how, revision=bool(_REVISION.search(sent.text)),
    )
    return Bound(q, claim, "", attr.name)


def _possessive_owner(text: str, u: _Unit, ms: list[Mention]) -> Mention | None:
    """"GPT-3's 175 billion", "GPT-3의 1750억": the figure belongs to the name right before it."""
    for x in ms:
        gap = text[x.span.end : u.span.start]
        if x.span.end <= u.span.start and len(gap) <= 4 and re.fullmatch(r"['’]s\s|['’\"”]?의\s", gap):
            return x
    return None


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
    return next((x for x in ms if x.span.end == j), None)


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
        return None, "", "no entity in the figure's clause (a name in a later clause does not reach back)"
    if prev_subject is not None and _rank(attr, prev_subject) is not None and not _opens_own_topic(sent.text):
        return prev_subject, "previous sentence", ""
    if _best(attr, (x for x in all_ms if not x.possessor)):
        return None, "", "no entity: the names in the sentence are compared with, or owners of, the subject"
    return None, "", "no entity: the sentence names no entity this attribute is stated about"


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


# --- qualifiers ----------------------------------------------------------------------------

def _is_goal(text: str, sent: _Sentence, u: _Unit, owner: Mention) -> bool:
    """Goal words in the figure's clause; for a compared name's figure only up to the comparison
    ("GPT-3가 보유한 1750억개 파라미터의 3배를 넘어선 6000억개의 파라미터를 갖추겠다": LG's goal, GPT-3's fact)."""
    clause = sent.clause(u.span.start)
    after = text[u.span.end : min(clause.end, max(owner.reach[1], u.span.end))]
    before = text[clause.start : u.span.start]
    if _GOAL_AFTER_KO.search(after) or _GOAL_BEFORE_KO.search(before):
        return True
    return bool(_GOAL_EN.search(before) or _GOAL_EN.search(after[:60]))


def _period(text: str, sent: _Sentence, u: _Unit, doc: Document) -> str | None:
    """The year a figure is for: the nearest year before it in its clause, else one right after it."""
    clause = sent.clause(u.span.start)
    before = text[clause.start : u.span.start]
    years = [y for y in _years(before, doc)]
    if years:
        return years[-1]
    after = text[u.span.end : min(clause.end, u.span.end + 20)]
    years = [y for y in _years(after, doc)]
    return years[0] if years else None


def _years(s: str, doc: Document) -> Iterator[str]:
    hits: list[tuple[int, str]] = []
    for y in _YEAR.finditer(s):
        if y.group(1) or y.group(3) or y.group(4):
            hits.append((y.start(), y.group(1) or y.group(3) or y.group(4)))
        elif y.group(2):
            hits.append((y.start(), "20" + y.group(2)))
    if doc.date is not None:
        for r in _RELATIVE_YEAR.finditer(s):
            word = r.group().split()[0].lower() if " " in r.group() else r.group()
            hits.append((r.start(), str(doc.date.year + _RELATIVE_OFFSET.get(word, 0))))
    for _, year in sorted(hits):
        yield year


def _is_disputed(text: str, sent: _Sentence, u: _Unit, sentences: list[_Sentence], si: int) -> bool:
    """A reported figure the article disputes: "…3000억개라는 보도가 나왔지만 사실이 아니다" (same or next sentence)."""
    after = text[u.span.end : sent.span.end]
    reported = _REPORTED.search(after[:40]) or _REPORTED.search(text[sent.span.start : u.span.start])
    if not reported:
        return False
    if _DISPUTE.search(after):
        return True
    if si + 1 < len(sentences):
        nxt = sentences[si + 1].text
        return bool(_DISPUTE.search(nxt[:80]))
    return False
