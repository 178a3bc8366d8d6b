"""The linear-time rewrites of issue #13 compute what the scans they replaced computed.

A 1 MB paragraph took 73 s and 100,000 short lines repeating a word 14 s (binding and masking
scanned every figure for each sentence; the term check copied a growing tuple per occurrence).
The timings are in benchmarks/README.md (bench_scaling.py); these tests hold the new code to the
old definitions, on real text and on generated cases.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from binding_helpers import bound
from factlint import segment
from factlint.binding import names, sentences
from factlint.korean import TITLES
from factlint.loader import load, parse
from factlint.model import Document
from factlint.quantities import extract
from factlint.statements import OPEN, masked_blocks

REPO = Path(__file__).resolve().parents[1]


def _documents(shared: Path) -> list[Document]:
    roots = [REPO / "seeds", REPO / "tests" / "corpus" / "claims", shared / "realworld" / "articles"]
    docs = [load(str(p)) for root in roots for p in sorted(root.glob("*")) if p.suffix in (".txt", ".md")]
    return [d for d in docs if isinstance(d, Document)]


def _old_absolute(anchors: tuple[tuple[int, int], ...], masked_offset: int) -> int:
    lo = 0
    for i, (m_off, _) in enumerate(anchors):
        if m_off <= masked_offset:
            lo = i
        else:
            break
    m_off, a_off = anchors[lo]
    return a_off + (masked_offset - m_off)


def test_masked_offsets_map_back_as_the_linear_scan_did(shared: Path) -> None:
    checked = 0
    for doc in _documents(shared):
        blocks = segment.blocks(doc)
        quantities = [q for b in blocks for q in extract(b.text, b.span.start)]
        for masked in masked_blocks(blocks, quantities):
            for m in re.finditer(rf"[^{OPEN}]{{0,3}}{OPEN}\d+⟧[^{OPEN}]{{0,5}}", masked.text):
                start, end = _old_absolute(masked.anchors, m.start()), _old_absolute(masked.anchors, m.end())
                for q in masked.terms:
                    if q.span.start <= end < q.span.end:
                        end = q.span.end
                span = masked.span(m)
                assert (span.start, span.end) == (start, max(start, end)), (doc.path, m.group())
                checked += 1
    assert checked > 300


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 20)), max_size=30), st.integers(0, 220), st.integers(1, 20))
@settings(max_examples=300, deadline=None)
def test_taken_characters_answer_as_the_list_of_spans_did(spans: list[tuple[int, int]], s: int, width: int) -> None:
    taken = names._Taken(250)
    listed = []
    for start, w in spans:
        taken.add(start, start + w)
        listed.append((start, start + w))
    e = s + width
    assert taken.overlaps(s, e) == any(s < te and ts < e for ts, te in listed)


@given(st.lists(st.tuples(st.integers(0, 300), st.integers(1, 30)), max_size=25), st.integers(0, 300), st.integers(1, 10))
@settings(max_examples=300, deadline=None)
def test_a_figure_inside_a_name_is_found_by_bisection(names: list[tuple[int, int]], q_start: int, q_width: int) -> None:
    """The prefix maximum of name ends says what `any(name.contains(figure))` said."""
    import bisect
    import itertools

    spans = sorted((s, s + w) for s, w in names)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    q_end = q_start + q_width
    i = bisect.bisect_right(starts, q_start)
    fast = i > 0 and reach[i - 1] >= q_end
    assert fast == any(s <= q_start and q_end <= e for s, e in spans)


def test_long_sentences_are_cut_and_short_ones_kept() -> None:
    text = ("가나다라 " * 600).strip() + ". 짧은 문장이다."
    spans = segment.sentences(text, 100)
    bounded = sentences._bounded(spans, text, 100)
    assert all(s.end - s.start <= sentences.MAX_SENTENCE for s in bounded)
    assert bounded[-1] == spans[-1]  # the short sentence is untouched
    covered = "".join(text[s.start - 100 : s.end - 100] for s in bounded[:-1])
    assert covered == text[spans[0].start - 100 : spans[0].end - 100]  # the long one is cut, nothing lost


def test_a_word_repeated_on_every_line_keeps_every_place_in_order() -> None:
    from factlint.checks.term import summary as term_summary
    from factlint.config.rules import default_pack, load_rules

    ruleset = load_rules(default_pack())
    rule = next(r for r in ruleset.rules if r.kind == "term")
    text = "초격자\n" * 3000
    doc = parse("lines.txt", text.encode())
    assert isinstance(doc, Document)
    summary = term_summary.summarise_document(doc, segment.blocks(doc), ruleset, rule)
    assert summary.hangul.places("초격자") == tuple(range(0, len(text), 4))


def test_a_one_line_article_has_its_title_read_once_not_once_per_figure(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A file that is one long line (its title is the whole text) with many figures that fall back
    on the title's topic: the title is read once. Read once per figure, a 100,000-character
    paragraph took 12 s and 200,000 took 47 s (benchmarks/bench_scaling.py, one paragraph)."""
    from factlint import binding
    from factlint.binding import structure
    from factlint.config.rules import default_pack, load_rules

    asked: list[int] = []
    read: list[int] = []
    title, title_topic = binding._title, structure.title_topic

    def asking(doc: Document):  # type: ignore[no-untyped-def]
        asked.append(1)
        return title(doc)

    def reading(text: str, base: int, *rest):  # type: ignore[no-untyped-def]
        read.append(len(text))
        return title_topic(text, base, *rest)

    monkeypatch.setattr(binding, "_title", asking)
    monkeypatch.setattr(structure, "title_topic", reading)
    binding._title_of.cache_clear()
    text = "반도체 수출 " + " ".join(f"지난달 수출액은 {100 + i}억 달러를 기록했다." for i in range(1, 50))
    by_title = sum(1 for b in bound(text, load_rules(default_pack()), "one-line.txt")
                   if b.claim is not None and b.claim.how == "headline topic")
    assert len(asked) + by_title == 49  # every figure falls back on the title (or its headline's topic)
    assert read == [binding._TITLE_MAX]  # which is read once, and only as far as a headline can go


