"""What of an article is prose: Markdown parsed as structure (markdown-it-py), and the markup of plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint import markup, segment
from factlint.loader import parse
from factlint.model import Document
from factlint.quantities import extract


def doc(name: str, text: str) -> Document:
    d = parse(name, text.encode("utf-8"))
    assert isinstance(d, Document)
    return d


def block_texts(d: Document) -> list[str]:
    return [" ".join(b.text.split()) for b in segment.blocks(d)]


def offsets_kept(d: Document) -> None:
    """The prose text is the text with markup blanked: same length, same characters elsewhere."""
    assert len(d.prose_text) == len(d.text)
    for i, (a, b) in enumerate(zip(d.text, d.prose_text)):
        assert a == b or (b == " " and a != "\n"), (i, a, b)


# ---------------------------------------------------------------------------------------------
# Markdown: what is not prose.


def test_probe_f1_link_target_image_and_footnote_are_not_prose() -> None:
    text = (
        "# 거대 언어모델 정리\n\nPublished 2023-02-10\n\n"
        "오픈AI의 GPT-3는 파라미터가 무려 **175억 개**에 이른다.[1] 자세한 내용은 "
        "[GPT-3 노트](https://example.com/notes/openai-gpt-3-notes)를 보라.\n\n"
        "![GPT-3 구조](https://example.com/images/gpt-3-architecture.png)\n\n"
        "![GPT-3 학습 곡선](https://example.com/images/gpt-3-training-curve.png)\n\n"
        "Llama 3 was released in April 2024; Llama news travels fast.\n"
    )
    d = doc("f1.md", text)
    offsets_kept(d)
    assert block_texts(d) == [
        "거대 언어모델 정리",
        "Published 2023-02-10",
        "오픈AI의 GPT-3는 파라미터가 무려 **175억 개**에 이른다. 자세한 내용은 GPT-3 노트 를 보라.",
        "Llama 3 was released in April 2024; Llama news travels fast.",
    ]
    assert "example.com" not in d.prose_text and "[1]" not in d.prose_text
    # the figure in bold keeps its place: line 5, as in the file
    at = d.prose_text.index("175억 개")
    assert d.text[at : at + 6] == "175억 개" and d.position(at).line == 5


def test_link_text_is_prose_and_a_figure_after_the_link_stays_next_to_it() -> None:
    d = doc("a.md", "* 이전 기록 보유자인 [T5](https://ai.googleblog.com/2020/02/t5.html)(11억 개)와 비교\n")
    offsets_kept(d)
    (text,) = block_texts(d)
    assert text == "이전 기록 보유자인 T5 (11억 개)와 비교"
    block = segment.blocks(d)[0]
    assert block.text.startswith("이전") and "googleblog" not in block.text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("코드 `GPT-3` 를 보라.\n", ["코드 를 보라."]),  # inline code
        ("HTML <span class='x'>강조</span> 끝.\n", ["HTML 강조 끝."]),  # inline HTML tags (the text between is prose)
        ("주소는 <https://example.com/a> 이다.\n", ["주소는 이다."]),  # autolink
        ("메일 <ai@example.com> 로.\n", ["메일 로."]),
        ("참고 [논문][ref] 보라.\n\n[ref]: https://arxiv.org/abs/2005.14165\n", ["참고 논문 보라."]),  # reference link; definition is no block
        ("각주가 있다.[^1]\n\n[^1]: 출처.\n", ["각주가 있다."]),  # the note's definition is a reference definition
        ("인용:\n\n> 첫 줄\n> 둘째 줄\n", ["인용:", "첫 줄 둘째 줄"]),  # the second '>' is markup
        ("## 제목 ##\n", ["제목"]),
        ("제목\n===\n\n본문.\n", ["제목", "본문."]),  # setext heading
        ("1. 1.5B 파라미터\n- 2.5배 늘었다\n", ["1.5B 파라미터", "2.5배 늘었다"]),  # list marks, not the text's figures
        ("```\ncode 2040억\n```\n\n    indented 3000억\n\n본문\n", ["본문"]),
        ("<div>\n블록 HTML 2040억\n</div>\n\n본문\n", ["본문"]),
        ("<!-- 메모: 2000억? -->\n본문\n", ["본문"]),
        ("import {Callout} from 'nextra-theme-docs'\nimport X from '../x.png'\n\n본문\n", ["본문"]),  # MDX
        ("---\ntitle: 제목\ndate: 2021-05-25\n---\n본문\n", ["본문"]),  # front matter
        ("[![배지](https://img.shields.io/x.svg)](https://github.com/x)\n\n본문\n", ["본문"]),  # an image in a link
        ("이스케이프 \\*별표\\* 다.\n", ["이스케이프 \\*별표\\* 다."]),  # an escape is left as written
        ("| 모델 | 매개변수 |\n|---|---|\n| GPT-3 | 175B |\n| [PaLM](https://ai.google/palm) | 540B |\n",
         ["모델 | 매개변수", "GPT-3 | 175B", "PaLM | 540B"]),  # a block per table row, pipes kept
    ],
)
def test_markdown_structure(source: str, expected: list[str]) -> None:
    d = doc("a.md", source)
    offsets_kept(d)
    assert block_texts(d) == expected


def test_headings_and_list_items_are_blocks_of_their_own() -> None:
    d = doc("a.md", "# 제목\n본문 첫 줄\n이어지는 줄\n- 항목 하나\n- 항목 둘\n")
    assert block_texts(d) == ["제목", "본문 첫 줄 이어지는 줄", "항목 하나", "항목 둘"]


def test_tabs_and_odd_input_never_raise() -> None:
    for source in ["\t- 탭\t목록\n\t\t계속", "> \t인용\n>\t>\t중첩", "|a|\n|-|\n|\tb\t|", "[x](<y z>)", "\0널\0", "#" * 300, "[" * 500]:
        d = doc("a.md", source)
        offsets_kept(d)
        for b in segment.blocks(d):
            assert 0 <= b.span.start < b.span.end <= len(d.text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab가 \n\t*_`[]()<>!#|>-=:/.@^\\&;1\"'", max_size=80))
def test_any_markdown_keeps_offsets(source: str) -> None:
    d = doc("a.md", source)
    offsets_kept(d)
    spans = [(s.start, s.end) for s in d.markup]
    assert spans == sorted(spans) and all(a < b for a, b in spans)
    assert all(x[1] <= y[0] for x, y in zip(spans, spans[1:]))
    prose = [(s.start, s.end) for s in d.prose]
    assert all(x[1] <= y[0] for x, y in zip(prose, prose[1:]))


# ---------------------------------------------------------------------------------------------
# Plain text: URLs, e-mail addresses, footnote markers.


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("자세한 내용은 https://example.com/openai-gpt-3-notes 를 보라.", "자세한 내용은 를 보라."),
        ("자료는 https://example.com/a.html에서 받는다.", "자료는 에서 받는다."),  # the particle stays prose
        ("KT(대표이사 구현모, www.kt.com)가 협약을 맺었다.", "KT(대표이사 구현모, )가 협약을 맺었다."),
        ("저장소: github.com/meta-llama/llama-models.", "저장소: ."),  # the full stop is the sentence's
        ("문의 ai@kt.com 으로.", "문의 으로."),
        ("소비자들 사이에서는 말까지 나온다.[1][2][3] 전기 요금.", "소비자들 사이에서는 말까지 나온다. 전기 요금."),
        # not markup: versions, decimals, abbreviations, a name with a dot
        ("GPT-3.5와 3.14, e.g. Node.js 와 i.e. 문장.", "GPT-3.5와 3.14, e.g. Node.js 와 i.e. 문장."),
        ("배열 [1, 2]는 그대로.", "배열 [1, 2]는 그대로."),
    ],
)
def test_plain_text_markup(line: str, kept: str) -> None:
    d = doc("a.txt", line + "\n")
    offsets_kept(d)
    assert block_texts(d) == [kept]


def test_a_line_that_is_only_a_url_is_no_block() -> None:
    d = doc("a.txt", "제목\nhttps://example.com/x\n본문.\n")
    assert block_texts(d) == ["제목", "본문."]


def test_text_markup_helper_is_sorted_and_disjoint() -> None:
    text = "메일 a@b.com, https://x.com/y?q=a@b.com [1] www.kt.com"
    spans = markup.text_markup(text)
    assert spans == sorted(spans) and all(x[1] <= y[0] for x, y in zip(spans, spans[1:]))
    assert [text[a:b] for a, b in spans] == ["a@b.com", "https://x.com/y?q=a@b.com", "[1]", "www.kt.com"]


@pytest.mark.parametrize(
    ("text", "start", "found"),
    [
        # an address is found in its run of address characters, its look-behind reading past the run
        ("연락: kim.lee@kt.co.kr 로.", 0, ["kim.lee@kt.co.kr"]),
        ("(%x@y.com)", 0, ["%x@y.com"]),  # "%" may open an address: nothing before it rejects it
        ("a.@b.cc 와 @@@a.b@c.de", 0, ["a.@b.cc", "a.b@c.de"]),
        ("a@b@c.de", 0, ["b@c.de"]),  # "a@b" has no top-level domain; the scan goes on inside the run
        # hard negatives: a start inside a word still sees the letter before it, as the whole scan does
        ("xa@b.com", 1, []),
        ("메일 ab@c.com", 4, []),
        ("메일 ab@c.com", 3, ["ab@c.com"]),
        ("사용자@도메인 또는 x@", 0, []),  # no Latin address
        ("www.kt.com/a 와 [^주] 와 a@b.kr", 0, ["www.kt.com/a", "[^주]", "a@b.kr"]),
    ],
)
def test_text_markup_from_an_offset(text: str, start: int, found: list[str]) -> None:
    assert [text[a:b] for a, b in markup.text_markup(text, start)] == found


def unguarded_markup(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The three patterns tried at every character of the range: what ``text_markup`` must equal."""
    return markup._union(m.span() for p in (markup._URL, markup._EMAIL, markup._FOOTNOTE) for m in p.finditer(text, start, end))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab.@%+-_ /w:[]1^가\nxcom", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_text_markup_is_the_patterns_tried_everywhere(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert markup.text_markup(text, start, end) == unguarded_markup(text, start, end)


