"""Tests for benchmarks/gen_corpus.py: determinism, manifest accuracy, no accidental duplicates."""

from __future__ import annotations

import difflib
import importlib.util
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ARTICLES = 200
SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "gen_corpus.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


gen = _load()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    assert gen.main(["--out", str(out), "--articles", str(ARTICLES), "--seed", "1"]) == 0
    return out


@pytest.fixture(scope="module")
def manifest(corpus: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def texts(corpus: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))}


def _at(texts: dict[str, str], loc: dict[str, Any]) -> str:
    return texts[loc["file"]][loc["start"]:loc["end"]]


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_same_seed_same_bytes(corpus: Path, tmp_path: Path) -> None:
    gen.main(["--out", str(tmp_path), "--articles", str(ARTICLES), "--seed", "1"])
    assert _files(tmp_path) == _files(corpus)


def test_other_seed_other_corpus(corpus: Path, tmp_path: Path) -> None:
    gen.main(["--out", str(tmp_path), "--articles", "40", "--seed", "2"])
    assert (tmp_path / "00000.txt").read_bytes() != (corpus / "00000.txt").read_bytes()


def test_file_layout(corpus: Path, texts: dict[str, str], manifest: dict[str, Any]) -> None:
    assert sorted(texts) == [f"{i:05d}.txt" for i in range(ARTICLES)]
    assert manifest["articles"] == ARTICLES
    assert manifest["bytes"] == sum(len(t.encode("utf-8")) for t in texts.values())


def test_size_scales_to_about_4_8_kb_per_article(texts: dict[str, str]) -> None:
    mean = sum(len(t.encode("utf-8")) for t in texts.values()) / len(texts)
    assert 4800 * 0.8 <= mean <= 4800 * 1.2


def test_locations_are_consistent(texts: dict[str, str], manifest: dict[str, Any]) -> None:
    for copy in manifest["copies"]:
        for loc in (copy["source"], copy["copy"]):
            text = texts[loc["file"]]
            assert 0 <= loc["start"] < loc["end"] <= len(text)
            assert text.count("\n", 0, loc["start"]) + 1 == loc["line"]
            lines = text.split("\n")
            assert _at(texts, loc) in lines[loc["line"] - 1]
            assert sum(1 for ln in lines[:loc["line"] - 1] if ln.strip()) == loc["paragraph"]


def test_copy_text_matches_source_per_type(texts: dict[str, str], manifest: dict[str, Any]) -> None:
    seen_types = set()
    for copy in manifest["copies"]:
        kind = copy["type"]
        seen_types.add(kind)
        source, dup = _at(texts, copy["source"]), _at(texts, copy["copy"])
        if kind in ("exact", "block", "headline", "glued"):
            assert dup == source, copy
        elif kind == "exact_ws":
            assert dup != source and gen.normalise(dup) == gen.normalise(source), copy
        elif kind == "near":
            assert dup != source, copy
            assert difflib.SequenceMatcher(None, source, dup, autojunk=False).ratio() > 0.8, copy
        elif kind == "superset":
            inner = texts[copy["copy"]["file"]][copy["contained"]["start"]:copy["contained"]["end"]]
            assert inner == source and len(dup) > len(source), copy
        else:
            pytest.fail(f"unknown type {kind}")
    assert seen_types == {"exact", "exact_ws", "near", "superset", "glued", "block", "headline"}


def test_glued_copies_follow_a_full_stop_without_space(texts: dict[str, str], manifest: dict[str, Any]) -> None:
    glued = [c["copy"] for c in manifest["copies"] if c["type"] == "glued"]
    assert glued
    for loc in glued:
        assert texts[loc["file"]][loc["start"] - 1] == "."


def test_blocks_are_consecutive_runs(manifest: dict[str, Any]) -> None:
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for copy in manifest["copies"]:
        if copy["type"] == "block":
            groups[copy["group"]].append(copy)
    assert groups
    for run in groups.values():
        assert 3 <= len(run) <= 10
        for side in ("source", "copy"):
            paragraphs = [c[side]["paragraph"] for c in run]
            assert paragraphs == list(range(paragraphs[0], paragraphs[0] + len(run)))
            assert len({c[side]["file"] for c in run}) == 1


