"""Text from articles, rule files and file names, made safe to show.

Whatever an article, a rule file or a file name holds reaches terminals, CI logs and report files
through here. Two things must never pass through as they are:

- **Control characters.** An article quoting ``ESC ] 0 ; … BEL`` retitles the terminal that shows a
  finding, ``ESC [ 2 J`` clears it; a newline inside a rule-file key starts a new line of stderr,
  and a line starting ``::error::`` is a workflow command to GitHub Actions (which reads stdout
  and stderr). C0 and C1 controls and DEL are written ``\\x1b``, newline and carriage return
  inside a one-line field ``\\n`` and ``\\r``. Tab is kept. Bidirectional overrides and isolates
  (U+202A–U+202E, U+2066–U+2069, the "Trojan Source" characters) and the line and paragraph
  separators U+2028/U+2029 are written ``\\u202e``.
- **File names that are not UTF-8.** Python gives such a name's undecodable bytes as lone
  surrogates (PEP 383), which no UTF-8 output can hold: the text report crashed and the JSON
  report was not valid UTF-8. Each such byte is written ``\\xb1``, the same way in every format
  (SARIF URIs percent-encode the real bytes instead, which is lossless).

Backslashes are left alone, so a name that really holds ``\\x1b`` reads the same as an escaped
ESC; that ambiguity is the price of readable Windows paths.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable

# C0 controls but tab, DEL, C1 controls, lone surrogates, bidi overrides/isolates, U+2028/U+2029.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_UNSAFE_KEEP_NEWLINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_SURROGATES = re.compile("[\ud800-\udfff]")
# Characters JSON leaves raw in ensure_ascii=False output that a terminal may still act on.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


_NAMED = {"\n": "\\n", "\r": "\\r"}


def _escape(m: re.Match[str]) -> str:
    named = _NAMED.get(m.group())
    if named:
        return named
    code = ord(m.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape(text: str) -> str:
    """One line, safe for a terminal or a CI log: every control character escaped."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def escape_lines(text: str) -> str:
    """Like ``escape`` but keeping line breaks (a traceback, a multi-line manual)."""
    return _UNSAFE_KEEP_NEWLINES.sub(_escape, text) if _UNSAFE_KEEP_NEWLINES.search(text) else text


def unsurrogate(text: str) -> str:
    """Only the undecodable bytes of file names escaped: what a UTF-8 file or JSON string can hold."""
    return _SURROGATES.sub(_escape, text) if _SURROGATES.search(text) else text


def undecodable(path: str) -> bool:
    """A file name that is not valid UTF-8 (its bytes came back as lone surrogates)."""
    return bool(_SURROGATES.search(path))


def plain_data(value: Any) -> Any:
    """A JSON-able value with every string (and key) passed through ``unsurrogate``."""
    if isinstance(value, str):
        return unsurrogate(value)
    if isinstance(value, dict):
        return {unsurrogate(k) if isinstance(k, str) else k: plain_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_data(v) for v in value]
    return value


def json_report(value: Any, indent: int | None = 2, default: Callable[[Any], Any] | None = None) -> str:
    """``json_text(json.dumps(plain_data(value), ensure_ascii=False, …))`` without copying the value when
    it needs no copy: JSON made with ``ensure_ascii=False`` writes every character of a string or key
    (and of what ``default`` returns) raw but for ASCII escapes, so a text with no lone surrogate came
    from strings ``unsurrogate`` leaves as they are. Only a report naming an undecodable file is made
    again from ``plain_data``. (The copy cost as much as the encoding: 460,000 strings searched in a
    report of 13,500 findings.)"""
    text = json.dumps(value, ensure_ascii=False, indent=indent, default=default)
    if _SURROGATES.search(text):
        text = json.dumps(plain_data(value), ensure_ascii=False, indent=indent, default=default)
    return json_text(text)


def json_text(text: str) -> str:
    """JSON (made with ``ensure_ascii=False``) with the C1 controls, bidi controls and line
    separators it leaves raw written as ``\\uXXXX`` escapes: the same data, safe to cat."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
