"""Fuzzers: generated notations of known values, read back (``python -m fuzz.numbers``)."""
