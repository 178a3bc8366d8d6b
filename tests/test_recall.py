"""Recall by structure (issue #14): figures whose owner and attribute the sentence's structure makes
certain are claims — a count right after the noun it counts ("승조원 104명이"), an English name before
its verb or with a figure in its apposition ("Cheongju finished sixth with 15 wins", "Cellonix,
founded in 2019 and employing 418 people, plans …") — and the hard negatives stay unbound or keep
their owner: a capitalised common noun opening a sentence, a time word or a counted noun before the
count, a comparative after the figure, people counted with no verb to say which."""

from __future__ import annotations

from pathlib import Path

import pytest

from binding_helpers import bound
from factlint.binding.sentences import Bound
from factlint.config.rules import load_rules

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def claim_of(text: str, figure: str, ruleset) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """(entity, attribute) of the figure written ``figure``, None when it is unbound."""
    c = _claim(text, figure, ruleset)
    return (c.entity, c.attribute) if c is not None else None


def _claim(text: str, figure: str, ruleset):  # type: ignore[no-untyped-def]
    """The claim of the figure written ``figure``, None when it is unbound."""
    found: list[Bound] = [b for b in bound(text, ruleset, "t.txt") if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    return found[0].claim


# --- Korean: a count right after the noun it counts ---------------------------------------------


@pytest.mark.parametrize("text, figure, attribute", [
    ("코레일 파업\n\n코레일은 간부 490명에 대한 중징계 절차에 착수했다.\n", "490명", "간부"),
    # the object of a verbal noun's verb: the count measures the doing, of the noun (tests/test_counted_verbal.py)
    ("코레일 파업\n\n코레일은 간부 490명을 징계했다.\n", "490명", "간부 징계"),
    ("아크호 사고\n\n'아크호'는 승조원 104명이 타고 있었다.\n", "104명", "승조원"),
])
def test_a_count_right_after_a_bare_noun_counts_that_noun(text: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is not None and got[1] == attribute


@pytest.mark.parametrize("text, figure, attribute", [
    # a figure written in groups ("21만 4,300명", "1만 2천여명") is one count: the bare noun before it counts it
    ("파업 소식\n'청솔노조'는 조합원 1만 2천여명이 파업에 참여했다.\n", "1만 2천여명", "조합원"),
    # "X는 … 인구 N명으로 … 도시다": N(으)로 states the value of the noun before it
    ("청솔 소식\n청솔시는 2025년 말 기준 인구 21만 4,300명으로 경남 최대 도시다. 청솔국제공항이 있다.\n",
     "21만 4,300명", "인구"),
    ("청솔 소식\n'청솔호'는 승조원 104명으로 출항했다.\n", "104명", "승조원"),
])
def test_a_grouped_count_or_one_in_ro_counts_the_bare_noun_before_it(text: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is not None and got[1] == attribute


@pytest.mark.parametrize("text, figure, not_attribute", [
    # a time word before the count counts nothing: "지난주 3명이"
    ("코레일 파업\n\n코레일은 지난주 3명이 복귀했다고 밝혔다.\n", "3명", "지난주"),
    # a noun counted by the figure before it: "7개 나라 60명" — 나라 is what 7개 counts
    ("연구진\n\n'엑스팀'은 총 7개 나라 60명이 참여했다.\n", "60명", "나라"),
    # a list of labelled parts is a list, not counted nouns: "서울 550명, 경기 257명"
    ("확진자\n\n신규 확진자는 서울 550명, 경기 257명이다.\n", "257명", "경기"),
    # a count in (으)로 or in groups after a time, or after a noun with a particle of its own
    ("감염 현황\n'청솔시' 환자는 지난주 1만 2천여명으로 늘었다.\n", "1만 2천여명", "지난주"),
    ("감염 현황\n'청솔시'는 환자가 1만 2천여명으로 늘었다.\n", "1만 2천여명", "청솔시"),
])
def test_a_noun_before_a_count_that_does_not_count_it(text: str, figure: str, not_attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is None or got[1] != not_attribute


# --- English: a name before its verb, a figure in the name's apposition --------------------------


@pytest.mark.parametrize("text, figure, owner, attribute", [
    ("Cheongju FC\n\nCheongju finished sixth with 15 wins, 10 draws and 11 defeats. Fans of Cheongju cheered.\n",
     "10", "Cheongju FC", "draws"),  # the title's "Cheongju FC" is the long form of "Cheongju" (test_short_forms)
    ("Osong\n\nThe Osong Bioscience Complex hosts about 280 companies employing some 15,000 people.\n",
     "about 280", "Osong Bioscience Complex", "companies"),
    ("Osong\n\nThe Osong Bioscience Complex hosts about 280 companies employing some 15,000 people.\n",
     "some 15,000", "Osong Bioscience Complex", "employees"),
    ("Cellonix\n\nCellonix, founded in 2019 and employing 418 people, plans to file for approval. Shares of Cellonix rose.\n",
     "418", "Cellonix", "employees"),
    ("Cadbury\n\nCadbury Schweppes employs more than 50,000 people worldwide.\n",
     "more than 50,000", "Cadbury Schweppes", "employees"),
])
def test_an_english_name_owns_the_figures_of_its_clause(text: str, figure: str, owner: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == (owner, attribute)


@pytest.mark.parametrize("text, figure", [
    # a capitalised common noun opening the sentence, never written as a name inside one
    ("Jobs\n\nAnalysts counted 300 deaths.\n", "300"),
    ("Jobs\n\nOfficials logged 4,000 cases on Monday.\n", "4,000"),
    # a sentence adverb is no apposition's name: "Separately, data … showed"
    ("Jobs\n\nSeparately, data showed 292,000 jobs were added.\n", "292,000"),
])
def test_a_capitalised_word_opening_a_sentence_is_no_owner(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is None or got[0] not in ("Analysts", "Officials", "Separately")


def test_a_comparative_after_the_figure_is_no_attribute(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "Chinchilla\n\nChinchilla scored 7.5 percentage points higher than Gopher. Tests of Chinchilla ran.\n"
    got = claim_of(text, "7.5 percentage points", ruleset)
    assert got is None or got[1] != "higher"


def test_people_with_no_verb_before_them_are_no_attribute(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "with 400 people": a preposition, no verb says which people; "people" alone is no attribute
    text = "Cheongju\n\nCheongju welcomed a delegation with 400 people. Visitors to Cheongju came.\n"
    got = claim_of(text, "400", ruleset)
    assert got is None or got[1] != "people"


def test_a_count_marked_with_the_possessive_counts_the_noun_after_it(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "넘어선 6000억개의 파라미터": 의 ties the figure to the noun after it, not to the word before it
    text = "LG는 GPT-3가 보유한 1750억개 파라미터의 3배를 넘어선 6000억개의 파라미터를 갖추겠다는 목표를 제시했다.\n"
    assert claim_of(text, "6000억개", ruleset) == ("LG", "parameters")


# A Hangul owner that the document uses the way names are: listed beside other names or as a
# possessor, and the topic or subject of a clause; never possessed, described by an adnominal verb,
# measured by the figure right after it, or defined as a term ("…을 개기일식이라 한다").
_NAMED = "철도 파업 끝나\n\n합의에는 국토교통부, 코레일, 철도노조가 참여했다. 코레일은 간부 490명에 대한 징계에 착수했다.\n"
_NAMED_DOTS = "철도 파업 끝나\n\n합의에는 국토교통부·코레일·철도노조가 참여했다. 코레일은 간부 490명에 대한 징계에 착수했다.\n"


@pytest.mark.parametrize("text", [_NAMED, _NAMED_DOTS])
def test_a_hangul_name_used_as_names_are_owns_its_clause(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, "490명", ruleset) == ("코레일", "간부")


@pytest.mark.parametrize("text", [
    # the topic alone, with no use as a name elsewhere: a common noun for all the binder knows
    "철도 파업 끝나\n\n게다가 노조는 파업을 이어 갔다. 노조는 간부 490명에 대한 징계를 받았다.\n",
    # a possessor and a topic, never listed: common nouns own as often as names do ("노래의 원자력")
    "철도 파업 끝나\n\n노조의 부채가 늘었다. 노조는 간부 490명에 대한 징계에 착수했다.\n",
    # listed, but described by an adnominal verb ("새로운 연구진"): a common noun
    "연구 발표\n\n대학, 연구진, 기업이 참여했다. 새로운 연구진은 간부 490명에 대한 조사를 했다.\n",
    # listed, but possessed ("S8의 속도"): an attribute of something else
    "갤럭시 출시\n\n속도, 화질, 무게가 좋아졌다. 갤럭시 S8의 속도는 빠르다. 속도는 간부 490명에 대한 조사를 했다.\n",
    # listed, but measured by a figure right after it ("매출 66조 원")
    "실적 발표\n\n매출, 이익이 늘었다. 올해 매출 66조 원을 넘었다. 매출은 간부 490명에 대한 조사를 했다.\n",
    # listed, but a term the text defines
    "달 이야기\n\n달이 해를 가리는 현상을 일식이라 한다. 일식, 월식은 드물다. 일식은 간부 490명에 대한 조사를 했다.\n",
])
def test_a_common_noun_topic_stays_unbound(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, "490명", ruleset) is None


# The topic of a sentence (X는) owns the figures of a later clause of its chain that has no topic or
# subject of its own: a subject (이/가) of an earlier clause is that clause's only; a bare year or span
# right after the topic is an adverbial ("SK하이닉스는 2025년 …"), not what the topic measures.
@pytest.mark.parametrize("text", [
    "실적 발표\n\nSK하이닉스는 2025년 HBM 매출이 전년 대비 2배 이상 성장할 것으로 전망하고, 2025년 연간 매출 목표를 80조 원으로 제시했다.\n",
    "실적 발표\n\nSK하이닉스는 HBM 매출이 늘 것으로 보고, 연간 매출 목표를 80조 원으로 제시했다.\n",
])
def test_the_sentence_topic_owns_a_later_clause_without_its_own(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, "80조 원", ruleset) == ("SK하이닉스", "매출 목표")


@pytest.mark.parametrize("text, owner", [
    # another entity is the later clause's topic: its figure, not the sentence topic's
    ("실적 발표\n\nSK하이닉스는 HBM 매출이 늘었고, 삼성전자는 매출 목표를 80조 원으로 제시했다.\n", "Samsung Electronics"),
    # a common noun is the later clause's topic: no one's, not the sentence topic's
    ("실적 발표\n\nSK하이닉스는 HBM 매출이 늘었고, 노조는 매출 목표를 80조 원으로 제시했다.\n", None),
    ("실적 발표\n\nSK하이닉스는 HBM 매출이 늘었고, 12단 제품은 2025년 상반기 공급 비중을 80조 원으로 확대한다.\n", None),
])
def test_a_later_clause_with_its_own_topic_keeps_it(text: str, owner: str | None, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(text, "80조 원", ruleset)
    assert (found[0] if found else None) == owner


# The object of a clause is what the figure after it puts a value on ("X를 N으로 늘렸다/제시했다"), also
# across the value it had before and determiners ("청구액을 기존 77억원에서 152억원으로", "목표를 총 80조
# 원으로"); a noun of its own between them is what the figure counts, not the object ("예산을 직원 3명으로").
@pytest.mark.parametrize("text, figure, claim", [
    ("실적 발표\n\nSK하이닉스는 손해배상 청구액을 기존 77억원에서 152억원으로 늘렸다.\n", "152억원",
     ("SK하이닉스", "손해배상 청구액")),
    ("실적 발표\n\nSK하이닉스는 연간 매출 목표를 총 80조 원으로 제시했다.\n", "80조 원", ("SK하이닉스", "매출 목표")),
])
def test_the_object_valued_across_an_earlier_value_and_determiners(text: str, figure: str, claim: tuple[str, str],
                                                                   ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == claim


@pytest.mark.parametrize("text, figure, not_attribute", [
    # a noun between the object and the figure: the figure counts it ("직원 3명"), the object is not its attribute
    ("실적 발표\n\nSK하이닉스는 예산을 기존 직원 3명으로 나눴다.\n", "3명", "예산"),
    # another entity's figure between: not the object's value for the topic
    ("실적 발표\n\nSK하이닉스는 청구액을 삼성전자 80조 원으로 봤다.\n", "80조 원", "청구액"),
    # the earlier value ("77억원에서") is not the object's value: only the figure marked 로 is
    ("실적 발표\n\nSK하이닉스는 손해배상 청구액을 기존 77억원에서 152억원으로 늘렸다.\n", "77억원", "손해배상 청구액"),
    # a comparison object between: the loop stops there
    ("실적 발표\n\nSK하이닉스는 매출 목표를 삼성전자보다 많은 80조 원으로 잡았다.\n", "80조 원", "매출 목표"),
])
def test_the_object_is_not_the_attribute_across_a_noun_of_its_own(text: str, figure: str, not_attribute: str,
                                                                   ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is None or got[1] != not_attribute


# English: the noun phrase opening a clause before the period it is stated for ("Turnover for the
# quarter was up 4.3% to £1.97bn") is what the figure measures; a name there is not (its owner), nor
# a noun before a phrase that is no period ("Analysts for the bank were …").
def _english_head(sentence: str, figure: str, taken: tuple[tuple[int, int], ...] = ()) -> str | None:
    from factlint.binding import structure
    from factlint.model import Span

    start = sentence.index(figure)
    head = structure.english_head(sentence, 0, Span(start, start + len(figure)), Span(0, len(sentence)),
                                  [Span(a, b) for a, b in taken])
    return head.text if head is not None else None


@pytest.mark.parametrize("sentence, figure, head", [
    ("Turnover for the quarter was up 4.3% to £1.97bn.", "£1.97bn", "turnover"),
    ("Operating profit for the October-December quarter was 41.7 billion won.", "41.7 billion won", "operating profit"),
    ("Revenue for the full year rose 75% to 19.77 trillion won.", "19.77 trillion won", "revenue"),
])
def test_the_subject_before_its_period_is_the_attribute(sentence: str, figure: str, head: str) -> None:
    assert _english_head(sentence, figure) == head


@pytest.mark.parametrize("sentence, figure, taken", [
    ("Samsung for the quarter was up 4.3%.", "4.3%", ((0, 7),)),  # a name: the owner, not the attribute
    ("Analysts for the bank were 12.", "12", ()),  # "for the bank" is no period
])
def test_no_subject_attribute_from_a_name_or_a_phrase_that_is_no_period(sentence: str, figure: str,
                                                                          taken: tuple[tuple[int, int], ...]) -> None:
    assert _english_head(sentence, figure, taken) != sentence.split()[0].lower()


# --- a count glued to the noun it counts; a statistic is not a value --------------------------------


@pytest.mark.parametrize("text, figure, attribute", [
    # the noun glued to the number is what it counts, not the phrase after it
    ("'청주FC' 시즌 결산\n\n'청주FC'는 홈 18경기 평균 관중이 약 4,000명이었다.\n", "18경기", "경기"),
    ("'청주FC' 시즌 결산\n\n'청주FC'는 36경기에서 42골을 넣었다.\n", "36경기", "경기"),
    ("'청주FC' 시즌 결산\n\n'청주FC'는 15승 10무 11패로 승점 55를 기록했다.\n", "11패", "패"),
])
def test_a_count_glued_to_a_noun_counts_that_noun(text: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    c = _claim(text, figure, ruleset)
    assert c is not None and c.attribute == attribute


def test_an_average_is_another_scope_than_a_single_value(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "'청주FC' 시즌 결산\n\n'청주FC'는 이날 8,102명의 관중을 모았다. '청주FC'는 홈 18경기 평균 관중이 약 4,000명이었다.\n"
    one, average = _claim(text, "8,102명", ruleset), _claim(text, "약 4,000명", ruleset)
    assert average is not None and average.scope == "평균"
    assert one is None or one.scope != "평균"


# --- Korean: a name opening a compound owns what the rest measures (no 의) ----------------------


@pytest.mark.parametrize("text, figure, claim", [
    # the title's topic, the title's figure measuring another noun
    ("청주공항 상반기 이용객 210만명…역대 최다\n\n올해 상반기 청주공항 이용객이 210만 명으로 집계됐다.\n",
     "210만 명", ("청주공항", "이용객")),
    ("대룡전자, 3분기 영업이익 급증\n\n대룡전자는 3분기 실적을 발표했다. 대룡전자 주가는 4만 2,100원으로 마감했다.\n",
     "4만 2,100원", ("대룡전자", "주가")),
    # a name used as names are elsewhere (listed beside others, and a topic)
    ("조선업계 동향\n\n미래조선, 동해중공업, 서진해양이 실적을 냈다. 미래조선은 흑자로 돌아섰다.\n"
     "미래조선 수주잔고는 212억 달러로 늘었다.\n", "212억 달러", ("미래조선", "수주잔고")),
])
def test_a_name_opening_a_compound_owns_the_measured_noun(text: str, figure: str, claim: tuple[str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == claim


@pytest.mark.parametrize("text, figure", [
    # a common noun first: young people's employment is a scope, not a name
    ("고용 동향\n\n지난달 청년 취업자는 26만 명으로 줄었다.\n", "26만 명"),
    # the title's noun is the measure itself: its count, not its owner
    ("3월 취업자 21만명 늘어\n\n지난달 취업자 수는 2,810만 명으로 집계됐다.\n", "2,810만 명"),
    # Latin letters name a kind of ship, not an owner
    ("조선 수주\n\n올해 LNG 운반선 수주는 18척으로 늘었다.\n", "18척"),
    # people from the ministry are a group, not the ministry's origin
    ("부처 인사\n\n국토부, 환경부, 행안부가 인사를 냈다. 국토부는 국장을 바꿨다.\n국토부 출신은 8명으로 줄었다.\n", "8명"),
    # a person with a post at the name is no measure of it
    ("대룡전자, 실적 발표\n\n대룡전자 실장은 8조 원을 언급했다.\n", "8조 원"),
    # the figure counts the whole compound after it ("N명의 X Y")
    ("폐암 조기진단\n\n연구진은 106명의 폐암 환자의 DNA를 분석했다.\n", "106명"),
])
def test_a_compound_whose_first_noun_is_no_name_stays_unowned(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is None or got[0] not in ("청년", "취업자", "LNG", "국토부", "폐암", "대룡전자")


def test_a_compound_of_another_name_in_the_same_sentence_is_that_names(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("청주공항 상반기 이용객 210만명\n\n청주공항, 무안공항, 양양공항이 실적을 냈다. 무안공항은 노선을 늘렸다.\n"
            "청주공항 이용객은 210만 명으로, 무안공항 이용객은 30만 명으로 집계됐다.\n")
    assert claim_of(text, "210만 명", ruleset) == ("청주공항", "이용객")
    # the second compound opens with another name (listed, a topic): its own, not the title's
    assert claim_of(text, "30만 명", ruleset) == ("무안공항", "이용객")


# --- Korean: a name as topic, the object's verbal noun the measure -----------------------------


_SHIPYARDS = "대룡중공업, 수주 호조\n\n"


@pytest.mark.parametrize("text, figure, claim", [
    (_SHIPYARDS + "대룡중공업은 지난해 33척, 95억 달러를 수주했다.\n", "95억 달러", ("대룡중공업", "수주")),
    (_SHIPYARDS + "대룡중공업은 지난해 33척, 95억 달러를 수주했다.\n", "33척", ("대룡중공업", "수주")),
    (_SHIPYARDS + "대룡중공업이 올해 선박 20척, 61억 달러(약 8조 원)어치를 수주했다고 밝혔다.\n", "61억 달러", ("대룡중공업", "수주")),
    (_SHIPYARDS + "대룡중공업은 올해 2천억 원을 투자한다.\n", "2천억 원", ("대룡중공업", "investment")),  # 투자: a declared trigger
])
def test_a_name_topic_owns_the_object_of_its_verbal_noun(text: str, figure: str, claim: tuple[str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == claim


@pytest.mark.parametrize("text, figure", [
    # a verb that only states a value says nothing of what it is
    (_SHIPYARDS + "대룡중공업은 지난해 95억 달러를 기록했다.\n", "95억 달러"),
    # a noun between the figure and the object: the figure describes that noun
    (_SHIPYARDS + "대룡중공업은 95억 달러 규모 선박을 수주했다.\n", "95억 달러"),
    # the object is not the figure's: another clause follows it
    (_SHIPYARDS + "대룡중공업은 95억 달러를, 미래조선은 70억 달러를 수주했다.\n", "95억 달러"),
])
def test_no_verbal_noun_measure_across_another_word_or_a_stating_verb(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is None or got[1] not in ("수주", "기록")


@pytest.mark.parametrize("text, figure", [
    # a common noun acts: no one's, and not the title's with the topic for an attribute
    (_SHIPYARDS + "회사는 올해 2만 명을 고용하며 설비를 늘렸다.\n", "2만 명"),
    # another shipyard, no name the document writes as one, is not the title's
    (_SHIPYARDS + "대룡중공업은 95억 달러를, 미래조선은 70억 달러를 수주했다.\n", "70억 달러"),
    # a title that is no name: the topic written nowhere as a name is not made the attribute
    ("수주 호조\n\n대룡중공업은 지난해 41척을 수주했다.\n", "41척"),
])
def test_a_common_noun_acting_leaves_its_verbal_figure_unowned(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) is None


def test_a_possessed_topic_is_the_measure_not_who_acts(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "X의 가동률은 70%를 턱걸이하고": the possessor keeps the figure; 턱걸이 is no measure of it
    text = _SHIPYARDS + "한편 미래조선의 가동률은 70%를 턱걸이하고 있다.\n"
    assert claim_of(text, "70%", ruleset) == ("미래조선", "가동률")


# --- Korean: a place name by its administrative head, its stem naming other things -------------------
# "청솔시는 … 인구가 21만 4,300명이다": 청솔시 is listed beside nothing and quoted nowhere, yet the text
# writes its stem as the first part of other names (청솔국제공항, 청솔 조선소, 청솔군수): a place whose
# name names its airport, yard and office. A stem the text uses nowhere else (대도시) is no evidence,
# nor a head that is no administrative unit of a name often enough (해상도, 선거구).

_PLACE_LINE = "청솔국제공항과 청솔 조선소가 들어선 뒤 인구가 늘었다."


@pytest.mark.parametrize("text, figure, claim", [
    (f"지역 소식\n청솔시는 2025년 말 기준 인구가 21만 4,300명이다. {_PLACE_LINE}\n", "21만 4,300명", ("청솔시", "인구")),
    (f"지역 소식\n청솔시의 인구는 21만 4,300명이다. {_PLACE_LINE}\n", "21만 4,300명", ("청솔시", "인구")),
    ("지역 소식\n청솔군수 선거가 끝났다. 청솔군은 인구가 4만 2,100명이다.\n", "4만 2,100명", ("청솔군", "인구")),
])
def test_a_place_whose_stem_names_other_things_is_a_name(text: str, figure: str, claim: tuple[str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == claim


@pytest.mark.parametrize("text, figure, not_owner", [
    # no other word of the text starts with the stem: no evidence it is a name
    ("지역 소식\n청솔시는 2025년 말 기준 인구가 21만 4,300명이다.\n", "21만 4,300명", "청솔시"),
    # a common noun with the same head: its stem is written nowhere else
    ("지역 소식\n대도시는 인구가 120만 명이다. 청솔 조선소가 들어선 뒤 인구가 늘었다.\n", "120만 명", "대도시"),
    # 도 and 구 head common nouns too often (해상도, 선거구): they are no evidence, whatever the stem does
    ("화면 소식\n해상 풍력 단지가 들어섰다. 해상도는 2,960픽셀이다.\n", "2,960픽셀", "해상도"),
    ("선거 소식\n선거 관리가 엄격해졌다. 선거구는 유권자가 21만 명이다.\n", "21만 명", "선거구"),
])
def test_a_head_alone_or_another_head_makes_no_name(text: str, figure: str, not_owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is None or got[0] != not_owner


def test_a_clause_about_a_demonstratives_noun_is_not_the_earlier_topics(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "청솔시는 … 도시가 되었고, 이번 올림픽은 … 3개의 올림픽 중 …": the second clause is about the
    # Olympics it points back to; the three Olympics of the region are no count of the city's
    text = ("올림픽 폐막\n청솔시는 최초로 하계, 동계 올림픽을 모두 개최한 도시가 되었고, 이번 올림픽은 2018년을 시작으로 "
            "동북아시아 지역에서 개최된 3개의 올림픽(평창, 도쿄, 청솔) 중 마지막을 장식하는 올림픽이 되었다.\n")
    got = claim_of(text, "3개", ruleset)
    assert got is None or got[0] != "청솔시"
