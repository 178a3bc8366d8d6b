"""A headline that repeats a failing statement's result is reported too (s20-arith4; fresh A2, fresh4 A1 and fresh20
A3 each repeat the body's wrong figure in the title or subtitle).

Paraphrases in both languages, and hard negatives: the body's statement holds, the headline's figure is an operand
(the level, not the rate), another figure of the same value with a phrase naming nothing of the body's line, a
headline with two failing results of one value.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint

REPEATS = [
    ("Gaon Bio quarterly revenue rises {}, beats forecasts\nSEOUL, March 13 - Gaon Bio said its quarterly revenue rose "
     "{} to 312.4 billion won from 288.1 billion won a year earlier.\n", "8.4%", "4%"),
    ("가람도 8월 관광객 152만 3천 명…전년 동월 대비 {} 증가\n입력 2024.09.12 10:30\n가람도는 8월 관광객이 152만 3천 명으로 "
     "전년 동월(138만 명) 대비 {} 증가했다고 12일 밝혔다.\n", "10.4%", "12.4%"),
    ("제3회 하람축제, 관광객 18만 2,000명 찾아\n- 경제 효과 96억 원…외지 관광객 {} 차지\n하람군은 축제에 관광객 18만 2,000명이 "
     "다녀갔다고 밝혔다.\n방문객 가운데 외지 관광객은 12만 7,400명으로 전체의 {}를 차지했다.\n", "70%", "80%"),
]


@pytest.mark.parametrize("template,right,wrong", REPEATS)
def test_the_headline_of_a_failing_statement_fails(template: str, right: str, wrong: str) -> None:
    text = template.format(wrong, wrong)
    messages = [f.message for f in lint(text, "arithmetic")[1]]
    assert len(messages) == 2 and sum(m.startswith("the headline repeats") for m in messages) == 1, messages
    text = template.format(right, right)
    assert lint(text, "arithmetic")[1] == []


NEGATIVES = [
    # the headline's figure is the statement's operand, not its result
    "가람도 8월 관광객 138만 명 넘어\n가람도는 8월 관광객이 152만 3천 명으로 전년 동월(138만 명) 대비 12.4% 증가했다고 밝혔다.\n",
    # a headline figure of the same value whose phrase names nothing of the failing line
    "Seoha Port handles 4% more ships, Gaon Bio steady\nGaon Bio said its quarterly revenue rose 4% to 312.4 billion won "
    "from 288.1 billion won a year earlier.\n",
    # s20 review: the headline's figure measures another thing than the failing statement (the share price, the room
    # rate), with the company's or the island's name shared
    "# Cellonix shares rise 4% after results\n\nCellonix said on Tuesday its fourth-quarter revenue rose 4% to 312.4 "
    "billion won from 288.1 billion won a year earlier.\n",
    "# 담라도 숙박 요금 12% 올라…8월 관광객 152만 명\n\n담라도를 찾은 관광객은 8월 152만 3천 명으로 전년 동월 138만 명보다 "
    "12% 증가했다.\n\n담라도 숙박 요금은 평균 12% 올랐다고 도는 밝혔다.\n",
    "Gaon Bio stock jumps 4% on results\nGaon Bio said its quarterly revenue rose 4% to 312.4 billion won from 288.1 "
    "billion won a year earlier.\n",
    "가람도 호텔 객실 가격 12.4% 상승\n가람도는 8월 관광객이 152만 3천 명으로 전년 동월(138만 명) 대비 12.4% 증가했다고 밝혔다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_headline_finding_for_another_figure(text: str) -> None:
    messages = [f.message for f in lint(text, "arithmetic")[1]]
    assert not any(m.startswith("the headline repeats") for m in messages), messages
