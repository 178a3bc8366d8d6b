"""National and global statistics (issue #14): the scope noun that modifies the measured noun owns the
figure ("올여름 전국 평균기온이 25.6℃로": 전국 · 평균기온), when the clause names no owner of its own.
The scopes are entities of type ``scope`` in the rule pack (rules/entities.yaml: 전국 / nationwide /
national, 전 세계 / global / worldwide), so that a Korean bulletin and an English report meet; the source
agency (기상청, 세계기상기구, Statistics Korea) stays attribution. Bulletins written for these tests, none
taken from a gold set: a rainfall bulletin, an unemployment release, a global temperature report, in
Korean and English, with their hard negatives (a city's figure in the same sentence, the normal, last
year's value, a region, a company's worldwide share)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factlint.binding.sentences import Bound
from tests.test_own_phrase import bound, ruleset  # noqa: F401  (the pack's fixture and the figures of a text)

REPO = Path(__file__).resolve().parent.parent

RAIN_KO = """2026년 장마철 강수 분석
입력 2026.08.02 10:00
기상청은 2일 올해 장마철 전국 강수량이 468.2㎜로 평년(356.7㎜)보다 많았다고 밝혔다.
서울의 강수량은 612.0㎜로 관측 이래 세 번째로 많았다.
남부지방 강수량은 401.5㎜였다.
지난해 전국 강수량은 301.9㎜였다.
대구의 평균기온은 27.4℃로 전국 평균기온(25.7℃)보다 높았다.
전국 강수량은 470.1㎜로 평년의 131% 수준이었다.
"""

JOBS_KO = """3월 고용동향
입력 2026.04.15 08:00
국가데이터처가 15일 발표한 '2026년 3월 고용동향'에 따르면 지난달 전국 실업률은 3.1%로 1년 전(3.4%)보다 0.3%p 내렸다.
부산 실업률은 3.9%였다.
전국 취업자는 2,851만 명으로 집계됐다.
충북은 고용률이 64.1%로 전국 평균을 1.8%p 웃돌았다.
지난달 국내 관광객은 120만 명이었다.
"""

GLOBAL_KO = """세계기상기구 "지난해 가장 더웠다"
입력 2026.01.12 09:00
세계기상기구(WMO)는 12일 지난해 전 세계 평균기온이 15.1℃로 관측 이래 가장 높았다고 밝혔다.
같은 해 전국 평균기온은 13.7℃였다.
폭염일수는 전국 평균 21.3일로 평년(10.6일)의 두 배였고, 장마 기간은 33일로 평년보다 길었다.
누리전자는 전 세계 스마트폰 점유율이 20%로 1위를 지켰다.
"""

JOBS_EN = """South Korea's jobless rate falls
Published 16 April 2026
The national unemployment rate fell to 3.1% in March from 3.4% a year earlier, Statistics Korea said on Wednesday.
In Busan the unemployment rate was 3.9%.
"""

GLOBAL_EN = """Last year was the hottest on record, WMO says
Published 13 January 2026
The global average temperature was 15.1C last year, the World Meteorological Organization said.
Nationwide heat-related illnesses reached 3,704 in 2025, health officials said.
The national average temperature was 25.7C in July.
In Daegu, the average temperature was 27.4C.
"""


def claim_of(found: dict[str, Bound], figure: str) -> tuple[str, str, str | None] | None:
    assert figure in found, f"{figure!r} not read as a figure"
    c = found[figure].claim
    return None if c is None else (c.entity, c.attribute, c.period)


@pytest.mark.parametrize("text, figure, expected", [
    # the scope opening the measured compound, after a season word, beside the agency that says it
    (RAIN_KO, "468.2㎜", ("전국", "강수량", "2026")),
    (RAIN_KO, "301.9㎜", ("전국", "강수량", "2025")),  # last year's: another period, never the same key
    (JOBS_KO, "3.1%", ("전국", "실업률", "2026")),
    (JOBS_KO, "2,851만 명", ("전국", "취업자", None)),
    (GLOBAL_KO, "15.1℃", ("전 세계", "평균기온", "2025")),  # 세계기상기구(WMO) says it: attribution
    (GLOBAL_KO, "13.7℃", ("전국", "평균기온", None)),
    (GLOBAL_KO, "21.3일", ("전국", "폭염일수", None)),  # "전국 평균 N일": a count of days, the nation's average
    (JOBS_EN, "3.1%", ("전국", "unemployment rate", None)),
    (GLOBAL_EN, "15.1C", ("전 세계", "average temperature", "2025")),
    (GLOBAL_EN, "3,704", ("전국", "heat-related illnesses", "2025")),
    (GLOBAL_EN, "25.7C", ("전국", "average temperature", None)),
])
def test_the_scope_of_the_measured_noun_owns_the_figure(text: str, figure: str, expected: tuple[str, str, str | None],
                                                        ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(bound(text, ruleset), figure) == expected


@pytest.mark.parametrize("text, figure", [
    (RAIN_KO, "612.0㎜"),  # 서울의 강수량: the city's
    (RAIN_KO, "401.5㎜"),  # 남부지방: a part of the nation, no scope of the pack
    (RAIN_KO, "27.4℃"),  # 대구의 평균기온, beside the national one in brackets
    (RAIN_KO, "131%"),  # a ratio to the normal after the phrase's own figure: another measure
    (JOBS_KO, "3.9%"),  # 부산 실업률
    (JOBS_KO, "64.1%"), (JOBS_KO, "1.8%p"),  # 충북's rate and its gap to the national average
    (JOBS_KO, "120만 명"),  # 국내 관광객: domestic visitors (of a place), no scope of the pack
    (GLOBAL_KO, "20%"),  # 누리전자 owns its worldwide share: a name in the clause
    (JOBS_EN, "3.9%"),  # In Busan
    (GLOBAL_EN, "27.4C"),  # In Daegu
])
def test_no_scope_for_a_place_a_normal_or_a_named_owner(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(bound(text, ruleset), figure)
    assert c is None or c[0] not in ("전국", "전 세계"), c


@pytest.mark.parametrize("text, figure", [(RAIN_KO, "356.7㎜"), (GLOBAL_KO, "10.6일")])
def test_the_normal_is_a_scope_of_its_own(text: str, figure: str,
                                                            ruleset) -> None:  # type: ignore[no-untyped-def]
    # "468.2㎜로 평년(356.7㎜)보다": the measure's normal (binding/periods.py), kept apart from this year's by its scope
    c = bound(text, ruleset)[figure].claim
    assert c is None or c.scope == "평년", c


def test_a_duration_beside_a_count_of_days_is_no_claim(ruleset) -> None:  # type: ignore[no-untyped-def]
    found = bound(GLOBAL_KO, ruleset)
    assert found["33일"].claim is None and found["33일"].reason == "not a claim"  # 장마 기간: a span, not a count of days


def _lint(tmp_path: Path, files: dict[str, str]) -> str:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", "--no-cache", "--no-source", "--rules", str(REPO / "rules"),
                          str(tmp_path)], capture_output=True, text=True, cwd=REPO)
    return run.stdout


SUMMER_KO = """2025년 여름철 기후 특성
입력 2025.09.03 11:00
기상청은 3일 올여름 전국 평균기온이 25.6℃로 평년(23.7℃)보다 1.9℃ 높았다고 밝혔다.
대구의 평균기온은 27.9℃였다.
"""


def summer_en(value: str) -> str:
    return f"""Korea swelters through its hottest summer
