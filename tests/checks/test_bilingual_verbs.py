"""`bilingual-figure-contradiction` where the English figure is the object of a verb of measure (issue #14, fresh7's
C2 and C5): "exported 1,640 of them" measures exports (수출), not the pronoun; "X expects the farm to generate about
1,210 GWh a year" is the farm's generation (발전량), X's forecast, and meets "X는 … 발전량이 약 1,050GWh에 이를 것으로
전망했다" when both forecast one yearly rate (the forecaster's names meet across scripts as the entities' do). Company
heads across scripts: 모빌리티 = Mobility, 풍력 = Wind, 해상풍력단지 = Offshore Wind Farm, 유나이티드 = United.
Our own pairs of short articles — other names and figures than fresh7 — with hard negatives in both languages: the
same value in another notation, another year, a running total against a year's, another model's figure, a goal next
to the fact, another forecaster, a farm the text does not single out, a fact against a forecast."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import segment
from factlint.binding import bind
from factlint.config.ruleset import RuleSet
from factlint.loader import dateline, load
from factlint.model import Document
from factlint.quantities import extract_blocks
from factlint.romanize import romanizes
from tests.checks.test_bilingual import _findings, ruleset  # noqa: F401  (the fixture is used by name)

EXPORTS_KO = ("소담모빌리티, 지난해 전기버스 2,310대 판매\n입력 2026.02.03 09:00\n\n"
              "소담모빌리티는 2025년 한 해 동안 전기버스 2,310대를 판매했다고 3일 밝혔다. 이 가운데 수출은 {value}대였다.\n")
EXPORTS_EN = "Buses for the islands\nBy Mina Park, Coast Herald\nMarch 2, 2026\n\n{body}\n"
EXPORT_VALUE_KO = "소담모빌리티 수출 실적\n입력 2026.02.03 09:00\n\n소담모빌리티의 2025년 수출액은 1조 2천억 원이었다.\n"
MAKER = "Each bus has a 300 kWh battery, according to manufacturer Sodam Mobility. "

WIND_KO = ("다온 해상풍력단지 상업운전\n입력 2026.04.02 06:00\n\n다온 해상풍력단지가 4월 1일 상업운전을 시작했다. "
           "해담풍력은 다온 해상풍력단지의 연간 발전량이 약 {value}에 이를 것으로 전망했다.\n")
WIND_EN = ("Daon County\n\nFishing has long dominated the county's economy. The Daon Offshore Wind Farm, operated by "
           "Haedam Wind, began commercial operation in April 2026 with 36 turbines. {body}\n")


@pytest.mark.parametrize("ko, en, found", [
    # "exported N of them": the pronoun is the buses sold; the verb names the measure
    (EXPORTS_KO.format(value="1,420"),
     EXPORTS_EN.format(body=MAKER + "Sodam sold 2,310 buses last year and exported 1,870 of them, the company said."),
     "en.txt Sodam Mobility · exports 1,870"),
    (EXPORTS_KO.format(value="1,420"),
     EXPORTS_EN.format(body="Sodam Mobility exported 1,870 buses in 2025, the company said."),
     "en.txt Sodam Mobility · exports 1,870"),
    (EXPORTS_KO.format(value="1,420"),
     EXPORTS_EN.format(body="In 2025 Sodam Mobility sold 2,310 buses and exported about 1,900 of those."),
     "en.txt Sodam Mobility · exports about 1,900"),
    # money exported: 수출액 and "exported … won worth of"
    (EXPORT_VALUE_KO, EXPORTS_EN.format(body="Sodam Mobility exported 1.5 trillion won worth of buses in 2025."),
     "en.txt Sodam Mobility · exports 1.5 trillion won"),
    # "X expects the farm to generate N a year": the farm's generation, X's forecast; 풍력 = Wind for the source
    (WIND_KO.format(value="1,320GWh"), WIND_EN.format(body="Haedam Wind expects the farm to generate about 1,480 GWh a year."),
     "ko.txt 다온 해상풍력단지 · generation 약 1,320GWh"),
    (WIND_KO.format(value="1,320GWh"), WIND_EN.format(body="Haedam Wind forecasts that the farm will generate 1,480 GWh a year."),
     "ko.txt 다온 해상풍력단지 · generation 약 1,320GWh"),
    (WIND_KO.format(value="1,320GWh"), WIND_EN.format(body="Haedam Wind expects the farm to generate about 1.6 TWh per year."),
     "ko.txt 다온 해상풍력단지 · generation 약 1,320GWh"),
])
def test_the_verb_names_the_measure(tmp_path: Path, ruleset: RuleSet, ko: str, en: str, found: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": en, "ko.txt": ko}) == [found]


@pytest.mark.parametrize("ko, en", [
    # the same value in the other language and notation
    (EXPORTS_KO.format(value="1,870"),
     EXPORTS_EN.format(body=MAKER + "Sodam sold 2,310 buses last year and exported 1,870 of them, the company said.")),
    (WIND_KO.format(value="1,480GWh"), WIND_EN.format(body="Haedam Wind expects the farm to generate about 1,480 GWh a year.")),
    (WIND_KO.format(value="1,480GWh"), WIND_EN.format(body="Haedam Wind expects the farm to generate about 1.48 TWh a year.")),
    (EXPORT_VALUE_KO, EXPORTS_EN.format(body="Sodam Mobility exported 1.2 trillion won worth of buses in 2025.")),
    # another year
    (EXPORTS_KO.format(value="1,420"), EXPORTS_EN.format(body="Sodam Mobility exported 1,870 buses in 2024.")),
    # the comparison's object has a figure of its own: the forecast is the farm's, 1,320 as in Korean
    (WIND_KO.format(value="1,320GWh"),
     WIND_EN.format(body="Haedam Wind expects the farm to generate about 1,320 GWh a year, less than the 1,600 GWh of the "
                         "Seomun Offshore Wind Farm.")),
    # a running total against a year's (누적 vs 2025)
    (EXPORTS_KO.format(value="1,420"),
     EXPORTS_EN.format(body="Sodam Mobility has exported more than 4,100 buses since it began mass production in 2019.")),
    # another model's figure: a word between the count and its noun restricts what is counted
    (EXPORTS_KO.format(value="1,420"), EXPORTS_EN.format(body="Sodam Mobility exported 1,870 e-Line 9 buses in 2025.")),
    # a goal next to the fact
    (EXPORTS_KO.format(value="1,420"),
     EXPORTS_EN.format(body="Sodam Mobility exported 1,420 buses in 2025 and aims to export 1,870 this year.")),
    # another forecaster's figure: two sources' forecasts are two claims
    (WIND_KO.format(value="1,320GWh"),
     WIND_EN.format(body="Analysts at Daehan Securities expect the farm to generate about 1,480 GWh a year.")),
    # two farms named before "the farm": which one is not written (the comparison's object has its own figure)
    (WIND_KO.format(value="1,320GWh"),
     WIND_EN.format(body="It is smaller than the Seomun Offshore Wind Farm. Haedam Wind expects the farm to generate about "
                         "1,480 GWh a year.")),
    # a fact against a forecast
    (WIND_KO.format(value="1,320GWh"),
     WIND_EN.format(body="In its first year the Daon Offshore Wind Farm generated 1,480 GWh.")),
    # another farm, with no name, introduced after the named one: "the farm" is that one (s12 review)
    (WIND_KO.format(value="1,320GWh"),
     WIND_EN.format(body="Haedam Wind plans to build a second farm off Bada Island by 2030. Haedam Wind expects the farm "
                         "to generate about 900 GWh a year.")),
    (WIND_KO.format(value="1,320GWh"),
     WIND_EN.format(body="Haedam Wind also plans another farm further south and expects the farm to generate about "
                         "900 GWh a year.")),
])
def test_no_finding_for_what_is_not_one_figure(tmp_path: Path, ruleset: RuleSet, ko: str, en: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": en, "ko.txt": ko}) == []


@pytest.mark.parametrize("hangul, latin, same", [
    ("가온풍력", "Gaon Wind", True),
    ("한빛모빌리티", "Hanbit Mobility", True),
    ("청솔 유나이티드", "Cheongsol United", True),
    ("청솔 해상풍력단지", "Cheongsol Offshore Wind Farm", True),
    ("가온풍력", "Gaon", False),  # the stem alone is no romanization of the whole name
    ("가온풍력", "Gaon Solar", False),
    ("한빛모빌리티", "Hanbit Motors", False),
])
def test_company_heads_across_scripts(hangul: str, latin: str, same: bool) -> None:
    assert romanizes(hangul, latin) is same


@pytest.mark.parametrize("text, date", [
    ("Buses for the islands\nBy Mina Park, Coast Herald\nMarch 2, 2026\n\nBody.\n", "2026-03-02"),
    ("Buses\nBy Mina Park\n2 March 2026\n\nBody.\n", "2026-03-02"),
    # a date line with no byline before it, or a sentence after the byline, is no dateline
    ("Buses for the islands\nMarch 2, 2026\n\nBody.\n", None),
    ("Buses\nBy Mina Park\nOn March 2, 2026 the county bought 45 buses.\n", None),
])
def test_a_date_on_the_line_after_the_byline_is_the_articles(text: str, date: str | None) -> None:
    found = dateline(text)
    assert (found.isoformat() if found else None) == date


@pytest.mark.parametrize("text, year", [
    ("소담모빌리티는 2025년 전기버스 2,310대를 판매했다. 이 가운데 수출은 1,420대였다.", "2025"),
    ("소담모빌리티는 2025년 전기버스 2,310대를 판매했다. 이는 역대 최대다. 그중 수출은 1,420대였다.", "2025"),
    # a dateline's line is a sentence of its own, not the start of the first sentence of the body
    ("배포일: 2026년 2월 10일\n\n소담모빌리티는 2025년 전기버스 2,310대를 판매했다. 이는 역대 최대다.\n\n이 가운데 수출은 1,420대였다.",
     "2025"),
    # no partitive opener: the part's year is not the sentence before's
    ("소담모빌리티는 2025년 전기버스 2,310대를 판매했다. 수출은 1,420대였다.", None),
    # the sentence before states two years: which whole is not said
    ("소담모빌리티는 2024년 1,900대, 2025년 2,310대를 판매했다. 이 가운데 수출은 1,420대였다.", None),
])
def test_a_partitive_sentence_takes_the_wholes_year(tmp_path: Path, ruleset: RuleSet, text: str, year: str | None) -> None:
    path = tmp_path / "ko.txt"
    path.write_text("소담모빌리티 실적\n\n" + text + "\n", encoding="utf-8")
    doc = load(str(path))
    assert isinstance(doc, Document)
    blocks = segment.blocks(doc)
    claims = [c for c in bind(doc, blocks, extract_blocks(doc.text, blocks), ruleset)[0] if c.quantity.text == "1,420대"]
    assert [c.period for c in claims] == [year]


# --- a figure per game is a rate: its own measure, never the season's total (fresh7 C3) -------------------------

CROWD_KO = "한결FC 시즌 결산\n입력 2026.01.10 09:00\n\n한결FC는 2025년 경기당 평균 6,900여 명의 관중을 모았다.\n"
CROWD_EN = "Football\nBy Hannah Kim | Posted 14 December 2025\n\nThe numbers tell the story. {body}\n"


@pytest.mark.parametrize("en", [
    "Hangyeol FC averaged 8,412 fans per home game in 2025, according to the club.",
    "Hangyeol FC had an average of 8,412 spectators a game in 2025.",
    "In 2025 Hangyeol FC averaged 8,412 fans a match.",
])
def test_a_rate_per_game_meets_the_korean_one(tmp_path: Path, ruleset: RuleSet, en: str) -> None:
    found = _findings(tmp_path, ruleset, {"en.txt": CROWD_EN.format(body=en), "ko.txt": CROWD_KO})
    assert found == ["ko.txt 한결FC · attendance per game 6,900여 명"]


@pytest.mark.parametrize("en", [
    # the same value
    "Hangyeol FC averaged 6,912 fans per home game in 2025.",
    # another year
    "Hangyeol FC averaged 7,150 fans per home game in 2024.",
    # the season's total against a rate per game
    "Hangyeol FC drew 159,828 spectators in 2025.",
    # a goal next to the fact
    "Hangyeol FC aims to average 10,000 fans per home game in 2025.",
    # another club
    "Seojin FC averaged 8,412 fans per home game in 2025.",
])
def test_no_finding_for_another_rate_year_or_total(tmp_path: Path, ruleset: RuleSet, en: str) -> None:
    assert _findings(tmp_path, ruleset, {"en.txt": CROWD_EN.format(body=en), "ko.txt": CROWD_KO}) == []


@pytest.mark.parametrize("en", [
    "Hangyeol FC averaged 8,412 fans per home game in 2025.",
    "Hangyeol FC had an average of 8,412 spectators a game in 2025.",
])
def test_a_season_total_never_meets_a_rate_per_game(tmp_path: Path, ruleset: RuleSet, en: str) -> None:
    ko = "한결FC 시즌 결산\n입력 2026.01.10 09:00\n\n한결FC는 2025년 관중 12만 명을 모았다.\n"
    assert _findings(tmp_path, ruleset, {"en.txt": CROWD_EN.format(body=en), "ko.txt": ko}) == []


# --- "이 단지의 연간 발전량": the demonstrative points back to the one name with that head (fresh7 C2's Korean side) ----

FARM_KO = "다온 앞바다 해상풍력 상업운전\n입력 2026.04.02 06:00\n\n{lead} 해담풍력은 이 단지의 연간 발전량이 약 1,320GWh에 이를 것으로 전망했다.\n"


@pytest.mark.parametrize("lead, owner", [
    ("다온군 앞바다의 다온 해상풍력단지가 4월 1일 상업운전을 시작했다.", "다온 해상풍력단지"),
    ("다온군에 들어선 다온 풍력단지는 4월 1일 가동을 시작했다.", "다온 풍력단지"),
    # two farms before it: which one is not written
    ("다온군의 다온 해상풍력단지와 누리군의 누리 해상풍력단지가 가동을 시작했다.", None),
    # a common noun's compound is no name ("아파트 단지"): nothing to point back to
    ("다온군 앞바다에 새 아파트 단지가 들어섰다.", None),
])
def test_this_farm_is_the_name_with_that_head(tmp_path: Path, ruleset: RuleSet, lead: str, owner: str | None) -> None:
    path = tmp_path / "ko.txt"
    path.write_text(FARM_KO.format(lead=lead), encoding="utf-8")
    doc = load(str(path))
    assert isinstance(doc, Document)
    blocks = segment.blocks(doc)
    claims = [c for c in bind(doc, blocks, extract_blocks(doc.text, blocks), ruleset)[0] if c.quantity.text == "약 1,320GWh"]
    assert [c.entity for c in claims] == ([owner] if owner else [])
