"""``scorecard``, ``decide``, ``calibration`` and ``packet`` commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from interview_planner.cli.common import CliContext, add_json, print_error, safe_for_terminal

if TYPE_CHECKING:
    from interview_planner.packets.model import Paper
    from interview_planner.scoring.model import SkillRating
    from interview_planner.services.decisions import Consolidated
    from interview_planner.services.scorecards import RatingView, ScorecardView
from interview_planner.errors import InputError, NotFoundError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("scorecard", help="interview scorecards").add_subparsers(
        dest="scorecard_command", required=True
    )
    p = group.add_parser("submit", help="enter and submit a scorecard without the app")
    p.add_argument("--candidate", required=True)
    p.add_argument("--stage", required=True)
    p.add_argument("--interviewer", required=True)
    p.add_argument("--rate", action="append", default=[], metavar="SKILL=N", help="N in 1-4 (repeatable)")
    p.add_argument(
        "--not-assessed",
        action="append",
        default=[],
        metavar="SKILL=REASON",
        help="mark a skill not assessed, with a short reason (repeatable)",
    )
    p.add_argument("--evidence", action="append", default=[], metavar="SKILL=TEXT", help="evidence note (repeatable)")
    p.add_argument("--overall", required=True, help="strong_no, no, yes or strong_yes")
    p.add_argument("--notes", help="key take-aways")
    p.add_argument("--amend", metavar="REASON", help="change an already submitted scorecard (logged with the reason)")
    add_json(p)
    p.set_defaults(handler=_submit)
    p = group.add_parser("show", help="show a scorecard")
    p.add_argument("--candidate", required=True)
    p.add_argument("--stage", required=True)
    p.add_argument("--interviewer", required=True)
    add_json(p)
    p.set_defaults(handler=_show)
    p = group.add_parser("export-kit", help="write a JSON scorecard kit per interview, to fill on another laptop")
    p.add_argument("--candidate", required=True)
    p.add_argument("--out", type=Path, required=True, help="folder")
    add_json(p)
    p.set_defaults(handler=_export_kit)
    p = group.add_parser("import", help="import filled packet PDFs or JSON kits (idempotent)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--amend", metavar="REASON", help="allow replacing submitted scorecards (logged with the reason)")
    add_json(p)
    p.set_defaults(handler=_import)

    p = sub.add_parser("decide", help="the consolidated hire / no-hire scorecard of a candidate")
    p.add_argument("candidate", nargs="?", help="name or id (optional only with --recompute)")
    p.add_argument(
        "--explain", action="store_true", help="the inputs that decided and the smallest change that flips it"
    )
    p.add_argument("--sign-off", action="store_true", help="sign the decision off (with --by and --reason)")
    p.add_argument(
        "--recompute",
        action="store_true",
        help="re-run each loop's current policy on the inputs stored at past sign-offs; show what would change",
    )
    p.add_argument("--pdf", type=Path, metavar="OUT", help="also write the consolidated scorecard PDF")
    p.add_argument("--csv", type=Path, metavar="OUT", help="also write the ratings grid as CSV (spreadsheet-safe)")
    p.add_argument("--paper", choices=["a4", "letter"])
    p.add_argument("--override", choices=["hire", "no_hire"], help="record the hiring manager's decision")
    p.add_argument("--reason", help="the written reason, required with --override and --sign-off")
    p.add_argument("--by", default="", help="who overrides or signs off")
    add_json(p)
    p.set_defaults(handler=_decide)

    p = sub.add_parser("calibration", help="interviewer calibration and panel agreement")
    add_json(p)
    p.set_defaults(handler=_calibration)

    packet = sub.add_parser("packet", help="printable packets").add_subparsers(dest="packet_command", required=True)
    p = packet.add_parser(
        "export", help="write every interviewer packet and the loop overview for a candidate, or for every candidate"
    )
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--candidate")
    who.add_argument(
        "--all", action="store_true", help="every candidate (of --loop when given), rendered in worker processes"
    )
    p.add_argument("--loop", help="with --all: only this loop's candidates")
    p.add_argument("--workers", type=int, help="with --all: worker processes (default: one per core)")
    p.add_argument("--out", type=Path, required=True, help="folder")
    p.add_argument("--paper", choices=["a4", "letter"])
    add_json(p)
    p.set_defaults(handler=_packet_export)


def _paper(ctx: CliContext) -> Paper:
    if ctx.args.paper:
        return ctx.args.paper
    from interview_planner.settings import load

    return load().paper


def _find_interview(ctx: CliContext) -> str:
    from interview_planner.services.candidates import find_interview

    a = ctx.args
    return find_interview(ctx.db, candidate=a.candidate, stage=a.stage, interviewer=a.interviewer)


def _pairs(values: list[str], what: str) -> list[tuple[str, str]]:
    out = []
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"{what} must look like SKILL=VALUE (got {item!r})", field=f"--{what}")
        out.append((key.strip(), value.strip()))
    return out


def _skill_id(ratings: Sequence[RatingView], ref: str) -> str:
    low = ref.lower()
    matches = [r for r in ratings if r.skill_id == ref or r.skill.lower() == low]
    matches = matches or [r for r in ratings if r.skill.lower().startswith(low)]
    if len(matches) != 1:
        names = ", ".join(r.skill for r in ratings)
        raise InputError(
            f"skill {ref!r} is {'ambiguous' if matches else 'not assessed in this interview'} (assessed: {names})",
            field="--rate",
        )
    return str(matches[0].skill_id)


def _submit(ctx: CliContext) -> int:
    from interview_planner.services import scorecards as sc

    interview_id = _find_interview(ctx)
    view = sc.get_scorecard(ctx.db, interview_id)
    ratings = {_skill_id(view.ratings, k): sc.validate_rating(v) for k, v in _pairs(ctx.args.rate, "rate")}
    not_assessed = {_skill_id(view.ratings, k): v for k, v in _pairs(ctx.args.not_assessed, "not-assessed")}
    for skill, reason in not_assessed.items():
        if not reason:
            name = next(r.skill for r in view.ratings if r.skill_id == skill)
            raise InputError(f"say why '{name}' was not assessed (SKILL=REASON)", field="--not-assessed")
    evidence = {_skill_id(view.ratings, k): v for k, v in _pairs(ctx.args.evidence, "evidence")}
    patch = sc.ScorecardPatch(
        ratings=ratings,
        not_assessed=not_assessed,
        evidence=evidence,
        overall=sc.validate_overall(ctx.args.overall),
        key_takeaways=ctx.args.notes,
    )
    try:
        if ctx.args.amend:
            result = sc.amend(ctx.db, interview_id=interview_id, patch=patch, reason=ctx.args.amend)
        else:
            result = sc.submit(ctx.db, interview_id=interview_id, patch=patch, source="cli")
    except sc.IncompleteScorecard as exc:
        kept = "" if ctx.args.amend else " (saved as a draft)"
        raise InputError(f"{exc.problem}{kept}; use --rate 'SKILL=N' or --not-assessed 'SKILL=REASON'") from None
    ctx.emit({"scorecard": result}, _card_text(result))
    return 0


def _card_text(view: ScorecardView) -> str:
    v = view  # ScorecardView
    lines = [f"{v.candidate} – {v.stage} – {v.interviewer}: {v.status}, overall {v.overall or '—'}"]
    lines += [f"  {_rating_text(r)}  {r.skill}" + _reason_text(r) for r in v.ratings]
    if v.missing:
        lines.append("  missing before it can be submitted: " + ", ".join(f"'{m}'" for m in v.missing))
    return "\n".join(lines)


def _rating_text(r: RatingView) -> str:
    if r.state == "rated":
        return f"{r.rating:>2}"
    return "NA" if r.state == "not_assessed" else " –"


def _reason_text(r: RatingView) -> str:
    if r.state == "not_assessed":
        return f" (not assessed: {r.not_assessed_reason})"
    return " (not rated yet)" if r.state == "unrated" else ""


def _show(ctx: CliContext) -> int:
    from interview_planner.services.scorecards import get_scorecard

    view = get_scorecard(ctx.db, _find_interview(ctx))
    ctx.emit({"scorecard": view}, _card_text(view))
    return 0


def _export_kit(ctx: CliContext) -> int:
    from interview_planner.services.exchange import write_kits

    paths = write_kits(ctx.db, candidate=ctx.args.candidate, out_dir=ctx.args.out)
    ctx.emit({"files": [str(p) for p in paths]}, "\n".join(str(p) for p in paths))
    return 0


def _import(ctx: CliContext) -> int:
    from interview_planner.services.exchange import import_batch

    results, skipped = import_batch(ctx.db, ctx.args.files, amend_reason=ctx.args.amend)
    if not results:  # nothing importable: the refusal names each file, one line each
        if len(skipped) == 1:
            print_error(f"{skipped[0].file}: {skipped[0].reason}")
        else:
            print_error(f"nothing imported, {len(skipped)} problems:")
            for s in skipped:
                print(safe_for_terminal(f"{s.file}: {s.reason}"), file=sys.stderr)
        return 2
    for s in skipped:  # e.g. the loop overview that `packet export` writes beside the packets
        print(safe_for_terminal(f"note: skipped {s.file}: {s.reason}"), file=sys.stderr)
    lines = [f"{r.outcome:9} {r.candidate} – {r.stage} – {r.interviewer} ({r.status}) from {r.file}" for r in results]
    ctx.emit({"imported": results, "skipped": skipped}, "\n".join(lines))
    incomplete = [r for r in results if r.missing]
    for r in incomplete:
        print_error(
            f"{r.file}: kept as a draft, {r.interviewer}'s scorecard for {r.candidate} ({r.stage}) is incomplete: "
            + ", ".join(f"'{m}'" for m in r.missing)
            + " (rate each skill 1-4 or mark it not assessed with a reason: in a packet, tick N/A and write why "
            "in its evidence box; in a kit, fill in not_assessed)"
        )
    return 2 if incomplete else 0


def _decide(ctx: CliContext) -> int:
    from interview_planner.services.decisions import consolidate, explain_candidate, record_override, sign_off

    a = ctx.args
    if a.recompute:
        return _recompute(ctx)
    if not a.candidate:
        raise InputError("name the candidate (only --recompute works on every candidate)", field="candidate")
    if a.explain:
        explained, why = explain_candidate(ctx.db, a.candidate)
        head = f"{explained.candidate.name} – {explained.candidate.role}"
        ctx.emit(
            {"candidate": explained.candidate.name, "explanation": why.model_dump(mode="json")},
            "\n".join([head, *why.lines()]),
        )
        return 0
    if a.sign_off:
        data = sign_off(ctx.db, candidate=a.candidate, by=a.by, reason=a.reason or "")
    elif a.override:
        data = record_override(ctx.db, candidate=a.candidate, decision=a.override, reason=a.reason or "", by=a.by)
    else:
        data = consolidate(ctx.db, a.candidate)
    payload = data.as_json()
    if a.pdf:
        from interview_planner.services.packets import export_consolidated

        payload["pdf"] = export_consolidated(ctx.db, candidate=a.candidate, out=a.pdf, paper=_paper(ctx)).path
    if a.csv:
        from interview_planner.exports import decision_csv
        from interview_planner.services.packets import write_atomic

        write_atomic(a.csv, decision_csv(data).encode("utf-8-sig"))
        payload["csv"] = str(a.csv)
    ctx.emit(payload, _decision_text(data, payload.get("pdf")))
    return 0


def _decision_text(data: Consolidated, pdf: object) -> str:
    d = data  # Consolidated
    r = d.result
    computed = r.decision.upper().replace("_", " ")
    if d.override:
        o = d.override
        final = o.decision.upper().replace("_", " ")
        lines = [f"{d.candidate.name} – {d.candidate.role}: {final} (overridden; the rule computed {computed})"]
        lines.append(f"  override by {o.by or 'the hiring manager'}: {final} – {o.reason}")
    else:
        lines = [f"{d.candidate.name} – {d.candidate.role}: {computed}"]
    if d.sign_off and d.sign_off.current:
        so = d.sign_off
        lines.append(f"  final: signed off by {so.signed_by} on {so.signed_at:%Y-%m-%d %H:%M} UTC – {so.reason}")
    elif r.decision != "incomplete":
        again = " again: it changed since the last sign-off" if d.sign_off else ""
        lines.append(
            f"  not final: needs a sign-off{again} (decide {d.candidate.name!r} --sign-off --by NAME --reason TEXT)"
        )
    if r.decision == "incomplete":
        lines.append(f"INCOMPLETE: {r.submitted} of {r.expected} scorecards submitted")
    lines += [f"  because: {x.message}" for x in r.reasons]
    lines += [f"  flag: {f.message}" for f in r.flags]
    lines.append("  skills (mean of submitted ratings), with each interviewer's rating and evidence:")
    for s in r.skills:
        lines.append(f"    {_mean(s.mean)}  [{s.priority}] {s.name}")
        for x in s.ratings:
            lines.append(f"           {x.interviewer} ({x.stage}): {_one_rating(x)}")
    takeaways = [o for o in r.overall if o.key_takeaways.strip()]
    if takeaways:
        lines.append("  key take-aways:")
        lines += [f"    {o.interviewer} ({o.stage}): {_flat(o.key_takeaways)}" for o in takeaways]
    if pdf:
        lines.append(f"PDF: {pdf}")
    return "\n".join(lines)


def _recompute(ctx: CliContext) -> int:
    from interview_planner.services.decisions import recompute

    rows = recompute(ctx.db, candidate=ctx.args.candidate)
    lines = [
        f"{r.candidate}: signed {r.recorded.upper().replace('_', ' ')} under policy v{r.recorded_policy_version} "
        f"({r.signed_at:%Y-%m-%d}, {r.signed_by}); policy v{r.policy_version} gives "
        f"{r.recomputed.upper().replace('_', ' ')}" + (" – CHANGED" if r.changed else " – same")
        for r in rows
    ] or ["no signed-off decisions yet"]
    changed = sum(r.changed for r in rows)
    lines.append(f"{changed} of {len(rows)} signed-off decision(s) would change")
    ctx.emit({"recomputed": rows, "changed": changed}, "\n".join(lines))
    return 0


def _one_rating(x: SkillRating) -> str:
    from interview_planner.scoring.model import RATING_LABELS

    if x.rating is not None:
        head = f"{x.rating} {RATING_LABELS[x.rating]}"
    elif x.not_assessed_reason:
        head = f"not assessed ({_flat(x.not_assessed_reason)})"
    else:
        head = "not rated"
    return head + (f" – {_flat(x.evidence)}" if x.evidence.strip() else "")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _mean(value: float | None) -> str:
    return " n/a" if value is None else f"{value:.2f}"


def _calibration(ctx: CliContext) -> int:
    from interview_planner.services.calibration import calibration

    c = calibration(ctx.db)
    lines = [
        f"{p.interviewer:24} {p.scorecards:3} scorecards  mean {p.mean if p.mean is not None else '—'}  "
        f"offset {p.offset:+.2f}"
        if p.offset is not None
        else f"{p.interviewer:24} {p.scorecards:3} scorecards  mean {p.mean if p.mean is not None else '—'}  offset —"
        for p in c.interviewers
    ]
    lines.append(
        f"panel agreement (Krippendorff's alpha, interval): {c.alpha if c.alpha is not None else '—'} "
        f"over {c.alpha_units} unit(s)"
    )
    lines += [f"warning: {w}" for w in c.warnings]
    ctx.emit(c, "\n".join(lines))
    return 0


def _packet_export(ctx: CliContext) -> int:
    from interview_planner.services.packets import export_packets

    a = ctx.args
    if not a.all and (a.loop is not None or a.workers is not None):
        raise InputError("--loop and --workers go with --all")
    if a.all:
        return _packet_export_all(ctx)
    files = export_packets(ctx.db, candidate=a.candidate, out_dir=a.out, paper=_paper(ctx))
    ctx.emit({"files": files}, "\n".join(f.path for f in files))
    return 0


def _packet_export_all(ctx: CliContext) -> int:
    """Every candidate's packets, in worker processes; progress per candidate on stderr."""
    from interview_planner.services.bulk_export import export_many
    from interview_planner.services.candidates import list_candidates

    a = ctx.args
    if a.workers is not None and a.workers < 1:
        raise InputError("--workers must be at least 1")
    ids = [c.id for c in list_candidates(ctx.db, loop=a.loop)]
    if not ids:
        raise NotFoundError(f"no candidates{' in loop ' + repr(a.loop) if a.loop else ''}: nothing to export")

    def progress(done: int, total: int) -> bool:
        if done and not ctx.json:
            print(f"exported {done} of {total} candidates", file=sys.stderr, flush=True)
        return True

    files = export_many(ctx.db.url, ids, a.out, paper=_paper(ctx), workers=a.workers, progress=progress)
    ctx.emit({"candidates": len(ids), "files": files}, "\n".join(f.path for f in files))
    return 0
