"""The entity of the discourse owns a clause whose bare subject is only the measured noun (issue #14 item 2;
``binding._discourse_owner``, ``binding/discourse.py``): "Operating profit rose 50% to …" after a lead about a
company is the company's; "총사업비는 1조 2천억 원이다" after a claim of a name in its paragraph is that name's.
Never where the sentence (or the one before) names another entity, for a comparison's object or a bracketed value,
for a subject with a determiner or a possessor of its own, nor across a claim of another entity."""

from __future__ import annotations

import pytest

from tests.test_owners import owner_of, reason_of, ruleset  # noqa: F401  (the fixture)

WIRE = ("Korvane posts record quarter\n"
        "SEOUL, May 2 (Reuters) - South Korean drone maker Korvane Aerospace said on Friday its first-quarter "
        "deliveries rose 22% to 3,410 units.\n"
        "{body}\n")


@pytest.mark.parametrize("body, figure", [
    ("Operating profit rose 31% to 88.2 billion won from a year earlier, the company said.", "88.2 billion won"),
    ("Revenue for the January-March quarter was 612 billion won, the company said in a filing.", "612 billion won"),
    ("For the full year, net profit came to 140 billion won.", "140 billion won"),
    ("Average delivery time fell to 41 days in the quarter.", "41 days"),
    ("Export sales reached 3.3 trillion won in 2025.", "3.3 trillion won"),
])
def test_a_bare_measure_subject_after_a_wire_lead_is_the_leads_company(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(WIRE.format(body=body), figure, ruleset) == "Korvane Aerospace"


ENTRY = ("Doryeong\n"
         "Doryeong (Korean: 도령시) is a coastal city in South Jeolla Province, South Korea.\n"
         "Climate\n"
         "Summers are humid. {body}\n")


@pytest.mark.parametrize("body, figure", [
    ("Annual precipitation averages 1,410 mm.", "1,410 mm"),
    ("Mean annual rainfall is about 1,380 mm.", "about 1,380 mm"),
])
def test_a_bare_measure_subject_in_an_entry_is_the_entrys_name(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(ENTRY.format(body=body), figure, ruleset) == "Doryeong"


@pytest.mark.parametrize("body, figure", [
    # the sentence names another entity: the figure may be that one's
    ("Operating profit at rival Sanmaru Avionics rose to 52 billion won.", "52 billion won"),
    ("Operating profit beat the 70 billion won forecast by Hanul Securities.", "70 billion won"),
    # the sentence before opens with another name, which the bare measure noun goes on about
    ("Sanmaru Avionics opened a plant in 2019. Export sales reached 3.3 trillion won in 2025.", "3.3 trillion won"),
    # a determiner or a pronoun: a thing of its own, or an anaphor the binder resolves otherwise
    ("The industry average was 61 billion won.", "61 billion won"),
    ("That figure compares with 45 billion won a year earlier.", "45 billion won"),
    # a comparison's object
    ("Operating profit was 88.2 billion won, above the sector average of 60 billion won.", "60 billion won"),
])
def test_no_discourse_owner_where_the_clause_has_another_owner(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(WIRE.format(body=body), figure, ruleset) != "Korvane Aerospace"


def test_no_discourse_owner_without_a_lead_name(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Drone deliveries surge across Asia\n"
            "Demand for delivery drones rose sharply in the first quarter, industry groups said.\n"
            "Operating profit rose 31% to 88.2 billion won.\n")
    assert owner_of(text, "88.2 billion won", ruleset) is None
    assert "no entity" in reason_of(text, "88.2 billion won", ruleset)


KO = "{title}\n{body}\n"


@pytest.mark.parametrize("body, figure, owner", [
    # a claim of a name before, in the same paragraph: its subject-only measured noun goes on about it
    ("청람케이블카의 탑승객은 지난해 52만 명이었다. 누적 탑승객은 214만 명이다.", "214만 명", "청람케이블카"),
    ("나래식품의 직원은 820명이다. 연간 생산량은 3만 톤에 이른다.", "3만 톤", "나래식품"),
    ("도령시의 인구는 31만 명이다. 면적은 612㎢이다.", "612㎢", "도령시"),
    ("한빛물산의 매출은 4,200억 원이었다. 순이익은 310억 원으로 늘었다.", "310억 원", "한빛물산"),
])
def test_a_korean_measured_topic_after_a_claim_in_its_paragraph(body: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(KO.format(title="지역 소식", body=body), figure, ruleset) == owner


@pytest.mark.parametrize("body, figure", [
    # a name read as the measured noun acts: it is no measure of the claim's owner
    ("한빛물산의 매출은 4,200억 원이었다. 나래증권은 순이익을 310억 원으로 예상했다.", "310억 원"),
    # a topic that says the figure is its source ("…으로 추산했다"), not what the figure measures
    ("한빛물산의 매출은 4,200억 원이었다. 나래증권은 순이익이 310억 원으로 추산했다.", "310억 원"),
    # a part of the group a figure before counted ("이 가운데"): no measure of the owner
    ("청람마라톤에는 1만 2천 명이 참가했다. 이 가운데 외국인은 640명이었다.", "640명"),
    # a comparison's base in brackets
    ("한빛물산의 매출은 4,200억 원이었다. 순이익은 전년(280억 원)보다 늘었다.", "280억 원"),
    # another paragraph: no claim of the name in it carries
    ("한빛물산의 매출은 4,200억 원이었다.\n\n순이익은 310억 원이었다.", "310억 원"),
])
def test_no_korean_discourse_owner(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = owner_of(KO.format(title="지역 소식", body=body), figure, ruleset)
    assert found not in ("한빛물산", "청람마라톤")


def test_the_leads_company_is_not_carried_past_a_claim_of_another(ruleset) -> None:  # type: ignore[no-untyped-def]
    lead = WIRE.format(body="Demand for delivery drones is growing fast in Asia.\nOperating profit rose 31% to 88.2 billion won.")
    assert owner_of(lead, "88.2 billion won", ruleset) == "Korvane Aerospace"
    rival = WIRE.format(body="Sanmaru Avionics, its closest rival, has 2,100 employees.\n"
                             "Demand for delivery drones is growing fast in Asia.\nOperating profit rose 31% to 88.2 billion won.")
    assert owner_of(rival, "88.2 billion won", ruleset) is None  # a figure of Sanmaru's stands between
