"""The command line end to end: exit codes, config and rule resolution, reports, colour."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import cli

PARAGRAPH = (
    "네이버는 지난 5월 2040억 파라미터의 세계 최대 한국어 언어모델 '하이퍼클로바'를 공개했고, "
    "카카오브레인은 11월 300억 파라미터 규모의 한국어 특화 AI 언어모델 'KoGPT'를 내놓았다."
)
OTHER = "KT는 AI 원팀과 함께 초거대 AI 모델 개발을 위한 공동 연구 협약을 체결했다고 18일 밝혔다."
DUP_RULES = """\
rules:
  - id: repeated-paragraph
    kind: duplicate
    severity: error
    description: A paragraph repeats another.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small project: two articles that share a paragraph, one clean, a rule file and a config."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(f"제목 하나\n{PARAGRAPH}\n{OTHER}\n", encoding="utf-8")
    (tmp_path / "corpus" / "b.txt").write_text(f"제목 둘\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "c.txt").write_text(f"{OTHER}\n", encoding="utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "dup.yaml").write_text(DUP_RULES, encoding="utf-8")
    # Only the project's rule (no built-in pack), so that these tests see one rule's findings.
    (tmp_path / "factlint.yaml").write_text("corpus: [corpus/]\nrules: [rules/]\ndefault_rules: false\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_findings_exit_1_and_clean_exit_0(project: Path) -> None:
    code, out, _ = invoke("lint", "corpus")
    assert code == 1
    assert "corpus/b.txt:2:1: error [repeated-paragraph]" in out
    assert out.rstrip().endswith("2 files checked: 1 error, 0 warnings, 0 info")
    assert invoke("lint", "clean")[0] == 0


def test_bare_lint_uses_the_configured_corpus_and_rules_folder(project: Path) -> None:
    code, out, _ = invoke("lint")
    assert code == 1
    assert "corpus/b.txt" in out and "clean" not in out


def test_bare_lint_without_config_lints_the_current_directory(project: Path) -> None:
    (project / "factlint.yaml").unlink()
    code, out, _ = invoke("lint")
    assert code == 1
    assert "3 files checked" in out


def test_pyproject_config_is_read(project: Path) -> None:
    (project / "factlint.yaml").unlink()
    (project / "pyproject.toml").write_text('[tool.factlint]\ncorpus = ["clean/"]\n', encoding="utf-8")
    code, out, _ = invoke("lint")
    assert code == 0 and "1 file checked" in out


def test_fail_on_threshold(project: Path) -> None:
    (project / "rules" / "dup.yaml").write_text(DUP_RULES.replace("severity: error", "severity: info"), encoding="utf-8")
    assert invoke("lint", "corpus")[0] == 0
    assert invoke("lint", "corpus", "--fail-on", "info")[0] == 1
    assert invoke("lint", "corpus", "--fail-on", "never")[0] == 0


def test_output_file_keeps_the_exit_code(project: Path) -> None:
    code, out, _ = invoke("lint", "corpus", "--format", "json", "--output", "report.json")
    assert code == 1 and out == ""
    report = json.loads((project / "report.json").read_text(encoding="utf-8"))
    assert report["summary"] == {"error": 1, "warning": 0, "info": 0}


def test_json_report_contract(project: Path) -> None:
    code, out, _ = invoke("lint", "corpus", "--format", "json")
    report = json.loads(out)
    assert list(report) == ["tool", "version", "files", "findings", "problems", "summary"]
    assert report["tool"] == "factlint" and report["files"] == 2
    finding = report["findings"][0]
    assert {k: finding[k] for k in ("rule", "kind", "severity", "path", "line", "column")} == {
        "rule": "repeated-paragraph", "kind": "duplicate", "severity": "error", "path": "corpus/b.txt", "line": 2, "column": 1,
    }
    assert finding["related"][0]["path"] == "corpus/a.txt" and finding["related"][0]["line"] == 2
    assert "\\u" not in out  # ensure_ascii=False: Korean stays readable


def test_undecodable_file_is_reported_others_still_checked_exit_2(project: Path) -> None:
    (project / "corpus" / "legacy.txt").write_bytes("하이퍼클로바".encode("euc-kr"))
    code, out, _ = invoke("lint", "corpus")
    assert code == 2
    assert "corpus/legacy.txt: input error: not valid UTF-8" in out
    assert "corpus/b.txt:2:1: error [repeated-paragraph]" in out
    assert "1 file could not be read" in out


def test_missing_path_is_an_input_error(project: Path) -> None:
    code, out, _ = invoke("lint", "nowhere.txt")
    assert code == 2 and "nowhere.txt: input error: no such file or directory" in out


def test_broken_rule_file_exits_2_with_file_and_line(project: Path) -> None:
    (project / "rules" / "bad.yaml").write_text("rules:\n  - id: x\n    kind: duplicate\n    descripton: typo\n", encoding="utf-8")
    code, _, err = invoke("lint", "corpus")
    assert code == 2
    assert "rules/bad.yaml:4: rules[0] (id=x): descripton: unknown key 'descripton'" in err
    assert "rules/bad.yaml:2: rules[0] (id=x): 'description' is required" in err


def test_unknown_config_key_exits_2(project: Path) -> None:
    (project / "factlint.yaml").write_text("corpus: [corpus/]\ncorpse: [x]\n", encoding="utf-8")
    code, _, err = invoke("lint")
    assert code == 2 and "factlint.yaml:2: corpse: unknown key" in err


def test_a_rule_file_with_no_rule_and_no_default_pack_is_an_error(project: Path) -> None:
    (project / "factlint.yaml").write_text("corpus: [corpus/]\n", encoding="utf-8")
    empty = project / "none.yaml"
    empty.write_text("rules: []\n", encoding="utf-8")
    code, out, err = invoke("lint", "corpus", "--rules", str(empty), "--no-default-rules")
    assert code == 2 and out == ""
    assert "no check to run" in err and "--no-default-rules" in err


def test_an_entities_only_file_extends_the_default_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18.1: `--rules mine.yaml` that declares only vocabulary used to check nothing (exit 0)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "mine.yaml").write_text("entities:\n  - name: 오픈랩\n    aliases: [OpenLab]\n", encoding="utf-8")
    code, out, _ = invoke("lint", "a.txt", "--rules", "mine.yaml")
    assert code == 1 and "[repeated-paragraph]" in out
    code, _, err = invoke("lint", "a.txt", "--rules", "mine.yaml", "--no-default-rules")
    assert code == 2 and "declare only vocabulary" in err and "mine.yaml" in err


