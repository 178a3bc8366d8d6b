"""A game's margin written for its score (s20-arith4, fresh20 A5: "beating the Busan Harbor Hawks 88-79 … The win, a
12-point margin," is 9 points).

Paraphrases right and wrong in both languages (a score with a hyphen, 대, a colon; the margin after the score in its
sentence, or in the next sentence or block), then hard negatives: a record, a half-time score beside the final one, two
games, a margin of another game's time, a gap in the standings, a margin hoped for, a season's years.
"""

from __future__ import annotations

import pytest
from statement_helpers import right_and_wrong, verdicts

MARGINS = [
    ("HASONG - The Green Waves beat the Harbor Hawks 88-79 on Thursday.\nThe win, a {} margin, lifted them to 36-18.\n",
     "9-point", "12-point"),
    ("The Tides beat the Hawks 101-95 on Sunday, a {} margin.\n", "6-point", "8-point"),
    ("The Tides won by {}, 70-66, at home on Sunday.\n", "4 points", "6 points"),
    ("Seoha FC defeated Beoldam United 3-1 on Saturday. The margin was {} goals.\n", "two", "three"),
    ("가람은 20일 홈경기에서 하람을 88-79로 꺾었다. {} 차 승리였다.\n", "9점", "12점"),
    ("가람은 20일 하람과의 홈경기에서 88 대 79로 이겨 {} 차 승리를 거뒀다.\n", "9점", "12점"),
    ("누리 FC는 10일 홈경기에서 부산을 2:1로 꺾었다. {} 차 승리다.\n", "1골", "2골"),
    ("직조스는 11일 대전 한빛을 31-27로 이겼다. 직조스는 이날 {} 차로 이기며 2연승을 달렸다.\n", "4골", "6골"),
    ("The Tides beat the Hawks 88-79 on Sunday, winning by {}.\n", "9 points", "12 points"),
]
RIGHT, WRONG = right_and_wrong(MARGINS)


@pytest.mark.parametrize("text", RIGHT)
def test_right_margins_hold(text: str) -> None:
    held, found = verdicts(text, "arithmetic", ("difference",))
    assert held == ["holds"] and found == [], (held, found)


@pytest.mark.parametrize("text", WRONG)
def test_wrong_margins_fail(text: str) -> None:
    held, found = verdicts(text, "arithmetic", ("difference",))
    assert held == ["fails"] and len(found) == 1, (held, found)


NEGATIVES = [
    # a record, not a score
    "The Falcons went 21-7 this season. The win, a 12-point margin, was their biggest.\n",
    "The Green Waves improved to 36-18 with the win, a 12-point margin.\n",
    # a half-time score beside the final one, and two games
    "The Tides led 45-30 at half-time and beat the Hawks 88-79, a 12-point margin.\n",
    "The Tides beat the Hawks 88-79 and lost to the Owls 70-75. The win was a 12-point margin.\n",
    # a margin of another game's time
    "The Tides beat the Hawks 88-79 on Sunday.\nOn Friday they won by 12 points.\n",
    "가람은 20일 하람을 88-79로 꺾었다. 지난 13일에는 누리를 12점 차로 이겼다.\n",
    # a gap in the standings, not the game's margin
    "누리는 10일 부산을 2-1로 꺾었다. 5위 부천FC(승점 56)와는 불과 3점 차로 밀렸다.\n",
    "The Tides beat the Hawks 88-79 and now lead the standings by 12 points.\n",
    # a margin hoped for
    "The Tides beat the Hawks 88-79. Next time they plan to win by 12 points.\n",
    # a season's years and a date are no score; a score in a sentence with no game
    "In the 2024-25 season the Tides won by 12 points on average.\n",
    "The arena seats 88-79 rows. The win, a 12-point margin, came later.\n",
    # a goal difference of a season, not the score's
    "The Tides beat the Hawks 3-1 and finished with a 12-goal margin over the season.\n",
]

# Hard negatives of the s20 review (/tmp/rev20/margin): another game's margin in the score's sentence (item 1), and a
# margin in a later sentence or block that does not refer back to the game (item 2); with paraphrases
OTHER_GAMES = [
    "The Seoul Hawks beat the Busan Owls 88-79 on Saturday, their biggest win since a 30-point victory over Daegu in 2019.\n",
    "The Hawks, who beat the Owls 88-79, had lost by 12 points to the Eagles.\n",
    "하람은 18일 부산을 88-79로 꺾고 지난달 20점 차 패배를 설욕했다.\n",
    "The Tides beat the Hawks 101-95 on Sunday after a 20-point loss to the Owls.\n",
    "The Tides beat the Hawks 101-95, a week after a 20-point defeat in Daegu.\n",
    "가람은 20일 하람을 88-79로 이겨 작년 12점 차 패배를 갚았다.\n",
    "The Hawks beat the Owls 88-79. The Owls had won by 15 points when the teams last met.\n",
    "The Seoul Hawks beat the Busan Owls 88-79 on Saturday.\n\nIn March, the Hawks won by 20 points at home.\n",
    "The Hawks beat the Owls 88-79. Kim's side has now won by 10 points or more five times.\n",
    "하람은 부산을 88-79로 이겼다. 하람은 앞서 원정에서 20점 차로 졌다.\n",
    "하람은 부산을 88-79로 꺾었다. 하람은 이번 경기를 포함해 최근 다섯 경기에서 평균 15점 차 승리를 거뒀다.\n",
    "하람은 부산을 88-79로 꺾었다. 지난 3월 맞대결에서는 하람이 20점 차로 이겼다.\n",
    "The Tides beat the Hawks 88-79. The Owls won by 12 points too.\n",
    "직조스는 11일 대전 한빛을 31-27로 이겼다. 누리는 6골 차로 졌다.\n",
]


@pytest.mark.parametrize("text", OTHER_GAMES)
def test_no_margin_of_another_game(text: str) -> None:
    held, found = verdicts(text, "arithmetic", ("difference",))
    assert found == [], (held, found)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_margin_of_another_score(text: str) -> None:
    held, found = verdicts(text, "arithmetic", ("difference",))
    assert found == [], (held, found)


def test_a_score_read_as_a_range_is_a_score() -> None:
    """"lost to the Owls 70-75": the extractor reads a pair with the smaller number first as a range."""
    held, found = verdicts("The Tides lost to the Owls 70-75 on Sunday, a 5-point margin.\n", "arithmetic", ("difference",))
    assert held == ["holds"] and found == [], (held, found)
    held, found = verdicts("The Tides lost to the Owls 70-75 on Sunday, a 7-point margin.\n", "arithmetic", ("difference",))
    assert held == ["fails"], (held, found)
