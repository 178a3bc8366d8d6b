"""Multiples written as verbs of change: the change's ends, by their roles, must bear the multiple out.

Business copy states a multiple with a verb in every order: "its operating profit nearly tripled to 126
billion won from 80 billion won" (to B from A), "Revenue doubled to $500 million from $100 million",
"Sales of $3 million quadrupled to $12 million" (the start is the subject), "Exports reached $19 million,
having more than doubled since 2019, when they stood at $8.2 million" (the base in a relative clause),
"It is doubling its capacity to 40,000 tonnes" (the base the sentence before states of the same noun),
"매출은 100억 원에서 350억 원으로 두 배로 늘었다", "전년(45억 원) 대비 3배 가까이 증가한 126억 원". The
multiple is a stated result of the change from its base (from/에서, than/보다/대비, "since YEAR, when it
stood at A", the subject before the verb) to its level (to/로, the figure the Korean verb's adnominal
form qualifies: "증가한 126억 원").

How precisely: a multiple in words is read with the rounding of a one-digit number ("doubled" is ×1.5–2.5,
as "twice" and "두 배" are; "halved" the simple fraction's band), 5 % wider after a word of approximation
("nearly", "almost", "about", "약", "가까이", "거의"); "more than"/"over"/"이상"/"넘게" is at least the
multiple, "less than"/"under"/"미만" at most. Korean "N배 늘었다" may mean ×N or ×(N+1) (either holds);
"N배로 늘었다" is ×N.

Not read: a multiple with no verb of change ("double-digit growth", "a double room", "doubles match",
"double down"); a goal or a plan ("plans to double capacity to 40,000 tonnes by 2027", "would invest …,
doubling its capacity to 24 million": a level not reached, so never checked even with both ends); ends
that another verb of change governs ("rose to $10 million from $8 million after sales doubled"); ends of
another measure; a base in the sentence before that does not name the verb's subject and noun ("Beta had
20,000 tonnes. Alpha is doubling its capacity to 40,000 tonnes"); "두 배 이상" with no ends.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Sequence

from ...model import Quantity, Span
from ...statements import num
from ...tolerance import APPROX_REL, Interval
from .figures import Figure, Paragraph, clause_of, clause_span, sentence_of
from .precision import Relation, factor_material, figure_interval, fraction_band, meets
from .referents import mentions
from .relations import CHANGE_VERB, Found, is_multiple, same_noun

# The verb forms of a change: "doubled", "tripling", "halved"; "doubles"/"triples" only before the change's
# end ("profit doubles to …"), never the nouns and idioms "doubles match", "doubled down", "double-digit".
_VERB_EN = re.compile(
    r"\b(?P<w>doubl|tripl|trebl|quadrupl|quintupl|halv)(?:ed|ing|es(?=\s+(?:to|from)\s+⟦))\b(?![-‐]|\s+(?:down|up|over|back)\b)",
    re.I | re.A,  # ASCII: ignoring case must not let "ı" stand for "i" ("trıpled": no multiple, not a KeyError)
)
_VERB_VALUE = {"doubl": Fraction(2), "tripl": Fraction(3), "trebl": Fraction(3), "quadrupl": Fraction(4),
               "quintupl": Fraction(5), "halv": Fraction(1, 2)}
# The word before the verb that bounds it ("have more than doubled", "nearly tripled", "almost doubling").
_BOUND_BEFORE_EN = re.compile(
    r"\b(?:(?P<min>more\s+than|over|at\s+least|upwards\s+of)|(?P<max>less\s+than|under|not\s+quite)"
    r"|(?P<near>nearly|almost|close\s+to|just\s+short\s+of|about|roughly|around|approximately|some))\s+$",
    re.I,
)
# After a Korean multiple: its particle (로: ×N), a bound, then the verb of change ("두 배로 늘었다", "3배 가까이
# 증가한", "100배 넘게 늘었다"); a fall for a fraction ("절반으로 줄었다", "3분의 1로 감소").
_VERB_AFTER_KO = re.compile(
    r"\s*(?P<ro>으로|로|(?:이|가)(?=\s*(?:됐|되었|된|돼)))?\s*(?:(?P<min>이상|넘게|넘는|넘)|(?P<near>가까이|가량|정도|남짓|안팎|쯤|여)|(?P<max>미만|못\s?미치게))?\s*(?:나\s*|이나\s*|씩\s*|더\s*)?"
    r"(?:(?P<up>늘|증가|성장|확대|급증|불어|커|뛰|상승|올랐|올라)|(?P<down>줄|감소|축소|급감|쪼그라|하락|떨어)|(?P<became>됐|되었|된|돼))"
)  # "18만 원에서 27만 원으로 1.5배가 됐다" (fresh3): became ×N, as "N배로 늘었다"
_NEAR_BEFORE_KO = re.compile(r"(?:거의|대략|무려)\s*$")
# A goal, plan or forecast: a level not reached is no stated result.
_GOAL = re.compile(
    r"계획|목표|예정|전망|방침|추진|겠|\b(?:aims?|aiming|plans?|planned|planning|targets?|intends?|will|would|could|might|expects?|expected|"
    r"hopes?|goal|seeks?|set\s+to|forecasts?|projected)\b",
    re.I,
)
# "since 2019, when they stood at ⟦⟧": the base of a change since a year, in a relative clause
_SINCE_WHEN = re.compile(
    r"\bsince\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2},?\s+when\s+(?:it|they|the\s+[a-z]+|[a-z]+)\s+(?:stood\s+at|was|were|totall?ed|came\s+to|reached|amounted\s+to)"
    r"\s+(?:about\s+|some\s+|roughly\s+|just\s+)?$",
    re.I,
)
# An adnominal verb ending between a Korean verb of change and the level it qualifies ("증가한 ⟦⟧", "늘어난 ⟦⟧")
_ADNOMINAL_KO = re.compile(r"^[가-힣]{0,3}[한난된른진운]\s*(?:약\s*|총\s*)?$")
# What an English subject names: its words less determiners and pronouns ("Its capacity" → capacity)
_SUBJECT_STOP = {"the", "its", "their", "his", "her", "our", "it", "they", "we", "he", "she", "this", "that", "these", "those",
                 "has", "have", "had", "is", "are", "was", "were", "been", "now", "also", "a", "an", "and", "company", "firm",
                 "to", "from", "in", "by", "of", "since", "over", "for", "on", "at", "than", "last", "year"}
_OBJECT_EN = re.compile(r"\s+(?:its|their|his|her|our|the)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.I)


def verb_figures(p: Paragraph) -> list[Figure]:
    """The English verbs of a multiple as figures ("doubled" is 2, read with the rounding of a one-digit number)."""
    text = p.masked.text
    low = text.lower()
    if not any(stem in low for stem in _VERB_VALUE):
        return []  # a regex opening with a word under IGNORECASE is tried at every position: most paragraphs have none
    out = []
    for m in _VERB_EN.finditer(text):
        start, end = m.start(), m.end()
        q = _verb_quantity(m, Span(p.masked.absolute(start), p.masked.absolute(end)))
        out.append(Figure(-2, q, start, end, sentence_of(p, start), clause_of(p, start), "other", None, "x"))
    return out


class _Verb:
    """How a multiple's verb reads: its value, bound, direction and where the verb ends (masked offsets)."""

    def __init__(self, stated: Interval, relation: Relation, up: bool, end: int, shown: str, plus_one: bool) -> None:
        self.stated, self.relation, self.up, self.end, self.shown, self.plus_one = stated, relation, up, end, shown, plus_one


