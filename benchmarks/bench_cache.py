"""Cold, warm and pre-commit runs of `factlint lint` on the generated 10,000-article corpus.

    python benchmarks/gen_corpus.py --out benchmarks/.corpus --articles 10000
    python benchmarks/bench_cache.py --corpus benchmarks/.corpus [--jobs 2] [--rules rules/] [--repeat 5] [--claims K]

The corpus is copied to a temporary project (with a factlint.yaml naming it) so the cache and the
edit of the pre-commit case never touch the original. "factlint's own time" is measured in-process
around the lint command, after imports (the interpreter start and imports are reported apart).
The pre-commit case is run ``--repeat`` times, each after another edit of the same article (so the
whole-run result cache never answers it); the fastest and the median are reported.

``--claims K`` first appends K sentences to every article, each a claim with a random value: K
claims per article, nearly all of them contradicting others (the generated corpus itself has fewer
than one claim in ten articles), to show that the pre-commit run does work in proportion to what
touches the changed article, not to the claims of the corpus. ``--claim-keys spread`` (default)
draws each claim's entity and attribute from 20 models × 3 attributes (60 groups of about
``10,000 × K / 60`` claims); ``narrow`` puts every claim on the parameter count of one of ten
models, the worst case: a changed article's claims are then in groups of ``1,000 × K`` claims, and a
group's consensus must read them all.

Child processes run with bytecode caching on, as on a user's machine: with
PYTHONDONTWRITEBYTECODE set, every run would compile the modules factlint imports lazily
(the quantity extractor, the binder) inside the measured time.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed_lint(project: Path, args: list[str]) -> tuple[float, int]:
    """factlint's own time for one lint run, in a fresh process (imports done before the clock starts)."""
    code = (
        "import sys, time, io, contextlib\n"
        "import factlint.cli, factlint.engine, factlint.checks, factlint.reporters\n"
        "from factlint.cli import cli\n"
        "t = time.perf_counter()\n"
        "out = io.StringIO()\n"
        "try:\n"
        "    with contextlib.redirect_stdout(out):\n"
        f"        rc = cli.main(args={args!r}, prog_name='factlint', standalone_mode=False)\n"
        "except SystemExit as e:\n"
        "    rc = e.code\n"
        "except Exception as e:\n"
        "    rc = getattr(e, 'exit_code', 99)\n"
        "print(f'{time.perf_counter() - t:.4f} {rc}', file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True, env=env)
    last = proc.stderr.strip().splitlines()[-1]
    seconds, rc = last.split()
    return float(seconds), int(rc) if rc.lstrip("-").isdigit() else -1


NARROW = ("하이퍼클로바", "GPT-3", "엑사원", "KoGPT", "고퍼", "PaLM", "LaMDA", "BLOOM", "Chinchilla", "LLaMA")
SPREAD = (*NARROW, "GPT-3.5", "GPT-4", "ChatGPT", "HyperCLOVA X", "Switch Transformer", "MT-NLG", "Wu Dao 2.0",
          "PanGu-Alpha", "MUM", "BERT")
CLAIMS = {  # sentence forms that bind (see `factlint claims`), each with a random value
    "parameters": lambda rng: f"{rng.randrange(100, 5000) * 10}억 개의 파라미터를 갖췄다.",
    "training tokens": lambda rng: f"{rng.randrange(100, 5000) * 10}억 개의 토큰으로 학습됐다.",
    "Korean share": lambda rng: f"한국어 데이터 비중은 {rng.randrange(1, 99)}%다.",
}


def add_claims(files: list[Path], per_article: int, spread: bool = True) -> None:
    """K claim sentences per article (seeded: the same corpus every time)."""
    rng = random.Random(12)
    models, forms = (SPREAD, list(CLAIMS.values())) if spread else (NARROW, [CLAIMS["parameters"]])
    for f in files:
        lines = [f"{rng.choice(models)}는 {rng.choice(forms)(rng)}" for _ in range(per_article)]
        with f.open("a", encoding="utf-8") as out:
            out.write("\n" + "\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(REPO / "benchmarks" / ".corpus"))
    parser.add_argument("--rules", default=str(REPO / "rules"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5, help="pre-commit runs, each after a new edit")
    parser.add_argument("--claims", type=int, default=0, metavar="K", help="append K claims to every article")
    parser.add_argument("--claim-keys", choices=["spread", "narrow"], default="spread")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        corpus = project / "corpus"
        shutil.copytree(args.corpus, corpus, ignore=shutil.ignore_patterns("manifest.json"))
        (project / "factlint.yaml").write_text(f"corpus: [corpus/]\nrules: [{args.rules}]\ndefault_rules: false\njobs: {args.jobs}\n", encoding="utf-8")
        files = sorted(corpus.glob("*.txt"))
        if args.claims:
            add_claims(files, args.claims, args.claim_keys == "spread")
        size = sum(f.stat().st_size for f in files) / 1e6
        print(f"corpus: {len(files)} articles, {size:.1f} MB; jobs={args.jobs}; rules={args.rules}")

        cold, rc = timed_lint(project, ["lint", "--format", "json"])
        print(f"cold run (no cache):           {cold:7.2f} s  exit {rc}")
        warm, rc = timed_lint(project, ["lint", "--format", "json"])
        print(f"warm re-run (all cached):      {warm:7.2f} s  exit {rc}")

        target = files[len(files) // 2]
        text = target.read_text(encoding="utf-8")
        rel = os.path.relpath(target, project)
        hooks = []
        for i in range(max(1, args.repeat)):
            target.write_text(text + f"\n편집자 주: 이 문단은 벤치마크를 위해 추가되었다 ({i + 1}).\n", encoding="utf-8")
            hook, rc = timed_lint(project, ["lint", "--changed", rel, "--format", "json"])
            hooks.append(hook)
        hooks.sort()
        print(f"pre-commit, 1 changed article: {hooks[0]:7.2f} s  exit {rc}  (fastest of {len(hooks)}; "
              f"median {hooks[len(hooks) // 2]:.2f} s, slowest {hooks[-1]:.2f} s)")

        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import factlint.cli, factlint.engine, factlint.checks"], check=True)
        print(f"(interpreter start + imports:  {time.perf_counter() - start:7.2f} s, not included above)")


if __name__ == "__main__":
    main()
