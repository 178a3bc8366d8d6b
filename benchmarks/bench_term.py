"""Benchmark the ``term`` check: per-document ``prepare`` and the corpus-wide ``check``.

    python benchmarks/bench_term.py [--corpus benchmarks/.corpus] [--articles 1000 10000] [--repeat 3]
                                    [--findings FILE] [--profile FILE]

The corpus is ``benchmarks/gen_corpus.py``'s (``python benchmarks/gen_corpus.py --out benchmarks/.corpus
--articles 10000``). For each size N it loads the first N articles (sorted by name) and the default
rule pack (``rules/``), keeps only the ``term`` rule(s) and measures, in this process, single core:

- ``prepare`` — ``engine.analyse`` (segmentation + the term check's ``prepare``, what a worker
  process runs per article and the cache stores) less segmentation alone, in ms per article, in a
  fresh process (its per-word memos start empty);
- ``check`` — ``term.check(ctx, rule)`` over all N analysed articles, the corpus-wide phase that
  runs in the main process and is not cached: best of ``--repeat`` runs, in seconds;

both as wall time and, in brackets, CPU time of this process (steadier on a shared machine);
- ``stored`` — the size of the term rule's summary per article as its codec writes it (what the cache stores).

The generated corpus has no misspelt names, so ``--typos K`` puts one into every K-th article (in
memory, deterministically): a declared wrong form or variant (``하이퍼틀로바``, ``HyperClova``,
``엑사온``, ``KoGTP``, ``카카오브래인``, ``Gpt-4``), a repeated phrase with one jamo changed in a
word (a discovered variant), or a camel-case name and its case variant (``ClovaNote`` /
``Clovanote``). Findings then exist to compare between versions.

It prints a Markdown table and a digest of the findings (rule, path, span, message, related, data,
fix), so two versions of the check can be compared for identical output; ``--findings FILE`` writes
them as JSON lines. ``--profile FILE`` writes cProfile statistics of ``analyse`` + ``check`` for the
first size.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import json
import pstats
import random
import re
import sys
import time
from pathlib import Path
from typing import Any, Sequence

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factlint import segment  # noqa: E402
from factlint.checks import term  # noqa: E402
from factlint.checks.base import Focus  # noqa: E402
from factlint.config.rules import load_rules  # noqa: E402
from factlint.config.ruleset import RuleSet  # noqa: E402
from factlint.engine import rule_corpus  # noqa: E402
from factlint.engine.analyse import analyse  # noqa: E402
from factlint.loader import parse  # noqa: E402
from factlint.model import Document, Finding  # noqa: E402


def term_ruleset(rules_dir: Path) -> RuleSet:
    ruleset = load_rules([str(rules_dir)])
    rules = tuple(r for r in ruleset.rules if r.kind == term.KIND)
    if not rules:
        raise SystemExit(f"no term rule in {rules_dir}")
    return dataclasses.replace(ruleset, rules=rules)


DECLARED_TYPOS = (
    ("하이퍼클로바", "하이퍼틀로바"), ("HyperCLOVA", "HyperClova"), ("엑사원", "엑사온"),
    ("KoGPT", "KoGTP"), ("카카오브레인", "카카오브래인"), ("GPT-4", "Gpt-4"),
)
_HANGUL_WORD = re.compile("[가-힣]{3,5}")


def one_jamo_off(word: str, rng: random.Random) -> str:
    """The word with the initial consonant of one syllable (not the first) changed."""
    i = rng.randrange(1, len(word))
    code = ord(word[i]) - 0xAC00
    initial = (code // 588 + rng.randrange(1, 19)) % 19
    return word[:i] + chr(0xAC00 + initial * 588 + code % 588) + word[i + 1 :]


def inject(text: str, i: int) -> str:
    """One misspelling in article i (see the module docstring); deterministic."""
    rng = random.Random(f"term-typo-{i}")
    kind = rng.randrange(3)
    if kind == 0:
        right, wrong = rng.choice(DECLARED_TYPOS)
        at = text.rfind(right)
        if at > 0:
            return text[:at] + wrong + text[at + len(right) :]
        return text + f"\n{wrong}는 새 모델이다.\n"
    if kind == 1:
        words = text.split(" ")
        spots = [j for j in range(1, len(words) - 1)
                 if _HANGUL_WORD.fullmatch(words[j]) and re.fullmatch("[가-힣]{2,}", words[j - 1])]
        if spots:
            j = rng.choice(spots)
            return text + f"\n{words[j - 1]} {one_jamo_off(words[j], rng)} 문제가 남았다.\n"
        return text
    if rng.randrange(5) == 0:
        return text + "\nClovanote를 쓴다.\n"
    return text + "\nClovaNote는 네이버의 ClovaNote 서비스다.\n"


def load(corpus: Path, n: int, typos: int = 0) -> list[Document]:
    paths = sorted(corpus.glob("*.txt"))[:n]
    if len(paths) < n:
        raise SystemExit(f"{corpus} has {len(paths)} articles, fewer than {n}: run benchmarks/gen_corpus.py")
    docs = []
    for i, p in enumerate(paths):
        raw = p.read_bytes()
        if typos and i % typos == 0:
            raw = inject(raw.decode("utf-8"), i).encode("utf-8")
        doc = parse(str(p), raw)
        assert isinstance(doc, Document), doc
        docs.append(doc)
    return docs


def timed(fn: Any) -> tuple[Any, float, float]:
    """The result, wall seconds and CPU seconds of this process (less sensitive to a busy machine)."""
    t, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - t, time.process_time() - c


def finding_record(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule, "path": f.location.path, "span": [f.location.span.start, f.location.span.end],
        "message": f.message, "related": [[r.path, r.span.start, r.span.end, r.note] for r in f.related],
        "data": dict(f.data), "fix": [[e.path, e.span.start, e.span.end, e.replacement] for e in f.fix],
    }


def measure(docs: Sequence[Document], ruleset: RuleSet, repeat: int) -> tuple[dict[str, float], list[Finding]]:
    _, seg, seg_cpu = timed(lambda: [tuple(segment.blocks(d)) for d in docs])
    analysed, ana, ana_cpu = timed(lambda: analyse(docs, ruleset))
    paths = [d.path for d in docs]
    best = best_cpu = float("inf")
    findings: list[Finding] = []
    for _ in range(repeat):
        # a corpus per run: the check may read its summaries once and let them go (engine/lazy.py)
        corpora = {r.id: rule_corpus(paths, {a.path: a.summaries[r.id] for a in analysed}, ruleset, r, docs) for r in ruleset.rules}
        got, seconds, cpu = timed(lambda: [f for rule in ruleset.rules for f in term.CHECK.check(corpora[rule.id], rule, Focus())])
        best, best_cpu = min(best, seconds), min(best_cpu, cpu)
        findings = got
    codec = term.CHECK.codec
    assert codec is not None
    size = sum(len(codec.encode(s)) for a in analysed for s in a.summaries.values())
    n = len(docs)
    figures = {
        "articles": n,
        "segment_ms": 1000 * seg / n,
        "summarise_ms": 1000 * max(0.0, ana - seg) / n,
        "summarise_cpu_ms": 1000 * max(0.0, ana_cpu - seg_cpu) / n,
        "check_s": best,
        "check_cpu_s": best_cpu,
        "stored_kb": size / n / 1024,
        "findings": len(findings),
    }
    return figures, findings


def digest(findings: Sequence[Finding]) -> str:
    lines = sorted(json.dumps(finding_record(f), ensure_ascii=False, sort_keys=True) for f in findings)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def profile(docs: Sequence[Document], ruleset: RuleSet, out: Path) -> None:
    prof = cProfile.Profile()
    prof.enable()
    analysed = analyse(docs, ruleset)
    paths = [d.path for d in docs]
    for rule in ruleset.rules:
        list(term.CHECK.check(rule_corpus(paths, {a.path: a.summaries[rule.id] for a in analysed}, ruleset, rule, docs), rule, Focus()))
    prof.disable()
    prof.dump_stats(str(out))
    pstats.Stats(str(out)).sort_stats("cumulative").print_stats(25)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "benchmarks" / ".corpus")
    parser.add_argument("--rules", type=Path, default=REPO / "rules")
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--typos", type=int, default=0, metavar="K", help="put a misspelling into every K-th article")
    parser.add_argument("--findings", type=Path, help="write the findings of the largest size as JSON lines")
    parser.add_argument("--profile", type=Path, help="write cProfile statistics (first size) to this file")
    args = parser.parse_args(argv)

    ruleset = term_ruleset(args.rules)
    rows: list[tuple[dict[str, float], str]] = []
    findings: list[Finding] = []
    for n in args.articles:
        docs = load(args.corpus, n, args.typos)
        if args.profile and not rows:
            profile(docs, ruleset, args.profile)
        figures, findings = measure(docs, ruleset, args.repeat)
        rows.append((figures, digest(findings)))
        print(f"{n} articles: {figures} digest {rows[-1][1]}", file=sys.stderr, flush=True)
    print(f"| articles | summarise ms/article (CPU) | check s (CPU), best of {args.repeat} | stored KB/article | findings | digest |")
    print("|---:|---:|---:|---:|---:|---|")
    for row, d in rows:
        print(f"| {row['articles']:,} | {row['summarise_ms']:.2f} ({row['summarise_cpu_ms']:.2f}) | "
              f"{row['check_s']:.3f} ({row['check_cpu_s']:.3f}) | {row['stored_kb']:.1f} | {row['findings']:.0f} | `{d}` |")
    if args.findings:
        with args.findings.open("w", encoding="utf-8") as fh:
            for f in sorted(findings, key=Finding.sort_key):
                fh.write(json.dumps(finding_record(f), ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
