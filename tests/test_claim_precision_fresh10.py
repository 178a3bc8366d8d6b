"""Claim-table precision on the spent set fresh10 (issue #14): wrong owners and attributes, each removed by a rule
about structure, written here as paraphrases on other topics with hard negatives beside them.

- a table column headed only by a kind of number ("금액", "비율", "Amount", "Share") names no attribute, and its
  rows ("| 국비 | 320 | 27.8% |": the national funds of the page's project) no entity;
- a row label's bracket that says when or which edition ("2024(개관~12월)", "단월얼음축제(제11회)") is no part of the
  label: the row is a time (the page's subject owns it) or the name before the bracket;
- a wire's dateline ("HARAM — The city's bike-share system logged …") opening the first paragraph of prose is no
  labelled list item: its capitals own nothing (a list of such lines stays a list);
- a length before a compass direction ("180 km southeast of Seoul") is the distance from the place after "of",
  else (no "of": "flows 87 km south") no measure;
- a demonstrative's noun before "of" ("in this city of roughly 300,000") points back at a thing, it is no measure
  of the clause's subject;
- a figure right after the indefinite article of a verb's object ("opened a 1.2 trillion won plant"), or in a "with"
  phrase after such an object ("…, with a capacity of 75,000 tonnes"), is the introduced thing's, not the subject's;
- in Korean a measure (no count) marked 의 right after a bare noun is that noun's ("해발 300~400m의 가온분지"), and a
  word for a number ("25.5% 늘어난 수치다") names no attribute."""

from __future__ import annotations

from typing import Any

import pytest

from tests.binding_helpers import bound
from tests.test_owners import ruleset  # noqa: F401  (the fixture is used by name)
from tests.test_owners_blind import claim_of
from tests.test_table_claims import claims, of


def _table(title: str, head: str, rows: list[str]) -> str:
    columns = head.count("|") - 1
    return f"# {title}\n\n{head}\n|{'---|' * columns}\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("text, figures, labels", [
    (_table("서하대교 건설사업", "| 재원 | 금액(억 원) | 비율 |",
            ["| 국비 | 1,200 | 60.0% |", "| 시비 | 800 | 40.0% |", "| 합계 | 2,000 | 100% |"]),
     ("1,200", "60.0%", "800", "40.0%"), ("국비", "시비")),
    (_table("청솔 복합문화센터", "| 구분 | 금액(억 원) | 구성비 |",
            ["| 자기자본 | 450 | 30% |", "| 차입금 | 1,050 | 70% |"]),
     ("450", "30%", "1,050", "70%"), ("자기자본", "차입금")),
    (_table("Riverside Arena", "| Source | Amount ($m) | Share |",
            ["| Federal | 120 | 60% |", "| State | 80 | 40% |", "| Total | 200 | 100% |"]),
     ("120", "60%", "80", "40%"), ("Federal", "State")),
    (_table("해밀 수목원 조성", "| 재원 | 액수(억 원) | 비중 |",
            ["| 도비 | 90 | 45% |", "| 군비 | 110 | 55% |"]),
     ("90", "45%", "110", "55%"), ("도비", "군비")),
    (_table("Harbour Tunnel", "| Funding | Amount (bn won) | % |",
            ["| National | 292 | 60 |", "| Provincial | 195 | 40 |"]),
     ("292", "195"), ("National", "Provincial")),
])
def test_a_column_of_only_a_kind_of_number_has_no_row_entities(text: str, figures: tuple[str, ...], labels: tuple[str, ...],
                                                               ruleset: Any) -> None:
    cs = claims(text, ruleset)
    for figure in figures:
        assert not [c for c in of(cs, figure) if c.entity in labels or c.attribute in ("금액", "비율", "Amount", "Share")]


