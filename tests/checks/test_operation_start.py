"""The start of a facility's production or operation, or of a service, as a one-off event whose date is a claim
(issue #14 item 5, fresh10 C1 and its lead): "X의 공장이 3월 16일 상업생산에 들어갔다" and "X began commercial
production on March 12 at its plant" key alike (the company's event: its unnamed plant is no entity of its own),
as do "2022년 4월 1일 운영을 시작한 다온은" and "Daon, which launched in April 2022" (start of operation; a month
holds the day).

Own paraphrases on other topics than fresh10's (a chemical plant, a refinery, a light rail line, a bike share, a
ferry), both languages, several verbs and word orders; hard negatives: a planned date, another (named or numbered)
plant of the same company, a ceremony's date next to the start, a restart after maintenance, a date that situates a
figure ("3월 16일 기준"), "since" in another clause, a construction start against a production start.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.model import Claim

from tests import binding_helpers
from tests.checks.test_event_start import _findings, repo_pack  # noqa: F401  (the fixture is used by name)


def _dated(pack: RuleSet, text: str) -> list[tuple[str, str, str]]:
    return [(c.entity, c.attribute, c.quantity.text) for b in binding_helpers.bound(text + "\n", pack)
            if isinstance(c := b.claim, Claim) and c.quantity.kind == "date"]


KO = "가온화학 신공장 가동\n입력 2026.03.20 09:00\n"
EN = "Gaon Chemical starts up plant\n\nDANGJIN, South Korea, March 20 (Hanbit News) - "

CONTRADICTIONS = [
    # the company's plant as the subject of 상업생산에 들어갔다, against "X began … at its plant" (a day of no year)
    (KO + "가온화학이 당진시 석문국가산업단지에 지은 폴리젖산(PLA) 공장이 3월 16일 상업생산에 들어갔다.",
     EN + "Gaon Chemical began commercial production on March 12 at its polylactic acid (PLA) plant in Dangjin."),
    # the possessor with 의, the passive-free 을 시작했다; the English event as the subject, the owner after the date
    (KO + "가온화학의 신공장은 3월 16일 상업생산을 시작했다.",
     EN + "Commercial production began on March 9 at Gaon Chemical's new plant, the company said."),
    # start of operation: a chemical plant, Korean and English; a refinery, two Korean and two English articles
    ("한결화학\n\n'한결화학'의 신공장은 2024년 6월 3일 가동을 시작했다.",
     "Hangyeol Chemical\n\nHangyeol Chemical started operations on June 13, 2024 at its new plant."),
    ("서림정유\n\n'서림정유'는 2024년 6월 3일 가동을 시작했다.",
     "서림정유\n\n2024년 6월 13일 가동을 시작한 '서림정유'는 하루 10만 배럴을 정제한다."),
    ("Seorim\n\nSeorim Refinery started operations on June 3, 2024.",
     "Seorim\n\nSeorim Refinery began operations on 13 June 2024, its owner said."),
    # a light rail line, 운행을 개시했다 against 운행에 들어갔다 (two Korean articles)
    ("한빛선\n\n'한빛선'은 2023년 9월 9일 운행을 개시했다.",
     "한빛선\n\n'한빛선'은 2023년 9월 19일 운행에 들어갔다."),
    # a service: the adnominal 운영을 시작한 against an English relative clause "which launched"
    ("공공자전거 '다온'\n\n2022년 4월 1일 운영을 시작한 다온은 자전거 1,200대로 출발했다.",
     "Daon bike share\n\nDaon, which launched in May 2022 with 1,200 bikes, has grown every year since."),
]

AGREEMENTS = [
    # the same day by the dateline; a month that holds the day
    (KO + "가온화학이 당진시 석문국가산업단지에 지은 폴리젖산(PLA) 공장이 3월 16일 상업생산에 들어갔다.",
     EN + "Gaon Chemical began commercial production on March 16 at its polylactic acid (PLA) plant in Dangjin."),
    ("공공자전거 '다온'\n\n2022년 4월 1일 운영을 시작한 다온은 자전거 1,200대로 출발했다.",
     "Daon bike share\n\nDaon, which launched in April 2022 with 1,200 bikes, has grown every year since."),
    # a planned date against the actual one
    (KO + "가온화학의 신공장은 3월 16일 상업생산에 들어갔다.",
     "가온화학\n\n가온화학의 신공장은 2026년 4월 1일 상업생산에 들어갈 예정이다."),
    (KO + "가온화학의 신공장은 3월 16일 상업생산에 들어갔다.",
     "Gaon Chemical\n\nGaon Chemical is expected to begin commercial production on April 1, 2026."),
    # another plant of the same company: named by its place, or numbered
    (KO + "가온화학의 신공장은 3월 16일 상업생산에 들어갔다.",
     "가온화학\n\n가온화학의 울산 공장은 2015년 5월 상업생산에 들어갔다."),
    (KO + "가온화학의 신공장은 3월 16일 상업생산에 들어갔다.",
     "가온화학\n\n가온화학이 울산에 세운 제2공장은 2015년 5월 상업생산을 시작했다."),
    (KO + "가온화학의 신공장은 3월 16일 상업생산에 들어갔다.",
     "Gaon Chemical\n\nGaon Chemical began commercial production on May 4, 2015 at its Ulsan plant."),
    (KO + "가온화학의 신공장은 3월 16일 상업생산에 들어갔다.",
     "Gaon Chemical\n\nCommercial production began on May 4, 2015 at Gaon Chemical's No. 2 plant."),
    # a ceremony's date, then the start
    (KO + "가온화학의 신공장은 3월 16일 상업생산에 들어갔다.",
     "가온화학\n\n가온화학의 신공장은 2026년 3월 10일 준공식을 열고 상업생산을 준비했다."),
    # a restart after maintenance is not the start
    ("서림정유\n\n'서림정유'는 2024년 6월 3일 가동을 시작했다.",
     "서림정유\n\n'서림정유'는 정기보수를 마치고 2025년 4월 2일 다시 가동에 들어갔다."),
    # a date that situates a figure
    (KO + "가온화학의 신공장은 3월 16일 상업생산에 들어갔다.",
     "가온화학\n입력 2026.04.02 09:00\n가온화학의 신공장은 3월 30일 기준 가동률이 80%에 이르렀다."),
    # construction start against production start: two events
    (KO + "가온화학의 신공장은 3월 16일 상업생산에 들어갔다.",
     "Gaon Chemical\n\nConstruction began on May 2, 2024 at Gaon Chemical's new plant."),
]


@pytest.mark.parametrize("a, b", CONTRADICTIONS)
def test_two_dates_of_one_start_are_reported(repo_pack: RuleSet, a: str, b: str) -> None:
    found = _findings(repo_pack, a, b)
    assert len(found) == 1, found


@pytest.mark.parametrize("a, b", AGREEMENTS)
def test_agreeing_dates_and_other_events_are_not(repo_pack: RuleSet, a: str, b: str) -> None:
    assert _findings(repo_pack, a, b) == []


@pytest.mark.parametrize("text, expected", [
    (KO + "가온화학이 당진시 석문국가산업단지에 지은 폴리젖산(PLA) 공장이 3월 16일 상업생산에 들어갔다.",
     ("가온화학", "상업생산", "3월 16일")),
    ("Seorim\n\nThe Seorim Refinery started operations on June 3, 2024.", ("Seorim Refinery", "operations", "June 3, 2024")),
    ("Haneul\n\nThe Haneul Line opened to passengers on Sept. 9, 2023.", ("Haneul Line", "opened", "Sept. 9, 2023")),
    ("Seorim\n\nCommercial operation began on 1 July 2025 at the Seorim Refinery, the company said.",
     ("Seorim Refinery", "commercial operation", "1 July 2025")),
    # "다온에 따르면 …": a name the document quotes once is a name wherever it is written bare
    ("공공자전거 이용 늘어\n\n하람시 공공자전거 '다온'의 이용이 늘었다. 2022년 4월 1일 운영을 시작한 다온은 자전거 1,200대를 갖췄다.",
     ("다온", "운영", "2022년 4월 1일")),
    # "(이하 X)": the short form the article uses from there on is the owner
    (KO + "가온케미칼솔루션(이하 가온)이 지은 공장이 3월 16일 상업생산에 들어갔다.", ("가온", "상업생산", "3월 16일")),
])
def test_the_start_and_its_owner(repo_pack: RuleSet, text: str, expected: tuple[str, str, str]) -> None:
    found = _dated(repo_pack, text)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    KO + "가온화학의 신공장은 4월 1일 상업생산에 들어갈 예정이다.",
    KO + "가온화학의 울산 공장은 3월 16일 상업생산에 들어갔다.",
    KO + "가온화학의 신공장은 정비를 마치고 3월 16일 다시 가동에 들어갔다.",
    KO + "가온화학의 신공장은 3월 16일 기준 가동률이 80%에 이르렀다.",
    "Gaon\n\nGaon Chemical began commercial production on March 16, 2026 at its Ulsan plant.",
    "Gaon\n\nGaon Chemical is expected to begin production on March 16, 2026.",
    "Gaon\n\nGaon Chemical has run the plant at full capacity since March 12, 2026, when output began.",
    "Seorim\n\nConstruction began on 1 July 2025 at the Seorim Refinery.",
])
def test_no_start_date(repo_pack: RuleSet, text: str) -> None:
    assert [c for c in _dated(repo_pack, text) if c[1] not in ("release date",)] == []


def test_a_short_form_and_a_declared_alias_meet_across_languages(tmp_path: Path) -> None:
    """"그린밸리소재(이하 그린밸리)가 … 지은 공장이": the owner is the name the article uses from then on — a declared
    entity's when a pack declares it (a loanword name is no romanization: "그린밸리" is not "Green Valley" by itself)."""
    (tmp_path / "alias.yaml").write_text("entities:\n  - name: Green Valley\n    aliases: [그린밸리, 그린밸리소재, "
                                         "Green Valley Materials]\n    type: company\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[2] / "rules"
    pack = load_rules(sorted(str(p) for p in root.iterdir() if p.name.endswith((".yaml", ".yml"))) + [str(tmp_path / "alias.yaml")])
    ko = KO + "소재기업 그린밸리소재(이하 그린밸리)가 당진시에 지은 폴리젖산(PLA) 공장이 3월 16일 상업생산에 들어갔다."
    en = EN + "Green Valley Materials began commercial production on March 12 at its PLA plant in Dangjin."
    (message,) = _findings(pack, ko, en)
    assert "Green Valley" in message and "commercial production" in message
