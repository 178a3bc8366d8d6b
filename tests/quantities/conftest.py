"""Print the conformance pass rate per file at the end of a run touching tests/quantities."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from tests.quantities import conformance as cf
    from tests.quantities.test_conformance import TARGETS, pass_rate

    # This conftest is only loaded when tests/quantities is collected, so a full `pytest` run prints it too.
    if cf.shared_dir() is None:
        return
    terminalreporter.section("quantity conformance (in-scope pass rate)")
    for name in cf.FILES:
        passed, total = pass_rate(name)
        target = TARGETS.get(name)
        goal = f"target {target:.0%}" if target else "no target"
        terminalreporter.write_line(f"{name:<11} {passed:>4}/{total:<4} {passed / max(total, 1):6.1%}  ({goal})")
