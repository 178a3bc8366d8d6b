"""A table's rate column recomputed from its row's cells, and a list of shares of one whole stated before
(issues #14/#16; the blind set fresh3's misses E2 and E3).

E2: ``| 3 | 서진해양 | 72.0 | 25 | 80 | 95.0% |`` under the header ``| 순위 | 회사 | 수주액 | 척수 | 연간 목표 |
달성률 |`` — 달성률 is the actual over the 목표 column (72.0 / 80 = 90.0%). E3: "발생 장소는 실외 작업장이
726명(19.6%)으로 가장 많았고, 논밭 496명(15.4%), 길가 402명(10.9%) 순이었다" two sentences after "온열질환자가
모두 3,704명": 496 / 3,704 = 13.4%.

Rows were written before the code that reads them. The negatives: a rate column that is no ratio of two
of the table's columns (고용률, a growth over a year the table does not show), a rate whose header names
neither column, a list whose shares are of different wholes, a list with no whole stated before.
"""

from __future__ import annotations

import pytest
from statement_helpers import REPO, lint

ORDERS = """# 2025년 조선 3사 수주 실적

> 단위: 억 달러, 척

| 순위 | 회사 | 수주액 | 척수 | 연간 목표 | 달성률 |
|---|---|---|---|---|---|
| 1 | 가나중공업 | 146.0 | 52 | 135 | 108.1% |
| 2 | 다라조선 | 98.4 | 31 | 110 | 89.5% |
| 3 | 마바해양 | 72.0 | 25 | 80 | {rate} |
| | 합계 | 316.4 | 108 | 325 | 97.4% |
"""

EN_TARGETS = """# Store sales against target

| Store | Sales ($m) | Staff | Target ($m) | Achievement |
|---|---:|---:|---:|---:|
| Leeds | 12.4 | 40 | 12.0 | 103.3% |
| York | 9.1 | 31 | 10.0 | 91.0% |
| Hull | 7.7 | 22 | 8.0 | {rate} |
"""

SHARES = """| 지역 | 매출(억 원) | 비중 |
|---|---:|---:|
| 서울 | 420 | 42.0% |
| 부산 | 330 | {rate} |
| 대구 | 250 | 25.0% |
| 합계 | 1,000 | 100.0% |
"""

GROWTH = """| Product | 2024 ($m) | 2025 ($m) | Growth |
|---|---:|---:|---:|
| Ships | 80.0 | 100.0 | 25.0% |
| Engines | 50.0 | 55.0 | 10.0% |
| Parts | 40.0 | 42.0 | {rate} |
"""

NAMED = """| 업체 | 매출(억 원) | 수출(억 원) | 수출/매출 |
|---|---:|---:|---:|
| 가 | 200 | 50 | 25.0% |
| 나 | 300 | 90 | 30.0% |
| 다 | 400 | 100 | {rate} |
"""


def _findings(text: str, path: str) -> list[str]:
    _, findings = lint(text, "arithmetic", path=path)
    return [f.message for f in findings]


@pytest.mark.parametrize(("table", "right", "wrong", "shown"), [
    (ORDERS, "90.0%", "95.0%", "72.0 / 80"),
    (EN_TARGETS, "96.3%", "99.0%", "7.7 / 8.0"),
    (SHARES, "33.0%", "30.0%", "330 / 1,000"),
    (GROWTH, "5.0%", "15.0%", "42.0 / 40.0"),
    (NAMED, "25.0%", "20.0%", "100 / 400"),  # the header names both columns; the rows say which way
])
def test_a_rate_column_is_recomputed_from_its_row(table: str, right: str, wrong: str, shown: str) -> None:
    statements, findings = lint(table.format(rate=right), "arithmetic", path="t.md")
    assert findings == [], [f.message for f in findings]
    rates = [s for s in statements if "column" in s.recomputation]
    assert rates and all(s.verdict == "holds" for s in rates), [s.recomputation for s in statements]
    found = _findings(table.format(rate=wrong), "t.md")
    assert len(found) == 1 and shown in found[0] and wrong in found[0], found


RATE_NEGATIVES = [
    # a rate of something the table does not hold: 고용률 is no ratio of two of its columns
    """| 시 | 인구(명) | 취업자(명) | 고용률 |
|---|---:|---:|---:|
| 가 | 1,000 | 600 | 61.0% |
| 나 | 2,000 | 1,100 | 58.0% |
| 다 | 3,000 | 1,500 | 40.0% |
""",
    # a growth over a year the table does not show
    """| 지역 | 2025년 매출(억 원) | 전년 대비 증가율 |
|---|---:|---:|
| 서울 | 420 | 4.2% |
| 부산 | 330 | 3.1% |
| 대구 | 250 | 9.9% |
""",
    # 달성률 with no target column: the other columns are not its terms
    """| 회사 | 수주액 | 척수 | 달성률 |
|---|---:|---:|---:|
| 가 | 146.0 | 52 | 108.1% |
| 나 | 98.4 | 31 | 89.5% |
| 다 | 72.0 | 25 | 95.0% |
""",
    # a rate the rows do not bear out (no row holds): which columns it divides is not shown
    """| Store | Sales ($m) | Target ($m) | Achievement |
|---|---:|---:|---:|
| Leeds | 12.4 | 12.0 | 88.0% |
| York | 9.1 | 10.0 | 77.0% |
| Hull | 7.7 | 8.0 | 65.0% |
""",
    # a share column without a total row
    """| 지역 | 매출(억 원) | 비중 |
|---|---:|---:|
| 서울 | 420 | 42.0% |
| 부산 | 330 | 30.0% |
| 대구 | 250 | 25.0% |
""",
]