def test_headline_is_the_title_twice_at_the_top(texts: dict[str, str], manifest: dict[str, Any]) -> None:
    heads = [c for c in manifest["copies"] if c["type"] == "headline"]
    assert heads
    for c in heads:
        assert c["copy"]["paragraph"] == c["source"]["paragraph"] + 1 <= 2


def test_sources_are_originals(manifest: dict[str, Any]) -> None:
    """A source is never itself a copy, and no paragraph is the source of two copies."""
    def key(loc: dict[str, Any]) -> tuple[str, int]:
        return (loc["file"], loc["start"])

    copies = {key(c["copy"]) for c in manifest["copies"]}
    sources = [key(c["source"]) for c in manifest["copies"]]
    assert not copies & set(sources)
    assert len(sources) == len(set(sources))


def test_counts_scale_with_article_count(manifest: dict[str, Any]) -> None:
    counts = Counter(c["type"] for c in manifest["copies"])
    assert dict(counts) == manifest["counts"]
    expected = sum(rate for kind, rate in gen.RATES.items() if kind != "headline") * ARTICLES / 10000
    assert abs(sum(counts.values()) - counts["headline"] - expected) <= 3


def test_noise_is_not_listed(texts: dict[str, str], manifest: dict[str, Any]) -> None:
    noise = {"-", "|", "공유", "댓글", "기사 스크랩", "클린뷰", "프린트"}
    assert any(ln in noise for t in texts.values() for ln in t.split("\n"))
    for copy in manifest["copies"]:
        assert _at(texts, copy["copy"]) not in noise


def _original_paragraphs(texts: dict[str, str], manifest: dict[str, Any]) -> list[str]:
    copied = {(c["copy"]["file"], c["copy"]["line"]) for c in manifest["copies"]}
    return [line for name, text in texts.items() for n, line in enumerate(text.split("\n"), 1)
            if len(line) >= 60 and (name, n) not in copied]


def _shingles(text: str, k: int = 5) -> set[str]:
    return {text[i:i + k] for i in range(len(text) - k + 1)}


def test_original_paragraphs_are_not_near_duplicates(texts: dict[str, str], manifest: dict[str, Any]) -> None:
    paragraphs = _original_paragraphs(texts, manifest)
    assert len(paragraphs) > 4 * ARTICLES
    shingles = [_shingles(p) for p in paragraphs]
    rng = random.Random(0)
    worst = 0.0
    for _ in range(4000):
        a, b = rng.sample(range(len(paragraphs)), 2)
        worst = max(worst, len(shingles[a] & shingles[b]) / len(shingles[a] | shingles[b]))
    assert worst < 0.3


def test_no_sentence_repeats_outside_injected_copies(texts: dict[str, str], manifest: dict[str, Any]) -> None:
    sentences = Counter(s for p in _original_paragraphs(texts, manifest)
                        for s in re.split(r"(?<=\.)\s+", p) if len(s) >= 25)
    assert [s for s, n in sentences.items() if n > 1] == []


def test_articles_carry_figures_in_many_notations(texts: dict[str, str]) -> None:
    body = "\n".join(texts.values())
    for pattern in (r"\d+억\d+만", r"\d+조\d+억", r"\d+B\b", r"\$\d+(\.\d)? (million|billion)",
                    r"\d+억 달러\(한화 약 \d+억원\)", r"\d+\.\d%", r"(두|세|네|다섯) ?배", r"\d+배", r"약 \d+명",
                    r"\d+ 페타플롭", r"수(백|천)억", r"\d{4}년"):
        assert re.search(pattern, body), pattern
    per_article = [len(re.findall(r"\d[\d,.]*", t)) for t in texts.values()]
    assert 5 <= sum(per_article) / len(per_article) <= 30


def test_josa_follows_final_consonant() -> None:
    assert gen.josa("네이버", "topic") == "네이버는"
    assert gen.josa("연구원", "topic") == "연구원은"
    assert gen.josa("GPT-3", "subj") == "GPT-3이"
    assert gen.josa("서울", "dir") == "서울로"
    assert gen.josa("KT", "obj") == "KT를"
