"""A team named whole once and then by a pointer or its nickname (issue 14, item 2: discourse; item 3: one entity in
two scripts): "The Haram Bluehawks have become … . The team won 23 of its 36 matches" is the Bluehawks' record;
"the Bluehawks" after "the Haram Bluehawks" is the whole name; a Korean "블루호크스는" after "하람 블루호크스가" is
"하람 블루호크스", so that the English "Haram Bluehawks" meets it as a loanword (factlint/loanword.py).

Paraphrases on other sports than fresh10's volleyball, and the hard negatives: two names before the pointer, a
sentence before that opens with a time or a word capitalised only because it opens the sentence, two teams of one
nickname, a common noun after a place.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config.rules import load_rules
from factlint.model import Claim

from tests import binding_helpers
from tests.test_season_records import contradicted

REPO = Path(__file__).resolve().parent.parent
EN_DATELINE = "Sports desk\nBy Kim Ha-na | December 2, 2025\n"


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def claims(text: str, ruleset) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted((c.entity, c.attribute, c.quantity.text) for b in binding_helpers.bound(text, ruleset)
                  if isinstance(c := b.claim, Claim) and c.how == "season record")


@pytest.mark.parametrize("text, expected", [
    ("The Seoul Raptors have become the talk of the city. The team won 31 of its 54 regular-season games, finishing 2nd.\n",
     [("Seoul Raptors", "finish", "2nd"), ("Seoul Raptors", "games", "54"), ("Seoul Raptors", "wins", "31")]),
    ("The Incheon Knights had their best year yet. They finished the 2025 season 38-16.\n",
     [("Incheon Knights", "losses", "16"), ("Incheon Knights", "wins", "38")]),
    ("The Daon Dolphins surprised everyone in 2025. The club won 21, drew 9 and lost 8 this season, finishing 3rd.\n",
     [("Daon Dolphins", "draws", "9"), ("Daon Dolphins", "finish", "3rd"), ("Daon Dolphins", "losses", "8"),
      ("Daon Dolphins", "wins", "21")]),
])
def test_a_pointer_to_the_team_the_sentence_before_opened_with(text: str, expected, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claims(EN_DATELINE + text, ruleset) == expected


@pytest.mark.parametrize("text", [
    # two names open the sentence before: the pointer is no one's
    "The Seoul Raptors and the Busan Titans met twice in October. The team won 31 of its 54 games, finishing 2nd.\n",
    # the sentence before opens with a time
    "Last season was hard for everyone. The team won 31 of its 54 games, finishing 2nd.\n",
    # a word capitalised only because it opens its sentence is no name (nor, so far, a name the text writes only
    # there: "Daon United surprised everyone. The club won …" is not read — a known limit)
    "Officials expected more from the season. The team won 31 of its 54 games, finishing 2nd.\n",
    "Daon United surprised everyone in 2025. The club won 21, drew 9 and lost 8 this season, finishing 3rd.\n",
])
def test_no_one_to_point_to(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claims(EN_DATELINE + text, ruleset) == []


def test_the_nickname_after_the_whole_name_is_the_whole_name(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = EN_DATELINE + ("The Seoul Raptors finished the 2025 season 38-16.\n"
                          "A year earlier the Raptors went 30-24 in the 2024 season.\n")
    assert {e for e, _, _ in claims(text, ruleset)} == {"Seoul Raptors"}


def test_two_teams_of_one_nickname_keep_it_short(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = EN_DATELINE + ("The Seoul Raptors beat the Busan Raptors twice this year.\n"
                          "In the 2024 season the Raptors went 30-24.\n")
    assert {e for e, _, _ in claims(text, ruleset)} == {"Raptors"}


KO_ARTICLE = ("수원 타이탄스, 창단 첫 정규리그 2위\n2026/03/15 21:40 송고\n"
              "(수원=연합뉴스) 김하늘 기자 = 프로농구 수원 타이탄스가 창단 이후 처음으로 플레이오프에 진출했다.\n"
              "수원시는 이날 시청 광장에서 응원전을 열었다.\n"
              "타이탄스는 15일 열린 2025-2026 시즌 정규리그 최종전에서 승리했다.\n"
              "이로써 타이탄스는 33승 21패로 정규리그를 2위로 마감했다.\n")


def test_a_korean_short_form_is_its_placed_whole_name(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert {e for e, _, _ in claims(KO_ARTICLE, ruleset)} == {"수원 타이탄스"}


@pytest.mark.parametrize("english, found", [
    # the English side names the team whole, then points to it: 35 against 33 wins is one contradiction
    ("The Suwon Titans have become the city's favourite team. The team won 35 of its 54 regular-season games, "
     "finishing 2nd in the league.\n", ["35"]),
    ("The Suwon Titans have become the city's favourite team. The team won 33 of its 54 regular-season games, "
     "finishing 2nd in the league.\n", []),
])
def test_a_korean_and_an_english_team_meet_through_their_whole_names(tmp_path: Path, english: str, found: list[str],
                                                                      ruleset) -> None:  # type: ignore[no-untyped-def]
    assert contradicted(tmp_path, KO_ARTICLE, english, ruleset) == found
