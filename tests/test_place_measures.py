"""A place's fixed measures across articles (issue #14, fresh6's C3: "면적 52.3㎢, 최대 수심 19.6m인 서하호" against
an encyclopedia's "Lake Seoha … is a freshwater lake … It is about 14 km long …, with a surface area of 48.6
km²"). Three stages were lost and each is a general rule:

* a list of values closed by the copula's adnominal 인 (or 의) before a noun describes that noun: each value is
  its own bare noun's, the noun after the list is whose (``structure.described_values``), not labels of parts of
  one whole ("서울 550명, 경기 257명이 …");
* "It is about 14 km long", "It is a freshwater lake with …": a copula whose complement is a measure or a noun
  phrase says what the subject is; only "It is estimated that", "It is likely to" are empty;
* 서하호 is "Lake Seoha" (a lake's head 호 is "Lake" before the stem), and the measure ``area`` (면적, surface
  area) is ``fixed``: an undated encyclopedia's figure meets a dated report's.

Articles written for these tests (lakes, a reservoir, a city), none from a gold set, with hard negatives: the same
area in another unit, a catchment area, a burned area, another lake, a list of parts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from binding_helpers import bound
from factlint.config.rules import load_rules
from factlint.romanize import romanizes

REPO = Path(__file__).resolve().parent.parent
RULES = load_rules([str(REPO / "rules")])


def claims_of(text: str) -> list[tuple[str, str, str]]:
    """(entity, attribute, figure as written) of each claim of an article."""
    return [(b.claim.entity, b.claim.attribute, b.quantity.text) for b in bound(text, RULES, "t.txt")
            if b.claim is not None]


def lint(tmp_path: Path, *texts: str, rule: str = "contradiction]") -> list[str]:
    """The report lines of the rules whose id ends in ``rule``, for articles a0.txt, a1.txt …"""
    for i, text in enumerate(texts):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", "--no-cache", "--no-source", "--no-default-rules",
                          "--rules", str(REPO / "rules"), str(tmp_path)], capture_output=True, text=True, cwd=REPO)
    return [line for line in run.stdout.splitlines() if rule in line]


@pytest.mark.parametrize("text, expected", [
    ("서하호 어획량 감소\n입력 2025.01.20 14:05\n면적 52.3㎢, 최대 수심 19.6m인 서하호에는 어선 143척이 조업 중이다.\n",
     {("서하호", "면적", "52.3㎢"), ("서하호", "수심", "19.6m")}),
    ("누리호 관광객 늘어\n입력 2025.02.03 09:00\n둘레 40㎞, 폭 4.5㎞, 면적 48.6㎢인 누리호는 관광객이 많다.\n",
     {("누리호", "둘레", "40㎞"), ("누리호", "폭", "4.5㎞"), ("누리호", "면적", "48.6㎢")}),
    ("해솔시 인구 통계\n입력 2025.03.01 10:00\n해솔시는 인구 28만 6천 명, 면적 605㎢의 도시다.\n",
     {("해솔시", "인구", "28만 6천 명"), ("해솔시", "면적", "605㎢")}),
])
def test_a_list_of_values_describes_the_noun_after_it(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= set(claims_of(text))


def test_labels_of_parts_stay_parts() -> None:
    # "서울 550명, 경기 257명 등 확진자가": no 인/의 noun closes the list: parts of one whole, no describing list
    claims = claims_of("코로나 현황\n입력 2021.01.02 10:00\n질병관리청에 따르면 서울 550명, 경기 257명 등 확진자가 나왔다.\n")
    assert not any(a in ("서울", "경기") for _, a, _ in claims)


def test_a_count_after_the_list_is_not_a_listed_value() -> None:
    claims = claims_of("서하호 어획량 감소\n입력 2025.01.20 14:05\n면적 52.3㎢, 최대 수심 19.6m인 서하호에는 어선 143척이 조업 중이다.\n")
    assert not any(v == "143척" and a in ("면적", "최대 수심") for _, a, v in claims)


@pytest.mark.parametrize("sentence", [
    "It is about 14 km long and up to 4.5 km wide, with a surface area of 48.6 km².",
    "It is a freshwater lake with a surface area of 48.6 km².",
])
def test_it_is_with_a_measure_points_back(sentence: str) -> None:
    text = f"Lake Nuri\nLake Nuri (Korean: 누리호) is a lake in Nuri, South Korea. {sentence}\n"
    assert ("Lake Nuri", "surface area", "48.6 km²") in claims_of(text)


def test_an_empty_it_stays_empty() -> None:
    text = "Lake Nuri\nLake Nuri (Korean: 누리호) is a lake in Nuri. It is estimated that 40% of its fish are carp.\n"
    assert not any(v == "40%" and e == "Lake Nuri" for e, _, v in claims_of(text))


def test_a_lake_romanizes_with_its_head_first() -> None:
    assert romanizes("서하호", "Lake Seoha") and romanizes("서하호", "Seoha Lake") and romanizes("서하호", "Seohaho")
    assert not romanizes("서하호", "Seoha") and not romanizes("서하시", "Lake Seoha")


KO = "서하호 어획량 감소\n입력 2025.01.20 14:05\n면적 {v}, 최대 수심 19.6m인 서하호에는 어선 143척이 조업 중이다.\n"
EN = ("Lake Seoha\nLake Seoha (Korean: 서하호) is a freshwater lake in Seoha, South Korea. It is about 14 km long, "
      "with a {what} of {v} and a maximum depth of about 20 m.\n")


def test_a_lakes_area_in_two_languages_is_compared(tmp_path: Path) -> None:
    found = lint(tmp_path, KO.format(v="52.3㎢"), EN.format(what="surface area", v="48.6 km²"))
    assert len(found) == 1 and "· area:" in found[0] and "48.6 km²" in found[0] and "52.3㎢" in found[0]


@pytest.mark.parametrize("ko, what, en", [
    ("52.3㎢", "surface area", "52.3 km²"),       # the same value
    ("5,230ha", "surface area", "52.3 km²"),      # another unit
    ("52.3㎢", "surface area", "20.2 sq mi"),     # another unit, rounded
    ("52.3㎢", "catchment area", "480 km²"),      # the catchment, not the surface
    ("52.3㎢", "surface area", "52 km²"),         # a rounding of it
])
def test_hard_negatives_of_a_lakes_area(tmp_path: Path, ko: str, what: str, en: str) -> None:
    assert lint(tmp_path, KO.format(v=ko), EN.format(what=what, v=en)) == []


def test_a_korean_catchment_area_is_no_surface_area(tmp_path: Path) -> None:
    ko = "서하호 어획량 감소\n입력 2025.01.20 14:05\n유역 면적 480㎢, 최대 수심 19.6m인 서하호에는 어선 143척이 조업 중이다.\n"
    assert lint(tmp_path, ko, EN.format(what="surface area", v="48.6 km²")) == []


def test_another_lakes_area_is_not_compared(tmp_path: Path) -> None:
    other = EN.replace("Seoha", "Nuri").replace("서하호", "누리호")
    assert lint(tmp_path, KO.format(v="52.3㎢"), other.format(what="surface area", v="48.6 km²")) == []


@pytest.mark.parametrize("text, verb", [
    ("김씨 가족 이야기\n입력 2016.10.07 10:00\n김씨는 이들 외국인 가족의 모습을 휴대전화로 찍고 20대인 두 자녀에게 사진을 "
     "보냈다.\n", "찍고"),
    ("박씨 이야기\n입력 2016.10.07 10:00\n박씨는 편지를 쓰고 30대인 아들에게 보냈다.\n", "쓰고"),
    ("이씨 이야기\n입력 2016.10.07 10:00\n이씨는 버스로 가고 40대인 남편은 걸었다.\n", "가고"),
])
def test_a_verb_after_its_object_is_no_noun_of_a_listed_value(text: str, verb: str) -> None:
    """"모습을 … 찍고 20대인 두 자녀": the word before the value follows an object or a means (을/를, 로), so it is
    their verb, not a bare noun the value measures (ko_wikinews_415 read '찍고' as the attribute)."""
    assert all(attribute != verb for _, attribute, _ in claims_of(text))
    assert ("청솔호", "면적", "12.4㎢") in claims_of("청솔호 소식\n입력 2025.01.20 14:05\n군은 면적 12.4㎢인 청솔호를 관광지로 꾸민다.\n")


@pytest.mark.parametrize("text, owner", [
    # a list of values describing a common noun that is an argument of the verb (what the topic buys, builds, lays)
    # measures that noun, not the topic: no claim of the topic (before: 서하시 · 직원 300명, 한빛건설 · 면적 …)
    ("서하시 기업 유치\n입력 2025.03.01 10:00\n서하시는 직원 300명, 매출 50억 원인 회사를 인수했다.\n", "서하시"),
    ("한빛건설 신사옥\n입력 2025.03.01 10:00\n한빛건설은 면적 3만㎡, 높이 40m인 건물을 지었다.\n", "한빛건설"),
    ("서하시 도로 건설\n입력 2025.03.01 10:00\n서하시는 총연장 12㎞, 폭 30m인 도로를 놓는다.\n", "서하시"),
    ("누리군 섬 매입\n입력 2025.03.01 10:00\n누리군은 인구 500명, 면적 12㎢의 섬을 사들였다.\n", "누리군"),
])
def test_values_describing_an_object_are_not_the_topics(text: str, owner: str) -> None:
    assert not any(e == owner for e, _, _ in claims_of(text)), claims_of(text)


@pytest.mark.parametrize("text, expected", [
    # the described noun is what the topic is (the predicate): the topic's
    ("해솔시 인구 통계\n입력 2025.03.01 10:00\n해솔시는 인구 28만 6천 명, 면적 605㎢의 도시로, 1995년 시로 승격했다.\n",
     ("해솔시", "면적", "605㎢")),
    ("누리군 통계\n입력 2025.03.01 10:00\n누리군은 인구 5만 명, 면적 420㎢인 군이다.\n", ("누리군", "인구", "5만 명")),
])
def test_values_describing_what_the_topic_is_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims_of(text), claims_of(text)


@pytest.mark.parametrize("text, value", [
    # "It" after a sentence whose verb takes an object is as likely the object (the phone, the dam, the wing): a
    # copula's measure is no one's (before: Hanbit Electronics · thick 7.9 mm, Seoha City · high 120 m)
    ("Hanbit phone\nHanbit Electronics unveiled the Nova 7 on Monday. It is 7.9 mm thick and weighs 180 grams.\n", "7.9 mm"),
    ("Seoha dam\nSeoha City built a new dam in 2020. It is about 120 m high.\n", "about 120 m"),
    ("Seoha museum\nSeoha Museum opened a new wing. It is about 4,000 m² in area.\n", "about 4,000 m²"),
    ("Hanbit sales\nHanbit Electronics sold 5 million phones in the quarter. It is a 12% rise from a year earlier.\n", "12%"),
])
def test_it_after_an_object_is_no_ones(text: str, value: str) -> None:
    assert not any(v == value for _, _, v in claims_of(text)), claims_of(text)


@pytest.mark.parametrize("sentence", [
    "Lake Nuri lies east of the city. It is about 14 km long, with a surface area of 48.6 km².",
    "Lake Nuri is a reservoir in Nuri County. It is a freshwater lake with a surface area of 48.6 km².",
    "Lake Nuri was formed in 1950. It is about 14 km long, with a surface area of 48.6 km².",
])
def test_it_after_a_sentence_with_no_object_points_back(sentence: str) -> None:
    assert ("Lake Nuri", "surface area", "48.6 km²") in claims_of(f"Lake Nuri\n{sentence}\n")


@pytest.mark.parametrize("text, value", [
    # "It takes/took …", "It became …" stay empty with a number after them (only a copula's measure says what the
    # subject is): before, "It took 5 years to reach 1,000 employees" made Hanbit Electronics · employees 1,000
    ("Hanbit\nHanbit Electronics was founded in Seoha. It took 5 years to reach 1,000 employees.\n", "1,000"),
    ("Seoha\nSeoha City is on the coast. It became 12 km wider after the land reclamation.\n", "12 km"),
    ("Seoha\nThe Seoha Line runs from the city. It takes 40 minutes to reach 3 stations.\n", "3"),
])
def test_it_with_a_verb_of_time_or_change_stays_empty(text: str, value: str) -> None:
    assert not any(v == value for _, _, v in claims_of(text)), claims_of(text)


@pytest.mark.parametrize("en", [
    # a fixed measure meets any year only when neither figure states its own: an area of 1980 is no fact of today
    "Lake Seoha\nLake Seoha (Korean: 서하호) is a freshwater lake in Seoha. In 1980 it had a surface area of 60.1 km², "
    "before the dam.\n",
    "Lake Seoha\nLake Seoha (Korean: 서하호) is a freshwater lake in Seoha. Its surface area was 60.1 km² in 1980.\n",
])
def test_a_fixed_measure_of_a_stated_other_year_is_not_compared(tmp_path: Path, en: str) -> None:
    assert lint(tmp_path, KO.format(v="52.3㎢"), en) == []
