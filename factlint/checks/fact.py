"""`fact`: figures must agree with reference facts that have a source, an as-of date and an expiry.

What it does
    Compares every claim (see ``factlint claims``) with the reference facts of the rule files
    (``facts:``: entity, attribute, value, source, as_of, optional unit, tolerance, expires).
    A claim whose precision interval does not reach the reference value — within the larger
    of the rule's and the fact's ``tolerance`` — is reported, citing the fact's source. For an
    attribute that varies over time only claims for the fact's year (``as_of``) are compared.
    Goals, forecasts and disputed reports are not compared. A fact past its ``expires`` date
    (judged against the run's date) is itself reported — once, at the rule file — and no
    longer used, so stale reference data does not linger. When the `contradiction` check
    finds the same figure at odds with other articles, this finding carries those places as
    related (and the contradiction's message in ``data.also``) instead of a second finding.
    Precision, bounds and "약" follow docs/precision.md, as in `contradiction`.

Why
    A corpus can agree with itself and still be wrong: every article may repeat the same
    mistranslated figure. Reference facts anchor the check to a cited source.

Example
    With the built-in pack, whose ``facts:`` hold GPT-3's 175e9 parameters (Brown et al. 2020),
    ``a.txt``::

        GPT-3는 1500억 개의 파라미터를 가졌다.

    ``factlint lint --no-source a.txt`` prints::

        a.txt:1:8: error [reference-facts] GPT-3 · parameters: '1500억 개' (150,000,000,000) disagrees with the reference 175,000,000,000 (Brown et al. 2020, Language Models are Few-Shot Learners (arXiv:2005.14165), table 2.1, as of 2020-05-28); 14.3% below the reference
            related: factlint:rules/claims.yaml:252:1 reference fact: Brown et al. 2020, Language Models are Few-Shot Learners (arXiv:2005.14165), table 2.1, as of 2020-05-28
        1 file checked: 1 error, 0 warnings, 0 info

    (The test suite runs this example and compares.) The percentage is the values' difference
    (150 vs 175 billion: 14.3% below), not the gap between their rounding ranges. Not
    reported: "GPT-3(175B)", "1750억개", "약 1,700억 개" (within "약").

Options
    ``attributes`` (list, default all): the attributes this rule checks.
    ``tolerance`` (number ≥ 0, default 0): extra relative tolerance for every fact (0.01 = 1 %).
    ``stale`` (bool, default true): report facts past their expiry date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from fractions import Fraction
from typing import Any, Iterator

from ..claimtools import (
    as_written, attributes, canonical_entity, claim_data, difference, fmt, period, quantity_data, reference, selected,
    show,
)
from ..codec import MessagePack
from ..config.ruleset import Fact, Rule
from ..model import Claim, Document, Finding, Location, Span
from ..tolerance import agree, comparable, frac, normalised
from .base import Check, Corpus, DocumentView, Focus, new_finding

KIND = "fact"
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "attributes": {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True},
        "tolerance": {"type": "number", "minimum": 0, "description": "Extra relative tolerance (0.01 = 1%)."},
        "stale": {"type": "boolean", "description": "Report facts past their expiry date."},
    },
}
DEFAULTS: dict[str, Any] = {"attributes": [], "tolerance": 0, "stale": True}

Claims = tuple[Claim, ...]


class FactCheck(Check[Claims]):
    """A document's summary is its claims of the rule's attributes, each compared with the facts."""

    kind = KIND
    options_schema = OPTIONS_SCHEMA
    defaults = DEFAULTS
    needs = frozenset({"claims"})
    scope = "documents"  # a finding is at the claim; its related place is the rule file
    codec = MessagePack(Claims)

    def validate(self, rule: Rule) -> Iterator[str]:
        if rule.options.get("tolerance", 0) >= 1:
            yield f"options.tolerance: {rule.options['tolerance']} is a relative tolerance and must be below 1 (0.01 = 1%)"

    def summarise(self, view: DocumentView, rule: Rule) -> Claims:
        return tuple(c for c in selected(view.claims, rule.options.get("attributes", ())) if not c.goal)

    def check(self, corpus: Corpus[Claims], rule: Rule, focus: Focus) -> Iterator[Finding]:
        opts = rule.options
        names = set(opts.get("attributes", ()))
        varying = {n: a.varies_over_time for n, a in attributes(corpus.ruleset).items()}
        facts: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for fact in corpus.ruleset.facts:
            if names and fact.attribute not in names:
                continue
            if fact.expires is not None and fact.expires < corpus.today:
                if opts.get("stale", True):
                    yield _stale(rule, fact, corpus.today)
                continue
            facts[(canonical_entity(corpus.ruleset, fact.entity).casefold(), fact.attribute)].append(fact)
        if not facts:
            return
        for path, summary in corpus.each():  # one at a time: 100,000 articles' claims are never all held
            if path not in focus:
                continue
            for c in summary:
                for fact in facts.get((c.entity.casefold(), c.attribute), ()):
                    if varying.get(c.attribute, False) and period(c) != str(fact.as_of.year):
                        continue
                    finding = _compare(rule, c, fact, corpus.document(c.path))
                    if finding is not None:
                        yield finding


def _compare(rule: Rule, c: Claim, fact: Fact, doc: Document) -> Finding | None:
    ref = reference(fact)
    q = next((x for x in (c.quantity, c.alternate) if x is not None and comparable(x, ref)), None)
    if q is None:
        return None  # another currency or unit family: nothing to compare without a rate
    tolerance = max(frac(rule.options.get("tolerance", 0)), frac(fact.tolerance))
    if agree(q, ref, tolerance):
        return None
    value = f"{fmt(normalised(ref).magnitude)}" + (f" {fact.unit}" if fact.unit else "")
    cite = f"{fact.source_text}, as of {fact.as_of.isoformat()}"
    tol = f"; tolerance {float(tolerance):g}" if tolerance else ""
    gap = normalised(q).gap(normalised(ref).widen(tolerance))
    message = (
        f"{c.entity} · {c.attribute}: {as_written(c)} ({show(q)}) disagrees with the reference {value} "
        f"({cite}){tol}; {difference(normalised(q), normalised(ref), gap, 'the reference', points=q.unit == '%')}"
    )
    data = {
        "case": "fact",
        "entity": c.entity,
        "attribute": c.attribute,
        "claim": claim_data(c, doc),
        "reference": {
            **quantity_data(ref),
            "source": fact.source_text,
            "as_of": fact.as_of.isoformat(),
            "expires": fact.expires.isoformat() if fact.expires else None,
            "defined_at": f"{fact.source.path}:{fact.source.line}",
        },
        "tolerance": float(tolerance),
    }
    related = (Location(fact.source.path, Span(0, 0), f"reference fact: {cite}", line=fact.source.line),)
    return new_finding(rule, message, Location(c.path, c.span), related, data)


def _stale(rule: Rule, fact: Fact, today: dt.date) -> Finding:
    assert fact.expires is not None
    label = fact.id or f"{fact.entity} · {fact.attribute}"
    message = (
        f"reference fact {label} = {fact.value:g}{' ' + fact.unit if fact.unit else ''} ({fact.source_text}, as of "
        f"{fact.as_of.isoformat()}) expired on {fact.expires.isoformat()} (today {today.isoformat()}): update or remove it "
        f"at {fact.source.path}:{fact.source.line}; it is no longer used"
    )
    data = {
        "case": "stale",
        "entity": fact.entity,
        "attribute": fact.attribute,
        "value": fact.value,
        "expires": fact.expires.isoformat(),
        "defined_at": f"{fact.source.path}:{fact.source.line}",
    }
    return new_finding(rule, message, Location(fact.source.path, Span(0, 0), line=fact.source.line), (), data, severity="warning")


CHECK = FactCheck()
