"""A person's age set off beside the name is the person's as written: never the predicate's goal, never a role's.

fresh16 (written blind, spent in session 17): "정해민(58) 소하군수는 \"전복 산업을 2030년까지 … 키우겠다\"고 말했다" bound
58 as a goal (the sentence's pledge), and "County Governor Jeong Hae-min, 63, told reporters" made the role part of
the name. Paraphrases of my own on other people and roles; hard negatives: a body's count after its name, a name
with no role, a real goal in the same sentence keeps its goal.
"""

from __future__ import annotations

import pytest

from factlint import segment
from factlint.binding import bind_document
from factlint.config.rules import default_pack, load_rules
from factlint.loader import parse
from factlint.quantities import extract_blocks


def claims(text: str) -> list[tuple[str, str, str, bool]]:
    doc = parse("a.txt", text.encode("utf-8"))
    blocks = segment.blocks(doc)
    out = []
    for b in bind_document(doc, blocks, extract_blocks(doc.text, blocks), load_rules(default_pack())):
        if b.claim is not None:
            out.append((b.quantity.text, b.claim.entity, b.claim.attribute, b.claim.goal))
    return out


@pytest.mark.parametrize("text,age,person", [
    ("김서윤(47) 대표는 \"내년까지 매출을 두 배로 늘리겠다\"고 밝혔다.", "47", "김서윤"),
    ("이하람(24) 선수는 \"올 시즌 30골을 넣겠다\"고 말했다.", "24", "이하람"),
    ("정해민(58) 소하군수는 \"2030년까지 연 매출 2천억원 규모로 키우겠다\"고 말했다.", "58", "정해민"),
    ("Head Coach Park Min-jun, 48, said the team would aim for 30 wins next season.", "48", "Park Min-jun"),
    ("County Governor Jeong Hae-min, 63, told reporters he would push for a bus route.", "63", "Jeong Hae-min"),
])
def test_an_apposed_age_is_the_persons_and_no_goal(text: str, age: str, person: str) -> None:
    ages = [c for c in claims(text) if c[0] == age]
    assert ages and ages[0][1] == person and ages[0][3] is False, claims(text)


def test_a_goal_in_the_same_sentence_keeps_its_goal() -> None:
    found = {c[0]: c for c in claims("정해민(58) 소하군수는 \"2030년까지 연 매출 2천억원 규모로 키우겠다\"고 말했다.")}
    assert found["2천억원"][3] is True


@pytest.mark.parametrize("text,figure", [
    ("Seojin City Hall, 22, topped the medal table.", "22"),  # a body's count: no one's age
])
def test_hard_negatives(text: str, figure: str) -> None:
    assert not [c for c in claims(text) if c[0] == figure and c[2] in ("age", "나이")]


def test_a_name_without_a_role_is_kept_whole() -> None:
    ages = [c for c in claims("\"We were lucky,\" said driver Oh Jae-sung, 54, who has run the route since 2010.") if c[0] == "54"]
    assert ages and ages[0][1] == "Oh Jae-sung"
