"""Which paths a run leaves out: the configuration's ``exclude`` and the project's ``.gitignore``,
both with git's pattern rules (``pathspec``'s GitIgnoreSpec: ``*`` stops at ``/``, ``**`` crosses
folders, a trailing ``/`` names a folder and everything in it, ``!`` re-includes), matched
against the path relative to the folder of the configuration (ruff's and git's reading).

Only the ``.gitignore`` at that folder is read, not those of subfolders or ``.git/info/exclude``.
"""

from __future__ import annotations

import os
from typing import Sequence

import pathspec

from .errors import ConfigError


class Exclusion:
    """``exclusion(path)`` is True for a path to leave out. Paths outside ``root`` are never
    excluded by it (they were named on purpose)."""

    def __init__(self, patterns: Sequence[str], root: str, gitignore: bool = False) -> None:
        self.root = os.path.abspath(root)
        self.patterns = tuple(patterns)
        # An absolute path (given as a pattern by a caller of `discover`) names that file or folder.
        self.absolute = tuple(os.path.normpath(p) for p in self.patterns if os.path.isabs(p))
        self.spec = _spec([p for p in self.patterns if not os.path.isabs(p)], "exclude")
        self.ignored = _gitignore(self.root) if gitignore else None

    def __bool__(self) -> bool:
        return bool(self.patterns) or self.ignored is not None

    def __call__(self, path: str) -> bool:
        absolute = os.path.abspath(path)
        if any(absolute == a or absolute.startswith(a.rstrip(os.sep) + os.sep) for a in self.absolute):
            return True
        try:
            rel = os.path.relpath(absolute, self.root)
        except ValueError:  # another drive on Windows
            return False
        if rel == os.curdir or rel.startswith(os.pardir + os.sep) or rel == os.pardir:
            return False
        posix = rel.replace(os.sep, "/")
        if os.path.isdir(absolute):
            posix += "/"
        return self.spec.match_file(posix) or (self.ignored is not None and self.ignored.match_file(posix))


def _spec(patterns: Sequence[str], where: str) -> pathspec.GitIgnoreSpec:
    try:
        return pathspec.GitIgnoreSpec.from_lines(patterns)
    except (ValueError, TypeError) as exc:  # pathspec raises GitWildMatchPatternError (a ValueError)
        raise ConfigError(f"{where}: {exc}") from None


def _gitignore(root: str) -> pathspec.GitIgnoreSpec | None:
    path = os.path.join(root, ".gitignore")
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    # git skips a line it cannot read as a pattern; so does factlint (the .gitignore is not ours to judge)
    return pathspec.GitIgnoreSpec.from_lines([line for line in lines if _valid(line)])


def _valid(line: str) -> bool:
    try:
        pathspec.GitIgnoreSpec.from_lines([line])
    except (ValueError, TypeError):
        return False
    return True
