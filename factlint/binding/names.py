"""Names in the text: declared entities (any alias, with particles), discovered names, and the
comparisons that cut a name off from the figures beyond it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterator, Mapping, Sequence, TypeVar

from ..config.ruleset import SCOPE, Attribute, RuleSet
from ..model import Quantity, Span
from ..romanize import COMPANY_HEADS, SUFFIXES
from .scan import _CASE_EXTRAS, _Alternation, _Skip, _alternation, _word_starts
from .sentences import _within
from .structure import Phrase
from .words import SURNAMES
from .vocabulary import (
    _DIMENSION_TEST, _EN_COMPARE, _EN_COMPARE_WORDS, _KO_COMPARE, _LATIN_GLOSS, _LATIN_NAME, _MODEL_NOUN_BEFORE, _NOT_NAMES,
    _QUOTE_CLOSE, _QUOTED, _WHITESPACE, PARTICLES, TOPIC_PARTICLES,
)

_T = TypeVar("_T")

# How a claim's owner was read when it is a name the article builds, not writes: its one place's stem and a common
# compound ("얼음축제" in a column on 단월군: 단월얼음축제). The contradiction check compares such a claim only when
# another article writes that exact name.
SHORT_FORM = "short form of the place's name"


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
    # the words of one-off events, in both languages ("개항", "opened": events.py reads each where its language is)
    once = frozenset(w for measure in ruleset.measures if measure.once for w in measure.words)
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
    hit = _PARTICLE_AT.match(text, j)
    return hit.group() if hit is not None else None


# PARTICLES as one alternation in their order: at one position re keeps the first branch that matches, as
# the loop that tried each with ``startswith`` did (one C call where there were up to 45 Python ones)
_PARTICLE_AT = re.compile("|".join(map(re.escape, PARTICLES)))


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


# What every match of _QUOTED, _LATIN_NAME and _GLUED_SHORT opens with: a quotation mark or a capital
_MAY_DISCOVER = re.compile("['‘\"“「『A-Z]")


def _discoverable(text: str, base: int, m: _Matcher) -> list[tuple[int, int, Mention]]:
    """Names no rule file declares: quoted after a model noun or a figure's attribute, Latin product
    names; each with its offsets in ``text``, in order, before overlaps with other names are known."""
    out: list[tuple[int, int, Mention]] = []
    if _MAY_DISCOVER.search(text) is None:
        return out  # (half the blocks of an article: one search, not the three below)
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


# (each test ``any(v in low for v in …)``, as one search in C)
_GIVEN_VERB_WRITTEN = re.compile("|".join(_GIVEN_VERBS))
_FOLDED_WRITTEN = re.compile("[" + "".join(_FOLDED_TO_ASCII) + "]")


def _may_define_groups(text: str) -> bool:
    return _GIVEN_VERB_WRITTEN.search(text.lower()) is not None or _FOLDED_WRITTEN.search(text) is not None


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



# --- short forms of a document's names ------------------------------------------------------------

# The English heads of company and club names (romanize.COMPANY_HEADS in English, and a club's "FC"), as the
# last word(s) of a capitalised run: "Sorin Motors", "Chungbuk Cheongju FC", "Hangyeol Heavy Industries"
_EN_HEADS = sorted({e.title() for h in COMPANY_HEADS for e in SUFFIXES[h]} | {"FC"}, key=len, reverse=True)
_EN_CAPITAL = r"[A-Z][A-Za-z0-9&'’\-]*"
_EN_LONG = re.compile(r"(?<![\w&'’.\-])((?:" + _EN_CAPITAL + r"[ \t]+){1,4})(" + "|".join(map(re.escape, _EN_HEADS))
                      + r")(?![\w&\-])")
_EN_HEAD = re.compile("|".join(map(re.escape, _EN_HEADS)))  # what every match of _EN_LONG holds
_EN_RUN = re.compile(r"(?<![\w&'’.\-])" + _EN_CAPITAL + r"(?:[ \t]+" + _EN_CAPITAL + r")*")
# Words that open a run without being part of the name ("The Gwangju Bank", "Rival Donghae Shipbuilding")
_EN_NOT_NAME_WORDS = frozenset({"The", "A", "An", "Rival", "Rivals", "Peer", "Competitor", "Compatriot", "Fellow",
                                "Shares", "But", "And", "In", "On", "At", "As", "By", "For", "Its", "This", "That"})
# The heads of facilities named after a place ("Cheongju Sports Complex", "Daegu Stadium"): they name where
# something happened, not another actor that a bare part of a name could be
_EN_FACILITY = re.compile(r"\s(?:Stadium|Arena|Complex|Station|Airport|Hall|Centre|Center|Bridge|Museum|Hospital|"
                          r"Ground|Gymnasium|Dome|Terminal|Port|Square)$")
# The document speaks of a part as a place: "the city of Daegu", "in Gwangju" (the whole capitalised run after
# the preposition), "Daegu City", "Cheongju-si"
_EN_PLACE_BEFORE = re.compile(r"(?:\b(?:city|province|county|town|capital|region|port|island)\s+of|\b(?:in|near|across|"
                              r"around|outside|throughout|into))\s+\Z")
_EN_PLACE_HEADS = frozenset({"City", "Province", "County", "Metropolitan", "Island"})
_EN_PLACE_SUFFIX = re.compile(r"(\w{3,})-(?:si|gun|gu|do)\Z")
_EN_RUN_WORDS = 6  # the parts looked for inside a capitalised run: at most this many words


def _en_short_forms(text: str) -> dict[str, str]:
    """The leading and trailing parts of each English company or club name (before its head) with the
    name they shorten, where no other capitalised name and no place of the document has that part. One
    pass over the names and one over the capitalised runs: a document of many names stays linear."""
    if not _EN_HEAD.search(text):
        return {}  # no head, no long name: one scan in C spares the long pattern's try at every position
    longs: dict[str, str] = {}  # part → long name; "" when two long names share it
    for m in _EN_LONG.finditer(text):
        words = _name_words(m.group(1))
        if not words:
            continue
        name = " ".join([*words, m.group(2)])
        parts = {" ".join(words[:k]) for k in range(1, len(words) + 1)} | {" ".join(words[k:]) for k in range(1, len(words))}
        for part in parts:
            if len(part) >= 3:
                longs[part] = name if longs.get(part, name) == name else ""
    if not any(longs.values()):
        return {}
    blocked: set[str] = set()
    for run in _EN_RUN.finditer(text):
        words = _name_words(run.group())
        if not words:
            continue
        whole = " ".join(words)
        if _EN_PLACE_BEFORE.search(text, max(0, run.start() - 30), run.start()):
            blocked.add(whole)  # "in Gwangju", "the city of Daegu"
        if words[-1] in _EN_PLACE_HEADS:
            blocked.add(" ".join(words[:-1]))  # "Daegu City"
        blocked.update(p.group(1) for p in map(_EN_PLACE_SUFFIX.search, words) if p)  # "Cheongju-si"
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + _EN_RUN_WORDS) + 1):
                part = " ".join(words[i:j])
                if longs.get(part) and _other_run(whole, part, longs[part]):
                    blocked.add(part)  # "Samsung Biologics" beside "Samsung Electronics", "South Korea"
    return {part: name for part, name in longs.items() if name and part not in blocked}


def _name_words(run: str) -> list[str]:
    """The words of a capitalised run past those that open it without being part of a name ("The", "Rival")."""
    words = run.split()
    while words and words[0] in _EN_NOT_NAME_WORDS:
        words.pop(0)
    return words


def _other_run(run: str, part: str, name: str) -> bool:
    """Whether a capitalised run (past its opening words) that holds a part is another entity than the long
    name: not the name itself, nor the part alone, nor a facility named after a place."""
    return run != part and run not in name and _EN_FACILITY.search(run) is None


_HANGUL_AT = re.compile(r"[가-힣]")
_KO_HEADS = "|".join(sorted(map(re.escape, (*COMPANY_HEADS, "FC")), key=len, reverse=True))
_KO_LONG = re.compile(r"(?<![가-힣])([가-힣]{2,8}?)(" + _KO_HEADS + r")(?![A-Za-z])")
# The heads alone: most articles name no company, and one scan for a head (in C) spares the long pattern,
# which tries eight stem lengths at every Hangul position (0.4 ms an article of the stock corpus)
_KO_HEAD = re.compile(_KO_HEADS)


def _ko_short_forms(text: str) -> dict[str, str]:
    """The part before the head of each Hangul company or club name that the document makes the topic or
    subject of a clause ("하늘" for "하늘모터스가", "한결" for "한결FC는"; not "하나은행 K리그2", a sponsor's name
    in another's), where no other such name has that part and the document does not speak of the part as a
    place: a place's head on it as a word of its own ("광주시는", "광주광역시"), a particle of place after it
    ("광주에", "광주에서") or a noun of the place's area ("광주 시내")."""
    longs: dict[str, str] = {}
    acting: set[str] = set()
    for m in _ko_longs(text):
        stem, name = m.group(1), m.group()
        if _particle_after(text, m.end()) is None:
            continue  # a longer word goes on: "누리전자상가"
        longs[stem] = name if longs.get(stem, name) == name else ""
        if text.startswith(("은", "는", "이", "가"), m.end()) and not _HANGUL_AT.match(text, m.end() + 1):
            acting.add(name)
    stems = {stem for stem, name in longs.items() if name in acting}
    if not stems:
        return {}
    places = _ko_place_stems(text, stems)
    return {stem: longs[stem] for stem in stems if stem not in places}


def _ko_place_stems(text: str, stems: set[str]) -> set[str]:
    """The stems (two to eight syllables) that open a Hangul word of the text as a place: with a place's
    head or a particle of place after them ("광주시는", "광주에서"), or bare before a noun of the place's area
    ("광주 시내"). A few stems (the usual case) are each found in C; many, over the text's words once."""
    places: set[str] = set()
    if len(stems) <= _FEW_STEMS:
        for stem in stems:
            at = text.find(stem)
            while at != -1:
                if not (at and "가" <= text[at - 1] <= "힣"):  # the word opens with it
                    end = _KO_RUN.match(text, at).end()  # type: ignore[union-attr]  # the stem is Hangul
                    if _ko_place_use(text, text[at + len(stem) : end], end):
                        places.add(stem)
                        break
                at = text.find(stem, at + 1)
        return places
    openings = {stem[:2] for stem in stems}  # every stem has two syllables or more
    for w in _KO_WORD.finditer(text):
        word = w.group()
        if word[:2] not in openings:
            continue
        for k in range(2, min(len(word), 8) + 1):
            if word[:k] in stems and _ko_place_use(text, word[k:], w.end()):
                places.add(word[:k])
    return places


def _ko_place_use(text: str, rest: str, end: int) -> bool:
    """What follows a stem in its word (``rest``, the word ending at ``end``) makes it a place."""
    return bool(_KO_PLACE_REST.fullmatch(rest)) or not rest.strip("은는이가의") and text.startswith(_KO_AREA, end + 1)


_FEW_STEMS = 8
_KO_RUN = re.compile("[가-힣]+")


def _ko_longs(text: str) -> Iterator[re.Match[str]]:
    """``_KO_LONG.finditer(text)``, tried only where a match can start: a match is a stem of two to eight
    syllables opening a Hangul run and a head right after it, so it starts at the opening of the run
    that holds the syllable before some head. The heads' places come from a search in C (every place,
    overlapping ones too); the long pattern, which tries eight stem lengths, runs at those openings only,
    from the left, each after the end of the one before, as ``finditer`` does."""
    starts: set[int] = set()
    head = _KO_HEAD.search(text)
    while head is not None:
        at = head.start()
        opening = at
        while opening > 0 and at - opening <= _KO_STEM_MAX and "가" <= text[opening - 1] <= "힣":
            opening -= 1
        if 2 <= at - opening <= _KO_STEM_MAX:
            starts.add(opening)
        head = _KO_HEAD.search(text, at + 1)
    end = 0
    for opening in sorted(starts):
        if opening < end:
            continue
        m = _KO_LONG.match(text, opening)
        if m is not None:
            yield m
            end = m.end()


_KO_STEM_MAX = 8  # as _KO_LONG's [가-힣]{2,8}?
_KO_WORD = re.compile(r"(?<![가-힣])[가-힣]{2,}")
# after a stem: a place's head (and a particle), or a particle of place ("광주시는", "광주광역시", "광주에서");
# 도 with a particle only ("소린도" is "소린" and "also")
_KO_PLACE_REST = re.compile(r"(?:시|군|구|광역시|특별시|특별자치시|도(?=[은는이가의에를을]))(?:[은는이가의에도를을과와]|에서|으로|로)?|에|에서")
_KO_AREA = ("시내", "지역", "시민", "일대")


def _en_team_tails(text: str) -> dict[str, str]:
    """A team's nickname for its whole name: sports writing names a team whole ("the Haram Bluehawks", "Suwon Titans")
    and then by its plural nickname after "the" ("the Bluehawks went 18-18"). The nickname stands for the one whole
    name of the document that ends in it; none when two do ("Suwon Titans", "Busan Titans")."""
    if "the " not in text and "The " not in text:
        return {}
    longs: dict[str, str] = {}
    for m in _EN_TEAM.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _EN_NOT_NAME_START:
            words = words[1:]
        if not words:
            continue
        tail = m.group(2)
        name = " ".join([*words, tail])
        longs[tail] = name if longs.get(tail, name) == name else ""
    return {tail: name for tail, name in longs.items()
            if name and re.search(rf"\b[Tt]he {tail}\b(?!\s+[A-Z])", text) is not None}


# a whole team name: one or two capitalised words and a plural nickname ("Haram Bluehawks", "Los Angeles Lakers")
_EN_TEAM = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,2})([A-Z][a-z]{2,}s)\b")
_EN_NOT_NAME_START = frozenset({"The", "A", "An", "In", "At", "On", "Of", "For", "By", "With", "And", "But", "When", "While",
                                "As", "After", "Before", "Since", "Last", "This", "That", "Their", "Its", "Our"})


