"""A stated difference that two roundings reach less than once in a hundred is wrong (``difference_material``).

The companion of test_rate_rounding_rare.py for differences: "2조 4천억 원에서 3조 원으로 5천억 원 늘었다" is 6천억 as
written; 5천억 needs 2조 4,500억 and 2조 9,500억 at once, which the worst-case band allows and the 5 %-of-the-larger-
figure materiality (1,500억) does not catch. Two independent rounding errors, each uniform over its half-width, reach it
with a chance of 0.1 %. Paraphrases of my own, right and wrong, Korean and English; hard negatives: a difference from
unrounded data within one rounding, loose (약) figures, figures in two units.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint, right_and_wrong

DIFFERENCES = [
    ("세진반도체 매출은 지난해 2조 4천억 원에서 올해 3조 원으로 {} 늘었다.", "6천억 원", "5천억 원"),
    ("관람객은 2022년 2만 4천 명에서 지난해 3만 명으로 {} 증가했다.", "6천 명", "5천 명"),
    ("올해 입장객은 3만 명으로 지난해 2만 4천 명보다 {} 많았다.", "6천 명", "5천 명"),
    ("Revenue fell to $4.2 million from $4.8 million, a drop of {}.", "$600,000", "$500,000"),
]
RIGHT, WRONG = right_and_wrong(DIFFERENCES)


@pytest.mark.parametrize("text", RIGHT)
def test_a_difference_of_the_figures_as_written_holds(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert statements and all(s.verdict == "holds" for s in statements), [s.recomputation for s in statements]
    assert findings == []


@pytest.mark.parametrize("text", WRONG)
def test_a_difference_only_both_roundings_reach_fails(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert [s.verdict for s in statements] == ["fails"], [s.recomputation for s in statements]
    assert len(findings) == 1 and "only the extremes of the rounding reach it" in findings[0].message


@pytest.mark.parametrize("text", [
    # from unrounded data: 6,000 as written, 5,600 within one rounding of each figure (an 18 % chance)
    "올해 입장객은 3만 명으로 지난해 2만 4천 명보다 5,600명 많았다.",
    # exact figures
    "올해 입장객은 3만 2,480명으로 지난해 2만 4,120명보다 8,360명 많았다.",
    # the writer says the figures are loose
    "올해 입장객은 약 3만 명으로 지난해 약 2만 4천 명보다 5천 명 많았다.",
    # two units: the written half-widths are not comparable, the worst case alone judges
    "신설 구간은 21.4㎞로 기존 구간(9,200m)보다 12.2㎞ 길다.",
])
def test_hard_negatives(text: str) -> None:
    _, findings = lint(text, "arithmetic")
    assert findings == []
