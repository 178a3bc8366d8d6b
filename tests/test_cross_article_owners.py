"""Contradictions across articles whose sides the binder did not bind (issue #14, fresh5's 0 of 6): an English
trade or wire sentence whose measure is its verb ("The Port of X handled 4.21 million TEU", "X delivered 48,200
vehicles", "X produced 13.2 million tonnes"), a port written "Port of X" in English and X항 in Korean, and a
Korean city's figure written without 의 ("하림시 인구는 2024년 말 45만 3천 명") at a year's end stated right
before it. Articles written for these tests (a parcel hub, a steelmaker, a city's population, a port, a
carmaker), none taken from a gold set, each with hard negatives: the same value in another notation or
language, another year, a goal, another entity in the same sentence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factlint.romanize import romanizes
from tests.test_own_phrase import bound, ruleset  # noqa: F401  (the pack's fixture and the figures of a text)

REPO = Path(__file__).resolve().parent.parent


def _lint(tmp_path: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", "--no-cache", "--no-source", "--no-default-rules",
                          "--rules", str(REPO / "rules"), str(tmp_path)], capture_output=True, text=True, cwd=REPO)
    return [line for line in run.stdout.splitlines() if "contradiction]" in line]


# --- a city's figure without 의, at a year's end ---------------------------------------------------------

CITY_BULLETIN = """하림시, 가계대출 증가세 둔화
입력 2025.01.22 10:00
하림시 인구는 2024년 말 45만 3천 명으로, 1인당 가계대출은 약 2,900만 원 수준이다.
"""


def city_note(value: str, year: str = "2024") -> str:
    return f"""버스 노선 개편 안내
입력 2025.01.25 10:00
하림 시내버스 노선 12개를 3월부터 개편한다. 하림시 인구는 {year}년 말 {value}이다.
"""


def test_two_populations_of_one_city_at_one_year_end_contradict(tmp_path: Path) -> None:
    found = _lint(tmp_path, {"ko_bulletin.txt": CITY_BULLETIN, "ko_note.txt": city_note("43만 5천여 명")})
    assert len(found) == 1 and "하림시 · 인구 as of 2024-12-31" in found[0]


@pytest.mark.parametrize("value, year", [
    ("45만 3천여 명", "2024"),  # the same value, approximate
    ("453,000명", "2024"),      # the same value in digits
    ("43만 5천 명", "2023"),    # another year's end
])
def test_the_same_population_or_another_year_is_no_finding(tmp_path: Path, value: str, year: str) -> None:
    assert _lint(tmp_path, {"ko_bulletin.txt": CITY_BULLETIN, "ko_note.txt": city_note(value, year)}) == []


def test_a_kind_of_city_owns_no_population(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "도시 인구 분석\n입력 2025.01.22 10:00\n대도시 인구는 2024년 말 2,610만 명으로 집계됐다.\n"
    claim = bound(text, ruleset)["2,610만 명"].claim
    assert claim is None or claim.entity != "대도시"


def test_a_time_noun_with_si_owns_no_figure(ruleset) -> None:  # type: ignore[no-untyped-def]
    """평상시, 필요시: -시 "when" after a Sino-Korean root has a place's shape (a stem of two syllables and 시),
    but the text never writes its stem as a name of its own (as 하림 in "하림 시내버스"), so it names no place."""
    text = "운영 점검\n입력 2025.01.22 10:00\n평상시 이용객은 하루 3만 명이다. 필요시 인력은 50명을 더 투입한다.\n"
    found = bound(text, ruleset)
    for figure in ("3만 명", "50명"):
        claim = found[figure].claim
        assert claim is None or claim.entity not in ("평상시", "필요시")


def test_a_bare_year_end_is_a_reference_time_only_right_before_the_figure(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "하림시 인구\n입력 2025.01.22 10:00\n하림시 인구는 2024년 말 45만 3천 명이다. 하림시는 2024년 말 완공한 도서관에 책 12만 권을 들였다.\n"
    found = bound(text, ruleset)
    assert found["45만 3천 명"].claim is not None and found["45만 3천 명"].claim.reference == "2024-12-31"
    books = found["12만 권"].claim
    assert books is None or books.reference is None


# --- English verbs that name the measure; a port in two scripts -----------------------------------------

CAR_KO = """대산자동차, 지난해 인도량 48만 2천 대
입력 2025.01.20 11:00
대산자동차는 2024년 인도량이 48만 2천 대로 집계됐다고 20일 밝혔다.
회사는 올해 인도량 목표를 52만 대로 제시했다.
"""


def car_en(value: str, year: str = "2024") -> str:
    return f"""Daesan deliveries climb
