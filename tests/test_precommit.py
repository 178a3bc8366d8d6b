"""The pre-commit hook, for real: `factlint lint --changed` and the `pre-commit` package committing articles.

The hook tests build a snapshot of this working tree (tracked and untracked files, not the
ignored ones: what `pre-commit try-repo` would install, plus untracked files) as a git
repository, name it with its commit in a .pre-commit-config.yaml, let pre-commit install the
hook from it into its own virtualenv (one environment for the whole module, built once: the
slow part, about 40 s), and `git commit` articles in a temporary newsroom repository whose
factlint.yaml names the corpus and the rules. (`pre-commit try-repo` itself is not run: it
builds a fresh environment in a temporary store on every call.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parent.parent

# One paragraph of a real article (seeds/) and sentences written for these tests.
OLD = (
    "네이버는 지난 5월 2040억 파라미터의 세계 최대 한국어 언어모델 '하이퍼클로바'를 공개했고, "
    "카카오브레인은 11월 300억 파라미터 규모의 한국어 특화 AI 언어모델 'KoGPT'를 내놓았다."
)
OLD_OTHER = "KT는 AI 원팀과 함께 초거대 AI 모델 개발을 위한 공동 연구 협약을 체결했다고 18일 밝혔다."
CLEAN = (
    "LG AI연구원은 초거대 AI '엑사원'을 공개하며 전문가와 협업하는 AI를 만들겠다고 밝혔다. "
    "연구원 측은 올해 안에 금융과 바이오 분야 파트너를 늘릴 계획이라고 설명했다."
)
ENGLISH = "Samsung said on Tuesday that its new research centre in Suwon will open next spring with 300 staff."

RULES = """\
rules:
  - id: copied-paragraph
    kind: duplicate
    severity: error
    description: A paragraph repeats one from another article.
    why: A copied paragraph repeats the other article's figures, right or wrong, and readers see the same text twice.
"""
CLAIM_RULES = """\
entities:
  - name: HyperCLOVA
    aliases: [하이퍼클로바]
attributes:
  - name: parameters
    triggers: [파라미터]
    dimension: count
rules:
  - id: parameter-contradiction
    kind: contradiction
    severity: error
    description: Two articles give a model different sizes.
"""
CONFIG = "corpus: [articles/]\nrules: [rules/]\ndefault_rules: false\n"


def _git(cwd: Path, *args: str, env: dict[str, str]) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True, stdin=subprocess.DEVNULL
    ).stdout


def _environment(home: Path) -> dict[str, str]:
    """No stdin prompts, no user or system git config, a private pre-commit store, no CI annotations."""
    gitconfig = home / "gitconfig"
    gitconfig.write_text(
        "[user]\n\tname = Test Reporter\n\temail = reporter@example.com\n"
        "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "SKIP", "PRE_COMMIT", "GIT_DIR", "GIT_INDEX_FILE")}
    env.update(
        GIT_CONFIG_GLOBAL=str(gitconfig),
        GIT_CONFIG_NOSYSTEM="1",
        PRE_COMMIT_HOME=str(home / "pre-commit"),
        PRE_COMMIT_COLOR="never",
        PIP_NO_INPUT="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        NO_COLOR="1",
    )
    return env


def _snapshot(dest: Path, env: dict[str, str]) -> str:
    """This working tree as a one-commit repository: tracked changes and untracked files, as `pip install -e .` sees them."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO, check=True, capture_output=True,
    ).stdout.decode("utf-8").split("\0")
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    _git(dest, "init", "-q", env=env)
    _git(dest, "add", "-A", env=env)
    _git(dest, "commit", "-q", "-m", "snapshot of the factlint working tree", env=env)
    return _git(dest, "rev-parse", "HEAD", env=env).strip()


class Newsroom:
    """A git repository of articles with factlint as its pre-commit hook."""

    def __init__(self, path: Path, env: dict[str, str]) -> None:
        self.path = path
        self.env = env

    def git(self, *args: str) -> str:
        return _git(self.path, *args, env=self.env)

    def write(self, name: str, text: str) -> None:
        (self.path / name).parent.mkdir(parents=True, exist_ok=True)
        (self.path / name).write_text(text, encoding="utf-8")

    def commit(self, name: str, text: str) -> subprocess.CompletedProcess[str]:
        """Stage one article and `git commit` it, running the installed hook."""
        self.write(name, text)
        self.git("add", name)
        return subprocess.run(
            ["git", "commit", "-m", f"add {name}"],
            cwd=self.path, env=self.env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
        )

    def head(self) -> str:
        return self.git("rev-parse", "HEAD").strip()


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Newsroom]:
    home = tmp_path_factory.mktemp("home")
    env = _environment(home)
    hook_repo = tmp_path_factory.mktemp("factlint-snapshot")
    rev = _snapshot(hook_repo, env)
    room = Newsroom(tmp_path_factory.mktemp("newsroom"), env)
    room.git("init", "-q")
    room.write("factlint.yaml", CONFIG)
    room.write("rules/dup.yaml", RULES)
    room.write("rules/claims.yaml", CLAIM_RULES)
    room.write("articles/2021-05-25-hyperclova.txt", f"초거대 AI 경쟁\n\n{OLD}\n\n{OLD_OTHER}\n")
    # a legacy copy already in the corpus: it must not block commits of other articles
    room.write("articles/2021-05-26-naver.txt", f"네이버 AI 발표\n\n{OLD_OTHER}\n")
    room.write(
        ".pre-commit-config.yaml",
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: factlint\n",
    )
    room.git("add", "-A")
    room.git("commit", "-q", "--no-verify", "-m", "corpus so far")
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"],
        cwd=room.path, env=env, check=True, capture_output=True, stdin=subprocess.DEVNULL,
    )
    installed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install-hooks"],
        cwd=room.path, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    print(f"pre-commit hook environment built in {time.monotonic() - started:.1f} s")
    yield room


