"""A finding's identity by content, not position: survives edits elsewhere in the file.

The baseline keys findings by rule, path and the normalised text of the finding's
span and its related spans; SARIF ``partialFingerprints`` use the same key without
the path (code-scanning tools track files themselves). Line numbers and messages
are left out on purpose (a message may quote a line).
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Mapping

from .model import Document, Finding, Location


def normalised(text: str) -> str:
    """NFC with whitespace runs collapsed: reflowing a paragraph does not change a finding's identity."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _text(documents: Mapping[str, Document], loc: Location) -> str:
    doc = documents.get(loc.path)
    return normalised(doc.slice(loc.span)) if doc else ""


def fingerprint(finding: Finding, documents: Mapping[str, Document], include_path: bool = True) -> str:
    parts = [finding.rule, finding.location.path if include_path else "", _text(documents, finding.location)]
    parts.extend(sorted(f"{r.path if include_path else ''}\x1f{_text(documents, r)}" for r in finding.related))
    return hashlib.blake2b("\x1e".join(parts).encode("utf-8"), digest_size=16).hexdigest()
