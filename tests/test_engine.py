"""The engine's batching of per-document work and its isolation of crashes."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pytest

from factlint import engine
from factlint.checks import CHECKS
from factlint.checks.base import Focus
from factlint.checks.duplicate import hashing, matching
from factlint.config.rules import load_rules
from factlint.engine import workers
from factlint.engine.analyse import analyse
from factlint.loader import parse
from factlint.model import Document

REPO = Path(__file__).resolve().parents[1]
DUPLICATES = REPO / "rules" / "duplicates.yaml"


def _docs(seeds: Path) -> list[Document]:
    docs = [parse(str(p), p.read_bytes()) for p in sorted(seeds.glob("*.txt"))]
    assert all(isinstance(d, Document) for d in docs)
    return docs  # type: ignore[return-value]


def touches(finding: object, focus: set[str] | frozenset[str]) -> bool:
    return Focus(frozenset(focus)).touches(finding)  # type: ignore[arg-type]


def test_a_batch_is_analysed_as_each_document_alone(seeds: Path) -> None:
    ruleset = load_rules([str(REPO / "rules")])
    docs = _docs(seeds)
    many = analyse(docs, ruleset)
    for doc, batched in zip(docs, many):
        (alone,) = analyse([doc], ruleset)
        assert batched.errors == alone.errors == ()
        for rule in ruleset.rules:
            codec = CHECKS[rule.kind].codec
            assert codec is not None
            assert codec.encode(batched.summaries[rule.id]) == codec.encode(alone.summaries[rule.id]), (doc.path, rule.id)


def test_a_crash_in_a_batch_is_pinned_to_its_document(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """summarise_many raising for the whole batch: the batch is summarised one by one, so only the
    document that crashes summarise gets an error, and the others keep their summaries."""
    ruleset = load_rules([str(DUPLICATES)])
    docs = _docs(seeds)
    culprit = docs[2].path
    check = CHECKS["duplicate"]
    real = check.summarise

    def many_boom(views: object, rule: object) -> list[object]:
        raise RuntimeError("batch boom")

    def one_boom(view: Any, rule: Any) -> object:
        if view.document.path == culprit:
            raise RuntimeError("summarise boom")
        return real(view, rule)

    monkeypatch.setattr(check, "summarise_many", many_boom)
    monkeypatch.setattr(check, "summarise", one_boom)
    analysed = analyse(docs, ruleset)
    failed = [a.path for a in analysed if a.errors]
    assert failed == [culprit]
    assert "summarise boom" in analysed[2].errors[0] and culprit in analysed[2].errors[0]
    rule_id = ruleset.rules[0].id
    assert all(rule_id in a.summaries for a in analysed if a.path != culprit)
    assert rule_id not in analysed[2].summaries


def test_a_check_that_crashes_on_one_document_keeps_the_others_findings(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The crash is reported for that document; the rule still reports on every other document."""
    ruleset = load_rules([str(DUPLICATES)])
    paths = [str(p) for p in sorted(seeds.glob("*.txt"))]
    full = engine.run(paths, ruleset)
    check = CHECKS["duplicate"]
    real = check.summarise

    def one_boom(view: Any, rule: Any) -> object:
        if view.document.path == paths[3]:
            raise RuntimeError("boom")
        return real(view, rule)

    monkeypatch.setattr(check, "summarise_many", lambda views, rule: [one_boom(v, rule) for v in views])
    monkeypatch.setattr(check, "summarise", one_boom)
    broken = engine.run(paths, ruleset)
    assert len(broken.internal_errors) == 1 and paths[3] in broken.internal_errors[0]
    assert broken.findings == tuple(f for f in full.findings if not touches(f, {paths[3]}))
    assert len(broken.findings) >= 3


