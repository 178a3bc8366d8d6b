"""The `conversion` check on real sentences: currencies by the article's year, units through pint, definitions."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from statement_helpers import REPO, lint, pinned, ruleset

from factlint.checks.conversion import rate_options

D2021 = "입력 2021.05.26 10:00\n"
D2022 = "Published 2022-06-01\n"
D2023 = "입력 2023.03.14 16:00\n"
D2015 = "입력 2015.07.01 09:00\n"

# (text, form): each must be found as a statement that holds, with no finding.
RIGHT = [
    (D2021 + "LG AI연구원도 초거대 AI 개발에 총 1억 달러(한화 약 1122억원) 투자를 감행한다.", "currency"),
    ("LG AI연구원도 초거대 AI 개발에 총 1억 달러(한화 약 1122억원) 투자를 감행한다.", "currency"),  # undated: any year
    (D2021 + "LG는 1억 달러, 한화로 약 1122억원을 투자한다.", "currency"),
    (D2021 + "The company will invest $1.2 billion (1조 4천억원) in the project.", "currency"),
    (D2023 + "독일 정부는 5억 유로(약 7000억원)를 지원한다.", "currency"),
    (D2023 + "소니는 100억 엔(약 930억원)을 투자했다.", "currency"),
    (D2021 + "알리바바는 30억 위안(약 5300억원) 규모의 펀드를 만든다.", "currency"),
    (D2021 + "100만 달러(약 11억원)의 상금이 걸렸다.", "currency"),  # 1,100/USD: right within "약 11억"
    ("세계적으로 가장 유명한 AI 연구기관의 GPT-3를 뛰어넘는 204B(2040억개) 파라미터 규모로 개발됐다.", "number"),
    ("마라톤 코스는 10km(약 6.2마일)이다.", "unit"),
    ("The trail is 10 km, or about 6.2 miles, long.", "unit"),
    ("The loop is 5 km (3.1 miles) long.", "unit"),  # 3.107 mi: right only because "3.1" is rounded
    ("He ran 6.2 miles (10 km) before noon.", "unit"),  # 9.978 km, within the rounding of "10"
    ("신제품은 2TB(2,000GB) 저장공간을 제공한다.", "unit"),
    ("The laptop has a 2TB (2,048GB) drive.", "unit"),  # 1,024-based: accepted
    # temperatures: an offset scale converts with pint's offset arithmetic (issue 16), not a factor
    ("The city reached 30°C (86°F) on Monday.", "unit"),
    ("서울 낮 기온은 섭씨 30도(화씨 86도)까지 올랐다.", "unit"),
    ("Water freezes at 32 °F (0 °C).", "unit"),
    ("The January mean is −3.4 °C (26 °F).", "unit"),  # 25.88 °F, within the rounding of "26"
    (
        "지난해 10월 국내 최대인 700 페타플롭(PetaFlop·1초 안에 할 수 있는 연산처리가 1000조번에 달하는 것)이상의 "
        "슈퍼컴퓨터를 도입했다.",
        "definition",
    ),
]

# (text, what the message must show): each must produce one finding.
WRONG = [
    (D2021 + "LG AI연구원은 총 1억 달러(한화 약 1조원)를 투자한다.", "10,000 KRW per USD"),
    (D2015 + "삼성은 1억 달러(약 1400억원)를 투자했다.", "ECB reference rate 2015-07-01: 1 USD = 1,12"),  # a rate from the wrong year
    (D2021 + "500만 달러(약 5억원)의 예산이 잡혔다.", "100 KRW per USD"),
    (D2022 + "The fund invested $500 million (about 64 billion won).", "128 KRW per USD"),
    (D2023 + "소니는 100억 엔(약 9300억원)을 투자했다.", "93 KRW per JPY"),  # the per-100-yen slip
    (D2021 + "알리바바는 30억 위안(약 5300만원) 규모의 펀드를 만든다.", "KRW per CNY"),
    (D2023 + "독일 정부는 5억 유로(약 7000만원)를 지원한다.", "KRW per EUR"),
    ("세계적으로 가장 유명한 GPT-3를 뛰어넘는 204B(204억개) 파라미터 규모로 개발됐다.", "204B = 2,040억"),
    ("The company raised $1.2 billion (US$12bn) in 2021.", "$1.2 billion = 1.2 billion"),
    ("마라톤 코스는 10km(약 16마일)이다.", "6.214 mile"),
    ("The trail is 10 km, or about 16 miles, long.", "6.214 mile"),
    ("He ran 6.2 miles (100 km) before noon.", "9.978 kilometer"),
    ("신제품은 2TB(200GB) 저장공간을 제공한다.", "2,000 gigabyte"),
    ("The drive holds 4 TB (400 GB).", "4,000 gigabyte"),
    ("The pool is 50 m (500 ft) long.", "164"),
    ("The city reached 30°C (90°F) on Monday.", "86 degree_Fahrenheit"),  # 30 × 9/5 = 54 without the offset
    ("Water freezes at 32 °F (32 °C).", "0 degree_Celsius"),
    (
        "국내 최대인 700 페타플롭(PetaFlop·1초 안에 할 수 있는 연산처리가 1000억번에 달하는 것)이상의 슈퍼컴퓨터",
        "1 petaFLOPS = 1,000조",
    ),
]

# Not conversion statements at all: two figures that share a sentence or a parenthesis of another kind.
NOT_STATEMENTS = [
    "매출 1조원(전년 대비 10% 증가)을 기록했다.",
    "직원 200명(여성 120명)이 근무한다.",
    "LG는 1억 달러와 1122억원 규모의 두 펀드를 운영한다.",
    "선수들은 10km(2시간) 코스를 완주했다.",
    "그는 1억 달러(2021년 기준)를 투자했다.",
    "GPT-3(175B)를 뛰어넘는 모델이다.",
    "The budget rose to $5 million (up 10%) this year.",
    "하이퍼클로바는 GPT-3보다 한국어 데이터를 6500배 이상 학습했다.",
    "Runners can choose 5 km or 10 km.",
    "기온이 2.5도 올라 30도(지난해 27.5도)를 기록했다.",  # last year's figure, not a restatement
    "올해 매출 1조원(8000억원)은 목표에 못 미쳤다.",
    "The unit sold 120,000 cars (95,000) last year.",
    "The company earned $5 million (2020: $4 million).",
    "두 회사는 각각 3억 달러, 2억 달러를 냈다.",
    # operations per second and FLOPS of two machines, or not one per second (s6-arith)
    "The system handles 50 quadrillion calculations a second, while its rival reaches 500 petaflops.",
    "이 장비는 초당 5경 회 연산하고, 경쟁 장비는 500페타플롭스다.",
    "이 슈퍼컴퓨터는 10초에 5경 번 연산할 수 있다(500페타플롭스).",
    "이 장비는 초당 5경 회 연산하며 전력은 500킬로와트를 쓴다.",
]


@pytest.mark.parametrize("text,form", RIGHT)
def test_right_conversions_hold(text: str, form: str) -> None:
    statements, findings = lint(text, "conversion")
    assert findings == []
    assert [(s.form, s.verdict) for s in statements] == [(form, "holds")], [s.recomputation for s in statements]


@pytest.mark.parametrize("text,shown", WRONG)
def test_wrong_conversions_are_reported_with_the_recomputation(text: str, shown: str) -> None:
    statements, findings = lint(text, "conversion")
    assert len(findings) == 1, [s.recomputation for s in statements]
    assert shown in findings[0].message
    assert [s.verdict for s in statements] == ["fails"]
    assert findings[0].data["recomputation"] == statements[0].recomputation


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_unrelated_figures_are_not_statements(text: str) -> None:
    statements, findings = lint(text, "conversion")
    assert statements == [] and findings == []


def test_wrong_year_message_names_the_year_that_fits() -> None:
    _, findings = lint(D2015 + "삼성은 1억 달러(약 1400억원)를 투자했다.", "conversion")
    # "약 1400억원" allows 1,280–1,520 per USD: the ECB's rate was there in these years.
    assert "matches the ECB rate of 2000–2003, 2008–2009, 2020, 2022–2026 — a rate from another time?" in findings[0].message


def test_the_article_date_picks_the_rate() -> None:
    # 1,400 KRW/USD is wrong for 2015 but right for 2024.
    text = "삼성은 1억 달러(약 1400억원)를 투자했다."
    assert lint("입력 2024.07.01 09:00\n" + text, "conversion")[1] == []
    assert len(lint(D2015 + text, "conversion")[1]) == 1


def test_approx_widens_the_converted_figure() -> None:
    # 1,190/USD is 6 % above the ECB rate of 2021-05-26 (1,121.6; ±2 % over ±3 days: 1,096–1,148):
    # it fits only with "약"'s 5 %.
    assert lint(D2021 + "1억 달러(약 1190억원)를 투자한다.", "conversion")[1] == []
    assert len(lint(D2021 + "1억 달러(1190억원)를 투자한다.", "conversion")[1]) == 1


def test_date_outside_the_table_is_unchecked_not_a_finding() -> None:
    statements, findings = lint("입력 2031.01.05 09:00\n1억 달러(약 1122억원)를 투자한다.", "conversion")
    assert findings == []
    assert [s.verdict for s in statements] == ["unchecked"]


def test_seed_pairs_are_found_and_hold(seeds: object) -> None:
    text = (REPO / "seeds" / "001_44002c1806efbf2a.txt").read_text(encoding="utf-8")
    statements, findings = lint(text, "conversion", path="seeds/001.txt")
    assert findings == []
    assert {(s.form, s.text) for s in statements} == {
        ("number", "204B(2040억개)"),
        ("currency", "1억 달러(한화 약 1122억원)"),
    }
    petaflop = (REPO / "seeds" / "000_1f3b81c6913d8516.txt").read_text(encoding="utf-8")
    statements, findings = lint(petaflop, "conversion", path="seeds/000.txt")
    assert findings == []
    assert [(s.form, s.verdict) for s in statements] == [("definition", "holds")]
    assert "1 petaFLOPS = 1,000조 operations per second" in statements[0].recomputation


def test_the_pack_pins_no_rate_and_the_ecb_covers_its_currencies() -> None:
    from factlint.ecb import reference_rates

    assert ruleset().rates == ()
    ecb = reference_rates()
    assert ecb is not None and ecb.first == dt.date(1999, 1, 4)
    for code in ("USD", "EUR", "JPY", "CNY", "GBP", "SEK", "THB", "CHF", "INR"):
        for year in range(2009, 2026):  # CNY and THB are quoted from 2005, INR from 2009
            assert ecb.quotes(code, "KRW", dt.date(year, 6, 1), dt.date(year, 6, 30)), (code, year)


def test_pinned_table_covers_every_year_and_currency() -> None:
    rates = pinned().rates
    for year in range(2015, 2026):
        for code in ("USD", "EUR", "JPY", "CNY"):
            options = rate_options(rates, code, "KRW", dt.date(year, 6, 30))
            assert len(options) == 1, (code, year)
            assert Fraction(8, 100) <= options[0].tolerance <= Fraction(12, 100)
    assert all("ECOS" in r.source_text and "annual average" in r.source_text for r in rates)


def test_cross_rate_through_krw() -> None:
    (usd_eur,) = rate_options(pinned().rates, "EUR", "USD", dt.date(2021, 3, 1))
    assert abs(float(usd_eur.value) - 1353.7 / 1144.42) < 1e-9
    assert "via KRW" in usd_eur.label


def test_every_statement_of_the_seeds_holds_and_points_at_its_text() -> None:
    """What `factlint lint --explain` shows for the seeds: 11 statements, all verified."""
    from factlint.engine import lint_documents
    from factlint.loader import load
    from factlint.model import Document

    docs = [load(str(p)) for p in sorted((REPO / "seeds").glob("*.txt"))]
    assert all(isinstance(d, Document) for d in docs)
    result = lint_documents(docs, ruleset(), explain=True)  # type: ignore[arg-type]
    statements = result.statements
    assert len(statements) == 11 and {s.verdict for s in statements} == {"holds"}
    assert {s.kind for s in statements} == {"conversion", "arithmetic"}
    for s, d in ((s, next(d for d in docs if d.path == s.path)) for s in statements):
        assert d.text[s.span.start : s.span.end] == s.text  # type: ignore[union-attr]  # spans point at the statement


# --- prepared per document, rates read in check -------------------------------------------------


def _reference_rate_options(rates: tuple, base: str, quote: str, date: dt.date | None) -> list[tuple[Fraction, Fraction, str]]:
    """The rate lookup as first written (a scan of every declared rate), to hold RateBook to it."""
    from factlint.tolerance import frac

    def period(r: object) -> str:
        s, e = r.start, r.end  # type: ignore[attr-defined]
        return str(s.year) if s.year == e.year and (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) else f"{s.isoformat()}–{e.isoformat()}"

    valid = [r for r in rates if date is None or r.start <= date <= r.end]
    out = []
    for r in valid:
        if (r.base, r.quote) == (base, quote):
            out.append((frac(r.rate), frac(r.tolerance), f"{period(r)} {base}/{quote}"))
        elif (r.base, r.quote) == (quote, base):
            out.append((1 / frac(r.rate), frac(r.tolerance), f"{period(r)} {base}/{quote}"))
    if out:
        return out
    for r1 in valid:
        for r2 in valid:
            if r1.base == base and r2.base == quote and r1.quote == r2.quote and (r1.start, r1.end) == (r2.start, r2.end):
                out.append((frac(r1.rate) / frac(r2.rate), frac(r1.tolerance) + frac(r2.tolerance), f"{period(r1)} {base}/{quote} via {r1.quote}"))
    return out


def test_rate_book_finds_what_a_scan_of_every_rate_finds() -> None:
    from factlint.checks.conversion import RateBook

    rates = pinned().rates
    book = RateBook(rates)
    codes = ("KRW", "USD", "EUR", "JPY", "CNY", "GBP")
    dates = [None, dt.date(2014, 12, 31), dt.date(2031, 1, 1)] + [dt.date(y, m, 1) for y in range(2015, 2026) for m in (1, 12)]
    crossed = 0
    for base in codes:
        for quote in codes:
            for date in dates:
                got = [(o.value, o.tolerance, o.label) for o in book.options(base, quote, date)]
                assert got == _reference_rate_options(rates, base, quote, date), (base, quote, date)
                crossed += any("via" in label for *_, label in got)
    assert crossed > 0  # cross rates (USD→EUR via KRW) were compared too


def test_a_rate_at_the_very_edge_of_its_band_is_decided_exactly() -> None:
    """Floats settle clear cases only: an implied rate touching the band's edge still holds, and one
    a hair (far below float precision) outside still fails."""
    from factlint.checks.conversion import CurrencyPair, RateOption
    from factlint.model import Span
    from factlint.statements import Statement
    from factlint.tolerance import Interval

    option = RateOption(Fraction(114442, 100), Fraction(1, 10), "2021 USD/KRW", "test")
    low = option.band.low
    assert low is not None
    statement = Statement("r", "conversion", "currency", "a.txt", Span(0, 1), "x", "", "unchecked")

    def pair(high: Fraction) -> CurrencyPair:
        implied = Interval(high - 100, high)
        return CurrencyPair(statement, "USD", "KRW", None, implied, (float(implied.low), float(high)), "")

    assert option.agrees(pair(low))
    assert not option.agrees(pair(low - Fraction(1, 10**15)))
    assert float(low - Fraction(1, 10**15)) == float(low)  # floats alone could not have told


def test_rates_are_read_at_check_time_not_in_the_stored_summary() -> None:
    """The summary depends on the rule, not on the rate table: its key is the same under other rates,
    and the same document checked against other rates gives their verdict."""
    from dataclasses import replace

    from factlint.checks import CHECKS
    from factlint.engine import keys
    from statement_helpers import pack_rule, run_rule

    rules = pinned()
    text = D2021 + "LG AI연구원은 총 1억 달러(한화 약 1조원)를 투자한다."
    rule = pack_rule("conversion")
    assert len(run_rule(text, rule, rules)[1]) == 1
    # A table that says 10,000 won to the dollar in 2021 (and nothing else) makes the same pair hold.
    usd = next(r for r in rules.rates if (r.base, r.quote, r.start.year) == ("USD", "KRW", 2021))
    other = replace(rules, rates=(replace(usd, rate=10000.0),))
    assert keys.scope(CHECKS["conversion"], rule, other) == keys.scope(CHECKS["conversion"], rule, rules)
    statements, findings = run_rule(text, rule, other)
    assert findings == []
    (s,) = statements
    assert (s.verdict, s.data["rate"]) == ("holds", "2021 USD/KRW")
    # No pinned rate: the ECB's of the article's day.
    statements, findings = run_rule(text, rule, replace(rules, rates=()))
    assert len(findings) == 1 and statements[0].data["rate"] == "ECB"
    # A currency the ECB does not publish, and no pinned rate: found, unchecked, not a finding.
    statements, findings = run_rule(D2021 + "대만 정부는 NT$10억(약 400억원)을 지원한다.", rule, replace(rules, rates=()))
    assert findings == [] and [s.verdict for s in statements] == ["unchecked"]
    assert statements[0].data["reason"] == "the ECB publishes no TWD rate"


def test_summaries_survive_their_codec_and_stay_small(seeds: object) -> None:
    """A summary crosses a process boundary (-j) and lands in the cache as its codec's bytes."""
    from factlint.checks import CHECKS
    from factlint.engine.analyse import analyse
    from factlint.loader import load
    from statement_helpers import pack_rule

    rule = pack_rule("conversion")
    doc = load(str(REPO / "seeds" / "001_44002c1806efbf2a.txt"))
    (analysed,) = analyse([doc], ruleset(), [rule])  # type: ignore[list-item]
    summary = analysed.summaries[rule.id]
    assert len(summary) == 4  # the article repeats its middle part
    codec = CHECKS["conversion"].codec
    assert codec is not None
    blob = codec.encode(summary)
    assert codec.decode(blob) == summary
    assert len(blob) < 1500 * len(summary)


