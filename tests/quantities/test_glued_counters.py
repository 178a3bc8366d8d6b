"""Issue 16: a number written against a Hangul noun counts it ("42골을", "15승 10무 11패")."""

from __future__ import annotations

import pytest

from factlint.quantities import extract


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.counter) for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("충북청주는 15승 10무 11패를 기록했다.", ("15승", "count", "승")),
        ("충북청주는 15승 10무 11패를 기록했다.", ("11패", "count", "패")),
        ("36경기에서 42골을 넣었다.", ("36경기", "count", "경기")),
        ("36경기에서 42골을 넣었다.", ("42골", "count", "골")),
        ("11골 3도움을 기록한 정민우", ("3도움", "count", "도움")),
        ("오늘 2홈런을 쳤다.", ("2홈런", "count", "홈런")),
        ("120표를 얻어 3석을 확보했다.", ("120표", "count", "표")),
        ("120표를 얻어 3석을 확보했다.", ("3석", "count", "석")),
        ("해안포 10문이 모습을 드러냈다.", ("10문", "count", "문")),
        ("신곡 10곡을 실었다.", ("10곡", "count", "곡")),
    ],
)
def test_glued_noun_counts(text: str, figure: tuple[str, str, str | None]) -> None:
    assert figure in _read(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("K리그2 2024 39라운드 홈경기에서", ("39", "number", None)),  # an ordinal noun: the 39th round
        ("임상시험 3상을 진행 중", ("3", "number", None)),  # trial phase 3
        ("해군 2함대가 전파한", ("2", "number", None)),  # a unit's name
        ("micro 5핀이라 불리는", ("5", "number", None)),  # digits of a Latin-lettered name
        ("엑스박스 360용으로 개편", ("360", "number", None)),  # 용: "for", a suffix
        ("득실차는 +4였다.", ("4", "number", None)),  # an ending alone
        ("점수가 3하고 같다", ("3", "number", None)),  # a verb after the number
        ("5G망과 3D프린터", ("5", "number", None)),  # Latin after the digits
        ("2030년 3월 20대 19세 4분기 3위 2차", ("2030년", "number", "년")),
        ("1.5골", ("1.5", "number", None)),  # not a whole number: no count
    ],
)
def test_glued_hard_negatives(text: str, figure: tuple[str, str, str | None]) -> None:
    assert figure in _read(text)


def test_labels_and_names_stay() -> None:
    read = _read("2030년 3월 20대 19세 4분기 3위 2차 100만 코로나19 3배 10%")
    assert all(k != "count" for _, k, _ in read)
