"""Claim-table precision, session 17 (issue #14): wrong claims pooled over the dev group, each removed by a guard
about structure, written here as paraphrases on other topics with hard negatives beside them.

- an English sentence that opens with one capitalised word the text never writes capitalised inside a sentence
  ("Seating is generous …: 1,200 spectator seats", "Attendance has grown … to 10,530") has a common noun for its
  subject, no name: it owns no figure, whichever subject pattern read it (fresh8, fresh14, fresh11);
- a table's total row ("| 합계 | 2,380 |") under a heading or caption that says its rows are a selection ("## 주요
  저수지 저수율", "**주요 체육시설 이용객**", "## 3개 도서관 장서") is the total of those rows, not the title's whole (fresh7, fresh13), as it is
  already under a title that says so;
- a Korean figure glued to 당 ("per": "3.3㎡당", "1,000명당", "10a당") is the denominator of a rate, whatever its value,
  no amount of its own, as "1인당" already was (fresh14; the shape is in five dev sets)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_owners import ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of
from tests.test_table_claims import claims, of


@pytest.mark.parametrize("text, figure, noun", [
    ("The Harbour Arena opened in May.\n\nSeating is generous for a venue this size: 1,200 spectator seats.\n",
     "1,200", "Seating"),
    ("The Riverside Library reopened last month.\n\nAttendance has grown week on week, reaching 4,300 visitors "
     "by the third week.\n", "4,300", "Attendance"),
    ("Work on the Danhae Bridge resumed in March.\n\nCompletion is now set for 2028, with 2,400 workers on site.\n",
     "2,400", "Completion"),
    ("The new terminal handled its first flights on Monday.\n\nParking is limited to 640 spaces, the operator said.\n",
     "640", "Parking"),
    ("The county's bus network was redesigned in 2024.\n\nRidership rose to 3.4 million passengers last year.\n",
     "3.4 million", "Ridership"),
    ("The school merged with its neighbour in 2021.\n\nEnrolment has risen to 1,850 pupils since then.\n",
     "1,850", "Enrolment"),
])
def test_a_capitalised_common_noun_opening_the_sentence_owns_no_figure(text: str, figure: str, noun: str,
                                                                       ruleset: Any) -> None:
    found = claim_of(text, figure, ruleset)
    assert found is None or found[0] != noun


@pytest.mark.parametrize("text, figure, owner", [
    # a one-word name the text also writes inside a sentence ("shares in Haemil"), an acronym, a name of two words
    ("Investors bought shares in Haemil after the results.\n\nHaemil has 1,200 employees at two plants.\n",
     "1,200", "Haemil"),
    ("British Airways (BA) reported its results on Friday.\n\nBA has cut 13,000 jobs since 2001.\n",
     "13,000", "BA"),
    ("Cheongsol United finished third last season.\n\nCheongsol United has 8,400 members this year.\n",
     "8,400", "Cheongsol United"),
])
def test_a_name_opening_the_sentence_still_owns_its_figure(text: str, figure: str, owner: str, ruleset: Any) -> None:
    found = claim_of(text, figure, ruleset)
    assert found is not None and found[0] == owner


def _table(title: str, caption: str, head: str, rows: list[str], body: str = "") -> str:
    columns = head.count("|") - 1
    return f"# {title}\n\n{caption}\n\n{head}\n|{'---|' * columns}\n" + "\n".join(rows) + "\n" + body


# (each page's body names the title's subject, so that the title reads as a name that may own the table's whole)
@pytest.mark.parametrize("text, figures, title_entity", [
    (_table("청솔군 가뭄 대응 현황", "## 주요 저수지 저수율", "| 저수지 | 총저수량(만 톤) | 저수율(%) |",
            ["| 은빛저수지 | 1,450 | 31.2 |", "| 솔내저수지 | 620 | 41.0 |", "| 합계 | 2,070 | 34.1 |"],
            "\n청솔군은 제한급수를 하고 있다.\n"),
     ("2,070", "34.1"), "청솔군"),
    (_table("해밀시 관광 동향", "## 상위 관광지 현황", "| 관광지 | 방문객(만 명) | 객실(실) |",
            ["| 해밀온천 | 41.2 | 320 |", "| 해밀산성 | 18.3 | 45 |", "| 합계 | 59.5 | 365 |"],
            "\n해밀시는 관광객 유치에 나섰다.\n"),
     ("59.5", "365"), "해밀시"),
    (_table("서하군 체육시설 현황", "**주요 체육시설 이용객**", "| 시설 | 이용객(명) | 좌석(석) |",
            ["| 서하체육관 | 41,000 | 1,200 |", "| 서하수영장 | 88,000 | 400 |", "| 계 | 129,000 | 1,600 |"],
            "\n서하군은 체육시설을 늘린다.\n"),
     ("129,000", "1,600"), "서하군"),
    (_table("단월군 문화시설 통계", "## 단월군 3개 도서관 장서", "| 도서관 | 장서(권) | 이용자(명) |",
            ["| 단월도서관 | 412,300 | 21,300 |", "| 북면도서관 | 42,100 | 1,500 |", "| 합계 | 454,400 | 22,800 |"],
            "\n단월군은 도서관을 새로 짓는다.\n"),
     ("454,400", "22,800"), "단월군"),
])
def test_a_total_row_under_a_selecting_caption_is_not_the_titles_whole(text: str, figures: tuple[str, ...],
                                                                       title_entity: str, ruleset: Any) -> None:
    cs = claims(text, ruleset)
    for figure in figures:
        assert not [c for c in of(cs, figure) if c.entity == title_entity]


@pytest.mark.parametrize("text, figure, entity", [
    # a heading that selects nothing, or a line of prose above the table (which may say "주요" of something else):
    # the total is the title's whole, as before
    (_table("담라도 시·군 현황 (2024년)", "## 인구와 면적", "| 시·군 | 인구(명) | 면적(㎢) |",
            ["| 담라시 | 486,930 | 978.6 |", "| 서포군 | 195,480 | 870.7 |", "| **합계** | **682,410** | **1,849.3** |"],
            "\n담라도는 관광객 유치에 나섰다.\n"),
     "682,410", "담라도"),
    (_table("서진 도시철도 2024년 수송 실적", "서진교통공사가 집계한 실적이다. 시의 주요 교통수단이다.",
            "| 노선 | 영업거리 | 역 수 |",
            ["| 1호선 | 24.1km | 22개 |", "| 2호선 | 20.7km | 19개 |", "| 합계 | 44.8km | 41개 |"],
            "\n서진 도시철도는 2009년 개통했다.\n"),
     "44.8km", "서진 도시철도"),
])
def test_a_total_row_under_a_caption_that_selects_nothing_is_the_titles(text: str, figure: str, entity: str,
                                                                        ruleset: Any) -> None:
    cs = of(claims(text, ruleset), figure)
    assert cs and cs[0].entity == entity


# A figure glued to 당 ("per") is the denominator of a rate, whatever its value; the rate after it stays the claim
_PER_BASIS = "# 누리시 생활 통계\n\n누리시는 경북의 도시다.\n\n"


@pytest.mark.parametrize("sentence, basis, rate", [
    ("누리시 아파트 분양가는 3.3㎡당 평균 1,450만 원으로 집계됐다.", "3.3㎡", "1,450만 원"),
    ("누리시의 인플루엔자 의사환자분율은 외래 환자 1,000명당 13.6명이다.", "1,000명", None),
    ("누리시의 쌀 생산량은 10a당 495㎏으로 늘었다.", "10a", "495㎏"),
    ("누리시 관광객의 지출액은 100명당 4,200만 원이었다.", "100명", None),
    ("누리시 전력 요금은 100kWh당 1만 2천 원으로 올랐다.", "100kWh", None),
])
def test_a_figure_glued_to_per_is_a_rates_denominator(sentence: str, basis: str, rate: str | None,
                                                      ruleset: Any) -> None:
    text = _PER_BASIS + sentence + "\n"
    assert claim_of(text, basis, ruleset) is None
    if rate is not None:  # hard negative: the rate itself is still the sentence's claim
        assert claim_of(text, rate, ruleset) is not None
