"""`term` check: one name, one spelling — declared terms, their wrong forms and likely typos.

What it does
    Finds spellings of names and terms that differ from the accepted ones:

    * **declared wrong forms** (a substitution, as in Vale and prh): ``엑사온`` → ``엑사원``;
    * **case and spacing variants** of a declared name: ``HyperClova``, ``Hyper-CLOVA``,
      ``하이퍼 클로바`` for ``HyperCLOVA`` / ``하이퍼클로바``;
    * **one-edit variants** of a declared name: one jamo for Hangul (``하이퍼틀로바`` is
      ``하이퍼클로바`` with ㅋ→ㅌ), one letter for Latin names (``Megatron-Turing NLP`` for
      ``Megatron-Turing NLG``);
    * **discovered variants** that no rule declares: a Korean word written two ways one jamo apart
      in the same phrase of the same article (``‘초거대 AI 초격차’`` in the title,
      ``‘초거대 AI 초격자 전략’`` later), and a camel-case Latin name written in another case
      (``HyperClova``) when the other spelling is used at least three times as often.

    Declared terms are the rule's ``terms`` plus every entity of the rule set (an entity's name and
    aliases are its accepted spellings). Each finding names the variant, the preferred spelling and
    where that spelling is used. Particles attached to a Korean name are part of no spelling:
    ``하이퍼클로바는/를/의/가`` are all ``하이퍼클로바``.

Why is this bad?
    A reader notices a misspelt model name, and a search for ``하이퍼클로바`` misses the article
    that wrote ``하이퍼틀로바``. Korean typos are one jamo apart, which spell checkers built for
    letters do not measure.

Precision first
    Not reported: another declared name (``GPT-3``/``GPT-4``, ``HyperCLOVA``/``HyperCLOVA X``);
    versions (a difference in digits is never a typo; ``GPT-3.5`` is not ``GPT-3``); letters added
    at the end of a Latin name (a successor or a plural: ``HyperCLOVAX``, ``Gophers``); Hangul
    words of fewer than ``min_syllables`` syllables (``가격``/``가결``); words of another length
    (``초대규모``/``초거대``); a discovered pair that differs in its first syllable, that never shares
    a neighbouring word in one article, or whose last syllables are two common suffixes
    (``개발자``/``개발사``, ``관계자``/``관계사``); names inside URLs and e-mail addresses
    (``www.kt.com``); case-only differences of names shorter than four characters. Anything else
    goes in ``allow``.

Fixes
    ``factlint lint --fix`` rewrites declared wrong forms and case/spacing variants of a declared
    name when exactly one accepted spelling folds to the same letters. One-edit and discovered
    variants are only reported: a human decides whether ``초격자`` (superlattice) was meant.

Example
    ``rules/terms.yaml``::

        rules:
          - id: term-spelling
            kind: term
            description: Names and terms spelt one way
            options:
              terms:
                - preferred: 엑사원
                  aliases: [EXAONE]
                  wrong: [엑사온]
              allow: [초대규모, 초거대]

    ``LG는 엑사온을 공개했다`` → ``'엑사온' is a known misspelling of '엑사원' (EXAONE)``.

Options
    ``terms`` (list of ``{preferred, aliases, wrong}``): declared terms; ``entities`` (bool, true):
    also use the rule set's entities; ``allow`` (list): spellings never reported; ``discover``
    (bool, true): report undeclared variants found in the corpus; ``max_jamo_edits`` (0–2, 1) and
    ``max_letter_edits`` (0–2, 1): how far a variant of a declared name may be; ``min_syllables``
    (≥2, 3) and ``min_letters`` (≥3, 5): shortest Hangul / Latin names one-edit variants are looked
    for; ``max_related`` (≥0, 3): how many places of the preferred spelling a finding lists.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from ..config.rules import Rule
from ..context import Context
from ..model import Block, Document, Edit, Finding, FrozenDict, Location, Span

KIND = "term"

_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "terms": {
            "type": "array",
            "description": "Declared terms: the preferred spelling, accepted aliases and known wrong forms.",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["preferred"],
                "properties": {
                    "preferred": {"type": "string", "minLength": 1, "description": "The spelling fixes write."},
                    "aliases": {**_WORDS, "description": "Other accepted spellings (another script, a short form)."},
                    "wrong": {**_WORDS, "description": "Known wrong forms, rewritten to `preferred` by --fix."},
                    "note": {"type": "string"},
                },
            },
        },
        "entities": {"type": "boolean", "default": True, "description": "Also treat the rule set's entities as declared terms."},
        "allow": {**_WORDS, "description": "Spellings never reported (real words that look like variants)."},
        "discover": {"type": "boolean", "default": True, "description": "Report undeclared variants found in the corpus."},
        "max_jamo_edits": {"type": "integer", "minimum": 0, "maximum": 2, "default": 1},
        "max_letter_edits": {"type": "integer", "minimum": 0, "maximum": 2, "default": 1},
        "min_syllables": {"type": "integer", "minimum": 2, "default": 3},
        "min_letters": {"type": "integer", "minimum": 3, "default": 5},
        "max_related": {"type": "integer", "minimum": 0, "default": 3},
    },
}
DEFAULTS: dict[str, Any] = {
    "terms": [],
    "entities": True,
    "allow": [],
    "discover": True,
    "max_jamo_edits": 1,
    "max_letter_edits": 1,
    "min_syllables": 3,
    "min_letters": 5,
    "max_related": 3,
}

# ---------------------------------------------------------------------------------------------
# Hangul: arithmetic decomposition (Unicode §3.12: S = 0xAC00 + (L*21 + V)*28 + T).

_S_BASE, _S_END = 0xAC00, 0xD7A3
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
_COMPONENT = ("initial", "vowel", "final")


_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")


def is_hangul(text: str) -> bool:
    """Only precomposed Hangul syllables (가–힣)."""
    return _HANGUL_WORD.fullmatch(text) is not None


def jamo(syllable: str) -> tuple[int, int, int]:
    """(initial, medial, final) indices of one precomposed syllable; final 0 is none."""
    code = ord(syllable) - _S_BASE
    return code // 588, (code % 588) // 28, code % 28


def _jamo_letter(component: int, index: int) -> str:
    return (_INITIALS, _MEDIALS, _FINALS)[component][index] or "∅"


def jamo_diff(a: str, b: str) -> list[tuple[int, int, str, str]]:
    """Component-wise differences of two Hangul words of equal length: (syllable, component, from, to).

    Syllables are aligned, so one difference is one key on a Korean keyboard: a changed initial,
    vowel or final, or a final added or dropped (하이퍼클로바 → 하이퍼틀로바 is ㅋ→ㅌ in syllable 4).
    """
    out = []
    for i, (x, y) in enumerate(zip(a, b)):
        jx, jy = jamo(x), jamo(y)
        for c in range(3):
            if jx[c] != jy[c]:
                out.append((i, c, _jamo_letter(c, jx[c]), _jamo_letter(c, jy[c])))
    return out


JamoKey = tuple[int, int, int, tuple[tuple[int, ...], ...]]


def _jamo_keys(word: str) -> Iterator[JamoKey]:
    """One key per (syllable, component) with that component masked: words one jamo apart share one."""
    parts: tuple[tuple[int, ...], ...] = tuple(jamo(s) for s in word)
    for i, p in enumerate(parts):
        for c in range(3):
            masked = p[:c] + (-1,) + p[c + 1 :]
            yield (len(word), i, c, parts[:i] + (masked,) + parts[i + 1 :])


# Particles (josa) written on the noun: 하이퍼클로바는 is 하이퍼클로바. Longest first.
JOSA: tuple[str, ...] = tuple(
    sorted(
        (
            "은 는 이 가 을 를 의 에 와 과 로 도 만 나 랑 께 야 "
            "에서 에게 으로 까지 부터 처럼 보다 이나 이며 이다 이고 라는 라고 와의 과의 에는 에도 로는 로도 "
            "으로는 으로도 에서는 에서도 이라는 이라고 이라며 이라면 에게서 께서 한테 만큼 마저 조차 "
            "이었다 였다 이죠 이란 란"
        ).split(),
        key=lambda s: (-len(s), s),
    )
)


_JOSA_BY_LAST: Mapping[str, tuple[str, ...]] = {
    last: tuple(j for j in JOSA if j[-1] == last) for last in {j[-1] for j in JOSA}
}


def stems(word: str, shortest: int = 1) -> tuple[str, ...]:
    """The word and the word less each particle it may end with (longest particle first)."""
    return _stems(word, shortest)


@lru_cache(maxsize=1 << 16)
def _stems(word: str, shortest: int) -> tuple[str, ...]:  # pure; cached because words repeat
    out = [word]
    for j in _JOSA_BY_LAST.get(word[-1:], ()):
        if word.endswith(j) and len(word) - len(j) >= shortest:
            out.append(word[: -len(j)])
    return tuple(out)


# Last syllables of two real words rather than one typo: -자 person / -사 company (개발자/개발사),
# -원 member / -권 right, … A discovered pair differing only there is not reported.
COMMON_SUFFIXES = frozenset("자사가원권소기비성화적인장제주처층금료실업품력율률세시식법학")

# ---------------------------------------------------------------------------------------------
# Tokens: maximal runs of Hangul syllables or of ASCII letters/digits, with their spans.

_TOKEN = re.compile(r"[가-힣]+|[A-Za-z0-9]+")
_GAP_JOIN = re.compile(r"[ \-‐‑]{0,2}")  # what may stand between the parts of a name ("Hyper CLOVA", "GPT-3")
_FOLD_DROP = re.compile(r"[\s\-‐‑_·]+")


def fold(text: str) -> str:
    """Case, spacing and hyphens folded: 'Hyper-CLOVA', 'hyper clova' → 'hyperclova'."""
    return _FOLD_DROP.sub("", text).casefold()


def prepare(doc: Document, blocks: Sequence[Block], rule: Rule) -> tuple[tuple[int, int], ...]:
    """Token spans of the document's prose (runs in worker processes; compact and picklable)."""
    out: list[tuple[int, int]] = []
    for block in blocks:
        base = block.span.start
        out.extend((m.start() + base, m.end() + base) for m in _TOKEN.finditer(block.text))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Declared terms.


