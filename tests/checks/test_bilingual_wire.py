"""`bilingual-figure-contradiction` on the shapes blind sets showed and the binder missed (issue #14): an English
wire subject after a descriptor ("South Korean shipbuilder X said … it won …"), a subject before an apposition
("X, 11 km north of the city, opened in 1997 and handled N passengers in 2025": the year after the figure is
its own), and measures the pack did not list in both languages (관광객 and visitors, 인도량 and deliveries).
Our own pairs of short articles — other names and figures than the blind sets — each with hard negatives:
the same value in the other language, another year, a part of the whole, another entity, a goal."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config.ruleset import RuleSet
from factlint.measures import year_part
from tests.checks.test_bilingual import _findings, ruleset  # noqa: F401  (the fixture is used by name)

ORDERS_KO = "동진중공업 수주 실적\n입력 2026.01.09 10:00\n동진중공업은 2025년 수주액이 52억 달러였다.\n"
ORDERS_EN = ("Dongjin orders\nBy Jane Cho\nBUSAN, Jan 9 (Reuters) - South Korean shipbuilder Dongjin Heavy Industries said "
             "on Friday it {clause}.\n")
AIRPORT_KO = "청해국제공항 이용객\n입력 2026.01.12 10:00\n청해국제공항의 2025년 이용객은 412만 명이었다.\n"
AIRPORT_EN = ("Cheonghae\nCheonghae is a port city. Visitors reach Cheonghae by air.\n"
              "{name}, 11 km north of the city centre, opened in {opened} and handled {value} passengers in {year}.\n")
VISITORS_KO = "원주 관광 결산\n입력 2026.01.20 10:00\n원주시는 2025년 관광객이 1,240만 명이었다.\n"
VISITORS_EN = "Wonju\nWonju is a city in Gangwon Province. Tourism in Wonju grew.\nWonju had {value} {noun} in {year}.\n"
DELIVERIES_KO = "한성자동차 실적\n입력 2026.01.05 10:00\n한성자동차의 2025년 인도량은 16만 2천 대였다.\n"
DELIVERIES_EN = "Hanseong Motors results\nHanseong Motors deliveries reached {value} in {year}.\n"


@pytest.mark.parametrize("ko, en, found", [
    (ORDERS_KO, ORDERS_EN.format(clause="won orders worth $5.8 billion in 2025"), "ko.txt 동진중공업 · orders 52억 달러"),
    (AIRPORT_KO, AIRPORT_EN.format(name="Cheonghae International Airport", opened="1997", value="4.6 million",
                                   year="2025"), "ko.txt 청해국제공항 · passengers 412만 명"),
    (VISITORS_KO, VISITORS_EN.format(value="14.2 million", noun="visitors", year="2025"), "ko.txt 원주시 · visitors 1,240만 명"),
    (VISITORS_KO, VISITORS_EN.format(value="14.2 million", noun="tourists", year="2025"), "ko.txt 원주시 · visitors 1,240만 명"),
    (DELIVERIES_KO, DELIVERIES_EN.format(value="170,000", year="2025"), "ko.txt 한성자동차 · deliveries 16만 2천 대"),
])
def test_a_wire_figure_meets_the_korean_one(tmp_path: Path, ruleset: RuleSet, ko: str, en: str, found: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": en, "ko.txt": ko}) == [found]


@pytest.mark.parametrize("ko, en", [
    # the same value in the other language and notation
    (ORDERS_KO, ORDERS_EN.format(clause="won orders worth $5.2 billion in 2025")),
    (AIRPORT_KO, AIRPORT_EN.format(name="Cheonghae International Airport", opened="1997", value="about 4.1 million",
                                   year="2025")),
    (VISITORS_KO, VISITORS_EN.format(value="12.4 million", noun="visitors", year="2025")),
    (DELIVERIES_KO, DELIVERIES_EN.format(value="162,000", year="2025")),
    # another year: the year after the figure is its own, not the opening's before it
    (ORDERS_KO, ORDERS_EN.format(clause="won orders worth $5.8 billion in 2024")),
    (AIRPORT_KO, AIRPORT_EN.format(name="Cheonghae International Airport", opened="2025", value="4.6 million",
                                   year="2024")),
    (VISITORS_KO, VISITORS_EN.format(value="14.2 million", noun="visitors", year="2024")),
    (DELIVERIES_KO, DELIVERIES_EN.format(value="170,000", year="2024")),
    # another entity (청주 is Cheongju, not Cheonghae)
    (AIRPORT_KO, AIRPORT_EN.format(name="Cheongju International Airport", opened="1997", value="4.6 million",
                                   year="2025")),
    # a goal next to the fact
    (ORDERS_KO, ORDERS_EN.format(clause="aims to win orders worth $5.8 billion in 2025")),
    # a part of the whole: foreign visitors are some of the city's visitors
    ("원주 관광 결산\n입력 2026.01.20 10:00\n원주시는 2025년 외국인 관광객이 124만 명이었다.\n",
     VISITORS_EN.format(value="14.2 million", noun="visitors", year="2025")),
])
def test_no_finding_for_what_is_not_one_figure(tmp_path: Path, ruleset: RuleSet, ko: str, en: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": en, "ko.txt": ko}) == []


# --- a month, a quarter or a half is not the year: figures meet only at the same part of one year ---------------

PORT_EN = "Geoje port\nBy Ana Lee | Oct. 2, 2025\nGeoje Container Port handled {value} containers {when}.\n"
PORT_KO = "거제컨테이너항 물동량\n입력 2025.10.02 10:00\n거제컨테이너항의 {when} 화물 처리량은 {value}였다.\n"


@pytest.mark.parametrize("ko, en", [
    # a month's figure against the year's: two periods, however close the words
    (AIRPORT_KO.replace("2025년 이용객", "2025년 8월 이용객").replace("412만 명", "41만 명"),
     AIRPORT_EN.format(name="Cheonghae International Airport", opened="1997", value="4.6 million", year="2025")),
    ("원주 관광 동향\n입력 2025.09.12 10:00\n원주시는 지난달 관광객이 124만 명이었다.\n",
     VISITORS_EN.format(value="14.2 million", noun="visitors", year="2025")),
    # a quarter's against the year's, and against another quarter's
    ("한성자동차 실적\n입력 2025.10.05 10:00\n한성자동차의 올해 3분기 인도량은 4만 2천 대였다.\n",
     DELIVERIES_EN.format(value="170,000", year="2025")),
    ("한성자동차 실적\n입력 2025.10.05 10:00\n한성자동차의 올해 3분기 인도량은 4만 2천 대였다.\n",
     "Hanseong Motors results\nBy Ana Lee | Oct. 2, 2025\nHanseong Motors deliveries reached 45,000 in the second quarter.\n"),
    # a half against the year
    ("원주 관광 결산\n입력 2025.07.20 10:00\n원주시는 2025년 상반기 관광객이 610만 명이었다.\n",
     VISITORS_EN.format(value="14.2 million", noun="visitors", year="2025")),
])
def test_a_part_of_the_year_does_not_meet_another_period(tmp_path: Path, ruleset: RuleSet, ko: str, en: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": en, "ko.txt": ko}) == []


@pytest.mark.parametrize("ko, en, found", [
    # the same quarter, in each language's words
    ("한성자동차 실적\n입력 2025.10.05 10:00\n한성자동차의 올해 3분기 인도량은 4만 2천 대였다.\n",
     "Hanseong Motors results\nBy Ana Lee | Oct. 2, 2025\nHanseong Motors deliveries reached 48,200 in the third quarter.\n",
     "ko.txt 한성자동차 · deliveries 4만 2천 대"),
    # the same month
    (AIRPORT_KO.replace("2025년 이용객", "2025년 8월 이용객").replace("412만 명", "41만 명"),
     "Cheonghae\nCheonghae International Airport had 460,000 passengers in August 2025.\n",
     "ko.txt 청해국제공항 · passengers 41만 명"),
])
def test_the_same_part_of_one_year_meets(tmp_path: Path, ruleset: RuleSet, ko: str, en: str, found: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": en, "ko.txt": ko}) == [found]


@pytest.mark.parametrize("before, after, part", [
    ("김해국제공항의 2025년 8월 이용객은 ", "", "M08"),
    ("원주시는 지난달 관광객이 ", "", "M08"),  # the article is of September
    ("한성자동차의 올해 3분기 인도량은 ", "", "Q3"),
    ("원주시는 2025년 상반기 관광객이 ", "", "H1"),
    ("Hanseong Motors said it delivered ", " vehicles in the third quarter, up 15% from 41,900", "Q3"),
    ("Cheonghae International Airport had ", " passengers in August 2025.", "M08"),
    ("Cheonghae International Airport had ", " passengers on Aug. 5.", "M08"),
    # the dateline's day is the report's
    ("SEOUL, Oct 2 (Reuters) - Hanseong Motors said it won orders worth ", " in 2025.", None),
    ("It handled ", " passengers in 2025 and about 15.7 million in 2019", None),
    ("Hanseong Motors sales may rise to ", "", None),  # "may" is no month
    # relative to another part, or two parts: it meets nothing
    ("Deliveries were up 15% from ", " in the previous quarter", "-"),
    ("2025년 상반기와 하반기를 합친 관광객은 ", "", "-"),
])
def test_the_part_of_its_year_a_figure_is_for(before: str, after: str, part: str | None) -> None:
    assert year_part(before, after, 9) == part


# --- an approximate figure is a rounding of the exact one, at its last written digit ---------------------------

CITY_KO = "청해시 현황\n입력 2026.01.12 10:00\n청해시는 2025년 말 기준 인구 {value}으로 집계됐다.\n"
CITY_EN = "Cheonghae\nCheonghae is a port city. Ferries leave Cheonghae daily.\nCheonghae had a population of {value} in 2025.\n"


@pytest.mark.parametrize("ko, en", [
    (CITY_KO.format(value="38만 2,417명"), CITY_EN.format(value="roughly 390,000")),  # 382,417 rounds to 380,000
    (CITY_KO.format(value="38만 2,417명"), CITY_EN.format(value="about 386,000")),
    (CITY_KO.format(value="7만 7,900명"), CITY_EN.format(value="about 75,000")),  # 78,000 or 80,000
    # the Korean side rounds ("인구 약 39만 명으로" is not bound yet: the binder's business, not this check's)
    # (the title's own compound, 청해시 인구, stated by the body: the city is a name the article is about)
    ("청해시 인구 현황\n입력 2026.01.12 10:00\n청해시 인구는 2025년 말 약 39만 명이다.\n", CITY_EN.format(value="382,417")),
])
def test_an_approximation_that_is_no_rounding_of_the_exact_figure_contradicts_it(
        tmp_path: Path, ruleset: RuleSet, ko: str, en: str) -> None:
    assert len(_findings(tmp_path, ruleset, {"en.txt": en, "ko.txt": ko})) == 1


@pytest.mark.parametrize("ko, en", [
    (CITY_KO.format(value="38만 2,417명"), CITY_EN.format(value="roughly 380,000")),
    (CITY_KO.format(value="38만 2,417명"), CITY_EN.format(value="about 382,000")),
    (CITY_KO.format(value="38만 2,417명"), CITY_EN.format(value="about 400,000")),  # a coarser rounding holds
    (CITY_KO.format(value="38만 5,000명"), CITY_EN.format(value="roughly 390,000")),  # half up
    # a last digit 5 is a rounding to the nearest 5 of its place (review: 76,200 → "about 75,000")
    ("해운시 인구 현황\n\n2025년 3월 2일\n\n해운시의 2025년 인구는 7만 6,200명으로 집계됐다.\n",
     "Haeun at a glance\n\n2025-03-05\n\nHaeun had a population of about 75,000 in 2025.\n"),
    # "nearly" and "여" say on which side the exact figure lies, not that it was rounded
    (CITY_KO.format(value="38만 2,417명"), CITY_EN.format(value="nearly 390,000")),
    (CITY_KO.format(value="38만 2천여 명"), CITY_EN.format(value="382,417")),
    # the same rounding in another year is another figure
    (CITY_KO.format(value="38만 2,417명"), CITY_EN.format(value="roughly 390,000").replace("2025", "2024")),
])
def test_an_approximation_that_rounds_the_exact_figure_agrees(tmp_path: Path, ruleset: RuleSet, ko: str, en: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": en, "ko.txt": ko}) == []
