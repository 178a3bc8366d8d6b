"""English claims of a change verb (issue #14; realworld's "Quarterly profits at US media giant TimeWarner jumped 76%
to $1.13bn (£600m) for the three months to December, from $639m year-earlier", whose figures were left with "no
attribute"): the subject's head noun is what every figure of the verb's chain measures, the name after at/of/in
(or before "saw", or the speaker of "X said profits rose") owns them; the percentage after the verb is the change
("… growth"/"… decline"), the figure after "to" the level, the figure after "from" the previous period's value,
left unbound (``factlint/binding/changeverbs.py``). Sentences written for these tests (other companies, measures
and verbs), with hard negatives: the base, a comparison's object, a forecast of others, a time after "in", a
stock's price, an owner that is no name, a change in points."""

from __future__ import annotations

import pytest
from binding_helpers import bound

from factlint.binding.sentences import Bound
from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules(default_pack())


def _bound(pack: RuleSet, text: str) -> dict[str, Bound]:
    return {b.quantity.text: b for b in bound(f"Notes\n{text}\n", pack)}


def _claim(b: Bound) -> tuple[str, str] | None:
    return (b.claim.entity, b.claim.attribute) if b.claim is not None else None


@pytest.mark.parametrize(("text", "expected"), [
    ("Quarterly profits at Dutch brewer Kraanhof jumped 41% to 310m euros (£214m) for the three months to June, "
     "from 220m euros a year earlier.",
     {"41%": ("Kraanhof", "quarterly profits growth"), "310m euros": ("Kraanhof", "quarterly profits"), "220m euros": None}),
    ("Net income of German carmaker Kessler Motors fell 8% to 4.2bn euros.",
     {"8%": ("Kessler Motors", "net income decline"), "4.2bn euros": ("Kessler Motors", "net income")}),
    ("Sorin Motors saw sales slump 12% to $3.1bn in 2024.",
     {"12%": ("Sorin Motors", "sales decline"), "$3.1bn": ("Sorin Motors", "sales")}),
    ("Hanbit Steel said operating profit rose 34% to 1.2 trillion won.",
     {"34%": ("Hanbit Steel", "operating profit growth"), "1.2 trillion won": ("Hanbit Steel", "operating profit")}),
    ("The unemployment rate in the US fell 0.2 percentage points to 5.2%.",
     {"5.2%": ("US", "unemployment rate"), "0.2 percentage points": None}),
    # the speaker is the source, the name after "at" owns
    ("Kraanhof said profits at Sorin Motors fell 9% to 50m euros.",
     {"9%": ("Sorin Motors", "profits decline"), "50m euros": ("Sorin Motors", "profits")}),
])
def test_the_subject_of_a_change_verb_is_measured_and_its_name_owns(pack: RuleSet, text: str,
                                                                    expected: dict[str, tuple[str, str] | None]) -> None:
    bound = _bound(pack, text)
    assert {figure: _claim(bound[figure]) for figure in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a possessor owns the noun after it; the change is no level ("operating profit" alone was both)
    ("Hanbit Steel's operating profit climbed 34% to 1.2 trillion won in the quarter.",
     {"34%": ("Hanbit Steel", "operating profit growth", False), "1.2 trillion won": ("Hanbit Steel", "operating profit", False)}),
    # forecasts: every figure of the chain, the second verb's too
    ("South Korea's economy is expected to grow by 4.5% this year.", {"4.5%": ("South Korea", "economy growth", True)}),
    ("Kessler Motors' net income is forecast to fall 10% to 3bn euros next year.",
     {"10%": ("Kessler Motors", "net income decline", True), "3bn euros": ("Kessler Motors", "net income", True)}),
    ("Japan's growth would reach 4.0% in 2004, but fall to 2.1% in 2005.",
     {"4.0%": ("Japan", "growth", True), "2.1%": ("Japan", "growth", True)}),
])
def test_a_possessor_owns_and_a_forecast_is_a_goal(pack: RuleSet, text: str,
                                                   expected: dict[str, tuple[str, str, bool]]) -> None:
    bound = _bound(pack, text)
    got = {f: (c.entity, c.attribute, c.goal) if (c := bound[f].claim) is not None else None for f in expected}
    assert got == expected


@pytest.mark.parametrize("text", [
    "European sales rose 5% to 2bn euros.",  # an adjective of place before the noun owns nothing
    "Prices rose in the UK. GDP growth would reach 1.4% in 2025.",  # nor does a measure's acronym
])
def test_a_capitalised_word_before_the_noun_without_a_possessive_owns_nothing(pack: RuleSet, text: str) -> None:
    assert all(b.claim is None for b in _bound(pack, text).values() if b.quantity.kind in ("percent", "money"))


def test_the_base_after_from_is_no_claim_of_the_current_period(pack: RuleSet) -> None:
    bound = _bound(pack, "Profits at Kraanhof fell 5% to 200m euros in the quarter, from 210m euros.")
    assert _claim(bound["200m euros"]) == ("Kraanhof", "profits")
    assert bound["210m euros"].claim is None and "base of a change" in bound["210m euros"].reason


def test_a_written_base_makes_the_change_a_rate_of_change(pack: RuleSet) -> None:
    # the change module reads the base ("from … a year earlier") into the change's attribute
    bound = _bound(pack, "Revenue at Sorin Motors rose 18% to 487 billion won from 431 billion won a year earlier.")
    assert _claim(bound["18%"]) == ("Sorin Motors", "revenue growth (from a year earlier)")
    assert bound["431 billion won"].claim is None


@pytest.mark.parametrize(("text", "figure"), [
    # the comparison's object: another company's change
    ("Retail sales at Kessler Motors rose 3.1%, outpacing a 2% rise at rival Sorin Motors.", "2%"),
    # a forecast of others, not the company's result
    ("Analysts had expected profits at Kraanhof to rise 10% to 300m euros.", "10%"),
    ("Analysts had expected profits at Kraanhof to rise 10% to 300m euros.", "300m euros"),
    # a time after "in" is no owner
    ("Profits in January rose 5% to 200m euros.", "200m euros"),
    # a stock's price is no measure of the company's
    ("Shares in Kraanhof fell 3% to 41 euros.", "41 euros"),
    # an owner that is no name
    ("Profits at its film division fell 27% to $284m.", "$284m"),
])
def test_figures_outside_a_named_subjects_change_are_not_its_claims(pack: RuleSet, text: str, figure: str) -> None:
    b = _bound(pack, text)[figure]
    assert b.claim is None or b.claim.attribute not in ("profits", "retail sales growth", "profits growth")