def test_workers_analyse_in_batches_with_the_same_result(tmp_path: Path, seeds: Path) -> None:
    """Enough files for batches of several documents, on 1 and 2 workers: the same summaries."""
    paths = []
    for i in range(40):
        for seed in sorted(seeds.glob("*.txt")):
            target = tmp_path / f"{i:02d}_{seed.name}"
            target.write_bytes(seed.read_bytes())
            paths.append(str(target))
    ruleset = load_rules([str(REPO / "rules")])
    rules = tuple(r.id for r in ruleset.rules)
    tasks = [workers.Task(p, None, None, rules) for p in paths]
    one = list(workers.run(tasks, ruleset, jobs=1))
    two = list(workers.run(tasks, ruleset, jobs=2))
    assert [d.path for d in one] == [d.path for d in two] == paths
    for a, b in zip(one, two):
        assert a.summaries == b.summaries and a.related == b.related and a.digest == b.digest
    assert engine.run(paths, ruleset, jobs=1).findings == engine.run(paths, ruleset, jobs=2).findings


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


def test_a_focus_run_keeps_exactly_the_full_runs_findings_that_touch_it(tmp_path: Path, seeds: Path) -> None:
    """Pre-commit checks the changed files against the whole corpus: its findings must be the full
    run's findings located in or related to a changed file, no more and no fewer, for every kind."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted(seeds.glob("*.txt")):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    lines = (seeds / "001_44002c1806efbf2a.txt").read_text(encoding="utf-8").splitlines()
    new = corpus / "new.txt"
    # A copied paragraph of seed 001 (line 16) and another figure for HyperCLOVA's size.
    new.write_text(
        f"{lines[15]}\n네이버의 하이퍼클로바는 파라미터 3000억개 규모다.\n"
        "LG는 2021년 1억 달러(한화 약 2000억원)를 투입한다.\n",  # a wrong conversion (about 1122억원)
        encoding="utf-8",
    )
    paths = [str(p) for p in sorted(corpus.glob("*.txt"))]
    ruleset = load_rules([str(REPO / "rules")])
    full = engine.run(paths, ruleset)
    assert not full.internal_errors
    for focus in ({str(new)}, {paths[1]}, {paths[2], str(new)}):
        wanted = [f for f in full.findings if touches(f, focus)]
        assert wanted, focus  # each case has something to report
        got = engine.run(paths, ruleset, focus=frozenset(focus))
        assert got.findings == tuple(wanted)
        # As `lint --changed` runs: the focus files are also the changed ones, which the checks
        # blame; the focus run keeps exactly what a full run blaming them finds that touches them.
        changed = frozenset(focus)
        blaming = engine.run(paths, ruleset, changed=changed)
        assert engine.run(paths, ruleset, focus=changed, changed=changed).findings == tuple(
            f for f in blaming.findings if touches(f, focus))
    kinds = {f.kind for f in full.findings if touches(f, {str(new)})}
    # 3000억 disagrees with the reference and with seed 001 (paths[1]): one finding, the fact's, with seed 001 related
    assert {"duplicate", "fact", "conversion"} <= kinds
    (fact,) = [f for f in full.findings if f.kind == "fact" and f.location.path == str(new)]
    assert fact.data["also"]["rule"] == "model-spec-contradiction" and any(loc.path == paths[1] for loc in fact.related)

    # With a cache, a focus run is remembered apart from the full run (and the other way round).
    store = engine.Store(tmp_path / "cache")
    focused = engine.run(paths, ruleset, store=store, focus=frozenset({str(new)}))
    assert engine.run(paths, ruleset, store=store).findings == full.findings
    assert engine.run(paths, ruleset, store=store, focus=frozenset({str(new)})).findings == focused.findings
    store.close()


def test_a_pre_commit_run_learns_the_articles_dates_without_reading_them(
    tmp_path: Path, generate: Callable[..., dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which copy is the later one depends on every article's date (generated articles have an
    "입력 2023.03.14 16:00" dateline), but a pre-commit run over a cached corpus reads only the
    documents its findings point into: the dates come with the stored summaries."""
    from factlint.engine import lazy

    manifest = generate(tmp_path, 300)
    paths = [str(p) for p in sorted(tmp_path.glob("*.txt"))]
    ruleset = load_rules([str(DUPLICATES)])
    store = engine.Store(tmp_path / "cache")
    engine.run(paths, ruleset, store=store)
    copied = str(tmp_path / next(c for c in manifest["copies"] if c["type"] == "exact")["copy"]["file"])
    read: list[str] = []
    real = lazy.Documents._read

    def counting(self: lazy.Documents, path: str) -> Document:
        read.append(path)
        return real(self, path)

    monkeypatch.setattr(lazy.Documents, "_read", counting)
    changed = frozenset({copied})
    result = engine.run(paths, ruleset, store=store, focus=changed, changed=changed)
    store.close()
    assert result.findings and all(f.location.path == copied for f in result.findings if f.kind == "duplicate")
    involved = {loc.path for f in result.findings for loc in (f.location, *f.related)}
    assert set(read) <= involved and len(read) < 10


