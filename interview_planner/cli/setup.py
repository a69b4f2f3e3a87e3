"""``init``: create or upgrade the database and load the bundled content."""

from __future__ import annotations

import argparse

from interview_planner.cli.common import CliContext, add_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create or upgrade the database and load the bundled banks and rubrics")
    p.add_argument("--demo", action="store_true", help="also add the sample role, loop and candidates")
    add_json(p)
    p.set_defaults(handler=_init, creates_db=True)


def _init(ctx: CliContext) -> int:
    from interview_planner.services.setup import initialise

    report = initialise(ctx.db, demo=ctx.args.demo)
    lines = [f"database: {report.database} (schema version {report.schema_version})"]
    if report.upgraded_from is not None:
        lines.append(f"upgraded from schema {report.upgraded_from}; backup: {report.backup}")
    for label, part in (("skills", report.skills), ("questions", report.questions), ("rubrics", report.rubrics)):
        lines.append(f"{label}: {part.added} added, {part.updated} updated, {part.unchanged} unchanged")
    kept = report.skills.kept + report.questions.kept + report.rubrics.kept
    if kept:
        lines.append(f"left alone (you changed them; the shipped version was not applied): {len(kept)}")
        lines += [f"  {item}" for item in kept]
    if report.demo:
        lines.append(f"demo: {report.demo}")
    ctx.emit(report, "\n".join(lines))
    return 0
