"""A thing's size, as Korean and English write it (issue #14; fresh9's C2: "청람공항의 활주로는 길이 2,450m, 폭 45m로"
against "Cheongram Airport opened in April 1998 and has a single runway of 2,650 metres"):

1. Korean "X의 Y는 길이 N, 폭 M": the possessor owns, the part and the dimension noun are measured (X · Y 길이); a
   topic that is a name itself ("단월터널은 연장 5.2㎞") owns its dimension (``factlint/binding/dimensions.py``).
2. English "has a single runway of N metres", "a main runway N metres long", "is N metres tall": the head noun
   without the adjectives that only say how many or which one; the adjective of size names its measure.
3. A year in a coordinated clause ("opened in 1998 and has …") does not date the present state after "and has".
4. A part of a thing (rules/measures.yaml, ``part: true``: 활주로, runway) with a measure of size is one measure in
   both languages ("runway length"), so that the two sides meet in bilingual-figure-contradiction.

Sentences written for these tests (bridges, towers, tunnels, pools), with hard negatives: a planned length, a
comparison's object, the width beside the length, a second airport's runway, the same value written before the
noun."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from binding_helpers import bound

from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import run

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules([str(REPO / "rules")])


def _claims(pack: RuleSet, text: str) -> dict[str, tuple[str, str, str | None, bool] | None]:
    return {b.quantity.text: (b.claim.entity, b.claim.attribute, b.claim.period, b.claim.goal) if b.claim else None
            for b in bound(text, pack)}


KO_AIRPORT = ("청람시 소식\n\n청람시에 있는 청람공항의 활주로는 길이 2,450m, 폭 45m로, 인근 서하비행장(1,800m)보다 650m 길다. "
              "공항은 활주로를 2,900m로 늘리는 사업을 추진하고 있다.\n")


@pytest.mark.parametrize("text, figure, expected", [
    (KO_AIRPORT, "2,450m", ("청람공항", "활주로 길이")),
    (KO_AIRPORT, "45m", ("청람공항", "활주로 폭")),
    ("서하군 소식\n\n서하군의 서하대교는 길이 1,120m, 폭 24m로 군내 대교 가운데 가장 길다.\n", "1,120m", ("서하대교", "길이")),
    ("단월군 소식\n\n단월터널은 연장 5.2㎞, 폭 10m로 지어졌다. 터널은 내년에 개통한다.\n", "5.2㎞", ("단월터널", "연장")),
    ("해온시 소식\n\n해온시의 해온타워는 높이 320m로, 타워 전망대에서 시내가 보인다.\n", "320m", ("해온타워", "높이")),
    ("가온시 소식\n\n가온수영장의 경영풀은 길이 50m, 수심 3m다. 가온시는 수영장을 시민에게 개방한다.\n", "3m", ("가온수영장", "경영풀 수심")),
    ("청람시 소식\n\n청람공항 활주로는 길이 2,450m다. 청람시는 공항 확장을 검토한다.\n", "2,450m", ("청람공항", "활주로 길이")),
])
def test_a_korean_dimension_noun_after_a_topic_measures_the_topic_or_its_possessor(
        pack: RuleSet, text: str, figure: str, expected: tuple[str, str]) -> None:
    claim = _claims(pack, text)[figure]
    assert claim is not None and claim[:2] == expected


def test_the_comparison_object_and_a_planned_length_are_not_the_runway_of_the_topic(pack: RuleSet) -> None:
    claims = _claims(pack, KO_AIRPORT)
    assert claims["1,800m"] is None or claims["1,800m"][0] != "청람공항"
    assert claims["2,900m"] is None or claims["2,900m"][3]  # a goal, if anything
    assert claims["650m"] is None or claims["650m"][1] != "활주로 길이"


@pytest.mark.parametrize("text, figure, expected", [
    ("Cheongram\n\nCheongram Airport opened in April 1998 and has a single runway of 2,650 metres.\n", "2,650 metres",
     ("Cheongram Airport", "runway", None)),
    ("Seoha\n\nSeoha Airfield has a main runway 1,800 metres long.\n", "1,800 metres", ("Seoha Airfield", "runway", None)),
    ("Gaon\n\nGaon Aquatics Centre has a new pool of 50 metres.\n", "50 metres", ("Gaon Aquatics Centre", "pool", None)),
    ("Haeon\n\nHaeon Bridge was completed in 2009 and has a main span of 1,120 metres.\n", "1,120 metres",
     ("Haeon Bridge", "span", None)),
    ("Haeon\n\nHaeon Tower opened in 2011 and is 320 metres tall.\n", "320 metres", ("Haeon Tower", "height", None)),
    ("Lumencell\n\nLumencell was founded in 2019 and now employs 230 people.\n", "230", ("Lumencell", "employees", None)),
    ("Cheongram\n\nCheongram Airport's runway is 2,650 metres long.\n", "2,650 metres", ("Cheongram Airport", "runway", None)),
    ("Namsan\n\nNamsan Tower's antenna is 40 metres tall.\n", "40 metres", ("Namsan Tower", "antenna height", None)),
])
def test_an_english_size_names_its_head_noun_and_is_not_dated_by_another_verb(
        pack: RuleSet, text: str, figure: str, expected: tuple[str, str, str | None]) -> None:
    claim = _claims(pack, text)[figure]
    assert claim is not None and claim[:3] == expected


def test_a_year_in_the_figures_own_clause_still_dates_it(pack: RuleSet) -> None:
    claim = _claims(pack, "Lumencell\n\nLumencell was founded in 2019 with 5 employees.\n")["5"]
    assert claim is not None and claim[2] == "2019"


def test_another_airports_runway_in_the_same_sentence_is_not_the_first_ones(pack: RuleSet) -> None:
    claims = _claims(pack, "Cheongram\n\nCheongram Airport has a runway of 2,650 metres, while Seoha Airfield has one "
                           "of 1,800 metres.\n")
    assert claims["2,650 metres"] is not None and claims["2,650 metres"][:2] == ("Cheongram Airport", "runway")
    assert claims["1,800 metres"] is None or claims["1,800 metres"][0] != "Cheongram Airport"


RULE = "bilingual-figure-contradiction"


def _findings(tmp_path: Path, pack: RuleSet, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run(sorted(str(tmp_path / n) for n in files), pack, today=dt.date(2026, 6, 1))
    assert not result.internal_errors, result.internal_errors
    return sorted(f"{f.data['attribute']} {f.data['claim']['quantity']['text']}" for f in result.findings if f.rule == RULE)


KO_DATED = "청람공항 활주로\n입력 2025.01.16 09:41\n" + KO_AIRPORT.split("\n\n", 1)[1]


@pytest.mark.parametrize("en, found", [
    ("Cheongram\n\nCheongram Airport opened in April 1998 and has a single runway of 2,650 metres.\n",
     ["runway length 2,450m"]),
    ("Cheongram\n\nCheongram Airport has a main runway 2,650 metres long.\n", ["runway length 2,450m"]),
    # the same length: no finding; the width of the same runway is another measure
    ("Cheongram\n\nCheongram Airport opened in April 1998 and has a single runway of 2,450 metres.\n", []),
    ("Cheongram\n\nCheongram Airport has a 2,450-metre runway.\n", []),
    ("Cheongram\n\nCheongram Airport has a 2,650-metre runway.\n", ["runway length 2,450m"]),
    ("Cheongram\n\nCheongram Airport has a runway 45 metres wide.\n", []),
    ("Cheongram\n\nCheongram Airport's runway is 50 metres wide.\n", ["runway width 45m"]),
    ("Cheongram\n\nCheongram Airport's runway is 2,650 metres long.\n", ["runway length 2,450m"]),
    # a planned length and another airfield's runway are not the runway's length today
    ("Cheongram\n\nCheongram Airport's runway will be extended to 2,900 metres by 2029.\n", []),
    ("Cheongram\n\nSeoha Airfield has a single runway of 2,650 metres.\n", []),
])
def test_a_runways_length_meets_across_languages(tmp_path: Path, pack: RuleSet, en: str, found: list[str]) -> None:
    assert _findings(tmp_path, pack, {"en.txt": en, "ko.txt": KO_DATED}) == found


def test_new_is_dropped_only_before_a_size(pack: RuleSet) -> None:
    # "new orders" are not all orders: the adjective stays where the figure is no length or area
    claims = _claims(pack, "Harim\n\nHarim County has new orders of $5 billion.\n\nHarim Port has a new berth of 400 metres.\n")
    assert claims["$5 billion"] is not None and claims["$5 billion"][:2] == ("Harim County", "new orders")
    assert claims["400 metres"] is not None and claims["400 metres"][:2] == ("Harim Port", "berth")


# session 14 review: the present between a topic and its size, and a planned size in the next clause
@pytest.mark.parametrize("text, figure, expected", [
    ("한솔대교 보강공사 착수\n\n한솔대교의 접속도로는 현재 길이 2㎞이며 2028년까지 길이 3.5㎞로 늘어날 예정이다.\n", "2㎞",
     ("한솔대교", "접속도로 길이", None, False)),
    ("가람터널 확장\n\n가람터널은 지금 연장 3.1㎞이고 2030년에는 연장 4.4㎞가 될 계획이다.\n", "3.1㎞",
     ("가람터널", "연장", None, False)),
    ("서하공항 확장\n\n서하공항의 활주로는 현재 길이 2,100m이지만 2029년 2,600m로 늘릴 계획이다.\n", "2,100m",
     ("서하공항", "활주로 길이", None, False)),
])
def test_the_current_size_before_a_planned_one_is_no_goal(pack: RuleSet, text: str, figure: str,
                                                          expected: tuple[str, str, str | None, bool]) -> None:
    assert _claims(pack, text)[figure] == expected


@pytest.mark.parametrize("text, figure", [
    # the planned size itself stays a goal (or unbound)
    ("한솔대교 보강공사 착수\n\n한솔대교의 접속도로는 현재 길이 2㎞이며 2028년까지 길이 3.5㎞로 늘어날 예정이다.\n", "3.5㎞"),
    ("한솔대교 보강공사 착수\n\n한솔대교의 접속도로는 2028년까지 길이 3.5㎞로 늘어날 예정이다.\n", "3.5㎞"),
])
def test_the_planned_size_stays_a_goal(pack: RuleSet, text: str, figure: str) -> None:
    claim = _claims(pack, text)[figure]
    assert claim is None or claim[3]
