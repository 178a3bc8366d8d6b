"""English figures after a verb of level whose subject is the measured noun (issue #14, fresh9's "Its load factor
averaged 84% last year, 6 percentage points above the industry average of 78%"): the subject's head noun is the
attribute, its possessor ("Its" = the sentence before's subject, "X's", "of X") the owner; the figure right after
"averaged", "stood at", "reached", "totalled", "topped", "start at", or a possessed subject's "was", is the level
(``factlint/binding/changeverbs.py``). "… up from N a year earlier" after a level is the same measure of the year
before, past an attribution ("according to …"). Sentences written for these tests (other owners, nouns and verbs),
with hard negatives: another entity's figure in the same sentence, a goal, a forecast, a difference, a verb whose
object is the counted noun, a subject that is a person's."""

from __future__ import annotations

import pytest
from binding_helpers import bound

from factlint.binding.sentences import Bound
from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet


PACK = load_rules(default_pack())


def _bound(pack: RuleSet, text: str) -> dict[str, Bound]:
    """Each figure of ``text`` (an article under a one-line title) with what the binder made of it."""
    return {b.quantity.text: b for b in bound(f"Notes\n{text}\n", pack)}


def _claim(b: Bound) -> tuple[str, str] | None:
    return None if b.claim is None else (b.claim.entity, b.claim.attribute)


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return PACK


@pytest.mark.parametrize(("text", "expected"), [
    # "Its": the subject of the sentence before owns the noun
    ("Seoha General Hospital opened in 1998 with 300 beds. Its occupancy rate averaged 91% in 2024.",
     {"91%": ("Seoha General Hospital", "occupancy rate")}),
    ("Daewol Port is the region's second harbour. Its container throughput reached 2.4 million TEU last year.",
     {"2.4 million": ("Daewol Port", "container throughput")}),
    # "X's": the possessor owns it
    ("Hanbit United's average attendance stood at 18,400 last season.",
     {"18,400": ("Hanbit United", "average attendance")}),
    ("Sorin Motors' annual turnover totalled $5.4bn in 2024.",
     {"$5.4bn": ("Sorin Motors", "annual turnover")}),
    ("Kessler Bank's net profit was 310 billion won in 2024.",
     {"310 billion won": ("Kessler Bank", "net profit")}),
    ("Jinra Ferry's fares start at 12,000 won.", {"12,000 won": ("Jinra Ferry", "fares")}),
    # "N of X"
    ("The population of Seoha County stood at 52,300 at the end of 2024.",
     {"52,300": ("Seoha County", "population")}),
])
def test_the_subject_of_a_level_verb_is_measured_and_its_possessor_owns(pack: RuleSet, text: str,
                                                                        expected: dict[str, tuple[str, str] | None]) -> None:
    got = _bound(pack, text)
    assert {figure: _claim(got[figure]) for figure in expected} == expected


def test_the_load_factor_sentence_keeps_the_comparison_to_itself(pack: RuleSet) -> None:
    text = ("Haneulbit Air was founded in 2019. It flies nine routes with six turboprops.\n"
            "Its load factor averaged 84% last year, 6 percentage points above the industry average of 78%, "
            "chief executive Park Min-jae told reporters.")
    got = _bound(pack, text)
    assert _claim(got["84%"]) == ("Haneulbit Air", "load factor")
    # the industry average's figure is no measure of Haneulbit Air's
    assert got["78%"].claim is None or got["78%"].claim.entity != "Haneulbit Air"


@pytest.mark.parametrize(("text", "figure", "not_owner"), [
    # a goal: the subject "aims" to lift the measure, no level stated
    ("Seoha General Hospital opened in 1998. It aims to lift its occupancy rate to 95% by 2027.", "95%", None),
    # a forecast of others
    ("Daewol Port is the region's second harbour. The operator expects throughput to pass 3 million TEU in 2026.",
     "3 million", None),
    # a difference, no level: "averaged 4% more than"
    ("Hanbit United's attendance averaged 4% more than the league's.", "4%", None),
    ("Hanbit United's attendance was 4% higher than the league's.", "4%", None),
    # "Its" after a sentence whose verb takes an object: the object (the phone) may be what "Its" stands for
    ("Hanbit unveiled the Nova 7 in May. Its price starts at 1.2 million won.", "1.2 million won", "Hanbit"),
    # a figure of another entity in the same sentence: the industry average's, not the hospital's
    ("Seoha General Hospital opened in 1998. Its occupancy rate averaged 91% in 2024, above the national average "
     "of 76%.", "76%", "Seoha General Hospital"),
    # the same, the compared figure before its noun, and a possessor instead of "Its"
    ("Seoha General Hospital's occupancy rate was 91% in 2024, above the 76% national average.", "76%",
     "Seoha General Hospital"),
    ("Seoha General Hospital opened in 1998. Its occupancy rate averaged 91%, below the 94% of Daewol Hospital.",
     "94%", "Seoha General Hospital"),
])
def test_no_level_claim_for_goals_forecasts_differences_and_others(pack: RuleSet, text: str, figure: str,
                                                                   not_owner: str | None) -> None:
    got = _bound(pack, text)[figure]
    if not_owner is None:
        assert got.claim is None or got.claim.goal
    else:
        assert got.claim is None or got.claim.entity != not_owner


