"""A person's age: one attribute in years in both languages, whatever the notation (binding/ages.py), compared across
articles allowing for the time between them (age-contradiction, checks/contradiction.py ``ages``).

fresh16's C6 (written blind, spent): "정해민(58) 소하군수는" in a Korean article of 2025-12-05 and "County Governor
Jeong Hae-min, 63, told reporters" in an English one of 2025-12-03 bound to the person on both sides and met nothing:
the Korean attribute was 나이 (a duration), the English one "age" (a bare number), and ages were compared nowhere.
The articles below are my own, on other people; none is from a gold set. Hard negatives: the same person a year older
a year later, two people of one surname, a team's age, a company's, a father and son in one sentence, an age range,
an age bound, ages in a list of several people, a bare surname, undated articles.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factlint import segment
from factlint.binding import bind_document
from factlint.checks.contradiction import _age_window
from factlint.config.rules import load_rules
from factlint.engine import lint_documents
from factlint.loader import parse
from factlint.quantities import extract_blocks

REPO = Path(__file__).resolve().parents[1]
PACK = sorted(str(p) for p in (REPO / "rules").iterdir() if p.suffix in (".yaml", ".yml"))
RULES = load_rules(PACK)


def ages_of(text: str) -> list[tuple[str, str, str]]:
    """(figure, person, unit) of every age claim of one article."""
    doc = parse("a.txt", text.encode("utf-8"))
    blocks = segment.blocks(doc)
    return [(b.quantity.text, b.claim.entity, str(b.claim.quantity.unit))
            for b in bind_document(doc, blocks, extract_blocks(doc.text, blocks), RULES)
            if b.claim is not None and b.claim.attribute == "age"]


@pytest.mark.parametrize("text,figure,person", [
    ("오세린(41) 원장은 \"병상을 늘리겠다\"고 말했다.", "41", "오세린"),
    ("올해 47세인 한지우 교수는 연구팀을 이끌고 있다.", "47세", "한지우"),
    ("52세의 박도현 감독은 세 번째 우승을 노린다.", "52세", "박도현"),
    ("만 36세인 최가을 선수는 은퇴를 미뤘다.", "36세", "최가을"),
    ("Lee Seo-jun, 45, runs the ferry company.", "45", "Lee Seo-jun"),
    ("Head nurse Kwon Mi-rae, aged 39, said the ward was full.", "39", "Kwon Mi-rae"),
    ("19-year-old Bae Ha-neul won the women's sprint.", "19-year", "Bae Ha-neul"),
    ("The title went to Jang Ye-jin, the 31-year-old goalkeeper from Haram.", "31-year", "Jang Ye-jin"),
    ("Seo Yun-ho, at 61, is the oldest driver on the route.", "61", "Seo Yun-ho"),
    ("\"The archive brings them in,\" said branch manager Yang Ji-won, 44.", "44", "Yang Ji-won"),
])
def test_an_age_is_one_attribute_in_years(text: str, figure: str, person: str) -> None:
    assert (figure, person, "year") in ages_of(text), ages_of(text)


@pytest.mark.parametrize("text,figure", [
    ("하람FC는 창단 52년을 맞았다.", "52년"),  # a team's age
    ("Haram Steel, the 52-year-old company, cut 300 jobs.", "52-year"),  # a company's
    ("The 52-year-old company cut 300 jobs.", "52-year"),
    ("참가자는 50대가 가장 많았다.", "50대"),  # an age range
    ("52세 이상인 박도현 씨도 신청할 수 있다.", "52세 이상"),  # a bound
    ("한국 나이로 53세인 박도현 감독은 최고령이다.", "53세"),  # the old Korean count, not the age compared
    # a common noun after a relative age, however its first syllable reads as a surname
    ("평균 연령 52세인 이사회는 보수적이다.", "52세"),
    ("52세의 남성이 다쳤다.", "52세"),
    ("52세인 조합원 가운데 절반이 찬성했다.", "52세"),
    ("그는 52세의 나이로 은퇴했다.", "52세"),
    ("52세의 이민자 박도현 씨가 말했다.", "52세"),
    ("Seoul, 45, and Busan, 30, led the count.", "45"),  # a list of counts
    ("The count was led by Seoul, 45.", "45"),  # a place's count at a sentence's end
    ("\"We were lucky,\" said Haram Steel, 52.", "52"),  # no person's name by its shape
    ("The count peaked in Daegu, at 38, before it fell.", "38"),  # a place's figure after "at"
])
def test_no_person_no_age(text: str, figure: str) -> None:
    assert not [a for a in ages_of(text) if a[0] == figure], ages_of(text)


@pytest.mark.parametrize("text,expected", [
    # a father and son in one sentence: each his own
    ("박도현(52)씨와 아들 박민준(24)군이 함께 출전했다.", {("52", "박도현"), ("24", "박민준")}),
    ("Park Do-hyun, 52, and his son Park Min-jun, 24, ran together.", {("52", "Park Do-hyun"), ("24", "Park Min-jun")}),
])
def test_each_age_is_its_own_persons(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= {(f, p) for f, p, _ in ages_of(text)}, ages_of(text)


@pytest.mark.parametrize("earlier,later,window", [
    ((dt.date(2025, 12, 3), dt.date(2025, 12, 3)), (dt.date(2025, 12, 5), dt.date(2025, 12, 5)), (0, 2)),
    ((dt.date(2024, 5, 1), dt.date(2024, 5, 1)), (dt.date(2025, 5, 2), dt.date(2025, 5, 2)), (1, 3)),
    ((dt.date(2025, 1, 1), dt.date(2025, 1, 1)), (dt.date(2025, 1, 1), dt.date(2025, 1, 1)), (-1, 1)),  # one day
    ((dt.date(2025, 3, 1), dt.date(2025, 3, 1)), (dt.date(2024, 3, 1), dt.date(2024, 3, 1)), (-2, 0)),  # the other way
])
def test_the_window_of_ages(earlier: tuple[dt.date, dt.date], later: tuple[dt.date, dt.date], window: tuple[int, int]) -> None:
    assert _age_window(earlier, later) == window


def found(*texts: str) -> list[str]:
    docs = [parse(f"a{i}.txt", t.encode("utf-8")) for i, t in enumerate(texts)]
    result = lint_documents(docs, RULES, dt.date(2026, 1, 1))  # type: ignore[arg-type]
    return [f.message for f in result.findings if f.rule == "age-contradiction"]


KO = "소하군 소식\n입력 {date} 09:00\n\n{line}\n"
EN = "Soha County news\nSOHA, South Korea, {date} (Hanbit News) - {line}\n"


@pytest.mark.parametrize("texts", [
    # two days apart, five years older: C6 in other words, in one language and in two
    (KO.format(date="2025.12.05", line="정해민(58) 소하군수는 다리 개통을 반겼다."),
     KO.format(date="2025.12.03", line="정해민(63) 소하군수는 버스 노선을 약속했다.")),
    (KO.format(date="2025.06.10", line="오세린(41) 원장은 병상을 늘리겠다고 말했다."),
     EN.format(date="June 12, 2025", line="Hospital director Oh Se-rin, 46, said beds would be added.")),
    (KO.format(date="2025.06.10", line="올해 47세인 한지우 교수는 연구팀을 이끈다."),
     EN.format(date="June 12, 2025", line="The team is led by 52-year-old Han Ji-woo, a chemist.")),
    # a person younger a year later
    (KO.format(date="2024.05.01", line="배하늘(20)이 여자 단거리에서 우승했다."),
     KO.format(date="2025.05.03", line="배하늘(19)이 대회 2연패를 달성했다.")),
])
def test_ages_no_time_explains_are_reported(texts: tuple[str, ...]) -> None:
    assert len(found(*texts)) == 1, found(*texts)


@pytest.mark.parametrize("texts", [
    # the same person a year older a year later, in one language and in two
    (KO.format(date="2024.05.01", line="배하늘(19)이 여자 단거리에서 우승했다."),
     KO.format(date="2025.05.03", line="배하늘(20)이 대회 2연패를 달성했다.")),
    (KO.format(date="2024.05.01", line="배하늘(19)이 여자 단거리에서 우승했다."),
     EN.format(date="May 3, 2025", line="Bae Ha-neul, 20, won the sprint again.")),
    # a birthday between two articles days apart
    (KO.format(date="2025.12.03", line="정해민(58) 소하군수는 다리 개통을 반겼다."),
     EN.format(date="Dec 5, 2025", line="County Governor Jeong Hae-min, 59, told reporters the bridge was busy.")),
    # two people of one surname
    (KO.format(date="2025.12.05", line="정해민(58) 소하군수는 다리 개통을 반겼다."),
     KO.format(date="2025.12.06", line="정수아(24) 주무관이 안내를 맡았다.")),
    # a bare surname is nobody in particular
    (KO.format(date="2025.12.05", line="정해민(58) 소하군수는 다리 개통을 반겼다."),
     EN.format(date="Dec 6, 2025", line="A ferry captain, Jeong, 41, said trade had fallen.")),
    # a father and son, each with his own age, in two articles
    (KO.format(date="2025.04.01", line="박도현(52)씨와 아들 박민준(24)군이 함께 출전했다."),
     EN.format(date="April 2, 2025", line="Park Min-jun, 24, ran beside his father Park Do-hyun, 52.")),
    # ages in a list of several people
    (KO.format(date="2025.04.01", line="대표팀에는 김하나(30), 이두리(31), 박세나(32)가 뽑혔다."),
     KO.format(date="2025.04.02", line="이두리(31)는 주장을 맡는다.")),
    # a team's age beside a player's
    (KO.format(date="2025.04.01", line="창단 52년을 맞은 하람FC의 주장 문하린(27)이 골을 넣었다."),
     KO.format(date="2025.04.02", line="문하린(27)은 이날도 선발로 나섰다.")),
    # an age is as of its article's writing, whatever year the sentence speaks of
    (KO.format(date="2025.04.01", line="2019년 대회에서 우승한 배하늘(25)이 다시 출전했다."),
     KO.format(date="2025.04.03", line="배하늘(25)은 이날 2위에 올랐다.")),
    # an age of another time than the article's: a look-back ("당시", "then", a fronted past year), in one article
    # and in two (session 18's review)
    (KO.format(date="2025.01.05", line="서하FC는 5일 박도현(52) 감독과 재계약했다고 밝혔다. 2019년 당시 45세의 박도현 감독은 "
                                       "리그 최연소 우승 감독이 됐다."),),
    (EN.format(date="Jan. 16, 2025", line="Seoha FC said Park Do-hyun, 52, signed a new deal on Thursday. In 2019, the "
                                         "45-year-old Park Do-hyun led the club to its first title."),),
    (KO.format(date="2025.01.05", line="박도현(52) 감독이 재계약했다."),
     KO.format(date="2025.01.06", line="그때 박도현(45) 코치는 팀을 처음 맡았다.")),
    # a name the press withholds is nobody in particular ("김모(52)씨", two people in one report)
    (KO.format(date="2025.03.02", line="운전자 김모(52)씨는 경상을 입었다. 같은 날 오후 다른 사고로 보행자 김모(71)씨가 숨졌다."),),
    (KO.format(date="2025.03.02", line="김씨(52)는 경상을 입었다."), KO.format(date="2025.03.03", line="김씨(71)가 숨졌다.")),
    (EN.format(date="March 2, 2025", line="The driver, Mr Kim, 52, was hurt."),
     EN.format(date="March 3, 2025", line="A pedestrian, Mr Kim, 71, died.")),
    # an undated article in a run with no dated age: the time between is unknown
    ("소하군 소식\n\n정해민(58) 소하군수는 다리 개통을 반겼다.\n",
     "Soha County\n\nCounty Governor Jeong Hae-min, 63, told reporters the bridge was busy.\n"),
])
def test_ages_the_time_explains_are_not(texts: tuple[str, ...]) -> None:
    assert not found(*texts), found(*texts)


def test_an_undated_article_is_of_the_runs_dated_span() -> None:
    # the English wire story has no year: it is of some time within the other articles' dates (days apart)
    dated = KO.format(date="2025.12.05", line="정해민(58) 소하군수는 다리 개통을 반겼다.")
    undated = "Soha County\n\nCounty Governor Jeong Hae-min, 63, told reporters the bridge was busy.\n"
    assert len(found(dated, undated)) == 1
