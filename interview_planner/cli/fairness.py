"""``fairness`` (self-identification, adverse impact), ``reliability`` (forecasts) and calendar files."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_planner.cli.common import CliContext, add_json

if TYPE_CHECKING:
    from typing import TypeAlias

    from interview_planner.services.fairness import FairnessReport
    from interview_planner.services.reliability import LoopReliability

    Sub: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def register(sub: Sub) -> None:
    group = sub.add_parser("fairness", help="voluntary self-identification and the adverse-impact report")
    cmds = group.add_subparsers(dest="fairness_command", required=True)
    p = _cmd(cmds, "categories", "the self-identification categories and their values", _categories)
    p.add_argument("--set-file", type=Path, help="replace them by a YAML or JSON file {category: [values]}")
    p = _cmd(cmds, "self-id", "show or record a candidate's voluntary self-identification", _self_id)
    p.add_argument("candidate")
    p.add_argument("--set", action="append", default=[], metavar="CATEGORY=VALUE", help="record an answer")
    p.add_argument("--clear", action="append", default=[], metavar="CATEGORY", help="remove an answer")
    p = _cmd(cmds, "report", "selection rates, impact ratios and Fisher's exact test per stage", _report)
    p.add_argument("--by", action="append", metavar="CATEGORY", help="default race_ethnicity; twice: intersections")
    p.add_argument("--role")
    p.add_argument("--loop")
    p.add_argument("--since", type=datetime.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--min-cell", type=int, default=5, help="groups with fewer candidates are suppressed (default 5)")
    group = sub.add_parser("reliability", help="how reliable a loop's ratings of each skill will be")
    cmds = group.add_subparsers(dest="reliability_command", required=True)
    p = _cmd(cmds, "forecast", "Spearman-Brown forecast per skill from its number of independent stages", _forecast)
    p.add_argument("loop")


def add_schedule(group: Sub) -> None:
    """``candidate schedule``: set an interview's time, and/or write the calendar files."""
    p = _cmd(group, "schedule", "set interview times and write calendar (.ics) files", _schedule)
    p.add_argument("candidate")
    p.add_argument("--stage", help="the stage to (re)schedule (name, number or id)")
    p.add_argument("--at", type=datetime.fromisoformat, metavar="YYYY-MM-DDTHH:MM", help="start, in --tz")
    p.add_argument("--ics", type=Path, metavar="FOLDER", help="write one .ics per interviewer and the candidate")
    p.add_argument("--tz", default="UTC", help="IANA time zone for --at and the files (default UTC)")
    p.add_argument("--location", default="", help="the room or the video link, written in every event")


def _cmd(group: Sub, name: str, help_: str, handler: Any) -> argparse.ArgumentParser:
    p = group.add_parser(name, help=help_)
    add_json(p)
    p.set_defaults(handler=handler)
    return p


def _categories(ctx: CliContext) -> int:
    from interview_planner.services import fairness

    if ctx.args.set_file:
        from interview_planner.content.loader import parse_structured, read_text

        data, _ = parse_structured(read_text(ctx.args.set_file), ctx.args.set_file)
        values = fairness.set_categories(ctx.db, values=_category_map(data, ctx.args.set_file))
    else:
        values = fairness.categories(ctx.db)
    lines = [f"{k}: {', '.join(v)} (or {fairness.PREFER_NOT_TO_SAY})" for k, v in values.items()]
    ctx.emit(values, "\n".join(lines))
    return 0


def _category_map(data: Any, path: Path) -> dict[str, list[str]]:
    from interview_planner.errors import InputError

    if not isinstance(data, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in data.values()
    ):
        raise InputError("expected a mapping of category names to lists of values", file=path)
    return {str(k): list(v) for k, v in data.items()}


def _self_id(ctx: CliContext) -> int:
    from interview_planner.errors import InputError
    from interview_planner.services import fairness

    changes: dict[str, str | None] = {c: None for c in ctx.args.clear}
    for item in ctx.args.set:
        category, sep, value = item.partition("=")
        if not sep or not value.strip():
            raise InputError(f"--set takes CATEGORY=VALUE (got {item!r})")
        changes[category.strip()] = value.strip()
    if changes:
        answers = fairness.record_self_id(ctx.db, candidate=ctx.args.candidate, values=changes)
    else:
        answers = fairness.self_id(ctx.db, candidate=ctx.args.candidate)
    ctx.emit(answers, "\n".join(f"{k}: {v}" for k, v in answers.items()) or "nothing recorded")
    return 0


