"""How the cache grows when every article is edited and linted again, cycle after cycle.

    python benchmarks/gen_corpus.py --out /tmp/growth --articles 1000
    python benchmarks/bench_cache_growth.py --corpus /tmp/growth [--cycles 50] [--jobs 2]

The corpus is copied to a temporary project. Each cycle appends a line to every article and runs
``factlint lint`` (with the cache) in this process; the script prints the cache folder's size after
each cycle next to the size of a fresh cache of the same corpus, and the largest ratio. The cache
must stay within twice a fresh one (issue #12).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import tempfile
from pathlib import Path

from factlint.cli import cli


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) if folder.is_dir() else 0


def lint(project: Path, jobs: int) -> None:
    here = os.getcwd()
    os.chdir(project)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            cli.main(args=["lint", "--format", "json", "-j", str(jobs)], prog_name="factlint", standalone_mode=False)
    finally:
        os.chdir(here)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--cycles", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        corpus = project / "corpus"
        shutil.copytree(args.corpus, corpus, ignore=shutil.ignore_patterns("manifest.json"))
        (project / "factlint.yaml").write_text("corpus: [corpus/]\n", encoding="utf-8")
        files = sorted(corpus.glob("*.txt"))
        cache = project / ".factlint_cache"
        lint(project, args.jobs)
        fresh = folder_size(cache)
        print(f"{len(files)} articles; fresh cache {fresh / 1e6:.2f} MB")
        print("| cycle | cache MB | × fresh |")
        print("|---:|---:|---:|")
        worst = 1.0
        for cycle in range(1, args.cycles + 1):
            for f in files:
                with f.open("a", encoding="utf-8") as out:
                    out.write(f"편집 {cycle}: 이 문단은 벤치마크를 위해 덧붙였다.\n")
            lint(project, args.jobs)
            size = folder_size(cache)
            worst = max(worst, size / fresh)
            print(f"| {cycle} | {size / 1e6:.2f} | {size / fresh:.2f} |", flush=True)
        shutil.rmtree(cache)
        lint(project, args.jobs)
        refreshed = folder_size(cache)
        print(f"largest: {worst:.2f}× fresh; a fresh cache of the final corpus: {refreshed / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
