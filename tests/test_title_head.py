"""Whose figures a headline's phrase, a place name read as a verb and a breakdown's items are (issue #14).

A headline's owner is the noun phrase its body speaks about, not always its first noun: a place and a noun of
position before an event ("서하호 인근 산불": the fire, which the body calls "이번 산불"), or a first noun the body
never writes before one it does ("독감 예방접종" over "국가예방접종을 받은 사람"). A place name ending in 하 is
a noun when the text writes a place on it ("서하시", "서하호"): "서하 지역의" is its possessor, no verb. After a
word that breaks figures down by a kind ("어종별로는"), the topics before the figures are the parts (scope).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.binding.words import particle_final_names
from factlint.config.rules import load_rules

from tests.test_own_phrase import claim_of as claim

REPO = Path(__file__).resolve().parent.parent
DATELINE = "입력 2025.01.22 10:00\n"


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


@pytest.mark.parametrize("text, figure, entity", [
    # a place, a noun of position and the event the body refers to as this story's ("이번 화재"): the event's
    # figures, beyond the lead too
    (f"한빛항 부근 화재…선원 3명 구조\n{DATELINE}지난 3일 한빛항 앞바다에 정박한 어선에서 불이 났다.\n"
     "해경은 이번 화재로 선원 3명을 구조했다고 밝혔다.\n주민 40명이 한때 대피했다.\n재산 피해는 2억 4천만 원으로 추산된다.\n",
     "2억 4천만 원", "한빛항 부근 화재"),
    (f"솔내천 일대 홍수…주택 40채 침수\n{DATELINE}지난 10일 내린 비로 솔내천이 넘쳤다.\n이번 홍수로 주택 40채가 잠겼다.\n"
     "주민 120명이 한때 대피했다.\n재산 피해는 15억 원으로 집계됐다.\n", "15억 원", "솔내천 일대 홍수"),
    # a first noun the body never writes, before a noun it writes (alone or as a compound's head): the compound
    (f"홍역 예방접종 120만 명 넘어…접종률 91%\n{DATELINE}질병관리청은 올해 국가예방접종을 받은 사람이 120만 명을 넘었다고 "
     "밝혔다.\n앞서 일부 언론은 접종자가 130만 명을 돌파했다고 보도했다.\n", "130만 명", "홍역 예방접종"),
    (f"대상포진 예방접종 40만 명 넘어…접종률 61%\n{DATELINE}보건소는 올해 무료 예방접종을 받은 사람이 40만 명을 넘었다고 "
     "밝혔다.\n앞서 일부 언론은 접종자가 45만 명을 돌파했다고 보도했다.\n", "45만 명", "대상포진 예방접종"),
    # hard negative: the body writes the first noun itself ("홍역 국가예방접종"): the first noun stays the owner
    (f"홍역 예방접종 120만 명 넘어…접종률 91%\n{DATELINE}질병관리청은 올해 홍역 국가예방접종을 받은 사람이 120만 명을 "
     "넘었다고 밝혔다.\n앞서 일부 언론은 접종자가 130만 명을 돌파했다고 보도했다.\n", "130만 명", "홍역"),
])
def test_a_headline_owns_the_phrase_its_body_speaks_about(text: str, figure: str, entity: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim(text, figure, ruleset)
    assert found is not None and found[0] == entity


@pytest.mark.parametrize("text, figure", [
    # hard negatives: the body never points at the event as this story's (no "이번 홍수") beyond the lead
    (f"솔내천 일대 홍수…주택 40채 침수\n{DATELINE}지난 10일 내린 비로 솔내천이 넘쳤다.\n주택 40채가 잠겼다.\n"
     "주민 120명이 한때 대피했다.\n재산 피해는 15억 원으로 집계됐다.\n", "15억 원"),
    # a compound of the title the body never repeats (no 예방접종 in it)
    (f"홍역 예방접종 120만 명 넘어…접종률 91%\n{DATELINE}질병관리청은 올해 접종을 받은 사람이 120만 명을 넘었다고 밝혔다.\n"
     "앞서 일부 언론은 접종자가 130만 명을 돌파했다고 보도했다.\n", "130만 명"),
])
def test_no_phrase_the_body_does_not_speak_about(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim(text, figure, ruleset)
    assert found is None or " " not in found[0]


@pytest.mark.parametrize("title, body, figure", [
    # a title noun that is only a setting still owns nothing, with a compound or without
    ("도시 교통 혼잡 심화…출근길 승객 12만 명", "출근 시간대 승객은 하루 12만 명이다.\n교통이 막히는 구간은 14곳이다.", "14곳"),
    ("국내 조선 3사 수주 실적", "3사 합계 44척을 수주했다. 국내 조선 3사는 LNG 운반선 비중이 40%였다.", "40%"),
])
def test_a_setting_of_the_title_owns_nothing(title: str, body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim(f"{title}\n{DATELINE}{body}\n", figure, ruleset)
    assert found is None or not found[0].startswith(title.split()[0] + " ")


@pytest.mark.parametrize("text, figure, entity", [
    ("서하호 물빛축제 개막\n" + DATELINE + "당시 서하 지역의 실효습도는 25% 미만이었다. 서하시는 호수를 낀 도시다.\n",
     "25% 미만", "서하 지역"),
    ("청하 지역 가뭄\n" + DATELINE + "청하 지역의 강수량은 12mm에 그쳤다. 청하군은 급수 대책을 내놨다.\n", "12mm", "청하 지역"),
])
def test_a_place_name_ending_like_a_verb_is_a_possessor(text: str, figure: str, entity: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim(text, figure, ruleset)
    assert found is not None and found[0] == entity


def test_a_place_on_a_name_shows_it_is_a_noun_but_a_verb_stays_one() -> None:
    assert {"서하", "청하"} <= particle_final_names("서하시는 서하호를 낀 도시다. 청하군에서 왔다.")
    # hard negatives: a verb's honorific or ending after 하 is no place ("발표하시는", "증가하면", "감소하고")
    verbs = particle_final_names("장관이 발표하시는 계획은 인구가 증가하면 세수가 감소하고 지출이 증가한다는 것이다.")
    assert not {"발표하", "증가하", "감소하"} & verbs


@pytest.mark.parametrize("text, figure, attribute, scope", [
    # the topics after "어종별로는" are the parts of the paragraph's measure, not what the figures measure
    ("솔빛호 어획량 감소\n" + DATELINE + "솔빛호의 지난해 어획량은 3,870톤이다. 어종별로는 빙어가 412톤, 붕어는 1,150톤, "
     "잉어는 640톤이었다.\n", "1,150톤", "어획량", "붕어"),
    ("한빛시 관광객 증가\n" + DATELINE + "한빛시의 지난해 관광객은 850만 명이다. 국적별로 중국인은 120만 명, 일본인은 "
     "80만 명이었다.\n", "80만 명", "관광객", "일본인"),
])
def test_a_breakdowns_items_are_scopes(text: str, figure: str, attribute: str, scope: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim(text, figure, ruleset) == ("솔빛호" if "솔빛호" in text else "한빛시", attribute, scope)


@pytest.mark.parametrize("text, figure", [
    # hard negatives: a measure of one item ("국제선 비중은", "65세 이상 접종률이") is no part
    ("해운국제공항 이용객 최다\n" + DATELINE + "해운국제공항의 지난해 이용객은 412만 명이다. 노선별로는 국내선이 254만 명, "
     "국제선이 158만 명으로, 국제선 비중은 38.4%를 기록했다.\n", "38.4%"),
])
def test_a_measure_in_a_breakdown_is_no_part(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim(text, figure, ruleset) == ("해운국제공항", "국제선 비중", None)


def test_a_breakdown_with_no_measure_in_its_paragraph_claims_no_item_as_an_attribute(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("솔빛호 어획량 감소\n" + DATELINE + "솔빛호의 지난해 어획량은 3,870톤이다.\n어종별로는 빙어가 412톤, 붕어는 1,150톤, "
            "잉어는 640톤이었다.\n")
    found = claim(text, "1,150톤", ruleset)
    assert found is None or found[1] != "붕어"


def test_a_counter_written_apart_from_its_figure_is_no_attribute(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = (f"서하호 인근 산불 진화\n{DATELINE}서하호 인근에서 난 불이 꺼졌다. 이번 산불로 산림 12ha가 탔다. "
            "진화에는 헬기 23대와 인력 1,740여 명이 투입됐다.\n")
    found = claim(text, "23대", ruleset)
    assert found is None or found[1] != "명"


FIRE = (f"서하호 인근 산불…산림 312ha 피해\n{DATELINE}지난 20일 서하호 인근 야산에서 불이 났다.\n"
        "이번 산불로 산림 312ha가 탔다.\n")


@pytest.mark.parametrize("sentence, figure", [
    # a later clause that writes the event's noun bare speaks of such events, not of this one
    ("올해 들어 발생한 산불은 모두 230건으로 집계됐다.", "230건"),
    ("산림청에 따르면 지난해 산불 피해 면적은 4,000ha였다.", "4,000ha"),
    ("지난해 봄철 산불로 산림 2,100ha가 탔다.", "2,100ha"),
])
def test_the_event_owns_no_figure_of_its_kind(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim(FIRE + sentence + "\n", figure, ruleset)
    assert found is None or found[0] != "서하호 인근 산불"


def test_the_event_owns_its_own_later_figures(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert claim(FIRE + "진화에는 헬기 23대가 투입됐다.\n", "23대", ruleset)[0] == "서하호 인근 산불"  # type: ignore[index]
    assert claim(FIRE + "재산 피해는 8억 원으로 추산된다.\n", "8억 원", ruleset)[0] == "서하호 인근 산불"  # type: ignore[index]


@pytest.mark.parametrize("sentence, figure", [
    # a figure of another counter after the breakdown ("사망자는 12명" after accidents in 건) is no part of it
    ("유형별로는 차대차가 800건, 차대사람이 300건이었고 사망자는 12명이었다.", "12명"),
    ("유형별로는 차대차가 800건, 차대사람이 300건이었고, 부상자는 1,500명이었다.", "1,500명"),
    ("유형별로 보면 차대차는 800건, 차대사람은 300건이며 사망자는 12명이다.", "12명"),
])
def test_a_figure_of_another_counter_is_no_part_of_the_breakdown(sentence: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = claim(f"한빛시 교통사고\n{DATELINE}한빛시의 지난해 교통사고는 1,200건이다. {sentence}\n", figure, ruleset)
    assert found is None or found[1] != "교통사고"
