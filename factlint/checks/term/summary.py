"""Per article: tokens, declared names and their variants, discovery candidates (the summary)."""

from __future__ import annotations

import operator
import re
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from hashlib import blake2b
from itertools import accumulate, chain, compress, repeat
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence

import numpy as np

from ... import korean
from ...config.ruleset import SCOPE, Rule, RuleSet
from ...model import Block, Document, Span
from .alt import with_alt_text
from .jamo import S_BASE as _S_BASE
from .jamo import describe as _describe_jamo
from .jamo import is_hangul, jamo, jamo_diff, plausible


def _masked(word: str) -> tuple[str, ...]:
    """One key per syllable, that syllable masked: words that differ by one jamo
    share the key of the syllable it is in. A candidate filter only; ``jamo_diff`` decides."""
    return tuple([word[:i] + "\0" + word[i + 1 :] for i in range(len(word))])


# Particles (josa) written on the noun: 하이퍼클로바는 is 하이퍼클로바. Longest first (the package's one table).
JOSA: tuple[str, ...] = korean.ON_NOUN


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
        if word.endswith(j) and len(word) - len(j) >= shortest and korean.particle_fits(word[: -len(j)], j):
            out.append(word[: -len(j)])
    return tuple(out)


# Last syllables of two real words rather than one typo: -자 person / -사 company (개발자/개발사),
# -원 member / -권 right, -안 bill / -인 (결의안), -청 agency / -정 rank (소방청/소방정), … A
# discovered pair differing only there is not reported.
COMMON_SUFFIXES = frozenset("자사가원권소기비성화적인장제주처층금료실업품력율률세시식법학안청정")

# ---------------------------------------------------------------------------------------------
# Tokens: maximal runs of Hangul syllables or of ASCII letters/digits, with their spans.

_TOKEN = re.compile(r"[가-힣]+|[A-Za-z0-9]+")
_GAP_JOIN = re.compile(r"[ \-‐‑]{0,2}")  # what may stand between the parts of a name ("Hyper CLOVA", "GPT-3")
_FOLD_DROP = re.compile(r"[\s\-‐‑_·]+")


def fold(text: str) -> str:
    """Case, spacing and hyphens folded: 'Hyper-CLOVA', 'hyper clova' → 'hyperclova'."""
    return _FOLD_DROP.sub("", text).casefold()


# The same runs with the text around them captured: ``split`` then gives separator, token, separator,
# …, and running sums of their lengths give every token's offsets without a Python loop per token.
_TOKEN_SPLIT = re.compile(r"([가-힣]+|[A-Za-z0-9]+)")


class Tokens(Sequence[tuple[int, int]]):
    """A document's tokens as parallel lists (``tokens[k]`` is ``(start, end)``), plus the starts of
    tokens written onto the one before (챗GPT는: GPT and 는), the indices of Latin tokens and the
    blocks' starts."""

    __slots__ = ("words", "starts", "ends", "glued", "latin", "block_starts")

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.block_starts = [b.span.start for b in blocks]
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.glued: set[int] = set()
        for source, start, end in _regions(blocks):
            parts = _TOKEN_SPLIT.split(source[start:end])
            n = len(parts) // 2
            if not n:
                continue
            sums = list(accumulate(map(len, parts)))
            starts = list(map(start.__add__, sums[0 : 2 * n : 2]))
            self.words += parts[1::2]
            self.starts += starts
            self.ends += map(start.__add__, sums[1::2])
            self.glued.update(compress(starts[1:], map(operator.not_, parts[2 : 2 * n : 2])))
        self.latin = list(compress(range(len(self.words)), map(str.isascii, self.words)))

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, k: int) -> tuple[int, int]:  # type: ignore[override]
        return self.starts[k], self.ends[k]


def _regions(blocks: Sequence[Block]) -> Iterator[tuple[str, int, int]]:
    """Runs of blocks separated by whitespace only, as (text, start, end): tokenised in one go, they give
    the same tokens as block by block (no token crosses whitespace), with far fewer calls."""
    region: list[Any] = []
    for block in blocks:
        start, end = block.span.start, block.span.end
        if region and region[0] is block.source and region[2] < start and block.source[region[2] : start].isspace():
            region[2] = end
            continue
        if region:
            yield region[0], region[1], region[2]
        region = [block.source, start, end]
    if region:
        yield region[0], region[1], region[2]


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


def terms(ruleset: RuleSet, rule: Rule) -> tuple[Term, ...]:
    """The rule's terms merged with the rule set's entities (a term naming an entity extends it)."""
    options = rule.options
    out: list[Term] = []
    by_name: dict[str, int] = {}
    if options["entities"]:
        for e in ruleset.entities:
            if e.type == SCOPE:
                continue  # 전국 / nationwide: one scope in two languages, not one term's two spellings
            for n in (*e.spellings, *e.wrong):
                by_name.setdefault(n.casefold(), len(out))
            out.append(Term(e.name, e.spellings, e.wrong, f"{e.source.path}:{e.source.line}"))
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


@dataclass(frozen=True)
class _Index:
    exact: Mapping[str, Term]
    wrong: Mapping[str, Term]
    folded: Mapping[str, tuple[tuple[Term, str], ...]]
    prefixes: frozenset[str]
    jamo: Mapping[str, tuple[tuple[Term, str], ...]]  # syllable-masked spelling → declared Hangul spellings
    letters: Mapping[str, tuple[tuple[Term, str], ...]]
    letter_widths: frozenset[int]
    max_tokens: int
    singles: frozenset[str]  # declared spellings (folded) of one character
    near_heads: frozenset[str]  # the first two or three syllables of declared Hangul spellings, one masked


