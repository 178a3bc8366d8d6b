"""`bilingual-figure-contradiction` for a company's quarterly count in Korean and in an English wire (issue #14,
fresh6's C1): an English verb of shipping names its measure ("X shipped 17.2 million smartphones": shipments, as
출하량), and a quarter the sentence names only by a definite phrase ("in the quarter", "같은 기간") is the one the
article named last. Our own pairs of short articles (other figures and sentences than fresh6), with hard
negatives: the same value in another notation, another quarter, the year-earlier value of the same sentence, a
forecast next to the fact, a year-earlier period written with "the same period"."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config.ruleset import RuleSet
from factlint.measures import part_named_before, year_part
from tests.checks.test_bilingual import _findings, ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_own_phrase import bound

KO = "한빛전자 실적\n입력 2024.11.05 07:30\n한빛전자의 3분기 출하량은 {value}로 전년 동기({before})보다 늘었다.\n"
KO_SAME = ("한빛전자 실적\n입력 2024.11.05 07:30\n한빛전자는 3분기 매출 18조 6천억 원을 기록했다. "
           "같은 기간 한빛전자의 출하량은 {value}였다.\n")
EN = ("Hanbit Electronics results\nBy Hana Lee | 1 November 2024\n"
      "Hanbit Electronics said its {quarter}-quarter operating profit more than doubled to 1.24 trillion won.\n"
      "Hanbit Electronics shipped {value} smartphones in the quarter{tail}, the company said.\n")
EN_NAMED = ("Hanbit Electronics results\nBy Hana Lee | 1 November 2024\n"
            "In the {quarter} quarter, Hanbit Electronics shipped {value} handsets.\n")
EN_IT = ("Hanbit Electronics results\nBy Hana Lee | 1 November 2024\n"
         "Hanbit Electronics posted record third-quarter revenue on Thursday. It shipped {value} phones in the quarter.\n")


def ko(value: str = "1,820만 대", before: str = "1,610만 대") -> str:
    return KO.format(value=value, before=before)


def en(value: str = "17.2 million", quarter: str = "third", tail: str = "") -> str:
    return EN.format(value=value, quarter=quarter, tail=tail)


@pytest.mark.parametrize("korean, english", [
    (ko(), en()),                                                        # "in the quarter": the third, named before
    (ko(), en(tail=", up from 16.1 million a year earlier")),             # the year-earlier figure agrees
    (ko(), EN_NAMED.format(quarter="third", value="17.2 million")),      # the quarter named in the sentence
    (ko(), EN_IT.format(value="17.2 million")),                          # "It" after the sentence naming the firm
    (KO_SAME.format(value="1,820만 대"), EN_NAMED.format(quarter="third", value="17.2 million")),  # 같은 기간 = 3분기
])
def test_a_quarters_shipments_meet_across_languages(tmp_path: Path, ruleset: RuleSet, korean: str, english: str) -> None:
    found = _findings(tmp_path, ruleset, {"en.txt": english, "ko.txt": korean})
    assert len(found) == 1 and "· shipments" in found[0], found


@pytest.mark.parametrize("korean, english", [
    (ko(), en(value="18.2 million")),                                     # the same value in another notation
    (ko(), en(value="about 18 million")),                                 # a rounding of it
    (ko(), en(quarter="second")),                                         # "the quarter" is the second: another one
    (ko(), EN_NAMED.format(quarter="second", value="17.2 million")),
    (KO_SAME.format(value="1,820만 대"), EN_NAMED.format(quarter="second", value="17.2 million")),
    # the year-earlier value of the Korean sentence is 2023's, not the wire's quarter
    (ko(value="1,820만 대", before="1,720만 대"), en(value="18.2 million")),
    # a forecast next to the fact
    (ko(), "Hanbit Electronics results\nBy Hana Lee | 1 November 2024\nHanbit Electronics said its third-quarter "
           "profit doubled.\nHanbit Electronics expects to ship 19.5 million smartphones in the fourth quarter.\n"),
])
def test_the_same_count_another_quarter_or_a_forecast_is_no_finding(
        tmp_path: Path, ruleset: RuleSet, korean: str, english: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": english, "ko.txt": korean}) == []


@pytest.mark.parametrize("before, after, part", [
    ("Hanbit shipped ", " smartphones in the quarter", "="),
    ("Shipments for the quarter were ", "", "="),
    ("같은 기간 한빛전자의 점유율은 ", "", "="),
    ("동기간 출하량은 ", "", "="),
    # a year-earlier or earlier period is no anaphor of this year's quarter: a part no figure meets ("-")
    ("It shipped ", " in the same period a year earlier", "-"),
    ("It shipped ", " in the same quarter last year", "-"),
    ("It shipped ", " in the quarter before", "-"),
    ("It shipped ", " in the same quarter of 2023", "-"),
    ("It shipped ", " in the same period the previous year", "-"),
    ("It shipped ", " in the period 2020-2024", "-"),
    ("It shipped ", " in the period from 2020 to 2024", "-"),
    ("It shipped ", " in the period between 2020 and 2024", "-"),
    ("전년 같은 기간 출하량은 ", "", "-"),
    ("지난해 같은 기간 출하량은 ", "", "-"),
    ("1년 전 같은 기간 출하량은 ", "", "-"),
    ("전년도 같은 기간 출하량은 ", "", "-"),
    ("직전 분기 같은 기간 출하량은 ", "", "-"),
    # a year written before it: that year's part ("2023년 같은 기간": the claim's period is 2023)
    ("2023년 같은 기간 출하량은 ", "", "="),
    # no such phrase at all
    ("It shipped ", " in 2024", None),
    # a quarter of its own wins
    ("It shipped ", " in the third quarter", "Q3"),
])
def test_a_definite_quarter_refers_back(before: str, after: str, part: str | None) -> None:
    assert year_part(before, after, 11) == part


@pytest.mark.parametrize("text, figure, shipments", [
    ("Phones\nHanbit Electronics shipped 17.2 million smartphones in 2024.\n", "17.2 million", True),
    ("Phones\nHanbit Electronics ships 4 million units a quarter.\n", "4 million", True),
    # a word between the count and the noun it counts: a part of what was shipped, or other things
    ("Phones\nHanbit Electronics shipped 2.1 million foldable phones in 2024.\n", "2.1 million", False),
    ("Phones\nHanbit Electronics shipped 3 new models in 2024.\n", "3", False),
])
def test_a_verb_of_shipping_measures_the_bare_count(ruleset: RuleSet, text: str, figure: str, shipments: bool) -> None:
    claim = bound(text, ruleset)[figure].claim
    assert (claim is not None and claim.attribute == "shipments") == shipments, claim


# --- who states the figure: a source before the owner, and two sources are two estimates -----------------------

KO_SOURCE = "스마트폰 시장 동향\n입력 2024.11.05 07:30\n{source}한빛전자의 3분기 출하량은 1,820만 대로 집계됐다.\n"
EN_SOURCE = ("Hanbit Electronics results\nBy Hana Lee | 1 November 2024\n"
             "Hanbit Electronics said its third-quarter operating profit more than doubled to 1.24 trillion won.\n"
             "{source}Hanbit Electronics shipped {value} smartphones in the quarter.\n")


@pytest.mark.parametrize("source", ["시장조사업체 카운터리서치에 따르면 ", "카운터리서치에 따르면 ", "카운터리서치 자료에 의하면 "])
def test_a_source_before_the_owner_leaves_the_owner_its_figure(ruleset: RuleSet, source: str) -> None:
    """"X에 따르면" is a condition (its 면 ends in ㄴ like an adnominal, but modifies no noun): the possessor after
    it owns the figure, the source is its attribution."""
    claim = bound(KO_SOURCE.format(source=source), ruleset)["1,820만 대"].claim
    assert claim is not None and claim.entity == "한빛전자" and claim.attribution and "카운터리서치" in claim.attribution


@pytest.mark.parametrize("ko_source, en_source", [
    ("Canalys에 따르면 ", "According to Canalys, "),   # one source, written alike in both
    ("", "According to Canalys, "),                     # one side names none: one fact, two places
    ("카운터리서치에 따르면 ", ""),
    # two scripts: not known to be two sources (기상청 is the Korea Meteorological Administration), so compared
    ("카운터리서치에 따르면 ", "According to Counter Research, "),
])
def test_one_source_or_one_named_gives_a_finding(tmp_path: Path, ruleset: RuleSet, ko_source: str, en_source: str) -> None:
    found = _findings(tmp_path, ruleset, {"en.txt": EN_SOURCE.format(source=en_source, value="17.2 million"),
                                          "ko.txt": KO_SOURCE.format(source=ko_source)})
    assert len(found) == 1 and "· shipments" in found[0], found


@pytest.mark.parametrize("ko_source, en_source", [
    ("IDC에 따르면 ", "According to Canalys, "),           # two research firms: two estimates
    ("시장조사업체 IDC에 따르면 ", "According to Canalys, "),
])
def test_two_firms_estimates_are_two_claims(tmp_path: Path, ruleset: RuleSet, ko_source: str, en_source: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": EN_SOURCE.format(source=en_source, value="17.2 million"),
                                         "ko.txt": KO_SOURCE.format(source=ko_source)}) == []


@pytest.mark.parametrize("where, shipments", [
    ("in the quarter", True), ("in the July-September quarter", True), ("in 2024", True), ("in October", True),
    ("worldwide in 2024", True),
    ("in South Korea in 2024", False), ("in the US in 2024", False), ("to Europe in 2024", False),
    ("domestically in 2024", False), ("overseas in 2024", False),
])
def test_a_count_of_one_market_is_no_whole(ruleset: RuleSet, where: str, shipments: bool) -> None:
    """"shipped 5.1 million smartphones in South Korea" is one market's part; "in the quarter" says when."""
    claim = bound(f"Phones\nHanbit Electronics shipped 5.1 million smartphones {where}.\n", ruleset)["5.1 million"].claim
    assert (claim is not None and claim.attribute == "shipments") == shipments, claim


