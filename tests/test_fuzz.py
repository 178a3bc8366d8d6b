"""Whole generated articles never crash factlint, in any check, report format, --explain or the
claim table (issue #13). A short Hypothesis budget here; `python -m fuzz.articles --articles N`
runs as many as wanted (figures in benchmarks/README.md). Each crash the fuzzer found is a plain
regression test below, so it stays fixed whatever the random draws."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.config.rules import default_pack, load_rules
from fuzz.articles import article, lint_corpus

RULESET = load_rules(default_pack())


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False))
def test_generated_corpora_lint_and_render_without_a_crash(rng: random.Random) -> None:
    texts = [article(rng) for _ in range(4)]
    assert lint_corpus(texts, RULESET) == []


# Reproducers from `python -m fuzz.articles --seed 7` (2,000 articles: 29 failing corpora before the
# fix), shrunk to the characters that still failed, and paraphrases of each.
@pytest.mark.parametrize("text", [
    "1/0의 절반9:00의 노",  # a multiple of a figure written as 0 (ZeroDivisionError)
    " of the 0원 0%의 0원) 1",  # a share of a whole of 0 (ZeroDivisionError)
    "½\n1..2와 3분의",  # a whole, 와, then no fraction to read (AttributeError)
    "새 모델은 0개의 3배인 1750억 개다. The new chip has 4 billion transistors, 4× the 0 of its predecessor.",
    "AI 시장은 2018년 0달러에서 2019년 262억달러로 32.1% 성장했다.",  # growth from nothing
    "2019년 0원에서 2025년까지 연평균 32.1% 성장해 100억원이 됐다.",  # a CAGR from nothing
    "응답자 0명 가운데 0명(56%)이 찬성했다.",
    # seeds 101 and 202 (session 5): a fraction read from digits, "6T분의2" (2 over 6 trillion), as a
    # multiple: the band of simple fractions around it was a table of d² fractions (hang, gigabytes)
    "6T분의2P 5 7",
    "엑사원은 6조분의 2인 5개다. The share is 2/6,000,000 of 7.",
    # seed 303: a title opening with a word whose particle follows a parenthesis, longer than the
    # word ("가(1)에서"): its stem ended before it started (ValueError: bad span 0..-1)
    "가(1)에서\n파라미터는 5억 개다.",
    "고퍼(2800억개)에서 발표\n매개변수는 2800억 개다.",
])
def test_reproducers_found_by_the_article_fuzzer(text: str) -> None:
    assert lint_corpus([text, f"제목\n{text}\n", "Title\n" + text + "\n"], RULESET) == []


def test_a_fraction_with_a_huge_denominator_stands_for_itself() -> None:
    from fractions import Fraction

    from factlint.checks.arithmetic.precision import fraction_band
    from factlint.tolerance import Interval

    assert fraction_band(Fraction(1, 3 * 10**12)) == Interval.point(Fraction(1, 3 * 10**12))
    band = fraction_band(Fraction(2, 3))  # a fraction in words: the values nearer to it than to its neighbours
    assert band.low is not None and band.high is not None and band.low < Fraction(2, 3) < band.high

