"""docs/cli.md documents every command and option the parser knows, and no command it does not."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from interview_planner.cli import build_parser

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """Every leaf command ("db backup") with its long options."""
    found: dict[str, set[str]] = {}
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs and prefix:
        options = {o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"}
        found[" ".join(prefix)] = options
    for action in subs:
        for name, child in action.choices.items():
            found.update(_commands(child, (*prefix, name)))
    return found


def _documented_rows() -> list[str]:
    """The first cell of every command table row, e.g. "`candidate erase CANDIDATE [--yes]`"."""
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            rows.append(line.split(" | ")[0])
    return rows


def test_every_command_and_option_is_in_the_doc() -> None:
    rows = _documented_rows()
    missing = []
    for command, options in _commands(build_parser()).items():
        mine = [r for r in rows if re.search(rf"`{re.escape(command)}( |`)", r) or f"/ `{command}" in r]
        if not mine:
            missing.append(command)
            continue
        text = " ".join(mine)
        missing += [f"{command} {o}" for o in sorted(options - {"--json"}) if o not in text]
    assert missing == [], f"not in docs/cli.md: {missing}"


def test_the_doc_names_no_command_the_parser_lacks() -> None:
    commands = set(_commands(build_parser()))
    groups = {c.split()[0] for c in commands}
    unknown = []
    for row in _documented_rows():
        for cell in re.findall(r"`([a-z][a-z-]*(?: [a-z][a-z-]*)?)[ `]", row):
            words = cell.split()
            if words[0] in groups and len(words) == 2 and cell not in commands and words[0] not in commands:
                unknown.append(cell)
    assert unknown == []
