"""A team's record in a season as claims: wins, draws, losses, league points, final place, matches played, keyed by
the team and the season (issue 14, items 1 and 5; factlint/binding/records.py).

Paraphrases on other sports and teams than fresh10's volleyball (baseball, football, basketball), both languages,
and the hard negatives: a match or set score, a difference of wins, an Nth win, a goal, a stretch of the season,
the opponent's record in the same sentence, a player's points, another season, a holder that is no name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import api
from factlint.config.rules import load_rules
from factlint.model import Claim

from tests import binding_helpers

REPO = Path(__file__).resolve().parent.parent
KO_DATELINE = "스포츠 소식\n2025/11/30 18:00 송고\n"
EN_DATELINE = "Sports desk\nBy Kim Ha-na | December 2, 2025\n"


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def records(text: str, ruleset) -> list[tuple[str, str, str, str | None]]:  # type: ignore[no-untyped-def]
    """(entity, attribute, figure, period) of each season-record claim."""
    return [(c.entity, c.attribute, c.quantity.text, c.period) for b in binding_helpers.bound(text, ruleset)
            if isinstance(c := b.claim, Claim) and c.how == "season record"]


@pytest.mark.parametrize("sentence, expected", [
    # football: wins, draws, losses, points and place of one clause
    ("이로써 충북청주FC는 2025 시즌 18승 10무 8패(승점 64)로 정규리그를 4위로 마감했다.",
     [("충북청주FC", "승", "18승"), ("충북청주FC", "무", "10무"), ("충북청주FC", "패", "8패"), ("충북청주FC", "승점", "64"),
      ("충북청주FC", "순위", "4위")]),
    # baseball: a two-word name, another verb
    ("한빛 타이탄스는 올 시즌 83승 61패로 정규시즌을 2위로 마쳤다.",
     [("한빛 타이탄스", "승", "83승"), ("한빛 타이탄스", "패", "61패"), ("한빛 타이탄스", "순위", "2위")]),
    # the record in an adnominal clause of its holder, which comes after it
    ("올 시즌 40승 14패로 정규리그를 1위로 마친 서진 나이츠는 챔피언결정전에 직행했다.",
     [("서진 나이츠", "승", "40승"), ("서진 나이츠", "패", "14패"), ("서진 나이츠", "순위", "1위")]),
    # the matches played right before the record
    ("다온FC는 올 시즌 정규리그 38경기에서 20승 10무 8패를 기록하며 시즌을 마쳤다.",
     [("다온FC", "승", "20승"), ("다온FC", "무", "10무"), ("다온FC", "패", "8패"), ("다온FC", "경기", "38경기")]),
])
def test_korean_records(sentence: str, expected: list[tuple[str, str, str]], ruleset) -> None:  # type: ignore[no-untyped-def]
    found = records(KO_DATELINE + sentence + "\n", ruleset)
    assert sorted(f[:3] for f in found) == sorted(expected)
    assert {f[3] for f in found} == {"2025"}


@pytest.mark.parametrize("sentence, expected", [
    ("The Knights finished the 2025 season 38-16 and won the title.", [("Knights", "wins", "38"), ("Knights", "losses", "16")]),
    # a gloss in Hangul between the name and its verb: still an English sentence
    ("The Haram Bluehawks (하람 블루호크스) finished the 2025 season 21-15.",
     [("Haram Bluehawks", "wins", "21"), ("Haram Bluehawks", "losses", "15")]),
    ("Leeds won 23 of its 36 matches this season, finishing 3rd in the league.",
     [("Leeds", "wins", "23"), ("Leeds", "matches", "36"), ("Leeds", "finish", "3rd")]),
    ("Arsenal ended the season with 20 wins, 10 draws and 8 losses.",
     [("Arsenal", "wins", "20"), ("Arsenal", "draws", "10"), ("Arsenal", "losses", "8")]),
    ("Seoul beat Busan, who finished 12-20 this season.", [("Busan", "wins", "12"), ("Busan", "losses", "20")]),
    ("The Rovers ended the 2025 season with a 25-11 record.", [("Rovers", "wins", "25"), ("Rovers", "losses", "11")]),
    ("In the 2025 season the Owls won 21, drew 3 and lost 12 to finish fourth.",
     [("Owls", "wins", "21"), ("Owls", "draws", "3"), ("Owls", "losses", "12"), ("Owls", "finish", "fourth")]),
    ("On the pitch, Rovers won 20, drew 9 and lost 9 of their 38 league games this season, finishing 4th with 69 points.",
     [("Rovers", "wins", "20"), ("Rovers", "draws", "9"), ("Rovers", "losses", "9"), ("Rovers", "games", "38"),
      ("Rovers", "finish", "4th"), ("Rovers", "points", "69")]),
    # the place before the record, the matches after it, the noun written ("defeats")
    ("Cheongju finished sixth with 15 wins, 10 draws and 11 defeats from 36 matches this season.",
     [("Cheongju", "finish", "sixth"), ("Cheongju", "wins", "15"), ("Cheongju", "draws", "10"), ("Cheongju", "defeats", "11"),
      ("Cheongju", "matches", "36")]),
])
def test_english_records(sentence: str, expected: list[tuple[str, str, str]], ruleset) -> None:  # type: ignore[no-untyped-def]
    found = records(EN_DATELINE + sentence + "\n", ruleset)
    assert sorted(f[:3] for f in found) == sorted(expected)
    assert {f[3] for f in found} == {"2025"}


@pytest.mark.parametrize("text", [
    KO_DATELINE + "한빛 타이탄스는 서진 이글스를 5-3으로 꺾고 15승째를 올렸다.\n",  # the Nth win of a running season
    KO_DATELINE + "한빛 타이탄스는 다음 시즌 90승 54패가 목표다.\n",  # a goal
    KO_DATELINE + "한빛 타이탄스는 올 시즌 20승이 목표다.\n",
    KO_DATELINE + "한빛 타이탄스는 최근 10경기에서 7승 3패를 기록했다.\n",  # a stretch of the season
    KO_DATELINE + "팀은 올 시즌 83승 61패를 기록했다.\n",
    KO_DATELINE + "한빛 타이탄스는 올 시즌 40승 30패를 기록 중이다.\n",  # a running record of this season
    EN_DATELINE + "Arsenal have 20 wins, 10 draws and 8 losses this season.\n",  # a common noun: who it is, is the discourse's
    KO_DATELINE + "윤서아는 이날 양 팀 최다인 31점을 올렸다.\n",  # a player's points
    EN_DATELINE + "Seoul beat Busan 3-1 (25-21, 23-25, 25-19, 25-22) on Sunday.\n",  # a match and its sets
    EN_DATELINE + "Seoul won the first set 25-21.\n",
    EN_DATELINE + "The Knights went 10-2 at home this season.\n",  # a stretch: home games
    EN_DATELINE + "The team won 23 of its 36 matches this season.\n",  # "The team": no name
    EN_DATELINE + "The Knights aim to go 50-32 next season.\n",  # a goal
    EN_DATELINE + "She scored 612 points in the regular season.\n",  # a player's points, no record
    EN_DATELINE + "The Rovers went 20-10-8 this season.\n",  # W-D-L or W-L-OT: the order is not written
    EN_DATELINE + "The Knights were 2-0 up at the break.\n",  # a match's score
    EN_DATELINE + "The Knights went 7-1 in the playoffs this season.\n",  # another competition
    EN_DATELINE + "Against Busan, the Knights went 3-1 this season.\n",  # one opponent
    EN_DATELINE + "The Senate is 51-49 after the vote.\n",  # no season, no league: no record
    KO_DATELINE + "한국은 조별리그에서 2승 1패로 16강에 올랐다.\n",  # a tournament's group stage
    KO_DATELINE + "한빛 타이탄스는 서진 이글스를 상대로 올 시즌 9승 7패를 거뒀다.\n",  # one opponent
    KO_DATELINE + "한빛 타이탄스는 지난 시즌 서진 이글스와의 경기에서 9승 7패를 거뒀다.\n",
])
def test_no_record(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert records(text, ruleset) == []


def test_the_difference_of_wins_is_no_claim_at_all(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = KO_DATELINE + "지난 시즌 18승 18패였던 한빛 타이탄스는 올 시즌 승수를 3승 늘렸다.\n"
    assert [b.quantity.text for b in binding_helpers.bound(text, ruleset) if b.claim is not None] == ["18승", "18패였던"]


def test_the_title_says_the_season_is_over(ruleset) -> None:  # type: ignore[no-untyped-def]
    ended = "충북청주FC, 최종전서 2-1 역전승…시즌 6위로 마무리\n2024/11/10 18:00 송고\n충북청주FC는 이 경기 승리로 15승 10무 11패, 승점 55를 기록했다.\n"
    assert sorted(f[1:] for f in records(ended, ruleset)) == [("무", "10무", "2024"), ("승", "15승", "2024"), ("승점", "55", "2024"),
                                                              ("패", "11패", "2024")]
    running = "충북청주FC, 부산에 2-1 역전승\n2024/07/10 18:00 송고\n충북청주FC는 이 경기 승리로 올 시즌 10승 5무 6패, 승점 35를 기록했다.\n"
    assert records(running, ruleset) == []


def test_the_opponents_record_in_the_same_sentence_is_its_own(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = records(KO_DATELINE + "한빛 타이탄스는 서진 이글스를 3-1로 꺾었고, 서진 이글스는 지난 시즌 10승 20패에 그쳤다.\n", ruleset)
    assert {f[0] for f in found} == {"서진 이글스"}
    found = records(KO_DATELINE + "한빛 타이탄스는 지난 시즌 10승 20패의 서진 이글스를 꺾었다.\n", ruleset)
    assert {f[0] for f in found} == {"서진 이글스"}


def test_the_season_is_carried_from_the_sentence_before_and_keyed_by_its_end(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("블루스타즈, 3위 확정\n2026/03/15 21:40 송고\n"
            "블루스타즈는 15일 열린 2025-2026 V리그 정규리그 최종전에서 이겼다.\n"
            "이로써 블루스타즈는 21승 15패(승점 62)로 정규리그를 3위로 마감했다.\n"
            "지난 시즌 18승 18패로 5위에 그쳤던 블루스타즈는 올 시즌 승수를 3승 늘렸다.\n")
    found = records(text, ruleset)
    assert ("블루스타즈", "승", "21승", "2026") in found and ("블루스타즈", "승점", "62", "2026") in found
    assert ("블루스타즈", "승", "18승", "2025") in found and ("블루스타즈", "순위", "5위", "2025") in found
    assert not any(f[2] == "3승" for f in found)


def test_this_and_last_season_by_the_articles_date(ruleset) -> None:  # type: ignore[no-untyped-def]
    # an article of October writing its seasons across two years: this season ends next year
    text = "Preview\nBy Lee | October 20, 2025\nIn the 2024-25 season the Knights went 30-6. Last season the Knights went 30-6.\n"
    assert {f[3] for f in records(text, ruleset)} == {"2025"}
    text = "Preview\nBy Lee | October 20, 2025\nThe Knights finished 3-1 in preseason after the 2024-25 title.\n"
    assert records(text, ruleset) == []  # a stretch
    text = "Preview\nBy Lee | October 20, 2025\nThe Knights finished 90-72 this season.\n"
    assert {f[3] for f in records(text, ruleset)} == {"2025"}
    # the current season's record while it runs changes with every match: no claim
    text = "Preview\nBy Lee | October 20, 2025\nThe Knights are 3-1 this season after the 2024-25 title.\n"
    assert records(text, ruleset) == []


KO_ARTICLE = ("충북청주FC, 창단 첫 플레이오프 진출\n2026/03/15 21:40 송고\n"
              "충북청주FC는 15일 열린 2025-2026 시즌 정규리그 최종전에서 승리했다.\n"
              "이로써 충북청주FC는 21승 15패(승점 62)로 정규리그를 3위로 마감했다.\n"
              "지난 시즌 18승 18패로 5위에 그쳤던 충북청주FC는 올 시즌 승수를 3승 늘렸다.\n")


@pytest.mark.parametrize("english, found", [
    # this season's wins differ (23 against 21): one contradiction; last season's 18-18 agrees
    ("This season gave fans plenty to cheer about. Chungbuk Cheongju FC won 23 of its 36 regular-season matches, "
     "finishing 3rd in the league.\nThat is a far cry from last season, when Chungbuk Cheongju FC went 18-18.\n", ["23"]),
    ("This season was the club's best. Chungbuk Cheongju FC went 21-15, finishing 3rd in the league.\n"
     "Last season Chungbuk Cheongju FC went 18-18.\n", []),
    # another season's record is no contradiction
    ("Last season Chungbuk Cheongju FC went 20-16.\n", ["16", "20"]),
    ("In the 2023-24 season Chungbuk Cheongju FC went 20-16.\n", []),
])
def test_a_korean_and_an_english_record_meet_by_team_and_season(tmp_path: Path, english: str, found: list[str],
                                                                ruleset) -> None:  # type: ignore[no-untyped-def]
    assert contradicted(tmp_path, KO_ARTICLE, english, ruleset) == found


def contradicted(tmp_path: Path, korean: str, english: str, ruleset) -> list[str]:  # type: ignore[no-untyped-def]
    """The figures a Korean and an English article (dated March 24, 2026) are reported to contradict each other in."""
    (tmp_path / "ko.txt").write_text(korean, encoding="utf-8")
    (tmp_path / "en.txt").write_text("A city falls for its team\nBy Hannah Cho | March 24, 2026\n" + english, encoding="utf-8")
    result = api.lint([tmp_path], rules=ruleset)
    return sorted(f.message.split("'")[1] for f in result.findings if f.kind == "contradiction")
