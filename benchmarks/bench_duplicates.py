"""Benchmark the ``duplicate`` check: speed, memory and recall against the generator's manifest.

    python benchmarks/bench_duplicates.py [--corpus DIR | --articles 10000 [--stock] [--syndicate N]] [--jobs 2]
        [--jscpd] [--datasketch]
    python benchmarks/bench_duplicates.py --sweep 1000,10000,30000 [--generators default,stock,stock+syndicate]
        [--corpora DIR]

Without ``--corpus`` it generates one with ``benchmarks/gen_corpus.py`` into a temporary folder.
It measures:

- ``factlint lint DIR --rules rules/duplicates.yaml --no-default-rules -j JOBS --no-cache --format json`` end to end,
  in a child process (wall time, peak memory of the largest process);
- the stages in this process: loading and per-article analysis (``engine.workers``), then
  the check alone (``duplicate.check``);
- recall per injected type and the findings that match no injected copy (false positives), from
  the JSON report, matched by line: a finding matches a manifest copy when its location and its
  related location cover the copy's and the source's lines (either way round: the check reports
  at the copy that is later in path order);
- with ``--jscpd``: jscpd 5 on the same folder (``jscpd`` on PATH, or ``--jscpd-bin``), scored the
  same way from its JSON report;
- with ``--datasketch``: datasketch's MinHash + MinHashLSH over the same paragraphs (128
  permutations, threshold 0.5), timed alone, as the reference implementation of MinHash-LSH.

``--sweep`` instead generates a corpus per generator (``default``, ``stock``: ``gen_corpus.py
--stock``, ``syndicate`` and ``stock+syndicate``: with ``--syndicate 10``) and size, lints each once
and prints recall (all copies, near copies, syndicated copies) and precision: the share of reported
pairs that match an injected copy (a syndicated copy may be related to any copy of its paragraph).

Prints a Markdown table (paste it into benchmarks/README.md) and, with ``--json FILE``, the figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable, Sequence

REPO = Path(__file__).resolve().parent.parent
RULES = REPO / "rules" / "duplicates.yaml"

# Runs a command and prints its peak RSS (KiB): a fresh process per measurement, so the figure is
# that command's and not the largest of everything this script ran before.
_MEASURE = """
import resource, subprocess, sys, time
t = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(time.perf_counter() - t, usage.ru_maxrss, usage.ru_utime + usage.ru_stime, code)
"""


def measure(cmd: Sequence[str]) -> tuple[float, float, float, int]:
    """Wall seconds, peak RSS in MB of the largest process, CPU seconds of all its processes, exit code."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, check=True)
    seconds, kib, cpu, code = out.stdout.split()
    return float(seconds), int(kib) / 1024, float(cpu), int(code)


