"""``db`` commands: backup, restore, check, copy."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview_planner.cli.common import CliContext, add_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("db", help="database maintenance").add_subparsers(dest="db_command", required=True)
    p = group.add_parser("backup", help="copy the database (SQLite online backup)")
    p.add_argument("--out", type=Path, help="file to write (default: the backups folder beside the database)")
    add_json(p)
    p.set_defaults(handler=_backup)
    p = group.add_parser("restore", help="replace the database by a backup (checked first; current one backed up)")
    p.add_argument("file", type=Path)
    add_json(p)
    p.set_defaults(handler=_restore)
    p = group.add_parser("check", help="integrity check and the app's own invariants; exit 1 on problems")
    p.add_argument(
        "--full",
        action="store_true",
        help="also compare every index with its table (SQLite integrity_check; slower on a big bank)",
    )
    add_json(p)
    p.set_defaults(handler=_check)
    p = group.add_parser(
        "copy",
        help="copy a whole database into an empty one (SQLite file <-> PostgreSQL URL); row counts are checked",
    )
    p.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL", help="the database to copy")
    p.add_argument("--to", dest="target", required=True, metavar="PATH_OR_URL", help="an empty or new database")
    add_json(p)
    p.set_defaults(handler=_copy)


def _backup(ctx: CliContext) -> int:
    from interview_planner.services.maintenance import backup

    path = backup(ctx.db, out=ctx.args.out)
    ctx.emit({"backup": str(path)}, f"backup written: {path}")
    return 0


def _restore(ctx: CliContext) -> int:
    from interview_planner.db.engine import sqlite_path, to_url
    from interview_planner.errors import StorageError
    from interview_planner.services.maintenance import restore

    # Not opened first: the file to replace may be damaged, truncated or missing.
    path = sqlite_path(to_url(ctx.target))
    if path is None:
        raise StorageError("only a database file can be restored")
    safety = restore(path, ctx.args.file)
    ctx.emit(
        {"restored": str(path), "previous_copy": str(safety)},
        f"restored {path} from {ctx.args.file}; the previous database was saved as {safety}",
    )
    return 0


def _check(ctx: CliContext) -> int:
    from interview_planner.db.engine import sqlite_path, to_url
    from interview_planner.errors import StorageError
    from interview_planner.services.maintenance import check, check_path

    path = sqlite_path(to_url(ctx.target))
    if path is not None and not path.exists():
        raise StorageError(f"{path}: no such database file; create one with 'interview-planner --db {path} init'")
    # A file is checked without opening it for work first: a damaged one must be reported, not refused.
    full = ctx.args.full
    report = check(ctx.db, full=full) if path is None else check_path(path, full=full)
    text = "ok" if report.ok else "\n".join(f"problem: {p}" for p in report.problems)
    ctx.emit(report, f"{report.database}: {text}")
    return 0 if report.ok else 1


def _copy(ctx: CliContext) -> int:
    from interview_planner.services.transfer import copy_database

    report = copy_database(ctx.args.source, ctx.args.target)
    rows = sum(report.rows.values())
    ctx.emit(
        report,
        f"copied {rows} rows in {len(report.rows)} tables from {report.source} to {report.target}; counts match",
    )
    return 0
