"""Malformed rule and configuration files (issue #13): exit 2 with file:line and what is wrong, never 3.

Each case is a reproducer from the issue; the YAML loader refuses what the JSON Schema cannot
express (odd tags, non-finite or huge numbers, control characters, deep nesting), and dates must
be real dates.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import cli

FACT = """\
entities:
  - name: GPT-3
attributes:
  - name: parameters
    triggers: [parameters]
    dimension: count
facts:
  - entity: GPT-3
    attribute: parameters
    value: {value}
    source: paper
    as_of: 2020-05-28
rules:
  - id: facts
    kind: fact
    description: Reference facts.
"""


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("GPT-3 has 175 billion parameters.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("rules:\n  - id: !!int abc\n", 2, "'abc' is not an integer (tag '!!int')"),
        ("facts:\n  - value: !!float x\n", 2, "'x' is not a number (tag '!!float')"),
        ("rules:\n  - enabled: !!bool maybe\n", 2, "'maybe' is not a boolean"),
        ("rules:\n  - enabled: !!null yes\n", 2, "'yes' is not null"),
        ("!foo rules: []\n", 1, "tag '!foo' is not allowed"),
        ("rules:\n  - !foo id: x\n", 2, "tag '!foo' is not allowed"),
        ("rules: !!set {a}\n", 1, "tag '!!set' is not allowed on a mapping"),
        ("rules: !!binary aGVsbG8=\n", 1, "tag '!!binary' is not allowed"),
        ("rules: []\n# a comment with \x1b in it\n", 2, "column 18: character U+001B (ESC) is not allowed in YAML, not even in a comment"),
        ("rules: []\n# a comment with \x00 in it\n", 2, "character U+0000 (NUL) is not allowed"),
        ("rules: " + "[" * 500 + "]" * 500 + "\n", 1, "nested more than 64 levels deep"),
        ("".join("  " * i + f"k{i}:\n" for i in range(500)), 64, "nested more than 64 levels deep"),
        ("a: &a [*a]\n", 1, "nested more than 64 levels deep (through aliases)"),
        ("rules:\n  - description: \"\\ud800\"\n", 2, "half of a surrogate pair"),
        ("? [a, b]\n: 1\n", 1, "keys must be strings, got a list"),
        ("<<: 1\n", 1, "cannot merge"),
        # found by fuzz/rules.py on the code before the fix (each gave exit 3)
        ("rates:\n  - !!omap {pair: USD/KRW}\n", 2, "tag '!!omap' is not allowed on a mapping"),
        ("!!float rules: []\n", 1, "'rules' is not a number (tag '!!float')"),
        ("!!set rules: []\n", 1, "tag '!!set' is not allowed"),
        ("!!python/object:os.system rules: []\n", 1, "tag '!!python/object:os.system' is not allowed"),
        ("rules:\n  - description: a\x07b\n", 2, "character U+0007 (BEL) is not allowed"),
        ("rules:\n  - id: x\n    options: " + "[" * 5000 + "]" * 5000 + "\n", 3, "nested more than 64 levels deep"),
        # found by tests/test_fuzz_rules.py: a blank key was printed as nothing ("file:1:  : unknown key")
        ("rules: []\n\" \": 1\n", 2, "' ': unknown key ' '"),
        ("rules:\n  - id: x\n    \"\\t\": 1\n", 3, "'\\t'"),
    ],
)
def test_malformed_yaml_is_exit_2_with_file_and_line(project: Path, text: str, line: int, message: str) -> None:
    (project / "bad.yaml").write_text(text, encoding="utf-8")
    for command in (("rules", "check", "bad.yaml"), ("lint", "a.txt", "--rules", "bad.yaml", "--no-cache")):
        code, _, err = invoke(*command)
        assert code == 2, err
        assert f"bad.yaml:{line}: " in err and message in err, err
        assert "Traceback" not in err


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", "1.0e+400", "9" * 400, "9" * 5000])
def test_fact_values_must_be_finite_numbers(project: Path, value: str) -> None:
    """`value: .inf` was accepted by `rules check` and crashed `lint` (Fraction('inf'))."""
    (project / "facts.yaml").write_text(FACT.format(value=value), encoding="utf-8")
    for command in (("rules", "check", "facts.yaml"), ("lint", "a.txt", "--rules", "facts.yaml", "--no-default-rules", "--no-cache")):
        code, _, err = invoke(*command)
        assert code == 2, err
        assert "facts.yaml:10: " in err and ("finite" in err or "too large" in err), err


def test_a_finite_fact_value_still_works(project: Path) -> None:
    (project / "facts.yaml").write_text(FACT.format(value="175e9".replace("e9", "_000_000_000")), encoding="utf-8")
    assert invoke("rules", "check", "facts.yaml")[0] == 0
    assert invoke("lint", "a.txt", "--rules", "facts.yaml", "--no-default-rules", "--no-cache")[0] == 0


def test_explicit_core_tags_that_fit_their_value_are_read(project: Path) -> None:
    (project / "facts.yaml").write_text(FACT.format(value="!!int '175000000000'"), encoding="utf-8")
    assert invoke("rules", "check", "facts.yaml")[0] == 0
    (project / "facts.yaml").write_text(FACT.format(value="!!float 175000000000"), encoding="utf-8")
    assert invoke("rules", "check", "facts.yaml")[0] == 0


def test_a_rule_file_that_is_not_utf8_names_the_line(project: Path) -> None:
    (project / "r.yaml").write_bytes("rules: []\n# 하이퍼클로바\n".encode("euc-kr"))
    code, _, err = invoke("rules", "check", "r.yaml")
    assert code == 2 and "r.yaml:2: not valid UTF-8 (byte 0xc7)" in err


def test_config_dates_must_be_real_dates(project: Path) -> None:
    """`dates: "2021-02-30"` in factlint.yaml passed the pattern and crashed the run."""
    (project / "factlint.yaml").write_text('dates:\n  "a.txt": "2021-02-30"\n', encoding="utf-8")
    code, _, err = invoke("lint", "a.txt", "--no-cache")
    assert code == 2
    assert "factlint.yaml:2: dates.a.txt: '2021-02-30' is not a real date (YYYY-MM-DD)" in err


def test_config_yaml_gets_the_same_strict_loader(project: Path) -> None:
    (project / "factlint.yaml").write_text("jobs: !!int many\n", encoding="utf-8")
    code, _, err = invoke("lint", "a.txt")
    assert code == 2 and "factlint.yaml:1: cannot read value: 'many' is not an integer" in err


def test_toml_config_numbers_must_be_finite(project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool.factlint]\ncache_max_mb = inf\n", encoding="utf-8")
    code, _, err = invoke("lint", "a.txt")
    assert code == 2 and "pyproject.toml: [tool.factlint] cache_max_mb: inf is not a finite number" in err


@pytest.mark.parametrize("text", ["tool = 1\n", 'tool = "factlint"\n', "tool = [1]\n"])
def test_a_pyproject_whose_tool_is_not_a_table_is_no_config(project: Path, text: str) -> None:
    (project / "pyproject.toml").write_text(text, encoding="utf-8")
    assert invoke("lint", "a.txt", "--no-cache")[0] == 0
    code, _, err = invoke("lint", "a.txt", "--no-cache", "--config", "pyproject.toml")
    assert code == 0, err


def test_a_factlint_table_that_is_not_a_table_is_an_error(project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool]\nfactlint = 5\n", encoding="utf-8")
    code, _, err = invoke("lint", "a.txt")
    assert code == 2 and "pyproject.toml: the configuration must be a mapping of keys" in err


def test_jobs_has_a_ceiling(project: Path) -> None:
    """A typo must not fork 40,000 processes (the pool starts them all at once)."""
    (project / "factlint.yaml").write_text("jobs: 40000\n", encoding="utf-8")
    code, _, err = invoke("lint", "a.txt")
    assert code == 2 and "factlint.yaml:1: jobs: 40000 is greater than the maximum of 256" in err
    (project / "factlint.yaml").unlink()
    assert invoke("lint", "a.txt", "--jobs", "40000")[0] == 2
