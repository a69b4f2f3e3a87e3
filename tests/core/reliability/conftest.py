"""Counts the bad inputs tried and prints the number in the test summary."""

from __future__ import annotations

from typing import Any

TRIED: dict[str, int] = {}


def count_case(category: str) -> None:
    TRIED[category] = TRIED.get(category, 0) + 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if TRIED:
        total = sum(TRIED.values())
        parts = ", ".join(f"{k}: {v}" for k, v in sorted(TRIED.items()))
        terminalreporter.write_line(f"bad-input suite: {total} cases tried ({parts})")