@pytest.mark.parametrize("text, figure, entity, attribute", [
    # hard negatives: a header that names what it measures keeps its rows' names
    (_table("강원 주요 시 인구", "| 시 | 인구(명) | 면적(㎢) |", ["| 춘천시 | 286,100 | 1,116.4 |", "| 원주시 | 361,200 | 867.3 |"]),
     "286,100", "춘천시", "인구"),
    (_table("Top carmakers", "| Company | Revenue ($bn) | Share |", ["| Hyundai | 120 | 30% |", "| Kia | 80 | 20% |"]),
     "120", "Hyundai", "Revenue"),
])
def test_a_header_that_names_its_measure_keeps_the_row_names(text: str, figure: str, entity: str, attribute: str,
                                                             ruleset: Any) -> None:
    assert [(c.entity, c.attribute) for c in of(claims(text, ruleset), figure)] == [(entity, attribute)]


@pytest.mark.parametrize("rows, figure, entity", [
    # a time in a bracket after the row's year: the year's row of the page's subject
    (["| 2023(7~12월) | 4,100 |", "| 2024 | 9,800 |"], "4,100", "서하미술관"),
    (["| 2022(개관~12월) | 12,300 |", "| 2023 | 31,000 |"], "12,300", "서하미술관"),
    # an edition in a bracket: the name before it
    (["| 서하불꽃축제(제5회) | 120,000 |", "| 서하국화전시회 | 45,000 |"], "120,000", "서하불꽃축제"),
    (["| 청람재즈페스티벌(제12회) | 18,000 |", "| 청람영화제 | 22,000 |"], "18,000", "청람재즈페스티벌"),
])
def test_a_bracket_of_time_or_edition_is_no_part_of_the_row_label(rows: list[str], figure: str, entity: str,
                                                                  ruleset: Any) -> None:
    head = "| 연도 | 관람객(명) |" if rows[0].startswith("| 20") else "| 행사 | 방문객(명) |"
    found = of(claims(_table("서하미술관", head, rows), ruleset), figure)
    assert [c.entity for c in found] == [entity]


def test_a_bracket_that_is_no_time_stays_in_the_label(ruleset: Any) -> None:
    # hard negative: "(본사)" says which site, it is part of the label
    found = of(claims(_table("한빛전자 사업장", "| 사업장 | 직원(명) |", ["| 수원(본사) | 1,200 |", "| 구미 | 800 |"]),
                      ruleset), "1,200")
    assert [c.entity for c in found] == ["수원(본사)"]


WIRE = "Port traffic sets a record\nBy Mina Park, Coastal Herald\nFeb. 3, 2026\n"


@pytest.mark.parametrize("lead, figure", [
    ("BUSAN — The port's container terminals handled 2.1 million boxes in 2025, officials said.", "2.1 million"),
    ("DAEJEON, South Korea — The city's tram carried 30 million passengers last year, the operator said.", "30 million"),
    ("GANGNEUNG - The county's ski resorts drew 1.2 million visitors this winter, up from a year earlier.", "1.2 million"),
    ("ULSAN — Its shipyards delivered 48 vessels in 2025, the industry association said.", "48"),
    ("MOKPO – The ferry line's boats carried 640,000 riders last year.", "640,000"),
])
def test_a_dateline_owns_nothing(lead: str, figure: str, ruleset: Any) -> None:
    found = claim_of(f"{WIRE}{lead}\n", figure, ruleset)
    dateline = lead.split(",")[0].split(" ")[0]
    assert found is None or found[0] != dateline


def test_a_list_of_capitalised_items_stays_a_list(ruleset: Any) -> None:
    # hard negative: two lines opening "CAPS — …" are a list's items, not a dateline
    text = "Open models\nBLOOM — 176 billion parameters.\nFALCON — 180 billion parameters.\n"
    assert claim_of(text, "176 billion", ruleset) == ("BLOOM", "parameters")


