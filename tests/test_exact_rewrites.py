"""Speed rewrites of document-wide passes and of the JSON reports (issue #17, session 10) that must read exactly as the passes they
replace: each old definition is kept here and compared with the new one on generated texts (built from the
pieces the patterns look for, overlapping heads and long runs included) and on every article of the shared
corpora and the blind sets. Never timed."""

from __future__ import annotations

import importlib
import json
import os
import re
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint import display

names = importlib.import_module("factlint.binding.names")
words_module = importlib.import_module("factlint.binding.words")
events_module = importlib.import_module("factlint.binding.events")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTLINT_SHARED", REPO.parent / "shared"))


def _texts() -> list[str]:
    folders = [SHARED / "realworld" / "articles", SHARED / "probes" / "articles", REPO / "seeds",
               *(REPO / "tests" / "gold" / f"fresh{n}" / "articles" for n in ("", "2", "3", "4", "5"))]
    return [p.read_text(encoding="utf-8") for folder in folders if folder.is_dir()
            for p in sorted(folder.rglob("*")) if p.suffix in (".md", ".txt")]


def _old_office_words(text: str) -> set[str]:
    out: set[str] = set()
    for m in words_module._HANGUL_RUN.finditer(text):
        run = m.group()
        at = run.find("도", 1)
        while at != -1:
            if run.startswith(("청", "지사", "의회", "민"), at + 1):
                out.add(run[: at + 1])
            at = run.find("도", at + 1)
    return out


def _old_ko_short_forms(text: str) -> dict[str, str]:
    """names._ko_short_forms before the head-first candidate starts and the gate on a word's first two syllables."""
    longs: dict[str, str] = {}
    acting: set[str] = set()
    for m in names._KO_LONG.finditer(text):
        stem, name = m.group(1), m.group()
        if names._particle_after(text, m.end()) is None:
            continue
        longs[stem] = name if longs.get(stem, name) == name else ""
        if text.startswith(("은", "는", "이", "가"), m.end()) and not names._HANGUL_AT.match(text, m.end() + 1):
            acting.add(name)
    stems = {stem for stem, name in longs.items() if name in acting}
    places: set[str] = set()
    for w in names._KO_WORD.finditer(text):
        word = w.group()
        for k in range(2, min(len(word), 8) + 1):
            stem = word[:k]
            if stem in stems and (names._KO_PLACE_REST.fullmatch(word[k:]) or not word[k:].strip("은는이가의")
                                  and text.startswith(names._KO_AREA, w.end() + 1)):
                places.add(stem)
    return {stem: longs[stem] for stem in stems if stem not in places}


def _old_en_short_forms(text: str) -> dict[str, str]:
    """names._en_short_forms without its gate on a head (the gate returns early: the rest is the same code)."""
    saved = names._EN_HEAD
    setattr(names, "_EN_HEAD", re.compile(""))  # matches every text
    try:
        return names._en_short_forms(text)  # type: ignore[no-any-return]
    finally:
        setattr(names, "_EN_HEAD", saved)


