"""A role word capitalised before a personal name is no part of the name (issue #14; fresh7's "Striker Kang Tae-o
scored 19 goals" was bound to 'Striker Kang Tae-o'): decided by the name's shape (a romanised Korean name) or by the
text (the word written in lower case elsewhere and the name spoken of as a person), ``factlint/binding/roles.py``.
Sentences written for these tests, with hard negatives: a company's and a province's name keep their first word."""

from __future__ import annotations

import pytest
from binding_helpers import bound

from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules(default_pack())


def _owners(pack: RuleSet, text: str) -> dict[str, str]:
    return {b.quantity.text: b.claim.entity for b in bound(f"Notes\n{text}\n", pack) if b.claim is not None}


@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("Striker Kang Tae-o scored 19 goals last season.", "19", "Kang Tae-o"),
    ("Goalkeeper Yoon Seo-jin made 87 saves in the league.", "87", "Yoon Seo-jin"),
    ("Forward Marco Bellini scored 14 goals, his best return. The forward joined from Genoa.", "14", "Marco Bellini"),
])
def test_a_role_word_before_a_personal_name_is_no_part_of_it(pack: RuleSet, text: str, figure: str, owner: str) -> None:
    assert _owners(pack, text).get(figure) == owner


@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("Kang Tae-o scored 19 goals last season.", "19", "Kang Tae-o"),
    # a capitalised first word of a company's name, with no person spoken of: kept
    ("Standard Chartered Bank employs 85,000 staff across Asia.", "85,000", "Standard Chartered Bank"),
    # a direction written in lower case elsewhere, but no personal name and no person: kept
    ("North Gyeongsang Province covers 19,030 km2 in the north of the country.", "19,030 km2", "North Gyeongsang Province"),
])
def test_names_that_open_with_their_own_word_keep_it(pack: RuleSet, text: str, figure: str, owner: str) -> None:
    assert _owners(pack, text).get(figure) == owner
