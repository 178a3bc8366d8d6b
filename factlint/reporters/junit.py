"""JUnit XML, the test report most CI systems show (Jenkins, GitLab ``reports: junit``, Azure,
CircleCI, Buildkite): factlint is one ``<testsuite>``, each finding a failed ``<testcase>``
(``classname`` the file, ``name`` the rule and place), each input problem an ``<error>``; a run with
neither is one passing test case, so a clean run still shows as run.

The layout follows the de-facto schema of Ant/Maven Surefire (the one Jenkins' JUnit plugin reads);
``failures``/``errors``/``tests`` count what the suite holds. Text from articles and rule files is
escaped for XML by ElementTree, and control characters (not allowed in XML 1.0) are written
``\\x1b`` first (``display.escape``). No timestamps or host names: the same input gives the same bytes.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

from ..display import escape
from ..model import RunResult
from .base import ReportOptions, region, report_path

BINARY = True


def render(result: RunResult, options: ReportOptions) -> str:
    root = os.getcwd()
    suite = ET.Element("testsuite", name="factlint")
    failures = errors = 0
    for f in result.findings:
        r = region(result.documents, f.location)
        path = escape(report_path(f.location.path, root))
        case = ET.SubElement(suite, "testcase", classname=path, name=f"{escape(f.rule)} at {path}:{r['line']}:{r['column']}")
        text = [f"{path}:{r['line']}:{r['column']}: {f.severity} [{escape(f.rule)}] {escape(f.message)}"]
        for rel in f.related:
            rr = region(result.documents, rel)
            note = f" {escape(rel.note)}" if rel.note else ""
            text.append(f"related: {escape(report_path(rel.path, root))}:{rr['line']}:{rr['column']}{note}")
        failure = ET.SubElement(case, "failure", message=escape(f.message), type=f.severity)
        failure.text = "\n".join(text)
        failures += 1
    for p in result.problems:
        path = escape(report_path(p.path, root))
        case = ET.SubElement(suite, "testcase", classname=path, name=f"input error: {path}")
        ET.SubElement(case, "error", message=escape(p.message), type="input-error").text = f"{path}: {escape(p.message)}"
        errors += 1
    if not failures and not errors:
        ET.SubElement(suite, "testcase", classname="factlint", name=f"{result.files} file{'s' if result.files != 1 else ''} checked")
    tests = max(failures + errors, 1)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", "0")
    suites = ET.Element("testsuites", name="factlint", tests=str(tests), failures=str(failures), errors=str(errors))
    suites.append(suite)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
