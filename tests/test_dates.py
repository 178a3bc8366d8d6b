"""Dates as claim values (probes a5/a6): read as intervals of days, bound to the released model, and
compared with the one precision rule."""

from __future__ import annotations

import pytest

from factlint import segment
from factlint.binding import bind_document
from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse
from factlint.quantities import extract
from factlint.quantities.dates import read_dates, show_date


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules(default_pack())


@pytest.mark.parametrize(("text", "shown"), [
    ("announced in March 2022", ["2022-03"]),
    ("on 14 March 2022", ["2022-03-14"]),
    ("released on May 4th, 2023", ["2023-05-04"]),
    ("2022년 3월 14일 공개", ["2022-03-14"]),
    ("2022년 3월 공개", ["2022-03"]),
    ("2022년 공개했다", ["2022"]),
    ("unveiled in 2021", ["2021"]),
    ("입력 2019.03.14 09:00", ["2019-03-14"]),
    ("2021-02-30", []),  # no such day
    ("3월에 공개", []),  # no year: which March is not written
    ("2022 models", []),  # a bare year is a number, not a date
])
def test_dates_are_read_at_their_own_precision(text: str, shown: list[str]) -> None:
    assert [show_date(q) for q in read_dates(text)] == shown


def test_a_date_is_an_interval_of_days() -> None:
    (march,) = read_dates("March 2022")
    (day,) = read_dates("2022년 3월 31일")
    assert march.low is not None and march.high is not None and day.low is not None
    assert march.high - march.low == 31 and march.low <= day.low < march.high


def _claims(text: str, ruleset: RuleSet) -> dict[str, str]:
    doc = parse("a.txt", text.encode())
    blocks = segment.blocks(doc)
    qs = [q for b in blocks for q in extract(b.text, b.span.start)]
    return {b.claim.quantity.text: b.claim.entity for b in bind_document(doc, blocks, qs, ruleset)
            if b.claim is not None and b.claim.attribute == "release date"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chinchilla was announced in March 2022.", {"March 2022": "Chinchilla"}),
    ("딥마인드는 2022년 3월 친칠라를 공개했다.", {"2022년 3월": "Chinchilla"}),  # the object is the model
    ("In March 2023, OpenAI announced GPT-4.", {"March 2023": "GPT-4"}),
    ("네이버는 2021년 5월 하이퍼클로바를 발표했다.", {"2021년 5월": "HyperCLOVA"}),
    # hard negatives: what was released is no model, or which date is whose is not written
    ("The paper describing BLOOM was released in November 2022.", {}),
    ("오픈AI는 2020년 6월 보고서를 공개했다.", {}),
    ("BLOOM was announced in May 2022 and released in July 2022.", {}),
])
def test_a_release_date_belongs_to_the_released_model(pack: RuleSet, sentence: str, expected: dict[str, str]) -> None:
    assert _claims("모델\n" + sentence + "\n", pack) == expected


def _release_findings(a: str, b: str, ruleset: RuleSet) -> list[str]:
    docs = [parse("a.txt", f"모델\n{a}\n".encode()), parse("b.txt", f"모델\n{b}\n".encode())]
    return [f.message for f in lint_documents(docs, ruleset).findings if "release date" in f.message]


def test_two_release_dates_of_one_model_disagree(pack: RuleSet) -> None:
    (msg,) = _release_findings("Chinchilla was announced in March 2022.", "친칠라는 2022년 5월 공개됐다.", pack)
    assert "Chinchilla · release date" in msg and "at least 31 days apart" in msg


@pytest.mark.parametrize(("a", "b"), [
    ("Chinchilla was announced in 2022.", "Chinchilla was unveiled in May 2022."),  # the year holds the month
    ("Chinchilla was announced in March 2022.", "딥마인드는 2022년 3월 29일 친칠라를 공개했다."),
    ("LLaMA was released in February 2023.", "LLaMA 2 was released in July 2023."),  # another model
])
def test_release_dates_that_agree_or_concern_other_models_are_not_reported(pack: RuleSet, a: str, b: str) -> None:
    assert _release_findings(a, b, pack) == []