@pytest.mark.parametrize("modes", [{}, {"stock": True, "syndicate": 2}], ids=["default", "stock-syndicated"])
def test_near_candidates_of_some_blocks_are_the_full_joins_candidates_touching_them(
    tmp_path: Path, generate: Callable[..., dict[str, Any]], modes: dict[str, Any]
) -> None:
    """A pre-commit run makes pairs only from the band buckets that hold a block of interest: the
    pairs it finds worth measuring must be exactly those made from every bucket that have a block
    of interest in them, for interest sets of single articles, of copies and at random. The
    syndicated corpus has buckets above the cap, whose first member is paired with every other."""
    import random

    generate(tmp_path, 400, **modes)
    paths = [str(p) for p in sorted(tmp_path.glob("*.txt"))]
    ruleset = load_rules([str(DUPLICATES)])
    rule = ruleset.rules[0]
    docs = [parse(p, Path(p).read_bytes()) for p in paths]
    summaries = [a.summaries[rule.id] for a in analyse(docs, ruleset)]  # type: ignore[arg-type]
    corpus = matching.corpus_arrays(paths, summaries)
    found = matching.sentences(corpus, corpus.compared)
    keys, owners = matching.band_keys(corpus, corpus.signed, matching.bands(rule.options["similarity"]), found)
    join = matching._join(keys, owners, len(corpus.keys))
    if modes:
        assert (join[2] > matching.BUCKET_CAP).any()
    a, b = matching._promising(join, corpus, rule.options, None)
    assert len(a) > 100
    pick = random.Random(11)
    blocks = len(corpus.keys)
    interests = [corpus.doc == pick.randrange(len(paths)) for _ in range(4)]
    interests += [np.isin(np.arange(blocks), pick.sample(range(blocks), k)) for k in (1, 50, 2000)]
    interests.append(np.isin(np.arange(blocks), a[:40]))
    big = join[0][join[1][join[2] > matching.BUCKET_CAP]]  # the first members of big buckets
    interests += [np.isin(np.arange(blocks), big[:3]), np.isin(np.arange(blocks), big[:3] + 1)]
    for interest in interests:
        # A focus run joins only the band keys that a block of interest has (_holding).
        held = matching._join(*matching._holding(keys, owners, interest), len(corpus.keys))
        for subset in (join, held):
            x, y = matching._promising(subset, corpus, rule.options, interest)
            touching = interest[a] | interest[b]
            assert (x.tolist(), y.tolist()) == (a[touching].tolist(), b[touching].tolist())


@pytest.mark.parametrize("similarity", [0.5, 0.65, 0.8])  # two, three and four rows a band
def test_bands_joined_a_few_at_a_time_give_the_pairs_of_all_bands_joined_at_once(
    tmp_path: Path, generate: Callable[..., dict[str, Any]], similarity: float
) -> None:
    """The near-copy candidates are made a few bands at a time (memory): the pairs must be those of
    every band keyed and joined at once, in the same order, with and without blocks of interest,
    on a corpus of stock sentences and syndicated paragraphs (buckets over the cap)."""
    generate(tmp_path, 300, stock=True, syndicate=2)
    paths = [str(p) for p in sorted(tmp_path.glob("*.txt"))]
    ruleset = load_rules([str(DUPLICATES)])
    rule = ruleset.rules[0]
    opts = {**rule.options, "similarity": similarity}
    docs = [parse(p, Path(p).read_bytes()) for p in paths]
    corpus = matching.corpus_arrays(paths, [a.summaries[rule.id] for a in analyse(docs, ruleset)])
    found = matching.sentences(corpus, corpus.compared)
    rows = matching.bands(similarity)
    assert matching.BINS // rows > matching._BANDS_AT_ONCE  # more than one group of bands
    keys, owners = matching.band_keys(corpus, corpus.signed, rows, found)
    blocks = len(corpus.keys)
    for interest in (None, corpus.doc % 7 == 3):
        join = matching._join(keys, owners, blocks) if interest is None else matching._join(*matching._holding(keys, owners, interest), blocks)
        a, b = matching._promising(join, corpus, opts, interest)
        x, y = matching._band_pairs(corpus, corpus.signed, rows, found, opts, interest)
        assert len(a) > 20
        assert (x.tolist(), y.tolist()) == (a.tolist(), b.tolist())


