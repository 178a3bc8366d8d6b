"""The figure reader and the claim binder keep the accuracy measured on the gold labels.

The gold labels (tests/gold) cover every figure of ``../shared/realworld`` and of the blind sets; the scorers are the
ones the closing notes quote. These are floors on the dev split, so a change that loses figures
read right or claims bound right fails here rather than in the next session's measurement.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


def _script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_figures_of_the_realworld_dev_labels_are_read_right_at_least_97_percent(shared: Path) -> None:
    scorer = _script(REPO / "benchmarks" / "score_figures.py")
    rows, _ = scorer.score(scorer.GOLD_DIR, shared / "realworld" / "articles", "dev")
    right = sum(row.verdict == "right" for row in rows)
    assert len(rows) > 900
    assert right / len(rows) >= 0.97, f"{right}/{len(rows)} read right"


# fresh and fresh2 by their dev split; fresh3 and fresh4 (held out, scored, then read and tuned on in session 9:
# fresh4 86.6% -> 96.0%), fresh5 (session 10: 85.8% -> 97.2%) all of it; fresh6, scored blind twice in session 10
# (89.5% both times) and spent since, at the level session 11 left it (94.6%)
@pytest.mark.parametrize("name, split, floor", [("fresh", "dev", 0.93), ("fresh2", "dev", 0.96),
                                                ("fresh3", "all", 0.96), ("fresh4", "all", 0.95),
                                                ("fresh5", "all", 0.96), ("fresh6", "all", 0.94)])
def test_figures_of_the_blind_sets_keep_their_floor(name: str, split: str, floor: float) -> None:
    scorer = _script(REPO / "benchmarks" / "score_figures.py")
    rows, _ = scorer.score(scorer.GOLD_DIR, scorer.GOLD_DIR / name / "articles", split, (f"figures_{name}.jsonl",))
    right = sum(row.verdict == "right" for row in rows)
    assert len(rows) > 250
    assert right / len(rows) >= floor, f"{right}/{len(rows)} read right"


@pytest.mark.parametrize("name, floor, made", [("fresh3", 0.88, 30), ("fresh4", 0.85, 50), ("fresh5", 0.85, 28),
                                               ("fresh6", 0.78, 52), ("fresh7", 0.78, 55), ("fresh8", 0.74, 50),
                                               ("fresh9", 0.76, 65), ("fresh10", 0.78, 55),
                                               ("fresh11", 0.36, 65), ("fresh12", 0.54, 50),
                                               ("fresh13", 0.64, 35), ("fresh14", 0.55, 29),
                                               ("fresh15", 0.85, 50), ("fresh16", 0.75, 48),
                                               ("fresh17", 0.64, 34), ("fresh18", 0.72, 50),
                                               ("fresh19", 0.57, 38), ("fresh20", 0.87, 41),
                                               ("fresh21", 0.55, 48), ("fresh22", 0.70, 47)])
def test_claim_table_precision_on_the_spent_blind_sets_does_not_drop(name: str, floor: float, made: int) -> None:
    """Session 9 took fresh4 from 0.357 (14 made) to 0.81 (53 made): tables, the lead's topic, names ending
    in a particle's syllable, short forms; session 10 fresh5 from 0.559 (34 made) to 0.903 (31 made):
    restated counts, a headline's compound, the colon clause; fresh6, blind until the end of session 10, at
    0.455 (55 made), session 11 to 0.804 (56 made: wrong claims dropped, owners and attributes made right by
    structure; fresh4 0.868, 53 made); fresh7, blind until the end of session 11 at 0.474 (38 made), session 12
    to 0.807 (57 made: Korean names and "이 N" by structure, a title's place, word endings); fresh8, blind until
    the end of session 12 at 0.414 (29 made), session 13 to 0.678 (59 made: relative clauses of visiting, English
    references and article topics, Markdown sections, English figure shapes); fresh9, blind until the end of session 13 at 0.354 (48 made), session 14 to 0.797 (69
    made: editions, funding rounds, first flights, sizes, press-release headers, table categories); fresh10, blind until the end
    of session 14 at 0.455 (44 made), session 15 to 0.806 (31 made: rows under a column of only a kind of number,
    datelines, compass directions, "해발 N의 X", a thing a clause introduces; fresh8 60/41 -> 54/42) and, with the
    session's other rules, 57 made at 0.807; fresh11 and fresh12, blind until the end of session 15 (0.386 at 70
    made, 0.564 at 55); fresh13 and fresh14, blind until the end of session 16 (0.459 at 37 made, 0.229 at 35); session
    17 (precision guards, people as names, a capitalised noun of doing no owner) moved them (see tests/gold/README.md);
    fresh15 and fresh16, blind until the end of session 17 (0.830 at 53 made and 0.615 at 52 at its start, 0.887 at 53
    and 0.667 at 51 at its end); fresh17 and fresh18, blind until the end of session 18 (0.568 at 37 made and 0.776
    at 49 at its start, 0.568 at 37 and 0.736 at 53 after every branch was merged); session 19's pooled wrong claims
    (s19-precision) took fresh13 to 0.652 at 46, fresh14 to 0.564 at 39, fresh16 to 0.759 at 54 and fresh17 to 0.647
    at 34 (three wrong claims removed, none right lost); fresh19 and fresh20, blind until
    the end of session 19 (0.447 at 47 made and 0.773 at 44 at its start, 0.467 at 45 and 0.795 at 44 after every
    helper branch was merged); session 20's pooled wrong claims (s20-precision2) took fresh19 to 0.579 at 38 and
    fresh20 to 0.878 at 41 (seven and three wrong claims removed, one made right in each, none right lost).
    fresh21 and fresh22, blind until the end of session 20 (0.583 at 48 made and 0.694 at 49 at its start, 0.560 at 50
    and 0.714 at 49 after every helper branch was merged).
    A floor keeps what was won."""
    scorer = _script(REPO / "tests" / "gold" / "score_claims.py")
    result = scorer.score((name,), "all")
    assert result["claims_made"] >= made and result["precision"] >= floor, (result["claims_made"], result["precision"])


def test_claim_table_precision_on_the_dev_labels_does_not_drop(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTLINT_SHARED", str(shared))
    scorer = _script(REPO / "tests" / "gold" / "score_claims.py")
    realworld = scorer.score(("realworld",), "dev")
    new = scorer.score(("new",), "dev")
    blind = scorer.score(("fresh2",), "dev")  # written in session 8 by an annotator who never read the code
    assert realworld["claims_made"] > 100 and new["claims_made"] > 40 and blind["claims_made"] > 15
    assert realworld["precision"] >= 0.78, realworld["precision"]
    assert new["precision"] >= 0.89, new["precision"]
    assert blind["precision"] >= 0.85, blind["precision"]
    assert realworld["recall"] >= 0.12 and new["recall"] >= 0.35 and blind["recall"] >= 0.05


def test_a_month_of_no_year_is_a_date_the_scorer_reads() -> None:
    scorer = _script(REPO / "benchmarks" / "score_figures.py")
    assert scorer.date_components("--01") == {(1, 1)}  # "January the coldest": ISO 8601 --MM
    assert scorer.date_components("--06..--09") == {(1, 6), (1, 9)}
    assert scorer.date_components("--06-03") == {(1, 6), (2, 3)}
    assert scorer.date_components("2026-06-03") == {(0, 2026), (1, 6), (2, 3)}


@pytest.mark.parametrize("text, verdict", [("a 25bp cut", "right"), ("a 0.25%p cut", "right"), ("a 25% cut", "unit")])
def test_a_gold_row_in_basis_points_is_read_right_as_its_percentage_points(text: str, verdict: str) -> None:
    from factlint.quantities import extract

    scorer = _script(REPO / "benchmarks" / "score_figures.py")
    gold = {"figure": "points", "value": "25", "unit": "bp"}  # how the annotators write "25bp"
    found = [q for q in extract(text) if q.kind != "number"]
    assert scorer.judge(scorer.Row(gold, 0, 0, found), False) == verdict


@pytest.mark.parametrize("text, gold, verdict", [
    ("in the October-December quarter", "2024-Q4", "right"),  # a quarter is its months too
    ("in the fourth quarter", "2024-Q4", "right"),
    ("in the second half of 2025", "2025-H2", "right"),
    ("2009년 상반기", "2009-01..2009-06", "right"),  # the months of a half-year are that half-year
    ("in the July-September quarter", "2024-Q4", "value"),  # another quarter
    ("2009년 하반기", "2009-01..2009-06", "value"),
    ("in the first half", "2025-Q1", "value"),  # a half-year is no quarter
])
def test_a_quarter_or_half_year_is_scored_as_its_interval_of_months(text: str, gold: str, verdict: str) -> None:
    from factlint.quantities import extract

    scorer = _script(REPO / "benchmarks" / "score_figures.py")
    found = extract(text)
    assert scorer.judge(scorer.Row({"figure": "date", "value": gold}, 0, 0, found), False) == verdict