@lru_cache(maxsize=8)
def short_forms(text: str) -> dict[str, str]:
    """A document's short forms of its names and the long names they stand for: a leading or trailing
    part of a company's or club's name before its head (:data:`factlint.romanize.COMPANY_HEADS`, "FC"),
    "Sorin" for "Sorin Motors", "Cheongju" for "Chungbuk Cheongju FC", "하늘" for "하늘모터스", where no other
    name of the document has that part and the document does not speak of it as a place; a team's nickname
    ("Bluehawks" for "Haram Bluehawks", :func:`_en_team_tails`)."""
    return {**persons(text), **_en_team_tails(text), **_en_short_forms(text), **_ko_short_forms(text)}


# --- people ----------------------------------------------------------------------------------------

# The titles and roles Korean writes right after a person's name ("박도현 감독", "정민호 군수는", "김서윤 대표는"): a word of
# its own. Not 시장 (also "market": "전구체 시장이") nor 기자 (a byline's reporter owns no figure of the story)
_KO_TITLES = ("감독", "대표", "대표이사", "군수", "구청장", "도지사", "지사", "선수", "회장", "부회장", "사장", "부사장", "교수", "박사",
              "위원장", "의원", "장관", "총장", "원장", "소장", "이사장", "단장", "코치", "주장", "후보", "당선인", "당선자", "씨",
              "본부장", "팀장", "실장", "국장", "청장", "대변인", "총리", "대통령", "관장", "센터장", "이사", "전무", "상무")
