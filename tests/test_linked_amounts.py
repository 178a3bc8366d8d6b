"""Amounts of money linked to the noun they are the value of (binding/amounts.py, issue #14 item 1): "N 규모의 X",
"N어치의 X", "N에 달하는 X", "X N이 체결됐다", "N in X", "X worth N", "X valued at N", "X totalling N" — the head of
the phrase is the attribute; paraphrases on topics of our own, hard negatives, and a Korean/English pair that meets
through rules/measures.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from binding_helpers import bound
from factlint.api import lint
from factlint.binding.vocabulary import _GOAL_BEFORE_KO
from factlint.config.rules import load_rules

REPO = Path(__file__).resolve().parents[1]
RULES = load_rules([str(REPO / "rules")])  # (this checkout's pack: its measures.yaml bridges the two heads)


def _at(text: str, figure: str):  # type: ignore[no-untyped-def]
    found = [b for b in bound(text + "\n", RULES) if text[b.quantity.span.start : b.quantity.span.end].startswith(figure)]
    assert found, figure
    return found[0]


@pytest.mark.parametrize("text, figure, entity, attribute", [
    ("가람바이오는 미국 제약사와 3억 달러 규모의 기술수출 계약을 체결했다.", "3억 달러", "가람바이오", "기술수출 계약"),
    ("서진시는 올해 12억 달러어치의 반도체 장비를 수입했다.", "12억 달러", "서진시", "반도체 장비"),
    ("누리전자는 유럽에서 2조 원에 달하는 공급 계약을 수주했다.", "2조 원", "누리전자", "공급 계약"),
    ("누리전자는 유럽에서 2조 원을 넘는 공급 계약을 따냈다.", "2조 원", "누리전자", "공급 계약"),
    ("새봄제약은 8억 달러 규모의 기술수출 계약을 맺었다.", "8억 달러", "새봄제약", "기술수출 계약"),
])
def test_korean_linked_amount(text: str, figure: str, entity: str, attribute: str) -> None:
    b = _at(text, figure)
    assert b.claim is not None, b.reason
    assert (b.claim.entity, b.claim.attribute, b.claim.goal) == (entity, attribute, False)


def test_korean_amount_glued_to_what_was_signed() -> None:
    # "현장 수출계약 8,350만 달러가 체결됐다": the bare nouns before the subject amount are what was signed
    assert _at("현장 수출계약 8,350만 달러가 체결됐다.", "8,350만").attribute == "현장 수출계약"


@pytest.mark.parametrize("text, figure, entity, attribute", [
    ("Garam Bio is a drug developer. Last year Garam Bio signed $300 million in licensing contracts.", "$300",
     "Garam Bio", "licensing contracts"),
    ("Sorin Motors is a carmaker. Sorin Motors signed $1.2 billion in battery supply deals with two firms.", "$1.2",
     "Sorin Motors", "battery supply deals"),
    ("Haemil Foods makes sauces. Haemil Foods signed on-site export contracts worth $8.4 million at the fair.", "$8.4",
     "Haemil Foods", "on-site export contracts"),
])
def test_english_linked_amount(text: str, figure: str, entity: str, attribute: str) -> None:
    b = _at(text, figure)
    assert b.claim is not None, b.reason
    assert (b.claim.entity, b.claim.attribute) == (entity, attribute)


@pytest.mark.parametrize("text, figure, attribute", [
    ("Exhibitors at the fair signed export contracts worth $91.2 million.", "$91.2", "export contracts"),
    ("The yard received orders valued at $2.1 billion in the first half.", "$2.1", "orders"),
    ("The maker booked supply deals totalling 2 trillion won, the company said.", "2 trillion", "supply deals"),
    ("The deals are worth about 125.9 billion won.", "about 125.9", "deals"),
    # (a participle before the phrase is its verb, not a modifier of its head)
    ("The bank raised funds for the deal by selling new stocks worth £1bn.", "£1bn", "new stocks"),
    ("Haemil signed licensing contracts worth $8.4 million.", "$8.4", "licensing contracts"),
])
def test_english_linked_attribute(text: str, figure: str, attribute: str) -> None:
    # (whose they are is the owner rules' question; the attribute is read from the phrase the amount is linked to)
    assert _at(text, figure).attribute == attribute


@pytest.mark.parametrize("text, figure", [
    ("Soha Marine is a shipper. Soha Marine signed contracts worth up to $5 million each with two shipowners.", "up to $5"),
    ("Soha Marine is a shipper. Soha Marine signed contracts worth $5 million apiece.", "$5"),
])
def test_bound_or_per_item_is_no_total(text: str, figure: str) -> None:
    b = _at(text, figure)
    assert b.claim is None and "per item" in b.reason


@pytest.mark.parametrize("text, figure", [
    ("Shares of Nexaplay closed at 48,350 won in morning trade.", "48,350"),
    ("Hanbit Tech is a chipmaker. Hanbit Tech paid 1.26 billion won in cash to the founders.", "1.26"),
])
def test_in_a_manner_or_a_time_is_no_thing(text: str, figure: str) -> None:
    b = _at(text, figure)
    assert b.claim is None or b.claim.attribute not in ("cash", "morning trade", "trade")


@pytest.mark.parametrize("text, figure", [
    ("시가로 16억원이 넘는 규모였다고 한다.", "16억원"),
    ("섬 인구로 나누면 1인당 4000만원이 넘는 돈이다.", "4000만원"),
])
def test_generic_word_for_an_amount_is_no_attribute(text: str, figure: str) -> None:
    assert _at(text, figure).claim is None


@pytest.mark.parametrize("text, figure", [
    ("수백억원 규모의 센터가 하람시에 들어선다.", "수백억원"),
    ("한빛전자는 $918 million 규모의 통신망을 구축했다.", "$918 million"),
    ("내년에는 500억원 수준의 물류센터가 문을 연다.", "500억원"),
])
def test_the_linker_is_no_owner(text: str, figure: str) -> None:
    # (session 18: "N 규모의 X" read X as the attribute and then "N 규모" as its possessor, the owner)
    b = _at(text, figure)
    assert b.claim is None or not b.claim.entity.endswith(("규모", "수준", "상당")), b.claim


def test_goal_is_no_signed_contract() -> None:
    b = _at("한빛중공업은 1억 달러 규모의 수출 계약을 목표로 하고 있다.", "1억 달러")
    assert b.claim is None or b.claim.goal


def test_cumulative_orders_and_one_contract_are_two_attributes() -> None:
    text = "한빛중공업의 누적 수주액은 120억 달러로, 이번 계약은 8억 달러 규모다."
    assert _at(text, "120억").attribute == "누적 수주액"
    assert _at(text, "8억").attribute == "계약"


@pytest.mark.parametrize("text, first, second, owner", [
    ("새봄제약은 8억 달러 규모의 기술수출 계약을 맺었고, 경쟁사 한울바이오는 3억 달러 규모의 계약을 따냈다.", "8억", "3억", "새봄제약"),
    ("Dongha Shipbuilding is based in Geoje. Last year Dongha Shipbuilding won $3.2 billion in new orders, while Seojin "
     "Marine won $1.1 billion in new orders.", "$3.2", "$1.1", "Dongha Shipbuilding"),
])
def test_another_entitys_deal_in_the_same_sentence(text: str, first: str, second: str, owner: str) -> None:
    a, b = _at(text, first), _at(text, second)
    assert a.claim is None or a.claim.entity == owner
    assert b.claim is None or b.claim.entity != owner


def test_a_name_ending_in_o_is_no_coming_date() -> None:
    # "가람바이오는": 오는 inside a name is no "오는 3월" (a time to come), so the contract is no goal
    assert _at("가람바이오는 3억 달러 규모의 계약을 체결했다.", "3억 달러").claim.goal is False  # type: ignore[union-attr]


@pytest.mark.parametrize("before, goal", [("가람바이오는 ", False), ("스튜디오는 ", False), ("오는 3월 ", True),
                                          ("다가오는 시즌 ", True), ("돌아오는 주말 ", True)])
def test_a_time_to_come_before_the_figure(before: str, goal: bool) -> None:
    assert bool(_GOAL_BEFORE_KO.search(before)) is goal


def _pair(tmp_path: Path, english: str, korean: str) -> list[str]:
    (tmp_path / "ko.txt").write_text("가람바이오, 미국 제약사와 수출 계약\n\n입력 2025.03.14 09:00\n\n" + korean + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Garam Bio signs export deals\n\nPublished March 15, 2025\n\nGaram Bio is a drug developer "
                                     "based in Seoha. " + english + "\n", encoding="utf-8")
    return [f.rule for f in lint([str(tmp_path)], rules=RULES).findings]


KO_SIDE = "가람바이오는 지난해 미국 제약사와 3억 달러 규모의 수출 계약을 체결했다고 14일 밝혔다."


def test_korean_and_english_export_contracts_meet(tmp_path: Path) -> None:
    rules = _pair(tmp_path, "Garam Bio signed $350 million in export contracts in 2024, the company said.", KO_SIDE)
    assert "bilingual-figure-contradiction" in rules


@pytest.mark.parametrize("english", [
    "Garam Bio signed $300 million in export contracts in 2024, the company said.",  # the same amount
    "Garam Bio signed $350 million in export contracts in 2023, the company said.",  # a deal of another year
    "Garam Bio signed $350 million in licensing contracts in 2024, the company said.",  # other contracts
    "Garam Bio signed export contracts worth up to $50 million each in 2024.",  # a bound per item
])
def test_korean_and_english_contracts_hard_negatives(tmp_path: Path, english: str) -> None:
    assert "bilingual-figure-contradiction" not in _pair(tmp_path, english, KO_SIDE)


def test_an_mou_is_no_contract(tmp_path: Path) -> None:
    korean = "가람바이오는 지난해 미국 제약사와 3억 달러 규모의 업무협약을 맺었다고 14일 밝혔다."
    rules = _pair(tmp_path, "Garam Bio signed $350 million in export contracts in 2024, the company said.", korean)
    assert "bilingual-figure-contradiction" not in rules


def test_won_and_dollars_of_one_deal_agree(tmp_path: Path) -> None:
    korean = "가람바이오는 지난해 미국 제약사와 3억 달러(약 4,140억 원) 규모의 수출 계약을 체결했다고 14일 밝혔다."
    rules = _pair(tmp_path, "Garam Bio signed $300 million in export contracts in 2024, the company said.", korean)
    assert "bilingual-figure-contradiction" not in rules
