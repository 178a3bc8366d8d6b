"""Image alt text is read by the term check (a reader sees it), for undeclared Hangul words only,
never its destination, never fixed (realworld: ``![비교: 모델 간 파리미터 크기.](…)``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.checks.term.alt import alt_spans
from factlint.loader import load
from factlint.model import Document

from test_term_corpus import found, lint

_PARAMETERS = {  # 파라미터 written three times, near 모델
    "a.md": "GPT-3 모델의 파라미터 개수는 많다. 모델 파라미터 크기를 비교했다.\n",
    "b.md": "작은 모델은 파라미터 수가 적다.\n",
}


@pytest.mark.parametrize(
    "image",
    [
        "![비교: 모델 간 파리미터 크기.](https://example.org/plot.png)\n",  # an image on a line of its own
        "아래 그림을 보라 ![모델 파리미터 크기](plot.png) 그림 끝.\n",  # an image inside a paragraph
    ],
)
def test_a_typo_in_alt_text_is_found_and_not_fixable(tmp_path: Path, image: str) -> None:
    result = lint(tmp_path, {**_PARAMETERS, "c.md": "# 그림\n\n" + image})
    assert found(result) == [("c.md", "파리미터", "파라미터")]
    assert [f.fix for f in result.findings] == [()]


@pytest.mark.parametrize(
    "text",
    [
        "![그림](https://example.org/모델/파리미터.png)\n",  # the destination is not read
        "```\n![모델 파리미터 크기](plot.png)\n```\n",  # a code block
        "코드 `![모델 파리미터 크기](plot.png)` 예시.\n",  # a code span
    ],
)
def test_alt_text_hard_negative(tmp_path: Path, text: str) -> None:
    assert found(lint(tmp_path, {**_PARAMETERS, "c.md": text})) == []


def test_alt_text_is_read_in_markdown_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("![모델 파리미터](x.png)\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("---\ntitle: '![모델 파리미터](x.png)'\n---\n![모델 파리미터](x.png)\n", encoding="utf-8")
    assert alt_spans(_load(tmp_path / "a.txt")) == ()
    doc = _load(tmp_path / "a.md")
    assert [doc.text[s.start : s.end] for s in alt_spans(doc)] == ["모델 파리미터"]  # not the front matter's


def _load(path: Path) -> Document:
    doc = load(str(path))
    assert isinstance(doc, Document)
    return doc
