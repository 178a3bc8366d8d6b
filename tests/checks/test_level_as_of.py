"""A table's reference time from its caption, source line or note (issue 14), and a level (a stock:
population, households, area) stated at a point in time against the same level stated for the year.

Tables and sentences written for this test (not the gold sets'): other cities, other measures, Korean
and English. A point in time is marked by the sentence's or the table's structure — 기준, 현재, 말 (end of),
"as of", "at the end of" — and "as of December 2025", "2025년 말", "12월 31일 기준" and a bare "2025년" are
one year-end level; a month named with no such mark is that month's flow ("12월 이용객", "in December …
handled"), which never meets the year's. Hard negatives: a mid-year level against a year-end one, a
month's flow against the year's total, two censuses, a column the caption does not name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from factlint.engine import run
from factlint.measures import year_part
from factlint.model import Claim
from tests.checks.test_bilingual import _findings as bilingual_findings, ruleset  # noqa: F401  (a fixture, used by name)
from tests.test_table_claims import claims as _claims


def _cell(cs: list[Claim], written: str) -> Claim:
    found = [c for c in cs if c.quantity.text == written]
    assert len(found) == 1, [(c.quantity.text, c.attribute) for c in cs]
    return found[0]


def _name(ko: str) -> str:
    """A Markdown file for a table (its title a heading), a plain text for prose (its first line the title)."""
    return "ko.md" if ko.startswith("#") else "ko.txt"


def _findings(tmp_path: Path, ruleset: Any, files: dict[str, str]) -> list[str]:
    """The bilingual rule's findings as "entity · measure figure" (test_bilingual's, without the file's name)."""
    return [found.split(" ", 1)[1] for found in bilingual_findings(tmp_path, ruleset, files)]


# --- a table's reference time ---------------------------------------------------------------------------

SOURCE_NAMES_COLUMNS = """# 충청북도 주요 시 기본 통계 (2024년)

> 자료: 충청북도 「2024 충북 통계연보」. 인구와 가구 수는 2024년 12월 31일 주민등록 기준.

| 시 | 인구(명) | 면적(㎢) | 가구 수 |
|---|---:|---:|---:|
| 청주시 | 851,430 | 940.3 | 389,210 |
| 충주시 | 208,310 | 983.7 | 98,420 |
"""

HEADING_YEAR_END = """# 전라남도 시 현황

## 시별 인구 (2023년 말 기준)

| 시 | 인구(명) | 면적(㎢) |
|---|---:|---:|
| 여수시 | 271,460 | 512.1 |
| 순천시 | 279,820 | 910.4 |
"""

NOTE_BELOW = """# 경상북도 주요 시 통계

| 시 | 인구(명) | 가구 수 |
|---|---:|---:|
| 포항시 | 495,120 | 226,300 |
| 구미시 | 405,930 | 178,450 |

주: 2024년 6월 30일 주민등록 기준.
"""

EN_CAPTION = """# Selected cities of Gangwon

Table 1. Population and households as of 31 December 2024

| City | Population | Area (km²) | Households |
|---|---:|---:|---:|
| Wonju | 361,240 | 867.3 | 163,870 |
"""

EN_CENSUS = """# Cities of Jeolla

| City | Population (2020 census) | Population (2015 census) |
|---|---:|---:|
| Mokpo | 218,310 | 233,120 |
"""


def test_a_source_line_gives_the_columns_it_names_their_reference_time(ruleset: Any) -> None:
    cs = _claims(SOURCE_NAMES_COLUMNS, ruleset)
    population, area, households = _cell(cs, "208,310"), _cell(cs, "983.7"), _cell(cs, "98,420")
    assert (population.attribute, population.reference, population.period) == ("인구", "2024-12-31", "2024")
    assert (households.reference, households.period) == ("2024-12-31", "2024")
    assert (area.reference, area.period) == (None, "2024")  # not named: only the title's year


def test_a_heading_year_end_applies_to_every_column(ruleset: Any) -> None:
    cs = _claims(HEADING_YEAR_END, ruleset)
    for written in ("271,460", "910.4"):
        assert (_cell(cs, written).reference, _cell(cs, written).period) == ("2023-12-31", "2023")


def test_a_note_below_the_table_gives_its_reference_time(ruleset: Any) -> None:
    cs = _claims(NOTE_BELOW, ruleset)
    assert (_cell(cs, "405,930").reference, _cell(cs, "405,930").period) == ("2024-06-30", "2024")
    assert _cell(cs, "178,450").reference == "2024-06-30"


def test_an_english_caption_names_its_columns(ruleset: Any) -> None:
    cs = _claims(EN_CAPTION, ruleset)
    assert _cell(cs, "361,240").reference == "2024-12-31"
    assert _cell(cs, "163,870").reference == "2024-12-31"
    assert _cell(cs, "867.3").reference is None


def test_two_censuses_are_two_periods(ruleset: Any) -> None:
    cs = _claims(EN_CENSUS, ruleset)
    assert (_cell(cs, "218,310").period, _cell(cs, "233,120").period) == ("2020", "2015")