def test_nearest_rate_is_exact_and_keeps_the_first_of_equals() -> None:
    from factlint.checks.conversion import RateOption, _nearest

    def option(value: Fraction, label: str) -> RateOption:
        return RateOption(value, Fraction(1, 10), label, "test")

    mid = Fraction(1100)
    tied = [option(Fraction(1000), "2015"), option(Fraction(1200), "2016")]
    assert _nearest(tied, mid).label == "2015"  # equally near: the first declared, as before
    hair = Fraction(1, 10**14)
    close = [option(Fraction(1000) - hair, "2015"), option(Fraction(1200) - hair, "2016")]
    assert (float(close[0].value), float(close[1].value)) == (1000.0, 1200.0)  # as floats: a tie
    assert _nearest(close, mid).label == "2016"  # 1,199.99… is nearer by 2e-14


# --- zero, negative and huge figures (issue 13) ---


def test_a_zero_amount_restated_as_something_fails_at_any_rate() -> None:
    # issue 13: "0 달러(한화 약 1122억원)" raised an AssertionError in the conversion check (exit 3)
    statements, findings = lint(D2021 + "그 회사는 0 달러(한화 약 1122억원)를 벌었다.", "conversion")
    assert [s.verdict for s in statements] == ["fails"] and len(findings) == 1
    assert "0 KRW at any rate" in findings[0].message


