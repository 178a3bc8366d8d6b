"""Every reporter on the fixed corpus tests/corpus/reporters/, compared byte for byte with tests/reporters/golden/.

Regenerate after an intended change with ``FACTLINT_REGEN=1 pytest tests/reporters/test_golden.py``
and review the diff (``git diff tests/reporters/golden/``) by hand before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
FORMATS = {
    "text": "txt", "json": "json", "jsonl": "jsonl", "sarif": "sarif", "github": "github.txt", "gitlab": "gitlab.json",
    "junit": "junit.xml",
}
REGEN = bool(os.environ.get("FACTLINT_REGEN"))

Run = Callable[..., Any]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_report_matches_golden_file_with_one_and_two_workers(fmt: str, factlint: Run) -> None:
    one = factlint("lint", "--format", fmt, "-j", "1")
    two = factlint("lint", "--format", fmt, "-j", "2")
    assert one.returncode == 1, one.stderr  # the corpus has two copied paragraphs, both errors
    assert one.stderr == ""
    assert one.stdout == two.stdout and two.returncode == 1
    golden = GOLDEN / f"report.{FORMATS[fmt]}"
    if REGEN:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(one.stdout, encoding="utf-8", newline="")
    assert one.stdout == golden.read_bytes().decode("utf-8"), f"regenerate with FACTLINT_REGEN=1 and review {golden}"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("never", 0)])
def test_output_file_never_changes_the_exit_code(fmt: str, fail_on: str, code: int, factlint: Run, tmp_path: Path) -> None:
    """The same corpus exits 1 to stdout (the golden test); to a file it exits as --fail-on says, with the same report."""
    report = tmp_path / f"report.{FORMATS[fmt]}"
    to_file = factlint("lint", "--format", fmt, "--fail-on", fail_on, "--output", str(report))
    assert to_file.returncode == code, to_file.stderr
    assert to_file.stdout == ""
    assert report.read_bytes().decode("utf-8") == (GOLDEN / f"report.{FORMATS[fmt]}").read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_input_error_exit_2_is_kept_with_output_file(fmt: str, factlint: Run, corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("제목\n".encode("euc-kr"))
    report = tmp_path / "report"
    done = factlint("lint", "articles", str(bad), "--format", fmt, "--output", str(report))
    assert done.returncode == 2, done.stderr
    assert "bad.txt" in report.read_text(encoding="utf-8")


def test_golden_files_cover_every_registered_format() -> None:
    from factlint.cli import FORMATS as CLI_FORMATS
    from factlint.reporters import REPORTERS

    assert sorted(FORMATS) == sorted(REPORTERS) == sorted(CLI_FORMATS)
