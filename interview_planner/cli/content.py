"""``bank``, ``rubric`` and ``skill`` commands: the question banks, rubrics and skill catalogue."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from interview_planner.cli.common import CliContext, add_json

if TYPE_CHECKING:
    from interview_planner.services.content import ImportReport


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bank = sub.add_parser("bank", help="question banks").add_subparsers(dest="bank_command", required=True)
    p = bank.add_parser("import", help="import question bank files (YAML, JSON or CSV); idempotent")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add_json(p)
    p.set_defaults(handler=_bank_import)
    p = bank.add_parser("search", help="search questions (full text, ranked)")
    p.add_argument("query", nargs="*", help="words to look for (prefix match)")
    p.add_argument("--skill", action="append", default=[], help="catalogue skill slug or name (repeatable)")
    p.add_argument("--role-skill", help="a role skill id or 'ROLE:SKILL': rank questions for it")
    p.add_argument("--kind", choices=["technical", "system_design", "coding", "behavioural"])
    p.add_argument("--difficulty", choices=["easy", "medium", "hard"])
    p.add_argument("--limit", type=int, default=20)
    add_json(p)
    p.set_defaults(handler=_bank_search)

    rubric = sub.add_parser("rubric", help="scoring rubrics").add_subparsers(dest="rubric_command", required=True)
    p = rubric.add_parser("import", help="import rubric files (YAML or JSON); idempotent")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add_json(p)
    p.set_defaults(handler=_rubric_import)
    p = rubric.add_parser("show", help="show the rubric of a catalogue skill")
    p.add_argument("skill", help="catalogue skill slug or name")
    add_json(p)
    p.set_defaults(handler=_rubric_show)

    skill = sub.add_parser("skill", help="the skill catalogue").add_subparsers(dest="skill_command", required=True)
    p = skill.add_parser("list", help="list catalogue skills with their question and rubric counts")
    add_json(p)
    p.set_defaults(handler=_skill_list)


def _report_text(kind: str, report: ImportReport) -> str:
    r = report  # ImportReport
    return f"{kind}: {r.added} added, {r.updated} updated, {r.unchanged} unchanged from {len(r.files)} file(s)"


def _bank_import(ctx: CliContext) -> int:
    from interview_planner.services.content import import_banks

    report = import_banks(ctx.db, ctx.args.paths)
    ctx.emit(report, _report_text("questions", report))
    return 0


def _rubric_import(ctx: CliContext) -> int:
    from interview_planner.services.content import import_rubrics

    report = import_rubrics(ctx.db, ctx.args.paths)
    ctx.emit(report, _report_text("rubrics", report))
    return 0


def _bank_search(ctx: CliContext) -> int:
    from interview_planner.services.search import search_questions

    a = ctx.args
    if a.role_skill:
        from interview_planner.services.roles import suggest_questions

        hits = suggest_questions(ctx.db, a.role_skill, query=" ".join(a.query), limit=a.limit)
    else:
        hits = search_questions(
            ctx.db, " ".join(a.query), skills=a.skill, kind=a.kind, difficulty=a.difficulty, limit=a.limit
        )
    lines = [
        f"{q.bank}/{q.external_id} [{q.kind}, {q.minutes} min, {q.difficulty}] {', '.join(q.skills)}\n"
        + textwrap.indent(textwrap.fill(q.text, 96), "    ")
        for q in hits
    ]
    ctx.emit({"questions": hits}, "\n".join(lines) or "no questions found")
    return 0


def _rubric_show(ctx: CliContext) -> int:
    from interview_planner.services.rubrics import get_rubric

    rubric = get_rubric(ctx.db, ctx.args.skill)
    lines = [f"{rubric.title} ({rubric.skill})"]
    for level in rubric.levels:
        lines.append(f"  {level.level} {level.label}: {level.summary}")
        lines += [f"      - {a}" for a in level.anchors]
    ctx.emit(rubric, "\n".join(lines))
    return 0


def _skill_list(ctx: CliContext) -> int:
    from interview_planner.services.rubrics import list_catalogue

    skills = list_catalogue(ctx.db)
    lines = [
        f"{s.slug:34} {s.kind:4}  {s.questions:4} questions  {'rubric' if s.has_rubric else 'NO RUBRIC'}  {s.name}"
        for s in skills
    ]
    ctx.emit({"skills": skills}, "\n".join(lines))
    return 0
