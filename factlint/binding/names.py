"""Names in the text: declared entities (any alias, with particles), discovered names, and the
comparisons that cut a name off from the figures beyond it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterator, Mapping, Sequence, TypeVar

from ..config.ruleset import SCOPE, Attribute, RuleSet
from ..model import Quantity, Span
from .scan import _CASE_EXTRAS, _Alternation, _Skip, _alternation, _word_starts
from .sentences import _within
from .vocabulary import (
    _DIMENSION_TEST, _EN_COMPARE, _EN_COMPARE_WORDS, _KO_COMPARE, _LATIN_GLOSS, _LATIN_NAME, _MODEL_NOUN_BEFORE, _NOT_NAMES,
    _QUOTE_CLOSE, _QUOTED, _WHITESPACE, PARTICLES, TOPIC_PARTICLES,
)

_T = TypeVar("_T")


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
    # the Korean verbal nouns of the pack's one-off events (measures with once: 개항, 설립): "1998년 개항 이후"
    once: frozenset[str] = frozenset()
    # the words of the pack's scope entities (type ``scope``: 전국, nationwide → 전국), folded and without
    # spaces, each → its entity's name: never names in the text, only owners of the noun they modify
    scopes: Mapping[str, str] = field(default_factory=dict)


_CACHE: dict[int, tuple[RuleSet, _Matcher]] = {}
_LEAD_IN = r"\s?(?:규모의?|급의?|의|인)?\s*$"  # "파라미터 규모의 '…'", "데이터셋인 '…'"


def name_branch(name: str) -> tuple[str, bool]:
    """A declared name as a branch of the names pattern, and whether it ignores case (4+ Latin letters)."""
    body = re.escape(name).replace(r"\ ", r"\s?")
    before = r"(?<![A-Za-z0-9\-가-힣])" if re.match(r"[A-Za-z0-9]", name) else r"(?<![가-힣])"
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
    scopes: dict[str, str] = {}
    for e in ruleset.entities:
        if e.type == SCOPE:
            scopes.update((n.casefold().replace(" ", ""), e.name) for n in e.names)
            continue
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
    once = frozenset(w for measure in ruleset.measures if measure.once for w in measure.words
                     if all("가" <= c <= "힣" for c in w))
    m = _Matcher(name_scan, canonical, canonical_nospace, trigger_scan, lead_in, frozen_attrs, attrs_nospace,
                 ruleset.attributes, once, scopes)
    _CACHE[id(ruleset)] = (ruleset, m)
    return m


# The eojeol right before a name that is a figure describing it: "2800억개인 고퍼", "2800억 개의 고퍼".
_DESCRIBING_FIGURE = re.compile(r"(?<!\S)\d[\d,.]*\s?(?:[만억조천]\s?)*(?:[가-힣]{1,2})?(?:인|의)\s$")
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


# A version or a size right after a declared name makes another model: "HyperCLOVA X", "KoGPT 6B",
# "LLaMA 2", "Llama 3.1", "GPT-4 Turbo", "v2" — but not a figure ("LLaMA 65 billion", "라마 2억").
_VERSION_SUFFIX = re.compile(
    r"(\s?X|\s\d+(?:\.\d+)?[BMK]|\s[vV]?\d{1,2}(?:\.\d{1,2})?|\s(?:Pro|Ultra|Max|Mini|Turbo|Plus|Lite|Small|Base|Large|XL|XXL))"
    r"(?![A-Za-z0-9%]|[.,]\d|\s*(?:billion|million|trillion|thousand|hundred|bn|percent|per\b|times|B\b|M\b))"
)
# A word that is only a version, a model code or a size: no name alone, it names the word before it
# ("갤럭시 S8", "엑스박스 360", "클로바 X", "라마 70B").
VERSION = re.compile(r"[A-Za-z]{1,2}\d{1,4}[A-Za-z+]?|[vV]?\d{1,4}(?:\.\d{1,2})?|\d+(?:\.\d+)?[BMK]|X|"
                     r"Pro|Ultra|Max|Mini|Turbo|Plus|Lite|Small|Base|Large|XL|XXL")


def _version(text: str, end: int, particle: str) -> tuple[int, str, str] | None:
    """A version or size written after a name that takes no particle of its own ("LLaMA 2는",
    "노바LM 2의"): the new end, the suffix and the particle after it."""
    suffix = _VERSION_SUFFIX.match(text, end)
    if suffix is None or particle != "":
        return None
    after = _particle_after(text, suffix.end())
    if after is None:
        return None
    return suffix.end(), suffix.group(1).strip(), after


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
            version = _version(text, e, particle)
            if version is not None:
                # "HyperCLOVA X", "KoGPT 6B": another entity sharing the prefix
                e, sfx, particle = version
                name, discovered = f"{name} {sfx}", True
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


# opening with the capital (the look-behind after it) so that re skips ahead to capitals in C
_GLUED_SHORT = re.compile(r"[A-Z](?<=[가-힣][A-Z])[A-Z](?![A-Za-z0-9])")


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
    hits = list(_LATIN_NAME.finditer(text))
    glued = list(_GLUED_SHORT.finditer(text))  # "노바LM": two capitals name a model only glued to a stem
    if glued:
        hits = sorted(hits + glued, key=lambda h: h.start())
    for hit in hits:
        s, e = hit.span()
        name = hit.group()
        if name in _NOT_NAMES:
            continue  # "초거대AI" is a phrase, not a model
        stem = s
        while stem > 0 and s - stem < 6 and "가" <= text[stem - 1] <= "힣":
            stem -= 1
        if stem < s:  # a Hangul stem glued to a Latin name makes another name: "노바LM", "누리GPT"
            s, name = stem, text[stem:e]
        if _canon_lookup(m, name):
            continue
        latin_particle = _particle_after(text, e) or ""
        version = _version(text, e, latin_particle)
        if version is not None:  # "노바LM 2는": another model than 노바LM
            e, sfx, latin_particle = version
            name = f"{name} {sfx}"
        out.append((s, e, Mention(Span(base + s, base + e), name, "model", True, particle=latin_particle)))
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
                if c.group().startswith("의"):
                    # "…700억개로 고퍼(2800억개)의 4분의 1이다": the standard of a multiple or a fraction owns
                    # its own parenthesis only, not the figure the sentence measures against it — and the
                    # figure that describes it ("2800억개인 고퍼의 4분의 1")
                    described = _DESCRIBING_FIGURE.search(text, max(0, x.span.start - base - 24), x.span.start - base)
                    lo = max(lo, base + described.start() if described else x.span.start)
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


# "the 602 patients given CX-201", "people taking the drug X": a name that says what a group of people
# received defines the group a figure before it counts (an arm of a trial); it owns none of those figures.
_EN_GROUP_GIVEN = re.compile(
    r"\b(?:patients|people|participants|adults|children|subjects|volunteers|those|women|men)\s+"
    r"(?:who\s+(?:were\s+|had\s+been\s+)?)?(?:given|receiving|received|taking|took|treated\s+with|"
    r"assigned\s+to|randomi[sz]ed\s+to)\s+(?:(?:the|a)\s+(?:drug|pill|vaccine|treatment|medicine)\s*,?\s*)?$",
    re.I)


# The verbs every match of _EN_GROUP_GIVEN holds, lower-cased: a block without one of them (nor one of
# the non-ASCII letters ``re`` folds to an ASCII one, which ``str.lower`` leaves) defines no group, and
# its names are not searched one by one (most blocks: Korean text, or English without these verbs).
_GIVEN_VERBS = ("given", "receiv", "taking", "took", "treated", "assigned", "randomi")
_FOLDED_TO_ASCII = tuple("".join(_CASE_EXTRAS.values()))


def _may_define_groups(text: str) -> bool:
    low = text.lower()
    return any(v in low for v in _GIVEN_VERBS) or any(c in text for c in _FOLDED_TO_ASCII)


def _cut_defined_groups(text: str, base: int, ms: list[Mention]) -> list[Mention]:
    if not ms or not _may_define_groups(text):
        return ms
    out = []
    for x in ms:
        start = x.span.start - base
        g = _EN_GROUP_GIVEN.search(text, max(0, start - 80), start)
        if g is not None and g.start() + base > x.reach[0]:
            x = replace(x, reach=(g.start() + base, x.reach[1]))
        out.append(x)
    return out


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
