"""``role``, ``loop``, ``interviewer`` and ``candidate`` commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_planner.cli.common import CliContext, add_json, padded

if TYPE_CHECKING:
    from interview_planner.planning.model import Finding
    from interview_planner.services.candidates import CandidateView
    from interview_planner.services.loops import LoopView
    from interview_planner.services.roles import OnDuplicate, RoleView

Handler = Callable[[CliContext], int]

FOCUS_HELP = (
    "coding, system-design, architecture-deep-dive, operations, behavioural-leadership, cross-functional, "
    "hiring-manager, bar-raiser"
)


MAX_RETENTION_DAYS = 36_500  # a hundred years; more would overflow a date


def retention_days(value: str) -> int:
    """``--days``: a whole number of days from 1 to 36,500, else a one-line input error (exit 2)."""
    from interview_planner.errors import InputError

    text = value.strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 6) or not 1 <= int(text) <= MAX_RETENTION_DAYS:
        raise InputError(f"--days is a whole number from 1 to {MAX_RETENTION_DAYS:,} (got {value!r})", field="days")
    return int(text)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_role(sub)
    _register_loop(sub)
    _register_interviewer(sub)
    _register_candidate(sub)


def _cmd(
    group: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_: str, handler, *, json_: bool = True
):
    p = group.add_parser(name, help=help_)
    if json_:
        add_json(p)
    p.set_defaults(handler=handler)
    return p


# --- role -------------------------------------------------------------------------


def _register_role(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    role = sub.add_parser("role", help="roles and their skill models").add_subparsers(
        dest="role_command", required=True
    )
    p = _cmd(role, "import", "import a job description (.txt, .md, .html, .mhtml, .pdf, .docx) as a role", _role_import)
    p.add_argument("file", type=Path)
    p.add_argument("--title", help="use this title instead of the one found in the posting")
    again = p.add_mutually_exclusive_group()
    again.add_argument(
        "--as-new", action="store_true", help="import a posting imported before as a new role (default: reuse it)"
    )
    again.add_argument(
        "--new-version", action="store_true", help="import a posting imported before as a new version of its role"
    )
    _cmd(role, "list", "list roles", _role_list)
    p = _cmd(role, "show", "show a role's skills", _role_show)
    p.add_argument("role", help="role id or title (case-insensitive)")
    p = _cmd(role, "skill-budget", "mark a skill core (observed in two stages) and set its weight", _role_budget)
    p.add_argument("role")
    p.add_argument("skill", help="role skill id or name")
    core = p.add_mutually_exclusive_group()
    core.add_argument("--core", dest="core", action="store_true", default=None)
    core.add_argument("--not-core", dest="core", action="store_false")
    p.add_argument("--weight", type=int, help="1 (low) to 5 (high)")
    p = _cmd(
        role,
        "edit-skill",
        "correct a skill the posting gave: its name, kind, priority or catalogue link "
        "(a later import of the same line takes the correction)",
        _role_edit_skill,
    )
    p.add_argument("role")
    p.add_argument("skill", help="role skill id or name")
    p.add_argument("--name")
    p.add_argument("--kind", choices=("hard", "soft"))
    p.add_argument("--priority", choices=("must", "nice"))
    link = p.add_mutually_exclusive_group()
    link.add_argument("--link", metavar="SLUG", help="link to this catalogue skill")
    link.add_argument("--unlink", action="store_true", help="no catalogue skill (a custom skill)")


def _role_text(view: RoleView) -> str:
    v = view  # RoleView
    lines = [f"{v.role.title}  (id {v.role.id})"]
    for s in v.skills:
        link = s.catalogue_skill or "(custom: no questions or rubric yet)"
        if s.needs_review:
            link += f"  [needs review: confidence {s.confidence or 0:.2f}]"
        if s.remembered:
            link += "  [as corrected before]"
        name = padded(s.name, 46)
        lines.append(f"  {s.position + 1:2}. [{s.kind} {s.priority:4}] {name} -> {link}  (line {s.source_line})")
    return "\n".join(lines)


def _role_json(view: RoleView) -> dict[str, Any]:
    return view.model_dump(mode="json")


def _role_import(ctx: CliContext) -> int:
    from interview_planner.errors import UserError
    from interview_planner.services.roles import import_role_file
    from interview_planner.services.search import count_questions

    if count_questions(ctx.db) == 0:  # never initialised: every skill would become "custom"
        raise UserError(
            f"{ctx.db}: the skill catalogue, banks and rubrics are not loaded yet; "
            f"run 'interview-planner --db {ctx.db} init' first, then import the role"
        )
    args = ctx.args
    choice: OnDuplicate = "new" if args.as_new else "new-version" if args.new_version else "reuse"
    view = import_role_file(ctx.db, args.file, title=args.title, on_duplicate=choice)
    said = {
        "new": "imported as a new role",
        "reused": "already imported: reused the existing role (--new-version or --as-new to import it again)",
        "new-version": "already imported: stored as a new version of the role",
    }[view.imported or "new"]
    if view.notice:
        said = f"{said}\nnote: {view.notice}"
    if view.more_postings:
        said += (
            f"\nnote: the file holds {1 + len(view.more_postings)} postings; only the first was read. "
            f"Not read: {'; '.join(view.more_postings)}. Import each from a file of its own"
        )
    if view.remembered:
        n = view.remembered
        them = "requirements read as a person corrected them" if n != 1 else "requirement read as a person corrected it"
        said += f"\n{n} {them} in an earlier role"
    ctx.emit(_role_json(view), f"{said}\n{_role_text(view)}")
    return 0


def _role_list(ctx: CliContext) -> int:
    from interview_planner.services.roles import list_roles

    roles = list_roles(ctx.db)
    lines = [f"{r.title}  ({r.hard} hard, {r.soft} soft, {r.loops} loop(s))  id {r.id}" for r in roles]
    ctx.emit({"roles": roles}, "\n".join(lines) or "no roles yet: import one with 'interview-planner role import FILE'")
    return 0


def _role_show(ctx: CliContext) -> int:
    from interview_planner.services.roles import get_role

    view = get_role(ctx.db, ctx.args.role)
    ctx.emit(_role_json(view), _role_text(view))
    return 0


# --- loop -------------------------------------------------------------------------


def _register_loop(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    loop = sub.add_parser("loop", help="interview loops").add_subparsers(dest="loop_command", required=True)
    p = _cmd(loop, "plan", "create a loop for a role and fill it with the auto-planner", _loop_plan)
    p.add_argument("role")
    p.add_argument("--template", help="loop template (see 'loop templates'); default lead-engineer-onsite")
    p.add_argument("--name")
    p = _cmd(loop, "create", "create an empty loop from a template (no skills or questions yet)", _loop_create)
    p.add_argument("role")
    p.add_argument("--template")
    p.add_argument("--name")
    p = _cmd(loop, "replan", "re-run the auto-planner on a loop's stages", _loop_replan)
    p.add_argument("loop")
    _cmd(loop, "list", "list loops", _loop_list)
    _cmd(loop, "templates", "list loop templates", _loop_templates)
    p = _cmd(loop, "show", "stages, interviewers, skills, questions, coverage and findings", _loop_show)
    p.add_argument("loop")
    p = _cmd(loop, "check", "print the findings; exit 1 when there is an error", _loop_check)
    p.add_argument("loop")
    p = _cmd(loop, "acknowledge", "accept that a must-have is not observed by the loop, with the reason", _loop_ack)
    p.add_argument("loop")
    p.add_argument("skill", help="role skill id or name")
    p.add_argument("--reason", help="why (e.g. 'screened in the résumé review')")
    p.add_argument("--withdraw", action="store_true", help="remove the acknowledgement")
    p = _cmd(loop, "add-stage", "add a stage", _loop_add_stage)
    p.add_argument("loop")
    p.add_argument("name")
    p.add_argument("--minutes", type=int, default=60)
    p.add_argument("--focus", default="coding", help=FOCUS_HELP)
    p.add_argument("--format", default="onsite", help="phone, video, onsite, take-home")
    p.add_argument("--position", type=int, help="0-based position (default: last)")
    p = _cmd(loop, "remove-stage", "remove a stage", _loop_remove_stage)
    p.add_argument("stage", help="stage id or name")
    for name, help_, handler in (
        ("assign", "assess a skill in a stage", _assign(True)),
        ("unassign", "stop assessing a skill in a stage", _assign(False)),
    ):
        p = _cmd(loop, name, help_, handler)
        p.add_argument("stage")
        p.add_argument("skill", help="role skill id or name")
    for name, help_, handler in (
        ("add-question", "ask a bank question in a stage", _question(True)),
        ("remove-question", "remove a question from a stage", _question(False)),
    ):
        p = _cmd(loop, name, help_, handler)
        p.add_argument("stage")
        p.add_argument("question", help="question id or BANK/ID")
    for name, help_, handler in (
        ("add-interviewer", "assign an interviewer to a stage", _interviewer(True)),
        ("remove-interviewer", "remove an interviewer from a stage", _interviewer(False)),
        ("add-shadow", "let someone sit in on a stage to learn it (no interview of their own)", _shadow(True)),
        ("remove-shadow", "remove a shadow from a stage", _shadow(False)),
    ):
        p = _cmd(loop, name, help_, handler)
        p.add_argument("stage")
        p.add_argument("interviewer", help="interviewer id, name or email")


def _loop_text(view: LoopView) -> str:
    v = view  # LoopView
    lines = [f"{v.loop.name}  (role {v.loop.role}; id {v.loop.id})"]
    if v.budget:
        lines.append(f"budget: {v.budget.text}")
    for s in v.stages:
        lines.append(
            f"\n{s.position + 1}. {s.name} [{s.format}, {s.focus_label}] {s.minutes} min: "
            f"{s.minutes_used} min of questions, {s.buffer_minutes} min for intro and the candidate's questions"
            f"  interviewers: {', '.join(s.interviewers) or '—'}"
            + (f"  shadow: {', '.join(s.shadows)}" if s.shadows else "")
        )
        lines.append(f"   rates {len(s.skills)} of at most {s.skill_cap} skills: {', '.join(s.skills) or '—'}")
        for q in s.questions:
            mark = "anchor " if q.anchor else ""
            lines.append(f"   - ({mark}{q.minutes} min) {q.text[:100]}{'…' if len(q.text) > 100 else ''}")
            if q.primary:
                lines.append(f"       rates: {', '.join(q.primary)}")
    lines.append("\ncoverage (stages per skill; * core):")
    lines += [f"   {k.stages} {k.name}{' *' if k.core else ''}" for k in v.skills]
    lines.append("")
    lines += _findings_lines(v.findings)
    return "\n".join(lines)


def _findings_lines(findings: list[Finding]) -> list[str]:
    if not findings:
        return ["no findings: every skill is covered as planned"]
    return [f"{f.severity}: [{f.code}] {f.message}" for f in findings]


def _loop_json(view: LoopView) -> dict[str, Any]:
    return view.model_dump(mode="json")


def _emit_loop(ctx: CliContext, view: LoopView) -> int:
    ctx.emit(_loop_json(view), _loop_text(view))
    return 0


def _loop_plan(ctx: CliContext) -> int:
    from interview_planner.services.loops import plan

    return _emit_loop(ctx, plan(ctx.db, role=ctx.args.role, template=ctx.args.template, name=ctx.args.name))


def _loop_create(ctx: CliContext) -> int:
    from interview_planner.services.loops import create_loop

    return _emit_loop(ctx, create_loop(ctx.db, role=ctx.args.role, template=ctx.args.template, name=ctx.args.name))


def _loop_replan(ctx: CliContext) -> int:
    from interview_planner.services.loops import replan

    return _emit_loop(ctx, replan(ctx.db, loop=ctx.args.loop))


def _loop_show(ctx: CliContext) -> int:
    from interview_planner.services.loops import get_loop

    return _emit_loop(ctx, get_loop(ctx.db, ctx.args.loop))


def _loop_list(ctx: CliContext) -> int:
    from interview_planner.services.loops import list_loops

    loops = list_loops(ctx.db)
    ctx.emit({"loops": loops}, "\n".join(f"{x.name}  (role {x.role}; id {x.id})" for x in loops) or "no loops yet")
    return 0


def _loop_templates(ctx: CliContext) -> int:
    from interview_planner.planning.templates import load_templates

    templates = list(load_templates())
    lines = [
        f"{t.slug:26} {t.name} — {len(t.stages)} stages, {sum(s.minutes for s in t.stages)} min" for t in templates
    ]
    ctx.emit({"templates": templates}, "\n".join(lines))
    return 0


def _loop_check(ctx: CliContext) -> int:
    from interview_planner.services.loops import get_loop

    view = get_loop(ctx.db, ctx.args.loop)
    ctx.emit({"loop": view.loop, "findings": view.findings}, "\n".join(_findings_lines(view.findings)))
    return 1 if view.errors else 0


def _loop_ack(ctx: CliContext) -> int:
    from interview_planner.errors import InputError
    from interview_planner.services.loops import acknowledge_gap

    a = ctx.args
    if not a.withdraw and not a.reason:
        raise InputError("give --reason (or --withdraw)")
    return _emit_loop(ctx, acknowledge_gap(ctx.db, loop=a.loop, skill=a.skill, reason=None if a.withdraw else a.reason))


def _role_edit_skill(ctx: CliContext) -> int:
    from interview_planner.services.roles import SkillEdit, resolve_skill_of_role, update_role_skill

    a = ctx.args
    with ctx.db.read() as session:
        skill_id = resolve_skill_of_role(session, a.role, a.skill)
    link = "" if a.unlink else a.link
    view = update_role_skill(
        ctx.db,
        role_skill_id=skill_id,
        edit=SkillEdit(name=a.name, kind=a.kind, priority=a.priority, catalogue_skill=link),
    )
    ctx.emit(_role_json(view), _role_text(view))
    return 0


def _role_budget(ctx: CliContext) -> int:
    from interview_planner.services.loops import set_skill_budget

    a = ctx.args
    skills = set_skill_budget(ctx.db, role=a.role, skill=a.skill, core=a.core, weight=a.weight)
    lines = [f"  {'core' if s.core else '    '} w{s.weight} [{s.priority:4}] {s.name}" for s in skills]
    ctx.emit({"skills": [s.model_dump() for s in skills]}, "\n".join(lines))
    return 0


def _loop_add_stage(ctx: CliContext) -> int:
    from interview_planner.services.loops import add_stage

    a = ctx.args
    return _emit_loop(
        ctx,
        add_stage(
            ctx.db, loop=a.loop, name=a.name, minutes=a.minutes, focus=a.focus, format=a.format, position=a.position
        ),
    )


def _loop_remove_stage(ctx: CliContext) -> int:
    from interview_planner.services.loops import remove_stage

    return _emit_loop(ctx, remove_stage(ctx.db, stage=ctx.args.stage))


def _assign(on: bool) -> Handler:
    def handler(ctx: CliContext) -> int:
        from interview_planner.services.loops import set_stage_skill

        return _emit_loop(ctx, set_stage_skill(ctx.db, stage=ctx.args.stage, skill=ctx.args.skill, assessed=on))

    return handler


def _question(on: bool) -> Handler:
    def handler(ctx: CliContext) -> int:
        from interview_planner.services.loops import set_stage_question

        return _emit_loop(ctx, set_stage_question(ctx.db, stage=ctx.args.stage, question=ctx.args.question, asked=on))

    return handler


def _interviewer(on: bool) -> Handler:
    def handler(ctx: CliContext) -> int:
        from interview_planner.services.loops import set_stage_interviewer

        return _emit_loop(
            ctx, set_stage_interviewer(ctx.db, stage=ctx.args.stage, interviewer=ctx.args.interviewer, assigned=on)
        )

    return handler


def _shadow(on: bool) -> Handler:
    def handler(ctx: CliContext) -> int:
        from interview_planner.services.loops import set_stage_shadow

        return _emit_loop(
            ctx, set_stage_shadow(ctx.db, stage=ctx.args.stage, interviewer=ctx.args.interviewer, assigned=on)
        )

    return handler


# --- interviewer -------------------------------------------------------------------


def _register_interviewer(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("interviewer", help="the interviewer pool").add_subparsers(
        dest="interviewer_command", required=True
    )
    p = _cmd(group, "add", "add an interviewer", _interviewer_add)
    p.add_argument("name")
    p.add_argument("--email")
    p.add_argument("--focus", action="append", default=[], help=f"qualified stage focus (repeatable): {FOCUS_HELP}")
    p.add_argument("--skill", action="append", default=[], help="catalogue skill slug they can assess (repeatable)")
    p.add_argument("--weekly-limit", type=int, default=5)
    _cmd(group, "list", "list interviewers", _interviewer_list)


def _interviewer_add(ctx: CliContext) -> int:
    from interview_planner.services.loops import add_interviewer

    a = ctx.args
    person = add_interviewer(
        ctx.db, name=a.name, email=a.email, focuses=a.focus, skills=a.skill, weekly_limit=a.weekly_limit
    )
    ctx.emit({"interviewer": person}, f"added {person.name} (id {person.id})")
    return 0


def _interviewer_list(ctx: CliContext) -> int:
    from interview_planner.services.loops import list_interviewers

    people = list_interviewers(ctx.db)
    lines = [
        f"{p.name:28} {p.email or '':30} focuses: {', '.join(p.focuses) or 'any'}  limit {p.weekly_limit}/week"
        for p in people
    ]
    ctx.emit({"interviewers": people}, "\n".join(lines) or "no interviewers yet")
    return 0


# --- candidate -------------------------------------------------------------------------


def _register_candidate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("candidate", help="candidates").add_subparsers(dest="candidate_command", required=True)
    p = _cmd(group, "add", "add a candidate to a loop (creates their interviews)", _candidate_add)
    p.add_argument("name")
    p.add_argument("--loop", required=True)
    p.add_argument("--email")
    p = _cmd(group, "list", "list candidates", _candidate_list)
    p.add_argument("--loop")
    p = _cmd(group, "show", "a candidate's interviews and scorecard status", _candidate_show)
    p.add_argument("candidate")
    p = _cmd(group, "erase", "erase a candidate and everything about them (also in backups)", _candidate_erase)
    p.add_argument("candidate")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument(
        "--keep-record",
        action="store_true",
        help="keep the decision as a pseudonymised record (for the records_keep_days setting)",
    )
    p = _cmd(
        group,
        "retention",
        "list (or, with --apply, act on) candidates decided more than N days ago",
        _candidate_retention,
    )
    p.add_argument("--days", help="1 to 36500 (default: the retention setting)")
    p.add_argument("--action", choices=["erase", "anonymise"], help="default: the retention setting")
    p.add_argument("--apply", action="store_true", help="do it (without this, only list)")
    p.add_argument(
        "--keep-records",
        metavar="DAYS",
        help="keep each pseudonymised decision record this long after the decision (default: the setting)",
    )
    from interview_planner.cli.fairness import add_schedule

    add_schedule(group)


def _candidate_json(c: CandidateView) -> dict[str, Any]:
    data = c.model_dump(mode="json")
    return {
        "candidate": {k: data[k] for k in ("id", "name", "email", "loop", "loop_id", "role")},
        "interviews": data["interviews"],
    }


def _candidate_text(c: CandidateView) -> str:
    v = c  # CandidateView
    lines = [f"{v.name}  (loop {v.loop}; id {v.id})"]
    lines += [
        f"  {i.stage:34} {i.interviewer:26} scorecard: {i.scorecard_status}  interview {i.id}" for i in v.interviews
    ]
    return "\n".join(lines)


def _candidate_add(ctx: CliContext) -> int:
    from interview_planner.services.candidates import add_candidate
    from interview_planner.services.loops import get_loop

    c = add_candidate(ctx.db, name=ctx.args.name, loop=ctx.args.loop, email=ctx.args.email)
    ctx.emit(_candidate_json(c), _candidate_text(c))
    errors = get_loop(ctx.db, c.loop_id).errors
    if errors:
        print(
            f"warning: loop '{c.loop}' has {len(errors)} error finding(s) ({errors[0].message}); "
            "the candidate's interviews follow the loop as it changes",
            file=sys.stderr,
        )
    return 0


def _candidate_list(ctx: CliContext) -> int:
    from interview_planner.services.candidates import list_candidates

    people = list_candidates(ctx.db, loop=ctx.args.loop)
    ctx.emit(
        {"candidates": [_candidate_json(c)["candidate"] for c in people]},
        "\n".join(f"{c.name}  (loop {c.loop}; id {c.id})" for c in people) or "no candidates yet",
    )
    return 0


def _candidate_show(ctx: CliContext) -> int:
    from interview_planner.services.candidates import get_candidate

    c = get_candidate(ctx.db, ctx.args.candidate)
    ctx.emit(_candidate_json(c), _candidate_text(c))
    return 0


def _candidate_erase(ctx: CliContext) -> int:
    import sys

    from interview_planner.errors import InputError
    from interview_planner.services.candidates import get_candidate
    from interview_planner.services.privacy import erase_candidate
    from interview_planner.settings import load as load_settings

    if not ctx.args.yes:
        person = get_candidate(ctx.db, ctx.args.candidate)
        if not sys.stdin.isatty():
            raise InputError(f"erasing {person.name} cannot be undone: pass --yes to confirm", field="candidate erase")
        answer = input(f"Erase {person.name} and everything about them, also in backups? This cannot be undone. [y/N] ")
        if answer.strip().lower() not in {"y", "yes"}:
            print("nothing erased")
            return 1
        ctx.args.candidate = person.id
    keep = load_settings().records_keep_days if ctx.args.keep_record else None
    report = erase_candidate(ctx.db, candidate=ctx.args.candidate, keep_record_days=keep)
    text = f"erased {report.name}: {report.rows} row(s); {len(report.backups_rewritten)} backup(s) rewritten"
    if report.record:
        text += f"; decision kept as record {report.record}"
    elif keep:
        text += "; no decision to keep (the candidate was not decided)"
    if not report.wal_cleared:
        text += (
            "; another program is reading the database, so the erased rows stay in its -wal file until "
            "that program closes or writes"
        )
    ctx.emit(report, text)
    return 0


def _candidate_retention(ctx: CliContext) -> int:
    from interview_planner.errors import InputError
    from interview_planner.services.privacy import apply_retention
    from interview_planner.settings import load

    settings = load()
    days = retention_days(ctx.args.days) if ctx.args.days is not None else settings.retention_days
    action = ctx.args.action or settings.retention_action
    if days is None:
        raise InputError("no retention period set: pass --days N (or set retention_days in the settings)")
    keep = retention_days(ctx.args.keep_records) if ctx.args.keep_records is not None else settings.records_keep_days
    items = apply_retention(ctx.db, days=days, action=action, dry_run=not ctx.args.apply, keep_records_days=keep)
    expired = _expired_records(ctx)
    verb = ("erased" if action == "erase" else "anonymised") if ctx.args.apply else f"would be {action}d"
    lines = [f"{i.name}: decided {i.decided_at:%Y-%m-%d}, {verb}" + _kept(i.record) for i in items]
    lines = lines or [f"no candidate was decided more than {days} days ago"]
    if expired:
        done = "deleted" if ctx.args.apply else "would be deleted"
        lines.append(f"{len(expired)} decision record(s) past their period {done}: {', '.join(expired)}")
    ctx.emit(
        {
            "days": days,
            "action": action,
            "applied": ctx.args.apply,
            "keep_records_days": keep,
            "candidates": items,
            "records_expired": expired,
        },
        "\n".join(lines),
    )
    return 0


def _kept(record: str | None) -> str:
    return f" (decision kept as record {record})" if record else ""


def _expired_records(ctx: CliContext) -> list[str]:
    from datetime import UTC, datetime

    from interview_planner.services import record_expiry

    today = datetime.now(UTC).date()
    if ctx.args.apply:
        return record_expiry.delete_expired(ctx.db, today=today)
    return record_expiry.expired(ctx.db, today=today)
