"""English measures written as a compound adjective before a noun (issue #14): "The 3,480-metre Danwolsan Cable
Car", "the 400 MW Seomun project", "the 340 MW farm" state the measure of the unit's dimension (a length, an area,
a capacity) of the thing the noun phrase is, owned by the name written in it or, for "the N", by the one name the
text gave N (``structure.named_by_head``), or the name the phrase is apposed to ("the Danwolsan Cable Car,
the roughly 3.5 km line"). Structure only: a determiner before the figure, a noun phrase after it.

Not: an indefinite "a 350 kWh battery" (a part of some other subject: the binder's other readings), a comparison's
object ("twice the 1,412-metre …", "longer than the 3.5 km line"), a rate ("a 5% rise": no dimension here), a
figure followed by "of" ("the 1,412 metres of …": a noun of its own), a noun phrase no name or known "the N" owns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from . import structure

# The measure a unit's dimension names when it modifies a noun: a line's length, a site's area, a plant's capacity
MEASURES = structure.UNIT_MEASURES
HOW = "measure before the noun"

# A definite determiner right before the figure: "the", "its", "their", a possessor ("Gaon's")
_DEFINITE = re.compile(r"(?:^|(?<=[^\w\-]))(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[\w\-]+['’]s)\s+\Z")
# A comparison before the determiner: "twice the", "longer than the", "as long as the", "like the", "three times the"
_COMPARED = re.compile(r"\b(?:than|twice|thrice|times|like|as|unlike|half|double|triple|versus|vs\.?)\s+\Z")
# The noun phrase after the figure: capitalised words (a name) and at most one lower-case head, or lower-case nouns
# (a hyphenated lower-case word is a compound adjective, no head: the noun after it is — "Mungnyeong pumped-storage
# station")
_NAME = re.compile(r"[ \-]+(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,4})"
                   r"(?:[ \t]+(?P<head>[a-z]+-[a-z\-]+[ \t]+[a-z]{3,}|[a-z][a-z\-]{2,}))?\b")
# A name and a comma right before "the": the noun phrase is in apposition to it ("X, the 3.5 km line")
_APPOSED = re.compile(r"(?<![\w\-])((?:[A-Z][\w\-]*)(?:[ \t]+[A-Z][\w\-]*){0,4}),\s+\Z")
_FRONTING = frozenset({"In", "At", "On", "For", "By", "From", "Since", "After", "Before", "Until", "During", "Near", "Across",
                       "Along", "Inside", "Outside", "Beyond", "Today", "Yesterday", "Now", "Then", "But", "And", "So", "Yet"})
_NOUNS = re.compile(r"[ \-]+(?P<nouns>[a-z][a-z\-]{2,}(?:\s+[a-z][a-z\-]{2,}){0,2})\b")


@dataclass(frozen=True)
class Prenominal:
    measure: str  # length, area, capacity
    owner: structure.Phrase  # the name, or the name "the N" stands for


def _noun(word: str, first: bool) -> bool:
    """Whether a lower-case word after the figure can be (part of) the noun it modifies: not a function word, and
    past the first word not a finite verb or participle ("farm uses", "tunnel opened", "road linking")."""
    if word in structure.EN_STOP or word in structure.EN_PREPOSITIONS:
        return False
    return first or not (word.endswith(("s", "ed", "ing", "ly")) and not word.endswith("ss"))


def read(text: str, figure: Span, dim: str) -> Prenominal | None:
    """The measure and owner of a figure that is a compound adjective before a noun (module docstring), else None.
    ``text``: the document's; ``dim``: ``tolerance.dimension`` of the figure."""
    measure = MEASURES.get(dim)
    if measure is None:
        return None
    before = text[max(0, figure.start - 40) : figure.start]
    det = _DEFINITE.search(before)
    if det is None or _COMPARED.search(before[: det.start()]):
        return None
    at = figure.end
    if text[at : at + 1] not in (" ", "-"):
        return None
    named = _NAME.match(text, at)
    if named is not None:
        name, end = named.group("name"), named.end("name")
        head = named.group("head")
        if head is not None and all(_noun(w, False) for w in head.split()):
            name, end = f"{name} {head}", named.end("head")
        if re.match(r"['’]s\b", text[end : end + 2]):
            return None  # "the 340 MW Seomun project's turbines": the name is a possessor here, of another thing
        start = named.start("name")
        return Prenominal(measure, structure.Phrase(name, Span(start, start + len(name)), HOW))
    nouns = _NOUNS.match(text, at)
    if nouns is None:
        return None
    words = nouns.group("nouns").split()
    kept = []
    for i, w in enumerate(words):
        if not _noun(w, i == 0):
            break
        kept.append(w)
    if not kept or det.group().strip().lower() != "the":
        return None  # ("its 3,480-metre line": whose line is the possessor's reading, not this module's)
    apposed = _APPOSED.search(text, max(0, figure.start - 80), figure.start - len(det.group()))
    if apposed is not None and (apposed.group(1).split()[0] in _FRONTING or re.search(
            r"\b(?:in|at|on|for|by|from|since|after|before|until|during|near|of|to|with|than)\s+\Z", text[max(0, apposed.start(1) - 12) : apposed.start(1)])):
        return None  # "In Danwol, the 6.4 km tunnel …": a fronted place, no apposition
    if apposed is not None:
        # "the Danwolsan Cable Car, the roughly 3.5 km line that opened last autumn": the name the phrase is apposed to
        return Prenominal(measure, structure.Phrase(apposed.group(1), Span(apposed.start(1), apposed.end(1)), HOW))
    owner = structure.named_by_head(text, kept[-1], figure.start - len(det.group()))
    if owner is None:
        return None
    return Prenominal(measure, structure.Phrase(owner.text, owner.span, HOW))
