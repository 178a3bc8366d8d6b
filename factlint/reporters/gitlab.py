"""GitLab Code Quality report (a JSON array of CodeClimate issues), shown on merge requests when a
job publishes it as ``artifacts: reports: codequality: factlint.json`` (docs/ci.md).

Each finding is an issue with the fields GitLab requires (docs.gitlab.com, "Code Quality",
"Implement a custom tool"): ``description``, ``check_name`` (the rule id), ``fingerprint`` (unique
per issue: the SARIF content fingerprint, which survives edits above the finding),
``severity`` (error → ``major``, warning → ``minor``, info → ``info``) and ``location.path``
(relative to the repository) with ``location.lines.begin``. An input problem is a ``blocker``
issue on its file. Related places follow the description.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any, Mapping

from ..display import escape, json_report
from ..model import RunResult
from .base import ReportOptions, region, report_path
from .sarif import fingerprint_all

BINARY = True
SEVERITIES: Mapping[str, str] = {"error": "major", "warning": "minor", "info": "info"}


def render(result: RunResult, options: ReportOptions) -> str:
    return json_report(to_issues(result, os.getcwd())) + "\n"


def to_issues(result: RunResult, root: str) -> list[dict[str, Any]]:
    issues: list[dict[str, Any]] = []
    for f, fp in zip(result.findings, fingerprint_all(result.findings, result.documents)):
        r = region(result.documents, f.location)
        description = f.message
        for rel in f.related:
            rr = region(result.documents, rel)
            description += f"\nrelated: {report_path(rel.path, root)}:{rr['line']}:{rr['column']}" + (f" {rel.note}" if rel.note else "")
        issues.append({
            "type": "issue",
            "check_name": f.rule,
            "description": escape(description.replace("\n", " | ")),
            "categories": ["Bug Risk"] if f.kind in ("contradiction", "fact", "conversion", "arithmetic") else ["Style"],
            "severity": SEVERITIES[f.severity],
            "fingerprint": hashlib.md5(f"{report_path(f.location.path, root)}\x1f{fp}".encode(), usedforsecurity=False).hexdigest(),
            "location": {"path": report_path(f.location.path, root), "lines": {"begin": r["line"], "end": r["end_line"]}},
        })
    for p in result.problems:
        issues.append({
            "type": "issue",
            "check_name": "input-error",
            "description": escape(p.message),
            "categories": ["Bug Risk"],
            "severity": "blocker",
            "fingerprint": hashlib.md5(f"input-error\x1f{report_path(p.path, root)}".encode(), usedforsecurity=False).hexdigest(),
            "location": {"path": report_path(p.path, root), "lines": {"begin": 1}},
        })
    return issues