@pytest.mark.parametrize("modes", [{}, {"stock": True, "syndicate": 2}], ids=["default", "stock-syndicated"])
def test_duplicate_focus_run_matches_the_full_run_on_a_generated_corpus(
    tmp_path: Path, generate: Callable[..., dict[str, Any]], modes: dict[str, Any]
) -> None:
    """The duplicate check skips, in a focus run, the candidates that cannot change a finding touching
    the focus. On 600 generated articles with injected exact, near, contained and block copies (and,
    in the stock corpus, two paragraphs syndicated to 30-40 articles each), for focus sets taken
    from the copies of each type and at random, the focus run's findings must be the full run's
    that touch the focus."""
    import random

    manifest = generate(tmp_path, 600, **modes)
    paths = [str(p) for p in sorted(tmp_path.glob("*.txt"))]
    ruleset = load_rules([str(DUPLICATES)])
    full = engine.run(paths, ruleset)
    assert len(full.findings) > 100
    by_type: dict[str, list[str]] = {}
    for copy in manifest["copies"]:
        by_type.setdefault(copy["type"], []).append(str(tmp_path / copy["copy"]["file"]))
    pick = random.Random(7)
    focus_sets = [frozenset(pick.sample(files, min(3, len(files)))) for files in by_type.values()]
    focus_sets += [frozenset(pick.sample(paths, 5)) for _ in range(3)]
    if modes:
        sources = {str(tmp_path / c["source"]["file"]) for c in manifest["copies"] if c["type"] == "syndicated"}
        focus_sets.append(frozenset(sources))
    for focus in focus_sets:
        wanted = tuple(f for f in full.findings if touches(f, focus))
        assert engine.run(paths, ruleset, focus=focus).findings == wanted, sorted(focus)


def test_duplicate_focus_run_keeps_a_closer_source_outside_the_focus(tmp_path: Path) -> None:
    """c.txt's paragraph is a near copy of a.txt's (one word changed) and, less closely, of the
    focus b.txt's (four changed). The full run reports c against a, not against b; the focus run
    must measure c's other candidates too, or it would report c against b."""
    base = (
        "초거대 AI는 대용량 연산이 가능한 인프라를 기반으로 스스로 데이터를 학습해 자율적으로 사고할 수 있는 "
        "일종의 전자두뇌다. 향후 산업, 안보, 교육 등 모든 분야에서의 활용이 예상돼 시장 규모가 기하급수적으로 "
        "커질 것이라는 전망이 나온다."
    )
    close = base.replace("인프라를", "설비를")
    far = base.replace("인프라를", "설비를").replace("안보", "국방").replace("교육", "의료").replace("전망이", "예측이")
    files = {"a.txt": base, "b.txt": far, "c.txt": close}
    for name, text in files.items():
        (tmp_path / name).write_text(f"{text}\n", encoding="utf-8")
    paths = [str(tmp_path / name) for name in sorted(files)]
    ruleset = load_rules([str(DUPLICATES)])
    full = engine.run(paths, ruleset)
    pairs = {(Path(f.location.path).name, Path(f.related[0].path).name) for f in full.findings}
    assert ("c.txt", "a.txt") in pairs and ("c.txt", "b.txt") not in pairs
    focus = frozenset({paths[1]})
    wanted = tuple(f for f in full.findings if touches(f, focus))
    assert engine.run(paths, ruleset, focus=focus).findings == wanted


