"""Living with a large corpus, through the real command line: suppressions, ignores, baseline, cache, rule examples."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

PARAGRAPH = (
    "LG AI연구원은 세계 최대 규모 데이터(6000억개 말뭉치, 2억5000만개 이미지)를 학습시킨 "
    "3000억 파라미터의 '엑사원'을 발표했다고 밝혔다."
)
SECOND = "카카오브레인은 11월 300억 파라미터 규모의 한국어 특화 AI 언어모델 'KoGPT'를 공개했다고 전했다."
RULES = """\
rules:
  - id: repeated-paragraph
    kind: duplicate
    severity: error
    description: A paragraph repeats another.
    examples:
      invalid:
        - "{p}\\n{p}\\n"
      valid:
        - "{p}\\n{s}\\n"
""".format(p=PARAGRAPH, s=SECOND)


def factlint(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    return subprocess.run([sys.executable, "-m", "factlint", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


def report(cwd: Path, *args: str) -> dict:
    proc = factlint(cwd, "lint", "--format", "json", *args)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "dup.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "factlint.yaml").write_text("corpus: [corpus/]\nrules: [rules/]\ndefault_rules: false\n", encoding="utf-8")
    return tmp_path


def test_markdown_disable_next_line(project: Path) -> None:
    (project / "corpus" / "a.md").write_text(
        f"{PARAGRAPH}\n\n<!-- factlint: disable-next-line=repeated-paragraph -->\n{PARAGRAPH}\n", encoding="utf-8"
    )
    assert report(project)["findings"] == []


def test_markdown_disable_enable_range_and_unused_suppression(project: Path) -> None:
    (project / "corpus" / "a.md").write_text(
        f"{PARAGRAPH}\n\n<!-- factlint: disable=repeated-paragraph -->\n{PARAGRAPH}\n\n"
        f"<!-- factlint: enable=repeated-paragraph -->\n\n{SECOND}\n\n{SECOND}\n\n"
        "<!-- factlint: disable-next-line=repeated-paragraph -->\n마지막 문단은 어디에도 반복되지 않는 새로운 내용이다.\n",
        encoding="utf-8",
    )
    findings = report(project)["findings"]
    rules = [(f["rule"], f["line"]) for f in findings]
    assert ("repeated-paragraph", 10) in rules  # SECOND's copy, outside the disabled range
    assert ("unused-suppression", 12) in rules
    assert all(f["line"] != 4 or f["rule"] != "repeated-paragraph" for f in findings)


def test_suppression_naming_an_unknown_rule_is_reported(project: Path) -> None:
    (project / "corpus" / "a.md").write_text(
        f"<!-- factlint: disable-next-line=no-such-rule -->\n{PARAGRAPH}\n", encoding="utf-8"
    )
    findings = report(project)["findings"]
    assert [(f["rule"], f["kind"]) for f in findings] == [("invalid-suppression", "suppression")]
    assert "no-such-rule" in findings[0]["message"]


def test_per_path_ignores_for_plain_text(project: Path) -> None:
    (project / "corpus" / "legacy").mkdir()
    (project / "corpus" / "legacy" / "old.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (project / "corpus" / "new.txt").write_text(f"{SECOND}\n{SECOND}\n", encoding="utf-8")
    assert {f["path"] for f in report(project)["findings"]} == {"corpus/legacy/old.txt", "corpus/new.txt"}
    (project / "factlint.yaml").write_text(
        "corpus: [corpus/]\nignore:\n  corpus/legacy/: [repeated-paragraph]\n", encoding="utf-8"
    )
    assert {f["path"] for f in report(project)["findings"]} == {"corpus/new.txt"}


def test_baseline_reports_only_new_findings_and_survives_line_shifts(project: Path) -> None:
    article = project / "corpus" / "a.txt"
    article.write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    proc = factlint(project, "baseline", "create", "--output", "baseline.json")
    assert proc.returncode == 0, proc.stderr
    assert "1 finding(s)" in proc.stderr
    assert factlint(project, "lint", "--baseline", "baseline.json").returncode == 0
    # lines added above move the old finding; it is still the accepted one
    article.write_text(f"새 제목\n\n부제목 한 줄\n{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    assert report(project, "--baseline", "baseline.json")["findings"] == []
    # a new problem is reported
    article.write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n{SECOND}\n{SECOND}\n", encoding="utf-8")
    findings = report(project, "--baseline", "baseline.json")["findings"]
    assert [f["line"] for f in findings] == [4]
    assert factlint(project, "lint", "--baseline", "baseline.json").returncode == 1


def test_bad_baseline_file_exits_2(project: Path) -> None:
    (project / "corpus" / "a.txt").write_text(f"{PARAGRAPH}\n", encoding="utf-8")
    (project / "baseline.json").write_text("{not json", encoding="utf-8")
    proc = factlint(project, "lint", "--baseline", "baseline.json")
    assert proc.returncode == 2 and "not a factlint baseline" in proc.stderr


def test_cache_is_reused_and_corrupt_cache_rebuilt(project: Path) -> None:
    (project / "corpus" / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    first = factlint(project, "lint", "--format", "json")
    db = project / ".factlint_cache" / "factlint.sqlite3"
    assert db.exists() and (project / ".factlint_cache" / ".gitignore").read_text().strip().endswith("*")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM summaries").fetchone()[0] == 1
    # a second process (another string-hash seed) must hit the same entries, not add new ones
    os.environ["PYTHONHASHSEED"], saved = "12345", os.environ.get("PYTHONHASHSEED")
    try:
        assert factlint(project, "lint", "--format", "json", "--jobs", "1").stdout == first.stdout
    finally:
        if saved is None:
            del os.environ["PYTHONHASHSEED"]
        else:
            os.environ["PYTHONHASHSEED"] = saved
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM summaries").fetchone()[0] == 1
    # an edited file is analysed again, not served from the cache
    (project / "corpus" / "a.txt").write_text(f"{PARAGRAPH}\n", encoding="utf-8")
    assert json.loads(factlint(project, "lint", "--format", "json").stdout)["findings"] == []
    # a corrupt database is rebuilt, never trusted
    for leftover in db.parent.glob("factlint.sqlite3*"):
        leftover.write_bytes(b"garbage, not sqlite")
    (project / "corpus" / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    again = factlint(project, "lint", "--format", "json")
    assert again.returncode == 1 and again.stdout == first.stdout


def test_cache_entries_of_another_format_are_dropped(project: Path) -> None:
    (project / "corpus" / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    first = factlint(project, "lint", "--format", "json").stdout
    db = project / ".factlint_cache" / "factlint.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET v='factlint-cache-0' WHERE k='format'")
        conn.execute("UPDATE summaries SET value=?", (b"\x80\x05stale",))
    assert factlint(project, "lint", "--format", "json").stdout == first
    with sqlite3.connect(db) as conn:  # made again in this format
        assert conn.execute("SELECT v FROM meta WHERE k='format'").fetchone()[0] != "factlint-cache-0"


def test_corrupt_rows_of_the_current_format_cost_time_not_results(project: Path) -> None:
    """Inside a readable database of this format: a corrupt summary, related list or result is a
    miss, made again."""
    (project / "corpus" / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (project / "corpus" / "b.txt").write_text(f"{SECOND}\n{PARAGRAPH}\n", encoding="utf-8")
    first = factlint(project, "lint", "--format", "json")
    assert first.returncode == 1 and len(json.loads(first.stdout)["findings"]) == 2
    db = project / ".factlint_cache" / "factlint.sqlite3"
    for table, column in (("summaries", "value"), ("summaries", "related"), ("results", "value")):
        with sqlite3.connect(db) as conn:
            conn.execute(f"UPDATE {table} SET {column}=?", (b"\x80\x05not a pickle",))
            if table != "results":
                conn.execute("DELETE FROM results")  # make the run use the per-file entries
        again = factlint(project, "lint", "--format", "json")
        assert (again.returncode, again.stdout) == (1, first.stdout), (table, column, again.stderr)


def test_no_cache_writes_nothing(project: Path) -> None:
    (project / "corpus" / "a.txt").write_text(f"{PARAGRAPH}\n", encoding="utf-8")
    assert factlint(project, "lint", "--no-cache").returncode == 0
    assert not (project / ".factlint_cache").exists()


def test_rules_test_runs_rule_examples(project: Path) -> None:
    proc = factlint(project, "rules", "test")
    assert proc.returncode == 0, proc.stdout
    assert "2 passed, 0 failed" in proc.stdout
    # an example the rule does not honour fails the command
    broken = RULES.replace("      valid:\n", f"      valid:\n        - \"{SECOND}\\n{SECOND}\\n\"\n")
    (project / "rules" / "dup.yaml").write_text(broken, encoding="utf-8")
    proc = factlint(project, "rules", "test")
    assert proc.returncode == 1 and "FAIL repeated-paragraph valid[0]" in proc.stdout


def test_explain_rule_shows_its_examples(project: Path) -> None:
    proc = factlint(project, "explain", "repeated-paragraph")
    assert proc.returncode == 0 and "invalid: " in proc.stdout and "rules/dup.yaml:2" in proc.stdout


def test_per_path_dates_reach_documents(tmp_path: Path) -> None:
    from factlint.engine import date_for

    assert str(date_for("corpus/2021/a.txt", {"corpus/2021/": "2021-06-30"})) == "2021-06-30"
    assert date_for("corpus/2022/a.txt", {"corpus/2021/": "2021-06-30"}) is None


def test_default_pack_examples_pass(repo: Path) -> None:
    proc = factlint(repo, "rules", "test")
    assert proc.returncode == 0, proc.stdout


def test_warm_run_answers_from_the_last_result_and_explain_still_recomputes(tmp_path: Path, seeds: Path) -> None:
    """The whole-run cache must not starve `--explain`, which needs every document's analysis."""
    import shutil

    shutil.copytree(seeds, tmp_path / "seeds")
    cold = factlint(tmp_path, "lint", "seeds", "--format", "json")
    warm = factlint(tmp_path, "lint", "seeds", "--format", "json")
    assert cold.returncode == warm.returncode == 1
    assert warm.stdout == cold.stdout
    with sqlite3.connect(tmp_path / ".factlint_cache" / "factlint.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 1
    explained = factlint(tmp_path, "lint", "seeds", "--explain")
    assert "32.1% 성장" in explained.stdout and "statement(s) checked" in explained.stdout


def test_unchanged_files_are_not_read_again_but_edits_are_seen(project: Path) -> None:
    """File stamps: a file whose size and mtime match its recorded stamp keeps its recorded digest and
    is not read (its stamp is not recorded again); an edit is read; a file modified within 2 s of
    when its stamp was recorded is read on every run, since it may change again within one tick."""
    a, b, c = (project / "corpus" / name for name in ("a.txt", "b.txt", "c.txt"))
    a.write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    b.write_text(f"{SECOND}\n", encoding="utf-8")
    c.write_text("새로 쓴 기사의 첫 문단이다.\n", encoding="utf-8")
    hour_ago = os.stat(a).st_mtime_ns - 3600 * 10**9
    for old in (a, b):
        os.utime(old, ns=(hour_ago, hour_ago))
    # c is written "moments ago" whatever the machine's load: a minute ahead, so that no run records its
    # stamp 2 s or more after its mtime (a loaded run took longer than that to get there)
    in_a_minute = os.stat(c).st_mtime_ns + 60 * 10**9
    os.utime(c, ns=(in_a_minute, in_a_minute))
    db = project / ".factlint_cache" / "factlint.sqlite3"

    def recorded() -> dict[str, int]:
        with sqlite3.connect(db) as conn:
            return {Path(p).name: r for p, r in conn.execute("SELECT path, recorded_ns FROM stamps")}

    assert [Path(f["path"]).name for f in report(project)["findings"]] == ["a.txt"]
    first = recorded()
    assert sorted(first) == ["a.txt", "b.txt", "c.txt"]
    assert [Path(f["path"]).name for f in report(project)["findings"]] == ["a.txt"]
    second = recorded()
    assert second["a.txt"] == first["a.txt"] and second["b.txt"] == first["b.txt"]  # not read again
    assert second["c.txt"] > first["c.txt"]  # written moments ago: read again

    b.write_text(f"{PARAGRAPH}\n", encoding="utf-8")  # an edit: b now copies a
    findings = report(project)["findings"]
    assert sorted(Path(f["path"]).name for f in findings) == ["a.txt", "b.txt"]
    third = recorded()
    assert third["b.txt"] > second["b.txt"] and third["a.txt"] == first["a.txt"]


def test_rule_files_edited_after_a_cached_run_are_read_again(project: Path) -> None:
    """The validated rule set is cached by its files' bytes: an edit takes effect on the next run, and
    a rule file broken after a good run is reported (exit 2), not served from the cache."""
    (project / "corpus" / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    assert [f["severity"] for f in report(project)["findings"]] == ["error"]
    rules = project / "rules" / "dup.yaml"
    with sqlite3.connect(project / ".factlint_cache" / "factlint.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM rulesets").fetchone()[0] == 1
    rules.write_text(RULES.replace("severity: error", "severity: warning"), encoding="utf-8")
    assert [f["severity"] for f in report(project)["findings"]] == ["warning"]
    rules.write_text(RULES.replace("    kind: duplicate\n", "    kind: duplicates\n"), encoding="utf-8")
    broken = factlint(project, "lint")
    assert broken.returncode == 2 and "dup.yaml:" in broken.stderr and "kind" in broken.stderr
