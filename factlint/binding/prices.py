"""English prices (issue #14): "X costs N", "X sells for N", "X is priced at N" state what X is sold for.

- A name in the subject owns the price: "The SV3 sells for 39.9 million won", "a jar of its Haemil Red 3 costs
  12,000 won" (the product named in the noun phrase, not the company its "its" points to).
- A subject that is a common noun names the priced thing ("A round trip costs 23,000 won", "Admission costs
  5,000 won"): the attribute; its owner is the name the sentence before opened with, in the same paragraph ("The
  3,480-metre Danwolsan Cable Car lifts passengers …. A round trip costs …"), never a name further back.

Not: a difference ("costs 2,000 won more than …"), a plan ("will cost", "is expected to cost": no "costs"), the
past "cost" (a project's cost: "the farm cost 1.2 trillion won" is no price), two names in the subject."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from . import structure

HOW = "subject of a price verb"
PRICE = "price"
# The price verb right before the figure, and where the clause that holds it opens (after ";" or ":")
_VERB = re.compile(r"\s+(?:costs|sells\s+for|retails\s+for|is\s+priced\s+at|is\s+sold\s+for)\s+"
                   r"(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|some\s+)?\Z")
# What follows a difference rather than a price: "costs 2,000 won more than", "costs 5,000 won extra"
_DIFFERENCE = re.compile(r"\s+(?:more|less|extra|cheaper|dearer|above|below|than)\b")
# A name in the subject: capitalised words, with model numbers ("Haemil Red 3", "SV3 LR")
_NAME = re.compile(r"(?<![\w\-'’])([A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|\d[\w\-]*))*)")
_DETERMINERS = frozenset({"The", "A", "An", "Its", "Their", "His", "Her", "Our", "This", "That", "Each", "Every", "One"})
# A common-noun subject: a determiner (or none) and one to three lower-case words ("A round trip", "Admission")
_COMMON = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Ee]ach|[Oo]ne)\s+)?(?P<noun>[A-Za-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2})")
# "The 3,480-metre Danwolsan Cable Car lifts …": a measure before the name, no part of the opener
_LEADING_MEASURE = re.compile(r"((?:The|An?)\s+)\d[\d,.]*(?:-[a-z]+|\s+[A-Za-z]+[²³]?)\s+(?=[A-Z])")


@dataclass(frozen=True)
class Price:
    attribute: str  # "price", or the priced thing ("round trip")
    owner: structure.Phrase


def _written_as_name(text: str, word: str) -> bool:
    """A capitalised word opening the subject is a name when the text writes it capitalised inside a sentence too."""
    return re.search(r"[a-z,;]\s+" + re.escape(word) + r"\b", text) is not None


def read(text: str, sentence: Span, figure: Span, before: str) -> Price | None:
    """The priced thing and its owner for a figure right after a price verb (module docstring), else None.
    ``text``: the document's; ``before``: the sentence before in the same paragraph ("" when none)."""
    verb = _VERB.search(text, sentence.start, figure.start)
    if verb is None or _DIFFERENCE.match(text, figure.end):
        return None
    opens = max(text.rfind(";", sentence.start, verb.start()), text.rfind(":", sentence.start, verb.start()))
    start = opens + 1 if opens != -1 else sentence.start
    subject = text[start : verb.start()]
    lead = len(subject) - len(subject.lstrip())
    names = []
    for m in _NAME.finditer(subject):
        words = m.group(1).split()
        at = m.start(1)
        if at == lead and words[0] in _DETERMINERS:
            words, at = words[1:], at + len(words[0]) + 1
        if at == lead and words and not (any(c.isdigit() for c in words[0]) or _written_as_name(text, words[0])):
            words, at = words[1:], at + len(words[0]) + 1 if words else at  # "Admission": capitalised as the first word
        if words:
            name = " ".join(words)
            names.append(structure.Phrase(name, Span(start + at, start + at + len(name)), HOW))
    if len({n.text for n in names}) > 1:
        return None  # two names: whose price is not written
    if names:
        return Price(PRICE, names[0])
    common = _COMMON.fullmatch(subject.strip())
    if common is None or not before:
        return None
    opener = structure.english_opener(_LEADING_MEASURE.sub(r"\1", before, count=1))
    if opener is None or not (" " in opener or _written_as_name(text, opener)):
        return None  # ("Tickets are not cheap.": a capitalised first word is no name)
    at = text.rfind(opener, 0, sentence.start)
    if at == -1:
        return None
    return Price(common.group("noun").lower(), structure.Phrase(opener, Span(at, at + len(opener)), HOW))
