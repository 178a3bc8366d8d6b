"""User errors, raised anywhere and turned into an exit code once, in cli.py."""

from __future__ import annotations


class FactlintError(Exception):
    """A problem with what the user gave us (usage, config, rule files, input): exit code 2.

    ``problems`` holds one message per problem; the CLI prints each on its own line, escaped
    (``display.escape``), so a newline inside a rule-file key cannot start a line of its own.
    """

    exit_code = 2

    def __init__(self, *problems: str) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(problems))


class ConfigError(FactlintError):
    """Invalid project configuration (pyproject.toml / factlint.yaml)."""


class RuleError(FactlintError):
    """One or more invalid rule files; ``problems`` holds every message, reported at once."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(*problems)
