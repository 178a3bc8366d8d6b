"""Temperatures are figures (issue 16): °C, ℃, °F, 섭씨/화씨, 도씨, "degrees Celsius", and a Korean 도
whose clause is about a temperature. Hard negatives: angles, latitudes, slopes, 제주도, 도시."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.model import Quantity
from factlint.quantities import extract
from factlint.quantities.output import base, to_json
from factlint.quantities.units import to_base

C, FH, DC = "degree_Celsius", "degree_Fahrenheit", "delta_degree_Celsius"


def _degrees(text: str) -> list[tuple[str, F | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in extract(text) if q.unit and "deg" in q.unit]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The climate has a January mean of −3.4 °C.", ("−3.4 °C", F("-3.4"), C)),  # U+2212
        ("Lows reach -5°C at night.", ("-5°C", F(-5), C)),
        ("Water boils at 212 ° F.", ("212 ° F", F(212), FH)),
        ("Highs of 98.6℉ were logged.", ("98.6℉", F("98.6"), FH)),
        ("It was 35 degrees Celsius in the shade.", ("35 degrees Celsius", F(35), C)),
        ("Water boils at 100° Celsius.", ("100° Celsius", F(100), C)),
        ("It fell to minus 5 degrees Fahrenheit.", ("minus 5 degrees Fahrenheit", F(-5), FH)),
        ("It was 2 degrees below zero.", ("2 degrees below zero", F(-2), "degree")),
        ("어제 서울은 35℃를 기록했다.", ("35℃", F(35), C)),
        ("오늘 아침은 영하 3.4℃까지 떨어졌다.", ("영하 3.4℃", F("-3.4"), C)),
        ("한낮에는 30도씨였다.", ("30도씨", F(30), C)),
        ("외부 온도는 섭씨 30도입니다.", ("섭씨 30도", F(30), C)),
        ("섭씨30°의 물", ("섭씨30°", F(30), C)),
        ("텍사스는 화씨 70도였다.", ("화씨 70도", F(70), FH)),
        ("서울 기온이 영하 12도를 기록했다.", ("영하 12도", F(-12), C)),
        ("오늘 서울의 최고 기온은 33.5도였다.", ("33.5도", F("33.5"), C)),
        ("환자의 체온은 38.5도로 올랐다.", ("38.5도", F("38.5"), C)),
        ("남해안 수온이 28도까지 올랐다.", ("28도", F(28), C)),
        ("기온은 영상 3도로 올라섰다.", ("영상 3도", F(3), C)),
    ],
)
def test_temperatures_are_read_with_their_scale_and_sign(text: str, figure: tuple[str, F, str]) -> None:
    assert figure in _degrees(text)


def test_every_figure_of_a_temperature_list_keeps_its_clause() -> None:
    got = _degrees("기온은 낮 최고 32도, 밤 최저 25도를 기록했다.")
    assert [(v, u) for _, v, u in got] == [(F(32), C), (F(25), C)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("기온이 전날보다 2.5도 올랐다.", ("2.5도", F("2.5"), DC)),
        ("기온이 2.5도 올랐다.", ("2.5도", F("2.5"), DC)),
        ("Global temperatures rose 1.1 °C since 1900.", ("1.1 °C", F("1.1"), DC)),
        ("Warming of 1.5°C above pre-industrial levels.", ("1.5°C", F("1.5"), DC)),
    ],
)
def test_a_temperature_difference_is_a_delta(text: str, figure: tuple[str, F, str]) -> None:
    assert figure in _degrees(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("기온이 35도까지 올랐다.", ("35도", F(35), C)),  # where it rose to: a temperature, not a difference
        ("The high was 30 °C, warmer than usual.", ("30 °C", F(30), C)),
    ],
)
def test_a_temperature_reached_is_not_a_delta(text: str, figure: tuple[str, F, str]) -> None:
    assert figure in _degrees(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("카메라의 각도 30°로 설정했다.", ("30°", F(30), "degree")),
        ("이 섬은 북위 37도에 있다.", ("37도", F(37), "degree")),
        ("경사 30도의 비탈길이다.", ("30도", F(30), "degree")),
        ("동쪽 하늘 고도 32도 부근에서 볼 수 있다.", ("32도", F(32), "degree")),
        ("기온이 오르자 각도 30도로 돌렸다.", ("30도", F(30), "degree")),  # the nearest noun is the angle's
        ("30도 회전했다.", ("30도", F(30), "degree")),  # a bare 도: unchanged
        ("Turn a 45 degrees angle.", ("45 degrees", F(45), "degree")),
        ("The temperature is 24 degrees.", ("24 degrees", F(24), "degree")),  # no scale written: no guess
    ],
)
def test_angles_and_bare_degrees_stay_angles(text: str, figure: tuple[str, F, str]) -> None:
    assert figure in _degrees(text)


@pytest.mark.parametrize("text", ["제주도 여행", "인구 85만 도시", "기온 변화로 제주도 관광객 3만 명", "F-Series 800,000 units"])
def test_no_temperature_where_there_is_none(text: str) -> None:
    assert not [q for q in extract(text) if q.unit and "deg" in q.unit]


def test_temperature_in_another_sentence_is_no_context() -> None:
    assert _degrees("기온이 크게 올랐다. 배는 30도 기울었다.") == [("30도", F(30), "degree")]


def _q(value: str, unit: str) -> Quantity:
    (q,) = [q for q in extract(f"{value} {unit}") if q.unit]
    return q


def test_base_of_an_offset_scale_is_kelvin_by_offset_arithmetic() -> None:
    assert to_base(_q("30", "°C")) == (F("303.15"), "kelvin")
    assert to_base(_q("86", "°F")) == (F("303.15"), "kelvin")
    assert to_base(_q("-40", "°F")) == to_base(_q("-40", "°C"))
    assert base(_q("0", "°C"))[0] == F("273.15")  # not 0 × a factor


def test_json_base_value_is_truthful_for_temperatures_and_deltas() -> None:
    (t,) = [q for q in extract("서울 기온은 영하 3.4℃였다.") if q.unit]
    j = to_json(t)
    assert (j["value"], j["unit"], j["base_value"], j["base_unit"]) == (-3.4, C, 269.75, "kelvin")
    (d,) = [q for q in extract("기온이 2.5도 올랐다.") if q.unit]
    j = to_json(d)
    assert (j["unit"], j["base_value"], j["base_unit"]) == (DC, 2.5, "kelvin")  # a difference: no offset
