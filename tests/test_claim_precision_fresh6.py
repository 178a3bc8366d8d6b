"""Claim-table precision on the unseen set fresh6 (issue #14), paraphrases of our own and hard negatives:
the figure of a noun phrase that is the clause's predicate ("인구 28만 명의 도시로") measures the bare noun
before it, not the class noun after "N의" (one that is an argument keeps its figure); the topic of a verb of
saying whose quoted clause holds the figure ("산림청은 … 312ha가 탔다고 집계했다") is its source, not its
attribute (a topic right before its figure inside the quoted clause still is); a table column that compares
with a base ("전년 대비", "전월비", "YoY") is the change of the measure of the column before it; "noun N"
pairs of two clauses ("치어 150만 마리를 방류하고 … 연 5,000톤") are no list of labelled parts; a wire dateline's
abbreviated month ("SEOHA, South Korea, Jan. 16, 2025 - …") ends no sentence, so its capitals own nothing; a
numeral word counting the roles an object is made into ("관광과 어업을 지역 경제의 두 축으로 삼고") is no amount; an
institution of a place the text names ("서하자연사박물관" where 서하시 is written) owns the compound it opens."""

from __future__ import annotations

import pytest

from factlint.binding.structure import korean_head, label, role_count
from factlint.binding.words import words
from factlint.model import Span
from factlint.segment import sentences
from tests.test_owners import ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_table_claims import claims as table_claims
from tests.test_owners_blind import DATELINE, claim_of

TITLE = "서하시 소식\n"