def generate(out: Path, articles: int, stock: bool = False, syndicate: int = 0) -> None:
    spec = importlib.util.spec_from_file_location("gen_corpus", REPO / "benchmarks" / "gen_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    module.generate(out, articles, stock=stock, syndicate=syndicate)


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------

Pair = tuple[tuple[str, int, int], tuple[str, int, int]]  # (file, first line, last line) twice


def _covers(place: tuple[str, int, int], file: str, line: int) -> bool:
    return place[0] == file and place[1] <= line <= place[2]


def _partners(manifest: dict[str, Any]) -> dict[int, list[tuple[str, int]]]:
    """For each copy (by id), the places a finding may relate it to: its source, and for a syndicated
    copy also every other copy of its group (the check points each copy at one earlier copy)."""
    groups: dict[int, list[tuple[str, int]]] = {}
    for copy in manifest["copies"]:
        if copy["type"] == "syndicated":
            members = groups.setdefault(copy["group"], [(copy["source"]["file"], copy["source"]["line"])])
            members.append((copy["copy"]["file"], copy["copy"]["line"]))
    out = {}
    for copy in manifest["copies"]:
        here = (copy["copy"]["file"], copy["copy"]["line"])
        source = (copy["source"]["file"], copy["source"]["line"])
        if copy["type"] == "syndicated":
            out[copy["id"]] = [m for m in groups[copy["group"]] if m != here]
        else:
            out[copy["id"]] = [source]
    return out


def score(pairs: Sequence[Pair], manifest: dict[str, Any]) -> dict[str, Any]:
    """Recall per injected type, and precision: the share of reported pairs that match an injected copy."""
    by_file: dict[str, list[int]] = {}
    for i, (a, b) in enumerate(pairs):
        by_file.setdefault(a[0], []).append(i)
        by_file.setdefault(b[0], []).append(i)
    used = [False] * len(pairs)
    found: dict[str, list[int]] = {}
    partners = _partners(manifest)
    for copy in manifest["copies"]:
        dst = copy["copy"]
        hit = False
        for i in by_file.get(dst["file"], ()):
            a, b = pairs[i]
            for file, line in partners[copy["id"]]:
                if (_covers(a, dst["file"], dst["line"]) and _covers(b, file, line)) or (
                    _covers(b, dst["file"], dst["line"]) and _covers(a, file, line)
                ):
                    used[i] = hit = True
        found.setdefault(copy["type"], [0, 0])
        found[copy["type"]][0] += hit
        found[copy["type"]][1] += 1
    total_hit = sum(h for h, _ in found.values())
    total = sum(n for _, n in found.values())
    return {
        "recall": total_hit / total if total else 1.0,
        "found": total_hit,
        "copies": total,
        "by_type": {k: round(h / n, 4) for k, (h, n) in sorted(found.items())},
        "found_by_type": {k: [h, n] for k, (h, n) in sorted(found.items())},
        "reported": len(pairs),
        "unmatched": len(pairs) - sum(used),
        "precision": sum(used) / len(pairs) if pairs else 1.0,
        "unmatched_examples": [pairs[i] for i, u in enumerate(used) if not u][:5],
    }


def factlint_pairs(report: dict[str, Any]) -> list[Pair]:
    out: list[Pair] = []
    for f in report["findings"]:
        if f["kind"] != "duplicate":
            continue
        here = (Path(f["path"]).name, f["line"], f["end_line"])
        for r in f["related"]:
            out.append((here, (Path(r["path"]).name, r["line"], r["end_line"])))
    return out


def jscpd_pairs(report: dict[str, Any]) -> list[Pair]:
    return [
        (
            (Path(d["firstFile"]["name"]).name, d["firstFile"]["start"], d["firstFile"]["end"]),
            (Path(d["secondFile"]["name"]).name, d["secondFile"]["start"], d["secondFile"]["end"]),
        )
        for d in report["duplicates"]
    ]


# --------------------------------------------------------------------------------------------
# Runs
# --------------------------------------------------------------------------------------------


def run_factlint(corpus: Path, jobs: int, work: Path, repeat: int) -> dict[str, Any]:
    """The fastest of ``repeat`` runs (the machine may be shared: the minimum is the least disturbed)."""
    report = work / "factlint.json"
    cmd = [sys.executable, "-m", "factlint", "lint", str(corpus), "--rules", str(RULES), "--no-default-rules", "-j", str(jobs),
           "--no-cache", "--format", "json", "-o", str(report), "--fail-on", "never", "--color", "never"]
    runs = []
    for _ in range(repeat):
        seconds, peak, cpu, code = measure(cmd)
        if code != 0:
            raise SystemExit(f"factlint exited {code}: {' '.join(cmd)}")
        runs.append({"seconds": seconds, "peak_mb": peak, "cpu": cpu})
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "pairs": factlint_pairs(json.loads(report.read_text(encoding="utf-8")))}


def stages(corpus: Path, jobs: int, repeat: int) -> dict[str, float]:
    """Time loading + per-article analysis and the check alone, in this process (fastest of ``repeat``)."""
    runs = [_stages(corpus, jobs) for _ in range(repeat)]
    return {key: min(r[key] for r in runs) for key in runs[0]}


def _stages(corpus: Path, jobs: int) -> dict[str, float]:
    from factlint.checks import CHECKS
    from factlint.checks.base import Focus
    from factlint.config.rules import load_rules
    from factlint.engine import rule_corpus, workers
    from factlint.loader import discover

    ruleset = load_rules([str(RULES)])
    rule = ruleset.rules[0]
    t0 = time.perf_counter()
    paths = discover([str(corpus)]).articles
    done = list(workers.run([workers.Task(p, None, None, (rule.id,)) for p in paths], ruleset, jobs, encode=False))
    t1 = time.perf_counter()
    view = rule_corpus(paths, {d.path: d.summaries[rule.id] for d in done}, ruleset, rule)
    findings = list(CHECKS["duplicate"].check(view, rule, Focus()))
    t2 = time.perf_counter()
    return {"analyse_seconds": t1 - t0, "check_seconds": t2 - t1, "findings": len(findings)}