def _spans(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    return ([(m.start(), m.end(), m.group(1)) for m in names._ko_longs(text)],
            [(m.start(), m.end(), m.group(1)) for m in names._KO_LONG.finditer(text)])


# Heads that overlap (English ones too) ("전자동차": 전자 and 자동차; "조선" in "중공업조선"), stems of one to ten syllables, Latin after
# a head ("전자s"), FC, places and particles
_PIECES = ["광주", "광주시", "에서", "시민", "일대", "광역시", "Sorin", "Motors", "Bank", "The", "Daegu", "City", "in", "Cheongju-si", "Hangyeol Heavy Industries",
           "누리", "한빛", "가나다라마바사아", "가", "나", "중공업", "조선", "전자", "자동차", "전자동차", "화학", "증권", "모터스",
           "FC", "F", "C", "s", "홀딩스", "은", "는", "이", "가", "의", "에서", "시", "시내", " ", " ", "\n", ".", ",", "(",
           "도청", "도", "청", "지사", "의회", "민", "담라도", "해운"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_head_first_long_names_are_the_long_pattern_s_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    new, old = _spans(text)
    assert new == old
    assert names._ko_short_forms(text) == _old_ko_short_forms(text)
    assert words_module._office_words(text) == _old_office_words(text)
    assert names._en_short_forms(text) == _old_en_short_forms(text)


@pytest.mark.parametrize("text, stems", [
    ("누리전자동차가 늘었다", ["누리"]),  # 전자 first: the lazy stem is the shortest
    ("가나다라마바사아자전자가", []),  # a stem of nine syllables is no stem
    ("가나다라마바사아전자가 샀다", ["가나다라마바사아"]),  # eight is
    ("한빛중공업조선이 샀다", ["한빛"]),
    ("(한빛FC는 이겼다)", ["한빛"]),
    ("전자는 싸다", []),  # the head alone opens the run
])
def test_head_first_long_names_by_hand(text: str, stems: list[str]) -> None:
    new, old = _spans(text)
    assert new == old
    assert [stem for _, _, stem in new] == stems


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_place_stems_over_the_words_read_as_the_search_per_stem(pieces: list[str]) -> None:
    # past a few stems the words are read once each (a long document of many companies stays linear)
    text = "".join(pieces)
    stems = {m.group(1) for m in names._KO_LONG.finditer(text)} | {"누리", "한빛", "광주", "가나다라마바사아"}
    few = names._ko_place_stems(text, stems)
    saved = names._FEW_STEMS
    setattr(names, "_FEW_STEMS", 0)
    try:
        assert names._ko_place_stems(text, stems) == few
    finally:
        setattr(names, "_FEW_STEMS", saved)


def test_rewrites_read_every_article_as_before() -> None:
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        new, old = _spans(text)
        assert new == old
        assert names._ko_short_forms(text) == _old_ko_short_forms(text)
        assert words_module._office_words(text) == _old_office_words(text)
        assert names._en_short_forms(text) == _old_en_short_forms(text)


def _old_json_report(value: object, indent: int | None, default: Callable[[Any], Any]) -> str:
    return display.json_text(json.dumps(display.plain_data(value), ensure_ascii=False, indent=indent,
                                        default=default))


def _sorted_or_str(value: object) -> object:  # what the JSON reports' ``default`` does with a set
    return sorted(value) if isinstance(value, (set, frozenset)) else str(value)


@pytest.mark.parametrize("value", [
    {"findings": [{"path": "a.md", "message": "5% 늘었다", "data": {"n": 1, "x": 0.5, "ok": True, "none": None}}]},
    {"path": "b\udcff.md", "related": ("a", "c\udc80")},  # an undecodable file name (a lone surrogate)
    {"b\udcff.md": [1, 2], 3: "x"},  # as a key
    {"set": {"z\udcff", "a"}, "frozen": frozenset({"q"})},  # what ``default`` returns holds one
    {"control": "\x85\u2028\u202e", "empty": [], "nested": {}},  # escapes json_text adds
    ["\ud800", ["\udfff"], {"k": "\udc00"}],
])
@pytest.mark.parametrize("indent", [2, None])
def test_json_report_is_the_copied_encoding(value: object, indent: int | None) -> None:
    assert display.json_report(value, indent=indent, default=_sorted_or_str) == _old_json_report(value, indent, _sorted_or_str)


# Session 11 (issue #17): the term check's Latin prefix test and the title compound's search.

summary_module = importlib.import_module("factlint.checks.term.summary")
binding_module = importlib.import_module("factlint.binding")


def _old_may_start_letters(key: str, targets: list[str], max_edits: int) -> bool:
    for target in targets:
        if target[0] != key[0] or len(key) > len(target) + max_edits:
            continue
        for n in range(max(1, len(key) - max_edits), min(len(target), len(key) + max_edits) + 1):
            if summary_module.edit_distance(key, target[:n]) <= max_edits:
                return True
    return False


_LETTERS = st.text(alphabet="abcgpt", min_size=1, max_size=9)


@settings(max_examples=400, deadline=None)
@given(_LETTERS, st.lists(_LETTERS, min_size=1, max_size=4), st.integers(min_value=0, max_value=3))
def test_latin_prefix_test_is_one_alignment_per_target(key: str, targets: list[str], max_edits: int) -> None:
    assert summary_module._may_start_letters(key, targets, max_edits) == _old_may_start_letters(key, targets, max_edits)


@settings(max_examples=200, deadline=None)
@given(_LETTERS, _LETTERS)
def test_prefix_distances_are_the_distances_of_the_prefixes(a: str, b: str) -> None:
    assert summary_module.prefix_distances(a, b) == [summary_module.edit_distance(a, b[:n]) for n in range(len(b) + 1)]
    assert summary_module.edit_distance("gtp", "gpt") == 1 and summary_module.edit_distance("", "ab") == 2


def _old_topic_ends(text: str, noun: str, start: int) -> list[int]:
    pattern = "(?<![가-힣])" + re.escape(noun) + binding_module._BODY_TOPIC
    return [start + m.end() for m in re.finditer(pattern, text[start:])]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["서진", "서진 도시철도", "도시철도", "는", "은", "이", "가", " ", "\n", "\u3000", "한",
                                 "서진서진", "는 ", "x"]), max_size=14),
       st.sampled_from(["서진", "서진 도시철도", "서진서진", "도시철도"]), st.integers(min_value=0, max_value=6))
