"""The one pint registry: table strings round-trip, conversions, laziness."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction as F

from factlint.quantities import extract
from factlint.quantities.units import UNIT_WORDS, to_base


def test_every_table_unit_is_canonical_in_pint() -> None:
    from factlint.quantities.units import ureg

    for word, unit in UNIT_WORDS.items():
        assert str(ureg.Unit(unit)) == unit, word


def test_korean_aliases_and_flops() -> None:
    from factlint.quantities.units import ureg

    assert ureg.Quantity(1, "킬로미터").to("meter").magnitude == 1000
    assert str((1 * ureg.petaFLOPS).to("FLOPS").units) == "FLOPS"


def test_to_base() -> None:
    assert to_base(extract("3 km")[0]) == (F(3000), "meter")
    assert to_base(extract("10 PF")[0]) == (F(10**16), "flop / second")
    assert to_base(extract("1억 달러")[0]) is None


def test_extraction_does_not_import_pint() -> None:
    code = "import sys; from factlint.quantities import extract; extract('10 km, 2억원'); print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
