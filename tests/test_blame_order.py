"""Issue 18.2, full runs: which of two articles is blamed for a copy or a disagreeing figure.

A full run blames the later article by its date where both dates are known (front matter, a
dateline, the project's ``dates:``) and differ, and words the related place "earlier copy"; where
they are not, it keeps path order and says "other copy". A pre-commit run (``--changed``) blames
the changed article whatever the dates. Through the command line, on real paragraphs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factlint.cli import cli
from tests.test_precommit import CLAIM_RULES, RULES
from tests.test_precommit import OLD as PARAGRAPH  # a paragraph of a real article (seeds/)
from tests.test_precommit import OLD_OTHER as OTHER

# The new article's name sorts first: path order alone would call the old article the copy.
NEW, OLD = "articles/a_new.txt", "articles/z_old.txt"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    (tmp_path / "factlint.yaml").write_text("corpus: [articles/]\nrules: [rules/]\ndefault_rules: false\n", encoding="utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "dup.yaml").write_text(RULES, encoding="utf-8")  # copied-paragraph
    (tmp_path / "rules" / "claims.yaml").write_text(CLAIM_RULES, encoding="utf-8")  # parameter-contradiction
    (tmp_path / "articles").mkdir()
    return tmp_path


def write(root: Path, name: str, dateline: str | None, *paragraphs: str) -> None:
    head = f"초거대 AI 경쟁\n{dateline}\n" if dateline else "초거대 AI 경쟁\n"
    (root / name).write_text(head + "".join(f"\n{p}\n" for p in paragraphs), encoding="utf-8")


def lint(*args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, ["lint", "--no-cache", "--format", "json", *args], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    findings: list[dict[str, Any]] = json.loads(result.stdout)["findings"]
    return findings


def blamed(findings: list[dict[str, Any]], kind: str = "duplicate") -> list[tuple[str, str, str | None]]:
    """(where the finding is, its related place, the related place's note) of each finding of ``kind``."""
    return [(f["path"], f["related"][0]["path"], f["related"][0].get("note")) for f in findings if f["kind"] == kind]


@pytest.mark.parametrize(("new_date", "old_date"), [
    ("입력 2023.03.14 16:00", "입력 2021.05.25 10:00"),
    ("Published March 14, 2023", "Updated 25 May 2021"),
    ("기사입력 2021-05-26 오전 9:00", "입력 2021.05.25 10:00"),  # one day apart is enough
])
def test_full_run_blames_the_later_dated_article_whatever_the_names(project: Path, new_date: str, old_date: str) -> None:
    write(project, NEW, new_date, OTHER, PARAGRAPH)
    write(project, OLD, old_date, PARAGRAPH)
    findings = lint()
    assert blamed(findings) == [(NEW, OLD, "earlier copy")]
    (finding,) = findings
    assert finding["data"]["earlier"] is True and finding["message"] == f"line 6 repeats {OLD}:4 (exact copy)"


def test_front_matter_dates_in_markdown(project: Path) -> None:
    (project / "articles" / "a_new.md").write_text(f"---\ndate: 2023-03-14\n---\n\n{PARAGRAPH}\n", encoding="utf-8")
    (project / "articles" / "z_old.md").write_text(f"---\ndate: 2021-05-25\n---\n\n{PARAGRAPH}\n", encoding="utf-8")
    assert blamed(lint()) == [("articles/a_new.md", "articles/z_old.md", "earlier copy")]


@pytest.mark.parametrize(("new_date", "old_date"), [
    (None, None),  # no dates at all: path order, as before
    ("입력 2023.03.14 16:00", None),  # only one known
    (None, "입력 2021.05.25 10:00"),
    ("입력 2021.05.25 18:00", "입력 2021.05.25 10:00"),  # one day: the dates do not say which came first
])
def test_without_two_different_dates_path_order_decides_and_the_wording_says_other_copy(
    project: Path, new_date: str | None, old_date: str | None
) -> None:
    write(project, NEW, new_date, PARAGRAPH)
    write(project, OLD, old_date, OTHER, PARAGRAPH)
    findings = lint()
    assert blamed(findings) == [(OLD, NEW, "other copy")]
    assert findings[0]["data"]["earlier"] is False


def test_a_copy_within_one_article_is_still_the_earlier_copy(project: Path) -> None:
    write(project, NEW, None, PARAGRAPH, OTHER, PARAGRAPH)
    assert blamed(lint()) == [(NEW, NEW, "earlier copy")]


def test_undated_articles_keep_their_place_between_dated_ones(project: Path) -> None:
    """b (undated) keeps its place in path order; a and c, dated, swap: c (2021) comes first. The
    syndicated paragraph's copies point at c, the first copy; the pair with b is "other copy"."""
    write(project, "articles/a.txt", "입력 2023.03.14 16:00", PARAGRAPH)
    write(project, "articles/b.txt", None, PARAGRAPH)
    write(project, "articles/c.txt", "입력 2021.05.25 10:00", PARAGRAPH)
    assert sorted(blamed(lint())) == [
        ("articles/a.txt", "articles/c.txt", "earlier copy"),
        ("articles/b.txt", "articles/c.txt", "other copy"),
    ]


def test_configured_dates_order_articles_without_a_dateline(project: Path) -> None:
    write(project, NEW, None, PARAGRAPH)
    write(project, OLD, None, OTHER, PARAGRAPH)
    with (project / "factlint.yaml").open("a", encoding="utf-8") as f:
        f.write(f"dates:\n  {NEW}: 2023-03-14\n  {OLD}: 2021-05-25\n")
    assert blamed(lint()) == [(NEW, OLD, "earlier copy")]
    # a dateline is the article's own date and wins over the configuration
    write(project, OLD, "입력 2024.01.02 09:00", OTHER, PARAGRAPH)
    assert blamed(lint()) == [(OLD, NEW, "earlier copy")]


def test_the_disagreeing_figure_of_two_is_the_later_dated_articles(project: Path) -> None:
    """No majority between two figures: the later article's is reported, by date where known."""
    write(project, NEW, "입력 2023.03.14 16:00", "네이버의 하이퍼클로바는 3000억 파라미터 규모로 커졌다.")
    write(project, OLD, "입력 2021.05.25 10:00", "네이버의 하이퍼클로바는 2040억 파라미터 규모다.")
    assert blamed(lint(), "contradiction") == [(NEW, OLD, "HyperCLOVA · parameters = '2040억'")]
    write(project, NEW, None, "네이버의 하이퍼클로바는 3000억 파라미터 규모로 커졌다.")
    assert blamed(lint(), "contradiction") == [(OLD, NEW, "HyperCLOVA · parameters = '3000억'")]


def _subprocess(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run([sys.executable, "-m", "factlint", "lint", "--no-source", *args], cwd=root, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)


def test_changed_blames_the_change_whatever_the_dates_with_the_cache(project: Path) -> None:
    """A real process with the cache: the full run stores the summaries (each with its article's
    date), the pre-commit runs read them back and blame the changed article, dated or not: the
    copied paragraph and HyperCLOVA's size (two figures, no majority)."""
    write(project, NEW, "입력 2023.03.14 16:00", OTHER, "네이버의 하이퍼클로바는 3000억 파라미터 규모로 커졌다.")
    write(project, OLD, "입력 2021.05.25 10:00", OTHER, "네이버의 하이퍼클로바는 2040억 파라미터 규모다.")
    full = _subprocess(project)
    assert full.returncode == 1, full.stderr
    assert f"{NEW}:4:1: error [copied-paragraph]" in full.stdout and f"related: {OLD}:4:1 earlier copy" in full.stdout
    assert f"{NEW}:6:" in full.stdout and f"{OLD}:4:1: error" not in full.stdout
    assert _subprocess(project).stdout == full.stdout  # from the cache: the same bytes
    old = _subprocess(project, "--changed", OLD)
    assert old.returncode == 1, old.stderr
    assert f"{OLD}:4:1: error [copied-paragraph]" in old.stdout and f"related: {NEW}:4:1 other copy" in old.stdout
    assert f"{OLD}:6:" in old.stdout and "error [parameter-contradiction]" in old.stdout
    assert f"{NEW}:4:1: error" not in old.stdout and f"{NEW}:6:" not in old.stdout.split("related")[0]
    new = _subprocess(project, "--changed", NEW)
    assert f"{NEW}:4:1: error [copied-paragraph]" in new.stdout and f"related: {OLD}:4:1 earlier copy" in new.stdout
    assert f"{NEW}:6:14: error [parameter-contradiction]" in new.stdout
    # the dates are the files': a corrected dateline is read again, not taken from the cache
    write(project, OLD, "입력 2024.01.02 09:00", OTHER, "네이버의 하이퍼클로바는 2040억 파라미터 규모다.")
    again = _subprocess(project)
    assert f"{OLD}:4:1: error [copied-paragraph]" in again.stdout and f"related: {NEW}:4:1 earlier copy" in again.stdout
    assert f"{OLD}:6:14: error [parameter-contradiction]" in again.stdout and f"{NEW}:6:14: error" not in again.stdout
