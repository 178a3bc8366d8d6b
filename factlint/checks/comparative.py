"""`comparative`: a multiple of another entity's figure must fit what the corpus knows of both.

What it does
    Takes every multiple that compares two named entities ("친칠라는 GPT-2보다 50배 크다",
    "Chinchilla is 100 times larger than GPT-2", "엑사원은 GPT-3의 2배 규모다", "친칠라의 파라미터
    수는 GPT-2의 50배에 달한다", "Chinchilla has 50 times as many parameters as GPT-2", "Compared
    with GPT-2, Chinchilla is 50 times larger", a fraction: "GPT-2 is a fiftieth the size of
    Chinchilla"; ``factlint claims`` lists them as "compared to") and holds it against
    * the ratio of the two entities' values of that attribute, from the reference facts, else
      from the corpus's own claims (the median figure of each), and
    * the other multiples of the same pair in the corpus (their median).
    A multiple that disagrees with the known ratio is reported with the values it was computed
    from; one that only disagrees with the other multiples is reported as a contradiction. The
    attribute is the one the clause names ("파라미터 수가 … 10배 많다"), else the entity type's
    size (a model's parameters). ``tolerance`` widens both sides: a multiple in prose is a loose
    figure ("50배" for 46.7×).

Why
    A comparison is a figure too, and one readers remember: "100 times larger than GPT-2" is
    wrong when the corpus itself says 70 billion and 1.5 billion parameters (46.7×).

Example
    ``facts: Chinchilla 70e9 parameters, GPT-2 1.5e9`` and "Chinchilla is 100 times larger than
    GPT-2." → ``warning: Chinchilla · parameters compared to GPT-2: '100 times' (100×) disagrees
    with 70,000,000,000 / 1,500,000,000 = 46.67× (reference facts); tolerance 0.1
    [model-comparatives]``

    Not reported: "친칠라는 GPT-2보다 50배 크다" (46.7× is within 10 % of 50); "GPT-4는 GPT-3보다
    10배 빠르다" (speed: no attribute); a multiple whose entities have no known values and no
    other multiple.

Options
    ``attributes`` (list, default all): the attributes this rule checks.
    ``tolerance`` (number ≥ 0 and < 1, default 0.1): relative tolerance on both sides.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction
from typing import Any, Iterator, Sequence

from ..claimtools import as_written, attributes, canonical_entity, claim_data, fmt, reference, show
from ..codec import MessagePack
from ..config.ruleset import Rule
from ..model import Claim, Finding, Location, Quantity, Span
from ..tolerance import agree, frac, normalised
from .base import Check, Corpus, DocumentView, Focus, new_finding

KIND = "comparative"
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "attributes": {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True},
        "tolerance": {"type": "number", "minimum": 0, "description": "Relative tolerance on both sides (0.1 = 10%)."},
    },
}
DEFAULTS: dict[str, Any] = {"attributes": [], "tolerance": 0.1}

Claims = tuple[Claim, ...]


class Comparative(Check[Claims]):
    """A document's summary is its multiples and its plain claims of the rule's attributes (the values
    a multiple is computed from)."""

    kind = KIND
    options_schema = OPTIONS_SCHEMA
    defaults = DEFAULTS
    needs = frozenset({"claims"})
    scope = "corpus"  # a multiple depends on every figure of both entities
    codec = MessagePack(Claims)

    def validate(self, rule: Rule) -> Iterator[str]:
        if rule.options.get("tolerance", 0.1) >= 1:
            yield f"options.tolerance: {rule.options['tolerance']} is a relative tolerance and must be below 1 (0.1 = 10%)"

    def summarise(self, view: DocumentView, rule: Rule) -> Claims:
        wanted = frozenset(rule.options.get("attributes", ()))
        declared = attributes(view.ruleset)
        return tuple(c for c in view.claims if not c.disputed and not c.goal and c.attribute in declared
                     and (not wanted or c.attribute in wanted))

    def check(self, corpus: Corpus[Claims], rule: Rule, focus: Focus) -> Iterator[Finding]:
        tolerance = frac(rule.options.get("tolerance", 0.1))
        claims = [c for summary in corpus.summaries() for c in summary]
        known = _known_values(corpus, [c for c in claims if c.compared_to is None])
        multiples: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
        for c in claims:
            if c.compared_to is not None:
                multiples[(c.entity.casefold(), _canonical(corpus, c.compared_to), c.attribute)].append(c)
        for (entity, other, attribute), group in sorted(multiples.items()):
            a, b = known.get((entity, attribute)), known.get((other, attribute))
            ratio = _ratio(a, b)
            median = _median(group)
            for c in group:
                if c.path not in focus:
                    continue
                if ratio is not None and a is not None and b is not None:
                    if not agree(c.quantity, ratio, tolerance):
                        others = [o for o in group if o is not c and not agree(o.quantity, c.quantity, tolerance)]
                        yield _against_values(rule, c, ratio, a, b, tolerance, corpus, others)
                    continue
                if c is not median and not agree(c.quantity, median.quantity, tolerance):
                    yield _against_multiple(rule, c, median, tolerance, corpus)


Known = tuple[Quantity, str]  # the value and where it comes from


def _canonical(corpus: Corpus[Claims], name: str) -> str:
    return canonical_entity(corpus.ruleset, name).casefold()


def _known_values(corpus: Corpus[Claims], plain: Sequence[Claim]) -> dict[tuple[str, str], Known]:
    """Each entity's value of each attribute: its reference fact, else the median of the corpus's figures."""
    out: dict[tuple[str, str], Known] = {}
    for fact in corpus.ruleset.facts:
        if fact.expires is not None and fact.expires < corpus.today:
            continue
        out.setdefault((_canonical(corpus, fact.entity), fact.attribute), (reference(fact), f"reference: {fact.source_text}"))
    figures: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in plain:
        if c.quantity.value is not None and c.quantity.bound is None:
            figures[(c.entity.casefold(), c.attribute)].append(c)
    for key, group in figures.items():
        if key not in out:
            m = _median(group)
            out[key] = (m.quantity, f"{as_written(m)} at {m.path}")
    return out


def _median(group: Sequence[Claim]) -> Claim:
    ordered = sorted(group, key=lambda c: (c.quantity.value or Fraction(0), c.path, c.span.start))
    return ordered[(len(ordered) - 1) // 2]


def _ratio(a: Known | None, b: Known | None) -> Quantity | None:
    if a is None or b is None:
        return None
    va, vb = normalised(a[0]).magnitude, normalised(b[0]).magnitude
    if va is None or vb is None or vb == 0 or a[0].unit != b[0].unit:
        return None
    r = va / vb
    return Quantity(Span(0, 0), f"{fmt(r)}×", "ratio", r, r, r, "x")


def _label(c: Claim) -> str:
    return f"{c.entity} · {c.attribute} compared to {c.compared_to}"


def _against_values(rule: Rule, c: Claim, ratio: Quantity, a: Known, b: Known, tolerance: Fraction,
                    corpus: Corpus[Claims], others: Sequence[Claim]) -> Finding:
    r = ratio.value or Fraction(0)
    message = (
        f"{_label(c)}: {as_written(c)} ({show(c.quantity)}) disagrees with {show(a[0])} / {show(b[0])} = "
        f"{_shown(r)}× ({c.entity}: {a[1]}; {c.compared_to}: {b[1]})"
        f"{f'; tolerance {float(tolerance):g}' if tolerance else ''}"
    )
    data = {"case": "values", "entity": c.entity, "compared_to": c.compared_to, "attribute": c.attribute,
            "claim": claim_data(c, corpus.document(c.path)), "ratio": float(r), "tolerance": float(tolerance)}
    # the other multiples of the pair that disagree with this one (GPT-2보다 50배 in another article)
    related = tuple(Location(o.path, o.span, f"{_label(o)} = '{o.quantity.text}'") for o in others)
    if others:
        message += f"; {len(others)} other multiple{'s' if len(others) > 1 else ''} of the pair disagree{'' if len(others) > 1 else 's'} with it"
    return new_finding(rule, message, Location(c.path, c.span), related, data)


def _shown(r: Fraction) -> str:
    """A ratio for the message: two decimals ("46.67"), three significant digits below 1 ("0.0214", the
    ratio a fraction such as "a hundredth the size of" is held against)."""
    return fmt(Fraction(round(r * 100), 100)) if r >= 1 else f"{float(r):.3g}"


def _against_multiple(rule: Rule, c: Claim, other: Claim, tolerance: Fraction, corpus: Corpus[Claims]) -> Finding:
    doc = corpus.document(other.path)
    pos = doc.position(other.span.start)
    message = (
        f"{_label(c)}: {as_written(c)} ({show(c.quantity)}) contradicts {as_written(other)} ({show(other.quantity)}) "
        f"at {other.path}:{pos.line}:{pos.column}{f'; tolerance {float(tolerance):g}' if tolerance else ''}"
    )
    data = {"case": "contradiction", "entity": c.entity, "compared_to": c.compared_to, "attribute": c.attribute,
            "claim": claim_data(c, corpus.document(c.path)), "other": claim_data(other, doc),
            "tolerance": float(tolerance)}
    related = (Location(other.path, other.span, f"{_label(other)} = '{other.quantity.text}'"),)
    return new_finding(rule, message, Location(c.path, c.span), related, data)


CHECK = Comparative()
