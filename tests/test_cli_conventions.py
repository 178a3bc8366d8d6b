"""Issue 18: the conventions of ruff and friends — rule places without machine paths, rule
selection, statistics, quiet, exit-zero — through the command line on real text."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import cli
from factlint.config.rules import default_pack

PARAGRAPH = (
    "네이버는 지난 5월 2040억 파라미터의 세계 최대 한국어 언어모델 '하이퍼클로바'를 공개했고, "
    "카카오브레인은 11월 300억 파라미터 규모의 한국어 특화 AI 언어모델 'KoGPT'를 내놓았다."
)
WRONG_GPT3 = "GPT-3는 1600억개의 파라미터를 가진 모델이다."


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder outside any project: the built-in pack, no configuration, no cache."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    (tmp_path / "dup.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "gpt.txt").write_text(f"{WRONG_GPT3}\n", encoding="utf-8")
    (tmp_path / "clean.txt").write_text("오늘은 날씨가 맑았다고 기상청이 밝혔다.\n", encoding="utf-8")
    return tmp_path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["lint", "--no-cache", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _fact_line() -> int:
    claims = next(p for p in default_pack() if p.endswith("claims.yaml"))
    lines = Path(claims).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if line.strip() == "- id: gpt-3-parameters")


def test_a_reference_fact_is_placed_in_the_package_at_its_line(here: Path) -> None:
    code, out, _ = invoke("gpt.txt")
    assert code == 1
    assert f"related: factlint:rules/claims.yaml:{_fact_line()}:1 reference fact: Brown et al." in out
    install = str(Path(default_pack()[0]).parent)
    assert install not in out and "site-packages" not in out and "claims.yaml:1:1" not in out


def test_the_distance_is_between_the_values_not_their_rounding_ranges(here: Path) -> None:
    """Issue 18.6: '1600억개' against GPT-3's 175 billion is 8.6% below it, as a reader computes it,
    not "5.4% apart" (the gap between the ranges the two figures' rounding allows)."""
    code, out, _ = invoke("gpt.txt", "--no-source")
    assert code == 1
    assert "'1600억개' (160,000,000,000) disagrees with the reference 175,000,000,000" in out
    assert out.splitlines()[0].endswith("; 8.6% below the reference") and "apart" not in out


def test_json_and_sarif_carry_no_machine_path(here: Path) -> None:
    _, out, _ = invoke("gpt.txt", "--format", "json")
    (finding,) = json.loads(out)["findings"]
    assert finding["related"][0]["path"] == "factlint:rules/claims.yaml"
    assert finding["related"][0]["line"] == _fact_line()
    assert finding["data"]["reference"]["defined_at"] == f"factlint:rules/claims.yaml:{_fact_line()}"
    _, sarif, _ = invoke("gpt.txt", "--format", "sarif")
    assert "file:" not in sarif and os.sep + "rules" + os.sep not in sarif
    (result,) = json.loads(sarif)["runs"][0]["results"]
    assert "relatedLocations" not in result  # a rule file is no place in the repository
    assert result["properties"]["references"][0].startswith(f"factlint:rules/claims.yaml:{_fact_line()} reference fact")
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "gpt.txt", "uriBaseId": "%SRCROOT%"}


def test_explain_names_the_rule_file_in_the_package(here: Path) -> None:
    result = CliRunner().invoke(cli, ["explain", "reference-facts"])
    assert result.exit_code == 0 and "Defined in factlint:rules/claims.yaml:" in result.stdout
    assert "(https://github.com/factlint/factlint/blob/v" in result.stdout and "/docs/checks/fact.md)" in result.stdout