def test_hook_file_declares_a_serial_hook_on_articles() -> None:
    import re

    import yaml

    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "factlint"
    assert hook["entry"] == "factlint lint --changed"
    assert hook["require_serial"] is True and hook["pass_filenames"] is True
    files = re.compile(hook["files"])
    assert files.search("articles/기사.txt") and files.search("docs/a.MD") and not files.search("factlint.yaml")


def test_commit_of_a_clean_article_passes(newsroom: Newsroom) -> None:
    before = newsroom.head()
    done = newsroom.commit("articles/2021-06-01-exaone.txt", f"엑사원 공개\n\n{CLEAN}\n")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "factlint" in done.stderr and "Passed" in done.stderr  # git shows hook output on stderr
    assert "2021-05-26-naver.txt" not in done.stderr
    assert newsroom.head() != before


def test_commit_of_an_article_copying_an_old_one_fails_with_the_finding(newsroom: Newsroom) -> None:
    before = newsroom.head()
    name = "articles/2021-11-20-kogpt.txt"
    done = newsroom.commit(name, f"KoGPT 공개\n\n{ENGLISH}\n\n{OLD}\n")
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "Failed" in output
    assert f"{name}:5:1: error [copied-paragraph]" in output
    assert "articles/2021-05-25-hyperclova.txt:3:1" in output  # the old article, as the related place
    assert "2021-05-26-naver.txt" not in output  # the legacy copy is not about the staged file
    assert newsroom.head() == before  # the commit was refused
    newsroom.git("reset", "-q", "HEAD", "--", name)
    (newsroom.path / name).unlink()


def test_a_new_article_named_first_is_blamed_and_a_staged_readme_is_not_linted(newsroom: Newsroom) -> None:
    """Issue 18.2, for real: `000_new.txt` sorts before the old articles; it copies a paragraph of one
    and gives HyperCLOVA another size. The commit is refused with both findings on `000_new.txt`
    (the old article related); the README.md staged with it quotes the paragraph too and is not linted."""
    before = newsroom.head()
    name = "articles/000_new.txt"
    newsroom.write("README.md", f"# Newsroom\n\n{OLD}\n")
    newsroom.git("add", "README.md")
    done = newsroom.commit(name, f"새 기사\n\n{OLD}\n\n네이버의 하이퍼클로바는 3000억 파라미터 규모로 커졌다.\n")
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert f"{name}:3:1: error [copied-paragraph]" in output
    assert f"{name}:5:" in output and "error [parameter-contradiction]" in output
    # neither article has a date: the old one is the "other copy" (a changed old article may be the original)
    assert "related: articles/2021-05-25-hyperclova.txt:3:1 other copy" in output
    assert "hyperclova.txt:3:1: error" not in output and "README.md:" not in output
    assert "outside the corpus not linted: README.md" in output
    assert newsroom.head() == before
    newsroom.git("reset", "-q", "HEAD", "--", name, "README.md")
    (newsroom.path / name).unlink()
    (newsroom.path / "README.md").unlink()


# `factlint lint --changed` directly, as the hook runs it (a real process, fast, no pre-commit).

