"""Discovered Korean variants that are no jamo slip: a syllable dropped inside a long name
(``스트라부르대`` for ``스트라스부르대``), two neighbouring syllables swapped (``바이오밀시러``), a
loanword's last syllable typed twice (``벨트트``); each with the hard negatives that look alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_term_corpus import found, lint

# ---------------------------------------------------------------------------------------------
# A syllable dropped inside a long name.

_SF = {  # 샌프란시스코 written three times in two articles
    "a.txt": "미국 샌프란시스코 시내에 본사를 둔 회사다. 미국 샌프란시스코 시내 집값이 올랐다.\n",
    "b.txt": "미국 샌프란시스코 시내의 행사에 갔다.\n",
}


def test_a_dropped_syllable_both_rare_in_the_same_phrase_is_found(tmp_path: Path) -> None:
    # realworld ko_wikinews_414 / ko_scinews_48: each form written once, in the same slot of the same phrase
    articles = {
        "a.txt": "올해 노벨 화학상은 소바주 프랑스 스트라스부르대 교수에게 돌아갔다.\n",
        "b.txt": "노벨위원회는 장피에르 소바주 프랑스 스트라부르대 교수(72)를 수상자로 선정했다.\n",
    }
    assert found(lint(tmp_path, articles)) == [("b.txt", "스트라부르대", "스트라스부르대")]


def test_a_dropped_syllable_of_another_name_against_a_common_spelling(tmp_path: Path) -> None:
    articles = {**_SF, "c.txt": "그는 미국 샌프란스코 시내에서 창업했다.\n"}
    assert found(lint(tmp_path, articles)) == [("c.txt", "샌프란스코", "샌프란시스코")]


@pytest.mark.parametrize(
    "long, short",
    [
        # a compound and its head: the dropped syllable is followed by a one-syllable head (학, 장, 생)
        ("컴퓨터과학과", "컴퓨터학과"),
        ("부사무총장", "부사무장"),
        ("대학원생", "대학생"),  # four syllables: too short to tell
        # two real names two syllables apart, not one
        ("오스트레일리아", "오스트리아"),
        # the last syllable dropped: a word and its head or a unit (메가와트시/메가와트)
        ("메가와트시", "메가와트"),
        # a plural suffix before a particle the stem kept (Korean Wikinews): one word, with and without 들
        ("불법체류자들에게도", "불법체류자에게도"),
        # numbers written in words: 삼천오백만/삼천백만 are two numbers
        ("삼천오백만", "삼천백만"),
        # cross-outlet transliterations (realworld, debatable): several edits, not one syllable
        ("슈토다르트", "스토더트"),
        ("로탁세인", "로택산"),
        ("캐터네인", "카테난"),
    ],
)
def test_a_dropped_syllable_hard_negative(tmp_path: Path, long: str, short: str) -> None:
    articles = {
        "a.txt": f"연세대 {long} 교수는 이렇게 밝혔다.\n",
        "b.txt": f"연세대 {short} 교수는 이렇게 밝혔다.\n",
    }
    assert found(lint(tmp_path, articles)) == []


def test_a_dropped_syllable_needs_the_same_phrase_on_both_sides(tmp_path: Path) -> None:
    articles = {
        "a.txt": "프랑스 스트라스부르대 교수가 상을 받았다.\n",
        "b.txt": "독일 스트라부르대 연구진이 발표했다.\n",  # neither neighbour shared: nothing to go on
    }
    assert found(lint(tmp_path, articles)) == []


# ---------------------------------------------------------------------------------------------
# Two neighbouring syllables swapped in a long word.


def test_two_swapped_syllables_against_a_common_word(tmp_path: Path) -> None:
    # the blind set's V6 (바이오밀시러), here with another word
    articles = {**_SF, "c.txt": "그는 미국 샌프란스시코 시내에서 창업했다.\n"}
    assert found(lint(tmp_path, articles)) == [("c.txt", "샌프란스시코", "샌프란시스코")]


@pytest.mark.parametrize(
    "articles",
    [
        # both rare: nothing says which order is meant
        {"a.txt": "미국 샌프란시스코 시내에 갔다.\n", "b.txt": "미국 샌프란스시코 시내에 갔다.\n"},
        # a common word and a rare one never written near the same word
        {**_SF, "c.txt": "동화 속 샌프란스시코 왕자가 나온다.\n"},
    ],
)
def test_swapped_syllables_hard_negative(tmp_path: Path, articles: dict[str, str]) -> None:
    assert found(lint(tmp_path, articles)) == []


# ---------------------------------------------------------------------------------------------
# A loanword's last syllable typed twice.


@pytest.mark.parametrize(
    "text, variant, preferred",
    [
        ("1억 6천km 떨어진 카이퍼 벨트트 소속의 천체로 향한다.\n", "벨트트", "벨트"),  # realworld ko_scinews_27
        ("사무실의 레이저 프린트트 장비를 바꿨다.\n", "프린트트", "프린트"),
        ("새 아이패드드 모델이 나왔다.\n", "아이패드드", "아이패드"),
    ],
)
def test_a_loanword_with_its_last_syllable_typed_twice(tmp_path: Path, text: str, variant: str, preferred: str) -> None:
    assert found(lint(tmp_path, {"a.txt": text})) == [("a.txt", variant, preferred)]


@pytest.mark.parametrize(
    "text",
    [
        "예비비 편성과 제각각 다른 기준이 문제다.\n",  # real words with a doubled last syllable
        "원인이 밝혀지지 않았고 가지지 못했다.\n",  # verbs (밝혀지 + 지)
        "비가 주르르 흘렀고 문이 스르르 열렸다.\n",  # onomatopoeia in 르르
        "그는 으흐흐 웃으며 바나나를 먹었다.\n",  # laughter; 나나 is no epenthetic syllable
        "크크크 웃는 소리가 났다.\n",  # a syllable three times is laughter, not a slip
    ],
)
def test_a_doubled_last_syllable_hard_negative(tmp_path: Path, text: str) -> None:
    assert found(lint(tmp_path, {"a.txt": text})) == []


# ---------------------------------------------------------------------------------------------
# Two vowels mistyped in two syllables of a long word (the blind set's V4, 고대억폭메무리).

_CARS = {
    "a.txt": "정부는 전기자동차 보조금을 늘린다. 전기자동차 충전소도 늘린다.\n",
    "b.txt": "올해 전기자동차 보조금이 바뀐다.\n",
}


def test_two_vowels_in_two_syllables_of_a_long_word(tmp_path: Path) -> None:
    articles = {**_CARS, "c.txt": "시는 전기자둥처 보조금을 신청받는다.\n"}  # ㅜ for ㅗ, ㅓ for ㅏ
    assert found(lint(tmp_path, articles)) == [("c.txt", "전기자둥처", "전기자동차")]


@pytest.mark.parametrize(
    "variant",
    [
        "전기자둥처",  # never near a word the common spelling is near
        "잔기자동처",  # a vowel of the first syllable: another word far more often
        "전기자딩초",  # ㅣ for ㅗ, ㅗ for ㅏ: keys far apart, no slips a typist makes
    ],
)
def test_two_vowels_hard_negative(tmp_path: Path, variant: str) -> None:
    articles = {**_CARS, "c.txt": f"동화 속 {variant} 왕자가 나온다.\n"}
    if variant != "전기자둥처":
        articles["c.txt"] = f"시는 {variant} 보조금을 신청받는다.\n"
    assert found(lint(tmp_path, articles)) == []


def test_two_vowels_both_rare_are_not_judged(tmp_path: Path) -> None:
    articles = {"a.txt": "정부는 전기자동차 보조금을 늘린다.\n", "b.txt": "시는 전기자둥처 보조금을 신청받는다.\n"}
    assert found(lint(tmp_path, articles)) == []


# ---------------------------------------------------------------------------------------------
# A title with a particle before a word does not make it a name (the blind set's V2, 데이타센터).

_DATA_CENTRES = {
    "a.txt": '한 증권사 연구원은 "데이터센터 투자가 늘 것"이라고 봤다. 세종 데이터센터는 올해 전력 설비를 늘렸다.\n',
    "b.txt": "정부는 데이터센터와 전력 인프라 투자를 늘린다.\n",
}


def test_a_word_after_a_title_with_a_particle_is_no_name(tmp_path: Path) -> None:
    articles = {**_DATA_CENTRES, "c.txt": "AI 이용이 늘수록 데이타센터 전력 수요도 오른다.\n"}
    assert found(lint(tmp_path, articles)) == [("c.txt", "데이타센터", "데이터센터")]


def test_a_word_after_a_bare_title_is_a_name(tmp_path: Path) -> None:
    # 연구위원 최유빈 (three times) and 연구위원 최유민 (once): two people, not a slip
    articles = {
        "a.txt": "티에데이터 연구위원 최유빈은 전망을 내놨다. 연구위원 최유빈은 시장을 봤다.\n",
        "b.txt": "연구위원 최유빈은 수요가 늘 것이라고 봤다.\n",
        "c.txt": "연구위원 최유민은 수요가 늘 것이라고 봤다.\n",
    }
    assert found(lint(tmp_path, articles)) == []


# Rare words of one consonant skeleton (전기자동차's, other vowels), each written once: none can be the
# common spelling of another, and no two of them are compared jamo by jamo (a document of thousands
# of such words compared each with each: issue #17)
_RARE_SKELETON = [f"전기자{a}{b}" for a in "동당둥딩덩" for b in "차처초추치"][1:]  # all but 전기자동차


def _count_vowel_pairs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    from factlint.checks.term import discover

    calls = [0]
    real = discover._vowel_pair

    def counted(*args: object) -> object:
        calls[0] += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(discover, "_vowel_pair", counted)
    return calls


def test_rare_words_of_one_skeleton_are_not_compared_with_each_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_vowel_pairs(monkeypatch)
    articles = {f"r{i}.txt": f"시는 {w} 사업을 새로 시작했다.\n" for i, w in enumerate(_RARE_SKELETON)}
    assert found(lint(tmp_path, articles)) == []
    assert calls[0] == 0  # 24 rare words: 552 comparisons before


def test_a_slip_among_rare_words_of_its_skeleton_is_still_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_vowel_pairs(monkeypatch)
    decoys = [w for w in _RARE_SKELETON if w != "전기자둥처"]
    articles = {**_CARS, "c.txt": "시는 전기자둥처 보조금을 신청받는다.\n",
                **{f"r{i}.txt": f"동화 속 {w} 왕자가 나온다.\n" for i, w in enumerate(decoys)}}
    assert found(lint(tmp_path, articles)) == [("c.txt", "전기자둥처", "전기자동차")]
    assert calls[0] <= len(_RARE_SKELETON)  # each rare word against the common spelling only
