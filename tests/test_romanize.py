"""One entity in two scripts: a Hangul name meets the Latin name that is its Revised Romanization
(factlint/romanize.py) in the contradiction check — and only that one."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.api import lint
from factlint.config.rules import load_rules
from factlint.engine import run
from factlint.romanize import bridged, romanizes, skeleton

# A pack with one name per script (no alias links them) and attributes with words in both languages.
PACK = """\
entities:
  - name: Chungbuk Cheongju FC
    type: other
  - name: 청주시
    type: other
  - name: Cheongju
    type: other
  - name: Cheonan
    type: other
  - name: Hanbit AI
    type: company
  - name: Ban
    type: other
attributes:
  - name: population
    triggers: [인구, population]
    dimension: count
    varies_over_time: true
  - name: goals
    triggers: [골, goals]
    dimension: count
    varies_over_time: true
  - name: employees
    triggers: [임직원, employees]
    dimension: count
    varies_over_time: true
rules:
  - id: measure-contradiction
    kind: contradiction
    severity: warning
    description: Korean and English figures of one entity disagree.
    options:
      attributes: [population, goals, employees]
"""


@pytest.mark.parametrize("hangul, latin", [
    ("충북청주FC", "Chungbuk Cheongju FC"),  # final ㄱ before a consonant: k; Latin letters kept
    ("청주시", "Cheongju"),  # the administrative suffix dropped
    ("청주시", "Cheongju-si"),  # … or written
    ("한국어", "Hangugeo"),  # a final carried over before a vowel: g
    ("울산", "Ulsan"),
    ("서울시", "Seoul"),
    ("대구", "Daegu"),  # 구 is the name's own syllable here: one syllable would remain
    ("한빛AI", "Hanbit AI"),
])
def test_romanization_matches(hangul: str, latin: str) -> None:
    assert romanizes(hangul, latin)
    assert skeleton(hangul) == skeleton(latin)  # the related-articles key is shared


@pytest.mark.parametrize("hangul, latin", [
    ("청주시", "Cheonan"),  # another city
    ("천안시", "Cheongju"),
    ("대구", "Dae"),  # no suffix to drop from a two-syllable name
    ("반", "Ban"),  # one syllable: too often an English word
    ("신라", "Silla"),  # a sound change across syllables is not syllable-by-syllable RR
    ("부산 아이파크", "Busan IPark"),  # a brand's English spelling, not a romanization
    ("셀로닉스", "Cellonix"),
    ("충북청주FC", "Cheongju"),  # a part of the name is not the name
    ("한국은행", "Bank of Korea"),  # a translation
])
def test_no_match(hangul: str, latin: str) -> None:
    assert not romanizes(hangul, latin)


def test_bridged_only_when_one_latin_name_fits() -> None:
    assert bridged({"청주시", "Cheongju", "Cheongju International Airport", "충북청주FC", "Chungbuk Cheongju FC"}) == {
        "청주시": "Cheongju", "충북청주FC": "Chungbuk Cheongju FC"}
    assert bridged({"청주시", "Cheongju-si", "cheongju si"}) == {"청주시": "Cheongju-si"}  # one folded key, two spellings
    assert bridged({"청주시", "Cheongju", "Cheongju-si"}) == {}  # two Latin entities fit: no guess
    assert bridged({"청주시", "천안시"}) == {}  # two Hangul names are never bridged
    assert bridged({"GPT-3", "Cheongju"}) == {}


def _lint(tmp_path: Path, files: dict[str, str]) -> list[str]:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "pack.yaml").write_text(PACK, encoding="utf-8")
    docs = tmp_path / "articles"
    docs.mkdir()
    for name, text in files.items():
        (docs / name).write_text(text, encoding="utf-8")
    result = lint([docs], rules=[tmp_path / "rules"], config=None)
    return sorted(f"{Path(f.location.path).name} {f.data['entity']} · {f.data['attribute']}"
                  for f in result.findings if f.kind == "contradiction")


CLUB_EN = "Season review\nChungbuk Cheongju FC scored 45 goals in 2024.\n"
CITY_EN = "Cheongju\nCheongju had a population of 848,512 in 2024.\n"
COMPANY_EN = "Hanbit AI results\nHanbit AI had 1,520 employees in 2024.\n"


@pytest.mark.parametrize("ko, en, found", [
    ("충북청주FC 시즌 결산\n충북청주FC는 2024년 42골을 넣었다.\n", CLUB_EN, "ko.txt 충북청주FC · goals"),
    ("청주시 인구\n청주시의 인구는 2024년 85만 1천 명이다.\n", CITY_EN, "ko.txt 청주시 · population"),
    ("한빛AI 현황\n한빛AI의 임직원은 2024년 1,250명이다.\n", COMPANY_EN, "ko.txt 한빛AI · employees"),
])
def test_korean_and_english_figures_meet(tmp_path: Path, ko: str, en: str, found: str) -> None:
    assert _lint(tmp_path, {"en.txt": en, "ko.txt": ko}) == [found]


@pytest.mark.parametrize("ko, en", [
    # the same value in both languages
    ("충북청주FC 시즌 결산\n충북청주FC는 2024년 45골을 넣었다.\n", CLUB_EN),
    ("청주시 인구\n청주시의 인구는 2024년 84만 8,512명이다.\n", CITY_EN),
    # another year
    ("충북청주FC 시즌 결산\n충북청주FC는 2023년 42골을 넣었다.\n", CLUB_EN),
    # another city, whose name romanizes otherwise
    ("천안시 인구\n천안시의 인구는 2024년 65만 명이다.\n", CITY_EN),
    # a Korean name of one syllable whose romanization is an English word
    ("반 현황\n반의 임직원은 2024년 1,250명이다.\n", "Ban\nBan had 1,520 employees in 2024.\n"),
])
def test_no_finding(tmp_path: Path, ko: str, en: str) -> None:
    assert _lint(tmp_path, {"en.txt": en, "ko.txt": ko}) == []


def test_a_name_in_one_script_only_stays_itself(tmp_path: Path) -> None:
    # two Korean articles: compared as before, by the name as written
    assert _lint(tmp_path, {
        "a.txt": "청주시 인구\n청주시의 인구는 2024년 85만 1천 명이다.\n",
        "b.txt": "청주시 인구\n청주시의 인구는 2024년 84만 8,512명이다.\n",
    }) == ["b.txt 청주시 · population"]


# --- a name's common noun in English: 중공업 = Heavy Industries, 국제공항 = International Airport ------

@pytest.mark.parametrize("hangul, latin", [
    ("한결중공업", "Hangyeol Heavy Industries"),
    ("한결중공업", "Hangyeol Junggongeop"),  # the suffix in RR too
    ("김해국제공항", "Gimhae International Airport"),
    ("청주국제공항", "Cheongju International Airport"),
    ("청주시", "Cheongju City"),
    ("강서구", "Gangseo District"),
    ("한빛전자", "Hanbit Electronics"),
    ("한솔박물관", "Hansol Museum"),  # the entities of one-off events (tests/checks/test_event_once.py)
    ("한솔미술관", "Hansol Art Museum"),
    ("서포대교", "Seopo Bridge"),
    ("해밀식품", "Haemil Foods"),  # fresh8 C2, C4 (tests/test_references_english.py)
    ("단월터널", "Danwol Tunnel"),
    ("단월산국립공원", "Danwolsan National Park"),
])
def test_a_suffix_meets_its_english_words(hangul: str, latin: str) -> None:
    assert romanizes(hangul, latin)
    assert skeleton(hangul) == skeleton(latin)


@pytest.mark.parametrize("hangul, latin", [
    ("김해공항", "Gimhae International Airport"),  # 공항 is Airport, not International Airport
    ("김해국제공항", "Gimhae Airport"),
    ("한결중공업", "Hangyeol Shipbuilding"),  # another suffix
    ("한결중공업", "Hangyul Heavy Industries"),  # the stem is no RR of 한결: no fuzzy match
    ("한결중공업", "Hangyeol"),  # the suffix is part of the name
    ("중공업", "Heavy Industries"),  # no stem
    ("삼성전자", "Samsung Electronics"),  # 삼성 is "Samseong" in RR: a brand spelling needs an alias
    ("대성조선", "Daesung Shipbuilding"),
    ("서포대교", "Seopo Museum"),  # another suffix
    ("박물관", "Museum"),  # no stem
    ("단월터널", "Danwolsan Tunnel"),  # the mountain's tunnel is another name than the county's
    ("단월산국립공원", "Danwol National Park"),
    ("해밀식품", "Haemil Food Tunnel"),
])
def test_a_suffix_needs_the_stem_romanized_exactly(hangul: str, latin: str) -> None:
    assert not romanizes(hangul, latin)


def test_bridged_with_a_suffix_only_when_one_latin_name_fits() -> None:
    assert bridged({"한결중공업", "Hangyeol Heavy Industries", "Hangyeol Shipbuilding"}) == {"한결중공업": "Hangyeol Heavy Industries"}
    assert bridged({"청주시", "Cheongju City", "Cheongju"}) == {}  # two Latin entities fit: no guess


def test_a_pre_commit_run_groups_names_as_a_full_run_does(tmp_path: Path) -> None:
    # 청주시 romanizes to two Latin names of the corpus ("Cheongju", "Cheongju-si"): no bridge in a full run.
    # A pre-commit run of ko.txt and en.txt used to bridge again over the claims it kept, and report.
    (tmp_path / "pack.yaml").write_text(PACK.replace("  - name: Cheonan\n", "  - name: Cheongju-si\n    type: other\n  - name: Cheonan\n"),
                                        encoding="utf-8")
    ruleset = load_rules([str(tmp_path / "pack.yaml")])
    files = {"ko.txt": "청주시 인구\n청주시의 인구는 2024년 85만 1천 명이다.\n", "en.txt": CITY_EN,
             "si.txt": "Cheongju-si\nCheongju-si had a population of 848,512 in 2024.\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = sorted(str(tmp_path / name) for name in files)
    full = run(paths, ruleset)
    changed = frozenset({str(tmp_path / "ko.txt"), str(tmp_path / "en.txt")})
    focused = run(paths, ruleset, focus=changed, changed=changed)
    contradictions = lambda result: [f for f in result.findings if f.kind == "contradiction" and "청주시" in f.message]  # noqa: E731
    assert contradictions(full) == [] and contradictions(focused) == []
