"""Korean shares whose whole is stated earlier with another wording (s20-arith4; tests/gold/README.md "fresh19 and
fresh20").

- "<owner> 전체 <noun>의 P%": the owner's total of the noun named in full, so the one value stated earlier in the
  article with that noun, in another paragraph too: "지난해 수출은 41억 달러로 사상 최대였다. ¶ … 수출액은 12억 3천만
  달러로, 온해 전체 수출의 35%를 차지한다" is 30% (fresh19 A5);
- "<noun> 가운데 <part>은 N으로 전체의 P%" where the noun before 가운데 names no value stated earlier and the part's own
  noun does: "관광객 18만 2,000명이 다녀간 … 방문객 가운데 외지 관광객은 12만 7,400명으로 전체의 80%" is 70% (fresh20 A3).

Paraphrases on other topics right and wrong (the same share with another rounding), then hard negatives: a share of
another whole (two values of the noun, another owner, another period), a goal share, a share of a subset.
"""

from __future__ import annotations

import pytest
from statement_helpers import right_and_wrong, verdicts

SHARES = [
    ("온해의 '배터리 실험'\n\n지난해 수출은 41억 달러로 사상 최대였다.\n\n성과의 중심에는 청람소재가 있다. 이 회사가 지난해 올린 수출액은 12억 3천만 "
     "달러로, 온해 전체 수출의 {}를 차지한다.\n", "30%", "35%"),
    ("온해시의 수출 동향\n\n지난해 수출은 41억 달러로 사상 최대였다.\n\n이 회사가 지난해 올린 수출액은 12억 3천만 달러로, 온해 전체 수출의 {}를 "
     "차지한다.\n", "약 30%", "약 35%"),
    ("가람군의 올해 관광객은 52만 명으로 집계됐다.\n\n축제 기간에 찾은 관광객은 13만 명으로, 가람군 전체 관광객의 {}에 "
     "해당한다.\n", "25%", "30%"),
    ("하송군은 축제에 관광객 18만 2,000명이 다녀갔다고 밝혔다.\n이는 지난해(15만 명)보다 21.3% 늘어난 것이다.\n방문객 가운데 "
     "외지 관광객은 12만 7,400명으로 전체의 {}를 차지했다.\n", "70%", "80%"),
    ("올해 박람회에는 관람객 3만 2,000명이 다녀갔다.\n참가자 가운데 외국인 관람객은 8,000명으로 전체의 {}를 차지했다.\n",
     "25%", "35%"),
]
RIGHT, WRONG = right_and_wrong(SHARES)


@pytest.mark.parametrize("text", RIGHT)
def test_right_shares_hold(text: str) -> None:
    held, found = verdicts(text, "arithmetic", ("share",))
    assert held == ["holds"] and found == [], (held, found)


@pytest.mark.parametrize("text", WRONG)
def test_wrong_shares_fail(text: str) -> None:
    held, found = verdicts(text, "arithmetic", ("share",))
    assert held == ["fails"] and len(found) == 1, (held, found)


NEGATIVES = [
    # two values of the noun stated earlier: which is the whole is not said
    "2023년 수출은 35억 달러였다. 지난해 수출은 41억 달러였다.\n\n이 회사의 수출액은 12억 3천만 달러로, 온해 전체 수출의 35%를 "
    "차지한다.\n",
    # another owner's value of the noun
    "벌담시의 지난해 수출은 41억 달러였다.\n\n이 회사가 지난해 올린 수출액은 12억 3천만 달러로, 온해 전체 수출의 35%를 차지한다.\n",
    "벌담시는 지난해 수출이 41억 달러였다.\n\n이 회사가 지난해 올린 수출액은 12억 3천만 달러로, 온해 전체 수출의 35%를 차지한다.\n",
    # another period
    "2023년 수출은 41억 달러였다.\n\n이 회사가 지난해 올린 수출액은 12억 3천만 달러로, 온해 전체 수출의 35%를 차지한다.\n",
    # a goal share
    "지난해 수출은 41억 달러였다.\n\n이 회사는 수출액을 20억 달러로 늘려 온해 전체 수출의 60%를 차지한다는 목표다.\n",
    # a share of a subset: the part of the part's own figure
    "하송군은 축제에 관광객 18만 2,000명이 다녀갔다고 밝혔다.\n외지 관광객은 12만 7,400명이었다. 이들 가운데 외국인 관광객은 "
    "4,300명으로, 이들의 10%를 차지했다.\n",
    # the noun before 가운데 names a value of its own: that is the whole, not the part's noun's
    "축제에 관광객 18만 2,000명이 다녀갔다. 방문객은 20만 명이었다.\n방문객 가운데 외지 관광객은 12만 7,400명으로 전체의 63.7%를 "
    "차지했다.\n",
    # two values of the part's noun stated earlier
    "지난해 축제 관광객은 15만 명이었다. 올해 축제 관광객은 18만 2,000명이었다.\n방문객 가운데 외지 관광객은 12만 7,400명으로 "
    "전체의 80%를 차지했다.\n",
    # s20 review: an owner the article never names with the whole (the whole's clause names none, nor does the text
    # before it), and a whole of another year in another block; with paraphrases
    "# 해밀식품, 지난해 수출 사상 최대\n\n해밀식품의 지난해 매출은 3,200억 원이었다. 지난해 수출은 4억 1천만 달러로 사상 "
    "최대였다.\n\n이 가운데 미국 수출액은 1억 2천만 달러로, 한국 전체 수출의 0.02%를 차지한다.\n",
    "가람전자의 지난해 수출은 30억 달러였다.\n\n이 가운데 유럽 수출액은 6억 달러로, 경기도 전체 수출의 3%를 차지한다.\n",
    "# 하송야생차축제 폐막\n\n지난해 축제에는 관광객 15만 명이 다녀갔다.\n\n올해 축제 방문객 가운데 외지 관광객은 12만 명으로 "
    "전체의 70%를 차지했다.\n",
    "2024년 박람회에는 관람객 4만 명이 다녀갔다.\n\n2025년 박람회 참가자 가운데 외국인 관람객은 1만 명으로 전체의 20%를 "
    "차지했다.\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_share_of_another_whole(text: str) -> None:
    held, found = verdicts(text, "arithmetic", ("share",))
    assert found == [], (held, found)
