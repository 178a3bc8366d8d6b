"""The words of a sentence with what they do in it: the structure binding reads.

Korean writes its case on the word: a noun phrase ends in a particle that says whether it is the
topic (은/는), the subject (이/가), the object (을/를), a possessor (의), what something is compared
with (보다), a place or a means (에, 에서, 으로). A *word* here is an eojeol (the text between
spaces) split into its stem and that particle, with the particle's role; a word that ends like a
verb or an adjective is a predicate. English words carry no case: their role comes from the words
around them (``of``, ``'s``, ``than``, a verb after a noun phrase), which the binder reads.

Particles come from the package's one table (``factlint/korean.py``). Where Korean has two forms
of a particle, one after a final consonant and one after a vowel (은/는, 이/가, 을/를, 과/와,
으로/로), the form must agree with the stem's last syllable: so 아이 is a noun, not 아 + 이, and
소나무 is not 소나 + 무. A stem that ends in a Latin letter or a digit takes either form
("GPT-3는", "GPT-3이").

Why not a morphological analyser: Kiwi (kiwipiepy), measured on the same sentences, splits
declared names ("엑사원" → 엑 + 사원) and costs 4.5 ms for a 500-character article plus 0.9 s to
load its model, against a budget of 1.5 ms for all of binding (benchmarks/README.md, "Binding").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from .. import korean

Role = Literal["topic", "subject", "object", "possessive", "comparison", "place", "conjunct", "copula", "quote", ""]

_ROLE: dict[str, Role] = {
    "은": "topic", "는": "topic", "도": "topic", "이란": "topic", "란": "topic",
    "이": "subject", "가": "subject", "께서": "subject",
    "을": "object", "를": "object",
    "의": "possessive", "와의": "possessive", "과의": "possessive",
    "보다": "comparison", "대비": "comparison", "처럼": "comparison", "만큼": "comparison",
    "와": "conjunct", "과": "conjunct", "랑": "conjunct", "이며": "conjunct", "이고": "conjunct", "이나": "conjunct",
    "에": "place", "에서": "place", "에게": "place", "으로": "place", "로": "place", "까지": "place", "부터": "place",
    "에서는": "place", "으로는": "place", "로는": "place", "에는": "place", "에도": "place", "으로도": "place",
    "로도": "place", "에서도": "place", "에게서": "place", "께": "place", "한테": "place", "로서": "place",
    "로써": "place",
    "이다": "copula", "다": "copula", "였다": "copula", "이었다": "copula", "이죠": "copula",
    # "계열이라도", "모델이라도" (even if it is): a concession, no topic; 도 alone is the particle "also"
    "이라도": "", "라도": "",
    "이라는": "quote", "라는": "quote", "이라고": "quote", "라고": "quote", "이라며": "quote", "이라면": "quote",
}
# A particle written one way after a final consonant and another after a vowel: the first form needs
# a final consonant (받침) on the stem, the second none; 로 also follows ㄹ ("서울로").
_AFTER_CONSONANT = frozenset({"은", "이", "을", "과", "으로", "이나", "이란", "이라도", "이라는", "이라고", "이라며", "이라면",
                              "이다", "이었다", "이며", "이고", "과의", "으로는", "으로도"})
_AFTER_VOWEL = frozenset({"는", "가", "를", "와", "로", "란", "라도", "라는", "라고", "다", "였다", "와의", "로는", "로도"})
# "나" (or) is left on the word: far more nouns end in 나 (코로나, 하나, 바나나) than take it as a particle.
_FORMS = tuple(sorted((set(korean.AFTER_NAME) | set(korean.ON_NOUN) | set(_ROLE)) - {"나"}, key=lambda s: (-len(s), s)))

# Verb and adjective endings (a predicate), beyond the particle table's: past, present, connective
# and adnominal forms of the verbs articles use with figures.
_PREDICATE = re.compile(
    r"(?:했|됐|였|었|았|겠|졌|렸|혔|켰|쳤|웠|왔|갔|났|냈|섰|셨)(?:다|고|으며|지만|는데|던|을|음)$"
    r"|(?:한|된|인|는|운|진|친|른|낸|난|온|간|준|본|인|킨|린|든)다$"
    r"|(?:있|없|같|많|적|크|높|낮|늘|줄)(?:다|고|으며|지만|는|은|을|어|어서|던)$"
    r"|(?:하|되|이|시키|지|오|가|주|보|내)(?:며|고|면서|지만|는데|여|어|기|게|도록|려고|자)$"
    r"|(?:하는|되는|하던|되던|했던|됐던|하여|해서|돼서|되어|으며|면서|지만|는데|으나|니다|습니다|ㅂ니다)$"
    r"|(?:할|될|한|된|던|질|날)$"
    r"|(?:르|하|되|보|나|으|했|됐|였|었|았)면$"  # "자료에 따르면", "에 의하면", "늘어나면": a condition, not a noun
)
_HANGUL = re.compile(r"[가-힣]")
# Verb forms built on 하다/되다 and tense or mood endings, recognised before any particle is split off.
_VERBAL = re.compile(
    r"(?:하|되|했|됐|하였|되었|시키|시켰)(?:는|던|은|을|ㄴ|다|고|며|면|지|여|어|게|기|도록|겠\w*|며서|면서|였\w*)$"
    r"|겠(?:다|고|으며|지만|는)$|^(?:해|돼|되어|하여|해서)(?:도|서|야|도록)?$|(?:해|돼)(?:도|서|야)$"
    # a past verb with 지만 ("전망했지만", "높았지만"), which would otherwise split as a noun + 만
    r"|(?:했|됐|였|었|았|졌|렸|혔|웠|왔|났|냈|봤)지만$"
)
# A word ends at an ellipsis: a headline's "152만 3천 명…전년 동월 대비" is two statements, 명 and 전년 two words
_TOKEN = re.compile(r"[^\s()…]+…*|[()]")
_EDGE = "'‘’\"“”「」『』《》〈〉[]{}<>,.;:!?·…*_~`|"  # stripped from both ends of a word before analysis
# A title or name in quotes written in several words ("'바다의 문'은", "《바다의 문》"): one word, so that
# its 의 is no possessive and its last word no noun of its own. Only a short noun phrase: no digit, no
# verb, no punctuation inside ("'가장 더웠던 여름'" and a quoted sentence stay words); Korean (English
# is read from the text, not from these words).
_QUOTE_PAIRS = {"'": "'", "‘": "’", "\"": "\"", "“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉", "<": ">"}
_QUOTED_NAME = re.compile(r"(['‘\"“「『《〈<])([가-힣A-Za-z][가-힣A-Za-z\-]*(?: [가-힣A-Za-z\-]+| [0-9][0-9.]*[A-Za-z]?){1,3})(['’\"”」』》〉>])[가-힣]{0,3}(?=[\s,.()]|$)")
_QUOTED_MAX = 4  # words


class Word(NamedTuple):
    """One word of a sentence: absolute offsets of the word without surrounding punctuation.

    A named tuple, not a frozen dataclass: binding makes one per word of every sentence holding a
    figure (about 125 per article), and a tuple is built four times faster."""

    start: int
    end: int
    text: str
    stem: str  # the word less its particle
    particle: str
    role: Role
    predicate: bool
    hangul: bool  # a Korean word (its last letter is Hangul)
    opens: str  # the punctuation right before it ("'", "“"), "" if none
    closes: str  # the punctuation right after it
    inside: bool = False  # inside a parenthesis

    @property
    def stem_end(self) -> int:
        # not end - len(particle): a particle after a parenthesis ("고퍼(2800억개)의") belongs to the
        # word before it, whose span ends before the parenthesis
        return self.start + len(self.stem)


def _final_consonant(syllable: str) -> bool:
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 != 0


def _final_l(syllable: str) -> bool:
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 == 8


def _agrees(stem: str, particle: str) -> bool:
    last = stem[-1]
    if not ("가" <= last <= "힣"):
        return True  # "GPT-3는", "GPT-3이", "175B의": either form after Latin letters and digits
    if particle in _AFTER_CONSONANT:
        return _final_consonant(last)
    if particle in _AFTER_VOWEL:
        return not _final_consonant(last) or (particle in ("로", "로는", "로도") and _final_l(last))
    return True


# The forms by their last syllable, longest first: a word is tried only against the forms it can end with.
_FORMS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _form in _FORMS:
    _FORMS_BY_LAST[_form[-1]] = _FORMS_BY_LAST.get(_form[-1], ()) + (_form,)


@lru_cache(maxsize=1 << 16)
def split_particle(word: str) -> tuple[str, str]:
    """A Korean word's stem and particle ("하이퍼클로바는" → 하이퍼클로바, 는); "" when there is none."""
    if not word or not ("가" <= word[-1] <= "힣"):
        return word, ""
    if word.endswith(korean.DIMENSION_NOUNS):
        return word, ""  # "길이 1.2㎞의": the noun 길이, not 길 + 이 ("길이가", "높이는" split as any noun)
    for form in _FORMS_BY_LAST.get(word[-1], ()):
        if len(word) > len(form) and word.endswith(form):
            stem = word[: -len(form)]
            if form in ("다", "이다") and len(stem) < 2 and "가" <= stem[-1] <= "힣":
                continue  # 크다, 이다: an adjective or the copula alone, not a noun + 다
            if _agrees(stem, form):
                return stem, form
    return word, ""


