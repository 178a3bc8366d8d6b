"""`numeral` on real text: a Korean numeral that drops the unit after 억/조/경.

The realworld case (ko_scinews_27: "뉴호라이즌호를 1억 6천km 떨어진 카이퍼 벨트트 소속의 천체", which the
editor marked a malformed numeral) and our own variants: money, people, an approximate section (여),
조 dropping 억, a section of several places, in headlines and in Markdown; with the hard negatives — every
unit written, a section after 만, digits after a big unit, two figures side by side, a date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factlint.config.rules import load_rules
from factlint.engine import run
from factlint.model import Finding

RULES = "rules: [{id: dropped-numeral-unit, kind: numeral, description: d}]\n"


def lint(tmp_path: Path, text: str, name: str = "a.txt") -> list[Finding]:
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([str(tmp_path / name)], load_rules([str(tmp_path / "rules.yaml")]), today=dt.date(2024, 1, 1))
    assert not result.internal_errors
    return list(result.findings)


@pytest.mark.parametrize(("text", "numeral", "as_written", "fixed"), [
    ("나사는 뉴호라이즌호를 1억 6천km 떨어진 천체로 보낼 예정이다.\n", "1억 6천km", 100_006_000, "1억 6천만km"),
    ("올해 관람객은 3억 5천여 명에 이를 전망이다.\n", "3억 5천여 명", 300_005_000, "3억 5천여만 명"),
    ("이 사업에는 총 2조 3천 원의 예산이 든다.\n", "2조 3천 원", 2_000_000_003_000, "2조 3천억 원"),
    ("회사는 매출 10억 2천 3백 원을 올렸다고 밝혔다.\n", "10억 2천 3백 원", 1_000_002_300, "10억 2천 3백만 원"),
    ("# 선수 연봉 1억 2천 넘었다\n\n그는 연봉 협상을 마쳤다.\n", "1억 2천", 100_002_000, "1억 2천만"),
])
def test_a_numeral_that_drops_a_unit_is_reported_with_both_readings_and_a_fix(
        tmp_path: Path, text: str, numeral: str, as_written: int, fixed: str) -> None:
    name = "a.md" if text.startswith("#") else "a.txt"
    (found,) = lint(tmp_path, text, name)
    assert found.data["text"].startswith(numeral) and found.data["as_written"] == as_written
    assert f"{as_written:,}" in found.message
    (edit,) = found.fix  # the whole numeral is rewritten, nothing around it
    assert numeral.startswith(text[edit.span.start:edit.span.end])
    assert (text[:edit.span.start] + edit.replacement + text[edit.span.end:]).count(fixed) == 1


@pytest.mark.parametrize("text", [
    "나사는 뉴호라이즌호를 1억 6천만km 떨어진 천체로 보낼 예정이다.\n",  # every unit written
    "예산 2억 3천 5백만 원을 들였고, 공사비는 86억 5천여만원이다.\n",  # 만 after the section, also after 여
    "시의 인구는 1만 6천 명이다.\n",  # a section after 만 needs no smaller unit
    "두 천체 사이의 거리는 1억 6000km다.\n",  # digits say the exact number
    "예산 5억 원과 인력 3천 명을 투입한다.\n",  # two figures side by side
    "올해 매출은 1조 5천억 원이다.\n",
    "GPT-3는 1750억 개의 파라미터를 가졌다.\n",
])
def test_numerals_that_write_every_unit_are_not_reported(tmp_path: Path, text: str) -> None:
    assert lint(tmp_path, text) == []


def test_on_realworld_only_the_numeral_the_editor_marked_is_reported(tmp_path: Path, shared: Path) -> None:
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    articles = sorted(str(p) for p in (shared / "realworld" / "articles").iterdir())
    result = run(articles, load_rules([str(tmp_path / "rules.yaml")]),
                 today=dt.date(2024, 1, 1))
    assert [(Path(f.location.path).name, f.data["text"]) for f in result.findings] == [("ko_scinews_27.txt", "1억 6천km")]