def test_topic_ends_are_the_pattern_s_matches(pieces: list[str], noun: str, start: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    assert list(binding_module._topic_ends(text, noun, start)) == _old_topic_ends(text, noun, start)


def test_topic_ends_read_every_article_as_before() -> None:
    for text in _texts():
        line_end = text.find("\n")
        if line_end == -1:
            continue
        for noun in {w for w in re.findall(r"[가-힣]+(?: [가-힣]+)?", text[:line_end])}:
            assert list(binding_module._topic_ends(text, noun, line_end)) == _old_topic_ends(text, noun, line_end)


def test_per_document_memos_answer_as_the_functions_do() -> None:
    # each document its own answers: alternating texts (and equal texts of other identity) never share an entry
    texts = _texts()[:40]
    asked = [(t, w) for t in texts for w in sorted(set(re.findall(r"[가-힣A-Za-z]{2,8}", t)))[:25]]
    for fn in (binding_module._name_like, binding_module._written_as_name):
        for text, name in asked + asked[::-1]:
            assert fn(text, name) == fn.__wrapped__(text, name)  # type: ignore[attr-defined]
        a, b = "충청 가나전자는 5% 늘었다.", "\"가나전자\"는 5% 늘었다."
        for text in (a, b, a, "".join(list(b))):
            assert fn(text, "가나전자") == fn.__wrapped__(text, "가나전자")  # type: ignore[attr-defined]


# --- session 12 (s12-speed) ----------------------------------------------------------------------


def _old_verb_final_names(text: str) -> set[str]:
    """words._verb_final_names before the runs holding 하/되 and a place's head were found first: every run matched."""
    out: set[str] = set()
    for m in re.finditer("[가-힣]+", text):
        found = words_module._HEADED_NAME.fullmatch(m.group())
        if found is not None and len(found.group(1)) >= 2:
            out.add(found.group(1))
    return out


_VERB_PIECES = ["서하", "시", "호", "군", "강", "하", "되", "하시", "되호", "의", "는", "은", "에서", "이", "로", "도", "가",
                "청솔", "증가", "발표", " ", "\n", ".", "(", "하하", "시시"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_VERB_PIECES), max_size=40))
def test_verb_final_names_are_every_run_s_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert words_module._verb_final_names(text) == _old_verb_final_names(text)


def test_verb_final_names_read_every_article_as_before() -> None:
    for text in _texts():
        assert words_module._verb_final_names(text) == _old_verb_final_names(text)


_OLD_NO_YEAR = re.compile(r"\d\s*[일월]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _old_has_year(text: str, dated: bool = False) -> bool:
    """events.has_year before its English branches were tried only where a month's name is written."""
    if events_module._FOUR_DIGITS.search(text) is not None and events_module._YEAR_DIGITS.search(text) is not None:
        return True
    return dated and _OLD_NO_YEAR.search(text) is not None


_DATE_PIECES = ["22", "2024", "8", " ", "일", "월", "년", "Oct", "October", "Sept", ".", ",", "xOct", "May", "Dec", "\n",
                "Jan", "a", "만", "-", "/"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=30), st.booleans())
