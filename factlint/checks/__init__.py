"""One module per rule kind, all behind one interface.

A check module exports:

- ``KIND``: the word used in rule files and reports;
- ``OPTIONS_SCHEMA`` / ``DEFAULTS``: the JSON Schema of its ``options`` and their defaults;
- ``check(ctx, rule) -> Iterator[Finding]``: pure — no printing, file reading, sorting or exiting;
- optionally ``NEEDS`` (``{"quantities", "claims"}``: what the per-document analysis must compute),
  ``prepare(doc, blocks, rule)`` (per-document work, run in parallel and cached; its result is in
  ``ctx.prepared(rule, path)``; a module whose NEEDS include "quantities" is called
  ``prepare(doc, blocks, rule, quantities)`` with the document's, so they are extracted once; one
  whose NEEDS include "ruleset" is called ``prepare(doc, blocks, rule, ruleset)``) and
  ``validate(rule) -> Iterable[str]`` (checks the schema cannot express), and
  ``prepare_many(items, rule)`` (the same as ``prepare`` for a batch of ``(doc, blocks)``, for a
  module whose per-document work is vectorised; a crash falls back to ``prepare`` one by one).

Its docstring is its user manual (what / why / example / options); ``factlint explain KIND`` prints it.
"""

from __future__ import annotations

from types import ModuleType

from . import arithmetic, contradiction, conversion, duplicate, fact, term

CHECKS: dict[str, ModuleType] = {
    "contradiction": contradiction,
    "fact": fact,
    "conversion": conversion,
    "arithmetic": arithmetic,
    "duplicate": duplicate,
    "term": term,
}
