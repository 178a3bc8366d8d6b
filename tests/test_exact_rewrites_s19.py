"""Session 19's speed rewrite held to the definitions it replaces: ``binding._name_stem`` and ``binding._headed_name``
looked a stem or a head up with a pattern built for each one (two Hangul classes compiled per call: once s19-kotopic2's
bare possessors asked about every '…의', half of binding's time); they now use ``_written_alone`` and the document's
Hangul words. The old definitions are kept here and compared with the new ones on every Hangul word of every shared
article and on generated texts. Never timed."""

from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_exact_rewrites_s15 import _texts  # every shared article: realworld, probes, seeds, the corpus, fresh…

binding = importlib.import_module("factlint.binding")
_CASE = "은는이가을를의에로과와도"


def _old_alone(text: str, word: str) -> bool:
    return re.search(f"(?<![가-힣]){re.escape(word)}(?:[{_CASE}]|에서|에게)?(?![가-힣])", text) is not None


def _old_name_stem(text: str, stem: str) -> bool:
    return not (stem[-1] in binding._MODIFIER_ENDS or stem in binding._RELATIVE_PLACES
                or stem in binding.structure.DETERMINERS) and not _old_alone(text, stem)


def _old_headed_name(text: str, word: str) -> str | None:
    if not all(binding._HANGUL.match(c) for c in word):
        return None
    for cut in range(2, len(word) - 1):
        stem, head = word[:cut], word[cut:]
        if not _old_name_stem(text, stem):
            continue
        alone = re.search(f"(?<![가-힣]){re.escape(head)}(?:[{_CASE}]|에서|에게)?(?![가-힣])", text)
        other = re.search(f"(?<![가-힣])(?!{re.escape(stem)})[가-힣]{{2,8}}{re.escape(head)}(?![가-힣])", text)
        if alone is not None or other is not None:
            return head
    return None


def _same(text: str, words: list[str]) -> None:
    for word in words:
        assert binding._name_stem(text, word) == _old_name_stem(text, word), word
        # the memoised function keeps the last document: ask through a fresh copy of the text each time
        assert binding._headed_name.__wrapped__(text, word) == _old_headed_name(text, word), word  # type: ignore[attr-defined]


def test_stems_and_heads_on_every_shared_article() -> None:
    checked = 0
    for text in _texts():
        words = sorted(set(re.findall(r"[가-힣]{3,9}", text)))[:60]
        _same(text, words)
        checked += len(words)
    assert checked > 3000


_PIECES = ["저수지", "은빛", "솔내", "의", "는", "에서", "에게", "이", " ", "\n", "A", "1", "대형", "저", "수지", "지역", "주민", "가", "힣"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.lists(st.sampled_from(_PIECES[:9] + _PIECES[12:]), min_size=1, max_size=4))
def test_stems_and_heads_on_generated_texts(pieces: list[str], word: list[str]) -> None:
    text = "".join(pieces)
    w = "".join(word).strip()
    if w:
        _same(text, [w])
