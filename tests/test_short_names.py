"""fresh8 C3 (issue #14): "단월군은 이번 축제 기간 방문객이 62만 3천여 명" and "군 내부 집계로는 축제장을 찾은 인원이
48만여 명": the festival's own period is no part of the measure, a bare noun of people after a relative clause of
visiting counts visitors, and a tally named after the county ("군 내부 집계") is the county's, no source of its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factlint.binding.names import SHORT_FORM
from factlint.checks.contradiction import _named_source
from tests.test_compound_topics import owner_of  # (entity, attribute) of a figure, or None
from tests.test_own_phrase import bound, ruleset  # noqa: F401  (the pack's fixture and the figures of a text)

REPO = Path(__file__).resolve().parent.parent

# the visited place a name: its people are its visitors, whatever the bare noun
HALL = """솔뫼군 문화 소식

입력 2026.03.02 09:00

솔뫼군은 올해 문화관 운영을 늘렸다. 지난해 솔뫼문화관을 찾은 사람은 9만 명이었다.
"""
FAIR = """가람군 소식

입력 2026.03.02 09:00

가람군은 올해 축제 예산을 늘렸다. 올해 가람축제를 방문한 인파는 31만 명으로 집계됐다.
"""
# hard negatives: no visit (the people of a place are not its visitors), a count of staff, a clause of another verb
STAFF = """솔뫼군 문화 소식

입력 2026.03.02 09:00

솔뫼문화관은 지난해 직원을 늘렸다. 솔뫼문화관에서 일하는 인원은 45명이다.
"""
BUILT = """솔뫼군 문화 소식

입력 2026.03.02 09:00

솔뫼문화관을 지은 인원은 300명이다.
"""


@pytest.mark.parametrize("text, figure, expected", [
    (HALL, "9만 명", ("솔뫼문화관", "방문객")),
    (FAIR, "31만 명", ("가람축제", "방문객")),
])
def test_people_a_visiting_clause_describes_are_visitors(text: str, figure: str, expected: tuple[str, str],
                                                         ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == expected


@pytest.mark.parametrize("text, figure", [(STAFF, "45명"), (BUILT, "300명")])
def test_people_of_another_clause_are_no_visitors(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = owner_of(text, figure, ruleset)
    assert got is None or got[1] != "방문객"


COLUMN = """[칼럼] 단월군의 겨울

윤재석 연구위원 | 2025년 2월 5일

단월군은 1970년대만 해도 탄광 지역이었다. 단월얼음축제는 올해 12회째다. {tally} 단월얼음축제 방문객이 48만여 명에 불과하다.
"""
# another county named beside it: whose tally a bare 군 is, is not written
TWO_COUNTIES = COLUMN.replace("탄광 지역이었다.", "청봉군과 함께 탄광 지역이었다.")


def attribution_of(text: str, figure: str, ruleset) -> str | None:  # type: ignore[no-untyped-def]
    c = bound(text, ruleset)[figure].claim
    assert c is not None
    return c.attribution


@pytest.mark.parametrize("tally, source", [
    ("군 내부 집계로는", "단월군"),  # the bare head is the article's one county; 내부 only says how it was kept
    ("군 자체 추산으로는", "단월군"),
    ("단월군 집계로는", "단월군"),
    ("관광협회 추산으로는", "관광협회"),
    ("집계로는", None),  # whose tally is not written: no source
    ("이번 조사에서는", None),  # which tally, not whose
    ("지난해 집계로는", None),
])
def test_a_tally_is_kept_by_the_body_written_before_it(tally: str, source: str | None, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert attribution_of(COLUMN.format(tally=tally), "48만여 명", ruleset) == source


def test_a_bare_county_of_an_article_naming_two_stays_bare(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert attribution_of(TWO_COUNTIES.format(tally="군 내부 집계로는"), "48만여 명", ruleset) == "군"


@pytest.mark.parametrize("source, named", [
    ("단월군 내부 집계", "단월군"),  # a tally is no source's name
    ("시장조사업체 카운터리서치", "카운터리서치"),  # the descriptor before the name, as before
    ("관광협회 추산", "관광협회"),
    ("집계", "집계"),  # nothing else written: the word stays (no source to compare)
])
def test_the_named_source_reads_past_a_tally(source: str, named: str) -> None:
    assert _named_source(source) == named


# fresh8 C3's column, in other words: a question about a compound, answered by the sentence after it
QUESTION = """[칼럼] {place}의 겨울

