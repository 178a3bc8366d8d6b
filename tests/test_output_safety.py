"""What articles, rule files and file names hold never reaches a terminal or a CI log raw (issue #13).

- control characters (an article quoting ``ESC ] 0 ; … BEL``, a rule-file key holding a newline
  followed by ``::error::``) are escaped in every report for people and every message on stderr;
- a file name that is not UTF-8 is shown with ``\\xNN`` escapes in every report, and the JSON and
  SARIF reports stay valid UTF-8;
- a console that cannot encode a character (cp949, as on Korean Windows) gets an escape, not a crash.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import cli

REPO = Path(__file__).resolve().parent.parent
ESC = "\x1b]0;pwned\x07"  # "set the terminal's title", ended by BEL
# A quoted model name the binder discovers, holding the sequence; the two figures contradict.
ARTICLE = (
    f"스타트업은 초거대 AI 모델 'Zorro{ESC}X'을 공개했다. 'Zorro{ESC}X'은 300억 파라미터 규모다.\n"
    f"'Zorro{ESC}X'은 600억 파라미터 규모의 모델이다. 1억 달러(한화 약 1500억원)를 투자했다.\n"
)
DUP_RULES = """\
rules:
  - id: repeated-paragraph
    kind: duplicate
    severity: error
    description: A paragraph repeats another.
"""
PARAGRAPH = "네이버는 지난 5월 2040억 파라미터의 세계 최대 한국어 언어모델 '하이퍼클로바'를 공개했다고 밝혔다."


def invoke(*args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout_bytes, result.stderr


def unsafe(text: str) -> list[str]:
    """Control characters (but newline and tab) a terminal would act on."""
    return [c for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F]


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "esc.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_escape_sequences_in_articles_never_reach_the_terminal(corpus: Path, fmt: str) -> None:
    code, out, err = invoke("lint", "c", "--no-cache", "--format", fmt, "--explain")
    text = out.decode("utf-8")
    assert code == 1 and "Zorro\\x1b]0;pwned\\x07X" in text
    assert unsafe(text) == [] and unsafe(err) == []


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_reports_keep_the_text_as_json_escapes(corpus: Path, fmt: str) -> None:
    code, out, _ = invoke("lint", "c", "--no-cache", "--format", fmt)
    assert code == 1 and unsafe(out.decode("utf-8")) == []
    data = json.loads(out)  # the data itself is intact
    message = data["findings"][0]["message"] if fmt == "json" else data["runs"][0]["results"][0]["message"]["text"]
    assert message.startswith(f"Zorro{ESC}X")


@pytest.mark.parametrize("fmt", ["text", "csv"])
def test_claims_and_quantities_escape_control_characters(corpus: Path, fmt: str) -> None:
    code, out, err = invoke("claims", "c", "--format", fmt)
    assert code == 0 and "Zorro\\x1b]0;pwned\\x07X" in out.decode("utf-8")
    assert unsafe(out.decode("utf-8")) == []
    (corpus / "c" / "q\x1b[2J.txt").write_text("1억 달러\n", encoding="utf-8")
    code, out, err = invoke("quantities", "c/q\x1b[2J.txt")
    assert code == 0 and "c/q\\x1b[2J.txt:1:1:" in out.decode("utf-8")


def test_claims_json_is_valid_and_safe(corpus: Path) -> None:
    code, out, _ = invoke("claims", "c", "--format", "json")
    assert code == 0 and unsafe(out.decode("utf-8")) == []
    assert any(f"Zorro{ESC}X" == c["entity"] for c in json.loads(out)["claims"])


BAD_KEY_RULES = """\
rules:
  - id: x
    kind: duplicate
    description: "\\e]0;pwned\\a ok"
    "colour\\n::error file=a.txt::pwned": red
