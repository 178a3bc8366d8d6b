"""The engine: the only part of factlint that knows about worker processes and the cache.

``run`` lints files (analysing in parallel what the store does not hold); ``lint_documents``
lints documents already in memory. See ``docs/architecture.md`` for the pipeline.
"""

from __future__ import annotations

from .run import date_for, lint_documents, rule_corpus, run
from .store import DEFAULT_DIR, Store, Unusable

__all__ = ["DEFAULT_DIR", "Store", "Unusable", "date_for", "lint_documents", "rule_corpus", "run"]