def _english_verb(text: str, start: int, end: int, q: Quantity) -> _Verb:
    """An English verb of a multiple at ``start:end`` of ``text``, with the word before it that bounds it."""
    bound = _BOUND_BEFORE_EN.search(text, max(0, start - 30), start)
    stated = Interval(q.low, q.high)
    groups = bound.groupdict() if bound else {}
    shown = (bound.group(0) if bound else "") + q.text
    relation: Relation = "min" if groups.get("min") else "max" if groups.get("max") else "eq"
    if groups.get("near"):
        stated = stated.widen(APPROX_REL)
    return _Verb(stated, relation, (q.value or 0) > 1, end, shown, False)


def _verb_quantity(m: re.Match[str], span: Span) -> Quantity:
    """"doubled" as a quantity: 2, with the rounding of a one-digit number (½'s simple-fraction band for "halved")."""
    value = _VERB_VALUE[m.group("w").lower()]
    band = Interval(value - Fraction(1, 2), value + Fraction(1, 2)) if value >= 1 else fraction_band(value)
    return Quantity(span, m.group(0), "ratio", value, band.low, band.high, "x")


def _read_verb(p: Paragraph, f: Figure) -> _Verb | None:
    """The verb of change a multiple is written with, English ("nearly tripled") or Korean ("두 배로 늘었다")."""
    text = p.masked.text
    value = f.q.value
    if value is None:
        return None
    if f.index == -2:  # an English verb (:func:`verb_figures`)
        return _english_verb(text, f.start, f.end, f.q)
    if not is_multiple(f.q) or f.q.bound == "range":
        return None
    m = _VERB_AFTER_KO.match(text, f.end)
    if m is None or (not m.group("became") and bool(m.group("up")) != (value > 1)) or (value < 1 and not m.group("ro")):
        return None  # "3분의 1 줄었다" is a change by a third (:func:`.relations.growth`), not ×1/3
    stated = fraction_band(value) if value < 1 else figure_interval(f.q)
    relation: Relation = "min" if f.q.bound == "min" or m.group("min") else "max" if f.q.bound == "max" or m.group("max") else "eq"
    if (m.group("near") or _NEAR_BEFORE_KO.search(text, max(0, f.start - 6), f.start)) and not f.q.approx:
        stated = stated.widen(APPROX_REL)
    return _Verb(stated, relation, value > 1, m.end(), f.q.text + text[f.end : m.end()], not m.group("ro") and value > 1)


