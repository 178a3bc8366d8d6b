"""The word analyser's endings table (issue #14, factlint/binding/words.py): verb forms whose ending alone
says they are verbs, adverbs that end in a particle's syllable, and the nouns that look the same. Words
chosen for this change (not taken from a gold set): each misreading and its near misses."""

from __future__ import annotations

import pytest

from factlint.binding.words import words


def reading(word: str) -> tuple[str, str, bool]:
    (w,) = words(word, 0)
    return w.stem, w.particle, w.predicate


@pytest.mark.parametrize("word", [
    "뚫고", "쌓지", "맡게", "앉아서", "놓고", "얻고", "찾고", "잃으며", "묶던", "넓게",  # stems ending ㅀ ㅎ ㅌ ㄵ ㄷ ㅈ ㄶ ㄲ ㄼ
    "들어선", "넘어선", "늘어선", "올라선", "내어준", "쏟아진",  # compound verbs (V-어/아 + 서다, 지다, 주다) in the adnominal ㄴ
])
def test_verb_forms(word: str) -> None:
    assert reading(word) == (word, "", True)


@pytest.mark.parametrize("word", ["새로", "따로", "주로", "바로", "서로", "스스로", "홀로", "새로이"])
def test_adverbs_are_one_word(word: str) -> None:
    # "노선을 새로 열었다": newly, not the noun 새 and the particle 로
    assert reading(word) == (word, "", False)


@pytest.mark.parametrize(("word", "expected"), [
    ("숲은", ("숲", "은", False)),  # a noun with a verb-like final still takes its particles
    ("앞을", ("앞", "을", False)),
    ("값이", ("값", "이", False)),
    ("밖에", ("밖", "에", False)),
    ("광고", ("광고", "", False)),  # 고 after ㅇ, ㄴ, ㄱ, ㅂ: nouns (광고, 원고, 입고)
    ("입고", ("입고", "", False)),
    ("원양어선", ("원양어선", "", False)),  # 어선 is a fishing boat after a noun
    ("중국어선", ("중국어선", "", False)),
    ("김어진", ("김어진", "", False)),  # a person's name shaped like a compound verb
    ("여진", ("여진", "", False)),  # two syllables: a noun (aftershock)
    ("서울로", ("서울", "로", False)),  # a real 로 after a noun
    ("대체로", ("대체", "로", False)),
])
def test_nouns_that_end_alike(word: str, expected: tuple[str, str, bool]) -> None:
    assert reading(word) == expected


def test_adnominal_verb_is_no_part_of_the_name_after_it() -> None:
    # "앞바다에 들어선 청솔 해상풍력단지가": 들어선 modifies the wind farm, it is no noun of its compound
    ws = words("남해안 청솔군 앞바다에 들어선 청솔 해상풍력단지가 상업운전을 시작했다.", 0)
    assert [w.text for w in ws if w.predicate] == ["들어선", "시작했다"]