def _deletes(word: str) -> Iterator[str]:
    yield word
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


def _index(declared: Sequence[Term], options: Mapping[str, Any]) -> _Index:
    exact: dict[str, Term] = {}
    wrong: dict[str, Term] = {}
    folded: dict[str, list[tuple[Term, str]]] = defaultdict(list)
    jamo_idx: dict[str, list[tuple[Term, str]]] = defaultdict(list)
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
                for key in _masked(form):
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
        frozenset(k for k in (*folded, *(fold(w) for w in wrong)) if len(k) == 1),
        frozenset(m for forms in jamo_idx.values() for _, form in forms for m in _masked(form[:3])),
    )


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps (KoGTP)."""
    return prefix_distances(a, b)[-1]


def prefix_distances(a: str, b: str) -> list[int]:
    """``edit_distance(a, b[:n])`` for every n from 0 to ``len(b)``, from one alignment: a cell of the
    table reads only the letters of the two prefixes it aligns, so the last row holds them all."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            best = min(rows[-1][j] + 1, cur[j - 1] + 1, rows[-1][j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                best = min(best, rows[-2][j - 2] + 1)
            cur.append(best)
        rows.append(cur)
    return rows[-1]


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
    doc: Document, tokens: Tokens, index: _Index, options: Mapping[str, Any],
    memo: dict[str, Any] | None = None, positions: Iterable[int] | None = None,
) -> Iterator[Hit]:
    """Every place a declared term is written, correctly or not, left to right without overlaps.

    ``memo`` (Hangul word → nearest declared spelling) is shared across documents by the caller;
    ``positions`` (ascending) are the tokens that may begin a name (``_may_start``), all by default.
    """
    memo = {} if memo is None else memo
    text = doc.prose_text  # markup blanked: the same offsets, no URL or code to match
    allow = frozenset(options["allow"])
    after = 0  # the first token not inside the last name found
    for i in range(len(tokens)) if positions is None else positions:
        if i < after:
            continue
        word = tokens.words[i]
        if word[0] >= "\uac00" and not _may_start_name(word, index, options, memo):
            continue  # most Hangul words: decided once per corpus, not once per occurrence
        hit = _exact_hit(doc, tokens, i, index, memo) if _boundary_before(text, tokens.starts[i]) else None
        if hit is None:
            hit = _edit_hit(doc, tokens, i, index, options, memo)
        if hit is None or hit[0].text in allow:
            continue
        yield hit[0]
        after = hit[1]


def _may_start(word: str, index: _Index, options: Mapping[str, Any], memo: dict[str, Any], targets: frozenset[str]) -> bool:
    """Whether a token can begin a declared name or a variant of one: a superset, decided once per word."""
    if word[0] >= "\uac00":
        return _could_start(word, index) and _may_start_name(word, index, options, memo)
    key = word.lower()  # ASCII: a Latin token's fold
    return key in index.prefixes or _may_start_letters(key, targets, options["max_letter_edits"])


def _may_start_letters(key: str, targets: Iterable[str], max_edits: int) -> bool:
    """Whether a phrase beginning with ``key`` can be within ``max_edits`` of a declared Latin name.

    If it is, ``key`` is within as many edits of a prefix of that name (restricting the alignment to
    ``key`` turns a swap across its end into one substitution) and begins with the same letter
    (``_letter_hit`` requires it).
    """
    for target in targets:
        if target[0] != key[0] or len(key) > len(target) + max_edits:
            continue
        longest = min(len(target), len(key) + max_edits)
        distances = prefix_distances(key, target[:longest])  # one alignment, not one per prefix length
        if min(distances[max(1, len(key) - max_edits) :], default=max_edits + 1) <= max_edits:
            return True
    return False


def _may_start_name(word: str, index: _Index, options: Mapping[str, Any], memo: dict[str, Any]) -> bool:
    """Whether a Hangul word can begin a declared name or a variant of one (memoised per word)."""
    key = "\0" + word
    if key not in memo:
        if not _could_start(word, index):
            memo[key] = False
            return False
        memo[key] = word.casefold() in index.prefixes or any(
            stem in index.exact or stem in index.wrong or fold(stem) in index.folded
            or (len(stem) >= options["min_syllables"] and _near(stem, index, options, memo) is not None)
            for stem in stems(word)
        )
    return bool(memo[key])


def _could_start(word: str, index: _Index) -> bool:
    """A cheap necessary condition for ``_may_start_name``, true for about one Hangul word in ten.

    A stem (the word less a particle) that is a declared spelling has the word's first two syllables
    as a prefix of one, or is a declared spelling of one syllable; a stem one jamo from a declared
    Hangul spelling differs from it in one syllable, so the first two or three syllables match but one.
    """
    if word[:2] in index.prefixes or word[0] in index.singles:
        return True
    near = index.near_heads
    if len(word) >= 3 and ("\0" + word[1:3] in near or word[0] + "\0" + word[2] in near or word[:2] + "\0" in near):
        return True
    return len(word) >= 2 and ("\0" + word[1] in near or word[0] + "\0" in near)


def _near(stem: str, index: _Index, options: Mapping[str, Any], memo: dict[str, Any]) -> tuple[str, Term, str] | None:
    if stem not in memo:
        memo[stem] = _jamo_near(stem, index) if index.jamo else None
    result: tuple[str, Term, str] | None = memo[stem]
    return result