@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two old articles that already copy each other (a legacy finding) and one unrelated old article."""
    (tmp_path / "factlint.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "dup.yaml").write_text(RULES, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "2021-05-25-hyperclova.txt").write_text(f"초거대 AI 경쟁\n\n{OLD}\n\n{OLD_OTHER}\n", encoding="utf-8")
    (articles / "2021-05-26-naver.txt").write_text(f"네이버 AI 발표\n\n{OLD_OTHER}\n", encoding="utf-8")
    (articles / "2022-03-02-samsung.txt").write_text(f"Samsung\n\n{ENGLISH}\n", encoding="utf-8")
    return tmp_path


def changed(cwd: Path, *files: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run(
        [sys.executable, "-m", "factlint", "lint", "--changed", *files],
        cwd=cwd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
    )


def test_changed_reports_nothing_for_a_clean_file_even_when_the_corpus_has_old_findings(corpus: Path) -> None:
    done = changed(corpus, "articles/2022-03-02-samsung.txt")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[copied-paragraph]" not in done.stdout
    # the whole corpus was read: the legacy copy exists and a full lint reports it
    full = subprocess.run([sys.executable, "-m", "factlint", "lint"], cwd=corpus, capture_output=True, text=True)
    assert full.returncode == 1 and "articles/2021-05-26-naver.txt:3:1" in full.stdout
    assert done.stdout.strip().endswith("3 files checked: 0 errors, 0 warnings, 0 info")


@pytest.mark.parametrize("spelling", ["articles/{}", "./articles/{}", "articles/../articles/{}", "{root}/articles/{}"])
def test_changed_old_file_is_blamed_with_the_unchanged_copy_related(corpus: Path, spelling: str) -> None:
    """Issue 18.2: the finding sits in the changed file (hyperclova), the unchanged one (naver) is the
    related place, although a full run calls naver the later copy by path order."""
    done = changed(corpus, spelling.format("2021-05-25-hyperclova.txt", root=corpus))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "articles/2021-05-25-hyperclova.txt:5:1: error [copied-paragraph]" in done.stdout
    assert "related: articles/2021-05-26-naver.txt:3:1" in done.stdout
    assert "3 files checked" in done.stdout  # ./articles/… is not read a second time beside articles/…


def test_a_new_file_named_first_that_copies_an_old_one_is_the_copy(corpus: Path) -> None:
    """Issue 18.2: `000_new.txt` sorts before every old article; it is still the copy."""
    (corpus / "articles" / "000_new.txt").write_text(f"새 기사\n\n{CLEAN}\n\n{OLD}\n", encoding="utf-8")
    done = changed(corpus, "articles/000_new.txt")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "articles/000_new.txt:5:1: error [copied-paragraph]" in done.stdout
    assert "related: articles/2021-05-25-hyperclova.txt:3:1 other copy" in done.stdout  # no dates: see test_blame_order
    assert "hyperclova.txt:3:1: error" not in done.stdout


def test_changed_files_outside_the_corpus_are_not_linted_and_named(corpus: Path) -> None:
    """pre-commit passes every staged text file: README.md, requirements.txt, a draft outside the corpus."""
    (corpus / "drafts").mkdir()
    (corpus / "drafts" / "kogpt.md").write_text(f"# KoGPT\n\n{ENGLISH.replace('Samsung', 'Kakao')}\n\n{OLD}\n", encoding="utf-8")
    (corpus / "README.md").write_text(f"# Newsroom\n\n{OLD}\n", encoding="utf-8")
    (corpus / "requirements.txt").write_text("factlint\n", encoding="utf-8")
    done = changed(corpus, "drafts/kogpt.md", "README.md", "requirements.txt", "factlint.yaml", "rules/dup.yaml", "gone.txt")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[copied-paragraph]" not in done.stdout
    assert "3 files checked: 0 errors" in done.stdout
    assert "5 changed files outside the corpus not linted: README.md, drafts/kogpt.md, factlint.yaml, requirements.txt, rules/dup.yaml" in done.stderr


TERM_RULES = """\
entities:
  - name: NAVER
    aliases: [네이버]
    type: company
rules:
  - id: term-spelling
    kind: term
    severity: warning
    description: Names and terms spelt one way
"""


@pytest.fixture
def term_corpus(tmp_path: Path) -> Path:
    """Probes e1-e3 in other words: the slip in one article, the right spelling only in two others."""
    (tmp_path / "factlint.yaml").write_text("corpus: [articles/]\nrules: [rules/]\nfail_on: warning\n", encoding="utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "terms.yaml").write_text(TERM_RULES, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("반도체 기사\n\n국내 반도체 업계는 공정 경쟁에 나섰다. 반도체 수출도 늘었다.\n", encoding="utf-8")
    (articles / "b.txt").write_text("정부 발표\n\n정부는 반도체 산업을 지원한다. 반도체 인력도 키운다.\n", encoding="utf-8")
    (articles / "c.txt").write_text("업계 소식\n\n업계는 반도채 경쟁력을 높여야 한다고 말했다.\n", encoding="utf-8")
    (articles / "d.txt").write_text("날씨\n\n내일은 전국에 비가 내린다.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("changed_file", "reported"), [("c.txt", True), ("a.txt", True), ("d.txt", False)])
def test_changed_reports_a_slip_found_across_articles_when_it_touches_the_change(
    term_corpus: Path, changed_file: str, reported: bool
) -> None:
    """The variant's article, or one where its right spelling is used (a related place), reports the
    slip that only the whole corpus reveals; an unrelated article reports nothing."""
    done = changed(term_corpus, f"articles/{changed_file}")
    assert done.returncode == (1 if reported else 0), done.stdout + done.stderr
    assert ("articles/c.txt:3:5: warning [term-spelling]" in done.stdout) == reported, done.stdout
    assert "4 files checked" in done.stdout