@pytest.mark.parametrize("sentence, figure, attribute", [
    ("서하시는 서하호를 끼고 있는 인구 28만 6천 명의 도시로, 1995년 시로 승격했다.", "28만 6천 명", "인구"),
    ("서하시는 인구 28만 명의 도시다.", "28만 명", "인구"),
    ("서하시는 인구 28만 명의 중소 도시이며 호수를 끼고 있다.", "28만 명", "인구"),
    ("서하시는 면적 612㎢의 도시로, 서하호를 끼고 있다.", "612㎢", "면적"),
    ("서하시는 등록 인구 28만 명의 도시로, 1995년 시로 승격했다.", "28만 명", "등록 인구"),
])
def test_a_predicate_noun_after_n_ui_is_no_attribute(sentence: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(f"{TITLE}{DATELINE}{sentence}\n", figure, ruleset)
    assert found is not None and found[1] == attribute


@pytest.mark.parametrize("sentence, figure, attribute", [
    # hard negatives: the noun after "N의" is an argument of the verb (what N counts), not a predicate
    ("서하시는 올해 3,000명의 관광객을 맞았다.", "3,000명", "관광객"),
    ("서하시에는 지난해 12만 명의 관광객이 찾았다.", "12만 명", "관광객"),
    # a means marked 로 that a verb of its own follows is no predicate either
    ("서하시는 주민 1,740명의 인력으로 불을 껐다.", "1,740명", "인력"),
])
def test_an_argument_after_n_ui_keeps_the_figure(sentence: str, figure: str, attribute: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(f"{TITLE}{DATELINE}{sentence}\n", figure, ruleset)
    assert found is None or found[1] == attribute


def _head(sentence: str, figure: str, count: bool = False, counter: str = "") -> str | None:
    at = sentence.index(figure)
    found = korean_head(words(sentence, 0), Span(at, at + len(figure)), Span(0, len(sentence)), (), count, counter)
    return found.text if found is not None else None


@pytest.mark.parametrize("sentence, figure, count, counter, speaker", [
    ("산림청은 이번 산불로 산림 312ha가 탔다고 25일 최종 집계했다.", "312ha", False, "", "산림청"),
    ("산림청은 산림 312ha가 탔다고 밝혔다.", "312ha", False, "", "산림청"),
    ("질병청은 중복 신고를 제외하면 870만 명이라고 설명했다.", "870만 명", True, "명", "질병청"),
    ("조합은 잡어를 빼면 3,870톤이라고 발표했다.", "3,870톤", False, "", "조합"),
])
def test_the_speaker_of_a_quoted_clause_is_no_attribute(sentence: str, figure: str, count: bool, counter: str,
                                                         speaker: str) -> None:
    # the topic of 밝혔다/설명했다/집계했다 whose quoted clause (-다고, -라고) holds the figure with a verb or a
    # measured noun of its own is where the figure comes from, not what it measures
    assert _head(sentence, figure, count, counter) != speaker


@pytest.mark.parametrize("sentence, figure, count, counter, attribute", [
    # hard negatives: the topic is the quoted clause's own, right before its figure
    ("화물열차 운행률은 34%로 낮게 나타났다고 밝혔다.", "34%", False, "", "화물열차 운행률"),
    ("운행률은 각각 75%, 34%로 낮게 나타났다고 밝혔다.", "34%", False, "", "운행률"),
    ("해외 유입 사례는 34명이 확인됐다고 밝혔다.", "34명", True, "명", "해외 유입 사례"),
    ("영업이익은 1조 2,400억 원이라고 회사가 밝혔다.", "1조 2,400억 원", False, "", "영업이익"),
    # no verb of saying: the topic measures the figure as before
    ("어획량은 잡어를 빼면 3,870톤이다.", "3,870톤", False, "", "어획량"),
])
def test_a_topic_inside_the_quoted_clause_keeps_its_figure(sentence: str, figure: str, count: bool, counter: str,
                                                            attribute: str) -> None:
    assert _head(sentence, figure, count, counter) == attribute


# --- a table column that compares with a base is the change of the column before it -----------------

KO_LIBRARIES = """# 청람군 도서관 통계 (2023년)

| 도서관 | 장서(권) | 대출 권수 | 전년 대비 | 이용자 |
|---|---|---|---|---|
| 청람중앙도서관 | 212,000 | 301,500 | +3.1% | 8만 2천 |
| 솔내도서관 | 98,400 | 120,200 | -2.4% | 3만 1천 |
"""
KO_MONTHLY = """# 청람군 관광 통계 (2023년)

| 관광지 | 관광객(명) | 전월비 |
|---|---|---|
| 청람호 | 52,000 | 6.5% |
"""
EN_LOANS = """# Library statistics, Cheongram County (2023)

| Library | Books held | Loans | YoY |
|---|---|---|---|
| Cheongram Central Library | 212,000 | 301,500 | +3.1% |
"""


@pytest.mark.parametrize("table, figure, entity, attribute", [
    (KO_LIBRARIES, "3.1%", "청람중앙도서관", "대출 권수 (전년 대비)"),
    (KO_LIBRARIES, "-2.4%", "솔내도서관", "대출 권수 (전년 대비)"),
    (KO_MONTHLY, "6.5%", "청람호", "관광객 (전월 대비)"),
    (EN_LOANS, "3.1%", "Cheongram Central Library", "Loans (change on the previous year)"),
])
def test_a_compared_column_is_the_change_of_the_column_before(table: str, figure: str, entity: str, attribute: str,
                                                               ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in table_claims(table, ruleset) if c.quantity.text == figure]
    assert [(c.entity, c.attribute) for c in found] == [(entity, attribute)]


@pytest.mark.parametrize("table, figure, attribute", [
    # hard negatives: the level's own column keeps its noun; a comparing column after a label or a time column,
    # or holding no percentage, names nothing
    (KO_LIBRARIES, "301,500", "대출 권수"),
    (KO_LIBRARIES, "8만 2천", "이용자"),
    ("# 청람군 (2023년)\n\n| 도서관 | 전년 대비 |\n|---|---|\n| 청람중앙도서관 | +3.1% |\n", "3.1%", None),
    ("# 청람군 (2023년)\n\n| 도서관 | 대출 권수 | 전년 대비 |\n|---|---|---|\n| 청람중앙도서관 | 301,500 | 1,200 |\n", "1,200", None),
])
def test_a_compared_column_names_no_measure_of_its_own(table: str, figure: str, attribute: str | None,
                                                       ruleset) -> None:  # type: ignore[no-untyped-def]
    found = [c.attribute for c in table_claims(table, ruleset) if c.quantity.text == figure]
    assert found == ([attribute] if attribute is not None else [])


# --- a list of labelled figures stays in one clause --------------------------------------------------

TWO_CLAUSES = "서하시는 올해 치어 150만 마리를 방류하고 2027년까지 어획량을 연 5,000톤 이상으로 회복한다는 목표를 세웠다."


@pytest.mark.parametrize("sentence, figure", [
    (TWO_CLAUSES, "150만 마리"),
    (TWO_CLAUSES, "5,000톤"),
    ("군은 올봄 묘목 3만 그루를 심었으며 가을에는 씨앗 2톤을 뿌린다.", "3만 그루"),
    ("협회는 회원 1,200명을 모았고 기부금 3억 원을 걷었다.", "3억 원"),
])
def test_figures_of_two_clauses_are_no_list_of_parts(sentence: str, figure: str) -> None:
    # a verb closing a clause (방류하고, 심었으며, 모았고) between two "noun N" pairs: each noun is what its
    # own figure counts, not a label of a part of one whole
    at = sentence.index(figure)
    assert label(words(sentence, 0), Span(at, at + len(figure))) is None


@pytest.mark.parametrize("sentence, figure, part", [
    # hard negatives: a list in one clause, with verbs that only describe an item's noun
    ("서울 550명, 경기 257명 등으로 확진자가 나왔다.", "257명", "경기"),
    ("산업용 6.4%, 대형건물이 사용하는 일반용 5.8%, 주택용 2.7%가 인상되었다.", "5.8%", "일반용"),
    ("트위터를 팔로우하는 중국인 1만3429명, 트위터를 팔로우하는 일본인 1만2914명 등을 조사했다.", "1만2914명", "일본인"),
])
def test_a_list_in_one_clause_labels_its_parts(sentence: str, figure: str, part: str) -> None:
    at = sentence.index(figure)
    found = label(words(sentence, 0), Span(at, at + len(figure)))
    assert found is not None and found.text == part


# --- a wire dateline's abbreviated month ends no sentence ---------------------------------------------


@pytest.mark.parametrize("text", [
    "SEOHA, South Korea, Jan. 16, 2025 - The Seoha Museum of Natural History welcomed 412,000 visitors.",
    "DAMRA, South Korea, Sept. 3 (Reuters) - Joel Kiprop won the race.",
    "The museum opened on Dec. 1, 2009 and houses 120,000 specimens.",
])
def test_an_abbreviated_month_before_its_day_ends_no_sentence(text: str) -> None:
    assert sentences(text) == [Span(0, len(text))]


@pytest.mark.parametrize("text, count", [
    # hard negatives: a sentence that ends in a month's abbreviation-like word, or a full stop before a number
    ("The show runs until Jan. 2026 in the main hall.", 1),  # (a year after it: still the month's)
    ("Attendance fell in Jan. Visitors came back in March.", 2),
    ("Revenue rose 18%. 412,000 people came.", 2),
    ("He met Janet. 16 others came.", 2),
])
def test_other_full_stops_still_end_sentences(text: str, count: int) -> None:
    assert len(sentences(text)) == count


def test_a_dateline_is_no_owner(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "SEOHA, South Korea, Jan." read as a sentence gave its capitals the visitors of the museum after it
    text = ("Seoha's museum breaks attendance record\n"
            "SEOHA, South Korea, Jan. 16, 2025 - The Seoha Museum of Natural History welcomed a record 412,000 "
            "visitors in 2024, the city said on Wednesday.\n")
    found = claim_of(text, "412,000", ruleset)
    assert found is None or found[0] != "SEOHA"


# --- a numeral word counting the roles an object is made into is no amount -----------------------------


@pytest.mark.parametrize("sentence, figure", [
    ("시는 호수 주변 관광과 내수면 어업을 지역 경제의 두 축으로 삼고 있다.", "두"),
    ("시는 관광과 어업을 지역 경제의 세 축으로 삼았다.", "세"),
    ("협회는 회원을 세 조로 나눠 봉사에 나섰다.", "세"),
    ("회사는 반도체와 배터리를 두 기둥으로 꼽았다.", "두"),
])
def test_a_numeral_word_in_a_role_complement_is_no_amount(sentence: str, figure: str) -> None:
    at = sentence.index(f" {figure} ") + 1
    assert role_count(words(sentence, 0), Span(at, at + len(figure)))


@pytest.mark.parametrize("sentence, figure", [
    # hard negatives: digits are an amount; a multiple is a ratio (not a count); 로부터 is no complement; a
    # numeral word counting an object states how many it is
    ("시는 인구를 28만 명으로 늘렸다.", "28만"),
    ("조직위는 세 후보도시로부터 입후보 파일을 받았다.", "세"),
    ("김씨는 두 아이를 키운다.", "두"),
    ("시는 어업을 육성했고 세 축으로 나아간다.", "세"),  # (the object is an earlier clause's)
])
def test_other_counts_keep_their_amount(sentence: str, figure: str) -> None:
    at = sentence.index(figure)
    assert not role_count(words(sentence, 0), Span(at, at + len(figure)))


def test_the_role_count_of_a_paragraph_is_no_claim(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = (f"{TITLE}{DATELINE}서하시는 서하호를 끼고 있는 도시다. 시는 호수 주변 관광과 내수면 어업을 지역 경제의 "
            "두 축으로 삼고 있다.\n")
    assert claim_of(text, "두", ruleset) is None


# --- an institution of a place the text names owns the compound it opens -----------------------------

PLACE = "서하시 문화 소식\n입력 2025.01.16 09:00\n서하시는 서하호를 끼고 있는 도시다. "


@pytest.mark.parametrize("body, figure, owner, attribute", [
    ("서하자연사박물관 관람객은 41만 2천 명으로 개관 이후 가장 많았다.", "41만 2천 명", "서하자연사박물관", "관람객"),
    ("서하국제공항 이용객은 412만 명으로 늘었다.", "412만 명", "서하국제공항", "이용객"),
    ("서하대학교 재학생은 1만 2천 명이다.", "1만 2천 명", "서하대학교", "재학생"),
])
def test_an_institution_of_a_named_place_owns_its_compound(body: str, figure: str, owner: str, attribute: str,
                                                           ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(PLACE + body + "\n", figure, ruleset) == (owner, attribute)


@pytest.mark.parametrize("text, figure", [
    # hard negatives: an institution's head after no place of the text ("자연사박물관": a kind; "청람" is
    # written nowhere as a place), so the compound stays what is measured
    (PLACE + "자연사박물관 관람객은 41만 2천 명으로 늘었다.\n", "41만 2천 명"),
    (PLACE + "청람자연사박물관 관람객은 41만 2천 명으로 늘었다.\n", "41만 2천 명"),
])
def test_an_institution_of_no_named_place_owns_nothing(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim_of(text, figure, ruleset)
    assert found is None or found[0] not in ("자연사박물관", "청람자연사박물관")
