"""The benchmark scripts run: they patch and import engine internals, so a rename in the package
breaks them silently (bench_stages.py wrapped ``analyse.extract`` after it had become
``extract_blocks``; bench_term.py re-read summaries the term check had let go). Nothing here is
timed: each script runs once on a small generated corpus and must print its table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench") / "corpus"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "gen_corpus.py"), "--out", str(out), "--articles", "40"],
                   check=True, capture_output=True)
    assert len(list(out.glob("*.txt"))) == 40
    return out


def run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / script), *args], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_bench_stages_prints_each_stage(corpus: Path) -> None:
    out = run("bench_stages.py", str(corpus), "--warm", "5")
    for stage in ("extract", "bind", "parse", "segment", "all stages"):
        assert f"  {stage}" in out, out


def test_bench_term_repeats_the_corpus_step(corpus: Path) -> None:
    out = run("bench_term.py", "--corpus", str(corpus), "--articles", "30", "--repeat", "2")
    assert "| 30 |" in out, out


def test_bench_binding_runs(corpus: Path) -> None:
    out = run("bench_binding.py", str(corpus), "--articles", "20", "--repeat", "1")
    assert "ms" in out, out


def test_bench_bridges_captures_and_times_the_name_sets(corpus: Path, tmp_path: Path) -> None:
    names = tmp_path / "names.json"
    assert "name sets" in run("bench_bridges.py", "capture", str(corpus), str(names))
    for mode in ((), ("--pairwise",)):
        out = run("bench_bridges.py", "time", str(names), *mode)
        assert "| loan_bridged |" in out and "| head_bridged |" in out, out
