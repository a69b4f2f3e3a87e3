"""The stored entities (SQLModel tables).

Primary keys are UUID strings so records can move between laptops and merge
without clashes. Mutable aggregates carry a ``version`` (row version) that
services bump on every write and check on stale edits.

Schema changes are made by a migration in :mod:`interview_planner.db.migrations`;
a test checks that a migrated database matches these models.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Index, String, UniqueConstraint, false, text, true
from sqlmodel import Field, SQLModel


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


def _fk(target: str, *, ondelete: str = "CASCADE", nullable: bool = False, index: bool = True) -> Any:
    return Field(sa_column=Column(String(36), ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index))


def _json(default: Any = list, *, server_default: str | None = None) -> Any:
    column = Column(JSON, nullable=False, server_default=text(server_default) if server_default else None)
    return Field(default_factory=default, sa_column=column)


def _added(default: Any, **kwargs: Any) -> Any:
    """A NOT NULL column added to an existing table by a migration: the database holds its default too
    (``ALTER TABLE ... ADD COLUMN ... DEFAULT``), so rows written before the migration get it."""
    server_default = (true() if default else false()) if isinstance(default, bool) else str(default)
    return Field(default=default, sa_column_kwargs={"server_default": server_default}, **kwargs)


# --- content -----------------------------------------------------------------


class CatalogueSkill(SQLModel, table=True):
    __tablename__ = "catalogue_skill"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    slug: str = Field(index=True, unique=True, max_length=80)
    name: str
    kind: str = Field(max_length=8)
    definition: str = ""
    keywords: list[str] = _json()
    aliases: list[str] = _json()
    focuses: list[str] = _json()
    source: str = Field(default="bundled", max_length=200)  # origin: 'bundled' (shipped) or 'user'
    broader: str | None = Field(default=None, max_length=80)  # schema 5: slug of the wider skill
    retired: bool = _added(False)  # schema 5: no longer offered for new links
    merged_into: str | None = Field(default=None, max_length=36)  # schema 5: the skill it was merged into
    bundled_hash: str | None = Field(default=None, max_length=64)  # schema 5: shipped version last written


class Question(SQLModel, table=True):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("bank", "external_id", name="uq_question_bank_external_id"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    bank: str = Field(index=True, max_length=80)
    external_id: str = Field(max_length=80)
    text: str
    kind: str = Field(max_length=20, index=True)
    minutes: int
    difficulty: str = Field(max_length=10, index=True)
    follow_ups: list[str] = _json()
    strong_signals: list[str] = _json()
    weak_signals: list[str] = _json()
    artefact: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))  # schema 4
    source_file: str = ""
    content_hash: str = Field(max_length=64)
    origin: str = _added("user", max_length=10)  # schema 5: 'bundled' (shipped, unmodified) or 'user'
    bundled_hash: str | None = Field(default=None, max_length=64)  # schema 5: shipped version last written
    needs_review: bool = _added(False)  # schema 5: imported with defaults; a person must complete it
    updated_at: datetime = Field(default_factory=utcnow)


class QuestionSkill(SQLModel, table=True):
    __tablename__ = "question_skill"
    __table_args__ = (Index("ix_question_skill_skill_question", "skill_id", "question_id"),)  # schema 3

    question_id: str = Field(
        sa_column=Column(String(36), ForeignKey("question.id", ondelete="CASCADE"), primary_key=True)
    )
    skill_id: str = Field(
        sa_column=Column(String(36), ForeignKey("catalogue_skill.id", ondelete="CASCADE"), primary_key=True)
    )
    position: int = 0  # 0 = primary skill


class Rubric(SQLModel, table=True):
    __tablename__ = "rubric"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    skill_id: str = Field(
        sa_column=Column(String(36), ForeignKey("catalogue_skill.id", ondelete="CASCADE"), unique=True)
    )
    title: str
    anchors_required: int | None = None  # schema 4: anchors of a level that must be observed
    bars: dict[str, str] = _json(dict, server_default="'{}'")  # schema 4: seniority -> what a "Yes" looks like there
    source_file: str = ""
    content_hash: str = Field(max_length=64)
    updated_at: datetime = Field(default_factory=utcnow)
    origin: str = _added("user", max_length=10)  # schema 5
    bundled_hash: str | None = Field(default=None, max_length=64)  # schema 5


class RubricVersion(SQLModel, table=True):
    """A rubric as it was before it was replaced (schema 5): ``rubric restore`` brings it back."""

    __tablename__ = "rubric_version"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    skill_id: str = _fk("catalogue_skill.id")
    title: str
    anchors_required: int | None = None
    bars: dict[str, str] = _json(dict)
    levels: list[dict[str, Any]] = _json()
    origin: str = Field(max_length=10)
    source_file: str = ""
    content_hash: str = Field(max_length=64)
    replaced_at: datetime = Field(default_factory=utcnow)


class RubricLevel(SQLModel, table=True):
    __tablename__ = "rubric_level"
    __table_args__ = (UniqueConstraint("rubric_id", "level", name="uq_rubric_level"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    rubric_id: str = _fk("rubric.id")
    level: int
    label: str
    summary: str
    anchors: list[str] = _json()


# --- roles -------------------------------------------------------------------


class Role(SQLModel, table=True):
    __tablename__ = "role"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    title: str = Field(index=True)
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str | None = Field(default=None, max_length=8)
    source_name: str = ""
    source_text: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    version: int = 1


class RoleSkill(SQLModel, table=True):
    __tablename__ = "role_skill"
    __table_args__ = (Index("ix_role_skill_source_key", "source_key", "role_id"),)  # schema 14

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    role_id: str = _fk("role.id")
    position: int = 0
    name: str
    kind: str = Field(max_length=8)
    priority: str = Field(max_length=8)
    source_text: str = ""
    source_line: int | None = None
    catalogue_skill_id: str | None = _fk("catalogue_skill.id", ondelete="SET NULL", nullable=True)
    match_score: float | None = None
    core: bool | None = None  # None: the default derived from the posting (see docs/planning.md)
    weight: int | None = None  # None: the default derived from the posting
    # schema 14: what the parser read (name, kind, priority, part); None: added by hand or imported before
    parsed: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    source_key: str | None = Field(default=None, max_length=300)  # schema 14: the line, normalised (with parsed)


# --- loops -------------------------------------------------------------------


class Loop(SQLModel, table=True):
    __tablename__ = "loop"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    role_id: str = _fk("role.id")
    name: str
    template: str | None = None
    hide_scorecards_until_submitted: bool = True
    decision_policy: dict[str, Any] = _json(dict)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    version: int = 1


class Stage(SQLModel, table=True):
    __tablename__ = "stage"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    loop_id: str = _fk("loop.id")
    position: int = 0
    name: str
    format: str = Field(default="onsite", max_length=20)
    minutes: int = 60
    focus: str = Field(default="", max_length=40)


class StageSkill(SQLModel, table=True):
    __tablename__ = "stage_skill"

    stage_id: str = Field(sa_column=Column(String(36), ForeignKey("stage.id", ondelete="CASCADE"), primary_key=True))
    role_skill_id: str = Field(
        sa_column=Column(String(36), ForeignKey("role_skill.id", ondelete="CASCADE"), primary_key=True)
    )


class StageQuestion(SQLModel, table=True):
    __tablename__ = "stage_question"

    stage_id: str = Field(sa_column=Column(String(36), ForeignKey("stage.id", ondelete="CASCADE"), primary_key=True))
    question_id: str = Field(
        sa_column=Column(String(36), ForeignKey("question.id", ondelete="CASCADE"), primary_key=True)
    )
    position: int = 0


class Interviewer(SQLModel, table=True):
    __tablename__ = "interviewer"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    name: str = Field(index=True)
    email: str | None = Field(default=None, index=True)
    skills: list[str] = _json()  # catalogue slugs the person is qualified to assess
    focuses: list[str] = _json()  # stage focuses the person is qualified for
    weekly_limit: int = 5


class StageInterviewer(SQLModel, table=True):
    __tablename__ = "stage_interviewer"

    stage_id: str = Field(sa_column=Column(String(36), ForeignKey("stage.id", ondelete="CASCADE"), primary_key=True))
    interviewer_id: str = Field(
        sa_column=Column(String(36), ForeignKey("interviewer.id", ondelete="CASCADE"), primary_key=True)
    )


class StageShadow(SQLModel, table=True):
    """Someone sitting in on a stage to learn it (no interview of their own, no rating)."""

    __tablename__ = "stage_shadow"

    stage_id: str = Field(sa_column=Column(String(36), ForeignKey("stage.id", ondelete="CASCADE"), primary_key=True))
    interviewer_id: str = Field(
        sa_column=Column(String(36), ForeignKey("interviewer.id", ondelete="CASCADE"), primary_key=True)
    )


class SkillAcknowledgement(SQLModel, table=True):
    """A must-have skill the loop does not observe, accepted by the hiring manager with a reason."""

    __tablename__ = "skill_acknowledgement"

    loop_id: str = Field(sa_column=Column(String(36), ForeignKey("loop.id", ondelete="CASCADE"), primary_key=True))
    role_skill_id: str = Field(
        sa_column=Column(String(36), ForeignKey("role_skill.id", ondelete="CASCADE"), primary_key=True)
    )
    reason: str
    created_at: str


# --- candidates, interviews, scorecards ---------------------------------------


class Candidate(SQLModel, table=True):
    __tablename__ = "candidate"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    loop_id: str = _fk("loop.id")
    name: str = Field(index=True)
    email: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Interview(SQLModel, table=True):
    __tablename__ = "interview"
    __table_args__ = (UniqueConstraint("candidate_id", "stage_id", "interviewer_id", name="uq_interview"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    candidate_id: str = _fk("candidate.id")
    stage_id: str = _fk("stage.id")
    interviewer_id: str = _fk("interviewer.id")
    scheduled_at: datetime | None = None


def _check(name: str, condition: str, *, dialect: str | None = None) -> CheckConstraint:
    """A rule the database enforces (schema 6); ``dialect`` when only that engine needs it or words it so."""
    constraint = CheckConstraint(condition, name=name)
    return constraint.ddl_if(dialect=dialect) if dialect else constraint


# The CHECK constraints below bound every scored value; the triggers that keep a submitted scorecard final
# and amendments append-only are per engine, in migration 0006_team_rules.sql of each (docs/architecture.md).
# PostgreSQL adds the checks NOT VALID (rows written before schema 6 are listed by 'db check', not refused).


class Scorecard(SQLModel, table=True):
    __tablename__ = "scorecard"
    __table_args__ = (
        _check("ck_scorecard_status", "status IN ('draft', 'submitted')"),
        _check("ck_scorecard_overall", "overall IS NULL OR overall IN ('strong_no', 'no', 'yes', 'strong_yes')"),
        _check("ck_scorecard_submitted_at", "(status = 'submitted') = (submitted_at IS NOT NULL)"),
        _check("ck_scorecard_version", "version >= 1"),
        _check("ck_scorecard_text", "length(key_takeaways) <= 100000 AND length(private_notes) <= 100000"),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    interview_id: str = Field(sa_column=Column(String(36), ForeignKey("interview.id", ondelete="CASCADE"), unique=True))
    status: str = Field(default="draft", max_length=10)
    overall: str | None = Field(default=None, max_length=12)
    key_takeaways: str = ""
    private_notes: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    submitted_at: datetime | None = None
    source: str = Field(default="app", max_length=20)
    version: int = 1


class Rating(SQLModel, table=True):
    __tablename__ = "rating"
    __table_args__ = (
        UniqueConstraint("scorecard_id", "role_skill_id", name="uq_rating"),
        _check(
            "ck_rating_value",
            "rating IS NULL OR (typeof(rating) = 'integer' AND rating BETWEEN 1 AND 4)",
            dialect="sqlite",  # SQLite would store 2.5 or '3' in an INTEGER column
        ),
        _check("ck_rating_value", "rating IS NULL OR rating BETWEEN 1 AND 4", dialect="postgresql"),
        _check("ck_rating_evidence", "length(evidence) <= 100000"),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    scorecard_id: str = _fk("scorecard.id")
    role_skill_id: str = _fk("role_skill.id")
    rating: int | None = None  # 1..4; None = not rated yet, or not assessed when a reason is given
    evidence: str = ""
    not_assessed_reason: str = _added("")  # schema 6: why the skill was not assessed (rating stays None)


class ScorecardAmendment(SQLModel, table=True):
    __tablename__ = "scorecard_amendment"
    __table_args__ = (
        _check("ck_amendment_reason", "length(trim(reason)) BETWEEN 1 AND 10000"),
        _check("ck_amendment_closed", "closed IN (0, 1)", dialect="sqlite"),  # PostgreSQL has a real boolean
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    scorecard_id: str = _fk("scorecard.id")
    at: datetime = Field(default_factory=utcnow)
    reason: str
    before: dict[str, Any] = _json(dict)
    after: dict[str, Any] = _json(dict)
    # schema 6: who wrote it (the session's login on PostgreSQL, set by the server) and whether the
    # amendment is closed; a submitted scorecard changes only while an amendment of it is open
    author: str = _added("")
    closed: bool = _added(True)


class DecisionOverride(SQLModel, table=True):
    __tablename__ = "decision_override"
    __table_args__ = (
        _check("ck_override_computed", "computed IN ('hire', 'no_hire', 'incomplete')"),
        _check("ck_override_decision", "decision IN ('hire', 'no_hire')"),
        _check("ck_override_reason", "length(trim(reason)) BETWEEN 1 AND 10000"),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    candidate_id: str = _fk("candidate.id")
    computed: str = Field(max_length=12)
    decision: str = Field(max_length=12)
    reason: str
    by: str = ""
    at: datetime = Field(default_factory=utcnow)


class DecisionRecord(SQLModel, table=True):
    """A decision signed off by a person: the policy (with its version) and the inputs it was computed from.

    Schema 6. Kept so ``decide --recompute`` can re-run a policy on past candidates and show what would change.
    """

    __tablename__ = "decision_record"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    candidate_id: str = _fk("candidate.id")
    policy_version: int
    policy: dict[str, Any] = _json(dict)
    inputs: dict[str, Any] = _json(dict)
    computed: str = Field(max_length=12)
    final: str = Field(max_length=12)  # the override's decision when there is one, else the computed one
    signed_by: str
    reason: str
    signed_at: datetime = Field(default_factory=utcnow)


class SelfIdentification(SQLModel, table=True):
    """A candidate's voluntary self-identification, for the adverse-impact report only.

    Kept in its own table so that nothing else reads it: no packet, scorecard, debrief,
    decision, kit or export joins it, and in team mode only the compliance group may
    read it (docs/fairness.md). Erased with the candidate.
    """

    __tablename__ = "self_identification"

    candidate_id: str = Field(
        sa_column=Column(String(36), ForeignKey("candidate.id", ondelete="CASCADE"), primary_key=True)
    )
    category: str = Field(primary_key=True, max_length=40)
    value: str = Field(max_length=80)
    recorded_at: datetime = Field(default_factory=utcnow)


class DecisionArchive(SQLModel, table=True):
    """A pseudonymised decision record, kept after the candidate's personal data was erased (schema 11).

    No name, email, interview times or interviewers' words: a random pseudonym that nothing
    else stores, the policy and the ratings it read (numbers), the decision, the sign-off,
    months instead of dates, and the day it may be deleted (docs/privacy.md).
    """

    __tablename__ = "decision_archive"

    pseudonym: str = Field(primary_key=True, max_length=20)
    role_id: str | None = _fk("role.id", ondelete="SET NULL", nullable=True)
    loop_id: str | None = _fk("loop.id", ondelete="SET NULL", nullable=True)
    role: str
    loop: str
    applied_month: str = Field(max_length=7)  # YYYY-MM
    decided_month: str = Field(max_length=7)
    policy_version: int
    policy: dict[str, Any] = _json(dict)
    inputs: dict[str, Any] = _json(dict)  # a DecisionInput without words, times or interview ids
    computed: str = Field(max_length=12)
    final: str = Field(max_length=12)
    sign_offs: list[dict[str, Any]] = _json(list)
    override: dict[str, Any] = _json(dict)
    keep_until: str = Field(max_length=10, index=True)  # YYYY-MM-DD: deleted by retention after this day


class ArchivedSelfIdentification(SQLModel, table=True):
    """Self-identification moved with a pseudonymised record, for the adverse-impact report only (schema 11).

    Joined to nothing named; in team mode only the compliance group may read it.
    """

    __tablename__ = "archived_self_identification"

    pseudonym: str = Field(
        sa_column=Column(String(20), ForeignKey("decision_archive.pseudonym", ondelete="CASCADE"), primary_key=True)
    )
    category: str = Field(primary_key=True, max_length=40)
    value: str = Field(max_length=80)


# --- people with their own login (team mode) ------------------------------------


class TeamMember(SQLModel, table=True):
    """A database login of a shared PostgreSQL database, and who it is in the app.

    An interviewer's login is linked to their :class:`Interviewer` row; row-level
    security (``interview-planner team setup``) shows each login only what that
    interviewer may see. Managers see the whole loop. Unused with a SQLite file.
    """

    __tablename__ = "team_member"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    db_role: str = Field(index=True, unique=True, max_length=63)  # PostgreSQL role names are at most 63 bytes
    name: str
    interviewer_id: str | None = _fk("interviewer.id", ondelete="SET NULL", nullable=True)
    is_manager: bool = False


class AppMeta(SQLModel, table=True):
    """Key/value facts about the database itself (its id, when it was created)."""

    __tablename__ = "app_meta"

    key: str = Field(primary_key=True, max_length=60)
    value: str = ""


ALL_TABLES = [t for t in SQLModel.metadata.sorted_tables]