def _measured(g: Figure) -> bool:
    return g.q.kind not in ("percent", "ratio") and g.q.value is not None and g.q.bound is None and g.index != -2


def _free(p: Paragraph, f: Figure, verb: _Verb, g: Figure) -> bool:
    """No other verb of change, rate or multiple stands between the multiple's verb and ``g``: the verb governs it
    ("rose to $10 million from $8 million after sales doubled": the ends are the rise's)."""
    lo, hi = (g.end, f.start) if g.end <= f.start else (verb.end, g.start)
    if CHANGE_VERB.search(p.masked.text, lo, hi):
        return False
    return not any(lo <= h.start < hi and h.q.kind in ("percent", "ratio") for h in p.in_sentence(f))


def _one(figures: Sequence[Figure]) -> Figure | None:
    return figures[0] if len({g.q.value for g in figures}) == 1 and len(figures) >= 1 else None


def _ends(p: Paragraph, f: Figure, verb: _Verb) -> tuple[Figure | None, Figure | None]:
    """(base, level) of the change in the multiple's clause, by their roles; None where not stated there."""
    text = p.masked.text
    clause = [g for g in p.in_clause(f) if _measured(g) and _free(p, f, verb, g)]
    after = [g for g in clause if g.start >= verb.end]
    prior = [g for g in clause if g.end <= f.start]
    if f.index == -2:  # English: the ends follow the verb ("tripled to B from A"), a subject may precede it
        bases = [g for g in after if g.role == "from" or _SINCE_WHEN.search(text, max(0, g.start - 90), g.start)]
        levels = [g for g in after if g.role == "to"]
        base, level = _one(bases), _one(levels)
        if level is not None and base is None and not bases:
            # "Sales of $3 million quadrupled to …"; not "The $4 million plant doubled its output to …" (another noun's)
            base = _one([g for g in prior if g.dim == level.dim and g.role == "of"])
        elif base is not None and level is None and not levels:
            level = _one([g for g in prior if g.dim == base.dim and g.role in ("subject", "other", "to", "object", "of")])
        return base, level
    # Korean: the ends precede the multiple ("A에서 B로 두 배로", "전년(A) 대비 … 3배"), or the level follows the
    # verb it is qualified by ("3배 가까이 증가한 126억 원")
    base = _one([g for g in prior if g.role in ("from", "than")])
    if base is None:
        return None, None
    level = _one([g for g in prior if g.role == "to" and g.dim == base.dim])
    if level is None:
        adnominal = [g for g in after if g.dim == base.dim and _ADNOMINAL_KO.match(text[verb.end : g.start])]
        # the subject's own figure: "3만 2,000여 명이 감염돼 2023년(292명)보다 100배 넘게 늘었다", never an object or a
        # modifier of another noun ("매출 300억 원을 올린 A사는 전년(50억 원) 대비 영업이익이 두 배로 늘었다")
        level = adnominal[0] if adnominal else _one([g for g in prior if g is not base and g.dim == base.dim and g.role == "subject"])
    return base, level