# ---------------------------------------------------------------------------------------------
# Every Markdown file of ../shared: offsets kept, no URL left in the prose.


def shared_markdown(shared: Path) -> list[Path]:
    return sorted([*shared.glob("realworld/articles/*.md"), *shared.glob("probes/articles/*.md")])


def test_shared_markdown_has_no_url_in_its_prose(shared: Path) -> None:
    files = shared_markdown(shared)
    assert len(files) >= 5
    for path in files:
        d = doc(path.name, path.read_text(encoding="utf-8"))
        offsets_kept(d)
        for b in segment.blocks(d):
            assert "http" not in b.text and "](" not in b.text and "![" not in b.text, (path.name, b.text)


def test_two_image_lines_on_one_host_are_not_near_duplicates(shared: Path) -> None:
    """realworld ko_blog_centrarium_gpt3.md:25 was reported as a near copy of line 15: both are images."""
    from factlint.config.rules import default_pack, load_rules
    from factlint.engine import run

    ruleset = load_rules(default_pack())
    ruleset = type(ruleset)(**{**ruleset.__dict__, "rules": tuple(r for r in ruleset.rules if r.kind == "duplicate")})
    path = shared / "realworld" / "articles" / "ko_blog_centrarium_gpt3.md"
    assert run([str(path)], ruleset).findings == ()


@pytest.mark.parametrize(("source", "figure"), [
    ("GPT-3의 파라미터는 __175억__ 개다.", "175억"),
    ("GPT-3 has __175 billion__ parameters.", "175 billion"),
    ("GPT-3 has _175 billion_ parameters.", "175 billion"),
    ("GPT-3의 파라미터는 **175억** 개다.", "175억"),
])
def test_a_figure_in_underscore_emphasis_is_read(source: str, figure: str) -> None:
    d = parse("a.md", f"# Models\n\n{source}\n".encode())
    assert isinstance(d, Document)
    assert any(q.text == figure for q in extract(d.prose_text, 0)), d.prose_text


def test_an_underscore_inside_a_word_stays_text() -> None:
    d = parse("a.md", b"# T\n\nThe model_size_175 field and snake_case names.\n")
    assert isinstance(d, Document)
    assert "model_size_175" in d.prose_text and "snake_case" in d.prose_text
