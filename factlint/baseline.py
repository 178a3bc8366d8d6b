"""Baselines: accept today's findings, report only new ones.

Findings are keyed by content (``fingerprint``: rule, path, the text involved),
not by line numbers, so they survive edits elsewhere in the file. Each key is
counted, so a second copy of an accepted problem is still new.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Mapping, Sequence

from .errors import FactlintError
from .loader import read_bytes
from .fingerprint import fingerprint
from .model import Document, Finding, InputProblem

FORMAT = 1
MAX_BYTES = 256 * 1024 * 1024  # 100,000 findings take about 25 MB


def dump(findings: Sequence[Finding], documents: Mapping[str, Document]) -> str:
    entries = sorted(
        ({"key": fingerprint(f, documents), "rule": f.rule, "path": f.location.path, "message": f.message} for f in findings),
        key=lambda e: (e["path"], e["rule"], e["key"]),
    )
    return json.dumps({"factlint_baseline": FORMAT, "findings": entries}, ensure_ascii=False, indent=2) + "\n"


def load(path: str) -> Counter[str]:
    raw = read_bytes(path, MAX_BYTES)
    if isinstance(raw, InputProblem):
        raise FactlintError(f"{path}: cannot read baseline: {raw.message}")
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise FactlintError(f"{path}: not a factlint baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("factlint_baseline") != FORMAT or not isinstance(data.get("findings"), list):
        raise FactlintError(f"{path}: not a factlint baseline (create one with `factlint baseline create`)")
    return Counter(str(e.get("key")) for e in data["findings"] if isinstance(e, dict))


def filter_new(findings: Sequence[Finding], documents: Mapping[str, Document], accepted: Counter[str]) -> list[Finding]:
    remaining = Counter(accepted)
    new: list[Finding] = []
    for f in findings:
        key = fingerprint(f, documents)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            new.append(f)
    return new
