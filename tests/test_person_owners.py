"""People as owners (issue #14 item 3, session 17): a Korean name the text marks as a person's — an age in brackets
("박도현(52)"), a title after it ("정민호 군수는"), a role before it and the name again ("주장 이하람은") — is a name
wherever the document writes it ("박도현은"), and so are the forms it is referred to by ("박 감독", "김 후보", "무소속
이정훈 후보"); a romanised Korean name's surname alone ("Park said", "Lee played") and a capitalised role before it
("Coach Park Do-hyun") are that person in English; a Korean and an English article key the person alike
("박도현" ~ "Park Do-hyun": the customary surname spellings, the given name's vowel spellings folded).
Paraphrases of our own on other topics (fresh13 ko_local_07_hockey, fresh3 ko_election_haeun were the dev cases),
and hard negatives: a title with no name, a place, a nationality, a superlative, a compound's first noun.
"""

from __future__ import annotations

import pytest

from factlint.binding.names import persons
from factlint.romanize import bridged_people, person_key, person_spells
from tests.test_recall import claim_of, ruleset  # noqa: F401  (the fixture)


@pytest.mark.parametrize("text, figure, claim", [
    # the name alone as the topic, marked once elsewhere as a person's by an age in brackets
    ("하람 FC 결산\n\n주장 윤서진(31)이 팀을 이끌었다.\n\n윤서진은 올 시즌 리그 30경기에서 14골을 넣었다.\n", "14골",
     ("윤서진", "골")),
    # by a title after the name, later the name alone
    ("새봉제약 실적\n\n한지우 대표는 취임 1년을 맞았다. 한지우는 올해 연봉 9억 원을 받았다.\n", "9억 원",
     ("한지우", "연봉")),
    # the surname and a title, when one person of the document has that surname
    ("군정 보고\n\n정민호 군수가 예산안을 발표했다. 정 군수는 올해 일자리 1,200개를 만들었다.\n", "1,200개",
     ("정민호", "일자리")),
    # the name and a title after a word that describes the person
    ("구의원 선거\n\n무소속 오하늘 후보는 3,410표를 얻었다.\n", "3,410표", ("오하늘", "표")),
    # the title alone right after the name and its age in brackets
    ("구단 소식\n\n서도윤(45) 감독은 올해 연봉 2억 원을 받는다.\n", "2억 원", ("서도윤", "연봉")),
    # a bracket glued to a person and a title holds that person's figures, not the clause topic's
    ("개표 결과\n\n남 후보는 5만 2,100표를 얻어 사회당 문가온 후보(4만 8,300표)를 앞섰다. 남기현(60) 후보가 당선됐다.\n",
     "4만 8,300표", ("문가온", "표")),
    # English: the surname alone and a capitalised role before the whole name
    ("Season review\n\nCaptain Seo Ha-jun led the side. Seo played all 34 games.\n", "34", ("Seo Ha-jun", "games")),
    ("Season review\n\nThe club thanked its staff. Coach Yoon Ji-ho, 47, signed a new deal.\n", "47", ("Yoon Ji-ho", "age")),
])
def test_a_person_owns_the_figures_of_the_clause(text: str, figure: str, claim: tuple[str, str],
                                               ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == claim


@pytest.mark.parametrize("text, figure", [
    # a title with no name is no person
    ("구단 소식\n\n감독은 올해 연봉 2억 원을 받는다.\n", "2억 원"),
    # a place whose name opens with a surname's syllable
    ("하람시 인구\n\n하람시는 인구 30만 명의 도시다. 하람시 대표단은 12명이다.\n", "12명"),
    # a nationality and a superlative before a title
    ("리그 소식\n\n한국인 선수는 모두 12명이다.\n", "12명"),
])
def test_no_person_without_a_name(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is None or got[0] not in ("감독", "하람시 대표단", "한국인", "한국인 선수")


@pytest.mark.parametrize("text, person", [
    ("주장 박도현(29)이 이끌었다. 박도현은 31골을 넣었다.", "박도현"),
    ("정민호 군수는 2018년 취임했다.", "정민호"),
    ("국민개혁당 박서연 후보(8만 1,650표)를 앞섰다.", "박서연"),
    ("주장 이하람은 21골을 넣었다. 이하람은 36경기에 나섰다.", "이하람"),
])
def test_korean_people_are_found(text: str, person: str) -> None:
    assert persons(text).get(person) == person


@pytest.mark.parametrize("text, word", [
    ("감독은 올해 재계약했다. 감독은 웃었다.", "감독"),
    ("하람시는 인구 30만 명이다. 하람시 시장은 말했다.", "하람시"),
    ("한국인 선수는 12명이다.", "한국인"),
    ("최연소 선수는 17세다.", "최연소"),
    # a compound's first noun more often than a person's: "반도체 산업 대표", "반도체 수출"
    ("반도체 대표는 말했다. 반도체 수출은 늘었다. 반도체 투자도 늘었다.", "반도체"),
    ("전구체 시장이 2030년 38조 원 규모로 성장한다.", "전구체"),
    # a byline's reporter is no person of the story
    ("(서하=연합뉴스) 박지수 기자 = 누리벌 아쿠아센터의 이용객이 4만 명에 육박했다.", "박지수"),
])
def test_common_nouns_and_places_are_no_people(text: str, word: str) -> None:
    assert word not in persons(text)


def test_english_sentence_initial_capitals_are_no_people() -> None:
    """"Seating:", "Attendance" opening a sentence or a label are no one's surname: only a romanised Korean name (a
    surname and a hyphenated given name) makes a person, and its surname alone a short form of it."""
    got = persons("Seating: 18,000. Attendance rose to 9,400. Park officials said the Park Do-hyun stand opened.")
    assert "Seating" not in got and "Attendance" not in got
    assert got.get("Park Do-hyun") == "Park Do-hyun"
    assert persons("Kim Ha-ram won. Kim Seo-yun lost. Kim said it was close.").get("Kim") is None  # two Kims


@pytest.mark.parametrize("hangul, latin", [
    ("박도현", "Park Do-hyun"), ("박도현", "Park Do-hyeon"), ("김서윤", "Kim Seo-yoon"), ("이정훈", "Lee Jung-hoon"),
    ("정민우", "Jeong Min-woo"), ("최유나", "Choi Yu-na"), ("김하람", "Kim Ha-ram"), ("오재성", "Oh Jae-sung"),
])
def test_a_korean_person_is_their_customary_romanisation(hangul: str, latin: str) -> None:
    assert person_spells(hangul, latin)
    assert person_key(hangul) == person_key(latin)


@pytest.mark.parametrize("hangul, latin", [
    ("박도현", "Park Do-hoon"),   # another given name
    ("박도윤", "Park Do-hyun"),
    ("김서윤", "Lee Seo-yun"),    # another surname
    ("박도현", "Park Dohyun"),    # not the shape of a romanised person's name
])
def test_other_people_are_not_bridged(hangul: str, latin: str) -> None:
    assert not person_spells(hangul, latin)


def test_people_are_bridged_only_to_one_spelling() -> None:
    assert bridged_people({"박도현", "Park Do-hyun", "Kim Seo-yun"}) == {"박도현": "Park Do-hyun"}
    assert bridged_people({"박도현", "Park Do-hyun", "Pak Do-hyeon"}) == {}  # two spellings of the set: neither


# --- English: a capitalised noun of doing or state opening a sentence is no owner ----------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Pool opens\n\nThe Haram pool opened in May. Seating is generous for a town this size: 1,200 spectator seats.\n",
     "1,200"),
    ("Pool opens\n\nThe Haram pool opened in May. Attendance has grown week on week, from 8,100 to 10,530.\n", "10,530"),
    ("Hotel season\n\nThe Seoha hotel reopened. Occupancy reached 92% in July.\n", "92%"),
    ("Jobs report\n\nThe county published its figures. Employment rose to 12,400 last quarter.\n", "12,400"),
    ("Stadium\n\nThe new stadium is ready. Parking is free: 400 spaces sit behind the east stand.\n", "400"),
])
def test_a_capitalised_noun_of_doing_opening_a_sentence_is_no_owner(text: str, figure: str,
                                                                    ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is None or got[0] not in ("Seating", "Attendance", "Occupancy", "Employment", "Parking")


def test_a_name_with_such_an_ending_stays_a_name(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Games deal\n\nNews Corp is looking for a target. Activision has a stock market capitalisation of about "
            "$2.95bn, compared to EA's $17.8bn.\n")
    got = claim_of(text, "about $2.95bn", ruleset)
    assert got is not None and got[0] == "Activision"
