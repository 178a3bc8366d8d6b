"""Loading articles: encodings, newlines, Markdown prose, discovery, datelines."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint import segment
from factlint.loader import discover, load
from factlint.model import Document, InputProblem
from factlint.segment import blocks, sentences


def write(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def test_utf8_bom_is_stripped_and_offsets_start_at_the_text(tmp_path: Path) -> None:
    doc = load(write(tmp_path / "a.txt", "\ufeff하이퍼클로바 2040억".encode("utf-8")))
    assert isinstance(doc, Document)
    assert doc.text == "하이퍼클로바 2040억"
    assert doc.position(0).column == 1


def test_crlf_lines_are_counted_like_lf(tmp_path: Path) -> None:
    doc = load(write(tmp_path / "a.txt", "첫 줄\r\n둘째 줄\r\n셋째 줄".encode("utf-8")))
    assert isinstance(doc, Document)
    assert [b.text for b in blocks(doc)] == ["첫 줄", "둘째 줄", "셋째 줄"]
    third = blocks(doc)[2]
    assert doc.position(third.span.start).line == 3


def test_empty_file_is_a_document_without_blocks(tmp_path: Path) -> None:
    doc = load(write(tmp_path / "empty.txt", b""))
    assert isinstance(doc, Document)
    assert blocks(doc) == []


def test_non_utf8_file_is_an_input_problem_naming_the_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "euckr.txt", "하이퍼클로바".encode("euc-kr"))
    problem = load(path)
    assert isinstance(problem, InputProblem)
    assert problem.path == path
    assert "not valid UTF-8" in problem.message and "0x" in problem.message


def test_unreadable_path_is_an_input_problem(tmp_path: Path) -> None:
    problem = load(str(tmp_path / "missing.txt"))
    assert isinstance(problem, InputProblem)
    assert "cannot read" in problem.message


def test_discover_keeps_paths_as_given_and_skips_other_files(tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "b.txt", b"x")
    write(tmp_path / "corpus" / "a.md", b"x")
    write(tmp_path / "corpus" / "image.png", b"\x89PNG")
    write(tmp_path / "corpus" / "sub" / "c.txt", b"x")
    write(tmp_path / "corpus" / ".git" / "d.txt", b"x")
    root = str(tmp_path / "corpus")
    found = discover([root, str(tmp_path / "nope")])
    assert found.articles == (f"{root}/a.md", f"{root}/b.txt", f"{root}/sub/c.txt")
    assert [s.path for s in found.skipped] == [f"{root}/image.png"]
    assert found.missing == (str(tmp_path / "nope"),)


def test_discover_excludes_globs(tmp_path: Path) -> None:
    write(tmp_path / "c" / "keep.txt", b"x")
    write(tmp_path / "c" / "drafts" / "skip.txt", b"x")
    root = str(tmp_path / "c")
    assert discover([root], exclude=[f"{root}/drafts"]).articles == (f"{root}/keep.txt",)


def test_markdown_front_matter_code_and_comments_are_not_prose(tmp_path: Path) -> None:
    text = (
        "---\ntitle: 하이퍼클로바\ndate: 2021-05-25\n---\n"
        "# 하이퍼클로바 공개\n\n"
        "네이버는 2040억 파라미터의\n모델을 공개했다.\n\n"
        "```python\nparams = 204e9\n```\n\n"
        "<!-- 편집자 메모: 2000억? -->\n"
        "- 목록 항목\n"
    )
    doc = load(write(tmp_path / "a.md", text.encode()))
    assert isinstance(doc, Document)
    assert doc.date == dt.date(2021, 5, 25)
    texts = [b.text for b in blocks(doc)]
    # a heading's and a list item's marks are not prose: the block is their text
    assert texts == ["하이퍼클로바 공개", "네이버는 2040억 파라미터의\n모델을 공개했다.", "목록 항목"]
    assert all("params" not in t and "편집자" not in t and "title:" not in t for t in texts)
    # offsets stay those of the file
    para = blocks(doc)[1]
    assert doc.position(para.span.start).line == 7


def test_datelines_of_the_seeds(seeds: Path) -> None:
    doc2 = load(str(seeds / "002_62dc6b14b00e3a6f.txt"))
    doc3 = load(str(seeds / "003_6887149645579ea4.txt"))
    assert isinstance(doc2, Document) and doc2.date == dt.date(2023, 3, 14)  # "입력 2023.03.14 16:00"
    assert isinstance(doc3, Document) and doc3.date == dt.date(2021, 12, 27)  # "작성일 21-12-27 09:45"


def test_seed_paragraphs_are_lines_and_glued_sentences_split(seeds: Path) -> None:
    doc = load(str(seeds / "001_44002c1806efbf2a.txt"))
    assert isinstance(doc, Document)
    glued = next(b for b in blocks(doc) if "투입했다.세계적으로" in b.text)
    parts = [glued.text[s.start - glued.span.start : s.end - glued.span.start] for s in sentences(glued.text, glued.span.start)]
    assert parts[1].endswith("투입했다.")
    assert parts[2].startswith("세계적으로")
    # decimals and domains do not end sentences
    assert len(sentences("성장률은 32.1%였다. www.kt.com 참고")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("그는 말했다.\"좋다.\" 끝", ["그는 말했다.", "좋다.", "끝"]),  # quotes after a mark belong to no sentence
        ("늘었다.세계는 “AI”라고 했다! 3.5배?", ["늘었다.", "세계는 “AI”라고 했다!", "3.5배?"]),
        ("Dr. Kim said so. 2.5 GB", ["Dr.", "Kim said so.", "2.5 GB"]),  # segmenting keeps no list of abbreviations
        # hard negatives: no end inside a decimal, a domain, a version, nor a mark before a digit
        ("성장률은 32.1%였다. www.kt.com 참고", ["성장률은 32.1%였다.", "www.kt.com 참고"]),
        ("GPT-3.5와 v2.0.1은 다.3 이다", ["GPT-3.5와 v2.0.1은 다.3 이다"]),
        ("。。。", ["。。。"]),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text)] == expected


_LOOKBEHIND_FIRST = re.compile(r"(?<=[.!?。])[\"'”’」』)]*(?:\s+|(?=[가-힣\"'“‘]))|(?<=[가-힣][.!?])(?=[^\s\d])")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a.!?。\"'”’」』) \n가다3“‘", max_size=40))
def test_sentence_ends_are_those_of_the_lookbehind_pattern(text: str) -> None:
    """The pattern opening with the mark finds the ends the look-behind pattern found (it was 3× slower)."""
    ends = [(m.start(), m.end()) for m in _LOOKBEHIND_FIRST.finditer(text)]
    assert [(m.start() + 1, m.end()) for m in segment._SENTENCE_END.finditer(text)] == ends


def test_block_offsets_are_the_blocks(seeds: Path) -> None:
    """Blocks are segmented as flat offsets first: they must be exactly segment.blocks' spans."""
    from factlint.loader import parse
    from factlint.model import Document
    from factlint.segment import block_offsets, blocks

    texts = [p.read_bytes() for p in sorted(seeds.glob("*.txt"))]
    cases = [(f"s{i}.txt", raw) for i, raw in enumerate(texts)]
    cases += [("m.md", b"---\ntitle: x\n---\n# Head\n\nPara one\nwraps.\n\n- item\n\n    code\n"),
              ("w.txt", " \u3000lead\u00a0\n\n\x1c\ttab \n\r\nlast".encode())]
    for name, raw in cases:
        doc = parse(name, raw)
        assert isinstance(doc, Document)
        offsets = block_offsets(doc)
        assert [(b.span.start, b.span.end) for b in blocks(doc)] == list(zip(offsets[::2], offsets[1::2]))


