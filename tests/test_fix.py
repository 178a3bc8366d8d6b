"""`factlint lint --fix` / `--diff`: only safe fixes, atomic writes, every other byte kept (BOM, CRLF)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint import fix
from factlint.cli import cli
from factlint.config.rules import load_rules
from factlint.engine import run
from factlint.loader import load
from factlint.model import Document, Edit, Finding, Location, Span

RULES = """\
entities:
  - name: HyperCLOVA
    aliases: [하이퍼클로바, Hyper CLOVA]
  - name: GPT-3
rules:
  - id: term-spelling
    kind: term
    description: Names and terms spelt one way
    options:
      terms:
        - preferred: 엑사원
          aliases: [EXAONE]
          wrong: [엑사온]
"""

# Two safe fixes (a case variant, a declared wrong form), one finding that needs a human (one jamo),
# a spacing variant, and lines that must not change at all.
ARTICLE = (
    "네이버 ‘HyperClova’ 공개\r\n"
    "\r\n"
    "LG는 엑사온을 발표했다. 하이퍼 클로바와 GPT-3는 크다.\r\n"
    "하이퍼틀로바는 오타지만 고칠지는 사람이 정한다.\r\n"
    "끝\t줄  공백   그대로\r\n"
)
FIXED = (
    "네이버 ‘HyperCLOVA’ 공개\r\n"
    "\r\n"
    "LG는 엑사원을 발표했다. 하이퍼클로바와 GPT-3는 크다.\r\n"
    "하이퍼틀로바는 오타지만 고칠지는 사람이 정한다.\r\n"
    "끝\t줄  공백   그대로\r\n"
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "terms.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (tmp_path / "corpus" / "clean.txt").write_bytes("하이퍼클로바는 좋다.\n".encode("utf-8"))
    return tmp_path


def lint(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["lint", "corpus", "--rules", "rules", "--no-cache", "--fail-on", "warning", *args])
    return result.exit_code, result.stdout, result.stderr


def test_fix_round_trip_keeps_bom_crlf_and_every_other_byte(project: Path) -> None:
    code, out, err = lint("--fix")
    assert (project / "corpus" / "a.txt").read_bytes() == b"\xef\xbb\xbf" + FIXED.encode("utf-8")
    assert (project / "corpus" / "clean.txt").read_bytes() == "하이퍼클로바는 좋다.\n".encode("utf-8")
    assert "corpus/a.txt:1:6: fixed 'HyperClova' → 'HyperCLOVA' [term-spelling]" in err
    assert "corpus/a.txt:3:5: fixed '엑사온' → '엑사원' [term-spelling]" in err
    assert "corpus/a.txt:3:16: fixed '하이퍼 클로바' → '하이퍼클로바' [term-spelling]" in err
    assert "3 fixes in 1 file" in err
    # the report lists what is left: the one-jamo variant, which only a human may change
    assert "하이퍼틀로바" in out and "HyperClova" not in out and code == 1
    # lint again: no fixable finding left, and a second --fix changes nothing
    code, out, err = lint("--fix")
    assert "0 fixes in 0 files" in err and "1 warning" in out
    assert (project / "corpus" / "a.txt").read_bytes() == b"\xef\xbb\xbf" + FIXED.encode("utf-8")


def test_diff_shows_the_change_and_writes_nothing(project: Path) -> None:
    before = (project / "corpus" / "a.txt").read_bytes()
    code, out, _ = lint("--diff")
    assert (project / "corpus" / "a.txt").read_bytes() == before
    assert code == 1
    assert out.startswith("--- a/corpus/a.txt\n+++ b/corpus/a.txt\n")
    # (click's test runner folds CRLF in what it captures; render_diff keeps it, see below)
    assert "-\ufeff네이버 ‘HyperClova’ 공개\n+\ufeff네이버 ‘HyperCLOVA’ 공개\n" in out
    assert "+LG는 엑사원을 발표했다. 하이퍼클로바와 GPT-3는 크다.\n" in out
    assert "\n 하이퍼틀로바는" in out and "\n-하이퍼틀로바는" not in out  # context, never changed


def test_diff_keeps_line_endings(project: Path) -> None:
    result = run(["corpus/a.txt"], load_rules(["rules"]))
    fixes, _ = fix.plan(result.findings, result.documents)
    text = fix.render_diff(fixes)
    assert "-\ufeff네이버 ‘HyperClova’ 공개\r\n+\ufeff네이버 ‘HyperCLOVA’ 공개\r\n" in text


def test_diff_with_nothing_to_fix_exits_0(project: Path) -> None:
    (project / "corpus" / "a.txt").write_bytes(FIXED.replace("하이퍼틀로바", "하이퍼클로바").encode("utf-8"))
    code, out, _ = lint("--diff")
    assert (code, out) == (0, "")


def test_fix_keeps_file_permissions(project: Path) -> None:
    target = project / "corpus" / "a.txt"
    os.chmod(target, 0o640)
    lint("--fix")
    assert (target.stat().st_mode & 0o777) == 0o640
    assert not [p for p in (project / "corpus").iterdir() if "factlint-tmp" in p.name]


def _doc(path: Path) -> Document:
    doc = load(str(path))
    assert isinstance(doc, Document)
    return doc


def _finding(path: str, start: int, end: int, new: str) -> Finding:
    span = Span(start, end)
    return Finding("r", "term", "warning", "m", Location(path, span), fix=(Edit(path, span, new),))


def test_lone_cr_and_lf_files_map_offsets(tmp_path: Path) -> None:
    for newline in ("\n", "\r", "\r\n"):
        path = tmp_path / "x.txt"
        path.write_bytes(newline.join(["첫 줄", "HyperClova 둘째", "셋째 HyperClova"]).encode("utf-8"))
        doc = _doc(path)
        start = doc.text.rindex("HyperClova")
        fixes, skipped = fix.plan([_finding(str(path), start, start + 10, "HyperCLOVA")], {doc.path: doc})
        assert skipped == ()
        assert fixes[0].fixed == newline.join(["첫 줄", "HyperClova 둘째", "셋째 HyperCLOVA"])


def test_overlapping_edits_first_wins_and_other_stays_reported(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Hyper Clova model\n", encoding="utf-8")
    doc = _doc(path)
    first, second = _finding(doc.path, 0, 11, "HyperCLOVA"), _finding(doc.path, 6, 11, "CLOVA")
    fixes, _ = fix.plan([second, first], {doc.path: doc})
    assert fixes[0].fixed == "HyperCLOVA model\n"
    assert fixes[0].fixed_findings == (first,)


def test_file_changed_since_lint_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("HyperClova\n", encoding="utf-8")
    doc = _doc(path)
    path.write_text("HyperClova was edited meanwhile\n", encoding="utf-8")
    fixes, skipped = fix.plan([_finding(doc.path, 0, 10, "HyperCLOVA")], {doc.path: doc})
    assert fixes == () and skipped[0].reason == fix.CHANGED
    assert path.read_text(encoding="utf-8") == "HyperClova was edited meanwhile\n"


def test_fix_result_removes_only_fixed_findings(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(RULES, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("HyperClova와 하이퍼틀로바.\n", encoding="utf-8")
    result = run([str(article)], load_rules([str(tmp_path / "r.yaml")]))
    assert len(result.findings) == 2
    after, fixes, _ = fix.fix_result(result, write_files=True)
    assert [f.data["variant"] for f in after.findings] == ["하이퍼틀로바"]
    assert article.read_text(encoding="utf-8") == "HyperCLOVA와 하이퍼틀로바.\n"
    assert len(fixes) == 1


from hypothesis import given, settings
from hypothesis import strategies as st

# non-empty lines, so a lone CR is never followed by the next line's LF (that would make one CRLF)
_LINES = st.lists(st.text(alphabet="ab가나 -", min_size=1, max_size=8), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(lines=_LINES, endings=st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=6, max_size=6), bom=st.booleans(),
       pick=st.integers(min_value=0, max_value=5))
def test_edits_map_onto_raw_text_whatever_the_line_endings(lines: list[str], endings: list[str], bom: bool, pick: int) -> None:
    """Replacing a line's text through the normalised offsets changes exactly that line in the raw text."""
    from factlint.loader import parse

    raw = ("\ufeff" if bom else "") + "".join(line + endings[i] for i, line in enumerate(lines))
    doc = parse("x.txt", raw.encode("utf-8"))
    assert isinstance(doc, Document)
    index = pick % len(lines)
    start = doc.line_starts[index]
    span = Span(start, start + len(lines[index]))
    planned = fix._plan_file(doc, raw, [(Edit("x.txt", span, "Z"), _finding("x.txt", span.start, span.end, "Z"))])
    assert isinstance(planned, fix.FileFix)
    expected = ("\ufeff" if bom else "") + "".join(
        ("Z" if i == index else line) + endings[i] for i, line in enumerate(lines)
    )
    assert planned.fixed == expected
    assert planned.changes[0].old == lines[index]
