"""A span of months is no month (review repro): "해운국제공항의 2025년 1~8월 이용객은 410만 명" is the eight
months' count, never August's, so it meets no "520,000 passengers in August 2025". And a dateline is
stripped only by its shape ("SEOUL, Oct 2 (Reuters) - "), never at any spaced dash ("해운공항 — 8월 이용객")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factlint.measures import year_part

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("before, part", [
    ("해운국제공항의 2025년 1~8월 이용객은 ", "S01-08"),
    ("해운국제공항의 2025년 1-8월 이용객은 ", "S01-08"),
    ("해운국제공항의 2025년 1월부터 8월까지 이용객은 ", "S01-08"),
    ("해운국제공항의 2025년 8월까지 이용객은 ", "-"),  # to August from an unsaid month: meets none
    ("해운국제공항의 2025년 3월부터 이용객은 ", "-"),
    # hard negatives: a month alone stays the month's, a point its point
    ("해운국제공항의 2025년 8월 이용객은 ", "M08"),
    ("2025년 8월 말 기준 인구는 ", "P08"),
])
def test_a_span_of_months_has_no_month_key(before: str, part: str) -> None:
    assert year_part(before, "", None) == part


@pytest.mark.parametrize("before, part", [
    ("해운공항 — 8월 이용객은 ", "M08"),  # a spaced dash in a headline-like lead is no dateline
    ("Haeun airport - August passengers were ", "M08"),
    # hard negatives: a real dateline's day and month are the report's
    ("SEOUL, Oct 2 (Reuters) - Exports in 2025 were ", None),
    ("BUSAN, March 4 - Orders in 2025 were ", None),
    ("(Yonhap) - In August exports were ", "M08"),
])
def test_a_dateline_is_stripped_only_by_its_shape(before: str, part: str | None) -> None:
    assert year_part(before, "", None) == part


KO = """해운국제공항 이용객

2025년 9월 10일

해운국제공항의 2025년 1~8월 이용객은 410만 명으로 집계됐다.
"""
EN = """Haeun airport traffic

2025-09-12

Haeun International Airport handled 520,000 passengers in August 2025.
"""


def _lint(tmp_path: Path, ko: str) -> str:
    (tmp_path / "ko.md").write_text(ko, encoding="utf-8")
    (tmp_path / "en.md").write_text(EN, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", "--no-cache", "--no-source", "--no-default-rules",
                          "--rules", str(REPO / "rules"), str(tmp_path)], capture_output=True, text=True, cwd=REPO)
    return run.stdout


def test_eight_months_are_no_contradiction_of_august(tmp_path: Path) -> None:
    assert "contradiction" not in _lint(tmp_path, KO)
    assert "contradiction" not in _lint(tmp_path, KO.replace("1~8월", "1월부터 8월까지"))
    # hard negative: August's own count that differs is still found
    out = _lint(tmp_path, KO.replace("1~8월 이용객은 410만 명", "8월 이용객은 41만 명"))
    assert "contradiction" in out and "520,000" in out, out
