"""An English sentence that glosses its subject in Hangul, or whose verb is an irregular past, is read as English
(session 18; found on fresh17's encyclopedia entry after its blind score): "Byeolnuri Observatory (별누리천문대) opened
on 5 April 2019. It was built at a cost of ₩6.8 billion" gave neither claim — the gloss's Hangul made the sentence a
Korean one (``words.korean_sentence``: Hangul outside brackets), and the gloss stood between the name and its verb —
and "Haram Museum drew 68,214 visitors" had no subject because "drew" is no -ed or -s verb (``structure.
_EN_IRREGULAR_PAST``). Hard negatives: a later clause's own subject, a comparison's object, a capitalised word that is
no name, and a Korean sentence that glosses a name in Latin stays Korean."""

from __future__ import annotations

import pytest

from factlint.binding.words import korean_sentence
from tests.test_claim_classes import claim_of
from tests.test_owners import owner_of, ruleset  # noqa: F401  (the fixture)

TITLE = "Public venues of the region\n\n{body}\n"


@pytest.mark.parametrize("body, figure, entity, attribute", [
    ("Haram Museum drew 68,214 visitors in 2024.", "68,214", "Haram Museum", "visitors"),
    ("Byeolnuri Observatory (별누리천문대) drew 68,214 visitors in 2024.", "68,214", "Byeolnuri Observatory", "visitors"),
    ("Seoha Arena (Korean: 서하아레나) held 214 concerts last year.", "214", "Seoha Arena", "concerts"),
    ("Daesung Shipbuilding won 14 orders in the first quarter.", "14", "Daesung Shipbuilding", "orders"),
    ("Haram Museum (하람박물관) opened on 5 April 2019. It was built at a cost of ₩6.8 billion.", "₩6.8 billion",
     "Haram Museum", "cost"),
    ("Haram Museum (하람박물관) opened on 5 April 2019.", "5 April 2019", "Haram Museum", "opened"),
])
def test_a_glossed_or_irregular_subject_owns_its_figure(body: str, figure: str, entity: str, attribute: str,
                                                         ruleset) -> None:  # type: ignore[no-untyped-def]
    claim = claim_of(TITLE.format(body=body), figure, ruleset)
    assert claim is not None and (claim.entity, claim.attribute) == (entity, attribute), claim


@pytest.mark.parametrize("body, figure", [
    # a later clause's own subject: the second figure is not the first name's
    ("Haram Museum drew 68,214 visitors in 2024, while Seoha Arena drew 90,000.", "90,000"),
    # a comparison's object
    ("Byeolnuri Observatory (별누리천문대) drew more visitors than Seoha Arena (90,000 in 2024).", "90,000"),
    # a capitalised word opening a sentence is no name
    ("Analysts drew 3 conclusions from the survey.", "3"),
])
def test_no_owner_is_taken_from_the_wrong_phrase(body: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    owner = owner_of(TITLE.format(body=body), figure, ruleset)
    assert owner not in ("Haram Museum", "Byeolnuri Observatory", "Analysts"), owner


def test_a_korean_sentence_glossing_a_name_in_latin_stays_korean(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "지역 공공시설\n\n하람박물관(Haram Museum)은 지난해 관람객 6만 8,214명을 모았다.\n"
    claim = claim_of(text, "6만 8,214명", ruleset)
    assert claim is not None and claim.entity == "하람박물관", claim


@pytest.mark.parametrize("sentence, korean", [
    ("Byeolnuri Observatory (별누리천문대) opened in 2019.", False),
    ("Mount Daebong [대봉산] rises to 612 m.", False),
    ("하람박물관(Haram Museum)은 2019년 문을 열었다.", True),
    ("The sign read '하람' in large letters.", True),  # (Hangul outside brackets: read as Korean, as before)
    ("Haram Museum opened in 2019.", False),
])
def test_a_sentence_is_korean_by_its_hangul_outside_brackets(sentence: str, korean: bool) -> None:
    assert korean_sentence(sentence) is korean
