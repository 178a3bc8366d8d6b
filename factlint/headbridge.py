"""One entity in two scripts when its generic head is translated: "하람시립도서관" is "Haram City Library".

A Korean article writes "솔내 트램 1호선 이용객은 …", an English one "Solnae Tram Line 1 carried …": neither a
romanization (``romanize``) nor a loanword's spelling (``loanword``) links them, because 호선 is translated
("Line") and its number moved. A name is its distinctive part and its generic heads (``factlint/heads.py``, one
bilingual table): the two names are one when, peeled from the outside in, their heads are translations of each
other (the English head after the part, or before it for the rows that allow it: "Lake Seoha", "University of
Hanbit"), a numbered head's number or Latin letter is the same on both sides ("1호선" = "Line 1", "제2공장" =
"Plant No. 2"; never "Line 1" = "Line 2", nor "Line" = "1호선"), and what remains is one name by the existing
bridges: a romanization, a loanword, or the same Latin letters ("그린하람" ~ "Green Haram", "솔내 트램" ~
"Solnae Tram"). An English word made of two heads is read as both ("Biomaterials": 바이오 + 소재).

Precision: at least one head on each side, and the heads must pair one for one: a company and its plant
("하람전자" / "Haram Electronics Plant 2"), a city and a county (하람시 / "Haram County"), a team and its city
are never one. A head with no counterpart on the other side is a different entity, except a company's, whose
distinctive part alone names it ("Hanbit" for "Hanbit Mobility"): a company's Hangul name meets a bare Latin name
(and the reverse) only when no other name of the corpus begins with that part (하람전자 ~ "Haram", unless the
corpus also has "하람 블루호크스" or "Haram City"). The bridge is unique both ways over the corpus, and a name
that romanizes exactly one Latin name is left to ``romanize.bridged``; one that romanizes two, its bare and its
headed form ("청솔군": "Cheongsol", "Cheongsol County"), which ``bridged`` leaves unlinked, meets the headed one.

A head may be a loanword (:func:`loanword.loan_head`: 아레나 "Arena", 스파 "Spa", 아쿠아 "Aquatic" with 센터 "Centre"
of the table); English may add a modifier a Korean name leaves out (:data:`heads.DROPPED`: "Gimhae International
Airport" for 김해공항) between a part and a head that meet, and may write a modifier of the table after its head with
"of" ("Seoha Museum of Natural History" for 서하자연사박물관). Every Korean part is still met, and the distinctive
parts must be one name. A Hangul name is read only against the Latin names that begin with a letter it can begin
with (``loanword.first_letters``, issue #17): the same links as every pair read, a fraction of the pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .heads import DROPPED, HEADS, NUMBER_WORDS
from .loanword import Near, loan_head, one_to_one, opening, sides, transliterates
from .romanize import latin_key, romanizes, rr_pattern

_SEPARATORS = re.compile(r"[\s\-.·'’,&]+")
_KO_HEADS = sorted(HEADS, key=len, reverse=True)
# the English forms of each Korean head, as tuples of folded words ("agricultural cooperative" → 2 words)
_FORMS = {ko: tuple(tuple(w for w in _SEPARATORS.split(e) if w) for e in head.english) for ko, head in HEADS.items()}
# the one-word English heads, for reading a word made of two ("biomaterials": bio + materials)
_ONE_WORD = frozenset(f[0] for forms in _FORMS.values() for f in forms if len(f) == 1)
_TAILS = sorted((f for f in _ONE_WORD if len(f) >= 3), key=len, reverse=True)  # the longest first
# the last English words of the table's heads ("airport", "park", "centre"): never read as a loanword's source
_TABLE_WORDS = frozenset(f[-1] for forms in _FORMS.values() for f in forms)
_KO_NUMBER = re.compile(r"(?:제\s*)?([0-9]+|[A-Za-z])\s*$")
_DESIGNATION = re.compile(r"[0-9]+|[a-z]")


def _hangul(c: str) -> bool:
    return "가" <= c <= "힣"


def _tokens(latin: str) -> tuple[str, ...]:
    """A Latin name's words, a word made of two English heads split in two ("Biomaterials" → Bio, materials)."""
    out: list[str] = []
    for word in _SEPARATORS.split(latin):
        if not word:
            continue
        folded = word.casefold()
        # (a head of its own is one word: "Airport" is no "Air" + "port")
        split = None if folded in _ONE_WORD else next(
            (len(folded) - len(f) for f in _TAILS if folded.endswith(f) and folded[:-len(f)] in _ONE_WORD), None)
        out.extend((word[:split], word[split:]) if split else (word,))
    return tuple(out)


