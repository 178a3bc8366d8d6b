"""A document's long form of a name defines its short forms (issue #14: fresh C1 "Chungbuk Cheongju FC" then
"Cheongju finished sixth …", fresh4 C4 "소린모터스가 … 4만 2천여 대로 발표"). A name that ends in the head of a
company or club (:data:`factlint.romanize.COMPANY_HEADS`: FC, Motors, Bank, 모터스, 은행 …) is shortened to a
leading or trailing part of what comes before its head; that part written alone, capitalised, later in the same
document is the long name — unless another entity of the document has that part (a second company, "Samsung
Biologics" beside "Samsung Electronics") or the document speaks of the part as a place ("the city of Daegu",
"in Daegu", 광주시, "광주에"). A Hangul name ending in a transliterated company head (모터스, 일렉트로닉스, 엔터테인먼트
…) is a name by its structure. Every text below is our own wording, with other entities than the blind sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.binding.names import short_forms
from factlint.config.ruleset import RuleSet
from tests.checks.test_bilingual import _findings
from tests.test_owners import ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import owner_of

HEAD = "Season review\nBy Ana Lee\n"


@pytest.mark.parametrize("text, figure, owner", [
    # a trailing part of the name before its head
    (HEAD + "Gyeongnam Changwon FC beat Ansan 2-0 on Saturday.\nChangwon finished fourth with 52 goals.\n",
     "52", "Gyeongnam Changwon FC"),
    # a leading part; a venue named after the place is no other entity that acts
    (HEAD + "Daegu FC drew 1-1 at Daegu Stadium on Sunday.\nDaegu ended the season with 48 goals.\n", "48", "Daegu FC"),
    (HEAD + "South Korean carmaker Haneul Motors said on Monday it would cut prices.\n"
            "Haneul delivered 52,000 vehicles in the third quarter.\n", "52,000", "Haneul Motors"),
    (HEAD + "Dongbaek Electronics reported results on Tuesday.\nDongbaek sold 31 million phones in 2025.\n",
     "31 million", "Dongbaek Electronics"),
])
def test_an_english_short_form_is_the_long_name(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure, long", [
    # the document speaks of the part as a place
    (HEAD + "Daegu FC drew 1-1 on Sunday. The club plays in the city of Daegu.\n"
            "Daegu had a population of 2.4 million in 2025.\n", "2.4 million", "Daegu FC"),
    (HEAD + "Gwangju Bank opened a branch in Gwangju on Monday.\nGwangju had 1.4 million residents in 2025.\n",
     "1.4 million", "Gwangju Bank"),
    (HEAD + "Daebu Motors opened a plant on Monday. Daebu-si welcomed it.\nDaebu had 420,000 residents in 2025.\n",
     "420,000", "Daebu Motors"),
    # another company has that part: which one is not written
    (HEAD + "Samsung Electronics and Samsung Biologics reported on Tuesday.\nSamsung sold 40 million phones in 2025.\n",
     "40 million", "Samsung Electronics"),
    (HEAD + "Samsung Electronics and Samsung Biologics reported on Tuesday.\nSamsung sold 40 million phones in 2025.\n",
     "40 million", "Samsung Biologics"),
    # a name with no company head defines no short form ("Busan IPark" is no "Busan")
    (HEAD + "Busan IPark lost 2-1 on Sunday.\nBusan had a population of 3.3 million in 2025.\n",
     "3.3 million", "Busan IPark"),
])
def test_no_short_form_where_the_document_has_another_entity_of_that_part(text: str, figure: str, long: str,
                                                                           ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) != long


@pytest.mark.parametrize("text, figure, owner", [
    # a transliterated company head makes a name by its structure
    ("가격 경쟁 다시 불붙나\n입력 2026.01.05 10:00\n하늘모터스가 올해 3분기 전기차 인도량을 5만 2천여 대로 발표했다.\n",
     "5만 2천여 대", "하늘모터스"),
    ("게임 업계 결산\n입력 2026.01.05 10:00\n별빛엔터테인먼트는 지난해 매출이 3,200억 원이었다.\n", "3,200억 원",
     "별빛엔터테인먼트"),
    # the stem alone later in the document is the company
    ("전기차 업계 가격 경쟁\n입력 2026.01.05 10:00\n하늘모터스가 새 모델을 내놨다.\n하늘의 올해 인도량은 16만 2천 대였다.\n",
     "16만 2천 대", "하늘모터스"),
    ("K리그2 최종전\n입력 2026.01.05 10:00\n한결FC가 최종전에서 이겼다.\n한결은 36경기에서 52골을 넣었다.\n", "52골", "한결FC"),
])
def test_a_korean_company_head_and_its_short_form(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure, long", [
    # the stem is the city where the document speaks of it as a place
    ("지역 경제\n입력 2026.01.05 10:00\n광주은행은 광주에 본점을 둔 은행이다.\n광주의 인구는 2025년 142만 명이었다.\n",
     "142만 명", "광주은행"),
    ("지역 경제\n입력 2026.01.05 10:00\n광주은행이 새 지점을 열었다. 광주시는 이를 환영했다.\n광주의 인구는 2025년 142만 명이었다.\n",
     "142만 명", "광주은행"),
    ("지역 경제\n입력 2026.01.05 10:00\n누리전자가 새 공장을 열었다. 누리시는 이를 환영했다.\n누리의 인구는 2025년 42만 명이었다.\n",
     "42만 명", "누리전자"),
    # two companies share the stem
    ("반도체 업계\n입력 2026.01.05 10:00\n누리전자와 누리화학이 실적을 냈다.\n누리의 올해 매출은 12조 원이었다.\n",
     "12조 원", "누리전자"),
    # a common noun with a loan head of one syllable before it is no company ("핀테크")
    ("금융 동향\n입력 2026.01.05 10:00\n핀테크는 지난해 이용자가 300만 명이었다.\n", "300만 명", "핀테크"),
])
def test_no_korean_short_form_where_the_stem_is_another_entity(text: str, figure: str, long: str,
                                                               ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) != long


def test_short_forms_of_a_document() -> None:
    text = ("Chungbuk Cheongju FC beat Busan IPark at Cheongju Sports Complex. Cheongju finished sixth.\n"
            "Samsung Electronics and Samsung Biologics rose. Samsung fell.\n")
    forms = short_forms(text)
    assert forms["Cheongju"] == "Chungbuk Cheongju FC"
    assert forms["Chungbuk Cheongju"] == "Chungbuk Cheongju FC"
    assert "Samsung" not in forms and "Busan" not in forms
    assert short_forms("누리전자가 문을 열었다. 누리도 올랐다.") == {"누리": "누리전자"}  # 도 "also", no province
    assert short_forms("누리전자가 문을 열었다. 누리시는 환영했다.") == {}
    assert short_forms("한국은행은 금리를 내렸다. 한국의 성장률은") == {}  # a bank's part is a place


EN_CLUB = "Season review\nBy Ana Lee\nHaneul Motors said on Monday it cut prices.\nHaneul deliveries reached {value} in 2025.\n"
KO_CLUB = "하늘모터스 실적\n입력 2026.01.05 10:00\n하늘모터스의 2025년 인도량은 16만 2천 대였다.\n"


def test_the_short_form_meets_the_korean_name(tmp_path: Path, ruleset: RuleSet) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": EN_CLUB.format(value="170,000"), "ko.txt": KO_CLUB}) \
        == ["ko.txt 하늘모터스 · deliveries 16만 2천 대"]


def test_the_short_form_agrees_with_the_same_value(tmp_path: Path, ruleset: RuleSet) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": EN_CLUB.format(value="162,000"), "ko.txt": KO_CLUB}) == []
