""""N more X than Y": a difference between the two counts of its sentence its nouns name (s19-arith3, fresh17 A5).

The base of an English comparative is usually a figure ("80 billion, 20 billion more than the 60 billion",
:func:`.relations.difference`); here it is a noun, and so is the subject: "The club had 21 wins and 7 losses, 14 more
wins than losses", "320 women and 298 men enrolled, 22 more women than men". The operands are the sentence's one
count of each noun, before the difference ("wins" counts "21 wins"; a count with another noun, or two of one noun,
leaves it unread). A won-lost record written with a hyphen counts both ("went 21-7 …, 14 more wins than losses":
wins first, losses second — a record of three numbers, W-D-L or W-L-T, is not read). The Korean comparative with a
figure as its base ("600억개보다 200억개 많다") is :func:`.relations.difference`'s.
"""

from __future__ import annotations

import re
from fractions import Fraction

from ...model import Quantity, Span
from .figures import Figure, Paragraph
from .relations import Found, _difference

# "⟦n⟧ more wins than losses", "⟦n⟧ fewer men than women": two bare nouns, no figure, article or possessive after "than"
_MORE_X_THAN_Y = re.compile(
    r"\s+(?:(?P<more>more)|(?P<less>fewer|less))\s+(?P<x>[a-z]{3,})\s+than\s+(?P<y>[a-z]{3,})\b(?!\s*(?:⟦|\(|['’]))",
    re.I)
# A won-lost record after its first number: "went ⟦⟧-7", "a ⟦⟧-7 record" (not "⟦⟧-7-2", a three-number record)
_RECORD = re.compile(r"[-–](\d{1,3})(?![\d–-])")
_RECORD_NOUNS = ("win", "loss")
_FIRST_WORDS = re.compile(r"\b(?:went|finished|posted|record|a|an)\s+$", re.I)
# The difference set off as an apposition of the counts' clause: ", 14 more wins than losses", ", or 14 more …", "— 14
# more …". A verb or a conjunction before it ("…, while Beoldam had 40 more", "…, and it plans to hire 50 more", "but
# finished with only 2 more", "after enrolling 15 more") makes it another clause's: another subject, goal or period.
_APPOSITION = re.compile(r"(?:,|—|–|\(|:)\s*(?:or\s+|that\s+is\s+|i\.e\.,?\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
# Between the counts and the difference: a word that opens another clause or sets the counts apart
_OTHER_CLAUSE = re.compile(r"\b(?:but|while|whereas|although|though|after|before|when|since|which|who|compared|against|"
                           r"plans?|aims?|targets?|expects?|hopes?|will|would)\b", re.I)
# A period or place written after "than Y": the difference is another year's or another place's ("15 more women
# than men in 2023", "2 more wins than losses overall", "… at home")
_OWN_TERMS_AFTER = re.compile(r"\s*(?:in|during|for|at|on|overall|last|this|next|a\s+year)\b", re.I)


def counted_difference(p: Paragraph, f: Figure, tol: Fraction) -> Found | None:
    """``f`` in "⟦f⟧ more X than Y": the count of X less the count of Y, both stated in its sentence before it."""
    if f.q.value is None or f.q.kind not in ("number", "count") or f.q.bound is not None or f.q.unit is not None:
        return None
    m = _MORE_X_THAN_Y.match(p.masked.text, f.end)
    if m is None:
        return None
    x, y = _singular(m.group("x")), _singular(m.group("y"))
    if x == y or _OWN_TERMS_AFTER.match(p.masked.text, m.end()):
        return None
    s0, _ = p.sentences[f.sentence]
    if not _APPOSITION.search(p.masked.text, max(s0, f.start - 24), f.start):
        return None  # not an apposition of the counts' clause: another subject's, period's or goal's difference
    before = [g for g in p.in_sentence(f) if g.end <= f.start and g.q.value is not None and g.q.bound is None
              and g.q.kind in ("number", "count") and g.q.unit is None]
    subject, base = _named(before, x), _named(before, y)
    if subject is None or base is None:
        record = _record(p, before) if {x, y} == set(_RECORD_NOUNS) else None
        if record is None:
            return None
        wins, losses = record
        subject, base = (wins, losses) if x == "win" else (losses, wins)
    if _OTHER_CLAUSE.search(p.masked.text, max(subject.end, base.end), f.start):
        return None  # "…298 deaths last year, while neighbouring Beoldam had 40 more …": not the counts' clause
    return _difference(base, subject, f, m.group("more") is not None, tol)


def _singular(word: str) -> str:
    """An English plural noun's singular, enough to match a counter: losses → loss, wins → win, parties → party."""
    w = word.lower()
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("ies"):
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _named(figures: list[Figure], noun: str) -> Figure | None:
    """The one figure of ``figures`` that counts ``noun`` ("21 wins" for win), if exactly one does."""
    found = [g for g in figures if g.q.counter and _singular(g.q.counter) == noun]
    return found[0] if len(found) == 1 else None


def _record(p: Paragraph, before: list[Figure]) -> tuple[Figure, Figure] | None:
    """A won-lost record "21-7" of the sentence before the difference (its one hyphenated pair, after "went",
    "finished", "posted" or an article), as two figures: the first as extracted, the second read from the digits
    after the hyphen (the extractor reads "-7" as no figure)."""
    text = p.masked.text
    found = [g for g in before if g.q.counter is None and g.q.value is not None and g.q.value.denominator == 1
             and _RECORD.match(text, g.end)]
    if len(found) != 1 or not _FIRST_WORDS.search(text, max(0, found[0].start - 12), found[0].start):
        return None  # two records ("went 21-7 and the Tides 18-10"): whose is compared is not said
    first = found[0]
    r = _RECORD.match(text, first.end)
    assert r is not None
    value = Fraction(int(r.group(1)))
    a0 = p.masked.absolute(r.start(1))
    q = Quantity(Span(a0, a0 + len(r.group(1))), r.group(1), "count", value, value, value)
    second = Figure(-2, q, r.start(1), r.end(1), first.sentence, first.clause, "other", None, first.dim)
    return first, second
