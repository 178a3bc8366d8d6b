"""A Korean name with an administrative head across scripts (issue #14): 가온도 (a province) and 가온시 (its
capital) both romanize to "Gaon". "Gaon Province" is the province and "Gaon City" the city; a bare
"Gaon" is whichever the English document itself says it is (a gloss "Gaon Island (Korean: 가온도)"),
and neither when it says nothing. Variants written for this change, not taken from a blind set."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.api import lint
from factlint.romanize import bridged, glossed

REPO = Path(__file__).resolve().parent.parent


def test_a_head_word_picks_its_own_head() -> None:
    assert bridged({"가온도", "가온시", "Gaon Province", "Gaon City"}) == {"가온도": "Gaon Province", "가온시": "Gaon City"}
    assert bridged({"해솔군", "해솔시", "Haesol County"}) == {"해솔군": "Haesol County"}


def test_a_bare_latin_name_of_two_heads_needs_the_documents_word() -> None:
    names = {"가온도", "가온시", "Gaon"}
    assert bridged(names) == {}  # province or city: no guess
    assert bridged(names, lambda latin: {"가온도"}) == {"가온도": "Gaon"}
    assert bridged(names, lambda latin: {"가온군"}) == {}  # a gloss of neither
    # one head only, or the bare stem beside one head: as before
    assert bridged({"가온시", "Gaon"}) == {"가온시": "Gaon"}
    assert bridged({"청주", "청주시", "Cheongju"}) == {"청주": "Cheongju", "청주시": "Cheongju"}


@pytest.mark.parametrize("text, latin, found", [
    ("Gaon Island\nGaon Island (Korean: 가온도) is a volcanic island.\nGaon had 512,000 people.\n", "Gaon", {"가온도"}),
    ("Haesol\nHaesol (해솔군; Haesol-gun) is a county.\n", "Haesol", {"해솔군"}),
    ("Gaon City\nGaon City is home to 412,000 people.\n", "Gaon", set()),
    # another name's gloss: "Gaonri (가온리)" does not start with the word Gaon
    ("Gaonri\nGaonri (가온리) is a village near Gaon.\n", "Gaon", set()),
])
def test_the_gloss_of_a_name(text: str, latin: str, found: set[str]) -> None:
    assert glossed(text, latin) == found


KO_STATS = ("# 가온도 시·군 기본 통계 (2023년 말 기준)\n\n가온도청 「2024 가온도 통계연보」에서 발췌했다. 인구는 주민등록 기준.\n\n"
            "| 시·군 | 인구(명) |\n| --- | --- |\n| 가온시 | 412,300 |\n| 나래군 | 98,100 |\n| **합계** | **510,400** |\n")


def _contradictions(tmp_path: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = lint(sorted(tmp_path / n for n in files))
    return sorted(f"{Path(f.location.path).name} {f.data['claim']['entity']}" for f in result.findings if f.kind == "contradiction")


def test_the_provinces_total_meets_the_english_entry(tmp_path: Path) -> None:
    en = ("Gaon Island\nGaon Island (Korean: 가온도) is an island province of South Korea.\n"
          "Gaon had a population of about 580,000 at the end of 2023; the capital, Gaon City, is home to about 412,000 people.\n")
    assert _contradictions(tmp_path, {"ko.md": KO_STATS, "en.txt": en}) == ["ko.md 가온도"]  # the total, not 가온시


@pytest.mark.parametrize("en", [
    # the same value in another notation
    "Gaon Island\nGaon Island (Korean: 가온도) is an island province.\nGaon had a population of about 510,000 at the end of 2023.\n",
    # no gloss: province or city, the English side does not say
    "Gaon\nGaon had a population of about 580,000 at the end of 2023.\n",
])
def test_no_contradiction(tmp_path: Path, en: str) -> None:
    assert _contradictions(tmp_path, {"ko.md": KO_STATS, "en.txt": en}) == []