def _same_part(korean: str, words: tuple[str, ...]) -> bool:
    """Whether a Hangul name's distinctive part and a Latin one's are one name by the existing bridges."""
    latin = " ".join(words)
    if not korean or not words or latin_key(latin) is None:
        return False
    if not any(map(_hangul, korean)):
        return korean.casefold() == latin.replace(" ", "").casefold()
    return romanizes(korean, latin) or transliterates(korean, latin)


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in words)


def _heads_meet(korean: str, words: tuple[str, ...], outermost: bool) -> bool:
    """Whether a Hangul name (spaces removed) and a Latin name's words are one, peeling one pair of heads."""
    folded = _folded(words)
    for ko in _KO_HEADS:
        if not korean.endswith(ko) or len(korean) == len(ko):
            continue
        head, rest = HEADS[ko], korean[:-len(ko)]
        number = None
        if head.numbered and (m := _KO_NUMBER.search(rest)) is not None:
            number, rest = m.group(1).casefold(), rest[:m.start()]
        if not rest:
            continue
        for form in _FORMS[ko]:
            for lo, hi in _after(folded, form, number):
                if _meets(rest, words[:lo], False) or _dropped(folded, lo) and _meets(rest, words[:lo - 1], False):
                    return True
            if outermost and head.before is not None and number is None:
                lead = form + tuple(head.before.split())
                if folded[:len(lead)] == lead and _meets(rest, words[len(lead):], False):
                    return True
            if number is None and _of_modifier(rest, words, folded, form):
                return True
    return _loan_head_meets(korean, words, folded)


def _dropped(folded: tuple[str, ...], lo: int) -> bool:
    """Whether the English word before a head is a modifier the Korean name leaves out ("Gimhae International
    Airport" for 김해공항), with a word before it still."""
    return lo >= 2 and folded[lo - 1] in DROPPED


def _of_modifier(rest: str, words: tuple[str, ...], folded: tuple[str, ...], form: tuple[str, ...]) -> bool:
    """Whether the English name writes a head with the Korean modifier before it after "of": "Seoha Museum of
    Natural History" for 서하자연사박물관 (자연사 + 박물관), the distinctive part before the head."""
    for at in range(1, len(folded) - len(form) - 1):
        if folded[at:at + len(form)] != form or folded[at + len(form)] != "of":
            continue
        tail = folded[at + len(form) + 1:]
        for ko in _KO_HEADS:
            if (rest.endswith(ko) and len(rest) > len(ko) and HEADS[ko].kind == "modifier" and tail in _FORMS[ko]
                    and _meets(rest[:-len(ko)], words[:at], False)):
                return True
    return False


def _loan_head_meets(korean: str, words: tuple[str, ...], folded: tuple[str, ...]) -> bool:
    """Whether the Hangul name ends in a head spelt by sound (외래어 표기법: 아레나 "Arena", 스파 "Spa", 허브 "Hub";
    :func:`loan_head`) that the last English word transcribes, the rest of both names meeting as one (the English
    word before it may be a modifier the Korean name leaves out: "Muksan Hot Spa" for 묵산 스파). An English word of the
    table is the table's: its Korean heads decide it (아파트 is never "Airport", though its consonants spell it)."""
    if len(folded) < 2 or folded[-1] in _TABLE_WORDS:
        return False
    for k in range(2, min(len(korean) - 1, 6) + 1):
        if not loan_head(korean[-k:], folded[-1]):
            continue
        rest = korean[:-k]
        if _meets(rest, words[:-1], False) or _dropped(folded, len(folded) - 1) and _meets(rest, words[:-2], False):
            return True
    return False