class _Box:
    """A decoded summary that a weak reference can watch."""

    def __init__(self, text: str) -> None:
        self.text = text


class _BoxCodec:
    def encode(self, value: _Box) -> bytes:
        return value.text.encode()

    def decode_many(self, blobs: Any) -> list[_Box | None]:
        return [None if b.startswith(b"bad") else _Box(b.decode()) for b in blobs]


class _BoxCheck:
    codec = _BoxCodec()


def _box_corpus(recomputed: list[str]) -> Any:
    """Seven documents whose summaries come every way a run meets them: an object made here, bytes
    a worker sent, stored bytes, stored bytes that do not decode, a stored key the store lost, a
    document with no summary (its check crashed), and one whose summary cannot be made again."""
    from factlint.engine.lazy import Documents, Encoded, RuleCorpus

    paths = [f"d{i}.txt" for i in range(7)]
    held = {"d0.txt": _Box("object"), "d1.txt": Encoded(b"worker")}
    stored = {"d2.txt": b"k2", "d3.txt": b"k3", "d4.txt": b"k4", "d6.txt": b"k6"}
    blobs = {b"k2": b"stored", b"k3": b"bad bytes", b"k6": b"bad again"}

    def recompute(path: str, rule: Any) -> tuple[Any, str | None]:
        recomputed.append(path)
        return (None, f"cannot summarise {path}") if path == "d6.txt" else (_Box(f"made {path}"), None)

    return RuleCorpus(
        _BoxCheck(), None, None, None, paths, Documents({}, {}),  # type: ignore[arg-type]
        held, stored, lambda keys: {k: blobs[k] for k in keys if k in blobs}, recompute,
    )