_KO_TITLE = "(?:" + "|".join(sorted(_KO_TITLES, key=len, reverse=True)) + ")"
_KO_SURNAME = "[" + "".join(sorted(SURNAMES)) + "]"
_KO_AFTER_TITLE = r"(?:[은는이가의을를도와과께]|에게|으로|로|이다|이었다|였다)?(?![가-힣])"
# A person's name (a surname and a given name of two syllables: the common shape) and what marks it as one: an age
# in brackets ("박도현(52)", "김하람(22·서진시청)"), or a title after it as a word of its own ("박도현 감독은")
_KO_PERSON = re.compile(r"(?<![가-힣])(" + _KO_SURNAME + r"[가-힣]{2})(?:\((?:[1-9][0-9]?|1[01][0-9])[)·,]|\s" + _KO_TITLE
                        + _KO_AFTER_TITLE + ")")
# A role before the name marks it too, weakly ("주장 이하람은"): the name must be written again as a word of its own
_KO_ROLE_BEFORE = re.compile(r"(?<![가-힣])(?:주장|감독|코치|선수)\s(" + _KO_SURNAME + r"[가-힣]{2})(?=[은는이가]|\()")
# The endings and openings of three-syllable common nouns that open with a surname's syllable: a nationality or
# a person of a kind (한국인, 소비자, 노동자), a superlative (최연소, 최우수), a material or body (전구체)
_KO_NOT_PERSON = re.compile(r"[가-힣]{2}[인적형용급체층계권]|최[고연우다초대저장신][가-힣]|[가-힣]{2}[시군구도읍면동]")
# A bare Hangul word right after, no title: the word before opens a compound ("반도체 산업", "소비자 물가")
_KO_COMPOUND_NEXT = re.compile(r" (?!" + _KO_TITLE + ")[가-힣]")
_KO_BARE = re.compile(r"(?:[은는이가의을를도와과]|에게|에서|으로|로)?(?![가-힣])")