@dataclass(frozen=True)
class Term:
    preferred: str
    accepted: tuple[str, ...]  # preferred first
    wrong: tuple[str, ...]
    origin: str  # "rules/terms.yaml:12", for messages

    def display(self) -> str:
        return " / ".join(self.accepted)


def terms(ctx: Context, rule: Rule) -> tuple[Term, ...]:
    """The rule's terms merged with the rule set's entities (a term naming an entity extends it)."""
    options = rule.options
    out: list[Term] = []
    by_name: dict[str, int] = {}
    if options["entities"]:
        for e in ctx.ruleset.entities:
            for n in e.names:
                by_name[n.casefold()] = len(out)
            out.append(Term(e.name, e.names, (), f"{e.source.path}:{e.source.line}"))
    for raw in options["terms"]:
        accepted = (raw["preferred"], *(a for a in raw.get("aliases", ()) if a != raw["preferred"]))
        wrong = tuple(raw.get("wrong", ()))
        origin = f"{rule.source.path}:{rule.source.line}"
        hit = next((by_name[a.casefold()] for a in accepted if a.casefold() in by_name), None)
        if hit is None:
            for a in accepted:
                by_name[a.casefold()] = len(out)
            out.append(Term(raw["preferred"], accepted, wrong, origin))
        else:
            old = out[hit]
            merged = (raw["preferred"], *dict.fromkeys(a for a in (*accepted, *old.accepted) if a != raw["preferred"]))
            out[hit] = Term(raw["preferred"], merged, (*old.wrong, *wrong), origin)
            for a in merged:
                by_name[a.casefold()] = hit
    return tuple(out)


