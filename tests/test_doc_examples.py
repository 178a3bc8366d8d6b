"""The examples in the manuals of the claim checks (what `factlint explain KIND` prints and
docs/checks/KIND.md shows) are real: their articles are linted and the printed report compared."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.checks import CHECKS
from factlint.cli import cli

REPO = Path(__file__).resolve().parent.parent


def _block(lines: list[str], start: int) -> list[str]:
    """The indented literal block after line ``start`` (a line ending in ``::``), dedented."""
    out: list[str] = []
    i = start + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    indent = len(lines[i]) - len(lines[i].lstrip())
    while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) >= indent):
        out.append(lines[i][indent:])
        i += 1
    while out and not out[-1].strip():
        out.pop()
    return out


def example(manual: str) -> tuple[dict[str, str], list[str], list[str]]:
    """The example's articles (name → text), the command's arguments and the report it prints."""
    lines = manual.splitlines()
    files: dict[str, str] = {}
    command: list[str] = []
    printed: list[str] = []
    for i, line in enumerate(lines):
        named = re.fullmatch(r"\s*``([\w.]+)``::", line)
        if named:
            files[named.group(1)] = "\n".join(_block(lines, i)) + "\n"
        run = re.fullmatch(r"\s*``factlint lint (.*)`` prints::", line)
        if run:
            command = run.group(1).split()
            printed = _block(lines, i)
    return files, command, printed


@pytest.mark.parametrize("kind", ["contradiction", "fact"])
def test_the_manuals_example_prints_what_it_says(kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    manual = inspect.cleandoc(CHECKS[kind].manual)
    files, command, printed = example(manual)
    assert files and command and printed, f"{kind}: the manual's example is not in the form the test reads"
    monkeypatch.chdir(tmp_path)
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", "--no-cache", *command])
    assert result.stdout.splitlines() == printed
    assert result.exit_code == 1


@pytest.mark.parametrize("kind", ["contradiction", "fact"])
def test_the_doc_page_shows_the_manual(kind: str) -> None:
    page = (REPO / "docs" / "checks" / f"{kind}.md").read_text(encoding="utf-8")
    assert inspect.cleandoc(CHECKS[kind].manual) in page
    explained = CliRunner().invoke(cli, ["explain", kind]).stdout
    assert inspect.cleandoc(CHECKS[kind].manual) in explained
