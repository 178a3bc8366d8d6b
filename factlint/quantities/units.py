"""The one pint registry of the project, and the unit words articles use.

Extraction never imports pint: a plain table maps what is written ("km",
"킬로미터", "페타플롭스", "PF") to a canonical pint unit string ("kilometer",
"petaFLOPS"). Canonical strings are ``str(ureg.Unit(name))`` — pint's own
long names — and a test checks every table entry round-trips. Pint is only
loaded (once, ~0.3 s) when someone converts: ``ureg`` is created lazily on
first attribute access, ``to_base`` converts a quantity's value.
"""

from __future__ import annotations

import threading
import unicodedata
from fractions import Fraction
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Mapping

from factlint.model import Quantity, Span

from .bases import BASES, OFFSET_BASES

if TYPE_CHECKING:
    import pint

# Surface form (Latin keys matched case-sensitively: "MB" is not "mb") → pint unit.
UNIT_WORDS: Mapping[str, str] = MappingProxyType(
    {
        # length
        "km": "kilometer", "킬로미터": "kilometer", "㎞": "kilometer", "kilometers": "kilometer",
        "kilometres": "kilometer", "kilometer": "kilometer", "kilometre": "kilometer",
        "m": "meter", "미터": "meter", "meters": "meter", "metres": "meter", "meter": "meter", "metre": "meter",
        "cm": "centimeter", "센티미터": "centimeter", "센티": "centimeter", "centimeters": "centimeter",
        "mm": "millimeter", "밀리미터": "millimeter", "millimeters": "millimeter",
        "nm": "nanometer", "나노미터": "nanometer", "나노": "nanometer", "nanometers": "nanometer",
        "㎛": "micrometer", "마이크로미터": "micrometer",
        "miles": "mile", "mile": "mile", "mi": "mile", "마일": "mile",
        "feet": "foot", "foot": "foot", "ft": "foot", "피트": "foot",
        "inches": "inch", "inch": "inch", "인치": "inch",
        # area
        "㎢": "kilometer ** 2", "km2": "kilometer ** 2", "km²": "kilometer ** 2", "제곱킬로미터": "kilometer ** 2",
        "㎡": "meter ** 2", "m2": "meter ** 2", "m²": "meter ** 2", "제곱미터": "meter ** 2",
        "sq km": "kilometer ** 2", "sq mi": "mile ** 2", "sq ft": "foot ** 2", "sq m": "meter ** 2",
        "평": "pyeong", "acres": "acre", "acre": "acre", "hectares": "hectare", "ha": "hectare", "헥타르": "hectare",
        # mass
        "kg": "kilogram", "킬로그램": "kilogram", "kilograms": "kilogram", "g": "gram", "그램": "gram",
        "grams": "gram", "mg": "milligram", "밀리그램": "milligram", "t": "metric_ton", "톤": "metric_ton",
        "tons": "metric_ton", "tonnes": "metric_ton", "lbs": "pound", "lb": "pound",
        # volume
        "L": "liter", "l": "liter", "리터": "liter", "liters": "liter", "litres": "liter", "ml": "milliliter",
        "mL": "milliliter", "밀리리터": "milliliter", "gallons": "gallon", "gallon": "gallon", "갤런": "gallon",
        "배럴": "oil_barrel", "barrels": "oil_barrel", "㎥": "meter ** 3", "m³": "meter ** 3",
        "세제곱미터": "meter ** 3", "입방미터": "meter ** 3", "cubic meters": "meter ** 3", "cubic metres": "meter ** 3",
        "㎖": "milliliter", "ℓ": "liter",
        # information
        "B": "byte", "바이트": "byte", "bytes": "byte", "KB": "kilobyte", "킬로바이트": "kilobyte",
        "MB": "megabyte", "메가바이트": "megabyte", "GB": "gigabyte", "기가바이트": "gigabyte", "기가": "gigabyte",
        "TB": "terabyte", "테라바이트": "terabyte", "테라": "terabyte", "PB": "petabyte", "페타바이트": "petabyte",
        "EB": "exabyte", "엑사바이트": "exabyte", "gigabytes": "gigabyte", "terabytes": "terabyte",
        "petabytes": "petabyte", "megabytes": "megabyte",
        # computation (defined below: FLOPS = flop / second)
        "FLOPS": "FLOPS", "플롭스": "FLOPS", "GFLOPS": "gigaFLOPS", "기가플롭스": "gigaFLOPS",
        "TFLOPS": "teraFLOPS", "TF": "teraFLOPS", "테라플롭스": "teraFLOPS", "테라플롭": "teraFLOPS",
        "teraflops": "teraFLOPS", "PFLOPS": "petaFLOPS", "PF": "petaFLOPS", "페타플롭스": "petaFLOPS",
        "페타플롭": "petaFLOPS", "petaflops": "petaFLOPS", "petaflop": "petaFLOPS", "EFLOPS": "exaFLOPS",
        "EF": "exaFLOPS", "엑사플롭스": "exaFLOPS", "엑사플롭": "exaFLOPS", "exaflops": "exaFLOPS",
        # power, energy, frequency
        "W": "watt", "와트": "watt", "kW": "kilowatt", "킬로와트": "kilowatt", "MW": "megawatt",
        "메가와트": "megawatt", "GW": "gigawatt", "기가와트": "gigawatt", "kWh": "kilowatt_hour",
        "킬로와트시": "kilowatt_hour", "MWh": "megawatt_hour", "GWh": "gigawatt_hour", "TWh": "terawatt_hour",
        "Hz": "hertz", "헤르츠": "hertz", "MHz": "megahertz", "메가헤르츠": "megahertz", "GHz": "gigahertz",
        "기가헤르츠": "gigahertz",
        # spelled out ("a 640-megawatt plant", "1,150 gigawatt-hours a year"): a hyphenated unit adjective is the
        # quantity with its unit, as "3,480-metre" is
        "watts": "watt", "watt": "watt", "kilowatts": "kilowatt", "kilowatt": "kilowatt", "megawatts": "megawatt",
        "megawatt": "megawatt", "gigawatts": "gigawatt", "gigawatt": "gigawatt",
        "kilowatt-hours": "kilowatt_hour", "kilowatt-hour": "kilowatt_hour", "kilowatt hours": "kilowatt_hour",
        "megawatt-hours": "megawatt_hour", "megawatt-hour": "megawatt_hour", "megawatt hours": "megawatt_hour",
        "gigawatt-hours": "gigawatt_hour", "gigawatt-hour": "gigawatt_hour", "gigawatt hours": "gigawatt_hour",
        # data rates, charge, angles, pixels (issue 16: "150 Mbps", "3600 mAh", "고도 32도", "100×100 픽셀")
        "Mbps": "megabit / second", "Gbps": "gigabit / second", "kbps": "kilobit / second", "Kbps": "kilobit / second",
        "mAh": "milliampere_hour", "도": "degree", "°": "degree", "degrees": "degree", "픽셀": "pixel",
        "pixels": "pixel", "px": "pixel", "㎜": "millimeter", "㎝": "centimeter", "㎏": "kilogram", "㎎": "milligram",
        "KW": "kilowatt",
        # temperatures (issue 16): offset scales, see bases.OFFSET_BASES; "섭씨 30도", "영하 3도" and
        # "기온 30도" are read from the words around 도 by the extractor
        "°C": "degree_Celsius", "° C": "degree_Celsius", "℃": "degree_Celsius", "도씨": "degree_Celsius",
        "°F": "degree_Fahrenheit", "° F": "degree_Fahrenheit", "℉": "degree_Fahrenheit",
        "degrees Celsius": "degree_Celsius", "degree Celsius": "degree_Celsius", "degrees centigrade": "degree_Celsius",
        "degrees Fahrenheit": "degree_Fahrenheit", "degree Fahrenheit": "degree_Fahrenheit",
        "celsius": "degree_Celsius", "centigrade": "degree_Celsius", "fahrenheit": "degree_Fahrenheit",
        "celcius": "degree_Celsius", "centigrate": "degree_Celsius", "farenheit": "degree_Fahrenheit",
        "deg": "degree",
        # durations (issue 16): "three years", "12 months", "a six-year high"; Korean 년/개월/시간/분 are
        # read by timewords from their counters
        "years": "year", "year": "year", "yrs": "year", "months": "month", "month": "month", "weeks": "week",
        "week": "week", "days": "day", "day": "day", "hours": "hour", "hour": "hour", "hrs": "hour",
        "minutes": "minute", "minute": "minute", "mins": "minute", "seconds": "second", "second": "second",
        "secs": "second",
        # speed
        "km/h": "kilometer / hour", "㎞/h": "kilometer / hour", "mph": "mile / hour",
        # singular and colloquial spellings (conformance: Duckling/Recognizers-Text)
        "liter": "liter", "litre": "liter", "milliliter": "milliliter", "milliliters": "milliliter",
        "millilitre": "milliliter", "millilitres": "milliliter", "mls": "milliliter", "gal": "gallon",
        "gals": "gallon", "kilogram": "kilogram", "milligram": "milligram", "milligrams": "milligram",
        "gram": "gram", "metric tons": "metric_ton", "metric ton": "metric_ton", "tonne": "metric_ton",
        "square meters": "meter ** 2", "square metres": "meter ** 2", "square kilometers": "kilometer ** 2",
        "square kilometres": "kilometer ** 2", "square meter": "meter ** 2", "square metre": "meter ** 2",
        "square kilometer": "kilometer ** 2", "square kilometre": "kilometer ** 2", "cubic meter": "meter ** 3",
        "cubic metre": "meter ** 3", "센치": "centimeter", "센치미터": "centimeter", "메터": "meter",
        "그람": "gram", "미리리터": "milliliter", "갤론": "gallon", "에이커": "acre", "평방미터": "meter ** 2",
        "평방 미터": "meter ** 2", "제곱 미터": "meter ** 2", "제곱 킬로미터": "kilometer ** 2",
    }
)
# The squared Latin abbreviations of CJK fonts (U+3380–U+33DF: "8.5㎐", "30㎾", "500㎖", "20㏈") are
# the unit their compatibility (NFKC) spelling is: ㎐ = Hz, ㎾ = kW.
UNIT_WORDS = MappingProxyType(
    {**UNIT_WORDS, **{
        c: UNIT_WORDS[n] for c in map(chr, range(0x3380, 0x33E0))
        if (n := unicodedata.normalize("NFKC", c)) in UNIT_WORDS and c not in UNIT_WORDS
    }}
)
# A length symbol with a superscript power is an area or a volume ("0.4 km³", "12 cm²", "3 mi²"): every
# Latin length symbol takes ² and ³, as "m²"/"m³" were written out above.
_LENGTH_SYMBOLS = ("km", "m", "cm", "mm", "nm", "mi", "ft")
UNIT_WORDS = MappingProxyType(
    {**UNIT_WORDS, **{
        s + sup: f"{UNIT_WORDS[s]} ** {power}" for s in _LENGTH_SYMBOLS for sup, power in (("²", 2), ("³", 3))
        if s + sup not in UNIT_WORDS
    }}
)

