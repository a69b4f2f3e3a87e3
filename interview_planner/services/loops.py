"""Loops: create from a template, auto-plan, inspect, check and edit.

Every edit is one transaction that bumps the loop's row version and returns
the new :class:`LoopView`, which the CLI prints and the UI shows.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session, col, select

from interview_planner.db.database import Database
from interview_planner.db.models import (
    Interview,
    Interviewer,
    Loop,
    RoleSkill,
    SkillAcknowledgement,
    Stage,
    StageInterviewer,
    StageQuestion,
    StageShadow,
    StageSkill,
)
from interview_planner.db.portable import dialect_of, from_json
from interview_planner.errors import ConflictError, InputError, NotFoundError
from interview_planner.jd.lexicon import LINK_STOPWORDS
from interview_planner.planning.checks import (
    check_loop,
    coverage,
    focus_label,
    questions_probing,
    stage_anchor,
    stage_minutes_used,
)
from interview_planner.planning.model import (
    FOCUSES,
    FORMATS,
    Finding,
    LoopState,
    PlanInterviewer,
    PlanQuestion,
    PlanSkill,
    PlanStage,
    skill_capacity,
)
from interview_planner.planning.planner import Candidate, plan_loop, usable_candidates
from interview_planner.planning.templates import get_template
from interview_planner.services.common import bump_version
from interview_planner.services.fulltext import for_dialect, skill_key
from interview_planner.services.refs import resolve
from interview_planner.services.reliability import single_rater
from interview_planner.services.roles import resolve_role


class QuestionRef(BaseModel):
    id: str
    text: str
    minutes: int
    kind: str
    skills: list[str]  # names of the role skills it probes
    primary: list[str] = []  # names of the role skills it primarily probes (what it rates)
    anchor: bool = False  # the stage's anchor exercise


class StageView(BaseModel):
    id: str
    position: int
    name: str
    format: str
    focus: str
    minutes: int
    minutes_used: int
    interviewers: list[str]
    interviewer_ids: list[str]
    skills: list[str]
    skill_ids: list[str]
    questions: list[QuestionRef]
    focus_label: str = ""
    shadows: list[str] = []  # names of the people sitting in to learn the stage
    skill_cap: int = 0  # how many skills the stage's minutes let it rate
    buffer_minutes: int = 0  # minutes left for introductions and the candidate's questions


class Budget(BaseModel):
    """Skill slots: what the loop's stages can rate at depth against what the role asks for."""

    available: int  # sum of the stages' skill caps
    used: int  # rated skills over all stages
    wanted: int  # two per core skill, one per other skill

    @property
    def text(self) -> str:
        return f"{self.used} of {self.available} skill slots used; the role wants {self.wanted}"


class LoopInfo(BaseModel):
    id: str
    name: str
    role: str
    role_id: str
    template: str | None
    version: int
    hide_scorecards_until_submitted: bool


class SkillCoverage(BaseModel):
    id: str
    name: str
    kind: str
    priority: str
    core: bool = False
    weight: int = 1
    acknowledged: str | None = None
    catalogue_id: str | None
    stages: int
    questions_per_stage: list[int | None]  # aligned with LoopView.stages; None = not assessed there


class LoopView(BaseModel):
    loop: LoopInfo
    stages: list[StageView]
    coverage: dict[str, int]
    skills: list[SkillCoverage]
    findings: list[Finding]
    budget: Budget | None = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


# --- reading -------------------------------------------------------------------


def resolve_loop(session: Session, ref: str) -> str:
    return resolve(session, "loop", "name", ref, what="loop")


def get_loop(db: Database, ref: str) -> LoopView:
    with db.read() as session:
        return loop_view(session, resolve_loop(session, ref))


def list_loops(db: Database) -> list[LoopInfo]:
    with db.read() as session:
        ids = [r.id for r in session.execute(text("SELECT id FROM loop ORDER BY created_at"))]
        return [_loop_info(session, i) for i in ids]


def _loop_info(session: Session, loop_id: str) -> LoopInfo:
    loop = session.get(Loop, loop_id)
    if loop is None:
        raise NotFoundError(f"no loop {loop_id!r}")
    role_title = session.execute(text("SELECT title FROM role WHERE id = :r"), {"r": loop.role_id}).scalar_one()
    return LoopInfo(
        id=loop.id,
        name=loop.name,
        role=role_title,
        role_id=loop.role_id,
        template=loop.template,
        version=loop.version,
        hide_scorecards_until_submitted=loop.hide_scorecards_until_submitted,
    )


def loop_state(session: Session, loop_id: str, *, forecast: bool = True) -> LoopState:
    """The loop as plain planning data (for the checks and the planner). Without ``forecast`` the team's
    measured reliability of one rating is not read (the planner does not use it; the checks do)."""
    loop = session.get(Loop, loop_id)
    if loop is None:
        raise NotFoundError(f"no loop {loop_id!r}")
    skills = _plan_skills(session, loop.role_id, loop_id)
    stages = [
        _plan_stage(session, s)
        for s in session.exec(select(Stage).where(Stage.loop_id == loop_id).order_by(col(Stage.position))).all()
    ]
    used = sorted({q for s in stages for q in s.questions})
    return LoopState(
        skills=skills,
        stages=stages,
        questions=_plan_questions(session, used),
        interviewers=_plan_interviewers(session, loop_id),
        single_rater=_measured_single_rater(session) if forecast else None,
    )


def _measured_single_rater(session: Session) -> float | None:
    """The team's measured reliability of one rating (the forecast's input), or None while the prior applies."""
    value, source, _ = single_rater(session)
    return value if source == "measured" else None


DEFAULT_CORE_COUNT = 2  # the posting's first two must-haves are core unless the hiring manager says otherwise


def default_core(priority: str, must_rank: int) -> bool:
    """A must-have is core by default when it is one of the posting's first two must-haves."""
    return priority == "must" and must_rank < DEFAULT_CORE_COUNT


def default_weight(priority: str, core: bool) -> int:
    return 3 if core else 2 if priority == "must" else 1


