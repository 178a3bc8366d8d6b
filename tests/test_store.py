"""The cache on disk: nothing in it can run code, anything damaged is a miss made again, it cannot
grow without bound, and it is never used through a symbolic link (tests through the engine and the
command line; test_workflow.py has the everyday cases)."""

from __future__ import annotations

import json
import os
import pickle
import random
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from factlint import engine
from factlint.checks import CHECKS
from factlint.config.rules import load_rules
from factlint.engine import Store
from factlint.engine.store import DATABASE
from factlint.engine.store import _opened as opened

REPO = Path(__file__).resolve().parents[1]
Generate = Callable[[Path, int], dict[str, Any]]


def factlint(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    return subprocess.run([sys.executable, "-m", "factlint", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture
def project(tmp_path: Path, seeds: Path, generate: Generate) -> Path:
    """The seeds and 40 generated articles (with copies), linted with the default pack."""
    (tmp_path / "corpus").mkdir()
    for seed in sorted(seeds.glob("*.txt")):
        (tmp_path / "corpus" / seed.name).write_bytes(seed.read_bytes())
    generate(tmp_path / "corpus", 40)
    (tmp_path / "factlint.yaml").write_text("corpus: [corpus/]\n", encoding="utf-8")
    return tmp_path


def _lint(project: Path, *args: str) -> tuple[int, str]:
    proc = factlint(project, "lint", "--format", "json", *args)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, proc.stdout


class _Payload:
    """Unpickling this creates a file: what a crafted cache committed to a repository would hold."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, (f"touch {self.target}",))


def test_a_pickle_in_every_table_is_never_run(project: Path, tmp_path: Path) -> None:
    cold = _lint(project, "--no-cache")
    _lint(project)
    db = project / ".factlint_cache" / DATABASE
    target = tmp_path / "pwned"
    payload = pickle.dumps(_Payload(target))
    with sqlite3.connect(db) as conn:
        for table, columns in (
            ("summaries", ("value", "related")), ("results", ("value",)), ("rulesets", ("value",)), ("stamps", ("digest",)),
        ):
            for column in columns:
                conn.execute(f"UPDATE {table} SET {column} = ?", (payload,))
        conn.execute("UPDATE meta SET v = ?", (payload.hex(),))
        conn.execute("INSERT INTO meta VALUES ('extra', ?)", (payload,))
    assert _lint(project) == cold
    assert _lint(project) == cold
    assert not target.exists()


def _flip(blob: bytes, rng: random.Random) -> bytes:
    data = bytearray(blob)
    for _ in range(3):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def test_flipped_bytes_give_the_cold_findings_and_are_written_over(project: Path) -> None:
    cold = _lint(project, "--no-cache")
    assert _lint(project) == cold
    db = project / ".factlint_cache" / DATABASE
    rng = random.Random(3)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT scope, key, value, related FROM summaries").fetchall()
        for scope, key, value, related in rows:
            conn.execute(
                "UPDATE summaries SET value = ?, related = ? WHERE scope = ? AND key = ?",
                (_flip(value, rng), None if related is None else _flip(related, rng), scope, key),
            )
        for table in ("results", "rulesets"):
            for key, value in conn.execute(f"SELECT key, value FROM {table}").fetchall():
                conn.execute(f"UPDATE {table} SET value = ? WHERE key = ?", (_flip(value, rng), key))
        damaged = len(rows)
    assert damaged > 300
    assert _lint(project) == cold
    # The run made every damaged summary again and wrote it over the damaged one: all read back clean.
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT scope, value, related FROM summaries").fetchall()
    assert len(stored) == damaged
    for _, value, related in stored:
        assert opened(value) is not None and (related is None or opened(related) is not None)
    assert _lint(project) == cold


def test_every_stored_summary_decodes_with_its_checks_codec(project: Path) -> None:
    _lint(project)
    ruleset = load_rules([str(REPO / "rules")])
    scopes = {engine.keys.scope(CHECKS[r.kind], r, ruleset): r for r in ruleset.rules}
    with sqlite3.connect(project / ".factlint_cache" / DATABASE) as conn:
        rows = conn.execute("SELECT scope, value FROM summaries").fetchall()
    assert {scope for scope, _ in rows} == set(scopes)
    for scope, value in rows:
        codec = CHECKS[scopes[scope].kind].codec
        assert codec is not None
        raw = opened(value)
        assert raw is not None
        codec.decode(raw)


@pytest.mark.parametrize("tamper", [
    "CREATE TRIGGER evil AFTER INSERT ON summaries BEGIN DELETE FROM stamps; END",
    "CREATE TABLE extra (x)",
    "CREATE VIEW v AS SELECT * FROM meta",
    "CREATE INDEX other ON stamps (size)",
])
def test_a_database_with_anything_factlint_did_not_create_is_made_again(project: Path, tamper: str) -> None:
    cold = _lint(project)
    db = project / ".factlint_cache" / DATABASE
    with sqlite3.connect(db) as conn:
        conn.execute(tamper)
    assert _lint(project) == cold
    with sqlite3.connect(db) as conn:
        names = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    assert not names & {"evil", "extra", "v", "other"}


def test_a_file_that_is_not_a_database_is_made_again(project: Path) -> None:
    cold = _lint(project)
    db = project / ".factlint_cache" / DATABASE
    db.write_bytes(b"not a database" * 100)
    assert _lint(project) == cold
    assert db.read_bytes().startswith(b"SQLite format 3")


def test_a_cache_folder_that_is_a_link_is_not_used(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (project / ".factlint_cache").symlink_to(elsewhere, target_is_directory=True)
    cold = _lint(project, "--no-cache")
    proc = factlint(project, "lint", "--format", "json")
    assert (proc.returncode, proc.stdout) == cold
    assert "symbolic link" in proc.stderr and "warning" in proc.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_database_file_that_is_a_link_is_not_used(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.sqlite3"
    outside.write_bytes(b"")
    (project / ".factlint_cache").mkdir()
    (project / ".factlint_cache" / DATABASE).symlink_to(outside)
    proc = factlint(project, "lint", "--format", "json")
    assert proc.returncode in (0, 1) and "symbolic link" in proc.stderr
    assert outside.read_bytes() == b""


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def test_edit_cycles_leave_the_cache_within_twice_a_fresh_one(tmp_path: Path, generate: Generate) -> None:
    """Every article edited and linted again, ten times: the cache stays near its fresh size."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    generate(corpus, 60)
    paths = [str(p) for p in sorted(corpus.glob("*.txt"))]
    ruleset = load_rules([str(REPO / "rules")])
    folder = tmp_path / "cache"
    store = Store(folder)
    engine.run(paths, ruleset, store=store)
    store.close()
    fresh = _folder_size(folder)
    sizes = []
    for cycle in range(10):
        for path in paths:
            with open(path, "a", encoding="utf-8") as f:
                f.write(f"편집 {cycle}: 문단을 덧붙였다.\n")
        store = Store(folder)
        engine.run(paths, ruleset, store=store)
        store.close()
        sizes.append(_folder_size(folder))
    assert max(sizes) <= 2 * fresh, (fresh, sizes)


def test_summaries_of_a_superseded_rule_set_are_dropped(project: Path) -> None:
    _lint(project)
    db = project / ".factlint_cache" / DATABASE
    with sqlite3.connect(db) as conn:
        before = {scope for (scope,) in conn.execute("SELECT DISTINCT scope FROM summaries")}
    (project / "rules").mkdir()
    text = (REPO / "rules" / "duplicates.yaml").read_text(encoding="utf-8")
    (project / "rules" / "dup.yaml").write_text(text.replace("similarity: 0.5", "similarity: 0.6"), encoding="utf-8")
    # The project's rule set replaces the default pack: one rule, one new scope.
    (project / "factlint.yaml").write_text("corpus: [corpus/]\nrules: [rules/]\ndefault_rules: false\n", encoding="utf-8")
    _lint(project)
    with sqlite3.connect(db) as conn:
        after = {scope for (scope,) in conn.execute("SELECT DISTINCT scope FROM summaries")}
    assert len(after) == 1 and not after & before


def test_the_size_bound_is_kept(tmp_path: Path, generate: Generate) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    generate(corpus, 30)
    paths = [str(p) for p in sorted(corpus.glob("*.txt"))]
    ruleset = load_rules([str(REPO / "rules" / "duplicates.yaml")])
    folder = tmp_path / "cache"
    for cycle in range(4):
        for path in paths:
            with open(path, "a", encoding="utf-8") as f:
                f.write(f"편집 {cycle}.\n")
        store = Store(folder, max_bytes=1)  # smaller than one run's summaries: keep only the last run's
        engine.run(paths, ruleset, store=store)
        store.close()
    with sqlite3.connect(folder / DATABASE) as conn:
        assert conn.execute("SELECT COUNT(*) FROM summaries").fetchone()[0] == len(paths)


def test_a_summary_the_manifest_lists_but_the_store_lost_is_made_again(project: Path) -> None:
    cold = _lint(project)
    db = project / ".factlint_cache" / DATABASE
    with sqlite3.connect(db) as conn:
        keys = conn.execute("SELECT scope, key FROM summaries").fetchall()
        for scope, key in keys[::3]:
            conn.execute("DELETE FROM summaries WHERE scope = ? AND key = ?", (scope, key))
        conn.execute("DELETE FROM results")
        count = len(keys)
    assert _lint(project) == cold
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM summaries").fetchone()[0] == count


def test_rule_sets_are_remembered_by_their_files_bytes(tmp_path: Path) -> None:
    """A rule set validated once is read back while its files are unchanged; an edit is loaded again,
    and a rule file broken after a good run is still reported."""
    from factlint.engine import rulesets
    from factlint.errors import RuleError

    rules = tmp_path / "rules.yaml"
    rules.write_text((REPO / "rules" / "duplicates.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    store = Store(tmp_path / "cache")
    loads: list[int] = []

    def load(paths: Any) -> Any:
        loads.append(1)
        return load_rules(paths)

    first = rulesets.load([str(rules)], store, load)
    assert rulesets.load([str(rules)], store, load) == first and len(loads) == 1
    rules.write_text(rules.read_text(encoding="utf-8").replace("severity: error", "severity: warning", 1), encoding="utf-8")
    edited = rulesets.load([str(rules)], store, load)
    assert len(loads) == 2 and edited.rules[0].severity == "warning" != first.rules[0].severity
    rules.write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(RuleError):
        rulesets.load([str(rules)], store, load)
    store.close()


def test_cache_info_and_clean(project: Path) -> None:
    assert "no cache" in factlint(project, "cache", "info").stdout
    _lint(project)
    info = factlint(project, "cache", "info")
    assert info.returncode == 0
    from factlint.config.rules import default_pack, load_rules

    n = len(load_rules(default_pack()).rules)
    assert f"summaries: {45 * n} (for {n} rule configuration(s))" in info.stdout  # 45 articles × every rule
    assert f"45 file(s) under {project}" in info.stdout
    clean = factlint(project, "cache", "clean")
    assert clean.returncode == 0 and "removed" in clean.stdout
    assert not (project / ".factlint_cache").exists()


def test_cache_dir_from_the_command_line_and_the_configuration(project: Path) -> None:
    _lint(project, "--cache-dir", "elsewhere")
    assert (project / "elsewhere" / DATABASE).is_file() and not (project / ".factlint_cache").exists()
    (project / "factlint.yaml").write_text("corpus: [corpus/]\ncache_dir: configured\n", encoding="utf-8")
    _lint(project)
    assert (project / "configured" / DATABASE).is_file()
    assert "configured" in factlint(project, "cache", "info").stdout
