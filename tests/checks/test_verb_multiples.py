"""Multiples written as verbs of change, checked against the change's ends (``arithmetic/verb_multiples.py``).

"its third-quarter operating profit nearly tripled to 126 billion won from 80 billion won", "Revenue doubled to
$500 million from $100 million", "매출은 100억 원에서 350억 원으로 두 배로 늘었다" — the multiple is the stated result
of the change from its base (from/에서, than/보다/대비, "since 2019, when they stood at …", the subject, the sentence
before's figure of the same noun) to its level (to/로, the figure "증가한" qualifies). Paraphrases of my own topics,
each right and wrong; hard negatives never give a finding.
"""

from __future__ import annotations

import pytest
from statement_helpers import lint

VERBS = [
    # English: to B from A, from A to B, a subject start, a base in a relative clause, the sentence before's base
    ("Its second-quarter net income nearly tripled to 88 billion won from {} billion won.", "31", "50"),
    ("Shipments of the headset doubled to 4.1 million units from {} million a year earlier.", "2", "1.2"),
    ("Hotel bookings more than doubled to 52,000, from {} in 2022.", "24,000", "27,000"),
    ("Subscribers of 1.2 million at launch have since quadrupled to {} million.", "4.9", "3.1"),
    ("The clinic's waiting list reached 3,400 patients this spring, having almost doubled since 2021, when it stood at {}.",
     "1,800", "2,900"),
    ("The bank halved its bad loans to 410 billion won from {} billion won.", "830", "600"),
    ("The port's throughput was 1.8 million containers in 2021. It has since tripled its throughput to {} million containers.",
     "5.6", "3.9"),
    # Reuters: the base in a sentence of its own after the change, repeating its subject (fresh5's wire)
    ("Its second-quarter net profit more than doubled to 310 billion won.\nNet profit for the April-June quarter "
     "compared with {} billion won a year earlier.", "140", "170"),
    # Korean: 에서/로 ends with "N배로" (×N only), 대비 and the adnominal level, 보다 with 넘게, 절반으로 줄
    ("반도체 수출은 2021년 40억 달러에서 2024년 {}로 두 배로 늘었다.", "82억 달러", "140억 달러"),
    ("올해 관광객은 전년(18만 명) 대비 3배 가까이 증가한 {}을 기록했다.", "51만 명", "30만 명"),
    ("순이익은 120억 원에서 {}으로 절반으로 줄었다.", "61억 원", "90억 원"),
    ("전기차 충전기는 2만 기에서 {}로 4배로 늘었다.", "8만 기", "10만 기"),  # ×5: "4배로" is ×4, not "increased by 4×"
    ("수출 물량이 2023년(1,200톤)보다 10배 넘게 늘어난 {}에 이르렀다.", "1만 4,000톤", "9,000톤"),
    ("가입자는 {}으로 지난해(9만 명)보다 2배 이상 늘었다.", "21만 명", "15만 명"),  # a bound: at least 2×
    ("임대료는 5년 새 월 80만 원에서 {}으로 2.5배가 됐다.", "200만 원", "150만 원"),  # "N배가 됐다": became ×N
]


@pytest.mark.parametrize(("text", "holds"), [pytest.param(t.format(r), True, id=f"right-{i}") for i, (t, r, _) in enumerate(VERBS)]
                         + [pytest.param(t.format(w), False, id=f"wrong-{i}") for i, (t, _, w) in enumerate(VERBS)])
def test_verb_multiple_right_and_wrong(text: str, holds: bool) -> None:
    statements, findings = lint(text, "arithmetic")
    ratios = [s for s in statements if s.form == "ratio"]
    assert [s.verdict for s in ratios] == ["holds" if holds else "fails"], [s.recomputation for s in statements]
    assert len(findings) == (0 if holds else 1)


