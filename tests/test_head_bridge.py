"""One entity in two scripts when its generic head is translated (issue #14, item 3): "하람시립도서관" is "Haram
City Library", "솔내 트램 1호선" is "Solnae Tram Line 1" (factlint/headbridge.py, the one table of heads in
factlint/heads.py). Paraphrases and hard negatives written for this change on topics of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.api import lint
from factlint.config.rules import default_pack, load_rules
from factlint.engine import run
from factlint.headbridge import head_bridged, translated
from factlint.romanize import SUFFIXES, bridged


@pytest.mark.parametrize("hangul, latin", [
    ("그린하람바이오소재", "Green Haram Biomaterials"),  # a loanword, a romanization, two heads in one English word
    ("솔내 트램 1호선", "Solnae Tram Line 1"),  # the number moves after the translated head
    ("누리 2호선", "Nuri Line 2"),
    ("하람시립도서관", "Haram City Library"),  # an owner's adjective and a facility's head
    ("해든시립도서관", "Haedeun Municipal Library"),
    ("솔내농협", "Solnae Agricultural Cooperative"),
    ("다솜농협", "Dasom Farmers' Cooperative"),
    ("한별 제3공장", "Hanbyeol Plant No. 3"),  # 제N and "No. N"
    ("가람전자 2공장", "Garam Electronics Plant 2"),  # a company's plant: the company a romanization with its head
    ("가람역", "Garam Station"),
    ("은솔 저수지", "Eunsol Reservoir"),
    ("새빛산", "Mount Saebit"),  # a head English writes first
    ("한울대학", "University of Hanul"),
    ("그린누리에너지", "Green Nuri Energy"),
    ("LG전자", "LG Electronics"),  # Latin letters inside the Hangul name, as written
    ("새봉대", "Saebong University"),  # a university's short name
    ("하람시립도서관", "Haram Public Library"),
    ("단월산케이블카", "Danwol Mountain Cable Car"),  # a head inside the part, translated too
    ("단월산", "Mt. Danwol"),
])
def test_a_translated_head_meets(hangul: str, latin: str) -> None:
    assert translated(hangul, latin)


@pytest.mark.parametrize("hangul, latin", [
    ("솔내 트램 1호선", "Solnae Tram Line 2"),  # another line
    ("누리 2호선", "Nuri Line"),  # a number on one side only
    ("솔내 트램 1호선", "Solnae Tram"),
    ("1호선", "Line 1"),  # no distinctive part: any city's line 1
    ("한별 제1공장", "Hanbyeol Plant 2"),  # another plant
    ("가람전자", "Garam Electronics Plant 2"),  # a company and its plant
    ("가람전자 2공장", "Garam Electronics"),
    ("하람시", "Haram County"),  # a city and a county
    ("하람시", "Haram Bluehawks"),  # a city and its team
    ("하람", "Haram City Library"),  # a place and its library
    ("하람시립도서관", "Haram University Library"),
    ("하람시립도서관", "Haram County Library"),
    ("솔내역", "Solnae Line"),  # a station and a line
    ("새빛산", "Saebit River"),
    ("다솜농협", "Dasom Fisheries Cooperative"),
    ("한빛 원전 3호기", "Hanbit Unit 4"),
    ("새봉대", "Saebong College"),
    ("새봉대", "Saebong"),
    ("국군부대", "Gukgun University"),  # 부대 is a unit: its 부 is no part of a name ("Gukgunbu")
])
def test_another_head_or_number_does_not_meet(hangul: str, latin: str) -> None:
    assert not translated(hangul, latin)


def test_bridged_only_when_unique_both_ways() -> None:
    assert head_bridged({"솔내농협", "Solnae Agricultural Cooperative", "Solnae Tram Line 1"}) == {
        "솔내농협": "Solnae Agricultural Cooperative"}
    assert head_bridged({"누리 1호선", "누리 2호선", "Nuri Line 1", "Nuri Line 2"}) == {
        "누리 1호선": "Nuri Line 1", "누리 2호선": "Nuri Line 2"}
    assert head_bridged({"누리 1호선", "Nuri Line 2"}) == {}
    assert head_bridged({"솔내농협", "솔내 농협", "Solnae Agricultural Cooperative"}) == {
        "솔내 농협": "Solnae Agricultural Cooperative", "솔내농협": "Solnae Agricultural Cooperative"}  # one name spaced
    assert head_bridged({"가람역", "Garam Station", "Garam Station Plaza"}) == {"가람역": "Garam Station"}


def test_a_name_of_the_bare_part_and_of_its_head() -> None:
    # "청솔군" romanizes both "Cheongsol" and "Cheongsol County", so romanize.bridged links neither; the
    # translated head picks the county, and the bare name stays unlinked
    names = {"청솔군", "Cheongsol", "Cheongsol County"}
    assert bridged(names) == {}
    assert head_bridged(names) == {"청솔군": "Cheongsol County"}
    # a place's bare name is never its library's, its station's or its line's
    assert head_bridged({"하람", "Haram City Library"}) == {}
    assert head_bridged({"하람시립도서관", "Haram"}) == {}
    assert head_bridged({"솔내역", "Solnae"}) == {}


def test_a_companys_bare_name_only_when_no_other_name_opens_with_it() -> None:
    assert head_bridged({"누리소재", "Nuri"}) == {"누리소재": "Nuri"}
    assert head_bridged({"누리", "Nuri Materials"}) == {"누리": "Nuri Materials"}
    # the corpus also names a team or a city of that part: "Nuri" may be either
    assert head_bridged({"누리소재", "Nuri", "누리 블루호크스"}) == {}
    assert head_bridged({"누리소재", "Nuri", "Nuri City"}) == {}
    # the whole name in the other script is the one met
    assert head_bridged({"누리소재", "Nuri", "Nuri Materials"}) == {"누리소재": "Nuri Materials"}


def test_the_table_keeps_the_heads_binding_reads() -> None:
    assert SUFFIXES["대학교"] == ("university",) and "도서관" not in SUFFIXES and "호선" not in SUFFIXES


KO = "하람 소식\n2025/02/03 10:00 송고\n하람시립도서관의 2024년 방문객은 41만 명으로 집계됐다.\n솔내농협의 2024년 조합원은 3,400명이다.\n"


def _contradicted(tmp_path: Path, english: str, korean: str = KO) -> list[str]:
    (tmp_path / "ko.txt").write_text(korean, encoding="utf-8")
    (tmp_path / "en.txt").write_text("Haram news\nBy Jane Roe | February 5, 2025\n" + english, encoding="utf-8")
    result = lint([tmp_path / "en.txt", tmp_path / "ko.txt"])
    return sorted(f.data["claim"]["entity"] for f in result.findings if f.kind == "contradiction")


@pytest.mark.parametrize("english, found", [
    ("Haram City Library had 450,000 visitors in 2024.\nSolnae Agricultural Cooperative had 3,900 members in 2024.\n",
     ["Haram City Library", "Solnae Agricultural Cooperative"]),
    # the same figures in another notation
    ("Haram City Library had 410 thousand visitors in 2024.\nSolnae Agricultural Cooperative had 3,400 members in "
     "2024.\n", []),
    # other entities of the same part: another library, the town itself
    ("Haram University Library had 450,000 visitors in 2024.\nSolnae had 3,900 members in 2024.\n", []),
])
def test_a_korean_and_an_english_figure_meet(tmp_path: Path, english: str, found: list[str]) -> None:
    assert _contradicted(tmp_path, english) == found


def test_a_pre_commit_run_of_the_korean_article_loads_the_english_one(tmp_path: Path) -> None:
    # the two names share no romanization key: the loanword candidates' key relates the articles
    files = {"ko.txt": KO, "en.txt": "Haram news\nBy Jane Roe | February 5, 2025\nSolnae Agricultural Cooperative had "
             "3,900 members in 2024.\n", "other.txt": "가온시 인구\n가온시의 인구는 2024년 85만 1천 명이다.\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    changed = frozenset({str(tmp_path / "ko.txt")})
    focused = run(sorted(str(tmp_path / name) for name in files), load_rules(default_pack()), focus=changed,
                  changed=changed)
    assert [f.data["claim"]["entity"] for f in focused.findings if f.kind == "contradiction"] == ["솔내농협"]


LOAN_KO = ("누리벌 소식\n2025/10/14 11:20 송고\n누리벌 아쿠아센터의 총사업비는 485억 원이다.\n"
           "서하자연사박물관의 2024년 방문객은 31만 명으로 집계됐다.\n")


@pytest.mark.parametrize("english, found", [
    ("Nuribeol Aquatic Centre cost 58.5 billion won.\nSeoha Museum of Natural History had 280,000 visitors in 2024.\n",
     ["누리벌 아쿠아센터", "서하자연사박물관"]),
    # the same figures in another notation
    ("Nuribeol Aquatic Centre cost 48.5 billion won.\nSeoha Museum of Natural History had 310,000 visitors in 2024.\n",
     []),
    # other entities: another town's centre, another museum of the same town
    ("Garam Aquatic Centre cost 58.5 billion won.\nSeoha Museum of History had 280,000 visitors in 2024.\n", []),
])
def test_a_loanword_head_and_a_modifier_meet_in_a_corpus(tmp_path: Path, english: str, found: list[str]) -> None:
    # (issue #14: fresh14 C4, the aquatic centre's cost, once its Korean owner is bound whole)
    assert _contradicted(tmp_path, english, LOAN_KO) == found