def test_has_year_is_the_one_pattern_s_answer(pieces: list[str], dated: bool) -> None:
    text = "".join(pieces)
    assert events_module.has_year(text, dated) == _old_has_year(text, dated)


def test_has_year_reads_every_article_as_before() -> None:
    for text in _texts():
        for line in text.splitlines():
            for dated in (False, True):
                assert events_module.has_year(line, dated) == _old_has_year(line, dated)


def _old_figure_words(ws: Any, figure: Any) -> tuple[int, int] | None:
    """structure.figure_words before the binary searches: a scan of every word."""
    idx = [i for i, w in enumerate(ws) if w.start < figure.end and figure.start < w.end]
    return (idx[0], idx[-1]) if idx else None


def test_figure_words_are_the_scan_s_on_every_article() -> None:
    # the searches hold because words() gives its words in order without overlaps: asserted here too
    from factlint.binding import structure
    from factlint.model import Span
    from factlint.quantities import extract
    for text in _texts():
        for line in text.splitlines():
            ws = words_module.words(line, 0)
            assert all(a.end <= b.start for a, b in zip(ws, ws[1:]))
            spans = [q.span for q in extract(line)] + [Span(i, i + n) for i in range(0, len(line), 7) for n in (0, 1, 4)]
            for span in spans:
                assert structure.figure_words(ws, span) == _old_figure_words(ws, span)


binding_module = importlib.import_module("factlint.binding")


def _old_written_alone(text: str, word: str) -> bool:
    """Session 12's definition: a pattern compiled for each word (its Hangul charset made it the costliest line of
    binding once session 13's `_placed_kind` asked it of every cut of every candidate name)."""
    cases = binding_module._CASE_SYLLABLES
    return re.search(f"(?<![가-힣]){re.escape(word)}(?:[{cases}]|에서|에는)?(?![가-힣])", text) is not None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["터널", "에는", "단월", "군", "단월군", "가나"]), max_size=40),
       st.sampled_from(["광주시", "터널", "누리", "전자", "시", "도", "단월군", "가나"]))
def test_written_alone_is_the_pattern_s_answer(pieces: list[str], word: str) -> None:
    text = "".join(pieces)
    assert binding_module._written_alone(text, word) == _old_written_alone(text, word)


def test_written_alone_reads_every_article_as_before() -> None:
    for text in _texts():
        for word in {m.group() for m in re.finditer(r"[가-힣]{2,4}", text[:3000])}:
            assert binding_module._written_alone(text, word) == _old_written_alone(text, word), word


def _old_place_written_alone(text: str, word: str) -> bool:
    """Session 12's test in `_named_by_structure` (a place's last syllables written alone, "대도시" and "도시"): a
    pattern per word, with 에게 and without 에는."""
    cases = binding_module._CASE_SYLLABLES
    return re.search(f"(?<![가-힣]){re.escape(word)}(?:[{cases}]|에서|에게)?(?![가-힣])", text) is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["도시", "에게", "에는", "대도시"]), max_size=40),
       st.sampled_from(["도시", "서하", "시", "누리"]))
def test_written_alone_with_other_particles_is_the_pattern_s_answer(pieces: list[str], word: str) -> None:
    text = "".join(pieces)
    particles = ("에서", "에게", *binding_module._CASE_SYLLABLES)
    assert binding_module._written_alone(text, word, particles) == _old_place_written_alone(text, word)


# --- session 14 (s14-mend): one resolver for "the one name headed by N" --------------------------------------------

structure_module = importlib.import_module("factlint.binding.structure")
_OLD_LEADING_THE = re.compile(r"^(?:The|A|An|This|That)\s+")
_OLD_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our", "In", "At", "On", "By", "Since"})


