"""The Python API (docs/api.md): factlint.lint and factlint.load_rules on real articles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import factlint

PARAGRAPH = (
    "네이버는 지난 5월 2040억 파라미터의 세계 최대 한국어 언어모델 '하이퍼클로바'를 공개했고, "
    "카카오브레인은 11월 300억 파라미터 규모의 한국어 특화 AI 언어모델 'KoGPT'를 내놓았다."
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(f"{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text("GPT-3는 1600억개의 파라미터를 가진 모델이다.\n", encoding="utf-8")
    (tmp_path / "news" / "clean.txt").write_text("오늘은 맑다고 기상청이 밝혔다.\n", encoding="utf-8")
    return tmp_path


def test_lint_returns_the_run_result_of_the_command_line(folder: Path) -> None:
    result = factlint.lint([folder / "news"])
    assert isinstance(result, factlint.RunResult)
    assert all(isinstance(f, factlint.Finding) for f in result.findings)
    rules = [(Path(f.location.path).name, f.rule) for f in result.findings]
    assert rules == [("a.txt", "repeated-paragraph"), ("b.txt", "reference-facts")]
    assert result.files == 3 and result.exit_code() == 1 and result.exit_code("never") == 0
    assert not (folder / ".factlint_cache").exists()  # nothing written unless asked


def test_select_ignore_and_rules(folder: Path) -> None:
    assert [f.rule for f in factlint.lint(["news"], select=["fact"]).findings] == ["reference-facts"]
    assert [f.rule for f in factlint.lint(["news"], ignore=["fact"]).findings] == ["repeated-paragraph"]
    (folder / "mine.yaml").write_text(
        "rules:\n  - id: copy\n    kind: duplicate\n    severity: info\n    description: A copy.\n", encoding="utf-8")
    result = factlint.lint(["news"], rules=["mine.yaml"], default_rules=False)
    assert [(f.rule, f.severity) for f in result.findings] == [("copy", "info")] and result.exit_code() == 0
    ruleset = factlint.load_rules(["mine.yaml"], default_rules=False)
    assert [r.id for r in ruleset.rules] == ["copy"]
    assert [f.rule for f in factlint.lint(["news"], rules=ruleset).findings] == ["copy"]


def test_user_errors_raise_factlint_error_with_every_problem(folder: Path) -> None:
    (folder / "bad.yaml").write_text("rules:\n  - id: x\n    kind: duplicate\n", encoding="utf-8")
    with pytest.raises(factlint.FactlintError) as caught:
        factlint.lint(["news"], rules=["bad.yaml"])
    assert any("bad.yaml:2: rules[0] (id=x): 'description' is required" in p for p in caught.value.problems)
    with pytest.raises(factlint.FactlintError, match="unknown rule id or kind: nope"):
        factlint.lint(["news"], select=["nope"])
    with pytest.raises(factlint.FactlintError, match="no check to run"):
        factlint.lint(["news"], default_rules=False)


def test_an_unreadable_article_is_a_problem_not_an_exception(folder: Path) -> None:
    (folder / "news" / "legacy.txt").write_bytes("하이퍼클로바".encode("euc-kr"))
    result = factlint.lint(["news", "missing.txt"])
    assert sorted(Path(p.path).name for p in result.problems) == ["legacy.txt", "missing.txt"]
    assert result.exit_code() == 2 and len(result.findings) == 2


def test_the_configuration_is_found_as_the_command_line_finds_it(folder: Path) -> None:
    (folder / "factlint.yaml").write_text("corpus: [news/]\nignore: [duplicate]\n", encoding="utf-8")
    assert [f.rule for f in factlint.lint().findings] == ["reference-facts"]


def test_import_factlint_is_cheap_and_exports_only_the_api() -> None:
    code = "import sys, factlint; print('factlint.engine' in sys.modules, sorted(factlint.__all__))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False ['FactlintError', 'Finding', 'RuleSet', 'RunResult', '__version__', 'lint', 'load_rules']"
    with pytest.raises(AttributeError):
        factlint.engine_internals  # noqa: B018
