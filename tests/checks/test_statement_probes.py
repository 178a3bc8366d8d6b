"""The arithmetic and conversion expectations of shared/probes/README.md and shared/realworld, read in place.

Probe articles b1, b2, f2, f3 and the realworld judgements (judgements.json "misses") are read
from ``$FACTLINT_SHARED`` (or ``../shared``), never copied. Readings that belong to the figure
reader (factlint/quantities) and still fail are strict xfails naming the reading.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from statement_helpers import REPO, ruleset

from factlint.engine import lint_documents
from factlint.loader import load
from factlint.model import Document, RunResult, Statement


def _run(paths: list[Path]) -> RunResult:
    docs = [load(str(p)) for p in paths]
    assert all(isinstance(d, Document) for d in docs)
    return lint_documents(docs, ruleset(), explain=True)  # type: ignore[arg-type]


def _at(result: RunResult, name: str, line: int) -> list[Statement]:
    out = []
    for s in result.statements:
        if Path(s.path).name == name and result.documents[s.path].position(s.span.end - 1).line == line:
            out.append(s)
    return out


def _probe(shared: Path, name: str) -> RunResult:
    return _run([shared / "probes" / "articles" / f"{name}.txt"])


# (article, line, form, what the recomputation shows): every one is wrong and must fail.
PROBE_MISTAKES = [
    ("b1", 3, "cagr", "= 32% a year 2019–2024"),
    ("b1", 4, "share", "150억 달러 / 200억 달러 = 75%"),
    ("b1", 6, "ratio", "900억개 / 1760억개 = 0.5114×"),  # the subject is in the sentence before
    ("b1", 7, "unit", "5경 회 per second = 50 petaFLOPS"),
    ("b2", 3, "cagr", "= 32% a year 2019–2024"),
    ("b2", 4, "share", "1.2 million / 2 million = 60%"),
    ("b2", 5, "difference", "80 billion − 60 billion = 20 billion"),
    ("b2", 6, "growth", "$12 million / $10 million − 1 = 20%"),
    ("f3", 5, "share", "104명 / 160명 = 65%"),
]


@pytest.mark.parametrize("name,line,form,shown", PROBE_MISTAKES)
def test_probe_mistakes_are_reported(shared: Path, name: str, line: int, form: str, shown: str) -> None:
    statements = _at(_probe(shared, name), f"{name}.txt", line)
    failing = [s for s in statements if s.verdict == "fails" and s.form == form]
    assert len(failing) == 1, [(s.form, s.verdict, s.recomputation) for s in statements]
    assert shown in failing[0].recomputation


def test_probe_b1_subject_first_multiple(shared: Path) -> None:
    statements = _at(_probe(shared, "b1"), "b1.txt", 5)
    assert [(s.form, s.verdict) for s in statements] == [("ratio", "fails")]  # 3500억 = 5 × 700억, not 4×


def test_probe_b2_quadrillion_operations_per_second(shared: Path) -> None:
    statements = _at(_probe(shared, "b2"), "b2.txt", 7)
    assert [(s.form, s.verdict) for s in statements] == [("unit", "fails")]  # 50 petaFLOPS, not 500


def test_probe_f2_holds(shared: Path) -> None:
    """12% from $5bn to $5.6bn holds; nothing in f2 is reported by the statement checks."""
    result = _probe(shared, "f2")
    assert [f for f in result.findings if f.kind in ("arithmetic", "conversion")] == []
    (growth,) = _at(result, "f2.txt", 4)
    assert (growth.form, growth.verdict) == ("growth", "holds")


def test_probe_f2_pounds_at_the_march_2005_rate(shared: Path) -> None:
    (pair,) = _at(_probe(shared, "f2"), "f2.txt", 3)
    assert (pair.form, pair.verdict) == ("currency", "holds")
    assert "ECB reference rate 2005-03-14: 1 USD = 0.5215" in pair.recomputation


def test_probe_f3_is_dated_by_its_dateline(shared: Path) -> None:
    doc = load(str(shared / "probes" / "articles" / "f3.txt"))
    assert isinstance(doc, Document)
    assert doc.date is not None and doc.date.isoformat() == "2021-03-14"


def test_probe_f3_readings(shared: Path) -> None:
    from factlint.quantities import extract

    line = (shared / "probes" / "articles" / "f3.txt").read_text(encoding="utf-8").splitlines()[2]
    texts = [q.text for q in extract(line)]
    assert texts == ["1만 5000여명", "12억 6천여만원"]


# --- realworld --------------------------------------------------------------------------------------


def _judged_misses(shared: Path) -> list[dict[str, object]]:
    data = json.loads((shared / "realworld" / "judgements.json").read_text(encoding="utf-8"))
    return [m for m in data["misses"] if m["kind"] in ("arithmetic", "conversion")]


def test_every_judged_arithmetic_or_conversion_miss_is_reported(shared: Path) -> None:
    misses = _judged_misses(shared)
    assert len(misses) == 3
    articles = shared / "realworld" / "articles"
    result = _run(sorted({articles / str(m["path"]) for m in misses}))
    for m in misses:
        statements = _at(result, str(m["path"]), int(m["line"]))  # type: ignore[call-overload]
        assert any(s.verdict == "fails" for s in statements), (m, [(s.form, s.recomputation) for s in statements])


def test_no_statement_finding_in_realworld_but_the_judged_misses(shared: Path) -> None:
    articles = shared / "realworld" / "articles"
    result = _run(sorted(articles.iterdir()))
    found = {(Path(f.location.path).name, result.documents[f.location.path].position(f.location.span.end - 1).line)
             for f in result.findings if f.kind in ("arithmetic", "conversion")}
    assert found == {(str(m["path"]), m["line"]) for m in _judged_misses(shared)}
    assert not [s for s in result.statements if s.verdict == "unchecked"]


def test_no_statement_finding_in_the_seeds_and_their_eleven_statements_hold() -> None:
    result = _run(sorted((REPO / "seeds").glob("*.txt")))
    assert [f for f in result.findings if f.kind in ("arithmetic", "conversion")] == []
    assert len(result.statements) == 11 and {s.verdict for s in result.statements} == {"holds"}


# --- nothing recognised is silent -------------------------------------------------------------------


UNDECIDABLE = "제목\n입력 2021.05.26 10:00\n매출은 20억 달러에서 80억 달러로 늘어 연평균 45% 증가했다.\n대만 정부는 NT$10억(약 400억원)을 지원한다.\n"


def test_the_summary_line_counts_what_could_not_be_checked(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from factlint.cli import cli

    article = tmp_path / "a.txt"
    article.write_text(UNDECIDABLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(article), "--no-cache", "--rules", str(REPO / "rules" / "conversions.yaml")])
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().endswith("2 statements could not be checked: --explain lists them")


def test_claims_coverage_lists_them_by_reason(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from factlint.cli import cli

    article = tmp_path / "a.txt"
    article.write_text(UNDECIDABLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", str(article), "--coverage", "--rules", str(REPO / "rules" / "conversions.yaml")])
    assert result.exit_code == 0, result.output
    assert "arithmetic cagr '20억 달러에서 80억 달러로 늘어 연평균 45%' could not be checked: no year written with both endpoints" in result.output
    assert "conversion currency 'NT$10억(약 400억원)' could not be checked: the ECB publishes no TWD rate" in result.output
    assert "2 statement(s) could not be checked: 1 no year written with both endpoints; 1 the ECB publishes no TWD rate" in result.output