def _words(p: Paragraph, f: Figure, verb: _Verb) -> list[str]:
    """What the change is of, as the English clause names it: its subject's words and the verb's object
    ("It is now doubling its capacity" → capacity; "Alpha's sales doubled" → Alpha's, sales)."""
    c0, _ = clause_span(p, f)
    text = p.masked.text
    subject = text[c0 : f.start - (len(verb.shown) - len(f.q.text))]
    obj = _OBJECT_EN.match(text, verb.end)
    words = re.findall(r"[A-Za-z][\w'’-]*", subject + " " + (obj.group(1) if obj else ""))
    return [w for w in words if w.lower() not in _SUBJECT_STOP]


def _from_before(p: Paragraph, f: Figure, verb: _Verb, known: Figure, before: Sequence[Figure], before_text: str) -> Figure | None:
    """The other end of an English change stated in the sentence before: its one figure of ``known``'s measure,
    when that sentence names every word of the change's subject and object and states no goal ("The company had
    20,000 tonnes of capacity in 2020. It is now doubling its capacity to 40,000 tonnes")."""
    if f.index != -2 or not before_text or _GOAL.search(before_text):
        return None
    same = [g for g in before if g.dim == known.dim and _measured(g) and g.role not in ("than", "among")]
    other = _one(same)
    words = _words(p, f, verb)
    if other is None or not words or not mentions(words, before_text):
        return None
    return other


def verb_multiple(p: Paragraph, f: Figure, before: Sequence[Figure], before_text: str, tol: Fraction,
                  taken: set[int]) -> Found | None:
    """A multiple written as a verb of change, recomputed from the change's ends (see the module's docstring)."""
    verb = _read_verb(p, f)
    if verb is None:
        return None
    s0, s1 = p.sentences[f.sentence] if f.sentence < len(p.sentences) else (0, len(p.masked.text))
    if _GOAL.search(p.masked.text, s0, s1):
        return None  # "plans to double capacity to 40,000 tonnes by 2027": a goal states no level reached
    base, level = _ends(p, f, verb)
    if base is None and level is not None:
        base = _from_before(p, f, verb, level, before, before_text)
    elif level is None and base is not None:
        level = _from_before(p, f, verb, base, before, before_text)
    if base is None or level is None or base is level or base.dim != level.dim or not same_noun(base, level):
        return None
    if base.index in taken and level.index in taken:
        return None  # "doubled from $5 million to $10 million": read by the fixed word orders
    if base.year is not None and level.year is not None and base.year >= level.year:
        return None
    b, l = base.q.value, level.q.value
    if b is None or l is None or b <= 0 or (l > b) != verb.up:
        return None  # a level the wrong side of the base: not this change's ends
    return _recompute(f, verb, base, level, tol)


def _recompute(f: Figure, verb: _Verb, base: Figure, level: Figure, tol: Fraction) -> Found:
    r = figure_interval(level.q).over(figure_interval(base.q)).widen(tol)
    value = f.q.value or Fraction(0)
    if verb.relation == "min":
        ok = r.high is None or r.high >= value
    elif verb.relation == "max":
        ok = r.low is None or r.low <= value
    else:
        ok = meets(r, verb.stated) or (verb.plus_one and meets(r, verb.stated.shift(1)))
    head = (level.q.value or Fraction(0)) / (base.q.value or Fraction(1))
    said = {"min": Interval(value, None), "max": Interval(None, value), "eq": verb.stated}[verb.relation]
    material = factor_material(head, said) and (not verb.plus_one or factor_material(head, said.shift(1)))
    if ok and material and not (base.q.approx or level.q.approx):
        ok = False  # "more than doubled to $19 million from $10 million": 1.9× as written; 2× only at the rounding's extremes
    either = f" (×{num(value, 3)} or ×{num(value + 1, 3)})" if verb.plus_one and verb.relation == "eq" else ""
    line = (f"{level.q.text} / {base.q.text} = {num(head, 3)}× ({num(r.low, 3)}–{num(r.high, 3)}× given the rounding); "
            f"the text says {verb.shown.strip()}{either}")
    return Found("ratio", f, (base, level), line, "holds" if ok else "fails", f"{base.q.text} → {level.q.text}: {line}")


