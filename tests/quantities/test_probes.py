"""The reading-figures probes of shared/probes (README: f1.md, f2.txt, f3.txt), read in place,
and the hard negatives beside each expectation (issue 16)."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint import segment
from factlint.loader import load
from factlint.model import Document, Quantity
from factlint.quantities import extract
from tests.quantities import conformance as cf


def read(name: str) -> list[Quantity]:
    shared = cf.shared_dir()
    if shared is None:
        pytest.skip("shared/probes not found (set FACTLINT_SHARED)")
    doc = load(str(shared / "probes" / "articles" / name))
    assert isinstance(doc, Document)
    return [q for block in segment.blocks(doc) for q in extract(block.text, block.span.start)]


def test_f1_bold_figure_is_read_and_the_footnote_marker_is_not() -> None:
    texts = [q.text for q in read("f1.md")]
    assert "175억 개" in texts  # in bold, still a figure
    assert "1" not in texts  # "[1]": a footnote marker


def test_f2_money_in_millions_and_twice() -> None:
    got = {q.text: (q.kind, q.value, q.unit) for q in read("f2.txt")}
    assert got["$600m"] == ("money", F(600_000_000), "USD")  # not 600 metres
    assert got["£320m"] == ("money", F(320_000_000), "GBP")
    assert got["£45m"] == ("money", F(45_000_000), "GBP")
    assert got["twice"] == ("ratio", F(2), "x")


def test_f3_korean_figures_are_one_each_and_durations_keep_their_unit() -> None:
    got = {q.text: q for q in read("f3.txt")}
    people = got["1만 5000여명"]  # one figure: about 15,000 people
    assert (people.kind, people.value, people.low, people.high, people.approx) == ("count", 15_000, 15_000, 16_000, True)
    budget = got["12억 6천여만원"]  # about 1,260,000,000 won (was read as 1,200,006,000)
    assert (budget.kind, budget.value, budget.unit, budget.low, budget.high) == (
        "money", 1_260_000_000, "KRW", 1_260_000_000, 1_270_000_000,
    )
    assert (got["7년"].kind, got["7년"].unit) == ("quantity", "year")
    assert (got["23분"].kind, got["23분"].unit) == ("quantity", "minute")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("파라미터가 무려 175억 개에 이른다.[1] 자세한 내용은", [F(17_500_000_000)]),
        ("개[2]의 파라미터", []),
        ("했다.[12][13]", []),
        ("참고 문헌 [3]", []),  # alone at the end of a line
        # not footnotes: an index, an interval, a matrix, a value in math
        ("배열 a[1] = 5", [F(1), F(5)]),
        ("구간 [1, 5]에서", [F(1), F(5)]),
        ("[[1, 2], [3, 4]]", [F(1), F(2), F(3), F(4)]),
        ("x = [1]", [F(1)]),
    ],
)
def test_footnote_markers(text: str, values: list[F]) -> None:
    assert [q.value for q in extract(text)] == values


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # probe b1: "친칠라(700억개)의 네 배다." — a native numeral, its counter, and the copula closing the sentence
        ("친칠라(700억개)의 네 배다.", [("700억개", F(70_000_000_000)), ("네 배", F(4))]),
        ("그 모델은 세 배다", [("세 배", F(3))]),
        ("부품은 두 개다.", [("두 개", F(2))]),
        ("세 배다른 모델", [("세", F(3))]),  # a word goes on after 다: not the copula
        ("네 배달 기사", []),  # 배달 (delivery): no counter
        # probe b2: "50 quadrillion operations per second"
        ("50 quadrillion operations per second", [("50 quadrillion", F(50 * 10**15))]),
        ("$2 quadrillion in derivatives", [("$2 quadrillion", F(2 * 10**15))]),
        ("two quadrillion", [("two quadrillion", F(2 * 10**15))]),
    ],
)
def test_native_multiples_before_the_copula_and_quadrillions(text: str, read: list[tuple[str, F]]) -> None:
    assert [(q.text, q.value) for q in extract(text)] == read
