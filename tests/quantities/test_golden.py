"""Every quantity in seeds/001 with value, unit and span, reviewed by hand.

Regenerate after an intended change with ``FACTLINT_REGEN=1 pytest
tests/quantities/test_golden.py`` and review the diff line by line.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from factlint.quantities import extract, to_json

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "001_44002c1806efbf2a.txt"
GOLDEN = Path(__file__).parent / "golden" / "seed001.json"


def current() -> list[dict[str, Any]]:
    text = SEED.read_text(encoding="utf-8")
    rows = []
    for q in extract(text):
        row = to_json(q)
        row.update(start=q.span.start, end=q.span.end, approx=q.approx, bound=q.bound, counter=q.counter)
        assert text[q.span.start : q.span.end] == q.text
        rows.append(row)
    return rows


def test_seed001_golden() -> None:
    rows = current()
    if os.environ.get("FACTLINT_REGEN"):
        GOLDEN.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert rows == json.loads(GOLDEN.read_text(encoding="utf-8"))