def validate(rule: Rule) -> Iterator[str]:
    """A wrong form that is also an accepted spelling would be rewritten back and forth."""
    accepted = {a.casefold(): t["preferred"] for t in rule.options.get("terms", ()) for a in (t["preferred"], *t.get("aliases", ()))}
    for t in rule.options.get("terms", ()):
        for w in t.get("wrong", ()):
            if w.casefold() in accepted:
                yield f"options.terms: '{w}' is a wrong form of '{t['preferred']}' and an accepted spelling of '{accepted[w.casefold()]}'"


@dataclass(frozen=True)
class _Index:
    exact: Mapping[str, Term]
    wrong: Mapping[str, Term]
    folded: Mapping[str, tuple[tuple[Term, str], ...]]
    prefixes: frozenset[str]
    jamo: Mapping[Any, tuple[tuple[Term, str], ...]]
    letters: Mapping[str, tuple[tuple[Term, str], ...]]
    letter_widths: frozenset[int]
    max_tokens: int


def _deletes(word: str) -> Iterator[str]:
    yield word
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


def _index(declared: Sequence[Term], options: Mapping[str, Any]) -> _Index:
    exact: dict[str, Term] = {}
    wrong: dict[str, Term] = {}
    folded: dict[str, list[tuple[Term, str]]] = defaultdict(list)
    jamo_idx: dict[Any, list[tuple[Term, str]]] = defaultdict(list)
    letters: dict[str, list[tuple[Term, str]]] = defaultdict(list)
    widths: set[int] = set()
    max_tokens = 1
    for term in declared:
        for form in term.accepted:
            exact.setdefault(form, term)
            folded[fold(form)].append((term, form))
            n = len(_TOKEN.findall(form))
            max_tokens = max(max_tokens, n)
            if is_hangul(form) and len(form) >= options["min_syllables"] and options["max_jamo_edits"]:
                for key in _jamo_keys(form):
                    jamo_idx[key].append((term, form))
            elif form.isascii() and len(fold(form)) >= options["min_letters"] and options["max_letter_edits"]:
                widths.add(n)
                for d in set(_deletes(fold(form))):
                    letters[d].append((term, form))
        for form in term.wrong:
            wrong.setdefault(form, term)
            max_tokens = max(max_tokens, len(_TOKEN.findall(form)))
    prefixes = {k[:i] for k in (*folded, *(fold(w) for w in wrong)) for i in range(1, len(k) + 1)}
    return _Index(
        exact, wrong, {k: tuple(v) for k, v in folded.items()}, frozenset(prefixes),
        {k: tuple(v) for k, v in jamo_idx.items()}, {k: tuple(v) for k, v in letters.items()},
        frozenset(widths), max_tokens + 1,
    )


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps (KoGTP)."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            best = min(rows[-1][j] + 1, cur[j - 1] + 1, rows[-1][j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                best = min(best, rows[-2][j - 2] + 1)
            cur.append(best)
        rows.append(cur)
    return rows[-1][-1]


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


