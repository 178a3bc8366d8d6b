"""The measures news reports, in Korean and English (rules/measures.yaml, issue #14 item 3), and the counts that bind to
them: "자전거 2,800대와 대여소 210곳을 갖추고 있다" (coordinated counts of differing counters, each its own noun's),
"객실 320실을" (a bare noun ending in its counter), "버스 140대를 보유하고" (a verb of having states a stock, no
act). Written on topics unlike the spent sets: a library, a hotel, a grocery chain, a university, a club, a network, a
bus operator, a bike-share, a hospital, a chemical maker, a school, an electronics maker, a tram line. Each pair gives
one finding when the values differ and none when they agree; the hard negatives give none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cross_article_owners import _lint
from tests.test_owners import bound, ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of

_KO_DATE = "\n입력 2026.03.03 10:00\n"
_EN_DATE = "\nBy Staff | March 4, 2026\n"

# (Korean article, English article with {v}, the Korean value in English notation, another value, the measure)
PAIRS = [
    ("가온대학교\n가온대학교는 장서 42만 권을 소장하고 있다.\n",
     "Gaon University\nReaders visit Gaon University daily. Gaon University holds {v} books.\n", "420,000", "480,000", "books"),
    ("한솔호텔\n한솔호텔은 객실 320실을 갖추고 있다.\n",
     "Hansol Hotel\nGuests like Hansol Hotel. Hansol Hotel has {v} rooms.\n", "320", "350", "rooms"),
    ("새봄식품\n새봄식품은 매장 45곳을 운영하고 있다.\n",
     "Saebom Foods\nShoppers know Saebom Foods. Saebom Foods operates {v} stores.\n", "45", "54", "stores"),
    ("누리대학교\n누리대학교는 재학생 1만 2천 명을 두고 있다.\n",
     "Nuri University\nApplicants visit Nuri University. Nuri University has {v} students.\n", "12,000", "21,000", "students"),
    ("누리온\n누리온은 회원 3,400명을 두고 있다.\n",
     "Nurion\nFarmers founded Nurion. Nurion has {v} members.\n", "3,400", "4,300", "members"),
    ("하늘망\n하늘망은 가입자 86만 명을 확보했다.\n",
     "Haneulmang\nAnalysts follow Haneulmang. Haneulmang has {v} subscribers.\n", "860,000", "680,000", "subscribers"),
    ("다람\n다람은 버스 140대를 보유하고 있다.\n",
     "Daram\nCommuters rely on Daram. Daram operates {v} buses.\n", "140", "410", "buses"),
    ("씽씽\n씽씽은 자전거 1,500대와 대여소 120곳을 갖추고 있다.\n",
     "Ssingssing\nRiders like Ssingssing. Ssingssing has {v} bikes.\n", "1,500", "1,900", "bikes"),
    ("씽씽\n씽씽은 자전거 1,500대와 대여소 120곳을 갖추고 있다.\n",
     "Ssingssing\nRiders like Ssingssing. Ssingssing has {v} docking stations.\n", "120", "150", "docking stations"),
    ("한빛병원\n한빛병원은 병상 650개를 운영한다.\n",
     "Hanbit Hospital\nPatients praise Hanbit Hospital. Hanbit Hospital has {v} beds.\n", "650", "560", "hospital beds"),
    ("다온화학\n다온화학의 연간 생산능력은 12만 톤이다.\n",
     "Daon Chemical\nInvestors watch Daon Chemical. Daon Chemical has an annual capacity of {v} tonnes.\n", "120,000", "210,000",
     "production capacity"),
    ("한결\n한결은 교실 24개를 두고 있다.\n",
     "Hangyeol\nParents chose Hangyeol. Hangyeol has {v} classrooms.\n", "24", "42", "classrooms"),
    ("다솜전자\n다솜전자는 직원 2,300명을 두고 있다.\n",
     "Dasom Electronics\nAnalysts follow Dasom Electronics. Dasom Electronics employs {v} people.\n", "2,300", "3,200",
     "employees"),
    ("한길\n한길은 정거장 32곳을 운영한다.\n",
     "Hangil\nCommuters use Hangil. Hangil has {v} stations.\n", "32", "23", "stations"),
]


@pytest.mark.parametrize(("ko", "en", "same", "other", "key"), PAIRS, ids=[p[4] for p in PAIRS])
def test_a_korean_and_an_english_figure_of_one_news_measure_meet(tmp_path: Path, ko: str, en: str, same: str, other: str,
                                                                 key: str) -> None:
    ko = ko.replace("\n", _KO_DATE, 1)
    en = en.replace("\n", _EN_DATE, 1)
    found = _lint(tmp_path, {"ko.txt": ko, "en.txt": en.format(v=other)})
    assert len(found) == 1 and f" · {key} for 2026" in found[0], found
    (tmp_path / "en.txt").unlink()
    assert _lint(tmp_path, {"en2.txt": en.format(v=same)}) == []


# --- hard negatives ------------------------------------------------------------------------------------------------


_SSINGSSING_EN = "Ssingssing\nBy Staff | March 4, 2026\nRiders like Ssingssing. Ssingssing has 1,900 bikes.\n"


@pytest.mark.parametrize(("ko", "en"), [
    # another entity's fleet
    ("씽씽\n입력 2026.03.03 10:00\n씽씽은 자전거 1,500대와 대여소 120곳을 갖추고 있다.\n",
     "Tarang\nBy Staff | March 4, 2026\nRiders like Tarang. Tarang has 1,900 bikes.\n"),
    # another year: a fleet grows, and 2024's and 2026's articles write no year in the sentence
    ("씽씽\n입력 2024.03.03 10:00\n씽씽은 자전거 1,500대와 대여소 120곳을 갖추고 있다.\n", _SSINGSSING_EN),
    # a part of the fleet: 전기자전거 are some of the bikes (e-bikes), never the bikes
    ("씽씽\n입력 2026.03.03 10:00\n씽씽은 전기자전거 300대를 보유하고 있다.\n", _SSINGSSING_EN),
    # a goal next to the fleet
    ("씽씽\n입력 2026.03.03 10:00\n씽씽은 내년까지 자전거 3,000대를 갖출 계획이다.\n", _SSINGSSING_EN),
    # an ambiguous word left out: "lines" (of text, of products as often as of a network) are no routes
    ("누리버스\n입력 2026.03.03 10:00\n누리버스는 노선 28개를 운영한다.\n",
     "Nuribus\nBy Staff | March 4, 2026\nCommuters use Nuribus. Nuribus has 9 lines.\n"),
], ids=["another entity", "another year", "a part", "a goal", "lines"])
def test_figures_that_are_not_one_measure_never_meet(tmp_path: Path, ko: str, en: str) -> None:
    assert _lint(tmp_path, {"ko.txt": ko, "en.txt": en}) == []


# --- the binder: coordinated counts, a bare noun ending in its counter, a verb of having ---------------------------


@pytest.mark.parametrize(("text", "figure", "expected"), [
    # coordinated counts of differing counters, each counting the bare noun before it
    ("씽씽\n씽씽은 자전거 1,500대와 대여소 120곳을 갖추고 있다.\n", "1,500대", ("씽씽", "자전거")),
    ("씽씽\n씽씽은 자전거 1,500대와 대여소 120곳을 갖추고 있다.\n", "120곳", ("씽씽", "대여소")),
    ("한솔호텔\n한솔호텔은 객실 320실과 연회장 5곳을 갖췄다.\n", "320실", ("한솔호텔", "객실")),
    ("다람\n다람은 2025년 말 기준 버스 140대와 정류장 410곳을 두고 있다.\n", "140대", ("다람", "버스")),
    ("한빛병원\n한빛병원은 의사 120명과 병상 650개를 두고 있다.\n", "120명", ("한빛병원", "의사")),
    # a bare noun ending in the counter it is counted by
    ("한솔호텔\n한솔호텔은 객실 320실을 갖추고 있다.\n", "320실", ("한솔호텔", "객실")),
    # a verb of having states the stock: buses, not buses held
    ("다람\n다람은 버스 140대를 보유하고 있다.\n", "140대", ("다람", "버스")),
    ("새봄식품\n새봄식품은 매장 45곳을 운영하고 있다.\n", "45곳", ("새봄식품", "매장")),
    # the first of coordinated counts takes the last one's verb of doing: buses sold, no fleet
    ("한결모터스\n한결모터스는 지난해 버스 120대와 부품 3000개를 판매했다.\n", "120대", ("한결모터스", "버스 판매")),
])
def test_a_count_binds_to_the_noun_it_counts(text: str, figure: str, expected: tuple[str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == expected


@pytest.mark.parametrize(("text", "figure"), [
    # parts of one whole share a counter: labels of parts, no noun each counts
    ("코로나19 확진\n서울 550명과 경기 257명이 새로 확진됐다.\n", "550명"),
    # a count with 와/과 before no other count: "with", no coordination
    ("다솜전자\n다솜전자는 직원 3명과 함께 현장을 찾았다.\n", "3명"),
])
def test_no_noun_of_its_own_is_counted(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(text, figure, ruleset)
    assert found is None or found[1] not in ("서울", "직원"), found


def test_a_verb_of_doing_keeps_its_act(ruleset) -> None:  # type: ignore[no-untyped-def]
    # (판매 is a thing done to the buses: buses sold, not the fleet)
    assert claim_of("다람\n다람은 지난해 전기버스 1,980대를 판매했다.\n", "1,980대", ruleset) == ("다람", "전기버스 판매")