def _forms(text: str, start: int, end: int, last_hangul: bool) -> Iterator[str]:
    """The candidate and, when it ends in Hangul, the candidate less a particle (each starts at ``start``)."""
    whole = text[start:end]
    if not last_hangul:
        yield whole
        return
    for stem in stems(whole):
        if stem[-1].isalnum():  # "HyperClova 와": the particle is a word of its own, the blank is no one's
            yield stem


def _exact_hit(doc: Document, tokens: Tokens, i: int, index: _Index, memo: dict[str, Any]) -> tuple[Hit, int] | None:
    """Accepted spellings, declared wrong forms and case/spacing variants, longest first."""
    text = doc.prose_text  # markup blanked: the same offsets, no URL or code to match
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    found: tuple[Hit, int] | None = None
    key = ""
    for j in range(i, min(len(words), i + index.max_tokens)):
        if j > i and not _joinable(text, ends[j - 1], starts[j]):
            break
        key += words[j].casefold()
        last_hangul = words[j][0] >= "\uac00"  # a token is all Hangul or all ASCII
        if key not in index.prefixes and not last_hangul:
            break
        if not _boundary_after(text, ends[j]):
            continue
        for form in _forms(text, starts[i], ends[j], last_hangul):
            known = _classified(form, index, memo)
            if known is not None:
                found = (Hit(doc.path, Span(starts[i], starts[i] + len(form)), form, *known), j + 1)
                break
        if key not in index.prefixes:
            break
    return found


def _classified(form: str, index: _Index, memo: dict[str, Any]) -> tuple[Term, str, str] | None:
    """``_classify`` of a form, once per form and process (the same names recur in every article)."""
    key = "\2" + form
    if key not in memo:
        memo[key] = _classify(form, index)
    found: tuple[Term, str, str] | None = memo[key]
    return found


def _classify(form: str, index: _Index) -> tuple[Term, str, str] | None:
    """What a form is: (term, how, the accepted spelling it is closest to), or None."""
    if form in index.exact:
        return index.exact[form], "accepted", form
    if form in index.wrong:
        term = index.wrong[form]
        return term, "wrong", term.preferred
    folded = fold(form)
    candidates = index.folded.get(folded, ())
    if not candidates:
        return None
    terms_ = {id(t): t for t, _ in candidates}
    if len(terms_) > 1:
        return None  # two terms fold alike ("MUM" and "Mum"): which one was meant is not ours to guess
    term = candidates[0][0]
    if folded == form.casefold() and not any(c in form for c in " -‐‑") and _common_word(form, candidates):
        return None
    forms = {f for _, f in candidates}
    target = next(f for f in term.accepted if f in forms)  # the first declared spelling with these letters
    return term, "case-spacing", target


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
    if any(w.isalpha() and w.islower() for w in words):
        return False  # "opens AI" is two English words, not a misspelt OpenAI
    if any(c.isdigit() for c in phrase) or any(any(c.isupper() for c in w[1:]) for w in words):
        return True
    return len(words) > 1 and all(w[0].isupper() for w in words)


def _version_or_plural(phrase: str, form: str) -> bool:
    """The last letters differ because one ends in a one-letter version word (X, S) or a plural s."""
    last_words = (_TOKEN.findall(phrase) or [""])[-1], (_TOKEN.findall(form) or [""])[-1]
    return any(len(w) == 1 for w in last_words) or phrase.endswith("s") != form.endswith("s")


def _edit_hit(
    doc: Document, tokens: Tokens, i: int, index: _Index, options: Mapping[str, Any], memo: dict[str, Any],
) -> tuple[Hit, int] | None:
    text = doc.prose_text  # markup blanked: the same offsets, no URL or code to match
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    start, word = starts[i], words[i]
    if index.jamo and word[0] >= "\uac00" and (i == 0 or ends[i - 1] != start):
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
        if j >= len(words) or any(not _joinable(text, ends[k - 1], starts[k]) for k in range(i + 1, j + 1)):
            continue
        phrase = text[start : ends[j]]
        if not phrase.isascii():
            continue
        key = "\3" + phrase
        if key not in memo:  # a pure function of the phrase: once per phrase and process
            memo[key] = _letter_hit(phrase, index, options["max_letter_edits"]) if _name_like(phrase) else None
        letters: tuple[Term, str] | None = memo[key]
        if letters is not None and _boundary_after(text, ends[j]):
            return Hit(doc.path, Span(start, ends[j]), phrase, letters[0], "letters", letters[1]), j + 1
    return None


def _jamo_near(stem: str, index: _Index) -> tuple[str, Term, str] | None:
    """The declared Hangul spelling one jamo from ``stem`` (form, term, description), if any.

    Of several, the one that differs earliest (syllable, then initial/vowel/final), then the first declared.
    """
    best: tuple[tuple[int, int, int], str, Term, str] | None = None
    for key in _masked(stem):
        for n, (term, form) in enumerate(index.jamo.get(key, ())):
            diff = jamo_diff(stem, form)
            if len(diff) == 1 and plausible(diff):  # 네이처 is not a slip for 네이버 (ㅊ and ㅂ are far apart)
                rank = (diff[0][0], diff[0][1], n)
                if best is None or rank < best[0]:
                    best = (rank, form, term, _describe_jamo(diff))
    return None if best is None else best[1:]


def _letter_hit(phrase: str, index: _Index, max_edits: int) -> tuple[Term, str] | None:
    """The declared Latin spelling (term, form) within ``max_edits`` letters of ``phrase``, if any."""
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
            return term, form
    return None


# ---------------------------------------------------------------------------------------------
# Discovery helpers: undeclared variants in the corpus.


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
    for j in _JOSA_BY_LAST.get(word[-1:], ()):
        if len(word) - len(j) >= 2 and word.endswith(j) and korean.particle_fits(word[: -len(j)], j):
            return word[: -len(j)]
    return word


