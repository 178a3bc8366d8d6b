"""An undated article's "2월 말 기준" ends February on the claim's year's last day (review): a leap year's is
the 29th, so that "2024년 청솔시 인구는 2월 말 기준 …" is February's end (key "2024-02@"), not a day before
it ("2024-02-28@", which no other report of February's end would meet)."""

from __future__ import annotations

import pytest

from factlint.checks.contradiction import _reference_point
from tests.test_own_phrase import bound, ruleset  # noqa: F401  (the pack's fixture and the figures of a text)


@pytest.mark.parametrize("sentence, figure, reference, key", [
    ("2024년 청솔시 인구는 2월 말 기준 21만 4,300명이다.", "21만 4,300명", "????-02-29", "2024-02@"),  # a leap year
    # hard negatives: a common year's February ends on the 28th; a day written is that day; 6월 말 is June's end
    ("2025년 청솔시 인구는 2월 말 기준 21만 4,300명이다.", "21만 4,300명", "????-02-28", "2025-02@"),
    ("2024년 청솔시 인구는 2월 28일 기준 21만 4,300명이다.", "21만 4,300명", "????-02-28", "2024-02-28@"),
    ("2024년 청솔시 인구는 6월 말 기준 21만 4,300명이다.", "21만 4,300명", "????-06-30", "2024-06@"),
])
def test_an_undated_month_end_is_the_claims_years(sentence: str, figure: str, reference: str, key: str,
                                                 ruleset) -> None:  # type: ignore[no-untyped-def]
    c = bound(f"청솔시, 인구 통계 발표\n{sentence}\n", ruleset)[figure].claim
    assert c is not None and c.period is not None and c.reference == reference, c
    assert _reference_point(c.reference, c.period) == key