# Reuters states a change's base in a sentence of its own after the change, repeating its subject: "…its
# third-quarter operating profit nearly tripled to 126 billion won. Operating profit for the July-September quarter
# compared with 43.2 billion won a year earlier and …" (fresh5). The subject's words, then the base and its period.
_COMPARED_BASE_EN = re.compile(
    r"\s*(?P<subject>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)(?:\s+(?:for|in)\s+(?:the\s+)?[\w'’ -]{1,40}?)?"
    r"\s+(?:compared\s+(?:with|to)|compares\s+with|versus)\s+(?:about\s+|some\s+)?⟦(?P<i>\d+)⟧"
    r"\s+(?:a\s+year\s+(?:earlier|ago|before)|in\s+the\s+same\s+(?:period|quarter)\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year)|last\s+year)\b"
)
_TO_LEVEL_EN = re.compile(r"\s+to\s+(?:about\s+|some\s+|roughly\s+)?⟦(\d+)⟧")
_TOKEN = re.compile(r"⟦(\d+)⟧")


def _compared_base(p: Paragraph, s: int, before: Sequence[Figure], before_text: str, tol: Fraction) -> Found | None:
    """A change written as a verb in the sentence before with its level only ("nearly tripled to 126 billion won"),
    whose base this sentence gives with the change's subject ("Operating profit … compared with 43.2 billion won a
    year earlier"): every word of the subject stands before the verb there, and that sentence has no base and no goal."""
    text = p.masked.text
    m = _COMPARED_BASE_EN.match(text, p.sentences[s][0], p.sentences[s][1])
    if m is None or not before_text or _GOAL.search(before_text) or _SINCE_WHEN.search(before_text):
        return None
    base = next((g for g in p.figures if g.index == int(m.group("i"))), None)
    verbs = list(_VERB_EN.finditer(before_text))
    tokens = list(_TOKEN.finditer(before_text))
    if base is None or not _measured(base) or len(verbs) != 1 or len(tokens) != len(before):
        return None
    v = verbs[0]
    to = _TO_LEVEL_EN.match(before_text, v.end())
    if to is None or re.search(r"\bfrom\s", before_text[v.end() :]) or CHANGE_VERB.search(before_text, 0, v.start()):
        return None  # "tripled to B from A": the base is stated there; "rose 10% and then doubled to …": two changes
    level = before[[t.start() for t in tokens].index(to.start(1) - 1)]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", m.group("subject")) if w.lower() not in _SUBJECT_STOP]
    if not words or not mentions(words, before_text[: v.start()]):
        return None
    if not _measured(level) or level.dim != base.dim or not same_noun(base, level):
        return None
    q = _verb_quantity(v, level.q.span)  # the verb is in the sentence before: the statement is placed at the base
    verb = _english_verb(before_text, v.start(), v.end(), q)
    b, l = base.q.value, level.q.value
    if b is None or l is None or b <= 0 or (l > b) != verb.up:
        return None
    f = Figure(-1, q, -1, -1, -1, -1, "other", None, "x")
    return _recompute(f, verb, base, level, tol)


def multiples_as_verbs(p: Paragraph, taken: set[int], previous: Sequence[Figure], previous_text: str, tol: Fraction) -> list[Found]:
    """Every multiple of the paragraph written as a verb of change whose ends are stated (English verbs and Korean
    multiples not already read: ``taken`` holds the figures other statements read)."""
    out = []
    for f in sorted([*verb_figures(p), *(g for g in p.figures if is_multiple(g.q) and g.index not in taken)], key=lambda g: g.start):
        if f.sentence > 0:
            before, before_text = p.sentence_of(f.sentence - 1), p.masked.text[slice(*p.sentences[f.sentence - 1])]
        else:
            before, before_text = list(previous), previous_text
        r = verb_multiple(p, f, before, before_text, tol, taken)
        if r is not None:
            out.append(r)
    for s in range(len(p.sentences)):
        if s > 0:
            before, before_text = p.sentence_of(s - 1), p.masked.text[slice(*p.sentences[s - 1])]
        else:
            before, before_text = list(previous), previous_text
        if "compare" in p.masked.text[slice(*p.sentences[s])] or "versus" in p.masked.text[slice(*p.sentences[s])]:
            r = _compared_base(p, s, before, before_text, tol)
            if r is not None:
                out.append(r)
    return out