@pytest.mark.parametrize("sentence, figure, found", [
    ("Jinju is about 90 km west of Busan.", "about 90 km", ("Jinju", "distance from Busan")),
    ("Andong is 40 miles north-east of Daegu, in the hills.", "40 miles", ("Andong", "distance from Daegu")),
    ("Gimhae is located 15 km west of Busan.", "15 km", ("Gimhae", "distance from Busan")),
    ("Yeosu is some 30 km south-west of Suncheon.", "some 30 km", ("Yeosu", "distance from Suncheon")),
])
def test_a_length_before_a_compass_direction_is_a_distance(sentence: str, figure: str, found: tuple[str, str],
                                                            ruleset: Any) -> None:
    assert claim_of(f"Cities\n{sentence}\n", figure, ruleset) == found


@pytest.mark.parametrize("sentence, figure", [
    ("The Seomjin River flows 40 km south before it turns east.", "40 km"),
    ("The new road runs 12 km east through the valley.", "12 km"),
])
def test_a_direction_with_no_origin_is_no_measure(sentence: str, figure: str, ruleset: Any) -> None:
    found = claim_of(f"Rivers\n{sentence}\n", figure, ruleset)
    assert found is None or found[1] not in ("south", "east")


def test_a_size_adjective_keeps_its_length(ruleset: Any) -> None:
    # hard negative: "long" is a measure, not a direction
    assert claim_of("Bridges\nThe Gwangan Bridge is 7.4 km long.\n", "7.4 km", ruleset) == ("Gwangan Bridge", "length")


@pytest.mark.parametrize("sentence, figure", [
    ("The Falcons have become the hottest ticket in this town of about 40,000, and the stands are full.", "about 40,000"),
    ("The Tigers are the pride of this city of roughly 1.2 million, fans say.", "roughly 1.2 million"),
    ("Sales of the Nova phone keep rising in that market of some 50 million, the maker said.", "some 50 million"),
    ("The club is the only professional team in these islands of 60,000.", "60,000"),
])
def test_a_demonstrative_noun_before_of_is_no_measure(sentence: str, figure: str, ruleset: Any) -> None:
    found = claim_of(f"Sport\n{sentence}\n", figure, ruleset)
    assert found is None or not found[1].startswith(("this", "that", "these", "those"))


def test_a_noun_before_of_still_measures(ruleset: Any) -> None:
    # hard negative: no demonstrative, the noun before "of" is what the figure measures
    assert claim_of("Results\nHanbit Electronics reported revenue of $5.2 billion.\n", "$5.2 billion", ruleset) \
        == ("Hanbit Electronics", "revenue")


KO_HEAD = "서하 소식\n입력 2025.09.03 11:00\n"