def _plan_skills(session: Session, role_id: str, loop_id: str | None = None) -> list[PlanSkill]:
    rows = session.execute(
        text(
            "SELECT rs.id, rs.name, rs.kind, rs.priority, rs.catalogue_skill_id, cs.focuses, rs.core, rs.weight, "
            "ack.reason FROM role_skill rs "
            "LEFT JOIN catalogue_skill cs ON cs.id = rs.catalogue_skill_id "
            "LEFT JOIN skill_acknowledgement ack ON ack.role_skill_id = rs.id AND ack.loop_id = :l "
            "WHERE rs.role_id = :r ORDER BY rs.position"
        ),
        {"r": role_id, "l": loop_id},
    )
    out = []
    must_rank = 0
    for r in rows:
        core = bool(r.core) if r.core is not None else default_core(r.priority, must_rank)
        must_rank += r.priority == "must"
        out.append(
            PlanSkill(
                id=r.id,
                name=r.name,
                kind=r.kind,
                priority=r.priority,
                catalogue_id=r.catalogue_skill_id,
                focuses=from_json(r.focuses) if r.focuses else [],
                core=core,
                weight=r.weight if r.weight is not None else default_weight(r.priority, core),
                acknowledged=r.reason,
            )
        )
    return out


def _plan_stage(session: Session, stage: Stage) -> PlanStage:
    p = {"s": stage.id}
    skills = [
        r[0]
        for r in session.execute(
            text(
                "SELECT ss.role_skill_id FROM stage_skill ss JOIN role_skill rs ON rs.id = ss.role_skill_id "
                "WHERE ss.stage_id = :s ORDER BY rs.position"
            ),
            p,
        )
    ]
    questions = [
        r[0]
        for r in session.execute(
            text("SELECT question_id FROM stage_question WHERE stage_id = :s ORDER BY position"), p
        )
    ]
    people = [
        r[0]
        for r in session.execute(
            text(
                "SELECT si.interviewer_id FROM stage_interviewer si JOIN interviewer i ON i.id = si.interviewer_id "
                "WHERE si.stage_id = :s ORDER BY i.name"
            ),
            p,
        )
    ]
    shadows = [
        r[0]
        for r in session.execute(
            text(
                "SELECT ss.interviewer_id FROM stage_shadow ss JOIN interviewer i ON i.id = ss.interviewer_id "
                "WHERE ss.stage_id = :s ORDER BY i.name"
            ),
            p,
        )
    ]
    return PlanStage(
        id=stage.id,
        shadows=shadows,
        name=stage.name,
        minutes=stage.minutes,
        focus=stage.focus,
        format=stage.format,
        position=stage.position,
        skills=skills,
        questions=questions,
        interviewers=people,
    )


def _plan_questions(session: Session, ids: list[str]) -> dict[str, PlanQuestion]:
    if not ids:
        return {}
    marks, params = _in(ids)
    links: dict[str, list[str]] = defaultdict(list)
    for r in session.execute(
        text(f"SELECT question_id, skill_id FROM question_skill WHERE question_id IN ({marks}) ORDER BY position"),
        params,
    ):
        links[r.question_id].append(r.skill_id)
    return {
        r.id: PlanQuestion(
            id=r.id, minutes=r.minutes, kind=r.kind, difficulty=r.difficulty, catalogue_skills=links[r.id]
        )
        for r in session.execute(
            text(f"SELECT id, minutes, kind, difficulty FROM question WHERE id IN ({marks})"), params
        )
    }


def _plan_interviewers(session: Session, loop_id: str | None = None) -> dict[str, PlanInterviewer]:
    week_start = datetime.now(UTC).date() - timedelta(days=datetime.now(UTC).weekday())
    load = {
        r.interviewer_id: r.n
        for r in session.execute(
            text(
                "SELECT i.interviewer_id, count(*) AS n FROM interview i JOIN candidate c ON c.id = i.candidate_id "
                "WHERE date(i.scheduled_at) >= :w AND (CAST(:loop AS VARCHAR) IS NULL OR c.loop_id != :loop) "
                "GROUP BY i.interviewer_id"
            ),
            {"w": week_start.isoformat(), "loop": loop_id},
        )
    }
    return {
        r.id: PlanInterviewer(
            id=r.id,
            name=r.name,
            focuses=r.focuses,
            skills=r.skills,
            weekly_limit=r.weekly_limit,
            load=load.get(r.id, 0),
        )
        for r in session.exec(select(Interviewer).order_by(Interviewer.name)).all()
    }


def loop_view(session: Session, loop_id: str) -> LoopView:
    state = loop_state(session, loop_id)
    names = {s.id: s.name for s in state.skills}
    catalogue_to_role = {s.catalogue_id: s.name for s in state.skills if s.catalogue_id}
    texts = _question_texts(session, list(state.questions))
    stages = [
        StageView(
            id=s.id,
            position=s.position,
            name=s.name,
            format=s.format,
            focus=s.focus,
            minutes=s.minutes,
            minutes_used=stage_minutes_used(s, state),
            interviewers=[state.interviewers[i].name for i in s.interviewers if i in state.interviewers],
            interviewer_ids=list(s.interviewers),
            skills=[names[k] for k in s.skills if k in names],
            skill_ids=list(s.skills),
            questions=[
                QuestionRef(
                    id=q,
                    text=texts.get(q, ""),
                    minutes=state.questions[q].minutes,
                    kind=state.questions[q].kind,
                    skills=[
                        catalogue_to_role[c] for c in state.questions[q].catalogue_skills if c in catalogue_to_role
                    ],
                    primary=[catalogue_to_role[c] for c in state.questions[q].primary_skills if c in catalogue_to_role],
                    anchor=state.questions[q] is stage_anchor(s, state),
                )
                for q in s.questions
                if q in state.questions
            ],
            focus_label=focus_label(s.focus),
            shadows=[state.interviewers[i].name for i in s.shadows if i in state.interviewers],
            skill_cap=skill_capacity(s.minutes),
            buffer_minutes=s.minutes - stage_minutes_used(s, state),
        )
        for s in state.stages
    ]
    counts = coverage(state)
    skills = [
        SkillCoverage(
            id=k.id,
            name=k.name,
            kind=k.kind,
            priority=k.priority,
            core=k.core,
            weight=k.weight,
            acknowledged=k.acknowledged,
            catalogue_id=k.catalogue_id,
            stages=counts[k.id],
            questions_per_stage=[
                questions_probing(s, state, k.catalogue_id) if k.id in s.skills else None for s in state.stages
            ],
        )
        for k in state.skills
    ]
    return LoopView(
        loop=_loop_info(session, loop_id),
        stages=stages,
        coverage={k.name: counts[k.id] for k in state.skills},
        skills=skills,
        findings=check_loop(state),
        budget=Budget(
            available=sum(skill_capacity(s.minutes) for s in state.stages),
            used=sum(len(s.skills) for s in state.stages),
            wanted=sum(2 if k.core else 1 for k in state.skills),
        ),
    )


