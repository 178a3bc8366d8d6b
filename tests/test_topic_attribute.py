"""The measured noun right before a figure, and a topic name that is not an attribute (issue #14, session 17; fresh13
and fresh14 lost two planted contradictions here: "설비용량 600㎿ 규모의 발전소", "누리벌신도시는 면적 9.8㎢에 …",
"a 640-megawatt plant" read as a bare 640, "120만 상자" without its counter).

1. A bare noun (no particle) right before a measure heads the figure's phrase: it is the attribute, whatever follows
   the figure — "N 규모의 X" / "N 정도인 X" (X has it), "N에", "N(으)로" (``structure.korean_head``).
2. Nouns of a dimension made with -이 (길이, 높이, 깊이, 넓이, 나이) are one word, not a stem and the subject particle
   (``korean.DIMENSION_NOUNS``), and a labelled length in a list is what it measures, no part of a whole.
3. A topic that is a distinctive part and a generic head of names (누리벌 + 신도시, 서하중앙 + 도서관) owns its
   clause's figures; it is never read as what one of them measures.
4. English: a unit adjective before a noun ("a 640-megawatt plant", "a 6.4 km tunnel") is the measure of its unit's
   dimension (capacity, length); the spelled-out power units are units; a container counter (상자, 박스, 포대)
   belongs to its figure.

Sentences written for these tests, on other entities and in other word orders, with hard negatives: a rate's
period (연 4.12%), a comparison's object in brackets, a plant a clause introduces, a count beside a name topic."""

from __future__ import annotations

from pathlib import Path

import pytest
from binding_helpers import bound

from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.quantities import extract

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules([str(REPO / "rules")])


def _claims(pack: RuleSet, text: str) -> dict[str, tuple[str, str] | None]:
    return {b.quantity.text: (b.claim.entity, b.claim.attribute) if b.claim else None for b in bound(text, pack)}


@pytest.mark.parametrize(("text", "figure", "want"), [
    # N 규모의 X, X what the topic is: the topic owns, the bare noun is measured
    ("# 가온발전소\n\n가온발전소는 설비용량 600㎿ 규모의 발전소다.\n", "600㎿", ("가온발전소", "설비용량")),
    ("# 서하체육관\n\n서하체육관은 연면적 1만 2천㎡ 규모의 실내 경기장이다.\n", "1만 2천㎡", ("서하체육관", "연면적")),
    # N에, N(으)로
    ("# 단월저수지\n\n단월저수지는 면적 3.2㎢에 저수량 1,200만㎥를 자랑한다.\n", "3.2㎢", ("단월저수지", "면적")),
    ("# 누리터널\n\n누리터널은 길이 5.2㎞로 도내에서 가장 긴 터널이다.\n", "5.2㎞", ("누리터널", "길이")),
    # 길이/높이 are nouns: "N의 X" with X what the topic is
    ("# 서하대교\n\n서하대교는 길이 1.2㎞의 사장교다.\n", "1.2㎞", ("서하대교", "길이")),
    ("# 청람타워\n\n청람타워는 높이 320m의 전망탑이다.\n", "320m", ("청람타워", "높이")),
    # a labelled length and weight, "N 정도인 X"
    ("# 청람사우루스\n\n청람사우루스는 백악기 후기의 공룡으로 몸길이 12m, 몸무게 5t 정도인 육식 공룡이다.\n", "12m",
     ("청람사우루스", "몸길이")),
    ("# 청람사우루스\n\n청람사우루스는 몸무게 5t 정도인 육식 공룡이다.\n", "5t 정도", ("청람사우루스", "몸무게")),
    # English: a unit adjective before a noun after "a"
    ("# Gaon Power Station\n\nGaon Power Station is a 640-megawatt plant in Gaon County.\n", "640-megawatt",
     ("Gaon Power Station", "capacity")),
    ("# Danwol Tunnel\n\nThe Danwol Tunnel is a 6.4 km road tunnel under Mount Danwol.\n", "6.4 km", ("Danwol Tunnel", "length")),
    # a hyphenated adjective before the head noun of a name
    ("Less than a month after the 640-megawatt Mungnyeong pumped-storage station opened, the council met.\n",
     "640-megawatt", ("Mungnyeong pumped-storage station", "capacity")),
])
def test_the_bare_noun_before_a_figure_is_what_it_measures(pack: RuleSet, text: str, figure: str,
                                                            want: tuple[str, str]) -> None:
    assert _claims(pack, text)[figure] == want


