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

from factlint import segment
from factlint.binding import names, sentences
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
