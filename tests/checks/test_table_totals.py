"""Markdown tables: the total row adds up its column, and a share of the table's total in the prose under it
follows from the table (issues #14/#16; the blind sets' misses fresh A5, fresh2 A4 and A5).

Rows were written before the code that reads them; the negatives are tables whose structure does not
say the total is the column's sum: a subtotal row, a row of a part, a column of rates, of changes,
of averages or of a figure per unit, a cell without a figure.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint

KO = """# 경남 주요 시 통계

| 시 | 인구(명) | 면적(㎢) | 쌀 생산량(톤) | 전년 대비 |
|---|---:|---:|---:|---:|
| 창원시 | 1,002,314 | 747.7 | 21,430 | -3.2% |
| 김해시 | 534,812 | 463.3 | 18,760 | +1.4% |
| 진주시 | 339,560 | 712.9 | 24,115 | -0.8% |
| 합계 | {total} | 1,923.9 | 64,305 | -2.6% |

1. 김해시의 쌀 생산량은 3개 시 합계의 {share}를 차지했다.
"""

EN = """# Regional sales

| Region | Revenue ($m) | Stores | Growth |
|---|---:|---:|---:|
| North | 120.5 | 14 | 5% |
| South | 98.2 | 11 | 3% |
| West | 45.3 | 6 | 8% |
| Total | {total} | 31 | 5% |

The South's revenue was {share} of the total.
"""


def _findings(text: str, path: str) -> list[str]:
    _, findings = lint(text, "arithmetic", path=path)
    return [f.message for f in findings]


def test_a_total_row_that_adds_up_holds() -> None:
    statements, findings = lint(KO.format(total="1,876,686", share="29.2%"), "arithmetic", path="stats.md")
    assert findings == [], [f.message for f in findings]
    sums = [s for s in statements if s.form == "sum"]
    assert [s.verdict for s in sums] == ["holds", "holds", "holds"], [s.recomputation for s in sums]  # 전년 대비 is a rate: not summed
    assert any(s.form == "share" and s.verdict == "holds" for s in statements)


def test_a_total_that_does_not_add_up_is_reported() -> None:
    found = _findings(KO.format(total="1,877,686", share="29.2%"), "stats.md")
    assert len(found) == 1 and "1,876,686" in found[0] and "1,877,686" in found[0], found


def test_a_share_of_the_table_total_is_checked() -> None:
    found = _findings(KO.format(total="1,876,686", share="31%"), "stats.md")
    assert len(found) == 1 and "18,760 / 64,305" in found[0], found


def test_english_table() -> None:
    assert _findings(EN.format(total="264.0", share="37.2%"), "sales.md") == []
    found = _findings(EN.format(total="246.0", share="39.9%"), "sales.md")  # the share of the total as written holds
    assert len(found) == 1 and "= 264 " in found[0] and "246.0" in found[0], found
    found = _findings(EN.format(total="264.0", share="42%"), "sales.md")
    assert len(found) == 1 and "98.2" in found[0], found


NEGATIVES = [
    # a subtotal row: which rows the total sums is not said
    """| 구분 | 인원(명) |
|---|---:|
| 남 | 52 |
| 여 | 48 |
| 소계 | 100 |
| 외국인 | 10 |
| 합계 | 110 |
""",
    # a row of a part ("그중") is not summed
    """| 구분 | 인원(명) |
|---|---:|
| 정규직 | 80 |
| 비정규직 | 20 |
| 그중 여성 | 30 |
| 합계 | 100 |
""",
    # a column of rates, of averages, of a figure per unit
    """| 시 | 고용률(%) | 평균 연령(세) | 1인당 소득(만 원) |
|---|---:|---:|---:|
| 가 | 60.1 | 41.2 | 3,100 |
| 나 | 58.3 | 43.0 | 2,900 |
| 합계 | 59.4 | 42.0 | 3,010 |
""",
    """| Region | Share of sales | Price per unit ($) |
|---|---:|---:|
| North | 40% | 12.5 |
| South | 60% | 11.0 |
| Total | 100% | 11.6 |
""",
    # a cell without a figure
    """| 시 | 매매가(만 원) |
|---|---:|
| 가 | 1,210 |
| 나 | — |
| 합계 | 1,210 |
""",
    # no total row: the last row is another city
    """| 시 | 인구(명) |
|---|---:|
| 가 | 100 |
| 나 | 200 |
| 다 | 400 |
""",
]


@pytest.mark.parametrize("table", NEGATIVES)
def test_not_a_column_sum(table: str) -> None:
    statements, findings = lint(table, "arithmetic", path="t.md")
    assert findings == [], [f.message for f in findings]
    assert not [s for s in statements if s.form == "sum"], [s.recomputation for s in statements]


def test_a_share_naming_two_rows_is_not_read() -> None:
    text = KO.format(total="1,876,686", share="31%").replace("김해시의 쌀 생산량은", "김해시와 진주시의 쌀 생산량은")
    assert _findings(text, "stats.md") == []


def test_a_share_with_its_own_whole_is_the_prose_s() -> None:
    text = KO.format(total="1,876,686", share="31%").replace("3개 시 합계의 31%", "경남 전체(31만 2천 톤)의 6%")
    assert _findings(text, "stats.md") == []


# Emphasis is formatting (fresh6 A4, fresh4 A3): "**합계**", "__Total__", "*계*" label a total row as "합계" does.
EMPHASISED = [
    ("| 도서관 | 장서(권) | 대출 권수 |\n|---|---|---|\n| 중앙 | 412,300 | 583,200 |\n| 호반 | 186,500 | 301,400 |\n"
     "| 북면 | 42,100 | 65,900 |\n| **합계** | 640,900 | {total} |\n", "950,500", "970,500"),
    ("| Branch | Loans |\n|---|---:|\n| Central | 583,200 |\n| Lakeside | 301,400 |\n| __Total__ | {total} |\n",
     "884,600", "894,600"),
    ("| 시·군 | 관광객(만 명) |\n| --- | --- |\n| 가온시 | 812 |\n| 나래군 | 305 |\n| *계* | **{total}** |\n", "1,117", "1,137"),
]


@pytest.mark.parametrize("table,right,wrong", EMPHASISED)
def test_an_emphasised_total_row_is_summed(table: str, right: str, wrong: str) -> None:
    statements, findings = lint(table.format(total=right), "arithmetic", path="t.md")
    assert findings == [] and any(s.form == "sum" and s.verdict == "holds" for s in statements), [f.message for f in findings]
    found = _findings(table.format(total=wrong), "t.md")
    assert len(found) == 1 and wrong in found[0], found


def test_an_emphasised_label_of_another_row_is_no_total() -> None:
    # "**합계 제외**" and a bold city name are not total rows
    table = "| 시 | 인구(명) |\n|---|---:|\n| 가 | 100 |\n| 나 | 200 |\n| **다시** | 400 |\n| **합계 제외 지역** | 50 |\n"
    statements, findings = lint(table, "arithmetic", path="t.md")
    assert findings == [] and not [s for s in statements if s.form == "sum"]