# ---------------------------------------------------------------------------------------------
# Scanning one document for declared names.


@dataclass(frozen=True)
class Hit:
    """One place a declared term (or a variant of it) is written."""

    path: str
    span: Span
    text: str
    term: Term
    how: str  # "accepted", "wrong", "case-spacing", "jamo", "letters"
    target: str  # the accepted spelling it is closest to
    detail: str = ""


def _boundary_before(text: str, start: int) -> bool:
    """Not inside a URL, e-mail address or dotted identifier (www.kt.com, user@kt.com)."""
    return not (start >= 2 and text[start - 1] in "./@" and text[start - 2].isalnum())


def _boundary_after(text: str, end: int) -> bool:
    """Not followed by '.5' (GPT-3.5) or '.com'."""
    return not (end + 1 < len(text) and text[end] in "./@" and text[end + 1].isascii() and text[end + 1].isalnum())


def _joinable(text: str, a_end: int, b_start: int) -> bool:
    gap = text[a_end:b_start]
    return _GAP_JOIN.fullmatch(gap) is not None


def scan(
    doc: Document, tokens: Sequence[tuple[int, int]], index: _Index, options: Mapping[str, Any],
    memo: dict[str, Any] | None = None,
) -> Iterator[Hit]:
    """Every place a declared term is written, correctly or not, left to right without overlaps.

    ``memo`` (Hangul word → nearest declared spelling) is shared across documents by the caller.
    """
    memo = {} if memo is None else memo
    text = doc.text
    allow = frozenset(options["allow"])
    i = 0
    while i < len(tokens):
        word = text[tokens[i][0] : tokens[i][1]]
        if word[0] >= "\uac00" and not _may_start_name(word, index, options, memo):
            i += 1  # most Hangul words: decided once per corpus, not once per occurrence
            continue
        hit = _exact_hit(doc, tokens, i, index) if _boundary_before(text, tokens[i][0]) else None
        if hit is None:
            hit = _edit_hit(doc, tokens, i, index, options, memo)
        if hit is None or hit[0].text in allow:
            i += 1
            continue
        yield hit[0]
        i = hit[1]


def _may_start_name(word: str, index: _Index, options: Mapping[str, Any], memo: dict[str, Any]) -> bool:
    """Whether a Hangul word can begin a declared name or a variant of one (memoised per word)."""
    key = "\0" + word
    if key not in memo:
        memo[key] = word.casefold() in index.prefixes or any(
            stem in index.exact or stem in index.wrong or fold(stem) in index.folded
            or (len(stem) >= options["min_syllables"] and _near(stem, index, options, memo) is not None)
            for stem in stems(word)
        )
    return bool(memo[key])


def _near(stem: str, index: _Index, options: Mapping[str, Any], memo: dict[str, Any]) -> tuple[str, Term, str] | None:
    if stem not in memo:
        memo[stem] = _jamo_near(stem, index, options["max_jamo_edits"]) if index.jamo else None
    result: tuple[str, Term, str] | None = memo[stem]
    return result


def _forms(text: str, start: int, end: int, last_hangul: bool) -> Iterator[tuple[str, Span]]:
    """The candidate and, when it ends in Hangul, the candidate less a particle."""
    whole = text[start:end]
    if not last_hangul:
        yield whole, Span(start, end)
        return
    for stem in stems(whole):
        yield stem, Span(start, start + len(stem))