By Ann Park | 22 January 2025
Daesan Motors delivered {value} vehicles in {year}, ahead of Saebit Motors, which delivered 410,000 vehicles.
It aims to deliver 550,000 vehicles this year.
"""


def test_a_verb_of_delivering_meets_the_korean_deliveries(tmp_path: Path) -> None:
    found = _lint(tmp_path, {"ko_car.txt": CAR_KO, "en_car.txt": car_en("428,000")})
    assert len(found) == 1 and "Daesan Motors · deliveries for 2024" in found[0] and "48만 2천 대" in found[0]


@pytest.mark.parametrize("value, year", [("482,000", "2024"), ("about 480,000", "2024"), ("428,000", "2023")])
def test_the_same_deliveries_or_another_year_is_no_finding(tmp_path: Path, value: str, year: str) -> None:
    assert _lint(tmp_path, {"ko_car.txt": CAR_KO, "en_car.txt": car_en(value, year)}) == []


def hub_en(value: str) -> str:
    return f"""Parcel hubs grow
By Ann Park | 22 January 2025
Hanul Logistics Center handled {value} boxes in 2024, ahead of Saebit Logistics Center, which handled 70.1 million boxes.
It aims to handle 95 million boxes this year.
"""


def test_the_antecedent_of_which_owns_the_figure_of_its_clause(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = bound(hub_en("84.5 million"), ruleset)
    assert found["70.1 million"].claim is not None and found["70.1 million"].claim.entity == "Saebit Logistics Center"
    assert found["84.5 million"].claim is not None and found["84.5 million"].claim.entity == "Hanul Logistics Center"
    goal = found["95 million"].claim
    assert goal is None or goal.goal


STEEL_KO = """동해제철, 지난해 생산량 1,230만 톤…역대 최대
입력 2025.02.03 09:10
동해제철은 3일 2024년 생산량이 1,230만 톤으로 전년(1,190만 톤)보다 3.4% 늘었다고 밝혔다.
"""


def steel_en(value: str) -> str:
    return f"""Donghae Steel lifts output to a record
