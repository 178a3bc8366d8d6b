"""Command line: the only place that prints to the terminal and exits.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage, configuration or input error; 3 internal error (a bug in factlint).
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import gc
import inspect
import io
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

import click
from tqdm import tqdm

from . import __version__, baseline as baseline_mod, engine, segment
from .checks import CHECKS
from .claims_table import render as render_claims, rows as claim_rows
from .config.project import MAX_JOBS, ProjectConfig, find_config, load_config
from .config.rules import default_pack, load_rules, rule_place
from .config.ruleset import RuleSet
from .config.schema import schema_text
from .engine import rulesets
from .display import escape, escape_lines, json_text, plain_data, undecodable, unsurrogate
from .errors import FactlintError
from .exclude import Exclusion
from .fix import Skipped as NotFixed, fix_result, render_changes, render_diff
from .loader import ARTICLE_SUFFIXES, MAX_ARTICLE_MB, Discovery, discover, load
from .model import Document, Finding, FrozenDict, InputProblem, Location, RunResult, Span
from .quantities import extract_blocks, to_json
from .reporters import REPORTERS
from .reporters import explain as explain_report
from .reporters.base import ReportOptions, rule_url
from .ruletest import run_all_examples

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
# stdout's reader went away (`factlint quantities FILE | head`): the status a shell reports for a
# Unix tool killed by SIGPIPE (128 + 13). Not 0, so `set -o pipefail` never passes a gate on it;
# not 3, because it is not a bug.
EXIT_CLOSED_PIPE = 141
FORMATS = tuple(REPORTERS)
BINARY_FORMATS = frozenset(n for n, r in REPORTERS.items() if getattr(r, "BINARY", False))


def _guard(body: Callable[[], int]) -> None:
    """Run a command body and exit with its code; user errors → 2, bugs → 3 (never a bare traceback).

    Every problem is one line of stderr, escaped: a rule-file key holding a newline cannot start a
    line of its own (``::error::…`` would be a GitHub Actions workflow command).
    """
    try:
        code = body()
    except FactlintError as exc:
        click.echo("factlint: error: " + "\n".join(escape(p) for p in exc.problems), err=True)
        code = exc.exit_code
    except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
        raise
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = _pipe_closed()
    except Exception:  # noqa: BLE001 - the one place bugs are turned into exit code 3
        click.echo("factlint: internal error (this is a bug in factlint, please report it):", err=True)
        click.echo(escape_lines(traceback.format_exc()), err=True)
        code = EXIT_INTERNAL
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = _pipe_closed()
    raise click.exceptions.Exit(code)


def _pipe_closed() -> int:
    """End quietly on a closed pipe, as Unix tools do: point stdout and stderr at /dev/null so
    that nothing (not the interpreter's last flush either) writes to the closed pipe again."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)
    return EXIT_CLOSED_PIPE


def _project(config_path: str | None) -> ProjectConfig:
    if config_path:
        path = Path(config_path)
        if not path.is_file():
            raise FactlintError(f"{config_path}: no such config file")
        return load_config(path)
    return load_config(find_config(Path.cwd()))


def resolve_rules(given: Sequence[str], config: ProjectConfig, default_rules: bool | None = None) -> list[str]:
    """The built-in pack, then the configuration's rule files, then ``--rules``: they extend one
    another (ruff's ``extend-select``), so adding a file never turns the built-in checks off.
    ``--no-default-rules`` (or ``default_rules: false``) drops the built-in pack; a project rule
    with a built-in rule's id replaces it."""
    use_default = config.default_rules if default_rules is None else default_rules
    return [*(default_pack() if use_default else ()), *config.rules, *given]


def require_checks(ruleset: RuleSet, paths: Sequence[str]) -> RuleSet:
    """A run with nothing to check is an error, never a silent "0 errors"."""
    if ruleset.rules:
        return ruleset
    named = ", ".join(rule_place(p) for p in paths) or "no rule file"
    what = (f"the rule files ({named}) declare only vocabulary (entities, attributes, facts, rates)"
            if ruleset.files else f"no rule file was loaded ({named})")
    raise FactlintError(f"no check to run: {what} and no rule (`rules:` with a `kind`); "
                        "drop --no-default-rules / `default_rules: false` to use the built-in pack, or add rules")


def discover_corpus(given: Sequence[str], config: ProjectConfig) -> Discovery:
    """Paths from the command line, else the configured corpus (files, folders or globs), else the
    current directory: its articles, the files skipped on purpose, and those missing or refused."""
    if given:
        return discover(given, _exclusion(config), max_bytes=max_article_bytes(config))
    if config.corpus:
        return discover(config.corpus, _exclusion(config), globs=True, max_bytes=max_article_bytes(config))
    return discover(["."], _exclusion(config), max_bytes=max_article_bytes(config))


def _exclusion(config: ProjectConfig) -> Exclusion:
    """The configuration's ``exclude`` and the ``.gitignore`` beside it, read from its folder (else
    from the current folder)."""
    try:
        return Exclusion(config.exclude, config.root or os.getcwd(), gitignore=True)
    except FactlintError as exc:  # a pattern git would refuse: name the configuration that holds it
        raise FactlintError(*(f"{config.path}: {p}" if config.path and p.startswith("exclude:") else p
                              for p in exc.problems)) from None


def max_article_bytes(config: ProjectConfig) -> int:
    return int((config.max_article_mb or MAX_ARTICLE_MB) * 1024 * 1024)


def default_format(environ: Mapping[str, str]) -> str:
    """``github`` annotations inside GitHub Actions (which sets GITHUB_ACTIONS=true), else ``text``."""
    return "github" if environ.get("GITHUB_ACTIONS", "").lower() not in ("", "0", "false") else "text"


def changed_corpus(changed: Sequence[str], config: ProjectConfig) -> tuple[Discovery, frozenset[str], tuple[str, ...]]:
    """The configured corpus, the changed files that are in it as the corpus spells them
    (``./a.txt``, ``a.txt`` and its absolute path are the same file) and the changed files left
    out because they are not in it: pre-commit passes every staged text file, and a README.md or
    requirements.txt beside the corpus is not an article. Without a configured corpus, the
    corpus is the current folder.

    The changed articles come last in the corpus order, and the run is told which they are
    (``engine.run(changed=...)``): a check that blames the later of two copies (duplicate) or the
    later of two claims (contradiction) then blames the change, whatever the file names and the
    articles' dates — a new ``000_new.txt`` copying an old article is the copy, not the original.
    """
    found = discover_corpus((), config)
    wanted = {os.path.abspath(p): p for p in changed}
    names = {os.path.basename(p) for p in wanted}
    # Only an article with a changed file's name can be that file: 10,000 abspath calls cost 50 ms.
    focus = frozenset(p for p in found.articles if os.path.basename(p) in names and os.path.abspath(p) in wanted)
    inside = {os.path.abspath(p) for p in focus}
    outside = tuple(given for absolute, given in sorted(wanted.items()) if absolute not in inside and os.path.isfile(given))
    ordered = [p for p in found.articles if p not in focus] + [p for p in found.articles if p in focus]
    return Discovery(tuple(ordered), found.skipped, found.missing, found.problems), focus, outside


def _ruleset(rules: Sequence[str], config: ProjectConfig, store: engine.Store | None = None,
             default_rules: bool | None = None, checks: bool = False) -> RuleSet:
    """The rule set; with a store, validated once per version of the rule files. With ``checks``,
    a rule set with no rule to run is an error."""
    paths = resolve_rules(rules, config, default_rules)
    ruleset = rulesets.load(paths, store, load_rules)
    return require_checks(ruleset, paths) if checks else ruleset


def _store(config: ProjectConfig, use_cache: bool, cache_dir: str | None) -> engine.Store | None:
    """The cache of this project (``--cache-dir``, else ``cache_dir`` of the configuration), or None."""
    if not (use_cache and config.cache):
        return None
    max_bytes = None if config.cache_max_mb is None else int(config.cache_max_mb * 1024 * 1024)
    return engine.Store(cache_folder(config, cache_dir), max_bytes)


def cache_folder(config: ProjectConfig, given: str | None = None) -> str:
    """``--cache-dir``, else the configuration's ``cache_dir``, else ``.factlint_cache`` beside the
    configuration (as ruff keeps one cache at the project's root, wherever it runs from), else in
    the current folder."""
    if given or config.cache_dir:
        return given or config.cache_dir or engine.DEFAULT_DIR
    if config.root and os.path.abspath(config.root) != os.getcwd():
        try:
            return os.path.join(os.path.relpath(config.root), engine.DEFAULT_DIR)
        except ValueError:  # another drive on Windows
            return os.path.join(config.root, engine.DEFAULT_DIR)
    return engine.DEFAULT_DIR


def _warn_store(store: engine.Store | None) -> None:
    if store is not None and store.problem:
        _err(f"factlint: warning: {store.problem}")


def _out(line: str) -> None:
    """One line of stdout built from what articles, rule files and file names hold: escaped."""
    click.echo(escape(line))


def _err(line: str) -> None:
    """One line of stderr, escaped likewise."""
    click.echo(escape(line), err=True)


def _write(text: str, output: str | None, color: bool = False, binary: bool = False) -> None:
    """Write a report; ANSI styles survive only when colour was decided on (click strips them otherwise).

    A report file is UTF-8. On stdout, a machine-readable report (``binary``: JSON, SARIF, a diff)
    is UTF-8 bytes whatever the terminal's encoding, so ``> report.json`` is valid on a cp949
    console too; a report for people goes through the stream's encoding (``main`` makes it
    replace what it cannot encode). Undecodable bytes of file names are escaped either way.
    """
    text = unsurrogate(text)
    if output:
        _write_file(output, text.encode("utf-8"))
    elif binary:
        click.echo(text.encode("utf-8"), nl=False)
    else:
        click.echo(text, nl=False, color=color)


def _write_file(output: str, data: bytes) -> None:
    """Write ``output``, never through a symbolic link: a committed ``factlint.sarif -> ~/.bashrc``
    must not let a CI run overwrite a file outside the repository. Only the last component is
    checked (O_NOFOLLOW), so a linked folder on the way is fine."""
    refused = (f"{output}: is a symbolic link; factlint does not write a report through a link "
               "(remove the link, name its target, or redirect stdout)")
    if os.path.islink(output):
        raise FactlintError(refused)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(output, flags, 0o666)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # made a link since the check above
            raise FactlintError(refused) from None
        raise FactlintError(f"{output}: cannot write report: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
    except OSError as exc:
        raise FactlintError(f"{output}: cannot write report: {exc.strerror or exc}") from None


def _use_color(output: str | None, color: str) -> bool:
    if color != "auto":
        return color == "always"
    if output or "NO_COLOR" in os.environ:
        return False
    return sys.stdout.isatty()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factlint")
def cli() -> None:
    """Lint prose for facts: contradictions, conversions, arithmetic, duplicates and terms."""


@dataclasses.dataclass(frozen=True)
class LintArgs:
    """What ``factlint lint`` was asked, as one record (its flags grow; its functions do not)."""

    paths: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    config_path: str | None = None
    fmt: str | None = None
    output: str | None = None
    fail_on: str | None = None
    jobs: int | None = None
    color: str = "auto"
    verbose: bool = False
    baseline_path: str | None = None
    use_cache: bool = True
    cache_dir: str | None = None
    changed: bool = False
    fix: bool = False
    diff: bool = False
    explain: bool = False
    default_rules: bool | None = None
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    statistics: bool = False
    quiet: bool = False
    source: bool = True
    exit_zero: bool = False
    stdin_filename: str | None = None


def _names(values: Sequence[str]) -> tuple[str, ...]:
    """``--select a,b --select c`` → (a, b, c), as ruff reads its lists."""
    return tuple(n.strip() for v in values for n in v.split(",") if n.strip())


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--rules", "rules", multiple=True, type=click.Path(), help="Rule file or folder, added to the built-in pack (repeatable).")
@click.option("--no-default-rules", is_flag=True, help="Do not load the built-in rule pack (only --rules and the configuration's rules).")
@click.option("--config", "config_path", type=click.Path(), help="Config file (default: factlint.yaml or pyproject.toml [tool.factlint], searched upward).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Report format (default: text; github when GITHUB_ACTIONS is set).")
@click.option("--output", "-o", type=click.Path(), help="Write the report to FILE instead of stdout.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), help="Lowest severity that fails the run (default: error).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (input and usage errors still exit 2).")
@click.option("--select", multiple=True, help="Report only these rule ids or kinds (comma-separated, repeatable).")
@click.option("--extend-select", multiple=True, help="Add rule ids or kinds to the selection.")
@click.option("--ignore", "ignore_", multiple=True, help="Do not report these rule ids or kinds.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option("--quiet", "-q", is_flag=True, help="Text output: the findings only, no summary line or notes.")
@click.option("--no-source", is_flag=True, help="Text output: no source line under each finding.")
@click.option("--stdin-filename", help="With `-` as the path: the name the article read from stdin is reported under.")
@click.option("--jobs", "-j", type=click.IntRange(min=1, max=MAX_JOBS), help=f"Worker processes, at most {MAX_JOBS} (default: all cores for large corpora).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--verbose", "-v", is_flag=True, help="Also list skipped files.")
@click.option("--baseline", "baseline_path", type=click.Path(), help="Report only findings not in this baseline file.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the cache.")
@click.option("--cache-dir", type=click.Path(), help="Cache folder (default: cache_dir of the configuration, else .factlint_cache).")
@click.option("--changed", is_flag=True, help="PATHS are changed files (pre-commit): lint the configured corpus, report only findings in or related to them.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes findings carry (files rewritten atomically); report the rest.")
@click.option("--diff", is_flag=True, help="Show the fixes --fix would apply as a unified diff; write nothing (exit 1 if any).")
@click.option("--explain", is_flag=True, help="Also show every conversion and arithmetic statement with its recomputation and verdict.")
def lint(paths: tuple[str, ...], rules: tuple[str, ...], no_default_rules: bool, config_path: str | None, fmt: str | None,
         output: str | None, fail_on: str | None, exit_zero: bool, select: tuple[str, ...], extend_select: tuple[str, ...],
         ignore_: tuple[str, ...], statistics: bool, quiet: bool, no_source: bool, stdin_filename: str | None, jobs: int | None, color: str,
         verbose: bool, baseline_path: str | None, no_cache: bool, cache_dir: str | None, changed: bool, fix: bool,
         diff: bool, explain: bool) -> None:
    """Lint articles (files or folders, `-` for stdin; default: the configured corpus)."""
    args = LintArgs(
        paths=paths, rules=rules, config_path=config_path, fmt=fmt, output=output, fail_on=fail_on, jobs=jobs, color=color,
        verbose=verbose, baseline_path=baseline_path, use_cache=not no_cache, cache_dir=cache_dir, changed=changed, fix=fix,
        diff=diff, explain=explain, default_rules=False if no_default_rules else None, select=_names(select),
        extend_select=_names(extend_select), ignore=_names(ignore_), statistics=statistics, quiet=quiet, exit_zero=exit_zero,
        source=not no_source,
        stdin_filename=stdin_filename,
    )
    _guard(lambda: _lint(args))


STDIN = "-"


def _lint(args: LintArgs) -> int:
    if STDIN in args.paths or args.stdin_filename:
        return _lint_stdin(args)
    config = _project(args.config_path)
    store = _store(config, args.use_cache, args.cache_dir)
    try:
        return _lint_with(args, config, store)
    finally:
        if store is not None:
            store.close()
            _warn_store(store)


def _lint_stdin(args: LintArgs) -> int:
    """``factlint lint -``: the article on stdin, reported as ``--stdin-filename`` (default ``-``),
    whose suffix also says how to read it (``.md`` is Markdown; otherwise one paragraph a line).
    The text goes to a private temporary file that the run reads like any article; reports never
    show that file's name. Never cached (the text has no file to stamp), never fixed in place."""
    if args.paths.count(STDIN) != 1:
        raise FactlintError("--stdin-filename names the article read from stdin: give `-` once among the paths")
    if args.changed or args.fix:
        raise FactlintError("`-` (stdin) cannot be combined with --changed or --fix (there is no file to change)")
    shown = args.stdin_filename or STDIN
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
    suffix = os.path.splitext(shown)[1] if shown.lower().endswith(ARTICLE_SUFFIXES) else ".txt"
    with tempfile.TemporaryDirectory(prefix="factlint-stdin-") as folder:
        temporary = os.path.join(folder, "stdin" + suffix)
        with open(temporary, "wb") as out:
            out.write(data)
        paths = tuple(temporary if p == STDIN else p for p in args.paths if p == STDIN or p != shown)
        config = _project(args.config_path)
        return _lint_with(dataclasses.replace(args, paths=paths, use_cache=False), config, None,
                          rename=(temporary, shown))


def _renamed(result: RunResult, old: str, new: str) -> RunResult:
    """The result with every mention of the path ``old`` (findings, related places, documents,
    problems, statements) as ``new``."""
    def loc(x: Location) -> Location:
        return dataclasses.replace(x, path=new) if x.path == old else x

    findings = tuple(dataclasses.replace(f, location=loc(f.location), related=tuple(loc(r) for r in f.related))
                     for f in result.findings)
    documents = {new if k == old else k: dataclasses.replace(d, path=new) if k == old else d for k, d in result.documents.items()}
    problems = tuple(dataclasses.replace(p, path=new) if p.path == old else p for p in result.problems)
    statements = tuple(dataclasses.replace(x, path=new) if x.path == old else x for x in result.statements)
    findings = tuple(sorted(findings, key=Finding.sort_key))
    return dataclasses.replace(result, findings=findings, documents=FrozenDict(documents), problems=problems,
                               statements=statements)


def _lint_with(args: LintArgs, config: ProjectConfig, store: engine.Store | None,
               rename: tuple[str, str] | None = None) -> int:
    ruleset = _ruleset(args.rules, config, store, args.default_rules, checks=True)
    wanted = selection(ruleset, args.select or config.select, (*config.extend_select, *args.extend_select),
                       (*config.ignore_rules, *args.ignore))
    focus: frozenset[str] | None = None
    if args.changed:
        found, focus, outside = changed_corpus(args.paths, config)
        if outside and not args.quiet:
            shown = ", ".join(outside[:5]) + (f" and {len(outside) - 5} more" if len(outside) > 5 else "")
            _err(f"factlint: note: {len(outside)} changed file{'s' if len(outside) != 1 else ''} outside the corpus "
                 f"not linted: {shown}")
    else:
        found = discover_corpus(args.paths, config)
    _note_undecodable(found)
    if not found.articles and not found.missing and not found.problems:
        _err("factlint: warning: no .txt or .md articles found")
    accepted = baseline_mod.load(args.baseline_path) if args.baseline_path else None
    result = _run(found.articles, ruleset, config, args.jobs, store, explain=args.explain, focus=focus)
    result = dataclasses.replace(result, findings=tuple(f for f in result.findings if wanted(f)))
    if rename is not None:
        result = _renamed(result, *rename)
    if accepted is not None:
        result = dataclasses.replace(result, findings=tuple(baseline_mod.filter_new(result.findings, result.documents, accepted)))
    refused = _refused(found)
    if refused:
        result = dataclasses.replace(result, problems=refused + result.problems)
    not_fixed: tuple[NotFixed, ...] = ()
    output = args.output
    if args.fix or args.diff:
        result, fixes, not_fixed = fix_result(result, write_files=args.fix and not args.diff)
        if args.diff:
            patch = render_diff(fixes)
            # A patch is the files' own bytes; shown on a terminal, their control characters are escaped.
            _write(escape_lines(patch) if not output and sys.stdout.isatty() else patch, output, binary=True)
            for skipped in not_fixed:
                _err(f"{skipped.path}: not fixed: {skipped.reason}")
            return EXIT_USAGE if not_fixed else EXIT_FINDINGS if fixes else EXIT_OK
        click.echo(render_changes(fixes, not_fixed), err=True, nl=False)
    fmt = args.fmt or config.format or default_format(os.environ)
    options = ReportOptions(color=_use_color(output, args.color), verbose=args.verbose, skipped=found.skipped,
                            rules=ruleset.rules, quiet=args.quiet, source=args.source)
    if args.statistics:
        _write(render_statistics(result), output)
    else:
        _write(REPORTERS[fmt].render(result, options), output, options.color, binary=fmt in BINARY_FORMATS)
    if args.explain:
        # After a text report on stdout; beside a machine-readable one (or a report file), on stderr.
        click.echo(explain_report.render(result), nl=False, err=fmt != "text" or bool(output))
    for error in result.internal_errors:
        click.echo(escape_lines(f"factlint: internal error (a bug, please report it): {error}"), err=True)
    code = result.exit_code(args.fail_on or config.fail_on or "error")
    if args.exit_zero and code == EXIT_FINDINGS:
        code = EXIT_OK
    # A fix asked for and not made (read-only file, edited meanwhile, folder not writable) is an
    # input problem: the run went on, but it did not do what it was told.
    return max(code, EXIT_USAGE) if not_fixed and code != EXIT_INTERNAL else code


META_RULES = ("invalid-suppression", "unused-suppression")


def selection(ruleset: RuleSet, select: Sequence[str], extend: Sequence[str], ignore: Sequence[str]) -> Callable[[Finding], bool]:
    """Which findings a run reports, by rule id or kind (ruff's ``--select``/``--extend-select``/
    ``--ignore``): an empty ``select`` selects everything; ``ignore`` wins over ``select``. Every
    rule still runs (so a suppression naming an unselected rule is not "unknown"); a name that is
    neither a loaded rule id nor a kind is an error, and so is a selection that leaves nothing."""
    known = {r.id for r in ruleset.rules} | set(CHECKS) | set(META_RULES) | {"suppression"}
    unknown = sorted({n for n in (*select, *extend, *ignore) if n not in known})
    if unknown:
        raise FactlintError(
            f"unknown rule id or kind: {', '.join(unknown)} (kinds: {', '.join(CHECKS)}; "
            "`factlint rules check` lists the rule ids)")
    chosen = set(select) | set(extend) if select else None
    dropped = set(ignore)

    def wanted(f: Finding) -> bool:
        names = {f.rule, f.kind}
        return not names & dropped and (chosen is None or bool(names & chosen))

    if not any(wanted(Finding(r.id, r.kind, r.severity, "", Location("", Span(0, 0)))) for r in ruleset.rules):
        raise FactlintError("no check to run: the selection (--select/--ignore) leaves no rule of the loaded rule files")
    return wanted


def render_statistics(result: RunResult) -> str:
    """``--statistics``: findings per rule, most first (ruff's layout: count, rule, kind)."""
    counts: dict[tuple[str, str], int] = {}
    for f in result.findings:
        counts[(f.rule, f.kind)] = counts.get((f.rule, f.kind), 0) + 1
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    lines = [f"{n:>{width}}\t{escape(rule)}\t[{kind}]" for (rule, kind), n in rows]
    return "".join(line + "\n" for line in lines)


def _refused(found: Discovery) -> tuple[InputProblem, ...]:
    """Paths that do not exist and files that cannot be articles (special, too large), as input problems."""
    return tuple(InputProblem(m, "no such file or directory") for m in found.missing) + found.problems


def _note_undecodable(found: Discovery) -> None:
    """Say so when file names are shown with escapes: a name that is not UTF-8 (a CP949 name on
    Linux) appears in every report with each undecodable byte as ``\\xNN``."""
    paths = (*found.articles, *(s.path for s in found.skipped), *found.missing, *(p.path for p in found.problems))
    count = sum(1 for p in paths if undecodable(p))
    if count:
        _err(f"factlint: note: {count} file name{'s are' if count != 1 else ' is'} not valid UTF-8; "
             "reports show each undecodable byte as \\xNN (SARIF URIs percent-encode the bytes)")


def _run(articles: Sequence[str], ruleset: RuleSet, config: ProjectConfig, jobs: int | None, store: engine.Store | None,
         explain: bool = False, focus: frozenset[str] | None = None) -> RunResult:
    workers = jobs or config.jobs or (os.cpu_count() or 1 if len(articles) >= 200 else 1)
    with _progress(len(articles)) as bar, _gc_paused():
        return engine.run(articles, ruleset, jobs=workers, progress=bar.update if bar else None, store=store,
                          ignores=config.ignore, dates=config.dates, explain=explain, focus=focus,
                          max_bytes=max_article_bytes(config), changed=focus or frozenset())


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during a run (workers forked meanwhile inherit this).

    A run builds millions of objects that all live to its end (documents, analyses, claims) and
    makes almost no cycles, so each collection re-walks a growing heap for nothing: on the
    10,000-article benchmark the collector took 0.6 of 3.2 s (benchmarks/README.md).
    Reference counting still frees everything else. Afterwards the run's objects are moved to
    the oldest generation (freeze, then unfreeze) so the next young collection does not walk
    them all at once; what cycles there are go with a later full collection.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


@cli.group()
def baseline() -> None:
    """Accept today's findings so that only new ones are reported."""


@baseline.command("create")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--rules", "rules", multiple=True, type=click.Path())
@click.option("--config", "config_path", type=click.Path())
@click.option("--output", "-o", type=click.Path(), default="factlint-baseline.json", show_default=True)
def baseline_create(paths: tuple[str, ...], rules: tuple[str, ...], config_path: str | None, output: str) -> None:
    """Write the current findings to a baseline file (use it with `lint --baseline FILE`)."""
    _guard(lambda: _baseline_create(paths, rules, config_path, output))


def _baseline_create(paths: Sequence[str], rules: Sequence[str], config_path: str | None, output: str) -> int:
    config = _project(config_path)
    store = _store(config, True, None)
    try:
        ruleset = _ruleset(rules, config, store, checks=True)
        found = discover_corpus(paths, config)
        _note_undecodable(found)
        result = _run(found.articles, ruleset, config, None, store)
    finally:
        if store is not None:
            store.close()
    problems = _refused(found) + result.problems
    if problems:
        for problem in problems:
            _err(f"{problem.path}: input error: {problem.message}")
        raise FactlintError("baseline not written: some files could not be read")
    _write(baseline_mod.dump(result.findings, result.documents), output)
    _err(f"baseline: {len(result.findings)} finding(s) written to {output}")
    return EXIT_OK


class _NoBar:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(total: int) -> Any:
    """A progress bar on stderr, only on a terminal and only once a run takes more than a moment."""
    if not sys.stderr.isatty() or total < 2:
        return _NoBar()
    return tqdm(total=total, unit="file", file=sys.stderr, delay=0.7, leave=False)


@cli.group()
def rules() -> None:
    """Validate and inspect rule files."""


@rules.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--config", "config_path", type=click.Path())
def rules_check(paths: tuple[str, ...], config_path: str | None) -> None:
    """Validate rule files and list what they define."""
    _guard(lambda: _rules_check(paths, config_path))


def _named_or_project_rules(paths: Sequence[str], config_path: str | None) -> RuleSet:
    """Files named on the command line alone (they are what is checked); without any, the rules a
    lint of this project loads (the built-in pack unless turned off, and the configuration's)."""
    if paths:
        return _ruleset(paths, ProjectConfig(), default_rules=False)
    return _ruleset((), _project(config_path))


def _rules_check(paths: Sequence[str], config_path: str | None) -> int:
    ruleset = _named_or_project_rules(paths, config_path)
    for path in ruleset.files:
        _out(f"{rule_place(path)}: ok")
    for rule in ruleset.rules:
        _out(f"  rule {rule.id}: {rule.kind}, {rule.severity} — {rule.description}")
    click.echo(
        f"{len(ruleset.files)} file(s): {len(ruleset.rules)} rules, {len(ruleset.entities)} entities, "
        f"{len(ruleset.attributes)} attributes, {len(ruleset.facts)} facts, {len(ruleset.rates)} rates"
    )
    return EXIT_OK


@rules.command("test")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--config", "config_path", type=click.Path())
def rules_test(paths: tuple[str, ...], config_path: str | None) -> None:
    """Check every rule against its own examples (valid: no finding; invalid: a finding)."""
    _guard(lambda: _rules_test(paths, config_path))


def _rules_test(paths: Sequence[str], config_path: str | None) -> int:
    ruleset = _named_or_project_rules(paths, config_path)
    results = run_all_examples(ruleset)
    failed = [r for r in results if not r.passed]
    for r in failed:
        expected = "a finding" if r.label == "invalid" else "no finding"
        got = "; ".join(r.findings) if r.findings else "none"
        _out(f"FAIL {r.rule} {r.label}[{r.index}]: expected {expected}, got: {got}")
    untested = sorted(rule.id for rule in ruleset.rules if not rule.examples)
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed ({len(ruleset.rules) - len(untested)} rules with examples)")
    if untested:
        _out(f"rules without examples: {', '.join(untested)}")
    return EXIT_FINDINGS if failed else EXIT_OK


@rules.command("schema")
def rules_schema() -> None:
    """Print the JSON Schema of rule files."""

    def body() -> int:
        click.echo(schema_text(), nl=False)
        return EXIT_OK

    _guard(body)


@cli.command()
@click.argument("name")
@click.option("--rules", "rules", multiple=True, type=click.Path())
@click.option("--config", "config_path", type=click.Path())
def explain(name: str, rules: tuple[str, ...], config_path: str | None) -> None:
    """Print the documentation of a check kind or a rule id."""
    _guard(lambda: _explain(name, rules, config_path))


def _explain(name: str, rules: Sequence[str], config_path: str | None) -> int:
    if name in CHECKS:
        click.echo(f"kind: {name}\n")
        click.echo(inspect.cleandoc(CHECKS[name].manual))
        return EXIT_OK
    rule = _ruleset(rules, _project(config_path)).rule(name)
    if rule is None:
        raise FactlintError(f"'{name}' is neither a check kind ({', '.join(CHECKS)}) nor a rule id in the loaded rules")
    # Everything but the headings comes from a rule file: one escaped line each (a multi-line
    # example shows its line breaks as \n).
    _out(f"{rule.id} ({rule.kind}, {rule.severity})")
    click.echo()
    _out(rule.description)
    if rule.why:
        click.echo()
        _out(f"Why: {rule.why}")
    if rule.example:
        click.echo()
        _out(f"Example: {rule.example}")
    for label in ("invalid", "valid"):
        for text in rule.examples.get(label, ()):
            click.echo()
            _out(f"{label}: {text}")
    click.echo()
    _out(f"Defined in {rule.source.path}:{rule.source.line}")
    click.echo(f"Kind documentation: factlint explain {rule.kind} ({rule_url(rule.kind)})")
    return EXIT_OK


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def quantities(files: tuple[str, ...], fmt: str) -> None:
    """Show the quantities factlint reads in FILES (what the linter sees)."""
    _guard(lambda: _quantities(files, fmt))


def _quantities(files: Sequence[str], fmt: str) -> int:
    found = discover(files)
    _note_undecodable(found)
    rows: list[dict[str, Any]] = []
    failed = list(_refused(found))
    for path in found.articles:
        doc = load(path)
        if isinstance(doc, InputProblem):
            _err(f"{doc.path}: input error: {doc.message}")
            failed.append(doc)
            continue
        for q in extract_blocks(doc.text, segment.blocks(doc)):
            start, end = doc.position(q.span.start), doc.position(q.span.end)
            rows.append({"path": path, "line": start.line, "column": start.column, "end_column": end.column, **to_json(q)})
    for problem in _refused(found):
        _err(f"{problem.path}: input error: {problem.message}")
    if fmt == "json":
        _write(json_text(json.dumps({"quantities": plain_data(rows)}, ensure_ascii=False, indent=2)) + "\n", None, binary=True)
    else:
        for r in rows:
            unit = f" {r['unit']}" if r["unit"] else ""
            value = r["value"] if r["value"] is not None else f"[{r['low']}, {r['high']}]"
            _out(f"{r['path']}:{r['line']}:{r['column']}: {r['kind']} {value}{unit}  ← {r['text']}")
    return EXIT_USAGE if failed else EXIT_OK


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--rules", "rules", multiple=True, type=click.Path(), help="Rule file or folder (repeatable).")
@click.option("--config", "config_path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
@click.option("--coverage", is_flag=True, help="List the figures that look like claims but could not be bound, with the reason.")
def claims(paths: tuple[str, ...], rules: tuple[str, ...], config_path: str | None, fmt: str, coverage: bool) -> None:
    """Print the claim table (entity, attribute, value as written and normalised, qualifiers, place)."""
    _guard(lambda: _claims(paths, rules, config_path, fmt, coverage))


def _claims(paths: Sequence[str], rules: Sequence[str], config_path: str | None, fmt: str, coverage: bool) -> int:
    config = _project(config_path)
    ruleset = _ruleset(rules, config)
    found = discover_corpus(paths, config)
    _note_undecodable(found)
    documents = []
    for path in found.articles:
        doc = load(path, max_article_bytes(config))
        if isinstance(doc, Document):
            documents.append(doc)
        else:
            _err(f"{doc.path}: input error: {doc.message}")
    for problem in _refused(found):
        _err(f"{problem.path}: input error: {problem.message}")
    _write(render_claims(claim_rows(documents, ruleset, coverage), fmt, coverage), None, binary=fmt == "json")
    return EXIT_USAGE if _refused(found) or len(documents) < len(found.articles) else EXIT_OK


@cli.group()
def cache() -> None:
    """Inspect or delete the cache (.factlint_cache/ unless configured otherwise)."""


@cache.command("info")
@click.option("--config", "config_path", type=click.Path())
@click.option("--cache-dir", type=click.Path())
def cache_info(config_path: str | None, cache_dir: str | None) -> None:
    """Where the cache is, its size, what it holds and the corpus it belongs to."""
    _guard(lambda: _cache_info(config_path, cache_dir))


def _cache_info(config_path: str | None, cache_dir: str | None) -> int:
    config = _project(config_path)
    folder = Path(cache_folder(config, cache_dir))
    if not folder.is_dir() or folder.is_symlink():
        _out(f"{folder}: no cache")
        return EXIT_OK
    store = engine.Store(folder)
    try:
        info = store.info()
    finally:
        store.close()
    _warn_store(store)
    corpus = f"{info.corpus_files} file(s) under {info.corpus_root}" if info.corpus_root else "unknown"
    _out(f"{info.folder}: {info.bytes_on_disk / 1e6:.1f} MB on disk")
    _out(f"  summaries: {info.summaries} (for {info.scopes} rule configuration(s))")
    _out(f"  whole-run results: {info.results}")
    _out(f"  file stamps: {info.stamps}")
    _out(f"  corpus of the last run: {corpus}")
    _out(f"  last run: {info.last_run or 'never'}")
    return EXIT_OK


@cache.command("clean")
@click.option("--config", "config_path", type=click.Path())
@click.option("--cache-dir", type=click.Path())
def cache_clean(config_path: str | None, cache_dir: str | None) -> None:
    """Delete the cache; the next run analyses everything again."""
    _guard(lambda: _cache_clean(config_path, cache_dir))


def _cache_clean(config_path: str | None, cache_dir: str | None) -> int:
    config = _project(config_path)
    folder = Path(cache_folder(config, cache_dir))
    try:
        freed = engine.Store(folder).clean()
    except engine.Unusable as exc:
        raise FactlintError(str(exc)) from None
    _out(f"{folder}: removed ({freed / 1e6:.1f} MB)")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> None:
    _tolerant_streams()
    cli.main(args=list(argv) if argv is not None else None, prog_name="factlint")


def _tolerant_streams() -> None:
    """A character the console cannot encode is written as an escape (``\\u2212``), not a crash:
    Korean Windows consoles are cp949 (``PYTHONIOENCODING=cp949``), which has no emoji."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")
