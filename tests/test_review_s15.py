"""Adversarial review of session 15's binding rules: pairs of short articles on topics of our own (a university
library, an arts centre, a hospital, a rugby league club, a hockey club) that a careful editor would not flag, which
the session's rules misread into false contradictions, each with the true pair that must still be reported.

* A unit of an institution written after it without 의 ("가람대학교 중앙도서관은 좌석이 1,200석이다", "가람아트센터
  대공연장은", "누리병원 응급센터는"): the word before is a name, no descriptor, so the owner is the whole phrase —
  never the bare unit, which every university, arts centre or hospital has (two universities' 중앙도서관 met).
* A season record over a stretch named by its position in the sequence of games ("시즌 마지막 10경기에서 8승 2패",
  "개막 5경기", "went 6-4 in their first ten games"): a part of the season, not the season's record — while the
  season's own count of games ("정규리그 36경기에서 21승 15패") stays the season's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import api
from factlint.config.rules import load_rules
from factlint.model import Claim

from tests import binding_helpers

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def owners(text: str, ruleset) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(entity, figure) of each claim of the text."""
    return [(c.entity, c.quantity.text) for b in binding_helpers.bound(text, ruleset) if isinstance(c := b.claim, Claim)]


def flagged(tmp_path: Path, articles: dict[str, str], ruleset) -> list[str]:  # type: ignore[no-untyped-def]
    """The figures the contradiction check flags over the articles (sorted)."""
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = api.lint([tmp_path], rules=ruleset)
    return sorted(f.message.split("'")[1] for f in result.findings if f.kind == "contradiction")


# --- a unit of an institution, written after it without 의 ----------------------------------------------------

@pytest.mark.parametrize("sentence, figure, owner", [
    ("가람대학교 중앙도서관은 좌석이 1,200석이다.", "1,200석", "가람대학교 중앙도서관"),
    ("가람대학교 중앙도서관은 장서가 120만 권이다.", "120만 권", "가람대학교 중앙도서관"),
    ("가람아트센터 대공연장은 좌석이 1,480석이다.", "1,480석", "가람아트센터 대공연장"),
    ("누리병원 응급센터는 병상이 40개다.", "40개", "누리병원 응급센터"),
    ("한빛연구소 분석팀은 시료 300건을 검사했다.", "300건", "한빛연구소 분석팀"),
])
def test_an_institutions_unit_is_named_with_the_institution(sentence: str, figure: str, owner: str,
                                                              ruleset) -> None:  # type: ignore[no-untyped-def]
    assert (owner, figure) in owners("도서관 소식\n" + sentence + "\n", ruleset)


def test_a_descriptor_before_a_name_still_yields_to_the_name(ruleset) -> None:  # type: ignore[no-untyped-def]
    # a common noun before a name describes it ("게임업체 넥사플레이"): the name owns, as before
    text = "넥사플레이\n게임업체 '넥사플레이'는 직원이 300명이다.\n"
    assert ("넥사플레이", "300명") in owners(text, ruleset)


