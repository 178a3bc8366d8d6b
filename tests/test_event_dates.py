"""The date of one edition of a recurring event, written before its name or as a field under its heading (issue #14).

"10월 19일 열리는 제5회 청람국제마라톤" and "- **일시**: 2025년 10월 19일" under "# 제5회 청람국제마라톤 참가 안내" are
that edition's date, as "'제5회 X'를 10월 19일 개최한다" is (binding/editions.py): the series with scope
"edition N", attribute 개최. A registration deadline, another edition's heading, a past edition's heading, a
verb that is no holding and a date far from the name are no such claim.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config.rules import load_rules
from factlint.model import Claim

from tests import binding_helpers

REPO = Path(__file__).resolve().parent.parent
DATELINE = "입력 2025.09.02 10:00\n"


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def held(text: str, ruleset, name: str = "a.txt") -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(c.entity, c.scope, c.quantity.text) for b in binding_helpers.bound(text, ruleset, name)
            if isinstance(c := b.claim, Claim) and c.attribute == "개최"]


@pytest.mark.parametrize("sentence, series, n, date", [
    ("10월 19일 열리는 제5회 청람국제마라톤에는 1만 2천여 명이 참가한다.", "청람국제마라톤", 5, "10월 19일"),
    ("지난 3일 개막한 제12회 한결빛축제는 오는 5일까지 이어진다.", "한결빛축제", 12, "지난 3일"),
    ("오는 4월 10일 다온시네마에서 개최되는 '제3회 다온영화제'의 개막작이 공개됐다.", "다온영화제", 3, "4월 10일"),
    ("10월 19일 오전 8시 청람종합운동장에서 열리는 제5회 청람국제마라톤대회를 앞두고 교통이 통제된다.", "청람국제마라톤", 5, "10월 19일"),
])
def test_a_date_before_the_name_in_an_adnominal_clause_is_the_editions(sentence: str, series: str, n: int, date: str,
                                                                     ruleset) -> None:  # type: ignore[no-untyped-def]
    found = held(DATELINE + sentence + "\n", ruleset)
    assert len(found) == 1 and found[0][:2] == (series, f"edition {n}") and date.endswith(found[0][2].split()[-1])


@pytest.mark.parametrize("sentence", [
    "8월 29일 마감되는 제5회 청람국제마라톤 참가 신청에 1만 명이 몰렸다.",  # a deadline: no verb of holding
    "10월 19일 열리는 청람국제마라톤에는 1만 2천여 명이 참가한다.",  # no edition's number: the series is held every year
    "10월 19일 열리는 제5회 대회에는 1만 2천여 명이 참가한다.",  # a common noun, no series' name
    "14일 열린 제12회 전국수영선수권대회 남자 자유형 200m 결승에서 한국신기록이 나왔다.",  # the final's day
    "10월 19일 기자회견을 열고 발표한 뒤 제5회 청람국제마라톤 준비에 들어갔다.",  # the date is another verb's
])
def test_no_edition_date_without_holding_edition_and_name(sentence: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert held(DATELINE + sentence + "\n", ruleset) == []


GUIDE = """# 제5회 청람국제마라톤 참가 안내

> 최종 수정: 2025년 9월 5일 | 청람시 체육진흥과

## 대회 개요

- **일시**: 2025년 10월 19일(일) 오전 8시 출발
- **참가 신청 마감**: 2025년 8월 29일
"""

FILM = """# 제7회 서하바다영화제 관람 안내

* 개최일: 2025년 11월 6일(목)~11월 12일(수)
* 상영작: 32개국 118편
"""


def test_a_when_field_under_a_heading_naming_an_edition_is_its_date(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert held(GUIDE, ruleset, "g.md") == [("청람국제마라톤", "edition 5", "2025년 10월 19일")]
    found = held(FILM, ruleset, "f.md")
    assert len(found) == 1 and found[0][:2] == ("서하바다영화제", "edition 7") and found[0][2].startswith("2025년 11월 6일")


@pytest.mark.parametrize("page", [
    # a past edition's heading, another edition's heading, a page naming no edition
    "# 제5회 청람국제마라톤 참가 안내\n\n## 지난 대회 기록\n\n- **일시**: 2024년 10월 20일(일)\n",
    "# 제5회 청람국제마라톤 참가 안내\n\n## 제4회 대회 결과\n\n- **일시**: 2024년 10월 20일(일)\n",
    "# 청람국제마라톤 참가 안내\n\n- **일시**: 2025년 10월 19일(일)\n",
    "# 제5회 청람국제마라톤 참가 안내\n\n- **일시**: 미정 (2025년 10월 중 발표)\n",  # no date opens the field
])
def test_a_when_field_of_no_edition_is_no_claim(page: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert held(page, ruleset, "p.md") == []
