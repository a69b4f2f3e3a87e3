"""People and access in a shared PostgreSQL database (team mode, docs/team-mode.md).

Each person logs in with their own PostgreSQL role. Two group roles carry the
rights: ``<prefix>_manager`` (hiring managers: read and change everything)
and ``<prefix>_interviewer``. A ``team_member`` row says who a login is in the
app; an interviewer's login is linked to their interviewer record.

Row-level security then shows an interviewer:

* only the interviews assigned to them, and only those candidates;
* their own scorecards (drafts included), which they alone may write;
* other people's *submitted* scorecards of a candidate only once they have
  submitted one of their own for that candidate (or at once, when the loop's
  "hide scorecards until submitted" setting is off) - the rule the app's
  own :func:`interview_planner.services.scorecards.visible_scorecards` applies;
* decision overrides of the candidates they may read the scorecards of.

Everything else (roles, loops, questions, rubrics) is readable by every
member and writable by managers only. The rules are SQL that the database
owner applies once (``interview-planner team setup --apply``) and again after
an upgrade that adds tables; the checks run in ``SECURITY DEFINER`` functions
so that a policy may look at rows the interviewer cannot see.
"""

from __future__ import annotations

import re

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session, select

from interview_planner.db.database import Database
from interview_planner.db.models import TeamMember
from interview_planner.errors import ConflictError, InputError, StorageError
from interview_planner.services.refs import resolve

DEFAULT_PREFIX = "ilp"
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# Tables whose rows depend on who asks; each gets a manager policy and the interviewer policies below.
PROTECTED = (
    "candidate",
    "interview",
    "scorecard",
    "rating",
    "scorecard_amendment",
    "decision_override",
    "decision_record",
    "decision_archive",  # schema 11: managers and compliance only (no interviewer policy)
    "app_meta",  # its seal_secret (packets/seal.py) is for managers only
)

_FUNCTIONS = """
CREATE OR REPLACE FUNCTION ilp_owns_interview(p_interview varchar, p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT EXISTS (SELECT 1 FROM interview i JOIN team_member m ON m.interviewer_id = i.interviewer_id
                 WHERE i.id = p_interview AND m.db_role = p_role)
$fn$;

CREATE OR REPLACE FUNCTION ilp_interviews_candidate(p_candidate varchar, p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT EXISTS (SELECT 1 FROM interview i JOIN team_member m ON m.interviewer_id = i.interviewer_id
                 WHERE i.candidate_id = p_candidate AND m.db_role = p_role)
$fn$;

-- May p_role read the other scorecards of this candidate? After submitting one of their own,
-- or at once when the candidate's loop does not hide scorecards until then.
CREATE OR REPLACE FUNCTION ilp_sees_others(p_candidate varchar, p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT EXISTS (SELECT 1 FROM interview i JOIN team_member m ON m.interviewer_id = i.interviewer_id
                 JOIN scorecard s ON s.interview_id = i.id
                 WHERE i.candidate_id = p_candidate AND m.db_role = p_role AND s.status = 'submitted')
      OR EXISTS (SELECT 1 FROM candidate c JOIN loop l ON l.id = c.loop_id
                 WHERE c.id = p_candidate AND NOT l.hide_scorecards_until_submitted
                 AND ilp_interviews_candidate(p_candidate, p_role))
$fn$;

CREATE OR REPLACE FUNCTION ilp_may_read_interview(p_interview varchar, p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT ilp_owns_interview(p_interview, p_role)
      OR EXISTS (SELECT 1 FROM interview i WHERE i.id = p_interview AND ilp_sees_others(i.candidate_id, p_role))
$fn$;

CREATE OR REPLACE FUNCTION ilp_may_read_scorecard(p_card varchar, p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT EXISTS (SELECT 1 FROM scorecard s WHERE s.id = p_card AND (ilp_owns_interview(s.interview_id, p_role)
                 OR (s.status = 'submitted' AND ilp_may_read_interview(s.interview_id, p_role))))
$fn$;

CREATE OR REPLACE FUNCTION ilp_owns_scorecard(p_card varchar, p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT EXISTS (SELECT 1 FROM scorecard s WHERE s.id = p_card AND ilp_owns_interview(s.interview_id, p_role))
$fn$;
"""

