"""The reports CI systems read besides SARIF: JUnit XML, GitLab Code Quality, JSON Lines — checked
for the structure their readers require, on the fixed reporter corpus and on an input error."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Callable

import jsonschema

Run = Callable[..., Any]

# GitLab's Code Quality report: the fields GitLab requires of each issue (docs.gitlab.com, "Code
# Quality" → "Implement a custom tool"), written out as a schema: GitLab publishes none.
GITLAB_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {"type": "object", "required": ["begin"], "properties": {"begin": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}


def test_gitlab_code_quality_has_the_required_fields_and_unique_fingerprints(factlint: Run) -> None:
    done = factlint("lint", "--format", "gitlab")
    assert done.returncode == 1, done.stderr
    issues = json.loads(done.stdout)
    jsonschema.validate(issues, GITLAB_SCHEMA)
    assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"], i["severity"]) for i in issues] == [
        ("copied-paragraph", "articles/2021-11-12-kogpt.txt", 5, "major"),
        ("copied-paragraph", "articles/2022-04-11-ai-race.md", 10, "major"),
    ]
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert not any(i["location"]["path"].startswith("/") for i in issues)  # relative to the repository


def test_gitlab_reports_an_input_error_as_a_blocker(factlint: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("제목\n".encode("euc-kr"))
    done = factlint("lint", "articles", str(bad), "--format", "gitlab")
    assert done.returncode == 2
    issues = json.loads(done.stdout)
    jsonschema.validate(issues, GITLAB_SCHEMA)
    assert [i["severity"] for i in issues if i["check_name"] == "input-error"] == ["blocker"]


def test_junit_counts_findings_as_failures(factlint: Run) -> None:
    done = factlint("lint", "--format", "junit")
    assert done.returncode == 1
    suites = ET.fromstring(done.stdout.encode("utf-8"))
    assert suites.tag == "testsuites" and suites.get("failures") == "2" and suites.get("tests") == "2"
    (suite,) = suites
    cases = list(suite)
    assert [c.get("classname") for c in cases] == ["articles/2021-11-12-kogpt.txt", "articles/2022-04-11-ai-race.md"]
    failure = cases[0].find("failure")
    assert failure is not None and failure.get("type") == "error"
    assert "related: articles/2021-05-25-hyperclova.txt:3:1 earlier copy" in (failure.text or "")


def test_junit_of_a_clean_run_is_one_passing_case(factlint: Run, corpus: Path) -> None:
    done = factlint("lint", "articles/2021-05-25-hyperclova.txt", "--format", "junit")
    assert done.returncode == 0
    suites = ET.fromstring(done.stdout.encode("utf-8"))
    (suite,) = suites
    (case,) = suite
    assert suites.get("failures") == "0" and case.get("name") == "1 file checked" and len(case) == 0


def test_junit_escapes_control_characters_and_markup(tmp_path: Path, factlint: Run) -> None:
    """XML 1.0 cannot hold ESC at all; `<` and `&` from an article must not break the document."""
    name = "a<&\x1b.txt"
    text = "네이버는 <b>&amp; 2040억 파라미터의 '하이퍼클로바'를 공개했다고 18일 밝혔다.\x1b[31m 빨강\n"
    (tmp_path / name).write_text(text + text, encoding="utf-8")
    done = factlint("lint", "--no-cache", "--select", "duplicate", "--format", "junit", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    suites = ET.fromstring(done.stdout.encode("utf-8"))
    (case,) = suites[0]
    assert case.get("classname") == "a<&\\x1b.txt"


def test_json_lines_is_one_object_per_finding_with_the_json_reports_fields(factlint: Run) -> None:
    lines = factlint("lint", "--format", "jsonl").stdout.splitlines()
    report = json.loads(factlint("lint", "--format", "json").stdout)
    assert [json.loads(line) for line in lines] == [{"type": "finding", **f} for f in report["findings"]]
    assert all(f["url"].endswith("/docs/checks/duplicate.md") for f in report["findings"])