def is_predicate(word: str) -> bool:
    """A verb or adjective form. A word ending in 는 that is not a noun + 는 (the particle agrees
    with a vowel only) is a verb's adnominal form: 넘는, 갖는, 뛰어넘는."""
    if not _HANGUL.search(word[-1:]):
        return False
    return word.endswith(korean.PREDICATE_ENDINGS) or bool(_PREDICATE.search(word)) or (
        len(word) > 1 and word.endswith("는") and _final_consonant(word[-2]))



# an aside in brackets: "Byeolnuri Observatory (별누리천문대)", "Mount Daebong [대봉산]"
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def korean_sentence(text: str) -> bool:
    """Whether a sentence is written in Korean: Hangul outside its brackets. An English sentence that glosses a name
    in Hangul ("Byeolnuri Observatory (별누리천문대) drew 68,214 visitors") is English, and its figures are read by the
    English rules."""
    if _HANGUL.search(text) is None:
        return False
    return _HANGUL.search(_BRACKETED.sub("", text)) is not None if "(" in text or "[" in text else True


def words(text: str, base: int, names: frozenset[str] = frozenset()) -> list[Word]:
    """The words of a sentence (``text`` starting at absolute offset ``base``).

    A parenthesis glued to a word is an aside: "고퍼(2800억개)의" is the word 고퍼 with the particle
    의, and the aside's words stand on their own (``inside`` of a parenthesis). ``names``: the words
    the document shows to be names ending in a particle's syllable (:func:`particle_final_names`),
    read whole ("담라도 8월": 담라도, not 담라 + 도).
    """
    out = _relatives(_words(text, base))
    if names:
        out = [_whole(w) if w.particle in _NAME_FINAL and w.stem + w.particle in names
               else _noun_word(w) if w.predicate and w.text in names else w for w in out]
    return out