윤재석 연구위원 | 2025년 2월 5일

{place}은 1970년대만 해도 탄광 지역이었다. {stem}터널 공사가 시작됐고, 2014년 첫 축제 이후 관광객이 늘었다.

{question} 군 내부 집계로는 올해 축제장을 찾은 인원이 48만여 명에 불과하다.
"""


def claim_of(text: str, figure: str, ruleset):  # type: ignore[no-untyped-def]
    return bound(text, ruleset)[figure].claim


@pytest.mark.parametrize("place, question, entity", [
    ("단월군", "올겨울 얼음축제는 어땠나.", "단월얼음축제"),
    ("단월군", "올해 얼음축제는 어땠을까?", "단월얼음축제"),
    ("가람군", "지난달 빙어축제는 성공했나.", "가람빙어축제"),
])
def test_a_question_about_a_compound_owns_the_answer_as_the_place_s_thing(place: str, question: str, entity: str,
                                                                          ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(QUESTION.format(place=place, stem=place[:2], question=question), "48만여 명", ruleset)
    assert c is not None and (c.entity, c.attribute, c.how) == (entity, "방문객", SHORT_FORM)


@pytest.mark.parametrize("place, question", [
    ("단월군", "올겨울 얼음축제는 어땠다."),  # no question
    ("단월군", "군수는 어땠나."),  # the place's office, no thing of it
    ("단월군", "김하람은 어땠나."),  # a person: no kind the text writes alone
    ("단월군", "주민들은 어땠나."),
    ("단월군과 청봉군", "올겨울 얼음축제는 어땠나."),  # two counties: whose festival is not written
])
def test_no_short_form_where_the_question_names_no_one_place_s_thing(place: str, question: str,
                                                                      ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(QUESTION.format(place=place, stem=place[:2], question=question), "48만여 명", ruleset)
    assert c is None or c.how != SHORT_FORM


# --- across articles: the column's short form meets the news's name (the lint run) ---------------------------

LOCAL = """{place}빙어축제 15일간 31만명 발길

({place}=연합뉴스) 한서윤 기자 = 강원 {place}군의 겨울 대표 축제인 제9회 {place}빙어축제가 15일간의 일정을 마치고 20일 폐막했다.

{place}군은 이번 축제 기간 방문객이 31만 2천여 명으로 집계됐다고 21일 밝혔다.

군은 내년 제10회 축제 방문객 목표를 40만 명으로 잡았다.

2025/01/21 10:15 송고
"""
COLUMN_LINT = """[칼럼] 가람군의 갈림길

오세진 지역연구소 연구위원 | 2025년 2월 10일

가람군은 한때 광산 지역이었다.{other} 가람터널 공사는 아직 끝나지 않았다.