def _old_named_by_head(text: str, noun: str, before: int, until: int | None = None) -> tuple[str, int, int] | None:
    """structure.named_by_head of session 13: the latest name within 1,500 characters before ``before``."""
    floor = max(0, before - 1500)
    pattern = re.compile(r"(?<![\w\-])((?:[A-Z][\w\-]*[ \t]+){1,4}" + re.escape(noun.capitalize()) + r")(?![\w\-])")
    found = [m for m in pattern.finditer(text, floor, before)]
    names = {_OLD_LEADING_THE.sub("", m.group(1)) for m in found}
    names |= {m.group(0) for m in re.finditer(re.escape(noun.capitalize()) + r"[ \t]+of[ \t]+[A-Z][\w\-]*", text[floor:before])}
    if len(names) != 1 or not found:
        return None
    last = found[-1]
    # (session 19: whether the noun is introduced as another one is structure.introduces_another's, which reads a
    # copula's subject: "Haneul Forest Zoo … is not a big zoo" is no other zoo, "There is a second zoo" is)
    if structure_module.introduces_another(text, noun, last.end(1), before if until is None else until):
        return None
    start = last.start(1) + len(last.group(1)) - len(_OLD_LEADING_THE.sub("", last.group(1)))
    return text[start : last.end(1)], start, last.end(1)


def _old_one_name_headed_by(text: str, noun: list[str]) -> tuple[int, str] | None:
    """events.one_name_headed_by of session 13: the document's one name headed by the phrase's longest ending."""
    for cut in range(len(noun)):
        head = noun[cut:]
        pattern = r"\b((?:[A-Z][\w\-]*\s+){1,4})" + r"\s+".join(re.escape(w.capitalize()) for w in head) + r"\b"
        names: dict[str, int] = {}
        for m in re.finditer(pattern, text):
            words = m.group(1).split()
            while words and words[0] in _OLD_DETERMINERS:
                words.pop(0)
            if words:
                name = " ".join([*words, *(w.capitalize() for w in head)])
                names.setdefault(name, m.start() + m.group(0).index(words[0]))
        if names:
            return next(iter(names.items()))[::-1] if len(names) == 1 else None
    return None


def _nearest(text: str, noun: str, before: int, until: int | None = None) -> tuple[str, int, int] | None:
    found = structure_module.named_by_head(text, noun, before, until)
    return None if found is None else (found.text, found.span.start, found.span.end)


def _whole(text: str, noun: str) -> tuple[int, str] | None:
    found = structure_module.named_by_head(text, noun)
    assert found is None or found.span.end - found.span.start == len(found.text)
    return None if found is None else (found.span.start, found.text)


# Names, heads in both cases, the words that open a sentence with a name, "of", "another", and between them a
# hyphen, tabs and line breaks (the two old definitions differed on each)
_HEAD_WORDS = ["Danwol", "Danwolsan", "Tunnel", "tunnel", "Cable", "Car", "cable", "car", "Farm", "farm", "Bank", "of",
               "Korea", "The", "the", "In", "Since", "Its", "A", "a", "another", "second", "new", "Tunnels", "x", "October",
               "By", "Mina", "Th"]
_HEAD_SPACES = [" ", " ", " ", " ", "  ", "\t", "\n", "", "-", ". ", ", "]
_HEAD_NOUNS = ["tunnel", "farm", "bank", "car", "cable car", "new cable car", "october", "danwol", "th"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_HEAD_WORDS), st.sampled_from(_HEAD_SPACES)), max_size=24),
       st.sampled_from(_HEAD_NOUNS), st.integers(min_value=0, max_value=300), st.none() | st.integers(min_value=0, max_value=300))
def test_named_by_head_is_both_old_definitions(pieces: list[tuple[str, str]], noun: str, before: int, until: int | None) -> None:
    text = "".join(word + space for word, space in pieces)
    before = min(before, len(text))
    assert _whole(text, noun) == _old_one_name_headed_by(text, noun.split())
    if " " not in noun:  # (the nearest name is asked of one word: "the farm")
        assert _nearest(text, noun, before, until) == _old_named_by_head(text, noun, before, until)


