"""A finding's identity by content, not position: survives edits elsewhere in the file.

Used by the baseline and by SARIF ``partialFingerprints``: rule id, path, and the
normalised text of the finding's span and of its related spans. Line numbers and
messages are left out on purpose (a message may quote a line).
"""

from __future__ import annotations

import hashlib
import re
from typing import Mapping

from .model import Document, Finding, Location

_SPACE = re.compile(r"\s+")


def _text(documents: Mapping[str, Document], loc: Location) -> str:
    doc = documents.get(loc.path)
    return _SPACE.sub(" ", doc.slice(loc.span)).strip() if doc else ""


def fingerprint(finding: Finding, documents: Mapping[str, Document]) -> str:
    parts = [finding.rule, finding.location.path, _text(documents, finding.location)]
    parts.extend(sorted(f"{r.path}\x1f{_text(documents, r)}" for r in finding.related))
    return hashlib.blake2b("\x1e".join(parts).encode("utf-8"), digest_size=16).hexdigest()
