"""The Python API: ``factlint.lint`` and ``factlint.load_rules`` (documented in docs/api.md).

The same run as ``factlint lint``, without printing or exiting: configuration found as the command
line finds it, the built-in rule pack extended by the configuration's and the given rule files,
findings filtered by ``select``/``ignore``. Nothing is written (no cache unless asked, no fixes).
Problems with what was given (a broken configuration or rule file, an unknown rule id) raise
``FactlintError``, whose ``problems`` holds one message per problem; an article that cannot be
read is in ``RunResult.problems`` and the other articles are still checked.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Sequence, Union

from . import engine
from .cli import cache_folder, discover_corpus, max_article_bytes, require_checks, resolve_rules, selection
from .config.project import ProjectConfig, find_config, load_config
from .config.rules import load_rules as _load_files
from .config.ruleset import RuleSet
from .errors import FactlintError
from .model import InputProblem, RunResult

PathLike = Union[str, "os.PathLike[str]"]


def _config(config: PathLike | None) -> ProjectConfig:
    if config is None:
        return load_config(find_config(Path.cwd()))
    path = Path(config)
    if not path.is_file():
        raise FactlintError(f"{os.fspath(config)}: no such config file")
    return load_config(path)


def load_rules(paths: Sequence[PathLike] = (), *, default_rules: bool = True) -> RuleSet:
    """The rule set a run would use: the built-in pack (unless ``default_rules`` is False), then
    ``paths`` (rule files or folders). Raises ``FactlintError`` listing every problem at once."""
    return _load_files(resolve_rules([os.fspath(p) for p in paths], ProjectConfig(), default_rules))


def lint(
    paths: Sequence[PathLike] = (),
    *,
    config: PathLike | None = None,
    rules: Sequence[PathLike] | RuleSet | None = None,
    default_rules: bool | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    jobs: int = 1,
    cache: bool = False,
) -> RunResult:
    """Lint ``paths`` (files or folders; none: the configured corpus, else the current folder).

    ``config``: a ``factlint.yaml`` or ``pyproject.toml``; None finds one upward from the current
    folder, as the command line does. ``rules``: rule files or folders added to the built-in pack
    and the configuration's rules, or a ``RuleSet`` (from ``load_rules``) used as it is.
    ``default_rules=False`` drops the built-in pack. ``select``/``ignore``: rule ids or kinds.
    ``cache=True`` uses the project's cache folder. Returns the ``RunResult``: ``findings`` (sorted
    ``Finding`` objects), ``documents``, ``problems`` (files that could not be read) and
    ``exit_code(fail_on)``.
    """
    project = _config(config)
    if isinstance(rules, RuleSet):
        ruleset = require_checks(rules, list(rules.files))
    else:
        files = resolve_rules([os.fspath(p) for p in rules or ()], project, default_rules)
        ruleset = require_checks(_load_files(files), files)
    wanted = selection(ruleset, tuple(select or project.select), project.extend_select, (*project.ignore_rules, *ignore))
    found = discover_corpus([os.fspath(p) for p in paths], project)
    store = engine.Store(cache_folder(project)) if cache and project.cache else None
    try:
        result = engine.run(found.articles, ruleset, jobs=jobs, store=store, ignores=project.ignore,
                            dates=project.dates, max_bytes=max_article_bytes(project))
    finally:
        if store is not None:
            store.close()
    refused = tuple(InputProblem(m, "no such file or directory") for m in found.missing) + found.problems
    return dataclasses.replace(result, findings=tuple(f for f in result.findings if wanted(f)),
                               problems=refused + result.problems)