By Sarah Lee | 4 February 2025
Donghae Steel produced {value} million tonnes of crude steel in 2024, the company said on Monday.
Rival Namhae Steel produced 12.3 million tonnes last year.
"""


def test_a_verb_of_producing_meets_the_korean_output(tmp_path: Path) -> None:
    found = _lint(tmp_path, {"ko_steel.txt": STEEL_KO, "en_steel.txt": steel_en("13.2")})
    assert len(found) == 1 and "output" in found[0] and "1,230만 톤" in found[0]
    # the same tonnage in English; the rival's 12.3 million is another entity's
    assert _lint(tmp_path, {"en_steel.txt": steel_en("12.3")}) == []


PORT_KO = """한빛항, 지난해 물동량 235만 TEU
입력 2025.01.10 10:00
한빛항만공사는 10일 한빛항의 2024년 컨테이너 물동량이 235만 TEU로 집계됐다고 밝혔다.
항만공사는 올해 물동량 목표를 250만 TEU로 잡았다.
"""


@pytest.mark.parametrize("sentence", [
    "The Port of Hanbit handled 2.53 million TEU in 2024, the port authority said.",
    "The Port of Hanbit on Korea's west coast handled 2.53 million TEU in 2024.",
    "Hanbit Port handled 2.53 million TEU in 2024, up 4%.",
])
def test_an_english_port_sentence_meets_the_korean_release(tmp_path: Path, sentence: str) -> None:
    en = f"Hanbit volumes\nBy Lee Jun | 11 January 2025\n{sentence}\nIt targets 2.5 million TEU for 2025.\n"
    found = _lint(tmp_path, {"ko_port.txt": PORT_KO, "en_port.txt": en})
    assert len(found) == 1 and "throughput for 2024" in found[0]


@pytest.mark.parametrize("sentence", [
    "The Port of Hanbit handled 2.35 million TEU in 2024.",                     # the same value
    "The Port of Hanbit handled 2.53 million TEU in 2023.",                     # another year
    "The Port of Hanbit aims to handle 2.53 million TEU in 2024.",              # a goal
    "Hanbit trails Mokseo Port, which handled 2.53 million TEU in 2024.",       # another port's
])
def test_no_finding_for_the_same_port_figure_another_year_a_goal_or_another_port(tmp_path: Path, sentence: str) -> None:
    en = f"Hanbit volumes\nBy Lee Jun | 11 January 2025\n{sentence}\n"
    assert _lint(tmp_path, {"ko_port.txt": PORT_KO, "en_port.txt": en}) == []


@pytest.mark.parametrize("hangul, latin, same", [
    ("한빛항", "Port of Hanbit", True), ("한빛항", "Hanbit Port", True), ("한빛항", "Hanbit Harbour", True),
    ("한빛항", "Hanbit", False),            # the city, not its port
    ("한빛항", "Port of Hanbitgang", False),
    ("한빛대학교", "University of Hanbit", True),
    ("한빛시", "Port of Hanbit", False),
])
def test_a_port_in_two_scripts(hangul: str, latin: str, same: bool) -> None:
    assert romanizes(hangul, latin) is same


def test_a_measure_noun_after_the_figure_outranks_the_verb(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "Mokseo Airport\nBy Lee Jun | 11 January 2025\nMokseo Airport handled 8.4 million passengers in 2024.\n"
    claim = bound(text, ruleset)["8.4 million"].claim
    assert claim is not None and (claim.entity, claim.attribute) == ("Mokseo Airport", "passengers")


# --- a Korean earnings sentence: the lines of the statement as labels, a descriptor before the name -------

EARNINGS_KO = """대산제약, 3분기 영업이익 312억 원
입력 2024.11.07 16:42
제약업체 대산제약이 올해 3분기 매출 2,150억 원, 영업이익 312억 원을 기록했다고 7일 공시했다.
지역별로는 서울 550억 원, 경기 257억 원이었다.
"""


def test_the_lines_of_an_earnings_statement_name_their_figures(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = bound(EARNINGS_KO, ruleset)
    for figure, attribute in (("2,150억 원", "매출"), ("312억 원", "영업이익")):
        claim = found[figure].claim
        assert claim is not None and (claim.entity, claim.attribute) == ("대산제약", attribute)
    # places labelling parts of a whole stay parts: never an attribute named 서울
    for figure in ("550억 원", "257억 원"):
        claim = found[figure].claim
        assert claim is None or claim.attribute not in ("서울", "경기")


def test_a_common_noun_before_a_common_noun_is_no_described_name(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "여객 동향\n입력 2024.11.07 16:42\n지난달 국제선 이용객은 120만 명이었다.\n"
    claim = bound(text, ruleset)["120만 명"].claim
    assert claim is None or claim.entity not in ("이용객", "국제선")


def english(title: str, date: str, sentence: str) -> str:
    return f"{title}\nBy A. Kim | {date}\n{sentence}\n"


def earnings_en(sentence: str) -> str:
    return english("Daesan Pharmaceutical results", "20 November 2024", sentence)


def _one_finding(tmp_path: Path, files: dict[str, str], *needles: str) -> None:
    found = _lint(tmp_path, files)
    assert len(found) == 1 and all(n in found[0] for n in needles), found


def test_a_quarter_s_revenue_meets_the_same_quarter_in_korean(tmp_path: Path) -> None:
    en = earnings_en("Daesan Pharmaceutical posted revenue of 201 billion won in the third quarter of 2024.")
    _one_finding(tmp_path, {"ko.txt": EARNINGS_KO, "en.txt": en}, "Daesan Pharmaceutical · revenue for 2024-Q3", "2,150억 원")


@pytest.mark.parametrize("sentence", [
    "Daesan Pharmaceutical posted revenue of 215 billion won in the third quarter of 2024.",   # the same value
    "Daesan Pharmaceutical posted revenue of 201 billion won in the second quarter of 2024.",  # another quarter
    "Daesan Pharmaceutical had revenue of 790 billion won in 2024.",                           # the year, not the quarter
    "Analysts expect revenue of 201 billion won in the third quarter of 2024.",                # a forecast, no owner
])
def test_no_finding_for_the_same_revenue_another_period_or_a_forecast(tmp_path: Path, sentence: str) -> None:
    assert _lint(tmp_path, {"ko.txt": EARNINGS_KO, "en.txt": earnings_en(sentence)}) == []


def test_a_verb_before_the_noun_of_of_is_no_part_of_the_attribute(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = bound(earnings_en("Daesan Pharmaceutical posted revenue of 201 billion won in the third quarter of 2024."), ruleset)
    claim = found["201 billion won"].claim
    assert claim is not None and (claim.attribute, claim.period) == ("revenue", "2024")


# --- more English owners: a participle after the clause, an adverb before the verb, a plural possessive -----

HOSPITAL_KO = """새온병원, 병상 1,120개로 증설
입력 2025.03.02 09:00
새온병원은 2일 병상 수를 1,120개로 늘렸다고 밝혔다.
"""


def test_an_adverb_between_the_name_and_its_verb_leaves_the_name_the_subject(tmp_path: Path) -> None:
    en = "Saeon Hospital expands\nBy Kim Min | 3 March 2025\nSaeon Hospital now operates 1,210 beds, the hospital said.\n"
    found = _lint(tmp_path, {"ko.txt": HOSPITAL_KO, "en.txt": en})
    assert len(found) == 1 and "Saeon Hospital · hospital beds for 2025" in found[0]
    same = "Saeon Hospital expands\nBy Kim Min | 3 March 2025\nSaeon Hospital now operates 1,120 beds, more than Mirae Hospital, which has 1,210 beds.\n"
    assert _lint(tmp_path, {"ko.txt": HOSPITAL_KO, "en.txt": same}) == []


@pytest.mark.parametrize("sentence, figure, expected", [
    ("Hanbit Port ranked third in 2024, handling 2.53 million TEU.", "2.53 million", ("Hanbit Port", "throughput")),
    ("Hanbit Port ranked third in 2024, handling 2.53 million passengers.", "2.53 million", ("Hanbit Port", "passengers")),
    ("Daesan Motors' deliveries were 48,200 in 2024.", "48,200", ("Daesan Motors", "deliveries")),
    ("Mokseo Port, which handled 1.1 million TEU, trails Hanbit Port.", "1.1 million", ("Mokseo Port", "throughput")),
])
def test_english_owners_of_trade_sentences(ruleset, sentence: str, figure: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    claim = bound(f"Ports\nBy Lee Jun | 11 January 2025\n{sentence}\n", ruleset)[figure].claim
    assert claim is not None and (claim.entity, claim.attribute) == expected


@pytest.mark.parametrize("sentence, figure, expected", [
    ("Some 2.53 million TEU passed through Hanbit Port in 2024.", "Some 2.53 million", ("Hanbit Port", "throughput", "2024")),
    # a counted noun after the figure is its measure; a common noun passed through is no owner
    ("About 2.53 million passengers passed through Hanbit Airport in 2024.", "About 2.53 million",
     ("Hanbit Airport", "passengers", "2024")),
    ("Some 4,000 ships passed through the strait in 2024.", "Some 4,000", None),
])
def test_a_count_that_passed_through_a_place_is_the_place_s(ruleset, sentence: str, figure: str,  # type: ignore[no-untyped-def]
                                                            expected: tuple[str, str, str] | None) -> None:
    claim = bound(f"Ports\nBy Lee Jun | 11 January 2025\n{sentence}\n", ruleset)[figure].claim
    assert (claim.entity, claim.attribute, claim.period) == expected if claim is not None else expected is None


def test_a_port_release_meets_a_count_that_passed_through_the_port(tmp_path: Path) -> None:
    en = "Hanbit volumes\nBy Lee Jun | 11 January 2025\nSome 2.53 million TEU passed through Hanbit Port in 2024.\n"
    found = _lint(tmp_path, {"ko_port.txt": PORT_KO, "en_port.txt": en})
    assert len(found) == 1 and "throughput for 2024" in found[0]
    same = en.replace("2.53", "2.35")
    assert _lint(tmp_path, {"ko_port.txt": PORT_KO, "en_port.txt": same}) == []


def harim_en(sentence: str) -> str:
    return english("Harim", "30 January 2025", sentence)


def test_the_noun_of_a_name_meets_the_korean_compound(tmp_path: Path) -> None:
    en = harim_en("The population of Harim reached 435,000 at the end of 2024.")
    _one_finding(tmp_path, {"ko_bulletin.txt": CITY_BULLETIN, "en.txt": en}, "population for 2024", "45만 3천 명")


@pytest.mark.parametrize("sentence", [
    "The population of Harim reached about 453,000 at the end of 2024.",  # the same value, rounded
    "The population of Harim reached 435,000 at the end of 2020.",        # another year
    "The population of the city reached 435,000 at the end of 2024.",     # a common noun owns nothing
])
def test_no_finding_for_the_same_population_another_year_or_no_name(tmp_path: Path, sentence: str) -> None:
    assert _lint(tmp_path, {"ko_bulletin.txt": CITY_BULLETIN, "en.txt": harim_en(sentence)}) == []
