"""One entity in two scripts when the Korean head is a loanword and the English one a translation or the source word
(issue #14: fresh14's "누리벌 아쿠아센터" / "Nuribeol Aquatic Centre" was bound alike on both sides and not joined):
factlint/headbridge.py peels a head spelt by sound (아레나 "Arena", 스파 "Spa", 아쿠아 "Aquatic"), an English
modifier a Korean name leaves out ("Gimhae International Airport" for 김해공항) and a modifier English writes after
the head ("Seoha Museum of Natural History" for 서하자연사박물관); the distinctive parts must still be one name.
Paraphrases and hard negatives written for this change on topics of their own."""

from __future__ import annotations

import pytest

from factlint.headbridge import head_bridged, translated
from factlint.loanword import loan_head


@pytest.mark.parametrize("hangul, latin", [
    ("누리벌 아쿠아센터", "Nuribeol Aquatic Centre"),  # a loanword's adjective and a translated head
    ("솔내 아쿠아센터", "Solnae Aqua Center"),
    ("솔내 컨벤션센터", "Solnae Convention Center"),
    ("하람 아쿠아리움", "Haram Aquarium"),  # a loanword head alone
    ("누리 아레나", "Nuri Arena"),
    ("청솔 스포츠파크", "Cheongsol Sports Park"),  # two loanword heads
    ("누리벌 메가허브", "Nuribeol Mega Hub"),
    ("한빛 타워", "Hanbit Tower"),
    ("청솔 테크노밸리", "Cheongsol Techno Valley"),
    ("묵산 스파", "Muksan Spa"),
    ("묵산 스파", "Muksan Hot Spa"),  # an English modifier the Korean name leaves out
    ("김해공항", "Gimhae International Airport"),
    ("가람국제공항", "Garam International Airport"),
    ("서하자연사박물관", "Seoha Museum of Natural History"),  # the modifier after the head, with "of"
    ("서하자연사박물관", "Seoha Natural History Museum"),
    ("가람민속박물관", "Garam Folk Museum"),
    ("단월역사박물관", "Danwol Museum of History"),
    ("한별해양박물관", "Hanbyeol Maritime Museum"),
])
def test_a_loanword_or_an_english_modifier_meets(hangul: str, latin: str) -> None:
    assert translated(hangul, latin)


@pytest.mark.parametrize("hangul, latin", [
    ("가람 아쿠아센터", "Nuribeol Aquatic Centre"),  # another distinctive part
    ("누리벌 아쿠아센터", "Nuri Aquatic Centre"),
    ("누리벌 아쿠아센터", "Nuribeol Sports Centre"),  # another head
    ("누리 아레나", "Garam Arena"),
    ("누리 아레나", "Nuri"),  # a place and its arena
    ("누리 아레나", "Nuri Arena Hotel"),  # a hotel named after the arena
    ("아레나", "Arena"),  # no distinctive part
    ("묵산 스파", "Muksan Spa Hotel"),
    ("김해공항", "Gimhae National Airport"),  # a modifier that is no one's to leave out
    ("김해공항", "Gimhae"),
    ("서하박물관", "Seoha Museum of Natural History"),  # a modifier on one side only
    ("서하자연사박물관", "Seoha Museum"),
    ("서하자연사박물관", "Seoha Museum of History"),  # another modifier
    ("서하자연사박물관", "Garam Museum of Natural History"),
    ("하람시", "Haram Sea"),  # a one-syllable head is the table's (시: city), never a loanword
    ("청주 아파트", "Cheongju International Airport"),  # an English head of the table is the table's (공항)
    ("누리 아파트", "Nuri Airport"),
    ("서하 스타디움", "Seoha Centre"),
    ("누리 2호선", "Nuri Line 3"),  # another line, another plant
    ("한별 제1공장", "Hanbyeol Plant No. 2"),
])
def test_another_part_head_or_modifier_does_not_meet(hangul: str, latin: str) -> None:
    assert not translated(hangul, latin)


@pytest.mark.parametrize("part, word, meets", [
    ("아쿠아", "aquatic", True), ("아쿠아", "aqua", True), ("아레나", "arena", True), ("스파", "spa", True),
    ("허브", "hub", True), ("파크", "park", True),
    ("마을", "maul", False),  # RR of 마울 with other vowels: a Korean word, no loanword
    ("시", "sea", False),  # one syllable
    ("아쿠아", "aquarium", False), ("스파", "sports", False),
])
def test_a_loanword_head(part: str, word: str, meets: bool) -> None:
    assert loan_head(part, word) is meets


def test_bridged_only_when_unique_both_ways() -> None:
    names = {"누리벌 아쿠아센터", "가람 아쿠아센터", "Nuribeol Aquatic Centre", "Garam Sports Centre"}
    assert head_bridged(names) == {"누리벌 아쿠아센터": "Nuribeol Aquatic Centre"}
    # two English names the Korean one may be: neither
    assert head_bridged({"묵산 스파", "Muksan Spa", "Muksan Hot Spa"}) == {}
    assert head_bridged({"김해공항", "Gimhae International Airport", "묵산 스파", "Muksan Hot Spa"}) == {
        "김해공항": "Gimhae International Airport", "묵산 스파": "Muksan Hot Spa"}