Published 10 September 2025
The national average temperature was {value} this summer, the Korea Meteorological Administration said.
In Daegu, the average temperature was 27.9C.
"""


def test_a_korean_bulletin_and_an_english_report_of_one_national_figure_meet(tmp_path: Path) -> None:
    out = _lint(tmp_path, {"ko_summer.txt": SUMMER_KO, "en_summer.txt": summer_en("25.9C")})
    assert "bilingual-figure-contradiction" in out and "25.9C" in out and "25.6℃" in out, out


def test_the_same_national_figure_in_both_languages_is_no_finding(tmp_path: Path) -> None:
    out = _lint(tmp_path, {"ko_summer.txt": SUMMER_KO, "en_summer.txt": summer_en("25.6C")})
    assert "contradiction" not in out, out


US_JOBS_EN = """US jobs report
2025-01-10
The national unemployment rate was 4.1% in 2024, the Labor Department said in Washington.
Global average temperature was 15.1C in 2024, the agency said.
"""

JOBS_KO_2024 = """2024년 고용 동향
2025년 1월 15일
통계청은 2024년 전국 실업률이 2.8%로 집계됐다고 밝혔다.
"""


@pytest.mark.parametrize("text, figure, expected", [
    # "national" depends on which nation: a US report's is no 전국 of a Korean bulletin (review repro)
    (US_JOBS_EN, "4.1%", ("national (a nation not named Korea)", "unemployment rate", "2024")),
    (US_JOBS_EN, "15.1C", ("전 세계", "average temperature", "2024")),  # global stays one world
    # hard negatives: a document about Korea keeps 전국 (names Korea / a Korean place / glosses Hangul)
    (US_JOBS_EN.replace("Labor Department said in Washington", "Statistics Korea said"), "4.1%",
     ("전국", "unemployment rate", "2024")),
    (US_JOBS_EN.replace("in Washington", "in Daejeon"), "4.1%", ("전국", "unemployment rate", "2024")),
    (US_JOBS_EN.replace("US jobs report", "Employment trends (고용 동향)"), "4.1%", ("전국", "unemployment rate", "2024")),
])
def test_an_english_national_scope_is_the_korean_nation_only_in_a_document_about_korea(
        text: str, figure: str, expected: tuple[str, str, str | None], ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(bound(text, ruleset), figure) == expected


def test_a_us_national_rate_is_no_contradiction_of_a_korean_national_rate(tmp_path: Path) -> None:
    out = _lint(tmp_path, {"ko_jobs.txt": JOBS_KO_2024, "en_jobs.txt": US_JOBS_EN})
    assert "contradiction" not in out, out
    korean = US_JOBS_EN.replace("the Labor Department said in Washington", "Statistics Korea said")
    out = _lint(tmp_path, {"ko_jobs.txt": JOBS_KO_2024, "en_jobs.txt": korean})
    assert "bilingual-figure-contradiction" in out and "4.1%" in out, out


# session 14 review: an average of the whole in a later clause is not the sentence's named subject's
WHOLE_EN = """Regional notes
Posted April 2, 2026 by Dana Park