def _relatives(ws: list[Word]) -> list[Word]:
    """A relative clause's verb that reads as a noun and the topic particle: "공원을 찾은 탐방객은", "축제장을
    찾은 인원이" (찾 + 은). A word right after an object, glued to no punctuation, and before a noun of its own
    is that object's verb in its adnominal form: no topic may follow an object in its clause ("공원을 X은" is
    not Korean), so 찾은 modifies the noun after it."""
    for k in range(1, len(ws) - 1):
        w, before, after = ws[k], ws[k - 1], ws[k + 1]
        if w.role == "topic" and w.particle in ("은", "는") and before.role == "object" and not before.closes \
                and not w.opens and not w.closes and not w.inside and len(w.stem) <= 2 and after.hangul \
                and not after.predicate and not after.opens and _HANGUL.match(after.text[0]) is not None:
            ws[k] = w._replace(stem=w.text, particle="", role="", predicate=True)
    return ws


def _noun_word(w: Word) -> Word:
    return w._replace(stem=w.text, particle="", role="", predicate=False)


def _whole(w: Word) -> Word:
    return w._replace(stem=w.stem + w.particle, particle="", role="")


def _words(text: str, base: int) -> list[Word]:
    out: list[Word] = []
    owners: list[int | None] = []  # for each open parenthesis: the index of the word it is glued to
    after_close: int | None = None  # a closing parenthesis just seen: the word its aside belongs to
    close_end = -1
    skip_to = -1
    for m in _TOKEN.finditer(text):
        if m.start() < skip_to:
            continue  # a word of a quoted name, read with its first
        tok = m.group()
        quoted = _QUOTED_NAME.match(text, m.start()) if tok[0] in _QUOTE_PAIRS and " " not in tok else None
        if quoted is not None and _QUOTE_PAIRS[quoted.group(1)] == quoted.group(3) and _names(quoted.group(2)):
            skip_to = quoted.end()
            shape = _shape(quoted.group())
            if shape is not None:
                lead, size, core, stem, particle, role, predicate, hangul, opens, closes = shape
                start = base + m.start() + lead
                out.append(Word(start, start + size, core, stem, particle, role, predicate, hangul, opens, closes, bool(owners)))
            after_close = None
            continue
        if tok == "(":
            gap = text[out[-1].end - base : m.start()] if out else " "
            glued = bool(out) and not gap.strip(_EDGE) and not any(c.isspace() for c in gap)
            owners.append(len(out) - 1 if glued else None)
            continue
        if tok == ")":
            after_close = owners.pop() if owners else None
            close_end = m.end()
            continue
        if after_close is not None and m.start() == close_end:
            particle = tok.rstrip(_EDGE)
            owner = out[after_close]
            if owner.hangul or "가" <= particle[:1] <= "힣":
                stem, found = split_particle(owner.stem + particle)
                if found == particle and stem == owner.stem:
                    out[after_close] = Word(owner.start, owner.end, owner.text, owner.stem, found,
                                            _ROLE.get(found, ""), False, owner.hangul, owner.opens,
                                            owner.closes.strip(" ") + ")")  # "'소금길'(2019)은": still quoted
                    after_close = None
                    continue
        after_close = None
        shape = _shape(tok)
        if shape is not None:
            start = base + m.start() + shape[0]
            # the tuple built directly: Word(...) goes through the named tuple's own __new__, a Python
            # call per word (a quarter of this loop's time)
            out.append(_tuple_new(Word, (start, start + shape[1], *shape[2:], bool(owners))))
    return out