_ME = "current_user::text"
_OWN_CARD = f"ilp_owns_interview(interview_id, {_ME})"
_OWN_RATING = f"ilp_owns_scorecard(scorecard_id, {_ME})"
# (table, policy name, command, USING, WITH CHECK) for the interviewer group.
_INTERVIEWER_POLICIES = (
    ("candidate", "read", "SELECT", f"ilp_interviews_candidate(id, {_ME})", None),
    ("interview", "read", "SELECT", f"ilp_may_read_interview(id, {_ME})", None),
    # saving a scorecard locks its interview (SELECT ... FOR UPDATE), which needs an UPDATE policy
    ("interview", "lock", "UPDATE", f"ilp_owns_interview(id, {_ME})", f"ilp_owns_interview(id, {_ME})"),
    (
        "scorecard",
        "read",
        "SELECT",
        f"ilp_owns_interview(interview_id, {_ME}) OR (status = 'submitted' AND "
        f"ilp_may_read_interview(interview_id, {_ME}))",
        None,
    ),
    ("scorecard", "add", "INSERT", None, _OWN_CARD),
    ("scorecard", "edit", "UPDATE", _OWN_CARD, _OWN_CARD),
    ("rating", "read", "SELECT", f"ilp_may_read_scorecard(scorecard_id, {_ME})", None),
    ("rating", "add", "INSERT", None, _OWN_RATING),
    ("rating", "edit", "UPDATE", _OWN_RATING, _OWN_RATING),
    ("scorecard_amendment", "read", "SELECT", f"ilp_may_read_scorecard(scorecard_id, {_ME})", None),
    ("scorecard_amendment", "add", "INSERT", None, _OWN_RATING),
    # closing one's own open amendment (the triggers of schema 6 allow no other change to an amendment)
    ("scorecard_amendment", "close", "UPDATE", _OWN_RATING, _OWN_RATING),
    ("decision_override", "read", "SELECT", f"ilp_sees_others(candidate_id, {_ME})", None),
    ("decision_record", "read", "SELECT", f"ilp_sees_others(candidate_id, {_ME})", None),
    ("app_meta", "read", "SELECT", "key <> 'seal_secret'", None),
)


class MemberView(BaseModel):
    db_role: str
    name: str
    interviewer_id: str | None
    interviewer: str | None
    is_manager: bool


def group_roles(prefix: str = DEFAULT_PREFIX) -> tuple[str, str]:
    """(manager group, interviewer group) for a prefix."""
    _check_role_name(prefix)
    return f"{prefix}_manager", f"{prefix}_interviewer"


def setup_sql(*, prefix: str = DEFAULT_PREFIX) -> str:
    """The SQL that creates the group roles, grants and row-level security policies (idempotent)."""
    manager, interviewer = group_roles(prefix)
    out = [
        "-- Interview Loop Planner, team mode: group roles, grants and row-level security.",
        "-- Run as the owner of the database (creating the group roles needs CREATEROLE); safe to run again.",
        "DO $do$ BEGIN",
        *(
            f"  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{r}') THEN CREATE ROLE {r} NOLOGIN; END IF;"
            for r in (manager, interviewer)
        ),
        "END $do$;",
        f"GRANT USAGE ON SCHEMA public TO {manager}, {interviewer};",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {manager};",
        f"REVOKE INSERT, UPDATE, DELETE ON schema_version FROM {manager};",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {interviewer};",
        f"GRANT INSERT, UPDATE ON scorecard, rating TO {interviewer};",
        f"GRANT INSERT, UPDATE (closed, after) ON scorecard_amendment TO {interviewer};",
        f"GRANT UPDATE (scheduled_at) ON interview TO {interviewer};",
        _FUNCTIONS.strip(),
    ]
    for table in PROTECTED:
        out += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;",
            f"DROP POLICY IF EXISTS ilp_manager_all ON {table};",
            f"CREATE POLICY ilp_manager_all ON {table} TO {manager} USING (true) WITH CHECK (true);",
        ]
    for table, name, command, using, check in _INTERVIEWER_POLICIES:
        clauses = (f" USING ({using})" if using else "") + (f" WITH CHECK ({check})" if check else "")
        out += [
            f"DROP POLICY IF EXISTS ilp_interviewer_{name} ON {table};",
            f"CREATE POLICY ilp_interviewer_{name} ON {table} FOR {command} TO {interviewer}{clauses};",
        ]
    return "\n".join(out + _compliance_sql(prefix)) + "\n"


def compliance_role(prefix: str = DEFAULT_PREFIX) -> str:
    """The group whose logins alone may read self-identification (and read, not change, the rest)."""
    _check_role_name(prefix)
    return f"{prefix}_compliance"


