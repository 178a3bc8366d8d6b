"""Who states a figure is part of a forecast's claim: two firms' forecasts are two claims (probe
d1), while two sources of one fact must still agree."""

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


def _attributions(text: str, ruleset: RuleSet) -> dict[str, str | None]:
    return {b.claim.quantity.text: b.claim.attribution for b in bound(text, ruleset) if b.claim}


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("시장조사업체 알파리서치는 세계 AI 시장이 2030년 1000억 달러에 이를 것으로 내다봤다.", "1000억 달러", "시장조사업체 알파리서치"),
    ("반면 베타컨설팅은 세계 AI 시장이 2030년 1500억 달러로 커질 것으로 전망했다.", "1500억 달러", "베타컨설팅"),
    ("가트너에 따르면 세계 AI 시장은 2030년 1200억 달러 규모로 성장할 전망이다.", "1200억 달러", "가트너"),
    ("According to Gartner, the global AI market will reach $100 billion by 2030.", "$100 billion", "Gartner"),
    ("IDC expects the global AI market to reach $150 billion by 2030.", "$150 billion", "IDC"),
    # no source in the sentence: none invented
    ("세계 AI 시장은 2030년 1000억 달러에 이를 전망이다.", "1000억 달러", None),
    ("The global AI market will reach $100 billion by 2030.", "$100 billion", None),
])
def test_the_source_of_a_figure_is_read(pack: RuleSet, sentence: str, figure: str, source: str | None) -> None:
    got = _attributions("AI 시장\n입력 2024.06.01 09:00\n" + sentence, pack)
    assert figure in got and got[figure] == source, got


def _contradictions(a: str, b: str, ruleset: RuleSet) -> list[str]:
    docs = [parse("a.txt", a.encode()), parse("b.txt", b.encode())]
    return [f.message for f in lint_documents(docs, ruleset).findings if f.kind == "contradiction"]


def test_two_firms_forecasts_are_two_claims(pack: RuleSet) -> None:
    a = "AI 시장\n입력 2024.06.01 09:00\n알파리서치는 세계 AI 시장이 2030년 1000억 달러에 이를 것으로 내다봤다.\n"
    b = "AI 시장\n입력 2024.06.02 09:00\n베타컨설팅은 세계 AI 시장이 2030년 1500억 달러로 커질 것으로 전망했다.\n"
    assert _contradictions(a, b, pack) == []


def test_one_firms_two_forecasts_still_disagree(pack: RuleSet) -> None:
    a = "AI 시장\n입력 2024.06.01 09:00\n알파리서치는 세계 AI 시장이 2030년 1000억 달러에 이를 것으로 내다봤다.\n"
    b = "AI 시장\n입력 2024.06.02 09:00\n알파리서치는 세계 AI 시장이 2030년 1500억 달러로 커질 것으로 전망했다.\n"
    assert len(_contradictions(a, b, pack)) == 1


def test_two_sources_of_one_fact_must_agree(pack: RuleSet) -> None:
    a = "모델\n입력 2024.06.01 09:00\nOpenAI는 GPT-3의 파라미터가 1750억개라고 밝혔다.\n"
    b = "모델\n입력 2024.06.02 09:00\n한 블로그는 GPT-3의 파라미터가 1500억개라고 주장했다.\n"
    lint = lint_documents([parse("a.txt", a.encode()), parse("b.txt", b.encode())], pack)
    assert [f for f in lint.findings if f.kind in ("contradiction", "fact") and "1500억개" in f.message]


def _claims(text: str, ruleset: RuleSet) -> dict[str, tuple[str, str]]:
    return {b.claim.quantity.text: (b.claim.entity, b.claim.attribute) for b in bound(text, ruleset) if b.claim}


@pytest.mark.parametrize(("sentence", "figure"), [
    ("알파리서치는 2030년 세계 AI 시장 규모를 1500억 달러로 전망했다.", "1500억 달러"),
    ("알파리서치는 세계 AI 시장 규모를 2030년 1500억 달러로 추산했다.", "1500억 달러"),
])
def test_the_object_a_forecast_puts_a_figure_on_is_what_it_measures(pack: RuleSet, sentence: str, figure: str) -> None:
    # "X를 N로 전망했다": the object is what is measured, not the forecaster (nor the headline)
    assert _claims("AI 시장 2\n입력 2024.06.01 09:00\n" + sentence, pack)[figure] == ("AI market", "market size")


def test_one_firm_forecasting_two_sizes_in_two_articles_is_reported(pack: RuleSet) -> None:
    a = parse("a.txt", "AI 시장\n입력 2024.06.01 09:00\n알파리서치는 세계 AI 시장이 2030년 1000억 달러에 이를 것으로 내다봤다.\n".encode())
    b = parse("b.txt", "AI 시장 2\n입력 2024.06.02 09:00\n알파리서치는 2030년 세계 AI 시장 규모를 1500억 달러로 전망했다.\n".encode())
    found = [f for f in lint_documents([a, b], pack).findings if f.kind == "contradiction"]
    assert len(found) == 1 and "1500억 달러" in found[0].message


def test_one_into_is_no_figure_of_the_object(pack: RuleSet) -> None:
    # "로켓을 하나로 묶는": a native numeral with 로 is a manner, not a value put on the object
    got = _claims("로켓\n입력 2024.06.01 09:00\n1단 추진체는 여러 대의 로켓을 하나로 묶는다.", pack)
    assert got.get("하나", ("", ""))[1] != "로켓"
