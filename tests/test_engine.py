"""The engine's batching of per-document work and its isolation of crashes."""

from __future__ import annotations

import gc
from pathlib import Path

import numpy as np
import pytest

from factlint import engine
from factlint.checks import duplicate
from factlint.config.rules import load_rules
from factlint.loader import parse
from factlint.model import Document

REPO = Path(__file__).resolve().parents[1]
DUPLICATES = REPO / "rules" / "duplicates.yaml"


def _docs(seeds: Path) -> list[Document]:
    docs = [parse(str(p), p.read_bytes()) for p in sorted(seeds.glob("*.txt"))]
    assert all(isinstance(d, Document) for d in docs)
    return docs  # type: ignore[return-value]


def test_analyse_many_equals_analysing_one_by_one(seeds: Path) -> None:
    ruleset = load_rules([str(DUPLICATES)])
    docs = _docs(seeds)
    many = engine.analyse_many(docs, ruleset)
    for doc, batched in zip(docs, many):
        alone = engine.analyse(doc, ruleset)
        assert [b.span for b in batched.blocks] == [b.span for b in alone.blocks]
        assert [b.text for b in batched.blocks] == [b.text for b in alone.blocks]
        rule_id = ruleset.rules[0].id
        assert np.array_equal(batched.prepared[rule_id], alone.prepared[rule_id])
        assert batched.errors == ()


def test_a_crash_in_prepare_many_is_pinned_to_its_document(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """prepare_many raising for the whole batch: the batch is prepared one by one, so only the
    document that crashes prepare gets an error, and the others keep their results."""
    ruleset = load_rules([str(DUPLICATES)])
    docs = _docs(seeds)
    culprit = docs[2].path
    real = duplicate.prepare_many

    def many_boom(items: object, rule: object) -> list[object]:
        raise RuntimeError("batch boom")

    def one_boom(doc: Document, *args: object) -> object:
        if doc.path == culprit:
            raise RuntimeError("prepare boom")
        blocks, rule = args
        return real([(doc, blocks)], rule)[0]  # type: ignore[list-item]

    monkeypatch.setattr(duplicate, "prepare_many", many_boom)
    monkeypatch.setattr(duplicate, "prepare", one_boom)
    analyses = engine.analyse_many(docs, ruleset)
    failed = [a.path for a in analyses if a.errors]
    assert failed == [culprit]
    assert "prepare boom" in analyses[2].errors[0] and culprit in analyses[2].errors[0]
    rule_id = ruleset.rules[0].id
    assert all(rule_id in a.prepared for a in analyses if a.path != culprit)


def test_workers_analyse_in_batches_with_the_same_result(tmp_path: Path, seeds: Path) -> None:
    """Enough files for batches of several documents, on 1 and 2 workers: the same analyses."""
    paths = []
    for i in range(40):
        for seed in sorted(seeds.glob("*.txt")):
            target = tmp_path / f"{i:02d}_{seed.name}"
            target.write_bytes(seed.read_bytes())
            paths.append(str(target))
    ruleset = load_rules([str(DUPLICATES)])
    rule_id = ruleset.rules[0].id
    _, _, one = engine.analyse_paths(paths, ruleset, jobs=1)
    _, _, two = engine.analyse_paths(paths, ruleset, jobs=2)
    assert list(one) == list(two) == paths
    for path in paths:
        assert np.array_equal(one[path].prepared[rule_id], two[path].prepared[rule_id])
        assert one[path].blocks.offsets == two[path].blocks.offsets  # type: ignore[attr-defined]


def test_gc_is_paused_during_a_run_and_restored_after() -> None:
    from factlint.cli import _gc_paused

    assert gc.isenabled()
    with _gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with _gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
