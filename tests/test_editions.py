"""The date of one edition of a recurring event (fresh9 C1): "'제5회 청람국제마라톤대회'를 오는 10월 19일 … 개최한다"
against "the fifth edition, which takes place on Sunday, October 26" in a blog that names its race only by its
place. An edition is the series' entity with the scope "edition N" (factlint/binding/editions.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from binding_helpers import bound

from factlint.binding import editions
from factlint.claimtools import show
from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import dateline, parse


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    root = Path(__file__).resolve().parents[1] / "rules"
    return load_rules(sorted(str(p) for p in root.iterdir() if p.name.endswith((".yaml", ".yml"))))


KO_HEAD = "보 도 자 료\n배포일시: 2025. 9. 2.(화) / 담당부서: 체육진흥과\n\n"
EN_HEAD = "Festival notes\nPosted September 14, 2025 by A. Writer\n\n"


def _editions(text: str, ruleset: RuleSet) -> set[tuple[str, str | None, str]]:
    return {(b.claim.entity, b.claim.scope, show(b.claim.quantity)) for b in bound(text, ruleset)
            if b.claim is not None and b.claim.how in (editions.HOW, editions.OF_PLACE)}


def test_a_press_release_dates_itself_by_its_release_line() -> None:
    assert str(dateline(KO_HEAD + "본문.\n")) == "2025-09-02"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("□ 청람시는 '제5회 청람국제마라톤대회'를 오는 10월 19일 오전 8시 청람종합운동장에서 개최한다고 2일 밝혔다.",
     {("청람국제마라톤", "edition 5", "2025-10-19 (by the dateline)")}),
    ("부산시는 제12회 가람국제영화제를 오는 10월 4일 영화의전당에서 연다.",
     {("가람국제영화제", "edition 12", "2025-10-04 (by the dateline)")}),
    ("제28회 단월사이클대회는 오는 11월 2일 단월읍 일대에서 열린다.",
     {("단월사이클", "edition 28", "2025-11-02 (by the dateline)")}),
    ("'제3회 서하호 축제'가 2025년 10월 10일 개최된다.", set()),  # a name with a space: the series is not one word
    # hard negatives: a deadline, a date elsewhere in the sentence, no edition number, another verb
    ("참가 신청은 지난 8월 29일 마감됐으며, 제5회 대회 참가자는 1만 명이다.", set()),
    ("청람시는 청람국제마라톤을 오는 10월 19일 개최한다.", set()),
    ("제5회 청람국제마라톤 참가 신청을 오는 8월 29일 마감한다.", set()),
    ("시는 10월 19일 제5회 청람국제마라톤대회를 앞두고 교통을 통제한다고 밝혔다.", set()),
    # two editions in one sentence: each its own date; a common noun names no series
    ("시는 제4회 가람영화제를 지난해 10월 20일 열었고, 제5회 가람영화제를 오는 10월 19일 연다.",
     {("가람영화제", "edition 4", "2024-10-20 (by the dateline)"), ("가람영화제", "edition 5", "2025-10-19 (by the dateline)")}),
    ("시는 제4회 대회를 지난해 10월 20일 열었고, 제5회 대회를 오는 10월 19일 연다.", set()),
])
def test_korean_edition_dates(pack: RuleSet, sentence: str, expected: set[tuple[str, str | None, str]]) -> None:
    assert _editions(KO_HEAD + sentence + "\n", pack) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("This year I'm going back to Cheongram for the fifth edition, which takes place on Sunday, October 26.",
     set()),  # the place is not in the title: no place of the article
    ("The 28th Busan International Film Festival will be held on October 4.",
     {("Busan International Film Festival", "edition 28", "2025-10-04 (by the dateline)")}),
    ("The Garam Cycling Classic's 12th edition takes place on November 2, 2025.",
     {("Garam Cycling Classic", "edition 12", "2025-11-02")}),
    ("The 3rd edition of the Seoha Lake Festival was held on May 5.",
     {("Seoha Lake Festival", "edition 3", "2025-05-05 (by the dateline)")}),
    # hard negatives: not an edition, not the holding, no ordinal
    ("It was the fifth time I ran it, on October 26.", set()),
    ("The first Model S ran on March 3.", set()),  # "the Nth X" of no event's name
    ("Registration for the fifth edition closes on August 29.", set()),
    ("The festival takes place on October 4.", set()),
])
def test_english_edition_dates(pack: RuleSet, sentence: str, expected: set[tuple[str, str | None, str]]) -> None:
    assert _editions(EN_HEAD + sentence + "\n", pack) == expected


BLOG = ("Why I'm Running Cheongram This Fall\nPosted September 14, 2025 by Hannah Lee\n\n"
        "Three years ago I ran my first marathon in Cheongram, a quiet inland city. "
        "This year I'm going back for the fifth edition, which takes place on Sunday, {day}.\n")
PRESS = KO_HEAD + "□ 청람시는 '제5회 청람국제마라톤대회'를 오는 10월 19일 오전 8시 청람종합운동장에서 개최한다고 2일 밝혔다.\n"


def _lint(texts: dict[str, str], ruleset: RuleSet) -> list[str]:
    docs = [parse(path, text.encode()) for path, text in texts.items()]
    return [f.message for f in lint_documents(docs, ruleset).findings if f.rule == "event-date-contradiction"]


def test_the_edition_of_the_articles_place_is_the_corpus_event_of_that_place(pack: RuleSet) -> None:
    found = _lint({"ko.txt": PRESS, "en.txt": BLOG.format(day="October 26")}, pack)
    assert len(found) == 1 and "청람국제마라톤 · held (edition 5)" in found[0]


def test_the_same_day_agrees(pack: RuleSet) -> None:
    assert _lint({"ko.txt": PRESS, "en.txt": BLOG.format(day="October 19")}, pack) == []


def test_another_edition_is_another_claim(pack: RuleSet) -> None:
    fourth = KO_HEAD + "□ 청람시는 '제4회 청람국제마라톤대회'를 오는 10월 26일 개최한다고 2일 밝혔다.\n"
    assert _lint({"ko.txt": PRESS, "ko4.txt": fourth}, pack) == []


def test_two_events_of_the_place_name_no_one(pack: RuleSet) -> None:
    festival = KO_HEAD + "□ 청람시는 '제5회 청람국제영화제'를 오는 10월 10일 개최한다고 2일 밝혔다.\n"
    texts = {"ko.txt": PRESS, "film.txt": festival, "en.txt": BLOG.format(day="October 26")}
    assert _lint(texts, pack) == []


def test_no_event_of_the_place_names_none(pack: RuleSet) -> None:
    other = KO_HEAD + "□ 서하시는 '제5회 서하국제마라톤대회'를 오는 10월 19일 개최한다고 2일 밝혔다.\n"
    assert _lint({"ko.txt": other, "en.txt": BLOG.format(day="October 26")}, pack) == []


@pytest.mark.parametrize(("series", "place", "expected"), [
    ("청람국제마라톤", "Cheongram", True),
    ("Cheongram International Marathon", "Cheongram", True),
    ("청람공항", "Cheongram", False),  # an airport is no recurring event
    ("서하국제마라톤", "Cheongram", False),
])
def test_named_after(series: str, place: str, expected: bool) -> None:
    assert editions.named_after(series, place) is expected


# --- A record of the series (fresh9 C6) ---

PRESS_HEAD = KO_HEAD + "제5회 청람국제마라톤, 1만 2천여 명 달린다\n\n"


def _records(text: str, ruleset: RuleSet) -> set[tuple[str, str, str | None, str | None, str]]:
    return {(b.claim.entity, b.claim.attribute, b.claim.scope, b.claim.period, b.claim.quantity.text)
            for b in bound(text, ruleset)
            if b.claim is not None and b.claim.how in (editions.SERIES, editions.OF_PLACE) and b.claim.quantity.kind != "date"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("○ 남자부 대회 기록은 2023년 제3회 대회에서 케냐의 조셉 키프로노가 세운 2시간 9분 12초이며, 여자부 기록은 2시간 26분 5초다.",
     {("청람국제마라톤", "대회 기록", "men", "2023", "2시간 9분 12초"), ("청람국제마라톤", "대회 기록", "women", "2025", "2시간 26분 5초")}),
    ("여자부 대회 기록은 2시간 26분 5초로 2022년에 세워졌다.", {("청람국제마라톤", "대회 기록", "women", "2025", "2시간 26분 5초")}),
    ("대회 기록은 2시간 8분 30초다.", {("청람국제마라톤", "대회 기록", None, "2025", "2시간 8분 30초")}),
    # hard negatives: a finishing time, another event's record with its name before it, a record after a comma
    ("우승자는 2시간 10분 3초에 들어왔다.", set()),
    ("남자부 우승 기록은 2시간 12분 3초였다.", set()),
    ("여자부 기록은 2시간 26분 5초다.", set()),  # a race's record with no 대회 기록 before it: whose is not written
    ("서하마라톤의 대회 기록(2시간 7분 1초)보다 느리다.", set()),
    ("남자부 대회 기록은 깨지지 않았고, 우승 기록은 2시간 12분이다.", set()),
])
def test_korean_records_of_the_article_series(pack: RuleSet, sentence: str,
                                              expected: set[tuple[str, str, str | None, str | None, str]]) -> None:
    assert _records(PRESS_HEAD + sentence + "\n", pack) == expected


def test_no_series_in_the_title_no_record(pack: RuleSet) -> None:
    assert _records(KO_HEAD + "청람 마라톤 안내\n\n남자부 대회 기록은 2시간 9분 12초다.\n", pack) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The men's course record of 2:11:47 was set in 2023, and the women's mark stands at 2:26:05.",
     {("Cheongram", "course record", "men", "2023", "2:11:47")}),
    ("The course record is 2:08:30.", {("Cheongram", "course record", None, "2025", "2:08:30")}),
    ("The Garam Marathon's women's course record of 2:24:10 was set in 2024.",
     {("Garam Marathon", "course record", "women", "2024", "2:24:10")}),
    # hard negatives: a finishing time, a personal best
    ("I finished in 4:12:30, soaked and happy.", set()),
    ("My personal record is 3:58:02.", set()),
])
def test_english_records(pack: RuleSet, sentence: str,
                         expected: set[tuple[str, str, str | None, str | None, str]]) -> None:
    text = ("Why I'm Running Cheongram This Fall\nPosted September 14, 2025\n\n"
            "Three years ago I ran my first marathon in Cheongram, a quiet city. " + sentence + "\n")
    assert _records(text, pack) == expected


RECORD_KO = PRESS_HEAD + "○ 남자부 대회 기록은 2023년 제3회 대회에서 케냐의 조셉 키프로노가 세운 {men}이며, 여자부 기록은 2시간 26분 5초다.\n"
RECORD_EN = ("Why I'm Running Cheongram This Fall\nPosted September 14, 2025\n\nThree years ago I ran my first marathon in "
             "Cheongram, a quiet city. The {race}'s course record of {time} was set in 2023.\n")


def _bilingual(texts: dict[str, str], ruleset: RuleSet) -> list[str]:
    docs = [parse(path, text.encode()) for path, text in texts.items()]
    return [f.message for f in lint_documents(docs, ruleset).findings if f.rule == "bilingual-figure-contradiction"]


def test_a_record_in_two_notations_contradicts(pack: RuleSet) -> None:
    found = _bilingual({"ko.txt": RECORD_KO.format(men="2시간 9분 12초"), "en.txt": RECORD_EN.format(race="men", time="2:11:47")}, pack)
    assert len(found) == 1 and "청람국제마라톤 · course record (men)" in found[0]


def test_the_same_record_agrees_and_another_race_is_another_claim(pack: RuleSet) -> None:
    assert _bilingual({"ko.txt": RECORD_KO.format(men="2시간 9분 12초"), "en.txt": RECORD_EN.format(race="men", time="2:09:12")}, pack) == []
    assert _bilingual({"ko.txt": RECORD_KO.format(men="2시간 9분 12초"), "en.txt": RECORD_EN.format(race="women", time="2:11:47")}, pack) == []


# --- session 14 review: texts nobody here wrote, read wrongly before (each fails on 6575edb)
@pytest.mark.parametrize(("sentence", "expected"), [
    # a plan the sentence says was not kept: no date of the edition
    ("한솔시는 제12회 한솔연극제가 10월 3일 열릴 예정이었으나 태풍 북상으로 10월 10일로 연기됐다고 28일 밝혔다.", set()),
    ("시는 제7회 단월사이클대회를 오는 11월 2일 개최할 계획이었지만 폭설로 취소했다.", set()),
    ("제9회 서하호축제는 5월 5일 열릴 예정이었다.", set()),
    # the plan still stands: the edition's date
    ("제12회 한솔연극제는 10월 10일 열릴 예정이다.", {("한솔연극제", "edition 12", "2025-10-10 (by the dateline)")}),
])
def test_a_plan_that_was_not_kept_dates_no_edition(pack: RuleSet, sentence: str,
                                                    expected: set[tuple[str, str | None, str]]) -> None:
    assert _editions(KO_HEAD + sentence + "\n", pack) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the year is written after the date: not the dateline's
    ("The 12th Hansol Festival will be held on October 3 next year, the city said.", set()),
    ("The Garam Cycling Classic's 14th edition will be held on May 1 the following year.", set()),
    ("The Garam Cycling Classic's 9th edition was held on November 2 last year.",  # read with its year
     {("Garam Cycling Classic", "edition 9", "2024-11-02 (by the dateline)")}),
    ("The 12th Hansol Festival will be held on October 3, the city said.",
     {("Hansol Festival", "edition 12", "2025-10-03 (by the dateline)")}),
])
def test_a_year_after_the_date_is_not_the_datelines(pack: RuleSet, sentence: str,
                                                     expected: set[tuple[str, str | None, str]]) -> None:
    assert _editions(EN_HEAD + sentence + "\n", pack) == expected


HANSOL = KO_HEAD + "□ 한솔시는 '제12회 한솔축제'를 오는 10월 3일 한솔천 일대에서 개최한다고 20일 밝혔다.\n"


@pytest.mark.parametrize("body", [
    "The Hansol Jazz Festival is back. Now a fixture of the summer in Hansol, the 12th edition takes place on June 5.",
    "Summer in Hansol means the Hansol Street Food Fair. The 12th edition takes place on June 5.",
    "Crowds in Hansol wait for the Hansol Dragon Boat Race; the 12th edition is held on June 5.",
])
def test_an_article_that_names_another_event_of_its_place_dates_that_event(pack: RuleSet, body: str) -> None:
    en = "Summer comes to Hansol\nPosted May 2, 2025 by Tom Reid\n\n" + body + "\n"
    assert _lint({"ko.txt": HANSOL, "en.txt": en}, pack) == []


def test_an_article_that_names_the_places_own_event_still_dates_it(pack: RuleSet) -> None:
    en = ("Lanterns return to Hansol\nPosted May 2, 2025 by Tom Reid\n\n"
          "The Hansol Festival is back in Hansol. The 12th edition takes place on June 5.\n")
    found = _lint({"ko.txt": HANSOL, "en.txt": en}, pack)
    assert len(found) == 1 and "한솔축제 · held (edition 12)" in found[0]