def test_a_rate_s_period_is_no_measured_noun(pack: RuleSet) -> None:
    # "연 4.12%로": a year's rate; 연 is no attribute (the topic's 금리 is)
    got = _claims(pack, "# 해솔은행\n\n해솔은행의 신용대출 금리는 연 5.8~6.3% 수준이었다. 주택담보대출 금리는 연 4.12%로 내렸다.\n")
    assert all(c is None or c[1] != "연" for c in got.values())


def test_a_compared_figure_in_brackets_is_not_the_topic_s(pack: RuleSet) -> None:
    got = _claims(pack, "# 가온대교\n\n가온대교는 길이 1.2㎞로, 서하대교(0.9㎞)보다 300m 길다.\n")
    assert got["1.2㎞"] == ("가온대교", "길이")
    assert got["0.9㎞"] != ("가온대교", "길이")


def test_a_name_topic_is_never_the_attribute(pack: RuleSet) -> None:
    # fresh14's "대경도시공사 · 누리벌신도시 = 3만 2천 가구": the topic is the owner, not what 3만 2천 가구 measures
    text = ("# 대경도시공사, 주택 공급\n\n대경도시공사는 20일 공급 계획을 밝혔다.\n\n"
            "누리벌신도시는 면적 9.8㎢에 총 3만 2천 가구, 계획인구 12만 8천 명 규모로 조성된다.\n")
    got = _claims(pack, text)
    assert all(c is None or c[1] != "누리벌신도시" for c in got.values())
    # a table's row label that is a facility's name is no attribute of the city either
    table = "# 서하시 문화시설\n\n서하시 문화시설 이용률은 다음과 같다.\n\n서하중앙도서관은 이용률 40.1%를 기록했다.\n"
    assert all(c is None or c[1] != "서하중앙도서관" for c in _claims(pack, table).values())


def test_a_plant_its_clause_introduces_is_not_the_subject_s(pack: RuleSet) -> None:
    got = _claims(pack, "# Hanbit Energy\n\nHanbit Energy opened a 640-megawatt plant in Gaon on Monday.\n")
    assert got["640-megawatt"] is None


@pytest.mark.parametrize(("text", "written", "unit", "counter"), [
    ("Gaon is a 640-megawatt plant.", "640-megawatt", "megawatt", None),
    ("It makes 1,150 gigawatt-hours a year.", "1,150 gigawatt-hours", "gigawatt_hour", None),
    ("The farm, at 340 megawatts, is second.", "340 megawatts", "megawatt", None),
    ("한빛로지스는 하루 최대 120만 상자를 처리할 수 있다.", "최대 120만 상자", None, "상자"),
    ("쌀 2천 포대를 보냈다.", "2천 포대", None, "포대"),
])
def test_spelled_out_power_units_and_container_counters_are_read(text: str, written: str, unit: str | None,
                                                                 counter: str | None) -> None:
    q = next(q for q in extract(text) if q.text == written)
    assert (q.unit, q.counter) == (unit, counter)


def test_a_unit_hyphened_twice_is_not_read_as_its_first_word() -> None:
    # "a 5-gigawatt-hour store" is no 5 GW: left a bare number rather than the wrong unit
    assert all(q.unit != "gigawatt" for q in extract("a 5-gigawatt-hour store"))
