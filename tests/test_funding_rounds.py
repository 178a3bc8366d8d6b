"""A funding round's amount (fresh9 C3): "이 회사는 올봄 시리즈B에서 620억 원을 끌어모으며" ("이 회사": the one company
the sentence before names; the round a qualifier, "올봄" a time of the article's year) against "루멘셀(Lumencell)이
시리즈B 투자에서 450억 원을 유치했다" and "Lumencell, which raised 45 billion won in March" (no round written: the one
round the corpus states for that year). Series A and Series B amounts are two claims."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from binding_helpers import bound

from factlint.claimtools import show
from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse

KO = "칼럼\n입력 2025.05.20 09:00\n\n"


@pytest.fixture(scope="module")
def pack() -> RuleSet:  # this checkout's pack (its rules/), not an installed one's
    return load_rules([str(p) for p in sorted((Path(__file__).resolve().parents[1] / "rules").glob("*.yaml"))])


def _rounds(text: str, ruleset: RuleSet) -> set[tuple[str, str | None, str, str | None]]:
    """(entity, round, amount, year) of each funding round's amount the article states."""
    return {(b.claim.entity, b.claim.scope, show(b.claim.quantity), b.claim.period)
            for b in bound(KO + text + "\n", ruleset) if b.claim is not None and b.claim.attribute == "funding raised"}


@pytest.mark.parametrize(("text", "expected"), [
    ("인구 44만 명의 도시 청람이 요즘 자주 오르내린다. 배터리 소재 기업 루멘셀 덕분이다.\n"
     "2019년 직원 5명으로 출발한 이 회사는 올봄 시리즈B에서 620억 원을 끌어모으며 가장 큰 투자를 받았다.\n"
     "루멘셀 2공장은 2028년 완공된다.",
     {("루멘셀", "Series B", "62,000,000,000 KRW", "2025")}),
    ("충북에 본사를 둔 배터리 소재 스타트업 루멘셀(Lumencell)이 시리즈B 투자에서 450억 원을 유치했다고 12일 밝혔다.",
     {("루멘셀", "Series B", "45,000,000,000 KRW", None)}),
    ("'누리셀'은 지난해 시리즈A로 120억 원을 조달했다.", {("누리셀", "Series A", "12,000,000,000 KRW", "2024")}),
    ("의료 기업 '한빛젠'이 주목받는다.\n그 회사는 2024년 시리즈C 라운드에서 총 300억 원 규모의 투자를 유치했다.",
     {("한빛젠", "Series C", "30,000,000,000 KRW", "2024")}),
    # hard negatives: a goal, "이 회사" after two companies, two rounds in one sentence, a company's own figure at its start
    ("'누리셀'은 내년 시리즈B에서 500억 원을 유치할 계획이다.", set()),
    ("기업 '누리셀'과 기업 '한빛젠'이 손을 잡았다.\n이 회사는 올해 시리즈B에서 200억 원을 유치했다.", set()),
    ("'누리셀'은 시리즈A에서 100억 원을, 시리즈B에서 200억 원을 유치했다.", set()),
])
def test_korean_round_amounts(pack: RuleSet, text: str, expected: set[tuple[str, str | None, str, str | None]]) -> None:
    # (a claim the clause's topic gets by the attribute's trigger alone names no round: not this module's)
    assert {r for r in _rounds(text, pack) if r[1] in ("Series A", "Series B", "Series C")} == expected


def test_a_company_figure_at_its_start_is_no_round(pack: RuleSet) -> None:
    # "2019년 직원 5명으로 출발한": the company's staff in 2019, never its staff now nor the round's year
    got = _rounds("기업 '루멘셀'이 화제다.\n2019년 직원 5명으로 출발한 이 회사는 올봄 시리즈B에서 620억 원을 끌어모았다.", pack)
    assert got == {("루멘셀", "Series B", "62,000,000,000 KRW", "2025")}


def _findings(articles: list[tuple[str, str]], ruleset: RuleSet) -> list[str]:
    return _findings_of([parse(path, text.encode() + b"\n") for path, text in articles], ruleset)


def _findings_of(docs: list[Any], ruleset: RuleSet) -> list[str]:
    return [f.message for f in lint_documents(docs, ruleset).findings if f.rule == "money-figure-contradiction"]


ECON = ("a.txt", "루멘셀, 투자 유치\n입력 2025.03.12 09:41\n\n배터리 소재 스타트업 루멘셀(Lumencell)이 시리즈B 투자에서 450억 원을 "
        "유치했다고 12일 밝혔다.")
COLUMN = ("b.txt", KO + "도시가 오르내린다. 배터리 소재 기업 루멘셀 덕분이다.\n2019년 직원 5명으로 출발한 이 회사는 올봄 시리즈B에서 "
          "{amount}을 끌어모으며 가장 큰 투자를 받았다.\n루멘셀 2공장이 들어선다.")
LOCAL = ("c.txt", "Lumencell to build second plant\nPublished May 2, 2025\n\nLumencell raised {amount} in March.")


def test_two_amounts_of_one_round_contradict(pack: RuleSet) -> None:
    (msg,) = _findings([ECON, (COLUMN[0], COLUMN[1].format(amount="620억 원"))], pack)
    assert "Series B" in msg and "620억 원" in msg and "450억 원" in msg


def test_an_amount_with_no_round_is_the_one_round_stated(pack: RuleSet) -> None:
    # the English article names no round: it is the Series B the Korean ones state (the Korean article's gloss
    # "루멘셀(Lumencell)" makes them one company), and 45 billion won = 450억 원
    local = (LOCAL[0], LOCAL[1].format(amount="45 billion won"))
    assert _findings([ECON, local], pack) == []
    (msg,) = _findings([ECON, (COLUMN[0], COLUMN[1].format(amount="620억 원")), local], pack)
    assert "620억 원" in msg and "Series B" in msg
    (msg,) = _findings([ECON, (LOCAL[0], LOCAL[1].format(amount="62 billion won"))], pack)
    assert "62 billion won" in msg and "450억 원" in msg and "Series B" in msg


def test_another_round_is_another_claim(pack: RuleSet) -> None:
    series_a = ("d.txt", "루멘셀 소식\n입력 2025.06.01 09:00\n\n배터리 소재 스타트업 루멘셀(Lumencell)이 시리즈A 투자에서 300억 원을 "
                "유치했다고 1일 밝혔다.")
    assert _findings([ECON, series_a], pack) == []


def test_fresh9_c3_is_reported(pack: RuleSet) -> None:
    root = Path(__file__).resolve().parent / "gold" / "fresh9" / "articles"
    docs = [parse(str(root / name), (root / name).read_bytes())
            for name in ("ko_econ_lumencell.txt", "ko_column_battery_city.txt", "en_local_lumencell_plant.txt")]
    (msg,) = _findings_of(docs, pack)
    assert "Series B" in msg and "620억 원" in msg and "450억 원" in msg