@pytest.mark.parametrize("table", RATE_NEGATIVES)
def test_a_rate_column_that_is_no_ratio_of_two_columns(table: str) -> None:
    assert _findings(table, "t.md") == []


HEAT = """질병관리청은 올해 온열질환자가 모두 3,704명 신고됐다고 밝혔다. 지난해 같은 기간(3,146명)보다 늘었다.
성별로는 남성이 2,897명으로 여성(807명)보다 많았다.
발생 장소는 실외 작업장이 726명(19.6%)으로 가장 많았고, 논밭 496명({rate}), 길가 402명(10.9%) 순이었다.
"""

HEAT_EN = """The agency counted 3,704 patients in the summer, up from 3,146 a year earlier.
Men made up most of them.
Outdoor work sites accounted for 726 patients (19.6%), farmland for 496 patients ({rate}) and roadsides for 402 patients (10.9%).
"""


@pytest.mark.parametrize(("text", "shown"), [(HEAT, "496명 / 3,704명"), (HEAT_EN, "496 / 3,704")])
def test_a_list_of_shares_of_one_whole(text: str, shown: str) -> None:
    statements, findings = lint(text.format(rate="13.4%"), "arithmetic")
    assert findings == [], [f.message for f in findings]
    assert len([s for s in statements if s.form == "share" and s.verdict == "holds"]) == 3, [s.recomputation for s in statements]
    found = _findings(text.format(rate="15.4%"), "article.txt")
    assert len(found) == 1 and shown in found[0] and "15.4%" in found[0], found


LIST_NEGATIVES = [
    # shares of different wholes: each item is a share of its own group
    """온열질환자는 3,704명, 사망자는 29명이었다.
남성 환자는 2,897명(78.2%), 65세 이상 사망자는 21명(72.4%), 실외 작업장 환자는 726명(30.0%)이었다.
""",
    # no whole stated before: the shares are of something the article does not give
    """온열질환자가 크게 늘었다.
발생 장소는 실외 작업장이 726명(19.6%)으로 가장 많았고, 논밭 496명(15.4%), 길가 402명(10.9%) 순이었다.
""",
    # the first items agree with no one figure stated before
    """The agency counted 3,704 patients, and 4,100 a year earlier.
Outdoor sites had 726 patients (21.0%), farms 496 patients (15.4%) and roads 402 patients (10.9%).
""",
]


@pytest.mark.parametrize("text", LIST_NEGATIVES)
def test_not_a_list_of_one_whole(text: str) -> None:
    assert _findings(text, "article.txt") == []


# The opened blind sets (fresh4 is held out and never read here): the arithmetic check reports their planted
# errors and nothing of their "Arithmetic that is correct" lists (the INTENT.md files; fresh3 E5 is a conversion).
PLANTED = {
    # en_wire_cellonix.txt:1, the title, repeats A2's 4% (fresh INTENT.md: "title line 1 repeats the 4%"; s20-arith4)
    "fresh": {("ko_stat_employment.txt", 3), ("en_wire_cellonix.txt", 1), ("en_wire_cellonix.txt", 2), ("ko_local_cheongju_budget.txt", 6),
              ("ko_column_realestate.txt", 5), ("ko_chungbuk_stats.md", 12)},
    "fresh2": {("ko_hangyeol_orders.txt", 4), ("ko_heat_illness.txt", 6), ("ko_gyeongnam_stats.md", 11),
               ("ko_gyeongnam_stats.md", 17)},
    "fresh3": {("ko_column_shipbuilding.txt", 4), ("ko_md_ship_orders.md", 9), ("ko_health_heat2025.txt", 7),
               ("ko_election_haeun.txt", 5)},
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_the_opened_blind_sets_report_their_planted_errors_only(name: str) -> None:
    found = set()
    for path in sorted((REPO / "tests" / "gold" / name / "articles").iterdir()):
        text = path.read_text(encoding="utf-8")
        _, findings = lint(text, "arithmetic", path=path.name)
        found |= {(path.name, text.count("\n", 0, f.location.span.start) + 1) for f in findings}
    assert found == PLANTED[name]
