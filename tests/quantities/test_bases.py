"""The precomputed base-unit table must say exactly what pint says, for every unit extraction produces."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction

import pytest

from factlint.quantities.bases import BASES, OFFSET_BASES
from factlint.quantities.units import DERIVED_UNITS, UNIT_WORDS, factor, ureg


def test_every_extracted_unit_has_a_base() -> None:
    assert set(UNIT_WORDS.values()) | set(DERIVED_UNITS) <= set(BASES)


@pytest.mark.parametrize("unit", sorted(set(BASES) - set(OFFSET_BASES)))
def test_table_matches_pint(unit: str) -> None:
    base = ureg.Quantity(1, unit).to_base_units()
    assert BASES[unit] == (Fraction(str(base.magnitude)), str(base.units))


@pytest.mark.parametrize("unit", sorted(OFFSET_BASES))
def test_offset_scales_match_pint_and_have_no_factor(unit: str) -> None:
    """°C/°F: kelvin = value × factor + offset as pint computes it; no multiplicative factor."""
    step, offset, base_unit = OFFSET_BASES[unit]
    for v in (-40, 0, 30, 100):
        k = ureg.Quantity(v, unit).to(base_unit).magnitude
        assert abs(float(v * step + offset) - k) < 1e-9
    assert BASES[unit] == (Fraction(1), unit)  # its own base: compared as written, never multiplied
    assert factor(unit) is None


def test_comparing_known_units_does_not_load_pint() -> None:
    code = (
        "import sys\n"
        "from factlint.quantities import extract\n"
        "from factlint.tolerance import agree\n"
        "a, = [q for q in extract('700 페타플롭') if q.kind == 'quantity']\n"
        "b, = [q for q in extract('0.7 exaFLOPS') if q.kind == 'quantity']\n"
        "assert agree(a, b), (a, b)\n"
        "assert 'pint' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
