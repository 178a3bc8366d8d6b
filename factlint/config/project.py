"""Project configuration: ``factlint.yaml`` or ``[tool.factlint]`` in ``pyproject.toml``.

Looked up in the current directory (where pre-commit and CI run); ``--config``
picks a file explicitly. Command-line flags win over it. Unknown keys are errors.
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import jsonschema

from ..errors import ConfigError
from ..model import FrozenDict
from .yamlload import YamlProblem, load_with_lines

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MAX_JOBS = 256
_PATHS = {"type": "array", "items": {"type": "string", "minLength": 1}}
CONFIG_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "corpus": {**_PATHS, "description": "Files, folders or globs that make up the corpus."},
        "rules": {**_PATHS, "description": "Rule files or folders (default: ./rules, else the built-in pack)."},
        "exclude": {**_PATHS, "description": "Globs of paths never linted."},
        "ignore": {
            "description": "Rule ids or kinds never reported: a list (everywhere), or per path {glob: [rule ids]}.",
            "oneOf": [
                {"type": "array", "items": {"type": "string", "minLength": 1}},
                {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
            ],
        },
        "default_rules": {"type": "boolean", "description": "Load the built-in rule pack under `rules` (default true)."},
        "select": {**_PATHS, "description": "Report only these rule ids or kinds (default: all)."},
        "extend_select": {**_PATHS, "description": "Rule ids or kinds added to `select`."},
        "fail_on": {"enum": ["error", "warning", "info", "never"]},
        "format": {"enum": ["text", "json", "jsonl", "sarif", "github", "gitlab", "junit"]},  # reporters.REPORTERS
        # At most MAX_JOBS: the worker pool starts every process at once, so a typo (jobs: 40000)
        # would fork thousands of processes before failing.
        "jobs": {"type": "integer", "minimum": 1, "maximum": MAX_JOBS},
        "cache": {"type": "boolean"},
        "cache_dir": {"type": "string", "minLength": 1, "description": "The cache folder (default .factlint_cache)."},
        "cache_max_mb": {"type": "number", "exclusiveMinimum": 0, "description": "Prune the cache past this size."},
        "max_article_mb": {
            "type": "number", "exclusiveMinimum": 0, "maximum": 1024,
            "description": "The largest article read, in MB (default 10); a larger file is an input error.",
        },
        "dates": {
            "type": "object",
            "description": "Per-path article dates for articles without a dateline: {glob: YYYY-MM-DD}.",
            "additionalProperties": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        },
    },
}


@dataclass(frozen=True)
class ProjectConfig:
    path: str | None = None
    root: str | None = None  # the folder of the configuration: exclude and .gitignore are read from it
    corpus: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    ignore: Mapping[str, tuple[str, ...]] = field(default_factory=FrozenDict)
    ignore_rules: tuple[str, ...] = ()
    default_rules: bool = True
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: str | None = None
    format: str | None = None
    jobs: int | None = None
    cache: bool = True
    cache_dir: str | None = None
    cache_max_mb: float | None = None
    max_article_mb: float | None = None
    dates: Mapping[str, str] = field(default_factory=FrozenDict)


def _non_finite(data: Any, where: str = "") -> list[tuple[str, float]]:
    """TOML, unlike YAML as we load it, has ``inf`` and ``nan``: the keys holding them."""
    if isinstance(data, float) and not math.isfinite(data):
        return [(where, data)]
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in _non_finite(value, f"{where}.{key}" if where else str(key))]
    if isinstance(data, list):
        return [found for i, value in enumerate(data) for found in _non_finite(value, f"{where}[{i}]")]
    return []


def _factlint_table(pyproject: dict[str, Any]) -> Any:
    """``[tool.factlint]`` of a parsed pyproject.toml, or None; ``tool = 1`` is no table at all."""
    tool = pyproject.get("tool")
    return tool.get("factlint") if isinstance(tool, dict) else None


def _has_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{pyproject}: cannot parse: {exc}") from None
    return _factlint_table(data) is not None


def find_config(cwd: Path) -> Path | None:
    """The nearest configuration, as ruff finds its own: ``factlint.yaml`` or ``pyproject.toml``
    with a ``[tool.factlint]`` table, in ``cwd`` or the closest folder above it, stopping at the
    repository's root (the folder holding ``.git``). Both in one folder is an error naming both:
    which one wins would be a guess."""
    for folder in (cwd, *cwd.parents):
        yaml_file = folder / "factlint.yaml"
        pyproject = folder / "pyproject.toml"
        has_yaml = yaml_file.is_file()
        has_table = pyproject.is_file() and _has_table(pyproject)
        if has_yaml and has_table:
            raise ConfigError(
                f"{_shown(yaml_file)} and {_shown(pyproject)} [tool.factlint] both configure factlint; "
                "keep one (or name it with --config)")
        if has_yaml or has_table:
            return yaml_file if has_yaml else pyproject
        if (folder / ".git").exists():
            return None
    return None


def _shown(path: Path) -> str:
    """A configuration's name as messages show it: relative to the current folder when under it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return rel if not rel.startswith(os.pardir) else rel if len(rel) < len(str(path)) else str(path)


