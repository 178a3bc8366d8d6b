"""An English figure's attribute: a verb right after the figure is the predicate, not a noun it measures.

From the paraphrase sweep: "Its parameter count of 1.7 trillion was leaked" was bound as
'OpenAI · leaked' (the word after "was" taken for the counted noun, and without a declared
attribute "Its" went to the latest company), so GPT-4's 1.8 trillion vs 1.7 trillion was missed.
"""

from __future__ import annotations

import pytest

from binding_helpers import bound
from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules(default_pack())


def _claims(pack: RuleSet, text: str) -> dict[str, tuple[str, str]]:
    return {b.claim.quantity.text: (b.claim.entity, b.claim.attribute) for b in bound(f"Notes\n{text}\n", pack) if b.claim}


@pytest.mark.parametrize(("text", "figure", "claim"), [
    ("OpenAI says little about GPT-4. Its parameter count of 1.7 trillion was leaked.", "1.7 trillion", ("GPT-4", "parameters")),
    ("GPT-3 was built by OpenAI. Its parameter count of 175 billion is well below PaLM's.", "175 billion", ("GPT-3", "parameters")),
    ("Meta released LLaMA in February. Its parameter count of 65 billion has been confirmed.", "65 billion", ("LLaMA", "parameters")),
])
def test_a_verb_after_the_figure_leaves_the_noun_before_of(pack: RuleSet, text: str, figure: str, claim: tuple[str, str]) -> None:
    assert _claims(pack, text)[figure] == claim


def test_a_noun_after_the_figure_is_still_its_head(pack: RuleSet) -> None:
    assert _claims(pack, "PaLM has 540 billion parameters.")["540 billion"] == ("PaLM", "parameters")


def test_the_leaked_figure_now_contradicts_the_reported_one(pack: RuleSet) -> None:
    doc = parse("a.txt", ("GPT-4 arrives\nPublished 2023.10.01\nOpenAI announced GPT-4 in March. The system reportedly has "
                          "1.8 trillion parameters.\nOpenAI says little about GPT-4. Its parameter count of 1.7 trillion "
                          "was leaked.\n").encode())
    found = [f.message for f in lint_documents([doc], pack).findings if f.kind == "contradiction"]
    assert len(found) == 1 and "GPT-4 · parameters" in found[0], found


@pytest.mark.parametrize(("text", "figure", "claim"), [
    ("Gopher has 280 billion parameters. Its successor, Chinchilla, has 70 billion.", "70 billion", ("Chinchilla", "parameters")),
    ("고퍼는 파라미터가 2800억개다. 친칠라는 700억개다.", "700억개", ("Chinchilla", "parameters")),
    ("GPT-3 has 175 billion parameters. PaLM has 540 billion.", "540 billion", ("PaLM", "parameters")),
])
def test_an_attribute_left_out_is_the_one_the_sentence_before_stated(pack: RuleSet, text: str, figure: str,
                                                                      claim: tuple[str, str]) -> None:
    assert _claims(pack, text)[figure] == claim


@pytest.mark.parametrize(("text", "figure"), [
    ("GPT-3 has 175 billion parameters. PaLM, by contrast, was trained on 780 billion.", "780 billion"),  # another verb
    ("GPT-3 has 175 billion parameters. PaLM has 540 billion of its own tokens.", "540 billion"),  # a noun follows
    ("GPT-3 has 175 billion parameters. The team has 300.", "300"),  # no name owns it
])
def test_no_ellipsis_without_the_same_verb_a_name_and_nothing_after(pack: RuleSet, text: str, figure: str) -> None:
    assert _claims(pack, text).get(figure, ("", ""))[1] != "parameters"


@pytest.mark.parametrize(("text", "figure", "claim"), [
    ("Chinchilla's parameter count, about 70 billion, is a quarter of Gopher's (280 billion).", "280 billion", ("Gopher", "parameters")),
    ("Chinchilla has 70 billion parameters, a quarter of Gopher’s (280 billion).", "280 billion", ("Gopher", "parameters")),
])
def test_a_possessive_before_a_parenthesis_names_its_figure(pack: RuleSet, text: str, figure: str, claim: tuple[str, str]) -> None:
    assert _claims(pack, text)[figure] == claim


