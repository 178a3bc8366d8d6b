"""Session 15's speed rewrites (issue #17, issue #14's speed target) held to the definitions they replace: each old
definition is kept here and compared with the new one on generated texts (built from the pieces the patterns look
for) and on every shared article; the reorderings of pure tests are compared through whole binding runs (every
``Bound`` by ``repr``). Never timed."""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint import segment
from factlint.config.rules import load_rules
from factlint.loader import load
from factlint.model import Document, Span
from factlint.quantities.extract import extract

binding = importlib.import_module("factlint.binding")
contradiction = importlib.import_module("factlint.checks.contradiction")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTLINT_SHARED", REPO.parent / "shared"))


def _files() -> list[Path]:
    folders = [SHARED / "realworld" / "articles", SHARED / "probes" / "articles", REPO / "seeds", REPO / "tests" / "corpus",
               *(REPO / "tests" / "gold" / f"fresh{n}" / "articles" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10"))]
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*")) if p.suffix in (".md", ".txt")]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in _files()]


# --- binding._written_as_word: str.find for a pattern compiled per place and document


def _old_written_as_word(text: str, word: str) -> bool:
    return re.search(re.escape(word) + r"(?:[은는이가의을를에도]|(?![가-힣]))", text) is not None


_PIECES = ["서하", "서하시", "시", "군", "청솔", "청솔군", "은", "는", "이", "가", "의", "을", "를", "에", "도", "서", "에서",
           "박물관", "공항", " ", "\n", ".", ",", "(", ")", "A", "1", "가나", "힣", "\u3131", "\uac00"]
_WORDS = ["서하시", "청솔군", "서하", "시", "가나", "서하시서하시"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(_WORDS))
def test_written_as_word_is_the_pattern(pieces: list[str], word: str) -> None:
    text = "".join(pieces)
    assert binding._written_as_word(text, word) == _old_written_as_word(text, word)


@pytest.mark.parametrize("text, word, found", [
    ("서하시는 늘었다", "서하시", True),  # a particle after it
    ("서하시청 앞", "서하시", False),  # a syllable that is no particle: part of a longer word
    ("서하시", "서하시", True),  # the end of the text
    ("서하시청, 서하시.", "서하시", True),  # the second place
    ("서하시서하시", "서하시", True),  # overlapping places: the one at the end
])
def test_written_as_word_by_hand(text: str, word: str, found: bool) -> None:
    assert binding._written_as_word(text, word) is found is _old_written_as_word(text, word)


# --- contradiction._latin_glosses: str.find and one pattern for a pattern compiled per Hangul name


def _old_latin_glosses(text: str, name: str) -> list[str]:
    pattern = re.compile(rf"(?<![가-힣]){re.escape(name)}\(([A-Za-z][\w .&-]{{0,40}}?)\)")
    return [m.group(1) for m in pattern.finditer(text)]


_GLOSS_PIECES = ["루멘셀", "루멘", "셀", "(", ")", "Lumencell", "Lumen Cell", "L", "&", "-", ".", " ", "가", "a", "1",
                 "루멘셀(", "(Lu", ")", "\n", "x" * 20, "한빛"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_GLOSS_PIECES), max_size=40), st.sampled_from(["루멘셀", "셀", "루멘", "한빛"]))
def test_latin_glosses_are_the_pattern_s_groups(pieces: list[str], name: str) -> None:
    text = "".join(pieces)
    assert contradiction._latin_glosses(text, name) == _old_latin_glosses(text, name)


def test_latin_glosses_on_every_article() -> None:
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        names = {m.group() for m in re.finditer(r"[가-힣]{2,}(?=\()", text)} | {"루멘셀"}
        for name in sorted(names):
            assert contradiction._latin_glosses(text, name) == _old_latin_glosses(text, name), name
        for m in re.finditer(r"[가-힣]{2,}", text[:3000]):
            assert binding._written_as_word(text, m.group()) == _old_written_as_word(text, m.group())


# --- pure tests put in a cheaper order, and a pattern compiled once: whole binding runs compared


def _old_topic_is_measured(text: str, clause: Any, head: Any, exact: bool = False) -> bool:
    if head is None or not head.text or binding._name_like(text, head.text):
        return False
    start = max(clause.start, text.rfind(", ", clause.start, head.span.start) + 2)
    own = text[start : clause.end]
    lead = len(own) - len(own.lstrip(" ,"))
    opening = binding._OWN_TOPIC_KO.match(own[lead:])
    if opening is None:
        return False
    topic = re.sub(r"\s?(?:은|는)\s$", "", opening.group())
    if exact and topic != head.text:
        return False
    return bool(head.span.end == start + lead + len(topic) and topic.endswith(head.text) and
                not any(binding._name_like(text, w) for w in topic[: len(topic) - len(head.text)].split() if not w[0].isdigit()))


_NEW_ROUND_AMOUNTS = binding._round_amounts


def _old_round_amounts(doc: Any, sent: Any, qs: Any, ws: Any, ms: Any, m: Any, sentences: Any, si: int, mentions: Any) -> Any:
    attr = next((a for a in m.attributes if a.name == binding.rounds.FUNDING), None)
    if attr is None or not ws or "시리즈" not in sent.text:
        return {}
    return _NEW_ROUND_AMOUNTS(doc, sent, qs, ws, ms, m, sentences, si, mentions)


def _old_definite_owner(text: str, u: Any, ms: list[Any]) -> Any:
    if not re.search(r"\bthe\s+$", text[max(0, u.span.start - 5) : u.span.start], re.I):
        return None
    found = None
    for x in ms:
        if x.span.start > u.span.end and x.span.start - u.span.end <= 40 and binding._DEFINITE_IN.match(text[u.span.end : x.span.start]):
            found = x
    return found


def _bound(files: list[Path]) -> Iterator[str]:
    ruleset = load_rules([str(REPO / "rules")])
    for f in files:
        doc = load(str(f))
        if not isinstance(doc, Document):
            continue
        blocks = segment.blocks(doc)
        qs = [q for b in blocks for q in extract(b.text, b.span.start)]
        yield from (repr(b) for b in binding.bind_document(doc, blocks, qs, ruleset))


def test_reordered_tests_bind_every_article_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _files()
    assert len(files) > 100
    new = list(_bound(files))
    monkeypatch.setattr(binding, "_topic_is_measured", _old_topic_is_measured)
    monkeypatch.setattr(binding, "_round_amounts", _old_round_amounts)
    monkeypatch.setattr(binding, "_definite_owner", _old_definite_owner)
    old = list(_bound(files))
    assert len(new) > 1000
    assert new == old


# --- sentences._within_ends: the items' ends as a list instead of a call per item

sentences_module = importlib.import_module("factlint.binding.sentences")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=30), st.integers(0, 60), st.integers(0, 60))
def test_within_ends_is_within(spans: list[tuple[int, int]], a: int, b: int) -> None:
    items = sorted(Span(s, s + n) for s, n in spans)  # sorted by start, as the callers' lists are
    starts, ends = [x.start for x in items], [x.end for x in items]
    window = Span(min(a, b), max(a, b))
    assert sentences_module._within_ends(items, starts, ends, window) == \
        sentences_module._within(items, starts, window, lambda x: x.end)