@pytest.mark.parametrize("batch", [1, 2, 1024])
def test_summaries_read_one_at_a_time_are_the_summaries_read_at_once(batch: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint.engine import lazy

    monkeypatch.setattr(lazy, "_BATCH", batch)
    at_once, one_by_one = _box_corpus([]), _box_corpus([])
    expected = [(p, s.text) for p, s in zip(at_once.paths, at_once.summaries())]
    assert expected == [
        ("d0.txt", "object"), ("d1.txt", "worker"), ("d2.txt", "stored"), ("d3.txt", "made d3.txt"), ("d4.txt", "made d4.txt"),
    ]
    assert [(p, s.text) for p, s in one_by_one.each()] == expected
    assert one_by_one.paths == at_once.paths  # d5 (no summary) and d6 (cannot be made) are left out of both
    assert sorted(one_by_one.rewritten) == sorted(at_once.rewritten) == ["d3.txt", "d4.txt"]
    assert one_by_one.errors == at_once.errors == ["cannot summarise d6.txt"]


def test_summaries_read_one_at_a_time_are_not_held_by_the_corpus() -> None:
    import weakref

    corpus = _box_corpus([])
    seen: list[weakref.ref[_Box]] = []
    for path, summary in corpus.each():
        if path not in corpus.rewritten:  # made again here: the engine writes those back to the store
            seen.append(weakref.ref(summary))
        del summary
        gc.collect()
        assert all(ref() is None for ref in seen[:-1])  # every earlier one is gone while the walk goes on
    assert len(seen) == 3
    held = _box_corpus([])
    kept = [weakref.ref(s) for s in held.summaries()]
    gc.collect()
    assert all(ref() is not None for ref in kept)  # read at once, they are the corpus's until it goes


def test_spilled_summaries_come_back_byte_for_byte_whatever_is_asked() -> None:
    from factlint.engine.lazy import Encoded, Spilled

    spill = Spilled()
    blobs = {f"d{i}.txt": bytes([i]) * (i * 37 % 11) for i in range(40)}  # some empty
    for path, data in blobs.items():
        if path != "d7.txt":
            spill.put("dup", path, data)
        if int(path[1:-4]) % 3 == 0:  # another rule's summaries, of every third article, in between
            spill.put("term", path, b"term " + data)
    every = spill.read("dup", list(blobs))
    assert every == {p: d for p, d in blobs.items() if p != "d7.txt"} and all(isinstance(v, Encoded) for v in every.values())
    assert spill.read("dup", ["d30.txt", "d2.txt", "nowhere.txt", "d7.txt"]) == {"d30.txt": blobs["d30.txt"], "d2.txt": blobs["d2.txt"]}
    assert spill.read("term", ["d3.txt", "d4.txt"]) == {"d3.txt": b"term " + blobs["d3.txt"]}
    assert spill.read("fact", ["d3.txt"]) == {}
    spill.drop("dup")
    assert spill.read("dup", ["d2.txt"]) == {} and spill.read("term", ["d0.txt"]) == {"d0.txt": b"term "}
    spill.close()


def test_a_run_keeps_no_summary_bytes_in_memory_before_its_checks(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every summary is made before the first check, and a check reads only its rule's: the bytes
    wait in the run's temporary files, and the report is the one of summaries kept in memory."""
    import sys

    from factlint.engine import lazy

    run_module = sys.modules["factlint.engine.run"]  # the module (the package exports its function ``run``)
    ruleset = load_rules([str(REPO / "rules")])
    paths = [str(p) for p in sorted(seeds.glob("*.txt"))]
    seen: list[set[object]] = []
    check = run_module._check

    def spying(corpus: Any, *args: Any) -> Any:
        seen.append({type(v) if v is not lazy.SPILLED else "spilled" for held in corpus.held.values() for v in held.values()})
        return check(corpus, *args)

    monkeypatch.setattr(run_module, "_check", spying)
    result = engine.run(paths, ruleset, jobs=1)
    assert seen == [{"spilled"}]
    in_memory = engine.lint_documents(_docs(seeds), ruleset, today=None)
    assert [f.message for f in result.findings] == [f.message for f in in_memory.findings]
    assert len(result.findings) >= 5


def test_documents_read_for_their_blocks_or_between_checks_are_not_kept(tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A check reads the blocks of many documents no finding points into (near-copy candidates), and
    a check's findings keep theirs: neither may stay in memory for the next check. Documents handed
    in (no file to read again) always stay; what is read again is the same document."""
    from factlint import segment
    from factlint.engine import lazy

    monkeypatch.setattr(lazy, "_BLOCKS_KEPT", 2)
    paths = [str(p) for p in sorted(seeds.glob("*.txt"))]
    given = parse("given.txt", "손으로 건넨 기사.\\n\\n두 번째 문단.".encode())
    assert isinstance(given, Document)
    docs = lazy.Documents({}, {})
    docs.keep(given)
    for path in paths:
        assert [b.text for b in docs.blocks(path)] == [b.text for b in segment.blocks(parse(path, Path(path).read_bytes()))]  # type: ignore[arg-type]
    assert set(docs._docs) == {"given.txt"}  # blocks read no document into the cache
    assert len(docs._blocks) == 2  # and keep the last two documents' blocks only
    first = docs.get(paths[0])
    assert docs.get(paths[0]) is first  # a check's own reads are kept while it runs
    docs.let_go()
    assert set(docs._docs) == {"given.txt"} and not docs._blocks
    again = docs.get(paths[0])
    assert again is not first and again.text == first.text and docs.get("given.txt") is given


def test_summaries_read_with_each_cannot_be_asked_for_again() -> None:
    # each() lets every summary go once read: a second read, or a walk left part-way and then a read
    # of everything, must fail loudly rather than see a corpus that silently lost its summaries
    walked = _box_corpus([])
    assert len(list(walked.each())) == 5
    with pytest.raises(RuntimeError, match="each"):
        walked.summaries()
    with pytest.raises(RuntimeError, match="each"):
        list(walked.each())
    partial = _box_corpus([])
    next(iter(partial.each()))
    with pytest.raises(RuntimeError, match="part-way"):
        partial.summaries()
    fresh = _box_corpus([])
    assert [s.text for s in fresh.summaries()] == [s.text for s in fresh.summaries()]  # read at once: as often as asked
