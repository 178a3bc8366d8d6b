"""An incident as an entity (issue #14, fresh6's C4: "2024년 3월 산불로 호숫가 산림 285ha가 불에 탄 뒤" in a 2025
fisheries report against a March 2024 fire report's "이번 산불로 산림 312ha가 탔다고 … 최종 집계했다"). The figure
was lost at binding: its owner is the incident in the clause's cause adverbial (으)로, which is an entity only by
its noun, its place and its month (``factlint/binding/incidents.py``); rule ``incident-figure-contradiction``
compares two articles' figures of one incident. Articles written for these tests (fires, a flood), none from a
gold set, with hard negatives: another fire (another place or month), a cumulative area with no incident, the same
area in another unit, articles of the same week (a running tally), an estimate the article corrects."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_place_measures import claims_of, lint


def _lint(tmp_path: Path, *texts: str) -> list[str]:
    return lint(tmp_path, *texts, rule="incident-figure-contradiction]")


FIRE = "서하호 인근 산불 사흘 만에 진화\n입력 2024.03.25 09:00\n산림청은 이번 산불로 산림 {v}가 탔다고 25일 최종 집계했다.\n"
LATER = "서하호 어획량 감소\n입력 2025.01.20 14:05\n{when} 산불로 호숫가 산림 {v}가 불에 탄 뒤 토사가 흘러들었다.\n"


@pytest.mark.parametrize("text, expected", [
    (FIRE.format(v="312ha"), ("산불 (서하호, 2024-03)", "산림", "312ha")),
    (LATER.format(when="2024년 3월", v="285ha"), ("산불 (서하호, 2024-03)", "산림", "285ha")),
    # a year named from the dateline's, and a month alone: the latest such month not after the dateline
    (LATER.format(when="지난해 3월", v="285ha"), ("산불 (서하호, 2024-03)", "산림", "285ha")),
    ("누리강 범람 피해\n입력 2024.09.02 10:00\n8월 누리강 홍수로 농경지 1,200ha가 물에 잠겼다.\n",
     ("홍수 (누리강, 2024-08)", "농경지", "1,200ha")),
    ("누리강 범람 피해\n입력 2025.01.10 10:00\n8월 누리강 홍수로 농경지 1,200ha가 물에 잠겼다.\n",
     ("홍수 (누리강, 2024-08)", "농경지", "1,200ha")),
    # a noun of position between the place and the incident, any of the headline phrase's (structure.NEAR_PLACE)
    ("누리강 범람 피해\n입력 2024.09.02 10:00\n8월 누리강 근처 홍수로 농경지 1,200ha가 물에 잠겼다.\n",
     ("홍수 (누리강, 2024-08)", "농경지", "1,200ha")),
])
def test_a_dated_incident_owns_what_it_caused(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims_of(text)


@pytest.mark.parametrize("text", [
    # no date, no "this" story: no incident
    "서하시 산불 통계\n입력 2024.12.30 09:00\n올해 들어 산불로 산림 1,200ha가 탔다.\n",
    # a means, not an incident ("헬기로")
    "서하호 인근 산불 진화\n입력 2024.03.25 09:00\n산림청은 이번 헬기로 물 30t이 뿌려졌다고 밝혔다.\n",
    # "이번 산불" in an article whose title names no fire: which fire is not written
    "서하시 예산 발표\n입력 2024.03.25 09:00\n시는 이번 산불로 산림 312ha가 탔다고 밝혔다.\n",
])
def test_no_incident(text: str) -> None:
    assert not any(e.startswith(("산불 (", "헬기")) for e, _, _ in claims_of(text))


def test_one_fire_two_articles_disagree(tmp_path: Path) -> None:
    found = _lint(tmp_path, FIRE.format(v="312ha"), LATER.format(when="2024년 3월", v="285ha"))
    assert len(found) == 1 and "산불 (서하호, 2024-03) · 산림" in found[0] and "285ha" in found[0]


@pytest.mark.parametrize("later", [
    LATER.format(when="2024년 3월", v="312ha"),         # the same value
    LATER.format(when="2024년 3월", v="3.12㎢"),        # another unit
    LATER.format(when="2024년 4월", v="285ha"),         # another month: another fire
    LATER.format(when="2024년 3월", v="285ha").replace("서하호 어획량", "누리호 어획량"),  # another place
    LATER.format(when="2022년 3월", v="2만 523ha"),      # a fire of another year
    "서하시 산불 통계\n입력 2024.12.30 09:00\n올해 들어 산불로 산림 1,200ha가 탔다.\n",  # a cumulative area
    # the same week: a running tally
    "서하호 인근 산불 확산\n입력 2024.03.23 18:00\n산림청은 이번 산불로 산림 150ha가 탔다고 밝혔다.\n",
    # an average next to the value, a date that only situates another figure, the article's own dateline
    "서하호 인근 산불 피해 분석\n입력 2024.04.02 09:00\n이번 산불로 산림 312ha가 탔다. 예년 평균(150ha)의 두 배다.\n",
    "서하시 산림 통계\n입력 2025.01.10 09:00\n2024년 3월 기준 산림 면적은 1만 2천ha로, 산림 285ha가 보호구역이다.\n",
    # an estimate the article corrects, and its final figure
    "서하호 인근 산불 피해 확정\n입력 2024.04.10 09:00\n이번 산불 피해 면적은 당초 285ha로 알려졌으나 최종 312ha로 집계됐다.\n",
])
def test_hard_negatives(tmp_path: Path, later: str) -> None:
    assert _lint(tmp_path, FIRE.format(v="312ha"), later) == []


@pytest.mark.parametrize("text, owner", [
    # a cause adverbial that is a standard of reference or a means of knowing is no incident: the figure stays
    # its owner's (before: "기준 (서하시, 2024-03) · 인구", "조사 (서하시, 2024-03) · 실업자")
    ("서하시 인구 통계\n입력 2025.03.01 10:00\n2024년 3월 기준으로 인구 28만 명이 서하시에 산다.\n", "서하시"),
    ("서하시 고용 통계\n입력 2025.03.01 10:00\n2024년 3월 조사로 실업자 3만 명이 확인됐다.\n", None),
    ("서하시 관광 통계\n입력 2025.03.01 10:00\n2024년 12월 집계로 관람객 41만 명이 다녀갔다.\n", None),
    ("서하시 인구 조사 결과\n입력 2025.03.01 10:00\n이번 조사로 외국인 주민 3천 명이 새로 확인됐다.\n", None),
    ("서하시 차량 통계\n입력 2025.03.01 10:00\n2024년 12월 통계로 등록 차량 50만 대가 집계됐다.\n", None),
])
def test_a_standard_or_a_survey_is_no_incident(text: str, owner: str | None) -> None:
    found = claims_of(text)
    assert not any(" (" in e for e, _, _ in found), found
    assert owner is None or any(e == owner for e, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # other incidents keep theirs
    ("누리강 태풍 피해\n입력 2024.09.02 10:00\n2023년 8월 태풍으로 주택 300채가 부서졌다.\n", "태풍 (누리강, 2023-08)"),
    ("서하호 인근 홍수\n입력 2024.07.20 10:00\n이번 홍수로 농경지 120ha가 침수됐다.\n", "홍수 (서하호, 2024-07)"),
])
def test_other_incidents_stay(text: str, expected: str) -> None:
    assert any(e == expected for e, _, _ in claims_of(text)), claims_of(text)


@pytest.mark.parametrize("text", [
    # a word before the incident's noun that is no place (a size, a kind) names no place: no entity "산불 (대형, …)"
    # that two articles about two places' fires would share
    "서하호 어획량 감소\n입력 2025.01.20 14:05\n2024년 3월 대형 산불로 호숫가 산림 285ha가 불에 탔다.\n",
    "누리군 관광 위축\n입력 2025.02.01 10:00\n지난해 3월 초대형 산불로 산림 312ha가 탔다.\n",
    "누리군 관광 위축\n입력 2025.02.01 10:00\n2024년 3월 동시다발 산불로 산림 312ha가 탔다.\n",
])
def test_a_modifier_is_no_place(text: str) -> None:
    assert not any(e.startswith("산불 (") and "서하호" not in e and "누리군" not in e for e, _, _ in claims_of(text)), \
        claims_of(text)


def test_two_places_large_fires_are_two(tmp_path: Path) -> None:
    a = "서하호 어획량 감소\n입력 2025.01.20 14:05\n2024년 3월 대형 산불로 호숫가 산림 285ha가 불에 탔다.\n"
    b = "누리군 관광 위축\n입력 2025.02.01 10:00\n2024년 3월 대형 산불로 산림 312ha가 탔다.\n"
    assert _lint(tmp_path, a, b) == []


@pytest.mark.parametrize("text, expected", [
    ("서하호 어획량 감소\n입력 2025.01.20 14:05\n2022년 3월 동해안 산불로 산림 2만 523ha가 탔다.\n", "산불 (동해안, 2022-03)"),
    ("강원 산불 피해\n입력 2024.04.20 10:00\n2024년 4월 강원 산불로 산림 530ha가 탔다.\n", "산불 (강원, 2024-04)"),
])
def test_a_place_before_the_incident_stays(text: str, expected: str) -> None:
    assert any(e == expected for e, _, _ in claims_of(text)), claims_of(text)
