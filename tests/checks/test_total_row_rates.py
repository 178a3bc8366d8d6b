"""A wrong total is one finding, not two: the total row's growth or share computed from a total that does not add up.

Both blind sets of session 20 wrote a 합계 row whose total is wrong and whose growth rate is right for the
true sum ("| **합계** | 5,800 | 6,350 | 6.9% |" over rows that add up to 6,200: 6,200 / 5,800 − 1 = 6.9%). The
total's sum was reported, and the growth as well, against the wrong total — the same error twice, the second
pointing at a figure that is right. The tables below were written for this test; the negatives keep a
rate that is wrong whatever the total, and a right total with a wrong rate.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint

KO = """# 2025년 권역별 관람객

| 권역 | 2024년(명) | 2025년(명) | 증감률 |
|---|---:|---:|---:|
| 북부 | 1,800 | 2,000 | 11.1% |
| 남부 | 1,500 | 1,650 | 10.0% |
| 서부 | 1,200 | 1,230 | 2.5% |
| 동부 | 1,000 | 1,020 | 2.0% |
| **합계** | 5,500 | {total} | {rate} |
"""

EN = """# Orders by region

| Region | 2024 ($m) | 2025 ($m) | Growth |
|---|---:|---:|---:|
| North | 40.0 | 44.0 | 10.0% |
| South | 30.0 | 33.0 | 10.0% |
| West | 20.0 | 21.0 | 5.0% |
| Total | 90.0 | {total} | {rate} |
"""


def _messages(text: str) -> list[str]:
    _, findings = lint(text, "arithmetic", path="t.md")
    return [f.message for f in findings]


@pytest.mark.parametrize(("table", "wrong_total", "right_rate"), [
    (KO, "6,050", "7.3%"),  # rows: 5,900; 5,900 / 5,500 − 1 = 7.27%
    (EN, "101.0", "8.9%"),  # rows: 98.0; 98.0 / 90.0 − 1 = 8.9%
])
def test_a_rate_right_for_the_true_sum_is_not_reported_again(table: str, wrong_total: str, right_rate: str) -> None:
    found = _messages(table.format(total=wrong_total, rate=right_rate))
    assert len(found) == 1 and wrong_total in found[0] and "the text says" in found[0], found
    assert right_rate not in found[0].split("the text says")[1], found


@pytest.mark.parametrize(("table", "total", "rate"), [
    (KO, "6,050", "30.0%"),   # a wrong total and a rate wrong for either total: two errors, two findings
    (EN, "101.0", "25.0%"),
])
def test_a_rate_wrong_for_the_true_sum_too_is_still_reported(table: str, total: str, rate: str) -> None:
    found = _messages(table.format(total=total, rate=rate))
    assert len(found) == 2 and any(rate in m for m in found), found


@pytest.mark.parametrize(("table", "total", "rate"), [
    (KO, "5,900", "12.0%"),  # the total adds up (5,900); its growth is 7.3% (5.4%–9.2% for round hundreds), not 12.0%
    (EN, "98.0", "12.0%"),   # 98.0 / 90.0 − 1 = 8.9%
])
def test_a_right_total_with_a_wrong_rate_is_reported(table: str, total: str, rate: str) -> None:
    found = _messages(table.format(total=total, rate=rate))
    assert len(found) == 1 and rate in found[0], found


@pytest.mark.parametrize(("table", "total", "rate"), [(KO, "5,900", "7.3%"), (EN, "98.0", "8.9%")])
def test_a_right_table_is_silent(table: str, total: str, rate: str) -> None:
    assert _messages(table.format(total=total, rate=rate)) == []
