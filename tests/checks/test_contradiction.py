"""`contradiction` and `fact` on a labelled corpus (tests/corpus/claims) and on the seeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from factlint.config.rules import load_rules
from factlint.engine import run

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus" / "claims"
TODAY = dt.date(2024, 1, 1)


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules([str(REPO / "rules")])


@pytest.fixture(scope="module")
def corpus_findings(ruleset):  # type: ignore[no-untyped-def]
    result = run(sorted(str(p) for p in CORPUS.glob("*.txt")), ruleset, today=TODAY)
    assert not result.internal_errors, result.internal_errors
    return [f for f in result.findings if f.kind in ("contradiction", "fact")]


def _key(f) -> tuple[str, str, str, str]:  # type: ignore[no-untyped-def]
    return (Path(f.location.path).name, f.data["entity"], f.data["attribute"], f.data["claim"]["quantity"]["text"])


def test_labelled_corpus_precision_and_recall(corpus_findings) -> None:  # type: ignore[no-untyped-def]
    expected = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
    planted = {tuple(row) for row in expected["planted"]}
    found = {_key(f) for f in corpus_findings}
    assert len(list(CORPUS.glob("*.txt"))) >= 15 and len(planted) >= 20 and len(expected["negatives"]) >= 30
    precision = len(found & planted) / len(found)
    recall = len(found & planted) / len(planted)
    assert precision >= 0.95, f"precision {precision:.2f}; false alarms: {sorted(found - planted)}"
    assert recall >= 0.90, f"recall {recall:.2f}; missed: {sorted(planted - found)}"


def test_hard_negatives_are_never_reported(corpus_findings) -> None:  # type: ignore[no-untyped-def]
    expected = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
    reported = {(Path(f.location.path).name, f.data["claim"]["quantity"]["text"]) for f in corpus_findings}
    wrong = [row for row in expected["negatives"] if (row[0], row[1]) in reported]
    assert not wrong


def test_finding_shows_both_sides(corpus_findings) -> None:  # type: ignore[no-untyped-def]
    # 2400억 disagrees with the reference and with another article: one finding, the fact's, that
    # carries the contradiction's message and place (engine.run._one_finding_per_figure)
    f = next(f for f in corpus_findings if f.data["entity"] == "HyperCLOVA" and f.data["attribute"] == "parameters"
             and f.data["claim"]["quantity"]["text"] == "2400억 개")
    assert f.kind == "fact" and f.severity == "error"
    also = f.data["also"]
    assert also["rule"] == "model-spec-contradiction" and "'2400억 개' (240,000,000,000) contradicts" in also["message"]
    assert "also disagrees with 1 other place (model-spec-contradiction)" in f.message
    other = [loc for loc in f.related if loc.path != "rules/claims.yaml" and not loc.path.endswith(".yaml")]
    assert other and (other[0].path, other[0].span) != (f.location.path, f.location.span)
    assert f.data["claim"]["quantity"]["low"] == "235000000000"


def test_one_wrong_figure_is_one_finding(corpus_findings) -> None:  # type: ignore[no-untyped-def]
    at = [(f.location.path, f.location.span) for f in corpus_findings]
    assert len(at) == len(set(at)), "a figure with a fact and a contradiction finding is reported once"


def test_a_contradiction_without_a_reference_stays_a_contradiction(corpus_findings) -> None:  # type: ignore[no-untyped-def]
    f = next(f for f in corpus_findings if f.kind == "contradiction")
    assert f.data["case"] in ("contradiction", "goal") and f.data["other"]["entity"] == f.data["entity"]


def test_goal_against_goal_is_its_own_case(corpus_findings) -> None:  # type: ignore[no-untyped-def]
    (f,) = [f for f in corpus_findings if f.data.get("case") == "goal"]
    assert f.data["entity"] == "LG" and "both are goals or forecasts" in f.message


def test_seeds_have_no_contradiction_or_fact_finding(ruleset) -> None:  # type: ignore[no-untyped-def]
    result = run(sorted(str(p) for p in (REPO / "seeds").glob("*.txt")), ruleset, today=TODAY)
    assert [f.message for f in result.findings if f.kind in ("contradiction", "fact")] == []


def _write(tmp_path: Path, files: dict[str, str]) -> list[str]:
    paths = []
    for name, text in files.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    return paths


def test_time_varying_attribute_compares_only_the_same_year(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    paths = _write(tmp_path, {
        "a.txt": "입력 2021.05.01\nAI 시장은 2019년 262억달러 규모였다.\n",
        "b.txt": "입력 2022.05.01\nAI 시장은 2021년 500억달러 규모로 커졌다.\n",
        "c.txt": "입력 2022.06.01\nAI 시장은 2019년 350억달러 규모였다.\n",
    })
    result = run(paths, ruleset, today=TODAY)
    found = [f for f in result.findings if f.kind == "contradiction"]
    assert len(found) == 1 and found[0].data["period"] == "2019"


def test_revision_by_a_newer_article_is_info(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    paths = _write(tmp_path, {
        "a.txt": "입력 2021.05.01\n언어모델 '누리'는 390억 개의 파라미터를 갖췄다.\n",
        "b.txt": "입력 2022.05.01\n언어모델 '누리'는 파라미터를 520억 개로 상향했다고 회사가 밝혔다.\n",
    })
    result = run(paths, ruleset, today=TODAY)
    (f,) = [f for f in result.findings if f.kind == "contradiction"]
    assert f.severity == "info" and f.data["case"] == "revision" and "not a contradiction" in f.message


def test_expired_fact_is_reported_and_not_used(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "entities: [{name: GPT-3, type: model}]\n"
        "attributes: [{name: parameters, triggers: [파라미터], dimension: count, subjects: [model]}]\n"
        "facts: [{entity: GPT-3, attribute: parameters, value: 175_000_000_000, source: paper, as_of: 2020-05-28, expires: 2023-01-01}]\n"
        "rules: [{id: facts, kind: fact, description: d}]\n",
        encoding="utf-8",
    )
    paths = _write(tmp_path, {"a.txt": "GPT-3는 1500억 개의 파라미터를 가졌다.\n"})
    result = run(paths, load_rules([str(rules)]), today=TODAY)
    (f,) = result.findings
    assert f.data["case"] == "stale" and "expired on 2023-01-01" in f.message
    fresh = run(paths, load_rules([str(rules)]), today=dt.date(2022, 1, 1))
    (g,) = fresh.findings
    assert g.data["case"] == "fact" and "paper, as of 2020-05-28" in g.message


# --- discovered attributes, compared at the same stated reference time -------------------------

def _dated(tmp_path: Path, texts: dict[str, str], ruleset) -> list:  # type: ignore[no-untyped-def]
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = run(sorted(paths), ruleset, today=TODAY)
    return [f for f in result.findings if f.rule == "dated-count-contradiction"]


def test_counts_at_the_same_reference_time_must_agree(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = _dated(tmp_path, {
        "a.txt": "질병관리청, 코로나 현황 발표\n입력 2020-12-23\n중대본은 12월 23일 0시 기준으로 누적 확진자 수는 52,550명(해외유입 5,193명)이라고 밝혔다.\n",
        "b.txt": "질병관리청, 코로나 현황 발표\n입력 2020-12-25\n중대본은 12월 23일 0시 기준으로 누적 확진자 수는 54,770명(해외유입 5,193명)이라고 밝혔다.\n",
    }, ruleset)
    # the totals disagree; the part of the whole (해외유입, the same in both) is compared only with itself
    (f,) = found
    assert f.data["attribute"] == "누적 확진자 수" and f.data["period"] == "as of 2020-12-23 00:00"
    assert {f.data["claim"]["quantity"]["text"], f.data["other"]["quantity"]["text"]} == {"52,550명", "54,770명"}


@pytest.mark.parametrize("second", [
    "중대본은 12월 26일 0시 기준으로 누적 확진자 수는 55,902명이라고 밝혔다.",  # another day
    "누적 확진자 수는 55,902명이라고 밝혔다.",  # no reference time: a running count of an unknown day
    "중대본은 12월 23일 0시 기준으로 누적 사망자 수는 793명이라고 밝혔다.",  # another count
])
def test_counts_of_other_days_or_things_are_not_compared(tmp_path: Path, ruleset, second: str) -> None:  # type: ignore[no-untyped-def]
    assert _dated(tmp_path, {
        "a.txt": "질병관리청, 코로나 현황 발표\n입력 2020-12-23\n중대본은 12월 23일 0시 기준으로 누적 확진자 수는 52,550명이라고 밝혔다.\n",
        "b.txt": f"질병관리청, 코로나 현황 발표\n입력 2020-12-26\n{second}\n",
    }, ruleset) == []


def test_declared_rules_never_see_discovered_attributes(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    paths = []
    for name, n in (("a.txt", "52,550명"), ("b.txt", "54,770명")):
        (tmp_path / name).write_text(f"질병관리청, 코로나 현황 발표\n입력 2020-12-23\n12월 23일 0시 기준 누적 확진자 수는 {n}이다.\n", encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = run(paths, ruleset, today=TODAY)
    assert {f.rule for f in result.findings if f.kind == "contradiction"} == {"dated-count-contradiction"}


def test_realworld_stale_reference_time_is_reported(shared: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    """ko_wikinews_571 keeps 569's label "12월 23일 0시 기준" over 25 December's figures (judgements.json)."""
    arts = shared / "realworld" / "articles"
    result = run([str(arts / "ko_wikinews_569.txt"), str(arts / "ko_wikinews_571.txt")], ruleset, today=TODAY)
    # one stale label is one finding, on the later article, with every count that disagrees
    (f,) = [f for f in result.findings if f.rule == "dated-count-contradiction"]
    assert Path(f.location.path).name == "ko_wikinews_571.txt" and f.data["period"] == "as of 2020-12-23 00:00"
    counts = {(c["claim"]["quantity"]["text"], c["other"]["quantity"]["text"]) for c in f.data["counts"]}
    assert ("54,770명", "52,550명") in counts and ("25명", "32명") in counts and len(counts) == 4
    assert {Path(r.path).name for r in f.related} == {"ko_wikinews_569.txt"} and len(f.related) == 4


COUNT = "질병관리청, 코로나 현황 발표\n{dateline}중대본은 {year}12월 23일 0시 기준으로 누적 확진자 수는 {count}이라고 밝혔다.\n"


@pytest.mark.parametrize(("b_date", "blamed", "count"), [
    ("2020-12-23", "a.txt", "54,770명"),  # a.txt is dated later: it is blamed, whatever the names
    (None, "b.txt", "52,550명"),  # b.txt has no date (the year is in its reference time): path order
])
def test_one_disagreeing_count_stays_a_plain_finding_on_the_later_article(  # type: ignore[no-untyped-def]
    tmp_path: Path, ruleset, b_date: str | None, blamed: str, count: str,
) -> None:
    """An article without a dateline is not taken as the earliest: with one date unknown, which of
    the two came first is unknown, and path order decides (as for the duplicate check)."""
    found = _dated(tmp_path, {
        "a.txt": COUNT.format(dateline="입력 2020-12-25\n", year="", count="54,770명"),
        "b.txt": COUNT.format(dateline=f"입력 {b_date}\n" if b_date else "", year="" if b_date else "2020년 ", count="52,550명"),
    }, ruleset)
    (f,) = found
    assert Path(f.location.path).name == blamed and f.data["claim"]["quantity"]["text"] == count