def test_two_universities_libraries_do_not_meet(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert flagged(tmp_path, {
        "a.txt": "가람대 도서관\n가람대학교 중앙도서관은 좌석이 1,200석이다.\n",
        "b.txt": "누리대 도서관\n누리대학교 중앙도서관은 좌석이 800석이다.\n",
        "c.txt": "공연장\n가람아트센터 대공연장은 좌석이 1,480석이다.\n",
        "d.txt": "공연장 비교\n누리아트센터 대공연장은 좌석이 1,100석이다.\n",
    }, ruleset) == []


def test_one_universitys_library_in_two_articles_still_meets(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert flagged(tmp_path, {
        "a.txt": "가람대 도서관\n가람대학교 중앙도서관은 좌석이 1,200석이다.\n",
        "b.txt": "가람대 도서관 개편\n가람대학교 중앙도서관은 좌석이 800석이다.\n",
    }, ruleset) == ["800석"]


# --- a season record over a stretch named by its position -----------------------------------------------------

KO_OVER = "럭비리그 소식\n2025/11/30 18:00 송고\n인천 타이탄스는 2025시즌을 마쳤다. "
EN_OVER = "Rugby league\nBy Kim Ha-na | December 2, 2025\nThe 2025 season is over. "


def records(text: str, ruleset) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(c.quantity.text for b in binding_helpers.bound(text, ruleset)
                  if isinstance(c := b.claim, Claim) and c.how == "season record")


@pytest.mark.parametrize("text", [
    KO_OVER + "인천 타이탄스는 시즌 마지막 10경기에서 8승 2패를 거뒀다.\n",
    KO_OVER + "인천 타이탄스는 개막 5경기에서 1승 4패에 그쳤다.\n",
    KO_OVER + "인천 타이탄스는 시즌 막판 7승 1패를 거뒀다.\n",
    KO_OVER + "인천 타이탄스는 첫 8경기에서 2승 6패였다.\n",
    EN_OVER + "The Incheon Titans went 6-4 in their first ten games of the 2025 season.\n",
    EN_OVER + "The Incheon Titans went 5-1 over their closing six games.\n",
    EN_OVER + "The Incheon Titans went 3-2 in their opening five matches of the 2025 season.\n",
])
def test_a_stretch_named_by_its_position_is_no_season_record(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert records(text, ruleset) == []


@pytest.mark.parametrize("text, expected", [
    # the season's own games: its record
    (KO_OVER + "인천 타이탄스는 정규리그 20경기에서 14승 6패를 기록했다.\n", ["14승", "20경기", "6패"]),
    (EN_OVER + "The Incheon Titans finished the 2025 season 14-6.\n", ["14", "6"]),
])
def test_the_whole_seasons_games_stay_its_record(text: str, expected: list[str], ruleset) -> None:  # type: ignore[no-untyped-def]
    assert records(text, ruleset) == expected


def test_a_stretch_and_the_season_do_not_meet(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    season = {"a.txt": "타이탄스 시즌 마감\n럭비리그 인천 타이탄스는 2025시즌을 14승 6패로 마쳤다.\n",
              "c.txt": "Titans finish\nThe 2025 season is over. The Incheon Titans finished the 2025 season 14-6.\n"}
    assert flagged(tmp_path, {**season,
        "b.txt": "타이탄스 2025시즌\n인천 타이탄스는 2025시즌이 끝났다. 인천 타이탄스는 시즌 마지막 10경기에서 8승 2패를 거뒀다.\n",
        "d.txt": "Titans season over\nThe 2025 season is over. The Incheon Titans went 6-4 in their first ten games of the 2025 "
                 "season.\n",
    }, ruleset) == []


def test_two_season_records_still_meet(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert flagged(tmp_path, {
        "a.txt": "Titans finish\nThe 2025 season is over. The Incheon Titans finished the 2025 season 14-6.\n",
        "b.txt": "Titans review\nThe 2025 season is over. The Incheon Titans finished the 2025 season 12-8.\n",
    }, ruleset) == ["12", "8"]


# --- a share that names a whole of its own after a partitive's figure ----------------------------------------

def shares_flagged(tmp_path: Path, sentence: str, ruleset) -> int:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Budget\n" + sentence + "\n", encoding="utf-8")
    return sum(f.kind == "arithmetic" for f in api.lint([tmp_path], rules=ruleset).findings)


@pytest.mark.parametrize("sentence", [
    "The library spent 2.4 billion won last year. Of that 2.4 billion won, books accounted for about 900 million "
    "won, or 60 percent of the acquisitions budget.",
    "Of that 2,150, about 540 were students, or 36 percent of all student members in the city.",
    "The county counted 1,800 residents. Of that 1,800, 600 were children, or 45 percent of the county's young "
    "residents.",
])
def test_a_share_of_a_named_whole_is_no_share_of_the_partitives_figure(tmp_path: Path, sentence: str,
                                                                       ruleset) -> None:  # type: ignore[no-untyped-def]
    assert shares_flagged(tmp_path, sentence, ruleset) == 0


@pytest.mark.parametrize("sentence", [
    "The library spent 2.4 billion won last year. Of that 2.4 billion won, books accounted for about 900 million "
    "won, or 60 percent.",
    "Of that 2,150, about 540 were students, or 36 percent of them.",
    "Of that 2,150, about 540 were students, or 36 percent of the total.",
    "Of the 2,150 members, 540 were students, or 36 percent of all members.",
])
def test_a_share_of_the_partitives_figure_is_still_checked(tmp_path: Path, sentence: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert shares_flagged(tmp_path, sentence, ruleset) == 1