@pytest.mark.parametrize(("head", "date"), [
    ("제목\n입력 2023.03.14 16:00\n", "2023-03-14"),
    ("제목\n작성일 21-12-27 09:45\n", "2021-12-27"),
    ("연구진 규모\n입력 2021년 3월 14일 오전 9:00\n", "2021-03-14"),
    ("제목\n기사입력 : 2019년3월14일\n", "2019-03-14"),
    ("Title\nPublished March 14, 2019\n", "2019-03-14"),
    ("Title\nUpdated 14 March 2019 09:00 GMT\n", "2019-03-14"),
    ("Title\nPublished: Monday, 14 March 2019\n", "2019-03-14"),  # dateparser: a weekday first
    ("Title\nPosted 3/14/2019\n", "2019-03-14"),  # dateparser
    ("# Notes\n\nDate: 2023-03-01\n", "2023-03-01"),
    # a wire byline: no label, the date after the name and the agency
    ("Title\nBy Kim Tae-ho | Korea Football Wire | Nov. 10, 2024, 7:05 p.m. KST\n", "2024-11-10"),
    ("Title\nBy Jane Doe, Reuters, 14 March 2019\n", "2019-03-14"),
    # a column's byline of fields, one of them a whole date (fresh8's ko_column: "윤재석 … 선임연구위원 | 2025년 2월 5일")
    ("[칼럼] 두 갈래 길\n\n윤재석 지역정책연구소 선임연구위원 | 2025년 2월 5일\n", "2025-02-05"),
    ("제목\n김하람 기자 | 2024.11.03\n", "2024-11-03"),
    ("Title\nHannah Price | Travel | Feb. 9, 2025\n", "2025-02-09"),
    # a wire's dateline with its year, opening the first paragraph (session 18: fresh5's and fresh6's were not read)
    ("Title\nHARAM, South Korea, Jan. 16, 2025 - The museum drew a record crowd.\n", "2025-01-16"),
    ("Title\n\nSEORIM, South Korea, June 14, 2024 — Swimmers set three records.\n", "2024-06-14"),
    ("Title\nBUSAN, Oct 3, 2023 (Hanbit News) - Port traffic rose.\n", "2023-10-03"),
    ("Title\nLONDON, 14 March 2019 (Reuters) – Shares fell.\n", "2019-03-14"),
])
def test_datelines_in_korean_and_english(head: str, date: str) -> None:
    from factlint.loader import dateline

    found = dateline(head + "본문 2020년 1월 1일에 있었던 일.\n")
    assert found is not None and found.isoformat() == date


