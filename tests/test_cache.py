"""The cache's bundles and its remembered rule sets, in process (the command line's use of the cache is
in test_workflow.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from factlint import cache as cache_module
from factlint import engine
from factlint.cache import AnalysisCache
from factlint.config.rules import load_rules

RULES = Path(__file__).resolve().parents[1] / "rules"
Generate = Callable[[Path, int], dict[str, Any]]


def _members(db: Path) -> dict[str, set[bytes]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, members FROM bundles").fetchall()
    return {name: {m[i : i + 20] for i in range(0, len(m), 20)} for name, m in rows}


class _Spy:
    """Records the keys each per-file query of a cache asks for."""

    def __init__(self, cache: AnalysisCache, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: dict[str, set[bytes]] = {"analysis": set(), "prepared": set()}
        real = cache._select

        def select(sql: str, keys: Any, *before: Any) -> Iterator[tuple[Any, ...]]:
            if "analysis FROM entries" in sql:
                self.asked["analysis"].update(keys)
            elif "FROM prepared" in sql:
                self.asked["prepared"].update(keys)
            return real(sql, keys, *before)

        monkeypatch.setattr(cache, "_select", select)


def test_bundles_serve_unchanged_files_and_rows_the_changed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, generate: Generate
) -> None:
    """After a full run, one row per kind of data holds every file's; a pre-commit run reads the
    bundles and, one by one, only the file that changed since. The bundles are rebuilt once more
    than BUNDLE_SLACK files have changed, and the findings never depend on where data came from."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    generate(corpus, 60)
    paths = [str(p) for p in sorted(corpus.glob("*.txt"))]
    ruleset = load_rules([str(RULES)])
    db_dir = tmp_path / "cache"
    first = AnalysisCache(db_dir)
    engine.run(paths, ruleset, cache=first)
    first.close()
    db = db_dir / "analysis.sqlite3"
    bundles = _members(db)
    keys, _, _ = engine.cached_keys(paths, ruleset, {}, AnalysisCache(db_dir))
    assert bundles["analysis"] == set(keys.values())
    prepared_rules = {r.id for r in ruleset.rules if r.kind in ("duplicate", "term", "conversion", "arithmetic")}
    assert {name.removeprefix("prepared:") for name in bundles if name != "analysis"} == prepared_rules
    assert all(members == set(keys.values()) for members in bundles.values())

    # One changed file: copies a paragraph of another article.
    changed = Path(paths[7])
    source = Path(paths[30]).read_text(encoding="utf-8").split("\n")
    changed.write_text(changed.read_text(encoding="utf-8") + "\n" + max(source, key=len) + "\n", encoding="utf-8")
    focus = frozenset({str(changed)})
    cache = AnalysisCache(db_dir)
    spy = _Spy(cache, monkeypatch)
    focused = engine.run(paths, ruleset, cache=cache, focus=focus)
    cache.close()
    new_keys, _, _ = engine.cached_keys(paths, ruleset, {}, AnalysisCache(db_dir))
    assert spy.asked == {"analysis": {new_keys[str(changed)]}, "prepared": set()}
    uncached = engine.run(paths, ruleset, focus=focus)
    assert focused.findings == uncached.findings and any(f.kind == "duplicate" for f in focused.findings)
    assert _members(db) == bundles  # two keys off: not worth rebuilding

    # More than BUNDLE_SLACK changed files: the next run rebuilds the bundles for the corpus as it is.
    for path in paths[10 : 10 + cache_module.BUNDLE_SLACK + 1]:
        Path(path).write_text(Path(path).read_text(encoding="utf-8") + "\n편집자 주: 수정됨.\n", encoding="utf-8")
    cache = AnalysisCache(db_dir)
    full = engine.run(paths, ruleset, cache=cache)
    cache.close()
    now, _, _ = engine.cached_keys(paths, ruleset, {}, AnalysisCache(db_dir))
    assert all(members == set(now.values()) for members in _members(db).values())
    assert full.findings == engine.run(paths, ruleset).findings


@pytest.mark.parametrize(("damage", "names"), [("value", "%"), ("members", "%"), ("value", "prepared:%")])
def test_a_corrupt_bundle_costs_time_not_results_and_is_rebuilt(
    tmp_path: Path, damage: str, names: str, generate: Generate
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    generate(corpus, 30)
    paths = [str(p) for p in sorted(corpus.glob("*.txt"))]
    ruleset = load_rules([str(RULES)])
    cache = AnalysisCache(tmp_path / "cache")
    expected = engine.run(paths, ruleset, cache=cache).findings
    cache.close()
    with sqlite3.connect(tmp_path / "cache" / "analysis.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM bundles").fetchone()[0] >= 2
        conn.execute(f"UPDATE bundles SET {damage} = ? WHERE name LIKE ?", (b"\x80\x05not a bundle", names))
        conn.execute("DELETE FROM results")  # make the run use the per-file data
    cache = AnalysisCache(tmp_path / "cache")
    assert engine.run(paths, ruleset, cache=cache).findings == expected
    cache.close()
    # ...and the run that found it damaged rebuilt the bundles.
    with sqlite3.connect(tmp_path / "cache" / "analysis.sqlite3") as conn:
        for members, value in conn.execute("SELECT members, value FROM bundles"):
            assert len(cache_module._unbundle(value)) == len(members) // 20 == len(paths)


def test_rule_sets_are_remembered_by_their_files_bytes(tmp_path: Path) -> None:
    """A rule set validated once is read back while its files are unchanged; an edit is loaded again,
    and a rule file broken after a good run is still reported."""
    from factlint.errors import RuleError

    rules = tmp_path / "rules.yaml"
    rules.write_text((RULES / "duplicates.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    cache = AnalysisCache(tmp_path / "cache")
    loads: list[int] = []

    def load() -> Any:
        loads.append(1)
        return load_rules([str(rules)])

    first = cache.ruleset([str(rules)], load)
    assert cache.ruleset([str(rules)], load) == first and len(loads) == 1
    rules.write_text(rules.read_text(encoding="utf-8").replace("severity: error", "severity: warning", 1), encoding="utf-8")
    edited = cache.ruleset([str(rules)], load)
    assert len(loads) == 2 and edited.rules[0].severity == "warning" != first.rules[0].severity
    rules.write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(RuleError):
        cache.ruleset([str(rules)], load)
    cache.close()