@pytest.mark.parametrize("korean, english", [
    # another scope: the domestic count against the whole, in either language
    (KO.format(value="1,820만 대", before="1,610만 대").replace("3분기 출하량", "3분기 국내 출하량"), en()),
    (ko(), en(value="5.1 million", tail=" in South Korea")),
])
def test_a_part_of_the_market_is_no_finding(tmp_path: Path, ruleset: RuleSet, korean: str, english: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": english, "ko.txt": korean}) == []


# --- an earlier quarter written as a definite phrase is not the quarter the article named ---------------------

EN_THIRD = ("Hanbit Electronics results\nBy Hana Lee | 1 November 2024\nHanbit Electronics said its third-quarter "
            "operating profit more than doubled to 1.24 trillion won.\n")
KO_THIRD = "한빛전자 실적\n입력 2024.11.05 07:30\n한빛전자는 3분기 매출 18조 원을 기록했다. {time} 한빛전자의 출하량은 1,510만 대였다.\n"


@pytest.mark.parametrize("korean, english", [
    (ko(), EN_THIRD + "Hanbit Electronics shipped 15.1 million smartphones in the quarter before, the company said.\n"),
    (ko(), EN_THIRD + "Hanbit Electronics shipped 15.1 million smartphones in the same quarter of 2023.\n"),
    (ko(), EN_THIRD + "Hanbit Electronics shipped 15.1 million smartphones in the same period the previous year.\n"),
    (KO_THIRD.format(time="1년 전 같은 기간"), EN_THIRD + "Hanbit Electronics shipped 18.2 million smartphones in the quarter.\n"),
    (KO_THIRD.format(time="전년도 같은 기간"), EN_THIRD + "Hanbit Electronics shipped 18.2 million smartphones in the quarter.\n"),
])
def test_an_earlier_period_is_not_the_named_quarter(tmp_path: Path, ruleset: RuleSet, korean: str, english: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": english, "ko.txt": korean}) == []


# --- "the quarter" after two quarters named: the one compared with is no anaphor's --------------------------

KO_SECOND = "한빛전자 실적\n입력 2024.08.05 07:30\n한빛전자의 2분기 출하량은 1,510만 대로 집계됐다.\n"
EN_HEAD = "Hanbit Electronics results\nBy Hana Lee | 1 November 2024\n"
EN_TAIL = "Hanbit Electronics shipped 17.2 million smartphones in the quarter, the company said.\n"


@pytest.mark.parametrize("english", [
    EN_HEAD + "Hanbit Electronics said its third-quarter operating profit doubled from the second quarter.\n" + EN_TAIL,
    EN_HEAD + "Its operating profit in the third quarter doubled compared with the second quarter.\n" + EN_TAIL,
    EN_HEAD + "Hanbit Electronics said its third-quarter profit beat its second-quarter profit.\n" + EN_TAIL,
])
def test_the_quarter_after_a_compared_quarter_is_not_that_one(tmp_path: Path, ruleset: RuleSet, english: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": english, "ko.txt": KO_SECOND}) == []


@pytest.mark.parametrize("text, part", [
    ("Its third-quarter profit doubled. ", "Q3"),
    ("Its third-quarter profit doubled. Third-quarter sales rose. ", "Q3"),
    ("Its third-quarter profit doubled from the second quarter. ", None),
    ("한빛전자의 3분기 영업이익은 2분기보다 늘었다. ", None),
    ("Nothing named. ", None),
])
def test_part_named_before_is_the_one_part_named(text: str, part: str | None) -> None:
    assert part_named_before(text) == part
