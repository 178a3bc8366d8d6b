"""A Korean count right after its bare noun, the count the subject of its clause, and a name in 에/에는 right before
the noun: the name is where the counted are, the owner ("열린 '제21회 하송야생차축제'에 관광객 18만 2,000명이
다녀간", fresh20; "'제5회 온해 배터리산업전(…)'에 국내외 관람객 3만 2천여 명이 다녀갔다", fresh19;
``structure.located``). The sentence's topic (the county that counted them) is not.

Sentences written for these tests, on other entities, with hard negatives: a time in 에, an object count (what the
topic spends on the event), a common noun in 에 that names nothing, a count that is no subject, a list of parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from binding_helpers import bound

from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules([str(REPO / "rules")])


def _claim(pack: RuleSet, text: str, figure: str) -> tuple[str, str] | None:
    b = next(b for b in bound(text, pack) if b.quantity.text == figure)
    return (b.claim.entity, b.claim.attribute) if b.claim is not None else None


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("청석군은 지난 3일부터 닷새간 청석읍 일원에서 열린 '제14회 청석단풍축제'에 관광객 21만 4,000명이 다녀갔다고 밝혔다.\n",
     "21만 4,000명", ("청석단풍축제", "관광객")),
    ("대봉시는 대봉컨벤션센터에서 열린 '제3회 대봉 수소산업전(Daebong Hydrogen Expo 2025)'에 국내외 관람객 2만 8천여 명이 "
     "다녀갔다고 밝혔다.\n", "2만 8천여 명", ("대봉 수소산업전", "국내외 관람객")),
])
def test_a_count_in_a_named_place_is_the_place_s(pack: RuleSet, text: str, figure: str, want: tuple[str, str]) -> None:
    assert _claim(pack, text, figure) == want


@pytest.mark.parametrize(("text", "figure"), [
    # a count that is an object: what the county spent on the festival, not the festival's own
    ("청석군은 '제14회 청석단풍축제'에 예산 12억 원을 투입했다.\n", "12억 원"),
    # a time in 에, not a place
    ("청석군은 지난해 10월에 관광객 18만 명이 다녀갔다고 밝혔다.\n", "18만 명"),
])
def test_no_place_owner_for_an_object_or_a_time(pack: RuleSet, text: str, figure: str) -> None:
    got = _claim(pack, text, figure)
    assert got is None or got[0] not in ("청석단풍축제", "10월", "지난해 10월")


def test_a_previous_edition_in_the_same_sentence_keeps_its_own_count(pack: RuleSet) -> None:
    text = ("청석군은 '제14회 청석단풍축제'에 관광객 21만 4,000명이 다녀가 지난해 제13회 축제(17만 명)보다 25.9% "
            "늘었다고 밝혔다.\n")
    assert _claim(pack, text, "21만 4,000명") == ("청석단풍축제", "관광객")
    got = _claim(pack, text, "17만 명")
    assert got is None or got != ("청석단풍축제", "관광객")


# Session 20's review of s20-kocount: a quoted phrase in 에 is a place only when its head noun is an event's or a
# place's ("'반값 할인'": a sale), and the edition before the name is kept as the claim's scope, so two editions'
# counts never meet.
@pytest.mark.parametrize(("text", "figure"), [
    ("하송군은 지난 주말 '반값 할인'에 관광객 3만 명이 몰렸다고 밝혔다.\n", "3만 명"),
    ("청석군은 이번 '1+1 이벤트'에 방문객 2만 명이 몰렸다고 밝혔다.\n", "2만 명"),
    ("대봉시는 '야간 개장'에 시민 4만 명이 다녀갔다고 밝혔다.\n", "4만 명"),
])
def test_a_quoted_phrase_not_headed_by_an_event_or_a_place_is_no_owner(pack: RuleSet, text: str, figure: str) -> None:
    got = _claim(pack, text, figure)
    assert got is None or got[0] not in ("반값 할인", "1+1 이벤트", "야간 개장")


def _scope(pack: RuleSet, text: str, figure: str) -> tuple[str, str | None] | None:
    b = next(b for b in bound(text, pack) if b.quantity.text == figure)
    return (b.claim.entity, b.claim.scope) if b.claim is not None else None


@pytest.mark.parametrize(("text", "figure", "edition"), [
    ("하송군은 지난 5일 화개면 일원에서 열린 '제20회 하송야생차축제'에 관광객 15만 명이 다녀갔다고 집계했다.\n", "15만 명", "20"),
    ("하송군은 지난 5일 화개면 일원에서 열린 '제21회 하송야생차축제'에 관광객 18만 2,000명이 다녀갔다고 집계했다.\n",
     "18만 2,000명", "21"),
    ("대봉시는 대봉컨벤션센터에서 열린 '제3회 대봉 수소산업전(Daebong Hydrogen Expo 2025)'에 국내외 관람객 2만 8천여 명이 "
     "다녀갔다고 밝혔다.\n", "2만 8천여 명", "3"),
])
def test_a_count_in_a_named_edition_keeps_the_edition(pack: RuleSet, text: str, figure: str, edition: str) -> None:
    got = _scope(pack, text, figure)
    assert got is None or got[1] == f"edition {edition}"


def test_a_count_naming_no_edition_takes_the_one_edition_stated_and_none_of_two() -> None:
    from dataclasses import replace  # noqa: PLC0415

    from factlint.binding.structure import LOCATED  # noqa: PLC0415
    from factlint.checks.contradiction import _rounds_carried  # noqa: PLC0415
    from factlint.model import Claim, Quantity  # noqa: PLC0415
    from factlint.model import Span as S  # noqa: PLC0415
    q = Quantity.__new__(Quantity)
    base = Claim(path="a.md", entity="하송야생차축제", attribute="관광객", quantity=q, span=S(0, 1))
    e21 = replace(base, how=LOCATED, scope="edition 21")
    bare = replace(base, path="b.md")
    assert [c.scope for c in _rounds_carried([e21, bare], {})] == ["edition 21", "edition 21"]
    e20 = replace(base, path="c.md", how=LOCATED, scope="edition 20")
    assert [c.scope for c in _rounds_carried([e21, e20, bare], {})] == ["edition 21", "edition 20", None]