@pytest.mark.parametrize("head", [
    "제목\n2020년 1월 1일 서울에서 열린 행사에서\n",  # a date in the text is not a dateline
    "Title\nUpdated by the desk\n",
    "Title\nPublished 2019\n",  # no day
    "Title\nBy the end of March 3, 2020 the plant had closed.\n",  # "By" opening a sentence, not a byline
    "Title\nFirst line.\nSecond line.\nBy Jane Doe, 14 March 2019\n",  # below the article's top
    "제목\n구분 | 2025년 2월 5일 개막 예정 | 장소\n",  # a field that mentions a date is no date field
    "제목\n첫 줄.\n둘째 줄.\n윤재석 연구위원 | 2025년 2월 5일\n",  # below the article's top
    # a Markdown table's row, a source's or a photo's date (session 13 review)
    "# 단월얼음축제 일정\n| 날짜 | 행사 |\n| 2025.01.10 | 개막 |\n",
    "단월군 소식\n출처 | 2023년 12월 31일\n",
    "[사진] 개막식 | 2019.03.01\n",
    "Danwol in numbers\nSource | March 3, 2019\n",
    # a wire's dateline without its year, with no date, not opening its line, below the article's top
    "Title\nSEOUL, Sept 4 (Korea Newswire) - Output rose.\n",
    "Title\nDAMRA, South Korea (AP) — Kiprop won.\n",
    "Title\nShares fell in SEOUL, March 3, 2020 - a rout.\n",
    "Title\nFirst.\n\nSecond.\n\nHARAM, South Korea, Jan. 16, 2025 - The museum drew a record crowd.\n",
])
def test_no_dateline_is_no_date(head: str) -> None:
    from factlint.loader import dateline

    assert dateline(head) is None


@pytest.mark.parametrize(("head", "date"), [
    ("제목\n> **입력** 2023.03.14\n", "2023-03-14"),  # marks before the label
    ("제목\n수정일: 없음\t 입력 2022.01.02\n", "2022-01-02"),  # the second label of a line
    ("제목 기사입력 2020.05.06\n", "2020-05-06"),
    # hard negatives: a label word glued to a word before it is no label; a label inside another's date is skipped
    ("제목\n재입력 2020.05.06\n", None),
    ("제목\n입력 xx 최종수정 2021.07.08 입력 2020.05.06\n", None),
])
def test_dateline_labels_after_marks_and_words(head: str, date: str | None) -> None:
    from factlint.loader import dateline

    found = dateline(head)
    assert (found.isoformat() if found else None) == date


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["입력", "기사입력", "작성일", "작성", "최종수정", "Date", "Dated", "First published",
                                 " ", "\t", "\n", ">", "*", "-", "#", ":", "on", "2023.03.14", "가", "x", "일시"]),
                max_size=14))
def test_dateline_labels_are_those_of_the_whole_pattern(parts: list[str]) -> None:
    """The labels found from the label words are those the whole pattern finds tried everywhere."""
    from factlint.loader import _DATELINE_LABEL, _labels

    head = "".join(parts)
    assert [(m.span(), m.group("rest")) for m in _labels(head)] == [(m.span(), m.group("rest")) for m in _DATELINE_LABEL.finditer(head)]


def test_the_common_forms_do_not_load_dateparser() -> None:
    import subprocess
    import sys

    code = ("import sys\nfrom factlint.loader import dateline\n"
            "assert dateline('t\\n입력 2021년 3월 14일 오전 9:00\\n').isoformat() == '2021-03-14'\n"
            "assert dateline('t\\nPublished March 14, 2019\\n').isoformat() == '2019-03-14'\n"
            "assert 'dateparser' not in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
