"""The SARIF report: valid against the official 2.1.0 schema, stable fingerprints, code-point columns, relative URIs."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factlint.config.ruleset import Rule, Source
from factlint.model import RunResult
from factlint.model import Document, Finding, InputProblem, Location, Span
from factlint.reporters import REPORTERS
from factlint.reporters.base import ReportOptions
from factlint.reporters.sarif import FINGERPRINT_KEY, artifact_location, to_sarif

PARAGRAPH = "네이버는 지난 5월 2040억 파라미터의 세계 최대 한국어 언어모델 '하이퍼클로바'를 공개했다."
OTHER = "KT는 AI 원팀과 함께 초거대 AI 모델 개발을 위한 공동 연구 협약을 체결했다고 18일 밝혔다."
ROOT = "/work/project"

RULE = Rule(
    id="copied-paragraph",
    kind="duplicate",
    severity="warning",
    description="A paragraph repeats one from another article.",
    options={},
    source=Source("rules/dup.yaml", 2),
    why="Copied paragraphs spread one article's mistakes to others.",
    example="The same HyperCLOVA paragraph in two articles.",
)
NOTE_RULE = Rule("unit-spelling", "term", "info", "Unit spelled two ways.", {}, Source("rules/t.yaml", 1))


def doc(path: str, text: str) -> Document:
    return Document(path=path, text=text, prose=(Span(0, len(text)),))


def copied(a: Document, b: Document, rule: str = "copied-paragraph") -> Finding:
    """A finding on the paragraph in ``b`` with the same paragraph in ``a`` as the related place."""
    sa, sb = a.text.index(PARAGRAPH), b.text.index(PARAGRAPH)
    return Finding(
        rule=rule,
        kind="duplicate",
        severity="warning",
        message=f"paragraph repeats {a.path}",
        location=Location(b.path, Span(sb, sb + len(PARAGRAPH))),
        related=(Location(a.path, Span(sa, sa + len(PARAGRAPH)), "first written here"),),
    )


def result_of(*docs: Document, findings: tuple[Finding, ...] = (), problems: tuple[InputProblem, ...] = ()) -> RunResult:
    return RunResult(tuple(sorted(findings, key=Finding.sort_key)), {d.path: d for d in docs}, problems)


def sarif(result: RunResult, rules: tuple[Rule, ...] = (RULE,)) -> dict[str, Any]:
    return to_sarif(result, rules, ROOT)


@pytest.fixture
def validator(shared: Path) -> jsonschema.Draft7Validator:
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def assert_valid(validator: jsonschema.Draft7Validator, report: dict[str, Any]) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(report)]
    assert errors == []


def test_report_with_related_places_problems_and_korean_paths_is_schema_valid(validator: jsonschema.Draft7Validator) -> None:
    a = doc("기사/a.txt", f"제목 하나\n{PARAGRAPH}\n{OTHER}\n")
    b = doc("./기사/b.txt", f"제목 둘\n{PARAGRAPH}\n")
    result = result_of(a, b, findings=(copied(a, b),), problems=(InputProblem("기사/c.txt", "not valid UTF-8 (byte 0xff at offset 3)"),))
    report = sarif(result)
    assert_valid(validator, report)
    run = report["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is False
    note = run["invocations"][0]["toolExecutionNotifications"][0]
    assert note["message"]["text"].startswith("not valid UTF-8")
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "%EA%B8%B0%EC%82%AC/c.txt"


def test_empty_run_is_schema_valid_and_successful(validator: jsonschema.Draft7Validator) -> None:
    report = sarif(result_of(doc("a.txt", OTHER)), rules=())
    assert_valid(validator, report)
    assert report["runs"][0]["results"] == []
    assert report["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_columns_count_code_points_and_end_column_is_exclusive() -> None:
    a = doc("a.txt", f"제목 하나\n{PARAGRAPH}\n")
    b = doc("b.txt", f"{OTHER}\n\n{PARAGRAPH}\n")
    result = sarif(result_of(a, b, findings=(copied(a, b),)))
    run = result["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    # PARAGRAPH is the whole third line of b.txt: columns 1 .. len+1, whatever the UTF-8/UTF-16 size of Hangul
    assert region == {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": len(PARAGRAPH) + 1, "snippet": {"text": PARAGRAPH}}
    value = PARAGRAPH.index("2040억")
    narrow = Finding("copied-paragraph", "duplicate", "warning", "m", Location("a.txt", Span(6 + value, 6 + value + 5)))
    region = sarif(result_of(a, findings=(narrow,)))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, value + 1, value + 6)
    assert region["snippet"]["text"] == "2040억"


def test_related_location_is_the_other_article_with_its_note() -> None:
    a = doc("a.txt", f"제목 하나\n{PARAGRAPH}\n")
    b = doc("b.txt", f"제목 둘\n\n{PARAGRAPH}\n")
    (res,) = sarif(result_of(a, b, findings=(copied(a, b),)))["runs"][0]["results"]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "b.txt", "uriBaseId": "%SRCROOT%"}
    (rel,) = res["relatedLocations"]
    assert rel["id"] == 1
    assert rel["message"] == {"text": "first written here"}
    assert rel["physicalLocation"]["artifactLocation"]["uri"] == "a.txt"
    assert rel["physicalLocation"]["region"]["startLine"] == 2


def test_fingerprint_survives_lines_moving_but_not_a_changed_text() -> None:
    a = doc("a.txt", f"제목 하나\n{PARAGRAPH}\n")
    b = doc("b.txt", f"제목 둘\n{PARAGRAPH}\n")
    b_moved = doc("b.txt", f"제목 둘\n\n{OTHER}\n\n{PARAGRAPH}\n")
    before = sarif(result_of(a, b, findings=(copied(a, b),)))["runs"][0]["results"][0]
    after = sarif(result_of(a, b_moved, findings=(copied(a, b_moved),)))["runs"][0]["results"][0]
    assert before["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert after["locations"][0]["physicalLocation"]["region"]["startLine"] == 5
    assert before["partialFingerprints"] == after["partialFingerprints"]

    other_rule = sarif(result_of(a, b, findings=(copied(a, b, rule="other-rule"),)))["runs"][0]["results"][0]
    assert other_rule["partialFingerprints"] != before["partialFingerprints"]
    edited = PARAGRAPH.replace("2040억", "2000억")
    a2, b2 = doc("a.txt", f"x\n{edited}\n"), doc("b.txt", f"y\n{edited}\n")
    f2 = Finding("copied-paragraph", "duplicate", "warning", "m", Location("b.txt", Span(2, 2 + len(edited))), (Location("a.txt", Span(2, 2 + len(edited))),))
    assert sarif(result_of(a2, b2, findings=(f2,)))["runs"][0]["results"][0]["partialFingerprints"] != before["partialFingerprints"]


def test_fingerprint_ignores_reflowed_whitespace() -> None:
    a = doc("a.txt", f"{PARAGRAPH}\n")
    reflowed = PARAGRAPH.replace(" 세계 ", "\n세계  ")
    b = doc("b.txt", f"{reflowed}\n")
    f1 = Finding("r", "duplicate", "warning", "m", Location("a.txt", Span(0, len(PARAGRAPH))))
    f2 = Finding("r", "duplicate", "warning", "m", Location("b.txt", Span(0, len(reflowed))))
    results = sarif(result_of(a, b, findings=(f1, f2)), rules=())["runs"][0]["results"]
    assert results[0]["partialFingerprints"] == results[1]["partialFingerprints"]


def test_the_same_text_twice_in_one_file_gets_distinct_fingerprints() -> None:
    a = doc("a.txt", f"{OTHER}\n{OTHER}\n")
    n = len(OTHER)
    first = Finding("r", "term", "info", "m", Location("a.txt", Span(0, n)))
    second = Finding("r", "term", "info", "m", Location("a.txt", Span(n + 1, 2 * n + 1)))
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in sarif(result_of(a, findings=(first, second)), rules=())["runs"][0]["results"]]
    assert prints[0].split(":")[0] == prints[1].split(":")[0]
    assert [p.split(":")[1] for p in prints] == ["1", "2"]


def test_rules_carry_their_help_and_default_level() -> None:
    a = doc("a.txt", f"{OTHER}\n")
    rules = sarif(result_of(a), rules=(RULE, NOTE_RULE))["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["copied-paragraph", "unit-spelling"]
    dup, note = rules
    assert dup["shortDescription"] == {"text": RULE.description}
    assert dup["fullDescription"]["text"] == f"{RULE.description} {RULE.why}"
    assert f"Why: {RULE.why}" in dup["help"]["text"]
    assert f"Example: {RULE.example}" in dup["help"]["text"]
    assert "factlint explain duplicate" in dup["help"]["text"]
    assert dup["defaultConfiguration"] == {"level": "warning"}
    assert note["defaultConfiguration"] == {"level": "note"}
    assert "fullDescription" in note and "Why" not in note["help"]["text"]


def test_result_points_at_its_rule_and_maps_info_to_note() -> None:
    a = doc("a.txt", f"{OTHER}\n")
    f = Finding("unit-spelling", "term", "info", "단위 표기", Location("a.txt", Span(0, 2)))
    run = sarif(result_of(a, findings=(f,)), rules=(RULE, NOTE_RULE))["runs"][0]
    (res,) = run["results"]
    assert res["level"] == "note"
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == "unit-spelling"


def test_finding_of_an_unloaded_rule_still_gets_a_descriptor() -> None:
    a = doc("a.txt", f"{OTHER}\n")
    f = Finding("unused-suppression", "suppression", "warning", "m", Location("a.txt", Span(0, 2)))
    run = sarif(result_of(a, findings=(f,)), rules=(RULE,))["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["copied-paragraph", "unused-suppression"]
    assert run["results"][0]["ruleIndex"] == 1


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("seeds/a.txt", {"uri": "seeds/a.txt", "uriBaseId": "%SRCROOT%"}),
        ("./seeds/../seeds/a.txt", {"uri": "seeds/a.txt", "uriBaseId": "%SRCROOT%"}),
        ("기사 모음/a b.md", {"uri": "%EA%B8%B0%EC%82%AC%20%EB%AA%A8%EC%9D%8C/a%20b.md", "uriBaseId": "%SRCROOT%"}),
        (f"{ROOT}/seeds/a.txt", {"uri": "seeds/a.txt", "uriBaseId": "%SRCROOT%"}),
        ("/elsewhere/a.txt", {"uri": "file:///elsewhere/a.txt"}),
        (f"{ROOT}-other/a.txt", {"uri": f"file://{ROOT}-other/a.txt"}),
    ],
)
def test_paths_are_relative_uris_under_srcroot(path: str, expected: dict[str, str]) -> None:
    if os.sep != "/":
        pytest.skip("POSIX paths")
    assert artifact_location(path, ROOT) == expected


def test_render_is_byte_identical_and_keeps_hangul_unescaped() -> None:
    a = doc("a.txt", f"제목 하나\n{PARAGRAPH}\n")
    b = doc("b.txt", f"제목 둘\n{PARAGRAPH}\n")
    result = result_of(a, b, findings=(copied(a, b),))
    options = ReportOptions(rules=(RULE,))
    first = REPORTERS["sarif"].render(result, options)
    assert first == REPORTERS["sarif"].render(result, options)
    assert "하이퍼클로바" in first and "\\u" not in first
    assert json.loads(first)["runs"][0]["results"][0]["message"]["text"] == "paragraph repeats a.txt"


# End to end: the command line on the fixed corpus tests/corpus/reporters/.


def test_cli_sarif_is_schema_valid_with_rules_and_related_places(factlint: Any, validator: jsonschema.Draft7Validator) -> None:
    done = factlint("lint", "--format", "sarif")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert_valid(validator, report)
    run = report["runs"][0]
    (rule,) = run["tool"]["driver"]["rules"]
    assert rule["id"] == "copied-paragraph" and rule["defaultConfiguration"] == {"level": "error"}
    assert rule["help"]["text"].startswith("A paragraph repeats one from another article.\n\nWhy: A copied paragraph")
    located = [
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"])
        for r in run["results"]
    ]
    assert located == [
        ("articles/2021-11-12-kogpt.txt", "articles/2021-05-25-hyperclova.txt"),
        ("articles/2022-04-11-ai-race.md", "articles/2022-03-02-samsung.txt"),
    ]


def test_cli_fingerprints_survive_an_edit_above_the_finding(factlint: Any, corpus: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    before = json.loads(factlint("lint", "--format", "sarif", cwd=copy).stdout)["runs"][0]["results"]
    kogpt = copy / "articles" / "2021-11-12-kogpt.txt"
    kogpt.write_text("[속보]\n\n" + kogpt.read_text(encoding="utf-8"), encoding="utf-8")
    after = json.loads(factlint("lint", "--format", "sarif", cwd=copy).stdout)["runs"][0]["results"]
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in (before[0], after[0])]
    assert lines == [5, 7]
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]


def test_cli_sarif_on_the_seed_articles_points_at_the_right_characters(
    factlint: Any, repo: Path, validator: jsonschema.Draft7Validator
) -> None:
    """The real articles with the default rules: every region, read back from the file by its columns, is its snippet."""
    done = factlint("lint", "seeds", "--format", "sarif", cwd=repo)
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    assert_valid(validator, report)
    results = report["runs"][0]["results"]
    assert results, "the seeds have known repeated paragraphs"
    for res in results:
        for loc in [res["locations"][0], *res.get("relatedLocations", ())]:
            physical = loc["physicalLocation"]
            lines = (repo / physical["artifactLocation"]["uri"]).read_text(encoding="utf-8").split("\n")
            region = physical["region"]
            first, last = region["startLine"] - 1, region["endLine"] - 1
            if first == last:
                text = lines[first][region["startColumn"] - 1 : region["endColumn"] - 1]
            else:
                text = "\n".join([lines[first][region["startColumn"] - 1 :], *lines[first + 1 : last], lines[last][: region["endColumn"] - 1]])
            assert text == region["snippet"]["text"]
    fingerprints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in results]
    assert len(set(fingerprints)) == len(fingerprints)