# What pint needs beyond its defaults for Korean tech articles.
_DEFINITIONS = (
    "flop = [computation]",
    "FLOPS = flop / second = flops",
    "pyeong = 400 / 121 * meter ** 2 = 평",
)
_ALIASES = {
    "kilometer": "킬로미터",
    "meter": "미터",
    "mile": "마일",
    "terabyte": "테라바이트",
    "gigabyte": "기가바이트",
    "petabyte": "페타바이트",
    "petaFLOPS": "페타플롭스",
}

_lock = threading.Lock()
_ureg: pint.UnitRegistry[Any] | None = None


def _registry() -> pint.UnitRegistry[Any]:
    global _ureg
    with _lock:
        if _ureg is None:
            import pint

            reg: pint.UnitRegistry[Any] = pint.UnitRegistry()
            for line in _DEFINITIONS:
                reg.define(line)
            for name, alias in _ALIASES.items():
                if name in ("petaFLOPS",):
                    reg.define(f"{alias} = {name}")
                    continue
                try:
                    reg.define(f"@alias {name} = {alias}")
                except KeyError:  # pint ≥0.25: a prefixed unit (terabyte) has no entry to alias
                    reg.define(f"{alias} = {name}")
            _ureg = reg
        return _ureg


def __getattr__(name: str) -> Any:
    # PEP 562: ``from factlint.quantities.units import ureg`` builds it on first use.
    if name == "ureg":
        return _registry()
    raise AttributeError(name)