def run_jscpd(binary: str, corpus: Path, work: Path, args: Sequence[str]) -> dict[str, Any]:
    out = work / "jscpd"
    cmd = [binary, str(corpus), *args, "--reporters", "json", "--output", str(out), "--silent"]
    seconds, peak, cpu, _ = measure(cmd)
    report = json.loads((out / "jscpd-report.json").read_text(encoding="utf-8"))
    return {"seconds": seconds, "peak_mb": peak, "cpu": cpu, "pairs": jscpd_pairs(report), "args": " ".join(args)}


def run_datasketch(corpus: Path, min_length: int = 40) -> dict[str, Any]:
    """MinHash (128 permutations) of every paragraph's character 5-grams, then MinHashLSH queries."""
    from datasketch import MinHash, MinHashLSH

    from factlint.checks.duplicate import normalise

    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    signatures = []
    for path in sorted(corpus.glob("*.txt")):
        for i, line in enumerate(path.read_text(encoding="utf-8").split("\n")):
            text = normalise(line)
            if len(text) < min_length:
                continue
            m = MinHash(num_perm=128)
            m.update_batch([text[j : j + 5].encode("utf-8") for j in range(len(text) - 4)])
            key = f"{path.name}:{i}"
            lsh.insert(key, m)
            signatures.append((key, m))
    pairs = sum(len(lsh.query(m)) - 1 for _, m in signatures) // 2
    return {"seconds": time.perf_counter() - t0, "paragraphs": len(signatures), "pairs": pairs}


GENERATORS: dict[str, dict[str, Any]] = {
    "default": {},
    "stock": {"stock": True},
    "syndicate": {"syndicate": 10},
    "stock+syndicate": {"stock": True, "syndicate": 10},
}


def sweep(sizes: Sequence[int], generators: Sequence[str], jobs: int, folder: Path) -> list[dict[str, Any]]:
    """Recall and precision of one ``factlint lint`` per generator and size (corpora kept in ``folder``)."""
    results = []
    for name in generators:
        for articles in sizes:
            corpus = folder / f"{name}-{articles}"
            if not (corpus / "manifest.json").exists():
                generate(corpus, articles, **GENERATORS[name])
            manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
            lint = run_factlint(corpus, jobs, folder, 1)
            result = score(lint["pairs"], manifest)
            results.append({"generator": name, "articles": articles, "seconds": round(lint["seconds"], 2), **result})
    return results


def sweep_table(results: Sequence[dict[str, Any]]) -> str:
    def share(result: dict[str, Any], kind: str) -> str:
        hit, total = result["found_by_type"].get(kind, (0, 0))
        return f"{hit / total:.4f} ({hit}/{total})" if total else "—"

    lines = [
        "| corpus | articles | injected copies | recall | near recall | syndicated recall | precision | findings | wall time |",
        "| --- | ---: | ---: | --- | --- | --- | --- | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r['generator']} | {r['articles']:,} | {r['copies']:,} | {r['recall']:.4f} ({r['found']}/{r['copies']}) | "
            f"{share(r, 'near')} | {share(r, 'syndicated')} | {r['precision']:.4f} ({r['reported'] - r['unmatched']}/{r['reported']}) | "
            f"{r['reported']:,} | {r['seconds']:.1f} s |"
        )
    return "\n".join(lines)