def _shared_neighbour(
    occ_x: Sequence[int], occ_y: Sequence[int], context: Callable[[int], tuple[str, str]]
) -> str | None:
    """The first neighbour of two or more characters an occurrence of x shares with one of y.

    Occurrences are token indices; x's are tried first, then y's, left neighbour before right.
    A neighbour of one character (수 in "할 수", 것, 등, 및) is grammar, not a phrase.
    """
    for x in occ_x:
        x_left, x_right = context(x)
        for y in occ_y:
            y_left, y_right = context(y)
            if len(x_left) >= 2 and x_left == y_left:
                return x_left
            if len(x_right) >= 2 and x_right == y_right:
                return x_right
    return None


# Endings of verbs and adjectives (연구할, 연계한, 개발된, 진행하는): the term check is about names and terms.
_PREDICATE_ENDINGS = korean.PREDICATE_ENDINGS


def _predicate(word: str) -> bool:
    return word.endswith(_PREDICATE_ENDINGS)


def _camel(word: str) -> bool:
    """A name written with a capital inside it: HyperCLOVA, OpenAI, iPhone."""
    return any(c.isupper() for c in word[1:]) and not word.isupper()


def _one_jamo(a: str, b: str) -> tuple[int, int, str, str] | None:
    """The single component difference of two words, when there is exactly one."""
    diff = jamo_diff(a, b)
    return diff[0] if len(diff) == 1 else None


def _suffix_pair(a: str, b: str, diff: tuple[int, int, str, str]) -> bool:
    """Two common last syllables (개발자/개발사, 관계자/관계사): a person and a company, not a typo."""
    return diff[0] == len(a) - 1 and a[-1] in COMMON_SUFFIXES and b[-1] in COMMON_SUFFIXES


# ---------------------------------------------------------------------------------------------
# Per-document work (``summarise``): runs in worker processes; the summary is stored in the cache.


class Summary(NamedTuple):
    """What one document contributes to the corpus-wide check: compact, picklable, cached.

    Offsets are code points into ``Document.text``; a spelling's span is ``(start, start + len)``.
    """

    accepted: Mapping[str, tuple[int, ...]]  # accepted spelling of a declared term → where it is written
    # (start, end, text, term, how, target, detail, editable): editable when the span is whole tokens
    # of prose (a name less its particle), so a fix leaves every other byte alone
    variants: tuple[tuple[int, int, str, int, str, str, str, bool], ...]
    hangul: Packed  # discovery candidates (Hangul stems) and where they are, in order of first use
    pairs: tuple[tuple[str, str, str, str], ...]  # (x, y, neighbour with x's places first, with y's first)
    latin: Mapping[str, tuple[int, ...]]  # Latin words of four or more letters → starts
    # Each table's words once per place after their first: with the tables' keys, corpus counts in C.
    repeats: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


class Packed(NamedTuple):
    """Many words and their places in byte strings, cheap to pickle and to unpickle (a hundred
    stems of an article as Python strings and tuples cost ten times as much), and to join for the
    whole corpus: ``ids`` are 8-byte BLAKE2b digests of the words (little-endian), ``ends`` the running
    count of places after each word (uint32), ``starts`` the places' offsets (uint32); ``lengths``
    each word's syllables (uint8) and ``syllables`` the words themselves, one uint16 a syllable
    (its code less U+AC00): the corpus-wide step compares words of different articles jamo by jamo;
    ``named`` one byte a word, 1 for a person's name."""

    ids: bytes = b""
    ends: bytes = b""
    starts: bytes = b""
    lengths: bytes = b""
    syllables: bytes = b""
    named: bytes = b""  # per word, 1 where a person's title stands next to it (a name: "양상훈 주필")

    def places(self, word: str) -> tuple[int, ...]:
        """Where ``word`` is written (nothing if it is not one of these words): for tests and tools."""
        key, at = word_id(word), -1
        while (at := self.ids.find(key, at + 1)) >= 0:
            if at % 8 == 0:
                k = at // 8
                ends = array("I", self.ends)
                starts = array("I", self.starts)
                return tuple(starts[ends[k - 1] if k else 0 : ends[k]])
        return ()


def word_id(word: str) -> bytes:
    """The word's digest in ``Packed.ids``: the same in every process (unlike ``hash``)."""
    return blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def _pack(table: Mapping[str, Sequence[int]], ids: Mapping[str, bytes], named: set[str]) -> Packed:
    words = "".join(table)
    return Packed(
        b"".join(map(ids.__getitem__, table)),
        array("I", accumulate(map(len, table.values()))).tobytes(),
        array("I", chain.from_iterable(table.values())).tobytes(),
        bytes(map(len, table)),
        (np.frombuffer(words.encode("utf-16-le"), dtype="<u2") - _S_BASE).astype("<u2").tobytes(),
        bytes(w in named for w in table),
    )


@dataclass(frozen=True)
class _Setup:
    """The rule's declared terms and their index, with per-word memos (pure functions of the rule)."""

    terms: tuple[Term, ...]
    positions: Mapping[int, int]  # id(term) → its position in ``terms``
    index: _Index
    options: Mapping[str, Any]
    allow: frozenset[str]
    declared: frozenset[str]  # every accepted and wrong spelling
    memo: dict[str, Any]  # scan: Hangul word → may start a name; stem → nearest declared spelling
    may_start: Mapping[str, bool]  # token → whether a name or a variant of one can begin there
    kept: Mapping[str, str | None]  # token → its stem when a discovery candidate, else None
    jamo_neighbours: _JamoNeighbours  # discovery candidates one jamo apart, among all seen so far
    ids: Mapping[str, bytes]  # stem → ``word_id``
    titles: Mapping[str, bool]  # token → whether it is a person's title (주필, 의원은)


