"""Per document, one call form: segment, extract, bind, then each rule's ``summarise``.

Quantities are extracted and claims bound only when a rule's check needs them, once for all rules.
A check that crashes on one document loses that document's summary for that rule (reported as an
internal error naming the document); every other document and rule goes on.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Any, Sequence

from .. import segment
from ..binding import bind
from ..checks import CHECKS
from ..checks.base import DocumentView
from ..config.ruleset import Rule, RuleSet
from ..model import Claim, Document, Quantity
from ..quantities import extract_blocks


@dataclass(frozen=True)
class Analysed:
    """One document's summaries by rule id (a rule that crashed on it is missing), and the crashes."""

    path: str
    summaries: dict[str, Any]
    errors: tuple[str, ...] = ()


def views(docs: Sequence[Document], ruleset: RuleSet, rules: Sequence[Rule]) -> tuple[list[DocumentView], list[list[str]]]:
    """The document views the rules need, and the crashes met on the way (per document)."""
    needs = {need for rule in rules for need in CHECKS[rule.kind].needs}
    out: list[DocumentView] = []
    errors: list[list[str]] = []
    for doc in docs:
        blocks = segment.blocks(doc)
        problems: list[str] = []
        quantities: tuple[Quantity, ...] = ()
        claims: tuple[Claim, ...] = ()
        if needs & {"quantities", "claims"}:
            quantities = tuple(extract_blocks(doc.text, blocks))
        if "claims" in needs:
            try:
                claims = tuple(bind(doc, blocks, quantities, ruleset)[0])
            except Exception:  # noqa: BLE001 - one article must not sink the run
                problems.append(f"binding claims in {doc.path} crashed:\n{traceback.format_exc()}")
        out.append(DocumentView(doc, blocks, quantities, claims, ruleset))
        errors.append(problems)
    return out, errors


def analyse(docs: Sequence[Document], ruleset: RuleSet, rules: Sequence[Rule] | None = None) -> list[Analysed]:
    """Every rule's summary of every document (``rules``: only these), batch by batch: a check's
    ``summarise_many`` sees the whole batch, and a crash in it is pinned on its document by
    summarising one document at a time."""
    chosen = ruleset.rules if rules is None else rules
    made, errors = views(docs, ruleset, chosen)
    summaries: list[dict[str, Any]] = [{} for _ in docs]
    for rule in chosen:
        check = CHECKS[rule.kind]
        batch: list[Any] | None = None
        if len(made) > 1:
            try:
                batch = list(check.summarise_many(made, rule))
            except Exception:  # noqa: BLE001 - retried one by one below, which names the culprit
                batch = None
            if batch is not None and len(batch) != len(made):
                batch = None
        for i, view in enumerate(made):
            if batch is not None:
                summaries[i][rule.id] = batch[i]
                continue
            try:
                summaries[i][rule.id] = check.summarise(view, rule)
            except Exception:  # noqa: BLE001 - isolate a buggy check: this document loses this rule only
                errors[i].append(f"rule {rule.id} ({rule.kind}) crashed on {view.document.path}:\n{traceback.format_exc()}")
    return [Analysed(doc.path, summaries[i], tuple(errors[i])) for i, doc in enumerate(docs)]
