"""A stated rate that two roundings reach less than once in a hundred is a wrong rate (``ratio_material``).

fresh14 (written blind in session 16) planted "증권가에서는 세진반도체 매출이 지난해 2조 4천억 원에서 올해 3조 원으로 30%
늘어날 것으로 본다": 25 % as written. factlint said nothing: 30 % lies in 20.4 %–29.8 % widened by the rate's own
rounding only if 2조 4천억 is 2조 3,500억 and 3조 is 3조 500억 at once, and the growth factor 1.30 is only 4 % from
1.25, under the 5 % materiality. Two independent rounding errors, each uniform over its half-width, reach 30 % with a
chance under 0.1 %; a rate they reach less than once in a hundred is reported. Paraphrases of my own, each right and wrong, and hard
negatives: rates computed from unrounded data, loose (약) figures, a rate rounded by its own digits.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint, right_and_wrong

RATES = [
    ("세진반도체 매출은 지난해 2조 4천억 원에서 올해 3조 원으로 {} 늘었다.", "25%", "30%"),
    ("증권가에서는 한빛물산 매출이 지난해 2조 4천억 원에서 올해 3조 원으로 {} 늘어날 것으로 본다.", "25%", "30%"),
    ("관람객은 2022년 2만 4천 명에서 지난해 3만 명으로 {} 증가했다.", "25%", "30%"),
    ("수출액은 4,800만 달러에서 4,200만 달러로 {} 줄었다.", "12.5%", "14.4%"),
    ("Revenue fell to $4.2 million from $4.8 million, down {}.", "12.5%", "14.4%"),
    ("Ridership rose from 2.4 million in 2023 to 3 million last year, an increase of {}.", "25%", "30%"),
]
RIGHT, WRONG = right_and_wrong(RATES)


@pytest.mark.parametrize("text", RIGHT)
def test_a_rate_of_the_figures_as_written_holds(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert statements and all(s.verdict == "holds" for s in statements), [s.recomputation for s in statements]
    assert findings == []


@pytest.mark.parametrize("text", WRONG)
def test_a_rate_only_both_roundings_reach_fails(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert [s.verdict for s in statements] == ["fails"], [s.recomputation for s in statements]
    assert len(findings) == 1 and "only the extremes of the rounding reach it" in findings[0].message


@pytest.mark.parametrize("text", [
    # a rate computed from the unrounded figures: 32.3 % as written, 32.1 % from the data — within one rounding;
    # 31.8 % needs both roundings near their ends, a 2 % chance: still a rounding
    "AI 시장이 2018년 198억달러에서 2019년 262억달러로 32.1% 성장했다.",
    "AI 시장이 2018년 198억달러에서 2019년 262억달러로 31.8% 성장했다.",
    # figures rounded to two digits, the rate from the data (27 % is 1.6 % of the factor from 25 %)
    "매출은 1.2조 원에서 1.5조 원으로 27% 늘었다.",
    # the writer says the figures are loose
    "매출은 약 2조 4천억 원에서 약 3조 원으로 30% 늘었다.",
    "Sales rose from about $2.4 billion to about $3 billion, up 30%.",
    # the rate itself rounded to a whole percent
    "회원 수는 1,320명에서 1,510명으로 14% 늘었다.",
])
def test_hard_negatives(text: str) -> None:
    _, findings = lint(text, "arithmetic")
    assert findings == []


@pytest.mark.parametrize("a,b", [(2, 1), (1, 1), (3, 5)])
def test_the_tail_is_the_chance_of_two_uniform_errors(a: int, b: int) -> None:
    """``_tail`` against a count over a fine grid of the two errors (no sampling: deterministic)."""
    from fractions import Fraction

    from factlint.checks.arithmetic.precision import _tail

    n = 400
    xs = [(2 * i + 1) / (2 * n) * 2 * a - a for i in range(n)]
    ys = sorted((2 * j + 1) / (2 * n) * 2 * b - b for j in range(n))
    for t in (Fraction(0), Fraction(a + b, 3), Fraction(abs(a - b), 2), Fraction(9 * (a + b), 10), Fraction(a + b)):
        counted = sum(1 for x in xs for y in ys if x + y >= float(t)) / (n * n)
        assert abs(float(_tail(Fraction(a), Fraction(b), t)) - counted) < 0.01, t
