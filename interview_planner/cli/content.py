"""``bank``, ``rubric`` and ``skill`` commands: the question banks, rubrics and skill catalogue."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_planner.cli.common import CliContext, add_json

if TYPE_CHECKING:
    from interview_planner.services.content import ImportReport


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bank = sub.add_parser("bank", help="question banks").add_subparsers(dest="bank_command", required=True)
    p = bank.add_parser(
        "import", help="import question bank files (YAML, JSON, CSV or a Markdown list of questions); idempotent"
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--bank", help="bank id for Markdown or CSV files that do not name one (default: the file name)")
    p.add_argument("--skill", help="catalogue skill for Markdown questions under a heading that names none")
    add_json(p)
    p.set_defaults(handler=_bank_import)
    p = bank.add_parser("template", help="write a commented starter question bank file")
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--skill", default="my-skill", help="catalogue skill slug the questions probe")
    p.set_defaults(handler=_bank_template)
    p = bank.add_parser("search", help="search questions (full text, ranked)")
    p.add_argument("query", nargs="*", help="words to look for (prefix match)")
    p.add_argument("--skill", action="append", default=[], help="catalogue skill slug or name (repeatable)")
    p.add_argument("--role-skill", help="a role skill id or 'ROLE:SKILL': rank questions for it")
    p.add_argument("--kind", help="technical, system_design, coding, behavioural or situational (synonyms accepted)")
    p.add_argument("--difficulty", choices=["easy", "medium", "hard"])
    p.add_argument("--bank", action="append", default=[], help="only questions of this bank (repeatable)")
    p.add_argument("--limit", type=int, default=20)
    add_json(p)
    p.set_defaults(handler=_bank_search)

    rubric = sub.add_parser("rubric", help="scoring rubrics").add_subparsers(dest="rubric_command", required=True)
    p = rubric.add_parser("import", help="import rubric files (YAML or JSON); idempotent")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument(
        "--replace", action="store_true", help="replace a skill's different rubric (the old one stays restorable)"
    )
    add_json(p)
    p.set_defaults(handler=_rubric_import)
    p = rubric.add_parser("history", help="earlier versions of a skill's rubric (replaced by imports)")
    p.add_argument("skill", help="catalogue skill slug or name")
    add_json(p)
    p.set_defaults(handler=_rubric_history)
    p = rubric.add_parser("restore", help="bring back the previous rubric of a skill (or --version ID)")
    p.add_argument("skill", help="catalogue skill slug or name")
    p.add_argument("--version", help="id (or id prefix) from 'rubric history'")
    add_json(p)
    p.set_defaults(handler=_rubric_restore)
    p = rubric.add_parser("template", help="write a commented starter rubric file")
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--skill", default="my-skill", help="catalogue skill slug the rubric scores")
    p.set_defaults(handler=_rubric_template)
    p = rubric.add_parser("show", help="show the rubric of a catalogue skill")
    p.add_argument("skill", help="catalogue skill slug or name")
    add_json(p)
    p.set_defaults(handler=_rubric_show)

    skill = sub.add_parser("skill", help="the skill catalogue").add_subparsers(dest="skill_command", required=True)
    p = skill.add_parser("list", help="list catalogue skills with their question and rubric counts")
    p.add_argument("--all", action="store_true", help="include retired and merged skills")
    add_json(p)
    p.set_defaults(handler=_skill_list)
    p = skill.add_parser("show", help="show a catalogue skill")
    p.add_argument("skill", help="slug or name")
    add_json(p)
    p.set_defaults(handler=_skill_show)
    p = skill.add_parser("add", help="add a skill to the catalogue (yours: init never overwrites it)")
    p.add_argument("--name", required=True)
    p.add_argument("--slug", help="stable id (default: made from the name)")
    p.add_argument("--kind", required=True, choices=["hard", "soft"])
    _skill_fields(p, required=True)
    p.add_argument("--relink", action="store_true", help="link unlinked role skills that the new skill matches")
    add_json(p)
    p.set_defaults(handler=_skill_add)
    p = skill.add_parser("edit", help="change a catalogue skill (name, kind, definition, lists); it becomes yours")
    p.add_argument("skill", help="slug or name")
    p.add_argument("--name")
    p.add_argument("--kind", choices=["hard", "soft"])
    _skill_fields(p, required=False)
    p.add_argument("--relink", action="store_true", help="link unlinked role skills that the skill now matches")
    add_json(p)
    p.set_defaults(handler=_skill_edit)
    p = skill.add_parser("merge", help="merge a skill into another (links, questions and rubric move)")
    p.add_argument("skill", help="the skill that goes away")
    p.add_argument("--into", required=True, help="the skill that stays")
    add_json(p)
    p.set_defaults(handler=_skill_merge)
    p = skill.add_parser("retire", help="stop offering a skill for new links (existing links stay)")
    p.add_argument("skill", help="slug or name")
    p.add_argument("--undo", action="store_true", help="bring a retired skill back")
    add_json(p)
    p.set_defaults(handler=_skill_retire)
    p = skill.add_parser("promote", help="make a role's custom skill a catalogue skill and link it")
    p.add_argument("role_skill", metavar="ROLE:SKILL", help="role skill id or 'ROLE TITLE:SKILL NAME'")
    p.add_argument("--slug")
    p.add_argument("--definition")
    add_json(p)
    p.set_defaults(handler=_skill_promote)
    p = skill.add_parser("relink", help="link role skills without a catalogue skill that one now matches")
    p.add_argument("--skill", help="only offer links to this skill")
    p.add_argument("--apply", action="store_true", help="write the links (default: only list them)")
    add_json(p)
    p.set_defaults(handler=_skill_relink)


def _skill_fields(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--definition", required=required, help="one or two sentences (printed in packets)")
    p.add_argument("--alias", action="append", dest="aliases", help="another name for the skill (repeatable)")
    p.add_argument("--keyword", action="append", dest="keywords", help="word or phrase in postings (repeatable)")
    p.add_argument("--focus", action="append", dest="focuses", help="stage focus where it is assessed (repeatable)")
    p.add_argument("--broader", help="slug of the wider catalogue skill this one narrows")


def _skill_data(a: argparse.Namespace) -> dict[str, object]:
    return {
        k: getattr(a, k)
        for k in ("name", "kind", "definition", "aliases", "keywords", "focuses", "broader")
        if getattr(a, k, None) is not None
    }


def _skill_text(s: object) -> str:
    from interview_planner.services.skills import SkillView

    assert isinstance(s, SkillView)
    state = " (merged into " + s.merged_into + ")" if s.merged_into else " (retired)" if s.retired else ""
    lines = [
        f"{s.slug}: {s.name} [{s.kind}, {s.origin}]{state}",
        f"  definition: {s.definition}",
        f"  aliases: {', '.join(s.aliases) or '-'}",
        f"  keywords: {', '.join(s.keywords) or '-'}",
        f"  focuses: {', '.join(s.focuses) or '-'}",
    ]
    if s.broader:
        lines.append(f"  broader: {s.broader}")
    return "\n".join(lines)


def _relink_text(links: list[Any], applied: bool) -> str:
    if not links:
        return "no unlinked role skill matches"
    head = "linked" if applied else "would link (run 'skill relink --apply' to link them)"
    return f"{head}:\n" + "\n".join(f"  {r.role}: {r.role_skill} -> {r.skill} ({r.score:.2f})" for r in links)


def _skill_add(ctx: CliContext) -> int:
    from interview_planner.services.skills import add_skill, relink_candidates

    a = ctx.args
    view = add_skill(ctx.db, {**_skill_data(a), "slug": a.slug})
    links = relink_candidates(ctx.db, apply=a.relink, skill=view.slug)
    text_ = f"added {_skill_text(view)}"
    if links:
        text_ += "\n" + _relink_text(links, a.relink)
    ctx.emit({"skill": view, "relink": links, "applied": a.relink}, text_)
    return 0


def _skill_edit(ctx: CliContext) -> int:
    from interview_planner.services.skills import edit_skill, relink_candidates

    a = ctx.args
    view = edit_skill(ctx.db, a.skill, _skill_data(a))
    links = relink_candidates(ctx.db, apply=a.relink, skill=view.slug)
    text_ = f"changed {_skill_text(view)}"
    if links:
        text_ += "\n" + _relink_text(links, a.relink)
    ctx.emit({"skill": view, "relink": links, "applied": a.relink}, text_)
    return 0


def _skill_show(ctx: CliContext) -> int:
    from interview_planner.services.skills import get_skill

    view = get_skill(ctx.db, ctx.args.skill)
    ctx.emit(view, _skill_text(view))
    return 0


def _skill_merge(ctx: CliContext) -> int:
    from interview_planner.services.skills import merge_skill

    view = merge_skill(ctx.db, ctx.args.skill, into=ctx.args.into)
    ctx.emit(view, f"merged {ctx.args.skill} into {view.slug}\n{_skill_text(view)}")
    return 0


def _skill_retire(ctx: CliContext) -> int:
    from interview_planner.services.skills import retire_skill

    view = retire_skill(ctx.db, ctx.args.skill, undo=ctx.args.undo)
    ctx.emit(view, f"{'brought back' if ctx.args.undo else 'retired'} {view.slug}")
    return 0


def _skill_promote(ctx: CliContext) -> int:
    from interview_planner.services.skills import promote_role_skill

    view = promote_role_skill(ctx.db, ctx.args.role_skill, slug=ctx.args.slug, definition=ctx.args.definition)
    ctx.emit(
        view,
        f"promoted to the catalogue and linked: {_skill_text(view)}\n"
        f"next: add questions and a rubric for {view.slug} ('bank template', 'rubric template')",
    )
    return 0


def _skill_relink(ctx: CliContext) -> int:
    from interview_planner.services.skills import relink_candidates

    links = relink_candidates(ctx.db, apply=ctx.args.apply, skill=ctx.args.skill)
    ctx.emit({"relink": links, "applied": ctx.args.apply}, _relink_text(links, ctx.args.apply))
    return 0


def _bank_template(ctx: CliContext) -> int:
    from interview_planner.content.templates import write_template

    path = write_template(ctx.args.path, "bank", skill=ctx.args.skill)
    ctx.emit({"path": str(path)}, f"wrote {path}: fill it in, then 'interview-planner bank import {path}'")
    return 0


def _rubric_template(ctx: CliContext) -> int:
    from interview_planner.content.templates import write_template

    path = write_template(ctx.args.path, "rubric", skill=ctx.args.skill)
    ctx.emit({"path": str(path)}, f"wrote {path}: fill it in, then 'interview-planner rubric import {path}'")
    return 0


def _rubric_history(ctx: CliContext) -> int:
    from interview_planner.services.content import rubric_history

    versions = rubric_history(ctx.db, ctx.args.skill)
    lines = [f"{v.id[:8]}  {v.replaced_at}  {v.origin:7}  {v.title}  ({v.source_file})" for v in versions]
    ctx.emit({"versions": versions}, "\n".join(lines) or "no earlier rubric")
    return 0


def _rubric_restore(ctx: CliContext) -> int:
    from interview_planner.services.content import restore_rubric

    report = restore_rubric(ctx.db, ctx.args.skill, version=ctx.args.version)
    ctx.emit(report, f"restored the earlier rubric of {ctx.args.skill} (the replaced one is in 'rubric history')")
    return 0


def _report_text(kind: str, report: ImportReport) -> str:
    r = report  # ImportReport
    out = f"{kind}: {r.added} added, {r.updated} updated, {r.unchanged} unchanged from {len(r.files)} file(s)"
    if r.needs_review:
        out += f"\n{r.needs_review} question(s) completed with defaults are marked 'needs review' (see docs/formats.md)"
    return out


def _bank_import(ctx: CliContext) -> int:
    from interview_planner.services.content import import_banks

    report = import_banks(ctx.db, ctx.args.paths, bank=ctx.args.bank, skill=ctx.args.skill)
    ctx.emit(report, _report_text("questions", report))
    return 0


def _rubric_import(ctx: CliContext) -> int:
    from interview_planner.services.content import import_rubrics

    report = import_rubrics(ctx.db, ctx.args.paths, replace=ctx.args.replace)
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
            ctx.db,
            " ".join(a.query),
            skills=a.skill,
            kind=a.kind,
            difficulty=a.difficulty,
            banks=a.bank,
            limit=a.limit,
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

    skills = list_catalogue(ctx.db, include_retired=ctx.args.all)
    lines = [
        f"{s.slug:34} {s.kind:4}  {s.questions:4} questions  {'rubric   ' if s.has_rubric else 'NO RUBRIC'}  "
        f"{s.origin:7}  {s.name}" + (" (retired)" if s.retired else "")
        for s in skills
    ]
    ctx.emit({"skills": skills}, "\n".join(lines))
    return 0
