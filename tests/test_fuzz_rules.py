"""Mutated rule packs never crash `rules check` or `lint` (issue #13: 45 of 1,212 gave exit 3).

A short Hypothesis budget here; `python fuzz/rules.py` runs thousands (see fuzz/mutations.py for
the mutations). Run on the code before the loader was made strict, the fuzzer failed on 49 of 300
mutants; each kind of crash it found is a plain regression test in tests/test_rule_input.py.
"""

from __future__ import annotations

import random
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.mutations import check, mutant, pack

ORIGINALS = pack()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False))
def test_mutated_rule_packs_give_exit_0_1_or_2_with_file_and_line(rng: random.Random, tmp_path_factory: pytest.TempPathFactory,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path_factory.mktemp("mutant")
    monkeypatch.chdir(folder)
    m = mutant(rng, ORIGINALS)
    codes, wrong = check(m, folder)
    assert not wrong, f"{m.target}: {m.mutations}\n" + "\n".join(wrong)