def _question_texts(session: Session, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks, params = _in(ids)
    return {r.id: r.text for r in session.execute(text(f"SELECT id, text FROM question WHERE id IN ({marks})"), params)}


def _in(values: list[str]) -> tuple[str, dict[str, str]]:
    return ", ".join(f":v{i}" for i in range(len(values))), {f"v{i}": v for i, v in enumerate(values)}


def check(db: Database, ref: str) -> list[Finding]:
    return get_loop(db, ref).findings


# --- creating and planning ------------------------------------------------------------


def create_loop(db: Database, *, role: str, template: str | None = None, name: str | None = None) -> LoopView:
    with db.write() as session:
        loop = _create(session, resolve_role(session, role), template, name)
        return loop_view(session, loop.id)


def _create(session: Session, role_id: str, template_slug: str | None, name: str | None) -> Loop:
    template = get_template(template_slug)
    title = session.execute(text("SELECT title FROM role WHERE id = :r"), {"r": role_id}).scalar_one()
    loop = Loop(role_id=role_id, name=(name or f"{title} – {template.name}").strip(), template=template.slug)
    session.add(loop)
    for position, ts in enumerate(template.stages):
        session.add(
            Stage(
                loop_id=loop.id, position=position, name=ts.name, format=ts.format, minutes=ts.minutes, focus=ts.focus
            )
        )
    session.flush()
    return loop


def plan(db: Database, *, role: str, template: str | None = None, name: str | None = None) -> LoopView:
    """Create a loop from a template and fill it with the auto-planner (one transaction)."""
    with db.write() as session:
        loop = _create(session, resolve_role(session, role), template, name)
        _replan(session, loop.id)
        return loop_view(session, loop.id)


def create_loop_in(
    session: Session, *, role: str, template: str | None = None, name: str | None = None, auto_plan: bool = False
) -> str:
    """:func:`create_loop` (or, with ``auto_plan``, :func:`plan`) inside the caller's transaction; the loop's id."""
    loop = _create(session, resolve_role(session, role), template, name)
    if auto_plan:
        _replan(session, loop.id)
    return loop.id


def replan(db: Database, *, loop: str) -> LoopView:
    """Re-run the auto-planner on a loop's current stages (skills and questions are replaced)."""
    with db.write() as session:
        loop_id = resolve_loop(session, loop)
        _bump(session, loop_id, None)
        _replan(session, loop_id)
        sync_candidates(session, loop_id)
        return loop_view(session, loop_id)


def _replan(session: Session, loop_id: str) -> None:
    """Plan skills and questions afresh and re-assign interviewers; a person who already has
    interviews with candidates in a stage stays on it."""
    state = loop_state(session, loop_id, forecast=False)
    questions = candidate_questions(session, state.skills, state.stages)
    locked = defaultdict(set)
    for r in session.execute(
        text(
            "SELECT DISTINCT i.stage_id, i.interviewer_id FROM interview i JOIN stage s ON s.id = i.stage_id "
            "WHERE s.loop_id = :l AND i.interviewer_id IS NOT NULL"
        ),
        {"l": loop_id},
    ):
        locked[r.stage_id].add(r.interviewer_id)
    stages = [
        s.model_copy(update={"interviewers": [i for i in s.interviewers if i in locked[s.id]]}) for s in state.stages
    ]
    result = plan_loop(state.skills, stages, questions, list(state.interviewers.values()))
    for stage in result.stages:
        _write_stage_plan(session, stage)


CANDIDATES_PER_KIND = 30  # per catalogue skill, kind and length (short / exercise): the planner's unranked reserve
RELEVANCE_SAMPLE: int | None = 400  # SQLite: about this many of a skill's questions are ranked (None: all of them)
_ID_CHUNK = 500  # ids per IN list (well under SQLite's and PostgreSQL's parameter limits)


def candidate_questions(
    session: Session, skills: list[PlanSkill], stages: list[PlanStage] | None = None
) -> list[PlanQuestion]:
    """The questions the planner may choose from for the skills, with their relevance to the requirement text,
    from every bank alike (shipped, imported, the user's); questions still marked ``needs_review`` (imported
    with defaults) wait until a person completes them.

    A bounded set per skill from the index, not the whole bank: its 200 best full-text matches, and its first
    ``CANDIDATES_PER_KIND`` questions of each kind and length by bank and id (so an exercise of the right kind is
    there even when no text matches). On SQLite a skill with more than ``RELEVANCE_SAMPLE`` questions is ranked,
    and its reserve taken, over a sample of about that many spread over the whole search index (a hash of the
    rowid: every bank alike, the same sample every time). The planner looks at most at the best 24 per stage and
    skill: given the ``stages``, only the questions it can choose for them are returned
    (:func:`~interview_planner.planning.planner.usable_candidates`; the plan is the same)."""
    cat_ids = sorted({s.catalogue_id for s in skills if s.catalogue_id})
    if not cat_ids:
        return []
    usable = None if stages is None else (lambda found: usable_candidates(found, skills, stages))
    if dialect_of(session) == "sqlite":
        return _sqlite_candidates(session, skills, cat_ids, usable)
    relevance = _relevance(session, skills)
    picked = set(relevance)
    picked.update(r[0] for r in _reserve(session, cat_ids))
    ids = sorted(picked)
    links: dict[str, list[str]] = defaultdict(list)
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), _ID_CHUNK):
        chunk, chunk_params = _in(ids[start : start + _ID_CHUNK])
        for question_id, skill_id in _fast_rows(
            session,
            f"SELECT question_id, skill_id FROM question_skill WHERE question_id IN ({chunk}) "
            "ORDER BY question_id, position",
            chunk_params,
        ):
            links[question_id].append(skill_id)
        rows += _fast_rows(
            session,
            f"SELECT id, id, bank, external_id, minutes, kind, difficulty FROM question WHERE id IN ({chunk}) "
            "AND needs_review = false ORDER BY id",
            chunk_params,
        )
    return _plan_question_rows(rows, links, relevance, usable)