def to_base(q: Quantity) -> tuple[Fraction, str] | None:
    """A physical quantity's value in SI base units: (magnitude, unit string).

    "3 km" → (3000, "meter"). The conversion factor is taken through its
    decimal ``str`` so exact factors (1000, 0.3048) stay exact Fractions.
    None for non-physical kinds or an unknown unit.
    """
    if q.kind != "quantity" or q.unit is None:
        return None
    value = q.value if q.value is not None else q.low if q.low is not None else q.high
    if value is None:
        return None
    offset = OFFSET_BASES.get(q.unit)
    if offset is not None:  # "30 °C" → 303.15 kelvin: pint's offset arithmetic, never a factor
        return value * offset[0] + offset[1], offset[2]
    known = BASES.get(q.unit)
    if known is not None:  # the extractor's own units: no pint (building its registry costs ~0.5 s)
        return value * known[0], known[1]
    reg = _registry()
    import pint  # already loaded by _registry; imported here for its error types only

    try:
        base = reg.Quantity(1, q.unit).to_base_units()
    except pint.errors.PintError:  # a unit pint does not know ("pixel"): no base to convert to
        return None
    return value * Fraction(str(base.magnitude)), str(base.units)


def factor(unit: str) -> tuple[Fraction, str] | None:
    """How many base units one ``unit`` is, for multiplying: None for an offset scale (°C, °F),
    which has no factor (compare it as written, or convert it with :func:`affine`)."""
    if unit in OFFSET_BASES:
        return None
    known = BASES.get(unit)
    if known is not None:
        return known
    probe = _probe(unit)
    return to_base(probe)