@lru_cache(maxsize=8)
def _ko_persons(text: str) -> dict[str, str]:
    """The Korean people of a document: a surname and a two-syllable given name that the text writes with an age in
    brackets ("김도윤(54)"), or with a title after it (or a role before it and again alone) more often than as the first
    noun of a compound ("반도체 산업 대표", "소비자 물가": a common noun); no nationality, superlative or place by its
    last or first syllables (한국인, 최연소, 하람시)."""
    if not _HANGUL_AT.search(text):
        return {}
    marked: dict[str, int] = {}
    aged: set[str] = set()
    for m in _KO_PERSON.finditer(text):
        marked[m.group(1)] = marked.get(m.group(1), 0) + 1
        if m.group().endswith((")", "·", ",")):
            aged.add(m.group(1))
    for m in _KO_ROLE_BEFORE.finditer(text):
        name = m.group(1)
        if name not in marked and sum(1 for _ in _ko_bare_uses(text, name)) >= 2:
            marked[name] = 1
    out: dict[str, str] = {}
    for name, signs in marked.items():
        if _KO_NOT_PERSON.fullmatch(name) and name not in aged:
            continue  # (an age in brackets says "a person" whatever the syllables: 최우식(34), 김영동(41))
        if name in aged or sum(1 for _ in _ko_bare_uses(text, name, compound=True)) < signs:
            out[name] = name
    return out