def test_rounding_as_written() -> None:
    """"more than doubled" of 1.9× as written fails even where the rounding of "$10 million" reaches 2×; "nearly
    tripled" of 2.93× holds, of 1.6× does not; "doubled" of 2.04× holds; Korean "N배 늘어난" may be ×N or ×(N+1)."""
    cases = [
        ("Profit more than doubled to $19 million from $10 million.", "fails"),
        ("Profit more than doubled to $19 million from $9.6 million.", "holds"),
        ("Profit nearly tripled to 126 billion won from 43 billion won.", "holds"),
        ("Profit nearly tripled to 126 billion won from 80 billion won.", "fails"),
        ("Sales doubled to 102 tonnes from 50 tonnes.", "holds"),
        ("매출은 지난해(50억 원)보다 두 배 늘어난 150억 원을 기록했다.", "holds"),  # ×3: "두 배 늘어" read as "by 2×"
        ("매출은 지난해(50억 원)보다 두 배 늘어난 200억 원을 기록했다.", "fails"),
    ]
    for text, verdict in cases:
        statements, _ = lint(text, "arithmetic")
        assert [s.verdict for s in statements if s.form == "ratio"] == [verdict], (text, [s.recomputation for s in statements])


HARD_NEGATIVES = [
    "The league posted double-digit growth as attendance rose to 1.2 million from 1.0 million.",
    "A double room costs $180, up from $150 last year.",
    "She won the doubles match in front of 12,000 fans, up from 9,000.",
    "Investors doubled down on chipmakers, lifting the index to 2,800 from 2,600.",
    "The firm plans to double capacity to 40,000 tonnes by 2027 from 25,000 tonnes.",  # a goal
    "Cellonix said it would invest 320 billion won by 2027, doubling its annual capacity to 24 million doses from 15 million.",
    "Revenue rose to $10 million from $8 million after online sales doubled.",  # the ends are the rise's
    "Headcount doubled as revenue rose to $50 million from $40 million.",  # another measure, another verb
    "Beta had 20,000 tonnes of capacity in 2020. Alpha is now doubling its capacity to 30,000 tonnes.",  # another entity
    "Exports have more than doubled since 2019, when they stood at $8.2 million.",  # no level
    # the base sentence's subject is another ("Revenue"), or the change already has its base
    "Its operating profit nearly tripled to 126 billion won.\nRevenue for the July-September quarter compared with 80 billion won a year earlier.",
    "판매량이 두 배 이상 늘었다.",  # no ends
    "The $4 million plant doubled its output to $12 million.",  # the plant's cost is no start of the output
    "매출 300억 원을 올린 A사는 전년(50억 원) 대비 영업이익이 두 배로 늘었다.",  # an object of another noun
    "도는 크루즈 전용부두를 2배로 늘리고 관광객 12만 명을 추가로 유치할 계획이다.",  # a plan
    "매출은 300억 원으로 늘었고 직원 수는 두 배로 늘어 120명이 됐다.",  # no base of the staff's
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives(text: str) -> None:
    statements, findings = lint(text, "arithmetic")
    assert not [s for s in statements if s.form == "ratio"], [s.recomputation for s in statements]
    assert not findings


def test_a_change_with_its_base_takes_no_later_one() -> None:
    """The change states its base: the sentence after that compares the subject with another figure gives none."""
    text = "Its operating profit nearly tripled to 126 billion won from 43 billion won.\nOperating profit compared with 80 billion won a year earlier.\n"
    statements, findings = lint(text, "arithmetic")
    assert [(s.verdict, "43 billion" in s.recomputation) for s in statements if s.form == "ratio"] == [("holds", True)]
    assert not findings


def test_dotless_i_is_no_verb() -> None:
    """Ignoring case, "ı" would match "i": "trıpled" is no multiple (and no internal error)."""
    statements, findings = lint("Profit trıpled to 126 billion won from 40 billion won.\nProfit TRIPLED to 126 billion won from 40 billion won.\n", "arithmetic")
    assert [s.verdict for s in statements if s.form == "ratio"] == ["holds"]