def _compliance_sql(prefix: str) -> list[str]:
    """Self-identification is readable by the compliance group only (docs/fairness.md)."""
    manager, interviewer = group_roles(prefix)
    compliance = compliance_role(prefix)
    out = [
        "DO $do$ BEGIN",
        f"  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{compliance}') THEN "
        f"CREATE ROLE {compliance} NOLOGIN; END IF;",
        "END $do$;",
        f"GRANT USAGE ON SCHEMA public TO {compliance};",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {compliance};",
        f"REVOKE ALL ON self_identification FROM PUBLIC, {manager}, {interviewer};",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON self_identification TO {compliance};",
        "ALTER TABLE self_identification ENABLE ROW LEVEL SECURITY;",
        "DROP POLICY IF EXISTS ilp_compliance_all ON self_identification;",
        f"CREATE POLICY ilp_compliance_all ON self_identification TO {compliance} USING (true) WITH CHECK (true);",
        # the self-identification kept with pseudonymised decision records (schema 11): the same rule
        f"REVOKE ALL ON archived_self_identification FROM PUBLIC, {manager}, {interviewer};",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON archived_self_identification TO {compliance};",
        "ALTER TABLE archived_self_identification ENABLE ROW LEVEL SECURITY;",
        "DROP POLICY IF EXISTS ilp_compliance_all ON archived_self_identification;",
        f"CREATE POLICY ilp_compliance_all ON archived_self_identification TO {compliance} USING (true) "
        "WITH CHECK (true);",
        # retention (run by a manager) moves answers to a record without reading them: docs/privacy.md
        "REVOKE ALL ON FUNCTION ilp_archive_self_identification(varchar, varchar) FROM PUBLIC;",
        f"GRANT EXECUTE ON FUNCTION ilp_archive_self_identification(varchar, varchar) TO {manager}, {compliance};",
    ]
    for table in PROTECTED:
        out += [
            f"DROP POLICY IF EXISTS ilp_compliance_read ON {table};",
            f"CREATE POLICY ilp_compliance_read ON {table} FOR SELECT TO {compliance} USING (true);",
        ]
    return out


def login_sql(db_role: str, *, manager: bool, prefix: str = DEFAULT_PREFIX) -> str:
    """SQL for an administrator: a login role for one person, in the right group (password to be set)."""
    _check_role_name(db_role)
    group = group_roles(prefix)[0 if manager else 1]
    return f"CREATE ROLE {db_role} LOGIN IN ROLE {group};\n\\password {db_role}\n"


def apply_setup(db: Database, *, prefix: str = DEFAULT_PREFIX) -> None:
    """Run :func:`setup_sql` on the database (as its owner)."""
    _require_postgres(db)
    with db.write() as session:
        cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(setup_sql(prefix=prefix))  # several statements: no parameters, one simple query
        finally:
            cursor.close()


def add_member(
    db: Database, *, db_role: str, name: str | None = None, interviewer: str | None = None, manager: bool = False
) -> MemberView:
    """Record who a login is: an interviewer (by name or id) or a hiring manager."""
    _check_role_name(db_role)
    if (interviewer is None) == (not manager):
        raise InputError("a team member is either an interviewer or a manager", field="interviewer")
    with db.write() as session:
        if session.exec(select(TeamMember).where(TeamMember.db_role == db_role)).first() is not None:
            raise ConflictError(f"login {db_role!r} is already a team member")
        interviewer_id = None
        if interviewer:
            interviewer_id = resolve(session, "interviewer", "name", interviewer, what="interviewer")
        label = name or _interviewer_name(session, interviewer_id) or db_role
        row = TeamMember(db_role=db_role, name=label, interviewer_id=interviewer_id, is_manager=manager)
        session.add(row)
        session.flush()
        return _view(session, row)


def list_members(db: Database) -> list[MemberView]:
    with db.read() as session:
        rows = session.exec(select(TeamMember).order_by(TeamMember.name)).all()
        return [_view(session, r) for r in rows]


def current_member(db: Database) -> MemberView | None:
    """Who the connection's login is in the app (None with SQLite, or a login that is not a member)."""
    if not db.is_postgres:
        return None
    with db.read() as session:
        me = session.execute(text("SELECT current_user")).scalar_one()
        row = session.exec(select(TeamMember).where(TeamMember.db_role == me)).first()
        return _view(session, row) if row else None


def _view(session: Session, row: TeamMember) -> MemberView:
    return MemberView(
        db_role=row.db_role,
        name=row.name,
        interviewer_id=row.interviewer_id,
        interviewer=_interviewer_name(session, row.interviewer_id),
        is_manager=row.is_manager,
    )


def _interviewer_name(session: Session, interviewer_id: str | None) -> str | None:
    if interviewer_id is None:
        return None
    name = session.execute(text("SELECT name FROM interviewer WHERE id = :i"), {"i": interviewer_id}).scalar()
    return str(name) if name is not None else None


def _check_role_name(name: str) -> None:
    if not _ROLE_NAME.match(name):
        raise InputError(
            f"{name!r} is not a usable role name (lower-case letters, digits and _, at most 63)", field="role"
        )


def _require_postgres(db: Database) -> None:
    if not db.is_postgres:
        raise StorageError(f"{db}: logins and access rules need a PostgreSQL database (see docs/team-mode.md)")