def _plan_question_rows(
    rows: Iterable[tuple[Any, ...]],
    links: dict[Any, list[str]],
    relevance: dict[Any, float],
    usable: Callable[[list[Candidate]], set[Any]] | None = None,
) -> list[PlanQuestion]:
    """PlanQuestions of (key, id, bank, external_id, minutes, kind, difficulty) rows; with ``usable``, only those
    of the rows it keeps (:func:`~interview_planner.planning.planner.usable_candidates`)."""
    rows = list(rows)
    keep = None
    if usable is not None:
        keep = usable(
            [
                Candidate(ref, f"{bank}/{external_id}", kind, minutes, relevance.get(ref, 0.0), links.get(ref, []))
                for ref, _, bank, external_id, minutes, kind, _ in rows
            ]
        )
    return [
        PlanQuestion(
            id=qid,
            key=f"{bank}/{external_id}",
            minutes=minutes,
            kind=kind,
            difficulty=difficulty,
            catalogue_skills=links.get(ref, []),
            relevance=relevance.get(ref, 0.0),
        )
        for ref, qid, bank, external_id, minutes, kind, difficulty in rows
        if keep is None or ref in keep
    ]


_PLAN_CACHE_KIB = 65536  # SQLite's page cache while candidates are read: the link and question pages fit


def _sqlite_candidates(
    session: Session,
    skills: list[PlanSkill],
    cat_ids: list[str],
    usable: Callable[[list[Candidate]], set[Any]] | None = None,
) -> list[PlanQuestion]:
    """:func:`candidate_questions` on SQLite, by rowid throughout (a search row has its question's rowid). The
    skill filter is part of each full-text query (the search rows carry their skills' keys, schema 13): FTS5
    intersects the requirement's words with the skill's questions inside the index, and bm25 ranks only those
    of the skill's sample (:func:`_sample_share`; all of them for a skill of at most ``RELEVANCE_SAMPLE``
    questions); the reserve comes from the same sample. The chosen questions and their links are read by rowid, with
    a page cache large enough to hold them (with SQLite's default of 2 MB most of those random reads were
    misses: benchmarks/README.md, auto-plan round 4)."""
    cursor = _driver_cursor(session)
    (cache_size,) = cursor.execute("PRAGMA cache_size").fetchone()
    cursor.execute(f"PRAGMA cache_size = -{max(_PLAN_CACHE_KIB, -cache_size if cache_size < 0 else 0)}")
    try:
        fts = for_dialect("sqlite")
        slugs = dict(
            cursor.execute(
                "SELECT id, slug FROM catalogue_skill WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(cat_ids),),
            )
        )
        share = {cid: _sample_share(cursor, f'"{skill_key(slug)}"') for cid, slug in slugs.items()}
        relevance: dict[int, float] = {}
        for catalogue_id, match in _relevance_queries(session, skills):
            if catalogue_id in slugs:
                params = {"m": fts.with_skills(match, [slugs[catalogue_id]]), "share": share[catalogue_id]}
                _spread(relevance, cursor.execute(_SQLITE_RELEVANCE, params).fetchall())
        picked = set(relevance)
        for catalogue_id, slug in slugs.items():
            params = {"key": f'"{skill_key(slug)}"', "share": share[catalogue_id], "per_kind": CANDIDATES_PER_KIND}
            picked.update(r[0] for r in cursor.execute(_SQLITE_RESERVE, params))
        links: dict[int, list[str]] = defaultdict(list)
        rows: list[tuple[Any, ...]] = []
        # each chosen question's row and its links in one pass (its row is read once): one result row per link
        for *row, skill_id in cursor.execute(
            "SELECT q.rowid, q.id, q.bank, q.external_id, q.minutes, q.kind, q.difficulty, qs.skill_id FROM question q "
            "LEFT JOIN question_skill qs ON qs.question_id = q.id WHERE q.rowid IN (SELECT value FROM json_each(?)) "
            "AND q.needs_review = false ORDER BY q.rowid, qs.position",
            (json.dumps(sorted(picked)),),
        ):
            if not rows or rows[-1][0] != row[0]:
                rows.append(tuple(row))
            if skill_id is not None:
                links[row[0]].append(skill_id)
    finally:
        cursor.execute(f"PRAGMA cache_size = {int(cache_size)}")
    return _plan_question_rows(rows, links, relevance, usable)


def _reserve(session: Session, cat_ids: list[str]) -> Iterable[tuple[Any, ...]]:
    """Each skill's first ``CANDIDATES_PER_KIND`` questions of each kind and length (by bank and id): PostgreSQL
    (SQLite: :data:`_SQLITE_RESERVE`)."""
    marks, params = _in(cat_ids)
    return _fast_rows(
        session,
        "SELECT question_id FROM (SELECT qs.question_id, ROW_NUMBER() OVER (PARTITION BY qs.skill_id, q.kind, "
        "q.minutes >= 30 ORDER BY q.bank, q.external_id) AS n FROM question_skill qs "
        f"JOIN question q ON q.id = qs.question_id WHERE qs.skill_id IN ({marks}) AND q.needs_review = false) "
        "AS ranked WHERE n <= :per_kind",
        {**params, "per_kind": CANDIDATES_PER_KIND},
    )


def _driver_cursor(session: Session) -> sqlite3.Cursor:
    """A cursor of the driver's connection, inside the session's transaction: for reads of 100,000 rows,
    where SQLAlchemy's result rows cost seconds."""
    cursor: sqlite3.Cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    return cursor


def _fast_rows(session: Session, sql: str, params: dict[str, Any]) -> Iterable[tuple[Any, ...]]:
    """Plain tuples: from the SQLite driver directly, through SQLAlchemy elsewhere (psycopg is fast enough)."""
    if dialect_of(session) == "sqlite":
        return _driver_cursor(session).execute(sql, params)
    return [tuple(row) for row in session.execute(text(sql), params)]