def _after(folded: tuple[str, ...], form: tuple[str, ...], number: str | None) -> Iterable[tuple[int, int]]:
    """Where an English head ``form`` ends a Latin name, with the number after it ("Line 1", "Plant No. 2") when
    the Korean head has one, and none when it has none: the (start, end) of the head's words."""
    n = len(folded)
    if number is None:
        if n > len(form) and folded[n - len(form):] == form:
            yield n - len(form), n
        return
    if n < len(form) + 2 or folded[-1] != number or not _DESIGNATION.fullmatch(folded[-1]):
        return
    end = n - 1 - (folded[-2] in NUMBER_WORDS)
    if end - len(form) >= 1 and folded[end - len(form):end] == form:
        yield end - len(form), end


def _meets(korean: str, words: tuple[str, ...], outermost: bool) -> bool:
    if not korean or not words:
        return False
    if not outermost and _same_part(korean, words):
        return True
    return _heads_meet(korean, words, outermost)


@lru_cache(maxsize=65536)
def translated(hangul_name: str, latin_name: str) -> bool:
    """Is ``latin_name`` ``hangul_name`` with its generic heads translated (one head at least on each side)?"""
    korean = _SEPARATORS.sub("", hangul_name)
    if not any(map(_hangul, korean)) or latin_key(latin_name) is None or len(korean) > 24:
        return False
    words = _tokens(latin_name)
    if not words or len(words) > 10:
        return False
    return _meets(korean, words, True)


@lru_cache(maxsize=8192)
def _company_part(korean: str) -> str | None:
    """The distinctive part of a Hangul company name (its head a company's, :mod:`factlint.heads`), or None."""
    for ko in _KO_HEADS:
        if korean.endswith(ko) and len(korean) > len(ko) and HEADS[ko].kind == "company":
            return korean[:-len(ko)]
    return None


