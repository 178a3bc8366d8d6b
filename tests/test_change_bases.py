"""The amount of a change counted from the measure's own past (issue #14, session 13, the "amount of a change"
shape of realworld: "서울의 도시가스 소매요금은 … 전년 동기(14.2243원)보다 38.4% 올랐다").

A comparison word before the figure stops the search for the noun it measures ("평균거리인 38만㎞보다": the
figure is compared with another thing). When what is compared is a period of the measure's own past ("전년보다",
"전년 동기(…)보다", "2010년보다") and a verb of change follows the figure, the comparison is the base the change
is counted from, and the topic before it is what changed (as with "전년 대비", which was read already). Such a
percentage is the measure's rate of change, written with its direction and base like the rates beside a level
(``binding/changes.py``: "택시 요금 증가율 (전년 대비)"), never the measure's value; a change by another amount
("0.2권 늘었다", "0.32%p 내렸다") is no claim at all, for it would contradict the level the clause states.

Paraphrases of our own, with hard negatives: another thing compared (a competitor, an average), a comparative
adjective that states a difference and no change, the base's own figure in brackets.
"""

from __future__ import annotations

import pytest

from tests.test_recall import claim_of, ruleset  # noqa: F401  (the fixture)


@pytest.mark.parametrize("text, figure, claim", [
    ("서진시 요금\n\n서진시의 택시 요금은 전년보다 12.5% 올랐다.\n", "12.5%", ("서진시", "택시 요금 증가율 (전년 대비)")),
    ("누리군 인구\n\n누리군의 인구는 2010년보다 5.2% 줄었다.\n", "5.2%", ("누리군", "인구 감소율 (2010년 대비)")),
    ("한빛시 난방비\n\n한빛시의 지역난방 요금은 전년 동기(81.2원)보다 9.4% 인상됐다.\n", "9.4%", ("한빛시", "지역난방 요금 증가율 (전년 동기 대비)")),
    ("새봄구 쓰레기\n\n새봄구의 생활폐기물 발생량은 지난해보다 3.1% 감소했다.\n", "3.1%", ("새봄구", "생활폐기물 발생량 감소율 (지난해 대비)")),
    # "전년 대비" was read before; its percentage is now the rate, not the fare
    ("서진시 요금\n\n서진시의 택시 요금은 전년 대비 12.5% 올랐다.\n", "12.5%", ("서진시", "택시 요금 증가율 (전년 대비)")),
])
def test_a_change_from_the_measures_own_past_is_the_topics(text: str, figure: str, claim: tuple[str, str],
                                                           ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == claim


@pytest.mark.parametrize("text, figure", [
    # another thing compared: the figure is a difference between two, no change of the topic's measure
    ("서진시 요금\n\n서진시의 택시 요금은 누리시보다 12.5% 비싸다.\n", "12.5%"),
    ("서진시 요금\n\n서진시의 택시 요금은 전국 평균보다 12.5% 높다.\n", "12.5%"),
    # a comparative after a period: a difference stated, no verb of change
    ("서진시 요금\n\n서진시의 택시 요금은 전년보다 12.5% 높다.\n", "12.5%"),
])
def test_a_comparison_that_is_no_base_of_change_stays_unbound(text: str, figure: str,
                                                               ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is None or got[1] != "택시 요금", got


def test_the_bases_own_figure_in_brackets_is_no_change(ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of("한빛시 난방비\n\n한빛시의 지역난방 요금은 전년 동기(81.2원)보다 9.4% 인상됐다.\n", "81.2원", ruleset)
    assert got is None or "증가율" not in got[1], got


@pytest.mark.parametrize("text, figure", [
    # a change by an amount in the level's own unit, or in points of a rate: no value of the measure
    ("서진시 도서관\n\n서진시의 1인당 대출 권수는 5.1권으로 2023년(4.9권)보다 0.2권 늘었다.\n", "0.2권"),
    ("누리은행 금리\n\n누리은행의 신규 대출 금리는 연 4.12%로 전월(4.35%)보다 0.32%p 내렸다.\n", "0.32%p"),
    ("한빛시 인구\n\n한빛시의 인구는 21만 명으로 지난해보다 3천 명 줄었다.\n", "3천 명"),
])
def test_a_change_by_an_amount_is_no_claim(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) is None


def test_the_level_beside_the_change_keeps_its_measure(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "한빛시 인구\n\n한빛시의 인구는 21만 명으로 지난해보다 1.4% 줄었다.\n"
    assert claim_of(text, "21만 명", ruleset) == ("한빛시", "인구")
    assert claim_of(text, "1.4%", ruleset) == ("한빛시", "인구 감소율 (지난해 대비)")