def test_named_by_head_reads_every_article_as_both_old_definitions() -> None:
    folders = [SHARED / "realworld" / "articles", SHARED / "probes" / "articles", REPO / "seeds", REPO / "tests" / "corpus",
               *(REPO / "tests" / "gold" / f"fresh{n}" / "articles" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9"))]
    texts = [p.read_text(encoding="utf-8") for folder in folders if folder.is_dir()
             for p in sorted(folder.rglob("*")) if p.suffix in (".md", ".txt")]
    assert len(texts) > 150
    for text in texts:
        heads = {m.group(1).lower() for m in re.finditer(r"\b[A-Z][\w\-]*[ \t]+([A-Z][a-z\-]+)\b", text)}
        ends = [m.end() for m in re.finditer(r"[.!?]\s", text)][:40] + [len(text)]
        for noun in sorted(heads | {"farm", "park", "tunnel", "company", "airport", "bank", "port"}):
            for before in ends:
                assert _nearest(text, noun, before) == _old_named_by_head(text, noun, before), (noun, before)
            for phrase in (noun, "new " + noun):
                assert _whole(text, phrase) == _old_one_name_headed_by(text, phrase.split()), phrase

# --- session 14: per-word and per-sentence tests done once in C, or memoised --------------------------------

structure_module = importlib.import_module("factlint.binding.structure")
segment_module = importlib.import_module("factlint.segment")
sentences_module = importlib.import_module("factlint.binding.sentences")
_DIGITS = ["1", "٣", "²", "①", "Ⅳ", "一", "𝟙", "½", "가", "A", " ", "-", "만", "억", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DIGITS), max_size=8) | st.text(max_size=8))
def test_has_digit_is_the_generator_s_answer(pieces: list[str] | str) -> None:
    # every kind of character str.isdigit knows (superscripts, circled, other scripts' digits), and some it does not
    word = "".join(pieces)
    assert structure_module.has_digit(word) == any(c.isdigit() for c in word)


def _old_has_year(text: str, dated: bool = False) -> bool:
    """events.has_year before the month test was one search: a containment test per month."""
    if events_module._FOUR_DIGITS.search(text) is not None and events_module._YEAR_DIGITS.search(text) is not None:
        return True
    if not dated:
        return False
    return events_module._NO_YEAR_KO.search(text) is not None or any(m in text for m in events_module._MONTH_ABBREVIATIONS) \
        and events_module._NO_YEAR_EN.search(text) is not None


def _old_may_define_groups(text: str) -> bool:
    low = text.lower()
    return any(v in low for v in names._GIVEN_VERBS) or any(c in text for c in names._FOLDED_TO_ASCII)


def _old_sentences(text: str, base: int = 0) -> list[Any]:
    """segment.sentences when its strip built a Span of its own for each sentence."""
    from factlint.model import Span

    def strip(start: int, end: int) -> Span | None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(start, end) if end > start else None
    out: list[Span] = []
    start = 0
    for m in segment_module._SENTENCE_END.finditer(text):
        if m.end() < len(text) and text[m.end()].isdigit() and segment_module._abbreviated_month(text, m.start()):
            continue
        if segment_module._initial_in_brackets(text, start, m.start()):
            continue
        span = strip(start, m.start() + 1)
        if span:
            out.append(Span(span.start + base, span.end + base))
        start = m.end()
    span = strip(start, len(text))
    if span:
        out.append(Span(span.start + base, span.end + base))
    return out


_SENTENCE_PIECES = ["Jan", "Sept", "May", "Oct", "1", "2024", "년", "월", "일", " ", "  ", "\n", ".", "!", "?", "。", "(", ")",
                    "J", "GPT", "given", "Given", "RECEIVED", "took", "ſ", "İ", "K", "가", "청주시는", "22일", "8월 4일"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=30), st.integers(0, 50))
def test_month_group_and_sentence_rewrites_on_generated_text(pieces: list[str], base: int) -> None:
    text = "".join(pieces)
    for dated in (False, True):
        assert events_module.has_year(text, dated) == _old_has_year(text, dated)
    assert names._may_define_groups(text) == _old_may_define_groups(text)
    assert segment_module.sentences(text, base) == _old_sentences(text, base)
    spans = segment_module.sentences(text, base)
    assert sentences_module._bounded(spans, text, base) == spans  # no sentence here is long enough to cut