def _latin_company_part(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The distinctive part of a Latin company name ("Hanbit" of "Hanbit Mobility"), or None."""
    folded = _folded(words)
    for ko, forms in _FORMS.items():
        if HEADS[ko].kind != "company":
            continue
        for form in forms:
            if len(folded) > len(form) and folded[-len(form):] == form:
                return words[:-len(form)]
    return None


@lru_cache(maxsize=65536)
def _bare(hangul_name: str, latin_name: str) -> bool:
    """A company's name in one script and its bare distinctive part in the other ("하람전자", "Haram")."""
    korean, words = _SEPARATORS.sub("", hangul_name), _tokens(latin_name)
    part = _company_part(korean)
    if part is not None and _same_part(part, words):
        return True
    latin_part = _latin_company_part(words)
    return latin_part is not None and _same_part(korean, latin_part)


def _opens(name: str, part: str) -> bool:
    """Whether a name begins with a distinctive part (folded, separators removed) and is longer than it."""
    key = _SEPARATORS.sub("", name).casefold()
    return key.startswith(part) and key != part


def head_bridged(names: set[str], pairwise: bool = False) -> dict[str, str]:
    """For a set of entity names, the Hangul names whose heads are translated in exactly one Latin name of the
    set, which no other Hangul name's are translated in, each mapped to that Latin name (the first in sorted order
    of its folded key). Names that romanize each other are ``romanize.bridged``'s."""
    by_key, hangul = sides(names)
    if not by_key or not hangul:
        return {}
    # a Hangul name is read only against the Latin names that begin with a letter it can begin with (the index
    # keeps a corpus's pairs a fraction of all pairs; ``pairwise`` reads them all, for tests)
    near = Near(by_key, pairwise)
    patterns = {h: rr_pattern(h) for h in hangul}
    romanized = {h: {by_key[k] for k in near.keys(h) if p.fullmatch(k)} if (p := patterns[h]) is not None else set()
                 for h in hangul}
    # a name that romanizes one Latin name is romanize.bridged's; one that romanizes two ("청솔군": "Cheongsol",
    # "Cheongsol County") is left unlinked there, and its translated head decides between them here
    taken = set().union(*(found for found in romanized.values() if len(found) == 1))
    # only a pair whose outer heads meet is read: a head of the table and its English words, or a loanword head and
    # the Latin name's last word (every pair when ``pairwise``)
    latin = [n for n in by_key.values() if n not in taken]
    by_head: dict[str, list[str]] = {}
    by_last: dict[str, dict[str, list[str]]] = {}  # by the last word's first letter, then the last word
    companies: set[str] = set()  # a company's bare name only where its whole name is not written in the other script
    for n in latin:
        words = _folded(_tokens(n))
        for ko in _outer_heads(words):
            by_head.setdefault(ko, []).append(n)
            if HEADS[ko].kind == "company":
                companies.add(n)
        if len(words) >= 2 and words[-1] not in _TABLE_WORDS:
            by_last.setdefault(words[-1][0], {}).setdefault(words[-1], []).append(n)
    hits = {h: sorted({n for n in (latin if pairwise else _candidates(h, by_head, by_last)) if translated(h, n)})
            for h in hangul if len(romanized[h]) != 1}
    hits = {h: found or [n for k in near.keys(h) if (n := by_key[k]) not in taken
                         and (n in companies or _company_part(h) is not None) and _bare(h, n) and _alone(h, n, names)]
            for h, found in hits.items()}
    return one_to_one(hits, hangul)


def _candidates(hangul: str, by_head: dict[str, list[str]], by_last: dict[str, dict[str, list[str]]]) -> set[str]:
    """The Latin names a Hangul name (separators removed) may be with its heads translated: those whose outer
    English words are one of its outer heads (:func:`_outer_heads`), and those whose last word is the source of a
    loanword that ends it (:func:`loanword.loan_head`)."""
    out = {n for ko in _KO_HEADS if hangul.endswith(ko) for n in by_head.get(ko, ())}
    for k in range(2, min(len(hangul) - 1, 6) + 1):
        part = hangul[-k:]
        out.update(n for c in opening(part) for word, found in by_last.get(c, {}).items() if loan_head(part, word)
                   for n in found)
    return out


def _outer_heads(folded: tuple[str, ...]) -> set[str]:
    """The Korean heads whose English words end a Latin name's words (before a number for a numbered head), or
    open it for a head English writes first: the heads a Hangul name must end in to be read against it."""
    out = set()
    for ko, forms in _FORMS.items():
        head = HEADS[ko]
        for form in forms:
            if (folded[-len(form):] == form or head.numbered and folded[-len(form) - 1:-1] == form
                    or head.numbered and folded[-len(form) - 2:-2] == form
                    or head.before is not None and folded[:len(form)] == form
                    or _followed_by_of(folded, form)):
                out.add(ko)
    return out


def _followed_by_of(folded: tuple[str, ...], form: tuple[str, ...]) -> bool:
    """Whether a head's English words stand before "of" and a modifier ("Museum of Natural History")."""
    return any(folded[at:at + len(form)] == form and folded[at + len(form)] == "of"
               for at in range(1, len(folded) - len(form) - 1))


def _alone(hangul_name: str, latin_name: str, names: set[str]) -> bool:
    """Whether no other name of the corpus begins with the bare side's distinctive part, in either script: a
    company's bare name is then the company, not the team or the city of the same part (하람 블루호크스, 하람시)."""
    korean, words = _SEPARATORS.sub("", hangul_name), _tokens(latin_name)
    part, latin_part = _company_part(korean), _latin_company_part(words)
    bare_ko = korean if part is None else part
    bare_en = "".join(words if latin_part is None else latin_part).casefold()
    return not any(n not in (hangul_name, latin_name) and (_opens(n, bare_ko) or _opens(n, bare_en)) for n in names)