_tuple_new = tuple.__new__


# The particles of one syllable that also end names: 도 (담라도, a province), 이/가/의/와/과/로 (a company
# 미래와, a road 다온로). A second particle may follow 와/과/로 ("미래와는": with + topic, "서울로의"), no
# other: after these, 은/는/이/가/을/를/의 can only be a case particle on a noun that ends in the syllable.
_NAME_FINAL = frozenset({"도", "이", "가", "의", "와", "과", "로"})
_CASE = "은는이가을를의"
_STACKED = frozenset({"와", "과", "로"})
_STACKING = frozenset("은는의")
# Matched at a word's end, its start found backwards: a pattern that opens at a word's start is tried
# at every syllable of every word (twice the time on an article).
_WITH_CASE = re.compile(f"[가-힣][{''.join(sorted(_NAME_FINAL))}][{_CASE}](?![가-힣])")
_BARE_DO = re.compile(r"[가-힣][가-힣]도(?![가-힣])")
# A province's institutions, written on its name in one word: its office (도청), governor (도지사),
# council (도의회), residents (도민). A city's head beside it is no evidence: "서울시는 …, 서울도 올랐다".
_OFFICES = "청|지사|의회|민"


@lru_cache(maxsize=8)
def particle_final_names(text: str) -> frozenset[str]:
    """The words a document shows to be names (or nouns) ending in a particle's syllable, so that the
    word standing bare is the name, not a stem and a particle ("담라도 8월 관광객": 담라도). Per document
    and apart from :func:`split_particle`, whose cache knows no document. The evidence, from the
    document's own words:

    * the word with a case particle after it: "담라도는", "담라도를", "미래와가" (not "미래와는": 와는
      is "with" and the topic, two particles);
    * for a word ending in 도, the administrative head of a province: the document writes the
      province's institutions on it ("담라도청 「2024 담라도 통계연보」") and never the stem alone
      ("서울의 … 서울도 올랐다": 서울 is a name of its own, and 서울도 is Seoul too). A city of the
      same stem is no evidence ("서울시는 …, 서울도 인구가 줄었다").
    """
    out: set[str] = set()
    for m in _WITH_CASE.finditer(text):
        start = _word_start(text, m.start())
        word, case = text[start : m.end() - 1], text[m.end() - 1]
        stem, particle = split_particle(word)
        if not particle or particle in _STACKED and case in _STACKING:
            continue
        if _analyse(word + case)[:2] == (word, case):  # the word's own reading, not a verb ("늘어나는")
            out.add(word)
    offices = _office_words(text)
    candidates: set[str] = set()
    for m in _BARE_DO.finditer(text):
        start = _word_start(text, m.start())
        word = text[start : m.end()]
        if word in out or word in candidates or word not in offices or split_particle(word) != (word[:-1], "도"):
            continue  # (the office first: most words ending in 도 are "also", with no office of a province)
        candidates.add(word)
    alone = _alone_stems(text, {w[:-1] for w in candidates})
    out.update(w for w in candidates if w[:-1] not in alone)
    out.update(_verb_final_names(text))
    return frozenset(out)


