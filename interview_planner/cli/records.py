"""``records``: the pseudonymised decision records that retention keeps (docs/privacy.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from interview_planner.cli.common import CliContext, add_json

if TYPE_CHECKING:
    from typing import TypeAlias

    Sub: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def register(sub: Sub) -> None:
    group = sub.add_parser("records", help="pseudonymised decision records kept after retention")
    cmds = group.add_subparsers(dest="records_command", required=True)
    p = cmds.add_parser("list", help="the kept records, oldest decision first")
    add_json(p)
    _filters(p)
    p.add_argument("--since", metavar="YYYY-MM", help="decided in this month or later")
    p.set_defaults(handler=_list)
    p = cmds.add_parser("export", help="the kept records for an auditor, as CSV (one row per rating) or JSON")
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("--out", type=Path, metavar="FILE", help="write here (default: standard output)")
    _filters(p)
    p.set_defaults(handler=_export)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--role", help="only this role's records")
    p.add_argument("--loop", help="only this loop's records")


def _list(ctx: CliContext) -> int:
    from interview_planner.services.records import records

    a = ctx.args
    rows = records(ctx.db, role=a.role, loop=a.loop, since=_month(a.since))
    lines = [
        f"{r.pseudonym}  {r.role} / {r.loop}  decided {r.decided_month}: {r.final}"
        + (f" (rule: {r.computed}, overridden)" if r.overridden else "")
        + f"  policy v{r.policy_version}  kept until {r.keep_until}"
        for r in rows
    ]
    ctx.emit({"records": rows}, "\n".join(lines) or "no decision records kept")
    return 0


def _month(value: str | None) -> str | None:
    import re

    from interview_planner.errors import InputError

    if value is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value.strip()):
        raise InputError(f"--since is a month, YYYY-MM (got {value!r})", field="since")
    return value.strip() if value else None


def _export(ctx: CliContext) -> int:
    import sys

    from interview_planner.services.records import export, export_to

    a = ctx.args
    if a.out is None:
        sys.stdout.write(export(ctx.db, fmt=a.format, role=a.role, loop=a.loop))
        return 0
    export_to(ctx.db, out=a.out, fmt=a.format, role=a.role, loop=a.loop)
    print(f"wrote {a.out}")
    return 0
