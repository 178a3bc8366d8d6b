"""Who owns a figure on text nobody here wrote (issue #14, the blind sets fresh and fresh2): a time
word is never an owner, a speaker quoted in a headline is the attribution, a quoted title is one name
(its 의 is no possessive), "이 영화의" points back to the film the text named, and the one who forecasts
or says a figure ("…으로 전망했지만") attributes it. Where nothing in the text names the owner (전국,
the nation), the figure is left unbound rather than given to a wrong one."""

from __future__ import annotations

import pytest

from factlint.binding.structure import title_topic
from factlint.binding.words import words
from tests.test_owners import bound, ruleset  # noqa: F401  (the fixture is used by name)

DATELINE = "입력 2025.09.03 11:00\n"


def claim_of(text: str, figure: str, ruleset) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """(entity, attribute) of the last figure written ``figure``; None when it is unbound."""
    found = [b for b in bound(text, ruleset) if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    c = found[-1].claim
    return (c.entity, c.attribute) if c is not None else None


def owner_of(text: str, figure: str, ruleset) -> str | None:  # type: ignore[no-untyped-def]
    found = claim_of(text, figure, ruleset)
    return found[0] if found is not None else None


# --- a time word is no owner -----------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "올여름 온열질환자 4326명…2018년 이후 최다",
    "지난여름 온열질환자 4326명…역대 두 번째",
    "상반기 온열질환자 4326명 집계",
    "2025년 여름 온열질환자 4326명",  # a season after the year: the first noun is still no owner
])
def test_a_time_word_opening_a_headline_owns_nothing(title: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = f"{title}\n{DATELINE}온열질환자는 전국 응급실 507곳에서 4,326명이 신고됐다.\n"
    assert title_topic(title, 0) is None
    assert owner_of(text, "4,326명", ruleset) is None


def test_a_season_stays_in_the_attribute_it_scopes(ruleset) -> None:  # type: ignore[no-untyped-def]
    # not a determiner: "올여름 평균기온" and "올겨울 평균기온" are two attributes, the owner is the city
    text = f"대구 기후 특성\n{DATELINE}대구의 올여름 평균기온은 27.1℃였다.\n"
    assert claim_of(text, "27.1℃", ruleset) == ("대구", "올여름 평균기온")


@pytest.mark.parametrize("text, figure, owner", [
    # hard negatives: the owner is a name; a time word before it or in the title does not displace it
    (f"삼성전자, 올해 매출 300조 전망\n{DATELINE}삼성전자의 매출은 300조 원이다.\n", "300조 원", "Samsung Electronics"),
    # (and the season is no part of the owner's compound: not "올여름 대구")
    (f"대구 기후 특성\n{DATELINE}올여름 대구의 온열질환자는 41명이었다.\n", "41명", "대구"),
])
def test_a_name_keeps_its_figure_beside_a_time_word(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


def test_a_time_word_possessor_is_no_owner(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "올해의 선수": not a name unless quoted; the year does not own the three players
    assert owner_of(f"시상식\n{DATELINE}올해의 선수 3명이 선정됐다.\n", "3명", ruleset) in (None, "시상식")
    assert owner_of(f"'올해의 선수' 발표\n{DATELINE}올해의 선수 3명이 선정됐다.\n", "3명", ruleset) != "올해"


# --- a speaker quoted in a headline is the attribution ---------------------------------------------


@pytest.mark.parametrize("title", [
    '기상청 "올여름 평균기온 25.6℃…1973년 관측 이래 가장 더웠다"',
    "기상청 “폭염 계속된다”",
    '기상청, "올여름 가장 더웠다"',
    '질병청 "온열질환자 4,326명"',  # a figure quoted: a statement, though it has no verb
])
def test_a_headline_that_quotes_a_speaker_has_no_topic(title: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert title_topic(title, 0) is None
    text = f"{title}\n{DATELINE}월별 평균기온은 6월 22.9℃, 7월 27.1℃, 8월 26.8℃였다.\n"
    # the figures are the nation's (전국), which no word of the sentence names: no claim, not 기상청's
    assert owner_of(text, "22.9℃", ruleset) is None
    assert owner_of(text, "26.8℃", ruleset) is None


@pytest.mark.parametrize("title, topic", [
    ("삼성 '갤럭시 S8' 공개", "삼성"),  # a quoted name after the noun, not what someone says
    ('삼성 "갤럭시 S8" 공개', "삼성"),  # its digits follow a letter: no figure
    ("기상청 '역대급 폭염' 경고", "기상청"),
    ("기상청, 예보관 300명 증원", "기상청"),
])
def test_a_headline_with_a_quoted_name_keeps_its_topic(title: str, topic: str) -> None:
    found = title_topic(title, 0)
    assert found is not None and found.text == topic


@pytest.mark.parametrize("text", [
    f"기상청 인력 현황\n{DATELINE}기상청의 직원 수는 1,300명이다.\n",
    f'기상청 "올여름 가장 더웠다"\n{DATELINE}기상청의 직원 수는 1,300명이다.\n',
])
def test_an_agency_owns_its_own_figure(text: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, "1,300명", ruleset) == "기상청"


# --- a quoted title is one name ---------------------------------------------------------------------


@pytest.mark.parametrize("sentence, stem", [
    ("'바다의 문'은 이미 이 기록을 넘어섰다.", "바다의 문'"),
    ("《바다의 문》은 이미 이 기록을 넘어섰다.", "바다의 문》"),
    ("‘바다의 문’(감독 한도윤)이 개봉했다.", "바다의 문"),
])
def test_a_quoted_name_of_several_words_is_one_word(sentence: str, stem: str) -> None:
    first = words(sentence, 0)[0]
    assert first.stem == stem and first.role != "possessive"


@pytest.mark.parametrize("sentence", [
    "'가장 더웠던 여름'의 평균기온은 25.6℃였다.",  # a verb inside: a quoted description, not a name
    '"올여름 평균기온 25.6℃…가장 더웠다"',  # a quoted sentence
    '"Gate of the Sea" opened in January.',  # English is read from the text
])
def test_a_quoted_phrase_that_is_no_name_stays_words(sentence: str) -> None:
    assert len(words(sentence, 0)[0].stem.split()) == 1


def test_a_quoted_title_with_of_is_not_split_into_possessor_and_possessed(ruleset) -> None:  # type: ignore[no-untyped-def]
    head = f"'바다의 문' 누적 관객 800만 돌파\n{DATELINE}"
    # before: 바다 · 문' (the 의 of the title read as a possessive)
    assert owner_of(head + "'바다의 문'은 이미 이 기록을 170만 명 이상 앞질렀다.\n", "170만 명 이상", ruleset) != "바다"
    assert claim_of(head + "'바다의 문'의 누적 관객은 812만 명이다.\n", "812만 명", ruleset) == ("바다의 문", "누적 관객")
    assert claim_of(head + "《바다의 문》의 누적 관객은 812만 명이다.\n", "812만 명", ruleset) == ("바다의 문", "누적 관객")


def test_a_quoted_title_after_a_possessor_is_not_the_possessor_s(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "한도윤 감독의 전작 '소금길'(2019)은 640만 명을 동원했다": the 640만 are 소금길's admissions, not the
    # director's; what they count (동원했다) is no noun of the sentence, so no claim rather than a wrong one
    text = f"영화 단신\n{DATELINE}한도윤 감독의 전작 '소금길'(2019)은 640만 명을 동원했다.\n"
    assert owner_of(text, "640만 명", ruleset) is None
    # a possessor that owns: the director's own count (the person, named without the title: session 17)
    text = f"영화 단신\n{DATELINE}한도윤 감독의 관객 수는 640만 명이다.\n"
    assert owner_of(text, "640만 명", ruleset) == "한도윤"


# --- "이 영화의": the film the text named ----------------------------------------------------------


def test_a_demonstrative_possessor_points_back_to_the_name_given_in_apposition(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = (f"'바다의 문' 누적 관객 800만 돌파\n{DATELINE}영화 '바다의 문'(감독 한도윤)이 개봉 41일 만에 800만 명을 넘어섰다.\n"
            "제작비 185억 원이 들어간 이 영화의 손익분기점은 약 420만 명으로, 개봉 3주 차에 이미 이를 넘어섰다.\n")
    assert claim_of(text, "약 420만 명", ruleset) == ("바다의 문", "손익분기점")


@pytest.mark.parametrize("body", [
    # no film named: "영화" is no entity
    "제작비 185억 원이 들어간 이 영화의 손익분기점은 약 420만 명으로 알려졌다.\n",
    # two films named: which one "이 영화" is, is not written
    "영화 '바다의 문'과 영화 '소금길'이 맞붙었다. 이 영화의 손익분기점은 약 420만 명이다.\n",
    # a film named, but "이 작품" is another noun
    "영화 '바다의 문'이 개봉했다. 이 작품의 손익분기점은 약 420만 명이다.\n",
])
def test_a_demonstrative_possessor_with_no_one_name_is_no_owner(body: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(f"영화 흥행 분석\n{DATELINE}{body}", "약 420만 명", ruleset) is None


def test_a_demonstrative_topic_points_back_to_the_name_given_in_apposition(ruleset) -> None:  # type: ignore[no-untyped-def]
    head = f"'바다의 문' 누적 관객 800만 돌파\n{DATELINE}"
    text = head + "영화 '바다의 문'(감독 한도윤)이 개봉했다. 이 영화는 누적 관객이 812만 명이다.\n"
    assert claim_of(text, "812만 명", ruleset) == ("바다의 문", "누적 관객")
    # two films named: no owner
    text = head + "영화 '바다의 문'과 영화 '소금길'이 맞붙었다. 이 영화는 누적 관객이 812만 명이다.\n"
    assert owner_of(text, "812만 명", ruleset) is None


def test_a_demonstrative_topic_with_no_apposition_still_falls_to_the_title(ruleset) -> None:  # type: ignore[no-untyped-def]
    # "이 모델은": the article's own topic, pointed back to; a name title owns it, as before
    text = f"삼성 갤럭시 S8\n{DATELINE}이 모델은 배터리 용량이 3,000 mAh이다.\n"
    assert owner_of(text, "3,000 mAh", ruleset) == "갤럭시 S8"


def test_a_possessor_that_names_owns(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = f"영화 흥행 분석\n{DATELINE}영화 '바다의 문'이 개봉했다. '소금길'의 손익분기점은 약 420만 명이다.\n"
    assert owner_of(text, "약 420만 명", ruleset) == "소금길"


# --- who forecasts a figure is its attribution --------------------------------------------------------


@pytest.mark.parametrize("verb", ["전망했지만, 업계에서는 900만 명 안팎을 예상한다", "전망했다", "내다봤지만 근거는 없다",
                                  "전망하고 있다", "내다본다", "예상한다"])
def test_a_forecaster_is_no_owner(verb: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = f"'바다의 문' 800만 돌파\n{DATELINE}배급사 K무비는 최종 관객을 1,000만~1,100만 명으로 {verb}.\n"
    assert owner_of(text, "1,000만~1,100만 명", ruleset) != "K무비"


def test_a_past_verb_with_jiman_is_a_predicate() -> None:
    ws = words("K무비는 최종 관객을 1,000만 명으로 전망했지만, 업계는 신중하다.", 0)
    verb = next(w for w in ws if w.text == "전망했지만")
    assert verb.predicate and verb.particle == ""


def test_a_company_owns_what_it_has_not_what_it_forecasts(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = f"배급사 동향\n{DATELINE}K무비의 직원 수는 120명이다.\n"
    assert owner_of(text, "120명", ruleset) == "K무비"


# --- English -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "K Movie forecasts 10 million admissions for the film.",
    "K Movie predicts the film will reach 10 million admissions.",
    "K Movie expects 10 million admissions.",
])
def test_an_english_forecaster_is_no_owner(sentence: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Gate of the Sea passes 8 million\nBy Mark Ellison | March 3, 2026\n"
            f"The film was distributed by K Movie in Korea. {sentence}\n")
    assert owner_of(text, "10 million", ruleset) is None


def test_an_english_forecaster_owns_its_own_figure(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Hangyeol orders\nBy Mark Ellison | March 3, 2026\nThe yard is run by Hangyeol in Korea. "
            "Hangyeol forecasts its orders at 150 ships.\n")
    assert owner_of(text, "150", ruleset) == "Hangyeol"  # "its": the subject's own


def test_english_forecaster_and_time_words(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("Gate of the Sea passes 8 million\nBy Mark Ellison | March 3, 2026\n"
            "Distributor K Movie expects the picture to finish with 10 million to 11 million admissions.\n"
            "This year, 4,326 people were treated for heat illness.\n")
    assert owner_of(text, "10 million to 11 million", ruleset) != "K Movie"
    assert owner_of(text, "4,326", ruleset) not in ("This year", "This")