class _JamoNeighbours:
    """Stems one jamo apart (not in the first syllable), among every stem this process has seen.

    A stem is compared, once, with the stems already seen that share one of its syllable-masked keys
    (equal but for one syllable); ``linked`` then holds the few stems that have a neighbour at all, so
    a document's pairs are found by set look-ups, not by comparing its stems with each other.
    """

    def __init__(self) -> None:
        # Dicts of strings and tuples of strings only: the garbage collector stops tracking them, so
        # hundreds of thousands of stems cost nothing at each collection (lists and sets would).
        self.seen: dict[str, None] = {}
        self.by_key: dict[str, tuple[str, ...]] = {}
        self.linked: dict[str, tuple[str, ...]] = {}

    def add(self, stems: Iterable[str]) -> None:
        for stem in set(stems).difference(self.seen):
            self.seen[stem] = None
            for i, key in enumerate(_masked(stem)[1:], 1):
                others = self.by_key.get(key, ())
                for other in others:
                    if _one_component(stem[i], other[i]):
                        self.linked[stem] = (*self.linked.get(stem, ()), other)
                        self.linked[other] = (*self.linked.get(other, ()), stem)
                self.by_key[key] = (*others, stem)


def _one_component(a: str, b: str) -> bool:
    """Two syllables that differ in exactly one of initial, vowel and final."""
    x, y = ord(a) - _S_BASE, ord(b) - _S_BASE
    return (x // 588 != y // 588) + (x % 588 // 28 != y % 588 // 28) + (x % 28 != y % 28) == 1


class _Lazy(dict[str, Any]):
    """A memo of a pure function of one word: a missing key is computed once."""

    def __init__(self, fn: Callable[[str], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str) -> Any:
        value = self[key] = self.fn(key)
        return value


def _make_setup(ruleset: RuleSet, rule: Rule) -> _Setup:
    declared = terms(ruleset, rule)
    options = rule.options
    index = _index(declared, options)
    memo: dict[str, Any] = {}
    targets = frozenset(fold(form) for forms in index.letters.values() for _, form in forms)
    setup = _Setup(
        declared,
        {id(t): i for i, t in enumerate(declared)},
        index,
        options,
        frozenset(options["allow"]),
        frozenset(f for t in declared for f in (*t.accepted, *t.wrong)),
        memo,
        _Lazy(lambda w: _may_start(w, index, options, memo, targets)),
        _Lazy(lambda w: _candidate(w, setup)),
        _JamoNeighbours(),
        _Lazy(word_id),
        _Lazy(_title),
    )
    return setup


# A worker analyses thousands of documents with the same rule set: build the index once. Keyed by
# identity (hashing a rule set per document would cost more than it saves); the objects are kept
# alive with their entry so an id is never reused while its entry exists.
_SETUPS: dict[tuple[int, int], tuple[RuleSet, Rule, _Setup]] = {}


def _setup(ruleset: RuleSet, rule: Rule) -> _Setup:
    key = (id(ruleset), id(rule))
    entry = _SETUPS.get(key)
    if entry is None:
        if len(_SETUPS) >= 8:
            _SETUPS.clear()
        entry = _SETUPS[key] = (ruleset, rule, _make_setup(ruleset, rule))
    return entry[2]


def summarise_document(doc: Document, blocks: Sequence[Block], ruleset: RuleSet, rule: Rule) -> Summary:
    """Every per-document step: tokens, particles, declared names and their variants, discovery
    candidates with their places, and the one-jamo pairs that share a neighbour in this document."""
    read, blocks = with_alt_text(doc, blocks)  # image alt text is read too, and never fixed
    return summarise(read, Tokens(blocks), _setup(ruleset, rule), None if read is doc else doc)


def summarise(doc: Document, toks: Tokens, setup: _Setup, fixed: Document | None = None) -> Summary:
    """``fixed``: the document as ``--fix`` edits it (its prose only), when ``doc`` reads more: image
    alt text (``alt.py``), where only undeclared Hangul words are read, as discovery candidates. A
    declared name or a Latin word there is neither a use nor a variant: alt text often repeats a
    file name (``![gpt-3 그림](gpt-3.png)``), whose case and spacing are no style of the article."""
    text = doc.prose_text  # markup blanked: the same offsets, no URL or code to match
    alt: set[int] = set()  # starts of the tokens in alt text
    skipped: list[int] = []  # and of the declared names (or their variants) there
    if fixed is not None:
        prose = fixed.prose_text
        alt = {s for s in toks.starts if prose[s] != text[s]}
    hits: list[Hit] = []
    if setup.terms:
        may_start = setup.may_start
        positions = list(compress(range(len(toks.words)), map(may_start.__getitem__, toks.words)))
        hits = list(scan(doc, toks, setup.index, setup.options, setup.memo, positions))
        if alt:
            skipped = [h.span.start for h in hits if h.span.start in alt]
            hits = [h for h in hits if h.span.start not in alt]
    accepted: dict[str, list[int]] = {}
    variants = []
    mentioned = _mentions(text)
    for h in hits:
        if mentioned and _inside(mentioned, h.span.start):
            continue  # talked about, not used: neither a variant nor a use of the spelling
        if h.how == "accepted":
            accepted.setdefault(h.text, []).append(h.span.start)
        elif h.how == "case-spacing" and (_typographic(text, toks, h) or _successor(text, h)):
            continue
        elif h.how == "jamo" and _sibling_cell(doc.text, h):  # the raw text: prose_text blanks table pipes
            continue
        else:
            term = setup.positions[id(h.term)]
            variants.append((h.span.start, h.span.end, h.text, term, h.how, h.target, h.detail, _whole_tokens(fixed or doc, toks, h.span)))
    if not setup.options["discover"]:
        return Summary(_tuples(accepted), tuple(variants), Packed(), (), {}, (_repeats(accepted), ()))
    covered = {h.span.start for h in hits}
    covered.update(skipped)  # a declared name in alt text is no discovery candidate either
    if mentioned:
        covered.update(s for s in toks.starts if _inside(mentioned, s))
    hangul = _hangul_candidates(toks, covered | toks.glued | _coined(text), setup)
    latin = _latin_words(text, toks, covered | alt)
    for word, start in _mixed_words(text):
        if start not in alt:
            latin.setdefault(word, []).append(start)
    named = _names(text, toks, hangul, setup.titles, setup.kept)
    return Summary(
        _tuples(accepted), tuple(variants), _pack(hangul, setup.ids, named), _pairs(text, toks, hangul, setup.jamo_neighbours),
        _tuples(latin), (_repeats(accepted), _repeats(latin)),
    )


# What may stand between a sentence's start and its first word: quotes, brackets, emphasis, dashes.
_OPENERS = frozenset(" \t\"'“‘「『(（[*_—–-•·")
_SENTENCE_ENDS = frozenset(".!?。…:;\n")


def _typographic(text: str, toks: Tokens, hit: Hit) -> bool:
    """A declared name capitalised only because of where it stands: at the start of a sentence,
    a heading or a line (``Global AI market outlook`` for ``global AI market``), or anywhere in a
    title written in title case (``The Global AI Market``). Never a misspelling."""
    forms = [f for f in hit.term.accepted if fold(f) == fold(hit.text)]
    if sum(c.isalpha() for c in hit.text) >= 4 and hit.text.isupper() and not any(f.isupper() for f in forms):
        return True  # "CHEONGJU, South Korea -": capitals for a dateline, a heading, emphasis
    block = toks.block_starts[max(0, bisect_left(toks.block_starts, hit.span.start + 1) - 1)] if toks.block_starts else 0
    if any(_initial_case_only(hit.text, f, words=False) for f in forms) and _sentence_start(text, block, hit.span.start):
        return True
    return any(_initial_case_only(hit.text, f, words=True) for f in forms) and _title_case(text, block, hit.span.start)


def _sibling_cell(text: str, hit: Hit) -> bool:
    """A table cell one jamo from a declared name that another cell of the same column spells right
    (``| 청주시 |`` over ``| 충주시 |``): the rows of a column are different things, not one misspelt."""
    start = text.rfind("\n", 0, hit.span.start) + 1
    end = text.find("\n", hit.span.start)
    row = text[start : end if end != -1 else len(text)]
    if not row.lstrip().startswith("|"):
        return False
    column = row[: hit.span.start - start].count("|")
    lines = text.split("\n")
    at = text.count("\n", 0, start)
    first = at
    while first > 0 and lines[first - 1].lstrip().startswith("|"):
        first -= 1
    last = at
    while last + 1 < len(lines) and lines[last + 1].lstrip().startswith("|"):
        last += 1
    cells = {line.split("|")[column].strip() for line in lines[first : last + 1] if line.count("|") > column}
    return any(f in cells for f in hit.term.accepted)


def _initial_case_only(variant: str, form: str, words: bool) -> bool:
    """``variant`` is ``form`` but for the case of its first letter (or, with ``words``, of its words' first letters)."""
    if len(variant) != len(form) or variant == form:
        return False
    return all(
        a.casefold() == b.casefold() and (i == 0 or (words and not form[i - 1].isalnum()))
        for i, (a, b) in enumerate(zip(variant, form)) if a != b
    )


def _sentence_start(text: str, block_start: int, at: int) -> bool:
    i = at - 1
    while i >= block_start and text[i] in _OPENERS:
        i -= 1
    return i < block_start or text[i] in _SENTENCE_ENDS


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _title_case(text: str, block_start: int, at: int) -> bool:
    """The line holding ``at`` (within its block) is a title in title case: most of its words of
    four letters or more are capitalised, and it does not end like a sentence."""
    start = max(block_start, text.rfind("\n", 0, at) + 1)
    end = text.find("\n", at)
    line = text[start : end if end != -1 else len(text)].rstrip()
    long_words = [w for w in _LATIN_WORD.findall(line) if len(w) >= 4]
    if len(long_words) < 2 or line.endswith((".", "다.", "?", "!")):
        return False
    capitalised: int = sum(w[0].isupper() for w in long_words)
    return 4 * capitalised >= 3 * len(long_words)


_VERSION_AFTER = re.compile(r"[ \-]?\d")


def _successor(text: str, hit: Hit) -> bool:
    """A name without a version written with one (``Llama 3`` for ``LLaMA``): the successor's own
    name, whose makers may spell it their new way; it is another model to the binder too."""
    return not any(c.isdigit() for c in hit.target) and _VERSION_AFTER.match(text, hit.span.end) is not None


def _whole_tokens(doc: Document, toks: Tokens, span: Span) -> bool:
    """An edit of ``span`` changes whole tokens of prose only: it starts where a token starts, ends
    where one ends (or before the particle of a Hangul word), holds no markup and no blank at
    either end. ``HyperClova 와`` keeps its space; a URL is never touched."""
    k = bisect_left(toks.starts, span.start)
    if k == len(toks.starts) or toks.starts[k] != span.start:
        return False
    j = bisect_left(toks.ends, span.end)
    if j == len(toks.ends):
        return False
    if toks.ends[j] != span.end:
        word = doc.prose_text[toks.starts[j] : toks.ends[j]]
        cut = span.end - toks.starts[j]
        if not (0 < cut < len(word) and word[:cut] in stems(word)):
            return False
    written = doc.text[span.start : span.end]
    return written == doc.prose_text[span.start : span.end] and written == written.strip()


def _tuples(table: Mapping[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """Tuples, not lists: a dict of strings and tuples of ints is dropped from the garbage collector's walks."""
    return {k: tuple(v) for k, v in table.items()}


def _repeats(table: Mapping[str, Sequence[int]]) -> tuple[str, ...]:
    return tuple(chain.from_iterable([repeat(w, len(v) - 1) for w, v in table.items() if len(v) > 1]))


_SENTENCE_END = re.compile(r"[.!?。]")
_TITLE_ENDS = tuple(t for t in sorted(korean.TITLES) if len(t) >= 2)  # a title itself (검찰청장, 부사장) is no name


def _names(text: str, toks: Tokens, hangul: Mapping[str, Sequence[int]], titles: Mapping[str, bool],
           kept: Mapping[str, str | None]) -> set[str]:
    """Candidates written as a person's name somewhere in the article: a title follows within two
    words ("양상훈 주필", "최유빈 티에데이터 연구위원") or stands right before, bare ("연구위원 최유빈";
    not "연구원은 "데이터센터 투자가…"": a title with a particle is the sentence's subject), in the
    same sentence. A title itself (검찰청장) is not a name.

    From the titles out (an article has few), not from every place of every candidate: the places
    next to a title are collected once, then the candidate written at each of them (``kept``: a token's
    stem) is looked up: a few places an article, where every candidate's places were tested before."""
    starts, ends, words = toks.starts, toks.ends, toks.words
    near: set[int] = set()  # starts of tokens a title names

    def joined(a: int, b: int) -> bool:  # no sentence end between tokens a < b
        return _SENTENCE_END.search(text, ends[a], starts[b]) is None

    for j in compress(range(len(words)), map(titles.__getitem__, words)):
        near.update(starts[k] for k in (j - 2, j - 1) if k >= 0 and joined(k, j))
        if j + 1 < len(words) and words[j] in korean.TITLES and joined(j, j + 1):
            near.add(starts[j + 1])  # a bare title labels the name after it; one with a particle (연구원은) is a subject
    out: set[str] = set()
    for start in near:
        stem = kept[words[bisect_left(starts, start)]]  # near holds tokens' starts; a candidate's places too
        if stem is not None and start in hangul.get(stem, ()) and not stem.endswith(_TITLE_ENDS):
            out.add(stem)
    return out


# A word whose stem is a title starts with that title: most words fail on their first two syllables
# (or their first, for the titles of one syllable: 씨, 님).
_TITLE_HEADS = frozenset(t[:2] for t in korean.TITLES)


def _title(word: str) -> bool:
    """Whether the word is a person's title, with or without a particle (주필, 의원은)."""
    return (word[:2] in _TITLE_HEADS or word[:1] in _TITLE_HEADS) and _bare(word) in korean.TITLES


def _bare(word: str) -> str:
    """A word less its longest particle, however short what is left (의원은 → 의원, 것은 → 것)."""
    found = stems(word, 1)
    return found[1] if len(found) > 1 else word


# A word in quotes followed at once by its gloss in brackets is coined on purpose, not mistyped
# (Korean Wikinews: 이미 "윤썩열"(나라를 썩게 한다), "윤석열차"(…) 등의 조롱이 나왔다).
_COINED = re.compile(r"(?<=[\"“'‘])[가-힣]+(?=[\"”'’][ \t]*[(（])")


def _coined(text: str) -> set[int]:
    """Starts of words quoted with a gloss right after the quote: never discovery candidates."""
    return {m.start() for m in _COINED.finditer(text)}


# A word that is talked about, not used (use vs mention): a short quote followed by 라는/이라는/란/이란
# and a noun (`'반도채'라는 오타`, `"데이타"란 표기`), or announced as a word in English (`the
# misspelling "Openai"`, `the word 'Face Book'`). Its spelling is the subject, right or wrong: never a
# finding, whether a declared name's variant or a discovery candidate. A quoted sentence before 라는
# (`"수출이 늘 것"이라는 전망`) is speech, not a mention: the quote holds at most three words and no
# sentence end.
_QUOTED = r"[\"“'‘]([^\"“”'‘’\n.!?。]{1,40}?)[\"”'’]"
_MENTIONS = (  # two patterns, not one alternation: each starts with a cheap first character or literal
    re.compile(_QUOTED + r"(?=이?라는[ \t]*[가-힣]|이?란[ \t]+[가-힣])"),
    re.compile(r"\b(?:word|spelling|misspelling|typo|term|variant)s?[ \t]+" + _QUOTED),
)


# What every match of the English pattern holds (it is case-sensitive): a text with none of these
# (most texts: Korean, or English that announces no word) is not scanned with it, whose leading \b
# ``re`` tries at every character (three quarters of this function's time on the stock corpus).
_MENTION_WORDS = ("word", "spelling", "typo", "term", "variant")


def _mentions(text: str) -> list[tuple[int, int]]:
    """Spans of words mentioned rather than used (see ``_MENTIONS``), in order."""
    patterns = _MENTIONS if any(w in text for w in _MENTION_WORDS) else _MENTIONS[:1]
    out = [
        (m.start(1), m.end(1)) for pattern in patterns for m in pattern.finditer(text) if len(m.group(1).split()) <= 3
    ]
    return sorted(out)


def _inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    k = bisect_left(spans, (at + 1,)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _hangul_candidates(toks: Tokens, skip: set[int], setup: _Setup) -> dict[str, tuple[int, ...]]:
    """Stems of Hangul words that may be discovered variants → their starts, in order of first use.

    Skipped: tokens that are part of a declared name or glued to a Latin token (챗GPT는).
    """
    stems_: list[str | None] = list(map(setup.kept.__getitem__, toks.words))
    found: dict[str, list[int]] = {}
    for stem, start in zip(compress(stems_, stems_), compress(toks.starts, stems_)):
        if start in skip:
            continue
        found.setdefault(stem, []).append(start)  # type: ignore[arg-type]  # compress dropped the Nones
    return _tuples(found)  # lists while growing: a word written 100,000 times is not copied 100,000 times


_LONGEST = 30  # syllables: a longer run of Hangul without a space is no word (and ``Packed.lengths`` is one byte)


def _candidate(word: str, setup: _Setup) -> str | None:
    """The stem of a Hangul word that may be a discovered variant: long enough, not allowed or declared,
    not a verb form."""
    if word[0] < "\uac00":
        return None
    stem = _stem(word)
    good = (
        setup.options["min_syllables"] <= len(stem) <= _LONGEST and stem not in setup.allow and stem not in setup.declared
        and not _predicate(stem) and not korean.past_tense(stem)
    )
    return stem if good else None


def _pairs(
    text: str, toks: Tokens, hangul: Mapping[str, Sequence[int]], neighbours: _JamoNeighbours
) -> tuple[tuple[str, str, str, str], ...]:
    """Stems one jamo apart (not in the first syllable, not two common suffixes) that stand next to
    the same word somewhere in this document; x is the one used first here."""
    neighbours.add(hangul)
    linked = neighbours.linked
    if linked.keys().isdisjoint(hangul):
        return ()  # no stem here has a one-jamo neighbour anywhere: the usual case
    candidates: list[tuple[str, str]] = []
    earlier: set[str] = set()
    for word in compress(hangul, map(linked.__contains__, hangul)):
        candidates.extend((x, word) for x in linked[word] if x in earlier)
        earlier.add(word)
    starts = toks.starts
    memo: dict[int, tuple[str, str]] = {}

    def context(k: int) -> tuple[str, str]:
        if k not in memo:
            memo[k] = _neighbours(text, toks, k)
        return memo[k]

    out = []
    for x, y in candidates:
        diff = _one_jamo(x, y)
        if diff is None or _suffix_pair(x, y, diff) or min(len(hangul[x]), len(hangul[y])) > 2:
            continue  # both written three times or more here: two words, whatever the corpus says
        if not plausible([diff]) or korean.inflections(x, y):
            continue  # not a slip a typist makes (돌아온/돌아올 are one verb; 네이처 is not 네이버 mistyped)
        at_x = [bisect_left(starts, s) for s in hangul[x]]
        at_y = [bisect_left(starts, s) for s in hangul[y]]
        x_first = _shared_neighbour(at_x, at_y, context)
        if x_first is not None:
            y_first = _shared_neighbour(at_y, at_x, context)
            assert y_first is not None  # sharing is symmetric; only which neighbour is found first is not
            out.append((x, y, x_first, y_first))
    return tuple(out)


# Cyrillic and Greek letters drawn like a Latin letter: their prototypes in Unicode TR39's
# confusables.txt (confusable skeletons) where the prototype is one ASCII letter. A Latin word with one
# of them in it (``Nvіdia`` with U+0456) looks right and is not the word: search, spell checkers and
# every other check miss it.
CONFUSABLE = str.maketrans(
    "аАВсСеЕһНіІӏјЈКМоОрРԛѕЅТԝԜхХуҮ"  # Cyrillic
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧιονρ",  # Greek
    "aABcCeEhHiIlj" "JKMoOpPqsSTwWxXyY"
    "ABEZHIKMNOPTYXiovp",
)
_FOREIGN_LETTER = re.compile("[\u0370-\u03ff\u0400-\u052f]")
_MIXED_WORD = re.compile("[A-Za-z\u0370-\u03ff\u0400-\u052f]+")


def _mixed_words(text: str) -> Iterator[tuple[str, int]]:
    """Latin words written with a Cyrillic or Greek look-alike letter in them, and their starts:
    (as written, start). What such a word stands for is judged over the corpus."""
    if _FOREIGN_LETTER.search(text) is None:
        return  # the usual case: one scan in C
    for m in _MIXED_WORD.finditer(text):
        word = m.group()
        if not word.isascii() and _FOREIGN_LETTER.search(word) and word.translate(CONFUSABLE).isascii():
            if any("a" <= c.lower() <= "z" for c in word):  # Latin letters too: a word in Cyrillic or Greek is not mixed
                yield word, m.start()


def _latin_words(text: str, toks: Tokens, covered: set[int]) -> dict[str, list[int]]:
    """Latin words of four or more letters outside declared names, URLs and versions → their starts."""
    out: dict[str, list[int]] = {}
    words, starts, ends = toks.words, toks.starts, toks.ends
    for k in toks.latin:
        word, start = words[k], starts[k]
        if len(word) < 4 or not word.isalpha() or start in covered:
            continue
        if not (_boundary_before(text, start) and _boundary_after(text, ends[k])):
            continue
        out.setdefault(word, []).append(start)
    return out
