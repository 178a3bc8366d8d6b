"""Numbers as a careful reader understands them (GitHub issue 3).

Public API: :func:`extract` (all quantities in a text), :func:`extract_blocks` (those of a
document's blocks, a table cell with its column's unit), :func:`parse_number`
(one whole string as a number), :func:`to_json` (a quantity as plain JSON),
and in :mod:`factlint.quantities.units` the project's one pint registry
``ureg`` and ``to_base``.
"""

from __future__ import annotations

from factlint.quantities.extract import extract
from factlint.quantities.output import to_json
from factlint.quantities.parse import parse_number
from factlint.quantities.tables import extract_blocks

__all__ = ["extract", "extract_blocks", "parse_number", "to_json"]
