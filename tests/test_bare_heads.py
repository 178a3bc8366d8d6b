"""Korean bare generic topics and place + trade company names own their figures (issue #14 items 2–3; session 18).

(a) "실마루방적", "소하해운": a one-word compound of a place's stem the document names (실마루시, 소하군) and a trade
(heads.py, kind company) is a company's name, not a common noun (``binding._placed_trade``), and bridges to its
English name ("Silmaru Spinning", "Soha Marine"). Not a trade alone ("방적은"), nor a place and an industry written
apart or with another head ("소하 수산업", "실마루 방적업"), nor a stem the document never names as a place.

(b) "시는 …", "도서관은 …", "도는 …": a generic head alone as the topic or subject stands for the one thing of that
kind the article named before (``discourse.korean_bare_head``, ``binding._only_headed``) — never when it named two,
when the head has a modifier ("다른 도서관은", "지역 공장은", "새로 들어선 공장은"), in a sentence of what is usual
("공장은 보통 …"), for a plural ("공장들은"), nor when no name of its kind was given ("시는" in a company's article).
"""

from __future__ import annotations

import pytest

from factlint.binding import _placed_trade
from factlint.headbridge import translated
from tests.test_owners import owner_of, ruleset  # noqa: F401  (the fixture)

# --- (a) a place's stem and a trade ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, figure, owner", [
    ("하람시 경제 동향\n하람시에는 제약 공장이 여럿 있다. 하람제약은 지난해 영업이익 320억 원을 냈다.\n", "320억 원", "하람제약"),
    ("서하군 수산업\n서하군은 전복 산지다. 서하수산이 지난해 수출한 전복은 2,100t이다.\n", "2,100t", "서하수산"),
    ("청솔군 뱃길\n청솔군은 섬이 많다. 청솔해운은 지난해 승객 52만 명을 실어 날랐다.\n", "52만 명", "청솔해운"),
    ("가온시 섬유 산업\n가온시는 섬유도시다. 가온방적이 지난해 뽑아낸 원사는 4만 톤이다.\n", "4만 톤", "가온방적"),
    ("누리시 무역\n누리시에 본사를 둔 누리물산은 올해 수출액 1억 2천만 달러를 기록했다.\n", "1억 2천만 달러", "누리물산"),
])
def test_a_place_stem_and_a_trade_is_a_company_owning_its_figure(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, name", [
    ("소하군 어업\n소하군은 섬이 많다. 소하 수산업은 지난해 생산액 1,200억 원을 기록했다.\n", "소하수산업"),  # an industry
    ("실마루시 섬유\n실마루시는 섬유도시다. 실마루 방적업 종사자는 1만 4,000명이다.\n", "실마루방적업"),
    ("섬유 산업\n방적은 지난해 매출 300억 원을 올렸다.\n", "방적"),  # a trade alone
    ("건설 경기\n지역건설은 지난해 수주 42건을 따냈다.\n", "지역건설"),  # 지역 names no place
    ("건설 경기\n한라건설은 지난해 수주 42건을 따냈다.\n", "한라건설"),  # a stem the text never names as a place
    # the trade written as a field of its own: the place's tourism, no firm
    ("서울시 관광\n서울시는 서울역 일대를 정비했다. 서울관광이 살아나며 관광 수요가 120만 명으로 늘었다.\n", "서울관광"),
])
def test_no_company_without_a_place_stem_and_a_trade_in_one_word(text: str, name: str) -> None:
    assert not _placed_trade(text, name)