def test_no_korean_ellipsis_without_a_shared_ending(pack: RuleSet) -> None:
    # "2800억개로 알려졌다" states its figure with no ending right after it, and "700억개." has none
    # either: no verb or ending is shared, so nothing says the attribute was left out
    got = _claims(pack, "고퍼는 파라미터가 2800억개로 알려졌다. 친칠라는 700억개.")
    assert got.get("700억개", ("", ""))[1] != "parameters"


# issue #14 step 3: a preposition after the figure opens an adverbial ("in morning trade"), and a
# figure on the compared side ("compared with a 0.6% gain in the KOSPI") is not the subject's.
@pytest.mark.parametrize(("text", "figure"), [
    ("Shares of SK Hynix rose as much as 3.4% in morning trade on Thursday.", "3.4%"),
    ("Hynix stock climbed 3.4% on Thursday.", "3.4%"),
    ("Shares of SK Hynix rose 3.4%, compared with a 0.6% gain in the benchmark KOSPI index.", "0.6%"),
    ("Samsung posted revenue of $5bn, against $4bn at LG.", "$4bn"),
    ("Hynix grew faster than the 2% growth of the wider market.", "2%"),
    # a verb of comparison puts its object on the compared side (wire copy: blind sets fresh3 and fresh4)
    ("Shares of Sorin rose as much as 4.3% in Seoul trading, outperforming a 0.8% gain in the benchmark KOSPI index.", "0.8%"),
    ("Shares of Hanbit Heavy rose as much as 4.2% in morning trade, outpacing a 0.8% gain in the benchmark KOSPI index.", "0.8%"),
    ("Hynix shares fell 2.1%, underperforming a 0.5% drop in the broader market.", "0.5%"),
    ("Kakao stock climbed 1.2%, lagging behind a 2.4% rise in the KOSDAQ.", "2.4%"),
    ("The shares rose 3%, beating the 1.1% gain of the index.", "1.1%"),
])
def test_no_claim_from_an_adverbial_or_the_compared_side(pack: RuleSet, text: str, figure: str) -> None:
    assert figure not in _claims(pack, text)


@pytest.mark.parametrize(("text", "figure", "claim"), [
    # hard negatives: a bound written with "than", a noun right after the figure, a subject's own figure
    ("BA has cut more than 13,000 jobs since 2001.", "more than 13,000", ("BA", "jobs")),
    ("Samsung posted revenue of $5bn, against $4bn at LG.", "$5bn", ("Samsung", "revenue")),
    ("BLOOM has 176 billion parameters in total.", "176 billion", ("BLOOM", "parameters")),
    # the subject's own figure before the verb of comparison stays its own
    ("Samsung posted revenue of $5bn, outpacing LG.", "$5bn", ("Samsung", "revenue")),
])
def test_the_subject_keeps_its_own_figure(pack: RuleSet, text: str, figure: str, claim: tuple[str, str]) -> None:
    assert _claims(pack, text)[figure] == claim


# --- a speaker or a forecaster attributes a figure, it does not own it (issue #14) -------------------


@pytest.mark.parametrize("text, figure", [
    ("Coach Choi Yun-kyum said the team had beaten its target of 50 points", "50"),
    ("Manager Kim said the club reached its goal of 60 points", "60"),  # paraphrase
    ("The Bank of Korea expects 170,000 jobs to be created this year", "170,000"),
    ("The IMF expects 2.5 million jobs this year", "2.5 million"),
    ("Standard Chartered expects about 16% of future group revenue to come from KFB", "about 16%"),
])
def test_a_speaker_or_forecaster_is_no_owner(pack: RuleSet, text: str, figure: str) -> None:
    assert figure not in _claims(pack, text)


@pytest.mark.parametrize("text, figure, owner", [
    # hard negatives: the speaker's own figures ("its", "it") stay the speaker's
    ("Cadbury said its underlying sales were up by 4% in 2004", "4%", "Cadbury"),
    ("BLOOM has 176 billion parameters", "176 billion", "BLOOM"),
])
def test_a_speakers_own_figure_stays_its(pack: RuleSet, text: str, figure: str, owner: str) -> None:
    assert _claims(pack, text)[figure][0] == owner


def test_its_points_to_the_subject_before_not_a_name_inside_what_it_said(pack: RuleSet) -> None:
    text = ("Standard Chartered said acquiring Korea First Bank (KFB) fulfilled a strategic objective. "
            "Its shares fell nearly 3% in London.\n")
    assert _claims(pack, text).get("nearly 3%", ("",))[0] != "KFB"