def test_a_stray_empty_rules_folder_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rules").mkdir()
    (tmp_path / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    code, out, _ = invoke("lint", "a.txt")
    assert code == 1 and "[repeated-paragraph]" in out


def test_a_project_rule_replaces_the_built_in_rule_of_the_same_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "mine.yaml").write_text(DUP_RULES.replace("severity: error", "severity: info"), encoding="utf-8")
    code, out, _ = invoke("lint", "a.txt", "--rules", "mine.yaml")
    assert code == 0 and "info [repeated-paragraph]" in out
    code, out, _ = invoke("explain", "repeated-paragraph", "--rules", "mine.yaml")
    assert code == 0 and out.startswith("repeated-paragraph (duplicate, info)") and "Defined in mine.yaml:2" in out


def test_a_project_entity_replaces_the_built_in_entity_of_the_same_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newsroom adds its own alias for HyperCLOVA; the built-in reference fact still applies to it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("네이버의 하클은 파라미터 3000억개 규모다.\n", encoding="utf-8")
    code, out, _ = invoke("lint", "a.txt", "--no-cache")
    assert "HyperCLOVA" not in out  # 하클 is no name of the built-in pack
    (tmp_path / "mine.yaml").write_text("entities:\n  - name: HyperCLOVA\n    aliases: [하이퍼클로바, 하클]\n", encoding="utf-8")
    code, out, _ = invoke("lint", "a.txt", "--rules", "mine.yaml", "--no-cache")
    assert code == 1 and "[reference-facts] HyperCLOVA · parameters: '3000억개'" in out
    (tmp_path / "twice.yaml").write_text("entities:\n  - name: 하클\n", encoding="utf-8")
    code, _, err = invoke("lint", "a.txt", "--rules", "mine.yaml", "--rules", "twice.yaml", "--no-cache")
    assert code == 2 and "twice.yaml:2: entities[0] (하클): name '하클' is already declared at mine.yaml:2" in err


def test_the_same_rule_files_named_twice_are_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint.config.rules import default_pack

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    pack_folder = str(Path(default_pack()[0]).parent)
    code, out, _ = invoke("lint", "a.txt", "--rules", pack_folder)
    assert code == 1 and out.count("[repeated-paragraph]") == 1


def test_default_pack_is_used_outside_a_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    code, out, _ = invoke("lint", "a.txt")
    assert code == 1 and "repeated-paragraph" in out


def test_other_files_are_listed_with_verbose(project: Path) -> None:
    (project / "corpus" / "photo.jpg").write_bytes(b"\xff\xd8")
    _, out, _ = invoke("lint", "corpus", "-v")
    assert "corpus/photo.jpg: skipped" in out
    assert "photo.jpg" not in invoke("lint", "corpus")[1]


def test_no_color_unless_asked(project: Path) -> None:
    assert "\x1b[" not in invoke("lint", "corpus")[1]
    assert "\x1b[" in invoke("lint", "corpus", "--color", "always")[1]


def test_rules_check_lists_definitions_and_fails_on_errors(project: Path) -> None:
    code, out, _ = invoke("rules", "check")
    assert code == 0 and "rule repeated-paragraph: duplicate, error" in out
    (project / "rules" / "bad.yaml").write_text("rules: [\n", encoding="utf-8")
    assert invoke("rules", "check")[0] == 2