def _exact_hit(doc: Document, tokens: Sequence[tuple[int, int]], i: int, index: _Index) -> tuple[Hit, int] | None:
    """Accepted spellings, declared wrong forms and case/spacing variants, longest first."""
    text = doc.text
    found: tuple[Hit, int] | None = None
    key = ""
    for j in range(i, min(len(tokens), i + index.max_tokens)):
        if j > i and not _joinable(text, tokens[j - 1][1], tokens[j][0]):
            break
        key += text[tokens[j][0] : tokens[j][1]].casefold()
        last_hangul = is_hangul(text[tokens[j][0] : tokens[j][1]])
        if key not in index.prefixes and not last_hangul:
            break
        if not _boundary_after(text, tokens[j][1]):
            continue
        for form, span in _forms(text, tokens[i][0], tokens[j][1], last_hangul):
            hit = _classify(doc.path, form, span, index)
            if hit is not None:
                found = (hit, j + 1)
                break
        if key not in index.prefixes:
            break
    return found


def _classify(path: str, form: str, span: Span, index: _Index) -> Hit | None:
    if form in index.exact:
        return Hit(path, span, form, index.exact[form], "accepted", form)
    if form in index.wrong:
        term = index.wrong[form]
        return Hit(path, span, form, term, "wrong", term.preferred)
    candidates = index.folded.get(fold(form), ())
    if not candidates:
        return None
    terms_ = {id(t): t for t, _ in candidates}
    if len(terms_) > 1:
        return None  # two terms fold alike ("MUM" and "Mum"): which one was meant is not ours to guess
    term = candidates[0][0]
    if fold(form) == form.casefold() and not any(c in form for c in " -‐‑") and _common_word(form, candidates):
        return None
    forms = {f for _, f in candidates}
    target = next(f for f in term.accepted if f in forms)  # the first declared spelling with these letters
    return Hit(path, span, form, term, "case-spacing", target)


def _common_word(form: str, candidates: Sequence[tuple[Term, str]]) -> bool:
    """A case-only variant that is likely another word: short (kt, lg) or a lower-case ordinary word
    next to a declared name that is only capitalised (gopher / Gopher, lambda / Lambda)."""
    if len(fold(form)) < 4:
        return True
    return form.islower() and all(_plain_capitalised(f) for _, f in candidates)