def _ko_bare_uses(text: str, name: str, compound: bool = False) -> Iterator[int]:
    """Where the text writes a Hangul word as a word of its own (with a particle or none); with ``compound``, only the
    places where a bare Hangul word that is no title follows it (the word opening a compound: "반도체 산업")."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if not (at and "가" <= text[at - 1] <= "힣"):
            if compound:
                if _KO_COMPOUND_NEXT.match(text, end) is not None:
                    yield at
            elif _KO_BARE.match(text, end):
                yield at
        at = text.find(name, at + 1)


@lru_cache(maxsize=8)
def _ko_person_forms(text: str) -> dict[str, str]:
    """The forms a Korean text refers to its people by: the name and a title ("정민호 군수"), the surname and a title
    ("박 감독", "김 당선인") when one person of the document has that surname."""
    people = _ko_persons(text)
    out: dict[str, str] = dict(people)
    by_surname: dict[str, set[str]] = {}
    for name in people:
        by_surname.setdefault(name[0], set()).add(name)
    for m in re.finditer(r"(?<![가-힣])(" + _KO_SURNAME + r"(?:[가-힣]{2})?)(\s?)(" + _KO_TITLE + ")" + _KO_AFTER_TITLE, text):
        who, title = m.group(1), m.group(3)
        if len(who) == 3 and who in people:
            out[f"{who}{m.group(2)}{title}"] = who
        elif len(who) == 1 and m.group(2) and len(by_surname.get(who, ())) == 1:
            out[f"{who} {title}"] = next(iter(by_surname[who]))
    return out


# A romanised Korean personal name: a capitalised surname and a hyphenated given name ("Park Do-hyun", "Kim Seo-yun")
_EN_PERSON = re.compile(r"(?<![\w\-’'])([A-Z][a-z]{0,5})\s([A-Z][a-z]{1,5}-[a-z]{1,5})(?![\w\-])")
_EN_ROLE_RUN = re.compile(r"([A-Z][a-z]+(?:\s[a-z]+)?)\s\Z")


def _en_person_forms(text: str) -> dict[str, str]:
    """The English forms of the romanised Korean people of a document: the whole name, the surname alone ("Park said")
    when one person of the document has it, and a capitalised role before the name ("Coach Park Do-hyun")."""
    if "-" not in text:
        return {}
    people: dict[str, set[str]] = {}
    out: dict[str, str] = {}
    for m in _EN_PERSON.finditer(text):
        whole = m.group()
        people.setdefault(m.group(1), set()).add(whole)
        out[whole] = whole
        role = _EN_ROLE_RUN.search(text, max(0, m.start() - 24), m.start())
        if role is not None and role.group(1).split()[0] not in _EN_NOT_NAME_START:
            out[f"{role.group(1)} {whole}"] = whole
    for surname, names in people.items():
        if len(names) == 1 and re.search(rf"(?<![\w\-]){surname}(?!\s[A-Z])(?![\w\-])", text):
            out.setdefault(surname, next(iter(names)))
    return out


@lru_cache(maxsize=8)
def persons(text: str) -> dict[str, str]:
    """A document's people (Korean names marked as a person's, romanised Korean names) and the forms it refers to
    them by, each with the person's whole name."""
    return {**_en_person_forms(text), **_ko_person_forms(text)}


