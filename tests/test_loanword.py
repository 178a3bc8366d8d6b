"""A Hangul loanword and the Latin name it transcribes are one entity ("타이탄스" = "Titans"; issue 14, item 3):
factlint/loanword.py reads the loanword transcription rules (외래어 표기법) in reverse."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import api
from factlint.config.rules import load_rules
from factlint.engine import run
from factlint.loanword import candidate, loan_bridged, transliterates

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("hangul, latin", [
    ("하이퍼클로바", "HyperCLOVA"),  # ㄹ final and ㄹ initial are one l; the r of "-er" is dropped in Korean
    ("레인저스", "Rangers"),  # ㅈ for a soft g
    ("타이탄스", "Titans"),
    ("수원 타이탄스", "Suwon Titans"),  # a romanized place beside a loanword, word by word
    ("셀로닉스", "Cellonix"),  # 닉스: k and s are one x
    ("넷플릭스", "Netflix"),  # a final ㅅ for t, ㅍ for f
    ("스타벅스", "Starbucks"),  # the epenthetic 으 of 스 is no vowel
    ("마이크로소프트", "Microsoft"),
    ("엔비디아", "Nvidia"),  # a name beginning with a vowel in Korean
    ("커먼 크롤", "Common Crawl"),
    ("조엘 키프롭", "Joel Kiprop"),  # a foreign person
    ("노바LM", "Nova LM"),  # Latin letters kept in the Hangul name are read as written
    ("암스테르담", "Amsterdam"),  # a place abroad
    ("한결 일렉트로닉스", "Hangyeol Electronics"),  # a romanized stem and a head of romanize.SUFFIXES
])
def test_loanword_matches(hangul: str, latin: str) -> None:
    assert transliterates(hangul, latin)


@pytest.mark.parametrize("hangul, latin", [
    ("센터", "Center"),  # a common noun of two syllables
    ("클럽", "Club"),
    ("팀", "Team"),
    ("이 서비스", "SBS"),  # an initialism is spelt letter by letter (에스비에스), never by sound
    ("블루스타", "Blue Hawks"),  # another skeleton
    ("해밀 레드 2", "Haemil Red 3"),  # another version of a model
    ("노바LM", "Nova LX"),
    ("타이탄스", "Titanium"),
    ("레인저스", "Rovers"),
    ("그린하람바이오소재", "Green Haram Biomaterials"),  # a translated head (소재 "materials") is not guessed
    ("하람", "Haram"),  # a romanization only: romanize.bridged's, not a loanword
    ("수원 타이탄스", "Titans"),  # every word of each side is read
    # a Latin word that romanizes another Korean word of the same consonants is that word, not a loanword's source
    ("충북청주FC", "Chungbuk Chungju FC"),  # 충주 is Chungju
    ("경주시청", "Gwangju City Hall"),
    ("경주", "Gwangju"),
    ("삼성전자", "Samsung Electronics"),  # 삼성 is Samseong in RR; "Samsung" (삼숭) needs an alias
    ("해밀 레드", "Haemil Red"),  # a part RR spells exactly is Korean: 레드 alone has two consonants
])
def test_no_loanword_match(hangul: str, latin: str) -> None:
    assert not transliterates(hangul, latin)


def test_bridged_only_when_the_match_is_unique_both_ways() -> None:
    assert loan_bridged({"타이탄스", "Titans", "Rangers"}) == {"타이탄스": "Titans"}
    assert loan_bridged({"코스타", "Costa", "Kosta"}) == {}  # two Latin names fit
    assert loan_bridged({"블루호크스", "블루혹스", "Bluehawks"}) == {}  # two Hangul names fit one Latin name
    assert loan_bridged({"타이탄스", "레인저스"}) == {}  # two names of one script are never bridged
    assert loan_bridged({"Titans", "Rangers"}) == {}
    # a name that romanizes a Latin name of the set is left to romanize.bridged, which finds it ambiguous here
    assert loan_bridged({"청주시", "Cheongju", "Cheongju-si"}) == {}
    # two spellings folded to one key: one Latin name
    assert loan_bridged({"레인저스", "Rangers", "RANGERS"}) == {"레인저스": "RANGERS"}


def test_candidates_for_related_documents() -> None:
    assert candidate("Titans") and candidate("타이탄스") and candidate("하람 블루호크스")
    assert not candidate("팀") and not candidate("2024")


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


KO = ("수원 타이탄스, 창단 첫 플레이오프 진출\n2026/03/15 21:40 송고\n"
      "수원 타이탄스는 15일 열린 2025-2026 시즌 정규리그 최종전에서 승리했다.\n"
      "이로써 수원 타이탄스는 21승 15패(승점 62)로 정규리그를 3위로 마감했다.\n")
KO_COMPANY = "넥사플레이 실적\n넥사플레이의 임직원은 2024년 1,250명이다.\n"


@pytest.mark.parametrize("ko, english, found", [
    (KO, "This season gave fans plenty to cheer about. The Suwon Titans won 23 of their 36 regular-season "
     "matches, finishing 3rd in the league.\n", ["23"]),
    (KO, "This season gave fans plenty to cheer about. The Suwon Titans won 21 of their 36 regular-season "
     "matches, finishing 3rd in the league.\n", []),
    # another team whose name has the same place: no bridge
    (KO, "This season gave fans plenty to cheer about. The Suwon Rangers won 23 of their 36 regular-season "
     "matches, finishing 3rd in the league.\n", []),
])
def test_a_korean_and_an_english_figure_of_a_loanword_name_meet(tmp_path: Path, ko: str, english: str,
                                                                 found: list[str], ruleset) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ko.txt").write_text(ko, encoding="utf-8")
    (tmp_path / "en.txt").write_text("A city falls for its team\nBy Hannah Cho | March 24, 2026\n" + english,
                                     encoding="utf-8")
    result = api.lint([tmp_path], rules=ruleset)
    flagged = sorted(f.message.split("'")[1] for f in result.findings if f.kind == "contradiction")
    assert flagged == found, [f.message for f in result.findings]


def test_a_pre_commit_run_of_the_korean_article_loads_the_english_one(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    # the two names share no romanization key: the loanword key relates the articles
    english = ("A city falls for its team\nBy Hannah Cho | March 24, 2026\nThe Suwon Titans won 23 of their 36 "
               "regular-season matches, finishing 3rd in the league.\n")
    files = {"ko.txt": KO, "en.txt": english, "other.txt": "가온시 인구\n가온시의 인구는 2024년 85만 1천 명이다.\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = sorted(str(tmp_path / name) for name in files)
    changed = frozenset({str(tmp_path / "ko.txt")})
    focused = run(paths, ruleset, focus=changed, changed=changed)
    assert [f.message.split("'")[1] for f in focused.findings if f.kind == "contradiction"] == ["21승"]