def test_a_zero_amount_restated_as_zero_holds() -> None:
    statements, findings = lint(D2021 + "그 회사는 0 달러(한화 0원)를 벌었다.", "conversion")
    assert [s.verdict for s in statements] == ["holds"] and findings == []


def test_a_negative_amount_is_not_converted_at_a_rate() -> None:
    statements, findings = lint(D2021 + "순손실은 -5달러(약 -6000원)였다.", "conversion")
    assert statements == [] and findings == []


def test_an_implied_rate_too_fine_for_the_cache_is_rounded_outward_and_stored() -> None:
    """ "1.23456789달러(약 10**18원)" implies a rate of 27-digit fractions: the cache stores 64-bit integers."""
    from factlint.checks import CHECKS
    from factlint.engine.analyse import analyse
    from statement_helpers import document, pack_rule

    text = D2021 + "그 회사는 1.23456789달러(한화 약 1,000,000,000,000,000,000원)를 벌었다."
    rule = pack_rule("conversion")
    (analysed,) = analyse([document(text)], ruleset(), [rule])  # type: ignore[list-item]
    summary = analysed.summaries[rule.id]
    codec = CHECKS["conversion"].codec
    assert codec is not None and codec.decode(codec.encode(summary)) == summary
    ((_, pair),) = summary
    exact = Fraction(10**18, 1) / Fraction("1.23456789")
    assert pair is not None and pair.implied.low is not None and pair.implied.high is not None
    assert pair.implied.low < exact < pair.implied.high
    statements, findings = lint(text, "conversion")
    assert [s.verdict for s in statements] == ["fails"]


