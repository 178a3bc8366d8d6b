"""`--fix` never harms what the user wrote (issue #13).

It overwrote an edit saved while factlint ran, replaced a symlinked article by a regular file
(leaving the target unfixed), broke hard links, rewrote a read-only file and stopped with exit 3
half-way in a read-only folder. Now: an edit is kept and the file reported; a link is written
through; hard links stay linked (the file is rewritten in place); a read-only file is refused; a
folder that cannot be written is reported and the other files are still fixed. Every file not
fixed makes the exit code 2.
"""

from __future__ import annotations

import dataclasses
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factlint import fix
from factlint.cli import cli
from factlint.config.rules import load_rules
from factlint.engine import lazy, run
from factlint.model import InputProblem

RULES = """\
entities:
  - name: HyperCLOVA
    aliases: [하이퍼클로바]
rules:
  - id: term-spelling
    kind: term
    severity: error
    description: Names spelt one way
"""
BEFORE = "네이버는 HyperClova를 공개했다.\n"
AFTER = "네이버는 HyperCLOVA를 공개했다.\n"
EDITED = "네이버는 HyperClova를 공개했다. 사용자가 방금 고친 문장.\n"

needs_links = pytest.mark.skipif(sys.platform == "win32", reason="links need privileges on Windows")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    for folder in ("c", "d"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(BEFORE, encoding="utf-8")
    return tmp_path


def lint_fix(*paths: str, cache: bool = False) -> tuple[int, str, str]:
    args = ["lint", *paths, "--rules", "rules.yaml", "--fix", *([] if cache else ["--no-cache"])]
    result = CliRunner().invoke(cli, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_a_plain_fix_still_works(project: Path) -> None:
    code, out, err = lint_fix("c", "d")
    assert code == 0, err
    assert (project / "c" / "a.txt").read_text(encoding="utf-8") == AFTER
    assert "2 fixes in 2 files" in err


def test_an_edit_saved_after_planning_is_kept(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user saves c/a.txt while factlint is about to write it."""
    planned = fix.plan

    def plan_then_user_saves(*args: Any, **kwargs: Any) -> Any:
        out = planned(*args, **kwargs)
        (project / "c" / "a.txt").write_text(EDITED, encoding="utf-8")
        return out

    monkeypatch.setattr(fix, "plan", plan_then_user_saves)
    code, _, err = lint_fix("c", "d")
    assert (project / "c" / "a.txt").read_text(encoding="utf-8") == EDITED
    assert (project / "d" / "a.txt").read_text(encoding="utf-8") == AFTER  # the others are still fixed
    assert f"c/a.txt: not fixed: {fix.CHANGED}" in err
    assert code == 2


def test_a_file_the_run_found_changed_is_never_fixed(project: Path) -> None:
    """Its document may hold the new text while the findings' offsets are the old text's."""
    path = "c/a.txt"
    linted = run([path], load_rules(["rules.yaml"]))
    assert linted.findings[0].fix
    changed = dataclasses.replace(linted, problems=(InputProblem(path, "changed while factlint was reading it; run again"),))
    after, fixes, skipped = fix.fix_result(changed, write_files=True)
    assert fixes == () and skipped == (fix.Skipped(path, fix.CHANGED),)
    assert (project / path).read_text(encoding="utf-8") == BEFORE


def test_an_edit_saved_while_the_run_read_the_file_is_kept(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache holds c/a.txt's analysis; the user saves an edit that moves its text before the run
    reads the file again for the report. The findings' offsets are the old text's: fixing the new
    text with them would garble the edit. The run reports the file changed, and --fix keeps out."""
    assert CliRunner().invoke(cli, ["lint", "c", "--rules", "rules.yaml"]).exit_code == 1  # fills the cache
    (project / "c" / "new.txt").write_text("새 기사.\n", encoding="utf-8")  # not the last run's corpus
    original = lazy.Documents._read
    edited = "사용자가 앞에 새 문장을 썼다. " + BEFORE

    def read_after_an_edit(self: lazy.Documents, path: str) -> Any:
        if path == "c/a.txt" and not hasattr(read_after_an_edit, "done"):
            read_after_an_edit.done = True  # type: ignore[attr-defined]
            (project / "c" / "a.txt").write_text(edited, encoding="utf-8")
        return original(self, path)

    monkeypatch.setattr(lazy.Documents, "_read", read_after_an_edit)
    code, out, err = lint_fix("c", cache=True)
    assert hasattr(read_after_an_edit, "done"), "the run did not read c/a.txt lazily: the test misses its point"
    assert (project / "c" / "a.txt").read_text(encoding="utf-8") == edited
    assert f"c/a.txt: not fixed: {fix.CHANGED}" in err
    assert code == 2, out + err


@needs_links
def test_a_symlinked_article_is_fixed_through_the_link(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    real = tmp_path_factory.mktemp("elsewhere") / "real.txt"
    real.write_text(BEFORE, encoding="utf-8")
    link = project / "link.txt"
    link.symlink_to(real)
    code, _, err = lint_fix("link.txt")
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == AFTER


@needs_links
def test_a_link_and_its_target_in_one_corpus_are_fixed_once(project: Path) -> None:
    (project / "c" / "b.txt").symlink_to(project / "c" / "a.txt")
    code, _, err = lint_fix("c")
    assert code == 0, err
    assert (project / "c" / "b.txt").is_symlink()
    assert (project / "c" / "a.txt").read_text(encoding="utf-8") == AFTER


def test_hard_links_stay_linked(project: Path) -> None:
    """Decision (docs): a file with several hard links is rewritten in place, so every name sees the fix."""
    backup = project / "backup.txt"
    os.link(project / "c" / "a.txt", backup)
    os.link(project / "c" / "a.txt", project / "c" / "same.txt")  # two linted names of one file
    inode = os.stat(backup).st_ino
    code, _, err = lint_fix("c")
    assert code == 0, err
    assert backup.read_text(encoding="utf-8") == AFTER
    assert os.stat(project / "c" / "a.txt").st_ino == inode == os.stat(project / "c" / "same.txt").st_ino
    assert os.stat(backup).st_nlink == 3


def test_a_read_only_file_is_refused(project: Path) -> None:
    target = project / "c" / "a.txt"
    os.chmod(target, 0o444)
    try:
        code, _, err = lint_fix("c", "d")
        assert target.read_text(encoding="utf-8") == BEFORE
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o444
        assert "c/a.txt: not fixed: the file is read-only (mode 0444); make it writable to let --fix change it" in err
        assert (project / "d" / "a.txt").read_text(encoding="utf-8") == AFTER
        assert code == 2
    finally:
        os.chmod(target, 0o644)


def test_a_folder_that_cannot_be_written_is_reported_and_the_rest_fixed(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the OS says in a read-only folder (root may write anyway, so the refusal is simulated)."""
    mkstemp = tempfile.mkstemp

    def refuse_in_c(*args: Any, dir: str | None = None, **kwargs: Any) -> Any:  # noqa: A002 - mkstemp's name
        if dir is not None and os.path.basename(dir) == "c":
            raise PermissionError(13, "Permission denied")
        return mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse_in_c)
    code, _, err = lint_fix("c", "d")
    assert code == 2
    assert f"c/a.txt: not fixed: cannot create a file in {os.path.realpath(project / 'c')}: Permission denied" in err
    assert (project / "c" / "a.txt").read_text(encoding="utf-8") == BEFORE
    assert (project / "d" / "a.txt").read_text(encoding="utf-8") == AFTER
    assert "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write in a read-only folder")
def test_a_read_only_folder_for_real(project: Path) -> None:
    os.chmod(project / "c", 0o555)
    try:
        code, _, err = lint_fix("c", "d")
        assert code == 2 and "c/a.txt: not fixed: cannot create a file in" in err
        assert (project / "d" / "a.txt").read_text(encoding="utf-8") == AFTER
    finally:
        os.chmod(project / "c", 0o755)


def test_a_failed_in_place_write_puts_the_original_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BEFORE, encoding="utf-8")
    os.link(path, tmp_path / "b.txt")
    planned = fix.FileFix(str(path), BEFORE, AFTER, (), ())
    real_fsync = os.fsync
    calls = []

    def fsync_fails_once(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_fails_once)
    written, refused = fix.write([planned])
    assert written == () and "No space left on device; left as it was" in refused[0].reason
    assert path.read_text(encoding="utf-8") == BEFORE


# --- --output ----------------------------------------------------------------------------------


@needs_links
@pytest.mark.parametrize("command", [("lint", "c", "--format", "sarif"), ("baseline", "create", "c")])
def test_output_refuses_to_follow_a_symbolic_link(project: Path, tmp_path_factory: pytest.TempPathFactory,
                                                  command: tuple[str, ...]) -> None:
    """A committed `factlint.sarif -> ~/.bashrc` overwrote a file outside the repository."""
    victim = tmp_path_factory.mktemp("home") / ".bashrc"
    victim.write_text("export PATH=...\n", encoding="utf-8")
    (project / "factlint.sarif").symlink_to(victim)
    result = CliRunner().invoke(cli, [*command, "--rules", "rules.yaml", "--output", "factlint.sarif"])
    assert result.exit_code == 2
    assert "factlint.sarif: is a symbolic link; factlint does not write a report through a link" in result.stderr
    assert victim.read_text(encoding="utf-8") == "export PATH=...\n"
    assert (project / "factlint.sarif").is_symlink()


def test_output_writes_a_plain_file_and_reports_a_missing_folder(project: Path) -> None:
    result = CliRunner().invoke(cli, ["lint", "c", "--rules", "rules.yaml", "--no-cache", "--output", "r.txt"])
    assert result.exit_code == 1 and "[term-spelling]" in (project / "r.txt").read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", "c", "--rules", "rules.yaml", "--no-cache", "--output", "no/r.txt"])
    assert result.exit_code == 2 and "no/r.txt: cannot write report: No such file or directory" in result.stderr
