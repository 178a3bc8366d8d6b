"""Session 17's speed rewrites (issue #17 item 4) held to the definitions they replace: each old definition is kept
here and compared with the new one on generated texts (built from the pieces the patterns look for) and on every
shared article. Never timed."""

from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_exact_rewrites_s15 import _texts  # every shared article: realworld, probes, seeds, the corpus, fresh…fresh10

records = importlib.import_module("factlint.binding.records")


def _sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in re.split(r"(?<=[.!?다])\s+", line) if s]


# --- records.season_records: the English record pattern searched only where one of its literals is written


def _old_english_record(text: str) -> bool:
    return re.search(r"\d\s*[-–]\s*\d|\bwon\s+\d|\blost\s+\d|\b(?:wins|victories)\b", text) is not None


def _new_english_record(text: str) -> bool:
    return records._may_be_english_record(text) and records._EN_RECORD.search(text) is not None


_RECORD_PIECES = ["18", "1", "٣", "-", "–", "—", " ", "won", "lost", "wins", "victories", "Won", "wo", "n", "lo", "st",
                  "victory", "win", "s", "a", "승", "패", ".", ",", "\n", "(", ")", "_"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_RECORD_PIECES), max_size=30))
def test_english_record_pretest_is_the_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _new_english_record(text) == _old_english_record(text)


def test_english_record_pretest_on_every_shared_sentence() -> None:
    sentences = [s for text in _texts() for s in _sentences(text)]
    assert len(sentences) > 1000
    assert [_new_english_record(s) for s in sentences] == [_old_english_record(s) for s in sentences]
    assert any(_old_english_record(s) for s in sentences)  # the articles do hold records and dashes


# --- words._verb_form: the connective endings tested in C first, the compound pattern only on its last syllables

words = importlib.import_module("factlint.binding.words")


def _old_verb_form(core: str) -> bool:
    for ending in words._CONNECTIVES:
        if len(core) > len(ending) and core.endswith(ending):
            last = core[-len(ending) - 1]
            if "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 in words._VERB_FINALS:
                return True
    if len(core) < 3 or words._COMPOUND_ADNOMINAL.fullmatch(core) is None or len(core) == 3 and core[0] in words.SURNAMES:
        return False
    return not core.endswith("어선") or (ord(core[-3]) - 0xAC00) % 28 in (8, 16)


_SYLLABLES = ["고", "게", "지", "며", "면", "던", "자", "도", "록", "어", "서", "아", "으", "만", "선", "진", "준", "온", "간",
              "낸", "둔", "러", "라", "려", "녀", "워", "와", "쳐", "져", "켜", "혀", "김", "들", "늘", "뚫", "쌓", "맡", "닮", "값",
              "숲", "A", "1", "\n", "가", "힣"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SYLLABLES), max_size=7))
def test_verb_form_pretests_are_the_definition(syllables: list[str]) -> None:
    core = "".join(syllables)
    assert words._verb_form(core) == _old_verb_form(core)


def test_verb_form_pretests_on_every_shared_word() -> None:
    tokens = sorted({t.strip(".,'\"()[]“”‘’") for text in _texts() for t in text.split()})
    assert len(tokens) > 5000
    assert [words._verb_form(t) for t in tokens] == [_old_verb_form(t) for t in tokens]
    assert sum(_old_verb_form(t) for t in tokens) > 50  # the articles do hold such verb forms
