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
