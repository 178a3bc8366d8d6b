"""Figure classes the fifth blind set (tests/gold/fresh5, spent) read wrong, issue #16.

Variants written for these tests, not the fresh5 sentences: other sports, cargo, nouns, people and
figures, Korean and English, each with hard negatives — the same shape where it is no such figure (a
time of day, a version, a score, a zone, an era, a model number, a list in parentheses) — that keep
their reading (factlint/quantities/extract.py, timewords.py).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factlint.quantities import extract
from tests.quantities.test_fresh2_classes import one, read

# --- a race time with a fraction of a second: M:SS.ff, and 초 with digits glued after it ----------------

RACE_TIMES = [
    ("She touched the wall in 2:05.61, a meet record.", "2:05.61", F(12561, 100)),
    ("The old mark of 3:41.2 had stood since 1998.", "3:41.2", F(2212, 10)),
    ("He skated the 1,500m in 1:44.07 to take silver.", "1:44.07", F(10407, 100)),
    ("The winner clocked 2:09:31.5 over the marathon course.", "2:09:31.5", F(77715, 10)),
    ("이지은은 여자 400m 개인혼영에서 4분38초15로 우승했다.", "4분38초15", F(27815, 100)),
    ("남자 100m 결승에서 10초07을 기록했다.", "10초07", F(1007, 100)),
    ("계주팀은 3분12초5의 기록으로 들어왔다.", "3분12초5", F(19250, 100)),
    ("2위와는 0초36 차이였다.", "0초36", F(36, 100)),
    ("최종 기록 58초41, 개인 최고였다.", "58초41", F(5841, 100)),
]


@pytest.mark.parametrize("text, figure, seconds", RACE_TIMES)
def test_a_race_time_with_a_fraction_of_a_second_is_one_duration(text: str, figure: str, seconds: F) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("quantity", seconds, "second")


@pytest.mark.parametrize("text", [
    "The train leaves at 1:45 p.m. on weekdays.",  # a time of day: no figure
    "The session opens at 9:30 and closes at 16:00.",
    "The quake struck at 14:30:05 local time.",
    "The order went out at 10:15.30 KST.",  # a zone after it: a time of day
])
def test_a_time_of_day_stays_unread(text: str) -> None:
    assert [q for q in extract(text) if q.unit == "second"] == [], read(text)


@pytest.mark.parametrize("text, figure, value", [
    ("The ratio rose to 1.45 last year.", "1.45", F(145, 100)),  # a decimal, no colon
    ("오후 3시 20분 15초에 발생했다.", "15초", F(15)),  # a time of day's seconds stay a label
])
def test_a_version_or_a_clock_second_keeps_its_reading(text: str, figure: str, value: F) -> None:
    q = one(text, figure)
    assert q.value == value and q.unit != "second", read(text)


def test_a_count_glued_after_seconds_is_its_own_figure() -> None:
    found = read("플랭크 30초5회를 반복했다.")
    assert ("30초", "quantity", F(30), "second", "초") in found, found


# --- an acronym after a number is the noun it counts ------------------------------------------------

ACRONYM_COUNTS = [
    ("The terminal can handle 2.5 million TEU a year.", "2.5 million", F(2_500_000), "TEU"),
    ("Exports reached 640,000 TEU last year.", "640,000", F(640_000), "TEU"),
    ("The lab bought 120 GPU servers' worth, some 4,000 GPU in all.", "some 4,000", F(4000), "GPU"),
    ("올해 물동량은 315만 TEU로 늘었다.", "315만", F(3_150_000), "TEU"),
    ("신항은 연간 150만~180만 TEU를 처리한다.", "150만~180만", None, "TEU"),
    ("지난해 28만 5천 TEU를 처리했다.", "28만 5천", F(285_000), "TEU"),
    ("회사는 올해 2만 NPU를 출하했다.", "2만", F(20_000), "NPU"),
    # an acronym written after the figure is its noun, before a noun an earlier count would lend it
    ("The dealer sold 40 cars, including 12 SUVs.", "12", F(12), "SUV"),
    ("The lab bought 200 servers, with 64 GPUs each.", "64", F(64), "GPU"),
]


@pytest.mark.parametrize("text, figure, value, noun", ACRONYM_COUNTS)
def test_an_acronym_after_a_number_makes_a_count(text: str, figure: str, value: F | None, noun: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.counter) == ("count", value, noun), read(text)


@pytest.mark.parametrize("text, figure", [
    ("The ceremony starts at 2 PM sharp.", "2"),  # a time of day
    ("Trading opens at 9 ET and ends at 4 PT.", "9"),  # a time zone
    ("Trading opens at 9 ET and ends at 4 PT.", "4"),
    ("The call is at 11 BST on Friday.", "11"),
    ("The city was founded around 300 BC.", "around 300"),  # an era
    ("Boeing 737 MAX deliveries resumed.", "737"),  # a model number after a name
    # ("Windows 11 SDK builds": a model's number with its name going on after it is no figure at all,
    # tests/quantities/test_model_numbers.py)
    ("The 2024 AGM was held in May.", "2024"),  # a year
    ("Shares rose 5 KB on the day.", "5 KB"),  # a unit is read as a unit (no count)
    ("The model was trained on three TPU v4 pods.", "three"),  # the acronym opens a longer name
])
def test_no_count_from_a_zone_era_model_or_year(text: str, figure: str) -> None:
    q = one(text, figure)
    assert q.kind != "count", read(text)


def test_a_capitalised_word_of_the_sentence_is_no_model_name() -> None:
    q = one("Some 40 UN agencies took part.", "Some 40")
    assert (q.kind, q.counter) == ("count", "agencies"), read("Some 40 UN agencies took part.")


@pytest.mark.parametrize("text, figure, noun", [
    ("The kit ships with 2 USB cables.", "2", "cables"),
    ("It runs on 8 NVIDIA H100 boards.", "8", "boards"),  # the head of the name, not its first word
])
def test_an_acronym_before_a_plural_noun_leaves_the_noun_as_the_counter(text: str, figure: str, noun: str) -> None:
    q = one(text, figure)
    assert (q.kind, q.counter) == ("count", noun)


# --- an age in parentheses before the person's team or employer: "이름(22·소속)" ---------------------------

AGES = [
    ("박서준(19·한국체대)이 금메달을 땄다.", "19", F(19)),
    ("피해자 이모(63·농업)씨가 병원으로 옮겨졌다.", "63", F(63)),
    ("감독 최민호(47, 전 국가대표)는 사퇴했다.", "47", F(47)),
]


@pytest.mark.parametrize("text, figure, years", AGES)
def test_an_age_before_an_affiliation_is_years(text: str, figure: str, years: F) -> None:
    q = one(text, figure)
    assert (q.kind, q.value, q.unit) == ("quantity", years, "year"), read(text)


@pytest.mark.parametrize("text, figure", [
    ("자세한 내용은 부록(12·13)에 있다.", "12"),  # a list of numbers, not an age
    ("노선(2·3호선)이 연장된다.", "2"),  # below 10: a number, not an age
    ("예산(30, 40억 원)", "30"),  # money shares the unit after it
])
def test_a_list_in_parentheses_is_no_age(text: str, figure: str) -> None:
    q = one(text, figure)
    assert q.unit != "year", read(text)


# --- a sequel's number closing a quoted title, a version's number: no figure ---------------------------

@pytest.mark.parametrize("text", [
    "Ticket sales rose on 'Frozen 2' in December.",
    "\"Toy Story 4\" opened on Friday.",
    "영화 '범죄도시 4'가 개봉했다.",
    "모바일 게임 '로스트 스카이 3'의 매출이 늘었다.",
    "The firm shipped version 3.2 of its app.",
    "앱 버전 5.1 업데이트를 내놓았다.",
])
def test_a_title_or_version_number_is_no_figure(text: str) -> None:
    assert extract(text) == [] or all(q.text[:1] not in "2345" for q in extract(text)), read(text)


@pytest.mark.parametrize("text, figure", [
    ("\"매출은 2조\"라고 말했다.", "2조"),  # a quoted figure after a particle, with a magnitude
    ("\"The target is 5\", he said.", "5"),  # after a lowercase word
    ("He said 'we won 2' and left.", "2"),
    ("'Frozen 2' sold 3 million tickets.", "3 million"),  # the figure after the title is read
    ("Kim hopes to swim \"under 52\" next year.", "under 52"),
])
def test_a_quoted_figure_stays(text: str, figure: str) -> None:
    one(text, figure)