# --- a level at a point in time meets the year's level; a month's flow does not ---------------------------

EN_WONJU_DEC = "Wonju\nAs of December 2024 Wonju had a population of 367,000.\n"
EN_WONJU_JUNE = "Wonju\nWonju had a population of 367,000 as of June 2024.\n"
EN_CHUNGJU_DEC = "Chungju\nAs of December 2024 Chungju had a population of 213,000 and 98,400 households.\n"


@pytest.mark.parametrize("ko, en, found", [
    # the table's source line: 인구 at 2024-12-31 against "as of December 2024"
    (SOURCE_NAMES_COLUMNS, EN_CHUNGJU_DEC, ["충주시 · population 208,310"]),
    # prose: "2024년 말 기준" (the year's end, no month) against "as of December 2024"
    ("원주시 인구\n2024년 말 기준 원주시 인구는 36만 1,200명이다.\n", EN_WONJU_DEC, ["원주시 · population 36만 1,200명"]),
    # prose: a day stated with 기준 (the year's last day)
    ("원주시 인구\n원주시 인구는 2024년 12월 31일 기준 36만 1,200명이다.\n", EN_WONJU_DEC, ["원주시 · population 36만 1,200명"]),
    # prose: "12월 말" (the end of December) against "at the end of 2024"
    ("원주시 인구\n원주시의 2024년 12월 말 인구는 36만 1,200명으로 집계됐다.\n",
     "Wonju\nWonju had a population of 367,000 at the end of 2024.\n", ["원주시 · population 36만 1,200명"]),
    # a bare year's level (a year-end level) against "as of December"
    ("원주시 인구\n원주시의 2024년 인구는 36만 1,200명이다.\n", EN_WONJU_DEC, ["원주시 · population 36만 1,200명"]),
    # a heading "(2023년 말 기준)" against "as of December 2023"
    (HEADING_YEAR_END, "Suncheon\nAs of December 2023 Suncheon had a population of 284,000.\n", ["순천시 · population 279,820"]),
    # a mid-year level meets the same mid-year level: a heading "(2024년 6월 말 기준)" and "as of June 2024"
    ("# 경상남도 시 인구 (2024년 6월 말 기준)\n\n| 시 | 인구(명) |\n|---|---:|\n| 거제시 | 236,140 |\n",
     "Geoje\nGeoje had a population of 241,000 as of June 2024.\n", ["거제시 · population 236,140"]),
])
def test_a_level_as_of_the_years_end_meets_the_years_level(tmp_path: Path, ruleset: Any, ko: str, en: str,
                                                           found: list[str]) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": en, _name(ko): ko}) == found


