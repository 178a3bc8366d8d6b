"""Drug-trial figures across languages (tests/gold/fresh, INTENT C4) with the pack a user would write
(tests/gold/fresh/rules/cellonix.yaml: the company's names in both scripts, its drug, the trial's
attributes). Structure decides: a product code with digits ("CX-201") is no figure labelling a list,
and the name of what a counted group was given ("the 602 patients given CX-201") owns none of its figures."""

from __future__ import annotations

from pathlib import Path

import pytest

import binding_helpers
from factlint.api import lint
from factlint.config.rules import load_rules

REPO = Path(__file__).resolve().parent.parent
PACK = REPO / "tests" / "gold" / "fresh" / "rules"


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules"), str(PACK)])


def bound(text: str, ruleset) -> dict[str, tuple[str, str, str | None] | None]:  # type: ignore[no-untyped-def]
    return {b.quantity.text: (b.claim.entity, b.claim.attribute, b.claim.scope) if b.claim else None
            for b in binding_helpers.bound(text, ruleset, "t.txt")}


@pytest.mark.parametrize("text, figure", [
    ("국내외 환자 1,240명을 대상으로 한 이번 시험에서 CX-201 투여군의 입원율은 위약군보다 42% 낮았다.", "1,240명"),
    ("국내외 환자 1,240명을 대상으로 한 CX-201 임상시험에서 투여군 입원율은 위약군보다 42% 낮았다.", "1,240명"),
    ("The company said late-stage results for its lead drug CX-201 in 1,204 patients showed a 38% cut.", "1,204"),
    ("CX-201 was tested in 1,204 patients.", "1,204"),
])
def test_trial_size_is_the_drugs(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    # no scope: "환자" before the figure is what it counts, not a label in a list ("CX-201" is a name, no figure)
    assert bound(text, ruleset)[figure] == ("CX-201", "trial participants", None)


@pytest.mark.parametrize("text, figure", [
    ("Of the 602 patients given CX-201, 61 (10.1%) were admitted to hospital within 28 days.", "602"),
    ("Among 602 people taking CX-201, 61 were admitted to hospital.", "602"),
    ("The 602 patients who received CX-201 recovered faster.", "602"),
])
def test_an_arm_of_the_trial_is_not_the_drugs_trial_size(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert bound(text, ruleset)[figure] is None


def test_labels_in_a_list_still_label(ruleset) -> None:  # type: ignore[no-untyped-def]
    # the hard negative of the product-code rule: real labelled pairs still make a list
    from factlint.binding import structure
    from factlint.binding.words import words
    from factlint.model import Span
    s = "서울 550명, 경기 257명 등으로 확진자가 나왔다."
    at = s.index("257명")
    label = structure.label(words(s, 0), Span(at, at + 4))
    assert label is not None and label.text == "경기"


def test_employees_about_420_cover_418(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert bound("셀로닉스의 직원은 약 420명이다.", ruleset)["약 420명"] == ("Cellonix", "employees", None)


def _lint(tmp_path: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = lint([tmp_path], rules=[PACK], config=None)
    out = []
    for f in result.findings:
        if f.kind == "contradiction":
            name = Path(f.location.path).name
            line = (tmp_path / name).read_text(encoding="utf-8")[: f.location.span.start].count("\n") + 1
            out.append(f"{name}:{line} {f.rule}")
    return out


def test_korean_and_english_trial_sizes_contradict(tmp_path: Path) -> None:
    found = _lint(tmp_path, {
        "a.txt": "Cellonix said late-stage results for its lead drug CX-201 in 1,204 patients showed a cut in hospitalisation.\n"
                 "Of the 602 patients given CX-201, 61 were admitted to hospital.\n",
        "b.txt": "셀로닉스는 CX-201의 3상 결과를 발표했다.\n국내외 환자 1,240명을 대상으로 한 이번 시험에서 CX-201 투여군의 입원율은 낮았다.\n",
    })
    assert found == ["b.txt:2 trial-contradiction"]


def test_same_trial_size_in_two_languages_agrees(tmp_path: Path) -> None:
    assert _lint(tmp_path, {
        "a.txt": "Results for its lead drug CX-201 in 1,204 patients were published.\n",
        "b.txt": "국내외 환자 1,204명을 대상으로 한 이번 시험에서 CX-201 투여군의 입원율은 낮았다.\n",
    }) == []


def test_a_name_that_says_where_owns_no_figure(ruleset) -> None:  # type: ignore[no-untyped-def]
    # with "CX-201" no longer a labelled figure, "큰 GPT-3" no longer makes this sentence a list either;
    # the 130억 model is LLaMA's (an owner of the subject), never NLP's, whose benchmarks say where
    s = "LLaMA의 개발자들은 대부분의 NLP 벤치마크에서 130억 파라미터 모델의 성능이 훨씬 더 큰 GPT-3(1,750억 파라미터 포함)의 성능을 초과했다고 밝혔다."
    got = bound(s, ruleset)
    assert got["130억"] is None
    assert got["1,750억"] == ("GPT-3", "parameters", None)