def test_session_14_rewrites_read_every_article_as_before() -> None:
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        assert names._may_define_groups(text) == _old_may_define_groups(text)
        assert segment_module.sentences(text, 7) == _old_sentences(text, 7)
        for line in text.splitlines():
            assert segment_module.sentences(line) == _old_sentences(line)
            for dated in (False, True):
                assert events_module.has_year(line, dated) == _old_has_year(line, dated)
            for w in words_module.words(line, 0):
                for s in (w.text, w.stem):
                    assert structure_module.has_digit(s) == any(c.isdigit() for c in s)


def _old_particle_after(text: str, end: int) -> str | None:
    """names._particle_after when it tried each particle in turn with startswith."""
    from factlint.binding.vocabulary import _QUOTE_CLOSE, PARTICLES
    j = end
    while j < len(text) and text[j] in _QUOTE_CLOSE:
        j += 1
    if j >= len(text) or not ("가" <= text[j] <= "힣"):
        return ""
    return next((p for p in PARTICLES if text.startswith(p, j)), None)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["에서는", "에서", "에", "서", "는", "으로", "로", "이라", "이라는", "측", "측은", "같은", "엔", "'", "’",
                                 "가", "나", "다", "GPT", " ", "모델"]), max_size=8))
def test_particle_after_is_the_loop_s_answer(pieces: list[str]) -> None:
    text = "".join(pieces)
    for end in range(len(text) + 1):
        assert names._particle_after(text, end) == _old_particle_after(text, end)


def test_particle_after_reads_every_article_as_before() -> None:
    for text in _texts():
        for end in range(0, len(text), 3):
            assert names._particle_after(text, end) == _old_particle_after(text, end)


def test_figure_stem_memo_is_the_test_on_every_word() -> None:
    for text in _texts():
        for line in text.splitlines():
            for w in words_module.words(line, 0):
                assert structure_module._figure(w) == (any(c.isdigit() for c in w.stem)
                                                       or bool(structure_module._NUMERAL_WORD.match(w.stem)))


restated_module = importlib.import_module("factlint.binding.restated")


def test_framed_reads_every_figure_as_the_scan_of_every_word_did(monkeypatch: pytest.MonkeyPatch) -> None:
    # framed asked for the words a figure overlaps with a scan of the sentence's words; with that scan put back
    # (``_old_figure_words``, the same first and last index) every figure of every article gets the same answer
    from factlint.quantities import extract
    for text in _texts():
        for line in text.splitlines():
            ws = words_module.words(line, 0)
            for q in extract(line):
                new = restated_module.framed(ws, q, q.span)
                with monkeypatch.context() as patched:
                    patched.setattr(restated_module, "figure_words", _old_figure_words)
                    assert restated_module.framed(ws, q, q.span) == new


def test_discoverable_skips_only_blocks_none_of_its_patterns_can_match() -> None:
    # each pattern opens with a class the gate holds (a quotation mark, a capital), with no flag that widens it
    assert names._QUOTED.pattern.startswith(r"['‘\"“「『]") and not names._QUOTED.flags & re.I
    for pattern in (names._LATIN_NAME, names._GLUED_SHORT):
        assert pattern.pattern.startswith("[A-Z]") and not pattern.flags & re.I
    matcher = names._matcher(_ruleset())
    for text in _texts():
        for block in text.split("\n\n"):
            if names._MAY_DISCOVER.search(block) is None:
                assert not any(p.search(block) for p in (names._QUOTED, names._LATIN_NAME, names._GLUED_SHORT))
            assert names._discoverable(block, 5, matcher) == _old_discoverable(block, 5, matcher)


def _ruleset() -> Any:
    from factlint.config.rules import default_pack, load_rules
    return load_rules(default_pack())


def _old_discoverable(text: str, base: int, m: Any) -> Any:
    """names._discoverable without its gate (the gate returns early: the rest is the same code)."""
    saved = names._MAY_DISCOVER
    setattr(names, "_MAY_DISCOVER", re.compile(""))  # matches every text
    try:
        return names._discoverable(text, base, m)
    finally:
        setattr(names, "_MAY_DISCOVER", saved)