def test_select_and_ignore_by_rule_id_or_kind(here: Path) -> None:
    _, everything, _ = invoke(".")
    assert "[repeated-paragraph]" in everything and "[reference-facts]" in everything
    code, out, _ = invoke(".", "--select", "fact")
    assert code == 1 and "[reference-facts]" in out and "[repeated-paragraph]" not in out
    code, out, _ = invoke(".", "--select", "repeated-paragraph")
    assert "[repeated-paragraph]" in out and "[reference-facts]" not in out
    code, out, _ = invoke(".", "--select", "fact", "--extend-select", "duplicate")
    assert "[repeated-paragraph]" in out and "[reference-facts]" in out
    code, out, _ = invoke(".", "--ignore", "duplicate,reference-facts")
    assert code == 0 and "[repeated-paragraph]" not in out and "[reference-facts]" not in out
    code, out, err = invoke(".", "--select", "dupe")
    assert code == 2 and out == "" and "unknown rule id or kind: dupe" in err


def test_selection_from_the_configuration(here: Path) -> None:
    (here / "factlint.yaml").write_text("ignore: [duplicate]\n", encoding="utf-8")
    code, out, _ = invoke(".")
    assert "[repeated-paragraph]" not in out and "[reference-facts]" in out
    (here / "factlint.yaml").write_text("select: [term]\nignore: [term]\n", encoding="utf-8")
    code, _, err = invoke(".")
    assert code == 2 and "leaves no rule" in err


def test_statistics_counts_findings_per_rule(here: Path) -> None:
    (here / "dup2.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    code, out, _ = invoke(".", "--statistics", "--select", "duplicate,fact")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].split("\t") == ["3", "repeated-paragraph", "[duplicate]"]  # dup, dup2 and dup2 copying dup
    assert lines[1].split("\t") == ["1", "reference-facts", "[fact]"] and len(lines) == 2


def test_quiet_leaves_the_summary_out_and_exit_zero_passes(here: Path) -> None:
    code, out, _ = invoke("dup.txt", "--quiet")
    assert code == 1 and "[repeated-paragraph]" in out and "checked" not in out
    code, out, _ = invoke("clean.txt", "-q")
    assert code == 0 and out == ""
    code, out, _ = invoke("dup.txt", "--exit-zero")
    assert code == 0 and "[repeated-paragraph]" in out and "1 file checked: 1 error" in out
    code, _, _ = invoke("missing.txt", "--exit-zero")
    assert code == 2  # an input error is never waved through


# Configuration like ruff's (issue 18.4).

def test_the_configuration_is_found_upward_and_its_paths_are_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "mine.yaml").write_text("rules:\n  - id: copy\n    kind: duplicate\n    severity: warning\n    description: A copy.\n",
                                        encoding="utf-8")
    (tmp_path / "factlint.yaml").write_text("corpus: [news/]\nrules: [mine.yaml]\ndefault_rules: false\n", encoding="utf-8")
    (tmp_path / "docs" / "deep").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "docs" / "deep")
    code, out, _ = invoke()
    assert code == 0  # the configured rule is a warning
    assert "../../news/a.txt:2:1: warning [copy]" in out and "1 file checked" in out