def _plain_capitalised(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper() and all(c.islower() for c in letters[1:]) and not any(c.isdigit() for c in word)


def _name_like(phrase: str) -> bool:
    """Written like a name: a digit, a capital inside a word (KoGTP, NLP), or several capitalised words
    (Kakao Brian). One capitalised word (Lambda) is an English word more often than a misspelt name."""
    words = [w for w in re.split(r"[\s\-]+", phrase) if w]
    if any(c.isdigit() for c in phrase) or any(any(c.isupper() for c in w[1:]) for w in words):
        return True
    return len(words) > 1 and all(w[0].isupper() for w in words)


def _version_or_plural(phrase: str, form: str) -> bool:
    """The last letters differ because one ends in a one-letter version word (X, S) or a plural s."""
    last_words = (_TOKEN.findall(phrase) or [""])[-1], (_TOKEN.findall(form) or [""])[-1]
    return any(len(w) == 1 for w in last_words) or phrase.endswith("s") != form.endswith("s")


def _edit_hit(
    doc: Document, tokens: Sequence[tuple[int, int]], i: int, index: _Index, options: Mapping[str, Any],
    memo: dict[str, Any],
) -> tuple[Hit, int] | None:
    text = doc.text
    start, end = tokens[i]
    word = text[start:end]
    if index.jamo and is_hangul(word) and (i == 0 or not _glued_hangul(text, tokens[i - 1][1], start)):
        for stem in stems(word):
            if len(stem) < options["min_syllables"] or stem in index.exact:
                continue
            near = _near(stem, index, options, memo)
            if near is not None:
                form, term, detail = near
                return Hit(doc.path, Span(start, start + len(stem)), stem, term, "jamo", form, detail), i + 1
        return None
    if not index.letters or not word.isascii() or not _boundary_before(text, start):
        return None
    for width in sorted(index.letter_widths):
        j = i + width - 1
        if j >= len(tokens) or any(not _joinable(text, tokens[k - 1][1], tokens[k][0]) for k in range(i + 1, j + 1)):
            continue
        phrase = text[start : tokens[j][1]]
        if not phrase.isascii() or not _name_like(phrase) or not _boundary_after(text, tokens[j][1]):
            continue
        hit = _letter_hit(doc.path, phrase, Span(start, tokens[j][1]), index, options["max_letter_edits"])
        if hit is not None:
            return hit, j + 1
    return None


def _glued_hangul(text: str, prev_end: int, start: int) -> bool:
    return prev_end == start


def _jamo_near(stem: str, index: _Index, max_edits: int) -> tuple[str, Term, str] | None:
    """The declared Hangul spelling one jamo from ``stem`` (form, term, description), if any."""
    seen: dict[str, Term] = {}
    for key in _jamo_keys(stem):
        for term, form in index.jamo.get(key, ()):
            seen.setdefault(form, term)
    for form, term in seen.items():
        diff = jamo_diff(stem, form)
        if 0 < len(diff) <= max_edits:
            return form, term, _describe_jamo(diff)
    return None


def _describe_jamo(diff: Sequence[tuple[int, int, str, str]]) -> str:
    """'ㅌ for ㅋ in syllable 4': what the variant has where the preferred spelling has something else."""
    return ", ".join(f"{frm} for {to} in syllable {i + 1}" for i, _c, frm, to in diff)


def _letter_hit(path: str, phrase: str, span: Span, index: _Index, max_edits: int) -> Hit | None:
    key = fold(phrase)
    seen: dict[str, Term] = {}
    for d in set(_deletes(key)):
        for term, form in index.letters.get(d, ()):
            seen.setdefault(form, term)
    for form, term in seen.items():
        target = fold(form)
        if target == key or _digits(target) != _digits(key):
            continue  # same letters (handled as case/spacing) or another version (GPT-3 / GPT-4)
        if key.startswith(target) or target.startswith(key) or key.endswith(target) or target.endswith(key):
            continue  # letters added at an end: a successor, a plural or a neighbouring word (HyperCLOVAX, Gophers)
        if key[0] != target[0]:
            continue  # a different first letter is another word far more often than a typo
        if key[-1] != target[-1] and _version_or_plural(phrase, form):
            continue  # HyperCLOVAs is not HyperCLOVA X
        if edit_distance(key, target) <= max_edits:
            return Hit(path, span, phrase, term, "letters", form)
    return None


# ---------------------------------------------------------------------------------------------
# Discovery: undeclared variants in the corpus.


@dataclass(frozen=True)
class Occurrence:
    path: str
    span: Span
    token: int = -1  # index into the document's tokens, for its neighbours (-1: none)


def _neighbours(text: str, tokens: Sequence[tuple[int, int]], k: int) -> tuple[str, str]:
    """The words either side of token k within its line, particles stripped ('' at a line's edge)."""

    def word(j: int) -> str:
        if j < 0 or j >= len(tokens):
            return ""
        lo, hi = min(tokens[j][0], tokens[k][0]), max(tokens[j][1], tokens[k][1])
        if "\n" in text[lo:hi]:
            return ""
        w = text[tokens[j][0] : tokens[j][1]]
        return _stem(w) if is_hangul(w) else w

    return word(k - 1), word(k + 1)


def _stem(word: str) -> str:
    """The word less its longest particle, keeping at least two syllables."""
    return next((s for s in stems(word, shortest=2) if s != word), word)


def discover_hangul(
    ctx: Context, rule: Rule, covered: Mapping[str, frozenset[int]], declared: frozenset[str]
) -> Iterator[tuple[str, str, tuple[Occurrence, ...], tuple[Occurrence, ...], str]]:
    """Pairs (variant, preferred) of undeclared Hangul words one jamo apart used in the same phrase."""
    options = rule.options
    allow = frozenset(options["allow"])
    occurrences: dict[str, list[Occurrence]] = defaultdict(list)
    texts = {doc.path: doc.text for doc in ctx.documents}
    token_lists = {doc.path: ctx.prepared(rule, doc.path) or () for doc in ctx.documents}
    kept: dict[str, str | None] = {}  # word → its stem when it is a candidate (memo: words repeat)
    for doc in ctx.documents:
        tokens = token_lists[doc.path]
        skip = covered.get(doc.path, frozenset())
        for k, (start, end) in enumerate(tokens):
            word = doc.text[start:end]
            if word[0] < "\uac00" or start in skip or (k > 0 and tokens[k - 1][1] == start):
                continue  # not Hangul, part of a declared name, or glued to a Latin token (챗GPT는)
            if word not in kept:
                stem = _stem(word)
                good = len(stem) >= options["min_syllables"] and stem not in allow and stem not in declared and not _predicate(stem)
                kept[word] = stem if good else None
            stem_ = kept[word]
            if stem_ is not None:
                occurrences[stem_].append(Occurrence(doc.path, Span(start, start + len(stem_)), k))

    def context(o: Occurrence) -> tuple[str, str]:
        return _neighbours(texts[o.path], token_lists[o.path], o.token)

    buckets: dict[Any, list[str]] = defaultdict(list)
    for word in occurrences:
        for key in _jamo_keys(word):
            if key[1] > 0:  # a difference in the first syllable is another word more often than a typo
                buckets[key].append(word)
    reported: set[str] = set()
    for words in buckets.values():
        for x in range(len(words)):
            for y in range(x + 1, len(words)):
                pair = _judge(words[x], words[y], occurrences, context)
                if pair is not None and pair[0] not in reported:
                    reported.add(pair[0])
                    yield pair


def _judge(
    a: str, b: str, occurrences: Mapping[str, Sequence[Occurrence]], context: Callable[[Occurrence], tuple[str, str]]
) -> tuple[str, str, tuple[Occurrence, ...], tuple[Occurrence, ...], str] | None:
    diff = jamo_diff(a, b)
    if len(diff) != 1:
        return None
    if diff[0][0] == len(a) - 1 and a[-1] in COMMON_SUFFIXES and b[-1] in COMMON_SUFFIXES:
        return None
    occ_a, occ_b = occurrences[a], occurrences[b]
    if min(len(occ_a), len(occ_b)) > 2:
        return None  # both written three times or more: two words, not a slip (and no quadratic context scan)
    shared = _shared_context(occ_a, occ_b, context)
    if shared is None:
        return None
    if len(occ_a) != len(occ_b):
        variant, preferred = (a, b) if len(occ_a) < len(occ_b) else (b, a)
    else:  # equally rare: the spelling the article used first (its headline) is the intended one
        first_a = min(o.span.start for o in occ_a if o.path == shared[0])
        first_b = min(o.span.start for o in occ_b if o.path == shared[0])
        variant, preferred = (a, b) if first_a > first_b else (b, a)
    if len(occurrences[variant]) > 2:
        return None  # used three times or more: a word of its own, not a slip
    return variant, preferred, tuple(occurrences[variant]), tuple(occurrences[preferred]), shared[1]


def _shared_context(
    occ_a: Sequence[Occurrence], occ_b: Sequence[Occurrence], context: Callable[[Occurrence], tuple[str, str]]
) -> tuple[str, str] | None:
    """(path, neighbour) when both words stand next to the same content word in one article.

    A neighbour of one character (수 in "할 수", 것, 등, 및) is grammar, not a phrase.
    """
    for x in occ_a:
        for y in occ_b:
            if x.path != y.path:
                continue
            (x_left, x_right), (y_left, y_right) = context(x), context(y)
            if len(x_left) >= 2 and x_left == y_left:
                return x.path, x_left
            if len(x_right) >= 2 and x_right == y_right:
                return x.path, x_right
    return None


# Endings of verbs and adjectives (연구할, 연계한, 개발된, 진행하는): the check is about names and terms,
# and conjugated forms of two verbs are one jamo apart all the time (연구할/연계할 in seed 002).
_PREDICATE_ENDINGS = (
    "할", "한", "될", "된", "했", "됐", "던", "하는", "되는", "하며", "하고", "해서", "한다", "된다", "했다", "됐다",
    "하면", "하여", "하지", "있는", "없는", "있다", "없다", "적인", "적으로", "스럽다", "스러운",
    "하", "해", "되", "돼", "하게", "하기", "시킨", "시킬", "이라", "다", "며",
)


def _predicate(word: str) -> bool:
    return word.endswith(_PREDICATE_ENDINGS)


def discover_latin(
    ctx: Context, rule: Rule, covered: Mapping[str, frozenset[int]], declared: frozenset[str]
) -> Iterator[tuple[str, str, tuple[Occurrence, ...], tuple[Occurrence, ...]]]:
    """Camel-case names written in another case (HyperClova) when the other spelling is ≥3× as frequent."""
    allow = frozenset(rule.options["allow"])
    by_fold: dict[str, dict[str, list[Occurrence]]] = defaultdict(lambda: defaultdict(list))
    for doc in ctx.documents:
        for start, end in ctx.prepared(rule, doc.path) or ():
            word = doc.text[start:end]
            if len(word) < 4 or not word.isascii() or not word.isalpha() or start in covered.get(doc.path, frozenset()):
                continue
            if not (_boundary_before(doc.text, start) and _boundary_after(doc.text, end)):
                continue
            by_fold[word.casefold()][word].append(Occurrence(doc.path, Span(start, end)))
    for spellings in by_fold.values():
        if len(spellings) < 2:
            continue
        preferred = max(spellings, key=lambda w: (len(spellings[w]), w))
        if not _camel(preferred) or len(spellings[preferred]) < 3:
            continue
        for variant, occ in spellings.items():
            if variant == preferred or variant in allow or variant in declared or variant.isupper():
                continue
            if variant[1:] == preferred[1:] or 3 * len(occ) > len(spellings[preferred]):
                continue  # sentence-initial capital, or not clearly the rarer spelling
            yield variant, preferred, tuple(occ), tuple(spellings[preferred])


def _camel(word: str) -> bool:
    """A name written with a capital inside it: HyperCLOVA, OpenAI, iPhone."""
    return any(c.isupper() for c in word[1:]) and not word.isupper()


# ---------------------------------------------------------------------------------------------
# The check.


def check(ctx: Context, rule: Rule) -> Iterator[Finding]:
    options = rule.options
    declared_terms = terms(ctx, rule)
    index = _index(declared_terms, options)
    hits: list[Hit] = []
    memo: dict[str, Any] = {}
    for doc in ctx.documents:
        tokens = ctx.prepared(rule, doc.path) or ()
        if declared_terms:
            hits.extend(scan(doc, tokens, index, options, memo))
    used = _usage(hits)
    for hit in hits:
        if hit.how != "accepted":
            yield _declared_finding(rule, hit, used, options["max_related"])
    if not options["discover"]:
        return
    covered = _covered(hits)
    declared = frozenset(f for t in declared_terms for f in (*t.accepted, *t.wrong))
    for variant, preferred, occ_v, occ_p, neighbour in discover_hangul(ctx, rule, covered, declared):
        diff = _describe_jamo(jamo_diff(variant, preferred))
        for occ in occ_v:
            yield _discovered_finding(
                rule, occ, variant, preferred, occ_p, options["max_related"],
                f"differs by one jamo ({diff}) from '{preferred}', written {len(occ_p)}× in the corpus, "
                f"next to the same word '{neighbour}'; likely a misspelling",
            )
    for variant, preferred, occ_v, occ_p in discover_latin(ctx, rule, covered, declared):
        for occ in occ_v:
            yield _discovered_finding(
                rule, occ, variant, preferred, occ_p, options["max_related"],
                f"is a case variant of '{preferred}', written {len(occ_p)}× in the corpus",
            )


def _usage(hits: Iterable[Hit]) -> Mapping[str, tuple[Location, ...]]:
    """Where each accepted spelling is written, in corpus order."""
    used: dict[str, list[Location]] = defaultdict(list)
    for h in hits:
        if h.how == "accepted":
            used[h.text].append(Location(h.path, h.span, f"'{h.text}' used here"))
    return {k: tuple(v) for k, v in used.items()}


def _covered(hits: Iterable[Hit]) -> Mapping[str, frozenset[int]]:
    starts: dict[str, set[int]] = defaultdict(set)
    for h in hits:
        starts[h.path].add(h.span.start)
    return {k: frozenset(v) for k, v in starts.items()}


_HOW = {
    "wrong": "is a known misspelling of '{target}'",
    "case-spacing": "is a case/spacing variant of '{target}'",
    "jamo": "is one jamo from '{target}' ({detail}); likely a misspelling",
    "letters": "is one letter from '{target}'; likely a misspelling",
}


def _declared_finding(rule: Rule, hit: Hit, used: Mapping[str, tuple[Location, ...]], max_related: int) -> Finding:
    term = hit.term
    how = _HOW[hit.how].format(target=hit.target, detail=hit.detail)
    places = used.get(hit.target, ()) or tuple(loc for form in term.accepted for loc in used.get(form, ()))
    where = f"used {len(places)}× in the corpus" if places else "not used elsewhere in the corpus"
    message = f"'{hit.text}' {how} — declared spellings of {term.preferred}: {term.display()} ({term.origin}); '{hit.target}' {where}"
    safe = hit.how in ("wrong", "case-spacing")
    fix = (Edit(hit.path, hit.span, hit.target),) if safe else ()
    data = FrozenDict(
        variant=hit.text, preferred=hit.target, term=term.preferred, how=hit.how, fixable=safe,
    )
    return Finding(rule.id, KIND, rule.severity, message, Location(hit.path, hit.span), places[:max_related], data, fix)


def _discovered_finding(
    rule: Rule, occ: Occurrence, variant: str, preferred: str, occ_p: Sequence[Occurrence], max_related: int, how: str
) -> Finding:
    related = tuple(Location(o.path, o.span, f"'{preferred}' used here") for o in occ_p[:max_related])
    data = FrozenDict(variant=variant, preferred=preferred, term=None, how="discovered", fixable=False)
    return Finding(rule.id, KIND, rule.severity, f"'{variant}' {how}", Location(occ.path, occ.span), related, data)
