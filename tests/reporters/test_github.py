"""GitHub Actions annotations: one workflow command per finding, escaped per the runner's rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factlint.model import RunResult
from factlint.model import Document, Finding, InputProblem, Location, Span
from factlint.reporters import REPORTERS
from factlint.reporters.base import ReportOptions
from factlint.reporters.github import annotation, command, escape_data, escape_property

PARAGRAPH = "네이버는 지난 5월 2040억 파라미터의 세계 최대 한국어 언어모델 '하이퍼클로바'를 공개했다."


def doc(path: str, text: str) -> Document:
    return Document(path=path, text=text, prose=(Span(0, len(text)),))


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50% 증가", "50%25 증가", "50%25 증가"),
        ("line one\nline two\r\n", "line one%0Aline two%0D%0A", "line one%0Aline two%0D%0A"),
        ("key: a, b", "key: a, b", "key%3A a%2C b"),
        ("%0A is not a newline", "%250A is not a newline", "%250A is not a newline"),
        ("::error::injected", "::error::injected", "%3A%3Aerror%3A%3Ainjected"),
    ],
)
def test_escaping_follows_the_workflow_command_rules(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_command_line_shape() -> None:
    assert command("warning", {"file": "a.txt", "line": 3}, "m") == "::warning file=a.txt,line=3::m"
    assert command("notice", {}, "m") == "::notice::m"


def test_finding_with_related_place_is_one_line_with_escaped_newlines() -> None:
    a = doc("corpus/a.txt", f"제목 하나\n{PARAGRAPH}\n")
    b = doc("./corpus/b.txt", f"제목 둘\n\n{PARAGRAPH}\n")
    value = PARAGRAPH.index("2040억")
    f = Finding(
        "copied-paragraph",
        "duplicate",
        "error",
        "paragraph repeats corpus/a.txt: 2040억, \"100%\"",
        Location(b.path, Span(6 + value, 6 + value + 5)),
        (Location(a.path, Span(6, 6 + len(PARAGRAPH)), "first written here"),),
    )
    line = annotation(f, {a.path: a, b.path: b}, "/root")
    assert "\n" not in line
    assert line == (
        f"::error file=corpus/b.txt,line=3,col={value + 1},endLine=3,endColumn={value + 6},"
        "title=factlint copied-paragraph (duplicate)"
        "::paragraph repeats corpus/a.txt: 2040억, \"100%25\"%0Arelated: corpus/a.txt:2:1 first written here"
    )


@pytest.mark.parametrize(("severity", "name"), [("error", "::error "), ("warning", "::warning "), ("info", "::notice ")])
def test_severity_maps_to_the_command(severity: str, name: str) -> None:
    a = doc("a.txt", PARAGRAPH)
    f = Finding("r", "term", severity, "m", Location("a.txt", Span(0, 4)))  # type: ignore[arg-type]
    assert annotation(f, {"a.txt": a}, "/root").startswith(name)


def test_render_puts_input_problems_first_and_ends_with_the_summary() -> None:
    a = doc("a.txt", PARAGRAPH)
    f = Finding("r", "term", "warning", "m", Location("a.txt", Span(0, 4)))
    result = RunResult((f,), {"a.txt": a}, (InputProblem("bad.txt", "not valid UTF-8 (byte 0xff at offset 3)"),))
    out = REPORTERS["github"].render(result, ReportOptions())
    lines = out.splitlines()
    assert lines[0] == "::error file=bad.txt,title=factlint input error::not valid UTF-8 (byte 0xff at offset 3)"
    assert lines[1].startswith("::warning file=a.txt,line=1,col=1,endLine=1,endColumn=5,")
    assert lines[2] == "2 files checked: 0 errors, 1 warning, 0 info; 1 file could not be read"
    assert out.endswith("\n")


# End to end: the command line on the fixed corpus tests/corpus/reporters/.


def test_github_actions_environment_picks_annotations_by_default(factlint: Any) -> None:
    done = factlint("lint", env={"GITHUB_ACTIONS": "true"})
    assert done.returncode == 1, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("::error file=articles/2021-11-12-kogpt.txt,line=5,col=1,endLine=5,endColumn=128,")
    assert ",title=factlint copied-paragraph (duplicate)::" in first
    assert first.endswith("%0Arelated: articles/2021-05-25-hyperclova.txt:3:1 earlier copy")


def test_explicit_format_wins_over_github_actions(factlint: Any) -> None:
    done = factlint("lint", "--format", "text", env={"GITHUB_ACTIONS": "true"})
    assert done.stdout.startswith("articles/2021-11-12-kogpt.txt:5:1: error [copied-paragraph]")


def test_configured_format_wins_over_github_actions(factlint: Any, corpus: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    with (copy / "factlint.yaml").open("a", encoding="utf-8") as config:
        config.write("format: json\n")
    done = factlint("lint", cwd=copy, env={"GITHUB_ACTIONS": "true"})
    assert json.loads(done.stdout)["summary"] == {"error": 2, "warning": 0, "info": 0}


def test_without_github_actions_the_default_is_text(factlint: Any) -> None:
    assert factlint("lint", env={"GITHUB_ACTIONS": ""}).stdout.startswith("articles/2021-11-12-kogpt.txt:5:1: error")
