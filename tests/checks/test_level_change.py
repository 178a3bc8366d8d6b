"""A level after a change, the change, and its rate: "매출은 1,200억 원으로 전년 대비 200억 원(20%) 늘었다",
"revenue rose by $200m, or 20%, to $1.2bn" (issue #14/#16; the fresh set's A1, ko_stat_employment.txt:3).

The rate's base is the level before the change: the level written with the change's end ("로", "to")
less a rise, plus a fall; the level written with its start ("에서", "from") or its base ("보다", "than")
as it is. Each figure keeps the rounding it is written with (docs/precision.md). Rows were written
before the code that reads them; the wrong figure of most rows is the rate of the *end* level, the
usual slip.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint

# (template, right, wrong)
ROWS = [
    ("매출은 1,200억 원으로 전년 대비 200억 원({}) 늘었다.", "20%", "17%"),
    ("실업자는 91만 6천 명으로 2만 4천 명({}) 감소했다.", "2.6%", "3.5%"),
    ("지난달 취업자 수는 2,804만 3천 명으로 전년 동월 대비 32만 9천 명({}) 증가했다.", "1.2%", "1.4%"),  # fresh A1
    ("수출은 650억 달러로 1년 전보다 50억 달러({}) 증가했다.", "8.3%", "7.7%"),
    ("매출은 1,000억 원에서 200억 원({}) 늘었다.", "20%", "25%"),  # the level is the start
    ("가입자는 30만 명({}) 늘어난 330만 명으로 집계됐다.", "10%", "9.1%"),  # the level after the change
    ("매출은 1,200억 원으로 전년보다 {}(200억 원) 늘었다.", "20%", "17%"),  # the rate first
    ("부채는 3조 원으로 전년 말 대비 5,000억 원({}) 줄었다.", "14.3%", "16.7%"),
    ("Revenue rose by $200 million, or {}, to $1.2 billion.", "20%", "17%"),
    ("Revenue rose {}, or $200 million, to $1.2 billion.", "20%", "17%"),
    ("Unemployment fell by 24,000, or {}, to 916,000.", "2.6%", "3.5%"),
    ("Exports climbed $5 billion ({}) to $65 billion.", "8.3%", "7.7%"),
    ("Headcount grew by 300 ({}) to 2,300.", "15%", "13%"),
    ("Revenue fell $300 million, or {}, to $2.7 billion.", "10%", "11.1%"),
    ("Net profit rose by $200 million (or {}) from $1 billion.", "20%", "25%"),
    ("Operating profit increased by 20 billion won, or {}, to 120 billion won.", "20%", "16.7%"),
]

RIGHT = [pytest.param(t.format(right), id=f"right-{i}") for i, (t, right, _) in enumerate(ROWS)]
WRONG = [pytest.param(t.format(wrong), id=f"wrong-{i}") for i, (t, _, wrong) in enumerate(ROWS)]


@pytest.mark.parametrize("text", RIGHT)
def test_rate_of_the_level_before_the_change_holds(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert findings == [], [f.message for f in findings]
    assert any(s.form == "growth" and s.verdict == "holds" for s in statements), [(s.form, s.verdict, s.recomputation) for s in statements]


@pytest.mark.parametrize("text", WRONG)
def test_wrong_rate_is_the_one_finding(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert len(findings) == 1, [(s.form, s.verdict, s.recomputation) for s in statements]
    assert findings[0].data["form"] == "growth", findings[0].message


def test_the_message_shows_the_level_before_the_change() -> None:
    _, findings = lint("지난달 취업자 수는 2,804만 3천 명으로 전년 동월 대비 32만 9천 명(1.4%) 증가했다.", "arithmetic")
    assert len(findings) == 1
    assert "1.19%" in findings[0].message and "1.4%" in findings[0].message, findings[0].message


NEGATIVES = [
    # a rate of another base: the unemployment rate is not the change's rate
    "실업자는 91만 6천 명으로 2만 4천 명 감소했고, 실업률은 3.2%로 0.1%p 하락했다.",
    # a share of the total gain in the parenthesis, and no level of its own
    "60세 이상 취업자가 29만 7천 명(90.3%) 늘어 증가분 대부분을 차지했다.",
    # another subject's change after the level
    "취업자 수는 2,804만 3천 명으로, 이 가운데 60세 이상이 29만 7천 명(4.5%) 늘었다.",
    # a change of another period than the level's
    "2023년 매출은 1,200억 원으로, 2024년에는 200억 원(16.7%) 늘었다.",
    "Revenue was $1.2 billion in 2023 and rose by $200 million, or 16.7%, in 2024.",
    # a forecast after the current level
    "매출은 올해 1,200억 원으로 내년에는 200억 원(16.7%) 늘 전망이다.",
    # rounding that holds: 0.2/1.0 is 20%, and $0.2bn may be $0.195bn
    "Revenue rose by $0.2 billion, or 19%, to $1.2 billion.",
    # a level and a change without a rate: nothing to recompute
    "실업자는 91만 6천 명으로 2만 4천 명 감소했다.",
    "Unemployment was down 24,000 to 916,000.",
    # the figure in the parenthesis is another measure (a count, not a rate)
    "매출은 1,200억 원으로 200억 원(3개 분기 연속) 늘었다.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives_are_not_findings(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert findings == [], [f.message for f in findings]


# A difference of two stated levels, the change verb a connective ("올라", "뛰어"): the fresh set's
# ko_stat_employment.txt:5, read now.
POINTS = [
    ("15세 이상 고용률은 62.3%로 1년 전(61.7%)보다 {} 올라 2월 기준으로 가장 높았다.", "0.6%p", "0.9%p"),
    ("점유율은 35.2%로 전년(31.0%)보다 {} 뛰어 처음으로 1위에 올랐다.", "4.2%p", "3.2%p"),
]


@pytest.mark.parametrize("template,right,wrong", POINTS)
def test_points_with_a_connective_verb(template: str, right: str, wrong: str) -> None:
    _right_holds_wrong_fails(template, right, wrong, "difference")


def _right_holds_wrong_fails(template: str, right: str, wrong: str, form: str) -> None:
    statements, findings = lint(template.format(right), "arithmetic")
    assert findings == [] and any(s.form == form and s.verdict == "holds" for s in statements), \
        [(s.form, s.verdict, s.recomputation) for s in statements]
    _, findings = lint(template.format(wrong), "arithmetic")
    assert len(findings) == 1 and findings[0].data["form"] == form, [f.message for f in findings]


# A multiple whose clause's subject is a demonstrative ("이는", "which is") is about the one figure of its
# measure in the clause before: the fresh set's ko_column_realestate.txt:11 ("…인데, 이는 …의 1.6배").
PRONOUN = [
    ("올해 약 6,800가구가 입주할 예정인데, 이는 적정 수요(4,200가구 안팎)의 {}에 이른다.", "1.6배", "2.6배"),
    ("올해 약 6,800가구가 입주하는데, 이는 적정 수요(4,200가구)의 {}에 이른다.", "1.6배", "2.6배"),
    ("올해 매출은 300억원을 기록했는데, 이는 지난해(100억원)의 {}에 해당한다.", "세 배", "다섯 배"),
]


@pytest.mark.parametrize("template,right,wrong", PRONOUN)
def test_multiple_about_the_clause_before(template: str, right: str, wrong: str) -> None:
    _right_holds_wrong_fails(template, right, wrong, "ratio")


@pytest.mark.parametrize("text", [
    # two figures of the measure in the clause before: which one "이는" is, is not said
    "올해 6,800가구와 5,000가구가 입주하는데, 이는 적정 수요(4,200가구)의 2.6배에 이른다.",
    # the demonstrative is not the clause's subject ("이는 곧 …" aside): another figure's multiple
    "올해 약 6,800가구가 입주하는데, 적정 수요(4,200가구)의 2.6배인 1만 1천가구가 2027년에 입주한다.",
    # the figure before is another measure
    "올해 약 6,800억원이 투입되는데, 이는 적정 수요(4,200가구)의 2.6배에 이른다.",
])
def test_multiple_pronoun_negatives(text: str) -> None:
    _, findings = lint(text, "arithmetic")
    assert findings == [], [f.message for f in findings]