# The head a place's name takes in one word (서하시, 서하호, 서하군, 한강, 설악산, 인천항); 시 before 은/는 is
# also a verb's honorific ("발표하시는"), so a city's head counts there only before another particle (면 and
# 리, township and village, are left out: "증가하면", "하리라" are verbs).
_PLACE_HEADS = "시군구읍동호강천산섬항"
_HEADED_NAME = re.compile(f"([가-힣]+[하되])(?:[{_PLACE_HEADS}](?:[이가을를의에와과도로]|에서|$)|[{_PLACE_HEADS.replace('시', '')}][은는]$)")


def _verb_final_names(text: str) -> set[str]:
    """The names of places ending in 하 or 되, which read as a verb's stem ("서하 지역": 서하 is no verb),
    when the document writes a place on them in one word: "서하시의", "서하호는" (not "서하시는", which may be
    an honorific verb). A bare word that is such
    a name is read as a noun (:func:`words`); a verb's stem never stands bare ("증가하", "발표하")."""
    out: set[str] = set()
    seen: set[int] = set()
    # Only a run holding 하/되 before a place's head can match: found in C, then the run around it is read
    # (where every run of the document was matched in Python, one in a few hundred a candidate).
    for m in _VERB_THEN_HEAD.finditer(text):
        start, end = _word_start(text, m.start()), m.end()
        if start in seen:
            continue
        seen.add(start)
        while end < len(text) and "가" <= text[end] <= "힣":
            end += 1
        found = _HEADED_NAME.fullmatch(text, start, end)
        if found is not None and len(found.group(1)) >= 2:
            out.add(found.group(1))
    return out


