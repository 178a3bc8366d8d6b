"""Fuzz whole articles through the engine, every report format and ``--explain``.

    python -m fuzz.articles [--articles 100000] [--per-corpus 20] [--seed 1] [--out fuzz-failures]

Articles are made of fragments that real articles hold and that broke factlint before (figures in
every notation, huge and zero figures, ranges, currencies, units, Markdown, links, footnotes,
control characters, datelines, names from the rule pack) mixed with random text. They are linted
in small corpora (so the cross-article checks run), with the default pack, and every result is
rendered as text, JSON, SARIF, GitHub annotations and ``--explain``, and the claim table is made.
Any exception, and any internal error the engine reports (a crash it isolated), is a failure:
its corpus is written to ``--out`` as a reproducer. The script prints the counts and exits 1 if
anything failed. ``tests/test_fuzz.py`` runs the same property with hypothesis on a short budget.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path
from typing import Callable, Sequence

from factlint import claims_table
from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse
from factlint.model import Document, RunResult
from factlint.reporters import REPORTERS
from factlint.reporters import explain as explain_report
from factlint.reporters.base import ReportOptions

NAMES = ("하이퍼클로바", "HyperCLOVA", "GPT-3", "GPT-4", "엑사원", "EXAONE", "KoGPT", "LaMDA", "PaLM", "Chinchilla",
         "LLaMA", "Llama 2", "BLOOM", "네이버", "LG AI연구원", "카카오브레인", "OpenAI", "'미리내'", "노바LM", "AI 시장")
WORDS = ("파라미터", "매개변수", "parameters", "토큰", "tokens", "데이터", "시장 규모", "투자", "성장", "증가", "감소",
         "연평균", "CAGR", "점유율", "share", "규모", "전년 대비", "대비", "보다", "than", "배", "times", "twice", "절반",
         "중", "of", "가운데", "합쳐", "combined", "총", "약", "about", "이상", "over", "이하", "under", "여", "가량",
         "목표", "계획", "전망", "forecast", "according to", "보도", "사실이 아니다", "disputed", "상향", "revised to",
         "한화", "원화", "우리 돈", "i.e.", "or", "초당", "per second", "기준", "0시 기준", "입력", "수정", "기자")
FIGURES = ("2040억", "2,040억 개", "1750억개", "175B", "1.6T", "204B(2040억개)", "1억 달러(한화 약 1122억원)",
           "$100 million", "$1.13bn (£600m)", "£320m", "€45m", "32.1%", "3.5%p", "세 배", "3배", "4분의 1", "3분의 2",
           "절반", "twice", "1만 5000여명", "12억 6천여만원", "8359억 2,384만 5858원", "삼백이십", "이십일조원은",
           "700 페타플롭", "5경 회", "500 petaflops", "2TB(2,000GB)", "10km", "23분", "7년", "2021년 5월 25일",
           "2010년", "1830년대", "'22년", "FY2023", "0", "0원", "0 달러(한화 약 1122억원)", "0달러에서 262억달러로",
           "1e999", "1" + "0" * 400, "9" * 30, "-5", "마이너스 3", "½", "①", "١٢٣", "１２３", "[1]", "[12]", "3.", "1.5.",
           "175억~1750억", "20 to 30", "3-5%", "1,000,000,000,000,000,000,000", "0.000000001%", "99.999%", "100%",
           "1/0", "NaN", "inf", "∞", "10^9", "2^64", "06:00", "2019.03.14 09:00", "1,2,3,4", "1..2")
MARKUP = ("# ", "## ", "- ", "* ", "1. ", "> ", "```\n", "`code`", "**", "_", "[link](https://ex.com/a-1-2)", "![img](x.png)",
          "<!-- factlint: disable=repeated-paragraph -->", "<!-- factlint: disable-next-line=all -->", "| a | b |\n|---|---|\n",
          "---\ndate: 2021-05-25\n---\n", "<b>", "&amp;", "\\", "https://example.com/gpt-3-175b", "user@example.com")
ODD = ("\x00", "\x1b]0;title\x07", "\x1b[31m", "\r", "\r\n", "\u200b", "\ufeff", "\u2028", "\t", " " * 50, "🚀", "\U0001f600",
       "\ud7a3", "ㄱ", "ㅏ", "가" * 300, "a" * 2000, "(" * 50, ")" * 50, "⟦0⟧", "⟦", "⟧", "::error::", "'", "\"", "“", "」")
# Statement shapes the conversion and arithmetic checks recognise, each filled with random figures.
TEMPLATES = ("{n}는 {a}에서 {b}로 {c} 성장했다.", "{a}에서 {b}로 {c} 감소", "from {a} to {b}, up {c}", "rose {c} to {b} from {a}",
             "{a}({b})", "{a} (약 {b})", "{a}, or {b}", "{n}는 {a}의 {c}", "{a}보다 {c} 많은 {b}", "{a}의 {c}인 {b}",
             "2019년 {a}에서 2025년까지 연평균 {c} 성장해 {b}", "a CAGR of {c} to {b} by 2025", "{a} 중 {b}({c})",
             "{b} of the {a} respondents ({c})", "{a}와 {b}를 합쳐 {c}", "{a} and {b}, a combined {c}", "{n}의 {w}는 {a}",
             "{n} has {a} {w}", "{n}({a})를 뛰어넘는 {b}", "전년({a}) 대비 {c} 늘어난 {b}", "{a}의 절반인 {b}", "{b}, more than {c} {a}")
SENTENCES = ("하이퍼클로바는 2040억 개의 파라미터를 갖췄다.", "GPT-3는 1750억 개의 매개변수를 가졌다.",
             "AI 시장은 2018년 198억달러에서 2019년 262억달러로 32.1% 성장했다.",
             "LG는 1억 달러(한화 약 1122억원)를 투자한다.", "응답자 160명 가운데 104명(56%)이 찬성했다.",
             "PaLM has 540 billion parameters, more than three times GPT-3.", "It rose 12% to $5.6bn from $5bn.")


def statement(rng: random.Random) -> str:
    figure = lambda: rng.choice(FIGURES)  # noqa: E731
    return rng.choice(TEMPLATES).format(n=rng.choice(NAMES), w=rng.choice(WORDS), a=figure(), b=figure(), c=figure())


def article(rng: random.Random) -> str:
    """One article: a title, then paragraphs of sentences and fragments in random order."""
    pools: Sequence[Sequence[str]] = (NAMES, WORDS, FIGURES, MARKUP, ODD, SENTENCES, TEMPLATES)
    weights = (3, 4, 5, 1, 1, 2, 4)
    parts: list[str] = []
    for _ in range(rng.randrange(1, 60)):
        pool = rng.choices(pools, weights)[0]
        piece = statement(rng) if pool is TEMPLATES else rng.choice(pool)
        if rng.random() < 0.05:  # any code point a UTF-8 file can hold (no surrogates)
            piece = "".join(chr(c if not 0xD800 <= c < 0xE000 else c + 0x800) for c in
                            (rng.randrange(0x20, 0x11000) for _ in range(rng.randrange(1, 12))))
        parts.append(piece)
        parts.append(rng.choice((" ", " ", "", "\n", ", ", ". ", "의 ", "는 ", "(", ")")))
    return "".join(parts)


def lint_corpus(texts: Sequence[str], ruleset: RuleSet) -> list[str]:
    """Problems found linting one corpus: exceptions (with tracebacks) and internal errors."""
    problems: list[str] = []
    docs = []
    for i, text in enumerate(texts):
        suffix = ".md" if i % 3 == 0 else ".txt"
        doc = parse(f"fuzz/{i:03d}{suffix}", text.encode("utf-8"))
        if isinstance(doc, Document):
            docs.append(doc)
    steps: list[tuple[str, Callable[[], object]]] = []
    result: list[RunResult] = []
    steps.append(("lint", lambda: result.append(lint_documents(docs, ruleset, explain=True))))
    for name, reporter in REPORTERS.items():
        steps.append((name, lambda reporter=reporter: reporter.render(result[0], ReportOptions(rules=ruleset.rules))))
    steps.append(("explain", lambda: explain_report.render(result[0])))
    steps.append(("claims", lambda: claims_table.rows(docs, ruleset, False)))
    steps.append(("coverage", lambda: claims_table.rows(docs, ruleset, True)))
    for name, step in steps:
        try:
            step()
        except Exception:  # noqa: BLE001 - the fuzzer records every crash
            problems.append(f"{name}: {traceback.format_exc()}")
            if name == "lint":
                break
    if result:
        problems += [f"internal error: {e}" for e in result[0].internal_errors]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--per-corpus", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args(argv)
    ruleset = load_rules(default_pack())
    rng = random.Random(args.seed)
    done = failed = 0
    kinds: dict[str, int] = {}
    start = time.perf_counter()
    while done < args.articles:
        texts = [article(rng) for _ in range(min(args.per_corpus, args.articles - done))]
        problems = lint_corpus(texts, ruleset)
        done += len(texts)
        if problems:
            failed += 1
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"corpus-{done:07d}.json").write_text(
                json.dumps({"texts": texts, "problems": problems}, ensure_ascii=False, indent=1), encoding="utf-8")
            for p in problems:
                last = p.strip().splitlines()[-1][:120]
                kinds[last] = kinds.get(last, 0) + 1
        if done % 2000 < args.per_corpus:
            print(f"{done:,} articles, {failed} failing corpora, {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    print(f"{done:,} articles in corpora of {args.per_corpus}: {failed} failing corpora")
    for kind, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {n:5d}  {kind}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