def test_explain_kind_and_rule(project: Path) -> None:
    code, out, _ = invoke("explain", "duplicate")
    assert code == 0 and "What it does" in out
    code, out, _ = invoke("explain", "repeated-paragraph")
    assert code == 0 and "A paragraph repeats another." in out and "rules/dup.yaml:2" in out
    assert invoke("explain", "nonsense")[0] == 2


def run_factlint(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **env}
    environment.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "factlint", *args], cwd=cwd, capture_output=True, text=True, env=environment, timeout=120
    )


def test_exit_codes_through_a_real_process(project: Path) -> None:
    assert run_factlint(["lint", "corpus"], project).returncode == 1
    assert run_factlint(["lint", "clean"], project).returncode == 0
    assert run_factlint(["lint", "--format", "yaml"], project).returncode == 2  # usage error
    (project / "corpus" / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    proc = run_factlint(["lint", "corpus"], project)
    assert proc.returncode == 2 and "Traceback" not in proc.stdout + proc.stderr


def test_no_colour_through_a_real_process_with_no_color(project: Path) -> None:
    proc = run_factlint(["lint", "corpus"], project, NO_COLOR="1")
    assert "\x1b[" not in proc.stdout


def test_internal_error_exits_3(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint.checks import CHECKS

    def boom(corpus: object, rule: object, focus: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(CHECKS["duplicate"], "check", boom)
    code, _, err = invoke("lint", "corpus")
    assert code == 3 and "internal error" in err and "boom" in err


def test_same_report_whatever_the_worker_count(project: Path) -> None:
    one = invoke("lint", "corpus", "--format", "json", "-j", "1")[1]
    two = invoke("lint", "corpus", "--format", "json", "-j", "2")[1]
    assert one == two


def test_a_crash_in_per_document_work_is_isolated(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A check's summarise() that raises on one article: exit 3, but the run and the other files go on."""
    from factlint.checks import CHECKS

    check = CHECKS["duplicate"]
    real = check.summarise

    def flaky(view, rule):  # type: ignore[no-untyped-def]
        if view.document.path.endswith("a.txt"):
            raise RuntimeError("summarise boom")
        return real(view, rule)

    monkeypatch.setattr(check, "summarise", flaky)
    monkeypatch.setattr(check, "summarise_many", lambda views, rule: [flaky(v, rule) for v in views])
    code, out, err = invoke("lint", "corpus", "clean", "--no-cache")
    assert code == 3
    assert "summarise boom" in err and "corpus/a.txt" in err
    assert "3 files checked" in out


class _FakeTTY:
    def __init__(self, tty: bool) -> None:
        self.tty = tty
        self.written: list[str] = []

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> int:
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass


def test_progress_bar_only_on_a_terminal_and_only_after_a_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint import cli as cli_module

    monkeypatch.setattr(sys, "stderr", _FakeTTY(False))
    assert isinstance(cli_module._progress(500), cli_module._NoBar)
    tty = _FakeTTY(True)
    monkeypatch.setattr(sys, "stderr", tty)
    bar = cli_module._progress(500)
    try:
        assert bar.delay >= 0.5  # a quick run never flashes a bar
        bar.update(1)
        assert not "".join(tty.written).strip()  # nothing drawn before the delay
    finally:
        bar.close()
    assert isinstance(cli_module._progress(1), cli_module._NoBar)


@pytest.mark.parametrize(
    "text",
    [
        "GPT-3는 1e999개의 파라미터를 가졌다.",  # issue 13: a float overflow (cache codec)
        f"값은 {'7' * 309}명이다.",  # a figure of 309 digits (float overflow in `quantities`)
        "그 회사는 0 달러(한화 약 1122억원)를 벌었다.",  # AssertionError in the conversion check
        "시장은 2018년 0달러에서 2019년 262억달러로 32.1% 성장했다.",  # ZeroDivisionError in arithmetic
    ],
)
def test_degenerate_figures_never_make_an_internal_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    for args in (("lint", "a.txt"), ("lint", "a.txt", "--explain"), ("quantities", "a.txt"), ("quantities", "a.txt", "--format", "json")):
        code, out, err = invoke(*args)
        assert code in (0, 1), (args, err)


def test_quantities_json_gives_every_documented_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/report-format.md, "Quantities": the value as written and the same figure in its base unit."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("국내 최대인 700 페타플롭 이상의 슈퍼컴퓨터와 $600m (£320m)\n", encoding="utf-8")
    code, out, _ = invoke("quantities", "a.txt", "--format", "json")
    rows = json.loads(out)["quantities"]
    assert code == 0 and list(rows[0]) == [
        "path", "line", "column", "end_column", "text", "kind", "value", "low", "high", "unit",
        "base_value", "base_low", "base_high", "base_unit", "approx", "bound", "counter",
    ]
    flops, usd, gbp = rows
    assert (flops["value"], flops["unit"], flops["base_value"], flops["base_unit"], flops["bound"]) == (
        700, "petaFLOPS", 7 * 10**17, "FLOPS", "min",
    )
    assert (usd["value"], usd["unit"], gbp["value"], gbp["unit"]) == (600_000_000, "USD", 320_000_000, "GBP")
