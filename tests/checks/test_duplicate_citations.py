"""A quoted title in a reference list is a citation, not a copy (fresh7: an encyclopedia's reference entry quoting
the wire story's headline was reported as a copy of it). Paraphrases of the pattern, then hard negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.checks.duplicate.citations import citation_blocks
from tests.checks.test_duplicate import lint

HEADLINE = "Gaon Wind starts up 340 MW farm off South Korea's south coast"
KO_HEADLINE = "가온풍력, 청솔 앞바다 340MW 해상풍력단지 상업운전 돌입…국내 두 번째 규모의 해상풍력 발전소로 올라서"
WIRE = [
    HEADLINE,
    "SEOUL, March 19 (Asia Pacific Newswire) - South Korea's Gaon Wind said on Thursday its Cheongsol offshore "
    "wind farm began commercial operation on March 16.",
]
KO_WIRE = [
    KO_HEADLINE,
    "가온풍력은 19일 청솔 해상풍력단지가 지난 16일 상업운전에 들어갔다고 밝혔다. 설비용량은 340MW로 국내 두 번째 규모다.",
]
BODY = (
    "The Cheongsol Offshore Wind Farm, operated by Gaon Wind, began commercial operation in March 2026 with 40 "
    "turbines and an installed capacity of 340 MW."
)
KO_BODY = "청솔 해상풍력단지는 가온풍력이 운영하며 2026년 3월 터빈 40기, 설비용량 340MW로 상업운전을 시작했다."


def _encyclopedia(heading: str, entry: str, body: str = BODY) -> list[str]:
    return ["Cheongsol County", body, heading, entry]


@pytest.mark.parametrize(
    ("heading", "entry", "wire"),
    [
        # fresh7 en_encyclopedia_cheongsol.txt: a wiki heading, a numbered entry with its caret
        ("== References ==", f'2. ^ "{HEADLINE}". Asia Pacific Newswire. 19 March 2026.', WIRE),
        # the entry's number in brackets, the title in curly quotes, the date first
        ("Notes", f"[2] Asia Pacific Newswire (19 March 2026). “{HEADLINE}”. Retrieved 2 April 2026.", WIRE),
        # a Markdown heading: the title after an author and the year
        ("## Sources", f'1) Kim, S. (2026). "{HEADLINE}". Asia Pacific Newswire, p. 3.', WIRE),
        # Korean: 각주, a title in 「」, the outlet and the date after it
        ("== 각주 ==", f"2. ^ 「{KO_HEADLINE}」. 아시아퍼시픽뉴스와이어, 2026년 3월 19일.", KO_WIRE),
        # Korean: 참고 문헌, a bracketed number, straight quotes, a numeric date
        ("참고 문헌", f'[1] "{KO_HEADLINE}". 아시아퍼시픽뉴스와이어. 2026-03-19.', KO_WIRE),
    ],
)
def test_a_reference_entry_quoting_a_headline_is_not_a_copy(tmp_path: Path, heading: str, entry: str, wire: list[str]) -> None:
    result = lint(tmp_path, {"encyclopedia.txt": _encyclopedia(heading, entry), "wire.txt": wire})
    assert result.findings == ()


def test_a_markdown_reference_list_keeps_its_caret(tmp_path: Path) -> None:
    # Markdown takes the list item's number off the block ("1. ^ …" is "^ …"): the caret still marks the entry.
    text = f'# Cheongsol County\n\n{BODY}\n\n## References\n\n1. ^ "{HEADLINE}". Asia Pacific Newswire. 19 March 2026.\n'
    result = lint(tmp_path, {"encyclopedia.md": text, "wire.txt": WIRE})
    assert result.findings == ()


# --- hard negatives: a copy stays a copy -------------------------------------------------------------


def test_a_copied_paragraph_that_quotes_a_title_is_still_a_copy(tmp_path: Path) -> None:
    quoting = (
        f'Under the headline "{HEADLINE}", the newswire reported that the farm began commercial operation on '
        "March 16 with 40 turbines."
    )
    result = lint(tmp_path, {"a.txt": ["Wind power in Cheongsol", quoting], "b.txt": ["Cheongsol news", BODY, quoting]})
    (f,) = result.findings
    assert f.data["match"] == "exact" and Path(f.location.path).name == "b.txt"


def test_a_copied_paragraph_under_a_references_heading_is_still_a_copy(tmp_path: Path) -> None:
    # A section named References, but no entry in it: a prose paragraph pasted there is compared like any other.
    result = lint(tmp_path, {
        "a.txt": ["Wind power in Cheongsol", BODY],
        "b.txt": ["Cheongsol County", "A county on the south coast.", "== References ==", BODY],
    })
    (f,) = result.findings
    assert f.data["match"] == "exact" and Path(f.location.path).name == "b.txt"


def test_a_copied_korean_paragraph_under_a_sources_heading_is_still_a_copy(tmp_path: Path) -> None:
    result = lint(tmp_path, {"a.txt": ["청솔군 해상풍력", KO_BODY], "b.txt": ["청솔군", "남해안의 군이다.", "출처", KO_BODY]})
    (f,) = result.findings
    assert f.data["match"] == "exact"


def test_an_entry_form_in_the_body_with_no_reference_heading_is_compared(tmp_path: Path) -> None:
    # A numbered list of the body that quotes the headline is prose of the article, not its sources.
    item = f'2. "{HEADLINE}", the wire said on Thursday, and the county office confirmed it the same day.'
    result = lint(tmp_path, {"a.txt": ["Wind power", item], "b.txt": ["Cheongsol", item]})
    (f,) = result.findings
    assert f.data["match"] == "exact"


def test_the_reference_list_ends_at_the_next_heading() -> None:
    texts = ["Title", "== References ==", f'1. ^ "{HEADLINE}". Newswire. 2026.', "== History ==",
             f'2. ^ "{HEADLINE}". Newswire. 2026.']
    assert citation_blocks(texts) == [False, False, True, False, False]


def test_a_copied_quotation_under_a_references_heading_is_still_a_copy(tmp_path: Path) -> None:
    # Speech runs on after its closing quote; a title is closed by a full stop or a comma, then its source.
    speech = (
        '"We expect the farm to generate about 1,210 GWh a year," Gaon Wind chief executive Park Min-ho said on '
        "Thursday in Seoul, adding that a second phase was planned."
    )
    result = lint(tmp_path, {"a.txt": ["Gaon Wind", speech], "b.txt": ["Cheongsol", "== References ==", speech]})
    (f,) = result.findings
    assert f.data["match"] == "exact"
