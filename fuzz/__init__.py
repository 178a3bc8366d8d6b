"""Fuzzers: generated input that must never crash factlint (exit 3) or hang it, and generated
notations of known values that must be read back exactly (see fuzz/README.md; ``python -m fuzz.numbers``)."""
