"""A soft place scope (binding/softplace.py): a claim whose owner came through a weaker link — "The plant" after
"its … plant in PLACE", a Hangul compound named only by its founding clause — carries that place, and two such claims
meet only when their places agree or one has none (the review of session 15: one company's two plants, one common
word in two towns)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import api
from factlint.config.rules import load_rules

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


def flagged(tmp_path: Path, articles: dict[str, str], ruleset) -> list[str]:  # type: ignore[no-untyped-def]
    """The figures the contradiction check flags over the articles (sorted)."""
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = api.lint([tmp_path], rules=ruleset)
    return sorted(f.message.split("'")[1] for f in result.findings if f.kind == "contradiction")


# --- English: "The N" after "its … N in PLACE" ----------------------------------------------------------------

EN = "{title}\nBy Lee Ji-won | January 12, 2026\n{first} {second}\n"
# (title, first sentence with {place}, second sentence with {value}), on topics other than the review's
EN_SHAPES = [
    ("Hanseong Cement plant", "Hanseong Cement opened its new plant in {place} on Monday.",
     "The plant had {value} employees at the end of 2025."),
    ("Daehan Logistics depot", "Daehan Logistics said its distribution depot in {place} is now fully automated.",
     "The depot had {value} employees at the end of 2025."),
    ("Mirae Foods factory", "Mirae Foods expanded its noodle factory in {place} last year.",
     "The factory had {value} employees at the end of 2025."),
    ("Sejin Bus garage", "Sejin Bus moved its main garage in the port city of {place} in 2024.",
     "The garage had {value} staff at the end of 2025."),
]


def _en(shape: tuple[str, str, str], place: str, value: str) -> str:
    title, first, second = shape
    return EN.format(title=title, first=first.format(place=place), second=second.format(value=value))


@pytest.mark.parametrize("shape", EN_SHAPES)
def test_two_plants_of_one_company_do_not_meet(tmp_path: Path, shape: tuple[str, str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    articles = {"a.txt": _en(shape, "Danyang", "450"), "b.txt": _en(shape, "Samcheok", "300")}
    assert flagged(tmp_path, articles, ruleset) == []


@pytest.mark.parametrize("shape", EN_SHAPES)
def test_one_plant_in_two_articles_still_meets(tmp_path: Path, shape: tuple[str, str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    articles = {"a.txt": _en(shape, "Danyang", "450"), "b.txt": _en(shape, "Danyang", "300")}
    assert flagged(tmp_path, articles, ruleset) != []


def test_a_plant_with_no_place_meets_the_placed_one(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    """fresh10's C2 shape: one side names the place, the other none (the company's own figure)."""
    placed = _en(EN_SHAPES[0], "the inland city of Haram", "450").replace("in the inland", "in the inland")
    bare = "Hanseong Cement\nBy Kim Do-yeon | January 14, 2026\nHanseong Cement had 300 employees at the end of 2025.\n"
    assert flagged(tmp_path, {"a.txt": placed, "b.txt": bare}, ruleset) != []


def test_two_placeless_plants_still_meet(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    """No place on either side: nothing tells the plants apart, so they are read as one (as before)."""
    shape = ("Hanseong Cement plant", "Hanseong Cement opened its new plant{place} on Monday.",
             "The plant had {value} employees at the end of 2025.")
    assert flagged(tmp_path, {"a.txt": _en(shape, "", "450"), "b.txt": _en(shape, "", "300")}, ruleset) != []


# --- Korean: a compound named only by its founding clause ----------------------------------------------------

KO = "{place} 소식\n김하늘 기자 | 2026.01.12\n{place}의 문화 시설이 늘고 있다. 주민들의 이용도 해마다 늘어 지역 문화의 중심이 되고 있다.\n{sentence}\n"
KO_SHAPES = [
    "2019년 문을 연 복합문화관은 면적이 {value}㎡다.",
    "2020년 개관한 생활체육관은 면적이 {value}㎡에 이른다.",
    "2018년 준공된 청소년수련관은 면적이 {value}㎡다.",
    "2021년 문을 연 공공도서관은 좌석이 {value}석이다.",
]
KO_VALUES = [("8,000", "3,500"), ("6,200", "4,100"), ("5,400", "2,900"), ("420", "260")]


@pytest.mark.parametrize("shape, values", list(zip(KO_SHAPES, KO_VALUES)))
def test_one_common_compound_in_two_towns_does_not_meet(tmp_path: Path, shape: str, values: tuple[str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    articles = {"a.txt": KO.format(place="단양군", sentence=shape.format(value=values[0])),
                "b.txt": KO.format(place="삼척시", sentence=shape.format(value=values[1]))}
    assert flagged(tmp_path, articles, ruleset) == []


@pytest.mark.parametrize("shape, values", list(zip(KO_SHAPES, KO_VALUES)))
def test_one_compound_of_one_town_still_meets(tmp_path: Path, shape: str, values: tuple[str, str], ruleset) -> None:  # type: ignore[no-untyped-def]
    articles = {"a.txt": KO.format(place="단양군", sentence=shape.format(value=values[0])),
                "b.txt": KO.format(place="단양군", sentence=shape.format(value=values[1]))}
    assert flagged(tmp_path, articles, ruleset) != []


def test_a_named_hall_of_one_town_meets_its_page(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    """fresh10's C4 shape: the column names the hall by its founding clause in a document about 하람시; the hall's
    own page names it by its title."""
    column = KO.format(place="가온시", sentence="2023년 10월 문을 연 누리마루홀은 대공연장 객석이 1,840석으로, 지난해 약 4만 명의 "
                                             "관객을 불러 모았다.")
    page = ("# 누리마루홀 (가온시립 콘서트홀)\n**누리마루홀**은 동해도 가온시 가온천변에 있는 시립 클래식 전용 공연장이다. "
            "2023년 10월 25일 개관했으며, 대공연장 1,480석과 소공연장 450석을 갖추고 있다.\n## 개요\n"
            "- 위치: 가온시 강변로 12\n- 좌석: 대공연장 1,480석, 소공연장 450석\n")
    assert flagged(tmp_path, {"a.txt": column, "b.md": page}, ruleset) != []


def test_a_placeless_side_meets_neither_of_two_places(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    """Two places stated for one key: a side with none is neither plant's (as an amount of no round is neither of two
    rounds')."""
    bare = "Hanseong Cement\nBy Kim Do-yeon | January 14, 2026\nHanseong Cement had 300 employees at the end of 2025.\n"
    articles = {"a.txt": _en(EN_SHAPES[0], "Danyang", "450"), "b.txt": _en(EN_SHAPES[0], "Samcheok", "380"), "c.txt": bare}
    assert flagged(tmp_path, articles, ruleset) == []


def test_a_month_after_in_is_no_place(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    """"its new plant in March": a time, no place, so the two sides still meet."""
    shape = ("Hanseong Cement plant", "Hanseong Cement opened its new plant in {place}.",
             "The plant had {value} employees at the end of 2025.")
    assert flagged(tmp_path, {"a.txt": _en(shape, "March", "450"), "b.txt": _en(shape, "Danyang", "300")}, ruleset) != []


def test_the_sentences_place_comes_before_the_documents(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    """Both documents are about 단양군, but one sentence places its hall in 제천시: two halls."""
    a = KO.format(place="단양군", sentence="2019년 문을 연 복합문화관은 면적이 8,000㎡다.")
    b = KO.format(place="단양군", sentence="이웃 제천시에 2019년 문을 연 복합문화관은 면적이 3,500㎡다.")
    assert flagged(tmp_path, {"a.txt": a, "b.txt": b}, ruleset) == []