_VERB_THEN_HEAD = re.compile(f"[하되][{_PLACE_HEADS}]")
_HANGUL_RUN = re.compile("[가-힣]+")


def _office_words(text: str) -> set[str]:
    """The words ending in 도 that the text writes a province's institutions on (:data:`_OFFICES`), at
    the start of a word: "담라도청", "담라도지사", "담라도민" give 담라도. One pass over the text, for
     every stem at once, not a search of the whole text per stem."""
    out: set[str] = set()
    for m in _OFFICE_AT.finditer(text):  # found in C: a 도 with an office after it (rare)
        at = m.start()
        start = _word_start(text, at)
        if start < at:  # not the run's first syllable
            out.add(text[start : at + 1])
    return out


_OFFICE_AT = re.compile(f"도(?={_OFFICES})")


def _alone_stems(text: str, stems: set[str]) -> set[str]:
    """Those of ``stems`` the text writes as a word of their own: bare, or with a particle other than 도
    ("서울의", "서울"; not "서울도"). One pass over the text's distinct words, not one per stem."""
    if not stems:
        return set()
    longest = max(map(len, stems))
    out: set[str] = set()
    for run in {m.group() for m in _HANGUL_RUN.finditer(text)}:
        for size in range(1, min(len(run), longest) + 1):
            stem = run[:size]
            if stem in stems and stem not in out:
                rest = run[size:]
                if not rest or rest != "도" and _analyse(stem + rest)[0] == stem:
                    out.add(stem)
    return out


def _word_start(text: str, at: int) -> int:
    while at > 0 and "가" <= text[at - 1] <= "힣":
        at -= 1
    return at


def _names(phrase: str) -> bool:
    """Whether a quoted phrase of several words can be a name: nouns (one may be a possessive, "바다의
    문"), no verb or adjective among them."""
    return _HANGUL.search(phrase) is not None and not any(_analyse(w)[2] for w in phrase.split()[:_QUOTED_MAX]) \
        or _VERSIONED.fullmatch(phrase) is not None


# A product's name and its version or size, in Latin letters: "'e-City 12'는", "'Nova X 2'의" (a quoted phrase of
# English words, "'the best'", is no name here)
_VERSIONED = re.compile(r"[A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*)? [0-9][0-9.]*[A-Za-z]?")


# One-syllable stems of the adjectives and verbs that describe figures ("100배 많은 175억 개", "높은
# 비율"): with 은/는/을 they are adnominal forms, never a noun and its topic particle.
_ADJECTIVE_STEMS = frozenset({"많", "적", "작", "크", "높", "낮", "같", "있", "없", "길", "짧", "넓", "좁", "깊", "얕",
                              "늦", "좋", "늘", "줄", "넘"})


@lru_cache(maxsize=1 << 16)
def _shape(raw: str) -> tuple[int, int, str, str, str, Role, bool, bool, str, str] | None:
    """Everything of a word but where it stands: the same token is read once per process (binding
    reads some 100 tokens an article, most of them seen before), then placed by two additions."""
    lead = len(raw) - len(raw.lstrip(_EDGE))
    core = raw.strip(_EDGE)
    if not core:
        return None
    stem, particle, predicate, hangul = _analyse(core)
    return lead, len(core), core, stem, particle, _ROLE.get(particle, ""), predicate, hangul, raw[:lead], raw[lead + len(core) :]


# Adverbs that end in a particle's syllable but are one word, not a noun and 로/이 ("새로 열었다": newly, not
# "to 새"; "서로", "스스로", "홀로"): read whole, neither a particle nor a predicate.
_ADVERBS = frozenset({"새로", "따로", "주로", "바로", "서로", "별로", "홀로", "날로", "절로", "스스로", "때로", "새로이",
                      "더욱이", "같이", "굳이", "일찍이", "곧바로", "비로소"})
