"""Units and counters real articles write (issue 16): each pattern with variants and hard negatives."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract


def only(text: str):  # type: ignore[no-untyped-def]
    qs = extract(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("업로드 속도는 최대 150 Mbps다.", F(150), "megabit / second"),
        ("다운로드 1.2 Gbps를 지원한다.", F(12, 10), "gigabit / second"),
        ("배터리 용량은 3,000 mAh이다.", F(3000), "milliampere_hour"),
        ("동쪽 하늘 고도 32도 부근", F(32), "degree"),
        ("궤도가 약 5도 기울어져 있다.", F(5), "degree"),
        ("a 45° angle", F(45), "degree"),
        ("the temperature is 24 degrees", F(24), "degree"),  # degrees with no scale: pint's angle
        ("해상도는 1920 픽셀이다.", F(1920), "pixel"),
        ("출력 밀도는 200W/㎏이다.", F(200), "watt / kilogram"),
        ("23KW/㎏의 출력", F(23), "kilowatt / kilogram"),
        ("시속 10km/h로 달린다.", F(10), "kilometer / hour"),  # "km/h" was read as km alone
        ("at 5 m/s", F(5), "meter / second"),
        ("강수량 104㎜", F(104), "millimeter"),
        ("40여m 높이", F(40), "meter"),  # 여 before a unit
        ("1만여㎡ 부지", F(10_000), "meter ** 2"),
    ],
)
def test_units(text: str, value: F, unit: str) -> None:
    q = only(text)
    assert (q.kind, q.value, q.unit) == ("quantity", value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Water boils at 100° Celsius",  # a temperature: no angle
        "섭씨 30도C",
    ],
)
def test_a_temperature_is_not_an_angle(text: str) -> None:
    assert all(q.unit != "degree" for q in extract(text))


@pytest.mark.parametrize(
    ("text", "value", "counter"),
    [
        ("한중일 3국 정상회의", F(3), "국"),
        ("3인 가족 기준", F(3), "인"),
        ("4인을 초과한 모임", F(4), "인"),
        ("이동통신 3사의 점유율", F(3), "사"),
        ("1,200만 화소 카메라", F(12_000_000), "화소"),
        ("2배체 식물", F(2), "배체"),  # diploid: a count, not a multiple
        ("삼겹살 한 근", F(1), "근"),
        ("두 종의 개구리", F(2), "종"),
    ],
)
def test_counters(text: str, value: F, counter: str) -> None:
    q = only(text)
    assert (q.kind, q.value, q.counter) == ("count", value, counter)


@pytest.mark.parametrize(
    "text",
    [
        "19사단 병력",  # 사단: a division, not companies
        "조직의 2인자",
        "5단지 아파트",
        "3배 증가했다",  # 배 alone is a multiple
    ],
)
def test_counters_that_start_other_words(text: str) -> None:
    assert all(q.kind != "count" for q in extract(text))


def test_a_range_between_is_not_a_count_of_companies() -> None:
    q = only("이 숫자는 20과 30 사이에 있다.")  # 사이: between
    assert (q.low, q.high, q.bound, q.counter) == (F(20), F(30), "range", None)


def test_approximate_rate_words() -> None:
    q = only("세 번꼴로 일어난다")
    assert (q.value, q.counter, q.approx) == (F(3), "번", True)
    # "3명 중 1명 꼴" is one figure, a third (test_figure_phrases), and 꼴 still makes it approximate
    assert [(q.value, q.approx) for q in extract("3명 중 1명 꼴")] == [(F(1, 3), True)]
    assert [q.approx for q in extract("30명 중 10명 꼴")] == [False, True]  # a tally: two counts


def test_going_back_and_forth_is_not_a_lower_bound() -> None:
    q = extract("필로폰 1그램 당 70~80만원을 넘나들었지만")[-1]
    assert (q.low, q.high, q.bound, q.text) == (F(700_000), F(800_000), "range", "70~80만원")
    assert only("100명을 넘는 인원").bound == "min"


@pytest.mark.parametrize(
    ("text", "value", "counter"),
    [
        ("1단 로켓이 분리됐다", F(1), "단"),  # the first stage: a label, like 1위
        ("거리두기 3단계", F(3), "단계"),
    ],
)
def test_stages_are_labels(text: str, value: F, counter: str) -> None:
    q = only(text)
    assert (q.kind, q.value, q.counter) == ("number", value, counter)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("센서 비율 역시 16:9 비율에서 4:3 비율로", [F(16, 9), F(4, 3)]),  # aspect ratios: one figure each
        ("5.8인치 18.5:9 비율의 화면", [F(29, 5), F(37, 18)]),
        ("a 4:3 ratio", [F(4, 3)]),
        ("3:1 승리", []),  # a score is no figure (tests/quantities/test_periods_levels.py)
        ("12:30에 만나자", []),  # a time
    ],
)
def test_aspect_ratios(text: str, values: list[F]) -> None:
    assert [q.value for q in extract(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [("센서 크기가 1/2.6인치에서", F(5, 13)), ("1/2.55인치 센서", F(20, 51))],
)
def test_sensor_formats_are_fractions_of_an_inch(text: str, value: F) -> None:
    q = extract(text)[0]
    assert (q.kind, q.value, q.unit) == ("quantity", value, "inch")
    # dates stay dates: labels (tests/quantities/test_labels.py), never a fraction
    assert [q.counter for q in extract("2016.11.14.")] == ["년", "월", "일"] and extract("1/2/2020") == []


def test_a_sino_word_before_a_counter_stays_a_word() -> None:
    assert extract("구조인 신경망") == []  # 구조 "structure" + 인 "is": not 9조 people
    assert [q.value for q in extract("이천 원")] == [F(2000)]  # but money after it is read
