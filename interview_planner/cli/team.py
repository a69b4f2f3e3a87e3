"""``team`` commands: logins and access rules of a shared PostgreSQL database (docs/team-mode.md)."""

from __future__ import annotations

import argparse

from interview_planner.cli.common import CliContext, add_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("team", help="team mode: logins and access rules (PostgreSQL)").add_subparsers(
        dest="team_command", required=True
    )
    p = group.add_parser("setup", help="print (or --apply) the SQL for group roles, grants and row-level security")
    p.add_argument("--apply", action="store_true", help="run it on --db (as the database owner)")
    p.add_argument("--prefix", default="ilp", help="group role names: PREFIX_manager, PREFIX_interviewer")
    p.set_defaults(handler=_setup)
    p = group.add_parser("add", help="record who a database login is: an interviewer or a hiring manager")
    p.add_argument("login", help="the person's PostgreSQL role name")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--interviewer", metavar="NAME_OR_ID", help="the interviewer this login belongs to")
    who.add_argument("--manager", action="store_true", help="a hiring manager (sees and changes everything)")
    p.add_argument("--name", help="display name (default: the interviewer's name)")
    p.add_argument("--prefix", default="ilp", help="group role prefix, for the printed CREATE ROLE")
    add_json(p)
    p.set_defaults(handler=_add)
    p = group.add_parser("list", help="the team's logins")
    add_json(p)
    p.set_defaults(handler=_list)


def _setup(ctx: CliContext) -> int:
    from interview_planner.services import team

    if not ctx.args.apply:
        print(team.setup_sql(prefix=ctx.args.prefix), end="")
        return 0
    team.apply_setup(ctx.db, prefix=ctx.args.prefix)
    manager, interviewer = team.group_roles(ctx.args.prefix)
    print(f"access rules applied to {ctx.db}; group roles: {manager}, {interviewer}")
    return 0


def _add(ctx: CliContext) -> int:
    from interview_planner.services import team

    member = team.add_member(
        ctx.db, db_role=ctx.args.login, name=ctx.args.name, interviewer=ctx.args.interviewer, manager=ctx.args.manager
    )
    what = "hiring manager" if member.is_manager else f"interviewer {member.interviewer}"
    hint = team.login_sql(member.db_role, manager=member.is_manager, prefix=ctx.args.prefix)
    ctx.emit(member, f"{member.db_role}: {what}\nif the login does not exist yet, an administrator runs:\n{hint}")
    return 0


def _list(ctx: CliContext) -> int:
    from interview_planner.services import team

    members = team.list_members(ctx.db)
    lines = [f"{m.db_role}\t{'manager' if m.is_manager else m.interviewer or '-'}\t{m.name}" for m in members]
    ctx.emit(members, "\n".join(lines) or "no team members")
    return 0