@pytest.mark.parametrize("ko, en", [
    # a mid-year level against a year-end one: "6월 말 기준" vs "as of December"
    ("원주시 인구\n2024년 6월 말 기준 원주시 인구는 36만 1,200명이다.\n", EN_WONJU_DEC),
    # a year-end level against a mid-year one
    ("원주시 인구\n원주시 인구는 2024년 12월 31일 기준 36만 1,200명이다.\n", EN_WONJU_JUNE),
    # a table note "2024년 6월 30일 기준" against "as of December 2024"
    (NOTE_BELOW, "Gumi\nAs of December 2024 Gumi had a population of 411,000.\n"),
    # a month's flow against the year's total, both ways
    ("청주국제공항 12월 실적\n청주국제공항의 2024년 12월 이용객은 41만 명으로 전년 같은 달보다 늘었다.\n",
     "Cheongju\nCheongju International Airport handled 4.6 million passengers in 2024.\n"),
    ("청주국제공항 연간 실적\n청주국제공항은 2024년 이용객 458만 명을 기록했다.\n",
     "Cheongju\nIn December 2024 Cheongju International Airport handled 410,000 passengers.\n"),
    # a month's flow stated "12월 한 달" with 기준: still the month's
    ("청주국제공항 12월 실적\n청주국제공항의 2024년 12월 한 달 기준 이용객은 41만 명이다.\n",
     "Cheongju\nCheongju International Airport handled 4.6 million passengers in 2024.\n"),
    # two censuses
    ("목포시 인구\n2015년 인구총조사에서 목포시 인구는 23만 3,120명이었다.\n",
     "Mokpo\nAt the 2020 census Mokpo had a population of 218,000.\n"),
])
def test_hard_negatives_another_time_is_no_contradiction(tmp_path: Path, ruleset: Any, ko: str, en: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": en, _name(ko): ko}) == []


def test_an_english_tables_note_meets_a_korean_month_end(tmp_path: Path, ruleset: Any) -> None:
    """"Source: … Figures as of 30 June 2024." under an English table; "2024년 6월 말 기준" in Korean prose."""
    en = """# Cities of South Gyeongsang

| City | Population |
|---|---:|
| Tongyeong | 121,400 |

Source: Statistics Korea. Figures as of 30 June 2024.
"""
    ko = "통영시 인구\n입력 2024-07-20 10:00\n통영시 인구는 2024년 6월 말 기준 12만 4,900명이다.\n"
    assert _findings(tmp_path, ruleset, {"en.md": en, "ko.txt": ko}) == ["통영시 · population 12만 4,900명"]
    year_end = ko.replace("2024년 6월 말 기준", "2024년 12월 31일 기준").replace("2024-07-20", "2025-01-20")
    assert _findings(tmp_path, ruleset, {"en.md": en, "ko.txt": year_end}) == []


def test_a_column_the_source_line_does_not_name_keeps_the_tables_year(tmp_path: Path, ruleset: Any) -> None:
    """인구 is as of mid-year (the note names it), 가구 수 is the year's: only households meet "as of December"."""
    ko = """# 충청북도 주요 시 기본 통계 (2024년)

> 자료: 충청북도. 인구는 2024년 6월 30일 주민등록 기준.

| 시 | 인구(명) | 가구 수 |
|---|---:|---:|
| 충주시 | 208,310 | 97,020 |
"""
    assert _findings(tmp_path, ruleset, {"en.txt": EN_CHUNGJU_DEC, "ko.md": ko}) == ["충주시 · households 97,020"]


@pytest.mark.parametrize("before, after, part", [
    ("2024년 12월 31일 주민등록 기준 양산시 인구는 ", "", "P12"),
    ("양산시의 2024년 12월 말 인구는 ", "", "P12"),
    ("2024년 6월 말 현재 양산시 인구는 ", "", "P06"),
    ("양산시 인구는 2024년 6월 30일 기준 ", "", "P06"),  # a month's last day: the month's end
    ("12월 23일 0시 기준 누적 확진자는 ", "", "P12-23"),
    ("As of December 2024 Yangsan had a population of ", "", "P12"),
    ("Yangsan had a population of ", " as of 15 March 2024", "P03-15"),
    ("At the end of June 2024 the fleet numbered ", " buses", "P06"),
    # a month with no mark of a point, or a span of it: the month's flow
    ("양산시의 2024년 12월 관광객은 ", "", "M12"),
    ("양산시의 2024년 12월 한 달 기준 관광객은 ", "", "M12"),
    ("In December 2024 the airport handled ", " passengers", "M12"),
    ("As of December 2024 the airport had handled ", " passengers during the month", "M12"),
    # no month: the year's
    ("2024년 말 기준 양산시 인구는 ", "", None),
])
def test_a_month_marked_as_a_point_in_time(before: str, after: str, part: str | None) -> None:
    assert year_part(before, after, 9) == part


# --- Korean against Korean: a table's reference time meets a sentence's ("지난달 말 기준") -----------------------

COMPOUND_HEAD = """# 전북특별자치도 주요 시 통계 (2024년)

> 자료: 전북특별자치도 통계연보, 2024년 9월 말 주민등록인구 기준[1]

| 시 | 인구(명) | 면적(㎢) |
|---|---:|---:|
| 익산시 | 268,450 | 507.0 |
"""


def test_a_compound_whose_head_is_the_column_names_it(ruleset: Any) -> None:
    """"주민등록인구 기준" names the 인구 column (its head), not 면적."""
    cs = _claims(COMPOUND_HEAD, ruleset)
    assert (_cell(cs, "268,450").reference, _cell(cs, "507.0").reference) == ("2024-09-30", None)


def _counts(tmp_path: Path, ruleset: Any, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run(sorted(str(tmp_path / n) for n in files), ruleset, today=dt.date(2026, 6, 1))
    return sorted(f"{f.data['entity']} · {f.data['attribute']} {f.data['period']}" for f in result.findings
                  if f.rule == "dated-count-contradiction")


@pytest.mark.parametrize("prose, found", [
    # the article is of October: 지난달 말 = 2024-09-30, the table's time
    ("익산시 인구 감소\n입력 2024-10-15 09:00\n익산시 인구는 지난달 말 기준 27만 1천여 명으로 집계됐다.\n",
     ["익산시 · 인구 as of 2024-09-30"]),
    ("익산시 인구 감소\n입력 2024-10-15 09:00\n익산시 인구는 2024년 9월 말 현재 27만 1천여 명이다.\n",
     ["익산시 · 인구 as of 2024-09-30"]),
    # hard negatives: another month's end, an end with no mark of a point, the same figure
    ("익산시 인구 감소\n입력 2024-10-15 09:00\n익산시 인구는 2024년 6월 말 기준 27만 1천여 명이었다.\n", []),
    ("익산시 인구 감소\n입력 2024-10-15 09:00\n익산시 인구는 지난달 말 27만 1천여 명으로 줄었다.\n", []),
    ("익산시 인구 감소\n입력 2024-10-15 09:00\n익산시 인구는 지난달 말 기준 26만 8천여 명으로 집계됐다.\n", []),
])
def test_a_sentences_month_end_meets_the_tables(tmp_path: Path, ruleset: Any, prose: str, found: list[str]) -> None:
    assert _counts(tmp_path, ruleset, {"stats.md": COMPOUND_HEAD, "news.txt": prose}) == found
