"""measure-figure-contradiction (rules/claims.yaml): two articles of ONE language giving one measure of one entity
two figures — fresh8's C6 ("군 북부와 영서 지역을 잇는 단월터널은 총사업비 4,870억 원 규모로" in a business story against
a column's "단월터널 역시 양면이 있다. 사업비가 6,120억 원에 이른다"). The bilingual rule's groups (one measure of
rules/measures.yaml, one entity, one year), with the guards a single language needs: a measure of a year is compared
only when both figures write their year (two wire stories a day apart give two days' tallies of one year), a fixed
measure (a length, a project's cost) whatever the articles' dates. Articles written for these tests, none from a gold
set; hard negatives: the same value in another notation, another year written, a goal beside the fact, an article
giving two figures, two named sources, a figure within the other's approximation, another entity, daily tallies."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_place_measures import lint


def _lint(tmp_path: Path, *texts: str) -> list[str]:
    return lint(tmp_path, *texts, rule="measure-figure-contradiction]")


BRIDGE = "새빛대교 공사 본격화\n입력 2025.01.14 06:00\n\n강 남북을 잇는 새빛대교는 총사업비 {v} 규모로, 2027년 개통이 목표다.\n"
COLUMN = "[칼럼] 새빛대교의 두 얼굴\n\n윤재석 연구위원 | 2025년 2월 5일\n\n새빛대교 역시 양면이 있다. 사업비가 {v}에 이른다.\n"
REVENUE = "누리전자 실적\n입력 2025.02.03 09:00\n\n누리전자의 {year} 매출액은 {v}이었다.\n"
SALES = "누리전자, 해외 판로 넓혀\n입력 2025.03.10 10:00\n\n누리전자는 {year} 매출 {v}을 올렸다.\n"
EN_A = "Haneul Foods results\nPublished February 3, 2025\n\nHaneul Foods reported revenue of {v} in 2024.\n"
EN_B = "Haneul Foods expands\nPublished March 10, 2025\n\nIn 2024, Haneul Foods posted revenue of {v}.\n"


@pytest.mark.parametrize("texts", [
    # fresh8's C6 in other words: a bridge's cost, the total in one article, the bare noun carried in another
    (BRIDGE.format(v="4,870억 원"), COLUMN.format(v="6,120억 원")),
    # a company's revenue of a year both articles write (2024년, 지난해 in a 2025 article)
    (REVENUE.format(year="2024년", v="1,342억 원"), SALES.format(year="지난해", v="1,520억 원")),
    # English too
    (EN_A.format(v="134.2 billion won"), EN_B.format(v="152 billion won")),
])
def test_two_articles_of_one_language_disagree(tmp_path: Path, texts: tuple[str, ...]) -> None:
    found = _lint(tmp_path, *texts)
    assert len(found) == 1, found


@pytest.mark.parametrize("texts", [
    # the same value in another notation
    (BRIDGE.format(v="4,870억 원"), COLUMN.format(v="4천870억 원")),
    (EN_A.format(v="134.2 billion won"), EN_B.format(v="₩134.2 billion")),
    # a figure within the other's approximation
    (BRIDGE.format(v="4,870억 원"), COLUMN.format(v="약 5천억 원")),
    # another year written
    (REVENUE.format(year="2024년", v="1,342억 원"), SALES.format(year="2023년", v="1,180억 원")),
    # a goal beside the fact
    (REVENUE.format(year="2024년", v="1,342억 원"),
     "누리전자 계획\n입력 2025.03.10 10:00\n\n누리전자는 2024년 매출 1,500억 원을 목표로 잡았다.\n"),
    # another entity
    (BRIDGE.format(v="4,870억 원"), COLUMN.format(v="6,120억 원").replace("새빛대교", "한빛대교")),
    # an article that gives two figures for the measure says nothing
    (BRIDGE.format(v="4,870억 원"),
     "[칼럼] 다리와 도시\n\n윤재석 연구위원 | 2025년 2월 5일\n\n새빛대교는 총사업비가 6,120억 원이다. 당초 총사업비는 4,100억 원이었다.\n"),
    # two named sources of one script: two estimates
    ("누리전자 실적 전망\n입력 2025.02.03 09:00\n\n한빛증권에 따르면 누리전자의 2024년 매출액은 1,342억 원이다.\n",
     "누리전자 실적 전망\n입력 2025.02.04 09:00\n\n가온리서치에 따르면 누리전자의 2024년 매출액은 1,520억 원이다.\n"),
    # a fixed measure with no year written, in articles years apart: a project's cost revised (session 13 review)
    ("서해터널 착공\n입력 2019.05.02 10:00\n\n서해터널은 총사업비 3,200억 원 규모로, 2026년 개통이 목표다.\n",
     "서해터널 개통 늦춰져\n입력 2024.09.10 09:00\n\n설계 변경이 겹치면서 서해터널의 총사업비는 4,100억 원이 됐다.\n"),
    (BRIDGE.format(v="4,870억 원").replace("2025.01.14", "2021.03.02"), COLUMN.format(v="6,120억 원")),
    ("Seoha Bridge breaks ground\nPublished May 2, 2019\n\nSeoha Bridge has a total project cost of 320 billion won.\n",
     "Seoha Bridge delayed\nPublished September 10, 2024\n\nSeoha Bridge now has a total project cost of 410 billion won.\n"),
    # daily tallies with no year written: each article's day, not one year's figure
    ("코로나19 확진자 현황\n입력 2020.12.24 10:00\n\n지역별로는 서울 373명, 경기 310명 등으로 확진자가 나왔다.\n",
     "코로나19 확진자 현황\n입력 2020.12.25 10:00\n\n지역별로는 서울 457명, 경기 250명 등으로 확진자가 나왔다.\n"),
])
def test_hard_negatives_stay_silent(tmp_path: Path, texts: tuple[str, ...]) -> None:
    assert _lint(tmp_path, *texts) == []


KO_BASIS = "누리전자 실적\n입력 2025.02.03 09:00\n\n누리전자의 2024년 매출은 {v}이다.\n"
KO_BASIS_B = "누리전자 분석\n입력 2025.03.10 10:00\n\n누리전자의 2024년 매출은 {v}이었다.\n"


@pytest.mark.parametrize("a, b", [
    # two bases of one measure (session 13 review): consolidated and separate, a count with or without a part
    ("1,350억 원(연결 기준)", "1,100억 원(별도 기준)"),
    ("1,350억 원", "1,100억 원(별도 기준)"),
    ("1,350억 원", "별도 기준으로 1,100억 원"),
    ("1,350억 원", "자회사를 제외하면 1,100억 원"),
])
def test_figures_of_two_bases_stay_silent(tmp_path: Path, a: str, b: str) -> None:
    assert _lint(tmp_path, KO_BASIS.format(v=a), KO_BASIS_B.format(v=b)) == []


@pytest.mark.parametrize("a, b", [
    ("1,350억 원(연결 기준)", "1,100억 원(연결 기준)"),
    # a time in the bracket is no basis
    ("1,350억 원(2024년 말 기준)", "1,100억 원"),
])
def test_figures_of_one_basis_are_compared(tmp_path: Path, a: str, b: str) -> None:
    assert len(_lint(tmp_path, KO_BASIS.format(v=a), KO_BASIS_B.format(v=b))) == 1


def test_english_figures_of_two_bases_stay_silent(tmp_path: Path) -> None:
    texts = (EN_A.format(v="134.2 billion won"),
             "Haneul Foods expands\nPublished March 10, 2025\n\nIn 2024, excluding subsidiaries, Haneul Foods posted revenue of 110 billion won.\n")
    assert _lint(tmp_path, *texts) == []


@pytest.mark.parametrize("texts", [
    ("단월터널 착공\n입력 2025.01.14 06:00\n\n단월터널의 총사업비는 4,200억 원이다.\n",
     "단월터널 사업비 증액\n입력 2025.06.14 06:00\n\n자재비가 오르면서 단월터널의 총사업비가 4,870억 원으로 늘었다.\n"),
    ("Tunnel costs\nPublished March 1, 2025\n\nDanwol Tunnel has a total project cost of 420 billion won.\n",
     "Tunnel costs rise\nPublished July 1, 2025\n\nDanwol Tunnel's total project cost rose to 487 billion won after steel prices jumped.\n"),
])
def test_a_newer_article_changing_a_fixed_measure_revises_it(tmp_path: Path, texts: tuple[str, str]) -> None:
    """A cost a newer article says rose to its figure is a revision (info), not a contradiction (session 13 review)."""
    found = _lint(tmp_path, *texts)
    assert len(found) == 1 and "info" in found[0] and "revises" in found[0], found


def test_an_older_article_changing_it_is_still_contradicted(tmp_path: Path) -> None:
    texts = ("단월터널 사업비 증액\n입력 2025.01.14 06:00\n\n단월터널의 총사업비가 4,870억 원으로 늘었다.\n",
             "단월터널 착공\n입력 2025.06.14 06:00\n\n단월터널의 총사업비는 4,200억 원이다.\n")
    found = _lint(tmp_path, *texts)
    assert len(found) == 1 and "warning" in found[0] and "contradicts" in found[0], found


def test_a_fixed_measure_a_few_months_apart_is_still_compared(tmp_path: Path) -> None:
    """The revision guard is for articles more than a year apart: a cost given in June 2024 and another in
    February 2025 still meet (fresh8 C6's two articles are three weeks apart)."""
    texts = (BRIDGE.format(v="4,870억 원").replace("2025.01.14", "2024.06.14"), COLUMN.format(v="6,120억 원"))
    assert len(_lint(tmp_path, *texts)) == 1


def test_a_korean_and_an_english_article_are_the_bilingual_rules(tmp_path: Path) -> None:
    """Figures of two languages are bilingual-figure-contradiction's, never reported twice."""
    texts = (REVENUE.format(year="2024년", v="1,342억 원").replace("누리전자", "하늘식품"),
             EN_A.format(v="152 billion won"))
    assert _lint(tmp_path, *texts) == []
