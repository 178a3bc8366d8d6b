"""`fact`: figures must agree with reference facts that have a source, an as-of date and an expiry.

What it does
    Compares every claim (see ``factlint claims``) with the reference facts of the rule files
    (``facts:``: entity, attribute, value, source, as_of, optional unit, tolerance, expires).
    A claim whose precision interval does not reach the reference value — within the larger
    of the rule's and the fact's ``tolerance`` — is reported, citing the fact's source. For an
    attribute that varies over time only claims for the fact's year (``as_of``) are compared.
    Goals, forecasts and disputed reports are not compared. A fact past its ``expires`` date
    (judged against the run's date) is itself reported — once, at the rule file — and no
    longer used, so stale reference data does not linger.

Why
    A corpus can agree with itself and still be wrong: every article may repeat the same
    mistranslated figure. Reference facts anchor the check to a cited source.

Example
    ``facts: [{entity: GPT-3, attribute: parameters, value: 175e9, source: "Brown et al. 2020", as_of: 2020-05-28}]``
    and "GPT-3는 1500억 개의 파라미터를 가졌다." →
    ``error: GPT-3 · parameters: '1500억 개' (150,000,000,000) disagrees with the reference
    175,000,000,000 (Brown et al. 2020, as of 2020-05-28) [reference-facts]``

    Not reported: "GPT-3(175B)", "1750억개", "약 1,700억 개" (within "약").

Options
    ``attributes`` (list, default all): the attributes this rule checks.
    ``tolerance`` (number ≥ 0, default 0): extra relative tolerance for every fact (0.01 = 1 %).
    ``stale`` (bool, default true): report facts past their expiry date.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction
from typing import Any, Iterator

from ..claimtools import as_written, attributes, claim_data, fmt, period, quantity_data, selected, show, where
from ..config.rules import Fact, RuleSet
from ..model import Claim, Finding, FrozenDict, Location, Quantity, Span
from ..tolerance import agree, comparable, frac, normalised

KIND = "fact"
NEEDS = frozenset({"claims"})
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


def validate(rule: Any) -> Iterator[str]:
    if rule.options.get("tolerance", 0) >= 1:
        yield f"options.tolerance: {rule.options['tolerance']} is a relative tolerance and must be below 1 (0.01 = 1%)"


def reference(fact: Fact) -> Quantity:
    """The fact as a Quantity, so the one tolerance helper compares it like any figure."""
    unit = fact.unit
    value = frac(fact.value)
    if unit is None:
        kind = "count"
    elif unit == "%":
        kind = "percent"
    elif len(unit) == 3 and unit.isupper():
        kind = "money"
    else:
        kind = "quantity"
    return Quantity(Span(0, 0), f"{fact.value:g}", kind, value, value, value, unit)  # type: ignore[arg-type]


def canonical_entity(ruleset: RuleSet, name: str) -> str:
    key = name.casefold()
    for e in ruleset.entities:
        if any(n.casefold() == key for n in e.names):
            return e.name
    return name


def check(ctx: Any, rule: Any) -> Iterator[Finding]:
    opts = rule.options
    names = set(opts.get("attributes", ()))
    varying = {n: a.varies_over_time for n, a in attributes(ctx.ruleset).items()}
    facts: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in ctx.ruleset.facts:
        if names and fact.attribute not in names:
            continue
        if fact.expires is not None and fact.expires < ctx.today:
            if opts.get("stale", True):
                yield _stale(rule, fact, ctx.today)
            continue
        facts[(canonical_entity(ctx.ruleset, fact.entity).casefold(), fact.attribute)].append(fact)
    if not facts:
        return
    docs = ctx.document_map
    for c in selected(ctx.claims, names):
        if c.goal:
            continue
        for fact in facts.get((c.entity.casefold(), c.attribute), ()):
            if varying.get(c.attribute, False) and period(c) != str(fact.as_of.year):
                continue
            finding = _compare(rule, c, fact, docs)
            if finding is not None:
                yield finding


def _compare(rule: Any, c: Claim, fact: Fact, docs: Any) -> Finding | None:
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
        f"({cite}){tol}; {fmt(Fraction(round(gap * 1000), 10))}% apart"
    )
    data = FrozenDict({
        "case": "fact",
        "entity": c.entity,
        "attribute": c.attribute,
        "claim": claim_data(c, docs.get(c.path)),
        "reference": {
            **quantity_data(ref),
            "source": fact.source_text,
            "as_of": fact.as_of.isoformat(),
            "expires": fact.expires.isoformat() if fact.expires else None,
            "defined_at": f"{fact.source.path}:{fact.source.line}",
        },
        "tolerance": float(tolerance),
    })
    related = (Location(fact.source.path, Span(0, 0), f"reference fact at {fact.source.path}:{fact.source.line}: {cite}"),)
    return Finding(rule.id, KIND, rule.severity, message, Location(c.path, c.span), related, data)


def _stale(rule: Any, fact: Fact, today: Any) -> Finding:
    assert fact.expires is not None
    label = fact.id or f"{fact.entity} · {fact.attribute}"
    message = (
        f"reference fact {label} = {fact.value:g}{' ' + fact.unit if fact.unit else ''} ({fact.source_text}, as of "
        f"{fact.as_of.isoformat()}) expired on {fact.expires.isoformat()} (today {today.isoformat()}): update or remove it "
        f"at {fact.source.path}:{fact.source.line}; it is no longer used"
    )
    data = FrozenDict({
        "case": "stale",
        "entity": fact.entity,
        "attribute": fact.attribute,
        "value": fact.value,
        "expires": fact.expires.isoformat(),
        "defined_at": f"{fact.source.path}:{fact.source.line}",
    })
    return Finding(rule.id, KIND, "warning", message, Location(fact.source.path, Span(0, 0)), (), data)