def unit_symbol(unit: str) -> str:
    """A unit as people write it ("gigawatt_hour" → "GWh", "kilometer ** 2" → "km²"), for messages; the
    name itself when pint does not know it."""
    import pint  # loaded by _registry; for its error types only

    try:
        return format(_registry().Unit(unit), "~P")
    except (pint.errors.PintError, ValueError, AttributeError):
        return unit


def affine(unit: str) -> tuple[Fraction, Fraction, str] | None:
    """(factor, offset, base): base value = value × factor + offset. Offset 0 except on °C/°F."""
    if unit in OFFSET_BASES:
        return OFFSET_BASES[unit]
    f = factor(unit)
    return None if f is None else (f[0], Fraction(0), f[1])


def _probe(unit: str) -> Quantity:
    return Quantity(Span(0, 0), "1", "quantity", Fraction(1), Fraction(1), Fraction(1), unit)


# Units the extractor produces that no word of UNIT_WORDS spells: temperature differences.
# Units the extractor writes that no word in UNIT_WORDS maps to: temperature differences, and ares
# ("10a당": a only before 당, see extract._unit).
DERIVED_UNITS = ("delta_degree_Celsius", "delta_degree_Fahrenheit", "are")


def regenerate_bases() -> str:  # pragma: no cover - a maintenance helper
    """The tables of ``bases.py`` as pint computes them today (run ``python -m factlint.quantities.units``)."""
    reg = _registry()
    lines = []
    for unit in sorted(set(UNIT_WORDS.values()) | set(DERIVED_UNITS)):
        if unit in OFFSET_BASES:  # an offset scale is its own base (see bases.py)
            lines.append(f'    "{unit}": (Fraction("1"), "{unit}"),')
            continue
        base = reg.Quantity(1, unit).to_base_units()
        lines.append(f'    "{unit}": (Fraction("{Fraction(str(base.magnitude))}"), "{base.units}"),')
    lines.append("OFFSET_BASES:")
    for unit in sorted(OFFSET_BASES):
        zero = reg.Quantity(0, unit).to_base_units()
        one = reg.Quantity(1, unit).to_base_units()
        step = Fraction(str(one.magnitude)) - Fraction(str(zero.magnitude))
        lines.append(f'    "{unit}": (Fraction("{step}"), Fraction("{Fraction(str(zero.magnitude))}"), "{zero.units}"),')
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(regenerate_bases())