def _rebase(paths: Any, folder: str) -> Any:
    """Paths of a configuration are relative to its folder; as the run uses them, relative to the
    current folder (``../seeds/`` for a configuration one folder up, ``.`` for the folder itself)."""
    if folder == os.getcwd():
        return paths
    out = []
    for p in paths:
        if os.path.isabs(p):
            out.append(p)
            continue
        try:
            rebased = os.path.relpath(os.path.join(folder, p))
        except ValueError:  # another drive on Windows
            rebased = os.path.join(folder, p)
        out.append(rebased + ("/" if p.endswith("/") and rebased != os.curdir else ""))
    return out


def load_config(path: Path | None) -> ProjectConfig:
    if path is None:
        return ProjectConfig()
    shown = str(path)
    lines: dict[Any, int] = {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{shown}: cannot read config: {exc}") from None
    if path.suffix == ".toml":
        try:
            data = _factlint_table(tomllib.loads(text)) or {}
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{shown}: cannot parse: {exc}") from None
        prefix = "[tool.factlint]"
    else:
        try:
            data, lines = load_with_lines(text)
        except YamlProblem as exc:
            raise ConfigError(f"{shown}:{exc.line}: {exc.message}") from None
        data = data or {}
        prefix = ""
    if not isinstance(data, dict):
        raise ConfigError(f"{shown}: the configuration must be a mapping of keys")
    problems = [f"{shown}: {prefix} {where}: {value} is not a finite number".replace("  ", " ") for where, value in _non_finite(data)]
    validator = jsonschema.Draft202012Validator(CONFIG_SCHEMA, format_checker=jsonschema.FormatChecker())
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        where = ".".join(str(p) for p in error.absolute_path)
        if error.validator == "additionalProperties":
            unknown = sorted(set(error.instance) - set(error.schema.get("properties", {})))
            for key in unknown:
                line = lines.get((key,))
                loc = f"{shown}:{line}" if line else shown
                problems.append(f"{loc}: {prefix}{'.' if prefix else ''}{key}: unknown key (allowed: {', '.join(sorted(CONFIG_SCHEMA['properties']))})")
            continue
        line = lines.get(tuple(error.absolute_path))
        loc = f"{shown}:{line}" if line else shown
        message = f"{error.instance!r} is not a real date (YYYY-MM-DD)" if error.validator == "format" else error.message
        problems.append(f"{loc}: {prefix} {where}: {message}".replace("  ", " "))
    if problems:
        raise ConfigError(*problems)
    folder = os.path.dirname(os.path.abspath(path))
    for key in ("corpus", "rules"):
        if key in data:
            data[key] = _rebase(data[key], folder)
    if "cache_dir" in data:
        data["cache_dir"] = _rebase([data["cache_dir"]], folder)[0]
    for key in ("dates", "ignore"):  # per-path globs, matched against paths as the run spells them
        if isinstance(data.get(key), dict):
            data[key] = dict(zip(_rebase(list(data[key]), folder), data[key].values()))
    ignores = data.get("ignore", {})
    return ProjectConfig(
        root=folder,
        path=shown,
        corpus=tuple(data.get("corpus", ())),
        rules=tuple(data.get("rules", ())),
        exclude=tuple(data.get("exclude", ())),
        ignore=FrozenDict({k: tuple(v) for k, v in ignores.items()} if isinstance(ignores, dict) else {}),
        ignore_rules=tuple(ignores) if isinstance(ignores, list) else (),
        default_rules=data.get("default_rules", True),
        select=tuple(data.get("select", ())),
        extend_select=tuple(data.get("extend_select", ())),
        fail_on=data.get("fail_on"),
        format=data.get("format"),
        jobs=data.get("jobs"),
        cache=data.get("cache", True),
        cache_dir=data.get("cache_dir"),
        cache_max_mb=data.get("cache_max_mb"),
        max_article_mb=data.get("max_article_mb"),
        dates=FrozenDict(dict(data.get("dates", {}))),
    )