def _relevance_queries(session: Session, skills: list[PlanSkill]) -> list[tuple[str, str]]:
    """(catalogue skill, full-text query) for each skill's requirement: its telling words, each once (a word
    repeated in the skill's name and its sentence was a second phrase for the index to scan and for bm25 to
    count twice), and one query per catalogue skill and set of words (role skills drawn from one sentence of the
    posting share it)."""
    if not skills:
        return []
    marks, params = _in([s.id for s in skills])
    sources = dict(session.execute(text(f"SELECT id, source_text FROM role_skill WHERE id IN ({marks})"), params).all())
    fts = for_dialect(dialect_of(session))
    return list(
        dict.fromkeys(
            (skill.catalogue_id, match)
            for skill in skills
            if skill.catalogue_id
            and (
                match := fts.match(
                    " ".join(sorted(telling_words(f"{skill.name} {sources.get(skill.id, '')}").split())),
                    any_term=True,
                    whole_words=True,
                )
            )
        )
    )


def _relevance(session: Session, skills: list[PlanSkill]) -> dict[Any, float]:
    """ts_rank relevance of each skill's best 200 questions to the skill's own requirement text (higher is
    better), by question id: PostgreSQL (SQLite: :func:`_sqlite_candidates`)."""
    out: dict[Any, float] = {}
    for catalogue_id, match in _relevance_queries(session, skills):
        rows = session.execute(text(_PG_RELEVANCE), {"m": match, "s": catalogue_id})
        _spread(out, rows.all())
    return out


# ts_rank normalised to rank / (rank + 1) (flag 32), as services/fulltext.py ranks questions; then spread.
_PG_RELEVANCE = (
    "SELECT f.question_id, 5 * ts_rank(f.document, q.query, 32) AS score "
    "FROM question_fts f, to_tsquery('english'::regconfig, :m) AS q(query) "
    "WHERE f.document @@ q.query AND f.question_id IN (SELECT question_id FROM question_skill WHERE skill_id = :s) "
    "ORDER BY score DESC, f.question_id LIMIT 200"
)


_BM25 = "bm25(question_fts, 0, 1.0, 2.0, 0.3, 0)"  # the search's weights (services/fulltext.py)
# A question's place in a skill's sample: its rowid scattered over 0 .. 2**32 (Knuth's multiplicative hash), so
# a sample of a skill's questions is spread over the whole index (every bank, old and new), not its first ones.
# (The rowid is first taken below 3e9, so the product stays within SQLite's 64-bit integers.)
_SCATTER = "((rowid % 3000000000) * 2654435761) % 4294967296"
_SCATTER_RANGE = 1 << 32
# (rowid, score: higher is better) of the 200 best matches of :m, a query that names its skill's key
# (FullText.with_skills): FTS5 intersects the words' matches with the skill's questions inside the index, and
# bm25 (weight 0 on the keys) scores only those, in the skill's sample (:share of the scatter range).
_SQLITE_RELEVANCE = (
    f"SELECT rowid, -{_BM25} AS score FROM question_fts WHERE question_fts MATCH :m AND {_SCATTER} < :share "
    f"ORDER BY {_BM25} LIMIT 200"
)
# Of a skill's sample (:key, its key), the first :per_kind questions of each kind and length by bank and id.
_SQLITE_RESERVE = (
    "SELECT rowid FROM (SELECT q.rowid, ROW_NUMBER() OVER (PARTITION BY q.kind, q.minutes >= 30 "
    "ORDER BY q.bank, q.external_id) AS n FROM (SELECT rowid FROM question_fts WHERE question_fts MATCH :key "
    f"AND {_SCATTER} < :share) AS f JOIN question q ON q.rowid = f.rowid WHERE q.needs_review = false) AS ranked "
    "WHERE n <= :per_kind"
)


def _sample_share(cursor: sqlite3.Cursor, key: str) -> int:
    """How much of the scatter range a skill's sample takes: all of it (every question) unless
    ``RELEVANCE_SAMPLE`` is set and the skill has more questions, then about that many of them."""
    if RELEVANCE_SAMPLE is None:
        return _SCATTER_RANGE
    (count,) = cursor.execute("SELECT count(*) FROM question_fts WHERE question_fts MATCH ?", (key,)).fetchone()
    return _SCATTER_RANGE if count <= RELEVANCE_SAMPLE else _SCATTER_RANGE * RELEVANCE_SAMPLE // count


_WORDS = re.compile(r"\w+(?:-\w+)*", re.UNICODE)


def telling_words(requirement: str) -> str:
    """The words of a requirement that say which skill is meant: the posting's filler ("and", "with",
    "experience", "strong"…, :data:`~interview_planner.jd.lexicon.LINK_STOPWORDS`) dropped, unless nothing else
    is left. Those words are in most questions of a bank, so ranking by them cost most of an auto-plan
    (benchmarks/README.md) for scores that hardly differ: bm25 gives a word in more than half the questions
    no weight at all."""
    words = _WORDS.findall(requirement.lower())
    return " ".join(dict.fromkeys([w for w in words if w not in LINK_STOPWORDS] or words))


def _spread(out: dict[Any, float], rows: Sequence[Any]) -> None:
    """Each skill's relevance scores spread over 0..5 relative to its best match (the range the planner
    counts): raw bm25 is unbounded (an on-topic question scores 60, so every score hit a cap) and ts_rank
    tiny, and either way fit would not decide between questions of different banks. The planner places
    every must-have before any second observation whatever these scores are (tests/core/planning)."""
    best = max((float(score) for _, score in rows), default=0.0)
    for question_id, score in rows:
        value = 5.0 * float(score) / best if best > 0 else 0.0
        out[question_id] = max(out.get(question_id, 0.0), value)


def _write_stage_plan(session: Session, stage: PlanStage) -> None:
    p = {"s": stage.id}
    session.execute(text("DELETE FROM stage_skill WHERE stage_id = :s"), p)
    session.execute(text("DELETE FROM stage_question WHERE stage_id = :s"), p)
    session.execute(text("DELETE FROM stage_interviewer WHERE stage_id = :s"), p)
    for sid in stage.skills:
        session.add(StageSkill(stage_id=stage.id, role_skill_id=sid))
    for pos, qid in enumerate(stage.questions):
        session.add(StageQuestion(stage_id=stage.id, question_id=qid, position=pos))
    for iid in stage.interviewers:
        session.add(StageInterviewer(stage_id=stage.id, interviewer_id=iid))
    session.flush()