def _report(ctx: CliContext) -> int:
    from interview_planner.services import fairness

    result = fairness.report(
        ctx.db,
        category=ctx.args.by or ["race_ethnicity"],
        role=ctx.args.role,
        loop=ctx.args.loop,
        since=ctx.args.since,
        min_cell=ctx.args.min_cell,
    )
    ctx.emit(result, report_text(result))
    return 0


def report_text(r: FairnessReport) -> str:
    lines = [
        f"Adverse-impact report by {' × '.join(r.categories)} ({r.scope}): {r.candidates} candidates, "
        f"{r.not_stated} not stated; groups under {r.min_cell} suppressed."
    ]
    for step in r.steps:
        lines += ["", f"{step.step} ({step.candidates} candidates)"]
        for g in step.groups:
            lines.append("  " + _group_line(g))
        lines += [f"  note: {c}" for c in step.caveats]
    lines += ["", *(f"- {n}" for n in r.notes)]
    return "\n".join(lines)


def _group_line(g: Any) -> str:
    if g.suppressed:
        return f"{g.group}: fewer than the minimum, not shown"
    ratio = "—" if g.impact_ratio is None else f"{g.impact_ratio:.2f}"
    flag = "  BELOW 4/5" if g.below_four_fifths else ""
    ref = "  (reference)" if g.reference else f"  Fisher p = {g.p_value:.3f}" if g.p_value is not None else ""
    return f"{g.group}: {g.selected}/{g.candidates} passed, rate {g.rate:.1%}, impact ratio {ratio}{flag}{ref}"


def _forecast(ctx: CliContext) -> int:
    from interview_planner.services.reliability import loop_reliability

    result = loop_reliability(ctx.db, loop=ctx.args.loop)
    ctx.emit(result, forecast_text(result))
    return 0


def forecast_text(r: LoopReliability) -> str:
    head = f"One rating's reliability: {r.single_rater:.2f} ({r.source}" + (
        f", from {r.units} skills rated twice or more)" if r.source == "measured" else ", the documented prior)"
    )
    lines = [head, f"Forecast for the mean of the stages that rate each skill (threshold {r.threshold:.2f}):"]
    for s in r.skills:
        mark = "  LOW for a must-have" if s.below_threshold else ""
        lines.append(f"  {s.skill} [{s.priority}]: {s.observations} stage(s) -> {s.forecast:.2f}{mark}")
    return "\n".join(lines)


def _schedule(ctx: CliContext) -> int:
    from interview_planner.errors import InputError

    a = ctx.args
    if (a.stage is None) != (a.at is None):
        raise InputError("--stage and --at go together")
    if a.stage is None and a.ics is None:
        raise InputError("nothing to do: give --stage and --at, or --ics FOLDER")
    out: dict[str, Any] = {}
    if a.stage is not None:
        out["scheduled"] = _set_time(ctx)
    if a.ics is not None:
        out |= _write_ics(ctx)
    ctx.emit(out, "\n".join(str(v) for v in out.get("lines", [])) or "ok")
    return 0


def _set_time(ctx: CliContext) -> list[str]:
    from zoneinfo import ZoneInfo

    from interview_planner.errors import InputError
    from interview_planner.services.candidates import get_candidate, schedule_interview

    a = ctx.args
    person = get_candidate(ctx.db, a.candidate)
    wanted = a.stage.strip().casefold()
    chosen = [
        i
        for i in person.interviews
        if i.stage.casefold() == wanted or str(i.stage_position + 1) == wanted or i.stage_id.startswith(wanted)
    ]
    if not chosen:
        raise InputError(f"{person.name} has no interview in a stage {a.stage!r}")
    at = a.at if a.at.tzinfo else a.at.replace(tzinfo=ZoneInfo(a.tz))
    for interview in chosen:
        schedule_interview(ctx.db, interview_id=interview.id, at=at)
    return [f"{i.stage} with {i.interviewer}: {at.isoformat()}" for i in chosen]


def _write_ics(ctx: CliContext) -> dict[str, Any]:
    from interview_planner.services.calendar import calendar_files, write_calendar_files

    a = ctx.args
    export = calendar_files(ctx.db, candidate=a.candidate, tz=a.tz, location=a.location)
    paths = write_calendar_files(export, a.ics)
    lines = [f"wrote {p}" for p in paths] + [f"not scheduled yet: {u}" for u in export.unscheduled]
    return {"files": [str(p) for p in paths], "unscheduled": export.unscheduled, "lines": lines}
