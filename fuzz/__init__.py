"""Fuzzers: generated input that must never crash factlint (exit 3) or hang it (see fuzz/README.md)."""
