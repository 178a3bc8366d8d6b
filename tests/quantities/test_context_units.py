"""What a figure measures when the words around it say so (issue 16): a unit written once for two
figures, won left off a large amount, a rate in time, a level, a resolution, a model size, a noun
written once for two counts, a part of a whole. Variants written for these tests, with the hard
negatives that must keep their reading.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract


def read(text: str) -> list[tuple[str, str, F | None, str | None, str | None]]:
    return [(q.text, q.kind, q.value, q.unit, q.counter) for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a change "A에서 B로": B is in A's unit
        ("청구액을 기존 77억원에서 152억으로 증액했다",
         [("77억원", "money", F(77 * 10**8), "KRW", None), ("152억", "money", F(152 * 10**8), "KRW", None)]),
        ("매출이 10억 달러에서 20억으로 늘었다",
         [("10억 달러", "money", F(10**9), "USD", None), ("20억", "money", F(2 * 10**9), "USD", None)]),
        ("직원이 3명에서 5로", [("3명", "count", F(3), None, "명"), ("5", "count", F(5), None, "명")]),
        # won left off an amount of 만/억/조 before a verb of spending
        ("878억을 들여서 새 영빈관을 짓는다", [("878억", "money", F(878 * 10**8), "KRW", None)]),
        ("878억이 소비된 영빈관", [("878억", "money", F(878 * 10**8), "KRW", None)]),
        ("정부는 1000억 투입을 결정했다", [("1000억", "money", F(10**11), "KRW", None)]),
    ],
)
def test_unwritten_unit(text: str, want: list[tuple[str, str, F, str | None, str | None]]) -> None:
    assert read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "세계 인구 80억이 소비하는 식량",  # the population consumes: a subject, not an amount spent
        "인구가 5000만에서 4000만으로 줄었다",  # no unit written on either
        "4000만이 투표했다",
        "3년에서 5로 늘었다 5명",
    ],
)
def test_no_unit_guessed(text: str) -> None:
    assert all(q.kind != "money" for q in extract(text))


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("울산 태화강은 시간당 최고 104㎜의 비가 쏟아져", "시간당 최고 104㎜", "millimeter / hour"),
        ("시속 100km로 달렸다", "시속 100km", "kilometer / hour"),
        ("초속 10m의 바람", "초속 10m", "meter / second"),
        ("rainfall of 50mm an hour", "50mm an hour", "millimeter / hour"),
        ("a top speed of 188 miles an hour", "188 miles an hour", "mile / hour"),
        ("10 km per hour", "10 km per hour", "kilometer / hour"),
        ("10km/h", "10km/h", "kilometer / hour"),
    ],
)
def test_rates_in_time(text: str, span: str, unit: str) -> None:
    (q,) = extract(text)
    assert (q.text, q.kind, q.unit) == (span, "quantity", unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [("시간당 1만원", "KRW"), ("3시간 동안 100km를", "kilometer"), ("10km a day", "kilometer")],
)
def test_not_rates(text: str, unit: str) -> None:
    assert extract(text)[-1].unit == unit


def test_a_fraction_at_a_level_is_a_multiple() -> None:
    assert read("이는 SLS 로켓 발사 비용의 10분의 1 수준이다.") == [("10분의 1", "ratio", F(1, 10), "x", None)]
    assert read("3분의 1 수준으로 줄었다") == [("3분의 1", "ratio", F(1, 3), "x", None)]
    # a share of a whole stays a fraction
    assert read("인구의 3분의 2가 찬성했다") == [("3분의 2", "number", F(2, 3), None, None)]


def test_width_by_height_before_resolution_is_pixels() -> None:
    assert [(q.value, q.unit) for q in extract("디스플레이는 2960 x 1440 해상도를 지원한다")] == [
        (F(2960), "pixel"), (F(1440), "pixel"),
    ]
    assert [(q.value, q.unit) for q in extract("1920 x 1080 resolution")] == [(F(1920), "pixel"), (F(1080), "pixel")]
    # a product, a matrix: plain numbers
    assert [q.unit for q in extract("3 x 4 = 12")] == [None, None, None]
    assert [q.unit for q in extract("a 2 x 3 matrix")] == [None, None]


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        ("LLaMA-13B는 GPT-3(175B)보다 10배 작다", [F(13 * 10**9), F(175 * 10**9)]),
        ("LLaMA 65B는 Chinchilla-70B 및 PaLM-540B 같은 모델", [F(65 * 10**9), F(70 * 10**9), F(540 * 10**9)]),
    ],
)
def test_a_model_size_counts_parameters(text: str, sizes: list[F]) -> None:
    assert [(q.kind, q.value) for q in extract(text) if q.value and q.value > 10**9] == [("count", v) for v in sizes]


@pytest.mark.parametrize("text", ["204B", "In 2021 5B", "1.4T"])
def test_a_size_without_a_name_stays_a_number(text: str) -> None:
    assert extract(text)[-1].kind == "number"


@pytest.mark.parametrize(
    ("text", "span", "counter"),
    [
        ("Cadbury Schweppes employs more than 50,000 people worldwide, with about 7,000 in the UK.", "about 7,000", "people"),
        ("Just over 54 million people use broadband, up from 34 million a year ago.", "34 million", "people"),
        ("It sold 500 cars in 2004, compared with 400 in 2003.", "400", "cars"),
    ],
)
def test_a_noun_written_once_counts_both(text: str, span: str, counter: str) -> None:
    q = next(q for q in extract(text) if q.text == span)
    assert (q.kind, q.counter) == ("count", counter)


@pytest.mark.parametrize(
    "text",
    [
        "It has 300 stores. With 2,000 more to come",  # another sentence
        "It sold 500 cars for 20.5, compared with 400",  # another figure between
        "It hired 300 people, with 20 in 2004",  # too small to be sure
    ],
)
def test_no_noun_across_sentences_or_figures(text: str) -> None:
    assert extract(text)[-1].kind != "count" or extract(text)[-1].value < 100


@pytest.mark.parametrize(
    ("text", "value"),
    [("one in five adults", F(1, 5)), ("1 in 3 people", F(1, 3)), ("two in three voters", F(2, 3))],
)
def test_one_in_five_is_a_fraction(text: str, value: F) -> None:
    (q,) = extract(text)
    assert (q.kind, q.value) == ("number", value)


@pytest.mark.parametrize("text", ["ranked No 1 in 12 surveys", "born 1 in 2010", "10 in 5 days"])
def test_not_one_in_five(text: str) -> None:
    assert all(q.value is None or q.value.denominator == 1 for q in extract(text))


def test_korean_part_of_a_whole_stays_two_counts() -> None:
    # the arithmetic check reads the share these make ("응답자 160명 가운데 104명(56%)" is wrong)
    assert [q.text for q in extract("응답자 160명 가운데 104명(56%)이 찬성했다")] == ["160명", "104명", "56%"]


@pytest.mark.parametrize(("text", "value"), [("we have seen worse in the seventies.", 1970), ("in the late eighties", 1980)])
def test_decades_in_words(text: str, value: int) -> None:
    (q,) = extract(text)
    assert (q.text.split()[-1], q.value, q.low, q.high) == (q.text, value, value, value + 9)


@pytest.mark.parametrize("text", ["a man in his seventies", "the roaring twenties", "seventies music"])
def test_not_decades(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize("text", ["그런 이유로 질타를 맞았다", "개인 사유로 결석했다", "이불을 덮고 잤다", "길이 구불구불하다"])
def test_sino_digit_words_before_a_currency_are_words(text: str) -> None:
    assert extract(text) == []


def test_sino_digit_currencies_still_read() -> None:
    assert [(q.value, q.unit) for q in extract("이달러")] == [(F(2), "USD")]
    assert [(q.value, q.unit) for q in extract("오유로")] == [(F(5), "EUR")]
    assert [(q.value, q.unit) for q in extract("이불이십삼센트")] == [(F(223, 100), "USD")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("이를 3단계에 걸쳐 점차적으로 단순화한다", "count"),  # over three stages: how many
        ("2단으로 구성돼 있고", "count"),
        ("건물은 3층으로 이뤄져 있다", "count"),
        ("3차에 걸쳐 협상했다", "count"),
        # the stage, floor or round itself: a label
        ("거리두기 3단계로 격상했다", "number"),
        ("1단 로켓이 분리됐다", "number"),
        ("사무실은 3층에 있다", "number"),
    ],
)
def test_parts_of_a_whole_are_counted(text: str, kind: str) -> None:
    (q,) = extract(text)
    assert q.kind == kind