Seoha Port handled 3.1 million containers in 2025, while the global average was 2.8 million.
Nampung Air carried 720,000 passengers in 2025, while the national average stood at 500,000.
Cheongsol Bank lent 4.1 trillion won in 2025, whereas the nationwide total was 910 trillion won.
Nampung Air carried 690,000 passengers in 2024, while its load factor was 84%.
Gaon Bank employs 4,200 people nationwide.
"""


@pytest.mark.parametrize("figure", ["2.8 million", "500,000", "910 trillion won"])
def test_an_average_of_the_whole_is_not_the_subjects(figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(bound(WHOLE_EN, ruleset), figure)
    assert c is None or c[0] not in ("Seoha Port", "Nampung Air", "Cheongsol Bank"), c


@pytest.mark.parametrize("figure, expected", [
    ("3.1 million", ("Seoha Port", "containers", "2025")),
    ("720,000", ("Nampung Air", "passengers", "2025")),
    ("84%", ("Nampung Air", "load factor", None)),  # its: the subject's own
    ("4,200", ("Gaon Bank", "employees", None)),  # a scope word after the figure: still the bank's
])
def test_the_subjects_own_figures_stay_its(figure: str, expected: tuple[str, str, str | None],
                                           ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(bound(WHOLE_EN, ruleset), figure) == expected
