"""Classes of wrong claims on unseen text (issue #14, session 10: fresh5 34 made, 19 right), each
written as paraphrases of our own (other words, entities, topics; Korean and English) with hard
negatives, not copied from the gold sets: a figure that restates a count the text just listed or
pointed back to is no claim."""

from __future__ import annotations

import pytest

from tests.test_owners import bound, reason_of, ruleset  # noqa: F401  (the fixture is used by name)


def claim_of(text: str, figure: str, ruleset):  # type: ignore[no-untyped-def]
    found = [b for b in bound(text, ruleset) if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure: {[b.quantity.text for b in bound(text, ruleset)]}"
    return found[0].claim


# --- a count that restates what the text just listed or points back to is no claim ----------------

RESTATED = [
    # the count of the names listed right before it
    ("무역 협정\n협상단은 초안을 일본과 독일 두 나라에만 먼저 보냈다고 밝혔다.\n", "두"),
    ("해군 훈련\n이번 훈련에는 한·미·일 3국 해군 함정이 함께 참가한다.\n", "3국"),
    ("항공 노선\n누리항공은 청주, 대구, 광주 세 도시를 잇는 노선을 새로 열었다.\n", "세"),
    ("Trade talks\nThe draft went only to France and Spain, the two countries that hold a veto.\n", "two"),
    # a count pointed back to by a determiner or gathered by 모두 / 중
    ("화석 연구\n연구진은 앞선 두 종의 뼈 구조가 모두 남아 있다고 설명했다.\n", "두 종"),
    ("배터리 시장\n두 회사 모두 올해 배터리 부문에서 적자를 냈다고 밝혔다.\n", "두"),
    ("우주 경쟁\n한빛우주도 달 착륙선을 준비하고 있어 둘 중 누가 먼저 도착할지 관심이 모인다.\n", "둘"),
    ("Chip makers\nThese three companies reported losses in the memory business this year.\n", "three"),
    ("Chip makers\nSamsung, SK Hynix and Micron cut output. All three companies reported losses this year.\n", "three"),
]


@pytest.mark.parametrize("text, figure", RESTATED)
def test_a_count_that_restates_the_text_is_no_claim(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) is None
    assert "restates" in reason_of(text, figure, ruleset)


NOT_RESTATED = [
    # a list before a count it does not add up to: the ships of two kinds are 12
    ("한결중공업 수주 실적\n한결중공업은 올해 LNG 운반선과 컨테이너선 12척을 수주했다고 밝혔다.\n", "12척"),
    # the count a copula states of its topic is a claim however it is written
    ("동계 올림픽\n이번 대회에 처음 나온 나라는 몰디브와 부탄 2개국이다.\n", "2개국"),
    # a noun ending in 과 (결과) is no item of a list
    ("수질 조사\n조사 결과 한국 2곳이 기준을 넘었다.\n", "2곳"),
    # a demonstrative before another noun than the figure
    ("담라도, 관광객 늘어\n담라도는 이 기간 관광객이 152만 명이었다고 밝혔다.\n", "152만 명"),
    # all of a count written with its counter is still the count
    ("해운해운 사고\n해운해운 여객선의 승객 214명 모두 구조됐다.\n", "214명"),
    ("Phone makers\nApple and Samsung, the two leaders, shipped 120 million phones.\n", "120 million"),
    ("Phone makers\nThese phones sold 3 million units for Vexa in May.\n", "3 million"),
    # "all" before digits states a total, as "승객 214명 모두" does
    ("Air crash\nFlight 370 vanished with all 239 people on board, the airline said.\n", "239"),
    ("Pilots' strike\nKorean Air said all 150 pilots of its cargo arm will strike.\n", "150"),
]


@pytest.mark.parametrize("text, figure", NOT_RESTATED)
def test_a_count_that_restates_nothing_is_not_read_as_restating(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert "restates" not in reason_of(text, figure, ruleset)


# --- an English participle after its auxiliary is the verb, not part of the measured noun ----------

PROGRESSIVE = [
    ("Corvane outlook\nCorvane is targeting revenue of 3 trillion won next year.\n", "3 trillion won", "revenue"),
    ("Halden Biotech\nHalden Biotech was seeking investment of $40 million from funds.\n", "$40 million", "investment"),
    ("Tidewell outlook\nTidewell is expecting orders of 12 billion won this year.\n", "12 billion won", "orders"),
    # hard negatives: an -ing word that is no verb (no auxiliary before it) stays in the noun
    ("Orbis Games results\nOrbis Games reported operating profit of 126 billion won.\n", "126 billion won", "operating profit"),
]


@pytest.mark.parametrize("text, figure, attribute", PROGRESSIVE)
def test_a_participle_after_its_auxiliary_is_no_part_of_the_attribute(text: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(text, figure, ruleset)
    assert c is not None and c.attribute == attribute


# --- a headline's noun compound is the topic when the body makes the whole compound a clause's topic ----

# (text, figure, the headline's compound, whether it owns the figure)
TITLE_COMPOUND = [
    ("# 해운 시내버스 2024년 운행 실적\n\n해운 시내버스는 지난해 승객 5,200만 명을 태웠다.\n\n- 기본요금은 1,300원이다.\n", "1,300원", "해운 시내버스", True),
    ("담라 케이블카 1년 성과\n담라 케이블카가 개통 1년 만에 탑승객 80만 명을 넘었다.\n왕복 요금은 1만 5천 원이다.\n", "1만 5천 원", "담라 케이블카", True),
    ("# 누리 도서관 2024년 이용 현황\n\n누리 도서관은 올해 회원 4만 명을 넘었다.\n\n| 구분 | 장서 수 | 좌석 수 |\n|---|---|---|\n"
     "| 본관 | 20만 권 | 300석 |\n| 분관 | 12만 권 | 120석 |\n| 합계 | 32만 권 | 420석 |\n", "32만 권", "누리 도서관", True),
    # hard negatives: the compound is what the body's figure measures (the prices rose 0.3%) ...
    ("서울 아파트값 3주 연속 상승\n서울 아파트값은 지난주 0.3% 올랐다.\n\n- 평균 매매가는 12억 원이다.\n", "12억 원", "서울 아파트값", False),
    # ... the body's figure after an adverbial measures the compound ("처음으로 200만 명": the visitors) ...
    ("누리공원 방문객 역대 최다\n누리공원 방문객은 개장 이래 처음으로 200만 명을 넘었다.\n\n- 입장료는 3,000원이다.\n", "3,000원", "누리공원 방문객", False),
    # ... the body never makes the compound a topic ...
    ("충북 백일해 환자 급증\n충북에서 백일해 환자가 크게 늘었다. 올해 환자는 1,146명이다.\n", "1,146명", "충북 백일해", False),
    # ... or the compound before a quotation says who speaks
    ("한빛은행 해운지점 \"가계대출 1,200억 원 증가\"\n한빛은행 해운지점이 20일 발표한 자료에서 밝혔다.\n- 해운시 가계대출 잔액은 3조 원이다.\n",
     "3조 원", "한빛은행 해운지점", False),
]


@pytest.mark.parametrize("text, figure, compound, owns", TITLE_COMPOUND)
def test_a_headline_compound_owns_when_the_body_makes_it_a_topic(text: str, figure: str, compound: str, owns: bool, ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(text, figure, ruleset)
    assert (c is not None and c.entity == compound) == owns


# --- the part of a whole is the clause's noun, not the unit of the figure before it ----------------

SHARES = [
    ("해운항만공사는 해운항의 지난해 물동량이 300만 TEU라고 밝혔다. 이 가운데 환적 화물은 120만 TEU로 전체의 40%를 차지했다.\n", "40%"),
    ("누리전자는 지난해 매출이 8조 원이라고 밝혔다. 이 중 반도체 매출은 3조 2천억 원으로 전체의 40%를 차지했다.\n", "40%"),
]


SHARES_KEPT = [
    # hard negative: a whole with no figure before it is read as before
    ("검색 시장\n네이버는 국내 검색 시장의 60%를 차지한다.\n", "60%", "NAVER", "share of 국내 검색 시장"),
]


@pytest.mark.parametrize("text, figure, owner, attribute", SHARES_KEPT)
def test_a_share_of_a_named_whole_is_read_as_before(text: str, figure: str, owner: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(text, figure, ruleset)
    assert c is not None and (c.entity, c.attribute) == (owner, attribute)


@pytest.mark.parametrize("text, figure", SHARES)
def test_the_part_is_never_the_unit_of_a_figure(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(text, figure, ruleset)
    assert c is None or c.entity not in ("TEU", "원", "억", "조") and "로 전체" not in c.attribute


# --- a count of the set something ranks first among, a figure inside an event's name ---------------

NO_CLAIM_OF_ITS_OWN = [
    # the size of the set a superlative is among: whose set it is, the clause does not say
    ("해운시 무상 교통\n해운시는 도내 6개 시·군 가운데 처음으로 무상 교통을 도입했다.\n", "6개"),
    ("누리은행 금리\n누리은행은 국내 17개 은행 중 가장 먼저 예금 금리를 내렸다.\n", "17개"),
    # a figure inside the name of an event or a place, itself an adverbial of place
    ("수영 선수권\n박서윤(19·해운시청)은 여자 평영 100m 결승에서 1분06초21로 우승했다.\n", "100m"),
    ("육상 선수권\n이도현은 남자 110m 허들 예선에서 13초52를 기록했다.\n", "110m"),
]


@pytest.mark.parametrize("text, figure", NO_CLAIM_OF_ITS_OWN)
def test_a_figure_of_a_set_or_a_name_is_no_claim(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) is None
    assert "no claim of its own" in reason_of(text, figure, ruleset)


OWN_CLAIM = [
    # hard negatives: the count of a whole before its part, a figure with a particle of its own, a place
    # adverbial the figure measures
    ("찬반 조사\n응답자 1,000명 중 412명이 찬성했다.\n", "1,000명"),
    ("한빛은행 철수\n한빛은행은 3조 원 규모 사업에서 손을 뗐다.\n", "3조 원"),
    ("LLaMA 모델\nLLaMA는 70억에서 650억 파라미터에 이르는 모델이다.\n", "650억"),
]


@pytest.mark.parametrize("text, figure", OWN_CLAIM)
def test_a_figure_of_its_own_is_not_read_as_a_set_or_a_name(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert "no claim of its own" not in reason_of(text, figure, ruleset)


# --- English: a colon opens a clause of its own; who forecasts a figure does not own it ---------------

COLON = [
    # (text, figure, the owner or None, owners it must not have)
    ("Orbis Games results\nAnalysts are divided: Hanul Securities forecasts third-quarter revenue of 90 billion won.\n",
     "90 billion won", None, ("Analysts", "Hanul Securities")),
    ("Orbis Games results\nBrokers are cautious: Daon Investment expects net profit of 40 billion won.\n",
     "40 billion won", None, ("Brokers", "Daon Investment")),
    ("Game makers\nResults were mixed: Orbis Games posted revenue of 487 billion won.\n",
     "487 billion won", "Orbis Games", ("Results",)),
    # hard negatives: a subject reporting its own figure, no colon
    ("Orbis Games results\nOrbis Games reported operating profit of 126 billion won.\n", "126 billion won", "Orbis Games", ()),
]


@pytest.mark.parametrize("text, figure, owner, not_owners", COLON)
def test_a_colon_opens_a_clause_and_a_forecaster_owns_nothing(text: str, figure: str, owner: str | None, not_owners: tuple[str, ...], ruleset) -> None:  # type: ignore[no-untyped-def]
    c = claim_of(text, figure, ruleset)
    got = c.entity if c is not None else None
    assert got not in not_owners
    if owner is not None:
        assert got == owner


RANKED_AMONG_EN = [
    ("Carmakers\nNorvik became the first of the 12 Nordic carmakers to cut prices this year.\n", "12", True),
    ("Ports\nHaeun is the busiest of the five ports in the region, the ministry said.\n", "five", True),
    ("Bids\nSeojin was one of the 17 cities that bid for the games in 2019.\n", "17", True),
    # hard negatives: a part of a stated whole, a superlative after the figure
    ("Layoffs\nBrightwell cut 300 of its 1,200 jobs in March.\n", "1,200", False),
    ("Orbis Games results\nOrbis Games posted revenue of 487 billion won, the largest in its history.\n", "487 billion won", False),
]


@pytest.mark.parametrize("text, figure, among", RANKED_AMONG_EN)
def test_an_english_set_a_rank_is_among_is_no_claim(text: str, figure: str, among: bool, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert ("no claim of its own" in reason_of(text, figure, ruleset)) == among
    if among:
        assert claim_of(text, figure, ruleset) is None


# --- a goal of the main clause does not make the figure of a relative clause a goal -----------------------

@pytest.mark.parametrize("text, figure, goal", [
    ("Ports\nHanbit Port, which handled 4.21 million TEU in 2024, plans to expand its quay.\n", "4.21 million", False),
    ("Carmakers\nThe group plans to buy Daesan Motors, which delivered 48,200 vehicles in 2024.\n", "48,200", False),
    ("Airports\nMokseo Airport, which served 12 million passengers last year, will add a runway.\n", "12 million", False),
    # the relative clause's own goal, and a goal with no relative clause, stay goals
    ("Ports\nHanbit Port, which plans to handle 5 million TEU in 2026, opened a quay.\n", "5 million", True),
    ("Ports\nHanbit Port plans to handle 5 million TEU in 2026.\n", "5 million", True),
])
def test_a_goal_of_the_main_clause_is_not_the_relative_clauses(text: str, figure: str, goal: bool, ruleset) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(text, figure, ruleset)
    assert claim is not None and claim.goal is goal, claim


# --- a verb of delivering or producing names its measure only for the bare count of its products ----------

@pytest.mark.parametrize("text, figure, whole", [
    ("Sorin lineup\nSorin Motors delivered 48,200 vehicles in 2024.\n", "48,200", "deliveries"),
    ("Kaelo output\nKaelo Auto produced 31,500 cars last year.\n", "31,500", "output"),
    ("Posung Steel\nPosung Steel produced 13.2 million tonnes of crude steel in 2024.\n", "13.2 million tonnes", "output"),
    # a word between the count and its noun: other things, or a part of the whole measure
    ("Sorin lineup\nSorin Motors delivered 3 new models in 2024.\n", "3", None),
    ("Sorin lineup\nSorin Motors delivered 9,100 electric vehicles in 2024.\n", "9,100", None),
    ("Hanbit Studio\nHanbit Studio produced 12 feature films last year.\n", "12", None),
])
def test_a_verb_of_delivering_or_producing_measures_the_bare_count(text: str, figure: str, whole: str | None, ruleset) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(text, figure, ruleset)
    attribute = claim.attribute if claim is not None else None
    assert attribute == whole if whole else attribute not in ("deliveries", "output"), claim