def rows(name: str, run: dict[str, Any], megabytes: float, articles: int, result: dict[str, Any]) -> str:
    seconds = run["seconds"]
    return (
        f"| {name} | {seconds:.2f} s | {run['cpu']:.2f} s | {megabytes / seconds:.1f} | {articles / seconds:,.0f} | "
        f"{run['peak_mb']:.0f} MB | "
        f"{result['recall']:.4f} ({result['found']}/{result['copies']}) | {result['unmatched']} |"
    )


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder made by gen_corpus.py (default: generate one)")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--jscpd", action="store_true", help="also run jscpd 5")
    parser.add_argument("--jscpd-bin", default=shutil.which("jscpd") or "jscpd")
    parser.add_argument("--jscpd-args", default="--min-lines 1 --min-tokens 30 --format txt",
                        help="jscpd options (default: as small as useful, so it can match single paragraphs)")
    parser.add_argument("--datasketch", action="store_true", help="also time datasketch MinHash-LSH")
    parser.add_argument("--repeat", type=int, default=3, help="runs of factlint to take the fastest of")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--stock", action="store_true", help="generate a --stock corpus (without --corpus)")
    parser.add_argument("--syndicate", type=int, default=0, help="generate with --syndicate N (without --corpus)")
    parser.add_argument("--sweep", help="instead: recall and precision at these sizes, e.g. 1000,10000,30000")
    parser.add_argument("--generators", default="default,stock,stock+syndicate",
                        help=f"for --sweep, among {', '.join(GENERATORS)}")
    parser.add_argument("--corpora", type=Path, help="for --sweep: keep (and reuse) the generated corpora here")
    args = parser.parse_args(list(argv) if argv is not None else None)

    if args.sweep:
        sizes = [int(x) for x in args.sweep.split(",")]
        generators = args.generators.split(",")
        with tempfile.TemporaryDirectory() as tmp:
            folder = args.corpora or Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            results = sweep(sizes, generators, args.jobs, folder)
        print(f"factlint lint -j {args.jobs}, one run each, {os.cpu_count()} CPUs\n")
        print(sweep_table(results) + "\n")
        for r in results:
            print(f"{r['generator']} {r['articles']}: recall by type {r['by_type']}")
            if r["unmatched_examples"]:
                print("   unmatched examples:", r["unmatched_examples"])
        if args.json:
            args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=list) + "\n", encoding="utf-8")
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = args.corpus
        if corpus is None:
            corpus = work / "corpus"
            generate(corpus, args.articles, args.stock, args.syndicate)
        manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
        megabytes = manifest["bytes"] / 1e6
        articles = manifest["articles"]
        figures: dict[str, Any] = {"articles": articles, "megabytes": round(megabytes, 1), "cpus": os.cpu_count()}

        table = [
            "| tool | wall time | CPU time | MB/s | articles/s | peak memory | recall | unmatched findings |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for jobs in sorted({1, args.jobs}):
            lint = run_factlint(corpus, jobs, work, args.repeat)
            lint_score = score(lint["pairs"], manifest)
            figures[f"factlint_j{jobs}"] = {"seconds": round(lint["seconds"], 2), "cpu": round(lint["cpu"], 2),
                                           "peak_mb": round(lint["peak_mb"]), **lint_score}
            table.append(rows(f"factlint lint -j {jobs} (end to end)", lint, megabytes, articles, lint_score))
        figures["factlint"] = figures[f"factlint_j{args.jobs}"]
        for jobs in sorted({1, args.jobs}):
            figures[f"stages_j{jobs}"] = {k: round(v, 2) for k, v in stages(corpus, jobs, args.repeat).items()}
        if args.jscpd:
            jscpd = run_jscpd(args.jscpd_bin, corpus, work, args.jscpd_args.split())
            jscpd_score = score(jscpd["pairs"], manifest)
            figures["jscpd"] = {"seconds": round(jscpd["seconds"], 2), "cpu": round(jscpd["cpu"], 2), "peak_mb": round(jscpd["peak_mb"]),
                                "args": jscpd["args"], **jscpd_score}
            table.append(rows(f"jscpd 5 `{jscpd['args']}`", jscpd, megabytes, articles, jscpd_score))
        if args.datasketch:
            figures["datasketch"] = {k: round(v, 2) if isinstance(v, float) else v for k, v in run_datasketch(corpus).items()}

    print(f"{articles} articles, {megabytes:.1f} MB, {figures['factlint']['copies']} injected copies, {os.cpu_count()} CPUs\n")
    print("\n".join(table) + "\n")
    for jobs in sorted({1, args.jobs}):
        st = figures[f"stages_j{jobs}"]
        print(f"stages (in process, -j {jobs}): load + analyse {st['analyse_seconds']:.2f} s, check alone {st['check_seconds']:.2f} s")
    print("factlint recall by type:", figures["factlint"]["by_type"])
    if figures["factlint"]["unmatched_examples"]:
        print("factlint unmatched examples:", figures["factlint"]["unmatched_examples"])
    if "jscpd" in figures:
        print("jscpd recall by type:", figures["jscpd"]["by_type"])
    if "datasketch" in figures:
        d = figures["datasketch"]
        print(f"datasketch MinHash-LSH: {d['seconds']:.1f} s for {d['paragraphs']} paragraphs ({d['pairs']} candidate pairs)")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1, default=list) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