# A person's name, an age in brackets and the title after it, right before where the title starts: "박도현(52) 감독"
_KO_AGED_BEFORE = re.compile(r"(?<![가-힣])(" + _KO_SURNAME + r"[가-힣]{2})\((?:[1-9][0-9]?|1[01][0-9])(?:·[^()]{1,15})?\)\s?\Z")


def titled_person(text: str, phrase: Phrase) -> Phrase | None:
    """The person a Korean topic names with a title: the title alone after the name and its age in brackets
    ("박도현(52) 감독은": 박도현), or the name or surname and the title after words that describe the person ("무소속
    이정훈 후보는", "김 후보는": 이정훈, 김도윤), when the document knows the name as a person's (:func:`persons`);
    else None. The phrase returned is the person's whole name over the words that name them."""
    if phrase.text not in _KO_TITLES:
        forms = _ko_person_forms(text)
        words_ = phrase.text.split()
        for k in (2, 1):
            tail = " ".join(words_[-k:])
            if len(words_) >= k and tail in forms and (k == 2 or len(words_) == 1):
                return Phrase(forms[tail], Span(phrase.span.end - len(tail), phrase.span.end), phrase.how)
        return None
    m = _KO_AGED_BEFORE.search(text, max(0, phrase.span.start - 30), phrase.span.start)
    if m is None or m.group(1) not in _ko_persons(text):
        return None
    return Phrase(m.group(1), Span(m.start(1), m.end(1)), phrase.how)


# A person's name, or a name or surname and a title, right before a place: "박서연 후보(8만 1,650표)", "김 후보"
_KO_NAMED_BEFORE = re.compile(r"(?<![가-힣])(" + _KO_SURNAME + r"(?:[가-힣]{2})?(?:\s?" + _KO_TITLE + r")?)\Z")
_EN_NAMED_BEFORE = re.compile(r"(?<![\w\-])([A-Z][a-z]{0,5}(?:\s[A-Z][a-z]{1,5}-[a-z]{1,5})?)\Z")


def person_before(text: str, end: int) -> Mention | None:
    """The person of the document whose name (or name and title, or surname and title) ends right at ``end``: a
    bracket glued to it holds that person's figures ("국민개혁당 박서연 후보(8만 1,650표, 43.5%)")."""
    for pattern in (_KO_NAMED_BEFORE, _EN_NAMED_BEFORE):
        m = pattern.search(text, max(0, end - 24), end)
        if m is None:
            continue
        whole = persons(text).get(m.group(1))
        if whole is not None:
            return Mention(Span(m.start(1), m.end(1)), whole, None, discovered=True)
    return None