@pytest.mark.parametrize(("text", "level", "base", "period"), [
    ("Cheongram Airport handled 746,000 passengers in 2024, according to operator Cheongram Airport Corp, up from "
     "512,000 a year earlier.", "746,000", "512,000", "2023"),
    ("Daewol Port handled 2.4 million TEU in 2024, according to the port authority, down from 2.6 million in 2022.",
     "2.4 million", "2.6 million", "2022"),
])
def test_up_from_after_a_level_is_the_year_before_past_an_attribution(pack: RuleSet, text: str, level: str, base: str,
                                                                      period: str) -> None:
    got = _bound(pack, text)
    assert got[level].claim is not None and got[base].claim is not None
    assert (got[base].claim.entity, got[base].claim.attribute) == (got[level].claim.entity, got[level].claim.attribute)
    assert got[base].claim.period == period


def test_up_from_without_its_own_time_stays_unbound(pack: RuleSet) -> None:
    got = _bound(pack, "Cheongram Airport handled 746,000 passengers in 2024, according to operator Cheongram Airport "
                       "Corp, up from 512,000.")
    assert got["512,000"].claim is None


@pytest.mark.parametrize(("text", "expected"), [
    # the name in apposition to the description the sentence before opens with owns a bare measure noun
    ("The country's largest ferry operator, Jinra Marine Lines, has reported its results.\n"
     "Underlying operating profits rose 4% to 12.1 billion won in 2024.",
     {"4%": ("Jinra Marine Lines", "underlying operating profits growth"),
      "12.1 billion won": ("Jinra Marine Lines", "underlying operating profits")}),
    ("Seoha Gas Corp, the province's biggest utility, has published its annual report. Net income fell 3% to "
     "41 billion won.",
     {"3%": ("Seoha Gas Corp", "net income decline"), "41 billion won": ("Seoha Gas Corp", "net income")}),
])
def test_a_bare_measure_noun_is_the_name_the_sentence_before_opened_with(pack: RuleSet, text: str,
                                                                        expected: dict[str, tuple[str, str]]) -> None:
    got = _bound(pack, text)
    assert {figure: _claim(got[figure]) for figure in expected} == expected


def test_a_common_noun_opening_the_sentence_before_owns_nothing(pack: RuleSet) -> None:
    # "Growth" opens the sentence before and "Fuel for Growth" writes it capitalised: still no name
    text = ("Seoha Gas Corp said its Fuel for Growth programme saved 5 billion won. Growth was helped by its LNG "
            "business. Drinks sales were up 2% in 2024.")
    got = _bound(pack, text)["2%"]
    assert got.claim is None or got.claim.entity != "Growth"


@pytest.mark.parametrize(("text", "expected"), [
    # "from A in Y1 to B in Y2": each figure is the level of its own year (the year after "in" opens no range)
    ("Hanbit Steel's exports rose from $8.6 billion in 2023 to $11.8 billion in 2024.",
     {"$8.6 billion": ("Hanbit Steel", "exports", "2023"), "$11.8 billion": ("Hanbit Steel", "exports", "2024")}),
    ("The population of Seoha County fell from 61,200 in 2010 to 52,300 in 2024.",
     {"61,200": ("Seoha County", "population", "2010"), "52,300": ("Seoha County", "population", "2024")}),
    # an encyclopedia entry: "The population" is the topic's measure
    ("Seoha\n\nSeoha (Korean: 서하군) is a rural county in South Jeolla Province, South Korea.\n"
     "The county was formed in 1995.\nThe population rose from 48,100 in 2015 to 52,300 in 2024.",
     {"48,100": ("Seoha", "population", "2015"), "52,300": ("Seoha", "population", "2024")}),
    # the year written after the base of "to B from A" may be the change's: the base stays no claim
    ("Hanbit Steel's exports rose to $11.8 billion from $8.6 billion in 2023.", {"$8.6 billion": None}),
])
def test_from_a_in_one_year_to_b_in_another_is_two_levels(pack: RuleSet, text: str,
                                                          expected: dict[str, tuple[str, str, str] | None]) -> None:
    got = bound(text if text.startswith("Seoha\n") else f"Notes\n{text}\n", pack)
    by_text = {b.quantity.text: b.claim for b in got}
    assert {f: None if by_text[f] is None else (by_text[f].entity, by_text[f].attribute, by_text[f].period)
            for f in expected} == expected


def test_up_from_a_year_ago_after_a_current_figure_counts_back_from_the_article_date(pack: RuleSet) -> None:
    dated = "Seoha Port expands\nPublished May 2, 2025\n\nSeoha Port now employs 1,240 people, up from 980 a year ago.\n"
    got = {b.quantity.text: b.claim for b in bound(dated, pack)}
    assert got["980"] is not None and got["1,240"] is not None
    assert (got["980"].entity, got["980"].attribute, got["980"].period) == (got["1,240"].entity, got["1,240"].attribute, "2024")
    # no date for the article: no year to count back from, no claim
    undated = _bound(pack, "Seoha Port now employs 1,240 people, up from 980 a year ago.")
    assert undated["980"].claim is None