# The finals a noun's last syllable (almost) never has but a verb or adjective stem often does: ㄲ ㄷ ㅆ ㅈ ㅊ ㅋ ㅌ
# ㅍ ㅎ and the double finals (뚫, 앉, 않, 읽, 닮, 넓, 잃); before a connective or nominal ending they make the word a
# verb form ("관정 15곳을 뚫고", "쌓지", "맡게"). Not ㅄ (값, a noun) and not the particles 은/을/이, which nouns
# with these finals do take ("숲은", "앞을", "값이").
_VERB_FINALS = frozenset((2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 20, 22, 23, 24, 25, 26, 27))
_CONNECTIVES = ("고", "게", "지", "며", "면", "던", "자", "도록", "어서", "아서", "으며", "으면", "지만")
# A compound verb (V-어/아 + 서다, 지다, 주다, 오다, 가다, 내다, 두다) in its adnominal ㄴ: "앞바다에 들어선 단지",
# "올라선", "이어진", "내어준", "다녀간" (다니어 + 간). Three syllables at least (여진, aftershock, is a noun of two), and not a word
# that opens like a person's name ("김어진"), whose syllables can be the same. 어선 is also the noun "fishing
# boat" (원양어선, 연안어선, 중국어선): a verb only after the stems of 서다's compounds, ending in ㄹ or ㅁ (들어선,
# 늘어선, 일어선, 넘어선).
_COMPOUND_ADNOMINAL = re.compile(r"[가-힣]+(?:어|아|러|라|려|녀|워|와|쳐|져|켜|혀)(?:선|진|준|온|간|낸|둔)$")
_ADNOMINAL_LAST = frozenset("선진준온간낸둔")  # the last syllable of every word the pattern matches whole


def _verb_form(core: str) -> bool:
    """Whether a Hangul word is a verb form by its ending alone (:data:`_VERB_FINALS`, :data:`_COMPOUND_ADNOMINAL`)."""
    # (one test in C first: most words end in none of them, and this is asked of every new word)
    for ending in _CONNECTIVES if core.endswith(_CONNECTIVES) else ():
        if len(core) > len(ending) and core.endswith(ending):
            last = core[-len(ending) - 1]
            if "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 in _VERB_FINALS:
                return True
    if len(core) < 3 or core[-1] not in _ADNOMINAL_LAST or _COMPOUND_ADNOMINAL.fullmatch(core) is None \
            or len(core) == 3 and core[0] in SURNAMES:
        return False
    return not core.endswith("어선") or (ord(core[-3]) - 0xAC00) % 28 in (8, 16)


# The surnames a three-syllable word opening a person's name starts with ("김어진", "이아선"): such a word is read
# as a name before a verb form.
# (binding reads persons' names with the same list)
SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁")


@lru_cache(maxsize=1 << 16)
def _analyse(core: str) -> tuple[str, str, bool, bool]:
    """A word's stem, particle, whether it is a predicate, whether it is Hangul (the same word is
    analysed once per process: news repeats its words)."""
    if not core:  # a "word" of punctuation only, stripped ("…" opening a lead): no stem, nothing to read
        return "", "", False, False
    hangul = "가" <= core[-1] <= "힣"
    if core in _ADVERBS:
        return core, "", False, True
    if hangul and (_VERBAL.search(core) or _verb_form(core)):
        return core, "", True, True  # "거주하는", "이용하겠다", "발견된": a verb form, though it may end like a particle
    stem, particle = split_particle(core) if hangul else (core, "")
    predicate = hangul and not particle and is_predicate(core)
    if hangul and particle and len(stem) > 1 and stem.endswith(("하", "되", "보이", "시키", "드리")):
        predicate, particle, stem = True, "", core  # "사용하는" split as 사용하 + 는 is still a verb
    if hangul and particle in ("은", "는", "을") and stem in _ADJECTIVE_STEMS:
        predicate, particle, stem = True, "", core  # "많은", "높은", "있는": an adjective's adnominal form
    return stem, particle, predicate, hangul