def test_the_search_stops_at_the_repository_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "factlint.yaml").write_text("corpus: [nowhere/]\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "a.txt").write_text(f"{PARAGRAPH}\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    code, out, _ = invoke()
    assert code == 0 and "1 file checked" in out  # the current folder, not the configuration above the repository


def test_two_configurations_in_one_folder_are_an_error_naming_both(here: Path) -> None:
    (here / "factlint.yaml").write_text("corpus: [.]\n", encoding="utf-8")
    (here / "pyproject.toml").write_text('[tool.factlint]\ncorpus = ["."]\n', encoding="utf-8")
    code, out, err = invoke()
    assert code == 2 and out == ""
    assert "factlint.yaml and pyproject.toml [tool.factlint] both configure factlint" in err
    (here / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")  # no table: no conflict
    assert invoke()[0] == 1


def test_exclude_has_gitignore_semantics_and_gitignore_is_respected(here: Path) -> None:
    (here / "drafts" / "old").mkdir(parents=True)
    for name in ("drafts/x.txt", "drafts/old/y.txt", "scratch.txt"):
        (here / name).write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (here / "factlint.yaml").write_text('exclude: ["drafts/*.txt"]\n', encoding="utf-8")
    _, out, _ = invoke(".", "--select", "duplicate")
    # `*` does not cross `/` (fnmatch's did): drafts/old/y.txt stays in
    assert "drafts/x.txt" not in out and "drafts/old/y.txt:2:1" in out and "scratch.txt:2:1" in out
    (here / ".gitignore").write_text("scratch.txt\n/drafts/\n!keep.txt\n", encoding="utf-8")
    _, out, _ = invoke(".", "--select", "duplicate")
    assert "drafts/" not in out and "scratch.txt" not in out and "dup.txt:2:1" in out


def test_gitignore_files_in_subfolders_apply_to_their_folder_as_in_git(here: Path) -> None:
    """Each .gitignore matches paths relative to its own folder; the deeper one decides; an ignored
    folder stays ignored whatever a .gitignore inside it says. Every file holds a repeated
    paragraph, so a file that is linted has a finding."""
    files = [
        "news/scratch.txt", "news/wire/scratch.txt", "scratch.txt",  # `scratch.txt` in news/ matches below news/ only
        "news/old/a.txt", "old/a.txt",  # `old/`: news/old, not the top old/
        "news/top.txt", "news/wire/top.txt",  # `/top.txt`: anchored at news/
        "a.draft.md", "news/keep.draft.md", "news/other.draft.md",  # top: `*.draft.md`; news/: `!keep.draft.md`
        "archive/a.txt",  # top: `archive/`; archive/.gitignore: `!*.txt` cannot re-include it
    ]
    for name in files:
        (here / name).parent.mkdir(parents=True, exist_ok=True)
        (here / name).write_text(f"{PARAGRAPH}\n\n{PARAGRAPH}\n", encoding="utf-8")
    (here / ".gitignore").write_text("*.draft.md\narchive/\n", encoding="utf-8")
    (here / "news" / ".gitignore").write_text("scratch.txt\nold/\n/top.txt\n!keep.draft.md\n", encoding="utf-8")
    (here / "archive" / ".gitignore").write_text("!*.txt\n", encoding="utf-8")
    _, out, _ = invoke(".", "--select", "duplicate", "--no-source")
    linted = {line.split(":")[0] for line in out.splitlines() if ": error [" in line}
    assert linted == {"dup.txt", "scratch.txt", "old/a.txt", "news/wire/top.txt", "news/keep.draft.md"}, out


# The source line under a finding, and stdin (issue 18.5).

def test_the_source_line_is_shown_with_the_span_underlined_in_terminal_columns(here: Path) -> None:
    code, out, _ = invoke("gpt.txt")
    lines = out.splitlines()
    assert lines[0].startswith("gpt.txt:1:8: error [reference-facts]")
    assert lines[1] == f"    1 | {WRONG_GPT3}"
    # 'GPT-3는 ' is 6 columns + 2 for 는 (Hangul is two columns wide); '1600억개' is 4 + 2 + 2 = 8 columns
    assert lines[2] == "      | " + " " * 8 + "^" * 8
    code, out, _ = invoke("gpt.txt", "--no-source")
    assert " | " not in out


def test_a_long_line_is_cut_around_the_span_and_control_characters_are_escaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint.loader import parse
    from factlint.model import Document, Span
    from factlint.reporters.text import source_lines, width

    monkeypatch.chdir(tmp_path)
    text = "가" * 80 + "\x1b[31m" + "초격자" + "나" * 80 + "\n"
    doc = parse("a.txt", text.encode("utf-8"))
    assert isinstance(doc, Document)
    start = text.index("초격자")
    shown, underline = source_lines(doc, Span(start, start + 3))
    assert shown.startswith("    1 | …") and shown.endswith("…") and "\\x1b[31m초격자" in shown
    assert "\x1b" not in shown
    body = shown[len("    1 | "):]
    caret = underline[len("      | "):]
    assert width(body[: body.index("초격자")]) == caret.index("^") and caret.count("^") == 6
    assert width(body) <= 100


def test_stdin_is_linted_under_the_stdin_filename(here: Path) -> None:
    result = CliRunner().invoke(cli, ["lint", "-", "--stdin-filename", "news/new.txt"], input=f"{PARAGRAPH}\n{PARAGRAPH}\n")
    assert result.exit_code == 1
    assert result.stdout.startswith("news/new.txt:2:1: error [repeated-paragraph]")
    assert "related: news/new.txt:1:1 earlier copy" in result.stdout and "1 file checked" in result.stdout
    assert "factlint-stdin" not in result.stdout + result.stderr
    result = CliRunner().invoke(cli, ["lint", "-"], input="오늘은 맑다.\n")
    assert result.exit_code == 0 and result.stdout == "1 file checked: 0 errors, 0 warnings, 0 info\n"


def test_stdin_markdown_and_bad_bytes(here: Path) -> None:
    md = f"```\n{PARAGRAPH}\n```\n\n{PARAGRAPH}\n"  # in Markdown a code block is not prose: no copy
    result = CliRunner().invoke(cli, ["lint", "-", "--stdin-filename", "a.md", "--select", "duplicate"], input=md)
    assert result.exit_code == 0, result.stdout
    result = CliRunner().invoke(cli, ["lint", "-", "--stdin-filename", "a.txt", "--select", "duplicate"], input=md)
    assert result.exit_code == 1
    result = CliRunner().invoke(cli, ["lint", "-"], input="하이퍼클로바".encode("euc-kr"))
    assert result.exit_code == 2 and "-: input error: not valid UTF-8" in result.stdout
    result = CliRunner().invoke(cli, ["lint", "--stdin-filename", "a.txt"], input="x\n")
    assert result.exit_code == 2 and "give `-` once" in result.stderr
    result = CliRunner().invoke(cli, ["lint", "-", "--fix"], input="x\n")
    assert result.exit_code == 2 and "cannot be combined" in result.stderr


def test_per_path_ignores_and_dates_are_relative_to_the_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "news" / "old").mkdir(parents=True)
    (tmp_path / "news" / "old" / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "factlint.yaml").write_text(
        'corpus: [news/]\nignore:\n  "news/old/": [repeated-paragraph]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path / "news")
    code, out, _ = invoke("--select", "duplicate")
    assert "b.txt:2:1: error [repeated-paragraph]" in out and "old/a.txt" not in out


def test_stdin_through_a_real_process(here: Path) -> None:
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    done = subprocess.run(
        [sys.executable, "-m", "factlint", "lint", "-", "--stdin-filename", "기사.txt", "--no-source"],
        input=f"{PARAGRAPH}\n{PARAGRAPH}\n".encode("utf-8"), capture_output=True, cwd=here, env=env, timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout.decode("utf-8").startswith("기사.txt:2:1: error [repeated-paragraph] line 2 repeats line 1")


def test_the_cache_is_kept_beside_the_configuration_wherever_the_run_starts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "factlint.yaml").write_text("corpus: [news/]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "news")
    result = CliRunner().invoke(cli, ["lint", "-q"])
    assert result.exit_code == 1
    assert (tmp_path / ".factlint_cache").is_dir() and not (tmp_path / "news" / ".factlint_cache").exists()
    info = CliRunner().invoke(cli, ["cache", "info"])
    assert info.stdout.startswith(f"..{os.sep}.factlint_cache: ")


def test_an_exclude_pattern_git_refuses_is_a_configuration_error(here: Path) -> None:
    (here / "factlint.yaml").write_text('exclude: ["!"]\n', encoding="utf-8")
    code, out, err = invoke(".")
    assert code == 2 and out == "" and "factlint.yaml: exclude: Invalid git pattern: '!'" in err
    (here / "factlint.yaml").unlink()
    (here / ".gitignore").write_text("\\\ndup.txt\n", encoding="utf-8")  # git skips the line it cannot read
    code, out, err = invoke(".", "--select", "duplicate")
    assert code == 0 and err == "" and "dup.txt" not in out
