"""Passes that were quadratic in the document (review of s9): one pass per document, not one scan of
the whole text per word. Counted in characters scanned or calls, never timed."""

from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

words_module = importlib.import_module("factlint.binding.words")


class _Counting(str):
    """A text that counts the characters its whole-text substring tests scan."""

    scanned = 0

    def __contains__(self, part: object) -> bool:
        _Counting.scanned += len(self)
        return str.__contains__(self, part)  # type: ignore[operator]


def _old_particle_final_names(text: str) -> frozenset[str]:
    """The definition before the one-pass rewrite: a search of the whole text per word ending in 도."""
    w = words_module
    out: set[str] = set()
    for m in w._WITH_CASE.finditer(text):
        start = w._word_start(text, m.start())
        word, case = text[start : m.end() - 1], text[m.end() - 1]
        _, particle = w.split_particle(word)
        if not particle or particle in w._STACKED and case in w._STACKING:
            continue
        if w._analyse(word + case)[:2] == (word, case):
            out.add(word)
    for m in w._BARE_DO.finditer(text):
        start = w._word_start(text, m.start())
        word = text[start : m.end()]
        stem = word[:-1]
        if word in out or w.split_particle(word) != (stem, "도"):
            continue
        office = re.search(f"(?<![가-힣]){re.escape(stem)}도(?:{w._OFFICES})", text) is not None
        alone = any(not m2.group(1) or m2.group(1) != "도" and w._analyse(stem + m2.group(1))[0] == stem
                    for m2 in re.finditer(f"(?<![가-힣]){re.escape(stem)}([가-힣]*)", text))
        if office and not alone:
            out.add(word)
    return frozenset(out)


def test_particle_final_names_scans_the_text_a_bounded_number_of_times() -> None:
    # 2,000 words of three syllables ending in 도 ("also"), none with a province's office
    syllables = "가나다라마바사아자차카타파하거너더러머버서어저처"
    stems = [a + b for a in syllables for b in syllables][:2000]
    text = _Counting("경제 소식\n" + " ".join(f"{s}도 올랐다." for s in stems) + "\n해운도청 자료. 해운도는 늘었다.\n")
    _Counting.scanned = 0
    found = words_module.particle_final_names.__wrapped__(text)
    assert _Counting.scanned <= 4 * len(text)
    assert found == _old_particle_final_names(str(text))
    assert "해운도" in found and not found & {s + "도" for s in stems}