def test_an_industry_after_a_place_owns_no_figure(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "소하군 어업\n소하군은 섬이 많다. 소하 수산업은 지난해 생산액 1,200억 원을 기록했다.\n"
    assert owner_of(text, "1,200억 원", ruleset) not in ("소하 수산업", "소하수산", "수산업")


@pytest.mark.parametrize("hangul, latin, same", [
    ("실마루방적", "Silmaru Spinning", True),
    ("소하해운", "Soha Marine", True),
    ("소하해운", "Soha Shipping", True),
    ("서하수산", "Seoha Fisheries", True),
    ("소하해운", "Soha Ferry", False),  # no translation of the trade
    ("실마루방적", "Silmaru Textile", False),
    ("소하해운", "Soha County", False),  # a company and its county
])
def test_a_trade_head_bridges_to_its_english_name(hangul: str, latin: str, same: bool) -> None:
    assert translated(hangul, latin) is same


# --- (b) a bare generic head stands for the one thing of its kind named before -----------------------------------


@pytest.mark.parametrize("text, figure, owner", [
    ("청솔시 관광 계획\n청솔시는 올해 청솔항 관광 예산을 늘렸다. 시는 올해 관광객 120만 명을 추가로 유치할 계획이다.\n",
     "120만 명", "청솔시"),
    ("가람도 크루즈\n가람도는 가람항에 크루즈 부두를 새로 지었다. 도는 내년까지 외국인 관광객 30만 명을 더 유치할 방침이다.\n",
     "30만 명", "가람도"),
    ("하람시 예산\n하람시는 내년 하람역 일대 예산안을 발표했다. 시는 도심 재생에 850억 원을 배정했다.\n", "850억 원", "하람시"),
    ("새봄자연사박물관 개관\n새봄자연사박물관이 지난달 문을 열었다. 박물관은 올해 관람객 40만 명을 목표로 잡았다.\n",
     "40만 명", "새봄자연사박물관"),
    ("단비군 가뭄\n단비군은 단비저수지가 말라 제한급수를 시작했다. 한편 군은 지난달 생수 3만 병을 주민에게 나눠줬다.\n",
     "3만 병", "단비군"),
    # the noun right after a count of 개
    ("단비군 가뭄\n단비군은 단비저수지가 말라 제한급수를 시작했다. 군은 지난달부터 4개 면에 급수차를 보내고 있다.\n",
     "4개", "단비군"),
    ("가람시 태양광\n가람시는 가람역 일대에 태양광을 늘렸다. 시는 올해 27개 학교에 태양광 설비를 설치했다.\n", "27개", "가람시"),
    ("단비군 케이블카\n단비군은 단비산케이블카를 개통했다. 군은 올해 관광객 80만 명을 추가로 유치할 계획이다.\n",
     "80만 명", "단비군"),
])
def test_a_bare_head_is_the_one_name_of_its_kind_given_before(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure, not_owner", [
    # two names of the kind: which one is not written
    ("두 도시 관광\n청솔시와 가온시는 청솔항과 가온역을 잇는 관광 협약을 맺었다. 시는 올해 관광객 120만 명을 추가로 유치할 계획이다.\n",
     "120만 명", ("청솔시", "가온시")),
    ("박물관 두 곳\n새봄자연사박물관과 가람민속박물관이 문을 열었다. 박물관은 올해 관람객 40만 명을 목표로 잡았다.\n",
     "40만 명", ("새봄자연사박물관", "가람민속박물관")),
    # a modifier: another thing of the kind, or a part of it
    ("새봄자연사박물관 개관\n새봄자연사박물관이 지난달 문을 열었다. 다른 박물관은 올해 관람객 40만 명을 목표로 잡았다.\n",
     "40만 명", ("새봄자연사박물관",)),
    ("청솔시 관광\n청솔시는 청솔항 관광 예산을 늘렸다. 인근 시는 올해 관광객 120만 명을 추가로 유치할 계획이다.\n",
     "120만 명", ("청솔시",)),
    ("새봄자연사박물관 개관\n새봄자연사박물관이 지난달 문을 열었다. 새로 생긴 박물관은 올해 관람객 40만 명을 목표로 잡았다.\n",
     "40만 명", ("새봄자연사박물관",)),
    # what is usual: the kind, not the one
    ("새봄자연사박물관 개관\n새봄자연사박물관이 지난달 문을 열었다. 박물관은 보통 관람객 40만 명을 목표로 잡는다.\n",
     "40만 명", ("새봄자연사박물관",)),
    # a plural
    ("새봄자연사박물관 개관\n새봄자연사박물관이 지난달 문을 열었다. 박물관들은 올해 관람객 40만 명을 목표로 잡았다.\n",
     "40만 명", ("새봄자연사박물관",)),
    # "시는" in a company's article that names no city
    ("하람전자 실적\n하람전자는 지난해 최대 실적을 냈다. 시는 올해 관광객 120만 명을 추가로 유치할 계획이다.\n",
     "120만 명", ("하람전자",)),
    # the subject of a relative clause describing the measured noun, not the owner of the figure
    ("단비군 케이블카\n단비군은 케이블카를 개통했다. 군이 내건 연간 탑승객 목표는 80만 명이다.\n", "80만 명", ("단비군",)),
    ("단비군 케이블카\n단비군은 단비산케이블카를 개통했다. 군이 정한 관광객 80만 명을 채우려면 갈 길이 멀다.\n",
     "80만 명", ("단비군",)),
    ("두 도시 태양광\n가람시와 하람시는 가람역과 하람역 일대에 태양광을 늘렸다. 시는 올해 27개 학교에 태양광 설비를 설치했다.\n",
     "27개", ("가람시", "하람시")),
    # the measured noun names its own owner: the county acts on the reservoir's rate
    ("단비군 가뭄\n단비군은 단비저수지 물을 아끼고 있다. 군은 단비저수지 저수율 20%를 지키려 급수를 줄였다.\n",
     "20%", ("단비군",)),
])
def test_a_bare_head_refuses_when_it_is_not_the_one_name(text: str, figure: str, not_owner: tuple[str, ...], ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) not in not_owner


def test_a_bare_race_in_an_article_naming_two_races_owns_nothing(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("소하 자전거 대회\n소하군은 봄에 소하그란폰도대회를, 가을에 소하투르대회를 연다. "
            "대회는 올해 참가 선수 2,400명을 모았다.\n")
    assert owner_of(text, "2,400명", ruleset) not in ("소하그란폰도대회", "소하투르대회")


def test_a_bare_race_after_one_race_is_that_race(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("소하 자전거 대회\n소하군은 봄마다 소하투르대회를 연다. 대회는 올해 참가 선수 2,400명을 모았다.\n")
    assert owner_of(text, "2,400명", ruleset) == "소하투르대회"
