"""Rates of change of a level (issue #14, fresh5's C3: "물동량이 412만 TEU로 전년보다 5.1% 늘어" against another
article's "전년 대비 6.8% 늘어"): a percentage beside the level it changes, with its base written, is that level's
change (``factlint/binding/changes.py``), compared by rule ``change-rate-contradiction`` only with a change of
the same entity, measure, direction, base and period. Articles written for these tests (a steelmaker, a
hospital, a port in two languages, a bank, a university), none from a gold set, each with hard negatives:
another base, another year, the same value in another notation, a forecast, another entity in the sentence,
a change in points."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _lint(tmp_path: Path, *texts: str) -> list[str]:
    for i, text in enumerate(texts):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", "--no-cache", "--no-source", "--no-default-rules",
                          "--rules", str(REPO / "rules"), str(tmp_path)], capture_output=True, text=True, cwd=REPO)
    return [line for line in run.stdout.splitlines() if "change-rate-contradiction]" in line]


def _ko(title: str, day: str, body: str) -> str:
    return f"{title}\n입력 2025.{day} 10:00\n{body}\n"


STEEL = "한강제철의 2024년 조강 생산량은 1,320만 톤으로 전년(1,250만 톤)보다 {v} 늘었다."
HOSPITAL = "누리병원의 2024년 외래 환자는 41만 2천 명으로 {base} {v} {verb}."
PORT_KO = "한빛항의 2024년 컨테이너 물동량은 253만 TEU로 전년 대비 {v} 증가했다."
PORT_EN = ("Hanbit port traffic\nBy Staff | January 20, 2025\n"
           "The Port of Hanbit handled 2.53 million TEU in {year}, up {v} on the previous year, the port authority said.\n")
BANK = "새봄은행의 3분기 순이익은 4,210억 원으로 {base} 대비 {v} 증가했다."

FOUND = [
    # the same level's change, two values, in other words and with another verb of change
    pytest.param((_ko("한강제철 실적", "01.10", STEEL.format(v="5.6%")),
                  _ko("한강제철 생산 늘어", "01.14", "한강제철의 2024년 조강 생산량은 1,320만 톤으로 전년 대비 7.2% 증가했다.")),
                 id="ko-steel-increase"),
    pytest.param((_ko("누리병원 환자 감소", "01.10", HOSPITAL.format(base="전년보다", v="3.1%", verb="줄었다")),
                  _ko("누리병원 경영 공시", "01.15", HOSPITAL.format(base="전년 대비", v="4.5%", verb="감소했다"))),
                 id="ko-hospital-decrease"),
    pytest.param((_ko("한빛항 물동량 발표", "01.16", PORT_KO.format(v="6.1%")), PORT_EN.format(year="2024", v="4.4%")),
                 id="ko-en-port"),
    pytest.param((_ko("새봄은행 3분기 실적", "10.20", BANK.format(base="전년 동기", v="12.4%")),
                  _ko("새봄은행 실적 개선", "10.22", BANK.format(base="전년 동기", v="14.2%"))),
                 id="ko-bank-same-base"),
]

# a change with no level beside it: the compound's place owns ("서진항 컨테이너 물동량이 지난해 전년 대비 6.8% 늘어")
WATER = "누리시의 2024년 상수도 사용량은 1억 2천만 톤으로 전년 대비 2.3% 늘었다."
AIRPORT = "해솔국제공항의 2024년 이용객은 512만 명으로 전년보다 9.1% 증가했다."
FOUND += [
    pytest.param((_ko("누리시 상수도", "01.10", WATER),
                  _ko("누리시 물가 동향", "01.20", "누리시 상수도 사용량이 지난해 전년 대비 3.2% 늘어나면서 요금 인상 논의가 나온다.")),
                 id="ko-city-subject-against-level",
                 marks=pytest.mark.xfail(strict=True, reason="the binder reads 상수도 as the topic of '누리시의 2024년 상수도 "
                                                             "사용량은' and binds no level (binder recall, not this rule)")),
    pytest.param((_ko("누리시 상수도", "01.10", "누리지역 수요가 늘었다. 누리시 상수도 사용량이 지난해 전년 대비 2.3% 증가했다."),
                  _ko("누리시 물가 동향", "01.20", "누리시청에 따르면 누리시 상수도 사용량이 지난해 전년 대비 3.2% 늘어나면서 "
                      "요금 인상 논의가 나온다.")),
                 id="ko-city-subject"),
    pytest.param((_ko("해솔공항 이용객", "01.10", AIRPORT),
                  _ko("해솔시 관광 동향", "01.20", "해솔시는 관광객 유치에 나섰다. 해솔국제공항 이용객이 지난해 전년 대비 11.9% 늘어나는 등 "
                      "관광 경기가 살아났다.")), id="ko-airport-of-a-named-city"),
]

STEEL_EN = ("Hanbit Steel output\nBy Staff | January {day}, 2025\n"
            "Hanbit Steel said its crude steel output rose {v} to 13.2 million tonnes in 2024 from {base}.\n")
FOUND += [
    pytest.param((STEEL_EN.format(day="20", v="4.8%", base="a year earlier"),
                  STEEL_EN.format(day="22", v="5.4%", base="the previous year")), id="en-steel-rose-to"),
]

NOT_FOUND = [
    # English: another base (the previous quarter), and a change with no base written ("from 12.6 million tonnes")
    pytest.param((STEEL_EN.format(day="20", v="4.8%", base="a year earlier"),
                  STEEL_EN.format(day="22", v="1.2%", base="the previous quarter")), id="en-other-base"),
    pytest.param((STEEL_EN.format(day="20", v="4.8%", base="a year earlier"),
                  STEEL_EN.format(day="22", v="5.4%", base="12.6 million tonnes")), id="en-no-base"),

    # a port kind is no place: "무역항 물동량" owns nothing
    pytest.param((_ko("무역항 통계", "01.10", "무역항 컨테이너 물동량이 지난해 전년 대비 6.8% 늘었다. 서진시는 항만 투자를 늘린다."),
                  _ko("무역항 통계 2", "01.20", "무역항 컨테이너 물동량이 지난해 전년 대비 5.1% 늘었다. 서진시는 항만 투자를 늘린다.")),
                 id="port-kind"),
    # a word with the head 시 that is no city ("평상시": 'in ordinary times'), its stem written nowhere else
    pytest.param((_ko("전력 수요", "01.10", "평상시 전력 사용량이 지난해 전년 대비 2.3% 증가했다."),
                  _ko("전력 수요 2", "01.20", "평상시 전력 사용량이 지난해 전년 대비 3.2% 늘었다.")), id="no-city"),
    # an airport of a city the article does not name: whose it is is not shown
    pytest.param((_ko("해솔공항 이용객", "01.10", AIRPORT),
                  _ko("관광 동향", "01.20", "해솔국제공항 이용객이 지난해 전년 대비 11.9% 늘어나는 등 관광 경기가 살아났다.")),
                 id="airport-of-no-named-city"),
    # no year written with the subject's change: its period is not said
    pytest.param((_ko("누리시 상수도", "01.10", WATER),
                  _ko("누리시 물가 동향", "01.20", "누리시 상수도 사용량이 전년 대비 3.2% 늘어나면서 요금 인상 논의가 나온다.")),
                 id="no-year"),

    # another base: the previous quarter is not the same quarter a year earlier
    pytest.param((_ko("새봄은행 3분기 실적", "10.20", BANK.format(base="전년 동기", v="12.4%")),
                  _ko("새봄은행 실적 개선", "10.22", BANK.format(base="전 분기", v="3.8%"))), id="other-base"),
    # another year
    pytest.param((_ko("한빛항 물동량 발표", "01.16", PORT_KO.format(v="6.1%")), PORT_EN.format(year="2023", v="4.4%")),
                 id="other-year"),
    # the same value in another notation and language
    pytest.param((_ko("한빛항 물동량 발표", "01.16", PORT_KO.format(v="4.4%")), PORT_EN.format(year="2024", v="4.40%")),
                 id="same-value"),
    # a forecast next to the fact: the forecast's level is no fact, its change is no claim
    pytest.param((_ko("한강제철 실적", "01.10", STEEL.format(v="5.6%")),
                  _ko("한강제철 전망", "01.14", "한강제철의 2025년 조강 생산량은 1,400만 톤으로 전년 대비 6% 늘어날 것으로 전망된다.")),
                 id="forecast"),
    # another entity's change in the same sentence
    pytest.param((_ko("한빛항 물동량 발표", "01.16", "한빛항의 2024년 컨테이너 물동량은 253만 TEU로 전년 대비 6.1% 증가했고, "
                      "서포항의 2024년 컨테이너 물동량은 98만 TEU로 전년 대비 2.3% 증가했다."),
                  _ko("한빛항 물동량 집계", "01.18", PORT_KO.format(v="6.1%"))), id="other-entity"),
    # a rate's change in points is not the level's change
    pytest.param((_ko("한빛대 취업률", "01.10", "한빛대의 2024년 취업률은 71.2%로 전년보다 2.1%p 올랐다."),
                  _ko("한빛대 취업률 상승", "01.12", "한빛대의 2024년 취업률은 71.2%로 전년보다 3.4%p 올랐다.")), id="points"),
    # an increase against a decrease: two directions are two claims (not compared)
    pytest.param((_ko("누리병원 환자", "01.10", HOSPITAL.format(base="전년보다", v="3.1%", verb="줄었다")),
                  _ko("누리병원 공시", "01.15", HOSPITAL.format(base="전년 대비", v="3.1%", verb="증가했다"))), id="direction"),
]


@pytest.mark.parametrize("texts", FOUND)
def test_two_changes_of_one_level_disagree(tmp_path: Path, texts: tuple[str, ...]) -> None:
    assert len(_lint(tmp_path, *texts)) == 1


@pytest.mark.parametrize("texts", NOT_FOUND)
def test_hard_negatives_are_not_reported(tmp_path: Path, texts: tuple[str, ...]) -> None:
    assert _lint(tmp_path, *texts) == []