_PIECES = ["담라도", "담라", "서울도", "서울", "해운도청", "해운도", "해운도민", "불법도", "도청", "청", "도", "는", "의", "을",
           " ", " ", "\n", ".", "지사", "의회", "민", "해운", "시", "이"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_particle_final_names_reads_as_the_search_per_word_did(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert words_module.particle_final_names.__wrapped__(text) == _old_particle_final_names(text)


class _Slicing(str):
    """A text that counts the characters its slices copy."""

    copied = 0

    def __getitem__(self, key: object) -> str:
        part = str.__getitem__(self, key)  # type: ignore[index]
        _Slicing.copied += len(part)
        return part


def _table_text(rows: int) -> str:
    return "통계\n\n" + "본문이다.\n" * rows + "\n## 해운시 인구 (만 명)\n\n| 연도 | 인구 |\n|---|---|\n" \
        + "".join(f"| {2000 + i} | {i} |\n" for i in range(rows))


def test_a_tables_caption_is_read_without_copying_the_text_before_it() -> None:
    from factlint.binding.tables import caption
    text = _Slicing(_table_text(2000))
    header_start = text.index("| 연도")
    _Slicing.copied = 0
    for _ in range(500):  # once per cell of the table
        assert caption(text, header_start) == "## 해운시 인구 (만 명)"
    assert _Slicing.copied <= 200
    assert caption("\n\n| a | b |\n", 2) is None and caption("| a |\n\n| b |\n", 7) is None  # hard negatives
    assert caption("  \n 캡션 \n\n\t\n| a |", 11) == "캡션"


def test_states_units_reads_each_row_in_place() -> None:
    from factlint.quantities.tables import _states_units
    text = _Slicing(_table_text(2000))
    starts = [m.start() for m in re.finditer(r"(?m)^[|#]", text)]
    _Slicing.copied = 0
    results = [_states_units(text, s) for s in starts]
    assert _Slicing.copied <= 100 * len(starts)
    assert results[:2] == [True, True] and not any(results[2:])  # the heading and the header row only
    assert not _states_units("## 인구 (만 명)\n\n본문\n| a |\n", 0) and not _states_units("| a |\n| b |\n", 0)


binding = importlib.import_module("factlint.binding")


class _Finding(str):
    """A text that counts the characters its searches for a part scan."""

    scanned = 0

    def find(self, part: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        at = str.find(self, part, start, end)
        _Finding.scanned += (len(self) if at == -1 else at + len(part)) - (start or 0)
        return at


_LEAD = "담라도 관광 통계\n\n담라도는 8월 관광객이 152만 명으로 증가했다고 12일 밝혔다.\n\n"


def test_the_lead_topics_stretch_searches_the_text_a_bounded_number_of_times() -> None:
    # 576 sentences each opened by a topic of its own that is no name: each is asked about once
    syllables = "가나다라마바사아자차카타파하거너더러머버서어저처"
    stems = [a + b + "량" for a in syllables for b in syllables]
    body = " ".join(f"{s}은 {i % 90 + 10}% 늘었다." for i, s in enumerate(stems))
    filler = " 나머지 품목은 변동이 없었다." * 1000  # long enough for the index (short texts are searched in C)
    text = _Finding(_LEAD + body + filler + "\n\n한빛전자는 신제품을 내놓았다고 말했다.\n")
    assert len(text) > binding._INDEXED_FROM
    _Finding.scanned = 0
    carried = binding._carried_topic.__wrapped__(text)
    assert carried is not None and carried[0].text == "담라도"
    assert carried[2] == text.index("한빛전자는")  # the stretch ends where another actor speaks
    for s in stems[:500]:
        assert not binding._name_like(text, s) and not binding._short_named(text, s)
    assert _Finding.scanned <= 4 * len(text)


def test_a_speaker_before_the_clauses_topic_does_not_turn_the_lead_away() -> None:
    # the words after the topic are read by position: "AI 5G" before it must not shift them onto 말했고
    for sentence, turns in [("AI 5G 말했고 관광객은 40% 늘었다.", False), ("2024 10 전했으며 관광객은 40% 늘었다.", False),
                            ("말했고 관광객은 40% 늘었다.", False),  # hard negatives: Hangul only, no speaker after
                            ("AI 5G 말했고 관광객은 40% 늘었다고 밝혔다.", True), ("관광객은 40% 늘었다고 밝혔다.", True)]:
        assert binding._turns_away(_LEAD + sentence, sentence, "담라도") is turns, sentence


def _old_places(text: str, part: str, start: int = 0) -> list[int]:
    out: list[int] = []
    at = text.find(part, start)
    while at != -1 and len(out) < 64:
        out.append(at)
        at = text.find(part, at + len(part))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["가", "나", "가나", "나가", "한빛", "한빛이", " ", "A", "\n", "는", "의"]), max_size=40),
       st.sampled_from(["가나", "가가", "나가나", "한빛", "한빛이", "가", "A", "빛이 ", "가나가"]), st.integers(0, 10))
def test_places_are_where_find_finds_them(pieces: list[str], part: str, start: int) -> None:
    text = "".join(pieces)
    assert list(binding._places(text, part, start))[:64] == _old_places(text, part, start)
    base = part.strip()
    if len(base) >= 2 and all("가" <= c <= "힣" for c in base):
        old = re.search(f"(?<![가-힣]){re.escape(base)}[이가은는의](?![가-힣])", text) is not None
        assert binding._short_named(text, base + "전자") is old
