"""The name bridges read a Hangul name only against the Latin names it can begin like (issue #17: the contradiction
check's name bridging read every Hangul x Latin pair of a corpus). The index must change no link: the indexed
bridges are compared with the pairwise ones on every entity name of the spent gold sets and realworld (their claim
tables and their gold claims), set by set."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from factlint.config.rules import default_pack, load_rules
from factlint.headbridge import head_bridged
from factlint.loader import load
from factlint.loanword import first_letters, loan_bridged
from factlint.model import Document
from factlint.romanize import latin_key, romanizes
from tests.gold import score_claims as SCORER

GOLD = Path(__file__).resolve().parent / "gold"
SETS = ("realworld", "new", *SCORER.BLIND)


@lru_cache(maxsize=None)
def _names(name: str) -> frozenset[str]:
    """The entity names of a set: its claim table's and its gold claims'."""
    docs = [d for p in sorted(SCORER.article_root(name).iterdir()) if isinstance(d := load(str(p)), Document)]
    claims = SCORER.factlint_claims(docs, load_rules(default_pack())).values()
    names = {c.entity for found in claims for c in found}
    for stem in SCORER.FILES[name]:
        for raw in (GOLD / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines():
            entity = (json.loads(raw).get("claim") or {}).get("entity") if raw.strip() else None
            names.update(entity if isinstance(entity, list) else [entity] if entity else [])
    return frozenset(names)


@pytest.mark.parametrize("name", SETS)
def test_the_index_links_as_every_pair_does(name: str) -> None:
    names = set(_names(name))
    loan, head = loan_bridged(names), head_bridged(names)
    assert loan == loan_bridged(names, pairwise=True)
    assert head == head_bridged(names, pairwise=True)
    if name in ("new", "fresh4"):  # links to keep (SK하이닉스, 알마즈 게브레 …): not two empty maps compared
        assert loan or head


@pytest.mark.parametrize("hangul, latin", [
    ("청주시", "Cheongju City"), ("라온", "Laon"), ("라온", "Raon"), ("서진항", "Port of Seojin"),
    ("새봉대학교", "University of Saebong"), ("서하호", "Lake Seoha"), ("단월산", "Mount Danwol"),
    ("LG전자", "LG Electronics"), ("블루호크스", "Bluehawks"), ("퀀텀", "Quantum"), ("필립스", "Philips"),
    ("셀로닉스", "Cellonix"), ("챗봇", "Chatbot"), ("지멘스", "Siemens"), ("은행나무", "Eunhaeng Tree"),
    ("아쿠아센터", "Aquatic Centre"), ("아쿠아센터", "Qua Center"), ("엑스포", "Expo"), ("엑스포", "Xpo"),
    ("이노텍", "Innotek"), ("으뜸", "Eutteum"), ("어반", "Urban"), ("옐로", "Yellow"), ("웨이브", "Wave"),
    ("은행", "Bank"), ("얼라이언스", "Alliance"), ("익스피어", "Xpear"), ("컨벤션", "Convention"),
])
def test_a_name_begins_with_a_letter_of_its_first_letters(hangul: str, latin: str) -> None:
    letters = first_letters(hangul)
    key = latin_key(latin)
    assert key is not None and (letters is None or key[0] in letters)


def test_first_letters_are_narrow() -> None:
    # a name that begins with a consonant is read only against a few letters; one with the silent ㅇ against all
    assert first_letters("하람시") == frozenset("hw")
    assert first_letters("아쿠아센터") == frozenset("aeiouwykcqx")  # the silent ㅇ: a vowel, or the next consonant
    assert first_letters("엑스포") == frozenset("aeiouwykcgx")
    assert romanizes("청주시", "Cheongju") and "c" in (first_letters("청주시") or "")
