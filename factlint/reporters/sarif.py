"""SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers (see docs/ci.md).

Choices, with the part of the OASIS SARIF 2.1.0 specification they follow:

- one ``run`` whose ``tool.driver.rules`` describes every loaded rule (id, short and
  full description, help text from the rule's ``description``/``why``/``example``,
  ``defaultConfiguration.level``) — §3.49 reportingDescriptor;
- ``columnKind: "unicodeCodePoints"`` (§3.14.17): factlint counts columns in code points,
  so 하이퍼클로바 is 6 columns, not 12 bytes; lines and columns are 1-based and
  ``endColumn`` is one past the last character (§3.30.5–3.30.8);
- paths are relative URIs with ``uriBaseId: "%SRCROOT%"`` (§3.4.4), so a report made in
  a CI checkout points into the repository wherever it was cloned;
- the other side of a contradiction or a copy is a ``relatedLocations`` entry (§3.27.22);
- ``partialFingerprints["factlint/v1"]`` (§3.27.17) hashes the rule id and the whitespace-
  normalised text of the finding and its related places — never line numbers — so an alert
  keeps its identity when lines above it move; ``:N`` counts repeats of the same text in a file;
- input problems and internal errors are ``toolExecutionNotifications`` of the invocation;
- a file name that is not UTF-8: its URI percent-encodes the real bytes (§3.10.2, RFC 3986), so
  it still names the file; in messages each undecodable byte reads ``\\xNN``, as in every report;
- no timestamps, no absolute paths of the machine: the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping
from urllib.parse import quote

from .. import __version__
from ..display import json_report
from ..model import RunResult
from ..fingerprint import fingerprint
from ..model import Document, Finding, Location
from .base import ReportOptions, region, report_path, rule_url

if TYPE_CHECKING:
    from ..config.ruleset import Rule

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "factlint/v1"
SRCROOT = "%SRCROOT%"

# factlint severities → SARIF result levels (§3.27.10); SARIF calls "info" "note".
LEVELS: Mapping[str, str] = {"error": "error", "warning": "warning", "info": "note"}


# Machine-readable: written to stdout as UTF-8 bytes whatever the console encoding.
BINARY = True

def render(result: RunResult, options: ReportOptions) -> str:
    return json_report(to_sarif(result, options.rules, os.getcwd())) + "\n"


def to_sarif(result: RunResult, rules: Iterable[Rule], root: str) -> dict[str, Any]:
    descriptors = _descriptors(rules, result.findings)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    fingerprints = fingerprint_all(result.findings, result.documents)
    results = [
        _result(f, index[f.rule], fp, result.documents, root)
        for f, fp in zip(result.findings, fingerprints)
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "factlint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": descriptors,
            }
        },
        "invocations": [_invocation(result, root)],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _descriptors(rules: Iterable[Rule], findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """Every loaded rule, plus a bare entry for any rule id a finding names that is not loaded."""
    out = {rule.id: descriptor(rule) for rule in rules}
    for f in findings:
        if f.rule not in out:
            out[f.rule] = {
                "id": f.rule,
                "shortDescription": {"text": f"{f.kind} finding"},
                "helpUri": rule_url(f.kind),
                "defaultConfiguration": {"level": LEVELS[f.severity]},
                "properties": {"kind": f.kind, "tags": [f.kind]},
            }
    return [out[key] for key in sorted(out)]


def descriptor(rule: Rule) -> dict[str, Any]:
    """A SARIF reportingDescriptor (§3.49) with the rule's own documentation as help."""
    full = rule.description if not rule.why else f"{rule.description} {rule.why}"
    text = [rule.description]
    markdown = [rule.description]
    if rule.why:
        text.append(f"Why: {rule.why}")
        markdown.append(f"**Why:** {rule.why}")
    if rule.example:
        text.append(f"Example: {rule.example}")
        markdown.append(f"**Example:** {rule.example}")
    text.append(f"Kind documentation: factlint explain {rule.kind}")
    markdown.append(f"Kind documentation: `factlint explain {rule.kind}`")
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.description},
        "fullDescription": {"text": full},
        "help": {"text": "\n\n".join(text), "markdown": "\n\n".join(markdown)},
        "helpUri": rule_url(rule.kind),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"kind": rule.kind, "tags": [rule.kind]},
    }


def _result(f: Finding, rule_index: int, fingerprint: str, documents: Mapping[str, Document], root: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": physical_location(f.location, documents, root)}],
    }
    # A related place in a linted article is a location; one in a rule file (a reference fact of
    # the built-in pack, `factlint:rules/claims.yaml:89`) is no file of the repository GitHub could
    # map, so it is kept as the result's metadata.
    in_articles = [loc for loc in f.related if loc.path in documents]
    elsewhere = [loc for loc in f.related if loc.path not in documents]
    if in_articles:
        out["relatedLocations"] = [
            {
                "id": i,
                "physicalLocation": physical_location(loc, documents, root),
                "message": {"text": loc.note or "related place"},
            }
            for i, loc in enumerate(in_articles, start=1)
        ]
    out["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
    out["properties"] = {"kind": f.kind}
    if elsewhere:
        out["properties"]["references"] = [
            f"{loc.path}:{loc.line or 1}" + (f" {loc.note}" if loc.note else "") for loc in elsewhere
        ]
    return out


def physical_location(loc: Location, documents: Mapping[str, Document], root: str) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact_location(loc.path, root)}
    doc = documents.get(loc.path)
    if doc is None:  # a place in a file that was not loaded: name the file only
        return physical
    r = region(documents, loc)
    sarif_region: dict[str, Any] = {
        "startLine": r["line"],
        "startColumn": r["column"],
        "endLine": r["end_line"],
        "endColumn": r["end_column"],
    }
    snippet = doc.slice(loc.span)
    if snippet:
        sarif_region["snippet"] = {"text": snippet}
    physical["region"] = sarif_region
    return physical


def artifact_location(path: str, root: str) -> dict[str, Any]:
    """A relative URI under %SRCROOT% (percent-encoded: Hangul file names are fine), or a file: URI."""
    shown = report_path(path, root)
    if os.path.isabs(shown):
        return {"uri": Path(shown).as_uri()}
    return {"uri": quote(os.fsencode(shown), safe="/"), "uriBaseId": SRCROOT}


def fingerprint_base(f: Finding, documents: Mapping[str, Document]) -> str:
    """The content fingerprint without the path: rule id, the finding's text and its related texts."""
    return fingerprint(f, documents, include_path=False)


def fingerprint_all(findings: Iterable[Finding], documents: Mapping[str, Document]) -> list[str]:
    """Fingerprints in report order; the n-th repeat of the same base in one file gets ``:n``."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for f in findings:
        base = fingerprint_base(f, documents)
        key = (os.path.normpath(f.location.path), base)
        seen[key] = seen.get(key, 0) + 1
        out.append(f"{base}:{seen[key]}")
    return out


def _invocation(result: RunResult, root: str) -> dict[str, Any]:
    notifications: list[dict[str, Any]] = [
        {
            "level": "error",
            "message": {"text": p.message},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_location(p.path, root)}}],
        }
        for p in result.problems
    ]
    notifications.extend({"level": "error", "message": {"text": e}} for e in result.internal_errors)
    out: dict[str, Any] = {"executionSuccessful": not result.problems and not result.internal_errors}
    if notifications:
        out["toolExecutionNotifications"] = notifications
    return out