올겨울 빙어축제는 어땠나. 군 내부 집계로는 축제장을 찾은 인원이 {value}에 그쳤다. 2015년 첫 축제 이후 누적 방문객은 300만 명을 넘었다.
"""


def _lint(tmp_path: Path, local: str, column: str) -> list[str]:
    (tmp_path / "local.txt").write_text(local, encoding="utf-8")
    (tmp_path / "column.txt").write_text(column, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", "--no-cache", "--no-source", "--no-default-rules",
                          "--rules", str(REPO / "rules"), str(tmp_path)], capture_output=True, text=True, cwd=REPO)
    return [line for line in run.stdout.splitlines() if "contradiction]" in line]


def test_the_column_s_short_form_contradicts_the_news_name(tmp_path: Path) -> None:
    found = _lint(tmp_path, LOCAL.format(place="가람"), COLUMN_LINT.format(other="", value="24만여 명"))
    # one finding: the visitors of 2025; neither the cumulative 300만 nor next year's goal of 40만 is compared
    assert len(found) == 1 and "가람빙어축제 · visitors for 2025" in found[0] and "24만여 명" in found[0], found


@pytest.mark.parametrize("local, other, value", [
    ("가람", "", "31만여 명"),  # the same count, rounded
    ("청봉", "", "24만여 명"),  # the corpus names 청봉빙어축제 only: no name confirms 가람빙어축제
    ("가람", " 이웃 청봉군과 함께 석탄을 캤다.", "24만여 명"),  # the column names two counties: whose festival?
])
def test_no_contradiction_where_the_short_form_is_unconfirmed_or_agrees(tmp_path: Path, local: str, other: str,
                                                                          value: str) -> None:
    assert _lint(tmp_path, LOCAL.format(place=local), COLUMN_LINT.format(other=other, value=value)) == []


def test_two_short_forms_confirm_no_name(tmp_path: Path) -> None:
    # two columns both read 빙어축제 as 가람빙어축제: no article writes the name, so neither is compared
    other = COLUMN_LINT.format(other="", value="31만여 명").replace("2025년 2월 10일", "2025년 2월 12일")
    assert _lint(tmp_path, other, COLUMN_LINT.format(other="", value="24만여 명")) == []


@pytest.mark.parametrize("dated, question, period", [
    ("2025년 2월 5일", "올겨울 얼음축제는 어땠나.", "2025"),  # the winter ending in the article's year
    ("2024년 12월 20일", "올겨울 얼음축제는 어땠나.", None),  # a winter running into the next year: which, unwritten
    ("2025년 8월 5일", "올여름 얼음축제는 어땠나.", "2025"),
    ("2025년 2월 5일", "얼음축제는 어땠나.", None),  # no time written
])
def test_the_question_s_season_dates_its_answer(dated: str, question: str, period: str | None,
                                                ruleset) -> None:  # type: ignore[no-untyped-def]
    text = QUESTION.format(place="단월군", stem="단월", question=question).replace("2025년 2월 5일", dated)
    c = claim_of(text.replace("올해 축제장을", "축제장을"), "48만여 명", ruleset)
    assert c is not None and c.how == SHORT_FORM and c.period == period


@pytest.mark.parametrize("words, period", [
    ("이번 축제 기간 방문객이", "2025"),  # this edition of the claim's own event: the article's year
    ("이번 조사에서 축제 방문객이", None),  # another noun than the event's: no year
    ("축제 기간 방문객이", None),
])
def test_this_edition_of_the_entity_s_event_is_the_article_s_year(words: str, period: str | None,
                                                                  ruleset) -> None:  # type: ignore[no-untyped-def]
    text = LOCAL.format(place="가람").replace("이번 축제 기간 방문객이", words)
    c = claim_of(text, "31만 2천여 명", ruleset)
    assert c is not None and c.entity == "가람빙어축제" and c.period == period


def test_the_short_form_meets_only_its_own_place_s_name(tmp_path: Path) -> None:
    # the corpus names two festivals ending in 빙어축제: the column on 가람군 meets 가람빙어축제 only (청봉's 24만여 명
    # agrees with nothing it is compared with)
    (tmp_path / "other.txt").write_text(LOCAL.format(place="청봉").replace("31만 2천여 명", "24만 1천여 명"), encoding="utf-8")
    found = _lint(tmp_path, LOCAL.format(place="가람"), COLUMN_LINT.format(other="", value="24만여 명"))
    assert len(found) == 1 and "가람빙어축제" in found[0] and "청봉" not in found[0], found
