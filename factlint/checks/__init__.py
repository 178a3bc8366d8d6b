"""The registry of check kinds: one line per kind, each an object of a ``checks.base.Check`` subclass.

Adding a kind is one module (or package) here, one line below, one test file
(``tests/checks/test_<kind>.py``) and one doc page (``docs/checks/<kind>.md``);
``tests/test_meta.py`` keeps the four in step.
"""

from __future__ import annotations

from typing import Any

from . import arithmetic, comparative, contradiction, conversion, duplicate, fact, headline, numeral, term
from .base import Check

CHECKS: dict[str, Check[Any]] = {
    "contradiction": contradiction.CHECK,
    "fact": fact.CHECK,
    "comparative": comparative.CHECK,
    "conversion": conversion.CHECK,
    "arithmetic": arithmetic.CHECK,
    "headline": headline.CHECK,
    "numeral": numeral.CHECK,
    "duplicate": duplicate.CHECK,
    "term": term.CHECK,
}
