"""A person's age in apposition (issue #14, session 13), as the press writes it in both languages: in Korean a
bracket after the name holding the age beside a body ("김하람(22·서진시청)") or after a romanised name and an
affiliation ("장 피에르 소바주(Jean-Pierre Sauvage, 프랑스 스트라스부르대 교수, 72)"), whose initials ("Sir J.
Fraser Stoddart") end no sentence; in English the age between commas after the name ("said driver Oh Jae-sung,
54, who", "Kiprop, 27, collected"). Paraphrases of our own, in other names than the realworld and fresh sentences
(ko_wikinews_414, fresh5 ko_swim_report, fresh en_sports_cheongju, fresh4, fresh7), and hard negatives: a list of
counts, a place, a company's gloss, a year.
"""

from __future__ import annotations

import pytest

from factlint.segment import sentences
from tests.test_recall import claim_of, ruleset  # noqa: F401  (the fixture)


@pytest.mark.parametrize("text, figure, claim", [
    ("수영 선수권 결과\n\n자유형 200m에서는 박서윤(19·해운시청)이 1분 58초로 우승했다.\n", "19", ("박서윤", "나이")),
    ("노벨 물리학상 발표\n\n올해 노벨 물리학상은 안드레 가임(Andre K. Geim, 영국 맨체스터대 교수, 52), 콘스탄틴 노보셀로프"
     "(Konstantin S. Novoselov, 영국 맨체스터대 교수, 36) 교수 2명에게 돌아갔다.\n", "52", ("가임", "나이")),
    ("노벨 물리학상 발표\n\n올해 노벨 물리학상은 안드레 가임(Andre K. Geim, 영국 맨체스터대 교수, 52), 콘스탄틴 노보셀로프"
     "(Konstantin S. Novoselov, 영국 맨체스터대 교수, 36) 교수 2명에게 돌아갔다.\n", "36", ("노보셀로프", "나이")),
    ("Marathon\n\nThe race was won by Joel Kiprop of Kenya. Kiprop, 27, collected the prize.\n", "27", ("Kiprop", "age")),
    ('Buses\n\n"It is quiet," said driver Lee Min-ho, 48, who has driven the route for years.\n', "48",
     ("Lee Min-ho", "age")),
])
def test_an_age_in_apposition_is_the_persons(text: str, figure: str, claim: tuple[str, str],
                                             ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim_of(text, figure, ruleset) == claim


@pytest.mark.parametrize("text, figure, wrong_owner", [
    # a list of counts by place, in both languages
    ("Store closures\n\nStores closed in Seoul, 45, Busan, 30, and Daegu, 12, last year.\n", "45", "Seoul"),
    ("Store closures\n\nStores closed in Seoul, 45, Busan, 30, and Daegu, 12, last year.\n", "30", "Busan"),
    ("대표 선발\n\n참가 선수는 서울(12·학생부), 부산(9·일반부) 순으로 많았다.\n", "12", "서울"),
    # a part of a whole after a place
    ("Store closures\n\nIn Gangnam, 40, of the 52 stores closed.\n", "40", "Gangnam"),
    # a company glossed, a year in the gloss
    ("AI 모델\n\n이 모델은 누리전자(Nuri Electronics, 한국 기업, 2023)가 만들었다.\n", "2023", "누리전자"),
    # the last item of a list of counts after "and" (session 13 review: "Kenya · age = 9")
    ("Athletics\n\nEthiopia, 12, and Kenya, 9, led the medal count.\n", "9", "Kenya"),
    ("Athletics\n\nGold went to Norway, 16, or Germany, 12, depending on the count.\n", "12", "Germany"),
    # a body's count, its name person-shaped (서 is a surname) or capitalised like a person's
    ("전국체전\n\n서진시청(22)과 단월군청(15)이 메달 수 1, 2위에 올랐다.\n", "22", "서진시청"),
    ("전국체전\n\n메달 순위에서는 한솔도청(14)이 가장 앞섰다.\n", "14", "한솔도청"),
    ("Athletics\n\nSeojin City Hall, 22, topped the medal table.\n", "22", "Seojin City Hall"),
    ("Football\n\nHaneul United, 31, trails the leaders by two points.\n", "31", "Haneul United"),
])
def test_hard_negatives(text: str, figure: str, wrong_owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    got = claim_of(text, figure, ruleset)
    assert got is None or got[0] != wrong_owner or got[1] not in ("나이", "age"), got


def test_an_initial_inside_a_bracket_ends_no_sentence() -> None:
    text = "수상자는 슈토다르트(Sir J. Fraser Stoddart, 74)다. 그는 기뻐했다."
    assert [text[s.start : s.end] for s in sentences(text)] == ["수상자는 슈토다르트(Sir J. Fraser Stoddart, 74)다.", "그는 기뻐했다."]
    # outside a bracket a capital before a full stop still ends one ("Plan B. The …")
    assert len(sentences("They chose Plan B. The rest followed.")) == 2
