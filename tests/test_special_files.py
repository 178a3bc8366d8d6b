"""Files on disk that are not articles (issue #13): FIFOs, devices, links out of the tree, huge files.

A FIFO named ``x.txt`` in the corpus hung the run forever; ``zero.txt -> /dev/zero`` ate memory;
``passwd.txt -> /etc/passwd`` was linted (and quoted in reports). Under a folder or a glob these
are skipped and listed with ``-v``, as git and ripgrep do; named on the command line, a special
file is an input error. An article larger than ``max_article_mb`` is an input error, never read.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import cli
from factlint.loader import MAX_ARTICLE_BYTES, discover, read_bytes
from factlint.model import InputProblem

REPO = Path(__file__).resolve().parent.parent
PARAGRAPH = "네이버는 지난 5월 2040억 파라미터의 세계 최대 한국어 언어모델 '하이퍼클로바'를 공개했다고 밝혔다."
DUP_RULES = """\
rules:
  - id: repeated-paragraph
    kind: duplicate
    severity: error
    description: A paragraph repeats another.
"""

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
needs_links = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")


def factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """A real process with a timeout: a FIFO that is opened for reading blocks forever."""
    return subprocess.run([sys.executable, "-m", "factlint", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(f"제목\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "c" / "b.txt").write_text(f"다른 제목\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(DUP_RULES, encoding="utf-8")
    return tmp_path


@needs_fifo
def test_a_fifo_in_the_corpus_is_skipped_not_waited_for(project: Path) -> None:
    os.mkfifo(project / "c" / "x.txt")
    done = factlint("lint", "c", "--rules", "rules.yaml", "-v", cwd=project)
    assert done.returncode == 1, done.stderr  # the findings of a.txt and b.txt, nothing else
    assert "c/x.txt: skipped (a FIFO, not a regular file)" in done.stdout
    assert "2 files checked" in done.stdout


@needs_fifo
def test_a_fifo_named_on_the_command_line_is_an_input_error(project: Path) -> None:
    os.mkfifo(project / "x.txt")
    done = factlint("lint", "x.txt", "c", "--rules", "rules.yaml", cwd=project)
    assert done.returncode == 2
    assert "x.txt: input error: a FIFO, not a regular file: factlint reads only regular files" in done.stdout
    done = factlint("quantities", "x.txt", cwd=project)
    assert done.returncode == 2 and "x.txt: input error: a FIFO" in done.stderr
    assert isinstance(read_bytes(str(project / "x.txt")), InputProblem)  # never opened for a blocking read


@needs_links
def test_links_out_of_the_tree_broken_or_to_folders_are_skipped(project: Path) -> None:
    (project / "c" / "zero.txt").symlink_to("/dev/zero")
    (project / "c" / "passwd.txt").symlink_to("/etc/passwd")
    (project / "c" / "gone.txt").symlink_to(project / "c" / "nothing.txt")
    (project / "elsewhere").mkdir()
    (project / "c" / "more").symlink_to(project / "elsewhere")
    (project / "c" / "same.md").symlink_to(project / "c" / "a.txt")  # inside the tree: an article
    done = factlint("lint", "c", "--rules", "rules.yaml", "-v", "--no-cache", cwd=project)
    assert done.returncode == 1, done.stderr
    out = done.stdout
    assert f"c/zero.txt: skipped (a symbolic link to /dev/zero, outside {os.path.realpath(project / 'c')})" in out
    assert "c/passwd.txt: skipped (a symbolic link to /etc/passwd, outside" in out
    assert "c/gone.txt: skipped (a broken symbolic link)" in out
    assert "c/more: skipped (a symbolic link to a folder (not followed))" in out
    assert "3 files checked" in out and "root:" not in out


@needs_links
def test_links_out_of_the_tree_are_skipped_through_globs_too(project: Path) -> None:
    (project / "c" / "passwd.txt").symlink_to("/etc/passwd")
    (project / "factlint.yaml").write_text('corpus: ["c/*.txt"]\nrules: [rules.yaml]\n', encoding="utf-8")
    code, out = invoke("lint", "-v", "--no-cache")
    assert code == 1 and "c/passwd.txt: skipped (a symbolic link to /etc/passwd" in out
    assert "2 files checked" in out


@needs_links
def test_a_link_named_on_the_command_line_is_followed(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("outside") / "o.txt"
    outside.write_text(f"{PARAGRAPH}\n", encoding="utf-8")
    (project / "o.txt").symlink_to(outside)
    code, out = invoke("lint", "o.txt", "c", "--rules", "rules.yaml", "--no-cache")
    assert code == 1 and "3 files checked" in out


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout + result.stderr


def test_an_article_past_the_size_limit_is_an_input_error_and_never_read(project: Path) -> None:
    big = project / "c" / "dump.txt"
    with open(big, "wb") as f:  # sparse: 11 MB on paper, nothing on disk
        f.truncate(MAX_ARTICLE_BYTES + 1024 * 1024)
    code, out = invoke("lint", "c", "--rules", "rules.yaml", "--no-cache")
    assert code == 2
    assert ("c/dump.txt: input error: 11.0 MB is more than the 10.0 MB an article may have "
            "(max_article_mb in the configuration)") in out
    assert "[repeated-paragraph]" in out  # the other articles are still checked


def test_the_size_limit_is_configurable(project: Path) -> None:
    (project / "c" / "long.txt").write_text("가" * 2000 + "\n", encoding="utf-8")  # 6 KB
    (project / "factlint.yaml").write_text("max_article_mb: 0.005\n", encoding="utf-8")
    code, out = invoke("lint", "c", "--rules", "rules.yaml", "--no-cache")
    assert code == 2 and "c/long.txt: input error: 5.9 KB is more than the 5.1 KB an article may have" in out
    code, out = invoke("claims", "c", "--rules", "rules.yaml")
    assert code == 2 and "c/long.txt: input error: 5.9 KB" in out
    (project / "factlint.yaml").write_text("max_article_mb: 1\n", encoding="utf-8")
    assert invoke("lint", "c", "--rules", "rules.yaml", "--no-cache")[0] == 1


def test_discover_reports_why_each_file_was_skipped(project: Path) -> None:
    (project / "c" / "photo.jpg").write_bytes(b"\xff\xd8")
    found = discover(["c"])
    assert found.articles == ("c/a.txt", "c/b.txt")
    assert [(s.path, s.reason) for s in found.skipped] == [("c/photo.jpg", "not a .txt or .md article")]


def test_read_bytes_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    assert read_bytes(str(path), max_bytes=100) == b"x" * 100
    problem = read_bytes(str(path), max_bytes=99)
    assert isinstance(problem, InputProblem) and "100 bytes is more than the 99 bytes" in problem.message


@needs_fifo
def test_a_fifo_named_as_rules_or_baseline_is_refused_not_waited_for(project: Path) -> None:
    os.mkfifo(project / "r.yaml")
    done = factlint("rules", "check", "r.yaml", cwd=project)
    assert done.returncode == 2 and "r.yaml: a FIFO, not a regular file: factlint reads only regular rule files" in done.stderr
    done = factlint("lint", "c", "--rules", "rules.yaml", "--baseline", "r.yaml", cwd=project)
    assert done.returncode == 2 and "r.yaml: cannot read baseline: a FIFO, not a regular file" in done.stderr
