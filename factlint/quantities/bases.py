"""Base-unit factors of every unit the extractor produces, so comparing figures never loads pint.

Written from pint's own answers (``ureg.Quantity(1, unit).to_base_units()``); a test checks every
entry against pint, so the table cannot drift. Units outside it still go through pint.
Regenerate: ``python -m factlint.quantities.units``.

Temperatures on an offset scale (°C, °F) have no factor: 30 °C is not 30 × anything kelvin. They
are their own base in ``BASES`` (so a ratio or a relative tolerance is taken on the scale as
written, and °C is never compared with °F by multiplying), and ``OFFSET_BASES`` holds pint's affine
map to kelvin (kelvin = value × factor + offset) for the checks and output that convert between
scales. Temperature differences (``delta_degree_Celsius``: "기온이 2.5도 올랐다") are multiplicative.
"""

from __future__ import annotations

from fractions import Fraction

BASES: dict[str, tuple[Fraction, str]] = {
    "FLOPS": (Fraction("1"), "flop / second"),
    "acre": (Fraction("40468726098742513/10000000000000"), "meter ** 2"),
    "are": (Fraction("100"), "meter ** 2"),
    "byte": (Fraction("8"), "bit"),
    "centimeter": (Fraction("1/100"), "meter"),
    "centimeter ** 2": (Fraction("1/10000"), "meter ** 2"),
    "centimeter ** 3": (Fraction("5000000000000001/5000000000000000000000"), "meter ** 3"),
    "day": (Fraction("86400"), "second"),
    "degree": (Fraction("3490658503988659/200000000000000000"), "radian"),
    "degree_Celsius": (Fraction("1"), "degree_Celsius"),
    "degree_Fahrenheit": (Fraction("1"), "degree_Fahrenheit"),
    "delta_degree_Celsius": (Fraction("1"), "kelvin"),
    "delta_degree_Fahrenheit": (Fraction("1388888888888889/2500000000000000"), "kelvin"),
    "exaFLOPS": (Fraction("1000000000000000000"), "flop / second"),
    "exabyte": (Fraction("8000000000000000000"), "bit"),
    "foot": (Fraction("7619999999999999/25000000000000000"), "meter"),
    "foot ** 2": (Fraction("9290303999999999/100000000000000000"), "meter ** 2"),
    "foot ** 3": (Fraction("14158423295999997/500000000000000000"), "meter ** 3"),
    "gallon": (Fraction("37854117839999993/10000000000000000000"), "meter ** 3"),
    "gigaFLOPS": (Fraction("1000000000"), "flop / second"),
    "gigabit / second": (Fraction("1000000000"), "bit / second"),
    "gigabyte": (Fraction("8000000000"), "bit"),
    "gigahertz": (Fraction("1000000000"), "1 / second"),
    "gigawatt": (Fraction("1000000000"), "kilogram * meter ** 2 / second ** 3"),
    "gigawatt_hour": (Fraction("3600000000000"), "kilogram * meter ** 2 / second ** 2"),
    "gram": (Fraction("1/1000"), "kilogram"),
    "hectare": (Fraction("10000"), "meter ** 2"),
    "hertz": (Fraction("1"), "1 / second"),
    "hour": (Fraction("3600"), "second"),
    "inch": (Fraction("127/5000"), "meter"),
    "kilobit / second": (Fraction("1000"), "bit / second"),
    "kilobyte": (Fraction("8000"), "bit"),
    "kilogram": (Fraction("1"), "kilogram"),
    "kilometer": (Fraction("1000"), "meter"),
    "kilometer ** 2": (Fraction("1000000"), "meter ** 2"),
    "kilometer ** 3": (Fraction("1000000000"), "meter ** 3"),
    "kilometer / hour": (Fraction("1388888888888889/5000000000000000"), "meter / second"),
    "kilowatt": (Fraction("1000"), "kilogram * meter ** 2 / second ** 3"),
    "kilowatt_hour": (Fraction("3600000"), "kilogram * meter ** 2 / second ** 2"),
    "liter": (Fraction("5000000000000001/5000000000000000000"), "meter ** 3"),
    "megabit / second": (Fraction("1000000"), "bit / second"),
    "megabyte": (Fraction("8000000"), "bit"),
    "megahertz": (Fraction("1000000"), "1 / second"),
    "megawatt": (Fraction("1000000"), "kilogram * meter ** 2 / second ** 3"),
    "megawatt_hour": (Fraction("3600000000"), "kilogram * meter ** 2 / second ** 2"),
    "meter": (Fraction("1"), "meter"),
    "meter ** 2": (Fraction("1"), "meter ** 2"),
    "meter ** 3": (Fraction("1"), "meter ** 3"),
    "metric_ton": (Fraction("1000"), "kilogram"),
    "micrometer": (Fraction("1/1000000"), "meter"),
    "mile": (Fraction("201168/125"), "meter"),
    "mile ** 2": (Fraction("40468564224/15625"), "meter ** 2"),
    "mile ** 3": (Fraction("208409091272029/50000"), "meter ** 3"),
    "mile / hour": (Fraction("1397/3125"), "meter / second"),
    "milliampere_hour": (Fraction("18/5"), "ampere * second"),
    "milligram": (Fraction("1/1000000"), "kilogram"),
    "milliliter": (Fraction("5000000000000001/5000000000000000000000"), "meter ** 3"),
    "millimeter": (Fraction("1/1000"), "meter"),
    "millimeter ** 2": (Fraction("1/1000000"), "meter ** 2"),
    "millimeter ** 3": (Fraction("1/1000000000"), "meter ** 3"),
    "minute": (Fraction("60"), "second"),
    "month": (Fraction("2629800"), "second"),
    "nanometer": (Fraction("1/1000000000"), "meter"),
    "nanometer ** 2": (Fraction("1/1000000000000000000"), "meter ** 2"),
    "nanometer ** 3": (Fraction("5000000000000001/5000000000000000000000000000000000000000000"), "meter ** 3"),
    "oil_barrel": (Fraction("3974682373199999/25000000000000000"), "meter ** 3"),
    "petaFLOPS": (Fraction("1000000000000000"), "flop / second"),
    "petabyte": (Fraction("8000000000000000"), "bit"),
    "pixel": (Fraction("1"), "pixel"),
    "pound": (Fraction("4535923700000001/10000000000000000"), "kilogram"),
    "pyeong": (Fraction("16528925619834711/5000000000000000"), "meter ** 2"),
    "second": (Fraction("1"), "second"),
    "teraFLOPS": (Fraction("1000000000000"), "flop / second"),
    "terabyte": (Fraction("8000000000000"), "bit"),
    "terawatt_hour": (Fraction("3600000000000000"), "kilogram * meter ** 2 / second ** 2"),
    "watt": (Fraction("1"), "kilogram * meter ** 2 / second ** 3"),
    "week": (Fraction("604800"), "second"),
    "year": (Fraction("31557600"), "second"),
}

# Offset scales: kelvin = value × factor + offset (pint: Quantity(v, unit).to("kelvin")).
OFFSET_BASES: dict[str, tuple[Fraction, Fraction, str]] = {
    "degree_Celsius": (Fraction("1"), Fraction("5463/20"), "kelvin"),
    "degree_Fahrenheit": (Fraction("5/9"), Fraction("45967/180"), "kelvin"),
}