def test_the_rate_books_memos_stay_bounded_in_a_long_lived_process(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A RateBook lives as long as its rate table: its memos must not grow with every new pair and day."""
    import datetime as _dt

    from factlint.checks import conversion

    monkeypatch.setattr(conversion, "_MEMO_LIMIT", 8)
    book = conversion.RateBook(())
    for day in range(40):
        book.options("USD", "KRW", _dt.date(2020, 1, 1) + _dt.timedelta(days=day))
    assert 0 < len(book._memo) <= 8


def test_arithmetic_and_conversion_read_one_masking_of_the_blocks(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Both checks read a block with its figures replaced by placeholders: masked once per document."""
    from factlint import statements as st
    from factlint.engine.analyse import analyse
    from statement_helpers import document, pack_rule

    calls: list[int] = []
    real = st.mask
    monkeypatch.setattr(st, "mask", lambda block, qs: calls.append(block.index) or real(block, qs))
    text = D2021 + "매출은 10억 달러(약 1조 1천억원)로 작년 8억 달러보다 25% 늘었다.\n\n제목 없는 줄\n\n이익은 2억 달러였다."
    rules = [pack_rule("conversion"), pack_rule("arithmetic")]
    (analysed,) = analyse([document(text)], ruleset(), rules)  # type: ignore[list-item]
    assert len(calls) == len(set(calls)) >= 2  # every block with a figure (the dateline's too), once
    assert [s.verdict for s in analysed.summaries[rules[1].id]] == ["holds"]  # 8억 → 10억 is 25%
    assert analysed.summaries[rules[0].id]  # the won conversion is read from the same masking
