"""Shares of a whole (factlint/binding/shares.py): the part, the whole and the whole's owner.

The probes a3 and c3/c4 (../shared/probes) hold one frame each; these are our paraphrases of the
frames in both languages, with the hard negatives a share reader must leave alone: a growth rate
next to the same nouns, a percentage of people, a comparative, another entity's share in the same
sentence, and a goal next to a fact.
"""

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


def _bound(text: str, pack: RuleSet) -> dict[str, tuple[str, str, str | None, bool] | None]:
    return {b.quantity.text: (b.claim.entity, b.claim.attribute, b.claim.scope, b.claim.goal) if b.claim else None
            for b in bound("Notes\n" + text + "\n", pack)}


SHARE = "training data share"


@pytest.mark.parametrize(("text", "figure", "scope", "entity"), [
    ("Web text makes up 76.5% of BLOOM's training data.", "76.5%", "web", "BLOOM"),
    ("BLOOM's training data is about 80% web text.", "about 80%", "web", "BLOOM"),
    ("About 80% of BLOOM's training data is web text.", "About 80%", "web", "BLOOM"),
    ("The share of web text in BLOOM's training data is 80%.", "80%", "web", "BLOOM"),
    ("GPT-3's dataset is mostly English; German text accounts for 2% of it.", "2%", "german", "GPT-3"),
    ("웹 문서는 블룸 학습 데이터의 80%를 차지한다.", "80%", "web", "BLOOM"),
    ("블룸 학습 데이터 중 웹 문서가 80%다.", "80%", "web", "BLOOM"),
    ("블룸 말뭉치에서 코드 비율은 10%다.", "10%", "code", "BLOOM"),
    ("Of BLOOM's training data, 13% is French text.", "13%", "french", "BLOOM"),
    ("BLOOM was trained on a multilingual corpus in which French accounts for about 13%.", "about 13%", "french", "BLOOM"),
    ("블룸의 학습 데이터 가운데 프랑스어가 차지하는 비중은 13%다.", "13%", "french", "BLOOM"),
    ("블룸 학습 데이터의 약 80%가 웹 텍스트다.", "약 80%", "web", "BLOOM"),
])
def test_a_share_frame_binds_the_part_as_scope_and_the_wholes_owner(pack: RuleSet, text: str, figure: str,
                                                                     scope: str, entity: str) -> None:
    assert _bound(text, pack)[figure] == (entity, SHARE, scope, False)


def test_a_name_that_is_the_part_owns_the_share_of_an_undeclared_whole(pack: RuleSet) -> None:
    assert _bound("네이버는 국내 검색 시장의 60%를 차지한다.", pack)["60%"] == ("NAVER", "share of 국내 검색 시장", None, False)


def test_a_declared_share_attribute_still_wins(pack: RuleSet) -> None:
    got = _bound("하이퍼클로바 학습 데이터에서 한국어 비중은 97%다.", pack)["97%"]
    assert got is not None and got[:2] == ("HyperCLOVA", "Korean share of training data")


@pytest.mark.parametrize(("text", "figure"), [
    ("BLOOM's training data grew 13% last year.", "13%"),  # a growth rate beside the same nouns
    ("13% of respondents said BLOOM's data was web text.", "13%"),  # a share of people, no copula after the whole
    ("BLOOM's training data is 80% larger than GPT-3's.", "80%"),  # a comparative, not a part
    ("블룸의 매출은 작년보다 13% 늘었다.", "13%"),
    ("블룸의 80%가 늘었다.", "80%"),  # the whole's N% and a verb, not a part
    ("Of BLOOM's training data, 13% is higher than before.", "13%"),
])
def test_no_share_where_the_frame_does_not_hold(pack: RuleSet, text: str, figure: str) -> None:
    got = _bound(text, pack)[figure]
    assert got is None or got[1] != SHARE and got[2] is None


def test_another_entitys_share_in_the_same_sentence_is_not_the_subjects(pack: RuleSet) -> None:
    got = _bound("BLOOM's training data is 80% web text, while GPT-3's is 60% web text.", pack)
    assert got["80%"] == ("BLOOM", SHARE, "web", False)
    assert got["60%"] is None or got["60%"][0] != "BLOOM"


def test_a_planned_share_is_a_goal(pack: RuleSet) -> None:
    assert _bound("BLOOM's next corpus will be 90% web text.", pack)["90%"] == ("BLOOM", SHARE, "web", True)


def _findings(*texts: str) -> list[str]:
    docs = [parse(f"{i}.txt", (f"Notes {i}\n{t}\n").encode()) for i, t in enumerate(texts)]
    return [f.message for f in lint_documents(docs, load_rules(default_pack())).findings if f.kind == "contradiction"]


def test_two_articles_disagree_on_a_share_in_points() -> None:
    (msg,) = _findings("BLOOM's training data is about 80% web text, the lab said.",
                       "블룸 학습 데이터 중 web text가 76.5%다.")
    assert "training data share (web)" in msg and "3.5 percentage points below" in msg


@pytest.mark.parametrize("other", [
    "Web text makes up 79% of BLOOM's training data.",  # within 2 points of "about 80%"
    "French text makes up 76.5% of BLOOM's training data.",  # another part of the same whole
    "Web text makes up 76.5% of GPT-3's training data.",  # another model's whole
    "BLOOM's next corpus will be 76.5% web text.",  # a goal next to a fact
])
def test_shares_that_do_not_contradict(other: str) -> None:
    assert _findings("BLOOM's training data is about 80% web text.", other) == []


def test_a_part_named_in_two_languages_is_one_part() -> None:
    (msg,) = _findings("French text accounts for 13% of BLOOM's corpus.", "블룸 말뭉치에서 프랑스어 비율은 18%다.")
    assert "training data share (french)" in msg
    assert _findings("French text accounts for 13% of BLOOM's corpus.", "블룸 말뭉치에서 프랑스어 문서 비율은 13%다.") == []
    assert _findings("French text accounts for 13% of BLOOM's corpus.", "블룸 말뭉치에서 아랍어 비율은 5%다.") == []


@pytest.mark.parametrize(("text", "figure"), [
    ("Korean makes up 87% of HyperCLOVA's training data.", "87%"),
    ("하이퍼클로바 학습 데이터 중 한국어가 87%다.", "87%"),
    ("Of HyperCLOVA's training corpus, 87% is Korean text.", "87%"),
])
def test_a_share_of_a_part_some_attribute_is_about_is_that_attribute(pack: RuleSet, text: str, figure: str) -> None:
    # "Korean share of training data" names its part in its triggers (Korean data, 한국어 비중): a
    # frame whose part is Korean is that attribute, and HyperCLOVA's reference fact (97%) applies
    assert _bound(text, pack)[figure] == ("HyperCLOVA", "Korean share of training data", None, False)
    (msg,) = [m for m in _fact_findings(text)]
    assert "10 percentage points below the reference" in msg


@pytest.mark.parametrize("text", [
    "Korean makes up 97% of HyperCLOVA's training data.",  # the right figure
    "Web text makes up 60% of HyperCLOVA's training data.",  # another part: the general share, no fact
    "Korean makes up 5% of BLOOM's training data.",  # another model's Korean share: no fact for it
])
def test_part_shares_with_no_fact_against_them(pack: RuleSet, text: str) -> None:
    assert _fact_findings(text) == []


def _fact_findings(text: str) -> list[str]:
    doc = parse("a.txt", f"Notes\nPublished 2023.10.01\n{text}\n".encode())
    return [f.message for f in lint_documents([doc], load_rules(default_pack())).findings if f.kind == "fact"]
