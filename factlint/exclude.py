"""Which paths a run leaves out: the configuration's ``exclude`` and the project's ``.gitignore``
files, both with git's pattern rules (``pathspec``'s GitIgnoreSpec: ``*`` stops at ``/``, ``**``
crosses folders, a trailing ``/`` names a folder and everything in it, ``!`` re-includes). The
``exclude`` patterns are matched against the path relative to the folder of the configuration
(ruff's and git's reading).

The ``.gitignore`` files are read as git reads them: the one in the folder of the configuration
and one in any folder below it, each matched against the path relative to its own folder; where
several match, the one in the deeper folder decides (``sub/.gitignore`` may re-include with
``!`` what the top one ignores); and a file in an ignored folder stays ignored whatever a
``.gitignore`` below says (git does not look inside an ignored folder). Not read: ``.gitignore``
files above the configuration's folder, ``.git/info/exclude`` and git's global excludes.
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
        self.gitignore = gitignore
        self._specs: dict[str, pathspec.GitIgnoreSpec | None] = {}  # folder (relative, "" the root) → its .gitignore
        self._folders: dict[str, bool] = {}  # folder → ignored by the .gitignore files

    def __bool__(self) -> bool:
        return bool(self.patterns) or self.gitignore

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
        return self.spec.match_file(posix) or (self.gitignore and self._ignored(posix))

    def _ignored(self, posix: str) -> bool:
        """Ignored by the .gitignore files: a folder above it is, or the path itself (``a/b/`` for a folder)."""
        parts = posix.rstrip("/").split("/")
        return any(self._folder_ignored("/".join(parts[:depth])) for depth in range(1, len(parts))) or self._matched(posix, parts)

    def _folder_ignored(self, folder: str) -> bool:
        found = self._folders.get(folder)
        if found is None:
            parts = folder.split("/")
            found = self._folders[folder] = (
                (len(parts) > 1 and self._folder_ignored("/".join(parts[:-1]))) or self._matched(folder + "/", parts)
            )
        return found

    def _matched(self, posix: str, parts: Sequence[str]) -> bool:
        """What the .gitignore files of the folders above the path say of it: the deepest one with
        a pattern that matches decides (within one file, git's order: the last pattern that matches)."""
        ignored = False
        for depth in range(len(parts)):
            folder = "/".join(parts[:depth])
            spec = self._specs[folder] if folder in self._specs else self._specs.setdefault(
                folder, _gitignore(os.path.join(self.root, *parts[:depth])))
            if spec is not None:
                include = spec.check_file(posix[len(folder) + 1 :] if folder else posix).include
                if include is not None:
                    ignored = include
        return ignored


def _spec(patterns: Sequence[str], where: str) -> pathspec.GitIgnoreSpec:
    try:
        return pathspec.GitIgnoreSpec.from_lines(patterns)
    except (ValueError, TypeError) as exc:  # pathspec raises GitWildMatchPatternError (a ValueError)
        raise ConfigError(f"{where}: {exc}") from None


def _gitignore(folder: str) -> pathspec.GitIgnoreSpec | None:
    """The patterns of the .gitignore file in ``folder``, if it has one."""
    path = os.path.join(folder, ".gitignore")
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
