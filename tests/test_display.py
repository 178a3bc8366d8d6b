"""display: the one escaping of untrusted text for terminals, CI logs and reports."""

from __future__ import annotations

import json

import pytest

from factlint import display


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("하이퍼클로바 HyperCLOVA", "하이퍼클로바 HyperCLOVA"),
        ("a\tb", "a\tb"),
        ("\x1b]0;t\x07", "\\x1b]0;t\\x07"),
        ("a\n::error::b\r", "a\\n::error::b\\r"),
        ("\x00\x7f\x9b", "\\x00\\x7f\\x9b"),
        ("abc\u202edef\u2066", "abc\\u202edef\\u2066"),
        ("x\u2028y", "x\\u2028y"),
        ("\udcb1\udce2.txt", "\\xb1\\xe2.txt"),  # a CP949 file name's bytes (surrogateescape)
        ("\ud800", "\\ud800"),
    ],
)
def test_escape(raw: str, shown: str) -> None:
    assert display.escape(raw) == shown


def test_escape_lines_keeps_line_breaks_only() -> None:
    assert display.escape_lines("a\nb\x1b\r") == "a\nb\\x1b\\r"


def test_json_text_is_the_same_data_without_raw_controls() -> None:
    data = {"path": "\udcb1.txt", "message": "x\x9b\u202ey\x1b"}
    text = display.json_text(json.dumps(display.plain_data(data), ensure_ascii=False))
    assert all(not (0x7F <= ord(c) <= 0x9F or c == "\u202e") for c in text)
    text.encode("utf-8")
    assert json.loads(text) == {"path": "\\xb1.txt", "message": "x\x9b\u202ey\x1b"}