def _attribute(text: str, figure: str, ruleset: Any) -> str | None:
    """The attribute binding read for the last figure written ``figure``, bound or not."""
    found = [b for b in bound(text, ruleset, "t.txt") if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    return found[-1].claim.attribute if found[-1].claim is not None else found[-1].attribute


@pytest.mark.parametrize("sentence, figure, attribute", [
    ("서하군은 해발 800m의 고원에 자리 잡은 농업 지역이다.", "800m", "해발"),
    ("청솔시는 면적 52㎢의 호수를 끼고 있다.", "52㎢", "면적"),
    ("해밀리조트는 사업비 1,200억 원의 리조트를 짓는다.", "1,200억 원", "사업비"),
    ("청람군은 수심 40m의 저수지에 취수장을 세웠다.", "40m", "수심"),
])
def test_a_bare_noun_before_a_measure_n_ui_is_its_attribute(sentence: str, figure: str, attribute: str,
                                                             ruleset: Any) -> None:
    # "해발 300~400m의 가온분지에 자리 잡은": the noun after "N의" has the measure, it is not what N measures
    assert _attribute(f"{KO_HEAD}{sentence}\n", figure, ruleset) == attribute


@pytest.mark.parametrize("sentence, figure, attribute", [
    # hard negatives: a count's noun after "N의" is what it counts; a word after an object is its verb, no noun
    ("청람시는 시민 1,200명의 서명을 받았다.", "1,200명", "서명"),
    ("서하시는 연간 300만 명의 관광객을 맞았다.", "300만 명", "관광객"),
    ("대회 기록을 깨면 1,000만 원의 보너스를 받는다.", "1,000만 원", "보너스"),
])
def test_a_noun_after_n_ui_keeps_its_figure(sentence: str, figure: str, attribute: str, ruleset: Any) -> None:
    assert _attribute(f"{KO_HEAD}{sentence}\n", figure, ruleset) == attribute


@pytest.mark.parametrize("sentence, figure", [
    ("지난해 매출은 4,500억 원이었다. 이는 전년보다 12% 늘어난 수치다.", "12%"),
    ("올해 관광객은 120만 명으로 집계됐다. 지난해보다 8% 줄어든 숫자다.", "8%"),
])
def test_a_word_for_a_number_is_no_attribute(sentence: str, figure: str, ruleset: Any) -> None:
    assert _attribute(f"{KO_HEAD}{sentence}\n", figure, ruleset) is None


def test_a_sentence_opening_with_its_base_measures_the_level_before(ruleset: Any) -> None:
    # (session 16, binding/periods.py) the sentence opens with the period it compares with: its percentage is the
    # rate of the level the sentence before bound (청솔항 · 물동량), never of "수치"
    got = _attribute(f"{KO_HEAD}청솔항의 물동량은 2,100만t이었다. 2023년보다 3.4% 감소한 수치다.\n", "3.4%", ruleset)
    assert got == "물동량 감소율 (2023년 대비)"


def test_a_noun_after_a_change_keeps_its_figure(ruleset: Any) -> None:
    # hard negative: a noun that names a measure ("인구") is one, after a verb of change as anywhere; the percentage
    # counted from the year before is its rate (session 16: the sentence opens with its base, binding/periods.py)
    assert _attribute(f"{KO_HEAD}서하시의 인구는 28만 명이다. 전년보다 2% 늘어난 인구다.\n", "2%", ruleset) == "인구 증가율 (전년 대비)"


@pytest.mark.parametrize("sentence, figure", [
    # "Green Haram Biomaterials opened a 1.2 trillion won polylactic acid plant …, with a capacity of 75,000 tonnes"
    ("Hanbit Steel opened a 2 trillion won steel mill in Pohang last year.", "2 trillion won"),
    ("Daehan Chemical completed an 80,000-tonne ethylene cracker in June.", "80,000-tonne"),
    ("Seoha Energy opened a solar farm in 2023, with a capacity of 42 MW and 30 staff.", "42 MW"),
    ("Seoha Energy opened a solar farm in 2023, with a capacity of 42 MW and 30 staff.", "30"),
    ("Cheongsol Port unveiled a 1.5 km breakwater in May.", "1.5 km"),
    ("Haemil Foods acquired a 30 billion won bakery chain in 2024.", "30 billion won"),
])
def test_a_figure_of_a_thing_the_clause_introduces_is_not_the_subjects(sentence: str, figure: str, ruleset: Any) -> None:
    found = claim_of(f"Industry\n{sentence}\n", figure, ruleset)
    assert found is None or found[0] not in ("Hanbit Steel", "Daehan Chemical", "Seoha Energy", "Cheongsol Port",
                                                       "Haemil Foods")


@pytest.mark.parametrize("sentence, figure, found", [
    # hard negatives: a change is the subject's own; no indefinite object, or a "with" of the subject's own
    ("British Airways posted a 40% drop in profits.", "40%", ("British Airways", "drop in profits")),
    ("Hanbit Air, with a fleet of 40 aircraft, is the biggest carrier.", "40", ("Hanbit Air", "aircraft")),
    ("Samsung reported revenue of $5 billion, with an operating margin of 12%.", "12%", ("Samsung", "operating margin")),
])
def test_a_figure_of_the_subjects_own_phrase_stays_its(sentence: str, figure: str, found: tuple[str, str],
                                                       ruleset: Any) -> None:
    assert claim_of(f"Industry\n{sentence}\n", figure, ruleset) == found