def _names_by_every_place(text: str, toks, hangul, titles) -> set[str]:  # type: ignore[no-untyped-def]
    """The term check's person names as first written: every place of every candidate looked at."""
    import bisect

    from factlint.checks.term.summary import _SENTENCE_END, _TITLE_ENDS

    starts, ends, words = toks.starts, toks.ends, toks.words

    def title(j: int) -> bool:
        return 0 <= j < len(words) and titles[words[j]]

    def joined(a: int, b: int) -> bool:
        return _SENTENCE_END.search(text, ends[a], starts[b]) is None

    out = set()
    for word, places in hangul.items():
        if word.endswith(_TITLE_ENDS):
            continue
        for start in places:
            k = bisect.bisect_left(starts, start)
            bare_title_before = title(k - 1) and words[k - 1] in TITLES and joined(k - 1, k)  # 연구위원 최유빈, not 연구원은 …
            if (title(k + 1) and joined(k, k + 1)) or (title(k + 2) and joined(k, k + 2)) or bare_title_before:
                out.add(word)
                break
    return out


def test_person_names_from_the_titles_out_are_those_of_every_place(shared: Path) -> None:
    """The term check finds names next to titles from the titles out (linear in the titles, not in
    every place of every candidate: 28% of its per-article time before); same names, on real text."""
    from factlint.checks.term import summary as term_summary
    from factlint.config.rules import default_pack, load_rules

    ruleset = load_rules(default_pack())
    setup = term_summary._setup(ruleset, next(r for r in ruleset.rules if r.kind == "term"))
    named = 0
    for doc in _documents(shared):
        toks = term_summary.Tokens(segment.blocks(doc))
        hangul = term_summary._hangul_candidates(toks, toks.glued, setup)
        fast = term_summary._names(doc.prose_text, toks, hangul, setup.titles, setup.kept)
        assert fast == _names_by_every_place(doc.prose_text, toks, hangul, setup.titles), doc.path
        named += len(fast)
    assert named > 10  # realworld's news names people: 양상훈 주필, 김진태 의원, …


def test_statements_deep_inside_one_huge_paragraph_are_judged_in_their_own_sentence() -> None:
    """One line of 400 statements, one wrong in the middle: the arithmetic and conversion checks find
    each statement's sentence from an index and a bounded window (before: by scanning the paragraph
    from its start for each figure; a 10 MB paragraph took 3.3x ordinary articles,
    benchmarks/bench_scaling.py), and still judge each in its own sentence."""
    from factlint.config.rules import default_pack, load_rules
    from factlint.engine import lint_documents

    right = "응답자 160명 가운데 104명(65%)이 찬성했다. 회사는 1억 달러(한화 약 1122억원)를 투자했다."
    wrong = "응답자 160명 가운데 104명(56%)이 찬성했다. 회사는 1억 달러(한화 약 1500억원)를 투자했다."
    text = "통계\n입력 2021.05.25 09:00\n" + " ".join([right] * 200 + [wrong] + [right] * 200)  # dated: a rate to check
    doc = parse("one-line.txt", text.encode())
    assert isinstance(doc, Document)
    result = lint_documents([doc], load_rules(default_pack()))
    found = sorted((f.kind, doc.position(f.location.span.start).column) for f in result.findings
                   if f.kind in ("arithmetic", "conversion"))
    at = text.index(wrong) - text.rindex("\n", 0, text.index(wrong))  # the wrong sentences' column
    assert [k for k, _ in found] == ["arithmetic", "conversion"], found
    assert all(at <= col < at + len(wrong) for _, col in found), (found, at)
