"""An entity's first flight (fresh9 C5): "2021년 6월 11일 김포 노선으로 첫 취항한 하늘빛항공은" (a prenominal clause of
the event describing the topic) and "It made its maiden commercial flight on September 3, 2021" ("It": the name the
sentence before opens with) key alike, as the pack's one-off measure "first flight" (rules/measures.yaml). A route's
first flight ("오사카 노선에 첫 취항", "its first flight to Osaka") is not the entity's."""

from __future__ import annotations

from pathlib import Path

import pytest
from binding_helpers import bound

from factlint.claimtools import show
from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse
from factlint.measures import glossary

KO_DATELINE = "입력 2025.05.20 09:00\n"
EN_DATELINE = "Published April 8, 2025\n"


@pytest.fixture(scope="module")
def pack() -> RuleSet:  # this checkout's pack (its rules/), not an installed one's
    return load_rules([str(p) for p in sorted((Path(__file__).resolve().parents[1] / "rules").glob("*.yaml"))])


def _events(text: str, ruleset: RuleSet, dateline: str) -> set[tuple[str, str, str]]:
    """(entity, the event's measure, date) of each event date the article's text states."""
    events = glossary(ruleset, once=True)
    return {(b.claim.entity, events.get(b.claim.attribute.casefold(), b.claim.attribute), show(b.claim.quantity))
            for b in bound("칼럼\n" + dateline + text + "\n", ruleset)
            if b.claim is not None and b.claim.how.startswith("date of its event")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2021년 6월 11일 김포 노선으로 첫 취항한 하늘빛항공은 4년 만에 지역 항공사로 자랐다.",
     {("하늘빛항공", "first flight", "2021-06-11")}),
    ("2020년 3월 2일 제주 노선으로 첫 운항에 나선 바다항공은 올해 여섯 번째 노선을 열었다.",
     {("바다항공", "first flight", "2020-03-02")}),
    ("누리항공은 2019년 11월 5일 첫 취항했다.", {("누리항공", "first flight", "2019-11-05")}),
    ("2019년 11월 5일 첫 취항한 누리항공은 올해 흑자로 돌아섰다.", {("누리항공", "first flight", "2019-11-05")}),
    # hard negatives: a route's or an airport's first flight, a plan, a bare 취항 (each route has its own)
    ("2024년 7월 1일 오사카 노선에 첫 취항한 바다항공은 국제선을 늘리고 있다.", set()),
    ("바다항공은 2024년 7월 1일 청람공항에 첫 취항했다.", set()),
    ("바다항공은 2024년 7월 1일 오사카 노선 첫 취항을 기념했다.", set()),
    ("바다항공은 오는 7월 1일 오사카 노선에 첫 취항한다.", set()),
])
def test_korean_first_flight(pack: RuleSet, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert {e for e in _events(sentence, pack, KO_DATELINE) if e[1] == "first flight"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Haneulbit Air was founded in 2019 with backing from the provincial government. It made its maiden commercial "
     "flight on September 3, 2021, a Gimpo-Cheongram hop, and now flies nine routes.",
     {("Haneulbit Air", "first flight", "2021-09-03")}),
    ("Badah Air made its maiden flight on March 2, 2020.", {("Badah Air", "first flight", "2020-03-02")}),
    ("Badah Air was founded in 2018 in Jeju. Its first flight took off on March 2, 2020, bound for Gimpo.",
     {("Badah Air", "first flight", "2020-03-02")}),
    ("Nuri Air first flew on November 5, 2019.", {("Nuri Air", "first flight", "2019-11-05")}),
    ("Badah Air began scheduled service on March 2, 2020.", {("Badah Air", "first flight", "2020-03-02")}),
    # hard negatives: a route's first flight, a common noun's, a plan
    ("Badah Air made its first flight to Osaka on July 1, 2024.", set()),
    ("The airline made its maiden flight on March 2, 2020.", set()),
    ("Badah Air will make its maiden flight on March 2, 2026.", set()),
])
def test_english_first_flight(pack: RuleSet, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {e for e in _events(text, pack, EN_DATELINE) if e[1] == "first flight"} == expected


def test_first_flight_differs_from_a_bare_flight_of_a_route(pack: RuleSet) -> None:
    # "2021년 취항 이후": 취항 of a route recurs, so a bare 취항 is never the one-off first flight
    assert "취항" not in glossary(pack, once=True)
    assert glossary(pack, once=True)["첫 취항"] == glossary(pack, once=True)["maiden commercial flight"]


def test_fresh9_c5_is_reported(pack: RuleSet) -> None:
    root = Path(__file__).resolve().parent / "gold" / "fresh9" / "articles"
    docs = [parse(str(root / name), (root / name).read_bytes()) for name in ("ko_column_battery_city.txt", "en_wire_haneulbit.txt")]
    (msg,) = [f.message for f in lint_documents(docs, pack).findings if f.rule == "event-date-contradiction"]
    assert "first flight" in msg and "2021-06-11" in msg and "2021-09-03" in msg


# session 14 review: a wire's dateline is no subject, so "It" in the next sentence is not the dateline's city
@pytest.mark.parametrize("text", [
    "Two carriers, one airport\nGIMHAE, May 3 (Coastal Wire) - Nampung Air took over the Jeju slots of Seagull Air, "
    "which went bankrupt in 2024. It made its maiden flight on March 9, 2018.",
    "Jeju news\nJEJU (Island Wire) - Storms closed the runway for two days. It first flew on June 1, 2015.",
])
def test_a_datelines_city_is_no_topic_for_it(pack: RuleSet, text: str) -> None:
    found = {e for e in _events(text, pack, EN_DATELINE) if e[1] == "first flight"}
    assert not {e for e in found if e[0] in ("GIMHAE", "JEJU")}