"""


def test_a_rule_file_key_holding_a_newline_cannot_start_a_workflow_command(corpus: Path) -> None:
    (corpus / "bad.yaml").write_text(BAD_KEY_RULES, encoding="utf-8")
    for command in (("rules", "check", "bad.yaml"), ("lint", "c", "--rules", "bad.yaml", "--format", "github")):
        code, _, err = invoke(*command)
        assert code == 2
        assert "unknown key 'colour\\n::error file=a.txt::pwned'" in err
        assert not any(line.lstrip().startswith("::") for line in err.splitlines())
        assert unsafe(err) == []


def test_rule_texts_are_escaped_in_rules_check_and_explain(corpus: Path) -> None:
    (corpus / "r.yaml").write_text(BAD_KEY_RULES.replace('    "colour', '    # "colour'), encoding="utf-8")
    for command in (("rules", "check", "r.yaml"), ("explain", "x", "--rules", "r.yaml")):
        code, out, err = invoke(*command)
        assert code == 0, err
        assert "\\x1b]0;pwned\\x07 ok" in out.decode("utf-8") and unsafe(out.decode("utf-8")) == []


def test_explain_shows_a_multi_line_example_on_one_line(corpus: Path) -> None:
    rules = DUP_RULES + '    examples:\n      invalid: ["a\\n::error::b"]\n'
    (corpus / "r.yaml").write_text(rules, encoding="utf-8")
    code, out, _ = invoke("explain", "repeated-paragraph", "--rules", "r.yaml")
    assert code == 0 and "invalid: a\\n::error::b" in out.decode("utf-8")
    assert not any(line.startswith("::") for line in out.decode("utf-8").splitlines())


# --- file names that are not UTF-8 -------------------------------------------------------------

CP949_NAME = "기사.txt".encode("cp949")  # b"\xb1\xe2\xbb\xe7.txt"
SHOWN = "\\xb1\\xe2\\xbb\\xe7.txt"


@pytest.fixture
def cp949_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c").mkdir()
    try:
        with open(os.fsencode(tmp_path / "c") + b"/" + CP949_NAME, "w", encoding="utf-8") as f:
            f.write(f"제목\n{PARAGRAPH}\n")
    except (OSError, UnicodeError):
        pytest.skip("this file system only takes UTF-8 file names")
    (tmp_path / "c" / "ok.txt").write_text(f"다른 제목\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(DUP_RULES, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "github", "json", "sarif"])
def test_a_file_name_that_is_not_utf8_is_escaped_in_every_report(cp949_named: Path, fmt: str) -> None:
    code, out, err = invoke("lint", "c", "--rules", "rules.yaml", "--no-cache", "--format", fmt)
    assert code == 1, err
    text = out.decode("utf-8")  # valid UTF-8, whatever the format
    assert "factlint: note: 1 file name is not valid UTF-8; reports show each undecodable byte as \\xNN" in err
    if fmt in ("json", "sarif"):
        data = json.loads(text)
        if fmt == "json":
            assert {f["path"] for f in data["findings"]} | {r["path"] for f in data["findings"] for r in f["related"]} == {
                f"c/{SHOWN}", "c/ok.txt"}
        else:
            uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
                    for r in data["runs"][0]["results"] for loc in (*r["locations"], *r.get("relatedLocations", []))}
            assert uris == {"c/%B1%E2%BB%E7.txt", "c/ok.txt"}  # the real bytes, percent-encoded
    else:
        assert f"c/{SHOWN}:2:1" in text or f"file=c/{SHOWN},line=2" in text


def test_a_file_name_that_is_not_utf8_in_claims_and_quantities(cp949_named: Path) -> None:
    code, out, _ = invoke("quantities", "c", "--format", "json")
    assert code == 0 and f"c/{SHOWN}" in {q["path"] for q in json.loads(out)["quantities"]}
    code, out, _ = invoke("claims", "c")
    assert code == 0 and f"c/{SHOWN}:2:" in out.decode("utf-8")


def test_a_file_name_that_is_not_utf8_with_the_cache(cp949_named: Path) -> None:
    code, out, err = invoke("lint", "c", "--rules", "rules.yaml")
    assert code == 1, err
    again = invoke("lint", "c", "--rules", "rules.yaml")  # warm: the stamps hold the name's bytes
    assert again[:2] == (code, out), again[2]


# --- consoles that cannot encode everything ----------------------------------------------------


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "factlint", *args], cwd=cwd, capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})


def test_a_cp949_console_gets_escapes_not_a_crash(tmp_path: Path) -> None:
    """PYTHONIOENCODING=cp949 (Korean Windows): no emoji, no U+2212; the text report escapes what it
    cannot encode, JSON and SARIF stay UTF-8 bytes."""
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "😀.txt").write_text(f"제목\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "c" / "ok.txt").write_text(f"다른 제목 😀\n{PARAGRAPH}\n", encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(DUP_RULES, encoding="utf-8")
    env = {"PYTHONIOENCODING": "cp949"}
    text = run("lint", "c", "--rules", "rules.yaml", "--no-cache", "--explain", cwd=tmp_path, env=env)
    assert text.returncode == 1, text.stderr.decode("cp949", "replace")
    assert "c/\\U0001f600.txt:2:1: error [repeated-paragraph]" in text.stdout.decode("cp949")
    for fmt in ("json", "sarif"):
        machine = run("lint", "c", "--rules", "rules.yaml", "--no-cache", "--format", fmt, cwd=tmp_path, env=env)
        assert machine.returncode == 1
        assert ("😀" if fmt == "json" else "%F0%9F%98%80") in machine.stdout.decode("utf-8")
        json.loads(machine.stdout)
    seeds = run("lint", str(REPO / "seeds"), "--no-cache", "--explain", cwd=tmp_path, env=env)
    assert seeds.returncode == 1 and b"Traceback" not in seeds.stderr
    quantities = run("quantities", "c", cwd=tmp_path, env=env)
    assert quantities.returncode == 0 and b"Traceback" not in quantities.stderr