# --- the skill budget ------------------------------------------------------------------


def set_skill_budget(
    db: Database, *, role: str, skill: str, core: bool | None = None, weight: int | None = None
) -> list[PlanSkill]:
    """Mark a role skill core (or not) and set its weight; returns the role's skills as the planner sees them."""
    if weight is not None and not 1 <= weight <= 5:
        raise InputError(f"a weight is between 1 and 5 (got {weight})", field="weight")
    with db.write() as session:
        role_id = resolve_role(session, role)
        row = session.get(RoleSkill, _role_skill(session, role_id, skill))
        assert row is not None
        if core is not None:
            if core and row.priority != "must":
                raise InputError(f"only a must-have can be core ('{row.name}' is nice-to-have)", field="core")
            row.core = core
        if weight is not None:
            row.weight = weight
        session.add(row)
        session.flush()
        return _plan_skills(session, role_id)


def acknowledge_gap(db: Database, *, loop: str, skill: str, reason: str | None) -> LoopView:
    """Record (or, with ``reason`` None, withdraw) why a must-have is knowingly left unobserved by a loop."""
    with db.write() as session:
        loop_id = resolve_loop(session, loop)
        row = _bump(session, loop_id, None)
        skill_id = _role_skill(session, row.role_id, skill)
        session.execute(
            text("DELETE FROM skill_acknowledgement WHERE loop_id = :l AND role_skill_id = :s"),
            {"l": loop_id, "s": skill_id},
        )
        if reason is not None:
            if not reason.strip():
                raise InputError("say why the skill is not observed (e.g. 'screened in the résumé review')")
            session.add(
                SkillAcknowledgement(
                    loop_id=loop_id,
                    role_skill_id=skill_id,
                    reason=" ".join(reason.split()),
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
        session.flush()
        return loop_view(session, loop_id)


def _role_skill(session: Session, role_id: str, ref: str) -> str:
    return resolve(
        session, "role_skill", "name", ref, what="skill of this role", where="role_id = :role", params={"role": role_id}
    )


# --- keeping candidates in step ---------------------------------------------------------


def sync_candidates(session: Session, loop_id: str) -> int:
    """Bring the pending interviews of the loop's candidates in line with its stages and interviewers.

    A candidate gets an interview with every interviewer of every stage they have not been interviewed
    in yet (no submitted scorecard in that stage); a pending interview with a person no longer on the
    stage is removed unless it has a scorecard (drafts and submitted scorecards are never touched).
    Returns how many interviews were added or removed.
    """
    p = {"l": loop_id}
    wanted = {
        (r.stage_id, r.interviewer_id)
        for r in session.execute(
            text(
                "SELECT si.stage_id, si.interviewer_id FROM stage_interviewer si JOIN stage s ON s.id = si.stage_id "
                "WHERE s.loop_id = :l"
            ),
            p,
        )
    }
    rows = session.execute(
        text(
            "SELECT c.id AS candidate_id, i.id AS interview_id, i.stage_id, i.interviewer_id, sc.status "
            "FROM candidate c LEFT JOIN interview i ON i.candidate_id = c.id "
            "LEFT JOIN scorecard sc ON sc.interview_id = i.id WHERE c.loop_id = :l"
        ),
        p,
    ).all()
    changed = 0
    for cid in sorted({r.candidate_id for r in rows}):
        mine = [r for r in rows if r.candidate_id == cid and r.interview_id is not None]
        done = {r.stage_id for r in mine if r.status == "submitted"}
        have = {(r.stage_id, r.interviewer_id) for r in mine}
        for stage_id, iid in sorted(wanted - have):
            if stage_id not in done:
                session.add(Interview(candidate_id=cid, stage_id=stage_id, interviewer_id=iid))
                changed += 1
        for r in mine:
            if (r.stage_id, r.interviewer_id) not in wanted and r.status is None and r.stage_id not in done:
                session.execute(text("DELETE FROM interview WHERE id = :i"), {"i": r.interview_id})
                changed += 1
    session.flush()
    return changed


# --- editing --------------------------------------------------------------------------


class StageEdit(BaseModel):
    name: str | None = None
    minutes: int | None = None
    focus: str | None = None
    format: str | None = None


def add_stage(
    db: Database,
    *,
    loop: str,
    name: str,
    minutes: int = 60,
    focus: str = "coding",
    format: str = "onsite",
    position: int | None = None,
    expected_version: int | None = None,
) -> LoopView:
    with db.write() as session:
        stage = add_stage_in(
            session,
            loop=loop,
            name=name,
            minutes=minutes,
            focus=focus,
            format=format,
            position=position,
            expected_version=expected_version,
        )
        return loop_view(session, stage.loop_id)


def update_stage(db: Database, *, stage: str, edit: StageEdit, expected_version: int | None = None) -> LoopView:
    with db.write() as session:
        row = update_stage_in(session, stage=stage, edit=edit, expected_version=expected_version)
        return loop_view(session, row.loop_id)


def remove_stage(db: Database, *, stage: str, expected_version: int | None = None) -> LoopView:
    with db.write() as session:
        loop_id = remove_stage_in(session, stage=stage, expected_version=expected_version)
        return loop_view(session, loop_id)


def move_stage(db: Database, *, stage: str, position: int, expected_version: int | None = None) -> LoopView:
    with db.write() as session:
        row = move_stage_in(session, stage=stage, position=position, expected_version=expected_version)
        return loop_view(session, row.loop_id)


def set_stage_skill(
    db: Database, *, stage: str, skill: str, assessed: bool = True, expected_version: int | None = None
) -> LoopView:
    """Assign (or unassign) a role skill to a stage."""
    with db.write() as session:
        row = set_stage_skill_in(
            session, stage=stage, skill=skill, assessed=assessed, expected_version=expected_version
        )
        return loop_view(session, row.loop_id)


def set_stage_question(
    db: Database,
    *,
    stage: str,
    question: str,
    asked: bool = True,
    position: int | None = None,
    expected_version: int | None = None,
) -> LoopView:
    """Add (or remove) a bank question to a stage; ``question`` is an id or 'bank/external-id'."""
    with db.write() as session:
        row = set_stage_question_in(
            session, stage=stage, question=question, asked=asked, position=position, expected_version=expected_version
        )
        return loop_view(session, row.loop_id)


def set_stage_interviewer(
    db: Database, *, stage: str, interviewer: str, assigned: bool = True, expected_version: int | None = None
) -> LoopView:
    with db.write() as session:
        row = set_stage_interviewer_in(
            session, stage=stage, interviewer=interviewer, assigned=assigned, expected_version=expected_version
        )
        return loop_view(session, row.loop_id)


# The same edits inside the caller's transaction (interview_planner.operations builds undoable
# operations from them): each checks and bumps the loop's row version and returns the stage.


def add_stage_in(
    session: Session,
    *,
    loop: str,
    name: str,
    minutes: int = 60,
    focus: str = "coding",
    format: str = "onsite",
    position: int | None = None,
    expected_version: int | None = None,
) -> Stage:
    loop_id = resolve_loop(session, loop)
    _bump(session, loop_id, expected_version)
    stages = _stages(session, loop_id)
    pos = len(stages) if position is None else max(0, min(position, len(stages)))
    stage = Stage(loop_id=loop_id, position=pos, name="", minutes=60, focus="coding", format="onsite")
    _apply_stage_edit(stage, StageEdit(name=name, minutes=minutes, focus=focus, format=format))
    stages.insert(pos, stage)
    _renumber(session, stages)
    sync_candidates(session, loop_id)
    return stage


def update_stage_in(session: Session, *, stage: str, edit: StageEdit, expected_version: int | None = None) -> Stage:
    row = _stage(session, stage)
    _bump(session, row.loop_id, expected_version)
    _apply_stage_edit(row, edit)
    session.add(row)
    session.flush()
    return row


def stage_scorecards(session: Session, stage_id: str) -> list[str]:
    """The scorecards (drafts and submitted) of a stage, as "draft by Ann for Bo", in a stable order."""
    rows = session.execute(
        text(
            "SELECT sc.status, p.name AS person, c.name AS candidate FROM interview i "
            "JOIN scorecard sc ON sc.interview_id = i.id JOIN interviewer p ON p.id = i.interviewer_id "
            "JOIN candidate c ON c.id = i.candidate_id WHERE i.stage_id = :s ORDER BY sc.status, c.name, p.name"
        ),
        {"s": stage_id},
    ).all()
    return [f"{r.status} by {r.person} for {r.candidate}" for r in rows]


def remove_stage_in(session: Session, *, stage: str, expected_version: int | None = None) -> str:
    """Remove a stage with its pending interviews; returns the loop's id.

    Refused while the stage has scorecards, drafts included: an interview belongs to its stage
    (the rows go with it), so a draft cannot outlive its stage. The message names them.
    """
    row = _stage(session, stage)
    cards = stage_scorecards(session, row.id)
    if cards:
        shown = "; ".join(cards[:5]) + (f"; and {len(cards) - 5} more" if len(cards) > 5 else "")
        raise ConflictError(
            f"stage {row.name!r} has {len(cards)} scorecard(s) ({shown}); it is kept so they are not lost"
        )
    loop_id = row.loop_id
    _bump(session, loop_id, expected_version)
    session.execute(text("DELETE FROM interview WHERE stage_id = :s"), {"s": row.id})
    session.delete(row)
    session.flush()
    _renumber(session, _stages(session, loop_id))
    return loop_id


def move_stage_in(session: Session, *, stage: str, position: int, expected_version: int | None = None) -> Stage:
    row = _stage(session, stage)
    _bump(session, row.loop_id, expected_version)
    stages = [s for s in _stages(session, row.loop_id) if s.id != row.id]
    stages.insert(max(0, min(position, len(stages))), row)
    _renumber(session, stages)
    return row


def set_stage_skill_in(
    session: Session, *, stage: str, skill: str, assessed: bool = True, expected_version: int | None = None
) -> Stage:
    row = _stage(session, stage)
    _bump(session, row.loop_id, expected_version)
    role_id = session.execute(text("SELECT role_id FROM loop WHERE id = :l"), {"l": row.loop_id}).scalar_one()
    skill_id = _role_skill(session, role_id, skill)
    existing = session.get(StageSkill, (row.id, skill_id))
    if assessed and existing is None:
        session.add(StageSkill(stage_id=row.id, role_skill_id=skill_id))
    elif not assessed and existing is not None:
        session.delete(existing)
    session.flush()
    return row


def stage_question_ids(session: Session, stage_id: str) -> list[str]:
    return [
        r[0]
        for r in session.execute(
            text("SELECT question_id FROM stage_question WHERE stage_id = :s ORDER BY position"), {"s": stage_id}
        )
    ]


def set_stage_question_in(
    session: Session,
    *,
    stage: str,
    question: str,
    asked: bool = True,
    position: int | None = None,
    expected_version: int | None = None,
) -> Stage:
    row = _stage(session, stage)
    _bump(session, row.loop_id, expected_version)
    qid = _resolve_question(session, question)
    current = stage_question_ids(session, row.id)
    if qid in current:
        current.remove(qid)
    if asked:
        current.insert(len(current) if position is None else max(0, min(position, len(current))), qid)
    session.execute(text("DELETE FROM stage_question WHERE stage_id = :s"), {"s": row.id})
    for pos, q in enumerate(current):
        session.add(StageQuestion(stage_id=row.id, question_id=q, position=pos))
    session.flush()
    return row


def set_stage_interviewer_in(
    session: Session, *, stage: str, interviewer: str, assigned: bool = True, expected_version: int | None = None
) -> Stage:
    row = _stage(session, stage)
    _bump(session, row.loop_id, expected_version)
    iid = resolve_interviewer(session, interviewer)
    existing = session.get(StageInterviewer, (row.id, iid))
    if assigned and existing is None:
        session.add(StageInterviewer(stage_id=row.id, interviewer_id=iid))
    elif not assigned and existing is not None:
        if session.execute(
            text(
                "SELECT 1 FROM interview i JOIN scorecard sc ON sc.interview_id = i.id "
                "WHERE i.stage_id = :s AND i.interviewer_id = :i LIMIT 1"
            ),
            {"s": row.id, "i": iid},
        ).first():
            raise ConflictError("this interviewer already has scorecards in the stage; they stay assigned")
        session.delete(existing)
    session.flush()
    sync_candidates(session, row.loop_id)
    return row


def set_stage_shadow(
    db: Database, *, stage: str, interviewer: str, assigned: bool = True, expected_version: int | None = None
) -> LoopView:
    """Add (or remove) a shadow: someone who sits in on the stage to learn it, without an interview of their own."""
    with db.write() as session:
        row = _stage(session, stage)
        _bump(session, row.loop_id, expected_version)
        iid = resolve_interviewer(session, interviewer)
        if session.get(StageInterviewer, (row.id, iid)) is not None:
            raise ConflictError("this person interviews in the stage; a shadow sits in alongside someone else")
        existing = session.get(StageShadow, (row.id, iid))
        if assigned and existing is None:
            session.add(StageShadow(stage_id=row.id, interviewer_id=iid))
        elif not assigned and existing is not None:
            session.delete(existing)
        session.flush()
        return loop_view(session, row.loop_id)


def delete_loop(db: Database, *, loop: str, expected_version: int | None = None) -> None:
    """Delete a loop with its stages; refused while candidates are in it."""
    with db.write() as session:
        delete_loop_in(session, loop=loop, expected_version=expected_version)


def delete_loop_in(session: Session, *, loop: str, expected_version: int | None = None) -> str:
    loop_id = resolve_loop(session, loop)
    busy = session.execute(text("SELECT count(*) FROM candidate WHERE loop_id = :l"), {"l": loop_id}).scalar_one()
    if busy:
        raise ConflictError(f"{busy} candidate(s) are in this loop; erase them first")
    session.delete(_bump(session, loop_id, expected_version))
    session.flush()
    return loop_id


def set_hide_scorecards(db: Database, *, loop: str, hide: bool) -> LoopView:
    with db.write() as session:
        loop_id = resolve_loop(session, loop)
        row = _bump(session, loop_id, None)
        row.hide_scorecards_until_submitted = hide
        session.add(row)
        session.flush()
        return loop_view(session, loop_id)


def _resolve_question(session: Session, ref: str) -> str:
    if "/" in ref:
        bank, _, ext = ref.partition("/")
        row = session.execute(
            text("SELECT id FROM question WHERE bank = :b AND external_id = :e"), {"b": bank, "e": ext}
        ).first()
        if row:
            return str(row.id)
    return resolve(session, "question", "external_id", ref, what="question")


resolve_question = _resolve_question


def _stage(session: Session, ref: str) -> Stage:
    stage = session.get(Stage, resolve(session, "stage", "name", ref, what="stage"))
    assert stage is not None
    return stage


def resolve_stage(session: Session, loop_id: str, ref: str) -> str:
    return resolve(session, "stage", "name", ref, what="stage", where="loop_id = :loop", params={"loop": loop_id})


def _stages(session: Session, loop_id: str) -> list[Stage]:
    return list(session.exec(select(Stage).where(Stage.loop_id == loop_id).order_by(col(Stage.position))).all())


def _renumber(session: Session, stages: list[Stage]) -> None:
    for pos, stage in enumerate(stages):
        stage.position = pos
        session.add(stage)
    session.flush()


def _apply_stage_edit(stage: Stage, edit: StageEdit) -> None:
    if edit.name is not None:
        if not edit.name.strip():
            raise InputError("a stage needs a name", field="name")
        stage.name = edit.name.strip()
    if edit.minutes is not None:
        if not 10 <= edit.minutes <= 480:
            raise InputError(f"minutes must be between 10 and 480 (got {edit.minutes})", field="minutes")
        stage.minutes = edit.minutes
    if edit.focus is not None:
        if edit.focus not in FOCUSES:
            raise InputError(f"focus must be one of {', '.join(FOCUSES)} (got {edit.focus!r})", field="focus")
        stage.focus = edit.focus
    if edit.format is not None:
        if edit.format not in FORMATS:
            raise InputError(f"format must be one of {', '.join(FORMATS)} (got {edit.format!r})", field="format")
        stage.format = edit.format


def _bump(session: Session, loop_id: str, expected_version: int | None) -> Loop:
    return bump_version(session, Loop, loop_id, expected_version, what="loop")


# --- interviewers ---------------------------------------------------------------------


class InterviewerView(BaseModel):
    id: str
    name: str
    email: str | None
    skills: list[str]
    focuses: list[str]
    weekly_limit: int


def resolve_interviewer(session: Session, ref: str) -> str:
    row = session.execute(text("SELECT id FROM interviewer WHERE lower(email) = lower(:e)"), {"e": ref.strip()}).first()
    if row:
        return str(row.id)
    return resolve(session, "interviewer", "name", ref, what="interviewer")


def add_interviewer(
    db: Database,
    *,
    name: str,
    email: str | None = None,
    skills: list[str] | None = None,
    focuses: list[str] | None = None,
    weekly_limit: int = 5,
) -> InterviewerView:
    name = name.strip()
    if not name:
        raise InputError("an interviewer needs a name", field="name")
    bad = [f for f in focuses or [] if f not in FOCUSES]
    if bad:
        raise InputError(f"unknown focus {bad[0]!r} (one of {', '.join(FOCUSES)})", field="focuses")
    if weekly_limit < 0:
        raise InputError("the weekly limit cannot be negative", field="weekly_limit")
    with db.write() as session:
        if (
            email
            and session.execute(text("SELECT 1 FROM interviewer WHERE lower(email) = lower(:e)"), {"e": email}).first()
        ):
            raise ConflictError(f"an interviewer with email {email!r} already exists")
        person = Interviewer(
            name=name, email=email, skills=skills or [], focuses=focuses or [], weekly_limit=weekly_limit
        )
        session.add(person)
        session.flush()
        return InterviewerView(**person.model_dump(include=set(InterviewerView.model_fields)))


def list_interviewers(db: Database) -> list[InterviewerView]:
    with db.read() as session:
        return [
            InterviewerView(**p.model_dump(include=set(InterviewerView.model_fields)))
            for p in session.exec(select(Interviewer).order_by(Interviewer.name)).all()
        ]


def role_skill_ids(session: Session, role_id: str) -> list[str]:
    return [s.id for s in session.exec(select(RoleSkill).where(RoleSkill.role_id == role_id)).all()]
