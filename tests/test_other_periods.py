"""Values of another period in the clause of a bound figure (issue #14 item 1, session 16: the "no attribute" bucket
of missed gold claims — "객실 가동률은 78.3%로 7월(81.5%)보다", "평년(23.7℃)보다", "이는 전년(1,520대) 대비 36.2%
증가한 수치다", "up from 588,000 in the 2010 census"): ``factlint/binding/periods.py``.

Sentences written for these tests (a city's birth rate, an airline, a bank, a festival, a port, a fire service, a
census), none from a gold set, with hard negatives: a name before the brackets, a share or a conversion in
brackets, a period that is part of a longer noun, a gap between two things, another unit, and two articles that
must not contradict each other for a value of another period.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import cli
from tests.binding_helpers import bound
from tests.test_recall import ruleset  # noqa: F401  (the fixture)

REPO = Path(__file__).resolve().parent.parent


def _of(text: str, figure: str, ruleset) -> tuple[str, str, str | None, str | None] | None:  # type: ignore[no-untyped-def]
    """(entity, attribute, period, scope) of the figure written ``figure``, None when it is unbound."""
    found = [b for b in bound(text, ruleset, "t.txt") if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    c = found[0].claim
    return (c.entity, c.attribute, c.period, c.scope) if c is not None else None


def _ko(body: str) -> str:
    return f"지역 소식\n입력 2025.03.10 10:00\n\n{body}\n"


@pytest.mark.parametrize("body, figure, want", [
    # a year, a year and month, a month, a quarter before, the same part of the year before
    ("누리시의 합계출산율은 0.81명으로 2022년(0.78명)보다 높았다.", "0.78명", ("누리시", "합계출산율", "2022", None)),
    ("한결항공의 탑승률은 84.2%로 6월(88.9%)보다 낮았지만, 2023년 7월(79.5%) 수준은 넘어섰다.", "79.5%",
     ("한결항공", "탑승률", "2023-07", None)),
    ("한결항공의 탑승률은 84.2%로 6월(88.9%)보다 낮았지만, 2023년 7월(79.5%) 수준은 넘어섰다.", "88.9%",
     ("한결항공", "탑승률", "6월 · t.txt", None)),
    ("미래은행의 연체율은 1.2%로, 전 분기(1.5%)보다 낮아졌다.", "1.5%", ("미래은행", "연체율", "전 분기 · t.txt", None)),
    ("서진시의 화재 건수는 1,103건으로 지난해 같은 기간(1,020건)보다 늘었다.", "1,020건",
     ("서진시", "화재 건수", "2024 (같은 기간)", None)),
    # the climate normal: the same period, another reference
    ("서진시의 6월 평균기온은 22.1℃로 평년(21.0℃)보다 높았다.", "21.0℃", ("서진시", "평균기온", None, "평년")),
    # an anchor that closes its clause with a verb, not with (으)로
    ("새봄군의 귀농 가구는 412가구가 등록해 지난해(380가구)보다 늘었다.", "380가구", ("새봄군", "귀농 가구", "2024", None)),
])
def test_a_bracketed_figure_after_a_period_is_the_anchors_measure_then(body: str, figure: str, want: tuple[str, ...],
                                                                       ruleset) -> None:  # type: ignore[no-untyped-def]
    assert _of(_ko(body), figure, ruleset) == want


def test_a_sentence_pointing_back_takes_the_anchor_of_the_sentence_before(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = _ko("산들군의 축제 방문객은 12만 명으로 집계됐다. 이는 전년(9만 명) 대비 33.3% 증가한 수치다.")
    # (the level states no year: the year before it is this document's own label, never 2024 from the dateline)
    assert _of(text, "9만 명", ruleset) == ("산들군", "축제 방문객", "전년 · t.txt", None)
    assert _of(text, "33.3%", ruleset) == ("산들군", "축제 방문객 증가율 (전년 대비)", None, None)
    text = _ko("서진시의 1분기 화재 건수는 1,103건이었다. 지난해 같은 기간(1,020건)보다는 8.1% 늘었다.")
    assert _of(text, "1,020건", ruleset) == ("서진시", "화재 건수", "2024 (같은 기간)", None)


@pytest.mark.parametrize("body, figure", [
    # a name before the brackets: that name's figure, not the topic's
    ("서진시의 면적은 300㎢로 서울(605.2㎢)보다 작다.", "605.2㎢"),
    # a period that is part of a longer noun: the peak, an election
    ("서진시의 조선업 종사자는 11만 5천 명으로, 2014년 정점(20만 3천 명)의 절반을 넘는다.", "20만 3천 명"),
    ("서진시의 투표율은 57.8%로 4년 전 제8회 지방선거(51.2%)보다 높다.", "51.2%"),
    # another unit in brackets: a conversion, a share
    ("서진시의 수출액은 1억 달러로 전년(1,300억 원)보다 늘었다.", "1,300억 원"),
    ("서진시의 청년 인구는 1만 2천 명으로 전년(12%)보다 늘었다.", "12%"),
])
def test_a_bracket_that_is_no_other_period_of_the_anchor_is_not_its_measure(body: str, figure: str,
                                                                           ruleset) -> None:  # type: ignore[no-untyped-def]
    got = _of(_ko(body), figure, ruleset)
    assert got is None or got[0] != "서진시" or got[2] is None, got  # (never the topic's measure in another period)


def test_a_gap_to_another_thing_is_no_change(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = _ko("누리저수지의 저수율은 24.5%로, 인근 솔내저수지(41.0%)보다 16.5%p 낮다.")
    assert _of(text, "41.0%", ruleset) is None or _of(text, "41.0%", ruleset)[0] != "누리저수지"  # type: ignore[index]
    assert _of(text, "16.5%p", ruleset) is None


@pytest.mark.parametrize("text, figure, want", [
    ("Nurivale census\n\nNurivale had 54,300 residents in 2024, up from 49,800 in the 2015 census.\n", "49,800",
     ("Nurivale", "residents", "2015", None)),
    ("Seoha census\n\nSeoha had a population of 286,000 in 2020, up from about 240,000 in the 1990s.\n", "about 240,000",
     ("Seoha", "population", "1990s", None)),
    ("Hanul Air results\nBy Staff | March 10, 2025\n\nHanul Air carried 3.1 million passengers in 2024, "
     "down from 3.4 million a year earlier, the company said.\n", "3.4 million", ("Hanul Air", "passengers", "2023", None)),
    ("Gaon port\n\nThe Port of Gaon had a throughput of 1.2 million TEU at the end of 2024, up from 0.9 million "
     "TEU at the end of 2021.\n", "0.9 million", ("Port of Gaon", "throughput", "2021", None)),
])
def test_an_english_figure_up_from_another_period_is_the_same_measure(text: str, figure: str, want: tuple[str, ...],
                                                                      ruleset) -> None:  # type: ignore[no-untyped-def]
    assert _of(text, figure, ruleset) == want


def test_up_from_a_figure_of_no_period_is_no_claim(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "League\n\nThe Gaon league has 14 teams this season, up from 13.\n"
    assert _of(text, "13", ruleset) is None
    # "a year earlier" than a figure of no stated year (a quarter? which year?): no year to give it
    text = ("Hanul Air results\nBy Staff | January 10, 2025\n\nHanul Air carried 3.1 million passengers in the fourth "
            "quarter, down from 3.4 million a year earlier.\n")
    assert _of(text, "3.4 million", ruleset) is None


def _lint(tmp_path: Path, *texts: str) -> str:
    for i, text in enumerate(texts):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    args = ["lint", "--no-cache", "--no-source", "--no-default-rules", "--rules", str(REPO / "rules"), str(tmp_path)]
    return CliRunner().invoke(cli, args).output


ANCHORED = _ko("누리시 인구는 2024년 21만 명으로 2023년(20만 명)보다 늘었다. 누리시의 평균기온은 2024년 14.2℃로 평년(12.5℃)보다 높았다.")


def test_a_value_of_another_period_contradicts_no_current_value(tmp_path: Path) -> None:
    # the other period's value is its own period's (2023, the normal), never this year's
    out = _lint(tmp_path, ANCHORED, _ko("누리시 인구는 2024년 21만 명이다. 누리시의 2024년 평균기온은 14.2℃였다."))
    assert "contradiction" not in out, out


def test_a_value_of_another_period_meets_that_periods_value(tmp_path: Path) -> None:
    out = _lint(tmp_path, ANCHORED, _ko("누리시 인구는 2023년 21만 명이다. 누리시의 2024년 평균기온은 14.2℃였다."))
    found = [line for line in out.splitlines() if "contradiction]" in line]
    assert len(found) == 1 and "for 2023" in found[0] and "'20만 명'" in found[0], out


@pytest.mark.parametrize("body, figure, want", [
    # no level in the clause: the bracket of the base of the measure's rate of change (changes.py) is the measure then
    ("누리중공업의 2024년 수주액은 전년(86억 달러)보다 34.9% 늘었다.", "86억 달러", ("누리중공업", "수주액", "2023", None)),
    ("- 서진해양의 2024년 상반기 수주액은 전년 동기(58.5억 달러)보다 23.1% 늘었다.", "58.5억 달러",
     ("서진해양", "상반기 수주액", "2023 (동기)", None)),
])
def test_the_base_of_a_rate_is_the_measure_in_the_bases_period(body: str, figure: str, want: tuple[str, ...],
                                                                 ruleset) -> None:  # type: ignore[no-untyped-def]
    assert _of(_ko(body), figure, ruleset) == want


def test_a_rate_in_brackets_before_a_percentage_is_not_read(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "전년(61.7%)보다 0.6% 올랐다": points or a rate? the bracket is left to the binder, never this measure then
    got = _of(_ko("누리시의 고용률은 전년(61.7%)보다 0.6% 올랐다."), "61.7%", ruleset)
    assert got is None or got[2] is None, got


def test_the_quarter_before_in_two_reports_never_meets(tmp_path: Path) -> None:
    # two quarterly reports, each with "전 분기": different quarters, no contradiction
    q3 = _ko("미래은행의 연체율은 1.2%로 전 분기(1.5%)보다 낮아졌다.")
    q4 = _ko("미래은행의 연체율은 1.1%로 전 분기(1.2%)보다 낮아졌다.")
    assert "contradiction" not in _lint(tmp_path, q3, q4)
